// The template and config half of `npm run fuzz` (issue 16): mutated template.json, layout,
// partials, labels, style.css and studyplan.config.yaml, each built to HTML through the compiled
// library (dist/) in a sandbox. Properties: the build resolves or refuses with a RunError (never
// another exception: a crash), nothing is written outside the sandbox's out/ (every other path and
// a sentinel beside the project unchanged), and a loopback TCP and UDP server hear nothing (the
// mutations point templates at them; PDF cases, with --pdf-runs, print with real Chromium).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

/** Snippets a hostile template author would try, besides the generic mutations. */
function hostileSnippets(tcp, udp) {
  return [
    `<script>fetch('http://127.0.0.1:${tcp}/s');new RTCPeerConnection({iceServers:[{urls:'stun:127.0.0.1:${udp}'}]}).createOffer()</script>`,
    `<img src="http://127.0.0.1:${tcp}/img">`,
    `<link rel="stylesheet" href="http://127.0.0.1:${tcp}/c.css">`,
    `<iframe src="file:///etc/passwd"></iframe>`,
    `url(http://127.0.0.1:${tcp}/u)`,
    `@import "http://127.0.0.1:${tcp}/i.css";`,
    `url(../../outside/sentinel)`,
    `url(/etc/passwd)`,
    `\\75rl(http://127.0.0.1:${tcp}/e)`,
    `{{> ../../outside/x}}`,
    `{{log "fuzz"}}`,
    `{{lookup this "constructor"}}`,
    `{{#each (lookup this "__proto__")}}x{{/each}}`,
    `{{{title}}}`,
    `{{nosuchhelper title}}`,
    `{{#if}}`,
    `{{`,
    `}}`,
    `"fonts": ["../../outside/sentinel"],`,
    `"fonts": ["/etc/passwd.css"],`,
    `"name": "../../x",`,
    `"pageSize": "A3",`,
    `"defaultLanguage": "xx",`,
    '"__proto__": {"polluted": 1},',
    `out: ../outside`,
    `out: /`,
    `template: ../outside`,
    `plans: ../../`,
    `lang: xx`,
    `rules: {plan/x: error}`,
    `\u0000`,
    `\u001b[2J`,
    '\uFEFF',
    "'",
    '"',
    '{',
    '[',
  ];
}

