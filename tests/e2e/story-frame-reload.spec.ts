// A chat frame that reloads itself at the same address and tells the story only then, after the card and code form
// showed (background/frames-beside.ts asks each frame for its text once per document). The old build keyed "document"
// by the frame's address: the reloaded frame was not asked again until the worker restarted, and the page stayed "!".
// Fixtures: tests/fixtures/sites/kefu-lipei.cn/reload-chat.html, zaixian-kefu.cn/chat-later.html.

import { badgeText } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('a chat frame reloaded at the same address with the story after the form showed makes the page "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://kefu-lipei.cn/reload-chat.html'));
  // Before the reload: the form alone, and a greeting beside it.
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  await expect.poll(() => page.frameLocator('#chat').locator('#msg').textContent(), { timeout: 8_000 }).toContain('双倍赔偿');
  await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
});
