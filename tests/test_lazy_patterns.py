"""perflint.text.patterns: a lazily compiled pattern behaves like the re.Pattern it stands for."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from perflint.text.patterns import LazyPattern, lazy_compile

SOURCE = r"(?P<year>\d{4})\s*年(?:度)?"
TEXT = "2023年度预算，2024 年执行；二〇二四年"


def test_not_compiled_until_used() -> None:
    p = lazy_compile(SOURCE)
    assert "_compiled" not in p.__dict__
    assert p.pattern == SOURCE  # the source is there without compiling (patterns are built from it)
    assert "_compiled" not in p.__dict__
    p.search(TEXT)
    assert isinstance(p.compiled, re.Pattern)


@pytest.mark.parametrize("flags", [0, re.I, re.M | re.S])
def test_methods_and_attributes_match_re(flags: int) -> None:
    lazy, real = lazy_compile(SOURCE, flags), re.compile(SOURCE, flags)
    assert lazy.search(TEXT).group("year") == real.search(TEXT).group("year")
    assert lazy.match(TEXT).span() == real.match(TEXT).span()
    assert lazy.fullmatch("2023年") is not None and lazy.fullmatch(TEXT) is None
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
    assert lazy.findall(TEXT) == real.findall(TEXT)
    assert lazy.sub("Y", TEXT) == real.sub("Y", TEXT)
    assert lazy.subn(lambda m: m.group(1), TEXT) == real.subn(lambda m: m.group(1), TEXT)
    assert lazy.split(TEXT) == real.split(TEXT)
    assert lazy.search(TEXT, 5).span() == real.search(TEXT, 5).span()
    assert (lazy.groups, lazy.groupindex, lazy.flags) == (real.groups, real.groupindex, real.flags)


def test_later_uses_skip_the_wrapper() -> None:
    """After the first use the compiled pattern's bound method is read straight off the instance."""
    p = lazy_compile(SOURCE)
    first = p.search
    assert p.__dict__["search"] is first
    assert first.__self__ is p.compiled


def test_every_attribute_of_a_pattern_is_there() -> None:
    """LazyPattern lists re.Pattern's attributes (no ``__getattr__``): none may be missing."""
    p = lazy_compile(SOURCE)
    real = re.compile(SOURCE)
    for name in (a for a in dir(real) if not a.startswith("_")):
        value = getattr(p, name)
        assert value == getattr(real, name) or callable(value), name
    assert type(p).__getattribute__ is object.__getattribute__
    assert "__getattr__" not in vars(LazyPattern)


def test_bad_pattern_fails_on_first_use() -> None:
    p = lazy_compile("(unclosed")
    with pytest.raises(re.error):
        p.search("x")


def test_copy_pickle_and_repr() -> None:
    p = lazy_compile(SOURCE, re.I)
    p.search(TEXT)  # compiled and cached bound methods must not get in the way
    for other in (pickle.loads(pickle.dumps(p)), copy.deepcopy(p), copy.copy(p)):
        assert isinstance(other, LazyPattern)
        assert other.findall(TEXT) == p.findall(TEXT)
    assert repr(p) == f"lazy_compile({SOURCE!r}, {re.I!r})"
    assert not hasattr(p, "no_such_attribute")


# --- compiled code kept across runs (compile_pattern) ------------------------------------------

SAMPLES = [
    (SOURCE, 0),
    (r"[\u4e00-\u9fff]{2,8}(?:局|委|办)(?=[，。])", 0),
    (r"(?P<n>\d+(?:\.\d+)?)\s*(万元|元|%)", re.I),
    (r"^第([一二三四五六七八九十]+)部分$", re.M),
    (r"(?:教育|第)+?.*\d{2,}", re.S),  # unbounded repeats: code words up to the engine's largest
]


@pytest.mark.parametrize(("source", "flags"), SAMPLES)
def test_code_kept_as_array_bytes_reads_back_the_same(source: str, flags: int) -> None:
    from perflint.text import patterns

    if patterns._sre is None:
        pytest.skip("no CPython regular-expression internals")
    entry = patterns._code_entry(source, flags)
    packed = patterns._packed(entry)
    assert patterns._CODE_TYPE is None or type(packed[1]) is bytes
    assert patterns._unpacked(packed) == entry


@pytest.fixture
def store(monkeypatch, tmp_path):
    """A fresh, empty code store in a temporary cache folder (as a new process would start)."""
    from perflint.text import patterns

    monkeypatch.setenv("PERFLINT_CACHE_DIR", str(tmp_path))

    def restart() -> patterns._CodeStore:
        fresh = patterns._CodeStore()
        monkeypatch.setattr(patterns, "_CODE_STORE", fresh)
        monkeypatch.setattr(patterns, "_COMPILED", {})
        return fresh

    return restart


