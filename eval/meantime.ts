import { extractDates } from '../src/core/extract/dates/dates.js';
import { extractEntities } from '../src/core/extract/entities/entities.js';
import type { EntityType } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { type Part, partOf } from './split.js';

interface Article {
  id: string;
  date: string;
  text: string;
}
interface Timex {
  doc_id: string;
  text: string;
  type: string;
  value: string;
  is_title: boolean;
  sentence: string;
  sentence_index: number;
}
interface GoldEntity {
  doc_id: string;
  ent_type: string;
  name: string;
  mentions: Array<{ text: string; syntactic_type: string | null }>;
}

/** Counts of one part: gold calendar dates found, value right strictly (same offsets, exact value) and leniently. */
export interface DateScores {
  part: Part;
  gold: number;
  /** Our mention has the gold's offsets. */
  found: number;
  /** Same offsets and exactly the gold value. */
  valueRight: number;
  /** Texts overlap anywhere in the article (the old, lenient count). */
  lenientFound: number;
  lenientValueRight: number;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Gold DATE expressions with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD), per tune/check part. */
export function evalMeantimeDates(): DateScores[] {
  const articles = new Map(readJsonl<Article>('dev/meantime_articles.jsonl').map((a) => [a.id, a]));
  const gold = readJsonl<Timex>('dev/meantime_timex_gold.jsonl').filter(
    (t) => t.type === 'DATE' && CALENDAR_VALUE.test(t.value) && !t.is_title,
  );
  const cache = new Map<string, ReturnType<typeof extractDates>>();
  const scores = new Map<Part, DateScores>();
  for (const part of ['tune', 'check'] as const) {
    scores.set(part, { part, gold: 0, found: 0, valueRight: 0, lenientFound: 0, lenientValueRight: 0 });
  }
  const seen = new Map<string, number>();
  for (const timex of gold) {
    const article = articles.get(timex.doc_id);
    if (!article) continue;
    const score = scores.get(partOf(article.id))!;
    score.gold++;
    let dates = cache.get(article.id);
    if (!dates) {
      dates = extractDates(article.text, article.date);
      cache.set(article.id, dates);
    }
    const offsets = locate(article.text, timex, seen);
    const exact = offsets ? dates.find((d) => d.start === offsets.start && d.end === offsets.end) : undefined;
    if (exact) score.found++;
    if (exact && exact.value === timex.value) score.valueRight++;
    const text = timex.text.toLowerCase();
    const matches = dates.filter((d) => overlapsText(d.text.toLowerCase(), text));
    if (matches.length === 0) continue;
    score.lenientFound++;
    if (matches.some((d) => d.value === timex.value || d.until === timex.value)) score.lenientValueRight++;
  }
  return [...scores.values()];
}

/**
 * The gold expression's offsets in the article: its sentence found in the text, then the
 * expression inside it (the n-th time the same expression is listed for that sentence).
 */
function locate(text: string, timex: Timex, seen: Map<string, number>): { start: number; end: number } | null {
  const sentenceAt = text.indexOf(timex.sentence);
  if (sentenceAt < 0) return null;
  const key = `${timex.doc_id}:${timex.sentence_index}:${timex.text}`;
  const nth = seen.get(key) ?? 0;
  seen.set(key, nth + 1);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = timex.sentence.indexOf(timex.text, at + 1);
    if (at < 0) return null;
  }
  return { start: sentenceAt + at, end: sentenceAt + at + timex.text.length };
}

function overlapsText(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

export interface EntityScores {
  type: EntityType;
  gold: number;
  recovered: number;
  predicted: number;
  correct: number;
}

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Gold named PERSON/ORG/LOCATION entities per article recovered with the right type, and the precision of ours. */
export function evalMeantimeEntities(): EntityScores[] {
  const articles = readJsonl<Article>('dev/meantime_articles.jsonl');
  const gold = readJsonl<GoldEntity>('dev/meantime_entities_gold.jsonl').filter(
    (e) => TYPES[e.ent_type] && e.mentions.some((m) => m.syntactic_type === 'NAM'),
  );
  const scores = new Map<EntityType, EntityScores>();
  for (const type of Object.values(TYPES)) scores.set(type, { type, gold: 0, recovered: 0, predicted: 0, correct: 0 });
  for (const article of articles) {
    const ours = extractEntities(article.text);
    const goldHere = gold.filter((e) => e.doc_id === article.id);
    for (const entity of goldHere) {
      const type = TYPES[entity.ent_type]!;
      const score = scores.get(type)!;
      score.gold++;
      const names = [entity.name, ...entity.mentions.filter((m) => m.syntactic_type === 'NAM').map((m) => m.text)].map(normalize);
      if (ours.some((m) => m.type === type && names.some((n) => sameName(normalize(m.text), n) || sameName(normalize(m.surface), n)))) score.recovered++;
    }
    const distinct = new Map(ours.map((m) => [`${m.type}:${m.text}`, m]));
    for (const m of distinct.values()) {
      const score = scores.get(m.type)!;
      score.predicted++;
      const names = goldHere
        .filter((e) => TYPES[e.ent_type] === m.type)
        .flatMap((e) => [e.name, ...e.mentions.map((x) => x.text)])
        .map(normalize);
      if (names.some((n) => sameName(normalize(m.text), n))) score.correct++;
    }
  }
  return [...scores.values()];
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Same name, or one is the other's surname/short form ("Barra" in "Mary Barra"). */
function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const pad = (s: string) => ` ${s} `;
  return pad(b).includes(pad(a)) || pad(a).includes(pad(b));
}
