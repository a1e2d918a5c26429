// The settings the user can change, as one versioned storage item (see item.ts).
//
// Stored shape, version 2 (current):
//   { trusted: string[], meetingWindowMinutes: number }
// Version 1 (the 0.0.x prototype) stored the trusted list as one comma-separated string; migrations.ts
// turns it into this shape. Field-level validation and repair live in repair.ts.
import { z } from 'zod';

export const SETTINGS_VERSION = 2;

/** Minutes after visiting a meeting-join page during which card fields count as risky (issue 4). */
export const MEETING_WINDOW_CHOICES = [10, 30, 60, 120] as const;
export const MEETING_WINDOW_MIN = 5;
export const MEETING_WINDOW_MAX = 240;

/** Entries in the trusted list: more than this is not a hand-kept list any more, and is refused. */
export const TRUSTED_MAX = 500;

export const settingsSchema = z.object({
  /** Registrable domains the user trusts, normalised (lower case, punycode), unique, sorted. */
  trusted: z.array(z.string()).max(TRUSTED_MAX),
  meetingWindowMinutes: z.number().int().min(MEETING_WINDOW_MIN).max(MEETING_WINDOW_MAX),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  trusted: [],
  meetingWindowMinutes: 30,
});

/** A fresh, mutable copy of the defaults (the frozen object must never be handed out to be edited). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, trusted: [...DEFAULT_SETTINGS.trusted] };
}
