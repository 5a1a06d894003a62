"""A kernel's capabilities: a set that could not be read is unknown, with the reason, and never
reads as "no capabilities"."""

from __future__ import annotations

import shutil

import pytest
from contract import assert_valid
from golden import FIXTURES, build_golden

from jupyterlab_isolation_info.collector import render

CASE = "studio-sagemaker-user"
KERNEL_ID = "6f1e2d3c-0000-4000-8000-000000000000"


def with_status(tmp_path, old: str, new: str) -> dict:
    """The case's report, the kernel's /proc/4242/status (verbatim) with one line replaced."""
    shutil.copytree(FIXTURES / CASE, tmp_path / CASE, symlinks=True)
    status = tmp_path / CASE / "4242" / "status"
    text = status.read_text()
    assert old in text
    status.write_text(text.replace(old, new))
    return assert_valid(build_golden(CASE, tmp_path))


def local_kernel(report: dict) -> dict:
    return next(k for k in report["kernels"] if k["id"] == KERNEL_ID)


def test_a_readable_kernel_has_its_sets_and_no_capability_error():
    kernel = local_kernel(build_golden(CASE))
    assert kernel["capabilities"]["beyond_docker_default"] == []
    assert "CAP_CHOWN" in kernel["capabilities"]["effective"]
    assert kernel["capabilities"]["error"] is None


@pytest.mark.parametrize(
    ("old", "new", "capabilities"),
    [
        (
            "CapBnd:\t00000000a80425fb\n",
            "CapBnd:\tzz\n",
            {
                "beyond_docker_default": None,
                "error": "The CapBnd line of /proc/4242/status cannot be decoded "
                "(Unexpected capability mask: 'zz').",
            },
        ),
        (
            "CapBnd:\t00000000a80425fb\n",
            "",
            {
                "beyond_docker_default": None,
                "error": "/proc/4242/status has no CapBnd line.",
            },
        ),
        (
            "CapEff:\t00000000a80425fb\n",
            "",
            {
                "effective": None,
                "beyond_docker_default": [],
                "error": "/proc/4242/status has no CapEff line.",
            },
        ),
    ],
)
def test_an_unreadable_capability_set_is_unknown_with_its_reason(tmp_path, old, new, capabilities):
    report = with_status(tmp_path, old, new)
    kernel = local_kernel(report)
    for key, value in capabilities.items():
        assert kernel["capabilities"][key] == value
    assert kernel["host_uid"] == 100000 and kernel["error"] is None  # the rest is still known
    tone = report["tones"][f"kernels[{KERNEL_ID}].capabilities"]
    if capabilities["beyond_docker_default"] is None:
        assert tone == {"tone": "unknown", "text": "unknown", "reason": capabilities["error"]}
        assert f"beyond Docker's defaults: unknown ({capabilities['error']})" in render.to_text(
            report
        )
    else:
        assert tone["tone"] == "ok"
    assert "kernel-caps-beyond-docker-default" not in {f["id"] for f in report["findings"]}
