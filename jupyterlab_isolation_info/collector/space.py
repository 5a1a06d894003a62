"""Where did the space go? A ``du -x`` of the home (or of one folder), read-only and bounded.

What ``space(path)`` counts, as ``du -sx --block-size=1`` does:

- **allocated** bytes, ``st_blocks * 512`` (a sparse file counts what it holds, not its length);
- a file with several hard links once per walk, by ``(st_dev, st_ino)``;
- one file system: the start's. Mount points under the start are taken from this process's
  mountinfo and skipped **by path, before anything there is looked at**: an ``lstat`` of a dead
  NFS or FUSE mount's root never returns (FUSE asks its daemon even for the root's attributes),
  so such a mount is named, never waited for. An entry found on another device all the same (a
  mount made after mountinfo was read) is skipped too, and named;
- symbolic links are counted as links (``lstat``), never followed.

Besides the total it names the largest folders (bounded heaps: memory grows with the depth, the
number shown and the files with more than one link, which must be remembered to be counted
once, never with the entries), the known caches with the command that clears each,
the ``.ipynb_checkpoints`` folders, the files deleted but still held open by a process (their
blocks stay allocated until the last descriptor closes: ``df`` counts them, a walk cannot see
them), the folders it could not read (every total above one is then "at least") and what it
did not walk. The walk stops at a time and an entry limit, or when ``cancel`` is set; a partial
answer says which limit stopped it.

Nothing is written, created, moved or deleted to find any of this; every fix is a command the
user runs. A start on a network or FUSE file system is refused with a sentence: its listing and
every stat could wait on a server for ever. The pure parts (where the caches are from an
environment and a home; a kernel id from a command line; a deleted file from a descriptor's
link text; a mount id from fdinfo) take text and return values.
"""

from __future__ import annotations

import errno
import heapq
import os
import re
import shlex
import stat
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from . import errors, parse, read
from .explain import shown

SCHEMA_VERSION = 1
# Bounds of one answer: how many folders and files are named, how long the walk may take and how
# many entries it may look at, how many unreadable folders and skipped paths are named.
TOP = 20
TIME_LIMIT = 30.0
MAX_ENTRIES = 2_000_000
NAMED_PROBLEMS = 50
# Directory descriptors held at once on the way down (one per level): a folder deeper than
# this is not entered, and said so. Far deeper than real homes, far below RLIMIT_NOFILE.
MAX_DEPTH = 128
# How often (in entries) the clock and the cancel event are looked at (a few hundred cold
# lstats of a slow disk stay well under a second), and progress is reported.
CHECK_EVERY = 256
PROGRESS_EVERY = 4  # checks
# Deleted-but-held files: processes and descriptors looked at, files and holders named.
MAX_PROCESSES = 4096
MAX_DESCRIPTORS = 65536
NAMED_HELD = 20
NAMED_HOLDERS = 8
CONDARC_BYTES = 64 * 1024
CHECKPOINTS = ".ipynb_checkpoints"
# Kernel file systems: local, but nothing in them takes disk space; a walk is refused.
NO_DISK = frozenset(
    {
        "bpf",
        "cgroup",
        "cgroup2",
        "configfs",
        "debugfs",
        "devpts",
        "mqueue",
        "nsfs",
        "proc",
        "pstore",
        "securityfs",
        "sysfs",
        "tracefs",
    }
)

Progress = Callable[[int, int], None]


# --- pure: where the caches are -------------------------------------------------------------


@dataclass(frozen=True)
class CacheLocation:
    """A known cache: where it is, what located it, and how to clear it."""

    id: str
    name: str
    path: str
    source: str  # the variable that moved it, or "default"
    clear: str
    note: str | None = None
    # The clear command written with no path, for a server that names no path outside its
    # root: the cache reached through the variable (or $HOME) the user's shell has. None when
    # ``clear`` names no path.
    clear_unnamed: str | None = None


def _absolute(value: str | None, home: str) -> str | None:
    """A path from a variable: ``~`` expanded with ``home``; a relative or empty one is ignored
    (the XDG base directory specification says so, and a relative cache would follow the
    working directory)."""
    if not value:
        return None
    if value == "~" or value.startswith("~/"):
        value = home.rstrip("/") + value[1:]
    value = os.path.normpath(value)
    return value if value.startswith("/") else None


def _located(
    environ: Mapping[str, str], home: str, names: tuple[str, ...], default: str
) -> tuple[str, str]:
    """(path, source): the first variable of ``names`` that holds an absolute path, else the
    default (which may itself be under XDG_CACHE_HOME or XDG_DATA_HOME)."""
    for name in names:
        if name.endswith("/"):  # "VAR/sub": the variable's path with a folder below it
            variable, _, below = name[:-1].partition("/")
            value = _absolute(environ.get(variable), home)
            if value:
                return os.path.join(value, below), variable
            continue
        value = _absolute(environ.get(name), home)
        if value:
            return value, name
    return default, "default"


def _xdg(environ: Mapping[str, str], home: str, variable: str, fallback: str) -> tuple[str, str]:
    value = _absolute(environ.get(variable), home)
    if value:
        return value, variable
    return os.path.join(home, fallback), "default"


