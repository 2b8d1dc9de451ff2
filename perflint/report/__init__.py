"""Reporters: one module per output format. They format results; they never compute findings.

:func:`make_reporter` is the one place that maps a ``--format`` name to its reporter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from perflint.check import Check
from perflint.report.base import FileResult, Reporter

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "html", "statistics")


def make_reporter(
    fmt: str,
    stream: TextIO,
    *,
    checks: Sequence[type[Check]] = (),
    show_source: bool = True,
    statistics: bool = False,
    color: bool | None = None,
    quiet: bool = False,
    family_titles: Mapping[str, Mapping[str, str]] | None = None,
) -> Reporter:
    """The reporter for ``fmt`` writing to ``stream``.

    ``statistics`` is ``--statistics``: counts per code instead of findings (as JSON when
    ``fmt`` is json). ``color`` None lets rich decide (colour only on a terminal). ``quiet``
    (``--quiet``) makes the text report one summary line; machine formats ignore it.
    ``family_titles`` (family name -> title by language, from the run's registry) names the
    families in the HTML report; without it the family names are shown.
    """
    if statistics or fmt == "statistics":
        from perflint.report.statistics import StatisticsReporter

        return StatisticsReporter(stream, checks, as_json=fmt in ("json", "jsonl"))
    if fmt == "text":
        from perflint.report.screen import screen_for
        from perflint.report.text_report import TextReporter

        return TextReporter(screen_for(stream, color), show_source=show_source, quiet=quiet, checks=checks)
    if fmt == "json":
        from perflint.report.json_report import JsonReporter

        return JsonReporter(stream)
    if fmt == "jsonl":
        from perflint.report.json_report import JsonLinesReporter

        return JsonLinesReporter(stream)
    if fmt == "sarif":
        from perflint.report.sarif import SarifReporter

        return SarifReporter(stream, checks)
    if fmt == "github":
        from perflint.report.github import GithubReporter

        return GithubReporter(stream)
    if fmt == "gitlab":
        from perflint.report.gitlab import GitlabReporter

        return GitlabReporter(stream)
    if fmt == "junit":
        from perflint.report.junit import JunitReporter

        return JunitReporter(stream)
    if fmt == "html":
        from perflint.report.html_report import HtmlReporter

        return HtmlReporter(stream, checks, family_titles)
    raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")


__all__ = ["FORMATS", "FileResult", "make_reporter"]
