"""The kernel-side collection, run in a real ipykernel as the panel runs it."""

import os

import pytest
from contract import assert_valid
from jupyter_client.manager import start_new_kernel
from kernel_client import run_silently

from jupyterlab_isolation_info.kernel_code import RESULT_NAME, kernel_request

NAMES = "sorted(k for k in globals() if not k.startswith('_i'))"
MODULES = "sorted(m for m in __import__('sys').modules if 'isolation_info' in m)"


@pytest.fixture(scope="module")
def kernel():
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=60)
    yield client
    client.stop_channels()
    manager.shutdown_kernel(now=True)


def explained_in_kernel(client, path: str) -> dict:
    """The kernel's answer (its user expression) to the request that explains ``path``, run
    silently as the panel runs it; no report is collected beside it."""
    request = kernel_request(
        metadata_path="/nonexistent", active_probes=False, probe_timeout=1, explain=path
    )
    return run_silently(client, request)["user_expressions"]["report"]


def evaluate(client, expression: str):
    reply = client.execute_interactive(
        "", silent=True, store_history=False, user_expressions={"value": expression}, timeout=30
    )
    return reply["content"]["user_expressions"]["value"]["data"]["text/plain"]


def test_the_kernel_reports_its_own_identity_and_leaves_no_names(kernel):
    names_before = evaluate(kernel, NAMES)
    count_before = evaluate(kernel, "get_ipython().execution_count")

    content = run_silently(
        kernel,
        kernel_request(
            metadata_path="/nonexistent/metadata.json", active_probes=False, probe_timeout=1
        ),
    )

    assert content["status"] == "ok"
    result = content["user_expressions"]["report"]
    assert result["status"] == "ok"
    report = assert_valid(result["data"]["application/json"]["report"])
    # The report only: the panel compares it with the server's and renders nothing else of it.
    assert set(result["data"]["application/json"]) == {"report"}
    assert report["run_as"]["uid"] == os.getuid()
    assert report["metadata"]["found"] is False
    assert all(e["method"] == "route" for e in report["endpoints"])
    # Silent: no new names, no history entry, no module left behind.
    assert evaluate(kernel, NAMES) == names_before
    assert RESULT_NAME not in evaluate(kernel, NAMES)
    assert evaluate(kernel, "get_ipython().execution_count") == count_before
    assert evaluate(kernel, MODULES) == "[]"


def test_the_collector_source_comes_from_the_server_not_the_kernel(kernel):
    # Hide the installed package from the kernel: the request must still work.
    hide = "import sys as _s; _s.modules['jupyterlab_isolation_info'] = None; del _s"
    kernel.execute_interactive(hide, silent=True, store_history=False, timeout=30)
    try:
        content = run_silently(
            kernel,
            kernel_request(metadata_path="/nonexistent", active_probes=False, probe_timeout=1),
        )
        result = content["user_expressions"]["report"]["data"]["application/json"]
        assert assert_valid(result["report"])["schema_version"] == 1
    finally:
        unhide = "import sys as _s; _s.modules.pop('jupyterlab_isolation_info', None); del _s"
        kernel.execute_interactive(unhide, silent=True, store_history=False, timeout=30)


def test_a_module_that_cannot_load_names_its_cause(kernel):
    """A user's own module shadowing the standard library: the cause is reported, not lost."""
    request = kernel_request(metadata_path="/nonexistent", active_probes=False, probe_timeout=1)
    # The collector's reader (read.py, where the clock is read) imports `datetime`; make that
    # import fail as a user's broken datetime.py would.
    shadow = (
        "import sys as _s; _s._real_dt = _s.modules['datetime']; "
        "_s.modules['datetime'] = None; del _s"
    )
    kernel.execute_interactive(shadow, silent=True, store_history=False, timeout=30)
    try:
        content = run_silently(kernel, request)
    finally:
        restore = "import sys as _s; _s.modules['datetime'] = _s.__dict__.pop('_real_dt'); del _s"
        kernel.execute_interactive(restore, silent=True, store_history=False, timeout=30)
    error = content["user_expressions"]["report"]["data"]["application/json"]["error"]
    assert "cannot load the collector modules" in error
    assert "read (ModuleNotFoundError: import of datetime halted" in error


def test_the_kernel_and_the_server_agree_on_deeply_nested_metadata(kernel, tmp_path):
    """One depth limit, checked before parsing: no recursion error in a kernel's deeper stack."""
    from jupyterlab_isolation_info.collector.report import build_report

    path = tmp_path / "deep.json"
    path.write_text('{"a":' * 980 + "1" + "}" * 980)
    request = kernel_request(metadata_path=str(path), active_probes=False, probe_timeout=1)
    content = run_silently(kernel, request)
    in_kernel = content["user_expressions"]["report"]["data"]["application/json"]["report"]
    on_server = build_report(metadata_path=str(path), check_sudo=False)
    assert in_kernel["metadata"]["error"] == on_server["metadata"]["error"]
    assert "nests deeper than 64 levels" in on_server["metadata"]["error"]


