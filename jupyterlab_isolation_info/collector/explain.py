"""Why can (or can't) this process read, write, create, delete, chmod or execute one path?

``explain(path)`` answers for the identity of the process that runs it (its file-system ids,
supplementary groups and effective capabilities), in the order the kernel checks:

1. every directory on the way needs search permission (the walk, from ``/``);
2. a write to a read-only mount fails (EROFS) whatever the mode;
3. an immutable or append-only inode refuses a change (EPERM);
4. the owner, group or other class of the mode (only one applies), or a POSIX ACL through
   its mask; a capability overrides them only on an inode whose owner is mapped here;
5. the sticky bit on the directory, for a delete or rename;
6. on NFS (EFS) the server decides; a full file system or inode table refuses new data;
7. a security module may refuse what all of the above allow.

Read, write and execute are **measured** with faccessat(AT_EACCESS) (on NFS the kernel asks
the server). Delete under a sticky bit, chmod and space are **derived** from the modes and
statvfs, and say so. Nothing is ever written, created, renamed or opened for writing: every
call goes through ``read.PathReader`` under its time guard.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import time
import weakref

from . import errors, parse, permissions, read, walk
from .permissions import EXECUTE, READ, WRITE, Identity
from .process import ProcessState

SCHEMA_VERSION = 1
# A directory's entries: at most this many looked at, for at most this long.
MAX_ENTRIES = 10000
ENTRIES_BUDGET = 2.0
NAMED_ENTRIES = 50
# An answer stays small whatever the path: a lookup's steps are shown up to this many, and to
# about this many bytes of names and paths (the first FIRST_STEPS and as many of the last as
# fit); the rest are counted in ``withheld``. With the entries named and the sentences, an
# answer stays under 256 KiB.
MAX_SHOWN_STEPS = 128
FIRST_STEPS = 16
WALK_BYTES = 160 * 1024
OPERATIONS = ("read", "write", "create", "delete", "chmod", "execute")
# Capabilities that change a verdict of this module.
RELEVANT_CAPABILITIES = (
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_LINUX_IMMUTABLE",
)


# The lone surrogates Python's file-system encoding makes of bytes that are not UTF-8.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def shown(text: str) -> str:
    """A name as JSON can carry it: a byte that is not UTF-8 (surrogate-escaped by Python)
    becomes the four characters ``\\xNN``; every other character is kept (renderers escape
    control and bidi characters with render.visible)."""
    if not _ESCAPED_BYTE.search(text):
        return text
    return _ESCAPED_BYTE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


def _strict(answer: dict) -> dict:
    """parse.strict_json of the answer: what any JSON parser reads (its ASCII strings, most of
    an answer, are passed over without being read)."""
    return parse.strict_json(answer)


# binfmt_script(5) and elf(5): what execve(2) runs starts with one of these.
PROGRAM_HEADERS = (b"#!", b"\x7fELF")


def not_a_program(info: os.stat_result, header: bytes | None) -> bool:
    """A regular file no one may execute (no x bit at all) whose first bytes are neither a
    script's '#!' nor ELF's magic: data, not a program. False when the header is unknown."""
    return (
        stat.S_ISREG(info.st_mode)
        and not info.st_mode & 0o111
        and header is not None
        and not header.startswith(PROGRAM_HEADERS)
    )


def _op(allowed, measured, reason=None, fix=None) -> dict:
    return {"allowed": allowed, "measured": measured, "reason": reason, "fix": fix}


def _maps_every_id(lines: list[dict] | None) -> bool:
    """True for the initial namespace's map, which holds every id: no owner is unmapped there."""
    return lines is not None and parse.is_identity_map(lines)


