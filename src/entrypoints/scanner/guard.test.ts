// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CsBgPageReaders, CsBgScan, ToBackgroundMessage, WarningPlan } from '@/messaging/protocol';
import { WARNING_UI_GLOBAL, type WarningUiApi } from '@/warning-ui/api';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { startGate } from '@/entrypoints/guard.content/gate';
import { earlyEvents } from '@/platform/early-events';
import { SCANNER_GLOBAL } from './api';
import { CARD, clearInjected, fakeBackground as backgroundWith, resetSent, scans, sent, settle } from './guard-harness';
import { controlAttrs } from '@/sensor/control-attrs';
import { MAX_SHADOW_ROOTS } from '@/sensor/collect-controls';
import { createGuard, WATCHED_ATTRIBUTES } from './guard';
import { POLL_MS } from './url-watch';

// Under jsdom, loading the real 'wxt/browser' drags in esbuild, which refuses jsdom's TextEncoder; the content
// script only needs runtime messaging, which the fake browser provides. The guard itself talks through the
// polyfill-free namespace (content-browser.ts); WXT's ContentScriptContext still imports 'wxt/browser'.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/platform/content-browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/**
 * A scan that throws, as one did on a page of 10,000 nested shadow roots: set `next` and the next scan waits for it,
 * then throws (the wait lets a test make a change while that scan runs). Every other scan is the real one.
 */
const scanFault = vi.hoisted(() => ({ next: null as Promise<void> | null }));
vi.mock('./page-facts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./page-facts')>();
  return {
    ...real,
    scanPageSliced: async (...args: Parameters<typeof real.scanPageSliced>) => {
      const fault = scanFault.next;
      if (!fault) return real.scanPageSliced(...args);
      scanFault.next = null;
      await fault;
      throw new RangeError('Maximum call stack size exceeded');
    },
  };
});

/** Delivers a background message the way the browsers do: the answer comes through sendResponse. */
async function fromBackground(message: unknown, senderId: string = fakeBrowser.runtime.id): Promise<unknown[]> {
  const answers: unknown[] = [];
  // The fake's trigger passes every argument on to the listeners; its type only knows (message, sender).
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  await trigger(message, { id: senderId }, (answer: unknown) => void answers.push(answer));
  return answers;
}

/**
 * The gate and the scanner together, as in a page: the fake background "injects" the scanner by publishing its
 * API on the global object when it says go, as the real scanner script does in the isolated world.
 */
function startGuard(context: ContentScriptContext): void {
  gateIn(document, context);
}

/** The gate in `doc`'s frame, with that frame's early listeners (the content script makes them at document_start). */
function gateIn(doc: Document, context: ContentScriptContext = ctx): void {
  startGate(context, doc, earlyEvents(doc.defaultView!));
}

let ctx: ContentScriptContext;
let ui: { [K in keyof WarningUiApi]: K extends 'version' ? 1 : ReturnType<typeof vi.fn> };

const plan = (indices: number[]): WarningPlan => ({
  level: 'danger',
  fields: indices.map((index) => ({ index, kind: 'card-number', what: 'card' })),
  title: 't',
  why: 'w',
  action: 'a',
  labels: { dismiss: 'd', close: 'c', name: 'n' },
});

/** How the fake background answers (reset before each test). */
const background = { refuseReaders: false };

