/**
 * Which approach an answer recommends. Each mention of the entry's approach or of an alternative its
 * trade-off table rejects is read with the words around it, in its own sentence: recommended ("I'd use",
 * "go with", "… is the right call"), turned down ("without", "instead of", "… is too slow", "skip"),
 * compared ("vs", "than"), or only named. An answer that recommends an alternative over the approach,
 * or turns the approach down and never recommends it, argues a wrong design whatever words it uses.
 */
import type { AnswerView, Mention } from './answer.ts';
import { COMPARE_BEFORE, HAN_PREFER_AFTER, HAN_RECOMMEND, HAN_REJECT, HAN_REJECT_AFTER, RECOMMEND_AFTER, RECOMMEND_BEFORE, REJECT_AFTER, REJECT_BEFORE } from './lexicon.ts';
import type { Term } from './match.ts';
import { STOPWORDS } from './lexicon.ts';
import type { ApproachOption } from './rubric.ts';

export type Polarity = 'recommended' | 'rejected' | 'compared' | 'named';
export type OptionStance = { label: string; recommended: number; committed: number; rejected: number; compared: number; named: number; mentions: (Mention & { polarity: Polarity })[] };

export type Stance = {
  approach: OptionStance;
  alternatives: OptionStance[];
  /** The alternative the answer argues for instead of the approach, if any. */
  chosenAlternative: OptionStance | null;
  /** The answer turns the approach down (and never recommends it). */
  rejectsApproach: boolean;
  wrongDesign: boolean;
};

