"""Dictionary 'tgpp.t6a': generated from schemas/tgpp/t6a.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_SESSION_STATE,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    FAILED_AVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    PROXY_INFO,
    RESULT_CODE,
    ROUTE_RECORD,
    SESSION_ID,
)
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES, SERVICE_SELECTION
from diameter.apps.tgpp import (
    APN_RATE_CONTROL_STATUS,
    BEARER_IDENTIFIER,
    CMR_FLAGS,
    CONNECTION_ACTION,
    EXTENDED_PCO,
    MAXIMUM_RETRANSMISSION_TIME,
    MAXIMUM_UE_AVAILABILITY_TIME,
    MONITORING_EVENT_CONFIGURATION,
    MONITORING_EVENT_CONFIG_STATUS,
    MONITORING_EVENT_REPORT,
    MONITORING_EVENT_REPORT_STATUS,
    NON_IP_DATA,
    PDN_CONNECTION_CHARGING_ID,
    RAT_TYPE,
    REQUESTED_RETRANSMISSION_TIME,
    RRC_CAUSE_COUNTER,
    SCEF_WAIT_TIME,
    SERVING_PLMN_RATE_CONTROL,
    SUPPORTED_FEATURES,
    TDA_FLAGS,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    USER_IDENTIFIER,
    VISITED_PLMN_ID,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "ConfigurationInformationRequest",
    "CIR",
    "ConfigurationInformationAnswer",
    "CIA",
    "ReportingInformationRequest",
    "RIR",
    "ReportingInformationAnswer",
    "RIA",
    "ConnectionManagementRequest",
    "CMR",
    "ConnectionManagementAnswer",
    "CMA",
    "MODataRequest",
    "ODR",
    "MODataAnswer",
    "ODA",
    "MTDataRequest",
    "TDR",
    "MTDataAnswer",
    "TDA",
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
    "ConfigurationInformationRequest": (('Configuration-Information-Request', 8388718, 16777346, True, True, False, None, 'CIR', 'ConfigurationInformationAnswer'), """<CIR> ::= < Diameter Header: 8388718, REQ, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
       * [ Monitoring-Event-Configuration ]
       * [ Monitoring-Event-Report ]
         [ User-Identifier ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("monitoring_event_configuration", "tuple[MonitoringEventConfiguration, ...]", MONITORING_EVENT_CONFIGURATION, 0, None, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConfigurationInformationAnswer": (('Configuration-Information-Answer', 8388718, 16777346, False, True, False, None, 'CIA', None), """<CIA> ::= < Diameter Header: 8388718, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ Monitoring-Event-Report ]
       * [ Monitoring-Event-Config-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("monitoring_event_config_status", "tuple[MonitoringEventConfigStatus, ...]", MONITORING_EVENT_CONFIG_STATUS, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReportingInformationRequest": (('Reporting-Information-Request', 8388719, 16777346, True, True, False, None, 'RIR', 'ReportingInformationAnswer'), """<RIR> ::= < Diameter Header: 8388719, REQ, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ User-Identifier ]
       * [ Monitoring-Event-Report ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReportingInformationAnswer": (('Reporting-Information-Answer', 8388719, 16777346, False, True, False, None, 'RIA', None), """<RIA> ::= < Diameter Header: 8388719, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
       * [ Monitoring-Event-Report-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("monitoring_event_report_status", "tuple[MonitoringEventReportStatus, ...]", MONITORING_EVENT_REPORT_STATUS, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConnectionManagementRequest": (('Connection-Management-Request', 8388732, 16777346, True, True, False, None, 'CMR', 'ConnectionManagementAnswer'), """<CMR> ::= < Diameter Header: 8388732, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
         [ CMR-Flags ]
         [ Maximum-UE-Availability-Time ]
       * [ Supported-Features ]
         [ Connection-Action ]
         [ Service-Selection ]
         [ Serving-PLMN-Rate-Control ]
         [ Extended-PCO ]
         [ 3GPP-Charging-Characteristics ]
         [ RAT-Type ]
         [ Terminal-Information ]
         [ Visited-PLMN-Id ]
         [ APN-Rate-Control-Status ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, True),
        ("bearer_identifier", "bytes", BEARER_IDENTIFIER, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("cmr_flags", "CMRFlags | int | None", CMR_FLAGS, 0, 1, False),
        ("maximum_ue_availability_time", "datetime | None", MAXIMUM_UE_AVAILABILITY_TIME, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("connection_action", "ConnectionAction | int | None", CONNECTION_ACTION, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("serving_plmn_rate_control", "ServingPLMNRateControl | None", SERVING_PLMN_RATE_CONTROL, 0, 1, False),
        ("extended_pco", "bytes | None", EXTENDED_PCO, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("apn_rate_control_status", "APNRateControlStatus | None", APN_RATE_CONTROL_STATUS, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConnectionManagementAnswer": (('Connection-Management-Answer', 8388732, 16777346, False, True, False, None, 'CMA', None), """<CMA> ::= < Diameter Header: 8388732, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ PDN-Connection-Charging-ID ]
         [ Extended-PCO ]
         [ APN-Rate-Control-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("pdn_connection_charging_id", "int | None", PDN_CONNECTION_CHARGING_ID, 0, 1, False),
        ("extended_pco", "bytes | None", EXTENDED_PCO, 0, 1, False),
        ("apn_rate_control_status", "APNRateControlStatus | None", APN_RATE_CONTROL_STATUS, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MODataRequest": (('MO-Data-Request', 8388733, 16777346, True, True, False, None, 'ODR', 'MODataAnswer'), """<ODR> ::= < Diameter Header: 8388733, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Non-IP-Data ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ RRC-Cause-Counter ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, True),
        ("bearer_identifier", "bytes", BEARER_IDENTIFIER, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("non_ip_data", "bytes | None", NON_IP_DATA, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("rrc_cause_counter", "RRCCauseCounter | None", RRC_CAUSE_COUNTER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MODataAnswer": (('MO-Data-Answer', 8388733, 16777346, False, True, False, None, 'ODA', None), """<ODA> ::= < Diameter Header: 8388733, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MTDataRequest": (('MT-Data-Request', 8388734, 16777346, True, True, False, None, 'TDR', 'MTDataAnswer'), """<TDR> ::= < Diameter Header: 8388734, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Non-IP-Data ]
         [ SCEF-Wait-Time ]
         [ Maximum-Retransmission-Time ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, True),
        ("bearer_identifier", "bytes", BEARER_IDENTIFIER, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("non_ip_data", "bytes | None", NON_IP_DATA, 0, 1, False),
        ("scef_wait_time", "datetime | None", SCEF_WAIT_TIME, 0, 1, False),
        ("maximum_retransmission_time", "datetime | None", MAXIMUM_RETRANSMISSION_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MTDataAnswer": (('MT-Data-Answer', 8388734, 16777346, False, True, False, None, 'TDA', None), """<TDA> ::= < Diameter Header: 8388734, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
         [ Requested-Retransmission-Time ]
       * [ Supported-Features ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ TDA-Flags ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("requested_retransmission_time", "datetime | None", REQUESTED_RETRANSMISSION_TIME, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("tda_flags", "TDAFlags | int | None", TDA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "APNRateControlStatus": "diameter.apps.tgpp",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CMRFlags": "diameter.apps.tgpp",
    "ConnectionAction": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "Load": "diameter.apps.ietf",
    "MonitoringEventConfigStatus": "diameter.apps.tgpp",
    "MonitoringEventConfiguration": "diameter.apps.tgpp",
    "MonitoringEventReport": "diameter.apps.tgpp",
    "MonitoringEventReportStatus": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "ProxyInfo": "diameter.apps.base",
    "RATType": "diameter.apps.tgpp",
    "RRCCauseCounter": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "ServingPLMNRateControl": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TDAFlags": "diameter.apps.tgpp",
    "TerminalInformation": "diameter.apps.tgpp",
    "UserIdentifier": "diameter.apps.tgpp",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
