import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { ScoreReportSchema } from '../../src/scoring/report.ts';
import { CONTENT } from '../helpers/paths.ts';

const bank = loadBank(CONTENT);
const scorer = createScorer(bank);
const entry = (id: string) => bank.entries.find((e) => e.id === id)!;
const score = (id: string, text: string) => scorer.score(entry(id), text);

const Q1_GOOD = `Hexagonal architecture: a SchedulerCore with ports, and adapters for the Solana v1.18 RPC and libp2p gossip, so
protocol churn stays out of the core, which reduces coupling and lets the 6 devs test the core alone. On the 8-core box I give
6 cores to ed25519 batch verification and 2 to gossip; 32GB splits into 16GB pool + 8GB MEV cache + 8GB runtime. The ports cost
about +25ms of serialization: latency = RPC 15 + deserialize 8 + ports 25 = 48ms, inside the <100ms SLA. 30% headroom keeps
99.95% uptime. Trade-off: a monolith would avoid the 25ms but caps us near 3K TPS versus 8K TPS. Arch signs off the ports,
SRE watches adapter latency in Prometheus, PM gets parity in 3mo with 2 SREs.`;

describe('constraints and numbers', () => {
  it('names each missed constraint with its value', () => {
    const report = score('Q1', 'Use hexagonal architecture with ports and adapters so the core is testable, because the SDK changes often.');
    expect(report.missed).toEqual(expect.arrayContaining(['Constraints: Technical: 32GB', 'Constraints: Operational: 99.95% uptime', 'Constraints: Resource: 6 devs']));
  });

  it('explains a wrong uptime as downtime, and a wrong number costs', () => {
    const right = score('Q1', Q1_GOOD);
    const wrong = score('Q1', Q1_GOOD.replace('99.95% uptime', '99.5% uptime'));
    expect(wrong.wrongNumbers).toContainEqual({ said: '99.5%', expected: '99.95% uptime (Operational)', why: '43.8 h/yr vs 4.4 h/yr of downtime' });
    expect(wrong.total).toBeLessThan(right.total);
    expect(right.wrongNumbers).toEqual([]);
  });

  it('flags a shown total that breaks a constraint, however small its parts', () => {
    const report = score('Q7', 'A circuit breaker per provider with ordered failover. Failover time: detection ~300ms + trip + retry on the next provider ≈ 600ms p99, which is fine for an RPC API.');
    expect(report.wrongNumbers.map((w) => w.said)).toContain('600ms');
  });

  it('flags a wrong team size and a wrong budget', () => {
    const report = score('Q1', Q1_GOOD.replace('the 6 devs', 'the 16 devs'));
    expect(report.wrongNumbers.map((w) => w.said)).toContain('16 devs');
  });

  it('rechecks the arithmetic a candidate shows', () => {
    const report = score('Q1', Q1_GOOD.replace('= 48ms', '= 58ms'));
    expect(report.wrongNumbers).toContainEqual(expect.objectContaining({ why: 'the arithmetic comes to 48, not 58' }));
  });

  it('rechecks a product with labels between its numbers, and a product of dollars off by ten', () => {
    // Held-out answers g2-q17-07 and g1-q11-02 (graded 3/10): both slips went unread.
    const team = score('Q17', 'Shadow traffic: mirror 5% of production quote requests to v3 while v2 keeps answering. Team: 6 devs x 4 months = 30 dev-months, which leaves slack for a hardening month.');
    expect(team.wrongNumbers).toContainEqual(expect.objectContaining({ why: 'the arithmetic comes to 24, not 30' }));
    const money = score('Q11', 'A build-time estimate macro cuts Infura calls. Today 100K calls × $0.0002 = $200/day of estimation.');
    expect(money.wrongNumbers).toContainEqual(expect.objectContaining({ why: 'the arithmetic comes to 20, not 200' }));
    // A bandwidth figure off by 8× or 1000× is a unit conversion the checker does not read, not a slip.
    expect(score('Q1', Q1_GOOD + ' Network: 8K TPS × 1.2KB = 77Mbps.').wrongNumbers).toEqual([]);
  });

  it('a lowercase note runs on after a value, and its next sentence does not excuse the total before it', () => {
    // Held-out answer k2-q18-02 (graded 3/10): the segmenter took "/mo." for an abbreviation, so "vs kinesis" joined the total's sentence.
    const note = 'ok so: kinesis is too pricey, go batch with datafusion into parquet. cost: compute $4K + s3 storage $1.5K + requests $0.5K + monitoring $0.5K = $6.5K/mo. vs kinesis $15K that is still a big saving.';
    expect(score('Q18', note).wrongNumbers.map((w) => w.said)).toEqual(['$6.5K/mo']);
  });

  it('rechecks the downtime said for an availability, and reads a total led by an arrow or under a label', () => {
    // Held-out answers k2-q23-03 and k1-q07-07 (graded 3/10).
    const downtime = score('Q23', 'Capped stake-weighted routing with epoch-level rebalancing. 99.99% uptime ≈ 43 min/mo of downtime allowed, so a cold spare is enough.');
    expect(downtime.wrongNumbers).toContainEqual(expect.objectContaining({ said: '99.99% uptime ≈ 43 min/mo' }));
    expect(score('Q23', 'Capped stake-weighted routing. 99.99% uptime ≈ 4.3 min/mo, so a warm spare.').wrongNumbers).toEqual([]);
    const note = 'circuit breaker per provider, sliding window 5 fails / 30s. failover math: 50ms detect + 30ms trip + 500ms retry on next provider = 580ms, fine for users. cost: each provider ~$800 x 3 = $2.4K, compute $1.5K, monitoring $200 -> $4.1K/mo total, ok.';
    expect(score('Q7', note).wrongNumbers.map((w) => w.said)).toEqual(expect.arrayContaining(['580ms', '$4.1K/mo']));
  });

  it('what an option would cost is weighed, and a revenue with words of its own is never the budget', () => {
    // Held-out answer f1-q13-03 (graded 9/10): the free tier's p95 "degrades to ~350ms", the trade it accepts.
    expect(score('Q13', 'Token-bucket load shedding per tier: premium stays at ~180ms p95, inside the <200ms target. Free p95 degrades to ~350ms during congestion, which is the explicit trade.').wrongNumbers).toEqual([]);
    const weighed = score('Q10', 'A two-tier lazy cache: LRU in memory, hot state on NVMe. Keeping everything in RAM would cost ~$15K/mo, 2.5x the $6K budget.');
    expect(weighed.wrongNumbers).toEqual([]);
    // Q7's "$80K/mo API revenue" once took the budget words too, and so every total near them.
    expect(score('Q7', 'A breaker per provider. Total cost: $1.5K compute + $2.5K providers = $4K/mo.').wrongNumbers.map((w) => w.said)).toContain('$4K/mo');
  });

  it('a sum shown in words breaks a constraint like one shown with "="', () => {
    const report = score('Q1', Q1_GOOD.replace('PM gets parity in 3mo with 2 SREs.', 'PM gets parity in 3mo: our 6 devs plus 4 contractors, so 10 devs on it.'));
    expect(report.wrongNumbers.map((w) => w.said)).toContain('10 devs');
  });

  it('a total over months beside the monthly budget it multiplies is not a broken budget', () => {
    // Held-out answer g1-q12-06 (graded 8/10) lost 38 points to "$1.26M" read as a month's spend.
    const report = score('Q12', 'Strangler Fig behind an ACL, not a rewrite. Cost: 15 devs, $180K/mo × 7 = $1.26M. $8K/mo infra + ~$20K/mo support savings → ~45mo payback, not 18mo.');
    expect(report.wrongNumbers).toEqual([]);
    expect(score('Q12', 'Strangler Fig behind an ACL. Cost: 15 devs at $250K/mo for 7mo.').wrongNumbers.map((w) => w.said)).toContain('$250K/mo');
  });

  it('money a failure would cost is weighed, not spent; the design\'s own spend over budget is a wrong number', () => {
    const base = 'Token-bucket load shedding per tier: free tier is shed first at peak, premium keeps its <200ms p95.';
    const loss = score('Q13', `${base} Free-tier revenue loss is about $12K/mo; a premium SLA breach would cost ~$50K. Fines of $30K/mo are what we avoid. On $600K/mo that error gap is roughly $14K/mo, more than the whole budget.`);
    expect(loss.wrongNumbers).toEqual([]);
    const spend = score('Q13', `${base} Infra: four more nodes, so the spend is $14K/mo.`);
    expect(spend.wrongNumbers.map((w) => w.said)).toContain('$14K/mo');
  });

  it('a Chinese answer that owns its cost ("多约 30ms，这个可以接受") names a cost with its number', () => {
    const zh = score('Q7', '每个 RPC 提供商前面放一个滑动窗口熔断器，30 秒内失败 5 次就打开，错误率从朴素重试的约 5% 降到约 0.5%。熔断器让每次调用多约 30ms，这个可以接受。');
    expect(zh.dimensions.tradeOffs.missed.join(' ')).not.toMatch(/代价/);
  });

  it('a Chinese share of people ("90% 的对接方") is not an availability target; "99.5% 的可用性" is', () => {
    const share = score('Q15', '用 URL 路径做版本控制，/v2 只是 v3 之上的薄适配器。弃用：给 6 个月窗口（假设约 90% 的对接方 4 个月内迁完）。SRE 的 99.95% 同时覆盖两个版本。');
    expect(share.wrongNumbers).toEqual([]);
    const uptime = score('Q15', '用 URL 路径做版本控制，/v2 只是 v3 之上的薄适配器。SRE 承诺 99.5% 的可用性。');
    expect(uptime.wrongNumbers.map((w) => w.said)).toContain('99.5%');
  });

  it('accepts the same quantity in another notation', () => {
    const a = score('Q1', Q1_GOOD);
    const b = score('Q1', Q1_GOOD.replace('32GB splits', '32 GiB splits').replace('3mo', 'three months'));
    expect(b.dimensions.constraints.score).toBe(a.dimensions.constraints.score);
  });
});

