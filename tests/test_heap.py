"""The collector is paused while a draft is read and the heap frozen while it is checked
(perflint.heap); both leave the collector as they found it, whatever happens inside."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from perflint.check import Context
from perflint.engine import load_registry, run_checks
from perflint.heap import YOUNG_THRESHOLD, Frozen, for_a_run, paused
from perflint.read.loader import load

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "budget-office-2023.txt"


@pytest.fixture(autouse=True)
def _collector_restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


def test_paused_restores_the_collector():
    gc.enable()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled():
    gc.disable()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_frozen_unfreezes_on_exit_and_on_error():
    with Frozen() as frozen:
        assert gc.get_freeze_count() > 0
        frozen.again()
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), Frozen():
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_frozen_leaves_another_freeze_alone():
    gc.freeze()
    count = gc.get_freeze_count()
    with Frozen():
        pass
    assert gc.get_freeze_count() == count


def test_a_run_leaves_the_collector_as_it_was():
    gc.enable()
    checks = [cls() for cls in load_registry().builtin()]
    doc = load(EXAMPLE)
    assert gc.isenabled()
    assert run_checks(doc, checks, Context()).diagnostics
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_an_unlinked_document_needs_no_collection():
    doc = load(EXAMPLE)
    assert any(part.forms for part in doc.parts)
    gc.collect()
    doc.unlink()
    del doc
    assert gc.collect() < 50  # the model itself was freed by reference counting


def test_a_small_draft_is_neither_paused_nor_frozen():
    """Over a folder of small drafts a freeze would also keep the garbage other drafts left."""
    gc.enable()
    with paused(large=False):
        assert gc.isenabled()
    with Frozen(large=False) as frozen:
        frozen.again()
        assert gc.get_freeze_count() == 0


def test_a_large_draft_is_frozen_while_checked(monkeypatch):
    import perflint.engine as engine

    seen: list[int] = []
    gc.enable()

    class Probe:
        code, name, family = "X000", "probe", "probe"

        def run(self, doc, ctx):
            seen.append(gc.get_freeze_count())
            return []

    doc = load(EXAMPLE)
    monkeypatch.setattr(engine, "LARGE_CHARS", 1)
    run_checks(doc, [Probe()], Context())
    monkeypatch.setattr(engine, "LARGE_CHARS", 10**9)
    run_checks(doc, [Probe()], Context())
    assert seen[0] > 0 and seen[1] == 0


def test_a_run_collects_the_young_generation_less_often():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 7, 9)
        for_a_run()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 7, 9) and YOUNG_THRESHOLD > 700
    finally:
        gc.set_threshold(*before)
