// 4. Typing. 200 keystrokes into a card-number field (label 银行卡号, autocomplete=cc-number) with and
// without the extension, in blocks of 20 (a 19-digit UnionPay-style card number, then Backspace),
// alternating contexts ABBA so drift hits both alike. Playwright sends each key as real (trusted) input.
//
// Two figures per keystroke:
//   processing (in the page, both contexts; definitions in pages.ts typingPage):
//     (keydown reaches the page → first task after the keydown/input task)
//     + (keyup reaches the page → first task after the keyup task)
//     i.e. main-thread time until the page could run anything else, every listener (page or extension)
//     on those events included. Added latency per key = median with the extension − median without.
//   extension time (Chrome trace of the extension context, trace.ts): main-thread time in the
//     extension's code during the typing, divided by the keystrokes — direct, and immune to noise.
//   main thread (the same traces, one per block): the whole main thread's CPU per block with and without,
//     median over the blocks of each side; added = the difference ÷ keys per block.
//   frame = keydown reaching the page → next animation frame: printed for reference.
// Every block is traced, in both contexts, so tracing costs the same on both sides.
//
// Both browsers draw a frame as soon as there is one to draw (browser.ts freeFrames; run.ts launches them for
// this part only). At the display's 60 Hz clock, a key's time in the page was mostly the wait for the next
// tick (about 9 ms per key for 2.5 ms of work), and where a key fell between two ticks was chance: two
// identical browsers without the extension differed by −0.70 to +0.20 ms per key over three runs of 200 keys
// (2026-11-22), as much as the 1 ms the extension may add. Without the clock the same pair differed by 0.0 to
// +0.1 ms, and the extension's added time came out −0.1 to +0.3 ms in four runs, as in the trace (−0.02 to
// +0.21 ms). Work the extension does on a key still lies between the key and the page being free, so it is
// still counted; only the wait for a tick, which the extension neither causes nor shortens, is gone.

import type { BrowserContext, Page } from '@playwright/test';
import { median } from './stats';
import { attribute, mainThreadTime, startTrace } from './trace';

interface KeyRecord {
  t0: number;
  tUp: number;
  down: number;
  up: number;
}

export interface TypingSide {
  keys: number;
  processingMs: number;
  frameMs: number;
  samples: number[];
}

export interface TypingResult {
  keystrokes: number;
  without: TypingSide;
  with: TypingSide;
  addedMsPerKey: number;
  /** Main-thread time in the extension's code per keystroke, from the trace (wall and CPU). */
  extensionMsPerKey: number;
  extensionCpuMsPerKey: number;
  /**
   * The page's whole main thread (page + rendering + extension) per keystroke, CPU ms, from the traces of
   * both contexts (each block traced alone; median block ÷ keys per block): what the extension adds here
   * includes rendering its warning, not only its code.
   */
  mainThreadCpuMsPerKey: { without: number; with: number; added: number };
  /** The content script's longest single task during the typing, ms. */
  extensionLongestTaskMs: number;
  /** The field held the typed digits afterwards in both contexts (nothing swallowed the keys). */
  fieldReceivedKeys: boolean;
  /** The extension's in-page warning was showing after the click into the field: it took the field as sensitive. */
  warningShown: boolean;
}

/** A 19-digit number that passes the Luhn check (the kind of value the content script tests in place). */
export function luhnValid(prefix18: string): string {
  if (!/^\d{18}$/.test(prefix18)) throw new Error(`luhnValid: need 18 digits, got "${prefix18}"`);
  let sum = 0;
  // Digits from the right of the final number: the check digit is position 0, so prefix digits start at 1.
  for (let i = 0; i < 18; i++) {
    let d = Number(prefix18[17 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return prefix18 + String((10 - (sum % 10)) % 10);
}

const CARD = luhnValid('622202100012345678');
const BLOCK_KEYS = CARD.length + 1;

async function prepare(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.click('#card');
  if ((await page.evaluate(() => document.visibilityState)) !== 'visible') throw new Error('typing page is not visible');
}

async function typeBlock(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.getElementById('card') as HTMLInputElement).value = '';
    (window as unknown as { __typing: { recording: boolean } }).__typing.recording = true;
  });
  await page.keyboard.type(CARD, { delay: 10 });
  await page.keyboard.press('Backspace', { delay: 10 });
  // Let the last key's idle message and animation frame arrive before stopping the recorder.
  await page.waitForTimeout(50);
  await page.evaluate(() => {
    (window as unknown as { __typing: { recording: boolean } }).__typing.recording = false;
  });
}

