/**
 * Who a Slack user is for the practice core: their name and, unlike Discord, their own time zone
 * (users.info `tz`), which decides their streak days. Looked up once per ten minutes per user, since
 * users.info is rate limited and a name or zone rarely changes.
 */
import type { webApi } from '@slack/bolt';
import type { PracticeUser } from '../../src/practice/index.ts';
import { isTimeZone } from '../../src/practice/days.ts';

type Client = Pick<webApi.WebClient, 'users'>;

export type People = {
  /** Never fails: without users:read or on a Slack hiccup, the name Slack sent and the default zone. */
  user(client: Client, userId: string, fallbackName?: string): Promise<PracticeUser>;
};

const TTL_MS = 10 * 60_000;
const MAX_CACHED = 10_000;

export function createPeople(defaultTimeZone: string, log: { warn(fields: object, message: string): void }, now: () => number = Date.now): People {
  const cache = new Map<string, { user: PracticeUser; at: number }>();
  return {
    async user(client, userId, fallbackName) {
      const hit = cache.get(userId);
      if (hit && now() - hit.at < TTL_MS) return hit.user;
      let user: PracticeUser = { platform: 'slack', platformUserId: userId, displayName: fallbackName || userId, timeZone: hit?.user.timeZone ?? defaultTimeZone };
      try {
        const info = await client.users.info({ user: userId });
        const u = info.user;
        const name = u?.profile?.display_name || u?.real_name || u?.name || user.displayName;
        const tz = u?.tz && isTimeZone(u.tz) ? u.tz : user.timeZone;
        user = { ...user, displayName: name, timeZone: tz };
      } catch (err) {
        log.warn({ event: 'slack-users-info-failed', error: (err as { data?: { error?: string } }).data?.error ?? (err as Error).name }, 'users.info failed; using the default time zone');
        return user;
      }
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      cache.set(userId, { user, at: now() });
      return user;
    },
  };
}
