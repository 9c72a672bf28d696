import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';

import { isoDate } from '../core/load/schema.js';
import type { Newsdesk } from '../core/newsdesk.js';

const id = z.union([z.string(), z.number()]).optional();
const limit = z.number().int().min(1).max(100).optional();
const inOrder = (o: { from?: string | undefined; to?: string | undefined }) => !o.from || !o.to || o.from <= o.to;
const dateOrder = { message: 'comes before from; swap the dates', path: ['to'] };
const askLine = z
  .object({
    id,
    command: z.enum(['who', 'when', 'quote', 'search']),
    query: z.string().trim().min(1, 'is empty').max(2000),
    limit,
    from: isoDate.optional(),
    to: isoDate.optional(),
    speaker: z.string().trim().min(1).optional(),
  })
  .refine(inOrder, dateOrder);
/** A question in plain words, routed to who, when, quote or search as chat routes it. */
const questionLine = z.object({
  id,
  command: z.literal('ask'),
  question: z.string().trim().min(1, 'is empty').max(2000),
  limit,
});
const inspectLine = z.object({ id, command: z.literal('inspect'), report: z.string().min(1, 'is empty') });
const summaryLine = z.object({ id, command: z.literal('summary'), date: isoDate });
const SCHEMAS = {
  who: askLine,
  when: askLine,
  quote: askLine,
  search: askLine,
  ask: questionLine,
  inspect: inspectLine,
  summary: summaryLine,
};
const COMMANDS = Object.keys(SCHEMAS).join(', ');
type BatchRequest = z.infer<(typeof SCHEMAS)[keyof typeof SCHEMAS]>;

/** Answers one batch line (1-based `lineNumber`, named in every error); never throws. */
export async function answerLine(desk: Newsdesk, line: string, lineNumber = 1): Promise<Record<string, unknown>> {
  const where = `line ${lineNumber}`;
  if (!line.trim()) return { id: null, line: lineNumber, error: `${where} is empty` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0]!.slice(0, 120);
    return { id: null, line: lineNumber, error: `${where} is not valid JSON (${detail})` };
  }
  const lineId = value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : null;
  const command = value !== null && typeof value === 'object' ? (value as { command?: unknown }).command : undefined;
  if (typeof command !== 'string' || !Object.hasOwn(SCHEMAS, command)) {
    return { id: lineId ?? null, line: lineNumber, error: `${where}: command must be one of ${COMMANDS}` };
  }
  const parsed = SCHEMAS[command as keyof typeof SCHEMAS].safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    return { id: lineId ?? null, line: lineNumber, error: `${where}: ${problems.join('; ')}` };
  }
  try {
    return { id: parsed.data.id ?? null, ...(await answer(desk, parsed.data)) };
  } catch (error) {
    return {
      id: parsed.data.id ?? null,
      line: lineNumber,
      error: `${where}: could not answer: ${(error as Error).message}`,
    };
  }
}

async function answer(desk: Newsdesk, request: BatchRequest): Promise<Record<string, unknown>> {
  switch (request.command) {
    case 'summary':
      return { ...(await desk.summary(request.date)) };
    case 'inspect': {
      const result = (await desk.lookUp(request.report)) ? desk.inspect(request.report) : null;
      return result ? { ...result } : { error: `no report with id "${request.report}"` };
    }
    case 'ask': {
      const chat = await desk.converse(request.question, undefined, dropUndefined({ limit: request.limit }));
      return { routed: { command: chat.routed.command, rule: chat.routed.rule }, ...chat.result };
    }
    default: {
      const { command, query, limit, from, to, speaker } = request;
      return { ...(await desk.answer(command, query, dropUndefined({ limit, from, to, speaker }))) };
    }
  }
}

/** Reads JSON lines from `input`, writes one JSON line per input line (an empty one gets an error line), in order. */
export async function runBatch(desk: Newsdesk, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    count++;
    output.write(`${JSON.stringify(await answerLine(desk, line, count))}\n`);
  }
  return count;
}

export function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