def condarc_pkgs_dirs(text: str, home: str) -> list[str]:
    """The ``pkgs_dirs`` list of a .condarc, read without a YAML library: the block form
    (``pkgs_dirs:`` then ``  - path`` lines) and the flow form (``pkgs_dirs: [a, b]``). A
    relative entry or one with a variable in it is left out (conda would expand it; we do not
    guess)."""
    found: list[str] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        key, colon, rest = line.partition(":")
        if not colon or key.strip() != "pkgs_dirs" or key[:1].isspace():
            continue
        rest = rest.split(" #", 1)[0].strip()
        if rest.startswith("[") and rest.endswith("]"):
            items = [item.strip() for item in rest[1:-1].split(",")]
        else:
            items = []
            for following in lines[index + 1 :]:
                stripped = following.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                if not stripped.startswith("- "):
                    break
                items.append(stripped[2:].split(" #", 1)[0].strip())
        for item in items:
            path = _absolute(item.strip("'\""), home)
            if path and "$" not in path:
                found.append(path)
        break
    return found


def _shell(source: str, below: str, default: str) -> str:
    """A cache folder written for the user's shell, naming no path: ``"$TORCH_HOME"``,
    ``"$XDG_CACHE_HOME/torch"``, ``"$HOME/.cache/torch"`` (``default`` is below the home)."""
    base = "$HOME/" + default if source in ("default", "") else "$" + source
    return f'"{base}/{below}"' if below else f'"{base}"'


def cache_locations(
    environ: Mapping[str, str], home: str, condarc: str | None = None
) -> list[CacheLocation]:
    """Where each known cache is for this environment and home (no I/O).

    Variables are read only for the paths they hold; nothing else of their values is kept.
    """
    cache_home, cache_source = _xdg(environ, home, "XDG_CACHE_HOME", ".cache")
    data_home, data_source = _xdg(environ, home, "XDG_DATA_HOME", ".local/share")

    def under_cache(below: str) -> tuple[str, str]:
        return os.path.join(cache_home, below), cache_source

    pip, pip_source = _located(environ, home, ("PIP_CACHE_DIR",), "")
    if pip_source == "default":
        pip, pip_source = under_cache("pip")
    hub, hub_source = _located(environ, home, ("HF_HUB_CACHE", "HF_HOME/hub/"), "")
    if hub_source == "default":
        hub, hub_source = under_cache("huggingface/hub")
    torch, torch_source = _located(environ, home, ("TORCH_HOME",), "")
    if torch_source == "default":
        torch, torch_source = under_cache("torch")
    npm, npm_source = _located(
        environ, home, ("npm_config_cache", "NPM_CONFIG_CACHE"), os.path.join(home, ".npm")
    )
    yarn, yarn_source = _located(environ, home, ("YARN_CACHE_FOLDER",), "")
    if yarn_source == "default":
        yarn, yarn_source = under_cache("yarn")
    trash = os.path.join(data_home, "Trash")
    q = shlex.quote
    caches = [
        CacheLocation("pip", "pip", pip, pip_source, "pip cache purge"),
        CacheLocation(
            "huggingface",
            "Hugging Face hub",
            hub,
            hub_source,
            "huggingface-cli delete-cache",
            "Choose the models and revisions to delete; the rest stay.",
        ),
        CacheLocation(
            "torch",
            "torch hub",
            torch,
            torch_source,
            f"ls -la {q(os.path.join(torch, 'hub', 'checkpoints'))}",
            "torch has no command to clear it: remove the checkpoints you no longer use.",
            "ls -la "
            + (
                _shell(torch_source, "hub/checkpoints", "")
                if torch_source == "TORCH_HOME"
                else _shell(torch_source, "torch/hub/checkpoints", ".cache")
            ),
        ),
        # The command clears only the content cache, not the logs beside it: size what it frees.
        CacheLocation(
            "npm", "npm", os.path.join(npm, "_cacache"), npm_source, "npm cache clean --force"
        ),
        CacheLocation("yarn", "yarn", yarn, yarn_source, "yarn cache clean"),
        CacheLocation(
            "trash",
            "Trash",
            trash,
            data_source,
            f"rm -rf -- {q(os.path.join(trash, 'files'))} {q(os.path.join(trash, 'info'))}",
            "Deleting in JupyterLab's file browser moves files here (jupyter_server's "
            "FileContentsManager.delete_to_trash is on by default), so their space does not "
            "come back. Emptying it deletes them for good; to delete at once from now on, set "
            "c.FileContentsManager.delete_to_trash = False.",
            "rm -rf -- "
            + " ".join(
                _shell(data_source, f"Trash/{part}", ".local/share") for part in ("files", "info")
            ),
        ),
    ]
    caches[1:1] = [
        CacheLocation("conda", "conda packages", path, source, "conda clean --all")
        for path, source in _conda_pkgs_dirs(environ, home, condarc)
    ]
    unique: dict[str, CacheLocation] = {}
    for cache in caches:
        unique.setdefault(cache.path, cache)  # two names for one folder: sized once
    return list(unique.values())


