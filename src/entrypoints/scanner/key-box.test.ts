// @vitest-environment jsdom
// The scanner's guard and a key box (sensor/editable.ts): a focusable span whose script takes each digit key and
// draws it, as on the red-team page (tests/fixtures/sites/alipay-refund.cn/key-box.html). No input, no
// contenteditable, no role: the field is found only after the first digit key.
import { afterEach, describe, expect, it } from 'vitest';
import type { CsBgScan } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import { earlyEvents } from '@/platform/early-events';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { createGuard, type Guard } from './guard';

const ctx: ScriptContext = { isInvalid: false, onInvalidated: () => () => {}, setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number };
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let guard: Guard | null = null;
afterEach(() => {
  guard?.stop(true);
  guard = null;
});

/** The page, a running guard and what it sent; `takes`: whether the page's script takes digit keys (and how). */
async function keyBoxPage(takes: 'cancel and draw' | 'draw' | 'nothing'): Promise<CsBgScan[]> {
  document.body.innerHTML =
    '<h1>商品质量问题退款</h1><p>银行卡号 <span class="box" tabindex="0" id="card"></span></p><p>取款密码 <span class="box" tabindex="0" id="pin"></span></p>';
  for (const box of document.querySelectorAll<HTMLElement>('.box')) {
    let typed = '';
    box.addEventListener('keydown', (event) => {
      if (takes === 'nothing' || !/^\d$/.test(event.key)) return;
      if (takes === 'cancel and draw') event.preventDefault();
      typed += event.key;
      box.textContent = box.id === 'pin' ? '●'.repeat(typed.length) : typed;
    });
  }
  const sent: CsBgScan[] = [];
  guard = createGuard(ctx, document, async (message) => (message.type === 'cs-bg-scan' && sent.push(message), { level: 'none' }), earlyEvents(window), () => null);
  await guard.run({ proceed: true, domainKind: 'unknown' });
  return sent;
}

function type(id: string, keys: string): void {
  const box = document.getElementById(id)!;
  box.focus();
  for (const key of keys) dispatchTrusted(box, new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
}

describe('a key box in the scans', () => {
  it.each(['cancel and draw', 'draw'] as const)('joins the scans at the first digit key the page takes (%s): card number and card password', async (takes) => {
    const sent = await keyBoxPage(takes);
    expect(sent.at(-1)!.facts.fields).toEqual([]);
    type('card', '6222');
    type('pin', '1234');
    await settle();
    expect(sent.at(-1)!.facts.fields.map((f) => f.kind)).toEqual(['card-number', 'card-pin']);
    // What was typed goes nowhere: no digit of it in what is sent.
    expect(JSON.stringify(sent)).not.toMatch(/6222|1234/);
  });

  it('stays out of the scans when the page does nothing with the keys', async () => {
    const sent = await keyBoxPage('nothing');
    type('card', '6222');
    await settle();
    expect(sent.at(-1)!.facts.fields).toEqual([]);
  });
});
