"""Dictionary 'tgpp.s9': generated from schemas/tgpp/s9.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
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
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ROUTE_RECORD,
    ReAuthRequestType as ReAuthRequestType,
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
    UserEquipmentInfo as UserEquipmentInfo,
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
    CHARGING_INFORMATION,
    CSGInformationReporting as CSGInformationReporting,
    CSG_INFORMATION_REPORTING,
    ChargingInformation as ChargingInformation,
    DRABinding as DRABinding,
    DRADeployment as DRADeployment,
    DRA_BINDING,
    DRA_DEPLOYMENT,
    EVENT_TRIGGER,
    EventTrigger as EventTrigger,
    HENB_LOCAL_IP_ADDRESS,
    IPCANType as IPCANType,
    IP_CAN_TYPE,
    MULTIPLE_BBERF_ACTION,
    MultipleBBERFAction as MultipleBBERFAction,
    NETWORK_REQUEST_SUPPORT,
    NetworkRequestSupport as NetworkRequestSupport,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    PacketFilterInformation as PacketFilterInformation,
    PacketFilterOperation as PacketFilterOperation,
    QOS_INFORMATION,
    QOS_NEGOTIATION,
    QOS_RULE_INSTALL,
    QOS_RULE_REMOVE,
    QOS_RULE_REPORT,
    QOS_UPGRADE,
    QoSInformation as QoSInformation,
    QoSNegotiation as QoSNegotiation,
    QoSRuleInstall as QoSRuleInstall,
    QoSRuleRemove as QoSRuleRemove,
    QoSRuleReport as QoSRuleReport,
    QoSUpgrade as QoSUpgrade,
    RAI,
    RATType as RATType,
    RAT_TYPE,
    SESSION_RELEASE_CAUSE,
    SUBSESSION_DECISION_INFO,
    SUBSESSION_ENFORCEMENT_INFO,
    SUPPORTED_FEATURES,
    SessionReleaseCause as SessionReleaseCause,
    SubsessionDecisionInfo as SubsessionDecisionInfo,
    SubsessionEnforcementInfo as SubsessionEnforcementInfo,
    SupportedFeatures as SupportedFeatures,
    TGPP2_BSID,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_ADDRESS,
    TGPP_SGSN_IPV6_ADDRESS,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_CSG_INFORMATION,
    UserCSGInformation as UserCSGInformation,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue
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
    "TriggerEstablishmentRequest",
    "TER",
    "TriggerEstablishmentAnswer",
    "TEA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Credit-Control-Request", code=272, application_id=16777267, request=True, proxiable=True, alias="CCR")
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
       * [ Subscription-Id ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
       * [ Supported-Features ]
         [ OC-Supported-Features ]
         [ QoS-Information ]
       * [ QoS-Rule-Report ]
     0*2 [ AN-GW-Address ]
         [ Network-Request-Support ]
       * [ Packet-Filter-Information ]
         [ Packet-Filter-Operation ]
       * [ Subsession-Enforcement-Info ]
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ Termination-Cause ]
         [ User-Equipment-Info ]
         [ QoS-Negotiation ]
         [ QoS-Upgrade ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP-MS-TimeZone ]
         [ 3GPP2-BSID ]
       * [ Event-Trigger ]
         [ Multiple-BBERF-Action ]
         [ User-CSG-Information ]
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
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    qos_rule_report: tuple[QoSRuleReport, ...] = repeated(QOS_RULE_REPORT, default=())
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    network_request_support: NetworkRequestSupport | int | None = avp(NETWORK_REQUEST_SUPPORT, default=None)
    packet_filter_information: tuple[PacketFilterInformation, ...] = repeated(PACKET_FILTER_INFORMATION, default=())
    packet_filter_operation: PacketFilterOperation | int | None = avp(PACKET_FILTER_OPERATION, default=None)
    subsession_enforcement_info: tuple[SubsessionEnforcementInfo, ...] = repeated(SUBSESSION_ENFORCEMENT_INFO, default=())
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    qos_negotiation: QoSNegotiation | int | None = avp(QOS_NEGOTIATION, default=None)
    qos_upgrade: QoSUpgrade | int | None = avp(QOS_UPGRADE, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    multiple_bberf_action: MultipleBBERFAction | int | None = avp(MULTIPLE_BBERF_ACTION, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=16777267, request=False, proxiable=True, alias="CCA")
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
       * [ Supported-Features ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ QoS-Rule-Install ]
       * [ QoS-Rule-Remove ]
       * [ QoS-Information ]
         [ Bearer-Control-Mode ]
       * [ Event-Trigger ]
         [ Charging-Information ]
       * [ Subsession-Decision-Info ]
       * [ CSG-Information-Reporting ]
     0*2 [ AN-GW-Address ]
         [ Origin-State-Id ]
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
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    qos_rule_install: tuple[QoSRuleInstall, ...] = repeated(QOS_RULE_INSTALL, default=())
    qos_rule_remove: tuple[QoSRuleRemove, ...] = repeated(QOS_RULE_REMOVE, default=())
    qos_information: tuple[QoSInformation, ...] = repeated(QOS_INFORMATION, default=())
    bearer_control_mode: BearerControlMode | int | None = avp(BEARER_CONTROL_MODE, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    charging_information: ChargingInformation | None = avp(CHARGING_INFORMATION, default=None)
    subsession_decision_info: tuple[SubsessionDecisionInfo, ...] = repeated(SUBSESSION_DECISION_INFO, default=())
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer


@command("Re-Auth-Request", code=258, application_id=16777267, request=True, proxiable=True, alias="RAR")
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
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ QoS-Rule-Install ]
       * [ QoS-Rule-Remove ]
       * [ QoS-Information ]
       * [ Event-Trigger ]
       * [ Subsession-Decision-Info ]
     0*2 [ AN-GW-Address ]
         [ Session-Release-Cause ]
         [ HeNB-Local-IP-Address ]
         [ UE-Local-IP-Address ]
         [ UDP-Source-Port ]
       * [ Proxy-Info ]
         [ Called-Station-Id ]
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
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    qos_rule_install: tuple[QoSRuleInstall, ...] = repeated(QOS_RULE_INSTALL, default=())
    qos_rule_remove: tuple[QoSRuleRemove, ...] = repeated(QOS_RULE_REMOVE, default=())
    qos_information: tuple[QoSInformation, ...] = repeated(QOS_INFORMATION, default=())
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    subsession_decision_info: tuple[SubsessionDecisionInfo, ...] = repeated(SUBSESSION_DECISION_INFO, default=())
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    session_release_cause: SessionReleaseCause | int | None = avp(SESSION_RELEASE_CAUSE, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777267, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Origin-State-Id ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP-MS-TimeZone ]
         [ 3GPP2-BSID ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ QoS-Information ]
       * [ QoS-Rule-Report ]
     0*2 [ AN-GW-Address ]
       * [ Subsession-Enforcement-Info ]
         [ User-CSG-Information ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    qos_rule_report: tuple[QoSRuleReport, ...] = repeated(QOS_RULE_REPORT, default=())
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    subsession_enforcement_info: tuple[SubsessionEnforcementInfo, ...] = repeated(SUBSESSION_ENFORCEMENT_INFO, default=())
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer


@command("Trigger-Establishment-Request", code=8388656, application_id=16777267, request=True, proxiable=True, alias="TER")
class TriggerEstablishmentRequest(Request["TriggerEstablishmentAnswer"]):
    """<TER> ::= < Diameter Header: 8388656, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         [ Auth-Session-State ]
         [ Origin-State-Id ]
         [ Subscription-Id ]
         [ OC-Supported-Features ]
         [ Called-Station-Id ]
         [ UE-Local-IP-Address ]
         [ HeNB-Local-IP-Address ]
         [ DRA-Binding ]
         [ UDP-Source-Port ]
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
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    dra_binding: DRABinding | int | None = avp(DRA_BINDING, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TER = TriggerEstablishmentRequest


@command("Trigger-Establishment-Answer", code=8388656, application_id=16777267, request=False, proxiable=True, alias="TEA")
class TriggerEstablishmentAnswer(Answer):
    """<TEA> ::= < Diameter Header: 8388656, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Origin-State-Id ]
         [ DRA-Deployment ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    dra_deployment: DRADeployment | int | None = avp(DRA_DEPLOYMENT, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TEA = TriggerEstablishmentAnswer
