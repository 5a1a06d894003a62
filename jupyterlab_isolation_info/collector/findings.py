"""Pure: the report's sections in, findings out. Each finding traces to the isolation model."""

from __future__ import annotations

from typing import NamedTuple

from .limits import NEAR_LIMIT, human_bytes, threads_for
from .summary import SEVERITY_ORDER as _ORDER
from .summary import short_kernel_id, sudo_root

# Each severity's rank, worst first (summary.SEVERITY_ORDER is the one order).
SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(_ORDER)}


class Declared(NamedTuple):
    """A finding as data: its severity, the section whose facts it judges, and what it means in
    one sentence (the documented list, the metrics' label values and the tests read these)."""

    severity: str
    section: str
    meaning: str


# Every finding the collector can emit, declared once. A rule below emits one by id; its title
# and detail say the particulars of this report.
FINDINGS: dict[str, Declared] = {
    "root-not-remapped": Declared(
        "critical", "user_namespace", "This process is uid 0 and uid 0 is root on the host."
    ),
    "runs-as-root": Declared(
        "info", "user_namespace", "Root in the container, remapped to an unprivileged host uid."
    ),
    "no-user-namespace": Declared(
        "warning", "user_namespace", "A non-root uid that is the same uid on the host."
    ),
    "run-as-unexpected": Declared(
        "warning", "run_as", "The uid or gid is not the one the server was told to expect."
    ),
    "sudo-to-host-root": Declared(
        "critical", "run_as", "Passwordless sudo, and uid 0 here is uid 0 on the host."
    ),
    "sudo-root-remapped": Declared(
        "info", "run_as", "Passwordless sudo gives a root that is another host uid."
    ),
    "imds-reachable": Declared(
        "critical", "endpoints", "The instance metadata service answered a probe."
    ),
    "imds-routable": Declared(
        "warning", "endpoints", "No route rule blocks the instance metadata service."
    ),
    "efs-reachable": Declared("warning", "endpoints", "An EFS mount target answered a probe."),
    "endpoint-routable": Declared(
        "warning", "endpoints", "A configured endpoint that should be blocked has a route."
    ),
    "endpoint-unexpected": Declared(
        "warning", "endpoints", "A configured endpoint is not in the state it should be."
    ),
    "not-in-studio": Declared(
        "info", "metadata", "No SageMaker app metadata file: not a Studio app."
    ),
    "metadata-unreadable": Declared(
        "warning", "metadata", "The app metadata file exists but cannot be read."
    ),
    "metadata-repeated-keys": Declared(
        "warning", "metadata", "The app metadata file names a key twice."
    ),
    "metadata-writable": Declared(
        "warning", "metadata", "This user can change the app metadata file."
    ),
    "home-missing": Declared("warning", "home", "The home directory does not exist."),
    "home-unknown": Declared("warning", "home", "The home directory could not be examined."),
    "home-owner-unmapped": Declared(
        "warning", "home", "The home's owner is outside the container's id map (nobody)."
    ),
    "home-owner-mismatch": Declared("warning", "home", "The home belongs to another user."),
    "home-world-writable": Declared("critical", "home", "Anyone can write to the home."),
    "home-world-readable": Declared("warning", "home", "Other users can enter the home."),
    "home-moved": Declared("info", "home", "HOME is not the user database's home."),
    "mount-owner-unmapped": Declared(
        "warning", "mounts", "A mount at or under the home is owned by an unmapped uid."
    ),
    "home-mount-not-writable": Declared(
        "warning", "mounts", "A mount at or under the home cannot be written by this user."
    ),
    "caps-beyond-docker-default": Declared(
        "warning", "capabilities", "Effective capabilities beyond Docker's default set."
    ),
    "seccomp-disabled": Declared("info", "capabilities", "No seccomp filter is in force."),
    "kernel-host-root": Declared("critical", "kernels", "A kernel runs as root on the host."),
    "kernel-caps-beyond-docker-default": Declared(
        "warning", "kernels", "A kernel keeps capabilities beyond Docker's defaults."
    ),
    "credentials-endpoint-blocked": Declared(
        "warning", "credentials", "The container credentials endpoint has no route."
    ),
    "credentials-dropped-by-sudo": Declared(
        "info", "credentials", "sudo resets the variable that finds the credentials."
    ),
    "studio-classic": Declared(
        "info", "context", "Studio Classic: kernels run in other containers."
    ),
    "runtime-socket-writable": Declared(
        "critical", "walls", "A container runtime's socket is writable: host root."
    ),
    "runtime-socket-present": Declared(
        "warning", "walls", "A container runtime's socket is mounted here."
    ),
    "service-account-token": Declared(
        "warning", "walls", "A Kubernetes service-account token is mounted."
    ),
    "kernel-settings-writable": Declared(
        "warning", "walls", "/proc/sys is writable and this process is host root."
    ),
    "no-security-profile": Declared("info", "walls", "No AppArmor profile confines this process."),
    "oom-kills": Declared("warning", "limits", "The OOM killer has killed processes here."),
    "memory-near-limit": Declared("warning", "limits", "Memory use is near the cgroup's limit."),
    "cpu-count-above-quota": Declared(
        "info", "limits", "os.cpu_count() is more than the CPU quota lets run at once."
    ),
    "pids-near-max": Declared("warning", "limits", "The process count is near the pids limit."),
    "pod-security-below-baseline": Declared(
        "warning", "policy", "Below the Pod Security Baseline, no other finding says why."
    ),
}


