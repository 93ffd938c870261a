"""The one bridge from errors to the person at the counter."""

from __future__ import annotations

import logging

from posassist.errors import PosassistError
from posassist.i18n import tr

log = logging.getLogger(__name__)


def text_for(err: BaseException, log_path: str | None = None) -> str:
    if isinstance(err, PosassistError):
        return str(err)
    log.error("unexpected error", exc_info=err)
    where = " " + tr("Details are in {path}.", path=log_path) if log_path else ""
    return tr("Something went wrong ({kind}).", kind=type(err).__name__) + where
