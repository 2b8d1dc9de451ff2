"""The document's texts as one string, for the rules that look for a word in every text.

Rules of several families walked every text of the document (each heading, paragraph, contents
entry and table cell: thousands in a report with its 公开 tables) to find the few that hold a word
(一级指标, 主管部门, 是否, ``=``, a unit's name). Here the texts' values are joined once per
document, and the texts holding a word are found by searching that string in C: one step per
text that holds it, none for the others.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from operator import add

from perflint.facts import facts_of
from perflint.model import Document

_JOIN = "\n"  # no word looked for holds it, so no match runs from one text into the next


class TextIndex:
    """``facts_of(doc).texts`` with their values, joined by line breaks."""

    __slots__ = ("texts", "values", "joined", "starts")

    def __init__(self, doc: Document) -> None:
        self.texts = facts_of(doc).texts
        self.values = [t.text.value for t in self.texts]
        self.joined = _JOIN.join(self.values)
        # where each text starts in ``joined``: the lengths before it, and one break per text
        self.starts = list(map(add, accumulate(map(len, self.values), initial=0), range(len(self.values) + 1)))

    def holding(self, word: str) -> list[int]:
        """The positions (ascending) of the texts whose value holds ``word`` (no line break in it)."""
        out: list[int] = []
        joined, starts, values = self.joined, self.starts, self.values
        at = joined.find(word)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            out.append(i)
            at = joined.find(word, starts[i] + len(values[i]))  # on from the end of that text
        return out

    def holding_any(self, *words: str) -> list[int]:
        """The positions (ascending, each once) of the texts whose value holds one of ``words``."""
        if len(words) == 1:
            return self.holding(words[0])
        return sorted({i for word in words for i in self.holding(word)})


def text_index(doc: Document) -> TextIndex:
    """The :class:`TextIndex` of ``doc``, made once per document for every family that asks."""
    return facts_of(doc).cached("text_index", TextIndex)
