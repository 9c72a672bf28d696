import { loadConfig, ConfigError } from '../config.js';
import { formatProblem } from '../core/load/loadReports.js';
import { Newsdesk } from '../core/newsdesk.js';
import { parseCliArgs, USAGE, UsageError } from './args.js';
import { dropUndefined, runBatch } from './batch.js';
import { renderAsk, renderInspect } from './renderText.js';
import { renderSummaryText } from './renderSummary.js';
import { dailySummary, latestReportDate } from '../core/summary/summary.js';
import { INGEST_VERBS, runIngestCli } from './ingest/ingestCli.js';

/** The CLI: stdout carries only the result; messages about loading go to stderr. */
export async function main(argv: string[]): Promise<number> {
  // `add` and `feeds` write reports and feeds; they never open the index
  if (INGEST_VERBS.has(argv[0] ?? '')) return runIngestCli(argv, loadConfig());
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.issues.map((i) => `error: ${i}`).join('\n')}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  const reportsPath = args.reports ?? config.REPORTS_DIR;
  let desk: Newsdesk;
  try {
    // the snapshot the bot or the terminal left speeds up the start; one-shot commands do not write it.
    // No chat deadline here: a report not yet annotated is annotated whole, however many a question needs.
    desk = await Newsdesk.open(reportsPath, { stateDir: config.STATE_DIR, index: { coldAnnotationChars: Infinity } });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
  for (const problem of desk.lastLoad.problems) process.stderr.write(`skipped ${formatProblem(problem)}\n`);
  switch (args.verb) {
    case 'ask': {
      const { command, query, limit, from, to, speaker } = args;
      const result = desk.ask(command, query, dropUndefined({ limit, from, to, speaker }));
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${renderAsk(result)}\n`);
      return 0;
    }
    case 'inspect': {
      const result = desk.inspect(args.report);
      if (!result) {
        process.stderr.write(`error: no report with id "${args.report}"\n`);
        return 1;
      }
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${renderInspect(result)}\n`);
      return 0;
    }
    case 'batch':
      await runBatch(desk, process.stdin, process.stdout);
      return 0;
    case 'summary': {
      const summary = dailySummary(desk, args.date ?? latestReportDate(desk) ?? new Date().toISOString().slice(0, 10));
      process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : `${renderSummaryText(summary)}\n`);
      return 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `error: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
