"""Hebrew phrase patterns for the rules extractor: the same names as ``lexicon_en``.

Hebrew attaches prefixes to words (ו ה ב ל ש מ כ); patterns use ``P`` for them.
"""

from __future__ import annotations

from leadqual.extractors.rules.text import HEBREW_PREFIX as P  # noqa: F401

NOT_CONCERNED: list[str] = []
PRICE_SENSITIVE: list[str] = []
BUDGET_STATEMENT: list[str] = []
OTHERS_PRICE: list[str] = []
ACCEPTS_PRICE: list[str] = []
BUDGET_QUESTION = r"תקציב|כמה (?:אתה|את|אתם) מוכנ"
DM_SELF: list[str] = []
DM_OTHER: list[str] = []
DM_NEGATED_SELF: list[str] = []
AUTHORITY_QUESTION = r"(?:אתה|את) (?:ה)?(?:בעלים|מחליט|בעל הבית|בעלת)"
YES_ANSWER = r"^(?:כן|נכון|בטח|בהחלט|אני)(?!\w)"
NO_ANSWER = r"^(?:לא|ממש לא)(?!\w)"
NEED_VERBS: list[str] = []
URGENT: list[str] = []
NOT_URGENT: list[str] = []
BROWSING: list[str] = []
RED_FLAGS: dict[str, list[str]] = {}
TIME_PATTERNS: list[tuple[str, str]] = []
"""(kind, regex) pairs for :func:`leadqual.extractors.rules.timeframes.add_patterns`."""
