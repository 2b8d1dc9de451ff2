"""Every data file has its declared shape; a slip in one is reported with the file and key."""

from __future__ import annotations

import copy

import pytest

from perflint import data
from perflint.data.shapes import DataError, check_shape, shapes


@pytest.mark.parametrize("name", sorted(shapes()))
def test_shipped_data_has_its_shape(name):
    check_shape(name, data.load(name))


def broken(name: str, edit) -> str:
    value = copy.deepcopy(data.load(name))
    edit(value)
    with pytest.raises(DataError) as info:
        check_shape(name, value)
    return str(info.value)


def test_a_list_where_text_is_expected():
    message = broken("terms", lambda v: v.__setitem__("words", ["a"]))
    assert "perflint/data/terms.yaml" in message and "words" in message and "expected str" in message


def test_a_regular_expression_that_does_not_compile():
    message = broken("arithmetic", lambda v: v["tables"].__setitem__("total_labels", "合计("))
    assert "tables.total_labels" in message and "regular expression" in message


def test_a_missing_and_an_unknown_key():
    message = broken("duplicates", lambda v: v.setdefault("repeated_sectoins", v.pop("repeated_sections")))
    assert "missing key 'repeated_sections'" in message and "unknown key 'repeated_sectoins'" in message


def test_an_item_of_a_list_of_text():
    message = broken("boilerplate", lambda v: v["problem_labels"].append(3))
    assert "problem_labels[" in message