class _Context:
    """The caller, the mounts and the id maps: read once per explanation."""

    def __init__(self, reader: read.PathReader, check_sudo: bool):
        self.reader = reader
        self.errors: list[str] = []
        # The process's status, id maps and mountinfo, read as the report reads them.
        proc = ProcessState(reader)
        status = proc.status or {}
        uids = parse.status_ids(status.get("Uid"))
        gids = parse.status_ids(status.get("Gid"))
        groups = parse.status_groups(status.get("Groups"))
        # proc(5): Uid/Gid are real, effective, saved set and file-system ids.
        fsuid = uids[3] if uids and len(uids) > 3 else os.geteuid()
        fsgid = gids[3] if gids and len(gids) > 3 else os.getegid()
        if groups is None:
            groups = os.getgroups()
        if "status" in proc.errors:
            self.errors.append(proc.errors["status"])
        try:
            effective = parse.decode_capabilities(status["CapEff"])
        except (KeyError, ValueError):
            effective = []
            self.errors.append("The effective capabilities are unknown (/proc/self/status).")
        self.who = Identity(
            fsuid,
            fsgid,
            tuple(groups),
            frozenset(c for c in effective if c in RELEVANT_CAPABILITIES),
        )
        self.uid_map = proc.uid_map
        self.gid_map = proc.gid_map
        self.mounts = proc.mounts
        self.errors += [
            proc.errors[part] for part in ("uid_map", "gid_map", "mountinfo") if part in proc.errors
        ]
        self.overflow_uid = reader.sysctl_int("overflowuid") or parse.OVERFLOW_ID_DEFAULT
        self.overflow_gid = reader.sysctl_int("overflowgid") or parse.OVERFLOW_ID_DEFAULT
        self._users: dict[int, str | None] = {}
        self._groups: dict[int, str | None] = {}
        self.described: dict[tuple[int, int, int], dict] = {}
        entry = self._user_entry(fsuid)
        self.home = entry.home if entry else None
        self.label = reader.security_label()
        self.sudo, self.sudo_detail = reader.sudo(fsuid, run=check_sudo)
        # What could not be read about the caller; ``errors`` then collects one answer's.
        self.read_errors = list(self.errors)

    def _user_entry(self, uid: int):
        try:
            return self.reader.user_by_uid(uid)
        except read.ReadError as error:  # shown by number, without a name
            errors.log_once(f"The user database has no answer for uid {uid}", error)
            return None

    def user(self, uid: int) -> str | None:
        if uid not in self._users:
            entry = self._user_entry(uid)
            self._users[uid] = entry.name if entry else None
        return self._users[uid]

    def group(self, gid: int) -> str | None:
        if gid not in self._groups:
            try:
                self._groups[gid] = self.reader.group_name(gid)
            except read.ReadError as error:  # shown by number, without a name
                errors.log_once(f"The group database has no answer for gid {gid}", error)
                self._groups[gid] = None
        return self._groups[gid]

    def uid_unmapped(self, uid: int) -> bool:
        """Whether an owner is unmapped here: an unmapped id shows as the overflow id
        (user_namespaces(7)); a real owner with the overflow id looks the same. Where the map
        holds every id (the initial namespace) nothing is unmapped: 65534 is then just nobody."""
        return uid == self.overflow_uid and not _maps_every_id(self.uid_map)

    def gid_unmapped(self, gid: int) -> bool:
        return gid == self.overflow_gid and not _maps_every_id(self.gid_map)

    def mapped(self, uid: int, gid: int) -> bool:
        """Whether an inode's owner and group are both mapped here."""
        return not self.uid_unmapped(uid) and not self.gid_unmapped(gid)

    def host_uid(self, uid: int) -> int | None:
        if self.uid_map is None or self.uid_unmapped(uid):
            return None
        return parse.map_to_host(uid, self.uid_map)

    def host_gid(self, gid: int) -> int | None:
        if self.gid_map is None or self.gid_unmapped(gid):
            return None
        return parse.map_to_host(gid, self.gid_map)

    def who_text(self, uid: int) -> str:
        name = self.user(uid)
        return f"uid {uid} ({shown(name)})" if name else f"uid {uid}"

    def group_text(self, gid: int) -> str:
        name = self.group(gid)
        return f"gid {gid} ({shown(name)})" if name else f"gid {gid}"

    def identity(self) -> dict:
        who = self.who
        return {
            "uid": who.uid,
            "user": self.user(who.uid),
            "gid": who.gid,
            "group": self.group(who.gid),
            "groups": [{"gid": g, "name": self.group(g)} for g in who.groups],
            "host_uid": self.host_uid(who.uid),
            "host_gid": self.host_gid(who.gid),
            "capabilities": sorted(who.capabilities),
            "security_label": self.label,
            "sudo": self.sudo,
        }


def _describe_inode(ctx: _Context, info: os.stat_result) -> dict:
    # The words for an owner, group and mode depend on nothing else this context does not keep
    # for its life (names, id maps, overflow ids): a walk's many root-owned 0755 directories
    # are described once.
    key = (info.st_uid, info.st_gid, info.st_mode)
    described = ctx.described.get(key)
    if described is None:
        uid, gid = info.st_uid, info.st_gid
        described = {
            "type": permissions.file_type(info.st_mode),
            "uid": uid,
            "owner": ctx.user(uid),
            "gid": gid,
            "group": ctx.group(gid),
            "host_uid": ctx.host_uid(uid),
            "host_gid": ctx.host_gid(gid),
            "owner_unmapped": ctx.uid_unmapped(uid),
            "mode": f"{stat.S_IMODE(info.st_mode):04o}",
            "mode_text": permissions.mode_text(info.st_mode),
        }
        if len(ctx.described) < 4096:
            ctx.described[key] = described
    return dict(described)


_NO_INODE = dict.fromkeys(
    (
        "type",
        "uid",
        "owner",
        "gid",
        "group",
        "host_uid",
        "host_gid",
        "owner_unmapped",
        "mode",
        "mode_text",
    )
)


def _walk_entry(ctx: _Context, step: walk.Step) -> dict:
    return {
        "name": shown(step.name),
        "path": shown(step.path),
        **(_describe_inode(ctx, step.info) if step.info is not None else _NO_INODE),
        "symlink_target": shown(step.target) if step.target is not None else None,
        "searchable": step.search,
        "error": step.error,
    }


def _missing_bit_sentence(ctx: _Context, path: str, info: os.stat_result, decision, want_text):
    """Which class applied, what it grants and the bit it lacks, in words."""
    uid, gid = info.st_uid, info.st_gid
    applied = decision.applied
    if applied == "owner":
        who = f"you are its owner ({ctx.who_text(uid)})"
    elif applied == "group":
        who = (
            f"you are in its group ({ctx.group_text(gid)})"
            + (" through a supplementary group" if gid != ctx.who.gid else "")
            + f" but not its owner ({ctx.who_text(uid)})"
        )
    elif applied == "acl-user":
        who = f"its ACL names you (uid {ctx.who.uid})"
    elif applied == "acl-group":
        who = "its ACL names a group of yours"
    else:
        who = (
            f"you are neither its owner ({ctx.who_text(uid)}) nor in its group "
            f"({ctx.group_text(gid)}), so the 'other' class applies"
        )
    sentence = (
        f"{shown(path)}: {who}; that class grants {decision.granted}, without the "
        f"{' and '.join(repr(m) for m in decision.missing)} bit {want_text} needs."
    )
    if decision.masked_out:
        sentence += (
            f" The ACL entry itself grants {decision.masked_out!r}, but the ACL mask takes it "
            "away (with an ACL, the group bits of the mode are the mask)."
        )
    return sentence


