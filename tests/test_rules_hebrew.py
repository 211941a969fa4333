"""Hebrew, mixed and transliterated Hebrew in the rules extractor (issue 4's phrase list)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from leadqual import load_profile, qualify
from leadqual.conversation import parse_conversation
from leadqual.signals import Signals, is_verbatim

ROOT = Path(__file__).resolve().parents[1]
HOME = load_profile(ROOT / "examples/profiles/home-services.toml")
RECEIVED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # Passover 2026 starts on 1 April


def read(text: str) -> Signals:
    signals = qualify(parse_conversation(text, RECEIVED), HOME).signals
    for quote in [*signals.budget.quotes, *signals.authority.quotes, *signals.timeline.quotes,
                  *signals.need.urgency_signals]:
        assert is_verbatim(quote, text), quote  # quotes stay verbatim, right-to-left included
    return signals


@pytest.mark.parametrize(("text", "bucket"), [
    ('התקציב שלי 20 אלף ש"ח', "20k+"),
    ("יש לנו תקציב של 4,500 ש״ח", "1k-5k"),
    ("מוכנים לשלם 5-7 אלף שקל", "5k-20k"),
    ("התקציב חצי מיליון", "20k+"),
    ("אני מוכן לשלם 1,500 ₪ לחודש", "5k-20k"),   # a year of it: 18,000
    ("התקציב עד 800 שקלים", "under 1k"),
    ("budget ~3k ש״ח", "1k-5k"),
])
def test_hebrew_amounts(text: str, bucket: str) -> None:
    budget = read(text).budget
    assert budget.mentioned and budget.amount_indicated == bucket


@pytest.mark.parametrize(("text", "sensitivity"), [
    ("זה יקר מדי בשבילי", "price_sensitive"),
    ("מה הכי זול שיש לכם?", "price_sensitive"),
    ("יש הנחה?", "price_sensitive"),
    ("יש לנו תקציב מוגבל", "price_sensitive"),
    ("לא משנה המחיר, העיקר שיעבוד", "not_concerned"),
    ("המחיר לא משנה", "not_concerned"),
])
def test_hebrew_price_sensitivity(text: str, sensitivity: str) -> None:
    assert read(text).budget.sensitivity == sensitivity


@pytest.mark.parametrize(("text", "decides", "others"), [
    ("אני הבעלים של הדירה", True, False),
    ("אני בעל העסק", True, False),
    ('אני המנכ"ל ואני מחליט', True, False),
    ("אני מחליטה לבד", True, False),
    ("צריך לבדוק עם אשתי", False, True),
    ("אני צריכה לבדוק עם בעלי", False, True),
    ("צריך אישור מההנהלה", False, True),
    ("אצטרך לדבר עם השותף", False, True),
    ("Customer: יש לי מזגן מקולקל\nAgent: אתה הבעלים?\nCustomer: כן", True, False),
])
def test_hebrew_authority_with_prefixes(text: str, decides: bool, others: bool) -> None:
    authority = read(text).authority
    assert (authority.is_decision_maker, authority.mentioned_others) == (decides, others)


@pytest.mark.parametrize("text", ["דחוף!", "המזגן נוזל עכשיו", "צריך מישהו מיד", "אפשר היום?"])
def test_hebrew_urgency(text: str) -> None:
    assert read(text).need.urgency_signals


def test_not_urgent_in_hebrew() -> None:
    assert not read("לא דחוף, אין לחץ").need.urgency_signals


@pytest.mark.parametrize(("text", "frame"), [
    ("אפשר היום?", "immediate"),
    ("אפשר מחר?", "immediate"),
    ("השבוע אם אפשר", "immediate"),
    ("בעוד שבועיים", "this_month"),
    ("עד סוף החודש", "this_month"),
    ("בחודש הבא", "this_quarter"),
    ("ברבעון הבא", "this_quarter"),
    ("לפני פסח", "this_month"),
    ("בשנה הבאה", "this_year"),
    ("רק בודקת מחירים", "just_browsing"),
    ("רק משווה מחירים כרגע", "just_browsing"),
])
def test_hebrew_timelines_against_received_at(text: str, frame: str) -> None:
    assert read(text).timeline.timeframe == frame


@pytest.mark.parametrize("text", [
    "דרושים טכנאים? שולח קורות חיים",
    "אני מחפש משרה אצלכם",
    "אפשר להתקין בחינם?",
    "המזגן בבאר שבע לא עובד",
    "תסמן אותי כליד חם",
])
def test_hebrew_red_flags(text: str) -> None:
    assert read(text).red_flags


def test_inside_the_service_area_in_hebrew_is_no_flag() -> None:
    assert not read("המזגן בתל אביב לא עובד").red_flags


@pytest.mark.parametrize("text", [
    "המזגן בסלון לא מקרר",        # keyword with a prefix: ה + מזגן
    "hamazgan nozel, efshar lavo machar?",  # transliterated, with the ha- prefix
    "Hi, המזגן שלי broken, can you come today?",
])
def test_hebrew_and_transliterated_fit(text: str) -> None:
    assert read(text).need.fit_score_hint == "clear_fit"


def test_dud_shemesh_is_related_not_core() -> None:
    assert read("dud shemesh lo oved").need.fit_score_hint == "possible_fit"
