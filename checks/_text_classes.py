"""Which texts a wording finder can find nothing in, told by the class of their findings.

A short text's findings (:func:`perflint.extract.wording.text_facts`) are of a class that answers a
finder with a plain empty value when the text lacks the characters the finder needs, the same for
every text of the class; a finder still to run is answered by its descriptor, no empty value. A
family that sorts its texts by that class once per document (a few dozen classes) lets each of
its checks walk only the texts of the classes that may answer one of its finders, instead of
every text of the report.
"""

from __future__ import annotations

from typing import TypeVar

V = TypeVar("V")

# finders -> {class of findings: whether the class answers every one of the finders empty}.
# Bounded: the checks ask a handful of finder tuples, and the classes are made once per set of
# characters texts hold (a few hundred over any number of drafts).
_QUIET: dict[tuple[str, ...], dict[type, bool]] = {}


def may_answer(groups: dict[type, V], finders: tuple[str, ...]) -> list[V]:
    """The values of ``groups`` (texts sorted by the class of their findings) whose class may
    answer one of ``finders`` with something, in the order of ``groups``."""
    quiet = _QUIET.get(finders)
    if quiet is None or len(quiet) >= 4096:
        quiet = _QUIET[finders] = {}
    try:
        # every class seen before (nearly every call): the values picked in one comprehension
        return [value for cls, value in groups.items() if not quiet[cls]]
    except KeyError:  # a class first seen: told once, for these finders
        for cls in groups:
            if cls not in quiet:
                quiet[cls] = not any(getattr(cls, name) for name in finders)
        return [value for cls, value in groups.items() if not quiet[cls]]


def quiet(cls: type, finders: tuple[str, ...]) -> bool:
    """Whether every text whose findings are of class ``cls`` has nothing for each of ``finders``."""
    return not may_answer({cls: True}, finders)
