"""The run policy: which consent rules apply and how text is de-identified.

A policy is a frozen dataclass validated on construction. Loading is strict
on purpose: an unknown key or a bad value raises :class:`PolicyError` naming
the key, because a policy that silently falls back to defaults is a
fail-open privacy bug.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Mapping

from meeting_privacy.core.detection import DetectionSettings
from meeting_privacy.core.errors import PolicyError
from meeting_privacy.core.yaml_files import load_mapping

CATEGORIES = ("content", "telemetry")
CONTENT_SCOPES = ("all_participants", "speaker_only")
TIME_GRANULARITIES = ("hour", "day")

#: EU and EEA member states, the United Kingdom and Switzerland (ISO 3166-1 alpha-2).
EU_EEA_UK_CH = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH".split()
)
_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_MIB = 1 << 20


@dataclasses.dataclass(frozen=True)
class ReadLimits:
    """How much one input file may make the reader hold or write (bombs, runaway exports).

    What exceeds a limit is quarantined and counted, never dropped; in a
    consent or roster file that stops the run, since the lost part may
    have been about anyone.
    """

    #: A JSON line longer than this is quarantined unread (it is never held whole).
    max_line_bytes: int = _MIB
    #: Bytes read per JSON Lines file after decompression; the rest is one quarantine entry.
    max_file_bytes: int = 4096 * _MIB
    #: Malformed records quarantined one by one per file; from the next on, the rest is one entry.
    max_malformed_per_file: int = 10_000
    #: Bytes of a rejected line copied to the quarantine; the entry says when it was cut.
    quarantine_raw_bytes: int = 64 * 1024

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            _check(type(value) is int and value > 0, f"limits.{field.name}", "must be a whole number above 0")

    @classmethod
    def from_mapping(cls, mapping: Any) -> "ReadLimits":
        mapping = {} if mapping is None else mapping
        _check(isinstance(mapping, Mapping), "limits", "must be a mapping")
        known = {f.name for f in dataclasses.fields(cls)}
        for key in mapping:
            _check(key in known, f"limits.{key}", f"unknown key (known keys: {', '.join(sorted(known))})")
        return cls(**mapping)

    def to_mapping(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Policy:
    """Everything a run decides by configuration (contract section 2 and 3)."""

    purpose: str = "ai_training"
    content_scope: str = "all_participants"
    include_private_chat: bool = False
    allow_account_consent_for: frozenset[str] = frozenset()
    strict_countries: frozenset[str] = EU_EEA_UK_CH
    time_granularity: str = "hour"
    languages: tuple[str, ...] = ("en",)
    deidentification: DetectionSettings = dataclasses.field(default_factory=DetectionSettings)
    limits: ReadLimits = dataclasses.field(default_factory=ReadLimits)

    def __post_init__(self) -> None:
        _check(isinstance(self.purpose, str) and self.purpose, "purpose", "must be a non-empty string")
        _check(self.content_scope in CONTENT_SCOPES, "content_scope", f"must be one of {', '.join(CONTENT_SCOPES)}")
        _check(isinstance(self.include_private_chat, bool), "include_private_chat", "must be true or false")
        _check(
            self.allow_account_consent_for <= set(CATEGORIES),
            "allow_account_consent_for",
            f"entries must be among {', '.join(CATEGORIES)}",
        )
        _check(
            all(isinstance(c, str) and _COUNTRY.fullmatch(c) for c in self.strict_countries),
            "strict_countries",
            "entries must be upper-case ISO 3166-1 alpha-2 codes in quotes (YAML reads a bare NO as false)",
        )
        _check(
            self.time_granularity in TIME_GRANULARITIES,
            "time_granularity",
            f"must be one of {', '.join(TIME_GRANULARITIES)}",
        )
        _check(
            bool(self.languages) and all(isinstance(x, str) and _LANGUAGE.fullmatch(x) for x in self.languages),
            "languages",
            "must be a non-empty list of lower-case language codes such as en",
        )

    @classmethod
    def from_mapping(cls, mapping: Any) -> "Policy":
        """Builds a policy from parsed YAML; unknown keys and bad values raise."""
        if mapping is None:
            mapping = {}
        if not isinstance(mapping, Mapping):
            raise PolicyError("policy: the file must hold a mapping of keys to values")
        known = {f.name for f in dataclasses.fields(cls)}
        for key in mapping:
            if key not in known:
                raise PolicyError(f"{key}: unknown policy key (known keys: {', '.join(sorted(known))})")
        values: dict[str, Any] = {}
        for key, value in mapping.items():
            if key in ("allow_account_consent_for", "strict_countries"):
                _check(isinstance(value, list), key, "must be a list")
                values[key] = frozenset(value)
            elif key == "languages":
                _check(isinstance(value, list), key, "must be a list")
                values[key] = tuple(value)
            elif key == "deidentification":
                values[key] = DetectionSettings.from_mapping(value)
            elif key == "limits":
                values[key] = ReadLimits.from_mapping(value)
            else:
                values[key] = value
        try:
            return cls(**values)
        except TypeError as error:  # e.g. an unhashable value inside a list
            raise PolicyError(f"policy: a value has the wrong type ({type(error).__name__})") from None

    def to_mapping(self) -> dict[str, Any]:
        """The effective policy as plain data (for the manifest and ``policy show``)."""
        return {
            "purpose": self.purpose,
            "content_scope": self.content_scope,
            "include_private_chat": self.include_private_chat,
            "allow_account_consent_for": sorted(self.allow_account_consent_for),
            "strict_countries": sorted(self.strict_countries),
            "time_granularity": self.time_granularity,
            "languages": list(self.languages),
            "deidentification": self.deidentification.to_mapping(),
            "limits": self.limits.to_mapping(),
        }

    def sha256(self) -> str:
        """SHA-256 of the effective policy in canonical JSON: same rules, same hash."""
        canonical = json.dumps(self.to_mapping(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_policy(path: str | Path | None) -> Policy:
    """Loads a policy file; ``None`` gives the built-in defaults (``configs/policy.yaml``)."""
    if path is None:
        return Policy()
    return Policy.from_mapping(load_mapping(path, "policy file", PolicyError))


def _check(ok: object, key: str, message: str) -> None:
    if not ok:
        raise PolicyError(f"{key}: {message}")
