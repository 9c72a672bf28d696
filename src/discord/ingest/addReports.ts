import { extname } from 'node:path';
import {
  ACCEPTED_EXTENSIONS,
  addFiles,
  addUrls,
  downloadAttachment,
  type DraftOverrides,
  IngestError,
  type IncomingFile,
  type Refusal,
  type StoredReport,
} from '../../core/ingest/index.js';
import { reasonOf } from '../../core/ingest/options.js';
import type { Newsdesk } from '../../core/newsdesk.js';
import type { IngestContext } from './context.js';

/** A file attached to a message or a command, as Discord describes it. */
export interface ChatAttachment {
  name: string;
  url: string;
  /** Size Discord declares, in bytes (checked before downloading, and again on the bytes). */
  size: number;
}

/** What the user asked to add: files, a link, and what to fill in for formats that carry no date or title. */
export interface AddRequest {
  attachments: ChatAttachment[];
  url?: string;
  overrides: DraftOverrides;
}

/** A report added, with what was found in it. */
export interface AddedReport {
  id: string;
  title: string;
  date: string | null;
  people: number;
  dates: number;
  quotes: number;
}

/** What one add from chat did. */
export interface ChatAddResult {
  added: AddedReport[];
  refused: Refusal[];
}

/**
 * Downloads the attachments (within the size cap), fetches the link, stores every report through
 * the inbox (temporary file and rename) and indexes them at once, so the next answer can cite them.
 */
export async function addFromChat(desk: Newsdesk, ingest: IngestContext, request: AddRequest): Promise<ChatAddResult> {
  const inbox = ingest.inbox;
  if (!inbox) throw new IngestError(ingest.problem ?? 'adding reports is off');
  const refused: Refusal[] = [];
  const files: IncomingFile[] = [];
  for (const attachment of request.attachments) {
    const extension = extname(attachment.name).toLowerCase();
    if (!ACCEPTED_EXTENSIONS.includes(extension)) {
      const expected = ACCEPTED_EXTENSIONS.join(', ');
      refused.push({
        name: attachment.name,
        reason: `unknown file type "${extension || 'none'}" (expected ${expected})`,
      });
      continue;
    }
    try {
      files.push(await downloadAttachment(attachment, inbox.options));
    } catch (error) {
      const reason = error instanceof IngestError ? error.message : `download failed: ${reasonOf(error)}`;
      refused.push({ name: attachment.name, reason });
    }
  }
  const known = (id: string): boolean => desk.report(id) !== undefined;
  const fromFiles = await addFiles(inbox, files, request.overrides, known);
  const fromUrl = request.url ? await addUrls(inbox, [request.url], request.overrides, known) : null;
  const stored = [...fromFiles.added, ...(fromUrl?.added ?? [])];
  refused.push(...fromFiles.refused, ...(fromUrl?.refused ?? []));
  await desk.indexStoredFiles(stored.map((report) => report.file));
  return { added: await Promise.all(stored.map((report) => described(desk, report))), refused };
}

/** The stored report with counts of the people, dates and quotations found in it. */
export async function described(desk: Newsdesk, report: StoredReport): Promise<AddedReport> {
  const out: AddedReport = { id: report.id, title: report.title, date: report.date, people: 0, dates: 0, quotes: 0 };
  // on a database the report may be held there only: looked up (and fetched) first
  if (!(await desk.lookUp(report.id))) return out;
  const annotations = desk.annotations(report.id);
  const people = annotations.entities.filter((entity) => entity.type === 'person').map((entity) => entity.text);
  out.people = new Set(people).size;
  out.dates = annotations.dates.length;
  out.quotes = annotations.quotes.length;
  return out;
}
