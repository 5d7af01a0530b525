/** `npm run cli -- practice --question Q1 [--json] [--user NAME] [answer.txt]`: one attempt, scored and recorded. */
import { TERMINAL_SCOPE, type Practice, type PracticeUser } from '../../src/practice/index.ts';
import { renderReport } from './render.ts';
import type { Style } from './style.ts';

export type Once = { questionId: string; json: boolean; user: PracticeUser; answer: string };
export type OnceIo = { out: (text: string) => void; err: (text: string) => void };

/** A refused answer (empty, too long, unknown question) is thrown as the PracticeError it is: the CLI reports it. */
export async function practiceOnce(practice: Practice, once: Once, io: OnceIo, style: Style): Promise<number> {
  const report = await practice.submitAnswer(once.user, once.questionId, once.answer, { scope: TERMINAL_SCOPE });
  io.out(once.json ? JSON.stringify(report, null, 2) : renderReport(report, style).trimEnd());
  return 0;
}
