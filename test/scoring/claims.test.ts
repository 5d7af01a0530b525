import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/bank/quantity.ts';
import { loadBank } from '../../src/bank/load.ts';
import { insightClaims } from '../../src/scoring/claims.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { AnswerIndex, compileTerm } from '../../src/scoring/match.ts';
import { AnswerView } from '../../src/scoring/answer.ts';
import { readStance } from '../../src/scoring/stance.ts';
import { CONTENT } from '../helpers/paths.ts';
import { constraintValuesOf } from './attacks.ts';
import { loadGraded } from './graded.ts';

const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const entry = (id: string) => bank.entries.find((e) => e.id === id)!;
const score = (id: string, text: string) => scorer.score(entry(id), text);

describe('the key insight as claims', () => {
  it('given Q7 then the approach, its effects with numbers and its fit come apart', () => {
    const { subject, claims } = insightClaims(entry('Q7'));
    expect(subject).toBe('Sliding-window CB');
    const errorRate = claims.find((c) => c.object === 'error rate')!;
    expect(errorRate).toMatchObject({ kind: 'effect', direction: 'down' });
    expect(errorRate.numbers.map((n) => n.raw)).toEqual(['90%', '5%', '0.5%']);
    expect(claims.find((c) => c.label === 'fitting 4-core budget')?.kind).toBe('fit');
  });

  it('given a cost after "but" then it is a cost claim', () => {
    const { claims } = insightClaims(entry('Q6'));
    expect(claims.find((c) => c.label.startsWith('adds +50ms read latency'))?.kind).toBe('cost');
  });
});

describe('an answer earns a claim only in its own sentence', () => {
  const approach = (text: string, id = 'Q7') => score(id, text).claims.find((c) => c.kind === 'approach')!.status;

  it('given the approach tied to its effect and number then the claim is stated', () => {
    const report = score('Q7', 'I would put a circuit breaker per RPC provider: it cuts the error rate from 5% to 0.5% by skipping dead providers within 200ms.');
    expect(report.claims.find((c) => c.label.startsWith('cutting error rate'))!.status).toBe('stated');
  });

  it('given the effect without its number then it is unquantified, and the feedback quotes the claim', () => {
    const report = score('Q7', 'I would put a circuit breaker per RPC provider, so the error rate drops a lot because dead providers are skipped and retries stop piling up on them.');
    expect(report.claims.find((c) => c.label.startsWith('cutting error rate'))!.status).toBe('unquantified');
    expect(report.feedback.join('\n')).toContain('You never quantify it: the key claim is "cutting error rate 90% (5% → 0.5%)"');
  });

  it('given key phrases spliced into filler then the approach links nothing', () => {
    expect(approach("Alignment matters, and a sliding-window circuit breaker stays on everyone's mind as a symbol of our culture.")).not.toBe('stated');
  });

  it('given a wrong design in the right vocabulary then the total is capped as a wrong design', () => {
    const report = score(
      'Q7',
      'A circuit breaker is too much machinery for 2 SREs in 1mo. I would skip it and use naive retry with exponential backoff across the 3 RPC providers: retry the same provider up to 3 times, then move to the next, which keeps us inside the 4-core box and the $2.5K/mo budget, and Dev and SRE have less to run.',
    );
    expect(report.flags).toContain('wrong-design');
    expect(report.total).toBeLessThanOrEqual(30);
    expect(report.cap?.reason).toMatch(/Naive Retry/);
    expect(report.feedback.join('\n')).toMatch(/You argue for Naive Retry, but these constraints rule it out/);
  });
});

describe('the direction of an effect', () => {
  it('given the claim\'s number again in a sentence about something else then that sentence does not reverse it', () => {
    const text = `LSTM forecasts scale nodes ahead of the spike: over-provisioning drops 40%, $8K → $4.8K, though training costs $3K/mo.
Reactive HPA alone is simplest but late at every spike and keeps the $8K waste.`;
    const claim = score('Q26', text).claims.find((c) => c.label.includes('over-provisioning'))!;
    expect(claim.status).not.toBe('reversed');
  });
});

