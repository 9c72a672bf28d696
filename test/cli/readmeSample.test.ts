import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_QUESTION, QUESTIONS, sampleEmbed, sampleSession } from '../../scripts/readmeSample.js';
import { ROOT } from '../helpers/fixtures.js';

/** The fenced block between two marker lines of the README. */
function block(readme: string, name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- ${name}:end -->`).exec(
    readme,
  );
  if (!match) throw new Error(`README.md has no ${name} block`);
  return match[1]!;
}

describe('README samples', () => {
  it('are what the terminal and the embed print now (npm run readme:sample writes them)', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(block(readme, 'sample')).toBe(await sampleSession(QUESTIONS));
    expect(block(readme, 'embed')).toBe(await sampleEmbed(EMBED_QUESTION));
  }, 60_000);
});
