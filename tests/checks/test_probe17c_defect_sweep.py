"""Recall on "no problems" lines the figures contradict, planted in four correct drafts we wrote
(see ``_probe17c_sweep.py``): each twin, and each correct variation of it, lints clean; each
defect, planted alone, is found by a check of the families that name it on a line the edit wrote,
or with such a line among the finding's related lines. Defects no general rule finds yet are
strict xfails with the reason."""

from __future__ import annotations

from ._harness import planted_sweep
from ._probe17c_sweep import EXCERPTS, MARKET, QUIET

# (excerpt, defect) -> why no check names it (left on purpose).
LEFT: dict[tuple[str, str], str] = {
    (MARKET, "the unit's execution rate after a 其中 list against the form"):
        "the rate closes a sentence that lists the unit's spending by 其中 parts and whose budget is "
        "in the sentence before; C705 leaves sentences with 其中 to the parts, A107 reads one sentence",
}


(test_correct_twin_lints_clean, test_correct_variation_lints_clean, test_planted_defect_is_found,
 test_every_left_defect_is_planted) = planted_sweep("probe17c_sweep", EXCERPTS, QUIET, LEFT)
