import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One REST request the bot made. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  headers: IncomingMessage['headers'];
}

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
/** A second guild and its channel, on shard 1 of 2 (GUILD_ID is on shard 0): `(id >> 22) % shards`. */
export const SECOND_GUILD_ID = '210000000000000002';
export const SECOND_CHANNEL_ID = '310000000000000003';

/** The shard a guild's events go to, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A role of the fake guild with no permissions of its own (tests give it in REPORT_ROLE_IDS). */
export const REPORTER_ROLE_ID = '700000000000000007';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
/** A snowflake as Discord makes them: the time it was made, then a counter (so ids tell their age). */
export function nextId(): string {
  increment = (increment + 1n) & 0x3fffffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/**
 * A fake Discord on 127.0.0.1: REST over HTTP and the Gateway over WebSocket, enough of
 * both for the real discord.js client to log in, receive interactions and answer them.
 * Any route it does not know is recorded in `unknownRoutes` (tests assert it stays empty).
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly unknownRoutes: string[] = [];
  readonly identifies: any[] = [];
  /** RESUME payloads received (op 6). */
  readonly resumes: any[] = [];
  /** Heartbeat interval sent in HELLO, in ms. */
  heartbeatInterval = 41_250;
  /** The latest dispatches with their sequence numbers, replayed to a connection that resumes. */
  private readonly recent: Array<{ sequence: number; payload: string }> = [];
  /** When true, new gateway connections are refused (Discord unreachable), so a dropped one stays down. */
  refuseGateway = false;
  /** When false, heartbeats go unanswered (a zombie connection). */
  ackHeartbeats = true;
  /** Statuses for the next interaction callbacks (429 answers with retry_after). */
  readonly callbackFailures: number[] = [];
  /** The id of the message each message-creating request produced. */
  readonly sent = new Map<RecordedRequest, string>();
  /** Messages created in channels, as Discord keeps them (a nonce with enforce_nonce is honoured). */
  readonly channelMessages: Array<{ channelId: string; id: string; nonce?: string; body: any }> = [];
  /** Guild channels GET /channels/{id} knows, id → guild id (tests add channels of other servers). */
  readonly guildChannels = new Map<string, string>([[CHANNEL_ID, GUILD_ID]]);
  /** Statuses to answer the next channel posts with, before answering normally. */
  readonly channelFailures: number[] = [];
  /** The guilds the bot is in, each with one text channel. */
  guilds: Array<{ id: string; channelId: string }> = [{ id: GUILD_ID, channelId: CHANNEL_ID }];
  /** Shards Discord recommends in GET /gateway/bot (what SHARDS=auto starts). */
  recommendedShards = 1;
  /**
   * When set, a channel post is taken (the message exists, as when Discord got it) but its
   * answer waits until this promise settles: a process can be killed while its post is in flight.
   */
  holdChannelPosts: Promise<void> | null = null;
  /** The shard ([id, count]) each open gateway connection identified as. */
  private readonly shardOfSocket = new Map<WebSocket, [number, number]>();
  /** Attachment bytes served at /attachments/{id}/{name}, as Discord's CDN serves them. */
  private readonly files = new Map<string, Buffer>();
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private sequence = 0;
  private waiters: Array<{ test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];
  port = 0;

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      if (this.refuseGateway) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** What the bot gets as DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Resolves with the first request (made since request number `since`, or still to come) that passes the test. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000, since = 0): Promise<RecordedRequest> {
    const seen = this.requests.slice(since).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FakeDiscord: timed out waiting for a request')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /**
   * Keeps a file and gives the attachment object Discord sends for it; its URL is served on
   * 127.0.0.1. `declaredSize` is the size Discord claims (tests of the cap give a larger one).
   */
  attach(name: string, bytes: Uint8Array | string, declaredSize?: number): any {
    const id = nextId();
    const body = Buffer.from(bytes);
    this.files.set(id, body);
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(name)}`;
    return { id, filename: name, size: declaredSize ?? body.length, url, proxy_url: url };
  }

  /** Sends a Gateway dispatch to every connected client. */
  dispatch(event: string, data: unknown): void {
    const sequence = ++this.sequence;
    const payload = JSON.stringify({ op: 0, t: event, s: sequence, d: data });
    // kept for a RESUME, which replays what a dropped connection missed, as Discord does
    this.recent.push({ sequence, payload });
    if (this.recent.length > 1000) this.recent.shift();
    const guildId = (data as { guild_id?: string } | null)?.guild_id;
    for (const ws of this.sockets) if (this.receives(ws, guildId)) ws.send(payload);
  }

  /** Whether a connection gets a guild's events: each shard gets only its own guilds', as on Discord. */
  private receives(ws: WebSocket, guildId: string | undefined): boolean {
    const shard = this.shardOfSocket.get(ws);
    return !guildId || !shard || shardOf(guildId, shard[1]) === shard[0];
  }

  /** The shards ([id, count]) connected now. */
  get shards(): Array<[number, number]> {
    return [...this.sockets].flatMap((ws) => {
      const shard = this.shardOfSocket.get(ws);
      return shard ? [shard] : [];
    });
  }

  /** Closes every gateway connection with a close code (4000: resumable; 4009: session timed out). */
  closeGateway(code: number): void {
    for (const ws of this.sockets) ws.close(code, 'fake Discord closed the connection');
  }

  /** Sends a gateway opcode (7 RECONNECT, 9 INVALID SESSION) to every connection. */
  sendOp(op: number, d: unknown = null): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op, d }));
  }

  /** Connections open now. */
  get connections(): number {
    return this.sockets.size;
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOfSocket.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatInterval } }));
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.op === 1 && this.ackHeartbeats) ws.send(JSON.stringify({ op: 11 }));
      if (message.op === 6) {
        this.resumes.push(message.d);
        const since = Number(message.d?.seq ?? 0);
        for (const missed of this.recent) if (missed.sequence > since) ws.send(missed.payload);
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} }));
      }
      if (message.op === 2) {
        this.identifies.push(message.d);
        const shard: [number, number] = Array.isArray(message.d?.shard) ? message.d.shard : [0, 1];
        this.shardOfSocket.set(ws, shard);
        const mine = this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
        const ready = {
          v: 10,
          user: {
            id: BOT_ID,
            username: 'newsdesk',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
            flags: 0,
          },
          guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
          session_id: 'fake-session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
          shard,
        };
        ws.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.sequence, d: ready }));
        for (const g of mine)
          ws.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.sequence, d: guild(g.id, g.channelId) }));
      }
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = /^\/attachments\/(\d+)\//.exec(url.pathname);
    if (file && req.method === 'GET') {
      const bytes = this.files.get(file[1]!);
      res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(bytes ?? 'not found');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any = null;
    if (raw) {
      const type = req.headers['content-type'] ?? '';
      body = type.includes('application/json') ? JSON.parse(raw) : raw;
    }
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      headers: req.headers,
    };
    this.requests.push(request);
    const [status, payload] = this.route(request);
    if (this.holdChannelPosts && request.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path))
      await this.holdChannelPosts;
    if (payload && typeof payload === 'object' && 'channel_id' in payload && 'id' in payload)
      this.sent.set(request, (payload as { id: string }).id);
    if (payload && typeof payload === 'object' && 'resource' in payload)
      this.sent.set(request, (payload as any).resource.message.id);
    const headers: Record<string, string> = payload === undefined ? {} : { 'content-type': 'application/json' };
    if (status === 429) Object.assign(headers, { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' });
    res.writeHead(status, headers);
    res.end(payload === undefined ? undefined : JSON.stringify(payload));
    for (const waiter of [...this.waiters]) {
      if (waiter.test(request)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  private route(r: RecordedRequest): [number, unknown] {
    const { method, path } = r;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}`,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (r.body as any[]).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: '1' }))];
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      const failure = this.callbackFailures.shift();
      if (failure === 429) return [429, { message: 'You are being rate limited.', retry_after: 0.05, global: false }];
      if (failure) return [failure, { message: 'Server error', code: 0 }];
      if (r.query.get('with_response') === 'true') return [200, callbackResponse(path, r.body)];
      return [204, undefined];
    }
    if (
      (m = /^\/webhooks\/\d+\/[^/]+\/messages\/(?:@original|%40original)$/.exec(path)) &&
      (method === 'PATCH' || method === 'GET')
    ) {
      return [200, message(r.body ?? {})];
    }
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/(?:@original|%40original)$/.test(path))
      return [204, undefined];
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return [200, message(r.body ?? {})];
    if (method === 'GET' && (m = /^\/channels\/(\d+)$/.exec(path))) {
      const guildId = this.guildChannels.get(m[1]!);
      if (!guildId) return [404, { message: 'Unknown Channel', code: 10003 }];
      return [200, { id: m[1], type: 0, name: `news-${m[1]!.slice(-3)}`, position: 0, guild_id: guildId }];
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const failure = this.channelFailures.shift();
      if (failure === 429) return [429, { message: 'You are being rate limited.', retry_after: 0.05, global: false }];
      if (failure)
        return [
          failure,
          { message: failure === 404 ? 'Unknown Channel' : 'Server error', code: failure === 404 ? 10003 : 0 },
        ];
      const body = r.body ?? {};
      // Discord returns the message already sent with this nonce instead of a second one
      const same =
        body.enforce_nonce && body.nonce !== undefined
          ? this.channelMessages.find((x) => x.channelId === m![1] && x.nonce === String(body.nonce))
          : undefined;
      if (same) return [200, { ...message(same.body, m[1]), id: same.id }];
      const created = message(body, m[1]);
      this.channelMessages.push({
        channelId: m[1]!,
        id: created.id,
        ...(body.nonce !== undefined ? { nonce: String(body.nonce) } : {}),
        body,
      });
      return [200, created];
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      return [
        201,
        {
          id: nextId(),
          type: 11,
          guild_id: GUILD_ID,
          parent_id: m[1],
          name: r.body?.name ?? 'thread',
          owner_id: BOT_ID,
          thread_metadata: {
            archived: false,
            auto_archive_duration: 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
          message_count: 0,
          member_count: 1,
        },
      ];
    }
    this.unknownRoutes.push(`${method} ${path}`);
    return [404, { message: 'Unknown route in the fake Discord', code: 0 }];
  }
}

