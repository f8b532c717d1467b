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
  const site = new PreviewSite(out, port, prepare, overlay);
  const server: Server = createServer((req, res) => {
    void site.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end('internal error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  site.port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${site.port}/`,
    port: site.port,
    send: (event, data) => site.events.send(event, data),
    close: () =>
      new Promise<void>((resolve) => {
        site.events.endAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The open pages' event streams, and the last event, which a page opened later needs too. */
class EventStreams {
  private readonly clients = new Set<ServerResponse>();
  private last: { event: string; data: string } | undefined;

  open(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    // A page opened while the plan has errors shows the overlay at once.
    if (this.last?.event === 'errors') res.write(`event: errors\ndata: ${this.last.data}\n\n`);
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  send(event: string, data: unknown): void {
    const payload = JSON.stringify(data ?? null);
    this.last = { event, data: payload };
    for (const c of this.clients) c.write(`event: ${event}\ndata: ${payload}\n\n`);
  }

  endAll(): void {
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

/** Answers one request: the event stream, or a file of OUT that a page of this server asked for. */
class PreviewSite {
  readonly events = new EventStreams();

  /** The port asked for, then the one listened on (0 asks for any). */
  constructor(
    private readonly out: string,
    public port: number,
    private readonly prepare: PrepareFile | undefined,
    private readonly overlay: OverlayWords | undefined,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.refusedCaller(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) return this.events.open(req, res);
    const rel = requestedPath(url.pathname);
    if (rel === undefined) {
      res.writeHead(400).end('bad path');
      return;
    }
    const file = path.resolve(this.out, `.${rel}`);
    if (!isOutputPath(rel) || !(path.extname(rel).toLowerCase() in TYPES) || (file !== this.out && !file.startsWith(this.out + path.sep))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const problem = this.prepare ? await this.prepare(rel) : undefined;
    if (problem) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${problem}\n`);
      return;
    }
    await this.serveFile(res, rel, file);
  }

  /** Not for pages of other sites reaching us under their own name (see preview-access.ts). */
  private refusedCaller(req: IncomingMessage, res: ServerResponse): boolean {
    if (!isLocalHost(req.headers.host, this.port)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(`${this.overlay?.wrongHost ?? ENGLISH.wrongHost}\n`);
      return true;
    }
    if (isCrossSite(req.headers, this.port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(`${this.overlay?.crossSite ?? ENGLISH.crossSite}\n`);
      return true;
    }
    return false;
  }

  private async serveFile(res: ServerResponse, rel: string, file: string): Promise<void> {
    // A symlink out of OUT is as good as missing.
    const real = await realInside(this.out, file);
    const info = real ? await stat(real).catch(() => undefined) : undefined;
    if (!real || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${rel}\n`);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const type = TYPES[ext] ?? imageTypeOfExtension(ext) ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      res.writeHead(200, headers).end(injectReloadScript(await readFile(real, 'utf8'), this.overlay));
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    createReadStream(real).pipe(res);
  }
}

/** The file a URL path names ("/" is its index.html); undefined when it does not decode. */
function requestedPath(pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  return rel.endsWith('/') ? `${rel}index.html` : rel;
}
