// Type declarations for two small untyped dependencies of the domain assessment.

declare module 'punycode.js' {
  /** Converts a domain name (or label) with `xn--` labels to Unicode; other labels pass through. Throws RangeError on bad input. */
  export function toUnicode(domain: string): string;
  /** Converts a Unicode domain name to its ASCII (`xn--`) form. */
  export function toASCII(domain: string): string;
  const punycode: { toUnicode: typeof toUnicode; toASCII: typeof toASCII };
  export default punycode;
}

declare module 'unicode-confusables' {
  /** Replaces every character by its UTS #39 confusable prototype (the "skeleton"); drops zero-width characters. */
  export function rectifyConfusion(text: string): string;
  export function isConfusing(text: string): boolean;
}
