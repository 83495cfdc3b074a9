"""The figures of one bench run as the tables ``make bench`` prints, and the
targets met or missed."""

from __future__ import annotations

from newswire.bench import report as R


def _stage_rows(st) -> list[list[str]]:
    rows = []
    for stage, unit, amount in (("fetch", "stories", st.stories), ("clean", "stories", st.stories),
                                ("extract", "words", st.words), ("load", "rows", sum(st.rows.values()))):
        t = getattr(st, stage)
        rows.append([stage, f"{R.fmt_int(amount)} {unit}", f"{t.wall:.1f}", f"{R.fmt_int(amount / t.wall)} {unit}/s",
                     f"{R.fmt_int(amount / t.cpu)} {unit}/s" if t.cpu else "-"])
    return rows


def summarize(results: dict) -> tuple[str, list[dict]]:
    out: list[str] = []
    targets: list[R.Target] = []
    st = results.get("stages")
    naive, copy = results.get("naive"), results.get("copy")
    direct, airflow = results.get("direct") or {}, results.get("airflow") or {}
    n = st.stories if st else 0

    if st:
        out.append(f"Single process, N = {n} story versions ({st.batches} batches, {st.words:,} words):")
        out.append(R.table(_stage_rows(st), ["stage", "work", "wall s", "rate (wall)", "rate (CPU time)"]))
        out.append(f"(model load {st.model_load_s:.1f}s, not in extract; fetch is paced by the configured "
                   f"rate_limit_per_second per host; load rows = rows in {', '.join(st.rows)})")

        ref_rows = []
        bare_wall = st.words / st.bare.wall if st.bare.wall else 0
        ratio_wall = (st.bare.wall / st.extract.wall) if st.extract.wall and st.bare.wall else None
        ratio_cpu = (st.bare.cpu / st.extract.cpu) if st.extract.cpu and st.bare.cpu else None
        if ratio_wall is not None:
            ref_rows.append(["bare nlp.pipe, same model, same texts", f"{R.fmt_int(bare_wall)} words/s",
                             f"extract ÷ bare = {ratio_wall:.2f} (CPU time: {ratio_cpu:.2f})"])
        if naive:
            ref_rows.append([f"naive nlp(text) loop + textacy direct_quotations ({naive.stories} stories)",
                             f"{R.fmt_int(naive.words_per_s)} words/s",
                             f"extract ÷ naive = {st.words / st.extract.wall / naive.words_per_s:.2f}×"])
        if copy:
            ref_rows.append([f"raw COPY of the same rows, same PostgreSQL (median of {len(copy.copy_s)})",
                             f"{R.fmt_int(copy.copy_rows_per_s)} rows/s",
                             f"load ÷ COPY = {copy.ratio:.2f} (load's median {R.fmt_int(copy.load_rows_per_s)} rows/s)"])
        if ref_rows:
            out.append("\nReferences:")
            out.append(R.table(ref_rows, ["reference", "rate", "ratio"]))
        if ratio_wall is not None:
            targets.append(R.Target("extract ÷ bare nlp.pipe (words/s, one process)", f"≥ {R.EXTRACT_VS_BARE}",
                                    f"{ratio_wall:.2f} (CPU time {ratio_cpu:.2f})", ratio_wall >= R.EXTRACT_VS_BARE))
        if copy:
            targets.append(R.Target("load ÷ raw COPY (rows/s)", f"≥ {R.LOAD_VS_COPY}",
                                    f"{copy.ratio:.2f} (medians of {len(copy.load_s)} pairs)", copy.ratio >= R.LOAD_VS_COPY))

    sizes = sorted(set(direct) | set(airflow))
    if sizes:
        rows = []
        for size in sizes:
            d, a = direct.get(size), airflow.get(size)
            share = (a.wall - d.wall) / a.wall if a and d and a.wall else None
            cpu_share = (a.cpu_seconds - d.cpu_seconds) / a.cpu_seconds if a and d and a.cpu_seconds else None
            rows.append([
                str(size),
                f"{d.wall:.1f}" if d else "-",
                f"{a.wall:.1f}" + ("" if a.state == "success" else f" ({a.state})") if a else "-",
                f"{a.overhead_share:.0%}" if a else "-",
                f"{share:.0%}" if share is not None else "-",
                f"{cpu_share:.0%}" if cpu_share is not None else "-",
                f"{a.tasks} / {a.max_parallel_tasks}" if a else "-",
                " / ".join(f"{r.cores_used:.2f}" for r in (d, a) if r),
                " / ".join(f"{r.machine_busy_cores:.2f}" for r in (d, a) if r),
                f"{(a or d).wall / size * 1000:.0f}",
            ])
        out.append("\nWhole runs (discover → fetch → clean → extract → load → checks), by size:")
        out.append(R.table(rows, ["N", "without Airflow s", "through Airflow s", "Airflow share (own timings)",
                                  "Airflow share (wall vs without)", "Airflow share (CPU s vs without)", "tasks / most at once", "our cores busy (without / with)",
                                  "machine cores busy (without / with)", "s per 1000"]))
        out.append("(without Airflow: the stage functions, one process per core, same batches; Airflow share by own "
                   "timings = the part of the wall time in which no batch was inside a stage function (a lower bound); "
                   "vs without = "
                   "(through Airflow − without) ÷ through Airflow, in wall time and in CPU seconds; our cores busy = "
                   "CPU seconds of our processes ÷ wall; machine cores busy = every process on the machine, others' "
                   "included: above ours, the machine was shared)")
        for label, runs in (("through Airflow", airflow), ("without Airflow", direct)):
            points = [(float(s), r.wall) for s, r in sorted(runs.items()) if getattr(r, "state", "success") == "success"]
            if len(points) >= 2:
                a_, b_, r2 = R.linear_fit(points)
                costs = ", ".join(f"{c * 1000:.0f}" for c in R.marginal_costs(points))
                out.append(f"Scaling {label}: {a_:.1f}s + {b_ * 1000:.1f}s per 1000 stories (r² {r2:.3f}); "
                           f"marginal s per 1000 between sizes: {costs}")
        main = airflow.get(1000) or (airflow.get(max(airflow)) if airflow else None)
        if main:
            n_main = next(s for s, r in airflow.items() if r is main)
            scaled = main.wall * 1000 / n_main
            targets.append(R.Target("1,000 stories end to end through Airflow", f"≤ {R.E2E_SECONDS_1000:.0f} s",
                                    f"{scaled:.0f} s" + ("" if n_main == 1000 else f" (scaled from N={n_main})"),
                                    scaled <= R.E2E_SECONDS_1000 and main.state == "success"))
            d = direct.get(n_main)
            measured = f"{main.overhead_share:.0%} by the run's own timings (no stage work under way)"
            if d:
                share = (main.wall - d.wall) / main.wall
                cpu_share = (main.cpu_seconds - d.cpu_seconds) / main.cpu_seconds if main.cpu_seconds else 0.0
                measured += f"; {share:.0%} of wall and {cpu_share:.0%} of CPU s against the run without Airflow"
            targets.append(R.Target("Airflow's share of end-to-end time", f"≤ {R.AIRFLOW_SHARE:.0%}", measured,
                                    main.overhead_share <= R.AIRFLOW_SHARE))
            out.append(f"\nThe N={n_main} run through Airflow, stage by stage ({main.wall:.1f}s; no batch inside a stage "
                       f"function for {main.overhead_share:.0%} of it, Airflow's share by the run's own timings):")
            out.append(R.table(
                [[stage, str(e["tasks"]), f"{e['span']:.1f}", f"{e['slowest_in_stage']:.1f}", f"{e['mean_outside_stage']:.1f}"]
                 for stage, e in main.stages.items()],
                ["stage", "tasks", "first start → last end s", "slowest batch in stage s", "mean s per task outside the stage"]))
            out.append("(outside the stage: task process start, DAG file parse, imports, model load, XCom, "
                       "reporting to the api-server)")
            # On a shared machine our processes cannot show 2 busy cores while others take
            # CPU too: then 'the machine's cores were saturated with our tasks running 2+ at once' counts.
            saturated = main.machine_busy_cores >= R.SATURATED_CORES
            targets.append(R.Target("both cores used in the DAG run",
                                    f"≥ 2 tasks at once and ≥ {R.MIN_CORES_USED} cores busy (ours, or the machine's "
                                    f"≥ {R.SATURATED_CORES} when shared)",
                                    f"{main.max_parallel_tasks} tasks at once; ours {main.cores_used:.2f} cores, "
                                    f"machine {main.machine_busy_cores:.2f}",
                                    main.max_parallel_tasks >= 2 and (main.cores_used >= R.MIN_CORES_USED or saturated)))
            out.append(f"\nPeak RSS during the N={n_main} run through Airflow (MB, largest process of each kind):")
            rss_rows = [[kind, R.fmt_int(mb)] for kind, mb in sorted(main.peak_rss_by_kind.items(), key=lambda kv: -kv[1])]
            rss_rows += [[f"task process: {task}", R.fmt_int(mb)] for task, mb in sorted(main.peak_task_rss.items())]
            out.append(R.table(rss_rows, ["process", "peak RSS MB"]))
            worker_peak = max([0.0, *main.peak_task_rss.values()] +
                              [mb for kind, mb in main.peak_rss_by_kind.items() if "task" in kind or "worker" in kind])
            targets.append(R.Target("peak RSS per worker process", f"≤ {R.PEAK_RSS_MB:,.0f} MB",
                                    f"{worker_peak:,.0f} MB", worker_peak <= R.PEAK_RSS_MB))
        for label, runs in (("through Airflow", airflow), ("without Airflow", direct)):
            points = [(float(s), r.wall) for s, r in sorted(runs.items()) if getattr(r, "state", "success") == "success"]
            linear = R.is_linear(points)
            if linear is not None:
                _, _, r2 = R.linear_fit(points)
                costs = R.marginal_costs(points)
                targets.append(R.Target(f"cost linear in N ({label})", "r² ≥ 0.98, last marginal ≤ 1.3 × first",
                                        f"r² {r2:.3f}, {costs[-1] / costs[0]:.2f} ×", linear))
    if st:
        out.append(f"\nPeak RSS of the single measuring process (pipeline and bare model loaded): {st.peak_rss_mb:,.0f} MB; "
                   f"machine cores busy during extract/bare: {st.machine_busy_cores:.2f} of {results.get('machine', {}).get('cores', '?')}")
    if direct:
        out.append("Largest worker without Airflow: " + ", ".join(f"N={s}: {r.peak_rss_mb:,.0f} MB" for s, r in sorted(direct.items())))

    out.append("\nTargets:")
    out.append(R.table([[t.name, t.goal, t.value, {True: "met", False: "MISSED", None: "-"}[t.met]] for t in targets],
                       ["target", "goal", "measured", ""]))
    return "\n".join(out), [t.__dict__ for t in targets]
