// Generated pages for the benchmark. Deterministic (no randomness) so two runs measure the same DOM.
//
// A form page mixes the layouts real checkout and sign-up pages use, in several languages, so the
// sensor's label / table-cell / nearby-text lookups all get exercised:
//   <label for>  · wrapping <label>  · table rows (label cell | control cell)  · nested div grids
//   · aria-labelledby  · split boxes (4 × maxlength=4)  · <select> with month options  · <textarea>
//   · type=hidden  · a "send code" button after the control
// Most controls are ordinary (name, address, search); a few ask for card data or codes, as on real pages.

/** Label words per language: [ordinary field, sensitive field]. Values are never typed into these. */
const WORDS: readonly (readonly [string, string])[] = [
  ['收货人姓名', '银行卡号'],
  ['Street address', 'Card number'],
  ['メールアドレス', 'セキュリティコード'],
  ['Город', 'Код из SMS'],
  ['Código postal', 'Fecha de caducidad'],
  ['Firmenname', 'Prüfnummer (CVV)'],
  ['전화번호', '인증번호'],
  ['الاسم الكامل', 'رمز التحقق'],
  ['联系地址', '短信验证码'],
  ['Search products', 'Card password'],
];

const PARAGRAPHS: readonly string[] = [
  '请核对您的订单信息，确认无误后提交。我们不会通过电话向您索取验证码。',
  'Please review your order. Delivery usually takes three to five working days.',
  'ご注文内容をご確認のうえ、お手続きを進めてください。',
  'Пожалуйста, проверьте данные заказа перед отправкой.',
  'Revise su pedido antes de continuar con el pago.',
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One block of markup and how many form controls it holds. */
interface Block {
  html: string;
  controls: number;
}

/** The i-th block: the layout cycles through the patterns, the language through WORDS. */
function block(i: number): Block {
  const [plain, sensitive] = WORDS[i % WORDS.length]!;
  // Every 7th block asks for something sensitive; the rest are ordinary fields. Half the labels carry a
  // number (line 2, item 37 …) so texts are mostly distinct, as on real pages: a cache of classified
  // texts must not look better here than it would there.
  const base = i % 7 === 3 ? sensitive : plain;
  const word = esc(i % 2 === 1 ? `${base} ${(i >> 1) % 97}` : base);
  const id = `f${i}`;
  switch (i % 10) {
    case 0:
      return { html: `<p><label for="${id}">${word}</label> <input id="${id}" name="field_${i}" type="text"></p>`, controls: 1 };
    case 1:
      return { html: `<div class="row"><label>${word} <input name="field_${i}" autocomplete="off" placeholder="${word}"></label></div>`, controls: 1 };
    case 2:
      return {
        html: `<table class="form"><tbody><tr><td class="k">${word}</td><td><input name="t${i}" maxlength="32"></td></tr><tr><td class="k">备注 / Note</td><td><textarea name="n${i}" rows="1"></textarea></td></tr></tbody></table>`,
        controls: 2,
      };
    case 3:
      return {
        html: `<div class="grid"><div class="col"><div class="cell"><span>${word}</span></div></div><div class="col"><div class="cell"><div><input type="tel" name="g${i}" inputmode="numeric"></div></div></div></div>`,
        controls: 1,
      };
    case 4:
      return {
        html: `<div class="row"><span id="l${i}">${word}</span><input aria-labelledby="l${i}" name="a${i}" type="text"><button type="button">获取验证码 / Send code</button></div>`,
        controls: 1,
      };
    case 5:
      return {
        html: `<div class="split"><span>${word}</span>${[0, 1, 2, 3].map((k) => `<input name="s${i}_${k}" maxlength="4" size="4">`).join('')}</div>`,
        controls: 4,
      };
    case 6:
      return {
        html: `<p><label for="${id}">${word}</label><select id="${id}" name="m${i}"><option>MM</option>${['01', '02', '03', '04', '05', '06'].map((m) => `<option>${m}</option>`).join('')}</select></p>`,
        controls: 1,
      };
    case 7:
      return { html: `<input type="hidden" name="token_${i}" value="x${i}"><div><input type="email" name="e${i}" placeholder="${word}" aria-label="${word}"></div>`, controls: 2 };
    case 8:
      return {
        html: `<ul class="list"><li>${word}<input type="password" name="p${i}" autocomplete="new-password"></li><li style="display:none">${word}<input name="h${i}"></li></ul>`,
        controls: 2,
      };
    default:
      return {
        html: `<div class="row"><div><div><div><label>${word}<input name="d${i}" type="text" title="${word}"></label></div></div></div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="1" height="1"></div>`,
        controls: 1,
      };
  }
}

const STYLE = `body{font:14px sans-serif;margin:16px}.row,.grid,.split{display:flex;gap:8px;margin:4px 0}
.form td{padding:2px 6px}.k{color:#555}fieldset{margin:8px 0}`;

/** A page with exactly `controls` form controls (input, select, textarea) in forms of ~50 controls each. */
export function formPage(controls: number, title = `Checkout (${controls} controls)`): string {
  if (!Number.isInteger(controls) || controls < 1) throw new Error(`formPage: controls must be a positive integer, got ${controls}`);
  const parts: string[] = [];
  let count = 0;
  let i = 0;
  let inForm = 0;
  parts.push('<form action="#" method="post"><fieldset>');
  while (count < controls) {
    let b = block(i);
    if (count + b.controls > controls) {
      // Fill the remainder with single-control blocks so the total is exact.
      b = { html: `<p><label for="r${i}">${esc(WORDS[i % WORDS.length]![0])}</label><input id="r${i}" name="r${i}"></p>`, controls: 1 };
    }
    parts.push(b.html);
    count += b.controls;
    inForm += b.controls;
    i++;
    if (inForm >= 50 && count < controls) {
      parts.push(`</fieldset><p>${esc(PARAGRAPHS[i % PARAGRAPHS.length]!)}</p></form><form action="#" method="post"><fieldset>`);
      inForm = 0;
    }
  }
  parts.push('</fieldset><button type="submit">提交订单 / Place order</button></form>');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1><p>${esc(PARAGRAPHS[0]!)}</p>${parts.join('\n')}</body></html>`;
}

/**
 * A page that inserts and removes `nodes` element nodes over `durationMs` once `window.__churn.start()` is
 * called: every 20 ms it appends a batch of rows (div > label + input + span, one control per row of four
 * nodes) and removes the batch appended 200 ms earlier, then removes the rest at the end. Rows hold
 * controls because that is what makes the content script look again; churn without controls is cheaper.
 */
export function churnPage(nodes = 10_000, durationMs = 5_000): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Churn</title></head>
<body><h1>Live feed</h1><div id="feed"></div><script>
(() => {
  const NODES = ${nodes}, DURATION = ${durationMs}, TICK = 20, KEEP = 10;
  const ticks = Math.round(DURATION / TICK);
  const rowsPerTick = Math.ceil(NODES / 4 / ticks);
  const feed = document.getElementById('feed');
  const live = [];
  const state = { inserted: 0, removed: 0, done: false, startedAt: 0, endedAt: 0 };
  function row(n) {
    const r = document.createElement('div');
    const l = document.createElement('label');
    l.textContent = n % 3 === 0 ? 'Code ' + n : '数量 ' + n;
    const i = document.createElement('input');
    i.name = 'q' + n;
    const s = document.createElement('span');
    s.textContent = '¥' + (n % 97);
    l.append(i);
    r.append(l, s);
    return r;
  }
  function removeBatch(batch) {
    for (const r of batch) { r.remove(); state.removed += 4; }
  }
  window.__churn = {
    state,
    start() {
      state.startedAt = performance.now();
      let t = 0;
      const timer = setInterval(() => {
        if (state.inserted < NODES) {
          const frag = document.createDocumentFragment();
          const batch = [];
          for (let k = 0; k < rowsPerTick && state.inserted < NODES; k++) {
            const r = row(state.inserted / 4);
            frag.append(r);
            batch.push(r);
            state.inserted += 4;
          }
          feed.append(frag);
          live.push(batch);
        }
        if (live.length > KEEP) removeBatch(live.shift());
        if (++t >= ticks) {
          clearInterval(timer);
          while (live.length) removeBatch(live.shift());
          state.endedAt = performance.now();
          state.done = true;
        }
      }, TICK);
    },
  };
})();
</script></body></html>`;
}

/**
 * A card form for the typing test. The field is what the content script must treat as sensitive:
 * label 银行卡号, autocomplete=cc-number, numeric input mode. The in-page recorder measures every keystroke
 * (definitions in the script below and in typing.ts) while `window.__typing.recording` is true.
 */
export function typingPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>退款申请</title></head>
<body><h1>退款申请</h1><form action="#"><p><label for="card">银行卡号</label>
<input id="card" name="cardNumber" autocomplete="cc-number" inputmode="numeric" type="text"></p>
<p><label for="name">持卡人姓名</label><input id="name" name="holder"></p></form>
<script>
(() => {
  // Per keystroke, from the first listener to see each event (this page's, capturing at the window,
  // registered before any content script exists) — event.timeStamp is not used: for synthesized input its
  // clock drifts from performance.now() in headless Chromium.
  //   down  = keydown reaches the page → the first task after the keydown/input task
  //   up    = keyup reaches the page → the first task after the keyup task
  //   frame = keydown reaches the page → the next animation frame after the input event
  const rec = { recording: false, keys: [], frame: [] };
  let cur = null;
  const chDown = new MessageChannel();
  const chUp = new MessageChannel();
  chDown.port1.onmessage = (m) => { const k = rec.keys[m.data]; if (k) k.down = performance.now() - k.t0; };
  chUp.port1.onmessage = (m) => { const k = rec.keys[m.data]; if (k) k.up = performance.now() - k.tUp; };
  window.addEventListener('keydown', () => {
    if (!rec.recording) return;
    cur = { t0: performance.now(), tUp: -1, down: -1, up: -1 };
    rec.keys.push(cur);
  }, true);
  window.addEventListener('input', () => {
    if (!rec.recording || !cur) return;
    const i = rec.keys.length - 1, t0 = cur.t0;
    chDown.port2.postMessage(i);
    requestAnimationFrame(() => rec.frame.push(performance.now() - t0));
  }, true);
  window.addEventListener('keyup', () => {
    if (!rec.recording || !cur) return;
    cur.tUp = performance.now();
    chUp.port2.postMessage(rec.keys.length - 1);
    cur = null;
  }, true);
  window.__typing = rec;
})();
</script></body></html>`;
}
