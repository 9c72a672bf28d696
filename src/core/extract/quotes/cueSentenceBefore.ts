import { CUE, FILLER } from './cues.js';
import type { SpeakerPattern } from './quoteContext.js';
import { subjectBefore } from './speakerPhrase.js';

/** A sentence that ends on its cue right before the opening mark: "Dianne Bystrom agreed. “…”". */
const CUE_ENDS_SENTENCE = new RegExp(String.raw`(?<![\p{L}])${CUE}${FILLER}{0,4}\s{0,3}\.\s{1,3}$`, 'iu');
/** How far back the sentence before the quotation is read. */
const REACH = 240;

/**
 * "Iowa State University's Dianne Bystrom agreed. “…”" · "Sam Lau, the party's spokesman, said in a
 * statement. “…”": the sentence before the quotation, in its paragraph, ends on a cue verb, so the
 * quotation is what its subject said.
 */
export const cueSentenceBefore: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const from = Math.max(ctx.previousEnd, quote.outer.start - REACH, text.lastIndexOf('\n', quote.outer.start) + 1);
  const window = text.slice(from, quote.outer.start);
  const cue = CUE_ENDS_SENTENCE.exec(window);
  if (!cue) return null;
  const cueAt = from + cue.index;
  return subjectBefore(ctx, Math.max(from, sentenceStartBefore(text, cueAt, from)), cueAt, 'cueSentenceBefore');
};

/** Start of the sentence holding `at`: after the last full stop, question or exclamation mark before it. */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const ch = text[i]!;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return floor;
}
