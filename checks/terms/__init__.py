"""The ``terms`` family: misspelt standard terms, common typos, doubled characters, mismatched quotes."""

from __future__ import annotations

from .doubled_character import DoubledCharacter
from .mismatched_quote import MismatchedQuote
from .misspelt_term import MisspeltTerm
from .punctuation_slip import PunctuationSlip
from .repeated_word import RepeatedWord
from .truncated_word import TruncatedWord
from .typo_substitution import CommonTypo
from .unbalanced_bracket import UnbalancedBracket

CHECKS: list = [MisspeltTerm, CommonTypo, DoubledCharacter, MismatchedQuote, UnbalancedBracket, RepeatedWord, PunctuationSlip,
                      TruncatedWord]
