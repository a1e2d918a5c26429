// What CSS draws in an element's ::before or ::after, for the two readers that look at styles when someone acts
// (pin-pad.ts at a key press, seen-text.ts at a focus): never on a plain scan, which stays free of layout.

/**
 * The strings of `el`'s computed `content` for `pseudo`, and attr() read here where a browser leaves it as written
 * (Firefox 140 does; Chromium resolves it); anything else (none, normal, a counter, an image, whose url() is quoted too) is dropped.
 */
export function drawn(el: Element, pseudo: string): string {
  return getComputedStyle(el, pseudo).content.replace(/url\([^)]*\)|attr\((.+?)\)|"([^"]*)"|./g, (_, name?: string, text?: string) =>
    text ?? (name && el.getAttribute(name)) ?? '',
  );
}