def _conda_pkgs_dirs(
    environ: Mapping[str, str], home: str, condarc: str | None
) -> list[tuple[str, str]]:
    """conda's package folders: CONDA_PKGS_DIRS (comma-separated), else .condarc's pkgs_dirs,
    else ~/.conda/pkgs and the pkgs folder of the base installation (from CONDA_EXE, whose
    bin/conda lies in it) and of the active prefix."""
    listed = [
        path
        for item in environ.get("CONDA_PKGS_DIRS", "").split(",")
        if (path := _absolute(item.strip(), home))
    ]
    if listed:
        return [(path, "CONDA_PKGS_DIRS") for path in listed]
    if condarc:
        from_rc = condarc_pkgs_dirs(condarc, home)
        if from_rc:
            return [(path, ".condarc") for path in from_rc]
    found = [(os.path.join(home, ".conda", "pkgs"), "default")]
    exe = _absolute(environ.get("CONDA_EXE"), home)
    if exe:
        found.append((os.path.join(os.path.dirname(os.path.dirname(exe)), "pkgs"), "CONDA_EXE"))
    prefix = _absolute(environ.get("CONDA_PREFIX"), home)
    if prefix:
        found.append((os.path.join(prefix, "pkgs"), "CONDA_PREFIX"))
    return found


# --- pure: descriptors and processes ---------------------------------------------------------

DELETED_SUFFIX = " (deleted)"
# Deleted files in memory, not on a disk: memfd, POSIX and System V shared memory.
SHARED_MEMORY = ("/memfd:", "/dev/shm/", "/SYSV")  # noqa: S108 - names matched, never opened
_KERNEL_FILE = re.compile(r"kernel-([A-Za-z0-9][A-Za-z0-9_.-]*)\.json")
_CONNECTION_OPTIONS = ("-f", "--f", "--connection-file", "--existing")


def deleted_target(link: str) -> str | None:
    """The path of a deleted file from the text of a ``/proc/<pid>/fd/<n>`` link, as proc(5)
    prints it (``/home/u/big.log (deleted)``); None for anything else: a live file, a pipe or
    socket (``pipe:[123]``), a memfd (``/memfd:name (deleted)``: memory, not a disk) and
    ``/dev/shm`` (a tmpfs)."""
    if not link.startswith("/") or not link.endswith(DELETED_SUFFIX):
        return None
    path = link[: -len(DELETED_SUFFIX)]
    if path.startswith(SHARED_MEMORY) or path == SHARED_MEMORY[1].rstrip("/"):
        return None
    return path


def fdinfo_mount_id(text: str) -> int | None:
    """The ``mnt_id:`` of a ``/proc/<pid>/fdinfo/<n>`` text (Linux 3.15 and later)."""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "mnt_id" and value.strip().isdigit():
            return int(value.strip())
    return None


def cmdline_argv(raw: str) -> list[str]:
    """``/proc/<pid>/cmdline``: NUL-separated arguments, the last one NUL-terminated."""
    return [part for part in raw.split("\x00")][:-1] if raw.endswith("\x00") else raw.split("\x00")


def kernel_id_from_argv(argv: list[str]) -> str | None:
    """The kernel id of a Jupyter kernel from its command line: the connection file the kernel
    manager passes (``python -m ipykernel_launcher -f …/kernel-<id>.json``; other kernels take
    it as ``--f=…``, ``--connection-file …`` or a bare argument, as IRkernel does). None when
    no argument names a ``kernel-<id>.json`` file."""
    for index, argument in enumerate(argv[1:], start=1):
        value = argument
        for option in _CONNECTION_OPTIONS:
            if argument.startswith(option + "="):
                value = argument[len(option) + 1 :]
                break
        else:
            if argument in _CONNECTION_OPTIONS and index + 1 < len(argv):
                continue  # the value is the next argument, looked at next
        match = _KERNEL_FILE.fullmatch(os.path.basename(value))
        if match:
            return match.group(1)
    return None


def mounts_below(mounts: list[dict], start: str) -> list[dict]:
    """The mounts whose mount point lies strictly below ``start`` (a resolved path), the last
    mount of a point kept (the one on top), in mountinfo order."""
    prefix = start.rstrip("/") + "/"
    chosen: dict[str, dict] = {}
    for mount in mounts:
        point = mount["mount_point"]
        if point.startswith(prefix) and point != start:
            chosen.pop(point, None)
            chosen[point] = mount
    return list(chosen.values())


# --- the walk --------------------------------------------------------------------------------


class _Top:
    """The ``size`` largest (bytes, path) seen, in a min-heap: O(size) memory whatever comes."""

    def __init__(self, size: int):
        self.size = size
        self.heap: list[tuple[int, int, str, bool]] = []
        self._count = 0

    def offer(self, size: int, path: str, at_least: bool) -> None:
        if self.size <= 0:
            return
        self._count += 1
        item = (size, -self._count, path, at_least)  # ties: the first seen ranks higher
        if len(self.heap) < self.size:
            heapq.heappush(self.heap, item)
        elif item > self.heap[0]:
            heapq.heapreplace(self.heap, item)

    def floor(self) -> int:
        """What a size must exceed to enter: -1 until the heap is full."""
        if self.size <= 0:
            return 1 << 62  # nothing enters
        return self.heap[0][0] if len(self.heap) >= self.size else -1

    def largest(self) -> list[tuple[int, str, bool]]:
        return [(size, path, at_least) for size, _, path, at_least in sorted(self.heap)[::-1]]


