"""B316 unfinished-sentence: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import BOILERPLATE, run_code


def test_b316_concession_without_main_clause():
    text = (BOILERPLATE / "unfinished_concession.txt").read_text(encoding="utf-8")
    found = run_code(text, "B316")
    assert lines(found) == [13]
    assert "虽基本达到预期绩效目标。" in found[0].message("zh")
    assert "unfinished" in found[0].message("en")


def test_b316_quiet_on_finished_concessions():
    """A main clause after a comma, a turning word inside the clause (虽有…但…), 尽管如此 with
    its comma, a concession put after its main clause (…，虽然数额不大。) and a 虽 inside a cited
    title are all whole sentences."""
    text = (BOILERPLATE / "finished_concession.txt").read_text(encoding="utf-8")
    assert run_code(text, "B316") == []


def test_b316_quiet_when_the_clause_is_not_closed_by_a_stop():
    """A clause cut by the line's end or the text's end may go on: only a full stop closes it."""
    assert run_code("三、存在的问题\n\n本项目虽已按期完成\n", "B316") == []
    assert run_code("三、存在的问题\n\n“虽未偏离目标。”是上年的表述，本年已补充原因，并提出改进措施。\n", "B316") == []


def test_b316_quiet_on_the_adverb_jinguan():
    """尽管 is also an adverb (feel free to) that needs no second clause: not a conjunction here."""
    assert run_code("四、其他\n\n群众对项目实施有意见尽管提出。\n", "B316") == []
