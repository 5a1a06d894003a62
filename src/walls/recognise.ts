/**
 * Recognise a wall in what a notebook shows: an error output or the lines of
 * a stream output in, a typed wall out (or nothing). Pure: no DOM, no fetch,
 * no kernel; the text is data, never evaluated, and only strings come back
 * (no markup), so a view must still escape them (see `visible` in escape.ts).
 *
 * What counts as a wall is what the text says for sure:
 * - an `OSError` family exception whose `[Errno N]` is one of the walls below
 *   (EACCES, EPERM, EROFS, ENOSPC, EDQUOT, ETXTBSY, ENAMETOOLONG, EXDEV; EAGAIN
 *   only when raised where a process or thread is made), in the error itself
 *   or in one it was chained from;
 * - a tool's diagnostic line ending in the C library's text for one of those
 *   errors (`cp: cannot create regular file 'x': Read-only file system`), pip's
 *   "Could not install packages due to an OSError: [Errno …]", a Python
 *   traceback's last line printed by a script;
 * - a process ended by SIGKILL (`Killed`, `died with <Signals.SIGKILL: 9>`, or
 *   exit status 137, which is only the shell's convention: derived);
 * - the limit on open files (EMFILE, ENFILE);
 * - `MemoryError`, ENOMEM and "can't start new thread" (symptoms, derived);
 * - shutil's copytree failing on files it could not copy (`shutil.Error`, a
 *   list of `(src, dst, str(OSError))`: the first wall in it).
 *
 * Not walls: ENOENT (a missing file is a typo or a wrong working directory,
 * not a limit someone set), EISDIR, ENOTDIR, EEXIST; a `PermissionError`
 * without an errno (libraries raise it for their own refusals, such as an S3
 * "Access Denied"); a library's exception that wraps an OSError in its own
 * words, unless the traceback shows the OSError itself as a cause; a class
 * name with a module (`foo.PermissionError` is not the builtin); GPU memory
 * (CUDA's out-of-memory is the card's, not the container's).
 */

import {
  IParsed,
  IWallPath,
  parseLocaleQuoted,
  parsePythonRepr,
  parseShellWord,
  pathFromBytes,
  pathFromText
} from './quoting';

export type { IWallPath } from './quoting';

/**
 * What kind of wall.
 * - permission: EACCES (13) or EPERM (1)
 * - read-only: EROFS (30)
 * - no-space: ENOSPC (28), blocks or inodes
 * - quota: EDQUOT (122), a per-user quota
 * - busy-text: ETXTBSY (26), writing a program that is running
 * - name-too-long: ENAMETOOLONG (36)
 * - cross-device: EXDEV (18), a rename or hard link between two file systems
 * - pids: no new process or thread (EAGAIN from fork, "can't start new thread")
 * - open-files: EMFILE (24) or ENFILE (23), the limit on open files
 * - memory: MemoryError, ENOMEM (12)
 * - killed: a process ended by SIGKILL
 */
export type WallKind =
  | 'permission'
  | 'read-only'
  | 'no-space'
  | 'quota'
  | 'busy-text'
  | 'name-too-long'
  | 'cross-device'
  | 'pids'
  | 'open-files'
  | 'memory'
  | 'killed';

export interface IWallHit {
  kind: WallKind;
  /** The errno the text states (13), or null when it states none. */
  errno: number | null;
  /** Its symbolic name (EACCES), or null. */
  errnoName: string | null;
  /** The paths named, in order (a rename's source, then its target). */
  paths: IWallPath[];
  /** An exception (error output) or a line of a stream output. */
  source: 'exception' | 'stream';
  /** For a stream: which one. `!cmd` runs on a terminal, so its stderr arrives as stdout. */
  stream: 'stdout' | 'stderr' | null;
  /** The exception's class name (PermissionError), when one is named. */
  ename: string | null;
  /** The program that wrote the line (cp, pip, bash), when it says. */
  tool: string | null;
  /**
   * The call refused, when the text shows it: a change of owner (`os.chown`,
   * `chown`, `chgrp`) or of mode (`os.chmod`, `chmod`). Their EPERM is not the
   * file's mode bits: it is who may (the owner, or CAP_CHOWN/CAP_FOWNER).
   */
  call: 'chown' | 'chmod' | null;
  /**
   * 'stated': the text gives the cause (an errno, a signal name).
   * 'derived': read from a symptom (exit status 137, MemoryError, ENOMEM,
   * EAGAIN where a process is made): other causes give the same text, so it
   * is worth checking against the kernel's own counters before it is said.
   */
  certainty: 'stated' | 'derived';
  /** The line it rests on, colour codes removed. Text, not markup. */
  text: string;
}

