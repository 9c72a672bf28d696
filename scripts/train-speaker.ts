// Learns the weights that choose a quotation's speaker among the people near it, from PolNeAR's
// attributions on the tune part only (eval/split.ts), and writes src/core/extract/quotes/speakerWeights.ts.
// Usage: npx tsx scripts/train-speaker.ts [--cache DIR]   (DIR keeps the tagger's entity mentions between runs)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_DIR, hasSharedData, readJsonl } from '../eval/data.js';
import type { PolnearArticle } from '../eval/polnearGold.js';
import { seededRandom } from '../src/core/text/seededRandom.js';
import { partOf } from '../eval/split.js';
import { extractEntities } from '../src/core/extract/entities/entities.js';
import { quoteContexts } from '../src/core/extract/quotes/quotes.js';
import { candidatesOf } from '../src/core/extract/quotes/speakerFeatures.js';
import type { EntityMention } from '../src/core/types.js';

const EPOCHS = 8;
const LEARNING_RATE = 0.1;
const SEED = 17;
const OUT = resolve(import.meta.dirname, '..', 'src', 'core', 'extract', 'quotes', 'speakerWeights.ts');
const FILES = ['corpus/polnear_articles.jsonl', 'dev/polnear_attributions.jsonl'];

interface Attribution {
  article_id: string;
  primary: boolean;
  type: string;
  direct_quote: boolean;
  source: { spans: number[][] } | null;
  content: Array<{ spans: number[][] }>;
}

/** One quotation to learn from: its candidates' features and which of them are the speaker. */
interface Example {
  features: string[][];
  right: boolean[];
  ruleIndex: number;
}

function main(): void {
  if (!hasSharedData()) {
    console.error(`train-speaker: ${DATA_DIR} is absent; training needs ../shared/data beside the project.`);
    process.exit(2);
  }
  const cacheAt = process.argv.indexOf('--cache');
  const cache = cacheAt > 0 ? process.argv[cacheAt + 1] : undefined;
  const examples = collect(cache);
  const weights = train(examples);
  const ruleRight = examples.filter((e) => e.right[e.ruleIndex]).length;
  const modelRight = examples.filter((e) => e.right[best(e, weights)]).length;
  console.log(`tune: ${examples.length} quotations; rules right ${ruleRight}, learned right ${modelRight}`);
  write(weights);
}

function collect(cache: string | undefined): Example[] {
  const articles = readJsonl<PolnearArticle>(FILES[0]!).filter((a) => partOf(a.id) === 'tune');
  const gold = new Map<string, Attribution[]>();
  for (const a of readJsonl<Attribution>(FILES[1]!)) {
    if (!a.primary || a.type !== 'Attribution' || !a.direct_quote || !a.source) continue;
    gold.set(a.article_id, [...(gold.get(a.article_id) ?? []), a]);
  }
  const examples: Example[] = [];
  for (const article of articles.sort((a, b) => a.id.localeCompare(b.id))) {
    const attributions = gold.get(article.id);
    if (!attributions) continue;
    const entities = entitiesOf(article.text, cache);
    for (const { quote, context, rule } of quoteContexts(article.text, entities)) {
      if (!rule) continue;
      const said = attributions.find((a) =>
        a.content.some((c) => c.spans.some(([s, e]) => s! < quote.inner.end && quote.inner.start < e!)),
      );
      if (!said) continue;
      const candidates = candidatesOf(context, rule);
      const spans = said.source!.spans;
      const right = candidates.map((c) => spans.some(([s, e]) => c.surface.start < e! && s! < c.surface.end));
      if (!right.some(Boolean)) continue;
      const ruleIndex = candidates.findIndex((c) => c.attribution === rule);
      examples.push({ features: candidates.map((c) => c.features), right, ruleIndex });
    }
  }
  return examples;
}

function entitiesOf(text: string, cache: string | undefined): EntityMention[] {
  if (!cache) return extractEntities(text);
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `${createHash('sha1').update(text).digest('hex')}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EntityMention[];
  const entities = extractEntities(text);
  writeFileSync(file, JSON.stringify(entities));
  return entities;
}

/** A log-linear ranker over each quotation's candidates, trained by gradient steps; the weights averaged. */
function train(examples: Example[]): Record<string, number> {
  const weights = new Map<string, number>();
  const sums = new Map<string, number>();
  const random = seededRandom(SEED);
  const order = examples.map((_, i) => i);
  let steps = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const scores = example.features.map((f) => f.reduce((s, name) => s + (weights.get(name) ?? 0), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((a, e, k) => a + (example.right[k] ? e : 0), 0);
      example.features.forEach((features, k) => {
        const target = example.right[k] ? exp[k]! / rightTotal : 0;
        const gradient = target - exp[k]! / total;
        for (const name of features) weights.set(name, (weights.get(name) ?? 0) + LEARNING_RATE * gradient);
      });
      steps++;
      for (const [name, w] of weights) sums.set(name, (sums.get(name) ?? 0) + w);
    }
  }
  const averaged: Record<string, number> = {};
  for (const [name, sum] of [...sums].sort((a, b) => a[0].localeCompare(b[0]))) {
    const w = Math.round((sum / steps) * 1e4) / 1e4;
    if (Math.abs(w) >= 1e-3) averaged[name] = w;
  }
  return averaged;
}

function best(example: Example, weights: Record<string, number>): number {
  const scores = example.features.map((f) => f.reduce((s, name) => s + (weights[name] ?? 0), 0));
  return scores.indexOf(Math.max(...scores));
}

/** A property name as the formatter writes it: bare when it is an identifier, else in single quotes. */
function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function write(weights: Record<string, number>): void {
  const hash = createHash('sha256');
  for (const file of FILES) hash.update(readFileSync(resolve(DATA_DIR, file)));
  const body = [
    '// Generated by `npx tsx scripts/train-speaker.ts`: do not edit by hand.',
    '/** Learned weights of the quotation speaker chooser, with the data they were learned from. */',
    'export const SPEAKER_WEIGHTS: {',
    '  dataHash: string;',
    '  command: string;',
    '  threshold: number;',
    '  weights: Record<string, number>;',
    '} = {',
    `  dataHash: 'sha256:${hash.digest('hex')}',`,
    "  command: 'npx tsx scripts/train-speaker.ts',",
    '  threshold: -1e9,',
    '  weights: {',
    ...Object.entries(weights).map(([name, w]) => `    ${propertyName(name)}: ${w},`),
    '  },',
    '};',
    '',
  ].join('\n');
  writeFileSync(`${OUT}.tmp`, body);
  renameSync(`${OUT}.tmp`, OUT);
  console.log(`wrote ${OUT} (${Object.keys(weights).length} weights)`);
}

main();