@dataclass
class _Frame:
    """One folder on the way down: its descriptor, its listing, what it holds so far."""

    path: str
    fd: int
    entries: os.ScandirIterator | None
    depth: int
    bytes: int
    partial: bool = False


@dataclass
class WalkResult:
    """What one walk found; ``stopped`` names the limit that ended it early, if one did."""

    bytes: int = 0
    entries: int = 0
    folders: int = 0
    files: int = 0
    at_least: bool = False
    stopped: str | None = None
    folders_top: list[tuple[int, str, bool]] = field(default_factory=list)
    children_top: list[tuple[int, str, bool]] = field(default_factory=list)
    files_top: list[tuple[int, str, bool]] = field(default_factory=list)
    watched: dict[str, tuple[int, bool]] = field(default_factory=dict)
    checkpoints: list[int] = field(default_factory=lambda: [0, 0])  # folders, bytes
    checkpoints_partial: bool = False
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    unreadable_count: int = 0
    other_devices: list[str] = field(default_factory=list)
    too_deep: list[str] = field(default_factory=list)
    not_named: int = 0  # entries on another device or too deep, past NAMED_PROBLEMS


_OPEN_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def _why(path: str, error: OSError, doing: str = errors.READ) -> str:
    """The report's sentence for an OSError at ``path`` (errors.sentence, the one wording)."""
    return errors.sentence(errors.from_oserror(shown(path), error, doing))


