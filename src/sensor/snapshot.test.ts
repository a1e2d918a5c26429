// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../core/types';
import { classifyFields } from '../core/fields/classify';
import { sensorHeadings, sensorPageText, snapshotControls, snapshotPage } from './snapshot';

function load(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

function controls(html: string): ControlSnapshot[] {
  return snapshotPage(load(html), 'https://example.test/').snapshot.controls;
}

beforeEach(() => {
  document.title = '';
});

describe('snapshotPage: attributes', () => {
  it('reads attributes, lower-cases type and autocomplete, and never the value', () => {
    const [c] = controls(
      '<input id="kh" name="cardNo" type="TEL" autocomplete="CC-Number" inputmode="numeric" maxlength="19" pattern="[0-9]*" placeholder="卡号" title="Card" value="6222021234567890123">',
    );
    expect(c).toMatchObject({
      index: 0,
      tag: 'input',
      type: 'tel',
      id: 'kh',
      name: 'cardNo',
      autocomplete: 'cc-number',
      inputmode: 'numeric',
      maxLength: 19,
      pattern: '[0-9]*',
      placeholder: '卡号',
      title: 'Card',
    });
    expect(JSON.stringify(c)).not.toContain('6222021234567890123');
  });

  it.each([
    ['<input>', 'text'],
    ['<input type="weird">', 'text'],
    ['<input type="Password">', 'password'],
    ['<select></select>', ''],
    ['<textarea></textarea>', ''],
  ])('type of %s is "%s"', (html, type) => expect(controls(html)[0]?.type).toBe(type));

  it.each([
    ['<input maxlength="0">', null],
    ['<input maxlength="-1">', null],
    ['<input maxlength="abc">', null],
    ['<input maxlength="6">', 6],
  ])('maxLength of %s', (html, ml) => expect(controls(html)[0]?.maxLength).toBe(ml));

  it('numbers controls in document order, shadow-root controls after', () => {
    const doc = load('<input name="a"><div id="host"></div><select name="b"></select>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="s">短信验证码</label><input id="s" name="c">';
    const { snapshot, elements } = snapshotPage(doc, 'https://example.test/');
    expect(snapshot.controls.map((c) => [c.index, c.name])).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ]);
    expect(elements).toHaveLength(3);
    // <label for> inside the shadow root is looked up in that root.
    expect(snapshot.controls[2]?.labelText).toBe('短信验证码');
  });
});

