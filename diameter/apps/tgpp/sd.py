"""Dictionary 'tgpp.sd': generated from schemas/tgpp/sd.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EXPERIMENTAL_RESULT,
    FAILED_AVP,
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
    VENDOR_SPECIFIC_APPLICATION_ID,
)
from diameter.apps.credit_control import (
    CC_REQUEST_NUMBER,
    CC_REQUEST_TYPE,
    SUBSCRIPTION_ID,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
)
from diameter.apps.etsi import LOGICAL_ACCESS_ID, PHYSICAL_ACCESS_ID
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    ADC_RULE_INSTALL,
    ADC_RULE_REMOVE,
    ADC_RULE_REPORT,
    AN_GW_ADDRESS,
    AN_TRUSTED,
    APPLICATION_DETECTION_INFORMATION,
    CHARGING_INFORMATION,
    CREDIT_MANAGEMENT_STATUS,
    CSG_INFORMATION_REPORTING,
    DYNAMIC_ADDRESS_FLAG,
    DYNAMIC_ADDRESS_FLAG_EXTENSION,
    EVENT_REPORT_INDICATION,
    EVENT_TRIGGER,
    FIXED_USER_LOCATION_INFO,
    IP_CAN_TYPE,
    OFFLINE,
    ONLINE,
    PDN_CONNECTION_CHARGING_ID,
    PRESENCE_REPORTING_AREA_INFORMATION,
    QOS_INFORMATION,
    RAI,
    RAT_TYPE,
    REVALIDATION_TIME,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
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
)
from diameter.schema import AVP, AvpDef

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
    "TDFSessionRequest": (('TDF-Session-Request', 8388637, 16777303, True, True, False, None, 'TSR', 'TDFSessionAnswer'), """<TSR> ::= < Diameter Header: 8388637, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("tgpp_ggsn_address", "bytes | None", TGPP_GGSN_ADDRESS, 0, 1, False),
        ("tgpp_ggsn_ipv6_address", "bytes | None", TGPP_GGSN_IPV6_ADDRESS, 0, 1, False),
        ("tgpp_selection_mode", "str | None", TGPP_SELECTION_MODE, 0, 1, False),
        ("dynamic_address_flag", "DynamicAddressFlag | int | None", DYNAMIC_ADDRESS_FLAG, 0, 1, False),
        ("dynamic_address_flag_extension", "DynamicAddressFlagExtension | int | None", DYNAMIC_ADDRESS_FLAG_EXTENSION, 0, 1, False),
        ("pdn_connection_charging_id", "int | None", PDN_CONNECTION_CHARGING_ID, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("fixed_user_location_info", "FixedUserLocationInfo | None", FIXED_USER_LOCATION_INFO, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("twan_identifier", "bytes | None", TWAN_IDENTIFIER, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("charging_information", "ChargingInformation | None", CHARGING_INFORMATION, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("adc_rule_install", "tuple[ADCRuleInstall, ...]", ADC_RULE_INSTALL, 0, None, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("presence_reporting_area_information", "PresenceReportingAreaInformation | None", PRESENCE_REPORTING_AREA_INFORMATION, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TDFSessionAnswer": (('TDF-Session-Answer', 8388637, 16777303, False, True, False, None, 'TSA', None), """<TSA> ::= < Diameter Header: 8388637, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("adc_rule_report", "tuple[ADCRuleReport, ...]", ADC_RULE_REPORT, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlRequest": (('Credit-Control-Request', 272, 16777303, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("credit_management_status", "int | None", CREDIT_MANAGEMENT_STATUS, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("adc_rule_report", "tuple[ADCRuleReport, ...]", ADC_RULE_REPORT, 0, None, False),
        ("application_detection_information", "tuple[ApplicationDetectionInformation, ...]", APPLICATION_DETECTION_INFORMATION, 0, None, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 16777303, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("adc_rule_remove", "tuple[ADCRuleRemove, ...]", ADC_RULE_REMOVE, 0, None, False),
        ("adc_rule_install", "tuple[ADCRuleInstall, ...]", ADC_RULE_INSTALL, 0, None, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777303, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int", RE_AUTH_REQUEST_TYPE, 1, 1, False),
        ("session_release_cause", "SessionReleaseCause | int | None", SESSION_RELEASE_CAUSE, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("adc_rule_remove", "tuple[ADCRuleRemove, ...]", ADC_RULE_REMOVE, 0, None, False),
        ("adc_rule_install", "tuple[ADCRuleInstall, ...]", ADC_RULE_INSTALL, 0, None, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777303, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("adc_rule_report", "tuple[ADCRuleReport, ...]", ADC_RULE_REPORT, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "ADCRuleInstall": "diameter.apps.tgpp",
    "ADCRuleRemove": "diameter.apps.tgpp",
    "ADCRuleReport": "diameter.apps.tgpp",
    "ANTrusted": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "ApplicationDetectionInformation": "diameter.apps.tgpp",
    "Avp": "diameter.wire",
    "CCRequestType": "diameter.apps.credit_control",
    "CSGInformationReporting": "diameter.apps.tgpp",
    "ChargingInformation": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "DynamicAddressFlag": "diameter.apps.tgpp",
    "DynamicAddressFlagExtension": "diameter.apps.tgpp",
    "EventReportIndication": "diameter.apps.tgpp",
    "EventTrigger": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "FixedUserLocationInfo": "diameter.apps.tgpp",
    "IPCANType": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "Offline": "diameter.apps.tgpp",
    "Online": "diameter.apps.tgpp",
    "PresenceReportingAreaInformation": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "QoSInformation": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SessionReleaseCause": "diameter.apps.tgpp",
    "SubscriptionId": "diameter.apps.credit_control",
    "SupportedFeatures": "diameter.apps.tgpp",
    "UsageMonitoringInformation": "diameter.apps.tgpp",
    "UserCSGInformation": "diameter.apps.tgpp",
    "UserEquipmentInfo": "diameter.apps.credit_control",
    "UserEquipmentInfoExtension": "diameter.apps.credit_control",
    "VendorSpecificApplicationId": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
