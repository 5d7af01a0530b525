/** What a user can ask of their own data: see all of it, delete all of it, choose to be named on boards. */
import type { ReviewCardRow, StoredAttempt, UserRow } from '../store/index.ts';
import type { PracticeDeps } from './deps.ts';
import type { PracticeUser } from './types.ts';

export type UserExport = {
  exportedAt: string;
  user: Omit<UserRow, 'id'> | null;
  attempts: Omit<StoredAttempt, 'id'>[];
  reviewCards: ReviewCardRow[];
  questionBests: { scope: string; period: string; questionId: string; best: number }[];
  standings: { scope: string; period: string; bestSum: number; questions: number }[];
};

export function exportUser(deps: PracticeDeps, user: PracticeUser): UserExport {
  const { store } = deps;
  const exportedAt = new Date(deps.clock.now()).toISOString();
  return store.read(() => {
    const row = store.users.find(user.platform, user.platformUserId);
    if (!row) return { exportedAt, user: null, attempts: [], reviewCards: [], questionBests: [], standings: [] };
    const { id, ...profile } = row;
    return {
      exportedAt,
      user: profile,
      attempts: store.attempts.all(id).map(({ id: _id, ...a }) => a),
      reviewCards: store.reviewCards.all(id),
      questionBests: store.standings.bestsOf(id),
      standings: store.standings.standingsOf(id),
    };
  });
}

/** Removes the user and, through ON DELETE CASCADE, every row that refers to them. */
export function forgetUser(deps: PracticeDeps, user: PracticeUser): { forgotten: boolean } {
  const { store } = deps;
  const forgotten = store.write(() => {
    const row = store.users.find(user.platform, user.platformUserId);
    return row ? store.users.remove(row.id) > 0 : false;
  });
  // secure_delete zeroed the rows in place; the scrub takes the old copies out of the WAL as well.
  const scrubbed = forgotten ? store.scrub().complete : true;
  deps.log?.info({ event: 'user-forgotten', platform: user.platform, forgotten, scrubbed }, 'forget-me handled');
  return { forgotten };
}

export function setShowName(deps: PracticeDeps, user: PracticeUser, show: boolean): void {
  const { store } = deps;
  store.write(() => store.users.setShowName(store.users.ensure(user, deps.clock.now()).id, show));
}
