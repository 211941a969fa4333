"""Money: find the amounts a customer states and convert them to the profile currency.

Handles digits with separators (15,000 / 15.5k), multipliers (k, thousand, grand, m,
million, אלף, מיליון), number words ("fifteen thousand", "half a million", "עשרים אלף"),
ranges (upper end counts), bounds ("up to", "at least", "under"), recurring periods
(a year of it) and currencies ($, USD, NIS, ILS, ₪, shekels, ש"ח, EUR, €, £).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from leadqual.extractors.rules.timeframes import MONTH_WORD_EN, MONTHS

# Rough rates to USD; the guide asks for a rough current rate, not a live one.
USD_RATES: dict[str, float] = {"USD": 1.0, "ILS": 1 / 3.7, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73,
                               "PHP": 1 / 56}

_CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
    "dolar": "USD", "dolarim": "USD",
    "₪": "ILS", "nis": "ILS", "ils": "ILS", "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS",
    'ש"ח': "ILS", "ש״ח": "ILS", "שח": "ILS", "שקל": "ILS", "שקלים": "ILS", "ש'ח": "ILS",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "php": "PHP", "₱": "PHP", "pesos": "PHP",
    "יורו": "EUR", "אירו": "EUR", "פאונד": "GBP", "פאונדים": "GBP", "ליש\"ט": "GBP", "ליש״ט": "GBP",
    "דולר": "USD", "דולרים": "USD",
}
_MULTIPLIERS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "grand": 1e3, "g": 1e3, "אלף": 1e3, "אלפים": 1e3, "אל": 1e3,
    "elef": 1e3, "alaf": 1e3, "alafim": 1e3,  # transliterated Hebrew
    "m": 1e6, "mil": 1e6, "million": 1e6, "mn": 1e6, "מיליון": 1e6,
}
_WORD_VALUES: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2, "few": 3, "several": 5,
    "half": 0.5,
    # Hebrew number words (feminine and construct forms as they appear before אלף).
    "אחד": 1, "שניים": 2, "שני": 2, "שתי": 2, "שלוש": 3, "שלושה": 3, "שלושת": 3, "ארבע": 4,
    "ארבעה": 4, "ארבעת": 4, "חמש": 5, "חמישה": 5, "חמשת": 5, "שש": 6, "שישה": 6, "ששת": 6,
    "שבע": 7, "שבעה": 7, "שבעת": 7, "שמונה": 8, "שמונת": 8, "תשע": 9, "תשעה": 9, "תשעת": 9,
    "עשר": 10, "עשרה": 10, "עשרת": 10, "עשרים": 20, "שלושים": 30, "ארבעים": 40,
    "חמישים": 50, "שישים": 60, "שבעים": 70, "שמונים": 80, "תשעים": 90, "חצי": 0.5,
    "כמה": 3,
}
_PERIOD_FACTORS: dict[str, float] = {
    "month": 12, "mo": 12, "monthly": 12, "mth": 12, "year": 1, "yr": 1, "annum": 1,
    "annually": 1, "yearly": 1, "week": 52, "wk": 52, "weekly": 52,
    "לחודש": 12, "בחודש": 12, "חודשי": 12, "לשנה": 1, "בשנה": 1, "לשבוע": 52,
    "lachodesh": 12, "bachodesh": 12, "lechodesh": 12, "lashana": 1, "bashana": 1,
    "la chodesh": 12, "ba chodesh": 12, "le chodesh": 12, "la shana": 1, "ba shana": 1,
}

_NUM = (r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d+)?"
        # "3 000 euros": thousands apart by a space, only when a currency follows
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?=\s?(?:euros?|eur|€|nis|ils|₪|shekels?|dollars?|usd|\$|ש))"
        r"|\d+(?:\.\d+)?")
_CUR_PRE = r"us\$|ca?\$|\$|₪|€|£|₱|usd|nis|ils|eur|gbp|cad|php"
_CUR_POST = (
    r"dollars?|dolar(?:im)?|bucks|usd|shekels?|sheqel|nis|ils|₪|euros?|eur|€|pounds|gbp|cad|php|pesos|\$"
    r"|ש[\"״']ח|שח(?!\w)|שקלים|שקל|יורו|אירו|דולרים|דולר|פאונדים|פאונד|ליש[\"״]ט"
)
_MULT = r"k|thousand|grand|g|m|mil|million|mn|alafim|alaf|elef|אלפים|אלף|מיליון"
_WORDS = "|".join(sorted((w for w in _WORD_VALUES if w.isascii()), key=len, reverse=True))
# "save a few shekels", "a couple of bucks": idioms, not amounts
_VAGUE_WORDS = ("couple", "few", "several")
_EXACT_WORDS = "|".join(sorted((w for w in _WORD_VALUES if w.isascii() and w not in _VAGUE_WORDS),
                               key=len, reverse=True))
_HE_WORDS = "|".join(sorted((w for w in _WORD_VALUES if not w.isascii()), key=len, reverse=True))
# (the repeats are bounded: "a a a a ..." tried at every word would otherwise cost the square of its length)
_WORD_NUMBER = (
    rf"(?:(?:{_WORDS})(?:[\s-]+(?:and[\s-]+)?(?:{_WORDS}|hundred)){{0,6}}[\s-]+(?:thousand|grand|million|hundred)"
    rf"|(?<!\ba )(?<!\bfew )(?:{_EXACT_WORDS})(?=[\s-]+(?:dollars|bucks|shekels|euros|pounds)\b)"
    rf"|(?:ו?(?:{_HE_WORDS})\s+){{1,6}}(?:אלף|אלפים|מיליון)|אלפיים|מיליון|(?<![\w\d])אלף(?![\w])"
    rf"|חצי\s+מיליון)"
)
# A word character that is not a Hebrew letter: phone typing glues Hebrew words to figures
# ("מקסימום3000", "8000דולר", "עד15אלף"), which still stand apart as words.
_LATIN_WORD = r"[^\W\u0590-\u05ff]"
_AMOUNT = re.compile(
    rf"(?<!{_LATIN_WORD})(?<![\d.][.,])(?<!^[.,])(?P<cur1>{_CUR_PRE})?\s?"
    rf"(?:(?P<n1>{_NUM})\s?(?P<m1>{_MULT})?(?!{_LATIN_WORD})|(?P<w1>{_WORD_NUMBER}))"
    rf"(?:\s?(?P<plus>\+))?"
    rf"(?:\s?(?P<cur2>{_CUR_POST})(?![\w]))?"
    rf"(?:\s?(?:-|–|to|and|or|עד|ל-?|או)\s?(?P<cur3>{_CUR_PRE})?\s?"
    rf"(?:(?P<n2>{_NUM})\s?(?P<m2>{_MULT})?(?![\w])|(?P<w2>{_WORD_NUMBER}))"
    rf"(?:\s?(?P<cur4>{_CUR_POST})(?![\w]))?)?",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"^\s*(?:(?:/|per|a|an|each|every|a\s+single)\s*(?P<p1>month|mo|mth|year|yr|annum|week|wk)\b"
    r"|(?P<p2>monthly|yearly|annually|weekly)\b|(?P<p3>לחודש|בחודש|לשנה|בשנה|לשבוע|חודשי)"
    r"|(?P<p4>(?:la|ba|le)[- ]?chodesh|(?:la|ba)[- ]?shana)\b)",
    re.IGNORECASE,
)
_PREFIX_ON_DIGITS = re.compile(r"(?<![\w])[מבלכו](?=\d)")
_MONTHLY_BEFORE = re.compile(r"(?:\bmonthly|\bper month|\ba month|חודשי|לחודש)"
                             r"\s*(?:budget|spend|תקציב)?\s*[:=]?\s*"
                             r"(?:of|is|about|around|approx\.?|~)?\s*$", re.IGNORECASE)
# "for all 120", "380 a head for six": a count, not money
_COUNT_BEFORE = re.compile(r"\bfor (?:all |the |all the )?$", re.IGNORECASE)
_FOR_COUNT = re.compile(r"^\s*,?\s*for (?:all |the |all the )?(\d{1,5}|" + "|".join(
    w for w in _WORD_VALUES if w.isascii() and _WORD_VALUES[w] >= 2 and w not in ("couple", "few", "several"))
    + r")\b", re.IGNORECASE)
_PER_HEAD = re.compile(r"^\s*(?:/|per|a|each|for each)\s*(?P<unit>staff member|[a-z][a-z-]+)\b",
                       re.IGNORECASE)
# "4$ לעובד לחודש", "le-oved": Hebrew per-head prices, by the unit they count
_PER_HEAD_HE = re.compile(r"^\s*(?:ל|לכל\s+)(?P<unit>עובד|עובדת|משתמש|משתמשת|עמדה|סניף|חדר|יחידה|מזגן)(?!\w)"
                          r"|^\s*(?:le-?|la-?|lekol )(?P<unit2>oved|ovedet|mishtamesh|emda|snif)\b")
# "40 עובדים", "30 ovdim", "40 meavtechim be-mishmarot": a Hebrew headcount
_HEADCOUNT_HE = re.compile(
    r"(?<![\d.,])(\d{1,5})\s+(?:\S+\s+){0,2}?(?:עובדים|עובדות|משתמשים|סניפים|חדרים|יחידות|מזגנים|אנשים|"
    r"ovdim|ovdot|anashim|snifim|mishtamshim|meavtechim|shlichim|nehagim)(?!\w)", re.IGNORECASE)
# Known units count any headcount ("$3 a seat", "40 employees"); another noun counts only
# its own number ("two dollars per officer" with "400 officers").
_KNOWN_UNITS = frozenset({"user", "seat", "employee", "person", "head", "location", "staff member", "worker",
                          "unit", "room", "chair", "desk", "piece", "item", "ac", "system"})
_NOT_UNITS = frozenset({"hour", "day", "week", "month", "year", "visit", "time", "lot", "bit", "few"})
# A count of something, not a price: "40 (hourly) employees", never "$3 per user".
_COUNT = r"(?<![$€£₪\d.,])\b(\d{1,5})"
_WORD_BETWEEN = r"(?:(?!per\b|an?\b|each\b)[\w-]+\s+)"
_HEADCOUNT = re.compile(
    _COUNT + r"(?:\s+|-)" + _WORD_BETWEEN + r"{0,4}?"
    r"(?:users|seats|employees|staff|people|person|workers|locations|branches|team members|nurses|"
    r"drivers|agents|units|rooms|chairs|desks|pieces|items|systems|pickers|cooks|servers|caregivers|"
    r"cleaners|guards|technicians|stools|beds|tables|patients|students|guys|crew members|ppl|bakers|"
    r"baristas|officers|riders|aides|carers|staff)\b"
    r"|\bfor all (\d{1,5})\b",
    re.IGNORECASE,
)
# Numbers followed by these are quantities, not money (unless a currency is written).
_UNIT_AFTER = re.compile(
    r"^\s*(?:sq|square|m2|sqm|mÂ²|m²|meters?|metres?|feet|ft|degrees?|°|rooms?|bedrooms?|units?|"
    r"employees?|users?|people|persons?|staff|seats?|workers|locations?|branches|stores?|shops?|"
    r"years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|pcs|pieces|items|chairs|tables|"
    r"beds|kg|%|percent|btu|hp|kw|floors?|apartments?|followers|visitors|patients|clients|"
    r"customers|teeth|tooth|x\b|am\b|pm\b|o'?clock|of (?:us|them)|kids|children|"
    r"subscribers|likes|views|ppl|guests|ovdim|anashim|yechidot|"
    r"on (?:insta\w*|ig|tiktok|youtube|facebook|fb)\b|"
    # "30 guest rooms", "12 hourly workers": a count with a word before its noun
    r"[a-z]+(?:-[a-z]+)?\s+(?:rooms|units|employees|workers|chairs|tables|beds|patients|guests|people|staff)\b|"
    r"מטר|מ\"ר|מעלות|חדרים|עובדים|שנים|חודשים|ימים|שעות|אנשים|יחידות|מזגנים|כיסאות|"
    r"עוקבים|לקוחות)",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"^\s*(?:in total|total|all in|altogether|overall)\b", re.IGNORECASE)
_CAP_AFTER = re.compile(r"^\s*(?:max(?:imum)?|tops|at most|or less|and not a (?:shekel|dollar|cent) more)\b",
                        re.IGNORECASE)
_PHONE = re.compile(r"\d{7}|^0\d{1,2}-\d")  # "052-7781123" is a phone number, not a range
_BUDGET_BEFORE = re.compile(r"\b(?:budget|spend|pay|afford)(?: is| of| would be|'s)?"
                            r"(?: like| about| around| roughly| maybe| approx\.?)?\s*$", re.IGNORECASE)
_MONTH_NAMES = f"(?:{MONTH_WORD_EN})"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAMES}\.?\s+$", re.IGNORECASE)
_MONTH_NAMES_HE = "(?:" + "|".join(m for m in MONTHS if not m.isascii()) + ")"
# "5th of June", "1 באפריל": a day of a month, not an amount
_MONTH_AFTER = re.compile(rf"^(?:(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}\b"
                          rf"|\s*[בל]-?\s?{_MONTH_NAMES_HE}(?!\w))", re.IGNORECASE)
_BOUND_BEFORE = re.compile(
    r"(?P<upper>up to|upto|max(?:imum)?|no more than|not more than|at most|tops|cap(?:ped)? at|"
    r"ceiling of|limit of|עד|מקסימום|לא יותר מ-?|\bad)\s*$"
    r"|(?P<below>under|less than|below|לפחות מ|פחות מ-?)\s*$"
    r"|(?P<lower>at least|minimum|min|more than|over|from|starting at|upwards of|above|לפחות|מעל)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A money mention: its value in the profile currency (a year of a recurring amount)."""

    value: float
    start: int
    end: int
    explicit: bool
    """Written with a currency or a multiplier: clearly money, whatever the context."""
    factor: float = 1.0
    """What the number said was multiplied by: 12 for "a month", the headcount of "per seat"."""
    recurring: bool = False
    """A period or a unit was said with it ("a month", "a year", "per seat")."""
    said: float = 0.0
    """The number as written, before any multiplying or converting."""


