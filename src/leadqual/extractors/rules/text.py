"""Text helpers for the rules: clauses with offsets, whole-word patterns, negation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

# A clause ends at sentence punctuation, a line break, or ";" — negation and context
# ("not", "my boss ... approves") rarely cross those.
_CLAUSE_END = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?;\n])+|(?<=\s)[-–—]+(?=\s)|\.{3}|…")
# Hebrew words take one or two prefix letters (ו ה ב ל ש מ כ: "and", "the", "in", ...).
HEBREW_PREFIX = r"(?:[והבלשמכ]{1,2})?"
HEBREW_LETTER = re.compile(r"[\u0590-\u05FF]")


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of the customer's text and where it starts."""

    start: int
    end: int
    text: str

    def is_question(self, full: str) -> bool:
        """True when the clause ends with a question mark in the full text."""
        rest = full[self.end:self.end + 3]
        return "?" in rest[:2] or self.text.rstrip().endswith("?")


def clauses(text: str) -> list[Clause]:
    """Split text into clauses, keeping offsets so that quotes stay verbatim spans."""
    result: list[Clause] = []
    position = 0
    for match in _CLAUSE_END.finditer(text):
        _add(result, text, position, match.start())
        position = match.end()
    _add(result, text, position, len(text))
    return result


def _add(result: list[Clause], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        offset = start + segment.index(stripped)
        result.append(Clause(offset, offset + len(stripped), stripped))


NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|none|nobody|without|n't|dont|doesnt|isnt|cant|wont|aint)\b|n't\b"
    r"|(?<![\w])(?:לא|אין|בלי|אינני|איני|אינו)(?!\w)",
    re.IGNORECASE,
)


def negated_before(clause_text: str, position: int, window: int = 4) -> bool:
    """True when a negation word stands within ``window`` words before ``position``.

    Only words after the last comma count: "No, I decide alone" answers a question
    with "no" and then states the opposite of a negation.
    """
    before = clause_text[max(0, position - 120):position]  # a few words back: no need to copy more
    before = before[max(before.rfind(","), before.rfind("،")) + 1:]
    words = re.findall(r"[\w']+", before)[-window:]
    if not words:
        return False
    # "not before next year", "not until June": the time itself is asserted.
    if re.match(r"(?:before|until|till|later than|earlier than|לפני|עד)\b", clause_text[position:], re.I) or (
            words[-1].lower() in ("before", "until", "till", "לפני", "עד")):  # "לא לפני השנה הבאה"
        return False
    return bool(NEGATION.search(" ".join(words)))


