import { createHash } from 'node:crypto';

/** Which half of a dev set an item belongs to: rules and weights are chosen on `tune`, scores are read on `check`. */
export type Part = 'tune' | 'check';

/** Share of articles in the tune part. */
export const TUNE_SHARE = 0.7;

/**
 * The fixed part of an article, from a hash of its id (or, where a set has no article id, of
 * the text that identifies the article, such as a SQuAD paragraph's title). Every question of an
 * article falls in the same part, so nothing learned from an article is checked on it.
 */
export function partOf(articleKey: string): Part {
  const digest = createHash('sha256').update(articleKey).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? 'tune' : 'check';
}

/**
 * Which half (0 or 1) of the tune part an article falls in, from a second hash of its id: a model
 * trained on tune is fitted on each half and scored on the other, so its tune figure is out of fold.
 */
export function halfOf(articleKey: string): 0 | 1 {
  return createHash('sha256').update(`half:${articleKey}`).digest()[0]! % 2 === 0 ? 0 : 1;
}
