import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compromiseLexicon } from '../../text/lexicon.js';

/** Word-list classes the tagger reads as features, from compromise's lexicon (a maintained package). */
const CLASS_OF_TAG: Record<string, string> = {
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  Person: 'person',
  Organization: 'org',
  SportsTeam: 'team',
  Demonym: 'demonym',
  Honorific: 'honorific',
  Month: 'month',
  WeekDay: 'weekday',
  Actor: 'actor',
};

/** Word-list entries (lower case): one-word entries by word, longer ones by their first word. */
export interface Gazetteer {
  single: Map<string, string[]>;
  /** First word → the whole entries (as word arrays) with their classes. */
  multi: Map<string, Array<{ words: string[]; classes: string[] }>>;
}

let cached: Gazetteer | undefined;

/** The word lists, built once from compromise's lexicon. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const lexicon = compromiseLexicon();
  const single = new Map<string, string[]>();
  const multi = new Map<string, Array<{ words: string[]; classes: string[] }>>();
  for (const [entry, tags] of Object.entries(lexicon)) {
    const classes = [
      ...new Set((Array.isArray(tags) ? tags : [tags]).map((t) => CLASS_OF_TAG[t]).filter((c) => c !== undefined)),
    ];
    if (classes.length === 0) continue;
    const words = entry.split(' ');
    if (words.length === 1) single.set(entry, classes);
    else {
      const list = multi.get(words[0]!) ?? [];
      list.push({ words, classes });
      multi.set(words[0]!, list);
    }
  }
  for (const name of companyWords()) single.set(name, [...(single.get(name) ?? []), 'company']);
  cached = { single, multi };
  return cached;
}

/** Whether the word lists put the word in one of the classes ("company", "first", "city" …). */
export function inClass(word: string, ...classes: string[]): boolean {
  const listed = gazetteer().single.get(word.toLowerCase()) ?? [];
  return classes.some((c) => listed.includes(c));
}

/** Whether compromise's lexicon lists the word as a noun for a person by what they do or are ("bishop", "analyst"). */
export function isActor(word: string): boolean {
  return inClass(word, 'actor');
}

/** Whether compromise's lexicon lists the word as the name of a month or a day of the week ("June", "Wednesday"). */
export function isCalendarName(word: string): boolean {
  return inClass(word, 'month', 'weekday');
}

/** Whether compromise's lexicon lists the word as a given name ("Frank", "Maria"). */
export function isGivenName(word: string): boolean {
  return inClass(word, 'first');
}

/** Whether compromise's lexicon lists the word as a people's adjective ("European", "Palestinian"). */
export function isDemonym(word: string): boolean {
  return inClass(word, 'demonym');
}

/** Every one-word people's adjective compromise's lexicon lists, lower case. */
export function demonymWords(): string[] {
  return [...gazetteer().single].flatMap(([word, classes]) => (classes.includes('demonym') ? [word] : []));
}

/** Whether compromise's lexicon lists the name, of one word or more, as a country ("Ardena", "New Zealand"). */
export function isCountryName(name: string): boolean {
  return listedAs(name, 'country');
}

/** Whether compromise's lexicon lists the name, of one word or more, as a country, city, region or place. */
export function isPlaceName(name: string): boolean {
  return listedAs(name, 'country', 'city', 'region', 'place');
}

function listedAs(name: string, ...classes: string[]): boolean {
  const lower = name.toLowerCase();
  const [first] = lower.split(/\s+/);
  return (
    inClass(lower, ...classes) ||
    (gazetteer().multi.get(first!) ?? []).some(
      (e) => e.words.join(' ') === lower && e.classes.some((c) => classes.includes(c)),
    )
  );
}

/**
 * The word-list features of every token of a sentence: the classes of the word itself, and
 * for each multi-word entry that covers it, the class with the token's place in it (B/I).
 */
export function gazetteerMarks(lowers: string[]): string[][] {
  const { single, multi } = gazetteer();
  const marks: string[][] = lowers.map((w) => (single.get(w) ?? []).map((c) => `1${c}`));
  for (let i = 0; i < lowers.length; i++) {
    for (const entry of multi.get(lowers[i]!) ?? []) {
      const n = entry.words.length;
      if (i + n > lowers.length || !entry.words.every((w, k) => lowers[i + k] === w)) continue;
      for (let k = 0; k < n; k++) for (const c of entry.classes) marks[i + k]!.push(`${k === 0 ? 'B' : 'I'}${c}`);
    }
  }
  return marks;
}

/** Words of company names (lower case) from @cspell/dict-companies, a maintained word list. */
function companyWords(): string[] {
  // the package exports only its cspell settings file; the word list lies beside it
  const settings = createRequire(import.meta.url).resolve('@cspell/dict-companies/cspell-ext.json');
  const path = join(dirname(settings), 'dict', 'companies.txt');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line.length > 1 && !line.startsWith('#'));
}
