// Which document a message is of (protocol.ts DocumentBorn, tab-state.ts isOlderDocument): an old document's late
// hello or scan, after a navigation or a reload of its frame or its tab, must not put its verdict back; and a re-check
// of the same document must not make the tab forget what it knew for a moment.
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '@/core/types';
import { createHandlers } from './handlers';
import { FRAME_BORN_SLACK_MS } from './tab-state';
import { backgroundDeps, finding, verdict } from './test-factories';

const TAB = 8;
const TOP = 'https://kf-lipei.top/';
const FRAME = 'https://pay-form.top/f.html';
const from = (frameId: number, url: string) => ({ kind: 'content' as const, tabId: TAB, frameId, url });
const claim = { kind: 'brand-claim' as const, brand: 'pboc', reasons: [{ code: 'claim-title' }] };

/** Every page with a field is danger, one without is none; a top page titled '中国人民银行' claims the central bank. */
function setup() {
  const t = backgroundDeps({});
  t.deps.evaluate.mockImplementation((f: PageFacts) =>
    verdict({ url: f.url, level: f.fields.length > 0 ? 'danger' : 'none', fields: f.fields, signals: f.title === '中国人民银行' ? [claim] : [] }),
  );
  const handlers = createHandlers(t.deps);
  const hello = (frameId: number, url: string, born: number, hasScanner = false) =>
    handlers.handle({ message: { type: 'cs-bg-hello', hasScanner, born }, from: from(frameId, url) });
  const scan = (frameId: number, url: string, born: number, card: boolean, more: Partial<PageFacts> = {}) =>
    handlers.handle({
      message: { type: 'cs-bg-scan', facts: { url, title: '', headings: [], text: '', fields: card ? [finding(0, 'card-number')] : [], ...more }, born },
      from: from(frameId, url),
    });
  const frames = async () => (await t.deps.store.get(TAB))?.frames.map((f) => [f.frameId, f.url, f.verdict?.level ?? null]) ?? [];
  return { ...t, handlers, hello, scan, frames };
}

describe('an old document\'s late message (issue: the previous page\'s warning lingered)', () => {
  it('a frame reloaded or navigated: its old document\'s scan after the new one\'s hello is not taken', async () => {
    const { hello, scan, frames, badges } = setup();
    await hello(0, TOP, 100);
    await scan(0, TOP, 100, false);
    await hello(3, FRAME, 150);
    await scan(3, FRAME, 150, true);
    expect(badges.at(-1)).toEqual([TAB, 'danger']);
    // The frame goes to a page without the form; its old document's scan was still on its way.
    await hello(3, 'https://pay-form.top/done.html', 900);
    expect(await scan(3, FRAME, 150, true)).toEqual({ level: 'none' });
    expect(await frames()).toEqual([
      [0, TOP, 'none'],
      [3, 'https://pay-form.top/done.html', null],
    ]);
    expect(badges.at(-1)).toEqual([TAB, 'none']);
    // The new document's own scan is taken.
    await scan(3, 'https://pay-form.top/done.html', 900, false);
    expect(await frames()).toEqual([
      [0, TOP, 'none'],
      [3, 'https://pay-form.top/done.html', 'none'],
    ]);
  });

  it('the old document\'s late hello (a re-check it was running) changes nothing and does not inject the scanner', async () => {
    const { deps, hello, scan, frames } = setup();
    await hello(3, FRAME, 150);
    await scan(3, FRAME, 150, true);
    await hello(3, `${FRAME}?2`, 900);
    await scan(3, `${FRAME}?2`, 900, false);
    deps.injectScanner.mockClear();
    expect(await hello(3, FRAME, 150, true)).toMatchObject({ proceed: false });
    expect(await hello(3, FRAME, 150)).toMatchObject({ proceed: false });
    expect(deps.injectScanner).not.toHaveBeenCalled();
    expect(await frames()).toEqual([[3, `${FRAME}?2`, 'none']]);
  });

  it('a new page in the tab: the old page\'s frames and top scan, late, are not put back', async () => {
    const { handlers, hello, scan, frames, badges } = setup();
    await hello(0, TOP, 100);
    await scan(0, TOP, 100, false);
    await hello(4, FRAME, 150);
    await scan(4, FRAME, 150, true);
    await handlers.navigated(TAB);
    await hello(0, 'https://news.example/', 5000);
    // Late: the old card frame's scan, then the old top page's.
    expect(await scan(4, FRAME, 150, true)).toEqual({ level: 'none' });
    expect(await scan(0, TOP, 100, false, { title: 'late' })).toEqual({ level: 'none' });
    expect(await frames()).toEqual([[0, 'https://news.example/', null]]);
    expect(badges.at(-1)).toEqual([TAB, 'none']);
  });

  it('the old page\'s frame reporting between the clear and the new page\'s hello goes at that hello', async () => {
    const { handlers, hello, scan, frames, badges } = setup();
    await hello(0, TOP, 100);
    await hello(4, FRAME, 150);
    await scan(4, FRAME, 150, true);
    await handlers.navigated(TAB);
    await scan(4, FRAME, 150, true);
    expect(badges.at(-1)).toEqual([TAB, 'danger']);
    // A frame of the new page may report before its top page's hello (its gate does not wait for the top's).
    await hello(6, 'https://ads.example/a', 5100);
    await hello(0, 'https://news.example/', 5000);
    expect(await frames()).toEqual([
      [0, 'https://news.example/', null],
      [6, 'https://ads.example/a', null],
    ]);
    expect(badges.at(-1)).toEqual([TAB, 'none']);
  });

  it(`a frame that seems to begin up to ${FRAME_BORN_SLACK_MS} ms before its top page (two clocks, rounded) is the page's; one older is not`, async () => {
    const { hello, scan, frames } = setup();
    await hello(0, TOP, 5000);
    await hello(4, FRAME, 5000 - FRAME_BORN_SLACK_MS);
    await scan(4, FRAME, 5000 - FRAME_BORN_SLACK_MS, true);
    expect(await scan(5, FRAME, 4999 - FRAME_BORN_SLACK_MS, true)).toEqual({ level: 'none' });
    expect(await frames()).toEqual([
      [0, TOP, null],
      [4, FRAME, 'danger'],
    ]);
  });

  it('a page back from the back/forward cache (older than the page it left) is taken, after a late report of that page', async () => {
    const { handlers, hello, scan, frames, badges } = setup();
    await hello(0, TOP, 100);
    await scan(0, TOP, 100, true);
    await handlers.navigated(TAB);
    await hello(0, 'https://news.example/', 5000);
    await scan(0, 'https://news.example/', 5000, false);
    // Back: the tab cleared, the left page's late scan lands first, then the restored page re-sends (no hello).
    await handlers.navigated(TAB);
    await scan(0, 'https://news.example/', 5000, false);
    await scan(0, TOP, 100, true);
    expect(await frames()).toEqual([[0, TOP, 'danger']]);
    expect(badges.at(-1)).toEqual([TAB, 'danger']);
  });

  it('a history change of the top page puts back the frames of the same document only', async () => {
    const { handlers, scan, hello, frames, deps } = setup();
    await hello(0, TOP, 100);
    await scan(0, TOP, 100, false);
    await hello(4, FRAME, 150);
    await scan(4, FRAME, 150, true);
    await handlers.navigated(TAB);
    deps.recheckSubframes.mockClear();
    // Another document of the same site re-sending as the same document (a restored page's url watch) gets none.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: { url: `${TOP}?p=2`, title: '', headings: [], text: '', fields: [] }, sameDocument: true, born: 3000 }, from: from(0, `${TOP}?p=2`) });
    expect(await frames()).toEqual([[0, `${TOP}?p=2`, 'none']]);
    expect(deps.recheckSubframes).toHaveBeenCalledTimes(1);
  });
});

