import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Prefix of temporary files: hidden, so the loader never reads one. */
export const TEMP_PREFIX = '.tmp-';

/** A temporary name beside `path`, hidden and unique, keeping the final extension (the loader checks it). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(path)}`);
}

/** Writes `data` to a temporary file and flushes it to disk; returns its path. */
export async function writeTemp(path: string, data: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** Flushes a folder's entries, so a rename inside it survives a power cut. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some file systems cannot sync a folder; the rename is still atomic
  } finally {
    await handle.close();
  }
}

/** Replaces `path` with `data` as a whole: readers see the old file or the new one, never a part. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(path, data);
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Moves a finished temporary file to `path` only if nothing is there yet (a hard link fails
 * when the name exists). Returns false when `path` already existed. The caller syncs the folder
 * before it tells anyone the file is stored.
 */
export async function publishNew(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Removes temporary files a crash left in `folder`. Returns how many. */
export async function removeStaleTemps(folder: string): Promise<number> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const stale = names.filter((name) => name.startsWith(TEMP_PREFIX));
  await Promise.all(stale.map((name) => unlink(join(folder, name)).catch(() => undefined)));
  return stale.length;
}
