import { describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../src/pdf/soft-hyphens.js';

// What Chromium writes for an unused soft hyphen, and for one inside a ligature ("f\u00adf").
const UNUSED = '/Span<</ActualText <feff00ad> >> BDC\n8.48 0 Td <0001> Tj\nEMC\n0 0 Td <001e> Tj';
const LIGATURE = '/Span<</ActualText <feff006600ad0066> >> BDC\n<0042> Tj\nEMC';

describe('withoutSoftHyphens', () => {
  it('empties the text of a span that stood for a soft hyphen, keeping the drawing as it is', () => {
    expect(withoutSoftHyphens(UNUSED)).toBe(UNUSED.replace('<feff00ad>', '<feff>'));
  });

  it('keeps the other letters of a span (a ligature across a break point)', () => {
    expect(withoutSoftHyphens(LIGATURE)).toBe(LIGATURE.replace('<feff006600ad0066>', '<feff00660066>'));
  });

  it('leaves a stream without soft hyphens alone (undefined: nothing to write)', () => {
    expect(withoutSoftHyphens('BT /F1 12 Tf <0041> Tj ET')).toBeUndefined();
    // 00ad as part of other units (U+AD00, U+100A + D...) is not a soft hyphen.
    expect(withoutSoftHyphens('/Span<</ActualText <feffad00> >> BDC')).toBeUndefined();
    expect(withoutSoftHyphens('/Span<</ActualText <feff100ad000> >> BDC')).toBeUndefined();
  });
});
