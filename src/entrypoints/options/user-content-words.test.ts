// The options page's words for a trusted domain with hosts anyone publishes forms on: zh_CN first, en second.
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/i18n/fake-i18n';
import { addedNote, importNotes, listNote, userContentServices } from './user-content-words';

describe('in zh_CN', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('after adding qq.com: 腾讯文档 and 腾讯问卷 are still checked, the trust covers Tencent’s own pages', () => {
    expect(addedNote('qq.com', 'zh')).toBe('腾讯文档和腾讯问卷上的表单还是会检查，因为谁都能在那里发表单。信任 qq.com 只管腾讯自己的网页。');
    expect(listNote('qq.com', 'zh')).toBe('腾讯文档和腾讯问卷上的表单还是会检查。');
  });

  it.each([
    ['feishu.cn', '飞书上的表单还是会检查，因为谁都能在那里发表单。信任 feishu.cn 只管飞书自己的网页。'],
    ['larksuite.com', 'Lark上的表单还是会检查，因为谁都能在那里发表单。信任 larksuite.com 只管飞书自己的网页。'],
    ['google.com', 'Google Apps Script、Google 文档和Google 协作平台上的表单还是会检查，因为谁都能在那里发表单。信任 google.com 只管谷歌自己的网页。'],
    ['office.com', 'Microsoft Forms上的表单还是会检查，因为谁都能在那里发表单。信任 office.com 只管微软自己的网页。'],
  ])('after adding %s', (domain, note) => {
    expect(addedNote(domain, 'zh')).toBe(note);
  });

  it('says nothing for a domain without such hosts', () => {
    for (const domain of ['icbc.com.cn', 'example.com', 'taobao.com']) {
      expect(addedNote(domain, 'zh'), domain).toBeUndefined();
      expect(listNote(domain, 'zh'), domain).toBeUndefined();
    }
  });

  it('an import names each such domain of the file, in its order, and only those', () => {
    expect(importNotes(['example.com', 'feishu.cn', 'qq.com'], 'zh')).toEqual(['feishu.cn：飞书', 'qq.com：腾讯文档和腾讯问卷']);
    expect(importNotes(['example.com'], 'zh')).toEqual([]);
  });
});

describe('in en', () => {
  beforeEach(() => useLocale('en'));

  it('after adding qq.com', () => {
    expect(addedNote('qq.com', 'en')).toBe(
      "Forms on Tencent Docs and Tencent Survey are still checked, because anyone can publish there. Trusting qq.com covers only Tencent's own pages.",
    );
    expect(listNote('feishu.cn', 'en')).toBe('Forms on Feishu are still checked.');
    expect(importNotes(['qq.com'], 'en')).toEqual(['qq.com: Tencent Docs and Tencent Survey']);
    expect(userContentServices('google.com', 'en')).toBe('Google Apps Script, Google Docs, and Google Sites');
  });
});
