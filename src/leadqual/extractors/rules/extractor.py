"""The offline rules extractor: BANT signals from the customer's words, no network.

Each signal is read clause by clause from the customer's text, so every quote is a
verbatim span; the agent's previous message only gives a short answer its meaning
("Agent: are you the owner? Customer: yes").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

from leadqual.conversation import Conversation, Message
from leadqual.extractors.base import Extraction
from leadqual.extractors.rules import lexicon_he as he
from leadqual.extractors.rules.cues import (
    ABOUT_THIRD,
    ACCEPTS_PRICE,
    AGENT_DECLINES,
    AGENT_OFFERS,
    AGENT_PRICE,
    AGO_AFTER,
    AND_BEFORE,
    ASIDE,
    ASKS_ABOUT_OFFER,
    AUTHORITY_QUESTION,
    AUTHORITY_SELF,
    BACK_IN,
    BROWSING,
    BUDGET_QUESTION,
    BUDGET_STATEMENT,
    DEADLINE_BEFORE,
    DESTINATION_BEFORE,
    DM_NEGATED_SELF,
    DM_OTHER,
    DM_SELF,
    DM_SELF_LOOSE,
    FORM_ANSWER,
    FORM_CHOICES,
    FORM_MARK,
    FORM_NO,
    FORM_QUESTION_END,
    FORM_WHO,
    FORM_YES,
    HEBREW_LETTER,
    HEBREW_NOT_DECIDES,
    HOME_BEFORE,
    LAST_SENTENCE,
    LATEST_AFTER,
    NEED_VERBS,
    NEGATIVE_QUESTION,
    NO_ANSWER,
    NO_NEED_BEFORE,
    NOT_A_CUSTOMER,
    NOT_CONCERNED,
    NOT_URGENT,
    NOWADAYS,
    OPENING_HOURS,
    OTHER_ANSWER,
    OTHERS_PRICE,
    OTHERS_QUESTION,
    OWNER_ANSWER,
    PAST_EVENT,
    PLACE_BEFORE_YES,
    PLAN_AT,
    PREFERRED_AFTER,
    PREFERRED_BEFORE,
    PRICE_CHECK,
    PRICE_CONCERN_QUESTION,
    PRICE_ECHO,
    PRICE_OK,
    PRICE_SENSITIVE,
    PRICE_TAKEN,
    RED_FLAGS,
    REPLY_BEFORE,
    REQUEST,
    ROLE_CONTEXT,
    ROLE_WORDS,
    RULED_OUT,
    SAVING_BEFORE,
    SELF_ANSWER,
    SPEAKER_BEFORE,
    THEIR_COSTS,
    THOUSAND_WORD,
    THOUSANDS_AFTER,
    THOUSANDS_ASKED,
    TIME_WORD,
    TRANSCRIPT_LABEL,
    TRAVEL_BEFORE,
    TWO_ASKS,
    URGENT,
    WITHOUT,
    YES_ANSWER,
    ZERO_BUDGET,
)
from leadqual.extractors.rules.money import Amount, find_amounts
from leadqual.extractors.rules.places import places_in, resolve_area
from leadqual.extractors.rules.profile_patterns import ProfilePatterns, profile_patterns
from leadqual.extractors.rules.text import (
    NEGATION,
    TRANSLITERATION_MARKERS,
    Clause,
    clauses,
    negated_before,
    transliteration,
    transliteration_possible,
    unquoted,
)
from leadqual.extractors.rules.timeframes import TimeMention, add_patterns, find_times
from leadqual.profile import Profile
from leadqual.signals import (
    Authority,
    Budget,
    Fit,
    Need,
    Sensitivity,
    Signals,
    Timeframe,
    Timeline,
    bucket_for,
)

add_patterns(he.TIME_PATTERNS)


@dataclass
class _Reading:
    """The conversation split into clauses that never cross a turn, plus context."""

    conversation: Conversation
    profile: Profile
    items: list[tuple[Clause, int]] = field(default_factory=list)
    """(clause with offsets in customer_text, index of its turn)."""

    def __post_init__(self) -> None:
        for index, turn in enumerate(self.conversation.turns):
            for c in clauses(turn.text):
                self.items.append((Clause(turn.start + c.start, turn.start + c.end, c.text), index))

    @cached_property
    def text(self) -> str:
        return self.conversation.customer_text

    @cached_property
    def today(self) -> date:
        received = self.conversation.received_at or datetime.now(UTC)
        return received.date()

    @cached_property
    def patterns(self) -> ProfilePatterns:
        return profile_patterns(self.profile)

    def first_clause_of_turn(self, index: int) -> Clause | None:
        return next((c for c, t in self.items if t == index), None)

    def next_clause_of_turn(self, clause: Clause, index: int) -> Clause:
        """The clause after ``clause`` in turn ``index``, or ``clause`` when it is the last."""
        return next((c for c, t in self.items if t == index and c.start > clause.start), clause)


class RulesExtractor:
    """Reads BANT signals with regular patterns: English and Hebrew, offline, ~ms per lead."""

    name = "rules"

    def __init__(self, **options: Any) -> None:
        # Options such as --model mean nothing to rules; accepted so one CLI fits all.
        self.options = options

    def extract(self, conversation: Conversation, profile: Profile) -> Extraction:
        """Read one conversation against a business profile."""
        agent_said = "\n".join(m.text for m in conversation.messages if m.role == "agent")
        conversation = Conversation(tuple(
            Message(m.role, unquoted(m.text, agent_said)) if m.role == "customer" else m
            for m in conversation.messages), conversation.received_at)
        everything = " ".join(message.text for message in conversation.messages)
        # str.lower, not the cached lower(): that cache is for clauses, which many lexicons read
        lowered = everything.lower()
        possible = bool(HEBREW_LETTER.search(everything) or TRANSLITERATION_MARKERS.search(lowered))
        with transliteration(possible):
            reading = _Reading(conversation, profile)
            red_flags, not_a_customer = _red_flags(reading)
            budget = _budget(reading)
            if not_a_customer and budget.amount != 0:
                # A vendor's discount or a job seeker's salary is no budget to buy with; a
                # student who wants it free does state one (zero).
                budget = Budget()
            signals = Signals(
                budget=budget,
                authority=_authority(reading),
                need=_need(reading, not_a_customer),
                # a job seeker's start date or a vendor's offer deadline is no time to buy; only
                # their saying they are just looking (a student's research) still says something
                timeline=_not_buying(_timeline(reading)) if not_a_customer else _timeline(reading),
                red_flags=red_flags,
            )
        return Extraction(signals)


# --- Budget ---------------------------------------------------------------------------------

def _budget(r: _Reading) -> Budget:
    currency = r.profile.currency
    amounts: list[tuple[int, float, str]] = []  # (position, value, quote)
    others: list[tuple[int, float]] = []
    quotes: list[str] = []
    turns = r.conversation.turns
    recurring: Amount | None = None  # the customer's last amount said per month, per seat...
    scale = 0.0  # the last figure in thousands, the customer's or the agent's
    # the prices the agent named before each customer turn (once per turn, not per clause)
    turn_prices = [_agent_prices(t.after_agent, currency, r.text) if t.after_agent else [] for t in turns]
    for clause, index in r.items:
        after = turns[index].after_agent or ""
        # "around 35 for furniture. thousand obviously": the unit said after the number
        if amounts and THOUSANDS_AFTER.match(clause.text) and amounts[-1][1] < 1000:
            position, value, said = amounts.pop()
            amounts.append((position, value * 1000, said))
        found = find_amounts(clause.text, currency, r.text)
        agent_named = turn_prices[index]
        scale = max([scale, *(v for v in agent_named if v >= 1000)])
        if found:
            accepted = ACCEPTS_PRICE.search(clause.text)
            # "Agent: 380 per person. / Customer: 380 a head for six, ok that's fine by me"
            takes_offer = bool(agent_named) and any(
                ACCEPTS_PRICE.search(c.text) for c, i in r.items if i == index)
            thousands_asked = THOUSANDS_ASKED.match(after) is not None  # "Thousand shekels?" / "yes, 35"
            context = BUDGET_STATEMENT.search(clause.text) or BUDGET_QUESTION.search(after) \
                or BUDGET_QUESTION.search(clause.text) or PRICE_OK.match(clause.text) or takes_offer \
                or thousands_asked
            for amount in found:
                # whose price it is, read in the part of the clause the amount stands in
                # ("not paying more than 500, the last guy charged 650")
                # (at most 80 characters either side: a clause of a thousand figures stays linear)
                end = clause.text.find(",", amount.end, amount.end + 80)
                start = max(clause.text.rfind(",", 0, amount.start) + 1, amount.start - 80)
                part = clause.text[start:end if end >= 0 else amount.end + 80]
                by_others = OTHERS_PRICE.search(part) and not accepted
                # a price someone else names needs no currency: "the website says 18,000"
                if not amount.explicit and not context and not (by_others and amount.value >= 100):
                    continue
                if SAVING_BEFORE.search(clause.text, max(0, amount.start - 14), amount.start):
                    continue  # "rather than saving a few hundred": not what they will spend
                value = amount.value
                # "20-something thousand, we've got 25 put aside"
                if not amount.explicit and value < 1000 and (
                        thousands_asked or THOUSAND_WORD.search(clause.text, 0, amount.start)):
                    value *= 1000
                # "around 100 a month, could stretch to 150", "1,500 לחודש ... בעצם עד 2,000":
                # a figure of the same size right after a monthly one is monthly too
                if (recurring and not amount.recurring and not by_others and recurring.said
                        and 0.5 <= amount.said / recurring.said <= 3):
                    value *= recurring.factor
                if amount.recurring and not by_others:
                    recurring = amount
                # "thinking around 30k ... actually up to 35", "Agent: 32,000 / 32 is fine"
                if ((not amount.explicit or value < 100) and value < 1000 and scale
                        and 0.3 <= value * 1000 / scale <= 5):
                    value *= 1000
                if value >= 1000 and not by_others:
                    scale = value
                if by_others:
                    others.append((clause.start + amount.start, value))
                else:
                    amounts.append((clause.start + amount.start, value, clause.text))
        elif (others and ACCEPTS_PRICE.search(clause.text) and clause.start > others[-1][0]
              and not AUTHORITY_QUESTION.search(after)):  # "yes" to "is the flat yours?" takes no price
            amounts.append((clause.start, others[-1][1], clause.text))
    # "Agent: it would be about 8,000. Customer: yes, that works" makes 8,000 the budget;
    # the price may sit one agent message back ("It includes the piping." / "ok, that works").
    offered: float | None = None
    quoted: float | None = None  # the agent's last price, however long ago
    attitude: tuple[Sensitivity, str] | None = None  # from answers to the agent
    concern_asked = False
    index = -1
    for message in r.conversation.messages:
        if message.role == "agent":
            named = _agent_prices(message.text, currency, r.text)
            if named:
                offered = quoted = named[-1]
            elif PRICE_CHECK.search(message.text):
                offered = quoted  # "Does that range work for you?": the earlier price is on the table again
            concern_asked = bool(PRICE_CONCERN_QUESTION.search(message.text))
            continue
        index += 1
        first = r.first_clause_of_turn(index)
        taken = None
        if quoted is not None:
            # "שבוע הבא. המחיר סבבה": the price named two questions back, taken by name
            taken = next((c for c, i in r.items if i == index and PRICE_TAKEN.search(c.text)), None)
        # "it starts at 1,800. Do you decide?" / "yes": the yes answers who decides, and the
        # price stays on the table for the next answer
        answers_who = bool(first and YES_ANSWER.search(first.text) and AUTHORITY_QUESTION.search(
            r.conversation.turns[index].after_agent or ""))
        if offered is not None and first and ACCEPTS_PRICE.search(first.text) and not answers_who:
            amounts.append((first.start, offered, first.text))
        elif taken is not None and quoted is not None:
            amounts.append((taken.start, quoted, taken.text))
        elif offered is not None and first and PRICE_ECHO.match(message.text):
            attitude = ("price_sensitive", first.text)  # "350?? for a filter??": the price thrown back
        if concern_asked and first:  # "Is cost a concern?" "nope"
            if NO_ANSWER.search(first.text):
                attitude = ("not_concerned", first.text)
            elif YES_ANSWER.search(first.text):
                attitude = ("price_sensitive", first.text)
        # A price the customer answered without taking is not taken by a later "yes"
        # (to "is the flat yours?").
        if not answers_who:
            offered = None
    for clause, _ in r.items:
        for match in ZERO_BUDGET.finditer(clause.text):
            amounts.append((clause.start + match.start(), 0.0, clause.text))

    sensitivity, sensitivity_quote = _sensitivity(r)
    if sensitivity == "neutral" and attitude:
        sensitivity, sensitivity_quote = attitude
    statement = next((c.text for c, _ in r.items if BUDGET_STATEMENT.search(c.text)), None)
    last = max(amounts, key=lambda a: a[0]) if amounts else None  # the last statement wins
    for quote in (last[2] if last else None, sensitivity_quote, statement):
        if quote and quote not in quotes:
            quotes.append(quote)
    mentioned = bool(last or sensitivity != "neutral" or statement)
    return Budget(
        mentioned=mentioned,
        amount_indicated=bucket_for(last[1]) if last else "unknown",
        sensitivity=sensitivity,
        quotes=quotes,
        amount=round(last[1], 2) if last else None,
        currency=currency if last else None,
    )


def _agent_prices(text: str, currency: str, customer_text: str = "") -> list[float]:
    """The prices the agent names: with a currency, or a round figure after "comes to",
    "costs"... (a per-seat price counts the seats the customer named: "4$ per guard")."""
    priced = AGENT_PRICE.search(text)
    return [a.value for a in find_amounts(text, currency, f"{text}\n{customer_text}")
            if a.explicit or (priced and a.value >= 100)]


def _sensitivity(r: _Reading) -> tuple[Sensitivity, str | None]:
    last: tuple[int, Sensitivity, str] | None = None
    # Most leads say nothing about price: one look at the whole text skips the clauses.
    calm = NOT_CONCERNED.maybe_in(r.text)
    if not (calm or PRICE_SENSITIVE.maybe_in(r.text) or ZERO_BUDGET.maybe_in(r.text)):
        return "neutral", None
    for clause, _ in r.items:
        for match in NOT_CONCERNED.finditer(clause.text) if calm else []:
            if last is None or clause.start + match.start() >= last[0]:
                last = (clause.start + match.start(), "not_concerned", clause.text)
        for match in [*PRICE_SENSITIVE.finditer(clause.text), *ZERO_BUDGET.finditer(clause.text)]:
            if negated_before(clause.text, match.start(), 4) or THEIR_COSTS.search(clause.text):
                continue
            if NOT_CONCERNED.search(clause.text):
                continue  # "price is not an issue, no need for the cheapest": one attitude
            if last is None or clause.start + match.start() > last[0]:
                last = (clause.start + match.start(), "price_sensitive", clause.text)
    return (last[1], last[2]) if last else ("neutral", None)


# --- Authority ------------------------------------------------------------------------------

def _authority(r: _Reading) -> Authority:
    self_says: list[str] = []
    other_says: list[str] = []
    not_self: list[str] = []
    for clause, _ in r.items:
        text = clause.text
        # ("Do you need approval from an insurer or anyone else?: No": a form's own question)
        if FORM_QUESTION_END.match(r.text, clause.end) and (AUTHORITY_QUESTION.search(text)
                                                             or OTHERS_QUESTION.search(text)):
            continue
        if DM_NEGATED_SELF.search(text):
            not_self.append(text)
        other = DM_OTHER.search(text)
        if other and NO_NEED_BEFORE.search(text, max(0, other.start() - 24), other.start()):
            self_says.append(text)  # "I don't need to ask my husband", "לא צריך אישור של אף אחד"
        elif other and not _negated_other(text, other):
            other_says.append(text)
        match = DM_SELF.search(text)
        # "no partners and nobody above me": a phrase that carries its own negation is not
        # negated by the one before it
        # ("כסף זה לא הבעיה ואני מחליט על עצמי": a negation before "ו..." is another clause's)
        if match and (NEGATION.search(match.group(0).removeprefix("ו"))
                      or not negated_before(text, match.start(), 3)
                      or match.group(0).startswith("ו") or AND_BEFORE.search(text, 0, match.start())) \
                and text not in not_self:
            self_says.append(text)
    for index, turn in enumerate(r.conversation.turns):
        if not turn.after_agent or not (AUTHORITY_QUESTION.search(turn.after_agent)
                                        or OTHERS_QUESTION.search(turn.after_agent)):
            continue
        first = r.first_clause_of_turn(index)
        if first is None:
            continue
        # "[הודעה קולית, 0:05] כן כן אני": a transcript's label is no part of the answer
        if first.text.lstrip().startswith("[") and "]" not in first.text:
            first = r.next_clause_of_turn(first, index)
        said = TRANSCRIPT_LABEL.sub("", first.text)
        # ("What's your name, and are you the one deciding?" / "Dana, yes": two asks in one question)
        two_questions = turn.after_agent.count("?") >= 2 or TWO_ASKS.search(turn.after_agent) is not None
        if two_questions:  # "Where are you? And is it your flat?" "פ"ת כן אחי": the place, then the answer
            said = PLACE_BEFORE_YES.sub("", said)
        # "apt. mine": a one-word aside before the answer
        answered = (YES_ANSWER.search(said) or NO_ANSWER.search(said) or SELF_ANSWER.search(said)
                    or OTHER_ANSWER.search(said))
        if len(said.split()) == 1 and not answered:
            first = r.next_clause_of_turn(first, index)
            said = first.text
        if SELF_ANSWER.search(said):
            self_says.append(first.text)
            continue
        # the question is the agent's last sentence ("...with manager approval. Are you the one?")
        question = LAST_SENTENCE.findall(turn.after_agent.strip())[-1]
        # "את בעלת הדירה או בשכירות?" "בעלת הדירה": the title, said back to a question about them;
        # to "who approves?" the same words name the landlord
        owner = OWNER_ANSWER.search(said)
        if owner:
            # ("כן, אני בעלת הדירה", "Yes, I'm the owner" name the writer whatever was asked)
            about_me = owner.group("me") or AUTHORITY_SELF.search(question)
            (self_says if about_me else other_says).append(first.text)
            continue
        if OTHER_ANSWER.search(said):  # "Who decides?" "היא. אני רק עוזר לה"
            other_says.append(first.text)
            continue
        # "tel aviv, florentin" / "rak ani, gar levad": two questions, the answer to ours later
        # in the reply (the customer's messages up to the agent's next one)
        reply = {index} | set(itertools.takewhile(
            lambda i: not r.conversation.turns[i].after_agent, range(index + 1, len(r.conversation.turns))))
        # ("למה שאצטרך לבדוק עם מישהו? 😅 אני": a rhetorical question, then the answer)
        read = ((c, SELF_ANSWER.search(TRANSCRIPT_LABEL.sub("", c.text)) is not None)
                for c, i in r.items if i in reply and c.start > first.start)
        later, later_is_self = next(((c, is_self) for c, is_self in read if is_self or (
            two_questions and not answered and (YES_ANSWER.search(c.text) or NO_ANSWER.search(c.text)))),
            (None, False))
        if later is not None and later_is_self:
            self_says.append(later.text)
            continue
        if later is not None:
            first, said = later, later.text
        yes, no = YES_ANSWER.search(said), NO_ANSWER.search(said)
        # "Are you the one who decides, or does someone else?" -> "yes" answers the first part.
        # ("Is she the one deciding?" / "yes": she is)
        asks_others = (OTHERS_QUESTION.search(question) or ABOUT_THIRD.search(question)) and not (
            (" or " in question or " או " in question) and AUTHORITY_SELF.search(question))
        # "nobody else needs to approve, right?" / "right": yes to a negative question is nobody
        negative = NEGATIVE_QUESTION.search(question) is not None
        if yes:
            (other_says if asks_others and not negative else self_says).append(first.text)
        elif no:
            (self_says if asks_others else not_self).append(first.text)
    # A web form asks and the customer fills in: "Are you the owner?: Yes"
    for message in r.conversation.messages:
        if message.role != "customer" or not FORM_MARK.search(message.text):
            continue
        for line in FORM_ANSWER.finditer(message.text):
            question, answer = line.group(1), FORM_CHOICES.sub("", line.group(2))
            asks_others = OTHERS_QUESTION.search(question) is not None
            if not (asks_others or AUTHORITY_QUESTION.search(question)):
                continue
            said = line.group(0).strip()
            yes = FORM_YES.search(answer) or YES_ANSWER.search(answer)
            # "Decision maker? N, the committee votes"; "Anyone else need to approve?: No, I own it"
            no = FORM_NO.search(answer) or NO_ANSWER.search(answer)
            if SELF_ANSWER.search(answer) or (yes and not asks_others) or (no and asks_others):
                self_says.append(said)
            elif yes or no:
                (other_says if asks_others else not_self).append(said)
            elif FORM_WHO.match(question) and re.search(r"\w{2}", answer):
                other_says.append(said)
    if not (self_says or other_says or not_self):
        self_says = [c.text for c, _ in r.items if _loosely_mine(c, r.text)][:1]
    quotes = list(dict.fromkeys([*other_says, *not_self, *self_says]))
    roles = list(dict.fromkeys(m.group(0).casefold() for q in quotes for m in ROLE_WORDS.finditer(q)))
    if other_says:
        decides: bool | None = False
    elif self_says:
        decides = True
    elif not_self:
        decides = False
    else:
        decides = None
    # "Not my decision, just looking around for him": the person is named elsewhere.
    # (not when the writer also says they decide: "N" in a form, "I decide alone" in the message)
    others = bool(other_says) or (bool(not_self) and not self_says and any(
        ROLE_WORDS.search(c.text) for c, _ in r.items if c.text not in self_says))
    return Authority(is_decision_maker=decides, mentioned_others=others,
                     role_signals=roles, quotes=quotes)


def _loosely_mine(clause: Clause, text: str) -> bool:
    """The writer and a word of deciding in one clause ("I'll be the one to say yes or no"),
    not negated, in a statement."""
    loose = DM_SELF_LOOSE.search(clause.text)
    # ("...the one to say yes or no": that "no" negates nothing)
    return bool(loose and not NEGATION.search(clause.text, 0, loose.start())
                and not NEGATION.search(loose.group(0).removesuffix("yes or no"))
                and not clause.is_question(text))


def _negated_other(text: str, other: re.Match[str]) -> bool:
    """True when the person or body named as deciding is negated ("nobody else has to
    approve"); but "nothing gets booked without her ok" is her, and in "זו לא החלטה שלי:
    ההנהלה מחליטה" the negation is the writer's."""
    start = other.start()
    if HEBREW_NOT_DECIDES.search(text, start, other.end() + 16):  # "ההורים לא מחליטים לי כלום"
        return True
    cut = text.rfind(":", 0, start) + 1
    return (negated_before(text[cut:], start - cut, 3)
            and not WITHOUT.search(text, max(cut, start - 12), other.end()))


# --- Need -----------------------------------------------------------------------------------

def _need(r: _Reading, not_a_customer: bool) -> Need:
    p = r.patterns
    counts = [0, 0, 0]  # clear, related, unrelated: over every clause
    asked = [0, 0, 0]  # the same over the clauses that ask for something
    description = ""
    # One look at the whole text first: most leads name nothing the profile does not offer.
    not_offered, keywords, related_words = (lex if lex and lex.maybe_in(r.text) else None
                                            for lex in (p.not_offered, p.keywords, p.related))
    for clause, _ in r.items if (not_offered or keywords or related_words) else ():
        # "payroll" inside "payroll export" is the keyword; "head of HR" and "shift lead" are
        # roles, not needs.
        context = ROLE_CONTEXT.sub(lambda m: " " * len(m.group(0)), clause.text)
        unrelated_hits = list(not_offered.finditer(context)) if not_offered else []
        unrelated_spans = [m.span() for m in unrelated_hits]
        # A word the profile lists as not offered ("fillers") is not also the keyword it
        # shares a stem with ("filling").
        # The longer phrase names the need: "שעות נוספות" (overtime, related) is not "שעות" (hours).
        related_all = list(related_words.finditer(context)) if related_words else []
        longer = [m.span() for m in related_all]
        keyword_spans = [m.span() for m in keywords.finditer(context)
                         if not _overlaps(m.span(), unrelated_spans)
                         and not any(s <= m.start() and m.end() <= e and e - s > m.end() - m.start()
                                     for s, e in longer)] if keywords else []
        related_hits = [m for m in related_all if not _overlaps(m.span(), keyword_spans)]
        hits = (len(keyword_spans), len(related_hits), len(unrelated_hits))
        counts = [total + n for total, n in zip(counts, hits, strict=True)]
        if any(hits) and NEED_VERBS.search(clause.text):
            asked = [total + n for total, n in zip(asked, hits, strict=True)]
        if any(hits) and not description:
            description = clause.text
    # What the customer asks for outweighs what they only mention ("do you do botox? a
    # friend said her dentist does it").
    # A request that names only a related word ("I need a fix, I can't close the payroll
    # month") does not outweigh what they named squarely elsewhere.
    clear, related, unrelated = asked if asked[0] or asked[2] else counts
    declined = _agent_declined(r)
    stated = bool(any(counts) or declined)
    if not description:
        description = declined or next((c.text for c, _ in r.items if NEED_VERBS.search(c.text)), "")
    fit: Fit
    if not_a_customer:
        fit = "unknown"
    elif clear and clear > related + unrelated:
        fit = "clear_fit"
    elif clear or related:
        fit = "possible_fit"  # as much only-partly-covered need as squarely offered
    elif unrelated or declined:
        fit = "poor_fit"
    else:
        fit = "unknown"
    return Need(
        problem_stated=stated,
        problem_description=description[:300],
        urgency_signals=_urgency(r),
        fit_score_hint=fit,
    )


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _agent_declined(r: _Reading) -> str | None:
    """The customer's request, when it names nothing of the profile and the agent says the
    business does not offer it ("Do you do rhinoplasty?" / "Sorry, we're a dental clinic")."""
    messages = r.conversation.messages
    for index, message in enumerate(messages[:-1]):
        reply = messages[index + 1]
        if (message.role == "customer" and reply.role == "agent"
                and ASKS_ABOUT_OFFER.search(message.text) and AGENT_DECLINES.search(reply.text)):
            return message.text
    return None


def _urgency(r: _Reading) -> list[str]:
    signals: list[str] = []
    for clause, _ in r.items:
        if NOT_URGENT.search(clause.text):
            continue
        for match in URGENT.finditer(clause.text):
            phrase = clause.text[match.start():match.end()]
            if REPLY_BEFORE.search(clause.text, 0, match.start()) and TIME_WORD.fullmatch(phrase):
                continue
            # "היום הן מדווחות בטלפון": today as "nowadays" is no need; "needed today" asks
            if NOWADAYS.fullmatch(phrase) and not _asks(clause, r.text):
                continue
            if not negated_before(clause.text, match.start(), 2) and phrase not in signals:
                signals.append(phrase)
    return signals


def _asks(clause: Clause, text: str) -> bool:
    """Whether the clause asks for something: a need, a request or a question."""
    return bool(NEED_VERBS.search(clause.text) or REQUEST.search(clause.text) or clause.is_question(text))


# --- Timeline -------------------------------------------------------------------------------

def _not_buying(timeline: Timeline) -> Timeline:
    """The timeline of someone who is not buying: only browsing stays; dates are theirs."""
    return timeline if timeline.timeframe in ("just_browsing", "unknown") else Timeline()


TIMEFRAME_ORDER = ("immediate", "this_month", "this_quarter", "this_year")


def _timeline(r: _Reading) -> Timeline:
    # Holidays mean Jewish holidays for an Israeli business or a lead writing in Hebrew.
    # (and for Hebrew in Latin letters: "be 1.4" is the first of April to its writer)
    israeli = (r.profile.currency == "ILS" or r.profile.timezone == "Asia/Jerusalem"
               or bool(HEBREW_LETTER.search(r.text)) or transliteration_possible())
    # (position, frame, clause, days ahead, rank: 2 the time they prefer, 1 a deadline, 0 plain)
    concrete: list[tuple[int, Timeframe, str, int, int]] = []
    weak: list[tuple[int, Timeframe, str, int, int]] = []
    vague: list[str] = []
    browsing: list[tuple[int, str]] = []
    # One pass over the whole text (time phrases are the costliest patterns), then each
    # mention is judged inside its own clause.
    mentions = find_times(r.text, r.today, israeli)  # in text order
    starts = [m.start for m in mentions]  # each clause takes its own slice of them
    for clause, _ in r.items:
        # ("do you have standing desks too? just curious": a side question, not browsing)
        aside = (ASIDE.match(clause.text) is not None and r.text[:clause.start].rstrip().endswith("?"))
        looking = BROWSING.search(clause.text) is not None and not aside
        if looking:
            browsing.append((clause.start, clause.text))
        first = bisect.bisect_left(starts, clause.start)
        inside = mentions[first:bisect.bisect_left(starts, clause.end, first)]
        if not inside:
            continue
        calm = [(m.start(), m.end()) for m in NOT_URGENT.finditer(clause.text)]
        hours_asked = OPENING_HOURS.search(clause.text) is not None
        for found in inside:
            mention = TimeMention(found.start - clause.start, found.end - clause.start,
                                  found.days, found.frame, found.weak)
            # ("now, no rush", "עכשיו אין לחץ": now is when there is no hurry)
            now_calm = mention.frame == "immediate" and any(
                mention.end <= start <= mention.end + 3 for start, _ in calm)
            if negated_before(clause.text, mention.start, 2) or now_calm or any(
                    start <= mention.start < end for start, end in calm):
                continue  # "not urgent", "no rush": the time word is negated
            if looking and mention.frame == "immediate":
                continue  # "just looking, no plan to buy now": "now" is when they are not buying
            text = clause.text
            # "back in June", "about 2 years ago", "What are your hours on Sunday?"
            # (what stands before a time is read in the 160 characters before it: linear in the text)
            before = max(0, mention.start - 160)
            past = ((BACK_IN.search(text, before, mention.start) and text.startswith("in ", mention.start))
                    or AGO_AFTER.match(text, mention.end) or (hours_asked and clause.is_question(r.text)))
            # ("I was thinking December": the plan is the time itself)
            not_a_plan = (RULED_OUT, REPLY_BEFORE) if PLAN_AT.match(text, mention.start) else (
                PAST_EVENT, RULED_OUT, REPLY_BEFORE)
            if past or any(p.search(text, before, mention.start) for p in not_a_plan):
                continue  # "your rep has called me five times this week", "back in June": not a plan
            if mention.days is None:
                vague.append(clause.text)
                continue
            deadline = bool(DEADLINE_BEFORE.search(clause.text, max(0, mention.start - 16), mention.start)
                            or clause.text.startswith(("by ", "before ", "until "), mention.start)
                            or LATEST_AFTER.match(clause.text, mention.end))
            preferred = bool(PREFERRED_AFTER.match(clause.text, mention.end) or PREFERRED_BEFORE.search(
                clause.text, max(0, mention.start - 12), mention.start))
            rank = 2 if preferred else 1 if deadline else 0
            found_at = (clause.start + mention.start, mention.frame, clause.text, mention.days, rank)
            (weak if mention.weak else concrete).append(found_at)
    # (only when the customer named no time of their own: "within 2 wks" for the job, then
    # "yes" to a survey "this week")
    concrete = concrete or _accepted_agent_times(r, israeli)
    # A bare "thursday" answering the agent counts only when nothing firmer was said
    # ("next week?" / "Tuesday or Thursday?" / "thursday" is still next week).
    concrete = concrete or weak
    frame: Timeframe = "unknown"
    quotes: list[str] = []
    far = False  # "next year": as loose as "sometime" when set against browsing
    if concrete:
        # The last statement wins; within one clause the time they prefer ("sometime in April
        # would be ideal") binds over a deadline ("before summer"), a deadline over a plain
        # time ("the works start in August and the AC has to be in by November"), and the
        # nearest of several deadlines ("by the start of June, before the summer bookings").
        last_clause = max(concrete)[2]
        in_clause = [c for c in concrete if c[2] == last_clause]
        top = max(c[4] for c in in_clause)
        _, frame, quote, days, _ = min([c for c in in_clause if c[4] == top],
                                       key=lambda c: TIMEFRAME_ORDER.index(c[1]))
        quotes.append(quote)
        far = days >= 300
    # Browsing wins over a vague time, and over a later time said before it ("heating for
    # the winter? just researching, not buying yet"): the last statement wins.
    if browsing and (frame == "unknown" or far
                     or (frame != "immediate" and browsing[-1][0] > max(concrete)[0])):
        frame, quotes = "just_browsing", [browsing[0][1]]
    elif frame == "unknown" and vague:
        frame, quotes = "this_year", vague[:1]
    return Timeline(mentioned=frame != "unknown", timeframe=frame, quotes=quotes)


def _accepted_agent_times(r: _Reading, israeli: bool) -> list[tuple[int, Timeframe, str, int, int]]:
    """Times the agent offers and the customer takes ("Agent: a technician can come today at
    13:00" / "Customer: perfect, 13:00 works"), as the customer's own, quoted by the reply.

    Only an offer of one timeframe counts ("today or next week?" / "yes" says neither), and
    not beside a question of who decides (the "yes" may answer that).
    """
    taken: list[tuple[int, Timeframe, str, int, int]] = []
    for index, turn in enumerate(r.conversation.turns):
        if not turn.after_agent or AUTHORITY_QUESTION.search(turn.after_agent):
            continue
        first = r.first_clause_of_turn(index)
        if first is None or not (ACCEPTS_PRICE.search(first.text) or YES_ANSWER.search(first.text)):
            continue
        offered = [m for m in find_times(turn.after_agent, r.today, israeli)
                   if m.days is not None and m.days >= 0 and not m.weak
                   and AGENT_OFFERS.search(_sentence_at(turn.after_agent, m.start))]
        if offered and len({m.frame for m in offered}) == 1:
            taken.append((first.start, offered[0].frame, first.text, offered[0].days or 0, 0))
    return taken


def _sentence_at(text: str, position: int) -> str:
    start = max(text.rfind(mark, 0, position) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, position) for mark in ".!?\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


# --- Red flags ------------------------------------------------------------------------------

def _red_flags(r: _Reading) -> tuple[list[str], bool]:
    flags: list[str] = []
    kinds: set[str] = set()
    # One search over the whole text per kind: most leads have no red flag at all.
    for kind, pattern in RED_FLAGS.items():
        if pattern.search(r.text) is None:
            continue  # the usual case, and a single search
        # "this isn't for a class project": a negated red flag is not one.
        match = next((m for m in pattern.finditer(r.text) if not negated_before(r.text, m.start(), 3)), None)
        if match:
            kinds.add(kind)
            flags.append(f'{kind}: "{r.text[match.start():match.end()]}"')
    if r.patterns.disqualify:
        match = r.patterns.disqualify.search(r.text)
        if match:
            kinds.add("disqualify")
            flags.append(f'matches the profile\'s disqualify list: "{r.text[match.start():match.end()]}"')
    outside = _outside_service_area(r)
    if outside:
        flags.append(f'outside the service area: "{outside}"')
    return flags, bool(kinds & set(NOT_A_CUSTOMER)) or "disqualify" in kinds


def _outside_service_area(r: _Reading) -> str | None:
    if not r.profile.service_area:
        return None
    area_places, area_countries = resolve_area(r.profile.service_area)
    found = [(start, end, place.name in area_places or place.country in area_countries)
             for place, start, end in places_in(r.text)]

    def before(start: int, pattern: re.Pattern[str], width: int) -> bool:
        return bool(pattern.search(r.text[max(0, start - width):start]))

    served_where = [start for start, _, served in found if served and before(start, HOME_BEFORE, 30)]
    for start, end, served in found:
        if not served and (before(start, DESTINATION_BEFORE, 70)
                           or (before(start, HOME_BEFORE, 30) and not served_where)):
            return r.text[start:end]  # delivered there, or where they live and no job here
    outside: str | None = None
    for start, end, served in found:
        travel = before(start, TRAVEL_BEFORE, 25)
        if served and not travel:
            return None  # they named a place we serve: the other place is context ("5 minutes
            # from Holon" is not that)
        # "מאילת": where they come from; but "כאן אבי שטרן מחיפה", "מדברת רונית מחולון": a name,
        # then where they live
        comes_from = r.text[start] == "מ" and not SPEAKER_BEFORE.search(r.text, max(0, start - 40), start)
        if travel or comes_from:
            continue  # "back from Eilat", "מאילת": where they come from, not where the job is
        outside = outside or r.text[start:end]
    return outside
