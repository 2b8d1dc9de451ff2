"""Codes that moved to another family, as ruff keeps its rule redirects.

A rule's code says its family (``S`` structure, ``C`` consistency …). When a rule is found to
belong to another family its code changes, but what users wrote with the old code keeps its
meaning: a ``--select``/``--ignore`` selector, a suppression comment, an option table
(``[tool.perflint.options.S604]``) and a baseline entry that name the old code name the rule
under its new one. Only a whole code redirects: a prefix (``S6``) selects by the codes as they
are now.
"""

from __future__ import annotations

# old code → new code
REDIRECTS: dict[str, str] = {
    # a contents line worded otherwise than its heading: two places of the report disagree
    "S604": "C724",
}


def redirected(selector: str) -> str:
    """The selector with a moved code replaced by the rule's code now; any other unchanged."""
    return REDIRECTS.get(selector.strip().upper(), selector)
