export { DEFAULT_SETTINGS, MEETING_WINDOW_CHOICES, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';
export { settingsItem, repairLogItem, type RepairLogEntry } from './item';
export { settingsReader } from './reader';
export { REPAIR_CODES, type RepairCode, type SettingsRepair } from './repair';
export { TRUSTED_FILE_FORMAT, TRUSTED_FILE_VERSION, type ImportProblem } from './trusted-file';
export {
  addTrusted,
  clearRepairLog,
  exportTrusted,
  importTrusted,
  loadSettings,
  readRepairLog,
  removeTrusted,
  updateOptions,
  type AddTrustedResult,
  type ImportTrustedResult,
  type LoadedSettings,
} from './store';
