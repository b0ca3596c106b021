"""Dictionary 'tgpp.gxx': generated from schemas/tgpp/gxx.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
    FAILED_AVP,
    FailedAVP as FailedAVP,
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
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
)
from diameter.apps.credit_control import (
    CCRequestType as CCRequestType,
    CC_REQUEST_NUMBER,
    CC_REQUEST_TYPE,
    SUBSCRIPTION_ID,
    SubscriptionId as SubscriptionId,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
    UserEquipmentInfo as UserEquipmentInfo,
    UserEquipmentInfoExtension as UserEquipmentInfoExtension,
)
from diameter.apps.ietf import (
    DRMP,
    Drmp as Drmp,
    LOAD,
    Load as Load,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
)
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    AN_GW_ADDRESS,
    BEARER_CONTROL_MODE,
    BearerControlMode as BearerControlMode,
    DEFAULT_EPS_BEARER_QOS,
    DefaultEPSBearerQoS as DefaultEPSBearerQoS,
    EVENT_TRIGGER,
    EventTrigger as EventTrigger,
    HENB_LOCAL_IP_ADDRESS,
    IPCANType as IPCANType,
    IP_CAN_TYPE,
    NETLOC_ACCESS_SUPPORT,
    NETWORK_REQUEST_SUPPORT,
    NetLocAccessSupport as NetLocAccessSupport,
    NetworkRequestSupport as NetworkRequestSupport,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    PDN_CONNECTION_ID,
    PacketFilterInformation as PacketFilterInformation,
    PacketFilterOperation as PacketFilterOperation,
    QOS_INFORMATION,
    QOS_RULE_INSTALL,
    QOS_RULE_REMOVE,
    QOS_RULE_REPORT,
    QoSInformation as QoSInformation,
    QoSRuleInstall as QoSRuleInstall,
    QoSRuleRemove as QoSRuleRemove,
    QoSRuleReport as QoSRuleReport,
    RAI,
    RATType as RATType,
    RAT_TYPE,
    SESSION_LINKING_INDICATOR,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
    SessionLinkingIndicator as SessionLinkingIndicator,
    SessionReleaseCause as SessionReleaseCause,
    SupportedFeatures as SupportedFeatures,
    TGPP2_BSID,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TRACE_DATA,
    TRACE_REFERENCE,
    TraceData as TraceData,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_CSG_INFORMATION,
    USER_LOCATION_INFO_TIME,
    UserCSGInformation as UserCSGInformation,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue, DiameterURI as DiameterURI
from diameter.wire import Avp

__all__ = [
    "CreditControlRequest",
    "CCR",
    "CreditControlAnswer",
    "CCA",
    "ReAuthRequest",
    "RAR",
    "ReAuthAnswer",
    "RAA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Credit-Control-Request", code=272, application_id=16777266, request=True, proxiable=True, alias="CCR")
class CreditControlRequest(Request["CreditControlAnswer"]):
    """<CCR> ::= < Diameter Header: 272, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { CC-Request-Type }
         { CC-Request-Number }
         [ Destination-Host ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
       * [ Subscription-Id ]
         [ Network-Request-Support ]
       * [ Packet-Filter-Information ]
         [ Packet-Filter-Operation ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ Termination-Cause ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
         [ QoS-Information ]
         [ Default-EPS-Bearer-QoS ]
     0*2 [ AN-GW-Address ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ 3GPP-MS-TimeZone ]
         [ 3GPP2-BSID ]
         [ User-CSG-Information ]
         [ HeNB-Local-IP-Address ]
         [ UE-Local-IP-Address ]
         [ UDP-Source-Port ]
         [ Called-Station-Id ]
         [ PDN-Connection-ID ]
       * [ QoS-Rule-Report ]
       * [ Event-Trigger ]
         [ Session-Linking-Indicator ]
         [ Trace-Data ]
         [ Trace-Reference ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    cc_request_type: CCRequestType | int = avp(CC_REQUEST_TYPE)
    cc_request_number: int = avp(CC_REQUEST_NUMBER)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    network_request_support: NetworkRequestSupport | int | None = avp(NETWORK_REQUEST_SUPPORT, default=None)
    packet_filter_information: tuple[PacketFilterInformation, ...] = repeated(PACKET_FILTER_INFORMATION, default=())
    packet_filter_operation: PacketFilterOperation | int | None = avp(PACKET_FILTER_OPERATION, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    pdn_connection_id: bytes | None = avp(PDN_CONNECTION_ID, default=None)
    qos_rule_report: tuple[QoSRuleReport, ...] = repeated(QOS_RULE_REPORT, default=())
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    session_linking_indicator: SessionLinkingIndicator | int | None = avp(SESSION_LINKING_INDICATOR, default=None)
    trace_data: TraceData | None = avp(TRACE_DATA, default=None)
    trace_reference: bytes | None = avp(TRACE_REFERENCE, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=16777266, request=False, proxiable=True, alias="CCA")
class CreditControlAnswer(Answer):
    """<CCA> ::= < Diameter Header: 272, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         { CC-Request-Type }
         { CC-Request-Number }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Supported-Features ]
         [ Bearer-Control-Mode ]
       * [ Event-Trigger ]
         [ Framed-IPv6-Prefix ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ QoS-Rule-Remove ]
       * [ QoS-Rule-Install ]
         [ QoS-Information ]
         [ Default-EPS-Bearer-QoS ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    cc_request_type: CCRequestType | int = avp(CC_REQUEST_TYPE)
    cc_request_number: int = avp(CC_REQUEST_NUMBER)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    bearer_control_mode: BearerControlMode | int | None = avp(BEARER_CONTROL_MODE, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    qos_rule_remove: tuple[QoSRuleRemove, ...] = repeated(QOS_RULE_REMOVE, default=())
    qos_rule_install: tuple[QoSRuleInstall, ...] = repeated(QOS_RULE_INSTALL, default=())
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer


@command("Re-Auth-Request", code=258, application_id=16777266, request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Re-Auth-Request-Type }
         [ Session-Release-Cause ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ Event-Trigger ]
       * [ QoS-Rule-Remove ]
       * [ QoS-Rule-Install ]
         [ QoS-Information ]
         [ Default-EPS-Bearer-QoS ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    re_auth_request_type: ReAuthRequestType | int = avp(RE_AUTH_REQUEST_TYPE)
    session_release_cause: SessionReleaseCause | int | None = avp(SESSION_RELEASE_CAUSE, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    qos_rule_remove: tuple[QoSRuleRemove, ...] = repeated(QOS_RULE_REMOVE, default=())
    qos_rule_install: tuple[QoSRuleInstall, ...] = repeated(QOS_RULE_INSTALL, default=())
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777266, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ RAT-Type ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ NetLoc-Access-Support ]
         [ User-CSG-Information ]
         [ 3GPP-MS-TimeZone ]
         [ 3GPP2-BSID ]
       * [ QoS-Rule-Report ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    qos_rule_report: tuple[QoSRuleReport, ...] = repeated(QOS_RULE_REPORT, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer
