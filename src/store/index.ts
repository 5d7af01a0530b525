/**
 * The store behind its port: SQLite (a file path; the embedded default) or PostgreSQL (a postgres://
 * URL). Use cases see only `Store` (port.ts); the engine is chosen here, once, from the configuration.
 */
import { openSqlite, sqliteStore, type SqliteStore, type StoreOptions } from './sqlite.ts';
import type { PostgresOptions, PostgresStore } from './postgres/index.ts';

export { StoreError } from './errors.ts';
export { openSqlite, sqliteStore, type SqliteDb, type SqliteStore, type StoreOptions } from './sqlite.ts';
export { TABLES, type Engine, type Store, type TableName, type Tables } from './port.ts';
export type { PostgresStore } from './postgres/index.ts';
export type { AttemptPoint, DimensionPercents, FollowUpPoint, NewAttempt, StoredAttempt } from './attempts.ts';
export type { MockRow, MockStatus, NewMock } from './mocks.ts';
export type { InstallationRow } from './installations.ts';
export type { ReviewCardRow } from './review-cards.ts';
export type { NewRound, RoundResultRow, RoundRow, RoundStatus } from './rounds.ts';
export type { ChannelKey, ScheduleFiltersRow, ScheduleRow, ScheduleSettings } from './schedules.ts';
export type { StandingRow } from './standings.ts';
export type { UserIdentity, UserRow } from './users.ts';

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * Opens the store at `location` and applies its migrations. PostgreSQL's client is loaded only when a
 * URL asks for it, so the embedded default never pays for it.
 */
export async function openStore(location: string, options: StoreOptions & PostgresOptions = {}): Promise<SqliteStore | PostgresStore> {
  if (isPostgresUrl(location)) return (await import('./postgres/index.ts')).openPostgres(location, options);
  return sqliteStore(openSqlite(location, options));
}
