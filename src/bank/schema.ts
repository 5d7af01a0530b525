import { z } from 'zod';
import { extractQuantities, sameQuantity } from './quantity.ts';
import { constraintValues } from './text.ts';

/** The single source of truth for the bank's records: types are inferred from these schemas. */

export const DIFFICULTIES = ['F', 'I', 'A'] as const;
export const DIFFICULTY_NAMES: Record<Difficulty, string> = { F: 'Foundational', I: 'Intermediate', A: 'Advanced' };
export const PHASES = ['Requirements', 'Design', 'Dev', 'Testing', 'Deploy', 'Ops', 'Maintenance', 'Evolution'] as const;
export const STAKEHOLDER_ROLES = ['BA', 'PM', 'Arch', 'Dev', 'QA', 'DevOps', 'Sec', 'Data', 'SRE', 'Lead'] as const;

/** The eight constraint categories the glossary defines as G1–G8. */
export const CONSTRAINT_CATEGORIES = {
  Technical: 'G1',
  Resource: 'G2',
  Business: 'G3',
  Organizational: 'G4',
  Compliance: 'G5',
  Operational: 'G6',
  Ecosystem: 'G7',
  Lifecycle: 'G8',
} as const;

export const DifficultySchema = z.enum(DIFFICULTIES);
export const PhaseSchema = z.enum(PHASES);
export const StakeholderRoleSchema = z.enum(STAKEHOLDER_ROLES);
export type Difficulty = z.infer<typeof DifficultySchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type StakeholderRole = z.infer<typeof StakeholderRoleSchema>;

