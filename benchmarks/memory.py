"""Peak memory of a process and of its descendants, read from ``/proc`` (psutil is not installed).

Shared by the benchmarks: ``TreeMemory`` polls a running child and every
process it starts (Beam's SDK workers), ``own_peak_mib`` reads this
process's own peak. Peak RSS is the kernel's ``VmHWM``, so a short spike
between two polls is still counted for a process seen at least once.
"""

from __future__ import annotations

import os
import threading

__all__ = ["TreeMemory", "cmdline", "descendants", "own_peak_mib", "peak_mib"]


def peak_mib(pid: int | str) -> float | None:
    """The peak RSS (``VmHWM``) of ``pid`` in MiB; None if it has ended or has none (a kernel thread)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def own_peak_mib() -> float:
    """This process's peak RSS in MiB."""
    peak = peak_mib("self")
    if peak is None:
        raise RuntimeError("/proc/self/status has no VmHWM: peak memory cannot be measured here")
    return peak


def cmdline(pid: int) -> str:
    """The command line of ``pid``, arguments separated by spaces; empty if it has ended."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def descendants(root: int) -> set[int]:
    """Every live descendant of ``root`` (not ``root`` itself), from the parent ids in ``/proc/*/stat``."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
            # The command name (in parentheses) may hold spaces: fields start after the last ")".
            parent[int(entry)] = int(stat[stat.rfind(")") + 2 :].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parent.items() if ppid in frontier and pid not in found}
        found |= frontier
    return found


class TreeMemory(threading.Thread):
    """Polls the peak RSS of a process and of every descendant until stopped.

    ``peaks`` maps each pid seen to ``(command line, peak MiB)``; the command
    line is the last one read (a forked worker changes its own on ``exec``).
    """

    def __init__(self, root: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peaks: dict[int, tuple[str, float]] = {}
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            for pid in {self.root} | descendants(self.root):
                peak = peak_mib(pid)
                if peak is not None:
                    self.peaks[pid] = (cmdline(pid) or self.peaks.get(pid, ("?", 0.0))[0], peak)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def __enter__(self) -> TreeMemory:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
