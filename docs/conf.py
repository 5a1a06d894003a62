"""Sphinx configuration: MyST Markdown pages in the PyData theme, as JupyterLab's docs are.

`make docs` builds it with warnings as errors and nitpicky references; nothing is fetched
(no intersphinx), so the build needs no network.
"""

project = "jupyterlab-isolation-info"
copyright = "the jupyterlab-isolation-info authors"
author = "the jupyterlab-isolation-info authors"

extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# Headings get anchors down to level 3, so pages link to a finding, a metric or a trait.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

html_theme = "pydata_sphinx_theme"
html_title = "Isolation Info"
html_theme_options = {
    "navigation_with_keys": False,
    "show_toc_level": 2,
    "footer_start": ["copyright"],
    "footer_end": [],
}
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None  # no build time in a page
