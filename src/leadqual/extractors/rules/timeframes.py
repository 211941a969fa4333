"""Timelines: relative and named times, read against the conversation's received_at.

Every phrase becomes a number of days ahead; the guide's buckets then apply:
up to 7 days immediate, up to ~31 this_month, up to ~92 this_quarter, later this_year.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from leadqual.extractors.rules.text import (
    HEBREW_LETTER,
    latin_hebrew,
    lower,
    lowercase_pattern,
    transliteration_possible,
)
from leadqual.signals import Timeframe

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], 1)
    for name in names
}
MONTHS |= {
    name: number
    for number, names in enumerate(
        [("ינואר",), ("פברואר",), ("מרץ", "מרס"), ("אפריל",), ("מאי",), ("יוני",), ("יולי",),
         ("אוגוסט",), ("ספטמבר",), ("אוקטובר",), ("נובמבר",), ("דצמבר",)], 1)
    for name in names
}
MONTHS |= {  # in Latin letters as Israelis type them
    name: number
    for number, names in enumerate(
        [("yanuar", "januar"), ("februar", "febuar"), ("mertz", "merts"), ("april",), ("mai",), ("yuni",),
         ("yuli",), ("ogust", "ogost"), ("septembr",), ("oktober",), ("november",),
         ("detzember", "detsember", "dezember")], 1)
    for name in names
}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# Hebrew weekday names (written and transliterated) for the Hebrew lexicon's patterns.
_WEEKDAY_NUMBER = _WEEKDAYS | {
    "ראשון": 6, "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4,
    "rishon": 6, "sheni": 0, "shlishi": 1, "revii": 2, "revi'i": 2, "chamishi": 3, "hamishi": 3, "shishi": 4,
}
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2, "few": 3, "a few": 3,
          "several": 4}
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                  "הראשון": 1, "השני": 2, "השלישי": 3, "הרביעי": 4}
# Hebrew words for the part of a named quarter ("לא לפני הרבעון הראשון": from its start on)
_QUARTER_PARTS_HE = {"לפני": "before", "לא לפני": "start of", "עד": "by", "בסוף": "end of", "סוף": "end of",
                     "בתחילת": "start of", "תחילת": "start of"}
_UNIT_DAYS = {"day": 1, "week": 7, "wk": 7, "month": 30, "mo": 30, "mth": 30, "year": 365, "yr": 365}

# Holidays people plan around. Israeli profiles mean the autumn holidays (Rosh Hashanah);
# elsewhere "the holidays" are Christmas. Dates for the years leadqual will meet.
ISRAELI_HOLIDAYS: dict[str, list[date]] = {
    "holidays": [date(2025, 9, 22), date(2026, 9, 11), date(2027, 10, 1), date(2028, 9, 20)],
    "passover": [date(2025, 4, 12), date(2026, 4, 1), date(2027, 4, 21), date(2028, 4, 10)],
    "hanukkah": [date(2025, 12, 14), date(2026, 12, 4), date(2027, 12, 24), date(2028, 12, 12)],
    "rosh hashanah": [date(2025, 9, 22), date(2026, 9, 11), date(2027, 10, 1), date(2028, 9, 20)],
    "sukkot": [date(2025, 10, 6), date(2026, 9, 25), date(2027, 10, 15), date(2028, 10, 4)],
    "yom kippur": [date(2025, 10, 1), date(2026, 9, 20), date(2027, 10, 10), date(2028, 9, 29)],
    "shavuot": [date(2025, 6, 1), date(2026, 5, 21), date(2027, 6, 10), date(2028, 5, 30)],
    "purim": [date(2025, 3, 13), date(2026, 3, 2), date(2027, 3, 22), date(2028, 3, 11)],
}
# Holidays US leads plan around.
US_HOLIDAYS: dict[str, list[date]] = {
    "memorial day": [date(2025, 5, 26), date(2026, 5, 25), date(2027, 5, 31), date(2028, 5, 29)],
    "labor day": [date(2025, 9, 1), date(2026, 9, 7), date(2027, 9, 6), date(2028, 9, 4)],
    "thanksgiving": [date(2025, 11, 27), date(2026, 11, 26), date(2027, 11, 25), date(2028, 11, 23)],
    "black friday": [date(2025, 11, 28), date(2026, 11, 27), date(2027, 11, 26), date(2028, 11, 24)],
    "july 4th": [date(2025, 7, 4), date(2026, 7, 4), date(2027, 7, 4), date(2028, 7, 4)],
    "valentines": [date(2025, 2, 14), date(2026, 2, 14), date(2027, 2, 14), date(2028, 2, 14)],
}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time phrase, where it is, and how many days ahead it points (None: vague)."""

    start: int
    end: int
    days: int | None
    frame: Timeframe
    weak: bool = False  # a bare answer such as "thursday": firmer phrases win


