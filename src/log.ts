/** JSON logs (pino). Secrets are redacted wherever they appear; answer texts only ever at debug or below. */
import { pino, type DestinationStream, type Logger } from 'pino';

const SECRET_KEYS = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DATABASE_URL', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_INSTALLATION_KEY', 'clientSecret', 'stateSecret', 'sealed', 'refreshToken', 'access_token', 'token', 'signingSecret', 'appToken', 'authorization', 'password', 'connectionString'];
const ANSWER_KEYS = ['answer', 'text'];

const everywhere = (keys: string[]) => keys.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const verbose = level === 'debug' || level === 'trace';
  return pino(
    {
      level,
      base: { app: 'constraint-coach' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Answers are the candidate's own words: kept out of info-level logs even if a caller slips.
      redact: { paths: everywhere(verbose ? SECRET_KEYS : [...SECRET_KEYS, ...ANSWER_KEYS]), censor: '[redacted]' },
    },
    destination,
  );
}
