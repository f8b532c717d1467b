import { describe, expect, it } from 'vitest';
import { cssString, pageStyle } from '../../src/pdf/page-style.js';

describe('pageStyle', () => {
  it('sets the page size, and leaves the cover (page 1) without margins, header or number', () => {
    const css = pageStyle({
      size: 'A5',
      title: 'Plan',
      page: { A4: { margin: '20mm', furnitureSize: '8.5pt' }, A5: { margin: '15mm 14mm', furnitureSize: '7.5pt' }, furnitureFont: 'serif', furnitureColor: '#444' },
    });
    expect(css).toContain('size: A5 portrait;');
    expect(css).toContain('margin: 15mm 14mm;');
    expect(css).toContain('font-family: serif; font-size: 7.5pt; color: #444;');
    expect(css).toContain('@top-center { content: "Plan";');
    expect(css).toContain('@bottom-center { content: counter(page);');
    expect(css).toMatch(/@page :first \{\s*margin: 0;\s*@top-center \{ content: none; \}\s*@bottom-center \{ content: none; \}/);
  });

  it('leaves page 1 its margins when it is text, not a cover (a short document), still without header or number', () => {
    const page = { A4: { margin: '20mm 30mm 22mm', furnitureSize: '8.5pt' }, A5: { margin: '15mm 14mm', furnitureSize: '7.5pt' }, furnitureFont: 'serif', furnitureColor: '#444' };
    const css = pageStyle({ size: 'A4', title: 'Kallelse', page, cover: false });
    expect(css).toContain('margin: 20mm 30mm 22mm;');
    expect(css).toMatch(/@page :first \{\s*@top-center \{ content: none; \}\s*@bottom-center \{ content: none; \}\s*\}/);
    expect(css).not.toContain('margin: 0;');
    expect(pageStyle({ size: 'A4', title: 'Kallelse', page, cover: true })).toBe(pageStyle({ size: 'A4', title: 'Kallelse', page }));
  });

  it('writes any title as one safe CSS string', () => {
    expect(cssString('Höst "2021"')).toBe('"H\\f6 st \\22 2021\\22 "');
    expect(cssString('a\\b } @import url(x);\n\tc')).toBe('"a\\5c b } @import url(x); c"');
    expect(cssString('')).toBe('""');
  });
});
