/**
 * The isolation report's types. They are generated from the report's JSON
 * Schema (jupyterlab_isolation_info/report.schema.json) into
 * report.generated.ts; this module gives them the names the views use.
 */
import type {
  Endpoint,
  Finding,
  IdMapLine,
  IsolationReport,
  Severity
} from './report.generated';

export type { Severity };
export type IReport = IsolationReport;
export type IFinding = Finding;
export type IIdMapLine = IdMapLine;
export type IEndpoint = Endpoint;
