"""The application layer: what the entry points (``cli.py``, ``deploy/dataflow/main.py``) call.

Each command has its module here (``resolve``, ``training_set``, ``erase``,
``validate``); the entry points import those when a command needs them, since
most of them load Beam. This package itself re-exports the light names the
entry points need before that, so that they import from no lower floor.
"""

from meeting_privacy.core.erasure import DEFAULT_REASON
from meeting_privacy.core.errors import ConfigError, MeetingPrivacyError, UsageError
from meeting_privacy.core.policy import load_policy
from meeting_privacy.core.pseudonyms import KEY_ENV_VAR, KeySource
from meeting_privacy.core.verify import verify_output

__all__ = [
    "DEFAULT_REASON",
    "KEY_ENV_VAR",
    "ConfigError",
    "KeySource",
    "MeetingPrivacyError",
    "UsageError",
    "load_policy",
    "verify_output",
]
