"""The ``structure`` family."""

from __future__ import annotations

CHECKS: list = []
