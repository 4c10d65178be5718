#!/usr/bin/env python3
"""run.py - HTTP tests: a real charla on loopback, a real SQLite database.

Each test gets a fresh server with the demo page imported. Prints one line
per test and ends with "http: N passed, M failed".

With --db-url postgres://... (or CHARLA_TEST_PG set) the same tests run
against PostgreSQL, each server in a fresh database of that cluster (see
harness.py), and the last line reads "http-pg: N passed, M failed".
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402
from harness import Server, run_tests  # noqa: E402
import test_cli  # noqa: E402
import test_read  # noqa: E402
import test_post  # noqa: E402
import test_mod  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--charla", default="build/charla")
    ap.add_argument("-k", default="", help="run tests whose name has this")
    ap.add_argument("--db-url", default=harness.PG_URL,
                    help="a postgres:// URL: run on PostgreSQL, each test "
                         "in a new database of that cluster")
    args = ap.parse_args()
    name = "http-pg" if args.db_url else "http"
    tests = []
    for mod in (test_cli, test_read, test_post, test_mod):
        tests += [getattr(mod, n) for n in sorted(dir(mod))
                  if n.startswith("test_") and args.k in n]

    def make():
        return Server(args.charla, db_url=args.db_url)

    p, f = run_tests(name, tests, make, lambda s: s.stop())
    print("%s: %d passed, %d failed" % (name, p, f))
    return 0 if f == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
