import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * Decides what a page being printed may load: data: and about: URLs, and file: URLs whose real
 * path (symlinks resolved) lies inside one of the asset roots. Everything else (http, https,
 * ws, files elsewhere, `..` escapes) is refused, so a plan cannot pull in remote content or
 * read files beside the output.
 */
export class RequestGuard {
  readonly blocked: string[] = [];

  private constructor(private readonly roots: string[]) {}

  static async create(assetRoots: readonly string[], htmlFile: string): Promise<RequestGuard> {
    const roots = await Promise.all([...assetRoots, path.dirname(htmlFile)].map((r) => realpath(path.resolve(r)).catch(() => path.resolve(r))));
    return new RequestGuard([...new Set(roots)]);
  }

  async allows(url: string): Promise<boolean> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
    let real: string;
    try {
      real = await realpath(fileURLToPath(parsed));
    } catch {
      return false; // missing file: nothing to load, and no reason to ask the file system further
    }
    return this.roots.some((root) => isInside(real, root));
  }

  /**
   * Turns on request interception for the page and applies this policy to every request, until
   * the function it returns is called (a page printed again gets the next plan's guard).
   */
  async attach(page: Page): Promise<() => void> {
    await page.setRequestInterception(true);
    const handler = (request: HTTPRequest): void => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      this.allows(url)
        .then(
          (ok) => {
            if (ok) return request.continue();
            this.blocked.push(url);
            return request.abort('blockedbyclient');
          },
          () => request.abort('blockedbyclient'),
        )
        .catch(() => undefined); // the page may be gone already
    };
    page.on('request', handler);
    return () => void page.off('request', handler);
  }
}

/** FILE is ROOT or below it. On Windows (path.win32) letter case does not matter and another drive is outside. */
export function isInside(file: string, root: string, p: path.PlatformPath = path): boolean {
  const rel = p.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel));
}
