import { databaseOptions, loadConfig } from '../config.js';
import { formatProblem } from '../core/load/loadReports.js';
import { NO_CHAT_DEADLINE, Newsdesk } from '../core/newsdesk.js';
import type { CliArgs } from './args.js';
import { dropUndefined, runBatch } from './batch.js';
import { renderSummaryText } from './renderSummary.js';
import { renderAsk, renderInspect } from './renderText.js';

/** Opens the reports (from the snapshot in STATE_DIR when it fits) and runs one verb. */
export async function runCli(args: CliArgs): Promise<number> {
  const config = loadConfig();
  let desk: Newsdesk;
  try {
    // No chat deadline here: a report not yet annotated is annotated whole, however many a question needs.
    const options = { stateDir: config.STATE_DIR, index: NO_CHAT_DEADLINE };
    const database = databaseOptions(config);
    desk = await Newsdesk.open(args.reports ?? config.REPORTS_DIR, { ...options, ...database });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
  for (const problem of desk.lastLoad.problems) process.stderr.write(`skipped ${formatProblem(problem)}\n`);
  const code = args.verb === 'index' ? await buildIndex(desk) : await runVerb(desk, args);
  // the next call starts from the snapshot: written when this one had to build (part of) the index
  const { startup } = desk;
  if (args.verb !== 'index' && (startup.processed > 0 || startup.dropped > 0)) await saveQuietly(desk);
  return code;
}

async function runVerb(desk: Newsdesk, args: Exclude<CliArgs, { verb: 'index' }>): Promise<number> {
  switch (args.verb) {
    case 'ask': {
      const { command, query, limit, from, to, speaker } = args;
      const result = await desk.answer(command, query, dropUndefined({ limit, from, to, speaker }));
      process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : `${renderAsk(result)}\n`);
      return 0;
    }
    case 'inspect': {
      const result = (await desk.lookUp(args.report)) ? desk.inspect(args.report) : null;
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
      const day = args.date ?? (await desk.latestDate()) ?? new Date().toISOString().slice(0, 10);
      const summary = await desk.summary(day);
      process.stdout.write(args.json ? `${JSON.stringify(summary)}\n` : `${renderSummaryText(summary)}\n`);
      return 0;
    }
  }
}

/** `index`: annotates every report (worker threads) and saves the snapshot. */
async function buildIndex(desk: Newsdesk): Promise<number> {
  const warm = await desk.warmUp();
  const saved = await desk.saveSnapshot();
  const { startup } = desk;
  const failed = warm.failed.length ? `, ${warm.failed.length} could not be annotated` : '';
  process.stderr.write(
    `${startup.fromSnapshot} reports from the snapshot, ${startup.processed} processed, ` +
      `${warm.annotated} annotated${failed}\n`,
  );
  if (!saved) {
    process.stderr.write('error: no STATE_DIR to save the snapshot in\n');
    return 1;
  }
  process.stderr.write(
    `snapshot saved: ${(saved.bytes / 1024 / 1024).toFixed(1)} MB in ${saved.seconds.toFixed(1)} s\n`,
  );
  return 0;
}

async function saveQuietly(desk: Newsdesk): Promise<void> {
  try {
    await desk.saveSnapshot();
  } catch (error) {
    process.stderr.write(
      `note: index snapshot not saved (${(error as Error).message}); the next call builds it again\n`,
    );
  }
}
