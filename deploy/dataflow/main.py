"""Flex Template entry point: ``meeting-privacy run`` with the template's parameters.

The Flex Template launcher runs ``python main.py --input=... --output=... --key_file=...
--runner=DataflowRunner --project=... ...``. The template's parameters (``metadata.json``) are
renamed to the CLI's flags; every other option goes on to Beam.
"""

import sys

from meeting_privacy.cli import main

#: Template parameter name -> CLI flag (template names cannot all be the CLI's).
PARAMETERS = {
    "input": "--input",
    "output": "--output",
    "key_file": "--key-file",
    "key_secret": "--key-secret",
    "as_of": "--as-of",
    "policy": "--policy",
}


def cli_args(argv: list[str]) -> list[str]:
    args = []
    for arg in argv:
        name, sep, value = arg[2:].partition("=") if arg.startswith("--") else ("", "", "")
        args.append(f"{PARAMETERS[name]}={value}" if sep and name in PARAMETERS else arg)
    return ["run", *args]


if __name__ == "__main__":
    sys.exit(main(cli_args(sys.argv[1:])))