def bucket(days: int) -> Timeframe:
    """The guide's timeframe for a number of days ahead."""
    if days <= 7:
        return "immediate"
    if days <= 31:
        return "this_month"
    if days <= 92:
        return "this_quarter"
    return "this_year"


def _next_month_start(today: date, months_ahead: int) -> date:
    month = today.month - 1 + months_ahead
    return date(today.year + month // 12, month % 12 + 1, 1)


def _month_end(start: date) -> date:
    return _next_month_start(start, 1) - timedelta(days=1)


def _named_month(today: date, month: int, part: str) -> date:
    year = today.year if month >= today.month else today.year + 1
    if part in ("end", "late"):
        return _month_end(date(year, month, 1))
    if part in ("by", "before", "until"):
        return date(year, month, 1)
    if part in ("early", "beginning", "start", "starting"):
        # "early February" said on 26 January is next month's first week, not this week
        return date(year, month, 7)
    return date(year, month, 15)


def _quarter_end(today: date, quarter: int | None, offset: int = 0) -> date:
    q = quarter if quarter else (today.month - 1) // 3 + 1 + offset
    year = today.year + (q - 1) // 4
    q = (q - 1) % 4 + 1
    if quarter and q < (today.month - 1) // 3 + 1:
        year += 1
    return _month_end(date(year, q * 3, 1))


def _holiday(today: date, name: str, israeli: bool) -> date:
    if name == "the holiday":  # "לפני החג" (singular): the next Jewish holiday, whichever it is
        return min((day for days in ISRAELI_HOLIDAYS.values() for day in days if day >= today),
                   default=today + timedelta(days=365))
    if name in ("school year", "new school year", "school starts", "start of school", "start of the school year"):
        return date(today.year if today <= date(today.year, 9, 1) else today.year + 1, 9, 1)
    if name == "new year" and not israeli:
        return date(today.year + 1, 1, 1)
    if name in ("christmas", "xmas") or (name == "holidays" and not israeli):
        year = today.year if today <= date(today.year, 12, 25) else today.year + 1
        return date(year, 12, 25)
    for day in ISRAELI_HOLIDAYS.get(name, []) + US_HOLIDAYS.get(name, []):
        if day >= today:
            return day
    return today + timedelta(days=365)


_NUM_WORD = r"\d+|a couple of|couple of|a couple|a few|few|several|" + "|".join(
    k for k in _COUNT if " " not in k)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_WORD_EN = "|".join(sorted((m for m in MONTHS if m.isascii()), key=len, reverse=True))
# A date in digits ("15/3", "1.4.26"), never part of a longer number or followed by a unit
# ("2.5k", "1.5 כ"ס"); the English and Hebrew patterns put it after the words that introduce one.
DIGIT_DATE = (r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})(?:[./](?P<y>(?:20)?\d\d))?(?![\d.,/]*\d)"
              r"(?!\s*(?:k\b|m\b|%|₪|\$|nis|ils|grand|thousand|million|אלף|מיליון|ש[\"״']ח|שקל|כ[\"״']ס|ק[\"״']ג|מ[\"״']ר|ס[\"״']מ|מטר|"
              r"hp\b|kg\b|cm\b|sqm\b|inch))")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
# "twenty-sixth", "twenty sixth", "thirty-first"
_ORDINALS |= {f"{tens}{sep}{unit}": value + _ORDINALS[unit] for tens, value in (("twenty", 20), ("thirty", 30))
              for unit in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
              if value + _ORDINALS[unit] <= 31 for sep in ("-", " ")}
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_WEEKDAY_WORD = "|".join(_WEEKDAYS)

# What a past event is dated by: "since Passover", "it started around Hanukkah"
_PAST_DATE_WORD = (rf"{_MONTH_WORD}|hanukkah|chanukah|passover|pesach|sukkot|rosh hashana\w*|purim|christmas|"
                   r"summer|winter|spring|autumn|fall")
