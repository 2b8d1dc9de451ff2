"""Rules written as data (as Vale writes them): existence, substitution and repetition.

A phrase list, a typo pair or a doubled mark is data, not code: a new wording is one line in a
YAML file with a test, and a third party can ship a rules file without writing Python. Each rule
in a file becomes a :class:`~perflint.check.Check` with its own code, family, severity,
messages and documentation, selectable and suppressible like any other check.

Kinds:

``existence``     report every occurrence of any of ``tokens`` (literal phrases) or ``patterns``
                  (regular expressions);
``substitution``  report every occurrence of a key of ``swap`` and suggest its value;
``repetition``    report any of ``tokens`` written twice in a row (``，，``).

Matching is done on folded text (:mod:`perflint.text.normalise`: width variants folded, white
space ignored), so one entry covers ``（`` and ``(``, and words broken by PDF spaces. An
occurrence inside one of ``exceptions`` is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.facts import facts_of
from perflint.model import Document, SourceText
from perflint.text.normalise import fold, fold_phrase
from perflint.text.patterns import compile_pattern, lazy_compile, screen_chars

KINDS = ("existence", "substitution", "repetition")
SCOPES = ("paragraph", "heading", "cell", "toc")
_REQUIRED = ("code", "name", "family", "severity", "kind", "title", "message", "docs")
_DOC_PARTS = ("what", "why", "example", "use_instead")
_CODE = lazy_compile(r"[A-Z]{1,3}\d{3}")
_FAMILY = lazy_compile(r"[a-z][a-z0-9_-]*")
_NAME_SPLIT = lazy_compile(r"[^A-Za-z0-9]+")


class RuleDataError(ValueError):
    """A rules file that does not follow the schema; the message names the file and the rule."""


@dataclass(frozen=True)
class Occurrence:
    """Where a data rule's token was found in a text, with its suggested replacement."""

    start: int  # source offsets in the scanned text
    end: int
    match: str
    suggestion: str = ""


def _fail(origin: str, where: str, problem: str) -> RuleDataError:
    return RuleDataError(f"{origin}: {where}: {problem}")


def _bilingual(value: Any, origin: str, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("zh"), str) or not isinstance(value.get("en"), str):
        raise _fail(origin, where, "needs zh and en text")
    return {"zh": value["zh"], "en": value["en"]}


