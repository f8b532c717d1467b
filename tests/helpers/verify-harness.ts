import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

/**
 * The third-party verification harness (../shared/verify, README there), set up by its setup.sh:
 * STUDYPLAN_VERIFY_DIR (what .ci/run sets), else ../shared/verify beside the repository once its
 * node_modules are installed. Undefined when there is none: the tests that need it are in the
 * slow project and fail without it, rather than pass by skipping.
 */
export const VERIFY_DIR: string | undefined = [process.env['STUDYPLAN_VERIFY_DIR'], path.join(ROOT, '../shared/verify')].find(
  (d): d is string => !!d && existsSync(path.join(d, 'verify-pdf.sh')) && existsSync(path.join(d, 'node_modules')),
);
