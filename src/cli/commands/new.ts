import { printable } from '../../diagnostics/printable.js';
import path from 'node:path';
import { RunError } from '../../errors/run-error.js';
import { words } from '../../i18n/index.js';
import { EXIT } from '../exit-codes.js';
import { langOption } from '../options.js';
import type { RegisterCommand } from '../program.js';

interface NewFlags {
  title?: string;
  publisher?: string;
  year?: string;
  plans?: string;
}

export const registerNew: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('new')
    .description(w.newCommand.description)
    .argument('<name>', w.newCommand.name)
    .option('--title <text>', w.newCommand.title)
    .option('--publisher <name>', w.newCommand.publisher)
    .option('--year <year>', w.newCommand.year)
    .option('--plans <dir>', w.newCommand.plans, 'plans')
    .addOption(langOption(program.lang))
    .action(async (name: string, flags: NewFlags) => {
      let year: number | undefined;
      if (flags.year !== undefined) {
        year = Number(flags.year);
        if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RunError('usage/year', { value: flags.year });
      }
      const { newPlan } = await import('../../workflow/new-plan.js');
      const result = await newPlan(name, {
        cwd: io.cwd,
        ...(flags.plans ? { plans: flags.plans } : {}),
        ...(flags.title ? { title: flags.title } : {}),
        ...(flags.publisher ? { publisher: flags.publisher } : {}),
        ...(year ? { year } : {}),
      });
      const rel = path.relative(io.cwd, result.file) || result.file;
      io.stdout(w.newCommand.created(printable(rel)));
      program.exitCode = EXIT.OK;
    });
};
