// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setSeenText, textOf } from '@/sensor/dom-text';
import { isBox } from '@/sensor/editable';
import { pageReadersWith } from './page-readers';

describe('pageReadersWith: the readers read with the scanner functions they are given', () => {
  // In the page they are bundled apart from the scanner: a copy of dom-text.ts of their own would not know what the
  // scanner's record says a heading shows (seen-text.ts), and its key boxes would be another set.
  it('a heading is read with the given text reader, here and in the page around a frame', () => {
    document.title = '中国人民银行';
    document.body.innerHTML = '<h1>银<span>乙</span>行卡安全升级</h1><iframe id="f"></iframe>';
    // What the scanner's record says the heading shows (its own reader), not what this bundle's copy would read.
    const seen = (el: Node, max?: number, nodes?: number) => (el.nodeName === 'H1' ? '银行卡安全升级 (as seen)' : textOf(el, max, nodes));
    const readers = pageReadersWith({ textOf: seen, setSeenText, isBox });
    expect(readers.headings(document, [])).toContain('银行卡安全升级 (as seen)');
    const frameDoc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    expect(readers.around(frameDoc)?.headings).toContain('银行卡安全升级 (as seen)');
  });

  it('what the given box test calls a box is left out of the page around a frame', () => {
    document.body.innerHTML = '<p>请填写</p><div id="typed" role="note">6222 0202</div><iframe id="f"></iframe>';
    const typed = document.getElementById('typed')!;
    const readers = pageReadersWith({ textOf, setSeenText, isBox: (el): el is HTMLElement => el === typed });
    const frameDoc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
    expect(readers.around(frameDoc)?.text).toBe('请填写');
  });
});
