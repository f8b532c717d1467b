import type { RegisterCommand } from '../program.js';
import { registerBuild } from './build.js';
import { registerDiff } from './diff.js';
import { registerDoctor } from './doctor.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerLsp } from './lsp.js';
import { registerMerge } from './merge.js';
import { registerNew } from './new.js';
import { registerWatch } from './watch.js';

/** Every command of the CLI, in the order `--help` lists them. One file per command. */
export const commands: RegisterCommand[] = [registerLint, registerBuild, registerMerge, registerDiff, registerInit, registerNew, registerImport, registerDoctor, registerWatch, registerLsp];
