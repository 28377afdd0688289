"""Errors the pipeline raises on purpose.

Messages name files, lines, keys and fields, never record values: they end up
in terminals, logs and CI output, where personal data must not go.
"""


class MeetingPrivacyError(Exception):
    """Base class; the CLI prints ``str(error)`` as one line."""


class ConfigError(MeetingPrivacyError):
    """A usage or configuration problem found before anything is read (exit 2)."""


class UsageError(ConfigError):
    """A run asked for in a way that cannot work: a bad flag or template parameter, or two that exclude each other."""


class PolicyError(ConfigError):
    """The policy file has an unknown key or a bad value; the message names the key."""


class SecretKeyError(ConfigError):
    """The pseudonym key is missing, too short or stored unsafely."""


class ReferenceDataError(MeetingPrivacyError):
    """Consent or roster lines that cannot be attributed to anyone (exit 1)."""
