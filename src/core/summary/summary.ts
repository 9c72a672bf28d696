import type { SummarySource } from './source.js';
import { splitPassages } from '../text/passages.js';
import { termsOf } from '../text/terms.js';
import { sentencesOf } from '../text/sentences.js';
import { addDays, formatValue, parseDay } from '../extract/dates/calendar.js';
import type { EntityType, Report } from '../types.js';
import type { SummaryTopic } from '../settings/guildSettings.js';
import { containment, shingles } from './shingles.js';
import { reportsOnTopic } from './topic.js';
import { joinInitialisms } from './initialisms.js';
import { joinSurnames } from './surnames.js';

export interface SummaryOptions {
  /** Two reports whose shingles overlap this much (of the shorter) tell one story. */
  sameStory: number;
  /** Sentences kept per story. */
  sentencesPerStory: number;
  /** Names listed per kind. */
  topNames: number;
  /** Quotations listed. */
  topQuotes: number;
}

export const defaultSummaryOptions: SummaryOptions = {
  sameStory: 0.5,
  sentencesPerStory: 2,
  topNames: 8,
  topQuotes: 3,
};

/** A sentence taken word for word from a report. */
export interface SummarySentence {
  text: string;
  reportId: string;
  start: number;
  end: number;
}

export interface SummaryStory {
  title: string;
  /** The sentences that carry the story, verbatim, in report order. */
  sentences: SummarySentence[];
  /** Every report that tells the story, the one the sentences come from first. */
  reportIds: string[];
}

export interface DailySummary {
  /** The calendar day, YYYY-MM-DD (for a summary `since` a day: that day). */
  date: string;
  /** Set for a summary of every report dated after `date` rather than of one day. */
  since?: boolean;
  reportCount: number;
  stories: SummaryStory[];
  people: Array<{ name: string; count: number }>;
  organizations: Array<{ name: string; count: number }>;
  places: Array<{ name: string; count: number }>;
  quotes: Array<{ text: string; speaker: string; reportId: string; start: number; end: number }>;
}

/** What a summary is asked for besides its day. */
export interface SummaryRequest extends Partial<SummaryOptions> {
  /** Only the reports on this topic (a summary channel's filter). */
  topic?: SummaryTopic;
  /** Every report dated after the day rather than on it: "what's new since Monday". */
  since?: boolean;
}

/**
 * What the reports dated `date` said (with `since`, every report dated after it): stories
 * (near-duplicates grouped), key sentences, names and quotes; with a `topic`, only the reports on it.
 */
export async function summaryOf(
  desk: SummarySource,
  date: string,
  { topic, since = false, ...options }: SummaryRequest = {},
): Promise<DailySummary> {
  await (since
    ? desk.holdDates(dayAfter(date), LAST_DAY, DATED_REPORTS_HELD)
    : desk.holdDates(date, date, DATED_REPORTS_HELD));
  const chosen = [...desk.reports()].filter((r) => (since ? r.date !== null && r.date > date : r.date === date));
  const summary = summarize(desk, date, reportsOnTopic(desk, chosen, topic), options);
  return since ? { ...summary, since } : summary;
}

function summarize(
  desk: SummarySource,
  date: string,
  chosen: Report[],
  options: Partial<SummaryOptions>,
): DailySummary {
  const settings = { ...defaultSummaryOptions, ...options };
  const reports = [...chosen].sort((a, b) => a.id.localeCompare(b.id));
  const groups = groupStories(reports, settings.sameStory);
  const stories = groups
    .map((group) => ({ story: story(group, settings.sentencesPerStory), words: longestWords(group) }))
    .sort(
      (a, b) =>
        Number(b.words >= MIN_PROSE_WORDS) - Number(a.words >= MIN_PROSE_WORDS) ||
        b.story.reportIds.length - a.story.reportIds.length ||
        b.words - a.words ||
        a.story.title.localeCompare(b.story.title),
    )
    .map((s) => s.story);
  const counts: Record<EntityType, Map<string, number>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
  };
  const quotes: DailySummary['quotes'] = [];
  for (const report of reports) {
    const annotations = desk.annotations(report.id);
    for (const e of annotations.entities) counts[e.type].set(e.text, (counts[e.type].get(e.text) ?? 0) + 1);
    for (const q of annotations.quotes)
      if (q.speaker) quotes.push({ text: q.text, speaker: q.speaker, reportId: report.id, start: q.start, end: q.end });
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, settings.topNames)
      .map(([name, count]) => ({ name, count }));
  const named = joinInitialisms(counts);
  const people = top(joinSurnames(named.person));
  const prominence = new Map(people.map((p) => [p.name, p.count]));
  // notable: said by the day's most named people, with some substance
  const notable = quotes
    .filter((q) => q.text.split(/\s+/).length >= 6)
    .sort(
      (a, b) => (prominence.get(b.speaker) ?? 0) - (prominence.get(a.speaker) ?? 0) || b.text.length - a.text.length,
    )
    .filter((q, i, all) => all.findIndex((o) => o.text === q.text) === i)
    .slice(0, settings.topQuotes);
  return {
    date,
    reportCount: reports.length,
    stories,
    people,
    organizations: top(named.organization),
    places: top(named.place),
    quotes: notable,
  };
}

