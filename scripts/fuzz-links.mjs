// Symlink layouts of plans/, out/ and the template (issue 28), for scripts/fuzz.mjs (--link-runs N,
// default 2 000) and tests/unit/fuzz-links.test.ts. Each case lays out a fresh project in which
// some places are links (to a file or folder outside the project, to a secret, to .git, to
// /dev/zero, dangling, or inside the project), FIFOs or plain files, builds it with the compiled
// library (dist/) to HTML and JSON, and checks: the build resolves or refuses with a RunError;
// nothing outside the project's own files and out/ changed (the sentinel folder, .git, the
// secret); the secret's text is in no output and no message; no loopback listener (TCP and UDP on
// 127.0.0.1, whose address the template's files name, and a Unix socket a link may point to) hears
// anything; the case ends (a hang is a failure).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

const SECRET = 'ghp_FUZZSECRET0123456789';

/** The places a layout can replace, and what each normally is. */
const PLACES = [
  ['plans', 'dir'],
  ['plans/plan.yaml', 'plan'],
  ['plans/other.yaml', 'plan'],
  ['studyplan.config.yaml', 'config'],
  ['tpl', 'dir'],
  ['tpl/assets', 'dir'],
  ['tpl/assets/note.txt', 'text'],
  ['tpl/style.css', 'css'],
  ['out', 'dir'],
  ['out/assets', 'dir'],
  ['out/assets/fonts', 'dir'],
  ['out/plan.html', 'text'],
  ['out/plan.calendars', 'dir'],
  ['out/.studyplan-cache.json', 'text'],
  ['out/.studyplan-out', 'text'],
  ['out/index.json', 'text'],
];

/** What a place may become: as it is, or a link of one of these kinds, or a FIFO. */
const KINDS = [
  'normal',
  'normal',
  'absent',
  'link-outside-dir',
  'link-outside-file',
  'link-secret',
  'link-git',
  'link-git-config',
  'link-dev-zero',
  'link-dangling',
  'link-inside',
  'fifo',
  'link-socket',
];

export function layoutArbitrary() {
  return fc.array(fc.record({ place: fc.nat(PLACES.length - 1), kind: fc.nat(KINDS.length - 1) }), { minLength: 1, maxLength: 4 });
}

function hashTree(dir) {
  const seen = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, rel)).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const r = path.join(rel, name);
      const info = lstatSync(path.join(dir, r));
      if (info.isDirectory()) {
        seen.push(`${r}/`);
        walk(r);
      } else if (info.isSymbolicLink()) seen.push(`${r} -> ${readlinkSync(path.join(dir, r))}`);
      else if (info.isFile())
        seen.push(
          `${r} ${createHash('sha256')
            .update(readFileSync(path.join(dir, r)))
            .digest('hex')}`,
        );
      else seen.push(`${r} (special)`);
    }
  };
  walk('');
  return seen.join('\n');
}

/** Every regular file's text below DIR, links not followed (what the build wrote or the project holds). */
function textsBelow(dir) {
  const texts = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) texts.push([p, readFileSync(p, 'latin1')]);
    }
  };
  walk(dir);
  return texts;
}

