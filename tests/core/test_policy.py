"""The policy file: strict loading, shipped defaults, stable hash."""

from __future__ import annotations

import pytest

from meeting_privacy.core.errors import PolicyError
from meeting_privacy.core.policy import Policy, load_policy
from tests.support.paths import REPO_ROOT

SHIPPED = REPO_ROOT / "configs" / "policy.yaml"


def test_shipped_policy_file_is_the_built_in_default():
    assert load_policy(SHIPPED) == Policy()
    assert load_policy(None) == Policy()


def write(tmp_path, text):
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("content_scoop: speaker_only\n", "content_scoop"),
        ("content_scope: everyone\n", "content_scope"),
        ("include_private_chat: 'yes'\n", "include_private_chat"),
        ("allow_account_consent_for: [content, everything]\n", "allow_account_consent_for"),
        ("allow_account_consent_for: content\n", "allow_account_consent_for"),
        ("strict_countries: [DE, NO]\n", "strict_countries"),
        ("time_granularity: minute\n", "time_granularity"),
        ("languages: []\n", "languages"),
        ("purpose: ''\n", "purpose"),
        ("deidentification: {entitites: [PERSON]}\n", "deidentification.entitites"),
        ("deidentification: {default_score_threshold: 2}\n", "deidentification.default_score_threshold"),
        ("- just\n- a list\n", "policy"),
        ("content_scope: [unclosed\n", "policy"),
        ("content_scope: speaker_only\ncontent_scope: all_participants\n", "policy"),
        ("deidentification:\n  entities: [PERSON]\n  entities: []\n", "policy"),
    ],
)
def test_unknown_keys_and_bad_values_stop_with_the_key_named(tmp_path, text, named):
    with pytest.raises(PolicyError) as error:
        load_policy(write(tmp_path, text))
    assert str(error.value).startswith(named)


def test_missing_policy_file_is_a_configuration_error(tmp_path):
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "absent.yaml")


def test_partial_policy_keeps_other_defaults_and_changes_the_hash(tmp_path):
    policy = load_policy(write(tmp_path, "content_scope: speaker_only\nstrict_countries: ['DE']\n"))
    assert policy.content_scope == "speaker_only"
    assert policy.strict_countries == frozenset({"DE"})
    assert policy.include_private_chat is False
    assert policy.sha256() != Policy().sha256()
    assert Policy().sha256() == Policy().sha256()


def test_a_key_given_twice_is_refused_with_its_line_not_read_as_the_last(tmp_path):
    with pytest.raises(PolicyError, match="gives the key include_private_chat twice \\(line 3\\)"):
        load_policy(write(tmp_path, "include_private_chat: false\npurpose: ai_training\ninclude_private_chat: true\n"))
