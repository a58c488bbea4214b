"""A TCP proxy in front of the S3 server that can fail or slow down on command:
- "pass": bytes flow both ways untouched (SigV4 still verifies: the Host header is the proxy's
  in both the signature and the request);
- "fail": every request gets `503 SlowDown` (S3's throttling answer) and the connection closes;
- "slow": every new connection waits `delay` seconds before its bytes flow.
Switching mode closes the open connections, so keep-alive connections see the change."""
import socket
import threading
import time


class FaultyS3:
    def __init__(self, upstream):
        host, port = upstream.replace("http://", "").split(":")
        self.upstream = (host, int(port))
        self.mode = "pass"
        self.delay = 1.0
        self.failures = 0
        self.lock = threading.Lock()
        self.open = set()
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.endpoint = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def set_mode(self, mode):
        with self.lock:
            self.mode = mode
            sockets, self.open = self.open, set()
        for s in sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self):
        self.set_mode("pass")
        self.server.close()

    def _accept(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        mode = self.mode
        if mode == "fail":
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    break
                data += chunk
            body = b"<?xml version=\"1.0\"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
            client.sendall(b"HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nConnection: close\r\n"
                           + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            with self.lock:
                self.failures += 1
            client.close()
            return
        if mode == "slow":
            time.sleep(self.delay)
        upstream = socket.create_connection(self.upstream)
        with self.lock:
            self.open.update((client, upstream))
        for a, b in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source, target):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                target.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, target):
                try:
                    s.close()
                except OSError:
                    pass
