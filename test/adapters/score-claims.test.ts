/** Every platform shows the claim-level feedback, the new flags and a cap with its reason (issue 12). */
import { describe, expect, it } from 'vitest';
import { scoreEmbed } from '../../adapters/discord/render/score.ts';
import { scoreMessage } from '../../adapters/slack/render/score.ts';
import { renderReport } from '../../adapters/terminal/render.ts';
import { createStyle } from '../../adapters/terminal/style.ts';
import { createScorer } from '../../src/scoring/index.ts';
import { shippedBank } from '../helpers/practice.ts';

const bank = shippedBank();
const scorer = createScorer(bank);
const q7 = bank.entries.find((e) => e.id === 'Q7')!;
const wrongDesign = scorer.score(
  q7,
  'A circuit breaker is too much machinery for 2 SREs in 1mo. I would skip it and use naive retry with exponential backoff across the 3 RPC providers, which keeps us inside the 4-core box and the $2.5K/mo budget.',
);
const unquantified = scorer.score(q7, 'I would put a circuit breaker per RPC provider, so the error rate drops because dead providers are skipped and retries stop piling up on them.');

describe('claim-level feedback on every platform', () => {
  it('given a capped wrong design then the cap, its reason and the flag show in the terminal, Discord and Slack', () => {
    expect(wrongDesign.cap).not.toBeNull();
    const terminal = renderReport(wrongDesign, createStyle(false));
    const discord = JSON.stringify(scoreEmbed(q7, wrongDesign));
    const slack = JSON.stringify(scoreMessage(q7, wrongDesign));
    for (const shown of [terminal, discord, slack]) {
      expect(shown).toContain(`Capped at ${wrongDesign.cap!.limit}`);
      expect(shown).toContain('Naive Retry');
      expect(shown).toContain('argues a design the constraints rule out');
    }
  });

  it('given an effect without its number then each platform lists that claim as "no number"', () => {
    const claim = 'cutting error rate 90% (5% → 0.5%) — no number';
    expect(renderReport(unquantified, createStyle(false))).toContain(claim);
    expect(JSON.stringify(scoreEmbed(q7, unquantified))).toContain(claim);
    expect(JSON.stringify(scoreMessage(q7, unquantified))).toContain(claim);
  });
});
