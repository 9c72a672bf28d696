/**
 * Reads WordNet's noun files (index.noun, data.noun) into what each one-word noun names most
 * often: a person ("analyst"), a group of people ("legislature") or a thing ("list", "quarter").
 * `npm run build:nouns` writes the result to models/nouns.json; the answers read that table.
 */

/** What a noun names: a person, a group of people, or anything else. */
export type NounKind = 'person' | 'group' | 'thing';

/**
 * WordNet's lexicographer files (the number data.noun gives each sense) that name no person or
 * group. Animals, places and the top concepts are left out: "the hosts", "the states" may act.
 */
const THING_FILES = new Set([4, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
const PERSON_FILE = 18;
const GROUP_FILE = 14;
/** Nouns of lower-case letters only, three or more: what a phrase's head can be. */
const PLAIN_NOUN = /^[a-z]{3,}$/;

function kindOfFile(file: number): NounKind | undefined {
  if (file === PERSON_FILE) return 'person';
  if (file === GROUP_FILE) return 'group';
  return THING_FILES.has(file) ? 'thing' : undefined;
}

/**
 * Each plain noun's kind. Where the sense-tagged corpus counted a noun's senses (its index line
 * gives a count above 0), WordNet lists the senses most frequent first, and the first decides.
 * Otherwise the order says nothing, and a noun gets a kind only when all its senses agree.
 *
 * @param index - index.noun: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`
 * @param data - data.noun, whose byte offsets the index gives: `offset lex_filenum …`
 */
export function readWordnetNouns(index: string, data: Buffer): Map<string, NounKind> {
  const kinds = new Map<string, NounKind>();
  const fileAt = (offset: number) =>
    Number(
      data
        .subarray(offset, offset + 24)
        .toString('latin1')
        .split(' ')[1],
    );
  for (const line of index.split('\n')) {
    // the licence opens the file, each of its lines indented
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!PLAIN_NOUN.test(lemma)) continue;
    const pointers = Number(fields[3]);
    const tagged = Number(fields[5 + pointers]);
    const offsets = fields.slice(6 + pointers).map(Number);
    const senses = offsets.map((o) => kindOfFile(fileAt(o)));
    const kind = tagged > 0 ? senses[0] : senses.every((s) => s === senses[0]) ? senses[0] : undefined;
    if (kind) kinds.set(lemma, kind);
  }
  return kinds;
}
