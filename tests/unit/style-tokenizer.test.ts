import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadTemplate } from '../../src/render/template-loader.js';

/**
 * Issue 28: the stylesheet check was a pattern, and three ways past it were found: a comment
 * between a url()'s string and its `)`, an escaped quote inside the string, and a url( left open
 * at the end of the file (the browser closes it). The check now reads the CSS with a CSS Syntax
 * Level 3 tokenizer (@csstools/css-tokenizer), as the browser does.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-css-tokens-'));
  cpSync(path.join(root, 'templates/booklet'), path.join(dir, 'tpl'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withStyle = (extra: string) => {
  const f = path.join(dir, 'tpl/style.css');
  writeFileSync(f, `${readFileSync(f, 'utf8')}\n${extra}`);
  return loadTemplate('tpl', dir);
};

test.each([
  ['a comment before the )', 'body { background: url("http://127.0.0.1:9/x.png"/**/); }\n'],
  ['a comment before the ) with ../', 'body { background: url( "../../../etc/passwd" /* x */ ); }\n'],
  ['an escaped quote in the string', 'body { background: url("a\\" b/../../../../etc/passwd"); }\n'],
  ['an escaped quote, single quotes', "body { background: url('x\\'/../../../secret.png'); }\n"],
  ['an unclosed url( at the end of the file', 'body { background: url(http://127.0.0.1:9/x.png'],
  ['an unclosed quoted url( at the end of the file', 'body { background: url("/etc/passwd'],
  ['@import behind a comment and an escape', '/* */@\\000069mport url(x.css);\n'],
])('%s is refused with its line', async (_what, rule) => {
  await expect(withStyle(rule)).rejects.toThrow(/style\.css:\d+: .* loads a file from outside the template/);
});

test('text that only looks like a reference is fine: in a comment, in content, in an attribute selector', async () => {
  const css = '/* url(http://x) @import "y"; */\n.a::before { content: "url(http://x)"; }\na[href^="http://"] { color: red; }\nbody { background: url( "assets/a.png" /* ok */ ); }\n';
  await expect(withStyle(css)).resolves.toBeDefined();
});
