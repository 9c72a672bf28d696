// MEANTIME people/organisations/places: strict (same words, same sentence, same type) and lenient, per tune/check part.
import { extractEntities } from '../src/core/extract/entities/entities.js';
import type { EntityMention, EntityType } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { partOf, type Part } from './split.js';

interface Article {
  id: string;
  text: string;
}
interface GoldEntity {
  doc_id: string;
  ent_type: string;
  name: string;
  mentions: Array<{ text: string; sentence_index: number; syntactic_type: string | null }>;
}

/** Counts for one type in one part of the set. */
export interface EntityScores {
  type: EntityType;
  part: Part;
  /** Strict recall: gold name mentions (NAM, PRE.NAM) in the body, and those one of ours matches. */
  gold: number;
  found: number;
  /** Strict precision: our mentions in the fully annotated sentences, and those matching a gold mention. */
  predicted: number;
  correct: number;
  /** Lenient: gold entities (any name mention) one of ours names, anywhere in the article. */
  entities: number;
  recovered: number;
  /** Lenient: our distinct names, and those naming a gold entity of the type. */
  distinct: number;
  distinctRight: number;
}

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };
/** Mentions that are names: MEANTIME's NAM, and PRE.NAM (a name before a noun: "US airtanker"). */
const NAME_KINDS = new Set(['NAM', 'PRE.NAM']);
/**
 * MEANTIME annotates every entity mention in the title and the first body sentences only (sentence
 * indexes 0–5; 1 is the dateline); later sentences carry a few. Strict precision reads those
 * sentences only; strict recall reads every gold name mention of the body.
 * Index n is line n − 1 of the article text (the title is not in the text).
 */
const FULLY_ANNOTATED = { first: 2, last: 5 };

/**
 * Scores extractEntities on the MEANTIME articles, per type and per part of eval/split.ts.
 * Strict first: a mention counts when its words equal a gold name mention's words in the same
 * sentence with the same type (the gold has sentences, not offsets). Predictions on product or
 * financial names (PRO, FIN) count as wrong, as conlleval would count them.
 */
export function evalMeantimeEntities(): EntityScores[] {
  const articles = readJsonl<Article>('dev/meantime_articles.jsonl');
  const gold = readJsonl<GoldEntity>('dev/meantime_entities_gold.jsonl').filter((e) => TYPES[e.ent_type]);
  const scores = new Map<string, EntityScores>();
  const get = (type: EntityType, part: Part) => {
    const key = `${type}:${part}`;
    let s = scores.get(key);
    if (!s)
      scores.set(
        key,
        (s = {
          type,
          part,
          gold: 0,
          found: 0,
          predicted: 0,
          correct: 0,
          entities: 0,
          recovered: 0,
          distinct: 0,
          distinctRight: 0,
        }),
      );
    return s;
  };
  for (const part of ['tune', 'check'] as const) for (const type of Object.values(TYPES)) get(type, part);
  for (const article of articles) {
    const part = partOf(article.id);
    const ours = extractEntities(article.text);
    const goldHere = gold.filter((e) => e.doc_id === article.id);
    scoreStrict(article.text, ours, goldHere, (type) => get(type, part));
    scoreLenient(ours, goldHere, (type) => get(type, part));
  }
  return [...scores.values()];
}

function scoreStrict(
  text: string,
  ours: EntityMention[],
  gold: GoldEntity[],
  get: (t: EntityType) => EntityScores,
): void {
  const open = new Map<string, number>();
  for (const e of gold) {
    for (const m of e.mentions) {
      if (!NAME_KINDS.has(m.syntactic_type ?? '') || m.sentence_index < FULLY_ANNOTATED.first) continue;
      const type = TYPES[e.ent_type]!;
      get(type).gold++;
      const key = `${type}|${m.sentence_index}|${m.text}`;
      open.set(key, (open.get(key) ?? 0) + 1);
    }
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  for (const m of ours) {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= m.start) line++;
    const sentence = line + 1;
    const full = sentence >= FULLY_ANNOTATED.first && sentence <= FULLY_ANNOTATED.last;
    if (full) get(m.type).predicted++;
    const key = `${m.type}|${sentence}|${m.surface}`;
    const left = open.get(key) ?? 0;
    if (left > 0) {
      get(m.type).found++;
      if (full) get(m.type).correct++;
      open.set(key, left - 1);
    }
  }
}

/** The earlier measure: a gold entity counts as found when one of our names contains one of its names or the reverse. */
function scoreLenient(ours: EntityMention[], gold: GoldEntity[], get: (t: EntityType) => EntityScores): void {
  for (const entity of gold) {
    if (!entity.mentions.some((m) => m.syntactic_type === 'NAM')) continue;
    const type = TYPES[entity.ent_type]!;
    get(type).entities++;
    const names = [entity.name, ...entity.mentions.filter((m) => m.syntactic_type === 'NAM').map((m) => m.text)].map(
      normalize,
    );
    if (
      ours.some(
        (m) =>
          m.type === type && names.some((n) => sameName(normalize(m.text), n) || sameName(normalize(m.surface), n)),
      )
    )
      get(type).recovered++;
  }
  const distinct = new Map(ours.map((m) => [`${m.type}:${m.text}`, m]));
  for (const m of distinct.values()) {
    get(m.type).distinct++;
    const names = gold
      .filter((e) => TYPES[e.ent_type] === m.type)
      .flatMap((e) => [e.name, ...e.mentions.map((x) => x.text)])
      .map(normalize);
    if (names.some((n) => sameName(normalize(m.text), n))) get(m.type).distinctRight++;
  }
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same name, or one is the other's surname/short form ("Barra" in "Mary Barra"). */
function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const pad = (s: string) => ` ${s} `;
  return pad(b).includes(pad(a)) || pad(a).includes(pad(b));
}

/** Rows for the eval table: strict F1 first, lenient recall/precision beside it; tune beside check. */
export function meantimeEntityRows(scores: EntityScores[]): Array<[string, string, string]> {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}` : 'n/a');
  const rows: Array<[string, string, string]> = [];
  for (const type of Object.values(TYPES)) {
    const [check, tune] = (['check', 'tune'] as const).map((p) => scores.find((s) => s.type === type && s.part === p)!);
    const strict = (s: EntityScores) => `P ${pct(s.correct, s.predicted)} R ${pct(s.found, s.gold)} (${s.gold} gold)`;
    rows.push([`MEANTIME ${type} strict, check | tune`, `${strict(check!)} | ${strict(tune!)}`, '']);
    const lenient = (s: EntityScores) => `R ${pct(s.recovered, s.entities)} P ${pct(s.distinctRight, s.distinct)}`;
    rows.push([`MEANTIME ${type} lenient, check | tune`, `${lenient(check!)} | ${lenient(tune!)}`, '']);
  }
  return rows;
}

if (process.argv[1]?.endsWith('meantimeEntities.ts')) {
  for (const row of meantimeEntityRows(evalMeantimeEntities())) console.log(row.join('  '));
}
