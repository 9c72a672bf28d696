import { LEGAL_FORMS } from '../../text/legalForms.js';
import type { NerSpan } from '../ner/tagger.js';
import { takeSpan } from './spansTaken.js';
import { ORG_HEADS } from './words.js';

/**
 * A body's head word, "of the", then up to four capitalised words: "Ministry of the Interior",
 * "Museum of the Velmont Arts", "Church of the Holy Cross". The tagger, trained on names that
 * seldom hold "of the", tends to keep only the words after it, or nothing.
 */
const HEAD_OF_THE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+of\s+the\s+(?=\p{Lu})/gu;
/** The capitalised words after "of the"; read apart, so that a name there may head the next match. */
const NAME_AFTER = /^\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}/u;

/** Heads of a body's name beside the organisation heads: a museum is run by a body as well. */
const MORE_HEADS = new Set(['museum']);

/** A legal form ends a company's name ("Velmont Inc of the United States"); it opens no "of the" body. */
function headsBody(word: string): boolean {
  const lower = word.toLowerCase();
  return (ORG_HEADS.has(lower) || MORE_HEADS.has(lower)) && !LEGAL_FORMS.has(lower);
}

/**
 * Each "<head> of the <Name>" as one organisation, from the start of the name the head ends (the
 * "Great Hall" of a longer name) or the head itself. Names tagged inside it are taken in; one
 * that starts inside and runs on ("… of the Royal College of Physicians") carries the end with it.
 * A name that starts before the head and runs into it leaves the text as tagged.
 */
export function joinOfTheBodies(text: string, spans: NerSpan[]): NerSpan[] {
  let out = [...spans].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(HEAD_OF_THE)) {
    if (!headsBody(m[1]!)) continue;
    const headEnd = m.index + m[1]!.length;
    const opening = out.find((s) => s.end === headEnd && s.start <= m.index);
    const start = opening?.start ?? m.index;
    const after = m.index + m[0].length;
    let end = after + NAME_AFTER.exec(text.slice(after, after + 120))![0].length;
    for (const s of out) if (s.start >= headEnd && s.start < end && s.end > end) end = s.end;
    if (out.some((s) => s.start < start && s.end > start)) continue;
    out = takeSpan(out, { start, end, type: 'ORG' });
  }
  return out;
}