describe('numbers that break the constraints', () => {
  it('given a team, a budget and an SLA the question does not allow then each is named and the total drops to about 35', () => {
    const good = score(
      'Q7',
      'One circuit breaker per provider over the 3 RPC providers, sliding 30s window, trips at 5 failures, half-open probe after 60s. It cuts the error rate from 5% to 0.5% and fails over in about 180ms, inside <500ms, so 99.9% uptime holds. On the 4-core, 16GB box it uses about 38% CPU. Budget: compute $1.5K + providers $800 + monitoring $200 = $2.5K/mo. The 2 SREs ship it in 1mo; versus naive retry it adds 30ms per call but protects the $80K/mo API revenue. Dev owns the trait, Lead signs off the budget.',
    );
    const wrong = score(
      'Q7',
      'One circuit breaker per provider over the 3 RPC providers, sliding 30s window, trips at 5 failures, half-open probe after 60s. It cuts the error rate from 5% to 0.5% and fails over in about 900ms, which is fine, so 99.9% uptime holds. On the 4-core, 16GB box it uses about 38% CPU. Budget: compute $3.5K + providers $800 + monitoring $200 = $4.5K/mo. A team of 6 SREs ships it in 1mo; versus naive retry it adds 30ms per call but protects the $80K/mo API revenue. Dev owns the trait, Lead signs off the budget.',
    );
    expect(good.wrongNumbers).toEqual([]);
    expect(wrong.wrongNumbers.map((w) => w.said)).toEqual(expect.arrayContaining(['900ms', '$4.5K/mo', '6 SREs']));
    expect(wrong.flags).toContain('wrong-numbers');
    expect(wrong.total).toBeLessThanOrEqual(40);
    expect(good.total).toBeGreaterThanOrEqual(75);
  });

  it('given a number the key insight itself states then it is not a wrong number', () => {
    const report = score('Q3', 'Strangler Fig: migrate 5M users over 8mo behind a facade, which brings +$180K revenue and cuts $45K of CEX infra, inside the $120K/mo budget.');
    expect(report.wrongNumbers).toEqual([]);
  });
});

describe('literal values always count', () => {
  it('given each constraint value written as the question writes it, in any case, then it is addressed in every entry', () => {
    for (const e of bank.entries) {
      for (const value of constraintValuesOf(e)) {
        for (const written of [value, value.toUpperCase(), value.toLowerCase()]) {
          const report = score(e.id, `We rely on ${written} for this design, because it shapes the decision.`);
          const missed = report.dimensions.constraints.missed.filter((m) => m.endsWith(`: ${value}`));
          expect(missed, `${e.id}: "${written}"`).toEqual([]);
        }
      }
    }
  });

  it('given the issue examples then K8s HPA, IPFS and AWS count', () => {
    const covered = (id: string, text: string) => score(id, text).dimensions.constraints.covered;
    expect(covered('Q26', 'We rely on K8s HPA, PyTorch and Rust.')).toEqual(expect.arrayContaining(['Ecosystem: K8s HPA', 'Ecosystem: PyTorch', 'Ecosystem: Rust']));
    expect(covered('Q16', 'Dispute evidence goes to IPFS so the arbiter can fetch it.')).toContain('Ecosystem: IPFS');
    expect(covered('Q3', 'We stay on AWS with Kubernetes, PostgreSQL and Redis.')).toContain('Ecosystem: AWS');
    expect(covered('Q28', 'Standby runs on AWS in a second region.')).toContain('Ecosystem: AWS');
  });
});

describe('credit only for what is said', () => {
  it('given vague words then no stakeholder and no compliance value is credited', () => {
    const report = score('Q9', 'We want good security and we store data carefully, and the system should be reliable for everyone who uses it.');
    expect(report.dimensions.stakeholders.covered).toEqual([]);
    expect(report.dimensions.constraints.covered).not.toContain('Compliance: right-to-delete');
  });

  it('given any answer then only the question\'s own stakeholders are asked for', () => {
    for (const e of bank.entries) {
      const report = score(e.id, 'We use a design that works.');
      expect(report.dimensions.stakeholders.missed.every((r) => e.stakeholders.includes(r as never)), e.id).toBe(true);
    }
  });

  it('given RTO 2 hours on Q28 then the RTO, not the RPO, is the wrong number', () => {
    const report = score('Q28', 'Warm standby in a second region with VAA replay; RTO 2 hours is fine for the bridge, and RPO 5min from streaming replication.');
    expect(report.wrongNumbers.map((w) => w.expected)).toEqual(['RTO 30min (Operational)']);
  });
});

