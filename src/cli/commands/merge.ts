import { printable } from '../../diagnostics/printable.js';
import path from 'node:path';
import type { Command } from 'commander';
import { words } from '../../i18n/index.js';
import { addBuildOptions, type BuildFlags } from '../build-options-table.js';
import { resolveBuildSettings } from '../build-settings.js';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';

export const registerMerge: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  const merge = program.command('merge').description(w.merge.description).argument('<dirs...>', w.merge.dirs);
  // The options the shards were built with: the index is made with them (a merge with others is refused).
  addBuildOptions(merge, 'merge', w).action(async (dirs: string[], flags: BuildFlags, cmd: Command) => {
    const settings = await resolveBuildSettings([], flags, cmd, io, program.config);
    const { mergeOutputs } = await import('../../pipeline/merge.js');
    const result = await mergeOutputs(dirs, settings.paths, settings.options);
    io.stdout(w.merge.merged(result.plans.length, dirs.length, printable(path.relative(io.cwd, result.out) || '.')));
    program.exitCode = EXIT.OK;
  });
};