def test_the_kernel_sends_strict_json_for_broken_unicode_and_non_finite_numbers(kernel, tmp_path):
    """ipykernel must be able to serialize the reply: no NaN, no lone surrogate in it."""
    path = tmp_path / "odd.json"
    path.write_bytes(b'{"AppType": "\\ud800", "Size": NaN, "Big": 1e400}')
    request = kernel_request(metadata_path=str(path), active_probes=False, probe_timeout=1)
    content = run_silently(kernel, request)
    result = content["user_expressions"]["report"]
    assert result["status"] == "ok"
    report = assert_valid(result["data"]["application/json"]["report"])
    assert report["metadata"]["fields"] == {"AppType": "\ufffd", "Size": "NaN", "Big": "1e400"}
    assert len(report["metadata"]["notes"]) == 2


def test_the_kernel_explains_a_path_for_its_own_identity_silently(kernel, tmp_path):
    """`explain=`: the same explanation as the server's, from inside the kernel."""
    from jupyterlab_isolation_info.collector.explain import explain

    target = tmp_path / "mine.txt"
    target.write_text("x")
    names_before = evaluate(kernel, NAMES)
    result = explained_in_kernel(kernel, str(target))
    assert result["status"] == "ok"
    answer = result["data"]["application/json"]
    assert set(answer) == {"explanation"}
    explanation = answer["explanation"]
    assert explanation["resolved"] == str(target)
    assert explanation["identity"]["uid"] == os.getuid()
    on_server = explain(str(target))
    for name in ("read", "write", "delete", "execute"):
        assert explanation["operations"][name] == on_server["operations"][name], name
    # A path the kernel does not see is answered as such, not as an error of the request.
    missing = explained_in_kernel(kernel, str(tmp_path / "not-here.txt"))
    gone = missing["data"]["application/json"]["explanation"]
    assert gone["exists"] is False
    assert evaluate(kernel, NAMES) == names_before
    assert evaluate(kernel, MODULES) == "[]"


def test_the_kernel_explains_the_exact_path_spaces_and_bytes_that_are_not_utf8(kernel, tmp_path):
    """What `kernel-code?explain=` hands over (the argument as sent, bytes that are not UTF-8
    surrogate-escaped) names the same file inside the kernel: not a stripped or mended name."""
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "notes.txt").chmod(0o644)
    descriptor = os.open(os.fsencode(tmp_path) + b"/caf\xe9.txt ", os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(descriptor)
    path = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt ")
    result = explained_in_kernel(kernel, path)
    assert result["status"] == "ok"
    explanation = result["data"]["application/json"]["explanation"]
    assert explanation["exists"] is True
    assert explanation["target"]["mode"] == "0600"
    # The byte that is not UTF-8 comes back as \xNN (strict JSON), the trailing space kept.
    assert explanation["path"] == f"{tmp_path}/caf\\xe9.txt "


@pytest.mark.parametrize(
    "name",
    [
        "x'); open('PWNED', 'w'); ('",
        'x""" + open("PWNED", "w").name + """',
        "x\\'; __import__('os').system('touch PWNED') #",
        "<img src=x onerror=alert(1)>",
        "\x1b[31mred\x1b[0m\nline",
        "{options}{sources}%s",
    ],
    ids=["quote", "triple-quote", "backslash", "markup", "escapes", "placeholders"],
)
def test_a_path_from_an_error_reaches_the_kernel_as_data_never_as_code(kernel, tmp_path, name):
    """ "Explain this error" hands the kernel a path read from the notebook's own output: it is
    the notebook's text, so quotes, code, markup or escapes in it name a file and run nothing."""
    target = tmp_path / name
    target.write_text("x")
    names_before = evaluate(kernel, NAMES)
    result = explained_in_kernel(kernel, str(target))
    assert result["status"] == "ok", result
    explanation = result["data"]["application/json"]["explanation"]
    # That very file, found: the name was not cut at a quote or mended.
    assert explanation["exists"] is True
    assert explanation["resolved"] == str(target)
    assert not (tmp_path / "PWNED").exists()
    assert not os.path.exists("PWNED")
    assert evaluate(kernel, NAMES) == names_before


def test_the_kernel_judges_where_it_differs_from_the_server(kernel):
    server = {
        "run_as": {"uid": os.getuid() + 1, "user": "someone"},
        "user_namespace": {"host_uid": 4242},
        "home": {"path": "/nonexistent/home"},
    }
    content = run_silently(
        kernel,
        kernel_request(
            metadata_path="/nonexistent/metadata.json",
            active_probes=False,
            probe_timeout=1,
            compare_with=server,
        ),
    )
    report = assert_valid(
        content["user_expressions"]["report"]["data"]["application/json"]["report"]
    )
    found = {difference["id"]: difference for difference in report["differences"]}
    assert found["run_as"]["text"].endswith("this server runs as someone (host uid 4242).")
    assert found["home.path"]["text"].endswith(
        "the server\N{RIGHT SINGLE QUOTATION MARK}s is /nonexistent/home."
    )
