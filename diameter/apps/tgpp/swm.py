"""Dictionary 'tgpp.swm': generated from schemas/tgpp/swm.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_REQUEST_TYPE,
    AUTH_SESSION_STATE,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ORIGIN_HOST,
    ORIGIN_REALM,
    REDIRECT_HOST,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    SESSION_ID,
    SESSION_TIMEOUT,
    TERMINATION_CAUSE,
    USER_NAME,
)
from diameter.apps.credit_control import SUBSCRIPTION_ID
from diameter.apps.eap import EAP_MASTER_SESSION_KEY, EAP_PAYLOAD
from diameter.apps.ietf import (
    DRMP,
    LOAD,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
    MOBILE_NODE_IDENTIFIER,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    QOS_CAPABILITY,
    SERVICE_SELECTION,
)
from diameter.apps.tgpp import (
    AAA_FAILURE_INDICATION,
    AAR_FLAGS,
    ACCESS_NETWORK_INFO,
    APN_CONFIGURATION,
    APN_OI_REPLACEMENT,
    CORE_NETWORK_RESTRICTIONS,
    EMERGENCY_INFO,
    EMERGENCY_SERVICES,
    RAT_TYPE,
    SUPPORTED_FEATURES,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    TRACE_INFO,
    UE_LOCAL_IP_ADDRESS,
    UE_USAGE_TYPE,
    USER_LOCATION_INFO_TIME,
    VISITED_NETWORK_IDENTIFIER,
)
from diameter.schema import AVP, AvpDef

__all__ = [
    "DiameterEAPRequest",
    "DER",
    "DiameterEAPAnswer",
    "DEA",
    "AARequest",
    "AAR",
    "AAAnswer",
    "AAA",
    "SessionTerminationRequest",
    "STR",
    "SessionTerminationAnswer",
    "STA",
    "AbortSessionRequest",
    "ASR",
    "AbortSessionAnswer",
    "ASA",
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
    "DiameterEAPRequest": (('Diameter-EAP-Request', 268, 16777264, True, True, False, None, 'DER', 'DiameterEAPAnswer'), """<DER> ::= < Diameter Header: 268, REQ, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         { Auth-Request-Type }
         { EAP-Payload }
         [ User-Name ]
         [ RAT-Type ]
         [ Service-Selection ]
         [ MIP6-Feature-Vector ]
         [ QoS-Capability ]
         [ Visited-Network-Identifier ]
         [ AAA-Failure-Indication ]
       * [ Supported-Features ]
         [ UE-Local-IP-Address ]
         [ OC-Supported-Features ]
         [ Terminal-Information ]
         [ Emergency-Services ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("eap_payload", "bytes", EAP_PAYLOAD, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("qos_capability", "QoSCapability | None", QOS_CAPABILITY, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("aaa_failure_indication", "AAAFailureIndication | int | None", AAA_FAILURE_INDICATION, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("emergency_services", "EmergencyServices | int | None", EMERGENCY_SERVICES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiameterEAPAnswer": (('Diameter-EAP-Answer', 268, 16777264, False, True, False, None, 'DEA', None), """<DEA> ::= < Diameter Header: 268, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ EAP-Payload ]
         [ User-Name ]
         [ EAP-Master-Session-Key ]
         [ APN-OI-Replacement ]
         [ APN-Configuration ]
         [ MIP6-Feature-Vector ]
         [ Mobile-Node-Identifier ]
         [ Trace-Info ]
         [ Subscription-Id ]
         [ Session-Timeout ]
         [ MIP6-Agent-Info ]
         [ 3GPP-Charging-Characteristics ]
       * [ Redirect-Host ]
       * [ Supported-Features ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
         [ Access-Network-Info ]
         [ User-Location-Info-Time ]
         [ UE-Usage-Type ]
         [ Emergency-Info ]
         [ Core-Network-Restrictions ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("eap_payload", "bytes | None", EAP_PAYLOAD, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("eap_master_session_key", "bytes | None", EAP_MASTER_SESSION_KEY, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("apn_configuration", "APNConfiguration | None", APN_CONFIGURATION, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("mobile_node_identifier", "str | None", MOBILE_NODE_IDENTIFIER, 0, 1, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("access_network_info", "AccessNetworkInfo | None", ACCESS_NETWORK_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("emergency_info", "EmergencyInfo | None", EMERGENCY_INFO, 0, 1, False),
        ("core_network_restrictions", "CoreNetworkRestrictions | int | None", CORE_NETWORK_RESTRICTIONS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AARequest": (('AA-Request', 265, 16777264, True, True, False, None, 'AAR', 'AAAnswer'), """<AAR> ::= < Diameter Header: 265, REQ, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         { Auth-Request-Type }
         [ User-Name ]
         [ OC-Supported-Features ]
         [ AAR-Flags ]
         [ UE-Local-IP-Address ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("aar_flags", "AARFlags | int | None", AAR_FLAGS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAAnswer": (('AA-Answer', 265, 16777264, False, True, False, None, 'AAA', None), """<AAA> ::= < Diameter Header: 265, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ APN-OI-Replacement ]
         [ APN-Configuration ]
         [ Trace-Info ]
         [ Subscription-Id ]
         [ 3GPP-Charging-Characteristics ]
         [ Session-Timeout ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
         [ Access-Network-Info ]
         [ User-Location-Info-Time ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("apn_configuration", "APNConfiguration | None", APN_CONFIGURATION, 0, 1, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("access_network_info", "AccessNetworkInfo | None", ACCESS_NETWORK_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, 16777264, True, True, False, None, 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         { Auth-Application-Id }
         { Termination-Cause }
         [ User-Name ]
         [ OC-Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("termination_cause", "TerminationCause | int", TERMINATION_CAUSE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, 16777264, False, True, False, None, 'STA', None), """<STA> ::= < Diameter Header: 275, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionRequest": (('Abort-Session-Request', 274, 16777264, True, True, False, None, 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         [ User-Name ]
         [ Auth-Session-State ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, 16777264, False, True, False, None, 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777264, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         { Re-Auth-Request-Type }
         [ User-Name ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int", RE_AUTH_REQUEST_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777264, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AAAFailureIndication": "diameter.apps.tgpp",
    "AARFlags": "diameter.apps.tgpp",
    "APNConfiguration": "diameter.apps.tgpp",
    "AccessNetworkInfo": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "AuthRequestType": "diameter.apps.base",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CoreNetworkRestrictions": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "EmergencyInfo": "diameter.apps.tgpp",
    "EmergencyServices": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "MIP6AgentInfo": "diameter.apps.ietf",
    "MIP6FeatureVector": "diameter.apps.ietf",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "QoSCapability": "diameter.apps.ietf",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SubscriptionId": "diameter.apps.credit_control",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminalInformation": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "TraceInfo": "diameter.apps.tgpp",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
