"""Dictionary 'tgpp.swm': generated from schemas/tgpp/swm.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_REQUEST_TYPE,
    AUTH_SESSION_STATE,
    AuthRequestType as AuthRequestType,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ORIGIN_HOST,
    ORIGIN_REALM,
    REDIRECT_HOST,
    RESULT_CODE,
    RE_AUTH_REQUEST_TYPE,
    ReAuthRequestType as ReAuthRequestType,
    ResultCode as ResultCode,
    SESSION_ID,
    SESSION_TIMEOUT,
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
    USER_NAME,
)
from diameter.apps.credit_control import SUBSCRIPTION_ID, SubscriptionId as SubscriptionId
from diameter.apps.eap import EAP_MASTER_SESSION_KEY, EAP_PAYLOAD
from diameter.apps.ietf import (
    DRMP,
    Drmp as Drmp,
    LOAD,
    Load as Load,
    MIP6AgentInfo as MIP6AgentInfo,
    MIP6FeatureVector as MIP6FeatureVector,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
    MOBILE_NODE_IDENTIFIER,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    QOS_CAPABILITY,
    QoSCapability as QoSCapability,
    SERVICE_SELECTION,
)
from diameter.apps.tgpp import (
    AAAFailureIndication as AAAFailureIndication,
    AAA_FAILURE_INDICATION,
    AARFlags as AARFlags,
    AAR_FLAGS,
    ACCESS_NETWORK_INFO,
    APNConfiguration as APNConfiguration,
    APN_CONFIGURATION,
    APN_OI_REPLACEMENT,
    AccessNetworkInfo as AccessNetworkInfo,
    CORE_NETWORK_RESTRICTIONS,
    CoreNetworkRestrictions as CoreNetworkRestrictions,
    EMERGENCY_INFO,
    EMERGENCY_SERVICES,
    EmergencyInfo as EmergencyInfo,
    EmergencyServices as EmergencyServices,
    RATType as RATType,
    RAT_TYPE,
    SUPPORTED_FEATURES,
    SupportedFeatures as SupportedFeatures,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    TRACE_INFO,
    TerminalInformation as TerminalInformation,
    TraceInfo as TraceInfo,
    UE_LOCAL_IP_ADDRESS,
    UE_USAGE_TYPE,
    USER_LOCATION_INFO_TIME,
    VISITED_NETWORK_IDENTIFIER,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue, DiameterURI as DiameterURI
from diameter.wire import Avp

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


@command("Diameter-EAP-Request", code=268, application_id=16777264, request=True, proxiable=True, alias="DER")
class DiameterEAPRequest(Request["DiameterEAPAnswer"]):
    """<DER> ::= < Diameter Header: 268, REQ, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    eap_payload: bytes = avp(EAP_PAYLOAD)
    user_name: str | None = avp(USER_NAME, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    qos_capability: QoSCapability | None = avp(QOS_CAPABILITY, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    aaa_failure_indication: AAAFailureIndication | int | None = avp(AAA_FAILURE_INDICATION, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    emergency_services: EmergencyServices | int | None = avp(EMERGENCY_SERVICES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DER = DiameterEAPRequest


@command("Diameter-EAP-Answer", code=268, application_id=16777264, request=False, proxiable=True, alias="DEA")
class DiameterEAPAnswer(Answer):
    """<DEA> ::= < Diameter Header: 268, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    eap_payload: bytes | None = avp(EAP_PAYLOAD, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    eap_master_session_key: bytes | None = avp(EAP_MASTER_SESSION_KEY, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    apn_configuration: APNConfiguration | None = avp(APN_CONFIGURATION, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    mobile_node_identifier: str | None = avp(MOBILE_NODE_IDENTIFIER, default=None)
    trace_info: TraceInfo | None = avp(TRACE_INFO, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    access_network_info: AccessNetworkInfo | None = avp(ACCESS_NETWORK_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    emergency_info: EmergencyInfo | None = avp(EMERGENCY_INFO, default=None)
    core_network_restrictions: CoreNetworkRestrictions | int | None = avp(CORE_NETWORK_RESTRICTIONS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DEA = DiameterEAPAnswer


@command("AA-Request", code=265, application_id=16777264, request=True, proxiable=True, alias="AAR")
class AARequest(Request["AAAnswer"]):
    """<AAR> ::= < Diameter Header: 265, REQ, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    aar_flags: AARFlags | int | None = avp(AAR_FLAGS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAR = AARequest


@command("AA-Answer", code=265, application_id=16777264, request=False, proxiable=True, alias="AAA")
class AAAnswer(Answer):
    """<AAA> ::= < Diameter Header: 265, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    apn_configuration: APNConfiguration | None = avp(APN_CONFIGURATION, default=None)
    trace_info: TraceInfo | None = avp(TRACE_INFO, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    access_network_info: AccessNetworkInfo | None = avp(ACCESS_NETWORK_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAA = AAAnswer


@command("Session-Termination-Request", code=275, application_id=16777264, request=True, proxiable=True, alias="STR")
class SessionTerminationRequest(Request["SessionTerminationAnswer"]):
    """<STR> ::= < Diameter Header: 275, REQ, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    termination_cause: TerminationCause | int = avp(TERMINATION_CAUSE)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STR = SessionTerminationRequest


@command("Session-Termination-Answer", code=275, application_id=16777264, request=False, proxiable=True, alias="STA")
class SessionTerminationAnswer(Answer):
    """<STA> ::= < Diameter Header: 275, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STA = SessionTerminationAnswer


@command("Abort-Session-Request", code=274, application_id=16777264, request=True, proxiable=True, alias="ASR")
class AbortSessionRequest(Request["AbortSessionAnswer"]):
    """<ASR> ::= < Diameter Header: 274, REQ, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    user_name: str | None = avp(USER_NAME, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASR = AbortSessionRequest


@command("Abort-Session-Answer", code=274, application_id=16777264, request=False, proxiable=True, alias="ASA")
class AbortSessionAnswer(Answer):
    """<ASA> ::= < Diameter Header: 274, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASA = AbortSessionAnswer


@command("Re-Auth-Request", code=258, application_id=16777264, request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY, 16777264 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    re_auth_request_type: ReAuthRequestType | int = avp(RE_AUTH_REQUEST_TYPE)
    user_name: str | None = avp(USER_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777264, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY, 16777264 >
         < Session-Id >
         [ DRMP ]
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer
