"""Composing a YAML draft into nodes safely: bounded nesting, bounded alias expansion, never a
constructed object, and every ruamel error turned into an :class:`InputError` with its line.

The draft reader (:mod:`perflint.read.yaml_draft`) works on the node tree this returns.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
from ruamel.yaml.parser import RoundTripParser

from perflint.catalogue import Msg, msg, phrase
from perflint.read import yaml_fast
from perflint.read.errors import InputError
from perflint.text.patterns import lazy_compile

LINE_BREAK = lazy_compile(r"\r\n|[\n\r\x85\u2028\u2029]")  # the breaks ruamel counts as lines
YAML_DIRECTIVE = lazy_compile(r"^%YAML[ \t]+(?P<major>[0-9]+)\.(?P<minor>[0-9]+)", re.M)
MAX_NESTING = 100  # YAML nesting levels a draft may use (a draft needs about 30)
MAX_ALIAS_EXPANSION = 100_000  # values aliases may add when expanded


class _BoundedComposer(Composer):
    """ruamel's composer with a depth limit and a record of alias uses (see :func:`_check_aliases`).

    Composing is recursive: without a limit a few hundred ``[`` (or ``- - -``) exhaust Python's
    stack. Nodes are composed, never constructed, so no tag (``!!python/object``) runs code.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.nesting = 0
        self.aliases: list[Any] = []  # start marks of alias uses
        self._own_parser: Any = None

    @property
    def parser(self) -> Any:
        """The loader's parser, looked up once: ruamel's property finds it through
        ``sys._getframe`` on every event the composer reads (the loader never replaces it)."""
        if self._own_parser is None:
            self._own_parser = Composer.parser.fget(self)
        return self._own_parser

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            self.aliases.append(self.parser.peek_event().start_mark)
            return super().compose_node(parent, index)
        self.nesting += 1
        try:
            if self.nesting > MAX_NESTING:
                mark = self.parser.peek_event().start_mark
                raise _TooDeep(mark)
            return super().compose_node(parent, index)
        finally:
            self.nesting -= 1


class _Parser(RoundTripParser):
    """ruamel's round-trip parser with its scanner looked up once (its property goes through
    the loader on each of the scanner calls a draft's every token makes)."""

    def __init__(self, loader: Any) -> None:
        super().__init__(loader)
        self._own_scanner: Any = None

    @property
    def scanner(self) -> Any:
        if self._own_scanner is None:
            self._own_scanner = RoundTripParser.scanner.fget(self)
        return self._own_scanner


class _TooDeep(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


def compose(text: str, path: str) -> Node | None:
    """The draft's root node (``None`` for an empty stream); an :class:`InputError` for YAML
    that cannot be read or that nests or aliases too much.

    libyaml's C parser composes it when the draft is within what that path promises to read as
    ruamel does (:mod:`perflint.read.yaml_fast`); anything else, errors included, is read by
    ruamel's pure-Python round-trip parser, which alone words the errors.
    """
    if yaml_fast.CParser is not None:
        try:
            root, aliases = yaml_fast.compose_fast(text, MAX_NESTING)
            _check_aliases(root, aliases, path)
            return root
        except Exception:  # noqa: BLE001 - whatever it is, the pure path reads (or refuses) the draft
            pass
    return _compose_pure(text, path)


def _compose_pure(text: str, path: str, comments: bool = True) -> Node | None:
    """ruamel's pure-Python composer: the round-trip one, or (``comments=False``) the safe one,
    which keeps no comments: the round-trip parser gives up on some valid comment layouts
    (``key: # note``, the value on the next line, then blank lines: "overlap in comment"), and
    perflint reads no comment from nodes (suppressions come from the draft's lines)."""
    if "%YAML" in text:
        _check_version(text, path)
    yaml = YAML(typ="rt" if comments else "safe", pure=True)
    yaml.Composer = _BoundedComposer
    if comments:
        yaml.Parser = _Parser
    try:
        root = yaml.compose(text)
        _check_aliases(root, yaml.composer.aliases, path)
        return root
    except _TooDeep as exc:
        raise InputError(path, msg("yaml.too_deep", limit=MAX_NESTING), exc.mark.line + 1, exc.mark.column + 1) from None
    except RecursionError:  # pragma: no cover - the composer's limit comes first
        raise InputError(path, msg("yaml.too_deep_unreadable")) from None
    except NotImplementedError:
        if not comments:
            raise
        return _compose_pure(text, path, comments=False)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or ""
        context: Msg | str = ""
        if exc.context and exc.problem:
            started = exc.context_mark
            context = msg("yaml.context_line" if started else "yaml.context", context=phrase(exc.context),
                          line=started.line + 1 if started else "")
        reason = msg("yaml.invalid", problem=phrase(problem), context=context, hint=_hint(problem + str(exc.context)))
        raise InputError(path, reason, mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except YAMLError as exc:  # ReaderError (a character YAML forbids) and the like
        position = getattr(exc, "position", None)
        line = column = None
        if isinstance(position, int):
            before = LINE_BREAK.split(text[:position])
            line, column = len(before), len(before[-1]) + 1
        reason = str(exc).splitlines()[0] if str(exc) else ""
        raise InputError(path, msg("yaml.invalid", problem=phrase(reason), context="", hint=""), line, column) from None


def _check_version(text: str, path: str) -> None:
    """Refuse a ``%YAML 1.x`` directive other than 1.1 and 1.2 with a message that says so:
    ruamel reads only those two and stops on any other 1.x with an assertion (another major
    version gets its own YAML error)."""
    for m in YAML_DIRECTIVE.finditer(text):
        if m["major"] == "1" and m["minor"].lstrip("0") not in ("1", "2"):
            line = text.count("\n", 0, m.start()) + 1
            version = f"{m['major']}.{m['minor']}"
            raise InputError(path, msg("yaml.directive_version", version=version), line, 1)


def _check_aliases(root: Node | None, aliases: list[Any], path: str) -> None:
    """Refuse aliases (``*name``) that repeat too much of the draft or contain themselves.

    A few lines of anchors and aliases can stand for billions of nodes (an alias bomb); the
    reader walks the tree as expanded, so the expansion is counted here first, without
    recursion, each shared node once (its expanded size is remembered).
    """
    if root is None or not aliases:
        return
    first = aliases[0]
    where = (first.line + 1, first.column + 1)
    size: dict[int, int] = {}
    on_path: set[int] = set()
    distinct = 0
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            on_path.discard(key)
            size[key] = min(1 + sum(size[id(c)] for c in children), MAX_ALIAS_EXPANSION * 2)
            continue
        if key in size:
            continue
        if key in on_path:
            raise InputError(path, msg("yaml.recursive_alias"), *where)
        on_path.add(key)
        distinct += 1
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in size)
    if size[id(root)] - distinct > MAX_ALIAS_EXPANSION:
        raise InputError(path, msg("yaml.alias_bomb", limit=f"{MAX_ALIAS_EXPANSION:,}"), *where)


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _hint(problem: str) -> Msg | str:
    if "'\\t'" in problem:
        return msg("yaml.hint.tabs")
    if "block scalar" in problem or "cannot start any token" in problem:
        return msg("yaml.hint.quote_special")
    if "mapping values are not allowed" in problem:
        return msg("yaml.hint.quote_colon")
    return ""