def _finding(finding_id: str, title: str, detail: str) -> dict:
    """One finding of this report: its declared severity, its particular title and detail."""
    return {
        "id": finding_id,
        "severity": FINDINGS[finding_id].severity,
        "title": title,
        "detail": detail,
    }


def _identity_findings(run_as: dict, userns: dict) -> list[dict]:
    uid = run_as.get("uid")
    host_uid = userns.get("host_uid")
    remapped = userns.get("remapped")
    if uid == 0 and host_uid == 0:
        return [
            _finding(
                "root-not-remapped",
                "Root here is root on the host",
                "This process runs as uid 0 and no user namespace maps it to an unprivileged host "
                "uid, so escaping the container would give full control of the host. Run the "
                "image with user remapping, as Studio does, or as a non-root user.",
            )
        ]
    if uid == 0 and remapped:
        return [
            _finding(
                "runs-as-root",
                "Runs as root inside the container",
                f"Root here is host uid {host_uid}, an unprivileged user, as in Studio's "
                "KernelGateway apps by default. You may install packages; the host is not "
                "exposed.",
            )
        ]
    if uid not in (None, 0) and remapped is False:
        return [
            _finding(
                "no-user-namespace",
                "No user namespace",
                f"Uid {uid} here is the same uid {uid} on the host, so files it creates on shared "
                "storage belong to that host user. In Studio, container ids are remapped; outside "
                "Studio this is expected.",
            )
        ]
    return []


def _run_as_expectation(run_as: dict, expect_uid: int | None, expect_gid: int | None) -> list:
    differences = []
    if expect_uid is not None and run_as.get("uid") != expect_uid:
        differences.append(f"uid {run_as.get('uid')} instead of {expect_uid}")
    if expect_gid is not None and run_as.get("gid") != expect_gid:
        differences.append(f"gid {run_as.get('gid')} instead of {expect_gid}")
    if not differences:
        return []
    return [
        _finding(
            "run-as-unexpected",
            "Runs as an unexpected user",
            f"This process runs with {' and '.join(differences)}. Check the image's default uid "
            "and gid in its app image config, or the USER line of its Dockerfile.",
        )
    ]


