/** Sending to the person who interacted: always private, never resolving a mention from any text. */
import { MessageFlags, type MessageMentionOptions, type RepliableInteraction } from 'discord.js';
import type { MessageBody } from './render/message.ts';

/** User text (answers, names) reaches messages; nothing in them may ping @everyone, a role or a user. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

/** Replies, fills the deferred reply, or follows up: whichever the interaction's state allows. */
export async function replyPrivately(interaction: RepliableInteraction, body: MessageBody): Promise<void> {
  const payload = { ...body, allowedMentions: NO_MENTIONS };
  if (interaction.deferred && !interaction.replied) await interaction.editReply(payload);
  else if (interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** For work that may take longer than Discord's 3 s: the user sees "thinking…" meanwhile. */
export async function deferPrivately(interaction: RepliableInteraction): Promise<void> {
  if (!interaction.deferred && !interaction.replied) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}
