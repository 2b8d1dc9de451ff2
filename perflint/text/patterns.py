"""Regular expressions compiled on first use rather than when their module is imported.

perflint defines a few hundred patterns at module level, many with CJK character classes, which
``re`` compiles slowly (a class such as ``[\\u4e00-\\u9fff]`` is expanded over its 21,000 code
points before it is packed). Compiling them all at import cost a one-draft run more CPU than
linting the draft, while a short draft only ever uses about half of them. A pattern declared with
:func:`lazy_compile` is compiled the first time one of its methods or attributes is used, and
then behaves exactly like the :class:`re.Pattern` it wraps.

Speed after the first use is that of the compiled pattern: the first lookup of ``search`` (or any
other attribute) goes through a descriptor of :class:`LazyPattern`'s, which stores the compiled
pattern's bound method on the instance, so every later ``PATTERN.search`` is a plain instance
attribute read, with no Python-level wrapper call in hot loops.

A lazy pattern is not a :class:`re.Pattern`: pass ``PATTERN.compiled`` (or call its methods) where
a real one is required, e.g. ``re.sub(PATTERN.compiled, ...)`` or ``isinstance`` checks.

Compiled code kept across runs. Even lazily, a one-draft run compiles ~230 of perflint's patterns
(~50 ms of CPU, as much as linting the draft). :func:`compile_pattern` (which lazy patterns use,
and which builders of patterns from the YAML data call instead of :func:`re.compile`) keeps
what the regular-expression compiler produced for each pattern in the user's cache folder
(``perflint.data.cache_dir()``, one pickle, named by the Python version and the ``_sre`` engine's
magic number), and the next process rebuilds the pattern from that code with ``_sre.compile``,
the call :func:`re.compile` ends with, in a few microseconds. This uses CPython internals
(``re._parser``, ``re._compiler``, ``_sre``), so it is guarded four ways: an interpreter without
them (another implementation, Python 3.10) just calls :func:`re.compile`; an entry is stored only
after the pattern rebuilt from it compared equal (flags, code and source: ``Pattern.__eq__``
compares them) to the one :func:`re.compile` returned, with the same groups; the file is only
read by the exact Python build that wrote it; and any failure to read, rebuild or write falls
back to :func:`re.compile` without failing the run.
"""

from __future__ import annotations

import functools
import re
import sys
from array import array
from collections.abc import Callable
from typing import Any

from perflint.data.kept import KeptAcrossRuns

try:  # CPython's compiler internals (3.11+): see "Compiled code kept across runs" above
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation or Python 3.10
    _sre = None  # type: ignore[assignment]


