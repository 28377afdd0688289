"""The ``meeting-privacy`` command (contract section 5).

Exit status: 0 on success, 2 on a usage or configuration error (nothing
written), 1 when the pipeline fails or is interrupted. Errors are one line;
no traceback, and no error log of Beam's, since either may quote the data
being processed: ``--debug`` shows them.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, Sequence

from meeting_privacy import __version__
from meeting_privacy.core.erasure import DEFAULT_REASON
from meeting_privacy.core.errors import ConfigError, MeetingPrivacyError
from meeting_privacy.core.policy import load_policy
from meeting_privacy.core.pseudonyms import KEY_ENV_VAR, KeySource

PROG = "meeting-privacy"
_DEBUG_HELP = "on an error, also print the traceback and Beam's error logs (they may quote input data)"
#: Signals that interrupt a run: Ctrl-C, and a scheduler's timeout or `docker stop`.
_INTERRUPTING = (signal.SIGINT, signal.SIGTERM)


class UsageError(ConfigError):
    """A command-line mistake (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as for every configuration error
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Turn meeting data into consent-gated, de-identified AI-training sets.",
        epilog="Any Apache Beam pipeline option (e.g. --runner, --direct_num_workers) may follow `run`.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = commands.add_parser(
        "run",
        help="run the pipeline on an input folder",
        description="Read an input folder, gate every record on consent, de-identify what may be used "
        "and write the training set, audit, quarantine and manifest.",
        epilog="Other options are passed to Apache Beam (e.g. --runner=DataflowRunner, "
        "--direct_running_mode=multi_processing --direct_num_workers=2).",
    )
    run.add_argument("--input", required=True, metavar="DIR", help="folder of input files (contract section 1)")
    run.add_argument("--output", required=True, metavar="DIR", help="folder for the outputs (contract section 4)")
    run.add_argument("--policy", metavar="FILE", help="policy YAML (default: the built-in configs/policy.yaml)")
    _key_arguments(run)
    run.add_argument(
        "--as-of", metavar="TIME", help="RFC 3339 time consent is judged at (default: the start of the run)"
    )
    run.add_argument(
        "--options-file",
        metavar="FILE",
        help="YAML of Beam pipeline options, e.g. configs/runners/flink.yaml; options given here override it",
    )
    run.add_argument(
        "--shards",
        type=_positive_int,
        default=1,
        metavar="N",
        help="run as N pipelines one after the other, each on a share of the meetings, so that one "
        "machine's memory is bounded by a share, not by the input (default 1; same outputs)",
    )
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.add_argument("--debug", action="store_true", help=_DEBUG_HELP)

    demo = commands.add_parser(
        "demo",
        help="run the pipeline on the embedded sample meetings",
        description="Write the embedded sample meetings and run the whole pipeline on them with the demo key.",
    )
    demo.add_argument(
        "--output",
        default="demo-output",
        metavar="DIR",
        help="output folder (default: demo-output); the sample input is written beside it, to DIR-sample-input",
    )
    demo.add_argument("--quiet", action="store_true", help="print nothing but errors")
    demo.add_argument("--debug", action="store_true", help=_DEBUG_HELP)

    validate = commands.add_parser(
        "validate",
        help="check input files against the contract without running the pipeline",
        description="Read every input file with the pipeline's own parser and print a per-file report. "
        "Exit status 0 if every record is valid, 1 if any is malformed.",
    )
    validate.add_argument("--input", required=True, metavar="DIR", help="folder of input files")
    validate.add_argument(
        "--policy", metavar="FILE", help="policy YAML whose read limits apply (default: the built-in policy)"
    )

    erase = commands.add_parser(
        "erase",
        help="erase people from a built output (their rows, and under all_participants their meetings' content)",
        description="Remove from an existing output every row whose consent rests on one of the listed people, "
        "rewrite it atomically, log the request in the manifest and verify the result.",
    )
    erase.add_argument("--output", required=True, metavar="DIR", help="an output folder of `meeting-privacy run`")
    erase.add_argument("--user-ids", required=True, metavar="FILE", help="the people to erase: one user_id a line")
    _key_arguments(erase)
    erase.add_argument(
        "--reason",
        default=DEFAULT_REASON,
        metavar="CODE",
        help=f"reason code written to the audit and the erasure log (default: {DEFAULT_REASON})",
    )
    erase.add_argument("--quiet", action="store_true", help="print nothing but errors")
    erase.add_argument("--debug", action="store_true", help=_DEBUG_HELP)

    verify = commands.add_parser(
        "verify",
        help="check a built output against its manifest, without the key",
        description="Check that every file the manifest lists is there unchanged and nothing else is, that the "
        "schemas are the contract's, that the counts add up and that the quarantine is owner-only. "
        "Exit status 0 if so, 1 naming each problem.",
    )
    verify.add_argument("output", metavar="DIR", help="an output folder of `meeting-privacy run`")

    policy = commands.add_parser("policy", help="show the effective policy", description="Policy tools.")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True, parser_class=_Parser)
    show = policy_commands.add_parser(
        "show",
        help="print the effective policy (defaults filled in) and its SHA-256",
        description="Print the effective policy as YAML, with every default filled in, and its SHA-256.",
    )
    show.add_argument("--policy", metavar="FILE", help="policy YAML (default: the built-in configs/policy.yaml)")
    return parser