describe('feedback agrees with the scores', () => {
  it('given a full dimension then nothing is listed as missed in it, and a cap scales the bars', () => {
    for (const e of bank.entries.slice(0, 8)) {
      const report = score(e.id, `Here is my answer. ${e.answer}`);
      for (const d of Object.values(report.dimensions)) if (d.score >= d.max) expect(d.missed).toEqual([]);
      const sum = Object.values(report.dimensions).reduce((n, d) => n + d.score, 0);
      expect(Math.abs(sum - report.total), e.id).toBeLessThanOrEqual(16);
    }
  });

  it('given a paste of the model answer then it is flagged, kindly told, and capped', () => {
    const report = score('Q7', entry('Q7').answer!);
    expect(report.flags).toContain('model-answer-copy');
    expect(report.total).toBeLessThanOrEqual(30);
    expect(report.feedback.join('\n')).toMatch(/stays off the leaderboard/);
  });

  it('given missed items then they are claims and constraints, never single stems', () => {
    const report = score('Q7', 'Use a circuit breaker because providers fail sometimes and retries make it worse for everyone involved.');
    const keyInsightAndConstraints = report.missed.filter((m) => m.startsWith('Key insight') || m.startsWith('Constraints'));
    expect(keyInsightAndConstraints.length).toBeGreaterThan(0);
    for (const m of keyInsightAndConstraints) expect(m.split(': ').slice(1).join(': ').split(/\s+/).length, m).toBeGreaterThanOrEqual(2);
  });
});

describe('Chinese numbers and units', () => {
  it('given 每天 100 万次 then it is a million a day', () => {
    const [q] = extractQuantities('每天 100 万次铸造');
    expect(q!.dimension).toBe('rate');
    expect(q!.value * 86_400).toBeCloseTo(1_000_000);
  });

  it('given a period after a slash or a classifier then the quantity is read', () => {
    expect(extractQuantities('$8K/月')[0]!.dimension).toBe('money-rate');
    expect(extractQuantities('$8K/个月')[0]!.dimension).toBe('money-rate');
    expect(extractQuantities('每个月 $3K')[0]!.dimension).toBe('money-rate');
    expect(extractQuantities('$1.08M a year')[0]).toMatchObject({ dimension: 'money-rate', raw: '$1.08M a year' });
    expect(extractQuantities('key rotation q6mo')[0]).toMatchObject({ dimension: 'time', value: 6 * 2_629_800 });
    expect(extractQuantities('2 名 SRE')[0]!.dimension).toBe('count:sre');
    expect(extractQuantities('1 亿用户')[0]).toMatchObject({ dimension: 'count:user', value: 1e8 });
  });
});