def _space(ctx: _Context, facts: read.Facts) -> dict | None:
    result = facts.statvfs
    if result is None:
        return None
    available = result.f_bavail * result.f_frsize
    no_inode_limit = result.f_files == 0  # e.g. btrfs: no fixed inode table
    return {
        "available_bytes": available,
        "total_bytes": result.f_blocks * result.f_frsize,
        "available_inodes": None if no_inode_limit else result.f_favail,
        "full": result.f_blocks > 0 and result.f_bavail == 0,
        "out_of_inodes": (not no_inode_limit) and result.f_favail == 0,
        "read_only": bool(result.f_flag & os.ST_RDONLY),
        "noexec": bool(result.f_flag & getattr(os, "ST_NOEXEC", 8)),
    }


def _mount_entry(mount: dict | None) -> dict | None:
    if mount is None:
        return None
    return {
        "mount_point": shown(mount["mount_point"]),
        "filesystem": mount["filesystem"],
        "source": shown(mount["mount_source"]),
        "root": shown(mount["root"]),
        "read_only": parse.is_read_only(mount),
        "options": mount["mount_options"],
    }


class _Explainer:
    def __init__(self, ctx: _Context, path: str, resolved: str, info: os.stat_result):
        self.ctx = ctx
        self.path = path
        self.resolved = resolved
        self.info = info
        self.facts: read.Facts | None = None
        self.parent_facts: read.Facts | None = None
        self.mount = None
        self.acl = None
        self.flags = None

    # --- the kernel's order, one reason each -------------------------------------------

    def read_only(self) -> str | None:
        mount = self.mount
        space = _space(self.ctx, self.facts) if self.facts else None
        if not ((mount and parse.is_read_only(mount)) or (space and space["read_only"])):
            return None
        if mount is None:
            return f"{shown(self.resolved)} is on a read-only file system (statvfs ST_RDONLY)."
        kind = permissions.storage_kind(mount, self.ctx.home)["kind"]
        what = {
            "kubernetes-configmap": " (a ConfigMap projection: even root cannot change it)",
            "kubernetes-secret": " (a Secret projection: even root cannot change it)",
            "kubernetes-projected": " (a projected volume: even root cannot change it)",
        }.get(kind, "")
        return (
            f"The mount at {shown(mount['mount_point'])} is read-only{what}: "
            f"{mount['filesystem']} from {shown(mount['mount_source'])}."
        )

    def read_only_fix(self) -> str:
        kind = permissions.storage_kind(self.mount, self.ctx.home)["kind"] if self.mount else ""
        if kind in ("kubernetes-configmap", "kubernetes-secret", "kubernetes-projected"):
            return (
                "Change it where it comes from (the ConfigMap or Secret, by whoever manages the "
                "deployment), or copy it to a writable place (your home) and use the copy."
            )
        return "Copy it to a writable place (your home) and work on the copy."

    def flag_reason(self, flags: int | None, path: str, append_ok: bool) -> str | None:
        if flags is None:
            return None
        found = permissions.inode_flags(flags)
        if found["immutable"]:
            return (
                f"{shown(path)} is immutable (lsattr 'i'): nobody may change, rename or delete "
                "it until a root of the host removes the flag."
            )
        if found["append_only"] and not append_ok:
            return (
                f"{shown(path)} is append-only (lsattr 'a'): it may only be appended to, not "
                "rewritten, renamed or deleted."
            )
        return None

    def flag_fix(self) -> str:
        return (
            "Only a root of the host (CAP_LINUX_IMMUTABLE in the first user namespace) can "
            "run `chattr -i`/`chattr -a` on it; nobody in this container can. Copy it to a "
            "writable place instead."
        )

    def dac(self, path: str, info: os.stat_result, acl, want: int):
        return permissions.dac(self.ctx.who, info.st_uid, info.st_gid, info.st_mode, want, acl)

    def owner_fix(self, path: str, info: os.stat_result, chmod: str) -> str:
        ctx = self.ctx
        uid, gid = info.st_uid, info.st_gid
        if uid == ctx.who.uid:
            return f"You own it: `chmod {chmod} {shown(path)}`."
        if not ctx.mapped(uid, gid):
            return (
                f"Its owner is not mapped into this container's user namespace (it shows as "
                f"{ctx.overflow_uid}): nobody here, root included, can chmod or chown it. Copy "
                "it to a writable place, or ask whoever runs the host."
            )
        if ctx.sudo == "yes":
            me = ctx.user(ctx.who.uid) or str(ctx.who.uid)
            return (
                f"sudo works here without a password: `sudo chown {shown(me)} {shown(path)}` "
                f"(or `sudo chmod {chmod} {shown(path)}`)."
            )
        return (
            f"Ask its owner ({ctx.who_text(uid)}) or an administrator to grant it "
            f"(`chmod {chmod}` or `setfacl`), or copy it to a writable place."
        )

    def denied_reason(
        self, path: str, info: os.stat_result, facts: read.Facts, letter: str, want: int, what
    ) -> tuple[str, str | None]:
        """Why faccessat said no: the first reason in the kernel's order that explains it."""
        ctx = self.ctx
        code = facts.access_errno.get(letter)
        if letter == "w":
            reason = self.read_only()
            if reason or code == errno.EROFS:
                return reason or f"{shown(path)} is on a read-only file system.", (
                    self.read_only_fix()
                )
            reason = self.flag_reason(self.flags, path, append_ok=False)
            if reason:
                return reason, self.flag_fix()
        if letter == "x" and not_a_program(info, facts.header):
            # No chmod fix: making a data file executable runs nothing.
            return (
                "It is not a program: no one may execute it and it starts with neither '#!' "
                "nor an ELF header.",
                None,
            )
        if (
            letter == "x"
            and stat.S_ISREG(info.st_mode)
            and self.mount
            and "noexec" in self.mount["mount_options"]
            and info.st_mode & 0o111
        ):
            return (
                f"The mount at {shown(self.mount['mount_point'])} is mounted noexec: no "
                "file on it may be executed, whatever its mode.",
                f"Run it through its interpreter (e.g. `sh {shown(path)}` or "
                f"`python {shown(path)}`), or copy it to a mount without noexec.",
            )
        decision = self.dac(path, info, self.acl, want)
        if not decision.allowed:
            chmod = (
                f"u+{decision.missing}"
                if decision.applied == "owner"
                else (
                    f"g+{decision.missing}"
                    if decision.applied == "group"
                    else f"o+{decision.missing}"
                )
            )
            override = permissions.capability_overrides(
                ctx.who, info.st_mode, want, ctx.mapped(info.st_uid, info.st_gid)
            )
            sentence = _missing_bit_sentence(ctx, path, info, decision, what)
            if (
                override is None
                and ctx.who.capabilities
                & {
                    "CAP_DAC_OVERRIDE",
                    "CAP_DAC_READ_SEARCH",
                }
                and not ctx.mapped(info.st_uid, info.st_gid)
            ):
                sentence += (
                    f" Your capabilities do not help: its owner is not mapped into this user "
                    f"namespace (it shows as {ctx.overflow_uid})."
                )
            return sentence, self.owner_fix(path, info, chmod)
        if self.mount and self.mount["filesystem"].startswith("nfs"):
            return (
                f"The mode allows it, but {shown(path)} is on NFS "
                f"({shown(self.mount['mount_source'])}): the server decides, and it says no "
                "(root squash, or an EFS access point that acts as one uid).",
                "Ask the file system's owner; with an EFS access point, check its POSIX user "
                "and root directory permissions.",
            )
        label = ctx.label
        return (
            f"The unix permissions allow it, yet the kernel says no: a security module "
            f"(this process's label: {shown(label) if label else 'none shown'}) or the file "
            "system refuses.",
            "Ask the administrator; the security module's log names the rule.",
        )

    def measured_op(self, letter: str, want: int, what: str, allowed_reason: str) -> dict:
        facts, info = self.facts, self.info
        allowed = facts.access.get(letter)
        if allowed is None:
            return _op(None, False, facts.errors.get("access", "The access check failed."))
        if allowed:
            reason = allowed_reason
            if self.mount and self.mount["filesystem"].startswith("nfs"):
                reason += " (On NFS the kernel asked the server: this is its answer.)"
            return _op(True, True, reason)
        reason, fix = self.denied_reason(self.resolved, info, facts, letter, want, what)
        return _op(False, True, reason, fix)

    def space_reason(self) -> tuple[str, str] | None:
        space = _space(self.ctx, self.facts) if self.facts else None
        where = shown(self.mount["mount_point"]) if self.mount else shown(self.resolved)
        if space and space["full"]:
            return (
                f"The file system at {where} is full (statvfs: 0 blocks available to you): "
                "writing new data fails (ENOSPC); bytes already there can still be rewritten.",
                f"Free space on {where} (delete what you no longer need; empty "
                "~/.local/share/Trash), or ask for a larger volume.",
            )
        if space and space["out_of_inodes"]:
            return (
                f"The file system at {where} has no free inodes (statvfs: 0 available): no "
                "new file can be made, whatever the space.",
                f"Delete files you no longer need on {where} (many small files use inodes).",
            )
        return None

    # --- the operations ------------------------------------------------------------------

    def operations(self) -> dict:
        info = self.info
        is_dir = stat.S_ISDIR(info.st_mode)
        ops = {}
        ops["read"] = self.measured_op(
            "r",
            READ,
            "listing it" if is_dir else "reading it",
            "faccessat(R_OK) says yes.",
        )
        write = self.measured_op(
            "w",
            WRITE,
            "changing its entries" if is_dir else "writing it",
            "faccessat(W_OK) says yes.",
        )
        if write["allowed"] and not is_dir:
            space = self.space_reason()
            if space:
                write = _op(False, False, "Derived: " + space[0], space[1])
            elif self.flags is not None and permissions.inode_flags(self.flags)["append_only"]:
                write["reason"] = "faccessat(W_OK) says yes; it is append-only: appends only."
        ops["write"] = write
        ops["create"] = (
            self.create()
            if is_dir
            else _op(None, False, "Only a directory has entries to create.", None)
        )
        ops["delete"] = self.delete()
        ops["chmod"] = self.chmod()
        ops["execute"] = self.measured_op(
            "x",
            EXECUTE,
            "entering it" if is_dir else "executing it",
            "faccessat(X_OK) says yes."
            + ("" if is_dir else " (The file must still be a program or script to run.)"),
        )
        return ops

    def create(self) -> dict:
        facts = self.facts
        w, x = facts.access.get("w"), facts.access.get("x")
        if w is None or x is None:
            return _op(None, False, facts.errors.get("access", "The access check failed."))
        if not (w and x):
            letter, want = ("w", WRITE) if not w else ("x", EXECUTE)
            reason, fix = self.denied_reason(
                self.resolved, self.info, facts, letter, want, "creating an entry in it"
            )
            return _op(False, True, reason, fix)
        space = self.space_reason()
        if space and _space(self.ctx, facts)["out_of_inodes"]:
            return _op(False, False, "Derived: " + space[0], space[1])
        if space:
            # An empty file needs an inode, not a data block: it can still be made.
            return _op(
                True,
                True,
                "faccessat(W_OK|X_OK) on the directory says yes, and an empty file can be "
                "made; but " + space[0][0].lower() + space[0][1:],
                space[1],
            )
        return _op(
            True,
            True,
            "faccessat(W_OK|X_OK) on the directory says yes"
            + (" and statvfs shows free space." if facts.statvfs else "."),
        )

    def delete(self) -> dict:
        ctx = self.ctx
        parent = self.parent_facts
        resolved = self.resolved
        if resolved == "/":
            return _op(False, False, "The root directory cannot be removed or renamed.")
        if self.mount and self.mount["mount_point"] == resolved:
            return _op(
                False,
                False,
                f"Derived: {shown(resolved)} is a mount point; it cannot be removed or renamed "
                "(EBUSY) while mounted.",
                None,
            )
        if parent is None or parent.info is None:
            return _op(None, False, "The parent directory could not be looked at.")
        w, x = parent.access.get("w"), parent.access.get("x")
        directory = os.path.dirname(resolved) or "/"
        if w is None or x is None:
            return _op(None, False, parent.errors.get("access", "The access check failed."))
        if not (w and x):
            explainer = _Explainer(ctx, directory, directory, parent.info)
            explainer.facts = parent
            explainer.mount = parse.mount_for_path(ctx.mounts or [], directory)
            explainer.acl = _acl_entries(parent, ctx)
            explainer.flags = parent.flags
            letter, want = ("w", WRITE) if not w else ("x", EXECUTE)
            reason, fix = explainer.denied_reason(
                directory, parent.info, parent, letter, want, "deleting or renaming an entry"
            )
            return _op(False, True, "In its directory: " + reason, fix)
        reason = self.flag_reason(self.flags, resolved, append_ok=False) or self.flag_reason(
            parent.flags, directory, append_ok=False
        )
        if reason:
            return _op(False, False, "Derived: " + reason, self.flag_fix())
        info = self.info
        if parent.info.st_mode & stat.S_ISVTX:
            allowed, rule = permissions.sticky_allows(
                ctx.who, parent.info.st_uid, info.st_uid, ctx.mapped(info.st_uid, info.st_gid)
            )
            if not allowed:
                return _op(
                    False,
                    False,
                    f"Derived: {shown(directory)} has the sticky bit (like /tmp) and you own "
                    f"neither {shown(resolved)} ({ctx.who_text(info.st_uid)}) nor the "
                    f"directory ({ctx.who_text(parent.info.st_uid)}).",
                    "Only "
                    + " or ".join(
                        dict.fromkeys([ctx.who_text(info.st_uid), ctx.who_text(parent.info.st_uid)])
                    )
                    + " can delete or rename it (or move it away for you); copy it if you "
                    "need a changed version.",
                )
            return _op(
                True,
                False,
                f"Derived: faccessat(W_OK|X_OK) on {shown(directory)} says yes, and under its "
                f"sticky bit you may ({rule}).",
            )
        return _op(
            True,
            True,
            f"faccessat(W_OK|X_OK) on {shown(directory)} says yes; the file's own mode does "
            "not matter for deleting it.",
        )

    def chmod(self) -> dict:
        ctx, info = self.ctx, self.info
        reason = self.read_only()
        if reason:
            return _op(False, False, "Derived: " + reason, self.read_only_fix())
        reason = self.flag_reason(self.flags, self.resolved, append_ok=False)
        if reason:
            return _op(False, False, "Derived: " + reason, self.flag_fix())
        mapped = ctx.mapped(info.st_uid, info.st_gid)
        allowed, rule = permissions.may_chmod(ctx.who, info.st_uid, mapped)
        if allowed:
            return _op(
                True,
                False,
                "Derived: you own it."
                if rule == "owner"
                else "Derived: CAP_FOWNER over an owner mapped into this user namespace.",
            )
        if not mapped:
            return _op(
                False,
                False,
                f"Derived: its owner is not mapped into this user namespace (it shows as "
                f"{ctx.overflow_uid}): nobody here, root included, can chmod or chown it "
                "(capabilities apply only to mapped owners).",
                "Copy it to a writable place; only whoever runs the host can change it.",
            )
        return _op(
            False,
            False,
            f"Derived: only its owner ({ctx.who_text(info.st_uid)}) or a process with "
            "CAP_FOWNER may change its mode.",
            self.owner_fix(self.resolved, info, "MODE"),
        )


