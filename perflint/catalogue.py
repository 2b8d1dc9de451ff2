"""The message catalogue: what perflint tells the user about inputs, configuration, options and
failures, in Chinese (the default) and English (``--lang en`` or ``lang = "en"``).

The texts live in ``perflint/data/messages.yaml`` as ``key: {zh: …, en: …}`` with ``{name}``
arguments. Code that finds a problem raises or returns a :class:`Msg` (a key and its arguments),
never a rendered sentence: the language is only known where the message is shown (the command
line, after the configuration was read; a worker process, from the task's context), so a message
is rendered there with :meth:`Msg.render`. An argument may itself be a :class:`Msg` (a format's
name, a hint), rendered in the same language.

``str()`` of a message is its English text: log lines, exceptions seen by library users and the
unit tests of the readers stay stable whatever the user's language; every text the CLI prints
goes through :func:`render` with the user's language.

Messages from other programs (the operating system's ``strerror``, a parser's description of a
syntax error) arrive in English; the few phrases parsers commonly give are translated through
the catalogue's ``phrase.*`` entries (:func:`phrase`), anything else is quoted as it came.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


class Msg:
    """A catalogue key and its arguments; rendered in a language only when shown."""

    __slots__ = ("args", "key")

    def __init__(self, key: str, /, **args: Any) -> None:
        self.key, self.args = key, args

    def render(self, lang: str = "en") -> str:
        entry = catalogue().get(self.key)
        if entry is None:  # a missing entry must never hide the problem it reports
            return self.key + (" " + repr(self.args) if self.args else "")
        template = entry.get(lang) or entry.get(DEFAULT_LANG) or entry.get("en", self.key)
        values = {name: render(value, lang) for name, value in self.args.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template + " " + repr(values)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.args) == (other.key, other.args)

    def __hash__(self) -> int:
        return hash(self.key)


def msg(key: str, /, **args: Any) -> Msg:
    return Msg(key, **args)


def render(value: Any, lang: str = "en") -> str:
    """A :class:`Msg` in ``lang``; anything else (a path, a number, a parser's text) as text."""
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(render(v, lang) for v in value)
    return str(value)


def t(key: str, lang: str, /, **args: Any) -> str:
    """The rendered text of ``key`` (a shortcut for ``Msg(key, **args).render(lang)``)."""
    return Msg(key, **args).render(lang)


def phrase(text: str) -> Msg | str:
    """A parser's English description, as a catalogue message when it is one we translate.

    The ``phrase.*`` entries carry an ``match`` field: the English words that identify the
    phrase (parsers add details such as the character found, which are kept as they are)."""
    lowered = text.lower()
    for key, entry in catalogue().items():
        if key.startswith("phrase.") and entry.get("match", "\0") in lowered:
            return Msg(key, text=text)
    return text


def catalogue() -> Mapping[str, Mapping[str, str]]:
    from perflint import data

    return data.load("messages")


def lang_or_default(lang: str | None) -> str:
    return lang if lang in LANGS else DEFAULT_LANG
