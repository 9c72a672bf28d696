import { parse as parseYaml } from 'yaml';
import { reportInput, describeZodError, type ReportInput } from './schema.js';

/** What a format parser makes of one file: reports, or problems with their line/item. */
export interface ParsedEntry {
  input?: ReportInput;
  /** 1-based line (JSONL) or item number (JSON array) inside the file. */
  line?: number;
  item?: number;
  problem?: string;
}

export type ReportFormat = 'text' | 'markdown' | 'json' | 'jsonl';

const EXTENSIONS: Record<string, ReportFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatOf(path: string): ReportFormat | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[path.slice(dot).toLowerCase()] ?? null);
}

export function parseByFormat(format: ReportFormat, content: string): ParsedEntry[] {
  switch (format) {
    case 'text':
      return [parsePlainText(content)];
    case 'markdown':
      return [parseMarkdown(content)];
    case 'json':
      return parseJson(content);
    case 'jsonl':
      return parseJsonLines(content);
  }
}

/** Line breaks as `\n`, so offsets are the same whatever system wrote the file. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const DATE_LINE = /^\s*date[ \t]+(\S+)\s*/;

/** The seed format: optional leading whitespace, `date YYYY-MM-DD`, then the body. */
export function parsePlainText(content: string): ParsedEntry {
  const text = normalizeNewlines(content);
  const match = DATE_LINE.exec(text);
  if (!match) return { problem: text.trim() ? 'no "date YYYY-MM-DD" line at the start' : 'file is empty' };
  // trimEnd, not /\s+$/: that pattern retries every space of a long run (quadratic)
  const body = text.slice(match[0].length).trimEnd();
  return validate({ date: match[1], text: body });
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Markdown with YAML front matter: title, date, optional id, source, url. */
export function parseMarkdown(content: string): ParsedEntry {
  const text = normalizeNewlines(content);
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problem: 'no YAML front matter (--- … ---) at the start' };
  let meta: unknown;
  try {
    meta = parseYaml(match[1]!, { schema: 'core' });
  } catch (error) {
    return { problem: `front matter is not valid YAML: ${firstLine(error)}` };
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    return { problem: 'front matter is not a YAML mapping' };
  }
  const body = text
    .slice(match[0].length)
    .replace(/^\s*\n/, '')
    .trimEnd();
  const fields = meta as Record<string, unknown>;
  if (fields.date === undefined || fields.date === null) return { problem: 'front matter has no date' };
  return validate({ ...fields, date: dateField(fields.date), text: body });
}

function parseJson(content: string): ParsedEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [{ problem: `not valid JSON: ${firstLine(error)}` }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ problem: 'JSON array is empty' }];
    return value.map((item, index) => ({ ...validateObject(item), item: index + 1 }));
  }
  return [validateObject(value)];
}

function parseJsonLines(content: string): ParsedEntry[] {
  const lines = content.split('\n');
  const entries = parseJsonLineRange(lines, 0, lines.length);
  if (entries.length === 0) entries.push({ problem: 'file has no JSON lines' });
  return entries;
}

/** Lines [from, to) of a JSONL file (0-based), as entries with 1-based line numbers; blank lines give none. */
export function parseJsonLineRange(lines: string[], from: number, to: number): ParsedEntry[] {
  const entries: ParsedEntry[] = [];
  for (let index = from; index < Math.min(to, lines.length); index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      entries.push({ line: index + 1, problem: `not valid JSON: ${firstLine(error)}` });
      continue;
    }
    entries.push({ ...validateObject(value), line: index + 1 });
  }
  return entries;
}

function validateObject(value: unknown): ParsedEntry {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not a JSON object' };
  return validate(value);
}

function validate(value: unknown): ParsedEntry {
  const result = reportInput.safeParse(value);
  return result.success ? { input: result.data } : { problem: describeZodError(result.error) };
}

/** YAML may hand a date over as a Date; reports want the calendar day as written. */
function dateField(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
