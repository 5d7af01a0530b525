/**
 * A mock interview in Discord: each step as an embed with its time budget and an Answer button, the
 * answer modal for a step, and the report card (an embed beside the PNG attachment).
 */
import { ButtonStyle, type APIEmbed, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { DIFFICULTY_NAMES } from '../../../src/bank/schema.ts';
import { messages, type Lang } from '../../../src/i18n/index.ts';
import type { FollowUpPick, MockStepView, ReportCard } from '../../../src/practice/index.ts';
import { budgetMinutes } from '../../shared/mock-text.ts';
import { reportCardText } from '../../shared/report-card.ts';
import { scoreBar } from '../../shared/text-chart.ts';
import { encodeCustomId, type CustomIdOf } from '../custom-id.ts';
import { fitEmbed, fitList, LIMITS } from '../limits.ts';
import { textAnswerModal } from './answer-modal.ts';
import { button, colourFor, COLOURS, row, type MessageBody } from './message.ts';

export const REPORT_CARD_FILE = 'report-card.png';


/** What a step's Answer button (and its modal) carries: enough to build the modal with no store read. */
export function stepId(mockId: number, step: MockStepView): Omit<CustomIdOf<'mock'>, 'kind'> {
  return { mockId, index: step.index, stage: step.kind, questionId: step.entry.id, followUp: step.kind === 'followUp' ? step.followUp : 0 };
}

export function mockStepEmbed(step: MockStepView, lang: Lang, intro: string[] = []): APIEmbed {
  const m = messages(lang);
  const e = step.entry;
  const head = step.kind === 'question' ? m.mock.step(step.index, step.of) : m.mockRun.followUpStep(step.index, step.of);
  const fields =
    step.kind === 'question'
      ? e.constraints.map((c) => ({ name: c.category, value: c.text, inline: true }))
      : [{ name: m.mock.followUpIntro, value: `**${step.twist}**` }];
  return fitEmbed({
    color: step.kind === 'question' ? COLOURS.neutral : COLOURS.fair,
    title: `${head} · ${e.id} · ${DIFFICULTY_NAMES[e.difficulty]}`,
    description: [...intro.map((l) => `_${l}_`), intro.length > 0 ? '' : null, `**${e.question}**`, '', `⏱ ${m.mock.budget(budgetMinutes(step.budgetMs))}`].filter((l) => l !== null).join('\n'),
    fields,
    footer: { text: step.kind === 'question' ? m.mockRun.answerHint : m.mockRun.adaptHint },
  });
}

export function mockStepMessage(mockId: number, step: MockStepView, lang: Lang, intro: string[] = []): MessageBody {
  return {
    embeds: [mockStepEmbed(step, lang, intro)],
    components: [row(button(messages(lang).mockRun.answer, { kind: 'mock', ...stepId(mockId, step) }, ButtonStyle.Primary))],
  };
}


/** The modal for a mock step; the twist (or the constraints) stays in view above the input. */
export function mockStepModal(id: CustomIdOf<'mock'>, entry: MockStepView['entry'], lang: Lang, maxChars: number, draft?: string): APIModalInteractionResponseCallbackData {
  const m = messages(lang);
  const twist = id.stage === 'followUp' ? entry.followUps?.[id.followUp - 1]?.twist : undefined;
  const context = twist
    ? [`**${entry.id}** ${entry.question}`, '', m.mock.followUpIntro, `**${twist}**`].join('\n')
    : [`**${entry.id}** ${entry.question}`, '', ...entry.constraints.map((c) => `• **${c.category}**: ${c.text}`)].join('\n');
  const title = id.stage === 'followUp' ? m.followUpRun.title(entry.id, id.followUp) : `${m.mockRun.answer} ${entry.id}`;
  return textAnswerModal({ customId: encodeCustomId({ ...id, kind: 'mockmodal' }), title, context, label: m.view.yourAnswer, hint: twist ? m.mockRun.adaptHint : m.mockRun.answerHint, maxChars, draft });
}

/** The modal for a practice follow-up. */
export function followUpModal(pick: FollowUpPick, maxChars: number, draft?: string): APIModalInteractionResponseCallbackData {
  const m = messages(pick.lang);
  const context = [m.followUpRun.intro(pick.entry.id), '', pick.entry.question, '', `**${pick.twist}**`].join('\n');
  return textAnswerModal({ customId: encodeCustomId({ kind: 'fumodal', questionId: pick.entry.id, followUp: pick.followUp }), title: m.followUpRun.title(pick.entry.id, pick.followUp), context, label: m.view.yourAnswer, hint: m.mockRun.adaptHint, maxChars, draft });
}

export function reportCardEmbed(card: ReportCard, lang: Lang, withImage: boolean): APIEmbed {
  const t = reportCardText(card, lang);
  return fitEmbed({
    color: colourFor(card.overall),
    title: `${t.title} · ${card.overall}/100`,
    description: [t.compared, '', ...t.questions.map((q) => `${q.overBudget ? '⏱ ' : ''}${q.line}`)].join('\n'),
    fields: [
      ...t.bars.map((b) => ({ name: b.label, value: b.value === null ? '—' : `${scoreBar(b.value)} ${b.value}%`, inline: false })),
      { name: '✅', value: t.strengths },
      { name: '⚠️', value: t.weaknesses },
      { name: t.studyNext.title, value: fitList(t.studyNext.items, LIMITS.fieldValue) },
    ],
    ...(withImage ? { image: { url: `attachment://${REPORT_CARD_FILE}` } } : {}),
  });
}

export function reportCardMessage(card: ReportCard, lang: Lang, png: Buffer): MessageBody {
  return {
    content: messages(lang).mockRun.cardIntro,
    embeds: [reportCardEmbed(card, lang, true)],
    files: [{ attachment: png, name: REPORT_CARD_FILE }],
  };
}
