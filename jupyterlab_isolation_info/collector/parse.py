"""Pure parsers: kernel text in, plain values out. No file is opened here (see read.py)."""

from __future__ import annotations

import functools
import json
import math
import re

# user_namespaces(7): an id not mapped here shows as the overflow id, 65534 unless
# /proc/sys/kernel/overflowuid (overflowgid) says otherwise.
OVERFLOW_ID_DEFAULT = 65534

# Capability numbers, from linux/include/uapi/linux/capability.h (0 … 40 as of Linux 5.9+).
CAPABILITY_NAMES = (
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
)

# Docker's default bounding set (moby oci/caps/defaults.go): mask 0x00000000a80425fb.
DOCKER_DEFAULT_CAPABILITIES = frozenset(
    {
        "CAP_CHOWN",
        "CAP_DAC_OVERRIDE",
        "CAP_FOWNER",
        "CAP_FSETID",
        "CAP_KILL",
        "CAP_SETGID",
        "CAP_SETUID",
        "CAP_SETPCAP",
        "CAP_NET_BIND_SERVICE",
        "CAP_NET_RAW",
        "CAP_SYS_CHROOT",
        "CAP_MKNOD",
        "CAP_AUDIT_WRITE",
        "CAP_SETFCAP",
    }
)

# The identity map: user_namespaces(7) shows it in the initial namespace, i.e. no remapping.
IDENTITY_MAP = [{"inside": 0, "outside": 0, "count": 4294967295}]

# /proc/<pid>/status "Seccomp:" values, proc(5).
SECCOMP_MODES = {"0": "disabled", "1": "strict", "2": "filter"}

MAX_METADATA_BYTES = 1024 * 1024


def parse_id_map(text: str) -> list[dict]:
    """Lines of /proc/<pid>/uid_map or gid_map: ``inside outside count`` (user_namespaces(7)).

    Raises ValueError naming the offending line. An empty map (a namespace whose map was never
    written) parses to [].
    """
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) != 3 or not all(field.isdigit() for field in fields):
            raise ValueError(f"Unexpected id map line: {line!r}")
        inside, outside, count = (int(field) for field in fields)
        lines.append({"inside": inside, "outside": outside, "count": count})
    return lines


def is_identity_map(lines: list[dict]) -> bool:
    """True for ``0 0 4294967295``: root inside is root outside (user_namespaces(7))."""
    return lines == IDENTITY_MAP


def map_to_host(inside_id: int | None, lines: list[dict]) -> int | None:
    """``outside + (id - inside)`` for the line whose range holds the id; None when none does."""
    if inside_id is None:
        return None
    for line in lines:
        if line["inside"] <= inside_id < line["inside"] + line["count"]:
            return line["outside"] + (inside_id - line["inside"])
    return None


def parse_status(text: str) -> dict[str, str]:
    """/proc/<pid>/status as ``{"CapEff": "00000000a80425fb", ...}`` (proc(5): "Key:\\tvalue")."""
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def status_groups(value: str | None) -> list[int] | None:
    """The ``Groups:`` line: supplementary group ids, space-separated (may be empty)."""
    if value is None:
        return None
    fields = value.split()
    if not all(field.isdigit() for field in fields):
        raise ValueError(f"Unexpected Groups line in status: {value!r}")
    return [int(field) for field in fields]


def status_ids(value: str | None) -> list[int] | None:
    """The ``Uid:``/``Gid:`` line's real, effective, saved and filesystem ids."""
    if value is None:
        return None
    fields = value.split()
    if len(fields) != 4 or not all(field.isdigit() for field in fields):
        raise ValueError(f"Unexpected id line in status: {value!r}")
    return [int(field) for field in fields]


def capability_name(number: int) -> str:
    """The kernel's name, or ``CAP_<n>`` for a bit newer than this table (kept, never dropped)."""
    if 0 <= number < len(CAPABILITY_NAMES):
        return CAPABILITY_NAMES[number]
    return f"CAP_{number}"


