/** One catalogue per language (issue 14): the same keys in each, and a Chinese answer gets Chinese feedback everywhere. */
import { describe, expect, it } from 'vitest';
import { scoreEmbed } from '../adapters/discord/render/score.ts';
import { scoreMessage } from '../adapters/slack/render/score.ts';
import { renderReport } from '../adapters/terminal/render.ts';
import { createStyle } from '../adapters/terminal/style.ts';
import { answerLang, messages, resolveLang } from '../src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { zh } from '../src/i18n/zh.ts';
import { createScorer } from '../src/scoring/index.ts';
import { shippedBank } from './helpers/practice.ts';

/** Every path of keys in a catalogue, functions and nulls included as leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the catalogues', () => {
  it('given the English and the Chinese catalogue then they hold exactly the same keys', () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
  });

  it('given a key only one language has then the check catches it', () => {
    const broken = { ...zh, view: { ...zh.view, extra: 'x' } };
    expect(keyPaths(broken).sort()).not.toEqual(keyPaths(en).sort());
  });

  it('given templates with parameters then the values pass through untranslated', () => {
    expect(messages('zh').feedback.wrongNumber('12 devs', '6 devs (Resource)', 'x')).toContain('12 devs');
    expect(messages('zh').feedback.capped(26, '原因')).toBe('封顶 26 分：原因。');
  });
});

describe('the language of the feedback', () => {
  const bank = shippedBank();
  const scorer = createScorer(bank);
  const q7 = bank.entries.find((e) => e.id === 'Q7')!;
  const chinese =
    '每个 RPC provider 前面放一个熔断器：30 秒滑动窗口内失败 5 次就打开，60 秒后半开放一个探测请求。3 个 provider 组成有序的故障切换列表，错误率从 5% 降到 0.5%，故障切换 180ms，低于 500ms 目标，满足 99.9% 可用性。4 核 16GB 机器 CPU 约 38%。预算：计算 $1.5K + provider $800 + 监控 $200 = $2.5K/月。代价是每次调用多 30ms，相比直接重试（错误率一直是 5%）。SRE 负责告警，Dev 实现 trait，Lead 审批预算。';

  it('given a mostly Chinese answer then the report is in Chinese, with numbers and terms as written', () => {
    expect(answerLang(chinese)).toBe('zh');
    expect(answerLang('Use a circuit breaker (熔断器) per provider, trip after 5 failures in 30s.')).toBe('en');
    const report = scorer.score(q7, chinese);
    expect(report.lang).toBe('zh');
    expect(report.feedback.join('\n')).toMatch(/[\p{Script=Han}]/u);
    expect(report.feedback.join('\n')).not.toMatch(/Weakest dimension|You never|Strong answer/);
  });

  it('given a language setting then it overrides the answer\'s language', () => {
    expect(resolveLang('en', chinese)).toBe('en');
    expect(scorer.score(q7, chinese, { lang: 'en' }).lang).toBe('en');
    expect(scorer.score(q7, 'A circuit breaker per provider cuts errors from 5% to 0.5% on the 4-core box.', { lang: 'zh' }).lang).toBe('zh');
  });

  it('given a Chinese report then the terminal, Discord and Slack show it in Chinese', () => {
    const report = scorer.score(q7, chinese);
    const terminal = renderReport(report, createStyle(false));
    const discord = JSON.stringify(scoreEmbed(q7, report));
    const slack = JSON.stringify(scoreMessage(q7, report));
    for (const shown of [terminal, discord, slack]) {
      expect(shown).toContain('核心洞见');
      expect(shown).toContain(zh.view.feedback);
      expect(shown).not.toContain(en.view.claims);
    }
  });
});
