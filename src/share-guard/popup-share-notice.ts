// The popup's share notice (the `#share-notice` section of popup.html): which tab is sharing the screen and
// how to stop, or that a meeting link was opened a short while ago. Tab titles come from pages: they are
// shortened and rendered as text, never as markup.
import type { ShareStateResponse } from './share-protocol';

export type PopupShareKey = 'popupSharingTab' | 'popupSharingUnknownTab' | 'popupRecentMeeting' | 'shareWarnHowToStop';
export type PopupShareTranslate = (key: PopupShareKey, subs?: string | string[]) => string;

const MAX_TITLE = 60;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return [...clean].length > MAX_TITLE ? `${[...clean].slice(0, MAX_TITLE - 1).join('')}…` : clean;
}

export function shareNoticeLines(state: ShareStateResponse, t: PopupShareTranslate): string[] {
  const lines: string[] = [];
  for (const tab of state.sharing) {
    const name = shorten(tab.title) || tab.host;
    lines.push(name ? t('popupSharingTab', name) : t('popupSharingUnknownTab'));
  }
  if (state.sharing.length > 0) lines.push(t('shareWarnHowToStop'));
  else if (state.recentMeeting) lines.push(t('popupRecentMeeting', String(state.meetingWindowMinutes)));
  return lines;
}

export function renderShareNotice(section: HTMLElement, lines: readonly string[]): void {
  section.replaceChildren(
    ...lines.map((text) => {
      const p = section.ownerDocument.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  section.hidden = lines.length === 0;
}

/** Asks the background and fills the section; on failure the section stays hidden (the rest of the popup works). */
export async function showShareNotice(
  section: HTMLElement,
  t: PopupShareTranslate,
  ask: () => Promise<ShareStateResponse>,
): Promise<void> {
  try {
    renderShareNotice(section, shareNoticeLines(await ask(), t));
  } catch {
    renderShareNotice(section, []);
  }
}
