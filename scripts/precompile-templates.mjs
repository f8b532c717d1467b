#!/usr/bin/env node
// Precompiles the built-in templates' Handlebars files (templates/*/ *.hbs) into
// src/render/templates.generated.ts, keyed by the SHA-256 of each file's text, so that a build
// does not parse and compile them (about 0.12 s of node's one thread, while the browser starts).
// A file whose text differs (a project's own template, an edited copy) is compiled as before.
// `node scripts/precompile-templates.mjs --check` exits 1 when the committed file is out of date.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The options src/render/environment.ts compiles with (tests/unit/precompiled-templates.test.ts checks they agree). */
const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true };
const out = path.join(root, 'src/render/templates.generated.ts');

async function hbsFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await hbsFiles(file)));
    else if (entry.name.endsWith('.hbs')) found.push(file);
  }
  return found.sort();
}

const specs = new Map();
for (const file of await hbsFiles(path.join(root, 'templates'))) {
  const source = await readFile(file, 'utf8');
  const hash = createHash('sha256').update(source).digest('hex');
  if (!specs.has(hash)) specs.set(hash, { file: path.relative(root, file).split(path.sep).join('/'), spec: Handlebars.precompile(source, COMPILE_OPTIONS) });
}
const text = `// Generated from the .hbs files under templates/ by scripts/precompile-templates.mjs (Handlebars ${Handlebars.VERSION}). Do not edit.
// @ts-nocheck
/* eslint-disable */
export const PRECOMPILED: Record<string, unknown> = {
${[...specs].map(([hash, { file, spec }]) => `  // ${file}\n  '${hash}': ${spec},`).join('\n')}
};
`;
if (process.argv.includes('--check')) {
  const committed = await readFile(out, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${path.relative(root, out)} is out of date: run node scripts/precompile-templates.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, out)}: up to date (${specs.size} templates)`);
} else {
  await writeFile(out, text);
  console.log(`wrote ${path.relative(root, out)} (${specs.size} templates)`);
}
