"""Keyed pseudonyms exactly as the contract defines them, and key handling."""

from __future__ import annotations

import hashlib
import hmac
import pickle

import pytest

from meeting_privacy.core.errors import SecretKeyError
from meeting_privacy.core.pseudonyms import KeySource, Pseudonymizer

KEY = "k" * 40


def test_pseudonym_is_hex_hmac_sha256_of_field_colon_value():
    expected = hmac.new(KEY.encode(), b"user_id:u-123", hashlib.sha256).hexdigest()
    assert Pseudonymizer(KEY)("user_id", "u-123") == expected
    assert Pseudonymizer(KEY)("account_id", "u-123") != expected


def test_key_file_is_stripped_and_checked(tmp_path):
    path = tmp_path / "key"
    path.write_text(f"  {KEY}\n")
    path.chmod(0o600)
    assert KeySource.from_file(path).load()("f", "v") == Pseudonymizer(KEY)("f", "v")
    path.chmod(0o644)
    with pytest.raises(SecretKeyError, match="chmod 600"):
        KeySource.from_file(path).load()
    path.chmod(0o600)
    path.write_text("short")
    with pytest.raises(SecretKeyError, match="too short"):
        KeySource.from_file(path).load()


def test_key_never_shows_in_repr_or_pickles(monkeypatch):
    monkeypatch.setenv("MEETING_PRIVACY_KEY", KEY)
    source = KeySource.from_env()
    pseudonymize = source.load()
    assert KEY not in repr(pseudonymize) and KEY not in repr(source)
    assert KEY.encode() not in pickle.dumps(source)
    with pytest.raises(TypeError):
        pickle.dumps(pseudonymize)


def test_missing_environment_key_is_refused():
    with pytest.raises(SecretKeyError, match="MEETING_PRIVACY_KEY"):
        KeySource.from_env().load()
