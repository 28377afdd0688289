"""The string columns of the training sets: one rule each, and closed forms that let no name through."""

from __future__ import annotations

import typing

import pytest

from meeting_privacy.schemas import closed_forms
from meeting_privacy.schemas.inputs import TelemetryEvent, TranscriptSegment
from meeting_privacy.schemas.kinds import INPUT_MODELS
from meeting_privacy.schemas.outputs import (
    STRING_COLUMNS,
    TRAINING_ROWS,
    ClosedForm,
    ColumnRuleError,
    FreeText,
    Pseudonym,
    TelemetryRow,
    check_row,
)


def _string_columns(row_type) -> set[str]:
    return {
        name for name, hint in typing.get_type_hints(row_type).items() if hint is str or str in typing.get_args(hint)
    }


@pytest.mark.parametrize("kind", sorted(TRAINING_ROWS))
def test_every_string_column_of_every_training_set_has_exactly_one_rule(kind):
    assert set(STRING_COLUMNS[kind]) == _string_columns(TRAINING_ROWS[kind])


@pytest.mark.parametrize("kind", sorted(TRAINING_ROWS))
def test_every_rule_names_a_field_its_input_kind_has(kind):
    model = INPUT_MODELS[kind]
    for column, rule in STRING_COLUMNS[kind].items():
        if isinstance(rule, Pseudonym) and rule.source == ("user_id",) and kind != "telemetry":
            continue  # a speaker's or sender's pseudonym comes from the roster's user_id
        fields = model.model_fields
        for part in rule.source[:-1]:
            fields = typing.get_args(fields[part].annotation)[0].model_fields
        assert rule.source[-1] in fields, (kind, column)


@pytest.mark.parametrize(
    "normalise, value, expected",
    [
        (closed_forms.language_tag, "en", "en"),
        (closed_forms.language_tag, "EN-gb", "en-GB"),
        (closed_forms.language_tag, "eng", "en"),
        (closed_forms.language_tag, "zh-Hant-TW", "zh-Hant-TW"),
        (closed_forms.language_tag, "es-419", "es-419"),
        (closed_forms.language_tag, "en-jane.doe@example.com", None),
        (closed_forms.language_tag, "en-janedoe", None),
        (closed_forms.language_tag, "en-x-janedoe", "en"),  # private use dropped
        (closed_forms.language_tag, "en-US-u-ca-gregory", "en-US"),  # extensions dropped
        (closed_forms.language_tag, "xx", None),
        (closed_forms.language_tag, "und", None),
        (closed_forms.language_tag, "", None),
        (closed_forms.os_name, "macOS", "macOS"),
        (closed_forms.os_name, "windows 11", "Windows 11"),
        (closed_forms.os_name, "Mac OS X 10.15.7", "Mac OS X 10.15.7"),
        (closed_forms.os_name, "Ubuntu 22.04", "Ubuntu 22.04"),
        (closed_forms.os_name, "Windows (Jane Doe)", None),
        (closed_forms.os_name, "Jane's iPhone", None),
        (closed_forms.os_name, "Linux jdoe-thinkpad", None),
        (closed_forms.os_name, "Windows 11 Jane", None),
        (closed_forms.app_version, "6.1.0", "6.1.0"),
        (closed_forms.app_version, "5.17.11 (31580)", "5.17.11 (31580)"),
        (closed_forms.app_version, "2.3.0-rc.2", "2.3.0-rc.2"),
        (closed_forms.app_version, "5.1-jane.doe@example.com", None),
        (closed_forms.app_version, "5.1-janedoe", None),
        (closed_forms.app_version, "build for Jane", None),
        (closed_forms.event_type, "join", "join"),
        (closed_forms.event_type, "network_quality", "network_quality"),
        (closed_forms.event_type, "Screen_Share.Start", "screen_share.start"),
        (closed_forms.event_type, "user jane.doe@example.com joined", None),
        (closed_forms.event_type, "jane_doe_joined", None),
        (closed_forms.event_type, "error_4711", None),
        (closed_forms.country_code, "DE", "DE"),
        (closed_forms.country_code, "Berlin", None),
        (closed_forms.country_code, "JD", None),  # initials, no country
        (closed_forms.country_code, "ZZ", None),  # private use
        # numbers that are data, not versions: cards, phones, other scripts' digits
        (closed_forms.os_name, "Linux 4111.1111.1111.1111", None),
        (closed_forms.os_name, "Windows \u0661\u0661", None),
        (closed_forms.app_version, "1 (4155550123)", None),
        (closed_forms.app_version, "415.555.0123", None),
        (closed_forms.app_version, "1.6.00.4472", "1.6.00.4472"),
        # private-use language tags and subtags can stand for anything
        (closed_forms.language_tag, "x-jane", None),
        (closed_forms.language_tag, "qaa", None),
        (closed_forms.language_tag, "en-Qaaa", "en"),
        (closed_forms.language_tag, "en-AA", "en"),
    ],
)
def test_closed_forms_keep_canonical_values_and_refuse_everything_else(normalise, value, expected):
    assert normalise(value) == expected


