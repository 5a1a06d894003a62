"""Pure: how Linux decides one operation on one inode, from its owner, mode and ACL.

No file is touched here; explain.py reads the facts through the Reader and asks these rules
what they imply. The order and the rules follow the kernel's ``fs/namei.c``
(``generic_permission``, ``acl_permission_check``, ``may_delete``), acl(5) and
capabilities(7): only one class of the mode is consulted; a capability counts only on an
inode whose owner and group are both mapped into the caller's user namespace
(``capable_wrt_inode_uidgid``).
"""

from __future__ import annotations

import functools
import stat
import struct
from typing import NamedTuple

READ, WRITE, EXECUTE = 4, 2, 1
BIT_NAMES = {READ: "r", WRITE: "w", EXECUTE: "x"}

# include/uapi/linux/posix_acl_xattr.h and posix_acl.h: the value of the xattr
# system.posix_acl_access is a little-endian header (u32 version, 2) followed by entries of
# (u16 tag, u16 perm, u32 id).
ACL_XATTR_VERSION = 2
ACL_USER_OBJ, ACL_USER, ACL_GROUP_OBJ, ACL_GROUP, ACL_MASK, ACL_OTHER = (
    0x01,
    0x02,
    0x04,
    0x08,
    0x10,
    0x20,
)
ACL_TAGS = {
    ACL_USER_OBJ: "user_obj",
    ACL_USER: "user",
    ACL_GROUP_OBJ: "group_obj",
    ACL_GROUP: "group",
    ACL_MASK: "mask",
    ACL_OTHER: "other",
}
ACL_UNDEFINED_ID = 0xFFFFFFFF

# include/uapi/linux/fs.h: FS_IOC_GETFLAGS flags as lsattr shows them.
FS_APPEND_FL = 0x00000020
FS_IMMUTABLE_FL = 0x00000010


class Identity(NamedTuple):
    """Who asks: the file-system ids (proc(5) status: 4th Uid/Gid field), the supplementary
    groups, and the effective capabilities that override discretionary access."""

    uid: int
    gid: int
    groups: tuple[int, ...]
    capabilities: frozenset[str] = frozenset()

    def in_group(self, gid: int) -> bool:
        return gid == self.gid or gid in self.groups


class Decision(NamedTuple):
    allowed: bool
    # owner, group, other, acl-user, acl-group, capability
    applied: str
    # The permission bits the deciding class or entry grants, as "rwx" letters.
    granted: str
    # The letters asked for that it lacks ("" when allowed).
    missing: str
    # An ACL mask that took away what the entry alone would grant ("" when none did).
    masked_out: str = ""


def bits_text(bits: int) -> str:
    return "".join(letter if bits & bit else "-" for bit, letter in BIT_NAMES.items())


def letters(bits: int) -> str:
    return "".join(letter for bit, letter in BIT_NAMES.items() if bits & bit)


@functools.lru_cache(maxsize=1024)
def mode_text(mode: int) -> str:
    """``drwxr-sr-t`` as ls -l writes it (file type, the nine bits, setuid/setgid/sticky)."""
    kind = (
        "d"
        if stat.S_ISDIR(mode)
        else "l"
        if stat.S_ISLNK(mode)
        else "p"
        if stat.S_ISFIFO(mode)
        else "s"
        if stat.S_ISSOCK(mode)
        else "c"
        if stat.S_ISCHR(mode)
        else "b"
        if stat.S_ISBLK(mode)
        else "-"
    )
    chars = list(bits_text((mode >> 6) & 7) + bits_text((mode >> 3) & 7) + bits_text(mode & 7))
    for index, flag, on, off in (
        (2, stat.S_ISUID, "s", "S"),
        (5, stat.S_ISGID, "s", "S"),
        (8, stat.S_ISVTX, "t", "T"),
    ):
        if mode & flag:
            chars[index] = on if chars[index] == "x" else off
    return kind + "".join(chars)


@functools.lru_cache(maxsize=1024)
def file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISREG, "file"),
        (stat.S_ISLNK, "symlink"),
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character-device"),
        (stat.S_ISBLK, "block-device"),
    ):
        if test(mode):
            return name
    return "unknown"


def parse_posix_acl(data: bytes) -> list[dict]:
    """The entries of a ``system.posix_acl_access`` value: ``[{"tag", "perm", "id"}]``.

    ``id`` is null for the entries that carry none (user_obj, group_obj, mask, other). Raises
    ValueError on a wrong version, a torn entry or an unknown tag.
    """
    if len(data) < 4:
        raise ValueError(f"ACL xattr of {len(data)} bytes is shorter than its header.")
    (version,) = struct.unpack_from("<I", data, 0)
    if version != ACL_XATTR_VERSION:
        raise ValueError(f"ACL xattr version {version} is not {ACL_XATTR_VERSION}.")
    if (len(data) - 4) % 8:
        raise ValueError(f"ACL xattr of {len(data)} bytes does not hold whole entries.")
    entries = []
    for offset in range(4, len(data), 8):
        tag, perm, ident = struct.unpack_from("<HHI", data, offset)
        if tag not in ACL_TAGS:
            raise ValueError(f"ACL entry with unknown tag 0x{tag:x}.")
        named = tag in (ACL_USER, ACL_GROUP)
        entries.append(
            {
                "tag": ACL_TAGS[tag],
                "perm": bits_text(perm & 7),
                "id": ident if named and ident != ACL_UNDEFINED_ID else None,
            }
        )
    return entries


