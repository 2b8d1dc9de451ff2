"""Which texts a wording finder can find nothing in, told by the class of their findings.

A short text's findings (:func:`perflint.extract.wording.text_facts`) are of a class that answers a
finder with a plain empty value when the text lacks the characters the finder needs, the same for
every text of the class; a finder still to run is answered by its descriptor, no empty value. A
family that sorts its texts by that class once per document (a few dozen classes) lets each of
its checks walk only the texts of the classes that may answer one of its finders, instead of
every text of the report.
"""

from __future__ import annotations

# (class of findings, finders) -> whether the class answers every one of the finders empty.
# Bounded: the classes are made once per set of characters texts hold, and the checks ask a
# handful of finder tuples.
_QUIET: dict[tuple[type, tuple[str, ...]], bool] = {}


def quiet(cls: type, finders: tuple[str, ...]) -> bool:
    """Whether every text whose findings are of class ``cls`` has nothing for each of ``finders``."""
    key = (cls, finders)
    found = _QUIET.get(key)
    if found is None:
        if len(_QUIET) >= 16384:
            _QUIET.clear()
        found = _QUIET[key] = not any(getattr(cls, name) for name in finders)
    return found