function guild(id = GUILD_ID, channelId = CHANNEL_ID) {
  return {
    id,
    name: 'Newsroom',
    icon: null,
    owner_id: '400000000000000004',
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    roles: [
      {
        id: REPORTER_ROLE_ID,
        name: 'Reporters',
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: [{ id: channelId, type: 0, name: 'news', position: 0, guild_id: id, permission_overwrites: [] }],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    joined_at: new Date(0).toISOString(),
    premium_tier: 0,
    preferred_locale: 'en-US',
    system_channel_flags: 0,
    nsfw_level: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
  };
}

/** What Discord answers a callback sent `with_response=true`: the interaction and the message it made. */
function callbackResponse(path: string, body: any) {
  const interactionId = path.split('/')[2];
  const sent = body?.data && body.type !== 5 ? message(body.data) : { ...message({}), flags: 128 };
  const ephemeral = Boolean((body?.data?.flags ?? 0) & 64);
  return {
    interaction: {
      id: interactionId,
      type: 2,
      response_message_id: sent.id,
      response_message_loading: body?.type === 5,
      response_message_ephemeral: ephemeral,
    },
    resource: { type: body?.type, message: sent },
  };
}

/** A message as Discord returns it for a body the bot sent (embeds and components kept). */
export function message(body: any, channelId = CHANNEL_ID) {
  return {
    id: nextId(),
    channel_id: channelId,
    guild_id: GUILD_ID,
    author: { id: BOT_ID, username: 'newsdesk', discriminator: '0', global_name: null, avatar: null, bot: true },
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
  };
}

/** Members: an admin (Manage Guild) and a plain member. */
export const ADMIN = { id: '500000000000000005', permissions: '32' };
export const MEMBER = { id: '600000000000000006', permissions: '1024' };
/** A plain member who has the reporters role. */
export const REPORTER = { id: '620000000000000062', permissions: '1024', roles: [REPORTER_ROLE_ID] };

let interactionCounter = 0;

/** An INTERACTION_CREATE payload as Discord sends it. */
export function interaction(
  type: 2 | 3 | 4,
  data: any,
  user: { id: string; permissions: string; roles?: string[] } = MEMBER,
  message?: any,
) {
  interactionCounter++;
  const payload: any = {
    id: nextId(),
    token: `token-${interactionCounter}-${Math.random().toString(36).slice(2)}`,
    application_id: APP_ID,
    type,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    member: {
      user: { id: user.id, username: `user${user.id.slice(-2)}`, discriminator: '0', global_name: null, avatar: null },
      roles: user.roles ?? [],
      permissions: user.permissions,
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    data,
  };
  if (message) payload.message = message;
  return payload;
}

/** A chat-input command interaction: `/name option:value …`. */
export function slash(name: string, options: Record<string, string | number | boolean> = {}, user = MEMBER) {
  return interaction(
    2,
    {
      id: nextId(),
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({
        name: n,
        type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
        value,
      })),
    },
    user,
  );
}

/** An option value of `subcommand`: text, number, boolean, an attachment (from `attach`) or a channel. */
export type SubcommandValue = string | number | boolean | { attachment: any } | { channel: string };

/**
 * A chat-input command with a subcommand: `/name sub option:value …`; attachments and channels
 * are sent as Discord sends them (the id as the value, the object under `resolved`).
 */
export function subcommand(
  name: string,
  sub: string,
  options: Record<string, SubcommandValue> = {},
  user: { id: string; permissions: string; roles?: string[] } = MEMBER,
) {
  const resolved: { attachments: Record<string, any>; channels: Record<string, any> } = {
    attachments: {},
    channels: {},
  };
  const values = Object.entries(options).map(([n, value]) => {
    if (typeof value === 'object' && 'attachment' in value) {
      resolved.attachments[value.attachment.id] = value.attachment;
      return { name: n, type: 11, value: value.attachment.id };
    }
    if (typeof value === 'object') {
      resolved.channels[value.channel] = { id: value.channel, type: 0, name: 'news', permissions: '2248473465835073' };
      return { name: n, type: 7, value: value.channel };
    }
    return { name: n, type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3, value };
  });
  return interaction(
    2,
    { id: nextId(), name, type: 1, options: [{ name: sub, type: 1, options: values }], resolved },
    user,
  );
}

/** An autocomplete interaction on an option of a subcommand. */
export function subAutocomplete(name: string, sub: string, focused: string, value: string, user = MEMBER) {
  const options = [{ name: sub, type: 1, options: [{ name: focused, type: 3, value, focused: true }] }];
  return interaction(4, { id: nextId(), name, type: 1, options }, user);
}

/** An autocomplete interaction with one focused option. */
export function autocomplete(name: string, focused: string, value: string, user = MEMBER) {
  return interaction(
    4,
    { id: nextId(), name, type: 1, options: [{ name: focused, type: 3, value, focused: true }] },
    user,
  );
}

/** A button press on a message the bot sent. */
export function button(customId: string, sourceMessage: any, user = MEMBER) {
  return interaction(3, { custom_id: customId, component_type: 2 }, user, sourceMessage);
}

/** A user who is neither the bot nor an admin, for chat messages. */
export const ASKER = {
  id: '610000000000000061',
  username: 'asker',
  discriminator: '0',
  global_name: null,
  avatar: null,
};

/** A MESSAGE_CREATE payload: in the guild channel unless `dmChannel` is given. */
export function chatMessage(
  content: string,
  options: {
    author?: any;
    mentionsBot?: boolean;
    replyTo?: string;
    dmChannel?: string;
    everyone?: boolean;
    roles?: string[];
    /** Files attached (objects from `FakeDiscord.attach`). */
    attachments?: any[];
    /** Roles of the author in the guild. */
    memberRoles?: string[];
  } = {},
) {
  const author = options.author ?? ASKER;
  const mentions =
    options.mentionsBot === false
      ? []
      : [{ id: BOT_ID, username: 'newsdesk', discriminator: '0', global_name: null, avatar: null, bot: true }];
  const payload: any = {
    id: nextId(),
    channel_id: options.dmChannel ?? CHANNEL_ID,
    channel_type: options.dmChannel ? 1 : 0,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: options.everyone ?? false,
    mentions,
    mention_roles: options.roles ?? [],
    attachments: options.attachments ?? [],
    embeds: [],
    pinned: false,
    type: options.replyTo ? 19 : 0,
    flags: 0,
  };
  if (!options.dmChannel) {
    payload.guild_id = GUILD_ID;
    payload.member = {
      roles: options.memberRoles ?? [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    };
  }
  if (options.replyTo)
    payload.message_reference = {
      type: 0,
      message_id: options.replyTo,
      channel_id: payload.channel_id,
      ...(options.dmChannel ? {} : { guild_id: GUILD_ID }),
    };
  return payload;
}
