// Reading and changing the settings. Every read validates and repairs; every change validates first and
// writes once, so a refused change leaves storage exactly as it was. Loads and changes run one at a time
// (one-at-a-time.ts), so two at once cannot undo each other.
import type { Reason } from '@/core/types';
import { normalizeTrustedDomain } from '@/core/domain';
import { REPAIR_LOG_MAX, repairLogItem, settingsItem, type RepairLogEntry } from './item';
import { MINOR_REPAIR_CODES, isSettingsRepair, repairSettings, type SettingsRepair } from './repair';
import { TRUSTED_MAX, settingsSchema, type Settings } from './schema';
import { oneAtATime } from './one-at-a-time';
import { decodeTrustedFile, formatTrustedFile, parseTrustedFile, type ImportProblem } from './trusted-file';

export interface LoadedSettings {
  settings: Settings;
  /** Repairs made by this load (already written back and logged). Empty when the stored value was sound. */
  repairs: SettingsRepair[];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Loads the settings, repairing a bad stored value field by field. A repair is written back (so it is
 * made once) and appended to the repair log (so the options page can show it even when the background
 * was the one that found it).
 */
export function loadSettings(): Promise<LoadedSettings> {
  return oneAtATime(load);
}

/** loadSettings' work, for the changes below, which hold the lock already (Web Locks do not nest). */
async function load(): Promise<LoadedSettings> {
  const raw: unknown = await settingsItem.getValue();
  const { settings, repairs } = repairSettings(raw, normalizeTrustedDomain);
  if (!sameJson(raw, settings)) await settingsItem.setValue(settings);
  if (repairs.length > 0) {
    const at = Date.now();
    const log = await readRepairLog();
    await repairLogItem.setValue(capRepairLog([...log, ...repairs.map((repair) => ({ ...repair, at }))]));
  }
  return { settings, repairs };
}

/**
 * The log cut to REPAIR_LOG_MAX entries: minor reports (an entry rewritten or repeated, still in the
 * list) go first, oldest first; only then the oldest of the rest. Order is kept.
 */
export function capRepairLog(log: readonly RepairLogEntry[]): RepairLogEntry[] {
  let excess = log.length - REPAIR_LOG_MAX;
  if (excess <= 0) return [...log];
  const drop = new Set<number>();
  log.forEach((entry, index) => {
    if (drop.size < excess && MINOR_REPAIR_CODES.has(entry.code)) drop.add(index);
  });
  excess -= drop.size;
  return log.filter((_, index) => !drop.has(index)).slice(excess);
}

function isRepairLogEntry(value: unknown): value is RepairLogEntry {
  const at: unknown = isSettingsRepair(value) ? (value as { at?: unknown }).at : undefined;
  return typeof at === 'number' && Number.isFinite(at);
}

/**
 * Repairs logged so far, oldest first. The log is only a report, so a malformed one is read as empty
 * and a malformed entry is skipped: the options page must be able to put every entry into words.
 */
export async function readRepairLog(): Promise<RepairLogEntry[]> {
  const log: unknown = await repairLogItem.getValue();
  return Array.isArray(log) ? log.filter(isRepairLogEntry) : [];
}

export async function clearRepairLog(): Promise<void> {
  await repairLogItem.setValue([]);
}

export type AddTrustedResult =
  | { ok: true; domain: string; added: boolean }
  | { ok: false; reason: Reason };

/** Adds what the user typed (a host, a URL, a domain) as its normalised registrable domain. */
export async function addTrusted(input: string): Promise<AddTrustedResult> {
  const result = normalizeTrustedDomain(input);
  if (!result.ok) return result;
  return oneAtATime(() => addDomain(result.domain));
}

async function addDomain(domain: string): Promise<AddTrustedResult> {
  const { settings } = await load();
  if (settings.trusted.includes(domain)) return { ok: true, domain, added: false };
  if (settings.trusted.length >= TRUSTED_MAX) return { ok: false, reason: { code: 'trusted-list-full', detail: String(TRUSTED_MAX) } };
  await settingsItem.setValue({ ...settings, trusted: [...settings.trusted, domain].sort() });
  return { ok: true, domain, added: true };
}

/** Removes a domain; returns whether it was in the list. */
export function removeTrusted(domain: string): Promise<boolean> {
  return oneAtATime(async () => {
    const { settings } = await load();
    if (!settings.trusted.includes(domain)) return false;
    await settingsItem.setValue({ ...settings, trusted: settings.trusted.filter((entry) => entry !== domain) });
    return true;
  });
}

export type ImportTrustedResult =
  /**
   * `domains`: every domain the file named, normalised (the options page says which of them quiet no form). `held`:
   * those of them not added because `hold` said so (not in the list yet, sorted); the rest of the file is added.
   */
  | { ok: true; added: string[]; alreadyTrusted: number; domains: string[]; held: string[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * Adds every domain of a trusted-list file, as the bytes read from it (decoded and parsed by trusted-file.ts), or none: a file with any bad entry is
 * refused with a reason per bad entry and the stored list is left exactly as it was.
 *
 * `hold` keeps a sound entry out without refusing the file: a site an open tab flags as risky just now is added only
 * after its own question (the options page asks it, entrypoints/options/flagged-sites.ts). The entries it holds do not
 * count towards the list's limit.
 */
export async function importTrusted(file: Uint8Array, hold: (domain: string) => boolean = () => false): Promise<ImportTrustedResult> {
  const decoded = decodeTrustedFile(file);
  if (!decoded.ok) return decoded;
  const parsed = parseTrustedFile(decoded.text, normalizeTrustedDomain);
  if (!parsed.ok) return parsed;
  return oneAtATime(() => addDomains(parsed.domains, hold));
}

async function addDomains(domains: readonly string[], hold: (domain: string) => boolean): Promise<ImportTrustedResult> {
  const { settings } = await load();
  const current = new Set(settings.trusted);
  const fresh = domains.filter((domain) => !current.has(domain));
  const held = fresh.filter(hold);
  const added = fresh.filter((domain) => !held.includes(domain));
  if (current.size + added.length > TRUSTED_MAX) {
    return {
      ok: false,
      problems: [{ index: null, reason: { code: 'import-too-many', detail: String(current.size + added.length) } }],
    };
  }
  if (added.length > 0) await settingsItem.setValue({ ...settings, trusted: [...settings.trusted, ...added].sort() });
  return { ok: true, added, alreadyTrusted: domains.length - fresh.length, domains: [...domains], held };
}

/** The trusted list as a file's text (see trusted-file.ts for the format). */
export async function exportTrusted(): Promise<string> {
  const { settings } = await loadSettings();
  return formatTrustedFile(settings.trusted);
}

/** Changes the plain options (not the trusted list). A value the schema refuses is refused, not stored. */
export function updateOptions(
  patch: Partial<Pick<Settings, 'meetingWindowMinutes'>>,
): Promise<{ ok: true; settings: Settings } | { ok: false; field: string }> {
  return oneAtATime(async () => {
    const { settings } = await load();
    const next = settingsSchema.safeParse({ ...settings, ...patch });
    if (!next.success) return { ok: false as const, field: String(next.error.issues[0]?.path[0] ?? 'settings') };
    await settingsItem.setValue(next.data);
    return { ok: true as const, settings: next.data };
  });
}
