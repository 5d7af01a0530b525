/** The slice of a pino logger daily rounds use; answer texts and tokens are never passed to it. */
export type ScheduleLog = {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
};
