// @vitest-environment jsdom
// The fight for the warning's host that the page wins (host.ts): a page whose own MutationObserver removes the host the
// moment it is put back keeps it off the page, since we stop answering after a few rounds rather than spin. The
// warning UI is then told (onLost), once, and the background warns outside the page. A page that removed the host once
// or in separate tasks (a re-render; we win each) must not be reported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WarningPlan } from '../messaging/protocol';
import { WARNING_HOST_MARK, type WarningUiApi } from './api';
import { createWarningUi } from './index';

const HOST = `[${WARNING_HOST_MARK}]`;

const plan: WarningPlan = {
  level: 'danger',
  fields: [],
  title: '危险：这很可能是诈骗网页',
  why: '这个网址不是支付宝的官方网站。',
  action: '先不要输入。',
  labels: { dismiss: '我知道了', close: '关闭提醒', name: '反诈卫士提醒' },
};

/** Page observers still running: stopped after each test, so a failed test's page does not fight in the next one. */
const pages: { stop: () => void }[] = [];

/** A page script that removes our host whenever its observer sees it (as the red-team's fake refund page does). */
function fightingPage(): { removals: () => number; stop: () => void } {
  let removals = 0;
  let fighting = true;
  const observer = new MutationObserver(() => {
    const host = document.querySelector(HOST);
    if (fighting && host) {
      removals++;
      host.remove();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const page = {
    removals: () => removals,
    stop: () => {
      fighting = false;
      observer.disconnect();
    },
  };
  pages.push(page);
  return page;
}

let ui: WarningUiApi | null = null;
let onLost: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>退款</p>';
  onLost = vi.fn<() => void>();
  ui = createWarningUi(document, undefined, onLost);
});

afterEach(() => {
  for (const page of pages.splice(0)) page.stop();
  ui?.hideAll();
  ui = null;
  vi.useRealTimers();
});

describe('the warning UI tells when the page keeps its warning off the page', () => {
  it('a page whose own observer removes the host at once, every time: reported once, however long it goes on', async () => {
    const page = fightingPage();
    ui!.showBanner(plan);
    await vi.advanceTimersByTimeAsync(0);
    expect(page.removals()).toBeGreaterThan(1);
    expect(document.querySelector(HOST)).toBeNull();
    // One lost fight could be a burst that ends: not yet.
    await vi.advanceTimersByTimeAsync(600);
    expect(onLost).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(onLost).toHaveBeenCalledTimes(1);
    // Still fighting ten seconds on (retry after retry): told once only.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.removals()).toBeGreaterThan(20);
    expect(onLost).toHaveBeenCalledTimes(1);
    page.stop();
  });

  it('a page that removes the host once and then leaves it alone (an ordinary re-render): not reported', async () => {
    ui!.showBanner(plan);
    document.querySelector(HOST)!.remove();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    expect(onLost).not.toHaveBeenCalled();
  });

  it('a page that re-renders its whole body once, and later again: not reported (we put the host back each time)', async () => {
    ui!.showBanner(plan);
    for (let i = 0; i < 3; i++) {
      document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
      await vi.advanceTimersByTimeAsync(2_000);
      expect(document.querySelectorAll(HOST)).toHaveLength(1);
    }
    expect(onLost).not.toHaveBeenCalled();
  });

  it('a page that removes the host in every task (a timer): we win each time, so nothing to report', async () => {
    ui!.showBanner(plan);
    const timer = setInterval(() => document.querySelector(HOST)?.remove(), 10);
    await vi.advanceTimersByTimeAsync(5_000);
    clearInterval(timer);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    expect(onLost).not.toHaveBeenCalled();
  });

  it('one burst of fighting that then stops: not reported (two lost fights in a row are needed)', async () => {
    const page = fightingPage();
    ui!.showBanner(plan);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector(HOST)).toBeNull();
    page.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    expect(onLost).not.toHaveBeenCalled();
  });
});
