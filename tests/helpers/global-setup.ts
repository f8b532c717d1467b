import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';
import { testToolsNeed } from '../../src/workflow/setup-test-tools.js';

const onPath = (name: string): boolean => (process.env['PATH'] ?? '').split(path.delimiter).some((d) => d && existsSync(path.join(d, name)));

/**
 * Compiles src/ to dist/ once, before any test file runs: the end-to-end tests run the real bin,
 * which must be the code under test. Once, not per file: files run side by side, and a compile
 * in one would rewrite dist/ under another's feet. Incremental (tsconfig.build.json): after
 * `npm ci` or an earlier run, tsc only checks that nothing changed.
 */
export default function compileOnce(): void {
  // The root config and each project that extends it both name this setup: compile once.
  if (process.env['STUDYPLAN_TEST_COMPILED']) return;
  process.env['STUDYPLAN_TEST_COMPILED'] = '1';
  // The PDF tests read what they print with poppler and qpdf: without them, one line that says
  // what to run, not a failure per test (`npm run setup` installs them where it may).
  const need = testToolsNeed({ platform: process.platform, hasCommand: onPath });
  if (need) {
    const line = need.line ? `Run: ${need.line}  (as root, \`npm run setup\` does it)` : `Install ${need.packages.join(' and ')}.`;
    throw new Error(`npm test reads the PDFs with poppler (pdftotext…) and qpdf, which this machine lacks. ${line}`);
  }
  // tsc -p with `incremental` trusts its build info, not dist/: with no dist/, compile it all.
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) rmSync(path.join(ROOT, 'node_modules/.cache/studyplan/build.tsbuildinfo'), { force: true });
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
