"""posassist return check RECEIPT [--line N] [--qty Q] [--reason CODE] [--condition CODE]
[--resolution CODE] [--on DATE] [--json]: the policy's verdict, nothing written."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import date

from posassist import i18n
from posassist.cli.common import app_for, print_json, signed_in
from posassist.config import Settings
from posassist.domain.money import Money
from posassist.domain.policy import CONDITIONS, REASONS, RESOLUTIONS
from posassist.paths import resources_dir
from posassist.services import return_check
from posassist.words import policy as policy_words


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from err


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from err
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} must be 1 or more")
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("return", help="returns: the policy's verdict for a sale's lines")
    cmds = p.add_subparsers(dest="return_command", required=True)
    c = cmds.add_parser("check", help="the verdict for a return, without writing anything")
    c.add_argument("receipt", help="the receipt or order number (or the number in its barcode)")
    c.add_argument("--line", type=_positive, help="the receipt's line number (default: every line with units left)")
    c.add_argument("--qty", type=_positive, help="units coming back (default: all that are left)")
    c.add_argument("--reason", choices=REASONS, help="default changed_mind")
    c.add_argument("--condition", choices=CONDITIONS, help="default unopened")
    c.add_argument("--resolution", choices=RESOLUTIONS, help="default refund")
    c.add_argument("--on", type=_date, help="judge as on this day (default: now)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=do_check)


def _catalogue(language: str) -> dict[str, str]:
    """The shipped translations of ``language`` (its .ts file: the window's own texts)."""
    path = resources_dir() / "i18n" / f"posassist_{language}.ts"
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for m in ET.parse(path).getroot().iter("message"):
        source, translation = m.findtext("source"), m.find("translation")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            out[source] = translation.text
    return out


@contextmanager
def speaking(language: str | None, store_locale: str | None) -> Iterator[None]:
    """The verdict's words in --lang (POSASSIST_LANG), as the window would show them."""
    code = (language or "en").replace("-", "_").split("_")[0]
    if code == "en" or code not in i18n.LANGUAGES:
        yield
        return
    words = _catalogue(code)
    i18n.install(lambda text: words.get(text, text), i18n.pick_locale(code, store_locale))
    try:
        yield
    finally:
        i18n.install(None, "en_US")


def do_check(args: argparse.Namespace, settings: Settings) -> int:
    with app_for(settings) as app:
        who = signed_in(app, args, "return check") if args.as_code else nullcontext(None)
        with who as me:
            result = return_check.check(
                app.db,
                args.receipt,
                store_id=app.store.id if app.store else None,
                line=args.line,
                qty=args.qty,
                reason=args.reason,
                condition=args.condition,
                resolution=args.resolution,
                on=args.on,
                staff=me,
                counter=settings.counter,
            )
        locale = app.store.locale if app.store else None
    with speaking(settings.language, locale):
        if args.json:
            print_json(return_check.as_json(result))
            return 0
        v = result.verdict
        print(f"{result.sale.receipt_no}: {v.status} ({v.rule})" + (f", {v.required_role}" if v.required_role else ""))
        print(
            f"  refund {Money(v.refund_minor, v.currency).decimal_str()} {v.currency} to {v.refund_to}"
            f", store credit {Money(v.store_credit_minor, v.currency).decimal_str()}"
            f", fee {Money(v.fee_minor, v.currency).decimal_str()}"
        )
        print("  " + policy_words.explain(v))
    return 0
