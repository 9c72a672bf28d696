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
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    set(term: string, data: Map<number, Map<number, number>>): void;
    fetch(term: string, make: () => Map<number, Map<number, number>>): Map<number, Map<number, number>>;
  };
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  addDocumentId(id: unknown): number;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

/** The document table of an index: MiniSearch's short id, our id and the field length, three numbers per document. */
export interface MiniSearchHead {
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  documents: number[];
}

function internals(mini: object): Internals {
  const inner = mini as unknown as Internals;
  if (
    !(inner._documentIds instanceof Map) ||
    !(inner._fieldLength instanceof Map) ||
    typeof inner._index?.set !== 'function'
  ) {
    throw new Error(
      'miniSearchStore: this MiniSearch version keeps its index differently; the snapshot cannot be read or written',
    );
  }
  return inner;
}

/** The document table; documents discarded but not yet vacuumed are left out. */
export function exportHead(mini: object): MiniSearchHead {
  const inner = internals(mini);
  const documents: number[] = [];
  for (const [shortId, id] of inner._documentIds)
    documents.push(shortId, id as number, inner._fieldLength.get(shortId)?.[0] ?? 0);
  return {
    documentCount: inner._documentCount,
    nextId: inner._nextId,
    averageFieldLength: inner._avgFieldLength,
    documents,
  };
}

/** Words per chunk of exported postings. */
const CHUNK_WORDS = 1 << 20;

/**
 * Every term's postings as 32-bit words, in chunks: the term's number (from `termId`), the
 * count of documents, then short id and frequency pairs. One field only; documents
 * discarded but not vacuumed are left out. No string or array the size of the index is
 * ever built.
 */
export function* exportPostings(mini: object, termId: (term: string) => number): Generator<Uint32Array> {
  const inner = internals(mini);
  let chunk = new Uint32Array(CHUNK_WORDS);
  let at = 0;
  for (const [term, fields] of inner._index) {
    const postings = fields.get(0);
    if (!postings) continue;
    const need = 2 + 2 * postings.size;
    if (at + need > chunk.length) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = new Uint32Array(Math.max(CHUNK_WORDS, need));
      at = 0;
    }
    const head = at;
    chunk[at++] = termId(term);
    at++;
    let count = 0;
    for (const [shortId, frequency] of postings) {
      if (!inner._documentIds.has(shortId)) continue;
      chunk[at++] = shortId;
      chunk[at++] = frequency;
      count++;
    }
    if (count === 0) at = head;
    else chunk[head + 1] = count;
  }
  if (at > 0) yield chunk.subarray(0, at);
}

/** A MiniSearch index rebuilt from its document table and the postings `exportPostings` wrote. */
export async function importIndex<T>(
  head: MiniSearchHead,
  postings: Uint32Array,
  terms: readonly string[],
  options: Options<T>,
  pause: () => Promise<void> = async () => undefined,
): Promise<MiniSearch<T>> {
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
  let at = 0;
  for (let step = 1; at < postings.length; step++) {
    // a hundred thousand terms take a few hundred ms: other work gets its turns meanwhile
    if (step % TERMS_PER_STEP === 0) await pause();
    const term = terms[postings[at]!];
    const count = postings[at + 1];
    if (term === undefined || count === undefined || at + 2 + 2 * count > postings.length)
      throw new Error('miniSearchStore: the postings are damaged');
    at += 2;
    const map = new Map<number, number>();
    for (const end = at + 2 * count; at < end; at += 2) map.set(postings[at]!, postings[at + 1]!);
    inner._index.set(term, new Map([[0, map]]));
  }
  return mini;
}

/** Distinct terms put into the index between two looks at the clock. */
const TERMS_PER_STEP = 2048;

/**
 * Adds one document to a one-field index from its terms already counted, pausing (through
 * `pause`) every few thousand distinct terms: what `mini.add` does for a huge report in one
 * go, without holding the thread. The document is searchable on the terms added so far; if
 * it is discarded meanwhile, the adding stops.
 */
export async function addCountedInSteps(
  mini: object,
  id: number,
  counts: Map<string, number>,
  pause: () => Promise<void>,
): Promise<void> {
  const inner = internals(mini);
  const shortId = inner.addDocumentId(id);
  // MiniSearch's field length is the count of distinct terms
  inner.addFieldLength(shortId, 0, inner._documentCount - 1, counts.size);
  let step = 0;
  for (const [term, frequency] of counts) {
    const fields = inner._index.fetch(term, () => new Map());
    let postings = fields.get(0);
    if (!postings) fields.set(0, (postings = new Map()));
    postings.set(shortId, frequency);
    if (++step % TERMS_PER_STEP !== 0) continue;
    await pause();
    if (!inner._documentIds.has(shortId)) return;
  }
}
