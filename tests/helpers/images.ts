import { deflateSync } from 'node:zlib';

/** A real PNG of one transparent pixel: what a browser draws and image-size reads. */
export const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * A PNG that declares WIDTH × HEIGHT pixels in its header, followed by a little compressed data:
 * a few hundred bytes on disk that a browser would decode into WIDTH × HEIGHT × 4 bytes.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
  };
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
