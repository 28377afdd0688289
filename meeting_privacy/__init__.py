"""meeting-privacy: consent-gated, de-identified AI-training sets from meeting data."""

__version__ = "0.1.0"
