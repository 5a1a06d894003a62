/**
 * Checks a value against the report's JSON Schema (the subset of keywords the
 * schema uses), so the panel renders only what the contract allows and shows
 * an error, not a broken panel or an endless spinner, for anything else.
 */
import { REPORT_SCHEMA } from './report.generated';
import { IReport } from './tokens';

type Schema = { [keyword: string]: any };

const DEFS = (REPORT_SCHEMA as Schema)['$defs'] as Record<string, Schema>;

function typeOf(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

function matchesType(value: unknown, type: string | string[]): boolean {
  const actual = typeOf(value);
  const allowed = Array.isArray(type) ? type : [type];
  return allowed.some(
    t => t === actual || (t === 'number' && actual === 'integer')
  );
}

/**
 * The first place where `value` breaks `schema`, as `path: problem`, or null.
 */
export function schemaProblem(
  value: unknown,
  schema: Schema = REPORT_SCHEMA as Schema,
  path = 'report'
): string | null {
  if (schema.$ref) {
    const name = (schema.$ref as string).split('/').pop()!;
    return schemaProblem(value, DEFS[name], path);
  }
  if ('const' in schema && value !== schema.const) {
    return `${path}: should be ${JSON.stringify(schema.const)}`;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return `${path}: should be one of ${JSON.stringify(schema.enum)}`;
  }
  if (schema.type && !matchesType(value, schema.type)) {
    return `${path}: should be ${[schema.type].flat().join(' or ')}`;
  }
  if (typeof value === 'string' && schema.pattern) {
    if (!new RegExp(schema.pattern).test(value)) {
      return `${path}: does not match ${schema.pattern}`;
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      return `${path}: below ${schema.minimum}`;
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      return `${path}: above ${schema.maximum}`;
    }
  }
  if (Array.isArray(value) && schema.items) {
    for (let index = 0; index < value.length; index++) {
      const problem = schemaProblem(
        value[index],
        schema.items,
        `${path}[${index}]`
      );
      if (problem) {
        return problem;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) {
        return `${path}: lacks ${key}`;
      }
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) {
        const problem = schemaProblem(item, properties[key], `${path}.${key}`);
        if (problem) {
          return problem;
        }
      } else if (schema.additionalProperties === false) {
        return `${path}: has an unknown key ${JSON.stringify(key)}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = schemaProblem(
          item,
          schema.additionalProperties,
          `${path}.${key}`
        );
        if (problem) {
          return problem;
        }
      }
    }
  }
  return null;
}

/**
 * Whether a server's or a kernel's answer is a report the panel can render.
 */
export function isReport(value: unknown): value is IReport {
  return schemaProblem(value) === null;
}
