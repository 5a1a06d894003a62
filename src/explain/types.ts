/**
 * The answer of GET isolation-info/explain (explain.schema.json beside the
 * server package). Only the keys the view draws are typed here; a jest test
 * holds them against the schema, and the answers are checked against it
 * (src/contracts.ts).
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
    /** The effective capabilities that change a verdict here (CAP_CHOWN…). */
    capabilities: string[];
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
  withheld: IWithheld | null;
  errors: string[];
}

/**
 * What an answer leaves out, and why: steps of the lookup (outside the file
 * browser's root, or the middle of a very long lookup) and entries you cannot
 * modify that are counted but not named. Counted, never named.
 */
export interface IWithheld {
  walk_steps: number;
  entries: number;
  reasons: string[];
}
