import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { build } from '../../src/pipeline/build.js';

/** Issue 16: a call to no helper gave a JavaScript error ("Cannot use 'in' operator...") without the template's file and line. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-helper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function buildWith(call: string): Promise<{ message: string; line: number }> {
  rmSync(path.join(dir, 'tpl'), { recursive: true, force: true });
  cpSync(path.join(root, 'templates/booklet'), path.join(dir, 'tpl'), { recursive: true });
  const layout = path.join(dir, 'tpl/layout.hbs');
  const source = readFileSync(layout, 'utf8').replace('</body>', `\n  ${call}\n</body>`);
  writeFileSync(layout, source);
  const line = source.slice(0, source.indexOf(call)).split('\n').length;
  try {
    const r = await build(['plans/'], { cwd: dir, template: 'tpl', formats: ['html'] });
    return { message: r.plans.map((p) => p.error ?? '').join('\n'), line };
  } catch (e) {
    return { message: (e as Error).message, line };
  }
}

test('a helper called on a path ({{lang.nohelper 1}}) is named with the layout file, line and column', async () => {
  mkdirSync(path.join(dir, 'plans'), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), path.join(dir, 'plans/plan.yaml'));
  const { message, line } = await buildWith('{{lang.nohelper 1}}');
  expect(message).toContain(`layout.hbs:${line}:3: "lang.nohelper" is not a helper of this template`);
  expect(message).not.toMatch(/Cannot use|operator/);
});

test('a plain missing helper ({{nohelper title}}) also names file and line', async () => {
  const { message, line } = await buildWith('{{nohelper title}}');
  expect(message).toMatch(new RegExp(`layout\\.hbs:${line}:5: "nohelper" is not defined`));
});
