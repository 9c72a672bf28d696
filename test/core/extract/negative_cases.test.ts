import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/extract/dates/dates.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';
import { findQuoteSpans } from '../../../src/core/extract/quotes/quoteSpans.js';

describe('dates: nothing where there is no date', () => {
  it.each([
    'The bill may pass the senate.',
    'They march on the capital.',
    'The company employs 2000 people in the region.',
    'Revenue grew 1999 percent.',
    'The price was $2015 per unit.',
    'Shares rose 6 3/8 to 41 1/4.',
    'The 6-year-old boy and his three-quarters share.',
    'It earned $500 million a year and $2.50 a share.',
    // a count glued to a letter is millions or metres, not minutes
    'Velmont Air posted profits of $40m earlier, and its runway grew 300m later.',
    // a weekday's programme is no day
    'Fans watched Friday Night Velmont on the network.',
    'The cast of Sunday Night Korvex met the mayor.',
    // phrases with no word of time that chrono reads as one (half an hour, a second)
    'Velmont cut its dividend in half and its shares fell.',
    'Korvex denied the claims in the SEC suit.',
    '',
  ])('%j', (text) => {
    expect(extractDates(text, '2018-12-05')).toEqual([]);
  });

  // lengths, clock times and the present are time expressions, but no calendar date
  it.each(['It came two days later than planned.', 'Meet me at 5 pm.', 'It is worth a year of work.'])('%j', (text) => {
    expect(extractDates(text, '2018-12-05').filter((m) => m.type === 'date')).toEqual([]);
  });
});

describe('date spans: none where two dates are not one span', () => {
  it.each([
    'Sales rose in 2010 and 2011.',
    'In 1998 - 2000 people died.',
    'The team won 2-1 in 2014.',
    'Between 1990 and 1985 nothing changed.',
    'The report is dated 2018-12-05 and was filed on time.',
    'The order was placed on May 3 and delivered in 2015.',
  ])('%j', (text) => {
    expect(extractDates(text, '2018-12-05').filter((m) => m.until)).toEqual([]);
  });
});

describe('entities: nothing where there is no name', () => {
  it.each([
    'the minister said that talks would continue.',
    'They went home early and slept.',
    'However, the plan failed.',
    '',
    '12345 !!! ???',
  ])('%j', (text) => {
    expect(extractEntities(text)).toEqual([]);
  });

  it('does not make a person of a role alone or of a trophy', () => {
    const mentions = extractEntities('The Minister of Defense spoke. The winner gets the Vince Lombardi Trophy.');
    expect(mentions.filter((m) => m.type === 'person')).toEqual([]);
  });
});

describe('quotes: nothing where nothing is quoted', () => {
  it.each([
    'No quotation marks here, said nobody.',
    'A name in quotes, "Resolute Support", is not a quotation.',
    'An unclosed “quotation that never ends',
    'Scare quotes around a "word" only.',
    '',
  ])('%j', (text) => {
    expect(extractQuotes(text, extractEntities(text))).toEqual([]);
  });

  it('drops a quotation left open at the end of a paragraph', () => {
    expect(findQuoteSpans('“Open here\n\nNext paragraph without a mark.”')).toEqual([]);
  });
});
