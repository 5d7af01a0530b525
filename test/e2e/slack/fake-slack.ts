/**
 * A fake Slack on 127.0.0.1: the Web API methods the adapter calls (form or JSON bodies, as the real
 * WebClient sends them), response_url hooks, and the file upload URL. Every call is recorded; a test can
 * answer any method its own way (an error, a 429) with `answer`.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** `token`: the bearer token the call was made with (which workspace's install). */
export type Call = { method: string; body: Record<string, any>; token?: string };
type Answer = (body: Record<string, any>) => { status?: number; headers?: Record<string, string>; json: unknown } | undefined;

export type FakeUser = { id: string; name: string; tz?: string; is_admin?: boolean; is_owner?: boolean };

/** Form fields the WebClient JSON-encodes (blocks, view, …) are decoded back for assertions. */
function parseForm(text: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export class FakeSlack {
  readonly calls: Call[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, { id: string; creator: string }>();
  /** Bot tokens of installed workspaces: auth.test answers with their team. */
  readonly tokens = new Map<string, { team_id: string; user_id: string; bot_id: string }>();
  private answers = new Map<string, Answer>();
  private server: Server | undefined;
  port = 0;

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  get apiUrl(): string {
    return `${this.base}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }

  /** Answers `method` with `fn` until `reset`; return undefined from `fn` to fall back to the default. */
  answer(method: string, fn: Answer): void {
    this.answers.set(method, fn);
  }

  reset(): void {
    this.answers.clear();
    this.calls.length = 0;
  }

  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  async waitFor(method: string, match: (c: Call) => boolean = () => true, timeoutMs = 5000): Promise<Call> {
    const start = Date.now();
    for (;;) {
      const found = this.calls.find((c) => c.method === method && match(c));
      if (found) return found;
      if (Date.now() - start > timeoutMs) throw new Error(`no ${method} call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private defaults(method: string, body: Record<string, any>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'coach', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        // Slack answers a post to a user id from the app's DM channel with that user.
        return { ok: true, channel: String(body.channel).startsWith('U') ? `D${String(body.channel).slice(1)}` : body.channel, ts: `${Date.now() / 1000}` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
        return { ok: true, view: { id: 'V1', hash: 'h1', ...(typeof body.view === 'object' ? body.view : {}) } };
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: 'V1', hash: 'h2' } };
      case 'users.info': {
        const u = this.users.get(body.user);
        return u ? { ok: true, user: { id: u.id, name: u.name, real_name: u.name, tz: u.tz ?? 'UTC', is_admin: !!u.is_admin, is_owner: !!u.is_owner, profile: { display_name: u.name } } } : { ok: false, error: 'user_not_found' };
      }
      case 'conversations.info': {
        const c = this.channels.get(body.channel);
        return c ? { ok: true, channel: { id: c.id, creator: c.creator, is_channel: true } } : { ok: false, error: 'channel_not_found' };
      }
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.base}/upload/F1`, file_id: 'F1' };
      case 'files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F1', title: body.files?.[0]?.title }] };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = req.url ?? '';
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (url.startsWith('/response/')) {
      this.calls.push({ method: 'response_url', body: { id: url.slice('/response/'.length), ...JSON.parse(raw.toString('utf8') || '{}') } });
      return send(200, { ok: true });
    }
    if (url.startsWith('/upload/')) {
      this.calls.push({ method: 'upload', body: { file: url.slice('/upload/'.length), content: raw.toString('utf8') } });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('OK');
      return;
    }
    const method = url.replace(/^\/api\//, '').split('?')[0]!;
    const text = raw.toString('utf8');
    const body = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text || '{}') : parseForm(text);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || undefined;
    this.calls.push({ method, body, ...(token ? { token } : {}) });
    const custom = this.answers.get(method)?.(body);
    if (custom) return send(custom.status ?? 200, custom.json, custom.headers);
    const installed = token ? this.tokens.get(token) : undefined;
    if (method === 'auth.test' && installed) return send(200, { ok: true, url: 'https://test.slack.com/', team: installed.team_id, user: 'coach', ...installed });
    send(200, this.defaults(method, body));
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.writeHead(500).end()));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }
}

/** Slack's request signing: v0= HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function sign(secret: string, body: string, timestamp: number): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}` };
}

export type Sent = { status: number; text: string; json: any };

export async function postToApp(port: number, secret: string, body: string, contentType: string, options: { timestamp?: number; badSignature?: boolean } = {}): Promise<Sent> {
  const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = { 'content-type': contentType, ...sign(options.badSignature ? 'f'.repeat(32) : secret, body, ts) };
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, text, json };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
