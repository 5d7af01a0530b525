/** What a user can ask of their own data: see all of it, delete all of it, choose to be named on boards. */
import type { MockStatus, ReviewCardRow, StoredAttempt, UserRow } from '../store/index.ts';
import type { PracticeDeps } from './deps.ts';
import type { PracticeUser } from './types.ts';

export type UserExport = {
  exportedAt: string;
  user: Omit<UserRow, 'id'> | null;
  attempts: Omit<StoredAttempt, 'id'>[];
  reviewCards: ReviewCardRow[];
  questionBests: { scope: string; period: string; questionId: string; best: number }[];
  standings: { scope: string; period: string; bestSum: number; questions: number }[];
  /** Mock interviews with their steps, scores, times and report cards. */
  mocks: { status: MockStatus; state: unknown; overall: number | null; createdAt: number; updatedAt: number; finishedAt: number | null }[];
};

export async function exportUser(deps: PracticeDeps, user: PracticeUser): Promise<UserExport> {
  const { store } = deps;
  const exportedAt = new Date(deps.clock.now()).toISOString();
  return store.read(async (tx) => {
    const row = await tx.users.find(user.platform, user.platformUserId);
    if (!row) return { exportedAt, user: null, attempts: [], reviewCards: [], questionBests: [], standings: [], mocks: [] };
    const { id, ...profile } = row;
    return {
      exportedAt,
      user: profile,
      attempts: (await tx.attempts.all(id)).map(({ id: _id, ...a }) => a),
      reviewCards: await tx.reviewCards.all(id),
      questionBests: await tx.standings.bestsOf(id),
      standings: await tx.standings.standingsOf(id),
      mocks: (await tx.mocks.all(id)).map(({ id: _id, userId: _user, state, ...m }) => ({ ...m, state: JSON.parse(state) as unknown })),
    };
  });
}

/** Removes the user and, through ON DELETE CASCADE, every row that refers to them: one transaction. */
export async function forgetUser(deps: PracticeDeps, user: PracticeUser): Promise<{ forgotten: boolean }> {
  const { store } = deps;
  const forgotten = await store.write(async (tx) => {
    const row = await tx.users.find(user.platform, user.platformUserId);
    return row ? (await tx.users.remove(row.id)) > 0 : false;
  });
  // secure_delete zeroed the rows in place; the scrub takes the old copies out of the WAL as well.
  const scrubbed = forgotten ? (await store.scrub()).complete : true;
  deps.log?.info({ event: 'user-forgotten', platform: user.platform, forgotten, scrubbed }, 'forget-me handled');
  return { forgotten };
}

export async function setShowName(deps: PracticeDeps, user: PracticeUser, show: boolean): Promise<void> {
  const { store } = deps;
  await store.write(async (tx) => tx.users.setShowName((await tx.users.ensure(user, deps.clock.now())).id, show));
}