/** The harness's background with this file's plan: danger with a warning on every card number or card password found. */
function fakeBackground(domainKind: 'official' | 'unknown', options: { inject: boolean; createGuard?: typeof createGuard } = { inject: true }) {
  backgroundWith({
    domainKind,
    // Read at each hello: a test turns the injection on after a failed one.
    get inject() {
      return options.inject;
    },
    createGuard: options.createGuard,
    refuseReaders: () => background.refuseReaders,
    answerScan: (message) => {
      const cards = message.facts.fields.filter((f) => f.kind === 'card-number' || f.kind === 'card-pin').map((f) => f.index);
      return { level: cards.length ? 'danger' : 'none', ...(cards.length ? { warning: plan(cards) } : {}) };
    },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  background.refuseReaders = false;
  resetSent();
  document.title = '退款';
  document.body.innerHTML = '<label>银行卡号 <input id="card" name="yhk"></label><label>备注 <input id="note"></label>';
  (document.getElementById('card') as HTMLInputElement).value = CARD;
  ui = { version: 1, showFieldWarning: vi.fn(), hideFieldWarning: vi.fn(), isShowingFor: vi.fn(() => false), showBanner: vi.fn(), hideAll: vi.fn(), isHost: vi.fn(() => false) };
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = ui;
  ctx = new ContentScriptContext('guard-test');
});
afterEach(() => {
  ctx.abort();
  delete (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL];
  clearInjected();
});

describe('the content script in a frame', () => {
  it('says when its document began in its hellos and scans (protocol.ts DocumentBorn), not in its request for the page readers', async () => {
    fakeBackground('unknown');
    startGate(ctx, document, earlyEvents(window), 1_700_000_000_123.4);
    await settle();
    await fromBackground({ type: 'bg-cs-recheck' });
    await settle();
    const types = sent.map((m) => m.type);
    expect(types).toContain('cs-bg-page-readers');
    expect(types.filter((t) => t === 'cs-bg-hello')).toHaveLength(2);
    for (const message of sent) {
      if (message.type === 'cs-bg-page-readers') expect(message).toEqual({ type: 'cs-bg-page-readers' });
      else expect(message).toMatchObject({ born: 1_700_000_000_123.4 });
    }
  });

  it('stops after the gate on an official or trusted host: no scan, no reaction to focus', async () => {
    fakeBackground('official');
    startGuard(ctx);
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-hello']);
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.showFieldWarning).not.toHaveBeenCalled();
  });

  it('does not watch the URL on an official host (no once-a-second poll where there is no Navigation API)', async () => {
    fakeBackground('official');
    const intervals = vi.spyOn(window, 'setInterval');
    startGuard(ctx);
    await settle();
    expect(intervals.mock.calls.filter(([, ms]) => ms === POLL_MS)).toHaveLength(0);
    intervals.mockRestore();
  });

  it('without the scanner (frame gone, injection refused) scans nothing, and asks again at the next focus on a field', async () => {
    const injection = { inject: false };
    fakeBackground('unknown', injection);
    startGuard(ctx);
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-hello']);
    // A page's own (untrusted) focus and a trusted focus that is not on a field do not ask.
    document.getElementById('card')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    dispatchTrusted(document.body, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-hello']);
    // The injection fails again: the next focus asks once more, and nothing is scanned or shown.
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-hello', 'cs-bg-hello']);
    expect(ui.showFieldWarning).not.toHaveBeenCalled();
    // Now the scanner arrives: the guard runs and the card field is reported.
    injection.inject = true;
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent.map((m) => m.type).slice(0, 3)).toEqual(['cs-bg-hello', 'cs-bg-hello', 'cs-bg-hello']);
    expect(scans()).toHaveLength(1);
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toContain('card-number');
    // Once the guard runs, a focus does not ask the background again.
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent.filter((m) => m.type === 'cs-bg-hello')).toHaveLength(3);
  });

  it('asks again at the next focus on a field when the background did not answer', async () => {
    let answer = false;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as ToBackgroundMessage;
      if (message?.type !== 'cs-bg-hello') return undefined;
      sent.push(structuredClone(message));
      return answer ? Promise.resolve({ proceed: false, domainKind: 'official' }) : Promise.reject(new Error('worker restarting'));
    });
    startGuard(ctx);
    await settle();
    expect(sent).toHaveLength(1);
    answer = true;
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent).toHaveLength(2);
    // It answered (official here): no third ask at a later focus.
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('does not ask again once the script is invalidated (extension updated or removed)', async () => {
    fakeBackground('unknown', { inject: false });
    startGuard(ctx);
    await settle();
    ctx.abort();
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['cs-bg-hello']);
  });

  it('elsewhere sends its findings once, never a value', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans()).toHaveLength(1);
    const [scan] = scans();
    expect(scan?.type === 'cs-bg-scan' && scan.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(JSON.stringify(sent)).not.toContain(CARD);
  });

  it('shows the anchored warning on a trusted focus of a warned field, not on an untrusted one', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const card = document.getElementById('card')!;
    card.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.showFieldWarning).not.toHaveBeenCalled();
    dispatchTrusted(card, new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 0 }));
    dispatchTrusted(document.getElementById('note')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.hideFieldWarning).toHaveBeenCalled();
  });

  it.each(['<fanzha-guard-warning>', '<div data-fanzha-guard>'])(
    'a page that wraps its form in an element of its own named like our warning (%s) still gets the warning and the re-scans',
    async (open) => {
      // Our warning is recognised by identity (the UI's isHost), never by a tag or an attribute a page can copy.
      const close = open.startsWith('<div') ? '</div>' : '</fanzha-guard-warning>';
      document.body.innerHTML = `${open}<label>银行卡号 <input id="card" name="yhk"></label><p id="slot"></p>${close}`;
      fakeBackground('unknown');
      startGuard(ctx);
      await settle();
      const card = document.getElementById('card')!;
      dispatchTrusted(card, new FocusEvent('focusin', { bubbles: true, composed: true }));
      expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 0 }));
      // A code field the page adds inside that element later is a page change like any other.
      document.getElementById('slot')!.parentElement!.insertAdjacentHTML('beforeend', '<label>短信验证码 <input name="yzm"></label><button>获取验证码</button>');
      await new Promise((resolve) => setTimeout(resolve, 400));
      await settle();
      expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number', 'otp']);
    },
  );

  it('a card number typed into an unlabelled box makes it a card-number field; the number never leaves', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const note = document.getElementById('note') as HTMLInputElement;
    note.value = '4111 1111 1111 1111';
    note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1); // untrusted input: ignored
    dispatchTrusted(note, new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(2);
    const last = scans().at(-1)!;
    expect(last.type === 'cs-bg-scan' && last.facts.fields.find((f) => f.index === 1)).toMatchObject({ kind: 'card-number', reasons: [{ code: 'typed-card-number' }] });
    expect(JSON.stringify(sent)).not.toMatch(/4111|6222020200112233445/);
  });

  // Red-team page: its beforeinput listener cancels every key and appends the digit itself, so no input event fires.
  it('a card number a page writes into a field itself, key by key (no input event), is found a task after a trusted key', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const note = document.getElementById('note') as HTMLInputElement;
    note.focus();
    note.value = '4111\u200b1111\u200b1111\u200b1111';
    // An untrusted key is nothing.
    note.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
    dispatchTrusted(note, new KeyboardEvent('keydown', { key: '1', bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans().at(-1)!.facts.fields.find((f) => f.index === 1)).toMatchObject({ kind: 'card-number', reasons: [{ code: 'typed-card-number' }] });
    expect(JSON.stringify(sent)).not.toMatch(/4111/);
  });

  it('a card number in the focused field is tested at the next trusted pointerdown anywhere (a paste the page took itself)', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const note = document.getElementById('note') as HTMLInputElement;
    note.focus();
    note.value = '4111111111111111';
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans().at(-1)!.facts.fields.find((f) => f.index === 1)).toMatchObject({ kind: 'card-number', reasons: [{ code: 'typed-card-number' }] });
  });

  it('re-scans after the DOM changes (a form inserted late)', async () => {
    fakeBackground('unknown');
    document.body.innerHTML = '<p>loading</p>';
    startGuard(ctx);
    await settle();
    expect(scans()).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', '<label>短信验证码 <input name="yzm"></label><button>获取验证码</button>');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(scans()).toHaveLength(2);
    const last = scans().at(-1)!;
    expect(last.type === 'cs-bg-scan' && last.facts.fields.map((f) => f.kind)).toEqual(['otp']);
  });

  it.each([
    ['disabled', (box: HTMLElement) => box.removeAttribute('disabled')],
    ['aria-hidden', (box: HTMLElement) => box.closest('[aria-hidden]')!.removeAttribute('aria-hidden')],
  ] as const)('re-scans when the page unlocks a decoy (%s removed): a code box that was bait becomes a real field', async (_name, unlock) => {
    fakeBackground('unknown');
    // Locked and hidden from people: autofill bait, which the classifier leaves out (analyse.ts isDecoy).
    document.body.innerHTML = '<div aria-hidden="true"><label>短信验证码 <input id="yzm" name="yzm" disabled></label><button>获取验证码</button></div>';
    startGuard(ctx);
    await settle();
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    unlock(document.getElementById('yzm')!);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['otp']);
  });

  it('re-scans when only a text changes in place (a framework turning step 1 "姓名" into step 2 "银行卡号")', async () => {
    fakeBackground('unknown');
    document.body.innerHTML = '<label><span id="step">姓名</span> <input id="box" name="f1"></label>';
    startGuard(ctx);
    await settle();
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    // The same text node and the same input: only the node's data changes (no child added or removed).
    (document.getElementById('step')!.firstChild as Text).data = '银行卡号';
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
  });

  it('watches the open shadow roots its scan found: a code field added inside one brings a re-scan', async () => {
    fakeBackground('unknown');
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>loading</p>';
    startGuard(ctx);
    await settle();
    expect(scans()).toHaveLength(1);
    root.innerHTML = '<label>短信验证码 <input name="yzm"></label><button>获取验证码</button>';
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(scans()).toHaveLength(2);
    const last = scans().at(-1)!;
    expect(last.type === 'cs-bg-scan' && last.facts.fields.map((f) => f.kind)).toEqual(['card-number', 'otp']);
  });

  it('re-sends its scan when a single-page app changes the URL (the background forgot the tab)', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans()).toHaveLength(1);
    history.pushState({}, '', '/refund/step-2');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await settle();
    expect(scans()).toHaveLength(2);
    const last = scans().at(-1)!;
    expect(last.type === 'cs-bg-scan' && last.facts.url).toMatch(/\/refund\/step-2$/);
  });

  it('marks the scan it re-sends at a history change as from the same document, and re-sends it at the same URL too', async () => {
    // Chrome reports every history change of the top document to the background as the tab `loading`, a
    // replaceState to the same URL included, and the background forgets the tab: the mark lets it put the frames
    // back (handlers.ts). Under the Navigation API the guard hears each change (url-watch.ts).
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    try {
      fakeBackground('unknown');
      startGuard(ctx);
      await settle();
      const entryChange = async () => {
        dispatchTrusted(navigation, new Event('currententrychange'));
        await settle();
      };
      await entryChange();
      history.replaceState({ scroll: 1 }, '');
      await entryChange();
      // A change the page makes to itself is scanned as usual, unmarked.
      document.body.insertAdjacentHTML('beforeend', '<label>短信验证码 <input name="yzm"></label>');
      await new Promise((resolve) => setTimeout(resolve, 400));
      await settle();
      expect(scans().map((m) => m.type === 'cs-bg-scan' && m.sameDocument)).toEqual([false, true, true, false]);
    } finally {
      delete (window as { navigation?: unknown }).navigation;
    }
  });

  it('a re-check that finds the site trusted now removes the warning UI and stops listening', async () => {
    let kind: 'unknown' | 'official' = 'unknown';
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as ToBackgroundMessage;
      if (message?.type === 'cs-bg-hello') {
        if (kind !== 'official') (globalThis as Record<string, unknown>)[SCANNER_GLOBAL] ??= { version: 1, createGuard };
        return Promise.resolve({ proceed: kind !== 'official', domainKind: kind });
      }
      if (message?.type === 'cs-bg-scan') return Promise.resolve({ level: 'danger', warning: plan([0]) });
      return undefined;
    });
    startGuard(ctx);
    await settle();
    // The guard ran: a focus on the warned field shows the warning.
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.showFieldWarning).toHaveBeenCalledTimes(1);
    kind = 'official';
    const answers = await fromBackground({ type: 'bg-cs-recheck' });
    await settle();
    expect(answers).toEqual([{ done: true }]);
    expect(ui.hideAll).toHaveBeenCalled();
    ui.showFieldWarning.mockClear();
    dispatchTrusted(document.getElementById('card')!, new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(ui.showFieldWarning).not.toHaveBeenCalled();
  });

  it('after a re-check that keeps going, DOM changes still trigger scans (the new observer watches the page)', async () => {
    fakeBackground('unknown');
    document.body.innerHTML = '<p>loading</p>';
    startGuard(ctx);
    await settle();
    await fromBackground({ type: 'bg-cs-recheck' });
    await settle();
    // The second gate says the scanner is there already, so the background does not inject it again.
    expect(sent.filter((m) => m.type === 'cs-bg-hello').map((m) => m.type === 'cs-bg-hello' && m.hasScanner)).toEqual([false, true]);
    const before = scans().length;
    document.body.insertAdjacentHTML('beforeend', '<label>银行卡号 <input name="yhk"></label>');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(scans().length).toBe(before + 1);
  });

  it('the top frame leaves a subframes-only re-check to the frames below it (no answer, no new gate)', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const before = sent.length;
    const answers = await fromBackground({ type: 'bg-cs-recheck', subframesOnly: true });
    await settle();
    expect(answers).toEqual([]);
    expect(sent.length).toBe(before);
  });

  it('a page with no field sends its text once the background asks (a frame of another site below needs it), and keeps sending it', async () => {
    fakeBackground('unknown');
    document.body.innerHTML = '<h1>中国人民银行</h1><p>您的账户涉嫌洗钱案件，请配合清查。</p>';
    startGuard(ctx);
    await settle();
    const last = () => {
      const m = scans().at(-1)!;
      if (m.type !== 'cs-bg-scan') throw new Error('no scan');
      return m.facts;
    };
    expect(last()).toMatchObject({ fields: [], headings: [], text: '' });
    await fromBackground({ type: 'bg-cs-recheck', pageText: true });
    await settle();
    expect(last().headings).toContain('中国人民银行');
    expect(last().text).toContain('涉嫌洗钱');
    // A later plain re-check (popup, trusted list) does not take the text away again.
    await fromBackground({ type: 'bg-cs-recheck' });
    await settle();
    expect(last().text).toContain('涉嫌洗钱');
  });

  it('ignores a re-check from anyone but this extension', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    const before = sent.length;
    const answers = await fromBackground({ type: 'bg-cs-recheck' }, 'another-extension');
    await settle();
    expect(sent.length).toBe(before);
    expect(answers).toEqual([]);
  });
});

