// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarningPlan } from '../messaging/protocol';
import { WARNING_HOST_MARK, type WarningUiApi } from './api';
import { hostStyle } from './host';
import { createWarningUi as create } from './index';
import { MARGIN } from './position';
import { HOST_STYLE } from './styles';
import { dispatchTrusted } from './test-events';

/** The host, found the way a test (or a person reading the DOM) finds it: by its attribute. */
const HOST = `[${WARNING_HOST_MARK}]`;

const plan = (overrides: Partial<WarningPlan> = {}): WarningPlan => ({
  level: 'danger',
  fields: [{ index: 0, kind: 'otp', what: '这是“短信验证码”栏。' }],
  title: '危险：这很可能是诈骗网页',
  why: '这个网址不是支付宝的官方网站，只是名字像。',
  action: '先不要输入。挂断电话，拨打96110问清楚。',
  story: '武汉的案例',
  labels: { dismiss: '我知道了，本页不再提醒', close: '关闭提醒', name: '反诈卫士提醒' },
  ...overrides,
});

/** The closed shadow roots created during a test (pages cannot get them; the test spies on attachShadow). */
let roots: ShadowRoot[] = [];
const uis: WarningUiApi[] = [];
const createWarningUi = (doc: Document): WarningUiApi => {
  const ui = create(doc);
  uis.push(ui);
  return ui;
};
beforeEach(() => {
  roots = [];
  document.body.innerHTML = '<label>短信验证码 <input id="code"></label><input id="other">';
  // jsdom has no layout: give the field a box, as a rendered field has (a field without one gets no warning).
  document.getElementById('code')!.getBoundingClientRect = () => new DOMRect(100, 100, 200, 30);
  const original = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
});
afterEach(() => {
  for (const ui of uis.splice(0)) ui.hideAll();
  vi.restoreAllMocks();
  document.querySelectorAll(HOST).forEach((host) => host.remove());
});

const field = () => document.getElementById('code')!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const card = () => roots[0]?.querySelector<HTMLElement>('.card');
const bannerEl = () => roots[0]?.querySelector<HTMLElement>('.banner');
const click = (el: Element | null | undefined, isTrusted = true) => {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  if (isTrusted) dispatchTrusted(el!, event);
  else el!.dispatchEvent(event);
};

describe('the anchored field warning', () => {
  it('lives in a closed shadow root under <div data-fanzha-guard>, as an alert with all three parts', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    const host = document.querySelector(HOST)!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(card()?.getAttribute('role')).toBe('alert');
    const text = card()!.textContent!;
    expect(text).toContain('这是“短信验证码”栏。');
    expect(text).toContain('这个网址不是支付宝的官方网站');
    expect(text).toContain('挂断电话，拨打96110');
    expect(ui.isShowingFor(field())).toBe(true);
  });

  it('a page that defined a custom element under our old host name, or any name, cannot take the host over', () => {
    // Pages can define a custom element under any hyphenated name before we create ours; the browser would run
    // the page's constructor on our host (here it takes the shadow root first, and removes the host when attached).
    let constructed = 0;
    customElements.define(
      'fanzha-guard-warning',
      class extends HTMLElement {
        constructor() {
          super();
          constructed++;
          this.attachShadow({ mode: 'open' });
        }
        connectedCallback(): void {
          this.remove();
        }
      },
    );
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    expect(constructed).toBe(0);
    const host = document.querySelector(HOST)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(card()?.textContent).toContain('这是“短信验证码”栏。');
  });

  it('knows its host by identity: an element the page marks the same way is not it', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    const fake = document.createElement('div');
    fake.setAttribute(WARNING_HOST_MARK, '');
    document.body.append(fake);
    expect(ui.isHost(document.querySelector(`html > ${HOST}`))).toBe(true);
    expect(ui.isHost(fake)).toBe(false);
    expect(ui.isHost(null)).toBe(false);
    ui.hideAll();
    expect(ui.isHost(document.querySelector(`html > ${HOST}`))).toBe(false);
  });

  it('renders text as text, never as markup', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan({ why: '<img src=x onerror="alert(1)">' }), plan().fields[0]!);
    expect(card()!.querySelector('img')).toBeNull();
    expect(card()!.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('ignores untrusted clicks on its buttons', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    click(card()!.querySelector('.dismiss'), false);
    click(card()!.querySelector('.close'), false);
    expect(ui.isShowingFor(field())).toBe(true);
  });

  it('"dismiss" silences field warnings for this page at that level, and a higher level warns again', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan({ level: 'caution' }), plan().fields[0]!);
    click(card()!.querySelector('.dismiss'));
    expect(ui.isShowingFor(field())).toBe(false);
    ui.showFieldWarning(field(), plan({ level: 'caution' }), plan().fields[0]!);
    expect(ui.isShowingFor(field())).toBe(false);
    ui.showFieldWarning(field(), plan({ level: 'danger' }), plan().fields[0]!);
    expect(ui.isShowingFor(field())).toBe(true);
  });

  it('× only hides until the next focus', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    click(card()!.querySelector('.close'));
    expect(ui.isShowingFor(field())).toBe(false);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    expect(ui.isShowingFor(field())).toBe(true);
  });

  it('Escape hides it; an untrusted Escape does not', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isShowingFor(field())).toBe(true);
    dispatchTrusted(document, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui.isShowingFor(field())).toBe(false);
  });

  it('its buttons are real, focusable buttons with names', () => {
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    const buttons = [...card()!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['我知道了，本页不再提醒', '关闭提醒']);
    for (const button of buttons) expect(button.tabIndex).toBe(0);
  });
});

