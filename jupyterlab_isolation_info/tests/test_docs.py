"""The documentation: reference pages generated from their sources, and a README one reads in
one sitting."""

import re
import subprocess
import sys
from pathlib import Path

import contract
import pytest

ROOT = Path(contract.DOCS_GENERATOR).parents[1]
REFERENCE = ROOT / "docs" / "reference"


@pytest.fixture(scope="module")
def generate():
    return contract.docs_generator()


def test_every_reference_page_is_as_its_source_generates_it(tmp_path):
    # The generator run as `make docs` runs it, in a process of its own, into a temporary folder.
    subprocess.run(
        [sys.executable, str(contract.DOCS_GENERATOR), "--out", str(tmp_path)], check=True
    )
    generated = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in REFERENCE.glob("*.md"))
    assert generated == committed, "docs/reference/ holds a page no source generates, or lacks one"
    stale = [
        name
        for name in generated
        if (tmp_path / name).read_text(encoding="utf-8")
        != (REFERENCE / name).read_text(encoding="utf-8")
    ]
    assert not stale, f"stale: {', '.join(stale)}; run `make contract-doc`"


def test_generating_twice_gives_the_same_pages(generate):
    assert generate.pages() == generate.pages()


def test_the_pages_hold_no_machine_path_or_time(generate):
    for name, text in generate.pages().items():
        assert str(ROOT) not in text, name
        assert not re.search(r"\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d", text), name


def test_the_findings_page_lists_every_declared_finding_with_what_it_means(generate):
    from jupyterlab_isolation_info.collector.findings import FINDINGS

    page = generate.findings_page()
    for finding_id in FINDINGS:
        assert f"### {finding_id}\n" in page
    texts = generate.finding_texts(FINDINGS)
    # Every declared finding is emitted by a rule whose title and detail can be shown.
    assert set(texts) == set(FINDINGS), sorted(set(FINDINGS) - set(texts))


def test_the_api_page_names_every_route_the_server_registers(generate):
    page = generate.api_page()
    for route in ("report", "probe", "kernel-code", "schema", "explain", "explain/schema"):
        assert f"{{base_url}}isolation-info/{route}`" in page
    assert "kernels/<kernel_id>/death" in page


def test_the_config_page_names_every_trait(generate):
    from jupyterlab_isolation_info.config import IsolationInfo

    page = generate.config_page()
    for name in IsolationInfo.class_traits(config=True):
        assert f"## IsolationInfo.{name}\n" in page


def test_the_readme_is_read_in_one_sitting():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines; move the detail to docs/"
    long = [
        n
        for n, line in enumerate(lines, 1)
        if len(line) > 100 and not re.match(r"^\s*(!?\[|\[.*\]:)", line)
    ]
    assert not long, f"README.md lines over 100 characters: {long}"


def test_the_readme_and_the_guides_show_the_pictures_the_tests_draw():
    drawn = set()
    for spec in (ROOT / "ui-tests" / "tests").glob("*.spec.ts"):
        drawn |= set(re.findall(r"'docs', '([\w-]+\.png)'", spec.read_text(encoding="utf-8")))
    assert drawn, "the UI tests no longer draw the docs' pictures: keep both in step"
    # The integration tests draw theirs too: the fleet's view in Prometheus's own UI.
    integration = Path(__file__).parent / "integration"
    for test in integration.glob("test_*.py"):
        drawn |= set(re.findall(r'"docs" / "([\w-]+\.png)"', test.read_text(encoding="utf-8")))
    assert "fleet.png" in drawn, "the fleet test no longer draws the docs' picture"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guides = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "user").glob("*.md"))
    for picture in drawn:
        assert (ROOT / "docs" / picture).is_file(), picture
        assert f"(docs/{picture})" in readme, picture
        assert f"(../{picture})" in guides, picture


def test_the_guides_show_the_pictures_the_tests_draw_for_them_alone():
    """A picture a UI test draws into docs/_static/ is for a guide page (the README shows those
    of docs/): each is there and shown by a guide."""
    drawn = set()
    for spec in (ROOT / "ui-tests" / "tests").glob("*.spec.ts"):
        text = spec.read_text(encoding="utf-8")
        drawn |= set(re.findall(r"'docs',\s*'_static',\s*'([\w-]+\.png)'", text))
    guides = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "user").glob("*.md"))
    for picture in drawn:
        assert (ROOT / "docs" / "_static" / picture).is_file(), picture
        assert f"(../_static/{picture})" in guides, picture


def test_the_walls_guide_names_every_section_in_the_panels_order():
    from jupyterlab_isolation_info.collector.summary import SECTION_TITLES

    guide = (ROOT / "docs" / "user" / "walls.md").read_text(encoding="utf-8")
    named = re.findall(r"^- \*\*(.+?)\*\*", guide.split("## The sections", 1)[1], re.MULTILINE)
    shown = [title for title in named if title in SECTION_TITLES.values()]
    assert shown == list(SECTION_TITLES.values()), "docs/user/walls.md: add or reorder a section"
