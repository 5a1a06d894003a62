"""The code the panel runs inside a kernel to collect the kernel's own report.

The collector is sent as source text from this installed package, so a kernel without
jupyterlab_isolation_info installed still works. It runs as a silent execute request:
the modules live under a private package name that is removed again, and the only name
left in the user namespace is popped by the user expression that returns the result.
"""

import json
from importlib import resources

# A name no user would choose; the user expression pops it.
RESULT_NAME = "_jupyterlab_isolation_info_result"
PACKAGE_NAME = "_jupyterlab_isolation_info_collector"

_BOOTSTRAP = """
def _jupyterlab_isolation_info_run(sources, options):
    import sys, types
    package = "{package}"
    created = []
    try:
        root = types.ModuleType(package)
        root.__path__ = []
        sys.modules[package] = root
        created.append(package)
        pending = dict(sources)
        causes = {{}}
        # Modules import one another; load each once its imports are loaded.
        while pending:
            progressed = False
            for name, source in list(pending.items()):
                qualified = package + "." + name
                module = types.ModuleType(qualified)
                module.__package__ = package
                sys.modules[qualified] = module
                created.append(qualified)
                try:
                    exec(compile(source, "<isolation-info " + name + ">", "exec"), module.__dict__)
                except ImportError as error:
                    causes[name] = type(error).__name__ + ": " + str(error)
                    del sys.modules[qualified]
                    created.remove(qualified)
                    continue
                setattr(root, name, module)
                del pending[name]
                progressed = True
            if not progressed:
                raise ImportError(
                    "cannot load the collector modules: "
                    + "; ".join(n + " (" + causes.get(n, "?") + ")" for n in pending)
                )
        path = options.pop("explain", None)
        server = options.pop("compare_with", None)
        if path is None:
            report = sys.modules[package + ".report"].build_report(**options)
            if server is not None:
                # Where this kernel and the server differ, judged here (differences.py).
                compare = sys.modules[package + ".differences"].differences
                report["differences"] = compare(server, report)
            result = {{"report": report}}
        else:
            # The same explanation as the server's, for the kernel's own identity; a
            # relative path is resolved against the kernel's working directory.
            result = {{"explanation": sys.modules[package + ".explain"].explain(path)}}
    except Exception as error:  # the panel shows this instead of a report
        result = {{"error": type(error).__name__ + ": " + str(error)}}
    finally:
        for name in created:
            sys.modules.pop(name, None)

    class Result:
        def _repr_json_(self):
            return result

        def __repr__(self):
            return "<isolation-info report>"

    return Result()


{result} = _jupyterlab_isolation_info_run({sources}, {options})
del _jupyterlab_isolation_info_run
"""


def collector_sources() -> dict[str, str]:
    """The collector package's modules as source text, read from this installation."""
    package = resources.files("jupyterlab_isolation_info.collector")
    return {
        entry.name[: -len(".py")]: entry.read_text(encoding="utf-8")
        for entry in package.iterdir()
        if entry.name.endswith(".py") and entry.name != "__init__.py"
    }


def kernel_request(
    *,
    metadata_path: str,
    active_probes: bool,
    probe_timeout: float,
    explain: str | None = None,
    compare_with: dict | None = None,
) -> dict:
    """The code and user expression of one silent execute request.

    With `explain`, the kernel explains that path's permissions for its own identity
    (`{"explanation": ...}`, explain.schema.json) instead of collecting its report. With
    `compare_with` (the server's ``differences.comparable`` facts), the kernel's report carries
    where it differs from the server (its ``differences`` key).
    """
    options = {
        "metadata_path": metadata_path,
        "active_probes": active_probes,
        "probe_timeout": probe_timeout,
    }
    if compare_with is not None:
        options["compare_with"] = compare_with
    if explain is not None:
        options = {"explain": explain}
    code = _BOOTSTRAP.format(
        package=PACKAGE_NAME,
        result=RESULT_NAME,
        sources=repr(collector_sources()),
        options=repr(options),
    )
    return {"code": code, "expression": f"globals().pop({RESULT_NAME!r}, None)"}


if __name__ == "__main__":  # handy for reading the generated code
    print(json.dumps(kernel_request(metadata_path="/m", active_probes=False, probe_timeout=1.0)))
