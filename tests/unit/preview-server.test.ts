import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/watch/preview-server.js';

/**
 * Issue 16: the preview server answered any Host header (DNS rebinding), served the build cache
 * (with absolute paths) and followed symlinks out of out/.
 */
let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-preview-'));
  const out = path.join(dir, 'out');
  mkdirSync(path.join(out, 'assets'), { recursive: true });
  writeFileSync(path.join(out, 'plan.html'), '<html><body>plan</body></html>');
  writeFileSync(path.join(out, 'assets/style.css'), 'body{}');
  writeFileSync(path.join(out, '.studyplan-cache.json'), JSON.stringify({ plans: { plan: { file: '/home/secret/plan.yaml' } } }));
  writeFileSync(path.join(dir, 'secret.html'), 'SECRET');
  mkdirSync(path.join(dir, 'secrets'));
  writeFileSync(path.join(dir, 'secrets/key.css'), 'SECRET');
  symlinkSync(path.join(dir, 'secret.html'), path.join(out, 'link.html'));
  symlinkSync(path.join(dir, 'secrets'), path.join(out, 'assets/linked'));
  symlinkSync(path.join(out, 'plan.html'), path.join(out, 'inside.html'));
  server = await startPreviewServer(out, 0);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(pathname: string, host = `127.0.0.1:${server.port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('answers 127.0.0.1 and localhost (with its port), refuses any other Host (DNS rebinding)', async () => {
  expect((await get('/plan.html')).status).toBe(200);
  expect((await get('/plan.html', `localhost:${server.port}`)).status).toBe(200);
  expect((await get('/plan.html', 'localhost')).status).toBe(200);
  for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1.evil.example:${server.port}`, `localhost:${server.port + 1}`]) {
    const r = await get('/plan.html', host);
    expect(r.status, host).toBe(421);
    expect(r.body).not.toContain('plan');
  }
  // No Host header at all (HTTP/1.0).
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end('GET /plan.html HTTP/1.0\r\n\r\n'));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  expect(raw).toMatch(/^HTTP\/1\.[01] 421/);
});

test('never serves the build cache or another dot-file', async () => {
  for (const p of ['/.studyplan-cache.json', '/%2Estudyplan-cache.json', '/assets/../.studyplan-cache.json']) {
    const r = await get(p);
    expect(r.status, p).not.toBe(200);
    expect(r.body).not.toContain('/home/secret');
  }
});

test('never follows a symlink out of out/ (a file or a folder); one inside is fine', async () => {
  for (const p of ['/link.html', '/assets/linked/key.css']) {
    const r = await get(p);
    expect(r.status, p).toBe(404);
    expect(r.body).not.toContain('SECRET');
  }
  expect((await get('/inside.html')).status).toBe(200);
  expect((await get('/assets/style.css')).body).toBe('body{}');
});

test("the 421 answer is in the run's language (the watch words of the catalogue), Swedish by default", async () => {
  const { words } = await import('../../src/i18n/index.js');
  const empty = mkdtempSync(path.join(tmpdir(), 'studyplan-preview-sv-'));
  const swedish = await startPreviewServer(empty, 0, undefined, words('sv').watch);
  try {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: swedish.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve(`${res.statusCode} ${text}`));
      });
      req.on('error', reject);
      req.end();
    });
    expect(body).toBe('421 förhandsvisningen svarar bara på 127.0.0.1 och localhost\n');
  } finally {
    await swedish.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
