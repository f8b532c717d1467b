/**
 * The page furniture injected at print time: the page size, the plan's title as a running header
 * and the page number as a footer, in CSS page-margin boxes (Chromium >= 131), so they use the
 * document's own fonts. The margins and the furniture's font, size and colour are the template's
 * (template.json `page`, see render/template-loader.ts). The cover (page 1) has no margins and no
 * furniture, so its colour band reaches the paper's edge. A page without a cover (`<body
 * class="without-cover">`, a short document: render/page-parts.ts) starts with text on page 1: it
 * keeps its margins and has no furniture either, as a letter's first page (its title is right
 * there). The rules go first in the document, so a template's own @page rules (a named
 * back-cover page) win over them.
 */
import type { PageSettings } from '../render/page-settings.js';

export type { PageSettings } from '../render/page-settings.js';

export interface PageGeometry {
  size: 'A4' | 'A5';
  title: string;
  /** The template's page settings. */
  page: PageSettings;
  /** False when page 1 is text, not a cover: it keeps the margins. Default true. */
  cover?: boolean;
}

/** The class of a page's `<body>` that says it has no cover: page 1 is text. */
export const WITHOUT_COVER = 'without-cover';

export function pageStyle(g: PageGeometry): string {
  return `@page {
  size: ${g.size} portrait;
  margin: ${g.page[g.size].margin};
  ${header(g)}
  @bottom-center { content: counter(page); ${furniture(g)} vertical-align: top; padding-top: 4mm; }
}
@page :first {
  ${g.cover === false ? '' : 'margin: 0;\n  '}@top-center { content: none; }
  @bottom-center { content: none; }
}`;
}

function furniture(g: PageGeometry): string {
  return `font-family: ${g.page.furnitureFont}; font-size: ${g.page[g.size].furnitureSize}; color: ${g.page.furnitureColor};`;
}

function header(g: PageGeometry): string {
  return `@top-center { content: ${cssString(runningTitle(g.title))}; ${furniture(g)} overflow-wrap: anywhere; vertical-align: bottom; padding-bottom: 4mm; }`;
}

/**
 * The header's text: one line at most. A long title (or one long word) would otherwise wrap
 * upwards over the margin and run past the paper's edge; the cover and the contents have it whole.
 */
export function runningTitle(title: string, max = 90): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  if (chars.length <= max) return oneLine;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}

/** A CSS string literal; anything outside printable ASCII becomes an escape, so no input can end it early. */
export function cssString(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  let out = '"';
  for (const ch of oneLine) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0x20 && code < 0x7f && ch !== '"' && ch !== '\\' ? ch : `\\${code.toString(16)} `;
  }
  return `${out}"`;
}
