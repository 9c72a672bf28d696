import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModelPath } from './ner/model.js';

/** Code files that shape annotations; source maps and type declarations do not. */
const CODE = /\.(?:ts|js|mjs|json)$/;

let memo: string | undefined;

/**
 * A short hash of what annotating a report depends on: the extractors' code (this folder), the
 * text helpers they use, and the tagger's model. Annotations stored under another fingerprint
 * were made by another version of Newsdesk and are made again, so an upgrade never serves stale
 * names, dates or speakers. Computed once per process (about a hundred small files).
 */
export function analysisFingerprint(): string {
  const extract = dirname(fileURLToPath(import.meta.url));
  memo ??= fingerprintOf([extract, join(extract, '..', 'text')], defaultModelPath());
  return memo;
}

/** The fingerprint of the code files under `folders` (by path and content) and of a tagger model file. */
export function fingerprintOf(folders: string[], modelPath: string): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of codeFiles(folder)) {
      hash
        .update(`${folders.indexOf(folder)}:${relative(folder, file)}`)
        .update('\0')
        .update(readFileSync(file))
        .update('\0');
    }
  }
  hash.update(modelHead(modelPath));
  return hash.digest('hex').slice(0, 16);
}

/** The code files under `folder`, in a fixed order. */
function codeFiles(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && CODE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Bytes read from the head of the tagger's model file. */
const HEAD_BYTES = 4096;

/**
 * The tagger's model by its size and head (format, training data hash, command and settings): its
 * weights follow from those and the training code, and reading the whole file would slow start-up.
 */
function modelHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return Buffer.concat([Buffer.from(String(fstatSync(fd).size)), head.subarray(0, read)]);
  } finally {
    closeSync(fd);
  }
}
