/**
 * The answer of GET isolation-info/explain (explain.schema.json beside the
 * server package). Only the keys the view draws are typed here; a jest test
 * holds them against the schema.
 */
export const OPERATIONS = [
  'read',
  'write',
  'create',
  'delete',
  'chmod',
  'execute'
] as const;

export type OperationName = (typeof OPERATIONS)[number];

export interface IOperation {
  allowed: boolean | null;
  measured: boolean;
  reason: string | null;
  fix: string | null;
}

export interface IWalkEntry {
  name: string;
  path: string;
  type: string | null;
  uid: number | null;
  owner: string | null;
  gid: number | null;
  group: string | null;
  host_uid: number | null;
  host_gid: number | null;
  owner_unmapped: boolean | null;
  mode: string | null;
  mode_text: string | null;
  symlink_target: string | null;
  searchable: boolean | null;
  error: string | null;
}

export interface IExplanation {
  schema_version: 1;
  generated_at: string;
  path: string;
  resolved: string | null;
  exists: boolean | null;
  type: string | null;
  identity: {
    uid: number | null;
    user: string | null;
    gid: number | null;
    group: string | null;
    host_uid: number | null;
    sudo: string;
  } | null;
  walk: IWalkEntry[];
  stopped_at: { path: string; reason: string } | null;
  target: (IWalkEntry & { immutable: boolean | null }) | null;
  mount: {
    mount_point: string;
    filesystem: string;
    source: string;
    read_only: boolean;
  } | null;
  storage: {
    kind: string;
    kept_on_restart: boolean | null;
    sentence: string;
    evidence: string;
  } | null;
  operations: Record<OperationName, IOperation>;
  entries: {
    cannot_modify: number | null;
    looked_at: number;
    not_looked_at: number | null;
  } | null;
  changed: string | null;
  errors: string[];
}

/**
 * Whether a parsed body has the shape the view needs (a guard, not a cast).
 */
export function isExplanation(value: unknown): value is IExplanation {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const answer = value as Record<string, unknown>;
  const operations = answer.operations as Record<string, unknown> | undefined;
  return (
    answer.schema_version === 1 &&
    typeof answer.path === 'string' &&
    Array.isArray(answer.walk) &&
    typeof operations === 'object' &&
    operations !== null &&
    OPERATIONS.every(name => typeof operations[name] === 'object')
  );
}