def walk_tree(
    start: str,
    skip: frozenset[str] = frozenset(),
    *,
    top: int = TOP,
    deadline: float | None = None,
    max_entries: int = MAX_ENTRIES,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    watch: frozenset[str] = frozenset(),
) -> WalkResult:
    """``du -sx`` of ``start`` (a resolved, local directory): see the module's docstring.

    ``skip`` holds the mount points below ``start``: they are passed over by name before any
    call looks at them. ``watch`` holds folders whose own totals are wanted (the caches).
    ``progress(entries, bytes)`` is called every CHECK_EVERY * PROGRESS_EVERY entries, from
    the thread that walks; ``cancel`` and the clock are looked at every CHECK_EVERY.

    The walk is depth first from an explicit stack of open folders (one descriptor and one
    listing each, at most MAX_DEPTH), so a folder's total is known when its last entry is, and
    only the largest are kept.

    This calls ``os.scandir`` and ``fstatat`` directly, not through the Reader's guard: the
    caller has decided from mountinfo that ``start`` is on a local file system, and every other
    file system below it is in ``skip``, so no call here can wait on a network. Each folder is
    opened relative to its parent's descriptor with O_NOFOLLOW, so a folder swapped for a link
    while the walk runs is not followed.
    """
    result = WalkResult()
    folders_top, children_top, files_top = _Top(top), _Top(top), _Top(top)
    seen_links: set[tuple[int, int]] = set()
    # The folders that hold a mount point: only their entries are checked against ``skip``.
    skip_parents = {os.path.dirname(point) for point in skip}
    try:
        root_fd = os.open(start, _OPEN_FLAGS)
    except OSError as error:
        result.unreadable.append((start, _why(start, error)))
        result.unreadable_count = 1
        result.at_least = True
        return result
    info = os.fstat(root_fd)
    device = info.st_dev
    stack = [_Frame(start, root_fd, None, 0, info.st_blocks * 512)]
    running = info.st_blocks * 512  # bytes so far, for progress
    countdown = CHECK_EVERY
    checks = 0

    def problem(path: str, why: str) -> None:
        result.unreadable_count += 1
        if len(result.unreadable) < NAMED_PROBLEMS:
            result.unreadable.append((path, why))

    def finish(frame: _Frame) -> None:
        """The folder is done: its total goes to its parent, the heaps and the watches."""
        if frame.entries is not None:
            frame.entries.close()
        if frame.fd >= 0:
            os.close(frame.fd)
        if frame.depth > 0:
            parent = stack[-1]
            parent.bytes += frame.bytes
            parent.partial = parent.partial or frame.partial
            folders_top.offer(frame.bytes, frame.path, frame.partial)
            if frame.depth == 1:
                children_top.offer(frame.bytes, frame.path, frame.partial)
            if os.path.basename(frame.path) == CHECKPOINTS:
                result.checkpoints[0] += 1
                result.checkpoints[1] += frame.bytes
                result.checkpoints_partial = result.checkpoints_partial or frame.partial
        if frame.path in watch:
            result.watched[frame.path] = (frame.bytes, frame.partial)

    try:
        stack[0].entries = os.scandir(root_fd)
    except OSError as error:
        problem(start, _why(start, error))
        stack[0].partial = True
    # The loop below runs once per entry: what it touches is kept in local variables, a path
    # is only made for a folder or a file that enters the heap, and the mount points are only
    # looked for in the folders that hold one.
    entries, folders, files = 1, 1, 0
    files_floor = -1  # a file must be larger than this to enter the heap of files
    stopped = None
    while stack:
        frame = stack[-1]
        listing = frame.entries
        if listing is not None:
            prefix = frame.path + "/" if frame.path != "/" else "/"
            mounts_here = frame.path in skip_parents
            here = 0
            descended = False
            try:
                for entry in listing:
                    name = entry.name
                    if mounts_here and prefix + name in skip:
                        continue  # a mount point: never looked at, named from mountinfo
                    countdown -= 1
                    if countdown <= 0:
                        countdown = CHECK_EVERY
                        if cancel is not None and cancel.is_set():
                            stopped = "cancelled"
                        elif deadline is not None and time.monotonic() >= deadline:
                            stopped = "time"
                        checks += 1
                        if progress is not None and checks % PROGRESS_EVERY == 0:
                            progress(entries, running + here)
                        if stopped:
                            break
                    if entries >= max_entries:
                        stopped = "entries"
                        break
                    try:
                        info = entry.stat(follow_symlinks=False)
                    except OSError as error:
                        if error.errno != errno.ENOENT:  # ENOENT: gone since the listing
                            # Named under its folder; the sentence names the entry.
                            problem(frame.path, _why(prefix + name, error, errors.LOOKUP))
                            frame.partial = True
                        continue
                    entries += 1
                    if info.st_dev != device:
                        if len(result.other_devices) < NAMED_PROBLEMS:
                            result.other_devices.append(prefix + name)
                        else:
                            result.not_named += 1
                        continue
                    size = info.st_blocks * 512
                    kind = info.st_mode & 0o170000
                    if kind == stat.S_IFDIR:
                        # A folder's own blocks count in it (as du counts them); its total
                        # joins its parent's when it is done.
                        folders += 1
                        running += size
                        child = _Frame(prefix + name, -1, None, frame.depth + 1, size)
                        stack.append(child)
                        descended = True
                        if child.depth > MAX_DEPTH:
                            child.partial = True
                            if len(result.too_deep) < NAMED_PROBLEMS:
                                result.too_deep.append(child.path)
                            else:
                                result.not_named += 1
                            break
                        try:
                            child.fd = os.open(name, _OPEN_FLAGS, dir_fd=frame.fd)
                            child.entries = os.scandir(child.fd)
                        except OSError as error:  # EACCES: named; totals above "at least"
                            problem(child.path, _why(child.path, error))
                            child.partial = True
                        break
                    files += 1
                    if info.st_nlink > 1:
                        key = (info.st_dev, info.st_ino)
                        if key in seen_links:
                            continue
                        seen_links.add(key)
                    here += size
                    if size > files_floor and kind == stat.S_IFREG:
                        files_top.offer(size, prefix + name, False)
                        files_floor = files_top.floor()
            except OSError as error:  # the listing failed part way (EIO, a folder removed)
                problem(frame.path, _why(frame.path, error))
                frame.partial = True
            frame.bytes += here
            running += here
            if stopped:
                break
            if descended:
                continue
            listing.close()
            frame.entries = None
        stack.pop()
        finish(frame)
        if not stack:
            result.bytes, result.at_least = frame.bytes, frame.partial
    result.entries, result.folders, result.files = entries, folders, files
    result.stopped = stopped
    if result.stopped:
        # Close what is still open; the totals so far go up the stack, each "at least".
        while stack:
            frame = stack.pop()
            frame.partial = True
            finish(frame)
            if not stack:
                result.bytes = frame.bytes
        result.at_least = True
    if progress is not None:
        progress(result.entries, result.bytes)
    result.folders_top = folders_top.largest()
    result.children_top = children_top.largest()
    result.files_top = files_top.largest()
    return result


# --- deleted files still held open ----------------------------------------------------------


