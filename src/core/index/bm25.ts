/** BM25+ as MiniSearch computes it, so our scores and its scores share one scale. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Inverse document frequency of a term found in `matching` of `total` reports. */
export function inverseFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** Weight of a term that occurs `frequency` times in a field of `length` terms (0 when absent). */
export function termWeight(frequency: number, length: number, averageLength: number): number {
  if (frequency === 0) return 0;
  return D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / averageLength));
}
