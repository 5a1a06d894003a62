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


# --- why a kernel died: its cgroup's OOM kill counter before and after --------------------------


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


def death_verdict(
    before: dict | None, after: dict, exit_status: int | None, noticed_at: str
) -> dict:
    """Whether a kernel that died was killed for lack of memory: only when the OOM kill counter
    of its cgroup moved between the kernel's start and its death (``limits.memory_state`` read
    both). Its cause, tone and sentence are decided here; the front end decides nothing."""
    signal_name, ended = _ending(exit_status)
    first = (before or {}).get("oom_kill")
    last = after.get("oom_kill")
    verdict = {
        "noticed_at": noticed_at,
        "exit_status": exit_status,
        "signal": signal_name,
        "oom_kill_before": first,
        "oom_kill_after": last,
        "memory_limit_bytes": after.get("limit_bytes"),
        "cgroup_directory": after.get("directory"),
        "cause": "unknown",
        "tone": "unknown",
        "text": "",
    }
    if first is None or last is None:
        why = (
            "the kernel's start was not seen"
            if before is None
            else (after.get("error") or (before or {}).get("error") or "no counter was read")
        )
        verdict["text"] = (
            f"{ended}. Whether memory was the cause is unknown: the OOM kill counter of its "
            f"cgroup could not be compared ({why.rstrip('.')})."
        )
        return verdict
    if last > first:
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
        verdict["cause"] = "memory"
        verdict["tone"] = "warning"
        verdict["text"] = (
            f"The kernel was killed for lack of memory: {limit}, and the OOM killer struck "
            f"{struck} (oom_kill {first} → {last}"
            + (f", {signal_name}" if signal_name else "")
            + f", noticed at {noticed_at[11:16]} UTC)."
        )
        return verdict
    verdict["cause"] = "not-memory"
    verdict["tone"] = "neutral"
    verdict["text"] = (
        f"{ended}; the OOM kill counter of its cgroup did not move (oom_kill {last}), so the "
        "memory limit was not the cause."
    )
    return verdict
