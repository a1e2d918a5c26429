// A form in a sandboxed frame of the page's own site (red-team round 3). The frame's address is the site's, but
// its origin is opaque: it cannot read the story on the page around it, and the background, comparing addresses,
// took it for a frame that does and never asked the top page for its text. "!" where the same page with the frame
// not sandboxed gets "!!".
// Fixture: tests/fixtures/sites/shouhou-lipei.cn (https: over http a card and a code are danger on their own).

import { badgeText } from '../support/extension';
import { expect, test } from '../support/fixtures';

for (const [what, path] of [
  ['sandboxed', '/'],
  ['not sandboxed (the control)', '/control.html'],
] as const) {
  test(`the story on the page and the card form in a frame of the same site, ${what}: "!!"`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://shouhou-lipei.cn${path}`));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  });
}
