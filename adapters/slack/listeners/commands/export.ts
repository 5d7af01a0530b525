/**
 * `/coach export`: all of a person's data as a JSON file in their DM with the app. If the upload is not
 * possible (no files:write, uploads disabled), the JSON comes as direct messages instead.
 */
import type { webApi } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { describeError } from '../../failure.ts';
import { LIMITS } from '../../limits.ts';
import { escape, fit } from '../../mrkdwn.ts';
import { notice } from '../../render/blocks.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

/** More than this many messages is a flood, not an export; the file is the way then. */
const MAX_MESSAGES = 10;

async function sendAsMessages(client: webApi.WebClient, dm: string, json: string): Promise<boolean> {
  // Cut the raw JSON, then escape each part (answers are the person's own text, even in a code block):
  // cutting escaped text could split an entity. Room is left for the escapes to grow the text.
  const size = 30_000;
  const parts = Math.ceil(json.length / size);
  if (parts > MAX_MESSAGES) return false;
  for (let i = 0; i < parts; i++) {
    const part = fit(escape(json.slice(i * size, (i + 1) * size)), LIMITS.messageText);
    await client.chat.postMessage({ channel: dm, text: `\`\`\`${part}\`\`\``, unfurl_links: false });
  }
  return true;
}

export async function exportData(ctx: SlackContext, req: CommandRequest): Promise<void> {
  const data = await ctx.practice.exportUser(await userOf(ctx, req));
  const json = JSON.stringify(data, null, 2);
  const intro = await req.client.chat.postMessage({ channel: req.userId, text: `Your constraint-coach data (${data.attempts.length} attempt${data.attempts.length === 1 ? '' : 's'}), as JSON:` });
  const dm = intro.channel ?? req.userId;
  try {
    await req.client.files.uploadV2({ channel_id: dm, filename: 'constraint-coach-export.json', title: 'constraint-coach export', content: json });
    await reply(ctx, req, notice(':inbox_tray: Your data is in your direct messages with me, as a JSON file.'));
    return;
  } catch (err) {
    ctx.log.warn({ event: 'slack-export-upload-failed', ...describeError(err) }, 'export upload failed; sending the JSON as messages');
  }
  const sent = await sendAsMessages(req.client, dm, json);
  await reply(
    ctx,
    req,
    notice(sent ? ':inbox_tray: Your data is in your direct messages with me (as text: I could not upload a file here).' : ':warning: Your data is too large to send as messages and I could not upload a file. Ask the workspace admin to allow file uploads for this app.'),
  );
}
