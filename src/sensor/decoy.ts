// Signals that a control is hidden from people while staying in the DOM: the bait some pages set for
// browser autofill or bots. Read only for readonly/disabled controls (rare), so the ancestor walk costs
// nothing on ordinary pages.

/** An inline width or height of 0 or 1 px. */
const TINY_SIZE = /(?:^|[;\s])(?:width|height)\s*:\s*(?:0|[01]px)\s*(?:[;!]|$)/i;
/** How far up aria-hidden is looked for. */
const ARIA_LEVELS = 8;

/**
 * aria-hidden="true" on the control or one of its near ancestors, or tabindex="-1" with an inline size of
 * 0–1 px: no one is meant to see or reach it.
 */
export function hiddenFromPeople(el: Element): boolean {
  let a: Element | null = el;
  for (let level = 0; a && level <= ARIA_LEVELS; level++, a = a.parentElement) {
    if ((a.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  }
  if ((el.getAttribute('tabindex') ?? '').trim() !== '-1') return false;
  return TINY_SIZE.test(el.getAttribute('style') ?? '');
}
