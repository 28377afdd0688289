"""Public PTransforms: read, gate by consent, de-identify, write.

Each step of the ``meeting-privacy`` pipeline, reusable in your own Beam
pipeline on any runner. See docs/library.md for what each takes and gives.
"""

from meeting_privacy.transforms.consent import GateByConsent
from meeting_privacy.transforms.deidentify import AuditRejected, DeidentifyMeetings
from meeting_privacy.transforms.read import FileInfo, ReadMeetingData
from meeting_privacy.transforms.records import ParseRecords
from meeting_privacy.transforms.redact_text import FailedText, RedactText
from meeting_privacy.transforms.write import RefuseIfFatal, WriteDocument, WriteParquet, WriteQuarantine

__all__ = [
    "AuditRejected",
    "DeidentifyMeetings",
    "FailedText",
    "FileInfo",
    "GateByConsent",
    "ParseRecords",
    "ReadMeetingData",
    "RedactText",
    "RefuseIfFatal",
    "WriteDocument",
    "WriteParquet",
    "WriteQuarantine",
]
