import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { isoDate } from '../core/load/schema.js';
import type { Newsdesk } from '../core/newsdesk.js';
import { dailySummary } from '../core/summary/summary.js';

const id = z.union([z.string(), z.number()]).optional();
const askLine = z.object({
  id,
  command: z.enum(['who', 'when', 'quote', 'search']),
  query: z.string().trim().min(1, 'is empty').max(2000),
  limit: z.number().int().min(1).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  speaker: z.string().trim().min(1).optional(),
});
const inspectLine = z.object({ id, command: z.literal('inspect'), report: z.string().min(1, 'is empty') });
const summaryLine = z.object({ id, command: z.literal('summary'), date: isoDate });
const batchLine = z.discriminatedUnion('command', [askLine, inspectLine, summaryLine], {
  error: (issue) => (issue.code === 'invalid_union' ? 'command must be one of who, when, quote, search, inspect, summary' : undefined),
});

/** Answers one batch line; never throws. */
export function answerLine(desk: Newsdesk, line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not valid JSON' };
  }
  const lineId = value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : null;
  const parsed = batchLine.safeParse(value);
  if (!parsed.success) {
    return { id: lineId ?? null, error: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') };
  }
  const request = parsed.data;
  try {
    if (request.command === 'summary') return { id: request.id ?? null, ...dailySummary(desk, request.date) };
    if (request.command === 'inspect') {
      const result = desk.inspect(request.report);
      return result ? { id: request.id ?? null, ...result } : { id: request.id ?? null, error: `no report with id "${request.report}"` };
    }
    const { command, query, limit, from, to, speaker } = request;
    return { id: request.id ?? null, ...desk.ask(command, query, dropUndefined({ limit, from, to, speaker })) };
  } catch (error) {
    return { id: request.id ?? null, error: `could not answer: ${(error as Error).message}` };
  }
}

/** Reads JSON lines from `input`, writes one JSON line per non-blank input line, in order. */
export async function runBatch(desk: Newsdesk, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    output.write(`${JSON.stringify(answerLine(desk, line))}\n`);
    count++;
  }
  return count;
}

export function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
