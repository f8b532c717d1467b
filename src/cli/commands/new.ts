import path from 'node:path';
import { RunError } from '../../errors/run-error.js';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';

interface NewFlags {
  title?: string;
  publisher?: string;
  year?: string;
  plans?: string;
}

export const registerNew: RegisterCommand = (program, io) => {
  program
    .command('new')
    .description('create plans/NAME.yaml from a commented skeleton (never overwrites)')
    .argument('<name>', 'the plan\'s name, e.g. norrbotten-2023 (å ä ö become a a o)')
    .option('--title <text>', 'the plan\'s title (default: Studieplan YEAR)')
    .option('--publisher <name>', 'the publishing organisation')
    .option('--year <year>', 'the plan\'s year (default: this year)')
    .option('--plans <dir>', 'folder of the plans', 'plans')
    .action(async (name: string, flags: NewFlags) => {
      let year: number | undefined;
      if (flags.year !== undefined) {
        year = Number(flags.year);
        if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RunError(`--year must be a year such as 2024, not ${flags.year}`, undefined, 'usage/year');
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
      io.stdout(`created ${rel}\n  Open it in your editor, fill it in, then run: studyplan lint ${rel}\n`);
      program.exitCode = EXIT.OK;
    });
};
