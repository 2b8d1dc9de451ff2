"""The cyclic garbage collector around one draft's reading and checking.

A long draft becomes millions of small objects (its model, then the facts and findings the
checks make), and none of them is garbage until the draft is done. CPython's collector cannot
know that: its young collections keep promoting them, and each full collection walks all of them
again. On a 5 MB draft that was 15 % of the CPU (3.4 s of 23 s, growing with the draft). So:

- the reader pauses the collector (:func:`paused`): the model is a tree being built, with no
  garbage cycles to find;
- the engine freezes what is alive when the checks start and again after each check
  (:class:`Frozen`): collections then walk only what the running check made (0.6 s left of the
  3.4 s), and everything is unfrozen at the end, so the document can be freed once the caller
  drops it (:meth:`perflint.model.Document.unlink` breaks its one cycle, so that needs no
  collection either).

Objects are still freed as soon as nothing refers to them; only cycles wait. Neither helper
does anything when the collector is off or when something else froze objects (their freeze is
theirs to undo).

Both helpers are for large drafts only (:data:`LARGE_CHARS`, :data:`LARGE_BYTES`): on a small
one the collections cost little, and over a folder of drafts a freeze also catches the garbage cycles other drafts left behind
(they wait in the oldest generation after the unfreeze): the peak of a 2,240-draft folder went
from 90 to 146 MB with every draft frozen. What every run of the command line gets is rarer
young collections (:func:`for_a_run`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

YOUNG_THRESHOLD = 200_000  # allocations between young collections in a run (CPython's default: 700)
LARGE_CHARS = 500_000  # a draft this long (about 1.5 MB of Chinese) has millions of objects
LARGE_BYTES = 1_500_000  # the same, as the input's size before it is read


def for_a_run() -> None:
    """Collect the young generation every :data:`YOUNG_THRESHOLD` allocations instead of 700.

    Reading and checking a draft allocates small objects by the million, nearly all of them
    alive until the draft is done: at CPython's default, ~400 young collections a megabyte walk
    them and promote them for nothing, 5–6 % of a run's CPU (2 % at 20,000; measured with
    ``gc.callbacks`` over the throughput benchmark's drafts). At 20,000 a young collection still
    came every few drafts, each walking the 20,000 objects of the draft being checked, and a
    middle one now and then: 1.2 % of the instructions of 30 benchmark drafts (2,374 M → 2,345 M
    at 200,000), for a higher peak (600 drafts of 4.3 MB: 106 → 125 MB), bounded by the
    threshold. Garbage cycles wait a little longer, at most that many objects. The command line calls this for its own process (a
    library does not change the collector of the program that imports it); the older
    generations keep their thresholds.
    """
    _young, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *older)


@contextmanager
def paused(large: bool = True) -> Iterator[None]:
    """No cyclic collection inside the block (objects are still freed by reference counting);
    nothing changes unless ``large``."""
    if not large or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Frozen:
    """Freeze what is alive on entry and on each :meth:`again`; unfreeze on exit."""

    def __init__(self, large: bool = True) -> None:
        self.large = large  # nothing is frozen unless the draft is large
        self.active = False

    def __enter__(self) -> Frozen:
        self.active = self.large and gc.isenabled() and gc.get_freeze_count() == 0
        if self.active:
            gc.freeze()
        return self

    def again(self) -> None:
        if self.active:
            gc.freeze()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.active:
            gc.unfreeze()
            self.active = False
