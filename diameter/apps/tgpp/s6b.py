"""Dictionary 'tgpp.s6b': generated from schemas/tgpp/s6b.dia by `python -m diameter.dictc`.

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
from diameter.apps.eap import EAP_MASTER_SESSION_KEY, EAP_PAYLOAD
from diameter.apps.ietf import (
    DRMP,
    LOAD,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
    MIP_CAREOF_ADDRESS,
    MIP_MN_HA_SPI,
    MOBILE_NODE_IDENTIFIER,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    QOS_CAPABILITY,
    QOS_RESOURCES,
    SERVICE_SELECTION,
)
from diameter.apps.mip4 import MIP_SESSION_KEY
from diameter.apps.tgpp import (
    AAA_FAILURE_INDICATION,
    AN_TRUSTED,
    APN_CONFIGURATION,
    DER_S6B_FLAGS,
    EMERGENCY_SERVICES,
    MAXIMUM_WAIT_TIME,
    ORIGINATION_TIME_STAMP,
    RAR_FLAGS,
    RAT_TYPE,
    SUPPORTED_FEATURES,
    TGPP_CHARGING_CHARACTERISTICS,
    TRACE_INFO,
    UE_LOCAL_IP_ADDRESS,
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
    "DiameterEAPRequest": (('Diameter-EAP-Request', 268, 16777272, True, True, False, None, 'DER', 'DiameterEAPAnswer'), """<DER> ::= < Diameter Header: 268, REQ, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Request-Type }
         [ RAT-Type ]
         [ User-Name ]
         [ Service-Selection ]
         { EAP-Payload }
         [ MIP6-Feature-Vector ]
         [ MIP6-Agent-Info ]
         [ QoS-Capability ]
         [ Visited-Network-Identifier ]
         [ MIP-Careof-Address ]
         [ AAA-Failure-Indication ]
       * [ Supported-Features ]
         [ DER-S6b-Flags ]
         [ UE-Local-IP-Address ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("eap_payload", "bytes", EAP_PAYLOAD, 1, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("qos_capability", "QoSCapability | None", QOS_CAPABILITY, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("mip_careof_address", "AddressValue | None", MIP_CAREOF_ADDRESS, 0, 1, False),
        ("aaa_failure_indication", "AAAFailureIndication | int | None", AAA_FAILURE_INDICATION, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("der_s6b_flags", "DERS6bFlags | int | None", DER_S6B_FLAGS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiameterEAPAnswer": (('Diameter-EAP-Answer', 268, 16777272, False, True, False, None, 'DEA', None), """<DEA> ::= < Diameter Header: 268, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ EAP-Payload ]
         [ EAP-Master-Session-Key ]
         [ Mobile-Node-Identifier ]
         [ APN-Configuration ]
         [ MIP6-Agent-Info ]
         [ MIP6-Feature-Vector ]
         [ 3GPP-Charging-Characteristics ]
       * [ QoS-Resources ]
       * [ Redirect-Host ]
         [ Trace-Info ]
       * [ Supported-Features ]
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
        ("eap_payload", "bytes | None", EAP_PAYLOAD, 0, 1, False),
        ("eap_master_session_key", "bytes | None", EAP_MASTER_SESSION_KEY, 0, 1, False),
        ("mobile_node_identifier", "str | None", MOBILE_NODE_IDENTIFIER, 0, 1, False),
        ("apn_configuration", "APNConfiguration | None", APN_CONFIGURATION, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("qos_resources", "tuple[QoSResources, ...]", QOS_RESOURCES, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AARequest": (('AA-Request', 265, 16777272, True, True, False, None, 'AAR', 'AAAnswer'), """<AAR> ::= < Diameter Header: 265, REQ, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Request-Type }
         [ User-Name ]
         [ MIP6-Agent-Info ]
         [ MIP6-Feature-Vector ]
         [ Visited-Network-Identifier ]
         [ QoS-Capability ]
         [ Service-Selection ]
         [ OC-Supported-Features ]
         [ Origination-Time-Stamp ]
         [ Maximum-Wait-Time ]
       * [ Supported-Features ]
         [ Emergency-Services ]
         [ MIP-MN-HA-SPI ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("qos_capability", "QoSCapability | None", QOS_CAPABILITY, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("origination_time_stamp", "int | None", ORIGINATION_TIME_STAMP, 0, 1, False),
        ("maximum_wait_time", "int | None", MAXIMUM_WAIT_TIME, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("emergency_services", "EmergencyServices | int | None", EMERGENCY_SERVICES, 0, 1, False),
        ("mip_mn_ha_spi", "int | None", MIP_MN_HA_SPI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAAnswer": (('AA-Answer', 265, 16777272, False, True, False, None, 'AAA', None), """<AAA> ::= < Diameter Header: 265, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Auth-Request-Type }
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ MIP6-Feature-Vector ]
         [ Session-Timeout ]
         [ APN-Configuration ]
         [ QoS-Resources ]
         [ AN-Trusted ]
       * [ Redirect-Host ]
         [ Trace-Info ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ MIP-Session-Key ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("auth_request_type", "AuthRequestType | int", AUTH_REQUEST_TYPE, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("apn_configuration", "APNConfiguration | None", APN_CONFIGURATION, 0, 1, False),
        ("qos_resources", "QoSResources | None", QOS_RESOURCES, 0, 1, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("mip_session_key", "bytes | None", MIP_SESSION_KEY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, 16777272, True, True, False, None, 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Termination-Cause }
         [ User-Name ]
         [ OC-Supported-Features ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("termination_cause", "TerminationCause | int", TERMINATION_CAUSE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, 16777272, False, True, False, None, 'STA', None), """<STA> ::= < Diameter Header: 275, PXY, 16777272 >
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
    "AbortSessionRequest": (('Abort-Session-Request', 274, 16777272, True, True, False, None, 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY, 16777272 >
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
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, 16777272, False, True, False, None, 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY, 16777272 >
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
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777272, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY, 16777272 >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         { Re-Auth-Request-Type }
         [ User-Name ]
         [ RAR-Flags ]
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
        ("rar_flags", "RARFlags | int | None", RAR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777272, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY, 16777272 >
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
    "ANTrusted": "diameter.apps.tgpp",
    "APNConfiguration": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "AuthRequestType": "diameter.apps.base",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "DERS6bFlags": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "EmergencyServices": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "MIP6AgentInfo": "diameter.apps.ietf",
    "MIP6FeatureVector": "diameter.apps.ietf",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "QoSCapability": "diameter.apps.ietf",
    "QoSResources": "diameter.apps.ietf",
    "RARFlags": "diameter.apps.tgpp",
    "RATType": "diameter.apps.tgpp",
    "ReAuthRequestType": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "TraceInfo": "diameter.apps.tgpp",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
