"""Patterns built from a business profile, compiled once per profile."""

from __future__ import annotations

from dataclasses import dataclass

from leadqual.extractors.rules.text import Lexicon, phrase_pattern
from leadqual.profile import Profile


@dataclass(frozen=True)
class ProfilePatterns:
    """Whole-word patterns for what the business offers, partly offers, and does not."""

    keywords: Lexicon | None
    related: Lexicon | None
    not_offered: Lexicon | None
    disqualify: Lexicon | None


_CACHE: dict[str, ProfilePatterns] = {}


def profile_patterns(profile: Profile) -> ProfilePatterns:
    """The compiled patterns of ``profile`` (cached: profiles are immutable)."""
    key = profile.model_dump_json()
    cached = _CACHE.get(key)
    if cached is None:
        cached = ProfilePatterns(
            keywords=phrase_pattern(profile.keywords),
            related=phrase_pattern(profile.related, stems=False),
            # Related and not-offered phrases match as written: "flooring" must not catch
            # "floor to ceiling", nor "heating" the heat of summer.
            not_offered=phrase_pattern(profile.not_offered, stems=False),
            disqualify=phrase_pattern(profile.disqualify),
        )
        if len(_CACHE) > 256:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached
