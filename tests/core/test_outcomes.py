"""The outcome vocabulary: every reason has a decision and a meaning, and the codes stay the contract's."""

from __future__ import annotations

import pytest

from meeting_privacy.core.outcomes import DECISION_LABELS, QUARANTINE_REASONS, Decision, Reason, decision_of, meaning


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_has_a_decision_and_a_meaning(reason):
    assert decision_of(reason) in set(Decision)
    assert meaning(reason).strip()


def test_every_decision_has_a_label():
    assert set(DECISION_LABELS) == set(Decision)


def test_decisions_of_the_reasons_the_contract_names():
    assert decision_of("emitted") == Decision.EMITTED
    assert {r for r in Reason if decision_of(r) == Decision.QUARANTINED} == set(QUARANTINE_REASONS)
    assert set(QUARANTINE_REASONS) == {Reason.MALFORMED, Reason.DEIDENTIFICATION_FAILED}
    assert decision_of("erasure_request") == Decision.ERASED
    assert decision_of("no_consent") == decision_of("private_chat") == Decision.EXCLUDED
    assert [str(d) for d in Decision] == ["emitted", "excluded", "quarantined", "erased"]


def test_unknown_codes_have_no_meaning_and_no_decision():
    assert meaning("an_operators_own_code") == ""
    with pytest.raises(ValueError):
        decision_of("an_operators_own_code")
