"""Every built-in rule's documented example really triggers it, and its fix really does not.

For each built-in check and each language (``doc_zh`` and the English docstring), every code
block under 示例 / Example is linted as a draft the way ``perflint check`` lints one (reader,
check, suppression step) and the rule must fire; every block under 应改为 / Use instead must
leave it quiet. An example that cannot be checked on its own (an excerpt of a whole 自评表 or of
a report in several parts) says so in its section with ``<!-- not-run: the reason -->``; that
marker must give a reason, and the few rules that use it are listed here so a new one is a
deliberate choice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from perflint.check import DOC_HEADINGS, Check, Context
from perflint.engine import instantiate
from perflint.ruledocs import sections
from perflint.runner import Task, lint_one
from perflint.testing import builtin_checks, installed

NOT_RUN = re.compile(r"<!--\s*not-run:\s*(.*?)\s*-->", re.S)
BLOCK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)
SUFFIX = {"": ".txt", "text": ".txt", "markdown": ".md", "md": ".md", "yaml": ".yaml"}

# Rules whose example is an excerpt that perflint cannot check alone (the reason is in the docs).
EXCERPTS: set[str] = set()


def _codes(cls: type[Check], text: str, lang: str) -> list[str]:
    # every default check runs, as in ``perflint check`` (plus the rule itself when it is opt-in):
    # S690 needs the others to know what a suppression comment silenced
    chosen = [c for c in builtin_checks() if not getattr(c, "opt_in", False)]
    chosen += [cls] if cls not in chosen else []
    task = Task(path=Path("example" + SUFFIX.get(lang, ".txt")), checks=instantiate(chosen), ctx=Context(),
                data=text.encode("utf-8"))
    outcome = lint_one(task, installed().checks)
    assert outcome.error is None and not outcome.internal_errors, (outcome.error, outcome.internal_errors)
    return [d.code for d in outcome.diagnostics]


def _corpus_codes(cls: type[Check], drafts: list[str]) -> list[str]:
    """A rule across documents (``--cross-document``): each line of the block is one file."""
    from perflint.crossdoc import passages_of
    from perflint.read.text import parse_text

    passages = [p for i, text in enumerate(drafts) for p in passages_of(parse_text(text, f"report{i}.txt"))]
    return [d.code for d in cls().run_corpus(passages)]


def _parts(cls: type[Check], lang: str) -> tuple[str, str]:
    parts = sections(cls.docs(lang, fallback=False))
    _what, _why, example, fix = DOC_HEADINGS[lang]
    return parts.get(example, ""), parts.get(fix, "")


CASES = [pytest.param(cls, lang, id=f"{cls.code}-{lang}") for cls in sorted(builtin_checks(), key=lambda c: c.code)
         for lang in DOC_HEADINGS]


@pytest.mark.parametrize(("cls", "lang"), CASES)
def test_documented_example_fires_and_its_fix_is_quiet(cls: type[Check], lang: str) -> None:
    example, fix = _parts(cls, lang)
    skipped = NOT_RUN.search(example)
    if skipped:
        assert skipped.group(1), f"{cls.code} ({lang}): not-run marker without a reason"
        assert cls.code in EXCERPTS, f"{cls.code} ({lang}): a new not-run example; make it a whole draft or list it"
        return
    bad, good = BLOCK.findall(example), BLOCK.findall(fix)
    assert bad and good, f"{cls.code} ({lang}): example and fix need a code block each"
    if cls.corpus:  # one file a line; the fix replaces the later files of the example
        wrong = [line for line in bad[0][1].splitlines() if line.strip()]
        right = wrong[:1] + [line for line in good[0][1].splitlines() if line.strip()]
        assert cls.code in _corpus_codes(cls, wrong), f"{cls.code} ({lang}) does not fire on its example"
        assert cls.code not in _corpus_codes(cls, right), f"{cls.code} ({lang}) fires on its fix"
        return
    for kind, text in bad:
        assert cls.code in _codes(cls, text, kind), f"{cls.code} ({lang}) does not fire on its example:\n{text}"
    for kind, text in good:
        assert cls.code not in _codes(cls, text, kind), f"{cls.code} ({lang}) fires on its fix:\n{text}"


def test_excerpt_list_is_current():
    """A rule listed as an excerpt that now has a runnable example leaves the list."""
    marked = {cls.code for cls in builtin_checks() for lang in DOC_HEADINGS if NOT_RUN.search(_parts(cls, lang)[0])}
    assert marked == EXCERPTS
