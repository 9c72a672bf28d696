import type { EntityMention, QuoteMention } from '../../types.js';
import { sentencesOf, type Span } from '../../text/sentences.js';
import { TextIndex, WINDOW, type Attribution, type QuoteContext } from './quoteContext.js';
import { isQuotedTitle } from './quotedTitle.js';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.js';
import { SpeakerResolver } from './resolveSpeaker.js';
import { candidatesOf } from './speakerFeatures.js';
import { chooseSpeaker } from './speakerModel.js';
import { SPEAKER_PATTERNS } from './speakerPatterns.js';

/** How quotations are read. */
export interface QuoteOptions {
  /** Let the learned weights choose among the people near a quotation the rules attribute. */
  learnedSpeaker?: boolean;
}

/** Defaults of {@link QuoteOptions}. */
export const QUOTE_DEFAULTS: Required<QuoteOptions> = { learnedSpeaker: false };

/** Quoted words shorter than this without a speaker are names or scare quotes, not quotations. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Quoted words shorter than this are kept only when a speaker pattern right beside them says who. */
const MIN_WORDS = 2;
/** Patterns that read the whole sentence: too loose to keep a short quotation on their own. */
const LOOSE_PATTERNS = new Set(['cueInSentence', 'colonSubject']);
/** Patterns whose cue stands right beside the marks: a one-word utterance there is a quotation. */
const ADJACENT_PATTERNS = new Set(['cueAfterQuote', 'cueBeforeQuote']);
/** Quoted words that close on their own punctuation are an utterance ("Scam."), not a quoted term. */
const UTTERANCE_END = /[.,!?…]$/u;
/** A quotation this close after an attributed one, with no sentence of narration between, goes on with it. */
const CONTINUATION_GAP = 400;
const NARRATION = /[.!?]\s{1,3}\p{Lu}[^“”"]{40}/u;

/**
 * Quotations of a text with their speakers, resolved to the full names the report gives. The
 * quoted text is exactly the report's text between the marks. Linear in the text's length: the
 * marks are paired in one pass and each speaker is looked for in a bounded window.
 */
export function extractQuotes(text: string, entities: EntityMention[], options: QuoteOptions = {}): QuoteMention[] {
  const { learnedSpeaker } = { ...QUOTE_DEFAULTS, ...options };
  const contexts = quoteContexts(text, entities);
  const resolver = new SpeakerResolver(
    text,
    entities,
    contexts.map((c) => c.quote.outer),
  );
  const out: QuoteMention[] = [];
  let previous: { mention: QuoteMention; end: number } | null = null;
  for (const [i, { quote, context, rule }] of contexts.entries()) {
    const attribution = learnedSpeaker && rule ? chooseSpeaker(candidatesOf(context, rule), rule) : rule;
    const words = wordCount(text, quote.inner);
    let mention: QuoteMention | null = null;
    if (attribution && (words >= MIN_UNATTRIBUTED_WORDS || keepsShort(text, quote, rule))) {
      mention = toMention(text, quote, attribution, resolver);
      // a short quotation is kept for its speaker: with no one resolved it is a quoted term, not a quotation
      if (words < MIN_UNATTRIBUTED_WORDS && !mention.speaker) mention = null;
    } else if (words >= MIN_UNATTRIBUTED_WORDS) {
      mention = continuation(text, quote, previous) ?? leadsInto(text, quote, contexts[i + 1], resolver);
    } else if (isUtterance(text, quote)) {
      mention = splitSentenceRest(text, quote, previous);
    }
    if (mention) {
      // a programme's or a work's title in quotation marks is named, not said; what the sentence
      // says of its speaker still carries to the quotation after it
      if (!isQuotedTitle(mention.text)) out.push(mention);
      previous = { mention, end: quote.outer.end };
    }
  }
  return out;
}

/** Each quotation of a text with what the speaker patterns read about it and what the rules attribute. */
export function quoteContexts(
  text: string,
  entities: EntityMention[],
): Array<{ quote: QuoteSpan; context: QuoteContext; rule: Attribution | null }> {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const sentences = new SentenceCursor(sentencesOf(text));
  const index = new TextIndex(spans, entities);
  return spans.map((quote, i) => {
    const context: QuoteContext = {
      text,
      quote,
      sentenceStart: Math.max(sentences.startAt(quote.outer.start) ?? quote.outer.start, quote.outer.start - WINDOW),
      sentenceEnd: Math.min(sentences.endAt(quote.outer.end - 1) ?? quote.outer.end, quote.outer.end + WINDOW),
      previousEnd: spans[i - 1]?.outer.end ?? 0,
      nextStart: spans[i + 1]?.outer.start ?? text.length,
      index,
    };
    return { quote, context, rule: attribute(context) };
  });
}

function attribute(context: QuoteContext): Attribution | null {
  for (const pattern of SPEAKER_PATTERNS) {
    const found = pattern(context);
    if (found) return found;
  }
  return null;
}

/** A quotation under MIN_UNATTRIBUTED_WORDS kept because the pattern that attributes it is close and sure. */
function keepsShort(text: string, quote: QuoteSpan, rule: Attribution | null): boolean {
  if (rule === null || LOOSE_PATTERNS.has(rule.pattern)) return false;
  if (wordCount(text, quote.inner) >= MIN_WORDS) return true;
  return ADJACENT_PATTERNS.has(rule.pattern) && isUtterance(text, quote);
}

function isUtterance(text: string, quote: QuoteSpan): boolean {
  return UTTERANCE_END.test(text[quote.inner.end - 1] ?? '');
}

function wordCount(text: string, span: Span): number {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = /\s/.test(text[i]!);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function toMention(text: string, quote: QuoteSpan, attribution: Attribution, resolver: SpeakerResolver): QuoteMention {
  const surface = text.slice(attribution.surface.start, attribution.surface.end);
  return {
    text: text.slice(quote.inner.start, quote.inner.end),
    speaker: resolver.speakerOf(attribution.entity, surface, attribution.surface.start),
    speakerSurface: surface,
    quoting: attribution.quoting?.text ?? null,
    start: quote.inner.start,
    end: quote.inner.end,
  };
}

/** A quotation that opens the paragraph after an attributed one continues the same speaker. */
function continuation(
  text: string,
  quote: QuoteSpan,
  previous: { mention: QuoteMention; end: number } | null,
): QuoteMention | null {
  if (!previous?.mention.speaker) return null;
  if (quote.outer.start - previous.end > CONTINUATION_GAP) return null;
  const between = text.slice(previous.end, quote.outer.start);
  if (between.split('\n').length > 3 || NARRATION.test(between.replace(/\n/g, ' '))) return null;
  return { ...unattributed(text, quote), speaker: previous.mention.speaker, speakerSurface: null };
}

/** A quotation that makes its paragraph, then a quotation signed after it: "“…” ¶ “…,” Viguerie notes." */
const PARAGRAPH_BREAK = /^\s{0,3}\n\s{0,6}$/;

/**
 * A quotation alone in its paragraph, right before a paragraph that opens with a quotation signed after
 * it, is the same speaker's: a long quotation written over paragraphs is signed in the last one.
 */
function leadsInto(
  text: string,
  quote: QuoteSpan,
  next: { quote: QuoteSpan; rule: Attribution | null } | undefined,
  resolver: SpeakerResolver,
): QuoteMention {
  const alone = /(?:^|\n)\s{0,3}$/.test(text.slice(Math.max(0, quote.outer.start - 4), quote.outer.start));
  const signed = next?.rule?.pattern === 'cueAfterQuote';
  if (!next || !alone || !signed || !PARAGRAPH_BREAK.test(text.slice(quote.outer.end, next.quote.outer.start))) {
    return unattributed(text, quote);
  }
  const mention = toMention(text, quote, next.rule!, resolver);
  return { ...mention, speakerSurface: null, quoting: null };
}

/** Between the halves of a split quotation: the attribution of the first, then a sentence end (", Rubio said. "). */
const SPLIT_ATTRIBUTION = /^[^“”"\n]{1,120}[.!?]\s{1,3}$/u;

/**
 * The second half of a quotation split by its attribution, in the same paragraph ("“It’s taxing,”
 * O’Donnell said. “Big time.”"): however short, it is the same speaker's.
 */
function splitSentenceRest(
  text: string,
  quote: QuoteSpan,
  previous: { mention: QuoteMention; end: number } | null,
): QuoteMention | null {
  if (!previous?.mention.speaker || previous.mention.speakerSurface === null) return null;
  if (!SPLIT_ATTRIBUTION.test(text.slice(previous.end, quote.outer.start))) return null;
  return { ...unattributed(text, quote), speaker: previous.mention.speaker, speakerSurface: null };
}

function unattributed(text: string, quote: QuoteSpan): QuoteMention {
  return {
    text: text.slice(quote.inner.start, quote.inner.end),
    speaker: null,
    speakerSurface: null,
    quoting: null,
    start: quote.inner.start,
    end: quote.inner.end,
  };
}

/** The sentences of a text, looked up at offsets that only grow: one pass over them for all quotations. */
class SentenceCursor {
  private next = 0;
  constructor(private readonly sentences: Span[]) {}

  /** Start of the sentence holding `at` (or the next one). */
  startAt(at: number): number | undefined {
    return this.find(at)?.start;
  }

  /** End of the sentence holding `at` (or the next one); later quotations start after `at`. */
  endAt(at: number): number | undefined {
    return this.find(at)?.end;
  }

  private find(at: number): Span | undefined {
    while (this.next < this.sentences.length && this.sentences[this.next]!.end <= at) this.next++;
    return this.sentences[this.next];
  }
}
