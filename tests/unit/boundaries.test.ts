import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The folder rules of .dependency-cruiser.cjs (run by `npm run lint`), tried on a small tree of
// src/ folders: a forbidden import must fail the check, an allowed one pass it.
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cruise(files: Record<string, string>): { code: number | null; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-boundaries-'));
  made.push(dir);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const bin = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const r = spawnSync(process.execPath, [bin, 'src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('folder boundaries', () => {
  test('src/plan/ importing src/cli/ fails: the core never imports the command layer, and plan imports no other stage', () => {
    const r = cruise({ 'src/plan/load.ts': "import { io } from '../cli/io.js';\nexport const x = io;\n", 'src/cli/io.ts': 'export const io = 1;\n' });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/core-never-imports-cli: src\/plan\/load\.ts → src\/cli\/io\.ts/);
    expect(r.out).toMatch(/plan-imports-only-lower-stages: src\/plan\/load\.ts → src\/cli\/io\.ts/);
  });

  test('two folders importing each other fail, even through type imports', () => {
    const r = cruise({
      'src/lint/a.ts': "import type { B } from '../project/b.js';\nexport type A = B;\n",
      'src/project/b.ts': "import { a } from '../lint/c.js';\nexport type B = typeof a;\n",
      'src/lint/c.ts': 'export const a = 1;\n',
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/lint-imports-only-lower-stages: src\/lint\/a\.ts → src\/project\/b\.ts/);
    expect(r.out).toMatch(/no-folder-cycles/);
  });

  test('an import down the stages passes', () => {
    const r = cruise({
      'src/lint/a.ts': "import { p } from '../plan/p.js';\nexport const a = p;\n",
      'src/plan/p.ts': "import { E } from '../errors/e.js';\nexport const p = E;\n",
      'src/errors/e.ts': 'export const E = 1;\n',
    });
    expect(r.out).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });
});
