"""Dictionary 'tgpp.sta': generated from schemas/tgpp/sta.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
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
    AuthRequestType as AuthRequestType,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
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
    ERPRKRequest as ERPRKRequest,
    ERP_REALM,
    ERP_RK_REQUEST,
    KEY,
    Key as Key,
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
from diameter.apps.nasreq import CALLING_STATION_ID
from diameter.apps.tgpp import (
    AAAFailureIndication as AAAFailureIndication,
    AAA_FAILURE_INDICATION,
    ACCESS_NETWORK_INFO,
    AMBR,
    ANID,
    ANTrusted as ANTrusted,
    AN_TRUSTED,
    APNConfiguration as APNConfiguration,
    APN_CONFIGURATION,
    APN_OI_REPLACEMENT,
    AccessNetworkInfo as AccessNetworkInfo,
    Ambr as Ambr,
    CONTEXT_IDENTIFIER,
    DEAFlags as DEAFlags,
    DEA_FLAGS,
    DERFlags as DERFlags,
    DER_FLAGS,
    EMERGENCY_INFO,
    EMERGENCY_SERVICES,
    EmergencyInfo as EmergencyInfo,
    EmergencyServices as EmergencyServices,
    FULL_NETWORK_NAME,
    LOCAL_TIME_ZONE,
    LocalTimeZone as LocalTimeZone,
    MIP_FA_RK,
    MIP_FA_RK_SPI,
    RATType as RATType,
    RAT_TYPE,
    SHORT_NETWORK_NAME,
    SUPPORTED_FEATURES,
    SupportedFeatures as SupportedFeatures,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    TRACE_INFO,
    TWAG_CP_ADDRESS,
    TWANConnectionMode as TWANConnectionMode,
    TWANConnectivityParameters as TWANConnectivityParameters,
    TWAN_CONNECTION_MODE,
    TWAN_CONNECTIVITY_PARAMETERS,
    TerminalInformation as TerminalInformation,
    TraceInfo as TraceInfo,
    UE_USAGE_TYPE,
    VISITED_NETWORK_IDENTIFIER,
    WLANIdentifier as WLANIdentifier,
    WLAN_IDENTIFIER,
    WLCP_KEY,
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


@command("Diameter-EAP-Request", code=268, application_id=16777250, request=True, proxiable=True, alias="DER")
class DiameterEAPRequest(Request["DiameterEAPAnswer"]):
    """<DER> ::= < Diameter Header: 268, REQ, PXY, 16777250 >
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
    calling_station_id: str | None = avp(CALLING_STATION_ID, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    anid: str | None = avp(ANID, default=None)
    full_network_name: bytes | None = avp(FULL_NETWORK_NAME, default=None)
    short_network_name: bytes | None = avp(SHORT_NETWORK_NAME, default=None)
    qos_capability: QoSCapability | None = avp(QOS_CAPABILITY, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    aaa_failure_indication: AAAFailureIndication | int | None = avp(AAA_FAILURE_INDICATION, default=None)
    wlan_identifier: WLANIdentifier | None = avp(WLAN_IDENTIFIER, default=None)
    der_flags: DERFlags | int | None = avp(DER_FLAGS, default=None)
    twan_connection_mode: TWANConnectionMode | int | None = avp(TWAN_CONNECTION_MODE, default=None)
    twan_connectivity_parameters: TWANConnectivityParameters | None = avp(TWAN_CONNECTIVITY_PARAMETERS, default=None)
    twag_cp_address: tuple[AddressValue, ...] = repeated(TWAG_CP_ADDRESS, max=2, default=())
    erp_rk_request: ERPRKRequest | None = avp(ERP_RK_REQUEST, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DER = DiameterEAPRequest


@command("Diameter-EAP-Answer", code=268, application_id=16777250, request=False, proxiable=True, alias="DEA")
class DiameterEAPAnswer(Answer):
    """<DEA> ::= < Diameter Header: 268, PXY, 16777250 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    result_code: ResultCode | int = avp(RESULT_CODE)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    eap_payload: bytes | None = avp(EAP_PAYLOAD, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    eap_master_session_key: bytes | None = avp(EAP_MASTER_SESSION_KEY, default=None)
    context_identifier: int | None = avp(CONTEXT_IDENTIFIER, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    apn_configuration: tuple[APNConfiguration, ...] = repeated(APN_CONFIGURATION, default=())
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    mobile_node_identifier: str | None = avp(MOBILE_NODE_IDENTIFIER, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    ambr: Ambr | None = avp(AMBR, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    trace_info: TraceInfo | None = avp(TRACE_INFO, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    mip_fa_rk: bytes | None = avp(MIP_FA_RK, default=None)
    mip_fa_rk_spi: int | None = avp(MIP_FA_RK_SPI, default=None)
    dea_flags: DEAFlags | int | None = avp(DEA_FLAGS, default=None)
    twan_connection_mode: TWANConnectionMode | int | None = avp(TWAN_CONNECTION_MODE, default=None)
    twan_connectivity_parameters: TWANConnectivityParameters | None = avp(TWAN_CONNECTIVITY_PARAMETERS, default=None)
    wlcp_key: bytes | None = avp(WLCP_KEY, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    emergency_services: EmergencyServices | int | None = avp(EMERGENCY_SERVICES, default=None)
    emergency_info: EmergencyInfo | None = avp(EMERGENCY_INFO, default=None)
    key: Key | None = avp(KEY, default=None)
    erp_realm: str | None = avp(ERP_REALM, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DEA = DiameterEAPAnswer


@command("AA-Request", code=265, application_id=16777250, request=True, proxiable=True, alias="AAR")
class AARequest(Request["AAAnswer"]):
    """<AAR> ::= < Diameter Header: 265, REQ, PXY, 16777250 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    access_network_info: AccessNetworkInfo | None = avp(ACCESS_NETWORK_INFO, default=None)
    local_time_zone: LocalTimeZone | None = avp(LOCAL_TIME_ZONE, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAR = AARequest


@command("AA-Answer", code=265, application_id=16777250, request=False, proxiable=True, alias="AAA")
class AAAnswer(Answer):
    """<AAA> ::= < Diameter Header: 265, PXY, 16777250 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    auth_request_type: AuthRequestType | int = avp(AUTH_REQUEST_TYPE)
    result_code: ResultCode | int = avp(RESULT_CODE)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    context_identifier: int | None = avp(CONTEXT_IDENTIFIER, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    apn_configuration: tuple[APNConfiguration, ...] = repeated(APN_CONFIGURATION, default=())
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    trace_info: TraceInfo | None = avp(TRACE_INFO, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    emergency_info: EmergencyInfo | None = avp(EMERGENCY_INFO, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAA = AAAnswer


@command("Session-Termination-Request", code=275, application_id=16777250, request=True, proxiable=True, alias="STR")
class SessionTerminationRequest(Request["SessionTerminationAnswer"]):
    """<STR> ::= < Diameter Header: 275, REQ, PXY, 16777250 >
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


@command("Session-Termination-Answer", code=275, application_id=16777250, request=False, proxiable=True, alias="STA")
class SessionTerminationAnswer(Answer):
    """<STA> ::= < Diameter Header: 275, PXY, 16777250 >
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


@command("Abort-Session-Request", code=274, application_id=16777250, request=True, proxiable=True, alias="ASR")
class AbortSessionRequest(Request["AbortSessionAnswer"]):
    """<ASR> ::= < Diameter Header: 274, REQ, PXY, 16777250 >
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


@command("Abort-Session-Answer", code=274, application_id=16777250, request=False, proxiable=True, alias="ASA")
class AbortSessionAnswer(Answer):
    """<ASA> ::= < Diameter Header: 274, PXY, 16777250 >
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


@command("Re-Auth-Request", code=258, application_id=16777250, request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY, 16777250 >
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


@command("Re-Auth-Answer", code=258, application_id=16777250, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY, 16777250 >
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


RAA = ReAuthAnswer
