import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadTemplate } from '../../src/render/template-loader.js';

/** Issue 16: the stylesheet check missed CSS escapes (`\75rl(`) and image-set() strings. */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-css-'));
  cpSync(path.join(root, 'templates/booklet'), path.join(dir, 'tpl'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withStyle = (extra: string) => {
  const f = path.join(dir, 'tpl/style.css');
  writeFileSync(f, `${readFileSync(f, 'utf8')}\n${extra}\n`);
  return loadTemplate('tpl', dir);
};

test.each([
  ['an escaped url(', 'body { background: \\75rl(http://127.0.0.1:9/x); }'],
  ['an escaped url( with a space after the escape', 'body { background: \\000075 rl(/etc/passwd); }'],
  ['an escaped @import', '@\\69mport "http://127.0.0.1:9/x.css";'],
  ['image-set() with a bare string', 'body { background-image: image-set("http://127.0.0.1:9/a.png" 1x); }'],
  ['-webkit-image-set() with ../', "body { background-image: -webkit-image-set('../../x.png' 1x, 'assets/b.png' 2x); }"],
])('%s is refused with its line', async (_what, rule) => {
  await expect(withStyle(rule)).rejects.toThrow(/style\.css:\d+: .* loads a file from outside the template/);
});

test('image-set() of files in assets/ and escapes in plain text are fine', async () => {
  await expect(withStyle('body { background-image: image-set("assets/a.png" 1x); } .q::before { content: "\\201C"; }')).resolves.toBeDefined();
});
