import { IngestError } from '../options.js';

/** What a fetched body or an attachment is, judged from its bytes. */
export type ContentKind = 'html' | 'pdf' | 'feed' | 'json' | 'text';

const XML_FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_TAG = /<(?:!doctype html|html|head|body|article|main|p|div|h1|title)[\s>]/i;

/** The kind of content the first bytes show, or null for binary data of no known kind. */
export function sniffKind(bytes: Uint8Array): ContentKind | null {
  const head = Buffer.from(bytes.subarray(0, 4096));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.includes(0)) return null;
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('<')) {
    const feed = XML_FEED_ROOT.exec(start);
    const html = HTML_TAG.exec(start);
    if (feed && (!html || feed.index < html.index)) return 'feed';
    if (html) return 'html';
    return start.startsWith('<?xml') ? 'feed' : 'html';
  }
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return 'text';
}

/** Declared media types that may carry each kind (a server's label, checked against the bytes). */
const DECLARED: Record<ContentKind, string[]> = {
  html: ['text/html', 'application/xhtml+xml', 'text/plain'],
  pdf: ['application/pdf', 'application/x-pdf', 'application/octet-stream', 'binary/octet-stream'],
  feed: [
    'application/rss+xml',
    'application/atom+xml',
    'application/rdf+xml',
    'application/xml',
    'text/xml',
    'text/html',
    'text/plain',
  ],
  json: ['application/json', 'application/feed+json', 'text/plain'],
  text: ['text/plain', 'text/markdown'],
};

/** The media type without parameters, lower case; null when absent. */
export function mediaType(header: string | null | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type || null;
}

/**
 * The kind of a fetched body: sniffed from the bytes, and refused when the server's declared type
 * names something else (an image labelled as a page, a page labelled as a PDF) or the kind is not wanted.
 */
export function checkedKind(bytes: Uint8Array, declaredHeader: string | null, wanted: ContentKind[]): ContentKind {
  const kind = sniffKind(bytes);
  const declared = mediaType(declaredHeader);
  if (!kind) throw new IngestError(`content is binary data of no supported kind (declared ${declared ?? 'no type'})`);
  if (declared && !DECLARED[kind].includes(declared)) {
    throw new IngestError(`declared content type ${declared} does not match the content, which looks like ${kind}`);
  }
  if (!wanted.includes(kind)) throw new IngestError(`content is ${kind}; expected ${wanted.join(' or ')}`);
  return kind;
}

/** Decodes text in the charset the header names (UTF-8 when none or unknown). */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
