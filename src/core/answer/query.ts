import { termsOf } from '../text/terms.js';

/** What an answer builder needs of the question. */
export interface ParsedQuery {
  /** As the user wrote it, trimmed. */
  raw: string;
  /** The question without its question words: what is searched. */
  topic: string;
  /** Index terms of the topic. */
  terms: string[];
}

/** Longest queries considered, in characters; the rest is ignored. */
export const MAX_QUERY_CHARS = 500;

const QUESTION_FRAME = /^(?:(?:in|on|at|during|since|until|by)\s+)?(?:what|which)\s+(?:year|date|day|month|time|decade|century|period)\s+(?:(?:did|does|do|was|were|is|are|will|has|have|had)\s+)?|^how\s+long\s+ago\s+(?:(?:did|was|were)\s+)?|^(?:who|whom|whose|when|what|where|which|how)(?:'s|\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)\b)?\s*/i;

export function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  const topic = trimmed.replace(QUESTION_FRAME, '').replace(/[?!.]+$/, '').trim() || trimmed;
  return { raw: trimmed, topic, terms: termsOf(topic) };
}
