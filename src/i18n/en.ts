/**
 * Every user-facing template of the scorer's reports and the score views, in English. The Chinese catalogue
 * (`zh.ts`) has the same shape — the type makes a missing key a compile error, and a test compares the
 * two at run time. Technical terms, values and numbers are passed in as written, never translated.
 */
import type { DimensionName, Flag } from '../scoring/names.ts';

type Claim = 'stated' | 'unquantified' | 'unlinked' | 'reversed' | 'rejected' | 'missed';

export type Messages = {
  dimension: Record<DimensionName, string>;
  flag: Record<Flag, string>;
  /** What a flag asks of the candidate; null where the cap's reason says enough. */
  advice: Record<Flag, string | null>;
  cap: {
    modelCopy: string;
    insightCopy: string;
    questionCopy: string;
    constraintsCopy: string;
    restates: string;
    salad: string;
    keywords: string;
    noReasoning: string;
    tooShort: string;
    filler: string;
    offTopic: string;
    padding: string;
    boilerplate: string;
    noApproach: string;
    argues: (alternative: string) => string;
    rejects: (approach: string) => string;
    wrongNumbers: (n: number) => string;
    wrongWay: (how: string) => string;
    keptDesign: (what: string) => string;
  };
  feedback: {
    capped: (limit: number, reason: string) => string;
    strong: string;
    argueFor: (alternative: string, cons: string, approach: string) => string;
    turnDown: (approach: string) => string;
    neverName: (approach: string) => string;
    nameOnly: (approach: string) => string;
    unquantified: (claim: string) => string;
    unlinked: (claim: string) => string;
    missedClaim: (claim: string) => string;
    reversed: (claim: string) => string;
    wrongNumber: (said: string, expected: string, why: string) => string;
    constraintsMissed: (list: string) => string;
    metricsShow: (list: string) => string;
    weighAgainst: (alternative: string, pros: string, cons: string) => string;
    sayCost: (claim: string) => string;
    stakeholders: (roles: string) => string;
    weakest: (dimension: string) => string;
    followUpChange: (approach: string) => string;
    followUpNewValue: (value: string) => string;
    followUpKeepOne: string;
    followUpArithmetic: (example: string) => string;
    followUpDrop: (what: string) => string;
  };
  readNext: { insight: (definition: string) => string; citation: string; missed: (constraint: string) => string };
  items: {
    ownNumbers: (n: number) => string;
    calculations: (n: number) => string;
    deriveNumbers: string;
    showCalculation: string;
    weighedAgainst: (alternative: string) => string;
    costWithNumber: string;
    costNamed: string;
    theAlternative: (alternatives: string) => string;
    whatItCosts: string;
    newValue: (constraint: string) => string;
    keepOne: string;
    youSaid: (said: string) => string;
  };
  why: {
    downtime: (said: string, expected: string) => string;
    more: (times: string, category: string) => string;
    less: (times: string, category: string) => string;
    states: (times: string, more: boolean) => string;
    arithmetic: (recomputed: string, stated: string) => string;
  };
  claim: { kind: Record<'approach' | 'effect' | 'cost', string>; status: Record<Claim, string> };
  view: {
    score: string;
    claims: string;
    missedConstraints: (n: number) => string;
    noMissedConstraints: string;
    numbersToCheck: string;
    youSaidExpected: (said: string, expected: string, why: string) => string;
    feedback: string;
    readNext: string;
    covered: string;
    missed: string;
    flags: string;
    cappedBars: (limit: number, reason: string) => string;
    onlyYou: (words: number, scorer: string) => string;
    andMore: (n: number) => string;
    followUpTitle: (n: number) => string;
    yourAnswer: string;
  };
  mock: {
    title: string;
    step: (index: number, of: number) => string;
    budget: (minutes: number) => string;
    elapsed: (minutes: string, budget: number) => string;
    followUpIntro: string;
    question: string;
    firstAnswer: string;
    followUp: string;
    time: string;
    overall: string;
    adaptability: string;
    strengths: string;
    weaknesses: string;
    studyNext: string;
    compared: (previous: number, delta: number) => string;
    firstMock: string;
    notAnswered: string;
    finished: string;
    resumed: (index: number, of: number) => string;
  };
  /** Running a mock interview: what the platforms say around its steps (issue 14). */
  mockRun: {
    started: (questions: number, budgetMinutes: number) => string;
    fewer: (matching: number, asked: number) => string;
    expiredBefore: string;
    followUpStep: (index: number, of: number) => string;
    answer: string;
    adaptHint: string;
    answerHint: string;
    nextUp: string;
    cardIntro: string;
    cardFile: string;
    cardWritten: (path: string) => string;
    cardUploaded: string;
    cardNotUploaded: string;
    noCard: string;
    ended: string;
    nothingToEnd: string;
    terminalHint: string;
    cancel: string;
    paused: string;
    cardHint: string;
  };
  /** A follow-up in practice mode, offered after any scored answer. */
  followUpRun: {
    button: string;
    title: (questionId: string, n: number) => string;
    intro: (questionId: string) => string;
    noAnswerYet: string;
    saved: string;
  };
  settings: {
    lang: Record<'en' | 'zh' | 'auto', string>;
    current: (setting: string, how: string) => string;
  };
  /** Refusals of the mock and follow-up use cases, shown as they are. */
  errors: {
    mockCount: (max: number) => string;
    noMock: string;
    mockExpired: string;
    stepAnswered: (index: number, of: number) => string;
    answerFirst: (questionId: string) => string;
    noFollowUp: (questionId: string) => string;
    badLang: (given: string) => string;
  };
};

