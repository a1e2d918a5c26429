// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classifyFields } from '@/core/fields/classify';
import { collectControls, collectWithRoots } from '@/sensor/collect-controls';
import { snapshotControls } from '@/sensor/snapshot';
import { scanPageSliced, scanSteps, WANT_READERS } from './page-facts';
import { pageReaders } from './page-readers';
import { runSteps, scanPage } from './scan-page';
import { readableTopOf } from './surrounding-page';

function page(html: string, title = '退款中心'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = html;
  return doc;
}

const none = { has: () => false };

describe('scanPage (content-script side of PageFacts)', () => {
  it('a page without controls sends no text at all', () => {
    const { facts, elements } = scanPage(page('<h1>支付宝退款</h1><p>您的订单有质量问题</p>'), 'https://a.example/', none);
    expect(elements).toEqual([]);
    expect(facts).toEqual({ url: 'https://a.example/', title: '退款中心', headings: [], text: '', fields: [] });
  });

  it('a page without controls sends its headings and text when asked to (pageText)', () => {
    const { facts } = runSteps(scanSteps(page('<h1>支付宝退款</h1><p>您的订单有质量问题</p>'), 'https://a.example/', none, [], [], true));
    expect(facts.fields).toEqual([]);
    expect(facts.headings).toContain('支付宝退款');
    expect(facts.text).toContain('您的订单有质量问题');
  });

  it('controls but nothing sensitive: findings empty, no page text', () => {
    const { facts } = scanPage(page('<p>订单有质量问题</p><label>搜索 <input name="q" type="search"></label>'), 'https://a.example/', none);
    expect(facts.fields).toEqual([]);
    expect(facts.text).toBe('');
  });

  it('a form in a frame the page wrote itself also reads the page around it (title, headings, text)', () => {
    document.title = '中国人民银行 | 银行卡安全升级';
    document.body.innerHTML = '<h1>银行卡安全升级</h1><p>否则将被冻结。</p><iframe id="f"></iframe>';
    const frameDoc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = '<label>银行卡号 <input name="a"></label><label>短信验证码 <input name="b"></label>';
    const { facts } = scanPage(frameDoc, 'about:blank', none);
    expect(facts.fields.map((f) => f.kind)).toEqual(['card-number', 'otp']);
    expect(facts.around).toEqual({
      title: '中国人民银行 | 银行卡安全升级',
      headings: expect.arrayContaining(['银行卡安全升级']),
      text: expect.stringContaining('否则将被冻结'),
    });
    // What someone typed into an editable box of the top page is not the page's text.
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true">6222020200112233445</div><div role="textbox">88888888</div>');
    const around = scanPage(frameDoc, 'about:blank', none).facts.around!;
    expect(around.text).toContain('否则将被冻结');
    expect(around.text).not.toMatch(/6222020200112233445|88888888/);
    // Nothing sensitive in the frame: neither its text nor the page around it is read.
    frameDoc.body.innerHTML = '<label>搜索 <input name="q" type="search"></label>';
    expect(scanPage(frameDoc, 'about:blank', none).facts.around).toBeUndefined();
    // The top page itself has no page around it.
    document.body.innerHTML = '<label>银行卡号 <input name="a"></label>';
    expect(scanPage(document, 'https://a.example/', none).facts.around).toBeUndefined();
  });

  it('a frame whose top page is of another origin reads nothing around it', () => {
    const frameDoc = document.implementation.createHTMLDocument('');
    const view = {
      get top(): unknown {
        return { get document(): never { throw new DOMException('Blocked a frame with origin', 'SecurityError'); } };
      },
    };
    Object.defineProperty(frameDoc, 'defaultView', { value: view });
    expect(readableTopOf(frameDoc)).toBeNull();
  });

  it('a card form: findings with indices into the elements, plus headings and text', () => {
    const doc = page('<h1>理赔退款</h1><p>请填写退款银行卡</p><label>银行卡号 <input id="card" name="yhk"></label><label>短信验证码 <input name="yzm"></label><button type="button">获取验证码</button>');
    const { facts, elements } = scanPage(doc, 'https://a.example/', none);
    const kinds = facts.fields.map((field) => [field.kind, elements[field.index]?.getAttribute('name')]);
    expect(kinds).toEqual(expect.arrayContaining([['card-number', 'yhk'], ['otp', 'yzm']]));
    expect(facts.headings.join(' ')).toContain('理赔退款');
    expect(facts.text).toContain('请填写退款银行卡');
  });

  it('reads labels whose characters a page split with invisible characters (zero-width space, soft hyphen)', () => {
    const doc = page('<label>银&#8203;行&#8203;卡&#8203;号 <input name="a"></label><label>验&shy;证&shy;码 <input name="b"></label>');
    const { facts, elements } = scanPage(doc, 'https://a.example/', none);
    expect(facts.fields.map((field) => [field.kind, elements[field.index]?.getAttribute('name')])).toEqual([
      ['card-number', 'a'],
      ['otp', 'b'],
    ]);
  });

  it('never carries what was typed into a control', () => {
    const doc = page('<label>银行卡号 <input id="card"></label><label>备注 <input id="note"></label><textarea id="t"></textarea>');
    (doc.getElementById('card') as HTMLInputElement).value = '6222020200112233445';
    (doc.getElementById('note') as HTMLInputElement).value = '4111111111111111';
    (doc.getElementById('t') as HTMLTextAreaElement).value = 'secret-123456';
    const note = doc.getElementById('note')!;
    const { facts } = scanPage(doc, 'https://a.example/', new WeakSet([note]));
    const sent = JSON.stringify(facts);
    expect(sent).not.toContain('6222020200112233445');
    expect(sent).not.toContain('4111111111111111');
    expect(sent).not.toContain('secret-123456');
    expect(facts.fields.some((field) => field.kind === 'card-number' && field.reasons.some((r) => r.code === 'typed-card-number'))).toBe(true);
  });
});

