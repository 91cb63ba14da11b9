"""A small asyncio HTTP/1.1 client for loopback load: many requests, little client CPU.

gunicorn's sync workers close the connection after each response, so every request opens
its own connection, as a browser behind a proxy would see it. Latency is measured from the
connect to the last byte of the body.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class Outcome:
    """What a batch of requests did: statuses, latencies (seconds) and elapsed wall time."""

    latencies: list[float]
    statuses: dict[int, int]
    errors: list[str]
    elapsed: float

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        return self.count / self.elapsed if self.elapsed else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def figures(self) -> dict[str, float | int]:
        return {
            "requests": self.count,
            "throughput_rps": round(self.throughput, 1),
            "p50_ms": round(self.percentile(0.50) * 1000, 1),
            "p95_ms": round(self.percentile(0.95) * 1000, 1),
            "max_ms": round(max(self.latencies, default=0) * 1000, 1),
            "errors": len(self.errors),
        }


def _encode(request: Request, host: str) -> bytes:
    lines = [f"{request.method} {request.path} HTTP/1.1", f"Host: {host}", "Connection: close"]
    headers = dict(request.headers)
    if request.body or request.method == "POST":
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        headers["Content-Length"] = str(len(request.body))
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + request.body


async def _one(host: str, port: int, request: Request, timeout: float) -> tuple[int, float]:
    started = time.perf_counter()
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        writer.write(_encode(request, f"{host}:{port}"))
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)  # the server closes after the body
    finally:
        writer.close()
    status = int(data[9:12]) if data.startswith(b"HTTP/1.") else 0
    return status, time.perf_counter() - started


async def _run(
    host: str, port: int, requests: Sequence[Request], concurrency: int, ok: Callable[[int], bool], timeout: float
) -> Outcome:
    queue: asyncio.Queue[Request] = asyncio.Queue()
    for request in requests:
        queue.put_nowait(request)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []

    async def client() -> None:
        while True:
            try:
                request = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                status, latency = await _one(host, port, request, timeout)
            except (OSError, TimeoutError) as exc:
                errors.append(f"{request.method} {request.path}: {exc!r}")
                continue
            latencies.append(latency)
            statuses[status] = statuses.get(status, 0) + 1
            if not ok(status):
                errors.append(f"{request.method} {request.path}: HTTP {status}")

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(max(1, min(concurrency, len(requests))))))
    return Outcome(latencies, statuses, errors, time.perf_counter() - started)


def run(
    port: int,
    requests: Sequence[Request],
    *,
    concurrency: int,
    ok: Callable[[int], bool] = lambda status: 200 <= status < 400,
    timeout: float = 60.0,
    host: str = "127.0.0.1",
) -> Outcome:
    """Send every request, ``concurrency`` at a time, all released at once."""
    return asyncio.run(_run(host, port, requests, concurrency, ok, timeout))


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")
