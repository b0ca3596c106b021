"""Dictionary 'nasreq': generated from schemas/nasreq.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCOUNTING_REALTIME_REQUIRED,
    ACCOUNTING_RECORD_NUMBER,
    ACCOUNTING_RECORD_TYPE,
    ACCOUNTING_SUB_SESSION_ID,
    ACCT_APPLICATION_ID,
    ACCT_INTERIM_INTERVAL,
    ACCT_MULTI_SESSION_ID,
    ACCT_SESSION_ID,
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
    EVENT_TIMESTAMP,
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
    TERMINATION_CAUSE,
    USER_NAME,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ENUMERATED,
    GROUPED,
    IP_FILTER_RULE,
    OCTET_STRING,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

__all__ = [
    "NASPortType",
    "Prompt",
    "CHAPAlgorithm",
    "ServiceType",
    "FramedProtocol",
    "FramedRouting",
    "FramedCompression",
    "ARAPZoneAccess",
    "LoginService",
    "TunnelType",
    "TunnelMediumType",
    "AcctAuthentic",
    "AccountingAuthMethod",
    "OriginAAAProtocol",
    "NAS_PORT",
    "NAS_PORT_ID",
    "NAS_PORT_TYPE",
    "CALLED_STATION_ID",
    "CALLING_STATION_ID",
    "CONNECT_INFO",
    "ORIGINATING_LINE_INFO",
    "REPLY_MESSAGE",
    "USER_PASSWORD",
    "PASSWORD_RETRY",
    "PROMPT",
    "CHAP_AUTH",
    "CHAP_ALGORITHM",
    "CHAP_IDENT",
    "CHAP_RESPONSE",
    "CHAP_CHALLENGE",
    "ARAP_PASSWORD",
    "ARAP_CHALLENGE_RESPONSE",
    "ARAP_SECURITY",
    "ARAP_SECURITY_DATA",
    "SERVICE_TYPE",
    "CALLBACK_NUMBER",
    "CALLBACK_ID",
    "IDLE_TIMEOUT",
    "PORT_LIMIT",
    "NAS_FILTER_RULE",
    "FILTER_ID",
    "CONFIGURATION_TOKEN",
    "QOS_FILTER_RULE",
    "FRAMED_PROTOCOL",
    "FRAMED_ROUTING",
    "FRAMED_MTU",
    "FRAMED_COMPRESSION",
    "FRAMED_IP_ADDRESS",
    "FRAMED_IP_NETMASK",
    "FRAMED_ROUTE",
    "FRAMED_POOL",
    "FRAMED_INTERFACE_ID",
    "FRAMED_IPV6_PREFIX",
    "FRAMED_IPV6_ROUTE",
    "FRAMED_IPV6_POOL",
    "FRAMED_IPX_NETWORK",
    "FRAMED_APPLETALK_LINK",
    "FRAMED_APPLETALK_NETWORK",
    "FRAMED_APPLETALK_ZONE",
    "ARAP_FEATURES",
    "ARAP_ZONE_ACCESS",
    "LOGIN_IP_HOST",
    "LOGIN_IPV6_HOST",
    "LOGIN_SERVICE",
    "LOGIN_TCP_PORT",
    "LOGIN_LAT_SERVICE",
    "LOGIN_LAT_NODE",
    "LOGIN_LAT_GROUP",
    "LOGIN_LAT_PORT",
    "TUNNELING",
    "TUNNEL_TYPE",
    "TUNNEL_MEDIUM_TYPE",
    "TUNNEL_CLIENT_ENDPOINT",
    "TUNNEL_SERVER_ENDPOINT",
    "TUNNEL_PASSWORD",
    "TUNNEL_PRIVATE_GROUP_ID",
    "TUNNEL_ASSIGNMENT_ID",
    "TUNNEL_PREFERENCE",
    "TUNNEL_CLIENT_AUTH_ID",
    "TUNNEL_SERVER_AUTH_ID",
    "ACCOUNTING_INPUT_OCTETS",
    "ACCOUNTING_OUTPUT_OCTETS",
    "ACCOUNTING_INPUT_PACKETS",
    "ACCOUNTING_OUTPUT_PACKETS",
    "ACCT_SESSION_TIME",
    "ACCT_AUTHENTIC",
    "ACCOUNTING_AUTH_METHOD",
    "ACCT_DELAY_TIME",
    "ACCT_LINK_COUNT",
    "ACCT_TUNNEL_CONNECTION",
    "ACCT_TUNNEL_PACKETS_LOST",
    "NAS_IDENTIFIER",
    "NAS_IP_ADDRESS",
    "NAS_IPV6_ADDRESS",
    "STATE",
    "ORIGIN_AAA_PROTOCOL",
    "CHAPAuth",
    "Tunneling",
    "AARequest",
    "AAR",
    "AAAnswer",
    "AAA",
    "ReAuthRequest",
    "RAR",
    "ReAuthAnswer",
    "RAA",
    "SessionTerminationRequest",
    "STR",
    "SessionTerminationAnswer",
    "STA",
    "AbortSessionRequest",
    "ASR",
    "AbortSessionAnswer",
    "ASA",
    "AccountingRequest",
    "ACR",
    "AccountingAnswer",
    "ACA",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
NAS_PORT: Final = AvpDef("NAS-Port", 5, UNSIGNED32, M)
NAS_PORT_ID: Final = AvpDef("NAS-Port-Id", 87, UTF8STRING, M)
NAS_PORT_TYPE: Final = AvpDef("NAS-Port-Type", 61, ENUMERATED, M)
CALLED_STATION_ID: Final = AvpDef("Called-Station-Id", 30, UTF8STRING, M)
CALLING_STATION_ID: Final = AvpDef("Calling-Station-Id", 31, UTF8STRING, M)
CONNECT_INFO: Final = AvpDef("Connect-Info", 77, UTF8STRING, M)
ORIGINATING_LINE_INFO: Final = AvpDef("Originating-Line-Info", 94, OCTET_STRING, M)
REPLY_MESSAGE: Final = AvpDef("Reply-Message", 18, UTF8STRING, M)
USER_PASSWORD: Final = AvpDef("User-Password", 2, OCTET_STRING, M)
PASSWORD_RETRY: Final = AvpDef("Password-Retry", 75, UNSIGNED32, M)
PROMPT: Final = AvpDef("Prompt", 76, ENUMERATED, M)
CHAP_AUTH: Final = AvpDef("CHAP-Auth", 402, GROUPED, M)
CHAP_ALGORITHM: Final = AvpDef("CHAP-Algorithm", 403, ENUMERATED, M)
CHAP_IDENT: Final = AvpDef("CHAP-Ident", 404, OCTET_STRING, M)
CHAP_RESPONSE: Final = AvpDef("CHAP-Response", 405, OCTET_STRING, M)
CHAP_CHALLENGE: Final = AvpDef("CHAP-Challenge", 60, OCTET_STRING, M)
ARAP_PASSWORD: Final = AvpDef("ARAP-Password", 70, OCTET_STRING, M)
ARAP_CHALLENGE_RESPONSE: Final = AvpDef("ARAP-Challenge-Response", 84, OCTET_STRING, M)
ARAP_SECURITY: Final = AvpDef("ARAP-Security", 73, UNSIGNED32, M)
ARAP_SECURITY_DATA: Final = AvpDef("ARAP-Security-Data", 74, OCTET_STRING, M)
SERVICE_TYPE: Final = AvpDef("Service-Type", 6, ENUMERATED, M)
CALLBACK_NUMBER: Final = AvpDef("Callback-Number", 19, UTF8STRING, M)
CALLBACK_ID: Final = AvpDef("Callback-Id", 20, UTF8STRING, M)
IDLE_TIMEOUT: Final = AvpDef("Idle-Timeout", 28, UNSIGNED32, M)
PORT_LIMIT: Final = AvpDef("Port-Limit", 62, UNSIGNED32, M)
NAS_FILTER_RULE: Final = AvpDef("NAS-Filter-Rule", 400, IP_FILTER_RULE, M)
FILTER_ID: Final = AvpDef("Filter-Id", 11, UTF8STRING, M)
CONFIGURATION_TOKEN: Final = AvpDef("Configuration-Token", 78, OCTET_STRING, M)
QOS_FILTER_RULE: Final = AvpDef("QoS-Filter-Rule", 407, OCTET_STRING)
FRAMED_PROTOCOL: Final = AvpDef("Framed-Protocol", 7, ENUMERATED, M)
FRAMED_ROUTING: Final = AvpDef("Framed-Routing", 10, ENUMERATED, M)
FRAMED_MTU: Final = AvpDef("Framed-MTU", 12, UNSIGNED32, M)
FRAMED_COMPRESSION: Final = AvpDef("Framed-Compression", 13, ENUMERATED, M)
FRAMED_IP_ADDRESS: Final = AvpDef("Framed-IP-Address", 8, OCTET_STRING, M)
FRAMED_IP_NETMASK: Final = AvpDef("Framed-IP-Netmask", 9, OCTET_STRING, M)
FRAMED_ROUTE: Final = AvpDef("Framed-Route", 22, UTF8STRING, M)
FRAMED_POOL: Final = AvpDef("Framed-Pool", 88, OCTET_STRING, M)
FRAMED_INTERFACE_ID: Final = AvpDef("Framed-Interface-Id", 96, UNSIGNED64, M)
FRAMED_IPV6_PREFIX: Final = AvpDef("Framed-IPv6-Prefix", 97, OCTET_STRING, M)
FRAMED_IPV6_ROUTE: Final = AvpDef("Framed-IPv6-Route", 99, UTF8STRING, M)
FRAMED_IPV6_POOL: Final = AvpDef("Framed-IPv6-Pool", 100, OCTET_STRING, M)
FRAMED_IPX_NETWORK: Final = AvpDef("Framed-IPX-Network", 23, UNSIGNED32, M)
FRAMED_APPLETALK_LINK: Final = AvpDef("Framed-Appletalk-Link", 37, UNSIGNED32, M)
FRAMED_APPLETALK_NETWORK: Final = AvpDef("Framed-Appletalk-Network", 38, UNSIGNED32, M)
FRAMED_APPLETALK_ZONE: Final = AvpDef("Framed-Appletalk-Zone", 39, OCTET_STRING, M)
ARAP_FEATURES: Final = AvpDef("ARAP-Features", 71, OCTET_STRING, M)
ARAP_ZONE_ACCESS: Final = AvpDef("ARAP-Zone-Access", 72, ENUMERATED, M)
LOGIN_IP_HOST: Final = AvpDef("Login-IP-Host", 14, OCTET_STRING, M)
LOGIN_IPV6_HOST: Final = AvpDef("Login-IPv6-Host", 98, OCTET_STRING, M)
LOGIN_SERVICE: Final = AvpDef("Login-Service", 15, ENUMERATED, M)
LOGIN_TCP_PORT: Final = AvpDef("Login-TCP-Port", 16, UNSIGNED32, M)
LOGIN_LAT_SERVICE: Final = AvpDef("Login-LAT-Service", 34, OCTET_STRING, M)
LOGIN_LAT_NODE: Final = AvpDef("Login-LAT-Node", 35, OCTET_STRING, M)
LOGIN_LAT_GROUP: Final = AvpDef("Login-LAT-Group", 36, OCTET_STRING, M)
LOGIN_LAT_PORT: Final = AvpDef("Login-LAT-Port", 63, OCTET_STRING, M)
TUNNELING: Final = AvpDef("Tunneling", 401, GROUPED, M)
TUNNEL_TYPE: Final = AvpDef("Tunnel-Type", 64, ENUMERATED, M)
TUNNEL_MEDIUM_TYPE: Final = AvpDef("Tunnel-Medium-Type", 65, ENUMERATED, M)
TUNNEL_CLIENT_ENDPOINT: Final = AvpDef("Tunnel-Client-Endpoint", 66, UTF8STRING, M)
TUNNEL_SERVER_ENDPOINT: Final = AvpDef("Tunnel-Server-Endpoint", 67, UTF8STRING, M)
TUNNEL_PASSWORD: Final = AvpDef("Tunnel-Password", 69, OCTET_STRING, M)
TUNNEL_PRIVATE_GROUP_ID: Final = AvpDef("Tunnel-Private-Group-Id", 81, OCTET_STRING, M)
TUNNEL_ASSIGNMENT_ID: Final = AvpDef("Tunnel-Assignment-Id", 82, OCTET_STRING, M)
TUNNEL_PREFERENCE: Final = AvpDef("Tunnel-Preference", 83, UNSIGNED32, M)
TUNNEL_CLIENT_AUTH_ID: Final = AvpDef("Tunnel-Client-Auth-Id", 90, UTF8STRING, M)
TUNNEL_SERVER_AUTH_ID: Final = AvpDef("Tunnel-Server-Auth-Id", 91, UTF8STRING, M)
ACCOUNTING_INPUT_OCTETS: Final = AvpDef("Accounting-Input-Octets", 363, UNSIGNED64, M)
ACCOUNTING_OUTPUT_OCTETS: Final = AvpDef("Accounting-Output-Octets", 364, UNSIGNED64, M)
ACCOUNTING_INPUT_PACKETS: Final = AvpDef("Accounting-Input-Packets", 365, UNSIGNED64, M)
ACCOUNTING_OUTPUT_PACKETS: Final = AvpDef("Accounting-Output-Packets", 366, UNSIGNED64, M)
ACCT_SESSION_TIME: Final = AvpDef("Acct-Session-Time", 46, UNSIGNED32, M)
ACCT_AUTHENTIC: Final = AvpDef("Acct-Authentic", 45, ENUMERATED, M)
ACCOUNTING_AUTH_METHOD: Final = AvpDef("Accounting-Auth-Method", 406, ENUMERATED, M)
ACCT_DELAY_TIME: Final = AvpDef("Acct-Delay-Time", 41, UNSIGNED32, M)
ACCT_LINK_COUNT: Final = AvpDef("Acct-Link-Count", 51, UNSIGNED32, M)
ACCT_TUNNEL_CONNECTION: Final = AvpDef("Acct-Tunnel-Connection", 68, OCTET_STRING, M)
ACCT_TUNNEL_PACKETS_LOST: Final = AvpDef("Acct-Tunnel-Packets-Lost", 86, UNSIGNED32, M)
NAS_IDENTIFIER: Final = AvpDef("NAS-Identifier", 32, UTF8STRING, M)
NAS_IP_ADDRESS: Final = AvpDef("NAS-IP-Address", 4, OCTET_STRING, M)
NAS_IPV6_ADDRESS: Final = AvpDef("NAS-IPv6-Address", 95, OCTET_STRING, M)
STATE: Final = AvpDef("State", 24, OCTET_STRING, M)
ORIGIN_AAA_PROTOCOL: Final = AvpDef("Origin-AAA-Protocol", 408, ENUMERATED, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "NASPortType": (NAS_PORT_TYPE, "Values of NAS-Port-Type.", (("ASYNC", 0), ("SYNC", 1), ("ISDN_SYNC", 2), ("ISDN_ASYNC_V120", 3), ("ISDN_ASYNC_V110", 4), ("VIRTUAL", 5), ("PIAFS", 6), ("HDLC_CLEAR_CHANNEL", 7), ("X25", 8), ("X75", 9), ("G3_FAX", 10), ("SDSL", 11), ("ADSL_CAP", 12), ("ADSL_DMT", 13), ("IDSL", 14), ("ETHERNET", 15), ("XDSL", 16), ("CABLE", 17), ("WIRELESS_OTHER", 18), ("WIRELESS_IEEE_802_11", 19), ("TOKEN_RING", 20), ("FDDI", 21), ("WIRELESS_CDMA2000", 22), ("WIRELESS_UMTS", 23), ("WIRELESS_1X_EV", 24), ("IAPP", 25), ("FTTP", 26), ("WIRELESS_IEEE_802_16", 27), ("WIRELESS_IEEE_802_20", 28), ("WIRELESS_IEEE_802_22", 29), ("PPPOA", 30), ("PPPOEOA", 31), ("PPPOEOE", 32), ("PPPOEOVLAN", 33), ("PPPOEOQINQ", 34), ("XPON", 35), ("WIRELESS_XGP", 36), ("WIMAX_PRE_RELEASE_8_IWK_FUNCTION", 37), ("WIMAX_WIFI_IWK", 38), ("WIMAX_SFF", 39), ("WIMAX_HA_LMA", 40), ("WIMAX_DHCP", 41), ("WIMAX_LBS", 42), ("WIMAX_WVS", 43),)),
    "Prompt": (PROMPT, "Values of Prompt.", (("NO_ECHO", 0), ("ECHO", 1),)),
    "CHAPAlgorithm": (CHAP_ALGORITHM, "Values of CHAP-Algorithm.", (("CHAP_WITH_MD5", 5),)),
    "ServiceType": (SERVICE_TYPE, "Values of Service-Type.", (("LOGIN", 1), ("FRAMED", 2), ("CALLBACK_LOGIN", 3), ("CALLBACK_FRAMED", 4), ("OUTBOUND", 5), ("ADMINISTRATIVE", 6), ("NAS_PROMPT", 7), ("AUTHENTICATE_ONLY", 8), ("CALLBACK_NAS_PROMPT", 9), ("CALL_CHECK", 10), ("CALLBACK_ADMINISTRATIVE", 11), ("VOICE", 12), ("FAX", 13), ("MODEM_RELAY", 14), ("IAPP_REGISTER", 15), ("IAPP_AP_CHECK", 16), ("AUTHORIZE_ONLY", 17), ("FRAMED_MANAGEMENT", 18), ("ADDITIONAL_AUTHORIZATION", 19),)),
    "FramedProtocol": (FRAMED_PROTOCOL, "Values of Framed-Protocol.", (("PPP", 1), ("SLIP", 2), ("ARAP", 3), ("GANDALF_SINGLELINK_MULTILINK", 4), ("XYLOGICS_IPX_SLIP", 5), ("X75_SYNCHRONOUS", 6), ("GPRS_PDP_CONTEXT", 7),)),
    "FramedRouting": (FRAMED_ROUTING, "Values of Framed-Routing.", (("NONE", 0), ("SEND_ROUTING_PACKETS", 1), ("LISTEN_FOR_ROUTING_PACKETS", 2), ("SEND_AND_LISTEN", 3),)),
    "FramedCompression": (FRAMED_COMPRESSION, "Values of Framed-Compression.", (("NONE", 0), ("VJ_TCP_IP_HEADER_COMPRESSION", 1), ("IPX_HEADER_COMPRESSION", 2), ("STAC_LZS_COMPRESSION", 3),)),
    "ARAPZoneAccess": (ARAP_ZONE_ACCESS, "Values of ARAP-Zone-Access.", (("ONLY_ALLOW_ACCESS_TO_DEFAULT_ZONE", 1), ("USE_ZONE_FILTER_INCLUSIVELY", 2), ("USE_ZONE_FILTER_EXCLUSIVELY", 4),)),
    "LoginService": (LOGIN_SERVICE, "Values of Login-Service.", (("TELNET", 0), ("RLOGIN", 1), ("TCP_CLEAR", 2), ("PORTMASTER", 3), ("LAT", 4), ("X25_PAD", 5), ("X25_T3POS", 6), ("TCP_CLEAR_QUIET", 8),)),
    "TunnelType": (TUNNEL_TYPE, "Values of Tunnel-Type.", (("PPTP", 1), ("L2F", 2), ("L2TP", 3), ("ATMP", 4), ("VTP", 5), ("AH", 6), ("IP_IP", 7), ("MIN_IP_IP", 8), ("ESP", 9), ("GRE", 10), ("DVS", 11), ("IP_IN_IP_TUNNELING", 12), ("VLAN", 13),)),
    "TunnelMediumType": (TUNNEL_MEDIUM_TYPE, "Values of Tunnel-Medium-Type.", (("IPV4", 1), ("IPV6", 2), ("NSAP", 3), ("HDLC", 4), ("BBN_1822", 5), ("IEEE_802", 6), ("E163", 7), ("E164", 8), ("F69", 9), ("X121", 10), ("IPX", 11), ("APPLETALK", 12), ("DECNET_IV", 13), ("BANYAN_VINES", 14), ("E164_WITH_NSAP_FORMAT_SUBADDRESS", 15),)),
    "AcctAuthentic": (ACCT_AUTHENTIC, "Values of Acct-Authentic.", (("RADIUS", 1), ("LOCAL", 2), ("REMOTE", 3), ("DIAMETER", 4),)),
    "AccountingAuthMethod": (ACCOUNTING_AUTH_METHOD, "Values of Accounting-Auth-Method.", (("PAP", 1), ("CHAP", 2), ("MS_CHAP_1", 3), ("MS_CHAP_2", 4), ("EAP", 5), ("NONE", 7),)),
    "OriginAAAProtocol": (ORIGIN_AAA_PROTOCOL, "Values of Origin-AAA-Protocol.", (("RADIUS", 1),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "CHAPAuth": (CHAP_AUTH, """CHAP-Auth ::= < AVP Header: 402 >
         { CHAP-Algorithm }
         { CHAP-Ident }
         [ CHAP-Response ]
       * [ AVP ]
    """, (
        ("chap_algorithm", "CHAPAlgorithm | int", CHAP_ALGORITHM, 1, 1, False),
        ("chap_ident", "bytes", CHAP_IDENT, 1, 1, False),
        ("chap_response", "bytes | None", CHAP_RESPONSE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Tunneling": (TUNNELING, """Tunneling ::= < AVP Header: 401 >
         { Tunnel-Type }
         { Tunnel-Medium-Type }
         { Tunnel-Client-Endpoint }
         { Tunnel-Server-Endpoint }
         [ Tunnel-Preference ]
         [ Tunnel-Client-Auth-Id ]
         [ Tunnel-Server-Auth-Id ]
         [ Tunnel-Assignment-Id ]
         [ Tunnel-Password ]
         [ Tunnel-Private-Group-Id ]
    """, (
        ("tunnel_type", "TunnelType | int", TUNNEL_TYPE, 1, 1, False),
        ("tunnel_medium_type", "TunnelMediumType | int", TUNNEL_MEDIUM_TYPE, 1, 1, False),
        ("tunnel_client_endpoint", "str", TUNNEL_CLIENT_ENDPOINT, 1, 1, False),
        ("tunnel_server_endpoint", "str", TUNNEL_SERVER_ENDPOINT, 1, 1, False),
        ("tunnel_preference", "int | None", TUNNEL_PREFERENCE, 0, 1, False),
        ("tunnel_client_auth_id", "str | None", TUNNEL_CLIENT_AUTH_ID, 0, 1, False),
        ("tunnel_server_auth_id", "str | None", TUNNEL_SERVER_AUTH_ID, 0, 1, False),
        ("tunnel_assignment_id", "bytes | None", TUNNEL_ASSIGNMENT_ID, 0, 1, False),
        ("tunnel_password", "bytes | None", TUNNEL_PASSWORD, 0, 1, False),
        ("tunnel_private_group_id", "bytes | None", TUNNEL_PRIVATE_GROUP_ID, 0, 1, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "AARequest": (('AA-Request', 265, 1, True, True, False, None, 'AAR', 'AAAnswer'), """<AAR> ::= < Diameter Header: 265, REQ, PXY, 1 >
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
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ Port-Limit ]
         [ User-Name ]
         [ User-Password ]
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
         [ CHAP-Auth ]
         [ CHAP-Challenge ]
       * [ Framed-Compression ]
         [ Framed-Interface-Id ]
         [ Framed-IP-Address ]
       * [ Framed-IPv6-Prefix ]
         [ Framed-IP-Netmask ]
         [ Framed-MTU ]
         [ Framed-Protocol ]
         [ ARAP-Password ]
         [ ARAP-Security ]
       * [ ARAP-Security-Data ]
       * [ Login-IP-Host ]
       * [ Login-IPv6-Host ]
         [ Login-LAT-Group ]
         [ Login-LAT-Node ]
         [ Login-LAT-Port ]
         [ Login-LAT-Service ]
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
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("port_limit", "int | None", PORT_LIMIT, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("user_password", "bytes | None", USER_PASSWORD, 0, 1, False),
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
        ("chap_auth", "CHAPAuth | None", CHAP_AUTH, 0, 1, False),
        ("chap_challenge", "bytes | None", CHAP_CHALLENGE, 0, 1, False),
        ("framed_compression", "tuple[FramedCompression | int, ...]", FRAMED_COMPRESSION, 0, None, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "tuple[bytes, ...]", FRAMED_IPV6_PREFIX, 0, None, False),
        ("framed_ip_netmask", "bytes | None", FRAMED_IP_NETMASK, 0, 1, False),
        ("framed_mtu", "int | None", FRAMED_MTU, 0, 1, False),
        ("framed_protocol", "FramedProtocol | int | None", FRAMED_PROTOCOL, 0, 1, False),
        ("arap_password", "bytes | None", ARAP_PASSWORD, 0, 1, False),
        ("arap_security", "int | None", ARAP_SECURITY, 0, 1, False),
        ("arap_security_data", "tuple[bytes, ...]", ARAP_SECURITY_DATA, 0, None, False),
        ("login_ip_host", "tuple[bytes, ...]", LOGIN_IP_HOST, 0, None, False),
        ("login_ipv6_host", "tuple[bytes, ...]", LOGIN_IPV6_HOST, 0, None, False),
        ("login_lat_group", "bytes | None", LOGIN_LAT_GROUP, 0, 1, False),
        ("login_lat_node", "bytes | None", LOGIN_LAT_NODE, 0, 1, False),
        ("login_lat_port", "bytes | None", LOGIN_LAT_PORT, 0, 1, False),
        ("login_lat_service", "bytes | None", LOGIN_LAT_SERVICE, 0, 1, False),
        ("tunneling", "tuple[Tunneling, ...]", TUNNELING, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAAnswer": (('AA-Answer', 265, 1, False, True, False, None, 'AAA', None), """<AAA> ::= < Diameter Header: 265, PXY, 1 >
         < Session-Id >
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
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
         [ Multi-Round-Time-Out ]
         [ Session-Timeout ]
         [ State ]
       * [ Reply-Message ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
       * [ Filter-Id ]
         [ Password-Retry ]
         [ Port-Limit ]
         [ Prompt ]
         [ ARAP-Challenge-Response ]
         [ ARAP-Features ]
         [ ARAP-Security ]
       * [ ARAP-Security-Data ]
         [ ARAP-Zone-Access ]
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
       * [ Login-IP-Host ]
       * [ Login-IPv6-Host ]
         [ Login-LAT-Group ]
         [ Login-LAT-Node ]
         [ Login-LAT-Port ]
         [ Login-LAT-Service ]
         [ Login-Service ]
         [ Login-TCP-Port ]
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
        ("multi_round_time_out", "int | None", MULTI_ROUND_TIME_OUT, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("reply_message", "tuple[str, ...]", REPLY_MESSAGE, 0, None, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("filter_id", "tuple[str, ...]", FILTER_ID, 0, None, False),
        ("password_retry", "int | None", PASSWORD_RETRY, 0, 1, False),
        ("port_limit", "int | None", PORT_LIMIT, 0, 1, False),
        ("prompt", "Prompt | int | None", PROMPT, 0, 1, False),
        ("arap_challenge_response", "bytes | None", ARAP_CHALLENGE_RESPONSE, 0, 1, False),
        ("arap_features", "bytes | None", ARAP_FEATURES, 0, 1, False),
        ("arap_security", "int | None", ARAP_SECURITY, 0, 1, False),
        ("arap_security_data", "tuple[bytes, ...]", ARAP_SECURITY_DATA, 0, None, False),
        ("arap_zone_access", "ARAPZoneAccess | int | None", ARAP_ZONE_ACCESS, 0, 1, False),
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
        ("login_ip_host", "tuple[bytes, ...]", LOGIN_IP_HOST, 0, None, False),
        ("login_ipv6_host", "tuple[bytes, ...]", LOGIN_IPV6_HOST, 0, None, False),
        ("login_lat_group", "bytes | None", LOGIN_LAT_GROUP, 0, 1, False),
        ("login_lat_node", "bytes | None", LOGIN_LAT_NODE, 0, 1, False),
        ("login_lat_port", "bytes | None", LOGIN_LAT_PORT, 0, 1, False),
        ("login_lat_service", "bytes | None", LOGIN_LAT_SERVICE, 0, 1, False),
        ("login_service", "LoginService | int | None", LOGIN_SERVICE, 0, 1, False),
        ("login_tcp_port", "int | None", LOGIN_TCP_PORT, 0, 1, False),
        ("nas_filter_rule", "tuple[IPFilterRule, ...]", NAS_FILTER_RULE, 0, None, False),
        ("qos_filter_rule", "tuple[bytes, ...]", QOS_FILTER_RULE, 0, None, False),
        ("tunneling", "tuple[Tunneling, ...]", TUNNELING, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 1, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY, 1 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         { Re-Auth-Request-Type }
         [ User-Name ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ NAS-Identifier ]
         [ NAS-IP-Address ]
         [ NAS-IPv6-Address ]
         [ NAS-Port ]
         [ NAS-Port-Id ]
         [ NAS-Port-Type ]
         [ Service-Type ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Framed-Interface-Id ]
         [ Called-Station-Id ]
         [ Calling-Station-Id ]
         [ Originating-Line-Info ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ State ]
       * [ Class ]
         [ Reply-Message ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int", RE_AUTH_REQUEST_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("nas_identifier", "str | None", NAS_IDENTIFIER, 0, 1, False),
        ("nas_ip_address", "bytes | None", NAS_IP_ADDRESS, 0, 1, False),
        ("nas_ipv6_address", "bytes | None", NAS_IPV6_ADDRESS, 0, 1, False),
        ("nas_port", "int | None", NAS_PORT, 0, 1, False),
        ("nas_port_id", "str | None", NAS_PORT_ID, 0, 1, False),
        ("nas_port_type", "NASPortType | int | None", NAS_PORT_TYPE, 0, 1, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("calling_station_id", "str | None", CALLING_STATION_ID, 0, 1, False),
        ("originating_line_info", "bytes | None", ORIGINATING_LINE_INFO, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("reply_message", "str | None", REPLY_MESSAGE, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 1, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY, 1 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Failed-AVP ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
         [ Service-Type ]
       * [ Configuration-Token ]
         [ Idle-Timeout ]
         [ Authorization-Lifetime ]
         [ Auth-Grace-Period ]
         [ Re-Auth-Request-Type ]
         [ State ]
       * [ Class ]
       * [ Reply-Message ]
         [ Prompt ]
       * [ Proxy-Info ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("configuration_token", "tuple[bytes, ...]", CONFIGURATION_TOKEN, 0, None, False),
        ("idle_timeout", "int | None", IDLE_TIMEOUT, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("auth_grace_period", "int | None", AUTH_GRACE_PERIOD, 0, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int | None", RE_AUTH_REQUEST_TYPE, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("reply_message", "tuple[str, ...]", REPLY_MESSAGE, 0, None, False),
        ("prompt", "Prompt | int | None", PROMPT, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, 1, True, True, False, None, 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY, 1 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Application-Id }
         { Termination-Cause }
         [ User-Name ]
         [ Destination-Host ]
       * [ Class ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("termination_cause", "TerminationCause | int", TERMINATION_CAUSE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, 1, False, True, False, None, 'STA', None), """<STA> ::= < Diameter Header: 275, PXY, 1 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ Class ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Failed-AVP ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionRequest": (('Abort-Session-Request', 274, 1, True, True, False, None, 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY, 1 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         [ User-Name ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ NAS-Identifier ]
         [ NAS-IP-Address ]
         [ NAS-IPv6-Address ]
         [ NAS-Port ]
         [ NAS-Port-Id ]
         [ NAS-Port-Type ]
         [ Service-Type ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Framed-Interface-Id ]
         [ Called-Station-Id ]
         [ Calling-Station-Id ]
         [ Originating-Line-Info ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ State ]
       * [ Class ]
       * [ Reply-Message ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("nas_identifier", "str | None", NAS_IDENTIFIER, 0, 1, False),
        ("nas_ip_address", "bytes | None", NAS_IP_ADDRESS, 0, 1, False),
        ("nas_ipv6_address", "bytes | None", NAS_IPV6_ADDRESS, 0, 1, False),
        ("nas_port", "int | None", NAS_PORT, 0, 1, False),
        ("nas_port_id", "str | None", NAS_PORT_ID, 0, 1, False),
        ("nas_port_type", "NASPortType | int | None", NAS_PORT_TYPE, 0, 1, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("calling_station_id", "str | None", CALLING_STATION_ID, 0, 1, False),
        ("originating_line_info", "bytes | None", ORIGINATING_LINE_INFO, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("reply_message", "tuple[str, ...]", REPLY_MESSAGE, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, 1, False, True, False, None, 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY, 1 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ State ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Failed-AVP ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("state", "bytes | None", STATE, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountingRequest": (('Accounting-Request', 271, 1, True, True, False, None, 'ACR', 'AccountingAnswer'), """<ACR> ::= < Diameter Header: 271, REQ, PXY, 1 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         { Acct-Application-Id }
         [ User-Name ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ Destination-Host ]
         [ Event-Timestamp ]
         [ Acct-Delay-Time ]
         [ NAS-Identifier ]
         [ NAS-IP-Address ]
         [ NAS-IPv6-Address ]
         [ NAS-Port ]
         [ NAS-Port-Id ]
         [ NAS-Port-Type ]
       * [ Class ]
         [ Service-Type ]
         [ Termination-Cause ]
         [ Accounting-Input-Octets ]
         [ Accounting-Input-Packets ]
         [ Accounting-Output-Octets ]
         [ Accounting-Output-Packets ]
         [ Acct-Authentic ]
         [ Accounting-Auth-Method ]
         [ Acct-Link-Count ]
         [ Acct-Session-Time ]
         [ Acct-Tunnel-Connection ]
         [ Acct-Tunnel-Packets-Lost ]
         [ Callback-Id ]
         [ Callback-Number ]
         [ Called-Station-Id ]
         [ Calling-Station-Id ]
       * [ Connect-Info ]
         [ Originating-Line-Info ]
         [ Authorization-Lifetime ]
         [ Session-Timeout ]
         [ Idle-Timeout ]
         [ Port-Limit ]
         [ Accounting-Realtime-Required ]
         [ Acct-Interim-Interval ]
       * [ Filter-Id ]
       * [ NAS-Filter-Rule ]
       * [ QoS-Filter-Rule ]
         [ Framed-Appletalk-Link ]
         [ Framed-Appletalk-Network ]
         [ Framed-Appletalk-Zone ]
         [ Framed-Compression ]
         [ Framed-Interface-Id ]
         [ Framed-IP-Address ]
         [ Framed-IP-Netmask ]
       * [ Framed-IPv6-Prefix ]
         [ Framed-IPv6-Pool ]
       * [ Framed-IPv6-Route ]
         [ Framed-IPX-Network ]
         [ Framed-MTU ]
         [ Framed-Pool ]
         [ Framed-Protocol ]
       * [ Framed-Route ]
         [ Framed-Routing ]
       * [ Login-IP-Host ]
       * [ Login-IPv6-Host ]
         [ Login-LAT-Group ]
         [ Login-LAT-Node ]
         [ Login-LAT-Port ]
         [ Login-LAT-Service ]
         [ Login-Service ]
         [ Login-TCP-Port ]
       * [ Tunneling ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int", ACCT_APPLICATION_ID, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("acct_delay_time", "int | None", ACCT_DELAY_TIME, 0, 1, False),
        ("nas_identifier", "str | None", NAS_IDENTIFIER, 0, 1, False),
        ("nas_ip_address", "bytes | None", NAS_IP_ADDRESS, 0, 1, False),
        ("nas_ipv6_address", "bytes | None", NAS_IPV6_ADDRESS, 0, 1, False),
        ("nas_port", "int | None", NAS_PORT, 0, 1, False),
        ("nas_port_id", "str | None", NAS_PORT_ID, 0, 1, False),
        ("nas_port_type", "NASPortType | int | None", NAS_PORT_TYPE, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("accounting_input_packets", "int | None", ACCOUNTING_INPUT_PACKETS, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("accounting_output_packets", "int | None", ACCOUNTING_OUTPUT_PACKETS, 0, 1, False),
        ("acct_authentic", "AcctAuthentic | int | None", ACCT_AUTHENTIC, 0, 1, False),
        ("accounting_auth_method", "AccountingAuthMethod | int | None", ACCOUNTING_AUTH_METHOD, 0, 1, False),
        ("acct_link_count", "int | None", ACCT_LINK_COUNT, 0, 1, False),
        ("acct_session_time", "int | None", ACCT_SESSION_TIME, 0, 1, False),
        ("acct_tunnel_connection", "bytes | None", ACCT_TUNNEL_CONNECTION, 0, 1, False),
        ("acct_tunnel_packets_lost", "int | None", ACCT_TUNNEL_PACKETS_LOST, 0, 1, False),
        ("callback_id", "str | None", CALLBACK_ID, 0, 1, False),
        ("callback_number", "str | None", CALLBACK_NUMBER, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("calling_station_id", "str | None", CALLING_STATION_ID, 0, 1, False),
        ("connect_info", "tuple[str, ...]", CONNECT_INFO, 0, None, False),
        ("originating_line_info", "bytes | None", ORIGINATING_LINE_INFO, 0, 1, False),
        ("authorization_lifetime", "int | None", AUTHORIZATION_LIFETIME, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("idle_timeout", "int | None", IDLE_TIMEOUT, 0, 1, False),
        ("port_limit", "int | None", PORT_LIMIT, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("filter_id", "tuple[str, ...]", FILTER_ID, 0, None, False),
        ("nas_filter_rule", "tuple[IPFilterRule, ...]", NAS_FILTER_RULE, 0, None, False),
        ("qos_filter_rule", "tuple[bytes, ...]", QOS_FILTER_RULE, 0, None, False),
        ("framed_appletalk_link", "int | None", FRAMED_APPLETALK_LINK, 0, 1, False),
        ("framed_appletalk_network", "int | None", FRAMED_APPLETALK_NETWORK, 0, 1, False),
        ("framed_appletalk_zone", "bytes | None", FRAMED_APPLETALK_ZONE, 0, 1, False),
        ("framed_compression", "FramedCompression | int | None", FRAMED_COMPRESSION, 0, 1, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ip_netmask", "bytes | None", FRAMED_IP_NETMASK, 0, 1, False),
        ("framed_ipv6_prefix", "tuple[bytes, ...]", FRAMED_IPV6_PREFIX, 0, None, False),
        ("framed_ipv6_pool", "bytes | None", FRAMED_IPV6_POOL, 0, 1, False),
        ("framed_ipv6_route", "tuple[str, ...]", FRAMED_IPV6_ROUTE, 0, None, False),
        ("framed_ipx_network", "int | None", FRAMED_IPX_NETWORK, 0, 1, False),
        ("framed_mtu", "int | None", FRAMED_MTU, 0, 1, False),
        ("framed_pool", "bytes | None", FRAMED_POOL, 0, 1, False),
        ("framed_protocol", "FramedProtocol | int | None", FRAMED_PROTOCOL, 0, 1, False),
        ("framed_route", "tuple[str, ...]", FRAMED_ROUTE, 0, None, False),
        ("framed_routing", "FramedRouting | int | None", FRAMED_ROUTING, 0, 1, False),
        ("login_ip_host", "tuple[bytes, ...]", LOGIN_IP_HOST, 0, None, False),
        ("login_ipv6_host", "tuple[bytes, ...]", LOGIN_IPV6_HOST, 0, None, False),
        ("login_lat_group", "bytes | None", LOGIN_LAT_GROUP, 0, 1, False),
        ("login_lat_node", "bytes | None", LOGIN_LAT_NODE, 0, 1, False),
        ("login_lat_port", "bytes | None", LOGIN_LAT_PORT, 0, 1, False),
        ("login_lat_service", "bytes | None", LOGIN_LAT_SERVICE, 0, 1, False),
        ("login_service", "LoginService | int | None", LOGIN_SERVICE, 0, 1, False),
        ("login_tcp_port", "int | None", LOGIN_TCP_PORT, 0, 1, False),
        ("tunneling", "tuple[Tunneling, ...]", TUNNELING, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountingAnswer": (('Accounting-Answer', 271, 1, False, True, False, None, 'ACA', None), """<ACA> ::= < Diameter Header: 271, PXY, 1 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         { Acct-Application-Id }
         [ User-Name ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Event-Timestamp ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Failed-AVP ]
         [ Origin-AAA-Protocol ]
         [ Origin-State-Id ]
         [ NAS-Identifier ]
         [ NAS-IP-Address ]
         [ NAS-IPv6-Address ]
         [ NAS-Port ]
         [ NAS-Port-Id ]
         [ NAS-Port-Type ]
         [ Service-Type ]
         [ Termination-Cause ]
         [ Accounting-Realtime-Required ]
         [ Acct-Interim-Interval ]
       * [ Class ]
       * [ Proxy-Info ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int", ACCT_APPLICATION_ID, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("origin_aaa_protocol", "OriginAAAProtocol | int | None", ORIGIN_AAA_PROTOCOL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("nas_identifier", "str | None", NAS_IDENTIFIER, 0, 1, False),
        ("nas_ip_address", "bytes | None", NAS_IP_ADDRESS, 0, 1, False),
        ("nas_ipv6_address", "bytes | None", NAS_IPV6_ADDRESS, 0, 1, False),
        ("nas_port", "int | None", NAS_PORT, 0, 1, False),
        ("nas_port_id", "str | None", NAS_PORT_ID, 0, 1, False),
        ("nas_port_type", "NASPortType | int | None", NAS_PORT_TYPE, 0, 1, False),
        ("service_type", "ServiceType | int | None", SERVICE_TYPE, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AccountingRealtimeRequired": "diameter.apps.base",
    "AccountingRecordType": "diameter.apps.base",
    "AuthRequestType": "diameter.apps.base",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DiameterURI": "diameter.types",
    "FailedAVP": "diameter.apps.base",
    "IPFilterRule": "diameter.types",
    "ProxyInfo": "diameter.apps.base",
    "ReAuthRequestType": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "TerminationCause": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
