"""Results of pure functions of a text, remembered for short texts.

Dozens of extractors ask the same small questions of the same cells, labels and template
sentences (their figures, dates, markers, normalised forms), and a report repeats them across
parts, a folder across reports. A function decorated with :func:`remember_short` answers a text of
at most ``max_chars`` characters from a bounded cache (the older entries out first); a function of
the text alone keeps the last few longer ones apart (long texts rarely repeat across a report, and
would crowd the cache out, but a paragraph is asked about by several extractors in turn).

The function must be pure, and what it returns must never be changed by a caller (a string, a
tuple, an object nobody mutates), since every caller asking the same text gets the same object.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

MAX_CHARS = 400  # cells, labels, headings and sentences; not paragraphs or flattened tables

F = TypeVar("F", bound=Callable[..., Any])
_CACHES: list[Any] = []


def remember_short(maxsize: int = 16384, max_chars: int = MAX_CHARS) -> Callable[[F], F]:
    """Remember ``fn(text, *args)`` for texts of at most ``max_chars`` characters (``args``
    hashable); at most ``maxsize`` of them, so memory stays bounded over any number of drafts.

    A function of the text alone becomes the bound ``__getitem__`` of its cache (a dict): call
    it as before; it has no ``__name__`` or ``__doc__`` of its own (read the source)."""

    def wrap(fn: F) -> F:
        if _one_argument(fn):
            # Most remembered functions take the text alone and are called hundreds of
            # thousands of times in a run: the answer is a dict lookup in C, no Python frame
            # on a hit (a Python wrapper around functools.lru_cache cost 2.3 times as many
            # instructions as the lookup itself).
            cache = _TextCache(fn, maxsize, max_chars)
            _CACHES.append(cache)
            return cache.__getitem__  # type: ignore[return-value]

        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)

        @functools.wraps(fn)
        def call(text: str, *args: Any) -> Any:
            if len(text) <= max_chars:
                return cached(text, *args)
            return fn(text, *args)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap


class _TextCache(dict):  # type: ignore[type-arg]
    """``fn``'s answers by text: a remembered function of the text alone is this dict's bound
    ``__getitem__``, and a text not found is computed by :meth:`__missing__` (kept only if
    short). When full, the older half (insertion order) is dropped: bounded like an LRU cache,
    and a text pushed out is only computed again.

    A long text (a paragraph, a flattened page) is kept apart, with the last few others
    (:data:`LONG_KEPT`): the extractors of one paragraph ask about it one after the other (its
    compacted and normalised forms were made again by each, eight times a paragraph over the
    stored pages), and a few long texts cannot crowd the short ones out."""

    __slots__ = ("fn", "maxsize", "max_chars", "recent")

    def __init__(self, fn: Callable[[str], Any], maxsize: int, max_chars: int) -> None:
        super().__init__()
        self.fn, self.maxsize, self.max_chars = fn, maxsize, max_chars
        self.recent: dict[str, Any] = {}  # the last LONG_KEPT long texts asked, oldest first

    def __missing__(self, text: str) -> Any:
        if len(text) > self.max_chars:
            recent = self.recent
            value = recent.get(text, _NOT_KEPT)
            if value is _NOT_KEPT:
                value = self.fn(text)
                if len(recent) >= LONG_KEPT:
                    recent.pop(next(iter(recent), None), None)  # the oldest (no failure if another thread took it)
                recent[text] = value
            return value
        value = self.fn(text)
        if len(self) >= self.maxsize:
            # the keys listed in one C call, popped without failing: safe if another thread
            # evicts at the same time
            for old in list(self)[:max(1, len(self) // 2)]:
                self.pop(old, None)
        self[text] = value
        return value

    def cache_clear(self) -> None:
        self.clear()
        self.recent.clear()


LONG_KEPT = 8  # long texts remembered by each function of the text alone
_NOT_KEPT = object()


def _one_argument(fn: Callable[..., Any]) -> bool:
    """Whether ``fn`` takes exactly one positional parameter and nothing else."""
    params = list(inspect.signature(fn).parameters.values())
    return len(params) == 1 and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                   inspect.Parameter.POSITIONAL_OR_KEYWORD)


def forget() -> None:
    """Empty every cache (the benchmarks time a run as a new process would do it)."""
    for cached in _CACHES:
        cached.cache_clear()
