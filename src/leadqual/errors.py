"""Errors raised by leadqual, each naming the problem and the fix.

::

    LeadQualError
    ├── ConfigError          a profile, policy or setting is missing or invalid
    │   ├── ProfileError
    │   └── PolicyError
    ├── InputError           a lead or conversation cannot be read
    └── ExtractionError      an extractor failed (model down, garbage answer, ...)
        └── ExtractorUnavailable   an optional extra is not installed or not configured
"""

from __future__ import annotations


class LeadQualError(Exception):
    """Base class of every error leadqual raises on purpose."""


class ConfigError(LeadQualError):
    """A profile, policy or setting is missing or invalid."""


class ProfileError(ConfigError):
    """A business profile cannot be loaded."""


class PolicyError(ConfigError):
    """A scoring policy cannot be loaded."""


class InputError(LeadQualError):
    """A lead, a line of input or a conversation cannot be read."""


class ExtractionError(LeadQualError):
    """An extractor could not produce signals for a conversation."""


class ExtractorUnavailable(ExtractionError):
    """An extractor needs an extra package or a key that is not there."""
