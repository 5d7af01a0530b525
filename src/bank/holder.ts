/** The bank a running bot serves: a reload that fails keeps the previous good bank. */
import { loadBank } from './load.ts';
import { BankValidationError, type BankProblem } from './problems.ts';
import type { Bank } from './schema.ts';

export type ReloadResult = { ok: true; bank: Bank } | { ok: false; problems: BankProblem[]; kept: Bank };

export class BankHolder {
  #bank: Bank;

  constructor(private readonly path: string, initial?: Bank) {
    this.#bank = initial ?? loadBank(path);
  }

  get bank(): Bank {
    return this.#bank;
  }

  reload(): ReloadResult {
    try {
      this.#bank = loadBank(this.path);
      return { ok: true, bank: this.#bank };
    } catch (err) {
      if (err instanceof BankValidationError) return { ok: false, problems: err.problems, kept: this.#bank };
      // A loader bug must not take the running bank down with it: keep serving the good one, and say why.
      return { ok: false, problems: [{ file: this.path, line: 1, field: '(load)', message: `could not be loaded: ${(err as Error).message}` }], kept: this.#bank };
    }
  }
}