def _endpoint_findings(endpoints: list[dict]) -> list[dict]:
    findings = []
    for endpoint in endpoints:
        endpoint_id, status = endpoint.get("id", ""), endpoint.get("status")
        where = f"{endpoint.get('name')} ({endpoint.get('address')})"
        if endpoint_id.startswith("imds-") and status == "reachable":
            findings.append(
                _finding(
                    "imds-reachable",
                    "The instance metadata service is reachable",
                    f"A TCP connection to {where} succeeded, so code here may read the instance's "
                    "credentials. Block it with a route rule, as Studio does.",
                )
            )
        elif endpoint_id.startswith("imds-") and status == "routable":
            findings.append(
                _finding(
                    "imds-routable",
                    "No route rule blocks the instance metadata service",
                    f"The kernel has a route to {where}; no packet was sent. Run an active probe "
                    "to learn whether it answers.",
                )
            )
        elif endpoint_id.startswith("efs-") and status == "reachable":
            findings.append(
                _finding(
                    "efs-reachable",
                    "An EFS mount target is reachable",
                    f"A TCP connection to {where} succeeded, so code here can talk to the shared "
                    "file system directly instead of only through its own home mount. Studio "
                    "blocks this with a route rule.",
                )
            )
        elif (
            not endpoint_id.startswith(("imds-", "efs-"))
            and status == "routable"
            and endpoint.get("expected") == "blocked"
        ):
            findings.append(
                _finding(
                    "endpoint-routable",
                    f"No route rule blocks {endpoint.get('name')}",
                    f"{where} is expected to be blocked, but the kernel has a route to it; no "
                    "packet was sent. Run an active probe to learn whether it answers.",
                )
            )
        elif (
            not endpoint_id.startswith(("imds-", "efs-"))
            and status in ("blocked", "reachable")
            and endpoint.get("expected") in ("blocked", "reachable")
            and status != endpoint.get("expected")
        ):
            findings.append(
                _finding(
                    "endpoint-unexpected",
                    f"{endpoint.get('name')} is {status}",
                    f"{where} was expected to be {endpoint.get('expected')} but is {status}: "
                    f"{endpoint.get('detail')} Check the network rules of this image or space.",
                )
            )
    return findings


def _metadata_findings(metadata: dict) -> list[dict]:
    if metadata.get("found") is False:
        return [
            _finding(
                "not-in-studio",
                "Not in SageMaker Studio",
                f"There is no app metadata file at {metadata.get('path')}, so this does not look "
                "like a Studio app. The rest of the report still describes this machine.",
            )
        ]
    findings = []
    if metadata.get("error"):
        findings.append(
            _finding(
                "metadata-unreadable",
                "The app metadata file cannot be read",
                f"{metadata['error']} The app's domain, profile and space cannot be shown.",
            )
        )
    repeated = metadata.get("repeated_keys") or []
    if repeated:
        findings.append(
            _finding(
                "metadata-repeated-keys",
                "The app metadata file repeats keys",
                f"{', '.join(repeated[:5])} appear more than once in one object. The report "
                "shows the last value, as most parsers do, but another reader may see the "
                "first: the file is ambiguous and may have been edited.",
            )
        )
    if metadata.get("read_only") is False:
        findings.append(
            _finding(
                "metadata-writable",
                "The app metadata file is writable",
                f"{metadata.get('path')} is on a file system mounted read-write, so its contents "
                "cannot be trusted. Studio mounts it read-only.",
            )
        )
    return findings