# A Reader serves one collection: the caller, the id maps and the mounts are read once for all
# the paths it explains.
_CONTEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _context(reader: read.PathReader, check_sudo: bool) -> _Context:
    cached = _CONTEXTS.get(reader)
    if cached is None or cached[0] != check_sudo:
        cached = (check_sudo, _Context(reader, check_sudo))
        _CONTEXTS[reader] = cached
    return cached[1]


def _acl_entries(facts: read.Facts | None, ctx: _Context) -> list[dict] | None:
    if facts is None or facts.acl is None:
        return None
    try:
        return permissions.parse_posix_acl(facts.acl)
    except ValueError as error:
        ctx.errors.append(f"The ACL of {shown(facts.path)} could not be read: {error}")
        return None


def _entries(
    ctx: _Context,
    lookup: walk.Lookup,
    dir_writable: bool,
    show_hidden: bool,
    withheld: dict,
) -> dict:
    """How many entries you cannot modify (delete/rename or write), and why, by owner. With
    ``show_hidden`` off, a hidden entry is counted, never named."""
    started = time.monotonic()
    where = lookup.end
    info = where.info
    try:
        listed, names, complete = ctx.reader.scan_of(lookup, where, MAX_ENTRIES, ENTRIES_BUDGET)
    except read.ReadError as error:
        return {
            "count": None,
            "looked_at": 0,
            "not_looked_at": None,
            "complete": False,
            "cannot_modify": None,
            "by_owner": [],
            "named": [],
            "error": str(error),
            "basis": None,
        }
    who = ctx.who
    sticky = bool(info.st_mode & stat.S_ISVTX)
    by_owner: dict[int, dict] = {}
    named = []
    blocked = 0
    for name, entry in listed:
        if entry is None:
            continue
        uid = entry.st_uid
        mapped = ctx.mapped(uid, entry.st_gid)
        reasons = []
        if not dir_writable:
            reasons.append("directory-not-writable")
        elif sticky and not permissions.sticky_allows(who, info.st_uid, uid, mapped)[0]:
            reasons.append("sticky")
        if not stat.S_ISLNK(entry.st_mode):
            denied = permissions.denied_class(who, uid, entry.st_gid, entry.st_mode, WRITE)
            if denied and not permissions.capability_overrides(who, entry.st_mode, WRITE, mapped):
                reasons.append("unmapped-owner" if not mapped else f"no-write-{denied}")
        if not reasons:
            continue
        blocked += 1
        group = by_owner.setdefault(
            uid, {"uid": uid, "owner": ctx.user(uid), "count": 0, "reasons": {}}
        )
        group["count"] += 1
        for reason in reasons:
            group["reasons"][reason] = group["reasons"].get(reason, 0) + 1
        if not show_hidden and name.startswith("."):
            withheld["entries"] += 1
        elif len(named) < NAMED_ENTRIES:
            named.append(
                {
                    "name": shown(name),
                    "uid": uid,
                    "mode_text": permissions.mode_text(entry.st_mode),
                    "reasons": reasons,
                }
            )
    return {
        "count": names if complete else None,
        "looked_at": len(listed),
        "not_looked_at": names - len(listed),
        "complete": complete,
        "cannot_modify": blocked,
        "by_owner": sorted(by_owner.values(), key=lambda g: (-g["count"], g["uid"])),
        "named": named,
        "error": None,
        "basis": (
            "Derived from each entry's owner and mode (ACLs are not read per entry), in "
            f"{(time.monotonic() - started) * 1000:.0f} ms."
        ),
    }


