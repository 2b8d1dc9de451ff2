"""Baselines: accept today's findings, fail only on new ones.

``--write-baseline FILE`` records every finding; ``--baseline FILE`` drops the findings it
records. A finding is matched by a *key* that survives lines moving (text added above, a part
reordered): its code, its path (relative to the baseline file, so the run's working folder does
not matter), its message identity (the message key and arguments, with arguments that are line
numbers removed, or the rendered message when a check gives no key) and the whitespace-collapsed
text of the source line it sits on. The line number itself is stored for people, never matched.
Matching counts: two identical findings need two baseline entries.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from perflint.catalogue import Msg, msg, phrase, render
from perflint.diagnostics import Diagnostic, as_json_value
from perflint.model import Document
from perflint.redirects import redirected
from perflint.text.patterns import lazy_compile

# json is imported by the functions that use it: the command line imports this module on every
# run, and a run without a baseline or GitLab report never needs it (5 M instructions of a cold start)

VERSION = 1
_LINE_ARG = lazy_compile(r"(^|_)(line|lines|first|last)$")
# 第 12 行, 第 12、13 行, line 12, lines 12-14, line 12, 13: where, not what.
_LINE_TEXT = lazy_compile(r"第\s*\d+(?:\s*[、,，–-]\s*\d+)*\s*行|\blines? \d+(?:\s*[-–,]\s*\d+)*")
_SPACE = lazy_compile(r"\s+")


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file (and line) and what is
    wrong: :meth:`render` in a language, ``str()`` in English."""

    def __init__(self, path: Path, message: Msg, line: int | None = None) -> None:
        self.path, self.reason_msg, self.line = path, message, line
        super().__init__(self.render("en"))

    def render(self, lang: str) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {render(self.reason_msg, lang)}"


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _LINE_TEXT.sub("#", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    return value


def message_identity(diag: Diagnostic) -> str:
    """What the finding says, without where: key and arguments, line numbers left out."""
    import json

    if diag.key:
        args = {k: _scrub(as_json_value(v)) for k, v in diag.args.items() if not _LINE_ARG.search(k)}
        return diag.key + " " + json.dumps(args, ensure_ascii=False, sort_keys=True)
    return _scrub(diag.message("zh"))


def source_text(diag: Diagnostic, doc: Document | None) -> str:
    """The finding's source line, whitespace collapsed (empty when there is no document)."""
    if doc is None:
        return ""
    return _SPACE.sub(" ", doc.source_line(diag.location.line)).strip()


def relative_path(path: str, base: Path | None) -> str:
    """``path`` as a POSIX path relative to ``base`` (absolute when it lies elsewhere)."""
    p = Path(path)
    if base is not None:
        try:
            return Path(os.path.relpath(p.resolve(), base.resolve())).as_posix()
        except ValueError:  # another drive (Windows)
            return p.resolve().as_posix()
    return p.as_posix()


def finding_key(diag: Diagnostic, doc: Document | None, base: Path | None = None) -> tuple[str, str, str, str]:
    return (diag.code, relative_path(diag.location.path, base), message_identity(diag), source_text(diag, doc))


def fingerprints(items: Iterable[tuple[Diagnostic, Document | None]]) -> list[str]:
    """A stable hash per finding (its key plus its rank among identical keys), for GitLab."""
    import json

    from perflint.data import sha256_hex

    seen: Counter[tuple] = Counter()
    # Each source line read and written as JSON once (a table read into one long line carries
    # thousands of findings: collapsing and encoding the line for each was quadratic). The JSON
    # is json.dumps' own of the list: its items joined by ", " inside brackets.
    lines: dict[tuple[int, int], tuple[str, str]] = {}
    out = []
    for diag, doc in items:
        where = (id(doc), diag.location.line)
        line = lines.get(where)
        if line is None:
            text = source_text(diag, doc)
            line = lines[where] = (text, json.dumps(text, ensure_ascii=False))
        code, path, message = diag.code, relative_path(diag.location.path, None), message_identity(diag)
        key = (code, path, message, line[0])
        seen[key] += 1
        raw = "[" + ", ".join((json.dumps(code, ensure_ascii=False), json.dumps(path, ensure_ascii=False),
                                json.dumps(message, ensure_ascii=False), line[1], str(seen[key]))) + "]"
        out.append(sha256_hex(raw.encode("utf-8")))
    return out


def build(items: Iterable[tuple[Diagnostic, Document | None]], baseline_path: Path) -> str:
    """The baseline file's text for these findings."""
    import json

    base = baseline_path.resolve().parent
    entries = []
    for diag, doc in items:
        code, path, identity, source = finding_key(diag, doc, base)
        entries.append({"code": code, "path": path, "line": diag.location.line, "message": diag.message("zh"),
                        "identity": identity, "source": source})
    payload = {"tool": "perflint", "version": VERSION, "findings": entries}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


class Baseline:
    """The accepted findings of a baseline file, as a multiset of keys."""

    def __init__(self, keys: Counter[tuple[str, str, str, str]], path: Path) -> None:
        self.keys = keys
        self.base = path.resolve().parent

    @classmethod
    def load(cls, path: Path) -> Baseline:
        import json

        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise BaselineError(path, msg("baseline.missing")) from None
        except OSError as exc:
            from perflint.safety import os_reason

            raise BaselineError(path, msg("baseline.unreadable", reason=os_reason(exc))) from None
        except UnicodeDecodeError:
            raise BaselineError(path, msg("baseline.unreadable", reason=msg("config.not_utf8"))) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BaselineError(path, msg("baseline.invalid_json", reason=phrase(exc.msg)), exc.lineno) from None
        if not isinstance(data, dict) or "version" not in data:
            raise BaselineError(path, msg("baseline.not_baseline"))
        if data["version"] != VERSION:
            raise BaselineError(path, msg("baseline.version", found=repr(data["version"]), expected=VERSION))
        entries = data.get("findings")
        if not isinstance(entries, list):
            raise BaselineError(path, msg("baseline.findings_list"))
        keys: Counter[tuple[str, str, str, str]] = Counter()
        for i, e in enumerate(entries):
            fields = ("code", "path", "identity", "source")
            if not isinstance(e, dict) or not all(isinstance(e.get(f), str) for f in fields):
                raise BaselineError(path, msg("baseline.finding_fields", number=i + 1, fields=", ".join(fields)))
            keys[(redirected(e["code"]), e["path"], e["identity"], e["source"])] += 1  # a moved code: the rule now
        return cls(keys, path)

    def new_findings(self, diags: Sequence[Diagnostic], doc: Document | None) -> list[Diagnostic]:
        """The findings the baseline does not account for (each entry accounts for one)."""
        left = self.keys
        out = []
        for d in diags:
            key = finding_key(d, doc, self.base)
            if left[key] > 0:
                left[key] -= 1
            else:
                out.append(d)
        return out
