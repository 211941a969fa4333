"""Conversation parsing per the data contract: message lists, prefixed strings, offsets."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from leadqual import InputError, parse_conversation
from leadqual.conversation import Message


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.role, m.text) for m in parse_conversation(text).messages]


def test_message_list() -> None:
    conv = parse_conversation([
        {"role": "customer", "text": "Our AC died."},
        {"role": "agent", "text": "Do you own the house?"},
        {"role": "customer", "text": "  Yes.  "},
        {"role": "customer", "text": "   "},  # blank messages carry nothing
    ])
    assert conv.messages == (Message("customer", "Our AC died."), Message("agent", "Do you own the house?"),
                             Message("customer", "Yes."))
    assert conv.customer_text == "Our AC died.\nYes."


def test_message_list_role_defaults_and_aliases() -> None:
    conv = parse_conversation([{"text": "hi"}, {"role": "Assistant", "text": "hello"},
                               {"role": "LEAD", "text": "need a quote"}])
    assert [m.role for m in conv.messages] == ["customer", "agent", "customer"]


@pytest.mark.parametrize(("value", "fragment"), [
    ([{"role": "customer"}], "conversation[0]"),
    (["just a string"], "conversation[0]"),
    ([{"role": "customer", "text": "ok"}, {"role": "robot", "text": "x"}],
     "conversation[1] has role 'robot'"),
    (42, "not int"),
])
def test_bad_shapes_name_the_problem(value: object, fragment: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_conversation(value)  # type: ignore[arg-type]
    assert fragment in str(caught.value)


@pytest.mark.parametrize(("customer", "agent"), [
    ("Customer", "Agent"), ("customer", "agent"), ("CUSTOMER", "AGENT"), ("Lead", "Rep"),
    ("lead", "sales"), ("User", "Sales"), ("USER", "rep"), ("cUsToMeR", "ReP"), ("Client", "Agent"),
])
def test_prefixes_in_any_case(customer: str, agent: str) -> None:
    text = f"{customer}: our AC is leaking\n{agent}: are you the owner?\n{customer}:yes, my house"
    assert roles(text) == [("customer", "our AC is leaking"), ("agent", "are you the owner?"),
                           ("customer", "yes, my house")]


def test_unprefixed_lines_continue_the_current_speaker() -> None:
    text = "Agent: Hello, how can we help?\nCustomer: The unit is noisy\nand drips water.\nAgent: OK"
    assert roles(text) == [("agent", "Hello, how can we help?"),
                           ("customer", "The unit is noisy\nand drips water."), ("agent", "OK")]


def test_text_before_the_first_prefix_is_the_customer() -> None:
    assert roles("hi there\nAgent: hello") == [("customer", "hi there"), ("agent", "hello")]


@pytest.mark.parametrize("text", [
    "our AC is leaking, can you come today?",
    "Hi\nWe need three split units.\nBudget: about 12k",  # "Budget:" is not a speaker
    "Note: the AC is broken",
])
def test_no_prefix_is_all_customer(text: str) -> None:
    conv = parse_conversation(text)
    assert [m.role for m in conv.messages] == ["customer"]
    assert conv.customer_text == text.strip()


def test_empty_string_has_no_messages() -> None:
    conv = parse_conversation("   \n ")
    assert conv.messages == () and conv.customer_text == ""


def test_prefix_word_inside_a_line_is_not_a_prefix() -> None:
    assert roles("Customer: the agent: said no") == [("customer", "the agent: said no")]


def test_customer_text_excludes_the_agent() -> None:
    conv = parse_conversation("Customer: budget 5k\nAgent: our price is 20,000 NIS\nCustomer: ok")
    assert "20,000" not in conv.customer_text
    assert conv.customer_text == "budget 5k\nok"


def test_turn_offsets_point_into_the_customer_text() -> None:
    conv = parse_conversation(
        "Agent: hi, what do you need?\nCustomer: AC repair\nAgent: Are you the owner?\n"
        "Customer: yes\nCustomer: and it is urgent\nLead: today please")
    turns = conv.turns
    assert [t.text for t in turns] == ["AC repair", "yes", "and it is urgent", "today please"]
    for turn in turns:
        assert conv.customer_text[turn.start:turn.end] == turn.text
    assert [t.after_agent for t in turns] == ["hi, what do you need?", "Are you the owner?", None, None]


def test_offsets_with_multiline_and_unicode_turns() -> None:
    conv = parse_conversation([
        {"role": "customer", "text": "המזגן לא עובד\nדחוף"},
        {"role": "agent", "text": "מתי?"},
        {"role": "customer", "text": "café ☕ today"},
    ])
    for turn in conv.turns:
        assert conv.customer_text[turn.start:turn.end] == turn.text
    assert conv.turns[1].after_agent == "מתי?"


def test_whole_text_has_prefixes_and_received_at_is_kept() -> None:
    when = datetime(2026, 3, 10, 9, 15, tzinfo=UTC)
    conv = parse_conversation("Lead: hi\nRep: hello", received_at=when)
    assert conv.text == "Customer: hi\nAgent: hello"
    assert conv.received_at == when
    assert parse_conversation(conv) is conv
