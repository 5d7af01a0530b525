/** The Home tab: published fresh each time it is opened, so it shows the latest attempts. */
import type { App } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { describeError } from '../../failure.ts';
import { homeView } from '../../render/home.ts';

export function registerAppHomeOpened(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      const progress = await ctx.practice.progress(await ctx.people.user(client, event.user));
      await client.views.publish({ user_id: event.user, view: homeView(progress) });
    } catch (err) {
      ctx.log.error({ event: 'slack-home-failed', ...describeError(err) }, 'App Home publish failed');
    }
  });
}
