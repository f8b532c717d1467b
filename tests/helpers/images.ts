import { crc32, deflateSync } from 'node:zlib';

/** A real PNG of one transparent pixel: what a browser draws and image-size reads. */
export const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A PNG chunk: its length, type, data and CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG that declares WIDTH × HEIGHT pixels in its header, followed by a little compressed data:
 * a few hundred bytes on disk that a browser would decode into WIDTH × HEIGHT × 4 bytes.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([ONE_PIXEL_PNG.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An SVG of about 1.8 kB whose nested <use> ask for 10^LEVELS copies of one path: ten uses of
 * ten uses of … (issue 28: it stalled every print without naming the logo).
 */
export function nestedUseSvg(levels = 9): string {
  let defs = '<path id="a0" d="M0 0h1v1z"/>';
  for (let i = 1; i <= levels; i++) defs += `<g id="a${i}">${Array.from({ length: 10 }, () => `<use href="#a${i - 1}"/>`).join('')}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs>${defs}</defs><use href="#a${levels}"/></svg>`;
}

/** The header of a 3 × 2 JPEG (JFIF and a frame marker): enough for its type and size to be read. */
export const TINY_JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0001108000200030301220002110103110100ffd9', 'hex');

/** A pixel's red, green, blue and alpha, 0–255. */
export type Rgba = readonly [number, number, number, number];

/** A logo's drawing, 240 × 120: a ring with a bar through it in PAINT, transparent around it. */
export const ringLogo =
  (paint: Rgba) =>
  (x: number, y: number): Rgba => {
    const r = Math.hypot(x - 60, y - 60);
    const bar = x > 110 && x < 236 && y > 44 && y < 76;
    return (r > 40 && r < 56) || bar ? paint : [0, 0, 0, 0];
  };

/**
 * PAINT as a palette PNG with a tRNS chunk (colour type 3, 8 bits, filter 0 on each row), as an
 * optimiser (pngquant, TinyPNG) rewrites a logo. pngjs writes no palettes, hence this encoder.
 */
export function palettePng(width: number, height: number, paint: (x: number, y: number) => Rgba): Buffer {
  const keys: string[] = [];
  const index = (c: Rgba) => {
    const at = keys.indexOf(c.join(','));
    return at >= 0 ? at : keys.push(c.join(',')) - 1;
  };
  const rows = Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => index(paint(x, y)))]));
  const entries = keys.map((k) => k.split(',').map(Number));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    ONE_PIXEL_PNG.subarray(0, 8),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(entries.flatMap((e) => e.slice(0, 3)))),
    chunk('tRNS', Buffer.from(entries.map((e) => e[3]!))),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
