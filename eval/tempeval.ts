// TempEval-3 time expressions (TIMEX3) scored the way the task scores them: extents strict and relaxed,
// then value F1 over relaxed matches. Run alone with `npx tsx eval/tempeval.ts`.
import { extractDates } from '../src/core/extract/dates/dates.js';
import type { DateMention } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { type Part, partOf } from './split.js';

interface GoldTimex {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
}
interface Te3Document {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

/** TIMEX3 types, upper case as the gold writes them. */
export const TIMEX_TYPES = ['DATE', 'DURATION', 'TIME', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** Counts for one part of the set and one gold type (or all). */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches whose value is right at the gold's precision. */
  value: number;
  /** Relaxed matches whose value equals the gold string exactly (TE3's own comparison). */
  valueExact: number;
}

export type TimexScores = Record<Part, Record<TimexType | 'all', TimexCounts>>;

/** Published TE3 platinum figures (relaxed F1, value F1), from the task paper's Table 3. */
export const TE3_PUBLISHED = [
  { system: 'HeidelTime-t', relaxed: 90.3, value: 77.6 },
  { system: 'SUTime', relaxed: 90.3, value: 67.4 },
] as const;

const empty = (): TimexCounts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, valueExact: 0 });

/** Scores `extractDates` on TBAQ-cleaned, each document read as a report dated its creation time. */
export function evalTempeval(): TimexScores {
  const scores = {} as TimexScores;
  for (const part of ['tune', 'check'] as const) {
    scores[part] = { all: empty(), DATE: empty(), DURATION: empty(), TIME: empty(), SET: empty() };
  }
  for (const doc of readJsonl<Te3Document>('dev/te3_tbaq_timex.jsonl')) {
    // TimeML writes a span ("Aug. 3 to Oct. 12") as its two dates; answers join them
    scoreDocument(doc, extractDates(doc.text, doc.dct, { joinSpans: false }), scores[partOf(doc.id)]);
  }
  return scores;
}

/** The TIMEX3 type of one of our mentions (mentions without one are dates). */
export function timexTypeOf(mention: DateMention): TimexType {
  const type = (mention as { type?: string }).type ?? 'date';
  return type.toUpperCase() as TimexType;
}

function scoreDocument(doc: Te3Document, ours: DateMention[], into: Record<TimexType | 'all', TimexCounts>): void {
  const pairs = align(doc.timexes, ours);
  const goldMatched = new Map(pairs.map(([g, p]) => [g, p]));
  const predMatched = new Map(pairs.map(([g, p]) => [p, g]));
  for (const [g, gold] of doc.timexes.entries()) {
    const type = gold.type as TimexType;
    const counts = [into.all, into[type]];
    const p = goldMatched.get(g);
    for (const c of counts) c.gold++;
    if (p === undefined) continue;
    const mention = ours[p]!;
    const strict = mention.start === gold.start && mention.end === gold.end;
    const value = timexValue(mention);
    for (const c of counts) {
      c.relaxed++;
      if (strict) c.strict++;
      if (valueMatches(mention, gold.value)) c.value++;
      if (value === gold.value) c.valueExact++;
    }
  }
  for (const [p, mention] of ours.entries()) {
    const g = predMatched.get(p);
    // a prediction counts against the gold type it matched, else against the type it claims
    const type = g === undefined ? timexTypeOf(mention) : (doc.timexes[g]!.type as TimexType);
    into.all.predicted++;
    into[type].predicted++;
  }
}

/** One-to-one alignment by overlap: exact extents first, then the largest overlap. */
function align(gold: GoldTimex[], ours: DateMention[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; exact: boolean; overlap: number }> = [];
  gold.forEach((g, gi) => {
    ours.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) candidates.push({ g: gi, p: pi, exact: g.start === p.start && g.end === p.end, overlap });
    });
  });
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

/** Our value as TIMEX3 writes it: the TIMEX3 form where it differs from the calendar value. */
export function timexValue(mention: DateMention): string {
  return (mention as { timex?: string }).timex ?? mention.value;
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Right at the gold's precision: a day inside a gold month or year counts, a month for a gold
 * day does not; a span's first day marked approximate counts for its ISO week.
 */
export function valueMatches(mention: DateMention, gold: string): boolean {
  const value = timexValue(mention);
  if (value === gold) return true;
  if (CALENDAR.test(gold) && CALENDAR.test(value)) return value.startsWith(gold);
  if (/^\d{4}-W\d{2}$/.test(gold) && mention.approximate && /^\d{4}-\d{2}-\d{2}$/.test(mention.value)) {
    return isoWeek(mention.value) === gold;
  }
  return false;
}

/** The ISO 8601 week of a calendar day: `YYYY-Www`. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** F1 of two counts against predicted and gold totals, in percent. */
export function f1(hits: number, predicted: number, gold: number): number {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return p + r ? (200 * p * r) / (p + r) : 0;
}

const fmt = (n: number) => n.toFixed(1);

/** Table rows: [set, measure, tune, check]. */
export function tempevalRows(scores: TimexScores): Array<[string, string, string, string]> {
  const rows: Array<[string, string, string, string]> = [];
  for (const type of ['all', ...TIMEX_TYPES] as const) {
    const t = scores.tune[type];
    const c = scores.check[type];
    const label = `TE3 ${type === 'all' ? 'all types' : type} (${t.gold}/${c.gold} gold)`;
    const both = (get: (x: TimexCounts) => number): [string, string] => [fmt(get(t)), fmt(get(c))];
    rows.push([label, 'strict extent F1', ...both((x) => f1(x.strict, x.predicted, x.gold))]);
    rows.push([label, 'relaxed extent F1', ...both((x) => f1(x.relaxed, x.predicted, x.gold))]);
    rows.push([label, 'relaxed P / R', `${pr(t)}`, `${pr(c)}`]);
    rows.push([label, 'value F1', ...both((x) => f1(x.value, x.predicted, x.gold))]);
    rows.push([label, 'value F1 (TE3 exact string)', ...both((x) => f1(x.valueExact, x.predicted, x.gold))]);
  }
  return rows;
}

function pr(x: TimexCounts): string {
  return `${fmt(x.predicted ? (100 * x.relaxed) / x.predicted : 0)} / ${fmt(x.gold ? (100 * x.relaxed) / x.gold : 0)}`;
}

/** Milliseconds `extractDates` takes over the first `count` dated Reuters reports (best of seven runs). */
export function timeExtraction(count = 500): number {
  const reports = readJsonl<{ date: string; text: string }>('corpus/reuters21578.jsonl').slice(0, count);
  let best = Infinity;
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    for (const r of reports) extractDates(r.text, r.date);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--speed')) {
  console.log(`extractDates over 500 Reuters reports: ${timeExtraction().toFixed(0)} ms (best of 7)`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = tempevalRows(evalTempeval());
  for (const r of rows) console.log(r.join(' | '));
  for (const p of TE3_PUBLISHED) {
    console.log(`published ${p.system} (TE3 platinum): relaxed F1 ${p.relaxed}, value F1 ${p.value}`);
  }
}
