import type { EntityMention } from '../../types.js';
import { CUE } from './cues.js';
import { WINDOW, type Attribution, type QuoteContext } from './quoteContext.js';

/** One person, organisation or pronoun near a quotation that may be its speaker. */
export interface Candidate {
  /** The candidate as written. */
  surface: { start: number; end: number };
  kind: 'person' | 'organisation' | 'pronoun' | 'rule';
  /** The entity mention it is, when it is one. */
  entity?: EntityMention;
  /** The rules' attribution, when this candidate is the one the rules chose. */
  attribution?: Attribution;
  /** Names of the features that hold for it. */
  features: string[];
}

const PRONOUN = /(?<![\p{L}])(?:he|she|they|I|we)(?![\p{L}’'])/giu;
const CUE_NEAR = new RegExp(String.raw`(?<![\p{L}])${CUE}(?![\p{L}])`, 'iu');
const SENTENCE_END = /[.!?]["”’]?\s/gu;
/** How far (characters) a cue verb may be from a candidate to count as its verb. */
const CUE_REACH = 24;

/** The candidates around one quotation, each with its features, the rules' choice among them. */
export function candidatesOf(ctx: QuoteContext, rule: Attribution | null): Candidate[] {
  const { text, quote } = ctx;
  const from = Math.max(ctx.previousEnd, quote.outer.start - WINDOW);
  const to = Math.min(ctx.nextStart, quote.outer.end + WINDOW);
  const found: Candidate[] = [];
  for (const m of ctx.index.entitiesStartingIn(from, to)) {
    if (m.end > to || (m.start < quote.outer.end && m.end > quote.outer.start) || m.type === 'place') continue;
    const kind = m.type === 'person' ? 'person' : 'organisation';
    found.push({ surface: { start: m.start, end: m.end }, kind, entity: m, features: [] });
  }
  for (const region of [
    { start: from, end: quote.outer.start },
    { start: quote.outer.end, end: to },
  ]) {
    for (const m of text.slice(region.start, region.end).matchAll(PRONOUN)) {
      const start = region.start + m.index;
      found.push({ surface: { start, end: start + m[0].length }, kind: 'pronoun', features: [] });
    }
  }
  if (rule) {
    const same = found.find((c) => overlaps(c.surface, rule.surface));
    if (same) same.attribution = rule;
    else found.push({ surface: rule.surface, kind: 'rule', attribution: rule, features: [] });
  }
  for (const c of found) c.features = featuresOf(ctx, c);
  return found;
}

function featuresOf(ctx: QuoteContext, c: Candidate): string[] {
  const { text, quote } = ctx;
  const before = c.surface.end <= quote.outer.start;
  const side = before ? 'before' : 'after';
  const gap = before ? quote.outer.start - c.surface.end : c.surface.start - quote.outer.end;
  const between = before ? text.slice(c.surface.end, quote.outer.start) : text.slice(quote.outer.end, c.surface.start);
  const distance = gap <= 3 ? 'adjacent' : gap <= 20 ? 'near' : gap <= 60 ? 'mid' : gap <= 150 ? 'far' : 'distant';
  const sentences = Math.min(2, [...between.matchAll(SENTENCE_END)].length);
  const paragraph = between.includes('\n');
  const cueAfter = CUE_NEAR.test(text.slice(c.surface.end, c.surface.end + CUE_REACH));
  const cueBefore = CUE_NEAR.test(text.slice(Math.max(0, c.surface.start - CUE_REACH), c.surface.start));
  const cue = cueAfter ? 'cueAfter' : cueBefore ? 'cueBefore' : 'noCue';
  const rule = c.attribution ? `rule:${c.attribution.pattern}` : 'notRule';
  return [
    'bias',
    `kind:${c.kind}`,
    `${side}:${distance}`,
    `${side}:sentences:${sentences}`,
    `${side}:paragraph:${paragraph}`,
    `${side}:${cue}`,
    `${c.kind}:${cue}`,
    `${side}:${distance}:${cue}`,
    rule,
    `${rule}:${c.kind}`,
  ];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
