import { extractDates } from '../src/core/extract/dates/dates.js';
import { extractEntities } from '../src/core/extract/entities/entities.js';
import type { EntityType } from '../src/core/types.js';
import { readJsonl } from './data.js';

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
}
interface GoldEntity {
  doc_id: string;
  ent_type: string;
  name: string;
  mentions: Array<{ text: string; syntactic_type: string | null }>;
}

export interface DateScores {
  gold: number;
  found: number;
  valueRight: number;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Gold DATE expressions with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD): found, and found with the right value. */
export function evalMeantimeDates(): DateScores {
  const articles = new Map(readJsonl<Article>('dev/meantime_articles.jsonl').map((a) => [a.id, a]));
  const gold = readJsonl<Timex>('dev/meantime_timex_gold.jsonl').filter((t) => t.type === 'DATE' && CALENDAR_VALUE.test(t.value) && !t.is_title);
  const cache = new Map<string, ReturnType<typeof extractDates>>();
  const scores: DateScores = { gold: gold.length, found: 0, valueRight: 0 };
  for (const timex of gold) {
    const article = articles.get(timex.doc_id);
    if (!article) continue;
    let dates = cache.get(article.id);
    if (!dates) {
      dates = extractDates(article.text, article.date);
      cache.set(article.id, dates);
    }
    const text = timex.text.toLowerCase();
    const matches = dates.filter((d) => overlapsText(d.text.toLowerCase(), text));
    if (matches.length === 0) continue;
    scores.found++;
    if (matches.some((d) => d.value === timex.value || d.until === timex.value)) scores.valueRight++;
  }
  return scores;
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
