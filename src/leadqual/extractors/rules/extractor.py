"""Placeholder while the rules are written."""
from __future__ import annotations

from leadqual.conversation import Conversation
from leadqual.extractors.base import Extraction
from leadqual.profile import Profile
from leadqual.signals import Signals


class RulesExtractor:
    """Offline extractor."""

    name = "rules"

    def __init__(self, **options: object) -> None:
        self.options = options

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        """Read one conversation."""
        return Extraction(Signals())
