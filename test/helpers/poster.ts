import type { SummaryPosterOptions } from '../../src/discord/summaryPoster.js';
import { CHANNEL_ID } from '../fakeDiscord/fakeDiscord.js';

/** Poster options as the tests use them: 18:00 in Baku (14:00 UTC), no waiting between attempts. */
export function testPosterOptions(
  stateDir: string,
  now: string | Date,
  extra: Partial<SummaryPosterOptions> = {},
): SummaryPosterOptions {
  const at = new Date(now);
  return {
    channelId: CHANNEL_ID,
    slot: { time: '18:00', timezone: 'Asia/Baku' },
    skipEmpty: false,
    catchUpMs: 24 * 3_600_000,
    stateDir,
    attempts: 3,
    sleep: async () => undefined,
    now: () => at,
    ...extra,
  };
}
