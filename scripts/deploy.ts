// npm run deploy: registers the slash commands, to DISCORD_GUILD_ID when set (instant), else globally.
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig } from '../src/config.js';

export async function deploy(config: ReturnType<typeof loadConfig>): Promise<number> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN: is required to deploy commands');
  if (!config.DISCORD_CLIENT_ID) throw new Error('DISCORD_CLIENT_ID: is required to deploy commands');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const body = commands.map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const result = (await rest.put(route, { body })) as unknown[];
  return result.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const config = loadConfig();
    const count = await deploy(config);
    console.log(
      `Deployed ${count} commands ${config.DISCORD_GUILD_ID ? `to server ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`,
    );
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `deploy: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
