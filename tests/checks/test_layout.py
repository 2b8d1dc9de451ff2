"""One rule, one module, one test file: every built-in rule lives in its own module under
``checks/<family>/`` and is tested in ``tests/checks/<family>/test_<module>.py``; every code of a
family carries the family's prefix and no two rules share a code.

These tests never list a family's codes: adding a rule must not break them, adding a rule without
its own test file must.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import perflint.checks
import pytest

from perflint.check import Check
from perflint.testing import builtin_checks

TESTS = Path(__file__).resolve().parent
FAMILY_FOLDERS = sorted(m.name for m in pkgutil.iter_modules(perflint.checks.__path__) if m.ispkg)

# Built-in rules that are not a module of a family folder, and where they are tested.
ELSEWHERE = {
    "perflint.checks.data_rules": TESTS / "data_rules" / "test_builtin_data_rules.py",  # rules written as data
    "perflint.checks.unused_suppression": TESTS.parent / "test_suppress.py",  # S690, tested with suppression
}

RULES = [pytest.param(cls, id=cls.code) for cls in sorted(builtin_checks(), key=lambda c: c.code)]


def family_checks(folder: str) -> list[type[Check]]:
    return list(importlib.import_module(f"perflint.checks.{folder}").CHECKS)


def test_the_family_folders_are_found():
    assert len(FAMILY_FOLDERS) >= 8 and "arithmetic" in FAMILY_FOLDERS


@pytest.mark.parametrize("folder", FAMILY_FOLDERS)
def test_codes_of_a_family_carry_its_prefix(folder: str):
    family = importlib.import_module(f"perflint.checks.{folder}").FAMILY
    checks = family_checks(folder)
    assert checks, f"{folder}: CHECKS is empty"
    for cls in checks:
        assert cls.family == family.name, f"{cls.code}: family {cls.family!r}, listed in {folder}"
        assert cls.code.startswith(family.prefix) and cls.code[len(family.prefix):].isdigit(), cls.code


def test_no_two_rules_share_a_code_or_a_name():
    checks = builtin_checks()
    codes = [c.code for c in checks]
    names = [c.name for c in checks]
    assert len(set(codes)) == len(codes), sorted(c for c in codes if codes.count(c) > 1)
    assert len(set(names)) == len(names), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("folder", FAMILY_FOLDERS)
def test_every_rule_of_a_family_has_its_own_module(folder: str):
    modules = [cls.__module__ for cls in family_checks(folder)]
    for cls, module in zip(family_checks(folder), modules, strict=True):
        package, _, name = module.rpartition(".")
        assert package == f"perflint.checks.{folder}" and not name.startswith("_"), \
            f"{cls.code} ({cls.__name__}) is defined in {module}, not in a module of checks/{folder}/"
    assert len(set(modules)) == len(modules), f"{folder}: two rules share a module"


def own_test_file(cls: type[Check]) -> Path:
    """Where a rule's own tests live: ``tests/checks/<family folder>/test_<module>.py``."""
    if cls.__module__ in ELSEWHERE:
        return ELSEWHERE[cls.__module__]
    package, _, module = cls.__module__.rpartition(".")
    return TESTS / package.rpartition(".")[2] / f"test_{module}.py"


@pytest.mark.parametrize("cls", RULES)
def test_every_builtin_rule_has_its_own_test_file(cls: type[Check]):
    path = own_test_file(cls)
    assert path.is_file(), f"{cls.code} ({cls.__module__}) has no test file {path.relative_to(TESTS.parent.parent)}"
    text = path.read_text(encoding="utf-8")
    assert cls.code in text or cls.__name__ in text, f"{path.name} never names {cls.code} or {cls.__name__}"


def test_every_test_file_of_a_family_folder_is_a_rules_or_the_familys():
    """A test file named after no rule is a rule renamed or removed without its tests."""
    modules = {(folder, cls.__module__.rpartition(".")[2]) for folder in FAMILY_FOLDERS for cls in family_checks(folder)}
    for folder in FAMILY_FOLDERS:
        for path in (TESTS / folder).glob("test_*.py"):
            stem = path.stem.removeprefix("test_")
            assert (folder, stem) in modules or stem == f"{folder}_fixtures", \
                f"{path.relative_to(TESTS)} tests no rule of {folder} (a rule module is named test_<module>.py, " \
                f"tests of several rules go to test_{folder}_fixtures.py)"

