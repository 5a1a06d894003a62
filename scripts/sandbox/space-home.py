"""A home as a data scientist leaves it after an afternoon, for a small home in studio-sandbox.

Run inside the sandbox as its user (any python3):
  space-home.py layout HOME   caches at their default places (pip, torch hub) and the Hugging
                              Face hub cache where HF_HOME moves it, a Trash of files deleted in
                              JupyterLab, a folder no one may read (mode 000), a file with two
                              hard links, a notebook and its checkpoint; prints what it made as
                              JSON
  space-home.py fill HOME SHARE
                              one more file, so that SHARE (e.g. 0.93) of the volume of HOME is
                              used as df counts it: used / (used + available)
Only HOME (and HF_HOME, when it points elsewhere) is written.
"""

import json
import os
import sys
from pathlib import Path

KIB = 1024
# (path below the home, size): each written as it would be, in 64 KiB chunks.
FILES = {
    ".cache/pip/http-v2/4/7/1/c/e/47c1ce0a9f.body": 300 * KIB,
    ".cache/pip/http-v2/9/0/d/2/a/90d2a61bb3.body": 260 * KIB,
    ".cache/torch/hub/checkpoints/resnet18-f37072fd.pth": 700 * KIB,
    ".local/share/Trash/files/old-results.csv": 600 * KIB,
    "datasets/labels.csv": 120 * KIB,
    "private/weights.bin": 400 * KIB,
}
HF_BLOB = "hub/models--sandbox--tiny-model/blobs/5e3a1d4f0c"
HF_BYTES = 1200 * KIB
TRASH_INFO = "[Trash Info]\nPath={home}/old-results.csv\nDeletionDate=2026-12-07T09:12:44\n"
NOTEBOOK = {
    "cells": [],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


def write(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        for start in range(0, size, 64 * KIB):
            out.write(b"s" * min(64 * KIB, size - start))


def layout(home: Path) -> dict:
    for name, size in FILES.items():
        write(home / name, size)
    hf_home = Path(os.environ.get("HF_HOME") or home / ".cache" / "huggingface")
    blob = hf_home / HF_BLOB
    write(blob, HF_BYTES)
    snapshot = blob.parent.parent / "snapshots" / "0c1d2e3f" / "model.safetensors"
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
    (blob.parent.parent / "refs").mkdir()
    (blob.parent.parent / "refs" / "main").write_text("0c1d2e3f")
    info = home / ".local/share/Trash/info/old-results.csv.trashinfo"
    info.parent.mkdir(parents=True)
    info.write_text(TRASH_INFO.format(home=home))
    (home / "models").mkdir()
    os.link(home / "datasets/labels.csv", home / "models/labels.csv")
    (home / "analysis.ipynb").write_text(json.dumps(NOTEBOOK))
    checkpoints = home / ".ipynb_checkpoints"
    checkpoints.mkdir()
    (checkpoints / "analysis-checkpoint.ipynb").write_text(json.dumps(NOTEBOOK))
    (home / "private").chmod(0o000)
    return {"hf_home": str(hf_home), "unreadable": str(home / "private")}


def fill(home: Path, share: float) -> dict:
    """Write one file so that ``share`` of the volume is used; what df shows then."""
    found = os.statvfs(home)
    used = (found.f_blocks - found.f_bfree) * found.f_frsize
    everything = used + found.f_bavail * found.f_frsize
    size = int(share * everything) - used
    if size > 0:
        write(home / "datasets" / "train-shard-000.bin", size // (4 * KIB) * 4 * KIB)
    return {"filled": max(size, 0)}


def main() -> None:
    command, home = sys.argv[1], Path(sys.argv[2])
    done = layout(home) if command == "layout" else fill(home, float(sys.argv[3]))
    json.dump(done, sys.stdout)


if __name__ == "__main__":
    main()