describe('Chinese and mixed answers are read as Chinese prose', () => {
  it('given a Chinese alias with an English word then spaces around the English word do not matter', () => {
    const term = compileTerm('扁平 Topic')!;
    expect(term).toEqual({ han: '扁平topic' });
    expect(new AnswerIndex('不要用一个扁平topic，延迟会更高').find(term)).toHaveLength(1);
    expect(new AnswerIndex('不要用一个扁平 topic，延迟会更高').find(term)).toHaveLength(1);
    expect(new AnswerIndex('flat topic only').find(term)).toHaveLength(0);
  });

  it('given "X，而不是 Y" then X is the recommended approach', () => {
    const report = score('Q14', '分批轮换，而不是一次性切换。每批约 4.2 万个地址，3 个月完成，breach 风险从 5% 降到 1%，HSM 每月 $25K。');
    expect(report.claims[0]).toMatchObject({ kind: 'approach', status: 'stated' });
    expect(report.flags).not.toContain('wrong-design');
  });

  it('given a Chinese answer full of English identifiers then it is not filler, a keyword list, or reasoning-free', () => {
    // Written apart from the scorer (graded set a): an expert answer in Chinese that names its events and tools in English.
    const graded = loadGraded({ sets: ['a'] }).find((r) => r.id === 'a-q6-13')!;
    const report = score(graded.question, graded.text);
    expect(report.flags).not.toContain('filler');
    expect(report.total).toBeGreaterThanOrEqual(60);
    const mixed = score('Q1', `我们用 hexagonal architecture，把 SchedulerCore 和 Solana v1.18 adapter 分开，这样 SDK 升级不会影响 core。
8 核里 6 核做 ed25519 batch verify，2 核跑 libp2p gossip，32GB 分成 16GB pool、8GB MEV cache 和 8GB runtime。
ports 带来大约 25ms 的 serialization 开销，延迟 = 15 + 8 + 25 = 48ms，仍然低于 100ms SLA，否则单体只能到 3K TPS。`);
    expect(mixed.flags).not.toContain('keyword-list');
    expect(mixed.flags).not.toContain('no-reasoning');
  });
});

