// Starts `studyplan lsp` for the workspace: the lint engine of the project's own studyplan.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { languageOf, resolveServer, serverOptions } = require('./server-path.js');

const MISSING = {
  sv: 'studyplan finns inte i projektet. Kör `npm install --save-dev studyplan` i projektmappen, eller ange sökvägen i inställningen studyplan.serverPath.',
  nb: 'studyplan finnes ikke i prosjektet. Kjør `npm install --save-dev studyplan` i prosjektmappen, eller oppgi stien i innstillingen studyplan.serverPath.',
  da: 'studyplan findes ikke i projektet. Kør `npm install --save-dev studyplan` i projektmappen, eller angiv stien i indstillingen studyplan.serverPath.',
  en: 'studyplan is not installed in this project. Run `npm install --save-dev studyplan` in the project folder, or set studyplan.serverPath.',
};

let client;

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('studyplan');
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configured = settings.get('serverPath');
  const server = folders.map((f) => resolveServer(f.uri.fsPath, configured)).find(Boolean);
  if (!server) {
    const lang = languageOf(vscode.env.language) ?? 'en';
    if (folders.length) vscode.window.showWarningMessage(MISSING[lang]);
    return;
  }
  const run = { module: server, args: ['lsp'], transport: TransportKind.stdio };
  client = new LanguageClient(
    'studyplan',
    'studyplan',
    { run, debug: run },
    {
      documentSelector: [{ scheme: 'file', language: 'yaml' }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/studyplan.config.yaml') },
      initializationOptions: serverOptions(
        { lang: settings.get('lang'), schemaDiagnostics: settings.get('schemaDiagnostics'), debounceMs: settings.get('debounceMs') },
        vscode.extensions.getExtension('redhat.vscode-yaml') !== undefined,
        vscode.env.language,
      ),
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
