// CoNLL-2003 people/organisation/place extraction: exact offsets + type, as conlleval scores it.
import { extractEntities } from '../src/core/extract/entities/entities.js';
import type { EntityType } from '../src/core/types.js';
import { readJsonl } from './data.js';
import { partOf } from './split.js';

/** One article of ../shared/data/dev/conll2003_dev.jsonl. */
export interface ConllDoc {
  id: string;
  split: 'train' | 'testa';
  text: string;
  entities: Array<{ text: string; type: 'PER' | 'ORG' | 'LOC' | 'MISC'; start: number; end: number }>;
}

/** A predicted name: character offsets into the article text and a CoNLL type. */
export interface ConllSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

export interface TypeScore {
  type: 'PER' | 'ORG' | 'LOC' | 'all';
  gold: number;
  predicted: number;
  correct: number;
}

export interface ConllScores {
  /** Which articles: `testa` (the check part), `train-heldout` (train articles the model never saw). */
  set: string;
  articles: number;
  byType: TypeScore[];
  /** Wrong predictions that lie on a gold MISC name (counted as false positives, as conlleval does). */
  onMisc: number;
}

export const CONLL_FILE = 'dev/conll2003_dev.jsonl';
const TYPES = ['PER', 'ORG', 'LOC'] as const;
const FROM_ENTITY: Record<EntityType, ConllSpan['type']> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/**
 * The CoNLL articles of one evaluation set. Train articles in the `check` part of eval/split.ts are
 * held out of training (`train-heldout`); `testa` is the shared task's development set, never trained on.
 */
export function conllSet(
  set: 'testa' | 'train-heldout' | 'train-fit',
  docs = readJsonl<ConllDoc>(CONLL_FILE),
): ConllDoc[] {
  if (set === 'testa') return docs.filter((d) => d.split === 'testa');
  const part = set === 'train-heldout' ? 'check' : 'tune';
  return docs.filter((d) => d.split === 'train' && partOf(d.id) === part);
}

/** Precision/recall counts per type and over PER/ORG/LOC together; MISC gold names are not scored. */
export function scoreConll(set: string, docs: ConllDoc[], predict: (text: string) => ConllSpan[]): ConllScores {
  const counts = new Map<string, TypeScore>();
  for (const type of [...TYPES, 'all' as const]) counts.set(type, { type, gold: 0, predicted: 0, correct: 0 });
  let onMisc = 0;
  for (const doc of docs) {
    const gold = new Map<string, string>();
    for (const e of doc.entities) if (e.type !== 'MISC') gold.set(`${e.start}:${e.end}`, e.type);
    const misc = doc.entities.filter((e) => e.type === 'MISC');
    for (const type of gold.values()) {
      counts.get(type)!.gold++;
      counts.get('all')!.gold++;
    }
    for (const p of predict(doc.text)) {
      counts.get(p.type)!.predicted++;
      counts.get('all')!.predicted++;
      if (gold.get(`${p.start}:${p.end}`) === p.type) {
        counts.get(p.type)!.correct++;
        counts.get('all')!.correct++;
      } else if (misc.some((m) => p.start < m.end && m.start < p.end)) onMisc++;
    }
  }
  return { set, articles: docs.length, byType: [...counts.values()], onMisc };
}

/** The pipeline's extractor as a CoNLL predictor: each mention's written words, typed. */
export function pipelinePredictor(text: string): ConllSpan[] {
  return extractEntities(text).map((m) => ({ start: m.start, end: m.end, type: FROM_ENTITY[m.type] }));
}

export function f1(s: TypeScore): { precision: number; recall: number; f1: number } {
  const precision = s.predicted ? s.correct / s.predicted : 0;
  const recall = s.gold ? s.correct / s.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Published CoNLL-2003 figures (eng.testb, all four types incl. MISC): sources/conll2003.md. */
export const CONLL_PUBLISHED =
  'published (testb, 4 types): baseline 59.6, best entry 88.8, Stanford CRF 85.5–86.3, BiLSTM-CRF ≈ 91, BERT ≈ 92.8';

/** Rows for the eval table: micro F1 and per-type F1. */
export function conllRows(s: ConllScores): Array<[string, string, string]> {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const all = s.byType.find((t) => t.type === 'all')!;
  const micro = f1(all);
  const perType = s.byType.filter((t) => t.type !== 'all').map((t) => `${t.type} ${(100 * f1(t).f1).toFixed(1)}`);
  return [
    [`CoNLL-2003 ${s.set} (${s.articles} art., ${all.gold} PER/ORG/LOC)`, 'exact-span micro F1', pct(micro.f1)],
    [`CoNLL-2003 ${s.set}`, `P ${pct(micro.precision)} R ${pct(micro.recall)}; ${perType.join(', ')}`, ''],
  ];
}

function printScores(label: string, s: ConllScores): void {
  console.log(`\n${label} — ${s.set}: ${s.articles} articles (false positives on MISC names: ${s.onMisc})`);
  console.log('| type | gold | predicted | correct | precision | recall | F1 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const t of s.byType) {
    const { precision, recall, f1: f } = f1(t);
    const cells = [t.type === 'all' ? 'micro' : t.type, t.gold, t.predicted, t.correct, precision, recall, f];
    console.log(`| ${cells.map((c, i) => (i >= 4 ? (100 * Number(c)).toFixed(1) : String(c))).join(' | ')} |`);
  }
}

/** `tsx eval/conll.ts [--pipeline] [--quick]`: scores the tagger (or the whole extractor) on testa and the train hold-out. */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const docs = readJsonl<ConllDoc>(CONLL_FILE);
  const predictors: Array<[string, (text: string) => ConllSpan[]]> = [['extractEntities', pipelinePredictor]];
  if (!process.argv.includes('--pipeline')) {
    const { nerPredictor } = await import('./conllTagger.js');
    const at = process.argv.indexOf('--model');
    predictors.unshift(['tagger', nerPredictor(at >= 0 ? process.argv[at + 1] : undefined)]);
  }
  if (process.argv.includes('--tagger')) predictors.pop();
  for (const [label, predict] of predictors) {
    for (const set of ['train-heldout', 'testa'] as const) {
      const chosen = conllSet(set, docs);
      printScores(label, scoreConll(set, quick ? chosen.slice(0, 40) : chosen, predict));
    }
  }
  console.log(`\n${CONLL_PUBLISHED}; ours is PER/ORG/LOC only, on testa.`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) await main();
