import type { NerSpan } from '../ner/tagger.js';

/**
 * A legal form followed by a joining word other than "of" ("Telephone Surveys Limited for The Sunday
 * Times", "Velmont Inc and Korvex Corp"): the company's name ends at its form. "Of" goes on with the
 * name ("Dynamics Corp of America").
 */
const FORM_THEN_JOIN = /\b(?:Inc|Corp|Co|Ltd|Limited|Plc|PLC|LLC|AG|NV|GmbH)\.?(?= (?:for|and|with|to|from) \p{Lu})/gu;

/** An organisation the tagger read across a legal form and a joining word, cut into the company and the name after it. */
export function cutAtLegalForms(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    if (span.type !== 'ORG') return [span];
    const out: NerSpan[] = [];
    let start = span.start;
    for (const m of text.slice(span.start, span.end).matchAll(FORM_THEN_JOIN)) {
      const formEnd = span.start + m.index + m[0].length;
      let next = text.indexOf(' ', formEnd + 1) + 1;
      // "The" opens the sentence's next name, not the name ("for The Sunday Times")
      if (text.startsWith('The ', next)) next += 'The '.length;
      if (next <= 0 || next >= span.end) continue;
      out.push({ start, end: formEnd, type: 'ORG' });
      start = next;
    }
    out.push({ start, end: span.end, type: 'ORG' });
    return out;
  });
}
