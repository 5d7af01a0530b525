/** Who is at this terminal: the OS account unless a name is given. */
import { userInfo } from 'node:os';
import type { PracticeUser } from '../../src/practice/index.ts';

export function terminalUser(timeZone: string, name?: string): PracticeUser {
  let account = 'you';
  try {
    account = userInfo().username || account;
  } catch {
    // Some containers run as a uid with no passwd entry.
  }
  const id = name?.trim() || account;
  return { platform: 'terminal', platformUserId: id, displayName: id, timeZone };
}
