"""No network at run time: the whole pipeline runs with sockets forbidden."""

from __future__ import annotations

import socket

import pytest

from meeting_privacy.demo import write_sample
from tests.support.reliability_support import manifest, run_args, run_captured

pytestmark = pytest.mark.slow  # every test here runs the whole pipeline


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed("the pipeline tried to use the network")


def test_the_whole_pipeline_runs_with_sockets_forbidden(tmp_path, monkeypatch):
    info = write_sample(tmp_path / "input")
    key = tmp_path / "key.txt"
    key.write_text("offline-key-0123456789abcdefghijklmnopqrstuv")
    key.chmod(0o600)
    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 443))  # the guard is in place
    argv = run_args(tmp_path / "input", tmp_path / "output", key)
    argv[argv.index("--as-of") + 1] = info.as_of
    run = run_captured(argv, tmp_path / "output")
    assert run.code == 0, run.stderr[-3000:]
    counts = manifest(tmp_path / "output")["counts"]
    assert {kind: counts[kind]["read"] for kind in info.counts} == dict(info.counts)
    assert b"NetworkUsed" not in run.stderr and "NetworkUsed" not in run.logs