/** Groups reports telling the same story (shingle containment), by union-find. */
export function groupStories(reports: Report[], threshold: number): Report[][] {
  const sets = reports.map((r) => shingles(r.text));
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (containment(sets[i]!, sets[j]!) >= threshold) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), r]);
  });
  return [...groups.values()];
}

/**
 * Fewer words of prose than this in a story's longest report make it a notice or a table of figures
 * ("Shr 30 cts vs 36 cts"), which goes after the stories told in prose, however many reports repeat it.
 */
const MIN_PROSE_WORDS = 20;
/** Words a sentence needs to count as prose. */
const PROSE_SENTENCE_WORDS = 8;

/** Words in the sentences of a text that read as prose: eight words or more, closed by a full stop, "!" or "?". */
function proseWords(text: string): number {
  let words = 0;
  for (const span of sentencesOf(text)) {
    const sentence = text.slice(span.start, span.end);
    const count = sentence.split(/\s+/).filter(Boolean).length;
    if (count >= PROSE_SENTENCE_WORDS && /[.!?]["”’)]*$/u.test(sentence)) words += count;
  }
  return words;
}

/** The prose words of a group's longest report: how much a story tells, after how many reports tell it. */
function longestWords(group: Report[]): number {
  return Math.max(...group.map((r) => proseWords(r.text)));
}

/**
 * The sentences closest to the story's centroid (term-frequency cosine), favouring the lead;
 * taken from the longest report of the group, word for word.
 */
function story(group: Report[], count: number): SummaryStory {
  const main = [...group].sort((a, b) => b.text.length - a.text.length || a.id.localeCompare(b.id))[0]!;
  const centroid = new Map<string, number>();
  for (const report of group) for (const t of termsOf(report.text)) centroid.set(t, (centroid.get(t) ?? 0) + 1);
  const passages = splitPassages(main).filter((p) => p.text.split(/\s+/).length >= 6 && readsAlone(p.text));
  const scored = passages.map((p, i) => {
    const terms = termsOf(p.text);
    const overlap = terms.reduce((sum, t) => sum + (centroid.get(t) ?? 0), 0);
    const norm = Math.sqrt(terms.length) || 1;
    return { p, score: overlap / norm / (1 + i * 0.05) };
  });
  const chosen = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((s) => s.p)
    .sort((a, b) => a.start - b.start);
  return {
    title: main.title,
    sentences: chosen.map((p) => ({ text: p.text, reportId: main.id, start: p.start, end: p.end })),
    reportIds: [main.id, ...group.filter((r) => r !== main).map((r) => r.id)],
  };
}

/**
 * Whether a passage reads alone: not the end of a quotation opened in an earlier sentence, which a
 * closing mark before any opening one shows ("… collapse.” said Stephen Harper"), or straight marks
 * that pair up only with one before the passage.
 */
function readsAlone(text: string): boolean {
  const curly = /[“”]/u.exec(text)?.[0];
  if (curly) return curly === '“';
  const straight = text.split('"').length - 1;
  return straight % 2 === 0 || /^\P{L}*"/u.test(text);
}

/** Most reports a summary reads from the database at once. */
const DATED_REPORTS_HELD = 5000;

/** A date later than any report's. */
const LAST_DAY = '9999-12-31';

/** The ISO day after `date` (an ISO day). */
function dayAfter(date: string): string {
  return formatValue(addDays(parseDay(date), 1), 'day');
}
