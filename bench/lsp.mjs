#!/usr/bin/env node
// The language server on a 300-course plan: `studyplan lsp --stdio` in a child process, driven by a
// real LSP client. Figures: from didOpen to the first published diagnostics (in a server just
// initialised), and from an edit to the diagnostics of that version (debounce set to 0: the pause
// the server waits for typing is a setting, not work). Baseline, measured in the same run: the
// lint engine alone in this process (parsePlan + checkPlan of the same text), cold and warm.
// Targets (issue 21): first diagnostics <= 300 ms, an edit re-checked <= 100 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = 20;
const COURSES = 300;
if (!existsSync(path.join(root, 'dist/lsp/server.js'))) throw new Error('dist/ is missing: run npm run build first');

function plan(courses) {
  const lines = [
    '# yaml-language-server: $schema=../schemas/studyplan.schema.json',
    'title: Studieplan 2027',
    'publisher:',
    '  name: Socialdemokraterna i Västerbotten',
    'period:',
    '  year: 2027',
    'sections:',
    '  - kind: courses',
    '    title: Kurser',
    '    courses:',
  ];
  for (let i = 0; i < courses; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      `      - id: kurs-${i}`,
      `        title: Kurs nummer ${i} om organisering`,
      '        audience: Medlemmar i arbetarekommuner',
      '        purpose: att ge deltagarna verktyg för det lokala arbetet',
      '        occurrences:',
      `          - { date: 2027-${month}-10, startTime: "18:00", venue: ABF-huset, town: Umeå }`,
      `        registration: { deadline: 2027-${month}-01, url: "https://example.se/anmalan/${i}" }`,
    );
    if (i > 0) lines.push('        prerequisites:', `          courses: [kurs-${i - 1}]`);
  }
  return `${lines.join('\n')}\n`;
}

const project = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-lsp-'));
mkdirSync(path.join(project, 'plans'));
const file = path.join(project, 'plans', 'stor.yaml');
const text = plan(COURSES);
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

async function session() {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let wanted;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (wanted && p.uri === uri && (wanted.version === undefined || p.version === wanted.version)) wanted.resolve(p.diagnostics);
  });
  connection.listen();
  const published = (version) => new Promise((resolve) => (wanted = { version, resolve }));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification('initialized', {});
  let started = performance.now();
  const opened = published(undefined);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - started;
  const editMs = [];
  for (let v = 2; v < 2 + EDITS; v++) {
    // A typo in one course's audience, then mended: findings appear and go, as while typing.
    const edited = v % 2 ? text : text.replace('kurs-7]', 'kurs-77x]');
    started = performance.now();
    const done = published(v);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: edited }] });
    const ds = await done;
    editMs.push(performance.now() - started);
    if ((v % 2 === 0) !== (ds.length === 1)) throw new Error(`version ${v}: ${ds.length} findings`);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  if (first.length !== 0) throw new Error(`the bench plan has findings: ${JSON.stringify(first[0])}`);
  return { openMs, editMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { parsePlan } = await import(pathToFileURL(path.join(root, 'dist/plan/load.js')).href);
const { checkPlan } = await import(pathToFileURL(path.join(root, 'dist/lint/index.js')).href);
const engine = () => {
  const started = performance.now();
  checkPlan(parsePlan(text, 'plans/stor.yaml'), { lang: 'sv' });
  return performance.now() - started;
};
const engineCold = engine();
const engineWarm = median(Array.from({ length: 20 }, engine));

const sessions = [];
for (let i = 0; i < runs; i++) sessions.push(await session());
const open = median(sessions.map((s) => s.openMs));
const edit = median(sessions.flatMap((s) => s.editMs));
const row = (label, ms, target) => `${label.padEnd(62)} ${ms.toFixed(1).padStart(7)} ms${target ? `   (target <= ${target} ms: ${ms <= target ? 'met' : 'NOT met'})` : ''}`;
console.log(`A ${COURSES}-course plan (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB), ${runs} server sessions, ${EDITS} edits each; medians`);
console.log(row('baseline: parsePlan + checkPlan in-process, first call', engineCold));
console.log(row('baseline: parsePlan + checkPlan in-process, warm', engineWarm));
console.log(row('lsp: didOpen -> first diagnostics (fresh server)', open, 300));
console.log(row('lsp: didChange -> diagnostics of that version', edit, 100));
