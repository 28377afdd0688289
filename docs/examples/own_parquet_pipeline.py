"""Consent gating and de-identification added to a pipeline that reads its own Parquet.

The pipeline already reads transcripts, the meeting rosters and the consent
ledger from Parquet tables (with the contract's field names). Three steps
are added: validate the rows, gate them on consent, de-identify what may be
used; then the training rows, the audit and the quarantine are written.
"""

from datetime import datetime

import apache_beam as beam

from meeting_privacy.core.policy import Policy
from meeting_privacy.core.pseudonyms import KeySource
from meeting_privacy.pipelines.options import pipeline_options
from meeting_privacy.transforms import (
    DeidentifyMeetings,
    GateByConsent,
    RefuseIfFatal,
    WriteParquet,
    WriteQuarantine,
)
from meeting_privacy.transforms.records import ParseRecords


def add_privacy(pipeline, tables: str, output: str, policy: Policy, as_of: datetime) -> None:
    records, rejected = {}, []
    for kind in ("participants", "consent", "transcripts"):
        rows = pipeline | f"Read {kind}" >> beam.io.ReadFromParquet(f"{tables}/{kind}-*.parquet")
        parsed = rows | f"Parse {kind}" >> ParseRecords(kind, source_name=f"{kind}.parquet")
        records[kind] = parsed.parsed
        rejected.append(parsed.quarantine)
    # Unreadable consent and roster rows must reach the gate: they fail closed there.
    records["quarantine"] = rejected | "All rejected" >> beam.Flatten()

    gated = records | "Consent" >> GateByConsent(policy, as_of)
    clean = gated["decisions"] | "Deidentify" >> DeidentifyMeetings(
        policy.deidentification, KeySource.from_env(), policy.time_granularity
    )
    # Nothing is written if a consent or roster row names no one (any subject might be the one).
    for name in ("transcripts", "audit"):
        (
            clean[name]
            | f"Refuse {name}" >> RefuseIfFatal(gated["fatal"])
            | f"Write {name}" >> WriteParquet(output, name)
        )
    (
        (records["quarantine"], clean["quarantine"])
        | "All quarantine" >> beam.Flatten()
        | "Write quarantine" >> WriteQuarantine(output)
    )


if __name__ == "__main__":
    import sys

    from meeting_privacy.pipelines.resolve import parse_as_of

    tables, output, as_of = sys.argv[1:4]
    with beam.Pipeline(options=pipeline_options([])) as p:
        add_privacy(p, tables, output, Policy(), parse_as_of(as_of))
