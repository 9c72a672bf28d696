import { describe, expect, it } from 'vitest';
import { decadeMentions } from '../../../../src/core/extract/dates/decades.js';

const REFERENCE = new Date(Date.UTC(1998, 1, 6));

describe('decades and centuries', () => {
  it.each([
    ['Growth was slow in the 1990s.', 'the 1990s', '1990', '1999', '199'],
    ["A hit of the '80s.", "the '80s", '1980', '1989', '198'],
    ['Prices rose in the late 1970s.', 'the late 1970s', '1970', '1979', '197'],
    ['Crime fell in the nineties.', 'the nineties', '1990', '1999', '199'],
    ['Built in the 11th century.', 'the 11th century', '1000', '1099', '10'],
    ['Colonised in the eighteenth century.', 'the eighteenth century', '1700', '1799', '17'],
    ['A late 14th-century quilt.', 'late 14th-century', '1300', '1399', '13'],
  ])('%s → %s', (text, written, value, until, timex) => {
    expect(decadeMentions(text, REFERENCE)).toMatchObject([{ text: written, value, until, timex, precision: 'year' }]);
  });
});

describe('decades: none where no decade is named', () => {
  it.each([
    'She is in her nineties.',
    'Temperatures in the 90s.',
    'She came second century-wise.',
    'In 1990 sales grew.',
    'Model 1990S was sold.',
    '',
  ])('%j', (text) => {
    expect(decadeMentions(text, REFERENCE)).toEqual([]);
  });
});
