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
