// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderShareNotice, shareNoticeLines, showShareNotice, type PopupShareTranslate } from './popup-share-notice';
import type { ShareStateResponse } from './share-protocol';

const t: PopupShareTranslate = (key, subs) => `${key}(${[subs ?? []].flat().join(',')})`;
const state = (over: Partial<ShareStateResponse> = {}): ShareStateResponse => ({
  sharing: [],
  recentMeeting: false,
  meetingWindowMinutes: 30,
  ...over,
});

describe('shareNoticeLines', () => {
  it('names each sharing tab by title, else host, then says how to stop', () => {
    expect(
      shareNoticeLines(
        state({
          sharing: [
            { tabId: 1, title: '腾讯会议', host: 'meeting.tencent.com', since: 1 },
            { tabId: 2, title: '', host: 'webmeeting-share.cn', since: 2 },
            { tabId: 3, title: '', host: '', since: 3 },
          ],
        }),
        t,
      ),
    ).toEqual([
      'popupSharingTab(腾讯会议)',
      'popupSharingTab(webmeeting-share.cn)',
      'popupSharingUnknownTab()',
      'shareWarnHowToStop()',
    ]);
  });

  it('shortens a long page title', () => {
    const [line] = shareNoticeLines(state({ sharing: [{ tabId: 1, title: '长'.repeat(200), host: 'x.cn', since: 1 }] }), t);
    expect([...line!].length).toBeLessThan(80);
    expect(line).toContain('…');
  });

  it('mentions a recent meeting link only when nothing shares', () => {
    expect(shareNoticeLines(state({ recentMeeting: true }), t)).toEqual(['popupRecentMeeting(30)']);
    expect(shareNoticeLines(state(), t)).toEqual([]);
  });
});

describe('renderShareNotice', () => {
  it('renders page titles as text, never as markup', () => {
    const section = document.createElement('section');
    section.hidden = true;
    renderShareNotice(section, ['<img src=x onerror=alert(1)>']);
    expect(section.hidden).toBe(false);
    expect(section.querySelector('img')).toBeNull();
    expect(section.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('hides the section when there is nothing to say, also when the background fails', async () => {
    const section = document.createElement('section');
    renderShareNotice(section, ['x']);
    await showShareNotice(section, t, () => Promise.reject(new Error('asleep')));
    expect(section.hidden).toBe(true);
    expect(section.childElementCount).toBe(0);
  });
});