describe('a page that stops focus and input events at its window', () => {
  it('still gets the field warning and the typed-card check: the content script heard them first', async () => {
    // As in a page: the every-frame script's listeners come at document_start, the page's own after them.
    const events = earlyEvents(window);
    const stop = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('focusin', stop, true);
    window.addEventListener('input', stop, true);
    try {
      fakeBackground('unknown');
      startGate(ctx, document, events);
      await settle();
      const card = document.getElementById('card') as HTMLInputElement;
      card.focus();
      expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.anything(), expect.objectContaining({ index: 0 }));
      const note = document.getElementById('note') as HTMLInputElement;
      note.focus();
      note.value = '4111 1111 1111 1111';
      dispatchTrusted(note, new InputEvent('input', { bubbles: true, composed: true }));
      await settle();
      expect(scans().at(-1)!.facts.fields.map((f) => [f.index, f.reasons[0]!.code])).toContainEqual([1, 'typed-card-number']);
    } finally {
      window.removeEventListener('focusin', stop, true);
      window.removeEventListener('input', stop, true);
    }
  });

  it('sends its scan again when the page comes back from the back/forward cache, even if the page stops pageshow', async () => {
    const events = earlyEvents(window);
    const stop = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('pageshow', stop, true);
    window.addEventListener('pageshow', stop);
    try {
      fakeBackground('unknown');
      startGate(ctx, document, events);
      await settle();
      expect(scans()).toHaveLength(1);
      // A page's own pageshow, and a load that is not from the cache, change nothing.
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      dispatchTrusted(window, new PageTransitionEvent('pageshow', { persisted: false }));
      await settle();
      expect(scans()).toHaveLength(1);
      // Back from the cache: the background forgot the tab when it was left, so the same facts go again.
      dispatchTrusted(window, new PageTransitionEvent('pageshow', { persisted: true }));
      await settle();
      expect(scans()).toHaveLength(2);
      expect(scans()[1]!.facts).toEqual(scans()[0]!.facts);
    } finally {
      window.removeEventListener('pageshow', stop, true);
      window.removeEventListener('pageshow', stop);
    }
  });
});