def test_closed_forms_are_fixed_points():
    for kind, rules in STRING_COLUMNS.items():
        for rule in rules.values():
            if isinstance(rule, ClosedForm):
                for value in ("en-GB", "Windows 11", "6.1.0", "network_quality", "DE"):
                    normal = rule.normalise(value)
                    assert normal is None or rule.normalise(normal) == normal, (kind, value)


def test_a_value_not_of_its_closed_form_is_nulled_when_read_and_the_field_is_named():
    event = TelemetryEvent.model_validate_json(
        '{"event_id": "e", "meeting_id": "m", "participant_id": "p", "account_id": "a",'
        ' "occurred_at": "2026-03-01T10:00:00Z", "event_type": "user jane.doe@example.com joined",'
        ' "client": {"os": "Windows (Jane Doe)", "app_version": "5.1-jane.doe@example.com", "device_name": "x"},'
        ' "nulled_fields": []}'
    )
    assert (event.event_type, event.client.os, event.client.app_version) == (None, None, None)
    assert event.client.device_name == "x"  # free text: the de-identifier's job
    assert event.nulled_fields == ("event_type", "client.os", "client.app_version")


def test_the_input_cannot_claim_fields_were_nulled():
    segment = TranscriptSegment.model_validate(
        {
            "segment_id": "s",
            "meeting_id": "m",
            "participant_id": "p",
            "start_ms": 0,
            "end_ms": 1,
            "text": "hi",
            "language": "EN-gb",
            "nulled_fields": ["text"],
        }
    )
    assert segment.language == "en-GB" and segment.nulled_fields == ()


def test_a_non_string_closed_form_value_is_still_malformed():
    with pytest.raises(ValueError):
        TranscriptSegment.model_validate(
            {
                "segment_id": "s",
                "meeting_id": "m",
                "participant_id": "p",
                "start_ms": 0,
                "end_ms": 1,
                "text": "hi",
                "language": 12,
            }
        )


def _telemetry_row(**changes) -> TelemetryRow:
    hex64 = "0" * 64
    values = dict(
        event_pseudonym=hex64,
        meeting_pseudonym=hex64,
        user_pseudonym=hex64,
        account_pseudonym=hex64,
        event_type="join",
        occurred_hour=None,
        os="macOS",
        app_version="6.1.0",
        device_pseudonym=None,
        device_name="<PERSON_1>'s laptop",
        rtt_ms=None,
        jitter_ms=None,
        packet_loss_pct=None,
        bitrate_kbps=None,
        country="DE",
        message=None,
    )
    return TelemetryRow(**{**values, **changes})


def test_the_last_gate_passes_a_well_formed_row():
    check_row("telemetry", _telemetry_row())


@pytest.mark.parametrize(
    "column, value",
    [("os", "Windows (Jane Doe)"), ("event_type", "Jane joined"), ("user_pseudonym", "u-jane"), ("country", "Jane")],
)
def test_the_last_gate_refuses_a_row_whose_string_breaks_its_rule_without_quoting_it(column, value):
    with pytest.raises(ColumnRuleError) as refused:
        check_row("telemetry", _telemetry_row(**{column: value}))
    assert "Jane" not in str(refused.value) and column in str(refused.value)


def test_free_text_columns_name_the_fields_the_detector_rewrites():
    free = {
        (kind, rule.source)
        for kind, rules in STRING_COLUMNS.items()
        for rule in rules.values()
        if isinstance(rule, FreeText)
    }
    assert free == {
        ("transcripts", ("text",)),
        ("chat", ("text",)),
        ("telemetry", ("client", "device_name")),
        ("telemetry", ("message",)),
    }