def _number(digits: str | None, multiplier: str | None, words: str | None) -> float | None:
    if words:
        return _words_value(words)
    if digits is None:
        return None
    value = float(re.sub(r"[,\s\u00a0\u202f]", "", digits))
    if multiplier:
        value *= _MULTIPLIERS.get(multiplier.casefold(), 1.0)
    return value


def _words_value(words: str) -> float | None:
    tokens = re.findall(r"[\w]+", words.casefold().replace("-", " "))
    if tokens in (["אלפיים"],):
        return 2000.0
    # "a couple", "a few", "half a million": the article is not a one.
    tokens = [t for i, t in enumerate(tokens) if t not in ("a", "an") or ((
        i + 1 < len(tokens) and (tokens[i + 1] in _MULTIPLIERS or tokens[i + 1] == "hundred"))
        and not (i > 0 and tokens[i - 1] == "half"))]
    total, current = 0.0, 0.0
    previous = ""
    for token in tokens:
        token = token.removeprefix("ו") if token not in _WORD_VALUES else token
        previous, was = token, previous
        if token in ("and", "of"):
            continue
        if token == "hundred":
            current = (current or 1) * 100
        elif token in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[token]
            current = 0.0
        elif token in _WORD_VALUES:
            value = _WORD_VALUES[token]
            # "two and a half" adds a half; "one half" or "three half" would be odd
            current = current * value if value == 0.5 and current and was != "and" else current + value
    total += current
    return total or None


