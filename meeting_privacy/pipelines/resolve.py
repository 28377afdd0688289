"""The run configuration, resolved in one place for every entry point.

``meeting-privacy run`` (``cli.py``) and the Dataflow Flex Template
(``deploy/dataflow/main.py``) each parse their own parameters and hand the
plain values to :func:`resolve`, which checks them in one order, with one set
of messages, and returns what ``training_set.run`` takes. The precedence of
key sources, the as-of time, runner profiles and the policy therefore mean
the same however a run is started, and neither entry point rewrites its
parameters into the other's.

Messages name the CLI's flags (``--key-file``, ``--as-of``): the user guide
documents those, and the template's parameters are the same names spelt with
underscores. Every failure is a :class:`ConfigError` (exit status 2 in the
CLI), raised before anything is read but the key and the policy.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.runners.runner import create_runner

from meeting_privacy.core.errors import ConfigError, UsageError
from meeting_privacy.core.policy import load_policy
from meeting_privacy.core.pseudonyms import KEY_ENV_VAR, KeySource
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.pipelines.profiles import load_profile
from meeting_privacy.pipelines.training_set import RunConfig
from meeting_privacy.schemas.inputs import parse_rfc3339

__all__ = ["Resolved", "beam_options", "input_folder", "key_source", "parse_as_of", "resolve"]


class Resolved(NamedTuple):
    """What a run takes: the frozen configuration, and Beam's options with the runner checked."""

    config: RunConfig
    options: PipelineOptions


def resolve(
    *,
    input_dir: str,
    output_dir: str,
    key_file: Optional[str] = None,
    key_secret: Optional[str] = None,
    policy_path: Optional[str] = None,
    as_of: Optional[str] = None,
    options_file: Optional[str] = None,
    beam_args: Sequence[str] = (),
    shards: int = 1,
) -> Resolved:
    """The configuration and options of one run, from the values a user gave (``None``: not given).

    Checked in this order, so that the first mistake is the one reported: the key (see
    :func:`key_source`), the input folder, the policy, the as-of time, the runner profile
    (``options_file``, a YAML of Beam options) and Beam's options with the runner. ``beam_args``
    follow the profile's flags, so an option given there overrides the profile's.
    """
    key = key_source(key_file, key_secret)
    config = RunConfig(
        input_dir=input_folder(input_dir),
        output_dir=_absolute(output_dir),
        policy=load_policy(policy_path),
        key_source=key,
        as_of=parse_as_of(as_of),
        policy_path=policy_path,
        shards=shards,
    )
    profile = load_profile(options_file) if options_file else []
    return Resolved(config, beam_options([*profile, *beam_args]))


def key_source(key_file: Optional[str], key_secret: Optional[str]) -> KeySource:
    """Where the key comes from: ``key_file``, else ``key_secret``, else the environment; checked now.

    Giving both is refused rather than ranked: a run must not pick one of two keys silently. The
    key is read here once, so that a missing or short key stops the run with a clear message
    before anything runs (the workers read it again from the source).
    """
    if key_file and key_secret:
        raise UsageError("give either --key-file or --key-secret, not both")
    if key_file:
        source = KeySource.from_file(key_file)
    elif key_secret:
        source = KeySource.from_gcp_secret(key_secret)
    elif os.environ.get(KEY_ENV_VAR, "").strip():
        source = KeySource.from_env()
    else:
        raise ConfigError(
            f"no pseudonym key: pass --key-file FILE or --key-secret NAME, or set {KEY_ENV_VAR} "
            "(at least 32 characters)"
        )
    source.load()
    return source


def parse_as_of(text: Optional[str]) -> datetime:
    """The run's as-of time: RFC 3339 with a zone, or now (UTC, whole seconds)."""
    if text is None:
        return datetime.now(timezone.utc).replace(microsecond=0)
    try:
        return parse_rfc3339(text).astimezone(timezone.utc)
    except ValueError:
        raise ConfigError("--as-of must be an RFC 3339 time with a zone, e.g. 2026-06-30T00:00:00Z") from None
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise ConfigError("--as-of is out of range: it must lie between years 1 and 9999 in UTC") from None


def beam_options(beam_args: Sequence[str]) -> PipelineOptions:
    """Beam pipeline options with the runner resolved now, as Beam will resolve it: an unknown or
    unloadable runner is a usage error, not a failed pipeline."""
    options = pipeline_options(beam_args)
    name = options.view_as(StandardOptions).runner or StandardOptions.DEFAULT_RUNNER
    try:
        create_runner(name)
    except (ValueError, AttributeError):
        known = ", ".join(StandardOptions.KNOWN_RUNNER_NAMES)
        raise UsageError(f"unknown Beam runner {name} (known: {known}, or a PipelineRunner class path)") from None
    except ImportError as error:
        raise UsageError(f"Beam runner {name} cannot be loaded: {' '.join(str(error).split())}") from None
    return options


def input_folder(path: str) -> str:
    """The input folder as an absolute path; a local one must exist."""
    if "://" not in path and not Path(path).exists():
        raise ConfigError(f"input folder {path} does not exist")
    if "://" not in path and not Path(path).is_dir():
        raise ConfigError(f"input folder {path} is a file, not a folder")
    return _absolute(path)


def _absolute(path: str) -> str:
    return path if "://" in path else str(Path(path).resolve())
