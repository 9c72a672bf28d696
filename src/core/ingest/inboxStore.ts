import { mkdir, readdir, rename, stat, copyFile, unlink } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defaultLoadOptions, readReportFile } from '../load/loadReports.js';
import { publishNew, removeStaleTemps, syncFolder, writeTemp } from './atomicWrite.js';
import { IngestError, ingestOptions, type IngestOptions } from './options.js';
import { prepareReport, type ReportDraft } from './reportFile.js';

/** Folder inside the reports folder where every report that comes in is written. */
export const INBOX_FOLDER = 'inbox';
/** Folder inside the state folder where removed report files wait, restorable. */
export const TRASH_FOLDER = 'trash';

/** A report as stored (or found already stored). */
export interface StoredReport {
  id: string;
  title: string;
  date: string | null;
  /** Path relative to the reports folder, e.g. `inbox/2020-03-02-big-news-1a2b3c4d5e6f.md`. */
  file: string;
  textHash: string;
  /** True when the same text was already in the inbox: nothing was written, `file` is the earlier one. */
  duplicate: boolean;
}

/** A removed report file waiting in the trash. */
export interface TrashEntry {
  /** Name to restore it by: `<time stamp>/<path relative to the reports folder>`. */
  name: string;
  /** Path relative to the reports folder it came from and returns to. */
  file: string;
}

/** Tells whether an id is already served (by the index), so a new report cannot shadow it. */
export type KnownId = (id: string) => boolean;

const HASHED_NAME = /-([0-9a-f]{12})\.(?:md|json)$/;

/**
 * The inbox: reports written one file each, through a temporary file that is checked with the
 * loader itself and then published under its final name only if that name is free. A crash
 * leaves the whole file or nothing (a hidden temporary file, removed on the next open).
 */
export class InboxStore {
  private readonly hashes = new Map<string, string>();
  /** The hash check and the publishing run one add at a time, so the same text cannot pass twice. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly reportsDir: string,
    readonly stateDir: string,
    readonly options: IngestOptions,
  ) {}

  get inboxDir(): string {
    return join(this.reportsDir, INBOX_FOLDER);
  }

  get trashDir(): string {
    return join(this.stateDir, TRASH_FOLDER);
  }

  /** Opens (and creates) the inbox under a reports folder; refuses a single report file. */
  static async open(reportsDir: string, stateDir: string, options: Partial<IngestOptions> = {}): Promise<InboxStore> {
    const root = resolve(reportsDir);
    const info = await stat(root).catch(() => null);
    if (info && !info.isDirectory()) {
      throw new IngestError(`REPORTS_DIR ${reportsDir} is a file; adding reports needs a folder`);
    }
    const store = new InboxStore(root, resolve(stateDir), ingestOptions(options));
    await mkdir(store.inboxDir, { recursive: true });
    await removeStaleTemps(store.inboxDir);
    for (const name of await readdir(store.inboxDir)) {
      const match = HASHED_NAME.exec(name);
      if (match) store.hashes.set(match[1]!, `${INBOX_FOLDER}/${name}`);
    }
    return store;
  }

  /** The stored file that has this text hash, if any. */
  fileWithHash(textHash: string): string | undefined {
    return this.hashes.get(textHash);
  }

