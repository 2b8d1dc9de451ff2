"""Composing a YAML draft on libyaml's C parser (``ruamel.yaml.clib``): the fast path of
:func:`perflint.read.yaml_nodes.compose`.

Why: ruamel's pure-Python scanner and round-trip parser cost about 3.5 s of CPU per MB of YAML,
several times what reading a text draft costs; libyaml scans and parses the same drafts many
times faster. The reader needs only what libyaml's events carry (scalars as written, their style,
tags resolved by ruamel's own YAML 1.2 resolver, start and end marks): it reads no comments from
nodes (suppressions are read from the draft's lines, :mod:`perflint.suppress`).

This path only ever gives the node tree the pure path would give. What it is not sure of it
refuses by raising :class:`Unsupported` (any exception libyaml raises counts the same): the
caller then reads the draft again on the pure path, so every error keeps today's message, line
and column. Left to the pure path, besides errors:

- characters the two read differently: tabs (YAML 1.2 refuses one in a plain scalar, libyaml
  takes it as a space), NEL, LS, PS (line breaks for libyaml's YAML 1.1, text for ruamel) and
  a byte-order mark inside the text (ruamel does not count it in columns);
- directives (``%YAML`` changes the resolver), explicit tags (the round-trip path keeps them as
  written), a reused anchor (ruamel warns), more than one document or a document end marker
  (``...``), nesting past the limit;
- an empty block mapping value whose mark cannot be placed as ruamel places it (below);
- a block scalar (``|``, ``>``) ruamel refuses and libyaml reads: a comment right after the
  indicators (``|#``), or leading blank lines indented more after a first one indented less.

Where the two differ in marks only, this path moves the mark to ruamel's place:

- an empty block mapping value (``key:`` with nothing after it) is at the start of the next
  key, or where the mapping ends, in ruamel's round-trip parser, unless a comment follows the
  colon; libyaml puts it right after the colon;
- an empty flow mapping value (``{key: , other: 1}``) is right after the colon for ruamel, at
  the next comma or bracket for libyaml;
- a draft that does not end with a line break: libyaml ends its collections at the start of a
  line after the last one, ruamel at the end of the last line.

Where libyaml's value differs, this path rebuilds ruamel's: the round-trip scanner marks the
folding points of a ``>`` scalar with ``\\a`` (read from the scalar's lines, and checked against
libyaml's value, which must be the same without them).
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.error import StringMark
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tag import Tag

from perflint.text.patterns import lazy_compile

try:  # a wheel exists for CPython only; without it every draft takes the pure path
    from _ruamel_yaml import CParser
except ImportError:  # pragma: no cover - the tests set CParser to None instead
    CParser = None

_READ_ALIKE = ("\t", "\x85", "\u2028", "\u2029", "\ufeff")  # any of these: the pure path reads the draft
_BREAK = lazy_compile(r"\r\n|\r|\n")  # the line breaks left once _READ_ALIKE has none
# a block scalar's header as ruamel reads it: its indicators, then a space or the line's end
_BLOCK_HEADER = lazy_compile(r"(?:&[^ ]+ +)?[|>](?:[+-](?P<a>[1-9])?|(?P<b>[1-9])[+-]?)?(?: |$)")


class Unsupported(Exception):
    """The fast path cannot promise the pure path's result: read the draft on the pure path."""


def compose_fast(text: str, max_nesting: int) -> tuple[Node | None, list[Any]]:
    """The root node of ``text`` and the start marks of its alias uses, as the pure path's
    composer gives them; raises :class:`Unsupported` (or libyaml's error) when unsure."""
    if CParser is None:
        raise Unsupported("no C parser")
    if any(ch in text for ch in _READ_ALIKE):  # five substring scans: a class tested at each character cost more
        raise Unsupported("a tab or a YAML 1.1 line break")
    return _Composer(text, max_nesting).single_node()


class _Resolver(VersionedResolver):
    """ruamel's round-trip resolver at YAML 1.2, the version the pure path reads a draft
    without a ``%YAML`` directive at (such a draft never comes here)."""

    @property
    def processing_version(self) -> Any:
        return (1, 2)


_SEQUENCE_TAG = VersionedResolver.DEFAULT_SEQUENCE_TAG
_TAG_TEXT_MAX = 40  # the longest scalar whose tag is remembered (keys, figures, dates; not free text)
_TAGS_MAX = 4096
# A plain scalar's tag by its text and how it was written: ruamel's resolver (at YAML 1.2, with no
# path resolvers) gives it from them alone, and drafts repeat their keys and many of their values.
# A tag is never changed once made, so one serves every node that has it.
_TAGS: dict[tuple[str, Any], Any] = {}
_MAPPING_TAG = VersionedResolver.DEFAULT_MAPPING_TAG

