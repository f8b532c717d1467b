import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types, shared with `npm run fuzz`
import { fuzzLinks } from '../../scripts/fuzz-links.mjs';

/**
 * Issue 28: the symlink layouts of scripts/fuzz-links.mjs, a short run in npm test (`npm run fuzz`
 * runs 2 000): plans/, out/ and the template with links out of the project, to a secret, to .git
 * and .git/config, to /dev/zero or a listening Unix socket, dangling, or FIFOs. No build may change
 * anything outside the project and out/, say the secret or write it into an output, reach a
 * loopback listener, or throw anything but a RunError.
 * On the main before the fix the first cases failed (out/assets -> .git got template assets).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

test('symlink layouts: nothing read or written outside the project and out/', async () => {
  const seed = Number(process.env['FUZZ_SEED'] ?? 2026_12_05);
  const r = (await fuzzLinks({ root, runs: 60, seed })) as { built: number; refused: number; heard: number; details: { failed: boolean; errorInstance?: Error } };
  expect(r.details.errorInstance?.message, `seed ${seed}`).toBeUndefined();
  expect(r.details.failed).toBe(false);
  expect(r.refused).toBeGreaterThan(0);
  expect(r.built).toBeGreaterThan(0);
  expect(r.heard).toBe(0);
}, 240_000);
