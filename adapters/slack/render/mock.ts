/**
 * A mock interview in Slack: each step with its time budget and an Answer button, the modals of a step
 * and of a practice follow-up, and the report card as text blocks (the PNG goes to the DM where uploads
 * are allowed).
 */
import type { types } from '@slack/bolt';
import { DIFFICULTY_NAMES, type Entry } from '../../../src/bank/schema.ts';
import { messages, type Lang } from '../../../src/i18n/index.ts';
import type { FollowUpPick, MockStepView, ReportCard } from '../../../src/practice/index.ts';
import { budgetMinutes } from '../../shared/mock-text.ts';
import { reportCardText } from '../../shared/report-card.ts';
import { scoreBar } from '../../shared/text-chart.ts';
import { ACTIONS, ANSWER_BLOCK, ANSWER_INPUT, encodeFollowUpMetadata, encodeMockMetadata, encodeMockStep, FOLLOW_UP_VIEW, MOCK_VIEW, type MockStepRef } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { bullets, escape, fit } from '../mrkdwn.ts';
import { actions, button, capped, context, header, message, section, type Block, type SlackMessage } from './blocks.ts';
import { constraintsText } from './question.ts';


export function stepRef(mockId: number, step: MockStepView): MockStepRef {
  return { mockId, index: step.index, stage: step.kind, questionId: step.entry.id, followUp: step.kind === 'followUp' ? step.followUp : 0 };
}


export function mockStepMessage(mockId: number, step: MockStepView, lang: Lang, intro: string[] = []): SlackMessage {
  const m = messages(lang);
  const e = step.entry;
  const head = `${step.kind === 'question' ? m.mock.step(step.index, step.of) : m.mockRun.followUpStep(step.index, step.of)} · ${e.id}`;
  const body: Block[] =
    step.kind === 'question'
      ? [section(constraintsText(e)), context(escape(m.mockRun.answerHint))]
      : [section(`*${escape(m.mock.followUpIntro)}*\n>${escape(step.twist)}`), context(escape(m.mockRun.adaptHint))];
  return message(`${head}: ${escape(e.question)}`, [
    ...(intro.length > 0 ? [context(...intro.map(escape))] : []),
    header(`${head} · ${DIFFICULTY_NAMES[e.difficulty]}`),
    section(`*${escape(e.question)}*`),
    ...body,
    context(`:stopwatch: ${escape(m.mock.budget(budgetMinutes(step.budgetMs)))}`),
    actions(button(m.mockRun.answer, ACTIONS.mockAnswer, encodeMockStep(stepRef(mockId, step), lang), 'primary')),
  ]);
}

function answerView(callbackId: string, metadata: string, title: string, blocks: Block[], lang: Lang, hint: string): types.ModalView {
  const m = messages(lang);
  return {
    type: 'modal',
    callback_id: callbackId,
    title: { type: 'plain_text', text: fit(title, LIMITS.modalTitle) },
    submit: { type: 'plain_text', text: fit(m.mockRun.answer, LIMITS.modalButton) },
    close: { type: 'plain_text', text: fit(m.mockRun.cancel, LIMITS.modalButton) },
    private_metadata: metadata,
    blocks: capped(
      [
        ...blocks,
        {
          type: 'input',
          block_id: ANSWER_BLOCK,
          label: { type: 'plain_text', text: m.view.yourAnswer },
          hint: { type: 'plain_text', text: fit(hint, 2000) },
          element: { type: 'plain_text_input', action_id: ANSWER_INPUT, multiline: true, max_length: LIMITS.answerChars },
        },
      ],
      LIMITS.viewBlocks,
    ),
  };
}

/** The modal of a mock step: the question (and the twist, for a follow-up) stays in view above the input. */
export function mockModal(ref: MockStepRef, entry: Entry, lang: Lang, channelId: string | null): types.ModalView {
  const m = messages(lang);
  const twist = ref.stage === 'followUp' ? entry.followUps?.[ref.followUp - 1]?.twist : undefined;
  const blocks = [section(`*${escape(entry.question)}*`), twist ? section(`*${escape(m.mock.followUpIntro)}*\n>${escape(twist)}`) : section(constraintsText(entry))];
  const title = twist ? m.followUpRun.title(entry.id, ref.followUp) : `${m.mockRun.answer} ${entry.id}`;
  return answerView(MOCK_VIEW, encodeMockMetadata(ref, channelId), title, blocks, lang, twist ? m.mockRun.adaptHint : m.mockRun.answerHint);
}

export function followUpModal(pick: FollowUpPick, channelId: string | null): types.ModalView {
  const m = messages(pick.lang);
  const blocks = [context(escape(m.followUpRun.intro(pick.entry.id))), section(`*${escape(pick.entry.question)}*`), section(`>${escape(pick.twist)}`)];
  return answerView(FOLLOW_UP_VIEW, encodeFollowUpMetadata({ questionId: pick.entry.id, followUp: pick.followUp, channelId }), m.followUpRun.title(pick.entry.id, pick.followUp), blocks, pick.lang, m.mockRun.adaptHint);
}

/** The report card as blocks; `note` says whether the PNG reached the DM. */
export function reportCardMessage(card: ReportCard, lang: Lang, note?: string): SlackMessage {
  const t = reportCardText(card, lang);
  const questions = t.questions.map((q) => `${q.overBudget ? ':stopwatch: ' : ''}${escape(q.line)}${q.twist ? `\n    ↳ _${escape(q.twist)}_` : ''}`);
  const bars = t.bars.map((b) => `${b.value === null ? '—' : scoreBar(b.value)} ${escape(b.label)} ${b.value === null ? '' : `${b.value}%`}`);
  return message(`${t.title}: ${card.overall}/100`, [
    header(`${t.title} · ${card.overall}/100`),
    section(`${escape(messages(lang).mockRun.cardIntro)}\n${escape(t.compared)}`),
    section(questions.join('\n')),
    section(bars.join('\n')),
    section(`:white_check_mark: ${escape(t.strengths)}\n:warning: ${escape(t.weaknesses)}`),
    section(`*${escape(t.studyNext.title)}*\n${bullets(t.studyNext.items.map(escape), 2800)}`),
    ...(note ? [context(escape(note))] : []),
  ]);
}