async function read(page: Page): Promise<{ keys: KeyRecord[]; frame: number[]; value: string }> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __typing: { keys: KeyRecord[]; frame: number[] } }).__typing;
    return { keys: rec.keys, frame: rec.frame, value: (document.getElementById('card') as HTMLInputElement).value };
  });
}

function side(r: { keys: KeyRecord[]; frame: number[] }): TypingSide {
  const complete = r.keys.filter((k) => k.down >= 0 && k.up >= 0);
  const samples = complete.map((k) => k.down + k.up);
  return { keys: r.keys.length, processingMs: median(samples), frameMs: median(r.frame), samples };
}

export async function measureTyping(
  plain: { context: BrowserContext; page: Page },
  ext: { context: BrowserContext; page: Page; extensionId: string },
  url: string,
  warningSelector: string,
  keystrokes = 200,
): Promise<TypingResult> {
  if (keystrokes % BLOCK_KEYS !== 0) throw new Error(`measureTyping: keystrokes must be a multiple of ${BLOCK_KEYS}`);
  const withExt = ext.page;
  await prepare(plain.page, url);
  await prepare(withExt, url);
  // The warning is attached when the field gets focus; give the (lazily injected) UI a moment.
  const warningShown = await withExt
    .waitForFunction((selector) => document.querySelector(selector) !== null, warningSelector, { timeout: 3_000 })
    .then(() => true, () => false);
  const cdpPlain = await plain.context.newCDPSession(plain.page);
  const cdpExt = await ext.context.newCDPSession(withExt);
  const pagePrefix = new URL(url).origin;
  const extPrefix = `chrome-extension://${ext.extensionId}/`;
  // Each block is traced on its own: the main thread's CPU per block, with and without, gives one figure per
  // block and side, and their medians keep one block's stray GC or background hiccup out of the result.
  const perBlock = { without: [] as number[], with: [] as number[] };
  let extensionMs = 0;
  let extensionCpuMs = 0;
  let extensionLongestTaskMs = 0;
  const tracedBlock = async (page: Page): Promise<void> => {
    const isExt = page === withExt;
    const stop = await startTrace(isExt ? cdpExt : cdpPlain);
    await typeBlock(page);
    const events = await stop();
    perBlock[isExt ? 'with' : 'without'].push(mainThreadTime(events, pagePrefix).cpuMs);
    if (isExt) {
      const a = attribute(events, extPrefix);
      extensionMs += a.extensionMs;
      extensionCpuMs += a.extensionCpuMs;
      extensionLongestTaskMs = Math.max(extensionLongestTaskMs, a.longestTaskMs);
    }
  };
  const blocks = keystrokes / BLOCK_KEYS;
  for (let b = 0; b < blocks; b++) {
    // ABBA: ext, plain, plain, ext, ext, plain, …
    const first = b % 2 === 0 ? withExt : plain.page;
    const second = first === withExt ? plain.page : withExt;
    await tracedBlock(first);
    await tracedBlock(second);
  }
  await Promise.all([cdpPlain.detach(), cdpExt.detach()]).catch(() => {});
  const [p, e] = [await read(plain.page), await read(withExt)];
  const expected = CARD.slice(0, -1);
  const without = side(p);
  const withE = side(e);
  return {
    keystrokes,
    without,
    with: withE,
    addedMsPerKey: withE.processingMs - without.processingMs,
    extensionMsPerKey: extensionMs / keystrokes,
    extensionCpuMsPerKey: extensionCpuMs / keystrokes,
    mainThreadCpuMsPerKey: {
      without: median(perBlock.without) / BLOCK_KEYS,
      with: median(perBlock.with) / BLOCK_KEYS,
      added: (median(perBlock.with) - median(perBlock.without)) / BLOCK_KEYS,
    },
    extensionLongestTaskMs,
    fieldReceivedKeys: p.value === expected && e.value === expected && without.keys === keystrokes && withE.keys === keystrokes,
    warningShown,
  };
}
