"""A tiny Kafka capture proxy: forwards a client to a real broker and records every
request frame the client sends, named by API and version.

Responses pass through unchanged, except that an ApiVersions response's top-level
tagged-field section is emptied: librdkafka before 2.2.0 (Debian's kcat) mis-skips
tagged fields in responses, and the broker we proxy (Tansu) sends some.
"""
import asyncio
import os
import struct
import sys

API_NAMES = {0: "Produce", 1: "Fetch", 2: "ListOffsets", 3: "Metadata", 8: "OffsetCommit", 9: "OffsetFetch",
             10: "FindCoordinator", 11: "JoinGroup", 12: "Heartbeat", 13: "LeaveGroup", 14: "SyncGroup",
             15: "DescribeGroups", 16: "ListGroups", 17: "SaslHandshake", 18: "ApiVersions", 19: "CreateTopics",
             20: "DeleteTopics", 22: "InitProducerId", 23: "OffsetForLeaderEpoch", 32: "DescribeConfigs",
             36: "SaslAuthenticate", 37: "CreatePartitions", 42: "DeleteGroups", 60: "DescribeCluster"}


class Capture:
    def __init__(self, out_dir, keep_per_api=1, keep_all=("Produce",)):
        self.out_dir = out_dir
        self.counts = {}
        self.keep_per_api = keep_per_api
        self.keep_all = set(keep_all)
        self.sequence = 0
        os.makedirs(out_dir, exist_ok=True)

    def record(self, frame):
        api_key, api_version = struct.unpack(">hh", frame[4:8])
        name = API_NAMES.get(api_key, f"Api{api_key}")
        key = (name, api_version)
        seen = self.counts.get(key, 0)
        self.counts[key] = seen + 1
        if seen >= self.keep_per_api and name not in self.keep_all:
            return
        self.sequence += 1
        path = os.path.join(self.out_dir, f"{self.sequence:03d}-{name}-v{api_version}.bin")
        with open(path, "wb") as f:
            f.write(frame)
        return api_key


async def read_frame(reader):
    size_bytes = await reader.readexactly(4)
    (size,) = struct.unpack(">i", size_bytes)
    return size_bytes + await reader.readexactly(size)


def strip_api_versions_tags(frame, flexible):
    """Empties the trailing tagged-field section of an ApiVersions v3+ response body."""
    if not flexible:
        return frame
    body = bytearray(frame[8:])  # after size and correlation id (response header v0)
    # error_code, then compact array of (key, min, max, tags)
    pos = 2
    count, pos = read_uvarint(body, pos)
    for _ in range(count - 1):
        pos += 6
        tags, pos = read_uvarint(body, pos)
        for _ in range(tags):
            _, pos = read_uvarint(body, pos)
            size, pos = read_uvarint(body, pos)
            pos += size
    pos += 4  # throttle_time_ms
    body = body[:pos] + b"\x00"
    return struct.pack(">i", 4 + len(body)) + frame[4:8] + bytes(body)


def read_uvarint(data, pos):
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


async def serve(listen_port, upstream_port, capture):
    async def handle(client_reader, client_writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
        except OSError:
            client_writer.close()
            return
        pending = {}

        async def client_to_broker():
            try:
                while True:
                    frame = await read_frame(client_reader)
                    api_key, api_version, correlation = struct.unpack(">hhi", frame[4:12])
                    pending[correlation] = (api_key, api_version)
                    capture.record(frame)
                    upstream_writer.write(frame)
                    await upstream_writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                upstream_writer.close()

        async def broker_to_client():
            try:
                while True:
                    frame = await read_frame(upstream_reader)
                    (correlation,) = struct.unpack(">i", frame[4:8])
                    api_key, api_version = pending.pop(correlation, (None, None))
                    if api_key == 18:
                        frame = strip_api_versions_tags(frame, api_version >= 3)
                    client_writer.write(frame)
                    await client_writer.drain()
            except (asyncio.IncompleteReadError, ConnectionError):
                pass
            finally:
                client_writer.close()

        await asyncio.gather(client_to_broker(), broker_to_client())

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    listen, upstream, out_dir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    asyncio.run(serve(listen, upstream, Capture(out_dir)))