def _git(ctx: _Context, lookup: walk.Lookup, confine: str | None) -> dict | None:
    """The nearest work tree at or above the end (a directory) or its directory; confined to
    the root, whose parents are never looked at."""
    directories = [
        d for d in reversed(lookup.stack) if confine is None or walk.inside(d.path, confine)
    ]
    try:
        found = ctx.reader.git_top_of(lookup, directories)
    except read.ReadError as error:  # the answer then has no git section
        errors.log_once("The git work tree above a path is unknown", error, logging.DEBUG)
        return None
    if found is None:
        return None
    top, info = found
    yours = info.st_uid == ctx.who.uid
    return {
        "work_tree": shown(top),
        "owner_uid": info.st_uid,
        "yours": yours,
        "fix": None
        if yours
        else (
            f"git refuses a repository you do not own ('dubious ownership'): "
            f"`git config --global --add safe.directory {shown(top)}`."
        ),
    }


def _empty_answer(path: str) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": read.now_utc(),
        "path": shown(path),
        "resolved": None,
        "exists": None,
        "type": None,
        "identity": None,
        "walk": [],
        "stopped_at": None,
        "target": None,
        "mount": None,
        "storage": None,
        "space": None,
        "operations": {name: _op(None, False) for name in OPERATIONS},
        "git": None,
        "entries": None,
        "changed": None,
        "withheld": None,
        "errors": [],
    }


