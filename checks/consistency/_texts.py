"""The document's texts as one string (:mod:`perflint.extract.text_index`, shared with the
other families), for the rules of the family that look for a word in every text."""

from __future__ import annotations

from perflint.extract.text_index import TextIndex, text_index

__all__ = ["TextIndex", "text_index"]
