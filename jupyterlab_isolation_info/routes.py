"""Thin HTTP handlers over ReportService; every verb authenticated and authorized.

A refusal is raised as a ``Refusal`` and answered as ``{"message": sentence}`` with its status.
"""

import asyncio
import hashlib
import json
import math
import re
from functools import cache

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado import web
from tornado.httputil import HTTPServerRequest

from . import EXPLAIN_SCHEMA_PATH, SCHEMA_PATH, SPACE_SCHEMA_PATH, SPACE_WALK_SCHEMA_PATH
from .collector.differences import comparable
from .config import IsolationInfo
from .explain_service import ExplainService, Refused, TooMany
from .kernel_code import kernel_request
from .kerneldeath import KernelDeathWatch
from .service import RECENT_REPORTS, ProbeTooSoon, ReportService, Snapshot
from .space_service import NotWalked, SpaceService

# The resource name jupyter_server's authorizer sees for every request to this extension.
AUTH_RESOURCE = "isolation-info"
SERVICE_KEY = "isolation_info_service"
EXPLAIN_SERVICE_KEY = "isolation_info_explain_service"
DEATHS_KEY = "isolation_info_kernel_deaths"
SPACE_SERVICE_KEY = "isolation_info_space_service"


FORMATS = {
    "json": ("application/json; charset=UTF-8", "json"),
    "markdown": ("text/markdown; charset=UTF-8", "markdown"),
}


class Refusal(web.HTTPError):
    """A request this server refuses: its status, and the sentence its JSON body carries as
    ``{"message": sentence}`` (what the front end shows), with any headers that go with it
    (a 429's Retry-After). Raised from a handler; ``write_error`` writes it."""

    def __init__(self, status: int, sentence: str, headers: dict[str, str] | None = None):
        # "%s": Tornado formats log_message with its args; a '%' in a sentence stays itself.
        super().__init__(status, "%s", sentence)
        self.sentence = sentence
        self.headers = headers or {}


class _IsolationInfoHandler(APIHandler):
    auth_resource = AUTH_RESOURCE

    def write_error(self, status_code: int, **kwargs) -> None:
        """A Refusal's body is its sentence alone (no traceback, no reason, no echoed value);
        any other error is jupyter_server's JSON error."""
        exc_info = kwargs.get("exc_info")
        refusal = exc_info[1] if exc_info else None
        if not isinstance(refusal, Refusal):
            super().write_error(status_code, **kwargs)
            return
        for name, value in refusal.headers.items():
            self.set_header(name, value)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"message": refusal.sentence}))

    @property
    def service(self) -> ReportService:
        return self.settings[SERVICE_KEY]

    def _answer(self, snapshot: Snapshot, format_name: str = "json") -> None:
        """The snapshot's bytes, serialized once when it was collected; 304 when unchanged."""
        content_type, attribute = FORMATS[format_name]
        self._etag = _etag(snapshot, format_name)
        # Revalidate every time: the browser may keep the body but must ask with its ETag.
        self.set_header("Cache-Control", "no-cache")
        self.finish(getattr(snapshot, attribute), set_content_type=content_type)

    def _schema_answer(self, schema: tuple[bytes, str]) -> None:
        """A JSON Schema's bytes and their ETag, made once; 304 when unchanged."""
        body, self._etag = schema
        self.set_header("Cache-Control", "no-cache")
        self.finish(body, set_content_type="application/schema+json; charset=UTF-8")

    def compute_etag(self):
        # Tornado would hash the whole body per request; the snapshot's tag was made once.
        return getattr(self, "_etag", None)


def _etag(snapshot: Snapshot, format_name: str) -> str:
    """One tag per representation of a report: `"<hash>-json"`, `"<hash>-markdown"`."""
    return f'{snapshot.etag[:-1]}-{format_name}"'


def _report_tag(etag: str) -> str:
    """The report's own tag from the tag of its JSON as a browser saw it (maybe weakened)."""
    tag = etag.strip().removeprefix("W/").strip('"')
    return '"' + tag.removesuffix("-json") + '"'


