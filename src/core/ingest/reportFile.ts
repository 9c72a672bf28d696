import { createHash } from 'node:crypto';
import { stringify as stringifyYaml } from 'yaml';
import { normalizeNewlines } from '../load/formats.js';
import { firstSentence } from '../text/title.js';

/** A report about to be stored: what a file, a page, a PDF or a feed item gave. */
export interface ReportDraft {
  /** Id the source gave (a JSON `id` field); else one is made from date, title and a hash of the text. */
  id?: string;
  /** Title; the first sentence of the text when absent. */
  title?: string;
  /** `YYYY-MM-DD`, or null when neither the source nor the user gave one. */
  date: string | null;
  /** The report text; citations point into it as stored. */
  text: string;
  /** Who published it (site, feed or file name). */
  source?: string;
  /** Where it was fetched from. */
  url?: string;
}

/** The draft as it will be written: text and title cleaned, id fixed, file name chosen. */
export interface PreparedReport {
  id: string;
  title: string;
  date: string | null;
  text: string;
  source?: string;
  url?: string;
  /** First 12 hex digits of the SHA-256 of the text: the same text is stored once. */
  textHash: string;
  /** File name inside the inbox folder. */
  fileName: string;
  /** File content in a format the loader reads. */
  content: string;
}

/** Short hex digest; 12 digits keep accidental clashes out of reach for any inbox size. */
export function shortHash(text: string, digits = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, digits);
}

/** Lower-case words joined by dashes, at most `max` characters, for ids and file names. */
export function slug(text: string, max = 60): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || 'report';
}

/** One line, spaces collapsed, at most 300 characters. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Text as the loader hands it back: `\n` line breaks, no blank edges, no NUL. */
export function cleanText(text: string): string {
  return normalizeNewlines(text)
    .replace(/\u0000/g, '')
    .trim();
}

/** The hash a text is deduplicated by (the cleaned text, so spacing at the edges does not count). */
export function textHashOf(text: string): string {
  return shortHash(cleanText(text));
}

/**
 * Fixes id, title and file name and writes the content: Markdown with YAML front matter when the
 * report has a date (the loader's `.md` format), a JSON object when it has none.
 */
export function prepareReport(draft: ReportDraft): PreparedReport {
  const text = cleanText(draft.text);
  const title = cleanTitle(draft.title || firstSentence(text));
  const textHash = shortHash(text);
  const id = draft.id?.trim() || `${draft.date ?? 'undated'}-${slug(title, 50)}-${textHash}`;
  const base = draft.id?.trim() ? `${slug(id, 80)}-${shortHash(id, 8)}` : id;
  const meta: Record<string, string | null> = { id, title, date: draft.date };
  if (draft.source) meta.source = cleanTitle(draft.source);
  if (draft.url) meta.url = draft.url.trim();
  const prepared = { id, title, date: draft.date, text, textHash, ...(meta.source ? { source: meta.source } : {}) };
  if (meta.url) Object.assign(prepared, { url: meta.url });
  if (draft.date === null) {
    return { ...prepared, fileName: `${base}.json`, content: `${JSON.stringify({ ...meta, text }, null, 1)}\n` };
  }
  const frontMatter = stringifyYaml(meta, { lineWidth: 0 });
  return { ...prepared, fileName: `${base}.md`, content: `---\n${frontMatter}---\n\n${text}\n` };
}
