"""Pure: one path's explanation in, text or Markdown out (the one renderer of each format).

The escaping is render.py's: every name passes through ``visible`` (controls, bidi overrides
and bytes that are not UTF-8 are shown as escapes) and, in Markdown, ``literal_markdown``.
"""

from __future__ import annotations

from .render import literal_markdown, visible

OPERATION_TITLES = {
    "read": "Read (list)",
    "write": "Write (modify)",
    "create": "Create inside",
    "delete": "Delete or rename",
    "chmod": "Change mode",
    "execute": "Execute (enter)",
}


def verdict(operation: dict) -> str:
    allowed = operation.get("allowed")
    word = {True: "yes", False: "NO", None: "unknown"}[allowed]
    how = "measured" if operation.get("measured") else "derived"
    return word if allowed is None else f"{word} ({how})"


def grouped(answer: dict) -> tuple[list, list, list]:
    """(refused, unknown, allowed), each [(name, title, operation)] in OPERATION_TITLES' order:
    an explanation leads with what is refused, its reason and fix; what is allowed folds into
    one line."""
    refused, unknown, allowed = [], [], []
    for name, title in OPERATION_TITLES.items():
        operation = (answer.get("operations") or {}).get(name) or {}
        group = {True: allowed, False: refused}.get(operation.get("allowed"), unknown)
        group.append((name, title, operation))
    return refused, unknown, allowed


def allowed_line(allowed: list) -> str:
    """The allowed operations on one line, by their short names."""
    return "Allowed: " + ", ".join(name for name, _, _ in allowed)


def _who(uid, name, host) -> str:
    if uid is None:
        return "?"
    text = f"{uid}({name})" if name else str(uid)
    return text + (f"→host {host}" if host is not None and host != uid else "")


def walk_rows(answer: dict) -> list[tuple[str, str, str, str, str]]:
    """(mode, owner, group, path, note) per component, as `namei -l` lines with more."""
    stop = (answer.get("stopped_at") or {}).get("path")
    rows = []
    for step in answer.get("walk") or []:
        notes = []
        if step.get("symlink_target") is not None:
            notes.append(f"-> {step['symlink_target']}")
        if step.get("searchable") is False:
            notes.append("no search for you")
        if step.get("owner_unmapped"):
            notes.append("owner not mapped here")
        if step.get("error"):
            notes.append(step["error"])
        if step.get("path") == stop:
            notes.append("<- stops you")
        rows.append(
            (
                step.get("mode_text") or "?",
                _who(step.get("uid"), step.get("owner"), step.get("host_uid")),
                _who(step.get("gid"), step.get("group"), step.get("host_gid")),
                step.get("path") or "",
                "; ".join(notes),
            )
        )
    return rows


def _identity(answer: dict) -> str:
    who = answer.get("identity") or {}
    groups = ",".join(str(g["gid"]) for g in who.get("groups") or []) or "none"
    caps = ", ".join(who.get("capabilities") or []) or "none"
    return (
        f"uid {_who(who.get('uid'), who.get('user'), who.get('host_uid'))}, "
        f"gid {_who(who.get('gid'), who.get('group'), who.get('host_gid'))}, "
        f"groups {groups}; capabilities that matter: {caps}; sudo: {who.get('sudo')}"
    )


def _facts(answer: dict) -> list[tuple[str, str]]:
    rows = [("Path", answer.get("path")), ("Resolved", answer.get("resolved"))]
    rows.append(("You are", _identity(answer)))
    target = answer.get("target")
    if target:
        flags = []
        if target.get("immutable"):
            flags.append("immutable")
        if target.get("append_only"):
            flags.append("append-only")
        acl = target.get("acl")
        rows.append(
            (
                "Inode",
                f"{target.get('mode_text')} {target.get('type')}, owner "
                f"{_who(target.get('uid'), target.get('owner'), target.get('host_uid'))}, group "
                f"{_who(target.get('gid'), target.get('group'), target.get('host_gid'))}"
                + (f", {', '.join(flags)}" if flags else "")
                + (
                    ", ACL "
                    + ",".join(
                        f"{e['tag']}{':' + str(e['id']) if e['id'] is not None else ''}:{e['perm']}"
                        for e in acl
                    )
                    if acl
                    else ""
                ),
            )
        )
    mount = answer.get("mount")
    if mount:
        rows.append(
            (
                "Mount",
                f"{mount['mount_point']} ({mount['filesystem']} from {mount['source']}, "
                f"{'read-only' if mount['read_only'] else 'read-write'}, "
                f"{','.join(mount['options'])})",
            )
        )
    storage = answer.get("storage")
    if storage:
        rows.append(("Lives on", f"{storage['sentence']} [{storage['evidence']}]"))
    space = answer.get("space")
    if space:
        inodes = space.get("available_inodes")
        rows.append(
            (
                "Space",
                f"{space['available_bytes']} bytes free for you"
                + (f", {inodes} inodes" if inodes is not None else "")
                + (" — FULL" if space["full"] else "")
                + (" — NO INODES LEFT" if space["out_of_inodes"] else ""),
            )
        )
    git = answer.get("git")
    if git:
        rows.append(
            (
                "Git",
                f"in the work tree {git['work_tree']} (owner uid {git['owner_uid']}"
                + ("" if git["yours"] else ", not you")
                + ")",
            )
        )
    if answer.get("changed"):
        rows.append(("Changed", answer["changed"]))
    return [(label, "unknown" if value is None else str(value)) for label, value in rows]


