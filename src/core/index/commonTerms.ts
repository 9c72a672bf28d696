import type { TimeSlicer } from '../load/slices.js';
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
  const builder = new TopListBuilder(terms, store, listSize, scratch);
  try {
    store.forEachPacked((packed, number) => builder.visit(packed, number));
  } finally {
    builder.release();
  }
  return builder.lists();
}

/**
 * `topListsOf`, pausing through `slicer` between reports: the pass over 20,000 reports holds
 * the thread for about 80 ms in one go otherwise. Reports added meanwhile are visited too
 * (they take higher numbers); one removed meanwhile may stay in a list until it is rebuilt,
 * and searches skip it. Uses a scratch array of its own, as searches run between its steps.
 */
export async function topListsInSlices(
  terms: string[],
  store: ReportStore,
  listSize: number,
  slicer: TimeSlicer,
): Promise<TopList[]> {
  const builder = new TopListBuilder(terms, store, listSize, new Int32Array(store.vocabulary.size).fill(-1));
  for (let number = 0; number < store.numberedReports().length; number++) {
    const packed = store.packedAt(number);
    if (packed) builder.visit(packed, number);
    await slicer.pause();
  }
  return builder.lists();
}

/** Counts each listed term in one report at a time and keeps the best reports of each. */
class TopListBuilder {
  private readonly ids: number[] = [];
  private readonly heaps: TopHeap[];
  private readonly idf: number[];
  private readonly counts: Uint32Array;
  private readonly touched: number[] = [];
  private readonly average: number;

  constructor(
    terms: string[],
    store: ReportStore,
    listSize: number,
    private readonly scratch: Int32Array,
  ) {
    terms.forEach((term, slot) => {
      const id = store.vocabulary.find(term)!;
      scratch[id] = slot;
      this.ids.push(id);
    });
    this.heaps = terms.map(() => new TopHeap(listSize));
    const { stats } = store;
    this.idf = terms.map((term) => inverseFrequency(stats.frequency(term), stats.reports));
    this.counts = new Uint32Array(terms.length);
    this.average = stats.averageLength;
  }

  visit(packed: PackedReport, number: number): void {
    const layout = layoutOf(packed);
    for (let i = layout.title; i < layout.title + layout.titleLength; i++) this.count(packed[i]!);
    for (let i = layout.tokens; i < packed.length; i++) this.count(packed[i]!);
    const length = packedLength(packed);
    for (const slot of this.touched) {
      this.heaps[slot]!.push(number, this.idf[slot]! * termWeight(this.counts[slot]!, length, this.average));
      this.counts[slot] = 0;
    }
    this.touched.length = 0;
  }

  /** Leaves the scratch array as it was given (all -1). */
  release(): void {
    for (const id of this.ids) this.scratch[id] = -1;
  }

  lists(): TopList[] {
    return this.heaps.map((heap) => heap.sorted());
  }

  private count(word: number): void {
    const slot = this.scratch[word]!;
    if (slot >= 0 && this.counts[slot]!++ === 0) this.touched.push(slot);
  }
}
