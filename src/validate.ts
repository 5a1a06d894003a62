/**
 * Checks an answer against its contract, so the panel renders only what the
 * contract allows and says what broke it, not a broken panel or an endless
 * spinner. Each contract's compiled check (src/schemas/*.validate.ts) is a
 * chunk of its own, loaded with the first answer it checks: start-up pays
 * for the report's alone, and only once the first report arrives.
 */
import { Contract, IValidate, problem } from './contracts';

export type { Contract } from './contracts';

/**
 * What each contract's values are called in a sentence, and the root of
 * the paths that say where one breaks it.
 */
const NAMES: Record<Contract, { what: string; root: string }> = {
  report: { what: 'an isolation report', root: 'report' },
  explanation: { what: 'an explanation', root: 'explanation' },
  'kernel-death': { what: 'a kernel-death verdict', root: 'answer' },
  'space-walk': { what: 'a walk of a folder', root: 'walk' }
};

/**
 * Each contract's compiled check, as a chunk of its own.
 */
const CHECKS: Record<Contract, () => Promise<{ default: IValidate }>> = {
  report: () => import('./schemas/report.validate'),
  explanation: () => import('./schemas/explain.validate'),
  'kernel-death': () => import('./schemas/kerneldeath.validate'),
  'space-walk': () => import('./schemas/space-walk.validate')
};

namespace Private {
  /**
   * The page's checks, each loaded once, whoever asks.
   */
  const loading = new Map<Contract, Promise<IValidate>>();

  export function validator(contract: Contract): Promise<IValidate> {
    let check = loading.get(contract);
    if (!check) {
      check = CHECKS[contract]().then(
        module => module.default,
        error => {
          // A chunk that failed to load is asked for again next time.
          loading.delete(contract);
          throw error;
        }
      );
      loading.set(contract, check);
    }
    return check;
  }
}

/**
 * Where `value` breaks `contract`, or null when it keeps it.
 */
export async function contractProblem(
  contract: Contract,
  value: unknown
): Promise<string | null> {
  return problem(
    await Private.validator(contract),
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