describe('a field the page keeps off the screen', () => {
  const noBox = () => new DOMRect(0, 0, 0, 0);
  const offscreen = () => new DOMRect(-9999, 100, 200, 30);

  it.each([
    ['shrunk to nothing', noBox],
    ['moved off the window', offscreen],
  ])('%s while typed into: the card shows at the top of the window, without an arrow', (_, rect) => {
    field().getBoundingClientRect = rect;
    field().focus();
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    expect(ui.isShowingFor(field())).toBe(true);
    expect(card()!.hidden).toBe(false);
    expect(card()!.classList.contains('free')).toBe(true);
    expect(card()!.style.top).toBe(`${MARGIN}px`);
  });

  it('shrunk to nothing and not typed into: no card (the field was hidden or removed)', () => {
    field().getBoundingClientRect = noBox;
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    expect(card()?.hidden ?? true).toBe(true);
  });

  it('an ordinary field gets its card beside it, with an arrow', () => {
    field().focus();
    const ui = createWarningUi(document);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    expect(card()!.classList.contains('free')).toBe(false);
  });
});

describe('the danger banner', () => {
  it('shows on danger only', () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan({ level: 'caution' }));
    expect(bannerEl()).toBeFalsy();
    ui.showBanner(plan());
    expect(bannerEl()?.hidden).toBe(false);
    expect(bannerEl()?.getAttribute('role')).toBe('alert');
    expect(bannerEl()?.textContent).toContain('危险：这很可能是诈骗网页');
  });

  it('its button hides it for this page', () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    click(bannerEl()!.querySelector('.dismiss'));
    expect(bannerEl()?.hidden).toBe(true);
    ui.showBanner(plan());
    expect(bannerEl()?.hidden).toBe(true);
  });
});

