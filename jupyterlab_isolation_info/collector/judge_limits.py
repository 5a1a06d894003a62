"""The limits section's judge: OOM kills, a limit nearly reached, more CPUs counted than can
run; and the verdict on a kernel's death (kerneldeath.py watches, this decides)."""

from __future__ import annotations

import signal

from .judging import Declared, Judge, emit, fact_key, tone, unknown
from .limits import human_bytes, no_count_at_root, threads_for

# A limit counts as nearly reached from this share of it on (memory, processes).
NEAR_LIMIT = 0.9
# The thread-count variables the numeric libraries read, set to what can run at once.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")

FINDINGS = {
    "oom-kills": Declared(
        "warning",
        "limits",
        "The OOM killer has killed processes here.",
        "limits.memory.oom_kill",
        "The OOM killer has struck here {times}",
        "{count} {processes} of this process's cgroup {were} killed for lack of memory since the "
        "cgroup was created (oom_kill of {source}); {limit}. A kernel that died without an error "
        "was most likely one of them. Use less memory at once (smaller batches, chunked reads, "
        "del of large objects) or choose an instance with more memory.",
    ),
    "memory-near-limit": Declared(
        "warning",
        "limits",
        "Memory use is near the cgroup's limit.",
        "limits.memory.limit_bytes",
        "Memory use is at {percent} % of the limit",
        "This process's cgroup uses {usage} of its {limit} limit ({source}, which counts the "
        "page cache the kernel reclaims first). At the limit the OOM killer stops a process, "
        "usually the one using the most memory, often a kernel: free memory or shut down idle "
        "kernels.",
    ),
    "cpu-count-above-quota": Declared(
        "info",
        "limits",
        "os.cpu_count() is more than the CPU quota lets run at once.",
        "limits.cpu.usable_cpus",
        "os.cpu_count() says {online}; {threads} can run at once",
        "os.cpu_count() counts the machine's {online} CPUs, but {reasons}. Libraries that start "
        "one thread per CPU (NumPy's BLAS, PyTorch, joblib, pandas) start {online} and slow each "
        "other down. Set {names} before they are imported (and torch.set_num_threads({threads})).",
    ),
    "pids-near-max": Declared(
        "warning",
        "limits",
        "The process count is near the pids limit.",
        "limits.pids.current",
        "{current} of {most} processes in use",
        "This process's cgroup runs {current} processes and threads and pids.max allows {most}. "
        'Past it, starting a process or a thread fails (EAGAIN, "Resource temporarily '
        'unavailable"): a kernel may not start. Shut down idle kernels and terminals.',
    ),
}


def near(current, most) -> bool:
    """A count at or past NEAR_LIMIT of its limit; False when either is unknown (or no limit)."""
    return current is not None and bool(most) and current >= NEAR_LIMIT * most


def memory_near_limit(memory: dict) -> bool:
    return near(memory.get("usage_bytes"), memory.get("limit_bytes"))


def pids_near_max(pids: dict) -> bool:
    return near(pids.get("current"), pids.get("max"))


def find(report: dict, given: dict) -> list[dict]:
    limits = report.get("limits") or {}
    memory = limits.get("memory") or {}
    return [
        *_oom_findings(memory),
        *_memory_use_findings(memory),
        *_cpu_count_findings(limits.get("cpu") or {}),
        *_pids_findings(limits.get("pids") or {}),
    ]


def _memory_limit_words(memory: dict) -> str:
    if memory.get("limit_bytes") is not None:
        return f"the memory limit is {human_bytes(memory['limit_bytes'])}"
    if memory.get("unlimited"):
        return (
            "no cgroup limits memory, so the machine's "
            f"{human_bytes(memory.get('machine_bytes'))} is the limit"
        )
    return "the memory limit is unknown"


def _oom_findings(memory: dict) -> list[dict]:
    count = memory.get("oom_kill")
    if not count:
        return []
    one = count == 1
    return [
        emit(
            FINDINGS,
            "oom-kills",
            times="once" if one else f"{count} times",
            count=count,
            processes="process" if one else "processes",
            were="was" if one else "were",
            source="memory.events" if memory.get("version") == "v2" else "memory.oom_control",
            limit=_memory_limit_words(memory),
        )
    ]


