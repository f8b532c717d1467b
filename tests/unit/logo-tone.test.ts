import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { LoadedImage } from '../../src/assets/load-image.js';
import { isLightLogo } from '../../src/brand/logo-tone.js';
import { palettePng, ringLogo, type Rgba } from '../helpers/images.js';

/**
 * Issue 29: a negative (white) logo is found light from its pixels, whatever kind of PNG carries
 * it, so that the booklet prints it on a plate instead of white on white. Before, only 8-bit RGBA
 * and grey-and-alpha PNGs were read: a palette PNG (what pngquant and TinyPNG write), or a 16-bit
 * one was taken for dark and vanished on the back cover.
 */
const WHITE: Rgba = [255, 255, 255, 255];
const DARK: Rgba = [20, 20, 20, 255];
const [W, H] = [240, 120];

const image = (bytes: Buffer, type: LoadedImage['type'] = 'image/png'): LoadedImage => ({ src: `data:${type};base64,${bytes.toString('base64')}`, type, key: 'k' });

/** The drawing written by pngjs in the given colour type (6 RGBA, 4 grey and alpha, 2 RGB, 0 grey) and bit depth. */
function written(paint: Rgba, options: { colorType: 0 | 2 | 4 | 6; bitDepth?: 8 | 16; inputHasAlpha?: boolean }): Buffer {
  const rgba = new Uint8Array(W * H * 4);
  const draw = ringLogo(paint);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const px = draw(x, y);
      // Without alpha in the file, transparent pixels become the file's white ground.
      rgba.set(options.colorType === 4 || options.colorType === 6 || px[3] !== 0 ? px : [255, 255, 255, 255], (y * W + x) * 4);
    }
  const png = new PNG({ width: W, height: H });
  // pngjs takes 16-bit pixels as 16-bit input (in the machine's byte order).
  png.data = options.bitDepth === 16 ? Buffer.from(Uint16Array.from(rgba, (v) => v * 257).buffer) : Buffer.from(rgba);
  return PNG.sync.write(png, { colorType: options.colorType, bitDepth: options.bitDepth ?? 8, inputHasAlpha: true });
}

describe('isLightLogo, PNG', () => {
  it.each([
    ['RGBA, 8 bits', { colorType: 6 as const }],
    ['RGBA, 16 bits', { colorType: 6 as const, bitDepth: 16 as const }],
    ['grey and alpha', { colorType: 4 as const }],
  ])('a white drawing on transparency is light: %s', (_, options) => {
    expect(isLightLogo(image(written(WHITE, options)))).toBe(true);
    expect(isLightLogo(image(written(DARK, options)))).toBe(false);
  });

  it('a palette PNG with transparency (as optimisers write it) is read too', () => {
    expect(isLightLogo(image(palettePng(W, H, ringLogo(WHITE))))).toBe(true);
    expect(isLightLogo(image(palettePng(W, H, ringLogo(DARK))))).toBe(false);
  });

  it('a picture without transparency brings its own ground: never light', () => {
    expect(isLightLogo(image(written(WHITE, { colorType: 2 })))).toBe(false);
    expect(isLightLogo(image(written(WHITE, { colorType: 0 })))).toBe(false);
  });

  it('a PNG that cannot be decoded is not light (and does not throw)', () => {
    const cut = written(WHITE, { colorType: 6 }).subarray(0, 200);
    expect(isLightLogo(image(cut))).toBe(false);
  });
});

describe('isLightLogo, SVG', () => {
  const svg = (body: string) => image(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`), 'image/svg+xml');
  it('white paint is light; black, default-filled or unknown paint is not', () => {
    expect(isLightLogo(svg('<path fill="#fff" d="M0 0h5v5z"/>'))).toBe(true);
    expect(isLightLogo(svg('<path fill="#123" d="M0 0h5v5z"/>'))).toBe(false);
    expect(isLightLogo(svg('<path fill="#fff" d="M0 0h5v5z"/><path d="M5 5h5v5z"/>'))).toBe(false);
    expect(isLightLogo(svg('<path fill="var(--x)" d="M0 0h5v5z"/>'))).toBe(false);
  });
});
