// The popup's states as DOM. Everything page-derived (hosts, reason details) goes in as textContent via
// el(); nothing here builds HTML from strings.
import type { FieldKind, Level } from '@/core/types';
import { describeReason, type ReasonSubject } from '@/i18n/reason-words';
import { t, type MessageKey } from '@/i18n/t';
import { el } from '@/ui/dom';
import type { KnowledgeWords } from './knowledge-words';
import type { PageAccess } from './page-access';
import type { TypedStep, VerdictView } from './view-model';

export const FIELD_WORDS: Readonly<Record<FieldKind, MessageKey>> = {
  'card-number': 'fieldCardNumber',
  'card-pin': 'fieldCardPin',
  'card-cvv': 'fieldCardCvv',
  'card-expiry': 'fieldCardExpiry',
  otp: 'fieldOtp',
  'id-number': 'fieldIdNumber',
  phone: 'fieldPhone',
  password: 'fieldPassword',
};

/** What the popup calls a box that takes what carries the secret (VerdictView.carriedKinds). */
export const CARRIED_WORDS: Readonly<Partial<Record<FieldKind, MessageKey>>> = {
  'card-number': 'fieldCardNumberPhoto',
  'card-cvv': 'fieldCardCvvPhoto',
  otp: 'fieldOtpWholeSms',
};

const TITLES: Readonly<Record<Level, MessageKey>> = {
  none: 'levelNoneTitle',
  caution: 'levelCautionTitle',
  danger: 'levelDangerTitle',
};

const LEADS: Readonly<Record<Level, MessageKey>> = {
  none: 'levelNoneLead',
  caution: 'levelCautionLead',
  danger: 'levelDangerLead',
};

const CANNOT: Readonly<Record<Exclude<PageAccess, { checkable: true }>['why'], MessageKey>> = {
  'browser-page': 'cannotCheckBrowserPage',
  'extension-store': 'cannotCheckStore',
  'file-not-allowed': 'cannotCheckFile',
  'no-address': 'cannotCheckNoAddress',
};

/** A coloured status box: the one thing a hurried reader must see. */
function statusBox(state: string, title: string, lead?: string): HTMLElement {
  return el('div', { id: 'status', className: `status status-${state}`, testid: 'status', attrs: { 'data-state': state } }, [
    el('h1', { id: 'status-title', testid: 'status-title', text: title }),
    lead ? el('p', { id: 'status-lead', className: 'lead', text: lead }) : null,
  ]);
}

export function renderChecking(): HTMLElement[] {
  return [statusBox('checking', t('stateChecking'))];
}

export function renderNotChecked(): HTMLElement[] {
  return [statusBox('unknown', t('stateNotChecked'))];
}

export function renderError(): HTMLElement[] {
  return [statusBox('error', t('stateError'))];
}

export function renderCannotCheck(why: Exclude<PageAccess, { checkable: true }>['why']): HTMLElement[] {
  const box = statusBox('cannot-check', t('cannotCheckTitle'), t(CANNOT[why]));
  box.dataset.why = why;
  return [box];
}

function section(id: string, heading: MessageKey, ...body: (Node | null)[]): HTMLElement {
  return el('section', { id, testid: id, className: 'block' }, [el('h2', { text: t(heading) }), ...body]);
}

const CODE_RULE_UNSCANNED: Readonly<Record<NonNullable<VerdictView['notScanned']>, MessageKey>> = {
  official: 'codeRuleOfficial',
  trusted: 'codeRuleTrusted',
};

function foundSection(view: VerdictView): HTMLElement {
  // Official and trusted pages are not read, so "no card or code boxes here" would be a guess: the code
  // rule alone, said for this kind of site.
  if (view.notScanned) {
    return el('section', { id: 'found', testid: 'found', className: 'block' }, [
      el('p', { id: 'never-tell-code', testid: 'never-tell-code', className: 'code-rule', text: t(CODE_RULE_UNSCANNED[view.notScanned]) }),
    ]);
  }
  const list =
    view.fieldKinds.length > 0
      ? el(
          'ul',
          { id: 'found-list', testid: 'found-list' },
          view.fieldKinds.map((kind) => {
            const carried = view.carriedKinds?.includes(kind) ? CARRIED_WORDS[kind] : undefined;
            return el('li', { text: t(carried ?? FIELD_WORDS[kind]), attrs: { 'data-kind': kind } });
          }),
        )
      : el('p', { id: 'found-nothing', testid: 'found-nothing', text: t('foundNothing') });
  return section('found', 'foundHeading', list, el('p', { id: 'never-tell-code', testid: 'never-tell-code', className: 'code-rule', text: t('neverTellCode') }));
}

