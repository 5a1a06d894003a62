"""Where a kernel and the server differ: judged in Python, the panel draws the sentences."""

import copy
import json

import pytest
from contract import assert_valid
from golden import golden_path

from jupyterlab_isolation_info.collector.differences import comparable, differences
from jupyterlab_isolation_info.collector.summary import judge


def golden(case: str) -> dict:
    return json.loads(golden_path(case).read_text(encoding="utf-8"))


def rejudged(report: dict) -> dict:
    """A report patched by hand, with the tones its judge gives it now."""
    return {**report, **judge(report)}


def blocked_as_in_studio(report: dict) -> dict:
    for endpoint in report["endpoints"]:
        endpoint["status"] = "blocked"
        endpoint["detail"] = "The kernel refuses the route (EINVAL): a blackhole rule."
    return rejudged(report)


@pytest.fixture
def server() -> dict:
    return blocked_as_in_studio(golden("studio-sagemaker-user"))


@pytest.fixture
def kernel() -> dict:
    """Root in a KernelGateway container, as in Studio Classic, with one capability more than
    Docker's defaults."""
    report = golden("studio-root-remapped")
    report["capabilities"]["beyond_docker_default"] = ["CAP_NET_ADMIN"]
    report["metadata"]["fields"] = {**report["metadata"]["fields"], "AppType": "KernelGateway"}
    return blocked_as_in_studio(report)


def texts(found: list[dict]) -> list[str]:
    return [difference["text"] for difference in found]


def test_it_should_say_who_the_code_runs_as_beside_who_the_server_runs_as(server, kernel):
    assert differences(server, kernel)[0] == {
        "id": "run_as",
        "text": "Your code runs as root (host uid 100000); this server runs as sagemaker-user "
        "(host uid 200001).",
        "tone": "neutral",
    }


def test_it_should_call_out_home_capabilities_and_app_type_differences(server, kernel):
    found = {d["id"]: d for d in differences(server, kernel)}
    assert found["home.path"]["text"] == (
        "The kernel\u2019s home is /root; the server\u2019s is /home/sagemaker-user."
    )
    # The tone is the kernel's own for the fact: beyond Docker's defaults is a warning.
    assert found["capabilities.beyond_docker_default"] == {
        "id": "capabilities.beyond_docker_default",
        "text": "The kernel keeps capabilities the server does not: CAP_NET_ADMIN.",
        "tone": "warning",
    }
    assert found["metadata.fields.AppType"]["text"] == (
        "The kernel runs in a KernelGateway app; the server in a JupyterLab app."
    )


def test_it_should_call_out_an_endpoint_blocked_on_one_side_only_in_the_collectors_words(
    server,
):
    open_ = copy.deepcopy(server)
    for endpoint in open_["endpoints"]:
        if endpoint["id"] == "imds-ipv4":
            endpoint["status"] = "routable"
    open_ = rejudged(open_)
    assert differences(server, open_) == [
        {
            "id": "endpoints[imds-ipv4].status",
            "text": "Instance metadata service (IPv4) is routable (not probed) from the kernel "
            "but blocked from the server.",
            "tone": "warning",
        }
    ]


def test_it_should_find_no_difference_between_a_report_and_itself(server):
    assert differences(server, server) == []


def test_it_should_say_unknown_for_a_host_uid_not_read_and_a_dash_for_no_home(server):
    kernel = copy.deepcopy(server)
    kernel["user_namespace"]["host_uid"] = None
    kernel["run_as"]["user"] = None
    kernel["home"] = None
    kernel = rejudged(kernel)
    found = {d["id"]: d for d in differences(server, kernel)}
    assert found["run_as"]["text"] == (
        "Your code runs as uid 1000 (host uid unknown); this server runs as sagemaker-user "
        "(host uid 200001)."
    )
    assert found["run_as"]["tone"] == "unknown"
    assert (
        found["home.path"]["text"]
        == "The kernel\u2019s home is \u2014; the server\u2019s is /home/sagemaker-user."
    )


@pytest.mark.parametrize("case", ["studio-sagemaker-user", "studio-root-remapped", "host-root"])
def test_the_servers_comparable_facts_give_what_its_whole_report_gives(case, kernel):
    server = golden(case)
    assert differences(comparable(server), kernel) == differences(server, kernel)
    # What travels in the kernel's request is plain data a repr() round-trips.
    assert eval(repr(comparable(server))) == comparable(server)  # noqa: S307


def test_a_kernels_report_with_its_differences_follows_the_schema(server, kernel):
    assert_valid({**kernel, "differences": differences(comparable(server), kernel)})
