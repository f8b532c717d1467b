import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

const FONTS = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
  '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
  '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
];

export function tempDir(prefix = 'studyplan-pdf-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Copies a fixture page with the stylesheet and the project's fonts into `dir` (never beside the fixtures). */
export async function makeSite(dir: string, html = 'booklet.html', replace: Record<string, string> = {}): Promise<string> {
  await mkdir(path.join(dir, 'fonts'), { recursive: true });
  await copyFile(path.join(FIXTURES, 'style.css'), path.join(dir, 'style.css'));
  for (const f of FONTS) await copyFile(path.join(ROOT, 'node_modules', f), path.join(dir, 'fonts', path.basename(f)));
  let text = await readFile(path.join(FIXTURES, html), 'utf8');
  for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to);
  const file = path.join(dir, html);
  await writeFile(file, text);
  return file;
}

export function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function toolStatus(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The text of each page, 1-based (index 0 unused). */
export function pageTexts(pdf: string): string[] {
  // Without the soft hyphens of the print's hyphenation (as a viewer's search ignores them).
  const pages = tool('pdftotext', ['-enc', 'UTF-8', pdf, '-'])
    .replace(/\u00ad/g, '')
    .split('\f');
  return ['', ...pages.slice(0, -1)];
}

export const PDF_META = {
  title: 'Studieplan för hösten i Skåne',
  author: 'Studieförbundet Östra Skåne',
  subject: 'Studieplan hösten 2021',
  keywords: ['studieplan', 'höstmöte'],
  lang: 'sv',
  date: new Date('2021-09-14T12:00:00Z'),
};

/** What a scratch project holds: plan files (paths from the repository's root) copied into plans/, or a folder copied whole into plans/ or into the project itself. */
export type ProjectFiles = { plans: readonly string[] } | { folder: string; into: 'plans' | 'project' };

/**
 * A scratch project in a temporary folder with FILES, built once by the real bin with ARGS (after
 * `build`) and the test machine's Chromium, the date fixed by EPOCH; throws with the bin's stderr
 * when the build fails. The caller removes it (rmSync) after its tests.
 */
export function builtProject(prefix: string, files: ProjectFiles, args: readonly string[], { epoch = '1672531200', timeoutMs = 180_000 } = {}): string {
  const project = mkdtempSync(path.join(os.tmpdir(), prefix));
  if ('plans' in files) {
    mkdirSync(path.join(project, 'plans'));
    for (const rel of files.plans) cpSync(path.join(ROOT, rel), path.join(project, 'plans', path.basename(rel)));
  } else cpSync(files.folder, files.into === 'plans' ? path.join(project, 'plans') : project, { recursive: true });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/studyplan.js'), 'build', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PUPPETEER_EXECUTABLE_PATH: CHROMIUM, SOURCE_DATE_EPOCH: epoch },
    timeout: timeoutMs,
  });
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}`);
  return project;
}
