/** Daily round messages posted in a channel: the question with an Answer button, then the summary. */
import { ButtonStyle, escapeMarkdown, type APIEmbed } from 'discord.js';
import type { RoundQuestion, RoundSummary } from '../../../src/schedule/contract.ts';
import { fit, fitEmbed } from '../limits.ts';
import { questionEmbed } from './question.ts';
import { button, COLOURS, discordTime, row, type MessageBody } from './message.ts';

export function roundQuestionMessage(round: RoundQuestion): MessageBody {
  const embed = questionEmbed(round.entry, `Daily round for ${round.localDate}: answers count until ${discordTime(round.closesAt)} (${discordTime(round.closesAt, 'R')}). Scores are private; the summary comes when the round closes.`);
  return {
    embeds: [{ ...embed, title: fit(`Daily round · ${embed.title ?? round.entry.id}`, 256) }],
    components: [row(button('Answer', { kind: 'answer', questionId: round.entry.id, roundId: round.roundId, filters: {} }, ButtonStyle.Primary))],
  };
}

export function roundSummaryEmbed(s: RoundSummary): APIEmbed {
  const top = s.top.map((t, i) => `**${i + 1}.** ${t.displayName === null ? 'Anonymous candidate' : escapeMarkdown(t.displayName)} · ${t.total}`);
  return fitEmbed({
    color: COLOURS.neutral,
    title: `Daily round closed · ${s.questionId}`,
    description: `**${s.question}**`,
    fields: [
      { name: 'Participants', value: String(s.participants), inline: true },
      { name: 'Average', value: s.average === null ? '—' : `${Math.round(s.average)}/100`, inline: true },
      { name: 'Top answers', value: top.length > 0 ? top.join('\n') : 'Nobody answered this time.' },
      { name: 'Key insight', value: s.keyInsight },
      { name: 'Most missed constraint', value: s.mostMissedConstraint ?? '' },
    ],
    footer: { text: 'Practise any time with /practice · /leaderboard shows this server\'s board.' },
  });
}

export function roundSummaryMessage(s: RoundSummary): MessageBody {
  // After the close anyone may study it: the model answer button stays useful.
  return { embeds: [roundSummaryEmbed(s)], components: [row(button('Show model answer', { kind: 'model', questionId: s.questionId }))] };
}
