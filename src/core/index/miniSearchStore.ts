import MiniSearch, { type Options } from 'minisearch';

/**
 * MiniSearch's own JSON snapshot is one huge object: too slow to restore at 100k reports
 * and, past a few hundred thousand, longer than a JavaScript string may be. These two
 * functions read and refill its internal maps directly, term by term, in flat arrays of
 * numbers. They depend on MiniSearch 7.2's internals (hence the exact version pin in
 * package.json); the snapshot tests round-trip an index so an upgrade that changes them
 * fails loudly.
 */
interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & { set(term: string, data: Map<number, Map<number, number>>): void };
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

/** The document table of an index: MiniSearch's short id, our id and the field length, three numbers per document. */
export interface MiniSearchHead {
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  documents: number[];
}

/** One term's postings: the term, then short id and frequency pairs. */
export type TermPostings = [string, ...number[]];

function internals(mini: object): Internals {
  const inner = mini as unknown as Internals;
  if (!(inner._documentIds instanceof Map) || !(inner._fieldLength instanceof Map) || typeof inner._index?.set !== 'function') {
    throw new Error('miniSearchStore: this MiniSearch version keeps its index differently; the snapshot cannot be read or written');
  }
  return inner;
}

/** The document table; documents discarded but not yet vacuumed are left out. */
export function exportHead(mini: object): MiniSearchHead {
  const inner = internals(mini);
  const documents: number[] = [];
  for (const [shortId, id] of inner._documentIds) documents.push(shortId, id as number, inner._fieldLength.get(shortId)?.[0] ?? 0);
  return { documentCount: inner._documentCount, nextId: inner._nextId, averageFieldLength: inner._avgFieldLength, documents };
}

/** Every term with its postings, one field only, documents still in the index only. */
export function* exportTerms(mini: object): Generator<TermPostings> {
  const inner = internals(mini);
  for (const [term, fields] of inner._index) {
    const postings = fields.get(0);
    if (!postings) continue;
    const out: TermPostings = [term];
    for (const [shortId, frequency] of postings) if (inner._documentIds.has(shortId)) out.push(shortId, frequency);
    if (out.length > 1) yield out;
  }
}

/** A MiniSearch index rebuilt from its document table and term postings. */
export function importIndex<T>(head: MiniSearchHead, terms: Iterable<TermPostings>, options: Options<T>): MiniSearch<T> {
  const mini = MiniSearch.loadJS<T>(
    {
      documentCount: 0,
      nextId: 0,
      documentIds: {},
      fieldIds: { [options.fields[0]!]: 0 },
      fieldLength: {},
      averageFieldLength: [],
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const inner = internals(mini);
  inner._documentCount = head.documentCount;
  inner._nextId = head.nextId;
  inner._avgFieldLength = head.averageFieldLength;
  const { documents } = head;
  for (let i = 0; i < documents.length; i += 3) {
    const shortId = documents[i]!;
    const id = documents[i + 1]!;
    inner._documentIds.set(shortId, id);
    inner._idToShortId.set(id, shortId);
    inner._fieldLength.set(shortId, [documents[i + 2]!]);
  }
  for (const entry of terms) {
    const postings = new Map<number, number>();
    for (let i = 1; i < entry.length; i += 2) postings.set(entry[i] as number, entry[i + 1] as number);
    inner._index.set(entry[0], new Map([[0, postings]]));
  }
  return mini;
}
