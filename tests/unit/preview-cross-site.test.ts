import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { words } from '../../src/i18n/index.js';
import { startPreviewServer, type PreviewServer } from '../../src/watch/preview-server.js';

/**
 * Issue 28: the preview server checked the Host header only, so a page of any site the user had
 * open could load the built PDFs and pages with a link, an <img> or fetch() to 127.0.0.1. A
 * request another site made (Sec-Fetch-Site cross-site or same-site, or an Origin that is not the
 * preview's own) is refused with 403, in the run's language.
 */
let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-preview-site-'));
  writeFileSync(path.join(dir, 'plan.pdf'), '%PDF-1.7 secret plan');
  server = await startPreviewServer(dir, 0, undefined, words('sv').watch);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/plan.pdf', headers: { host: `127.0.0.1:${server.port}`, ...headers }, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test.each([
  { 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site' },
  { origin: 'https://evil.example' },
  { origin: 'null' },
  { origin: 'http://127.0.0.1:1' },
  { origin: 'http://localhost' },
  { 'sec-fetch-site': 'cross-site', origin: 'http://127.0.0.1:PORT' },
])('refused: %j', async (headers) => {
  const r = await get(Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(server.port))])));
  expect(r.status).toBe(403);
  expect(r.body).toBe('förhandsvisningen svarar inte på förfrågningar från andra webbplatser; öppna adressen från terminalen\n');
});

test.each([{}, { 'sec-fetch-site': 'none' }, { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:PORT' }, { origin: 'http://localhost:PORT' }])('served: %j', async (headers) => {
  const r = await get(Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(server.port))])));
  expect(r.status).toBe(200);
  expect(r.body).toContain('secret plan');
});
