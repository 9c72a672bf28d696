import type { Command } from '../src/discord/command.js';
import { askCommand } from '../src/discord/askCommand.js';

/** /search query:<text> … */
export default askCommand('search') satisfies Command;
