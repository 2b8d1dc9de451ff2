"""Fast paths of the consistency readers find what the plain loops found (issue 11: throughput).

Each reference is the code before the fast path: a form's rate aliases found by trying every
alias word against every indicator name, and the names a sentence states a rate after, looked
up without the names prepared once per part.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from perflint.checks.consistency.indicator_value_mismatch import _alias_words, _aliases  # noqa: E402

from perflint.extract.percentages import prepared_names, stated_counts, stated_percentages  # noqa: E402
from perflint.extract.quantities import clean_name  # noqa: E402

CHECK = settings(max_examples=300, deadline=None)

_WORDS = list(_alias_words())
_PIECES = [*_WORDS[:30], "各类", "资金", "项目", "率", "完成", "群众", "（%）", "到位", ""]


def aliases_reference(se) -> dict:
    """``_aliases`` as it was: every alias word tried against every indicator name."""
    by_word: dict = {}
    words = _alias_words()
    for ind in se.indicators:
        name = clean_name(ind.name)
        for word in words:
            if name.endswith(word) and name != word:
                by_word.setdefault(word, []).append(ind)
    return {w: inds[0] for w, inds in by_word.items() if len({id(i) for i in inds}) == 1}


_NAMES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)


@CHECK
@given(st.lists(_NAMES, max_size=8))
def test_aliases_as_every_word_tried(names):
    se = SimpleNamespace(indicators=[SimpleNamespace(name=n) for n in names])
    got, want = _aliases(se), aliases_reference(se)
    assert got.keys() == want.keys()
    assert all(got[w] is want[w] for w in want)


def test_an_alias_is_the_end_of_one_name_only():
    word = _WORDS[0]
    one = SimpleNamespace(indicators=[SimpleNamespace(name="各类" + word)])
    two = SimpleNamespace(indicators=[SimpleNamespace(name="各类" + word), SimpleNamespace(name="群众" + word)])
    assert word in _aliases(one)
    assert word not in _aliases(two)


_TEXTS = [
    "项目资金到位率达到100%，群众满意度为95%。",
    "培训人次达到530人次，目标≥500人次。",
    "2023年资金到位率98%，覆盖率90%以上。",
    "开展家庭医生签约服务4.6万人，签约率达到85%。",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_prepared_names_read_as_the_names_themselves(text):
    names = ["资金到位率", "群众满意度", "签约率", "覆盖率"]
    counts = ["培训人次", "家庭医生签约"]
    assert stated_percentages(text, names, 2023, prepared=prepared_names(names)) == stated_percentages(text, names, 2023)
    assert stated_counts(text, counts, 2023, prepared=prepared_names(counts)) == stated_counts(text, counts, 2023)
    assert stated_percentages(_TEXTS[0], names, 2023)  # the names are found: the comparison says something
