"""Runner profiles: Beam pipeline options kept in a YAML file.

A profile (``configs/runners/*.yaml``) is a mapping from Beam pipeline option
names to values::

    runner: FlinkRunner
    flink_master: ${FLINK_MASTER}
    parallelism: 4
    environment_type: DOCKER
    experiments: [beam_fn_api]

It turns into command-line flags (``--runner=FlinkRunner``, ...) that go
*before* the ones typed on the command line, so a flag typed there overrides
the profile. Loading is strict, as for the policy (one reader,
``core/yaml_files.py``, refuses a key given twice): a key that is not a Beam
pipeline option, a value that is not a string, number, boolean or list of
those, or a ``${VARIABLE}`` that is not set stops the run with a message that
names it. ``${NAME}`` is replaced by the environment variable ``NAME``, so
that a profile can be committed without project ids or hosts in it.

A profile holds pipeline options only. The pseudonym key is never one: it is
read on the workers from a ``KeySource`` (see ``docs/deploy.md``), and a
profile that names a key-like option is refused.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Sequence

from apache_beam.options.pipeline_options import PipelineOptions

from meeting_privacy.core.errors import ConfigError
from meeting_privacy.core.yaml_files import load_mapping
from meeting_privacy.pipelines.options import pipeline_options

__all__ = ["ProfileError", "load_profile", "profile_args", "profile_options"]

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: Option names that could carry the key in clear; the key has no business in pipeline options.
_SECRET_WORDS = ("key", "secret", "password", "token", "credential")
#: Beam options with such a word that hold no secret (a KMS key *name*, switches).
_NOT_SECRET = frozenset({"dataflow_kms_key", "enable_hot_key_logging", "allow_non_deterministic_key_coders"})


class ProfileError(ConfigError):
    """A runner profile that cannot be used as it is (exit 2)."""


def load_profile(path: str | Path) -> list[str]:
    """The Beam flags of the profile at ``path``, checked; raises :class:`ProfileError`."""
    mapping = load_mapping(path, "options file", ProfileError, entries="Beam option names to values")
    return profile_args(mapping, origin=str(path))


def profile_args(mapping: dict[str, Any], origin: str = "options file") -> list[str]:
    """Beam flags for a mapping of option names to values, checked against Beam's options."""
    args: list[str] = []
    for name, value in mapping.items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ProfileError(f"{origin}: {name!r} is not a Beam option name (write it without dashes)")
        if name not in _NOT_SECRET and any(word in name for word in _SECRET_WORDS):
            raise ProfileError(
                f"{origin}: {name} looks like a secret; secrets never go in pipeline options "
                "(the pseudonym key is read by the workers, see docs/deploy.md)"
            )
        args.extend(_flags(name, value, origin))
    try:
        pipeline_options(args)
    except ConfigError as error:
        raise ProfileError(f"{origin}: {error}") from None
    return args


def profile_options(path: str | Path, beam_args: Sequence[str] = ()) -> PipelineOptions:
    """``PipelineOptions`` from the profile at ``path``, overridden by ``beam_args``."""
    return pipeline_options([*load_profile(path), *beam_args])


def _flags(name: str, value: Any, origin: str) -> list[str]:
    if isinstance(value, bool):
        # Beam's switches are store_true flags (`--no_use_public_ips`, `--save_main_session`);
        # `false` would silently mean something only for some of them, so it is refused.
        if not value:
            raise ProfileError(f"{origin}: {name}: false is not allowed; leave the option out instead")
        return [f"--{name}"]
    if isinstance(value, (str, int, float)):
        return [f"--{name}={_expand(str(value), name, origin)}"]
    if isinstance(value, list) and value and all(_scalar(v) for v in value):
        # Repeated options (experiments, dataflow_service_options, environment_options, ...).
        return [f"--{name}={_expand(str(v), name, origin)}" for v in value]
    if isinstance(value, dict):
        raise ProfileError(f"{origin}: {name}: a mapping is not an option value (quote JSON as a string)")
    raise ProfileError(f"{origin}: {name}: {type(value).__name__} is not a string, number, true or a list of those")


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _expand(text: str, name: str, origin: str) -> str:
    def replace(match: re.Match) -> str:
        variable = match.group(1)
        value = os.environ.get(variable)
        if value is None or not value.strip():
            raise ProfileError(f"{origin}: {name} needs the environment variable {variable}, which is not set")
        return value

    return _VARIABLE.sub(replace, text)
