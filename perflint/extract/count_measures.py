"""One head count given in 人 in one place and in 人次 in another (``接待参观群众8.6万人次`` …
``接待参观群众8.6万人``).

人 counts persons, 人次 visits: one person can come several times, so the two are different
quantities. A report that gives the same figure for the same measure once in each has mistyped one
unit. The measure is known by the words before the figure in its clause: the two must end with the
same words, at least ``MIN_SHARED`` characters of them (``接待参观群众``), so that different
measures of one project (服务 8.6万人次, 惠及 8.6万人) stay apart. The figures must be the same as
shown (value, scale and decimals), each the one figure of that measure in its sentence.

Imported by the rule that needs it when it runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from perflint.extract.prose import Mention, figure_mentions
from perflint.text.normalise import compact

MIN_SHARED = 4  # characters of the same measure's name shared by the two labels
# A shared name holding these is a part of two different wholes (其中女性), not one measure.
_SUBSET_WORDS = ("其中", "含", "包括")
_UNITS = ("人", "人次")


def _shared_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _counts(text: str) -> list[Mention]:
    if "人" not in text:
        return []
    return [m for m in figure_mentions(text) if m.quantity.unit in _UNITS and m.role == "level"
            and not m.bracketed and m.quantity.relation is None and m.quantity.kind == "count"
            and m.quantity.base_value >= 10]  # a handful meets its like by chance


def same_count_measures(texts: Sequence[str]) -> list[tuple[tuple[int, object], tuple[int, object]]]:
    """Pairs ``((i, a), (j, b))`` of figures of ``texts`` (``a`` first) giving one measure the same
    figure in 人 and in 人次, in different sentences; each later figure paired once."""
    seen: dict[tuple, list[tuple[int, Mention, str]]] = {}
    out = []
    for i, text in enumerate(texts):
        for m in _counts(text):
            q = m.quantity
            label = compact(m.label)
            key = (q.value, q.scale, q.decimals)
            earlier = seen.setdefault(key, [])
            for j, other, other_label in earlier:
                if other.quantity.unit == q.unit or (j == i and other.sentence == m.sentence):
                    continue
                shared = _shared_tail(label, other_label)
                if shared >= MIN_SHARED and not any(w in label[-shared:] for w in _SUBSET_WORDS):
                    out.append(((j, other.quantity), (i, q)))
                    break
            earlier.append((i, m, label))
    return out