def _key_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--key-file", metavar="FILE", help=f"file holding the pseudonym key (default: ${KEY_ENV_VAR})")
    command.add_argument(
        "--key-secret",
        metavar="NAME",
        help="Secret Manager version holding the key, projects/P/secrets/S/versions/V (for Dataflow workers)",
    )


def _not_beam_import_noise(record: logging.LogRecord) -> bool:
    # Beam warns on every start that optional GCP client libraries are absent; they are optional here.
    return not record.getMessage().startswith("apitools not found")


def _not_an_error_log(record: logging.LogRecord) -> bool:
    # Beam (and Prism's workers, whose records arrive as `root` or `PrismRunner`) log a failing step
    # with its traceback before the run fails; the CLI reports the failure in one line, and a
    # traceback may quote the record being processed. Our own code logs no errors.
    return record.levelno < logging.ERROR


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        # Prism's log records get their level only after the logger's check: judge them again here.
        handler.setLevel(logging.WARNING)
        handler.addFilter(_not_beam_import_noise)
        if debug:
            handler.removeFilter(_not_an_error_log)
        else:
            handler.addFilter(_not_an_error_log)


def main(argv: Optional[Sequence[str]] = None) -> int:
    debug = False
    try:
        args, beam_args = _parser().parse_known_args(argv)
        debug = getattr(args, "debug", False)
        _configure_logging(debug)
        if args.command != "run" and beam_args:
            raise UsageError(f"unrecognized arguments: {' '.join(beam_args)}")
        if args.command == "demo":
            return _demo(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "policy":
            return _policy_show(args)
        if args.command == "erase":
            return _erase(args)
        if args.command == "verify":
            return _verify(args)
        return _run(args, beam_args)
    except ConfigError as error:
        return _failed(error, str(error), 2, debug)
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (see execute)
        print(f"{PROG}: interrupted; nothing published", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        return 0


def _failed(error: BaseException, message: str, code: int, debug: bool) -> int:
    """Prints the one-line error (after the traceback, with ``--debug``) and returns the exit status."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace, beam_args: list[str]) -> int:
    from meeting_privacy.pipelines.profiles import load_profile
    from meeting_privacy.pipelines.training_set import RunConfig

    key_source = _key_source(args)
    config = RunConfig(
        input_dir=_input_folder(args.input),
        output_dir=_absolute(args.output),
        policy=load_policy(args.policy),
        key_source=key_source,
        as_of=parse_as_of(args.as_of),
        policy_path=args.policy,
        shards=args.shards,
    )
    if args.options_file:
        beam_args = [*load_profile(args.options_file), *beam_args]
    return execute(config, _beam_options(beam_args), quiet=args.quiet, debug=args.debug)


def _key_source(args: argparse.Namespace) -> KeySource:
    """Where the key comes from (``--key-file``, ``--key-secret`` or the environment), checked now."""
    if args.key_file and args.key_secret:
        raise UsageError("give either --key-file or --key-secret, not both")
    if args.key_file:
        key_source = KeySource.from_file(args.key_file)
    elif args.key_secret:
        key_source = KeySource.from_gcp_secret(args.key_secret)
    elif os.environ.get(KEY_ENV_VAR, "").strip():
        key_source = KeySource.from_env()
    else:
        raise ConfigError(
            f"no pseudonym key: pass --key-file FILE or --key-secret NAME, or set {KEY_ENV_VAR} "
            "(at least 32 characters)"
        )
    key_source.load()  # check it here, with a clear message, before anything runs
    return key_source


def _erase(args: argparse.Namespace) -> int:
    from meeting_privacy.pipelines.erase import erase_output

    key_source = _key_source(args)
    previous_umask = os.umask(0o077)
    try:
        with _Interruptible():
            result = erase_output(args.output, args.user_ids, key_source, args.reason, datetime.now(timezone.utc))
    except MeetingPrivacyError as error:
        if isinstance(error, ConfigError):
            raise
        return _failed(error, str(error), 1, args.debug)
    finally:
        os.umask(previous_umask)
    if not args.quiet:
        if result.erasure is None:
            print(f"nothing to erase: no row of {args.output} rests on the listed people (nothing changed)")
        else:
            rows = ", ".join(f"{kind} {n}" for kind, n in result.erasure.rows.items())
            print(f"erased {sum(result.erasure.rows.values())} rows ({rows}) from {args.output}")
        if result.unmatched:
            print(
                f"{result.unmatched} of the listed user ids are named by no row of this output "
                "(never in it, erased before, or spelt differently: ids are matched exactly)"
            )
        print(result.verdict.summary(args.output))
    return 0 if result.verdict.ok else 1


def _verify(args: argparse.Namespace) -> int:
    from meeting_privacy.core.verify import verify_output

    if "://" in args.output or not Path(args.output).is_dir():
        raise ConfigError(f"output folder {args.output} does not exist (verify works on local folders)")
    verdict = verify_output(args.output)
    print(verdict.summary(args.output))
    for problem in verdict.problems:
        print(f"  {problem}")
    return 0 if verdict.ok else 1


def _demo(args: argparse.Namespace) -> int:
    """Writes the sample beside the output (``DIR-sample-input``), never inside it: an input
    inside the output is refused, since publishing the output would replace it."""
    from meeting_privacy.core.policy import Policy
    from meeting_privacy.core.sample import write_sample
    from meeting_privacy.pipelines.publish import check_output
    from meeting_privacy.pipelines.training_set import RunConfig

    output = Path(args.output).resolve()
    sample_dir = output.with_name(f"{output.name}-sample-input")
    check_output(str(sample_dir), str(output))  # refuse before the sample is written
    info = write_sample(sample_dir)
    if not args.quiet:
        print(f"sample meetings written to {sample_dir} (demo key: pseudonyms are NOT secret)")
    config = RunConfig(
        input_dir=str(sample_dir),
        output_dir=str(output),
        policy=Policy(),
        key_source=KeySource.demo(),
        as_of=parse_as_of(info.as_of),
    )
    return execute(config, _beam_options([]), quiet=args.quiet, debug=args.debug)


def _validate(args: argparse.Namespace) -> int:
    from meeting_privacy.pipelines.validate import format_report, validate_folder

    reports = validate_folder(_input_folder(args.input), load_policy(args.policy).limits)
    for line in format_report(reports):
        print(line)
    return 1 if any(r.malformed for r in reports) else 0


def _policy_show(args: argparse.Namespace) -> int:
    import yaml

    policy = load_policy(args.policy)
    print(yaml.safe_dump(policy.to_mapping(), sort_keys=False), end="")
    print(f"# sha256: {policy.sha256()}")
    return 0


def execute(config, options, quiet: bool = False, debug: bool = False) -> int:
    """Runs a configured pipeline, prints the summary and returns the exit status.

    A configuration error found by the run (an output that may not be written) is raised for
    ``main`` to report with exit status 2; SIGINT and SIGTERM (a scheduler's timeout, ``docker
    stop``) are raised as ``KeyboardInterrupt``, so that the run removes its staging folder.
    """
    from meeting_privacy.pipelines.figures import Progress, figures
    from meeting_privacy.pipelines.summary import format_summary
    from meeting_privacy.pipelines.training_set import run

    interruption = _Interruptible()
    previous_umask = os.umask(0o077)  # every file the run creates is owner-only; quarantine must be
    try:
        with interruption, Progress(enabled=not quiet):
            manifest, counters = run(config, options)
    except ConfigError:
        raise
    except Exception as error:  # noqa: BLE001 - Beam wraps worker errors; show ours, hide the rest
        if interruption.received:  # Beam may wrap the KeyboardInterrupt in an error of its own
            raise KeyboardInterrupt from None
        return _failed(error, _pipeline_error(error), 1, debug)
    finally:
        os.umask(previous_umask)
    if not quiet:
        print(format_summary(manifest, figures(counters), config.output_dir))
    return 0


class _Interruptible:
    """While a run lasts, SIGINT and SIGTERM raise ``KeyboardInterrupt`` and are remembered.

    Python drops an exception raised inside a finalizer (``__del__``, e.g. of a Parquet writer
    being collected) after printing it, so an interruption can be lost; it is then not printed
    but signalled again a moment later, outside the finalizer.
    """

    def __init__(self) -> None:
        self.received: Optional[int] = None  # the signal, once one came
        self._again: Optional[threading.Timer] = None

    def __enter__(self) -> _Interruptible:
        self._handlers = {number: signal.signal(number, self._interrupt) for number in _INTERRUPTING}
        self._hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
        return self

    def __exit__(self, *exc_info) -> None:
        if self._again is not None:
            self._again.cancel()
        sys.unraisablehook = self._hook
        for number, handler in self._handlers.items():
            signal.signal(number, handler)

    def _interrupt(self, signum, frame):
        self.received = signum
        raise KeyboardInterrupt

    def _unraisable(self, unraisable) -> None:
        if self.received is None or not isinstance(unraisable.exc_value, KeyboardInterrupt):
            self._hook(unraisable)
            return
        main = threading.main_thread().ident  # to the main thread, so that it wakes from a wait
        self._again = threading.Timer(0.1, signal.pthread_kill, (main, self.received))
        self._again.start()


def _pipeline_error(error: BaseException) -> str:
    """One line for a failed run: our own error's text (without Beam's step suffix), else the type."""
    from meeting_privacy.transforms.write import FATAL_PREFIX

    text = str(error)
    if FATAL_PREFIX in text:  # Beam may re-raise our worker's error inside its own text
        text = text[text.index(FATAL_PREFIX) :]
    elif not isinstance(error, MeetingPrivacyError):
        return f"the pipeline failed ({type(error).__name__}); rerun with --debug to see why (it may show input data)"
    return text.split("\n", 1)[0].split(" [while running", 1)[0]


def _beam_options(beam_args: Sequence[str]):
    """Beam pipeline options with the runner resolved now, as Beam will resolve it: an unknown or
    unloadable runner is a usage error (exit 2), not a failed pipeline."""
    from apache_beam.options.pipeline_options import StandardOptions
    from apache_beam.runners.runner import create_runner

    from meeting_privacy.pipelines.options import pipeline_options

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


def parse_as_of(text: Optional[str]) -> datetime:
    """The run's as-of time: RFC 3339 with a zone, or now (UTC, whole seconds)."""
    if text is None:
        return datetime.now(timezone.utc).replace(microsecond=0)
    from meeting_privacy.schemas.inputs import parse_rfc3339

    try:
        return parse_rfc3339(text).astimezone(timezone.utc)
    except ValueError:
        raise ConfigError("--as-of must be an RFC 3339 time with a zone, e.g. 2026-06-30T00:00:00Z") from None
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise ConfigError("--as-of is out of range: it must lie between years 1 and 9999 in UTC") from None


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return int(text)


def _input_folder(path: str) -> str:
    """The input folder as an absolute path; a local one must exist."""
    if "://" not in path and not Path(path).exists():
        raise ConfigError(f"input folder {path} does not exist")
    if "://" not in path and not Path(path).is_dir():
        raise ConfigError(f"input folder {path} is a file, not a folder")
    return _absolute(path)


def _absolute(path: str) -> str:
    return path if "://" in path else str(Path(path).resolve())


if __name__ == "__main__":
    sys.exit(main())
