/**
 * The slash commands as Discord registers them (`npm run cli -- discord:register`). Choices come from
 * the bank schema's enums, so a new phase or role appears here without an edit.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';
import { DIFFICULTIES, DIFFICULTY_NAMES, PHASES, STAKEHOLDER_ROLES } from '../../../src/bank/schema.ts';
import { MOCK_MAX_QUESTIONS, MOCK_QUESTIONS } from '../../../src/practice/index.ts';

const inServers = (b: SlashCommandBuilder) => b.setContexts(InteractionContextType.Guild).setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

const difficulty = (o: SlashCommandStringOption) =>
  o.setName('difficulty').setDescription('Foundational, Intermediate or Advanced').addChoices(...DIFFICULTIES.map((d) => ({ name: `${DIFFICULTY_NAMES[d]} (${d})`, value: d })));
const phase = (o: SlashCommandStringOption) => o.setName('phase').setDescription('Lifecycle phase the question is about').addChoices(...PHASES.map((p) => ({ name: p, value: p })));
const stakeholder = (o: SlashCommandStringOption) =>
  o.setName('stakeholder').setDescription('A stakeholder the answer must serve').addChoices(...STAKEHOLDER_ROLES.map((r) => ({ name: r, value: r })));

export const COMMAND_NAMES = ['practice', 'question', 'progress', 'leaderboard', 'help', 'schedule', 'forget-me', 'export', 'mock', 'settings'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const practice = inServers(new SlashCommandBuilder().setName('practice').setDescription('Get a question to answer; your score is private'))
    .addStringOption(difficulty)
    .addStringOption(phase)
    .addStringOption(stakeholder)
    .addStringOption((o) => o.setName('question').setDescription('A particular question: type its id or words from it').setAutocomplete(true));
  const question = inServers(new SlashCommandBuilder().setName('question').setDescription('Look a question up without answering it')).addStringOption((o) =>
    o.setName('id').setDescription('Its id or words from it').setRequired(true).setAutocomplete(true),
  );
  const progress = inServers(new SlashCommandBuilder().setName('progress').setDescription('Your progress chart, streak and weakest dimension (private)'));
  const leaderboard = inServers(new SlashCommandBuilder().setName('leaderboard').setDescription("This server's leaderboard"))
    .addStringOption((o) => o.setName('period').setDescription('This week (default) or all time').addChoices({ name: 'This week', value: 'week' }, { name: 'All time', value: 'all' }))
    .addBooleanOption((o) => o.setName('show_my_name').setDescription('Show your name on boards (true) or stay anonymous (false)'));
  const help = inServers(new SlashCommandBuilder().setName('help').setDescription('What constraint-coach can do'));
  const schedule = inServers(new SlashCommandBuilder().setName('schedule').setDescription('Daily practice rounds in this channel (Manage Server)'))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('set')
        .setDescription('Post a daily question in this channel')
        .addStringOption((o) => o.setName('time').setDescription('Local time, 24-hour, e.g. 09:00').setRequired(true).setMaxLength(5))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Berlin or Asia/Shanghai').setAutocomplete(true).setMaxLength(64))
        .addStringOption((o) => o.setName('days').setDescription('e.g. mon-fri, mon,wed,fri or every day (default)').setMaxLength(40))
        .addIntegerOption((o) => o.setName('window_hours').setDescription('Hours the round stays open (default 8)').setMinValue(1).setMaxValue(24))
        .addStringOption(difficulty)
        .addStringOption(phase)
        .addStringOption(stakeholder),
    )
    .addSubcommand((s) => s.setName('pause').setDescription("Pause this channel's daily round"))
    .addSubcommand((s) => s.setName('resume').setDescription("Resume this channel's daily round"))
    .addSubcommand((s) => s.setName('list').setDescription("This server's daily rounds"))
    .addSubcommand((s) => s.setName('delete').setDescription("Delete this channel's daily round"));
  const forget = inServers(new SlashCommandBuilder().setName('forget-me').setDescription('Delete everything stored about you (asks first)'));
  const exportData = inServers(new SlashCommandBuilder().setName('export').setDescription('All your data as a JSON file (private)'));
  const mock = inServers(new SlashCommandBuilder().setName('mock').setDescription('A timed mock interview: questions, a follow-up after each, a report card'))
    .addStringOption(difficulty)
    .addStringOption(phase)
    .addStringOption(stakeholder)
    .addStringOption((o) => o.setName('dimension').setDescription('The kind of question (Structural, Data, …)').setAutocomplete(true).setMaxLength(60))
    .addIntegerOption((o) => o.setName('count').setDescription(`Questions (default ${MOCK_QUESTIONS})`).setMinValue(1).setMaxValue(MOCK_MAX_QUESTIONS))
    .addBooleanOption((o) => o.setName('end').setDescription('Give up the mock in progress'));
  const settings = inServers(new SlashCommandBuilder().setName('settings').setDescription('Your settings: the language of feedback and report cards')).addStringOption((o) =>
    o
      .setName('lang')
      .setDescription('English, Chinese, or auto (the language of each answer)')
      .addChoices({ name: 'English', value: 'en' }, { name: '中文 (Chinese)', value: 'zh' }, { name: 'auto: the language of each answer', value: 'auto' }),
  );
  return [practice, question, progress, leaderboard, help, schedule, forget, exportData, mock, settings].map((b) => b.toJSON());
}
