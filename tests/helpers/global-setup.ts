import { execFileSync } from 'node:child_process';
import { ROOT } from './cli.js';

/**
 * Compiles src/ to dist/ once, before any test file runs: the end-to-end tests run the real bin,
 * which must be the code under test. Once, not per file: files run side by side, and a compile
 * in one would rewrite dist/ under another's feet.
 */
export default function compileOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
