import { tagTerms } from '../../extract/entities/terms.js';
import { firstLetterEitherCase } from '../../text/eitherCase.js';

/** A named period or event that places a time ("the Second World War", "the Pleistocene epoch"), by offsets. */
export interface PeriodPhrase {
  text: string;
  start: number;
  end: number;
}

/** A capitalised word, hyphens allowed inside ("Franco-German", "pre-Columbian" is handled by `NAME`). */
const CAPITAL = String.raw`[A-Z][\p{L}]*(?:-[A-Z]?[\p{L}]+)*`;
/** Capitalised words that open a sentence or a clause rather than a name ("In", "The", "During"). */
const OPENING_WORDS = 'The|In|On|At|By|During|After|Before|Since|Until|From|This|That|Its|His|Her|Their|A|An';
const NOT_A_NAME = `(?!(?:${OPENING_WORDS})\\b)`;
/** One to three capitalised words, the first may start lower-case before a hyphen ("pre-Columbian"). */
const NAME = String.raw`${NOT_A_NAME}(?:[a-z]+-)?${CAPITAL}(?:\s+${CAPITAL}){0,2}`;
/** "World War I", "World War Two", "the First World War". */
const WORLD_WAR = String.raw`World\s+War\s+(?:I{1,2}|One|Two|1|2)\b|(?:the\s+)?(?:First|Second)\s+World\s+War`;
/** General English nouns of a span of history. */
const PERIOD_NOUNS = ['war', 'era', 'epoch', 'period', 'age', 'dynasty', 'dynasties', 'revolution', 'depression']
  // either case of the first letter: "the Bronze Age", "the Jurassic period"
  .map(firstLetterEitherCase)
  .join('|');
/** "the Franco-German War", "the Pleistocene epoch", "the Tang dynasty", "the Bronze Age". */
const NAMED_PERIOD = String.raw`(?:[Tt]he\s+)?${NAME}\s+(?:${PERIOD_NOUNS})\b`;
const PERIOD = new RegExp(`\\b(?:${WORLD_WAR}|${NAMED_PERIOD})`, 'gu');
/**
 * Named periods and events of a text that answer "when" as well as a date does: world wars, and a
 * capitalised name before a noun of history ("the Cambrian period", "the Jin dynasty"). Found by
 * the when-ranker in the best passages only; they carry no calendar value.
 */
export function periodPhrases(text: string): PeriodPhrase[] {
  const out: PeriodPhrase[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const end = m.index + m[0].length;
    if (!describesWhatFollows(text, m.index, end)) out.push({ text: m[0], start: m.index, end });
  }
  return out;
}

/** The lower-case word right after a phrase. */
const NEXT_WORD = /^ ([a-z][a-z'’-]*)/;
/** Nouns of time after a period name keep it a time ("the Cold War years"). */
const TIME_NOUNS = new Set(['years', 'year', 'days', 'months', 'decades', 'era', 'period', 'generation']);

/**
 * A period's name that only describes the noun after it ("the Gulf War southern front", "Gulf War
 * veterans", a car named "Dynasty" in "Dynasty four-door sedans") places nothing in time. Read off
 * compromise's tags for the word after the name: an adjective or a noun; a verb ("the war ended")
 * or a function word leaves the period a time.
 */
function describesWhatFollows(text: string, start: number, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  if (!next || TIME_NOUNS.has(next)) return false;
  if (next.includes('-')) return true;
  const terms = tagTerms(text, [{ start, end: Math.min(text.length, end + 60) }]);
  const after = terms.find((t) => t.start >= end + 1);
  if (!after) return false;
  return after.tags.has('Adjective') || (after.tags.has('Noun') && !after.tags.has('Verb'));
}
