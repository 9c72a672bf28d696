// Speaker names of the PolNeAR gold: whether an annotated source names someone, the name it gives
// ("panel Chairman Rep. Jason Chaffetz (R-Utah)" → "Jason Chaffetz") and the fuller name the article
// gives a lone surname.

const PRONOUN = /^(?:he|she|they|it|i|we|you|him|her|them|who|this|that|said)$/i;
const NOT_A_NAME_START = /^(?:The|A|An|One|Another|His|Her|Their|Some|Many|Most|Both|Several|Two|Three|Other|Its)$/;
/** Titles, roles and labels that come before a name and are not part of it. */
const TITLES = new Set(
  (
    'mr mrs ms dr sen senator rep representative gov governor gen general lt col prof rev sgt capt president ' +
    'vice former chairman chairwoman chair secretary speaker leader mayor judge justice attorney candidate ' +
    'republican republicans democrat democrats democratic gop presidential nominee sheriff chief director ' +
    'sens reps ambassador minister prime pastor father sister brother u.s. us state house senate alderman spokesman ' +
    'spokeswoman adviser advisor manager press university party council committee campaign court supreme ' +
    'ceo chancellor counsel editor center host founder co-founder assemblyman assemblywoman congressman ' +
    'congresswoman del delegate reporter journalist correspondent anchor columnist commentator filmmaker actor ' +
    'actress singer author writer rabbi bishop archbishop cardinal imam police commissioner majority minority whip ' +
    'secretary-treasurer ' +
    'treasurer band member pollster strategist analyst economist professor activist lawyer businessman ' +
    'businesswoman officer deputy executive'
  ).split(' '),
);
/** Labels formed on a place ("Texas-based", "Baltimore-area") that come before a name. */
const PLACE_LABEL = /-(?:based|area)$/i;
/** Words that open a sentence or clause before a name ("But Cooper said", "The Sanders campaign"). */
const OPENERS = new Set(
  (
    'but as when although because for without both the a an neither if and so while after before in on at then ' +
    'does did do to first from here there this that where why how what also even now still only just another neither'
  ).split(' '),
);
/** Nouns of what a person says: "Farley’s account" is Farley's; "Clinton’s campaign chairman" is not Clinton. */
const SPEECH_NOUNS = new Set(
  (
    'account words statement remarks comments tweet tweets letter speech testimony email e-mail post response ' +
    'reply book memo note column interview op-ed message answer'
  ).split(' '),
);
const GENERATION = /^(?:Jr|Sr|II|III)\.?$/;

/** A speaker span that names someone: not a pronoun, not "the spokesman", not "Obama's first questioners". */
export function isNamed(speaker: string): boolean {
  const trimmed = speaker.trim();
  const first = trimmed.split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(trimmed) && !PRONOUN.test(trimmed) && !NOT_A_NAME_START.test(first) && nameOf(trimmed) !== '';
}

/**
 * "panel Chairman Rep. Jason Chaffetz (R-Utah)" → "Jason Chaffetz"; "Trump’s" → "Trump"; "Fox’s Chris
 * Wallace" → "Chris Wallace"; "Clinton’s campaign chairman, John Podesta" → "John Podesta" (the possessor
 * of a role is not the speaker; the appositive names them, else there is no name: "").
 */
export function nameOf(speaker: string): string {
  const parts = speaker.replace(/\([^)]*\)/g, ' ').split(/,/);
  let clause = parts[0]!.trim().replace(/[’']s?$/, '');
  const possessive = /^(.*?\p{L})[’']s?\s+(\S.*)$/u.exec(clause);
  if (possessive) {
    const owned = possessive[2]!;
    const firstOwned = owned.split(/\s+/)[0]!;
    if (!/(?:^|\s)\p{Ll}/u.test(owned)) clause = owned;
    else if (SPEECH_NOUNS.has(firstOwned.toLowerCase())) clause = possessive[1]!;
    else return parts[1] && /\p{Lu}/u.test(parts[1]) ? nameOf(parts.slice(1).join(',')) : '';
  }
  const segments = clause.split(/\s(?:of|from|at|who|with)\s/);
  for (const segment of segments) {
    const name = nameInSegment(segment.trim());
    if (name && !isTitle(name)) return name;
  }
  return nameInSegment(segments[0]!.trim());
}

function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, '')) || PLACE_LABEL.test(word);
}

/** The last run of capitalised words of a segment, without the titles and openers that lead it. */
function nameInSegment(segment: string): string {
  const words = segment.split(/\s+/);
  let runEnd = words.length;
  while (runEnd > 0 && !isNameWord(words[runEnd - 1]!)) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && isNameWord(words[runStart - 1]!)) runStart--;
  const run = words.slice(runStart, runEnd).filter((w) => !GENERATION.test(w));
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i]!) || OPENERS.has(run[i]!.toLowerCase())) last = i;
  return run
    .slice(last + 1)
    .join(' ')
    .replace(/[’']s$/, '')
    .replace(/[.,:;]+$/, '');
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The fuller name the article gives a lone surname: among the annotated sources and the capitalised
 * runs of the text that end in it, the nearest one before the speaker, else the first after. A run
 * that opens with an initial ("L. Walker") is a piece of a longer name, not the name.
 */
export function fullNameFor(
  surname: string,
  at: number,
  sources: Array<{ name: string; at: number }>,
  text: string,
): string {
  const fitting = [...sources.filter((s) => s.name.split(' ').pop() === surname)];
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const runs = new RegExp(String.raw`(?:(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*) ){1,4}${escaped}(?![\p{L}])`, 'gu');
  for (const m of text.matchAll(runs)) {
    const words = m[0].split(' ');
    while (words.length > 1 && OPENERS.has(words[0]!.toLowerCase())) words.shift();
    const name = nameOf(words.join(' '));
    if (name.includes(' ') && name.endsWith(surname) && !/^\p{Lu}\.\s/u.test(name)) {
      fitting.push({ name, at: m.index });
    }
  }
  fitting.sort((a, b) => a.at - b.at);
  const before = fitting.filter((s) => s.at < at).pop();
  return (before ?? fitting[0])?.name ?? surname;
}