/** The outputs recognised here, as nbformat stores them. */
export interface IErrorOutput {
  output_type: 'error';
  ename: string;
  evalue: string;
  traceback: string[];
}

export interface IStreamOutput {
  output_type: 'stream';
  name: 'stdout' | 'stderr';
  text: string | string[];
}

/** How many hits `recogniseOutputs` returns at most. */
export const MAX_HITS = 20;

export interface IRecognition {
  hits: IWallHit[];
  /** Hits found beyond the limit and left out. */
  omitted: number;
}

/**
 * The fields `output` may have, when it is an object of that `output_type`.
 */
function outputOfType<T extends { output_type: string }>(
  output: unknown,
  type: T['output_type']
): Partial<T> | null {
  const o = output as Partial<T> | null;
  return typeof o === 'object' && o !== null && o.output_type === type
    ? o
    : null;
}

export function isErrorOutput(output: unknown): output is IErrorOutput {
  const o = outputOfType<IErrorOutput>(output, 'error');
  return (
    o !== null &&
    typeof o.ename === 'string' &&
    typeof o.evalue === 'string' &&
    Array.isArray(o.traceback)
  );
}

export function isStreamOutput(output: unknown): output is IStreamOutput {
  const o = outputOfType<IStreamOutput>(output, 'stream');
  return (
    o !== null &&
    (o.name === 'stdout' || o.name === 'stderr') &&
    (typeof o.text === 'string' || Array.isArray(o.text))
  );
}

// --- errnos ---------------------------------------------------------------

interface IErrno {
  errno: number;
  name: string;
  kind: WallKind;
  /** Whether the errno names the wall itself or a symptom of one (see IWallHit). */
  certainty: IWallHit['certainty'];
  /** strerror texts: glibc's first, then musl's where it differs (Alpine). */
  texts: string[];
}

/**
 * The errnos that are walls (Linux numbers, the same on x86-64 and arm64).
 * ENOMEM is a symptom: a limit, or a request no machine could grant.
 */
const ERRNO_LIST: IErrno[] = [
  [1, 'EPERM', 'permission', 'stated', 'Operation not permitted'],
  [13, 'EACCES', 'permission', 'stated', 'Permission denied'],
  [30, 'EROFS', 'read-only', 'stated', 'Read-only file system'],
  [28, 'ENOSPC', 'no-space', 'stated', 'No space left on device'],
  [122, 'EDQUOT', 'quota', 'stated', 'Disk quota exceeded|Quota exceeded'],
  [26, 'ETXTBSY', 'busy-text', 'stated', 'Text file busy'],
  [
    36,
    'ENAMETOOLONG',
    'name-too-long',
    'stated',
    'File name too long|Filename too long'
  ],
  [
    18,
    'EXDEV',
    'cross-device',
    'stated',
    'Invalid cross-device link|Cross-device link'
  ],
  [
    24,
    'EMFILE',
    'open-files',
    'stated',
    'Too many open files|No file descriptors available'
  ],
  [23, 'ENFILE', 'open-files', 'stated', 'Too many open files in system'],
  [12, 'ENOMEM', 'memory', 'derived', 'Cannot allocate memory|Out of memory'],
  [11, 'EAGAIN', 'pids', 'derived', 'Resource temporarily unavailable']
].map(([errno, name, kind, certainty, texts]) => ({
  errno: errno as number,
  name: name as string,
  kind: kind as WallKind,
  certainty: certainty as IErrno['certainty'],
  texts: (texts as string).split('|')
}));

const ERRNOS: ReadonlyMap<number, IErrno> = new Map(
  ERRNO_LIST.map(info => [info.errno, info])
);

const EAGAIN = 11;
const ENOMEM = 12;

