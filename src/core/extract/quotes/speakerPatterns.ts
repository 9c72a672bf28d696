import type { EntityMention } from '../../types.js';
import type { Span } from '../../text/sentences.js';
import { ROLE_HEADS } from '../entities/words.js';
import { CUE, PRONOUNS } from './cues.js';
import type { QuoteSpan } from './quoteSpans.js';

/** Where a pattern found the speaker of one quotation. */
export interface Attribution {
  /** The pattern that matched, for debugging and tests. */
  pattern: string;
  /** The speaker as written. */
  surface: Span;
  /** An entity mention at the speaker, when there is one. */
  entity?: EntityMention;
  /** Whom the speaker was quoting ("quoting the words of … James Mattis"). */
  quoting?: EntityMention;
}

export interface QuoteContext {
  text: string;
  quote: QuoteSpan;
  /** Start of the sentence holding the opening mark. */
  sentenceStart: number;
  /** End of the sentence holding the closing mark. */
  sentenceEnd: number;
  /** Every quotation of the text, to keep speakers out of them. */
  quotes: QuoteSpan[];
  /** Entity mentions of the text, in order. */
  entities: EntityMention[];
}

export type SpeakerPattern = (context: QuoteContext) => Attribution | null;

const FILLER = String.raw`(?:\s+(?:that|this|reporters|journalists|supporters|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|a\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|an\s+[\p{L}-]+|\p{Lu}[\p{L}.-]*|in\s+an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|in\s+\p{Lu}[\p{L}-]*|on\s+[\p{L}-]+|at\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|to\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|during\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|of\s+[\p{L}-]+|last\s+\w+|earlier|later|recently|previously|then|once|simply|flatly|bluntly|repeatedly|him|her|them|us|me|CNN|NBC))`;

/** ",” Cooper said" · ",” said Cooper" · "?” he asked". */
export const cueAfterQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const window = text.slice(quote.outer.end, Math.min(text.length, quote.outer.end + 160)).split('\n')[0]!;
  const nameFirst = new RegExp(String.raw`^\s*[,—–-]?\s*([^,.;:!?“”"\n]{1,70}?)\s+(?:\w+ly\s+|also\s+)?${CUE}\b`, 'iu').exec(window);
  if (nameFirst) {
    const from = quote.outer.end + nameFirst[0].indexOf(nameFirst[1]!, nameFirst[0].search(/\S/));
    const found = speakerIn(ctx, from, from + nameFirst[1]!.length, 'cueAfterQuote');
    if (found) return found;
  }
  const cueFirst = new RegExp(String.raw`^\s*[,—–-]?\s*${CUE}\s+([^,.;:!?“”"\n]{1,70}?)(?=[,.;:!?—(]|\s+(?:in|on|at|during|after|before|to|of|when|while|who|as|from|about)\b|$)`, 'iu').exec(window);
  if (cueFirst) {
    const from = quote.outer.end + cueFirst[0].length - cueFirst[1]!.length;
    return speakerIn(ctx, from, from + cueFirst[1]!.length, 'cueAfterQuote');
  }
  return null;
};

/** "Cooper said: “…”" · "Cooper, quoting … James Mattis, noted that “…”" · "Trump told reporters, “…”". */
export const cueBeforeQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const from = Math.max(ctx.sentenceStart, lastQuoteEndBefore(ctx, quote.outer.start));
  const window = text.slice(from, quote.outer.start);
  const match = new RegExp(String.raw`${CUE}${FILLER}{0,4}\s*[,:]?\s*$`, 'iu').exec(window);
  if (!match) return null;
  return subjectBefore(ctx, from, from + match.index, 'cueBeforeQuote');
};

/** A cue verb anywhere in the sentence, outside the quotation: "“…” was what Trump said on Monday". */
export const cueInSentence: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const cue = new RegExp(String.raw`(?<![\p{L}])${CUE}\b`, 'giu');
  const regions: Span[] = [
    { start: ctx.sentenceStart, end: quote.outer.start },
    { start: quote.outer.end, end: ctx.sentenceEnd },
  ];
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    for (const match of slice.matchAll(cue)) {
      const at = region.start + match.index;
      if (insideQuote(ctx, at)) continue;
      const found = subjectBefore(ctx, region.start, at, 'cueInSentence');
      if (found) return found;
    }
  }
  return null;
};

