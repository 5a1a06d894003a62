/**
 * The isolation report's types, generated from
 * jupyterlab_isolation_info/report.schema.json by `jlpm build:types`.
 * Do not edit: change the schema, then regenerate.
 */

export type Severity = 'critical' | 'warning' | 'info';
/**
 * Most severe first; derived from the rest of the report.
 */
export type Findings = Finding[];
export type NetworkEndpoints = Endpoint[];
/**
 * A capability's kernel name; a bit this collector has no name for reads CAP_<number>.
 */
export type Capability = string;
export type Storage = StorageEntry[];
/**
 * The server's running kernels; only in the server's report.
 */
export type Kernels = Kernel[];

/**
 * The isolation report, schema_version 1: what `jupyter isolation-info --json`, GET isolation-info/report and the kernel inspection return. The title of each section property is the heading the CLI, the Markdown export and the panel give it.
 */
export interface IsolationReport {
  /**
   * Changes only when a key is removed or changes meaning.
   */
  schema_version: 1;
  /**
   * When the report was collected, UTC, to the second.
   */
  generated_at: string;
  findings: Findings;
  run_as: RunAsUser;
  user_namespace: UserNamespace;
  home: HomeDirectory;
  metadata: AppMetadata;
  endpoints: NetworkEndpoints;
  capabilities: Capabilities;
  storage: Storage;
  kernels?: Kernels;
  /**
   * A sentence per section that could not be collected at all, keyed by the section's key.
   */
  errors: {
    [k: string]: string;
  };
}
export interface Finding {
  /**
   * Stable identifier, e.g. root-not-remapped.
   */
  id: string;
  severity: Severity;
  title: string;
  /**
   * Why it matters and what to do.
   */
  detail: string;
}
export interface RunAsUser {
  /**
   * The user's name; null when the uid has no passwd entry.
   */
  user: string | null;
  uid: number;
  gid: number;
  /**
   * The primary group first, as `id` lists them.
   */
  groups: Group[];
  /**
   * From the user database, never from $HOME; null without a passwd entry.
   */
  home: string | null;
  /**
   * Whether `sudo -n true` succeeds without a password.
   */
  sudo: 'yes' | 'no' | 'unknown';
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Group {
  gid: number;
  name: string | null;
}
export interface UserNamespace {
  /**
   * False only for the identity map `0 0 4294967295`; null when uid_map cannot be read.
   */
  remapped: boolean | null;
  uid_map: IdMapLine[];
  gid_map: IdMapLine[];
  /**
   * The run-as uid on the host; null when no map line holds it or the map is unknown.
   */
  host_uid: number | null;
  host_gid: number | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface IdMapLine {
  inside: number;
  outside: number;
  count: number;
}
export interface HomeDirectory {
  path: string | null;
  /**
   * Null when it cannot be told (permission denied, a stalled mount).
   */
  exists: boolean | null;
  owner_uid: number | null;
  owner_gid: number | null;
  owner_name: string | null;
  /**
   * Permission bits in octal, e.g. 0750.
   */
  mode: string | null;
  host_owner_uid: number | null;
  owner_is_run_as: boolean | null;
  /**
   * True when the owner shows as the overflow uid: a host uid not mapped into this container.
   */
  owner_unmapped: boolean | null;
  filesystem: string | null;
  mount_source: string | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface AppMetadata {
  path: string;
  /**
   * Whether anything is at the path; null when that cannot be told.
   */
  found: boolean | null;
  /**
   * Measured from statvfs or the mount's options; null when unknown.
   */
  read_only: boolean | null;
  /**
   * The file's JSON object as read; any keys and values.
   */
  fields: {
    [k: string]: unknown;
  } | null;
  /**
   * Sentences on what was changed to show the file: numbers JSON cannot carry shown as text, lone surrogates as U+FFFD, repeated keys.
   */
  notes: string[];
  /**
   * Keys that appear more than once within one object; only the last value is kept.
   */
  repeated_keys: string[];
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface Endpoint {
  id: string;
  name: string;
  host: string;
  port: number;
  /**
   * host:port for display, an IPv6 host in brackets.
   */
  address: string;
  expected: 'blocked' | 'reachable';
  /**
   * routable: the kernel has a route and no packet was sent.
   */
  status: 'blocked' | 'routable' | 'reachable' | 'unknown';
  /**
   * route: a route lookup that sends nothing; connect: an active TCP probe.
   */
  method: 'route' | 'connect';
  detail: string;
}
export interface Capabilities {
  effective: Capability[];
  permitted: Capability[];
  inheritable: Capability[];
  bounding: Capability[];
  ambient: Capability[];
  /**
   * Bounding-set capabilities Docker's default set does not grant.
   */
  beyond_docker_default: Capability[];
  no_new_privs: boolean | null;
  seccomp: 'disabled' | 'strict' | 'filter' | null;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface StorageEntry {
  path: string;
  filesystem: string | null;
  mount_source: string | null;
  read_only: boolean | null;
}
export interface Kernel {
  id: string;
  name: string | null;
  /**
   * Whether the kernel is a local process whose identity can be read.
   */
  local: boolean;
  pid?: number;
  uid?: number;
  user?: string | null;
  gid?: number;
  host_uid?: number | null;
  host_gid?: number | null;
  capabilities?: KernelCapabilities;
  /**
   * A sentence saying what could not be read, or null.
   */
  error: string | null;
}
export interface KernelCapabilities {
  effective: Capability[];
  beyond_docker_default: Capability[];
}

/**
 * The report schema, for validating a report before it is rendered.
 */
export const REPORT_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:jupyterlab-isolation-info:report:1",
  "title": "IsolationReport",
  "description": "The isolation report, schema_version 1: what `jupyter isolation-info --json`, GET isolation-info/report and the kernel inspection return. The title of each section property is the heading the CLI, the Markdown export and the panel give it.",
  "type": "object",
  "properties": {
    "schema_version": {
      "const": 1,
      "description": "Changes only when a key is removed or changes meaning."
    },
    "generated_at": {
      "type": "string",
      "format": "date-time",
      "pattern": "Z$",
      "description": "When the report was collected, UTC, to the second."
    },
    "findings": {
      "title": "Findings",
      "type": "array",
      "items": {
        "$ref": "#/$defs/finding"
      },
      "description": "Most severe first; derived from the rest of the report."
    },
    "run_as": {
      "title": "Run-as user",
      "$ref": "#/$defs/runAs"
    },
    "user_namespace": {
      "title": "User namespace",
      "$ref": "#/$defs/userNamespace"
    },
    "home": {
      "title": "Home directory",
      "$ref": "#/$defs/home"
    },
    "metadata": {
      "title": "App metadata",
      "$ref": "#/$defs/metadata"
    },
    "endpoints": {
      "title": "Network endpoints",
      "type": "array",
      "items": {
        "$ref": "#/$defs/endpoint"
      }
    },
    "capabilities": {
      "title": "Capabilities",
      "$ref": "#/$defs/capabilities"
    },
    "storage": {
      "title": "Storage",
      "type": "array",
      "items": {
        "$ref": "#/$defs/storageEntry"
      }
    },
    "kernels": {
      "title": "Kernels",
      "type": "array",
      "items": {
        "$ref": "#/$defs/kernel"
      },
      "description": "The server's running kernels; only in the server's report."
    },
    "errors": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      },
      "description": "A sentence per section that could not be collected at all, keyed by the section's key."
    }
  },
  "required": [
    "schema_version",
    "generated_at",
    "findings",
    "run_as",
    "user_namespace",
    "home",
    "metadata",
    "endpoints",
    "capabilities",
    "storage",
    "errors"
  ],
  "additionalProperties": false,
  "$defs": {
    "severity": {
      "enum": [
        "critical",
        "warning",
        "info"
      ]
    },
    "capability": {
      "type": "string",
      "pattern": "^CAP_[A-Z0-9_]+$",
      "description": "A capability's kernel name; a bit this collector has no name for reads CAP_<number>."
    },
    "finding": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
          "description": "Stable identifier, e.g. root-not-remapped."
        },
        "severity": {
          "$ref": "#/$defs/severity"
        },
        "title": {
          "type": "string"
        },
        "detail": {
          "type": "string",
          "description": "Why it matters and what to do."
        }
      },
      "required": [
        "id",
        "severity",
        "title",
        "detail"
      ],
      "additionalProperties": false
    },
    "group": {
      "type": "object",
      "properties": {
        "gid": {
          "type": "integer",
          "minimum": 0
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "gid",
        "name"
      ],
      "additionalProperties": false
    },
    "runAs": {
      "type": "object",
      "properties": {
        "user": {
          "type": [
            "string",
            "null"
          ],
          "description": "The user's name; null when the uid has no passwd entry."
        },
        "uid": {
          "type": "integer",
          "minimum": 0
        },
        "gid": {
          "type": "integer",
          "minimum": 0
        },
        "groups": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/group"
          },
          "description": "The primary group first, as `id` lists them."
        },
        "home": {
          "type": [
            "string",
            "null"
          ],
          "description": "From the user database, never from $HOME; null without a passwd entry."
        },
        "sudo": {
          "enum": [
            "yes",
            "no",
            "unknown"
          ],
          "description": "Whether `sudo -n true` succeeds without a password."
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "user",
        "uid",
        "gid",
        "groups",
        "home",
        "sudo",
        "error"
      ],
      "additionalProperties": false
    },
    "idMapLine": {
      "type": "object",
      "properties": {
        "inside": {
          "type": "integer",
          "minimum": 0
        },
        "outside": {
          "type": "integer",
          "minimum": 0
        },
        "count": {
          "type": "integer",
          "minimum": 0
        }
      },
      "required": [
        "inside",
        "outside",
        "count"
      ],
      "additionalProperties": false
    },
    "userNamespace": {
      "type": "object",
      "properties": {
        "remapped": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "False only for the identity map `0 0 4294967295`; null when uid_map cannot be read."
        },
        "uid_map": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/idMapLine"
          }
        },
        "gid_map": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/idMapLine"
          }
        },
        "host_uid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0,
          "description": "The run-as uid on the host; null when no map line holds it or the map is unknown."
        },
        "host_gid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "remapped",
        "uid_map",
        "gid_map",
        "host_uid",
        "host_gid",
        "error"
      ],
      "additionalProperties": false
    },
    "home": {
      "type": "object",
      "properties": {
        "path": {
          "type": [
            "string",
            "null"
          ]
        },
        "exists": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "Null when it cannot be told (permission denied, a stalled mount)."
        },
        "owner_uid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "owner_gid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "owner_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "mode": {
          "type": [
            "string",
            "null"
          ],
          "pattern": "^[0-7]{4}$",
          "description": "Permission bits in octal, e.g. 0750."
        },
        "host_owner_uid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "owner_is_run_as": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "owner_unmapped": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "True when the owner shows as the overflow uid: a host uid not mapped into this container."
        },
        "filesystem": {
          "type": [
            "string",
            "null"
          ]
        },
        "mount_source": {
          "type": [
            "string",
            "null"
          ]
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "path",
        "exists",
        "owner_uid",
        "owner_gid",
        "owner_name",
        "mode",
        "host_owner_uid",
        "owner_is_run_as",
        "owner_unmapped",
        "filesystem",
        "mount_source",
        "error"
      ],
      "additionalProperties": false
    },
    "metadata": {
      "type": "object",
      "properties": {
        "path": {
          "type": "string"
        },
        "found": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "Whether anything is at the path; null when that cannot be told."
        },
        "read_only": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "Measured from statvfs or the mount's options; null when unknown."
        },
        "fields": {
          "type": [
            "object",
            "null"
          ],
          "description": "The file's JSON object as read; any keys and values.",
          "additionalProperties": true
        },
        "notes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Sentences on what was changed to show the file: numbers JSON cannot carry shown as text, lone surrogates as U+FFFD, repeated keys."
        },
        "repeated_keys": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Keys that appear more than once within one object; only the last value is kept."
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "path",
        "found",
        "read_only",
        "fields",
        "notes",
        "repeated_keys",
        "error"
      ],
      "additionalProperties": false
    },
    "endpoint": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "host": {
          "type": "string"
        },
        "port": {
          "type": "integer",
          "minimum": 0,
          "maximum": 65535
        },
        "address": {
          "type": "string",
          "description": "host:port for display, an IPv6 host in brackets."
        },
        "expected": {
          "enum": [
            "blocked",
            "reachable"
          ]
        },
        "status": {
          "enum": [
            "blocked",
            "routable",
            "reachable",
            "unknown"
          ],
          "description": "routable: the kernel has a route and no packet was sent."
        },
        "method": {
          "enum": [
            "route",
            "connect"
          ],
          "description": "route: a route lookup that sends nothing; connect: an active TCP probe."
        },
        "detail": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "name",
        "host",
        "port",
        "address",
        "expected",
        "status",
        "method",
        "detail"
      ],
      "additionalProperties": false
    },
    "capabilities": {
      "type": "object",
      "properties": {
        "effective": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "permitted": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "inheritable": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "bounding": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "ambient": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "beyond_docker_default": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          },
          "description": "Bounding-set capabilities Docker's default set does not grant."
        },
        "no_new_privs": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "seccomp": {
          "enum": [
            "disabled",
            "strict",
            "filter",
            null
          ]
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "effective",
        "permitted",
        "inheritable",
        "bounding",
        "ambient",
        "beyond_docker_default",
        "no_new_privs",
        "seccomp",
        "error"
      ],
      "additionalProperties": false
    },
    "kernelCapabilities": {
      "type": "object",
      "properties": {
        "effective": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        },
        "beyond_docker_default": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/capability"
          }
        }
      },
      "required": [
        "effective",
        "beyond_docker_default"
      ],
      "additionalProperties": false
    },
    "kernel": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "local": {
          "type": "boolean",
          "description": "Whether the kernel is a local process whose identity can be read."
        },
        "pid": {
          "type": "integer",
          "minimum": 0
        },
        "uid": {
          "type": "integer",
          "minimum": 0
        },
        "user": {
          "type": [
            "string",
            "null"
          ]
        },
        "gid": {
          "type": "integer",
          "minimum": 0
        },
        "host_uid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "host_gid": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "capabilities": {
          "$ref": "#/$defs/kernelCapabilities"
        },
        "error": {
          "type": [
            "string",
            "null"
          ],
          "description": "A sentence saying what could not be read, or null."
        }
      },
      "required": [
        "id",
        "name",
        "local",
        "error"
      ],
      "additionalProperties": false
    },
    "storageEntry": {
      "type": "object",
      "properties": {
        "path": {
          "type": "string"
        },
        "filesystem": {
          "type": [
            "string",
            "null"
          ]
        },
        "mount_source": {
          "type": [
            "string",
            "null"
          ]
        },
        "read_only": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "path",
        "filesystem",
        "mount_source",
        "read_only"
      ],
      "additionalProperties": false
    }
  }
} as const;
