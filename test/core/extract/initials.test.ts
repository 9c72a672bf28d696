import { describe, expect, it } from 'vitest';
import { joinInitials } from '../../../src/core/extract/entities/initials.js';
import { namesOfType } from '../../helpers/entities.js';

const people = (text: string) => namesOfType(text, 'person');

describe('a person named with middle initials is one person', () => {
  it.each([
    ['The Space Task Group was led by Robert R. Gilruth in Virginia.', 'Robert R. Gilruth'],
    ['C. J. Anderson ran for 90 yards.', 'C. J. Anderson'],
    ['Webb recruited Dr. George E. Mueller for the job.', 'George E. Mueller'],
    ['John F. Kennedy spoke in Berlin.', 'John F. Kennedy'],
    // the tagger ends the first name before the initial and reads the rest as another name
    ['In 1960 the deputy administrator of NASA was Hugh L. Dryden.', 'Hugh L. Dryden'],
    ["Kennedy's vice president was Lyndon B. Johnson.", 'Lyndon B. Johnson'],
    ['President George W. Bush met the prime minister on Monday.', 'George W. Bush'],
    // a surname's particle or an initial without its period between two parts of the name
    ['Before the launch, Wernher von Braun and his engineers tested the engine.', 'Wernher von Braun'],
    ['At the launch party, executive producer Russell T Davies thanked the cast.', 'Russell T Davies'],
    // the surname's possessive opens the name of the person's body
    ["The work was handed to Robert R. Gilruth's Space Task Group last year.", 'Robert R. Gilruth'],
    // the tagger runs a body's title into the given name and stops at the initial
    ['Last spring, NASA Deputy Administrator Hugh L. Dryden opened the new center.', 'Hugh L. Dryden'],
    // a double-barrelled surname the tagger reads as a place of its own
    ['The fault has been fixed, according to Velmont spokesman Tomas Varga-Lind.', 'Tomas Varga-Lind'],
    // the tagger leaves the first of two initials out of the name
    ['The pass was intercepted by safety T. J. Hale, who ran it back.', 'T. J. Hale'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    // a sentence's end between two names: nothing to join
    [
      'Smith left. Jones stayed.',
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 12, end: 17, type: 'PER' },
      ],
    ],
    // a place after a person with no initial between
    [
      'Lopez in Riverton',
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 9, end: 17, type: 'LOC' },
      ],
    ],
    // a long name after the initial is not a surname
    [
      'Reed A. United Nations Development Programme',
      [
        { start: 0, end: 4, type: 'PER' },
        { start: 8, end: 44, type: 'ORG' },
      ],
    ],
    // "and" between two people is not a particle
    [
      'Smith and Jones',
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 10, end: 15, type: 'PER' },
      ],
    ],
    // a particle between a person and a place joins nothing
    [
      'Ortega de Madrid',
      [
        { start: 0, end: 6, type: 'PER' },
        { start: 10, end: 16, type: 'LOC' },
      ],
    ],
    // an acronym at the end of a name is not a given name
    [
      'Allied Command NATO J. Smith',
      [
        { start: 0, end: 19, type: 'ORG' },
        { start: 23, end: 28, type: 'PER' },
      ],
    ],
    // a name opening with initials after a sentence's end
    [
      'Smith left. J. Jones stayed.',
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 12, end: 20, type: 'PER' },
      ],
    ],
    // a Roman numeral closing a name before a person who opens with an initial
    [
      'World War I. J. Hale spoke.',
      [
        { start: 0, end: 11, type: 'MISC' },
        { start: 13, end: 20, type: 'PER' },
      ],
    ],
    // an initial before a name that has none of its own: a sentence's end ("Plan B. Hale")
    ['Plan B. Hale spoke.', [{ start: 8, end: 12, type: 'PER' }]],
    // a title before a double-barrelled surname is not a given name
    [
      'Ms. Varga-Lind',
      [
        { start: 0, end: 3, type: 'PER' },
        { start: 4, end: 14, type: 'PER' },
      ],
    ],
    // a two-word name before a double-barrelled place
    [
      'Tomas Lind Baden-Baden',
      [
        { start: 0, end: 10, type: 'PER' },
        { start: 11, end: 22, type: 'LOC' },
      ],
    ],
    // a comma between the given name and the double-barrelled word
    [
      'Tomas, Varga-Lind',
      [
        { start: 0, end: 5, type: 'PER' },
        { start: 7, end: 17, type: 'LOC' },
      ],
    ],
    // a given name and the next person on another line: a list, not one name
    [
      'Robert\nLane Marsh',
      [
        { start: 0, end: 6, type: 'PER' },
        { start: 7, end: 17, type: 'PER' },
      ],
    ],
    // a one-word person that is no given name before another person
    [
      'Velmont Lane Marsh',
      [
        { start: 0, end: 7, type: 'PER' },
        { start: 8, end: 18, type: 'PER' },
      ],
    ],
    // a given name before a body
    [
      'Robert Lane Motors',
      [
        { start: 0, end: 6, type: 'PER' },
        { start: 7, end: 18, type: 'ORG' },
      ],
    ],
  ] as const)('leaves %j as it is', (text, spans) => {
    expect(joinInitials(text, [...spans])).toEqual(spans);
  });

  it('runs a lone given name into the person right after it', () => {
    // the tagger reads "Robert" and "Lane Marsh Jr." as two people
    const text = 'said Robert Lane Marsh Jr., chairman of Velmont';
    const spans = [
      { start: 5, end: 11, type: 'PER' },
      { start: 12, end: 26, type: 'PER' },
    ] as const;
    expect(joinInitials(text, [...spans])).toEqual([{ start: 5, end: 26, type: 'PER' }]);
  });
});
