import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { PACKAGE_ROOT } from '../../version.js';

export type SchemaNode = Record<string, unknown>;

/** Validates a value and returns ajv's errors (empty when valid). */
export type Check = (data: unknown) => ErrorObject[];

export interface PlanSchema {
  /** The schema as JSON (its objects are the `parentSchema`s of ajv's errors). */
  readonly root: SchemaNode;
  readonly validate: Check;
  /** A validator for the part of the schema at a JSON Pointer (`/$defs/period/oneOf/0`). */
  at(pointer: string): Check;
}

// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as FormatsPlugin;

const loaded = new Map<string, PlanSchema>();

/**
 * The study plan schema, compiled once per process: compiling costs about 150 ms, and lint
 * checks hundreds of plans in one run.
 */
export function planSchema(): PlanSchema {
  return schemaFile('schemas/studyplan.schema.json');
}

/** The schema of studyplan.config.yaml. */
export function configSchema(): PlanSchema {
  return schemaFile('schemas/studyplan.config.schema.json');
}

/**
 * A schema of the package, compiled on first use and kept. `verbose` keeps each error's schema
 * and data, which the messages use (allowed keys and values, the wrong value).
 */
function schemaFile(rel: string): PlanSchema {
  const cached = loaded.get(rel);
  if (cached) return cached;
  const root = JSON.parse(readFileSync(`${PACKAGE_ROOT}${rel}`, 'utf8')) as SchemaNode;
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv);
  ajv.addSchema(root);
  const id = String(root.$id);
  const compiled = new Map<string, ValidateFunction>();
  const at = (pointer: string): Check => {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.getSchema(pointer ? `${id}#${pointer}` : id);
      if (!fn) throw new Error(`schema has nothing at ${pointer}`);
      compiled.set(pointer, fn);
    }
    const validate = fn;
    return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
  };
  const schema: PlanSchema = { root, validate: at(''), at };
  loaded.set(rel, schema);
  return schema;
}
