"""The ``terms`` family: misspelt standard terms, common typos and doubled characters."""

from __future__ import annotations

from .doubled_character import DoubledCharacter
from .misspelt_term import MisspeltTerm
from .typo_substitution import CommonTypo

CHECKS: list = [MisspeltTerm, CommonTypo, DoubledCharacter]