  /**
   * Stores one report. Throws IngestError when the loader refuses it (the reason names the field)
   * or its id is taken; returns `duplicate: true` when the same text is already stored.
   */
  async add(draft: ReportDraft, knownId?: KnownId): Promise<StoredReport> {
    const prepared = prepareReport(draft);
    const summary = { id: prepared.id, title: prepared.title, date: prepared.date, textHash: prepared.textHash };
    const earlier = this.hashes.get(prepared.textHash);
    if (earlier) return { ...summary, file: earlier, duplicate: true };
    if (knownId?.(prepared.id)) throw new IngestError(`a report with id "${prepared.id}" is already loaded`);
    const file = `${INBOX_FOLDER}/${prepared.fileName}`;
    const target = join(this.reportsDir, file);
    // writing, flushing and checking run side by side; only the publishing below waits its turn
    const temp = await writeTemp(target, prepared.content);
    try {
      await this.check(temp, file, prepared.id, prepared.text);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    const publish = this.queue.then(() => this.publish(temp, target, file, prepared.textHash));
    this.queue = publish.catch(() => undefined);
    const outcome = await publish;
    await syncFolder(this.inboxDir);
    if (outcome === 'new') return { ...summary, file, duplicate: false };
    if (outcome !== 'taken') return { ...summary, file: outcome, duplicate: true };
    // an existing name means the same id and text (a made id carries the hash) or the same given id
    if (prepared.id === prepared.fileName.replace(/\.\w+$/, '')) return { ...summary, file, duplicate: true };
    throw new IngestError(`a report with id "${prepared.id}" is already in the inbox`);
  }

  /** Publishes a checked temporary file: 'new', the earlier file with the same text, or 'taken' (name exists). */
  private async publish(temp: string, target: string, file: string, textHash: string): Promise<string> {
    const earlier = this.hashes.get(textHash);
    if (earlier) {
      await unlink(temp).catch(() => undefined);
      return earlier;
    }
    if (!(await publishNew(temp, target))) return 'taken';
    if (HASHED_NAME.test(file)) this.hashes.set(textHash, file);
    return 'new';
  }

  /** Reads the temporary file back with the loader: exactly one report, the expected id and text. */
  private async check(temp: string, file: string, id: string, text: string): Promise<void> {
    const caps = { maxFileBytes: defaultLoadOptions.maxFileBytes, maxReportChars: this.options.maxReportChars };
    const outcomes = await readReportFile(temp, file, caps);
    const problem = outcomes.find((outcome) => 'reason' in outcome);
    if (problem && 'reason' in problem) throw new IngestError(problem.reason);
    const report = outcomes[0];
    if (outcomes.length !== 1 || !report || 'reason' in report) {
      throw new IngestError('the file did not read back as one report');
    }
    if (report.id !== id || report.text !== text) throw new IngestError('the report did not read back as written');
  }

  /**
   * Moves a report's file to the trash under the state folder. Refuses a file that holds other
   * reports too (a JSONL or JSON array file) and any path outside the reports folder.
   */
  async remove(reportId: string, originFile: string, now: Date = new Date()): Promise<TrashEntry> {
    const source = this.inside(originFile);
    const outcomes = await readReportFile(source, originFile);
    const reports = outcomes.filter((outcome) => !('reason' in outcome));
    if (!reports.some((report) => 'id' in report && report.id === reportId)) {
      throw new IngestError(`${originFile} does not hold report "${reportId}"`);
    }
    if (reports.length > 1) {
      throw new IngestError(`${originFile} holds ${reports.length} reports; remove or edit the file itself`);
    }
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const name = `${stamp}/${originFile}`;
    await moveFile(source, join(this.trashDir, name));
    this.forgetHash(originFile);
    return { name, file: originFile };
  }

  /** Report files in the trash, oldest first. */
  async listTrash(): Promise<TrashEntry[]> {
    const stamps = (await readdir(this.trashDir).catch(() => [] as string[])).sort();
    const entries: TrashEntry[] = [];
    for (const stamp of stamps) {
      for (const file of await walkFiles(join(this.trashDir, stamp))) {
        const rel = relative(join(this.trashDir, stamp), file).split(sep).join('/');
        entries.push({ name: `${stamp}/${rel}`, file: rel });
      }
    }
    return entries;
  }

  /** Puts a trashed file back where it was; refuses when a file has taken its place. */
  async restore(name: string): Promise<TrashEntry> {
    const from = resolve(this.trashDir, name);
    if (!from.startsWith(this.trashDir + sep)) throw new IngestError(`"${name}" is not in the trash`);
    const file = name.split('/').slice(1).join('/');
    const to = this.inside(file);
    if (await stat(to).catch(() => null)) throw new IngestError(`${file} exists again; not overwritten`);
    if (!(await stat(from).catch(() => null))) throw new IngestError(`"${name}" is not in the trash`);
    await moveFile(from, to);
    const match = HASHED_NAME.exec(file);
    if (match && file.startsWith(`${INBOX_FOLDER}/`)) this.hashes.set(match[1]!, file);
    return { name, file };
  }

  private inside(file: string): string {
    const full = resolve(this.reportsDir, file);
    if (!full.startsWith(this.reportsDir + sep)) throw new IngestError(`${file} is outside the reports folder`);
    return full;
  }

  private forgetHash(file: string): void {
    for (const [hash, stored] of this.hashes) if (stored === file) this.hashes.delete(hash);
  }
}

/** Rename, or copy then unlink when the state folder is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
}

async function walkFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await walkFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
