import type { Brand } from '../brand/load-brand.js';
import { markdownToHtml } from './helpers/markdown.js';

/** What a template gets of the brand: CSS custom properties, images as data: URLs, the back cover as HTML. */
export interface BrandView {
  /** ":root { --accent: …; … }", placed after the template's CSS so it wins; colours are checked hex. */
  css: string;
  logo?: { src: string };
  coverImage?: { src: string };
  backCoverHtml?: string;
}

export function brandView(brand: Brand | undefined): BrandView | undefined {
  if (!brand) return undefined;
  const c = brand.colours;
  const view: BrandView = {
    css: c ? `:root { --accent: ${c.accent}; --accent-dark: ${c.accentDark}; --tint: ${c.tint}; --rule: ${c.rule}; }` : '',
  };
  if (brand.logo) view.logo = { src: brand.logo.src };
  if (brand.coverImage) view.coverImage = { src: brand.coverImage.src };
  if (brand.backCover !== undefined && brand.backCover.trim() !== '') view.backCoverHtml = markdownToHtml(brand.backCover);
  return view;
}
