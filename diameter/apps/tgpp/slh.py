"""Dictionary 'tgpp.slh': generated from schemas/tgpp/slh.dia by `python -m diameter.dictc`.

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
from diameter.apps.tgpp import (
    ADDITIONAL_SERVING_NODE,
    GMLC_ADDRESS,
    GMLC_NUMBER,
    LMSI,
    MSISDN,
    PPR_ADDRESS,
    RIA_FLAGS,
    SERVING_NODE,
    SUPPORTED_FEATURES,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "LCSRoutingInfoRequest",
    "RIR",
    "LCSRoutingInfoAnswer",
    "RIA",
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
    "LCSRoutingInfoRequest": (('LCS-Routing-Info-Request', 8388622, 16777291, True, True, False, None, 'RIR', 'LCSRoutingInfoAnswer'), """<RIR> ::= < Diameter Header: 8388622, REQ, PXY, 16777291 >
         < Session-Id >
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ User-Name ]
         [ MSISDN ]
         [ GMLC-Number ]
       * [ Supported-Features ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("gmlc_number", "bytes | None", GMLC_NUMBER, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LCSRoutingInfoAnswer": (('LCS-Routing-Info-Answer', 8388622, 16777291, False, True, False, None, 'RIA', None), """<RIA> ::= < Diameter Header: 8388622, PXY, 16777291 >
         < Session-Id >
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ User-Name ]
         [ MSISDN ]
         [ LMSI ]
         [ Serving-Node ]
       * [ Additional-Serving-Node ]
         [ GMLC-Address ]
         [ PPR-Address ]
         [ RIA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("lmsi", "bytes | None", LMSI, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("additional_serving_node", "tuple[AdditionalServingNode, ...]", ADDITIONAL_SERVING_NODE, 0, None, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("ppr_address", "AddressValue | None", PPR_ADDRESS, 0, 1, False),
        ("ria_flags", "RIAFlags | int | None", RIA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AdditionalServingNode": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "ProxyInfo": "diameter.apps.base",
    "RIAFlags": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "ServingNode": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
