// Turning an address into the host facts the assessment works on, without ever throwing.
//
// The WHATWG URL parser (in Node and in every browser) already does the hard part: it lower-cases the
// host, maps full-width letters, converts Unicode labels to punycode (`аlipay.com` → `xn--lipay-3ve.com`)
// and normalises odd IPv4 spellings (`0x7f.1` → `127.0.0.1`). We only read its result.

export interface ParsedAddress {
  /** Lower-case ASCII host without a trailing dot; IPv6 without brackets. '' when there is none. */
  host: string;
  protocol: string;
  ip: 'v4' | 'v6' | null;
  /** The path as the parser gives it (percent-encoded), '/' at least for http(s). */
  path: string;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Parses `address`; null when it is not a URL at all. */
export function parseAddress(address: string): ParsedAddress | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  let host = url.hostname;
  const path = url.pathname;
  if (host.startsWith('[') && host.endsWith(']')) return { host: host.slice(1, -1), protocol: url.protocol, ip: 'v6', path };
  while (host.endsWith('.')) host = host.slice(0, -1);
  return { host, protocol: url.protocol, ip: IPV4.test(host) ? 'v4' : null, path };
}