# Ordered: more specific phrases first; each group names how to compute its date.
_PATTERNS: list[tuple[str, str]] = [
    # "for about a month my jaw has been clicking", "in the past two weeks": how long, not when.
    ("duration_guard", rf"\b(?:for|since|in the (?:last|past)|over the (?:last|past)) (?:about |around |almost |nearly |over |the (?:last|past) )?"
                       rf"(?:{_NUM_WORD})\s+(?:day|week|month|year)s?\b(?! from (?:now|today))"),  # "planned for six weeks from now"
    ("relative", rf"\b(?:in|within|in about|about|around)\s+(?P<n>{_NUM_WORD})\s+(?P<unit>day|week|wk|month|mth|mo|year|yr)s?"
                 rf"\s+or\s+(?P<n2>{_NUM_WORD})\b"),  # "in a month or two": by the later end
    # "the first week of next month"
    ("week_next_month", r"\b(?:the )?(?P<npart>first|second|third|last) week of next month\b"),
    ("end_next_month", r"\b(?:by |before |until )?(?:the )?end of next month\b"),
    ("end_month", r"\b(?:by |before |until )?(?:the )?end of (?:the |this )?month\b|\bthis month\b|\b(?:by|before|until|till) (?:the )?month(?:'s)? end\b"
                  r"|\bwithin (?:a|one|the) month\b|\bin (?:a|one) month\b|\bmonth'?s end\b"),
    ("next_month", r"\bnext month\b|\bstart of next month\b|\bearly next month\b"),
    ("end_year", r"\b(?:by |before )?(?:the )?end of (?:the |this )?year\b|\blater this year\b"
                 r"|\bthis year\b(?!'s)|\bwithin (?:a|the) year\b"),
    ("next_year", r"\bnext year\b|\bin (?:a|one) year\b"),
    # "we'll budget for it in 2028", "a 2027 project": a year named alone
    ("year_named", r"\b(?:in|by|during|until|till|sometime in|budget of|budget for)\s+(?P<year>20[2-3]\d)\b(?![,.-]?\d)"
                   r"|\ba (?P<year2>20[2-3]\d) (?:project|thing|plan|job)\b"),
    ("quarter_named", r"\b(?:(?P<qpart>end of|start of|beginning of|by|in|during|before|early|late) (?:the )?)?"
                      r"(?:q(?P<q>[1-4])|(?P<qword>first|second|third|fourth|1st|2nd|3rd|4th) quarter)"
                      r"(?:,?\s*(?:of\s+)?(?P<qyear>20\d\d|next year))?\b"),
    ("this_quarter", r"\b(?:this|the current|within the|within this|end of the|end of this) quarter\b"),
    ("next_quarter", r"\bnext quarter\b"),
    ("relative", rf"\b(?:in|within|within the next|over the next|over the coming|in the coming|next|in the next|in about|about|around)\s+"
                 rf"(?:like\s+|roughly\s+|approximately\s+|maybe\s+)?(?P<n>{_NUM_WORD})\s*(?:(?:-|to|or)\s*(?P<n2>{_NUM_WORD}))?\s*(?P<unit>day|week|wk|month|mth|mo|year|yr)s?\b"),
    ("relative", rf"\b(?P<n>{_NUM_WORD})\s+(?P<unit>day|week|month)s?\s+from (?:now|today)\b"),
    # A bare answer to the agent's "when?": "3 weeks", "2 months tops".
    ("relative", rf"(?m)^(?:like |maybe |max |about |around )?(?P<n>\d+|{_NUM_WORD})\s*(?P<unit>day|week|wk|month|mth|mo|year|yr)s?"
                 rf"(?: (?:from now|tops|max|or so))?(?=\s*(?:[.!,]|$))"),
    ("relative_ago_guard", r"\b(?P<n3>\d+|a|two|three) (?:day|week|month|year)s? ago\b"),
    # "im abroad for work till the 29th", "I'm on reserve duty until 20 May", "away at my son's wedding
    # in New York from 22 July until 3 August": when they cannot be reached, not when they want it
    ("away_guard", rf"\b(?:abroad|away|travell?ing|overseas|out of the country|on vacation|on holiday|on reserve duty|on reserves|"
                   rf"on miluim|in miluim|at (?:my|our) [\w']+ wedding)\b[^.!?\n]{{0,40}}?"
                   rf"(?:\bfrom [^.!?\n]{{1,20}}? )?\b(?:till|until|through|to)\s+(?:the\s+)?"
                   rf"(?:\d{{1,2}}(?:[./]\d{{1,2}}(?:[./]\d{{2,4}})?)?(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:{_MONTH_WORD}))?"
                   rf"|(?:{_MONTH_WORD})\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"),
    # "it started around Hanukkah", "since summer 2025", "I finished my army service at the end of
    # February", "serviced the AC on 14/7 last year": the past
    ("past_guard", rf"\b(?:ever since|since)\s+(?:around\s+|about\s+)?(?:the\s+)?(?:{_PAST_DATE_WORD})\b(?:\s+20\d\d)?"
                   rf"|\b(?<!want it )(?<!get it )(?<!have it )(?<!need it )(?<!be )"
                   rf"(?:since|started|began|finished|completed|got out of|was released)\b(?:\s+(?!by\b|before\b|until\b|till\b)[\w']+){{0,4}}?"
                   rf"\s+(?:around|in|on|at|after|during)\s+(?:the\s+)?(?:end of\s+|start of\s+)?(?:{_PAST_DATE_WORD})\b"),
    ("past_guard", rf"\b(?:on |in )?(?:\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_WORD})"
                   rf"|(?:{_MONTH_WORD}) \d{{1,2}}(?:st|nd|rd|th)?) last year\b"),
    # "I text them the shifts every sunday night": a habit, not a date
    ("weekday_guard", rf"\bevery (?:single )?(?:{_WEEKDAY_WORD})s?(?: (?:morning|afternoon|evening|night))?\b"),
    ("next_week", r"\bnext ?(?:week|wk)\b|\bweek after next\b|\bfollowing week\b"),
    ("this_week", r"\bthis (?:very )?week\b|\b(?:by|on|over|for|during) the weekend\b|\bthis (?:coming )?weekend\b"
                  r"|\bend of (?:the|this) week\b|\bwithin (?:the|a) week\b|\bin a week\b"),
    ("fixed:14", r"\b(?:in|within|inside) (?:a|one|the next|the) fortnight\b|\bnext fortnight\b"),
    ("tomorrow", r"\btomorrow\b|\btmrw\b|\btmr\b|\bday after tomorrow\b"),
    ("today", r"\btoday\b|\btonight\b|\bthe sooner the better\b|(?:^|(?<=\n))(?:honestly |like |lol )?yesterday\b|\bneeded (?:it|this) yesterday\b|\bnow,? (?:please|pls|plz)\b|\b(?:before|by) (?:noon|lunch|midday|end of (?:the )?day|eod)\b|\bright away\b|\basap\b|\ba\.s\.a\.p\b"
              r"|\bas soon as (?:possible|you can|u can|(?:your|the) (?:team|technician|guys?|crew) can)\b|\bimmediately\b|\bthis (?:morning|afternoon|evening)\b|\b2day\b"
              r"|\burgent(?:ly)?\b(?! care)|\bemergency\b(?! (?:room|department|dentist|services?))|\bsame[- ]day\b"
              r"|\bneed (?:\w+ ){0,3}(?:now|right now)\b"
              # "Is anyone free now?", "technician now?", "Now. Yesterday, ideally.", "the soonest you can see me"
              r"|\b(?:free|available|come|someone|somebody|technician|anyone|anybody|see (?:me|us)|over)(?: \w+)? (?:right )?now\s*\?"
              r"|(?:^|(?<=\n))\s*now\s*[.!]|\byesterday,? ideally\b"
              r"|\b(?:the )?(?:soonest|earliest) (?:you can|possible|available)\b"
              r"|\b(?:need|come|fix|help|see|send|call|install|deliver)\b[^.?!\n]{0,25}\bright now\b"),
    ("weekday", rf"\b(?:(?P<wnext>next|this|on|by|until|before|coming|first thing|come|visit) )(?P<wd>{_WEEKDAY_WORD})\b"),
    ("weekday_answer", rf"(?m)^\s*(?P<wd>{_WEEKDAY_WORD})\b"),  # a bare answer: "thursday good"
    ("weekday", rf"\b(?P<wd>{_WEEKDAY_WORD}) (?:morning|afternoon|evening|night)\b"),
    ("month_day", rf"\b(?:(?P<mon>{_MONTH_WORD})\.? (?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|the (?P<dayw>{_ORDINAL_WORD})|(?P<dayw2>{_ORDINAL_WORD}))"
                  rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon2>{_MONTH_WORD})"
                  rf"|(?:the )?(?P<dayw3>{_ORDINAL_WORD}),? (?:of )?(?P<mon3>{_MONTH_WORD}))\b"),  # "the twenty-sixth of March"
    # "on 15/3", "by 1.4.26", "from 03/05/2026": a date in digits after a word that
    # introduces one (so "24/7" or "2.5" is not a date); day first in Israel.
    # "by 2027-04-18", "keys around 2027-01-15"
    ("iso_date", r"(?<![\d./])(?P<iy>20\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d-])"),
    ("numeric_date", r"\b(?:on|by|before|until|till|from|starting|for|date|dated|due|at latest|no later than|(?:the )?week of|around|after)\s+"
                     r"(?:the\s+)?" + DIGIT_DATE),
    # ("monday the 16th": the date says which Monday)
    ("day_of_month", r"\b(?:(?:by|on|before|until|till|for|from|after|starting|week of) |(?<=day ))the (?P<dom>\d{1,2})(?:st|nd|rd|th)\b"
                     r"|\bthe (?P<dom2>\d{1,2})(?:st|nd|rd|th) of (?:this|the) month\b"
                     # "I'm away till the 10th, so straight after, the 13th or 14th"
                     r"|(?:(?<=, )|(?<=\bafter ))the (?P<dom3>\d{1,2})(?:st|nd|rd|th)\b"),
    # "in the coming week or two"; "week or two is good"
    ("relative", r"\b(?:in |within |over )?the (?:coming|next) (?P<unit>day|week|month)s? or (?P<n2>two|three|2|3)\b"),
    ("relative", r"(?m)^(?:a |in a |within a )?(?P<unit>week|month) or (?P<n2>two|so)\b"),
    # "the second half of February"
    ("half_of_month", rf"\b(?:the |in the |during the |over the )?(?P<hpart>first|second|latter|last) half of "
                      rf"(?P<hmon>{_MONTH_WORD})\b"),
    ("week_of_month", rf"\b(?:the )?(?P<wpart>first|second|third|last|final) (?:(?:two|2|couple of|few) )?weeks? of "
                      rf"(?P<wmon>{_MONTH_WORD})\b"),
    ("month_named", rf"\b(?P<part>early|mid|late|end of|beginning of|start of|by|before|until|in|for|around|"
                    rf"starting(?: from| in)?|during|next|this coming)"
                    rf"[\s-]+(?P<mon>{_MONTH_WORD})\b"),
    # "Timeline: May 2027", "sometime in January 2027": a month of a named year
    ("month_year", rf"\b(?P<mon>{MONTH_WORD_EN})\.?,?\s+(?P<year>20[2-3]\d)\b"),
    # "I was thinking December", "aiming for March"
    ("month_named", rf"\b(?:thinking|thought|hoping|aiming|targeting|planning)(?: (?:of|about|on|for))?\s+(?P<part>)(?!may\b)"
                    rf"(?P<mon>{MONTH_WORD_EN})\b(?!\s*\d)"),
    # a month alone at the start of an answer: "January. less pressure then", "Maybe January"
    # ("December is madness for us" says nothing of when)
    ("month_named", rf"\b(?:(?<=^)|(?<=[.!?,;\n])|(?<=[.!?,;\n] ))(?:(?:maybe|probably|perhaps|prob|around|hopefully) )?"
                    rf"(?P<part>)(?!may\b)"
                    rf"(?P<mon>{MONTH_WORD_EN})\b(?!\s*\d)(?=\s*(?:[.!?,;\n]|$|(?:or|and|then|would|works?|please|"
                    rf"probably|maybe|hopefully|ideally|is (?:fine|good|best|ideal|better))\b))"),
    # ("more in summer", "busier in winter": when the business is busy, not a plan)
    ("season", r"(?<!more )(?<!busier )(?<!busy )(?<!bigger )\b(?:this|next|by|before|in the|in|for the|over the|around the|"
               r"around|until|after the|after)(?: the)?(?: school)? (?P<season>summer|fall|autumn|winter|spring)\b"),
    ("holiday", r"\b(?:before|b4|by|after|until|for|around|ahead of|right after|on|during|over) (?:the )?(?P<hol>holidays|christmas|xmas|passover|pesach|seder|hanukkah|chanukah|rosh hashanah|rosh hashana|rosh ha-shana|yom kippur|sukkot|shavuot|purim|new year|memorial day|labor day|thanksgiving|black friday|july 4th|valentine'?s(?: day)?"
                r"|school year|new school year|school starts|start of (?:the )?school(?: year)?)\b"),
    ("vague", r"\bsometime\b|\bsome ?time (?:later|soon|next)\b|\beventually\b|\bat some point\b"
              r"|\bin the (?:future|long run|coming months)\b|\bdown the (?:road|line)\b"
              r"|\bno (?:deadline|timeline|fixed date)\b|\bwhenever\b"
              r"|\blater on\b"),
]
# Hebrew (and other) phrase lists add (kind, pattern) pairs of the same kinds, plus
# "fixed:N" for a phrase that always means N days ahead.
# Month patterns run only where a month is named as a word (a substring test would let
# "decide" and "approve" through).
_MONTH_GATE = re.compile(rf"\b(?:{_MONTH_WORD})\b")
# "mo" alone is in "more" and "money": the short units count only as words or after a number
_YEAR_GATE = re.compile(r"20[2-3]\d")
_UNIT_GATE = re.compile(r"day|week|month|year|\d\s*(?:mo|mth|wk|yr)|\b(?:mo|mths?|wks?|yrs?)\b")
# Words without which a pattern cannot match (or a pattern that must match first), checked
# in the lowercased text before the slower patterns run. Most leads name no month, season
# or holiday.
_GATES: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "duration_guard": _UNIT_GATE, "relative": _UNIT_GATE, "relative_ago_guard": ("ago",), "weekday_guard": ("every",),
    "past_guard": ("since", "start", "began", "finish", "complet", "got out", "released", "last year"),
    "away_guard": ("abroad", "away", "travel", "overseas", "out of the country", "vacation", "holiday", "reserve",
                   "miluim", "wedding"),
    "end_next_month": ("month",), "end_month": ("month",), "next_month": ("month",), "week_next_month": ("month",),
    "end_year": ("year",), "next_year": ("year",), "year_named": _YEAR_GATE, "quarter_named": ("q1", "q2", "q3", "q4", "quarter"),
    "this_quarter": ("quarter",), "next_quarter": ("quarter",), "next_week": ("week", "wk"),
    "this_week": ("week",), "tomorrow": ("tom", "tmr"), "weekday": tuple(_WEEKDAYS), "weekday_answer": tuple(_WEEKDAYS),
    "month_day": _MONTH_GATE, "day_of_month": re.compile(r"\d(?:st|nd|rd|th)\b"), "fixed:14": ("fortnight",),
    "numeric_date": tuple(f"{digit}{sep}" for digit in "0123456789" for sep in "./"), "iso_date": re.compile(r"20\d\d-\d"), "month_year": _YEAR_GATE, "week_of_month": _MONTH_GATE,
    "month_named": _MONTH_GATE, "half_of_month": _MONTH_GATE,
    "season": ("summer", "fall", "autumn", "winter", "spring"),
    "holiday": ("holiday", "valentine", "christmas", "xmas", "passover", "pesach", "seder", "hanukkah", "chanukah", "rosh ha",
                "yom kippur", "sukkot", "shavuot", "purim", "new year", "memorial", "labor day",
                "thanksgiving", "black friday", "july 4th", "school"),
}
# Each gate is one compiled alternation of plain words (one C-level scan, shared by the
# kinds with the same gate); patterns run on lower-cased text without IGNORECASE (faster).
_GATE_PATTERNS = {gate: gate if isinstance(gate, re.Pattern) else re.compile("|".join(map(re.escape, gate)))
                  for gate in set(_GATES.values())}
