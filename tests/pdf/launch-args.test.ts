import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, CHROMIUM_FLAGS } from '../../src/pdf/launch-browser.js';

describe('chromiumArgs', () => {
  const args = chromiumArgs('/tmp/x/p', false);

  it('asks for tagged PDFs with an outline and the sRGB profile, headless, over a pipe and no port', () => {
    for (const flag of ['--export-tagged-pdf', '--generate-pdf-document-outline', '--force-color-profile=srgb', '--headless=new', '--remote-debugging-pipe', '--user-data-dir=/tmp/x/p'])
      expect(args).toContain(flag);
    expect(args.some((a) => a.startsWith('--remote-debugging-port'))).toBe(false);
    expect(args.at(-1)).toBe('about:blank');
  });

  it('keeps our flags and merges the disabled features into one flag', () => {
    for (const flag of CHROMIUM_FLAGS.filter((f) => !f.startsWith('--disable-features='))) expect(args).toContain(flag);
    const disabled = args.filter((a) => a.startsWith('--disable-features='));
    expect(disabled).toHaveLength(1);
    const features = disabled[0]!.slice('--disable-features='.length).split(',');
    expect(features).toEqual(expect.arrayContaining(['Translate', 'MediaRouter', 'OptimizationHints', 'AcceptCHFrame']));
    expect(new Set(features).size).toBe(features.length);
  });

  it("has every flag puppeteer's own launch would pass (the copy follows a puppeteer upgrade)", () => {
    const features = (list: string[]) => list.filter((a) => a.startsWith('--disable-features=')).flatMap((a) => a.slice('--disable-features='.length).split(','));
    const theirs = puppeteer.defaultArgs({ headless: true });
    expect(theirs.filter((a) => !a.startsWith('--disable-features=') && !args.includes(a))).toEqual([]);
    expect(features(args)).toEqual(expect.arrayContaining(features(theirs)));
  });

  it('starts Chromium so that nothing leaves it by any protocol (issue 16): no host resolved, no DNS prefetch, every connection to a proxy that is not there, WebRTC without UDP', () => {
    for (const flag of [
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--dns-prefetch-disable',
      '--proxy-server=127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    ])
      expect(args).toContain(flag);
  });

  it('adds --no-sandbox only as root', () => {
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs('/tmp/x/p', true)).toContain('--no-sandbox');
  });
});
