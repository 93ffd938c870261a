"""posassist demo [--products N] [--seed S] [--reset]"""

from __future__ import annotations

import argparse
import sys

from posassist.cli.common import app_for
from posassist.config import Settings
from posassist.errors import UsageError
from posassist.i18n import tr
from posassist.services.demo import load_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="create the demo store (or a large benchmark catalogue)")
    p.add_argument("--products", type=int, default=None, help="number of variants (default about 22,000)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--reset", action="store_true", help="replace what the database holds")
    p.set_defaults(handler=demo)


def demo(args: argparse.Namespace, settings: Settings) -> int:
    if args.products is not None and args.products < 100:
        raise UsageError(tr("--products must be at least 100"))
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r  {done:,} of {total:,} variants", end="", file=sys.stderr, flush=True)

    with app_for(settings) as app:
        summary = load_demo(app.db, variants=args.products, seed=args.seed, replace=args.reset, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(
        f"Demo store loaded in {summary.seconds:.1f} s: {summary.stores} stores, {summary.products:,} products, "
        f"{summary.variants:,} variants, {summary.customers} customers, {summary.sales} sales."
    )
    return 0
