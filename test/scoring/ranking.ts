/** Rank statistics for judging a scorer against graded answers. */
export function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
}

export function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** Share of pairs within a question, graded differently, that the scores order the same way (ties count half). */
export function pairwiseAgreement(rows: { question: string; grade: number; total: number }[]): number {
  let agree = 0;
  let pairs = 0;
  for (const a of rows) {
    for (const b of rows) {
      if (a.question !== b.question || a.grade <= b.grade) continue;
      pairs++;
      agree += a.total > b.total ? 1 : a.total === b.total ? 0.5 : 0;
    }
  }
  return agree / pairs;
}
