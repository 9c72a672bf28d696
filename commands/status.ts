import { SlashCommandBuilder } from 'discord.js';
import { formatProblem } from '../src/core/load/loadReports.js';
import type { Command } from '../src/discord/command.js';
import { renderStatus } from '../src/discord/render.js';

/** /status — what is loaded, what was skipped and why, last reload, uptime. */
export default {
  data: new SlashCommandBuilder().setName('status').setDescription('Reports loaded, files skipped, last reload and uptime'),
  async execute(interaction, { desk, startedAt, now, summary }) {
    const lastError = summary ? await summary.lastError() : null;
    const summaryLine = summary ? `next ${summary.nextRun()?.toISOString() ?? 'not scheduled'}${lastError ? `; last error ${lastError}` : ''}` : 'not configured';
    await interaction.reply(
      renderStatus({
        summary: summaryLine,
        reports: desk.index.reportCount,
        passages: desk.index.passageCount,
        annotated: desk.index.annotatedCount,
        incomplete: desk.incompleteAnnotations,
        startup: `${desk.startup.fromSnapshot} from the snapshot, ${desk.startup.processed} processed in ${desk.startup.seconds.toFixed(1)} s`,
        files: desk.lastLoad.files,
        skipped: desk.lastLoad.problems.map(formatProblem),
        loadedAt: desk.loadedAt,
        uptimeSeconds: Math.floor((now().getTime() - startedAt.getTime()) / 1000),
      }),
    );
    return desk.index.reportCount;
  },
} satisfies Command;
