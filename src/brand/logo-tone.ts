import { createRequire } from 'node:module';
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

/**
 * A PNG with transparency whose opaque pixels are light on average: a negative logo. Any kind of
 * PNG (RGBA, grey, a palette with tRNS as optimisers write it, 16 bits, interlaced) is decoded to
 * RGBA by pngjs; one without transparency brings its own ground and is never light.
 */
function lightPng(png: Buffer): boolean {
  const pixels = rgbaPixels(png);
  if (!pixels) return false;
  let opaque = 0;
  let clear = 0;
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3]! < 128) {
      clear++;
      continue;
    }
    opaque++;
    sum += luminance([pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]);
  }
  return clear > 0 && opaque > 0 && sum / opaque >= LIGHT;
}

let pngjs: typeof import('pngjs') | undefined;

/**
 * The picture as RGBA bytes; undefined for a PNG pngjs cannot read (the asset loader has already
 * capped its size and pixels, so the decoding is bounded). pngjs is loaded with the first PNG logo.
 */
function rgbaPixels(png: Buffer): Buffer | undefined {
  pngjs ??= createRequire(import.meta.url)('pngjs') as typeof import('pngjs');
  try {
    return pngjs.PNG.sync.read(png).data;
  } catch {
    return undefined;
  }
}