describe('a scan that throws (a page built to break the sensor)', () => {
  it('costs that scan only: the run still ends, and a change made meanwhile is scanned', async () => {
    document.body.innerHTML = '<p>loading</p>';
    const sendScan = vi.fn(async (_message: CsBgScan | CsBgPageReaders) => ({ level: 'none' as const }));
    const guard = createGuard(ctx, document, sendScan, earlyEvents(window));
    let release = (): void => {};
    scanFault.next = new Promise<void>((resolve) => (release = resolve));
    const running = guard.run({ proceed: true, domainKind: 'unknown' });
    // While the first scan runs, the page adds a code field: its scan waits for the running one to end.
    document.body.insertAdjacentHTML('beforeend', '<label>短信验证码 <input name="yzm"></label><button>获取验证码</button>');
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    await expect(running).resolves.toBeUndefined();
    await settle();
    // The scan that found the code field also asked for the page readers (this background has none to give).
    const scansSent = sendScan.mock.calls.map(([message]) => message).filter((message): message is CsBgScan => message.type === 'cs-bg-scan');
    expect(scansSent.map((message) => message.facts.fields.map((f) => f.kind))).toEqual([['otp']]);
    guard.stop(true);
  });
});

describe('a form in an open shadow root past the walk\'s cap', () => {
  it('is scanned once a trusted focus lands on its field, and the warning goes to that field', async () => {
    // MAX_SHADOW_ROOTS empty open roots first, so the walk stops before the form's.
    document.body.innerHTML = '<h1>退款</h1>';
    const decoys = document.createElement('div');
    for (let i = 0; i < MAX_SHADOW_ROOTS; i++) decoys.appendChild(document.createElement('span')).attachShadow({ mode: 'open' });
    document.body.append(decoys);
    const host = document.body.appendChild(document.createElement('div'));
    host.attachShadow({ mode: 'open' }).innerHTML = '<label>银行卡号 <input id="card" name="yhk"></label>';
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    const card = host.shadowRoot!.getElementById('card') as HTMLInputElement;
    card.focus();
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 0 }));
  });
});

