"""perflint: lint Chinese public-sector performance-report drafts."""

__version__ = "0.1.0"