def _perm(entry: dict) -> int:
    return sum(bit for bit, letter in BIT_NAMES.items() if letter in entry["perm"])


def _missing(granted: int, want: int) -> str:
    return letters(want & ~granted)


def dac(
    who: Identity, uid: int, gid: int, mode: int, want: int, acl: list[dict] | None = None
) -> Decision:
    """The discretionary check alone (no capability): the one class, or ACL entry, that applies.

    acl(5), "ACCESS CHECK ALGORITHM": owner → user_obj; a named user → that entry & mask; a
    matching group entry (owning or named) that grants all → granted & mask, else denied; else
    other. Without an ACL the three classes of the mode, one of them only.
    """
    if acl:
        by_tag: dict[str, list[dict]] = {}
        for entry in acl:
            by_tag.setdefault(entry["tag"], []).append(entry)
        mask = _perm(by_tag["mask"][0]) if "mask" in by_tag else 7

        def masked(applied: str, entry_bits: int, use_mask: bool) -> Decision:
            effective = entry_bits & mask if use_mask else entry_bits
            lost = letters(want & entry_bits & ~effective)
            return Decision(
                not (want & ~effective),
                applied,
                bits_text(effective),
                _missing(effective, want),
                lost,
            )

        if who.uid == uid and "user_obj" in by_tag:
            return masked("owner", _perm(by_tag["user_obj"][0]), False)
        for entry in by_tag.get("user", []):
            if entry["id"] == who.uid:
                return masked("acl-user", _perm(entry), True)
        matching = [("group", e) for e in by_tag.get("group_obj", []) if who.in_group(gid)] + [
            ("acl-group", e) for e in by_tag.get("group", []) if who.in_group(e["id"])
        ]
        if matching:
            for applied, entry in matching:
                decision = masked(applied, _perm(entry), "mask" in by_tag)
                if decision.allowed:
                    return decision
            return masked(matching[0][0], _perm(matching[0][1]), "mask" in by_tag)
        if "other" in by_tag:
            other = _perm(by_tag["other"][0])
            return Decision(not (want & ~other), "other", bits_text(other), _missing(other, want))
    if who.uid == uid:
        applied, bits = "owner", (mode >> 6) & 7
    elif who.in_group(gid):
        applied, bits = "group", (mode >> 3) & 7
    else:
        applied, bits = "other", mode & 7
    return Decision(not (want & ~bits), applied, bits_text(bits), _missing(bits, want))


def denied_class(who: Identity, uid: int, gid: int, mode: int, want: int) -> str | None:
    """The mode's one class that refuses ``want`` (owner, group, other), or None when it
    allows it: dac() without an ACL and without words, for a directory's many entries."""
    if who.uid == uid:
        applied, bits = "owner", mode >> 6
    elif gid == who.gid or gid in who.groups:
        applied, bits = "group", mode >> 3
    else:
        applied, bits = "other", mode
    return None if bits & want == want else applied


def capability_overrides(who: Identity, mode: int, want: int, owner_mapped: bool) -> str | None:
    """The capability that grants ``want`` despite the mode, or None (capabilities(7)).

    CAP_DAC_OVERRIDE: read and write anything, execute when any x bit is set (or a directory);
    CAP_DAC_READ_SEARCH: read files, read and search directories. Neither counts on an inode
    whose owner is not mapped into this user namespace.
    """
    if not owner_mapped:
        return None
    is_dir = stat.S_ISDIR(mode)
    if "CAP_DAC_OVERRIDE" in who.capabilities and (not (want & EXECUTE) or is_dir or mode & 0o111):
        return "CAP_DAC_OVERRIDE"
    if (
        "CAP_DAC_READ_SEARCH" in who.capabilities
        and not (want & WRITE)
        and (is_dir or not (want & EXECUTE))
    ):
        return "CAP_DAC_READ_SEARCH"
    return None


def may_chmod(who: Identity, uid: int, owner_mapped: bool) -> tuple[bool, str]:
    """chmod(2): the owner, or CAP_FOWNER over a mapped owner. (allowed, which rule)."""
    if who.uid == uid:
        return True, "owner"
    if "CAP_FOWNER" in who.capabilities and owner_mapped:
        return True, "CAP_FOWNER"
    return False, "not-owner"


