import { extname } from 'node:path';
import { formatOf, parseByFormat } from '../load/formats.js';
import { extractArticle } from './extract/article.js';
import { extractPdf } from './extract/pdf.js';
import { checkedKind, decodeText } from './fetch/sniff.js';
import { safeFetch } from './fetch/safeFetch.js';
import { IngestError, type IngestOptions, type Refusal } from './options.js';
import type { ReportDraft } from './reportFile.js';

/** What the user may give for a file or link that carries no date, title or source of its own. */
export interface DraftOverrides {
  /** `YYYY-MM-DD` used when the source gives no date. */
  date?: string;
  /** Title used when the source gives none. */
  title?: string;
  /** Source used when the source gives none (else the file name or site). */
  source?: string;
}

/** Drafts made from one input, and what in it was refused. */
export interface DraftResult {
  drafts: ReportDraft[];
  refused: Refusal[];
}

/** File extensions taken in, for messages and for the Discord attachment check. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.pdf'];

/**
 * Drafts from one file's bytes (an attachment or a path given to the CLI), chosen by the name's
 * extension and checked against the bytes. Never throws for bad content: it is refused instead.
 */
export async function draftsFromFile(
  name: string,
  bytes: Uint8Array,
  overrides: DraftOverrides,
  options: IngestOptions,
): Promise<DraftResult> {
  const refuse = (reason: string): DraftResult => ({ drafts: [], refused: [{ name, reason }] });
  if (bytes.length > options.maxAttachmentBytes) {
    return refuse(`file is ${bytes.length} bytes, over the ${options.maxAttachmentBytes}-byte cap`);
  }
  const extension = extname(name).toLowerCase();
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return refuse(`unknown file type "${extension || 'none'}" (expected ${ACCEPTED_EXTENSIONS.join(', ')})`);
  }
  try {
    if (extension === '.pdf') {
      checkedKind(bytes, 'application/pdf', ['pdf']);
      const pdf = await extractPdf(bytes);
      const draft = { title: pdf.title, text: pdf.text, date: null };
      return { drafts: [withOverrides(draft, overrides, name)], refused: [] };
    }
    const html = extension === '.html' || extension === '.htm';
    if (html) checkedKind(bytes, 'text/html', ['html']);
    const content = decodeUtf8(bytes);
    if (html) {
      const article = extractArticle(content, 'file:///' + encodeURIComponent(name));
      const draft = { title: article.title, text: article.text, date: article.date };
      return { drafts: [withOverrides(draft, overrides, name)], refused: [] };
    }
    return fromLoaderFormat(name, content, overrides);
  } catch (error) {
    if (error instanceof IngestError) return refuse(error.message);
    throw error;
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new IngestError('binary content (NUL bytes)');
    return text;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('not valid UTF-8');
  }
}

/** The loader's own formats, parsed by the loader's own parser; a `.txt` without a date line takes `date`. */
function fromLoaderFormat(name: string, content: string, overrides: DraftOverrides): DraftResult {
  const format = formatOf(name)!;
  if (format === 'markdown' && !/^\uFEFF?---\s*$/m.test(content.split('\n', 1)[0] ?? '')) {
    return { drafts: [plainMarkdown(name, content, overrides)], refused: [] };
  }
  let text = content;
  const dated = /^\s*date[ \t]/.test(content);
  if (format === 'text' && overrides.date && !dated) text = `date ${overrides.date}\n${content}`;
  const result: DraftResult = { drafts: [], refused: [] };
  for (const entry of parseByFormat(format, text)) {
    const where = entry.line ? `${name}:${entry.line}` : entry.item ? `${name} item ${entry.item}` : name;
    if (entry.problem || !entry.input) {
      result.refused.push({ name: where, reason: entry.problem ?? 'no report' });
      continue;
    }
    const input = entry.input;
    const draft: ReportDraft = { date: input.date ?? null, text: input.text };
    if (input.source) draft.source = input.source;
    if (input.id) draft.id = input.id;
    if (input.title) draft.title = input.title;
    if (input.url) draft.url = input.url;
    result.drafts.push(withOverrides(draft, overrides, name));
  }
  return result;
}

/** Markdown without front matter: the text as written, its first `# heading` as the title, the user's date. */
function plainMarkdown(name: string, content: string, overrides: DraftOverrides): ReportDraft {
  const heading = /^#\s+(.+)$/m.exec(content);
  const text = (
    heading && content.trimStart().startsWith(heading[0]) ? content.replace(heading[0], '') : content
  ).trim();
  if (!text.trim()) throw new IngestError('the file has no text');
  return withOverrides({ title: heading?.[1]?.trim() ?? null, text, date: null }, overrides, name);
}

/** Fills what the source left empty from the user's options. */
function withOverrides(
  draft: Omit<ReportDraft, 'title'> & { title?: string | null },
  overrides: DraftOverrides,
  fallbackSource: string,
): ReportDraft {
  const out: ReportDraft = { date: draft.date ?? overrides.date ?? null, text: draft.text };
  const title = draft.title || overrides.title;
  if (title) out.title = title;
  out.source = draft.source || overrides.source || fallbackSource;
  if (draft.id) out.id = draft.id;
  if (draft.url) out.url = draft.url;
  return out;
}

/**
 * A draft from a link: the page fetched within the limits, then an article (HTML), a PDF or plain
 * text by what the bytes are. The link is kept as the report's `url`. Throws IngestError when refused.
 */
export async function draftFromUrl(
  url: string,
  overrides: DraftOverrides,
  options: IngestOptions,
): Promise<ReportDraft> {
  const accept = 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5';
  const fetched = await safeFetch(url, options, { accept });
  const kind = checkedKind(fetched.body, fetched.contentType, ['html', 'pdf', 'text']);
  const host = new URL(fetched.url).hostname;
  if (kind === 'pdf') {
    const pdf = await extractPdf(fetched.body);
    return withOverrides({ title: pdf.title, text: pdf.text, date: null, url }, overrides, host);
  }
  const content = decodeText(fetched.body, fetched.contentType);
  if (kind === 'text') return withOverrides({ text: content, date: null, url }, overrides, host);
  const article = extractArticle(content, fetched.url);
  const draft = { title: article.title, text: article.text, date: article.date, source: article.source, url };
  return withOverrides(draft, overrides, host);
}