def _memory_use_findings(memory: dict) -> list[dict]:
    if not memory_near_limit(memory):
        return []
    usage, limit = memory["usage_bytes"], memory["limit_bytes"]
    return [
        emit(
            FINDINGS,
            "memory-near-limit",
            percent=f"{100 * usage / limit:.0f}",
            usage=human_bytes(usage),
            limit=human_bytes(limit),
            source="memory.current" if memory.get("version") == "v2" else "memory.usage_in_bytes",
        )
    ]


def _cpu_count_findings(cpu: dict) -> list[dict]:
    online, usable = cpu.get("online_cpus"), cpu.get("usable_cpus")
    threads = threads_for(usable)
    if online is None or threads is None or online <= threads:
        return []
    reasons = []
    if cpu.get("quota_cpus") is not None:
        reasons.append(
            f"the CPU quota gives {cpu['quota_cpus']:g} CPUs' worth of time "
            f"({cpu.get('quota_us')} µs every {cpu.get('period_us')} µs)"
        )
    affinity = cpu.get("affinity_cpus")
    if affinity is not None and affinity < online:
        reasons.append(f"this process may run on {affinity} of them (its cpuset)")
    return [
        emit(
            FINDINGS,
            "cpu-count-above-quota",
            online=online,
            threads=threads,
            reasons=" and ".join(reasons),
            names=", ".join(f"{name}={threads}" for name in THREAD_VARIABLES),
        )
    ]


def _pids_findings(pids: dict) -> list[dict]:
    if not pids_near_max(pids):
        return []
    return [emit(FINDINGS, "pids-near-max", current=pids["current"], most=pids["max"])]


# --- the tones of the limits section's facts ----------------------------------------------------


def _limit_text(value, unlimited, unit=human_bytes) -> str:
    """A limit's one wording: its amount, "no limit" only when the kernel said so, else unknown."""
    if value is not None:
        return unit(value)
    return "no limit" if unlimited else "unknown"


def _count_of_limit(current: int | None, most: int | None, unlimited: bool | None) -> str:
    """A count against its limit in one wording: "12 of 100", "12, no limit", "unknown, no
    limit", "12, limit unknown", or "unknown" when neither is known."""
    count = "unknown" if current is None else str(current)
    if most is not None:
        return f"{count} of {most}"
    if unlimited:
        return f"{count}, no limit"
    return count if current is None else f"{count}, limit unknown"


def _limit_reason(part: dict, what: str) -> str:
    return part.get("error") or f"The {what} could not be read."


def tones(report: dict) -> dict:
    """The limits section's facts in people's units (the report keeps bytes and µs), judged as
    the findings judge them: OOM kills and a limit nearly reached are warnings."""
    limits = report.get("limits") or {}
    memory = limits.get("memory") or {}
    cpu = limits.get("cpu") or {}
    pids = limits.get("pids") or {}
    why = limits.get("error")
    tones = {}

    limit, usage = memory.get("limit_bytes"), memory.get("usage_bytes")
    text = _limit_text(limit, memory.get("unlimited"))
    if limit is None and memory.get("unlimited") is None:
        fact = unknown(text, why or memory.get("error"), "The memory limit could not be read.")
    elif memory_near_limit(memory):
        fact = tone("warning", text, f"{human_bytes(usage)} of it is in use.")
    else:
        fact = tone("neutral", text)
    tones[fact_key("limits", "memory.limit_bytes")] = fact
    for field in ("usage_bytes", "peak_bytes", "machine_bytes"):
        value = memory.get(field)
        tones[fact_key("limits", f"memory.{field}")] = (
            tone("neutral", human_bytes(value))
            if value is not None
            else unknown("unknown", why or memory.get("error"), "It could not be read.")
        )
    tones[fact_key("limits", "memory.swap_limit_bytes")] = tone(
        "neutral", _limit_text(memory.get("swap_limit_bytes"), memory.get("swap_unlimited"))
    )

    kills = memory.get("oom_kill")
    if kills is None:
        fact = unknown("unknown", why or _limit_reason(memory, "OOM kill count"), "")
    elif kills:
        fact = tone(
            "warning",
            kills,
            "Processes of this cgroup were killed for lack of memory since it was created.",
        )
    else:
        fact = tone("ok", kills, "No process of this cgroup has been killed for lack of memory.")
    tones[fact_key("limits", "memory.oom_kill")] = fact

    if cpu.get("quota_cpus") is not None:
        every = f"{cpu.get('quota_us')} µs every {cpu.get('period_us')} µs"
        quota = tone("neutral", f"{cpu['quota_cpus']:g} CPUs ({every})")
    elif cpu.get("unlimited"):
        quota = tone("neutral", "no limit")
    else:
        quota = unknown("unknown", why or cpu.get("error"), "The CPU quota could not be read.")
    tones[fact_key("limits", "cpu.quota_cpus")] = quota
    usable = cpu.get("usable_cpus")
    tones[fact_key("limits", "cpu.usable_cpus")] = (
        tone("neutral", f"{usable:g}")
        if usable is not None
        else unknown("unknown", why or cpu.get("error"), "No CPU count could be read.")
    )

    current, most = pids.get("current"), pids.get("max")
    text = _count_of_limit(current, most, pids.get("unlimited"))
    if current is None or (most is None and pids.get("unlimited") is None):
        # Not counted at the root cgroup: unknown with that reason, never an error.
        reason = why or pids.get("error") or no_count_at_root(pids)
        fact = unknown(text, reason, "The process count could not be read.")
    elif pids_near_max(pids):
        fact = tone("warning", text, "New processes and threads fail at pids.max.")
    else:
        fact = tone("neutral", text)
    tones[fact_key("limits", "pids.current")] = fact
    return tones


