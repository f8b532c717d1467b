import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { ROOT, runCli } from '../helpers/cli.js';

const EXT = path.join(ROOT, 'editors/vscode');
const manifest = JSON.parse(readFileSync(path.join(EXT, 'package.json'), 'utf8'));
const { resolveServer, serverOptions } = createRequire(import.meta.url)(path.join(EXT, 'server-path.js')) as {
  resolveServer: (folder: string, configured?: string) => string | undefined;
  serverOptions: (settings: Record<string, unknown>, yamlInstalled: boolean, displayLanguage: string) => Record<string, unknown>;
};

describe('the VS Code extension', () => {
  test('its manifest activates on YAML and on a studyplan project, and its main file exists', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:yaml', 'workspaceContains:studyplan.config.yaml']));
    expect(existsSync(path.join(EXT, manifest.main))).toBe(true);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['studyplan.serverPath', 'studyplan.schemaDiagnostics', 'studyplan.lang', 'studyplan.debounceMs']);
    // What `studyplan init` recommends is this extension.
    const recommended = JSON.parse(readFileSync(path.join(ROOT, 'templates/init/vscode-extensions.json'), 'utf8')).recommendations;
    expect(recommended).toContain(`${manifest.publisher}.${manifest.name}`);
  });

  test('the server it starts is the bin of the package, and that bin has the lsp command', () => {
    const bin = resolveServer(ROOT);
    const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(bin).toBe(path.join(ROOT, own.bin.studyplan));
    expect(existsSync(bin!)).toBe(true);
    const help = runCli(ROOT, ['lsp', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdio');
  });

  test("in a project it starts the project's own studyplan, or the configured one, or says none is there", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-ext-'));
    expect(resolveServer(dir)).toBeUndefined();
    const installed = path.join(dir, 'node_modules/studyplan/bin/studyplan.js');
    mkdirSync(path.dirname(installed), { recursive: true });
    writeFileSync(installed, '');
    expect(resolveServer(dir)).toBe(installed);
    expect(resolveServer(dir, 'tools/studyplan.js')).toBeUndefined();
    expect(resolveServer(dir, installed)).toBe(installed);
  });

  test('schema findings are left to the YAML extension when it is there; the language follows VS Code', () => {
    expect(serverOptions({ schemaDiagnostics: 'auto' }, true, 'sv')).toEqual({ schemaDiagnostics: false, lang: 'sv' });
    expect(serverOptions({ schemaDiagnostics: 'auto' }, false, 'en-US')).toEqual({ schemaDiagnostics: true });
    expect(serverOptions({ schemaDiagnostics: 'always', lang: 'en', debounceMs: 50 }, true, 'nb')).toEqual({ schemaDiagnostics: true, lang: 'en', debounceMs: 50 });
    expect(serverOptions({ schemaDiagnostics: 'never', lang: 'auto' }, false, 'nb')).toEqual({ schemaDiagnostics: false, lang: 'nb' });
    expect(serverOptions({ schemaDiagnostics: 'never' }, false, 'da')).toEqual({ schemaDiagnostics: false, lang: 'da' });
    expect(serverOptions({ schemaDiagnostics: 'never', lang: 'da' }, false, 'en-US')).toEqual({ schemaDiagnostics: false, lang: 'da' });
  });

  test("the manifest's languages are the ones studyplan speaks, and the missing-server warning has each", () => {
    expect(manifest.contributes.configuration.properties['studyplan.lang'].enum).toEqual(['auto', ...LANGS]);
    const extension = readFileSync(path.join(EXT, 'extension.js'), 'utf8');
    for (const lang of LANGS) expect(extension, lang).toMatch(new RegExp(`^  ${lang}: '`, 'm'));
  });
});
