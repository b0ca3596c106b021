"""Dictionary 'tgpp.swx': generated from schemas/tgpp/swx.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
    ORIGIN_HOST,
    ORIGIN_REALM,
    RESULT_CODE,
    ResultCode as ResultCode,
    SESSION_ID,
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
    VendorSpecificApplicationId as VendorSpecificApplicationId,
)
from diameter.apps.ietf import (
    DRMP,
    Drmp as Drmp,
    LOAD,
    Load as Load,
    MIP6AgentInfo as MIP6AgentInfo,
    MIP6_AGENT_INFO,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    SERVICE_SELECTION,
)
from diameter.apps.tgpp import (
    AAAFailureIndication as AAAFailureIndication,
    AAA_FAILURE_INDICATION,
    ACCESS_NETWORK_INFO,
    ACTIVE_APN,
    ANID,
    ANTrusted as ANTrusted,
    AN_TRUSTED,
    AccessNetworkInfo as AccessNetworkInfo,
    ActiveAPN as ActiveAPN,
    CONTEXT_IDENTIFIER,
    DEREGISTRATION_REASON,
    DeregistrationReason as DeregistrationReason,
    EMERGENCY_SERVICES,
    EmergencyServices as EmergencyServices,
    LOCAL_TIME_ZONE,
    LocalTimeZone as LocalTimeZone,
    NON_3GPP_USER_DATA,
    Non3GPPUserData as Non3GPPUserData,
    PPRFlags as PPRFlags,
    PPR_FLAGS,
    RATType as RATType,
    RAT_TYPE,
    SERVER_ASSIGNMENT_TYPE,
    SIPAuthDataItem as SIPAuthDataItem,
    SIP_AUTH_DATA_ITEM,
    SIP_NUMBER_AUTH_ITEMS,
    SUPPORTED_FEATURES,
    ServerAssignmentType as ServerAssignmentType,
    SupportedFeatures as SupportedFeatures,
    TERMINAL_INFORMATION,
    TGPP_AAA_SERVER_NAME,
    TerminalInformation as TerminalInformation,
    VISITED_NETWORK_IDENTIFIER,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

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


@command("Multimedia-Auth-Request", code=303, application_id=16777265, request=True, proxiable=True, alias="MAR")
class MultimediaAuthRequest(Request["MultimediaAuthAnswer"]):
    """<MAR> ::= < Diameter Header: 303, REQ, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    user_name: str = avp(USER_NAME)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    anid: str | None = avp(ANID, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    sip_auth_data_item: SIPAuthDataItem = avp(SIP_AUTH_DATA_ITEM)
    sip_number_auth_items: int = avp(SIP_NUMBER_AUTH_ITEMS)
    aaa_failure_indication: AAAFailureIndication | int | None = avp(AAA_FAILURE_INDICATION, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


MAR = MultimediaAuthRequest


@command("Multimedia-Auth-Answer", code=303, application_id=16777265, request=False, proxiable=True, alias="MAA")
class MultimediaAuthAnswer(Answer):
    """<MAA> ::= < Diameter Header: 303, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str = avp(USER_NAME)
    sip_number_auth_items: int | None = avp(SIP_NUMBER_AUTH_ITEMS, default=None)
    sip_auth_data_item: tuple[SIPAuthDataItem, ...] = repeated(SIP_AUTH_DATA_ITEM, default=())
    tgpp_aaa_server_name: str | None = avp(TGPP_AAA_SERVER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


MAA = MultimediaAuthAnswer


@command("Server-Assignment-Request", code=301, application_id=16777265, request=True, proxiable=True, alias="SAR")
class ServerAssignmentRequest(Request["ServerAssignmentAnswer"]):
    """<SAR> ::= < Diameter Header: 301, REQ, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    context_identifier: int | None = avp(CONTEXT_IDENTIFIER, default=None)
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    user_name: str = avp(USER_NAME)
    server_assignment_type: ServerAssignmentType | int = avp(SERVER_ASSIGNMENT_TYPE)
    active_apn: tuple[ActiveAPN, ...] = repeated(ACTIVE_APN, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    emergency_services: EmergencyServices | int | None = avp(EMERGENCY_SERVICES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SAR = ServerAssignmentRequest


@command("Server-Assignment-Answer", code=301, application_id=16777265, request=False, proxiable=True, alias="SAA")
class ServerAssignmentAnswer(Answer):
    """<SAA> ::= < Diameter Header: 301, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str = avp(USER_NAME)
    non_3gpp_user_data: Non3GPPUserData | None = avp(NON_3GPP_USER_DATA, default=None)
    tgpp_aaa_server_name: str | None = avp(TGPP_AAA_SERVER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SAA = ServerAssignmentAnswer


@command("Registration-Termination-Request", code=304, application_id=16777265, request=True, proxiable=True, alias="RTR")
class RegistrationTerminationRequest(Request["RegistrationTerminationAnswer"]):
    """<RTR> ::= < Diameter Header: 304, REQ, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    deregistration_reason: DeregistrationReason = avp(DEREGISTRATION_REASON)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RTR = RegistrationTerminationRequest


@command("Registration-Termination-Answer", code=304, application_id=16777265, request=False, proxiable=True, alias="RTA")
class RegistrationTerminationAnswer(Answer):
    """<RTA> ::= < Diameter Header: 304, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RTA = RegistrationTerminationAnswer


@command("Push-Profile-Request", code=305, application_id=16777265, request=True, proxiable=True, alias="PPR")
class PushProfileRequest(Request["PushProfileAnswer"]):
    """<PPR> ::= < Diameter Header: 305, REQ, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    non_3gpp_user_data: Non3GPPUserData | None = avp(NON_3GPP_USER_DATA, default=None)
    ppr_flags: PPRFlags | int | None = avp(PPR_FLAGS, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


PPR = PushProfileRequest


@command("Push-Profile-Answer", code=305, application_id=16777265, request=False, proxiable=True, alias="PPA")
class PushProfileAnswer(Answer):
    """<PPA> ::= < Diameter Header: 305, PXY, 16777265 >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    access_network_info: AccessNetworkInfo | None = avp(ACCESS_NETWORK_INFO, default=None)
    local_time_zone: LocalTimeZone | None = avp(LOCAL_TIME_ZONE, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


PPA = PushProfileAnswer
