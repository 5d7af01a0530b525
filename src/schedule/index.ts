/** Daily practice rounds: the use cases adapters call, and the scheduler the composition root runs. */
export * from './contract.ts';
export { createSchedules, type SchedulesDeps } from './schedules.ts';
export { createScheduler, DEFAULT_POSTS_PER_SECOND, sharedPostsPerSecond, type Scheduler, type SchedulerOptions, type TickReport } from './scheduler.ts';
export type { ScheduleLog } from './log.ts';
