import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/** Issue 16: the --out refusal and the output-name collisions were English only; Swedish is the default. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
const project = mkdtempSync(path.join(tmpdir(), 'studyplan-hardening-words-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const C = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

test('the --out refusal and a collision are Swedish by default and English with --lang en', async () => {
  mkdirSync(path.join(project, 'plans'));
  mkdirSync(path.join(project, 'other'));
  writeFileSync(path.join(project, 'plans/a.yaml'), MINIMAL);
  writeFileSync(path.join(project, 'other/a.yaml'), MINIMAL);
  writeFileSync(path.join(project, 'index.html'), "the project's own page");

  const refusedSv = await runMain(project, ['build', '--format', 'html', '--out', '.', 'plans/'], C);
  expect(refusedSv.code, refusedSv.stderr).toBe(2);
  expect(refusedSv.stderr).toContain('vägrar bygga i');
  expect(refusedSv.stderr).toContain('projektmappen');
  const refusedEn = await runMain(project, ['build', '--format', 'html', '--out', '.', '--lang', 'en', 'plans/'], C);
  expect(refusedEn.stderr).toContain('refusing to build into');
  expect(refusedEn.stderr).toContain('the project folder');

  const collidesSv = await runMain(project, ['build', '--format', 'html', 'plans/', 'other/'], C);
  expect(collidesSv.code, collidesSv.stderr).toBe(1);
  expect(collidesSv.stderr).toContain('Planen skulle skriva a.html, precis som other/a.yaml; byt namn på en av dem.');
  expect(collidesSv.stderr).not.toContain('This plan would write');
  const collidesEn = await runMain(project, ['build', '--format', 'html', '--lang', 'en', 'plans/', 'other/'], C);
  expect(collidesEn.stderr).toContain('This plan would write a.html, as other/a.yaml does; rename one of them.');
  expect(readFileSync(path.join(project, 'index.html'), 'utf8')).toBe("the project's own page");
});

test('a template font error is Swedish by default and English with --lang en', async () => {
  cpSync(path.join(root, 'templates/booklet'), path.join(project, 'tpl'), { recursive: true });
  const manifest = path.join(project, 'tpl/template.json');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), fonts: ['../../etc/passwd'] }));
  const sv = await runMain(project, ['build', '--format', 'html', '--template', 'tpl', '--out', 'out-font', 'plans/'], C);
  expect(sv.code, sv.stderr).toBe(2);
  expect(sv.stderr).toContain('typsnittet "../../etc/passwd" är inte ett typsnittspakets CSS-fil');
  const en = await runMain(project, ['build', '--format', 'html', '--template', 'tpl', '--out', 'out-font', '--lang', 'en', 'plans/'], C);
  expect(en.stderr).toContain('font "../../etc/passwd" is not a font package\'s CSS file');
});

test('the ignored-cache notice is Swedish by default and English with --lang en', async () => {
  mkdirSync(path.join(project, 'out-cache'), { recursive: true });
  const cache = path.join(project, 'out-cache/.studyplan-cache.json');
  writeFileSync(cache, 'not json');
  const sv = await runMain(project, ['build', '--format', 'html', '--out', 'out-cache', 'plans/'], C);
  expect(sv.code, sv.stderr).toBe(0);
  expect(sv.stderr + sv.stdout).toContain('.studyplan-cache.json i');
  expect(sv.stderr + sv.stdout).toContain('är inte giltig JSON; den användes inte och varje plan byggs om.');
  writeFileSync(cache, 'not json');
  const en = await runMain(project, ['build', '--format', 'html', '--out', 'out-cache', '--lang', 'en', 'plans/'], C);
  expect(en.stderr + en.stdout).toContain('is not valid JSON; it was ignored and every plan is built again.');
});

test("the output-folder refusals of issue 28 (a folder of others' files, a link below out/) in sv, nb, da and en", async () => {
  mkdirSync(path.join(project, 'site'), { recursive: true });
  writeFileSync(path.join(project, 'site/index.html'), 'their site');
  const foreign = (...lang: string[]) => runMain(project, ['build', '--format', 'html', '--out', 'site', ...lang, 'plans/'], C);
  expect((await foreign()).stderr).toMatch(/vägrar bygga i \S*site: den innehåller filer som studyplan inte har skrivit \(index\.html\)/);
  expect((await foreign('--lang', 'nb')).stderr).toMatch(/nekter å bygge i \S*site: den inneholder filer som studyplan ikke har skrevet \(index\.html\)/);
  expect((await foreign('--lang', 'en')).stderr).toMatch(/refusing to build into \S*site: it holds files studyplan did not write \(index\.html\)/);
  expect((await foreign('--lang', 'da')).stderr).toMatch(/nægter at bygge i \S*site: den indeholder filer, som studyplan ikke har skrevet \(index\.html\)/);

  mkdirSync(path.join(project, 'out-link'), { recursive: true });
  writeFileSync(path.join(project, 'out-link/.studyplan-out'), '');
  symlinkSync('../tpl', path.join(project, 'out-link/assets'));
  const linked = (...lang: string[]) => runMain(project, ['build', '--format', 'html', '--out', 'out-link', ...lang, 'plans/'], C);
  const sv = await linked();
  expect(sv.code, sv.stderr).toBe(2);
  expect(sv.stderr).toMatch(/vägrar skriva i \S*out-link\/assets: den är en länk \(till \.\.\/tpl\) eller ingen mapp/);
  expect((await linked('--lang', 'nb')).stderr).toMatch(/nekter å skrive i \S*out-link\/assets: den er en lenke \(til \.\.\/tpl\) eller ingen mappe/);
  expect((await linked('--lang', 'en')).stderr).toMatch(/refusing to write into \S*out-link\/assets: it is a link \(to \.\.\/tpl\) or no folder/);
  expect((await linked('--lang', 'da')).stderr).toMatch(/nægter at skrive i \S*out-link\/assets: den er et link \(til \.\.\/tpl\) eller ikke en mappe/);
});
