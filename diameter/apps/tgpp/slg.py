"""Dictionary 'tgpp.slg': generated from schemas/tgpp/slg.dia by `python -m diameter.dictc`.

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
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
)
from diameter.apps.ietf import DRMP, SERVICE_SELECTION
from diameter.apps.tgpp import (
    ACCURACY_FULFILMENT_INDICATOR,
    AGE_OF_LOCATION_ESTIMATE,
    AMF_INSTANCE_ID,
    AREA_EVENT_INFO,
    BAROMETRIC_PRESSURE,
    CELL_GLOBAL_IDENTITY,
    CIVIC_ADDRESS,
    DEFERRED_LOCATION_TYPE,
    DEFERRED_MT_LR_DATA,
    DELAYED_LOCATION_REPORTING_DATA,
    ECGI,
    ESMLC_CELL_INFO,
    EUTRAN_POSITIONING_DATA,
    GERAN_POSITIONING_INFO,
    GMLC_ADDRESS,
    IMEI,
    LCS_CLIENT_TYPE,
    LCS_CODEWORD,
    LCS_EPS_CLIENT_NAME,
    LCS_PRIORITY,
    LCS_PRIVACY_CHECK_NON_SESSION,
    LCS_PRIVACY_CHECK_SESSION,
    LCS_QOS,
    LCS_QOS_CLASS,
    LCS_REFERENCE_NUMBER,
    LCS_REQUESTOR_NAME,
    LCS_SERVICE_TYPE_ID,
    LOCATION_ESTIMATE,
    LOCATION_EVENT,
    LRA_FLAGS,
    LRR_FLAGS,
    MOTION_EVENT_INFO,
    MSISDN,
    N1XRTT_RCID,
    PERIODIC_LDR_INFORMATION,
    PLA_FLAGS,
    PLR_FLAGS,
    PSEUDONYM_INDICATOR,
    REPORTING_AMOUNT,
    REPORTING_PLMN_LIST,
    SERVICE_AREA_IDENTITY,
    SERVING_NODE,
    SLG_LOCATION_TYPE,
    SUPPORTED_FEATURES,
    SUPPORTED_GAD_SHAPES,
    UTRAN_POSITIONING_INFO,
    VELOCITY_ESTIMATE,
    VELOCITY_REQUESTED,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "ProvideLocationRequest",
    "PLR",
    "ProvideLocationAnswer",
    "PLA",
    "LocationReportRequest",
    "LRR",
    "LocationReportAnswer",
    "LRA",
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
    "ProvideLocationRequest": (('Provide-Location-Request', 8388620, 16777255, True, True, False, None, 'PLR', 'ProvideLocationAnswer'), """<PLR> ::= < Diameter Header: 8388620, REQ, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { SLg-Location-Type }
         [ User-Name ]
         [ MSISDN ]
         [ IMEI ]
         { LCS-EPS-Client-Name }
         { LCS-Client-Type }
         [ LCS-Requestor-Name ]
         [ LCS-Priority ]
         [ LCS-QoS ]
         [ Velocity-Requested ]
         [ Supported-GAD-Shapes ]
         [ LCS-Service-Type-ID ]
         [ LCS-Codeword ]
         [ LCS-Privacy-Check-Non-Session ]
         [ LCS-Privacy-Check-Session ]
         [ Service-Selection ]
         [ Deferred-Location-Type ]
         [ LCS-Reference-Number ]
         [ Area-Event-Info ]
         [ GMLC-Address ]
         [ PLR-Flags ]
         [ Periodic-LDR-Information ]
         [ Reporting-PLMN-List ]
         [ Motion-Event-Info ]
       * [ Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("slg_location_type", "SLgLocationType | int", SLG_LOCATION_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("imei", "str | None", IMEI, 0, 1, False),
        ("lcs_eps_client_name", "LCSEPSClientName", LCS_EPS_CLIENT_NAME, 1, 1, False),
        ("lcs_client_type", "LCSClientType | int", LCS_CLIENT_TYPE, 1, 1, False),
        ("lcs_requestor_name", "LCSRequestorName | None", LCS_REQUESTOR_NAME, 0, 1, False),
        ("lcs_priority", "int | None", LCS_PRIORITY, 0, 1, False),
        ("lcs_qos", "LCSQoS | None", LCS_QOS, 0, 1, False),
        ("velocity_requested", "VelocityRequested | int | None", VELOCITY_REQUESTED, 0, 1, False),
        ("supported_gad_shapes", "SupportedGADShapes | int | None", SUPPORTED_GAD_SHAPES, 0, 1, False),
        ("lcs_service_type_id", "int | None", LCS_SERVICE_TYPE_ID, 0, 1, False),
        ("lcs_codeword", "str | None", LCS_CODEWORD, 0, 1, False),
        ("lcs_privacy_check_non_session", "LCSPrivacyCheckNonSession | None", LCS_PRIVACY_CHECK_NON_SESSION, 0, 1, False),
        ("lcs_privacy_check_session", "LCSPrivacyCheckSession | None", LCS_PRIVACY_CHECK_SESSION, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("deferred_location_type", "DeferredLocationType | int | None", DEFERRED_LOCATION_TYPE, 0, 1, False),
        ("lcs_reference_number", "bytes | None", LCS_REFERENCE_NUMBER, 0, 1, False),
        ("area_event_info", "AreaEventInfo | None", AREA_EVENT_INFO, 0, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("plr_flags", "PLRFlags | int | None", PLR_FLAGS, 0, 1, False),
        ("periodic_ldr_information", "PeriodicLDRInformation | None", PERIODIC_LDR_INFORMATION, 0, 1, False),
        ("reporting_plmn_list", "ReportingPLMNList | None", REPORTING_PLMN_LIST, 0, 1, False),
        ("motion_event_info", "MotionEventInfo | None", MOTION_EVENT_INFO, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ProvideLocationAnswer": (('Provide-Location-Answer', 8388620, 16777255, False, True, False, None, 'PLA', None), """<PLA> ::= < Diameter Header: 8388620, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Location-Estimate ]
         [ Accuracy-Fulfilment-Indicator ]
         [ Age-Of-Location-Estimate ]
         [ Velocity-Estimate ]
         [ EUTRAN-Positioning-Data ]
         [ ECGI ]
         [ GERAN-Positioning-Info ]
         [ Cell-Global-Identity ]
         [ UTRAN-Positioning-Info ]
         [ Service-Area-Identity ]
         [ Serving-Node ]
         [ PLA-Flags ]
         [ ESMLC-Cell-Info ]
         [ Civic-Address ]
         [ Barometric-Pressure ]
       * [ Supported-Features ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("location_estimate", "bytes | None", LOCATION_ESTIMATE, 0, 1, False),
        ("accuracy_fulfilment_indicator", "AccuracyFulfilmentIndicator | int | None", ACCURACY_FULFILMENT_INDICATOR, 0, 1, False),
        ("age_of_location_estimate", "int | None", AGE_OF_LOCATION_ESTIMATE, 0, 1, False),
        ("velocity_estimate", "bytes | None", VELOCITY_ESTIMATE, 0, 1, False),
        ("eutran_positioning_data", "bytes | None", EUTRAN_POSITIONING_DATA, 0, 1, False),
        ("ecgi", "bytes | None", ECGI, 0, 1, False),
        ("geran_positioning_info", "GERANPositioningInfo | None", GERAN_POSITIONING_INFO, 0, 1, False),
        ("cell_global_identity", "bytes | None", CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("utran_positioning_info", "UTRANPositioningInfo | None", UTRAN_POSITIONING_INFO, 0, 1, False),
        ("service_area_identity", "bytes | None", SERVICE_AREA_IDENTITY, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("pla_flags", "PLAFlags | int | None", PLA_FLAGS, 0, 1, False),
        ("esmlc_cell_info", "ESMLCCellInfo | None", ESMLC_CELL_INFO, 0, 1, False),
        ("civic_address", "str | None", CIVIC_ADDRESS, 0, 1, False),
        ("barometric_pressure", "int | None", BAROMETRIC_PRESSURE, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "LocationReportRequest": (('Location-Report-Request', 8388621, 16777255, True, True, False, None, 'LRR', 'LocationReportAnswer'), """<LRR> ::= < Diameter Header: 8388621, REQ, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { Location-Event }
         [ LCS-EPS-Client-Name ]
         [ User-Name ]
         [ MSISDN ]
         [ IMEI ]
         [ Location-Estimate ]
         [ Accuracy-Fulfilment-Indicator ]
         [ Age-Of-Location-Estimate ]
         [ Velocity-Estimate ]
         [ EUTRAN-Positioning-Data ]
         [ ECGI ]
         [ GERAN-Positioning-Info ]
         [ Cell-Global-Identity ]
         [ UTRAN-Positioning-Info ]
         [ Service-Area-Identity ]
         [ LCS-Service-Type-ID ]
         [ Pseudonym-Indicator ]
         [ LCS-QoS-Class ]
         [ Serving-Node ]
         [ LRR-Flags ]
         [ LCS-Reference-Number ]
         [ Deferred-MT-LR-Data ]
         [ GMLC-Address ]
         [ Reporting-Amount ]
         [ Periodic-LDR-Information ]
         [ ESMLC-Cell-Info ]
         [ 1xRTT-RCID ]
         [ Delayed-Location-Reporting-Data ]
         [ Civic-Address ]
         [ Barometric-Pressure ]
         [ AMF-Instance-Id ]
       * [ Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("location_event", "LocationEvent | int", LOCATION_EVENT, 1, 1, False),
        ("lcs_eps_client_name", "LCSEPSClientName | None", LCS_EPS_CLIENT_NAME, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("imei", "str | None", IMEI, 0, 1, False),
        ("location_estimate", "bytes | None", LOCATION_ESTIMATE, 0, 1, False),
        ("accuracy_fulfilment_indicator", "AccuracyFulfilmentIndicator | int | None", ACCURACY_FULFILMENT_INDICATOR, 0, 1, False),
        ("age_of_location_estimate", "int | None", AGE_OF_LOCATION_ESTIMATE, 0, 1, False),
        ("velocity_estimate", "bytes | None", VELOCITY_ESTIMATE, 0, 1, False),
        ("eutran_positioning_data", "bytes | None", EUTRAN_POSITIONING_DATA, 0, 1, False),
        ("ecgi", "bytes | None", ECGI, 0, 1, False),
        ("geran_positioning_info", "GERANPositioningInfo | None", GERAN_POSITIONING_INFO, 0, 1, False),
        ("cell_global_identity", "bytes | None", CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("utran_positioning_info", "UTRANPositioningInfo | None", UTRAN_POSITIONING_INFO, 0, 1, False),
        ("service_area_identity", "bytes | None", SERVICE_AREA_IDENTITY, 0, 1, False),
        ("lcs_service_type_id", "int | None", LCS_SERVICE_TYPE_ID, 0, 1, False),
        ("pseudonym_indicator", "PseudonymIndicator | int | None", PSEUDONYM_INDICATOR, 0, 1, False),
        ("lcs_qos_class", "LCSQoSClass | int | None", LCS_QOS_CLASS, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("lrr_flags", "LRRFlags | int | None", LRR_FLAGS, 0, 1, False),
        ("lcs_reference_number", "bytes | None", LCS_REFERENCE_NUMBER, 0, 1, False),
        ("deferred_mt_lr_data", "DeferredMTLRData | None", DEFERRED_MT_LR_DATA, 0, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("reporting_amount", "int | None", REPORTING_AMOUNT, 0, 1, False),
        ("periodic_ldr_information", "PeriodicLDRInformation | None", PERIODIC_LDR_INFORMATION, 0, 1, False),
        ("esmlc_cell_info", "ESMLCCellInfo | None", ESMLC_CELL_INFO, 0, 1, False),
        ("n1xrtt_rcid", "bytes | None", N1XRTT_RCID, 0, 1, False),
        ("delayed_location_reporting_data", "DelayedLocationReportingData | None", DELAYED_LOCATION_REPORTING_DATA, 0, 1, False),
        ("civic_address", "str | None", CIVIC_ADDRESS, 0, 1, False),
        ("barometric_pressure", "int | None", BAROMETRIC_PRESSURE, 0, 1, False),
        ("amf_instance_id", "str | None", AMF_INSTANCE_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "LocationReportAnswer": (('Location-Report-Answer', 8388621, 16777255, False, True, False, None, 'LRA', None), """<LRA> ::= < Diameter Header: 8388621, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ GMLC-Address ]
         [ LRA-Flags ]
         [ Reporting-PLMN-List ]
         [ LCS-Reference-Number ]
       * [ Supported-Features ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("lra_flags", "LRAFlags | int | None", LRA_FLAGS, 0, 1, False),
        ("reporting_plmn_list", "ReportingPLMNList | None", REPORTING_PLMN_LIST, 0, 1, False),
        ("lcs_reference_number", "bytes | None", LCS_REFERENCE_NUMBER, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AccuracyFulfilmentIndicator": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "AreaEventInfo": "diameter.apps.tgpp",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DeferredLocationType": "diameter.apps.tgpp",
    "DeferredMTLRData": "diameter.apps.tgpp",
    "DelayedLocationReportingData": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "ESMLCCellInfo": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "GERANPositioningInfo": "diameter.apps.tgpp",
    "LCSClientType": "diameter.apps.tgpp",
    "LCSEPSClientName": "diameter.apps.tgpp",
    "LCSPrivacyCheckNonSession": "diameter.apps.tgpp",
    "LCSPrivacyCheckSession": "diameter.apps.tgpp",
    "LCSQoS": "diameter.apps.tgpp",
    "LCSQoSClass": "diameter.apps.tgpp",
    "LCSRequestorName": "diameter.apps.tgpp",
    "LRAFlags": "diameter.apps.tgpp",
    "LRRFlags": "diameter.apps.tgpp",
    "LocationEvent": "diameter.apps.tgpp",
    "MotionEventInfo": "diameter.apps.tgpp",
    "PLAFlags": "diameter.apps.tgpp",
    "PLRFlags": "diameter.apps.tgpp",
    "PeriodicLDRInformation": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "PseudonymIndicator": "diameter.apps.tgpp",
    "ReportingPLMNList": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "SLgLocationType": "diameter.apps.tgpp",
    "ServingNode": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "SupportedGADShapes": "diameter.apps.tgpp",
    "UTRANPositioningInfo": "diameter.apps.tgpp",
    "VelocityRequested": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
