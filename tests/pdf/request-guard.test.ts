import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs } from '../../src/pdf/index.js';
import { isInside, RequestGuard } from '../../src/pdf/request-guard.js';
import { CHROMIUM, makeSite, PDF_META, pageTexts, tempDir, tool } from './helpers.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';

describe('RequestGuard.allows', () => {
  let dir: string;
  let guard: RequestGuard;
  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(path.join(dir, 'out', 'fonts'), { recursive: true });
    await mkdir(path.join(dir, 'outside'));
    await writeFile(path.join(dir, 'out', 'a.css'), '');
    await writeFile(path.join(dir, 'out', 'fonts', 'f.woff2'), '');
    await writeFile(path.join(dir, 'outside', 'secret.txt'), 'secret');
    await symlink(path.join(dir, 'outside', 'secret.txt'), path.join(dir, 'out', 'escape.txt'));
    guard = await RequestGuard.create([path.join(dir, 'out')], path.join(dir, 'out', 'plan.html'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const file = (...p: string[]) => pathToFileURL(path.join(dir, ...p)).href;

  it('allows files inside the roots, data: and about:', async () => {
    expect(await guard.allows(file('out', 'a.css'))).toBe(true);
    expect(await guard.allows(file('out', 'fonts', 'f.woff2'))).toBe(true);
    expect(await guard.allows('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(await guard.allows('about:blank')).toBe(true);
  });

  it('refuses the network, files outside the roots, .. escapes and symlinks that point out', async () => {
    expect(await guard.allows('http://127.0.0.1:9/x.png')).toBe(false);
    expect(await guard.allows('https://example.com/x.css')).toBe(false);
    expect(await guard.allows('ws://127.0.0.1:9/')).toBe(false);
    expect(await guard.allows(file('outside', 'secret.txt'))).toBe(false);
    expect(await guard.allows(`${file('out')}/../outside/secret.txt`)).toBe(false);
    expect(await guard.allows(`${file('out')}/%2e%2e/outside/secret.txt`)).toBe(false);
    expect(await guard.allows(file('out', 'escape.txt'))).toBe(false);
    expect(await guard.allows('file:///etc/hostname')).toBe(false);
    expect(await guard.allows('file://server/share/x.css')).toBe(false);
    expect(await guard.allows(file('out', 'missing.css'))).toBe(false);
  });

  it('isInside compares whole path segments', () => {
    expect(isInside('/a/out/x', '/a/out')).toBe(true);
    expect(isInside('/a/out', '/a/out')).toBe(true);
    expect(isInside('/a/outside/x', '/a/out')).toBe(false);
    expect(isInside('/a/out/..x/y', '/a/out')).toBe(true);
  });
});

describe('printing a page that asks for remote and outside files (real Chromium)', () => {
  let dir: string;
  let server: Server;
  const hits: string[] = [];
  let connections = 0;

  beforeAll(async () => {
    dir = await tempDir();
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the page while the loopback server gets no request and nothing outside the roots is read', async () => {
    const port = String((server.address() as AddressInfo).port);
    const out = path.join(dir, 'out');
    const html = await makeSite(out, 'remote.html', { __PORT__: port });
    await mkdir(path.join(dir, 'outside'));
    // A real PNG, so that a leak would show as a picture and as a request that succeeded.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await writeFile(path.join(dir, 'outside', 'secret.png'), png);
    await symlink(path.join(dir, 'outside', 'secret.png'), path.join(out, 'link.png'));

    const [result] = await printPdfs([{ name: 'remote', htmlFile: html, meta: PDF_META, pageSize: 'A4', page: FALLBACK_PAGE, assetRoots: [out] }], { chrome: CHROMIUM });
    expect(result?.ok, JSON.stringify(result?.error)).toBe(true);
    expect(hits).toEqual([]);
    expect(connections).toBe(0);
    const blocked = result?.blocked ?? [];
    expect(blocked.some((u) => u.startsWith(`http://127.0.0.1:${port}/x.png`))).toBe(true);
    expect(blocked.some((u) => u.startsWith(`http://127.0.0.1:${port}/remote.css`))).toBe(true);
    expect(blocked).toContain('https://example.invalid/y.png');
    expect(blocked).toContain(pathToFileURL(path.join(dir, 'outside', 'secret.png')).href);
    expect(blocked).toContain(pathToFileURL(path.join(out, 'link.png')).href);
    expect(blocked).toContain('file:///etc/hostname');
    expect(blocked.some((u) => u.endsWith('/style.css') && u.startsWith('file:'))).toBe(false);

    const pdf = path.join(dir, 'remote.pdf');
    await writeFile(pdf, result!.bytes!);
    expect(pageTexts(pdf).join('\n')).toContain('Sidan får bara läsa sina egna filer');
    // The secret is a 1x1 picture; what Chromium draws for refused images (broken-image icons) is larger.
    const sizes = tool('pdfimages', ['-list', pdf])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((row) => row.trim().split(/\s+/).slice(3, 5).join('x'));
    expect(sizes).not.toContain('1x1');
  });
});