class ReportHandler(_IsolationInfoHandler):
    """The report, as JSON or (`format=markdown`) as the collector's Markdown.

    Collected off the event loop and kept for `cache_ttl` seconds; a burst of requests shares
    one collection and `refresh=1` skips the cache. `of=<ETag>` gives one of the last reports
    served, by the ETag its JSON came with (412 once the server no longer keeps it).
    """

    @web.authenticated
    @authorized
    async def get(self):
        # Only `refresh`, `format` and `of` are read: nothing in a request can name a file or
        # a probe target.
        refresh = self.get_query_argument("refresh", "0") in ("1", "true")
        format_name = self.get_query_argument("format", "json")
        shown = self.get_query_argument("of", None)
        if format_name not in FORMATS:
            raise Refusal(400, f"Unknown format; use one of: {', '.join(sorted(FORMATS))}.")
        if shown is not None:
            # The report a view shows, by the ETag its JSON came with (Copy as Markdown copies
            # what is on screen): never a newer report in its place.
            recent = self.service.recent(_report_tag(shown))
            if recent is None:
                raise Refusal(
                    412,
                    "The report on screen is no longer on the server, which keeps the last "
                    f"{RECENT_REPORTS} it served; refresh and copy again.",
                )
            self._answer(recent, format_name)
            return
        snapshot = await self.service.report(refresh=refresh)
        await snapshot.rendered(FORMATS[format_name][1])
        self._answer(snapshot, format_name)


class ProbeHandler(_IsolationInfoHandler):
    """Runs the active probes of the targets this server's configuration names; the report.

    409 while `active_probes` is off; 429 when asked again within `probe_min_interval`.
    """

    @web.authenticated
    @authorized
    async def post(self):
        config: IsolationInfo = self.service.config
        if not config.active_probes:
            raise Refusal(
                409,
                "Active probes are off on this server. An administrator can turn them on with "
                "c.IsolationInfo.active_probes = True.",
            )
        try:
            snapshot = await self.service.probe()
        except ProbeTooSoon as too_soon:
            retry_after = str(math.ceil(too_soon.retry_after))
            raise Refusal(429, str(too_soon), {"Retry-After": retry_after}) from too_soon
        self.set_header("Cache-Control", "no-store")
        # Its tag, so the view can ask for this report's Markdown later.
        self.set_header("ETag", _etag(snapshot, "json"))
        self.finish(snapshot.json, set_content_type=FORMATS["json"][0])


# The longest path, in bytes, a kernel or this server is asked to explain (PATH_MAX: a longer
# one would only be answered ENAMETOOLONG).
MAX_EXPLAIN_PATH = 4096

# C0 control characters and DEL: a NUL ends a C string, a newline splits a log line.
_CONTROL = re.compile("[\x00-\x1f\x7f]")


class BadPath(ValueError):
    """A path argument this server does not explain; the message is the sentence to show."""


def path_argument(request: HTTPServerRequest, name: str) -> str | None:
    """The last `name=` query argument exactly as sent, or None when there is none.

    Not `get_query_argument`: Tornado strips surrounding whitespace from it and turns control
    characters into spaces, so `notes.txt%20` would name `notes.txt` and `a%00b` would name
    `a b`, other files. Bytes that are not UTF-8 are surrogate-escaped, as Python names such a
    file, so they reach the file system as the same bytes. BadPath for a control character
    or a path longer than MAX_EXPLAIN_PATH bytes; the sentence never repeats the value.
    """
    values = request.query_arguments.get(name)
    if not values:
        return None
    raw = values[-1]
    if len(raw) > MAX_EXPLAIN_PATH:
        raise BadPath(
            f"The path to explain is longer than {MAX_EXPLAIN_PATH} bytes, which no file "
            "system call accepts."
        )
    path = raw.decode("utf-8", errors="surrogateescape")
    if _CONTROL.search(path):
        raise BadPath(
            "The path to explain holds a control character (a NUL, a newline or another), "
            "which this server does not explain."
        )
    return path


