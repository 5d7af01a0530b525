/**
 * A local stand-in for Discord: REST (HTTP) and the gateway (WebSocket) on one 127.0.0.1 port, enough
 * for the real discord.js client to log in, receive interactions and answer them. Every REST request
 * is recorded; tests push interactions and wait for the requests they expect.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '900000000000000001';
export const BOT_ID = '900000000000000002';
export const GUILD_ID = '800000000000000001';
export const CHANNEL_ID = '700000000000000001';
/** A token of the length the config asks for; never a real one. */
export const FAKE_TOKEN = `fake.${'x'.repeat(60)}`;

export type Recorded = {
  method: string;
  path: string;
  query: URLSearchParams;
  /** JSON body, or `payload_json` of a multipart body. */
  body: any;
  /** Files of a multipart body, by form field name. */
  files: { name: string; filename: string; type: string; data: Buffer }[];
  status: number;
  /** performance.now() when the fake finished answering. */
  answeredAt: number;
};

/** What a route override answers; `undefined` lets the default handling run. */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number } | undefined;
type Override = (req: Recorded) => Reply;

let counter = 0n;
/** Snowflake-looking ids, increasing, unique per process. */
export const snowflake = () => String(1_300_000_000_000_000_000n + ++counter);

/** A message as Discord returns it for one the bot sent (also the message a clicked button sits on). */
export function botMessage(channelId: string, body: any) {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    content: body?.content ?? '',
    author: { id: BOT_ID, username: 'coach', discriminator: '0', avatar: null, bot: true, global_name: null },
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
    webhook_id: APP_ID,
    application_id: APP_ID,
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** `shards`: what GET /gateway/bot recommends (the bot opens that many gateway connections). */
export async function startFakeDiscord(options: { shards?: number } = {}) {
  const shardCount = options.shards ?? 1;
  const requests: Recorded[] = [];
  /** The `shard` field of each IDENTIFY: [id, count]. */
  const identified: [number, number][] = [];
  const waiters: { match: (r: Recorded) => boolean; done: (r: Recorded) => void }[] = [];
  const overrides: Override[] = [];
  const sockets = new Set<WebSocket>();
  /** Which shard each gateway connection identified as. */
  const shardOf = new Map<WebSocket, number>();
  let seq = 1;

  const record = (r: Recorded) => {
    requests.push(r);
    for (const w of [...waiters]) {
      if (w.match(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(r);
      }
    }
  };

  const message = (channelId: string, body: any) => botMessage(channelId, body);

  async function readBody(req: IncomingMessage, url: URL): Promise<{ body: any; files: Recorded['files'] }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (raw.length === 0) return { body: null, files: [] };
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request(url, { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      const files: Recorded['files'] = [];
      let body: any = null;
      for (const [name, value] of form) {
        if (typeof value === 'string') {
          if (name === 'payload_json') body = JSON.parse(value);
        } else files.push({ name, filename: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
      return { body, files };
    }
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  }

  function defaultReply(r: Recorded): Reply & {} {
    const p = r.path;
    if (r.method === 'GET' && p === '/api/v10/gateway/bot') {
      return { status: 200, body: { url: `ws://127.0.0.1:${port}`, shards: shardCount, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 } } };
    }
    // Interaction callbacks: 204 with no content-type (discord.js would try to parse an empty JSON body).
    if (r.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return { status: 204 };
    let m = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.exec(p);
    if (m && (r.method === 'PATCH' || r.method === 'GET')) return { status: 200, body: message(CHANNEL_ID, r.body) };
    if (m && r.method === 'DELETE') return { status: 204 };
    if (r.method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(p)) return { status: 200, body: message(CHANNEL_ID, r.body) };
    m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(p);
    if (m && r.method === 'POST') return { status: 200, body: message(m[1]!, r.body) };
    if (r.method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      return { status: 200, body: (r.body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })) };
    }
    return { status: 404, body: { message: 'Unknown route in fake Discord', code: 0 } };
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { body, files } = await readBody(req, url);
    const r: Recorded = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, body, files, status: 0, answeredAt: 0 };
    let reply: Reply;
    for (const o of overrides) if ((reply = o(r))) break;
    reply ??= defaultReply(r);
    r.status = reply.status;
    record(r);
    if (reply.delayMs) await new Promise((done) => setTimeout(done, reply.delayMs));
    r.answeredAt = performance.now();
    if (reply.body === undefined) {
      res.writeHead(reply.status, reply.headers ?? {});
      res.end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    }
  });

  const gateway = new WebSocketServer({ server });
  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      shardOf.delete(socket);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(raw.toString());
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        identified.push(packet.d.shard ?? [0, 1]);
        shardOf.set(socket, (packet.d.shard ?? [0, 1])[0]);
        socket.send(JSON.stringify({
          op: 0,
          s: seq++,
          t: 'READY',
          d: {
            v: 10,
            user: { id: BOT_ID, username: 'coach', discriminator: '0', avatar: null, bot: true, global_name: null },
            guilds: [],
            session_id: randomBytes(8).toString('hex'),
            resume_gateway_url: `ws://127.0.0.1:${port}`,
            application: { id: APP_ID, flags: 0 },
          },
        }));
      }
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    api: `http://127.0.0.1:${port}/api`,
    requests,
    identified,
    /** Answers matching requests differently, e.g. a 429 once; return undefined to fall through. */
    override(o: Override): void {
      overrides.push(o);
    },
    /** Shards with an open gateway connection now. */
    connectedShards: () => [...shardOf.values()].sort(),
    /**
     * Sends an INTERACTION_CREATE over one gateway connection; returns the interaction's id and token.
     * `shard`: the connection that identified as that shard (where Discord sends a guild's events).
     */
    dispatch(d: Record<string, unknown>, shard?: number): { id: string; token: string } {
      const id = (d.id as string | undefined) ?? snowflake();
      const token = (d.token as string | undefined) ?? `tok-${randomBytes(12).toString('hex')}`;
      const packet = JSON.stringify({ op: 0, s: seq++, t: 'INTERACTION_CREATE', d: { ...d, id, token } });
      // Like Discord, one shard gets it: the one asked for, else the last to connect (with several, a shard other than 0).
      const socket = shard === undefined ? [...sockets].at(-1) : [...shardOf].find(([, s]) => s === shard)?.[0];
      if (!socket) throw new Error(`fake Discord: no gateway connection for shard ${shard}`);
      socket.send(packet);
      return { id, token };
    },
    /** The first recorded request (already seen or still to come) that matches. */
    waitFor(match: (r: Recorded) => boolean, timeoutMs = 10_000): Promise<Recorded> {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`fake Discord: no matching request within ${timeoutMs} ms; saw ${requests.map((q) => `${q.method} ${q.path}`).join(', ')}`)), timeoutMs);
        waiters.push({ match, done: (r) => (clearTimeout(timer), done(r)) });
      });
    },
    async close(): Promise<void> {
      for (const s of sockets) s.terminate();
      gateway.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
