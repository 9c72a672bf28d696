import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDate } from '../core/load/schema.js';

const kind = z.enum(['who', 'when', 'quote', 'search'], { message: 'must be one of who, when, quote, search' });
const limit = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100');
const common = { reports: z.string().min(1).optional() };

const askArgs = z.object({
  verb: z.literal('ask'),
  command: kind,
  query: z.string().trim().min(1, 'is empty').max(2000, 'is longer than 2000 characters'),
  json: z.boolean().default(false),
  limit: limit.default(5),
  from: isoDate.optional(),
  to: isoDate.optional(),
  speaker: z.string().trim().min(1).optional(),
  ...common,
});

const inspectArgs = z.object({ verb: z.literal('inspect'), report: z.string().min(1, 'is empty'), json: z.boolean().default(true), ...common });
const batchArgs = z.object({ verb: z.literal('batch'), ...common });
const summaryArgs = z.object({ verb: z.literal('summary'), date: isoDate.optional(), json: z.boolean().default(false), ...common });

export const cliArgs = z.discriminatedUnion('verb', [askArgs, inspectArgs, batchArgs, summaryArgs]);
export type CliArgs = z.infer<typeof cliArgs>;

export const USAGE = `Usage:
  npm run -s cli -- ask <who|when|quote|search> "<query>" [--reports PATH] [--json] [--limit N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--speaker NAME]
  npm run -s cli -- inspect <reportId> [--reports PATH]
  npm run -s cli -- batch [--reports PATH] < questions.jsonl
  npm run -s cli -- summary [--date YYYY-MM-DD] [--reports PATH] [--json]`;

/** Thrown for bad arguments; `issues` lists each as "field: problem". */
export class UsageError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
  }
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        reports: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        speaker: { type: 'string' },
        date: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError([(error as Error).message]);
  }
  const [verb, first, ...rest] = parsed.positionals;
  const values = parsed.values;
  const candidate =
    verb === 'ask'
      ? { verb, command: first, query: rest.join(' '), ...values }
      : verb === 'inspect'
        ? { verb, report: first, ...values }
        : { verb, ...values };
  const result = cliArgs.safeParse(candidate);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
  }
  return result.data;
}