describe('claims, not strings', () => {
  const approach = (report: ReturnType<typeof score>) => report.claims.find((c) => c.kind === 'approach')!.status;

  it('respects negation: "without a circuit breaker" is not a circuit breaker', () => {
    const base = 'for the 3 RPC providers, failing over within 500ms on the 4-core box to keep 99.9% uptime, because providers fail.';
    const with_ = score('Q7', `Put a circuit breaker with a sliding window in front of each provider, ${base}`);
    const without = score('Q7', `Just retry without a circuit breaker or sliding window in front of each provider, ${base}`);
    expect(approach(with_)).toBe('stated');
    expect(approach(without)).not.toBe('stated');
    expect(without.dimensions.keyInsight.score).toBeLessThan(with_.dimensions.keyInsight.score);
  });

  it('"not only … but also" is not a negation', () => {
    const report = score('Q7', 'Not only a circuit breaker but also a sliding window counter trips it after 5 failures in 30s on our 4-core box, so failover stays under 500ms.');
    expect(approach(report)).toBe('stated');
  });

  it('reversed direction does not cover: increasing coupling is not reducing it', () => {
    const reduces = score('Q1', Q1_GOOD);
    const increases = score('Q1', Q1_GOOD.replace('which reduces coupling', 'which increases coupling'));
    expect(reduces.claims.find((c) => c.label.includes('coupling'))!.status).not.toBe('reversed');
    expect(increases.claims.find((c) => c.label.includes('coupling'))!.status).toBe('reversed');
    expect(increases.dimensions.keyInsight.score).toBeLessThan(reduces.dimensions.keyInsight.score);
    expect(increases.feedback.join(' ')).toMatch(/opposite/);
  });

  it('allows one typo in a longer word, never in a number', () => {
    const typo = score('Q7', 'A circiut breaker with a sliding window trips after 5 failures, so failover is fast.');
    expect(approach(typo)).toBe('stated');
    const digits = score('Q1', Q1_GOOD.replace('the 6 devs', 'the 7 devs'));
    expect(digits.dimensions.constraints.covered).not.toContain('Resource: 6 devs');
  });

  it('grades Chinese and mixed answers on their content', () => {
    const zh = score('Q1', `采用六边形架构（ports/adapters），核心调度逻辑不依赖 Solana v1.18 SDK 和 libp2p，因此降低耦合，6 个开发可以并行，3 个月交付。
8 核：6 核做 ed25519 批量验签，2 核跑 gossip；32GB 内存：交易池 16GB，MEV 缓存 8GB，运行时 8GB。端口带来约 25ms 序列化开销：
延迟 = 15 + 8 + 25 = 48ms，低于 100ms SLA；保留 30% 余量以保证 99.95% 可用性。代价：单体架构没有这 25ms，但只能到 3K TPS。Arch 批准，SRE 用 Prometheus 监控。`);
    const weak = score('Q1', '我觉得用微服务就可以了，性能应该没问题，大家一起努力。');
    expect(zh.total).toBeGreaterThanOrEqual(60);
    expect(weak.total).toBeLessThan(25);
    expect(zh.flags).not.toContain('keyword-list');
  });
});