def compile_all(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Join regex alternatives into one pattern (case-insensitive unless ``flags`` say).

    Alternatives that start at a word boundary share one ``(?<!\\w)(?=\\w)`` test, so the
    engine tries the branches only where a word starts: about twice as fast.
    """
    patterns = list(patterns)
    # The Hebrew patterns' own word start, "(?<![\w])", is the same test.
    starts = (r"\b", r"(?<![\w])", r"(?<!\w)")
    at_word = [p[len(s):] for p in patterns for s in starts if p.startswith(s)]
    # Hebrew words that may carry prefix letters share one try of the prefixes, so each
    # branch then starts with its own letter, which the engine rejects at once.
    prefixed = [p[len(HEBREW_PREFIX):] for p in at_word if p.startswith(HEBREW_PREFIX)]
    plain = [p for p in at_word if not p.startswith(HEBREW_PREFIX)]
    if prefixed:
        plain.append(f"{HEBREW_PREFIX}(?:{'|'.join(f'(?:{p})' for p in prefixed)})")
    parts = [rf"(?<!\w)(?=\w)(?:{'|'.join(f'(?:{p})' for p in plain)})"] if plain else []
    parts += [f"(?:{p})" for p in patterns if not p.startswith(starts)]
    return re.compile("|".join(parts) or r"(?!)", flags)


_UPPER_LITERAL = re.compile(r"(?<!\\)(?<!\(\?)(?<!\(\?P<)(?<!\(\?P=)\b[A-Z]")


def lowercase_pattern(pattern: str) -> str:
    """``pattern`` itself, checked to have no upper-case literal: it runs on lower-cased text."""
    if _UPPER_LITERAL.search(pattern):
        raise ValueError(f"patterns are matched on lower-cased text: {pattern!r}")
    return pattern


# A reply's quoted thread below it: everything from "-----Original Message-----" or "On Mon,
# Apr 20, 2026 at 7:02 AM X wrote:" on (a forwarded message, usually the customer's own
# request or the reason for it, stays).
_THREAD_BELOW = re.compile(
    r"^[ \t]*>?[ \t]*(?:-{2,}\s*(?:original message|הודעה מקורית)\s*-{2,}"
    r"|on .{5,90} wrote:|ב-?.{3,80}\s(?:כתב|כתבה|כתב/ה)\s*:)[ \t]*$", re.MULTILINE | re.IGNORECASE)
# "(quoted below)", "see my note below", "ההודעה שלי למטה": the thread is the customer's own
_OWN_BELOW = re.compile(r"\bbelow\b|\bforwarding\b|\bmy (?:previous|last|earlier) (?:e-?mail|message|note)\b"
                        r"|למטה|מצורפת|מעביר|מעבירה|(?:ב)?הודעה הקודמת|במייל הקודם", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)


def unquoted(text: str, agent_said: str = "") -> str:
    """``text`` with what the agent wrote and the customer only quotes blanked out (the same
    length, so offsets and quotes hold): the thread below a reply, unless the customer points
    to it as their own ("quoted below"), and "> " lines that repeat the agent's messages."""
    if ">" not in text and "-" not in text and ":" not in text:
        return text
    below = _THREAD_BELOW.search(text)
    if below and not _OWN_BELOW.search(text, 0, below.start()):
        text = text[:below.start()] + re.sub(r"[^\n]", " ", text[below.start():])
    if agent_said and ">" in text:
        text = _QUOTED_LINE.sub(
            lambda m: " " * len(m.group(0)) if m.group(1).strip() and m.group(1).strip() in agent_said
            else m.group(0), text)
    return text


# ("ba'al", "le'asher": an apostrophe after other prefixes is inside the word)
_PREFIX_APART = re.compile(r"(?<![a-z'-])(?:(ha|ba|be|la|le) |(ha)')(?=[a-z])")


@lru_cache(maxsize=8192)
def latin_hebrew(low: str) -> str:
    """Lower-cased Latin-letter Hebrew with its prefixes joined the one way the patterns
    expect: "ha mankal", "ha'baalim", "be excel" -> "ha-mankal", "ha-baalim", "be-excel".

    Same length, so offsets hold; people write the prefix apart, with an apostrophe or a
    hyphen, and the transliterated patterns are written for the hyphen ("ha-?"). Only "ha'"
    takes the apostrophe: "be'aya", "ba'al" and "le'asher" are words.
    """
    return _PREFIX_APART.sub(lambda m: f"{m.group(1) or m.group(2)}-", low)


# "within, um, three weeks", "תוך, אממ, שלושה שבועות": a voice note's fillers, with the commas
# around them, stand between the words of a phrase
_FILLER = re.compile(r",?[ \t]*(?<![\w'])(?:u+m+|u+h+|e+rm+|e+hm+|hmm+|אמ+|אה+)(?![\w'])[,…]*")
_FILLER_LETTERS = ("um", "uh", "rm", "hm", "אמ", "אה")  # a cheap test before the pattern


@lru_cache(maxsize=8192)  # each clause meets every lexicon: lower it once
def lower(text: str) -> str:
    """Lower-case ``text`` keeping its length, so match offsets stay offsets in ``text``;
    fillers ("um", "אממ") become spaces."""
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lowers to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if any(pair in low for pair in _FILLER_LETTERS):
        low = _FILLER.sub(lambda m: " " * len(m.group(0)), low)
    return low


_ANCHOR = re.compile(r"(?<!\\)[$^]|\(\?m\)")


# Whether the lead being read may be Hebrew written in Latin letters. The extractor sets
# it per lead (``transliteration``); transliterated patterns are a fifth of all patterns and
# would otherwise run on every English lead.
_TRANSLITERATED: ContextVar[bool] = ContextVar("leadqual_transliterated", default=True)
# Words nearly every transliterated Hebrew message has and English ones almost never do.
TRANSLITERATION_MARKERS = re.compile(
    r"\b(?:ani|ata|atem|ze|zo|sheli|shelanu|shel|yesh|ein|lo|ken|rak|od|kol|kama|eich|efshar|"
    r"beseder|achshav|hayom|machar|shalom|toda|bevakasha|mazgan\w*|dira|bayit|kesef|shekel\w*|"
    r"ta?k?tziv|muchan\w*|tzarich\w*|rotze|rotza|machlit\w*|mechalet\w*|bechinam|be-chinam|dachuf|"
    r"elef|alaf|alafim|lidim|stima|tokh|yom|yamim|shavu\w*|chodesh|chodashim|shana|beod|mistakel\w*|"
    r"bodek\w*|mashve\w*|oved|ovdim|nishbar|(?:ha|be|le|ba|la|me|mi|she|ve)-\w+)\b")


def transliteration_possible() -> bool:
    """Whether the lead being read may be transliterated Hebrew (see ``transliteration``)."""
    return _TRANSLITERATED.get()


@contextmanager
def transliteration(possible: bool) -> Iterator[None]:
    """Run the transliterated patterns inside this block only if ``possible``."""
    token = _TRANSLITERATED.set(possible)
    try:
        yield
    finally:
        _TRANSLITERATED.reset(token)


class Lexicon:
    """A phrase list split by script: Hebrew patterns run only on text with Hebrew in it,
    transliterated ones only on leads that may be transliterated Hebrew.

    Hebrew patterns allow prefix letters at every position, which is slow; most leads
    have no Hebrew at all, so they skip that work.
    """

    def __init__(self, patterns: Iterable[str], transliterated: Iterable[str] = ()) -> None:
        patterns, transliterated = list(patterns), list(transliterated)
        for pattern in [*patterns, *transliterated]:
            lowercase_pattern(pattern)
        # Matching lower-cased text without IGNORECASE is about 2.5 times faster.
        self.latin = compile_all((p for p in patterns if not HEBREW_LETTER.search(p)), 0)
        hebrew = [p for p in patterns if HEBREW_LETTER.search(p)]
        self.hebrew = compile_all(hebrew, 0) if hebrew else None
        self.translit = compile_all(transliterated, 0) if transliterated else None
        # Anchored patterns ("^yes") match at a clause start that a whole text does not show.
        self.anchored = any(_ANCHOR.search(p) for p in [*patterns, *transliterated])

    def maybe_in(self, text: str) -> bool:
        """False when nothing in the whole of ``text`` can match: a cheap skip before
        matching clause by clause."""
        return self.anchored or self.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text`` (Latin patterns first); offsets are ``text``'s."""
        low = lower(text)
        found = self.latin.search(low)
        if found is None and self.translit is not None and _TRANSLITERATED.get():
            found = self.translit.search(latin_hebrew(low))
        if found is None and self.hebrew is not None and not low.isascii() and HEBREW_LETTER.search(low):
            found = self.hebrew.search(low)
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """All matches in ``text``, in order; offsets are ``text``'s."""
        low = lower(text)
        found = list(self.latin.finditer(low))
        more = len(found)
        if self.translit is not None and _TRANSLITERATED.get():
            found.extend(self.translit.finditer(latin_hebrew(low)))
        if self.hebrew is not None and not low.isascii() and HEBREW_LETTER.search(low):
            found.extend(self.hebrew.finditer(low))
        if len(found) > more:
            found.sort(key=lambda m: m.start())
        return found


_MIDDLE_FORM = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}