class KernelCodeHandler(_IsolationInfoHandler):
    """The silent execute request that collects a kernel's own report."""

    @web.authenticated
    @authorized
    async def get(self):
        config: IsolationInfo = self.service.config
        # `?explain=PATH`: the request explains that path in the kernel instead (the
        # kernel resolves a relative path against its own working directory).
        try:
            path = path_argument(self.request, "explain")
            if path == "":
                raise BadPath("The path to explain is empty.")
        except BadPath as bad:
            raise Refusal(400, str(bad)) from bad
        # The kernel judges where it differs from this server's report (differences.py).
        compare_with = None
        if path is None:
            snapshot = self.service.latest or await self.service.report()
            compare_with = comparable(snapshot.report)
        # Reads this installed package's own source files: never a network mount's.
        request = await asyncio.to_thread(
            kernel_request,
            explain=path,
            compare_with=compare_with,
            metadata_path=config.metadata_path,
            # Never probes from a kernel unless this server allows active probes at all.
            active_probes=config.active_probes,
            probe_timeout=config.probe_timeout,
        )
        self.finish(json.dumps(request))


@cache
def _schema(path=SCHEMA_PATH) -> tuple[bytes, str]:
    """A schema's bytes and their ETag, read once: they ship with the package."""
    body = path.read_bytes()
    return body, f'"{hashlib.sha256(body).hexdigest()[:32]}"'


class SchemaHandler(_IsolationInfoHandler):
    """The JSON Schema every report of this server follows.

    The panel checks the server's and the kernels' reports against it before it renders
    them (kernels run this server's collector), and other tools can read the contract of
    the server they talk to.
    """

    @web.authenticated
    @authorized
    async def get(self):
        self._schema_answer(_schema())


class ExplainHandler(_IsolationInfoHandler):
    """One path's permissions, for the file browser's "Explain Permissions".

    Only inside the file browser's root (403 with a sentence elsewhere). Explanations run on
    a pool of their own, at most `MAX_IN_FLIGHT` distinct paths at once; past it one more is
    refused at once (503) while a path already under way is shared.
    """

    @web.authenticated
    @authorized
    async def get(self):
        try:
            requested = path_argument(self.request, "path") or ""
        except BadPath as bad:
            raise Refusal(400, str(bad)) from bad
        format_name = self.get_query_argument("format", "json")
        if format_name not in FORMATS:
            raise Refusal(400, f"Unknown format; use one of: {', '.join(sorted(FORMATS))}.")
        service: ExplainService = self.settings[EXPLAIN_SERVICE_KEY]
        try:
            explained = await service.explain(requested)
        except Refused as refused:
            raise Refusal(403, str(refused)) from refused
        except TooMany as too_many:
            raise Refusal(503, str(too_many), {"Retry-After": "1"}) from too_many
        self.set_header("Cache-Control", "no-store")
        content_type, attribute = FORMATS[format_name]
        self.finish(getattr(explained, attribute), set_content_type=content_type)


class ExplainSchemaHandler(_IsolationInfoHandler):
    """The JSON Schema of the explain endpoint's answers."""

    @web.authenticated
    @authorized
    async def get(self):
        self._schema_answer(_schema(EXPLAIN_SCHEMA_PATH))


class SpaceHandler(_IsolationInfoHandler):
    """Where the space of a folder went: its walk, started, joined or served (GET), or
    cancelled (DELETE)."""

    def _requested(self) -> str:
        try:
            return path_argument(self.request, "path") or ""
        except BadPath as bad:
            raise Refusal(400, str(bad)) from bad

    @property
    def walks(self) -> SpaceService:
        return self.settings[SPACE_SERVICE_KEY]

    def _envelope(self, envelope: dict) -> None:
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(envelope, allow_nan=False), set_content_type=FORMATS["json"][0])

    @web.authenticated
    @authorized
    async def get(self):
        """The walk of the folder `path` names (as the file browser does; the root when empty):
        the running walk joined, else the last finished one, else (or with `refresh=1`) a new
        one started. Its envelope (space-walk.schema.json): running with its progress, or done
        with the answer (space.schema.json). Only inside the file browser's root (403 with a
        sentence elsewhere), and the answer names no path outside it: a cache or a held deleted
        file there has path null and path_reason instead. A folder that cannot be walked
        (missing, on a network or FUSE mount) is answered at once, done, with the collector's
        sentence. Walks run off the loop on a pool of their own, at most
        space_service.MAX_WALKS at once (503)."""
        requested = self._requested()
        refresh = self.get_query_argument("refresh", "0") in ("1", "true")
        try:
            envelope = await self.walks.walk(requested, refresh=refresh)
        except Refused as refused:
            raise Refusal(403, str(refused)) from refused
        except TooMany as too_many:
            raise Refusal(503, str(too_many), {"Retry-After": "2"}) from too_many
        self._envelope(envelope)

    @web.authenticated
    @authorized
    async def delete(self):
        """Cancels the running walk of the folder `path` names: it stops within a few hundred
        entries and its answer then says stopped, "cancelled" (a partial answer). The envelope;
        the last finished one when none runs; 404 when there is neither."""
        requested = self._requested()
        try:
            envelope = await self.walks.cancel(requested)
        except Refused as refused:
            raise Refusal(403, str(refused)) from refused
        except TooMany as too_many:
            raise Refusal(503, str(too_many), {"Retry-After": "2"}) from too_many
        except NotWalked as none:
            raise Refusal(404, str(none)) from none
        self._envelope(envelope)


