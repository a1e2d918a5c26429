// @vitest-environment jsdom
// From HTML to level, with the real sensor, knowledge base and policy: kit-style pages that say who they
// are only in a logo, a site-name meta or the form's heading are caught, and the honest look-alikes of
// those lines (a shop's SMS login, "Sign in with Google", "Pay with PayPal", an article) stay as they were.
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../sensor/snapshot';
import { evaluatePage } from './engine';

function levelOf(html: string, title = '', url = 'https://www.corner-bakery.example/wp/x/index.html', head = ''): string {
  document.head.innerHTML = head;
  document.title = title;
  document.body.innerHTML = html;
  return evaluatePage(snapshotPage(document, url).snapshot, { trusted: [] }).level;
}

const CODE = '<label for="c">Verification code</label><input id="c" name="otp" autocomplete="one-time-code" maxlength="6">';
const PASSWORD = '<label for="p">Password</label><input id="p" type="password" name="password">';
const CARD =
  '<label for="n">Card number</label><input id="n" autocomplete="cc-number"><label for="v">CVV</label><input id="v" autocomplete="cc-csc">';

describe('brand claims from prominent text, end to end', () => {
  it.each([
    ['a logo span names the brand', `<header><span class="logo-text">Reddit</span></header><form>${CODE}</form>`, ''],
    ['the form heading names the brand', `<form><span class="form-title">Snapchat Login</span>${CODE}</form>`, 'Login'],
    ['the site-name meta names the brand', `<form>${CODE}</form>`, 'Verify', '<meta property="og:site_name" content="Zomato">'],
    ['a logo image file names the brand', `<div class="form-logo"><img alt="logo" src="img/uber_PNG24.png"></div><form>${CODE}</form>`, 'Document'],
    ['a sign-in line heads the password form', `<form><p>Sign in to your Yandex account</p><input name="u">${PASSWORD}</form>`, 'Authorization'],
    ['a long title ends with the brand', `<form>${PASSWORD}</form>`, 'Watch videos and highlights - Twitch'],
    ['a page with no form names the brand in its first line', `<div class="hd">淘宝退款理赔</div><div class="row"><div>请输入短信验证码</div><input maxlength="6"></div>`, '退款中心'],
    ['a heading makes a wallet a service desk', `<h1>支付宝退款理赔</h1><form>${CARD}</form>`, '退款中心'],
  ])('danger when %s', (_what, html, title, head = '') => {
    expect(levelOf(html, title, undefined, head)).toBe('danger');
  });

  it.each([
    ["a shop's own SMS login under 'My Account'", `<h2>My Account</h2><form><p>Log in with your phone</p>${CODE}</form>`, 'My Account - Corner Bakery'],
    ["a shop login that offers 'Sign in with Google'", `<form><p>Welcome back</p><button>Sign in with Google</button>${CODE}</form>`, 'Login'],
    ["a shop's login with 'Follow us on Instagram' in the header", `<header><a class="logo" href="/">Corner Bakery</a></header><h3>Follow us on Instagram</h3><form>${CODE}</form>`, 'Login'],
    ['an article about Instagram', '<h1>Instagram changes how teens sign in to the app this year</h1><p>Meta said on Tuesday…</p>', 'Instagram changes how teens sign in to the app this year - Daily News'],
  ])('none for %s', (_what, html, title) => {
    expect(levelOf(html, title)).toBe('none');
  });

  // Red-team round 7, with our own pages: a province's ETC issuer binding a card, and the kit that borrows its name.
  const BIND = '<label for="n">银行卡号</label><input id="n" name="cardNo"><label for="m">短信验证码</label><input id="m" name="smsCode" maxlength="6">';
  it('is caution on a province ETC issuer binding a card (it claims itself, not the national brand)', () => {
    expect(levelOf(`<h1>鲁通卡</h1><h2>ETC服务 · 绑定银行卡</h2><p>通行费从本人银行卡扣款。</p>${BIND}`, '鲁通卡ETC服务', 'https://www.lutong-etc.example/apply')).toBe('caution');
  });
  it('is danger on a kit that tells the ETC story under a province card name', () => {
    expect(levelOf(`<h1>鲁通卡</h1><p>您的ETC卡已失效，请在24小时内认证，否则无法通行。</p>${BIND}`, '鲁通卡ETC服务', 'https://www.lutong-etc.example/apply')).toBe('danger');
  });
  it('is quiet on a news article whose title reports what a brand said, under its SMS login', () => {
    const login = '<label for="t">手机号</label><input id="t" type="tel"><label for="o">短信验证码</label><input id="o" name="smscode" maxlength="6">';
    expect(levelOf(`<h1>国家反诈中心提醒：冒充客服退款要当心</h1><p>警方提示，接到此类电话请挂断。</p>${login}`, '国家反诈中心提醒：冒充客服退款要当心')).toBe('none');
  });

  it("stays caution on a shop's checkout that offers 'Pay with PayPal'", () => {
    expect(levelOf(`<form><h3>Payment</h3><p>Pay with PayPal</p><img class="logo" alt="PayPal">${CARD}</form>`, 'Checkout - Corner Bakery')).toBe('caution');
  });

  it('is quiet on the brand’s own site', () => {
    expect(levelOf(`<span class="logo-text">Reddit</span><form>${CODE}</form>`, 'Reddit', 'https://www.reddit.com/login')).toBe('none');
  });
});
