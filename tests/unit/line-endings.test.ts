import { describe, expect, test } from 'vitest';
import { lf } from '../../src/workflow/new-plan.js';

describe('generated files have LF line endings', () => {
  test('CRLF and lone CR (a Windows checkout of studyplan) become LF; LF stays', () => {
    expect(lf('title: x\r\nperiod:\r\n  year: 2027\r\n')).toBe('title: x\nperiod:\n  year: 2027\n');
    expect(lf('a\rb\n')).toBe('a\nb\n');
    expect(lf('å\nä\n')).toBe('å\nä\n');
  });
});
