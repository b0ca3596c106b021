"""Dictionary 'eap': generated from schemas/eap.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_INTERIM_INTERVAL,
    AUTHORIZATION_LIFETIME,
    AUTH_APPLICATION_ID,
    AUTH_GRACE_PERIOD,
    AUTH_REQUEST_TYPE,
    AUTH_SESSION_STATE,
    CLASS,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    FAILED_AVP,
    MULTI_ROUND_TIME_OUT,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    REDIRECT_HOST,
    REDIRECT_HOST_USAGE,
    REDIRECT_MAX_CACHE_TIME,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ROUTE_RECORD,
    SESSION_ID,
    SESSION_TIMEOUT,
    USER_NAME,
)
from diameter.apps.nasreq import (
    CALLBACK_ID,
    CALLBACK_NUMBER,
    CALLED_STATION_ID,
    CALLING_STATION_ID,
    CONFIGURATION_TOKEN,
    CONNECT_INFO,
    FILTER_ID,
    FRAMED_APPLETALK_LINK,
    FRAMED_APPLETALK_NETWORK,
    FRAMED_APPLETALK_ZONE,
    FRAMED_COMPRESSION,
    FRAMED_INTERFACE_ID,
    FRAMED_IPV6_POOL,
    FRAMED_IPV6_PREFIX,
    FRAMED_IPV6_ROUTE,
    FRAMED_IPX_NETWORK,
    FRAMED_IP_ADDRESS,
    FRAMED_IP_NETMASK,
    FRAMED_MTU,
    FRAMED_POOL,
    FRAMED_PROTOCOL,
    FRAMED_ROUTE,
    FRAMED_ROUTING,
    IDLE_TIMEOUT,
    NAS_FILTER_RULE,
    NAS_IDENTIFIER,
    NAS_IPV6_ADDRESS,
    NAS_IP_ADDRESS,
    NAS_PORT,
    NAS_PORT_ID,
    NAS_PORT_TYPE,
    ORIGINATING_LINE_INFO,
    PORT_LIMIT,
    QOS_FILTER_RULE,
    REPLY_MESSAGE,
    SERVICE_TYPE,
    STATE,
    TUNNELING,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import OCTET_STRING, UNSIGNED64

__all__ = [
    "EAP_PAYLOAD",
    "EAP_REISSUED_PAYLOAD",
    "EAP_MASTER_SESSION_KEY",
    "EAP_KEY_NAME",
    "ACCOUNTING_EAP_AUTH_METHOD",
    "DiameterEAPRequest",
    "DER",
    "DiameterEAPAnswer",
    "DEA",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
EAP_PAYLOAD: Final = AvpDef("EAP-Payload", 462, OCTET_STRING, M)
EAP_REISSUED_PAYLOAD: Final = AvpDef("EAP-Reissued-Payload", 463, OCTET_STRING, M)
EAP_MASTER_SESSION_KEY: Final = AvpDef("EAP-Master-Session-Key", 464, OCTET_STRING, M)
EAP_KEY_NAME: Final = AvpDef("EAP-Key-Name", 102, OCTET_STRING, M)
ACCOUNTING_EAP_AUTH_METHOD: Final = AvpDef("Accounting-EAP-Auth-Method", 465, UNSIGNED64, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "DiameterEAPRequest": (('Diameter-EAP-Request', 268, 5, True, True, False, None, 'DER', 'DiameterEAPAnswer'), """<DER> ::= < Diameter Header: 268, REQ, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Request-Type }
         [ Destination-Host ]
         [ NAS-Identifier ]
         [ NAS-IP-Address ]
         [ NAS-IPv6-Address ]
         [ NAS-Port ]
         [ NAS-Port-Id ]
         [ NAS-Port-Type ]
         [ Origin-State-Id ]
         [ Port-Limit ]
         [ User-Name ]
         { EAP-Payload }
         [ EAP-Key-Name ]
         [ Service-Type ]
         [ State ]
         [ Authorization-Lifetime ]
         [ Auth-Grace-Period ]
         [ Auth-Session-State ]
         [ Callback-Number ]
         [ Called-Station-Id ]
         [ Calling-Station-Id ]
         [ Originating-Line-Info ]
         [ Connect-Info ]
       * [ Framed-Compression ]
         [ Framed-Interface-Id ]
         [ Framed-IP-Address ]
       * [ Framed-IPv6-Prefix ]
         [ Framed-IP-Netmask ]
         [ Framed-MTU ]
         [ Framed-Protocol ]
       * [ Tunneling ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("nas_identifier", "str | None", NAS_IDENTIFIER, 0, 1, False),
        ("nas_ip_address", "bytes | None", NAS_IP_ADDRESS, 0, 1, False),
        ("nas_ipv6_address", "bytes | None", NAS_IPV6_ADDRESS, 0, 1, False),
        ("nas_port", "int | None", NAS_PORT, 0, 1, False),
        ("nas_port_id", "str | None", NAS_PORT_ID, 0, 1, False),
        ("nas_port_type", "NASPortType | int | None", NAS_PORT_TYPE, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("port_limit", "int | None", PORT_LIMIT, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("eap_payload", "bytes", EAP_PAYLOAD, 1, 1, False),
        ("eap_key_name", "bytes | None", EAP_KEY_NAME, 0, 1, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("auth_grace_period", "int | None", AUTH_GRACE_PERIOD, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("callback_number", "str | None", CALLBACK_NUMBER, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("calling_station_id", "str | None", CALLING_STATION_ID, 0, 1, False),
        ("originating_line_info", "bytes | None", ORIGINATING_LINE_INFO, 0, 1, False),
        ("connect_info", "str | None", CONNECT_INFO, 0, 1, False),
        ("framed_compression", "tuple[FramedCompression | int, ...]", FRAMED_COMPRESSION, 0, None, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "tuple[bytes, ...]", FRAMED_IPV6_PREFIX, 0, None, False),
        ("framed_ip_netmask", "bytes | None", FRAMED_IP_NETMASK, 0, 1, False),
        ("framed_mtu", "int | None", FRAMED_MTU, 0, 1, False),
        ("framed_protocol", "FramedProtocol | int | None", FRAMED_PROTOCOL, 0, 1, False),
        ("tunneling", "tuple[Tunneling, ...]", TUNNELING, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiameterEAPAnswer": (('Diameter-EAP-Answer', 268, 5, False, True, False, None, 'DEA', None), """<DEA> ::= < Diameter Header: 268, PXY >
         < Session-Id >
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ EAP-Payload ]
         [ EAP-Reissued-Payload ]
         [ EAP-Master-Session-Key ]
         [ EAP-Key-Name ]
         [ Multi-Round-Time-Out ]
       * [ Accounting-EAP-Auth-Method ]
         [ Service-Type ]
       * [ Class ]
       * [ Configuration-Token ]
         [ Acct-Interim-Interval ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Failed-AVP ]
         [ Idle-Timeout ]
         [ Authorization-Lifetime ]
         [ Auth-Grace-Period ]
         [ Auth-Session-State ]
         [ Re-Auth-Request-Type ]
         [ Session-Timeout ]
         [ State ]
       * [ Reply-Message ]
         [ Origin-State-Id ]
       * [ Filter-Id ]
         [ Port-Limit ]
         [ Callback-Id ]
         [ Callback-Number ]
         [ Framed-Appletalk-Link ]
       * [ Framed-Appletalk-Network ]
         [ Framed-Appletalk-Zone ]
       * [ Framed-Compression ]
         [ Framed-Interface-Id ]
         [ Framed-IP-Address ]
       * [ Framed-IPv6-Prefix ]
         [ Framed-IPv6-Pool ]
       * [ Framed-IPv6-Route ]
         [ Framed-IP-Netmask ]
       * [ Framed-Route ]
         [ Framed-Pool ]
         [ Framed-IPX-Network ]
         [ Framed-MTU ]
         [ Framed-Protocol ]
         [ Framed-Routing ]
       * [ NAS-Filter-Rule ]
       * [ QoS-Filter-Rule ]
       * [ Tunneling ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("eap_payload", "bytes | None", EAP_PAYLOAD, 0, 1, False),
        ("eap_reissued_payload", "bytes | None", EAP_REISSUED_PAYLOAD, 0, 1, False),
        ("eap_master_session_key", "bytes | None", EAP_MASTER_SESSION_KEY, 0, 1, False),
        ("eap_key_name", "bytes | None", EAP_KEY_NAME, 0, 1, False),
        ("multi_round_time_out", "int | None", MULTI_ROUND_TIME_OUT, 0, 1, False),
        ("accounting_eap_auth_method", "tuple[int, ...]", ACCOUNTING_EAP_AUTH_METHOD, 0, None, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("configuration_token", "tuple[bytes, ...]", CONFIGURATION_TOKEN, 0, None, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("idle_timeout", "int | None", IDLE_TIMEOUT, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("auth_grace_period", "int | None", AUTH_GRACE_PERIOD, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int | None", RE_AUTH_REQUEST_TYPE, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("reply_message", "tuple[str, ...]", REPLY_MESSAGE, 0, None, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("filter_id", "tuple[str, ...]", FILTER_ID, 0, None, False),
        ("port_limit", "int | None", PORT_LIMIT, 0, 1, False),
        ("callback_id", "str | None", CALLBACK_ID, 0, 1, False),
        ("callback_number", "str | None", CALLBACK_NUMBER, 0, 1, False),
        ("framed_appletalk_link", "int | None", FRAMED_APPLETALK_LINK, 0, 1, False),
        ("framed_appletalk_network", "tuple[int, ...]", FRAMED_APPLETALK_NETWORK, 0, None, False),
        ("framed_appletalk_zone", "bytes | None", FRAMED_APPLETALK_ZONE, 0, 1, False),
        ("framed_compression", "tuple[FramedCompression | int, ...]", FRAMED_COMPRESSION, 0, None, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "tuple[bytes, ...]", FRAMED_IPV6_PREFIX, 0, None, False),
        ("framed_ipv6_pool", "bytes | None", FRAMED_IPV6_POOL, 0, 1, False),
        ("framed_ipv6_route", "tuple[str, ...]", FRAMED_IPV6_ROUTE, 0, None, False),
        ("framed_ip_netmask", "bytes | None", FRAMED_IP_NETMASK, 0, 1, False),
        ("framed_route", "tuple[str, ...]", FRAMED_ROUTE, 0, None, False),
        ("framed_pool", "bytes | None", FRAMED_POOL, 0, 1, False),
        ("framed_ipx_network", "int | None", FRAMED_IPX_NETWORK, 0, 1, False),
        ("framed_mtu", "int | None", FRAMED_MTU, 0, 1, False),
        ("framed_protocol", "FramedProtocol | int | None", FRAMED_PROTOCOL, 0, 1, False),
        ("framed_routing", "FramedRouting | int | None", FRAMED_ROUTING, 0, 1, False),
        ("nas_filter_rule", "tuple[IPFilterRule, ...]", NAS_FILTER_RULE, 0, None, False),
        ("qos_filter_rule", "tuple[bytes, ...]", QOS_FILTER_RULE, 0, None, False),
        ("tunneling", "tuple[Tunneling, ...]", TUNNELING, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AuthRequestType": "diameter.apps.base",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DiameterURI": "diameter.types",
    "FailedAVP": "diameter.apps.base",
    "FramedCompression": "diameter.apps.nasreq",
    "FramedProtocol": "diameter.apps.nasreq",
    "FramedRouting": "diameter.apps.nasreq",
    "IPFilterRule": "diameter.types",
    "NASPortType": "diameter.apps.nasreq",
    "ProxyInfo": "diameter.apps.base",
    "ReAuthRequestType": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "ServiceType": "diameter.apps.nasreq",
    "Tunneling": "diameter.apps.nasreq",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
