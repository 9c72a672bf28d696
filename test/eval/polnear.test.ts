import { describe, expect, it } from 'vitest';
import { isNamed, nameOf, stratifiedSample } from '../../eval/polnearGold.js';
import { partOf } from '../../eval/split.js';

describe('PolNeAR gold names', () => {
  it.each([
    ['panel Chairman Rep. Jason Chaffetz (R-Utah)', 'Jason Chaffetz'],
    ['Trump’s', 'Trump'],
    ['Clinton campaign manager Robby Mook', 'Robby Mook'],
    ['Sen. Tom Berg of New Mexico, who backs it', 'Tom Berg'],
    ['Speaker of the House Rep. Laura Cooper (R-WI)', 'Laura Cooper'],
    ['Cooper', 'Cooper'],
    ['Fox’s Chris Wallace', 'Chris Wallace'],
    ['Clinton’s campaign chairman, John Podesta', 'John Podesta'],
    ['Farley’s account', 'Farley'],
    ['Texas-based Matt Mackowiak', 'Matt Mackowiak'],
    ['Senate Minority Whip Dick Durbin (D-Ill.)', 'Dick Durbin'],
    ['Filmmaker Jack Marino', 'Jack Marino'],
    ['The Sanders campaign', 'Sanders'],
  ])('%s → %s', (speaker, name) => {
    expect(nameOf(speaker)).toBe(name);
  });

  it.each([
    ['Obama’s first five questioners', false],
    ['Hillary Clinton’s right-hand woman', false],
    ['he', false],
    ['The spokesman', false],
    ['Sanders’s campaign manager, Jeff Weaver,', true],
    ['Cooper', true],
  ])('%s names someone: %s', (speaker, named) => {
    expect(isNamed(speaker)).toBe(named);
  });
});

describe('the quick sample', () => {
  const ids = Array.from({ length: 400 }, (_, i) => `article-${i}`);
  const publisherOf = (id: string) => ['a', 'b', 'c', 'd'][Number(id.split('-')[1]) % 4]!;

  it('is the same on every run and not the first rows', () => {
    const first = stratifiedSample(ids, publisherOf, 0.25, 13);
    expect(stratifiedSample(ids, publisherOf, 0.25, 13)).toEqual(first);
    expect(new Set(first)).not.toEqual(new Set(ids.slice(0, first.length)));
    expect(stratifiedSample(ids, publisherOf, 0.25, 14)).not.toEqual(first);
  });

  it('draws from every publisher in both parts', () => {
    const chosen = stratifiedSample(ids, publisherOf, 0.25, 13);
    const strata = new Set(chosen.map((id) => `${partOf(id)}/${publisherOf(id)}`));
    expect(strata.size).toBe(8);
    expect(chosen.length).toBeGreaterThan(80);
    expect(chosen.length).toBeLessThan(120);
  });
});
