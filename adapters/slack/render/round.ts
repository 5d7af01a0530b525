/** Daily round messages in a channel: the question with its Answer button, and the summary when it closes. */
import type { RoundQuestion, RoundSummary } from '../../../src/schedule/contract.ts';
import { escape } from '../mrkdwn.ts';
import { context, header, message, section, type SlackMessage } from './blocks.ts';
import { questionMessage } from './question.ts';

const time = (d: Date) => d.toISOString().slice(11, 16);

export function roundQuestionMessage(round: RoundQuestion): SlackMessage {
  const q = questionMessage(round.entry, { roundId: round.roundId, note: `Daily round ${round.localDate} · answers until ${time(round.closesAt)} UTC · scores are private` });
  return { text: `Daily round: ${q.text}`, blocks: [header(`Daily round · ${round.localDate}`), ...q.blocks.slice(1)] };
}

export function roundSummaryMessage(s: RoundSummary): SlackMessage {
  const top = s.top.map((t, i) => `${i + 1}. ${escape(t.displayName ?? 'Anonymous candidate')} · *${t.total}*`).join('\n');
  return message(`Daily round closed: ${s.questionId}`, [
    header(`Round closed · ${s.questionId}`),
    section(`*${escape(s.question)}*`),
    section(
      s.participants === 0
        ? 'Nobody answered this round. Tomorrow’s is another chance.'
        : `${s.participants} answer${s.participants === 1 ? '' : 's'} · average *${s.average === null ? '—' : s.average.toFixed(1)}*\n${top}`,
    ),
    section(`*Key insight*\n${escape(s.keyInsight)}`),
    ...(s.mostMissedConstraint ? [context(`Most missed constraint: ${escape(s.mostMissedConstraint)}`)] : []),
  ]);
}
