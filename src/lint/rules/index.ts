import type { Rule } from './types.js';

/** The rules beyond the schema, one module each, in the order they run. */
export const planRules: readonly Rule[] = [];
