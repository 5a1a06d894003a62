"""Run by test_walls_other_identity.py inside a mount namespace of its own (``unshare --mount
--propagation private``). Prints one JSON object.

``VENV``: the walls of the errors fixture (its generator's ``set_up``: tmpfs mounts on /mnt and
/opt that only this namespace sees), then a real `jupyter server` with the extension running as
root whose `nobody` kernel runs as uid 65534, as Studio Classic's kernel runs as another user
than its server. Through the server, as the front end does: a session starts the kernel in
/mnt/home/work; each cell runs over the kernel's websocket and every iopub output is kept as it
came; each wall's path is explained in the kernel (the code from `kernel-code?explain=`, run
silently) and by the server (`explain?path=`). Everything goes to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

from dead_mount_server_scenario import Server
from tornado.websocket import websocket_connect

REPO = Path(__file__).resolve().parents[3]
GENERATOR = REPO / "src" / "__tests__" / "fixtures" / "errors" / "generate.py"
NOBODY = 65534
ROOT_DIR = Path("/mnt")
SERVER_HOME = Path("/mnt/server")
# The fixture's cells, in the fixture's order (a full volume's state carries from one to the
# next), and what each refused path is explained as, relative to the kernel's working
# directory as the error named it, or the file the cell wrote when the error names none.
CELLS = [
    "eacces-relative",
    "erofs-write",
    "enospc-write",
    "enospc-inodes",
    "eperm-chown",
    "zero-division",
    "bang-cat",
    "subprocess-stderr",
]
EXPLAIN = {
    "eacces-relative": "../../locked/secret.txt",
    "erofs-write": "/mnt/ro/notes.txt",
    "enospc-write": "/mnt/full/big.bin",
    "enospc-inodes": "/mnt/full/d6",
    "eperm-chown": "/mnt/home/work",
    "bang-cat": "/mnt/locked/secret.txt",
}
TIMEOUT = 60.0


def load_generator():
    spec = importlib.util.spec_from_file_location("errors_fixture_generator", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def nobody_kernel_spec(venv: Path) -> None:
    """The server's `nobody` kernel: setpriv to 65534 with no groups, the fixture's env."""
    spec = SERVER_HOME / ".local/share/jupyter/kernels/nobody"
    spec.mkdir(parents=True)
    # The connection file the server writes is root's (0600): a copy the kernel can read.
    launch = (
        'cp "$0" "$1" && chmod 0644 "$1" && exec setpriv --reuid=65534 --regid=65534 '
        '--clear-groups "$2" -m ipykernel_launcher -f "$1"'
    )
    argv = ["/bin/sh", "-c", launch, "{connection_file}", "/mnt/kernel.json", f"{venv}/bin/python"]
    env = {
        "HOME": "/mnt/home",
        "LANG": "C.UTF-8",
        "PATH": f"{venv}/bin:/usr/bin:/bin",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    kernel = {"argv": argv, "display_name": "Python 3 as nobody", "language": "python", "env": env}
    (spec / "kernel.json").write_text(json.dumps(kernel))


class Kernel:
    """One kernel's websocket, as the front end speaks to it (JSON messages with a channel)."""

    def __init__(self, server: Server, kernel_id: str):
        self.url = f"ws://127.0.0.1:{server.port}/api/kernels/{kernel_id}/channels"
        self.token = server.token
        self.session = uuid.uuid4().hex
        self.socket = None

    async def connect(self) -> None:
        from tornado.httpclient import HTTPRequest

        request = HTTPRequest(self.url, headers={"Authorization": f"token {self.token}"})
        self.socket = await websocket_connect(request)

    async def execute(self, code: str, **content) -> tuple[list[dict], dict]:
        """iopub outputs (as nbformat stores them) and the execute reply's content."""
        msg_id = uuid.uuid4().hex
        header = {
            "msg_id": msg_id,
            "msg_type": "execute_request",
            "username": "test",
            "session": self.session,
            "date": "",
            "version": "5.3",
        }
        body = {
            "code": code,
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": False,
            **content,
        }
        message = {"header": header, "parent_header": {}, "metadata": {}, "content": body}
        await self.socket.write_message(json.dumps({**message, "channel": "shell"}))
        outputs, reply, idle = [], None, False
        while reply is None or not idle:
            raw = await asyncio.wait_for(self.socket.read_message(), TIMEOUT)
            if raw is None:
                raise SystemExit("the kernel's websocket closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "execute_reply":
                reply = msg["content"]
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
            elif msg["channel"] == "iopub":
                outputs.append(generator.output_from_msg(msg))
        return [o for o in outputs if o is not None], reply


async def drive(server: Server) -> dict:
    client = server.client()
    headers = {"Authorization": f"token {server.token}", "Content-Type": "application/json"}
    session = {
        "path": "home/work/walls.ipynb",
        "type": "notebook",
        "name": "walls.ipynb",
        "kernel": {"name": "nobody"},
    }
    client._connection.request("POST", "/api/sessions", json.dumps(session), headers)
    response = client._connection.getresponse()
    started = json.loads(response.read())
    if response.status != 201:
        raise SystemExit(f"no session: {response.status} {started}\n{server.log_tail()}")
    kernel = Kernel(server, started["kernel"]["id"])
    await kernel.connect()
    # The kernel answers once it is up: a first empty cell waits for it.
    for _ in range(int(TIMEOUT)):
        try:
            await asyncio.wait_for(kernel.execute("", store_history=False), 5)
            break
        except asyncio.TimeoutError:
            continue
    seen = {"cells": {}, "kernel": {}, "server": {}, "whoami": None}
    who, _ = await kernel.execute("import os; print(os.getuid(), os.getcwd())", store_history=False)
    seen["whoami"] = who[0]["text"].split()
    for cell_id in CELLS:
        outputs, _ = await kernel.execute(dict(generator.CELLS)[cell_id])
        seen["cells"][cell_id] = outputs
    for cell_id, path in EXPLAIN.items():
        request = json.loads(
            client.get(f"/isolation-info/kernel-code?explain={quote(path)}")["body"]
        )
        outputs, reply = await kernel.execute(
            request["code"],
            silent=True,
            store_history=False,
            user_expressions={"report": request["expression"]},
        )
        assert outputs == [], outputs  # silent: nothing shows in the notebook
        answer = reply["user_expressions"]["report"]
        assert answer["status"] == "ok", answer
        seen["kernel"][cell_id] = answer["data"]["application/json"]["explanation"]
        # The server names a path from its root, as the file browser does.
        absolute = os.path.normpath(os.path.join("/mnt/home/work", path))
        relative = os.path.relpath(absolute, ROOT_DIR)
        served = client.get(f"/isolation-info/explain?path={quote(relative)}")
        assert served["code"] == 200, served
        seen["server"][cell_id] = json.loads(served["body"])
    client.close()
    seen["root_tries"] = root_tries()
    return seen


def root_tries() -> dict:
    """What the server's user (root) really can do on the walls' paths, tried on the
    namespace's own tmpfs: read the 0600 file; chmod and chown the directory nobody owns to the
    mode and owner it has."""

    def tried(operation) -> str:
        try:
            operation()
        except OSError as error:
            return f"refused: {error.strerror}"
        return "ok"

    work = "/mnt/home/work"

    def read_root_only() -> None:
        with open("/mnt/locked/secret.txt") as f:
            f.read()

    return {
        "read_root_only": tried(read_root_only),
        "chmod_nobodys": tried(lambda: os.chmod(work, os.stat(work).st_mode & 0o7777)),
        "chown_nobodys": tried(lambda: os.chown(work, NOBODY, NOBODY)),
    }


def main() -> None:
    venv = Path(sys.argv[2])
    generator.set_up()
    SERVER_HOME.mkdir(mode=0o700)
    nobody_kernel_spec(venv)
    # Root, as Studio Classic's KernelGateway runs: Jupyter asks for consent.
    server = Server(venv, 0, ROOT_DIR, SERVER_HOME, "--ServerApp.allow_root=True")
    try:
        seen = asyncio.run(drive(server))
    finally:
        server.stop()
    json.dump(seen, sys.stdout)


generator = load_generator()

if __name__ == "__main__":
    main()