def _as_re_compiles(compiled: re.Pattern[str], source: str, flags: int = 0) -> bool:
    """``compiled`` is ``re.compile``'s pattern, or the same code with the class of its first
    characters (patterns._code_with_firsts): the same groups and flags and the same matches."""
    from perflint.text import patterns

    real = re.compile(source, flags)
    if patterns._sre is not None and compiled != real and compiled != patterns._compile(source, flags):
        return False
    text = TEXT + "教育局，第三部分"
    return ((compiled.groups, compiled.groupindex, compiled.flags) == (real.groups, real.groupindex, real.flags)
            and [(m.span(), m.groups()) for m in compiled.finditer(text)]
            == [(m.span(), m.groups()) for m in real.finditer(text)])


def test_patterns_rebuilt_from_stored_code_equal_re_compile(store, tmp_path, monkeypatch) -> None:
    from perflint.text import patterns

    if patterns._sre is None:
        pytest.skip("no CPython regular-expression internals: compile_pattern is re.compile")
    first = store()
    assert [_as_re_compiles(patterns.compile_pattern(p, f), p, f) for p, f in SAMPLES] == [True] * len(SAMPLES)
    first.write()
    assert len(list(tmp_path.glob("patterns-*.pickle"))) == 1
    store()  # a new process: every pattern now comes from the stored code, none is compiled
    built = patterns._compile
    monkeypatch.setattr(patterns.re, "compile", lambda *a: pytest.fail("compiled despite the stored code"))
    monkeypatch.setattr(patterns, "_compile", lambda *a: pytest.fail("compiled despite the stored code"))
    for p, f in SAMPLES:
        rebuilt, real = patterns.compile_pattern(p, f), re._compile(p, f)
        assert rebuilt == built(p, f) and rebuilt is not real
        assert (rebuilt.groups, rebuilt.groupindex, rebuilt.flags) == (real.groups, real.groupindex, real.flags)
        assert [m.groups() for m in rebuilt.finditer(TEXT + "教育局，第三部分")] == \
               [m.groups() for m in real.finditer(TEXT + "教育局，第三部分")]
    assert patterns.compile_pattern(SOURCE) is patterns.compile_pattern(SOURCE)  # one object per process


def test_unreadable_store_is_ignored_and_replaced(store, tmp_path) -> None:
    from perflint.text import patterns

    if patterns._sre is None:
        pytest.skip("no CPython regular-expression internals")
    first = store()
    patterns.compile_pattern(SOURCE)
    first.write()
    (path,) = tmp_path.glob("patterns-*.pickle")
    path.write_bytes(b"not a pickle")
    again = store()
    assert _as_re_compiles(patterns.compile_pattern(SOURCE), SOURCE)
    again.write()
    assert pickle.loads(path.read_bytes())[(SOURCE, 0)]


def test_cache_off_writes_nothing(store, tmp_path, monkeypatch) -> None:
    from perflint.text import patterns

    monkeypatch.setenv("PERFLINT_CACHE_DIR", "")
    off = store()
    assert _as_re_compiles(patterns.compile_pattern(SOURCE), SOURCE)
    off.write()
    assert not list(tmp_path.iterdir())


def test_lazy_patterns_use_the_store(store) -> None:
    from perflint.text import patterns

    store()
    p = lazy_compile(SOURCE)
    assert p.compiled is patterns.compile_pattern(SOURCE)


def test_any_of_builds_the_same_pattern_in_every_process():
    """The pattern is a key of the compiled-code store kept across runs: built from a set in
    hash order, it differed from one process to the next, so every run compiled it again and
    rewrote the store."""
    import os
    import subprocess
    import sys

    probe = ("from perflint.text.patterns import any_of\n"
             "print(any_of(('加强', '完善', '健全', '规范', '落实', '进一步', '拟', '将')).pattern)")
    patterns = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 6)}
    assert len(patterns) == 1


def test_item_heading_screen_is_the_same_pattern_in_every_process():
    """The item headings' screen joins three word lists through a set: ordered by length alone,
    words of one length came in hash order, and every run compiled the pattern again and
    rewrote the store kept across runs."""
    import os
    import subprocess
    import sys

    probe = ("from perflint.extract.unmet_targets import _any_item_heading\n"
             "print(_any_item_heading().pattern)")
    patterns = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 6)}
    assert len(patterns) == 1
