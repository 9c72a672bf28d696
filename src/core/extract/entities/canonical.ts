import type { EntityMention } from '../../types.js';
import { isGivenName, isPlaceName } from '../ner/gazetteer.js';
import { companyWords } from './companyCues.js';
import { keepsPeriod } from '../ner/tokens.js';
import { COMPANY_PLURALS, ORG_HEADS, PLACE_ALIASES } from './words.js';
import { LEGAL_FORMS } from '../../text/legalForms.js';

/**
 * "a" or "an" right before a one-word name: a thing named after someone, an award or a brand ("an
 * Orwell nomination") where the report gives no person of that name in full ("an Ann Roe adviser" does).
 */
const A_BEFORE = /(?:^|[^\p{L}])an?\s+$/iu;

/**
 * Cleans and joins the mentions of one text: overlaps resolved (longest wins),
 * partial person names joined to the full name ("Cooper" → "Laura Cooper"),
 * surnames and roles the tagger missed added as mentions, acronyms joined to
 * the name they abbreviate, place aliases made canonical.
 */
export function joinMentions(text: string, raw: EntityMention[]): EntityMention[] {
  const cleaned = removeOverlaps(raw.map(clean).filter((m) => m.text.length > 1));
  const products = productNames(cleaned);
  const mentions = cleaned.filter((m) => !products.has(m));
  const people = mentions.filter((m) => m.type === 'person');
  const fullNames = people.filter((m) => m.text.includes(' '));
  addMissed(text, mentions, fullNames);
  const all = removeOverlaps(mentions).sort((a, b) => a.start - b.start);
  const acronyms = acronymMap(text, all);
  const roles = new Map<string, string>();
  const bodies = bodyKinds(all);
  const companies = companyWords(text, all);
  const things = new Set<EntityMention>();
  for (const m of all) {
    // "Roe" after "Ann Roe": the surname of a person named in full before is that person,
    // whatever kind the tagger gave the word alone
    if (m.type !== 'person' && !m.text.includes(' ') && surnameOfEarlier(m, fullNames)) m.type = 'person';
    const full =
      m.type === 'person'
        ? m.text.includes(' ')
          ? particleSurnameFor(m, fullNames)
          : fullNameFor(m, fullNames)
        : undefined;
    if (full) m.text = full;
    else m.type = companies.has(m.text) ? 'organization' : loneKind(m, bodies);
    if (
      !full &&
      m.type === 'person' &&
      !m.text.includes(' ') &&
      A_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
    )
      things.add(m);
    if (m.type === 'place') {
      m.text = PLACE_ALIASES.get(m.text.toLowerCase()) ?? placeInCapitals(m.text) ?? m.text;
    } else if (m.type === 'organization') {
      m.text = acronyms.get(m.text) ?? bodyByHead(m.text, all) ?? m.text;
    }
    if (m.role && !roles.has(m.text)) roles.set(m.text, m.role);
  }
  return all.filter((m) => !things.has(m));
}

