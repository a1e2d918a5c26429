// Options page: importing a broken trusted-list file leaves the list exactly as it was, on screen, in
// storage, and in effect on pages. A good file afterwards shows the import itself works.

import type { BrowserContext, Page } from '@playwright/test';
import { badgeText, openOptions, serviceWorker, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

async function shownList(options: Page): Promise<(string | null)[]> {
  return options.getByTestId('trusted-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-domain')));
}

/** The trusted list as stored (WXT's `local:settings` item is the `settings` key of storage.local). */
async function storedList(context: BrowserContext): Promise<unknown> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => {
    const storage = (globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    }).chrome.storage.local;
    const { settings } = await storage.get('settings');
    return (settings as { trusted?: unknown } | undefined)?.trusted;
  });
}

async function importFile(options: Page, name: string, text: string | Buffer): Promise<void> {
  const chooser = options.waitForEvent('filechooser');
  await options.getByTestId('import-trusted').click();
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

const BROKEN_FILES: readonly { what: string; text: string }[] = [
  { what: 'cut off half-way (not JSON)', text: '{ "format": "fanzha-guard-trusted", "version": 1, "trusted": ["news-example.cn",' },
  { what: 'one good entry and one that is not a domain', text: JSON.stringify({ format: 'fanzha-guard-trusted', version: 1, trusted: ['news-example.cn', 'not a domain at all!'] }) },
  { what: 'a list of numbers', text: '[1, 2, 3]' },
  { what: 'some other program\'s file', text: JSON.stringify({ format: 'another-extension-backup', version: 1, trusted: ['news-example.cn'] }) },
];

test('importing a broken file in the options leaves the trusted list as it was', async ({ context, page, sites }) => {
  const options = await openOptions(context);
  for (const domain of ['shop-example.cn', 'taobao.com']) {
    await options.getByTestId('trusted-input').fill(domain);
    await options.getByTestId('trusted-add').click();
    await expect(options.locator(`[data-testid="trusted-item"][data-domain="${domain}"]`)).toHaveCount(1);
  }
  const before = await shownList(options);
  expect(before).toEqual(['shop-example.cn', 'taobao.com']);
  expect(await storedList(context)).toEqual(before);

  for (const broken of BROKEN_FILES) {
    await importFile(options, 'trusted.json', broken.text);
    const result = options.getByTestId('import-result');
    await expect(result, broken.what).toContainText(message('zh_CN', 'importRefused').replace(/[:：]\s*$/, ''));
    await expect(options.getByTestId('import-problems').locator('li'), broken.what).not.toHaveCount(0);
    expect(await shownList(options), broken.what).toEqual(before);
    expect(await storedList(context), broken.what).toEqual(before);
  }

  // After a reload the page still shows the same list (it was never changed in storage).
  await options.reload();
  await expect(options.getByTestId('trusted-item')).toHaveCount(2);
  expect(await shownList(options)).toEqual(before);

  // And it still works on pages: the trusted shop gets no badge.
  await page.goto(sites.url('https://shop-example.cn/'));
  expect((await settledSummary(page)).top?.domainKind).toBe('trusted');
  expect(await badgeText(page)).toBe('');

  // A good file is taken, so the refusals above were the file's fault and not a broken import.
  await importFile(options, 'trusted.json', JSON.stringify({ format: 'fanzha-guard-trusted', version: 1, trusted: ['news-example.cn'] }));
  await expect(options.locator('[data-testid="trusted-item"][data-domain="news-example.cn"]')).toHaveCount(1);
  expect(await storedList(context)).toEqual(['news-example.cn', 'shop-example.cn', 'taobao.com']);

  // A list saved by Windows Notepad as "Unicode" is UTF-16 with a byte-order mark: read, not refused.
  const notepad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('["例子.cn"]', 'utf16le')]);
  await importFile(options, 'notepad.json', notepad);
  await expect(options.locator('[data-testid="trusted-item"][data-domain="xn--fsqu00a.cn"]')).toHaveCount(1);
  expect(await storedList(context)).toEqual(['news-example.cn', 'shop-example.cn', 'taobao.com', 'xn--fsqu00a.cn']);
});

// Trusting the domain of a host anyone publishes forms on (wj.qq.com is kept as qq.com) is accepted, but quiets none
// of those forms (the domain kind user-content is judged before the list). Before, the page said only "已加入 qq.com。"
test('trusting qq.com or feishu.cn says that forms there are still checked; an import keeps everything and says which', async ({ context, page, sites }) => {
  const options = await openOptions(context);
  await options.getByTestId('trusted-input').fill('wj.qq.com');
  await options.getByTestId('trusted-add').click();
  const said = options.getByTestId('trusted-message');
  await expect(said).toContainText(message('zh_CN', 'trustedAdded').replace('$1', 'qq.com'));
  await expect(options.getByTestId('trusted-user-content')).toHaveText(
    message('zh_CN', 'trustedUserContentNote').replace('$1', '腾讯文档和腾讯问卷').replace('$2', 'qq.com').replace('$3', '腾讯'),
  );
  const qq = options.locator('[data-testid="trusted-item"][data-domain="qq.com"]');
  await expect(qq.getByTestId('trusted-item-note')).toHaveText(message('zh_CN', 'trustedUserContentTag').replace('$1', '腾讯文档和腾讯问卷'));

  // An ordinary domain gets no such note.
  await options.getByTestId('trusted-input').fill('shop-example.cn');
  await options.getByTestId('trusted-add').click();
  await expect(said).toHaveText(message('zh_CN', 'trustedAdded').replace('$1', 'shop-example.cn'));
  await expect(options.getByTestId('trusted-user-content')).toHaveCount(0);
  await expect(options.locator('[data-testid="trusted-item"][data-domain="shop-example.cn"] [data-testid="trusted-item-note"]')).toHaveCount(0);

  // An import with such entries takes every entry and names the ones that quiet no form (qq.com was there already).
  await importFile(options, 'trusted.json', JSON.stringify(['news-example.cn', 'https://acme.feishu.cn/share/base/form/x', 'qq.com']));
  await expect(options.getByTestId('import-result')).toContainText(message('zh_CN', 'importDone').replace('$1', '2').replace('$2', '1'));
  await expect(options.getByTestId('import-user-content')).toHaveText(message('zh_CN', 'importUserContentIntro'));
  await expect(options.getByTestId('import-user-content-list').locator('li')).toHaveText(['feishu.cn：飞书', 'qq.com：腾讯文档和腾讯问卷']);
  expect(await storedList(context)).toEqual(['feishu.cn', 'news-example.cn', 'qq.com', 'shop-example.cn']);
  await expect(options.locator('[data-testid="trusted-item"][data-domain="feishu.cn"] [data-testid="trusted-item-note"]')).toHaveCount(1);

  // What the page says is so: the fake refund form on wj.qq.com is still "!!" with qq.com trusted.
  await page.goto(sites.url('https://wj.qq.com/s/7cXb2Q'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await settledSummary(page)).top?.domainKind).toBe('user-content');
});