/** A page of `n` blocks: ordinary fields, a card number, an expiry month, split code boxes and a send-code button. */
function bigForm(n: number): Document {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 9 === 4) rows.push(`<p><label for="c${i}">银行卡号</label><input id="c${i}" name="card${i}" inputmode="numeric"></p>`);
    else if (i % 9 === 5) rows.push(`<p><label for="m${i}">有效期</label><select id="m${i}"><option>01</option><option>02</option><option>03</option></select></p>`);
    else if (i % 9 === 7) rows.push(`<div><span>短信验证码</span>${[0, 1, 2, 3, 4, 5].map((k) => `<input name="v${i}_${k}" maxlength="1">`).join('')}<button type="button">获取验证码</button></div>`);
    else rows.push(`<p><label>收货地址 ${i} <input name="addr${i}"></label></p>`);
  }
  return page(`<h1>退款</h1><form>${rows.join('')}</form>`);
}

describe('collectWithRoots', () => {
  it('finds the same controls in the same order as collectControls, and the open shadow roots, nested ones too', () => {
    const doc = page('<input id="a"><div id="host1"></div><select id="b"></select><div id="host2"></div><textarea id="c"></textarea>');
    const outer = doc.getElementById('host1')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<input id="s1"><span id="inner-host"></span><input id="s2">';
    const inner = outer.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<input id="n1">';
    doc.getElementById('host2')!.attachShadow({ mode: 'closed' }).innerHTML = '<input id="hidden-away">';
    const { elements, roots } = collectWithRoots(doc);
    expect(elements).toEqual(collectControls(doc));
    expect(elements.map((e) => e.id)).toEqual(['a', 'b', 'c', 's1', 's2', 'n1']);
    expect(roots).toEqual([outer, inner]);
  });

  it('adds the closed roots it is given after all others, with the open roots inside them, each once', () => {
    const doc = page('<input id="a"><div id="open-host"></div><div id="closed-host"></div><div id="gone-host"></div>');
    const open = doc.getElementById('open-host')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<input id="o1">';
    const closed = doc.getElementById('closed-host')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<input id="c1"><span id="nested-host"></span><select id="c2"></select>';
    const nested = closed.getElementById('nested-host')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<textarea id="n1"></textarea>';
    const gone = doc.getElementById('gone-host')!.attachShadow({ mode: 'closed' });
    gone.innerHTML = '<input id="g1">';
    gone.host.remove();
    const { elements, roots } = collectWithRoots(doc, [closed, closed, gone]);
    // The indices before the closed roots' controls are those the CLI gives (it knows no closed root).
    expect(elements.map((e) => e.id)).toEqual(['a', 'o1', 'c1', 'c2', 'n1']);
    expect(elements.slice(0, 2)).toEqual(collectControls(doc));
    expect(roots).toEqual([open, closed, nested]);
  });
});

