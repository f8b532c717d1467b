// Which studyplan the extension starts. Kept free of the `vscode` module so a test can load it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/**
 * The bin to run as `studyplan lsp`: the configured path (absolute, or relative to the folder),
 * else the project's own node_modules/studyplan, else the folder itself when it is studyplan's
 * repository. undefined when there is none: the extension then says how to install it.
 */
function resolveServer(folder, configured, exists = fs.existsSync) {
  if (configured) {
    const given = path.resolve(folder, configured);
    return exists(given) ? given : undefined;
  }
  const installed = path.join(folder, 'node_modules', 'studyplan', 'bin', 'studyplan.js');
  if (exists(installed)) return installed;
  const own = path.join(folder, 'bin', 'studyplan.js');
  const manifest = path.join(folder, 'package.json');
  if (exists(own) && exists(manifest)) {
    try {
      if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'studyplan') return own;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The initializationOptions the server reads (see ClientOptions in src/lsp/server.ts). */
function serverOptions(settings, yamlExtensionInstalled, displayLanguage) {
  const lang = settings.lang && settings.lang !== 'auto' ? settings.lang : languageOf(displayLanguage);
  const schema = settings.schemaDiagnostics ?? 'auto';
  const options = { schemaDiagnostics: schema === 'always' || (schema === 'auto' && !yamlExtensionInstalled) };
  if (lang) options.lang = lang;
  if (typeof settings.debounceMs === 'number') options.debounceMs = settings.debounceMs;
  return options;
}

/** VS Code's display language as one of studyplan's; undefined lets the project's config decide. */
function languageOf(displayLanguage) {
  const tag = String(displayLanguage || '').toLowerCase();
  if (/^(nb|nn|no)\b/.test(tag)) return 'nb';
  if (/^sv\b/.test(tag)) return 'sv';
  if (/^da\b/.test(tag)) return 'da';
  return undefined;
}

module.exports = { resolveServer, serverOptions, languageOf };
