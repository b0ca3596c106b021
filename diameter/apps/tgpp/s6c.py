"""Dictionary 'tgpp.s6c': generated from schemas/tgpp/s6c.dia by `python -m diameter.dictc`.

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
from diameter.apps.ietf import DRMP
from diameter.apps.tgpp import (
    ADDITIONAL_SERVING_NODE,
    LMSI,
    MAXIMUM_UE_AVAILABILITY_TIME,
    MME_ABSENT_USER_DIAGNOSTIC_SM,
    MPS_PRIORITY,
    MSC_ABSENT_USER_DIAGNOSTIC_SM,
    MSISDN,
    MWD_STATUS,
    RDR_FLAGS,
    SC_ADDRESS,
    SERVING_NODE,
    SGSN_ABSENT_USER_DIAGNOSTIC_SM,
    SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM,
    SMSF_3GPP_ADDRESS,
    SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM,
    SMSF_NON_3GPP_ADDRESS,
    SMSMI_CORRELATION_ID,
    SMS_GMSC_ALERT_EVENT,
    SM_DELIVERY_NOT_INTENDED,
    SM_DELIVERY_OUTCOME,
    SM_RP_MTI,
    SM_RP_SMEA,
    SRR_FLAGS,
    SUPPORTED_FEATURES,
    USER_IDENTIFIER,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "SendRoutingInfoForSMRequest",
    "SRR",
    "SendRoutingInfoForSMAnswer",
    "SRA",
    "AlertServiceCentreRequest",
    "ALR",
    "AlertServiceCentreAnswer",
    "ALA",
    "ReportSMDeliveryStatusRequest",
    "RDR",
    "ReportSMDeliveryStatusAnswer",
    "RDA",
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
    "SendRoutingInfoForSMRequest": (('Send-Routing-Info-for-SM-Request', 8388647, 16777312, True, True, False, None, 'SRR', 'SendRoutingInfoForSMAnswer'), """<SRR> ::= < Diameter Header: 8388647, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ MSISDN ]
         [ User-Name ]
         [ SMSMI-Correlation-ID ]
       * [ Supported-Features ]
         [ SC-Address ]
         [ SM-RP-MTI ]
         [ SM-RP-SMEA ]
         [ SRR-Flags ]
         [ SM-Delivery-Not-Intended ]
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
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("smsmi_correlation_id", "SMSMICorrelationID | None", SMSMI_CORRELATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("sc_address", "bytes | None", SC_ADDRESS, 0, 1, False),
        ("sm_rp_mti", "SMRPMTI | int | None", SM_RP_MTI, 0, 1, False),
        ("sm_rp_smea", "bytes | None", SM_RP_SMEA, 0, 1, False),
        ("srr_flags", "SRRFlags | int | None", SRR_FLAGS, 0, 1, False),
        ("sm_delivery_not_intended", "SMDeliveryNotIntended | int | None", SM_DELIVERY_NOT_INTENDED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "SendRoutingInfoForSMAnswer": (('Send-Routing-Info-for-SM-Answer', 8388647, 16777312, False, True, False, None, 'SRA', None), """<SRA> ::= < Diameter Header: 8388647, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ Supported-Features ]
         [ Serving-Node ]
         [ Additional-Serving-Node ]
         [ SMSF-3GPP-Address ]
         [ SMSF-Non-3GPP-Address ]
         [ LMSI ]
         [ User-Identifier ]
         [ MWD-Status ]
         [ MME-Absent-User-Diagnostic-SM ]
         [ MSC-Absent-User-Diagnostic-SM ]
         [ SGSN-Absent-User-Diagnostic-SM ]
         [ SMSF-3GPP-Absent-User-Diagnostic-SM ]
         [ SMSF-Non-3GPP-Absent-User-Diagnostic-SM ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ MPS-Priority ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("additional_serving_node", "AdditionalServingNode | None", ADDITIONAL_SERVING_NODE, 0, 1, False),
        ("smsf_3gpp_address", "SMSF3GPPAddress | None", SMSF_3GPP_ADDRESS, 0, 1, False),
        ("smsf_non_3gpp_address", "SMSFNon3GPPAddress | None", SMSF_NON_3GPP_ADDRESS, 0, 1, False),
        ("lmsi", "bytes | None", LMSI, 0, 1, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("mwd_status", "MWDStatus | int | None", MWD_STATUS, 0, 1, False),
        ("mme_absent_user_diagnostic_sm", "int | None", MME_ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("msc_absent_user_diagnostic_sm", "int | None", MSC_ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("sgsn_absent_user_diagnostic_sm", "int | None", SGSN_ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("smsf_3gpp_absent_user_diagnostic_sm", "int | None", SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("smsf_non_3gpp_absent_user_diagnostic_sm", "int | None", SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("mps_priority", "MPSPriority | int | None", MPS_PRIORITY, 0, 1, False),
    )),
    "AlertServiceCentreRequest": (('Alert-Service-Centre-Request', 8388648, 16777312, True, True, False, None, 'ALR', 'AlertServiceCentreAnswer'), """<ALR> ::= < Diameter Header: 8388648, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { SC-Address }
         { User-Identifier }
         [ SMSMI-Correlation-ID ]
         [ Maximum-UE-Availability-Time ]
         [ SMS-GMSC-Alert-Event ]
         [ Serving-Node ]
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
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("sc_address", "bytes", SC_ADDRESS, 1, 1, False),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("smsmi_correlation_id", "SMSMICorrelationID | None", SMSMI_CORRELATION_ID, 0, 1, False),
        ("maximum_ue_availability_time", "datetime | None", MAXIMUM_UE_AVAILABILITY_TIME, 0, 1, False),
        ("sms_gmsc_alert_event", "SMSGMSCAlertEvent | int | None", SMS_GMSC_ALERT_EVENT, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "AlertServiceCentreAnswer": (('Alert-Service-Centre-Answer', 8388648, 16777312, False, True, False, None, 'ALA', None), """<ALA> ::= < Diameter Header: 8388648, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ReportSMDeliveryStatusRequest": (('Report-SM-Delivery-Status-Request', 8388649, 16777312, True, True, False, None, 'RDR', 'ReportSMDeliveryStatusAnswer'), """<RDR> ::= < Diameter Header: 8388649, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identifier }
         [ SMSMI-Correlation-ID ]
         { SC-Address }
         { SM-Delivery-Outcome }
         [ RDR-Flags ]
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
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("smsmi_correlation_id", "SMSMICorrelationID | None", SMSMI_CORRELATION_ID, 0, 1, False),
        ("sc_address", "bytes", SC_ADDRESS, 1, 1, False),
        ("sm_delivery_outcome", "SMDeliveryOutcome", SM_DELIVERY_OUTCOME, 1, 1, False),
        ("rdr_flags", "RDRFlags | int | None", RDR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ReportSMDeliveryStatusAnswer": (('Report-SM-Delivery-Status-Answer', 8388649, 16777312, False, True, False, None, 'RDA', None), """<RDA> ::= < Diameter Header: 8388649, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ User-Identifier ]
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AdditionalServingNode": "diameter.apps.tgpp",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "Drmp": "diameter.apps.ietf",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "MPSPriority": "diameter.apps.tgpp",
    "MWDStatus": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "RDRFlags": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "SMDeliveryNotIntended": "diameter.apps.tgpp",
    "SMDeliveryOutcome": "diameter.apps.tgpp",
    "SMRPMTI": "diameter.apps.tgpp",
    "SMSF3GPPAddress": "diameter.apps.tgpp",
    "SMSFNon3GPPAddress": "diameter.apps.tgpp",
    "SMSGMSCAlertEvent": "diameter.apps.tgpp",
    "SMSMICorrelationID": "diameter.apps.tgpp",
    "SRRFlags": "diameter.apps.tgpp",
    "ServingNode": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "UserIdentifier": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
