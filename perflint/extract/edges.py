"""The edges of the text: where an excerpt may have been cut.

Reviewers lint extracts as well as whole reports, and pasted pages stop where the copy stopped:
the last line may end mid-word (``…支出决算情``) or mid-list (``称“28个展区”`` and five of them).
What reaches the text's last character is not evidence of a slip, only of the cut; rules that
read a word or a list as complete ask here first.
"""

from __future__ import annotations

from perflint.model import Document, Location


def last_line(doc: Document) -> int:
    """The 1-based number of the document's last source line with any text on it (0: none)."""
    for number in range(len(doc.lines), 0, -1):
        if doc.lines[number - 1].strip():
            return number
    return 0


def runs_to_the_end(doc: Document, where: Location) -> bool:
    """Whether ``where`` ends where the text ends: on its last line with text, nothing but
    spaces (or a closing bracket or quote the cut left) after it."""
    end_line = where.end_line or where.line
    if not doc.lines or end_line != last_line(doc):
        return False
    end_column = where.end_column if where.end_column is not None else len(doc.lines[end_line - 1]) + 1
    return not doc.lines[end_line - 1][end_column - 1:].strip(" \t\u3000\r\n)）”’\"'")


def stops_mid_sentence(doc: Document, where: Location) -> bool:
    """Whether ``where`` runs to the text's end without closing its sentence: a list the copy
    stopped in ends on an item, while ``…：办公室、财务股、业务股。`` is a whole sentence that
    the cut happened to follow."""
    if not runs_to_the_end(doc, where):
        return False
    line = doc.lines[(where.end_line or where.line) - 1]
    end_column = where.end_column if where.end_column is not None else len(line) + 1
    text = line[:end_column - 1].rstrip(" \t\u3000\r\n)）”’\"'")
    return not text.endswith(("。", "；", "！", "？", ".", ";", "!", "?"))


_SENTENCE_ENDS = ("。", "；", "！", "？", ";", "!", "?")


def in_cut_sentence(doc: Document, where: Location) -> bool:
    """Whether the sentence holding ``where`` is the one the text stops in: ``where`` is on the
    last line with text and no sentence closes between it and the text's end (``…经费 9 万元，科``,
    ``下属二级预算单位 0``). What the sentence went on to say is not in the text."""
    end_line = where.end_line or where.line
    if not doc.lines or end_line != last_line(doc):
        return False
    line = doc.lines[end_line - 1]
    end_column = where.end_column if where.end_column is not None else len(line) + 1
    rest = line[end_column - 1:].rstrip(" \t\u3000\r\n")
    return not any(mark in rest for mark in _SENTENCE_ENDS) and not rest.endswith(".")
