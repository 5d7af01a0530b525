/**
 * One node-cron job per active schedule, at its local time in its own zone, so rounds post on the
 * minute. The jobs only wake the scheduler: whether a round is due is decided from the store, because
 * node-cron skips a time that does not exist on a spring-forward day and may fire twice on fall-back.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { ScheduleRow } from '../store/index.ts';
import type { ScheduleLog } from './log.ts';
import { daysOf } from './weekdays.ts';

/** `30 9 * * 1,2,3,4,5` for 09:30 on weekdays. */
export function cronExpression(schedule: Pick<ScheduleRow, 'time' | 'weekdays'>): string {
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  return `${minute} ${hour} * * ${daysOf(schedule.weekdays).join(',')}`;
}

export type RoundJobs = {
  /** Makes the running jobs match these schedules: new ones start, changed ones restart, gone ones stop. */
  sync(schedules: readonly ScheduleRow[]): void;
  stopAll(): void;
  /** How many jobs run (for logs and tests). */
  size(): number;
  /** When each schedule's job fires next, by schedule id, as node-cron computes it in the schedule's zone. */
  nextFires(): Map<number, Date | null>;
};

export function createRoundJobs(wake: () => void, log?: ScheduleLog): RoundJobs {
  const jobs = new Map<number, { key: string; task: ScheduledTask }>();
  // node-cron's own warnings (a missed beat when the event loop was blocked) go to our log.
  const logger = {
    info: () => {},
    debug: () => {},
    warn: (message: string) => log?.warn({ event: 'cron-warning', detail: message }, 'node-cron warning'),
    error: (message: string | Error) => log?.error({ event: 'cron-error', err: message }, 'node-cron error'),
  };
  const stop = (id: number) => {
    const job = jobs.get(id);
    jobs.delete(id);
    try {
      void job?.task.destroy();
    } catch (err) {
      log?.error({ event: 'cron-stop-failed', schedule: id, err }, 'could not stop a round job');
    }
  };
  return {
    sync(schedules) {
      const wanted = new Map(schedules.map((s) => [s.id, s]));
      for (const id of [...jobs.keys()]) if (!wanted.has(id)) stop(id);
      for (const s of schedules) {
        const key = `${cronExpression(s)} ${s.timeZone}`;
        if (jobs.get(s.id)?.key === key) continue;
        stop(s.id);
        try {
          const task = cron.schedule(key.slice(0, key.lastIndexOf(' ')), () => wake(), { timezone: s.timeZone, name: `round-${s.id}`, unref: true, logger });
          jobs.set(s.id, { key, task });
        } catch (err) {
          // The sweep still posts this schedule's rounds; a job that cannot start must not stop the others.
          log?.error({ event: 'cron-start-failed', schedule: s.id, err }, 'could not start a round job');
        }
      }
    },
    stopAll() {
      for (const id of [...jobs.keys()]) stop(id);
    },
    size: () => jobs.size,
    nextFires: () => new Map([...jobs].map(([id, job]) => [id, job.task.getNextRun()])),
  };
}
