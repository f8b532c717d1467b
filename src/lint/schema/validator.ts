import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { PACKAGE_ROOT } from '../../version.js';
import * as configValidators from './config-validators.generated.js';
import * as planValidators from './plan-validators.generated.js';

export type SchemaNode = Record<string, unknown>;

/** Validates a value and returns ajv's errors (empty when valid). */
export type Check = (data: unknown) => ErrorObject[];

export interface PlanSchema {
  /** The schema as JSON, read when an error needs explaining. */
  readonly root: SchemaNode;
  readonly validate: Check;
  /** A validator for a oneOf branch of the schema, by JSON Pointer (`/$defs/period/oneOf/0`). */
  at(pointer: string): Check;
}

interface GeneratedValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The plan schema. Its validators are compiled ahead of time (scripts/precompile-schemas.mjs, ajv
 * standalone, `verbose` so that errors carry their schema and data), because compiling at run time
 * costs about 150 ms per process and lint may check hundreds of plans in one run.
 */
export function planSchema(): PlanSchema {
  return (plan ??= wrap('schemas/studyplan.schema.json', planValidators.byPointer as Record<string, GeneratedValidate>));
}

/** The schema of studyplan.config.yaml. */
export function configSchema(): PlanSchema {
  return (config ??= wrap('schemas/studyplan.config.schema.json', configValidators.byPointer as Record<string, GeneratedValidate>));
}

let plan: PlanSchema | undefined;
let config: PlanSchema | undefined;

function wrap(rel: string, byPointer: Record<string, GeneratedValidate>): PlanSchema {
  let root: SchemaNode | undefined;
  const at = (pointer: string): Check => {
    const fn = byPointer[pointer];
    if (!fn) throw new Error(`${rel} has no precompiled validator at "${pointer}"; run node scripts/precompile-schemas.mjs`);
    return (data) => (fn(data) ? [] : [...(fn.errors ?? [])]);
  };
  return {
    get root() {
      return (root ??= JSON.parse(readFileSync(`${PACKAGE_ROOT}${rel}`, 'utf8')) as SchemaNode);
    },
    validate: at(''),
    at,
  };
}
