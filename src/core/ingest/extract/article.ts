import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../options.js';
import { htmlToText, nodeText } from './htmlText.js';
import { metaContent, publicationDay, type MetaDocument } from './pageMeta.js';

/** What a web page gives a report. */
export interface Article {
  title: string | null;
  /** Paragraphs separated by blank lines; this is the stored text, so citations point into it. */
  text: string;
  /** Publication day from the page's metadata, or null. */
  date: string | null;
  /** Site name from the page, or the host name. */
  source: string;
}

/**
 * The article in a web page: the main text as Mozilla's Readability finds it (the page's body when
 * it finds none), the title from `og:title` or Readability, the day from the page's metadata.
 */
export function extractArticle(html: string, pageUrl: string): Article {
  const { document } = parseHTML(html);
  const meta = document as unknown as MetaDocument;
  // metadata first: Readability rewrites the document it reads
  const date = publicationDay(meta);
  const ogTitle = metaContent(meta, ['og:title', 'twitter:title']);
  const siteName = metaContent(meta, ['og:site_name']);
  const headline = soleHeadline(document as unknown as MetaDocument);
  const fallbackText = document.body ? nodeText(document.body as never) : '';
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    parsed = null; // Readability gives up on some markup; the body text is used instead
  }
  const text = (parsed?.content ? htmlToText(parsed.content) : '') || fallbackText;
  if (!text.trim()) throw new IngestError('the page has no text');
  const pageTitle = parsed?.title?.trim() ?? null;
  // "Headline | Site": the page's one <h1> is the headline when the title contains it
  const title = ogTitle ?? (headline && pageTitle?.includes(headline) ? headline : pageTitle);
  return { title: title || null, text, date, source: siteName ?? parsed?.siteName ?? new URL(pageUrl).hostname };
}

/** The text of the page's only `<h1>`, or null when it has none or several. */
function soleHeadline(document: MetaDocument): string | null {
  const headings = document.querySelectorAll('h1');
  if (headings.length !== 1) return null;
  return headings[0]!.textContent?.replace(/\s+/g, ' ').trim() || null;
}
