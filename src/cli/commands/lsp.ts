import { words } from '../../i18n/index.js';
import type { RegisterCommand } from '../program.js';

/** `studyplan lsp`: the language server; stdout is the protocol's, so nothing else may print there. */
export const registerLsp: RegisterCommand = (program, io) => {
  const w = words(program.lang).lspCommand;
  program
    .command('lsp')
    .description(w.description)
    .option('--stdio', w.stdio)
    .action(async () => {
      const [{ createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter }, { startLanguageServer }] = await Promise.all([
        import('vscode-languageserver/node'),
        import('../../lsp/server.js'),
      ]);
      const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
      startLanguageServer(connection, { env: io.env });
      // The server lives until the client sends `exit` (the library ends the process) or closes stdin.
      await new Promise<void>((resolve) => process.stdin.once('end', resolve));
    });
};