JUDGE = Judge("limits", FINDINGS, find, tones)


# --- why a kernel died: its cgroup's counters before and after, its signal, /dev/shm ---------

SHM = "/dev/shm"  # noqa: S108 - its statvfs is read, never written
# Docker's and a Kubernetes pod's /dev/shm unless made larger: at or below it, /dev/shm is small.
SMALL_SHM_BYTES = 64 * 1024 * 1024
# Signals a native crash ends a process with (a Python error never does).
CRASH_SIGNALS = {
    "SIGSEGV": "a segmentation fault, an invalid memory access in compiled code",
    "SIGABRT": "an abort, a C or C++ library stopping the process on a failed assertion or an "
    "uncaught C++ exception",
    "SIGILL": "an illegal instruction in compiled code",
    "SIGFPE": "an arithmetic fault in compiled code",
}
MORE_SHM = (
    "To give it more: Docker, docker run --shm-size=2g (or larger); Kubernetes, an emptyDir "
    "volume with medium: Memory and a sizeLimit, mounted at /dev/shm. In SageMaker Studio, "
    "where the platform starts the container, use less of it: fewer DataLoader workers "
    "(num_workers=0 keeps the data in the kernel's own memory) or smaller batches."
)
FAULTHANDLER = (
    "ipykernel does not turn faulthandler on, and where it is on (python -X faulthandler, "
    "PYTHONFAULTHANDLER=1, faulthandler.enable()) its traceback is lost: it writes to the "
    "kernel's stderr, which ipykernel turns into a pipe of its own that ends with the process. "
    "To see where the next one happens, run faulthandler.enable(open('faulthandler.log', 'w')) "
    "in the notebook first; the traceback is then in that file."
)


def _ending(exit_status: int | None) -> tuple[str | None, str]:
    """(signal name, words) for how a process ended: Popen's returncode, negative for a signal."""
    if exit_status is None:
        return None, "How the kernel ended is unknown here"
    if exit_status < 0:
        try:
            name = signal.Signals(-exit_status).name
        except ValueError:
            name = f"signal {-exit_status}"
        return name, f"The kernel ended by {name}"
    return None, f"The kernel exited with status {exit_status}"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %"


def _shm_words(shm: dict | None) -> str:
    """The figures of /dev/shm as read at the death ("/dev/shm is 64.0 MiB here, 100 % used
    when the server looked"), or why they are unknown."""
    shm = shm or {}
    size, used = shm.get("size_bytes"), shm.get("used_bytes")
    if size is None:
        return f"{SHM} could not be read ({(shm.get('error') or 'not read').rstrip('.')})"
    words = f"{SHM} is {human_bytes(size)} here"
    if used is not None and size:
        words += f", {_percent(used, size)} used when the server looked"
    return words


