// The checks that must hold in real Firefox too: a fake refund page on a lookalike host gets "!!" and the
// banner, also when its form is in an about:blank, srcdoc (sandboxed or not), data: or blob: URL iframe, a closed shadow root or a new
// about:blank window; the code page after a card page of the same site gets "!!", in the same tab or in a tab the
// card page opened; a form in a frame of its own site is judged with the page around it; a page that asks for a
// QQ password gets "!!"; the bank's own host
// gets no badge and no warning; the banner holds under a strict Content-Security-Policy and on a page that zooms
// its document element down. Run by node's test runner (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { describe, it as nodeIt } from 'node:test';
import type { Page } from 'puppeteer-core';
import { WARNING_HOST_MARK } from '../../src/warning-ui/api';
import { COVER_VARIANTS } from '../support/cover-variants';
import { firefoxBadgeText, firefoxTabView, firefoxSuite, onlySiteTab, pixelAt, pollFor, pollUntil } from './firefox';

/** The warning's host, as page script finds it. */
const HOST = `[${WARNING_HOST_MARK}]`;

/**
 * What is painted at the top and bottom edges of the window, mid-width, where the danger banner's red is (it sits at
 * the bottom when the page's fields would be under it at the top: warning-ui/banner-side.ts): 'banner red', or the
 * colours found. Not hit testing (as the banner test does): Firefox leaves out of elementFromPoint what a page's
 * modal dialog makes inert, though it paints it.
 */
async function paintedAtBanner(page: Page): Promise<string> {
  const [width, height] = await page.evaluate(() => [innerWidth, innerHeight] as const);
  const found: string[] = [];
  for (const y of [4, height - 4]) {
    const [r, g, b] = await pixelAt(page, Math.round(width / 2), y);
    if (r > 150 && g < 90 && b < 90) return 'banner red';
    found.push(`rgb(${r}, ${g}, ${b})`);
  }
  return found.join(' / ');
}

/**
 * Each test has its own time limit, not the describe: node:test makes a describe's `timeout` the limit for all its
 * tests together, and these 25 took 71 s on a quiet machine, 90-100 s on a busy one and 129 s on a very busy one, where
 * the 120 s for the whole block ran out mid-test (no test had failed). A hung test still fails in a minute.
 */
const it = (name: string, fn: () => Promise<void>) => nodeIt(name, { timeout: 60_000 }, fn);

