"""``--format junit``: JUnit XML, read by GitLab, Jenkins, Azure and most CI dashboards.

One ``<testsuite>`` per input file; one ``<testcase>`` with a ``<failure>`` per finding, or one
passing ``<testcase>`` for a clean file; an unreadable input is a ``<testcase>`` with ``<error>``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from typing import TextIO

from perflint.report.base import Collecting, FileResult, findings


class JunitReporter(Collecting):
    keeps_source = False  # the totals come first, on the root element

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def write(self, results: list[FileResult], lang: str) -> None:
        root = ET.Element("testsuites", name="perflint")
        total = failures = errors = 0
        for r in results:
            suite = ET.SubElement(root, "testsuite", name=r.path)
            cases = findings(r)
            if r.error is not None:
                d = cases[0]
                case = ET.SubElement(suite, "testcase", name=f"{d.code} {r.path}", classname=r.path)
                ET.SubElement(case, "error", message=d.message(lang), type=d.code).text = r.error
                n_fail, n_err, n_tests = 0, 1, 1
            elif not cases:
                ET.SubElement(suite, "testcase", name="perflint", classname=r.path)
                n_fail, n_err, n_tests = 0, 0, 1
            else:
                for d in cases:
                    loc = d.location
                    case = ET.SubElement(suite, "testcase", name=f"{d.code} {d.check_name} {loc.line}:{loc.column}",
                                         classname=r.path, file=loc.path, line=str(loc.line))
                    failure = ET.SubElement(case, "failure", message=d.message(lang), type=d.code)
                    failure.text = f"{loc}: {d.code} [{d.family}] {d.severity.name}: {d.message(lang)}"
                n_fail, n_err, n_tests = len(cases), 0, len(cases)
            suite.set("tests", str(n_tests))
            suite.set("failures", str(n_fail))
            suite.set("errors", str(n_err))
            total, failures, errors = total + n_tests, failures + n_fail, errors + n_err
        root.set("tests", str(total))
        root.set("failures", str(failures))
        root.set("errors", str(errors))
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
