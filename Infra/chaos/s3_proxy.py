"""An HTTP-aware fault proxy before an S3 server, for the chaos harness.

It reads each request whole (head and Content-Length body) and each answer whole, so a fault
can hit a chosen part of an exchange. While a fault is on, each request meets it with the
fault's probability (a seeded draw); otherwise bytes pass untouched, and SigV4 still verifies
(the Host header is the proxy's in both the signature and the request). Faults:
- slowdown: `503 SlowDown` (S3's throttling answer), the request never reaches the store;
- slow: the request waits 1-3 s before it is forwarded;
- reset: the connection is reset (RST) after the request is read, before it is forwarded;
- lost-response: a PUT reaches the store and is stored, and the agent never hears so (RST
  after the answer is read from the store);
- truncated-get: a GET's answer promises its full length and stops halfway.
`counts` tells how often each fault struck."""
import random
import socket
import struct
import threading
import time

FAULTS = ("slowdown", "slow", "reset", "lost-response", "truncated-get")


class S3FaultProxy:
    def __init__(self, upstream, seed=0):
        host, port = upstream.replace("http://", "").split(":")
        self.upstream = (host, int(port))
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.active = {}  # fault -> probability
        self.counts = {fault: 0 for fault in FAULTS}
        self.requests = 0
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(128)
        self.port = self.server.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def start(self, fault, probability):
        assert fault in FAULTS, fault
        with self.lock:
            self.active[fault] = probability

    def stop(self, fault=None):
        with self.lock:
            if fault is None:
                self.active.clear()
            else:
                self.active.pop(fault, None)

    def close(self):
        self.stop()
        self.server.close()

    def _choose(self, method):
        """The fault this request meets, or None."""
        with self.lock:
            self.requests += 1
            for fault, probability in sorted(self.active.items()):
                if fault == "lost-response" and method != "PUT":
                    continue
                if fault == "truncated-get" and method != "GET":
                    continue
                if self.random.random() < probability:
                    self.counts[fault] += 1
                    return fault
        return None

    def _accept(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        upstream = None
        client_reader = _Reader(client)
        try:
            while True:
                request = _read_message(client_reader, request=True)
                if request is None:
                    return
                head, body, method = request
                fault = self._choose(method)
                if fault == "slowdown":
                    payload = (b"<?xml version=\"1.0\"?><Error><Code>SlowDown</Code>"
                               b"<Message>Please reduce your request rate.</Message></Error>")
                    client.sendall(b"HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nConnection: close\r\n"
                                   + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload)
                    return
                if fault == "reset":
                    _reset(client)
                    return
                if fault == "slow":
                    time.sleep(self.random.uniform(1, 3))
                if upstream is None:
                    upstream = socket.create_connection(self.upstream, timeout=60)
                    upstream_reader = _Reader(upstream)
                upstream.sendall(head + body)
                answer = _read_message(upstream_reader, request=False, method=method)
                if answer is None:
                    return
                answer_head, answer_body, _ = answer
                if fault == "lost-response":
                    _reset(client)
                    return
                if fault == "truncated-get" and len(answer_body) > 1:
                    client.sendall(answer_head + answer_body[: len(answer_body) // 2])
                    _reset(client)
                    return
                client.sendall(answer_head + answer_body)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass


class _Reader:
    def __init__(self, sock):
        self.sock, self.buffer = sock, b""

    def until(self, marker):
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        index = self.buffer.index(marker) + len(marker)
        data, self.buffer = self.buffer[:index], self.buffer[index:]
        return data

    def exactly(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(max(65536, count - len(self.buffer)))
            if not chunk:
                return None
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data


def _read_message(reader, request, method=None):
    """(head, body, method) of one HTTP/1.1 message, the body as it was framed (Content-Length
    or chunked); None when the peer closed first."""
    head = reader.until(b"\r\n\r\n")
    if head is None:
        return None
    lines = head.decode("latin-1").split("\r\n")
    first = lines[0].split(" ")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if request:
        method = first[0]
    else:
        status = int(first[1])
        if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
            return head, b"", method
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size_line = reader.until(b"\r\n")
            if size_line is None:
                return None
            size = int(size_line.split(b";")[0], 16)
            chunk = reader.exactly(size + 2)
            if chunk is None:
                return None
            body += size_line + chunk
            if size == 0:
                return head, body, method
    length = int(headers.get("content-length", "0"))
    body = reader.exactly(length) if length else b""
    if body is None:
        return None
    return head, body, method


def _reset(sock):
    """Closes with an RST, as a dropped connection looks to its peer."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
