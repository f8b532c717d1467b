import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { describe, expect, test } from 'vitest';
import { addBuildOptions, BUILD_OPTIONS, buildOptionsOf, COMMAND_OPTIONS, type BuildCommand, type BuildFlags } from '../../src/cli/build-options-table.js';
import { resolveBuildSettings } from '../../src/cli/build-settings.js';
import { createProgram } from '../../src/cli/program.js';
import { words } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The options of build, watch and merge are one table (src/cli/build-options-table.ts): the
 * commands declare theirs from it, and what the config can set is in the config's schema. An
 * option added in one place only fails here.
 */
const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {}, cwd: ROOT };
const program = createProgram(io, 'en');
const commandOf = (name: BuildCommand) => program.commands.find((c) => c.name() === name)!;
const rows = Object.entries(BUILD_OPTIONS) as [string, { flags?: string; config?: string }][];
const flagRows = rows.filter(([, r]) => r.flags);
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/studyplan.config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };

/** What watch leaves out of build's options, and why. */
const NOT_ON_WATCH: Record<string, string> = {
  format: "watch's formats are its --pdf's",
  booklet: 'the config sets it; a watch prints only what is asked for',
  force: 'a watch rebuilds what changed, by its nature',
  quiet: 'a watch reports each build as it goes',
  shard: 'shards are for CI jobs side by side',
  baseUrl: 'the preview is served from 127.0.0.1, not where OUT is published (the config sets it)',
};
/** The config's keys that are not build options: the plans are the paths argument's default; the rules are lint's. */
const NOT_OPTIONS = ['plans', 'rules', 'overrides'];

describe('one table of the options of build, watch and merge', () => {
  test.each(['build', 'watch', 'merge'] as const)("%s declares exactly the table's options for it, in its order", (name) => {
    const declared = commandOf(name).options.map((o) => o.attributeName());
    expect(declared).toEqual([...COMMAND_OPTIONS[name]]);
    // Each row's key is the name commander gives its value (the key of BuildFlags).
    for (const key of COMMAND_OPTIONS[name]) expect(new Option(BUILD_OPTIONS[key].flags!).attributeName()).toBe(key);
  });

  test('every flag of the table is on build (or is watch’s own), and on watch unless there is a reason', () => {
    const build: readonly string[] = COMMAND_OPTIONS.build;
    const watch: readonly string[] = COMMAND_OPTIONS.watch;
    for (const [key] of flagRows) {
      expect(build.includes(key) || ['port', 'pdf'].includes(key), key).toBe(true);
      if (build.includes(key)) expect(watch.includes(key) || key in NOT_ON_WATCH, `${key}: on watch, or a reason in NOT_ON_WATCH`).toBe(true);
    }
    for (const key of Object.keys(NOT_ON_WATCH)) expect(watch, key).not.toContain(key);
    // The printer's options: watch prints too.
    for (const key of ['chrome', 'concurrency', 'printTimeout']) expect(watch).toContain(key);
  });

  test("every config key of the table is in the config's schema, and every key of the schema is in the table", () => {
    const keys = rows.flatMap(([, r]) => (r.config ? [r.config] : []));
    for (const key of keys) expect(schema.properties, key).toHaveProperty(key);
    for (const key of Object.keys(schema.properties)) expect(keys.includes(key) || NOT_OPTIONS.includes(key), key).toBe(true);
  });

  test('the help of each option is a line of the catalogue, in every language', () => {
    for (const lang of ['sv', 'en', 'nb', 'da'] as const) {
      for (const name of ['build', 'watch', 'merge'] as const) {
        const cmd = addBuildOptions(new Command(name), name, words(lang));
        for (const o of cmd.options) expect(o.description, `${lang} ${name} ${o.long}`).toMatch(/\w{3}/);
      }
    }
    expect(commandOf('merge').options.find((o) => o.long === '--booklet')?.description).toBe(words('en').merge.booklet);
    expect(commandOf('build').options.find((o) => o.long === '--booklet')?.description).toBe(words('en').build.booklet);
  });
});

/** The options of COMMAND with ARGS, as build() gets them (with no config). */
function resolved(command: BuildCommand, args: string[]) {
  const cmd = addBuildOptions(new Command(command), command, words('en')).exitOverride();
  cmd.parse(args, { from: 'user' });
  return buildOptionsOf(cmd.opts<BuildFlags>(), (key) => cmd.getOptionValueSource(key) === 'cli', {}, {});
}

describe('the options resolved', () => {
  test('watch takes the printer options build takes: --chrome, --concurrency, --print-timeout', () => {
    const args = ['--chrome', '/opt/chromium', '--concurrency', '3', '--print-timeout', '2.5'];
    const printer = { chrome: '/opt/chromium', concurrency: 3, printTimeoutMs: 2500 };
    expect(resolved('watch', args)).toMatchObject(printer);
    expect(resolved('build', args)).toMatchObject(printer);
    expect(() => resolved('watch', ['--print-timeout', 'soon'])).toThrow(expect.objectContaining({ code: 'usage/print-timeout' }));
  });

  test("the defaults: out/, html and pdf, the booklet template; merge's --base-url", () => {
    expect(resolved('build', [])).toEqual({ out: 'out', formats: ['html', 'pdf'], template: 'booklet', includeInternal: false, booklet: false, force: false });
    expect(resolved('merge', ['--base-url', 'https://example.se/planer/'])).toMatchObject({ baseUrl: 'https://example.se/planer/' });
    expect(() => resolved('merge', ['--base-url', 'example.se'])).toThrow(expect.objectContaining({ code: 'usage/base-url' }));
  });

  test('a flag given wins over the config, which wins over the default', async () => {
    const config = path.join(ROOT, 'tests/fixtures/config/studyplan.config.yaml');
    const settingsOf = async (command: BuildCommand, args: string[]) => {
      const cmd = addBuildOptions(new Command(command), command, words('en')).exitOverride();
      cmd.parse(['--config', config, ...args], { from: 'user' });
      return (await resolveBuildSettings([], cmd.opts<BuildFlags>(), cmd, io)).options;
    };
    // The config: out/, [html, pdf], lang sv, concurrency 2, booklet false.
    const fromConfig = await settingsOf('watch', ['--print-timeout', '5']);
    expect(fromConfig).toMatchObject({ out: path.join(ROOT, 'tests/fixtures/config/out'), lang: 'sv', concurrency: 2, booklet: false, printTimeoutMs: 5000 });
    const fromFlags = await settingsOf('build', ['--out', 'elsewhere', '--lang', 'en', '--concurrency', '4', '--format', 'json', '--booklet']);
    expect(fromFlags).toMatchObject({ out: 'elsewhere', lang: 'en', concurrency: 4, formats: ['html', 'json'], booklet: true });
  });
});