describe('snapshotPage: labels and nearby text', () => {
  it('<label for> and a wrapping label (without the other controls’ text)', () => {
    const [a, b] = controls(
      '<label for="x">银行卡号</label><input id="x"><label>有效期 <select><option>01</option><option>02</option></select></label>',
    );
    expect(a?.labelText).toBe('银行卡号');
    expect(b?.labelText).toBe('有效期');
  });

  it('aria-label and aria-labelledby', () => {
    const [c] = controls('<span id="l1">Card</span><span id="l2">number</span><input aria-labelledby="l1 l2" aria-label="Payment">');
    expect(c?.ariaLabel).toBe('Payment Card number');
  });

  it('aria-describedby names a control that nothing else names, and only such a control', () => {
    const [alone, labelled, hinted] = controls(
      '<p><input inputmode="numeric" aria-describedby="d1"> <small id="d1">填写您手机收到的动态码</small></p>' +
        '<p><label for="m">手机号</label><input id="m" aria-describedby="d2"><span id="d2">动态码将发送到该手机</span></p>' +
        '<p><input placeholder="手机号" aria-describedby="d3"><span id="d3" hidden>请输入11位数字</span></p>',
    );
    expect(alone?.ariaLabel).toBe('填写您手机收到的动态码');
    expect(labelled?.ariaLabel).toBe('');
    expect(hinted?.ariaLabel).toBe('');
  });

  it('an image before the control reads as its alt text', () => {
    const [code, card] = controls(
      '<div><img alt="手机动态码" src="t.gif"><span><input maxlength="6"></span></div><div>收款账户 <img alt="借记卡号" src="t.gif"> <input></div>',
    );
    expect(code?.nearbyText).toBe('手机动态码');
    expect(card?.nearbyText).toBe('收款账户 借记卡号');
  });

  it('the previous table cell', () => {
    const [c] = controls('<table><tr><td>银行卡号</td><td><input name="a"></td></tr></table>');
    expect(c?.nearbyText).toBe('银行卡号');
  });

  it('a row of inputs under a row of headings: each reads its own column’s heading', () => {
    const [card, month, year, code] = controls(
      '<table><tr><th>银行卡号</th><th colspan="2">有效期</th><th>短信验证码</th></tr>' +
        '<tr><td><input name="a"></td><td><input name="m" size="2"></td><td><input name="y" size="2"></td><td><div><input name="c"></div></td></tr></table>',
    );
    expect(card?.nearbyText).toBe('银行卡号');
    expect([month?.nearbyText, year?.nearbyText]).toEqual(['有效期', '有效期']);
    expect(code?.nearbyText).toBe('短信验证码');
  });

  it('several rows of inputs under a <thead>: the heading, not the row of inputs above', () => {
    const [, , third, fourth] = controls(
      '<table><thead><tr><th>卡号</th><th>验证码</th></tr></thead><tbody>' +
        '<tr><td><input name="a1"></td><td><input name="c1"></td></tr><tr><td><input name="a2"></td><td><input name="c2"></td></tr></tbody></table>',
    );
    expect([third?.nearbyText, fourth?.nearbyText]).toEqual(['卡号', '验证码']);
  });

  it('a label cell before the control wins over any column heading', () => {
    const [c] = controls('<table><thead><tr><th>项目</th><th>内容</th></tr></thead><tbody><tr><td>银行卡号</td><td><input name="a"></td></tr></tbody></table>');
    expect(c?.nearbyText).toBe('银行卡号');
  });

  it('a first row that is not a heading row (no <thead>, no <th>) labels nothing below the next row', () => {
    const [, second] = controls(
      '<table><tr><td>订单 1024</td><td>备注</td></tr><tr><td><input name="a"></td></tr><tr><td><input name="b"></td></tr></table>',
    );
    expect(second?.nearbyText).not.toContain('订单');
  });

  it('a list item and a div row', () => {
    const [li, div] = controls(
      '<ul><li><span>交易密码：</span><input type="password"></li></ul><div class="row"><div class="k">Card <b>number</b></div><div class="v"><input></div></div>',
    );
    expect(li?.nearbyText).toBe('交易密码：');
    expect(div?.nearbyText).toBe('Card number');
  });

  it('inline elements join without a space (银行<b>卡号</b>)', () => {
    expect(controls('<p>银行<b>卡号</b><input></p>')[0]?.nearbyText).toBe('银行卡号');
  });

  it('reads the words beside a file upload (a card photo it may ask for) and a text area (the SMS), not beside a checkbox', () => {
    const [upload, box, area] = controls('<p>上传银行卡正面照<input type="file"></p><p>记住我<input type="checkbox"></p><p>备注<textarea></textarea></p>');
    expect(upload?.nearbyText).toBe('上传银行卡正面照');
    expect(box?.nearbyText).toBe('');
    expect(area?.nearbyText).toBe('备注');
    expect(classifyFields(controls('<div>上传银行卡正面照</div><input type="file">')).map((f) => f.kind)).toEqual(['card-number']);
  });

  // Red-team round 6, finding 5: the usual upload widget, the input hidden behind a "+ 点击上传" label, the words in
  // a heading above it.
  describe('a file upload: the heading or title above its widget (headingAbove)', () => {
    const kinds = (html: string) => classifyFields(controls(html)).map((f) => `${f.kind} #${f.id}`);

    it('reads the heading above the widget, past a tip, for each of two uploads', () => {
      const html =
        '<h2>理赔</h2><p>请上传收款银行卡，款项24小时到账</p>' +
        '<h4>步骤一：收款银行卡正面照片</h4><p class="tip">卡号要清晰</p>' +
        '<div class="up"><label for="a">+ 点击上传</label><input type="file" id="a" style="display:none"></div>' +
        '<h4>步骤二：银行卡背面照片（背面3位数字清晰）</h4>' +
        '<div class="up"><label for="b">+ 点击上传</label><input type="file" id="b" style="display:none"></div>' +
        '<p><label>手机号 <input id="tel"></label></p>';
      const [a, b] = controls(html);
      expect(a?.nearbyText).toBe('+ 点击上传 步骤一：收款银行卡正面照片');
      expect(b?.nearbyText).toBe('+ 点击上传 步骤二：银行卡背面照片（背面3位数字清晰）');
      expect(kinds(html)).toEqual(['card-number #a', 'card-cvv #b', 'phone #tel']);
    });

    it('reads a title by its class, and a heading two wrappers up past a drop zone\'s words', () => {
      expect(kinds('<div class="upload-title">银行卡正面照片</div><div class="zone">拖拽到此处</div><input type="file" id="f">')).toEqual(['card-number #f']);
      expect(kinds('<h3>上传银行卡背面照片</h3><div><div><span>+ 点击或拖拽图片</span></div><div><input type="file" id="f"></div></div>')).toEqual(['card-cvv #f']);
    });

    it('not a heading above another control, nor past the form, nor more than three elements back', () => {
      const [, past] = controls('<h3>银行卡正面照片</h3><div><input id="x"></div><div><input type="file" id="f"></div>');
      expect(past?.nearbyText).toBe('');
      const [form] = controls('<h3>银行卡正面照片</h3><form><input type="file" id="f"></form>');
      expect(form?.nearbyText).toBe('');
      const [far] = controls('<h3>银行卡正面照片</h3><p>说明一</p><p>说明二</p><p>说明三</p><div><input type="file" id="f"></div>');
      expect(far?.nearbyText).toBe('说明三');
    });

    it('not for a text input (its heading is no label)', () => {
      expect(controls('<h3>银行卡正面照片</h3><p>请确保清晰</p><div><input id="t"></div>')[0]?.nearbyText).toBe('请确保清晰');
    });
  });

  it('does not take the text before an earlier control', () => {
    const [, second] = controls('<div>Month <select><option>01</option></select><select><option>2026</option></select></div>');
    expect(second?.nearbyText).toBe('');
  });

  it('reads past a select right before an input: the bank before the card number, +86 before the phone', () => {
    const [, card] = controls('<div>银行卡号 <select><option>工商银行</option></select><input name="no"></div>');
    expect(card?.nearbyText).toBe('银行卡号');
    const [, cell] = controls('<table><tr><td>收款卡号</td><td><select><option>中国银行</option></select><input name="no"></td></tr></table>');
    expect(cell?.nearbyText).toBe('收款卡号');
    const [, phone] = controls('<p>手机号 <select><option>+86</option></select> <input name="m"></p>');
    expect(phone?.nearbyText).toBe('手机号');
    // Words between the select and the input are the input's own.
    const [, own] = controls('<div>开户行 <select><option>中国银行</option></select> 卡号 <input name="no"></div>');
    expect(own?.nearbyText).toBe('卡号');
  });

  it('caps nearby text at 120 characters, keeping the end nearest the control', () => {
    const [c] = controls(`<p>${'x'.repeat(300)} 卡号 <input></p>`);
    expect(c?.nearbyText.length).toBeLessThanOrEqual(120);
    expect(c?.nearbyText.endsWith('卡号')).toBe(true);
  });

  it('skips script and style text', () => {
    expect(controls('<p><script>var a = "卡号"</script><style>.a{}</style>验证码<input></p>')[0]?.nearbyText).toBe('验证码');
  });
});

