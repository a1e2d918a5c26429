// Styles of the warning, applied inside its closed shadow root (page CSS cannot reach in; ours cannot leak out).
// Large type and strong contrast for older readers.

/**
 * Generic families only. The document's @font-face rules apply inside shadow roots too, so any family *name* we
 * list ("PingFang SC", "Microsoft YaHei" …) a page can redefine, e.g. as `local("Arial")` with `size-adjust: 10%`,
 * and shrink our text to nothing. A generic keyword cannot be the name of an @font-face family. The browser's
 * own font fallback still picks the system's CJK font for Chinese text (PingFang on macOS, Microsoft YaHei on
 * Windows, WenQuanYi Micro Hei or Noto CJK on Linux), and the page has no say in that fallback.
 */
export const FONT_STACK = 'system-ui, sans-serif';

/** Inline !important declarations for the host: beat any page stylesheet, including !important and layered rules. */
export const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'z-index: 2147483647',
  'pointer-events: none',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'background: transparent',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

/**
 * The banner: its button beside the text while the text keeps about 20em, under it when narrower (beside, a phone's
 * banner squeezed its text into a column and grew to most of the window). A small window (a phone, a page zoomed to
 * 200%): the banner keeps its title and the one thing to do, the card at the field and the popup still say why; every
 * line it takes is a line of the page hidden. `slim`: a field under it at either edge of the window (index.ts), its
 * title line and its button alone.
 *
 * `:host::before, :host::after`: the host's own pseudo-elements are the page's to style (`[data-fanzha-guard]::before`,
 * `*::after`), and a fixed, full-window white one at the top z-index, painted in the host's stacking context, would
 * cover the card and the banner. !important from inside the shadow root beats the page's, !important or not (the
 * cascade's context step), so they never show.
 */
export const SHADOW_CSS = `
:host { all: initial; }
:host::before, :host::after { display: none !important; content: none !important; }
* { box-sizing: border-box; }
.card, .banner {
  pointer-events: auto;
  position: fixed;
  font-family: ${FONT_STACK};
  font-size: 18px;
  line-height: 1.55;
  color: #1f2937;
  text-align: left;
  letter-spacing: 0;
  direction: ltr;
}
.card {
  width: min(440px, calc(100vw - 16px));
  background: #ffffff;
  border: 3px solid #d97706;
  border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  padding: 14px 16px 12px;
}
.card.danger { border-color: #dc2626; }
.card[hidden], .banner[hidden] { display: none; }
.arrow {
  position: absolute;
  width: 16px;
  height: 16px;
  background: inherit;
  border: inherit;
  transform: rotate(45deg);
}
.card.below .arrow { top: -10px; border-right: 0; border-bottom: 0; }
.card.above .arrow { bottom: -10px; border-left: 0; border-top: 0; }
.card.right .arrow { left: -10px; border-top: 0; border-right: 0; }
/* Placed at the top of the window, not beside the field (placeFree): nothing to point at. */
.card.free .arrow { display: none; }
.title {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 0 0 6px;
  font-size: 21px;
  font-weight: 700;
  color: #92400e;
  padding-right: 28px;
}
.danger .title { color: #b91c1c; }
.mark {
  flex: none;
  width: 28px;
  height: 28px;
  border-radius: 50%;
  background: #d97706;
  color: #ffffff;
  font-size: 18px;
  line-height: 28px;
  text-align: center;
}
.danger .mark { background: #dc2626; }
p { margin: 4px 0; }
.action {
  margin-top: 8px;
  padding: 8px 10px;
  border-radius: 8px;
  background: #fef3c7;
  font-weight: 700;
  color: #111827;
}
.danger .action { background: #fee2e2; }
.story { font-size: 16px; color: #4b5563; }
/* Compact card (see position.ts): no room for everything next to the field, so drop the story, then scroll the text. */
.card.no-story .story { display: none; }
.card.scroll .lines { overflow-y: auto; overscroll-behavior: contain; font-size: 16px; line-height: 1.5; }
.card.scroll { padding: 10px 14px 10px; }
.card.scroll .title { font-size: 19px; line-height: 1.35; margin-bottom: 4px; }
.card.scroll .action { font-size: 17px; line-height: 1.45; margin-top: 6px; }
.card.scroll .buttons { margin-top: 8px; }
.card.scroll button:not(.close) { min-height: 40px; font-size: 16px; }
.card.no-lines .lines { display: none; }
/* More explanation below the squeezed box's last whole line: that line fades out (render.ts markMore). */
.card.scroll .lines.more {
  -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 14px), transparent);
  mask-image: linear-gradient(to bottom, #000 calc(100% - 14px), transparent);
}
.buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; flex-wrap: wrap; }
button {
  font: inherit;
  font-size: 17px;
  min-height: 44px;
  padding: 6px 14px;
  border-radius: 8px;
  border: 2px solid #374151;
  background: #ffffff;
  color: #111827;
  cursor: pointer;
}
button:hover { background: #f3f4f6; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.close {
  position: absolute;
  top: 6px;
  right: 6px;
  min-height: 36px;
  width: 36px;
  padding: 0;
  border: 0;
  font-size: 24px;
  line-height: 36px;
  background: transparent;
}
.banner {
  top: 0;
  left: 0;
  right: 0;
  display: flex;
  align-items: center;
  gap: 16px;
  background: #b91c1c;
  color: #ffffff;
  padding: 10px 16px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
  font-size: 18px;
  line-height: 1.45;
}
.banner.bottom { top: auto; bottom: 0; box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.35); }
.banner { flex-wrap: wrap; row-gap: 6px; }
.banner .text { flex: 1 1 20em; min-width: 0; }
.banner .buttons { flex: none; margin: 0 0 0 auto; }
.banner p { margin: 2px 0; }
.banner .action { margin-top: 4px; padding: 4px 10px; }
.banner .title { color: #ffffff; font-size: 22px; margin-bottom: 2px; padding-right: 0; }
.banner .mark { background: #ffffff; color: #b91c1c; }
.banner .action { background: #ffffff; color: #7f1d1d; display: inline-block; }
.banner .story { color: #fee2e2; }
.banner button:not(.close) { border-color: #ffffff; background: #7f1d1d; color: #ffffff; }
@media (max-width: 560px), (max-height: 520px) {
  .banner .lines { display: none; }
  .banner .title { font-size: 20px; }
  .banner { padding: 8px 12px; }
}
.banner.slim .lines, .banner.slim .action { display: none; }
.banner.slim .text { flex-basis: 8em; }
.banner.slim { padding-top: 4px; padding-bottom: 4px; }
.banner.slim button:not(.close) { min-height: 36px; padding: 2px 12px; }
@media (prefers-reduced-motion: no-preference) {
  .card:not([hidden]) { animation: pop 140ms ease-out; }
  @keyframes pop { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
}
`;
