import { CUE, FILLER } from './cues.js';
import { sentenceStartBefore, type SpeakerPattern } from './quoteContext.js';
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
  // within the quotation's paragraph, so the sentence start below never meets a line break
  const from = Math.max(ctx.previousEnd, quote.outer.start - REACH, text.lastIndexOf('\n', quote.outer.start) + 1);
  const window = text.slice(from, quote.outer.start);
  const cue = CUE_ENDS_SENTENCE.exec(window);
  if (!cue) return null;
  const cueAt = from + cue.index;
  return subjectBefore(ctx, Math.max(from, sentenceStartBefore(text, cueAt, from)), cueAt, 'cueSentenceBefore');
};
