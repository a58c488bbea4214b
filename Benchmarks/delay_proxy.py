"""A TCP proxy that delays every byte by a fixed time each way, as a link between regions
would (the kernel here has no netem). Order is kept; throughput is not limited.
Usage: delay_proxy.py UPSTREAM_HOST:PORT --delay-ms 40 [--listen 127.0.0.1:0]
Prints `proxy: 127.0.0.1:PORT` once listening; runs until killed."""
import argparse
import asyncio
import time


async def delayed_pipe(reader, writer, delay):
    """Forwards what `reader` gets to `writer`, each chunk `delay` seconds after it arrived."""
    queue = asyncio.Queue()

    async def read():
        try:
            while data := await reader.read(65536):
                queue.put_nowait((time.monotonic() + delay, data))
        except (ConnectionError, asyncio.CancelledError):
            pass
        queue.put_nowait((time.monotonic() + delay, None))

    async def write():
        try:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    await asyncio.gather(read(), write())


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("upstream")
    parser.add_argument("--delay-ms", type=float, default=40)
    parser.add_argument("--listen", default="127.0.0.1:0")
    args = parser.parse_args()
    upstream_host, upstream_port = args.upstream.rsplit(":", 1)
    delay = args.delay_ms / 1000

    async def handle(client_reader, client_writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(upstream_host, int(upstream_port))
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(delayed_pipe(client_reader, upstream_writer, delay), delayed_pipe(upstream_reader, client_writer, delay))

    host, port = args.listen.rsplit(":", 1)
    server = await asyncio.start_server(handle, host, int(port))
    print(f"proxy: {host}:{server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
