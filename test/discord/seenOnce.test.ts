import { describe, expect, it } from 'vitest';
import { SeenOnce } from '../../src/discord/seenOnce.js';

describe('SeenOnce', () => {
  it('lets an id through once, and again only after it has been forgotten', () => {
    const seen = new SeenOnce(3);
    expect(['a', 'b', 'a', 'c', 'b'].map((id) => seen.first(id))).toEqual([true, true, false, true, false]);
    expect(seen.first('d')).toBe(true); // 'a' is forgotten now
    expect(seen.first('a')).toBe(true);
    expect(seen.first('c')).toBe(false);
  });
});
