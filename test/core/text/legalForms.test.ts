import { describe, expect, it } from 'vitest';
import { endsInLegalForm, withoutLegalForm } from '../../../src/core/text/legalForms.js';

describe('withoutLegalForm', () => {
  it.each([
    ['Velmont Motors Corp.', 'Velmont Motors'],
    ['Korvex Inc', 'Korvex'],
    ['Velmont AG', 'Velmont'],
    // one word, no form, or a form inside the name: left whole
    ['Co', 'Co'],
    ['Velmont Motors', 'Velmont Motors'],
    ['Velmont Co of Ardena', 'Velmont Co of Ardena'],
  ])('%s → %s', (name, without) => {
    expect(withoutLegalForm(name)).toBe(without);
  });
});

describe('endsInLegalForm', () => {
  it.each([
    ['Velmont Corp.', true],
    ['Korvex Holdings Ltd', true],
    ['Velmont Motors', false],
    ['Velmont Co of Ardena', false],
    ['', false],
  ])('%j → %s', (name, ends) => {
    expect(endsInLegalForm(name)).toBe(ends);
  });
});
