"""Bringing a SOURCE given as an http(s) URL to a temporary file: the download's limits (bytes, seconds), hosts on private or loopback networks refused unless allowed (checked again at connect, so a name that rebinds is caught), redirects checked, stale files swept."""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posassist.errors import InvalidInput, StorageError
from posassist.i18n import tr


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
