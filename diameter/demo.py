"""The demo: build a CER and an ACR, encode them, decode them, print them as a tree and as JSON.

Run ``python -m diameter.demo``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from ipaddress import IPv4Address, IPv6Address

from . import decode, encode
from .apps.base import (
    ACR,
    CER,
    AccountingRecordType,
    InbandSecurityId,
    ProxyInfo,
    VendorSpecificApplicationId,
)
from .data import message_to_dict, to_json
from .schema import Message
from .text import format_message

__all__ = ["main", "messages"]


def messages() -> list[Message]:
    """The demo's messages: a CER and an ACR (start record)."""
    cer = CER(
        origin_host="client.example.com",
        origin_realm="example.com",
        host_ip_address=(IPv4Address("127.0.0.1"), IPv6Address("::1")),
        vendor_id=0,
        product_name="diameter-typed demo",
        origin_state_id=1,
        supported_vendor_id=(10415,),
        auth_application_id=(4,),
        acct_application_id=(3,),
        inband_security_id=(InbandSecurityId.NO_INBAND_SECURITY,),
        vendor_specific_application_id=(VendorSpecificApplicationId(vendor_id=10415, auth_application_id=16777238),),
        firmware_revision=1,
        hop_by_hop=0x1001,
        end_to_end=0x5AB0001,
    )
    acr = ACR(
        session_id="client.example.com;1764000000;1",
        origin_host="client.example.com",
        origin_realm="example.com",
        destination_realm="example.net",
        accounting_record_type=AccountingRecordType.START_RECORD,
        accounting_record_number=0,
        acct_application_id=3,
        user_name="alice@example.com",
        acct_interim_interval=300,
        event_timestamp=datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc),
        proxy_info=(ProxyInfo(proxy_host="relay.example.com", proxy_state=b"\x01\x02"),),
        hop_by_hop=0x1002,
        end_to_end=0x5AB0002,
    )
    return [cer, acr]


def main() -> int:
    for msg in messages():
        data = encode(msg)
        back = decode(data)
        assert back == msg and encode(back) == data
        print(f"=== {type(msg).__name__}: {len(data)} bytes")
        print(data.hex(" ", 4))
        print()
        print(format_message(back))
        print()
        print(to_json(back))
        print()
    print(f"round trip OK for {len(messages())} messages ({', '.join(message_to_dict(m)['command'] for m in messages())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
