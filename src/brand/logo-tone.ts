import { inflateSync } from 'node:zlib';
import type { LoadedImage } from '../assets/load-image.js';
import { luminance, parseHexColour, type Rgb } from './colour.js';

/**
 * Whether a logo is light (a negative, white logo): it would vanish on white paper, so the
 * template prints it on a plate in the accent colour where the page is white (issue 29). Read
 * from the picture itself: an SVG's fill and stroke colours, a PNG's opaque pixels around
 * transparent ones. A JPEG has no transparency: whatever its colours, it brings its own ground.
 */
export function isLightLogo(image: LoadedImage): boolean {
  const bytes = Buffer.from(image.src.slice(image.src.indexOf(',') + 1), 'base64');
  if (image.type === 'image/svg+xml') return lightSvg(bytes.toString('utf8'));
  if (image.type === 'image/png') return lightPng(bytes);
  return false;
}

/** As light as this (WCAG relative luminance, white 1): #d0d0d0 and lighter, a logo meant for a dark ground. */
const LIGHT = 0.6;

const NAMED: Record<string, Rgb> = { white: [255, 255, 255], black: [0, 0, 0], snow: [255, 250, 250], ivory: [255, 255, 240], whitesmoke: [245, 245, 245] };

/** A colour as an SVG writes it: #rgb, #rrggbb, rgb(r, g, b) or a few names; undefined for none or a paint server. */
function svgColour(text: string): Rgb | 'none' | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'none' || t === 'transparent' || t.startsWith('url(')) return 'none';
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(t);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return parseHexColour(t) ?? NAMED[t];
}

/**
 * Every colour the drawing paints with is light. A shape with no fill of its own in a drawing that
 * sets none anywhere is black (SVG's default), and a colour not understood counts as dark: only a
 * logo certainly light gets the plate.
 */
function lightSvg(svg: string): boolean {
  const paints = [...svg.matchAll(/(?:fill|stroke|stop-color)\s*(?:=\s*["']|:)\s*([^"';}]+)/gi)].map((m) => svgColour(m[1]!));
  const colours = paints.filter((p) => p !== 'none');
  if (!colours.length || colours.some((c) => c === undefined || luminance(c) < LIGHT)) return false;
  // Shapes filled by default (no fill anywhere above them) are black.
  const setsFill = /<(?:svg|g)\b[^>]*\bfill\s*=|<style\b/i.test(svg);
  const unfilled = [...svg.matchAll(/<(?:path|rect|circle|ellipse|polygon|polyline|text)\b([^>]*)>/gi)].some((m) => !/\bfill\s*[=:]/i.test(m[1]!));
  return setsFill || !unfilled;
}

/** A PNG of 8-bit channels with transparency, its opaque pixels light on average: a negative logo. */
function lightPng(png: Buffer): boolean {
  const image = pngPixels(png);
  if (!image) return false;
  const { channels, pixels } = image;
  let opaque = 0;
  let clear = 0;
  let sum = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    const alpha = channels === 4 ? pixels[i + 3]! : pixels[i + 1]!;
    if (alpha < 128) {
      clear++;
      continue;
    }
    opaque++;
    sum += channels === 4 ? luminance([pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]) : luminance([pixels[i]!, pixels[i]!, pixels[i]!]);
  }
  return clear > 0 && opaque > 0 && sum / opaque >= LIGHT;
}

/**
 * The pixels of a PNG with an alpha channel (RGBA or grey and alpha, 8 bits, not interlaced),
 * unfiltered; undefined for any other kind (no transparency to read, or not worth decoding for a guess).
 */
function pngPixels(png: Buffer): { channels: number; pixels: Uint8Array } | undefined {
  const width = png.readUInt32BE(16);
  const [depth, colourType, interlace] = [png[24], png[25], png[28]];
  const channels = colourType === 6 ? 4 : colourType === 4 ? 2 : 0;
  if (depth !== 8 || interlace !== 0 || channels === 0) return undefined;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  try {
    return { channels, pixels: unfilter(inflateSync(Buffer.concat(data)), width * channels, channels) };
  } catch {
    return undefined;
  }
}

/** Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Buffer, stride: number, bpp: number): Uint8Array {
  const rows = Math.floor(raw.length / (stride + 1));
  const out = new Uint8Array(rows * stride);
  for (let y = 0; y < rows; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      out[y * stride + x] = (v + predict(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, a: number, b: number, c: number): number {
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return (a + b) >> 1;
  if (filter !== 4) return 0;
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
