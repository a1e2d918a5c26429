// @vitest-environment jsdom
// The page's text through shadow roots, in composed order, and quoted speech in quotation marks (dom-text.ts
// sensorPageText). Red-team review: a whole fake page in a shadow root read as no text at all; an article's
// block-quoted crook's script read as the page's own words.
import { beforeEach, describe, expect, it } from 'vitest';
import { sensorPageText } from './dom-text';
import { sensorHeadings } from './headings';
import { prominentText } from './prominent';

beforeEach(() => {
  document.title = '';
  document.body.innerHTML = '';
});

/** A host with a shadow root of `mode` holding `html`, between two paragraphs of the page. */
function hostWith(mode: ShadowRootMode, html: string, light = ''): { host: HTMLElement; root: ShadowRoot } {
  document.body.innerHTML = `<p>页首</p><div id="host">${light}</div><p>页尾</p>`;
  const host = document.getElementById('host')!;
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return { host, root };
}

describe('sensorPageText through shadow roots', () => {
  it('reads an open root the scan passes, in place of its host (composed order), and not without it', () => {
    const { root } = hostWith('open', '<style>p{}</style><p>组件里的话</p>');
    expect(sensorPageText(document, undefined, null, [root])).toBe('页首 组件里的话 页尾');
    expect(sensorPageText(document)).toBe('页首 页尾');
  });

  it('reads a closed root the content script was shown', () => {
    const { root } = hostWith('closed', '<h2>售后中心</h2><p>请核对下面的信息</p>');
    expect(sensorPageText(document, undefined, null, [root])).toBe('页首 售后中心 请核对下面的信息 页尾');
  });

  it("puts the host's children where its slots are, a slot's own text where none is assigned, and drops what no slot shows", () => {
    const { root } = hostWith('open', '<p>甲<slot name="x">备用</slot></p><slot></slot><p><slot name="y">无人</slot></p>', '<span>光一</span><b slot="x">光二</b><i slot="z">看不见</i>');
    expect(sensorPageText(document, undefined, null, [root])).toBe('页首 甲 光二 光一 无人 页尾');
  });

  it('a nested root, and a body that is itself the host', () => {
    document.body.innerHTML = '';
    const outer = document.body.attachShadow({ mode: 'closed' });
    outer.innerHTML = '<p>外层</p><div id="inner"></div>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>内层</p>';
    expect(sensorPageText(document, undefined, null, [outer, inner])).toBe('外层 内层');
  });

  it('stays within the character cap across roots', () => {
    const { root } = hostWith('open', `<p>${'影'.repeat(100)}</p>`);
    expect(sensorPageText(document, 10, null, [root])).toBe('页首 影影影影影影影');
  });

  it('leaves out a box someone typed into inside a root', () => {
    const { root } = hostWith('open', '<p>请输入</p><div contenteditable id="box">6222 0202</div>');
    const box = root.getElementById('box')!;
    expect(sensorPageText(document, undefined, new Set([box]), [root])).toBe('页首 请输入 页尾');
  });
});

describe('sensorPageText puts quoted speech in quotation marks', () => {
  it('a block quote, each of its paragraphs quoted on its own', () => {
    document.body.innerHTML = '<p>记者了解到，对方这样说：</p><blockquote>\n  <p>第一段原话</p>\n  <p>第二<b>段</b>原话</p>\n</blockquote><p>之后的报道</p>';
    expect(sensorPageText(document)).toBe('记者了解到，对方这样说： “第一段原话” “第二段原话” 之后的报道');
  });

  it('a <q> inline, and a q inside a block quote adds no second mark', () => {
    document.body.innerHTML = '<p>他说<q>马上处理</q>就挂了。</p><blockquote>原话<q>引语</q>继续</blockquote>';
    expect(sensorPageText(document)).toBe('他说“马上处理”就挂了。 “原话引语继续”');
  });

  it('a quote cut by the cap is still closed', () => {
    document.body.innerHTML = `<blockquote>${'话'.repeat(50)}</blockquote>`;
    expect(sensorPageText(document, 10)).toBe('“话话话话话话话话话');
    expect(sensorPageText(document, 100)).toBe(`“${'话'.repeat(50)}”`);
  });

  it('a block quote inside a shadow root', () => {
    const { root } = hostWith('open', '<blockquote>别人的话</blockquote>');
    expect(sensorPageText(document, undefined, null, [root])).toBe('页首 “别人的话” 页尾');
  });
});

describe('headings and prominent lines in shadow roots', () => {
  it('a heading and a logo inside a closed root the scan passes count; without it they do not', () => {
    const { root } = hostWith('closed', '<div class="logo">某某银行</div><h2>理赔中心</h2>');
    expect(sensorHeadings(document, undefined, [root])).toEqual(expect.arrayContaining(['某某银行', '理赔中心']));
    expect(sensorHeadings(document)).not.toEqual(expect.arrayContaining(['某某银行']));
    expect(sensorHeadings(document)).not.toEqual(expect.arrayContaining(['理赔中心']));
  });

  it('a page without a form whose body is one component: the first lines of its root', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const root = document.getElementById('app')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<div>售后服务中心</div><div>请按提示办理</div><input id="x">';
    expect(prominentText(document, [root])).toEqual(['售后服务中心', '请按提示办理']);
    expect(prominentText(document)).toEqual([]);
  });
});
