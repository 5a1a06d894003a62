/**
 * Checks a value against the report's JSON Schema (the subset of keywords the
 * schema uses), so the panel renders only what the contract allows and shows
 * an error, not a broken panel or an endless spinner, for anything else.
 *
 * The schema is the server's (`isolation-info/schema`): the reports it checks
 * come from that server's collector, in the server or sent into a kernel, so
 * its schema is their contract, and the bundle carries no copy of it.
 */
import { IReport } from './types';

export type Schema = { [keyword: string]: any };

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
  schema: Schema,
  path = 'report',
  root: Schema = schema
): string | null {
  if (schema.$ref) {
    const name = (schema.$ref as string).split('/').pop()!;
    return schemaProblem(value, root.$defs[name], path, root);
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
        `${path}[${index}]`,
        root
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
        const problem = schemaProblem(
          item,
          properties[key],
          `${path}.${key}`,
          root
        );
        if (problem) {
          return problem;
        }
      } else if (schema.additionalProperties === false) {
        return `${path}: has an unknown key ${JSON.stringify(key)}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = schemaProblem(
          item,
          schema.additionalProperties,
          `${path}.${key}`,
          root
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
 * Checks answers against a schema loaded on first use and kept; a load that
 * failed is tried again by the next check.
 */
export class ReportValidator {
  constructor(load: () => Promise<Schema>) {
    this._load = load;
  }

  /**
   * The schema, fetched once.
   */
  schema(): Promise<Schema> {
    if (!this._schema) {
      this._schema = this._load().catch(error => {
        this._schema = null;
        throw new Error(
          `could not load the report schema: ${error instanceof Error ? error.message : error}`
        );
      });
    }
    return this._schema;
  }

  /**
   * Where `value` breaks the report schema, or null when it is a report.
   */
  async problem(value: unknown): Promise<string | null> {
    return schemaProblem(value, await this.schema());
  }

  /**
   * `value` as a report, or an error that says where it breaks the contract.
   */
  async report(value: unknown, whose: string): Promise<IReport> {
    const problem = await this.problem(value);
    if (problem) {
      throw new Error(`${whose} is not an isolation report (${problem})`);
    }
    return value as IReport;
  }

  private _load: () => Promise<Schema>;
  private _schema: Promise<Schema> | null = null;
}
