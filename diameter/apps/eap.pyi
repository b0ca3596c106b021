"""Dictionary 'eap': generated from schemas/eap.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
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
    AuthRequestType as AuthRequestType,
    AuthSessionState as AuthSessionState,
    CLASS,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
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
    FramedCompression as FramedCompression,
    FramedProtocol as FramedProtocol,
    FramedRouting as FramedRouting,
    IDLE_TIMEOUT,
    NASPortType as NASPortType,
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
    ServiceType as ServiceType,
    TUNNELING,
    Tunneling as Tunneling,
)
from diameter.schema import AVP, Answer, AvpDef, M, Request, avp, command, repeated
from diameter.types import (
    DiameterURI as DiameterURI,
    IPFilterRule as IPFilterRule,
    OCTET_STRING,
    UNSIGNED64,
)
from diameter.wire import Avp

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
EAP_PAYLOAD: Final[AvpDef[bytes]] = AvpDef("EAP-Payload", 462, OCTET_STRING, M)
EAP_REISSUED_PAYLOAD: Final[AvpDef[bytes]] = AvpDef("EAP-Reissued-Payload", 463, OCTET_STRING, M)
EAP_MASTER_SESSION_KEY: Final[AvpDef[bytes]] = AvpDef("EAP-Master-Session-Key", 464, OCTET_STRING, M)
EAP_KEY_NAME: Final[AvpDef[bytes]] = AvpDef("EAP-Key-Name", 102, OCTET_STRING, M)
ACCOUNTING_EAP_AUTH_METHOD: Final[AvpDef[int]] = AvpDef("Accounting-EAP-Auth-Method", 465, UNSIGNED64, M)


@command("Diameter-EAP-Request", code=268, application_id=5, request=True, proxiable=True, alias="DER")
class DiameterEAPRequest(Request["DiameterEAPAnswer"]):
    """<DER> ::= < Diameter Header: 268, REQ, PXY >
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
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    port_limit: int | None = avp(PORT_LIMIT, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    eap_payload: bytes = avp(EAP_PAYLOAD)
    eap_key_name: bytes | None = avp(EAP_KEY_NAME, default=None)
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
    framed_compression: tuple[FramedCompression | int, ...] = repeated(FRAMED_COMPRESSION, default=())
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: tuple[bytes, ...] = repeated(FRAMED_IPV6_PREFIX, default=())
    framed_ip_netmask: bytes | None = avp(FRAMED_IP_NETMASK, default=None)
    framed_mtu: int | None = avp(FRAMED_MTU, default=None)
    framed_protocol: FramedProtocol | int | None = avp(FRAMED_PROTOCOL, default=None)
    tunneling: tuple[Tunneling, ...] = repeated(TUNNELING, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DER = DiameterEAPRequest


@command("Diameter-EAP-Answer", code=268, application_id=5, request=False, proxiable=True, alias="DEA")
class DiameterEAPAnswer(Answer):
    """<DEA> ::= < Diameter Header: 268, PXY >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    eap_payload: bytes | None = avp(EAP_PAYLOAD, default=None)
    eap_reissued_payload: bytes | None = avp(EAP_REISSUED_PAYLOAD, default=None)
    eap_master_session_key: bytes | None = avp(EAP_MASTER_SESSION_KEY, default=None)
    eap_key_name: bytes | None = avp(EAP_KEY_NAME, default=None)
    multi_round_time_out: int | None = avp(MULTI_ROUND_TIME_OUT, default=None)
    accounting_eap_auth_method: tuple[int, ...] = repeated(ACCOUNTING_EAP_AUTH_METHOD, default=())
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
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    state: bytes | None = avp(STATE, default=None)
    reply_message: tuple[str, ...] = repeated(REPLY_MESSAGE, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    filter_id: tuple[str, ...] = repeated(FILTER_ID, default=())
    port_limit: int | None = avp(PORT_LIMIT, default=None)
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
    nas_filter_rule: tuple[IPFilterRule, ...] = repeated(NAS_FILTER_RULE, default=())
    qos_filter_rule: tuple[bytes, ...] = repeated(QOS_FILTER_RULE, default=())
    tunneling: tuple[Tunneling, ...] = repeated(TUNNELING, default=())
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DEA = DiameterEAPAnswer
