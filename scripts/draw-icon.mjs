// Draws AfterLeak's icon (a blue shield with a white check mark) into public/icon/<size>.png.
//   node scripts/draw-icon.mjs
// Pure Node on purpose: the shapes are rasterised here with supersampling for anti-aliasing, and the PNG is
// written with node:zlib and a hand-made CRC32, so the icon can be redrawn without any image tool installed.
// WXT picks up public/icon/<size>.png by itself for the manifest's "icons".
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SIZES = [16, 32, 48, 96, 128];
const ACCENT = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];
/** Subsamples per pixel along each axis (so SUPERSAMPLE² samples average into one pixel). */
const SUPERSAMPLE = 8;

// ---------- geometry, in a unit square (0..1 on both axes, y downwards) ----------

function quadratic(p0, p1, p2, steps) {
  const points = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]]);
  }
  return points;
}

function arc(cx, cy, r, from, to, steps) {
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const angle = from + ((to - from) * i) / steps;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return points;
}

/**
 * The shield's outline as a polygon: a flat top with rounded corners, straight sides, and two curves meeting in
 * a point at the bottom. The box edges are whole pixels (see designFor) so the sides and top stay crisp.
 */
function shieldOutline({ left, top, right, bottom, corner, shoulder, tip }) {
  const mid = (left + right) / 2;
  const side = top + (bottom - top) * shoulder; // where the straight sides turn into the curves
  const bend = side + (bottom - side) * tip; // lower control point: higher means a sharper point
  return [
    ...arc(left + corner, top + corner, corner, Math.PI, Math.PI * 1.5, 12),
    ...arc(right - corner, top + corner, corner, Math.PI * 1.5, Math.PI * 2, 12),
    [right, side],
    ...quadratic([right, side], [right, bend], [mid, bottom], 24),
    ...quadratic([mid, bottom], [left, bend], [left, side], 24),
  ];
}

function insidePolygon(polygon, x, y) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroked polyline with round joins and caps. */
function onStroke(points, halfWidth, x, y) {
  for (let i = 1; i < points.length; i++) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth) return true;
  }
  return false;
}

/**
 * Below 32 px the shield fills the square (one pixel of border) and the check is bolder, so it stays readable
 * at 16 px. Borders are rounded to whole pixels at every size.
 */
function designFor(size) {
  const small = size < 32;
  const border = small ? 1 / size : Math.round(size * 0.09) / size;
  return {
    shield: {
      left: border,
      right: 1 - border,
      top: border,
      bottom: 1 - border / 2,
      corner: small ? 0.14 : 0.1,
      shoulder: 0.45,
      tip: 0.5,
    },
    check: small
      ? {
          points: [
            [0.27, 0.5],
            [0.44, 0.67],
            [0.74, 0.34],
          ],
          halfWidth: 0.095,
        }
      : {
          points: [
            [0.3, 0.5],
            [0.45, 0.64],
            [0.71, 0.37],
          ],
          halfWidth: 0.065,
        },
  };
}

// ---------- rasterising ----------

/** RGBA pixels (not premultiplied), each pixel the average of SUPERSAMPLE² samples. */
export function drawIcon(size) {
  const design = designFor(size);
  const shield = shieldOutline(design.shield);
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      const colour = [0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insidePolygon(shield, x, y)) continue;
          const paint = onStroke(design.check.points, design.check.halfWidth, x, y) ? WHITE : ACCENT;
          alpha++;
          for (let c = 0; c < 3; c++) colour[c] += paint[c];
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha ? Math.round(colour[c] / alpha) : 0;
      pixels[offset + 3] = Math.round((255 * alpha) / samples);
    }
  }
  return pixels;
}

// ---------- PNG ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG; every row uses filter 0 (none), which is plenty for icons this small. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const folder = join(root, 'public', 'icon');
  mkdirSync(folder, { recursive: true });
  for (const size of SIZES) {
    const file = join(folder, `${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
