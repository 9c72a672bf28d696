import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFingerprint, fingerprintOf } from '../../../src/core/extract/analysisFingerprint.js';

/** A folder of extractor code and a model file, as the fingerprint reads them. */
function codeTree(): { code: string; model: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-fingerprint-'));
  const code = join(root, 'extract');
  mkdirSync(join(code, 'dates'), { recursive: true });
  writeFileSync(join(code, 'annotate.js'), 'export const a = 1;\n');
  writeFileSync(join(code, 'dates', 'weekday.js'), 'export const w = 2;\n');
  const model = join(root, 'ner.json');
  writeFileSync(model, '{"format":"newsdesk-ner/2","header":{"sha256":"abc"},"weights":[1,2,3]}');
  return { code, model };
}

describe('the fingerprint of the extractors', () => {
  it('is the same for the same code and model', () => {
    const { code, model } = codeTree();
    expect(fingerprintOf([code], model)).toBe(fingerprintOf([code], model));
    expect(analysisFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(analysisFingerprint()).toBe(analysisFingerprint());
  });

  it.each([
    [
      'an edited extractor',
      (code: string) => writeFileSync(join(code, 'dates', 'weekday.js'), 'export const w = 3;\n'),
    ],
    ['a new extractor', (code: string) => writeFileSync(join(code, 'dates', 'season.js'), 'export const s = 1;\n')],
    [
      'a retrained model',
      (_code: string, model: string) =>
        writeFileSync(model, '{"format":"newsdesk-ner/2","header":{"sha256":"abd"},"weights":[1,2,3]}'),
    ],
  ])('changes with %s', (_name, change) => {
    const { code, model } = codeTree();
    const before = fingerprintOf([code], model);
    change(code, model);
    expect(fingerprintOf([code], model)).not.toBe(before);
  });

  it.each([
    ['a source map', 'annotate.js.map'],
    ['a type declaration', 'annotate.d.ts'],
    ['a note', 'README.md'],
  ])('negative: stays the same beside %s', (_name, file) => {
    const { code, model } = codeTree();
    const before = fingerprintOf([code], model);
    writeFileSync(join(code, file), 'anything');
    expect(fingerprintOf([code], model)).toBe(before);
  });
});
