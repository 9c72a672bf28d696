import type { AnswerKind } from '../types.js';

/** A question routed to the answer kind it asks for, with the words to search. */
export interface RoutedQuestion {
  command: AnswerKind;
  /** The question itself: the answer builders strip question words on their own. */
  query: string;
  /** Which rule decided, for logs and tests. */
  rule: string;
}

/** "and", "so", "but" opening a follow-up ("and when was that?"). */
const LEAD = String.raw`(?:and\s+|so\s+|but\s+)?`;
/** Words of a time question: "when", "in what year", "which month", "how long ago", "since when". */
const TIME_WORDS = [
  String.raw`when\b`,
  String.raw`(?:in|on|at|during|since)\s+(?:what|which)\s+(?:year|date|day|month|time)\b`,
  String.raw`(?:what|which)\s+(?:year|date|day|month|time|decade)\b`,
  String.raw`how\s+long\s+ago\b`,
  String.raw`since\s+when\b`,
].join('|');
/** Kinds of people and bodies a "which …" question may ask for. */
const AGENT_NOUNS = [
  'person|people|official|officials|minister',
  'company|companies|organi[sz]ations?|group',
  'country|countries|agency|team|party',
].join('|');
/** Words that say someone spoke. */
const SPEECH_WORDS = [
  'said|says|say|saying',
  'quotes?|quoted|quotations?',
  'according to|stated|told reporters|remarks?|words of',
].join('|');

/** Named routing rules, tried in order; the first that matches decides. */
const RULES: Array<{ name: string; command: AnswerKind; pattern: RegExp }> = [
  // "who said …", "what did Cooper say", "quote on …", "who was quoted about …", "according to whom"
  { name: 'speech', command: 'quote', pattern: new RegExp(String.raw`\b(?:${SPEECH_WORDS})\b`, 'i') },
  { name: 'time', command: 'when', pattern: new RegExp(`^${LEAD}(?:${TIME_WORDS})`, 'i') },
  {
    name: 'person',
    command: 'who',
    pattern: new RegExp(String.raw`^${LEAD}(?:who|whom|whose)\b|^(?:which|what)\s+(?:${AGENT_NOUNS})\b`, 'i'),
  },
];

/**
 * Routes a question asked in chat: speech words → quote; when / what year / how long ago →
 * when; who / whom / whose → who; anything else → search.
 */
export function routeQuestion(text: string): RoutedQuestion {
  const question = text.replace(/\s+/g, ' ').trim();
  for (const rule of RULES) {
    if (rule.pattern.test(question)) return { command: rule.command, query: question, rule: rule.name };
  }
  return { command: 'search', query: question, rule: 'default' };
}

/** "and when was that?", "who else?": a question that leans on the previous answer. */
export function isFollowUp(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s']/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const leaning = /\b(?:that|this|it|then|there|them|he|she|they|his|her|else|more)\b/i.test(text);
  return words.length <= 6 && (leaning || /^(?:and|so|but|also)\b/i.test(text.trim()));
}
