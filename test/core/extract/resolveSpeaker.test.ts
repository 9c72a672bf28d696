import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';
import { SpeakerResolver } from '../../../src/core/extract/quotes/resolveSpeaker.js';

function speakerOf(text: string): string | null | undefined {
  return extractQuotes(text, extractEntities(text))[0]?.speaker;
}

describe('speakers resolved to the full name the report gives', () => {
  it.each([
    [
      'a surname after a title in a run of capitals',
      'State Supreme Court Justice Frank Nervo ruled on Monday. “The court cannot agree with that reading,” Nervo wrote.',
      'Frank Nervo',
    ],
    [
      'a surname after a possessive',
      'The show aired on MSNBC’s Rachel Maddow program. “We asked everyone who was there that night,” said Maddow.',
      'Rachel Maddow',
    ],
    [
      'a name with a generation suffix',
      'Brent Bozell III leads the group. “We have waited a long time for this candidate,” Bozell said.',
      'Brent Bozell',
    ],
    [
      'a surname the report gave in full earlier',
      'John Smith chairs the board. Later that day the board met again. “We will vote next week on it,” said Smith.',
      'John Smith',
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  it('a name that opens with an initial is completed from the longer name written before', () => {
    const text = 'Attorney General Loretta E. Lynch spoke in Boston. Then E. Lynch answered.';
    const resolver = new SpeakerResolver(text, []);
    expect(resolver.fullName('E. Lynch', text.indexOf('E. Lynch answered'))).toBe('Loretta E. Lynch');
    expect(resolver.fullName('Lynch', text.length)).toBe('Loretta E. Lynch');
  });

  it('a party tag after a name stands for the lawmaker before it', () => {
    const text = 'Rep. John Mica (R-Fla.) spoke first.';
    const entities = extractEntities(text);
    const resolver = new SpeakerResolver(text, entities);
    const at = text.indexOf('R-Fla');
    expect(
      resolver.speakerOf(
        { text: 'R-Fla', surface: 'R-Fla', type: 'organization', start: at, end: at + 5 },
        'R-Fla',
        at,
      ),
    ).toBe('John Mica');
  });

  it('a name not written in full anywhere stays as written', () => {
    const text = 'Nobody else is named here. Then Cooper answered.';
    expect(new SpeakerResolver(text, []).fullName('Cooper', text.length)).toBe('Cooper');
  });
});