/** How far back a cue may stand: within the sentence, and not across `;`, `:`, a parenthesis or a turn ("but", "so"). */
const CUE_WINDOW = 8;
/** After a name: the clause goes on in the conditional ("… would add 60ms"). */
const HYPOTHETICAL_AFTER = /^[\s,]*(?:[\w'-]+\s+){0,4}?(?:would|could|might)\b/;
/** After a name: it is kept for a part only ("keep the runtime estimate, but only as the fallback"). */
const LIMITED_AFTER = /^[\s,]*(?:[\w'-]+\s+){0,3}?(?:but\s+)?only\s+(?:as|for|in|on|when|where)\b|^[\s,]*(?:[\w'-]+\s+){0,3}?as (?:a|the) (?:fallback|backstop|safety net)\b/;
const FIRST_PERSON_SUBJECT = new Set(['i', 'we', "i'd", "we'd", "i'll", "we'll", "let's"]);
const CLAUSE_BREAK = new Set(['but', 'so', 'because', 'however', 'whereas', 'while']);

function polarityOf(view: AnswerView, mention: Mention): Polarity {
  const { index } = view;
  const tokenIndex = index.content[mention.position]!.index;
  const token = index.tokens[tokenIndex]!;
  const sentence = view.sentences[mention.sentence];
  const sentenceStart = sentence?.start ?? 0;
  const sentenceEnd = sentence?.end ?? index.text.length;
  const before: string[] = [];
  /** How many words back the clause reaches before a comma. */
  let clause = Infinity;
  for (let k = tokenIndex - 1; k >= 0 && before.length < CUE_WINDOW; k--) {
    const t = index.tokens[k]!;
    const gap = index.text.slice(t.start + t.text.length, index.tokens[k + 1]!.start);
    if (t.start < sentenceStart || /[;:()]/.test(gap) || CLAUSE_BREAK.has(t.text)) break;
    if (gap.includes(',') && clause === Infinity) clause = before.length;
    before.push(t.text);
  }
  const joined = before.slice().reverse().join(' ');
  // The words after the name, from where its phrase ends: "… is too slow", "… sounds clever, but".
  // Names end in symbols too ("URL Path (/v2, /v3)", "Shadow Traffic 5%"): the verdict starts after the matched words and what closes them.
  const after = index.text
    .slice(mention.end, Math.min(sentenceEnd, mention.end + 90))
    .replace(/^[)\]}%`"']+/, '')
    .replace(/^(?:[\s-]+(?!(?:is|are|was|were|has|have|got|would|feels|seems|looks|sounds|gets|becomes|too|wins|just|simply|doesn|does|won|will|can|cannot|fails?|makes|never|only)\b)[\p{L}\p{N}_'/.`"%-]+){0,3}/u, '');
  const hanBefore = index.text.slice(Math.max(sentenceStart, token.start - 12), token.start);
  const hanAfter = index.text.slice(token.start, Math.min(sentenceEnd, token.start + 16));
  // The nearest cue decides: in "I'd skip it and use naive retries", "use" governs the retries.
  if (REJECT_AFTER.test(after) || HAN_REJECT.some((h) => hanBefore.includes(h)) || HAN_REJECT_AFTER.some((h) => hanAfter.includes(h))) return 'rejected';
  // A name that starts with its own verb ("build blocks locally") is recommended unless something turns it down.
  if (RECOMMEND_BEFORE.has(token.text) && !REJECT_BEFORE.has(before[0] ?? '')) return 'recommended';
  const contrast = (k: number) => (before[k] === 'than' && before[k + 1] === 'rather') || (before[k] === 'of' && /^(instead|place)$/.test(before[k + 1] ?? '')) || (before[k] === 'for' && before[k + 1] === 'need' && before[k + 2] === 'no');
  // "rather than run Redis": the contrast governs the verb after it ("instead of batching, use …" does not).
  for (let k = 0; k < Math.min(before.length, 4, clause); k++) if (contrast(k)) return 'rejected';
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!;
    if (contrast(k)) return 'rejected';
    // "Drop Kinesis for micro-batches", "replace the cron with a queue": the verb turns down the first name and takes this one.
    if (k < 4 && SWAP_VERBS.has(w) && before.slice(0, k).some((x) => x === 'for' || x === 'with')) return 'recommended';
    // "not only X but also Y" affirms X; "not yet migrated, strangler-fig style": the negator governs another word.
    const governsName = !before.slice(0, k).some((x) => /[a-z]{3,}ed$/.test(x) && !STOPWORDS.has(x) && !RECOMMEND_BEFORE.has(x));
    // "I wouldn't let the proc macro hit the network": the denial governs what X would do, not X.
    const causative = before.slice(0, k).some((x) => CAUSATIVE.has(x));
    if (k < 4 && REJECT_BEFORE.has(w) && governsName && !causative && !(w === 'not' && before[k - 1] === 'only')) return 'rejected';
    // "I'd argue against URL versioning", "we decided against X": a verdict, not a comparison.
    if (w === 'against' && /^(?:argue|argued|arguing|vote|voted|decide|decided|recommend|recommended|advise|advised|lean|leaning|push|pushed)$/.test(before[k + 1] ?? '')) return 'rejected';
    if (k < 4 && k < clause && COMPARE_BEFORE.has(w)) return 'compared';
    // "I'd cap what any single validator can get": the name sits in a clause of its own, which the modal does not reach.
    if (MODAL_SUBJECTS.has(w) && before.slice(0, k).some((x) => WH_WORDS.has(x))) continue;
    // "not go hexagonal", "never use a monolith": a negated recommendation turns it down.
    if (k < 4 && RECOMMEND_BEFORE.has(w) && !(w === 'opt' && before[k - 1] !== 'for')) {
      // "…not use X" turns it down; "drop streaming, use micro-batches": the comma ends what "drop" governs.
      // "don't need to build X", "won't have to run X": the denial reaches through "need to".
      const through = before[k + 1] === 'to' && /^(?:need|needs|have|has|want|got)$/.test(before[k + 2] ?? '') ? 2 : 0;
      if ([1, 2].some((d) => k + d + through < clause && REJECT_BEFORE.has(before[k + d + through] ?? ''))) return 'rejected';
      // "Pure yield-chasing would put everything on X": someone else's would-be choice is weighed, not made.
      const modal = before[k + 1];
      if ((modal === 'would' || modal === 'could' || modal === 'might') && !FIRST_PERSON_SUBJECT.has(before[k + 2] ?? '')) return 'named';
      // "State-dependent calls stay on runtime estimation", "those keep runtime estimation": a part keeps X; "we
      // stay on X", "Keep X" or "I would keep X" chooses it.
      if (w === 'stay' || w === 'keep') {
        const verb = index.tokens[tokenIndex - 1 - k]!;
        const lead = index.text.slice(sentenceStart, verb.start).trim().split(/\s+/).pop() ?? '';
        if (lead !== '' && !FIRST_PERSON_SUBJECT.has(lead) && !/^(?:should|will|would|can|must|still|always|to|just|and|so|then|[-*•:]|\d+[.)])$/.test(lead)) return 'named';
      }
      // "Doing X would tax each transfer by 60ms": a gerund with "would" weighs X, it does not choose it.
      return (/ing$/.test(w) && HYPOTHETICAL_AFTER.test(after)) || LIMITED_AFTER.test(after) ? 'named' : 'recommended';
    }
  }
  if (/\b(?:move(?:d|s)? away from|get rid of|away from)\b/.test(joined)) return 'rejected';
  // "Instead: a Safe multisig, 3-of-5 per vault." opens the sentence with what replaces the approach.
  if (/^\s*(?:instead|rather)\s*[:,]/.test(index.text.slice(sentenceStart, token.start)) && before.length <= 3) return 'recommended';
  // "用 Strangler Fig，不重写": 用 (use), 做 (do), 基于 (based on) … opening a clause recommend; inside a word (使用 is listed) it is too common to read alone.
  const preferred = view.sentences[mention.sentence]?.han === true && HAN_PREFER_AFTER.test(index.text.slice(token.start, sentenceEnd));
  if (preferred || RECOMMEND_AFTER.test(after) || HAN_RECOMMEND.some((h) => hanBefore.endsWith(h)) || /(?:^|[，。；：,.;:\s])(?:用|上|做|走|靠|基于|通过)\s*$/.test(hanBefore)) return 'recommended';
  return 'named';
}

