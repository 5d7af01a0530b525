/** The bank's model answer for a question (or one of its follow-ups), shown privately after an attempt. */
import type { Entry, FollowUp } from '../../../src/bank/schema.ts';
import { ACTIONS, encodeQuestionRef } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { bullets, escape, fit } from '../mrkdwn.ts';
import { actions, button, context, header, message, section, type Block, type SlackMessage } from './blocks.ts';

/** A code block must be closed even when cut, or the rest of the message turns into code. */
const codeBlock = (source: string) => `\`\`\`${fit(escape(source), LIMITS.sectionText - 8)}\`\`\``;

export function modelAnswerMessage(entry: Entry): SlackMessage {
  const blocks: Block[] = [header(`${entry.id} · model answer`), section(`*Key insight*\n${escape(entry.keyInsight)}`)];
  if (entry.answer === null) {
    blocks.push(section('_This question has no written model answer yet; the key insight above is what the score is built on._'));
  } else {
    blocks.push(section(escape(entry.answer)));
    if (entry.code) blocks.push(section(codeBlock(entry.code.source)));
    if (entry.metrics) blocks.push(section(`*Metrics*\n${escape(entry.metrics)}`));
    if (entry.tradeOffs.length > 0) {
      blocks.push(section(`*Trade-offs*\n${bullets(entry.tradeOffs.map((t) => `*${escape(t.approach)}*: ${escape(t.pros)} / ${escape(t.cons)}`), 2900)}`));
    }
    if (entry.stakeholderNotes.length > 0) blocks.push(section(`*Stakeholders*\n${bullets(entry.stakeholderNotes.map((n) => `*${n.role}*: ${escape(n.note)}`), 2900)}`));
  }
  blocks.push(context('Only you can see this.'), actions(button('Next question', ACTIONS.next, encodeQuestionRef({ questionId: entry.id, roundId: null }), 'primary')));
  return message(`${entry.id}: model answer`, blocks);
}

/** A follow-up's model answer: the twist, the answer, and the change and arithmetic it shows. */
export function modelFollowUpMessage(entry: Entry, n: number, followUp: FollowUp): SlackMessage {
  return message(`${entry.id} follow-up ${n}: model answer`, [
    header(`${entry.id} · follow-up ${n} · model answer`),
    section(`*The twist*\n${escape(followUp.twist)}`),
    section(escape(followUp.answer)),
    section(`*The change it forces*\n${escape(followUp.adaptation.approach)}`),
    section(`*What it rules out*\n${escape(followUp.adaptation.rulesOut)}`),
    section(`*Arithmetic*\n${escape(followUp.adaptation.arithmetic)}`),
    context('Only you can see this.'),
    actions(button('Next question', ACTIONS.next, encodeQuestionRef({ questionId: entry.id, roundId: null }), 'primary')),
  ]);
}
