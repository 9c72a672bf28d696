import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { eraYearMentions } from '../../../../src/core/extract/dates/eraYears.js';

describe('years written with their era', () => {
  it.each([
    ['The plague struck Athens in 430 BC.', '430 BC', 'BC0430'],
    ['Caesar died in 44 B.C. in Rome.', '44 B.C.', 'BC0044'],
    ['By 800 CE the tribes had settled.', '800 CE', '0800'],
    ['Augustus died in AD 14.', 'AD 14', '0014'],
    ['The town was founded in 1066 AD.', '1066 AD', '1066'],
  ])('%s → %s = %s', (text, written, value) => {
    expect(eraYearMentions(text)).toMatchObject([{ text: written, value, precision: 'year', type: 'date' }]);
    // the era wins over a bare year read inside it, in a report with a date or without
    expect(extractDates(text, null)).toMatchObject([{ text: written, value }]);
    expect(extractDates(text, '2020-05-01')).toMatchObject([{ text: written, value }]);
  });

  it.each(['In 1990 ADP grew.', 'The BCE index fell.', 'He scored 0 AD points.', 'ADs ran in 2000s.'])(
    'none in %j',
    (text) => {
      expect(eraYearMentions(text)).toEqual([]);
    },
  );
});
