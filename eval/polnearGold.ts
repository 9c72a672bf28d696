// PolNeAR gold for the quotation eval: direct quotes with a named speaker, their marked pieces and the
// speaker's full name, and the stratified seeded sample the quick mode scores.
import { readJsonl } from './data.js';
import { partOf, type Part } from './split.js';
import { seededRandom } from '../src/core/text/seededRandom.js';

export interface PolnearArticle {
  id: string;
  date: string;
  text: string;
  publisher: string;
}

interface Attribution {
  article_id: string;
  primary: boolean;
  type: string;
  source: { text: string; spans: number[][] } | null;
  cue: { text: string; spans: number[][] } | null;
  content: Array<{ text: string; spans: number[][] }>;
  direct_quote: boolean;
}

/** One attributed direct quotation of the gold, with a named speaker. */
export interface GoldQuote {
  articleId: string;
  part: Part;
  /** The content pieces as annotated, [start, end) into the article text. */
  pieces: Array<{ start: number; end: number }>;
  /** The pieces inside their quote marks: what an exact extraction gives. */
  marked: Array<{ start: number; end: number }>;
  /** The speaker as annotated ("Sen. Ted Cruz (R-Texas)", "Cooper"). */
  speaker: string;
  /** The speaker's full name in the article ("Ted Cruz", "Laura Cooper"). */
  fullName: string;
  /** Offset of the speaker span. */
  speakerStart: number;
}

const MARKS = new Set(['“', '”', '"']);
const PRONOUN = /^(?:he|she|they|it|i|we|you|him|her|them|who|this|that|said)$/i;
const NOT_A_NAME_START = /^(?:The|A|An|One|Another|His|Her|Their|Some|Many|Most|Both|Several|Two|Three|Other|Its)$/;
/** Titles and labels that come before a name and are not part of it. */
const TITLES = new Set(
  (
    'mr mrs ms dr sen senator rep representative gov governor gen general lt col prof rev sgt capt president ' +
    'vice former chairman chairwoman chair secretary speaker leader mayor judge justice attorney candidate ' +
    'republican republicans democrat democrats democratic gop presidential nominee sheriff chief director ' +
    'sens reps ambassador minister prime pastor father sister brother u.s. us state house senate alderman spokesman ' +
    'spokeswoman adviser advisor manager press university party council committee campaign court supreme ' +
    'ceo chancellor counsel editor center host'
  ).split(' '),
);

/** Words that open a sentence before a name ("But Cooper said"). */
const SENTENCE_OPENERS = new Set(
  'but as when although because for without both the a an neither if and so while after before in on at then does'.split(
    ' ',
  ),
);

/** Primary direct-quote attributions with a named source, by article. */
export function loadGold(articles: Map<string, PolnearArticle>): GoldQuote[] {
  const attributions = readJsonl<Attribution>('dev/polnear_attributions.jsonl').filter(
    (a) => a.primary && a.type === 'Attribution' && a.source !== null && articles.has(a.article_id),
  ) as Array<Attribution & { source: { text: string; spans: number[][] } }>;
  const sourcesByArticle = new Map<string, Array<{ name: string; at: number }>>();
  for (const a of attributions) {
    const name = nameOf(a.source.text);
    const list = sourcesByArticle.get(a.article_id) ?? [];
    if (name.includes(' ')) list.push({ name, at: a.source.spans[0]?.[0] ?? 0 });
    sourcesByArticle.set(a.article_id, list);
  }
  const gold: GoldQuote[] = [];
  for (const a of attributions) {
    if (!a.direct_quote || !isNamed(a.source.text)) continue;
    const text = articles.get(a.article_id)!.text;
    const pieces = a.content.flatMap((c) => c.spans.map(([start, end]) => ({ start: start!, end: end! })));
    if (pieces.length === 0) continue;
    const speakerStart = a.source.spans[0]?.[0] ?? 0;
    const name = nameOf(a.source.text);
    gold.push({
      articleId: a.article_id,
      part: partOf(a.article_id),
      pieces,
      marked: pieces.map((p) => markedPart(text, p)).filter((p): p is { start: number; end: number } => p !== null),
      speaker: a.source.text,
      fullName: name.includes(' ')
        ? name
        : fullNameFor(name, speakerStart, sourcesByArticle.get(a.article_id) ?? [], text),
      speakerStart,
    });
  }
  return gold;
}