def _home_findings(home: dict) -> list[dict]:
    path = home.get("path")
    if path and home.get("exists") is False:
        return [
            _finding(
                "home-missing",
                "The home directory does not exist",
                f"{path} is your home in the user database, but there is nothing there, so "
                "saving notebooks and settings there fails. In Studio, check the space's storage; "
                "elsewhere, create it or fix the user's entry.",
            )
        ]
    if path and home.get("exists") is None:
        return [
            _finding(
                "home-unknown",
                "The home directory could not be examined",
                f"{home.get('error') or 'The home directory could not be looked at.'} Whether "
                "it exists and who owns it are unknown.",
            )
        ]
    if not home.get("exists"):
        return []
    findings = []
    if home.get("owner_unmapped"):
        findings.append(
            _finding(
                "home-owner-unmapped",
                "The home directory's owner is not mapped",
                f"{path} belongs to a host user with no id in this container (it "
                "shows as the overflow uid), so you may not be able to write your own files. "
                "Ask your administrator to check the user profile's uid.",
            )
        )
    elif home.get("owner_is_run_as") is False:
        findings.append(
            _finding(
                "home-owner-mismatch",
                "The home directory belongs to someone else",
                f"{path} is owned by uid {home.get('owner_uid')}, not by the user "
                "this runs as. Files you save may fail or land with the wrong owner.",
            )
        )
    mode = home.get("mode")
    bits = int(mode, 8) if isinstance(mode, str) and mode.isdigit() else 0
    if bits & 0o002 and not bits & 0o1000:
        findings.append(
            _finding(
                "home-world-writable",
                "Anyone can write to the home directory",
                f"{path} has mode {mode}: every user and process in this container may add, "
                "replace or delete files there, such as your shell start-up files or notebooks, "
                f"and so run code as you. Remove it with: chmod o-w {path}",
            )
        )
    elif bits & 0o007:
        findings.append(
            _finding(
                "home-world-readable",
                "Other users can access the home directory",
                f"{path} has mode {mode}, which gives other users access. Remove it "
                f"with: chmod o-rwx {path}",
            )
        )
    return findings


def _capability_findings(capabilities: dict) -> list[dict]:
    findings = []
    extra = capabilities.get("beyond_docker_default") or []
    if extra:
        findings.append(
            _finding(
                "caps-beyond-docker-default",
                "Capabilities beyond Docker's defaults",
                f"The bounding set keeps {', '.join(extra)}, which a default container does not "
                "have; code running as root here can use them. Drop them unless the image needs "
                "them.",
            )
        )
    if capabilities.get("seccomp") == "disabled":
        findings.append(
            _finding(
                "seccomp-disabled",
                "No seccomp filter",
                "Every system call is allowed to this process. Docker applies a default seccomp "
                "profile; without it the kernel's attack surface is larger.",
            )
        )
    return findings


def _kernel_findings(kernels: list[dict]) -> list[dict]:
    """One finding per kind, naming every local kernel it concerns."""
    local = [k for k in kernels if k.get("local") and not k.get("error")]
    as_host_root = [k for k in local if k.get("uid") == 0 and k.get("host_uid") == 0]
    extra_caps = [k for k in local if (k.get("capabilities") or {}).get("beyond_docker_default")]
    findings = []
    if as_host_root:
        findings.append(
            _finding(
                "kernel-host-root",
                "A kernel runs as root on the host",
                f"{_kernel_names(as_host_root)} runs as uid 0, which is uid 0 on the host: code in "
                "a notebook there could take over the host if it escaped the container. Start "
                "kernels as an unprivileged user or under user remapping.",
            )
        )
    if extra_caps:
        names = sorted({c for k in extra_caps for c in k["capabilities"]["beyond_docker_default"]})
        findings.append(
            _finding(
                "kernel-caps-beyond-docker-default",
                "A kernel keeps capabilities beyond Docker's defaults",
                f"{_kernel_names(extra_caps)} keeps {', '.join(names)} in its bounding set, which "
                "a default container does not have. Drop them unless the kernel needs them.",
            )
        )
    return findings


def _kernel_names(kernels: list[dict]) -> str:
    described = [
        f"{k.get('name') or 'kernel'} {short_kernel_id(k.get('id'))} (pid {k.get('pid')})"
        for k in kernels
    ]
    return ("The kernel " if len(described) == 1 else "The kernels ") + ", ".join(described)


