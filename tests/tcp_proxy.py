"""A TCP proxy between a counter and its PostgreSQL server that can make the server slow or gone.

``Proxy(host, port)`` listens on its own port and forwards. ``slow(seconds)`` delays every chunk
in both directions (the server answers, late: what a crawling network or an overloaded host looks
like to the counter); ``down()`` drops every connection and refuses new ones (the server or the
network is gone); ``up()`` forwards again at full speed. Used by the failover and outage tests.
"""

from __future__ import annotations

import queue
import socket
import threading
import time


class Proxy:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.delay = 0.0
        self._lock = threading.Lock()
        self._socks: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.port = 0
        self._open()

    def _open(self) -> None:
        lsock = socket.socket()
        lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        lsock.bind(("127.0.0.1", self.port))
        lsock.listen(64)
        self.port = lsock.getsockname()[1]
        self._listener = lsock
        threading.Thread(target=self._accept, args=(lsock,), daemon=True, name="proxy-accept").start()

    def url(self, server_url: str) -> str:
        """``server_url`` (host:port of the server) pointed at the proxy instead."""
        host, port = self.target
        return server_url.replace(f"{host}:{port}", f"127.0.0.1:{self.port}")

    def slow(self, seconds: float) -> None:
        self.delay = seconds

    def down(self) -> None:
        with self._lock:
            if self._listener is not None:
                # shut down, not only closed: on Linux close() leaves a socket that another
                # thread is blocked in accept() on listening, so up() could not bind the port
                _close(self._listener)
                self._listener = None
            for s in list(self._socks):
                _close(s)
            self._socks.clear()

    def up(self) -> None:
        self.delay = 0.0
        with self._lock:
            if self._listener is None:
                self._open()

    def close(self) -> None:
        self.down()

    def _accept(self, lsock: socket.socket) -> None:
        while True:
            try:
                client, _ = lsock.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not lsock:
                    _close(client)
                    _close(server)
                    return
                self._socks.update((client, server))
            for a, b in ((client, server), (server, client)):
                q: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
                threading.Thread(target=self._read, args=(a, b, q), daemon=True).start()
                threading.Thread(target=self._send, args=(a, b, q), daemon=True).start()

    def _read(self, src: socket.socket, dst: socket.socket, q: queue.Queue[tuple[float, bytes] | None]) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                q.put(None)
                return
            q.put((time.monotonic() + self.delay, data))

    def _send(self, src: socket.socket, dst: socket.socket, q: queue.Queue[tuple[float, bytes] | None]) -> None:
        while True:
            item = q.get()
            if item is None:
                break
            due, data = item
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # the delay this proxy exists to add
            try:
                dst.sendall(data)
            except OSError:
                break
        _close(src)
        _close(dst)
        with self._lock:
            self._socks.discard(src)
            self._socks.discard(dst)


def _close(s: socket.socket) -> None:
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    s.close()
