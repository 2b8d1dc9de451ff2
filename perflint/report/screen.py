"""Where the terminal report is drawn: rich on a terminal, plain text everywhere else.

The text report (:mod:`perflint.report.text_report`) says *what* to show as a few neutral items:
lines of styled spans, a rule naming a file, the summary table. A screen draws them.

- :class:`RichScreen` draws with rich: colours, styles and rich's own table layout. It is used
  when the output is a terminal or colour is asked for (``--color``, ``FORCE_COLOR``).
- :class:`PlainScreen` writes the same characters without importing rich's console: a hook, a
  CI job or a reviewer's script pipes perflint's output, and rich's console, table and text
  modules cost a cold start about a tenth of its time (about 100 M instructions of 840 M for a
  tiny draft) to draw text no one will colour.

Both give the same text for the same items (``tests/test_screen.py`` compares them), with one
difference: rich narrows a summary table wider than the console and wraps its cells; the plain
screen never wraps, as a file or a pipe has no width (rules and messages are never cut there
either).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import IO, Any

from perflint.report.cells import cell_len, set_cell_size

Span = tuple[str, str]  # (text, rich style; "" for none)


@dataclass(frozen=True)
class Line:
    """One line of styled spans (a finding's head, its source line, a related place, a note)."""

    spans: tuple[Span, ...]

    @classmethod
    def of(cls, text: str, style: str = "") -> Line:
        return cls(((text, style),))


@dataclass(frozen=True)
class Rule:
    """A horizontal rule with a title at its left: the head of one file's findings."""

    title: str
    style: str = ""


@dataclass
class Table:
    """The summary table: a title, headers, rows (each with a style and whether a section ends
    under it) and the columns justified right."""

    title: str
    headers: list[str]
    right: set[int] = field(default_factory=set)
    rows: list[tuple[list[str], str, bool]] = field(default_factory=list)

    def add_row(self, *cells: str, style: str = "", end_section: bool = False) -> None:
        self.rows.append((list(cells), style, end_section))


Item = Line | Rule | Table

# rich drops these control characters from every text it prints (rich.control)
_CONTROL = {7: None, 8: None, 11: None, 12: None, 13: None}
_TAB = 8  # rich's tab size


class PlainScreen:
    """Plain text, as rich writes it with no colour (see the module docstring)."""

    def __init__(self, stream: IO[str], width: int | None = None) -> None:
        self.stream = stream
        self._width = width

    @property
    def width(self) -> int:
        """The width rich would take: ``COLUMNS``, else a terminal on a standard stream, else 80."""
        if self._width is None:
            self._width = _console_width()
        return self._width

    def show(self, items: list[Item]) -> None:
        out: list[str] = []
        for item in items:
            if isinstance(item, Line):
                out.append(_plain("".join(text for text, _ in item.spans)))
            elif isinstance(item, Rule):
                out.append(self._rule(_plain(item.title)))
            else:
                out.extend(_table(item))
        self.stream.write("".join(line + "\n" for line in out))

    def _rule(self, title: str) -> str:
        width = self.width
        room = max(0, width - 2)
        if not room or not title:
            return "─" * width
        if cell_len(title) > room:  # rich cuts the title with an ellipsis
            title = set_cell_size(title, room - 1) + "…"
        line = title + " "
        line += "─" * (width - cell_len(line))
        return set_cell_size(line, width)


class RichScreen:
    """The items drawn by rich on ``console`` (one print per call: each print asks the terminal
    and the environment again, which for a few findings costs more than drawing them)."""

    def __init__(self, console: Any) -> None:
        self.console = console

    def show(self, items: list[Item]) -> None:
        from rich.console import Group

        self.console.print(Group(*map(_renderable, items)))


def _renderable(item: Item) -> Any:
    from rich.text import Text

    if isinstance(item, Line):
        text = Text()
        for part, style in item.spans:
            text.append(part, style=style or None)
        return text
    if isinstance(item, Rule):
        from rich.rule import Rule as RichRule

        return RichRule(Text(item.title, style=item.style or ""), align="left")
    from rich.table import Table as RichTable

    table = RichTable(title=item.title, show_edge=False)
    for k, header in enumerate(item.headers):
        table.add_column(header, justify="right" if k in item.right else "left")
    for cells, style, end_section in item.rows:
        table.add_row(*cells, style=style or None, end_section=end_section)
    return table


def screen_for(stream: IO[str], color: bool | None) -> PlainScreen | RichScreen:
    """The screen for ``stream``: rich where colour is wanted or may be (``color`` True, or None
    with a terminal or an environment that forces one), plain text otherwise."""
    if color is False or (color is None and not _may_colour(stream)):
        return PlainScreen(stream)
    from rich.console import Console

    return RichScreen(Console(file=stream, highlight=False, soft_wrap=True,
                              force_terminal=color if color else None, no_color=color is False))


def _may_colour(stream: IO[str]) -> bool:
    """Whether rich could colour ``stream`` (its own test, rich.console.Console.is_terminal)."""
    if os.environ.get("TTY_COMPATIBLE", "") in ("0", "1"):
        return os.environ["TTY_COMPATIBLE"] == "1"
    if os.environ.get("FORCE_COLOR") is not None:
        return True  # rich then decides; an empty FORCE_COLOR draws plain text there too
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _console_width() -> int:
    width = 0
    for fd in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        try:
            width = os.get_terminal_size(fd.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    return width or 80


def _plain(text: str) -> str:
    """``text`` as rich prints it: control characters dropped, tabs expanded by cells."""
    text = text.translate(_CONTROL)
    if "\t" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        out, pos = [], 0
        for k, part in enumerate(line.split("\t")):
            if k:
                spaces = _TAB - pos % _TAB  # a tab moves to the next stop (a whole tab at a stop)
                out.append(" " * spaces)
                pos += spaces
            out.append(part)
            pos += cell_len(part)
        lines.append("".join(out))
    return "\n".join(lines)


def _table(table: Table) -> list[str]:
    """rich's table with ``show_edge=False`` and its default box (heavy head), unwrapped."""
    rows = [[_plain(c) for c in cells] for cells, _, _ in table.rows]
    headers = [_plain(h) for h in table.headers]
    widths = [max([cell_len(headers[k]), *(cell_len(r[k]) for r in rows)]) for k in range(len(headers))]

    def line(cells: list[str], bar: str) -> str:
        shown = []
        for k, cell in enumerate(cells):
            pad = " " * (widths[k] - cell_len(cell))
            shown.append(" " + (pad + cell if k in table.right else cell + pad) + " ")
        return bar.join(shown)

    out = [_plain(table.title)] if table.title else []
    out.append(line(headers, "┃"))
    out.append("╇".join("━" * (w + 2) for w in widths))
    for k, (cells, (_, _, end_section)) in enumerate(zip(rows, table.rows, strict=True)):
        out.append(line(cells, "│"))
        if end_section and k < len(rows) - 1:
            out.append("┼".join("─" * (w + 2) for w in widths))
    return out
