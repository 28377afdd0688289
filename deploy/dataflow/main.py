"""Flex Template entry point: ``meeting-privacy run`` with the template's parameters.

The Flex Template launcher runs ``python main.py --input=... --output=... --key_file=...
--runner=DataflowRunner --project=... ...``. The template's parameters (``metadata.json``) go to
the same ``resolve`` as the CLI's flags, and the run goes as ``meeting-privacy run`` goes (same
checks, one-line errors, exit statuses and summary); every other option goes on to Beam.
"""

import argparse
import sys
from typing import Sequence

from meeting_privacy.cli import launch
from meeting_privacy.pipelines import UsageError
from meeting_privacy.pipelines.resolve import Resolved, resolve

#: The template's parameters, as ``metadata.json`` names them -> ``resolve``'s arguments.
PARAMETERS = {
    "input": "input_dir",
    "output": "output_dir",
    "key_file": "key_file",
    "key_secret": "key_secret",
    "as_of": "as_of",
    "policy": "policy_path",
}
REQUIRED = ("input", "output")


class _Parameters(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as for the CLI's flags
        raise UsageError(f"{message} (template parameters: {', '.join(PARAMETERS)})")


def configure(argv: Sequence[str]) -> Resolved:
    """The run the template's parameters in ``argv`` ask for; the other arguments are Beam options."""
    parser = _Parameters(prog="main.py", allow_abbrev=False)
    for name, argument in PARAMETERS.items():
        parser.add_argument(f"--{name}", dest=argument, required=name in REQUIRED)
    parameters, beam_args = parser.parse_known_args(argv)
    return resolve(**vars(parameters), beam_args=beam_args)


if __name__ == "__main__":
    sys.exit(launch(lambda: configure(sys.argv[1:])))
