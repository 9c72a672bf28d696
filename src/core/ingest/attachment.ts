import { safeFetch } from './fetch/safeFetch.js';
import type { IncomingFile } from './ingest.js';
import { IngestError, type IngestOptions } from './options.js';

/**
 * Downloads a chat attachment (its URL and declared size as the chat service gives them) within
 * the attachment cap; a file declared larger is refused before any byte is fetched.
 */
export async function downloadAttachment(
  attachment: { name: string; url: string; size: number },
  options: IngestOptions,
): Promise<IncomingFile> {
  if (attachment.size > options.maxAttachmentBytes) {
    throw new IngestError(`file is ${attachment.size} bytes, over the ${options.maxAttachmentBytes}-byte cap`);
  }
  const fetched = await safeFetch(attachment.url, options, { maxBytes: options.maxAttachmentBytes });
  return { name: attachment.name, bytes: fetched.body };
}