def decode_capabilities(hex_mask: str) -> list[str]:
    """Names of the set bits of a ``Cap*`` hex mask, in capability-number order (like capsh).

    A bit newer than this table gets a ``CAP_<n>`` name: kept, never dropped.
    """
    try:
        mask = int(hex_mask, 16)
    except ValueError as error:
        raise ValueError(f"Unexpected capability mask: {hex_mask!r}") from error
    if mask < 0:
        raise ValueError(f"Unexpected capability mask: {hex_mask!r}")
    return list(_capability_names(mask))


@functools.lru_cache(maxsize=64)
def _capability_names(mask: int) -> tuple[str, ...]:
    """The names of a mask's bits, remembered: a process has a few masks, read every report."""
    names = []
    number = 0
    while mask:
        if mask & 1:
            names.append(capability_name(number))
        mask >>= 1
        number += 1
    return tuple(names)


def beyond_docker_default(bounding: list[str]) -> list[str]:
    """Capabilities in the bounding set that Docker's default set does not grant, sorted."""
    return sorted(set(bounding) - DOCKER_DEFAULT_CAPABILITIES)


def parse_seccomp(value: str | None) -> str | None:
    return SECCOMP_MODES.get(value) if value is not None else None


def parse_no_new_privs(value: str | None) -> bool | None:
    return {"0": False, "1": True}.get(value) if value is not None else None


_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape_octal(field: str) -> str:
    r"""mountinfo escapes space, tab, newline and backslash as \040, \011, \012, \134."""
    if "\\" not in field:
        return field
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


# proc(5), /proc/<pid>/mountinfo:
#   36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
#   (1)(2)(3)   (4)   (5)      (6)      (7)   (8) (9)   (10)         (11)
# (1) mount ID (2) parent ID (3) major:minor (4) root (5) mount point (6) mount options
# (7) optional fields, zero or more, ended by (8) "-" (9) filesystem type (10) mount source
# (11) super options.
def parse_mountinfo(text: str) -> list[dict]:
    """Every line of mountinfo as a dict; raises ValueError naming a line it cannot read."""
    mounts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        fields = line.split(" ")
        try:
            separator = fields.index("-", 6)
            mount = {
                "mount_id": int(fields[0]),
                "parent_id": int(fields[1]),
                "major_minor": fields[2],
                "root": _unescape_octal(fields[3]),
                "mount_point": _unescape_octal(fields[4]),
                "mount_options": fields[5].split(","),
                "optional_fields": fields[6:separator],
                "filesystem": fields[separator + 1],
                "mount_source": _unescape_octal(fields[separator + 2]),
                "super_options": fields[separator + 3].split(",")
                if len(fields) > separator + 3
                else [],
            }
        except (ValueError, IndexError) as error:
            raise ValueError(f"Unexpected mountinfo line: {line!r}") from error
        mounts.append(mount)
    return mounts


def mount_for_path(mounts: list[dict], path: str) -> dict | None:
    """The mount that holds an absolute, resolved path: the longest mount point that is a prefix.

    Among equal mount points the later line wins: it is mounted on top (proc(5) lists in order).
    """
    best = None
    for mount in mounts:
        point = mount["mount_point"]
        inside = path == point or point == "/" or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best["mount_point"])):
            best = mount
    return best


def mount_index(mounts: list[dict]) -> dict[str, dict]:
    """Each mount point's mount, the later line where several share one (mounted on top)."""
    return {mount["mount_point"]: mount for mount in mounts}


def mount_in_index(index: dict[str, dict], path: str) -> dict | None:
    """mount_for_path through ``mount_index``: the path's own folders from the longest down,
    one dictionary look-up each instead of a pass over every mount."""
    while path and path != "/":
        if path in index:
            return index[path]
        path = path.rpartition("/")[0].rstrip("/")
    return index.get("/")  # "/" holds every path, as in mount_for_path


def is_read_only(mount: dict) -> bool:
    """A mount is read-only if its per-mount or its superblock options say ``ro``."""
    return "ro" in mount["mount_options"] or "ro" in mount["super_options"]


