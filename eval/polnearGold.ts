// PolNeAR gold for the quotation eval: direct quotes with a named speaker, their marked pieces and the
// speaker's full name, and the stratified seeded sample the quick mode scores.
import { readJsonl } from './data.js';
import { joinPieces, markedSpans } from './polnearMarks.js';
import { fullNameFor, isNamed, nameOf } from './polnearNames.js';
import { partOf, type Part } from './split.js';
import { seededRandom } from '../src/core/text/seededRandom.js';

export { isNamed, nameOf } from './polnearNames.js';

export interface PolnearArticle {
  id: string;
  date: string;
  text: string;
  publisher: string;
}

interface Attribution {
  article_id: string;
  primary: boolean;
  type: string;
  source: { text: string; spans: number[][] } | null;
  cue: { text: string; spans: number[][] } | null;
  content: Array<{ text: string; spans: number[][] }>;
  direct_quote: boolean;
}

/** One attributed direct quotation of the gold, with a named speaker. */
export interface GoldQuote {
  articleId: string;
  part: Part;
  /** The content pieces as annotated, [start, end) into the article text. */
  pieces: Array<{ start: number; end: number }>;
  /** The pieces inside their quote marks: what an exact extraction gives. */
  marked: Array<{ start: number; end: number }>;
  /** The speaker as annotated ("Sen. Ted Cruz (R-Texas)", "Cooper"). */
  speaker: string;
  /** The speaker's full name in the article ("Ted Cruz", "Laura Cooper"). */
  fullName: string;
  /** Offset of the speaker span. */
  speakerStart: number;
}

/** Primary direct-quote attributions with a named source, by article. */
export function loadGold(articles: Map<string, PolnearArticle>): GoldQuote[] {
  const attributions = readJsonl<Attribution>('dev/polnear_attributions.jsonl').filter(
    (a) => a.primary && a.type === 'Attribution' && a.source !== null && articles.has(a.article_id),
  ) as Array<Attribution & { source: { text: string; spans: number[][] } }>;
  const sourcesByArticle = new Map<string, Array<{ name: string; at: number }>>();
  for (const a of attributions) {
    const name = nameOf(a.source.text);
    const list = sourcesByArticle.get(a.article_id) ?? [];
    if (name.includes(' ')) list.push({ name, at: a.source.spans[0]?.[0] ?? 0 });
    sourcesByArticle.set(a.article_id, list);
  }
  const gold: GoldQuote[] = [];
  for (const a of attributions) {
    if (!a.direct_quote || !isNamed(a.source.text)) continue;
    const text = articles.get(a.article_id)!.text;
    const pieces = joinPieces(
      text,
      a.content.flatMap((c) => c.spans.map(([start, end]) => ({ start: start!, end: end! }))),
    );
    if (pieces.length === 0) continue;
    const speakerStart = a.source.spans[0]?.[0] ?? 0;
    const name = nameOf(a.source.text);
    gold.push({
      articleId: a.article_id,
      part: partOf(a.article_id),
      pieces,
      marked: pieces.flatMap((p) => markedSpans(text, p)),
      speaker: a.source.text,
      fullName: name.includes(' ')
        ? name
        : fullNameFor(name, speakerStart, sourcesByArticle.get(a.article_id) ?? [], text),
      speakerStart,
    });
  }
  return gold;
}

/**
 * A share of the articles, drawn at random with a fixed seed within each (part, publisher) stratum,
 * so a quick run sees every publisher in both parts and never just the first rows.
 */
export function stratifiedSample(
  ids: string[],
  publisherOf: (id: string) => string,
  share: number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  const strata = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const key = `${partOf(id)}/${publisherOf(id)}`;
    strata.set(key, [...(strata.get(key) ?? []), id]);
  }
  const chosen: string[] = [];
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    chosen.push(...members.slice(0, Math.max(1, Math.round(members.length * share))));
  }
  return chosen;
}