def derive_findings(
    report: dict, expect_uid: int | None = None, expect_gid: int | None = None
) -> list[dict]:
    """Findings for a report, most severe first (stable within a severity)."""
    run_as = report.get("run_as") or {}
    findings = [
        *_identity_findings(run_as, report.get("user_namespace") or {}),
        *_run_as_expectation(run_as, expect_uid, expect_gid),
        *_endpoint_findings(report.get("endpoints") or []),
        *_metadata_findings(report.get("metadata") or {}),
        *_home_findings(report.get("home") or {}),
        *_capability_findings(report.get("capabilities") or {}),
        *_kernel_findings(report.get("kernels") or []),
        *_sudo_findings(run_as),
        *_mount_findings(report.get("mounts") or []),
        *_credentials_findings(report.get("credentials") or {}, run_as),
        *_context_findings(report.get("context") or {}),
        *_wall_findings(report.get("walls") or {}, run_as),
        *_limit_findings(report.get("limits") or {}),
    ]
    findings += _policy_findings(report.get("policy") or {}, {f["id"] for f in findings})
    return sorted(findings, key=lambda finding: SEVERITY_ORDER[finding["severity"]])


def _sudo_findings(run_as: dict) -> list[dict]:
    """Passwordless sudo is root in the container; whether that is root on the host depends on
    the host uid that uid 0 maps to (user_namespaces(7))."""
    gives = sudo_root(run_as)
    if gives == "host-root":
        return [
            _finding(
                "sudo-to-host-root",
                "sudo makes you root on the host",
                "This user may run sudo without a password, and root here is not remapped: "
                "uid 0 in this container is uid 0 on the host. Anyone who can run code here can "
                "become host root through any container escape. Run the container with user "
                "remapping (as Studio does) or remove the sudoers rule.",
            )
        ]
    if gives == "container-root":
        return [
            _finding(
                "sudo-root-remapped",
                "sudo gives root in this container only",
                f"sudo gives you root in this container, which is host uid "
                f"{run_as.get('root_host_uid')}: "
                "not host root. You may install packages; the host is not exposed.",
            )
        ]
    return []


def _mount_findings(mounts: list[dict]) -> list[dict]:
    findings = []
    for mount in mounts:
        path = mount.get("path")
        # Under /opt/ml an owner outside the map is the image's or the platform's: expected.
        efs_note = (
            " On Studio's EFS this is the profile's own uid, and access goes by the access "
            "point instead."
            if str(mount.get("filesystem", "")).startswith("nfs")
            else ""
        )
        if mount.get("owner_unmapped") and mount.get("role") in ("home", "under-home"):
            findings.append(
                _finding(
                    "mount-owner-unmapped",
                    f"{path} is owned by nobody",
                    f"{path} ({mount.get('filesystem')}) shows as owned by nobody because its "
                    "owner on the file system is a uid that is not mapped into this container. "
                    "Files there keep their real owner; only this container cannot name it."
                    + efs_note,
                )
            )
        if mount.get("role") in ("home", "under-home") and mount.get("writable") is False:
            why = "the mount options" if mount.get("read_only") else "its owner and mode"
            findings.append(
                _finding(
                    "home-mount-not-writable",
                    f"You cannot write to {path}",
                    f"{path} is not writable by the run-as user: {why} forbid it (checked "
                    "with access(W_OK); nothing was written). Save your work elsewhere in the "
                    "home or ask your administrator about the mount.",
                )
            )
    return findings


