#!/usr/bin/env python3
"""run.py - HTTP tests: a real charla on loopback, a real SQLite database.

Each test gets a fresh server with the demo page imported. Prints one line
per test and ends with "http: N passed, M failed".

With --db-url postgres://... (or CHARLA_TEST_PG set) the same tests run
against PostgreSQL, each server in a fresh schema of that database (see
harness.py), and the last line reads "http-pg: N passed, M failed" (plus
", K skipped" for the tests that open the SQLite file themselves).
A test that cannot run here (one that needs root, say) raises
harness.Skip and is counted as skipped too, with its reason printed.
"""
import argparse
import inspect
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from harness import Server, run_tests  # noqa: E402
import test_backup  # noqa: E402
import test_cli  # noqa: E402
import test_read  # noqa: E402
import test_reader_names  # noqa: E402
import test_reader_words  # noqa: E402
import test_reports  # noqa: E402
import test_post  # noqa: E402
import test_admin  # noqa: E402
import test_article_edit  # noqa: E402
import test_article_views  # noqa: E402
import test_bulk  # noqa: E402
import test_mod  # noqa: E402
import test_raid_end  # noqa: E402
import test_queue  # noqa: E402
import test_embed  # noqa: E402
import test_embed_threads  # noqa: E402
import test_feed_cache  # noqa: E402
import test_held  # noqa: E402
import test_durability  # noqa: E402
import test_import  # noqa: E402
import test_ops  # noqa: E402
import test_i18n  # noqa: E402
import test_limits  # noqa: E402
import test_limit_forms  # noqa: E402
import test_embed_limits  # noqa: E402
import test_login  # noqa: E402
import test_me_list  # noqa: E402
import test_methods  # noqa: E402
import test_privacy  # noqa: E402
import test_scale  # noqa: E402
import test_serve_user  # noqa: E402
import test_session_end  # noqa: E402
import test_staff_thread  # noqa: E402
import test_staff_words  # noqa: E402
import test_text_input  # noqa: E402
import test_unseen  # noqa: E402
import test_user_role  # noqa: E402
import test_webhooks  # noqa: E402
import test_withdraw  # noqa: E402
import test_rescreen_decided  # noqa: E402
import test_report_reasons  # noqa: E402
import test_wxr_text  # noqa: E402


# Tests that open the SQLite file behind srv.db themselves cannot run on
# PostgreSQL; the PostgreSQL run skips them (they run in the SQLite run).
SQLITE_FILE_MARKERS = ("sqlite3.connect(srv.db", "srv.db + ")


def reads_sqlite_file(test):
    try:
        src = inspect.getsource(test)
    except (OSError, TypeError):
        return False
    return any(m in src for m in SQLITE_FILE_MARKERS)


def tests_of(mod, k):
    """The test functions of mod whose names hold k, by name. Functions
    only: a test module may import another test module (test_embed)."""
    return [getattr(mod, n) for n in sorted(dir(mod))
            if n.startswith("test_") and k in n and
            inspect.isfunction(getattr(mod, n))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--charla", default="build/charla")
    ap.add_argument("--label", default="",
                    help="the suite's name in the summary line")
    ap.add_argument("-k", default="", help="run tests whose name has this")
    ap.add_argument("--db-url", default=harness.PG_URL,
                    help="a postgres:// URL: run on PostgreSQL, each test "
                         "in a new schema of that database")
    args = ap.parse_args()
    name = args.label or ("http-pg" if args.db_url else "http")
    tests = []
    for mod in (test_cli, test_read, test_post, test_mod, test_raid_end,
                test_admin,
                test_queue, test_embed, test_embed_threads, test_feed_cache,
                test_durability,
                test_import, test_limits, test_privacy, test_i18n, test_ops,
                test_session_end, test_text_input, test_held,
                test_staff_words, test_staff_thread, test_article_views,
                test_article_edit,
                test_bulk, test_serve_user, test_me_list,
                test_reader_words, test_login,
                test_reader_names, test_reports, test_withdraw, test_unseen,
                test_user_role, test_webhooks, test_methods,
                test_limit_forms, test_embed_limits, test_backup, test_rescreen_decided, test_report_reasons, test_wxr_text):
        tests += tests_of(mod, args.k)

    # test_scale needs PostgreSQL and makes its own servers on it: it runs
    # once, in the SQLite run, when the environment names a test cluster
    scale = tests_of(test_scale, args.k)
    if not args.db_url and test_scale.pg_base():
        tests += scale
    else:
        why = ("runs once, in the SQLite run" if args.db_url else
               "needs PG_TEST_URL or CHARLA_TEST_PG")
        for t in scale:
            print("skip %s (%s)" % (t.__name__, why))

    skipped = []
    if args.db_url:
        skipped = [t for t in tests if reads_sqlite_file(t)]
        tests = [t for t in tests if t not in skipped]
        for t in skipped:
            print("skip %s (opens the SQLite file; runs on SQLite only)"
                  % t.__name__)

    def make():
        return Server(args.charla, db_url=args.db_url)

    p, f, skipped_here = run_tests(name, tests, make, lambda s: s.stop())
    skipped += skipped_here
    if not (not args.db_url and test_scale.pg_base()):
        skipped += scale
    tail = ", %d skipped" % len(skipped) if skipped else ""
    print("%s: %d passed, %d failed%s" % (name, p, f, tail))
    return 0 if f == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