describe('snapshotPage: buttons, images, visibility, rows, options', () => {
  it('a send-code button after the control', () => {
    const [c] = controls('<div><input name="code"><button type="button">获取验证码</button></div>');
    expect(c?.buttonText).toBe('获取验证码');
  });

  it('a send-code button in the next cell', () => {
    const [c] = controls('<table><tr><td>验证码</td><td><input name="code"></td><td><a href="#">发送验证码</a></td></tr></table>');
    expect(c?.buttonText).toBe('发送验证码');
  });

  it('an <input type=button> value is read as button text (it is a label, not user input)', () => {
    const [c] = controls('<p><input name="code"><input type="button" value="Send code"></p>');
    expect(c?.buttonText).toBe('Send code');
  });

  it('an image captcha beside the field', () => {
    const [withImg, without] = controls(
      '<p>验证码 <input name="a"><img src="/captcha.jpg"></p><p>短信验证码 <input name="b"><button>获取</button></p>',
    );
    expect(withImg?.hasImageNearby).toBe(true);
    expect(without?.hasImageNearby).toBe(false);
  });

  it('four card boxes share a row key; a control elsewhere does not', () => {
    const cs = controls(
      '<div class="card"><span>卡号</span><input maxlength="4"><input maxlength="4"><input maxlength="4"><input maxlength="4"></div><p><input name="other"></p>',
    );
    const keys = cs.map((c) => c.rowKey);
    expect(new Set(keys.slice(0, 4)).size).toBe(1);
    expect(keys[4]).not.toBe(keys[0]);
  });

  it('select options: the first few, as text', () => {
    const [c] = controls('<select><option value="">Month</option><option>01</option><option>02</option><option>03</option><option>04</option><option>05</option></select>');
    expect(c?.options).toEqual(['Month', '01', '02', '03', '04']);
  });
});

