import type { EntityMention } from '../../types.js';
import type { Span } from '../../text/sentences.js';
import { NOT_NAMES, ROLE_HEADS } from '../entities/words.js';
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

/** ",” Cooper said" · ",” said Sen. Ted Cruz (R-Texas)" · "?” he asked" · "” ― Pamela Padilla". */
export const cueAfterQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const at = quote.outer.end;
  const window = text.slice(at, Math.min(text.length, at + 160)).split('\n')[0]!;
  const nameFirst = new RegExp(String.raw`^\s*[,—–-]?\s*((?:[^,;:!?“”"\n.]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|St|Jr|\p{Lu}))\.){1,80}?)\s+(?:\w+ly\s+|also\s+)?${CUE}\b`, 'u').exec(window);
  if (nameFirst) {
    const from = at + nameFirst[0].indexOf(nameFirst[1]!);
    const found = speakerIn(ctx, from, from + nameFirst[1]!.length, 'cueAfterQuote');
    if (found) return found;
  }
  // "” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said."
  const appositive = new RegExp(String.raw`^\s*(${NAME}),[^“”"\n]{1,140}?\s${CUE}\b`, 'u').exec(window);
  if (appositive && isName(appositive[1]!)) {
    const from = at + appositive[0].indexOf(appositive[1]!);
    const found = speakerIn(ctx, from, from + appositive[1]!.length, 'cueAfterQuote', true);
    if (found) return found;
  }
  const cueFirst = new RegExp(String.raw`^\s*[,—–-]?\s*${CUE}\s+`, 'iu').exec(window);
  if (cueFirst) {
    const from = at + cueFirst[0].length;
    return speakerIn(ctx, from, Math.min(from + 80, at + window.length), 'cueAfterQuote', true);
  }
  const dash = /^\s*[―—–-]{1,2}\s*/u.exec(window);
  if (dash) {
    const from = at + dash[0].length;
    return speakerIn(ctx, from, Math.min(from + 60, at + window.length), 'dashAfterQuote', true);
  }
  return null;
};

/** "Cooper said: “…”" · "Cooper, quoting … James Mattis, noted that “…”" · "Trump told reporters, “…”". */
export const cueBeforeQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  let from = Math.max(ctx.sentenceStart, lastQuoteEndBefore(ctx, quote.outer.start));
  let to = quote.outer.start;
  // "Caddell continued:" on the line before a quotation that opens its own paragraph
  const lead = /:\s*\n\s*$/.exec(text.slice(Math.max(0, to - 200), to));
  if (lead && from >= to - lead[0].length - 1) {
    to = to - lead[0].length + 1;
    from = Math.max(text.lastIndexOf('\n', to - 2) + 1, lastQuoteEndBefore(ctx, to));
  }
  const window = text.slice(from, to);
  const inverted = new RegExp(String.raw`(?:^|[\s,;])${CUE}\s+(${NAME})\s*[,:]\s*$`, 'iu').exec(window);
  if (inverted && isName(inverted[1]!)) {
    const start = from + inverted.index + inverted[0].indexOf(inverted[1]!, inverted[0].search(/\s/) + 1);
    return speakerIn(ctx, start, start + inverted[1]!.length, 'cueBeforeQuote', true);
  }
  const match = new RegExp(String.raw`${CUE}${FILLER}{0,4}\s*[,:]?\s*$`, 'iu').exec(window);
  if (!match) return null;
  const cueAt = from + match.index;
  if (PARTICIPLE.test(match[0]) && /,\s*$/.test(text.slice(from, cueAt))) return sentenceSubject(ctx, from, cueAt, 'cueBeforeQuote');
  return subjectBefore(ctx, from, cueAt, 'cueBeforeQuote');
};

const PARTICIPLE = /^(?:saying|adding|telling|noting|writing|asking|declaring|stating|explaining|arguing|warning|insisting|tweeting)\b/i;

/** ", saying “…”": the speaker is the subject of the sentence, its first person or organisation. */
function sentenceSubject(ctx: QuoteContext, from: number, cueAt: number, pattern: string): Attribution | null {
  const entity = ctx.entities.find((m) => m.start >= from && m.end <= cueAt && m.type !== 'place');
  if (entity) return { pattern, surface: { start: entity.start, end: entity.end }, entity };
  return subjectBefore(ctx, from, cueAt, pattern);
}

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

/** A name written right beside a cue, when the tagger did not mark it: "Rep. Gwen Moore (D-Wis.)". */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,3}\p{Lu}[\p{L}’'-]+(?:\s+\([^)\n]{1,24}\))?`;
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
const NAME_AT_END = new RegExp(`(?:^|[^\\p{L}])(${NAME})\\s*$`, 'u');

/** Finds the speaker inside [start, end): an entity mention, a name, a pronoun, or "the senator". */
function speakerIn(ctx: QuoteContext, start: number, end: number, pattern: string, leading = false): Attribution | null {
  const inside = ctx.entities.filter((m) => m.start >= start && m.end <= end + 1 && m.type !== 'place');
  const entity = leading ? inside.find((m) => m.start - start <= 24) : inside[inside.length - 1];
  const region = ctx.text.slice(start, end);
  const phrase = region.trim();
  const offset = start + region.indexOf(phrase);
  if (entity) {
    // "Rep. G.K. Butterfield" where the tagger saw only "G.K": the written name is the speaker
    const written = leading ? NAME_AT_START.exec(phrase) : null;
    const writtenEnd = written ? offset + written[0].replace(/\s*\([^)]*\)$/, '').length : 0;
    if (written && entity.type === 'person' && offset <= entity.start && writtenEnd > entity.end && isName(written[0])) {
      return { pattern, surface: { start: offset, end: writtenEnd } };
    }
    if (!(written && entity.type !== 'person' && offset <= entity.start && writtenEnd > entity.end)) {
      return { pattern, surface: { start: entity.start, end: entity.end }, entity };
    }
  }
  const pronoun = /^(?:he|she|they|i|we|it)\b/i.exec(phrase);
  if (pronoun && (leading || phrase.length === pronoun[0].length)) return { pattern, surface: { start: offset, end: offset + pronoun[0].length } };
  const name = leading ? NAME_AT_START.exec(phrase) : new RegExp(`^${NAME}$`, 'u').exec(phrase);
  if (name && isName(name[0])) return { pattern, surface: { start: offset, end: offset + name[0].length } };
  const nominal = /^(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+$/iu.exec(phrase);
  if (nominal && isRoleNoun(phrase)) return { pattern, surface: { start: offset, end: offset + phrase.length } };
  return null;
}

function isName(text: string): boolean {
  const first = text.split(/\s+/)[0]!.replace(/[’']s$/, '').toLowerCase();
  return !NOT_NAMES.has(first) || /^(?:mr|mrs|ms|dr)$/.test(first);
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
  if (entity) return withQuoting({ pattern, surface: { start: entity.start, end: entity.end }, entity }, quoting);
  const head = text.slice(from, end);
  const name = NAME_AT_END.exec(head);
  if (name && isName(name[1]!)) {
    const start = end - name[0].length + name[0].indexOf(name[1]!);
    const trimmed = name[1]!.replace(/\s+$/, '');
    return withQuoting({ pattern, surface: { start, end: start + trimmed.length } }, quoting);
  }
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

function withQuoting(attribution: Attribution, quoting: EntityMention | undefined): Attribution {
  if (quoting) attribution.quoting = quoting;
  return attribution;
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
