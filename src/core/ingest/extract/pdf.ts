import { IngestError } from '../options.js';

/** What a PDF gives a report. */
export interface PdfContent {
  /** The document's Title field, when it has one. */
  title: string | null;
  /** Text of every page; pages separated by blank lines. */
  text: string;
  pages: number;
}

/** The text of a PDF (no OCR: a scanned PDF without a text layer is refused). */
export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  // loaded on the first PDF only: the PDF reader is large and most runs never need it
  const { extractText, getDocumentProxy } = await import('unpdf');
  let document;
  try {
    document = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw new IngestError(`not a readable PDF: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const pages = text.map((page) => page.replace(/[ \t]+\n/g, '\n').trim()).filter(Boolean);
    if (pages.length === 0) throw new IngestError('the PDF has no text layer (scanned pages are not read)');
    const info = (await document.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { title, text: pages.join('\n\n'), pages: totalPages };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
