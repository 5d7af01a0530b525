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
      'Under every score, **Follow-up** has the interviewer change one constraint: adapt your design (it counts for adaptability, not the leaderboard).',
      '**/mock** `difficulty` `phase` `stakeholder` `dimension` `count`: a mock interview: questions with a follow-up after each, 8 minutes a question (shown, never enforced), and a report card as an image at the end. `/mock` again continues one in progress; `end:True` gives it up.',
      '**/settings** `lang`: feedback and report cards in English, Chinese, or the language of each answer (auto).',
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
