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