describe('page text and headings', () => {
  it('text without script/style/noscript, collapsed', () => {
    const doc = load('<h1>退款中心</h1><script>alert(1)</script><style>p{}</style><noscript>enable js</noscript><p>请填写\n   银行卡信息</p>');
    expect(sensorPageText(doc)).toBe('退款中心 请填写 银行卡信息');
  });

  it('text is capped', () => {
    const doc = load(`<p>${'字'.repeat(60_000)}</p>`);
    expect(sensorPageText(doc).length).toBe(50_000);
  });

  it('headings: title, h1–h3, and logo alt/title', () => {
    // (The empty form keeps the first lines of a formless page out: only the heading tags are tested here.)
    const doc = load('<h1>支付宝</h1><h4>not this</h4><h3>退款</h3><img src="/img/logo.png" alt="Alipay"><img src="/banner.png" alt="Summer sale"><form></form>');
    doc.title = '支付宝退款';
    expect(sensorHeadings(doc)).toEqual(['支付宝退款', '支付宝', '退款', 'Alipay']);
  });
});

describe('snapshotControls (re-scan a subset)', () => {
  it('keeps the indices it was given', () => {
    const doc = load('<input name="a"><input name="b"><input name="c">');
    const elements = Array.from(doc.querySelectorAll('input'));
    expect(snapshotControls(elements, [2, 0]).map((c) => [c.index, c.name])).toEqual([
      [2, 'c'],
      [0, 'a'],
    ]);
  });
});

describe('decoy signals (readonly/disabled controls hidden from people)', () => {
  it.each<[string, string, Pick<ControlSnapshot, 'readOnly' | 'disabled' | 'hiddenFromPeople'>]>([
    ['readonly + aria-hidden', '<input readonly aria-hidden="true">', { readOnly: true, disabled: false, hiddenFromPeople: true }],
    ['disabled inside an aria-hidden wrapper', '<div aria-hidden="true"><p><input disabled></p></div>', { readOnly: false, disabled: true, hiddenFromPeople: true }],
    ['readonly, tabindex=-1 and 1px wide', '<input readonly tabindex="-1" style="position:absolute; width: 1px; height:1px">', { readOnly: true, disabled: false, hiddenFromPeople: true }],
    ['readonly, tabindex=-1 and 0 high', '<input readonly tabindex="-1" style="height:0;opacity:0">', { readOnly: true, disabled: false, hiddenFromPeople: true }],
    ['readonly and 1px wide but reachable by Tab', '<input readonly style="width:1px">', { readOnly: true, disabled: false, hiddenFromPeople: false }],
    ['readonly, tabindex=-1 and 10px wide', '<input readonly tabindex="-1" style="width:10px">', { readOnly: true, disabled: false, hiddenFromPeople: false }],
    ['aria-hidden="false"', '<input readonly aria-hidden="false">', { readOnly: true, disabled: false, hiddenFromPeople: false }],
  ])('%s', (_why, html, want) => {
    expect(controls(html)[0]).toMatchObject(want);
  });

  it('an ordinary control carries no decoy fields (nothing extra read)', () => {
    const c = controls('<div aria-hidden="true"><input tabindex="-1" style="width:1px"></div>')[0]!;
    expect([c.readOnly, c.disabled, c.hiddenFromPeople]).toEqual([undefined, undefined, undefined]);
  });

  it('a readonly aria-hidden card box beside the real one is not reported; a plain readonly one is', () => {
    const html = '<p>Card number <input readonly aria-hidden="true" autocomplete="cc-number"></p><p>Card number <input autocomplete="cc-number"></p><p>银行卡号 <input readonly></p>';
    expect(classifyFields(controls(html)).map((f) => [f.index, f.kind])).toEqual([
      [1, 'card-number'],
      [2, 'card-number'],
    ]);
  });
});