describe('a form in a closed shadow root', () => {
  /**
   * The page: a heading and a host whose closed root holds the card field and a plain note field. The host is deeper
   * than each scan's look for closed roots near the top of the body (closed-page.test.ts): only a focus finds it.
   */
  function closedForm(): { host: Element; root: ShadowRoot; asked: Element[]; guardWith: typeof createGuard } {
    document.body.innerHTML = '<h1>退款</h1><div><div><div><div id="host"></div></div></div></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<label>银行卡号 <input id="card" name="yhk"></label><label>备注 <input id="note"></label>';
    const asked: Element[] = [];
    // What chrome.dom.openOrClosedShadowRoot / element.openOrClosedShadowRoot answer in a content script.
    const reader = (el: Element): ShadowRoot | null => {
      asked.push(el);
      return el === host ? root : null;
    };
    return { host, root, asked, guardWith: (c, d, s, e) => createGuard(c, d, s, e, reader) };
  }
  const focusIn = () => new FocusEvent('focusin', { bubbles: true, composed: true });

  it('is scanned once a trusted focus lands on one of its fields, and the warning goes to that field', async () => {
    const { host, root, asked, guardWith } = closedForm();
    fakeBackground('unknown', { inject: true, createGuard: guardWith });
    startGuard(ctx);
    await settle();
    // Before any focus the host was not asked about (only the focused body and the top of the body), and the first
    // scan saw no field.
    expect(asked).not.toContain(host);
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    // jsdom's focus() fires trusted focus events, as a click would. The focusin names the host (the root is
    // closed): the guard asks about the host and scans again with its root.
    const card = root.getElementById('card') as HTMLInputElement;
    card.focus();
    await settle();
    expect(asked.filter((el) => el === host)).toHaveLength(1);
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 0 }));
    // A later focus in the same root needs no new question, and the warning follows the focused field.
    (root.getElementById('note') as HTMLInputElement).focus();
    expect(ui.hideFieldWarning).toHaveBeenCalled();
    ui.showFieldWarning.mockClear();
    card.focus();
    expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.anything(), expect.anything());
    await settle();
    expect(asked.filter((el) => el === host)).toHaveLength(1);
    expect(scans()).toHaveLength(2);
  });

  it('forgets the root of a host the page removed (it keeps no removed element alive)', async () => {
    const { host, root, asked, guardWith } = closedForm();
    fakeBackground('unknown', { inject: true, createGuard: guardWith });
    startGuard(ctx);
    await settle();
    (root.getElementById('card') as HTMLInputElement).focus();
    await settle();
    expect(asked.filter((el) => el === host)).toHaveLength(1);
    // The page takes the form away: the next scan drops it. Put back, it has to be shown to the guard again.
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
    (root.getElementById('card') as HTMLInputElement).blur();
    document.body.append(host);
    (root.getElementById('card') as HTMLInputElement).focus();
    await settle();
    expect(asked.filter((el) => el === host)).toHaveLength(2);
  });

  it('a focus event the page dispatched itself shows it nothing', async () => {
    const { host, root, asked, guardWith } = closedForm();
    fakeBackground('unknown', { inject: true, createGuard: guardWith });
    startGuard(ctx);
    await settle();
    root.getElementById('card')!.dispatchEvent(focusIn());
    await settle();
    expect(asked).not.toContain(host);
    expect(scans()).toHaveLength(1);
  });

  it('a card number typed into its unlabelled box makes that box a card-number field', async () => {
    const { root, guardWith } = closedForm();
    fakeBackground('unknown', { inject: true, createGuard: guardWith });
    startGuard(ctx);
    await settle();
    const note = root.getElementById('note') as HTMLInputElement;
    note.focus();
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    note.value = '4111 1111 1111 1111';
    dispatchTrusted(note, new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => [f.kind, f.index])).toEqual([['card-number', 0], ['card-number', 1]]);
    expect(JSON.stringify(sent)).not.toContain('4111');
  });
});

