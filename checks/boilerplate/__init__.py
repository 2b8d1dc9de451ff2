"""The ``boilerplate`` family: "no problems" answers the figures contradict, stock claims,
template text never filled in, headings with nothing under them."""

from __future__ import annotations

from perflint.check import Family

from .actual_as_inequality import ActualAsInequality
from .conclusion_without_result import ConclusionWithoutResult
from .deviation_none_despite_miss import DeviationNoneDespiteMiss
from .empty_section import EmptySection
from .full_marks_despite_problems import FullMarksDespiteProblems
from .goal_in_figures import GoalInFigures
from .improvement_missing import ImprovementMissing
from .problem_section_without_problem import ProblemSectionWithoutProblem
from .quantified_target_in_words import QuantifiedTargetInWords
from .satisfaction_without_figure import SatisfactionWithoutFigure
from .stock_claim import StockClaim
from .template_instruction_left import TemplateInstructionLeft
from .unfilled_template import UnfilledTemplate
from .unfinished_sentence import UnfinishedSentence
from .unmet_target_denied import UnmetTargetDenied
from .zero_change_explained import ZeroChangeExplained

FAMILY = Family(name="boilerplate", prefix="B", title={"zh": "套话与空话", "en": "Boilerplate"})

CHECKS: list = [
    DeviationNoneDespiteMiss, FullMarksDespiteProblems, StockClaim, UnfilledTemplate, ZeroChangeExplained,
    EmptySection, TemplateInstructionLeft, ActualAsInequality, ImprovementMissing, QuantifiedTargetInWords,
    ConclusionWithoutResult, SatisfactionWithoutFigure, ProblemSectionWithoutProblem, GoalInFigures,
    UnmetTargetDenied, UnfinishedSentence,
]
