import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { lowerOpeningFunctionWords } from '../../../src/core/extract/entities/openingPreposition.js';

describe('lowerOpeningFunctionWords', () => {
  it.each([
    ["Upon Roe's death, the council met.", "upon Roe's death, the council met."],
    ['It rained. Despite the rain, Hale spoke.', 'It rained. despite the rain, Hale spoke.'],
    ['The vote.\nAmid protests, it passed.', 'The vote.\namid protests, it passed.'],
    // short prepositions are also names and parts of names
    ['In Home Care said on Monday.', 'In Home Care said on Monday.'],
    ['Per Lund won the stage.', 'Per Lund won the stage.'],
    // inside a sentence a capital preposition belongs to a name or a title
    ['They drove to Hale Upon Tyne.', 'They drove to Hale Upon Tyne.'],
    // prepositions compromise's lexicon gives as adjectives or conjunctions
    ['Under Velmont, the firm grew.', 'under Velmont, the firm grew.'],
    ['It ended. Before Hale arrived, the vote was over.', 'It ended. before Hale arrived, the vote was over.'],
    ['Near Velmont, the road was shut.', 'near Velmont, the road was shut.'],
    // a conjunction or an adverb opening a sentence joins it, it names no one
    ['Although Korvex wanted a test, Hale said no.', 'although Korvex wanted a test, Hale said no.'],
    ['It fell. However Velmont grew.', 'It fell. however Velmont grew.'],
    // an adverb the lexicon knows by its suffix only: a comma after it, or its adjective known
    ['It fell. Additionally, Velmont grew.', 'It fell. additionally, Velmont grew.'],
    ['Initially Korvex refused.', 'initially Korvex refused.'],
    // a surname or a given name with an adverb's ending stays
    ['Mullally took three wickets.', 'Mullally took three wickets.'],
    ['It fell. Sally, the chair, spoke.', 'It fell. Sally, the chair, spoke.'],
    // an adjective that is no preposition, or no word of its own
    ['Young Roe spoke.', 'Young Roe spoke.'],
    ['Uponia Roe spoke.', 'Uponia Roe spoke.'],
    // a question or relative word opens a clause, short ones included
    ['Where Velmont goes, others follow.', 'where Velmont goes, others follow.'],
    ['It fell. Why Korvex sold is unclear.', 'It fell. why Korvex sold is unclear.'],
    ['Who Hale met is unknown.', 'who Hale met is unknown.'],
    // other three-letter words stay: they may be names
    ['Tom Hale won.', 'Tom Hale won.'],
  ])('%j → %j', (text, expected) => {
    const lowered = lowerOpeningFunctionWords(text);
    expect(lowered).toBe(expected);
    expect(lowered).toHaveLength(text.length);
  });
});

describe('a preposition or a conjunction opening a sentence is no part of the name after it', () => {
  it.each([
    ["Upon Hale's death, the council renamed the park.", 'Hale'],
    ["Upon Roe's death, President Hale ordered a review.", 'Roe'],
    ["Amid Hale's protests, the vote went ahead.", 'Hale'],
    ['The club changed coaches. Under Orrin, the defence improved.', 'Orrin'],
    ["Behind Hale's two goals, the side won the cup.", 'Hale'],
    ['Against Velmont Holdings, the union filed a claim.', 'Velmont Holdings'],
    ['Although Velmont wanted a second test, Ann Roe decided the next flight.', 'Velmont'],
    ['Where Velmont Industries goes, others follow.', 'Velmont Industries'],
  ])('%s → %s', (text, name) => {
    const names = extractEntities(text).map((e) => e.text);
    expect(names).toContain(name);
    expect(names.filter((n) => /^(?:upon|amid|under|behind|against|although|where)\b/i.test(n))).toEqual([]);
  });
});
