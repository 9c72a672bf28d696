import { SlashCommandBuilder } from 'discord.js';
import { feedbackCounts, readFeedback } from '../src/core/feedback/feedback.js';
import { describeLoad } from '../src/core/load/loadCounts.js';
import { formatProblem } from '../src/core/load/loadReports.js';
import type { Command } from '../src/discord/command.js';
import { feedHealthLine } from '../src/discord/ingest/renderIngest.js';
import { renderStatus } from '../src/discord/render.js';

/** /status — what is loaded, what was skipped and why, last reload, the folder watch, uptime. */
export default {
  data: new SlashCommandBuilder()
    .setName('status')
    .setDescription('Reports loaded, files skipped, last reload and uptime'),
  async execute(interaction, { desk, startedAt, now, summary, watchError, state, ingest }) {
    const lastError = summary ? await summary.lastError() : null;
    const feedback = state ? feedbackCounts(await readFeedback(state), now()) : undefined;
    const next = summary?.nextRun()?.toISOString() ?? 'not scheduled';
    const channels = summary?.size ?? 0;
    const summaryLine = channels
      ? `${channels} channel${channels === 1 ? '' : 's'}; next ${next}${lastError ? `; last error ${lastError}` : ''}`
      : 'not configured';
    const { startup } = desk;
    const counts = desk.counts();
    await interaction.reply(
      renderStatus({
        summary: summaryLine,
        reports: counts.reports,
        passages: counts.passages,
        annotated: counts.annotated,
        incomplete: desk.incompleteAnnotations,
        startup:
          `${startup.fromSnapshot} from the snapshot, ` +
          `${startup.processed} processed in ${startup.seconds.toFixed(1)} s`,
        load: describeLoad(desk.lastLoad),
        skipped: desk.lastLoad.problems.map(formatProblem),
        watchError: watchError?.() ?? null,
        loadedAt: desk.loadedAt,
        uptimeSeconds: Math.floor((now().getTime() - startedAt.getTime()) / 1000),
        ...(feedback ? { feedback } : {}),
        feeds: ingest?.feeds?.list().map(feedHealthLine) ?? [],
      }),
    );
    return counts.reports;
  },
} satisfies Command;
