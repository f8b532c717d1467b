import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test, type ExpectStatic } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

/**
 * The same verdict as the editor: the real yaml-language-server (through the verification
 * harness's verify-schema-lsp.mjs) on every invalid schema fixture; every line it flags, lint
 * flags too. It needs the harness: STUDYPLAN_VERIFY_DIR (CI), else ../shared/verify beside the
 * repository; without one it fails (it used to pass by skipping). In the "slow" test project.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const verifyDir = [process.env.STUDYPLAN_VERIFY_DIR, join(root, '../shared/verify')].find((d) => d && existsSync(join(d, 'verify-schema-lsp.mjs')));
const fixtures = readdirSync(join(root, 'tests/fixtures/invalid'))
  .filter((f) => f.startsWith('schema-') && f.endsWith('.yaml'))
  .sort();
const run = promisify(execFile);

async function editorDiagnostics(file: string, expect: ExpectStatic): Promise<{ line: number; column: number; text: string }[]> {
  // Exit 1 means "findings", which is what an invalid fixture must give.
  const result = await run(process.execPath, [join(verifyDir!, 'verify-schema-lsp.mjs'), 'schemas/studyplan.schema.json', file], { cwd: root, timeout: 60_000 }).catch(
    (e: { code?: number; stdout?: string; stderr?: string }) => {
      if (e.code !== 1) throw new Error(`verify-schema-lsp.mjs failed (${e.code}): ${e.stderr ?? ''}`);
      return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    },
  );
  const out = `${result.stdout}\n${result.stderr}`;
  expect(out, 'the server applied the schema').toMatch(/schema_applied=yes/);
  return [...out.matchAll(/^\s+(\d+):(\d+) (?:error|warning): (.*)$/gm)].map((m) => ({ line: Number(m[1]), column: Number(m[2]), text: m[3]! }));
}

describe('lint and the editor (yaml-language-server) agree', () => {
  test('the verification harness is there', () => {
    expect(verifyDir, 'set STUDYPLAN_VERIFY_DIR to ../shared/verify (after its setup.sh)').toBeDefined();
  });

  // Concurrent tests check with their own `expect`, so each counts its own assertions.
  test.concurrent.for(fixtures)('%s: every line the editor flags, lint flags', async (name, { expect }) => {
    const rel = `tests/fixtures/invalid/${name}`;
    const editor = await editorDiagnostics(rel, expect);
    expect(editor.length, 'the editor flags the fixture').toBeGreaterThan(0);
    const lint = checkPlan(parsePlan(readFileSync(join(root, rel), 'utf8'), rel));
    const lintLines = lint.map((d) => d.line);
    for (const e of editor) expect(lintLines, `${rel}:${e.line}:${e.column} ${e.text}`).toContain(e.line);
    // Lint points at the same column, too, and does not add schema errors the editor does not show.
    for (const e of editor) expect(lint.map((d) => `${d.line}:${d.column}`)).toContain(`${e.line}:${e.column}`);
    expect(lint.filter((d) => d.ruleId.startsWith('schema/')).length).toBe(editor.length);
  });
});

const genre = readdirSync(join(root, 'tests/fixtures/genre'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('the genre fixtures: the editor and lint both accept them', () => {
  test.concurrent.for(genre)('%s: no diagnostic from yaml-language-server, no finding from lint', async (name, { expect }) => {
    const rel = `tests/fixtures/genre/${name}`;
    const r = await run(process.execPath, [join(verifyDir!, 'verify-schema-lsp.mjs'), 'schemas/studyplan.schema.json', rel], { cwd: root, timeout: 60_000 });
    expect(r.stdout + r.stderr).toMatch(/PASS .* diagnostics=0 .*schema_applied=yes/);
    expect(checkPlan(parsePlan(readFileSync(join(root, rel), 'utf8'), rel))).toEqual([]);
  });
});