def held_deleted(
    reader: read.Reader,
    mount_ids: frozenset[int],
    device: int,
    deadline: float | None = None,
    confine: tuple[str, ...] | None = None,
) -> dict:
    """Files deleted while a process still holds them open, on the walked volume.

    With ``confine`` (a server's root, resolved), a file that lay outside it is not named: no
    path, and no length (st_size tells of its content). Its allocated bytes are kept: they are
    blocks of the volume whose used figure is shown already, and what restarting its holder
    frees.

    ``mount_ids`` are the mountinfo ids of that volume: a descriptor's mount is read from its
    fdinfo first, and only a descriptor on one of them is stat'ed (a stat of a descriptor on a
    dead network mount could wait for ever; these are local). Only processes whose descriptors
    this user may read are seen (ptrace access mode: one's own, or all of them as root).
    """
    found: dict[tuple[int, int], dict] = {}
    looked = unreadable = descriptors = 0
    proc = reader.roots.proc
    error = None
    try:
        pids = sorted(int(name) for name in os.listdir(proc) if name.isdigit())
    except OSError as failed:  # /proc is kernel memory: this does not stall
        pids = []
        error = f"The processes could not be listed. {_why(proc, failed)}"
    truncated = False
    for pid in pids:
        if looked >= MAX_PROCESSES or descriptors >= MAX_DESCRIPTORS:
            truncated = True
            break
        if deadline is not None and time.monotonic() >= deadline:
            truncated = True
            break
        looked += 1
        fd_dir = os.path.join(proc, str(pid), "fd")
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            unreadable += 1  # another user's process, or one that has just exited
            continue
        process_name = kernel_id = None
        for fd in fds:
            descriptors += 1
            link = os.path.join(fd_dir, fd)
            try:
                target = os.readlink(link)
            except OSError:
                continue
            path = deleted_target(target)
            if path is None:
                continue
            try:
                mount_id = fdinfo_mount_id(reader.proc_kernel_text(f"fdinfo/{fd}", pid))
            except read.ReadError:
                continue
            if mount_id not in mount_ids:
                continue
            try:
                info = os.stat(link)  # follows to the deleted file: local, cannot stall
            except OSError:
                continue
            if info.st_dev != device or not stat.S_ISREG(info.st_mode) or not info.st_blocks:
                continue  # another volume, or nothing allocated: no space to find here
            if process_name is None:
                process_name, kernel_id = _process(reader, pid)
            named = confine is None or within_root(path, confine) is not None
            held = found.setdefault(
                (info.st_dev, info.st_ino),
                {
                    "path": shown(path) if named else None,
                    "path_reason": None if named else OUTSIDE_ROOT,
                    "bytes": info.st_blocks * 512,
                    "apparent_bytes": info.st_size if named else None,
                    "holders": [],
                    "holders_left_out": 0,
                },
            )
            if len(held["holders"]) < NAMED_HOLDERS:
                held["holders"].append(
                    {
                        "pid": pid,
                        "process": shown(process_name) if process_name else None,
                        "fd": int(fd),
                        "kernel_id": kernel_id,
                        # Only a server knows its kernels' sessions; it fills this in.
                        "notebook": None,
                    }
                )
            else:
                held["holders_left_out"] += 1
    files = sorted(found.values(), key=lambda f: (-f["bytes"], f["path"] or ""))
    return {
        "bytes": sum(f["bytes"] for f in files),
        "count": len(files),
        "files": files[:NAMED_HELD],
        "left_out": max(0, len(files) - NAMED_HELD),
        "processes_looked_at": looked,
        "processes_unreadable": unreadable,
        "complete": not truncated and error is None,
        "error": error,
    }


def _process(reader: read.Reader, pid: int) -> tuple[str | None, str | None]:
    """(name, kernel id) of a process: ``comm``, and the id a kernel's command line names."""
    try:
        name = reader.proc_kernel_text("comm", pid).rstrip("\n")
    except read.ReadError:
        name = None
    try:
        kernel_id = kernel_id_from_argv(cmdline_argv(reader.proc_kernel_text("cmdline", pid)))
    except read.ReadError:
        kernel_id = None
    return name, kernel_id


# --- the answer -----------------------------------------------------------------------------

# What a server says in place of a path outside the file browser's root (``confine``).
OUTSIDE_ROOT = "Outside the file browser's root: not named here."

STOPPED_SENTENCES = {
    "time": "The walk stopped at its time limit of {time:g} s: the totals are at least these.",
    "entries": "The walk stopped after {entries:,} entries, its limit: the totals are at least "
    "these.",
    "cancelled": "The walk was cancelled: the totals are at least these.",
}


def empty_answer(path: str | None) -> dict:
    """The answer's shape with nothing known (space.schema.json)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": read.now_utc(),
        "path": shown(path) if isinstance(path, str) else None,
        "resolved": None,
        "filesystem": None,
        "complete": False,
        "stopped": None,
        "limits": {"seconds": None, "entries": None, "top": None},
        "seconds": None,
        "total": {"bytes": None, "at_least": False, "entries": 0, "folders": 0, "files": 0},
        "children": [],
        "folders": [],
        "files": [],
        "caches": [],
        "checkpoints": None,
        "held_deleted": None,
        "unreadable": [],
        "unreadable_left_out": 0,
        "not_walked": [],
        "not_walked_left_out": 0,
        "errors": [],
    }


def filesystem_of(mount: dict | None) -> dict | None:
    """The answer's ``filesystem`` for a mountinfo entry."""
    if mount is None:
        return None
    return {
        "mount_point": shown(mount["mount_point"]),
        "type": mount["filesystem"],
        "device": mount["major_minor"],
    }


def unwalkable(where: str, mount: dict | None) -> str | None:
    """Why a folder on ``mount`` (mountinfo's entry, None when none holds it) is not walked, or
    None when it may be. Pure: decided from the mount table alone, nothing there is looked at."""
    if mount is not None and mount["filesystem"] in NO_DISK:
        return (
            f"{shown(where)} is on {mount['filesystem']}, a kernel file system: it holds no "
            "disk space, so it was not walked."
        )
    if mount is None or mount["filesystem"] not in read.LOCAL_FILESYSTEMS:
        kind = mount["filesystem"] if mount else "an unknown file system"
        return (
            f"{shown(where)} is on {kind}, a network or FUSE file system (or one not known "
            "to be local): walking it could wait on its server for ever, so it was not walked."
        )
    return None