function clean(m: EntityMention): EntityMention {
  let { text, start, end } = m;
  let surface = m.surface.replace(/[\s,.;:!?)"”’]+$/, '');
  text = text.replace(/[\s,.;:!?)"”’]+$/, '').replace(/\s+/g, ' ');
  // an abbreviation keeps its period: "U.S.", "Corp."
  const lastWord = /\S+$/.exec(`${surface}.`)?.[0] ?? '';
  if (m.surface.startsWith(`${surface}.`) && keepsPeriod(lastWord)) {
    surface += '.';
    text += '.';
  }
  end = start + surface.length;
  return { ...m, text, start, end, surface };
}

function removeOverlaps(mentions: EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EntityMention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function lastName(name: string): string {
  const parts = name.split(' ').filter((p) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(p));
  return parts[parts.length - 1] ?? name;
}

/** Whether a one-word mention is the surname of a person named in full earlier in the text. */
function surnameOfEarlier(m: EntityMention, fullNames: EntityMention[]): boolean {
  return fullNames.some((f) => f.end <= m.start && lastName(f.text) === m.text);
}

/**
 * The full name a one-word mention stands for: a name ending on the word ("Roe" → "Ann Roe") before one
 * opening with it ("Ann" → "Ann Roe"), which may be a headline's run of capitals ("Roe Sees Gains"); of
 * those, the latest before the mention, else the first after it.
 */
function fullNameFor(m: EntityMention, fullNames: EntityMention[]): string | undefined {
  const word = m.text;
  const endingOn = fullNames.filter((f) => lastName(f.text) === word);
  const pool = endingOn.length ? endingOn : fullNames.filter((f) => f.text.split(' ')[0] === word);
  const before = pool.filter((f) => f.start < m.start);
  return (before.length ? before[before.length - 1] : pool[0])?.text;
}

/**
 * A surname with its particle, capitalised as a sentence opens it ("De Croo", "Van Dyke"), or an
 * Irish one ("O'Hale", "O' Hale").
 */
const PARTICLE_SURNAME = /^(?:(?:De|Van|Von|Der|Den|Du|Da|Di|Del|La|Le) |O['’] ?)\p{Lu}[\p{L}'’-]*$/u;

/**
 * The full name a surname with its particle stands for ("De Croo" → "Herman de Croo"): the particle
 * is written in lower case inside the name and capitalised where a sentence opens on it.
 */
function particleSurnameFor(m: EntityMention, fullNames: EntityMention[]): string | undefined {
  if (!PARTICLE_SURNAME.test(m.text)) return undefined;
  const ending = ` ${m.text.toLowerCase()}`;
  const pool = fullNames.filter((f) => f.text !== m.text && f.text.toLowerCase().endsWith(ending));
  const before = pool.filter((f) => f.start < m.start);
  return (before.length ? before[before.length - 1] : pool[0])?.text;
}

/** How many times a report reads each word as each kind. */
type KindCounts = Map<string, Map<EntityMention['type'], number>>;

function countKind(counts: KindCounts, word: string, type: EntityMention['type']): void {
  const byType = counts.get(word) ?? new Map<EntityMention['type'], number>();
  byType.set(type, (byType.get(type) ?? 0) + 1);
  counts.set(word, byType);
}

/**
 * The kind a word has where the tagger reads it, alone or opening a longer name, as a body or a
 * place ("Velmont has …", "Velmont Airlines"). News names a person in full before using the surname
 * alone, so the same word read as a person elsewhere in the report, with no full name behind it,
 * is that body ("Velmont say"). A longer name ending in a given name and the word ("… Ann Velmont")
 * is a full name, even where the tagger typed it otherwise: the word stays a person.
 */
export function bodyKinds(mentions: EntityMention[]): Map<string, EntityMention['type']> {
  const counts: KindCounts = new Map();
  const count = (word: string, type: EntityMention['type']) => countKind(counts, word, type);
  for (const m of mentions) {
    if (m.type === 'person') continue;
    const words = m.text.split(' ');
    count(words[0]!, m.type);
    // "K and V Velmont Inc": the company is "Velmont" too, the word its legal form follows
    const form = words.length > 2 ? words[words.length - 1]!.toLowerCase().replace(/\.$/, '') : '';
    if (LEGAL_FORMS.has(form)) count(words[words.length - 2]!, m.type);
  }
  for (const m of mentions) {
    const words = m.text.split(' ');
    if (words.length > 1 && isGivenName(words[words.length - 2]!)) counts.delete(words[words.length - 1]!);
  }
  const kinds = new Map<string, EntityMention['type']>();
  for (const [word, byType] of counts) kinds.set(word, [...byType].sort((a, b) => b[1] - a[1])[0]![0]);
  return kinds;
}

/**
 * Longer "people" that open with a word the report names a company by, and not with a given name:
 * the company's products ("Velmont cut the Velmont Aspen"), not people. They are dropped, so the
 * company's lone name is not joined to them as a surname would be.
 */
function productNames(mentions: EntityMention[]): Set<EntityMention> {
  const bodies = bodyKinds(mentions);
  return new Set(
    mentions.filter((m) => {
      const first = m.text.split(' ')[0]!;
      return m.type === 'person' && first !== m.text && bodies.get(first) === 'organization' && !isGivenName(first);
    }),
  );
}

/**
 * One kind for a one-word body or place within a report: the kind the report gives the word most
 * often, when one kind outnumbers the others ("Velmont" an organisation three times, and once a
 * place in "here at Velmont"). Only the word alone counts, not a longer name it opens ("Ardena"
 * the place and "Ardena Post" the paper). People are left to `loneKind`.
 */
export function oneWordKinds(mentions: EntityMention[]): Map<string, EntityMention['type']> {
  const counts: KindCounts = new Map();
  for (const m of mentions) if (m.type !== 'person' && !m.text.includes(' ')) countKind(counts, m.text, m.type);
  const kinds = new Map<string, EntityMention['type']>();
  for (const [word, byType] of counts) {
    const [first, second] = [...byType].sort((a, b) => b[1] - a[1]);
    if (second && first![1] > second[1]) kinds.set(word, first![0]);
  }
  return kinds;
}

/** The kind of a mention: a one-word person with no full name found takes the word's kind in `bodies` (`bodyKinds`). */
export function loneKind(m: EntityMention, bodies: Map<string, EntityMention['type']>): EntityMention['type'] {
  return m.type === 'person' && !m.text.includes(' ') ? (bodies.get(m.text) ?? 'person') : m.type;
}

/** Surnames of known people and the roles they hold, where the tagger did not mark them. */
function addMissed(text: string, mentions: EntityMention[], fullNames: EntityMention[]): void {
  const covered = (start: number, end: number) => mentions.some((m) => start < m.end && m.start < end);
  const surnames = new Map<string, EntityMention>();
  for (const f of fullNames) surnames.set(lastName(f.text), f);
  // one pass over the text for every surname, tried in the order the people were named: a long
  // report names dozens of people, and a pass each made this a costly step of reading it
  const sought = [...surnames.keys()].filter((s) => s.length >= 3);
  if (sought.length > 0) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sought.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (covered(start, end)) continue;
      mentions.push({ text: surnames.get(match[0])!.text, type: 'person', surface: match[0], start, end });
    }
  }
  // "The Minister of Defense" after "the Minister of Defense of …, Zakir Hasanov"
  const roleOwners = new Map<string, EntityMention[]>();
  for (const f of fullNames) {
    if (!f.role) continue;
    const words = f.role.split(' ');
    if (words.length < 3) continue;
    const key = words.slice(0, 3).join(' ');
    roleOwners.set(key, [...(roleOwners.get(key) ?? []), f]);
  }
  for (const [key, owners] of roleOwners) {
    if (new Set(owners.map((o) => o.text)).size !== 1) continue;
    const owner = owners[0]!;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + key.length;
      if (covered(start, end) || rangeInRole(owner, start)) continue;
      mentions.push({ text: owner.text, type: 'person', surface: key, start, end });
    }
  }
}

/** The role text right before the name, or right after it, is not a second mention. */
function rangeInRole(owner: EntityMention, start: number): boolean {
  const reach = (owner.role?.length ?? 0) + 40;
  if (start >= owner.end) return start - owner.end < reach;
  return owner.start - start < 200 && start >= owner.start - reach;
}

/**
 * A known place written in capitals, as datelines and wire headlines write it ("LONDON", "NEW
 * YORK"), under the name it has in running text. Four letters or fewer may be an acronym ("USSR")
 * and stay as written.
 */
function placeInCapitals(name: string): string | undefined {
  if (!/^[A-Z][A-Z .'-]{4,}$/.test(name) || !isPlaceName(name)) return undefined;
  return name.toLowerCase().replace(/(^|[\s'-])\p{Ll}/gu, (start) => start.toUpperCase());
}

/**
 * A body named by its head word alone ("the Bank", "the Ministry") is the one body of the text whose
 * name opens or ends with that word ("Bank of Ardena", "Velmont Ministry"); none when there are two.
 */
function bodyByHead(word: string, mentions: EntityMention[]): string | undefined {
  if (!ORG_HEADS.has(word.toLowerCase())) return undefined;
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || !m.text.includes(' ')) continue;
    const words = m.text.replace(/^The /, '').split(' ');
    if (words[0] === word || words[words.length - 1] === word) names.add(m.text);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** What follows a company's own name in its full name: a legal form, or what companies call themselves. */
const COMPANY_TAIL = new Set([...LEGAL_FORMS, 'company', 'corporation', 'motor', 'group', ...COMPANY_PLURALS]);

/**
 * Each company's own name, and each shorter reading of its full name, mapped to that full name when
 * the text gives one company of that name: the full name adds only legal forms or what companies
 * call themselves ("Velmont" and "Velmont Motor" → "Velmont Motor Company"; "Korvex" → "Korvex LLC"), the
 * longest where one is a shorter reading of the other ("Korvex Motors", "Korvex Motors Corp.").
 * A place's name is none: "Singapore" is no short form of "Singapore Airlines". Read over the whole
 * report once its units are read (a unit alone may hold one of two such companies), and built once,
 * so that looking a name up costs nothing however many the report names.
 */
export function companyFullNames(mentions: EntityMention[]): Map<string, string> {
  const byOwnName = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const words = m.text.split(' ');
    for (let end = words.length - 1; end >= 1 && isCompanyTail(words[end]!); end--) {
      const own = words.slice(0, end).join(' ');
      const names = byOwnName.get(own) ?? new Set<string>();
      names.add(m.text);
      byOwnName.set(own, names);
    }
  }
  const full = new Map<string, string>();
  for (const [own, names] of byOwnName) {
    const longest = [...names].sort((a, b) => b.length - a.length)[0]!;
    // "Velmont Motors" and "Velmont Motors Corp." are one company; "Velmont Motors" and "Velmont Group" two
    const one = [...names].every((name) => name === longest || longest.startsWith(`${name} `));
    if (one && !isPlaceName(own)) full.set(own, longest);
  }
  return full;
}

function isCompanyTail(word: string): boolean {
  return COMPANY_TAIL.has(word.toLowerCase().replace(/\.$/, ''));
}

/** "United States Air Force (USAF)" → USAF stands for United States Air Force. */
function acronymMap(text: string, mentions: EntityMention[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || !m.text.includes(' ')) continue;
    const match = /^\s*\(([\p{Lu}][\p{Lu}\d&.]{1,9})\)/u.exec(text.slice(m.end, m.end + 14));
    if (match) map.set(match[1]!, m.text);
  }
  return map;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
