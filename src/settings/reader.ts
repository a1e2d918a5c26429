// The background needs the settings for every page's messages (the trusted list at each frame's hello and
// scan, the meeting window for the share guard). Loading means a storage read, a zod check and a trusted-domain
// normalisation per entry; the stored value only changes through settingsItem, so the loaded value is kept until
// the item reports a change (from the options page, the popup's trust, a repair) and then loaded afresh.
import { settingsItem } from './item';
import type { Settings } from './schema';
import { loadSettings } from './store';

export function settingsReader(): () => Promise<Settings> {
  let cached: Promise<Settings> | null = null;
  settingsItem.watch(() => {
    cached = null;
  });
  return () => {
    cached ??= loadSettings().then(
      (loaded) => loaded.settings,
      (error: unknown) => {
        // A failed load is not kept: the next message tries again.
        cached = null;
        throw error;
      },
    );
    return cached;
  };
}
