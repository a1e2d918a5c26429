// @vitest-environment jsdom
// The warning after a page's document.open(): the browser erases the listeners on the window, the document and every
// node in it, our host, its closed shadow root and its buttons included (measured in Chromium 150; openDocument stands
// in for it, jsdom's own open() erases nothing). The main-world hook's ring then calls the frame's relisten()
// (platform/early-events.ts), inside the page's call, before the page's script goes on to add listeners of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarningPlan } from '../messaging/protocol';
import { EARLY_EVENTS_GLOBAL, earlyEvents, type EarlyEvents } from '../platform/early-events';
import { WARNING_HOST_MARK, type WarningUiApi } from './api';
import { createWarningUi } from './index';
import { dispatchTrusted, openDocument } from './test-events';

const plan = (): WarningPlan => ({
  level: 'danger',
  fields: [{ index: 0, kind: 'card-number', what: '这是“银行卡号”栏。' }],
  title: '危险：这很可能是诈骗网页',
  why: '这个网址不是支付宝的官方网站，只是名字像。',
  action: '先不要输入。挂断电话，拨打96110问清楚。',
  story: '武汉的案例',
  labels: { dismiss: '我知道了，本页不再提醒', close: '关闭提醒', name: '反诈卫士提醒' },
});

const win = document.defaultView!;
let roots: ShadowRoot[];
let ui: WarningUiApi;
let events: EarlyEvents;
/** Animation-frame callbacks asked for (jsdom runs none by itself). */
let frames: FrameRequestCallback[];
const pageListeners: [string, EventListener][] = [];

/** The page's script right after its document.open(): its own window capture listeners that stop these events. */
function pageStops(...types: string[]): void {
  for (const type of types) {
    const stop: EventListener = (event) => event.stopImmediatePropagation();
    win.addEventListener(type, stop, true);
    pageListeners.push([type, stop]);
  }
}

/** The page opens its document (the hook rings: relisten), stops events, and writes a card field. */
function pageRewrites(): HTMLElement {
  openDocument(document);
  events.relisten();
  pageStops('scroll', 'resize', 'keydown', 'fullscreenchange');
  document.append(document.createElement('html'));
  document.documentElement.innerHTML = '<body><label>银行卡号 <input id="card"></label></body>';
  return withBox(document.getElementById('card')!, 100);
}

function withBox(el: HTMLElement, top: number): HTMLElement {
  el.getBoundingClientRect = () => new DOMRect(100, top, 200, 30);
  return el;
}

