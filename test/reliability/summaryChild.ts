// Run by processKill.test.ts: posts the founding day's summary to the fake Discord,
// killing itself with SIGKILL at the step named in argv (or not at all), at the time given (or the slot).
import { REST } from 'discord.js';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { SummaryPoster } from '../../src/discord/summaryPoster.js';
import { createLogger } from '../../src/logger.js';
import { openStateStore } from '../../src/core/state/openStateStore.js';
import { testPosterOptions } from '../helpers/poster.js';

const [apiUrl, stateDir, channelId, reportsPath, killAt, now, databaseUrl] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
  string | undefined,
  string | undefined,
];
const desk = await Newsdesk.open(reportsPath);
const rest = new REST({ api: apiUrl }).setToken('MTAwMDAwMDAwMDAwMDAwMDAx.fake01.token-for-the-fake-discord-only');
const store = await openStateStore({ STATE_DIR: stateDir, DATABASE_URL: databaseUrl });
const poster = new SummaryPoster(
  rest,
  desk,
  createLogger('silent'),
  testPosterOptions(stateDir, now ?? '2018-12-05T14:00:10Z', {
    channelId,
    // with a database URL the record and the claim are shared with other processes
    store,
    onStep: (step) => {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  }),
);
const outcome = await poster.tick();
process.stdout.write(JSON.stringify(outcome));
await store.close();
