"""Import perflint's structured YAML draft format (``docs/yaml-format.md``).

A YAML draft says what a text draft leaves to guesswork: where a report starts, which year and
unit it speaks of, where each heading, paragraph and table cell is. The importer maps it onto
the same model the text importer builds, so every check reads both alike (tables by their
header cells, 自评表 laid out as on the paper form), and anchors every text at the YAML scalar
it came from. It works on the composed node tree rather than on constructed Python values:
nodes keep each scalar's start and end marks and its text exactly as written (``1133.10`` stays
``1133.10``, ``2024-03-15`` stays a string).

Layout and meaning are validated here with light checks that mirror ``perflint/data/schema.json``;
judging the content is left to the checks.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from perflint.catalogue import Msg, msg
from perflint.model import Block, Cell, Document, Heading, Paragraph, Part, Row, SourceText, Table, TocEntry
from perflint.read.errors import InputError
from perflint.read.forms import attach_forms
from perflint.read.lines import Line, toc_page_left_blank, toc_parts
from perflint.read.toc import mark_contents
from perflint.read.yaml_form import (  # noqa: F401 - the form's keys belong to the format
    BUDGET_KEYS,
    BUDGET_ROW_KEYS,
    INDICATOR_HEADER,
    INDICATOR_KEYS,
    SELF_EVALUATION_KEYS,
    FormFields,
)
from perflint.read.yaml_nodes import LINE_BREAK, compose
from perflint.text.dates import YEAR, YEAR_NIAN
from perflint.text.numbering import parse_marker
from perflint.text.numbers import declared_unit
from perflint.text.patterns import lazy_compile

FORMAT_VERSION = 1
KINDS = ("project_self_evaluation", "department_self_evaluation", "final_accounts")

# Keys of each mapping; tests keep them equal to the schema's properties.
PART_KEYS = ("title", "organisation", "fiscal_year", "money_unit", "report_date", "kind",
             "content", "sections", "self_evaluation")
TOP_KEYS = ("perflint", *PART_KEYS, "parts")
# With ``parts``, these top-level keys are defaults every part inherits.
PART_DEFAULTS = ("organisation", "fiscal_year", "money_unit", "report_date", "kind")
SECTION_KEYS = ("heading", "content", "paragraphs", "tables", "sections")
TABLE_KEYS = ("caption", "unit", "header", "rows", "notes")
_LINE_BREAK = LINE_BREAK
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")  # the breaks of LINE_BREAK but LF
_YEAR = YEAR_NIAN
_ISO_DATE = lazy_compile(rf"^({YEAR})-(\d{{1,2}})-(\d{{1,2}})$")
_FISCAL_YEAR = lazy_compile(rf"\s*({YEAR})\s*(?:年度?)?\s*")  # fiscal_year: the whole value
_VERSION = lazy_compile(r"\+?\d{1,9}")
_MAX_DEPTH = 12
_NULL, _INT, _TIMESTAMP = (f"tag:yaml.org,2002:{t}" for t in ("null", "int", "timestamp"))


def parse_yaml(text: str, path: str) -> Document:
    """Read a perflint YAML draft into a :class:`Document` (``source_format="yaml"``).

    Raises :class:`InputError` (with the line and column) for invalid YAML or a layout the
    format does not allow; never a ruamel exception.
    """
    text = text.removeprefix("\ufeff")
    # (a draft holding no break but LF, as most do, is cut at its LFs in one call)
    lines = _LINE_BREAK.split(text) if any(b in text for b in _OTHER_BREAKS) else text.split("\n")
    if lines and not lines[-1]:
        lines.pop()  # the break ending the last line does not start another
    return _Reader(path, lines).document(compose(text, path))


def _describe_node(node: Node) -> Msg:
    if isinstance(node, MappingNode):
        return msg("yaml.found.mapping")
    if isinstance(node, SequenceNode):
        return msg("yaml.found.list")
    value = str(node.value)
    return msg("yaml.found.text", value=repr(value[:20]) + "…" if len(value) > 20 else repr(value))


_TOP = "top level"


def _where(where: str) -> Msg | str:
    return msg("yaml.top_level") if where == _TOP else where


@dataclass
class _Entry:
    key: ScalarNode
    value: Node


class _Reader(FormFields):
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines

    # -- errors and typed access --------------------------------------------------------------

    raw = staticmethod(lambda node: _raw(node))

    def error(self, node: Node, where: str, key: str, /, **args: Any) -> InputError:
        """The error at ``node``: catalogue message ``key`` about the value at ``where``."""
        message = msg(key, where=_where(where), **args)
        return InputError(self.path, message, node.start_mark.line + 1, node.start_mark.column + 1)

    def mapping(self, node: Node, where: str, known: tuple[str, ...]) -> dict[str, _Entry]:
        if _is_null(node):
            return {}
        if not isinstance(node, MappingNode):
            raise self.error(node, where, "yaml.expected_mapping", found=_describe_node(node))
        entries: dict[str, _Entry] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.error(key, where, "yaml.key_not_text")
            name = key.value
            if name in entries:
                first = entries[name].key.start_mark.line + 1
                raise self.error(key, where, "yaml.duplicate_key", name=repr(name), first=first)
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                if close:
                    raise self.error(key, where, "yaml.unknown_key_close", name=repr(name), close=repr(close[0]))
                raise self.error(key, where, "yaml.unknown_key", name=repr(name), known=", ".join(known))
            entries[name] = _Entry(key, value)
        return entries

    def sequence(self, node: Node, where: str) -> list[Node]:
        if _is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            raise self.error(node, where, "yaml.expected_list", found=_describe_node(node))
        return list(node.value)

    def scalar(self, node: Node, where: str) -> ScalarNode:
        if not isinstance(node, ScalarNode):
            raise self.error(node, where, "yaml.expected_scalar", found=_describe_node(node))
        return node

    def text(self, node: Node, where: str) -> str:
        return _raw(self.scalar(node, where))

    # -- anchoring ------------------------------------------------------------------------------

    def source_text(self, node: ScalarNode, prefix: str = "", label: Node | None = None) -> SourceText:
        """The scalar as written, anchored line by line; ``prefix`` is a label shown before it."""
        value = _raw(node)
        start, lines = node.start_mark, self.lines
        if not prefix and value and start.line == node.end_mark.line and node.style not in ("|", ">") \
                and start.line < len(lines):
            # One line, not a block scalar (nearly every cell and key): the text starts where the
            # scalar does (after its quote), which is the one anchor _anchors gives when the
            # line holds the value's first character there (or fails to match at all)
            column = start.column + (1 if node.style in ('"', "'") else 0)
            first = value[0]
            if not first.isspace() and lines[start.line].startswith(first, column):
                return SourceText.at(value, self.path, start.line + 1, column + 1)
        anchors = [(len(prefix) + offset, line, column) for offset, line, column in self._anchors(node, value)]
        if prefix:
            at = label or node
            anchors.insert(0, (0, at.start_mark.line + 1, at.start_mark.column + 1))
        return SourceText(prefix + value, self.path, anchors)

    def _anchors(self, node: ScalarNode, value: str) -> list[tuple[int, int, int]]:
        """Match the value against each source line the scalar spans (folding and indentation
        make the value differ from the lines, so each line gets its own anchor)."""
        first, column = node.start_mark.line, node.start_mark.column
        if node.style in ("|", ">"):
            spans: list[tuple[int, int | None]] = [(i, None) for i in range(first + 1, node.end_mark.line + 1)]
        else:
            column += 1 if node.style in ('"', "'") else 0
            spans = [(first, column)] + [(i, None) for i in range(first + 1, node.end_mark.line + 1)]
        anchors: list[tuple[int, int, int]] = []
        pos = 0
        for index, start in spans:
            if pos >= len(value) or index >= len(self.lines):
                break
            line = self.lines[index]
            start = len(line) - len(line.lstrip()) if start is None else start
            piece = line[start:]
            stripped = piece.lstrip()
            start += len(piece) - len(stripped)
            while pos < len(value) and value[pos].isspace():
                pos += 1
            n = _common_prefix(value, pos, stripped.rstrip())
            if n:
                anchors.append((pos, index + 1, start + 1))
                pos += n
        return anchors or [(0, first + 1, column + 1)]

    def cell(self, node: Node, where: str) -> Cell:
        return Cell(self.source_text(self.scalar(node, where)))

    def empty_cell(self, at: Node) -> Cell:
        return Cell(SourceText.at("", self.path, at.start_mark.line + 1, at.start_mark.column + 1))

    def fixed_cell(self, text: str, at: Node) -> Cell:
        return Cell(SourceText.at(text, self.path, at.start_mark.line + 1, at.start_mark.column + 1))

    # -- document and parts ---------------------------------------------------------------------

    def document(self, root: Node | None) -> Document:
        if root is None:
            raise InputError(self.path, msg("yaml.empty"), 1)
        if not isinstance(root, MappingNode):
            raise self.error(root, _TOP, "yaml.top_expected_mapping", found=_describe_node(root))
        top = self.mapping(root, _TOP, TOP_KEYS)
        metadata: dict[str, object] = {"format_version": self.version(top)}
        if "parts" not in top:
            parts = [self.part(top, root, _TOP)]
        else:
            for key in ("sections", "self_evaluation"):
                if key in top:
                    raise self.error(top[key].key, _TOP, "yaml.inside_parts", key=repr(key))
            if "title" in top:
                metadata["title"] = self.text(top["title"].value, "title")
            defaults = {k: v for k, v in top.items() if k in PART_DEFAULTS}
            items = self.sequence(top["parts"].value, "parts")
            if not items:
                raise self.error(top["parts"].value, "parts", "yaml.parts_empty")
            parts = []
            for i, item in enumerate(items):
                where = f"parts[{i}]"
                entries = self.mapping(item, where, PART_KEYS)
                parts.append(self.part(entries, item, where, defaults))
        doc = Document(self.path, "yaml", self.lines, parts, metadata)
        attach_forms(doc)
        return doc

    def version(self, top: dict[str, _Entry]) -> int:
        if "perflint" not in top:
            return FORMAT_VERSION
        node = self.scalar(top["perflint"].value, "perflint")
        if node.tag != _INT or not _VERSION.fullmatch(str(node.value)) or int(node.value) != FORMAT_VERSION:
            raise self.error(node, "perflint", "yaml.version", found=repr(node.value), version=FORMAT_VERSION)
        return FORMAT_VERSION

    def part(self, own: dict[str, _Entry], node: Node, where: str,
             inherited: dict[str, _Entry] | None = None) -> Part:
        inherited = {k: v for k, v in (inherited or {}).items() if k not in own}
        entries = {**inherited, **own}
        prefix = "" if where == _TOP else f"{where}."
        if "title" not in entries or not self.text(entries["title"].value, f"{prefix}title").strip():
            at = entries["title"].value if "title" in entries else node
            raise self.error(at, f"{prefix}title", "yaml.title_missing")
        title_node = self.scalar(entries["title"].value, f"{prefix}title")
        title = _raw(title_node).strip()
        part = Part(title=title, line=title_node.start_mark.line + 1)
        part.organisation = self.optional_text(entries, "organisation", prefix)
        part.fiscal_year = self.fiscal_year(entries, prefix, title)
        part.kind = self.kind(entries, prefix)
        money_unit = self.optional_text(entries, "money_unit", prefix)
        date_node = self.scalar(entries["report_date"].value, f"{prefix}report_date") if "report_date" in entries else None
        part.report_date = self.date(date_node) or self.fill_date(entries.get("self_evaluation"))
        for key, entry in entries.items():
            if key == "content":
                self.content(entry.value, f"{prefix}content", (), money_unit, part.blocks)
            elif key == "sections":
                for i, item in enumerate(self.sequence(entry.value, f"{prefix}sections")):
                    self.section(item, f"{prefix}sections[{i}]", (), 1, money_unit, part.blocks)
            elif key == "self_evaluation":
                form = self.self_evaluation(entry, f"{prefix}self_evaluation", money_unit, part)
                part.forms = [form] if form is not None else None
            elif key == "report_date" and key not in inherited and date_node is not None and part.report_date:
                # The date as a line of the report too, so text checks see it as they do in text drafts.
                part.blocks.append(Paragraph(self.source_text(date_node)))
        part.blocks = mark_contents(part.blocks)  # a contents list written as text, as in text drafts
        return part

    def date(self, node: ScalarNode | None) -> str | None:
        """As text drafts write it (2024年3月15日); an ISO date is rewritten so, other text kept."""
        text = _raw(node).strip() if node is not None else ""
        if node is not None and node.tag == _TIMESTAMP:
            return _chinese_date(text)
        return text or None

    def fill_date(self, entry: _Entry | None) -> str | None:
        """The 自评表's 填报日期 stands for the report date when the report gives none, as in text drafts."""
        if entry is None or not isinstance(entry.value, MappingNode):
            return None
        for key, value in entry.value.value:
            if isinstance(key, ScalarNode) and key.value == "fill_date" and isinstance(value, ScalarNode):
                return self.date(value)
        return None

    def optional_text(self, entries: dict[str, _Entry], key: str, prefix: str) -> str | None:
        if key not in entries:
            return None
        value = self.text(entries[key].value, f"{prefix}{key}").strip()
        return value or None

    def fiscal_year(self, entries: dict[str, _Entry], prefix: str, title: str) -> int | None:
        if "fiscal_year" not in entries:
            m = _YEAR.search(title)
            return int(m.group(1)) if m else None
        node = self.scalar(entries["fiscal_year"].value, f"{prefix}fiscal_year")
        m = _FISCAL_YEAR.fullmatch(_raw(node))
        if not m:
            raise self.error(node, f"{prefix}fiscal_year", "yaml.fiscal_year", found=repr(_raw(node)))
        return int(m.group(1))

    def kind(self, entries: dict[str, _Entry], prefix: str) -> str:
        if "kind" not in entries:
            return ""
        node = self.scalar(entries["kind"].value, f"{prefix}kind")
        if _raw(node) not in KINDS:
            raise self.error(node, f"{prefix}kind", "yaml.kind", found=repr(_raw(node)), known=", ".join(KINDS))
        return _raw(node)

    # -- narrative ------------------------------------------------------------------------------

    def section(self, node: Node, where: str, parents: tuple[str, ...], level: int,
                money_unit: str | None, blocks: list[Block]) -> None:
        entries = self.mapping(node, where, SECTION_KEYS)
        if level > _MAX_DEPTH:  # also stops a section that contains itself through an alias
            raise self.error(node, where, "yaml.sections_too_deep", limit=_MAX_DEPTH)
        if "heading" not in entries:
            raise self.error(node, where, "yaml.heading_missing")
        text = self.source_text(self.scalar(entries["heading"].value, f"{where}.heading"))
        if not text.value.strip():
            raise self.error(entries["heading"].value, f"{where}.heading", "yaml.heading_empty")
        marker = parse_marker(text.value)
        numbering, title = (marker[0], text.value[marker[1]:].strip()) if marker else (None, text.value.strip())
        blocks.append(Heading(text, parents, numbering, title, level))
        inner = (*parents, title or text.value.strip())
        for key, entry in entries.items():
            if key == "content":
                self.content(entry.value, f"{where}.content", inner, money_unit, blocks)
            elif key == "paragraphs":
                for i, item in enumerate(self.sequence(entry.value, f"{where}.paragraphs")):
                    paragraph = self.source_text(self.scalar(item, f"{where}.paragraphs[{i}]"))
                    if paragraph.value.strip():
                        found = parse_marker(paragraph.value)
                        blocks.append(Paragraph(paragraph, inner, found[0] if found else None))
            elif key == "tables":
                for i, item in enumerate(self.sequence(entry.value, f"{where}.tables")):
                    blocks.append(self.table(item, f"{where}.tables[{i}]", inner, money_unit))
            elif key == "sections":
                for i, item in enumerate(self.sequence(entry.value, f"{where}.sections")):
                    self.section(item, f"{where}.sections[{i}]", inner, level + 1, money_unit, blocks)

    def content(self, node: Node, where: str, inner: tuple[str, ...], money_unit: str | None,
                blocks: list[Block]) -> None:
        """Paragraphs (text items) and tables (mapping items) in the order they stand in the report."""
        for i, item in enumerate(self.sequence(node, where)):
            if isinstance(item, MappingNode):
                blocks.append(self.table(item, f"{where}[{i}]", inner, money_unit))
                continue
            paragraph = self.source_text(self.scalar(item, f"{where}[{i}]"))
            if not paragraph.value.strip():
                continue
            entry = toc_parts(Line(paragraph.line, paragraph.value, "text"))
            if entry is not None:  # a contents line with leaders and page (一、概况……2), as in text drafts
                title, page = entry
                found = parse_marker(title)
                blocks.append(TocEntry(text=paragraph, section=inner, title=title[found[1]:].strip() if found else title,
                                       page=page, numbering=found[0] if found else None,
                                       page_left_blank=toc_page_left_blank(Line(paragraph.line, paragraph.value, "text"))))
                continue
            found = parse_marker(paragraph.value)
            blocks.append(Paragraph(paragraph, inner, found[0] if found else None))

    def table(self, node: Node, where: str, section: tuple[str, ...], money_unit: str | None) -> Table:
        entries = self.mapping(node, where, TABLE_KEYS)
        caption = self.source_text(self.scalar(entries["caption"].value, f"{where}.caption")) if "caption" in entries else None
        rows: list[Row] = []
        if "header" in entries:
            rows.append(self.row(entries["header"].value, f"{where}.header"))
        for i, item in enumerate(self.sequence(entries["rows"].value, f"{where}.rows") if "rows" in entries else []):
            rows.append(self.row(item, f"{where}.rows[{i}]"))
        notes = []
        if "notes" in entries:
            value = entries["notes"].value
            items = [value] if isinstance(value, ScalarNode) else self.sequence(value, f"{where}.notes")
            notes = [t for t in (self.text(n, f"{where}.notes").strip() for n in items) if t]
        if "unit" in entries:
            unit = self.text(entries["unit"].value, f"{where}.unit").strip() or None
        else:  # as on paper: a unit in the caption or a header cell (金额（元）) overrides the report's
            heads = [caption.value if caption else ""] + (rows[0].texts() if "header" in entries else [])
            unit = next((u for u in map(declared_unit, heads) if u), money_unit)
        first = rows[0].cells[0].text if rows and rows[0].cells else None
        text = first or caption or SourceText.at("", self.path, node.start_mark.line + 1, node.start_mark.column + 1)
        return Table(text, section, rows, caption=caption.value.strip() if caption else "",
                     declared_unit=unit, notes=notes)

    def row(self, node: Node, where: str) -> Row:
        items = self.sequence(node, where)
        cells = [self.cell(item, f"{where}[{i}]") for i, item in enumerate(items)]
        line = cells[0].line if cells else node.start_mark.line + 1
        return Row(cells, line)


# ``node.tag == _NULL`` is asked of every key and value: ``Node.tag`` is ``str(node.ctag)``, a
# Tag's str its ``trval`` (a string, or None), so the tag's trval is compared instead, two Python
# calls fewer a node.


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and (tag := node.ctag) is not None and tag.trval == _NULL


def _raw(node: ScalarNode) -> str:
    """The scalar's text as written: numbers keep their digits, null is empty."""
    if (tag := node.ctag) is not None and tag.trval == _NULL:
        return ""
    value = str(node.value).replace("\a", "")  # ruamel marks folding points of ``>`` scalars with \a
    return value.rstrip("\n") if node.style in ("|", ">") else value


def _common_prefix(value: str, pos: int, piece: str) -> int:
    if value.startswith(piece, pos):
        return len(piece)  # the line's text whole in the value (most scalars: one line, as written)
    n = 0
    limit = min(len(value) - pos, len(piece))
    while n < limit and value[pos + n] == piece[n]:
        n += 1
    return n


def _chinese_date(text: str) -> str:
    m = _ISO_DATE.match(text)
    return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日" if m else text
