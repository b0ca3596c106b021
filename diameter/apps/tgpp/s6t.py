"""Dictionary 'tgpp.s6t': generated from schemas/tgpp/s6t.dia by `python -m diameter.dictc`.

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
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.tgpp import (
    ADDITIONAL_IDENTIFIERS,
    AESE_COMMUNICATION_PATTERN,
    AESE_COMMUNICATION_PATTERN_CONFIG_STATUS,
    CIA_FLAGS,
    CIR_FLAGS,
    ENHANCED_COVERAGE_RESTRICTION,
    ENHANCED_COVERAGE_RESTRICTION_DATA,
    GROUP_REPORT,
    GROUP_REPORTING_GUARD_TIMER,
    GROUP_USER_IDENTIFIER,
    IMSI_GROUP_ID,
    MONITORING_EVENT_CONFIGURATION,
    MONITORING_EVENT_CONFIG_STATUS,
    MONITORING_EVENT_REPORT,
    MONITORING_EVENT_REPORT_STATUS,
    MTC_PROVIDER_INFO,
    NIA_FLAGS,
    NIDD_AUTHORIZATION_REQUEST,
    NIDD_AUTHORIZATION_RESPONSE,
    NIDD_AUTHORIZATION_UPDATE,
    NIR_FLAGS,
    NUMBER_OF_UES,
    RIR_FLAGS,
    S6T_HSS_CAUSE,
    SUGGESTED_NETWORK_CONFIGURATION,
    SUPPORTED_FEATURES,
    SUPPORTED_SERVICES,
    UPDATED_NETWORK_CONFIGURATION,
    USER_IDENTIFIER,
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
    "NIDDInformationRequest",
    "NIR",
    "NIDDInformationAnswer",
    "NIA",
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
    "ConfigurationInformationRequest": (('Configuration-Information-Request', 8388718, 16777345, True, True, False, None, 'CIR', 'ConfigurationInformationAnswer'), """<CIR> ::= < Diameter Header: 8388718, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Identifier }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
       * [ Monitoring-Event-Configuration ]
         [ CIR-Flags ]
       * [ AESE-Communication-Pattern ]
         [ Enhanced-Coverage-Restriction ]
         [ Group-Reporting-Guard-Timer ]
         [ Additional-Identifiers ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Suggested-Network-Configuration ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("monitoring_event_configuration", "tuple[MonitoringEventConfiguration, ...]", MONITORING_EVENT_CONFIGURATION, 0, None, False),
        ("cir_flags", "CIRFlags | int | None", CIR_FLAGS, 0, 1, False),
        ("aese_communication_pattern", "tuple[AESECommunicationPattern, ...]", AESE_COMMUNICATION_PATTERN, 0, None, False),
        ("enhanced_coverage_restriction", "EnhancedCoverageRestriction | None", ENHANCED_COVERAGE_RESTRICTION, 0, 1, False),
        ("group_reporting_guard_timer", "int | None", GROUP_REPORTING_GUARD_TIMER, 0, 1, False),
        ("additional_identifiers", "AdditionalIdentifiers | None", ADDITIONAL_IDENTIFIERS, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("suggested_network_configuration", "SuggestedNetworkConfiguration | None", SUGGESTED_NETWORK_CONFIGURATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConfigurationInformationAnswer": (('Configuration-Information-Answer', 8388718, 16777345, False, True, False, None, 'CIA', None), """<CIA> ::= < Diameter Header: 8388718, PXY >
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
         [ User-Identifier ]
         [ Number-Of-UEs ]
       * [ Monitoring-Event-Report ]
       * [ Monitoring-Event-Config-Status ]
       * [ AESE-Communication-Pattern-Config-Status ]
       * [ Supported-Services ]
         [ S6t-HSS-Cause ]
         [ Enhanced-Coverage-Restriction-Data ]
         [ CIA-Flags ]
       * [ IMSI-Group-Id ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Suggested-Network-Configuration ]
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
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("number_of_ues", "int | None", NUMBER_OF_UES, 0, 1, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("monitoring_event_config_status", "tuple[MonitoringEventConfigStatus, ...]", MONITORING_EVENT_CONFIG_STATUS, 0, None, False),
        ("aese_communication_pattern_config_status", "tuple[AESECommunicationPatternConfigStatus, ...]", AESE_COMMUNICATION_PATTERN_CONFIG_STATUS, 0, None, False),
        ("supported_services", "tuple[SupportedServices, ...]", SUPPORTED_SERVICES, 0, None, False),
        ("s6t_hss_cause", "S6tHSSCause | int | None", S6T_HSS_CAUSE, 0, 1, False),
        ("enhanced_coverage_restriction_data", "EnhancedCoverageRestrictionData | None", ENHANCED_COVERAGE_RESTRICTION_DATA, 0, 1, False),
        ("cia_flags", "CIAFlags | int | None", CIA_FLAGS, 0, 1, False),
        ("imsi_group_id", "tuple[IMSIGroupId, ...]", IMSI_GROUP_ID, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("suggested_network_configuration", "SuggestedNetworkConfiguration | None", SUGGESTED_NETWORK_CONFIGURATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReportingInformationRequest": (('Reporting-Information-Request', 8388719, 16777345, True, True, False, None, 'RIR', 'ReportingInformationAnswer'), """<RIR> ::= < Diameter Header: 8388719, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
         [ User-Identifier ]
       * [ Monitoring-Event-Report ]
       * [ Group-Report ]
         [ Updated-Network-Configuration ]
         [ RIR-Flags ]
       * [ Supported-Services ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("group_report", "tuple[GroupReport, ...]", GROUP_REPORT, 0, None, False),
        ("updated_network_configuration", "UpdatedNetworkConfiguration | None", UPDATED_NETWORK_CONFIGURATION, 0, 1, False),
        ("rir_flags", "RIRFlags | int | None", RIR_FLAGS, 0, 1, False),
        ("supported_services", "tuple[SupportedServices, ...]", SUPPORTED_SERVICES, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReportingInformationAnswer": (('Reporting-Information-Answer', 8388719, 16777345, False, True, False, None, 'RIA', None), """<RIA> ::= < Diameter Header: 8388719, PXY >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("monitoring_event_report_status", "tuple[MonitoringEventReportStatus, ...]", MONITORING_EVENT_REPORT_STATUS, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NIDDInformationRequest": (('NIDD-Information-Request', 8388726, 16777345, True, True, False, None, 'NIR', 'NIDDInformationAnswer'), """<NIR> ::= < Diameter Header: 8388726, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Identifier }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ NIDD-Authorization-Request ]
         [ NIDD-Authorization-Update ]
         [ NIR-Flags ]
       * [ Group-User-Identifier ]
         [ MTC-Provider-Info ]
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
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("nidd_authorization_request", "NIDDAuthorizationRequest | None", NIDD_AUTHORIZATION_REQUEST, 0, 1, False),
        ("nidd_authorization_update", "NIDDAuthorizationUpdate | None", NIDD_AUTHORIZATION_UPDATE, 0, 1, False),
        ("nir_flags", "NIRFlags | int | None", NIR_FLAGS, 0, 1, False),
        ("group_user_identifier", "tuple[GroupUserIdentifier, ...]", GROUP_USER_IDENTIFIER, 0, None, False),
        ("mtc_provider_info", "MTCProviderInfo | None", MTC_PROVIDER_INFO, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NIDDInformationAnswer": (('NIDD-Information-Answer', 8388726, 16777345, False, True, False, None, 'NIA', None), """<NIA> ::= < Diameter Header: 8388726, PXY >
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
         [ NIDD-Authorization-Response ]
       * [ Group-User-Identifier ]
         [ NIA-Flags ]
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
        ("nidd_authorization_response", "NIDDAuthorizationResponse | None", NIDD_AUTHORIZATION_RESPONSE, 0, 1, False),
        ("group_user_identifier", "tuple[GroupUserIdentifier, ...]", GROUP_USER_IDENTIFIER, 0, None, False),
        ("nia_flags", "NIAFlags | int | None", NIA_FLAGS, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AESECommunicationPattern": "diameter.apps.tgpp",
    "AESECommunicationPatternConfigStatus": "diameter.apps.tgpp",
    "AdditionalIdentifiers": "diameter.apps.tgpp",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CIAFlags": "diameter.apps.tgpp",
    "CIRFlags": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "EnhancedCoverageRestriction": "diameter.apps.tgpp",
    "EnhancedCoverageRestrictionData": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "GroupReport": "diameter.apps.tgpp",
    "GroupUserIdentifier": "diameter.apps.tgpp",
    "IMSIGroupId": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "MTCProviderInfo": "diameter.apps.tgpp",
    "MonitoringEventConfigStatus": "diameter.apps.tgpp",
    "MonitoringEventConfiguration": "diameter.apps.tgpp",
    "MonitoringEventReport": "diameter.apps.tgpp",
    "MonitoringEventReportStatus": "diameter.apps.tgpp",
    "NIAFlags": "diameter.apps.tgpp",
    "NIDDAuthorizationRequest": "diameter.apps.tgpp",
    "NIDDAuthorizationResponse": "diameter.apps.tgpp",
    "NIDDAuthorizationUpdate": "diameter.apps.tgpp",
    "NIRFlags": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "ProxyInfo": "diameter.apps.base",
    "RIRFlags": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "S6tHSSCause": "diameter.apps.tgpp",
    "SuggestedNetworkConfiguration": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "SupportedServices": "diameter.apps.tgpp",
    "UpdatedNetworkConfiguration": "diameter.apps.tgpp",
    "UserIdentifier": "diameter.apps.tgpp",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
