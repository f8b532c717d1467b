/**
 * The page geometry, owned by the PDF stage and injected at print time: page size and margins,
 * the plan's title as a running header and the page number as a footer, both in CSS page-margin
 * boxes (Chromium >= 131), so they use the document's own fonts. The cover (page 1) has no
 * margins and no furniture, so its colour band reaches the paper's edge.
 */
export interface PageGeometry {
  size: 'A4' | 'A5';
  title: string;
}

const MARGINS: Record<PageGeometry['size'], { top: string; side: string; bottom: string; furniture: string }> = {
  A4: { top: '20mm', side: '20mm', bottom: '20mm', furniture: '8.5pt' },
  A5: { top: '15mm', side: '14mm', bottom: '15mm', furniture: '7.5pt' },
};

export function pageStyle({ size, title }: PageGeometry): string {
  const m = MARGINS[size];
  return `@page {
  size: ${size} portrait;
  margin: ${m.top} ${m.side} ${m.bottom};
  ${header(size, title)}
  @bottom-center { content: counter(page); ${furniture(size)} vertical-align: top; padding-top: 4mm; }
}
@page :first {
  margin: 0;
  @top-center { content: none; }
  @bottom-center { content: none; }
}`;
}

/**
 * Added to pageStyle when the contents page(s) are printed alone (contents-pages.ts): their first
 * page is not the cover, and their footers show the numbers they have in the whole plan (one
 * or two pages: `numbers`), as counter(page) would count them there.
 */
export function contentsPageStyle({ size, title }: PageGeometry, numbers: readonly number[]): string {
  const m = MARGINS[size];
  const footer = (n: number | undefined) => `@bottom-center { content: "${n ?? ''}"; ${furniture(size)} vertical-align: top; padding-top: 4mm; }`;
  return `@page { ${footer(numbers[1])} }
@page :first {
  margin: ${m.top} ${m.side} ${m.bottom};
  ${header(size, title)}
  ${footer(numbers[0])}
}`;
}

function furniture(size: PageGeometry['size']): string {
  return `font-family: 'Source Sans 3', 'DejaVu Sans', Arial, sans-serif; font-size: ${MARGINS[size].furniture}; color: #4a4a55;`;
}

function header(size: PageGeometry['size'], title: string): string {
  return `@top-center { content: ${cssString(runningTitle(title))}; ${furniture(size)} overflow-wrap: anywhere; vertical-align: bottom; padding-bottom: 4mm; }`;
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