const card = () => roots[0]?.querySelector<HTMLElement>('.card');
const bannerEl = () => roots[0]?.querySelector<HTMLElement>('.banner');
const click = (el: Element | null | undefined) => dispatchTrusted(el!, new MouseEvent('click', { bubbles: true, composed: true }));
const escape = (target: EventTarget) => dispatchTrusted(target, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
const runFrames = () => {
  for (const callback of frames.splice(0)) callback(0);
};

beforeEach(() => {
  roots = [];
  frames = [];
  document.body.innerHTML = '<label>银行卡号 <input id="card"></label>';
  withBox(document.getElementById('card')!, 100);
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  vi.spyOn(win, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  // The every-frame script's, made at document_start, before any page script.
  events = earlyEvents(win);
  ui = createWarningUi(document, events);
});
afterEach(() => {
  ui.hideAll();
  for (const [type, listener] of pageListeners.splice(0)) win.removeEventListener(type, listener, true);
  vi.restoreAllMocks();
  document.querySelectorAll(`[${WARNING_HOST_MARK}]`).forEach((host) => host.remove());
  if (!document.documentElement) document.append(document.createElement('html'));
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the warning after a page rewrote itself with document.open()', () => {
  it('a card shown after it follows its field when the page scrolls, though the page stops scroll at its window', () => {
    // The UI was in the frame already (a caution before the rewrite): its window listeners were erased with the rest.
    ui.showFieldWarning(document.getElementById('card')!, plan(), plan().fields[0]!);
    ui.hideFieldWarning();
    const field = pageRewrites();
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    runFrames();
    const before = card()!.style.top;
    withBox(field, 300);
    dispatchTrusted(document, new Event('scroll'));
    runFrames();
    expect(card()!.style.top).not.toBe(before);
  });

  it('and follows a resize', () => {
    const field = pageRewrites();
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    runFrames();
    const before = card()!.style.top;
    withBox(field, 300);
    dispatchTrusted(win, new Event('resize'));
    runFrames();
    expect(card()!.style.top).not.toBe(before);
  });

  it('Escape closes that card, though the page stops keydown at its window', () => {
    const field = pageRewrites();
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    escape(field);
    expect(ui.isShowingFor(field)).toBe(false);
  });

  it('a card showing through the open: its buttons work again, and it follows its field put back', () => {
    const old = document.getElementById('card')!;
    ui.showFieldWarning(old, plan(), plan().fields[0]!);
    runFrames();
    openDocument(document);
    events.relisten();
    // The page puts the very field back into the document it writes.
    document.append(document.createElement('html'));
    document.documentElement.append(document.createElement('body'));
    document.body.append(old);
    runFrames();
    expect(ui.isShowingFor(old)).toBe(true);
    withBox(old, 300);
    const before = card()!.style.top;
    dispatchTrusted(document, new Event('scroll'));
    runFrames();
    expect(card()!.style.top).not.toBe(before);
    click(card()!.querySelector('.close'));
    expect(ui.isShowingFor(old)).toBe(false);
  });

  it('the danger banner showing through the open: its button and its Escape work again', () => {
    ui.showBanner(plan());
    openDocument(document);
    events.relisten();
    document.append(document.createElement('html'));
    escape(bannerEl()!.querySelector('button')!);
    expect(bannerEl()!.hidden).toBe(true);
    // Shown again (a later verdict): its button hides it.
    ui.hideAll();
    roots = [];
    ui = createWarningUi(document, events);
    ui.showBanner(plan());
    openDocument(document);
    events.relisten();
    document.append(document.createElement('html'));
    click(bannerEl()!.querySelector('button'));
    expect(bannerEl()!.hidden).toBe(true);
  });

  it('a relisten with no open (a page can cause one: the guard watches the document element) draws nothing again', () => {
    ui.showBanner(plan());
    ui.showFieldWarning(document.getElementById('card')!, plan(), plan().fields[0]!);
    const buttons = [...roots[0]!.querySelectorAll('button')];
    events.relisten();
    events.relisten();
    const after = [...roots[0]!.querySelectorAll('button')];
    expect(after).toHaveLength(buttons.length);
    // The same elements (toEqual would compare their markup).
    expect(after.every((button, i) => button === buttons[i])).toBe(true);
    // Each listener is there once: one Escape, one hide; the card's close button works as before.
    click(card()!.querySelector('.close'));
    expect(ui.isShowingFor(document.getElementById('card')!)).toBe(false);
  });

  it('after an open, a second relisten with no open draws nothing again (the host listens again too)', () => {
    ui.showBanner(plan());
    openDocument(document);
    events.relisten();
    document.append(document.createElement('html'));
    const buttons = [...roots[0]!.querySelectorAll('button')];
    events.relisten();
    expect([...roots[0]!.querySelectorAll('button')].every((button, i) => button === buttons[i])).toBe(true);
  });

  it("takes the every-frame script's early events from this world's global (it is injected later, into the same world)", () => {
    ui.hideAll();
    roots = [];
    (globalThis as Record<string, unknown>)[EARLY_EVENTS_GLOBAL] = events;
    try {
      ui = createWarningUi(document);
    } finally {
      delete (globalThis as Record<string, unknown>)[EARLY_EVENTS_GLOBAL];
    }
    const field = pageRewrites();
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    escape(field);
    expect(ui.isShowingFor(field)).toBe(false);
  });

  it('the card hidden, no window subscription stays behind; shown again, one', () => {
    const field = document.getElementById('card')!;
    const on = vi.spyOn(events, 'on');
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    ui.showFieldWarning(field, plan(), plan().fields[0]!);
    expect(on.mock.calls.map(([type]) => type).sort()).toEqual(['focusin', 'keydown', 'resize', 'scroll']);
    ui.hideFieldWarning();
    dispatchTrusted(document, new Event('scroll'));
    expect(frames).toHaveLength(0);
  });
});