/** strerror text -> errno, for the lines of tools (EAGAIN left out: no context there). */
const BY_TEXT: ReadonlyMap<string, number> = new Map(
  [...ERRNOS].flatMap(([errno, info]) =>
    errno === EAGAIN
      ? []
      : info.texts.map(text => [text, errno] as [string, number])
  )
);

/**
 * The builtin OSError family, as `type(e).__name__` names them. CPython picks
 * the class from the errno (EACCES and EPERM give PermissionError, EAGAIN
 * BlockingIOError, the other walls plain OSError); the errno decides here, the
 * name only tells that it is the kernel's answer and not a library's wording.
 */
const OSERROR_NAMES: ReadonlySet<string> = new Set([
  'OSError',
  'IOError',
  'EnvironmentError',
  'PermissionError',
  'BlockingIOError',
  'FileNotFoundError',
  'FileExistsError',
  'IsADirectoryError',
  'NotADirectoryError',
  'InterruptedError',
  'ChildProcessError',
  'ProcessLookupError',
  'TimeoutError',
  'ConnectionError',
  'BrokenPipeError',
  'ConnectionAbortedError',
  'ConnectionRefusedError',
  'ConnectionResetError'
]);

/** MemoryError, and NumPy's subclass that says how much it asked for. */
const MEMORY_NAMES: ReadonlySet<string> = new Set([
  'MemoryError',
  '_ArrayMemoryError'
]);

// --- text helpers -----------------------------------------------------------

/**
 * Terminal escapes: CSI (colours), OSC (titles, links) and the two-byte ones.
 * Tracebacks carry colours; they are removed, never interpreted.
 */
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;

export function stripAnsi(text: string): string {
  return text.indexOf('\x1b') < 0 ? text : text.replace(ANSI, '');
}

