"""The ``perflint`` command's entry point: :func:`perflint.cli.main`, imported here so that a
Ctrl-C while the program is still starting (importing its modules) ends it quietly with exit
status 130, as a Ctrl-C later does, instead of printing a Python traceback."""

import gc
import sys

# perflint.heap.YOUNG_THRESHOLD, written out: this module is compiled from source at every start
# when PYTHONDONTWRITEBYTECODE is set, and importing perflint.heap here would be too
# (tests/test_cold_start.py keeps the two equal).
YOUNG_THRESHOLD = 200_000


def main() -> None:
    # Importing perflint's modules makes ~45,000 objects that stay alive for the whole run: at
    # CPython's default threshold (a young collection every 700 allocations) some fifty young and
    # four middle collections walk and promote them for nothing (6 M instructions of an 800 M
    # one-draft run). The run's own threshold (perflint.heap.for_a_run, which the command line
    # sets again) applies from the first import on.
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    try:
        from perflint import modulecode

        modulecode.install()  # perflint's modules' code kept across runs (see modulecode)
        from perflint.cli import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()
