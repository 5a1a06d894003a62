"""The collector's failures: one type per kind, and the one place each becomes a sentence.

A failure is raised as a type a caller tests for (``NotFound``, ``PermissionDenied``,
``Stalled``…), carrying the facts it is about (``path``, ``errno``) and chained to the
``OSError`` it came from. What a report shows is decided once, here (``sentence``), from the
kind, the path, the errno and what was being done; ``str()`` of an error is that sentence. A
path named differently in a report than where it was read (a captured ``/proc`` under a
fixture root) is the same error ``shown_as`` the other path, never a message rewritten by
string replacement.
"""

from __future__ import annotations

import copy
import errno as errnos
import logging
import stat
import threading

# What a call was doing when it failed: its sentence depends on it ("cannot be read",
# "cannot be looked at", "cannot be looked up").
READ, STAT, LOOKUP, OPEN = "read", "stat", "look up", "open"


class ReadError(Exception):
    """A call on ``path`` failed; ``str()`` is the sentence a report shows (``sentence``).

    ``errno`` is the kernel's answer where there was one; ``detail`` holds what a kind's
    sentence needs besides (a link's target, a size limit, a file type).
    """

    def __init__(
        self,
        path: str = "",
        errno: int | None = None,
        *,
        doing: str = READ,
        strerror: str | None = None,
        **detail,
    ):
        super().__init__(path, errno)
        self.path = path
        self.errno = errno
        self.doing = doing
        self.strerror = strerror
        self.detail = detail

    def __str__(self) -> str:
        return sentence(self)

    def shown_as(self, path: str) -> ReadError:
        """The same failure, naming ``path`` (where the machine described has the file)."""
        shown = copy.copy(self)
        shown.path = path
        shown.args = (path, self.errno)
        return shown


class NotFound(ReadError):
    """Nothing is at the path (ENOENT)."""


class DanglingSymlink(NotFound):
    """The path is a symbolic link to something that does not exist (detail: ``target``)."""


class PermissionDenied(ReadError):
    """This user may not read or look at the path (EACCES, EPERM)."""


class NotARegularFile(ReadError):
    """A directory, FIFO, socket or device where a regular file was expected (detail:
    ``mode``, when fstat told which)."""


class SymlinkLoop(ReadError):
    """The path is a symbolic link loop (ELOOP)."""


class TooLarge(ReadError):
    """The file is larger than the reader's limit (detail: ``limit``); it was not read."""


class NotText(ReadError):
    """The file is not UTF-8 text."""


class Changed(ReadError):
    """The inode at the path is no longer the one the lookup looked at."""


class NotHeld(ReadError):
    """The lookup no longer holds a descriptor of the path (it was closed)."""


class NotCaptured(ReadError):
    """A report of captured files has no answer to this question (detail: ``question``)."""


class Stalled(ReadError):
    """The call did not answer within the guard's time, or an earlier one there still has not.

    detail: ``what`` (the call, as a report names it) and one of ``timeout`` (seconds it was
    given), ``blocked_for`` (seconds an earlier call there has been blocked), ``waiting`` (calls
    still waiting when every guard was taken) or ``given_up`` (the caller left first).
    """


class LeftRoot(Exception):
    """A confined lookup (``walk.Lookup``) would look at something outside its root: nothing
    there was touched. ``path`` is where it would have looked: never shown or logged by a
    server, so it has no sentence here; the server says a sentence of its own."""

    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


def from_oserror(path: str, error: OSError, doing: str = READ) -> ReadError:
    """The ReadError of the right kind for an OSError on ``path``: the one errno mapping.
    Raise it ``from error``."""
    number = error.errno
    kind: type[ReadError] = ReadError
    if number == errnos.ENOENT:
        kind = NotFound
    elif number in (errnos.EACCES, errnos.EPERM):
        kind = PermissionDenied
    elif number in (errnos.EISDIR, errnos.ENXIO):  # ENXIO: open() of a Unix socket
        kind = NotARegularFile
    elif number == errnos.ELOOP:
        kind = SymlinkLoop
    return kind(path, number, doing=doing, strerror=error.strerror or str(error))


