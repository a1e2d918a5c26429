// The extension pages' style sheets, checked as data for what older readers need (task U's review): sizes that follow
// the browser's font setting, a focus ring and text-box edges that can be seen (3:1, WCAG 1.4.11), text at 4.5:1.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(__dirname, '..');
const sheet = (file: string) => readFileSync(path.join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const SHEETS = ['ui/base.css', 'entrypoints/popup/style.css', 'entrypoints/options/style.css', 'entrypoints/onboarding/style.css'];

const base = sheet('ui/base.css');
const vars = Object.fromEntries([...base.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const color = (name: string) => {
  const value = vars[name];
  if (!value) throw new Error(`base.css defines no --${name}`);
  return value;
};
/** Every background a control or text sits on: the page and the tinted boxes. */
const BACKGROUNDS = ['paper', 'danger-bg', 'caution-bg', 'ok-bg', 'info-bg'];

describe('extension page style sheets', () => {
  it.each(SHEETS)('%s sizes text in rem or em, never px (a raised browser font size must count)', (file) => {
    const px = [...sheet(file).matchAll(/font-size:\s*[\d.]+px/g)].map((m) => m[0]);
    expect(px).toEqual([]);
  });

  it.each(BACKGROUNDS)('the focus ring stands out at 3:1 on --%s', (background) => {
    expect(base).toMatch(/:focus-visible[^{]*\{[^}]*outline:\s*3px solid var\(--focus\)/);
    expect(contrast(color('focus'), color(background))).toBeGreaterThanOrEqual(3);
  });

  it('the edge of a text box or a list box stands out at 3:1 on the page', () => {
    expect(contrast(color('field-line'), color('paper'))).toBeGreaterThanOrEqual(3);
    const options = sheet('entrypoints/options/style.css');
    expect(options).toMatch(/#trusted-input\s*\{[^}]*border:\s*2px solid var\(--field-line\)/);
    expect(options).toMatch(/\nselect\s*\{[^}]*border:\s*2px solid var\(--field-line\)/);
  });

  it.each([
    ['ink', 'paper'], ['muted', 'paper'], ['muted', 'info-bg'], ['danger', 'danger-bg'], ['danger', 'paper'],
    ['caution', 'caution-bg'], ['ok', 'ok-bg'], ['accent', 'paper'], ['paper', 'accent'], ['paper', 'danger'],
  ])('text in --%s on --%s reads at 4.5:1', (text, background) => {
    expect(contrast(color(text), color(background))).toBeGreaterThanOrEqual(4.5);
  });

  // Regression: at 200% zoom "删除" beside a long domain was squeezed to one character a line.
  it("keeps a trusted entry's remove button on one line", () => {
    expect(sheet('entrypoints/options/style.css')).toMatch(/\.trusted-list \.remove\s*\{[^}]*white-space:\s*nowrap/);
  });

  // Regression: on a danger page the 96110 line sat below the popup's 600px, out of sight.
  it('holds the popup footer with 96110 in view on a danger page', () => {
    expect(sheet('entrypoints/popup/style.css')).toMatch(/#verdict\[data-level='danger'\]\) \.footer\s*\{[^}]*position:\s*sticky/);
  });
});
