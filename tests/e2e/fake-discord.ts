/**
 * A local stand-in for Discord's REST API and gateway, enough for the real discord.js Client to
 * log in, receive interactions and answer them. Everything it receives is recorded so tests can
 * assert on the exact bodies Discord would have seen. Faults (gateway closes, invalid sessions,
 * REST 429 and 5xx) can be injected for resilience tests. Like Discord it recommends a shard
 * count, routes each guild's events to shard (guild_id >> 22) % count, keeps a session's events
 * to replay on RESUME, and accepts one callback per interaction.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. /interactions/1/abc/callback. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body, or null when there was none. */
  body: unknown;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
}

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  botUserId?: string;
  guilds: FakeGuild[];
  /** What GET /gateway/bot recommends; each IDENTIFY then names its shard as [id, count]. */
  shards?: number;
  /** session_start_limit.max_concurrency: how many shards may identify at once. */
  maxConcurrency?: number;
  /**
   * Keep every request in `requests` (the default). A soak of thousands of interactions turns it
   * off and listens through `onRequest` instead, so the fake's memory stays flat.
   */
  recordRequests?: boolean;
}

/** One gateway session: a shard's connection, its sequence and the events sent in it. */
interface GatewaySession {
  shard: number;
  socket: WebSocket | null;
  sessionId: string;
  sequence: number;
  /** Dispatches kept for RESUME, as Discord keeps them, most recent last; bounded. */
  backlog: { s: number; payload: Record<string, unknown> }[];
}

// Discord keeps a short backlog for a resuming session; the fake keeps the newest events.
const BACKLOG_LIMIT = 5_000;

/** A REST failure to serve instead of the normal answer, for the next `times` matching requests. */
export interface RestFault {
  method?: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
}

interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  pinned: boolean;
  webhookToken: string;
}

interface SentInteraction {
  channelId: string;
  /** The message whose component was used, for type 7 (update) callbacks. */
  messageId?: string;
  type: number;
}

type RestRoute = (match: RegExpExecArray, request: RecordedRequest) => { status: number; body?: unknown };

const GATEWAY_OPCODE = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

let snowflakeCounter = 0n;

