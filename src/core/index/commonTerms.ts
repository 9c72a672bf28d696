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

  get(term: string): TopList | undefined {
    return this.lists.get(term);
  }

  has(term: string): boolean {
    return this.lists.has(term);
  }

  set(term: string, list: TopList): void {
    this.lists.set(term, list.slice(0, this.size));
  }

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

  clear(): void {
    this.lists.clear();
  }

  toJSON(): Array<[string, TopList]> {
    return [...this.lists];
  }

  static fromJSON(size: number, entries: Array<[string, TopList]>): CommonTermLists {
    const lists = new CommonTermLists(size);
    for (const [term, list] of entries) lists.lists.set(term, list);
    return lists;
  }
}
