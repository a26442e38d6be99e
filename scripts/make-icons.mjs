// Writes the app icons into public/: icon-192.png, icon-512.png and icon-maskable-512.png
// (for launchers that crop to a circle or squircle), plus favicon.svg. A hand-rolled PNG
// encoder on node:zlib, so the icons can be regenerated with no image tooling installed.
// The mark: a white notice board on two legs with three lines of text, on the app's red.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const RED = [0x9b, 0x1b, 0x1b, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

// CRC-32 (ISO 3309), as every PNG chunk requires.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG file bytes (8-bit RGBA, no interlace). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The mark in unit coordinates (0-1 of the drawing box): a board with three text lines
 * and two legs. Returns the colour at (x, y), or null for background.
 */
function markAt(x, y) {
  const inRect = (x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;
  const isBoard = inRect(0.1, 0.12, 0.9, 0.72);
  if (isBoard) {
    const isTextLine =
      inRect(0.22, 0.24, 0.78, 0.32) ||
      inRect(0.22, 0.38, 0.78, 0.46) ||
      inRect(0.22, 0.52, 0.6, 0.6);
    return isTextLine ? RED : WHITE;
  }
  if (inRect(0.2, 0.72, 0.3, 0.9) || inRect(0.7, 0.72, 0.8, 0.9)) return WHITE; // legs
  return null;
}

/**
 * size: pixels; markScale: share of the icon the mark's box takes (maskable icons keep
 * it inside the 80 % safe circle); isRounded: clear corners for a rounded square.
 */
function drawIcon(size, { markScale, isRounded }) {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = isRounded ? size * 0.18 : 0;
  const box = size * markScale;
  const offset = (size - box) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let color = RED;
      if (radius > 0) {
        const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
        const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) color = CLEAR;
      }
      if (color !== CLEAR) {
        const mark = markAt((x + 0.5 - offset) / box, (y + 0.5 - offset) / box);
        if (mark) color = mark;
      }
      pixels.set(color, (y * size + x) * 4);
    }
  }
  return encodePng(size, pixels);
}

function faviconSvg() {
  const r = (x0, y0, x1, y1, fill) =>
    `<rect x="${x0 * 100}" y="${y0 * 100}" width="${(x1 - x0) * 100}" height="${(y1 - y0) * 100}" fill="${fill}"/>`;
  const inset = (v) => 0.1 + v * 0.8; // same proportions as the PNGs' mark box
  const rect = (x0, y0, x1, y1, fill) => r(inset(x0), inset(y0), inset(x1), inset(y1), fill);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    '<rect width="100" height="100" rx="18" fill="#9b1b1b"/>',
    rect(0.1, 0.12, 0.9, 0.72, '#fff'),
    rect(0.22, 0.24, 0.78, 0.32, '#9b1b1b'),
    rect(0.22, 0.38, 0.78, 0.46, '#9b1b1b'),
    rect(0.22, 0.52, 0.6, 0.6, '#9b1b1b'),
    rect(0.2, 0.72, 0.3, 0.9, '#fff'),
    rect(0.7, 0.72, 0.8, 0.9, '#fff'),
    '</svg>',
    '',
  ].join('\n');
}

mkdirSync(join(publicDir, 'icons'), { recursive: true });
writeFileSync(
  join(publicDir, 'icons', 'icon-192.png'),
  drawIcon(192, { markScale: 0.8, isRounded: true }),
);
writeFileSync(
  join(publicDir, 'icons', 'icon-512.png'),
  drawIcon(512, { markScale: 0.8, isRounded: true }),
);
// Maskable: full bleed, mark within the central 60 % so no launcher mask cuts it.
writeFileSync(
  join(publicDir, 'icons', 'icon-maskable-512.png'),
  drawIcon(512, { markScale: 0.6, isRounded: false }),
);
writeFileSync(join(publicDir, 'favicon.svg'), faviconSvg());
console.log('icons written to', publicDir);