def phrase_pattern(phrases: Iterable[str], stems: bool = True) -> Lexicon | None:
    """One whole-word, case-insensitive matcher for a list of phrases (profile keywords).

    Latin phrases match whole words ("ac" never matches "account") and may carry the
    prefixes of transliterated Hebrew ("hamazgan"); Hebrew phrases may carry prefix
    letters ("והמזגן" matches "מזגן") and a plural or possessive ending. With ``stems``, a
    long "-ing" phrase also matches its stem ("scheduling" matches "schedule").
    """
    hebrew, prefixed, stemmed, short = [], [], [], []
    for phrase in sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True):
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        if HEBREW_LETTER.search(phrase):
            plural = ""
            if " " not in phrase:
                # A feminine noun drops its final ה or ת before the plural (מיטה -> מיטות,
                # טוחנת -> טוחנות, כוננית -> כונניות); a final letter takes its middle form
                # before an ending (שרפרף -> שרפרפים, שרפרפי).
                if phrase[-1] in "הת":
                    plural = rf"|{body[:-1]}ות"
                elif phrase[-1] in _MIDDLE_FORM:
                    plural = rf"|{body[:-1]}{_MIDDLE_FORM[phrase[-1]]}(?:ים|ות|י)"
            hebrew.append(rf"(?:{body}(?:ים|ות|י|ה|נו|כם)?{plural})(?!\w)")
        elif stems and phrase.endswith("ing") and len(phrase.split()[-1]) >= 7:
            # "scheduling" also matches "schedule", "scheduled"; "painting" matches "paint".
            stem = r"\s+".join(re.escape(word) for word in phrase[:-3].split())
            stemmed.append(rf"(?:{body}s?|{stem}(?:e|es|ed|er|ers|s)?)(?![\w])")
        elif len(phrase) >= 4:
            # A phrase of several words is not the start of a compound: "looking for a job"
            # is not "looking for a job-site time clock".
            compound = r"(?!-\w)" if " " in phrase else ""
            # a plural phrase also names one: "fillers" matches "filler"
            singular = rf"|{body[:-1]}" if phrase.endswith("s") and not phrase.endswith("ss") else ""
            prefixed.append(rf"(?:{body}(?:e?s)?{singular})(?![\w]){compound}")
        else:
            short.append(rf"{body}(?:e?s)?(?![\w])")
    # One alternation per shape, each branch starting with the phrase's first letter: the
    # regex engine rejects a branch on its first character, so a profile of a few hundred
    # phrases costs little more than one of ten (a branch per phrase, each with its own
    # optional prefixes, cost every phrase at every word).
    parts = [f"{start}(?:{'|'.join(group)})" for start, group in (
        (rf"(?<![\w]){HEBREW_PREFIX}", hebrew), (r"\b(?:ha|ve|be|le|ba|la|me|mi|she)?-?", prefixed),
        (r"\b", stemmed), (r"\b", short)) if group]
    return Lexicon(parts) if parts else None
