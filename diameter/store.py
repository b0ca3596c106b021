"""Durable stores of accounting records (RFC 6733 §9.4).

A client keeps each record it makes, from the moment it is made until the server's answer says
it was received (:class:`RecordStore`: records to deliver); a server keeps what it receives,
each record once (:class:`ReceivedStore`: records received, a record's Session-Id and
Accounting-Record-Number telling a duplicate, §9.4 and Appendix C).

Both are kept by :class:`SqliteStore`, one file of the standard library's ``sqlite3``, written in
WAL mode and synchronously: a record added is on disk when :meth:`SqliteStore.add` returns, so a
client killed at any moment (``kill -9``), or a machine that loses power with
``synchronous="FULL"`` (the default), loses nothing it acknowledged. :class:`MemoryStore` keeps
the same in memory (it survives a lost connection, not a restart). A server may keep what it
receives in PostgreSQL instead: :class:`PostgresStore` (the ``postgres`` extra, asyncpg), an
:class:`AsyncReceivedStore` that :class:`~diameter.accounting.AccountingServer` awaits.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Protocol

import attrs

__all__ = [
    "StoredRecord",
    "RecordStore",
    "ReceivedStore",
    "AsyncReceivedStore",
    "SqliteStore",
    "MemoryStore",
    "PostgresStore",
    "StoreFull",
]


class StoreFull(Exception):
    """The store holds its ``capacity`` of records: no buffer space (RFC 6733 §8.2)."""


@attrs.frozen
class StoredRecord:
    """A record to deliver: its store's ``id``, the session and record number, the encoded
    message, and how many times it was sent (more than 0: it may have arrived, so it goes again
    with the T flag)."""

    id: int
    session_id: str
    number: int
    data: bytes
    attempts: int = 0
    created: float = 0.0


class RecordStore(Protocol):
    """Records a client made and has not yet seen answered."""

    capacity: int | None

    def add(self, session_id: str, number: int, data: bytes, attempts: int = 0) -> int:
        """Keep a record (raises :class:`StoreFull` at capacity); returns its id.
        ``attempts`` 1: it is being sent (if the process dies now, it may have arrived)."""
        ...

    def attempted(self, record_id: int, count: int = 1) -> None:
        """The record was sent (``count`` -1: it was not sent after all)."""
        ...

    def delete(self, record_id: int) -> None:
        """The record was answered: forget it."""
        ...

    def pending(self, limit: int = 100) -> list[StoredRecord]:
        """The oldest records, at most ``limit``."""
        ...

    def __len__(self) -> int: ...


class ReceivedStore(Protocol):
    """Records a server received."""

    def receive(self, origin_host: str, session_id: str, number: int, record_type: int, data: bytes) -> bool:
        """Keep a received record; False when it was received before (a duplicate)."""
        ...

    def received(self) -> list[tuple[str, int, int]]:
        """(Session-Id, Accounting-Record-Number, Accounting-Record-Type) of every record kept."""
        ...


class MemoryStore:
    """A :class:`RecordStore` and :class:`ReceivedStore` in memory."""

    def __init__(self, capacity: int | None = None) -> None:
        self.capacity = capacity
        self._records: dict[int, StoredRecord] = {}
        self._next = 1
        self._received: dict[tuple[str, int], tuple[str, int, bytes]] = {}

    def add(self, session_id: str, number: int, data: bytes, attempts: int = 0) -> int:
        if self.capacity is not None and len(self._records) >= self.capacity:
            raise StoreFull(f"{self.capacity} records stored")
        rid = self._next
        self._next += 1
        self._records[rid] = StoredRecord(rid, session_id, number, data, attempts, time.time())
        return rid

    def attempted(self, record_id: int, count: int = 1) -> None:
        r = self._records.get(record_id)
        if r is not None:
            self._records[record_id] = attrs.evolve(r, attempts=max(0, r.attempts + count))

    def delete(self, record_id: int) -> None:
        self._records.pop(record_id, None)

    def pending(self, limit: int = 100) -> list[StoredRecord]:
        return [self._records[k] for k in sorted(self._records)[:limit]]

    def __len__(self) -> int:
        return len(self._records)

    def receive(self, origin_host: str, session_id: str, number: int, record_type: int, data: bytes) -> bool:
        key = (session_id, number)
        if key in self._received:
            return False
        self._received[key] = (origin_host, record_type, data)
        return True

    def received(self) -> list[tuple[str, int, int]]:
        return [(s, n, t) for (s, n), (_, t, _) in self._received.items()]


class SqliteStore:
    """A :class:`RecordStore` and :class:`ReceivedStore` in one SQLite file (created if
    missing). ``capacity``: the most records to deliver it keeps (None: no limit);
    ``synchronous``: SQLite's setting, "FULL" (durable across a power loss) or "NORMAL"
    (across a crash of the process only, with fewer writes to the disk)."""

    def __init__(
        self,
        path: str | Path,
        *,
        capacity: int | None = None,
        synchronous: Literal["FULL", "NORMAL"] = "FULL",
    ) -> None:
        self.path = Path(path)
        self.capacity = capacity
        self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={synchronous}")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL,"
            " number INTEGER NOT NULL, data BLOB NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, created REAL NOT NULL)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS received (session_id TEXT NOT NULL, number INTEGER NOT NULL,"
            " origin_host TEXT NOT NULL, record_type INTEGER NOT NULL, data BLOB NOT NULL, received REAL NOT NULL,"
            " PRIMARY KEY (session_id, number))"
        )
        self._count = self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]

    def add(self, session_id: str, number: int, data: bytes, attempts: int = 0) -> int:
        if self.capacity is not None and self._count >= self.capacity:
            raise StoreFull(f"{self.capacity} records stored in {self.path}")
        cur = self._db.execute(
            "INSERT INTO outbox (session_id, number, data, attempts, created) VALUES (?, ?, ?, ?, ?)",
            (session_id, number, data, attempts, time.time()),
        )
        self._count += 1
        assert cur.lastrowid is not None
        return cur.lastrowid

    def attempted(self, record_id: int, count: int = 1) -> None:
        self._db.execute("UPDATE outbox SET attempts = MAX(0, attempts + ?) WHERE id = ?", (count, record_id))

    def delete(self, record_id: int) -> None:
        cur = self._db.execute("DELETE FROM outbox WHERE id = ?", (record_id,))
        self._count -= cur.rowcount

    def pending(self, limit: int = 100) -> list[StoredRecord]:
        rows = self._db.execute(
            "SELECT id, session_id, number, data, attempts, created FROM outbox ORDER BY id LIMIT ?", (limit,)
        )
        return [StoredRecord(*row) for row in rows]

    def __len__(self) -> int:
        return int(self._count)

    def receive(self, origin_host: str, session_id: str, number: int, record_type: int, data: bytes) -> bool:
        cur = self._db.execute(
            "INSERT OR IGNORE INTO received (session_id, number, origin_host, record_type, data, received)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, number, origin_host, record_type, data, time.time()),
        )
        return cur.rowcount == 1

    def received(self) -> list[tuple[str, int, int]]:
        rows = self._db.execute("SELECT session_id, number, record_type FROM received ORDER BY rowid")
        return [(s, int(n), int(t)) for s, n, t in rows]

    def __iter__(self) -> Iterator[StoredRecord]:
        return iter(self.pending(limit=-1))

    def close(self) -> None:
        self._db.close()


class AsyncReceivedStore(Protocol):
    """Records a server received, in a store it waits for (a database server)."""

    async def receive(self, origin_host: str, session_id: str, number: int, record_type: int, data: bytes) -> bool:
        """Keep a received record; False when it was received before (a duplicate)."""
        ...

    async def received(self) -> list[tuple[str, int, int]]: ...


class PostgresStore:
    """An :class:`AsyncReceivedStore` in a PostgreSQL table (created if missing), the same
    columns as :class:`SqliteStore`'s ``received``, one row per Session-Id and
    Accounting-Record-Number. Made by :meth:`connect`; one connection, one statement at a time.
    Needs the ``postgres`` extra (asyncpg)."""

    def __init__(self, connection: Any, table: str) -> None:
        self._db = connection
        self.table = table
        self._lock = asyncio.Lock()

    @classmethod
    async def connect(cls, dsn: str, *, table: str = "diameter_accounting") -> PostgresStore:
        try:
            import asyncpg
        except ImportError:
            raise ImportError("PostgresStore needs asyncpg: pip install 'diameter-typed[postgres]'") from None
        if not table.replace("_", "").isalnum():
            raise ValueError(f"table name {table!r}: letters, digits and _ only")
        db = await asyncpg.connect(dsn)
        await db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} (session_id TEXT NOT NULL, number BIGINT NOT NULL,"
            " origin_host TEXT NOT NULL, record_type INTEGER NOT NULL, data BYTEA NOT NULL,"
            " received TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (session_id, number))"
        )
        return cls(db, table)

    async def receive(self, origin_host: str, session_id: str, number: int, record_type: int, data: bytes) -> bool:
        async with self._lock:
            status = await self._db.execute(
                f"INSERT INTO {self.table} (session_id, number, origin_host, record_type, data)"
                " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_id, number) DO NOTHING",
                session_id,
                number,
                origin_host,
                record_type,
                data,
            )
        return bool(status == "INSERT 0 1")

    async def received(self) -> list[tuple[str, int, int]]:
        async with self._lock:
            rows = await self._db.fetch(f"SELECT session_id, number, record_type FROM {self.table} ORDER BY received")
        return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]

    async def close(self) -> None:
        await self._db.close()
