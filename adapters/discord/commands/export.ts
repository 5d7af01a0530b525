/** `/export`: everything stored about the user as a JSON file, privately. */
import { gzipSync } from 'node:zlib';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DiscordContext } from '../context.ts';
import { deferPrivately, replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';

/** Discord's upload limit for bots without boosts. */
const UPLOAD_LIMIT = 10 * 1024 * 1024;

export async function exportCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  await deferPrivately(interaction);
  const data = await ctx.practice.exportUser(practiceUser(interaction, ctx.defaultTimeZone));
  const json = Buffer.from(JSON.stringify(data, null, 2), 'utf8');
  const attempts = data.attempts.length;
  const summary = data.user ? `Everything stored about you: ${attempts} attempt${attempts === 1 ? '' : 's'} with answers and scores, review cards and leaderboard entries.` : 'Nothing is stored about you yet.';
  // Years of answers can outgrow an upload; JSON compresses about tenfold.
  const file = json.length <= UPLOAD_LIMIT ? { attachment: json, name: 'constraint-coach-export.json' } : { attachment: gzipSync(json), name: 'constraint-coach-export.json.gz' };
  if (file.attachment.length > UPLOAD_LIMIT) {
    await replyPrivately(interaction, { content: `${summary}\nIt is too large to send here even compressed; ask the bot's operator for an export from the database.` });
    return;
  }
  await replyPrivately(interaction, { content: summary, files: [file] });
}