_COMPILED: list[tuple[str, re.Pattern[str], str, re.Pattern[str] | None]] = [
    (name, re.compile(lowercase_pattern(pattern)), "latin", _GATE_PATTERNS.get(_GATES.get(name, ())))
    for name, pattern in _PATTERNS
]


def add_patterns(pairs: list[tuple[str, str]]) -> None:
    """Register more (kind, regex) time phrases from the Hebrew lexicon.

    Patterns written in Hebrew run only on text that has Hebrew letters, and those in
    Latin letters (transliterated Hebrew) only where transliteration is possible (speed).
    """
    _COMPILED.extend(
        # (the shared date fragment names Hebrew units it must not run into: not a Hebrew pattern)
        (kind, re.compile(lowercase_pattern(pattern)),
         "hebrew" if HEBREW_LETTER.search(pattern.replace(DIGIT_DATE, "")) else "translit", None)
        for kind, pattern in pairs
    )
_SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1,
                 "אביב": 4, "קיץ": 7, "סתיו": 10, "חורף": 1, "האביב": 4, "הקיץ": 7, "הסתיו": 10,
                 "החורף": 1, "aviv": 4, "kayitz": 7, "kayits": 7, "kaitz": 7, "kaits": 7, "kaytz": 7, "stav": 10, "choref": 1, "horef": 1}
