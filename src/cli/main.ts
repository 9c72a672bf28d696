import type { CliArgs } from './args.js';
import { INGEST_VERBS, splitArgs, USAGE, UsageError, wantsHelp } from './usage.js';

/**
 * The CLI: stdout carries only the result; messages about loading go to stderr. Only the
 * argument parser is loaded before the arguments are checked, so a usage error answers at once.
 */
export async function main(argv: string[]): Promise<number> {
  // `add` and `feeds` write reports and feeds; they never open the index
  if (INGEST_VERBS.has(argv[0] ?? '')) {
    const [{ runIngestCli }, { loadConfig }] = await Promise.all([
      import('./ingest/ingestCli.js'),
      import('../config.js'),
    ]);
    return runIngestCli(argv, loadConfig());
  }
  if (argv[0] === 'feedback' && !wantsHelp(argv)) {
    const [{ runFeedbackCli }, { loadConfig }] = await Promise.all([
      import('./feedbackCli.js'),
      import('../config.js'),
    ]);
    return runFeedbackCli(argv, loadConfig());
  }
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: CliArgs;
  try {
    splitArgs(argv); // the checks that need no schema, before the schemas are loaded
    const { parseCliArgs } = await import('./args.js');
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.issues.map((i) => `error: ${i}`).join('\n')}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const { runCli } = await import('./run.js');
  return runCli(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = (error as Error).message;
    process.stderr.write((error as Error).name === 'ConfigError' ? `${message}\n` : `error: ${message}\n`);
    process.exitCode = 1;
  },
);