describe('Firefox: fake refund page and official host', () => {
  const suite = firefoxSuite();

  for (const [what, path] of [
    ['', '/'],
    [' (also under a strict Content-Security-Policy: no inline styles)', '/strict-csp.html'],
    [' (also on a page that zooms its document element to a tenth: the banner keeps its size)', '/zoomed.html'],
  ] as const) {
    it(`a fake refund page on a lookalike host gets "!!" and the banner${what}`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn${path}`));
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
        // The banner is in the page. Its shadow root is closed, so page script sees only the host element;
        // the host has no box of its own (its content is fixed-positioned), so "visible" is checked by hit
        // testing: a point near the top of the viewport lands on the host (events from a closed shadow tree
        // are retargeted to it) when the banner is painted there.
        const host = await pollFor(
          () =>
            page.evaluate((selector) => {
              const el = document.querySelector(selector);
              if (!el) return 'absent';
              if ((el as HTMLElement).shadowRoot !== null) return 'open shadow root';
              // From 30 px in from the edge it sits at (the top, or the bottom when the page's fields would be under it
              // at the top: warning-ui/banner-side.ts): a banner shrunk to a strip at the very edge (a zoomed page) is
              // not one anyone reads.
              for (let y = 30; y < Math.min(240, innerHeight); y += 6) {
                if (document.elementFromPoint(innerWidth / 2, y) === el) return 'visible-closed';
                if (document.elementFromPoint(innerWidth / 2, innerHeight - y) === el) return 'visible-closed';
              }
              return 'not painted at either edge';
            }, HOST),
          'visible-closed',
        );
        assert.equal(host, 'visible-closed');
      } finally {
        await page.close();
      }
    });
  }

  for (const { what, query } of COVER_VARIANTS.filter((cover) => !cover.chromiumOnly)) {
    it(`a page that covers the danger banner with ${what} of its own, opened once our warning shows, does not keep it covered`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn/modal-cover.html${query}`));
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
        // The page waits for our host, then opens its opaque cover above it; nobody focuses anything.
        const coverOpen = () => page.evaluate(() => (window as unknown as { coverOpen: () => boolean }).coverOpen());
        assert.equal(await pollFor(coverOpen, true), true);
        // The banner again, not the page's white cover.
        assert.equal(await pollFor(() => paintedAtBanner(page), 'banner red'), 'banner red');
      } finally {
        await page.close();
      }
    });
  }

  it('a page that puts an element of its own into fullscreen (no address bar, above our banner) does not keep the banner covered', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/fullscreen-cover.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      const atBanner = () => paintedAtBanner(page);
      assert.equal(await pollFor(atBanner, 'banner red'), 'banner red');
      // The person presses the page's button (a real click: fullscreen needs one).
      await page.click('#enter');
      assert.equal(await pollFor(() => page.evaluate(() => document.fullscreenElement?.id ?? 'none'), 'stage'), 'stage');
      assert.equal(await pollFor(atBanner, 'banner red'), 'banner red');
    } finally {
      await page.evaluate(() => document.exitFullscreen().catch(() => {})).catch(() => {});
      await page.close();
    }
  });

  it("a page that styles the warning host's ::before and ::after as a white sheet over the window does not cover the banner", async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/pseudo-cover.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      // Painted, not hit tested: a hit on the host's pseudo-element lands on the host, as one on the banner does.
      assert.equal(await pollFor(() => paintedAtBanner(page), 'banner red'), 'banner red');
    } finally {
      await page.close();
    }
  });

  it('a refund form written into an about:blank iframe gets "!!" (the scanner reaches blank frames)', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/blank-frame.html'));
      // The top page has no field: only the blank frame's own scan can find the card number and code.
      assert.equal(await page.evaluate(() => document.querySelectorAll('input').length), 0);
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  for (const [kind, file] of [['srcdoc', 'srcdoc-frame.html'], ['data: URL', 'data-frame.html'], ['blob: URL', 'blob-frame.html'], ['late-filled about:blank', 'blank-frame-late.html'], ['sandboxed srcdoc (an opaque origin, no scripts)', 'sandbox-frame.html']] as const) {
    it(`a refund form in a ${kind} iframe gets "!!" (the scanner reaches that frame)`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn/${file}`));
        assert.equal(await page.evaluate(() => document.querySelectorAll('input').length), 0);
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      } finally {
        await page.close();
      }
    });
  }

  it('a form in a frame is judged with the page around it ("!" alone, "!!" framed by its own site or another, or under a story)', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      // Alone: a card and a code on an unknown https site, no brand, no story.
      await page.goto(suite.sites.url('https://card-upgrade.cn/form.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      // Framed in a page that claims the central bank: the frame reads the top page (same origin).
      await page.goto(suite.sites.url('https://card-upgrade.cn/'));
      assert.equal(await page.evaluate(() => document.querySelectorAll('input').length), 0);
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      // Framed from another site, which cannot read the top page: the background passes the top page's claim.
      await page.goto(suite.sites.url('https://card-upgrade.cn/cross.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      // The same, under a page that tells its story only in its text: the background asks it for that text. (The
      // form's own site alone first, so the "!!" below is not the last page's.)
      await page.goto(suite.sites.url('https://form-host.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.goto(suite.sites.url('https://card-upgrade.cn/story.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('a refund form in a closed shadow root near the top of the page gets "!!" at load, and keeps it at a focus into it', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/closed-shadow.html'));
      assert.deepEqual(await page.evaluate(() => [document.querySelectorAll('input').length, document.getElementById('pay')!.shadowRoot]), [0, null]);
      // Each scan asks element.openOrClosedShadowRoot about the body's top elements (closed-shadow-root.ts
      // shallowClosedRoots): this root is found at load, before any focus.
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      // Tab moves focus into the closed root's first field (element.openOrClosedShadowRoot shows it to the guard).
      await page.keyboard.press('Tab');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('a card number asked for in an editable box (no form field) gets "!!" once the box has focus', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/editable-boxes.html'));
      assert.equal(await page.evaluate(() => document.querySelectorAll('input, select, textarea').length), 0);
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.click('#card');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('a card password asked for on a number pad made of divs (no form field) gets "!!" once a key is pressed', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('https://secure-pad.cn/'));
      const url = page.url();
      const before = await pollUntil(
        () => firefoxTabView(suite.firefox, page),
        (v) => v.top?.url === url && v.top.evaluated,
      );
      assert.equal(before.level, 'none');
      const [five] = await page.$$('xpath/.//div[@id="pad"]/div[text()="5"]');
      assert.ok(five, 'the pad has a 5 key');
      await five.click();
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('a card number typed on a page that stops input events at its window still makes it "!!"', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/swallow-typed.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.click('#note');
      await page.keyboard.type('4111 1111 1111 1111');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  for (const [query, what] of [
    ['', ''],
    // Firefox: the guard reaches that window by the background's injection (background/opened-tabs.ts); the page
    // sets the guard's run-once mark on the window first, which must not make that copy stand down.
    ['?marked', ', also when the page puts our run-once mark on that window first'],
  ] as const) {
    it(`a refund form built in a new about:blank window gets "!!" there (the window shows no address)${what}`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn/blank-popup.html${query}`));
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
        await page.click('#open');
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, 'newest tab'), '!!'), '!!');
      } finally {
        for (const p of await suite.firefox.browser.pages()) if (p !== page && !p.url().startsWith('moz-extension:')) await p.close().catch(() => {});
        await page.close();
      }
    });
  }

  it('the code page after a card page of the same site gets "!!", also in a tab it opened; on its own it gets nothing; on another site, "!"', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      // Step 2 alone: an SMS-code page like any login.
      await page.goto(suite.sites.url('https://claim-desk.cn/step2.html'));
      const url = page.url();
      const view = await pollUntil(
        () => firefoxTabView(suite.firefox, page),
        (v) => v.top?.url === url && v.top.evaluated,
      );
      assert.equal(view.level, 'none');
      // Step 1, the card page ("!"), then step 2 in the same tab: the background kept the card step.
      await page.goto(suite.sites.url('https://claim-desk.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.goto(suite.sites.url('https://claim-desk.cn/step2.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      // The card page again, and its next step in a new tab (a link with target=_blank): the new tab got the note.
      await page.goto(suite.sites.url('https://claim-desk.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.click('#next-tab');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, 'newest tab'), '!!'), '!!');
      // The card page, then a code page on another site: a caution of its own (the kit moved to a fresh domain).
      await page.goto(suite.sites.url('https://claim-desk.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.goto(suite.sites.url('https://sms-verify.cn/'));
      const elsewhere = page.url();
      const moved = await pollUntil(
        () => firefoxTabView(suite.firefox, page),
        (v) => v.top?.url === elsewhere && v.top.evaluated,
      );
      assert.equal(moved.level, 'caution');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
    } finally {
      for (const p of await suite.firefox.browser.pages()) if (p !== page && !p.url().startsWith('moz-extension:')) await p.close().catch(() => {});
      await page.close();
    }
  });

  it('a page that asks for a QQ password, and names no brand otherwise, gets "!!" (the field\'s name reaches the background)', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('https://huiyuan-lingqu.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('the bank\'s own host (https) gets no badge and no warning', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      // A danger page first in the same tab, so the empty badge below is the official host's own answer.
      await page.goto(suite.sites.url('http://alipay-refund.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      await page.goto(suite.sites.url('https://www.icbc.com.cn/'));
      assert.equal(page.url(), 'https://www.icbc.com.cn/');
      // Once the background has assessed this page: the bank's own host, level none, no badge.
      const url = page.url();
      const view = await pollUntil(
        () => firefoxTabView(suite.firefox, page),
        (v) => v.top?.url === url && v.top.evaluated,
      );
      assert.equal(view.top?.url, url, 'the background evaluated the bank page');
      assert.equal(view.top?.domainKind, 'official');
      assert.equal(view.level, 'none');
      assert.equal(view.badge, '');
      assert.equal(await page.evaluate((selector) => document.querySelectorAll(selector).length, HOST), 0);
    } finally {
      await page.close();
    }
  });
});
