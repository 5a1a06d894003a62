"""The walls on resources: memory, CPU and process limits of this process's cgroups.

Where the cgroup files are comes from /proc/self/cgroup and the cgroup mounts of mountinfo
(``cgroup.cgroup_location``); the files are read through the Reader under its ``fs`` root, so a
captured tree reproduces the section. Values are the kernel's: bytes, microseconds, counts.
A limit is the smallest one on the way up to the mount's top (limits nest); ``unlimited`` is
true only when the files say so ("max", v1's page-aligned huge value, or the root cgroup of a v1
hierarchy, which has no limit files). Anything unread is null with its reason in ``error``.
"""

from __future__ import annotations

import math

from . import cgroup, parse, read

# What /sys/devices/system/cpu/online lists is what os.cpu_count() returns (glibc's
# sysconf(_SC_NPROCESSORS_ONLN) reads it).
CPU_ONLINE = "/sys/devices/system/cpu/online"

# Files per controller and version: limit, usage, peak, events.
MEMORY_FILES = {
    "v2": ("memory.max", "memory.current", "memory.peak"),
    "v1": ("memory.limit_in_bytes", "memory.usage_in_bytes", "memory.max_usage_in_bytes"),
}


def human_bytes(value: int | None) -> str:
    """Bytes in binary units for people (4.0 GiB); the report itself keeps the kernel's bytes."""
    if value is None:
        return "unknown"
    amount = float(value)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if amount < 1024 or unit == "TiB":
            return f"{value} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{value} bytes"  # not reached


def threads_for(usable_cpus: float | None) -> int | None:
    """How many threads a CPU quota of ``usable_cpus`` runs at once: rounded up, as joblib's
    loky counts a fractional quota."""
    if not usable_cpus:
        return None
    return max(1, math.ceil(usable_cpus))


def _located() -> dict:
    return {"version": None, "cgroup": None, "directory": None}


def empty_section() -> dict:
    """The section's shape with every fact unknown: the builder's base and its fallback."""
    return {
        "cgroup_version": None,
        "memory": {
            **_located(),
            "limit_bytes": None,
            "unlimited": None,
            "limit_directory": None,
            "machine_bytes": None,
            "usage_bytes": None,
            "peak_bytes": None,
            "swap_limit_bytes": None,
            "swap_unlimited": None,
            "oom_kill": None,
            "error": None,
        },
        "cpu": {
            **_located(),
            "quota_us": None,
            "period_us": None,
            "unlimited": None,
            "quota_cpus": None,
            "cpuset": None,
            "cpuset_count": None,
            "online_cpus": None,
            "affinity_cpus": None,
            "usable_cpus": None,
            "error": None,
        },
        "pids": {**_located(), "max": None, "unlimited": None, "current": None, "error": None},
        "error": None,
    }


def cgroup_version(cgroups: list[dict]) -> str | None:
    """v2 (only ``0::``), v1 (only numbered hierarchies) or hybrid (both, v1 with controllers)."""
    v1 = any(c["hierarchy"] != 0 and any("=" not in n for n in c["controllers"]) for c in cgroups)
    v2 = any(c["hierarchy"] == 0 for c in cgroups)
    if v1 and v2:
        return "hybrid"
    return "v1" if v1 else "v2" if v2 else None


class _Files:
    """Reads of one controller's directory; problems become sentences, values stay None."""

    def __init__(self, reader: read.Reader, location: dict, problems: list[str]):
        self.reader = reader
        self.location = location
        self.problems = problems

    def path(self, name: str, directory: str | None = None) -> str:
        return f"{(directory or self.location['directory']).rstrip('/')}/{name}"

    def text(self, name: str, directory: str | None = None, quiet_absent: bool = False):
        try:
            return self.reader.kernel_text(self.path(name, directory))
        except read.ReadError as error:
            if not (quiet_absent and isinstance(error, read.NotFound)):
                self.problems.append(str(error))
            return None

    def parsed(self, name: str, parser, directory: str | None = None, quiet_absent=False):
        text = self.text(name, directory, quiet_absent)
        if text is None:
            return None
        try:
            return parser(text, self.path(name, directory))
        except ValueError as error:
            self.problems.append(str(error))
            return None


