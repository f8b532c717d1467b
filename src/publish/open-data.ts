import type { Lang } from '../i18n/lang.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StudyPlan } from '../plan/types.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { markdownToText } from './plain-text.js';
import { inferYears } from '../plan/year-less.js';
import { pageUrl } from './public-plan.js';

export const OPEN_DATA_SCHEMA = 'https://studyplan.dev/schemas/v1/studyplan-data.schema.json';

export interface OpenDataOptions {
  name: string;
  lang: Lang;
  timeZone: string;
  baseUrl?: string;
}

export interface OpenData {
  $schema: string;
  name: string;
  generator: string;
  language: Lang;
  timeZone: string;
  url?: string;
  /** The plan as studyplan.schema.json describes it: internal content gone, the schema's defaults filled in. */
  plan: StudyPlan;
  /** Each Markdown text of the plan as plain text, by its JSON Pointer in plan ("/sections/0/text"). */
  plainText: Record<string, string>;
}

type Schema = Record<string, unknown>;
let planSchemaJson: Schema | undefined;
const schemaRoot = (): Schema => (planSchemaJson ??= JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json'), 'utf8')) as Schema);

/** OUT/NAME.json: the plan for other systems (a study association's course register, a web site). */
export function openData(plan: StudyPlan, o: OpenDataOptions): OpenData {
  // Other systems get every date with its year, also one the plan wrote without (`04-25`).
  const copy = publicCopy(inferYears(plan).data) as StudyPlan;
  const plainText: Record<string, string> = {};
  walk(copy, schemaRoot(), '', plainText);
  const url = pageUrl(o.baseUrl, o.name);
  return { $schema: OPEN_DATA_SCHEMA, name: o.name, generator: `studyplan ${VERSION}`, language: o.lang, timeZone: o.timeZone, ...(url ? { url } : {}), plan: copy, plainText };
}

/** A deep copy without anything marked internal and without the committee's notes. */
function publicCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((x) => !(isObject(x) && x['internal'] === true)).map(publicCopy);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'internalNotes' && k !== 'internal')
      .map(([k, v]) => [k, publicCopy(v)]),
  );
}

/**
 * Walks the data beside its schema: fills in a property's `default` where it is missing, and
 * records every string whose schema says it is Markdown as plain text.
 */
function walk(data: unknown, node: Schema | undefined, pointer: string, plain: Record<string, string>): void {
  const s = resolve(node);
  if (!s) return;
  if (typeof data === 'string') {
    if (String(s['description'] ?? '').includes('Markdown (CommonMark)')) plain[pointer] = markdownToText(data);
    return;
  }
  if (Array.isArray(data)) {
    const items = branchFor(data, s)?.['items'] as Schema | undefined;
    data.forEach((x, i) => walk(x, items, `${pointer}/${i}`, plain));
    return;
  }
  if (!isObject(data)) return;
  const b = branchFor(data, s);
  const props = (b?.['properties'] ?? {}) as Record<string, Schema>;
  for (const [key, sub] of Object.entries(props)) {
    const d = resolve(sub)?.['default'] ?? sub['default'];
    if (data[key] === undefined && d !== undefined && (key !== 'currency' || data['amount'] !== undefined)) data[key] = d;
  }
  for (const [key, value] of Object.entries(data)) walk(value, props[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, plain);
}

const resolved = new WeakMap<Schema, Schema | undefined>();
const branches = new WeakMap<Schema, Schema[]>();

/** $ref resolved (within the plan schema), with its own description kept when the target has none; once per schema node. */
function resolve(node: Schema | undefined): Schema | undefined {
  if (!node) return undefined;
  if (!resolved.has(node)) resolved.set(node, resolveRef(node));
  return resolved.get(node);
}

function resolveRef(node: Schema): Schema | undefined {
  let n: Schema | undefined = node;
  const seen = new Set<string>();
  while (n && typeof n['$ref'] === 'string' && !seen.has(n['$ref'])) {
    const ref = n['$ref'];
    seen.add(ref);
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((x, k) => (isObject(x) ? x[k] : undefined), schemaRoot()) as Schema | undefined;
    n = target ? { ...target, ...(n['description'] && !target['description'] ? { description: n['description'] } : {}) } : undefined;
  }
  return n;
}

/** The branch of a oneOf/anyOf the data belongs to: the one whose `kind` const (or required keys) it has. */
function branchFor(data: unknown, s: Schema): Schema | undefined {
  const options = (s['oneOf'] ?? s['anyOf']) as Schema[] | undefined;
  if (!options) return s;
  let resolved = branches.get(s);
  if (!resolved) branches.set(s, (resolved = options.map((x) => resolve(x)).filter((x): x is Schema => Boolean(x))));
  if (Array.isArray(data)) return resolved.find((x) => x['type'] === 'array') ?? resolved[0];
  if (!isObject(data)) return resolved[0];
  const fits = (x: Schema) => {
    const props = (x['properties'] ?? {}) as Record<string, Schema>;
    const kind = props['kind']?.['const'];
    if (kind !== undefined) return data['kind'] === kind;
    return ((x['required'] ?? []) as string[]).every((k) => k in data) && Object.keys(data).every((k) => k in props || x['additionalProperties'] !== false);
  };
  return resolved.find(fits) ?? resolved.find((x) => x['type'] === 'object') ?? resolved[0];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
