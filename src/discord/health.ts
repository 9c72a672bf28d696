import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, Events } from 'discord.js';
import type { Newsdesk } from '../core/newsdesk.js';
import { errorFields, type Logger } from '../logger.js';

/** Whether the gateway connection is up, from the client's shard events (a drop is seen at once). */
export class GatewayWatch {
  /** What the connection is doing now, in words for /healthz. */
  state = 'connecting';

  constructor(client: Client) {
    client.on(Events.ShardReady, () => this.set('ready'));
    client.on(Events.ShardResume, () => this.set('ready'));
    client.on(Events.ShardDisconnect, () => this.set('disconnected'));
    client.on(Events.ShardReconnecting, () => this.set('reconnecting'));
    client.on(Events.ShardError, () => this.set('error'));
  }

  get connected(): boolean {
    return this.state === 'ready';
  }

  private set(state: string): void {
    this.state = state;
  }
}

/** What the bot is made of so far: the server starts before the reports are loaded. */
export interface HealthSources {
  desk?: Newsdesk;
  client?: Client;
  gateway?: GatewayWatch;
}

/** The body of /healthz. */
export interface Health {
  ok: boolean;
  /** Why it is not ok; empty when it is. */
  reasons: string[];
  gateway: string;
  reports: number | null;
}

/** Healthy when logged in with the gateway connected and the index loaded; otherwise the reasons. */
export function health(sources: HealthSources): Health {
  const reasons: string[] = [];
  if (!sources.desk) reasons.push('the reports index is still loading');
  const gateway = sources.gateway?.state ?? 'not started';
  if (!sources.client?.isReady()) reasons.push('not logged in to Discord');
  else if (!sources.gateway?.connected) reasons.push(`the Discord gateway is ${gateway}`);
  return { ok: reasons.length === 0, reasons, gateway, reports: sources.desk?.counts().reports ?? null };
}

/** The running health and metrics server. */
export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * GET /healthz (200 or 503 with a JSON body saying why) and GET /metrics (Prometheus text)
 * on `host:port`. Anything else is a 404; the server answers only GET.
 */
export async function startHealthServer(
  host: string,
  port: number,
  sources: HealthSources,
  metrics: () => Promise<string>,
  logger: Logger,
): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      const body = health(sources);
      res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    if (req.method === 'GET' && path === '/metrics') {
      metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
          res.end(text);
        },
        (error: unknown) => {
          logger.error({ err: errorFields(error) }, 'metrics could not be collected');
          res.writeHead(500).end();
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ host, port: bound }, 'health and metrics server listening');
  return {
    port: bound,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