def _counter_words(first, last, name: str) -> str:
    return f"{name} {first}" if first == last else f"{name} {first} → {last}"


def _moved(first, last) -> bool:
    return first is not None and last is not None and last > first


def _base(before: dict | None, after: dict, exit_status, noticed_at: str, shm, signal_name):
    before_pids = (before or {}).get("pids") or {}
    after_pids = after.get("pids") or {}
    shm = shm or {}
    return {
        "noticed_at": noticed_at,
        "exit_status": exit_status,
        "signal": signal_name,
        "oom_kill_before": (before or {}).get("oom_kill"),
        "oom_kill_after": after.get("oom_kill"),
        "memory_limit_bytes": after.get("limit_bytes"),
        "cgroup_directory": after.get("directory"),
        "pids_max_events_before": before_pids.get("max_events"),
        "pids_max_events_after": after_pids.get("max_events"),
        "pids_limit": after_pids.get("limit"),
        "shm_size_bytes": shm.get("size_bytes"),
        "shm_used_bytes": shm.get("used_bytes"),
        "shm_available_bytes": shm.get("available_bytes"),
        "shutdown_by": None,
        "idle_seconds": None,
        "cull_idle_timeout": None,
        "cause": "unknown",
        "tone": "unknown",
        "text": "",
    }


def death_verdict(
    before: dict | None,
    after: dict,
    exit_status: int | None,
    noticed_at: str,
    shm: dict | None = None,
) -> dict:
    """Why a kernel died, each cause only with its evidence: killed for lack of memory only when
    the OOM kill counter of its cgroup moved between the kernel's start and its death
    (``limits.memory_state`` read both); shared memory only for a SIGBUS while /dev/shm (``shm``:
    its statvfs at the death) is small or full; the pids limit only when pids.events' ``max``
    moved; a native crash from the signal. Cause, tone and sentence are decided here; the front
    end decides nothing."""
    signal_name, ended = _ending(exit_status)
    verdict = _base(before, after, exit_status, noticed_at, shm, signal_name)
    first, last = verdict["oom_kill_before"], verdict["oom_kill_after"]
    if first is None or last is None:
        why = (
            "the kernel's start was not seen"
            if before is None
            else (after.get("error") or (before or {}).get("error") or "no counter was read")
        )
        memory = (
            "whether memory was the cause is unknown: the OOM kill counter of its cgroup could "
            f"not be compared ({why.rstrip('.')})"
        )
    else:
        memory = f"the OOM kill counter of its cgroup did not move (oom_kill {last})"
    if _moved(first, last):
        return _memory_verdict(verdict, after, first, last, signal_name, noticed_at)
    size, used = verdict["shm_size_bytes"], verdict["shm_used_bytes"]
    small = size is not None and size <= SMALL_SHM_BYTES
    full = bool(size) and used is not None and used >= NEAR_LIMIT * size
    if signal_name == "SIGBUS" and (small or full):
        evidence = " and ".join(
            part
            for part, holds in (
                (f"small (at most {human_bytes(SMALL_SHM_BYTES)}, Docker's default)", small),
                ("full", full),
            )
            if holds
        )
        verdict.update(
            cause="shared-memory",
            tone="warning",
            text=(
                f"The kernel ended by SIGBUS, a bus error: shared memory ({_shm_words(shm)}) "
                "most likely ran out — DataLoader workers and multiprocessing.shared_memory use "
                "it, and a write to a page a full /dev/shm cannot give ends the writer with "
                f"SIGBUS. Derived from the signal and /dev/shm being {evidence}; {memory}. "
                + MORE_SHM
            ),
        )
        return verdict
    pids_first, pids_last = verdict["pids_max_events_before"], verdict["pids_max_events_after"]
    if _moved(pids_first, pids_last):
        limit = verdict["pids_limit"]
        verdict.update(
            cause="pids",
            tone="warning",
            text=(
                f"{ended}; the pids limit of its cgroup was reached while it ran "
                f"({_counter_words(pids_first, pids_last, 'pids.events max')}"
                + (f", pids.max {limit}" if limit is not None else "")
                + '): starting a thread or a process failed (EAGAIN, "Resource temporarily '
                'unavailable"), most likely what ended it (derived from the counter; another '
                f"process of the cgroup may have met the limit instead); {memory}. Shut down "
                "idle kernels and terminals, or start fewer workers and threads."
            ),
        )
        return verdict
    if signal_name in CRASH_SIGNALS:
        verdict.update(
            cause="crash",
            tone="warning",
            text=(
                f"The kernel crashed in native code: it ended by {signal_name} "
                f"({CRASH_SIGNALS[signal_name]}), which a Python error never causes; {memory}. "
                + FAULTHANDLER
            ),
        )
        return verdict
    if signal_name == "SIGBUS":
        verdict.update(
            cause="bus-error",
            tone="neutral" if first is not None and last is not None else "unknown",
            text=f"The kernel ended by SIGBUS, a bus error; {_shm_words(shm)}; {memory}.",
        )
        return verdict
    if first is None or last is None:
        verdict["text"] = f"{ended}. {memory[0].upper()}{memory[1:]}."
        return verdict
    verdict.update(
        cause="not-memory",
        tone="neutral",
        text=f"{ended}; {memory}, so the memory limit was not the cause.",
    )
    return verdict


