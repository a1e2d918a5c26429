import { describe, expect, it } from 'vitest';
import { parseBatch, parseBatchLine } from './batch';

describe('parseBatchLine', () => {
  it('resolves a relative file beside the batch file and defaults trusted to []', () => {
    expect(parseBatchLine('{"file": "p/a.html", "url": "https://a.example/"}', 3, '/data/set/batch.jsonl')).toEqual({
      line: 3,
      job: { file: '/data/set/p/a.html', url: 'https://a.example/', trusted: [] },
    });
  });

  it.each([
    ['{"file": "a.html", "url": ', null, /bad JSON/],
    ['[1, 2]', null, /JSON object/],
    ['{"url": "https://a.example/"}', null, /"file"/],
    // The file as a verdict line would name it: resolved beside the batch file.
    ['{"file": "a.html"}', '/a.html', /"url"/],
    ['{"file": "a.html", "url": "https://a.example/", "trusted": "a.example"}', '/a.html', /"trusted"/],
  ])('reports %s as a line error', (text, file, message) => {
    const got = parseBatchLine(text, 7, '/b.jsonl');
    expect(got).toMatchObject({ line: 7, file });
    expect('error' in got && got.error).toMatch(message);
  });
});

describe('parseBatch', () => {
  it('ignores a byte-order mark before the first line', () => {
    expect(parseBatch('\uFEFF{"file":"a","url":"https://a.example/"}', '/b.jsonl')).toMatchObject([{ line: 1, job: { url: 'https://a.example/' } }]);
  });

  it('numbers lines as an editor does and skips blank ones', () => {
    const lines = parseBatch('{"file":"a","url":"https://a.example/"}\n\n  \nnot json\r\n', '/b.jsonl');
    expect(lines.map((l) => [l.line, 'job' in l])).toEqual([
      [1, true],
      [4, false],
    ]);
  });
});
