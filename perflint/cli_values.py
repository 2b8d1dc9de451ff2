"""Command-line values converted without pydantic when the conversion is plain.

typer (0.29 and later) converts every parameter's value through a pydantic ``TypeAdapter`` that
it builds on first use, and it builds one even for an option left unset. Importing pydantic
and building those adapters is about a fifth of a one-draft run (~100 ms), spent to turn
``draft.txt`` into ``Path("draft.txt")`` and ``--jobs 2`` into ``2``.

:func:`defer_conversion` makes typer give each parameter a stand-in for its converter. The stand-in answers what needs no pydantic (an unset option, a string, a path, a
small non-negative integer within the option's range, a choice) through the same functions
typer's adapters call, and hands anything else (a value it is unsure of, every value that will
be refused) to typer's own converter, built as typer builds it. So the values and every error
message are typer's; ``tests/test_cli_values.py`` compares the two on each parameter of every
command. The stand-in relies on typer's private ``get_runtime_param`` and ``RuntimeParam.coerce``, so it is
installed only for the typer releases it was compared with (:data:`TESTED_TYPER`); with any
other typer, :func:`defer_conversion` does nothing and typer converts as usual (slower, never
wrong).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

TESTED_TYPER = ("0.29.",)  # typer releases whose converters tests/test_cli_values.py compared
_UNSURE = object()

try:  # typer's converters (private: absent or different in other releases)
    from typer._coercion import build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
except ImportError:  # pragma: no cover - depends on the installed typer
    build_runtime_param = None  # type: ignore[assignment]


class DeferredConversion:
    """Stands in for typer's converter of one parameter (its ``RuntimeParam``)."""

    __slots__ = ("descriptor", "_typer")

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # as typer's RuntimeParam.coerce
            return () if param.multiple or param.nargs == -1 else None
        quick = _quick(self.descriptor, value, param, ctx)
        if quick is not _UNSURE:
            return quick
        if self._typer is None:
            self._typer = build_runtime_param(self.descriptor)
        return self._typer.coerce(value, param=param, ctx=ctx)


def defer_conversion() -> None:
    """Make typer give each parameter a :class:`DeferredConversion` instead of its converter.

    typer builds a parameter's converter on first use (``_TyperParameter.get_runtime_param``),
    including the help option it creates while parsing; the stand-in is installed there, once,
    by the command-line entry point only."""
    import typer
    import typer.core

    cls = getattr(typer.core, "_TyperParameter", None)
    if build_runtime_param is None or not str(getattr(typer, "__version__", "")).startswith(TESTED_TYPER) \
            or not hasattr(cls, "get_runtime_param") or getattr(cls.get_runtime_param, "deferred", False):
        return

    def get_runtime_param(self: Any) -> Any:
        if getattr(self, "_runtime_param", None) is None:
            self._runtime_param = DeferredConversion(self.type_descriptor)
        return self._runtime_param

    get_runtime_param.deferred = True  # type: ignore[attr-defined]
    cls.get_runtime_param = get_runtime_param


def _quick(descriptor: Any, value: Any, param: Any, ctx: Any) -> Any:
    """The converted value, or ``_UNSURE`` when typer's own converter must decide."""
    info = descriptor.parameter_info
    if getattr(info, "parser", None) is not None or getattr(info, "click_type", None) is not None:
        return _UNSURE
    annotation = descriptor.annotation
    if get_origin(annotation) is list:
        if not isinstance(value, (list, tuple)):
            return _UNSURE
        (item_type,) = get_args(annotation)
        items = [_leaf(item_type, info, item, param, ctx) for item in value]
        return _UNSURE if any(item is _UNSURE for item in items) else items
    if param.multiple or param.nargs == -1:
        return _UNSURE
    return _leaf(annotation, info, value, param, ctx)


def _leaf(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    """One value of a plain type: str, bool, int, Path or an Enum choice."""
    if annotation is bool:
        return value if type(value) is bool else _UNSURE
    if annotation is str:
        return value if type(value) is str else _UNSURE
    if annotation is int:
        return _small_int(info, value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except Exception:  # refused: typer says why, in its words
            return _UNSURE
    if annotation is Path and info.path_type is None and _plain_path(value):
        try:
            return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        except Exception:
            return _UNSURE
    return _UNSURE


def _small_int(info: Any, value: Any) -> Any:
    if type(value) is int:
        number = value
    elif type(value) is str and _is_small_int(value):
        number = int(value)
    else:
        return _UNSURE
    if getattr(info, "clamp", False):
        return _UNSURE
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return _UNSURE
    return number


def _is_small_int(text: str) -> bool:
    """``0``, or a number of at most nine ASCII digits without a leading zero (what the regular
    expression ``0|[1-9][0-9]{0,8}`` matches whole, without compiling one at import)."""
    return text == "0" or (0 < len(text) <= 9 and text.isascii() and text.isdigit() and text[0] != "0")


def _plain_path(value: Any) -> bool:
    """A path pydantic would turn into ``Path(value)`` unchanged: a non-empty text that
    encodes (no lone surrogates from an undecodable file name) and holds no NUL."""
    if type(value) is not str or not value or "\0" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeError:
        return False
    return True