def _credentials_findings(credentials: dict, run_as: dict) -> list[dict]:
    findings = []
    variable_set = credentials.get("relative_uri_set")
    status = credentials.get("status")
    if variable_set and status == "blocked":
        findings.append(
            _finding(
                "credentials-endpoint-blocked",
                "The credentials endpoint is unroutable",
                f"The container credentials variable is set, but the route to "
                f"{credentials.get('host')}:{credentials.get('port')} is refused: "
                f"{credentials.get('detail')} The AWS SDK in your code cannot get the "
                "execution role's credentials.",
            )
        )
    if variable_set and run_as.get("sudo") == "yes" and run_as.get("uid") not in (None, 0):
        findings.append(
            _finding(
                "credentials-dropped-by-sudo",
                "sudo drops the credentials variable",
                "Your code finds the execution role's credentials through "
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, and sudo resets the environment, so "
                "commands run with sudo (and cron jobs) have no credentials. Use "
                "`sudo --preserve-env=AWS_CONTAINER_CREDENTIALS_RELATIVE_URI …` (or `sudo -E`).",
            )
        )
    return findings


def _context_findings(context: dict) -> list[dict]:
    findings = []
    if context.get("studio") == "classic":
        findings.append(
            _finding(
                "studio-classic",
                "Studio Classic: kernels run elsewhere",
                "This is a Studio Classic app. Notebook kernels run in separate KernelGateway "
                "containers, as root by default, with their own identity: this report describes "
                "the server. Inspect your kernel to see where your code runs.",
            )
        )
    if context.get("home_moved"):
        findings.append(
            _finding(
                "home-moved",
                "HOME is not your home directory",
                f"HOME is {context.get('home_env')}, not the home directory of the passwd "
                "entry. Studio's recovery mode starts the app with HOME in a temporary "
                "directory; files saved there are not kept.",
            )
        )
    return findings


def _wall_findings(walls: dict, run_as: dict) -> list[dict]:
    findings = []
    for socket in walls.get("runtime_sockets") or []:
        path, runtime = socket.get("path"), socket.get("runtime")
        if socket.get("writable"):
            findings.append(
                _finding(
                    "runtime-socket-writable",
                    f"The {runtime} socket is writable",
                    f"{path} is the {runtime} API, and this user may write to it: anyone who "
                    "can run code here can start a privileged container and so become host "
                    "root. Do not mount runtime sockets into user containers.",
                )
            )
        elif socket.get("is_socket"):
            findings.append(
                _finding(
                    "runtime-socket-present",
                    f"A {runtime} socket is mounted",
                    f"{path} is the {runtime} API. This user cannot write to it now, but anyone "
                    "who becomes root here (or is in its group) could control the host's "
                    "containers. Remove the mount unless it is needed.",
                )
            )
    if (walls.get("service_account_token") or {}).get("present"):
        findings.append(
            _finding(
                "service-account-token",
                "A Kubernetes service-account token is mounted",
                "Code here can act as the pod's service account against the Kubernetes API "
                "(the token was not read). Set automountServiceAccountToken: false unless the "
                "notebook needs it.",
            )
        )
    root_on_host = run_as.get("uid") == 0 and run_as.get("root_host_uid") == 0
    writable = [
        path
        for path, key in (
            ("/proc/sys", "proc_sys_read_only"),
            ("/sys/fs/cgroup", "cgroup_read_only"),
        )
        if walls.get(key) is False
    ]
    if root_on_host and writable:
        findings.append(
            _finding(
                "kernel-settings-writable",
                "Root here can change kernel settings",
                f"{' and '.join(writable)} {'is' if len(writable) == 1 else 'are'} mounted "
                "read-write and this process is host root, so it can change settings of the "
                "whole machine. Container runtimes mount them read-only.",
            )
        )
    label = walls.get("security_label") or {}
    if label.get("label") == "unconfined":
        findings.append(
            _finding(
                "no-security-profile",
                "No AppArmor profile",
                "This process is unconfined by AppArmor. Docker applies its docker-default "
                "profile to containers; without one, only capabilities, seccomp and the user "
                "namespace stand between code here and the kernel.",
            )
        )
    return findings


# --- resource limits (the limits section) -----------------------------------------------------


