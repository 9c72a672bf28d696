/** Word shingles of a text: hashes of every run of `size` words, for near-duplicate detection. */
export function shingles(text: string, size = 5): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(hash(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hash(words.slice(i, i + size).join(' ')));
  return out;
}

/** Share of the smaller set found in the larger: 1 when one text contains the other. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
