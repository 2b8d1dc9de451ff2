"""Extraction: turn the model's text into facts checks can reason about (numbers with units,
years and dates, heading numbering, indicator rows, totals relations). Checks call these and
never parse raw text themselves."""

import re as _re

_WHITESPACE = _re.compile(r"\s+")


def compact(text: str) -> str:
    """The text without any whitespace: PDF extraction breaks words and labels with spaces."""
    return _WHITESPACE.sub("", text)