# Nodes are made with their slots set directly, as ruamel's constructors set them (no comment, a
# Tag as the tag, no merge), instead of through two Python ``__init__`` calls each: a draft's
# every key and value is a node. Only for the slots this was written against; another ruamel
# layout gets the constructors.
_new_object = object.__new__
_SLOTS_AS_WRITTEN = (
    Node.__slots__ == ("ctag", "value", "start_mark", "end_mark", "comment", "anchor")
    and ScalarNode.__slots__ == ("style",) and CollectionNode.__slots__ == ("flow_style",)
    and SequenceNode.__slots__ == () and MappingNode.__slots__ == ("merge",)
    and isinstance(_SEQUENCE_TAG, Tag) and isinstance(_MAPPING_TAG, Tag)
)


def _scalar_node(tag: Any, value: str, start: Any, end: Any, style: Any, anchor: Any) -> ScalarNode:
    """``ScalarNode(tag, value, start, end, style=style, anchor=anchor)``."""
    if not _SLOTS_AS_WRITTEN or not isinstance(tag, Tag):
        return ScalarNode(tag, value, start, end, style=style, anchor=anchor)
    node = _new_object(ScalarNode)
    node.ctag = tag
    node.value = value
    node.start_mark = start
    node.end_mark = end
    node.comment = None
    node.anchor = anchor
    node.style = style
    return node


def _collection_node(cls: type, tag: Any, start: Any, flow_style: Any, anchor: Any) -> Any:
    """``cls(tag, [], start, None, flow_style=flow_style, anchor=anchor)`` for a sequence or
    mapping node (its end mark is set when its end event comes)."""
    if not _SLOTS_AS_WRITTEN:
        return cls(tag, [], start, None, flow_style=flow_style, anchor=anchor)
    node = _new_object(cls)
    node.ctag = tag
    node.value = []
    node.start_mark = start
    node.end_mark = None
    node.comment = None
    node.anchor = anchor
    node.flow_style = flow_style
    if cls is MappingNode:
        node.merge = None
    return node


