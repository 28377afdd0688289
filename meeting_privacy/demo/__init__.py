"""The demo's sample meetings, and the input-file writer the tests and benchmarks share.

Not part of the pipeline: ``meeting-privacy demo`` and the tests import it,
nothing under ``pipelines``, ``transforms``, ``core`` or ``schemas`` does, and
it imports nothing from them, so that its oracle cannot share a bug with the
engine it checks.

- ``scenarios``: the fictional people, their consent and their meetings, each
  declaring its outcome;
- ``oracle``: the contract's precedence over those declarations
  (``SampleInfo``, ``ExpectedRow``);
- ``sample``: the tables turned into input files (``write_sample``);
- ``writer``: JSON Lines, gzip and Parquet input files (``write_input``).
"""

from meeting_privacy.demo.oracle import ExpectedRow, SampleInfo
from meeting_privacy.demo.sample import FILES, write_sample
from meeting_privacy.demo.scenarios import AS_OF, MEETINGS, PEOPLE, Meeting, Person

__all__ = ["AS_OF", "FILES", "MEETINGS", "PEOPLE", "ExpectedRow", "Meeting", "Person", "SampleInfo", "write_sample"]
