#!/usr/bin/env python3
"""run.py - HTTP tests: a real charla on loopback, a real SQLite database.

Each test gets a fresh server with the demo page imported. Prints one line
per test and ends with "http: N passed, M failed".
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from harness import Server, run_tests  # noqa: E402
import test_cli  # noqa: E402
import test_read  # noqa: E402
import test_post  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--charla", default="build/charla")
    ap.add_argument("-k", default="", help="run tests whose name has this")
    args = ap.parse_args()
    tests = []
    for mod in (test_cli, test_read, test_post):
        tests += [getattr(mod, n) for n in sorted(dir(mod))
                  if n.startswith("test_") and args.k in n]

    def make():
        return Server(args.charla)

    p, f = run_tests("http", tests, make, lambda s: s.stop())
    print("http: %d passed, %d failed" % (p, f))
    return 0 if f == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
