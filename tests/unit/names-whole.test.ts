import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { hyphenationsOf } from '../../src/render/helpers/hyphenate.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate } from '../../src/render/template-loader.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Issue 29: a venue's or an organisation's name is never hyphenated, the common words inside it
 * neither ("Skinnskattebergs bygdegård", "Folkets hus Sala, konferensrummet"): the booklet marks
 * them `no-hyphens`, and the words the print breaks (hyphenationsOf, as the print leaves such
 * text alone) hold none of them. Before, only capitalised words were kept whole: "bygdegård",
 * "konferensrummet", "medborgarhus" and "folkhögskola" got break points in the cards.
 */
test('the words of the cards’ venues and the contacts’ organisations get no break points', async () => {
  const rel = 'tests/fixtures/booklet/kurskalender.yaml';
  const text = readFileSync(path.join(ROOT, rel), 'utf8');
  const plan = parsePlan(text, rel).data as StudyPlan;
  const first = plan.sections![0]!;
  if (first.kind === 'courses') first.courses[0]!.contacts!.push({ name: 'Per Persson', organisation: 'Västmanlands studieförbund' });
  const html = renderHtml(plan, { template: await loadTemplate('booklet', ROOT) });
  const broken = hyphenationsOf(html, 'sv');
  const names = [...text.matchAll(/^\s+(?:venue|town): (.+)$/gm)].map((m) => m[1]!).concat('Västmanlands studieförbund');
  const words = names.flatMap((n) => n.match(/\p{L}{7,}/gu) ?? []);
  expect(words).toEqual(expect.arrayContaining(['bygdegård', 'konferensrummet', 'medborgarhus', 'folkhögskola', 'studieförbund']));
  expect(words.filter((w) => w in broken)).toEqual([]);
  // The running text is still hyphenated.
  expect(Object.keys(broken).length).toBeGreaterThan(20);
});
