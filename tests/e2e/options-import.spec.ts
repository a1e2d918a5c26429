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
