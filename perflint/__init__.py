"""perflint: lint Chinese public-sector performance-report drafts."""

__version__ = "0.1.0"

from perflint import classcode as _classcode

_classcode.install()  # dataclasses' generated methods compiled once across runs (see classcode)
