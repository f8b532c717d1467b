#!/usr/bin/env node
// Generates the types of the schemas, so that they cannot drift from them: the plan's
// (src/plan/types.generated.ts from schemas/studyplan.schema.json) and the config's
// (src/project/config.generated.ts from schemas/studyplan.config.schema.json).
// `node scripts/generate-types.mjs --check` exits 1 when a committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const root = new URL('..', import.meta.url);

/**
 * Each schema, the file its types go to, the name of its root type, and a prefix for the names of
 * its definitions (the config's `brand` is ConfigBrand, apart from the plan's Brand: both are public).
 */
const TARGETS = [
  { schema: 'schemas/studyplan.schema.json', target: 'src/plan/types.generated.ts', name: 'StudyPlan' },
  { schema: 'schemas/studyplan.config.schema.json', target: 'src/project/config.generated.ts', name: 'StudyplanConfig', prefix: 'config' },
];

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** PREFIX before the name of each of the schema's definitions, and in the $refs to them. */
function prefixDefs(node, prefix) {
  if (Array.isArray(node)) return node.map((n) => prefixDefs(n, prefix));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace(/^#\/\$defs\/(.+)$/, (_all, name) => `#/$defs/${prefix}${capital(name)}`);
    else if (k === '$defs') out[k] = Object.fromEntries(Object.entries(v).map(([name, def]) => [prefix + capital(name), prefixDefs(def, prefix)]));
    else out[k] = prefixDefs(v, prefix);
  }
  return out;
}

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

/** The TypeScript of one schema (its title and $id dropped: the root type takes NAME). */
async function generateTypes({ schema: file, name, prefix }) {
  const read = JSON.parse(await readFile(new URL(file, root), 'utf8'));
  const schema = prefix ? prefixDefs(read, prefix) : read;
  const defs = schema.$defs ?? {};
  const { title: _title, $id: _id, ...rest } = forTypes(schema, defs);
  for (const [key, def] of Object.entries(rest.$defs ?? {})) {
    if ((def.type === 'string' || def.type === 'integer') && !def.enum) delete rest.$defs[key];
  }
  return compile(rest, name, {
    bannerComment: `/* Generated from ${file} by scripts/generate-types.mjs. Do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

let stale = false;
for (const t of TARGETS) {
  const ts = await generateTypes(t);
  const target = new URL(t.target, root);
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== ts) {
      console.error(`${t.target} is out of date: run \`node scripts/generate-types.mjs\``);
      stale = true;
    }
  } else {
    await writeFile(target, ts);
  }
}
if (stale) process.exit(1);