def _sized(items: list[tuple[int, str, bool]]) -> list[dict]:
    return [{"path": shown(p), "bytes": size, "at_least": partial} for size, p, partial in items]


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def within_root(path: str, confine: tuple[str, ...]) -> str | None:
    """``path`` as it lies below the root's real path (``confine[0]``) when it lies inside the
    root under any of its names (``confine``: the real path, then the names it was given, as a
    HOME through a symbolic link names it), else None. Pure."""
    real = confine[0]
    for root in confine:
        if _inside(path, root):
            below = path[len(root.rstrip("/")) :]
            return (real.rstrip("/") + below) or "/"
    return None


def _home(reader: read.Reader, environ: Mapping[str, str]) -> str | None:
    home = environ.get("HOME")
    if home and home.startswith("/"):
        return os.path.normpath(home)
    try:
        entry = reader.user_by_uid(os.getuid())
    except read.ReadError:
        return None
    return entry.home if entry and entry.home.startswith("/") else None


def _condarc(reader: read.Reader, path: str) -> str | None:
    """~/.condarc's text when it is there and small; through the Reader (the home may be on a
    network file system)."""
    try:
        return reader.read_bytes(path, CONDARC_BYTES).decode("utf-8", "replace")
    except read.ReadError:
        return None


def space(
    path: str | None = None,
    reader: read.Reader | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    top: int = TOP,
    time_limit: float = TIME_LIMIT,
    max_entries: int = MAX_ENTRIES,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    held: bool = True,
    confine: tuple[str, ...] | None = None,
) -> dict:
    """Where the space of ``path`` (default: the home) went (space.schema.json). Never raises
    for bad input; a refusal or a failure is a sentence in ``errors``.

    ``confine`` is a server's root (its real path first, then the names it was given; ``path``
    lies inside it): no path outside it is looked up or named (a cache a variable moved there,
    a held file deleted there), each replaced by OUTSIDE_ROOT. The command line, run by the
    user in their shell, names them.

    ``progress(entries, bytes)`` is called from time to time during the walk and ``cancel``
    ends it early (a partial answer that says so): a server can run this on a thread of its
    own and show how far it got.
    """
    began = time.monotonic()
    deadline = began + time_limit
    reader = reader or read.Reader()
    environ = os.environ if environ is None else environ
    home = _home(reader, environ)
    answer = empty_answer(path if path is not None else home)
    answer["limits"] = {"seconds": time_limit, "entries": max_entries, "top": top}
    if path is None:
        if home is None:
            answer["errors"].append("The home folder is unknown: HOME is unset and no entry.")
            return parse.strict_json(answer)
        path = home
    if not isinstance(path, str) or not path or "\x00" in path:
        answer["errors"].append("The path is empty or holds a NUL character.")
        return parse.strict_json(answer)
    try:
        with reader.lookup(path, what=f"the lookup of {path}") as found:
            resolved = found.resolved if found.complete else None
            start = found.end.info if found.complete and found.end is not None else None
            why = next((s.error for s in reversed(found.steps) if s.error), None)
    except read.ReadError as error:
        answer["errors"].append(str(error))
        return parse.strict_json(answer)
    except Exception as error:  # a lookup that failed in a way no reader foresaw: a sentence
        answer["errors"].append(f"{shown(path)} could not be looked up ({type(error).__name__}).")
        return parse.strict_json(answer)
    if resolved is None or start is None:
        answer["errors"].append(why or f"{shown(path)} could not be looked up.")
        return parse.strict_json(answer)
    answer["resolved"] = shown(resolved)
    try:
        mounts = reader.own_mountinfo()
    except Exception as error:
        answer["errors"].append(
            f"The mount table could not be read ({error}): the mounts below {shown(resolved)} "
            "could not be told apart, so nothing was walked."
        )
        return parse.strict_json(answer)
    mount = parse.mount_for_path(mounts, resolved)
    answer["filesystem"] = filesystem_of(mount)
    refused = unwalkable(resolved, mount)
    if refused is not None:
        answer["errors"].append(refused)
        return parse.strict_json(answer)
    if not stat.S_ISDIR(start.st_mode):
        answer["errors"].append(f"{shown(resolved)} is not a folder.")
        return parse.strict_json(answer)

    below = mounts_below(mounts, resolved)
    skip = frozenset(m["mount_point"] for m in below)
    for other in below:
        point = other["mount_point"]
        if any(p != point and _inside(point, p) for p in skip):
            continue  # a mount inside a skipped mount is not reachable from here anyway
        if len(answer["not_walked"]) >= NAMED_PROBLEMS:
            answer["not_walked_left_out"] += 1
            continue
        answer["not_walked"].append(
            {
                "path": shown(point),
                "reason": "mount",
                "filesystem": other["filesystem"],
                "sentence": f"Another file system ({other['filesystem']}) is mounted here; it "
                "was not entered.",
            }
        )
    rc = os.path.join(home, ".condarc") if home else None
    if rc is not None and confine is not None:
        rc = within_root(rc, confine)  # a server reads nothing outside its root
    condarc = _condarc(reader, rc) if rc else None
    located = [
        (cache, _locate(reader, cache.path, resolved, skip, confine))
        for cache in cache_locations(environ, home or resolved, condarc)
    ]
    watch = frozenset(where for _, (where, _) in located if where is not None)

    walked = walk_tree(
        resolved,
        skip,
        top=top,
        deadline=deadline,
        max_entries=max_entries,
        cancel=cancel,
        progress=progress,
        watch=watch,
    )
    answer["total"] = {
        "bytes": walked.bytes,
        "at_least": walked.at_least,
        "entries": walked.entries,
        "folders": walked.folders,
        "files": walked.files,
    }
    answer["children"] = _sized(walked.children_top)
    answer["folders"] = _sized(walked.folders_top)
    answer["files"] = _sized(walked.files_top)
    answer["unreadable"] = [{"path": shown(p), "reason": why} for p, why in walked.unreadable]
    answer["unreadable_left_out"] = walked.unreadable_count - len(walked.unreadable)
    for other in walked.other_devices:
        answer["not_walked"].append(
            {
                "path": shown(other),
                "reason": "other-device",
                "filesystem": None,
                "sentence": "On another device, though mountinfo named no mount here (mounted "
                "while the walk ran?); not entered.",
            }
        )
    answer["not_walked_left_out"] += walked.not_named
    for deep in walked.too_deep:
        answer["not_walked"].append(
            {
                "path": shown(deep),
                "reason": "depth",
                "filesystem": None,
                "sentence": f"Deeper than {MAX_DEPTH} folders below the start; not entered.",
            }
        )
    if walked.stopped:
        answer["stopped"] = {
            "reason": walked.stopped,
            "sentence": STOPPED_SENTENCES[walked.stopped].format(
                time=time_limit, entries=max_entries
            ),
        }
    answer["complete"] = walked.stopped is None and not walked.at_least
    answer["caches"] = [_cache_entry(c, where, walked, confine) for c, where in located]
    answer["checkpoints"] = {
        "folders": walked.checkpoints[0],
        "bytes": walked.checkpoints[1],
        "at_least": walked.checkpoints_partial or walked.stopped is not None,
        "note": "Each holds the last saved copy of the notebooks beside it; deleting one "
        "loses only that copy.",
    }
    if held:
        # The volume may be mounted at several places (bind mounts): each of its mounts counts.
        ids = frozenset(m["mount_id"] for m in mounts if m["major_minor"] == mount["major_minor"])
        answer["held_deleted"] = held_deleted(
            reader, ids, start.st_dev, max(deadline, time.monotonic() + 2.0), confine
        )
    answer["seconds"] = round(time.monotonic() - began, 3)
    return parse.strict_json(answer)


