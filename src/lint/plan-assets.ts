import path from 'node:path';
import { isImageProblem, loadImage, type ImagePlace, type LoadedImage } from '../assets/load-image.js';
import type { BrandImages } from '../brand/load-brand.js';
import { planImageRefs } from '../plan/plan-images.js';
import type { SourceMap } from '../plan/source-map.js';
import type { Finding } from './finding.js';

/** Where a plan's pictures are: its images in the plan's own folder, its brand's anywhere in the project. */
export interface AssetPlaces {
  planDir: string;
  /** The project's folder (the config's, else the working folder): a plan's brand pictures lie inside it. */
  projectRoot: string;
}

/** A plan's pictures as the asset loader loaded them, for the page: images by their `src`, the brand's by key. */
export interface PlanAssets {
  images: ReadonlyMap<string, LoadedImage>;
  brand: BrandImages;
}

/**
 * Loads every picture the plan names through the one asset loader, and reports each that cannot
 * be used (plan/image-file) at its `src`, `logo` or `coverImage`. A build renders from what this
 * loaded: the files are read once, and lint and build refuse the same plans.
 */
export function checkPlanAssets(data: unknown, map: SourceMap, places: AssetPlaces): { findings: Finding[]; assets: PlanAssets } {
  const images = new Map<string, LoadedImage>();
  const brand: BrandImages = {};
  const findings: Finding[] = [];
  const own: ImagePlace = { dir: path.resolve(places.planDir), root: path.resolve(places.planDir) };
  const project: ImagePlace = { dir: own.dir, root: path.resolve(places.projectRoot) };
  for (const { ref, path: at, kind } of planImageRefs(data)) {
    const loaded = kind === 'image' ? (images.get(ref) ?? loadImage(ref, own)) : loadImage(ref, project);
    if (kind !== 'image') brand[kind] = loaded;
    if (isImageProblem(loaded)) findings.push({ ruleId: 'plan/image-file', range: map.rangeOf(at), params: { src: ref, reason: loaded.reason, ...loaded.params } });
    else if (kind === 'image') images.set(ref, loaded);
  }
  return { findings, assets: { images, brand } };
}
