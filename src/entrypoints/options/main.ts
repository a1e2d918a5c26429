// Options wiring: the trusted list (add with the normaliser's reasons, remove), import/export of that
// list, the meeting window, and the report of any settings repair. The list re-renders from storage
// whenever the settings item changes (the popup may trust a site while this page is open). A site a tab flags, or
// flagged earlier in this browser session, is refused or asked about before it is added, typed or imported (flagged-sites.ts).
import '@/ui/base.css';
import './style.css';
import { normalizeTrustedDomain } from '@/core/domain';
import { brandById } from '@/knowledge';
import { sendToBackground } from '@/messaging/client';
import { describeReason } from '@/i18n/reason-words';
import { t, uiLanguage } from '@/i18n/t';
import {
  MEETING_WINDOW_CHOICES,
  addTrusted,
  clearRepairLog,
  exportTrusted,
  importTrusted,
  loadSettings,
  readRepairLog,
  removeTrusted,
  settingsItem,
  updateOptions,
  type Settings,
} from '@/settings';
import { byId, el, localizeStatic } from '@/ui/dom';
import { addStep, readFlaggedSites, splitHeld } from './flagged-sites';
import { importProblemLine, repairLine } from './repair-words';
import { addedNote, importNotes, listNote } from './user-content-words';

const lang = uiLanguage();
const brandName = (id: string) => brandById(id)?.name[lang];

const input = byId<HTMLInputElement>('trusted-input');
const importButton = byId<HTMLButtonElement>('import-trusted');
const list = byId<HTMLUListElement>('trusted-list');
const empty = byId('trusted-empty');
const trustedMessage = byId('trusted-message');
const importResult = byId('import-result');
const fileInput = byId<HTMLInputElement>('import-file');
const meeting = byId<HTMLSelectElement>('meeting-window');
const meetingMessage = byId('meeting-message');
const confirm = byId('trusted-confirm');
const confirmNo = byId<HTMLButtonElement>('trusted-confirm-no');
const importConfirm = byId('import-confirm');
const importConfirmNo = byId<HTMLButtonElement>('import-confirm-no');

/** The domain the add box's question is about, or the import's domains the import's question is about. */
let asking: string | null = null;
let importAsking: string[] = [];

const flaggedSites = () => readFlaggedSites(() => sendToBackground({ type: 'options-bg-flagged-sites' }));

function say(target: HTMLElement, text: string, tone: 'good' | 'bad' | ''): void {
  target.className = `message ${tone}`.trim();
  target.textContent = text;
}

function renderTrusted(settings: Settings): void {
  list.replaceChildren(
    ...settings.trusted.map((domain) => {
      const remove = el('button', { className: 'remove', testid: 'trusted-remove', text: t('trustedRemove'), attrs: { type: 'button', 'aria-label': t('trustedRemoveLabel', domain) } });
      remove.addEventListener('click', () => void onRemove(domain));
      // qq.com, feishu.cn …: what the trust does not cover stays said for as long as the entry is there.
      const note = listNote(domain, lang);
      const name = el('span', { className: 'entry' }, [
        el('span', { className: 'domain', text: domain }),
        note !== undefined && el('span', { className: 'note', testid: 'trusted-item-note', text: note }),
      ]);
      return el('li', { testid: 'trusted-item', attrs: { 'data-domain': domain } }, [name, remove]);
    }),
  );
  empty.hidden = settings.trusted.length > 0;
}

function renderMeeting(settings: Settings): void {
  const choices = new Set<number>([...MEETING_WINDOW_CHOICES, settings.meetingWindowMinutes]);
  meeting.replaceChildren(
    ...[...choices].sort((a, b) => a - b).map((minutes) => el('option', { text: t('optionsMinutes', String(minutes)), attrs: { value: String(minutes) } })),
  );
  meeting.value = String(settings.meetingWindowMinutes);
}

