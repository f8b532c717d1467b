import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';
export { WORDS } from './words.js';

/** The output formats of `studyplan lint --format`, the first the default. */
export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const reporters: Record<Format, Reporter> = { stylish, json, github, sarif };
