"""Dictionary 'tgpp.swx': generated from schemas/tgpp/swx.dia by `python -m diameter.dictc`.

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
    ORIGIN_HOST,
    ORIGIN_REALM,
    RESULT_CODE,
    SESSION_ID,
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
)
from diameter.apps.ietf import (
    DRMP,
    LOAD,
    MIP6_AGENT_INFO,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    SERVICE_SELECTION,
)
from diameter.apps.tgpp import (
    AAA_FAILURE_INDICATION,
    ACCESS_NETWORK_INFO,
    ACTIVE_APN,
    ANID,
    AN_TRUSTED,
    CONTEXT_IDENTIFIER,
    DEREGISTRATION_REASON,
    EMERGENCY_SERVICES,
    LOCAL_TIME_ZONE,
    NON_3GPP_USER_DATA,
    PPR_FLAGS,
    RAT_TYPE,
    SERVER_ASSIGNMENT_TYPE,
    SIP_AUTH_DATA_ITEM,
    SIP_NUMBER_AUTH_ITEMS,
    SUPPORTED_FEATURES,
    TERMINAL_INFORMATION,
    TGPP_AAA_SERVER_NAME,
    VISITED_NETWORK_IDENTIFIER,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "MultimediaAuthRequest",
    "MAR",
    "MultimediaAuthAnswer",
    "MAA",
    "ServerAssignmentRequest",
    "SAR",
    "ServerAssignmentAnswer",
    "SAA",
    "RegistrationTerminationRequest",
    "RTR",
    "RegistrationTerminationAnswer",
    "RTA",
    "PushProfileRequest",
    "PPR",
    "PushProfileAnswer",
    "PPA",
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
    "MultimediaAuthRequest": (('Multimedia-Auth-Request', 303, 16777265, True, True, False, None, 'MAR', 'MultimediaAuthAnswer'), """<MAR> ::= < Diameter Header: 303, REQ, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         { User-Name }
         [ RAT-Type ]
         [ AN-Trusted ]
         [ ANID ]
         [ Visited-Network-Identifier ]
         [ Terminal-Information ]
         { SIP-Auth-Data-Item }
         { SIP-Number-Auth-Items }
         [ AAA-Failure-Indication ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("anid", "str | None", ANID, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("sip_auth_data_item", "SIPAuthDataItem", SIP_AUTH_DATA_ITEM, 1, 1, False),
        ("sip_number_auth_items", "int", SIP_NUMBER_AUTH_ITEMS, 1, 1, False),
        ("aaa_failure_indication", "AAAFailureIndication | int | None", AAA_FAILURE_INDICATION, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MultimediaAuthAnswer": (('Multimedia-Auth-Answer', 303, 16777265, False, True, False, None, 'MAA', None), """<MAA> ::= < Diameter Header: 303, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { User-Name }
         [ SIP-Number-Auth-Items ]
       * [ SIP-Auth-Data-Item ]
         [ 3GPP-AAA-Server-Name ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("sip_number_auth_items", "int | None", SIP_NUMBER_AUTH_ITEMS, 0, 1, False),
        ("sip_auth_data_item", "tuple[SIPAuthDataItem, ...]", SIP_AUTH_DATA_ITEM, 0, None, False),
        ("tgpp_aaa_server_name", "str | None", TGPP_AAA_SERVER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServerAssignmentRequest": (('Server-Assignment-Request', 301, 16777265, True, True, False, None, 'SAR', 'ServerAssignmentAnswer'), """<SAR> ::= < Diameter Header: 301, REQ, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ Service-Selection ]
         [ Context-Identifier ]
         [ MIP6-Agent-Info ]
         [ Visited-Network-Identifier ]
         { User-Name }
         { Server-Assignment-Type }
       * [ Active-APN ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Terminal-Information ]
         [ Emergency-Services ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("context_identifier", "int | None", CONTEXT_IDENTIFIER, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("server_assignment_type", "ServerAssignmentType | int", SERVER_ASSIGNMENT_TYPE, 1, 1, False),
        ("active_apn", "tuple[ActiveAPN, ...]", ACTIVE_APN, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("emergency_services", "EmergencyServices | int | None", EMERGENCY_SERVICES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServerAssignmentAnswer": (('Server-Assignment-Answer', 301, 16777265, False, True, False, None, 'SAA', None), """<SAA> ::= < Diameter Header: 301, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { User-Name }
         [ Non-3GPP-User-Data ]
         [ 3GPP-AAA-Server-Name ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("non_3gpp_user_data", "Non3GPPUserData | None", NON_3GPP_USER_DATA, 0, 1, False),
        ("tgpp_aaa_server_name", "str | None", TGPP_AAA_SERVER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RegistrationTerminationRequest": (('Registration-Termination-Request', 304, 16777265, True, True, False, None, 'RTR', 'RegistrationTerminationAnswer'), """<RTR> ::= < Diameter Header: 304, REQ, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
         { Deregistration-Reason }
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("deregistration_reason", "DeregistrationReason", DEREGISTRATION_REASON, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RegistrationTerminationAnswer": (('Registration-Termination-Answer', 304, 16777265, False, True, False, None, 'RTA', None), """<RTA> ::= < Diameter Header: 304, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PushProfileRequest": (('Push-Profile-Request', 305, 16777265, True, True, False, None, 'PPR', 'PushProfileAnswer'), """<PPR> ::= < Diameter Header: 305, REQ, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
         [ Non-3GPP-User-Data ]
         [ PPR-Flags ]
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("non_3gpp_user_data", "Non3GPPUserData | None", NON_3GPP_USER_DATA, 0, 1, False),
        ("ppr_flags", "PPRFlags | int | None", PPR_FLAGS, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PushProfileAnswer": (('Push-Profile-Answer', 305, 16777265, False, True, False, None, 'PPA', None), """<PPA> ::= < Diameter Header: 305, PXY, 16777265 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Access-Network-Info ]
         [ Local-Time-Zone ]
       * [ Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("access_network_info", "AccessNetworkInfo | None", ACCESS_NETWORK_INFO, 0, 1, False),
        ("local_time_zone", "LocalTimeZone | None", LOCAL_TIME_ZONE, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AAAFailureIndication": "diameter.apps.tgpp",
    "ANTrusted": "diameter.apps.tgpp",
    "AccessNetworkInfo": "diameter.apps.tgpp",
    "ActiveAPN": "diameter.apps.tgpp",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DeregistrationReason": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "EmergencyServices": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "Load": "diameter.apps.ietf",
    "LocalTimeZone": "diameter.apps.tgpp",
    "MIP6AgentInfo": "diameter.apps.ietf",
    "Non3GPPUserData": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "PPRFlags": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "SIPAuthDataItem": "diameter.apps.tgpp",
    "ServerAssignmentType": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminalInformation": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
