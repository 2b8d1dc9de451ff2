"""The one error importers raise: it names the file (and the line, where there is one)."""

from __future__ import annotations


class InputError(Exception):
    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path, self.message, self.line, self.column = path, message, line, column
        where = path if line is None else f"{path}:{line}" + (f":{column}" if column else "")
        super().__init__(f"{where}: {message}")
