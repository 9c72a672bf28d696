import type { DateMention } from '../../types.js';

/** "430 BC", "800 CE", "AD 14", "44 B.C.": a year with its era, the era after the year or "AD" before it. */
const ERA_YEAR = /\b(?:(\d{1,4})\s?(BCE?|B\.C\.(?:E\.)?|CE|AD|A\.D\.)|(AD|A\.D\.)\s?(\d{1,4}))(?![\p{L}\p{N}])/gu;

/**
 * Years written with their era. TIMEX3 writes a year before Christ with "BC" before its four digits
 * ("BC0430") and one after as a plain year ("0014"); both at year precision.
 */
export function eraYearMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(ERA_YEAR)) {
    const digits = m[1] ?? m[4]!;
    const before = /^B/.test(m[2] ?? '');
    if (Number(digits) === 0) continue;
    const year = digits.padStart(4, '0');
    const written = m[0];
    out.push({
      text: written,
      type: 'date',
      value: before ? `BC${year}` : year,
      precision: 'year',
      start: m.index,
      end: m.index + written.length,
    });
  }
  return out;
}
