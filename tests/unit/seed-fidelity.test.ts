import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allText, fidelity, ignoreSet, normalise, sentences } from '../helpers/fidelity.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

/**
 * Sentences of the source that the plan keeps only as a structured value: they survive in the
 * booklet because the template prints a label or a formatted date around the value. `rest` is
 * what the plan itself must hold (it is checked), `printedAs` how the template has to print it.
 */
interface LabelledSentence {
  sentence: string;
  rest: string;
  printedAs: string;
}

const syfte = (text: string): LabelledSentence => ({ sentence: `Syfte: ${text}`, rest: text, printedAs: `"Syfte: " before the course's purpose` });
const malgrupp = (sep: string, text: string): LabelledSentence => ({ sentence: `Målgrupp${sep}${text}`, rest: text, printedAs: `"Målgrupp: " before the course's audience` });

const SEEDS: Array<{ name: string; labelled: LabelledSentence[] }> = [
  {
    name: 'norrbotten-2011-2014',
    labelled: [
      { sentence: 'Höstmötet 23 oktober 2011', rest: 'Höstmötet 2011-10-23', printedAs: 'status.meeting as "name day month year" (Swedish long date)' },
      malgrupp(' ', 'Alla medlemmar särskilt nya'),
      syfte('att öka kunskapen om vårt parti, våra värderingar och vår politik'),
      malgrupp(' ', 'Alla medlemmar'),
      syfte('att fördjupa kunskaperna om hur man uttrycker sig i tal och skrift, debatter, debattartiklar, insändare och social media'),
      syfte('idébaserad diskussion om vad vi vill med vårt parti'),
      syfte('att få fungerande grundorganisations styrelse och valberedningsarbete'),
      syfte('att stärka medvetenhet och kunskap om både nya och gamla media – vikten av att vara aktiv'),
      syfte('att skapa förutsättningar för det framtida socialdemokratiska ledarskapet i partidistriktet'),
      malgrupp(': ', 'arbetarekommunernas fackligt aktiva'),
      syfte('att stärka den fackligt politiska verksamheten'),
    ],
  },
  { name: 'skane-hosten-2021', labelled: [] },
];

describe.each(SEEDS)('seed plan $name keeps the sentences of its source', ({ name, labelled }) => {
  const source = read(`tests/fixtures/seeds/${name}.txt`);
  const ignorePath = new URL(`tests/fixtures/seeds/${name}.ignore`, root);
  const ignore = ignoreSet(existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : undefined);
  const plan: unknown = parse(read(`plans/${name}.yaml`));
  const text = allText(plan);
  const result = fidelity(source, text, ignore);
  const allowed = new Set(labelled.map((l) => normalise(l.sentence)));

  test('the source has sentences to check', () => {
    expect(result.wanted.length).toBeGreaterThan(40);
  });

  test('every sentence appears in the plan, apart from the labelled ones', () => {
    expect(result.missing.filter((s) => !allowed.has(s))).toEqual([]);
  });

  test('the allow-list names real sentences of the source, each really missing', () => {
    const wanted = new Set(sentences(source, ignore));
    for (const l of labelled) {
      expect(wanted, l.sentence).toContain(normalise(l.sentence));
      expect(result.missing, l.sentence).toContain(normalise(l.sentence));
    }
  });

  test.each(labelled.map((l) => [l.sentence, l] as const))('"%s" is held as a value the template labels', (_s, l) => {
    expect(normalise(text)).toContain(normalise(l.rest));
  });
});

describe('the TypeScript port of fidelity.py', () => {
  test('normalises quotes, dashes, punctuation, combining marks and line-end hyphens', () => {
    expect(normalise('”Insikter” – för  dig:\u00a0Också\u030a bra')).toBe('insikter för dig också bra');
    expect(normalise('folk-\n  rörelse')).toBe('folkrörelse');
    expect(normalise('ABF:s och s-föreningar')).toBe('abf s och s föreningar');
  });

  test('splits sentences after . ! ? : before a capital, quote or parenthesis, and drops one-word lines', () => {
    expect(sentences('Norrbotten\nEtt. Två tre? ”Fyra fem” (sex sju) åtta: Nio tio\nMålgrupp: Alla medlemmar')).toEqual([
      'två tre', 'fyra fem sex sju åtta', 'nio tio', 'alla medlemmar',
    ]);
    expect(sentences('Syfte: att öka')).toEqual(['syfte att öka']);
  });

  test('gives the same figure as fidelity.py for the Skåne seed (120 of 120)', () => {
    const r = fidelity(read('tests/fixtures/seeds/skane-hosten-2021.txt'), allText(parse(read('plans/skane-hosten-2021.yaml'))),
      ignoreSet(read('tests/fixtures/seeds/skane-hosten-2021.ignore')));
    expect([r.wanted.length, r.missing.length]).toEqual([120, 0]);
  });

  test('gives the same figure as fidelity.py for the Norrbotten seed without labels values (47 of 58)', () => {
    const r = fidelity(read('tests/fixtures/seeds/norrbotten-2011-2014.txt'), allText(parse(read('plans/norrbotten-2011-2014.yaml'))));
    expect([r.wanted.length, r.wanted.length - r.missing.length]).toEqual([58, 47]);
  });

  test('leaves out what is never printed', () => {
    expect(allText({ title: 'A', internalNotes: 'secret', sections: [{ title: 'B', internal: true }, { title: 'C' }] })).toBe('A\nC');
  });
});