async function renderRepairs(): Promise<void> {
  const log = await readRepairLog();
  const section = byId('repairs');
  section.hidden = log.length === 0;
  byId('repairs-list').replaceChildren(...log.map((repair) => el('li', { text: repairLine(repair, brandName), attrs: { 'data-code': repair.code } })));
}

async function render(): Promise<void> {
  // loadSettings repairs and logs a bad stored value first, so the report below includes it.
  const { settings } = await loadSettings();
  renderTrusted(settings);
  renderMeeting(settings);
  await renderRepairs();
}

async function onAdd(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  confirm.hidden = true;
  asking = null;
  // Normalised here first only to ask the background about it (options-bg-flagged-sites); addTrusted normalises again and gives any refusal.
  const typed = normalizeTrustedDomain(input.value);
  const step = typed.ok ? addStep(typed.domain, await flaggedSites()) : 'add';
  if (typed.ok && step === 'refuse') {
    say(trustedMessage, t('trustedFlaggedDanger', typed.domain), 'bad');
    input.select();
  } else if (typed.ok && step === 'ask') {
    say(trustedMessage, '', '');
    asking = typed.domain;
    byId('trusted-confirm-question').textContent = t('trustedFlaggedQuestion', typed.domain);
    confirm.hidden = false;
    confirmNo.focus(); // Enter or Space now answers "don't add"
  } else {
    await addTyped(input.value);
  }
}

async function addTyped(typed: string): Promise<void> {
  const result = await addTrusted(typed);
  if (result.ok) {
    say(trustedMessage, t(result.added ? 'trustedAdded' : 'trustedAlready', result.domain), 'good');
    // Kept (it covers the brand's own pages), but forms on its user-content hosts are still checked: say so.
    const note = addedNote(result.domain, lang);
    if (note) trustedMessage.append(el('span', { className: 'note', testid: 'trusted-user-content', text: note }));
    input.value = '';
  } else {
    const why = describeReason(result.reason, brandName);
    say(trustedMessage, t('trustedAddRefused', why.evidence ? t('evidenceWrap', [why.text, why.evidence]) : why.text), 'bad');
    input.select();
  }
  await render();
}

/** "I am sure myself": asked again of the background first, since the site may have turned dangerous meanwhile. */
async function onConfirmAdd(): Promise<void> {
  const domain = asking;
  confirm.hidden = true;
  asking = null;
  // The button that had the focus is hidden now: the focus goes back to the box, not to the top of the page (a
  // keyboard or screen-reader user would start again from there).
  input.focus();
  if (domain === null) return;
  if (addStep(domain, await flaggedSites()) === 'refuse') say(trustedMessage, t('trustedFlaggedDanger', domain), 'bad');
  else await addTyped(domain);
}

function onConfirmCancel(): void {
  if (asking !== null) say(trustedMessage, t('trustedFlaggedNotAdded', asking), '');
  confirm.hidden = true;
  asking = null;
  input.focus();
}

async function onRemove(domain: string): Promise<void> {
  if (await removeTrusted(domain)) say(trustedMessage, t('trustedRemoved', domain), 'good');
  await render();
}

async function onImport(): Promise<void> {
  const file = fileInput.files?.[0];
  fileInput.value = ''; // choosing the same file again must fire 'change' again
  importConfirm.hidden = true; // a question left from the last file is not this file's
  importAsking = [];
  if (!file) return;
  let bytes: Uint8Array;
  try {
    // Bytes, not file.text(): that would read a UTF-16 file (Notepad's "Unicode") as UTF-8 garbage.
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    say(importResult, t('importFileUnreadable'), 'bad');
    return;
  }
  const sites = await flaggedSites();
  const result = await importTrusted(bytes, (domain) => addStep(domain, sites) !== 'add');
  if (result.ok) {
    say(importResult, t('importDone', [String(result.added.length), String(result.alreadyTrusted)]), 'good');
    showHeld(splitHeld(result.held, sites));
    const notes = importNotes(result.domains, lang);
    if (notes.length > 0) {
      importResult.append(
        el('span', { className: 'note', testid: 'import-user-content', text: t('importUserContentIntro') }),
        el('ul', { testid: 'import-user-content-list' }, notes.map((line) => el('li', { text: line }))),
      );
    }
  } else {
    say(importResult, t('importRefused'), 'bad');
    importResult.append(
      el(
        'ul',
        { id: 'import-problems', testid: 'import-problems' },
        result.problems.map((problem) => el('li', { text: importProblemLine(problem, brandName) })),
      ),
    );
  }
  await render();
}

