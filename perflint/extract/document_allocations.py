"""What a cited funding document allocates: ``XX财农〔2023〕41号文件…下达我县资金 5 万元``.

A project report names where its money came from by the documents that allocated it, often
twice: once in the overview of its funds and again where each document is described. The same
document number then allocates the same amount. Read here, per statement: the one document
number it cites, the first allocation verb after it (outside the document's 《title》, which says
下达 too), and the first money figure after that verb with nothing but the item's name between
(``其中`` or a second figure there means a breakdown, not the document's amount). The item is that
name without the place and year (``**河县2023年资金`` -> ``资金``); a generic item (资金, 经费 …)
is the document's whole allocation. Word lists: ``document_allocations`` in
``perflint/data/consistency.yaml``.

Imported by the rule that needs it when it runs, after a cheap screen (cold start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import compile_pattern
from perflint.text.sentences import inside_book_title, statements

ISSUER_KEPT = 2  # characters of the issuer's abbreviation kept in the key: its end (财政局呼财农指 -> 农指),
# whatever words the draft writes before it (市财政局示财农 and 示财农 are one issuer)


@dataclass(frozen=True)
class DocumentAllocation:
    """One statement's allocation by a cited document: ``text[start:end]`` is the figure."""

    key: str  # the document number, normalised (农指〔2023〕41号)
    shown: str  # the number as the draft writes it, from its bracket (【2023】41号)
    item: str  # what it allocates, place and year removed ('' when only generic words)
    amount: Quantity
    start: int
    end: int

    @property
    def whole(self) -> bool:
        """The document's whole allocation (generic item), not one named part of it."""
        return not self.item


@cache
def _conf() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    conf = data.load("consistency")["document_allocations"]
    return (compile_pattern(conf["number"]), compile_pattern(conf["verbs"]), compile_pattern(conf["breakdown"]),
            compile_pattern(conf["item_noise"]), frozenset(conf["generic_items"]))


def might_cite(text: str) -> bool:
    """The cheap screen: a document number's 号 after a year in brackets."""
    return "号" in text and ("〔" in text or "【" in text or "[" in text or "（20" in text or "(20" in text)


def document_allocations(text: str) -> list[DocumentAllocation]:
    """Every statement of ``text`` that cites one document number and gives what it allocated."""
    if not might_cite(text):
        return []
    number, verbs, breakdown, noise, generic = _conf()
    out: list[DocumentAllocation] = []
    for s, e in statements(text):
        cited = list(number.finditer(text, s, e))
        if len(cited) != 1:
            continue  # none, or several documents: whose is the figure?
        m = cited[0]
        verb = next((v for v in verbs.finditer(text, m.end(), e) if not inside_book_title(text, v.start())), None)
        if verb is None:
            continue
        money = next((q for q in find_quantities(text[verb.end():e]) if q.kind == "money"), None)
        if money is None:
            continue
        between = text[verb.end():verb.end() + money.start]
        if breakdown.search(between) or len(compact(between)) > 24:
            continue
        item = noise.sub("", compact(between))
        item = "" if item in generic else item
        issuer = m.group("issuer")[-ISSUER_KEPT:]
        key = f"{issuer}〔{m.group('year')}〕{int(m.group('no'))}号"
        at = verb.end() + money.start
        shown = compact(text[m.start("year") - 1:m.end()])
        out.append(DocumentAllocation(key, shown, item, money, at, verb.end() + money.end))
    return out


def conflict(a: DocumentAllocation, b: DocumentAllocation) -> bool:
    """Whether two allocations of one document cannot both be true: the same item (or the whole)
    with two amounts, or a named part above the whole."""
    if a.key != b.key:
        return False
    va, vb = a.amount.base_value, b.amount.base_value
    if a.item == b.item:
        return va != vb
    if a.whole and not b.whole:
        return _part_of(b) and vb > va
    if b.whole and not a.whole:
        return _part_of(a) and va > vb
    return False


def _part_of(a: DocumentAllocation) -> bool:
    """An item that is a piece of work (山洪灾害防治设施维养), not a fund of its own: a name ending
    like a generic item (中央水利发展资金, 全省补助资金) may be another whole, a larger one."""
    _, _, _, _, generic = _conf()
    return not any(a.item.endswith(g) for g in generic if len(g) <= 2) and not a.item.endswith("资金")