const text = z.string().trim().min(1, 'must not be empty');
const idOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[1-9]\\d*$`), `must look like ${prefix}1, ${prefix}2, …`);

/**
 * One constraint category of an entry. The category is kept as written (the seed uses one outside
 * G1–G8, which the validator reports); `text` is the raw segment and the values are split from it.
 */
export const ConstraintSchema = z
  .object({
    category: text,
    text,
  })
  .strict();
export type Constraint = z.infer<typeof ConstraintSchema>;

export const CodeSchema = z
  .object({
    language: text,
    source: z.string().min(1, 'must not be empty'),
  })
  .strict();

/** Other names candidates use for a thing (English and Chinese); optional, so imported entries need none. */
const NamesSchema = z.object({ en: z.array(text).default([]), zh: z.array(text).default([]) }).strict();

export const TradeOffSchema = z.object({
  approach: text,
  pros: text,
  cons: text,
  hardware: text,
  budget: text,
  business: text,
  tag: text,
  /** How answers name this approach (`breaker`, `CB`, `熔断器`): the scorer reads which one an answer recommends. */
  aliases: NamesSchema.optional(),
}).strict();
export type TradeOff = z.infer<typeof TradeOffSchema>;

export const StakeholderNoteSchema = z
  .object({
    role: StakeholderRoleSchema,
    note: text,
  })
  .strict();

/**
 * An interviewer's follow-up: one constraint changed (or one added), what a good adaptation contains, and
 * a model follow-up answer. `changes.from` is a value exactly as the entry's constraint writes it; it is
 * absent when the twist adds a constraint (a veto, an outage, a regulation).
 */
export const FollowUpSchema = z
  .object({
    twist: text,
    changes: z.object({ category: text, from: text.optional(), to: text }).strict(),
    adaptation: z
      .object({
        /** The design change the twist forces. */
        approach: text,
        /** What of the first design can no longer stand. */
        rulesOut: text,
        /** Adapting the wrong way (spending more after a budget cut). */
        wrongWay: text,
        /** The new arithmetic that shows the adapted design fits; it must add up. */
        arithmetic: text,
        affected: z.array(StakeholderRoleSchema).min(1, 'names at least one affected role'),
      })
      .strict(),
    answer: text,
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const ENTRY_STATUSES = ['complete', 'incomplete'] as const;

/** An entry as stored in content/ (one YAML file per question). */
export const EntrySchema = z
  .object({
    id: idOf('Q'),
    question: text,
    difficulty: DifficultySchema,
    dimension: text,
    phases: z.array(PhaseSchema).min(1, 'needs at least one phase'),
    stakeholders: z.array(StakeholderRoleSchema).min(1, 'needs at least one stakeholder'),
    keyInsight: text,
    constraints: z.array(ConstraintSchema).min(1, 'needs at least one constraint category'),
    status: z.enum(ENTRY_STATUSES),
    statedWordCount: z.number().int().nonnegative().nullable(),
    answer: text.nullable(),
    code: CodeSchema.nullable(),
    metrics: text.nullable(),
    tradeOffs: z.array(TradeOffSchema),
    stakeholderNotes: z.array(StakeholderNoteSchema),
    /** Other names for what the key insight changes (`error rate` → `errors`, `错误率`), for the scorer. */
    keyInsightAliases: z.array(z.object({ phrase: text, en: z.array(text).default([]), zh: z.array(text).default([]) }).strict()).optional(),
    /** The interviewer's follow-ups for mock interviews; imported entries have none. */
    followUps: z.array(FollowUpSchema).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.status === 'complete' && entry.answer === null) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a complete entry needs an answer' });
    }
    if (entry.status === 'incomplete' && entry.answer !== null) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'an entry with an answer must be complete' });
    }
    (entry.followUps ?? []).forEach((f, i) => {
      const { category, from, to } = f.changes;
      if (from === undefined) return;
      const constraint = entry.constraints.find((c) => c.category === category);
      const values = constraint ? constraintValues(constraint.text) : [];
      if (!values.includes(from)) {
        ctx.addIssue({ code: 'custom', path: ['followUps', i, 'changes', 'from'], message: `"${from}" is not a ${category} value of this entry (${values.join(', ') || 'no such category'})` });
      }
      const a = extractQuantities(from);
      const b = extractQuantities(to);
      const same = from.trim().toLowerCase() === to.trim().toLowerCase() || (a.length === 1 && b.length === 1 && sameQuantity(a[0]!, b[0]!));
      if (same) ctx.addIssue({ code: 'custom', path: ['followUps', i, 'changes', 'to'], message: `the new value must differ from the one it twists ("${from}")` });
    });
  });
export type EntryRecord = z.infer<typeof EntrySchema>;

/** References found in an entry's text; derived by the loader, never stored. */
export type EntryRefs = { citations: string[]; tools: string[]; glossary: string[] };
export type Entry = EntryRecord & { refs: EntryRefs };

const AliasesSchema = z
  .object({ en: z.array(text).default([]), zh: z.array(text).default([]) })
  .strict()
  .default({ en: [], zh: [] });

export const GlossaryTermSchema = z
  .object({
    id: idOf('G'),
    name: text,
    language: z.enum(['EN', 'ZH']),
    definition: text,
    related: z.string().trim().nullable(),
    aliases: AliasesSchema,
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const ToolSchema = z
  .object({
    id: idOf('T'),
    name: text,
    description: text,
    /** Names that may stand before `(Tn)` for this tool, besides its name (e.g. `anvil` for Foundry). */
    aliases: z.array(text).default([]),
    version: z.string().trim().nullable(),
    cost: z.string().trim().nullable(),
    url: z.string().trim().nullable(),
  })
  .strict();
export type Tool = z.infer<typeof ToolSchema>;

export const LiteratureSchema = z.object({ id: idOf('L'), text }).strict();

export const CitationSchema = z
  .object({
    id: idOf('C'),
    text,
    language: z.enum(['EN', 'ZH']),
  })
  .strict();
export type Citation = z.infer<typeof CitationSchema>;

export const RoleSchema = z
  .object({ id: StakeholderRoleSchema, name: text, aliases: AliasesSchema })
  .strict();

export const ReferencesSchema = z
  .object({
    glossary: z.array(GlossaryTermSchema),
    tools: z.array(ToolSchema),
    literature: z.array(LiteratureSchema),
    citations: z.array(CitationSchema),
    roles: z.array(RoleSchema).default([]),
  })
  .strict();
export type References = z.infer<typeof ReferencesSchema>;

/** What the bank says about itself (the seed's header and its "Validation Report"), kept to be checked. */
export const ClaimsSchema = z
  .object({
    entries: z.number().int().nullable(),
    difficulty: z.object({ F: z.number().int(), I: z.number().int(), A: z.number().int() }).nullable(),
    wordRange: z.tuple([z.number().int(), z.number().int()]).nullable(),
    quantifiedPct: z.number().nullable(),
    traceablePct: z.number().nullable(),
    citedPct: z.number().nullable(),
    zhCitationPct: z.number().nullable(),
    phasesCovered: z.number().int().nullable(),
    stakeholdersCovered: z.number().int().nullable(),
    status: z.string().nullable(),
  })
  .strict();
export type Claims = z.infer<typeof ClaimsSchema>;

export const BankMetaSchema = z
  .object({
    title: text,
    targetRole: z.string().trim().nullable(),
    phasesLine: z.string().trim().nullable(),
    outputLine: z.string().trim().nullable(),
    /** Section 3 of the seed, verbatim. */
    validationReport: z.string().nullable(),
    claims: ClaimsSchema,
  })
  .strict();
export type BankMeta = z.infer<typeof BankMetaSchema>;

export type Bank = {
  meta: BankMeta;
  references: References;
  entries: Entry[];
  /** Content hash: attempts record which bank version they were scored against. */
  version: string;
};
