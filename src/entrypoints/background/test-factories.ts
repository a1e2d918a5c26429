// Factories for background unit tests (not bundled: only *.test.ts files import this).
import { vi } from 'vitest';
import type { DomainAssessment, FieldFinding, Level, PageFacts, Verdict } from '@/core/types';
import { memoryStore } from '@/platform/session-store';
import { StepNotes } from './earlier-steps';
import type { BackgroundDeps } from './handlers';
import { TabStore } from './tab-store';

export function domain(overrides: Partial<DomainAssessment> = {}): DomainAssessment {
  return { host: 'alipay-refund.cn', registrableDomain: 'alipay-refund.cn', kind: 'unknown', insecure: false, reasons: [], ...overrides };
}

export function finding(index: number, kind: FieldFinding['kind']): FieldFinding {
  return { index, kind, id: null, name: null, reasons: [{ code: 'test' }] };
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    url: 'https://alipay-refund.cn/',
    level: 'none',
    fields: [],
    domain: domain(),
    signals: [],
    advice: [],
    cases: [],
    rules: [],
    ...overrides,
  };
}

/** A translator over a messages.json object, doing what browser.i18n.getMessage does with $1-style placeholders. */
export function translatorFrom(messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>) {
  return (key: string, substitutions: string[] = []): string => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_match, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

/**
 * The background's dependencies with nothing behind them: stores in memory, every browser call a mock, every verdict
 * danger on a host of unknown kind. A test passes what it needs otherwise; `badges` lists each badge set, in order.
 */
export function backgroundDeps<O extends Partial<BackgroundDeps>>(overrides: O = {} as O) {
  const badges: [number, Level][] = [];
  const kv = memoryStore();
  const base = {
    store: new TabStore(kv),
    steps: new StepNotes(kv, () => undefined),
    context: async () => ({ trusted: [] }),
    assessDomain: (url: string) => domain({ host: new URL(url).host, registrableDomain: new URL(url).host }),
    evaluate: vi.fn((f: PageFacts): Verdict => verdict({ url: f.url, level: 'danger', fields: f.fields })),
    plan: () => undefined,
    injectScanner: vi.fn(async () => {}),
    injectPageReaders: vi.fn(async () => {}),
    injectWarningUi: vi.fn(async () => {}),
    showBanner: vi.fn(async () => {}),
    applyBadge: vi.fn(async (tabId: number, level: Level) => void badges.push([tabId, level])),
    sendRecheck: vi.fn(async () => {}),
    recheckSubframes: vi.fn(),
    askTopForPageText: vi.fn(),
    askFrameForPageText: vi.fn(),
    addTrusted: vi.fn(async (d: string) => ({ ok: true as const, domain: d })),
    now: () => 1000,
    warn: vi.fn(),
  } satisfies BackgroundDeps;
  // Typed as the overrides replacing the base's members (a plain spread would intersect the two mocks' types).
  return { deps: { ...base, ...overrides } as Omit<typeof base, keyof O> & O, badges };
}
