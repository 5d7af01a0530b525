/** Every listener of the Slack app, registered in one place. */
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.ts';
import { registerAnswer } from './actions/answer.ts';
import { registerFollowUp } from './actions/follow-up.ts';
import { registerForget } from './actions/forget.ts';
import { registerMockAnswer } from './actions/mock-answer.ts';
import { registerModelAnswer } from './actions/model-answer.ts';
import { registerNextQuestion } from './actions/next-question.ts';
import { registerPractiseNow } from './actions/practise-now.ts';
import { registerCoach } from './commands/coach.ts';
import { registerAppHomeOpened } from './events/app-home-opened.ts';
import { registerAnswerSubmitted } from './views/answer-submitted.ts';
import { registerFollowUpSubmitted } from './views/follow-up-submitted.ts';
import { registerMockSubmitted } from './views/mock-submitted.ts';

export function registerListeners(app: App, ctx: SlackContext): void {
  registerCoach(app, ctx);
  registerAnswer(app, ctx);
  registerPractiseNow(app, ctx);
  registerNextQuestion(app, ctx);
  registerModelAnswer(app, ctx);
  registerForget(app, ctx);
  registerAnswerSubmitted(app, ctx);
  registerAppHomeOpened(app, ctx);
  registerMockAnswer(app, ctx);
  registerMockSubmitted(app, ctx);
  registerFollowUp(app, ctx);
  registerFollowUpSubmitted(app, ctx);
}
