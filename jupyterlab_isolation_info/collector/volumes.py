"""The volumes section: how full each file system the user writes to is, one row per mount.

The volumes are the mounts holding the home, every mount under it, /, /tmp, /dev/shm, and where
pip, conda and Jupyter write (the Python prefix, the user site directory, the Jupyter data
directory). Which mount holds a path comes from mountinfo; the figures from one statvfs(3) per
mount, through the Reader (under the guard: a dead NFS mount costs the guard's time once, and
its figures stay unknown with the reason). Nothing is written or walked: a handful of calls.
"""

from __future__ import annotations

import sys

from . import parse, permissions, read

# The roles a volume can hold, in the order rows are listed.
ROLES = ("home", "home-mount", "root", "tmp", "shm", "packages", "jupyter-data")

# Jupyter's own override of its data directory (jupyter_core.paths.jupyter_data_dir).
JUPYTER_DATA_VARIABLE = "JUPYTER_DATA_DIR"


def empty_section() -> list[dict]:
    """The section's shape when it could not be collected: no volume known."""
    return []


def _inside(path: str, root: str) -> bool:
    root = root.rstrip("/") or "/"
    return path == root or path.startswith(root + "/")


def user_site(home: str, version: tuple[int, int] | None = None) -> str:
    """Where ``pip install --user`` writes: site.getusersitepackages() without importing site's
    side effects (the default user base, ~/.local)."""
    major, minor = version or sys.version_info[:2]
    return f"{home.rstrip('/')}/.local/lib/python{major}.{minor}/site-packages"


def role_paths(
    home: str | None,
    mounts: list[dict],
    prefix: str | None = None,
    jupyter_data: str | None = None,
) -> list[tuple[str, str]]:
    """(path, role) for every path the user writes to, in the order rows are listed. Pure."""
    paths: list[tuple[str, str]] = []
    if home:
        paths.append((home, "home"))
        paths += [
            (m["mount_point"], "home-mount")
            for m in mounts
            if _inside(m["mount_point"], home) and m["mount_point"] != home.rstrip("/")
        ]
    paths += [("/", "root"), ("/tmp", "tmp"), ("/dev/shm", "shm")]  # noqa: S108 - never written
    if prefix:
        paths.append((prefix, "packages"))
    if home:
        paths.append((user_site(home), "packages"))
    data = jupyter_data or (f"{home.rstrip('/')}/.local/share/jupyter" if home else None)
    if data and data.startswith("/"):
        paths.append((data, "jupyter-data"))
    return paths


def volumes_of(mounts: list[dict], paths: list[tuple[str, str]]) -> list[tuple[dict, list[str]]]:
    """(mount, roles) once per mount, in the order of the paths. Pure: the paths are resolved."""
    chosen: dict[str, tuple[dict, list[str]]] = {}
    index = parse.mount_index(mounts)
    for path, role in paths:
        mount = parse.mount_in_index(index, path)
        if mount is None:
            continue
        _, roles = chosen.setdefault(mount["mount_point"], (mount, []))
        if role not in roles:
            roles.append(role)
    return list(chosen.values())


# A volume's figures, in df's order (size, used, available; inodes the same), each None when
# unknown.
FIGURES = (
    "size_bytes",
    "used_bytes",
    "available_bytes",
    "inodes_total",
    "inodes_used",
    "inodes_available",
)


def figures(result) -> dict:
    """A statvfs result in bytes and inodes, as df counts them: used = (f_blocks - f_bfree) *
    f_frsize; available to an ordinary user = f_bavail * f_frsize (ext4's root reserve is not).
    f_files 0: the file system keeps no fixed inode table (btrfs, some FUSE), unknown, not 0."""
    size = result.f_frsize
    inodes = result.f_files > 0
    return {
        "size_bytes": result.f_blocks * size,
        "used_bytes": (result.f_blocks - result.f_bfree) * size,
        "available_bytes": result.f_bavail * size,
        "inodes_total": result.f_files if inodes else None,
        "inodes_used": result.f_files - result.f_ffree if inodes else None,
        "inodes_available": result.f_favail if inodes else None,
    }


def _entry(mount: dict, roles: list[str], home: str | None) -> dict:
    kind = permissions.storage_kind(mount, home)
    return {
        "mount_point": mount["mount_point"],
        "roles": roles,
        "filesystem": mount["filesystem"],
        "mount_source": mount["mount_source"],
        "read_only": parse.is_read_only(mount),
        **dict.fromkeys(FIGURES),
        "kept_on_restart": kind["kept_on_restart"],
        "kept_on_restart_reason": kind["sentence"],
        "error": None,
    }


def volume_entry(reader: read.Reader, mount: dict, roles: list[str], home: str | None) -> dict:
    """One volume's facts; a statvfs that fails or hangs leaves its figures unknown, with why."""
    entry = _entry(mount, roles, home)
    point = entry["mount_point"]
    if reader.roots.stat_snapshot or reader.roots.fs != "/":
        entry["error"] = f"The size and use of {point} are not part of the captured facts."
        return entry
    try:
        entry.update(figures(reader.statvfs(point)))
    except read.ReadError as error:
        entry["error"] = str(error)
    return entry


def volumes_section(
    reader: read.Reader,
    mounts: list[dict] | None,
    home: str | None,
    prefix: str | None = None,
) -> list[dict]:
    """Every volume the user writes to. ``prefix`` is the Python prefix (sys.prefix) of a live
    collection; a report of captured files has none of this machine's."""
    section = empty_section()
    if not mounts:
        return section
    home = home if isinstance(home, str) and home.startswith("/") else None
    jupyter_data = reader.environment_allowlisted((JUPYTER_DATA_VARIABLE,)).get(
        JUPYTER_DATA_VARIABLE
    )
    points = parse.mount_index(mounts)
    resolved = [
        # A mount point is already as mountinfo resolved it: its own mount, nothing to look up
        # (/, /dev/shm, a mounted home and every mount under it, most of the time).
        (path if path in points else reader.real_path(path), role)
        for path, role in role_paths(home, mounts, prefix, jupyter_data)
    ]
    section.extend(
        volume_entry(reader, mount, roles, home) for mount, roles in volumes_of(mounts, resolved)
    )
    return section


def live_prefix(reader: read.Reader) -> str | None:
    """sys.prefix when the reader describes this very process, else None."""
    return sys.prefix if reader.live and reader.roots.fs == "/" else None
