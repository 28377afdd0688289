"""Keyed pseudonyms (contract section 3) and where the key comes from.

The pipeline graph never carries the key: it carries a :class:`KeySource`
(a file path, an environment variable name, or "the demo key") that each
worker resolves in ``setup()``. Pickled graphs, job specs, reprs and
tracebacks therefore cannot leak it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import stat
from pathlib import Path

from meeting_privacy.core.errors import SecretKeyError

MIN_KEY_LENGTH = 32
KEY_ENV_VAR = "MEETING_PRIVACY_KEY"
#: Published on purpose: demo outputs must never be mistaken for real pseudonyms.
DEMO_KEY = "meeting-privacy-demo-key-NOT-SECRET-do-not-use-in-production"


@dataclasses.dataclass(frozen=True)
class KeySource:
    """Where a worker finds the key: ``kind`` is ``file``, ``env``, ``gcp_secret`` or ``demo``."""

    kind: str
    location: str = ""

    @classmethod
    def from_file(cls, path: str | Path) -> "KeySource":
        return cls("file", str(Path(path).expanduser().resolve()))

    @classmethod
    def from_env(cls, name: str = KEY_ENV_VAR) -> "KeySource":
        return cls("env", name)

    @classmethod
    def from_gcp_secret(cls, version_name: str) -> "KeySource":
        """A Google Cloud Secret Manager version, ``projects/P/secrets/S/versions/V`` (Dataflow workers)."""
        return cls("gcp_secret", version_name)

    @classmethod
    def demo(cls) -> "KeySource":
        return cls("demo")

    @property
    def is_demo(self) -> bool:
        return self.kind == "demo"

    def load(self) -> "Pseudonymizer":
        """Reads and checks the key; raises :class:`SecretKeyError` with a clear message."""
        if self.kind == "demo":
            return Pseudonymizer(DEMO_KEY)
        if self.kind == "env":
            key = os.environ.get(self.location, "").strip()
            if not key:
                raise SecretKeyError(f"no key: environment variable {self.location} is not set")
            return Pseudonymizer(key, origin=f"environment variable {self.location}")
        if self.kind == "file":
            return Pseudonymizer(_read_key_file(Path(self.location)), origin=f"key file {self.location}")
        if self.kind == "gcp_secret":
            return Pseudonymizer(_read_gcp_secret(self.location), origin=f"secret {self.location}")
        raise SecretKeyError(f"unknown key source {self.kind!r}")


class Pseudonymizer:
    """Computes ``hex(HMAC-SHA256(key, "FIELD:VALUE"))``; its repr never shows the key."""

    __slots__ = ("_key",)

    def __init__(self, key: str, origin: str = "the key") -> None:
        if len(key) < MIN_KEY_LENGTH:
            raise SecretKeyError(f"{origin} is too short: at least {MIN_KEY_LENGTH} characters are required")
        self._key = key.encode("utf-8")

    def __call__(self, field: str, value: str) -> str:
        return hmac.new(self._key, f"{field}:{value}".encode("utf-8"), hashlib.sha256).hexdigest()

    def optional(self, field: str, value: str | None) -> str | None:
        return None if value is None else self(field, value)

    def fingerprint(self) -> str:
        """An HMAC of a fixed label: tells outputs built with this key apart, and reveals nothing of it."""
        return self("key-fingerprint", "meeting-privacy/v1")

    def __repr__(self) -> str:
        return "Pseudonymizer(key=<hidden>)"

    def __reduce__(self):
        raise TypeError("a Pseudonymizer holds the key and must not be pickled; pickle its KeySource")


def _read_key_file(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        raise SecretKeyError(f"cannot read key file {path}") from None
    if mode & (stat.S_IROTH | stat.S_IWOTH):
        raise SecretKeyError(f"key file {path} is accessible to every user: run `chmod 600 {path}` first")
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        raise SecretKeyError(f"cannot read key file {path} as UTF-8 text") from None


def _read_gcp_secret(version_name: str) -> str:
    try:
        from apache_beam.utils.secret import GcpSecret

        data = GcpSecret(version_name).get_secret_bytes()
    except Exception as error:  # noqa: BLE001 - missing library, permission, network: one clear line
        raise SecretKeyError(f"cannot read secret {version_name} ({type(error).__name__})") from None
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise SecretKeyError(f"secret {version_name} is not UTF-8 text") from None
