"""Dictionary 'tgpp.s9': generated from schemas/tgpp/s9.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
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
)
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    AN_GW_ADDRESS,
    BEARER_CONTROL_MODE,
    CHARGING_INFORMATION,
    CSG_INFORMATION_REPORTING,
    DRA_BINDING,
    DRA_DEPLOYMENT,
    EVENT_TRIGGER,
    HENB_LOCAL_IP_ADDRESS,
    IP_CAN_TYPE,
    MULTIPLE_BBERF_ACTION,
    NETWORK_REQUEST_SUPPORT,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    QOS_INFORMATION,
    QOS_NEGOTIATION,
    QOS_RULE_INSTALL,
    QOS_RULE_REMOVE,
    QOS_RULE_REPORT,
    QOS_UPGRADE,
    RAI,
    RAT_TYPE,
    SESSION_RELEASE_CAUSE,
    SUBSESSION_DECISION_INFO,
    SUBSESSION_ENFORCEMENT_INFO,
    SUPPORTED_FEATURES,
    TGPP2_BSID,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_ADDRESS,
    TGPP_SGSN_IPV6_ADDRESS,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_CSG_INFORMATION,
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
    "TriggerEstablishmentRequest",
    "TER",
    "TriggerEstablishmentAnswer",
    "TEA",
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
    "CreditControlRequest": (('Credit-Control-Request', 272, 16777267, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY >
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
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("qos_rule_report", "tuple[QoSRuleReport, ...]", QOS_RULE_REPORT, 0, None, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("network_request_support", "NetworkRequestSupport | int | None", NETWORK_REQUEST_SUPPORT, 0, 1, False),
        ("packet_filter_information", "tuple[PacketFilterInformation, ...]", PACKET_FILTER_INFORMATION, 0, None, False),
        ("packet_filter_operation", "PacketFilterOperation | int | None", PACKET_FILTER_OPERATION, 0, 1, False),
        ("subsession_enforcement_info", "tuple[SubsessionEnforcementInfo, ...]", SUBSESSION_ENFORCEMENT_INFO, 0, None, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("qos_negotiation", "QoSNegotiation | int | None", QOS_NEGOTIATION, 0, 1, False),
        ("qos_upgrade", "QoSUpgrade | int | None", QOS_UPGRADE, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("multiple_bberf_action", "MultipleBBERFAction | int | None", MULTIPLE_BBERF_ACTION, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 16777267, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY >
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("qos_rule_install", "tuple[QoSRuleInstall, ...]", QOS_RULE_INSTALL, 0, None, False),
        ("qos_rule_remove", "tuple[QoSRuleRemove, ...]", QOS_RULE_REMOVE, 0, None, False),
        ("qos_information", "tuple[QoSInformation, ...]", QOS_INFORMATION, 0, None, False),
        ("bearer_control_mode", "BearerControlMode | int | None", BEARER_CONTROL_MODE, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("charging_information", "ChargingInformation | None", CHARGING_INFORMATION, 0, 1, False),
        ("subsession_decision_info", "tuple[SubsessionDecisionInfo, ...]", SUBSESSION_DECISION_INFO, 0, None, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777267, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int", RE_AUTH_REQUEST_TYPE, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("qos_rule_install", "tuple[QoSRuleInstall, ...]", QOS_RULE_INSTALL, 0, None, False),
        ("qos_rule_remove", "tuple[QoSRuleRemove, ...]", QOS_RULE_REMOVE, 0, None, False),
        ("qos_information", "tuple[QoSInformation, ...]", QOS_INFORMATION, 0, None, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("subsession_decision_info", "tuple[SubsessionDecisionInfo, ...]", SUBSESSION_DECISION_INFO, 0, None, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("session_release_cause", "SessionReleaseCause | int | None", SESSION_RELEASE_CAUSE, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777267, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("qos_rule_report", "tuple[QoSRuleReport, ...]", QOS_RULE_REPORT, 0, None, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("subsession_enforcement_info", "tuple[SubsessionEnforcementInfo, ...]", SUBSESSION_ENFORCEMENT_INFO, 0, None, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TriggerEstablishmentRequest": (('Trigger-Establishment-Request', 8388656, 16777267, True, True, False, None, 'TER', 'TriggerEstablishmentAnswer'), """<TER> ::= < Diameter Header: 8388656, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("dra_binding", "DRABinding | int | None", DRA_BINDING, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TriggerEstablishmentAnswer": (('Trigger-Establishment-Answer', 8388656, 16777267, False, True, False, None, 'TEA', None), """<TEA> ::= < Diameter Header: 8388656, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("dra_deployment", "DRADeployment | int | None", DRA_DEPLOYMENT, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
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
    "AddressValue": "diameter.types",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "BearerControlMode": "diameter.apps.tgpp",
    "CCRequestType": "diameter.apps.credit_control",
    "CSGInformationReporting": "diameter.apps.tgpp",
    "ChargingInformation": "diameter.apps.tgpp",
    "DRABinding": "diameter.apps.tgpp",
    "DRADeployment": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "EventTrigger": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "IPCANType": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "MultipleBBERFAction": "diameter.apps.tgpp",
    "NetworkRequestSupport": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "PacketFilterInformation": "diameter.apps.tgpp",
    "PacketFilterOperation": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "QoSInformation": "diameter.apps.tgpp",
    "QoSNegotiation": "diameter.apps.tgpp",
    "QoSRuleInstall": "diameter.apps.tgpp",
    "QoSRuleRemove": "diameter.apps.tgpp",
    "QoSRuleReport": "diameter.apps.tgpp",
    "QoSUpgrade": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SessionReleaseCause": "diameter.apps.tgpp",
    "SubscriptionId": "diameter.apps.credit_control",
    "SubsessionDecisionInfo": "diameter.apps.tgpp",
    "SubsessionEnforcementInfo": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "UserCSGInformation": "diameter.apps.tgpp",
    "UserEquipmentInfo": "diameter.apps.credit_control",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
