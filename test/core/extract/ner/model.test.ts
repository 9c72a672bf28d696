import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  loadModel,
  modelFromFile,
  modelToFile,
  TAGS,
  weightsOf,
  type ModelFile,
} from '../../../../src/core/extract/ner/model.js';

describe('the committed model (models/ner.json)', () => {
  it('loads fast and says what made it', () => {
    const started = performance.now();
    const model = loadModel();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(model.rows.size).toBeGreaterThan(10_000);
    expect(model.header.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(model.header.command).toBe('npm run train');
    expect(model.header.data).toBe('dev/conll2003_dev.jsonl');
  });

  it('is loaded once per process', () => {
    expect(defaultModel()).toBe(defaultModel());
  });
});

describe('model file form', () => {
  const file: ModelFile = {
    format: 'newsdesk-ner/2',
    header: { data: 'x', sha256: 'y', command: 'z', articles: 'a', settings: {} },
    tags: TAGS,
    scale: 100,
    features: ['w=paris', 'w=zero'],
    weights: [-25, 0, 0, 0, 0, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  };

  it('round-trips weights to 1/scale', () => {
    const model = modelFromFile(file);
    expect(Array.from(weightsOf(model, 'w=paris')!)).toEqual([-0.25, 0, 0, 0, 0, 1.5, 0, 0, 0]);
    const back = modelToFile(model, 100);
    expect(back.features).toEqual(['w=paris']);
    expect(back.weights).toEqual(file.weights.slice(0, 9));
  });

  it.each([
    ['an unknown format', { ...file, format: 'other/2' }, /unknown format/],
    ['other tags', { ...file, tags: ['O', 'B-X'] }, /tags/],
    ['weights that do not fit the features', { ...file, features: ['w=paris'] }, /18 weights for 1 features/],
  ])('rejects %s with a clear message', (_, bad, message) => {
    expect(() => modelFromFile(bad as ModelFile)).toThrow(message);
  });

  it('names the file it cannot read', () => {
    expect(() => loadModel('/nonexistent/ner.json')).toThrow(/\/nonexistent\/ner.json/);
  });
});
