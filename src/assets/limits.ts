/** A picture's bytes are capped with every input's (files/limits.ts): a booklet's cover needs no 50 MB scan. */
export { MAX_IMAGE_BYTES } from '../files/limits.js';

/**
 * A raster image of more pixels than this is refused, whatever its bytes: a 20 000 × 20 000 PNG
 * of one colour is a few kB on disk and 1.6 GB once the browser decodes it. 40 megapixels is
 * a 7 700 × 5 200 photo; an A4 cover at 300 dpi needs 8.7.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * An SVG whose elements, counted with every <use> and url(#…) reference drawn out, exceed this
 * is refused: nested <use> multiply (ten uses of ten uses of … ), so 1.8 kB can ask the browser
 * for 10^9 shapes and stall every print. A detailed logo draws a few thousand.
 */
export const MAX_SVG_ELEMENTS = 50_000;
