# Stubs for the part of pysctp 0.7.3 (module ``sctp``) this project uses: diameter.asyncio.sctp,
# tests/vm/guest_smoke.py (which checks pysctp's own bindx/connectx and set_primary),
# tests/vm/guest_sctp_params.py (which reads the association parameters back with pysctp's readers) and
# tests/vm/guest_sctp_failover.py (the state of each path).
import socket
from collections.abc import Sequence

FLAG_NOTIFICATION: int

class sndrcvinfo:
    stream: int
    ppid: int  # as the kernel gives it: network byte order

class notification:
    type: int

class paddrinfo:
    sockaddr: tuple[str, int]
    state: int
    cwnd: int
    srtt: int
    rto: int
    mtu: int

class status:
    instrms: int
    outstrms: int
    primary: paddrinfo

class rtoinfo:  # milliseconds
    assoc_id: int
    initial: int
    max: int
    min: int

class assocparams:
    assoc_id: int
    assocmaxrxt: int
    number_peer_destinations: int
    peer_rwnd: int
    local_rwnd: int
    cookie_life: int

class paddrparams:
    assoc_id: int
    sockaddr: tuple[str, int]
    hbinterval: int  # milliseconds
    pathmaxrxt: int
    pathmtu: int
    sackdelay: int
    flags: int
    flags_HB_DISABLED: int
    flags_HB_ENABLED: int

class event_subscribe:
    data_io: bool
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
    def bindx(self, sockaddrs: Sequence[tuple[str, int]]) -> None: ...
    def connectx(self, sockaddrs: Sequence[tuple[str, int]]) -> None: ...
    def accept(self) -> tuple[sctpsocket_tcp, tuple[str, int]]: ...
    def set_primary(self, assoc_id: int, addr: tuple[str, int]) -> None: ...
    def get_rtoinfo(self, assoc_id: int = ...) -> rtoinfo: ...
    def set_rtoinfo(self, o: rtoinfo) -> None: ...
    def get_assocparams(self, assoc_id: int = ...) -> assocparams: ...
    def set_assocparams(self, o: assocparams) -> None: ...
    def get_paddrparams(self, assoc_id: int, sockaddr: tuple[str, int]) -> paddrparams: ...
    def get_paddrinfo(self, assoc_id: int, sockaddr: tuple[str, int]) -> paddrinfo: ...
    def set_paddrparams(self, o: paddrparams) -> None: ...
    # delegated to the socket
    def bind(self, address: tuple[str, int]) -> None: ...
    def connect(self, address: tuple[str, int]) -> None: ...
    def listen(self, backlog: int) -> None: ...
    def fileno(self) -> int: ...
    def getsockname(self) -> tuple[str, int]: ...
    def close(self) -> None: ...

class sctpsocket_tcp(sctpsocket):
    def __init__(self, family: int, sk: socket.socket | None = ...) -> None: ...
