import { extractEntities } from '../../src/core/extract/entities/entities.js';
import type { NerSpan } from '../../src/core/extract/ner/tagger.js';
import type { EntityType } from '../../src/core/types.js';

/** The names of one type that entity extraction finds in a text, as written in its mentions. */
export function namesOfType(text: string, type: EntityType): string[] {
  return extractEntities(text)
    .filter((m) => m.type === type)
    .map((m) => m.text);
}

/** Spans of each `[name, type]` in `text`, found in order (a name may repeat), as the tagger gives them. */
export function taggedSpans(text: string, names: Array<[string, NerSpan['type']]>): NerSpan[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, type };
  });
}

/** Each span as "TYPE words", for comparing what a rule made of tagged spans. */
export function readSpans(text: string, spans: NerSpan[]): string[] {
  return spans.map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}
