"""The one error importers raise: it names the file (and the line, where there is one).

Its reason is a catalogue message (:mod:`perflint.catalogue`), rendered in the user's language
where it is shown (:meth:`InputError.render`); ``str()`` and :attr:`message` are the English text.
"""

from __future__ import annotations

from perflint.catalogue import Msg, render


class InputError(Exception):
    def __init__(self, path: str, message: Msg | str, line: int | None = None, column: int | None = None) -> None:
        self.path, self.reason_msg, self.line, self.column = path, message, line, column
        super().__init__(self.render("en"))

    @property
    def message(self) -> str:
        """The reason in English (without the file name)."""
        return self.reason("en")

    def reason(self, lang: str) -> str:
        return render(self.reason_msg, lang)

    def where(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")

    def render(self, lang: str) -> str:
        """``file[:line[:column]]: reason`` in ``lang``."""
        return f"{self.where()}: {self.reason(lang)}"
