import type { Command } from '../src/discord/command.js';
import ask from './ask.js';
import feed from './feed.js';
import quote from './quote.js';
import reload from './reload.js';
import report from './report.js';
import search from './search.js';
import settings from './settings.js';
import status from './status.js';
import summary from './summary.js';
import when from './when.js';
import who from './who.js';

/** Every slash command, in the order Discord lists them. */
export const commands: Command[] = [who, when, quote, search, ask, report, feed, summary, status, reload, settings];
