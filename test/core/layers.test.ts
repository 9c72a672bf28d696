import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, filesUnder } from '../helpers/fixtures.js';

/** The modules a TypeScript file imports, as written (type imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
}

function tsFilesUnder(folder: string): string[] {
  return filesUnder(join(ROOT, folder))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

describe('layers: Newsdesk is the one door', () => {
  it('finds the files it checks', () => {
    expect(tsFilesUnder('src/core/index').length).toBeGreaterThan(10);
    expect(importsOf('src/core/deskAnnotator.ts')).toContain('./extract/annotateBudget.js');
  });

  it.each([
    'src/core/index',
    'src/core/answer',
    'src/core/text',
    'src/core/extract',
    'src/core/load',
    'src/core/summary',
  ])('nothing under %s imports the facade', (folder) => {
    for (const file of tsFilesUnder(folder))
      expect(importsOf(file), file).not.toContainEqual(expect.stringMatching(/newsdesk\.js$/));
  });

  it('the index never calls extraction: the facade gives it the annotator', () => {
    for (const file of tsFilesUnder('src/core/index')) {
      expect(importsOf(file), file).not.toContainEqual(expect.stringMatching(/\/extract\//));
    }
  });

  it.each(['src/discord', 'src/cli', 'commands'])(
    '%s reaches the index and extraction only through the desk',
    (folder) => {
      for (const file of tsFilesUnder(folder)) {
        expect(importsOf(file), file).not.toContainEqual(expect.stringMatching(/core\/(?:index|extract)\//));
        expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/desk\.index\b/);
      }
    },
  );

  it.each(['src/discord', 'src/cli', 'commands'])(
    '%s asks the desk for summaries, taking only their types',
    (folder) => {
      for (const file of tsFilesUnder(folder)) {
        const text = readFileSync(join(ROOT, file), 'utf8');
        expect(text, file).not.toMatch(/^import\s+\{[^}]*\}\s+from\s+'[^']*core\/summary\/summary\.js'/m);
      }
    },
  );

  it('no renderer parses the question again', () => {
    for (const file of ['src/discord/render.ts', 'src/cli/renderText.ts']) {
      const imports = importsOf(file);
      expect(imports, file).not.toContain('../core/answer/query.js');
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/\b(?:parseQuery|matchedSpans)\b/);
    }
  });
});
