import type { Span } from '../../text/sentences.js';
import { colonSubject } from './colonSubject.js';
import { CUE, FILLER, INTRANSITIVE_CUE, INTRANSITIVE_CUE_ANY_CASE } from './cues.js';
import { cueSentenceBefore } from './cueSentenceBefore.js';
import { possessorSpeech } from './possessorSpeech.js';
import { WINDOW, type Attribution, type QuoteContext, type SpeakerPattern } from './quoteContext.js';
import { NAME, isName, speakerIn, subjectBefore } from './speakerPhrase.js';

export type { Attribution, QuoteContext, SpeakerPattern } from './quoteContext.js';

const ABBREVIATION_DOT = String.raw`(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|St|Jr|\p{Lu}))\.`;
/** ",” Cooper said" · ",” Rep. Gwen Moore (D-Wis.) said Friday". */
const SPEAKER_CHAR = String.raw`(?:[^,;:!?“”"\n.]|\.(?=\S)|${ABBREVIATION_DOT})`;
const ADVERB = String.raw`(?:\w{1,20}ly\s{1,3}|also\s{1,3})`;
const NAME_THEN_CUE = new RegExp(
  String.raw`^\s{0,3}[,—–-]?\s{0,3}(${SPEAKER_CHAR}{1,80}?)\s{1,3}${ADVERB}?${CUE}\b`,
  'u',
);
/** Words that open a clause of its own after a quotation ("“…,” when Clinton blasted him"). */
const SUBORDINATE = /^(?:when|while|after|before|because|if|since|until|although|though|whereas|unless)\s/i;
/** "” Tom Berg, the Republican attorney general of the state, said." */
const APPOSITIVE_THEN_CUE = new RegExp(String.raw`^\s{0,3}(${NAME}),[^“”"\n]{1,140}?\s${CUE}\b`, 'u');
/** ",” said Sen. Ted Cruz" · "?” he asked". */
const CUE_FIRST = new RegExp(String.raw`^\s{0,3}[,—–-]?\s{0,3}${CUE}\s{1,3}`, 'iu');
const DASH = /^\s{0,3}[―—–-]{1,2}\s{0,3}/u;
/** Quoted words that end on a full stop (not an initial or an abbreviation such as "U.S."). */
const FULL_STOP_INSIDE = /[\p{Ll}\d)\]]{2}\.$/u;
/** "said Jane Miller:" right before the quotation. */
const INVERTED = new RegExp(
  String.raw`(?:^|[\s,;])${INTRANSITIVE_CUE_ANY_CASE}\s{1,3}(${NAME})\s{0,3}[,:]\s{0,3}$`,
  'u',
);
/** "said Dante Scala": a cue that takes no object, then the name of its subject. */
const CUE_THEN_NAME = new RegExp(String.raw`^${INTRANSITIVE_CUE_ANY_CASE}\s{1,3}(${NAME})`, 'u');
/** "Nefzi said, " right before a participle that goes on with the saying. */
const SAID_BEFORE = new RegExp(String.raw`(${NAME})\s{1,3}${INTRANSITIVE_CUE}\s{0,3},\s{0,3}$`, 'u');
/** "Clinton: “…”" as a transcript writes it, the name opening its line or sentence. */
const NAME_COLON = new RegExp(String.raw`(?:^|\n|[.!?”"]\s{1,3})(${NAME})\s{0,2}:\s{0,3}$`, 'u');
const CUE_AT_END = new RegExp(String.raw`${CUE}${FILLER}{0,4}\s{0,3}[,:]?\s{0,3}$`, 'iu');
const PARTICIPLE =
  /^(?:saying|adding|telling|noting|writing|asking|declaring|stating|explaining|arguing|warning|insisting|tweeting)\b/i;
const PARTICIPLE_PHRASE = new RegExp(
  String.raw`(?<=[\s,])${PARTICIPLE.source.slice(1)}[^,.;:!?“”"\n]{1,40},\s{0,3}$`,
  'iu',
);
/** A cue verb right after a name, perhaps after an adverb: the name is its subject. */
const SUBJECT_OF_CUE = new RegExp(String.raw`^\s{1,3}(?:\w{1,20}ly\s{1,3}|also\s{1,3})?${CUE}\b`, 'iu');
const CUE_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])${CUE}\b`, 'giu');
const ACCORDING_TO = /according to\s{1,3}/giu;
/** Verbs that take a partial quotation as their object: 'called the plan “a disaster”'. */
const NAMING_VERBS = 'called|calls|calling|described|describes|dubbed|dubs|labeled|labelled|termed|branded';
const NAMING_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${NAMING_VERBS})\b`, 'giu');
const LEAD_COLON = /:\s{0,3}\n\s{0,3}$/;
const NAME_ALONE = new RegExp(`^${NAME}$`, 'u');

