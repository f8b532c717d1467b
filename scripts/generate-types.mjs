#!/usr/bin/env node
// Generates src/plan/types.generated.ts from the schema, so the plan's types cannot drift from it.
// `node scripts/generate-types.mjs --check` exits 1 when the committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);
const schema = JSON.parse(await readFile(new URL('schemas/studyplan.schema.json', root), 'utf8'));
const target = new URL('src/plan/types.generated.ts', root);

/**
 * The schema repeats a description beside each `$ref` (for editors' hovers); for the types those
 * siblings would make a new type per use, so they are dropped, and scalar definitions (dates, ids,
 * URLs) are inlined as their plain type.
 */
function forTypes(node, defs) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, defs));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const target = defs[node.$ref.replace('#/$defs/', '')];
    if (target && (target.type === 'string' || target.type === 'integer') && !target.enum) return { type: target.type };
    return { $ref: node.$ref };
  }
  const out = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'examples') out[k] = forTypes(v, defs);
  return out;
}

export async function generateTypes() {
  const { title: _title, $id: _id, ...rest } = forTypes(schema, schema.$defs);
  for (const [name, def] of Object.entries(rest.$defs)) {
    if ((def.type === 'string' || def.type === 'integer') && !def.enum) delete rest.$defs[name];
  }
  return compile(rest, 'StudyPlan', {
    bannerComment: '/* Generated from schemas/studyplan.schema.json by scripts/generate-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

const ts = await generateTypes();
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== ts) {
    console.error('src/plan/types.generated.ts is out of date: run `node scripts/generate-types.mjs`');
    process.exit(1);
  }
} else {
  await writeFile(target, ts);
}