/** "according to Cooper" before or after the quotation in its sentence. */
export const accordingTo: SpeakerPattern = (ctx) => {
  const { text } = ctx;
  const slice = text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  for (const match of slice.matchAll(/according to\s+/giu)) {
    const at = ctx.sentenceStart + match.index + match[0].length;
    if (insideQuote(ctx, at)) continue;
    const entity = ctx.entities.find((m) => m.start >= at && m.start <= at + 40 && m.type !== 'place' && !/[.;“”"]/.test(text.slice(at, m.start)));
    if (entity) return { pattern: 'accordingTo', surface: { start: entity.start, end: entity.end }, entity };
  }
  return null;
};

/** Finds the speaker inside [start, end): an entity mention, a pronoun, or "the senator". */
function speakerIn(ctx: QuoteContext, start: number, end: number, pattern: string): Attribution | null {
  const entity = ctx.entities.find((m) => m.start >= start && m.end <= end + 1 && m.type !== 'place');
  if (entity) return { pattern, surface: { start: entity.start, end: entity.end }, entity };
  const phrase = ctx.text.slice(start, end).trim();
  const offset = start + ctx.text.slice(start, end).indexOf(phrase);
  if (/^(?:he|she|they|i|we|it)$/i.test(phrase)) return { pattern, surface: { start: offset, end: offset + phrase.length } };
  const nominal = /^(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+$/iu.exec(phrase);
  if (nominal && isRoleNoun(phrase)) return { pattern, surface: { start: offset, end: offset + phrase.length } };
  return null;
}

/** The subject right before a cue verb at `cueAt`, skipping a parenthetical ", quoting …, ". */
function subjectBefore(ctx: QuoteContext, from: number, cueAt: number, pattern: string): Attribution | null {
  const { text } = ctx;
  let end = cueAt;
  const before = text.slice(from, end);
  // adverbs between subject and verb: "Trump also said", "she later told"
  const adverbs = /(?:\s+(?:also|then|later|once|again|previously|recently|earlier|simply|\w+ly))*\s*$/u.exec(before);
  end -= adverbs ? adverbs[0].length : 0;
  let quoting: EntityMention | undefined;
  const aside = /,([^,“”"]{1,160}),\s*$/u.exec(text.slice(from, end));
  if (aside) {
    const asideStart = end - aside[0].length;
    if (/\b(?:quoting|citing|echoing|repeating)\b/i.test(aside[1]!)) {
      quoting = [...ctx.entities].reverse().find((m) => m.start > asideStart && m.end <= end && m.type === 'person');
    }
    end = asideStart;
  }
  const entity = [...ctx.entities].reverse().find((m) => m.end <= end && m.end >= end - 3 && m.start >= from && m.type !== 'place');
  if (entity) {
    const attribution: Attribution = { pattern, surface: { start: entity.start, end: entity.end }, entity };
    if (quoting) attribution.quoting = quoting;
    return attribution;
  }
  const head = text.slice(from, end);
  const pronoun = PRONOUNS.exec(head);
  if (pronoun) {
    const start = end - pronoun[0].length + pronoun[0].indexOf(pronoun[1]!);
    return { pattern, surface: { start, end: start + pronoun[1]!.length } };
  }
  const nominal = /(?:^|\s)((?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*$/iu.exec(head);
  if (nominal && isRoleNoun(nominal[1]!)) {
    const start = end - nominal[0].length + nominal[0].indexOf(nominal[1]!);
    return { pattern, surface: { start, end: start + nominal[1]!.length } };
  }
  return null;
}

function isRoleNoun(phrase: string): boolean {
  const last = phrase.toLowerCase().split(/\s+/).pop() ?? '';
  return ROLE_HEADS.has(last) || /^(?:statement|spokesperson|official|source|aide|campaign|group|company|report|person|woman|man|voter|supporter|protester|resident)s?$/.test(last);
}

function insideQuote(ctx: QuoteContext, at: number): boolean {
  return ctx.quotes.some((q) => at >= q.outer.start && at < q.outer.end);
}

function lastQuoteEndBefore(ctx: QuoteContext, at: number): number {
  let end = 0;
  for (const q of ctx.quotes) if (q.outer.end <= at && q.outer.end > end) end = q.outer.end;
  return end;
}

/** The patterns, most specific first. */
export const SPEAKER_PATTERNS: SpeakerPattern[] = [cueAfterQuote, cueBeforeQuote, accordingTo, cueInSentence];
