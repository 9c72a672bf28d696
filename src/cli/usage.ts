import { parseArgs } from 'node:util';

// What the CLI can check before it loads anything else (zod included), so that most usage
// errors and --help answer at once.

export const USAGE = `Usage:
  npm run -s cli -- ask <who|when|quote|search> "<query>" [--reports PATH] [--json] [--limit N]
                    [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--speaker NAME]
  npm run -s cli -- inspect <reportId> [--reports PATH]
  npm run -s cli -- batch [--reports PATH] < questions.jsonl
  npm run -s cli -- summary [--date YYYY-MM-DD] [--reports PATH] [--json]
  npm run -s cli -- index [--reports PATH]      build and save the index snapshot (STATE_DIR)
  npm run -s cli -- add <file|url>... [--reports DIR] [--date YYYY-MM-DD] [--title T] [--source S]
  npm run -s cli -- feeds add <url> [--full-text] | feeds list | feeds remove <url> | feeds poll
  npm run -s cli -- feedback export             the 👍 / 👎 verdicts on answers, as eval questions (JSONL)
  npm run -s cli -- --help`;

/** Verbs that write reports or feeds: they never open the index (src/cli/ingest). */
export const INGEST_VERBS: ReadonlySet<string> = new Set(['add', 'feeds']);

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

export const OPTIONS = {
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

export type Parsed = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>
>;

export const VERBS = ['ask', 'inspect', 'batch', 'summary', 'index'] as const;

/** Splits the arguments into verb, positionals and option values; throws UsageError for what needs no schema. */
export function splitArgs(argv: string[]): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: joinDashValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError([(error as Error).message]);
  }
  const [verb] = parsed.positionals;
  if (verb === undefined) throw new UsageError(['no command given']);
  if (!(VERBS as readonly string[]).includes(verb)) {
    throw new UsageError([`unknown command "${verb.slice(0, 40)}": use one of ${VERBS.join(', ')}`]);
  }
  return parsed;
}

/** "--limit: " for an option, "query: " for a positional argument. */
export function fieldName(path: PropertyKey[]): string {
  if (!path.length) return '';
  const name = String(path[0]);
  return name in OPTIONS ? `--${name}: ` : `${name}: `;
}