_SEASON_START = {"before", "לפני", "עד", "lifnei", "ad", "תחילת", "בתחילת", "be-techilat", "techilat"}
_SEASON_END = {"after", "אחרי", "סוף", "בסוף", "be-sof", "sof", "ba-sof"}
_HOLIDAY_ALIASES = {"pesach": "passover", "seder": "passover", "rosh hashana": "rosh hashanah", "rosh ha-shana": "rosh hashanah",
                    "chanukah": "hanukkah", "xmas": "christmas",
                    "פסח": "passover", "החגים": "holidays",
                    "חגים": "holidays", "חנוכה": "hanukkah", "ראש השנה": "rosh hashanah",
                    "סוכות": "sukkot", "החג": "the holiday", "שבועות": "shavuot", "פורים": "purim",
                    "chanuka": "hanukkah", "chanukka": "hanukkah", "valentine's": "valentines",
                    "valentine's day": "valentines", "valentines day": "valentines",
                    "שנת הלימודים": "school year", "תחילת שנת הלימודים": "school year",
                    "start of school": "school year", "start of school year": "school year",
                    "start of the school year": "school year"}


_DATE_KINDS = ("month_day", "numeric_date", "day_of_month", "iso_date")


def _within(positions: list[int], low: int, high: int) -> bool:
    """Whether a sorted list holds a position from ``low`` to ``high``, both included."""
    at = bisect.bisect_left(positions, low)
    return at < len(positions) and positions[at] <= high


