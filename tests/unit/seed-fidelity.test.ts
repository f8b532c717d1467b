import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { allText, fidelity, ignoreSet, normalise, sentences } from '../helpers/fidelity.js';
import { ADJACENT, LABELLED } from '../helpers/seed-labels.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

const SEEDS = Object.keys(LABELLED).map((name) => ({ name, labelled: LABELLED[name]!, adjacent: ADJACENT[name] ?? [] }));

describe.each(SEEDS)('seed plan $name keeps the sentences of its source', ({ name, labelled, adjacent }) => {
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

  test('the sentences split over adjacent fields are sentences of the source, kept in order', () => {
    const wanted = new Set(sentences(source, ignore));
    for (const a of adjacent) {
      expect(wanted, a.sentence).toContain(normalise(a.sentence));
      expect(normalise(text), a.sentence).toContain(normalise(a.sentence));
    }
  });
});

describe('the TypeScript port of fidelity.py', () => {
  test('normalises quotes, dashes, punctuation, combining marks and line-end hyphens', () => {
    expect(normalise('”Insikter” – för  dig:\u00a0Också\u030a bra')).toBe('insikter för dig också bra');
    expect(normalise('folk-\n  rörelse')).toBe('folkrörelse');
    expect(normalise('ABF:s och s-föreningar')).toBe('abf s och s föreningar');
  });

  test('splits sentences after . ! ? : before a capital, quote or parenthesis, and drops one-word lines', () => {
    expect(sentences('Norrbotten\nEtt. Två tre? ”Fyra fem” (sex sju) åtta: Nio tio\nMålgrupp: Alla medlemmar')).toEqual(['två tre', 'fyra fem sex sju åtta', 'nio tio', 'alla medlemmar']);
    expect(sentences('Syfte: att öka')).toEqual(['syfte att öka']);
  });

  test('gives the same figure as fidelity.py for the Skåne seed (120 of 120)', () => {
    const r = fidelity(read('tests/fixtures/seeds/skane-hosten-2021.txt'), allText(parse(read('plans/skane-hosten-2021.yaml'))), ignoreSet(read('tests/fixtures/seeds/skane-hosten-2021.ignore')));
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