def explain(
    path: str,
    reader: read.PathReader | None = None,
    *,
    check_sudo: bool = True,
    entries: bool = True,
    confine: str | None = None,
    show_hidden: bool = True,
    named: str | None = None,
) -> dict:
    """The answer for one path (explain.schema.json). Never raises for bad input.

    A server confines the answer to its file browser's root (``confine``, resolved): a path
    whose lookup would look at anything outside it raises walk.LeftRoot before anything there
    is touched, and the steps that lead down to the root are counted, not shown. With
    ``show_hidden`` off, hidden names are counted, not shown. ``named`` is the path as the
    asker named it, for the sentence when its lookup does not answer.
    """
    answer = _empty_answer(path)
    reader = reader or read.PathReader()
    if not isinstance(path, str) or not path or "\x00" in path:
        answer["errors"].append("The path is empty or holds a NUL character.")
        _unknown(answer, "The path is empty or holds a NUL character.")
        return _strict(answer)
    ctx = _context(reader, check_sudo)
    answer["identity"] = ctx.identity()
    answer["errors"] += ctx.read_errors
    ctx.errors = []
    what = f"Resolving {named}" if named is not None else f"the lookup of {path}"
    try:
        lookup = reader.lookup(path, confine=confine, what=what)
    except read.ReadError as error:
        # Nothing resolved: nothing is shown of where the path might lead.
        answer["errors"].append(str(error))
        _unknown(answer, str(error))
        return _strict(answer)
    with lookup:
        if confine is not None and not walk.inside(lookup.resolved, confine):
            raise walk.LeftRoot(lookup.resolved)  # e.g. a link to a parent of the root
        withheld = {"walk_steps": 0, "entries": 0, "reasons": []}
        _explain_found(ctx, answer, lookup, reader, entries, confine, show_hidden, withheld)
        answer["walk"] = _shown_walk(ctx, lookup.steps, confine, show_hidden, withheld)
        if withheld["walk_steps"] or withheld["entries"] or withheld["reasons"]:
            answer["withheld"] = withheld
    answer["errors"] += ctx.errors
    return _strict(answer)


