import type { NerSpan } from '../ner/tagger.js';
import { takeSpan } from './spansTaken.js';
import { ORG_HEADS } from './words.js';

/**
 * Buildings and grounds named after someone in the possessive: "St Paul's Cathedral", "King's
 * College", "Velmont's Stadium". The tagger tends to stop at the possessive, or to keep the head
 * word alone.
 */
const FACILITY_HEADS = new Set([
  'abbey',
  'arena',
  'bridge',
  'cathedral',
  'chapel',
  'church',
  'college',
  'field',
  'garden',
  'gardens',
  'hall',
  'hospital',
  'park',
  'school',
  'square',
  'stadium',
  'university',
]);

/**
 * A capitalised word (a saint's "St" before it) in the possessive, then one capitalised word and no
 * other capital right after it: "St Paul's Cathedral", "St Thomas' Hospital". A longer owner's name
 * is the tagged name that ends at the possessive; a capital before the word may only open the
 * sentence ("At Velmont's Stadium").
 */
const POSSESSIVE_PLACE =
  /(?<![\p{L}\p{N}])((?:St\.?\s+)?\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/gu;

/**
 * Each possessive name before a building's head word as one name: an organisation where the head
 * is a body's ("King's College", "St Thomas' Hospital"), else a place ("Velmont's Stadium"). A full
 * name the tagger read as a person is that person's building ("Ann Roe's Hall"), and is left as tagged.
 */
export function joinPossessivePlaces(text: string, spans: NerSpan[]): NerSpan[] {
  let out = [...spans].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(POSSESSIVE_PLACE)) {
    const head = m[2]!.toLowerCase();
    if (!FACILITY_HEADS.has(head)) continue;
    const ownerEnd = m.index + m[1]!.length;
    const owner = out.find((s) => s.end === ownerEnd);
    if (owner?.type === 'PER' && /\s/.test(text.slice(owner.start, owner.end))) continue;
    // the tagged owner may be longer ("San Velmont") or leave the saint's "St" out
    const start = Math.min(owner?.start ?? m.index, m.index);
    const end = m.index + m[0].length;
    if (out.some((s) => (s.start < start && s.end > start) || (s.start < end && s.end > end))) continue;
    out = takeSpan(out, { start, end, type: ORG_HEADS.has(head) ? 'ORG' : 'LOC' });
  }
  return out;
}
