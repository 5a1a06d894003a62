/**
 * Types generated from jupyterlab_isolation_info/space-walk.schema.json by `jlpm build:types`.
 * Do not edit: change the schema, then regenerate.
 */

/**
 * One walk of a folder inside the file browser's root, as the server's `isolation-info/space` route answers it: running (its progress so far, no answer yet) or done (the answer of space.schema.json, partial when it stopped early; a cancelled walk's answer says so). The server walks off its event loop, one walk per folder at a time: asking again joins the running walk.
 */
export interface SpaceWalk {
  /**
   * The folder as asked, as the file browser names it (relative to its root; empty for the root).
   */
  path: string;
  state: 'running' | 'done';
  started: string;
  /**
   * null while the walk runs.
   */
  finished: string | null;
  /**
   * How far the walk got: entries looked at and allocated bytes counted so far (updated every few thousand entries while it runs), and the seconds since it started (its length once done).
   */
  progress: {
    entries: number;
    bytes: number;
    seconds: number;
  };
  /**
   * The walk's answer once done; null while it runs.
   */
  answer: SpaceAnswer | null;
}
/**
 * Where the space of a folder (by default the home) went, as `du -sx --block-size=1` counts it: what `jupyter isolation-info space [PATH] --json` prints. Allocated bytes (st_blocks × 512), hard links counted once, one file system only: mount points below the folder are named from mountinfo and never entered, symbolic links never followed. Bounded in time, entries and names listed; a partial answer says which limit stopped it. Nothing is written, moved or deleted to make it.
 */
export interface SpaceAnswer {
  schema_version: 1;
  generated_at: string;
  /**
   * The folder as asked (the home when none was).
   */
  path: string | null;
  /**
   * The folder with symbolic links resolved: where the walk started.
   */
  resolved: string | null;
  filesystem: {
    mount_point: string;
    type: string;
    /**
     * major:minor from mountinfo.
     */
    device: string;
  } | null;
  /**
   * true: every entry was looked at and every folder read; the total is exact.
   */
  complete: boolean;
  stopped: {
    reason: 'time' | 'entries' | 'cancelled';
    sentence: string;
  } | null;
  limits: {
    seconds: number | null;
    entries: number | null;
    top: number | null;
  };
  /**
   * How long the answer took.
   */
  seconds: number | null;
  total: {
    bytes: number | null;
    at_least: boolean;
    entries: number;
    folders: number;
    /**
     * Entries that are not folders (links, sockets… included).
     */
    files: number;
  };
  /**
   * The largest folders directly in the start, largest first (at most limits.top).
   */
  children: Sized[];
  /**
   * The largest folders anywhere below the start, largest first (at most limits.top); a folder's size holds its subfolders'.
   */
  folders: Sized[];
  /**
   * The largest regular files, largest first (at most limits.top).
   */
  files: Sized[];
  caches: Cache[];
  /**
   * The .ipynb_checkpoints folders met, summed.
   */
  checkpoints: {
    folders: number;
    bytes: number;
    at_least: boolean;
    note: string;
  } | null;
  /**
   * Files deleted while a process still holds them open, on the walked volume: df counts their blocks, a walk cannot see them. Only processes whose descriptors this user may read are seen.
   */
  held_deleted: {
    bytes: number;
    count: number;
    files: HeldFile[];
    left_out: number;
    processes_looked_at: number;
    processes_unreadable: number;
    complete: boolean;
    error: string | null;
  } | null;
  /**
   * Folders that could not be read, with why: every total above one is 'at least'.
   */
  unreadable: {
    path: string;
    reason: string;
  }[];
  unreadable_left_out: number;
  /**
   * What the walk did not enter: other file systems mounted below (from mountinfo, never looked at), entries on another device, folders too deep.
   */
  not_walked: {
    path: string;
    reason: 'mount' | 'other-device' | 'depth';
    filesystem: string | null;
    sentence: string;
  }[];
  /**
   * What was not walked beyond those named (each list names at most 50).
   */
  not_walked_left_out: number;
  /**
   * Why nothing (or less) was walked: a refusal or a failure, as sentences.
   */
  errors: string[];
}
export interface Sized {
  path: string;
  /**
   * Allocated bytes (st_blocks × 512), hard links once.
   */
  bytes: number;
  /**
   * true: something below could not be read or was not reached; the size is a lower bound.
   */
  at_least: boolean;
}
export interface Cache {
  id: 'pip' | 'conda' | 'huggingface' | 'torch' | 'npm' | 'yarn' | 'trash';
  name: string;
  /**
   * Where this environment puts it (a variable's value appears only as this path). null when a server walked and it lies outside the file browser's root (path_reason says so); the command line names it.
   */
  path: string | null;
  /**
   * Why path is null; null when it is named.
   */
  path_reason: string | null;
  /**
   * The environment variable that moved it, '.condarc', or 'default'.
   */
  source: string;
  /**
   * true: met by the walk and sized; false: not there; null: not known (reason says why).
   */
  found: boolean | null;
  bytes: number | null;
  at_least: boolean;
  /**
   * The command (or step) the user runs to clear it; nothing is run for them. When path is null it names no path (the variable or $HOME the user's shell has instead).
   */
  clear: string;
  note: string | null;
  /**
   * Why it was not sized, when it was not.
   */
  reason: string | null;
}
export interface HeldFile {
  /**
   * Where the file was before it was deleted. null when a server walked and it lay outside the file browser's root (path_reason says so).
   */
  path: string | null;
  /**
   * Why path is null; null when it is named.
   */
  path_reason: string | null;
  /**
   * Allocated bytes, freed when the last holder closes it.
   */
  bytes: number;
  /**
   * Its length (st_size); null with its path (the length tells of the content, beyond the volume's figures).
   */
  apparent_bytes: number | null;
  holders: Holder[];
  holders_left_out: number;
}
export interface Holder {
  pid: number;
  /**
   * /proc/<pid>/comm.
   */
  process: string | null;
  fd: number;
  /**
   * The Jupyter kernel id its command line names (…/kernel-<id>.json), if any.
   */
  kernel_id: string | null;
  /**
   * The notebook (or console) of the Jupyter session this kernel serves, as the server that walked names it (its session's path); null when the process is not one of that server's kernels, or when walked outside a server (the command line).
   */
  notebook: string | null;
}