def _strings(value: Any, origin: str, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(origin, where, "must be a list of non-empty strings")
    return list(value)


def validate(rule: Any, origin: str) -> dict[str, Any]:
    """Check one rule against the schema; return it with defaults filled in."""
    if not isinstance(rule, dict):
        raise _fail(origin, "rule", "each rule must be a mapping")
    code = str(rule.get("code", "?"))
    where = f"rule {code}"
    missing = [k for k in _REQUIRED if k not in rule]
    if missing:
        raise _fail(origin, where, f"missing {', '.join(missing)}")
    if not _CODE.fullmatch(code):
        raise _fail(origin, where, "code must be letters and three digits (e.g. B320)")
    if not isinstance(rule["family"], str) or not _FAMILY.fullmatch(rule["family"]):
        raise _fail(origin, where, f"bad family {rule['family']!r} (a lower-case name such as terms)")
    if rule["kind"] not in KINDS:
        raise _fail(origin, where, f"kind must be one of {', '.join(KINDS)}")
    try:
        Severity.parse(str(rule["severity"]))
    except ValueError as exc:
        raise _fail(origin, where, str(exc)) from None
    scope = _strings(rule.get("scope") or list(SCOPES), origin, f"{where}: scope")
    if any(s not in SCOPES for s in scope):
        raise _fail(origin, where, f"scope entries must be among {', '.join(SCOPES)}")
    out = dict(rule, scope=scope, code=code)
    out["title"] = _bilingual(rule["title"], origin, f"{where}: title")
    out["message"] = _bilingual(rule["message"], origin, f"{where}: message")
    docs = rule["docs"]
    if not isinstance(docs, dict) or any(p not in docs for p in _DOC_PARTS):
        raise _fail(origin, where, f"docs needs {', '.join(_DOC_PARTS)}")
    out["docs"] = {p: _bilingual(docs[p], origin, f"{where}: docs.{p}") for p in _DOC_PARTS}
    out["tokens"] = _strings(rule.get("tokens"), origin, f"{where}: tokens")
    out["exceptions"] = _strings(rule.get("exceptions"), origin, f"{where}: exceptions")
    out["patterns"] = _strings(rule.get("patterns"), origin, f"{where}: patterns")
    for p in out["patterns"]:
        try:
            compile_pattern(p)
        except re.error as exc:
            raise _fail(origin, where, f"bad pattern {p!r}: {exc}") from None
    swap = rule.get("swap") or {}
    if not isinstance(swap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
        raise _fail(origin, where, "swap must map wrong text to right text")
    out["swap"] = dict(swap)
    if rule["kind"] == "substitution" and not swap:
        raise _fail(origin, where, "a substitution rule needs swap")
    if rule["kind"] in ("existence", "repetition") and not (out["tokens"] or out["patterns"]):
        raise _fail(origin, where, f"an {rule['kind']} rule needs tokens or patterns")
    return out


class _Matcher:
    """Finds a rule's occurrences in one text (folded, mapped back to source offsets)."""

    def __init__(self, rule: dict[str, Any]) -> None:
        self.kind = rule["kind"]
        alternatives = [re.escape(fold_phrase(t)) for t in sorted(rule["tokens"], key=len, reverse=True)]
        if self.kind == "repetition":
            self.regex = compile_pattern("(" + "|".join(alternatives) + r")\1+") if alternatives else None
        elif self.kind == "substitution":
            self.swap = {fold_phrase(k): v for k, v in rule["swap"].items()}
            self.regex = compile_pattern("|".join(re.escape(k) for k in sorted(self.swap, key=len, reverse=True)))
        else:
            self.regex = compile_pattern("|".join(alternatives + rule["patterns"]))
        self.exceptions = [fold_phrase(e) for e in rule["exceptions"]]
        # characters one of which every occurrence holds, looked for first (most texts hold none
        # of a rule's wordings: a class scan instead of trying each alternative at every
        # position); found on first use, not when the checks are loaded
        self.screen: re.Pattern[str] | None | bool = False
        # the folded phrases every occurrence holds one of (None: a rule with patterns, whose
        # matches no phrase list describes); their pattern over unfolded text is made on first use
        phrases = list(self.swap) if self.kind == "substitution" else [fold_phrase(t) for t in rule["tokens"]]
        self.phrases: list[str] | None = None if rule["patterns"] and self.kind == "existence" else phrases
        self.raw: re.Pattern[str] | None | bool = False

    def unfolded(self) -> re.Pattern[str] | None:
        """A pattern that finds something in a text wherever :meth:`find` would find an
        occurrence in it (None: not known): each phrase spelled over the unfolded text, each of
        its characters as a class of every character that folds to it, with any white space
        between two of them (folding drops white space and maps one character to one). A text,
        or the texts of a document joined, in which it finds nothing holds no occurrence: the
        folding and the search of each text are spared."""
        if self.raw is False:
            self.raw = None
            if self.phrases is not None:
                from perflint.text.normalise import _FOLD_MAP

                sources: dict[str, list[str]] = {}
                for raw, folded in _FOLD_MAP.items():
                    sources.setdefault(folded, []).append(raw)

                def one(ch: str) -> str:
                    return "[" + re.escape(ch + "".join(sources[ch])) + "]" if ch in sources else re.escape(ch)

                def spelled(phrase: str) -> str:
                    return r"\s*".join(one(ch) for ch in phrase)

                self.raw = compile_pattern("|".join(spelled(p) for p in sorted(set(self.phrases))))
        return self.raw  # type: ignore[return-value]

    def _excepted(self, folded: str, start: int, end: int) -> bool:
        for exc in self.exceptions:
            lo = max(0, start - len(exc))
            pos = folded.find(exc, lo)
            while pos != -1 and pos <= start:
                if pos + len(exc) >= end:
                    return True
                pos = folded.find(exc, pos + 1)
        return False

    def find(self, text: str) -> Iterator[Occurrence]:
        folded = fold(text)
        screen = self.screen
        if screen is False:
            screen = self.screen = screen_chars(self.regex.pattern, self.regex.flags)
        if screen is not None and screen.search(folded.text) is None:  # type: ignore[union-attr]
            return
        for m in self.regex.finditer(folded.text):
            if m.end() == m.start() or self._excepted(folded.text, m.start(), m.end()):
                continue
            s, e = folded.source_span(m.start(), m.end())
            suggestion = self.swap.get(m.group(0), "") if self.kind == "substitution" else ""
            yield Occurrence(s, e, text[s:e], suggestion)


def _texts(doc: Document, scope: Iterable[str]) -> Iterator[SourceText]:
    """The texts of the scope's kinds, in order, from the document's list of texts (listed once
    for every family that reads them: ``ctx.facts(doc).texts``)."""
    wanted = set(scope)
    return (t.text for t in facts_of(doc).texts if t.where in wanted)


def _docstring(rule: dict[str, Any]) -> str:
    """The English docs (the class's docstring): ``example.zh`` is the draft text, ``example.en`` a note on it."""
    d = rule["docs"]
    return (
        f"## What it does\n{d['what']['en']}\n\n"
        f"## Why is this bad?\n{d['why']['en']}\n\n"
        f"## Example\n```text\n{d['example']['zh']}\n```\n{d['example']['en']}\n\n"
        f"## Use instead\n```text\n{d['use_instead']['zh']}\n```\n{d['use_instead']['en']}\n"
    )


def _doc_zh(rule: dict[str, Any]) -> str:
    """The Chinese docs (``doc_zh``), under the same four parts."""
    d = rule["docs"]
    return (
        f"## 它检查什么\n{d['what']['zh']}\n\n## 为什么要改\n{d['why']['zh']}\n\n"
        f"## 示例\n```text\n{d['example']['zh']}\n```\n\n## 应改为\n```text\n{d['use_instead']['zh']}\n```\n"
    )


def _extra_options(kind: str) -> dict[str, Any]:
    """Phrases a project adds to a rule (``[tool.perflint.options.B350] extra_tokens = [...]``)."""
    extra: dict[str, Any] = {"extra_swap": {}} if kind == "substitution" else {"extra_tokens": []}
    return {**extra, "extra_exceptions": []}


def _matcher_of(check: Check, rule: dict[str, Any], default: _Matcher) -> _Matcher:
    """The rule's matcher, or one with the phrases the options add (built once per instance)."""
    cached = check.__dict__.get("_matcher")
    if cached is None:
        opts = check.options
        if any(opts.get(k) for k in ("extra_tokens", "extra_swap", "extra_exceptions")):
            cached = _Matcher({**rule, "tokens": rule["tokens"] + list(opts.get("extra_tokens", [])),
                               "swap": {**rule["swap"], **opts.get("extra_swap", {})},
                               "exceptions": rule["exceptions"] + list(opts.get("extra_exceptions", []))})
        else:
            cached = default
        check.__dict__["_matcher"] = cached
    return cached


def make_check(rule: dict[str, Any], module: str = __name__) -> type[Check]:
    """A check class for one validated rule (``module`` names the package that ships it)."""
    matcher = _Matcher(rule)

    def run(self: Check, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        mine = _matcher_of(self, rule, matcher)  # the instance's, asked once per run
        find, sources = mine.find, list(_texts(doc, rule["scope"]))
        raw = mine.unfolded()
        if raw is not None:  # one search of every text joined: most documents hold no occurrence
            if raw.search("\x00".join(source.value for source in sources)) is None:
                return
            sources = [source for source in sources if raw.search(source.value) is not None]
        for source in sources:
            for occ in find(source.value):
                yield self.diagnostic("found", source.locate(occ.start, occ.end),
                                      match=occ.match, suggestion=occ.suggestion)

    attrs = {
        "__doc__": _docstring(rule),
        "doc_zh": _doc_zh(rule),
        "__module__": module,
        "code": rule["code"],
        "name": rule["name"],
        "family": rule["family"],
        "severity": Severity.parse(str(rule["severity"])),
        "title": rule["title"],
        "messages": {"found": rule["message"]},
        "run": run,
        "default_options": _extra_options(rule["kind"]),
    }
    class_name = "".join(w.capitalize() for w in _NAME_SPLIT.split(rule["name"]) if w) or rule["code"]
    return type(class_name, (Check,), attrs)


def checks_from(data: Any, origin: str, module: str = __name__) -> list[type[Check]]:
    """Every rule of a loaded rules file (``{"rules": [...]}``) as a check class."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleDataError(f"{origin}: a rules file needs a top-level 'rules' list")
    rules = [validate(r, origin) for r in data["rules"]]
    codes = [r["code"] for r in rules]
    dup = sorted({c for c in codes if codes.count(c) > 1})
    if dup:
        raise RuleDataError(f"{origin}: code {', '.join(dup)} defined twice")
    return [make_check(r, module) for r in rules]