def sticky_allows(
    who: Identity, directory_uid: int, entry_uid: int, owner_mapped: bool
) -> tuple[bool, str]:
    """may_delete()'s sticky rule: the entry's owner, the directory's owner, or CAP_FOWNER over
    a mapped entry may delete or rename in a sticky directory. (allowed, which rule)."""
    if who.uid == entry_uid:
        return True, "entry-owner"
    if who.uid == directory_uid:
        return True, "directory-owner"
    if "CAP_FOWNER" in who.capabilities and owner_mapped:
        return True, "CAP_FOWNER"
    return False, "sticky"


def inode_flags(flags: int) -> dict:
    """The two flags that refuse a change, from an FS_IOC_GETFLAGS value."""
    return {"immutable": bool(flags & FS_IMMUTABLE_FL), "append_only": bool(flags & FS_APPEND_FL)}


# Where a mount's data lives, read from mountinfo: the file system type, the source and the
# root of the mount inside its file system (kubelet volume paths name the volume kind).
KUBELET_KINDS = {
    "empty-dir": ("a Kubernetes emptyDir volume", False),
    "configmap": ("a Kubernetes ConfigMap projection (read-only)", None),
    "secret": ("a Kubernetes Secret projection (read-only)", None),
    "projected": ("a Kubernetes projected volume (read-only)", None),
    "downward-api": ("a Kubernetes downward API volume (read-only)", None),
    "csi": ("a Kubernetes CSI persistent volume", True),
    "nfs": ("a Kubernetes NFS volume", True),
    "aws-ebs": ("a Kubernetes EBS persistent volume", True),
    "local-volume": ("a Kubernetes local persistent volume", True),
    "host-path": ("a Kubernetes hostPath volume (the node's own disk)", None),
}


def storage_kind(mount: dict, home: str | None = None) -> dict:
    """``{"kind", "kept_on_restart", "sentence", "evidence"}`` for one mountinfo entry.

    ``kept_on_restart`` is null when the mount alone cannot tell.
    """
    fs = mount["filesystem"]
    source = mount["mount_source"]
    point = mount["mount_point"]
    root = mount["root"]
    evidence = f"mountinfo: {fs} from {source} (root {root}) at {point}"
    marker = "/volumes/kubernetes.io~"
    if marker in root:
        kind = root.split(marker, 1)[1].split("/", 1)[0]
        described, kept = KUBELET_KINDS.get(kind, (f"a Kubernetes {kind} volume", None))
        restart = {
            True: "it outlives the pod",
            False: "it is deleted with the pod",
            None: "its content comes from outside the pod; changes made here are not kept",
        }[kept]
        return {
            "kind": f"kubernetes-{kind}",
            "kept_on_restart": kept,
            "sentence": f"{described}: {restart}.",
            "evidence": evidence,
        }
    if fs.startswith("nfs"):
        efs = ".efs." in source or "efs" in source.split(":", 1)[0]
        if efs:
            sentence = (
                "Amazon EFS over NFS: kept until the file system is deleted; the NFS server "
                "decides every access (an access point may write as one uid)."
            )
        else:
            sentence = "An NFS file system: kept on the server; the server decides every access."
        return {
            "kind": "efs" if efs else "nfs",
            "kept_on_restart": True,
            "sentence": sentence,
            "evidence": evidence,
        }
    if fs == "overlay" and point == "/":
        return {
            "kind": "container-layer",
            "kept_on_restart": False,
            "sentence": (
                "The container's own writable layer (overlay at /): discarded when the "
                "container is replaced (an app restart, a pod restart)."
            ),
            "evidence": evidence,
        }
    if fs in ("tmpfs", "ramfs"):
        return {
            "kind": "memory",
            "kept_on_restart": False,
            "sentence": (
                f"Memory ({fs}): gone with the container, and it counts against the memory limit."
            ),
            "evidence": evidence,
        }
    if source.startswith("/dev/") and root == "/":
        at_home = home is not None and point == home.rstrip("/")
        sentence = (
            f"A block device ({source}, {fs}) mounted at the home: a volume of its own (in "
            "Studio, the space's EBS volume, kept while the space exists)."
            if at_home
            else f"A block device ({source}, {fs}) mounted whole: a volume of its own, kept "
            "while the volume exists."
        )
        return {
            "kind": "volume",
            "kept_on_restart": True,
            "sentence": sentence,
            "evidence": evidence,
        }
    if source.startswith("/dev/"):
        return {
            "kind": "host-directory",
            "kept_on_restart": None,
            "sentence": (
                f"A directory ({root}) of a file system on {source} ({fs}), bound into the "
                "container: kept as long as whoever runs the host keeps it."
            ),
            "evidence": evidence,
        }
    return {
        "kind": "other",
        "kept_on_restart": None,
        "sentence": f"A {fs} file system from {source}: whether a restart keeps it is unknown.",
        "evidence": evidence,
    }
