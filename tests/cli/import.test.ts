import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { StudyPlan } from '../../src/plan/types.js';
import { loopbackListener } from '../helpers/hostile-files.js';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * `studyplan import FILE` end to end (issue 31), through main() of the compiled CLI in this process
 * (runMain: the bin's own start and its reading of the locale are tested in languages-sv; nothing
 * here needs a process of its own): the exit code (0 when the new
 * plan lints without errors, 1 when it has errors, 2 when nothing was imported), the report (what
 * was recognised, each course with its dates, where the free text went, the lint findings), --out,
 * a plan never overwritten without --force and never lost when an import fails, the refusals, the
 * messages in sv, en and nb, and --lang as the plan's language.
 */
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-import-cli-'));
});
afterAll(() => {
  for (const d of readdirSync(tmpdir()).filter((n) => n.startsWith('studyplan-import-cli-'))) rmSync(path.join(tmpdir(), d), { recursive: true, force: true });
});

function fixture(name: string): string {
  copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  return name;
}

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

/** A Markdown plan with one course whose last paragraph the importer cannot place. */
const FREE_TEXT_MD = `# Studieplan hösten 2025

Socialdemokraterna i Västernorrland

## Utbildningar

### Kursen i möteskunskap

Målgrupp: Nya medlemmer

Datum: lördag 4 oktober 2025

Ta med egen lunch och ett glatt humör.
`;

