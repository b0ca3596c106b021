"""An accounting client or server in a process of its own, for tests/test_accounting_crash.py.

python tests/acct_node.py server STORE --port P [--delay S]
    an AccountingServer keeping what it receives in the SQLite file STORE; prints
    "listening PORT", then a line per record received: "record SESSION NUMBER new|duplicate
    T|-" (T: the request had the T flag); answers each record after S seconds.
python tests/acct_node.py client STORE --port P --sessions N [--connected]
    an AccountingClient with the SQLite file STORE: N sessions, each a start and a stop
    record, all at once; prints "made N" when every record is answered or stored, then waits
    (to be killed). --connected: waits for the server first.
python tests/acct_node.py flush STORE --port P
    a new client on STORE: connects, sends what is stored, prints "left N", exits 0 when N is 0.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diameter.accounting import AccountingClient, AccountingServer
from diameter.apps.base import AccountingRequest
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.schema import Message
from diameter.store import SqliteStore

REALM = "example.com"


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, acct_application_ids=frozenset({3}))


def say(text: str) -> None:
    print(text, flush=True)


async def server(store: Path, port: int, delay: float) -> None:
    node = Node(caps("acct.example.com"))

    def seen(req: Message, new: bool) -> None:
        assert isinstance(req, AccountingRequest)
        kind = "new" if new else "duplicate"
        say(f"record {req.session_id} {req.accounting_record_number} {kind} {'T' if req.retransmit else '-'}")

    acct = AccountingServer(node, SqliteStore(store), on_record=seen)
    if delay:

        async def late(req: AccountingRequest) -> Message:
            answer = acct.answer(req)
            await asyncio.sleep(delay)
            return answer

        node.handle(AccountingRequest, late)
    bound = await node.listen("127.0.0.1", port)
    say(f"listening {bound}")
    await node.serve_forever()


async def client(store: Path, port: int, sessions: int, connected: bool) -> None:
    node = Node(caps("pgw.example.com"), tc=1.0, request_timeout=30.0)
    connecting = asyncio.ensure_future(node.connect("127.0.0.1", port, peer_host="acct.example.com"))
    if connected:
        await connecting
    acct = AccountingClient(node, destination_realm=REALM, store=SqliteStore(store), resend_interval=0.5)

    async def one(i: int) -> None:
        s = acct.session(f"pgw.example.com;crash;{i}")
        await s.start()
        await s.stop()

    await asyncio.gather(*(one(i) for i in range(sessions)))
    say(f"made {sessions}")
    await asyncio.Event().wait()  # until killed


async def flush(store: Path, port: int) -> int:
    node = Node(caps("pgw.example.com"), tc=1.0, request_timeout=30.0)
    acct = AccountingClient(node, destination_realm=REALM, store=SqliteStore(store), resend_interval=0.5)
    say(f"stored {len(acct.store)}")
    await node.connect("127.0.0.1", port, peer_host="acct.example.com")
    left = await acct.flush(60)
    say(f"left {left}")
    await acct.close()
    await node.close()
    return 0 if left == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("role", choices=["server", "client", "flush"])
    ap.add_argument("store", type=Path)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--sessions", type=int, default=10)
    ap.add_argument("--connected", action="store_true")
    args = ap.parse_args()
    if args.role == "server":
        asyncio.run(server(args.store, args.port, args.delay))
        return 0
    if args.role == "client":
        asyncio.run(client(args.store, args.port, args.sessions, args.connected))
        return 0
    return asyncio.run(flush(args.store, args.port))


if __name__ == "__main__":
    sys.exit(main())
