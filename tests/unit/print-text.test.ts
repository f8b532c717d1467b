import { describe, expect, it } from 'vitest';
import { printText, shortAddress } from '../../src/render/helpers/print-text.js';
import { hyphenationsOf } from '../../src/render/helpers/hyphenate.js';
import type { Labels } from '../../src/render/labels.js';
import { lineEndsInside } from '../pdf/line-ends.js';
import sv from '../../templates/booklet/labels/sv.json' with { type: 'json' };

const labels = sv as unknown as Labels;

describe('printText', () => {
  it('keeps dates, date and time ranges, phone numbers and prices on one line', () => {
    const html = printText(
      '<body><p>Den 24–25 september 2021, 18:00–21:00. Ring 040-123 45 67 eller +46 40 123 45 67. Pris 1 500 kr. Sista dag 2021-09-10 och 30 september–2 oktober 2022.</p></body>',
      labels,
    );
    for (const s of ['24–25 september 2021', '18:00–21:00', '040-123 45 67', '+46 40 123 45 67', '1 500 kr', '2021-09-10', '30 september–2 oktober 2022']) {
      expect(html).toContain(`<span class="nobr">${s}</span>`);
    }
  });

  it('never touches tags, attributes, styles or code, and leaves years and plain numbers alone', () => {
    const html = '<body><style>.a { width: 10:30 }</style><a href="#k-040-123">x</a><code>18:00–21:00</code><p>Planen 2011–2014 har 12 kurser.</p></body>';
    expect(printText(html, labels)).toBe(html);
  });

  it("prints a web link's address after its text, shortened, breakable only after a slash", () => {
    const html = printText('<body><p><a href="https://www.example.se/anmalan/kurs/">Anmäl dig här</a> <a href="https://abf.se">https://abf.se</a></p></body>', labels);
    expect(html).toContain('<a href="https://www.example.se/anmalan/kurs/">Anmäl dig här</a><span class="print-url"> (example.se/<wbr>anmalan/<wbr>kurs)</span>');
    expect(html).toContain('<a href="https://abf.se">https://abf.se</a></p>');
    expect(shortAddress('http://www.abf.se/')).toBe('abf.se');
  });

  it("finds a link whatever the template's markup: other attributes first, other quoting, a '>' inside a value", () => {
    const url = '<span class="print-url"> (example.se/<wbr>anmalan)</span>';
    for (const a of [
      '<a class="extern" href="https://www.example.se/anmalan">',
      "<a rel='noopener' href='https://www.example.se/anmalan' target=_blank>",
      '<a href=https://www.example.se/anmalan>',
      '<a title="a > b" HREF="https://www.example.se/anmalan" >',
    ]) {
      expect(printText(`<body><p>${a}Anmäl <em>dig</em> här</a>.</p></body>`, labels), a).toBe(`<body><p>${a}Anmäl <em>dig</em> här</a>${url}.</p></body>`);
    }
  });

  it('reads the address as the browser does (character references decoded) and prints it escaped', () => {
    const html = printText('<body><a data-x="1" href="https://example.se/?a&#x3D;1&amp;b&#x3D;&lt;2">Anmälan</a> <a class="x" href="https://example.se/">example.se</a></body>', labels);
    expect(html).toContain('Anmälan</a><span class="print-url"> (example.se/<wbr>?a=1&amp;b=&lt;2)</span>');
    expect(html).toContain('example.se</a></body>');
    // A link to a place on the page, or to no web address, prints nothing.
    expect(printText('<body><a class="x" href="#kurs">Kursen</a><a href="mailto:a@b.se">Skriv</a></body>', labels)).not.toContain('print-url');
  });
});

describe("lineEndsInside (the PDF tests' checker)", () => {
  it('finds a line that ends inside a phone number, a date or a time range, and nothing else', () => {
    expect(lineEndsInside('Ring 040-123\n45 67 i dag')).toHaveLength(1);
    expect(lineEndsInside('Kursen börjar 24\nseptember 2021')).toHaveLength(1);
    expect(lineEndsInside('kl. 18:00–\n21:00 i Malmö')).toHaveLength(1);
    expect(lineEndsInside('Kursen 24 september 2021\nRing 040-123 45 67\nkl. 18:00–21:00')).toEqual([]);
  });
});

describe('hyphenationsOf', () => {
  it('gives the long words of the running text their Swedish break points, not headings, addresses or capitals', () => {
    const words = hyphenationsOf(
      '<html><head><title>Medlemsutbildning</title></head><body><h2>Partiorganisationen</h2><p>Alla medlemmar har rätt till en medlemsutbildning. FÖRSLAG www.example.se/anmalningar anna@organisationen.se</p></body></html>',
      'sv',
    );
    expect(words['medlemsutbildning']).toBe('med\u00adlems\u00adut\u00adbild\u00adning');
    expect(words['medlemmar']).toBe('med\u00adlem\u00admar');
    expect(Object.keys(words).sort()).toEqual(['medlemmar', 'medlemsutbildning']);
    expect(hyphenationsOf('<body><p>medlemsutbildning</p></body>', 'fi')).toEqual({});
  });

  it('leaves names whole: places, people, organisations, and a sentence’s first word (issue 29: "Väs-terås", "Ängs-backa", "Di-striktet")', () => {
    const words = hyphenationsOf(
      '<body><p>Distriktet bjuder in till Kulturhuset Kristinehamnsgården i Västerås och Ängsbackaskolan. Kontakt: Ängla Västerberg-Lindqvist, studieorganisatör.</p></body>',
      'sv',
    );
    expect(Object.keys(words).sort()).toEqual(['studieorganisatör']);
  });
});
