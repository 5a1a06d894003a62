"""Run by test_space_routes.py inside a mount namespace of its own: the space route's walks
(SpaceService, as the handler calls it) of a folder that is a FUSE mount that never answers,
of a folder inside it, and of a symbolic link that leads onto it. Prints one JSON object: each
envelope and how long it took."""

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

from stalled_fuse import ensure_private_mount_namespace, mount_stalled, release

from jupyterlab_isolation_info.space_service import SpaceService


async def asked(service: SpaceService, path: str) -> dict:
    began = time.monotonic()
    envelope = await service.walk(path)
    return {"seconds": time.monotonic() - began, "envelope": envelope}


async def scenario(root: Path) -> dict:
    service = SpaceService(SimpleNamespace(root_dir=str(root)))
    try:
        seen = {path: await asked(service, path) for path in ("efs", "efs/cache", "link-to-efs")}
        seen["walks_started"] = service.started
        return seen
    finally:
        service.close()


def main() -> None:
    ensure_private_mount_namespace(sys.argv[1])
    root = Path(tempfile.mkdtemp(prefix="isolation-space-route-"))
    dead = root / "efs"
    dead.mkdir()
    (root / "link-to-efs").symlink_to(dead)
    device = mount_stalled(dead)
    try:
        seen = asyncio.run(scenario(root))
    finally:
        release(dead, device)
    (root / "link-to-efs").unlink()
    dead.rmdir()
    root.rmdir()
    json.dump({"root": str(root), **seen}, sys.stdout)


if __name__ == "__main__":
    main()
