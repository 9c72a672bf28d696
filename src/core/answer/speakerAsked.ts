import { MAX_QUERY_CHARS } from './query.js';

/** A name as a question writes it: capitalised words, initials and particles ("Ann Roe", "J. R. Hale", "Paul von Roe"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|le|la|al|bin)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}`;
/** What the question asks the speaker spoke of: "about the bridge", "on Afghanistan". */
const ABOUT = String.raw`(?:\s+(?:about|of|on|regarding|concerning)\s+(?<topic>.+?))?`;

/**
 * The forms that ask for what one person said: "what did Ann Roe say (about …)?", "what has Roe
 * said on …", "what was Roe saying", "quotes from Ann Roe (on …)".
 */
const FORMS = [
  new RegExp(
    String.raw`^(?:what|which)\s+(?:did|does|do|has|had|have)\s+(?<name>${NAME})\s+(?:say|said|tell|told)${ABOUT}\s*[?.!]*$`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:what|which)\s+(?:is|was)\s+(?<name>${NAME})\s+(?:saying|quoted\s+as\s+saying)${ABOUT}\s*[?.!]*$`,
    'u',
  ),
  new RegExp(String.raw`^(?:quotes?|quotations?)\s+(?:from|by|of)\s+(?<name>${NAME})${ABOUT}\s*[?.!]*$`, 'u'),
];

/** Whose quotations a question asks for, and what about ("" when it asks for all of them). */
export interface SpeakerAsked {
  speaker: string;
  topic: string;
}

/**
 * The speaker a quotation question names, when it asks what that person said: "what did Ann Roe
 * say about the bridge?" → Ann Roe, "the bridge". A speaker written in lower case or as a role
 * ("what did the minister say?") is no name to filter by: the question is searched as written.
 */
export function speakerAsked(question: string): SpeakerAsked | null {
  // read as long as any question is (query.ts)
  const spaced = question.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  // the question word may be capitalised; the name's capitals are what tell it from a role
  const trimmed = spaced.charAt(0).toLowerCase() + spaced.slice(1);
  for (const form of FORMS) {
    const match = form.exec(trimmed);
    const name = match?.groups?.name?.replace(/['’]s$/u, '');
    if (name) return { speaker: name, topic: match?.groups?.topic?.trim() ?? '' };
  }
  return null;
}
