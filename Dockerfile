# The newswire image: Apache Airflow (the version pinned in requirements.txt),
# its Celery and Postgres providers, spaCy with its model, and this project,
# installed the way `make setup` installs it. One image for every service of
# docker-compose.yml: api-server, scheduler, dag-processor, triggerer, Celery
# workers, the one-shot init, and the sample wire server.
#
#   docker build -t newswire:latest .        (docker compose build does the same)

# Python 3.11: the version requirements.txt is locked for (pyproject: >=3.11).
ARG PYTHON_IMAGE=python:3.11-slim-bookworm
FROM ${PYTHON_IMAGE}

# Informational; the real pin is the apache-airflow line of requirements.txt
# (tests/test_cluster_config.py checks that the two agree).
ARG AIRFLOW_VERSION=3.3.2
LABEL org.opencontainers.image.title="newswire" \
      org.opencontainers.image.description="Wire-story ingestion on Apache Airflow ${AIRFLOW_VERSION} (CeleryExecutor)"

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    AIRFLOW_HOME=/opt/airflow \
    NEWSWIRE_HOME=/opt/newswire/data

# curl for the healthchecks, tini as PID 1 (signals reach Airflow, zombies are reaped).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl tini \
 && rm -rf /var/lib/apt/lists/*

# Airflow's usual uid; group 0 so an arbitrary uid (OpenShift style) can write too.
RUN useradd --uid 50000 --gid 0 --create-home --home-dir /home/airflow airflow

WORKDIR /opt/newswire

# Dependencies first: this layer is rebuilt only when the lock changes.
COPY requirements.txt ./
RUN pip install -r requirements.txt

# Then the project, editable and without resolving anything again (as `make setup`):
# the package finds config/ and dags/ beside it, as in a checkout.
COPY pyproject.toml ./
COPY include ./include
COPY dags ./dags
COPY plugins ./plugins
COPY config ./config
COPY docker ./docker
RUN pip install --no-deps -e . \
 && mkdir -p /opt/airflow/logs /opt/airflow/auth /opt/newswire/data /opt/newswire/lake \
 && chown -R airflow:0 /opt/airflow /opt/newswire/data /opt/newswire/lake \
 && chmod -R g+rwX /opt/airflow /opt/newswire/data /opt/newswire/lake

USER airflow
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["airflow", "version"]
