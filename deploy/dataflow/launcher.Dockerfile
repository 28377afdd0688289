# Flex Template launcher image: builds the job graph and submits it (it processes no data).
#   docker build -f deploy/dataflow/launcher.Dockerfile -t REGISTRY/meeting-privacy/launcher:0.1.0 .
FROM gcr.io/dataflow-templates-base/python311-template-launcher-base

WORKDIR /template
COPY setup.py README.md ./
COPY meeting_privacy ./meeting_privacy
COPY configs ./configs
COPY deploy/dataflow/main.py ./main.py
RUN pip install --no-cache-dir . "apache-beam[gcp]==2.77.0"

ENV FLEX_TEMPLATE_PYTHON_PY_FILE=/template/main.py \
    FLEX_TEMPLATE_PYTHON_SETUP_FILE=/template/setup.py
