// The covers alipay-refund.cn/modal-cover.html opens above our danger banner once it shows, one per query string
// (the fixture says how each is built). Both browsers' tests walk this one list, so a new cover is tested in both.

export interface CoverVariant {
  /** Finishes "a page that covers the danger banner with …". */
  what: string;
  query: string;
  /**
   * Only Chromium sees it: a cover that lets the pointer through escapes every hit test, and only Chromium's
   * IntersectionObserver v2 reports it (Firefox has none; README, warning-ui).
   */
  chromiumOnly?: true;
}

export const COVER_VARIANTS: readonly CoverVariant[] = [
  { what: 'a modal dialog', query: '' },
  { what: 'a popover', query: '?popover' },
  // Inside a closed shadow root: neither the document's selectors nor an observer of the document see into it.
  { what: 'a modal dialog inside a closed shadow root', query: '?shadow' },
  { what: 'a popover inside a closed shadow root', query: '?shadow-popover' },
  { what: 'a popover over only its title, inside a closed shadow root', query: '?shadow-corner' },
  { what: 'a popover that lets the pointer through, inside a closed shadow root', query: '?shadow-ghost', chromiumOnly: true },
];
