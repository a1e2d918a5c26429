// html-encoding-sniffer 6 ships no types.
declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing (BOM, transport label, <meta> prescan); returns a canonical encoding name. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