@cache
def _space_walk_schema() -> tuple[bytes, str]:
    """The space route's envelope schema with the walk's answer bundled in, and its ETag: the
    answer's schema sits under $defs with its own $id, which the envelope's $ref names (a
    JSON Schema 2020-12 compound document), so the one document served is whole."""
    envelope = json.loads(SPACE_WALK_SCHEMA_PATH.read_text(encoding="utf-8"))
    answer = json.loads(SPACE_SCHEMA_PATH.read_text(encoding="utf-8"))
    envelope.setdefault("$defs", {})["SpaceAnswer"] = answer
    body = json.dumps(envelope, indent=2, ensure_ascii=False).encode("utf-8")
    return body, f'"{hashlib.sha256(body).hexdigest()[:32]}"'


class SpaceSchemaHandler(_IsolationInfoHandler):
    """The JSON Schema of the space route's answers (space-walk.schema.json, bundled)."""

    @web.authenticated
    @authorized
    async def get(self):
        self._schema_answer(_space_walk_schema())


class KernelDeathHandler(_IsolationInfoHandler):
    """Why a kernel last ended, each cause with its evidence: killed for lack of memory (its
    cgroup's OOM kill counter moved between its start and its death), a bus error while its
    /dev/shm was small or full, the pids limit reached, a native crash, or shut down by the
    server's idle culler or a client (not a death); null when it has not ended since the server
    started."""

    @web.authenticated
    @authorized
    async def get(self, kernel_id: str):
        watch: KernelDeathWatch | None = self.settings.get(DEATHS_KEY)
        death = await watch.last_death(kernel_id) if watch is not None else None
        self.set_header("Cache-Control", "no-store")
        self.finish(
            json.dumps(
                {
                    "kernel_id": kernel_id,
                    "watching": bool(watch is not None and watch.watching),
                    "death": death,
                },
                allow_nan=False,
            )
        )


def setup_route_handlers(
    web_app, service: ReportService, deaths: KernelDeathWatch | None = None
) -> None:
    base_url = web_app.settings["base_url"]
    web_app.settings[SERVICE_KEY] = service
    web_app.settings[DEATHS_KEY] = deaths
    web_app.settings[EXPLAIN_SERVICE_KEY] = ExplainService(web_app.settings.get("contents_manager"))
    walks = SpaceService(
        web_app.settings.get("contents_manager"),
        web_app.settings.get("session_manager"),
        on_walked=service.stale if service is not None else None,
    )
    web_app.settings[SPACE_SERVICE_KEY] = walks
    if service is not None:
        service.walked = walks.walked  # the report's volumes name their last walk
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base_url, "isolation-info", "report"), ReportHandler),
            (url_path_join(base_url, "isolation-info", "probe"), ProbeHandler),
            (url_path_join(base_url, "isolation-info", "kernel-code"), KernelCodeHandler),
            (url_path_join(base_url, "isolation-info", "schema"), SchemaHandler),
            (url_path_join(base_url, "isolation-info", "explain"), ExplainHandler),
            (url_path_join(base_url, "isolation-info", "explain", "schema"), ExplainSchemaHandler),
            (url_path_join(base_url, "isolation-info", "space"), SpaceHandler),
            (url_path_join(base_url, "isolation-info", "space", "schema"), SpaceSchemaHandler),
            (
                url_path_join(base_url, "isolation-info", "kernels", r"([\w-]{1,64})", "death"),
                KernelDeathHandler,
            ),
        ],
    )
