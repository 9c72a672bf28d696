import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDate } from '../../core/load/schema.js';

const addArgs = z.object({
  verb: z.literal('add'),
  inputs: z.array(z.string().min(1)).min(1, 'name at least one file or link'),
  reports: z.string().min(1).optional(),
  date: isoDate.optional(),
  title: z.string().trim().min(1, 'is empty').max(1000).optional(),
  source: z.string().trim().min(1, 'is empty').max(2000).optional(),
});

const feedsArgs = z.discriminatedUnion('action', [
  z.object({
    verb: z.literal('feeds'),
    action: z.literal('add'),
    url: z.string().min(1, 'name the feed link'),
    fullText: z.boolean().default(false),
    channel: z
      .string()
      .regex(/^\d{17,20}$/, 'must be a Discord channel id')
      .optional(),
  }),
  z.object({ verb: z.literal('feeds'), action: z.literal('list') }),
  z.object({ verb: z.literal('feeds'), action: z.literal('remove'), url: z.string().min(1, 'name the feed link') }),
  z.object({ verb: z.literal('feeds'), action: z.literal('poll'), reports: z.string().min(1).optional() }),
]);

export type AddArgs = z.infer<typeof addArgs>;
export type FeedsArgs = z.infer<typeof feedsArgs>;

export const INGEST_USAGE = `  npm run -s cli -- add <file|url>... [--reports DIR] [--date YYYY-MM-DD] [--title T]
    [--source S]
  npm run -s cli -- feeds add <url> [--full-text] [--channel ID]
  npm run -s cli -- feeds list | feeds remove <url> | feeds poll [--reports DIR]`;

/** Parses `add …` and `feeds …`; returns the problems as "field: message" lines when the arguments are bad. */
export function parseIngestArgs(argv: string[]): { args: AddArgs | FeedsArgs } | { issues: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        reports: { type: 'string' },
        date: { type: 'string' },
        title: { type: 'string' },
        source: { type: 'string' },
        'full-text': { type: 'boolean' },
        channel: { type: 'string' },
      },
    });
  } catch (error) {
    return { issues: [(error as Error).message] };
  }
  const [verb, ...rest] = parsed.positionals;
  const { 'full-text': fullText, ...values } = parsed.values;
  const candidate =
    verb === 'add'
      ? { verb, inputs: rest, ...values }
      : { verb, action: rest[0], url: rest[1], ...(fullText === undefined ? {} : { fullText }), ...values };
  const result = (verb === 'add' ? addArgs : feedsArgs).safeParse(candidate);
  if (result.success) return { args: result.data };
  return { issues: result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) };
}
