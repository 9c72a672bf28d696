import type { Annotations } from '../types.js';

/** People and organisations named, or speakers quoted. */
export type NameKind = 'entity' | 'speaker';

/** How often each person or organisation is named, and how often each speaker is quoted, across annotated reports. */
export class NameCounts {
  private readonly counts: Record<NameKind, Map<string, number>> = { entity: new Map(), speaker: new Map() };

  /** Counts a report's names (or, with `sign` -1, uncounts them). */
  add(annotations: Annotations, sign: 1 | -1 = 1): void {
    for (const entity of annotations.entities) if (entity.type !== 'place') this.bump('entity', entity.text, sign);
    for (const quote of annotations.quotes) if (quote.speaker) this.bump('speaker', quote.speaker, sign);
  }

  /** Uncounts a report's names. */
  remove(annotations: Annotations): void {
    this.add(annotations, -1);
  }

  /** Names that start with or contain `prefix`, those starting with it first, then the most counted. */
  find(kind: NameKind, prefix: string, limit: number): string[] {
    const wanted = prefix.trim().toLowerCase();
    const ranked = [...this.counts[kind].entries()]
      .filter(([name]) => !wanted || name.toLowerCase().includes(wanted))
      .sort(
        (a, b) =>
          Number(b[0].toLowerCase().startsWith(wanted)) - Number(a[0].toLowerCase().startsWith(wanted)) ||
          b[1] - a[1] ||
          a[0].localeCompare(b[0]),
      );
    return ranked.slice(0, limit).map(([name]) => name);
  }

  /** The counts as saved in a snapshot. */
  toJSON(): Record<NameKind, Array<[string, number]>> {
    return { entity: [...this.counts.entity], speaker: [...this.counts.speaker] };
  }

  /** The counts read back from a snapshot. */
  static fromJSON(json: Record<NameKind, Array<[string, number]>>): NameCounts {
    const names = new NameCounts();
    for (const kind of ['entity', 'speaker'] as const)
      for (const [name, count] of json[kind]) names.counts[kind].set(name, count);
    return names;
  }

  private bump(kind: NameKind, name: string, sign: 1 | -1): void {
    const map = this.counts[kind];
    const count = (map.get(name) ?? 0) + sign;
    if (count > 0) map.set(name, count);
    else map.delete(name);
  }
}
