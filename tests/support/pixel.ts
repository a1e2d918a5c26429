// The colour painted at one point of a page, from a 1×1 screenshot: for the tests that must know what is painted
// where hit testing cannot tell (a view transition's snapshot, an element a page's modal dialog makes inert).
// Playwright's and Puppeteer's pages both take this screenshot call.
import { inflateSync } from 'node:zlib';

export type Rgb = [number, number, number];

interface Screenshots {
  screenshot(options: { type: 'png'; clip: { x: number; y: number; width: number; height: number } }): Promise<Uint8Array>;
}

/**
 * [r, g, b] at (x, y). A 1×1 PNG needs no real decoder: its one row is one pixel, which every PNG filter leaves as it
 * is (there is no pixel to the left or above to add), so the inflated image data is the filter byte and the pixel.
 */
export async function pixelAt(page: Screenshots, x: number, y: number): Promise<Rgb> {
  const png = Buffer.from(await page.screenshot({ type: 'png', clip: { x, y, width: 1, height: 1 } }));
  const chunks: Buffer[] = [];
  let colourType = -1;
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      if (data.readUInt32BE(0) !== 1 || data.readUInt32BE(4) !== 1 || data[8] !== 8) throw new Error('pixelAt: expected a 1×1, 8-bit PNG');
      colourType = data[9]!;
    } else if (type === 'IDAT') chunks.push(data);
    at += 12 + length;
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`pixelAt: PNG colour type ${colourType} is not RGB or RGBA`);
  const row = inflateSync(Buffer.concat(chunks));
  return [row[1]!, row[2]!, row[3]!];
}
