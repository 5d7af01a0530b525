/**
 * A child process for start-up tests: `npm start`'s own main() and exit, with the Discord and Slack
 * adapters pointed at the API addresses given as arguments (closed ports, when a test wants them unreachable).
 */
import { startDiscord } from '../../adapters/discord/index.ts';
import { startSlack } from '../../adapters/slack/index.ts';
import { discordEnabled, slackEnabled } from '../../src/config.ts';
import { finish, main } from '../../src/main.ts';

const [restApi, slackApiUrl] = process.argv.slice(2);
finish(
  await main([], {
    platforms: {
      discord: { enabled: discordEnabled, start: (app) => startDiscord(app, { restApi }) },
      slack: { enabled: slackEnabled, start: (app) => startSlack(app, { slackApiUrl, port: 0 }) },
    },
  }),
);
