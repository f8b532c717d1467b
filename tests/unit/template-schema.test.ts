import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { loadTemplate } from '../../src/render/template-loader.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-template-schema-'));
const template = path.join(dir, 'tpl');
cpSync(path.join(ROOT, 'templates/booklet'), template, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withManifest = async (json: string) => {
  writeFileSync(path.join(template, 'template.json'), json);
  return loadTemplate('./tpl', dir).catch((e: unknown) => e);
};

describe('template.json is checked by schemas/template.schema.json', () => {
  test('the booklet template passes', async () => {
    const t = await loadTemplate('booklet', dir);
    expect(t.manifest.pageSize).toBe('A4');
  });

  test('a wrong value is named at its line and column, with the allowed values', async () => {
    const e = await withManifest('{\n  "name": "x",\n  "description": "d",\n  "pageSize": "Letter",\n  "defaultLanguage": "sv"\n}\n');
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).toBe('tpl/template.json:4:15: pageSize must be equal to one of the allowed values: "A4", "A5"');
  });

  test('every problem gets a line: a missing key and a wrong type', async () => {
    const e = await withManifest('{\n  "name": "x",\n  "pageSize": "A4",\n  "defaultLanguage": "sv",\n  "fonts": "@fontsource/source-serif-4/400.css"\n}\n');
    expect((e as RunError).message.split('\n')).toEqual(['tpl/template.json:1:1: needs description', 'tpl/template.json:5:12: fonts must be array']);
    expect((e as RunError).code).toBe('template/manifest');
  });

  test('a key the schema does not name is left to the template', async () => {
    const e = await withManifest('{ "name": "x", "description": "d", "pageSize": "A5", "defaultLanguage": "sv", "brand": {} }');
    expect(e).not.toBeInstanceOf(Error);
  });
});