describe('an editable box standing in for a field (a <div contenteditable>)', () => {
  /** The page: a note field, a box after the words 银行卡号, a box after words that ask for nothing, a rich editor. */
  function boxes(): { card: HTMLElement; plain: HTMLElement; editor: HTMLElement } {
    document.body.innerHTML =
      '<h1>退款</h1><label>备注 <input id="note"></label>' +
      '<div class="row"><span>银行卡号</span><div id="card" contenteditable="true"></div></div>' +
      '<p>其他说明</p><div class="row"><div id="plain" contenteditable></div></div>' +
      '<div id="editor" contenteditable><p>留言</p><p>一</p><p>二</p></div>';
    const get = (id: string) => document.getElementById(id) as HTMLElement;
    return { card: get('card'), plain: get('plain'), editor: get('editor') };
  }
  const typeInto = (box: HTMLElement, text: string) => {
    box.append(text);
    dispatchTrusted(box, new InputEvent('input', { bubbles: true, composed: true }));
  };

  it('is scanned once someone focuses it, after the controls, and the warning goes to it', async () => {
    const { card } = boxes();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    // No box is looked for before a focus: the first scan knows the note field only.
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    card.focus();
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => [f.index, f.kind])).toEqual([[1, 'card-number']]);
    expect(ui.showFieldWarning).toHaveBeenCalledWith(card, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 1 }));
    // It stays in the scans without a new question: moving away and back shows the warning again.
    (document.getElementById('note') as HTMLInputElement).focus();
    card.focus();
    await settle();
    expect(scans()).toHaveLength(2);
    expect(ui.showFieldWarning).toHaveBeenCalledTimes(2);
  });

  it('a page-dispatched focus shows it nothing', async () => {
    const { card } = boxes();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    card.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('a box focused before the guard ran (the focus that started it) is in its first scan', async () => {
    const { card } = boxes();
    card.focus();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans()[0]!.facts.fields.map((f) => [f.index, f.kind])).toEqual([[1, 'card-number']]);
  });

  it('a card number typed into a box with no words makes it a card-number field, and the number is sent nowhere', async () => {
    const { plain } = boxes();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    plain.focus();
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
    typeInto(plain, '4111 1111 1111 1111');
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => [f.index, f.kind, f.reasons[0]!.code])).toEqual([[1, 'card-number', 'typed-card-number']]);
    // The page now has a sensitive field, so its text went with the scan: without what was typed into the box.
    expect(scans().at(-1)!.facts.text).toContain('银行卡号');
    expect(JSON.stringify(sent)).not.toContain('4111');
  });

  it('a box the page draws typed digits into itself (role="textbox", no input event) is tested at the next scan', async () => {
    boxes();
    document.body.insertAdjacentHTML('beforeend', '<p>附言</p><div id="drawn" role="textbox" tabindex="0"></div>');
    const drawn = document.getElementById('drawn')!;
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    drawn.focus();
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
    // The page's own key handler writes the digits; the DOM change brings a scan (after the 300 ms quiet time).
    drawn.textContent = '4111 1111 1111 1111';
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    const last = scans().at(-1)!;
    expect(last.facts.fields.map((f) => [f.id, f.kind, f.reasons[0]!.code])).toEqual([['drawn', 'card-number', 'typed-card-number']]);
    expect(JSON.stringify(sent)).not.toContain('4111');
  });

  it('what is typed into a rich editor is not tested as a card number', async () => {
    const { editor } = boxes();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    editor.focus();
    await settle();
    const before = scans().length;
    typeInto(editor, '4111 1111 1111 1111');
    await settle();
    expect(scans().slice(before).flatMap((m) => m.facts.fields)).toEqual([]);
  });

  it('is dropped from the scans once the page takes it away or locks it', async () => {
    const { card } = boxes();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    card.focus();
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.index)).toEqual([1]);
    card.setAttribute('contenteditable', 'false');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
    // Editable again, it waits for the next focus; taken away, it is gone for good.
    card.setAttribute('contenteditable', 'true');
    card.blur();
    card.focus();
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.index)).toEqual([1]);
    card.remove();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
  });

  it('without the scanner, a focus on a box asks the background again', async () => {
    const { card } = boxes();
    const injection = { inject: false };
    fakeBackground('unknown', injection);
    startGuard(ctx);
    await settle();
    injection.inject = true;
    card.focus();
    await settle();
    expect(sent.filter((m) => m.type === 'cs-bg-hello')).toHaveLength(2);
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
  });
});

describe('a field whose label people read otherwise than the DOM says (red-team page)', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<style>.q{display:none}</style><label for="a">银<span class="q">乙</span>行<span class="q">乙</span>卡<span class="q">乙</span>号</label>' +
      '<input id="a"><label>备注 <input id="note"></label>';
  });
  const focusIn = (el: Element, trusted = true) => {
    const event = new FocusEvent('focusin', { bubbles: true, composed: true });
    if (trusted) dispatchTrusted(el, event);
    else el.dispatchEvent(event);
  };

  it('is scanned again at a trusted focus, with its label as people see it, and the warning goes to it', async () => {
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    const field = document.getElementById('a')!;
    focusIn(field, false);
    await settle();
    expect(scans()).toHaveLength(1);
    field.focus(); // the page's own focus event is untrusted: the trusted one follows
    focusIn(field);
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => [f.index, f.kind, f.reasons[0]])).toEqual([[0, 'card-number', { code: 'label', detail: '银行卡号' }]]);
    expect(ui.showFieldWarning).toHaveBeenCalledWith(field, expect.anything(), expect.objectContaining({ index: 0 }));
    // Read once: focusing it again, or the field beside it, costs no scan.
    focusIn(document.getElementById('note')!);
    focusIn(field);
    await settle();
    expect(scans()).toHaveLength(2);
    // The reader was asked for once, at the first focus that needed it (not by the page's untrusted one).
    expect(sent.filter((m) => m.type === 'cs-bg-page-readers')).toHaveLength(1);
  });

  it('a focus with nothing to read asks for no reader: a field the scan found, or one that takes no number', async () => {
    document.body.innerHTML = '<label>邮箱 <input id="mail" type="email"></label><label>搜索 <input id="q" type="search"></label>';
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    focusIn(document.getElementById('mail')!);
    focusIn(document.getElementById('q')!);
    await settle();
    expect(sent.map((m) => m.type)).not.toContain('cs-bg-page-readers');
    // A card field: its scan asks for the readers (for the page's text), and its focus asks nothing more.
    document.body.insertAdjacentHTML('beforeend', '<label>银行卡号 <input id="card"></label>');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    focusIn(document.getElementById('card')!);
    await settle();
    expect(sent.filter((m) => m.type === 'cs-bg-page-readers')).toHaveLength(1);
  });

  it('a reader the background could not inject is asked for again at the next focus', async () => {
    fakeBackground('unknown');
    background.refuseReaders = true;
    startGuard(ctx);
    await settle();
    const field = document.getElementById('a')!;
    focusIn(field);
    await settle();
    expect(scans()).toHaveLength(1);
    background.refuseReaders = false;
    focusIn(field);
    await settle();
    expect(sent.filter((m) => m.type === 'cs-bg-page-readers')).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
  });
});

