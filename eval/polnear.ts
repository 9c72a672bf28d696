// PolNeAR direct quotations with a named speaker: found, and given the right speaker, on the tune and
// check parts (eval/split.ts), strict (exact quote span, exact full name) first and lenient beside it.
// Run alone: npx tsx eval/polnear.ts [--quick]
import { pathToFileURL } from 'node:url';
import { extractEntities } from '../src/core/extract/entities/entities.js';
import { extractQuotes, type QuoteOptions } from '../src/core/extract/quotes/quotes.js';
import type { EntityMention, QuoteMention } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { percent } from './metrics.js';
import { loadGold, nameOf, stratifiedSample, type GoldQuote, type PolnearArticle } from './polnearGold.js';
import type { Part } from './split.js';

/** Counts of one part of the set. */
export interface PartScores {
  articles: number;
  gold: number;
  /** Quotes whose marked words an extracted quotation gives exactly. */
  foundStrict: number;
  /** Quotes an extracted quotation overlaps. */
  foundLenient: number;
  /** Found exactly, and the speaker is the full name the article gives. */
  speakerStrict: number;
  /** Found, and the speaker (or the speaker as written) has the gold speaker's surname. */
  speakerLenient: number;
  /** The same counts article by article (for the bootstrap interval). */
  byArticle: ArticleCounts[];
}

/** The counts of one article. */
export type ArticleCounts = Omit<PartScores, 'articles' | 'byArticle'>;

export interface PolnearReport {
  parts: Record<Part, PartScores>;
  /** Time spent in extractQuotes alone, and the characters it read. */
  quoteMs: number;
  chars: number;
}

export interface PolnearOptions {
  /** Score a stratified sample of this share of the articles instead of all of them. */
  share?: number;
  /** Score about this many articles (a stratified sample), instead of a share. */
  articles?: number;
  /** Seed of the sample. */
  seed?: number;
  /** The entity mentions the quotations are attributed from (a cache may stand in for the tagger). */
  entitiesOf?: (text: string) => EntityMention[];
  /** How the quotations are read (for comparing the learned speaker chooser with the rules). */
  quoteOptions?: QuoteOptions;
}

export const POLNEAR_DEFAULTS = { share: 1, seed: 13, entitiesOf: extractEntities };
/** Share of articles the quick mode scores. */
export const QUICK_SHARE = 0.25;

/** Scores the quotation extractor on PolNeAR's named-speaker direct quotes, by part. */
export function evalPolnearParts(options: PolnearOptions = {}): PolnearReport {
  const { seed, entitiesOf } = { ...POLNEAR_DEFAULTS, ...options };
  const all = new Map(readJsonl<PolnearArticle>('corpus/polnear_articles.jsonl').map((a) => [a.id, a]));
  const allGold = loadGold(all);
  const ids = [...new Set(allGold.map((g) => g.articleId))];
  const share =
    options.articles === undefined ? (options.share ?? POLNEAR_DEFAULTS.share) : options.articles / ids.length;
  const chosen = new Set(share >= 1 ? ids : stratifiedSample(ids, (id) => all.get(id)!.publisher, share, seed));
  const report: PolnearReport = { parts: { tune: emptyPart(), check: emptyPart() }, quoteMs: 0, chars: 0 };
  const byArticle = new Map<string, GoldQuote[]>();
  for (const g of allGold) {
    if (chosen.has(g.articleId)) byArticle.set(g.articleId, [...(byArticle.get(g.articleId) ?? []), g]);
  }
  for (const [id, gold] of byArticle) {
    const article = all.get(id)!;
    const entities = entitiesOf(article.text);
    const start = performance.now();
    const quotes = extractQuotes(article.text, entities, options.quoteOptions);
    report.quoteMs += performance.now() - start;
    report.chars += article.text.length;
    const part = report.parts[gold[0]!.part];
    part.articles++;
    const counts = emptyCounts();
    for (const g of gold) score(counts, g, quotes);
    for (const key of Object.keys(counts) as Array<keyof ArticleCounts>) part[key] += counts[key];
    part.byArticle.push(counts);
  }
  return report;
}

function score(part: ArticleCounts, g: GoldQuote, quotes: QuoteMention[]): void {
  part.gold++;
  const overlapping = quotes.filter((q) => g.pieces.some((p) => q.start < p.end && p.start < q.end));
  if (overlapping.length > 0) part.foundLenient++;
  const surname = lastName(g.speaker);
  if (overlapping.some((q) => [q.speaker, q.speakerSurface].some((s) => s && lastName(s) === surname))) {
    part.speakerLenient++;
  }
  const exact = g.marked.map((m) => quotes.find((q) => q.start === m.start && q.end === m.end));
  if (exact.length === 0 || exact.some((q) => !q)) return;
  part.foundStrict++;
  if (exact[0]!.speaker && nameOf(exact[0]!.speaker) === g.fullName) part.speakerStrict++;
}

function emptyCounts(): ArticleCounts {
  return { gold: 0, foundStrict: 0, foundLenient: 0, speakerStrict: 0, speakerLenient: 0 };
}

function emptyPart(): PartScores {
  return { articles: 0, ...emptyCounts(), byArticle: [] };
}

/** The surname of a speaker; the gold span may go on with an appositive ("X, chairman of …"). */
function lastName(name: string): string {
  const words = name
    .split(/,|\(|\s+of\s+/)[0]!
    .trim()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Jr|Sr|II|III)\.?$/.test(w));
  return (words[words.length - 1] ?? name).replace(/[^\p{L}-]/gu, '').toLowerCase();
}

/** Table rows for eval/run.ts: [set, measure, score], check part first, strict · lenient. */
export function polnearRows(report: PolnearReport): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  for (const name of ['check', 'tune'] as const) {
    const p = report.parts[name];
    const set = `PolNeAR named-speaker quotes, ${name} (${p.gold} in ${p.articles} articles)`;
    const pair = (strict: number, lenient: number) => `${percent(strict, p.gold)} · ${percent(lenient, p.gold)}`;
    rows.push([set, 'found: strict · lenient', pair(p.foundStrict, p.foundLenient)]);
    rows.push([set, 'speaker right: strict · lenient', pair(p.speakerStrict, p.speakerLenient)]);
  }
  const perKb = report.chars ? (report.quoteMs / (report.chars / 1024)).toFixed(3) : 'n/a';
  rows.push(['PolNeAR extractQuotes', 'time (ms per KB)', `${report.quoteMs.toFixed(0)} ms (${perKb})`]);
  return rows;
}

/** The all-parts lenient counts of a stratified sample of about `limitArticles` articles (the older shape). */
export function evalPolnear(limitArticles?: number): {
  articles: number;
  gold: number;
  extracted: number;
  speakerRight: number;
} {
  const { tune, check } = evalPolnearParts(limitArticles === undefined ? {} : { articles: limitArticles }).parts;
  return {
    articles: tune.articles + check.articles,
    gold: tune.gold + check.gold,
    extracted: tune.foundLenient + check.foundLenient,
    speakerRight: tune.speakerLenient + check.speakerLenient,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = evalPolnearParts({ share: process.argv.includes('--quick') ? QUICK_SHARE : 1 });
  for (const row of polnearRows(report)) console.log(row.join(' | '));
}
