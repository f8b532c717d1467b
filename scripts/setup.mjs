#!/usr/bin/env node
// `npm run setup`: a browser for the PDFs, from this system's own packages when there is none
// (src/workflow/setup-browser.ts); in a checkout with tests, also the tools `npm test` reads the
// PDFs with (src/workflow/setup-test-tools.ts). Runs after `npm ci`, which compiles dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { printable } from '../dist/diagnostics/printable.js';
import { DEFAULT_LANG, describeFailure, envLang } from '../dist/i18n/index.js';
import { setupBrowser } from '../dist/workflow/setup-browser.js';
import { setupTestTools } from '../dist/workflow/setup-test-tools.js';

const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
const hasCommand = (name) => dirs.some((d) => existsSync(path.join(d, name)));
const osRelease = process.platform === 'linux' && existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';

// What the set-up says comes as values, worded here as the CLI words its own: in the locale's
// language (Swedish when the locale names none of studyplan's), a value such as a path on one line.
const lang = envLang(process.env) ?? DEFAULT_LANG;
const say = (note) => {
  const { message, hint } = describeFailure(note, lang);
  console.log(hint ? `${printable(message)}\n  ${printable(hint)}` : printable(message));
};

const host = {
  platform: process.platform,
  env: process.env,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  osRelease,
  hasCommand,
  run: (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
  say,
};
process.exitCode = await setupBrowser(host);
const checkout = existsSync(path.join(import.meta.dirname, '..', 'tests'));
// The tests' tools never fail the set-up: building needs none of them.
if (process.exitCode === 0 && checkout) setupTestTools(host);