describe('against a hostile page', () => {
  it("tells the content script which beforetoggle is our host's own (to keep from the page), from the host's very first opening", () => {
    // jsdom has no popovers: a stand-in showPopover() fires beforetoggle as browsers do, at once, and asks the UI
    // about it as the content script's listener does.
    const answers: boolean[] = [];
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    proto.showPopover = function (this: HTMLElement) {
      const event = new Event('beforetoggle');
      this.addEventListener('beforetoggle', (e) => answers.push(ui.beforeToggle!(e)), { once: true });
      this.dispatchEvent(event);
    };
    proto.hidePopover = () => {};
    let ui: WarningUiApi;
    try {
      ui = createWarningUi(document);
      ui.showBanner(plan());
      // The first opening came while the host was being made, before the UI held it.
      expect(answers).toEqual([true]);
      const page = document.createElement('div');
      document.body.append(page);
      (page as unknown as { showPopover(): void }).showPopover();
      expect(answers).toEqual([true, false]);
    } finally {
      delete proto.showPopover;
      delete proto.hidePopover;
    }
  });

  it('comes back when the page removes it', async () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    document.querySelector(HOST)!.remove();
    await flush();
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
  });

  it('follows a document element the page swaps in, and comes back when then removed from it', async () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    const oldRoot = document.documentElement;
    const newRoot = document.createElement('html');
    newRoot.append(document.createElement('body'));
    document.replaceChild(newRoot, oldRoot);
    try {
      await flush();
      expect(document.querySelector(HOST)?.parentElement).toBe(newRoot);
      // The page's next move is on the new root, which the guard must now be watching.
      document.querySelector(HOST)!.remove();
      await flush();
      expect(document.querySelector(HOST)?.parentElement).toBe(newRoot);
    } finally {
      document.replaceChild(oldRoot, newRoot);
    }
  });

  it('comes back when the page moves it into a hidden element', async () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    document.body.append(hidden);
    hidden.append(document.querySelector(HOST)!);
    await flush();
    expect(document.querySelector(HOST)!.parentElement).toBe(document.documentElement);
  });

  it('undoes style and attribute changes on its host', async () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    const host = document.querySelector(HOST) as HTMLElement;
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    host.setAttribute('inert', '');
    host.className = 'gone';
    await flush();
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
    expect(host.hasAttribute('hidden')).toBe(false);
    expect(host.hasAttribute('inert')).toBe(false);
    expect(host.hasAttribute('class')).toBe(false);
  });

  it('host styles are !important inline declarations for every property the page could use to hide it', () => {
    for (const property of ['display: block', 'visibility: visible', 'opacity: 1', 'position: fixed', 'z-index: 2147483647']) {
      expect(HOST_STYLE).toContain(`${property} !important`);
    }
    expect(HOST_STYLE.startsWith('all: initial !important')).toBe(true);
  });

  it('keeps coming back however often the page removes it, one task after another (no give-up count)', async () => {
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    // Each removal in a task of its own, as a page timer does it: the host is back before the page's next task
    // (before anything is painted), every time.
    for (let i = 0; i < 600; i++) {
      document.querySelector(HOST)?.remove();
      await flush();
      if (!document.querySelector(HOST)) throw new Error(`gone after removal ${i + 1}`);
    }
  });

  it('does not spin against a page whose own observer removes it at once, and tries again later', async () => {
    vi.useFakeTimers();
    try {
      const ui = createWarningUi(document);
      ui.showBanner(plan());
      let removals = 0;
      let fighting = true;
      const pageObserver = new MutationObserver(() => {
        const host = document.querySelector(HOST);
        if (fighting && host) {
          removals++;
          host.remove();
        }
      });
      pageObserver.observe(document.documentElement, { childList: true });
      document.querySelector(HOST)!.remove();
      removals++;
      // The page's observer and ours answer each other in microtasks only; we stop after a few rounds.
      await vi.advanceTimersByTimeAsync(0);
      const firstBurst = removals;
      expect(firstBurst).toBeGreaterThan(1);
      expect(firstBurst).toBeLessThan(100);
      // Later we try again (another short burst), and once the page stops fighting the host stays.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(removals).toBeGreaterThan(firstBurst);
      fighting = false;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(document.querySelectorAll(HOST)).toHaveLength(1);
      pageObserver.disconnect();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hideAll removes everything and stops guarding', async () => {
    const ui = create(document);
    ui.showBanner(plan());
    ui.hideAll();
    await flush();
    expect(document.querySelector(HOST)).toBeNull();
  });
});

