"""Pure functions of a text remember their short texts, and only those (perflint.text.memo)."""

from __future__ import annotations

from perflint.text import memo
from perflint.text.memo import MAX_CHARS, remember_short


def test_a_short_text_is_computed_once_a_long_one_every_time_and_forget_empties_the_cache():
    calls: list[str] = []

    @remember_short(maxsize=4)
    def upper(text: str, suffix: str = "") -> str:
        calls.append(text)
        return text.upper() + suffix

    assert upper("预算abc") == upper("预算abc") == "预算ABC"
    assert upper("abc", "!") == "ABC!" and upper("abc") == "ABC"  # the arguments are part of the key
    long = "x" * (MAX_CHARS + 1)
    upper(long)
    upper(long)
    assert calls == ["预算abc", "abc", "abc", long, long]
    memo.forget()
    upper("预算abc")
    assert calls[-1] == "预算abc" and len(calls) == 6


def test_the_cache_is_bounded():
    seen: list[str] = []

    @remember_short(maxsize=2)
    def echo(text: str) -> str:
        seen.append(text)
        return text

    for text in ("a", "b", "c", "a"):  # "a" was pushed out by "c"
        echo(text)
    assert seen == ["a", "b", "c", "a"]
    for n in range(100):
        assert echo(str(n)) == str(n)
    assert len(echo.__self__) <= 2  # type: ignore[attr-defined]  # the cache of a function of the text alone


def test_a_function_of_the_text_alone_is_remembered_the_same_way_and_keeps_the_last_long_texts():
    calls: list[str] = []

    @remember_short(maxsize=4)
    def strip(text: str) -> str:  # one parameter: the wrapper without an argument tuple
        calls.append(text)
        return text.strip()

    long = " " + "y" * MAX_CHARS
    assert strip(" a ") == strip(" a ") == "a"
    # a long text is kept apart with the last few others (a paragraph asked by several readers)
    assert strip(long) == strip(long) == long.strip()
    assert calls == [" a ", long]
    assert long not in strip.__self__  # type: ignore[attr-defined]  # not among the short ones
    others = [str(n) + long for n in range(memo.LONG_KEPT)]
    for text in others:  # as many others: the first long text is pushed out
        strip(text)
    assert len(strip.__self__.recent) == memo.LONG_KEPT  # type: ignore[attr-defined]
    strip(long)
    assert calls == [" a ", long, *others, long]
    memo.forget()
    strip(" a ")
    strip(long)
    assert calls[-2:] == [" a ", long]
