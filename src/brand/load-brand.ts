import path from 'node:path';
import { createHash } from 'node:crypto';
import { RunError } from '../errors/run-error.js';
import type { ConfigBrand } from '../project/config.generated.js';
import { brandColours, type BrandColours } from './colour.js';
import { isImageProblem, loadImage, type ImagePlace, type ImageProblem, type LoadedImage } from '../assets/load-image.js';

/**
 * `brand` as written in studyplan.config.yaml or a plan: paths relative to that file. Its type is
 * the config schema's; the plan's `brand` has the same keys (tests/unit/brand-spec-types.test.ts).
 */
export type BrandSpec = ConfigBrand;

/** Where a brand was written: relative paths resolve against `dir`; files must lie inside `root`. */
export interface BrandSource {
  spec: BrandSpec;
  /** The file it was written in, for messages. */
  file: string;
  dir: string;
  root: string;
  /** The spec's pictures, already loaded by whoever checked the file it is in (the config's loader, lint). */
  images?: BrandImages;
}

/** An image ready for the page (assets/load-image.ts): a data: URL, so the HTML is whole and the print loads nothing. */
export type BrandImage = LoadedImage;

/** The brand's picture keys, and what the asset loader made of each. */
export type BrandImageKey = 'logo' | 'logoOnDark' | 'coverImage';
export type BrandImages = Partial<Record<BrandImageKey, LoadedImage | ImageProblem>>;

export interface Brand {
  colours?: BrandColours;
  logo?: BrandImage;
  /** The logo for the coloured cover (a negative, often white, logo). */
  logoOnDark?: BrandImage;
  coverImage?: BrandImage;
  /** Markdown, rendered by the view model. */
  backCover?: string;
  /** Changes whenever anything above does (the build cache's key). */
  key: string;
}

export const BRAND_IMAGE_KEYS: readonly BrandImageKey[] = ['logo', 'logoOnDark', 'coverImage'];

/**
 * Loads the brand's pictures through the one asset loader; a relative path resolves against
 * the file it was written in and must lie inside the project.
 */
export function loadBrandImages(spec: BrandSpec, place: ImagePlace): BrandImages {
  const images: BrandImages = {};
  for (const key of BRAND_IMAGE_KEYS) {
    const ref = spec[key];
    if (typeof ref === 'string') images[key] = loadImage(ref, place);
  }
  return images;
}

/**
 * The brand of a plan: the config's, with the plan's own keys over it. Pictures come loaded with
 * their source (images), or are loaded here. A bad one that came loaded was reported by lint at
 * its line (plan/image-file), and the config's level for that rule decided whether it stops the
 * plan: if it got this far, it is left out of the page, as a plan's own refused image is. A bad
 * one loaded here is a RunError naming the file and the key.
 */
export function loadBrand(sources: readonly BrandSource[]): Brand | undefined {
  const merged: { color?: string; backCover?: string } & Partial<Record<BrandImageKey, [string, BrandSource]>> = {};
  for (const s of sources) {
    if (s.spec.color !== undefined) merged.color = s.spec.color;
    for (const key of BRAND_IMAGE_KEYS) {
      const ref = s.spec[key];
      if (ref !== undefined) merged[key] = [ref, s];
    }
    if (s.spec.backCover !== undefined) merged.backCover = s.spec.backCover;
  }
  if (merged.color === undefined && BRAND_IMAGE_KEYS.every((key) => !merged[key]) && merged.backCover === undefined) return undefined;
  const brand: Brand = { key: '' };
  const hash = createHash('sha256');
  if (merged.color !== undefined) {
    const colours = brandColours(merged.color);
    const from = sources.findLast((s) => s.spec.color !== undefined)!;
    if (!colours) throw new RunError('brand/color', { file: from.file, color: JSON.stringify(merged.color) });
    brand.colours = colours;
    hash.update(`color:${colours.accent}`);
  }
  for (const key of BRAND_IMAGE_KEYS) {
    const entry = merged[key];
    if (!entry) continue;
    const image = brandImage(entry[0], entry[1], key);
    if (!image) continue;
    brand[key] = image;
    hash.update(`${key}:${image.key}`);
  }
  if (merged.backCover !== undefined) {
    brand.backCover = merged.backCover;
    hash.update(`back:${merged.backCover}`);
  }
  brand.key = hash.digest('hex');
  return brand;
}

function brandImage(ref: string, source: BrandSource, key: BrandImageKey): LoadedImage | undefined {
  const checked = source.images?.[key];
  if (checked) return isImageProblem(checked) ? undefined : checked;
  const image = loadImage(ref, source);
  if (!isImageProblem(image)) return image;
  throw new RunError('brand/file', { file: source.file, key, ref: JSON.stringify(ref), reason: image.reason, ...image.params });
}

/**
 * The brand a plan prints with: the config's (already loaded), or, when the plan has a `brand`
 * of its own, that over the config's. A plan's paths are relative to the plan file and must lie
 * inside the project: the config's folder, or the working folder when there is no config.
 */
export function planBrand(
  plan: { brand?: BrandSpec },
  planFile: string,
  shownFile: string,
  config: BrandSource | undefined,
  configBrand: Brand | undefined,
  cwd: string,
  images?: BrandImages,
): Brand | undefined {
  if (!plan.brand) return configBrand;
  const own: BrandSource = { spec: plan.brand, file: shownFile, dir: path.dirname(planFile), root: config?.root ?? cwd, ...(images ? { images } : {}) };
  return loadBrand(config ? [config, own] : [own]);
}
