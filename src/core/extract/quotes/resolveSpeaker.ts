import type { EntityMention } from '../../types.js';
import type { Span } from '../../text/sentences.js';
import { NOT_NAMES, ROLE_HEADS } from '../entities/words.js';
import { lowerBound } from './quoteContext.js';
import { roleHead } from './speakerPhrase.js';

/**
 * Capitalised words (and initials) in a row: the full names a report writes ("Laura Cooper",
 * "Harry M. Reid"), perhaps after a title or a possessive ("Justice Frank Nervo", "MSNBC’s Rachel Maddow").
 */
const NAME_RUN = /\p{Lu}[\p{L}’'-]{1,30}(?: (?:\p{Lu}\.|\p{Lu}[\p{L}’'-]{1,30})){1,5}(?![\p{L}])/gu;
/** Generation suffixes written after a surname. */
const GENERATION = /^(?:Jr|Sr|II|III|IV)$/;
/** Most words of a name kept from a run. */
const NAME_WORDS = 4;
const TITLE_PREFIX = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\.?\s+/;
const NOT_A_NAME = /^(?:He|She|They|It|I|We|The|A|An|One|Another)\b/;
/** "(R-Fla.)", "D-Md.": a party and state tag written after a lawmaker's name, not a name itself. */
const PARTY_TAG = /^\(?[RDI]-[\p{Lu}][\p{L}. ]{0,20}\)?$/u;
/** A name that opens with an initial ("E. Lynch"): a fragment of a longer name ("Loretta E. Lynch"). */
const OPENS_WITH_INITIAL = /^\p{Lu}\.\s/u;
/** A run of capitalised words right before a party tag and the comma or bracket that leads it. */
const WRITTEN_BEFORE_TAG = /(\p{Lu}[\p{L}’'-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,5})\s{0,2}[,(]\s{0,2}$/u;
/** The lower-case word before a role's field, which is no part of the name after it. */
const ROLE_FIELD_BEFORE = /^(?:of|for)$/;
/** How far before a party tag the lawmaker's name may end. */
const PARTY_TAG_REACH = 4;

/** Titles written before a name that the entity words may not list. */
const TITLE_WORDS = new Set(['councillor', 'councilman', 'councilwoman', 'alderman', 'chancellor', 'premier']);

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_HEADS.has(lower) || TITLE_WORDS.has(lower);
}

/**
 * Words that open a sentence, question or clause before a name ("Does Rubio", "As Johnson", "Neither
 * Johnson"): function words only, not the other capitalised words that are not names, some of which
 * are also first names ("Christian", "April").
 */
const OPENERS = new Set(
  (
    'the a an this that these those he she it they we i you his her its their our my your in on at for but and ' +
    'or if when while after before during since as so yet however meanwhile also still there here according ' +
    'despite although though because with without from by about some many most all both each every no not now ' +
    'then why what who how where which neither either nor does did do is are was were would could should might ' +
    'has have had even only just'
  ).split(' '),
);

function isOpener(word: string): boolean {
  return OPENERS.has(word.toLowerCase());
}

/** Titles, roles and words that are not names break a run of capitalised words into the names in it. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !(NOT_NAMES.has(word.toLowerCase()) || isOpener(word) || isRoleWord(word));
}

/**
 * The names a run of capitalised words writes: the stretches between titles and other words that
 * are not names, of two to four words, ending on a word ("MSNBC’s Rachel Maddow’s" → "Rachel Maddow").
 */
function namesInRun(run: string, start: number, partial?: Named[]): Named[] {
  const names: Named[] = [];
  let stretch: string[] = [];
  let at = start;
  let stretchStart = start;
  const close = () => {
    while (stretch.length > 0 && /^\p{Lu}\.$/u.test(stretch[stretch.length - 1]!)) stretch.pop();
    if (stretch.length >= 2 && stretch.length <= NAME_WORDS)
      names.push({ text: stretch.join(' '), start: stretchStart });
    // "The Rachel Maddow Show", "Salma Hayek Described Her …": a name may open a longer run of capitals
    if (partial && stretch.length >= 3) {
      for (let n = 2; n < Math.min(stretch.length, NAME_WORDS); n++) {
        partial.push({ text: stretch.slice(0, n).join(' '), start: stretchStart });
      }
    }
    // "Senate Intelligence Ranking Democrat Dianne Feinstein": a run too long for a name ends on one
    if (partial && stretch.length > NAME_WORDS)
      partial.push({ text: stretch.slice(-2).join(' '), start: stretchStart });
    stretch = [];
  };
  for (const word of run.split(' ')) {
    // "Brent Bozell III": a generation suffix ends the name without being its surname
    if (GENERATION.test(word)) {
      close();
      at += word.length + 1;
      continue;
    }
    const possessive = /[’']s$/.test(word);
    if (!isNameWord(word)) close();
    else {
      if (stretch.length === 0) stretchStart = at;
      stretch.push(possessive ? word.slice(0, -2) : word);
      if (possessive) close();
    }
    at += word.length + 1;
  }
  close();
  return names;
}

/** How many people back a role ("the senator") is looked for. */
const ROLE_LOOKBACK = 40;

interface Named {
  text: string;
  start: number;
}

/** Names by their last word, each list in the order the text gives them. */
function bySurname(named: Named[]): Map<string, Named[]> {
  const out = new Map<string, Named[]>();
  for (const n of [...named].sort((a, b) => a.start - b.start)) {
    const surname = n.text.split(' ').pop()!;
    const list = out.get(surname);
    if (list) list.push(n);
    else out.set(surname, [n]);
  }
  return out;
}

/**
 * Speakers as written resolved to full names, from one text's person mentions and the names it
 * writes out: "Cooper" → the nearest "Laura Cooper" before (else the first after), "he" → the last
 * person named before, "the senator" → the last person the report gives that role.
 */
export class SpeakerResolver {
  private readonly people: EntityMention[];
  private readonly peopleEnds: number[];
  private readonly fullNames: Map<string, Named[]>;
  /** Names read only as the opening words of a longer run of capitals, looked up when no name ends so. */
  private readonly partialNames: Map<string, Named[]>;
  private readonly roles = new Map<string, string>();
  /** Offsets of the quotations: the people named inside them are no one a pronoun stands for. */
  private readonly quoted: Span[];
  private readonly quotedStarts: number[];

  constructor(
    private readonly text: string,
    entities: EntityMention[],
    quoted: Span[] = [],
  ) {
    // "We", "As": words the tagger took for people are no one a pronoun or a role can stand for
    this.people = entities
      .filter((m) => m.type === 'person' && m.text.split(/\s+/).some(isNameWord))
      .sort((a, b) => a.end - b.end);
    this.peopleEnds = this.people.map((m) => m.end);
    this.quoted = quoted;
    this.quotedStarts = quoted.map((q) => q.start);
    for (const m of entities) if (m.role) this.roles.set(m.text, m.role.toLowerCase());
    // the tagger's people are read like any run of capitals: "As Johnson" is no name, "” Bozell" is Bozell
    const partial: Named[] = [];
    const named: Named[] = this.people.flatMap((m) => {
      const lead = /^[^\p{L}]*/u.exec(m.text)![0].length;
      return namesInRun(m.text.slice(lead).replace(/,? (?:Jr|Sr|II|III|IV)\.?$/, ''), m.start + lead);
    });
    for (const run of text.matchAll(NAME_RUN)) {
      named.push(...namesInRun(run[0], run.index, partial));
    }
    this.fullNames = bySurname(named);
    this.partialNames = bySurname(partial);
  }

  /**
   * The speaker of an attribution: the entity it names, resolved to the full name when it is a
   * person (or the surname of one the report names, whatever the tagger typed it), else what is written.
   */
  speakerOf(entity: EntityMention | null | undefined, surface: string, at: number): string | null {
    if (!entity) return this.resolve(surface, at);
    const text = entity.text.replace(/^[^\p{L}]+/u, '');
    if (PARTY_TAG.test(text)) return this.partyTagged(entity.start) ?? text;
    // a "person" longer than any name is a headline the tagger read as one ("Velt Makes Bold Move On …")
    if (entity.type === 'person' && text.split(/\s+/).length > NAME_WORDS) return this.resolve(surface, at);
    const surname = !text.includes(' ') && this.fullNames.has(text);
    if (entity.type === 'person' && text.includes(' ')) return this.fullName(this.widened(entity, text), entity.start);
    return entity.type === 'person' || surname ? this.fullName(text, entity.start) : text;
  }

  /**
   * A name the tagger cut short, as written: "Ann Mary" before "Roe:", "Tom Lee" after "said Velt".
   * Only a name-like word is taken in, and before the name only after a lower-case word that is not
   * "of" or "for".
   */
  private widened(entity: EntityMention, name: string): string {
    if (this.text.slice(entity.start, entity.end) !== name) return name;
    let out = name;
    const after = /^ (\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-])/u.exec(this.text.slice(entity.end, entity.end + 32));
    if (after && isNameWord(after[1]!)) out = `${out} ${after[1]}`;
    const before = /(?:^|\s)(\p{Ll}[\p{L}-]*) (\p{Lu}[\p{L}’'-]+) $/u.exec(
      this.text.slice(Math.max(0, entity.start - 40), entity.start),
    );
    // after "of" or "for" a capitalised word is a role's field ("Commissioner for Competition Ann Roe")
    if (before && !ROLE_FIELD_BEFORE.test(before[1]!) && isNameWord(before[2]!)) out = `${before[2]} ${out}`;
    return out.split(' ').length <= NAME_WORDS ? out : name;
  }

  /** The full name of a speaker written `surface` at offset `at`, or null when the text does not say. */
  resolve(surface: string, at: number): string | null {
    const last = lowerBound(this.peopleEnds, at + 1) - 1;
    if (PARTY_TAG.test(surface)) return this.partyTagged(at);
    if (/^\p{Lu}/u.test(surface) && !NOT_A_NAME.test(surface)) return this.fullName(surface, at);
    const lower = surface.toLowerCase();
    if (lower === 'he' || lower === 'she') {
      const person = this.lastOutsideQuotes(last);
      return person ? this.fullName(person.text, person.start) : null;
    }
    const head = roleHead(lower);
    if (!ROLE_HEADS.has(head)) return null;
    for (let i = last; i >= Math.max(0, last - ROLE_LOOKBACK); i--) {
      const holder = this.people[i]!;
      if (this.roles.get(holder.text)?.includes(head)) return this.fullName(holder.text, holder.start);
    }
    return null;
  }

  /** The last person named at or before index `last` outside the quotations ("…about Jake Sullivan,” she said). */
  private lastOutsideQuotes(last: number): EntityMention | undefined {
    for (let i = last; i >= Math.max(0, last - ROLE_LOOKBACK); i--) {
      const person = this.people[i]!;
      const q = this.quoted[lowerBound(this.quotedStarts, person.start + 1) - 1];
      if (!q || person.start >= q.end) return person;
    }
    return this.people[last];
  }

  /** The lawmaker whose name ends right before a party tag ("John Mica (R-Fla.)"), resolved. */
  private partyTagged(at: number): string | null {
    const last = lowerBound(this.peopleEnds, at + 1) - 1;
    const person = this.people[last];
    if (person && at - person.end <= PARTY_TAG_REACH) return this.fullName(person.text, person.start);
    // "Senate Majority Leader Mitch McConnell, R-Ky.,": the name written right before, the tagger's or not
    const run = WRITTEN_BEFORE_TAG.exec(this.text.slice(Math.max(0, at - 80), at));
    const name = run ? namesInRun(run[1]!, 0).pop() : undefined;
    return name ? this.fullName(name.text, at) : null;
  }

  /** "Rep. Gwen Moore (D-Wis.)" → "Gwen Moore"; "Cooper" → "Laura Cooper" when the report names her so. */
  fullName(surface: string, at: number): string {
    const name = surface
      .replace(/^[^\p{L}]+/u, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(/,? (?:Jr|Sr|II|III|IV)\.?$/, '')
      .replace(TITLE_PREFIX, '')
      .replace(/[’']s$/, '')
      .trim();
    const words = name.split(/\s+/);
    // "Does Rubio", "As Johnson", "be!— Cruz": the tagger may take in the word before the name
    while (words.length > 1 && (isOpener(words[0]!) || !/^\p{Lu}/u.test(words[0]!))) words.shift();
    // "Councillor Daniel Brandt": the role is not part of the name
    while (words.length > 2 && isRoleWord(words[0]!)) words.shift();
    const joined = words.join(' ');
    // a whole name as written stands; a surname, or a name that opens with an initial, is looked up
    if (words.length > 1 && !OPENS_WITH_INITIAL.test(joined)) return joined;
    const surname = words[words.length - 1]!;
    const candidates = this.fullNames.get(surname) ?? this.partialNames.get(surname);
    if (!candidates) return joined;
    // the names that hold what is written, and are not themselves fragments that open with an initial
    const fitting = candidates.filter(
      (n) => n.text.endsWith(joined) && n.text !== joined && !OPENS_WITH_INITIAL.test(n.text),
    );
    // else, for a surname alone, the nearest name before that ends in it (else the first after)
    const pool = fitting.length > 0 ? fitting : words.length === 1 ? candidates : [];
    const before = pool.filter((n) => n.start < at).pop();
    return (before ?? pool[0])?.text ?? joined;
  }
}