/** A line break, then a line that opens in lower case: the sentence goes on. */
const CONTINUED_LINE = /^[^\S\n]{0,3}\n[^\S\n]{0,3}\p{Ll}/u;

/** ",” Cooper said" · ",” said Sen. Ted Cruz (R-Texas)" · "?” he asked" · "” ― Pamela Padilla". */
export const cueAfterQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const at = quote.outer.end;
  // a text written a sentence a line may break the line before its cue ("…out?” ¶ said Tom Hale"):
  // a next line opening in lower case goes on with the sentence (the break read as a space keeps offsets)
  const after = text.slice(at, Math.min(text.length, at + 160));
  const window = (CONTINUED_LINE.test(after) ? after.replace('\n', ' ') : after).split('\n')[0]!;
  // "… the better.” The Buckeye State has …": a quotation closed by a full stop ends its sentence, so what
  // follows is a new sentence, not its attribution (news writes “…,” Smith said); a dash may still sign it
  const fullStop = FULL_STOP_INSIDE.test(text.slice(Math.max(quote.inner.start, quote.inner.end - 3), quote.inner.end));
  const nameFirst = NAME_THEN_CUE.exec(window);
  // …unless the attribution is all the next sentence says (“… missing.” Trump said.)
  if (fullStop && !(nameFirst && /^[.,]/.test(window.slice(nameFirst[0].length)))) return signedByDash(ctx, window);
  // "“…,” when Clinton blasted him": a clause of its own after the quotation, not its attribution
  if (nameFirst && !SUBORDINATE.test(nameFirst[1]!)) {
    const from = at + nameFirst[0].indexOf(nameFirst[1]!);
    const found = speakerIn(ctx, from, from + nameFirst[1]!.length, 'cueAfterQuote');
    if (found) return found;
  }
  const appositive = APPOSITIVE_THEN_CUE.exec(window);
  if (appositive && isName(appositive[1]!)) {
    const from = at + appositive[0].indexOf(appositive[1]!);
    const found = speakerIn(ctx, from, from + appositive[1]!.length, 'cueAfterQuote', true);
    if (found) return found;
  }
  const cueFirst = CUE_FIRST.exec(window);
  if (cueFirst) {
    const from = at + cueFirst[0].length;
    return speakerIn(ctx, from, Math.min(from + 80, at + window.length), 'cueAfterQuote', true);
  }
  return signedByDash(ctx, window);
};

/** "” ― Pamela Padilla": a quotation signed with a dash and a name. */
function signedByDash(ctx: QuoteContext, window: string): Attribution | null {
  const dash = DASH.exec(window);
  if (!dash) return window.trim() === '' ? signedBelow(ctx) : null;
  const at = ctx.quote.outer.end;
  const from = at + dash[0].length;
  return speakerIn(ctx, from, Math.min(from + 60, at + window.length), 'dashAfterQuote', true);
}

/** A paragraph that is a dash and a name: "-President Obama, tweeting after the speech." */
const DASH_LINE = /^[^\S\n]{0,3}\n(?:[^\S\n]{0,3}\n)?[^\S\n]{0,3}[―—–-]{1,2}\s{0,2}(?=\p{Lu})/u;

/** "“…” ¶ -Michelle Marks, Philadelphia.": a quotation that ends its paragraph, signed in the next one. */
function signedBelow(ctx: QuoteContext): Attribution | null {
  const at = ctx.quote.outer.end;
  const dash = DASH_LINE.exec(ctx.text.slice(at, Math.min(ctx.nextStart, at + 12)));
  if (!dash) return null;
  const from = at + dash[0].length;
  const line = ctx.text.slice(from, Math.min(ctx.nextStart, from + 60)).split('\n')[0]!;
  return speakerIn(ctx, from, from + line.length, 'dashAfterQuote', true);
}

