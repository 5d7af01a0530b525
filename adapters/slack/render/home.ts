/** The App Home tab: the candidate's progress and a way to practise from there. */
import type { types } from '@slack/bolt';
import type { Progress } from '../../../src/practice/index.ts';
import { ACTIONS } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { actions, button, capped, context, divider, header } from './blocks.ts';
import { progressBlocks } from './progress.ts';

export function homeView(progress: Progress): types.HomeView {
  return {
    type: 'home',
    blocks: capped(
      [
        header('Your interview practice'),
        actions(button('Practise now', ACTIONS.practiseNow, 'home', 'primary')),
        divider(),
        ...progressBlocks(progress),
        divider(),
        context('Type `/coach help` in any channel for every command. Scores and progress are only visible to you.'),
      ],
      LIMITS.viewBlocks,
    ),
  };
}