function whySection(view: VerdictView, words: KnowledgeWords): HTMLElement | null {
  if (view.why.length === 0) return null;
  const noSmsCode = !view.fieldKinds.includes('otp');
  const items = view.why.map((item) => {
    // "This address is a fake" or "… just a number", for the host whose verdict this is, not "fake or a number".
    const subject: ReasonSubject = view.whyDomainKind ? { hostKind: view.whyDomainKind } : {};
    if (item.brand) subject.brand = item.brand;
    if (item.claimedAs) subject.claimedAs = item.claimedAs;
    if (noSmsCode) subject.noSmsCode = true;
    const phraseText = item.phrase ? words.phrase(item.phrase) : undefined;
    if (phraseText) subject.text = phraseText;
    const { text, evidence } = describeReason(item.reason, (id) => words.brandName(id), subject);
    return el('li', { attrs: { 'data-code': item.reason.code } }, [
      el('span', { text }),
      evidence ? el('span', { className: 'evidence', text: evidence }) : null,
    ]);
  });
  return section('why', 'whyHeading', el('ul', { id: 'why-list', testid: 'why-list' }, items));
}

function adviceSection(view: VerdictView, words: KnowledgeWords): HTMLElement | null {
  const texts = view.advice.map((id) => [id, words.advice(id)] as const).filter(([, text]) => text);
  if (texts.length === 0) return null;
  return section(
    'advice',
    'adviceHeading',
    el('ul', { id: 'advice-list', testid: 'advice-list' }, texts.map(([id, text]) => el('li', { text, attrs: { 'data-advice': id } }))),
  );
}

const TYPED_STEP_KEYS: Record<TypedStep, MessageKey> = {
  bank: 'typedStepBank',
  freeze: 'typedStepFreeze',
  code: 'typedStepCode',
  'code-account': 'typedStepCodeAccount',
  password: 'typedStepPassword',
  stop: 'typedStepStop',
  hotline: 'typedStepHotline',
  'watch-id': 'typedStepWatchId',
};

function ifTypedSection(view: VerdictView): HTMLElement {
  return section(
    'if-typed',
    'typedHeading',
    el('ol', {}, view.typedSteps.map((step) => el('li', { text: t(TYPED_STEP_KEYS[step]), attrs: { 'data-step': step } }))),
  );
}

function caseSection(view: VerdictView, words: KnowledgeWords): HTMLElement | null {
  const summary = view.caseId ? words.caseSummary(view.caseId) : undefined;
  if (!summary) return null;
  return section('case', 'caseHeading', el('p', { id: 'case-summary', testid: 'case-summary', text: summary }));
}

function siteLines(view: VerdictView, words: KnowledgeWords): HTMLElement[] {
  const lines = [
    el('p', { id: 'site', className: 'site' }, [
      el('span', { text: t('siteLabel') }),
      el('span', { id: 'site-host', testid: 'site-host', className: 'host', text: view.host }),
    ]),
  ];
  if (view.officialBrand) {
    const name = words.brandName(view.officialBrand) ?? view.officialBrand;
    lines.push(el('p', { id: 'site-official', testid: 'site-official', text: t('siteOfficial', name) }));
  } else if (view.userContent) {
    // The address is the platform's real one, which is why the form looks safe: say both halves.
    const name = words.serviceName(view.userContent) ?? view.host;
    lines.push(el('p', { id: 'site-user-content', testid: 'site-user-content', text: t('siteUserContent', name) }));
  } else if (view.domainKind === 'trusted') {
    lines.push(el('p', { id: 'site-trusted', testid: 'site-trusted', text: t('siteTrusted') }));
  }
  if (view.otherFrameHost) lines.push(el('p', { id: 'other-frame', className: 'muted', text: t('otherFrameNote', view.otherFrameHost) }));
  return lines;
}

export function renderVerdict(view: VerdictView, words: KnowledgeWords): HTMLElement[] {
  // A meeting link leads with what matters there; an official or trusted site's own line below says it all.
  const lead = view.meeting ? t('levelMeetingLead') : view.level === 'none' && view.notScanned ? undefined : t(LEADS[view.level]);
  const status = statusBox(view.level, t(TITLES[view.level]), lead);
  status.id = 'verdict';
  status.dataset.testid = 'verdict';
  status.dataset.level = view.level;
  // What the page hid, right under what is happening: the one line that explains why this shows up on its own.
  if (view.warningRemoved) status.append(el('p', { id: 'warning-removed', testid: 'warning-removed', className: 'removed', text: t('warningRemovedNote') }));
  status.append(...siteLines(view, words));
  // A warning reads: what is happening (status), why, the thing to do now, what the page asks for, what
  // to do if it is too late, and the real case. A quiet page only lists what it asks for.
  const sections =
    view.level === 'none'
      ? [status, foundSection(view)]
      : [status, whySection(view, words), adviceSection(view, words), foundSection(view), ifTypedSection(view), caseSection(view, words)];
  return sections.filter((node): node is HTMLElement => node !== null);
}
