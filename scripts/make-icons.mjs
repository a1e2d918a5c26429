// Draws the toolbar icon (a blue shield with a white tick) and writes public/icon/{16,32,48,128}.png.
// No image library: the shape is a polygon and a thick polyline, rasterised with 4×4 supersampling,
// and the PNG is assembled by hand with node's zlib. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const FILL = [11, 87, 208]; // #0b57d0
const RIM = [8, 55, 140];
const MARK = [255, 255, 255];

function bezier(p0, p1, p2, steps) {
  const out = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]]);
  }
  return out;
}

// Right half of the shield in unit coordinates, mirrored for the left half.
const right = [[0.5, 0.05], ...bezier([0.5, 0.05], [0.68, 0.15], [0.88, 0.16], 12), [0.88, 0.46], ...bezier([0.88, 0.46], [0.86, 0.8], [0.5, 0.96], 20)];
const SHIELD = [...right, ...right.slice(1, -1).reverse().map(([x, y]) => [1 - x, y])];
const TICK = [[0.3, 0.52], [0.45, 0.67], [0.72, 0.36]];

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function distToPolyline(x, y, line) {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, distToSegment(x, y, line[i - 1], line[i]));
  return best;
}

function distToOutline(x, y) {
  let best = Infinity;
  for (let i = 0; i < SHIELD.length; i++) best = Math.min(best, distToSegment(x, y, SHIELD[i], SHIELD[(i + 1) % SHIELD.length]));
  return best;
}

/** RGBA of one pixel, averaged over 4×4 samples. Small icons get a thicker tick so it stays visible. */
function pixel(px, py, size) {
  const tickHalf = size <= 16 ? 0.075 : 0.06;
  const rim = size <= 16 ? 0 : 0.035;
  let r = 0, g = 0, b = 0, a = 0;
  const n = 4;
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const x = (px + (sx + 0.5) / n) / size;
      const y = (py + (sy + 0.5) / n) / size;
      if (!inside(SHIELD, x, y)) continue;
      const colour = distToPolyline(x, y, TICK) <= tickHalf ? MARK : distToOutline(x, y) <= rim ? RIM : FILL;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      a += 1;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), png(size));
  console.log(`public/icon/${size}.png`);
}
