/** `npm start`: the terminal session with no tokens, the Discord and/or Slack bots with them (see app.ts). */
import { main } from './app.ts';

process.exitCode = await main();
