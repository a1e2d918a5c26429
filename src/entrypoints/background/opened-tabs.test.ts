import { describe, expect, it, vi } from 'vitest';
import { openedTabs } from './opened-tabs';

describe('openedTabs (Firefox: the guard for a tab a page opened)', () => {
  it('injects the guard at the first complete load of a tab a page opened, and only then', () => {
    const inject = vi.fn(async () => undefined);
    const tabs = openedTabs(inject);
    tabs.created(7);
    tabs.updated(7, 'loading');
    expect(inject).not.toHaveBeenCalled();
    tabs.updated(7, 'complete');
    expect(inject).toHaveBeenCalledExactlyOnceWith(7);
    // Later loads in the tab are ordinary pages: the declared content script covers them.
    tabs.updated(7, 'complete');
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('leaves tabs alone that no page opened', () => {
    const inject = vi.fn(async () => undefined);
    const tabs = openedTabs(inject);
    tabs.updated(3, 'complete');
    tabs.updated(3, undefined);
    expect(inject).not.toHaveBeenCalled();
  });

  it('forgets a tab closed before it finished loading', () => {
    const inject = vi.fn(async () => undefined);
    const tabs = openedTabs(inject);
    tabs.created(9);
    tabs.removed(9);
    tabs.updated(9, 'complete');
    expect(inject).not.toHaveBeenCalled();
  });
});
