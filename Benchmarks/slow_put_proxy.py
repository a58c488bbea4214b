"""An HTTP proxy before an S3 server that holds one PUT in N for a while (default: one in 20,
for 2 s), for the "object-store slowness" benchmark. Each request gets its own upstream
connection (the proxy rewrites `Connection: close`, which SigV4 does not sign), so every
request's head is seen. Usage: slow_put_proxy.py UPSTREAM_URL [--every 20] [--hold 2.0]
Prints `proxy: http://127.0.0.1:PORT` once listening; runs until killed."""
import argparse
import asyncio
import itertools


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("upstream")
    parser.add_argument("--every", type=int, default=20)
    parser.add_argument("--hold", type=float, default=2.0)
    args = parser.parse_args()
    host, port = args.upstream.replace("http://", "").split(":")
    puts = itertools.count(1)

    async def handle(client_reader, client_writer):
        try:
            head = await client_reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            client_writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        if lines[0].startswith("PUT ") and next(puts) % args.every == 0:
            await asyncio.sleep(args.hold)
        kept = [line for line in lines[1:] if line and not line.lower().startswith("connection:")]
        head = "\r\n".join([lines[0], *kept, "Connection: close", "", ""]).encode("latin-1")
        upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
        upstream_writer.write(head)
        await asyncio.gather(pipe(client_reader, upstream_writer), pipe(upstream_reader, client_writer))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(f"proxy: http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
