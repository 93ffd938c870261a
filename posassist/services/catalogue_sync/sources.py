"""Opening a source (file or http(s) URL) and reading it as a stream of records, whatever its
encoding, delimiter or shape. Nothing here holds the whole file in memory."""

from __future__ import annotations

import codecs
import csv
import http.client
import io
import ipaddress
import json
import os
import socket
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from posassist.errors import InvalidInput, StorageError
from posassist.i18n import tr


def _max_record() -> int:
    raw = os.environ.get("POSASSIST_IMPORT_MAX_RECORD_BYTES")
    try:
        return max(1024, int(raw)) if raw else 0
    except ValueError:
        return 0


# a record (one line, or one quoted field) larger than this is reported, not read: a 200 MB line
# must not take gigabytes (descriptions with whole HTML pages in one field still fit)
MAX_RECORD = _max_record() or 16 * 1024 * 1024
csv.field_size_limit(MAX_RECORD)
OVERSIZE = "\ufffe\ufffeposassist:record-too-large"  # stands for a line that was not read


def too_large(row: int) -> str:
    return tr(
        "record {row} is larger than {mb} MB and was not read (POSASSIST_IMPORT_MAX_RECORD_BYTES sets the limit)",
        row=row,
        mb=MAX_RECORD // (1024 * 1024),
    )


Record = tuple[int, int | None, dict[str, str]]  # (row, line, fields); XML items have no line


@dataclass(frozen=True)
class FetchLimits:
    """What a download may take: bytes, total seconds, and which hosts on a private, loopback or
    link-local address an admin allowed (a URL pointing inside the store's network is refused
    otherwise). Settable with POSASSIST_DOWNLOAD_MAX_BYTES, POSASSIST_DOWNLOAD_DEADLINE_S and
    POSASSIST_DOWNLOAD_ALLOW_HOSTS (comma-separated host names or addresses)."""

    max_bytes: int = 2 * 1024**3
    deadline_s: float = 600.0
    allow_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> FetchLimits:
        env = os.environ if env is None else env
        d = cls()

        def num(name: str, default: float) -> float:
            try:
                return float(env[name]) if env.get(name) else default
            except ValueError:
                return default

        hosts = frozenset(
            h.strip().lower() for h in env.get("POSASSIST_DOWNLOAD_ALLOW_HOSTS", "").split(",") if h.strip()
        )
        return cls(
            int(num("POSASSIST_DOWNLOAD_MAX_BYTES", d.max_bytes)),
            num("POSASSIST_DOWNLOAD_DEADLINE_S", d.deadline_s),
            hosts,
        )


TEMP_PREFIX = "posassist-import-"