/** Monotonic, well-formed snowflakes: discord.js derives timestamps from them. */
export function fakeSnowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1_420_070_400_000) << 22n) + snowflakeCounter).toString();
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayPayloads: { op: number; d: unknown; shard?: number }[] = [];
  readonly botUserId: string;
  readonly #options: FakeDiscordOptions;
  readonly #server: Server;
  readonly #gateway: WebSocketServer;
  readonly #messages = new Map<string, StoredMessage>();
  readonly #faults: RestFault[] = [];
  readonly #interactions = new Map<string, SentInteraction>();
  readonly #waiters = new Set<{ test: (request: RecordedRequest) => boolean; resolve: () => void }>();
  readonly #sessions = new Map<number, GatewaySession>();
  readonly #requestListeners = new Set<(request: RecordedRequest) => void>();
  /** Successful callbacks per interaction token: Discord accepts one, and refuses any other. */
  readonly #acknowledged = new Map<string, number>();
  #identifyCloseCode: number | null = null;
  /** The shard count the bot identified with; Discord routes guilds by it, whatever it recommended. */
  #identifiedShardCount: number | null = null;
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.#options = options;
    this.botUserId = options.botUserId ?? fakeSnowflake();
    this.#server = createServer((request, response) => void this.#handleHttp(request, response));
    this.#gateway = new WebSocketServer({ server: this.#server });
    this.#gateway.on('connection', (socket) => this.#handleGateway(socket));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** A fake with one server holding one text channel, where most tests ask their questions. */
  static async withOneServer(
    credentials: { token: string; applicationId: string },
    where: { guildId: string; channelId: string },
  ): Promise<FakeDiscord> {
    return FakeDiscord.start({
      ...credentials,
      guilds: [{ id: where.guildId, name: 'Newsroom', channels: [{ id: where.channelId, name: 'news' }] }],
    });
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  get shardCount(): number {
    return this.#options.shards ?? 1;
  }

  /** The shard Discord routes a guild's events to: (guild_id >> 22) % shard count. */
  shardForGuild(guildId: string | null | undefined): number {
    if (!guildId) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(this.#identifiedShardCount ?? this.shardCount));
  }

  /** Called with every REST request once it is answered, whether or not requests are recorded. */
  onRequest(listener: (request: RecordedRequest) => void): () => void {
    this.#requestListeners.add(listener);
    return () => this.#requestListeners.delete(listener);
  }

  /** How many callbacks Discord would have accepted for an interaction: 1 when answered once. */
  acknowledgements(token: string): number {
    return this.#acknowledged.get(token) ?? 0;
  }

  /**
   * Drops what the fake keeps for an answered interaction (its messages and where it was asked),
   * keeping only its count of acknowledgements, so a long soak measures the bot's memory, not
   * the fake's.
   */
  forget(token: string): void {
    this.#interactions.delete(token);
    for (const [id, message] of this.#messages) {
      if (message.webhookToken === token || message.webhookToken === `followup:${token}`)
        this.#messages.delete(id);
    }
  }

  /** Whether a shard has a live, identified connection. */
  isConnected(shard = 0): boolean {
    return this.#sessions.get(shard)?.socket != null;
  }

  async stop(): Promise<void> {
    for (const client of this.#gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.#gateway.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---- fault injection -------------------------------------------------------------------------

  /** Serve `fault` instead of the normal answer to the next matching REST requests. */
  failRest(fault: RestFault): void {
    this.#faults.push({ times: 1, ...fault });
  }

  /** Close the gateway connection with a close code (4000, 4004, 4009, 4014, 1006 …). */
  closeGateway(code: number, reason = 'closed by the fake', shard = 0): void {
    const session = this.#sessions.get(shard);
    const socket = session?.socket;
    if (!session || !socket) return;
    // Events from here on wait in the backlog for a RESUME, as Discord's do.
    session.socket = null;
    if (code === 1006) socket.terminate();
    else socket.close(code, reason);
  }

  /** Close the connection with `code` at the next IDENTIFY, as Discord does for a bad token (4004). */
  failNextIdentify(code: number): void {
    this.#identifyCloseCode = code;
  }

  /** Opcode 9: the session is invalid; `resumable` says whether the client may resume. */
  invalidateSession(resumable: boolean, shard = 0): void {
    const session = this.#sessions.get(shard);
    if (!session?.socket) return;
    session.socket.send(
      JSON.stringify({ op: GATEWAY_OPCODE.invalidSession, s: null, t: null, d: resumable }),
    );
    // Once told its session is invalid, a client must identify again; nothing more is sent to it.
    if (!resumable) this.#sessions.delete(shard);
    else session.socket = null;
  }

  /** Opcode 7: ask the client to reconnect and resume. */
  requestReconnect(shard = 0): void {
    const session = this.#sessions.get(shard);
    if (!session?.socket) return;
    session.socket.send(JSON.stringify({ op: GATEWAY_OPCODE.reconnect, s: null, t: null, d: null }));
    session.socket = null;
  }

  identifyCount(): number {
    return this.gatewayPayloads.filter((payload) => payload.op === GATEWAY_OPCODE.identify).length;
  }

  // ---- driving the bot -------------------------------------------------------------------------

  /**
   * Sends a dispatch event over a shard's gateway session. While the shard is disconnected the
   * event waits in the session's backlog and is replayed on RESUME; a new IDENTIFY loses it, as
   * on Discord.
   */
  dispatch(event: string, data: unknown, shard = 0): void {
    const session = this.#sessions.get(shard);
    if (!session) return;
    session.sequence += 1;
    const payload = { op: GATEWAY_OPCODE.dispatch, t: event, s: session.sequence, d: data };
    session.backlog.push({ s: session.sequence, payload });
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    session.socket?.send(JSON.stringify(payload));
  }

  /** Delivers an interaction as Discord does: an INTERACTION_CREATE with a fresh id and token. */
  interact(payload: Record<string, unknown>): { id: string; token: string } {
    const id = fakeSnowflake();
    const token = `itoken-${randomBytes(12).toString('hex')}`;
    const message = payload.message as { id?: string } | undefined;
    this.#interactions.set(token, {
      channelId: String(payload.channel_id ?? '0'),
      ...(message?.id ? { messageId: message.id } : {}),
      type: Number(payload.type ?? 2),
    });
    this.dispatch(
      'INTERACTION_CREATE',
      {
        id,
        token,
        application_id: this.#options.applicationId,
        version: 1,
        locale: 'en-GB',
        guild_locale: 'en-GB',
        entitlements: [],
        ...payload,
      },
      this.shardForGuild(payload.guild_id as string | undefined),
    );
    return { id, token };
  }

  /** Resolves with the first request, past or future, that satisfies `test`. */
  async waitForRequest(
    test: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    const existing = this.requests.find(test);
    if (existing) return existing;
    let timer: NodeJS.Timeout | undefined;
    let waiter: { test: (request: RecordedRequest) => boolean; resolve: () => void } | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        waiter = { test, resolve };
        this.#waiters.add(waiter);
        timer = setTimeout(() => reject(new Error(`no matching request within ${timeoutMs} ms`)), timeoutMs);
      });
    } finally {
      clearTimeout(timer);
      if (waiter) this.#waiters.delete(waiter);
    }
    const found = this.requests.find(test);
    if (!found) throw new Error('request vanished');
    return found;
  }

  /** Every request made with an interaction's token, in order. */
  requestsFor(token: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.includes(token));
  }

  /** The message a token's original response currently shows. */
  originalMessage(token: string): StoredMessage | undefined {
    return [...this.#messages.values()].find((message) => message.webhookToken === token);
  }

  message(id: string): StoredMessage | undefined {
    return this.#messages.get(id);
  }

  // ---- REST -------------------------------------------------------------------------------------

  async #handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''),
      query: url.searchParams,
      headers: request.headers,
      body: parseJson(raw, request.headers['content-type']),
      status: 0,
    };
    const { status, body, headers } = this.#answer(recorded);
    recorded.status = status;
    if (this.#options.recordRequests !== false) this.requests.push(recorded);
    for (const listener of this.#requestListeners) listener(recorded);
    // Like Discord, a 204 carries no body and no JSON content type (discord.js would parse it).
    response.writeHead(
      status,
      body === undefined ? { ...headers } : { 'content-type': 'application/json', ...headers },
    );
    response.end(body === undefined ? undefined : JSON.stringify(body));
    for (const waiter of this.#waiters) if (waiter.test(recorded)) waiter.resolve();
  }

  #answer(request: RecordedRequest): { status: number; body?: unknown; headers?: Record<string, string> } {
    const fault = this.#faults.find(
      (candidate) =>
        (candidate.times ?? 0) > 0 &&
        (candidate.method === undefined || candidate.method === request.method) &&
        candidate.path.test(request.path),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return {
        status: fault.status,
        body: fault.body ?? { message: 'injected failure', code: 0 },
        headers: fault.headers ?? {},
      };
    }
    if (!request.path.startsWith('/interactions/') && !request.path.startsWith('/webhooks/')) {
      if (request.headers.authorization !== `Bot ${this.#options.token}`) {
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      }
    }
    for (const [method, pattern, route] of this.#routes()) {
      if (method !== request.method) continue;
      const match = pattern.exec(request.path);
      if (match) return route(match, request);
    }
    return { status: 404, body: { message: 'Unknown route in the fake', code: 0 } };
  }

  #routes(): [string, RegExp, RestRoute][] {
    return [
      [
        'GET',
        /^\/gateway\/bot$/,
        () => ({
          status: 200,
          body: {
            url: this.gatewayUrl,
            shards: this.shardCount,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 0,
              max_concurrency: this.#options.maxConcurrency ?? 1,
            },
          },
        }),
      ],
      ['GET', /^\/users\/@me$/, () => ({ status: 200, body: this.#botUser() })],
      [
        'PUT',
        /^\/applications\/(\d+)\/(?:guilds\/\d+\/)?commands$/,
        (match, request) => this.#registerCommands(match, request),
      ],
      [
        'POST',
        /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
        (match, request) => this.#callback(match, request),
      ],
      ['GET', /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/, (match) => this.#original(match[1] ?? '')],
      [
        'PATCH',
        /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/,
        (match, request) => this.#editOriginal(match, request),
      ],
      [
        'DELETE',
        /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/,
        (match) => this.#deleteOriginal(match[1] ?? ''),
      ],
      ['POST', /^\/webhooks\/\d+\/([^/]+)$/, (match, request) => this.#followUp(match, request)],
      ['PUT', /^\/channels\/(\d+)\/(?:messages\/)?pins\/(\d+)$/, (match) => this.#pin(match)],
    ];
  }

  #registerCommands(match: RegExpExecArray, request: RecordedRequest): { status: number; body: unknown } {
    const commands = Array.isArray(request.body) ? (request.body as Record<string, unknown>[]) : [];
    return {
      status: 200,
      body: commands.map((command) => ({
        id: fakeSnowflake(),
        application_id: match[1],
        version: fakeSnowflake(),
        default_member_permissions: null,
        type: 1,
        ...command,
      })),
    };
  }

  #callback(match: RegExpExecArray, request: RecordedRequest): { status: number; body?: unknown } {
    const token = match[2] ?? '';
    const callback = request.body as { type: number; data?: Record<string, unknown> };
    const interaction = this.#pendingInteraction(token);
    const acknowledged = this.#acknowledged.get(token) ?? 0;
    if (acknowledged > 0) {
      this.#acknowledged.set(token, acknowledged + 1);
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    }
    this.#acknowledged.set(token, 1);
    let message: StoredMessage | undefined;
    // 4 reply, 5 deferred reply, 7 update the component's message.
    if (callback.type === 4 || callback.type === 5) {
      message = this.#storeMessage(token, interaction?.channelId ?? '0', callback.data ?? {});
    } else if (callback.type === 7 && interaction?.messageId) {
      message = this.#messages.get(interaction.messageId);
      if (message) Object.assign(message, pickMessageFields(callback.data ?? {}));
    }
    if (request.query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: { id: match[1], type: interaction?.type ?? 2, response_message_id: message?.id },
        resource: message
          ? { type: callback.type, message: this.#toApiMessage(message) }
          : { type: callback.type },
      },
    };
  }

  #original(token: string): { status: number; body: unknown } {
    const message = this.originalMessage(token);
    return message
      ? { status: 200, body: this.#toApiMessage(message) }
      : { status: 404, body: { message: 'Unknown Message', code: 10008 } };
  }

  #editOriginal(match: RegExpExecArray, request: RecordedRequest): { status: number; body: unknown } {
    const message = this.originalMessage(match[1] ?? '');
    if (!message) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    Object.assign(message, pickMessageFields((request.body ?? {}) as Record<string, unknown>));
    return { status: 200, body: this.#toApiMessage(message) };
  }

  #deleteOriginal(token: string): { status: number } {
    const message = this.originalMessage(token);
    if (message) this.#messages.delete(message.id);
    return { status: message ? 204 : 404 };
  }

  #followUp(match: RegExpExecArray, request: RecordedRequest): { status: number; body: unknown } {
    const token = match[1] ?? '';
    const channelId = this.#pendingInteraction(token)?.channelId ?? '0';
    const message = this.#storeMessage(
      `followup:${token}`,
      channelId,
      (request.body ?? {}) as Record<string, unknown>,
    );
    return { status: 200, body: this.#toApiMessage(message) };
  }

  #pin(match: RegExpExecArray): { status: number; body?: unknown } {
    const message = this.#messages.get(match[2] ?? '');
    if (!message || message.channel_id !== match[1]) {
      return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    }
    message.pinned = true;
    return { status: 204 };
  }

  #storeMessage(token: string, channelId: string, data: Record<string, unknown>): StoredMessage {
    const message: StoredMessage = {
      id: fakeSnowflake(),
      channel_id: channelId,
      content: '',
      embeds: [],
      components: [],
      flags: 0,
      pinned: false,
      webhookToken: token,
      ...pickMessageFields(data),
    };
    this.#messages.set(message.id, message);
    return message;
  }

  #toApiMessage(message: StoredMessage): Record<string, unknown> {
    return {
      id: message.id,
      channel_id: message.channel_id,
      author: { ...this.#botUser() },
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      flags: message.flags,
      pinned: message.pinned,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      type: 20,
      webhook_id: this.#options.applicationId,
      application_id: this.#options.applicationId,
    };
  }

  #pendingInteraction(token: string): SentInteraction | undefined {
    return this.#interactions.get(token);
  }

  // ---- gateway ----------------------------------------------------------------------------------

  #handleGateway(socket: WebSocket): void {
    socket.on('message', (raw) => this.#handleGatewayPayload(socket, JSON.parse(String(raw))));
    socket.on('close', () => {
      for (const session of this.#sessions.values()) if (session.socket === socket) session.socket = null;
    });
    socket.send(
      JSON.stringify({ op: GATEWAY_OPCODE.hello, s: null, t: null, d: { heartbeat_interval: 41_250 } }),
    );
  }

  #handleGatewayPayload(socket: WebSocket, payload: { op: number; d: unknown }): void {
    switch (payload.op) {
      case GATEWAY_OPCODE.heartbeat:
        this.gatewayPayloads.push({ op: payload.op, d: payload.d });
        socket.send(JSON.stringify({ op: GATEWAY_OPCODE.heartbeatAck, s: null, t: null, d: null }));
        return;
      case GATEWAY_OPCODE.identify:
        this.#identify(socket, payload.d as { token: string; shard?: [number, number] });
        return;
      case GATEWAY_OPCODE.resume:
        this.#resume(socket, payload.d as { session_id: string; seq: number | null });
        return;
      default:
        this.gatewayPayloads.push({ op: payload.op, d: payload.d });
        return;
    }
  }

  #identify(socket: WebSocket, identify: { token: string; shard?: [number, number] }): void {
    const [shard, count] = identify.shard ?? [0, 1];
    this.gatewayPayloads.push({ op: GATEWAY_OPCODE.identify, d: identify, shard });
    const closeCode = identify.token === this.#options.token ? this.#identifyCloseCode : 4004;
    if (closeCode !== null) {
      this.#identifyCloseCode = null;
      socket.close(closeCode, 'Refused by the fake');
      return;
    }
    // Fewer shards than recommended is allowed, as on Discord below 2,500 guilds.
    if (count < 1 || shard < 0 || shard >= count) {
      socket.close(4010, 'Invalid shard');
      return;
    }
    this.#identifiedShardCount = count;
    const session: GatewaySession = {
      shard,
      socket,
      sessionId: randomBytes(16).toString('hex'),
      sequence: 0,
      backlog: [],
    };
    this.#sessions.set(shard, session);
    const guilds = this.#options.guilds.filter((guild) => this.shardForGuild(guild.id) === shard);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: this.#botUser(),
        guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
        session_id: session.sessionId,
        resume_gateway_url: this.gatewayUrl,
        shard: [shard, count],
        application: { id: this.#options.applicationId, flags: 0 },
      },
      shard,
    );
    for (const guild of guilds) this.dispatch('GUILD_CREATE', this.#guildPayload(guild), shard);
  }

  /** Replays what the session missed after `seq`, then RESUMED; an unknown session must identify. */
  #resume(socket: WebSocket, resume: { session_id: string; seq: number | null }): void {
    const session = [...this.#sessions.values()].find(
      (candidate) => candidate.sessionId === resume.session_id,
    );
    this.gatewayPayloads.push({ op: GATEWAY_OPCODE.resume, d: resume, shard: session?.shard });
    if (!session) {
      socket.send(JSON.stringify({ op: GATEWAY_OPCODE.invalidSession, s: null, t: null, d: false }));
      return;
    }
    session.socket = socket;
    const missed = session.backlog.filter((entry) => entry.s > (resume.seq ?? 0));
    for (const entry of missed) socket.send(JSON.stringify(entry.payload));
    this.dispatch('RESUMED', null, session.shard);
  }

  #botUser(): Record<string, unknown> {
    return {
      id: this.botUserId,
      username: 'Dossier',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0,
    };
  }

  #guildPayload(guild: FakeGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: fakeSnowflake(),
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      system_channel_flags: 0,
      preferred_locale: 'en-GB',
      features: [],
      emojis: [],
      stickers: [],
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          permissions: '104324673',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: guild.channels.map((channel, position) => ({
        id: channel.id,
        type: 0,
        name: channel.name,
        guild_id: guild.id,
        position,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      })),
      members: [
        {
          user: this.#botUser(),
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      ],
      member_count: 2,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      voice_states: [],
      presences: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }
}

function pickMessageFields(data: Record<string, unknown>): Partial<StoredMessage> {
  const picked: Partial<StoredMessage> = {};
  if (typeof data.content === 'string') picked.content = data.content;
  if (Array.isArray(data.embeds)) picked.embeds = data.embeds;
  if (Array.isArray(data.components)) picked.components = data.components;
  if (typeof data.flags === 'number') picked.flags = data.flags;
  return picked;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// discord.js sends JSON, or multipart with the JSON under payload_json when files are attached.
function parseJson(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return null;
  if (contentType?.startsWith('multipart/form-data')) {
    const match = /name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return match?.[1] ? JSON.parse(match[1]) : null;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
