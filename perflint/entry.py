"""The ``perflint`` command's entry point: :func:`perflint.cli.main`, imported here so that a
Ctrl-C while the program is still starting (importing its modules) ends it quietly with exit
status 130, as a Ctrl-C later does, instead of printing a Python traceback."""

import sys


def main() -> None:
    try:
        from perflint import modulecode

        modulecode.install()  # perflint's modules' code kept across runs (see modulecode)
        from perflint.cli import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()