def nfs_addresses(mounts: list[dict]) -> list[dict]:
    """The ``addr=`` of every NFS mount (EFS mount targets), first occurrence first."""
    seen: dict[str, dict] = {}
    for mount in mounts:
        if not mount["filesystem"].startswith("nfs"):
            continue
        for option in mount["super_options"]:
            if option.startswith("addr="):
                address = option[len("addr=") :]
                seen.setdefault(
                    address,
                    {
                        "address": address,
                        "mount_point": mount["mount_point"],
                        "mount_source": mount["mount_source"],
                    },
                )
    return list(seen.values())


# Deeper than any app metadata needs, and far below the recursion limit of a busy kernel, so
# the server and a kernel give the same answer for the same file.
MAX_METADATA_DEPTH = 64
# Integers a JavaScript number (a double) cannot hold become text, as non-finite numbers do.
_DOUBLE_LIMIT = 2**1024
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_SURROGATES = re.compile("[\ud800-\udfff]")


class _NotANumber(str):
    """A number literal JSON cannot carry (NaN, Infinity, 1e400), kept as its text."""


def _nesting_too_deep(text: str, limit: int) -> bool:
    depth = 0
    for bracket in _BRACKETS.finditer(_STRINGS.sub("", text)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > limit:
            return True
    return False


def _number(literal: str):
    value = float(literal)
    return value if math.isfinite(value) else _NotANumber(literal)


def _integer(literal: str):
    value = int(literal)
    return value if abs(value) < _DOUBLE_LIMIT else _NotANumber(literal)


def strict_json(value, path: str = "", notes: dict | None = None):
    """A copy that any JSON parser reads: every non-finite or oversized number becomes its text,
    and every lone surrogate in a string or key becomes U+FFFD. ``notes`` collects the paths.
    """
    if notes is None:
        return _strict_json(value)
    if isinstance(value, dict):
        return {
            strict_json(key, path, notes): strict_json(
                item, f"{path}.{key}" if path else str(key), notes
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [strict_json(item, f"{path}[{index}]", notes) for index, item in enumerate(value)]
    if isinstance(value, _NotANumber) or (isinstance(value, float) and not math.isfinite(value)):
        if notes is not None:
            notes.setdefault("numbers", []).append(f"{path} ({value})")
        return str(value)
    if isinstance(value, str) and _SURROGATES.search(value):
        if notes is not None:
            notes.setdefault("surrogates", []).append(path or "a key")
        return _SURROGATES.sub("\ufffd", value)
    return value


def _strict_json(value):
    """strict_json without notes: the same copy, without building the paths nobody reads (the
    whole report passes through here once per collection, so the common cases are inlined: an
    ASCII string, which ``isascii`` tells without reading it, holds no surrogate)."""
    kind = type(value)
    if kind is dict:
        copy = {}
        for key, item in value.items():
            if type(key) is not str or not key.isascii():
                key = _strict_json(key)
            item_kind = type(item)
            if item_kind is str:
                if not item.isascii() and _SURROGATES.search(item):
                    item = _SURROGATES.sub("\ufffd", item)
            elif not (item_kind is bool or item_kind is int or item is None):
                item = _strict_json(item)
            copy[key] = item
        return copy
    if kind is list:
        return [_strict_json(item) for item in value]
    if kind is str:
        if value.isascii() or not _SURROGATES.search(value):
            return value
        return _SURROGATES.sub("\ufffd", value)
    if kind is bool or kind is int or value is None:
        return value
    return _strict_scalar(value)


def _strict_scalar(value):
    if isinstance(value, dict):
        return {_strict_json(key): _strict_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_strict_json(item) for item in value]
    if isinstance(value, _NotANumber) or (isinstance(value, float) and not math.isfinite(value)):
        return str(value)
    if isinstance(value, str) and _SURROGATES.search(value):
        return _SURROGATES.sub("\ufffd", value)
    return value


def parse_metadata(data: bytes) -> tuple[dict, list[str], list[str]]:
    """The app metadata file's JSON object, sentences on what had to change to show it, and the
    keys repeated within an object.

    Raises ValueError with a plain sentence when the file is not a JSON object. Numbers JSON
    cannot carry, lone surrogate escapes and repeated keys are kept readable and noted.
    """
    if not data.strip():
        raise ValueError("The metadata file is empty.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"The metadata file is not UTF-8 text (invalid byte at position {error.start})."
        ) from error
    if _nesting_too_deep(text, MAX_METADATA_DEPTH):
        raise ValueError(
            f"The metadata file nests deeper than {MAX_METADATA_DEPTH} levels; it was not read."
        )
    repeated: list[str] = []

    def pairs(items: list) -> dict:
        seen: dict = {}
        for key, item in items:
            if key in seen:
                repeated.append(key)
            seen[key] = item  # the last one wins, as in every JSON parser
        return seen

    try:
        value = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_float=_number,
            parse_int=_integer,
            parse_constant=_NotANumber,
        )
    except json.JSONDecodeError as error:
        raise ValueError(
            f"The metadata file is not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno})."
        ) from error
    except (ValueError, RecursionError) as error:
        # Python's own limits, e.g. integers over 4300 digits.
        raise ValueError(f"The metadata file cannot be read as JSON ({error}).") from error
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(value), "a number"
        )
        raise ValueError(f"The metadata file holds {kind}, not a JSON object.")
    changed: dict[str, list[str]] = {}
    fields = strict_json(value, "", changed)
    repeated = list(dict.fromkeys(strict_json(key) for key in repeated))
    return fields, _metadata_notes(changed, repeated), repeated


def _short(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _listed(items: list[str], most: int = 5) -> str:
    shown = ", ".join(_short(item) for item in items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def _metadata_notes(changed: dict[str, list[str]], repeated: list[str]) -> list[str]:
    notes = []
    if changed.get("numbers"):
        notes.append(
            "Numbers JSON cannot carry (NaN, Infinity, or beyond a double's range) are shown as "
            f"text: {_listed(changed['numbers'])}."
        )
    if changed.get("surrogates"):
        notes.append(
            "Lone surrogate escapes, which are not Unicode text, are shown as U+FFFD in: "
            f"{_listed(changed['surrogates'])}."
        )
    if repeated:
        notes.append(
            f"Keys repeated within one object, of which only the last value is shown: "
            f"{_listed([json.dumps(key) for key in repeated])}."
        )
    return notes


def nss_sources(text: str, database: str) -> list[str]:
    """The sources nsswitch.conf(5) names for a database (``passwd: files ldap`` → files, ldap),
    without ``[STATUS=action]`` items; glibc's default ``files`` when the database is not listed.
    """
    sources = None
    for line in text.splitlines():
        name, colon, rest = line.split("#", 1)[0].partition(":")
        if colon and name.strip() == database:
            sources = [item for item in rest.split() if not item.startswith("[")]
    return sources if sources is not None else ["files"]


def _colon_records(text: str, fields: int) -> list[list[str]]:
    """Lines of a colon-separated database (passwd(5), group(5)); odd lines are skipped."""
    records = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) >= fields and parts[2].isdigit():
            records.append(parts)
    return records


def parse_passwd(text: str) -> dict[int, tuple[str, str]]:
    """passwd(5) ``name:password:UID:GID:GECOS:directory:shell`` → {uid: (name, home)}.

    The first entry of a uid wins, as getpwuid(3) returns it.
    """
    users: dict[int, tuple[str, str]] = {}
    for parts in _colon_records(text, 7):
        users.setdefault(int(parts[2]), (parts[0], parts[5]))
    return users


def parse_group(text: str) -> dict[int, str]:
    """group(5) ``name:password:GID:members`` → {gid: name}; the first entry of a gid wins."""
    groups: dict[int, str] = {}
    for parts in _colon_records(text, 4):
        groups.setdefault(int(parts[2]), parts[0])
    return groups


def parse_stat_snapshot(text: str) -> list[tuple[str, int, int, int]]:
    """Lines of ``stat -c '%n|%u|%g|%f'``: (path, uid, gid, st_mode); %f is the raw mode in hex."""
    entries = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.rsplit("|", 3)
        if len(parts) != 4 or not parts[1].isdigit() or not parts[2].isdigit():
            raise ValueError(f"Unexpected stat line: {line!r}")
        try:
            mode = int(parts[3], 16)
        except ValueError as error:
            raise ValueError(f"Unexpected stat line: {line!r}") from error
        entries.append((parts[0], int(parts[1]), int(parts[2]), mode))
    return entries
