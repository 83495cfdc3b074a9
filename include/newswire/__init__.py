"""newswire: wire-story ingestion, cleaning, extraction and warehousing.

Stages live in sub-packages (``fetch``, ``clean``, ``extract``, ``warehouse``);
``pipeline`` composes them and is what both the Airflow DAGs and the CLI call.
Nothing here imports Airflow's scheduler, so every stage is testable alone.
"""

__version__ = "0.1.0"
