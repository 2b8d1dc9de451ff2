"""Every installed check honours the plugin contract: stable code, family, bilingual messages,
ruff-style documentation, and at least one test that names it."""

import re
import string
from pathlib import Path

import pytest

from perflint.check import FAMILIES, LANGS
from perflint.engine import discover, matches, select

CHECKS = discover()
TESTS = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.rglob("test_*.py"))
CODE = re.compile(r"^[ABCDSTUY]\d{3}$")
FAMILY_LETTER = {"arithmetic": "A", "duplicates": "D", "boilerplate": "B", "units": "U", "years": "Y",
                 "structure": "S", "consistency": "C", "terms": "T"}


def test_codes_are_unique_and_built_ins_come_through_entry_points():
    codes = [c.code for c in CHECKS]
    assert len(codes) == len(set(codes))
    assert all(c.__module__.startswith("perflint.checks.") for c in CHECKS)


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.code)
def test_check_declares_itself(cls):
    assert CODE.match(cls.code), cls.code
    assert cls.family in FAMILIES
    assert cls.code[0] == FAMILY_LETTER[cls.family]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cls.name)
    assert set(LANGS) <= set(cls.title)
    docs = cls.docs()
    for heading in ("What it does", "Why is this bad?", "Example"):
        assert heading in docs, f"{cls.code} docs lack '{heading}'"
    assert "Use instead" in docs or "How to fix" in docs


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.code)
def test_messages_exist_in_every_language_with_the_same_fields(cls):
    assert cls.messages
    for key, templates in cls.messages.items():
        # A field may come pre-rendered per language (``how`` / ``how_en``): compare base names.
        fields = {lang: {re.sub(r"_(zh|en)$", "", f) for _, f, _, _ in string.Formatter().parse(t) if f}
                  for lang, t in templates.items()}
        assert set(LANGS) <= set(templates), f"{cls.code}.{key} lacks a language"
        assert fields["zh"] == fields["en"], f"{cls.code}.{key}: zh and en use different fields"


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.code)
def test_check_has_a_test(cls):
    assert cls.code in TESTS or cls.__name__ in TESTS, f"no test names {cls.code} / {cls.__name__}"


def test_selectors():
    cls = CHECKS[0]
    assert matches(cls, cls.family) and matches(cls, cls.code) and matches(cls, cls.code[:2]) and matches(cls, "ALL")
    assert select(CHECKS, [cls.family], [cls.code]) == [c for c in CHECKS if c.family == cls.family and c is not cls]