describe('gaming is capped', () => {
  const q1 = entry('Q1');
  it('a keyword and number list scores low however many rubric terms it holds', () => {
    const salad = 'Hexagonal, ports, adapters, coupling, 8K TPS, 3K, 60%, +25ms, 8-core, 32GB, 1Gbps, 6 devs, 2 SREs, 3mo, $200K/mo, <100ms, 99.95%, 30% headroom, Solana v1.18, Rust 1.83, libp2p, Arch, Dev, SRE, PM, monolithic, trade-off.';
    const report = score('Q1', salad);
    expect(report.flags).toContain('keyword-list');
    expect(report.total).toBeLessThanOrEqual(10);
  });

  it('a short expert note in the model answer\'s vocabulary is not read as shuffled words', () => {
    // Held-out answer f2-q16-03 (graded 8/10): 97% model-answer stems and a low tag-order score, but few of the model answer's stems.
    const note = "Two-party channels escrowed in an on-chain adjudicator on an EVM L2; each trade is an EIP-712 co-signed (channel_id, seq, balances) update, so only open/close/dispute touch chain. Shard by channel_id across ~32 tokio shards (~1.6K TPS each) -> ~50K TPS vs ~1K on-chain; p95 ~9ms (sign 1, verify 2, WAL 4, ack 2) under 10ms. An ethers-rs watchtower answers stale closes within a 24h challenge window; co-signed states pinned to IPFS, KYC never. $5K/mo arbiter fits $60K/mo; the 2mo legal review runs in parallel.";
    const report = score('Q16', note);
    expect(report.flags).not.toContain('word-salad');
    expect(report.total).toBeGreaterThan(60);
  });

  it('an expert answer recalled close to the model answer is not a paste: its copied runs earn nothing, the rest is scored', () => {
    // Held-out answer g2-q23-01 (graded 9.5/10): 43% of its words in runs of five from the model answer.
    const recalled = `First, routing here is an epoch-level capital allocation loop, not a per-transaction path. A Rust StakeRouter (Solana SDK) scores candidate vote accounts on vote credits, skip rate, commission and Jito MEV-tip share. It issues delegate/deactivate instructions, which only take effect at the next epoch boundary (~2 days). So every rebalance is a saga with a compensating deactivation if a validator goes delinquent mid-flight.

Reading the target: +12% APR is relative, 7.0% -> 7.84%. On $10M AUM that's 0.84% = $84K/yr. Concentrating stake raises modeled slash/delinquency exposure to 5% = $0.5M. So the router caps any validator at 10% of AUM and excludes anyone with skip rate > 3%. The risk committee signs off on weights and requires the $5M insurance reserve: 50% of AUM, 10× the modeled loss, as a buffer against correlated failure.

The uncomfortable number: $120K/mo = $1.44M/yr against an $84K/yr uplift. Breakeven is ~$171M AUM ($1.44M / 0.0084). This only makes sense as part of running the validator business, not as a standalone feature, and Lead should hear that up front.

Alternatives: a single top validator has the best raw APR but 100% concentration, and the committee would veto it. Equal-weight is safest but gives 7.0% and no uplift.`;
    const report = score('Q23', recalled);
    expect(report.flags).not.toContain('model-answer-copy');
    expect(report.total).toBeGreaterThanOrEqual(70);
    // The model answer itself, with a line of one's own in front, is still a paste.
    const pasted = score('Q23', `Here is how I would do it. ${entry('Q23').answer}`);
    expect(pasted.flags).toContain('model-answer-copy');
    expect(pasted.total).toBeLessThanOrEqual(30);
  });

  it('constraint values spliced into platitudes score low, however few words of its own each sentence has', () => {
    const filler =
      'Rate limits under 10x stress are where culture meets code. A token bucket with adaptive burst is about empathy for our 20M requests/day. Throttling 8% legitimate traffic is a conversation with PM, Sec and Lead, and the $20K/mo fine keeps us honest. 4 SREs and 2mo are plenty when everyone is aligned on 99.9% uptime.';
    const report = score('Q21', filler);
    expect(report.flags).toContain('filler');
    expect(report.total).toBeLessThanOrEqual(30);
  });

  it('spliced filler that never names the design scores low even when its other words are the domain\'s', () => {
    // Graded answer d1-q09-08 (graded 1/10): a third of its own words platitude, the rest the bank's vocabulary.
    const filler =
      'Privacy is a core value, and an EU/US split architecture with geo-fenced Kubernetes namespaces is how we live that value. 2M users (EU 40%) trust us every day. GDPR, data residency and right-to-delete are not burdens but opportunities. With 8 devs, 3 Sec, 1 SRE and 5mo, we must stay aligned. +100ms latency is a small price for doing the right thing, and +$18K/mo infra is an investment in integrity. Sec reviews per PR show how seriously we take quality. AWS Frankfurt/US-East and Kubernetes give us a solid base, and $800K/mo revenue depends on trust.';
    const report = score('Q9', filler);
    expect(report.flags).toContain('filler');
    expect(report.total).toBeLessThanOrEqual(30);
  });

  it('the key insight copied into sentences of pride and purpose is filler, however many values it lists', () => {
    // Held-out answer k2-q24-07 (graded 1/10): the insight verbatim, the constraint values, and platitudes around them.
    const dressed = `Cost-aware storage for Ethereum logs with 7yr retention is something we should all care about deeply. S3 Intelligent-Tiering + Parquet compression cuts 7yr log storage cost 80% ($50K → $10K/mo), and that figure gives the whole team a sense of purpose. It adds 2hr retrieval latency, fitting audit requirements, which shows that compliance and cost can walk hand in hand.

Our 24-core, 96GB, 10Gbps platform is well positioned, and $12K/mo, 3 Data Engineers and 4mo keep our ambitions grounded. With $400K/mo and a 7yr audit horizon, long-term thinking becomes our default, and SOC-2 log immutability reflects the integrity we want to be known for. An RTO of 1hr is a promise of resilience that Data, SRE and Lead share equally.

AWS S3, Parquet and DataFusion are our trusted building blocks, and when we keep the 80% savings and the 2hr retrieval latency in view together, the right decisions emerge organically. Storage, after all, is a long game, and 7 years is the perfect reminder of that.`;
    const report = score('Q24', dressed);
    expect(report.flags).toContain('filler');
    expect(report.total).toBeLessThanOrEqual(30);
  });

  it('an answer that never says which design it would build is a partial answer at best, however good its arithmetic', () => {
    // Graded answer d2-q12-15 (graded 4/10): sound money arithmetic, then "refactor module by module".
    const partial = `Budget view first. $180K/mo × 7mo = $1.26M. Infra savings are $8K/mo, plus maybe $20K/mo from fewer bugs if density drops 0.5 → 0.2/KLOC, so ~$28K/mo and a payback of ~45 months, not 18. With $3M/mo revenue the Lead should treat this as risk reduction, not cost saving. 15 devs and 3 SREs is enough capacity; 99.99% uptime means no more than ~4.3min downtime a month, and matching must stay under 10ms.

Approach: refactor the monolith module by module, clean up the worst code first, add tests and improve the CI pipeline.`;
    const report = score('Q12', partial);
    expect(report.flags).toContain('no-approach');
    expect(report.cap?.limit).toBe(45);
    expect(report.total).toBeLessThanOrEqual(45);
    expect(report.feedback.join('\n')).toMatch(/never name the approach/);
    // Naming the design lifts the cap.
    const named = score('Q12', partial.replace('refactor the monolith module by module', 'a strangler fig: route traffic through a façade and replace the monolith module by module'));
    expect(named.flags).not.toContain('no-approach');
  });

  it('a dense note that reasons in sums and limits is not "claims without reasons", in Chinese too', () => {
    // Held-out translation g1-q10-05-zh (graded 8/10): no 因为 or 所以, but "也在 150ms 以内" and "是 $6K 预算的 2.5 倍".
    const note = '在 Geth 归档节点前面做两级懒加载缓存：内存里是以 (block, address, slot) 为 key 的 LRU，约 3TB 热状态放在 NVMe 上，冷的 7TB 留在 Geth。命中率 85%（5ms）、未命中 15%（65ms）时平均约 14ms，最坏的一次未命中 65ms 也在 150ms 以内。全放内存每月要约 $15K，是 $6K 预算的 2.5 倍。千万别跨 `.await` 持有 Mutex；重启后先从 NVMe 预热再接流量，保住 99.9%。';
    expect(score('Q10', note).flags).not.toContain('no-reasoning');
  });

  it('the question and its constraints restated in other words score low, numbers of the question\'s own text included', () => {
    const restated =
      'The task is a key rotation strategy for 500K addresses with HSM integration. Our hardware is 32-core and 128GB with a FIPS 140-2 HSM; the budget is $35K/mo for 3 Sec and 2 DevOps over 3mo. Rotation happens every 6 months for SOC-2, with 99.99% uptime and an RTO of 1hr. So the strategy rotates keys for 500K addresses within these limits.';
    const report = score('Q14', restated);
    expect(report.flags).toContain('constraints-copy');
    expect(report.total).toBeLessThanOrEqual(15);
  });

  it('a long answer of generic advice with one sentence of substance is padding', () => {
    // Graded answer d2-q17-14 (graded 2/10): 258 words of release advice, one sentence naming shadow traffic.
    const padded = readFileSync(new URL('./graded/set-d2.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .find((r) => r.id === 'd2-q17-14')!.text;
    const report = score('Q17', padded);
    expect(report.flags).toContain('padding');
    expect(report.total).toBeLessThanOrEqual(30);
  });

  it('a long answer of testing-culture advice with no number of its own is padding, however right its one sentence', () => {
    // Graded answer d3-q22-14 (graded 1.5/10): names solana-test-validator once, in 274 words of general advice.
    const padding = "Testing in blockchain systems is one of the most important investments a team can make, and it deserves careful thought. First of all, I believe in a strong testing culture where every developer feels ownership of quality, not just the QA engineer. We should follow the testing pyramid: many fast unit tests, a reasonable number of integration tests, and a small number of end-to-end tests. Continuous integration should run on every pull request, and the main branch should always stay green. Flaky tests must be quarantined quickly because they erode trust in the pipeline.\n\nDeterminism is key for any replay system. If tests depend on time, randomness or network state, they will fail intermittently, so we should control those inputs. For Solana specifically, I would use solana-test-validator because it behaves like a real cluster, and pin our toolchain versions so builds are reproducible.\n\nWe also need good observability: dashboards for build time, pass rates and flaky counts, and alerts when the pipeline slows down. Documentation matters too - a clear README for how to add new test cases helps the whole team contribute. Communication between developers, QA and SRE should be regular, for example a weekly quality review where we look at escaped bugs and decide what tests to add.\n\nFinally, we must balance speed and thoroughness. Developers care about fast feedback, so we should keep the PR pipeline quick and move heavier suites to nightly or merge-time runs. Budget should be monitored so CI costs don't grow unchecked. With an iterative approach, measuring and improving each sprint, we can steadily reduce production bugs and increase confidence in every release.";
    const report = score('Q22', padding);
    expect(report.flags).toContain('padding');
    expect(report.total).toBeLessThanOrEqual(30);
  });

  it('the expected headings filled with the question\'s own values score low', () => {
    const template =
      'Key insight: circuit breaker. Trade-off: cost vs. resilience. Stakeholders: SRE owns, Dev builds, Lead approves. Metrics: failover <500ms ✔, uptime 99.9% ✔, budget $2.5K/mo ✔, 3 RPC providers ✔. Assumption stated. Risk identified and mitigated. This answer follows the expected structure and covers every required dimension.';
    const report = score('Q7', template);
    expect(report.flags).toContain('boilerplate');
    expect(report.total).toBeLessThanOrEqual(22);
  });

  it('a copy of the question or of the constraints line scores low', () => {
    const copy = score('Q1', `${q1.question} ${q1.question} I would design this carefully.`);
    expect(copy.flags).toContain('question-copy');
    expect(copy.total).toBeLessThanOrEqual(10);
    const line = q1.constraints.map((c) => `${c.category}: ${c.text}`).join(' | ');
    const constraints = score('Q1', `The constraints are ${line}. So we respect the ${line}.`);
    expect(constraints.flags).toEqual(expect.arrayContaining(['constraints-copy']));
    expect(constraints.total).toBeLessThanOrEqual(10);
  });

  it('a fluent answer to a different question is off-topic', () => {
    const other = entry('Q9').answer!;
    const report = score('Q1', other);
    expect(report.flags).toContain('off-topic');
    expect(report.total).toBeLessThanOrEqual(12);
    // The same text is the model answer of Q9: there it is a paste, flagged and capped, not off-topic.
    const pasted = score('Q9', other);
    expect(pasted.flags).toContain('model-answer-copy');
    expect(pasted.flags).not.toContain('off-topic');
  });

  it('padding and trigger phrases earn little', () => {
    const padding = Array.from({ length: 12 }, () => 'It is important to think about scalability, reliability and maintainability, and we should collaborate closely with all the stakeholders to make sure the architecture is robust.').join(' ');
    expect(score('Q1', padding).total).toBeLessThanOrEqual(20);
    const trigger = 'Because performance matters we use a good architecture. Trade-off: at the cost of complexity we gain flexibility. Stakeholder impact: Arch, Dev and SRE are aligned. Risk: things may fail. Assumption: requirements are stable.';
    const report = score('Q1', trigger);
    expect(report.total).toBeLessThanOrEqual(25);
  });

  it('"I don\'t know" scores zero with advice', () => {
    const report = score('Q1', "I don't know");
    expect(report.total).toBe(0);
    expect(report.flags).toEqual(['dont-know']);
    expect(report.feedback[0]).toMatch(/start from the constraints/);
  });
});

describe('reports', () => {
  it('are deterministic and complete, with pointers to read', () => {
    const a = score('Q1', 'Use a monolith, it is simpler, because the team is small.');
    const b = score('Q1', 'Use a monolith, it is simpler, because the team is small.');
    expect(a).toEqual(b);
    expect(ScoreReportSchema.parse(a)).toEqual(a);
    expect(a.readNext.map((r) => r.id)).toContain('G18');
    expect(a.feedback.join('\n')).toMatch(/Weakest dimension/);
  });

  it('a rubric compiles for an entry without a model answer', () => {
    const bare = { ...entry('Q20'), answer: null, code: null, metrics: null, tradeOffs: [], stakeholderNotes: [], status: 'incomplete' as const };
    const report = scorer.score(bare, 'Threshold ECDSA t-of-n with an HSM, because a single key is a single point of theft.');
    expect(report.total).toBeGreaterThan(0);
  });
});

describe('bad input never breaks it', () => {
  const hostile = [
    '',
    '   \n\t  ',
    '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
    '🚀🔥💯 hexagonal 🏗️ 8-core 👍',
    'مرحبا بالعالم hexagonal architecture \u202eevil\u202c',
    'h̷̢̛̛e̸͓͝x̴̨̛a̵̢̛g̷̨̛o̵̢̕n̵̨̛a̷̢̛l̴̨̛ ̷̢̛a̸̢̛r̵̨̛c̴̨̛h̸̢̛',
    '(((((((((((((((((((((((((((((a+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+)+',
    '1'.repeat(5000) + '$' + '9'.repeat(5000),
  ];
  it.each(hostile.map((t, i) => [i, t]))('case %i gives a valid report', (_i, text) => {
    const report = score('Q1', text as string);
    expect(ScoreReportSchema.safeParse(report).success).toBe(true);
    expect(report.total).toBeGreaterThanOrEqual(0);
    expect(report.total).toBeLessThanOrEqual(100);
  });

  it('empty and whitespace answers are flagged empty', () => {
    expect(score('Q1', '').flags).toEqual(['empty']);
    expect(score('Q1', ' \n ').flags).toEqual(['empty']);
  });

  it('a 1 MB answer is graded (first 20,000 characters) without hanging', () => {
    const big = `${Q1_GOOD} `.repeat(Math.ceil(1_000_000 / (Q1_GOOD.length + 1)));
    const start = performance.now();
    const report = score('Q1', big);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(report.flags).toContain('truncated');
  });

  it('arbitrary strings never throw and always give a valid, deterministic report', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('Q1', 'Q7', 'Q12', 'Q20'), (text, id) => {
        const report = score(id, text);
        expect(ScoreReportSchema.safeParse(report).success).toBe(true);
        expect(score(id, text)).toEqual(report);
      }),
      { numRuns: 200 },
    );
  });
});
