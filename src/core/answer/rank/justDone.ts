import { sentencesOf } from '../../text/sentences.js';

/** A verb in the present perfect ("has made", "have been sold"), with the words it tells of. */
export interface JustDone {
  /** Offsets of the verb group in the text. */
  start: number;
  end: number;
  /** The verb group and the few words after it in its clause: "has made its maiden flight". */
  text: string;
  /** Offsets of the verb's sentence, where a time of its own would be written. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Past participles that do not end in -ed ("has got" is left out: it mostly means "has"). */
const IRREGULAR = [
  'made',
  'won',
  'taken',
  'given',
  'sold',
  'bought',
  'left',
  'become',
  'begun',
  'shown',
  'seen',
  'told',
  'said',
  'gone',
  'come',
  'held',
  'led',
  'met',
  'paid',
  'put',
  'set',
  'spent',
  'struck',
  'brought',
  'built',
  'caught',
  'chosen',
  'cut',
  'done',
  'drawn',
  'driven',
  'fallen',
  'found',
  'flown',
  'grown',
  'heard',
  'hit',
  'hurt',
  'kept',
  'lost',
  'quit',
  'risen',
  'run',
  'sent',
  'shut',
  'spoken',
  'stolen',
  'sworn',
  'thrown',
  'withdrawn',
  'written',
  'broken',
  'split',
  'sunk',
  'fled',
  'fought',
  'hung',
  'laid',
  'lent',
  'shot',
  'slain',
  'swept',
  'torn',
  'woken',
  'undergone',
  'overtaken',
  'upheld',
].join('|');

/**
 * Verbs that tell a state, not an event: "has lived", "have remained" run up to the report's day
 * instead of happening on it.
 */
const STATES = new Set([
  'lived',
  'existed',
  'remained',
  'stayed',
  'wanted',
  'needed',
  'liked',
  'loved',
  'hated',
  'seemed',
  'belonged',
  'owned',
  'continued',
  'persisted',
  'lasted',
  'struggled',
  'worked',
  'served',
  'used',
  'tended',
  'hoped',
]);

/**
 * "has made", "have just been sold", "has now agreed": has or have after a word (not opening a
 * question, not after a modal or "to"), an adverb of the moment at most, and a past participle.
 * "has long been", "has not yet", "has always" do not match: they tell no event, or none done.
 */
const PRESENT_PERFECT = new RegExp(
  String.raw`(?<=[\p{L}\p{N},)”"’']\s+)(?<!\b(?:would|could|should|might|must|may|will|shall|to|not|never)\s+)` +
    String.raw`\b(?:has|have)\s+(?:(?:just|now|also|already|finally|officially|formally|successfully|recently|reportedly)\s+)?` +
    String.raw`(?:been\s+)?(?<verb>\p{L}+ed|${IRREGULAR})\b`,
  'giu',
);

/**
 * Where the words after the verb group stop: a clause's end or a quotation mark. A full stop inside
 * the sentence is an abbreviation's or a number's ("U.S.", "80.1%"): the sentence's own end bounds them.
 */
const CLAUSE_STOP = /[,;:!?"“”()]|\s[–—-]\s/;
/** Words after the verb group that the answer's text keeps, up to the first that opens a phrase of its own. */
const WORDS_AFTER = 4;
const PHRASE_OPENERS = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'because',
  'as',
  'but',
  'and',
  'from',
  'in',
  'at',
  'on',
  'to',
  'for',
  'with',
  'by',
  'that',
  'which',
  'who',
  'during',
  'into',
  'over',
  'under',
]);

/**
 * The verbs of a text in the present perfect, which news uses for what has just happened: "The
 * Airbus A380 has made its maiden flight" in a report of 27 April 2005 tells a flight of that day
 * or just before. The report's date is then the answer to "when", where the sentence gives no time.
 */
export function justDone(text: string): JustDone[] {
  const matches = [...text.matchAll(PRESENT_PERFECT)].filter((m) => !STATES.has(m.groups?.verb?.toLowerCase() ?? ''));
  // most passages have none: their sentences are not split
  if (matches.length === 0) return [];
  const spans = sentencesOf(text);
  const found: JustDone[] = [];
  for (const m of matches) {
    const start = m.index;
    const sentence = spans.find((s) => s.start <= start && start < s.end);
    // "Has the council voted?": a verb group that opens its sentence asks
    if (!sentence || sentence.start === start) continue;
    const end = start + m[0].length;
    found.push({
      start,
      end,
      text: withWordsAfter(text, start, end, sentence.end),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
    });
  }
  return found;
}

/** The verb group with up to `WORDS_AFTER` words after it, not past its clause. */
function withWordsAfter(text: string, start: number, end: number, sentenceEnd: number): string {
  const rest = text.slice(end, sentenceEnd);
  const stop = CLAUSE_STOP.exec(rest)?.index ?? rest.length;
  const clause = rest.slice(0, stop).replace(/\.\s*$/, '');
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, WORDS_AFTER);
  const opener = words.findIndex((w) => PHRASE_OPENERS.has(w.toLowerCase()));
  return [text.slice(start, end), ...(opener === -1 ? words : words.slice(0, opener))].join(' ');
}