class _Limit:
    """A parsed limit that keeps "no limit" (None) apart from "unread" (no _Limit)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def memory_part(reader: read.Reader, location: dict | None, problems: list[str]) -> dict:
    part = empty_section()["memory"]
    try:
        part["machine_bytes"] = cgroup.parse_meminfo_total(
            reader.proc_kernel_text("meminfo", pid=None)
        )
    except (read.ReadError, ValueError) as error:
        problems.append(str(error))
    if location is None:
        problems.append("No mounted cgroup holds this process's memory controller.")
        return part
    part.update(version=location["version"], cgroup=location["cgroup"])
    part["directory"] = location["directory"]
    files = _Files(reader, location, problems)
    limit_name, usage_name, peak_name = MEMORY_FILES[location["version"]]
    limit, where = _walk_limit(files, limit_name)
    part.update(limit_bytes=limit["limit"], unlimited=limit["unlimited"], limit_directory=where)
    part["usage_bytes"] = files.parsed(usage_name, cgroup.parse_count)
    # memory.peak is Linux 5.19+: its absence is said, as any other file's.
    part["peak_bytes"] = files.parsed(peak_name, cgroup.parse_count)
    if location["version"] == "v2":
        events_name = "memory.events"
        events = files.parsed(events_name, cgroup.parse_flat_keyed)
        swap = _leaf_limit(files, "memory.swap.max")
        if swap is not None:
            part["swap_limit_bytes"], part["swap_unlimited"] = swap.value, swap.value is None
    else:
        events_name = "memory.oom_control"
        events = files.parsed(events_name, cgroup.parse_flat_keyed)
        both = _leaf_limit(files, "memory.memsw.limit_in_bytes")
        if both is not None and limit["unlimited"] is not None:
            # v1 limits memory + swap together: the swap allowed is the difference.
            if both.value is None:
                part["swap_unlimited"] = True
            elif limit["limit"] is not None:
                part["swap_limit_bytes"] = max(both.value - limit["limit"], 0)
                part["swap_unlimited"] = False
    if events is not None:
        part["oom_kill"] = events.get("oom_kill")
        if part["oom_kill"] is None:
            problems.append(f"{files.path(events_name)} has no oom_kill line (Linux 4.13+ has it).")
    return part


def _leaf_limit(files: _Files, name: str) -> _Limit | None:
    text = files.text(name, quiet_absent=True)
    if text is None:
        return None
    try:
        return _Limit(cgroup.parse_limit(text, files.path(name)))
    except ValueError as error:
        files.problems.append(str(error))
        return None


def _walk_limit(files: _Files, name: str) -> tuple[dict, str | None]:
    """The smallest limit from the leaf up to the mount's top; see the module's docstring."""
    chain = cgroup.ancestors(files.location["directory"], files.location["top"])
    smallest, where, any_file, unreadable = None, None, False, False
    for directory in chain:
        text = files.text(name, directory, quiet_absent=True)
        if text is None:
            unreadable = unreadable or _was_error(files, name, directory)
            continue
        any_file = True
        try:
            value = cgroup.parse_limit(text, files.path(name, directory))
        except ValueError as error:
            files.problems.append(str(error))
            unreadable = True
            continue
        if value is not None and (smallest is None or value < smallest):
            smallest, where = value, directory
    if smallest is not None:
        return {"limit": smallest, "unlimited": False}, where
    if any_file and not unreadable:
        return {"limit": None, "unlimited": True}, None
    if not any_file and not unreadable and files.location["version"] == "v1":
        # v1 gives every cgroup but the root its limit files: this is the root, unlimited.
        return {"limit": None, "unlimited": True}, None
    if not any_file and not unreadable:
        files.problems.append(
            f"There is no {name} in {files.location['directory']} or above it: the controller "
            "is not enabled for this cgroup, or its limit is set above what this container "
            "sees."
        )
    return {"limit": None, "unlimited": None}, None


def _was_error(files: _Files, name: str, directory: str) -> bool:
    path = files.path(name, directory)
    return any(problem for problem in files.problems if path in problem)


def cpu_part(
    reader: read.Reader,
    location: dict | None,
    cpuset_location: dict | None,
    status: dict | None,
    problems: list[str],
) -> dict:
    part = empty_section()["cpu"]
    try:
        part["online_cpus"] = len(cgroup.parse_cpu_list(reader.kernel_text(CPU_ONLINE))) or None
    except (read.ReadError, ValueError) as error:
        problems.append(str(error))
    allowed = (status or {}).get("Cpus_allowed_list")
    if allowed is not None:
        try:
            part["affinity_cpus"] = len(cgroup.parse_cpu_list(allowed)) or None
        except ValueError as error:
            problems.append(str(error))
    else:
        problems.append("/proc/self/status has no Cpus_allowed_list line.")
    if location is None:
        problems.append("No mounted cgroup holds this process's cpu controller.")
    else:
        part.update(
            version=location["version"],
            cgroup=location["cgroup"],
            directory=location["directory"],
        )
        files = _Files(reader, location, problems)
        quota = _cpu_quota(files)
        if quota is not None:
            part["quota_us"], part["period_us"] = quota
            part["unlimited"] = quota[0] is None
            if quota[0] is not None:
                part["quota_cpus"] = round(quota[0] / quota[1], 2)
    if cpuset_location is not None:
        files = _Files(reader, cpuset_location, problems)
        names = (
            ("cpuset.cpus.effective",)
            if cpuset_location["version"] == "v2"
            else ("cpuset.effective_cpus", "cpuset.cpus")
        )
        for name in names:
            text = files.text(name, quiet_absent=True)
            if text is None:
                continue
            try:
                cpus = cgroup.parse_cpu_list(text)
            except ValueError as error:
                problems.append(str(error))
                break
            part["cpuset"] = text.strip() or None
            part["cpuset_count"] = len(cpus) or None
            break
    bounds = [b for b in (part["quota_cpus"], part["affinity_cpus"], part["online_cpus"]) if b]
    part["usable_cpus"] = min(bounds) if bounds else None
    return part


def _cpu_quota(files: _Files) -> tuple[int | None, int] | None:
    """The tightest quota (in CPUs) on the way up; (None, period) when none is set."""
    chain = cgroup.ancestors(files.location["directory"], files.location["top"])
    best: tuple[int | None, int] | None = None
    for directory in chain:
        if files.location["version"] == "v2":
            text = files.text("cpu.max", directory, quiet_absent=True)
            if text is None:
                continue
            try:
                quota = cgroup.parse_cpu_max(text)
            except ValueError as error:
                files.problems.append(f"{files.path('cpu.max', directory)}: {error}")
                continue
        else:
            quota_text = files.text("cpu.cfs_quota_us", directory, quiet_absent=True)
            period_text = files.text("cpu.cfs_period_us", directory, quiet_absent=True)
            if quota_text is None or period_text is None:
                continue
            try:
                quota = cgroup.parse_cfs(quota_text, period_text)
            except ValueError as error:
                files.problems.append(f"{files.path('cpu.cfs_quota_us', directory)}: {error}")
                continue
        if best is None or (
            quota[0] is not None and (best[0] is None or quota[0] / quota[1] < best[0] / best[1])
        ):
            best = quota
    if best is None and not any(files.location["directory"] in p for p in files.problems):
        name = "cpu.max" if files.location["version"] == "v2" else "cpu.cfs_quota_us"
        files.problems.append(
            f"There is no {name} in {files.location['directory']} or above it: the cpu "
            "controller is not enabled for this cgroup."
        )
    return best


def pids_part(reader: read.Reader, location: dict | None, problems: list[str]) -> dict:
    part = empty_section()["pids"]
    if location is None:
        problems.append("No mounted cgroup holds this process's pids controller.")
        return part
    part.update(
        version=location["version"], cgroup=location["cgroup"], directory=location["directory"]
    )
    files = _Files(reader, location, problems)
    limit, _ = _walk_limit(files, "pids.max")
    part["max"], part["unlimited"] = limit["limit"], limit["unlimited"]
    # The kernel keeps no pids.current in the root cgroup of a hierarchy; any other cgroup
    # with the controller has one (a cgroup namespace shows its own root as "/" too). Its
    # absence there is no error: the count is unknown, and no_count_at_root says why.
    at_root = location["cgroup"] == "/"
    part["current"] = files.parsed("pids.current", cgroup.parse_count, quiet_absent=at_root)
    return part


def no_count_at_root(pids: dict) -> str | None:
    """Why a pids part read without error has no count: it is the root cgroup (the kernel
    keeps no pids.current there). None for any other part."""
    if pids.get("current") is not None or pids.get("error") or pids.get("cgroup") != "/":
        return None
    count = f"{(pids.get('directory') or '').rstrip('/')}/pids.current"
    if pids.get("version") == "v1":
        return (
            f"There is no {count}: the kernel keeps no process count in the root cgroup of "
            "the pids hierarchy, which this process is in."
        )
    return (
        f"There is no {count}: the kernel keeps no process count in the root cgroup, nor in a "
        "cgroup whose parent does not enable the pids controller."
    )


def limits_section(reader: read.Reader, mounts: list[dict] | None, status: dict | None) -> dict:
    """The section for the process the reader describes (its /proc/self and mountinfo)."""
    section = empty_section()
    try:
        cgroups = cgroup.parse_proc_cgroup(reader.proc_kernel_text("cgroup"))
    except (read.ReadError, ValueError) as error:
        section["error"] = str(error)
        return section
    if mounts is None:
        section["error"] = "mountinfo could not be read, so the cgroup files cannot be found."
        return section
    section["cgroup_version"] = cgroup_version(cgroups)

    def where(controller: str) -> dict | None:
        return cgroup.cgroup_location(cgroups, mounts, controller)

    for key, builder in (
        ("memory", lambda p: memory_part(reader, where("memory"), p)),
        ("cpu", lambda p: cpu_part(reader, where("cpu"), where("cpuset"), status, p)),
        ("pids", lambda p: pids_part(reader, where("pids"), p)),
    ):
        problems: list[str] = []
        section[key] = builder(problems)
        section[key]["error"] = " ".join(dict.fromkeys(problems)) or None
    return section


# --- why a kernel died: its cgroup's OOM kill counter, read now (judge_limits.death_verdict) ----


def memory_state(reader: read.Reader, pid: int | None, location: dict | None = None) -> dict:
    """The OOM kill counter and memory limit of a process's memory cgroup, read now.

    The cgroup is ``location`` when given (where a kernel was when it started: a dead process
    has no /proc entry left), else the one /proc/<pid>/cgroup names; when that cannot be read
    it is this process's own, which a kernel the server started inherits, and ``whose`` says so.
    """
    state = {
        "whose": "kernel",
        "location": location,
        "directory": None,
        "oom_kill": None,
        "limit_bytes": None,
        "unlimited": None,
        "machine_bytes": None,
        "error": None,
    }
    if location is None:
        if not _locate(reader, pid, "memory", state):
            return state
        location = state["location"]
    fields = ("directory", "oom_kill", "limit_bytes", "unlimited", "machine_bytes")
    state.update(_memory_facts(reader, location, fields))
    return state


def pids_state(reader: read.Reader, pid: int | None, location: dict | None = None) -> dict:
    """How often a process's pids cgroup refused a fork at its limit (pids.events ``max``, v1
    and v2 alike), and that limit, read now; the cgroup is found as ``memory_state`` finds
    the memory one."""
    state = {"location": location, "max_events": None, "limit": None, "error": None}
    problems: list[str] = []
    if location is None:
        if not _locate(reader, pid, "pids", state):
            return state
        location = state["location"]
    if location is None:
        state["error"] = "No mounted cgroup holds the kernel's pids controller."
        return state
    files = _Files(reader, location, problems)
    events = files.parsed("pids.events", cgroup.parse_flat_keyed)
    if events is not None:
        state["max_events"] = events.get("max")
    state["limit"] = _walk_limit(files, "pids.max")[0]["limit"]
    state["error"] = " ".join(dict.fromkeys(problems)) or None
    return state


def _memory_facts(reader: read.Reader, location: dict | None, fields: tuple[str, ...]) -> dict:
    """Those ``fields`` of a memory cgroup's part (``memory_part``), with ``error`` saying what
    could not be read."""
    problems: list[str] = []
    memory = memory_part(reader, location, problems)
    return {
        **{field: memory[field] for field in fields},
        "error": " ".join(dict.fromkeys(problems)) or None,
    }


def _locate(reader: read.Reader, pid: int | None, controller: str, state: dict) -> bool:
    """Puts in ``state["location"]`` where ``controller``'s cgroup of process ``pid`` is; when
    /proc/<pid>/cgroup cannot be read, this process's own (a kernel the server started inherits
    it), and a ``state`` that says ``whose`` then says the server's. False, with
    ``state["error"]`` saying why, when neither that nor mountinfo could be read."""
    try:
        mounts = parse.parse_mountinfo(reader.proc_kernel_text("mountinfo"))
        text = None
        if pid is not None:
            try:
                text = reader.proc_kernel_text("cgroup", int(pid))
            except read.ReadError:
                text = None
        if text is None:
            if "whose" in state:
                state["whose"] = "server"
            text = reader.proc_kernel_text("cgroup")
        cgroups = cgroup.parse_proc_cgroup(text)
        state["location"] = cgroup.cgroup_location(cgroups, mounts, controller)
    except (read.ReadError, ValueError) as error:
        state["error"] = str(error)
        return False
    return True


# --- a kernel's own cgroup ----------------------------------------------------------------------


def memory_location(reader: read.Reader, pid: int | str = "self") -> dict | None:
    """Where a process's memory cgroup files are (``cgroup.cgroup_location``), or ReadError /
    ValueError when /proc/<pid>/cgroup or mountinfo cannot be read."""
    mounts = parse.parse_mountinfo(reader.proc_kernel_text("mountinfo"))
    text = reader.proc_kernel_text("cgroup", pid)
    return cgroup.cgroup_location(cgroup.parse_proc_cgroup(text), mounts, "memory")


def kernel_cgroup(reader: read.Reader, pid: int, server: dict | None) -> dict:
    """A kernel's memory cgroup beside the server's (``server``: its location, None when
    unknown); its limit and OOM kill count only when it is another cgroup (a kernel started
    elsewhere), since the limits section gives the server's."""
    facts = {
        "directory": None,
        "same_as_server": None,
        "limit_bytes": None,
        "unlimited": None,
        "oom_kill": None,
        "error": None,
    }
    location, unread = None, None
    try:
        location = memory_location(reader, int(pid))
    except (read.ReadError, ValueError) as error:
        unread = str(error)
    if location is None:
        facts["error"] = unread or "No mounted cgroup holds the kernel's memory controller."
        return facts
    facts["directory"] = location["directory"]
    if server is not None:
        facts["same_as_server"] = location["directory"] == server["directory"]
    if facts["same_as_server"]:
        return facts
    facts.update(_memory_facts(reader, location, ("limit_bytes", "unlimited", "oom_kill")))
    return facts
