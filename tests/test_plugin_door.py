"""A third-party check package, installed for real into a throw-away virtualenv, works end to
end: ``perflint check --select Z`` finds with it, ``perflint rules`` lists it, its own tests run
with perflint.testing, and perflint's own suite still passes with it installed beside ours.

The package is tests/fixtures/plugin (family ``drafting``, prefix ``Z``; Z902 reports every part
title, a deliberately noisy probe). Offline: the virtualenv sees perflint and its dependencies
through ``--system-site-packages`` (and, when these tests run from a virtualenv themselves, that
one's site-packages), and the plugin is installed with ``pip --no-deps --no-index``.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import perflint

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "tests" / "fixtures" / "plugin"
INNER = "PERFLINT_PLUGIN_DOOR_INNER"  # set while perflint's suite runs inside the virtualenv

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(os.environ.get(INNER)), reason="already inside the plugin-door virtualenv"),
    pytest.mark.skipif(importlib.util.find_spec("venv") is None, reason="the venv module is not available"),
]

DRAFT = """某县文化馆2023年度送戏下乡项目绩效自评报告（征求意见稿）

一、基本情况
项目全年预算数20.00万元，执行数20.00万元。

某县文化馆
2024 年 3 月 15 日
"""


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    # The timeout only stops a hang: the whole suite runs inside the virtualenv, which takes
    # minutes on a busy two-core machine.
    full_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", **env}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=1800)


def _make_venv(where: Path) -> Path:
    # Without its own pip (ensurepip takes seconds): the pip perflint's environment has serves,
    # and installs into the virtualenv that runs it.
    proc = _run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(where)], cwd=where.parent)
    if proc.returncode != 0:
        pytest.skip(f"cannot create a virtualenv: {proc.stderr.strip()[-300:]}")
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if sys.prefix != sys.base_prefix:  # we run from a virtualenv: --system-site-packages does not reach it
        purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                       cwd=where.parent).stdout.strip()
        lines = [f"import site; site.addsitedir({d!r})" for d in site.getsitepackages()]
        Path(purelib, "_perflint_tests_parent.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if _run([str(python), "-m", "pip", "--version"], cwd=where.parent).returncode != 0:
        if _run([str(python), "-m", "ensurepip", "--default-pip"], cwd=where.parent).returncode != 0:
            pytest.skip("pip is not available to install into a virtualenv (no pip, no ensurepip)")
    return python


def _can_build_with_setuptools(python: Path, cwd: Path) -> bool:
    """setuptools builds wheels by itself from 70.1; before that it needs the ``wheel`` package."""
    code = ("import setuptools, importlib.util as u, sys; v = tuple(int(x) for x in setuptools.__version__.split('.')[:2]);"
            "sys.exit(0 if v >= (70, 1) or u.find_spec('wheel') else 1)")
    return _run([str(python), "-c", code], cwd=cwd).returncode == 0


def _wheel(src: Path, out: Path) -> Path:
    """A pure-Python wheel of ``src`` made from its pyproject.toml, for when no build backend can
    run offline. It carries the same metadata a backend would write: name, version, entry points."""
    tomllib = pytest.importorskip("tomllib", reason="tomllib (Python 3.11+) is needed to read the plugin's pyproject")
    meta = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))
    project = meta["project"]
    dist = project["name"].replace("-", "_")
    info = f"{dist}-{project['version']}.dist-info"
    files: dict[str, bytes] = {}
    for package in meta["tool"]["setuptools"]["packages"]:
        for path in sorted((src / package.replace(".", "/")).glob("*.py")):
            files[path.relative_to(src).as_posix()] = path.read_bytes()
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n".encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: perflint-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/entry_points.txt"] = "".join(
        f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in eps.items()) + "\n"
        for group, eps in project.get("entry-points", {}).items()).encode()
    record = []
    for name, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    wheel = out / f"{dist}-{project['version']}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return wheel


@pytest.fixture(scope="module")
def plugin_venv(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("plugin-door")
    python = _make_venv(tmp / "venv")
    where = _run([str(python), "-c", "import perflint; print(perflint.__file__)"], cwd=tmp).stdout.strip()
    assert Path(where).resolve() == Path(perflint.__file__).resolve(), f"the virtualenv imports perflint from {where}"
    source = tmp / "perflint-zdemo"
    shutil.copytree(PLUGIN, source)
    target = str(source) if _can_build_with_setuptools(python, tmp) else str(_wheel(source, tmp))
    proc = _run([str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", target], cwd=tmp)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (tmp / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return python, tmp


def perflint_cli(plugin_venv, *args: str) -> subprocess.CompletedProcess:
    python, tmp = plugin_venv
    return _run([str(python), "-m", "perflint.cli", *args], cwd=tmp)


def test_installed_plugin_checks_and_is_listed(plugin_venv):
    found = perflint_cli(plugin_venv, "check", "--format", "json", "--select", "Z", "draft.txt")
    assert found.returncode == 1, found.stderr
    assert sorted((d["code"], d["line"], d["check"]) for d in json.loads(found.stdout)) == [
        ("Z901", 1, "drafting"), ("Z902", 1, "drafting")]
    narrowed = perflint_cli(plugin_venv, "check", "--format", "json", "--select", "Z901",
                            "--option", "Z901.words=送审稿", "draft.txt")
    assert (narrowed.returncode, json.loads(narrowed.stdout)) == (0, []), narrowed.stderr
    rules = perflint_cli(plugin_venv, "rules", "--lang", "en")
    assert rules.returncode == 0 and "Z901" in rules.stdout and "draft-watermark" in rules.stdout
    assert "A101" in rules.stdout  # ours are still there
    rule = perflint_cli(plugin_venv, "rule", "Z901")
    assert rule.returncode == 0 and "perflint-zdemo" in rule.stdout and "words=" in rule.stdout
    assert "它检查什么" in rule.stdout  # the plugin's Chinese docs (doc_zh), shown by default


def test_plugin_tests_run_with_perflint_testing(plugin_venv):
    python, tmp = plugin_venv
    proc = _run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                 str(tmp / "perflint-zdemo" / "tests" / "zdemo_checks.py")], cwd=tmp)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 passed" in proc.stdout


def test_perflint_suite_passes_with_a_noisy_plugin_installed(plugin_venv):
    python, tmp = plugin_venv
    # From outside the source tree, so the installed perflint (with perflint.checks) is imported.
    proc = _run([str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", str(ROOT / "tests")],
                cwd=tmp, **{INNER: "1"})
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
