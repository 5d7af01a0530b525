/** A schema violation located in a content file: printed as `file:line: field: problem`. */
export type BankProblem = { file: string; line: number; field: string; message: string };

/** A quality finding about an entry (or `bank`) that does not stop the bank from loading; `validate` lists them. */
export type Warning = { id: string; field: string; message: string };

export function formatProblem(p: BankProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** Thrown by the loader with every problem it found; nothing of a failing bank is returned. */
export class BankValidationError extends Error {
  constructor(readonly problems: BankProblem[]) {
    super(
      `the bank has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'BankValidationError';
  }
}
