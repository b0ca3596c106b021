"""Dictionary 'tgpp.gx': generated from schemas/tgpp/gx.dia by `python -m diameter.dictc`.

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
from diameter.apps.etsi import LOGICAL_ACCESS_ID, PHYSICAL_ACCESS_ID
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    ACCESS_AVAILABILITY_CHANGE_REASON,
    ACCESS_NETWORK_CHARGING_ADDRESS,
    ACCESS_NETWORK_CHARGING_IDENTIFIER_GX,
    AN_GW_ADDRESS,
    AN_GW_STATUS,
    AN_TRUSTED,
    APPLICATION_DETECTION_INFORMATION,
    BEARER_CONTROL_MODE,
    BEARER_IDENTIFIER,
    BEARER_OPERATION,
    BEARER_USAGE,
    CHARGING_INFORMATION,
    CHARGING_RULE_INSTALL,
    CHARGING_RULE_REMOVE,
    CHARGING_RULE_REPORT,
    COA_INFORMATION,
    CONDITIONAL_POLICY_INFORMATION,
    CREDIT_MANAGEMENT_STATUS,
    CSG_INFORMATION_REPORTING,
    DEFAULT_ACCESS,
    DEFAULT_EPS_BEARER_QOS,
    DEFAULT_QOS_INFORMATION,
    DYNAMIC_ADDRESS_FLAG,
    DYNAMIC_ADDRESS_FLAG_EXTENSION,
    EVENT_REPORT_INDICATION,
    EVENT_TRIGGER,
    FIXED_USER_LOCATION_INFO,
    HENB_LOCAL_IP_ADDRESS,
    IP_CAN_TYPE,
    MAXIMUM_WAIT_TIME,
    NBIFOM_MODE,
    NBIFOM_SUPPORT,
    NETLOC_ACCESS_SUPPORT,
    NETWORK_REQUEST_SUPPORT,
    OFFLINE,
    ONLINE,
    ORIGINATION_TIME_STAMP,
    PACKET_FILTER_INFORMATION,
    PACKET_FILTER_OPERATION,
    PCSCF_RESTORATION_INDICATION,
    PDN_CONNECTION_CHARGING_ID,
    PDN_CONNECTION_ID,
    PRA_INSTALL,
    PRA_REMOVE,
    PRESENCE_REPORTING_AREA_INFORMATION,
    QOS_INFORMATION,
    QOS_NEGOTIATION,
    QOS_UPGRADE,
    RAI,
    RAN_NAS_RELEASE_CAUSE,
    RAN_RULE_SUPPORT,
    RAT_TYPE,
    REMOVAL_OF_ACCESS,
    REVALIDATION_TIME,
    ROUTING_RULE_INSTALL,
    ROUTING_RULE_REMOVE,
    ROUTING_RULE_REPORT,
    SESSION_RELEASE_CAUSE,
    SUPPORTED_FEATURES,
    TCP_SOURCE_PORT,
    TDF_INFORMATION,
    TFT_PACKET_FILTER_INFORMATION,
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
    "CreditControlRequest": (('Credit-Control-Request', 272, 16777238, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("credit_management_status", "int | None", CREDIT_MANAGEMENT_STATUS, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("tdf_information", "TDFInformation | None", TDF_INFORMATION, 0, 1, False),
        ("network_request_support", "NetworkRequestSupport | int | None", NETWORK_REQUEST_SUPPORT, 0, 1, False),
        ("packet_filter_information", "tuple[PacketFilterInformation, ...]", PACKET_FILTER_INFORMATION, 0, None, False),
        ("packet_filter_operation", "PacketFilterOperation | int | None", PACKET_FILTER_OPERATION, 0, 1, False),
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("bearer_operation", "BearerOperation | int | None", BEARER_OPERATION, 0, 1, False),
        ("dynamic_address_flag", "DynamicAddressFlag | int | None", DYNAMIC_ADDRESS_FLAG, 0, 1, False),
        ("dynamic_address_flag_extension", "DynamicAddressFlagExtension | int | None", DYNAMIC_ADDRESS_FLAG_EXTENSION, 0, 1, False),
        ("pdn_connection_charging_id", "int | None", PDN_CONNECTION_CHARGING_ID, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("qos_negotiation", "QoSNegotiation | int | None", QOS_NEGOTIATION, 0, 1, False),
        ("qos_upgrade", "QoSUpgrade | int | None", QOS_UPGRADE, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("default_qos_information", "DefaultQoSInformation | None", DEFAULT_QOS_INFORMATION, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("an_gw_status", "ANGWStatus | int | None", AN_GW_STATUS, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("tgpp_ggsn_address", "bytes | None", TGPP_GGSN_ADDRESS, 0, 1, False),
        ("tgpp_ggsn_ipv6_address", "bytes | None", TGPP_GGSN_IPV6_ADDRESS, 0, 1, False),
        ("tgpp_selection_mode", "str | None", TGPP_SELECTION_MODE, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("fixed_user_location_info", "FixedUserLocationInfo | None", FIXED_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("twan_identifier", "bytes | None", TWAN_IDENTIFIER, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("ran_nas_release_cause", "tuple[bytes, ...]", RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("pdn_connection_id", "bytes | None", PDN_CONNECTION_ID, 0, 1, False),
        ("bearer_usage", "BearerUsage | int | None", BEARER_USAGE, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("tft_packet_filter_information", "tuple[TFTPacketFilterInformation, ...]", TFT_PACKET_FILTER_INFORMATION, 0, None, False),
        ("charging_rule_report", "tuple[ChargingRuleReport, ...]", CHARGING_RULE_REPORT, 0, None, False),
        ("application_detection_information", "tuple[ApplicationDetectionInformation, ...]", APPLICATION_DETECTION_INFORMATION, 0, None, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("access_network_charging_address", "AddressValue | None", ACCESS_NETWORK_CHARGING_ADDRESS, 0, 1, False),
        ("access_network_charging_identifier_gx", "tuple[AccessNetworkChargingIdentifierGx, ...]", ACCESS_NETWORK_CHARGING_IDENTIFIER_GX, 0, None, False),
        ("coa_information", "tuple[CoAInformation, ...]", COA_INFORMATION, 0, None, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("nbifom_support", "NBIFOMSupport | int | None", NBIFOM_SUPPORT, 0, 1, False),
        ("nbifom_mode", "NBIFOMMode | int | None", NBIFOM_MODE, 0, 1, False),
        ("default_access", "DefaultAccess | int | None", DEFAULT_ACCESS, 0, 1, False),
        ("origination_time_stamp", "int | None", ORIGINATION_TIME_STAMP, 0, 1, False),
        ("maximum_wait_time", "int | None", MAXIMUM_WAIT_TIME, 0, 1, False),
        ("access_availability_change_reason", "AccessAvailabilityChangeReason | int | None", ACCESS_AVAILABILITY_CHANGE_REASON, 0, 1, False),
        ("routing_rule_install", "RoutingRuleInstall | None", ROUTING_RULE_INSTALL, 0, 1, False),
        ("routing_rule_remove", "RoutingRuleRemove | None", ROUTING_RULE_REMOVE, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("tcp_source_port", "int | None", TCP_SOURCE_PORT, 0, 1, False),
        ("presence_reporting_area_information", "tuple[PresenceReportingAreaInformation, ...]", PRESENCE_REPORTING_AREA_INFORMATION, 0, None, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("tgpp_ps_data_off_status", "TGPPPSDataOffStatus | int | None", TGPP_PS_DATA_OFF_STATUS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 16777238, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY >
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
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("charging_rule_remove", "tuple[ChargingRuleRemove, ...]", CHARGING_RULE_REMOVE, 0, None, False),
        ("charging_rule_install", "tuple[ChargingRuleInstall, ...]", CHARGING_RULE_INSTALL, 0, None, False),
        ("charging_information", "ChargingInformation | None", CHARGING_INFORMATION, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("qos_information", "tuple[QoSInformation, ...]", QOS_INFORMATION, 0, None, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("default_qos_information", "DefaultQoSInformation | None", DEFAULT_QOS_INFORMATION, 0, 1, False),
        ("bearer_usage", "BearerUsage | int | None", BEARER_USAGE, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("pra_install", "PRAInstall | None", PRA_INSTALL, 0, 1, False),
        ("pra_remove", "PRARemove | None", PRA_REMOVE, 0, 1, False),
        ("presence_reporting_area_information", "PresenceReportingAreaInformation | None", PRESENCE_REPORTING_AREA_INFORMATION, 0, 1, False),
        ("session_release_cause", "SessionReleaseCause | int | None", SESSION_RELEASE_CAUSE, 0, 1, False),
        ("nbifom_support", "NBIFOMSupport | int | None", NBIFOM_SUPPORT, 0, 1, False),
        ("nbifom_mode", "NBIFOMMode | int | None", NBIFOM_MODE, 0, 1, False),
        ("default_access", "DefaultAccess | int | None", DEFAULT_ACCESS, 0, 1, False),
        ("ran_rule_support", "RANRuleSupport | int | None", RAN_RULE_SUPPORT, 0, 1, False),
        ("routing_rule_report", "tuple[RoutingRuleReport, ...]", ROUTING_RULE_REPORT, 0, None, False),
        ("conditional_policy_information", "tuple[ConditionalPolicyInformation, ...]", CONDITIONAL_POLICY_INFORMATION, 0, 4, False),
        ("removal_of_access", "RemovalOfAccess | int | None", REMOVAL_OF_ACCESS, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777238, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY >
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
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("charging_rule_remove", "tuple[ChargingRuleRemove, ...]", CHARGING_RULE_REMOVE, 0, None, False),
        ("charging_rule_install", "tuple[ChargingRuleInstall, ...]", CHARGING_RULE_INSTALL, 0, None, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("qos_information", "tuple[QoSInformation, ...]", QOS_INFORMATION, 0, None, False),
        ("default_qos_information", "DefaultQoSInformation | None", DEFAULT_QOS_INFORMATION, 0, 1, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("pcscf_restoration_indication", "PCSCFRestorationIndication | int | None", PCSCF_RESTORATION_INDICATION, 0, 1, False),
        ("conditional_policy_information", "tuple[ConditionalPolicyInformation, ...]", CONDITIONAL_POLICY_INFORMATION, 0, 4, False),
        ("removal_of_access", "RemovalOfAccess | int | None", REMOVAL_OF_ACCESS, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("pra_install", "PRAInstall | None", PRA_INSTALL, 0, 1, False),
        ("pra_remove", "PRARemove | None", PRA_REMOVE, 0, 1, False),
        ("csg_information_reporting", "tuple[CSGInformationReporting | int, ...]", CSG_INFORMATION_REPORTING, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777238, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("default_qos_information", "DefaultQoSInformation | None", DEFAULT_QOS_INFORMATION, 0, 1, False),
        ("charging_rule_report", "tuple[ChargingRuleReport, ...]", CHARGING_RULE_REPORT, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "ANGWStatus": "diameter.apps.tgpp",
    "ANTrusted": "diameter.apps.tgpp",
    "AccessAvailabilityChangeReason": "diameter.apps.tgpp",
    "AccessNetworkChargingIdentifierGx": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "ApplicationDetectionInformation": "diameter.apps.tgpp",
    "Avp": "diameter.wire",
    "BearerControlMode": "diameter.apps.tgpp",
    "BearerOperation": "diameter.apps.tgpp",
    "BearerUsage": "diameter.apps.tgpp",
    "CCRequestType": "diameter.apps.credit_control",
    "CSGInformationReporting": "diameter.apps.tgpp",
    "ChargingInformation": "diameter.apps.tgpp",
    "ChargingRuleInstall": "diameter.apps.tgpp",
    "ChargingRuleRemove": "diameter.apps.tgpp",
    "ChargingRuleReport": "diameter.apps.tgpp",
    "CoAInformation": "diameter.apps.tgpp",
    "ConditionalPolicyInformation": "diameter.apps.tgpp",
    "DefaultAccess": "diameter.apps.tgpp",
    "DefaultEPSBearerQoS": "diameter.apps.tgpp",
    "DefaultQoSInformation": "diameter.apps.tgpp",
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
    "NBIFOMMode": "diameter.apps.tgpp",
    "NBIFOMSupport": "diameter.apps.tgpp",
    "NetLocAccessSupport": "diameter.apps.tgpp",
    "NetworkRequestSupport": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "Offline": "diameter.apps.tgpp",
    "Online": "diameter.apps.tgpp",
    "PCSCFRestorationIndication": "diameter.apps.tgpp",
    "PRAInstall": "diameter.apps.tgpp",
    "PRARemove": "diameter.apps.tgpp",
    "PacketFilterInformation": "diameter.apps.tgpp",
    "PacketFilterOperation": "diameter.apps.tgpp",
    "PresenceReportingAreaInformation": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "QoSInformation": "diameter.apps.tgpp",
    "QoSNegotiation": "diameter.apps.tgpp",
    "QoSUpgrade": "diameter.apps.tgpp",
    "RANRuleSupport": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "RemovalOfAccess": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "RoutingRuleInstall": "diameter.apps.tgpp",
    "RoutingRuleRemove": "diameter.apps.tgpp",
    "RoutingRuleReport": "diameter.apps.tgpp",
    "SessionReleaseCause": "diameter.apps.tgpp",
    "SubscriptionId": "diameter.apps.credit_control",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TDFInformation": "diameter.apps.tgpp",
    "TFTPacketFilterInformation": "diameter.apps.tgpp",
    "TGPPPSDataOffStatus": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "UsageMonitoringInformation": "diameter.apps.tgpp",
    "UserCSGInformation": "diameter.apps.tgpp",
    "UserEquipmentInfo": "diameter.apps.credit_control",
    "UserEquipmentInfoExtension": "diameter.apps.credit_control",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
