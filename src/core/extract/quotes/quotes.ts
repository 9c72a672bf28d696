import type { EntityMention, QuoteMention } from '../../types.js';
import { sentencesOf, type Span } from '../../text/sentences.js';
import { ROLE_HEADS } from '../entities/words.js';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.js';
import { SPEAKER_PATTERNS, type Attribution, type QuoteContext } from './speakerPatterns.js';

/** Quoted words shorter than this without a speaker are names or scare quotes, not quotations. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Quoted words shorter than this are kept only when a speaker pattern right beside them says who. */
const MIN_WORDS = 2;

/**
 * Quotations of a text with their speakers, resolved to the full names the
 * entity mentions give. The quoted text is exactly the report's text between the marks.
 */
export function extractQuotes(text: string, entities: EntityMention[]): QuoteMention[] {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const sentences = sentencesOf(text);
  const out: QuoteMention[] = [];
  let previous: { mention: QuoteMention; end: number } | null = null;
  for (const quote of spans) {
    const context: QuoteContext = {
      text,
      quote,
      sentenceStart: sentenceAt(sentences, quote.outer.start)?.start ?? quote.outer.start,
      sentenceEnd: sentenceAt(sentences, Math.max(quote.outer.start, quote.outer.end - 1))?.end ?? quote.outer.end,
      quotes: spans,
      entities,
    };
    const attribution = attribute(context);
    const words = text.slice(quote.inner.start, quote.inner.end).split(/\s+/).filter(Boolean).length;
    let mention: QuoteMention | null = null;
    if (attribution && (words >= MIN_UNATTRIBUTED_WORDS || (words >= MIN_WORDS && attribution.pattern !== 'cueInSentence'))) {
      mention = toMention(text, quote, attribution, entities);
    } else if (words >= MIN_UNATTRIBUTED_WORDS) {
      mention = continuation(text, quote, previous) ?? unattributed(text, quote);
    }
    if (mention) {
      out.push(mention);
      previous = { mention, end: quote.outer.end };
    }
  }
  return out;
}

function attribute(context: QuoteContext): Attribution | null {
  for (const pattern of SPEAKER_PATTERNS) {
    const found = pattern(context);
    if (found) return found;
  }
  return null;
}

function toMention(text: string, quote: QuoteSpan, attribution: Attribution, entities: EntityMention[]): QuoteMention {
  const surface = text.slice(attribution.surface.start, attribution.surface.end);
  return {
    text: text.slice(quote.inner.start, quote.inner.end),
    speaker: attribution.entity?.text ?? resolveSpeaker(surface, attribution.surface.start, entities),
    speakerSurface: surface,
    quoting: attribution.quoting?.text ?? null,
    start: quote.inner.start,
    end: quote.inner.end,
  };
}

/**
 * "he" → the last person named before; "the senator" → the last person with that role;
 * "Rep. Gwen Moore (D-Wis.)" → "Gwen Moore", or the full name the report gives for that surname.
 */
function resolveSpeaker(surface: string, at: number, entities: EntityMention[]): string | null {
  const lower = surface.toLowerCase();
  if (/^\p{Lu}/u.test(surface) && !/^(?:He|She|They|It|I|We|The|A|An|One|Another)\b/.test(surface)) {
    const name = surface.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\.?\s+/, '').replace(/[’']s$/, '').trim();
    const surname = name.split(/\s+/).pop()!;
    const full = entities.find((m) => m.type === 'person' && m.text.includes(' ') && m.text.split(' ').pop() === surname);
    return full?.text ?? name;
  }
  const before = entities.filter((m) => m.end <= at && m.type === 'person');
  if (lower === 'he' || lower === 'she') return before[before.length - 1]?.text ?? null;
  const head = lower.split(/\s+/).pop() ?? '';
  if (ROLE_HEADS.has(head)) {
    const roles = new Map<string, string>();
    for (const m of entities) if (m.role) roles.set(m.text, m.role.toLowerCase());
    const holder = [...before].reverse().find((m) => roles.get(m.text)?.includes(head));
    return holder?.text ?? null;
  }
  return null;
}

/** A quotation that opens the paragraph after an attributed one continues the same speaker. */
function continuation(text: string, quote: QuoteSpan, previous: { mention: QuoteMention; end: number } | null): QuoteMention | null {
  if (!previous || !previous.mention.speaker) return null;
  const between = text.slice(previous.end, quote.outer.start);
  if (between.split('\n').length > 3 || /[.!?]\s+\p{Lu}[^“”"]{40,}/u.test(between.replace(/\n/g, ' '))) return null;
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

function sentenceAt(sentences: Span[], at: number): Span | undefined {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences.find((s) => s.start > at);
}