def find_times(text: str, today: date, israeli: bool = False) -> list[TimeMention]:
    """Every time phrase in ``text`` with the days ahead it means (past ones dropped), in text order."""
    mentions: list[TimeMention] = []
    kinds: list[str] = []
    taken: list[tuple[int, int]] = []  # spans already read, sorted and apart (looked up by bisect)
    # Patterns run in order, most specific first; a later match inside an earlier one
    # ("next month" inside "end of next month") is the same phrase and is skipped.
    has_hebrew = not text.isascii() and bool(HEBREW_LETTER.search(text))
    lowered = lower(text)  # same length, so offsets hold
    translit = transliteration_possible()
    joined = latin_hebrew(lowered) if translit else lowered
    open_gates: dict[re.Pattern[str], bool] = {}
    for kind, pattern, script, gate in _COMPILED:
        if (script == "hebrew" and not has_hebrew) or (script == "translit" and not translit):
            continue
        if gate is not None:
            if gate not in open_gates:
                open_gates[gate] = gate.search(lowered) is not None
            if not open_gates[gate]:
                continue
        for match in pattern.finditer(joined if script == "translit" else lowered):
            at = bisect.bisect_left(taken, (match.start(), match.end()))
            if (at > 0 and taken[at - 1][1] > match.start()) or (at < len(taken) and taken[at][0] < match.end()):
                continue
            taken.insert(at, (match.start(), match.end()))
            days = _days_ahead(kind, match, today, israeli)
            if kind in ("relative_ago_guard", "duration_guard", "weekday_guard", "away_guard", "past_guard") or (days is not None and days < 0):
                continue
            frame: Timeframe = "this_year" if days is None else bucket(days)
            if days == 7 and kind in _DATE_KINDS:
                frame = "this_month"  # a date a week ahead is in next week, whichever day weeks start
            mentions.append(TimeMention(match.start(), match.end(), days, frame, kind == "weekday_answer"))
            kinds.append(kind)
    # "Sunday 6 December", "Tuesday the 9th": the date says which Sunday; "next week, Monday or
    # Tuesday": the week does
    dates = sorted(m.start for m, kind in zip(mentions, kinds, strict=True) if kind in _DATE_KINDS)
    weeks = sorted(m.end for m, kind in zip(mentions, kinds, strict=True) if kind in ("next_week", "fixed:10"))
    mentions = [m for m, kind in zip(mentions, kinds, strict=True)
                if not (kind in ("weekday", "weekday_answer") and (_within(dates, m.end, m.end + 8)
                                                                   or _within(weeks, m.start - 30, m.start)))]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _numeric_date(today: date, first: int, second: int, year: str | None, day_first: bool) -> int:
    """Days to a date written in digits: day first in Israel, month first elsewhere, unless
    one of the numbers cannot be a month. -1 for what is no date or already past."""
    if first > 12 or (day_first and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return -1
    day = min(day, 28 if month == 2 else 30)
    if year:
        target = date(2000 + int(year) % 100, month, day)
    else:
        target = date(today.year, month, day)
        if target < today:
            target = date(today.year + 1, month, day)
    days = (target - today).days
    return -1 if days > 300 and not year else days


def _count(word: str | None) -> int:
    if word is None:
        return 1
    word = word.casefold().strip()
    return int(word) if word.isdigit() else _COUNT.get(word, 1)


def _days_ahead(kind: str, m: re.Match[str], today: date, israeli: bool) -> int | None:
    """Days from ``today`` to what the phrase names; None for vague "sometime"."""
    def until(day: date) -> int:
        return (day - today).days

    def group(name: str) -> Any:
        # Patterns of one kind come from several lexicons and need not share every group.
        return m.groupdict().get(name)

    if kind.startswith("fixed:"):
        return int(kind.partition(":")[2])
    if kind in ("today", "tomorrow", "this_week"):
        return {"today": 0, "tomorrow": 1, "this_week": 5}[kind]
    if kind == "next_week":
        return 10
    if kind == "end_month":
        return min(30, max(until(_month_end(today)), 8))  # the guide: this_month
    if kind == "next_month":
        return until(_next_month_start(today, 1) + timedelta(days=14))
    if kind == "end_next_month":
        return until(_month_end(_next_month_start(today, 1)))
    if kind == "end_year":
        return max(until(date(today.year, 12, 31)), 93)
    if kind == "next_year":
        return 365
    if kind == "year_named":  # a later year is this_year in the guide's terms; this year, by its end
        year = int(group("year") or group("year2"))
        return -1 if year < today.year else max(until(date(year, 1, 1)), until(date(today.year, 12, 31)), 93)
    if kind == "this_quarter":
        return 45  # "within the quarter" is the guide's own example of this_quarter
    if kind == "next_quarter":
        return until(_quarter_end(today, None, 1)) - 45
    if kind == "quarter_named":
        quarter = int(group("q") or _QUARTER_WORDS[group("qword")])
        named_year = group("qyear")
        if named_year:  # "the first quarter of 2027", "Q2 next year"
            year = int(named_year) if named_year.isdigit() else today.year + 1
            end = until(_month_end(date(year, quarter * 3, 1)))
        else:
            end = until(_quarter_end(today, quarter))
        part = (group("qpart") or "in").casefold()
        part = _QUARTER_PARTS_HE.get(part, part)
        if part in ("end of", "late"):
            return end
        if part in ("start of", "beginning of", "before", "early"):
            return end - 91  # the quarter's first day
        return end - 45
    if kind == "relative":
        high = group("n2")
        n = _count(high) if high else _count(group("n"))  # a range counts by its upper end
        return n * _UNIT_DAYS[group("unit").casefold()]
    if kind in ("weekday", "weekday_answer"):
        if (group("wnext") or "").casefold() in ("next", "הבא", "haba", "ha-ba"):
            return 10  # "next Tuesday" is next week, which the guide puts in this_month
        return (_WEEKDAY_NUMBER[group("wd").casefold()] - today.weekday()) % 7 or 7
    if kind == "month_day":
        month = MONTHS[(group("mon") or group("mon2") or group("mon3")).casefold()]
        day_word = group("dayw") or group("dayw2") or group("dayw3")
        day_of_month = min(_ORDINALS[day_word] if day_word else int(group("day") or group("day2")), 28)
        target = date(today.year, month, day_of_month)
        if target < today:
            target = date(today.year + 1, month, day_of_month)
        days = until(target)
        return -1 if days > 300 else days
    if kind == "week_next_month":
        return until(_next_month_start(today, 1)) + {"first": 1, "second": 8, "third": 15}.get(
            group("npart").casefold(), 25)
    if kind == "month_year":
        month, year = MONTHS[group("mon").casefold()], int(group("year"))
        return -1 if (year, month) < (today.year, today.month) else until(date(year, month, 15))
    if kind == "iso_date":
        try:
            return until(date(int(group("iy")), int(group("im")), int(group("id"))))
        except ValueError:
            return -1  # no such day
    if kind == "numeric_date":
        return _numeric_date(today, int(group("a")), int(group("b")), group("y"), israeli)
    if kind == "day_of_month":
        day_of_month = min(int(group("dom") or group("dom2") or group("dom3")), 28)
        target = today.replace(day=day_of_month)
        if target < today:  # "by the 20th" on the 25th means next month's 20th
            target = _next_month_start(today, 1).replace(day=day_of_month)
        return until(target)
    if kind == "half_of_month":
        first = _named_month(today, MONTHS[group("hmon").casefold()], "start") - timedelta(days=6)
        return until(first) + (7 if group("hpart").casefold() == "first" else 20)
    if kind == "week_of_month":
        first = _named_month(today, MONTHS[group("wmon").casefold()], "start")
        offset = {"first": 3, "second": 10, "third": 17, "הראשון": 3, "השני": 10, "השלישי": 17}.get(
            group("wpart").casefold(), 25)
        return until(first) + offset
    if kind == "month_only":  # Hebrew "באוקטובר", "עד אוקטובר"
        whole = m.group(0)
        part = ("end" if any(word in whole for word in ("סוף", "נגמר", "sof")) else "start" if any(
                    word in whole for word in ("תחילת", "tchilat", "techilat", "thilat")) else "by" if whole.startswith(
                    ("עד", "לפני", "ad ", "lifn")) else "in")
        days = until(_named_month(today, MONTHS[group("mon3")], part))
        return -1 if days > 300 else days
    if kind == "month_named":
        part = (group("part").casefold().split() or ["in"])[0]
        days = until(_named_month(today, MONTHS[group("mon").casefold()], part))
        # A month ten or more months away is almost always one just past ("bought it in March").
        return -1 if days > 300 else days
    if kind == "season":
        month = _SEASON_MONTH[group("season").casefold()]
        start = date(today.year if month >= today.month else today.year + 1, month, 1)
        words = set(re.findall(r"[\w-]+", m.group(0).casefold()))
        if "next" in words and (start - today).days < 60:  # "next spring" said in April
            start = start.replace(year=start.year + 1)
        # before or at the start of the season: its start; after or at its end: about
        # when it ends; else its middle
        if words & _SEASON_START:
            return until(start)
        return until(start) + (90 if words & _SEASON_END else 30)
    if kind == "holiday":
        name = group("hol").casefold().strip()
        day = _holiday(today, _HOLIDAY_ALIASES.get(name, name), israeli)
        after = m.group(0).casefold().startswith(("after", "right after", "אחרי"))
        return until(day) + (21 if after else 0)
    return None  # vague