def _hidden_below(path: str, root: str) -> bool:
    relative = path[len(root) :] if root != "/" else path
    return any(part.startswith(".") for part in relative.split("/") if part)


def _shown_walk(
    ctx: _Context, steps: list, confine: str | None, show_hidden: bool, withheld: dict
) -> list[dict]:
    """The walk as the answer shows it: inside the root only, hidden names counted, a long
    lookup cut to its first and last steps (the cut counted)."""
    kept = []
    outside = hidden = 0
    for step in steps:
        if confine is not None and not walk.inside(step.path, confine):
            outside += 1
        elif not show_hidden and (
            _hidden_below(step.path, confine or "/")
            or (step.target is not None and _hidden_below("/" + step.target, "/"))
        ):
            hidden += 1
        else:
            kept.append(step)
    if outside:
        withheld["walk_steps"] += outside
        withheld["reasons"].append(
            f"The {outside} steps that lead to the file browser's root are not shown: this "
            "server shows only what lies inside it."
        )
    if hidden:
        withheld["walk_steps"] += hidden
        withheld["reasons"].append(
            "Hidden names are not shown (ContentsManager.allow_hidden is off)."
        )
    sizes = [len(s.name) + len(s.path) + len(s.target or "") + 256 for s in kept]
    if len(kept) > MAX_SHOWN_STEPS or sum(sizes) > WALK_BYTES:
        first = kept[:FIRST_STEPS]
        budget = WALK_BYTES - sum(sizes[:FIRST_STEPS])
        last: list = []
        for step, size in zip(
            reversed(kept[FIRST_STEPS:]), reversed(sizes[FIRST_STEPS:]), strict=True
        ):
            if len(first) + len(last) >= MAX_SHOWN_STEPS or size > budget:
                break
            budget -= size
            last.append(step)
        left_out = len(kept) - len(first) - len(last)
        withheld["walk_steps"] += left_out
        withheld["reasons"].append(
            f"The lookup took {len(steps)} steps; the {left_out} in the middle are left out "
            "to keep the answer small."
        )
        kept = first + last[::-1]
    return [_walk_entry(ctx, step) for step in kept]


def _explain_found(
    ctx: _Context,
    answer: dict,
    lookup: walk.Lookup,
    reader: read.PathReader,
    entries: bool,
    confine: str | None,
    show_hidden: bool,
    withheld: dict,
) -> None:
    """Everything after the lookup, read through the descriptors it holds."""
    path = answer["path"]
    resolved = lookup.resolved
    answer["resolved"] = shown(resolved)
    if not lookup.complete:
        _stopped(ctx, answer, lookup)
        return
    # The lookup ends on the path itself (a symlink at the end was followed: its target).
    answer["exists"] = True
    end = lookup.end
    try:
        facts = reader.facts_of(lookup, end, want_flags=True)
    except read.ReadError as error:  # e.g. the mount stalled after the lookup
        answer["errors"].append(str(error))
        _unknown(answer, str(error))
        return
    if facts.info is None:
        answer["changed"] = f"{shown(resolved)} went away while it was explained."
        _unknown(answer, answer["changed"])
        return
    explainer = _Explainer(ctx, path, resolved, facts.info)
    explainer.facts = facts
    explainer.mount = parse.mount_for_path(ctx.mounts or [], resolved)
    explainer.acl = _acl_entries(facts, ctx)
    explainer.flags = facts.flags
    holder = lookup.holder()
    if holder is not None:
        try:
            explainer.parent_facts = reader.facts_of(lookup, holder, want_flags=True)
        except read.ReadError as error:
            answer["errors"].append(str(error))
    answer["type"] = permissions.file_type(facts.info.st_mode)
    target = _describe_inode(ctx, facts.info)
    flags = permissions.inode_flags(facts.flags) if facts.flags is not None else None
    target.update(
        acl=explainer.acl,
        immutable=flags["immutable"] if flags else None,
        append_only=flags["append_only"] if flags else None,
        flags_error=facts.errors.get("flags"),
    )
    answer["target"] = target
    answer["mount"] = _mount_entry(explainer.mount)
    answer["storage"] = (
        permissions.storage_kind(explainer.mount, ctx.home) if explainer.mount else None
    )
    if answer["storage"] and answer["storage"]["kind"] == "memory":
        # A Secret or projected volume is a tmpfs: its ..data symlink gives it away.
        point = explainer.mount["mount_point"]
        try:
            projected = reader.lexists(os.path.join(point, "..data"))
        except read.ReadError as error:  # not said to be a projected volume
            errors.log_once(f"Whether {point} is a projected volume is unknown", error)
            projected = None
        if projected:
            answer["storage"] = {
                "kind": "kubernetes-secret",
                "kept_on_restart": None,
                "sentence": "A Kubernetes Secret or projected volume (read-only, in memory): "
                "its content comes from outside the pod; changes made here are not kept.",
                "evidence": answer["storage"]["evidence"] + f"; {point}/..data is a symlink",
            }
    answer["space"] = _space(ctx, facts)
    answer["operations"] = explainer.operations()
    is_dir = stat.S_ISDIR(facts.info.st_mode)
    answer["git"] = _git(ctx, lookup, confine)
    if answer["git"] and answer["git"]["fix"]:
        op = answer["operations"]["write"]
        op["fix"] = " ".join(filter(None, [op["fix"], answer["git"]["fix"]]))
    if is_dir and entries:
        writable = bool(facts.access.get("w") and facts.access.get("x"))
        answer["entries"] = _entries(ctx, lookup, writable, show_hidden, withheld)
        if withheld["entries"]:
            withheld["reasons"].append(
                "Hidden names are not shown (ContentsManager.allow_hidden is off)."
            )
    answer["errors"] += [
        message for call, message in facts.errors.items() if call not in ("flags",)
    ]
    answer["changed"] = _changed(reader, lookup.path, resolved, facts.info, confine=confine)


