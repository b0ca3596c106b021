# Stubs for the part of pysctp 0.7.3 (module ``sctp``) that diameter.asyncio.sctp uses.
import socket

class sndrcvinfo:
    stream: int
    ppid: int  # as the kernel gives it: network byte order

class notification:
    type: int

class status:
    instrms: int
    outstrms: int

class event_subscribe:
    def clear(self) -> None: ...

class sctpsocket:
    events: event_subscribe
    def sctp_send(
        self,
        msg: bytes,
        to: tuple[str, int] = ...,
        ppid: int | None = ...,  # host byte order: sctp_send converts it
        flags: int = ...,
        stream: int | None = ...,
        timetolive: int | None = ...,
        context: int = ...,
    ) -> int: ...
    def sctp_recv(self, maxlen: int) -> tuple[tuple[str, int] | None, int, bytes | None, sndrcvinfo | notification]: ...
    def getpaddrs(self, assoc_id: int = ...) -> tuple[tuple[str, int], ...]: ...
    def getladdrs(self, assoc_id: int = ...) -> tuple[tuple[str, int], ...]: ...
    def get_status(self, assoc_id: int = ...) -> status: ...
    def sock(self) -> socket.socket: ...

class sctpsocket_tcp(sctpsocket):
    def __init__(self, family: int, sk: socket.socket | None = ...) -> None: ...
