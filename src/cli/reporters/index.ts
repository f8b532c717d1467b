import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';

/** The output formats of `studyplan lint --format`, the first the default. */
export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The reporter of FORMAT. Stylish is loaded only when asked for: chalk and Babel's code frame were
 * a quarter of lint's start-up for the machine formats.
 */
export async function loadReporter(format: Format): Promise<Reporter> {
  if (format === 'stylish') return (await import('./stylish.js')).stylish;
  return { json, github, sarif }[format];
}
