"""Dictionary 'tgpp.sgd': generated from schemas/tgpp/sgd.dia by `python -m diameter.dictc`.

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
    ABSENT_USER_DIAGNOSTIC_SM,
    EPS_LOCATION_INFORMATION,
    EXTERNAL_IDENTIFIER,
    MAXIMUM_RETRANSMISSION_TIME,
    MME_NUMBER_FOR_MT_SMS,
    MPS_PRIORITY,
    NR_CELL_GLOBAL_IDENTITY,
    OFR_FLAGS,
    REQUESTED_RETRANSMISSION_TIME,
    SC_ADDRESS,
    SGSN_NUMBER,
    SMSMI_CORRELATION_ID,
    SMS_GMSC_ADDRESS,
    SM_DELIVERY_FAILURE_CAUSE,
    SM_DELIVERY_OUTCOME,
    SM_DELIVERY_START_TIME,
    SM_DELIVERY_TIMER,
    SM_RP_UI,
    SUPPORTED_FEATURES,
    TFR_FLAGS,
    USER_IDENTIFIER,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "MOForwardShortMessageRequest",
    "OFR",
    "MOForwardShortMessageAnswer",
    "OFA",
    "MTForwardShortMessageRequest",
    "TFR",
    "MTForwardShortMessageAnswer",
    "TFA",
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
    "MOForwardShortMessageRequest": (('MO-Forward-Short-Message-Request', 8388645, 16777313, True, True, False, None, 'OFR', 'MOForwardShortMessageAnswer'), """<OFR> ::= < Diameter Header: 8388645, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { SC-Address }
         [ OFR-Flags ]
       * [ Supported-Features ]
         { User-Identifier }
         [ EPS-Location-Information ]
         [ NR-Cell-Global-Identity ]
         { SM-RP-UI }
         [ SMSMI-Correlation-ID ]
         [ SM-Delivery-Outcome ]
         [ MPS-Priority ]
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
        ("ofr_flags", "OFRFlags | int | None", OFR_FLAGS, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("nr_cell_global_identity", "bytes | None", NR_CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("sm_rp_ui", "bytes", SM_RP_UI, 1, 1, False),
        ("smsmi_correlation_id", "SMSMICorrelationID | None", SMSMI_CORRELATION_ID, 0, 1, False),
        ("sm_delivery_outcome", "SMDeliveryOutcome | None", SM_DELIVERY_OUTCOME, 0, 1, False),
        ("mps_priority", "MPSPriority | int | None", MPS_PRIORITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "MOForwardShortMessageAnswer": (('MO-Forward-Short-Message-Answer', 8388645, 16777313, False, True, False, None, 'OFA', None), """<OFA> ::= < Diameter Header: 8388645, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ SM-Delivery-Failure-Cause ]
         [ SM-RP-UI ]
         [ External-Identifier ]
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
        ("sm_delivery_failure_cause", "SMDeliveryFailureCause | None", SM_DELIVERY_FAILURE_CAUSE, 0, 1, False),
        ("sm_rp_ui", "bytes | None", SM_RP_UI, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "MTForwardShortMessageRequest": (('MT-Forward-Short-Message-Request', 8388646, 16777313, True, True, False, None, 'TFR', 'MTForwardShortMessageAnswer'), """<TFR> ::= < Diameter Header: 8388646, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
         [ SMSMI-Correlation-ID ]
         { SC-Address }
         { SM-RP-UI }
         [ MME-Number-for-MT-SMS ]
         [ SGSN-Number ]
         [ TFR-Flags ]
         [ SM-Delivery-Timer ]
         [ SM-Delivery-Start-Time ]
         [ Maximum-Retransmission-Time ]
         [ SMS-GMSC-Address ]
         [ MPS-Priority ]
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
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("smsmi_correlation_id", "SMSMICorrelationID | None", SMSMI_CORRELATION_ID, 0, 1, False),
        ("sc_address", "bytes", SC_ADDRESS, 1, 1, False),
        ("sm_rp_ui", "bytes", SM_RP_UI, 1, 1, False),
        ("mme_number_for_mt_sms", "bytes | None", MME_NUMBER_FOR_MT_SMS, 0, 1, False),
        ("sgsn_number", "bytes | None", SGSN_NUMBER, 0, 1, False),
        ("tfr_flags", "TFRFlags | int | None", TFR_FLAGS, 0, 1, False),
        ("sm_delivery_timer", "int | None", SM_DELIVERY_TIMER, 0, 1, False),
        ("sm_delivery_start_time", "datetime | None", SM_DELIVERY_START_TIME, 0, 1, False),
        ("maximum_retransmission_time", "datetime | None", MAXIMUM_RETRANSMISSION_TIME, 0, 1, False),
        ("sms_gmsc_address", "bytes | None", SMS_GMSC_ADDRESS, 0, 1, False),
        ("mps_priority", "MPSPriority | int | None", MPS_PRIORITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "MTForwardShortMessageAnswer": (('MT-Forward-Short-Message-Answer', 8388646, 16777313, False, True, False, None, 'TFA', None), """<TFA> ::= < Diameter Header: 8388646, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ Absent-User-Diagnostic-SM ]
         [ SM-Delivery-Failure-Cause ]
         [ SM-RP-UI ]
         [ Requested-Retransmission-Time ]
         [ User-Identifier ]
         [ EPS-Location-Information ]
         [ NR-Cell-Global-Identity ]
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
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
        ("sm_delivery_failure_cause", "SMDeliveryFailureCause | None", SM_DELIVERY_FAILURE_CAUSE, 0, 1, False),
        ("sm_rp_ui", "bytes | None", SM_RP_UI, 0, 1, False),
        ("requested_retransmission_time", "datetime | None", REQUESTED_RETRANSMISSION_TIME, 0, 1, False),
        ("user_identifier", "UserIdentifier | None", USER_IDENTIFIER, 0, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("nr_cell_global_identity", "bytes | None", NR_CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "Drmp": "diameter.apps.ietf",
    "EPSLocationInformation": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "MPSPriority": "diameter.apps.tgpp",
    "OFRFlags": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SMDeliveryFailureCause": "diameter.apps.tgpp",
    "SMDeliveryOutcome": "diameter.apps.tgpp",
    "SMSMICorrelationID": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TFRFlags": "diameter.apps.tgpp",
    "UserIdentifier": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
