/** Every interaction to its handler, and every failure to a polite private reply. */
import type { ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { autocomplete } from './autocomplete.ts';
import type { CommandName } from './commands/definitions.ts';
import { exportCommand } from './commands/export.ts';
import { forgetMeCommand } from './commands/forget-me.ts';
import { helpCommand } from './commands/help.ts';
import { leaderboardCommand } from './commands/leaderboard.ts';
import { mockCommand } from './commands/mock.ts';
import { settingsCommand } from './commands/settings.ts';
import { followUpButton, followUpSubmitted } from './components/follow-up.ts';
import { mockAnswerButton, mockStepSubmitted } from './components/mock-step.ts';
import { practiceCommand } from './commands/practice.ts';
import { progressCommand } from './commands/progress.ts';
import { questionCommand } from './commands/question.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { answerButton } from './components/answer-button.ts';
import { answerSubmitted } from './components/answer-modal.ts';
import { forgetConfirmButton } from './components/forget-confirm.ts';
import { modelAnswerButton } from './components/model-answer.ts';
import { nextQuestionButton } from './components/next-question.ts';
import type { DiscordContext } from './context.ts';
import { CustomIdError, parseCustomId } from './custom-id.ts';
import { describeError, Refusal, userMessageFor } from './failure.ts';
import { replyPrivately } from './reply.ts';

type CommandHandler = (ctx: DiscordContext, interaction: ChatInputCommandInteraction) => Promise<void>;

const COMMANDS: Record<CommandName, CommandHandler> = {
  practice: practiceCommand,
  question: questionCommand,
  progress: progressCommand,
  leaderboard: leaderboardCommand,
  help: helpCommand,
  schedule: scheduleCommand,
  'forget-me': forgetMeCommand,
  export: exportCommand,
  mock: mockCommand,
  settings: settingsCommand,
};

async function button(ctx: DiscordContext, interaction: ButtonInteraction): Promise<void> {
  const id = parseCustomId(interaction.customId);
  switch (id.kind) {
    case 'answer':
      return answerButton(ctx, interaction, id);
    case 'next':
      return nextQuestionButton(ctx, interaction, id);
    case 'model':
      return modelAnswerButton(ctx, interaction, id);
    case 'forget':
      return forgetConfirmButton(ctx, interaction, id);
    case 'mock':
      return mockAnswerButton(ctx, interaction, id);
    case 'fu':
      return followUpButton(ctx, interaction, id);
    case 'modal':
    case 'mockmodal':
    case 'fumodal':
      // A modal's id on a button: not something this bot sends.
      throw new CustomIdError('forged');
  }
}

async function route(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(ctx, interaction);
  if (interaction.isChatInputCommand()) {
    const handler = COMMANDS[interaction.commandName as CommandName] as CommandHandler | undefined;
    // A command registered by an older version and since removed.
    if (!handler) throw new Refusal('That command is no longer available. /help lists the ones there are.');
    return handler(ctx, interaction);
  }
  if (interaction.isButton()) return button(ctx, interaction);
  if (interaction.isModalSubmit()) {
    const id = parseCustomId(interaction.customId);
    if (id.kind === 'modal') return answerSubmitted(ctx, interaction, id);
    if (id.kind === 'mockmodal') return mockStepSubmitted(ctx, interaction, id);
    if (id.kind === 'fumodal') return followUpSubmitted(ctx, interaction, id);
    throw new CustomIdError('forged');
  }
}

export async function handleInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  try {
    await route(ctx, interaction);
  } catch (err) {
    const { message, bug } = userMessageFor(err);
    if (bug) ctx.log.error({ event: 'discord-interaction-failed', kind: interaction.type, err: describeError(err) }, 'interaction failed');
    else ctx.log.debug({ event: 'discord-refused', kind: interaction.type, message }, 'interaction refused');
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        await replyPrivately(interaction, { content: message });
      }
    } catch (replyErr) {
      // Usually the interaction expired (10062): nothing more can reach the user.
      ctx.log.warn({ event: 'discord-reply-failed', err: describeError(replyErr) }, 'could not tell the user about a failure');
    }
  }
}
