"""Authorization sessions on nodes over loopback TCP (RFC 6733 §8.1, NASREQ's AAR/AAA): opened,
re-authorized when the lifetime ends and when the server asks (RAR), ended by the client (STR)
and by the server (ASR, then STR), stateless sessions, and the server's table cleaning up what
expires. The machines row by row: tests/test_sessions.py."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from diameter.apps.base import AuthSessionState, ReAuthAnswer, ReAuthRequest
from diameter.apps.nasreq import AAA, AAR, AuthRequestType
from diameter.asyncio import Node
from diameter.capabilities import LocalCapabilities
from diameter.core.sessions import AuthState
from diameter.sessions import AuthClient, AuthServer, AuthSession

REALM = "example.com"
NASREQ = 1


def caps(host: str) -> LocalCapabilities:
    return LocalCapabilities(origin_host=host, origin_realm=REALM, auth_application_ids=frozenset({NASREQ}))


def state_of(s: AuthSession[AAA]) -> AuthState:
    return s.state


def rar(session_id: str) -> ReAuthRequest:
    """The server's Re-Auth-Request for a session of the client nas.example.com."""
    return ReAuthRequest(
        session_id=session_id,
        origin_host="aaa.example.com",
        origin_realm=REALM,
        destination_realm=REALM,
        destination_host="nas.example.com",
        auth_application_id=NASREQ,
        re_auth_request_type=0,
    )


def granted(s: AuthSession[AAA]) -> bool:
    return s.granted


def run(main: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(main(), 60))


class Nas:
    """A NAS server node: answers AARs (granting ``lifetime`` seconds, or refusing ``refused``
    users), its session table in ``server``."""

    def __init__(self, *, lifetime: int | None = None, stateless: bool = False) -> None:
        self.node = Node(caps("aaa.example.com"))
        self.requests: list[str] = []
        self.refused: set[str] = set()

        def answer(req: AAR) -> AAA:
            self.requests.append(req.session_id)
            ok = req.user_name not in self.refused
            return AAA(
                session_id=req.session_id,
                auth_application_id=NASREQ,
                auth_request_type=req.auth_request_type,
                result_code=2001 if ok else 4001,
                origin_host="aaa.example.com",
                origin_realm=REALM,
                session_timeout=60,
                authorization_lifetime=lifetime,
                auth_grace_period=1 if lifetime is not None else None,
                auth_session_state=AuthSessionState.NO_STATE_MAINTAINED if stateless else None,
            )

        self.server = AuthServer(self.node, request_class=AAR, handler=answer, auth_application_id=NASREQ)


async def pair(nas: Nas) -> tuple[Node, AuthClient[AAA]]:
    port = await nas.node.listen("127.0.0.1", 0)
    client = Node(caps("nas.example.com"))
    await client.connect("127.0.0.1", port)
    auth = AuthClient(
        client,
        request_class=AAR,
        auth_application_id=NASREQ,
        destination_realm=REALM,
        auth_request_type=AuthRequestType.AUTHORIZE_ONLY,
    )
    return client, auth


def test_a_session_is_opened_reauthorized_when_its_lifetime_ends_and_terminated() -> None:
    async def main() -> None:
        nas = Nas(lifetime=1)
        client, auth = await pair(nas)
        s = auth.session(user_name="alice")
        answer = await s.open()
        assert isinstance(answer, AAA) and s.granted and state_of(s) is AuthState.OPEN
        assert s.server == "aaa.example.com" and nas.server.state(s.session_id) is AuthState.OPEN
        await asyncio.sleep(1.4)  # the lifetime ends: the client authorizes again by itself
        assert nas.requests.count(s.session_id) == 2 and s.granted and state_of(s) is AuthState.OPEN
        await s.terminate()
        assert state_of(s) is AuthState.IDLE and not granted(s) and s.ended == "DIAMETER_LOGOUT"
        assert nas.server.state(s.session_id) is AuthState.IDLE and auth.sessions == {}
        assert nas.server.cleaned == [(s.session_id, "session terminated by the client")]
        await auth.close()
        await client.close()
        await nas.node.close()

    run(main)


