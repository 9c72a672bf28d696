import type { DateMention } from '../../types.js';
import { formatValue } from './calendar.js';
import { prefixStart } from './prefix.js';

type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** "the past year", "the past few weeks": "past" there opens a stretch of time, read by the other patterns. */
const STRETCH_AFTER =
  '(?!\\s+(?:few|several|\\d|(?:twenty|thirty|two|three|four|five|six|seven|eight|nine|ten)\\b|' +
  '(?:hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)\\b))';

/** Each reference's own word, then the words before it that belong to it (required when `needs` is set). */
const REFERENCES: Array<{ word: RegExp; before?: RegExp; needs?: boolean; timex: Reference }> = [
  { word: /\b(?:now|currently|nowadays)\b/gi, before: /\bright\s+$/i, timex: 'PRESENT_REF' },
  { word: /\bpresent\b/gi, before: /\b(?:the|at)\s+$/i, needs: true, timex: 'PRESENT_REF' },
  { word: /\bthese\s+days\b/gi, timex: 'PRESENT_REF' },
  { word: /\bthis\s+time\b/gi, before: /\bat\s+$/i, needs: true, timex: 'PRESENT_REF' },
  { word: /\brecently\b/gi, before: /\b(?:more|most|until|only|very)\s+$/i, timex: 'PAST_REF' },
  { word: new RegExp(`\\bpast\\b${STRETCH_AFTER}`, 'gi'), before: /\bthe\s+$/i, needs: true, timex: 'PAST_REF' },
  {
    word: /\b(?:future|near\s+term)\b/gi,
    before: /\bthe\s+(?:(?:near|distant|foreseeable)\s+)?$/i,
    needs: true,
    timex: 'FUTURE_REF',
  },
];
/** "the now-defunct company": "now" there dates nothing. */
const NOT_TIME_AFTER = /^\s*(?:-|–)?\s*(?:defunct|famous|former|retired|closed|ex-)/i;

/**
 * "now", "currently", "recently", "the future": TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF as `timex`.
 * `value` stays a calendar value for answers: the report's day for the present, its year otherwise.
 */
export function presentRefMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const out: DateMention[] = [];
  for (const { word, before, needs, timex } of REFERENCES) {
    for (const m of text.matchAll(word)) {
      const end = m.index + m[0].length;
      if (NOT_TIME_AFTER.test(text.slice(end, end + 12))) continue;
      const lead = before ? prefixStart(text, m.index, before, 24) : { start: m.index, match: null };
      if (needs && !lead.match) continue;
      const start = lead.start;
      const precision = timex === 'PRESENT_REF' ? 'day' : 'year';
      const value = formatValue(reference, precision);
      out.push({ text: text.slice(start, end), type: 'date', value, precision, approximate: true, timex, start, end });
    }
  }
  return out;
}