/** Verbs whose object does what follows: "let X hit", "make X wait". */
const CAUSATIVE = new Set(['let', 'lets', 'letting', 'make', 'makes', 'making', 'allow', 'allows', 'allowing', 'have']);
/** Cues in RECOMMEND_BEFORE that are a subject and a modal, not a verb of choosing. */
const MODAL_SUBJECTS = new Set(["i'd", "we'd", "i'll", "we'll", "let's", 'should']);
const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'whether', 'where', 'when']);

/** Verbs that trade one thing for another: "swap X for Y". */
const SWAP_VERBS = new Set(['drop', 'dropping', 'ditch', 'ditching', 'replace', 'replacing', 'swap', 'swapping', 'trade', 'trading', 'abandon']);

/** Before a recommended name, in its clause: the speaker commits to it ("for this team I'd build a monolith"). */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+should)|let's|(?:i|we)\s+(?:recommend|choose|pick|propose|prefer))(?:\s+[\p{L}'-]+){0,4}\s*$/u;

function committed(view: AnswerView, mention: Mention): boolean {
  const start = view.index.tokens[view.index.content[mention.position]!.index]!.start;
  const from = Math.max(view.sentences[mention.sentence]?.start ?? 0, start - 60);
  const before = view.index.text.slice(from, start);
  return FIRST_PERSON.test(before.slice(Math.max(0, before.search(/[^,;:]*$/))));
}

function optionStance(view: AnswerView, option: ApproachOption): OptionStance {
  const mentions = view.names(option.terms).map((m) => ({ ...m, polarity: polarityOf(view, m) }));
  const count = (p: Polarity) => mentions.filter((m) => m.polarity === p).length;
  const firstPerson = mentions.filter((m) => m.polarity === 'recommended' && committed(view, m)).length;
  return { label: option.label, recommended: count('recommended'), committed: firstPerson, rejected: count('rejected'), compared: count('compared'), named: count('named'), mentions };
}

/** How strongly the answer argues for an option: recommendations for (more in the first person), rejections against, a mention or two a little for. */
const support = (o: OptionStance) => 1.5 * o.recommended + COMMITTED_WEIGHT * o.committed + 0.4 * Math.min(o.named, NAMED_CAP) - 1.5 * o.rejected - 0.2 * o.compared;
/** Naming an option again and again while arguing for another is discussing it: past two, mentions add nothing. */
const NAMED_CAP = 2;
const COMMITTED_WEIGHT = 1;

/**
 * An alternative is the answer's design when it is recommended at least once and argued for clearly more
 * than the approach (margin 0.5: one recommendation against two mentions of the approach is not enough).
 * Describing the approach's own mechanism counts for it (up to 0.6), outside sentences that reject it.
 */
export function readStance(view: AnswerView, approach: ApproachOption, alternatives: readonly ApproachOption[], mechanism: readonly Term[] = []): Stance {
  const own = optionStance(view, approach);
  // A mention of the approach also inside an alternative's name ("Staged HSM Rotation" vs "Big-Bang Rotation") is the alternative's.
  const others = alternatives.map((a) => optionStance(view, a));
  const startOf = (m: Mention) => view.index.tokens[view.index.content[m.position]!.index]!.start;
  // Inside an alternative's words, from its first to its last ("Local block building" holds "block building").
  const alternativeWords = others.flatMap((o) => o.mentions);
  const taken = (m: Mention) => alternativeWords.some((a) => a.position <= m.position && startOf(m) < a.end);
  // "Native dylib plugins were ruled out: no isolation": after a turned-down alternative, a colon or dash gives its reasons, not a verdict on the approach.
  const turnedDown = others.flatMap((o) => o.mentions.filter((m) => m.polarity === 'rejected'));
  const givesReasons = (m: Mention) =>
    turnedDown.some((a) => a.sentence === m.sentence && a.position < m.position && /[:(]|\s[-–—]\s/.test(view.index.text.slice(startOf(a), startOf(m))));
  const kept = own.mentions
    .filter((m) => !taken(m))
    .map((m) => (m.polarity === 'rejected' && givesReasons(m) ? { ...m, polarity: 'named' as const } : m));
  const count = (p: Polarity) => kept.filter((m) => m.polarity === p).length;
  const mine: OptionStance = { ...own, mentions: kept, recommended: count('recommended'), committed: kept.filter((m) => m.polarity === 'recommended' && committed(view, m)).length, rejected: count('rejected'), compared: count('compared'), named: count('named') };
  const rejecting = new Set(kept.filter((m) => m.polarity === 'rejected').map((m) => m.sentence));
  const described = view.mentions(mechanism).filter((m) => !rejecting.has(m.sentence)).length;
  const mineSupport = support(mine) + Math.min(0.6, 0.15 * described);
  const best = [...others].sort((a, b) => support(b) - support(a))[0] ?? null;
  const chosenAlternative = best && best.recommended > 0 && support(best) > 0 && support(best) >= mineSupport + 0.5 ? best : null;
  const rejectsApproach = mine.rejected > 0 && mine.recommended === 0 && mine.rejected >= mine.named + mine.compared;
  return { approach: mine, alternatives: others, chosenAlternative, rejectsApproach, wrongDesign: chosenAlternative !== null || rejectsApproach };
}
