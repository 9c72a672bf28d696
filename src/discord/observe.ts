import type { Config } from '../config.js';
import { errorFields, type Logger } from '../logger.js';
import { type HealthServer, type HealthSources, startHealthServer } from './health.js';
import { BotMetrics } from './metrics.js';

/** The health and metrics server with what it reads; the bot fills `sources` in as it starts. */
export interface Observer {
  sources: HealthSources;
  metrics: BotMetrics;
  server: HealthServer;
}

/**
 * Starts the health and metrics server when METRICS_PORT is set, before the reports load, so
 * a probe sees 503 "still loading" rather than nothing. A port that cannot be opened is logged
 * and the bot runs on without it: answering matters more than being watched.
 */
export async function startObserving(config: Config, logger: Logger): Promise<Observer | undefined> {
  if (!config.METRICS_PORT) return undefined;
  const sources: HealthSources = {};
  const metrics = new BotMetrics({
    reports: () => sources.desk?.counts().reports ?? 0,
    annotated: () => sources.desk?.counts().annotated ?? 0,
    connected: () => sources.gateway?.connected ?? false,
    ping: () => sources.client?.ws.ping ?? -1,
  });
  try {
    const server = await startHealthServer(
      config.METRICS_HOST,
      config.METRICS_PORT,
      sources,
      () => metrics.text(),
      logger,
    );
    return { sources, metrics, server };
  } catch (error) {
    const where = `${config.METRICS_HOST}:${config.METRICS_PORT}`;
    logger.error(
      { err: errorFields(error) },
      `health and metrics server could not listen on ${where}; running without`,
    );
    return undefined;
  }
}