describe('a number pad the page drew itself (divs for keys, no input)', () => {
  function padPage(): { pad: HTMLElement; key: (digit: string) => HTMLElement } {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '删除', '0', '完成'].map((k) => `<div class="key">${k}</div>`).join('');
    document.body.innerHTML =
      '<label>备注 <input id="note"></label><div class="title">请输入银行卡取款密码</div>' +
      `<div class="dots"><i></i><i></i><i></i><i></i><i></i><i></i></div><div id="pad">${keys}</div>`;
    const pad = document.getElementById('pad') as HTMLElement;
    const key = (digit: string) => [...pad.children].find((el) => el.textContent === digit) as HTMLElement;
    return { pad, key };
  }
  const press = (el: Element, trusted = true) => {
    const event = new MouseEvent('pointerdown', { bubbles: true, composed: true });
    if (trusted) dispatchTrusted(el, event);
    else el.dispatchEvent(event);
  };

  it('joins the scans at the first key pressed, as a card-password box, and its warning shows at once', async () => {
    const { pad, key } = padPage();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    // No pad is looked for before a key is pressed.
    expect(scans().map((m) => m.facts.fields.length)).toEqual([0]);
    press(key('5'));
    await settle();
    expect(scans()).toHaveLength(2);
    expect(scans()[1]!.facts.fields.map((f) => [f.index, f.kind])).toEqual([[1, 'card-pin']]);
    expect(ui.showFieldWarning).toHaveBeenCalledWith(pad, expect.objectContaining({ level: 'danger' }), expect.objectContaining({ index: 1 }));
    // Which key was pressed goes nowhere: the scan holds kinds and words, no digit.
    expect(JSON.stringify(scans()[1])).not.toMatch(/"5"|:5[,}]/);
    // The next key: no new scan, the warning is there already.
    ui.isShowingFor.mockReturnValue(true);
    press(key('7'));
    await settle();
    expect(scans()).toHaveLength(2);
  });

  it('a key pressed while a warned field keeps the focus shows the pad\'s warning, not the field\'s', async () => {
    const { pad, key } = padPage();
    document.body.insertAdjacentHTML('afterbegin', '<label>银行卡号 <input id="card" name="yhk"></label>');
    const card = document.getElementById('card') as HTMLInputElement;
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    card.focus();
    await settle();
    expect(ui.showFieldWarning).toHaveBeenLastCalledWith(card, expect.anything(), expect.objectContaining({ index: 0 }));
    // Divs take no focus: the card field keeps it while the keys are pressed.
    press(key('5'));
    await settle();
    expect(document.activeElement).toBe(card);
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number', 'card-pin']);
    expect(ui.showFieldWarning).toHaveBeenLastCalledWith(pad, expect.anything(), expect.objectContaining({ index: 2 }));
  });

  it('a key press the page dispatched itself shows it nothing; nor does a press outside a pad', async () => {
    const { key } = padPage();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    press(key('5'), false);
    press(document.querySelector('.title')!);
    await settle();
    expect(scans()).toHaveLength(1);
  });

  const readerRequests = () => sent.filter((m) => m.type === 'cs-bg-page-readers').length;

  it('is looked for by the page readers (sensor/pin-pad.ts), which the frame\'s first press asks for: none before it', async () => {
    const { key } = padPage();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(readerRequests()).toBe(0);
    // A press outside a pad: the readers come in, and find no pad (no new scan).
    press(document.querySelector('.title')!);
    await settle();
    expect(readerRequests()).toBe(1);
    expect(scans()).toHaveLength(1);
    // At the key they are in already: asked for once.
    press(key('5'));
    await settle();
    expect(readerRequests()).toBe(1);
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-pin']);
  });

  it('is not found while the background cannot put the page readers in; the next press asks again', async () => {
    const { key } = padPage();
    background.refuseReaders = true;
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    press(key('5'));
    await settle();
    expect(scans()).toHaveLength(1);
    background.refuseReaders = false;
    press(key('5'));
    await settle();
    expect(readerRequests()).toBe(2);
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-pin']);
  });

  it('is dropped from the scans once the page takes it away', async () => {
    const { pad, key } = padPage();
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    press(key('5'));
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-pin']);
    pad.remove();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    expect(scans().at(-1)!.facts.fields).toEqual([]);
  });
});

