import { describe, expect, it } from 'vitest';
import { pageAccess } from './page-access';

describe('pageAccess', () => {
  it.each([
    'https://www.example.com/',
    'http://alipay-refund.cn:8080/pay',
    'https://chrome.google.com/search',
    'https://google.com/webstore',
    'https://chrome.google.com/webstorefront',
  ])('can check %s', (url) => {
    expect(pageAccess(url, false)).toEqual({ checkable: true });
  });

  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://0f0e/options.html', 'browser-page'],
    ['data:text/html,<b>x</b>', 'browser-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['https://chrome.google.com/webstore', 'extension-store'],
    ['https://chromewebstore.google.com/detail/xyz', 'extension-store'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'extension-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'extension-store'],
    ['file:///home/user/page.html', 'file-not-allowed'],
    ['', 'no-address'],
    [undefined, 'no-address'],
    ['not a url', 'no-address'],
  ])('cannot check %s (%s)', (url, why) => {
    expect(pageAccess(url, false)).toEqual({ checkable: false, why });
  });

  it('can check a file:// page when the user allowed file access', () => {
    expect(pageAccess('file:///home/user/page.html', true)).toEqual({ checkable: true });
  });
});
