/** `npm run bench`: every figure the README quotes, and the machine that produced them. */
import { benchBank } from './bank.ts';
import { benchDiscord } from './discord.ts';
import { benchPractice } from './practice.ts';
import { benchReportCard } from './report-card.ts';
import { benchScoring } from './scoring.ts';
import { benchSchedule } from './schedule.ts';
import { benchRoundProcesses } from './round-processes.ts';
import { benchSlack } from './slack.ts';
import { machine, printFigures } from './harness.ts';

console.log(`# constraint-coach benchmarks — ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${machine()}`);
printFigures('Bank (load, validate, search)', await benchBank());
printFigures('Scoring', benchScoring());
printFigures('Mock interview report card (PNG)', await benchReportCard());
printFigures('Practice and store (1M attempts, 10K users), SQLite and PostgreSQL', await benchPractice());
printFigures('Slack adapter (overhead per request, scoring excluded)', await benchSlack());
printFigures('Discord adapter (overhead per interaction, scoring excluded)', await benchDiscord());
printFigures('Daily rounds (1,000 channels at one minute, simulated time)', await benchSchedule());
printFigures('Daily rounds in 4 processes on PostgreSQL (1,000 channels at one minute, real time)', await benchRoundProcesses());
