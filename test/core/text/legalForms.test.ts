import { describe, expect, it } from 'vitest';
import { withoutLegalForm } from '../../../src/core/text/legalForms.js';

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
