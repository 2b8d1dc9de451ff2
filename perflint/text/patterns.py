"""Regular expressions compiled on first use rather than when their module is imported.

perflint defines a few hundred patterns at module level, many with CJK character classes, which
``re`` compiles slowly (a class such as ``[\\u4e00-\\u9fff]`` is expanded over its 21,000 code
points before it is packed). Compiling them all at import cost a one-draft run more CPU than
linting the draft, while a short draft only ever uses about half of them. A pattern declared with
:func:`lazy_compile` is compiled the first time one of its methods or attributes is used, and
then behaves exactly like the :class:`re.Pattern` it wraps.

Speed after the first use is that of the compiled pattern: the first lookup of ``search`` (or any
other attribute) goes through :meth:`LazyPattern.__getattr__`, which stores the compiled
pattern's bound method on the instance, so every later ``PATTERN.search`` is a plain instance
attribute read, with no Python-level wrapper call in hot loops.

A lazy pattern is not a :class:`re.Pattern`: pass ``PATTERN.compiled`` (or call its methods) where
a real one is required, e.g. ``re.sub(PATTERN.compiled, ...)`` or ``isinstance`` checks.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use.

    ``pattern`` (the source text) is available without compiling, so other patterns can be
    built from it at import time. Any other attribute (``search``, ``match``, ``fullmatch``,
    ``finditer``, ``findall``, ``sub``, ``subn``, ``split``, ``groups``, ``groupindex``,
    ``flags``, ...) compiles the pattern and is then cached on the instance.
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not found on the instance or the class: the compiled
        # pattern's methods and attributes, looked up once and then stored on the instance.
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}" + (f", {self._flags!r})" if self._flags else ")")


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """Like :func:`re.compile`, but compiled on first use (see the module docstring).

    Meant for patterns defined at module or class level; a pattern built inside a function that
    uses it right away gains nothing from being lazy."""
    return LazyPattern(pattern, flags)
