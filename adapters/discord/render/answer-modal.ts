/** The answer modal: the question shown above a paragraph input, prefilled with a kept draft. */
import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { DIFFICULTY_NAMES, type Entry } from '../../../src/bank/schema.ts';
import { encodeCustomId, type CustomIdOf } from '../custom-id.ts';
import { fit, LIMITS } from '../limits.ts';

/** The custom id of the text input inside the modal (the modal's own id carries question and round). */
export const ANSWER_FIELD = 'answer';

export function answerModal(entry: Entry, id: CustomIdOf<'modal'>, maxChars: number, draft?: string): APIModalInteractionResponseCallbackData {
  // The modal covers the message: repeat the question and its constraints inside it.
  const context = [`**${entry.id}** ${entry.question}`, '', ...entry.constraints.map((c) => `• **${c.category}**: ${c.text}`)].join('\n');
  return {
    custom_id: encodeCustomId(id),
    title: fit(`Answer ${entry.id} · ${DIFFICULTY_NAMES[entry.difficulty]}`, LIMITS.modalTitle),
    components: [
      { type: ComponentType.TextDisplay, content: fit(context, LIMITS.textDisplay) },
      {
        type: ComponentType.Label,
        label: 'Your answer',
        description: fit('Numbers, constraints, trade-offs and who is affected all count. Your score is private.', LIMITS.labelDescription),
        component: {
          type: ComponentType.TextInput,
          custom_id: ANSWER_FIELD,
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 1,
          max_length: maxChars,
          placeholder: fit('e.g. With 4 cores and a $2.5K/mo budget I would …, which costs … but keeps … for the SRE team.', LIMITS.placeholder),
          ...(draft ? { value: draft.slice(0, maxChars) } : {}),
        },
      },
    ],
  };
}
