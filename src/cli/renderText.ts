import { markSpans } from '../core/answer/highlight.js';
import { sourceParts } from '../core/answer/sourceLine.js';
import type { InspectResult } from '../core/newsdesk.js';
import type { Answer, AskResult } from '../core/types.js';

const NOTHING: Record<AskResult['command'], string> = {
  who: 'No people or organisations found for that. Try fewer or other words, or /search.',
  when: 'No dates found for that. Try fewer or other words, or /search.',
  quote: 'No quotations found for that. Try a speaker name or other words.',
  search: 'No passages match that. Try fewer or other words.',
};

export interface TextStyle {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

export const plainStyle: TextStyle = { bold: (s) => `**${s}**`, dim: (s) => s };
export const ansiStyle: TextStyle = { bold: (s) => `\u001b[1m${s}\u001b[22m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/**
 * An answer list as terminal text, each answer compact and in the order of the bot's embeds:
 * the answer, the one passage that supports it with the matched words bold, and one line
 * with the report title (when it is not the passage itself), date, id and the answer's place.
 */
export function renderAsk(result: AskResult, style: TextStyle = plainStyle): string {
  if (result.answers.length === 0) return nothingFound(result, style);
  const blocks = result.answers.map((answer, i) =>
    renderAnswer(result.command, answer, style, `${i + 1} of ${result.total}`),
  );
  return blocks.join('\n\n');
}

/** No answer; when the ranker was not confident enough, the passages closest to the question. */
function nothingFound(result: AskResult, style: TextStyle): string {
  const closest = result.nothingFound?.closest ?? [];
  if (!closest.length) return NOTHING[result.command];
  const lines = closest.map((c) => `  > ${c.passage}\n  ${style.dim(`${c.reportId} · ${c.reportDate ?? 'undated'}`)}`);
  return ['Nothing found in the reports for that. The closest passages:', ...lines].join('\n');
}

/** What a when-answer with no calendar value is, said after its words. */
const UNDATED = { period: 'a named period', event: 'told by an event' } as const;

export function headline(command: AskResult['command'], answer: Answer): string {
  switch (command) {
    case 'who':
      // a group phrase or an untyped name has no entity type to show
      return `${answer.text}${answer.role ? ` — ${answer.role}` : ''}${answer.type ? ` (${answer.type})` : ''}`;
    case 'when':
      if (answer.duration) return `“${answer.text}” (a length of time, ${answer.duration})`;
      if (answer.repeats) return `“${answer.text}” (repeats, ${answer.repeats})`;
      if (!answer.date)
        return `“${answer.text}” (${answer.undated ? UNDATED[answer.undated] : 'the report gives no date'})`;
      if (answer.byReportDate) return `by ${answer.date} — “${answer.text}” (the report's date)`;
      return `${isoRange(answer.date, answer.until)} — “${answer.text}”${precisionNote(answer.precision)}`;
    case 'quote':
      return `“${answer.text}” — ${answer.speaker ?? 'unattributed'}${quotingNote(answer.quoting)}`;
    case 'search':
      return `Passage (score ${answer.score})`;
  }
}

/** "2018-12-04", or "2018-12-04/2018-12-06" when there is an end date. */
function isoRange(date: string | undefined, until: string | undefined): string {
  return `${date}${until ? `/${until}` : ''}`;
}

/** " (month)" for answers less precise than a day, nothing for a day or no precision. */
function precisionNote(precision: Answer['precision']): string {
  return precision && precision !== 'day' ? ` (${precision})` : '';
}

/** ", quoting X" when the speaker was quoting someone else. */
function quotingNote(quoting: string | null | undefined): string {
  return quoting ? `, quoting ${quoting}` : '';
}

function renderAnswer(command: AskResult['command'], answer: Answer, style: TextStyle, place: string): string {
  const lines = [style.bold(headline(command, answer))];
  const citation = answer.citations[0];
  if (citation) lines.push(`  > ${markSpans(citation.passage, citation.matches, style.bold)}`);
  const source = citation ? sourceParts(citation) : [];
  lines.push(style.dim(`  ${[...source, place].join(' · ')}`));
  return lines.join('\n');
}

/** A report's annotations as a short terminal listing. */
export function renderInspect(result: InspectResult): string {
  const lines = [
    `${result.report.title}`,
    `${result.report.id} · ${result.report.date ?? 'undated'} · ${result.report.file}`,
    '',
  ];
  const people = unique(result.entities.map((e) => `${e.text} (${e.type}${e.role ? `, ${e.role}` : ''})`));
  lines.push(`Entities: ${people.join('; ') || 'none'}`);
  const dates = unique(result.dates.map((d) => `${d.text} → ${isoRange(d.value, d.until)}`));
  lines.push(`Dates: ${dates.join('; ') || 'none'}`);
  for (const q of result.quotes) lines.push(`Quote: “${q.text}” — ${q.speaker ?? 'unattributed'}`);
  return lines.join('\n');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