describe('a re-check of the same top document keeps its record (issue: the framed warning blinked)', () => {
  it('the top page with a claim re-checking (popup "check again", asked for its text) does not re-check the frames below or drop the badge', async () => {
    const { deps, hello, scan, badges } = setup();
    await hello(0, TOP, 100);
    await hello(4, FRAME, 150);
    await scan(4, FRAME, 150, true);
    deps.recheckSubframes.mockClear();
    await scan(0, TOP, 100, false, { title: '中国人民银行' });
    // Told once, when the claim first came: the frame is judged with it.
    expect(deps.recheckSubframes).toHaveBeenCalledTimes(1);
    deps.recheckSubframes.mockClear();
    const before = (await deps.store.get(TAB))?.frames.find((f) => f.frameId === 0)?.verdict;
    expect(before?.signals).toEqual([claim]);
    badges.length = 0;
    await hello(0, TOP, 100, true);
    // Between the hello and the scan, the tab still knows what the top page claims.
    expect((await deps.store.get(TAB))?.frames.find((f) => f.frameId === 0)?.verdict).toEqual(before);
    await scan(0, TOP, 100, false, { title: '中国人民银行' });
    expect(deps.recheckSubframes).not.toHaveBeenCalled();
    expect(badges.every(([, level]) => level === 'danger')).toBe(true);
  });

  it('a frame at danger re-checking keeps the badge up until its scan answers', async () => {
    const { hello, scan, badges } = setup();
    await hello(4, FRAME, 150);
    await scan(4, FRAME, 150, true);
    await hello(4, FRAME, 150, true);
    expect(badges.at(-1)).toEqual([TAB, 'danger']);
  });

  it('a new document in the frame starts afresh (its first hello, another born)', async () => {
    const { deps, hello, scan } = setup();
    await hello(0, TOP, 100);
    await scan(0, TOP, 100, false, { title: '中国人民银行' });
    await hello(0, TOP, 700);
    expect((await deps.store.get(TAB))?.frames).toEqual([expect.objectContaining({ frameId: 0, born: 700, verdict: null })]);
  });
});

describe('a re-check of the same document, from messages without born (older guards, unit callers)', () => {
  it('a hello with the scanner in keeps the record; one without starts afresh', async () => {
    const { handlers, deps } = setup();
    const top = from(0, TOP);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: { url: TOP, title: '中国人民银行', headings: [], text: '', fields: [] } }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-hello', hasScanner: true }, from: top });
    expect((await deps.store.get(TAB))?.frames[0]?.verdict?.signals).toEqual([claim]);
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: top });
    expect((await deps.store.get(TAB))?.frames[0]?.verdict).toBeNull();
  });
});
