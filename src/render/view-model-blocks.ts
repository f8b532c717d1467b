import { realpathSync } from 'node:fs';
import { MAX_IMAGE_BYTES } from '../files/limits.js';
import { readInputSync } from '../files/safe-read.js';
import path from 'node:path';
import type { Goal, Image, Notice } from '../plan/types.js';
import { RunError } from '../errors/run-error.js';
import { markdownInline, markdownToHtml, safeHref } from './helpers/markdown.js';

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
  return (list ?? []).map((g) => ({ textHtml: markdownInline(g.text) }));
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml' };

/**
 * Images from the plan's own folder only: the schema refuses URLs, absolute paths and "..", and
 * here the real path (after symlinks) must still be inside the folder. An SVG is embedded as an
 * <img>, where a browser runs no script in it and loads nothing it names.
 */
export function imageViews(list: readonly Image[] | undefined, planDir: string | undefined): ImageView[] {
  if (!list?.length) return [];
  if (!planDir) return [];
  const root = realpathSync(planDir);
  return list.map((img) => {
    const ext = path.extname(img.src).slice(1).toLowerCase();
    const mime = MIME[ext];
    let file: string;
    try {
      file = realpathSync(path.resolve(root, img.src));
    } catch {
      throw new RunError('plan/image', { kind: 'missing', src: img.src, root });
    }
    if (!mime || (file !== root && !file.startsWith(root + path.sep))) {
      throw new RunError('plan/image', { kind: 'outside', src: img.src });
    }
    const v: ImageView = { src: `data:${mime};base64,${readInputSync(file, { root, limit: MAX_IMAGE_BYTES }).toString('base64')}`, alt: img.alt ?? '' };
    if (img.caption) v.caption = img.caption;
    if (img.credit) v.credit = img.credit;
    return v;
  });
}
