#!/usr/bin/env node
// `npm run setup`: a browser for the PDFs, from this system's own packages when there is none
// (src/workflow/setup-browser.ts). Runs after `npm ci`, which compiles dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setupBrowser } from '../dist/workflow/setup-browser.js';

const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
const hasCommand = (name) => dirs.some((d) => existsSync(path.join(d, name)));
const osRelease = process.platform === 'linux' && existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';

process.exitCode = await setupBrowser({
  platform: process.platform,
  env: process.env,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  osRelease,
  hasCommand,
  run: (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ?? 1,
  log: (line) => console.log(line),
});
