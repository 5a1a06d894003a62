"""`jupyter isolation-info` / `python -m jupyterlab_isolation_info` (standard library only)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import EXPLAIN_SCHEMA_PATH, SCHEMA_PATH, __version__
from .collector.findings import SEVERITY_ORDER
from .collector.policy import LEVELS
from .collector.probe import DEFAULT_PROBE_TIMEOUT, check_probe_timeout
from .collector.render import to_markdown, to_text
from .collector.report import DEFAULT_METADATA_PATH, build_report

FAIL_ON = ("never", "info", "warning", "critical")
# Pod Security Standards levels --fail-on also accepts: exit 1 below the level, as measured.
FAIL_BELOW = ("baseline", "restricted")
# Exit statuses that never collide: --fail-on 1, usage 2 (argparse's), an internal failure 3.
EXIT_FINDINGS = 1
EXIT_INTERNAL = 3
# The contract of the `space` answer, shipped in the package.
SPACE_SCHEMA_PATH = Path(__file__).parent / "space.schema.json"


def _probe_timeout(text: str) -> float:
    try:
        return check_probe_timeout(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a non-negative integer id: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jupyter isolation-info",
        description=(
            "Report how this process is isolated: run-as user, user namespace remapping, home "
            "directory, app metadata, blocked endpoints, capabilities and storage."
        ),
        epilog=(
            "Subcommands: `explain PATH [--json|--markdown]` explains one path's permissions "
            "(see `explain --help`); `space [PATH] [--json]` says where the space of the home "
            "(or PATH) went (see `space --help`). "
            "Exit status: 0; 1 when --fail-on finds a finding that severe (or the Pod Security "
            "level below the one named); 2 on usage errors; "
            f"{EXIT_INTERNAL} when the report could not be made or written (a sentence on "
            "stderr says why)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--schema",
        action="store_true",
        help="print the JSON Schema of the --json report (report.schema.json) and exit",
    )
    output.add_argument("--json", action="store_true", help="the report as JSON (schema 1)")
    output.add_argument(
        "--markdown", action="store_true", help="the report as Markdown, for a support ticket"
    )
    parser.add_argument(
        "--metadata-path",
        default=DEFAULT_METADATA_PATH,
        metavar="PATH",
        help=f"the app metadata file (default: {DEFAULT_METADATA_PATH})",
    )
    parser.add_argument(
        "--probe",
        action="store_true",
        help="open real TCP connections to the endpoints (concurrently) instead of only asking "
        "the kernel for a route; off by default",
    )
    parser.add_argument(
        "--probe-timeout",
        type=_probe_timeout,
        default=DEFAULT_PROBE_TIMEOUT,
        metavar="SECONDS",
        help=f"how long each active probe may take (default: {DEFAULT_PROBE_TIMEOUT:g})",
    )
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON + FAIL_BELOW,
        default="never",
        help="exit 1 when a finding at or above this severity exists, or, given a Pod Security "
        "Standards level (baseline, restricted), when the level measured is below it or "
        "unknown (default: never)",
    )
    parser.add_argument(
        "--expect-uid", type=_id, metavar="N", help="warn (run-as-unexpected) unless uid is N"
    )
    parser.add_argument(
        "--expect-gid", type=_id, metavar="N", help="warn (run-as-unexpected) unless gid is N"
    )
    return parser


def exit_status(findings: list[dict], fail_on: str, policy: dict | None = None) -> int:
    """1 when a finding is at least as severe as ``fail_on``, or when ``fail_on`` is a Pod
    Security Standards level and the measured level is below it (or unknown), else 0."""
    if fail_on == "never":
        return 0
    if fail_on in FAIL_BELOW:
        level = (policy or {}).get("level")
        if level not in LEVELS or LEVELS.index(level) < LEVELS.index(fail_on):
            return EXIT_FINDINGS
        return 0
    threshold = SEVERITY_ORDER[fail_on]
    found = any(SEVERITY_ORDER.get(f.get("severity"), 99) <= threshold for f in findings)
    return EXIT_FINDINGS if found else 0


def _json(answer: dict) -> str:
    return json.dumps(answer, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _not_made(subcommand: str, error: Exception) -> int:
    """A subcommand's answer that could not be made: a sentence on stderr, our own status."""
    sys.stderr.write(
        f"jupyter isolation-info {subcommand}: the answer could not be made "
        f"({type(error).__name__}: {error}). Please report this as a bug.\n"
    )
    return EXIT_INTERNAL


def _subcommand_parser(name: str, schema: str, description: str):
    """A subcommand's parser and its group of output formats, with what every subcommand has:
    the exit statuses, --schema (the JSON Schema ``schema`` of its --json answer) and --json."""
    parser = argparse.ArgumentParser(
        prog=f"jupyter isolation-info {name}",
        description=description,
        epilog=f"Exit status: 0; 2 on usage errors; {EXIT_INTERNAL} on an internal failure.",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--schema",
        action="store_true",
        help=f"print the JSON Schema of the --json answer ({schema}) and exit",
    )
    output.add_argument("--json", action="store_true", help="the answer as JSON (schema 1)")
    return parser, output


def build_explain_parser() -> argparse.ArgumentParser:
    parser, output = _subcommand_parser(
        "explain",
        "explain.schema.json",
        "Explain why this process can or cannot read, write, create in, delete, chmod or "
        "execute PATH: every directory on the way, the mount, the owner and mode, ACLs, "
        "inode flags, the sticky bit and space, and what to do. Nothing is written.",
    )
    output.add_argument("--markdown", action="store_true", help="the answer as Markdown")
    parser.add_argument("path", nargs="?", metavar="PATH", help="the path to explain")
    return parser


