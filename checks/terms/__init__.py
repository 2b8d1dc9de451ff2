"""The ``terms`` family: misspelt standard terms, common typos, doubled characters, mismatched quotes."""

from __future__ import annotations

from perflint.check import Family

from .doubled_character import DoubledCharacter
from .grade_numerals_mixed import GradeNumeralsMixed
from .mismatched_quote import MismatchedQuote
from .misspelt_term import MisspeltTerm
from .name_spelt_two_ways import NameSpeltTwoWays
from .place_name_slip import PlaceNameSlip
from .punctuation_slip import PunctuationSlip
from .repeated_adverb import RepeatedAdverb
from .retired_class_name import RetiredClassName
from .truncated_word import TruncatedWord
from .typo_substitution import CommonTypo
from .unbalanced_bracket import UnbalancedBracket
from .unlikely_pair import UnlikelyPair

FAMILY = Family(name="terms", prefix="T", title={"zh": "用语与错别字", "en": "Terms and typos"})

CHECKS: list = [
    MisspeltTerm, CommonTypo, DoubledCharacter, MismatchedQuote, UnbalancedBracket, RepeatedAdverb, PunctuationSlip,
    TruncatedWord, NameSpeltTwoWays, GradeNumeralsMixed, PlaceNameSlip, RetiredClassName,
    UnlikelyPair,
]
