/** `practice`: one answer scored and recorded, as the terminal session would; the work is wired in src/run/. */
import { recordOneAnswer } from '../run/terminal.ts';
import { readAnswer, type Io } from './io.ts';

export async function practiceCommand(file: string | undefined, options: { question: string; json?: boolean; user?: string }, io: Io): Promise<number> {
  const answer = await readAnswer(file, io);
  return recordOneAnswer({ questionId: options.question, json: options.json ?? false, userName: options.user, answer }, io);
}
