"""leadqual: lead qualification with evidence, offline by default.

    from leadqual import qualify, load_profile
    q = qualify("Customer: our AC is leaking, can you come today?",
                load_profile("examples/profiles/home-services.toml"))
    q.score.total, q.score.tier, q.score.breakdown, q.signals, q.metadata
"""

from leadqual.conversation import Conversation, Message, parse_conversation
from leadqual.errors import (
    ConfigError,
    ExtractionError,
    InputError,
    LeadQualError,
    PolicyError,
    ProfileError,
)
from leadqual.extractors import Extraction, Extractor, create_extractor, register_extractor
from leadqual.leads import Lead, read_leads
from leadqual.pipeline import Qualification, qualify, qualify_many
from leadqual.profile import Profile, load_profile
from leadqual.scoring import Policy, Score, default_policy, load_policy, score
from leadqual.signals import Signals

__version__ = "0.1.0"

__all__ = [
    "ConfigError", "Conversation", "Extraction", "ExtractionError", "Extractor", "InputError",
    "Lead", "LeadQualError", "Message", "Policy", "PolicyError", "Profile", "ProfileError",
    "Qualification", "Score", "Signals", "__version__", "create_extractor", "default_policy",
    "load_policy", "load_profile", "parse_conversation", "qualify", "qualify_many",
    "read_leads", "register_extractor", "score",
]