def _limit_findings(limits: dict) -> list[dict]:
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
    source = "memory.events" if memory.get("version") == "v2" else "memory.oom_control"
    times = "once" if count == 1 else f"{count} times"
    return [
        _finding(
            "oom-kills",
            f"The OOM killer has struck here {times}",
            f"{count} {'process' if count == 1 else 'processes'} of this process's cgroup "
            f"{'was' if count == 1 else 'were'} killed for lack of memory since the cgroup was "
            f"created (oom_kill of {source}); {_memory_limit_words(memory)}. A kernel that died "
            "without an error was most likely one of them. Use less memory at once (smaller "
            "batches, chunked reads, del of large objects) or choose an instance with more "
            "memory.",
        )
    ]


def _memory_use_findings(memory: dict) -> list[dict]:
    usage, limit = memory.get("usage_bytes"), memory.get("limit_bytes")
    if usage is None or not limit or usage < NEAR_LIMIT * limit:
        return []
    source = "memory.current" if memory.get("version") == "v2" else "memory.usage_in_bytes"
    return [
        _finding(
            "memory-near-limit",
            f"Memory use is at {100 * usage / limit:.0f} % of the limit",
            f"This process's cgroup uses {human_bytes(usage)} of its {human_bytes(limit)} "
            f"limit ({source}, which counts the page cache the kernel reclaims first). At the "
            "limit the OOM killer stops a process, usually the one using the most memory, "
            "often a kernel: free memory or shut down idle kernels.",
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
    names = ", ".join(
        f"{name}={threads}"
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
    )
    return [
        _finding(
            "cpu-count-above-quota",
            f"os.cpu_count() says {online}; {threads} can run at once",
            f"os.cpu_count() counts the machine's {online} CPUs, but "
            f"{' and '.join(reasons)}. Libraries that start one thread per CPU (NumPy's BLAS, "
            f"PyTorch, joblib, pandas) start {online} and slow each other down. Set {names} "
            f"before they are imported (and torch.set_num_threads({threads})).",
        )
    ]


def _pids_findings(pids: dict) -> list[dict]:
    current, most = pids.get("current"), pids.get("max")
    if current is None or not most or current < NEAR_LIMIT * most:
        return []
    return [
        _finding(
            "pids-near-max",
            f"{current} of {most} processes in use",
            f"This process's cgroup runs {current} processes and threads and pids.max allows "
            f'{most}. Past it, starting a process or a thread fails (EAGAIN, "Resource '
            'temporarily unavailable"): a kernel may not start. Shut down idle kernels and '
            "terminals.",
        )
    ]


# The finding that already says what a failed Baseline control measured.
_BASELINE_SAID_BY = {
    "capabilities-baseline": "caps-beyond-docker-default",  # Docker's 14 = Baseline's 13 + NET_RAW
    "privileged": "caps-beyond-docker-default",  # a privileged container has every capability
    "seccomp-baseline": "seccomp-disabled",
    "apparmor": "no-security-profile",
}


def _policy_findings(policy: dict, said: set[str]) -> list[dict]:
    """Below the Pod Security Standards' Baseline, when no finding already says why (an SELinux
    type outside the container types, which nothing else looks at); the level itself is in the
    policy section and its metric either way."""
    if policy.get("level") != "privileged":
        return []
    failed = [
        c
        for c in policy.get("controls") or []
        if c.get("level") == "baseline" and c.get("status") == "not_met"
    ]
    if all(_BASELINE_SAID_BY.get(c.get("id")) in said for c in failed):
        return []
    return [
        _finding(
            "pod-security-below-baseline",
            "Below the Pod Security Baseline",
            "As it runs, this process falls short of the Baseline level of the Kubernetes Pod "
            "Security Standards: "
            + "; ".join(f"{c.get('title')} ({c.get('measured')})" for c in failed)
            + ". This is what the process got, whatever its pod's manifest asked for; the Pod "
            "Security Standards section lists every control and what could not be measured.",
        )
    ]
