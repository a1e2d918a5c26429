// @vitest-environment jsdom
// The scan hands its sensitive fields to the page-text reader, and a frame's form its frame element for the page
// around it, so that past the 50,000-character cap the text nearest them is read (sensor/page-text-window.ts;
// red-team round 4, finding 1: filler before the story pushed it out of the text the background gets).
import { describe, expect, it } from 'vitest';
import { isBox } from '@/sensor/editable';
import { textOf } from '@/sensor/dom-text';
import { scanPage } from './scan-page';
import { surroundingPageOf } from './surrounding-page';

const STORY = '您购买的商品存在质量问题，平台为您办理理赔，请填写收款银行卡号。';
const FILLER = `<div>${'<p>协议条款说明。协议条款说明。</p>'.repeat(5000)}</div>`;

describe('a story past the cap, next to the form', () => {
  it('the scan reads it: the text near its card field', () => {
    const doc = document.implementation.createHTMLDocument('理赔');
    doc.body.innerHTML = `${FILLER}<p>${STORY}</p><form><label>银行卡号 <input id="card" name="card"></label></form>`;
    const { facts } = scanPage(doc, 'https://a.example/', { has: () => false });
    expect(facts.fields.map((f) => f.kind)).toContain('card-number');
    expect(facts.text.length).toBeLessThanOrEqual(50_000);
    expect(facts.text).toContain(STORY);
  });

  it('a frame reads it in the page around it: the text near the frame', () => {
    document.body.innerHTML = `${FILLER}<p>${STORY}</p><iframe id="f"></iframe>`;
    const frameDoc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    expect(surroundingPageOf(frameDoc, { textOf, isBox })?.text).toContain(STORY);
  });
});
