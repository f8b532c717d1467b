import type { Brand } from '../brand/load-brand.js';
import { isLightLogo } from '../brand/logo-tone.js';
import { markdownLinesToHtml } from './helpers/markdown.js';

/** What a template gets of the brand: CSS custom properties, images as data: URLs, the back cover as HTML. */
export interface BrandView {
  /** ":root { --accent: …; … }", placed after the template's CSS so it wins; colours are checked hex. */
  css: string;
  /**
   * The logo for white paper (back cover, masthead). `light`: a negative (white) logo, or the dark
   * ground's logo standing in for a missing one; it needs a plate in the accent colour to be seen.
   */
  logo?: { src: string; light: boolean };
  /** The logo for the coloured cover: `brand.logoOnDark`, or a light logo, printed without the white plate; absent when the cover's logo needs that plate. */
  logoOnDark?: { src: string };
  coverImage?: { src: string };
  /** The back cover's Markdown, each line of the text a line of the page. */
  backCoverHtml?: string;
}

export function brandView(brand: Brand | undefined): BrandView | undefined {
  if (!brand) return undefined;
  const c = brand.colours;
  const view: BrandView = {
    css: c ? `:root { --accent: ${c.accent}; --accent-dark: ${c.accentDark}; --tint: ${c.tint}; --rule: ${c.rule}; }` : '',
  };
  Object.assign(view, logos(brand));
  if (brand.coverImage) view.coverImage = { src: brand.coverImage.src };
  if (brand.backCover !== undefined && brand.backCover.trim() !== '') view.backCoverHtml = markdownLinesToHtml(brand.backCover);
  return view;
}

/** Which logo goes on which ground: the dark ground's own, else a light logo there too; the white ground's own, else the dark's on a plate. */
function logos(brand: Brand): Pick<BrandView, 'logo' | 'logoOnDark'> {
  const light = brand.logo ? isLightLogo(brand.logo) : false;
  const onDark = brand.logoOnDark ?? (light ? brand.logo : undefined);
  const onWhite = brand.logo ? { src: brand.logo.src, light } : brand.logoOnDark ? { src: brand.logoOnDark.src, light: true } : undefined;
  return { ...(onWhite ? { logo: onWhite } : {}), ...(onDark ? { logoOnDark: { src: onDark.src } } : {}) };
}
