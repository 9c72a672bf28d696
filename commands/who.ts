import type { Command } from '../src/discord/command.js';
import { askCommand } from '../src/discord/askCommand.js';

/** /who query:<text> … */
export default askCommand('who') satisfies Command;
