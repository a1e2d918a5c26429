import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings';
import { MEETING_WINDOW_ALARM, startShareGuard } from './background-wiring';

const MEETING = 'https://meeting.tencent.com/dm/abcDEF123';

describe('the meeting window in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('books its end as an alarm (it outlives a sleeping worker), and the alarm re-checks every tab', async () => {
    let rechecks = 0;
    const warnings: string[] = [];
    const guard = startShareGuard({
      applyLevelBadge: async () => undefined,
      tabLevel: async () => 'none',
      recheckAllTabs: async () => void rechecks++,
      settings: async () => ({ ...DEFAULT_SETTINGS, meetingWindowMinutes: 30 }),
      warn: (what) => void warnings.push(what),
    });
    const before = Date.now();
    await guard.service.noteVisit({ tabId: 2, frameId: 0, url: MEETING });
    // The visit itself re-checks the tabs once (the window opened).
    expect(rechecks).toBe(1);
    const alarm = await fakeBrowser.alarms.get(MEETING_WINDOW_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + 30 * 60_000);
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1);
    // Another extension alarm name does nothing; ours re-checks.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    expect(rechecks).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(rechecks).toBe(2);
    expect(warnings).toEqual([]);
  });
});