def unanswered(
    path: str, sentence: str, reader: read.PathReader | None = None, *, check_sudo: bool = True
) -> dict:
    """The answer for a path whose lookup did not answer in time: who asks, and for every
    operation unknown, with the sentence that says why."""
    answer = _empty_answer(path)
    ctx = _context(reader or read.PathReader(), check_sudo)
    answer["identity"] = ctx.identity()
    answer["errors"] += [*ctx.read_errors, sentence]
    _unknown(answer, sentence)
    return _strict(answer)


def _unknown(answer: dict, sentence: str) -> None:
    for name in OPERATIONS:
        answer["operations"][name] = _op(None, False, sentence)


def _stopped(ctx: _Context, answer: dict, lookup: walk.Lookup) -> dict:
    """The lookup did not reach the end: who stopped it, and what that means for each op."""
    last = lookup.steps[-1]
    before = lookup.stopped_in()  # the directory the last name was looked up in
    if last.path == before.path:  # the lookup stopped on '/' or a '..': no directory before
        before = None
    if last.errno == errno.ENOENT and before is not None and before.search is not False:
        answer["exists"] = False
        missing = f"{shown(last.path)} does not exist."
        answer["stopped_at"] = {"path": shown(last.path), "reason": missing}
        for name in OPERATIONS:
            answer["operations"][name] = _op(None, False, missing)
        # Whether it could be made: the directory's write and search, measured.
        try:
            facts = ctx.reader.facts_of(lookup, before, want_flags=True)
        except read.ReadError as error:
            answer["errors"].append(str(error))
            return answer
        if facts.info is not None:
            explainer = _Explainer(ctx, before.path, before.path, facts.info)
            explainer.facts = facts
            explainer.mount = parse.mount_for_path(ctx.mounts or [], before.path)
            explainer.acl = _acl_entries(facts, ctx)
            explainer.flags = facts.flags
            op = explainer.create()
            op["reason"] = f"Creating it in {shown(before.path)}: " + (op["reason"] or "")
            answer["operations"]["create"] = op
        return answer
    if last.errno in (errno.EACCES, errno.EPERM) and before is not None:
        answer["exists"] = None
        info = before.info
        owner = ctx.who_text(info.st_uid)
        decision = permissions.dac(ctx.who, info.st_uid, info.st_gid, info.st_mode, EXECUTE)
        reason = (
            f"You may not search {shown(before.path)} (its mode is "
            f"{permissions.mode_text(info.st_mode)}, owner {owner}; the "
            f"{decision.applied} class applies and lacks 'x'), so nothing below it can be "
            "reached, whatever its own mode."
        )
        chmod = {"owner": "u+x", "group": "g+x"}.get(decision.applied, "o+x")
        explainer = _Explainer(ctx, before.path, before.path, info)
        fix = explainer.owner_fix(before.path, info, chmod)
        answer["stopped_at"] = {"path": shown(before.path), "reason": reason}
        for name in OPERATIONS:
            answer["operations"][name] = _op(False, True, reason, fix)
        return answer
    sentence = last.error or "The lookup stopped here."
    answer["stopped_at"] = {"path": shown(last.path), "reason": sentence}
    _unknown(answer, sentence)
    if last.errno in (errno.ELOOP, errno.ENOTDIR):
        for name in OPERATIONS:
            answer["operations"][name] = _op(False, True, sentence)
    return answer


def _changed(
    reader: read.PathReader,
    path: str,
    resolved: str,
    info: os.stat_result,
    steps=None,
    *,
    confine: str | None = None,
) -> str | None:
    """A sentence when the path now resolves elsewhere or is another inode than at the start:
    the lookup made again (confined as the first was), its end compared with ``info``. The
    answer itself came through the first lookup's descriptors, so a change can make it out of
    date, never about something else. (``steps``: unused, kept for callers that pass them.)"""
    try:
        with reader.lookup(path, confine=confine, held=False) as again:
            now = again.end.info if again.complete and again.end is not None else None
            if again.resolved != resolved:
                now = None
    except read.Stalled as error:  # no second look: the answer stands as it was made
        errors.log_once("A path could not be looked up again", error, logging.DEBUG)
        return None
    except read.ReadError as error:  # gone: said in the answer as a change
        errors.log_once("A path could not be looked up again", error, logging.DEBUG)
        now = None
    except walk.LeftRoot:  # no longer reachable here: said as a change (its path is not logged)
        now = None
    if now is None:
        return f"{shown(path)} changed while it was explained: the answer may be out of date."
    if (now.st_dev, now.st_ino, now.st_mode, now.st_uid, now.st_gid) != (
        info.st_dev,
        info.st_ino,
        info.st_mode,
        info.st_uid,
        info.st_gid,
    ):
        return f"{shown(path)} changed while it was explained: the answer may be out of date."
    return None
