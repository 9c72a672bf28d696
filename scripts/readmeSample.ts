// npm run readme:sample — writes the README's sample terminal session from what the terminal
// really prints now: the founding report, the questions below, plain (non-TTY) output.
// The block sits between the README's `<!-- sample:start -->` and `<!-- sample:end -->` lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runTerminal } from '../src/cli/terminal.js';
import { Newsdesk } from '../src/core/newsdesk.js';

const ROOT = join(import.meta.dirname, '..');
const FOUNDING = join(ROOT, 'seeds', '000_b2fcb3b7b63d40ff.txt');
const QUESTIONS = ['/who Minister of Defense of Azerbaijan limit:1', '/quote Afghanistan support limit:1'];
const START = '<!-- sample:start -->';
const END = '<!-- sample:end -->';

/** The terminal's replies to `questions`, each after the prompt and the question, as a user sees them. */
export async function sampleSession(questions: string[]): Promise<string> {
  const desk = await Newsdesk.open(FOUNDING, { index: { coldAnnotationChars: Infinity } });
  const parts: string[] = [];
  for (const question of questions) {
    const input = new PassThrough();
    let text = '';
    const output = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    input.end(`${question}\n`);
    await runTerminal(desk, input, output, false);
    const reply = text.split('\n').slice(1).join('\n').trimEnd(); // without the greeting line
    parts.push(`newsdesk> ${question}\n${reply}`);
  }
  return parts.join('\n\n');
}

async function main(): Promise<void> {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const block = `${START}\n\`\`\`\n${await sampleSession(QUESTIONS)}\n\`\`\`\n`;
  writeFileSync(path, readme.slice(0, start) + block + readme.slice(end));
  process.stderr.write('README.md sample session written\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
