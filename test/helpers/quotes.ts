import { expect } from 'vitest';
import { extractEntities } from '../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../src/core/extract/quotes/quotes.js';
import type { EntityMention } from '../../src/core/types.js';

/** The speaker given to the quotation of `text` that holds `words` (the tagger's entities). */
export function speakerOf(text: string, words: string): string | null | undefined {
  return extractQuotes(text, extractEntities(text)).find((q) => q.text.includes(words))?.speaker;
}

/** A table row's check: the quotation of `text` holding `words` is said by `speaker`. */
export function saidBy(_label: string, text: string, words: string, speaker: string): void {
  expect(speakerOf(text, words)).toBe(speaker);
}

/** An entity mention as a tagger would give it: `surface`, at its first occurrence in `text` unless `at` says. */
export function mentionIn(
  text: string,
  name: string,
  surface: string,
  type: EntityMention['type'],
  at = text.indexOf(surface),
): EntityMention {
  return { text: name, type, surface, start: at, end: at + surface.length } as EntityMention;
}
