"""Computations written out in a text: ``(63.46-32)÷32=98.31%``, ``10×95.82%=9.58分``,
``1232.57/1286.40×100%=95.82%``.

Reports, and evaluation reports most of all, show how a rate or a score was reached: an
expression of figures and operators, ``=``, and the result. This is the grammar of such a
computation, so a check can redo it. An equation is a run of pieces joined by ``=`` (or ``＝``):
the last piece is the stated result, a figure alone (a sign, digits, ``%`` or a unit), and the
piece before it, made of figures and operators only (``+ - − × * ÷ /`` and brackets, at least
one operator), is the computation of it (pieces before that may be steps on the way). A piece holding words (``在职人员数/编制数``) is a definition,
not a computation, and is not read; neither is a side whose figures carry two different money
units, since the scale between them is the author's to state.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation

from perflint.text.numbers import normalise
from perflint.text.patterns import lazy_compile

HUNDRED = Decimal(100)

# A run of what a computation is written with, around each equals sign: the whole run, so it
# is tried from where the run starts only (the lookbehind); a long run without ``=`` (a column of
# figures read into one line) was scanned again from each of its characters.
_RUN = lazy_compile(r"(?<![-+−×*÷/()（）\d.,%％ 万亿元分=＝])"
                    r"[-+−×*÷/()（）\d.,%％ 万亿元分=＝]*[=＝][-+−×*÷/()（）\d.,%％ 万亿元分=＝]*")
_TOKEN = lazy_compile(r"\s*(?:(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>%|万元|亿元|元|分)?|(?P<op>[-+−×*÷/()（）]))")
_RESULT = lazy_compile(r"^\s*(?P<sign>[-−])?\s*(?P<num>\d+(?:,\d{3})*(?:\.(?P<dec>\d+))?)\s*(?P<unit>%|万元|亿元|元|分)?[\s,]*$")
_MONEY = ("万元", "亿元", "元")
_SPACED_DASH = lazy_compile(r"\s[-−]\s")
_EQUALS = lazy_compile(r"[=＝]")
_TAIL_MAX = 200  # characters of a side read after a comma or a space (``得分为9.5,10×95%=9.5``)


@dataclass(frozen=True)
class Equation:
    """A written computation: the side that computes the result, its value, and the stated result."""

    start: int  # the result, in the text it was found in
    end: int
    expression: str  # the side that computes the result, as written
    value: Decimal  # what it computes to (a % operand read as a fraction)
    result: Decimal  # the stated figure as written (98.31 for ``98.31%``)
    decimals: int  # digits after its point
    percent: bool  # the result is written with %
    text: str  # the result as written


def equations(text: str) -> list[Equation]:
    """Every computation written out in ``text`` whose result is a figure (see the module docstring)."""
    if "=" not in text and "＝" not in text:
        return []
    norm = normalise(text)
    out: list[Equation] = []
    for run in _RUN.finditer(norm):
        pieces = _EQUALS.split(run.group(0))
        if len(pieces) < 2:
            continue
        starts = [run.start()]
        for piece in pieces[:-1]:
            starts.append(starts[-1] + len(piece) + 1)
        last = _RESULT.match(pieces[-1])
        if last is None:
            continue
        unit = last.group("unit")
        # the side right before the result computes it; sides before that may be steps on the
        # way (``1232.57÷1286.40=95.82%×10=9.58``: the first side is 95.82%, not 9.58)
        side = pieces[-2]
        read = _side(side, unit)
        if read is None and len(pieces) == 2:
            read = _side_tail(side, unit)  # ``得分为9.5,10×95%``: the clause before is no side
        if read is None:
            continue
        result = Decimal(last.group("num").replace(",", ""))
        if last.group("sign"):
            result = -result
        start = starts[-1] + last.start("num") - (1 if last.group("sign") else 0)
        end = starts[-1] + last.end()
        out.append(Equation(start, end, read[0], read[1], result, len(last.group("dec") or ""), unit == "%",
                            text[start:end].strip()))
    return out


def _side(piece: str, result_unit: str | None) -> tuple[str, Decimal] | None:
    value = _evaluate(piece, result_unit)
    return None if value is None else (piece.strip(), value)


def _side_tail(piece: str, result_unit: str | None) -> tuple[str, Decimal] | None:
    """The first side read from after a comma or a space inside it, when the whole does not read."""
    if _SPACED_DASH.search(piece):
        return None
    # a side of at most _TAIL_MAX characters: each cut is read to the end, so a long run of
    # figures (a column read into one line) was read again from each of its spaces
    for i in range(max(0, len(piece) - _TAIL_MAX - 1), len(piece)):
        if piece[i] in ", " and (read := _side(piece[i + 1:], result_unit)) is not None:
            return read
    return None


def _evaluate(piece: str, result_unit: str | None) -> Decimal | None:
    """The value of a side written with figures and operators only; None for anything else (a
    lone figure, words, a bracket left open, money in two units, money against another unit)."""
    if _SPACED_DASH.search(piece):
        return None  # ``10 - 9.5``: a flattened row's empty cells, not a subtraction
    tokens: list[tuple[str, object]] = []
    pos, units = 0, set()
    stripped = piece.rstrip()
    while pos < len(stripped):
        m = _TOKEN.match(stripped, pos)
        if m is None or m.end() == pos:
            return None
        if m.group("num") is not None:
            value = Decimal(m.group("num").replace(",", ""))
            unit = m.group("unit")
            if unit == "%":
                value /= HUNDRED
            elif unit in _MONEY:
                units.add(unit)
            tokens.append(("num", value))
        else:
            op = {"−": "-", "*": "×", "/": "÷", "（": "(", "）": ")"}.get(m.group("op"), m.group("op"))
            tokens.append(("op", op))
        pos = m.end()
    if not any(kind == "op" and tok not in "()" and k and (tokens[k - 1][0] == "num" or tokens[k - 1][1] == ")")
               for k, (kind, tok) in enumerate(tokens)):
        return None  # a figure alone (a sign is no operator), not a computation
    if len(units) > 1 or (units and result_unit in _MONEY and result_unit not in units):
        return None
    parser = _Parser(tokens)
    try:
        value = parser.expression()
    except (_Unparsed, InvalidOperation, DivisionByZero, ZeroDivisionError):
        return None
    return value if parser.done() else None


class _Unparsed(Exception):
    pass


class _Parser:
    """Operators in their usual precedence: × ÷ before + −, brackets first; a leading − negates."""

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.i = 0

    def done(self) -> bool:
        return self.i == len(self.tokens)

    def _peek(self) -> tuple[str, object] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def expression(self) -> Decimal:
        value = self._term()
        while (tok := self._peek()) is not None and tok[1] in ("+", "-"):
            self.i += 1
            rhs = self._term()
            value = value + rhs if tok[1] == "+" else value - rhs
        return value

    def _term(self) -> Decimal:
        value = self._factor()
        while (tok := self._peek()) is not None and tok[1] in ("×", "÷"):
            self.i += 1
            rhs = self._factor()
            value = value * rhs if tok[1] == "×" else value / rhs
        return value

    def _factor(self) -> Decimal:
        tok = self._peek()
        if tok is None:
            raise _Unparsed
        self.i += 1
        if tok[0] == "num":
            return tok[1]  # type: ignore[return-value]
        if tok[1] == "-":
            return -self._factor()
        if tok[1] == "(":
            value = self.expression()
            close = self._peek()
            if close is None or close[1] != ")":
                raise _Unparsed
            self.i += 1
            return value
        raise _Unparsed