def _currency(*marks: str | None) -> str | None:
    for mark in marks:
        if mark:
            return _CURRENCY_WORDS.get(mark.casefold().replace(" ", ""))
    return None


def convert(value: float, currency: str, target: str) -> float:
    """Convert between currencies at rough rates; unknown currencies pass through."""
    if currency == target or currency not in USD_RATES or target not in USD_RATES:
        return value
    return value * USD_RATES[currency] / USD_RATES[target]


def find_amounts(text: str, target_currency: str, full_text: str | None = None) -> list[Amount]:
    """Every money mention in ``text``, converted to ``target_currency``, in text order.

    ``full_text`` is where headcounts for per-seat prices are looked up (the whole
    customer text); defaults to ``text``.
    """
    found: list[Amount] = []
    previous: tuple[float, int] | None = None  # (value, end) of the last amount with a multiplier
    # "לא יותר מ1500", "ב2000": a Hebrew prefix letter on the number (blanked: same offsets)
    scan = _PREFIX_ON_DIGITS.sub(" ", text) if not text.isascii() else text
    for match in _AMOUNT.finditer(scan):
        g = match.groupdict()
        low = _number(g["n1"], g["m1"], g["w1"])
        high = _number(g["n2"], g["m2"], g["w2"])
        if low is None:
            continue
        # "10-15k": the second number's multiplier applies to the first.
        if high is not None and g["m2"] and not g["m1"] and low < high / 100:
            low *= _MULTIPLIERS.get(g["m2"].casefold(), 1.0)
        currency_mark = _currency(g["cur1"], g["cur2"], g["cur3"], g["cur4"])
        if not currency_mark and any(m and m.casefold() in ("m", "g") for m in (g["m1"], g["m2"])):
            continue  # "3 m of piping", "5 g": a unit, unless a currency says it is money
        rest = text[match.end():match.end() + 200]  # what follows the figure (bounded: linear in the text)
        explicit = bool(currency_mark or g["m1"] or g["m2"] or g["w1"] or g["w2"] or _TOTAL_AFTER.match(rest))
        if not currency_mark and _UNIT_AFTER.match(rest):
            continue
        bound = _BOUND_BEFORE.search(text[max(0, match.start() - 20):match.start()])
        capped = (bool(bound and bound.group("upper")) or bool(_CAP_AFTER.match(rest))
                  or bool(_BUDGET_BEFORE.search(text, max(0, match.start() - 30), match.start())))
        if not explicit and _YEAR_BEFORE.search(text, max(0, match.start() - 12), match.start()) and (
                _YEAR.fullmatch(match.group(0).strip())):
            continue  # "we'll do it in 2028", "לתקציב של 2028": a year, even beside budget words
        # "2000 max", "my budget is like 2000": a limit, not a year; "in 2019" stays a year.
        if (g["n1"] and not explicit and (high is None or _PHONE.search(match.group(0))) and not capped
                and _looks_like_date_or_phone(text, match)):
            continue
        if not explicit and _AGE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "I'm 16", "בן 71": an age
        if not explicit and _COUNT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "$4 per user, for all 120": the count of users
        if not explicit and (_MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start())
                             or _MONTH_AFTER.match(rest)):
            continue  # "june 5", "5th of June": a date
        # "9k, maybe stretch to 11": a bare small number right after thousands is thousands.
        if (not explicit and previous and high is None and low < 1000
                and match.start() - previous[1] < 40 and 0.3 <= low * 1000 / previous[0] <= 5):
            low, explicit = low * 1000, True
        if g["m1"] or g["m2"] or g["w1"] or g["w2"]:
            previous = ((high if high is not None else low), match.end())
        value = high if high is not None else low
        if bound and bound.group("below"):
            value -= 1  # "under 5k" is just under 5,000
        factor, recurring = _period_factor(rest, full_text or text)
        if not recurring and _MONTHLY_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            factor, recurring = 12.0, True
        found.append(Amount(
            convert(value * factor, currency_mark or target_currency, target_currency),
            match.start(), match.end(), explicit, factor, recurring, value,
        ))
    return found