/** An import's held-back entries: the refused ones named with why, the others asked about (flagged-sites.ts). */
function showHeld({ ask, refused }: { ask: string[]; refused: string[] }): void {
  if (refused.length > 0) {
    importResult.append(
      // In the danger colour: the rest of the report says the import went well, this part must not read as good news.
      el('span', { className: 'note held-danger', testid: 'import-held-refused', text: t('importHeldDanger') }),
      el('ul', { className: 'held-danger', testid: 'import-held-refused-list' }, refused.map((domain) => el('li', { text: domain }))),
    );
  }
  if (ask.length === 0) return;
  importAsking = ask;
  byId('import-confirm-list').replaceChildren(...ask.map((domain) => el('li', { text: domain })));
  importConfirm.hidden = false;
  importConfirmNo.focus();
}

/** Adds the import's asked-about entries one by one, each asked again of the background first (as onConfirmAdd). */
async function onImportConfirmAdd(): Promise<void> {
  const domains = importAsking;
  importConfirm.hidden = true;
  importAsking = [];
  importButton.focus(); // as onConfirmAdd: not to the top of the page
  const sites = await flaggedSites();
  const lines: HTMLElement[] = [];
  for (const domain of domains) {
    if (addStep(domain, sites) === 'refuse') {
      lines.push(el('li', { text: t('trustedFlaggedDanger', domain) }));
      continue;
    }
    const result = await addTrusted(domain);
    lines.push(el('li', { text: result.ok ? t('trustedAdded', domain) : t('trustedAddRefused', describeReason(result.reason, brandName).text) }));
  }
  importResult.append(el('ul', { testid: 'import-held-result' }, lines));
  await render();
}

function onImportConfirmCancel(): void {
  if (importAsking.length > 0) importResult.append(el('span', { className: 'note', testid: 'import-held-result', text: t('importHeldNotAdded') }));
  importConfirm.hidden = true;
  importAsking = [];
  importButton.focus();
}

async function onExport(): Promise<void> {
  const blob = new Blob([await exportTrusted()], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: 'fanzha-guard-trusted.json' } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function onMeetingChange(): Promise<void> {
  const result = await updateOptions({ meetingWindowMinutes: Number(meeting.value) });
  say(meetingMessage, t(result.ok ? 'optionsSaved' : 'optionsSaveRefused'), result.ok ? 'good' : 'bad');
  await render();
}

function start(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('optionsTitle');
  localizeStatic(document, (key) => t(key as Parameters<typeof t>[0]));
  input.placeholder = t('trustedAddPlaceholder');

  byId<HTMLFormElement>('trusted-add-form').addEventListener('submit', (event) => void onAdd(event));
  byId('export-trusted').addEventListener('click', () => void onExport());
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => void onImport());
  confirmNo.addEventListener('click', onConfirmCancel);
  byId('trusted-confirm-yes').addEventListener('click', () => void onConfirmAdd());
  importConfirmNo.addEventListener('click', onImportConfirmCancel);
  byId('import-confirm-yes').addEventListener('click', () => void onImportConfirmAdd());
  meeting.addEventListener('change', () => void onMeetingChange());
  byId('repairs-dismiss').addEventListener('click', () => void clearRepairLog().then(renderRepairs));
  settingsItem.watch(() => void render());
  void render();
}

start();
