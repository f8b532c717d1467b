/**
 * The image files a plan names, as written in it (relative to the plan file, not checked): every
 * `images[].src` wherever a list of images stands (sections, courses, appendices), then the plan's
 * own `brand.logo` and `brand.coverImage`, each once, in the order of the plan.
 *
 * Taken from the parsed plan, never from its text: images in flow style
 * (`images: [{src: bilder/a.png, alt: …}]`) count, and a line `src: …` inside a Markdown text does
 * not. The data need not be valid (the build cache asks before the plan is checked), so every
 * access is checked.
 */
export function planImagePaths(data: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!isMapping(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'images' && Array.isArray(child)) for (const image of child) if (isMapping(image) && typeof image['src'] === 'string') found.add(image['src']);
      walk(child);
    }
  };
  walk(data);
  const brand = isMapping(data) ? data['brand'] : undefined;
  if (isMapping(brand)) for (const key of ['logo', 'coverImage']) if (typeof brand[key] === 'string') found.add(brand[key]);
  return [...found];
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
