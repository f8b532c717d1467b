import type { PathSegment } from './source-map.js';

/** A picture a parsed plan names: an image's `src`, or its own brand's `logo` or `coverImage`. */
export interface ImageRef {
  ref: string;
  /** The path of the string in the plan (its `src`, `brand.logo`…), for positions. */
  path: PathSegment[];
  kind: 'image' | 'logo' | 'logoOnDark' | 'coverImage';
}

/**
 * Every picture a plan names, as written in it (relative to the plan file, not checked), with its
 * place: every `images[].src` wherever a list of images stands (sections, courses, appendices),
 * then the plan's own `brand.logo` and `brand.coverImage`, in the order of the plan. What lint
 * checks (lint/plan-assets.ts), build renders and the build cache hashes.
 *
 * Taken from the parsed plan, never from its text: images in flow style
 * (`images: [{src: bilder/a.png, alt: …}]`) count, and a line `src: …` inside a Markdown text does
 * not. The data need not be valid (the build cache asks before the plan is checked), so every
 * access is checked.
 */
export function planImageRefs(data: unknown): ImageRef[] {
  const found: ImageRef[] = [];
  const at: PathSegment[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        at.push(i);
        walk(item);
        at.pop();
      });
      return;
    }
    if (!isMapping(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'images' && Array.isArray(child)) {
        child.forEach((image, i) => {
          if (isMapping(image) && typeof image['src'] === 'string') found.push({ ref: image['src'], path: [...at, key, i, 'src'], kind: 'image' });
        });
      }
      at.push(key);
      walk(child);
      at.pop();
    }
  };
  walk(data);
  const brand = isMapping(data) ? data['brand'] : undefined;
  for (const kind of ['logo', 'logoOnDark', 'coverImage'] as const) if (isMapping(brand) && typeof brand[kind] === 'string') found.push({ ref: brand[kind], path: ['brand', kind], kind });
  return found;
}

/** The image files a plan names (planImageRefs), each once: the build cache's key hashes these. */
export function planImagePaths(data: unknown): string[] {
  return [...new Set(planImageRefs(data).map((r) => r.ref))];
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
