"""Shared test settings: hypothesis profiles and a core suite free of installed plugins."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The core suite tests negotext itself: third-party plugins installed in the
# environment are not loaded unless a test asks for them.
os.environ.setdefault("NEGOTEXT_LOAD_PLUGINS", "")

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True)
settings.register_profile("dev", max_examples=25, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The vendored seed articles, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))}
