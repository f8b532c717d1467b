import { createHash } from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './limits.js';
import { imageTypeOf, type ImageType } from './media-types.js';
import { readAssetFile } from './read-asset-file.js';
import { sanitizeSvg, SvgError } from './sanitize-svg.js';

/** An image ready for the page: a data: URL, so the HTML is whole and the print loads nothing. */
export interface LoadedImage {
  src: string;
  type: ImageType;
  /** Changes whenever the bytes do (the build cache's key). */
  key: string;
}

/** Why an image cannot be used, with the values its message is worded from (lint's catalogue, `plan/image-file`). */
export interface ImageProblem {
  reason: 'url' | 'missing' | 'unreadable' | 'outside' | 'not-a-file' | 'too-large' | 'too-many-pixels' | 'not-an-image' | 'svg-unreadable' | 'svg-too-complex';
  params: Record<string, string>;
}

/** Where an image reference is resolved: relative paths against `dir`; the file must lie inside `root`. */
export interface ImagePlace {
  dir: string;
  root: string;
}

/**
 * The one loader of every picture a booklet shows, a plan's images and the brand's logo and
 * cover alike: a path inside ROOT (no URL, no link out of it), a regular file of at most
 * MAX_IMAGE_BYTES, a PNG, JPEG, GIF, WebP or SVG by its bytes, at most MAX_IMAGE_PIXELS, and an
 * SVG cleaned (sanitize-svg.ts). Synchronous: lint checks plans one after another without
 * yielding, and a build reads what lint loaded.
 */
export function loadImage(ref: string, place: ImagePlace): LoadedImage | ImageProblem {
  if (/^[a-z][\w+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) return problem('url');
  const read = readAssetFile(path.resolve(place.dir, ref), place.root, MAX_IMAGE_BYTES);
  if (!('bytes' in read)) {
    if (read.problem === 'outside') return problem('outside', { root: read.root });
    if (read.problem === 'not-a-file') return problem('not-a-file', { kind: read.kind });
    if (read.problem === 'too-large') return problem('too-large', { megabytes: (read.size / 1024 / 1024).toFixed(1), max: String(MAX_IMAGE_BYTES / 1024 / 1024) });
    return problem(read.problem);
  }
  const type = imageTypeOf(read.bytes);
  if (!type) return problem('not-an-image');
  if (type === 'image/svg+xml') return loadSvg(read.bytes);
  const pixels = rasterPixels(read.bytes);
  if (pixels === undefined) return problem('not-an-image');
  if (pixels.width * pixels.height > MAX_IMAGE_PIXELS) return problem('too-many-pixels', { width: String(pixels.width), height: String(pixels.height), max: String(MAX_IMAGE_PIXELS / 1_000_000) });
  return loaded(type, read.bytes);
}

export function isImageProblem(v: LoadedImage | ImageProblem): v is ImageProblem {
  return 'reason' in v;
}

function loadSvg(bytes: Buffer): LoadedImage | ImageProblem {
  try {
    return loaded('image/svg+xml', Buffer.from(sanitizeSvg(bytes.toString('utf8'))));
  } catch (e) {
    if (!(e instanceof SvgError)) throw e;
    return e.tooComplex ? problem('svg-too-complex', { max: String(e.tooComplex) }) : problem('svg-unreadable', { detail: e.message });
  }
}

// image-size is loaded when the first raster picture is: its 26 modules cost some 50 ms at
// start-up, which a lint or build of plans without pictures need not pay (sync, as the loader is).
let imageSize: typeof import('image-size').imageSize | undefined;
const sizeOf = (bytes: Buffer) => (imageSize ??= (createRequire(import.meta.url)('image-size') as typeof import('image-size')).imageSize)(bytes);

/** The width and height the header declares; undefined for a header that cannot be read (a broken or cut file). */
function rasterPixels(bytes: Buffer): { width: number; height: number } | undefined {
  try {
    const { width, height } = sizeOf(bytes);
    return Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** The data: URL and the key are made when first asked for: lint checks many pictures and shows none. */
function loaded(type: ImageType, bytes: Buffer): LoadedImage {
  let src: string | undefined;
  let key: string | undefined;
  return {
    type,
    get src() {
      return (src ??= `data:${type};base64,${bytes.toString('base64')}`);
    },
    get key() {
      return (key ??= createHash('sha256').update(bytes).digest('hex'));
    },
  };
}

function problem(reason: ImageProblem['reason'], params: Record<string, string> = {}): ImageProblem {
  return { reason, params };
}