/** A speaker span that names someone: not a pronoun, not "the spokesman". */
export function isNamed(speaker: string): boolean {
  const trimmed = speaker.trim();
  const first = trimmed.split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(trimmed) && !PRONOUN.test(trimmed) && !NOT_A_NAME_START.test(first);
}

/** "panel Chairman Rep. Jason Chaffetz (R-Utah)" → "Jason Chaffetz"; "Trump’s" → "Trump". */
export function nameOf(speaker: string): string {
  const clause = speaker
    .replace(/\([^)]*\)/g, ' ')
    .split(/,/)[0]!
    .replace(/[’']s\b/g, '');
  const segments = clause.split(/\s(?:of|from|at|who|with)\s/);
  for (const segment of segments) {
    const name = nameInSegment(segment.trim());
    if (name && !TITLES.has(name.toLowerCase().replace(/\.$/, ''))) return name;
  }
  return nameInSegment(segments[0]!.trim());
}

/** The last run of capitalised words of a segment, without the titles that lead it. */
function nameInSegment(segment: string): string {
  const words = segment.split(/\s+/);
  let runEnd = words.length;
  while (runEnd > 0 && !isNameWord(words[runEnd - 1]!)) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && isNameWord(words[runStart - 1]!)) runStart--;
  const run = words.slice(runStart, runEnd).filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w));
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) if (TITLES.has(run[i]!.toLowerCase().replace(/\.$/, ''))) last = i;
  return run
    .slice(last + 1)
    .join(' ')
    .replace(/[.,:;]+$/, '');
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The fuller name the article gives a lone surname: among the annotated sources and the capitalised
 * runs of the text that end in it, the nearest one before the speaker, else the first after.
 */
function fullNameFor(surname: string, at: number, sources: Array<{ name: string; at: number }>, text: string): string {
  const fitting = [...sources.filter((s) => s.name.split(' ').pop() === surname)];
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const runs = new RegExp(String.raw`(?:(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*) ){1,4}${escaped}(?![\p{L}])`, 'gu');
  for (const m of text.matchAll(runs)) {
    const words = m[0].split(' ');
    while (words.length > 1 && SENTENCE_OPENERS.has(words[0]!.toLowerCase())) words.shift();
    const name = nameOf(words.join(' '));
    if (name.includes(' ') && name.endsWith(surname)) fitting.push({ name, at: m.index });
  }
  fitting.sort((a, b) => a.at - b.at);
  const before = fitting.filter((s) => s.at < at).pop();
  return (before ?? fitting[0])?.name ?? surname;
}

/** The piece inside its opening and closing marks, or null when the piece is not marked as a quotation. */
function markedPart(text: string, piece: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const opens = MARKS.has(text[start]!) || MARKS.has(text[start - 1] ?? '');
  if (!opens) return null;
  if (MARKS.has(text[start]!)) start++;
  if (MARKS.has(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A share of the articles, drawn at random with a fixed seed within each (part, publisher) stratum,
 * so a quick run sees every publisher in both parts and never just the first rows.
 */
export function stratifiedSample(
  ids: string[],
  publisherOf: (id: string) => string,
  share: number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  const strata = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const key = `${partOf(id)}/${publisherOf(id)}`;
    strata.set(key, [...(strata.get(key) ?? []), id]);
  }
  const chosen: string[] = [];
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    chosen.push(...members.slice(0, Math.max(1, Math.round(members.length * share))));
  }
  return chosen;
}
