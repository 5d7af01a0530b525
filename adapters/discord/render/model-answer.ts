/** The bank's model answer for a question (or for one of its follow-ups), shown after the candidate has tried it. */
import type { APIEmbed } from 'discord.js';
import type { Entry, FollowUp } from '../../../src/bank/schema.ts';
import { fitEmbed, fitList, LIMITS } from '../limits.ts';
import { COLOURS } from './message.ts';

export function modelAnswerEmbed(entry: Entry): APIEmbed {
  const answer = entry.answer ?? '_This question has no model answer yet; the key insight below is what a strong answer reaches._';
  // Code goes in only when the whole block fits: a cut code block would leave its fence open.
  const code = entry.code ? `\n\n\`\`\`${entry.code.language}\n${entry.code.source}\n\`\`\`` : '';
  const description = answer.length + code.length <= LIMITS.embedDescription ? answer + code : answer;
  return fitEmbed({
    color: COLOURS.neutral,
    title: `Model answer · ${entry.id}`,
    description,
    fields: [
      { name: 'Key insight', value: entry.keyInsight },
      { name: 'Metrics', value: entry.metrics ?? '' },
      { name: 'Trade-offs', value: fitList(entry.tradeOffs.map((t) => `**${t.approach}**: ${t.pros} / ${t.cons}`), LIMITS.fieldValue) },
      { name: 'Stakeholders', value: fitList(entry.stakeholderNotes.map((s) => `**${s.role}**: ${s.note}`), LIMITS.fieldValue) },
    ],
  });
}

/** A follow-up's model answer: the twist, the answer, and the change and arithmetic it shows. */
export function modelFollowUpEmbed(entry: Entry, n: number, followUp: FollowUp): APIEmbed {
  return fitEmbed({
    color: COLOURS.neutral,
    title: `Model follow-up · ${entry.id} · follow-up ${n}`,
    description: followUp.answer,
    fields: [
      { name: 'The twist', value: followUp.twist },
      { name: 'The change it forces', value: followUp.adaptation.approach },
      { name: 'What it rules out', value: followUp.adaptation.rulesOut },
      { name: 'Arithmetic', value: followUp.adaptation.arithmetic },
    ],
  });
}
