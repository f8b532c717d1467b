import { describe, expect, it } from 'vitest';
import { readToUnicode } from '../../src/pdf/font-glyphs.js';

/** The ToUnicode maps of Chromium's fonts (as Skia writes them), read into glyph → text. */
describe('readToUnicode', () => {
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0001> <0020>
<0072> <00F6>
<0081> <00660074>
endbfchar
2 beginbfrange
<0084> <008D> <0030>
<00B3> <00B5> [<0028> <0029> <D83DDE00>]
endbfrange
endcmap`;
  const map = readToUnicode(cmap);

  it('reads single glyphs, ligatures (two characters) and ranges counted on', () => {
    expect(map.get(0x01)).toBe(' ');
    expect(map.get(0x72)).toBe('ö');
    expect(map.get(0x81)).toBe('ft');
    expect([...Array(10).keys()].map((i) => map.get(0x84 + i)).join('')).toBe('0123456789');
  });

  it('reads a range given as a list, surrogate pairs included', () => {
    expect([map.get(0xb3), map.get(0xb4), map.get(0xb5)]).toEqual(['(', ')', '😀']);
  });

  it('has nothing for glyphs it does not list, and ignores a range that runs backwards', () => {
    expect(map.get(0x83)).toBeUndefined();
    expect(readToUnicode('beginbfrange\n<0010> <0001> <0041>\nendbfrange').size).toBe(0);
  });
});
