/** The terminal platform: the interactive session of `npm start` with no tokens, and one attempt from the CLI. */
import { dirname, join, resolve } from 'node:path';
import { pino } from 'pino';
import { answerOnce, startTerminal, type OnceIo } from '../../adapters/terminal/index.ts';
import { terminalUser } from '../../adapters/terminal/user.ts';
import { openApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';

/** Where the terminal session logs: beside the database, since the session owns the screen. */
export const terminalLogFile = (config: Config) => join(dirname(resolve(config.DATABASE_PATH)), 'coach.log');

export async function runTerminal(config: Config, userName?: string): Promise<number> {
  // Warnings and up unless LOG_LEVEL asks for more, so a bug shows the person a short apology rather
  // than a JSON stack trace.
  const app = await openApp(config, { logLevel: config.LOG_LEVEL ?? 'warn', logDestination: pino.destination({ dest: terminalLogFile(config), mkdir: true, sync: true }) });
  try {
    await startTerminal({
      practice: app.practice,
      user: terminalUser(config.DEFAULT_TIME_ZONE, userName),
      databasePath: config.DATABASE_PATH,
      onBug: (err) => app.log.error({ err }, 'terminal session error'),
    });
    return 0;
  } finally {
    await app.close();
  }
}

/** `npm run cli -- practice`: one answer, scored and recorded. Failures are thrown for the CLI to report. */
export async function recordOneAnswer(request: { questionId: string; json: boolean; userName?: string | undefined; answer: string }, io: OnceIo): Promise<number> {
  const config = loadConfig();
  const app = await openApp(config, { logLevel: config.LOG_LEVEL ?? 'warn', logDestination: pino.destination({ dest: 2, sync: true }), longRunning: false });
  try {
    return await answerOnce(app.practice, { questionId: request.questionId, json: request.json, user: terminalUser(config.DEFAULT_TIME_ZONE, request.userName), answer: request.answer }, io);
  } finally {
    await app.close();
  }
}
