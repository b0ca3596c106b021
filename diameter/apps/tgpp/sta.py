"""Dictionary 'tgpp.sta': generated from schemas/tgpp/sta.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_INTERIM_INTERVAL,
    AUTH_APPLICATION_ID,
    AUTH_REQUEST_TYPE,
    AUTH_SESSION_STATE,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
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
    ERP_REALM,
    ERP_RK_REQUEST,
    KEY,
    LOAD,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
    MOBILE_NODE_IDENTIFIER,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    QOS_CAPABILITY,
    SERVICE_SELECTION,
)
from diameter.apps.nasreq import CALLING_STATION_ID
from diameter.apps.tgpp import (
    AAA_FAILURE_INDICATION,
    ACCESS_NETWORK_INFO,
    AMBR,
    ANID,
    AN_TRUSTED,
    APN_CONFIGURATION,
    APN_OI_REPLACEMENT,
    CONTEXT_IDENTIFIER,
    DEA_FLAGS,
    DER_FLAGS,
    EMERGENCY_INFO,
    EMERGENCY_SERVICES,
    FULL_NETWORK_NAME,
    LOCAL_TIME_ZONE,
    MIP_FA_RK,
    MIP_FA_RK_SPI,
    RAT_TYPE,
    SHORT_NETWORK_NAME,
    SUPPORTED_FEATURES,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    TRACE_INFO,
    TWAG_CP_ADDRESS,
    TWAN_CONNECTION_MODE,
    TWAN_CONNECTIVITY_PARAMETERS,
    UE_USAGE_TYPE,
    VISITED_NETWORK_IDENTIFIER,
    WLAN_IDENTIFIER,
    WLCP_KEY,
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
    "DiameterEAPRequest": (('Diameter-EAP-Request', 268, 16777250, True, True, False, None, 'DER', 'DiameterEAPAnswer'), """<DER> ::= < Diameter Header: 268, REQ, PXY, 16777250 >
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
         [ Calling-Station-Id ]
         [ RAT-Type ]
         [ ANID ]
         [ Full-Network-Name ]
         [ Short-Network-Name ]
         [ QoS-Capability ]
         [ MIP6-Feature-Vector ]
         [ Visited-Network-Identifier ]
         [ Service-Selection ]
         [ Terminal-Information ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ AAA-Failure-Indication ]
         [ WLAN-Identifier ]
         [ DER-Flags ]
         [ TWAN-Connection-Mode ]
         [ TWAN-Connectivity-Parameters ]
     0*2 [ TWAG-CP-Address ]
         [ ERP-RK-Request ]
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
        ("calling_station_id", "str | None", CALLING_STATION_ID, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("anid", "str | None", ANID, 0, 1, False),
        ("full_network_name", "bytes | None", FULL_NETWORK_NAME, 0, 1, False),
        ("short_network_name", "bytes | None", SHORT_NETWORK_NAME, 0, 1, False),
        ("qos_capability", "QoSCapability | None", QOS_CAPABILITY, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("aaa_failure_indication", "AAAFailureIndication | int | None", AAA_FAILURE_INDICATION, 0, 1, False),
        ("wlan_identifier", "WLANIdentifier | None", WLAN_IDENTIFIER, 0, 1, False),
        ("der_flags", "DERFlags | int | None", DER_FLAGS, 0, 1, False),
        ("twan_connection_mode", "TWANConnectionMode | int | None", TWAN_CONNECTION_MODE, 0, 1, False),
        ("twan_connectivity_parameters", "TWANConnectivityParameters | None", TWAN_CONNECTIVITY_PARAMETERS, 0, 1, False),
        ("twag_cp_address", "tuple[AddressValue, ...]", TWAG_CP_ADDRESS, 0, 2, False),
        ("erp_rk_request", "ERPRKRequest | None", ERP_RK_REQUEST, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiameterEAPAnswer": (('Diameter-EAP-Answer', 268, 16777250, False, True, False, None, 'DEA', None), """<DEA> ::= < Diameter Header: 268, PXY, 16777250 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Result-Code }
         [ Experimental-Result ]
         { Origin-Host }
         { Origin-Realm }
         { Auth-Request-Type }
         [ EAP-Payload ]
         [ User-Name ]
         [ Session-Timeout ]
         [ Acct-Interim-Interval ]
         [ EAP-Master-Session-Key ]
         [ Context-Identifier ]
         [ APN-OI-Replacement ]
       * [ APN-Configuration ]
         [ MIP6-Agent-Info ]
         [ MIP6-Feature-Vector ]
         [ Mobile-Node-Identifier ]
         [ 3GPP-Charging-Characteristics ]
         [ AMBR ]
       * [ Redirect-Host ]
         [ AN-Trusted ]
         [ Trace-Info ]
         [ Subscription-Id ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ MIP-FA-RK ]
         [ MIP-FA-RK-SPI ]
         [ DEA-Flags ]
         [ TWAN-Connection-Mode ]
         [ TWAN-Connectivity-Parameters ]
         [ WLCP-Key ]
         [ Terminal-Information ]
         [ UE-Usage-Type ]
         [ Emergency-Services ]
         [ Emergency-Info ]
         [ Key ]
         [ ERP-Realm ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("eap_payload", "bytes | None", EAP_PAYLOAD, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("eap_master_session_key", "bytes | None", EAP_MASTER_SESSION_KEY, 0, 1, False),
        ("context_identifier", "int | None", CONTEXT_IDENTIFIER, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("apn_configuration", "tuple[APNConfiguration, ...]", APN_CONFIGURATION, 0, None, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("mobile_node_identifier", "str | None", MOBILE_NODE_IDENTIFIER, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("ambr", "Ambr | None", AMBR, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("mip_fa_rk", "bytes | None", MIP_FA_RK, 0, 1, False),
        ("mip_fa_rk_spi", "int | None", MIP_FA_RK_SPI, 0, 1, False),
        ("dea_flags", "DEAFlags | int | None", DEA_FLAGS, 0, 1, False),
        ("twan_connection_mode", "TWANConnectionMode | int | None", TWAN_CONNECTION_MODE, 0, 1, False),
        ("twan_connectivity_parameters", "TWANConnectivityParameters | None", TWAN_CONNECTIVITY_PARAMETERS, 0, 1, False),
        ("wlcp_key", "bytes | None", WLCP_KEY, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("emergency_services", "EmergencyServices | int | None", EMERGENCY_SERVICES, 0, 1, False),
        ("emergency_info", "EmergencyInfo | None", EMERGENCY_INFO, 0, 1, False),
        ("key", "Key | None", KEY, 0, 1, False),
        ("erp_realm", "str | None", ERP_REALM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AARequest": (('AA-Request', 265, 16777250, True, True, False, None, 'AAR', 'AAAnswer'), """<AAR> ::= < Diameter Header: 265, REQ, PXY, 16777250 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Request-Type }
         [ Destination-Host ]
         [ User-Name ]
         [ MIP6-Feature-Vector ]
         [ Access-Network-Info ]
         [ Local-Time-Zone ]
         [ OC-Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("access_network_info", "AccessNetworkInfo | None", ACCESS_NETWORK_INFO, 0, 1, False),
        ("local_time_zone", "LocalTimeZone | None", LOCAL_TIME_ZONE, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAAnswer": (('AA-Answer', 265, 16777250, False, True, False, None, 'AAA', None), """<AAA> ::= < Diameter Header: 265, PXY, 16777250 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         [ Experimental-Result ]
         { Origin-Host }
         { Origin-Realm }
         [ Session-Timeout ]
         [ Acct-Interim-Interval ]
         [ Context-Identifier ]
         [ APN-OI-Replacement ]
       * [ APN-Configuration ]
         [ 3GPP-Charging-Characteristics ]
         [ Trace-Info ]
         [ Subscription-Id ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ UE-Usage-Type ]
         [ Emergency-Info ]
       * [ Load ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("context_identifier", "int | None", CONTEXT_IDENTIFIER, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("apn_configuration", "tuple[APNConfiguration, ...]", APN_CONFIGURATION, 0, None, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("emergency_info", "EmergencyInfo | None", EMERGENCY_INFO, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, 16777250, True, True, False, None, 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY, 16777250 >
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
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, 16777250, False, True, False, None, 'STA', None), """<STA> ::= < Diameter Header: 275, PXY, 16777250 >
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
    "AbortSessionRequest": (('Abort-Session-Request', 274, 16777250, True, True, False, None, 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY, 16777250 >
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
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, 16777250, False, True, False, None, 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY, 16777250 >
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
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777250, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY, 16777250 >
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
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777250, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY, 16777250 >
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
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AAAFailureIndication": "diameter.apps.tgpp",
    "ANTrusted": "diameter.apps.tgpp",
    "APNConfiguration": "diameter.apps.tgpp",
    "AccessNetworkInfo": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "Ambr": "diameter.apps.tgpp",
    "AuthRequestType": "diameter.apps.base",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DEAFlags": "diameter.apps.tgpp",
    "DERFlags": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "ERPRKRequest": "diameter.apps.ietf",
    "EmergencyInfo": "diameter.apps.tgpp",
    "EmergencyServices": "diameter.apps.tgpp",
    "ExperimentalResult": "diameter.apps.base",
    "Key": "diameter.apps.ietf",
    "Load": "diameter.apps.ietf",
    "LocalTimeZone": "diameter.apps.tgpp",
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
    "TWANConnectionMode": "diameter.apps.tgpp",
    "TWANConnectivityParameters": "diameter.apps.tgpp",
    "TerminalInformation": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "TraceInfo": "diameter.apps.tgpp",
    "WLANIdentifier": "diameter.apps.tgpp",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
