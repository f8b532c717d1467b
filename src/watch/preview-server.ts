import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { imageTypeOfExtension } from '../assets/media-types.js';
import { isCrossSite, isLocalHost, isOutputPath, realInside } from './preview-access.js';
import { ENGLISH, EVENTS_PATH, injectReloadScript, type OverlayWords } from './reload-client.js';

/** The types of the files OUT holds besides pictures (those are the asset loader's one table, assets/media-types.ts). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface PreviewServer {
  url: string;
  port: number;
  /** Sends a server-sent event to every open page. */
  send(event: 'reload' | 'ok' | 'errors', data?: unknown): void;
  close(): Promise<void>;
}

/**
 * Brings a requested file up to date before it is served (a PDF printed on request); resolves to
 * a message when that failed.
 */
export type PrepareFile = (rel: string) => Promise<string | undefined>;

/** Serves OUT on 127.0.0.1 only; HTML pages get the reload script on the way out. */
export async function startPreviewServer(out: string, port = 0, prepare?: PrepareFile, overlay?: OverlayWords): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let last: { event: string; data: string } | undefined;
  let actual = port;
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end('internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Not for pages of other sites reaching us under their own name (see preview-access.ts).
    if (!isLocalHost(req.headers.host, actual)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(`${overlay?.wrongHost ?? ENGLISH.wrongHost}\n`);
      return;
    }
    if (isCrossSite(req.headers, actual)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(`${overlay?.crossSite ?? ENGLISH.crossSite}\n`);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      // A page opened while the plan has errors shows the overlay at once.
      if (last?.event === 'errors') res.write(`event: errors\ndata: ${last.data}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(out, `.${rel}`);
    if (!isOutputPath(rel) || !(path.extname(rel).toLowerCase() in TYPES) || (file !== out && !file.startsWith(out + path.sep))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const problem = prepare ? await prepare(rel) : undefined;
    if (problem) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${problem}\n`);
      return;
    }
    // A symlink out of OUT is as good as missing.
    const real = await realInside(out, file);
    const info = real ? await stat(real).catch(() => undefined) : undefined;
    if (!real || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${rel}\n`);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const type = TYPES[ext] ?? imageTypeOfExtension(ext) ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      res.writeHead(200, headers).end(injectReloadScript(await readFile(real, 'utf8'), overlay));
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    createReadStream(real).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    send(event, data) {
      const payload = JSON.stringify(data ?? null);
      last = { event, data: payload };
      for (const c of clients) c.write(`event: ${event}\ndata: ${payload}\n\n`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
