import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDate } from '../core/load/schema.js';

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

export const USAGE = `Usage:
  npm run -s cli -- ask <who|when|quote|search> "<query>" [--reports PATH] [--json] [--limit N]
                    [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--speaker NAME]
  npm run -s cli -- inspect <reportId> [--reports PATH]
  npm run -s cli -- batch [--reports PATH] < questions.jsonl
  npm run -s cli -- summary [--date YYYY-MM-DD] [--reports PATH] [--json]
  npm run -s cli -- index [--reports PATH]      build and save the index snapshot (STATE_DIR)
  npm run -s cli -- --help`;

/** Thrown for bad arguments; `issues` lists each as "field: problem". */
export class UsageError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
  }
}

/** `--help` (or `-h`) anywhere: the caller prints the usage and stops. */
export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

const OPTIONS = {
  reports: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  speaker: { type: 'string' },
  date: { type: 'string' },
} as const;

/**
 * `--limit -1` as `--limit=-1`: a value that starts with a dash would otherwise be taken for an
 * option ("argument is ambiguous"); the option's own check then says what is wrong with it.
 */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.startsWith('--') ? argv[i]!.slice(2) : '';
    const next = argv[i + 1];
    const takesValue = name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string';
    if (takesValue && next?.startsWith('-') && next !== '--') {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(argv[i]!);
  }
  return out;
}

type Parsed = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>
>;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: joinDashValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError([(error as Error).message]);
  }
  const [verb, first, ...rest] = parsed.positionals;
  if (verb === undefined) throw new UsageError(['no command given']);
  if (!(verb in VERBS)) {
    throw new UsageError([`unknown command "${verb.slice(0, 40)}": use one of ${Object.keys(VERBS).join(', ')}`]);
  }
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

/** "--limit: " for an option, "query: " for a positional argument. */
function fieldName(path: PropertyKey[]): string {
  if (!path.length) return '';
  const name = String(path[0]);
  return name in OPTIONS ? `--${name}: ` : `${name}: `;
}
