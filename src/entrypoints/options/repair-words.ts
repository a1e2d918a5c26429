// Settings repairs (src/settings/repair.ts) and import problems (src/settings/trusted-file.ts) in words.
// Stored values and file entries are user data, not page data, but they are still rendered as text.
import { describeReason, type BrandNamer } from '@/i18n/reason-words';
import { t, type MessageKey } from '@/i18n/t';
import type { ImportProblem, SettingsRepair } from '@/settings';

const SETTING_NAMES: Readonly<Record<SettingsRepair['field'], MessageKey>> = {
  settings: 'settingNameAll',
  trusted: 'settingNameTrusted',
  meetingWindowMinutes: 'settingNameMeetingWindow',
};

export function repairLine(repair: SettingsRepair, brandName: BrandNamer): string {
  const detail = repair.detail ?? '';
  switch (repair.code) {
    case 'settings-not-object':
      return t('repairSettingsNotObject', detail);
    case 'setting-missing':
      return t('repairSettingMissing', t(SETTING_NAMES[repair.field]));
    case 'setting-invalid':
      return t('repairSettingInvalid', [t(SETTING_NAMES[repair.field]), detail]);
    case 'setting-unknown':
      return t('repairSettingUnknown', detail);
    case 'trusted-entry-invalid':
      return t('repairTrustedEntryInvalid', [detail, repair.cause ? describeReason(repair.cause, brandName).text : '']).trim();
    case 'trusted-entry-normalised':
      return t('repairTrustedEntryNormalised', detail);
    case 'trusted-entry-duplicate':
      return t('repairTrustedEntryDuplicate', detail);
    case 'trusted-too-many':
      return t('repairTrustedTooMany', detail);
  }
}

export function importProblemLine(problem: ImportProblem, brandName: BrandNamer): string {
  const why = describeReason(problem.reason, brandName);
  if (problem.index === null) return why.evidence ? t('evidenceWrap', [why.text, why.evidence]) : why.text;
  // The entry is quoted already; the reason's evidence would only repeat it.
  return t('importEntryProblem', [String(problem.index + 1), problem.entry ?? '', why.text]);
}