def _memory_verdict(verdict: dict, after: dict, first, last, signal_name, noticed_at) -> dict:
    kills = last - first
    struck = "once more" if kills == 1 else f"{kills} more times"
    if after.get("limit_bytes") is not None:
        limit = f"the limit of its cgroup is {human_bytes(after['limit_bytes'])}"
    elif after.get("unlimited"):
        limit = (
            "no cgroup limits its memory, so the machine's "
            f"{human_bytes(after.get('machine_bytes'))} ran out"
        )
    else:
        limit = "the memory limit is unknown"
    verdict.update(
        cause="memory",
        tone="warning",
        text=(
            f"The kernel was killed for lack of memory: {limit}, and the OOM killer struck "
            f"{struck} (oom_kill {first} → {last}"
            + (f", {signal_name}" if signal_name else "")
            + f", noticed at {noticed_at[11:16]} UTC)."
        ),
    )
    return verdict


def shutdown_verdict(shutdown: dict, noticed_at: str, shm: dict | None = None) -> dict:
    """A kernel the server shut down on purpose: by its idle culler when the culler's own log
    record named it (``shutdown["culled"]``: its idle seconds), else on a client's request —
    when the culler is off, or on and its record would have been seen. Not a death."""
    verdict = _base(None, {}, None, noticed_at, shm, None)
    timeout = shutdown.get("cull_idle_timeout")
    verdict["cull_idle_timeout"] = timeout
    culled = shutdown.get("culled")
    if culled is not None:
        idle = culled.get("idle_seconds")
        verdict.update(
            shutdown_by="culler",
            idle_seconds=idle,
            cause="culled",
            tone="warning",
        )
        if culled.get("dead"):
            verdict["text"] = (
                "The server's idle culler removed the kernel, which had already died (the "
                f"server logged the cull at {noticed_at[11:16]} UTC)."
            )
        else:
            idle_words = "" if idle is None else f"after {idle} s without activity, "
            limit = "" if timeout is None else f"past cull_idle_timeout ({timeout} s) "
            verdict["text"] = (
                f"The server's idle culler shut the kernel down {idle_words}{limit}(the server "
                f"logged the cull at {noticed_at[11:16]} UTC): not a crash. Its variables are "
                "gone; run the notebook again. MappingKernelManager.cull_idle_timeout sets how "
                "long a kernel may stay idle."
            )
        return verdict
    if not timeout or timeout <= 0:
        evidence = "the server's idle culler is off (cull_idle_timeout 0)"
    elif shutdown.get("culler_visible"):
        evidence = f"the server's idle culler (cull_idle_timeout {timeout} s) logged no cull of it"
    else:
        verdict["text"] = (
            "The server shut the kernel down; whether its idle culler (cull_idle_timeout "
            f"{timeout} s) or a client asked is unknown here: the server's log level hides the "
            "culler's message."
        )
        return verdict
    verdict.update(
        shutdown_by="client",
        cause="shutdown",
        tone="neutral",
        text=(
            "The kernel was shut down on a client's request (JupyterLab's Shut Down Kernel, "
            f"another tab or the REST API): not a death; {evidence}."
        ),
    )
    return verdict
