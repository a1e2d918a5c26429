// Validate a stored settings value field by field. A bad field is replaced by its default and the
// replacement is reported; one bad field never costs the user the others (Dark Reader's validateSettings).
import type { Reason } from '@/core/types';
import {
  DEFAULT_SETTINGS,
  TRUSTED_MAX,
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsField,
} from './schema';
import type { TrustedNormalizer } from './trusted-normalizer';

/** Codes of repairs; the options page turns them into words. */
export const REPAIR_CODES = [
  'settings-not-object',
  'setting-missing',
  'setting-invalid',
  'setting-unknown',
  'trusted-entry-invalid',
  'trusted-entry-normalised',
  'trusted-entry-duplicate',
  'trusted-too-many',
] as const;
export type RepairCode = (typeof REPAIR_CODES)[number];

/** One repair: what was wrong (`code`), in which field, the stored value as text (`detail`), and why. */
export interface SettingsRepair extends Reason {
  code: RepairCode;
  field: SettingsField | 'settings';
  /** For a refused trusted entry: the normaliser's reason. */
  cause?: Reason;
}

/**
 * Repairs whose report loses nothing if dropped: the entry is still in the list (written the standard
 * way, or once). When the log is full these go first, so a report of an entry removed is kept.
 */
export const MINOR_REPAIR_CODES: ReadonlySet<RepairCode> = new Set(['trusted-entry-normalised', 'trusted-entry-duplicate']);

/** Whether a stored value (from the repair log, which is storage and so not to be trusted) is a repair. */
export function isSettingsRepair(value: unknown): value is SettingsRepair {
  if (!isPlainObject(value)) return false;
  const { code, field, detail, cause } = value;
  return (
    (REPAIR_CODES as readonly unknown[]).includes(code) &&
    (field === 'settings' || (FIELDS as readonly unknown[]).includes(field)) &&
    (detail === undefined || typeof detail === 'string') &&
    (cause === undefined || (isPlainObject(cause) && typeof cause.code === 'string' && (cause.detail === undefined || typeof cause.detail === 'string')))
  );
}

export interface RepairResult {
  settings: Settings;
  repairs: SettingsRepair[];
}

const FIELDS = Object.keys(DEFAULT_SETTINGS) as SettingsField[];

/** A short, printable form of a stored value for a repair report (never the raw object). */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repairTrusted(value: unknown, normalize: TrustedNormalizer, repairs: SettingsRepair[]): string[] {
  if (!Array.isArray(value)) {
    repairs.push({ code: 'setting-invalid', field: 'trusted', detail: describeValue(value) });
    return [...DEFAULT_SETTINGS.trusted];
  }
  const seen = new Set<string>();
  for (const entry of value) {
    if (typeof entry !== 'string') {
      repairs.push({ code: 'trusted-entry-invalid', field: 'trusted', detail: describeValue(entry) });
      continue;
    }
    const result = normalize(entry);
    if (!result.ok) {
      repairs.push({ code: 'trusted-entry-invalid', field: 'trusted', detail: entry, cause: result.reason });
      continue;
    }
    if (result.domain !== entry) {
      repairs.push({ code: 'trusted-entry-normalised', field: 'trusted', detail: `${entry} → ${result.domain}` });
    }
    if (seen.has(result.domain)) {
      repairs.push({ code: 'trusted-entry-duplicate', field: 'trusted', detail: result.domain });
      continue;
    }
    seen.add(result.domain);
  }
  const trusted = [...seen].sort();
  if (trusted.length > TRUSTED_MAX) {
    repairs.push({ code: 'trusted-too-many', field: 'trusted', detail: String(trusted.length) });
    return trusted.slice(0, TRUSTED_MAX);
  }
  return trusted;
}

function repairMeetingWindow(value: unknown, repairs: SettingsRepair[]): number {
  const parsed = settingsSchema.shape.meetingWindowMinutes.safeParse(value);
  if (parsed.success) return parsed.data;
  repairs.push({ code: 'setting-invalid', field: 'meetingWindowMinutes', detail: describeValue(value) });
  return DEFAULT_SETTINGS.meetingWindowMinutes;
}

/**
 * Turns whatever is stored (after migrations) into valid settings plus the list of repairs made.
 * `null`/`undefined` is a first run: defaults, nothing to report.
 */
export function repairSettings(raw: unknown, normalize: TrustedNormalizer): RepairResult {
  if (raw === null || raw === undefined) return { settings: defaultSettings(), repairs: [] };
  if (!isPlainObject(raw)) {
    return {
      settings: defaultSettings(),
      repairs: [{ code: 'settings-not-object', field: 'settings', detail: describeValue(raw) }],
    };
  }
  const repairs: SettingsRepair[] = [];
  for (const field of FIELDS) {
    if (!(field in raw)) repairs.push({ code: 'setting-missing', field });
  }
  for (const key of Object.keys(raw)) {
    if (!(FIELDS as string[]).includes(key)) {
      repairs.push({ code: 'setting-unknown', field: 'settings', detail: `${key}: ${describeValue(raw[key])}` });
    }
  }
  const settings: Settings = {
    trusted: 'trusted' in raw ? repairTrusted(raw.trusted, normalize, repairs) : [...DEFAULT_SETTINGS.trusted],
    meetingWindowMinutes:
      'meetingWindowMinutes' in raw
        ? repairMeetingWindow(raw.meetingWindowMinutes, repairs)
        : DEFAULT_SETTINGS.meetingWindowMinutes,
  };
  // The schema is the single source of truth: the repaired value must pass it whole.
  return { settings: settingsSchema.parse(settings), repairs };
}
