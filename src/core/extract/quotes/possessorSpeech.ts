import type { SpeakerPattern } from './quoteContext.js';
import { NAME, isName, speakerIn } from './speakerPhrase.js';

/** What a person writes or says, named as theirs: "Bush's Facebook post", "in Forbes' words". */
const SPEECH_NOUN = `(?:${[
  'words|statement|tweet|post|letter|email|e-mail|memo|speech',
  'remarks|testimony|op-ed|column|message|reply|response',
].join('|')})`;
/** "From Bush's Facebook post: “" · "in Forbes’ words, “": the possessor, a few words, the noun, a colon or comma. */
const POSSESSOR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME})[’']s?\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}${SPEECH_NOUN}\s{0,3}[:,]\s{0,3}$`,
  'u',
);
/** How far before the opening mark the phrase is read. */
const REACH = 100;

/**
 * A quotation introduced as someone's words: "From Bush's Facebook post: “…”", "because, in Forbes’ words,
 * “…”". The possessor is the speaker.
 */
export const possessorSpeech: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const from = Math.max(ctx.previousEnd, quote.outer.start - REACH);
  const match = POSSESSOR_BEFORE.exec(text.slice(from, quote.outer.start));
  if (!match) return null;
  // "Cruz. From Bush": the name is the last words of the run that are a name
  const words = match[1]!.split(/\s+/);
  let first = words.length - 1;
  while (first > 0 && !/\.$/.test(words[first - 1]!) && isName(words.slice(first - 1).join(' '))) first--;
  const name = words.slice(first).join(' ');
  if (!isName(name)) return null;
  const start = from + match.index + match[0].indexOf(match[1]!) + match[1]!.lastIndexOf(name);
  return speakerIn(ctx, start, start + name.length, 'possessorSpeech', true);
};
