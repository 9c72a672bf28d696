import type { NerSpan } from '../ner/tagger.js';
import { growSpans } from './spansTaken.js';

/**
 * The legal form written after a company's name ("Acme Steel Inc.", "Lumen AG", "Hale & Co."): part
 * of the organisation's name, as newswire annotates it (CoNLL-2003's training part holds "Inc",
 * "Corp", "Ltd", "Co", "AG", "Plc", "NV" inside the organisation 210 times, outside it once). News
 * agencies write "&" as "and": "Harris Upham and Co Inc" is one name, its "and Co" a legal form.
 */
const LEGAL_FORM =
  /^\s+(?:(?:&|and)\s+(?:Co|Sons|Partners)(?![\p{L}\p{N}-])\.?(?:\s+(?:Inc|Corp|Ltd|LLC|Plc|PLC|plc)(?![\p{L}\p{N}-])\.?)?|(?:Inc|Corp|Co|Ltd|LLC|LLP|Plc|PLC|plc|AG|NV|GmbH)(?![\p{L}\p{N}-])\.?)/u;
/** A generation after a person's name ("Ted Roe Jr.", "John Doe III"), with or without a comma. */
const GENERATION = /^(?:,?\s+(?:Jr|Sr)(?![\p{L}\p{N}-])\.?|\s+(?:II|III|IV)(?![\p{L}\p{N}-]))/u;

/**
 * A name followed by its legal form or generation is one name with it: the tagger often stops
 * before a period or an ampersand ("Hale" and "& Co." read apart). A company's form makes any name
 * an organisation; a generation keeps a person a person. A name the tagger found inside the added
 * words ("& Co.") is taken into the whole.
 */
export function joinNameSuffixes(text: string, spans: NerSpan[]): NerSpan[] {
  return growSpans(spans, (span) => {
    const after = text.slice(span.end, span.end + 24);
    const generation = span.type === 'PER' ? GENERATION.exec(after) : null;
    const form = generation ? null : LEGAL_FORM.exec(after);
    const suffix = generation ?? form;
    return suffix ? { start: span.start, end: span.end + suffix[0].length, type: form ? 'ORG' : span.type } : null;
  });
}
