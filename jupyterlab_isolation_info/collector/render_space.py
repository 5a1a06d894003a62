"""Pure: the space answer in, a short text for a terminal out (the one text rendering of it).

Every name passes through ``escape.visible``: a file name may hold control characters or bidi
overrides, and must not move the cursor or recolour the terminal it is printed on.
"""

from __future__ import annotations

from .escape import visible
from .limits import human_bytes

SHOWN = 10  # rows of each list in the text; --json has them all


def _size(bytes_: int | None, at_least: bool) -> str:
    return ("≥ " if at_least else "") + human_bytes(bytes_)


def _where(item: dict) -> str:
    """A cache's or a held file's path, or why it is not named (outside a server's root)."""
    if item.get("path") is None:
        return f"({item.get('path_reason') or 'not named'})"
    return visible(item["path"])


def _rows(items: list[dict], start: str | None) -> list[str]:
    """Sized paths as aligned lines, each named relative to the start where it lies below it."""
    prefix = (start or "").rstrip("/") + "/"
    lines = []
    for item in items[:SHOWN]:
        path = item["path"]
        name = path[len(prefix) :] if start and path.startswith(prefix) else path
        lines.append(f"  {_size(item['bytes'], item['at_least']):>12}  {visible(name)}")
    if len(items) > SHOWN:
        lines.append(f"  … {len(items) - SHOWN} more with --json")
    return lines


def to_text(answer: dict) -> str:
    lines: list[str] = []
    where = answer.get("resolved") or answer.get("path") or "?"
    if answer.get("total", {}).get("bytes") is None:
        lines.append(f"Space of {visible(where)}: not walked.")
        lines += [f"  {visible(error)}" for error in answer.get("errors") or []]
        return "\n".join(lines) + "\n"
    total = answer["total"]
    filesystem = answer.get("filesystem") or {}
    lines.append(
        f"Space of {visible(where)}: {_size(total['bytes'], total['at_least'])} allocated in "
        f"{total['entries']:,} entries ({filesystem.get('type', '?')}, "
        f"{answer.get('seconds') or 0:.1f} s)."
    )
    if answer.get("stopped"):
        lines.append(f"  {visible(answer['stopped']['sentence'])}")
    if answer.get("children"):
        lines += ["", "Largest folders here:", *_rows(answer["children"], answer["resolved"])]
    deeper = [f for f in answer.get("folders") or [] if f not in (answer.get("children") or [])]
    if deeper:
        lines += ["", "Largest folders below:", *_rows(deeper, answer["resolved"])]
    if answer.get("files"):
        lines += ["", "Largest files:", *_rows(answer["files"], answer["resolved"])]
    caches = sorted(
        (c for c in answer.get("caches") or [] if c["found"]), key=lambda c: -(c["bytes"] or 0)
    )
    checkpoints = answer.get("checkpoints") or {}
    if caches or checkpoints.get("folders"):
        lines += ["", "Caches (each cleared by the command after it):"]
        for cache in caches:
            lines.append(
                f"  {_size(cache['bytes'], cache['at_least']):>12}  {cache['name']} at "
                f"{_where(cache)}: {visible(cache['clear'])}"
            )
            if cache["note"] and cache["bytes"]:
                lines.append(f"  {'':>12}  {visible(cache['note'])}")
        if checkpoints.get("folders"):
            lines.append(
                f"  {_size(checkpoints['bytes'], checkpoints['at_least']):>12}  "
                f".ipynb_checkpoints folders ({checkpoints['folders']}): "
                f"{visible(checkpoints['note'])}"
            )
    held = answer.get("held_deleted") or {}
    if held.get("count"):
        lines += [
            "",
            f"Deleted but still held open ({human_bytes(held['bytes'])}; freed when these "
            "processes close them or exit):",
        ]
        for item in held["files"][:SHOWN]:
            holders = ", ".join(
                dict.fromkeys(  # one mention per process, however many descriptors it holds
                    f"{visible(h['process'] or '?')} (pid {h['pid']}"
                    + (f", kernel {visible(h['kernel_id'])}" if h["kernel_id"] else "")
                    + ")"
                    for h in item["holders"]
                )
            )
            lines.append(f"  {human_bytes(item['bytes']):>12}  {_where(item)}: {holders}")
    if answer.get("unreadable"):
        lines += ["", "Not readable (the totals above them are at least):"]
        # The reason is errors.sentence's, which names the path already.
        lines += [f"  {visible(u['reason'])}" for u in answer["unreadable"][:SHOWN]]
        more = len(answer["unreadable"]) - SHOWN + answer.get("unreadable_left_out", 0)
        if more > 0:
            lines.append(f"  … and {more} more")
    if answer.get("not_walked"):
        lines += ["", "Not walked:"]
        for item in answer["not_walked"][:SHOWN]:
            kind = f" ({item['filesystem']})" if item.get("filesystem") else ""
            lines.append(f"  {visible(item['path'])}{kind}: {visible(item['sentence'])}")
        more = len(answer["not_walked"]) - SHOWN + answer.get("not_walked_left_out", 0)
        if more > 0:
            lines.append(f"  … and {more} more")
    for error in answer.get("errors") or []:
        lines.append(visible(error))
    lines += ["", "Nothing was deleted or changed: every command above is yours to run."]
    return "\n".join(lines) + "\n"
