import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';

export const registerDoctor: RegisterCommand = (program, io) => {
  program
    .command('doctor')
    .description('check the set-up: Node, the browser for PDFs, fonts, the out folder, the config')
    .option('--chrome <path>', 'Chromium or Chrome to check')
    .option('-c, --config <file>', 'the config file (default: studyplan.config.yaml here or in a folder above)')
    .action(async (flags: { chrome?: string; config?: string }) => {
      // Loaded when the command runs: every other command starts without the doctor's modules.
      const { runDoctor } = await import('../../workflow/doctor.js');
      const checks = await runDoctor({ cwd: io.cwd, env: io.env, ...(flags.chrome ? { chrome: flags.chrome } : {}), ...(flags.config ? { config: flags.config } : {}) });
      const plain = !io.isTTY || Boolean(io.env['NO_COLOR']);
      for (const c of checks) {
        const mark = c.ok ? (plain ? '✓' : '\x1b[32m✓\x1b[39m') : plain ? '✗' : '\x1b[31m✗\x1b[39m';
        io.stdout(`${mark} ${c.name}: ${c.detail}\n`);
        if (!c.ok && c.fix) io.stdout(`    fix: ${c.fix}\n`);
      }
      const bad = checks.filter((c) => !c.ok).length;
      io.stdout(bad ? `\n${bad} of ${checks.length} checks failed.\n` : `\nAll ${checks.length} checks passed.\n`);
      program.exitCode = bad ? EXIT.INPUT : EXIT.OK;
    });
};
