"""The built-in rules written as data (``perflint/data/rules.yaml``), as checks.

They come through the same entry-point door as every other check; the generic check type that
runs them is :mod:`perflint.datarules`.
"""

from __future__ import annotations

from perflint import data
from perflint.datarules import checks_from

CHECKS: list = checks_from(data.load("rules"), "perflint/data/rules.yaml", __name__)
