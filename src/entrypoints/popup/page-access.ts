// Can the guard check the page in this tab at all? Browsers keep extensions out of their own pages and
// out of the extension stores, and out of file:// unless the user allowed it. The popup says so plainly
// instead of showing an empty "nothing found", which would read as "this page is safe".

export type PageAccess =
  | { checkable: true }
  | { checkable: false; why: 'browser-page' | 'extension-store' | 'file-not-allowed' | 'no-address' };

/** Hosts (and path prefixes) of extension stores, where content scripts never run. */
const STORES: readonly { host: string; path: string }[] = [
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * `url` is the tab's address (undefined when the browser did not tell us); `fileAccessAllowed` is true when the user
 * allowed file URLs (`extension.isAllowedFileSchemeAccess()`) and our content script is declared for them.
 */
export function pageAccess(url: string | undefined, fileAccessAllowed: boolean): PageAccess {
  // The browser withholds a tab's address where we have no host access: its own pages, the stores, and
  // file:// (every http/https page is covered by the content script's matches). We cannot tell which.
  if (!url) return { checkable: false, why: 'no-address' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { checkable: false, why: 'no-address' };
  }
  if (parsed.protocol === 'file:') return fileAccessAllowed ? { checkable: true } : { checkable: false, why: 'file-not-allowed' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { checkable: false, why: 'browser-page' };
  const host = parsed.hostname.toLowerCase();
  for (const store of STORES) {
    if (host === store.host && (parsed.pathname === store.path || parsed.pathname.startsWith(store.path === '/' ? '/' : `${store.path}/`))) {
      return { checkable: false, why: 'extension-store' };
    }
  }
  return { checkable: true };
}
