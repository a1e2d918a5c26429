// Everything the engine should know beyond the page itself, built in one place.
// Issue 4 (screen-share guard, src/share-guard) plugs in here: it provides `screenShared` and `recentMeeting`
// through a ContextSource, and the verdicts of every tab pick them up with no other change.
import type { Context } from '@/core/types';

export interface ContextSource {
  /** The user's trusted registrable domains (already normalised by the settings module). */
  trusted(): Promise<readonly string[]>;
  /** Issue 4: a tab is sharing the screen right now. */
  screenShared?(): Promise<boolean>;
  /** Issue 4: a meeting-join page was visited within the configured window. */
  recentMeeting?(): Promise<boolean>;
}

export async function buildContext(source: ContextSource): Promise<Context> {
  const [trusted, screenShared, recentMeeting] = await Promise.all([
    source.trusted(),
    source.screenShared?.(),
    source.recentMeeting?.(),
  ]);
  return {
    trusted,
    ...(screenShared !== undefined ? { screenShared } : {}),
    ...(recentMeeting !== undefined ? { recentMeeting } : {}),
  };
}