export async function fuzzTemplates({ root, runs, pdfRuns, seed, mutations }) {
  const { applyMutations, mutationArbitrary } = mutations;
  const dist = (f) => import(pathToFileURL(path.join(root, 'dist', f)).href);
  const [{ build }, { isRunError }, { loadProject }] = await Promise.all([dist('pipeline/build.js'), dist('errors/run-error.js'), dist('project/config.js')]);

  const heard = [];
  const tcpServer = createServer((s) => {
    heard.push('tcp');
    s.on('error', () => undefined);
    s.destroy();
  });
  await new Promise((resolve) => tcpServer.listen(0, '127.0.0.1', resolve));
  const udpServer = createSocket('udp4');
  udpServer.on('message', () => heard.push('udp'));
  await new Promise((resolve) => udpServer.bind(0, '127.0.0.1', resolve));
  const snippets = hostileSnippets(tcpServer.address().port, udpServer.address().port);

  const sandbox = mkdtempSync(path.join(tmpdir(), 'studyplan-fuzz-tpl-'));
  const project = path.join(sandbox, 'project');
  mkdirSync(path.join(project, 'plans'), { recursive: true });
  mkdirSync(path.join(sandbox, 'outside'));
  writeFileSync(path.join(sandbox, 'outside/sentinel'), 'sentinel');
  cpSync(path.join(root, 'tests/fixtures/valid/calendar.yaml'), path.join(project, 'plans/plan.yaml'));
  cpSync(path.join(root, 'templates/booklet'), path.join(project, 'tpl'), { recursive: true });
  writeFileSync(
    path.join(project, 'studyplan.config.yaml'),
    'plans: plans\nout: out\ntemplate: tpl\nformats: [html]\nlang: sv\nrules:\n  plan/placeholder-text: error\noverrides:\n  - files: ["plans/*.yaml"]\n    rules:\n      plan/course-without-audience: off\n',
  );
  const targets = [
    'tpl/template.json',
    'tpl/layout.hbs',
    'tpl/index.hbs',
    'tpl/style.css',
    'tpl/labels/sv.json',
    ...readdirSync(path.join(project, 'tpl/partials')).map((f) => `tpl/partials/${f}`),
    'studyplan.config.yaml',
  ];
  const originals = new Map(targets.map((t) => [t, readFileSync(path.join(project, t))]));

  /** Every path in the sandbox but out/, with its size and content for the sentinel. */
  const listing = () => {
    const found = [];
    const walk = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (p === path.join(project, 'out')) continue;
        found.push(path.relative(sandbox, p));
        if (e.isDirectory()) walk(p);
      }
    };
    walk(sandbox);
    return `${found.sort().join('\n')}\n${readFileSync(path.join(sandbox, 'outside/sentinel'), 'utf8')}`;
  };
  const baseline = listing();

  let cases = 0;
  let refused = 0;
  let built = 0;
  let slowest = 0;
  const started = performance.now();
  const caseArbitrary = fc.record({
    target: fc.nat(targets.length - 1),
    mutations: fc.array(mutationArbitrary, { minLength: 0, maxLength: 3 }),
    hostile: fc.option(fc.record({ snippet: fc.nat(snippets.length - 1), at: fc.nat() }), { nil: undefined }),
  });
  let pdfCases = 0;
  const details = await fc.check(
    fc.asyncProperty(caseArbitrary, async ({ target, mutations: m, hostile }) => {
      cases++;
      const rel = targets[target];
      let text = applyMutations(originals.get(rel).toString('utf8'), m);
      if (hostile && typeof text === 'string') {
        const at = hostile.at % (text.length + 1);
        text = `${text.slice(0, at)}${snippets[hostile.snippet]}${text.slice(at)}`;
      }
      writeFileSync(path.join(project, rel), text);
      // The first cases also print (a browser per build costs seconds): HTML only after that.
      const formats = pdfCases < pdfRuns ? ['html', 'pdf'] : ['html'];
      if (formats.length === 2) pdfCases++;
      const t = performance.now();
      try {
        // The config loader sees the mutated config; the build gets out/ and tpl/ as the CLI would.
        const { lint } = await loadProject(project, { lang: 'en' });
        await build(['plans/'], { cwd: project, out: 'out', template: 'tpl', formats, force: true, lint: { config: lint }, chrome: process.env.CHROMIUM ?? '/usr/bin/chromium' });
        built++;
      } catch (e) {
        if (!isRunError(e)) throw new Error(`${rel}: not a RunError: ${e?.stack ?? e}`, { cause: e });
        refused++;
        if (process.env.FUZZ_VERBOSE) console.error(`${rel}: ${e.message}`);
      } finally {
        slowest = Math.max(slowest, performance.now() - t);
        writeFileSync(path.join(project, rel), originals.get(rel));
      }
      const now = listing();
      if (now !== baseline) throw new Error(`${rel}: the sandbox outside out/ changed:\n${now}`);
      if (heard.length) throw new Error(`${rel}: a loopback server was reached (${heard.join(', ')})`);
    }),
    // No shrinking: each case is a build (tens of milliseconds to seconds); the failing case is printed as it is.
    { numRuns: runs, seed, endOnFailure: true },
  );
  // A late packet (a beacon) would still count.
  await new Promise((resolve) => setTimeout(resolve, 500));
  tcpServer.close();
  udpServer.close();
  rmSync(sandbox, { recursive: true, force: true });
  const seconds = (performance.now() - started) / 1000;
  return { cases, built, refused, pdf: pdfCases, seconds, slowest, heard: heard.length, details };
}
