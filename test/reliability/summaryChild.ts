// Run by processKill.test.ts: posts the founding day's summary to the fake Discord,
// killing itself with SIGKILL at the step named in argv (or not at all).
import { REST } from 'discord.js';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { SummaryPoster } from '../../src/discord/summaryPoster.js';
import { createLogger } from '../../src/logger.js';
import { testPosterOptions } from '../helpers/poster.js';

const [apiUrl, stateDir, channelId, reportsPath, killAt] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
const desk = await Newsdesk.open(reportsPath);
const rest = new REST({ api: apiUrl }).setToken('MTAwMDAwMDAwMDAwMDAwMDAx.fake01.token-for-the-fake-discord-only');
const poster = new SummaryPoster(
  rest,
  desk,
  createLogger('silent'),
  testPosterOptions(stateDir, '2018-12-05T14:00:10Z', {
    channelId,
    onStep: (step) => {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  }),
);
const outcome = await poster.tick();
process.stdout.write(JSON.stringify(outcome));
