/** `/help`: what each command does, in one private message. */
import type { APIEmbed } from 'discord.js';
import { COLOURS } from './message.ts';

export function helpEmbed(answerLimit: number, answerIntervalSeconds: number): APIEmbed {
  return {
    color: COLOURS.neutral,
    title: 'constraint-coach',
    description: [
      'Practise constraint-aware architecture interview questions: answer in your own words and get a private score in seconds.',
      '',
      '**/practice** `difficulty` `phase` `stakeholder` `question`: a question picked for you (new ones first, then reviews, then your weakest dimension). Press **Answer** and write up to ' +
        `${answerLimit.toLocaleString('en-US')} characters; one answer every ${answerIntervalSeconds} s.`,
      '**/question** `id`: look one up.',
      '**/progress**: your chart, streak and weakest dimension.',
      '**/leaderboard** `period` `show_my_name`: this server\'s board; you are anonymous unless you choose otherwise.',
      '**/export**: all your data as a JSON file. **/forget-me**: delete it all.',
      '**/schedule** `set` `pause` `resume` `list` `delete`: daily rounds in a channel (Manage Server only).',
      '',
      'Scores, progress and exports are only visible to you.',
    ].join('\n'),
  };
}
