import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { termsOf } from '../../../src/core/text/terms.js';
import { VERB_FORM_WEIGHT, verbForms } from '../../../src/core/text/verbForms.js';
import { report } from '../../helpers/fixtures.js';

/** The verb stems searched for a noun written in a question. */
const formsOf = (noun: string) => verbForms(termsOf(noun)).map((form) => form.term);

describe('verbForms: the verb a noun is made from, as the index stems it', () => {
  it.each([
    ['disappearance', 'disappear'],
    ['appointment', 'appoint'],
    ['election', 'elect'],
    ['arrival', 'arriv'],
    ['departure', 'depart'],
    ['occurrence', 'occur'],
    ['agreement', 'agre'],
    ['resignation', 'resign'],
    ['creation', 'creat'],
    ['completion', 'complet'],
  ])('%s → %s', (noun, verb) => {
    expect(formsOf(noun)).toContain(verb);
    // the form stands for the noun asked, weighed below it
    const [term] = termsOf(noun);
    expect(verbForms([term!]).every((f) => f.asked === term && f.weight === VERB_FORM_WEIGHT)).toBe(true);
  });

  it.each([
    // what is left is too short to be a verb of its own
    ['million'],
    ['billion'],
    ['station'],
    ['mission'],
    ['payment'],
    // no noun ending
    ['death'],
    ['minister'],
    ['Velmont'],
  ])('%s → none', (word) => {
    expect(formsOf(word)).toEqual([]);
  });

  it('adds no form the question already asks', () => {
    expect(verbForms(termsOf('elect election')).map((f) => f.term)).toEqual([]);
  });
});

describe('a question that writes the noun finds the report that writes the verb', () => {
  const desk = Newsdesk.fromReports([
    report('lost', 'The Korvex yacht disappeared off Velmont on October 7, 1992, with four crew aboard.', '1992-10-09'),
    report('sold', 'The Korvex yacht was sold to a Dunmore firm in 1988 and renamed.', '1992-10-09'),
    report('elected', 'Dunmore voters elected Ann Roe on Sunday, by a wide margin.', '2020-03-04'),
    report('mayor', 'Dunmore mayor Tom Hale opened the new Velmont bridge on Sunday.', '2020-03-04'),
  ]);

  it('"when was the yacht\'s disappearance?" is answered from "the yacht disappeared"', () => {
    const found = desk.ask('when', "When was the Korvex yacht's disappearance?", { limit: 3 }).answers[0];
    expect(found?.text).toBe('October 7, 1992');
    expect(found?.citations[0]?.reportId).toBe('lost');
  });

  it('"who won the election?" is answered from "voters elected"', () => {
    const found = desk.ask('who', 'Who won the Dunmore election?', { limit: 3 }).answers[0];
    expect(found?.text).toBe('Ann Roe');
    expect(found?.citations[0]?.reportId).toBe('elected');
  });
});