describe('a zoomed document element', () => {
  /** jsdom computes no zoom: the page's zoom on <html> is stubbed where the host reads it. */
  const zoomRoot = (zoom: string | (() => string)) => {
    const real = window.getComputedStyle.bind(window);
    return vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
      const style = real(el, pseudo);
      if (el !== document.documentElement) return style;
      return new Proxy(style, {
        get: (target, key) =>
          key === 'getPropertyValue'
            ? (name: string) => (name === 'zoom' ? (typeof zoom === 'function' ? zoom() : zoom) : target.getPropertyValue(name))
            : Reflect.get(target, key),
      });
    });
  };

  afterEach(() => vi.restoreAllMocks());

  it('gets the inverse zoom on the host, so the warning keeps its size; none when the page does not zoom', () => {
    expect(hostStyle(document)).toBe(HOST_STYLE);
    zoomRoot('0.1');
    expect(hostStyle(document)).toBe(`${HOST_STYLE}; zoom: 10 !important`);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    expect(document.querySelector(HOST)!.getAttribute('style')).toBe(`${HOST_STYLE}; zoom: 10 !important`);
  });

  it('puts the inverse zoom back when the page rewrites the host style', async () => {
    zoomRoot('0.5');
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    const host = document.querySelector(HOST)!;
    host.setAttribute('style', 'display: none !important');
    await flush();
    expect(host.getAttribute('style')).toBe(`${HOST_STYLE}; zoom: 2 !important`);
  });

  it('follows a zoom the page sets later without touching the host (a style sheet it edits): within half a second', async () => {
    let zoom = '1';
    zoomRoot(() => zoom);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    const host = document.querySelector(HOST)!;
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
    zoom = '0.25';
    await new Promise((r) => setTimeout(r, 700));
    expect(host.getAttribute('style')).toBe(`${HOST_STYLE}; zoom: 4 !important`);
    zoom = '1';
    await new Promise((r) => setTimeout(r, 700));
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
  });

  it('ignores a zoom that is no number', () => {
    zoomRoot('normal');
    expect(hostStyle(document)).toBe(HOST_STYLE);
  });
});

describe('the danger banner keeps clear of the fields (banner-side.ts)', () => {
  /** jsdom has no layout: the banner gets the height it has on a desktop window (122px), the window 768px. */
  const BANNER = 122;
  /** Its title line alone. */
  const SLIM = 52;
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      if (!this.classList.contains('banner')) return height.get!.call(this) as number;
      return this.classList.contains('slim') ? SLIM : BANNER;
    });
  });
  const atBottom = () => bannerEl()!.classList.contains('bottom');
  const runFrames = () => frames.splice(0).forEach((callback) => callback(0));

  it("is not over the page's first line when that is a field, from the moment it shows (regression: it covered the card field from load)", () => {
    field().getBoundingClientRect = () => new DOMRect(100, 20, 200, 30);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    // At once, not a frame later: it is never painted over the field.
    expect(atBottom()).toBe(true);
  });

  it('a field under it at both edges (a form that fills a small window): it shrinks to its title line, clear of both', () => {
    document.body.insertAdjacentHTML('beforeend', '<input id="low">');
    field().getBoundingClientRect = () => new DOMRect(100, 80, 200, 30);
    document.getElementById('low')!.getBoundingClientRect = () => new DOMRect(100, window.innerHeight - 100, 200, 30);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    expect(bannerEl()!.classList.contains('slim')).toBe(true);
    expect(atBottom()).toBe(false);
  });

  it('stays at the top when no field is under it', () => {
    field().getBoundingClientRect = () => new DOMRect(100, 300, 200, 30);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    expect(atBottom()).toBe(false);
  });

  it('moves when the page scrolls a field under it, and a card then keeps clear of it at the bottom', () => {
    let top = 300;
    field().getBoundingClientRect = () => new DOMRect(100, top, 200, 30);
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    expect(atBottom()).toBe(false);
    top = 60;
    dispatchTrusted(window, new Event('scroll'));
    runFrames();
    expect(atBottom()).toBe(true);
    ui.showFieldWarning(field(), plan(), plan().fields[0]!);
    // The card's room ends where the banner begins: it does not reach into the bottom band.
    const cardTop = Number.parseFloat(card()!.style.top);
    expect(cardTop).toBeGreaterThanOrEqual(MARGIN);
    expect(card()!.classList.contains('below') || card()!.classList.contains('right')).toBe(true);
  });
});

describe("a field's own action (a photo upload)", () => {
  it('the card says the field\'s own one thing to do; the banner keeps the page\'s', () => {
    const upload = { index: 0, kind: 'card-number' as const, what: '这里要你上传银行卡正面的照片，照片上有卡号。', action: '不要上传。挂断电话，拨打96110问清楚。' };
    const ui = createWarningUi(document);
    ui.showBanner(plan());
    ui.showFieldWarning(field(), plan({ fields: [upload] }), upload);
    expect(card()!.querySelector('.action')!.textContent).toBe('不要上传。挂断电话，拨打96110问清楚。');
    expect(bannerEl()!.querySelector('.action')!.textContent).toBe(plan().action);
  });
});
