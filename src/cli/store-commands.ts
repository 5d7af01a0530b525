/** `store:copy --from <sqlite file> --to <postgres URL>`: move a community to PostgreSQL (see src/store/copy.ts). */
import { existsSync } from 'node:fs';
import { CopyConflictError, copySqliteToPostgres } from '../store/copy.ts';
import { isPostgresUrl, openSqlite, openStore, StoreError, type PostgresStore, type SqliteDb } from '../store/index.ts';
import { redactUrl } from '../store/postgres/index.ts';
import { CliError, EXIT_USAGE } from './errors.ts';
import type { Io } from './io.ts';

const n = (x: number) => x.toLocaleString('en-US');

export async function storeCopyCommand(o: { from: string; to: string; batch: number }, io: Io): Promise<number> {
  if (isPostgresUrl(o.from) || !isPostgresUrl(o.to)) throw new CliError('wrong-direction', 'store:copy copies a SQLite file (--from) into PostgreSQL (--to postgres://…)', EXIT_USAGE);
  if (!existsSync(o.from)) throw new CliError('no-database', `There is no database at ${o.from}.`);
  const to = redactUrl(o.to);
  let source: SqliteDb | undefined;
  let target: PostgresStore | undefined;
  try {
    // Opening applies any pending migration to both, so they hold the same schema version.
    source = openSqlite(o.from);
    target = (await openStore(o.to, { poolSize: 2 })) as PostgresStore;
    io.out(`Copying ${o.from} to ${to}`);
    let last = '';
    const result = await copySqliteToPostgres(source, target, {
      batch: o.batch,
      onProgress: ({ table, copied, total }) => {
        const line = `  ${table}: ${n(copied)} / ${n(total)}`;
        // One line per table at most every tenth of the way, so a million rows do not flood the screen.
        if (copied === total || Math.floor((10 * copied) / total) !== Math.floor((10 * (copied - o.batch)) / total)) {
          if (line !== last) io.out(line);
          last = line;
        }
      },
    });
    io.out(`Inserted ${n(result.inserted)} rows (rows already in the target were kept as they were).`);
    io.out('Row counts, source → target:');
    for (const c of result.counts) io.out(`  ${c.source === c.target ? 'ok  ' : 'DIFF'} ${c.table}: ${n(c.source)} → ${n(c.target)}`);
    if (!result.ok) throw new CliError('counts-differ', 'The counts differ: the target held other data before the copy, or the source changed during it. Copy into an empty database while the bots are stopped.');
    io.out('Done: every table has the same number of rows. Point DATABASE_URL at the target and restart the bots.');
    return 0;
  } catch (err) {
    if (err instanceof StoreError || err instanceof CopyConflictError) throw new CliError(err instanceof StoreError ? 'store-failed' : 'copy-conflict', `store:copy stopped: ${err.message}`);
    throw err;
  } finally {
    source?.close();
    await target?.close();
  }
}
