/**
 * The one validator of every answer the front end is given: the report (the
 * server's, or a kernel's), one path's explanation (the server's, or a
 * kernel's) and the verdict on a kernel's death, each checked against its
 * JSON Schema from the Python package (copied into src/schemas/ by
 * `jlpm build:types`) with Ajv, as JupyterLab's settings registry checks
 * settings. The server and this bundle ship in one wheel, so the package's
 * schemas are the contract of both. Compiled once, on first use.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';

import explainSchema from './schemas/explain.schema.json';
import kernelDeathSchema from './schemas/kerneldeath.schema.json';
import reportSchema from './schemas/report.schema.json';

/**
 * The contracts, by name.
 */
export type Contract = 'report' | 'explanation' | 'kernel-death';

const SCHEMAS: Record<Contract, object> = {
  report: reportSchema,
  explanation: explainSchema,
  'kernel-death': kernelDeathSchema
};

/**
 * RFC 3339's date-time (what `format: date-time` means in JSON Schema), the
 * one format the schemas use: a date and time that exist, with a zone.
 */
const DATE_TIME =
  /^\d{4}-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2}|60)(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) {
    return false;
  }
  const [month, day, hour, minute] = match.slice(1, 5).map(Number);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    hour <= 23 &&
    minute <= 59 &&
    !Number.isNaN(Date.parse(value.replace(/:60(\.|[Zz+-])/, ':59$1')))
  );
}

/**
 * Where an error is, written as the value's path in code:
 * `report.endpoints[2].status`.
 */
function where(root: string, pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) =>
        /^\d+$/.test(part)
          ? `${path}[${part}]`
          : /^[A-Za-z_$][\w$]*$/.test(part)
            ? `${path}.${part}`
            : `${path}[${JSON.stringify(part)}]`,
      root
    );
}

/**
 * One error of Ajv's as a sentence: `path: problem`.
 */
function sentence(root: string, error: ErrorObject): string {
  const path = where(root, error.instancePath);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `${path}: has an unknown key ${JSON.stringify(
        params.additionalProperty ?? params.unevaluatedProperty
      )}`;
    case 'required':
      return `${path}: lacks ${params.missingProperty}`;
    case 'type':
      return `${path}: should be ${String(params.type).split(',').join(' or ')}`;
    case 'const':
      return `${path}: should be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `${path}: should be one of ${JSON.stringify(params.allowedValues)}`;
    case 'maxLength':
      return `${path}: is longer than ${params.limit} characters`;
    case 'minLength':
      return `${path}: is shorter than ${params.limit} characters`;
    case 'format':
      return `${path}: is not a ${params.format}`;
    case 'pattern':
      return `${path}: does not match ${params.pattern}`;
    case 'minimum':
      return `${path}: below ${params.limit}`;
    case 'maximum':
      return `${path}: above ${params.limit}`;
    default:
      return `${path}: ${error.message ?? error.keyword}`;
  }
}

/**
 * Compiles each schema once, when it is first needed.
 */
export class ContractValidator {
  /**
   * The first place where `value` breaks the contract, as `path: problem`
   * (the path starts at `root`), or null when it keeps it.
   */
  problem(contract: Contract, value: unknown, root = 'answer'): string | null {
    const validate = this._compiled(contract);
    if (validate(value)) {
      return null;
    }
    const [first] = validate.errors ?? [];
    return first ? sentence(root, first) : `${root}: is not valid`;
  }

  private _compiled(contract: Contract): ValidateFunction {
    let validate = this._validators.get(contract);
    if (!validate) {
      validate = this._ajv.compile(SCHEMAS[contract]);
      this._validators.set(contract, validate);
    }
    return validate;
  }

  private _ajv = new Ajv2020({ strict: false, allErrors: false }).addFormat(
    'date-time',
    { type: 'string', validate: isDateTime }
  );
  private _validators = new Map<Contract, ValidateFunction>();
}