def _period_factor(rest: str, full_text: str) -> tuple[float, bool]:
    """A year of a recurring amount, times the headcount of a per-seat price; and whether
    a period or a unit was said at all."""
    factor = 1.0
    seen_period = seen_head = False
    for _ in range(2):  # "per user per month" and "a month per user" both occur
        period = None if seen_period else _PERIOD.match(rest)
        if period:
            word = (period.group("p1") or period.group("p2") or period.group("p3")
                or period.group("p4")).casefold().replace("-", "")
            factor *= _PERIOD_FACTORS.get(word, 1.0)
            rest, seen_period = rest[period.end():], True
            continue
        hebrew_head = None if seen_head else _PER_HEAD_HE.match(rest)
        if hebrew_head:
            heads = _HEADCOUNT_HE.search(full_text)
            factor *= int(heads.group(1)) if heads else 1
            rest, seen_head = rest[hebrew_head.end():], True
            continue
        per_head = None if seen_head else _PER_HEAD.match(rest)
        unit = per_head.group("unit").casefold() if per_head else ""
        if per_head and unit not in _NOT_UNITS:
            counted = _FOR_COUNT.match(rest[per_head.end():])  # "380 a head for six"
            if counted:
                word = counted.group(1).casefold()
                factor *= int(word) if word.isdigit() else _WORD_VALUES[word]
            else:
                heads = _headcount(unit, full_text)
                if heads is None and unit not in _KNOWN_UNITS:
                    break
                factor *= int(heads.group(1) or heads.group(2)) if heads else 1
            rest, seen_head = rest[per_head.end():], True
    return factor, seen_period or seen_head


