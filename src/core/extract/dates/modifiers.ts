import type { DateMention } from '../../types.js';
import { BOUND_WORDS } from './durations.js';

/** "the end of", "the first half of": part of the expression in TimeML ("the end of this year"). */
const PART_OF =
  /\b(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn|(?:first|second|last|latter)\s+half)\s+of\s+$/i;
/** "early June", "late 2006", "mid-1996": a modifier the value keeps at its precision. */
const EARLY_LATE = /\b(?:early|late|mid)(?:\s+|-)$/i;
/** A mention already starting with its part ("end of last year") takes only the article before it. */
const STARTS_WITH_PART = /^(?:end|start|beginning|middle|close|turn)\s+of\b/i;
const ARTICLE_BEFORE = /\bthe\s+$/i;
/**
 * A bare calendar word ("weekend") and a past one ("past year") take their article: "the weekend",
 * "the past year" are the expressions in TimeML.
 */
const BARE_UNIT = /^(?:past\s+)?(?:weekend|week|month|year|day)$/i;
/**
 * "nearly four years ago", "more than four decades ago": the bound is part of the time, as of a
 * length. "Just" is left out: "just a decade ago" says how recent, and TimeML leaves it outside.
 */
const AGO_BOUNDS = BOUND_WORDS.filter((word) => word !== 'just');
const BOUND_BEFORE = new RegExp(`\\b(?:${AGO_BOUNDS.join('|')})\\s+$`, 'i');
const AGO = /\bago$/i;
/**
 * "earlier this year", "later that day", "Earlier yesterday": the order word is part of a time
 * counted from now or from a day just named (TimeBank takes it in 15 times of 24 on tune).
 */
const ORDER_BEFORE = /\b(?:earlier|later)\s+$/i;
const NEAR_REFERENCE = /^(?:this|that|yesterday|today|tonight|tomorrow)\b/i;

/**
 * Widens dates over the words TimeML counts as part of them: "the end of this year", "late 2006",
 * "early June", "the weekend". Values stay as they are; nothing is widened into another mention.
 */
export function widenModifiers(text: string, mentions: DateMention[]): DateMention[] {
  return mentions.map((mention, i) => {
    if (mention.type !== 'date' && mention.type !== 'time') return mention;
    const floor = i > 0 ? mentions[i - 1]!.end : 0;
    const before = text.slice(Math.max(floor, mention.start - 30), mention.start);
    const match = modifierBefore(mention, before).exec(before);
    if (!match) return mention;
    const start = mention.start - (before.length - match.index);
    return { ...mention, text: text.slice(start, mention.end), start };
  });
}

/** What TimeML takes into a mention from the words before it, by what the mention is. */
function modifierBefore(mention: DateMention, before: string): RegExp {
  if (STARTS_WITH_PART.test(mention.text) || BARE_UNIT.test(mention.text)) return ARTICLE_BEFORE;
  if (AGO.test(mention.text)) return BOUND_BEFORE;
  if (NEAR_REFERENCE.test(mention.text) && ORDER_BEFORE.test(before)) return ORDER_BEFORE;
  return PART_OF.test(before) ? PART_OF : EARLY_LATE;
}
