// The trained tagger alone as a CoNLL predictor (MISC names are left out: no counterpart in Newsdesk).
import { defaultModel, loadModel } from '../src/core/extract/ner/model.js';
import { findNames } from '../src/core/extract/ner/tagger.js';
import type { ConllSpan } from './conll.js';

/** A predictor over the model at `path` (by default the project's models/ner.json). */
export function nerPredictor(path?: string): (text: string) => ConllSpan[] {
  const model = path ? loadModel(path) : defaultModel();
  return (text) => findNames(text, model).filter((s): s is ConllSpan => s.type !== 'MISC');
}
