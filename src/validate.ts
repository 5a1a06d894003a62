/**
 * Checks an answer against its contract, so the panel renders only what the
 * contract allows and says what broke it, not a broken panel or an endless
 * spinner. The validator (Ajv and the schemas, src/contracts.ts) is loaded
 * with the first answer, not at start-up.
 */
import type { Contract, ContractValidator } from './contracts';

export type { Contract } from './contracts';

/**
 * What each contract's values are called in a sentence, and the root of
 * the paths that say where one breaks it.
 */
const NAMES: Record<Contract, { what: string; root: string }> = {
  report: { what: 'an isolation report', root: 'report' },
  explanation: { what: 'an explanation', root: 'explanation' },
  'kernel-death': { what: 'a kernel-death verdict', root: 'answer' }
};

namespace Private {
  /**
   * The page's one validator: each schema is compiled once, whoever asks.
   */
  let loading: Promise<ContractValidator> | null = null;

  export function validator(): Promise<ContractValidator> {
    if (!loading) {
      loading = import('./contracts').then(
        ({ ContractValidator }) => new ContractValidator(),
        error => {
          // A chunk that failed to load is asked for again next time.
          loading = null;
          throw error;
        }
      );
    }
    return loading;
  }
}

/**
 * Where `value` breaks `contract`, or null when it keeps it.
 */
export async function contractProblem(
  contract: Contract,
  value: unknown
): Promise<string | null> {
  return (await Private.validator()).problem(
    contract,
    value,
    NAMES[contract].root
  );
}

/**
 * `value`, typed, when it keeps `contract`; else an error whose message says
 * whose answer broke it, and where: "the server's answer is not an
 * isolation report (report.home: has an unknown key "owner")".
 */
export async function checked<T>(
  contract: Contract,
  value: unknown,
  whose: string
): Promise<T> {
  const problem = await contractProblem(contract, value);
  if (problem) {
    throw new Error(`${whose} is not ${NAMES[contract].what} (${problem})`);
  }
  return value as T;
}
