"""Timelines (issue 2, labelling guide "Timeline"): phrases into timeframes, relative
phrases read against the conversation's received_at."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from leadqual import load_profile, parse_conversation
from leadqual.extractors.rules import RulesExtractor
from leadqual.extractors.rules.timeframes import bucket, find_times
from leadqual.signals import Timeline

PROFILES = Path(__file__).resolve().parents[1] / "examples" / "profiles"
TUESDAY = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # a Tuesday, mid-month, mid-quarter


def timeline(text: str, received_at: datetime | None = TUESDAY, profile: str = "b2b-saas") -> Timeline:
    conv = parse_conversation(text, received_at)
    return RulesExtractor().extract(conv, load_profile(PROFILES / f"{profile}.toml")).signals.timeline


@pytest.mark.parametrize(("days", "frame"), [
    (0, "immediate"), (7, "immediate"), (8, "this_month"), (31, "this_month"), (32, "this_quarter"),
    (92, "this_quarter"), (93, "this_year"), (365, "this_year"),
])
def test_bucket_edges(days: int, frame: str) -> None:
    assert bucket(days) == frame


# The guide's own examples, bucket by bucket.
GUIDE = [
    ("we need it now", "immediate"), ("can you come today?", "immediate"),
    ("as soon as possible please", "immediate"), ("asap", "immediate"),
    ("within this week", "immediate"), ("tomorrow morning works", "immediate"),
    ("next week", "this_month"), ("in two weeks", "this_month"), ("in a couple of weeks", "this_month"),
    ("by the end of the month", "this_month"),
    ("in six weeks", "this_quarter"), ("by the end of next month or so", "this_quarter"),
    ("within the quarter", "this_quarter"), ("in 3 months", "this_quarter"),
    ("in 4 months", "this_year"), ("next year", "this_year"), ("sometime", "this_year"),
    ("maybe later this year", "this_year"),
    ("just researching options for now", "just_browsing"),
    ("we're only comparing providers, no plans to buy yet", "just_browsing"),
    ("we're just looking, maybe sometime next year", "just_browsing"),  # browsing wins over vague
    ("our shifts are a mess", "unknown"),
    # a range counts by its later end
    ("no rush, in a month or two is fine", "this_quarter"), ("in a week or two", "this_month"),
    # what already happened is not a plan
    ("your rep has called me five times this week, stop it", "unknown"),
    # the last statement wins: browsing said after a time
    ("what's best for heating a flat in winter? just researching for now, not buying yet",
     "just_browsing"),
    ("just researching for now, but we'd buy in six weeks", "this_quarter"),
    ("I'm collecting quotes, there's no plan to actually do it yet", "just_browsing"),
    # how long something has lasted is not when it is wanted
    ("had bad breath for a few months now, maybe I'll come in sometime", "this_year"),
    ("in the past two weeks the AC got louder", "unknown"),
    # a bare answer to the agent's question
    ("Agent: Timeline?\nCustomer: 3 weeks", "this_month"),
    ("Right now I'm only collecting information, we're not ready to book anything yet", "just_browsing"),
]


@pytest.mark.parametrize(("text", "frame"), GUIDE)
def test_guide_examples(text: str, frame: str) -> None:
    result = timeline(text)
    assert result.timeframe == frame
    assert result.mentioned == (frame != "unknown")
    if frame != "unknown":
        assert result.quotes and all(q in text for q in result.quotes)


@pytest.mark.parametrize(("text", "received", "frame"), [
    ("in June", datetime(2026, 5, 20, tzinfo=UTC), "this_month"),
    ("in June", datetime(2026, 1, 5, tzinfo=UTC), "this_year"),
    ("by June", datetime(2026, 3, 10, tzinfo=UTC), "this_quarter"),
    ("next month", datetime(2026, 12, 20, tzinfo=UTC), "this_month"),
    ("early April", datetime(2026, 3, 10, tzinfo=UTC), "this_month"),
    ("by the end of the month", datetime(2026, 3, 30, tzinfo=UTC), "this_month"),
    ("this Friday", datetime(2026, 3, 10, tzinfo=UTC), "immediate"),
    # "next Tuesday" said on a Wednesday is a day of next week: the guide's "next week"
    ("can I come next tuesday?", datetime(2026, 7, 22, tzinfo=UTC), "this_month"),
    ("on Tuesday", datetime(2026, 7, 22, tzinfo=UTC), "immediate"),
    ("a maintenance contract starting from April", datetime(2026, 2, 10, tzinfo=UTC), "this_quarter"),
    ("my policy expired in May, can you fix it?", datetime(2026, 7, 27, tzinfo=UTC), "unknown"),
    ("I'd like to get started in about two weeks", datetime(2026, 1, 26, tzinfo=UTC), "this_month"),
    ("delivery during the first quarter of 2027", datetime(2026, 6, 8, tzinfo=UTC), "this_year"),
    ("we're moving in like 2 months", datetime(2026, 4, 7, tzinfo=UTC), "this_quarter"),
    ("Season kicks off April first, I want it running before then", datetime(2026, 3, 9, tzinfo=UTC),
     "this_month"),
    ("I asked for a demo back in June, stop calling", datetime(2026, 9, 29, tzinfo=UTC), "unknown"),
    ("I'm the office coordinator at Lakeside Urgent Care", TUESDAY, "unknown"),
    ("I was thinking to do it sometime next year, after the winter", datetime(2026, 11, 18, tzinfo=UTC),
     "this_year"),
    ("it has to be finished by the end of Q1", datetime(2026, 1, 14, tzinfo=UTC), "this_quarter"),
    ("Send someone back TODAY and fix what you broke", TUESDAY, "immediate"),
    ("Two weeks from now, once our site audits wrap up", TUESDAY, "this_month"),
    ("I'm off work the first two weeks of June so ideally before then", datetime(2026, 5, 11, tzinfo=UTC),
     "this_month"),
    ("My schedule is wide open, the sooner the better", TUESDAY, "immediate"),
    ("the old system is barely hanging on, so as soon as your team can get here", TUESDAY, "immediate"),
    ("Ideally we start next week. I don't want to be doing this in December", TUESDAY, "this_month"),
    ("i have like 2k for it, want it before valentines", datetime(2026, 2, 2, tzinfo=UTC), "this_month"),
    ("The girls are off Dec 6-11 so ideally then. I'll check with him tonight",
     datetime(2026, 11, 16, tzinfo=UTC),
     "this_month"),
    ("I'd like a general check on all of them within the next two weeks", TUESDAY, "this_month"),
    ("Agent: Monday the 16th at 10:00 or Wednesday the 18th?\nCustomer: Monday the 16th at 10 please",
     datetime(2026, 3, 9, 12, tzinfo=UTC), "this_month"),  # a date a week ahead is next week
    ("I'm looking for a cleaning and a check-up in the next couple of weeks", TUESDAY, "this_month"),
    ("Do you have an eye doctor who can see me this morning?", TUESDAY, "immediate"),
    ("Do you sell fridges? Mine died this morning", TUESDAY, "unknown"),
    ("can spend ~3k a year. want it going in 2 wks", TUESDAY, "this_month"),
    ("Could I come in sometime in the coming week or two, evenings ideally", TUESDAY, "this_month"),
    ("if you can get a tech here before noon I'll buy him lunch", TUESDAY, "immediate"),
    ("Crews go back out the 16th of this month", datetime(2026, 3, 2, tzinfo=UTC), "this_month"),
    ("we reopen Sunday morning so it has to be before then", TUESDAY, "immediate"),
    ("Ideally during Passover week when we're closed", datetime(2026, 3, 16, tzinfo=UTC), "this_month"),
    ("fine go ahead, now please", TUESDAY, "immediate"),
    ("Agent: When would you want to start?\nCustomer: honestly yesterday. payroll closes friday", TUESDAY,
     "immediate"),
    ("Agent: And timing?\nCustomer: 3 weeks. she's back from Eilat then", TUESDAY, "this_month"),
    ("the yearly cleaning before summer, sometime in April would be ideal", datetime(2026, 2, 20, tzinfo=UTC),
     "this_quarter"),
    ("after poking around your site I see the decent ones run more", TUESDAY, "unknown"),
    ("before the summer crowds, so mid-June at the very latest", datetime(2026, 5, 22, tzinfo=UTC),
     "this_month"),
    ("Doing my homework on three tools. Haven't decided whether we'll switch at all, so no timeline", TUESDAY,
     "just_browsing"),
    ("The works start in August and the AC has to be in by November", datetime(2026, 5, 20, tzinfo=UTC),
     "this_year"),
    # a bare weekday answering the agent: this week, unless firmer words said next week
    ("Agent: We can come on Thursday morning.\nCustomer: thursday good", datetime(2026, 8, 3, tzinfo=UTC),
     "immediate"),
    ("Customer: Could I come next week?\nAgent: Tuesday or Thursday?\nCustomer: thursday pls",
     datetime(2026, 4, 27, tzinfo=UTC), "this_month"),
    # browsing beats a loose time, not a named one said after it
    ("I'm gathering quotes. Ideally installed by the end of Q2 (June)", datetime(2026, 2, 26, tzinfo=UTC),
     "this_year"),
    ("before Christmas", datetime(2026, 12, 10, tzinfo=UTC), "this_month"),
    ("before Christmas", datetime(2026, 3, 10, tzinfo=UTC), "this_year"),
    ("by Q3", datetime(2026, 6, 1, tzinfo=UTC), "this_quarter"),
])
def test_relative_phrases_read_against_received_at(text: str, received: datetime, frame: str) -> None:
    assert timeline(text, received).timeframe == frame


@pytest.mark.parametrize(("text", "profile", "frame"), [
    ("can you come on 15/3?", "home-services", "immediate"),  # Israel: day first, 15 March
    ("we move in on 3/5", "home-services", "this_quarter"),  # 3 May
    ("go-live by 4/5", "b2b-saas", "this_month"),  # US: month first, 5 April (4 May in Israel)
    ("install by 1.4.26", "home-services", "this_month"),
    ("צריך מזגן עד ה-1.4", "home-services", "this_month"),
    ("we work 24/7, need it fixed", "home-services", "unknown"),  # no preposition: not a date
    ("prices from 2.5k please", "home-services", "unknown"),  # an amount
    ("יבואן, יחידות של 1 עד 2.5 כ\"ס", "home-services", "unknown"),  # horsepower
])
def test_dates_in_digits(text: str, profile: str, frame: str) -> None:
    assert timeline(text, profile=profile).timeframe == frame


@pytest.mark.parametrize(("text", "frame"), [
    ("can someone come over the weekend", "immediate"), ("first thing monday please", "immediate"),
    ("in a fortnight", "this_month"), ("I'd rather get it checked within the fortnight", "this_month"),
    ("Can you check me tomorrow? One tooth zaps with cold drinks", "immediate"),
    ("Is anyone free now? The AC in the waiting room died", "immediate"),
    ("Could someone come Wednesday to look at the outdoor unit?", "immediate"),
    ("Customer: Now. Yesterday, ideally.", "immediate"),
    ("How much is a yearly service now?", "unknown"),
])
def test_weekends_and_fortnights(text: str, frame: str) -> None:
    assert timeline(text).timeframe == frame


def test_the_seder_is_passover() -> None:
    # received 10 March 2026: Passover starts on 1 April
    march_10 = datetime(2026, 3, 10, tzinfo=UTC)
    assert timeline("do you deliver before the seder?", march_10, "ecommerce").timeframe == "this_month"


def test_the_holidays_mean_rosh_hashanah_for_an_israeli_profile() -> None:
    late_august = datetime(2026, 8, 25, tzinfo=UTC)
    assert timeline("before the holidays", late_august, "home-services").timeframe == "this_month"
    assert timeline("before the holidays", late_august, "b2b-saas").timeframe == "this_year"


def test_no_received_at_means_today() -> None:
    assert timeline("tomorrow", None).timeframe == "immediate"
    assert timeline("in two weeks", None).timeframe == "this_month"


@pytest.mark.parametrize("text", [
    "we bought it in January", "we launched 2 weeks ago", "it broke down three days ago",
    "My last cleaning was about 2 years ago, is that bad?", "we moved in six months back",
    # when the business is open, asked
    "What are your showroom hours on Sunday?", "Do you guys close for Hanukkah or work as usual?",
    "my last cleaning was in August, who do I talk to about my file?",
    "We were acquired in May and use another payroll",
    "The technician who came on Sunday was great. Can I get his name?",
])
def test_past_times_are_not_a_timeline(text: str) -> None:
    assert timeline(text).timeframe == "unknown"


def test_the_last_statement_wins() -> None:
    text = "Maybe next year. Actually, our old contract ends in two weeks"
    result = timeline(text)
    assert result.timeframe == "this_month"
    assert result.quotes == ["Actually, our old contract ends in two weeks"]


def test_find_times_gives_spans_and_days() -> None:
    text = "call me tomorrow, or in 3 weeks"
    mentions = find_times(text, date(2026, 3, 10))
    assert [(text[m.start:m.end], m.days, m.frame) for m in mentions] == [
        ("tomorrow", 1, "immediate"), ("in 3 weeks", 21, "this_month")]


def test_the_agents_times_are_not_the_customers() -> None:
    assert timeline("Agent: we can come tomorrow\nCustomer: thanks, noted").timeframe == "unknown"


def test_early_next_month_said_late_this_month_is_this_month() -> None:
    """'Early February' on 26 January is the first week of next month, not this week."""
    [mention] = find_times("early february", date(2026, 1, 26))
    assert mention.frame == "this_month"
