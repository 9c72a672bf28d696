import type { EntityMention } from '../../types.js';
import { NOT_NAMES, ROLE_HEADS } from '../entities/words.js';
import { lowerBound } from './quoteContext.js';

/** Two or three capitalised words in a row: the full names a report writes ("Laura Cooper", "Harry M. Reid"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]{1,30}(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}’'-]{1,30}){1,2}(?![\p{L}])/gu;
const TITLE_PREFIX = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\.?\s+/;
const NOT_A_NAME = /^(?:He|She|They|It|I|We|The|A|An|One|Another)\b/;

/** Titles written before a name that the entity words may not list. */
const TITLE_WORDS = new Set(['councillor', 'councilman', 'councilwoman', 'alderman', 'chancellor', 'premier']);

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_HEADS.has(lower) || TITLE_WORDS.has(lower);
}

/** How many people back a role ("the senator") is looked for. */
const ROLE_LOOKBACK = 40;

interface Named {
  text: string;
  start: number;
}

/**
 * Speakers as written resolved to full names, from one text's person mentions and the names it
 * writes out: "Cooper" → the nearest "Laura Cooper" before (else the first after), "he" → the last
 * person named before, "the senator" → the last person the report gives that role.
 */
export class SpeakerResolver {
  private readonly people: EntityMention[];
  private readonly peopleEnds: number[];
  private readonly fullNames = new Map<string, { names: Named[]; starts: number[] }>();
  private readonly roles = new Map<string, string>();

  constructor(text: string, entities: EntityMention[]) {
    this.people = entities.filter((m) => m.type === 'person').sort((a, b) => a.end - b.end);
    this.peopleEnds = this.people.map((m) => m.end);
    for (const m of entities) if (m.role) this.roles.set(m.text, m.role.toLowerCase());
    const named: Named[] = this.people
      .filter((m) => m.text.includes(' '))
      .map((m) => ({ text: m.text, start: m.start }));
    for (const run of text.matchAll(NAME_RUN)) {
      const first = run[0].split(' ')[0]!.toLowerCase();
      if (!NOT_NAMES.has(first) && !ROLE_HEADS.has(first)) named.push({ text: run[0], start: run.index });
    }
    named.sort((a, b) => a.start - b.start);
    for (const n of named) {
      const surname = n.text.split(' ').pop()!;
      const list = this.fullNames.get(surname) ?? { names: [], starts: [] };
      list.names.push(n);
      list.starts.push(n.start);
      this.fullNames.set(surname, list);
    }
  }

  /** The full name of a speaker written `surface` at offset `at`, or null when the text does not say. */
  resolve(surface: string, at: number): string | null {
    if (/^\p{Lu}/u.test(surface) && !NOT_A_NAME.test(surface)) return this.fullName(surface, at);
    const lower = surface.toLowerCase();
    const last = lowerBound(this.peopleEnds, at + 1) - 1;
    const person = this.people[last];
    if (lower === 'he' || lower === 'she') return person ? this.fullName(person.text, person.start) : null;
    const head = lower.split(/\s+/).pop() ?? '';
    if (!ROLE_HEADS.has(head)) return null;
    for (let i = last; i >= Math.max(0, last - ROLE_LOOKBACK); i--) {
      const holder = this.people[i]!;
      if (this.roles.get(holder.text)?.includes(head)) return this.fullName(holder.text, holder.start);
    }
    return null;
  }

  /** "Rep. Gwen Moore (D-Wis.)" → "Gwen Moore"; "Cooper" → "Laura Cooper" when the report names her so. */
  fullName(surface: string, at: number): string {
    const name = surface
      .replace(/\s*\([^)]*\)\s*$/, '')
      .replace(TITLE_PREFIX, '')
      .replace(/[’']s$/, '')
      .trim();
    const words = name.split(/\s+/);
    // "Councillor Daniel Brandt": the role is not part of the name
    while (words.length > 2 && isRoleWord(words[0]!)) words.shift();
    if (words.length > 1) return words.join(' ');
    const candidates = this.fullNames.get(name);
    if (!candidates) return name;
    const before = lowerBound(candidates.starts, at) - 1;
    return (candidates.names[before] ?? candidates.names[0])?.text ?? name;
  }
}
