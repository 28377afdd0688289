"""Beam pipeline options from the command line, checked strictly, on a runner chosen explicitly.

Beam itself only warns about an option it does not know and drops it; a
mistyped ``--direct_num_workers`` or ``--runner`` would then silently run
something else. Here an unknown option is a usage error (exit 2).

For the same reason the local engine is never left to Beam's guesswork. Since
Beam 2.68 its DirectRunner first tries Prism, downloads it from GitHub to do
so, and falls back to the FnApiRunner when that fails: offline every run tried
a download first, and with network the engine would change under the user.
Here ``DirectRunner`` (also the default) always means the FnApiRunner, through
:class:`LocalRunner`; Prism runs only when asked for with ``--runner=PrismRunner``,
and then from a local binary (``make prism``), never downloaded.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions, _BeamArgumentParser
from apache_beam.portability.api import beam_provision_api_pb2
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.runners.portability.portable_runner import JobServiceHandle
from apache_beam.runners.runner import PipelineRunner
from apache_beam.version import __version__ as BEAM_VERSION

from meeting_privacy.core.errors import ConfigError

__all__ = ["LocalRunner", "local_prism", "pipeline_options"]

#: Beam's runner names as its ``create_runner`` resolves them: lower-case short name -> class path.
_BEAM_RUNNERS = {path.rsplit(".", 1)[-1].lower(): path for path in StandardOptions.ALL_KNOWN_RUNNERS}
#: What ``--runner=DirectRunner`` would pick in Beam: the runner that tries Prism first.
_SWITCHING_DIRECT = frozenset(
    {_BEAM_RUNNERS["directrunner"], _BEAM_RUNNERS["switchingdirectrunner"]},
)
_PRISM = _BEAM_RUNNERS["prismrunner"]
#: Where ``make prism`` (mk/prism.mk) installs Prism, one folder per Beam version.
PRISM_CACHE = Path(__file__).resolve().parents[2] / ".cache" / "prism"


class LocalRunner(PipelineRunner):
    """The engine Beam's DirectRunner runs a batch pipeline on, without first trying Prism.

    It is Beam's FnApiRunner, in this process or with worker processes
    (``--direct_running_mode``, ``--direct_num_workers``). As in Beam's
    DirectRunner, the pipeline options reach the SDK workers through the
    provision info, so that worker processes see ``--default_sdk_harness_log_level``.
    """

    def run_pipeline(self, pipeline, options: PipelineOptions):
        encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
        provision = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
        return fn_runner.FnApiRunner(provision_info=provision).run_pipeline(pipeline, options)


class _StrictParser(_BeamArgumentParser):
    def error(self, message: str):
        # argparse quotes the bad value ("invalid int value: 'abc'"); name the option only.
        without_value = message.split(": '", 1)[0]
        raise ConfigError(f"bad Beam pipeline option: {without_value}")


def pipeline_options(beam_args: Sequence[str]) -> PipelineOptions:
    """``PipelineOptions`` for ``beam_args``; raises ``ConfigError`` on an unknown option.

    ``DirectRunner`` (or no ``--runner``) becomes :class:`LocalRunner`;
    ``PrismRunner`` gets ``--prism_location`` of the local binary.
    """
    parsed = _parse_strictly(beam_args)
    args = list(beam_args)
    if not any(arg.startswith("--default_sdk_harness_log_level") for arg in args):
        # Worker processes log every bundle at INFO otherwise; users can ask for more.
        args.append("--default_sdk_harness_log_level=WARNING")
    return PipelineOptions([*args, *_runner_args(parsed)])


def local_prism(beam_version: str = BEAM_VERSION) -> Path:
    """Where ``make prism`` puts the Prism binary for ``beam_version`` (its Go module tag)."""
    return PRISM_CACHE / f"v{beam_version.replace('rc', '-RC')}" / "prism"


def _parse_strictly(beam_args: Sequence[str]) -> argparse.Namespace:
    parser = _StrictParser(allow_abbrev=False)
    seen = set()
    for cls in PipelineOptions.__subclasses__():
        if str(cls) not in seen:  # a class can be listed twice, see Beam's get_all_options
            seen.add(str(cls))
            cls._add_argparse_args(parser)  # noqa: SLF001 - the parser Beam builds itself
    parsed, unknown = parser.parse_known_args(list(beam_args))
    if unknown:
        raise ConfigError(f"unknown option {unknown[0]} (not ours and not a Beam pipeline option)")
    return parsed


def _runner_args(parsed: argparse.Namespace) -> list[str]:
    """Flags, appended last so that they win, that pin the local runners (see the module docstring)."""
    given = parsed.runner or StandardOptions.DEFAULT_RUNNER
    runner = _BEAM_RUNNERS.get(given.lower(), _BEAM_RUNNERS.get(given.lower() + "runner", given))
    if runner in _SWITCHING_DIRECT:
        return [f"--runner={LocalRunner.__module__}.{LocalRunner.__name__}"]
    if runner == _PRISM:
        return [f"--prism_location={_prism_binary(parsed.prism_location)}"]
    return []


def _prism_binary(location: str | None) -> Path:
    """The local Prism binary to run; anything else Beam would download, so it is refused."""
    binary = Path(location) if location else local_prism()
    if not binary.is_file():
        if location:
            raise ConfigError(
                "--prism_location must be a Prism binary on this machine (Beam would download anything else)"
            )
        raise ConfigError(
            f"--runner=PrismRunner needs Prism {BEAM_VERSION} built from source: run `make prism` "
            "(or pass --prism_location=PATH)"
        )
    return binary.resolve()
