#!/usr/bin/env node
// Precompiles the plan, config and template.json schemas with ajv's standalone code generation into
// src/lint/schema/*.generated.ts, so that lint does not compile the schema (about 150 ms) in
// every process and worker. Besides the whole schema it exports a validator for every `oneOf`
// branch, which the engine uses to explain which form of a period or section was meant.
// `node scripts/precompile-schemas.mjs --check` exits 1 when a committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import formats from 'ajv-formats';

const root = new URL('..', import.meta.url);
const standaloneCode = standalone.default ?? standalone;
const addFormats = formats.default ?? formats;

/** The JSON Pointers of every oneOf branch: the $ref target for a $ref-only branch. */
function branchPointers(schema) {
  const found = new Set();
  const walk = (node, at) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.oneOf)) {
      node.oneOf.forEach((b, i) => found.add(typeof b.$ref === 'string' && b.$ref.startsWith('#/') ? b.$ref.slice(1) : `${at}/oneOf/${i}`));
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  walk(schema, '');
  return [...found].sort();
}

export async function precompile(schemaFile) {
  const schema = JSON.parse(await readFile(new URL(schemaFile, root), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, lines: false } });
  addFormats(ajv);
  ajv.addSchema(schema);
  const pointers = ['', ...branchPointers(schema)];
  const names = Object.fromEntries(pointers.map((p, i) => [`v${i}`, p ? `${schema.$id}#${p}` : schema.$id]));
  let code = standaloneCode(ajv, names);
  // The generated code is ESM except for require() of ajv's and ajv-formats' CommonJS helpers.
  const modules = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_m, spec) => {
    let i = modules.indexOf(spec);
    if (i === -1) i = modules.push(spec) - 1;
    return `__cjs${i}`;
  });
  // ajv collects a sub-schema's errors with vErrors.concat(...), copying every error so far for
  // each list item: 32 000 bad sections took 40 s. Appending in place keeps it linear.
  code = code.replace(/vErrors\.concat\(([A-Za-z0-9_$.]+)\)/g, '__appendErrors(vErrors, $1)');
  const helpers = code.includes('__appendErrors(') ? 'function __appendErrors(to, more) { for (let i = 0; i < more.length; i++) to.push(more[i]); return to; }\n' : '';
  // createRequire gives the CommonJS exports as they are, under Node and under vitest alike.
  const imports = modules.length
    ? `import { createRequire } from "node:module";\nconst __require = createRequire(import.meta.url);\n${modules.map((spec, i) => `const __cjs${i} = __require(${JSON.stringify(spec)});`).join('\n')}`
    : '';
  const table = `export const byPointer = {\n${pointers.map((p, i) => `  ${JSON.stringify(p)}: v${i},`).join('\n')}\n};\n`;
  return `/* Generated from ${schemaFile} by scripts/precompile-schemas.mjs (ajv standalone). Do not edit. */\n// @ts-nocheck\n/* eslint-disable */\n${imports}\n${helpers}${code.replace(/^"use strict";/, '')}\n${table}`;
}

const targets = [
  ['schemas/studyplan.schema.json', 'src/lint/schema/plan-validators.generated.ts'],
  ['schemas/studyplan.config.schema.json', 'src/lint/schema/config-validators.generated.ts'],
  ['schemas/template.schema.json', 'src/render/template-validators.generated.ts'],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [schemaFile, target] of targets) {
  const code = await precompile(schemaFile);
  const url = new URL(target, root);
  if (check) {
    const current = await readFile(url, 'utf8').catch(() => '');
    if (current !== code) {
      stale++;
      console.error(`${target} is out of date: run node scripts/precompile-schemas.mjs`);
    }
  } else {
    await writeFile(url, code);
    console.log(`wrote ${target} (${(code.length / 1024).toFixed(0)} kB)`);
  }
}
process.exitCode = stale ? 1 : 0;
