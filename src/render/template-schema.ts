import type { ErrorObject } from 'ajv/dist/2020.js';
import { parsePlan } from '../plan/load.js';
import { pointerToPath } from '../plan/source-map.js';
import * as validators from './template-validators.generated.js';

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * What is wrong with a template.json against schemas/template.schema.json (precompiled by
 * scripts/precompile-schemas.mjs), one line per problem: FILE:LINE:COL: KEY MESSAGE.
 * TEXT is read again (JSON is YAML) only when there is a problem, for the positions.
 */
export function manifestProblems(data: unknown, text: string, file: string): string[] {
  const validate = (validators.byPointer as Record<string, Validate>)['']!;
  if (validate(data)) return [];
  const { sourceMap } = parsePlan(text, file);
  // An `if` error only sums up the `then` errors listed beside it (a manifest without `extends` needs all its keys).
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const at = pointerToPath(e.instancePath);
      const missing = e.keyword === 'required' ? String((e.params as { missingProperty?: string }).missingProperty) : undefined;
      const { start } = sourceMap.rangeOf(at, 'value');
      const key = missing ?? (at.length ? at.join('.') : 'template.json');
      const allowed = e.keyword === 'enum' ? `: ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}` : '';
      return `${file}:${start.line}:${start.column}: ${missing ? `needs ${key}` : `${key} ${e.message ?? 'is not allowed'}${allowed}`}`;
    });
}
