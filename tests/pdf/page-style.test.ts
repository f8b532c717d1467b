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

  it('writes any title as one safe CSS string', () => {
    expect(cssString('Höst "2021"')).toBe('"H\\f6 st \\22 2021\\22 "');
    expect(cssString('a\\b } @import url(x);\n\tc')).toBe('"a\\5c b } @import url(x); c"');
    expect(cssString('')).toBe('""');
  });
});
