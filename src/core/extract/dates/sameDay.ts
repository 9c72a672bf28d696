import type { DateMention } from '../../types.js';

/** "the same day", "the day", "that day": the day last named before it, else the report's own day. */
const SAME_DAY =
  /\b(?:the|that)\s+(?:same\s+|very\s+)?day\b(?!\s+(?:before|after|earlier|later|of|when|that|in|to))(?!['’]s)/gi;

export function sameDayMentions(text: string, found: DateMention[], reportDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(SAME_DAY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((m) => start < m.end && m.start < end)) continue;
    const previous = [...found].reverse().find((m) => m.end <= start && m.precision === 'day' && m.type === 'date');
    const value = previous?.until ?? previous?.value ?? reportDate;
    if (!value) continue;
    out.push({ text: match[0], type: 'date', value, precision: 'day', start, end });
  }
  return out;
}
