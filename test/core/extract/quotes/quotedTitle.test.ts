import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { isQuotedTitle } from '../../../../src/core/extract/quotes/quotedTitle.js';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';

describe('isQuotedTitle: a title of a work or programme in quotation marks', () => {
  it.each([
    ['This Week With Ann Roe,'],
    ['Meet the Press'],
    ['Velmont Morning Report'],
    ['Make Lakeview Great Again'],
    ['The Harbour at Night,'],
  ])('%j', (quoted) => {
    expect(isQuotedTitle(quoted)).toBe(true);
  });

  it.each([
    ['speech in lower case', 'we will not give up,'],
    ['a name and a verb in lower case', 'Tom Hale lied to us'],
    ['an utterance that closes on a full stop', 'Dump Velmont.'],
    ['an exclamation', 'Go Home Now!'],
    ['one word', 'Scam,'],
    ['a sentence inside', 'Stop. Think Again'],
    ['a long run of capitals', 'We Will Fight On The Beaches And In The Streets Forever'],
    ['small words only', 'of the'],
  ])('no: %s (%j)', (_why, quoted) => {
    expect(isQuotedTitle(quoted)).toBe(false);
  });
});

describe('extractQuotes: a programme named in quotation marks is no quotation', () => {
  const quotes = (text: string) => extractQuotes(text, extractEntities(text)).map((q) => [q.text, q.speaker]);

  it('keeps the speech, leaves the title out, and the speaker named beside the title carries on', () => {
    const text =
      'Mayor Tom Hale spoke on Sunday. On the radio program “Morning With Ann Roe,” Hale said the bridge plan was “a waste of money that nobody in Lakeview asked for.”';
    expect(quotes(text)).toEqual([['a waste of money that nobody in Lakeview asked for.', 'Tom Hale']]);
  });
});
