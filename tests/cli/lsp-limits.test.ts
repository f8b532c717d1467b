import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LspClient } from '../helpers/lsp-client.js';

/**
 * Issue 28: the language server parsed a document of any size (4 MB: 20 s and 2 GB) where lint
 * refuses a file over 1 MiB in 0.3 s; and a file URI it could not turn into a path (a host on
 * Linux, an encoded slash) sent a stack trace to the editor's log.
 */
const MODELINE = '# yaml-language-server: $schema=../schemas/studyplan.schema.json\n';
let dir: string;
let client: LspClient;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-lsp-limits-'));
  mkdirSync(path.join(dir, 'plans'));
  client = new LspClient(dir, { LANG: 'C.UTF-8' });
  await client.initialize({ debounceMs: 0 }, dir);
});
afterAll(async () => {
  expect(await client.close()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

test('a 4 MB document is refused by the size limit at once, as lint refuses it', async () => {
  const keys = Array.from({ length: 220_000 }, (_, i) => `k${i}: ${'x'.repeat(10)}`).join('\n');
  const text = `${MODELINE}title: Stor\npublisher:\n  name: X\n${keys}\n`;
  expect(Buffer.byteLength(text)).toBeGreaterThan(4_000_000);
  const ds = await client.diagnostics(await client.open(path.join(dir, 'plans', 'big.yaml'), text), undefined, 8_000);
  // The wait above is the bound (the parse it replaces took 20 s): no timing of our own, which a loaded CI machine would fail.
  expect(ds.map((d) => d.code)).toEqual(['yaml/too-large']);
});

test.each(['file://fileserver/share/plans/x.yaml', 'file:///tmp/a%2Fb/plans/x.yaml', 'file:///tmp/%00/plans/x.yaml'])('%s: no findings, no stack trace, the server goes on', async (uri) => {
  await client.open(uri, `${MODELINE}title: X\n`);
  expect(await client.diagnostics(uri, undefined, 5_000)).toEqual([]);
  expect(client.logged.filter((m) => /\n\s+at /.test(m))).toEqual([]);
  // Still answering: a request on the odd document gets its (empty) answer.
  expect(await client.hover(uri, 0, 0)).toBeNull();
});
