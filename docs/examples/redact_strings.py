"""Only the de-identifier: redact a PCollection of strings, nothing else.

Reads lines of text, replaces personal data by typed placeholders and writes
the redacted lines. Lines whose redaction raised are counted, never written:
their text is raw personal data.
"""

import apache_beam as beam

from meeting_privacy.core.detection import Roster
from meeting_privacy.core.policy import Policy
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.transforms.redact_text import RedactText


def redact_lines(pipeline, source: str, destination: str) -> None:
    settings = Policy().deidentification  # or DetectionSettings(allow_list=("Acme",), ...)
    roster = Roster(names=("Priya Raman", "Marcus Chen"), emails=("marcus.chen@example.com",))
    lines = pipeline | "Read" >> beam.io.ReadFromText(source)
    result = lines | "Redact" >> RedactText(settings, roster=roster)
    result.redacted | "Write" >> beam.io.WriteToText(destination, shard_name_template="")
    (
        result.failed
        | "Count failures" >> beam.combiners.Count.Globally()
        | "Report" >> beam.Map(lambda n: print(f"{n} line(s) could not be redacted and were left out"))
    )


if __name__ == "__main__":
    import sys

    with beam.Pipeline(options=pipeline_options([])) as p:
        redact_lines(p, sys.argv[1], sys.argv[2])
