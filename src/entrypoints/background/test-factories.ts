// Factories for background unit tests (not bundled: only *.test.ts files import this).
import type { DomainAssessment, FieldFinding, Verdict } from '@/core/types';

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