/** "Cooper said: “…”" · "Cooper, quoting … Mattis, noted that “…”" · "Trump told reporters, “…”" */
export const cueBeforeQuote: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  let to = quote.outer.start;
  let from = Math.max(ctx.sentenceStart, ctx.previousEnd, to - WINDOW);
  // "Caddell continued:" on the line before a quotation that opens its own paragraph
  const lead = LEAD_COLON.exec(text.slice(Math.max(0, to - 12), to));
  if (lead && from >= to - lead[0].length - 1) {
    to = to - lead[0].length + 1;
    from = Math.max(text.lastIndexOf('\n', to - 2) + 1, ctx.previousEnd, to - WINDOW);
  }
  const window = text.slice(from, to);
  const inverted = INVERTED.exec(window);
  if (inverted && isName(inverted[1]!)) {
    const start = from + inverted.index + inverted[0].indexOf(inverted[1]!, inverted[0].search(/\s/) + 1);
    return speakerIn(ctx, start, start + inverted[1]!.length, 'cueBeforeQuote', true);
  }
  const match = lastCueAtEnd(window);
  // "Gore insisted … while adding on climate change matters, “…”": a participle whose phrase ends on a comma
  const phrase = PARTICIPLE_PHRASE.exec(window);
  if (phrase && (!match || match.index === phrase.index)) {
    return sentenceSubject(ctx, from, from + phrase.index, 'cueBeforeQuote');
  }
  if (!match) return null;
  const cueAt = from + match.index;
  const before = text.slice(Math.max(Math.min(from, ctx.sentenceStart), cueAt - 4), cueAt);
  // a participle goes on with the sentence's subject, after a comma or not ("responded on Facebook writing,
  // “…”", "was quoted as saying “…”", "needled the CNN “reporter,” saying, “…”")
  if (PARTICIPLE.test(match[0])) return sentenceSubject(ctx, from, cueAt, 'cueBeforeQuote');
  // "Lazar said he welcomed it and added, “…”": a second verb of the sentence's subject
  if (/(?:^|\s)and\s{1,3}$/.test(before)) return sentenceSubject(ctx, from, cueAt, 'cueBeforeQuote');
  return subjectBefore(ctx, from, cueAt, 'cueBeforeQuote');
};

/**
 * The cue nearest the quotation that the words up to it may follow: "extradition to the United States and
 * added, “" is "added", not "States" with three words of filler after it.
 */
function lastCueAtEnd(window: string): { index: number; 0: string } | null {
  let match = CUE_AT_END.exec(window);
  if (!match) return null;
  let found = { index: match.index, 0: match[0] };
  for (let at = found.index + 1; at < window.length; ) {
    match = CUE_AT_END.exec(window.slice(at));
    if (!match) break;
    // a cue starts a word: "reinstates" holds no cue
    if (/\P{L}/u.test(window[at + match.index - 1]!)) found = { index: at + match.index, 0: match[0] };
    at += match.index + 1;
  }
  return found;
}

/** ", saying “…”": the speaker is the subject of the sentence, its first person or organisation. */
function sentenceSubject(ctx: QuoteContext, from: number, cueAt: number, pattern: string): Attribution | null {
  // "…, Nefzi said, adding, “…”": the one whose saying the participle goes on with
  const said = SAID_BEFORE.exec(ctx.text.slice(from, cueAt));
  if (said && isName(said[1]!)) {
    const start = from + said.index + said[0].indexOf(said[1]!);
    const found = speakerIn(ctx, start, start + said[1]!.length, pattern, true);
    if (found) return found;
  }
  // the subject may stand before a short quotation earlier in the same sentence ("Kerpen needled the CNN
  // “reporter,” saying, “…”"), so the whole sentence is read, without what is quoted in it
  // "… Maher stated that the report “wasn’t good.” Adding, “…”": a participle that opens its sentence goes
  // on with the sentence before, in its paragraph
  const opens = /^\p{Lu}/u.test(ctx.text[cueAt] ?? '') && ctx.text.slice(ctx.sentenceStart, cueAt).trim() === '';
  const paragraph = ctx.text.lastIndexOf('\n', cueAt) + 1;
  const sentenceFrom = opens
    ? Math.max(paragraph, cueAt - WINDOW)
    : Math.min(from, Math.max(ctx.sentenceStart, cueAt - WINDOW));
  const before = ctx.index
    .entitiesStartingIn(sentenceFrom, cueAt)
    .filter((m) => m.end <= cueAt && m.type !== 'place' && !ctx.index.insideQuote(m.start));
  // the one a cue verb follows ("… with journalist Matei Rosca, Lazar said he … and added"), else the one
  // that opens the sentence with an appositive ("Huma Abedin, vice chairwoman for Clinton's campaign, …"),
  // else the first person, else the first organisation ("Carson shared it on his Facebook page, writing …")
  const entity =
    before.find((m) => SUBJECT_OF_CUE.test(ctx.text.slice(m.end, m.end + 40))) ??
    before.find((m) => m.start - sentenceFrom <= 3 && /^,\s/.test(ctx.text.slice(m.end, m.end + 2))) ??
    before.find((m) => m.type === 'person') ??
    before[0];
  if (entity) return { pattern, surface: { start: entity.start, end: entity.end }, entity };
  return subjectBefore(ctx, from, cueAt, pattern);
}

/** The parts of the quotation's sentence outside it, before and after. */
function regionsOf(ctx: QuoteContext): Span[] {
  return [
    { start: Math.max(ctx.sentenceStart, ctx.previousEnd), end: ctx.quote.outer.start },
    { start: ctx.quote.outer.end, end: Math.min(ctx.sentenceEnd, ctx.nextStart) },
  ];
}

