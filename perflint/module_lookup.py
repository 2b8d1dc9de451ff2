"""perflint's modules answer attribute lookups as plain objects do, so a lazy import is cheap.

The rules import what they read inside ``run`` (a cold start loads only the modules a draft
needs), so every draft executes a few hundred ``from perflint.extract.x import y`` statements.
On CPython 3.11 each costs about 8,800 instructions, against about 1,000 for reading a global:
the import system asks the module found in ``sys.modules`` for ``__path__`` (is it a package?),
and a module's own attribute lookup (``module_getattro``) cannot answer "missing" quietly: it
formats an ``AttributeError`` ("'module' object has no attribute '__path__'") from the generic
lookup, clears it, looks for a module ``__getattr__`` and formats a second one ("module '…' has
no attribute '__path__'"), which the import system then clears too. About 8,500 such errors were
made and thrown away over 30 benchmark drafts, 3 % of the lint phase. (Python 3.12 answers
without them.)

A module whose class is :class:`PlainLookupModule` is looked up by ``PyObject_GenericGetAttr``,
the lookup every plain object has, which the import system and ``getattr(m, name, default)``
ask without making an exception: about 2,500 instructions a lazy import. Nothing else changes:
the same module object (its ``__dict__``, identity, ``repr``, ``dir``), ``isinstance(m,
ModuleType)`` holds, and a missing name still raises ``AttributeError`` (only the message's
wording names the class instead of the module), ``ImportError`` for ``from m import missing``.
A module with a module-level ``__getattr__`` (PEP 562: ``perflint.extract.prose``'s names read
on first use) keeps the module class, whose lookup calls it.

:func:`plain_lookups` gives perflint's modules imported so far that class; the engine calls it
before each document's checks (one comparison when no module was imported since). The command
line's loader of kept module code (:mod:`perflint.modulecode`) makes its modules of this class
from the start, so the start-up's own imports make none either (cold start 786 → 773 M).
"""

from __future__ import annotations

import sys
from types import ModuleType


class PlainLookupModule(ModuleType):
    """A module looked up by the generic attribute lookup (see the module's doc)."""

    # object's own slot wrapper: the class's lookup slot is then PyObject_GenericGetAttr itself,
    # the one the interpreter asks quietly (``_PyObject_LookupAttr``), with no Python call
    __getattribute__ = object.__getattribute__


# ``sys.modules`` when last looked through: how many modules it held and the name added last
# (a module removed and another added leave the count as it was, not the last name)
_SEEN: list[tuple[int, str | None]] = [(-1, None)]


def plain_lookups(prefix: str = "perflint.") -> None:
    """Give every module of ``sys.modules`` named ``prefix…`` and of the plain module class the
    class :class:`PlainLookupModule`, unless it defines ``__getattr__``; nothing to do when no
    module was imported or removed since the last call."""
    modules = sys.modules
    seen = (len(modules), next(reversed(modules), None))
    if seen == _SEEN[0]:
        return
    for name, module in list(modules.items()):
        if type(module) is ModuleType and name.startswith(prefix) and "__getattr__" not in module.__dict__:
            try:
                module.__class__ = PlainLookupModule
            except TypeError:  # pragma: no cover - an interpreter that refuses it: left as it is
                return
    _SEEN[0] = seen
