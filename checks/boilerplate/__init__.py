"""The ``boilerplate`` family."""

from __future__ import annotations

CHECKS: list = []