export async function fuzzLinks({ root, runs, seed }) {
  const dist = (f) => import(pathToFileURL(path.join(root, 'dist', f)).href);
  const [{ build }, { isRunError }, { loadProject }] = await Promise.all([dist('pipeline/build.js'), dist('errors/run-error.js'), dist('project/config.js')]);
  const plan = readFileSync(path.join(root, 'tests/fixtures/valid/calendar.yaml'), 'utf8');
  const sandbox = mkdtempSync(path.join(tmpdir(), 'studyplan-fuzz-links-'));
  // Outside the project: a folder with files (sentinels, a temp-file look-alike), a secret, a git repository.
  const outside = path.join(sandbox, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'sentinel.txt'), 'sentinel');
  writeFileSync(path.join(outside, '.x.html.999999.0badf00d.tmp'), 'not studyplan’s');
  writeFileSync(path.join(sandbox, 'secret'), `${SECRET}\n`);
  const heard = [];
  const listeners = await listen(sandbox, heard);

  let cases = 0;
  let built = 0;
  let refused = 0;
  let slowest = 0;
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(layoutArbitrary(), async (layout) => {
      cases++;
      const project = path.join(sandbox, `p${cases}`);
      mkdirSync(path.join(project, 'plans'), { recursive: true });
      writeFileSync(path.join(project, 'plans/plan.yaml'), plan);
      writeFileSync(path.join(project, 'plans/other.yaml'), plan.replace(/^title: .*/m, 'title: Andra planen'));
      writeFileSync(path.join(project, 'studyplan.config.yaml'), 'template: ./tpl\n');
      mkdirSync(path.join(project, 'tpl/assets'), { recursive: true });
      writeFileSync(path.join(project, 'tpl/template.json'), JSON.stringify({ name: 'tpl', description: 'x', extends: 'booklet' }));
      writeFileSync(path.join(project, 'tpl/assets/note.txt'), `note: http://127.0.0.1:${listeners.tcp}/note udp://127.0.0.1:${listeners.udp}`);
      writeFileSync(path.join(project, 'tpl/style.css'), `/* http://127.0.0.1:${listeners.tcp}/css */ p { margin: 0; }\n`);
      mkdirSync(path.join(project, 'out'));
      writeFileSync(path.join(project, 'out/.studyplan-out'), '');
      execFileSync('git', ['init', '-q', project]);
      for (const { place, kind } of layout) lay(project, PLACES[place][0], KINDS[kind], { outside, secret: path.join(sandbox, 'secret'), socket: listeners.socket });
      const before = { outside: hashTree(outside), git: hashTree(path.join(project, '.git')), secret: readFileSync(path.join(sandbox, 'secret'), 'utf8') };
      const t = performance.now();
      let said;
      try {
        const { lint } = await loadProject(project, { lang: 'en' });
        const r = await build(['plans/'], { cwd: project, out: 'out', template: './tpl', formats: ['html', 'json'], force: true, lint: { config: lint } });
        said = JSON.stringify(r);
        built++;
      } catch (e) {
        if (!isRunError(e)) throw new Error(`layout ${show(layout)}: not a RunError: ${e?.stack ?? e}`, { cause: e });
        said = `${e.message} ${e.hint ?? ''} ${JSON.stringify(e.params ?? {})}`;
        refused++;
      } finally {
        slowest = Math.max(slowest, performance.now() - t);
      }
      const where = `layout ${show(layout)}`;
      if (hashTree(outside) !== before.outside) throw new Error(`${where}: the folder outside the project changed`);
      if (hashTree(path.join(project, '.git')) !== before.git) throw new Error(`${where}: .git changed`);
      if (readFileSync(path.join(sandbox, 'secret'), 'utf8') !== before.secret) throw new Error(`${where}: the secret changed`);
      if (said.includes(SECRET)) throw new Error(`${where}: the secret was said`);
      if (heard.length) throw new Error(`${where}: a loopback listener heard something (${heard.join(', ')})`);
      for (const [file, text] of textsBelow(project)) if (text.includes(SECRET)) throw new Error(`${where}: the secret is in ${path.relative(project, file)}`);
      rmSync(project, { recursive: true, force: true });
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  const seconds = (performance.now() - started) / 1000;
  // A late packet would still count.
  await new Promise((resolve) => setTimeout(resolve, 200));
  listeners.close();
  rmSync(sandbox, { recursive: true, force: true });
  return { cases, built, refused, seconds, slowest, heard: heard.length, details };
}

/** A TCP and a UDP listener on 127.0.0.1 and a Unix socket in SANDBOX; each contact is pushed to HEARD. */
async function listen(sandbox, heard) {
  const server = (what) =>
    createServer((s) => {
      heard.push(what);
      s.on('error', () => undefined);
      s.destroy();
    });
  const tcp = server('tcp');
  const unix = server('unix');
  const udp = createSocket('udp4');
  udp.on('message', () => heard.push('udp'));
  const socket = path.join(sandbox, 'socket');
  await Promise.all([
    new Promise((resolve) => tcp.listen(0, '127.0.0.1', resolve)),
    new Promise((resolve) => unix.listen(socket, resolve)),
    new Promise((resolve) => udp.bind(0, '127.0.0.1', resolve)),
  ]);
  const close = () => {
    tcp.close();
    unix.close();
    udp.close();
  };
  return { tcp: tcp.address().port, udp: udp.address().port, socket, close };
}

const show = (layout) => layout.map(({ place, kind }) => `${PLACES[place][0]}=${KINDS[kind]}`).join(', ');

/** Makes PLACE (relative to PROJECT) into KIND, replacing what is there. */
function lay(project, place, kind, { outside, secret, socket }) {
  const at = path.join(project, place);
  if (kind === 'normal') return;
  // Laid only inside the project's own folders: a place below an earlier link stays as it is.
  let parent;
  try {
    parent = realpathSync(path.dirname(at));
  } catch {
    return;
  }
  // A place below a link to a file (tpl -> .git/config) is no place at all.
  if (path.relative(realpathSync(project), parent).startsWith('..') || !lstatSync(parent).isDirectory()) return;
  rmSync(at, { recursive: true, force: true });
  const relTo = (target) => path.relative(path.dirname(at), target);
  switch (kind) {
    case 'absent':
      return;
    case 'link-outside-dir':
      return symlinkSync(relTo(outside), at);
    case 'link-outside-file':
      return symlinkSync(relTo(path.join(outside, 'sentinel.txt')), at);
    case 'link-secret':
      return symlinkSync(relTo(secret), at);
    case 'link-git':
      return symlinkSync(relTo(path.join(project, '.git')), at);
    case 'link-git-config':
      return symlinkSync(relTo(path.join(project, '.git/config')), at);
    case 'link-dev-zero':
      return symlinkSync('/dev/zero', at);
    case 'link-dangling':
      return symlinkSync(relTo(path.join(outside, 'nothing-here')), at);
    case 'link-inside':
      // A link that stays in the project: a file to the other plan, a folder to the template's assets.
      return symlinkSync(relTo(path.join(project, PLACES.find(([p]) => p === place)[1] === 'dir' ? 'tpl/assets' : place === 'plans/other.yaml' ? 'plans/plan.yaml' : 'plans/other.yaml')) || '.', at);
    case 'fifo':
      return execFileSync('mkfifo', [at]);
    case 'link-socket':
      return symlinkSync(relTo(socket), at);
  }
}