describe('which design the answer argues for', () => {
  const stanceOf = (id: string, text: string) => {
    const rubric = scorer.rubric(id)!;
    const stance = readStance(new AnswerView(text, rubric), rubric.approach, rubric.alternatives, rubric.mechanism);
    const of = (label: string) => stance.alternatives.find((a) => a.label === label)!;
    return { stance, of };
  };

  it('given "rather than run X" then X is turned down, whatever verb follows the contrast', () => {
    const { of } = stanceOf('Q6', "Event sourcing fits here. I'd append events to SQLite rather than run Redis, because one writer keeps nonces serial.");
    expect(of('Redis Cache')).toMatchObject({ recommended: 0, rejected: 1 });
  });

  it('given "Instead:" opening a sentence then what follows replaces the approach', () => {
    const { stance } = stanceOf('Q20', "Threshold ECDSA is the fashionable answer here, but I'd reject it for this team.\n\nInstead: a Safe smart-contract multisig, 3-of-5 per client vault, with signer keys in CloudHSM.");
    expect(stance.chosenAlternative?.label).toBe('Smart-contract Multisig (Safe)');
    expect(stance.wrongDesign).toBe(true);
  });

  it('given "doing X would cost" then X is weighed, not chosen', () => {
    const { of, stance } = stanceOf('Q28', 'A warm standby in us-west-2 with VAA replay. Doing synchronous commit across regions would tax each transfer by roughly 60ms.');
    expect(of('Synchronous cross-region commit').recommended).toBe(0);
    expect(stance.wrongDesign).toBe(false);
  });

  it('given a name that is a verb and a particle ("scale out") then it is matched as written, not as its verb alone', () => {
    const { of } = stanceOf('Q13', "I'd scale out instead: autoscale the API pods and add a second region. Scaling the token bucket's refill rate is not the point.");
    expect(of('Scale Out').recommended).toBe(1);
    expect(of('Scale Out').mentions).toHaveLength(1);
  });

  it('given a negator that governs another word ("not yet migrated, strangler-fig style") then the name is not turned down', () => {
    const { stance } = stanceOf('Q3', 'Route users in cohorts so the legacy book keeps serving everyone not yet migrated, strangler-fig style, with 1% in month 1.');
    expect(stance.approach.rejected).toBe(0);
    expect(stance.wrongDesign).toBe(false);
  });

  it('given an alternative kept "only as the fallback" then it is not the design', () => {
    const { of } = stanceOf('Q11', 'Bake the gas limits with a compile-time macro. Keep runtime estimation, but only as the fallback for the state-dependent calls.');
    expect(of('Runtime Estimate').recommended).toBe(0);
  });

  it("given an alternative's reasons after a colon then they are not a verdict on the approach", () => {
    const { stance } = stanceOf('Q19', 'Plugins run in wasmtime with fuel limits. Native dylib plugins were ruled out: no isolation, one bug moves funds.');
    expect(stance.approach.rejected).toBe(0);
    expect(stance.wrongDesign).toBe(false);
  });

  it("given \"I'd build\" an alternative after discussing the approach then the alternative is the design", () => {
    const { stance } = stanceOf('Q1', "Hexagonal is the textbook answer, and hexagonal ports do isolate the SDK, but they cost 25ms of serialization. For this team I'd build a monolith: one crate, one scheduling loop, 6 devs.");
    expect(stance.chosenAlternative?.label).toBe('Monolithic');
  });

  it("given a modal denial (can't, shouldn't, doesn't) before the approach then it is turned down", () => {
    for (const text of ["We can't adopt hexagonal ports here; a monolith keeps one crate and 6 devs busy on features.", "We shouldn't go hexagonal. A monolith ships sooner."]) {
      const { stance } = stanceOf('Q1', text);
      expect(stance.approach.rejected, text).toBeGreaterThan(0);
    }
  });

  it('given "drop X for Y" then X is turned down and Y is taken', () => {
    const { stance, of } = stanceOf('Q18', 'Drop Kinesis for micro-batches: flush NDJSON to S3 every 60s and compact each 5-min window into Parquet.');
    expect(stance.approach.recommended).toBeGreaterThan(0);
    expect(stance.wrongDesign).toBe(false);
    expect(of('Kinesis Streaming').rejected).toBeGreaterThan(0);
  });

  it('given a verdict noun after the approach ("is a latency gamble", "is a half-measure") then it is turned down', () => {
    expect(stanceOf('Q24', 'Intelligent-Tiering is a half-measure here: the monitoring fee never stops.').stance.approach.rejected).toBeGreaterThan(0);
    expect(stanceOf('Q10', 'Lazy loading is a latency gamble: every miss is a full RPC to Geth.').stance.approach.rejected).toBeGreaterThan(0);
  });

  it('given a would-be choice or a part that stays on an alternative then the alternative is not chosen', () => {
    const hypothetical = stanceOf('Q23', "Pure yield-chasing would put everything on the top validator; that's 100% concentration.");
    expect(hypothetical.of('Single top validator').recommended).toBe(0);
    const part = stanceOf('Q11', 'A proc-macro bakes gas limits at compile time. State-dependent calls (loops over storage) stay on runtime estimation.');
    expect(part.of('Runtime Estimate').recommended).toBe(0);
    expect(part.stance.wrongDesign).toBe(false);
    expect(stanceOf('Q11', 'We stay on runtime estimation for everything.').of('Runtime Estimate').recommended).toBe(1);
  });

  it('given a part that keeps an alternative ("calls whose gas depends on live state keep runtime estimation") then it is not chosen', () => {
    const part = stanceOf('Q11', 'A proc macro bakes gas limits in at build time. Calls whose gas depends on live state keep runtime estimation, about 10K/day.');
    expect(part.of('Runtime Estimate').recommended).toBe(0);
    expect(part.stance.wrongDesign).toBe(false);
    expect(stanceOf('Q11', 'Keep runtime estimation: it is simpler.').of('Runtime Estimate').recommended).toBe(1);
    expect(stanceOf('Q11', 'I would keep runtime estimation for everything.').of('Runtime Estimate').recommended).toBe(1);
  });

  it('given a denial of what X would do ("wouldn\'t let the proc macro hit the network") then X is not turned down', () => {
    const { stance } = stanceOf('Q11', "A build-time proc macro emits a gas constant per call site. I wouldn't let the proc macro hit the network during compilation, because CI must stay hermetic.");
    expect(stance.approach.rejected).toBe(0);
    expect(stance.wrongDesign).toBe(false);
  });

  it('given a name inside a clause of its own after "I\'d" ("I\'d cap what any single validator can get") then it is not chosen', () => {
    const { of } = stanceOf('Q23', "Concentration is the risk, so I'd cap what any single validator can get at 10% of AUM.");
    expect(of('Single top validator').recommended).toBe(0);
  });

  it('given "shard by X" then it names X sharding', () => {
    const { stance } = stanceOf('Q4', "I'd shard by hash of (contract_address, log_index) rather than by block range, so writes spread evenly across the 8 nodes.");
    expect(stance.chosenAlternative?.label).toBe('Hash Sharding');
  });

  it('given a synonym of one option that names another ("tier" for Glacier, the approach being Intelligent-Tiering) then it names only the other', () => {
    const { stance, of } = stanceOf('Q24', 'Parquet with zstd in S3 Intelligent-Tiering, compacted so files actually move to the cheaper tiers; there are no tiering rules to tune.');
    expect(of('Parquet in Glacier Deep Archive').mentions).toEqual([]);
    expect(stance.wrongDesign).toBe(false);
    expect(stanceOf('Q24', 'Glacier Deep Archive is the cheapest tier S3 offers, so everything older than 30 days goes there.').of('Parquet in Glacier Deep Archive').recommended).toBeGreaterThan(0);
  });

  it('given "I\'d argue for X" or "X is the pragmatic choice" then X is recommended', () => {
    expect(stanceOf('Q3', "I'd argue for a planned big-bang cutover rather than dragging a dual stack along for 8 months.").stance.chosenAlternative?.label).toBe('Big Bang');
    // One recommendation, though "JIT mainnet fork" and "mainnet fork" are names inside the name.
    expect(stanceOf('Q22', 'Surfpool JIT mainnet fork is the pragmatic choice for 6 devs in 1mo.').of('Surfpool JIT mainnet fork').recommended).toBe(1);
  });

  it('given "I\'d argue against X" then X is turned down, not compared', () => {
    const { stance } = stanceOf('Q15', "I'd argue against URL versioning here: putting /v2 and /v3 in the path multiplies routes.");
    expect(stance.approach.rejected).toBe(1);
    expect(stance.wrongDesign).toBe(true);
  });

  it('given "don\'t need to build X" then X is turned down', () => {
    expect(stanceOf('Q19', "The 8 devs don't need to build a wasm ABI in 5 months, just a stable Rust trait.").stance.approach.recommended).toBe(0);
  });

  it('given two words of a name in two sentences then they are not the name', () => {
    const { stance } = stanceOf('Q8', 'Every block message goes through one topic. Each shard gets its own task and a bounded channel.');
    expect(stance.approach.mentions).toEqual([]);
  });

  it('given the approach named again and again while another is chosen then the other is the design', () => {
    const { stance } = stanceOf(
      'Q7',
      "The circuit breaker is the pattern everyone quotes here: a circuit breaker per provider, a breaker that opens after 5 failures in 30s, a half-open probe after 60s, breaker state per provider. For this team I'd go with plain retries across the three providers.",
    );
    expect(stance.chosenAlternative?.label).toBe('Naive Retry');
  });

  it('given "keep X only as …" then X is kept for a part, not chosen', () => {
    expect(stanceOf('Q5', 'Keep single mint only as a manual admin path for one-off reissues, never for the drop.').of('Single Mint').recommended).toBe(0);
  });

  it('given an answer that never names the approach then its key insight earns at most half', () => {
    const rubric = scorer.rubric('Q1')!;
    const named = score('Q1', Q1_DESCRIBED.replace('The design:', 'Hexagonal, ports and adapters:'));
    const unnamed = score('Q1', Q1_DESCRIBED);
    expect(rubric.approach.label).toBe('Hexagonal');
    expect(unnamed.dimensions.keyInsight.score).toBeLessThanOrEqual(15);
    expect(named.dimensions.keyInsight.score).toBeGreaterThan(unnamed.dimensions.keyInsight.score);
  });
});

const Q1_DESCRIBED = `The design: a scheduler core with no Solana or libp2p dependencies, and thin wrappers for the RPC and gossip, so
SDK churn stays out of the core and coupling drops 60%. On the 8-core box 6 cores verify signatures, reaching 8K TPS against 3K for
the current build; the wrappers add about 25ms of serialization, so latency = 15 + 8 + 25 = 48ms, inside the <100ms SLA.`;
