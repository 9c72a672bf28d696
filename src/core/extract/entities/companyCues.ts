import { isGivenName, isPlaceName } from '../ner/gazetteer.js';
import type { EntityMention } from '../../types.js';
import { BODY_NOUNS, isBodyNoun } from './bodyNounBefore.js';
import { PLACE_ALIASES } from './words.js';

/** After a name: what only a company has ("Velmont stock", "Velmont's shareholders"). */
const OWNED_AFTER = /^(?:['’]s)?\s+(?:stock|shares|shareholders|stockholders|directors)\b/i;
/** After a name: a part of a company, which a place also names ("Velmont's unit", but "its U.S. unit"). */
const PART_AFTER = /^(?:['’]s)?\s+(?:subsidiary|subsidiaries|unit|division)\b/i;
/** Before a name: what is bought or held of a company ("shares of Velmont", "a stake in Velmont"). */
const HELD_BEFORE = /\b(?:shares|stake|stockholders|shareholders|acquisition|takeover)\s+(?:of|in)\s+$/i;
/** The word after a name, when it is a body's noun the name only qualifies ("a stake in Ardena firm Velmont"). */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
/**
 * After a name: a phrase in apposition whose head is a body's noun ("Velmont, another car maker,",
 * "Velmont, the Ardena airline based in …"). The head ends the phrase: "the bank robber" is no bank,
 * and a newspaper's noun before "said" is the source ("Korvex, the newspaper said").
 */
const APPOSITION_AFTER =
  /^\s*,\s+(?:a|an|another|the)\s+(?:[\p{L}.'’-]+\s+){0,3}?(\p{Ll}+)(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:in|of|based|that|which|with|from|whose)\b))/u;
/** After "group" in apposition: "Ardena, a group of islands" names no body. */
const GROUP_OF = /^\s+of\b/;
/**
 * Between the last two names of a list: "and", "or", "&"; after a comma only where commas join the
 * list's other names ("Korvex, Velmont, and Ardena"), since "…by Korvex, and Velmont then…" joins two clauses.
 */
const LIST_JOIN = /^\s*(?:and|or|&)\s+$/;
const LIST_JOIN_AFTER_COMMA = /^\s*,\s*(?:and|or|&)\s+$/;
/** Between two names of a list that goes on: a comma. */
const LIST_COMMA = /^\s*,\s*$/;
/** Up to three words (no "and", no "or") and no punctuation between a body and the person it qualifies: " chairman ". */
const QUALIFIER_GAP = /^\s+(?:(?!(?:and|or)\s)[\p{L}.-]+\s+){0,3}$/u;

/**
 * Names the report writes as a company's somewhere, so that the same name read elsewhere as a
 * person or a place is that company: a one-word name with a company's cue ("Velmont stock", "a
 * stake in Velmont"), a name not read as a place, with no given name first, listed with a body
 * ("GM and Velmont"), and any name in apposition with a body's noun ("Velmont, another car maker").
 * Known places, given names and names given a role are left alone: "Japan shares" are shares
 * traded in Japan.
 */
export function companyWords(text: string, mentions: EntityMention[]): Set<string> {
  const words = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // a name the report gives a role ("chief executive Tom Hale") is a person's, wherever it is listed
  const withRole = new Set(mentions.filter((m) => m.role).map((m) => m.text));
  const listed = listedWithBodies(text, sorted);
  sorted.forEach((m, at) => {
    if (words.has(m.text) || withRole.has(m.text)) return;
    const firstWord = m.text.split(' ')[0]!;
    if (isPlaceName(m.text) || PLACE_ALIASES.has(m.text.toLowerCase()) || isGivenName(firstWord)) return;
    // a body's own cue counts too: the report's other mentions of the name follow it
    if (m.type !== 'place' && listed(at)) words.add(m.text);
    if (inApposition(text, m)) words.add(m.text);
    if (m.text.includes(' ')) return;
    const after = text.slice(m.end, m.end + 20);
    const before = text.slice(Math.max(0, m.start - 25), m.start);
    const qualifies = BODY_NOUNS.has(NEXT_WORD.exec(after)?.[1] ?? '');
    const held = HELD_BEFORE.test(before) && !qualifies;
    if (OWNED_AFTER.test(after) || held || (m.type !== 'place' && PART_AFTER.test(after))) words.add(m.text);
  });
  return words;
}

/**
 * In CoNLL-2003's training articles (both parts) a name in apposition with a body's noun is an
 * organisation 10 times in 11, never a person; the place is in "a group of boy scouts".
 */
function inApposition(text: string, m: EntityMention): boolean {
  const after = text.slice(m.end, m.end + 80);
  const found = APPOSITION_AFTER.exec(after);
  const noun = found?.[1];
  if (!found || noun === undefined || !isBodyNoun(noun)) return false;
  return !(noun === 'group' && GROUP_OF.test(after.slice(found[0].length)));
}

/**
 * Whether each name (by its place in `sorted`) is in one list with a body and with no person ("GM
 * and Velmont", "Korvex, Velmont and Ardena Air"). A body that qualifies the person after it is no
 * member of the list ("Tom Hale and Korvex chairman Ann Roe"). In CoNLL-2003's training articles
 * (tune part) a name so listed is an organisation 34 times in 37 for one word and 38 times in 42 for
 * longer names; of its 5 people, 4 open on a given name, which the caller leaves alone. The lists
 * are found in one pass, so a report that is one long list costs no more than any other.
 */
function listedWithBodies(text: string, sorted: EntityMention[]): (at: number) => boolean {
  const lists: ListFacts[] = [];
  const listOf: ListFacts[] = [];
  sorted.forEach((m, i) => {
    const gap = i > 0 ? text.slice(sorted[i - 1]!.end, m.start) : '';
    let list = lists.at(-1);
    if (!list || !isListGap(gap)) {
      list = { join: false, joinAfterComma: false, comma: false, bodies: 0, people: 0 };
      lists.push(list);
    } else {
      list.join ||= LIST_JOIN.test(gap);
      list.joinAfterComma ||= LIST_JOIN_AFTER_COMMA.test(gap);
      list.comma ||= LIST_COMMA.test(gap);
    }
    if (isBody(i)) list.bodies++;
    if (m.type === 'person') list.people++;
    listOf.push(list);
  });
  function isBody(i: number): boolean {
    return sorted[i]!.type === 'organization' && !qualifiesNextPerson(text, sorted, i);
  }
  return (at) => {
    const list = listOf[at]!;
    const joined = list.join || (list.joinAfterComma && list.comma);
    const bodies = list.bodies - (isBody(at) ? 1 : 0);
    const people = list.people - (sorted[at]!.type === 'person' ? 1 : 0);
    return joined && bodies > 0 && people === 0;
  };
}

/** What one list of names holds: the kinds of gap between its names, its bodies and its people. */
interface ListFacts {
  join: boolean;
  joinAfterComma: boolean;
  comma: boolean;
  bodies: number;
  people: number;
}

function isListGap(gap: string): boolean {
  return LIST_JOIN.test(gap) || LIST_JOIN_AFTER_COMMA.test(gap) || LIST_COMMA.test(gap);
}

/** A body with a person a few words after it and no punctuation between: "Korvex chairman Ann Roe". */
function qualifiesNextPerson(text: string, sorted: EntityMention[], i: number): boolean {
  const next = sorted[i + 1];
  return next?.type === 'person' && QUALIFIER_GAP.test(text.slice(sorted[i]!.end, next.start));
}
