import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';
import { findQuoteSpans } from '../../../src/core/extract/quotes/quoteSpans.js';
import { SEEDS, foundingText } from '../../helpers/fixtures.js';

function quotes(text: string) {
  return extractQuotes(text, extractEntities(text));
}

describe('extractQuotes', () => {
  it('finds the Mattis line, attributed to Cooper quoting Mattis, verbatim', () => {
    const text = foundingText();
    const found = quotes(text);
    expect(found).toHaveLength(1);
    const [quote] = found;
    expect(quote).toMatchObject({
      text: 'the successes achieved in Afghanistan today would have been impossible without strong support from Azerbaijan.',
      speaker: 'Laura Cooper',
      speakerSurface: 'Cooper',
      quoting: 'James Mattis',
    });
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
  });

  it.each([
    ['after the quote', 'Senator Jane Miller spoke. “We will not back down on this,” Miller said.', 'Jane Miller'],
    ['said before the name', 'Jane Miller spoke. "We will not back down on this," said Miller.', 'Jane Miller'],
    ['with a colon before', 'Jane Miller told reporters: “We will not back down on this.”', 'Jane Miller'],
    ['according to', '“The plan is dead and buried now,” according to Jane Miller.', 'Jane Miller'],
    ['a pronoun', 'Jane Miller arrived late. “We will not back down on this,” she said.', 'Jane Miller'],
    ['a dash after', '“We will not back down on this.” ― Jane Miller', 'Jane Miller'],
    [
      'a name the tagger misses',
      '“It is a signal to every voter in the state,” Rep. Gwen Moore (D-Wis.) said Friday.',
      'Gwen Moore',
    ],
  ])('attributes a quote %s', (_label, text, speaker) => {
    expect(quotes(text)[0]?.speaker).toBe(speaker);
  });

  it('joins a quotation that runs over paragraphs', () => {
    const text = 'Jane Miller said: “The first part of what I said\n\n“and the second part of it, too.”';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.inner.start, spans[0]!.inner.end)).toBe(
      'The first part of what I said\n\n“and the second part of it, too.',
    );
  });

  it('gives an unattributed paragraph that follows a quote the same speaker', () => {
    const found = quotes(
      '“We will fight this in every court,” Jane Miller said.\n“And we will win in the end, believe me.”',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Jane Miller', 'Jane Miller']);
  });
});

const HARBOUR = readFileSync(resolve(import.meta.dirname, '../../fixtures/quotes/harbour-council.txt'), 'utf8');

describe('extractQuotes on a report written as news writes (test text written for this suite)', () => {
  const found = quotes(HARBOUR);

  it('lists every quotation, those that run over paragraphs as one', () => {
    expect(found).toHaveLength(11);
    for (const q of found) expect(HARBOUR.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ['People on the east shore', 'Helen Okafor'],
    ['We owe them more than promises.\n\n"This route will be running', 'Helen Okafor'],
    ['a costly gamble', 'Daniel Brandt'],
    ['Nobody in this chamber', 'Daniel Brandt'],
    ['Three times I was told they were coming.\n\n“They never came.', 'Daniel Brandt'],
    ['The east pier was rebuilt', 'Ruth Abernathy'],
    ['The harbour master has answered', 'Helen Okafor'],
    ['I have lived here forty years', 'Marta Lindqvist'],
    ['and I hope I am wrong about it.', 'Daniel Brandt'],
  ])('%j is said by %s', (opening, speaker) => {
    expect(found.find((q) => q.text.startsWith(opening))?.speaker).toBe(speaker);
  });
});

describe('findQuoteSpans: how news marks quotations', () => {
  it.each([
    [
      'over a line break',
      'She said: “the first half\nand the second half.” Then she left.',
      ['the first half\nand the second half.'],
    ],
    ['over paragraphs, reopened', '“One paragraph.\n\n“And the next one.”', ['One paragraph.\n\n“And the next one.']],
    ['single inside double', '“He told me ‘never again’ and left,” she said.', ['He told me ‘never again’ and left,']],
    [
      'double inside double',
      '"Read the question: “Do you agree?” Most did," he said.',
      ['Read the question: “Do you agree?” Most did,'],
    ],
    ['a partial quotation', 'Brandt called the plan "a costly gamble" on Tuesday.', ['a costly gamble']],
    ['a straight mark closing a curly one', '“We will not move," she said.', ['We will not move,']],
    ['a closing mark that opens a paragraph', '\n\n”Fear is all I feel now.” ― a voter', ['Fear is all I feel now.']],
    ['two on one line', '“Yes,” he said, “we will.”', ['Yes,', 'we will.']],
  ])('%s', (_label, text, inner) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.inner.start, s.inner.end))).toEqual(inner);
  });

  it('keeps the quotations closed inside one left open at a paragraph end', () => {
    const text = '“An open mark and a “closed one” inside.\n\nNext paragraph.';
    expect(findQuoteSpans(text).map((s) => text.slice(s.inner.start, s.inner.end))).toEqual(['closed one']);
  });
});

describe('speakers resolved to full names', () => {
  it.each([
    ['a surname named earlier', 'Laura Cooper arrived. Later, “We are ready for this,” Cooper said.', 'Laura Cooper'],
    [
      'the nearest full name before',
      'Bill Dole spoke. Then Ann Dole arrived. “We are ready for this,” Dole said.',
      'Ann Dole',
    ],
    ['a title dropped', '“We are ready for this,” said Sen. Ann Dole.', 'Ann Dole'],
    ['a pronoun after a named person', 'Ann Dole arrived. “We are ready for this,” she said.', 'Ann Dole'],
    ['a partial quote after a naming verb', 'Ann Dole called the plan “a costly gamble” in a speech.', 'Ann Dole'],
  ])('%s', (_label, text, speaker) => {
    expect(quotes(text)[0]?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a name and a colon, as a transcript',
      'The debate went on.\n\nJane Miller: “We will win this state by ten points.”',
      'Jane Miller',
    ],
    [
      'the name a noun phrase leads to',
      '“We will win,” said Miller campaign manager Tom Berg in a statement.',
      'Tom Berg',
    ],
    ['not the one told', 'Tom Berg told NBC News, “We will win this state by ten points.”', 'Tom Berg'],
    ['a name before "of"', '“We will win this,” said Sen. Ann Dole of Ohio, who leads the group.', 'Ann Dole'],
  ])('who said it: %s', (_label, text, speaker) => {
    expect(quotes(text)[0]?.speaker).toBe(speaker);
  });

  it('leaves a pronoun with no person before it unresolved', () => {
    expect(quotes('“We are ready for this, all of us,” she said.')[0]?.speaker).toBeNull();
  });
});

describe('the bundled reports: every quotation of a quote-heavy report', () => {
  it('lists the airtanker report’s quotations, those over line breaks too, with their speakers', async () => {
    const { reports } = await loadReports(join(SEEDS, 'meantime', 'meantime-en-100911.md'));
    const text = reports[0]!.text;
    const found = quotes(text);
    expect(found.length).toBeGreaterThanOrEqual(11);
    const speakers = new Set(found.map((q) => q.speaker));
    for (const name of ['Ron Sugar', 'Patty Murray', 'Sam Brownback', 'Bob Riley', 'Louis Gallois']) {
      expect(speakers).toContain(name);
    }
    expect(found.some((q) => q.text.includes('\n'))).toBe(true);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