def _inside(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


def check_host(url: str, limits: FetchLimits) -> None:
    """Refuse a URL whose host is (or resolves to) a loopback, private or link-local address,
    unless an admin allowed that host."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput(tr("Only http and https addresses can be imported ({url}).", url=url), field="source")
    host = (parts.hostname or "").lower()
    if not host:
        raise InvalidInput(tr("{url} names no host.", url=url), field="source")
    if host in limits.allow_hosts:
        return
    try:
        addrs = {str(a[4][0]) for a in socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)}
    except OSError as err:
        raise StorageError(
            tr("Could not find the host {host} ({err}); check the address.", host=host, err=err)
        ) from err
    inside = sorted(a for a in addrs if _inside(a))
    if inside:
        raise _refused(host, inside[0])


def _refused(host: str, addr: str) -> InvalidInput:
    return InvalidInput(
        tr(
            "{host} is on a private, loopback or link-local address ({addr}); posassist does not fetch those unless an admin allows the host (POSASSIST_DOWNLOAD_ALLOW_HOSTS).",
            host=host,
            addr=addr,
        ),
        field="source",
    )


def _connector(host: str, limits: FetchLimits) -> Callable[..., socket.socket]:
    """``socket.create_connection`` that looks at the address it actually reached: a name that
    resolved to a public address when it was checked and to an inside one a moment later (DNS
    rebinding) is refused at connect, before a byte of the request is sent."""

    def connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        sock = socket.create_connection(address, *args, **kwargs)
        peer = str(sock.getpeername()[0])
        if host.lower() not in limits.allow_hosts and _inside(peer):
            sock.close()
            raise _refused(host, peer)
        return sock

    return connect


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, *args: Any, limits: FetchLimits, **kwargs: Any) -> None:
        super().__init__(host, *args, **kwargs)
        self._create_connection = _connector(self.host, limits)


class _GuardedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, *args: Any, limits: FetchLimits, **kwargs: Any) -> None:
        super().__init__(host, *args, **kwargs)
        self._create_connection = _connector(self.host, limits)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, limits: FetchLimits) -> None:
        super().__init__()
        self.limits = limits

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(lambda host, **kw: _GuardedHTTP(host, limits=self.limits, **kw), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, limits: FetchLimits) -> None:
        super().__init__()
        self.limits = limits

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            lambda host, **kw: _GuardedHTTPS(host, limits=self.limits, **kw),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


def _handlers(url: str, limits: FetchLimits) -> list[urllib.request.BaseHandler]:
    """Redirects checked like the first address; the connection itself checked at connect unless
    a proxy the environment names makes it (then the proxy resolves the name, checked above)."""
    handlers: list[urllib.request.BaseHandler] = [_CheckedRedirects(limits)]
    parts = urllib.parse.urlsplit(url)
    proxied = bool(urllib.request.getproxies().get(parts.scheme.lower())) and not urllib.request.proxy_bypass(
        parts.hostname or ""
    )
    if not proxied:
        handlers += [_GuardedHTTPHandler(limits), _GuardedHTTPSHandler(limits)]
    return handlers


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limits: FetchLimits) -> None:
        self.limits = limits

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_host(newurl, self.limits)  # a redirect into the store's network is refused too
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _sweep_stale(folder: Path) -> None:
    """Downloads left by a process that was killed (its pid is in the name): removed."""
    for p in folder.glob(f"{TEMP_PREFIX}*"):
        try:
            pid = int(p.name[len(TEMP_PREFIX) :].split("-", 1)[0])
        except ValueError:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            p.unlink(missing_ok=True)
        except OSError:
            continue


def fetch(
    source: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    limits: FetchLimits | None = None,
) -> Path:
    """A local path as it is; an http(s) URL downloaded to a temporary file with progress, within
    ``limits`` (bytes, total deadline, no private addresses). The temporary file is removed on
    every way out but success (and one left by a killed process, at the next download)."""
    if not source.lower().startswith(("http://", "https://")):
        path = Path(source).expanduser()
        if not path.is_file():
            raise InvalidInput(tr("There is no file {source}; check the path.", source=source), field="source")
        return path
    limits = limits or FetchLimits.from_env()
    check_host(source, limits)
    folder = Path(tempfile.gettempdir())
    _sweep_stale(folder)
    started = time.monotonic()
    tmp = tempfile.NamedTemporaryFile(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=folder, delete=False)
    path = Path(tmp.name)
    try:
        opener = urllib.request.build_opener(*_handlers(source, limits))
        with tmp, opener.open(source, timeout=min(30.0, limits.deadline_s)) as resp:
            total = int(resp.headers.get("Content-Length") or 0)
            if total > limits.max_bytes:
                raise InvalidInput(_too_big(source, limits), field="source")
            done = 0
            while chunk := resp.read1(256 * 1024):
                done += len(chunk)
                if done > limits.max_bytes:
                    raise InvalidInput(_too_big(source, limits), field="source")
                if time.monotonic() - started > limits.deadline_s:
                    raise InvalidInput(
                        tr(
                            "The download of {source} took longer than {s:.0f} s and was stopped; nothing was changed (POSASSIST_DOWNLOAD_DEADLINE_S sets the limit).",
                            source=source,
                            s=limits.deadline_s,
                        ),
                        field="source",
                    )
                tmp.write(chunk)
                if progress:
                    progress(done, total)
                if cancelled and cancelled():
                    raise InvalidInput(tr("Download cancelled; nothing was changed."))
        return path
    except OSError as err:
        path.unlink(missing_ok=True)
        raise StorageError(
            tr("Could not download {source} ({err}); check the address and the network.", source=source, err=err)
        ) from err
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _too_big(source: str, limits: FetchLimits) -> str:
    return tr(
        "{source} is larger than {mb} MB and was not downloaded; nothing was changed (POSASSIST_DOWNLOAD_MAX_BYTES sets the limit).",
        source=source,
        mb=limits.max_bytes // (1024 * 1024),
    )


def sniff_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when it decodes; otherwise Windows-1252 (a superset of Latin-1 in practice)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _LineCounter:
    """Wraps a text stream; csv reads through it, so we know where each record starts."""

    def __init__(self, fh: io.TextIOBase) -> None:
        self.fh = fh
        self.line = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        text = self.fh.readline(MAX_RECORD)
        if not text:
            raise StopIteration
        self.line += 1
        if len(text) >= MAX_RECORD and not text.endswith("\n"):  # skip the rest, never hold it
            while (more := self.fh.readline(1 << 20)) and not more.endswith("\n"):
                pass
            return OVERSIZE + "\n"
        return text


def read_table(
    path: Path, encoding: str, delimiter: str | None = None
) -> tuple[list[str], Generator[Record, None, None]]:
    fh = path.open("r", encoding=encoding, errors="replace", newline="")
    sample = fh.read(65536)
    fh.seek(0)
    delim = delimiter or sniff_delimiter(sample)
    counter = _LineCounter(fh)
    reader = csv.reader(counter, delimiter=delim)
    header = _header(reader, fh)

    def records() -> Generator[Record, None, None]:
        row = 0
        with fh:
            start = counter.line + 1
            values: list[str]
            for values in _guarded(reader):
                row += 1
                if values and values[0] == OVERSIZE:
                    yield row, start, {"__error__": values[1] if len(values) > 1 else too_large(row)}
                    start = counter.line + 1
                    continue
                if not any(v.strip() for v in values):
                    start = counter.line + 1
                    continue
                rec = {h: (values[i] if i < len(values) else "") for i, h in enumerate(header) if h}
                yield row, start, rec
                start = counter.line + 1

    return header, records()


def _header(reader: Iterator[list[str]], fh: io.TextIOBase) -> list[str]:
    try:
        first = next(reader)
    except StopIteration:
        fh.close()
        raise InvalidInput(tr("The file is empty; nothing to import.")) from None
    except csv.Error as err:
        fh.close()
        raise InvalidInput(tr("The first line cannot be read as a table: {err}", err=err), field="header") from None
    if first and first[0] == OVERSIZE:
        fh.close()
        raise InvalidInput(too_large(0).replace("record 0", tr("the first line")), field="header")
    return [h.replace("\ufeff", "").replace("\xa0", " ").strip() for h in first]


def _guarded(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """The reader's records; a field over the size limit (a quote never closed) ends the file with
    one error record instead of a traceback."""
    try:
        yield from reader
    except csv.Error as err:
        yield [OVERSIZE, tr("the rest of the file cannot be read: {err}", err=err)]


def read_rows(
    path: Path, encoding: str, delimiter: str | None = None
) -> tuple[list[str], Generator[tuple[int, int | None, list[str]], None, None]]:
    """As ``read_table``, each record as its list of cells (no dict per row: the fast path)."""
    fh = path.open("r", encoding=encoding, errors="replace", newline="")
    sample = fh.read(65536)
    fh.seek(0)
    delim = delimiter or sniff_delimiter(sample)
    counter = _LineCounter(fh)
    reader = csv.reader(counter, delimiter=delim)
    header = _header(reader, fh)

    def records() -> Generator[tuple[int, int | None, list[str]], None, None]:
        row = 0
        with fh:
            start = counter.line + 1
            for values in _guarded(reader):
                row += 1
                if not any(values) or not "".join(values).strip():
                    start = counter.line + 1
                    continue
                yield row, start, values
                start = counter.line + 1

    return header, records()


def read_json(path: Path, encoding: str) -> Iterator[Record]:
    """A JSON array of objects, or JSON Lines; decoded object by object."""
    with path.open("r", encoding=encoding, errors="replace") as fh:
        first = ""
        while True:
            ch = fh.read(1)
            if not ch or not ch.isspace():
                first = ch
                break
        if first == "[":
            yield from _json_array(fh)
            return
        line_no, row = 0, 0
        pending = first
        while text := fh.readline(MAX_RECORD):
            line_no += 1
            text = pending + text
            pending = ""
            if not text.strip():
                continue
            row += 1
            if len(text) >= MAX_RECORD and not text.endswith("\n"):
                while (more := fh.readline(1 << 20)) and not more.endswith("\n"):
                    pass
                yield row, line_no, {"__error__": too_large(row)}
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as err:
                yield (
                    row,
                    line_no,
                    {
                        "__error__": tr(
                            "line {line_no}: {msg} (column {colno})", line_no=line_no, msg=err.msg, colno=err.colno
                        )
                    },
                )
                continue
            yield row, line_no, _flat(obj)


def _json_array(fh: io.TextIOBase) -> Iterator[Record]:
    decoder = json.JSONDecoder()
    buf, row, line, eof = "", 0, 1, False
    while True:
        stripped = buf.lstrip(" \t\r\n,")
        line += buf[: len(buf) - len(stripped)].count("\n")
        buf = stripped
        if buf.startswith("]"):
            return
        try:
            obj, end = decoder.raw_decode(buf)
        except json.JSONDecodeError as err:
            if eof:
                yield (
                    row + 1,
                    line,
                    {
                        "__error__": tr(
                            "line {line}: {msg} (column {colno}); the file ends early or is not valid JSON",
                            line=line + err.lineno - 1,
                            msg=err.msg,
                            colno=err.colno,
                        )
                    },
                )
                return
            if len(buf) > MAX_RECORD:
                yield row + 1, line, {"__error__": too_large(row + 1)}
                return
            more = fh.read(1 << 20)
            if not more:
                eof = True
            buf += more
            continue
        row += 1
        yield row, line, _flat(obj)
        line += buf[:end].count("\n")
        buf = buf[end:]


def _flat(obj: Any) -> dict[str, str]:
    if not isinstance(obj, dict):
        return {"__error__": tr("each item must be an object with named fields")}
    return {
        str(k): "" if v is None else (json.dumps(v) if isinstance(v, (dict, list)) else str(v)) for k, v in obj.items()
    }


G = "{http://base.google.com/ns/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"


def read_feed(path: Path) -> Iterator[Record]:
    """Google Merchant RSS 2.0 or Atom with the g: namespace, item by item (bounded memory,
    even for a huge feed on one line). Not well-formed XML: one record with the line and column."""
    row = 0
    try:
        for _event, el in ET.iterparse(str(path), events=("end",)):
            tag = el.tag
            if tag not in ("item", f"{ATOM}entry"):
                continue
            row += 1
            rec: dict[str, str] = {}
            for child in el:
                name = child.tag.replace(G, "g:").replace(ATOM, "")
                if name in ("g:shipping", "g:product_detail", "g:installment"):
                    parts = {c.tag.replace(G, ""): (c.text or "").strip() for c in child}
                    if name == "g:product_detail":
                        rec[f"g:detail:{parts.get('attribute_name', '')}"] = parts.get("attribute_value", "")
                    continue
                if name == "link" and child.get("href"):
                    rec[name] = child.get("href", "")
                    continue
                rec[name] = (child.text or "").strip()
            yield row, None, rec  # XML items: no line (a feed may be one line)
            el.clear()
    except ET.ParseError as err:
        line, col = err.position
        yield (
            row + 1,
            line,
            {
                "__error__": tr(
                    "the XML is not well-formed at line {line}, column {col}: {msg}", line=line, col=col, msg=err.msg
                )
            },
        )


def cleanup(path: Path, source: str) -> None:
    if source.lower().startswith(("http://", "https://")):
        path.unlink(missing_ok=True)
