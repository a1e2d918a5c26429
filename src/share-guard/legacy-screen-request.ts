// The legacy ways a getUserMedia call asks for a screen instead of a camera. Each is honoured by one browser family
// only, and ignored elsewhere (Chromium hands out the camera for `mediaSource`): display-media-hook.ts decides
// what a request's result counts as. Main world: no browser API, no imports.

/** The legacy screen forms of getUserMedia (bits of `legacyScreenForms`). */
export const MEDIA_SOURCE = 1; // Firefox: video.mediaSource
export const CHROME_MEDIA_SOURCE = 2; // Chromium: video.mandatory.chromeMediaSource

const LEGACY_SCREEN_SOURCES = ['screen', 'window', 'application', 'browser', 'desktop', 'tab'];

/**
 * The legacy ways a getUserMedia call asks for a screen, as bits: MEDIA_SOURCE for Firefox's `video.mediaSource`
 * ('screen', 'window', …), CHROME_MEDIA_SOURCE for Chromium's `video.mandatory.chromeMediaSource` ('desktop',
 * 'screen', 'tab'); 0 for none. Reading the constraints can run page getters: a throw means "not a screen request".
 */
export function legacyScreenForms(constraints: unknown): number {
  try {
    if (typeof constraints !== 'object' || constraints === null) return 0;
    const video: unknown = (constraints as { video?: unknown }).video;
    if (typeof video !== 'object' || video === null) return 0;
    const mandatory: unknown = (video as { mandatory?: unknown }).mandatory;
    const chromeSource: unknown = typeof mandatory === 'object' && mandatory !== null ? (mandatory as { chromeMediaSource?: unknown }).chromeMediaSource : undefined;
    return (isScreenSource((video as { mediaSource?: unknown }).mediaSource) ? MEDIA_SOURCE : 0) | (isScreenSource(chromeSource) ? CHROME_MEDIA_SOURCE : 0);
  } catch {
    return 0;
  }
}

function isScreenSource(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < LEGACY_SCREEN_SOURCES.length; i++) if (LEGACY_SCREEN_SOURCES[i] === value) return true;
  return false;
}
