import { z } from 'zod';
import { isoDate } from '../core/load/schema.js';
import { fieldName, splitArgs, UsageError } from './usage.js';

export { USAGE, UsageError, wantsHelp } from './usage.js';

const kind = z.enum(['who', 'when', 'quote', 'search'], { message: 'must be one of who, when, quote, search' });
const limit = z.coerce
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100, 'must be at most 100');
const common = { reports: z.string().min(1, 'is empty').optional() };
const dateOrder = { message: 'comes before --from; swap the dates', path: ['to'] };
const inOrder = (o: { from?: string | undefined; to?: string | undefined }) => !o.from || !o.to || o.from <= o.to;

const askArgs = z
  .object({
    verb: z.literal('ask'),
    command: kind,
    query: z.string().trim().min(1, 'is empty').max(2000, 'is longer than 2000 characters'),
    json: z.boolean().default(false),
    limit: limit.default(5),
    from: isoDate.optional(),
    to: isoDate.optional(),
    speaker: z.string().trim().min(1).optional(),
    ...common,
  })
  .refine(inOrder, dateOrder);

const inspectArgs = z.object({
  verb: z.literal('inspect'),
  report: z.string().min(1, 'is empty'),
  json: z.boolean().default(true),
  ...common,
});
const batchArgs = z.object({ verb: z.literal('batch'), ...common });
const summaryArgs = z.object({
  verb: z.literal('summary'),
  date: isoDate.optional(),
  json: z.boolean().default(false),
  ...common,
});
const indexArgs = z.object({ verb: z.literal('index'), ...common });

const VERBS = { ask: askArgs, inspect: inspectArgs, batch: batchArgs, summary: summaryArgs, index: indexArgs };
export type CliArgs =
  | z.infer<typeof askArgs>
  | z.infer<typeof inspectArgs>
  | z.infer<typeof batchArgs>
  | z.infer<typeof summaryArgs>
  | z.infer<typeof indexArgs>;

/** Parses and checks the CLI arguments; throws UsageError naming each bad field. */
export function parseCliArgs(argv: string[]): CliArgs {
  const parsed = splitArgs(argv);
  const [verb, first, ...rest] = parsed.positionals;
  const values = parsed.values;
  const candidate =
    verb === 'ask'
      ? { verb, command: first, query: rest.join(' '), ...values }
      : verb === 'inspect'
        ? { verb, report: first, ...values }
        : { verb, ...values };
  const result = VERBS[verb as keyof typeof VERBS].safeParse(candidate);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => `${fieldName(i.path)}${i.message}`));
  }
  return result.data as CliArgs;
}
