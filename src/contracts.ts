/**
 * What the one validator's checks share. Every answer the front end is given
 * (the report, the server's or a kernel's; one path's explanation; the
 * verdict on a kernel's death) is checked against its JSON Schema from the
 * Python package, the contract of both halves of the wheel. Ajv compiles
 * each schema at build time into src/schemas/*.validate.ts (`jlpm
 * build:validators`, run by build:lib and jest; not committed), so the page
 * ships plain checks and no schema compiler; they import the format and the
 * string length below, and their first error becomes a sentence here.
 */

/**
 * The contracts, by name.
 */
export type Contract = 'report' | 'explanation' | 'kernel-death' | 'space-walk';

/**
 * The part of an Ajv error the sentences read.
 */
export interface IContractError {
  instancePath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}

/**
 * A compiled schema: true when `value` keeps it; else `errors` says where not.
 */
export interface IValidate {
  (value: unknown): boolean;
  errors?: IContractError[] | null;
}

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
 * The formats the schemas use, as the compiled checks call them.
 */
export const FORMATS = {
  'date-time': { type: 'string', validate: isDateTime }
};

/**
 * A string's length as JSON Schema counts it (maxLength, minLength): in code
 * points, so a character outside the BMP counts once.
 */
export function ucs2length(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++, length++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
      }
    }
  }
  return length;
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
function sentence(root: string, error: IContractError): string {
  const path = where(root, error.instancePath);
  const params = error.params;
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
    case 'maxItems':
      return `${path}: has more than ${params.limit} items`;
    case 'minItems':
      return `${path}: has fewer than ${params.limit} items`;
    case 'oneOf':
      return `${path}: matches none or several of its forms`;
    case 'anyOf':
      return `${path}: matches none of its forms`;
    default:
      return `${path}: ${error.message ?? `breaks its ${error.keyword}`}`;
  }
}

/**
 * The first place where `value` breaks the contract `validate` checks, as
 * `path: problem` (the path starts at `root`), or null when it keeps it.
 */
export function problem(
  validate: IValidate,
  value: unknown,
  root: string
): string | null {
  if (validate(value)) {
    return null;
  }
  const [first] = validate.errors ?? [];
  return first ? sentence(root, first) : `${root}: is not valid`;
}