describe('scanPageSliced', () => {
  /** A clock that moves 1 ms every time it is read. */
  const ticking = () => {
    let t = 0;
    return () => t++;
  };

  it('gives the same facts and elements as the one-task scan, pausing between slices', async () => {
    const doc = bigForm(300);
    const whole = scanPage(doc, 'https://a.example/', none);
    let pauses = 0;
    const sliced = await scanPageSliced(doc, 'https://a.example/', none, {
      pause: async () => void pauses++,
      wanted: () => true,
      readers: async () => pageReaders,
      now: ticking(),
      sliceMs: 1,
    });
    expect(whole.facts.fields.length).toBeGreaterThan(50);
    expect(whole.facts.fields.map((f) => f.kind)).toEqual(expect.arrayContaining(['card-number', 'card-expiry', 'otp']));
    expect(sliced?.facts).toEqual(whole.facts);
    expect(sliced?.elements).toEqual(whole.elements);
    // A pause after every step: one per 64 controls at least.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(whole.elements.length / 64));
  });

  it('runs straight through while the clock says the slice is short (no pause on a small page)', async () => {
    let pauses = 0;
    const result = await scanPageSliced(bigForm(20), 'https://a.example/', none, {
      pause: async () => void pauses++,
      wanted: () => true,
      readers: async () => pageReaders,
      now: () => 0,
    });
    expect(pauses).toBe(0);
    expect(result?.facts.fields.length).toBeGreaterThan(0);
  });

  it('ends early with null when the scan stops being wanted during a pause', async () => {
    let wanted = true;
    const result = await scanPageSliced(bigForm(300), 'https://a.example/', none, {
      pause: async () => {
        wanted = false;
      },
      wanted: () => wanted,
      readers: async () => pageReaders,
      now: ticking(),
      sliceMs: 3,
    });
    expect(result).toBeNull();
  });

  it('keeps a typed card number on the control it was typed into', async () => {
    const doc = bigForm(30);
    const target = doc.querySelector('input[name="addr0"]')!;
    const result = await scanPageSliced(doc, 'https://a.example/', new WeakSet([target]), {
      pause: async () => {},
      wanted: () => true,
      readers: async () => pageReaders,
      now: ticking(),
      sliceMs: 2,
    });
    const index = result!.elements.indexOf(target);
    expect(result!.facts.fields.find((f) => f.index === index)).toMatchObject({ kind: 'card-number', reasons: [{ code: 'typed-card-number' }] });
  });
});

