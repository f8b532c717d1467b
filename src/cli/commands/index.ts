import type { RegisterCommand } from '../program.js';

/** Every command of the CLI, in the order `--help` lists them. One file per command. */
export const commands: RegisterCommand[] = [];
