"""Compile perflint's own modules with Cython, unchanged, into an editable checkout (an experiment).

    pip install cython                      # not a dependency of perflint
    python scripts/cython_probe.py build    # every module but those listed in NOT_COMPILED
    python scripts/cython_probe.py build perflint.extract.slips perflint.text.numbers
    python scripts/cython_probe.py clean    # back to plain Python

This measures what compiling the pure-Python code buys (issue 11: throughput) and is not a build
step: see docs/performance.md ("Compiling the Python code", 2026-12-06) for the figures and why
the package stays pure Python. The compiled modules are written beside their ``.py`` files,
where Python's import prefers them, so a checkout built this way runs stale code after an edit
until it is built again or cleaned. Both commands also empty the kept module code
(:mod:`perflint.modulecode`), whose entries would otherwise go on giving the ``.py`` files' code:
they are checked against the source file only, not against an extension module beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Modules that stay Python: the ones run with `python -m` (runpy needs a code object: a compiled
# perflint.cli answers "No code object available"), package __init__ files, and the two that
# Cython 3.3 rejects as they are ("starred expression is not allowed here": ``max([a, *b, *c])``).
NOT_COMPILED = {"perflint.cli", "perflint.report.screen", "perflint.checks.consistency._forms"}


def module_sources() -> dict[str, str]:
    """Module name → source path relative to the checkout, for every compilable module."""
    found: dict[str, str] = {}
    for top in ("perflint", "checks"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.name in ("__init__.py", "__main__.py"):
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[0] == "checks":  # the top-level checks/ folder ships as perflint.checks
                parts.insert(0, "perflint")
            name = ".".join(parts)
            if name not in NOT_COMPILED:
                found[name] = str(path.relative_to(ROOT))
    return found


def compiled_files() -> list[Path]:
    return [p for top in ("perflint", "checks") for p in (ROOT / top).rglob("*.so")]


def forget_kept_code() -> None:
    """Empty the kept module code of the cache folder this environment uses."""
    sys.path.insert(0, str(ROOT))
    from perflint.data import cache_dir

    folder = cache_dir()
    if folder:
        for kept in Path(folder).glob("modules-*.marshal"):
            kept.unlink()


def build(names: list[str], jobs: int) -> None:
    from Cython.Build import cythonize
    from setuptools import Extension, setup

    sources = module_sources()
    unknown = [n for n in names if n not in sources]
    if unknown:
        raise SystemExit(f"not compilable here: {', '.join(unknown)}")
    chosen = names or list(sources)
    # annotation_typing off: an annotation stays a hint, as in Python (with it on, Cython would
    # check and convert arguments by their annotations, which changes what a call accepts)
    directives = {"language_level": 3, "annotation_typing": False, "binding": True}
    with tempfile.TemporaryDirectory(prefix="perflint-cython-") as tmp:
        extensions = [Extension(n, [sources[n]], extra_compile_args=["-O2", "-g0"]) for n in chosen]
        os.chdir(ROOT)
        setup(name="perflint-cython-probe", script_args=["build_ext", "--inplace", f"-j{jobs}",
                                                         "--build-temp", tmp, "--build-lib", tmp],
              package_dir={"perflint": "perflint", "perflint.checks": "checks"},
              ext_modules=cythonize(extensions, compiler_directives=directives, nthreads=jobs,
                                    quiet=True, build_dir=tmp))
    forget_kept_code()


def clean() -> None:
    for path in compiled_files():
        path.unlink()
    forget_kept_code()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["build", "clean", "list"])
    ap.add_argument("modules", nargs="*", help="module names to compile (default: all but NOT_COMPILED)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    if args.command == "build":
        build(args.modules, args.jobs)
    elif args.command == "clean":
        clean()
    else:
        print("\n".join(module_sources()))


if __name__ == "__main__":
    main()