def _withheld(answer: dict) -> tuple[list[str], list[str]]:
    """What the answer leaves out, counted, never named: (under the walk, with the entries).

    Each part is its count line then, where they are said, the collector's reasons: once,
    under the walk when steps of it are left out, else with the entries when only names are."""
    withheld = answer.get("withheld")
    if not withheld:
        return [], []
    steps, names = withheld.get("walk_steps") or 0, withheld.get("entries") or 0
    reasons = [str(reason) for reason in withheld.get("reasons") or []]
    walk = []
    if steps == 1:
        walk.append("1 step of the lookup is not shown.")
    elif steps > 1:
        walk.append(f"{steps} steps of the lookup are not shown.")
    entries = [f"… and {names} more not named."] if names > 0 else []
    if steps == 0 and names > 0:
        return walk, entries + reasons
    return walk + reasons, entries


def _entries_lines(answer: dict) -> list[str]:
    entries = answer.get("entries")
    withheld = _withheld(answer)[1]
    if not entries:
        return withheld
    if entries.get("error"):
        return [entries["error"], *withheld]
    lines = [
        f"{entries['cannot_modify']} of {entries['looked_at']} entries looked at cannot be "
        f"modified or removed by you; {entries['not_looked_at']} not looked at"
        + ("" if entries["complete"] else " (the listing was cut short)")
        + "."
    ]
    for group in entries["by_owner"]:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(group["reasons"].items()))
        owner = _who(group["uid"], group.get("owner"), None)
        lines.append(f"owner {owner}: {group['count']} ({reasons})")
    names = [e["name"] for e in entries["named"]]
    if names:
        lines.append("first named: " + ", ".join(names))
    lines += withheld
    if entries.get("basis"):
        lines.append(entries["basis"])
    return lines


def to_text(answer: dict) -> str:
    lines = [visible(f"Why and why not: {answer.get('path')}"), ""]
    facts = [(visible(label), visible(value)) for label, value in _facts(answer)]
    width = max(len(label) for label, _ in facts)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in facts]
    if answer.get("stopped_at"):
        lines += ["", visible(f"Stopped at {answer['stopped_at']['path']}: ")]
        lines.append("  " + visible(answer["stopped_at"]["reason"]))
    lines += ["", "Operations"]
    refused, unknown, allowed = grouped(answer)
    for _, title, operation in refused + unknown:
        lines.append(f"  {title.ljust(17)} {verdict(operation)}")
        if operation.get("reason"):
            lines.append(f"      why: {visible(operation['reason'])}")
        if operation.get("fix"):
            lines.append(f"      fix: {visible(operation['fix'])}")
    if allowed:
        lines.append(f"  {allowed_line(allowed)}")
        for _, title, operation in allowed:
            why = f": {visible(operation['reason'])}" if operation.get("reason") else ""
            lines.append(f"      {title}, {verdict(operation)}{why}")
    walk = walk_rows(answer)
    left_out = _withheld(answer)[0]
    if walk or left_out:  # no walk when the lookup did not answer
        lines += ["", "Walk (every component from /)"]
    for mode, owner, group, path, note in walk:
        row = f"  {mode:<10} {visible(owner):<16} {visible(group):<16} {visible(path)}"
        lines.append(row + (f"   {visible(note)}" if note else ""))
    lines += [f"  {visible(line)}" for line in left_out]
    entries = _entries_lines(answer)
    if entries:
        lines += ["", "Entries"] + [f"  {visible(line)}" for line in entries]
    if answer.get("errors"):
        lines += ["", "Could not be looked at"] + [f"  {visible(e)}" for e in answer["errors"]]
    return "\n".join(lines) + "\n"


def to_markdown(answer: dict) -> str:
    lines = [f"## Permissions of {literal_markdown(answer.get('path'))}", "", "| | |", "|---|---|"]
    lines += [
        f"| {literal_markdown(label)} | {literal_markdown(value)} |"
        for label, value in _facts(answer)
    ]
    if answer.get("stopped_at"):
        lines += [
            "",
            f"> Stopped at {literal_markdown(answer['stopped_at']['path'])}: "
            f"{literal_markdown(answer['stopped_at']['reason'])}",
        ]
    lines += ["", "### Operations", ""]
    refused, unknown, allowed = grouped(answer)
    if refused or unknown:
        lines += ["| Operation | Allowed | Why | What to do |", "|---|---|---|---|"]
    for _, title, operation in refused + unknown:
        reason = literal_markdown(operation.get("reason") or "")
        fix = literal_markdown(operation.get("fix") or "")
        lines.append(f"| {title} | {verdict(operation)} | {reason} | {fix} |")
    if allowed:
        # Folded: one line, the reasons one click away (GitHub and JupyterLab render it).
        if refused or unknown:
            lines.append("")
        lines += [f"<details><summary>{allowed_line(allowed)}</summary>", ""]
        lines += ["| Operation | Allowed | Why |", "|---|---|---|"]
        for _, title, operation in allowed:
            reason = literal_markdown(operation.get("reason") or "")
            lines.append(f"| {title} | {verdict(operation)} | {reason} |")
        lines += ["", "</details>"]
    walk = walk_rows(answer)
    left_out = _withheld(answer)[0]
    if walk or left_out:  # no walk when the lookup did not answer
        lines += ["", "### Walk"]
    if walk:
        lines += ["", "| Mode | Owner | Group | Path | Note |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(literal_markdown(cell) for cell in row) + " |" for row in walk]
    if left_out:
        lines += [""] + [f"- {literal_markdown(line)}" for line in left_out]
    entries = _entries_lines(answer)
    if entries:
        lines += ["", "### Entries", ""] + [f"- {literal_markdown(line)}" for line in entries]
    if answer.get("errors"):
        lines += ["", "### Could not be looked at", ""]
        lines += [f"- {literal_markdown(e)}" for e in answer["errors"]]
    return "\n".join(lines) + "\n"