describe('a form in an open shadow root', () => {
  it('the warning follows focus from field to field inside the root (that focus never reaches the document)', async () => {
    document.body.innerHTML = '<h1>退款</h1><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label>银行卡号 <input id="card" name="yhk"></label><label>备注 <input id="note"></label>';
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans()[0]!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    const card = root.getElementById('card') as HTMLInputElement;
    card.focus();
    expect(ui.showFieldWarning).toHaveBeenCalledTimes(1);
    (root.getElementById('note') as HTMLInputElement).focus();
    expect(ui.hideFieldWarning).toHaveBeenCalled();
    card.focus();
    expect(ui.showFieldWarning).toHaveBeenCalledTimes(2);
  });
});

describe('what the guard watches', () => {
  it('every attribute a control snapshot reads brings a re-scan when it changes', () => {
    const read = Object.keys(controlAttrs(document.createElement('input')));
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !WATCHED_ATTRIBUTES.includes(name))).toEqual([]);
  });

  it('a control given an aria-describedby later (its only name) brings a re-scan', async () => {
    document.body.innerHTML = '<p><input id="x" inputmode="numeric"></p><p>　</p><footer><small id="d">请输入收款银行卡号</small></footer>';
    fakeBackground('unknown');
    startGuard(ctx);
    await settle();
    expect(scans().at(-1)?.facts.fields ?? []).toEqual([]);
    document.getElementById('x')!.setAttribute('aria-describedby', 'd');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await settle();
    expect(scans().at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number']);
  });
});

describe('an empty subframe (the hidden about:blank helpers many pages carry)', () => {
  // Only the gate is looked at here: jsdom cannot run the guard across its frames' realms (a browser runs each
  // frame's guard in that frame). The e2e test blank-frame-late.html covers the scan after the wait.
  function subframe(): Document {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    return frame.contentDocument!;
  }
  const hellos = () => sent.filter((m) => m.type === 'cs-bg-hello');

  it('sends no gate message (so gets no scanner) until an element is put into it', async () => {
    fakeBackground('official');
    const doc = subframe();
    gateIn(doc);
    await settle();
    doc.body.append(doc.createTextNode('text alone holds no field'));
    await settle();
    expect(hellos()).toEqual([]);
    doc.body.innerHTML = '<label>银行卡号 <input name="yhk"></label>';
    await settle();
    expect(hellos()).toHaveLength(1);
    // Later changes are the guard's business, not a second gate.
    doc.body.insertAdjacentHTML('beforeend', '<p>更多</p>');
    await settle();
    expect(hellos()).toHaveLength(1);
  });

  it('is not empty with an element beside its body, or an open shadow root on its body', async () => {
    fakeBackground('official');
    const beside = subframe();
    gateIn(beside);
    await settle();
    expect(hellos()).toEqual([]);
    // Rendered after the body, and never inside it.
    beside.documentElement.append(beside.createElement('form'));
    await settle();
    expect(hellos()).toHaveLength(1);
    const shadowed = subframe();
    shadowed.body.attachShadow({ mode: 'open' }).innerHTML = '<label>银行卡号 <input name="yhk"></label>';
    gateIn(shadowed);
    await settle();
    expect(hellos()).toHaveLength(2);
  });

  it('a trusted focus inside it ends the wait (a closed shadow root on its body shows no element)', async () => {
    fakeBackground('official');
    const doc = subframe();
    gateIn(doc);
    await settle();
    const root = doc.body.attachShadow({ mode: 'closed' });
    root.innerHTML = '<label>银行卡号 <input name="yhk"></label>';
    await settle();
    expect(hellos()).toEqual([]);
    // The page's own focus event does nothing; a person's does.
    doc.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(hellos()).toEqual([]);
    dispatchTrusted(doc.body, new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    expect(hellos()).toHaveLength(1);
  });

  it('sees a form written with document.open() and write()', async () => {
    fakeBackground('official');
    const doc = subframe();
    gateIn(doc);
    await settle();
    doc.open();
    doc.write('<!doctype html><body><label>短信验证码 <input name="yzm"></label></body>');
    doc.close();
    await settle();
    expect(hellos()).toHaveLength(1);
  });

  it('a subframe with content asks at once, and so does an empty top frame (its address alone can make a verdict)', async () => {
    fakeBackground('official');
    const doc = subframe();
    doc.body.innerHTML = '<p>说明</p>';
    gateIn(doc);
    await settle();
    expect(hellos()).toHaveLength(1);
    document.body.innerHTML = '';
    gateIn(document);
    await settle();
    expect(hellos()).toHaveLength(2);
  });

  it('a re-check ends the wait: one gate, not a second one when content comes', async () => {
    fakeBackground('official');
    const doc = subframe();
    gateIn(doc);
    await settle();
    await fromBackground({ type: 'bg-cs-recheck' });
    expect(hellos()).toHaveLength(1);
    doc.body.innerHTML = '<label>银行卡号 <input name="yhk"></label>';
    await settle();
    expect(hellos()).toHaveLength(1);
  });

  it('stops waiting when the script is invalidated', async () => {
    fakeBackground('official');
    const doc = subframe();
    gateIn(doc);
    await settle();
    ctx.abort();
    doc.body.innerHTML = '<label>银行卡号 <input name="yhk"></label>';
    await settle();
    expect(hellos()).toEqual([]);
  });
});
