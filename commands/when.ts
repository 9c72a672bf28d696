import type { Command } from '../src/discord/command.js';
import { askCommand } from '../src/discord/askCommand.js';

/** /when query:<text> … */
export default askCommand('when') satisfies Command;
