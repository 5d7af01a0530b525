/**
 * An image into the person's DM with the app (files:write). Ephemeral messages and App Home cannot show
 * an uploaded file, so the DM is where a PNG can be seen; a workspace that forbids uploads gets none,
 * and the caller says so.
 */
import type { webApi } from '@slack/bolt';
import type { SlackContext } from './context.ts';
import { describeError } from './failure.ts';

export async function uploadToDm(client: webApi.WebClient, userId: string, file: { data: Buffer; filename: string; title: string }, ctx: Pick<SlackContext, 'log'>): Promise<boolean> {
  try {
    // Posting to the user id opens the DM; its id is where the file goes.
    const intro = await client.chat.postMessage({ channel: userId, text: file.title });
    await client.files.uploadV2({ channel_id: intro.channel ?? userId, filename: file.filename, title: file.title, file: file.data });
    return true;
  } catch (err) {
    ctx.log.warn({ event: 'slack-upload-failed', ...describeError(err) }, 'image upload failed; the text version stands alone');
    return false;
  }
}