@functools.lru_cache(maxsize=64)
def _headcount(unit: str, full_text: str) -> re.Match[str] | None:
    """How many of ``unit`` the customer has ("120 cleaners"), or any headcount for a known
    unit; cached, since every per-seat price in a text asks the same question of it."""
    own = re.search(rf"{_COUNT}\s+{_WORD_BETWEEN}{{0,2}}{re.escape(unit)}s?\b", full_text, re.IGNORECASE)
    return own or (_HEADCOUNT.search(full_text) if unit in _KNOWN_UNITS else None)


_YEAR = re.compile(r"20[2-3]\d")
_AGE_BEFORE = re.compile(r"(?:\bi'?m|\bi am|\bim|\baged?|(?<!\w)(?:בן|בת|גיל|בגיל))\s*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|by|until|till|before|during|for|of)\s+|(?<!\w)(?:ב-?|בשנת\s+|של\s+|עד\s+))$", re.IGNORECASE)


def _looks_like_date_or_phone(text: str, match: re.Match[str]) -> bool:
    around = text[max(0, match.start() - 1):match.end() + 1]
    digits = re.sub(r"\D", "", match.group(0))
    return len(digits) >= 7 or bool(re.search(r"\d[/:]\d|\d[/:]|[/:]\d", around)) or (
        len(digits) == 4 and digits.startswith(("19", "20")) and "," not in match.group(0)
    )
