import type { Command } from '../src/discord/command.js';
import { askCommand } from '../src/discord/askCommand.js';

/** /quote query:<text> … */
export default askCommand('quote') satisfies Command;
