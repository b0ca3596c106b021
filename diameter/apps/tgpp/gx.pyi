"""Dictionary 'tgpp.gx': generated from schemas/tgpp/gx.dia by `python -m diameter.dictc`.

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
from diameter.apps.etsi import LOGICAL_ACCESS_ID, PHYSICAL_ACCESS_ID
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
    ACCESS_AVAILABILITY_CHANGE_REASON,
    ACCESS_NETWORK_CHARGING_ADDRESS,
    ACCESS_NETWORK_CHARGING_IDENTIFIER_GX,
    ANGWStatus as ANGWStatus,
    ANTrusted as ANTrusted,
    AN_GW_ADDRESS,
    AN_GW_STATUS,
    AN_TRUSTED,
    APPLICATION_DETECTION_INFORMATION,
    AccessAvailabilityChangeReason as AccessAvailabilityChangeReason,
    AccessNetworkChargingIdentifierGx as AccessNetworkChargingIdentifierGx,
    ApplicationDetectionInformation as ApplicationDetectionInformation,
    BEARER_CONTROL_MODE,
    BEARER_IDENTIFIER,
    BEARER_OPERATION,
    BEARER_USAGE,
    BearerControlMode as BearerControlMode,
    BearerOperation as BearerOperation,
    BearerUsage as BearerUsage,
    CHARGING_INFORMATION,
    CHARGING_RULE_INSTALL,
    CHARGING_RULE_REMOVE,
    CHARGING_RULE_REPORT,
    COA_INFORMATION,
    CONDITIONAL_POLICY_INFORMATION,
    CREDIT_MANAGEMENT_STATUS,
    CSGInformationReporting as CSGInformationReporting,
    CSG_INFORMATION_REPORTING,
    ChargingInformation as ChargingInformation,
    ChargingRuleInstall as ChargingRuleInstall,
    ChargingRuleRemove as ChargingRuleRemove,
    ChargingRuleReport as ChargingRuleReport,
    CoAInformation as CoAInformation,
    ConditionalPolicyInformation as ConditionalPolicyInformation,
    DEFAULT_ACCESS,
    DEFAULT_EPS_BEARER_QOS,
    DEFAULT_QOS_INFORMATION,
    DYNAMIC_ADDRESS_FLAG,
    DYNAMIC_ADDRESS_FLAG_EXTENSION,
    DefaultAccess as DefaultAccess,
    DefaultEPSBearerQoS as DefaultEPSBearerQoS,
    DefaultQoSInformation as DefaultQoSInformation,
    DynamicAddressFlag as DynamicAddressFlag,
    DynamicAddressFlagExtension as DynamicAddressFlagExtension,
    EVENT_REPORT_INDICATION,
    EVENT_TRIGGER,
    EventReportIndication as EventReportIndication,
    EventTrigger as EventTrigger,
    FIXED_USER_LOCATION_INFO,
    FixedUserLocationInfo as FixedUserLocationInfo,
    HENB_LOCAL_IP_ADDRESS,
    IPCANType as IPCANType,
    IP_CAN_TYPE,
    MAXIMUM_WAIT_TIME,
    NBIFOMMode as NBIFOMMode,
    NBIFOMSupport as NBIFOMSupport,
    NBIFOM_MODE,
    NBIFOM_SUPPORT,
    NETLOC_ACCESS_SUPPORT,
    NETWORK_REQUEST_SUPPORT,
    NetLocAccessSupport as NetLocAccessSupport,
    NetworkRequestSupport as NetworkRequestSupport,
    OFFLINE,
    ONLINE,
    ORIGINATION_TIME_STAMP,
    Offline as Offline,
    Online as Online,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    PCSCFRestorationIndication as PCSCFRestorationIndication,
    PCSCF_RESTORATION_INDICATION,
    PDN_CONNECTION_CHARGING_ID,
    PDN_CONNECTION_ID,
    PRAInstall as PRAInstall,
    PRARemove as PRARemove,
    PRA_INSTALL,
    PRA_REMOVE,
    PRESENCE_REPORTING_AREA_INFORMATION,
    PacketFilterInformation as PacketFilterInformation,
    PacketFilterOperation as PacketFilterOperation,
    PresenceReportingAreaInformation as PresenceReportingAreaInformation,
    QOS_INFORMATION,
    QOS_NEGOTIATION,
    QOS_UPGRADE,
    QoSInformation as QoSInformation,
    QoSNegotiation as QoSNegotiation,
    QoSUpgrade as QoSUpgrade,
    RAI,
    RANRuleSupport as RANRuleSupport,
    RAN_NAS_RELEASE_CAUSE,
    RAN_RULE_SUPPORT,
    RATType as RATType,
    RAT_TYPE,
    REMOVAL_OF_ACCESS,
    REVALIDATION_TIME,
    ROUTING_RULE_INSTALL,
    ROUTING_RULE_REMOVE,
    ROUTING_RULE_REPORT,
    RemovalOfAccess as RemovalOfAccess,
    RoutingRuleInstall as RoutingRuleInstall,
    RoutingRuleRemove as RoutingRuleRemove,
    RoutingRuleReport as RoutingRuleReport,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
    SessionReleaseCause as SessionReleaseCause,
    SupportedFeatures as SupportedFeatures,
    TCP_SOURCE_PORT,
    TDFInformation as TDFInformation,
    TDF_INFORMATION,
    TFTPacketFilterInformation as TFTPacketFilterInformation,
    TFT_PACKET_FILTER_INFORMATION,
    TGPPPSDataOffStatus as TGPPPSDataOffStatus,
    TGPP_CHARGING_CHARACTERISTICS,
    TGPP_GGSN_ADDRESS,
    TGPP_GGSN_IPV6_ADDRESS,
    TGPP_MS_TIMEZONE,
    TGPP_PS_DATA_OFF_STATUS,
    TGPP_RAT_TYPE,
    TGPP_SELECTION_MODE,
    TGPP_SGSN_ADDRESS,
    TGPP_SGSN_IPV6_ADDRESS,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TWAN_IDENTIFIER,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USAGE_MONITORING_INFORMATION,
    USER_CSG_INFORMATION,
    USER_LOCATION_INFO_TIME,
    UsageMonitoringInformation as UsageMonitoringInformation,
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


@command("Credit-Control-Request", code=272, application_id=16777238, request=True, proxiable=True, alias="CCR")
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
         [ Credit-Management-Status ]
         [ Destination-Host ]
         [ Origin-State-Id ]
       * [ Subscription-Id ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ TDF-Information ]
         [ Network-Request-Support ]
       * [ Packet-Filter-Information ]
         [ Packet-Filter-Operation ]
         [ Bearer-Identifier ]
         [ Bearer-Operation ]
         [ Dynamic-Address-Flag ]
         [ Dynamic-Address-Flag-Extension ]
         [ PDN-Connection-Charging-ID ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ IP-CAN-Type ]
         [ 3GPP-RAT-Type ]
         [ AN-Trusted ]
         [ RAT-Type ]
         [ Termination-Cause ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
         [ QoS-Information ]
         [ QoS-Negotiation ]
         [ QoS-Upgrade ]
         [ Default-EPS-Bearer-QoS ]
         [ Default-QoS-Information ]
     0*2 [ AN-GW-Address ]
         [ AN-GW-Status ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ 3GPP-GGSN-Address ]
         [ 3GPP-GGSN-Ipv6-Address ]
         [ 3GPP-Selection-Mode ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ Fixed-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ User-CSG-Information ]
         [ TWAN-Identifier ]
         [ 3GPP-MS-TimeZone ]
       * [ RAN-NAS-Release-Cause ]
         [ 3GPP-Charging-Characteristics ]
         [ Called-Station-Id ]
         [ PDN-Connection-ID ]
         [ Bearer-Usage ]
         [ Online ]
         [ Offline ]
       * [ TFT-Packet-Filter-Information ]
       * [ Charging-Rule-Report ]
       * [ Application-Detection-Information ]
       * [ Event-Trigger ]
         [ Event-Report-Indication ]
         [ Access-Network-Charging-Address ]
       * [ Access-Network-Charging-Identifier-Gx ]
       * [ CoA-Information ]
       * [ Usage-Monitoring-Information ]
         [ NBIFOM-Support ]
         [ NBIFOM-Mode ]
         [ Default-Access ]
         [ Origination-Time-Stamp ]
         [ Maximum-Wait-Time ]
         [ Access-Availability-Change-Reason ]
         [ Routing-Rule-Install ]
         [ Routing-Rule-Remove ]
         [ HeNB-Local-IP-Address ]
         [ UE-Local-IP-Address ]
         [ UDP-Source-Port ]
         [ TCP-Source-Port ]
       * [ Presence-Reporting-Area-Information ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ 3GPP-PS-Data-Off-Status ]
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
    credit_management_status: int | None = avp(CREDIT_MANAGEMENT_STATUS, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    tdf_information: TDFInformation | None = avp(TDF_INFORMATION, default=None)
    network_request_support: NetworkRequestSupport | int | None = avp(NETWORK_REQUEST_SUPPORT, default=None)
    packet_filter_information: tuple[PacketFilterInformation, ...] = repeated(PACKET_FILTER_INFORMATION, default=())
    packet_filter_operation: PacketFilterOperation | int | None = avp(PACKET_FILTER_OPERATION, default=None)
    bearer_identifier: bytes | None = avp(BEARER_IDENTIFIER, default=None)
    bearer_operation: BearerOperation | int | None = avp(BEARER_OPERATION, default=None)
    dynamic_address_flag: DynamicAddressFlag | int | None = avp(DYNAMIC_ADDRESS_FLAG, default=None)
    dynamic_address_flag_extension: DynamicAddressFlagExtension | int | None = avp(DYNAMIC_ADDRESS_FLAG_EXTENSION, default=None)
    pdn_connection_charging_id: int | None = avp(PDN_CONNECTION_CHARGING_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    qos_negotiation: QoSNegotiation | int | None = avp(QOS_NEGOTIATION, default=None)
    qos_upgrade: QoSUpgrade | int | None = avp(QOS_UPGRADE, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    default_qos_information: DefaultQoSInformation | None = avp(DEFAULT_QOS_INFORMATION, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    an_gw_status: ANGWStatus | int | None = avp(AN_GW_STATUS, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    tgpp_ggsn_address: bytes | None = avp(TGPP_GGSN_ADDRESS, default=None)
    tgpp_ggsn_ipv6_address: bytes | None = avp(TGPP_GGSN_IPV6_ADDRESS, default=None)
    tgpp_selection_mode: str | None = avp(TGPP_SELECTION_MODE, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    fixed_user_location_info: FixedUserLocationInfo | None = avp(FIXED_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    twan_identifier: bytes | None = avp(TWAN_IDENTIFIER, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    ran_nas_release_cause: tuple[bytes, ...] = repeated(RAN_NAS_RELEASE_CAUSE, default=())
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    pdn_connection_id: bytes | None = avp(PDN_CONNECTION_ID, default=None)
    bearer_usage: BearerUsage | int | None = avp(BEARER_USAGE, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    tft_packet_filter_information: tuple[TFTPacketFilterInformation, ...] = repeated(TFT_PACKET_FILTER_INFORMATION, default=())
    charging_rule_report: tuple[ChargingRuleReport, ...] = repeated(CHARGING_RULE_REPORT, default=())
    application_detection_information: tuple[ApplicationDetectionInformation, ...] = repeated(APPLICATION_DETECTION_INFORMATION, default=())
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    access_network_charging_address: AddressValue | None = avp(ACCESS_NETWORK_CHARGING_ADDRESS, default=None)
    access_network_charging_identifier_gx: tuple[AccessNetworkChargingIdentifierGx, ...] = repeated(ACCESS_NETWORK_CHARGING_IDENTIFIER_GX, default=())
    coa_information: tuple[CoAInformation, ...] = repeated(COA_INFORMATION, default=())
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    nbifom_support: NBIFOMSupport | int | None = avp(NBIFOM_SUPPORT, default=None)
    nbifom_mode: NBIFOMMode | int | None = avp(NBIFOM_MODE, default=None)
    default_access: DefaultAccess | int | None = avp(DEFAULT_ACCESS, default=None)
    origination_time_stamp: int | None = avp(ORIGINATION_TIME_STAMP, default=None)
    maximum_wait_time: int | None = avp(MAXIMUM_WAIT_TIME, default=None)
    access_availability_change_reason: AccessAvailabilityChangeReason | int | None = avp(ACCESS_AVAILABILITY_CHANGE_REASON, default=None)
    routing_rule_install: RoutingRuleInstall | None = avp(ROUTING_RULE_INSTALL, default=None)
    routing_rule_remove: RoutingRuleRemove | None = avp(ROUTING_RULE_REMOVE, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    tcp_source_port: int | None = avp(TCP_SOURCE_PORT, default=None)
    presence_reporting_area_information: tuple[PresenceReportingAreaInformation, ...] = repeated(PRESENCE_REPORTING_AREA_INFORMATION, default=())
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    tgpp_ps_data_off_status: TGPPPSDataOffStatus | int | None = avp(TGPP_PS_DATA_OFF_STATUS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=16777238, request=False, proxiable=True, alias="CCA")
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
         [ Event-Report-Indication ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Charging-Rule-Remove ]
       * [ Charging-Rule-Install ]
         [ Charging-Information ]
         [ Online ]
         [ Offline ]
       * [ QoS-Information ]
         [ Revalidation-Time ]
         [ Default-EPS-Bearer-QoS ]
         [ Default-QoS-Information ]
         [ Bearer-Usage ]
       * [ Usage-Monitoring-Information ]
       * [ CSG-Information-Reporting ]
         [ User-CSG-Information ]
         [ PRA-Install ]
         [ PRA-Remove ]
         [ Presence-Reporting-Area-Information ]
         [ Session-Release-Cause ]
         [ NBIFOM-Support ]
         [ NBIFOM-Mode ]
         [ Default-Access ]
         [ RAN-Rule-Support ]
       * [ Routing-Rule-Report ]
     0*4 [ Conditional-Policy-Information ]
         [ Removal-Of-Access ]
         [ IP-CAN-Type ]
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
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    charging_rule_remove: tuple[ChargingRuleRemove, ...] = repeated(CHARGING_RULE_REMOVE, default=())
    charging_rule_install: tuple[ChargingRuleInstall, ...] = repeated(CHARGING_RULE_INSTALL, default=())
    charging_information: ChargingInformation | None = avp(CHARGING_INFORMATION, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    qos_information: tuple[QoSInformation, ...] = repeated(QOS_INFORMATION, default=())
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    default_qos_information: DefaultQoSInformation | None = avp(DEFAULT_QOS_INFORMATION, default=None)
    bearer_usage: BearerUsage | int | None = avp(BEARER_USAGE, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    pra_install: PRAInstall | None = avp(PRA_INSTALL, default=None)
    pra_remove: PRARemove | None = avp(PRA_REMOVE, default=None)
    presence_reporting_area_information: PresenceReportingAreaInformation | None = avp(PRESENCE_REPORTING_AREA_INFORMATION, default=None)
    session_release_cause: SessionReleaseCause | int | None = avp(SESSION_RELEASE_CAUSE, default=None)
    nbifom_support: NBIFOMSupport | int | None = avp(NBIFOM_SUPPORT, default=None)
    nbifom_mode: NBIFOMMode | int | None = avp(NBIFOM_MODE, default=None)
    default_access: DefaultAccess | int | None = avp(DEFAULT_ACCESS, default=None)
    ran_rule_support: RANRuleSupport | int | None = avp(RAN_RULE_SUPPORT, default=None)
    routing_rule_report: tuple[RoutingRuleReport, ...] = repeated(ROUTING_RULE_REPORT, default=())
    conditional_policy_information: tuple[ConditionalPolicyInformation, ...] = repeated(CONDITIONAL_POLICY_INFORMATION, max=4, default=())
    removal_of_access: RemovalOfAccess | int | None = avp(REMOVAL_OF_ACCESS, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer


@command("Re-Auth-Request", code=258, application_id=16777238, request=True, proxiable=True, alias="RAR")
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
         [ Event-Report-Indication ]
       * [ Charging-Rule-Remove ]
       * [ Charging-Rule-Install ]
         [ Default-EPS-Bearer-QoS ]
       * [ QoS-Information ]
         [ Default-QoS-Information ]
         [ Revalidation-Time ]
       * [ Usage-Monitoring-Information ]
         [ PCSCF-Restoration-Indication ]
     0*4 [ Conditional-Policy-Information ]
         [ Removal-Of-Access ]
         [ IP-CAN-Type ]
         [ PRA-Install ]
         [ PRA-Remove ]
       * [ CSG-Information-Reporting ]
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
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    charging_rule_remove: tuple[ChargingRuleRemove, ...] = repeated(CHARGING_RULE_REMOVE, default=())
    charging_rule_install: tuple[ChargingRuleInstall, ...] = repeated(CHARGING_RULE_INSTALL, default=())
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    qos_information: tuple[QoSInformation, ...] = repeated(QOS_INFORMATION, default=())
    default_qos_information: DefaultQoSInformation | None = avp(DEFAULT_QOS_INFORMATION, default=None)
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    pcscf_restoration_indication: PCSCFRestorationIndication | int | None = avp(PCSCF_RESTORATION_INDICATION, default=None)
    conditional_policy_information: tuple[ConditionalPolicyInformation, ...] = repeated(CONDITIONAL_POLICY_INFORMATION, max=4, default=())
    removal_of_access: RemovalOfAccess | int | None = avp(REMOVAL_OF_ACCESS, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    pra_install: PRAInstall | None = avp(PRA_INSTALL, default=None)
    pra_remove: PRARemove | None = avp(PRA_REMOVE, default=None)
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777238, request=False, proxiable=True, alias="RAA")
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
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ AN-Trusted ]
     0*2 [ AN-GW-Address ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ NetLoc-Access-Support ]
         [ User-CSG-Information ]
         [ 3GPP-MS-TimeZone ]
         [ Default-QoS-Information ]
       * [ Charging-Rule-Report ]
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
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    default_qos_information: DefaultQoSInformation | None = avp(DEFAULT_QOS_INFORMATION, default=None)
    charging_rule_report: tuple[ChargingRuleReport, ...] = repeated(CHARGING_RULE_REPORT, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer
