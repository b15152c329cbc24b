"""Run one infoscore command in this process and report its wall time and peak memory.

``python -m bench.measure RESULT.json -- run --inbox …``: the bench starts each measured run
in a fresh process so that peak memory (ru_maxrss) belongs to that run alone.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> None:
    result_path = sys.argv[1]
    args = sys.argv[sys.argv.index("--") + 1 :]
    from pipeline.cli import cli

    t0 = time.perf_counter()
    code = 0
    try:
        cli(args, standalone_mode=False)
    except SystemExit as e:
        code = int(e.code or 0)
    elapsed = time.perf_counter() - t0
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(result_path, "w", encoding="utf-8") as fh:
        json.dump({"seconds": elapsed, "peak_mb": rss_kb / 1024, "exit": code}, fh)


if __name__ == "__main__":
    main()
