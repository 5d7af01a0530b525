/** The mock interview's report card: SVG built and rendered to PNG, in English and in Chinese (Noto Sans SC). */
import { loadBank } from '../src/bank/load.ts';
import { renderPng, renderPngAsync } from '../src/practice/chart-png.ts';
import { currentStep, newMock, recordStep, reportCard, type MockState } from '../src/practice/mock.ts';
import { reportCardSvg } from '../src/practice/report-card.ts';
import { createScorer } from '../src/scoring/index.ts';
import { fmt, percentile, samples, type Figure } from './harness.ts';

export async function benchReportCard(): Promise<Figure[]> {
  const bank = loadBank('content');
  const scorer = createScorer(bank);
  const entryOf = (id: string) => bank.entries.find((e) => e.id === id)!;
  // A three-question mock, each answer a model answer cut short and each follow-up its model follow-up's first sentence.
  let state: MockState = newMock(['Q7', 'Q1', 'Q12'].map(entryOf), 0, { scope: 'bench' });
  for (let k = 0; k < 6; k++) {
    const step = currentStep(state, entryOf);
    if (step.kind === 'done') break;
    const report =
      step.kind === 'question'
        ? scorer.score(step.entry, (step.entry.answer ?? step.entry.keyInsight).slice(0, 600))
        : scorer.scoreFollowUp(step.entry, step.followUp, step.entry.followUps![step.followUp - 1]!.answer.split('. ')[0]!);
    state = recordStep(state, report, (k + 1) * 5 * 60_000);
  }
  const card = reportCard(state, entryOf, { overall: 48.5, finishedAt: 0 });
  const figures: Figure[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const svg = reportCardSvg(card, lang);
    renderPng(svg);
    const times = samples(lang === 'en' ? 30 : 10, () => renderPng(reportCardSvg(card, lang)));
    const size = renderPng(svg).length;
    figures.push({ name: `report card PNG, ${lang === 'en' ? 'English' : 'Chinese'} (3 questions, SVG + render)`, value: `median ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}, ${(size / 1024).toFixed(0)} KB` });
  }
  // Off the event loop (what the bots use): how long a timer on the loop is held up during a Chinese render.
  let worstLag = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - last - 5);
    last = now;
  }, 5);
  await renderPngAsync(reportCardSvg(card, 'zh'));
  clearInterval(probe);
  figures.push({ name: 'Chinese report card rendered on the thread pool: worst event-loop delay meanwhile', value: fmt(Math.max(0, worstLag)) });
  return figures;
}
