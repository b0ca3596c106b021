"""Dictionary 'tgpp.s7a': generated from schemas/tgpp/s7a.dia by `python -m diameter.dictc`.

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
    CANCELLATION_TYPE,
    DSR_FLAGS,
    ERROR_DIAGNOSTIC,
    MSISDN,
    RESET_ID,
    SGSN_NUMBER,
    SUPPORTED_FEATURES,
    UVA_FLAGS,
    UVR_FLAGS,
    VPLMN_CSG_SUBSCRIPTION_DATA,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "UpdateVCSGLocationRequest",
    "UVR",
    "UpdateVCSGLocationAnswer",
    "UVA",
    "InsertSubscriberDataRequest",
    "IDR",
    "InsertSubscriberDataAnswer",
    "IDA",
    "DeleteSubscriberDataRequest",
    "DSR",
    "DeleteSubscriberDataAnswer",
    "DSA",
    "ResetRequest",
    "RSR",
    "ResetAnswer",
    "RSA",
    "CancelVCSGLocationRequest",
    "CVR",
    "CancelVCSGLocationAnswer",
    "CVA",
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
    "UpdateVCSGLocationRequest": (('Update-VCSG-Location-Request', 8388638, 16777308, True, True, False, None, 'UVR', 'UpdateVCSGLocationAnswer'), """<UVR> ::= < Diameter Header: 8388638, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ MSISDN ]
         [ SGSN-Number ]
       * [ Supported-Features ]
         { UVR-Flags }
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
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("sgsn_number", "bytes | None", SGSN_NUMBER, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("uvr_flags", "UVRFlags | int", UVR_FLAGS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "UpdateVCSGLocationAnswer": (('Update-VCSG-Location-Answer', 8388638, 16777308, False, True, False, None, 'UVA', None), """<UVA> ::= < Diameter Header: 8388638, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         [ Error-Diagnostic ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ VPLMN-CSG-Subscription-Data ]
         [ UVA-Flags ]
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
        ("error_diagnostic", "ErrorDiagnostic | int | None", ERROR_DIAGNOSTIC, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("vplmn_csg_subscription_data", "tuple[VPLMNCSGSubscriptionData, ...]", VPLMN_CSG_SUBSCRIPTION_DATA, 0, None, False),
        ("uva_flags", "UVAFlags | int | None", UVA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "InsertSubscriberDataRequest": (('Insert-Subscriber-Data-Request', 319, 16777308, True, True, False, None, 'IDR', 'InsertSubscriberDataAnswer'), """<IDR> ::= < Diameter Header: 319, REQ, PXY, 16777308 >
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
      1* { VPLMN-CSG-Subscription-Data }
       * [ Reset-ID ]
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
        ("vplmn_csg_subscription_data", "tuple[VPLMNCSGSubscriptionData, ...]", VPLMN_CSG_SUBSCRIPTION_DATA, 1, None, False),
        ("reset_id", "tuple[bytes, ...]", RESET_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "InsertSubscriberDataAnswer": (('Insert-Subscriber-Data-Answer', 319, 16777308, False, True, False, None, 'IDA', None), """<IDA> ::= < Diameter Header: 319, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "DeleteSubscriberDataRequest": (('Delete-Subscriber-Data-Request', 320, 16777308, True, True, False, None, 'DSR', 'DeleteSubscriberDataAnswer'), """<DSR> ::= < Diameter Header: 320, REQ, PXY, 16777308 >
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
         { DSR-Flags }
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
        ("dsr_flags", "DSRFlags | int", DSR_FLAGS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "DeleteSubscriberDataAnswer": (('Delete-Subscriber-Data-Answer', 320, 16777308, False, True, False, None, 'DSA', None), """<DSA> ::= < Diameter Header: 320, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ResetRequest": (('Reset-Request', 322, 16777308, True, True, False, None, 'RSR', 'ResetAnswer'), """<RSR> ::= < Diameter Header: 322, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
       * [ Reset-ID ]
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
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("reset_id", "tuple[bytes, ...]", RESET_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ResetAnswer": (('Reset-Answer', 322, 16777308, False, True, False, None, 'RSA', None), """<RSA> ::= < Diameter Header: 322, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "CancelVCSGLocationRequest": (('Cancel-VCSG-Location-Request', 8388642, 16777308, True, True, False, None, 'CVR', 'CancelVCSGLocationAnswer'), """<CVR> ::= < Diameter Header: 8388642, REQ, PXY, 16777308 >
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
         { Cancellation-Type }
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
        ("cancellation_type", "CancellationType | int", CANCELLATION_TYPE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "CancelVCSGLocationAnswer": (('Cancel-VCSG-Location-Answer', 8388642, 16777308, False, True, False, None, 'CVA', None), """<CVA> ::= < Diameter Header: 8388642, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
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
    "CancellationType": "diameter.apps.tgpp",
    "DSRFlags": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "ErrorDiagnostic": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "ProxyInfo": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SupportedFeatures": "diameter.apps.tgpp",
    "UVAFlags": "diameter.apps.tgpp",
    "UVRFlags": "diameter.apps.tgpp",
    "VPLMNCSGSubscriptionData": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
