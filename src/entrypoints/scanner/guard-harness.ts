// The fake background the guard's jsdom tests talk to, and the few helpers they all use (guard.test.ts,
// guard-typed.test.ts, typed-holes.test.ts). Test support only: nothing the extension builds imports it.
//
// Each test file still mocks 'wxt/browser' and '@/platform/content-browser' with the fake browser itself: vi.mock is
// hoisted within its own file and cannot be shared from here.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CsBgScan, ToBackgroundMessage } from '@/messaging/protocol';
import { PAGE_READERS_GLOBAL, type PageReadersApi } from '@/entrypoints/page-readers/api';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { seeField } from '@/sensor/seen-text';
import { SCANNER_GLOBAL } from './api';
import { createGuard } from './guard';
import { pageReadersWith } from './page-readers';

/** A 19-digit card number that passes Luhn: it must never appear in what the guard sends. */
export const CARD = '6222020200112233445';

/** Every message the guard sent the background, cloned as it was sent. Emptied by resetSent. */
export const sent: ToBackgroundMessage[] = [];

export function resetSent(): void {
  sent.length = 0;
}

export interface BackgroundOptions {
  /** What the background says of the page's domain. */
  domainKind?: 'official' | 'unknown';
  /** Whether it says go: by default not on an official domain (left alone). */
  proceed?: boolean;
  /** False: the background says go but never injects the scanner (its injection failed). Read at each hello. */
  inject?: boolean;
  /** The scanner's createGuard as the injected script publishes it (a wrapped one, to watch it). */
  createGuard?: typeof createGuard;
  /** Asked at each request for the readers: true answers with the error a removed frame gives. */
  refuseReaders?: () => boolean;
  /** The answer to a scan: no plan by default. */
  answerScan?: (message: CsBgScan) => unknown;
}

/**
 * The background as the gate and the scanner see it: says go (unless the domain is official) and "injects" the scanner
 * by publishing its API on the global object, as the real scanner script does in the isolated world; injects the page
 * readers the same way when asked; answers scans.
 */
export function fakeBackground(options: BackgroundOptions = {}): void {
  const { domainKind = 'unknown', proceed = domainKind !== 'official' } = options;
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as ToBackgroundMessage;
    if (!message?.type?.startsWith('cs-bg-')) return undefined;
    sent.push(structuredClone(message));
    if (message.type === 'cs-bg-hello') {
      if (proceed && options.inject !== false) {
        (globalThis as Record<string, unknown>)[SCANNER_GLOBAL] ??= { version: 1, createGuard: options.createGuard ?? createGuard };
      }
      return Promise.resolve({ proceed, domainKind });
    }
    if (message.type === 'cs-bg-page-readers') {
      if (options.refuseReaders?.()) return Promise.resolve({ error: { code: 'handler-failed', detail: 'Frame with ID 0 was removed.' } });
      (globalThis as Record<string, unknown>)[PAGE_READERS_GLOBAL] ??= { version: 1, seeField, readers: pageReadersWith } satisfies PageReadersApi;
      return Promise.resolve({ done: true });
    }
    if (message.type === 'cs-bg-scan') return Promise.resolve(options.answerScan?.(message) ?? { level: 'none' });
    return undefined;
  });
}

/** Removes what the fake background published, so the next test's gate injects afresh. */
export function clearInjected(): void {
  delete (globalThis as Record<string, unknown>)[SCANNER_GLOBAL];
  delete (globalThis as Record<string, unknown>)[PAGE_READERS_GLOBAL];
}

/** Lets the guard's queued tasks and message round trips run (ten turns of the task queue). */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

export const scans = (): CsBgScan[] => sent.filter((m): m is CsBgScan => m.type === 'cs-bg-scan');

/** The last scan's findings as `#id kind first-reason`. */
export const findings = (): string[] => scans().at(-1)!.facts.fields.map((f) => `#${f.id} ${f.kind} ${f.reasons[0]?.code}`);

export const input = (id: string): HTMLInputElement => document.getElementById(id) as HTMLInputElement;

/** A trusted keydown of `k` on `el` (cancelable, as a real one is). */
export const key = (el: Element, k: string): boolean =>
  dispatchTrusted(el, new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

/** A trusted focusin on `el` (jsdom's focus() gives an untrusted one). */
export const focusIn = (el: Element): boolean => dispatchTrusted(el, new FocusEvent('focusin', { bubbles: true, composed: true }));

/** A trusted click somewhere on the page: the guard re-reads the fields then. */
export const click = (): boolean => dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
