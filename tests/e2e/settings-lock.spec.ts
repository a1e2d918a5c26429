// Settings changes run one at a time across the extension's contexts (src/settings/one-at-a-time.ts): the
// service worker (the popup's "trust this site") and the options page must see one and the same Web Lock.

import { SETTINGS_LOCK } from '../../src/settings/one-at-a-time';
import { openOptions, serviceWorker } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('the options page and the service worker share the settings lock', async ({ context }) => {
  const options = await openOptions(context);
  // The options page takes the lock and holds it for a moment.
  await options.evaluate((name) => {
    void navigator.locks.request(name, () => new Promise((resolve) => setTimeout(resolve, 3_000)));
  }, SETTINGS_LOCK);
  // The service worker sees it held, and its own request for it waits until the page lets go.
  const worker = await serviceWorker(context);
  const seen = await worker.evaluate(async (name) => {
    const held = (await navigator.locks.query()).held?.map((lock) => lock.name) ?? [];
    const asked = Date.now();
    const waited = await navigator.locks.request(name, async () => Date.now() - asked);
    return { held, waited };
  }, SETTINGS_LOCK);
  expect(seen.held).toContain(SETTINGS_LOCK);
  expect(seen.waited).toBeGreaterThan(1_000);
  await options.close();
});
