import { inverseFrequency, termWeight } from './bm25.js';
import { layoutOf, packedLength, type PackedReport } from './packedReport.js';
import type { ReportStore } from './reportStore.js';

/** A common term's best reports, by internal report number, best first. */
export type TopList = Array<[number, number]>;

/**
 * For terms found in many reports, the reports where each matters most. A question made
 * of common words takes its candidates from these short lists instead of walking every
 * report the words occur in, which is what makes such questions slow on a large index.
 */
export class CommonTermLists {
  private readonly lists = new Map<string, TopList>();

  constructor(
    /** Reports kept per term. */
    readonly size: number,
  ) {}

  /** The term's top list, or undefined when it has none. */
  get(term: string): TopList | undefined {
    return this.lists.get(term);
  }

  /** Whether the term has a top list. */
  has(term: string): boolean {
    return this.lists.has(term);
  }

  /** Sets the term's top list, cut to `size`. */
  set(term: string, list: TopList): void {
    this.lists.set(term, list.slice(0, this.size));
  }

  /** Terms with a top list. */
  get count(): number {
    return this.lists.size;
  }

  /** Puts a new report into the lists of its terms where it scores high enough. */
  insert(number: number, scores: Map<string, number>): void {
    for (const [term, score] of scores) {
      const list = this.lists.get(term);
      if (!list) continue;
      const last = list[list.length - 1];
      if (list.length >= this.size && last && last[1] >= score) continue;
      const at = list.findIndex(([, s]) => s < score);
      list.splice(at === -1 ? list.length : at, 0, [number, score]);
      if (list.length > this.size) list.pop();
    }
  }

  /** Takes a removed report out of the lists of its terms. */
  remove(number: number, terms: Iterable<string>): void {
    for (const term of terms) {
      const list = this.lists.get(term);
      if (!list) continue;
      const at = list.findIndex(([n]) => n === number);
      if (at !== -1) list.splice(at, 1);
    }
  }

  /** The lists as saved in a snapshot. */
  toJSON(): Array<[string, TopList]> {
    return [...this.lists];
  }

  /** The lists read back from a snapshot. */
  static fromJSON(size: number, entries: Array<[string, TopList]>): CommonTermLists {
    const lists = new CommonTermLists(size);
    for (const [term, list] of entries) lists.lists.set(term, list);
    return lists;
  }
}

/** The `capacity` best (number, score) pairs pushed so far: a min-heap on score. */
export class TopHeap {
  private readonly numbers: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  /** Keeps the pair when it is among the best `capacity` so far. */
  push(number: number, score: number): void {
    const { numbers, scores } = this;
    if (numbers.length < this.capacity) {
      numbers.push(number);
      scores.push(score);
      this.up(numbers.length - 1);
    } else if (score > scores[0]!) {
      numbers[0] = number;
      scores[0] = score;
      this.down(0);
    }
  }

  /** Best first; ties by lower number. */
  sorted(): TopList {
    return this.numbers
      .map((n, i) => [n, this.scores[i]!] as [number, number])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.scores[parent]! <= this.scores[i]!) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.numbers.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.scores[left]! < this.scores[smallest]!) smallest = left;
      if (right < n && this.scores[right]! < this.scores[smallest]!) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.numbers[a], this.numbers[b]] = [this.numbers[b]!, this.numbers[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}

/**
 * The top list of each of `terms` (every one in the vocabulary), from one pass over the
 * packed reports: a fraction of a second for 100k reports. `scratch` is an array at least
 * as long as the vocabulary, filled with -1, and left that way.
 */
export function topListsOf(terms: string[], store: ReportStore, listSize: number, scratch: Int32Array): TopList[] {
  const ids: number[] = [];
  terms.forEach((term, slot) => {
    const id = store.vocabulary.find(term)!;
    scratch[id] = slot;
    ids.push(id);
  });
  const heaps = terms.map(() => new TopHeap(listSize));
  const { stats } = store;
  const idf = terms.map((term) => inverseFrequency(stats.frequency(term), stats.reports));
  const counts = new Uint32Array(terms.length);
  const touched: number[] = [];
  const average = stats.averageLength;
  const count = (word: number) => {
    const slot = scratch[word]!;
    if (slot >= 0 && counts[slot]!++ === 0) touched.push(slot);
  };
  try {
    store.forEachPacked((packed: PackedReport, number: number) => {
      const layout = layoutOf(packed);
      for (let i = layout.title; i < layout.title + layout.titleLength; i++) count(packed[i]!);
      for (let i = layout.tokens; i < packed.length; i++) count(packed[i]!);
      const length = packedLength(packed);
      for (const slot of touched) {
        heaps[slot]!.push(number, idf[slot]! * termWeight(counts[slot]!, length, average));
        counts[slot] = 0;
      }
      touched.length = 0;
    });
  } finally {
    for (const id of ids) scratch[id] = -1;
  }
  return heaps.map((heap) => heap.sorted());
}
