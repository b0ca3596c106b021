"""Dictionary 'tgpp.sd': generated from schemas/tgpp/sd.dia by `python -m diameter.dictc`.

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
    VENDOR_SPECIFIC_APPLICATION_ID,
    VendorSpecificApplicationId as VendorSpecificApplicationId,
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
    ADCRuleInstall as ADCRuleInstall,
    ADCRuleRemove as ADCRuleRemove,
    ADCRuleReport as ADCRuleReport,
    ADC_RULE_INSTALL,
    ADC_RULE_REMOVE,
    ADC_RULE_REPORT,
    ANTrusted as ANTrusted,
    AN_GW_ADDRESS,
    AN_TRUSTED,
    APPLICATION_DETECTION_INFORMATION,
    ApplicationDetectionInformation as ApplicationDetectionInformation,
    CHARGING_INFORMATION,
    CREDIT_MANAGEMENT_STATUS,
    CSGInformationReporting as CSGInformationReporting,
    CSG_INFORMATION_REPORTING,
    ChargingInformation as ChargingInformation,
    DYNAMIC_ADDRESS_FLAG,
    DYNAMIC_ADDRESS_FLAG_EXTENSION,
    DynamicAddressFlag as DynamicAddressFlag,
    DynamicAddressFlagExtension as DynamicAddressFlagExtension,
    EVENT_REPORT_INDICATION,
    EVENT_TRIGGER,
    EventReportIndication as EventReportIndication,
    EventTrigger as EventTrigger,
    FIXED_USER_LOCATION_INFO,
    FixedUserLocationInfo as FixedUserLocationInfo,
    IPCANType as IPCANType,
    IP_CAN_TYPE,
    OFFLINE,
    ONLINE,
    Offline as Offline,
    Online as Online,
    PDN_CONNECTION_CHARGING_ID,
    PRESENCE_REPORTING_AREA_INFORMATION,
    PresenceReportingAreaInformation as PresenceReportingAreaInformation,
    QOS_INFORMATION,
    QoSInformation as QoSInformation,
    RAI,
    RATType as RATType,
    RAT_TYPE,
    REVALIDATION_TIME,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
    SessionReleaseCause as SessionReleaseCause,
    SupportedFeatures as SupportedFeatures,
    TGPP2_BSID,
    TGPP_CHARGING_CHARACTERISTICS,
    TGPP_GGSN_ADDRESS,
    TGPP_GGSN_IPV6_ADDRESS,
    TGPP_MS_TIMEZONE,
    TGPP_SELECTION_MODE,
    TGPP_SGSN_ADDRESS,
    TGPP_SGSN_IPV6_ADDRESS,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TWAN_IDENTIFIER,
    USAGE_MONITORING_INFORMATION,
    USER_CSG_INFORMATION,
    UsageMonitoringInformation as UsageMonitoringInformation,
    UserCSGInformation as UserCSGInformation,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue, DiameterURI as DiameterURI
from diameter.wire import Avp

__all__ = [
    "TDFSessionRequest",
    "TSR",
    "TDFSessionAnswer",
    "TSA",
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


@command("TDF-Session-Request", code=8388637, application_id=16777303, request=True, proxiable=True, alias="TSR")
class TDFSessionRequest(Request["TDFSessionAnswer"]):
    """<TSR> ::= < Diameter Header: 8388637, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ Subscription-Id ]
       * [ Supported-Features ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ AN-Trusted ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
         [ QoS-Information ]
     0*2 [ AN-GW-Address ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ 3GPP-GGSN-Address ]
         [ 3GPP-GGSN-Ipv6-Address ]
         [ 3GPP-Selection-Mode ]
         [ Dynamic-Address-Flag ]
         [ Dynamic-Address-Flag-Extension ]
         [ PDN-Connection-Charging-ID ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ Fixed-User-Location-Info ]
         [ User-CSG-Information ]
         [ TWAN-Identifier ]
         [ 3GPP-MS-TimeZone ]
         [ 3GPP-Charging-Characteristics ]
         [ Called-Station-Id ]
         [ Charging-Information ]
         [ Online ]
         [ Offline ]
       * [ ADC-Rule-Install ]
         [ Revalidation-Time ]
       * [ Usage-Monitoring-Information ]
       * [ CSG-Information-Reporting ]
       * [ Event-Trigger ]
         [ Presence-Reporting-Area-Information ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
         [ 3GPP2-BSID ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    tgpp_ggsn_address: bytes | None = avp(TGPP_GGSN_ADDRESS, default=None)
    tgpp_ggsn_ipv6_address: bytes | None = avp(TGPP_GGSN_IPV6_ADDRESS, default=None)
    tgpp_selection_mode: str | None = avp(TGPP_SELECTION_MODE, default=None)
    dynamic_address_flag: DynamicAddressFlag | int | None = avp(DYNAMIC_ADDRESS_FLAG, default=None)
    dynamic_address_flag_extension: DynamicAddressFlagExtension | int | None = avp(DYNAMIC_ADDRESS_FLAG_EXTENSION, default=None)
    pdn_connection_charging_id: int | None = avp(PDN_CONNECTION_CHARGING_ID, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    fixed_user_location_info: FixedUserLocationInfo | None = avp(FIXED_USER_LOCATION_INFO, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    twan_identifier: bytes | None = avp(TWAN_IDENTIFIER, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    charging_information: ChargingInformation | None = avp(CHARGING_INFORMATION, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    adc_rule_install: tuple[ADCRuleInstall, ...] = repeated(ADC_RULE_INSTALL, default=())
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    presence_reporting_area_information: PresenceReportingAreaInformation | None = avp(PRESENCE_REPORTING_AREA_INFORMATION, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TSR = TDFSessionRequest


@command("TDF-Session-Answer", code=8388637, application_id=16777303, request=False, proxiable=True, alias="TSA")
class TDFSessionAnswer(Answer):
    """<TSA> ::= < Diameter Header: 8388637, PXY >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Supported-Features ]
       * [ ADC-Rule-Report ]
         [ Event-Report-Indication ]
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
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    adc_rule_report: tuple[ADCRuleReport, ...] = repeated(ADC_RULE_REPORT, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TSA = TDFSessionAnswer


@command("Credit-Control-Request", code=272, application_id=16777303, request=True, proxiable=True, alias="CCR")
class CreditControlRequest(Request["CreditControlAnswer"]):
    """<CCR> ::= < Diameter Header: 272, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ OC-Supported-Features ]
         { CC-Request-Type }
         { CC-Request-Number }
         [ Credit-Management-Status ]
         [ Destination-Host ]
         [ Origin-State-Id ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
       * [ ADC-Rule-Report ]
       * [ Application-Detection-Information ]
       * [ Event-Trigger ]
         [ Event-Report-Indication ]
       * [ Usage-Monitoring-Information ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ Supported-Features ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    cc_request_type: CCRequestType | int = avp(CC_REQUEST_TYPE)
    cc_request_number: int = avp(CC_REQUEST_NUMBER)
    credit_management_status: int | None = avp(CREDIT_MANAGEMENT_STATUS, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    adc_rule_report: tuple[ADCRuleReport, ...] = repeated(ADC_RULE_REPORT, default=())
    application_detection_information: tuple[ApplicationDetectionInformation, ...] = repeated(APPLICATION_DETECTION_INFORMATION, default=())
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=16777303, request=False, proxiable=True, alias="CCA")
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
         [ Framed-IPv6-Prefix ]
         [ QoS-Information ]
       * [ Event-Trigger ]
       * [ CSG-Information-Reporting ]
         [ Event-Report-Indication ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ ADC-Rule-Remove ]
       * [ ADC-Rule-Install ]
         [ Revalidation-Time ]
       * [ Usage-Monitoring-Information ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ Supported-Features ]
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
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    adc_rule_remove: tuple[ADCRuleRemove, ...] = repeated(ADC_RULE_REMOVE, default=())
    adc_rule_install: tuple[ADCRuleInstall, ...] = repeated(ADC_RULE_INSTALL, default=())
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer


@command("Re-Auth-Request", code=258, application_id=16777303, request=True, proxiable=True, alias="RAR")
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
         [ QoS-Information ]
       * [ Event-Trigger ]
       * [ CSG-Information-Reporting ]
         [ Event-Report-Indication ]
       * [ ADC-Rule-Remove ]
       * [ ADC-Rule-Install ]
         [ Revalidation-Time ]
       * [ Usage-Monitoring-Information ]
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
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    csg_information_reporting: tuple[CSGInformationReporting | int, ...] = repeated(CSG_INFORMATION_REPORTING, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    adc_rule_remove: tuple[ADCRuleRemove, ...] = repeated(ADC_RULE_REMOVE, default=())
    adc_rule_install: tuple[ADCRuleInstall, ...] = repeated(ADC_RULE_INSTALL, default=())
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777303, request=False, proxiable=True, alias="RAA")
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
       * [ ADC-Rule-Report ]
         [ Event-Report-Indication ]
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
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    adc_rule_report: tuple[ADCRuleReport, ...] = repeated(ADC_RULE_REPORT, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer
