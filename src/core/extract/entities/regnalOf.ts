import type { NerSpan } from '../ner/tagger.js';
import { takeSpan } from './spansTaken.js';

/** A person's name ending in a regnal number ("Charles I", "William III", "Louis XIV"). */
const REGNAL_END = /\s(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
/** "of" and the realm: one or two capitalised words, no third one after them. */
const OF_REALM = /^ of (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/u;

/**
 * A ruler named with a number and the realm is one name: "William III of Orange", "Boleslaw II
 * of Masovia". The tagger reads the realm as a place of its own. Without a number the "of" may
 * say where a person comes from ("Ann Roe of Trelby"), so those stay apart.
 */
export function joinRegnalRealms(text: string, spans: NerSpan[]): NerSpan[] {
  let out = [...spans].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (span.type !== 'PER' || !REGNAL_END.test(text.slice(span.start, span.end))) continue;
    const realm = OF_REALM.exec(text.slice(span.end, span.end + 40));
    if (!realm) continue;
    const end = span.end + realm[0].length;
    if (out.some((s) => s.start < end && s.end > end)) continue;
    out = takeSpan(out, { start: span.start, end, type: 'PER' });
  }
  return out;
}
