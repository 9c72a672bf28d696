// npm run readme:sample — writes the README's sample terminal session from what the terminal
// really prints now: the founding report, the questions below, plain (non-TTY) output.
// The block sits between the README's `<!-- sample:start -->` and `<!-- sample:end -->` lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runTerminal } from '../src/cli/terminal.js';
import { Newsdesk } from '../src/core/newsdesk.js';
import { renderAnswerPage } from '../src/discord/render.js';

const ROOT = join(import.meta.dirname, '..');
const FOUNDING = join(ROOT, 'seeds', '000_b2fcb3b7b63d40ff.txt');
export const QUESTIONS = ['/who Minister of Defense of Azerbaijan limit:1', '/quote Afghanistan support limit:1'];
const START = '<!-- sample:start -->';
const END = '<!-- sample:end -->';
const EMBED_START = '<!-- embed:start -->';
const EMBED_END = '<!-- embed:end -->';
export const EMBED_QUESTION = 'Minister of Defense of Azerbaijan';

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

/** The bot's first `/who` embed for the same question, laid out as text: author, title, description, footer, buttons. */
export async function sampleEmbed(question: string): Promise<string> {
  const desk = await Newsdesk.open(FOUNDING, { index: { coldAnnotationChars: Infinity } });
  const reply = renderAnswerPage(desk.ask('who', question, { limit: 25 }), 0);
  const embed = reply.embeds?.[0];
  if (!embed) throw new Error(`no answer to /who ${question}`);
  const buttons = (reply.components ?? [])
    .flatMap((row) => row.components)
    .map((b) => `[${('label' in b && b.label) || ('emoji' in b && b.emoji?.name) || ''}]`);
  return [embed.author?.name, `# ${embed.title}`, embed.description, `${embed.footer?.text}   ${buttons.join(' ')}`]
    .filter(Boolean)
    .join('\n');
}

/** Replaces what stands between `start` and `end` in `text` with a fenced block. */
function replaceBlock(text: string, start: string, end: string, content: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from)}${start}\n\`\`\`\n${content}\n\`\`\`\n${text.slice(to)}`;
}

async function main(): Promise<void> {
  const path = join(ROOT, 'README.md');
  let readme = readFileSync(path, 'utf8');
  readme = replaceBlock(readme, START, END, await sampleSession(QUESTIONS));
  readme = replaceBlock(readme, EMBED_START, EMBED_END, await sampleEmbed(EMBED_QUESTION));
  writeFileSync(path, readme);
  process.stderr.write('README.md sample session and embed written\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
