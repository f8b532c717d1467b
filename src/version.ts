import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root (the folder with package.json, schemas/ and templates/), in src/ and in dist/ alike. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
