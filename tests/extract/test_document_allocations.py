"""What a cited funding document allocates (perflint/extract/document_allocations.py)."""

from __future__ import annotations

from perflint.extract.document_allocations import conflict, document_allocations

CITE = "市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年{what}。"


def one(what: str):
    [a] = document_allocations(CITE.format(what=what))
    return a


def test_the_figure_after_the_verb_outside_the_title():
    a = one("资金5万元")
    assert a.key == "财农〔2023〕41号" and a.whole and a.amount.value == 5
    assert one("山洪灾害防治设施维养6万元").item == "山洪灾害防治设施维养"


def test_a_breakdown_or_two_documents_is_not_read():
    assert document_allocations(CITE.format(what="资金，其中山洪灾害防治6万元")) == []
    assert document_allocations(CITE.format(what="中小河流治理、小流域治理700万元")) == []
    two = "示财农〔2023〕41号、示财农〔2023〕42号文件下达资金11万元。"
    assert document_allocations(two) == []


def test_conflicts():
    whole, part = one("资金5万元"), one("山洪灾害防治设施维养6万元")
    assert conflict(whole, part) and conflict(part, whole)
    assert not conflict(one("资金6万元"), part)  # a part within the whole
    assert conflict(one("资金5万元"), one("资金6万元"))
    assert not conflict(one("中小河流治理5万元"), part)  # two parts
    assert not conflict(whole, one("中央水利发展资金2263万元"))  # a fund of its own, maybe larger
    other = document_allocations("示财农〔2023〕42号文件下达资金6万元。")[0]
    assert not conflict(whole, other)
    same = document_allocations("示财农〔2023〕41号文件下达资金6万元。")[0]
    assert conflict(whole, same)  # the issuer written short