/**
 * Lines as a terminal leaves them: `\r\n` (a pty) and `\n` end a line, a bare
 * `\r` (a progress bar) starts it over, so each piece is a line of its own.
 */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * `str(OSError)`: `[Errno 13] Permission denied`, then `: 'path'` (the
 * filename's repr) or `: 'a' -> 'b'` when there are two (rename, link).
 */
const ERRNO_TEXT = /^\[Errno (-?\d+)\] ([^:\n]*)(?:: ([^]*))?$/;

interface IErrnoText {
  errno: number;
  paths: IWallPath[];
}

function parseErrnoText(value: string): IErrnoText | null {
  const match = ERRNO_TEXT.exec(value);
  if (!match) {
    return null;
  }
  const errno = Number(match[1]);
  const rest = match[3];
  const paths: IWallPath[] = [];
  if (rest !== undefined) {
    const first = parsePythonRepr(rest, 0);
    if (first) {
      paths.push(pathFromBytes(first.bytes, rest.slice(0, first.end), true));
      if (rest.startsWith(' -> ', first.end)) {
        const start = first.end + 4;
        const second = parsePythonRepr(rest, start);
        if (second && second.end === rest.length) {
          paths.push(
            pathFromBytes(second.bytes, rest.slice(start, second.end), true)
          );
        } else {
          paths.length = 0;
        }
      } else if (first.end !== rest.length) {
        paths.length = 0; // not a repr after all (or a filename that is an int: an fd)
      }
    }
  }
  return { errno, paths };
}

// --- exceptions -------------------------------------------------------------------

/**
 * Where a process or thread is made: EAGAIN there is a task limit (the pids
 * cgroup, RLIMIT_NPROC); anywhere else (a non-blocking read) it is not a wall.
 */
const SPAWNS =
  /\b(?:_?fork_exec|os\.fork|forkpty|posix_spawnp?|_execute_child|_?start_new_thread|_?start_joinable_thread|_launch|os\.spawn\w*)\b/;

/** A traceback's frame header: IPython's (`File /x.py:3, in f`, `Cell In[2], line 1`) or Python's. */
const FRAME = /^(?:File |Cell In\[|Input In \[|\s*File ")/;

/** The lines of a traceback section's last frame (its header on), or none. */
function lastFrame(lines: string[]): string[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (FRAME.test(lines[i])) {
      return lines.slice(i);
    }
  }
  return [];
}

function lastFrameMakesTask(lines: string[]): boolean {
  return lastFrame(lines).some(line => SPAWNS.test(line));
}

/**
 * A change of owner or mode in the line the last frame ran (IPython marks it
 * `---->`, Python prints it alone): `os.chown(`, `shutil.chown(`,
 * `p.chmod(`, `os.lchown(`, `os.fchmod(`.
 */
const OWNER_CALL = /(?:^|[^\w])(?:l|f)?ch(own|grp|mod)\(/;

function lastFrameCall(lines: string[]): IWallHit['call'] {
  for (const line of lastFrame(lines)) {
    const match = OWNER_CALL.exec(line);
    if (match) {
      return match[1] === 'mod' ? 'chmod' : 'chown';
    }
  }
  return null;
}

/** The tools that change an owner or a mode, by the name they print. */
const TOOL_CALLS: ReadonlyMap<string, IWallHit['call']> = new Map([
  ['chown', 'chown'],
  ['chgrp', 'chown'],
  ['chmod', 'chmod']
]);

const KILLED_BY_SIGNAL = /died with <Signals\.SIGKILL: 9>\.$/;
const EXIT_137 = /returned non-zero exit status 137\.$/;

/** Where a hit was read: the same for every wall found in one place. */
interface IWhere {
  source: IWallHit['source'];
  stream: IWallHit['stream'];
  ename: string | null;
  tool: string | null;
  text: string;
  /** The call the text shows (see IWallHit.call); a tool's is its name. */
  call?: IWallHit['call'];
}

/**
 * A hit, every field written in one order (one object shape: spreading a
 * partial object into a literal made each hit cost microseconds in V8).
 */
function wall(
  where: IWhere,
  kind: WallKind,
  certainty: IWallHit['certainty'],
  errno: number | null = null,
  paths: IWallPath[] = []
): IWallHit {
  return {
    kind,
    errno,
    errnoName: errno === null ? null : (ERRNOS.get(errno)?.name ?? null),
    paths,
    source: where.source,
    stream: where.stream,
    ename: where.ename,
    tool: where.tool,
    call:
      where.call ??
      (where.tool === null ? null : TOOL_CALLS.get(where.tool)) ??
      null,
    certainty,
    text: where.text
  };
}

/** One `(src, dst, why)` of a `shutil.Error`: Python's repr of three strings. */
function parseCopyError(text: string, start: number): [string, number] | null {
  let i = start;
  let why = '';
  for (let k = 0; k < 3; k++) {
    const expected = k === 0 ? '(' : ', ';
    if (!text.startsWith(expected, i)) {
      return null;
    }
    const item = parsePythonRepr(text, i + expected.length);
    if (!item || text[i + expected.length] === 'b') {
      return null;
    }
    // str(OSError) holds reprs only, so its text decodes whole.
    why = pathFromBytes(item.bytes, '', true).path;
    i = item.end;
  }
  return text[i] === ')' ? [why, i + 1] : null;
}

/**
 * shutil.copytree collects what it could not copy and raises `shutil.Error`
 * (`type(e).__name__` is just `Error`) whose text is the list's repr:
 * `[('src', 'dst', "[Errno 13] Permission denied: 'src'"), …]`. The first
 * entry that is a wall is the hit; its text is that entry's error.
 */
function fromCopyErrors(evalue: string, where: IWhere): IWallHit | null {
  let i = 1;
  while (i < evalue.length) {
    const entry = parseCopyError(evalue, i);
    if (!entry) {
      return null;
    }
    const [why, end] = entry;
    const parsed = parseErrnoText(why);
    const info = parsed && ERRNOS.get(parsed.errno);
    if (parsed && info && parsed.errno !== EAGAIN) {
      const inner = { ...where, text: why };
      return wall(inner, info.kind, info.certainty, info.errno, parsed.paths);
    }
    if (evalue[end] !== ',') {
      return null;
    }
    i = end + 2;
  }
  return null;
}

/**
 * One exception: its class name, `str()` and the lines of its own traceback
 * section (to see where an EAGAIN came from).
 */
function fromException(
  ename: string,
  evalue: string,
  section: () => string[],
  where: IWhere
): IWallHit | null {
  if (OSERROR_NAMES.has(ename)) {
    const parsed = parseErrnoText(evalue);
    const info = parsed && ERRNOS.get(parsed.errno);
    if (!parsed || !info) {
      return null;
    }
    const isTask = parsed.errno === EAGAIN;
    if (isTask && !lastFrameMakesTask(section())) {
      return null;
    }
    // Only a refusal is read for its call: the frame is not read otherwise.
    const call = info.kind === 'permission' ? lastFrameCall(section()) : null;
    return wall(
      { ...where, call: where.call ?? call },
      info.kind,
      info.certainty,
      parsed.errno,
      parsed.paths
    );
  }
  if (ename === 'Error' && evalue.startsWith('[(')) {
    return fromCopyErrors(evalue, where);
  }
  if (MEMORY_NAMES.has(ename)) {
    return wall(where, 'memory', 'derived');
  }
  if (ename === 'RuntimeError' && evalue === "can't start new thread") {
    return wall(where, 'pids', 'derived');
  }
  if (ename === 'CalledProcessError') {
    if (KILLED_BY_SIGNAL.test(evalue)) {
      return wall(where, 'killed', 'stated');
    }
    if (EXIT_137.test(evalue)) {
      return wall(where, 'killed', 'derived');
    }
  }
  return null;
}

/** Where a traceback moves on to the exception raised from (or while handling) the one above. */
const CHAINED =
  /^(?:The above exception was the direct cause of the following exception:|During handling of the above exception, another exception occurred:)$/;

/** A traceback's last line: `Name: value` (builtins unqualified), or the bare name. */
const EXCEPTION_LINE = /^([A-Za-z_][\w.]*)(?:: ([^]*))?$/;

/**
 * An error output: the exception itself first, then those it was chained
 * from, nearest first. Python prints each chained exception's traceback above
 * the one it led to, each ending with its `Name: value` line.
 */
export function recogniseError(
  ename: string,
  evalue: string,
  traceback: readonly string[]
): IWallHit | null {
  // The traceback is read only when needed (an EAGAIN's frame, a chained
  // cause): most errors are decided by their name and text alone.
  let sections: string[][] | null = null;
  const split = (): string[][] => (sections ??= splitSections(traceback));
  const ownText = evalue ? `${ename}: ${evalue}` : ename;
  const own = fromException(ename, evalue, () => split()[split().length - 1], {
    source: 'exception',
    stream: null,
    ename,
    tool: null,
    text: ownText
  });
  if (own) {
    return own;
  }
  const chained = traceback.some(
    entry => typeof entry === 'string' && entry.includes(' above exception')
  );
  if (!chained) {
    return null;
  }
  const all = split();
  for (let s = all.length - 2; s >= 0; s--) {
    const section = all[s];
    const last = [...section].reverse().find(line => line.trim() !== '');
    const match = last === undefined ? null : EXCEPTION_LINE.exec(last);
    if (match) {
      const hit = fromException(match[1], match[2] ?? '', () => section, {
        source: 'exception',
        stream: null,
        ename: match[1],
        tool: null,
        text: last!
      });
      if (hit) {
        return hit;
      }
    }
  }
  return null;
}

/** A traceback's lines, colour codes removed, cut where one exception led to the next. */
function splitSections(traceback: readonly string[]): string[][] {
  const sections: string[][] = [[]];
  for (const entry of traceback) {
    if (typeof entry !== 'string') {
      continue;
    }
    for (const line of splitLines(stripAnsi(entry))) {
      if (CHAINED.test(line.trim())) {
        sections.push([]);
      } else {
        sections[sections.length - 1].push(line);
      }
    }
  }
  return sections;
}

// --- lines of a stream ----------------------------------------------------------------

const STRERRORS = [...BY_TEXT.keys()].map(t =>
  t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
);

/** `tool: middle: Permission denied`. */
const TOOL_LINE = new RegExp(
  `^([A-Za-z_/.][\\w./+-]*): (.*): (${STRERRORS.join('|')})$`
);

/** A shell's own message: `bash: line 1: PATH`, `sh: 1: cannot create PATH`, `bash: PATH`. */
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|z|k)?sh$/;
const SHELL_MIDDLE = /^(?:(?:line )?\d+: )?(?:cannot (?:create|open) )?/;

/** The words of a diagnostic before its quoted operand(s): `cannot create regular file`. */
const PHRASE =
  /^(?:cannot|can't|failed to|unable to|could not|changing|error)\b[^'"‘$]*?(?=['"‘]|\$')/;

/** What joins two operands: `cannot move 'a' to 'b'`, `failed to create hard link 'b' => 'a'`. */
const JOINERS = [' to ', ' => ', ' -> '];

function parseOperand(
  text: string,
  start: number,
  tool: string
): IParsed | null {
  const c = text[start];
  // mkdir names the directory with `quote`, the others with shell quoting.
  if (c === '‘' || (c === "'" && tool.replace(/^.*\//, '') === 'mkdir')) {
    return parseLocaleQuoted(text, start);
  }
  return parseShellWord(text, start);
}

/**
 * Words that start a line in place of a program's name (git's `fatal: cannot
 * mkdir /x: …`): the program is not named, and its path is not quoted.
 */
const SEVERITIES = /^(?:fatal|error|warning|ERROR|FATAL|WARNING|E|W)$/;

/** tar: `tar: PATH: Cannot open: Permission denied`. */
const TAR_VERB = /: Cannot [a-z]+(?: [a-z]+)*$/;

function toolPaths(tool: string, middle: string): IWallPath[] {
  if (SHELLS.test(tool)) {
    const rest = middle.replace(SHELL_MIDDLE, '');
    // A shell names the file as it was typed: no quoting to undo.
    return rest ? [pathFromText(rest)] : [];
  }
  const phrase = PHRASE.exec(middle);
  if (!phrase) {
    if (SEVERITIES.test(tool)) {
      return [];
    }
    const operand = middle.replace(TAR_VERB, '');
    const word = parseShellWord(operand, 0);
    return word && word.end === operand.length
      ? [pathFromBytes(word.bytes, operand, !operand.includes('\ufffd'))]
      : [];
  }
  const paths: IWallPath[] = [];
  let i = phrase[0].length;
  for (;;) {
    const operand = parseOperand(middle, i, tool);
    if (!operand) {
      return [];
    }
    const quoted = middle.slice(i, operand.end);
    paths.push(
      pathFromBytes(operand.bytes, quoted, !quoted.includes('\ufffd'))
    );
    i = operand.end;
    if (i === middle.length) {
      return paths;
    }
    const joiner = JOINERS.find(j => middle.startsWith(j, i));
    if (!joiner) {
      // Words after the operand (`cannot open 'x' for reading`): keep what was read.
      return paths;
    }
    i += joiner.length;
  }
}

/** pip: `ERROR: Could not install packages due to an OSError: [Errno 13] …`. */
const PIP_LINE =
  /^ERROR: .*? due to an? (?:OSError|EnvironmentError): (\[Errno [^]*)$/;

/**
 * A shell that could not fork (`ulimit -u`, the pids cgroup): bash retries a
 * few times, a line each, then gives up.
 */
const FORK_LINE =
  /^(\S+): fork: (?:retry: )?(Resource temporarily unavailable|Cannot allocate memory)$/;

/** A shell reporting a child killed by SIGKILL. */
const KILLED_LINES: [RegExp, number][] = [
  [/^Killed$/, 0],
  // bash: `bash: line 1:  5290 Killed                  python3 train.py`
  [/^(\S+): line \d+: +\d+ Killed(?: +.*)?$/, 1],
  [/^(zsh): killed +.*$/, 1]
];

/**
 * One line of a stream output (colour codes are removed first); null when it
 * is not a wall. Text a program prints that looks like a tool's diagnostic is
 * read as one: from a stream alone the two cannot be told apart. A line over
 * 64 KiB is not read: no diagnostic is that long, a printed blob may be.
 */
export function recogniseLine(
  line: string,
  stream: 'stdout' | 'stderr'
): IWallHit | null {
  const source: IWallHit['source'] = 'stream';
  const text = stripAnsi(line).replace(/\s+$/, '');
  if (text === '' || text.length > 65536) {
    return null;
  }
  const pip = PIP_LINE.exec(text);
  if (pip) {
    const where = { source, stream, ename: null, tool: 'pip', text };
    return fromException('OSError', pip[1], () => [], where);
  }
  const exception = EXCEPTION_LINE.exec(text);
  if (
    exception &&
    (OSERROR_NAMES.has(exception[1]) || MEMORY_NAMES.has(exception[1]))
  ) {
    // A Python traceback's last line (`!python train.py`); no frames to tell an EAGAIN by.
    const where = { source, stream, ename: exception[1], tool: null, text };
    return fromException(exception[1], exception[2] ?? '', () => [], where);
  }
  const fork = FORK_LINE.exec(text);
  if (fork) {
    const where = { source, stream, ename: null, tool: fork[1], text };
    const errno = fork[2] === 'Cannot allocate memory' ? ENOMEM : EAGAIN;
    return wall(where, ERRNOS.get(errno)!.kind, 'derived', errno);
  }
  for (const [pattern, toolGroup] of KILLED_LINES) {
    const killed = pattern.exec(text);
    if (killed) {
      const tool = toolGroup ? killed[toolGroup] : null;
      return wall(
        { source, stream, ename: null, tool, text },
        'killed',
        'stated'
      );
    }
  }
  const tool = TOOL_LINE.exec(text);
  if (tool) {
    const info = ERRNOS.get(BY_TEXT.get(tool[3])!)!;
    const named = SEVERITIES.test(tool[1]) ? null : tool[1];
    const where = { source, stream, ename: null, tool: named, text };
    const paths = toolPaths(tool[1], tool[2]);
    return wall(where, info.kind, info.certainty, info.errno, paths);
  }
  return null;
}

function streamText(output: IStreamOutput): string {
  return typeof output.text === 'string' ? output.text : output.text.join('');
}

function streamHits(text: string, stream: 'stdout' | 'stderr'): IWallHit[] {
  const hits: IWallHit[] = [];
  for (const line of splitLines(text)) {
    const hit = recogniseLine(line, stream);
    if (hit) {
      hits.push(hit);
    }
  }
  return hits;
}

/**
 * The walls in one output, read as complete: an error gives at most one, a
 * stream one per line. A stream's text arrives in chunks that may split a
 * line, and a chunk read alone misses it or misreads its tail (`sh: line 18:
 * …` from the end of `bash: line 18: …`): for a cell's outputs use
 * `recogniseOutputs`, which joins them.
 */
export function recogniseOutput(output: unknown): IWallHit[] {
  if (isErrorOutput(output)) {
    const hit = recogniseError(output.ename, output.evalue, output.traceback);
    return hit ? [hit] : [];
  }
  if (isStreamOutput(output)) {
    return streamHits(streamText(output), output.name);
  }
  return [];
}

/** Two hits that say the same thing: same wall, same tool, same paths. */
function sameWall(hit: IWallHit): string {
  return [
    hit.kind,
    hit.errno,
    hit.source,
    hit.ename,
    hit.tool,
    ...hit.paths.map(p => p.literal)
  ].join('\0');
}

/**
 * The walls in a cell's outputs, in order, at most `limit`. Each stream's
 * chunks are joined first (stdout with stdout, stderr with stderr: each is its
 * own pipe, so a line split across two messages is whole again even when the
 * other stream wrote in between); a stream's hits come where its first chunk
 * was. A wall said twice in the same words (bash's fork retries, a loop over
 * one file) is given once. It keeps no state: call it again as outputs arrive
 * (JupyterLab's output model joins consecutive chunks of a stream the same way).
 */
export function recogniseOutputs(
  outputs: readonly unknown[],
  limit = MAX_HITS
): IRecognition {
  const texts: Record<'stdout' | 'stderr', string[] | null> = {
    stdout: null,
    stderr: null
  };
  const order: (IWallHit[] | 'stdout' | 'stderr')[] = [];
  for (const output of outputs) {
    if (isStreamOutput(output)) {
      const chunks = texts[output.name];
      if (chunks) {
        chunks.push(streamText(output));
      } else {
        texts[output.name] = [streamText(output)];
        order.push(output.name);
      }
    } else {
      order.push(recogniseOutput(output));
    }
  }
  const hits: IWallHit[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  for (const entry of order) {
    const found =
      typeof entry === 'string'
        ? streamHits(texts[entry]!.join(''), entry)
        : entry;
    for (const hit of found) {
      const key = sameWall(hit);
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      if (hits.length < limit) {
        hits.push(hit);
      } else {
        omitted++;
      }
    }
  }
  return { hits, omitted };
}
