"""The engine drops a fact once every family that reads it has run (memory on long drafts), and
no fact is ever built twice in a run because of that: a family that reads a fact another family
owns must be declared in ``perflint.facts.SHARED_READERS``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from perflint import engine
from perflint.check import Context
from perflint.engine import load_registry, run_checks
from perflint.facts import Facts, readers
from perflint.read.loader import load

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = [
    ROOT / "examples" / "budget-office-2023.txt",
    ROOT / "examples" / "final-accounts-2023.md",
    ROOT / "examples" / "self-evaluation.yaml",
    ROOT / "tests" / "fixtures" / "clean" / "education-project-2024.txt",
    ROOT / "tests" / "fixtures" / "duplicates" / "two_projects.txt",
    *sorted((ROOT / "tests" / "fixtures" / "forms").iterdir()),
]


@pytest.fixture
def each_family(monkeypatch) -> None:
    """Every draft has its finished families' facts dropped as each family ends, as a long one
    has (a short one has them dropped at its end only): what the tests below hold to account."""
    monkeypatch.setattr(engine, "RELEASE_CHARS", 0)


@pytest.fixture
def builds(monkeypatch, each_family) -> Counter:
    counts: Counter = Counter()
    original = Facts.cached

    def counting(self, key, build):
        def counted(doc):
            counts[key] += 1
            return build(doc)
        return original(self, key, counted)

    monkeypatch.setattr(Facts, "cached", counting)
    return counts


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_every_fact_is_built_once_per_run(path, builds):
    checks = [cls() for cls in load_registry().builtin()]
    doc = load(path)
    run_checks(doc, checks, Context())
    assert builds, "the checks read facts"
    assert [key for key, n in builds.items() if n > 1] == []


@pytest.mark.parametrize("as_it_goes", [True, False], ids=["each-family", "at-the-end"])
def test_facts_of_finished_families_are_dropped(monkeypatch, as_it_goes):
    if as_it_goes:
        monkeypatch.setattr(engine, "RELEASE_CHARS", 0)
    checks = [cls() for cls in load_registry().builtin()]
    doc = load(DRAFTS[0])
    run_checks(doc, checks, Context())
    families = {c.family for c in checks}
    assert doc.facts._memo, "facts no family claims are kept"
    assert not [key for key in doc.facts._memo if readers(key, families) is not None]


def test_a_short_draft_drops_its_facts_at_the_end_only(monkeypatch):
    """A short draft's facts are dropped once, when every check has run (going through them at
    each family's end cost more than the memory it saved); a long one's as each family ends."""
    calls: list[frozenset] = []
    original = Facts.release
    monkeypatch.setattr(Facts, "release", lambda self, pending, families: calls.append(frozenset(pending))
                        or original(self, pending, families))
    checks = [cls() for cls in load_registry().builtin()]
    run_checks(load(DRAFTS[0]), checks, Context())
    assert calls == [frozenset()]
    calls.clear()
    monkeypatch.setattr(engine, "RELEASE_CHARS", 0)
    run_checks(load(DRAFTS[0]), checks, Context())
    assert len(calls) == len({c.family for c in checks}) and calls[-1] == frozenset()


def test_findings_do_not_depend_on_releasing(monkeypatch, each_family):
    checks = [cls() for cls in load_registry().builtin()]

    def findings() -> list[str]:
        out = []
        for path in DRAFTS:
            result = run_checks(load(path), checks, Context())
            out += [json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) for d in result.diagnostics]
        return out

    released = findings()
    monkeypatch.setattr(Facts, "release", lambda self, pending, families: None)
    assert findings() == released


def test_readers():
    families = {"boilerplate", "units", "years"}
    assert readers("boilerplate.texts", families) == {"boilerplate"}
    assert readers("duplicates.copies:92.0:40", families | {"duplicates"}) == {"duplicates"}
    assert readers("quantities.prose", families) == {"consistency", "terms", "units"}
    assert readers("selfeval", families) is None  # the document's own forms: kept
    assert readers("plugin.thing", families) is None  # not a family of this run: kept
