/** The answer modal: the question shown above a paragraph input, prefilled with a kept draft. */
import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { DIFFICULTY_NAMES, type Entry } from '../../../src/bank/schema.ts';
import { encodeCustomId, type CustomIdOf } from '../custom-id.ts';
import { fit, LIMITS } from '../limits.ts';

/** The custom id of the text input inside the modal (the modal's own id carries question and round). */
export const ANSWER_FIELD = 'answer';

export type AnswerModalParts = { customId: string; title: string; context: string; label: string; hint: string; placeholder?: string; maxChars: number; draft?: string | undefined };

/** A modal with some context above one paragraph input: every answer modal (practice, mock step, follow-up). */
export function textAnswerModal(p: AnswerModalParts): APIModalInteractionResponseCallbackData {
  return {
    custom_id: p.customId,
    title: fit(p.title, LIMITS.modalTitle),
    components: [
      { type: ComponentType.TextDisplay, content: fit(p.context, LIMITS.textDisplay) },
      {
        type: ComponentType.Label,
        label: fit(p.label, LIMITS.label),
        description: fit(p.hint, LIMITS.labelDescription),
        component: {
          type: ComponentType.TextInput,
          custom_id: ANSWER_FIELD,
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 1,
          max_length: p.maxChars,
          ...(p.placeholder ? { placeholder: fit(p.placeholder, LIMITS.placeholder) } : {}),
          ...(p.draft ? { value: p.draft.slice(0, p.maxChars) } : {}),
        },
      },
    ],
  };
}

export function answerModal(entry: Entry, id: CustomIdOf<'modal'>, maxChars: number, draft?: string): APIModalInteractionResponseCallbackData {
  // The modal covers the message: repeat the question and its constraints inside it.
  return textAnswerModal({
    customId: encodeCustomId(id),
    title: `Answer ${entry.id} · ${DIFFICULTY_NAMES[entry.difficulty]}`,
    context: [`**${entry.id}** ${entry.question}`, '', ...entry.constraints.map((c) => `• **${c.category}**: ${c.text}`)].join('\n'),
    label: 'Your answer',
    hint: 'Numbers, constraints, trade-offs and who is affected all count. Your score is private.',
    placeholder: 'e.g. With 4 cores and a $2.5K/mo budget I would …, which costs … but keeps … for the SRE team.',
    maxChars,
    draft,
  });
}