class _Composer:
    """ruamel's composer (with perflint's nesting bound and alias record) over libyaml's events."""

    def __init__(self, text: str, max_nesting: int) -> None:
        self.text = text
        self.parser = CParser(text)
        self.max_nesting = max_nesting
        self.resolve = _Resolver().resolve
        if _Resolver.yaml_path_resolvers:  # pragma: no cover - perflint adds none
            raise Unsupported("path resolvers")
        self.anchors: dict[str, Node] = {}
        self.aliases: list[Any] = []
        self.nesting = 0
        self._lines: list[str] | None = None
        # libyaml's end of a stream without a final line break is on a line of its own
        self.last_line = -1 if text.endswith(("\n", "\r")) else len(self.lines) - 1

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            text = self.text
            self._lines = text.split("\n") if "\r" not in text else _BREAK.split(text)  # (LFs alone: one call)
        return self._lines

    def single_node(self) -> tuple[Node | None, list[Any]]:
        get = self.parser.get_event
        get()  # stream start
        if isinstance(self.parser.peek_event(), StreamEndEvent):
            return None, []
        start = get()
        if start.version is not None or start.tags:
            raise Unsupported("directives")
        root = self.node()
        if get().explicit:  # ``...``: ruamel takes a second one for another document, libyaml not
            raise Unsupported("document end marker")
        if not isinstance(get(), StreamEndEvent):
            raise Unsupported("another document")
        return root, self.aliases

    def node(self) -> Node:
        return self.made(self.parser.get_event())

    def made(self, event: Any) -> Node:
        """The node that starts at ``event`` (just taken from the parser)."""
        if type(event) is ScalarEvent:  # (the class libyaml's parser makes) most nodes: one call
            return self.plain(event)
        if isinstance(event, AliasEvent):
            self.aliases.append(event.start_mark)
            try:
                return self.anchors[event.anchor]
            except KeyError:
                raise Unsupported("undefined alias") from None
        self.nesting += 1
        if self.nesting > self.max_nesting:
            raise Unsupported("too deep")
        if event.ctag is not None:
            raise Unsupported("explicit tag")
        anchor = event.anchor
        if anchor is not None and anchor in self.anchors:
            raise Unsupported("reused anchor")
        node: Node
        if isinstance(event, ScalarEvent):
            tag = self.scalar_tag(event.value, event.implicit)
            start, end = event.start_mark, event.end_mark
            value = event.value
            if value == "" and not event.style and start.index == end.index:  # _is_empty(event), written out
                start = end = self.mark(start)  # it may take its place from the end of the stream
            if event.style in ("|", ">"):
                value = self.block_scalar(start, event.style == ">", value)
            node = _scalar_node(tag, value, start, end, event.style or None, anchor)
            if anchor is not None:
                self.anchors[anchor] = node
        elif isinstance(event, SequenceStartEvent):
            node = _collection_node(SequenceNode, _SEQUENCE_TAG, event.start_mark, event.flow_style, anchor)
            if anchor is not None:
                self.anchors[anchor] = node
            self.items(node)
        elif isinstance(event, MappingStartEvent):
            node = _collection_node(MappingNode, _MAPPING_TAG, event.start_mark, event.flow_style, anchor)
            if anchor is not None:
                self.anchors[anchor] = node
            self.pairs(node)
        else:  # pragma: no cover - libyaml gives no other event here
            raise Unsupported(type(event).__name__)
        self.nesting -= 1
        return node

    def plain(self, event: Any) -> ScalarNode:
        """:meth:`made` for a scalar event, written out (a draft's every key and most of its
        values): the same checks in the same order, its tag as :meth:`scalar_tag` gives it, the
        node as :func:`_scalar_node` makes it."""
        if self.nesting + 1 > self.max_nesting:
            raise Unsupported("too deep")
        if event.ctag is not None:
            raise Unsupported("explicit tag")
        anchor = event.anchor
        if anchor is not None and anchor in self.anchors:
            raise Unsupported("reused anchor")
        value = event.value
        implicit = event.implicit
        if len(value) > _TAG_TEXT_MAX:
            tag = self.resolve(ScalarNode, value, implicit)
        else:
            tag = _TAGS.get((value, implicit))
            if tag is None:
                tag = self.scalar_tag(value, implicit)
        start, end = event.start_mark, event.end_mark
        style = event.style
        if value == "" and not style and start.index == end.index:  # _is_empty(event), written out
            start = end = self.mark(start)  # it may take its place from the end of the stream
        if style == "|" or style == ">":
            value = self.block_scalar(start, style == ">", value)
        # _scalar_node written out: this is the composer's hottest line (one call per scalar saved)
        if not _SLOTS_AS_WRITTEN or not isinstance(tag, Tag):
            node = ScalarNode(tag, value, start, end, style=style or None, anchor=anchor)
        else:
            node = _new_object(ScalarNode)
            node.ctag = tag
            node.value = value
            node.start_mark = start
            node.end_mark = end
            node.comment = None
            node.anchor = anchor
            node.style = style or None
        if anchor is not None:
            self.anchors[anchor] = node
        return node

    def scalar_tag(self, value: str, implicit: Any) -> Any:
        """The resolver's tag for a scalar (see :data:`_TAGS`)."""
        if len(value) > _TAG_TEXT_MAX:
            return self.resolve(ScalarNode, value, implicit)
        key = (value, implicit)
        tag = _TAGS.get(key)
        if tag is None:
            if len(_TAGS) >= _TAGS_MAX:
                _TAGS.clear()
            tag = _TAGS[key] = self.resolve(ScalarNode, value, implicit)
        return tag

    def items(self, node: SequenceNode) -> None:
        append = node.value.append
        get, made = self.parser.get_event, self.made
        # (each event taken, then read: the same events in the same order as peeking for the
        # end and taking it after the loop; a node's own events are taken as it is made)
        event = get()
        while not isinstance(event, SequenceEndEvent):
            append(made(event))
            event = get()
        node.end_mark = self.mark(event.end_mark)

    def pairs(self, node: MappingNode) -> None:
        append = node.value.append
        get, made = self.parser.get_event, self.made
        flow = node.flow_style
        event = get()
        while not isinstance(event, MappingEndEvent):
            key = made(event)
            value = made(get())
            if (value.value == "" and not value.style and value.start_mark.index == value.end_mark.index
                    if type(value) is ScalarNode else _is_empty(value)):  # (_is_empty(value), written out)
                mark = self.flow_empty_value_mark if flow else self.empty_value_mark
                value.start_mark = value.end_mark = mark(value.start_mark)
            elif flow and _is_empty(key):
                raise Unsupported("an empty flow mapping key")
            append((key, value))
            event = get()
        node.end_mark = self.mark(event.end_mark)

    def empty_value_mark(self, after_colon: Any) -> Any:
        """Where ruamel's round-trip parser puts an empty block mapping value: at the token after
        it (the next key, or the end of the mapping), unless a comment follows the colon, which
        keeps it after the colon (``RoundTripParser.parse_block_mapping_value``)."""
        following = self.parser.peek_event()
        if isinstance(following, MappingEndEvent):  # a comment moves on to the block's end
            return self.mark(following.start_mark)
        line = self.lines[after_colon.line]
        if line[after_colon.column:].lstrip(" ").startswith("#"):
            return after_colon
        at = following.start_mark
        if (isinstance(following, ScalarEvent) and not _is_empty(following) and at.line > after_colon.line
                and not self.lines[at.line][:at.column].strip(" ")):
            return at  # a key starting its line: its token starts where the key does
        raise Unsupported("an empty value before an explicit, empty or collection key")

    def flow_empty_value_mark(self, next_token: Any) -> Any:
        """Where ruamel puts an empty flow mapping value: right after its colon, where the token
        before libyaml's mark is a colon on the same line; else where libyaml does (no colon)."""
        before = self.lines[next_token.line][:next_token.column].rstrip(" ")
        if before.endswith(":"):
            index = next_token.index - (next_token.column - len(before))
            return StringMark(next_token.name, index, next_token.line, len(before), None, None)
        if not before.strip(" "):  # the colon, or a comment, is on a line before
            raise Unsupported("an empty flow mapping value at the start of a line")
        return next_token

    def block_scalar(self, start: Any, folded: bool, value: str) -> str:
        """The value of a block scalar as ruamel's scanner gives it; refuses one it refuses and
        libyaml reads (``scan_block_scalar_indicators``, ``scan_block_scalar_indentation``)."""
        header = _BLOCK_HEADER.match(self.lines[start.line], start.column)
        if header is None:
            raise Unsupported("block scalar header")
        explicit = header["a"] or header["b"]
        if not explicit:
            first, most = -1, 0
            for index in range(start.line + 1, len(self.lines)):
                line = self.lines[index]
                content = line.lstrip(" ")
                most = max(most, len(line) - len(content))
                if content:
                    break
                if first < 0 and self.has_break(index):
                    first = len(line)
            if 0 < first < most:
                raise Unsupported("more indented follow up line than first in a block scalar")
        if not folded or not value.strip("\n"):
            return value
        if explicit:  # its indentation counts from the parent's, which the events do not give
            raise Unsupported("folded scalar with an indentation indicator")
        marked = self.folded_value(start.line + 1, header.group().rstrip(" ")[-1:])
        if marked.replace("\a", "") != value:
            raise Unsupported("folded scalar read otherwise")
        return marked

    def folded_value(self, first: int, chomping: str) -> str:
        """A folded scalar's value built from its lines as ruamel's round-trip scanner builds it
        (``scan_block_scalar``): a ``\\a`` after each line that another line follows."""
        lines, index = self.lines, first
        while not lines[index].strip(" "):  # leading blank lines: there is text further on
            index += 1
        blank = max(map(len, lines[first:index]), default=0)  # the blank lines' spaces count too
        indent = max(blank, len(lines[index]) - len(lines[index].lstrip(" ")))
        chunks = ["\n"] * (index - first)
        text = lines[index][indent:]
        while True:
            breaks, index = 0, index + 1
            while (index < len(lines) and len(lines[index]) <= indent and not lines[index].strip(" ")
                   and self.has_break(index)):
                breaks, index = breaks + 1, index + 1
            line_break = "\n" if self.has_break(index - breaks - 1) else ""
            chunks.append(text)
            following = lines[index] if index < len(lines) else ""
            if not (len(following) > indent and not following[:indent].strip(" ")):
                break
            chunks.append("\a")
            if text[:1] != " " and following[indent] != " ":
                chunks.append("" if breaks else " ")
            else:
                chunks.append(line_break)
            chunks.append("\n" * breaks)
            text = following[indent:]
        if chomping != "-":
            chunks.append(line_break)
        if chomping == "+":
            chunks.append("\n" * breaks)
        return "".join(chunks)

    def has_break(self, index: int) -> bool:
        """Whether a line break ends line ``index`` (all lines do but a last one)."""
        return index < len(self.lines) - 1

    def mark(self, mark: Any) -> Any:
        """``mark``, or ruamel's end of the stream where libyaml put it on a line of its own."""
        if 0 <= self.last_line < mark.line:
            return StringMark(mark.name, len(self.text), self.last_line, len(self.lines[-1]), None, None)
        return mark


def _is_empty(node: Any) -> bool:
    """A scalar the parser made up for a value left out (plain, no text, no width)."""
    return (isinstance(node, (ScalarNode, ScalarEvent)) and node.value == "" and not node.style
            and node.start_mark.index == node.end_mark.index)