/** "Clinton: “…”": a name and a colon right before the quotation, as transcripts and debates are written. */
export const nameColon: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const from = Math.max(ctx.previousEnd, quote.outer.start - 60);
  const match = NAME_COLON.exec(text.slice(from, quote.outer.start));
  if (!match || !isName(match[1]!)) return null;
  const start = from + match.index + match[0].indexOf(match[1]!);
  return speakerIn(ctx, start, start + match[1]!.length, 'nameColon', true);
};

/** A cue verb anywhere in the sentence, outside the quotation: "“…” was what Trump said on Monday". */
export const cueInSentence: SpeakerPattern = (ctx) => verbInSentence(ctx, CUE_ANYWHERE, 'cueInSentence');

/** A partial quotation named by a verb: 'Miller called the plan “a disaster”'. */
export const namingVerb: SpeakerPattern = (ctx) => {
  const before = regionsOf(ctx)[0]!;
  const found = verbInSentence({ ...ctx, sentenceEnd: ctx.quote.outer.start }, NAMING_VERB, 'namingVerb');
  return found && found.surface.start >= before.start ? found : null;
};

function verbInSentence(ctx: QuoteContext, verb: RegExp, pattern: string): Attribution | null {
  for (const region of regionsOf(ctx)) {
    if (region.end <= region.start) continue;
    for (const match of ctx.text.slice(region.start, region.end).matchAll(verb)) {
      const at = region.start + match.index;
      if (ctx.index.insideQuote(at) || isCapitalisedMidSentence(ctx.text, at)) continue;
      // "…” for Clinton, said Kunin": after a comma the cue is inverted, and the name after it is its subject
      const inverted = /,\s{0,3}$/.test(ctx.text.slice(region.start, at))
        ? invertedAfter(ctx, at, region.end, pattern)
        : null;
      const found =
        inverted ?? subjectBefore(ctx, region.start, at, pattern) ?? invertedAfter(ctx, at, region.end, pattern);
      if (found) return found;
    }
  }
  return null;
}

/** "the United States, NATO and …": a capitalised word after a word or a comma is a name, not a verb. */
function isCapitalisedMidSentence(text: string, at: number): boolean {
  return /^\p{Lu}/u.test(text[at]!) && /[\p{L}\d,]\s{1,3}$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** "…,” in sharp contrast to past years, said Dante Scala, a political scientist": the name after the cue. */
function invertedAfter(ctx: QuoteContext, at: number, end: number, pattern: string): Attribution | null {
  const match = CUE_THEN_NAME.exec(ctx.text.slice(at, Math.min(end, at + 120)));
  if (!match || !isName(match[1]!)) return null;
  const start = at + match[0].indexOf(match[1]!, match[0].search(/\s/));
  return speakerIn(ctx, start, start + match[1]!.length, pattern, true);
}

/** "according to Cooper" before or after the quotation in its sentence. */
export const accordingTo: SpeakerPattern = (ctx) => {
  const { text } = ctx;
  for (const region of regionsOf(ctx)) {
    for (const match of text.slice(region.start, region.end).matchAll(ACCORDING_TO)) {
      const at = region.start + match.index + match[0].length;
      const entity = ctx.index
        .entitiesStartingIn(at, at + 41)
        .find((m) => m.type !== 'place' && !/[.;“”"]/.test(text.slice(at, m.start)));
      if (entity) return { pattern: 'accordingTo', surface: { start: entity.start, end: entity.end }, entity };
      // a name the tagger missed ("According to Limbaugh, “…”"), up to the comma or colon after it
      const phrase = /^[^,:;.“”"\n]{1,40}/u.exec(text.slice(at, region.end));
      const named = phrase && NAME_ALONE.test(phrase[0].trim()) && isName(phrase[0]) && !placeAt(ctx, at);
      if (named) return speakerIn(ctx, at, at + phrase[0].length, 'accordingTo', true);
    }
  }
  return null;
};

/**
 * A place the tagger saw at `at` ("according to Paris"), unless the report names a person with that
 * surname ("Rush Limbaugh" … "according to Limbaugh"): the tagger may read a name after "to" as a place.
 */
function placeAt(ctx: QuoteContext, at: number): boolean {
  const place = ctx.index.entitiesStartingIn(at, at + 1).find((m) => m.type === 'place');
  if (!place) return false;
  const word = ctx.text.slice(place.start, place.end).split(/\s+/).pop();
  return !ctx.index.entities.some((m) => m.type === 'person' && m.text.split(/\s+/).pop() === word);
}

/** The patterns, most specific first. */
export const SPEAKER_PATTERNS: SpeakerPattern[] = [
  cueAfterQuote,
  cueBeforeQuote,
  cueSentenceBefore,
  possessorSpeech,
  nameColon,
  accordingTo,
  cueInSentence,
  colonSubject,
  namingVerb,
];