def kind_of(mode: int) -> str:
    """What a non-regular file is, as a sentence names it."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _stalled(error: Stalled) -> str:
    what, detail = error.detail.get("what") or f"The call on {error.path}", error.detail
    if "blocked_for" in detail:
        return (
            f"{what} was not tried: an earlier call there has been blocked for "
            f"{detail['blocked_for']:.0f} s (a stalled network mount?)."
        )
    if "waiting" in detail:
        return (
            f"{what} was not tried: {detail['waiting']} calls to a file system that does not "
            "answer are still waiting (a stalled network mount?)."
        )
    if detail.get("given_up"):
        return f"{what} was given up."
    return (
        f"{what} did not answer within {detail.get('timeout', 0):g} s (a stalled network mount?)."
    )


def sentence(error: ReadError) -> str:
    """The sentence a report shows for a failure: every error of the collector is put into
    words here, and only here."""
    path, doing, detail = error.path, error.doing, error.detail
    if isinstance(error, Stalled):
        return _stalled(error)
    if isinstance(error, NotCaptured):
        return f"{detail['question']} is not part of the captured facts."
    if doing == OPEN:  # a file reopened from a lookup's descriptor, or a directory on the way
        if isinstance(error, NotARegularFile) and "mode" in detail:
            return f"{path} is {kind_of(detail['mode'])}; it is never opened."
        return f"{path} cannot be opened: {error.strerror}."
    if doing == LOOKUP:  # a component of a path lookup (walk.Lookup)
        if isinstance(error, PermissionDenied) and error.errno == errnos.EACCES:
            return f"{path} cannot be looked up: no search permission above it."
        if isinstance(error, NotFound):
            return f"No such file: {path}"
        return f"{path} cannot be looked up: {error.strerror}."
    if isinstance(error, DanglingSymlink):
        return f"{path} is a symbolic link to {detail['target']}, which does not exist."
    if isinstance(error, NotFound):
        return f"{path} does not exist." if doing == STAT else f"No such file: {path}"
    if isinstance(error, PermissionDenied):
        verb = "looked at" if doing == STAT else "read"
        return f"Permission denied: {path} cannot be {verb} by this user."
    if isinstance(error, NotARegularFile):
        if "mode" in detail:
            return f"{path} is {kind_of(detail['mode'])}, not a regular file."
        if error.errno == errnos.EISDIR:
            return f"{path} is a directory, not a file."
        return f"{path} is a socket or device, not a regular file."
    if isinstance(error, SymlinkLoop):
        return f"{path} is a symbolic link loop."
    if isinstance(error, TooLarge):
        return f"{path} is larger than {detail['limit'] // 1024} KiB; it was not read."
    if isinstance(error, NotText):
        return f"{path} is not UTF-8 text."
    if isinstance(error, Changed):
        return f"{path} changed while it was looked at."
    if isinstance(error, NotHeld):
        return f"{path} is no longer held by the lookup."
    return f"{path} cannot be read: {error.strerror or 'unknown error'}."


# Failures no caller can put in a report (a default used, a call guarded for want of an
# answer) go to this logger. Nowhere by default: in a kernel the collector must print nothing,
# even where the notebook configured the root logger. The server extension, when it loads,
# passes it on to the server's own log.
LOG = logging.getLogger("jupyterlab_isolation_info.collector")
if not LOG.handlers:
    LOG.addHandler(logging.NullHandler())
    LOG.propagate = False

# Distinct failures remembered by log_once; past it, they go to the debug level unremembered.
MAX_LOGGED = 256
_logged: set[tuple[str, str, str]] = set()
_logged_lock = threading.Lock()


def remembered() -> int:
    """How many distinct failures log_once remembers as logged (at most MAX_LOGGED)."""
    with _logged_lock:
        return len(_logged)


def log_once(message: str, error: BaseException, level: int = logging.WARNING) -> bool:
    """Log a failure the collector answered around once per process, with its traceback: a
    collection every few seconds must not repeat it. False when it was logged already."""
    # A ReadError is the same failure while its kind, path and errno are (a Stalled's sentence
    # counts the seconds it has been blocked); any other by its text.
    if isinstance(error, ReadError):
        key = (message, type(error).__name__, f"{error.path}\x00{error.errno}")
    else:
        key = (message, type(error).__name__, str(error))
    with _logged_lock:
        if key in _logged:
            return False
        if len(_logged) < MAX_LOGGED:
            _logged.add(key)
        else:
            level = logging.DEBUG
    LOG.log(level, "%s: %s", message, error, exc_info=error)
    return True
