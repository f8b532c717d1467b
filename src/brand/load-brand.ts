import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { RunError } from '../errors/run-error.js';
import { MAX_IMAGE_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import { brandColours, type BrandColours } from './colour.js';
import { sanitizeSvg, SvgError } from './sanitize-svg.js';

/** `brand` as written in studyplan.config.yaml or a plan: paths relative to that file. */
export interface BrandSpec {
  color?: string;
  logo?: string;
  coverImage?: string;
  backCover?: string;
}

/** Where a brand was written: relative paths resolve against `dir`; files must lie inside `root`. */
export interface BrandSource {
  spec: BrandSpec;
  /** The file it was written in, for messages. */
  file: string;
  dir: string;
  root: string;
}

/** An image ready for the page: a data: URL, so the HTML is whole and the print loads nothing. */
export interface BrandImage {
  src: string;
  /** image/svg+xml, image/png or image/jpeg */
  type: string;
}

export interface Brand {
  colours?: BrandColours;
  logo?: BrandImage;
  coverImage?: BrandImage;
  /** Markdown, rendered by the view model. */
  backCover?: string;
  /** Changes whenever anything above does (the build cache's key). */
  key: string;
}

/** A logo or a photo larger than this is refused: a booklet's cover needs no 50 MB scan. */
export { MAX_IMAGE_BYTES };

/**
 * The brand of a plan: the config's, with the plan's own keys over it. Files are read and checked
 * (inside the project, no link out of it, a PNG, JPEG or sanitised SVG); a bad one is a RunError
 * naming the file and the key.
 */
export async function loadBrand(sources: readonly BrandSource[]): Promise<Brand | undefined> {
  const merged: { color?: string; logo?: [string, BrandSource]; coverImage?: [string, BrandSource]; backCover?: string } = {};
  for (const s of sources) {
    if (s.spec.color !== undefined) merged.color = s.spec.color;
    if (s.spec.logo !== undefined) merged.logo = [s.spec.logo, s];
    if (s.spec.coverImage !== undefined) merged.coverImage = [s.spec.coverImage, s];
    if (s.spec.backCover !== undefined) merged.backCover = s.spec.backCover;
  }
  if (merged.color === undefined && !merged.logo && !merged.coverImage && merged.backCover === undefined) return undefined;
  const brand: Brand = { key: '' };
  const hash = createHash('sha256');
  if (merged.color !== undefined) {
    const colours = brandColours(merged.color);
    const from = sources.findLast((s) => s.spec.color !== undefined)!;
    if (!colours) throw new RunError('brand/color', { file: from.file, color: JSON.stringify(merged.color) });
    brand.colours = colours;
    hash.update(`color:${colours.accent}`);
  }
  for (const key of ['logo', 'coverImage'] as const) {
    const entry = merged[key];
    if (!entry) continue;
    const image = await readImage(entry[0], entry[1], key);
    brand[key] = image;
    hash.update(`${key}:${image.src}`);
  }
  if (merged.backCover !== undefined) {
    brand.backCover = merged.backCover;
    hash.update(`back:${merged.backCover}`);
  }
  brand.key = hash.digest('hex');
  return brand;
}

async function readImage(ref: string, source: BrandSource, key: string): Promise<BrandImage> {
  const refuse = (kind: string, more: Record<string, string> = {}) => new RunError('brand/file', { file: source.file, key, ref: JSON.stringify(ref), kind, ...more });
  if (/^[a-z][\w+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) throw refuse('url');
  const file = path.resolve(source.dir, ref);
  const real = await realpath(file).catch(() => undefined);
  if (!real) throw refuse('missing');
  const root = await realpath(source.root).catch(() => source.root);
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw refuse('outside', { root });
  const info = await stat(real);
  if (!info.isFile()) throw refuse('not-file');
  if (info.size > MAX_IMAGE_BYTES) throw refuse('too-large', { size: String(Math.round(info.size / 1e6)), max: String(MAX_IMAGE_BYTES / 1024 / 1024) });
  const bytes = await readInput(real, { root, limit: MAX_IMAGE_BYTES });
  const type = imageType(bytes);
  if (!type) throw refuse('not-image');
  if (type === 'image/svg+xml') {
    let clean: string;
    try {
      clean = sanitizeSvg(bytes.toString('utf8'));
    } catch (e) {
      if (e instanceof SvgError) throw refuse('bad-svg', { detail: e.message });
      throw e;
    }
    return { type, src: `data:image/svg+xml;base64,${Buffer.from(clean).toString('base64')}` };
  }
  return { type, src: `data:${type};base64,${bytes.toString('base64')}` };
}

/** The type by the file's first bytes, never by its name. */
function imageType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = bytes
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE svg[^>]*>\s*)*<svg[\s>]/.test(head)) return 'image/svg+xml';
  return undefined;
}

/**
 * The brand a plan prints with: the config's (already loaded), or, when the plan has a `brand`
 * of its own, that over the config's. A plan's paths are relative to the plan file and must lie
 * inside the project: the config's folder, or the working folder when there is no config.
 */
export async function planBrand(
  plan: { brand?: BrandSpec },
  planFile: string,
  shownFile: string,
  config: BrandSource | undefined,
  configBrand: Brand | undefined,
  cwd: string,
): Promise<Brand | undefined> {
  if (!plan.brand) return configBrand;
  const own: BrandSource = { spec: plan.brand, file: shownFile, dir: path.dirname(planFile), root: config?.root ?? cwd };
  return loadBrand(config ? [config, own] : [own]);
}
