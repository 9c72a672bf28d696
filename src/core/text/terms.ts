/** How text becomes search terms: the same for reports, queries, roles and highlighting. */

/** Words too common to tell passages apart, plus question words. */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both
  but by can could did didn't do does doesn't doing don't down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is isn't it its itself just me more most my myself no nor not
  of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was wasn't we were what when where
  which while who whom whose why will with would you your yours yourself yourselves also s t ll ve re d m shall may
  might must whats what's who's us`.split(/\s+/),
);

/** Irregular past forms, so "met" finds "meet" and "meeting". */
const IRREGULAR = new Map(
  Object.entries({
    met: 'meet',
    said: 'say',
    says: 'say',
    told: 'tell',
    won: 'win',
    led: 'lead',
    held: 'hold',
    began: 'begin',
    begun: 'begin',
    took: 'take',
    taken: 'take',
    made: 'make',
    gave: 'give',
    given: 'give',
    went: 'go',
    gone: 'go',
    came: 'come',
    saw: 'see',
    seen: 'see',
    found: 'find',
    left: 'leave',
    ran: 'run',
    became: 'become',
    fought: 'fight',
    bought: 'buy',
    sold: 'sell',
    wrote: 'write',
    written: 'write',
    spoke: 'speak',
    spoken: 'speak',
    chose: 'choose',
    chosen: 'choose',
    built: 'build',
    sent: 'send',
    paid: 'pay',
    lost: 'lose',
    struck: 'strike',
    brought: 'bring',
    thought: 'think',
    taught: 'teach',
    caught: 'catch',
    kept: 'keep',
    felt: 'feel',
    fell: 'fall',
    fallen: 'fall',
    grew: 'grow',
    grown: 'grow',
    knew: 'know',
    known: 'know',
    threw: 'throw',
    drew: 'draw',
    flew: 'fly',
    rose: 'rise',
    shot: 'shoot',
    sat: 'sit',
    stood: 'stand',
    understood: 'understand',
    died: 'die',
    men: 'man',
    women: 'woman',
    children: 'child',
    people: 'person',
    elected: 'elect',
    killed: 'kill',
    born: 'bear',
    signed: 'sign',
    married: 'marry',
    founded: 'found',
    invented: 'invent',
    discovered: 'discover',
    drawn: 'draw',
    flown: 'fly',
    hidden: 'hide',
    hid: 'hide',
    broke: 'break',
    broken: 'break',
    stole: 'steal',
    stolen: 'steal',
    forgot: 'forget',
    forgotten: 'forget',
    drove: 'drive',
    driven: 'drive',
    rode: 'ride',
    ridden: 'ride',
    ate: 'eat',
    eaten: 'eat',
    beaten: 'beat',
    froze: 'freeze',
    frozen: 'freeze',
    wore: 'wear',
    worn: 'wear',
    swore: 'swear',
    sworn: 'swear',
    tore: 'tear',
    torn: 'tear',
    sang: 'sing',
    sung: 'sing',
    sank: 'sink',
    sunk: 'sink',
    hung: 'hang',
    dug: 'dig',
    stuck: 'stick',
    fled: 'flee',
    dealt: 'deal',
    meant: 'mean',
    lent: 'lend',
    spent: 'spend',
    slept: 'sleep',
    swept: 'sweep',
    heard: 'hear',
    sought: 'seek',
    shook: 'shake',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    arose: 'arise',
    arisen: 'arise',
    forgave: 'forgive',
    forgiven: 'forgive',
    overtook: 'overtake',
    overtaken: 'overtake',
    undertook: 'undertake',
    undertaken: 'undertake',
  }),
);

/** Splits text into words; "U.S." stays one word. */
export function tokenize(text: string): string[] {
  return text
    .replace(/\bU\.S\.(?:A\.)?/g, 'US ')
    .replace(/\bU\.K\./g, 'UK ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Stems already computed: a vocabulary repeats, and stemming is the costly part of indexing. */
const stems = new Map<string, string>();
const MAX_STEMS = 500_000;

/** A word as the index stores it, or null for stop words and single letters. */
export function processTerm(word: string): string | null {
  if (word === 'US' || word === 'USA') return 'usa';
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  let stemmed = stems.get(lower);
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stemmed = stem(lower);
    stems.set(lower, stemmed);
  }
  return stemmed;
}

/** Words with their offsets, for highlighting. */
export function wordsWithOffsets(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/** The index terms of a text, in order, stop words left out. */
export function termList(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/** Processed terms of a text, without duplicates. */
export function termsOf(text: string): string[] {
  return [...new Set(termList(text))];
}

/** Term frequencies of a list. */
export function frequencies(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Stems spelt "-our" in British and "-or" in American English. */
const OUR_STEMS = [
  'arbo',
  'armo',
  'behavio',
  'cando',
  'clamo',
  'colo',
  'demeano',
  'endeavo',
  'favo',
  'fervo',
  'flavo',
  'harbo',
  'hono',
  'humo',
  'labo',
  'neighbo',
  'odo',
  'parlo',
  'rigo',
  'rumo',
  'savio',
  'savo',
  'splendo',
  'tumo',
  'valo',
  'vapo',
  'vigo',
];
/** "labour" → "labor", "colours" → "colors": the stems above followed by "ur". */
const BRITISH_OUR = new RegExp(`^(${OUR_STEMS.join('|')})ur`);

/**
 * British spellings folded into American ones, so "theater" finds "Theatre Royal" and
 * "labor" finds "Labour": reports come from both sides of the Atlantic. Word stems are
 * listed where a plain ending rule would catch other words ("four", "hour", "Notre").
 */
const BRITISH_SPELLINGS: Array<[RegExp, string]> = [
  [BRITISH_OUR, '$1r'],
  [/^(calib|cent|fib|lit|lust|meag|met|mit|sab|scept|somb|spect|theat)re(s?)$/, '$1er$2'],
  [/^(calib|cent|fib|lit|lust|meag|met|mit|sab|scept|somb|spect|theat)red$/, '$1ered'],
  [/^(defen|offen|preten|licen)ce(s|d)?$/, '$1se$2'],
  [/^(catalog|dialog|analog|monolog|prolog|epilog)ue(s|d)?$/, '$1$2'],
  [/^programme(s|d)?$/, 'program$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/isation$/, 'ization'],
  [/is(e|ed|es|ing)$/, 'iz$1'],
];

/** A light suffix stemmer: enough that "meeting", "meets" and "meet" match. */
export function stem(word: string): string {
  const base = IRREGULAR.get(word) ?? word;
  if (/^\d/.test(base) || base.length <= 3) return base;
  let w = base;
  for (const [british, american] of BRITISH_SPELLINGS) w = w.replace(british, american);
  // "originally" finds "original", "recently" "recent"; short words ("rally", "gently") and
  // "-ily" words ("family", "Italy") are left alone
  if (w.length >= 7 && /(?:al|ent|ant|ous|ive|ful|less|ic)ly$/.test(w)) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop": a stem whose last consonant was doubled before an ending. */
export function undouble(w: string): string {
  return /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
