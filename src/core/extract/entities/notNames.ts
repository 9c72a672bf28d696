import type { EntityType } from '../../types.js';
import { isFunctionWord, isLyAdverb } from '../../text/notNoun.js';
import { gazetteer } from '../ner/gazetteer.js';
import { PLACE_ALIASES, ROLE_HEADS } from './words.js';

/** Endings that make a people's adjective of a place's name: Azerbaijan-i, Armenia-n, Kenya-n, Israel-i. */
const DEMONYM_ENDINGS = ['i', 'n', 'an', 'ian', 'ese'];
/** Word-list classes of a place a people's adjective is made from. */
const PLACE_CLASSES = new Set(['country', 'region', 'place', 'city']);

/**
 * Whether a word is a people's adjective ("Azerbaijani", "French"): compromise's word list says
 * so, or it is a place's name from the word lists with a demonym ending.
 */
export function isNationality(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  const { single } = gazetteer();
  if (single.get(lower)?.includes('demonym')) return true;
  return DEMONYM_ENDINGS.some((ending) => {
    if (!lower.endsWith(ending) || lower.length - ending.length < 4) return false;
    return (single.get(lower.slice(0, -ending.length)) ?? []).some((c) => PLACE_CLASSES.has(c));
  });
}

/**
 * The type a tagged name keeps, or null when it is not a name of a person, body or place:
 * a people's adjective, alone or before a role, is neither a body nor a person ("Azerbaijani",
 * "Azerbaijani Minister"); "US" written alone is the country, a place; a name has a capital,
 * unless it is written in a script without them; an adverb or conjunction alone is no name; nor is
 * an index.
 */
export function checkedType(name: string, type: EntityType): EntityType | null {
  // a name has a capital, unless its script has none ("c." for circa, read as an initial, and "1.5" are no names)
  if (!/\p{Lu}/u.test(name) && (/\p{Ll}/u.test(name) || !/\p{L}/u.test(name))) return null;
  const words = name.split(/\s+/);
  const lowers = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
  // a capital adverb or conjunction alone ("Often, the owner …", "Certainly, …") names no one
  if (words.length === 1 && (isFunctionWord(lowers[0]!) || isLyAdverb(lowers[0]!))) return null;
  if (
    type !== 'place' &&
    words.some(isNationality) &&
    lowers.every((w, i) => ROLE_HEADS.has(w) || isNationality(words[i]!))
  ) {
    return null;
  }
  // an index is a figure, not a body or a place ("Ardena Composite Index", "Consumer Price Index"):
  // CoNLL-2003 types all 6 such names as other names (MISC)
  if (words.length > 1 && lowers.at(-1) === 'index') return null;
  if (type === 'organization' && PLACE_ALIASES.has(lowers.join(' '))) return 'place';
  return type;
}

/** A web address a report names its publisher by ("REPORT.AZ", "Reuters.com"). */
const WEB_NAME =
  /(?<![\p{L}.])(\p{L}[\p{L}-]{1,30})\.(?:com|net|org|info|news|az|ru|uk|ge|am|tr|kz|ua|tv)(?![\p{L}])/giu;

/** Names the report writes as a web address, lower case: its publisher, an agency or a site. */
export function webNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(WEB_NAME)) names.add(m[1]!.toLowerCase());
  return names;
}

/**
 * An agency the report also writes as its web address is a body, not a person: "REPORT.AZ/ … Report
 * informs" (a one-word name the tagger took for a person).
 */
export function publisherType(name: string, type: EntityType, web: Set<string>): EntityType {
  return type === 'person' && !/\s/.test(name) && web.has(name.toLowerCase()) ? 'organization' : type;
}
