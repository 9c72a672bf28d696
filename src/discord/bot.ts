import type { Config } from '../config.js';

export async function startBot(_config: Config): Promise<void> {
  throw new Error('the Discord bot is not built yet; unset DISCORD_TOKEN to use the terminal mode');
}
