import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPlanWithAssets } from '../../src/lint/check-plan.js';
import { picturesKey } from '../../src/pipeline/html-stage.js';
import { pngDeclaring } from '../helpers/images.js';
import { parsePlan } from '../../src/plan/load.js';
import { planImagePaths } from '../../src/plan/plan-images.js';

const pathsOf = (text: string) => planImagePaths(parsePlan(text, 'plan.yaml').data);

describe("a plan's images, from the parsed plan", () => {
  test('in block and flow style, wherever a list of images stands, and the brand files, each once', () => {
    const text = `title: T
brand: {logo: assets/logo.svg, coverImage: "assets/omslag.jpg"}
sections:
  - kind: prose
    title: P
    images: [{src: bilder/a.png, alt: A}, {src: 'bilder/b.png', alt: B}]
  - kind: courses
    title: K
    courses:
      - id: k
        title: K
        images:
          - src: bilder/c.png # a comment
            alt: C
          - {src: bilder/a.png, alt: again}
`;
    expect(pathsOf(text)).toEqual(['bilder/a.png', 'bilder/b.png', 'bilder/c.png', 'assets/logo.svg', 'assets/omslag.jpg']);
  });

  test('a line "src: …" inside a text is text, not an image; a plan that is no mapping names none', () => {
    const text = 'title: T\nsections:\n  - kind: prose\n    title: P\n    text: |\n      Bilden:\n      src: /dev/zero\n      logo: /dev/zero\n';
    expect(pathsOf(text)).toEqual([]);
    expect(pathsOf('- src: a.png\n')).toEqual([]);
    expect(planImagePaths(undefined)).toEqual([]);
  });
});

// mkfifo and /dev/zero are POSIX's.
describe.skipIf(process.platform === 'win32')("the images' cache key", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'studyplan-images-key-'));
    mkdirSync(path.join(dir, 'bilder'));
    execFileSync('mkfifo', [path.join(dir, 'bilder', 'fifo.png')]);
    symlinkSync('/dev/zero', path.join(dir, 'bilder', 'zero.png'));
    mkdirSync(path.join(dir, 'bilder', 'mapp.png'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The key is made of what the check's asset loader read, each picture once. A FIFO would wait
  // for a writer and /dev/zero never ends: the loader refuses them unread, and the key still
  // follows the one readable picture.
  const keyOf = (srcs: string[]) => {
    const images = srcs.map((src) => `      - {src: ${src}, alt: A}`).join('\n');
    const text = `title: T\npublisher: {name: P}\nsections:\n  - kind: prose\n    title: P\n${srcs.length ? `    images:\n${images}\n` : ''}`;
    const checked = checkPlanWithAssets(parsePlan(text, path.join(dir, 'plan.yaml')), { assets: { planDir: dir, projectRoot: dir } });
    return { key: picturesKey(checked.assets), refused: checked.diagnostics.filter((d) => d.ruleId === 'plan/image-file').length };
  };
  test('reads regular files only: a FIFO, a device and a folder are refused unread, at once', { timeout: 5000 }, () => {
    const all = ['bilder/fifo.png', 'bilder/zero.png', 'bilder/mapp.png', 'bilder/saknas.png', 'bilder/a.png'];
    writeFileSync(path.join(dir, 'bilder', 'a.png'), pngDeclaring(1, 1));
    const first = keyOf(all);
    expect(first.key).toMatch(/^[0-9a-f]{32}$/);
    expect(first.refused).toBe(4);
    writeFileSync(path.join(dir, 'bilder', 'a.png'), pngDeclaring(2, 2));
    expect(keyOf(all).key).not.toBe(first.key);
    expect(keyOf([]).key).toBe('');
  });
});
