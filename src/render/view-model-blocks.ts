import type { Goal, Image, Notice } from '../plan/types.js';
import { markdownToHtml, safeHref } from './helpers/markdown.js';
import { flowHtml } from './view-model-text.js';

/** Blocks any part of a plan may carry: notices, images, goals. The partials decide their markup. */

export interface NoticeView {
  kind: 'banner' | 'call-to-action' | 'status';
  title?: string;
  textHtml: string;
  url?: string;
  linkText?: string;
}

export interface ImageView {
  /** A data: URL of the file's bytes: the HTML stands alone, and the PDF loads nothing from outside. */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface GoalView {
  /** One paragraph inline; a longer goal (a list, several paragraphs) as blocks: either way a list item's content. */
  textHtml: string;
}

export function noticeViews(list: readonly Notice[] | undefined): NoticeView[] {
  return (list ?? []).map((n) => {
    const v: NoticeView = { kind: n.kind ?? 'banner', textHtml: markdownToHtml(n.text) };
    if (n.title) v.title = n.title;
    const url = safeHref(n.url);
    if (url) {
      v.url = url;
      v.linkText = n.linkText ?? url;
    }
    return v;
  });
}

export function goalViews(list: readonly Goal[] | undefined): GoalView[] {
  return (list ?? []).map((g) => ({ textHtml: flowHtml(g.text).html }));
}

/** The plan's pictures, loaded and checked before rendering (lint's plan/image-file): by `src`, a data: URL each. */
export type LoadedImages = ReadonlyMap<string, { src: string }>;

/**
 * The images of a part of the plan, from the pictures already loaded: rendering reads no file.
 * An image that was not loaded (its rule turned off in the config) is left out of the page.
 */
export function imageViews(list: readonly Image[] | undefined, images: LoadedImages | undefined): ImageView[] {
  if (!list?.length || !images) return [];
  return list.flatMap((img) => {
    const loaded = images.get(img.src);
    if (!loaded) return [];
    const v: ImageView = { src: loaded.src, alt: img.alt ?? '' };
    if (img.caption) v.caption = img.caption;
    if (img.credit) v.credit = img.credit;
    return [v];
  });
}
