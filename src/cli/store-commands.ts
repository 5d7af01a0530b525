/** `store:copy --from <sqlite file> --to <postgres URL>`: move a community to PostgreSQL (see src/store/copy.ts). */
import { existsSync } from 'node:fs';
import { CopyConflictError, copySqliteToPostgres } from '../store/copy.ts';
import { isPostgresUrl, openSqlite, openStore, StoreError, type PostgresStore } from '../store/index.ts';
import { redactUrl } from '../store/postgres/index.ts';
import { parse, UsageError, type Io } from './args.ts';

const n = (x: number) => x.toLocaleString('en-US');

export async function storeCopyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.from || !values.to) throw new UsageError('store:copy needs --from <SQLite file> and --to <postgres:// URL>');
  if (isPostgresUrl(values.from) || !isPostgresUrl(values.to)) throw new UsageError('store:copy copies a SQLite file (--from) into PostgreSQL (--to postgres://…)');
  const batch = values.batch === undefined ? 2000 : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 4000) throw new UsageError('--batch must be a whole number from 1 to 4000');
  if (!existsSync(values.from)) {
    io.err(`There is no database at ${values.from}.`);
    return 1;
  }
  const to = redactUrl(values.to);
  let source;
  let target: PostgresStore | undefined;
  try {
    // Opening applies any pending migration to both, so they hold the same schema version.
    source = openSqlite(values.from);
    target = (await openStore(values.to, { poolSize: 2 })) as PostgresStore;
    io.out(`Copying ${values.from} to ${to}`);
    let last = '';
    const result = await copySqliteToPostgres(source, target, {
      batch,
      onProgress: ({ table, copied, total }) => {
        const line = `  ${table}: ${n(copied)} / ${n(total)}`;
        // One line per table at most every tenth of the way, so a million rows do not flood the screen.
        if (copied === total || Math.floor((10 * copied) / total) !== Math.floor((10 * (copied - batch)) / total)) {
          if (line !== last) io.out(line);
          last = line;
        }
      },
    });
    io.out(`Inserted ${n(result.inserted)} rows (rows already in the target were kept as they were).`);
    io.out('Row counts, source → target:');
    for (const c of result.counts) io.out(`  ${c.source === c.target ? 'ok  ' : 'DIFF'} ${c.table}: ${n(c.source)} → ${n(c.target)}`);
    if (!result.ok) {
      io.err('The counts differ: the target held other data before the copy, or the source changed during it. Copy into an empty database while the bots are stopped.');
      return 1;
    }
    io.out('Done: every table has the same number of rows. Point DATABASE_URL at the target and restart the bots.');
    return 0;
  } catch (err) {
    if (err instanceof StoreError || err instanceof CopyConflictError) {
      io.err(`store:copy stopped: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    source?.close();
    await target?.close();
  }
}
