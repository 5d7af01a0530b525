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
      throw err;
    }
  }
}
