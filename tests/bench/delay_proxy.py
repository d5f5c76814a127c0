"""A TCP proxy that delays every chunk by a fixed time in each direction, keeping its order.

It stands in for `tc qdisc add dev lo root netem delay 5ms`, which this machine's kernel does
not have: a clinic server one network hop away. Used by scale.py to time opening a patient on
PostgreSQL with the added latency.
"""
import queue
import socket
import threading
import time


class DelayProxy:
    def __init__(self, upstream_host, upstream_port, delay_seconds):
        self.upstream = (upstream_host, upstream_port)
        self.delay = delay_seconds
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open = []

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._listener.close()
        for s in self._open:
            try:
                s.close()
            except OSError:
                pass

    def _accept(self):
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.upstream)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self._open.append(s)
            self._pipe(client, server)
            self._pipe(server, client)

    def _pipe(self, source, target):
        # Each chunk leaves `delay` after it arrived; the queue keeps the order, so chunks that
        # arrive together leave together, as on a link with that latency.
        chunks = queue.Queue()

        def receive():
            while True:
                try:
                    data = source.recv(65536)
                except OSError:
                    data = b""
                chunks.put((time.monotonic() + self.delay, data))
                if not data:
                    return

        def send():
            while True:
                due, data = chunks.get()
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                try:
                    if not data:
                        target.shutdown(socket.SHUT_WR)
                        return
                    target.sendall(data)
                except OSError:
                    return

        threading.Thread(target=receive, daemon=True).start()
        threading.Thread(target=send, daemon=True).start()
