"""Dictionary 'tgpp.gxx': generated from schemas/tgpp/gxx.dia by `python -m diameter.dictc`.

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
    TERMINATION_CAUSE,
)
from diameter.apps.credit_control import (
    CC_REQUEST_NUMBER,
    CC_REQUEST_TYPE,
    SUBSCRIPTION_ID,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
)
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    AN_GW_ADDRESS,
    BEARER_CONTROL_MODE,
    DEFAULT_EPS_BEARER_QOS,
    EVENT_TRIGGER,
    HENB_LOCAL_IP_ADDRESS,
    IP_CAN_TYPE,
    NETLOC_ACCESS_SUPPORT,
    NETWORK_REQUEST_SUPPORT,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    PDN_CONNECTION_ID,
    QOS_INFORMATION,
    QOS_RULE_INSTALL,
    QOS_RULE_REMOVE,
    QOS_RULE_REPORT,
    RAI,
    RAT_TYPE,
    SESSION_LINKING_INDICATOR,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
    TGPP2_BSID,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TRACE_DATA,
    TRACE_REFERENCE,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_CSG_INFORMATION,
    USER_LOCATION_INFO_TIME,
)
from diameter.schema import AVP, AvpDef

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
    "CreditControlRequest": (('Credit-Control-Request', 272, 16777266, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("network_request_support", "NetworkRequestSupport | int | None", NETWORK_REQUEST_SUPPORT, 0, 1, False),
        ("packet_filter_information", "tuple[PacketFilterInformation, ...]", PACKET_FILTER_INFORMATION, 0, None, False),
        ("packet_filter_operation", "PacketFilterOperation | int | None", PACKET_FILTER_OPERATION, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("pdn_connection_id", "bytes | None", PDN_CONNECTION_ID, 0, 1, False),
        ("qos_rule_report", "tuple[QoSRuleReport, ...]", QOS_RULE_REPORT, 0, None, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("session_linking_indicator", "SessionLinkingIndicator | int | None", SESSION_LINKING_INDICATOR, 0, 1, False),
        ("trace_data", "TraceData | None", TRACE_DATA, 0, 1, False),
        ("trace_reference", "bytes | None", TRACE_REFERENCE, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 16777266, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY >
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("bearer_control_mode", "BearerControlMode | int | None", BEARER_CONTROL_MODE, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("qos_rule_remove", "tuple[QoSRuleRemove, ...]", QOS_RULE_REMOVE, 0, None, False),
        ("qos_rule_install", "tuple[QoSRuleInstall, ...]", QOS_RULE_INSTALL, 0, None, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777266, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY >
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
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("qos_rule_remove", "tuple[QoSRuleRemove, ...]", QOS_RULE_REMOVE, 0, None, False),
        ("qos_rule_install", "tuple[QoSRuleInstall, ...]", QOS_RULE_INSTALL, 0, None, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777266, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("qos_rule_report", "tuple[QoSRuleReport, ...]", QOS_RULE_REPORT, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "Avp": "diameter.wire",
    "BearerControlMode": "diameter.apps.tgpp",
    "CCRequestType": "diameter.apps.credit_control",
    "DefaultEPSBearerQoS": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "EventTrigger": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "IPCANType": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "NetLocAccessSupport": "diameter.apps.tgpp",
    "NetworkRequestSupport": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "PacketFilterInformation": "diameter.apps.tgpp",
    "PacketFilterOperation": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "QoSInformation": "diameter.apps.tgpp",
    "QoSRuleInstall": "diameter.apps.tgpp",
    "QoSRuleRemove": "diameter.apps.tgpp",
    "QoSRuleReport": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SessionLinkingIndicator": "diameter.apps.tgpp",
    "SessionReleaseCause": "diameter.apps.tgpp",
    "SubscriptionId": "diameter.apps.credit_control",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "TraceData": "diameter.apps.tgpp",
    "UserCSGInformation": "diameter.apps.tgpp",
    "UserEquipmentInfo": "diameter.apps.credit_control",
    "UserEquipmentInfoExtension": "diameter.apps.credit_control",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