describe('the page readers, asked for by the steps (not in the scanner: scanner/page-readers.ts)', () => {
  const REFUND = '<h1>银行卡安全升级</h1><p>否则将被冻结。</p><label>银行卡号 <input id="card"></label>';

  it('the steps ask for them once, only after a sensitive field was found', () => {
    const asked = (html: string, pageText = false): number => {
      const steps = scanSteps(page(html), 'https://a.example/', none, [], [], pageText);
      let n = 0;
      for (let next = steps.next(); !next.done; next = steps.next(next.value === WANT_READERS ? (n++, pageReaders) : undefined));
      return n;
    };
    expect(asked(REFUND)).toBe(1);
    expect(asked('<h1>新闻</h1><label>搜索 <input type="search"></label>')).toBe(0);
    expect(asked('<h1>新闻</h1>', true)).toBe(1);
  });

  it('without them: the same fields and title, no headings, text or page around', () => {
    const doc = page(REFUND);
    const without = runSteps(scanSteps(doc, 'https://a.example/', none), null);
    const whole = scanPage(doc, 'https://a.example/', none);
    expect(whole.facts.headings).toContain('银行卡安全升级');
    expect(without.facts).toEqual({ ...whole.facts, headings: [], text: '' });
    expect(without.elements).toEqual(whole.elements);
  });

  it('sliced: waits for them without holding the thread (the page runs meanwhile, no pause is spent), then gives the one-task facts', async () => {
    const doc = page(REFUND);
    let pageRan = false;
    let pauses = 0;
    const result = await scanPageSliced(doc, 'https://a.example/', none, {
      pause: async () => void pauses++,
      wanted: () => true,
      readers: () =>
        new Promise((resolve) => {
          // The page's own task, queued while the scan waits: it runs before the readers come.
          setTimeout(() => (pageRan = true), 0);
          setTimeout(() => resolve(pageReaders), 30);
        }),
      now: () => performance.now(),
      sliceMs: 15,
    });
    expect(pageRan).toBe(true);
    // The 30 ms wait is not counted as the scan's slice: no pause follows it on this small page.
    expect(pauses).toBe(0);
    expect(result?.facts).toEqual(scanPage(doc, 'https://a.example/', none).facts);
  });

  it('sliced: readers that cannot be had (null, or a failure) leave the fields and the title', async () => {
    const doc = page(REFUND);
    const whole = scanPage(doc, 'https://a.example/', none);
    for (const readers of [async () => null, () => Promise.reject(new Error('refused'))]) {
      const result = await scanPageSliced(doc, 'https://a.example/', none, { pause: async () => {}, wanted: () => true, readers });
      expect(result?.facts).toEqual({ ...whole.facts, headings: [], text: '' });
    }
  });

  it('sliced: a scan no longer wanted once the wait is over ends with null', async () => {
    let wanted = true;
    const result = await scanPageSliced(page(REFUND), 'https://a.example/', none, {
      pause: async () => {},
      wanted: () => wanted,
      readers: async () => {
        wanted = false;
        return pageReaders;
      },
    });
    expect(result).toBeNull();
  });
});

describe('card context comes with the page readers (core/fields/card-context.ts: not in the scanner)', () => {
  // A card number, then an expiry month and year that only the card beside them makes card fields.
  const CARD_FORM =
    '<h1>退款</h1><div><label>Card number <input name="cc"></label>' +
    '<label>Month <select name="m"><option>01</option><option>02</option><option>03</option></select></label>' +
    '<select name="y"><option>2026</option><option>2027</option><option>2028</option></select></div>';
  const contextCodes = (facts: { fields: { reasons: { code: string }[] }[] }): string[] =>
    facts.fields.flatMap((f) => f.reasons.map((r) => r.code)).filter((code) => code === 'card-context' || code === 'pairs-with');

  it('with them: the findings of classifyFields, card context included, and the readers asked for once', () => {
    const doc = page(CARD_FORM);
    let asked = 0;
    const steps = scanSteps(doc, 'https://a.example/', none);
    let next = steps.next();
    for (; !next.done; next = steps.next(next.value === WANT_READERS ? (asked++, pageReaders) : undefined));
    expect(asked).toBe(1);
    expect(next.value.facts.fields).toEqual(classifyFields(snapshotControls(collectControls(doc))));
    expect(next.value.facts.fields.map((f) => f.kind)).toEqual(['card-number', 'card-expiry', 'card-expiry']);
    expect(contextCodes(next.value.facts)).toEqual(['card-context', 'card-context']);
    expect(next.value.facts.text).toContain('退款');
  });

  it('without them (refused, or late): the scan goes out without card context, as without the text', () => {
    const { facts } = runSteps(scanSteps(page(CARD_FORM), 'https://a.example/', none), null);
    expect(facts.fields.map((f) => f.kind)).toEqual(['card-number']);
    expect(contextCodes(facts)).toEqual([]);
    expect(facts.text).toBe('');
  });
});
