"""C712 misdefined-term: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import MisdefinedTerm

from .._harness import line_of, run
from ._drafts import TOWN


def test_c712_term_explained_with_another_definition():
    text = TOWN.replace("系从主管部门和上级单位取得的非财政补助收入", "系事业单位开展业务活动所取得的收入")
    found = run(MisdefinedTerm, text)
    assert [d.location.line for d in found] == [line_of(text, "2.上级补助收入")]
    assert "事业收入" in found[0].message()


def test_c712_quiet_when_each_term_keeps_its_definition():
    assert run(MisdefinedTerm, TOWN) == []
