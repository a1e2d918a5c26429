// Numbered migrations for the settings item: migrations[n] turns a version n-1 value into version n.
// WXT runs them in order when the stored version (item metadata `v`, 1 when absent) is below SETTINGS_VERSION.
//
// A migration never throws and never validates: it only reshapes what it recognises and passes anything
// else through unchanged, so a corrupt value still reaches repairSettings() and is repaired *and reported*
// there instead of vanishing inside a failed migration.

/**
 * Version 1 (the 0.0.x prototype): the trusted list was one string typed by hand, separated by commas,
 * Chinese commas, semicolons or whitespace, and the meeting window did not exist.
 *   { trustedDomains: "icbc.com.cn, Example.COM；taobao.com" }
 */
export interface SettingsV1 {
  trustedDomains?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 → v2: split the comma string into a list; other keys are kept for repairSettings to judge. */
export function migrateV1toV2(old: unknown): unknown {
  if (!isPlainObject(old) || !('trustedDomains' in old)) return old;
  const { trustedDomains, ...rest } = old;
  const trusted =
    typeof trustedDomains === 'string'
      ? trustedDomains
          .split(/[\s,，;；、]+/u)
          .map((entry) => entry.trim())
          .filter((entry) => entry !== '')
      : trustedDomains; // not a string: leave it for repair to report
  return { ...rest, trusted };
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};