describe('sensor + classifier on markup', () => {
  it.each<[string, string, (number | string | number[])[][]]>([
    ['table-cell labels', '<table><tr><td>银行卡号</td><td><input></td></tr><tr><td>取款密码</td><td><input type="password" maxlength="6"></td></tr></table>', [[0, 'card-number'], [1, 'card-pin']]],
    ['aria-only label', '<span id="t">CVV</span><input aria-labelledby="t" maxlength="3">', [[0, 'card-cvv']]],
    ['send-code button', '<div>手机号 <input name="sjh"></div><div><input name="code" placeholder="请输入"><button>获取验证码</button></div>', [[0, 'phone'], [1, 'otp']]],
    ['image captcha', '<p>验证码 <input name="yzm"><img src="/c.jpg" alt=""></p>', []],
    // Equal boxes: each box is reported and carries the whole group.
    ['4×4 card boxes', '<div>卡号 <input maxlength="4"> <input maxlength="4"> <input maxlength="4"> <input maxlength="4"></div>', [0, 1, 2, 3].map((i) => [i, 'card-number', [0, 1, 2, 3]])],
    ['6×1 code boxes', `<div class="otp">${'<input maxlength="1" inputmode="numeric">'.repeat(6)}</div>`, [0, 1, 2, 3, 4, 5].map((i) => [i, 'otp', [0, 1, 2, 3, 4, 5]])],
    // A paste box is the field; the boxes behind it are its display.
    ['paste box + five 1-character boxes', `<div><input autocomplete="one-time-code" maxlength="6" inputmode="numeric">${'<input maxlength="1" inputmode="numeric">'.repeat(5)}</div>`, [[0, 'otp', [0, 1, 2, 3, 4, 5]]]],
    // Red-team round 2: four card boxes, and six code boxes in the row under them with no word between.
    ['4×4 card boxes, then 6×1 code boxes in the next row', `<p>退款到账卡</p><div>${'<input maxlength="4" inputmode="numeric">'.repeat(4)}</div><div>${'<input maxlength="1" inputmode="numeric">'.repeat(6)}</div>`, [...[0, 1, 2, 3].map((i) => [i, 'card-number', [0, 1, 2, 3]]), ...[4, 5, 6, 7, 8, 9].map((i) => [i, 'otp', [4, 5, 6, 7, 8, 9]])]],
    ['3 + 3 code boxes in two containers side by side', `<div class="otp"><div>${'<input maxlength="1">'.repeat(3)}</div><div>${'<input maxlength="1">'.repeat(3)}</div></div>`, [0, 1, 2, 3, 4, 5].map((i) => [i, 'otp', [0, 1, 2, 3, 4, 5]])],
    // Words a page keeps out of the label: in an aria-describedby target, or in an image's alt text.
    ['described only by aria-describedby', '<p><input aria-describedby="h"> <small id="h">请输入储蓄卡号</small></p><p><input inputmode="numeric" maxlength="6" aria-describedby="k"> <small id="k">请输入手机动态码</small></p>', [[0, 'card-number'], [1, 'otp']]],
    ['a labelled phone field whose description mentions the code', '<p><label for="m">手机</label><input id="m" type="tel" aria-describedby="h"> <small id="h">动态码将发送到此手机</small></p>', [[0, 'phone']]],
    ['labelled only by images', '<p><img alt="储蓄卡号" src="t.gif"> <input inputmode="numeric"></p><p><img alt="短信动态码" src="t.gif"> <input inputmode="numeric" maxlength="6"></p>', [[0, 'card-number'], [1, 'otp']]],
    ['an image captcha before the field, its alt saying 验证码', '<p><img alt="验证码" src="/c.jpg"><input name="a" maxlength="4"></p>', []],
    ['search box', '<form role="search"><input type="search" name="q" placeholder="Search"></form>', []],
  ])('%s', (_why, html, want) => {
    const found = classifyFields(controls(html)).map((f) => (f.boxes ? [f.index, f.kind, f.boxes] : [f.index, f.kind]));
    expect(found).toEqual(want);
  });
});
