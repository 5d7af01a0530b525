/** The shapes every adapter passes to the practice use cases. */
import type { UserIdentity } from '../store/index.ts';

/**
 * A person on one platform. `platform` is 'terminal', 'discord' or 'slack'; the time zone is an IANA
 * name (the user's own if the platform tells us, else the configured default) and decides their streak days.
 */
export type PracticeUser = UserIdentity;

/** Raw filter values as typed by a user; the core checks them and names any that is wrong. */
export type QuestionFilters = {
  id?: string | undefined;
  difficulty?: string | undefined;
  phase?: string | undefined;
  stakeholder?: string | undefined;
  dimension?: string | undefined;
};

/**
 * Where an answer was given. A scope is a leaderboard's community: 'terminal', 'discord:<guild id>' or
 * 'slack:<team id>'. roundId ties the attempt to a daily round (issue 7).
 */
export type SubmitContext = { scope: string; roundId?: number | null | undefined };

export const TERMINAL_SCOPE = 'terminal';