def explain_main(argv: list[str]) -> int:
    """`jupyter isolation-info explain PATH [--json|--markdown]`."""
    from .collector import render_explain
    from .collector.explain import explain

    parser = build_explain_parser()
    try:
        args = parser.parse_args(argv)
        if not args.schema and args.path is None:
            parser.error("the following arguments are required: PATH")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 2
    if args.schema:
        return _write(EXPLAIN_SCHEMA_PATH.read_text(encoding="utf-8"))
    try:
        answer = explain(args.path)
        if args.json:
            output = _json(answer)
        elif args.markdown:
            output = render_explain.to_markdown(answer)
        else:
            output = render_explain.to_text(answer)
    except Exception as error:  # a sentence and our own status, never a traceback
        return _not_made("explain", error)
    return _write(output)


def _positive(kind):
    def check(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
        return value

    return check


def build_space_parser() -> argparse.ArgumentParser:
    from .collector import space

    parser, _output = _subcommand_parser(
        "space",
        "space.schema.json",
        "Where the space of the home (or PATH) went, as `du -sx` counts it: allocated bytes, "
        "hard links once, one file system (mounts below are named, never entered), links "
        "never followed. The largest folders and files, the known caches with the command "
        "that clears each, .ipynb_checkpoints, files deleted but still held open, and what "
        "could not be read. Nothing is deleted, moved or written.",
    )
    parser.add_argument(
        "path", nargs="?", metavar="PATH", help="the folder to walk (default: the home)"
    )
    # The walk's bounds: each a positive number, its default the collector's (format spec).
    for flag, kind, default, metavar, what, spec in (
        ("--top", int, space.TOP, "N", "how many folders and files to name", ""),
        ("--time-limit", float, space.TIME_LIMIT, "SECONDS", "stop the walk after this long", "g"),
        (
            "--max-entries",
            int,
            space.MAX_ENTRIES,
            "N",
            "stop the walk after this many entries",
            ",",
        ),
    ):
        parser.add_argument(
            flag,
            type=_positive(kind),
            default=default,
            metavar=metavar,
            help=f"{what} (default: {default:{spec}})",
        )
    return parser


def space_main(argv: list[str]) -> int:
    """`jupyter isolation-info space [PATH] [--json|--schema]`."""
    from .collector import render_space
    from .collector.space import space

    parser = build_space_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 2
    if args.schema:
        return _write(SPACE_SCHEMA_PATH.read_text(encoding="utf-8"))
    progress = None
    if sys.stderr.isatty():  # a person waits: show how far the walk got, on one line

        def progress(entries: int, allocated: int) -> None:
            from .collector.limits import human_bytes

            sys.stderr.write(f"\r{entries:,} entries, {human_bytes(allocated)}\x1b[K")
            sys.stderr.flush()

    try:
        answer = _interruptible(
            lambda cancel: space(
                args.path,
                top=args.top,
                time_limit=args.time_limit,
                max_entries=args.max_entries,
                progress=progress,
                cancel=cancel,
            )
        )
        if progress is not None:
            sys.stderr.write("\r\x1b[K")
        output = _json(answer) if args.json else render_space.to_text(answer)
    except Exception as error:  # a sentence and our own status, never a traceback
        return _not_made("space", error)
    return _write(output)


def _interruptible(work):
    """``work(cancel)`` on a thread of its own: Ctrl-C sets ``cancel``, and the partial answer
    that comes back (which says it was cancelled) is printed instead of a traceback."""
    import threading

    cancel, finished = threading.Event(), threading.Event()
    done: list = []

    def run() -> None:
        try:
            done.append((work(cancel), None))
        except BaseException as error:  # handed to the main thread, raised there
            done.append((None, error))
        finally:
            finished.set()

    threading.Thread(target=run, name="isolation-info space", daemon=True).start()
    while True:  # an Event, not join(): a join interrupted by Ctrl-C may say the thread ended
        try:
            if finished.wait(0.2):
                break
        except KeyboardInterrupt:
            cancel.set()
    value, error = done[0]
    if error is not None:
        raise error
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["explain"]:
        return explain_main(argv[1:])
    if argv[:1] == ["space"]:
        return space_main(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # usage errors (2) and --help (0), as an exit status
        return done.code if isinstance(done.code, int) else 2
    if args.schema:
        return _write(SCHEMA_PATH.read_text(encoding="utf-8"))
    try:
        report = build_report(
            metadata_path=args.metadata_path,
            active_probes=args.probe,
            probe_timeout=args.probe_timeout,
            expect_uid=args.expect_uid,
            expect_gid=args.expect_gid,
        )
        if args.json:
            output = _json(report)
        elif args.markdown:
            output = to_markdown(report)
        else:
            output = to_text(report)
    except Exception as error:  # a sentence and our own status, never a traceback
        sys.stderr.write(
            f"jupyter isolation-info: the report could not be made ({type(error).__name__}: "
            f"{error}). Please report this as a bug.\n"
        )
        return EXIT_INTERNAL
    status = _write(output)
    return status or exit_status(report["findings"], args.fail_on, report.get("policy"))


def _write(output: str) -> int:
    """Write UTF-8 bytes whatever the locale says: a C locale must not fail on a name."""
    try:
        sys.stdout.buffer.write(output.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe; not an error of the report
        # Point stdout at /dev/null so the interpreter's final flush does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as error:
        sys.stderr.write(f"jupyter isolation-info: the report could not be written ({error}).\n")
        return EXIT_INTERNAL
    return 0