describe('a plan imported', () => {
  test('from a .docx: exit 0, plans/NAME.yaml written, the report names the courses and their dates, and the plan lints and builds', async () => {
    const r = await runMain(dir, ['import', fixture('vasternorrland-varen-2025.docx')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = 'plans/vasternorrland-varen-2025.yaml';
    expect(r.stdout).toContain(`wrote ${out} (from docx, language sv)`);
    expect(r.stdout).toMatch(/^recognised: .*4 courses/m);
    expect(r.stdout).toContain('  - Medlemsutbildning steg 1 (2025-03-15)\n');
    expect(r.stdout).toContain('  - Kommunikation i sociala medier (2025-04-12)\n');
    expect(r.stdout).toContain('nothing as free text: everything found a place');
    expect(r.stdout).toContain('lint of the new plan: no findings. Build the booklet: studyplan build');
    expect((parse(read(out)) as StudyPlan).title).toBe('Studieplan våren 2025');
    expect((await runMain(dir, ['lint', out])).code).toBe(0);
    const built = await runMain(dir, ['build', '--format', 'html', out]);
    expect(built.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'vasternorrland-varen-2025.html'), 'utf8')).toContain('Medlemsutbildning steg 1');
  });

  test('--out names the plan, in a folder made for it; the modeline points at the schema from there', async () => {
    const r = await runMain(dir, ['import', fixture('nordland-varen-2025.md'), '--out', 'plans/2026/nordland.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote plans/2026/nordland.yaml (from md, language nb)');
    const first = read('plans/2026/nordland.yaml').split('\n')[0]!;
    expect(first).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/studyplan\.schema\.json$/);
    expect(existsSync(path.resolve(dir, 'plans/2026', first.split('$schema=')[1]!))).toBe(true);
  });

  test('free text: the report gives FILE:LINE of each paragraph not placed, and the line is there, under the comment', async () => {
    writeFileSync(path.join(dir, 'kurs.md'), FREE_TEXT_MD);
    const r = await runMain(dir, ['import', 'kurs.md', '--out', 'kurs.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - Kursen i möteskunskap (2025-10-04)\n');
    expect(r.stdout).toContain('1 paragraph as free text with the comment "studyplan import"');
    const at = /^ {2}kurs\.yaml:(\d+) {2}Ta med egen lunch och ett glatt humör\.$/m.exec(r.stdout);
    expect(at).not.toBeNull();
    const lines = read('kurs.yaml').split('\n');
    const line = Number(at![1]);
    expect(lines[line - 1]).toContain('Ta med egen lunch och ett glatt humör.');
    expect(lines[line - 2]).toContain('# studyplan import: kunde inte avgöra vad detta är');
  });

  test('a plan whose lint finds an error is written, its findings listed, and the exit code is 1', async () => {
    writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'rules:\n  plan/course-without-audience: error\n');
    writeFileSync(path.join(dir, 'kurs.md'), FREE_TEXT_MD.replace('Målgrupp: Nya medlemmer\n\n', ''));
    const r = await runMain(dir, ['import', 'kurs.md', '--out', 'kurs.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lint of the new plan: 1 finding');
    expect(r.stdout).toMatch(/^kurs\.yaml:\d+:\d+ {2}error {2}.*plan\/course-without-audience$/m);
    expect(existsSync(path.join(dir, 'kurs.yaml'))).toBe(true);
  });

  test('a title with terminal controls is shown escaped in the report, and kept as written in the plan', async () => {
    writeFileSync(path.join(dir, 'kurs.md'), FREE_TEXT_MD.replace('Kursen i möteskunskap', 'Kursen\u001b[2K\u202e i möteskunskap'));
    const r = await runMain(dir, ['import', 'kurs.md', '--out', 'kurs.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - Kursen\\x1b[2K\\u202e i möteskunskap (2025-10-04)');
    // eslint-disable-next-line no-control-regex -- what must not reach the terminal
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
    const plan = parse(read('kurs.yaml')) as StudyPlan;
    expect(JSON.stringify(plan)).toContain('Kursen\\u001b[2K\u202e i möteskunskap');
  });
});

describe('an earlier plan is never lost', () => {
  const OLD = '# last year, edited by hand\ntitle: Plan\n';

  test('an existing plan is not replaced without --force: exit 2, the message, the file as it was', async () => {
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'plans/fyn.yaml'), OLD);
    const r = await runMain(dir, ['import', fixture('fyn-foraaret-2025.txt'), '--out', 'plans/fyn.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('studyplan: plans/fyn.yaml exists\n  Choose another file with --out, or replace it with --force.\n');
    expect(r.stdout).toBe('');
    expect(read('plans/fyn.yaml')).toBe(OLD);
    expect(readdirSync(path.join(dir, 'plans'))).toEqual(['fyn.yaml']);
  });

  test('--force replaces it whole', async () => {
    writeFileSync(path.join(dir, 'fyn.yaml'), OLD);
    const r = await runMain(dir, ['import', fixture('fyn-foraaret-2025.txt'), '--out', 'fyn.yaml', '--force']);
    expect(r.code).toBe(0);
    expect((parse(read('fyn.yaml')) as StudyPlan).title).toBe('Kursusplan foråret 2025');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('an import that fails leaves the plan it would replace, even with --force, and writes nothing', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), OLD);
    writeFileSync(path.join(dir, 'broken.docx'), 'not a zip file');
    const r = await runMain(dir, ['import', 'broken.docx', '--out', 'plan.yaml', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^studyplan: broken\.docx: not a readable Word or OpenDocument document \(.+\)\n {2}Open it in Word or LibreOffice and save it again\.\n$/);
    expect(read('plan.yaml')).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(['broken.docx', 'plan.yaml']);
  });

  test('a plan that appears while the import runs is kept: the new plan is linked in, never renamed over it', async () => {
    // The check before the import passes; the file is made before the write (as by a second
    // import or an editor's save): the write must fail rather than replace it.
    const { writeFileNew } = await import('../../src/output/write-atomic.js');
    writeFileSync(path.join(dir, 'plan.yaml'), OLD);
    const e = await writeFileNew(path.join(dir, 'plan.yaml'), 'title: New\n').catch((err: NodeJS.ErrnoException) => err.code);
    expect(e).toBe('EEXIST');
    expect(read('plan.yaml')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
});

describe('refusals (exit 2, one line and a hint, nothing written)', () => {
  test('an extension the importer does not read', async () => {
    writeFileSync(path.join(dir, 'plan.rtf'), '{\\rtf1 Studieplan}');
    const r = await runMain(dir, ['import', 'plan.rtf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('studyplan: plan.rtf: cannot import a .rtf file\n  The importer reads .docx .odt .pdf .html .htm .md .markdown .txt. Save the document as one of them (File > Save as).\n');
    expect(existsSync(path.join(dir, 'plans'))).toBe(false);
  });

  test('a file that is not there', async () => {
    const r = await runMain(dir, ['import', 'saknas.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('studyplan: saknas.docx: no such file or folder\n');
  });

  test('a folder with a document name', async () => {
    mkdirSync(path.join(dir, 'mapp.docx'));
    const r = await runMain(dir, ['import', 'mapp.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^studyplan: mapp\.docx: is a folder, not a file/);
  });

  test('--lang with a language the importer does not read', async () => {
    const r = await runMain(dir, ['import', fixture('fyn-foraaret-2025.txt'), '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`de` is not a valid value');
    expect(existsSync(path.join(dir, 'plans'))).toBe(false);
  });
});

describe('languages: the messages speak the run\u2019s language; --lang names the plan\u2019s', () => {
  test('Swedish by the locale: the report, the findings line and a refusal', async () => {
    const sv = { LANG: 'sv_SE.UTF-8' };
    const r = await runMain(dir, ['import', fixture('nordland-varen-2025.txt')], sv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skrev plans/nordland-varen-2025.yaml (från txt, språk nb)');
    expect(r.stdout).toMatch(/^känt igen: .*4 utbildningar/m);
    expect(r.stdout).toContain('lint av den nya planen: inga anmärkningar. Bygg häftet: studyplan build');
    const again = await runMain(dir, ['import', 'nordland-varen-2025.txt'], sv);
    expect(again.stderr).toBe('studyplan: plans/nordland-varen-2025.yaml finns redan\n  Välj en annan fil med --out, eller skriv över den med --force.\n');
  });

  test('Norwegian by the locale', async () => {
    const r = await runMain(dir, ['import', fixture('vasternorrland-varen-2025.md')], { LANG: 'nb_NO.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skrev plans/vasternorrland-varen-2025.yaml (fra md, språk sv)');
    const missing = await runMain(dir, ['import', 'saknas.pdf'], { LANG: 'nb_NO.UTF-8' });
    expect(missing.stderr).toMatch(/^studyplan: saknas\.pdf: /);
    expect(missing.stderr).not.toContain('no such file');
    // A refusal of the importer's own, in the run's language: its code's words in nb.
    const rtf = await runMain(dir, ['import', 'dokument.rtf'], { LANG: 'nb_NO.UTF-8' });
    expect(rtf.code).toBe(2);
    expect(rtf.stderr).toBe(
      'studyplan: dokument.rtf: kan ikke importere en .rtf-fil\n  Importen leser .docx .odt .pdf .html .htm .md .markdown .txt. Lagre dokumentet i et av dem (Fil > Lagre som).\n',
    );
  });

  test('--lang nb: a Norwegian plan, and as for build, Norwegian messages too', async () => {
    const r = await runMain(dir, ['import', fixture('nordland-varen-2025.html'), '--lang', 'nb'], { LANG: 'sv_SE.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(fra html, språk nb)');
    expect((parse(read('plans/nordland-varen-2025.yaml')) as StudyPlan).language).toBe('nb');
  });

  test('--lang da: a Danish plan, and as for build, Danish messages too', async () => {
    const r = await runMain(dir, ['import', fixture('fyn-foraaret-2025.odt'), '--lang', 'da'], { LANG: 'sv_SE.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skrev plans/fyn-foraaret-2025.yaml (fra odt, sprog da)');
    expect(r.stdout).toContain('genkendt: ');
    const yaml = read('plans/fyn-foraaret-2025.yaml');
    expect((parse(yaml) as StudyPlan).language).toBe('da');
    expect(yaml).toContain('# Importeret fra fyn-foraaret-2025.odt af studyplan import.');
  });

  test('--lang en on a Swedish document: an English plan, English messages', async () => {
    const r = await runMain(dir, ['import', fixture('vasternorrland-varen-2025.txt'), '--lang', 'en', '--out', 'en.yaml'], { LANG: 'sv_SE.UTF-8' });
    expect(r.stdout).toContain('wrote en.yaml (from txt, language en)');
    expect((parse(read('en.yaml')) as StudyPlan).language).toBe('en');
  });

  test('the help says what --lang is, in each language', async () => {
    expect((await runMain(dir, ['import', '--help'])).stdout).toContain("the plan's language (the document's)");
    expect((await runMain(dir, ['import', '--help'], { LANG: 'sv_SE.UTF-8' })).stdout).toContain('planens språk (dokumentets)');
    expect((await runMain(dir, ['import', '--help'], { LANG: 'nb_NO.UTF-8' })).stdout).toContain('planens språk (dokumentets)');
    expect((await runMain(dir, ['import', '--help'], { LANG: 'da_DK.UTF-8' })).stdout).toContain('planens sprog (dokumentets)');
  });
});

test('a web page that loads scripts, pictures and style sheets: imported through the CLI, nothing fetched from the loopback listener', async () => {
  const listener = await loopbackListener();
  try {
    const u = listener.url;
    writeFileSync(
      path.join(dir, 'sida.html'),
      `<!doctype html><html><head><link rel="stylesheet" href="${u}/a.css"><script src="${u}/a.js"></script><style>body{background:url(${u}/bg.png)}</style></head><body><main><h1>Studieplan hösten 2025</h1><p>Socialdemokraterna i Västernorrland</p><img src="${u}/a.png"><p>Kursen har tre kvällar och en helg i oktober.</p><script>fetch("${u}/x")</script></main></body></html>`,
    );
    // In this process (runMain), so that the listener can answer while the import runs.
    const r = await runMain(dir, ['import', 'sida.html', '--out', 'sida.yaml']);
    expect(r.code).toBe(0);
    expect(read('sida.yaml')).toContain('Kursen har tre kvällar och en helg i oktober.');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(listener.requests).toEqual([]);
    expect(listener.connections()).toBe(0);
  } finally {
    await listener.close();
  }
}, 15_000);
