import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { build } from '../../src/pipeline/build.js';
import { parsePlan } from '../../src/plan/load.js';
import { MAX_PRINTED_CHARS, MAX_PRINTED_ITEMS, MAX_TEXT_CHARS } from '../../src/plan/limits.js';

/**
 * Issue 16: a 400 000-character description (lint: a warning) and a 5 000-course plan with
 * --booklet passed lint and ran into the print timeout (exit 2, 3.5 GB). Lint now refuses such a
 * plan up front (src/plan/limits.ts), so a plan lint passes builds. No browser needed.
 */
const HEAD = 'title: Studieplan 2022\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\nsections:\n  - kind: courses\n    title: Kurser\n    courses:\n';
const courses = (n: number, extra = (_i: number) => '') => HEAD + Array.from({ length: n }, (_, i) => `      - { id: kurs-${i}, title: Kurs ${i}, audience: Alla${extra(i)} }\n`).join('');
const words = (chars: number) => `${'ord '.repeat(Math.ceil(chars / 4)).slice(0, chars - 1)}.`;
const lint = (text: string, lang: 'sv' | 'en' = 'en') => checkPlan(parsePlan(text, 'plan.yaml'), { lang });
const n = (x: number) => x.toLocaleString('sv-SE').replace(/\s/gu, '\\s');
const errors = (text: string) => lint(text).filter((d) => d.severity === 'error');

test('a 5 000-course plan is an error at the first course over the limit, in Swedish too', () => {
  const text = courses(5000);
  const found = errors(text);
  expect(found.map((d) => d.ruleId)).toEqual(['plan/too-many-items']);
  expect(found[0]?.line).toBe(10 + MAX_PRINTED_ITEMS);
  expect(found[0]?.message).toMatch(new RegExp(`5\\s000 courses, events and appendices; a plan may have at most ${n(MAX_PRINTED_ITEMS)}`));
  expect(lint(text, 'sv').find((d) => d.ruleId === 'plan/too-many-items')?.message).toMatch(/^Planen har 5\s000 kurser/);
});

test('a 400 000-character description is an error at the text (it was a warning)', () => {
  const found = errors(courses(1, () => `, description: "${words(400_000)}"`));
  expect(found.map((d) => d.ruleId)).toEqual(['plan/too-long-text']);
  expect(found[0]?.message).toMatch(/`description` is 400\s000 characters long; a text may be at most 50\s000/);
});

test('texts each short enough but too many together: one error where the total goes over', () => {
  const count = Math.ceil(MAX_PRINTED_CHARS / (MAX_TEXT_CHARS - 1000)) + 1;
  const found = errors(courses(count, () => `, description: "${words(MAX_TEXT_CHARS - 1000)}"`));
  expect(found.map((d) => d.ruleId)).toEqual(['plan/too-long-text']);
  expect(found[0]?.message).toMatch(new RegExp(`The plan's texts are .* characters together; a plan may have at most ${n(MAX_PRINTED_CHARS)}`));
});

test('at the limits a plan is clean: as many courses as allowed, a text of the longest length', () => {
  expect(errors(courses(MAX_PRINTED_ITEMS, (i) => (i === 0 ? `, description: "${words(MAX_TEXT_CHARS)}"` : '')))).toEqual([]);
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-size-'));
  mkdirSync(path.join(dir, 'plans'));
  writeFileSync(path.join(dir, 'plans/big.yaml'), courses(5000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('build --booklet refuses the 5 000-course plan before any browser starts: an input error, nothing written', async () => {
  const r = await build(['plans/'], { cwd: dir, booklet: true, chrome: '/nonexistent/chromium' });
  expect(r.plans[0]?.diagnostics.some((d) => d.ruleId === 'plan/too-many-items' && d.severity === 'error')).toBe(true);
  expect(r.plans[0]?.outputs).toEqual([]);
  expect(r.plans[0]?.error).toBeUndefined();
}, 30_000);
