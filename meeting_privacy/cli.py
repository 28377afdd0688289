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
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from meeting_privacy import __version__
from meeting_privacy.pipelines import (
    DEFAULT_REASON,
    KEY_ENV_VAR,
    ConfigError,
    KeySource,
    MeetingPrivacyError,
    UsageError,
    load_policy,
    verify_output,
)

if TYPE_CHECKING:  # the module loads Beam; commands import it when they need it
    from meeting_privacy.pipelines.resolve import Resolved

PROG = "meeting-privacy"
_DEBUG_HELP = "on an error, also print the traceback and Beam's error logs (they may quote input data)"
#: Signals that interrupt a run: Ctrl-C, and a scheduler's timeout or `docker stop`.
_INTERRUPTING = (signal.SIGINT, signal.SIGTERM)


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
        return _command(args, beam_args)
    except (ConfigError, KeyboardInterrupt, BrokenPipeError) as error:
        return _exit_status(error, debug)


def launch(configure: Callable[[], Resolved]) -> int:
    """Runs what ``configure`` resolves as ``meeting-privacy run`` runs it, and returns the exit status.

    For entry points with parameters of their own (the Flex Template's ``main.py``): the same
    logging, one-line errors, exit statuses and summary as the CLI. ``configure`` (which calls
    ``pipelines.resolve.resolve``) is called here, so that its configuration errors exit 2 too.
    """
    _configure_logging(debug=False)
    try:
        config, options = configure()
        return execute(config, options)
    except (ConfigError, KeyboardInterrupt, BrokenPipeError) as error:
        return _exit_status(error, debug=False)


def _command(args: argparse.Namespace, beam_args: list[str]) -> int:
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


def _exit_status(error: BaseException, debug: bool) -> int:
    """The exit status for an error ``main`` or ``launch`` stops on, after saying it in one line."""
    if isinstance(error, ConfigError):
        return _failed(error, str(error), 2, debug)
    if isinstance(error, KeyboardInterrupt):  # Ctrl-C, or SIGTERM (see execute)
        print(f"{PROG}: interrupted; nothing published", file=sys.stderr)
        return 1
    sys.stderr.close()  # a BrokenPipeError: output piped into `head`
    return 0


def _failed(error: BaseException, message: str, code: int, debug: bool) -> int:
    """Prints the one-line error (after the traceback, with ``--debug``) and returns the exit status."""
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def _run(args: argparse.Namespace, beam_args: list[str]) -> int:
    from meeting_privacy.pipelines.resolve import resolve

    config, options = resolve(
        input_dir=args.input,
        output_dir=args.output,
        key_file=args.key_file,
        key_secret=args.key_secret,
        policy_path=args.policy,
        as_of=args.as_of,
        options_file=args.options_file,
        beam_args=beam_args,
        shards=args.shards,
    )
    return execute(config, options, quiet=args.quiet, debug=args.debug)


def _erase(args: argparse.Namespace) -> int:
    from meeting_privacy.pipelines.erase import erase_output
    from meeting_privacy.pipelines.resolve import key_source

    source = key_source(args.key_file, args.key_secret)
    previous_umask = os.umask(0o077)
    try:
        with _Interruptible():
            result = erase_output(args.output, args.user_ids, source, args.reason, datetime.now(timezone.utc))
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
    from meeting_privacy.demo import write_sample
    from meeting_privacy.pipelines.publish import check_output
    from meeting_privacy.pipelines.resolve import beam_options, parse_as_of
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
        policy=load_policy(None),
        key_source=KeySource.demo(),
        as_of=parse_as_of(info.as_of),
    )
    return execute(config, beam_options([]), quiet=args.quiet, debug=args.debug)


def _validate(args: argparse.Namespace) -> int:
    from meeting_privacy.pipelines.resolve import input_folder
    from meeting_privacy.pipelines.validate import format_report, validate_folder

    reports = validate_folder(input_folder(args.input), load_policy(args.policy).limits)
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
    """One line for a failed run: our own error's text, else only the error's type."""
    from meeting_privacy.pipelines.training_set import own_error_line

    line = own_error_line(error)
    if line is None:
        return f"the pipeline failed ({type(error).__name__}); rerun with --debug to see why (it may show input data)"
    return line


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return int(text)


if __name__ == "__main__":
    sys.exit(main())
