"""Run by test_stalled_explain.py inside a mount namespace of its own: the server's explain
service asked about a path under a mount that never answers, on an asyncio loop as in the
server. Prints one JSON object."""

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info.explain_service import ExplainService

STALLED = "efs/notebook.ipynb"


class Contents:
    """What the service reads of jupyter_server's contents manager."""

    allow_hidden = False

    def __init__(self, root_dir: str):
        self.root_dir = root_dir


async def timed(service: ExplainService, path: str) -> dict:
    began = time.monotonic()
    explained = await service.explain(path)
    return {
        "seconds": time.monotonic() - began,
        "answer": explained.answer,
        "markdown": explained.markdown.decode(),
    }


async def scenario(root: Path) -> dict:
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    stop = asyncio.Event()

    async def ticker():
        while not stop.is_set():
            began = loop.time()
            await asyncio.sleep(0.005)
            lags.append(loop.time() - began - 0.005)

    ticking = asyncio.ensure_future(ticker())
    service = ExplainService(Contents(str(root)))
    stalled = asyncio.ensure_future(timed(service, STALLED))
    await asyncio.sleep(0.1)  # the stalled one is waiting in its worker thread
    local = await timed(service, "local.txt")
    first = await stalled
    later = [await timed(service, STALLED) for _ in range(3)]
    stop.set()
    await ticking
    return {
        "root": str(root),
        "first": first,
        "later": later,
        "local": local,
        "local_finished_first": local["seconds"] < first["seconds"],
        "max_loop_lag": max(lags),
        "started": service.started,
    }


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    root = Path(tempfile.mkdtemp(prefix="isolation-stalled-"))
    (root / "local.txt").write_text("x")
    point = root / "efs"
    point.mkdir()
    device = mount_stalled(point)
    try:
        result = asyncio.run(scenario(root))
    finally:
        release(point, device)
    point.rmdir()
    (root / "local.txt").unlink()
    root.rmdir()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