def _locate(
    reader: read.Reader,
    path: str,
    resolved: str,
    skip: frozenset[str],
    confine: tuple[str, ...] | None = None,
) -> tuple[str | None, str | None]:
    """(where the walk meets the cache, else None; why not) for one cache location.

    Its path is looked up (through the Reader's guard: it may lead onto a network mount), so a
    cache behind a symbolic link is sized where it really is, when that is inside the walk.
    Confined, nothing outside ``confine`` is looked at, and where it is stays unsaid.
    """
    mounted = next((p for p in skip if _inside(path, p)), None)
    if mounted is not None:
        return None, f"On another file system, mounted at {shown(mounted)}: not sized here."
    if confine is not None:
        path = within_root(path, confine)
        if path is None:
            return None, OUTSIDE_ROOT
    try:
        with reader.lookup(
            path, held=False, confine=confine[0] if confine else None, what=f"the lookup of {path}"
        ) as found:
            where = found.resolved if found.complete else None
    except errors.LeftRoot:
        return None, OUTSIDE_ROOT
    except read.ReadError as error:
        return None, str(error)
    except Exception as error:  # a sentence, never a traceback
        return None, f"{shown(path)} could not be looked up ({type(error).__name__})."
    if where is None:
        return None, "absent"
    if not _inside(where, resolved):
        return None, f"Outside the walked folder (at {shown(where)}): not sized here."
    mounted = next((p for p in skip if _inside(where, p)), None)
    if mounted is not None:
        return None, f"On another file system, mounted at {shown(mounted)}: not sized here."
    return where, None


def _cache_entry(
    cache: CacheLocation,
    located: tuple[str | None, str | None],
    walked: WalkResult,
    confine: tuple[str, ...] | None = None,
) -> dict:
    where, why = located
    named = confine is None or within_root(cache.path, confine) is not None
    entry = {
        "id": cache.id,
        "name": cache.name,
        "path": shown(cache.path) if named else None,
        "path_reason": None if named else OUTSIDE_ROOT,
        "source": cache.source,
        "found": None,
        "bytes": None,
        "at_least": False,
        "clear": cache.clear if named else cache.clear_unnamed or cache.clear,
        "note": cache.note,
        "reason": None,
    }
    if why == "absent":
        entry["found"] = False
    elif why is not None:
        entry["reason"] = why
    elif where in walked.watched:
        size, partial = walked.watched[where]
        entry.update(found=True, bytes=size, at_least=partial)
    elif walked.stopped is not None:
        entry["reason"] = "Not reached before the walk stopped."
    else:
        entry["reason"] = (
            "Not met by the walk (is it a file, or below a folder it could not read?)."
        )
    return entry