export const en: Messages = {
  dimension: { keyInsight: 'Key insight', constraints: 'Constraints', metrics: 'Quantified metrics', tradeOffs: 'Trade-offs', stakeholders: 'Stakeholders' },
  flag: {
    empty: 'empty answer',
    'dont-know': '"I don\'t know"',
    'too-short': 'too short to judge',
    'keyword-list': 'a list of keywords',
    'question-copy': 'copies the question',
    'constraints-copy': 'copies the constraints',
    padding: 'padded',
    'off-topic': 'off topic',
    'no-reasoning': 'no reasoning',
    boilerplate: 'boilerplate',
    'rejected-approach': 'picks an approach the question rules out',
    truncated: 'cut off',
    'model-answer-copy': 'copies the model answer',
    'insight-copy': 'copies the key insight',
    'word-salad': 'words in no order',
    filler: 'key phrases in filler',
    'wrong-design': 'argues a design the constraints rule out',
    'no-approach': 'never says which design',
    'wrong-numbers': 'numbers that break the constraints',
    'kept-design': 'keeps the design the twist rules out',
    'wrong-direction': 'adapts the wrong way',
  },
  advice: {
    empty: 'The answer is empty: write your design in a few sentences, with numbers.',
    'dont-know': 'Not knowing is fine in practice: start from the constraints — what do the cores, memory, team and SLA rule out?',
    'too-short': 'Too short to show your reasoning: name the design, tie it to the constraint values, and say what it costs.',
    'keyword-list': 'This reads as a list of terms: interviewers score reasoning. Connect each choice to a constraint ("because…", "so…", "at the cost of…").',
    'question-copy': 'Much of this repeats the question: the interviewer knows it; spend the words on your design.',
    'constraints-copy': 'Restating the constraints line is not addressing it: say what each value forces you to decide.',
    padding: 'Long but generic: cut the best-practice talk and make concrete decisions with numbers.',
    'off-topic': 'This does not answer this question: re-read it and its constraints.',
    'no-reasoning': 'Claims without reasons: add why each choice fits the constraints ("because", "so", "which means").',
    boilerplate: 'Interview phrases ("trade-off", "stakeholder impact", "risk") without the substance behind them: name the numbers, the alternative and who pays.',
    'rejected-approach': null,
    truncated: 'Only the first 20,000 characters were read.',
    'model-answer-copy':
      'Most of this is the model answer, pasted, so it is not scored as yours and stays off the leaderboard and your streak. Close it and write the design from memory: recalling it in your own words is exactly the practice.',
    'insight-copy': 'The key insight copied word for word earns nothing: say it in your own words, tied to these constraints.',
    'word-salad': 'The words are in no order, so no sentence argues anything: write sentences that say what you would build and why.',
    filler: 'The key phrases sit in sentences that argue nothing ("…stays on everyone\'s mind"): say what each one decides and what it costs.',
    'wrong-design': null,
    'no-approach': null,
    'wrong-numbers': 'Some of your numbers break the constraints (see "Numbers to check"): an interviewer stops trusting the rest of the design there.',
    'kept-design': 'You kept the design the twist rules out: say what the new value forces you to change, and show the arithmetic that proves the change fits.',
    'wrong-direction': 'You adapted the wrong way: the twist asks you to move the other way — re-read what changed and which constraint now binds.',
  },
  cap: {
    modelCopy: 'most of it is the model answer, copied',
    insightCopy: 'much of it is the key insight, copied word for word',
    questionCopy: 'it mostly repeats the question',
    constraintsCopy: 'it mostly repeats the constraints line',
    restates: 'it restates the constraints without deciding anything',
    salad: 'its words are in no order: no sentence argues anything',
    keywords: 'it is a list of terms, not an argument',
    noReasoning: 'it states claims without a single reason',
    tooShort: 'it is too short to show reasoning',
    filler: 'its key phrases sit in sentences that argue nothing',
    offTopic: 'it answers a different question',
    padding: 'it is long but says little about this design',
    boilerplate: 'interview phrases without the substance behind them',
    noApproach: 'it never says which design it would build',
    argues: (alternative) => `it recommends ${alternative}, which these constraints rule out`,
    rejects: (approach) => `it rejects ${approach}, the approach these constraints call for`,
    wrongNumbers: (n) => `${n} number${n === 1 ? '' : 's'} break${n === 1 ? 's' : ''} the constraints`,
    wrongWay: (how) => `it adapts the wrong way (${how})`,
    keptDesign: (what) => `it keeps the design the twist rules out (${what})`,
  },
  feedback: {
    capped: (limit, reason) => `Capped at ${limit}: ${reason}.`,
    strong: 'Strong answer: constraint-aware, quantified and weighed.',
    argueFor: (alternative, cons, approach) => `You argue for ${alternative}, but these constraints rule it out${cons ? ` (${cons})` : ''}: the design the question is after is ${approach}.`,
    turnDown: (approach) => `You turn down ${approach}, which is the approach these constraints call for: weigh what it costs against what it saves before rejecting it.`,
    neverName: (approach) => `You never name the approach the question is after: ${approach}.`,
    nameOnly: (approach) => `You name ${approach} but never say what it does here: tie it to an effect and a number in the same sentence.`,
    unquantified: (claim) => `You never quantify it: the key claim is "${claim}".`,
    unlinked: (claim) => `You mention it, but not as an effect of your design: the key claim is "${claim}".`,
    missedClaim: (claim) => `You never get to "${claim}".`,
    reversed: (claim) => `Check the direction: the key claim is "${claim}", and your answer says the opposite.`,
    wrongNumber: (said, expected, why) => `You said ${said}; the question gives ${expected} — ${why}.`,
    constraintsMissed: (list) => `Constraints you never address: ${list}.`,
    metricsShow: (list) => `Quantified metrics: show ${list}.`,
    weighAgainst: (alternative, pros, cons) => `Weigh it against ${alternative}: ${pros} for it, ${cons} against it.`,
    sayCost: (claim) => `Say what your design costs, with its number: "${claim}".`,
    stakeholders: (roles) => `Stakeholders: say what ${roles} gain or give up.`,
    weakest: (dimension) => `Weakest dimension: ${dimension}.`,
    followUpChange: (approach) => `The change this twist calls for: ${approach}`,
    followUpNewValue: (value) => `Say the new value and what it forces: ${value}.`,
    followUpKeepOne: 'Show that a constraint the twist did not touch still holds, with its value.',
    followUpArithmetic: (example) => `Show the new arithmetic, e.g. ${example.replace(/\.$/, '')}.`,
    followUpDrop: (what) => `Say what of the first design you drop: ${what}`,
  },
  readNext: {
    insight: (definition) => `the key insight rests on it: ${definition}`,
    citation: 'the model answer builds on it',
    missed: (constraint) => `you missed ${constraint}`,
  },
  items: {
    ownNumbers: (n) => `${n} number${n === 1 ? '' : 's'} of your own`,
    calculations: (n) => `${n} calculation${n === 1 ? '' : 's'} that add${n === 1 ? 's' : ''} up`,
    deriveNumbers: 'numbers of your own derived from the constraints (a latency budget, a capacity, a cost per month)',
    showCalculation: 'one calculation shown (a + b = total, or x × y = capacity)',
    weighedAgainst: (alternative) => `weighed against ${alternative}`,
    costWithNumber: 'a cost with its number',
    costNamed: 'a cost named',
    theAlternative: (alternatives) => `the alternative: ${alternatives}`,
    whatItCosts: 'what the choice costs, with a number',
    newValue: (constraint) => `${constraint} (the new value)`,
    keepOne: 'one constraint the twist did not change, with its value',
    youSaid: (said) => `you said ${said}`,
  },
  why: {
    downtime: (said, expected) => `${said} vs ${expected} of downtime`,
    more: (times, category) => `${times}× more than the ${category} constraint allows`,
    less: (times, category) => `${times}× less than the ${category} constraint needs`,
    states: (times, more) => `${times}× ${more ? 'more' : 'less'} than the question states`,
    arithmetic: (recomputed, stated) => `the arithmetic comes to ${recomputed}, not ${stated}`,
  },
  claim: {
    kind: { approach: 'approach', effect: 'effect', cost: 'cost' },
    status: { stated: 'stated', unquantified: 'no number', unlinked: 'not tied to your design', reversed: 'the opposite', rejected: 'argued against', missed: 'missing' },
  },
  view: {
    score: 'Score',
    claims: 'Key insight, claim by claim',
    missedConstraints: (n) => `Missed constraints (${n})`,
    noMissedConstraints: 'None: you addressed every constraint.',
    numbersToCheck: 'Numbers to check',
    youSaidExpected: (said, expected, why) => `you said ${said}; expected ${expected} — ${why}`,
    feedback: 'Feedback',
    readNext: 'Read next',
    covered: 'Covered',
    missed: 'Missed',
    flags: 'Flags',
    cappedBars: (limit, reason) => `Capped at ${limit}: ${reason}. The bars show the capped points.`,
    onlyYou: (words, scorer) => `Only you can see this · ${words} words · scorer ${scorer}`,
    andMore: (n) => `… and ${n} more`,
    followUpTitle: (n) => `follow-up ${n}`,
    yourAnswer: 'Your answer',
  },
  mock: {
    title: 'Mock interview — report card',
    step: (index, of) => `Question ${index} of ${of}`,
    budget: (minutes) => `time budget ${minutes} min (shown, never enforced)`,
    elapsed: (minutes, budget) => `${minutes} of ${budget} min`,
    followUpIntro: 'The interviewer changes a constraint:',
    question: 'Question',
    firstAnswer: 'First answer',
    followUp: 'Follow-up',
    time: 'Time',
    overall: 'Overall',
    adaptability: 'Adaptability (follow-ups)',
    strengths: 'Strengths',
    weaknesses: 'Weaknesses',
    studyNext: 'Study next',
    compared: (previous, delta) => `Previous mock: ${previous} — ${delta >= 0 ? `up ${delta}` : `down ${-delta}`}`,
    firstMock: 'Your first mock: the next one will compare with it.',
    notAnswered: 'not answered',
    finished: 'Mock finished.',
    resumed: (index, of) => `Resuming your mock interview at question ${index} of ${of}.`,
  },
  mockRun: {
    started: (questions, budgetMinutes) =>
      `Mock interview: ${questions} question${questions === 1 ? '' : 's'}, each followed by the interviewer changing a constraint. About ${budgetMinutes} minutes a question: the clock is shown and recorded, never enforced.`,
    fewer: (matching, asked) => `Only ${matching} question${matching === 1 ? '' : 's'} match${matching === 1 ? 'es' : ''} your filters, so this mock has ${matching} instead of ${asked}.`,
    expiredBefore: 'Your previous mock was left untouched for a day and has expired; this is a new one.',
    followUpStep: (index, of) => `Question ${index} of ${of} · follow-up`,
    answer: 'Answer',
    adaptHint: 'Adapt your design: say the new value, what it forces you to change, the new arithmetic, and which constraints still hold.',
    answerHint: 'Numbers, constraints, trade-offs and who is affected all count.',
    nextUp: 'Next step of your mock:',
    cardIntro: 'Your mock interview is finished. Here is your report card.',
    cardFile: 'report-card.png',
    cardWritten: (path) => `Wrote your report card to ${path}.`,
    cardUploaded: 'The report card is also in your direct messages with me, as an image.',
    cardNotUploaded: 'I could not upload the report card image here, so it is shown as text only.',
    noCard: 'No finished mock yet: finish one and its report card is kept.',
    ended: 'Mock ended. Start a new one whenever you like.',
    nothingToEnd: 'You had no mock in progress.',
    cancel: 'Cancel',
    terminalHint: 'Finish your answer with a line holding just "." (or Ctrl-D). "skip" pauses the mock: type mock to come back to it.',
    paused: 'Mock paused where you are: type mock to continue (it expires after a day untouched).',
    cardHint: 'Type card to save the report card as a PNG (card FILE.png for another path).',
  },
  followUpRun: {
    button: 'Follow-up',
    title: (questionId, n) => `${questionId} · follow-up ${n}`,
    intro: (questionId) => `Follow-up on ${questionId}: the interviewer changes a constraint.`,
    noAnswerYet: 'Answer a question first; then f asks its follow-up.',
    saved: 'Saved (follow-ups count for adaptability, not the leaderboard). Enter: next question · f: another follow-up · m: model answer · q: quit.',
  },
  settings: {
    lang: {
      en: 'Feedback and report cards are now in English.',
      zh: 'Feedback and report cards are now in Chinese (反馈和成绩单现在使用中文).',
      auto: 'Feedback now follows the language of each answer: Chinese for a mostly Chinese answer, else English.',
    },
    current: (setting, how) => `Language: ${setting} (change it with ${how}).`,
  },
  errors: {
    mockCount: (max) => `A mock interview has 1 to ${max} questions.`,
    noMock: 'You have no mock interview in progress: start a new one.',
    mockExpired: 'That mock interview was left untouched for a day and has expired: start a new one.',
    stepAnswered: (index, of) => `That step of your mock is already answered; you are at question ${index} of ${of} now.`,
    answerFirst: (questionId) => `Answer ${questionId} first: a follow-up changes a constraint of your own answer.`,
    noFollowUp: (questionId) => `${questionId} has no follow-up questions yet.`,
    badLang: (given) => `There is no language "${given}": choose en, zh or auto.`,
  },
};
