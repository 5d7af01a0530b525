/** forget-me asks first: deleting every attempt cannot be undone. */
import { ACTIONS } from '../ids.ts';
import { actions, button, message, section, type SlackMessage } from './blocks.ts';

export const forgetConfirmMessage = (): SlackMessage =>
  message('Delete all your practice data?', [
    section('*Delete all your practice data?* Every answer, score, review and leaderboard entry of yours in this app goes, for good. `/coach export` first if you want a copy.'),
    actions(button('Delete everything', ACTIONS.forgetConfirm, 'yes', 'danger'), button('Keep my data', ACTIONS.forgetCancel, 'no')),
  ]);