class _FromCompiled:
    """One attribute of the compiled pattern (``search``, ``groups``, ...) on a
    :class:`LazyPattern`: read from the pattern (compiled then if it was not yet) on first use
    and stored on the instance, whose own value every later read finds first (a non-data
    descriptor). A class-level ``__getattr__`` did the same, but made every attribute read of
    the class go through CPython's ``__getattr__`` hook (about 100 instructions each, 40,000
    reads over 30 benchmark drafts)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: LazyPattern | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = getattr(obj.compiled, self.name)
        obj.__dict__[self.name] = value
        return value


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use.

    ``pattern`` (the source text) is available without compiling, so other patterns can be
    built from it at import time. Any other attribute of a pattern (``search``, ``match``,
    ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``, ``split``, ``scanner``,
    ``groups``, ``groupindex``, ``flags``) compiles the pattern and is then cached on the
    instance.
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = compile_pattern(self.pattern, self._flags)
        return compiled

    # every public attribute of re.Pattern but ``pattern`` (the instance's own)
    search = _FromCompiled("search")
    match = _FromCompiled("match")
    fullmatch = _FromCompiled("fullmatch")
    finditer = _FromCompiled("finditer")
    findall = _FromCompiled("findall")
    sub = _FromCompiled("sub")
    subn = _FromCompiled("subn")
    split = _FromCompiled("split")
    scanner = _FromCompiled("scanner")
    groups = _FromCompiled("groups")
    groupindex = _FromCompiled("groupindex")
    flags = _FromCompiled("flags")

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}" + (f", {self._flags!r})" if self._flags else ")")


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """Like :func:`re.compile`, but compiled on first use (see the module docstring).

    Meant for patterns defined at module or class level; a pattern built inside a function that
    uses it right away gains nothing from being lazy."""
    return LazyPattern(pattern, flags)


@functools.lru_cache(maxsize=256)
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose ``search`` finds something exactly when one of ``words`` occurs in the
    text: ``any_of(words).search(text)`` for ``any(w in text for w in words)``, one pass of the
    regex engine instead of a generator step and a substring search per word (a vocabulary
    list of a data file, asked of every label or sentence)."""
    if not words:
        return compile_pattern("(?!)")  # any() of nothing is False
    # Longest first (a word holding another is tried first), then in code-point order: the same
    # pattern in every process, whatever the hash order of the set (it keys the kept code).
    return compile_pattern("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """:func:`re.compile`, rebuilt from code kept across runs when this Python compiled it before."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & _UNKEPT_FLAGS:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    compiled = _COMPILED.get(key)  # a builder may run per call, as re.compile's own cache allows
    if compiled is not None:
        return compiled
    store = _CODE_STORE.entries()
    entry = store.get(key)
    if entry is not None:
        try:
            compiled = _COMPILED[key] = _sre.compile(pattern, *_unpacked(entry))
            _CODE_STORE.used.add(key)
            return compiled
        except Exception:  # an entry that does not fit this interpreter: compile as usual
            del store[key]
    compiled = _COMPILED[key] = _compile(pattern, flags)
    if _CODE_STORE.path is not None:  # a file to keep it in (entries() looked for it above)
        _CODE_STORE.add(key, compiled)
    return compiled


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """:func:`re.compile`'s pattern, with the class of its first characters (:func:`_code_with_firsts`)."""
    try:
        return _sre.compile(pattern, *_code_entry(pattern, flags))
    except Exception:  # re's own error (the same pattern fails there), or internals that differ
        return re.compile(pattern, flags)


def _code_entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the source, for ``pattern``
    (with the class of the first characters, :func:`_code_with_firsts`)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _code_with_firsts(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


class _CodeStore(KeptAcrossRuns):
    """The compiled code of patterns by (source, flags) (see "Compiled code kept across runs"),
    and :func:`required_chars`' answers by ``("required", source, flags)``."""

    name = "patterns"

    def __init__(self) -> None:
        super().__init__()

    def tag(self) -> bytes:
        return f"{_FORMAT}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}".encode()

    def add(self, key: tuple[str, int], compiled: re.Pattern[str]) -> None:
        """Keep ``compiled``'s code, if the pattern rebuilt from it is the same pattern (and has
        :func:`re.compile`'s groups and flags)."""
        try:
            entry = _code_entry(*key)
            rebuilt = _sre.compile(key[0], *entry)
            plain = re.compile(*key)
            if rebuilt != compiled or (rebuilt.groups, rebuilt.groupindex, rebuilt.flags) != (
                    plain.groups, plain.groupindex, plain.flags):
                return
        except Exception:
            return
        self.keep(key, _packed(entry))


def _packed(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """``entry`` as kept: its code, a list of integers, as the bytes of an array of them.

    Unpickling a list of integers costs a pickle opcode per integer (about 250 instructions); a
    one-draft run rebuilds some 230 patterns holding 70,000 of them, 7 M instructions more than
    copying their bytes and letting :mod:`array` read them back."""
    if _CODE_TYPE is None:
        return entry
    return (entry[0], array(_CODE_TYPE, entry[1]).tobytes(), *entry[2:])


def _unpacked(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """What :func:`_packed` kept, as ``_sre.compile`` takes it."""
    code = entry[1]
    if type(code) is bytes and _CODE_TYPE is not None:
        return (entry[0], array(_CODE_TYPE, code).tolist(), *entry[2:])
    return entry


def _code_type() -> str | None:
    """The :mod:`array` type code whose items have the size of ``_sre``'s code words."""
    if _sre is None:
        return None
    for typecode in ("I", "L"):
        if array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    return None


_FORMAT = 4  # bump when an entry's layout or code changes (2: code as array bytes; 3: first characters; 4: categories spelt out)
_CODE_TYPE = _code_type()
_CODE_STORE = _CodeStore()
# flags whose patterns re.compile alone builds; a plain int: ``int & RegexFlag`` made two enum
# members per call (about 450 calls in a one-draft run)
_UNKEPT_FLAGS = int(re.LOCALE | re.DEBUG)
_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}  # this process's patterns (perflint's own: a bounded set)


# -- a screen of single characters for a pattern ------------------------------------------------

_MAX_CLASS = 64  # a character class of more characters says little (a CJK range, \w)


@functools.lru_cache(maxsize=64)
def required_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds, or None when the pattern's
    structure does not tell (a match may consist of classes too wide to list, of repeats that
    may be empty or of a case-insensitive part).

    A text holding none of them cannot match: a search for one character of a small set, which
    the regular-expression engine runs as one class scan, can spare a search of a long
    alternation whose branches are each tried at every position (a union of a data file's
    wordings, asked of every text). Found from ``re``'s parse of the pattern: a literal the
    match consumes, a small class it consumes one of, what a group or a repeat of at least once
    requires, and for alternatives the union of what each requires (None if one tells nothing)."""
    if _sre is None or int(flags) & re.IGNORECASE:
        return None
    return kept_chars("required", pattern, int(flags), _required_chars)


def kept_chars(kind: str, pattern: str, flags: int,
               find: Callable[[str, int], frozenset[str] | None]) -> frozenset[str] | None:
    """``find(pattern, flags)``, a set of characters read from ``re``'s parse of the pattern (or
    None), kept across runs beside the patterns' code under ``(kind, pattern, flags)``: parsing
    a long union in Python costs millions of instructions, every run, for an answer that never
    changes (the store's tag names the interpreter, whose parser gives it)."""
    if _sre is None:  # (no store without the engine's internals)
        return find(pattern, flags)
    key = (kind, pattern, flags)
    kept = _CODE_STORE.entries().get(key)
    if isinstance(kept, tuple) and len(kept) == 1 and (kept[0] is None or isinstance(kept[0], frozenset)):
        _CODE_STORE.used.add(key)
        return kept[0]
    found = find(pattern, flags)
    if _CODE_STORE.path is not None:
        _CODE_STORE.keep(key, (found,))
    return found


def _required_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """:func:`required_chars` found from ``re``'s parse of ``pattern``. Parsing in Python is
    slow (the template wordings' unions: about 20 M instructions of a one-draft run), so the
    answer is kept across runs beside the patterns' compiled code, under its own key."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # an interpreter whose parser differs: no screen
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _required(list(parsed))


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """What a sequence of parsed items requires: what its first telling item requires (every
    match of the sequence matches each item in turn)."""
    for op, av in items:
        found = _required_of(op, av)
        if found is not None:
            return found
    return None


def class_chars(av: Any, most: int) -> set[str] | None:
    """The characters a parsed character class (``re._parser``'s IN item) lists, at most
    ``most`` of them; None for a negated class, a category (\\s, \\d) or a range too wide."""
    c = _parser
    chars: set[str] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < most:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class, a category (\s, \d), a wide range: not listed
            return None
    return chars if len(chars) <= most else None


def _required_of(op: Any, av: Any) -> frozenset[str] | None:
    c = _parser
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        chars = class_chars(av, _MAX_CLASS)
        return frozenset(chars) if chars else None
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return None if add_flags & re.IGNORECASE else _required(list(items))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _high, items = av
        return _required(list(items)) if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _required(list(av))
    if op is c.BRANCH:
        _, branches = av
        out: set[str] = set()
        for branch in branches:
            found = _required(list(branch))
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None  # an anchor, a lookaround, any character, a back-reference: nothing consumed to list


@functools.lru_cache(maxsize=64)
def screen_chars(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern finding one of :func:`required_chars` of ``pattern`` (None when those are not
    known): where it finds nothing, ``pattern`` finds nothing either."""
    chars = required_chars(pattern, flags)
    if not chars:
        return None
    return compile_pattern("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


# -- a class of first characters for the engine to skip by ----------------------------------------

def _code_with_firsts(parsed: Any, flags: int) -> list[int]:
    """``re._compiler._code`` of ``parsed``, with the class of the characters a match can begin
    with in its INFO block when ``re`` found neither a literal prefix nor such a class.

    ``re`` lists first characters only for a pattern that opens with a literal or a class, or
    with an alternation of literals: one that opens with a lookbehind (``(?<!\\d)(19|20)…``), a
    repeat (``\\s*[-+\\d]``) or an alternation of anything else was tried at every offset of a
    text, a call of the matcher each. With the class, the search loop steps in C from one
    character of it to the next and calls the matcher only there (``_sre``'s "search charset"
    path, the one ``re`` takes for ``[abc]…``). The class only says where a match may begin:
    the code that matches is unchanged, and so are ``match`` and ``fullmatch``, which never read
    it. Listed only when every way through the pattern takes a first character that a literal
    or a class of the pattern names (lookarounds and anchors take none and are passed over), so
    no match is skipped; never for a pattern that may match the empty string, or under
    IGNORECASE or LOCALE (tests/test_first_chars.py compares every perflint pattern with
    ``re.compile``'s on generated texts)."""
    code = _compiler._code(parsed, flags)
    flags |= parsed.state.flags
    c = _parser
    if code[0] != c.INFO or code[2] & _SRE_INFO_PREFIX or code[3] == 0 or flags & (re.IGNORECASE | re.LOCALE):
        return code
    if code[2] & _SRE_INFO_CHARSET:  # re's own class: kept, unless a category in it can be spelt out
        first = _compiler._get_charset_prefix(parsed, flags)
        if not first or any(kind not in (c.LITERAL, c.RANGE, c.CATEGORY) for kind, _ in first) \
                or not any(kind is c.CATEGORY for kind, _ in first):
            return code
    else:
        items = list(parsed)
        if items and items[0] == (c.AT, c.AT_BEGINNING) or items and items[0] == (c.AT, c.AT_BEGINNING_STRING):
            return code  # the engine tries the text's first offset alone (``^…`` is searched in one step)
        found = _first_items(items, c)
        if found is None or found[1] or not found[0]:
            return code
        first = found[0]
    charset, hascased = _compiler._optimize_charset(_spelt_out(first, flags))
    if hascased:  # pragma: no cover - no IGNORECASE here
        return code
    info = [c.INFO, 0, _SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]


_SRE_INFO_PREFIX, _SRE_INFO_CHARSET = 1, 4  # re._constants.SRE_INFO_*


def _spelt_out(items: list, flags: int) -> list:
    """The class ``items`` of a pattern's first characters, with each category (``\\d``,
    ``\\s``, ``\\w`` and their negations) replaced by the ranges of the Basic Multilingual
    Plane characters it takes, and by every character past that plane if it takes any.

    Why: the search loop tests every character of a text against the class, and a category is
    a call into the Unicode database for each (``\\s`` several): a class such as ``[\\s\\d（(]``
    cost about 50 instructions a character tested, the first-character tests 3.7 % of a run
    (3.4 % in the search loop alone). Spelt out, the class packs into one table lookup
    (``re``'s "big charset"). The class only tells the loop where a match may begin (what
    matches is the pattern's own code, unchanged), so taking every character past the plane,
    where the category may take only some, can only call the matcher where it then fails."""
    c = _parser
    out: list = []
    for kind, value in items:
        if kind is c.CATEGORY:
            out.extend((c.RANGE, span) for span in _category_spans(value, flags & re.ASCII))
        else:
            out.append((kind, value))
    return out


@functools.cache
def _category_spans(category: Any, ascii_only: int) -> tuple[tuple[int, int], ...]:
    """The code point ranges of what ``category`` takes (as ``re`` reads it under
    ``ascii_only``) in the Basic Multilingual Plane, found by ``re`` itself (the runs its own
    class finds in a text of every such character), then the whole of the planes past it (a
    superset: scanning a million characters to know which would cost more than it saves)."""
    c = _parser
    source = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
              c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}[category]
    plane = array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")
    spans = [(m.start(), m.end() - 1) for m in re.finditer(f"[{source}]+", plane, ascii_only)]
    return (*spans, (0x10000, sys.maxunicode))


def _first_items(items: list, c: Any) -> tuple[list, bool] | None:
    """The class items (``(LITERAL, code)``, ``(RANGE, (lo, hi))``, ``(CATEGORY, …)``) of the
    characters a sequence of parsed items can begin with, and whether it may take none; None
    when not known."""
    out: list = []
    for op, av in items:
        found = _first_items_of(op, av, c)
        if found is None:
            return None
        out.extend(found[0])
        if not found[1]:
            return out, False
    return out, True


def _first_items_of(op: Any, av: Any, c: Any) -> tuple[list, bool] | None:
    if op is c.LITERAL:
        return [(c.LITERAL, av)], False
    if op is c.IN:
        if any(kind not in (c.LITERAL, c.RANGE, c.CATEGORY) for kind, _ in av):
            return None  # a negated class (and anything else): not listed
        return list(av), False
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE | re.ASCII | re.UNICODE):
            return None
        return _first_items(list(sub), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _high, sub = av
        found = _first_items(list(sub), c)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_items(list(av), c)
    if op is c.BRANCH:
        _, branches = av
        out: list = []
        empty = False
        for branch in branches:
            found = _first_items(list(branch), c)
            if found is None:
                return None
            out.extend(found[0])
            empty = empty or found[1]
        return out, empty
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True  # an anchor or a lookaround takes no character
    return None  # any character, a negated literal, a back-reference, a condition: not known


def find_all(text: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``text`` (overlapping ones too), by ``str.find`` in C: the
    readers that look at each mention of a fixed word need no pattern for it."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out
