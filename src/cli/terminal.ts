import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ConversationTurn } from '../core/conversation.js';
import { isRealDate } from '../core/load/schema.js';
import { describeLoad } from '../core/load/loadCounts.js';
import { formatProblem } from '../core/load/loadReports.js';
import type { Newsdesk } from '../core/newsdesk.js';
import type { AnswerKind } from '../core/types.js';
import { dropUndefined } from './batch.js';
import { ansiStyle, plainStyle, renderAsk, renderInspect, type TextStyle } from './renderText.js';

const HELP = `Commands:
  /who <topic>       people and organisations involved
  /when <topic>      when it happened
  /quote <topic>     quotations and who said them (speaker:<name> to filter)
  /search <topic>    the best passages
  /ask <question>    any question, routed to who, when, quote or search
  <question>         the same, without the slash; "and when was that?" follows up
  /report <id>       a report's people, dates and quotations
  /status            what is loaded
  /reload            read the reports folder again
  /help, /quit
Options anywhere in a line: from:YYYY-MM-DD to:YYYY-MM-DD limit:N speaker:<name>`;

/** What the terminal remembers between lines: the last answer, for follow-up questions. */
export interface TerminalSession {
  previous?: ConversationTurn;
}

/** One terminal line turned into a reply. Exported for tests; never throws. */
export async function replyTo(
  desk: Newsdesk,
  line: string,
  style: TextStyle = plainStyle,
  session: TerminalSession = {},
): Promise<string> {
  const trimmed = line.trim();
  if (!trimmed) return '';
  const match = /^\/(\w+)\s*([\s\S]*)$/.exec(trimmed);
  try {
    if (!match) {
      // a plain question: routed by what it asks, following up on the last answer
      const { query, options, problem } = splitOptions(trimmed);
      if (problem) return problem;
      const chat = await desk.converse(query, session.previous, options);
      session.previous = chat.turn;
      return renderAsk(chat.result, style);
    }
    const verb = match[1]!.toLowerCase();
    const rest = match[2]!;
    switch (verb) {
      case 'help':
        return HELP;
      case 'status':
        return status(desk);
      case 'reload': {
        const summary = await desk.reload();
        return (
          `Reloaded: ${summary.added.length} added, ${summary.changed.length} changed, ` +
          `${summary.removed.length} removed; ${summary.reports} reports, ${summary.problems.length} skipped.`
        );
      }
      case 'report': {
        const id = rest.trim();
        if (!id) return 'Give a report id: /report <id>';
        const result = (await desk.lookUp(id)) ? desk.inspect(id) : null;
        return result ? renderInspect(result) : `No report with id "${id}".`;
      }
      case 'ask': {
        const { query, options, problem } = splitOptions(rest);
        if (problem) return problem;
        if (!query) return 'Ask a question: /ask <question>';
        const chat = await desk.converse(query, undefined, options);
        session.previous = chat.turn;
        return renderAsk(chat.result, style);
      }
      case 'who':
      case 'when':
      case 'quote':
      case 'search': {
        const { query, options, problem } = splitOptions(rest);
        if (problem) return problem;
        if (!query) return `Give a topic: /${verb} <words>`;
        return renderAsk(await desk.answer(verb as AnswerKind, query, options), style);
      }
      default:
        return `Unknown command /${match[1]}. Type /help.`;
    }
  } catch (error) {
    return `Could not answer that: ${(error as Error).message.split('\n')[0]}`;
  }
}

interface SplitLine {
  query: string;
  options: { from?: string; to?: string; limit?: number; speaker?: string };
  problem?: string;
}

/** "defense minister from:2018-01-01 speaker:Cooper" → the words and the options. */
export function splitOptions(text: string): SplitLine {
  const options: SplitLine['options'] = {};
  let problem: string | undefined;
  const query = text
    .replace(
      /\b(from|to|limit|speaker):(?:"([^"]*)"|(\S+))/gi,
      (_all, key: string, quoted: string | undefined, bare: string | undefined) => {
        const value = (quoted ?? bare ?? '').trim();
        const name = key.toLowerCase();
        if (name === 'limit') {
          const n = Number(value);
          if (!Number.isInteger(n) || n < 1 || n > 25) problem = 'limit: must be a whole number from 1 to 25';
          else options.limit = n;
        } else if (name === 'speaker') {
          options.speaker = value;
        } else if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
          problem = `${name}: must be a date YYYY-MM-DD`;
        } else {
          options[name as 'from' | 'to'] = value;
        }
        return ' ';
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (!problem && options.from && options.to && options.from > options.to)
    problem = 'to: comes before from; swap the dates';
  return { query, options: dropUndefined(options), ...(problem ? { problem } : {}) };
}

function status(desk: Newsdesk): string {
  const load = desk.lastLoad;
  const lines = [
    `${desk.counts().reports} reports, ${desk.counts().passages} passages from ${desk.reportsPath}`,
    `Last load ${desk.loadedAt.toISOString()}: ${describeLoad(load)}`,
  ];
  for (const problem of load.problems.slice(0, 10)) lines.push(`  skipped ${formatProblem(problem)}`);
  if (load.problems.length > 10) lines.push(`  …and ${load.problems.length - 10} more`);
  return lines.join('\n');
}

/** The interactive terminal: one line in, the rendered answer out. */
export async function runTerminal(desk: Newsdesk, input: Readable, output: Writable, tty: boolean): Promise<void> {
  const style = tty ? ansiStyle : plainStyle;
  output.write(`Newsdesk · ${desk.counts().reports} reports loaded. Type /help for commands, /quit to leave.\n`);
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, prompt: 'newsdesk> ' });
  const session: TerminalSession = {};
  if (tty) rl.prompt();
  for await (const line of rl) {
    if (/^\s*\/(?:quit|exit)\s*$/i.test(line)) break;
    const reply = await replyTo(desk, line, style, session);
    if (reply) output.write(`${reply}\n\n`);
    if (tty) rl.prompt();
  }
  rl.close();
}