def test_a_refused_user_gets_no_session() -> None:
    async def main() -> None:
        nas = Nas()
        nas.refused.add("mallory")
        client, auth = await pair(nas)
        s = auth.session(user_name="mallory")
        await s.open()
        assert not s.granted and state_of(s) is AuthState.IDLE and nas.server.sessions == {}
        await auth.close()
        await client.close()
        await nas.node.close()

    run(main)


def test_the_server_asks_for_reauthorization_and_aborts_a_session() -> None:
    async def main() -> None:
        nas = Nas()
        client, auth = await pair(nas)
        s = auth.session(user_name="alice")
        await s.open()
        raa = await nas.node.request(rar(s.session_id))
        assert isinstance(raa, ReAuthAnswer) and raa.result_code == 2001
        for _ in range(50):
            if nas.requests.count(s.session_id) == 2:
                break
            await asyncio.sleep(0.05)
        assert nas.requests.count(s.session_id) == 2  # the RAR made an AAR
        assert await nas.server.abort(s.session_id)
        for _ in range(50):
            if state_of(s) is AuthState.IDLE:
                break
            await asyncio.sleep(0.05)
        assert state_of(s) is AuthState.IDLE and not granted(s) and s.ended == "aborted by the server"
        assert nas.server.sessions == {} and not await nas.server.abort(s.session_id)
        unknown = await nas.node.request(rar("nobody"))
        assert getattr(unknown, "result_code", None) == 5002
        await auth.close()
        await client.close()
        await nas.node.close()

    run(main)


def test_a_stateless_session_keeps_no_table_and_ends_without_str() -> None:
    async def main() -> None:
        nas = Nas(stateless=True)
        client, auth = await pair(nas)
        s = auth.session(user_name="alice")
        await s.open()
        assert s.granted and state_of(s) is AuthState.OPEN and not s.machine.stateful
        assert nas.server.sessions == {}
        await s.terminate()
        assert state_of(s) is AuthState.IDLE and s.ended == "service terminated"
        await auth.close()
        await client.close()
        await nas.node.close()

    run(main)


def test_the_server_cleans_up_a_session_whose_lifetime_and_grace_ran_out() -> None:
    async def main() -> None:
        nas = Nas(lifetime=1)
        client, auth = await pair(nas)
        s = auth.session(user_name="alice")
        await s.open()
        await auth.close()  # the client goes silent: no re-authorization
        await client.close()
        await asyncio.sleep(2.2)  # lifetime 1 s and grace 1 s

        assert nas.server.sessions == {} and nas.server.cleaned == [(s.session_id, "authorization expired")]
        await nas.node.close()

    run(main)


def test_two_clients_on_one_node_each_get_the_rars_of_their_sessions() -> None:
    async def main() -> None:
        nas = Nas()
        client, first = await pair(nas)
        second = AuthClient(
            client,
            request_class=AAR,
            auth_application_id=NASREQ,
            destination_realm=REALM,
            auth_request_type=AuthRequestType.AUTHORIZE_AUTHENTICATE,
        )
        a, b = first.session(user_name="a"), second.session(user_name="b")
        await a.open()
        await b.open()
        for s in (a, b):
            raa = await nas.node.request(rar(s.session_id))
            assert getattr(raa, "result_code", None) == 2001
        for _ in range(50):
            if nas.requests.count(a.session_id) == 2 and nas.requests.count(b.session_id) == 2:
                break
            await asyncio.sleep(0.05)
        assert nas.requests.count(a.session_id) == 2 and nas.requests.count(b.session_id) == 2
        await first.close()
        await second.close()
        await client.close()
        await nas.node.close()

    run(main)
