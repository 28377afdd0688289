"""Beam pipeline options from the command line, checked strictly.

Beam itself only warns about an option it does not know and drops it; a
mistyped ``--direct_num_workers`` or ``--runner`` would then silently run
something else. Here an unknown option is a usage error (exit 2).
"""

from __future__ import annotations

from typing import Sequence

from apache_beam.options.pipeline_options import PipelineOptions, _BeamArgumentParser

from meeting_privacy.core.errors import ConfigError


class _StrictParser(_BeamArgumentParser):
    def error(self, message: str):
        # argparse quotes the bad value ("invalid int value: 'abc'"); name the option only.
        without_value = message.split(": '", 1)[0]
        raise ConfigError(f"bad Beam pipeline option: {without_value}")


def pipeline_options(beam_args: Sequence[str]) -> PipelineOptions:
    """``PipelineOptions`` for ``beam_args``; raises ``ConfigError`` on an unknown option."""
    parser = _StrictParser(allow_abbrev=False)
    seen = set()
    for cls in PipelineOptions.__subclasses__():
        if str(cls) not in seen:  # a class can be listed twice, see Beam's get_all_options
            seen.add(str(cls))
            cls._add_argparse_args(parser)  # noqa: SLF001 - the parser Beam builds itself
    _, unknown = parser.parse_known_args(list(beam_args))
    if unknown:
        raise ConfigError(f"unknown option {unknown[0]} (not ours and not a Beam pipeline option)")
    if not any(arg.startswith("--default_sdk_harness_log_level") for arg in beam_args):
        # Worker processes log every bundle at INFO otherwise; users can ask for more.
        beam_args = [*beam_args, "--default_sdk_harness_log_level=WARNING"]
    return PipelineOptions(list(beam_args))
