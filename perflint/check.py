"""The plugin contract: what a check is, and the context it runs in.

A check is a small class with a stable ``code``, a ``family`` (the name of a declared
:class:`Family`, whose ``prefix`` its code starts with), a default ``severity``, bilingual message
templates and documentation in both languages: English in its docstring (ruff's headings: What it
does / Why is this bad? / Example / Use instead), Chinese in ``doc_zh`` under the same four parts
(它检查什么 / 为什么要改 / 示例 / 应改为; see :data:`DOC_HEADINGS`). Built-in checks and third-party ones register the same way: an entry
point in the ``perflint.checks`` group that names a check class, an instance, or a list of them,
with the family declared as ``FAMILY`` in the same module (see docs/plugins.md).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from perflint.diagnostics import Diagnostic, Related, Severity, render
from perflint.facts import _MISSING, Facts, facts_of
from perflint.model import Document, Location
from perflint.text.patterns import lazy_compile


@dataclass(frozen=True)
class Family:
    """A family of checks and the code prefix it owns, declared once by the package that owns it.

    Families are open: a plugin declares its own next to its checks (``FAMILY = Family(...)`` in
    the module its entry point names), so no central list has to know it. ``prefix`` is one to
    three capital letters; every code of the family is the prefix followed by digits (``Z901``).
    """

    name: str
    prefix: str
    title: Mapping[str, str] = field(default_factory=dict, hash=False)  # lang -> short title

    def summary(self, lang: str = "zh") -> str:
        return self.title.get(lang) or self.title.get("zh") or self.name


# The built-in families in the order reports list them; the families in force are the declared
# ones (``perflint.engine.load_registry().families``), which plugins extend.
FAMILIES: tuple[str, ...] = (
    "arithmetic", "duplicates", "boilerplate", "units", "years", "structure", "consistency", "terms",
)
LANGS: tuple[str, ...] = ("zh", "en")

# The four parts of a check's documentation, as ``##`` headings, in each language: the English
# ones in the docstring (ruff's), the Chinese ones in ``doc_zh``. ``perflint rule CODE`` shows
# the Chinese by default; the reference (docs/rules.md) prints both, Chinese first.
DOC_HEADINGS: dict[str, tuple[str, ...]] = {
    "zh": ("它检查什么", "为什么要改", "示例", "应改为"),
    "en": ("What it does", "Why is this bad?", "Example", "Use instead"),
}


@dataclass
class Context:
    """Run-wide settings. It holds nothing of any document: facts live with their document."""

    lang: str = "zh"
    fiscal_year: int | None = None  # --year overrides what the parts declare
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # check code -> options

    def facts(self, doc: Document) -> Facts:
        """The document's facts object (see :mod:`perflint.facts`)."""
        facts = doc.facts
        if type(facts) is Facts and facts._doc() is doc:  # asked a hundred times a document
            return facts
        return facts_of(doc)

    def cached(self, doc: Document, key: str, build) -> Any:
        """Compute ``build(doc)`` once per document: extraction is shared by all checks."""
        facts = doc.facts
        if type(facts) is Facts and facts._doc() is doc:  # a fact already built: one lookup
            found = facts._memo.get(key, _MISSING)
            if found is not _MISSING:
                return found
            return facts.cached(key, build)
        return facts_of(doc).cached(key, build)

    def fiscal_year_of(self, part) -> int | None:
        return self.fiscal_year or part.fiscal_year


class Check:
    """Base class for checks. Subclasses set the class attributes and implement :meth:`run`."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.warning
    title: ClassVar[dict[str, str]] = {}
    messages: ClassVar[dict[str, dict[str, str]]] = {}
    default_options: ClassVar[dict[str, Any]] = {}
    # The Chinese documentation: Markdown under the ``DOC_HEADINGS["zh"]`` headings, the
    # counterpart of the English docstring (a class attribute, so a plugin writes it the same way).
    doc_zh: ClassVar[str] = ""
    # A rule across documents (``perflint check --cross-document``): ``run_corpus`` gets the
    # passages of every linted draft (:mod:`perflint.crossdoc`); ``run`` finds nothing alone.
    corpus: ClassVar[bool] = False

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        """``options`` override ``default_options`` key by key; a key the check does not declare
        is a mistake (a typo would otherwise be silently ignored), so it raises ``ValueError``.
        Values arrive already checked against the defaults' types by ``perflint.engine.resolve_options``."""
        unknown = sorted(set(options or {}) - set(self.default_options))
        if unknown:
            known = ", ".join(sorted(self.default_options)) or "none"
            raise ValueError(f"check {self.code} has no option {', '.join(map(repr, unknown))} (its options: {known})")
        self.options = {**self.default_options, **(options or {})}

    def run(self, doc: Document, ctx: Context) -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError

    def diagnostic(
        self,
        key: str,
        location: Location,
        *,
        severity: Severity | None = None,
        related: Sequence[tuple[Location, str]] = (),
        **args: Any,
    ) -> Diagnostic:
        """A diagnostic whose message is ``key`` of this check's ``messages`` with ``args``.

        The message stays data until a reporter shows it; every language is rendered once here
        only to prove the templates and arguments fit, so a bad template fails inside its check
        (where the engine isolates it) and never in a reporter. ``related`` pairs a location
        with a message key of this check (or a literal note).
        """
        # The templates are the check's own, and the finding and its notes share the arguments
        # (``args`` is this call's own dict; nothing changes them): no copies, since a long
        # draft has a hundred thousand findings.
        templates = self.messages[key]
        for lang in LANGS:
            render(templates, args, lang)
        rel = []
        for loc, note_key in related:
            note_t = self.messages.get(note_key)
            if note_t is None:
                note_t = {"zh": note_key, "en": note_key}
            for lang in LANGS:
                render(note_t, args, lang)
            rel.append(Related(loc, note_t, args))
        return Diagnostic(
            code=self.code,
            family=self.family,
            severity=severity if severity is not None else self.severity,
            location=location,
            related=rel,
            check_name=self.name,
            key=key,
            args=args,
            templates=templates,
        )

    @classmethod
    def docs(cls, lang: str = "en", *, fallback: bool = True) -> str:
        """The documentation in ``lang``: ``en`` is the docstring, ``zh`` is ``doc_zh``. A check
        without docs in ``lang`` gives the other language's, unless ``fallback`` is false (then "")."""
        zh = inspect.cleandoc(cls.doc_zh or "")
        en = inspect.cleandoc(cls.__doc__ or "")
        if zh and ("{example}" in zh or "{use_instead}" in zh):
            zh = _shared_drafts(zh, en)
        if lang == "zh":
            return zh or (en if fallback else "")
        return en or (zh if fallback else "")

    @classmethod
    def summary(cls, lang: str = "zh") -> str:
        return cls.title.get(lang) or cls.title.get("zh", cls.name)


_DRAFT_BLOCK = lazy_compile(r"^```[^\n]*\n.*?^```$", re.S | re.M)


def _shared_drafts(zh: str, en: str) -> str:
    """``doc_zh`` with ``{example}`` / ``{use_instead}`` (each alone on a line) replaced by the
    draft block of the English docstring's Example / Use instead: the drafts are Chinese in both
    languages, so they are written once."""
    blocks = {}
    for key, heading in (("example", "## Example"), ("use_instead", "## Use instead")):
        start = en.find(heading)
        m = _DRAFT_BLOCK.search(en, start) if start >= 0 else None
        blocks[key] = m.group(0) if m else ""
    lines = [blocks.get(line.strip()[1:-1], line) if line.strip() in ("{example}", "{use_instead}") else line
             for line in zh.split("\n")]
    return "\n".join(lines)
