"""bench: throughput figures for newswire (``make bench``, issue 7).

    python -m newswire.bench [--n 1000] [--sizes 250,500,1000,2000] [--no-airflow] [--quick]

One run, on a synthetic wire corpus (``bench.corpus``) served by the local
wire server in a process of its own, with the embedded PostgreSQL and Airflow
metadata under ``data/bench`` (apart from ``make demo``'s ``data/``):

1. single process, N story versions: fetch, clean (stories/s), extract
   (words/s), load (rows/s): the pipeline's own stage functions one after
   another (``bench.stages``); beside them the references: bare
   ``nlp.pipe`` with the same model on the same texts, a naive per-story
   ``nlp(text)`` loop with textacy's ``direct_quotations``, and raw ``COPY``
   of the same rows into the same PostgreSQL;
2. for each size: the whole run without Airflow (stage functions in a pool of
   one process per core: the baseline), then one ``newswire_nightly`` run
   through Airflow (api-server, dag-processor, scheduler with LocalExecutor),
   with the peak RSS of every Airflow process (``bench.runs``);
3. the ratios, the scaling fit and the targets (``bench.report``).

Figures go to stdout and to ``data/bench/results.json``.
"""
