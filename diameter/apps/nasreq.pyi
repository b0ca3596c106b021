"""Dictionary 'nasreq': generated from schemas/nasreq.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
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
    AccountingRealtimeRequired as AccountingRealtimeRequired,
    AccountingRecordType as AccountingRecordType,
    AuthRequestType as AuthRequestType,
    AuthSessionState as AuthSessionState,
    CLASS,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EVENT_TIMESTAMP,
    FAILED_AVP,
    FailedAVP as FailedAVP,
    MULTI_ROUND_TIME_OUT,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    REDIRECT_HOST,
    REDIRECT_HOST_USAGE,
    REDIRECT_MAX_CACHE_TIME,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ROUTE_RECORD,
    ReAuthRequestType as ReAuthRequestType,
    RedirectHostUsage as RedirectHostUsage,
    ResultCode as ResultCode,
    SESSION_ID,
    SESSION_TIMEOUT,
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
    USER_NAME,
)
from diameter.schema import AVP, Answer, AvpDef, M, Request, avp, command, grouped, repeated
from diameter.types import (
    DiameterURI as DiameterURI,
    ENUMERATED,
    GROUPED,
    IPFilterRule as IPFilterRule,
    IP_FILTER_RULE,
    OCTET_STRING,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)
from diameter.wire import Avp

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


class NASPortType(IntEnum):
    """Values of NAS-Port-Type."""

    ASYNC = 0
    SYNC = 1
    ISDN_SYNC = 2
    ISDN_ASYNC_V120 = 3
    ISDN_ASYNC_V110 = 4
    VIRTUAL = 5
    PIAFS = 6
    HDLC_CLEAR_CHANNEL = 7
    X25 = 8
    X75 = 9
    G3_FAX = 10
    SDSL = 11
    ADSL_CAP = 12
    ADSL_DMT = 13
    IDSL = 14
    ETHERNET = 15
    XDSL = 16
    CABLE = 17
    WIRELESS_OTHER = 18
    WIRELESS_IEEE_802_11 = 19
    TOKEN_RING = 20
    FDDI = 21
    WIRELESS_CDMA2000 = 22
    WIRELESS_UMTS = 23
    WIRELESS_1X_EV = 24
    IAPP = 25
    FTTP = 26
    WIRELESS_IEEE_802_16 = 27
    WIRELESS_IEEE_802_20 = 28
    WIRELESS_IEEE_802_22 = 29
    PPPOA = 30
    PPPOEOA = 31
    PPPOEOE = 32
    PPPOEOVLAN = 33
    PPPOEOQINQ = 34
    XPON = 35
    WIRELESS_XGP = 36
    WIMAX_PRE_RELEASE_8_IWK_FUNCTION = 37
    WIMAX_WIFI_IWK = 38
    WIMAX_SFF = 39
    WIMAX_HA_LMA = 40
    WIMAX_DHCP = 41
    WIMAX_LBS = 42
    WIMAX_WVS = 43


class Prompt(IntEnum):
    """Values of Prompt."""

    NO_ECHO = 0
    ECHO = 1


class CHAPAlgorithm(IntEnum):
    """Values of CHAP-Algorithm."""

    CHAP_WITH_MD5 = 5


class ServiceType(IntEnum):
    """Values of Service-Type."""

    LOGIN = 1
    FRAMED = 2
    CALLBACK_LOGIN = 3
    CALLBACK_FRAMED = 4
    OUTBOUND = 5
    ADMINISTRATIVE = 6
    NAS_PROMPT = 7
    AUTHENTICATE_ONLY = 8
    CALLBACK_NAS_PROMPT = 9
    CALL_CHECK = 10
    CALLBACK_ADMINISTRATIVE = 11
    VOICE = 12
    FAX = 13
    MODEM_RELAY = 14
    IAPP_REGISTER = 15
    IAPP_AP_CHECK = 16
    AUTHORIZE_ONLY = 17
    FRAMED_MANAGEMENT = 18
    ADDITIONAL_AUTHORIZATION = 19


class FramedProtocol(IntEnum):
    """Values of Framed-Protocol."""

    PPP = 1
    SLIP = 2
    ARAP = 3
    GANDALF_SINGLELINK_MULTILINK = 4
    XYLOGICS_IPX_SLIP = 5
    X75_SYNCHRONOUS = 6
    GPRS_PDP_CONTEXT = 7


class FramedRouting(IntEnum):
    """Values of Framed-Routing."""

    NONE = 0
    SEND_ROUTING_PACKETS = 1
    LISTEN_FOR_ROUTING_PACKETS = 2
    SEND_AND_LISTEN = 3


class FramedCompression(IntEnum):
    """Values of Framed-Compression."""

    NONE = 0
    VJ_TCP_IP_HEADER_COMPRESSION = 1
    IPX_HEADER_COMPRESSION = 2
    STAC_LZS_COMPRESSION = 3


class ARAPZoneAccess(IntEnum):
    """Values of ARAP-Zone-Access."""

    ONLY_ALLOW_ACCESS_TO_DEFAULT_ZONE = 1
    USE_ZONE_FILTER_INCLUSIVELY = 2
    USE_ZONE_FILTER_EXCLUSIVELY = 4


class LoginService(IntEnum):
    """Values of Login-Service."""

    TELNET = 0
    RLOGIN = 1
    TCP_CLEAR = 2
    PORTMASTER = 3
    LAT = 4
    X25_PAD = 5
    X25_T3POS = 6
    TCP_CLEAR_QUIET = 8


class TunnelType(IntEnum):
    """Values of Tunnel-Type."""

    PPTP = 1
    L2F = 2
    L2TP = 3
    ATMP = 4
    VTP = 5
    AH = 6
    IP_IP = 7
    MIN_IP_IP = 8
    ESP = 9
    GRE = 10
    DVS = 11
    IP_IN_IP_TUNNELING = 12
    VLAN = 13


class TunnelMediumType(IntEnum):
    """Values of Tunnel-Medium-Type."""

    IPV4 = 1
    IPV6 = 2
    NSAP = 3
    HDLC = 4
    BBN_1822 = 5
    IEEE_802 = 6
    E163 = 7
    E164 = 8
    F69 = 9
    X121 = 10
    IPX = 11
    APPLETALK = 12
    DECNET_IV = 13
    BANYAN_VINES = 14
    E164_WITH_NSAP_FORMAT_SUBADDRESS = 15


class AcctAuthentic(IntEnum):
    """Values of Acct-Authentic."""

    RADIUS = 1
    LOCAL = 2
    REMOTE = 3
    DIAMETER = 4


class AccountingAuthMethod(IntEnum):
    """Values of Accounting-Auth-Method."""

    PAP = 1
    CHAP = 2
    MS_CHAP_1 = 3
    MS_CHAP_2 = 4
    EAP = 5
    NONE = 7


class OriginAAAProtocol(IntEnum):
    """Values of Origin-AAA-Protocol."""

    RADIUS = 1


# AVPs: name, code, data format, flags that MUST be set, vendor
NAS_PORT: Final[AvpDef[int]] = AvpDef("NAS-Port", 5, UNSIGNED32, M)
NAS_PORT_ID: Final[AvpDef[str]] = AvpDef("NAS-Port-Id", 87, UTF8STRING, M)
NAS_PORT_TYPE: Final[AvpDef[int]] = AvpDef("NAS-Port-Type", 61, ENUMERATED, M, enum=NASPortType)
CALLED_STATION_ID: Final[AvpDef[str]] = AvpDef("Called-Station-Id", 30, UTF8STRING, M)
CALLING_STATION_ID: Final[AvpDef[str]] = AvpDef("Calling-Station-Id", 31, UTF8STRING, M)
CONNECT_INFO: Final[AvpDef[str]] = AvpDef("Connect-Info", 77, UTF8STRING, M)
ORIGINATING_LINE_INFO: Final[AvpDef[bytes]] = AvpDef("Originating-Line-Info", 94, OCTET_STRING, M)
REPLY_MESSAGE: Final[AvpDef[str]] = AvpDef("Reply-Message", 18, UTF8STRING, M)
USER_PASSWORD: Final[AvpDef[bytes]] = AvpDef("User-Password", 2, OCTET_STRING, M)
PASSWORD_RETRY: Final[AvpDef[int]] = AvpDef("Password-Retry", 75, UNSIGNED32, M)
PROMPT: Final[AvpDef[int]] = AvpDef("Prompt", 76, ENUMERATED, M, enum=Prompt)
CHAP_AUTH: Final[AvpDef[CHAPAuth]] = AvpDef("CHAP-Auth", 402, GROUPED, M)
CHAP_ALGORITHM: Final[AvpDef[int]] = AvpDef("CHAP-Algorithm", 403, ENUMERATED, M, enum=CHAPAlgorithm)
CHAP_IDENT: Final[AvpDef[bytes]] = AvpDef("CHAP-Ident", 404, OCTET_STRING, M)
CHAP_RESPONSE: Final[AvpDef[bytes]] = AvpDef("CHAP-Response", 405, OCTET_STRING, M)
CHAP_CHALLENGE: Final[AvpDef[bytes]] = AvpDef("CHAP-Challenge", 60, OCTET_STRING, M)
ARAP_PASSWORD: Final[AvpDef[bytes]] = AvpDef("ARAP-Password", 70, OCTET_STRING, M)
ARAP_CHALLENGE_RESPONSE: Final[AvpDef[bytes]] = AvpDef("ARAP-Challenge-Response", 84, OCTET_STRING, M)
ARAP_SECURITY: Final[AvpDef[int]] = AvpDef("ARAP-Security", 73, UNSIGNED32, M)
ARAP_SECURITY_DATA: Final[AvpDef[bytes]] = AvpDef("ARAP-Security-Data", 74, OCTET_STRING, M)
SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("Service-Type", 6, ENUMERATED, M, enum=ServiceType)
CALLBACK_NUMBER: Final[AvpDef[str]] = AvpDef("Callback-Number", 19, UTF8STRING, M)
CALLBACK_ID: Final[AvpDef[str]] = AvpDef("Callback-Id", 20, UTF8STRING, M)
IDLE_TIMEOUT: Final[AvpDef[int]] = AvpDef("Idle-Timeout", 28, UNSIGNED32, M)
PORT_LIMIT: Final[AvpDef[int]] = AvpDef("Port-Limit", 62, UNSIGNED32, M)
NAS_FILTER_RULE: Final[AvpDef[IPFilterRule]] = AvpDef("NAS-Filter-Rule", 400, IP_FILTER_RULE, M)
FILTER_ID: Final[AvpDef[str]] = AvpDef("Filter-Id", 11, UTF8STRING, M)
CONFIGURATION_TOKEN: Final[AvpDef[bytes]] = AvpDef("Configuration-Token", 78, OCTET_STRING, M)
QOS_FILTER_RULE: Final[AvpDef[bytes]] = AvpDef("QoS-Filter-Rule", 407, OCTET_STRING)
FRAMED_PROTOCOL: Final[AvpDef[int]] = AvpDef("Framed-Protocol", 7, ENUMERATED, M, enum=FramedProtocol)
FRAMED_ROUTING: Final[AvpDef[int]] = AvpDef("Framed-Routing", 10, ENUMERATED, M, enum=FramedRouting)
FRAMED_MTU: Final[AvpDef[int]] = AvpDef("Framed-MTU", 12, UNSIGNED32, M)
FRAMED_COMPRESSION: Final[AvpDef[int]] = AvpDef("Framed-Compression", 13, ENUMERATED, M, enum=FramedCompression)
FRAMED_IP_ADDRESS: Final[AvpDef[bytes]] = AvpDef("Framed-IP-Address", 8, OCTET_STRING, M)
FRAMED_IP_NETMASK: Final[AvpDef[bytes]] = AvpDef("Framed-IP-Netmask", 9, OCTET_STRING, M)
FRAMED_ROUTE: Final[AvpDef[str]] = AvpDef("Framed-Route", 22, UTF8STRING, M)
FRAMED_POOL: Final[AvpDef[bytes]] = AvpDef("Framed-Pool", 88, OCTET_STRING, M)
FRAMED_INTERFACE_ID: Final[AvpDef[int]] = AvpDef("Framed-Interface-Id", 96, UNSIGNED64, M)
FRAMED_IPV6_PREFIX: Final[AvpDef[bytes]] = AvpDef("Framed-IPv6-Prefix", 97, OCTET_STRING, M)
FRAMED_IPV6_ROUTE: Final[AvpDef[str]] = AvpDef("Framed-IPv6-Route", 99, UTF8STRING, M)
FRAMED_IPV6_POOL: Final[AvpDef[bytes]] = AvpDef("Framed-IPv6-Pool", 100, OCTET_STRING, M)
FRAMED_IPX_NETWORK: Final[AvpDef[int]] = AvpDef("Framed-IPX-Network", 23, UNSIGNED32, M)
FRAMED_APPLETALK_LINK: Final[AvpDef[int]] = AvpDef("Framed-Appletalk-Link", 37, UNSIGNED32, M)
FRAMED_APPLETALK_NETWORK: Final[AvpDef[int]] = AvpDef("Framed-Appletalk-Network", 38, UNSIGNED32, M)
FRAMED_APPLETALK_ZONE: Final[AvpDef[bytes]] = AvpDef("Framed-Appletalk-Zone", 39, OCTET_STRING, M)
ARAP_FEATURES: Final[AvpDef[bytes]] = AvpDef("ARAP-Features", 71, OCTET_STRING, M)
ARAP_ZONE_ACCESS: Final[AvpDef[int]] = AvpDef("ARAP-Zone-Access", 72, ENUMERATED, M, enum=ARAPZoneAccess)
LOGIN_IP_HOST: Final[AvpDef[bytes]] = AvpDef("Login-IP-Host", 14, OCTET_STRING, M)
LOGIN_IPV6_HOST: Final[AvpDef[bytes]] = AvpDef("Login-IPv6-Host", 98, OCTET_STRING, M)
LOGIN_SERVICE: Final[AvpDef[int]] = AvpDef("Login-Service", 15, ENUMERATED, M, enum=LoginService)
LOGIN_TCP_PORT: Final[AvpDef[int]] = AvpDef("Login-TCP-Port", 16, UNSIGNED32, M)
LOGIN_LAT_SERVICE: Final[AvpDef[bytes]] = AvpDef("Login-LAT-Service", 34, OCTET_STRING, M)
LOGIN_LAT_NODE: Final[AvpDef[bytes]] = AvpDef("Login-LAT-Node", 35, OCTET_STRING, M)
LOGIN_LAT_GROUP: Final[AvpDef[bytes]] = AvpDef("Login-LAT-Group", 36, OCTET_STRING, M)
LOGIN_LAT_PORT: Final[AvpDef[bytes]] = AvpDef("Login-LAT-Port", 63, OCTET_STRING, M)
TUNNELING: Final[AvpDef[Tunneling]] = AvpDef("Tunneling", 401, GROUPED, M)
TUNNEL_TYPE: Final[AvpDef[int]] = AvpDef("Tunnel-Type", 64, ENUMERATED, M, enum=TunnelType)
TUNNEL_MEDIUM_TYPE: Final[AvpDef[int]] = AvpDef("Tunnel-Medium-Type", 65, ENUMERATED, M, enum=TunnelMediumType)
TUNNEL_CLIENT_ENDPOINT: Final[AvpDef[str]] = AvpDef("Tunnel-Client-Endpoint", 66, UTF8STRING, M)
TUNNEL_SERVER_ENDPOINT: Final[AvpDef[str]] = AvpDef("Tunnel-Server-Endpoint", 67, UTF8STRING, M)
TUNNEL_PASSWORD: Final[AvpDef[bytes]] = AvpDef("Tunnel-Password", 69, OCTET_STRING, M)
TUNNEL_PRIVATE_GROUP_ID: Final[AvpDef[bytes]] = AvpDef("Tunnel-Private-Group-Id", 81, OCTET_STRING, M)
TUNNEL_ASSIGNMENT_ID: Final[AvpDef[bytes]] = AvpDef("Tunnel-Assignment-Id", 82, OCTET_STRING, M)
TUNNEL_PREFERENCE: Final[AvpDef[int]] = AvpDef("Tunnel-Preference", 83, UNSIGNED32, M)
TUNNEL_CLIENT_AUTH_ID: Final[AvpDef[str]] = AvpDef("Tunnel-Client-Auth-Id", 90, UTF8STRING, M)
TUNNEL_SERVER_AUTH_ID: Final[AvpDef[str]] = AvpDef("Tunnel-Server-Auth-Id", 91, UTF8STRING, M)
ACCOUNTING_INPUT_OCTETS: Final[AvpDef[int]] = AvpDef("Accounting-Input-Octets", 363, UNSIGNED64, M)
ACCOUNTING_OUTPUT_OCTETS: Final[AvpDef[int]] = AvpDef("Accounting-Output-Octets", 364, UNSIGNED64, M)
ACCOUNTING_INPUT_PACKETS: Final[AvpDef[int]] = AvpDef("Accounting-Input-Packets", 365, UNSIGNED64, M)
ACCOUNTING_OUTPUT_PACKETS: Final[AvpDef[int]] = AvpDef("Accounting-Output-Packets", 366, UNSIGNED64, M)
ACCT_SESSION_TIME: Final[AvpDef[int]] = AvpDef("Acct-Session-Time", 46, UNSIGNED32, M)
ACCT_AUTHENTIC: Final[AvpDef[int]] = AvpDef("Acct-Authentic", 45, ENUMERATED, M, enum=AcctAuthentic)
ACCOUNTING_AUTH_METHOD: Final[AvpDef[int]] = AvpDef("Accounting-Auth-Method", 406, ENUMERATED, M, enum=AccountingAuthMethod)
ACCT_DELAY_TIME: Final[AvpDef[int]] = AvpDef("Acct-Delay-Time", 41, UNSIGNED32, M)
ACCT_LINK_COUNT: Final[AvpDef[int]] = AvpDef("Acct-Link-Count", 51, UNSIGNED32, M)
ACCT_TUNNEL_CONNECTION: Final[AvpDef[bytes]] = AvpDef("Acct-Tunnel-Connection", 68, OCTET_STRING, M)
ACCT_TUNNEL_PACKETS_LOST: Final[AvpDef[int]] = AvpDef("Acct-Tunnel-Packets-Lost", 86, UNSIGNED32, M)
NAS_IDENTIFIER: Final[AvpDef[str]] = AvpDef("NAS-Identifier", 32, UTF8STRING, M)
NAS_IP_ADDRESS: Final[AvpDef[bytes]] = AvpDef("NAS-IP-Address", 4, OCTET_STRING, M)
NAS_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("NAS-IPv6-Address", 95, OCTET_STRING, M)
STATE: Final[AvpDef[bytes]] = AvpDef("State", 24, OCTET_STRING, M)
ORIGIN_AAA_PROTOCOL: Final[AvpDef[int]] = AvpDef("Origin-AAA-Protocol", 408, ENUMERATED, M, enum=OriginAAAProtocol)


@grouped(CHAP_AUTH)
class CHAPAuth:
    """CHAP-Auth ::= < AVP Header: 402 >
         { CHAP-Algorithm }
         { CHAP-Ident }
         [ CHAP-Response ]
       * [ AVP ]
    """

    chap_algorithm: CHAPAlgorithm | int = avp(CHAP_ALGORITHM)
    chap_ident: bytes = avp(CHAP_IDENT)
    chap_response: bytes | None = avp(CHAP_RESPONSE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TUNNELING)
class Tunneling:
    """Tunneling ::= < AVP Header: 401 >
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
    """

    tunnel_type: TunnelType | int = avp(TUNNEL_TYPE)
    tunnel_medium_type: TunnelMediumType | int = avp(TUNNEL_MEDIUM_TYPE)
    tunnel_client_endpoint: str = avp(TUNNEL_CLIENT_ENDPOINT)
    tunnel_server_endpoint: str = avp(TUNNEL_SERVER_ENDPOINT)
    tunnel_preference: int | None = avp(TUNNEL_PREFERENCE, default=None)
    tunnel_client_auth_id: str | None = avp(TUNNEL_CLIENT_AUTH_ID, default=None)
    tunnel_server_auth_id: str | None = avp(TUNNEL_SERVER_AUTH_ID, default=None)
    tunnel_assignment_id: bytes | None = avp(TUNNEL_ASSIGNMENT_ID, default=None)
    tunnel_password: bytes | None = avp(TUNNEL_PASSWORD, default=None)
    tunnel_private_group_id: bytes | None = avp(TUNNEL_PRIVATE_GROUP_ID, default=None)


@command("AA-Request", code=265, application_id=1, request=True, proxiable=True, alias="AAR")
class AARequest(Request["AAAnswer"]):
    """<AAR> ::= < Diameter Header: 265, REQ, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    nas_identifier: str | None = avp(NAS_IDENTIFIER, default=None)
    nas_ip_address: bytes | None = avp(NAS_IP_ADDRESS, default=None)
    nas_ipv6_address: bytes | None = avp(NAS_IPV6_ADDRESS, default=None)
    nas_port: int | None = avp(NAS_PORT, default=None)
    nas_port_id: str | None = avp(NAS_PORT_ID, default=None)
    nas_port_type: NASPortType | int | None = avp(NAS_PORT_TYPE, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    port_limit: int | None = avp(PORT_LIMIT, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    user_password: bytes | None = avp(USER_PASSWORD, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    state: bytes | None = avp(STATE, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    auth_grace_period: int | None = avp(AUTH_GRACE_PERIOD, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    callback_number: str | None = avp(CALLBACK_NUMBER, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    calling_station_id: str | None = avp(CALLING_STATION_ID, default=None)
    originating_line_info: bytes | None = avp(ORIGINATING_LINE_INFO, default=None)
    connect_info: str | None = avp(CONNECT_INFO, default=None)
    chap_auth: CHAPAuth | None = avp(CHAP_AUTH, default=None)
    chap_challenge: bytes | None = avp(CHAP_CHALLENGE, default=None)
    framed_compression: tuple[FramedCompression | int, ...] = repeated(FRAMED_COMPRESSION, default=())
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: tuple[bytes, ...] = repeated(FRAMED_IPV6_PREFIX, default=())
    framed_ip_netmask: bytes | None = avp(FRAMED_IP_NETMASK, default=None)
    framed_mtu: int | None = avp(FRAMED_MTU, default=None)
    framed_protocol: FramedProtocol | int | None = avp(FRAMED_PROTOCOL, default=None)
    arap_password: bytes | None = avp(ARAP_PASSWORD, default=None)
    arap_security: int | None = avp(ARAP_SECURITY, default=None)
    arap_security_data: tuple[bytes, ...] = repeated(ARAP_SECURITY_DATA, default=())
    login_ip_host: tuple[bytes, ...] = repeated(LOGIN_IP_HOST, default=())
    login_ipv6_host: tuple[bytes, ...] = repeated(LOGIN_IPV6_HOST, default=())
    login_lat_group: bytes | None = avp(LOGIN_LAT_GROUP, default=None)
    login_lat_node: bytes | None = avp(LOGIN_LAT_NODE, default=None)
    login_lat_port: bytes | None = avp(LOGIN_LAT_PORT, default=None)
    login_lat_service: bytes | None = avp(LOGIN_LAT_SERVICE, default=None)
    tunneling: tuple[Tunneling, ...] = repeated(TUNNELING, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAR = AARequest


@command("AA-Answer", code=265, application_id=1, request=False, proxiable=True, alias="AAA")
class AAAnswer(Answer):
    """<AAA> ::= < Diameter Header: 265, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    configuration_token: tuple[bytes, ...] = repeated(CONFIGURATION_TOKEN, default=())
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    idle_timeout: int | None = avp(IDLE_TIMEOUT, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    auth_grace_period: int | None = avp(AUTH_GRACE_PERIOD, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    re_auth_request_type: ReAuthRequestType | int | None = avp(RE_AUTH_REQUEST_TYPE, default=None)
    multi_round_time_out: int | None = avp(MULTI_ROUND_TIME_OUT, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    state: bytes | None = avp(STATE, default=None)
    reply_message: tuple[str, ...] = repeated(REPLY_MESSAGE, default=())
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    filter_id: tuple[str, ...] = repeated(FILTER_ID, default=())
    password_retry: int | None = avp(PASSWORD_RETRY, default=None)
    port_limit: int | None = avp(PORT_LIMIT, default=None)
    prompt: Prompt | int | None = avp(PROMPT, default=None)
    arap_challenge_response: bytes | None = avp(ARAP_CHALLENGE_RESPONSE, default=None)
    arap_features: bytes | None = avp(ARAP_FEATURES, default=None)
    arap_security: int | None = avp(ARAP_SECURITY, default=None)
    arap_security_data: tuple[bytes, ...] = repeated(ARAP_SECURITY_DATA, default=())
    arap_zone_access: ARAPZoneAccess | int | None = avp(ARAP_ZONE_ACCESS, default=None)
    callback_id: str | None = avp(CALLBACK_ID, default=None)
    callback_number: str | None = avp(CALLBACK_NUMBER, default=None)
    framed_appletalk_link: int | None = avp(FRAMED_APPLETALK_LINK, default=None)
    framed_appletalk_network: tuple[int, ...] = repeated(FRAMED_APPLETALK_NETWORK, default=())
    framed_appletalk_zone: bytes | None = avp(FRAMED_APPLETALK_ZONE, default=None)
    framed_compression: tuple[FramedCompression | int, ...] = repeated(FRAMED_COMPRESSION, default=())
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: tuple[bytes, ...] = repeated(FRAMED_IPV6_PREFIX, default=())
    framed_ipv6_pool: bytes | None = avp(FRAMED_IPV6_POOL, default=None)
    framed_ipv6_route: tuple[str, ...] = repeated(FRAMED_IPV6_ROUTE, default=())
    framed_ip_netmask: bytes | None = avp(FRAMED_IP_NETMASK, default=None)
    framed_route: tuple[str, ...] = repeated(FRAMED_ROUTE, default=())
    framed_pool: bytes | None = avp(FRAMED_POOL, default=None)
    framed_ipx_network: int | None = avp(FRAMED_IPX_NETWORK, default=None)
    framed_mtu: int | None = avp(FRAMED_MTU, default=None)
    framed_protocol: FramedProtocol | int | None = avp(FRAMED_PROTOCOL, default=None)
    framed_routing: FramedRouting | int | None = avp(FRAMED_ROUTING, default=None)
    login_ip_host: tuple[bytes, ...] = repeated(LOGIN_IP_HOST, default=())
    login_ipv6_host: tuple[bytes, ...] = repeated(LOGIN_IPV6_HOST, default=())
    login_lat_group: bytes | None = avp(LOGIN_LAT_GROUP, default=None)
    login_lat_node: bytes | None = avp(LOGIN_LAT_NODE, default=None)
    login_lat_port: bytes | None = avp(LOGIN_LAT_PORT, default=None)
    login_lat_service: bytes | None = avp(LOGIN_LAT_SERVICE, default=None)
    login_service: LoginService | int | None = avp(LOGIN_SERVICE, default=None)
    login_tcp_port: int | None = avp(LOGIN_TCP_PORT, default=None)
    nas_filter_rule: tuple[IPFilterRule, ...] = repeated(NAS_FILTER_RULE, default=())
    qos_filter_rule: tuple[bytes, ...] = repeated(QOS_FILTER_RULE, default=())
    tunneling: tuple[Tunneling, ...] = repeated(TUNNELING, default=())
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAA = AAAnswer


@command("Re-Auth-Request", code=258, application_id=1, request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    re_auth_request_type: ReAuthRequestType | int = avp(RE_AUTH_REQUEST_TYPE)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    nas_identifier: str | None = avp(NAS_IDENTIFIER, default=None)
    nas_ip_address: bytes | None = avp(NAS_IP_ADDRESS, default=None)
    nas_ipv6_address: bytes | None = avp(NAS_IPV6_ADDRESS, default=None)
    nas_port: int | None = avp(NAS_PORT, default=None)
    nas_port_id: str | None = avp(NAS_PORT_ID, default=None)
    nas_port_type: NASPortType | int | None = avp(NAS_PORT_TYPE, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    calling_station_id: str | None = avp(CALLING_STATION_ID, default=None)
    originating_line_info: bytes | None = avp(ORIGINATING_LINE_INFO, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    state: bytes | None = avp(STATE, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    reply_message: str | None = avp(REPLY_MESSAGE, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=1, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    configuration_token: tuple[bytes, ...] = repeated(CONFIGURATION_TOKEN, default=())
    idle_timeout: int | None = avp(IDLE_TIMEOUT, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    auth_grace_period: int | None = avp(AUTH_GRACE_PERIOD, default=None)
    re_auth_request_type: ReAuthRequestType | int | None = avp(RE_AUTH_REQUEST_TYPE, default=None)
    state: bytes | None = avp(STATE, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    reply_message: tuple[str, ...] = repeated(REPLY_MESSAGE, default=())
    prompt: Prompt | int | None = avp(PROMPT, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer


@command("Session-Termination-Request", code=275, application_id=1, request=True, proxiable=True, alias="STR")
class SessionTerminationRequest(Request["SessionTerminationAnswer"]):
    """<STR> ::= < Diameter Header: 275, REQ, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    termination_cause: TerminationCause | int = avp(TERMINATION_CAUSE)
    user_name: str | None = avp(USER_NAME, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STR = SessionTerminationRequest


@command("Session-Termination-Answer", code=275, application_id=1, request=False, proxiable=True, alias="STA")
class SessionTerminationAnswer(Answer):
    """<STA> ::= < Diameter Header: 275, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STA = SessionTerminationAnswer


@command("Abort-Session-Request", code=274, application_id=1, request=True, proxiable=True, alias="ASR")
class AbortSessionRequest(Request["AbortSessionAnswer"]):
    """<ASR> ::= < Diameter Header: 274, REQ, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    nas_identifier: str | None = avp(NAS_IDENTIFIER, default=None)
    nas_ip_address: bytes | None = avp(NAS_IP_ADDRESS, default=None)
    nas_ipv6_address: bytes | None = avp(NAS_IPV6_ADDRESS, default=None)
    nas_port: int | None = avp(NAS_PORT, default=None)
    nas_port_id: str | None = avp(NAS_PORT_ID, default=None)
    nas_port_type: NASPortType | int | None = avp(NAS_PORT_TYPE, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    calling_station_id: str | None = avp(CALLING_STATION_ID, default=None)
    originating_line_info: bytes | None = avp(ORIGINATING_LINE_INFO, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    state: bytes | None = avp(STATE, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    reply_message: tuple[str, ...] = repeated(REPLY_MESSAGE, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASR = AbortSessionRequest


@command("Abort-Session-Answer", code=274, application_id=1, request=False, proxiable=True, alias="ASA")
class AbortSessionAnswer(Answer):
    """<ASA> ::= < Diameter Header: 274, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    state: bytes | None = avp(STATE, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASA = AbortSessionAnswer


@command("Accounting-Request", code=271, application_id=1, request=True, proxiable=True, alias="ACR")
class AccountingRequest(Request["AccountingAnswer"]):
    """<ACR> ::= < Diameter Header: 271, REQ, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int = avp(ACCT_APPLICATION_ID)
    user_name: str | None = avp(USER_NAME, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    acct_delay_time: int | None = avp(ACCT_DELAY_TIME, default=None)
    nas_identifier: str | None = avp(NAS_IDENTIFIER, default=None)
    nas_ip_address: bytes | None = avp(NAS_IP_ADDRESS, default=None)
    nas_ipv6_address: bytes | None = avp(NAS_IPV6_ADDRESS, default=None)
    nas_port: int | None = avp(NAS_PORT, default=None)
    nas_port_id: str | None = avp(NAS_PORT_ID, default=None)
    nas_port_type: NASPortType | int | None = avp(NAS_PORT_TYPE, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    accounting_input_packets: int | None = avp(ACCOUNTING_INPUT_PACKETS, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    accounting_output_packets: int | None = avp(ACCOUNTING_OUTPUT_PACKETS, default=None)
    acct_authentic: AcctAuthentic | int | None = avp(ACCT_AUTHENTIC, default=None)
    accounting_auth_method: AccountingAuthMethod | int | None = avp(ACCOUNTING_AUTH_METHOD, default=None)
    acct_link_count: int | None = avp(ACCT_LINK_COUNT, default=None)
    acct_session_time: int | None = avp(ACCT_SESSION_TIME, default=None)
    acct_tunnel_connection: bytes | None = avp(ACCT_TUNNEL_CONNECTION, default=None)
    acct_tunnel_packets_lost: int | None = avp(ACCT_TUNNEL_PACKETS_LOST, default=None)
    callback_id: str | None = avp(CALLBACK_ID, default=None)
    callback_number: str | None = avp(CALLBACK_NUMBER, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    calling_station_id: str | None = avp(CALLING_STATION_ID, default=None)
    connect_info: tuple[str, ...] = repeated(CONNECT_INFO, default=())
    originating_line_info: bytes | None = avp(ORIGINATING_LINE_INFO, default=None)
    authorization_lifetime: int | None = avp(AUTHORIZATION_LIFETIME, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    idle_timeout: int | None = avp(IDLE_TIMEOUT, default=None)
    port_limit: int | None = avp(PORT_LIMIT, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    filter_id: tuple[str, ...] = repeated(FILTER_ID, default=())
    nas_filter_rule: tuple[IPFilterRule, ...] = repeated(NAS_FILTER_RULE, default=())
    qos_filter_rule: tuple[bytes, ...] = repeated(QOS_FILTER_RULE, default=())
    framed_appletalk_link: int | None = avp(FRAMED_APPLETALK_LINK, default=None)
    framed_appletalk_network: int | None = avp(FRAMED_APPLETALK_NETWORK, default=None)
    framed_appletalk_zone: bytes | None = avp(FRAMED_APPLETALK_ZONE, default=None)
    framed_compression: FramedCompression | int | None = avp(FRAMED_COMPRESSION, default=None)
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ip_netmask: bytes | None = avp(FRAMED_IP_NETMASK, default=None)
    framed_ipv6_prefix: tuple[bytes, ...] = repeated(FRAMED_IPV6_PREFIX, default=())
    framed_ipv6_pool: bytes | None = avp(FRAMED_IPV6_POOL, default=None)
    framed_ipv6_route: tuple[str, ...] = repeated(FRAMED_IPV6_ROUTE, default=())
    framed_ipx_network: int | None = avp(FRAMED_IPX_NETWORK, default=None)
    framed_mtu: int | None = avp(FRAMED_MTU, default=None)
    framed_pool: bytes | None = avp(FRAMED_POOL, default=None)
    framed_protocol: FramedProtocol | int | None = avp(FRAMED_PROTOCOL, default=None)
    framed_route: tuple[str, ...] = repeated(FRAMED_ROUTE, default=())
    framed_routing: FramedRouting | int | None = avp(FRAMED_ROUTING, default=None)
    login_ip_host: tuple[bytes, ...] = repeated(LOGIN_IP_HOST, default=())
    login_ipv6_host: tuple[bytes, ...] = repeated(LOGIN_IPV6_HOST, default=())
    login_lat_group: bytes | None = avp(LOGIN_LAT_GROUP, default=None)
    login_lat_node: bytes | None = avp(LOGIN_LAT_NODE, default=None)
    login_lat_port: bytes | None = avp(LOGIN_LAT_PORT, default=None)
    login_lat_service: bytes | None = avp(LOGIN_LAT_SERVICE, default=None)
    login_service: LoginService | int | None = avp(LOGIN_SERVICE, default=None)
    login_tcp_port: int | None = avp(LOGIN_TCP_PORT, default=None)
    tunneling: tuple[Tunneling, ...] = repeated(TUNNELING, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACR = AccountingRequest


@command("Accounting-Answer", code=271, application_id=1, request=False, proxiable=True, alias="ACA")
class AccountingAnswer(Answer):
    """<ACA> ::= < Diameter Header: 271, PXY, 1 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int = avp(ACCT_APPLICATION_ID)
    user_name: str | None = avp(USER_NAME, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    origin_aaa_protocol: OriginAAAProtocol | int | None = avp(ORIGIN_AAA_PROTOCOL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    nas_identifier: str | None = avp(NAS_IDENTIFIER, default=None)
    nas_ip_address: bytes | None = avp(NAS_IP_ADDRESS, default=None)
    nas_ipv6_address: bytes | None = avp(NAS_IPV6_ADDRESS, default=None)
    nas_port: int | None = avp(NAS_PORT, default=None)
    nas_port_id: str | None = avp(NAS_PORT_ID, default=None)
    nas_port_type: NASPortType | int | None = avp(NAS_PORT_TYPE, default=None)
    service_type: ServiceType | int | None = avp(SERVICE_TYPE, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACA = AccountingAnswer
