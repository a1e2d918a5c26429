// The storage items behind the settings. One item holds every setting; WXT keeps its version in the
// item's metadata (`settings$` → { v }) and runs SETTINGS_MIGRATIONS when that is below SETTINGS_VERSION.
import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema';
import type { SettingsRepair } from './repair';

export const SETTINGS_KEY = 'local:settings' as const;

/**
 * Typed as Settings for writers; readers must not trust it — whatever is stored goes through
 * repairSettings() in loadSettings().
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  version: SETTINGS_VERSION,
  fallback: DEFAULT_SETTINGS,
  migrations: SETTINGS_MIGRATIONS,
});

/** A repair that was made, with when. Kept so the options page can show a repair the background made. */
export interface RepairLogEntry extends SettingsRepair {
  /** Epoch milliseconds. */
  at: number;
}

export const REPAIR_LOG_MAX = 50;

export const repairLogItem = storage.defineItem<RepairLogEntry[]>('local:settingsRepairs', {
  fallback: [],
});
