"""Reading leads: JSON Lines, CSV, and every way a record can be broken."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from leadqual.leads import MAX_CONVERSATION_CHARS, BadRecord, Lead, leads_from_records, read_leads


def jsonl(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n" for r in records
    )


def test_jsonl_reads_both_conversation_shapes_and_keeps_the_rest() -> None:
    data = jsonl(
        {"id": "a-1", "conversation": [{"role": "customer", "text": "AC broken"}],
         "contact": {"name": "Dana"}, "received_at": "2026-03-10T09:15:00+02:00",
         "expected": {"tier": "hot"}},
        {"id": 7, "conversation": "Customer: hi\nAgent: hello", "profile": "p.toml"},
    )
    leads = list(read_leads(data))
    assert all(isinstance(lead, Lead) for lead in leads)
    first, second = leads
    assert isinstance(first, Lead) and isinstance(second, Lead)
    assert first.id == "a-1" and first.contact == {"name": "Dana"}
    assert first.conversation.received_at == datetime(2026, 3, 10, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    assert first.raw["expected"] == {"tier": "hot"}  # unknown keys are kept, not refused
    assert second.id == "7" and second.profile == "p.toml"
    assert second.conversation.customer_text == "hi"


def test_blank_lines_and_bom_are_skipped() -> None:
    data = b"\xef\xbb\xbf" + jsonl({"id": "1", "conversation": "hi"}) + b"\n   \n" + jsonl(
        {"id": "2", "conversation": "yo"})
    assert [getattr(x, "id", None) for x in read_leads(data)] == ["1", "2"]


def test_broken_json_line_reports_its_line_number_and_the_rest_goes_on() -> None:
    data = jsonl({"id": "1", "conversation": "hi"}, b'{"id": "2", "conversation": "oops"',
                 {"id": "3", "conversation": "yo"})
    items = list(read_leads(data))
    assert isinstance(items[0], Lead) and isinstance(items[2], Lead)
    bad = items[1]
    assert isinstance(bad, BadRecord)
    assert bad.line == 2 and "line 2 is not valid JSON" in bad.error


def test_wrong_encoding_spoils_only_its_line() -> None:
    latin1 = '{"id": "2", "conversation": "café"}'.encode("latin-1")
    data = jsonl({"id": "1", "conversation": "hi"}, latin1, {"id": "3", "conversation": "x"})
    items = list(read_leads(data))
    assert [type(i).__name__ for i in items] == ["Lead", "BadRecord", "Lead"]
    bad = items[1]
    assert isinstance(bad, BadRecord)
    assert bad.line == 2 and "not valid UTF-8" in bad.error and "0xe9" in bad.error


def test_csv_in_wrong_encoding() -> None:
    data = "id,conversation\n1,café au lait\n".encode("latin-1")
    (bad,) = list(read_leads(data, "csv"))
    assert isinstance(bad, BadRecord) and "UTF-8" in bad.error


@pytest.mark.parametrize(("record", "fragment"), [
    ({"conversation": "hi"}, "no 'id'"),
    ({"id": "", "conversation": "hi"}, "no 'id'"),
    ({"id": "e1"}, "no 'conversation'"),
    ({"id": "e2", "conversation": ""}, "no customer text"),
    ({"id": "e3", "conversation": []}, "no customer text"),
    ({"id": "e4", "conversation": "Agent: hello, anyone there?"}, "no customer text"),
    ({"id": "e5", "conversation": "hi", "received_at": "last tuesday"}, "ISO 8601"),
    ({"id": "e6", "conversation": "hi", "contact": "Dana"}, "contact must be an object"),
    (["not", "an", "object"], "JSON object"),
])
def test_invalid_records(record: object, fragment: str) -> None:
    (bad,) = list(read_leads(jsonl(record)))
    assert isinstance(bad, BadRecord)
    assert bad.line == 1 and fragment in bad.error
    if isinstance(record, dict) and record.get("id"):
        assert bad.id == record["id"]


def test_huge_conversation_over_the_limit() -> None:
    big = "x" * (MAX_CONVERSATION_CHARS + 1)
    items = list(read_leads(jsonl(
        {"id": "ok", "conversation": "y" * MAX_CONVERSATION_CHARS},
        {"id": "big", "conversation": big},
        {"id": "big-list", "conversation": [{"role": "customer", "text": big[:150_000]},
                                            {"role": "agent", "text": big[:60_000]}]},
    )))
    assert isinstance(items[0], Lead)
    for item in items[1:]:
        assert isinstance(item, BadRecord)
        assert "over the limit" in item.error and "200,000" in item.error


def test_naive_received_at_is_utc() -> None:
    (lead,) = list(read_leads(jsonl({"id": "1", "conversation": "hi", "received_at": "2026-03-10"})))
    assert isinstance(lead, Lead)
    assert lead.conversation.received_at == datetime(2026, 3, 10, tzinfo=UTC)


def test_csv_reading() -> None:
    data = (
        b"id,conversation,name,email,phone\n"
        b'c-1,"Customer: our AC is leaking\nAgent: when?\nCustomer: today",Dana,d@example.com,\n'
        b"c-2,just looking at prices,,,\n"
        b",no id here,,,\n"
        b"c-4,,,,\n"
    )
    items = list(read_leads(data))  # format guessed from content
    first, second, no_id, empty = items
    assert isinstance(first, Lead) and isinstance(second, Lead)
    assert first.id == "c-1" and first.contact == {"name": "Dana", "email": "d@example.com"}
    assert first.conversation.customer_text == "our AC is leaking\ntoday"
    assert second.conversation.customer_text == "just looking at prices"
    assert isinstance(no_id, BadRecord) and "no 'id'" in no_id.error and no_id.line == 6
    assert isinstance(empty, BadRecord) and empty.id == "c-4" and "no customer text" in empty.error


def test_csv_needs_its_header() -> None:
    (bad,) = list(read_leads(b"name,text\nDana,hi\n", "csv"))
    assert isinstance(bad, BadRecord) and "id,conversation" in bad.error


def test_records_from_python() -> None:
    items = list(leads_from_records([{"id": "1", "conversation": "hi"}, {"conversation": "no id"}]))
    assert isinstance(items[0], Lead)
    assert isinstance(items[1], BadRecord) and items[1].line == 2
