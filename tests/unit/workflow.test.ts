import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { hash, isFresh, outputKey, pruneDeletedPlans, emptyCache } from '../../src/output/build-cache.js';
import { planSkeleton, yamlScalar } from '../../src/workflow/new-plan.js';
import { planFileName } from '../../src/workflow/plan-name.js';
import { checkNode } from '../../src/workflow/doctor.js';
import { loadProject } from '../../src/project/config.js';

describe('planFileName', () => {
  test.each([
    ['Skåne hösten 2021', 'skane-hosten-2021'],
    ['NORRBOTTEN 2011–2014', 'norrbotten-2011-2014'],
    ['Älvsbyn: Ökad kunskap!', 'alvsbyn-okad-kunskap'],
    ['plan.yaml', 'plan'],
    ['  -x-  ', 'x'],
  ])('%s -> %s', (name, slug) => expect(planFileName(name)).toBe(slug));

  test.each(['../x', 'a/b', 'a\\b', '!!!', ''])('refuses %j', (name) => expect(() => planFileName(name)).toThrow(/plan name/));
});

describe('the skeleton', () => {
  test.each(['Studieplan 2025', 'Studieplan: hösten 2025', 'yes', '2025', '# rubrik', "Anna's plan", '"citat"'])('a title of %j reads back unchanged', async (title) => {
    expect(parse(`title: ${yamlScalar(title)}`)).toEqual({ title });
    const plan = parse(await planSkeleton({ title, publisher: 'S: i Test', year: 2025 })) as { title: string; publisher: { name: string }; period: { year: number } };
    expect(plan.title).toBe(title);
    expect(plan.publisher.name).toBe('S: i Test');
    expect(plan.period.year).toBe(2025);
  });
});

describe('build cache', () => {
  test('keys change with any input', () => {
    const a = outputKey('shared', Buffer.from('title: A'), 'html');
    expect(outputKey('shared', Buffer.from('title: A'), 'html')).toBe(a);
    expect(outputKey('shared', Buffer.from('title: B'), 'html')).not.toBe(a);
    expect(outputKey('shared', Buffer.from('title: A'), 'pdf')).not.toBe(a);
    expect(outputKey('other', Buffer.from('title: A'), 'html')).not.toBe(a);
    expect(hash('ab', 'c')).not.toBe(hash('a', 'bc'));
  });

  test('fresh only when the key matches and the file is there; deleted plans are pruned', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'studyplan-cache-'));
    try {
      writeFileSync(path.join(out, 'a.html'), 'x');
      const cache = emptyCache();
      cache.plans['a'] = { file: path.join(out, 'gone.yaml'), outputs: { html: { key: 'k', file: 'a.html' } } };
      expect(isFresh(cache.plans['a'], 'html', 'k', out)).toBe(true);
      expect(isFresh(cache.plans['a'], 'html', 'other', out)).toBe(false);
      expect(isFresh(cache.plans['a'], 'pdf', 'k', out)).toBe(false);
      expect(await pruneDeletedPlans(cache, out)).toEqual(['a']);
      expect(cache.plans).toEqual({});
      expect(() => readFileSync(path.join(out, 'a.html'))).toThrow();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('config and doctor', () => {
  test('settings are read from the config found upwards, paths relative to it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-config-'));
    try {
      writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'out: public\nformats: [html]\nconcurrency: 3\nrules: {}\n');
      const nested = path.join(dir, 'plans');
      const s = (await loadProject(nested)).settings;
      expect(s.out).toBe(path.join(dir, 'public'));
      expect(s.formats).toEqual(['html']);
      expect(s.concurrency).toBe(3);
      writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'lang: de\n');
      await expect(loadProject(dir)).rejects.toThrow(/studyplan\.config\.yaml:1:7: `de` is not an allowed value of `lang`/);
      writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'out: [\n');
      await expect(loadProject(dir)).rejects.toThrow(/studyplan\.config\.yaml:\d+:\d+: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Node 20.19 or later', () => {
    expect(checkNode('20.19.0').ok).toBe(true);
    expect(checkNode('22.1.0').ok).toBe(true);
    expect(checkNode('20.18.3').ok).toBe(false);
    expect(checkNode('18.20.0').fix).toMatch(/20\.19/);
  });
});
