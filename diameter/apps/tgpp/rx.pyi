"""Dictionary 'tgpp.rx': generated from schemas/tgpp/rx.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
    CLASS,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
    FAILED_AVP,
    FailedAVP as FailedAVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    REDIRECT_HOST,
    REDIRECT_HOST_USAGE,
    REDIRECT_MAX_CACHE_TIME,
    RESULT_CODE,
    ROUTE_RECORD,
    RedirectHostUsage as RedirectHostUsage,
    ResultCode as ResultCode,
    SESSION_ID,
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
)
from diameter.apps.credit_control import (
    SUBSCRIPTION_ID,
    SubscriptionId as SubscriptionId,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
    UserEquipmentInfo as UserEquipmentInfo,
    UserEquipmentInfoExtension as UserEquipmentInfoExtension,
)
from diameter.apps.etsi import (
    RESERVATION_PRIORITY,
    ReservationPriority as ReservationPriority,
)
from diameter.apps.ietf import (
    DRMP,
    Drmp as Drmp,
    LOAD,
    Load as Load,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
)
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    ABORT_CAUSE,
    ACCEPTABLE_SERVICE_INFO,
    ACCESS_NETWORK_CHARGING_ADDRESS,
    ACCESS_NETWORK_CHARGING_IDENTIFIER,
    AF_APPLICATION_IDENTIFIER,
    AF_CHARGING_IDENTIFIER,
    AF_REQUESTED_DATA,
    ANTrusted as ANTrusted,
    AN_GW_ADDRESS,
    AN_TRUSTED,
    AbortCause as AbortCause,
    AcceptableServiceInfo as AcceptableServiceInfo,
    AccessNetworkChargingIdentifier as AccessNetworkChargingIdentifier,
    CALLEE_INFORMATION,
    CALLING_PARTY_ADDRESS,
    CalleeInformation as CalleeInformation,
    FLOWS,
    Flows as Flows,
    GCS_IDENTIFIER,
    IMSContentType as IMSContentType,
    IMS_CONTENT_IDENTIFIER,
    IMS_CONTENT_TYPE,
    IPCANType as IPCANType,
    IP_CAN_TYPE,
    IP_DOMAIN_ID,
    MAInformation as MAInformation,
    MA_INFORMATION,
    MCPTT_IDENTIFIER,
    MCVIDEO_IDENTIFIER,
    MEDIA_COMPONENT_DESCRIPTION,
    MPSAction as MPSAction,
    MPS_ACTION,
    MPS_IDENTIFIER,
    MediaComponentDescription as MediaComponentDescription,
    N5GSRANNASReleaseCause as N5GSRANNASReleaseCause,
    N5GS_RAN_NAS_RELEASE_CAUSE,
    NETLOC_ACCESS_SUPPORT,
    NID,
    NetLocAccessSupport as NetLocAccessSupport,
    PRE_EMPTION_CONTROL_INFO,
    RAN_NAS_RELEASE_CAUSE,
    RATType as RATType,
    RAT_TYPE,
    REFERENCE_ID,
    REQUIRED_ACCESS_INFO,
    RETRY_INTERVAL,
    RX_REQUEST_TYPE,
    RequiredAccessInfo as RequiredAccessInfo,
    RxRequestType as RxRequestType,
    SERVICE_AUTHORIZATION_INFO,
    SERVICE_INFO_STATUS,
    SERVICE_URN,
    SIPForkingIndication as SIPForkingIndication,
    SIP_FORKING_INDICATION,
    SPECIFIC_ACTION,
    SPONSORED_CONNECTIVITY_DATA,
    SUPPORTED_FEATURES,
    ServiceInfoStatus as ServiceInfoStatus,
    SpecificAction as SpecificAction,
    SponsoredConnectivityData as SponsoredConnectivityData,
    SupportedFeatures as SupportedFeatures,
    TCP_SOURCE_PORT,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TWAN_IDENTIFIER,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_LOCATION_INFO_TIME,
    WIRELINE_USER_LOCATION_INFO,
    WirelineUserLocationInfo as WirelineUserLocationInfo,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue, DiameterURI as DiameterURI
from diameter.wire import Avp

__all__ = [
    "AARequest",
    "AAR",
    "AAAnswer",
    "AAA",
    "ReAuthRequest",
    "RAR",
    "ReAuthAnswer",
    "RAA",
    "SessionTerminationRequest",
    "STR",
    "SessionTerminationAnswer",
    "STA",
    "AbortSessionRequest",
    "ASR",
    "AbortSessionAnswer",
    "ASA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("AA-Request", code=265, application_id=16777236, request=True, proxiable=True, alias="AAR")
class AARequest(Request["AAAnswer"]):
    """<AAR> ::= < Diameter Header: 265, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         [ IP-Domain-Id ]
         [ Auth-Session-State ]
         [ AF-Application-Identifier ]
       * [ Media-Component-Description ]
         [ Service-Info-Status ]
         [ AF-Charging-Identifier ]
         [ SIP-Forking-Indication ]
       * [ Specific-Action ]
       * [ Subscription-Id ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Reservation-Priority ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Called-Station-Id ]
         [ Service-URN ]
         [ Sponsored-Connectivity-Data ]
         [ MPS-Identifier ]
         [ GCS-Identifier ]
         [ MCPTT-Identifier ]
         [ MCVideo-Identifier ]
         [ IMS-Content-Identifier ]
         [ IMS-Content-Type ]
       * [ Calling-Party-Address ]
         [ Callee-Information ]
         [ Rx-Request-Type ]
       * [ Required-Access-Info ]
         [ AF-Requested-Data ]
         [ Reference-Id ]
         [ Pre-emption-Control-Info ]
         [ MPS-Action ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    ip_domain_id: bytes | None = avp(IP_DOMAIN_ID, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    af_application_identifier: bytes | None = avp(AF_APPLICATION_IDENTIFIER, default=None)
    media_component_description: tuple[MediaComponentDescription, ...] = repeated(MEDIA_COMPONENT_DESCRIPTION, default=())
    service_info_status: ServiceInfoStatus | int | None = avp(SERVICE_INFO_STATUS, default=None)
    af_charging_identifier: bytes | None = avp(AF_CHARGING_IDENTIFIER, default=None)
    sip_forking_indication: SIPForkingIndication | int | None = avp(SIP_FORKING_INDICATION, default=None)
    specific_action: tuple[SpecificAction | int, ...] = repeated(SPECIFIC_ACTION, default=())
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    reservation_priority: ReservationPriority | int | None = avp(RESERVATION_PRIORITY, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    service_urn: bytes | None = avp(SERVICE_URN, default=None)
    sponsored_connectivity_data: SponsoredConnectivityData | None = avp(SPONSORED_CONNECTIVITY_DATA, default=None)
    mps_identifier: bytes | None = avp(MPS_IDENTIFIER, default=None)
    gcs_identifier: bytes | None = avp(GCS_IDENTIFIER, default=None)
    mcptt_identifier: bytes | None = avp(MCPTT_IDENTIFIER, default=None)
    mcvideo_identifier: bytes | None = avp(MCVIDEO_IDENTIFIER, default=None)
    ims_content_identifier: bytes | None = avp(IMS_CONTENT_IDENTIFIER, default=None)
    ims_content_type: IMSContentType | int | None = avp(IMS_CONTENT_TYPE, default=None)
    calling_party_address: tuple[str, ...] = repeated(CALLING_PARTY_ADDRESS, default=())
    callee_information: CalleeInformation | None = avp(CALLEE_INFORMATION, default=None)
    rx_request_type: RxRequestType | int | None = avp(RX_REQUEST_TYPE, default=None)
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    af_requested_data: int | None = avp(AF_REQUESTED_DATA, default=None)
    reference_id: bytes | None = avp(REFERENCE_ID, default=None)
    pre_emption_control_info: int | None = avp(PRE_EMPTION_CONTROL_INFO, default=None)
    mps_action: MPSAction | int | None = avp(MPS_ACTION, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAR = AARequest


@command("AA-Answer", code=265, application_id=16777236, request=False, proxiable=True, alias="AAA")
class AAAnswer(Answer):
    """<AAA> ::= < Diameter Header: 265, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Auth-Session-State ]
       * [ Access-Network-Charging-Identifier ]
         [ Access-Network-Charging-Address ]
         [ Acceptable-Service-Info ]
     0*2 [ AN-GW-Address ]
         [ AN-Trusted ]
         [ Service-Authorization-Info ]
         [ IP-CAN-Type ]
         [ MA-Information ]
         [ NetLoc-Access-Support ]
         [ RAT-Type ]
       * [ Flows ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Supported-Features ]
       * [ Subscription-Id ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ NID ]
       * [ Class ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
         [ Retry-Interval ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int | None = avp(AUTH_SESSION_STATE, default=None)
    access_network_charging_identifier: tuple[AccessNetworkChargingIdentifier, ...] = repeated(ACCESS_NETWORK_CHARGING_IDENTIFIER, default=())
    access_network_charging_address: AddressValue | None = avp(ACCESS_NETWORK_CHARGING_ADDRESS, default=None)
    acceptable_service_info: AcceptableServiceInfo | None = avp(ACCEPTABLE_SERVICE_INFO, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    service_authorization_info: int | None = avp(SERVICE_AUTHORIZATION_INFO, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    ma_information: MAInformation | None = avp(MA_INFORMATION, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    nid: bytes | None = avp(NID, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    retry_interval: int | None = avp(RETRY_INTERVAL, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


AAA = AAAnswer


@command("Re-Auth-Request", code=258, application_id=16777236, request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
      1* { Specific-Action }
         [ OC-Supported-Features ]
       * [ Access-Network-Charging-Identifier ]
         [ Access-Network-Charging-Address ]
     0*2 [ AN-GW-Address ]
         [ AN-Trusted ]
       * [ Flows ]
       * [ Subscription-Id ]
         [ Abort-Cause ]
         [ IP-CAN-Type ]
         [ MA-Information ]
         [ NetLoc-Access-Support ]
         [ RAT-Type ]
         [ Sponsored-Connectivity-Data ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ 3GPP-MS-TimeZone ]
       * [ RAN-NAS-Release-Cause ]
       * [ 5GS-RAN-NAS-Release-Cause ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ NID ]
         [ TWAN-Identifier ]
         [ TCP-Source-Port ]
         [ UDP-Source-Port ]
         [ UE-Local-IP-Address ]
         [ Wireline-User-Location-Info ]
         [ Origin-State-Id ]
       * [ Class ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    specific_action: tuple[SpecificAction | int, ...] = repeated(SPECIFIC_ACTION, min=1)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    access_network_charging_identifier: tuple[AccessNetworkChargingIdentifier, ...] = repeated(ACCESS_NETWORK_CHARGING_IDENTIFIER, default=())
    access_network_charging_address: AddressValue | None = avp(ACCESS_NETWORK_CHARGING_ADDRESS, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    abort_cause: AbortCause | int | None = avp(ABORT_CAUSE, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    ma_information: MAInformation | None = avp(MA_INFORMATION, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    sponsored_connectivity_data: SponsoredConnectivityData | None = avp(SPONSORED_CONNECTIVITY_DATA, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    ran_nas_release_cause: tuple[bytes, ...] = repeated(RAN_NAS_RELEASE_CAUSE, default=())
    n5gs_ran_nas_release_cause: tuple[N5GSRANNASReleaseCause, ...] = repeated(N5GS_RAN_NAS_RELEASE_CAUSE, default=())
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    nid: bytes | None = avp(NID, default=None)
    twan_identifier: bytes | None = avp(TWAN_IDENTIFIER, default=None)
    tcp_source_port: int | None = avp(TCP_SOURCE_PORT, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    wireline_user_location_info: WirelineUserLocationInfo | None = avp(WIRELINE_USER_LOCATION_INFO, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=16777236, request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Media-Component-Description ]
         [ Service-URN ]
         [ Origin-State-Id ]
       * [ Class ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    media_component_description: tuple[MediaComponentDescription, ...] = repeated(MEDIA_COMPONENT_DESCRIPTION, default=())
    service_urn: bytes | None = avp(SERVICE_URN, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAA = ReAuthAnswer


@command("Session-Termination-Request", code=275, application_id=16777236, request=True, proxiable=True, alias="STR")
class SessionTerminationRequest(Request["SessionTerminationAnswer"]):
    """<STR> ::= < Diameter Header: 275, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Application-Id }
         { Termination-Cause }
         [ Destination-Host ]
         [ OC-Supported-Features ]
       * [ Required-Access-Info ]
       * [ Class ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    termination_cause: TerminationCause | int = avp(TERMINATION_CAUSE)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STR = SessionTerminationRequest


@command("Session-Termination-Answer", code=275, application_id=16777236, request=False, proxiable=True, alias="STA")
class SessionTerminationAnswer(Answer):
    """<STA> ::= < Diameter Header: 275, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ Failed-AVP ]
         [ Sponsored-Connectivity-Data ]
         [ Origin-State-Id ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ 3GPP-MS-TimeZone ]
       * [ RAN-NAS-Release-Cause ]
       * [ 5GS-RAN-NAS-Release-Cause ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ NID ]
         [ TWAN-Identifier ]
         [ TCP-Source-Port ]
         [ UDP-Source-Port ]
         [ UE-Local-IP-Address ]
         [ NetLoc-Access-Support ]
         [ Wireline-User-Location-Info ]
       * [ Class ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    sponsored_connectivity_data: SponsoredConnectivityData | None = avp(SPONSORED_CONNECTIVITY_DATA, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    ran_nas_release_cause: tuple[bytes, ...] = repeated(RAN_NAS_RELEASE_CAUSE, default=())
    n5gs_ran_nas_release_cause: tuple[N5GSRANNASReleaseCause, ...] = repeated(N5GS_RAN_NAS_RELEASE_CAUSE, default=())
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    nid: bytes | None = avp(NID, default=None)
    twan_identifier: bytes | None = avp(TWAN_IDENTIFIER, default=None)
    tcp_source_port: int | None = avp(TCP_SOURCE_PORT, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    wireline_user_location_info: WirelineUserLocationInfo | None = avp(WIRELINE_USER_LOCATION_INFO, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STA = SessionTerminationAnswer


@command("Abort-Session-Request", code=274, application_id=16777236, request=True, proxiable=True, alias="ASR")
class AbortSessionRequest(Request["AbortSessionAnswer"]):
    """<ASR> ::= < Diameter Header: 274, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         [ OC-Supported-Features ]
         { Abort-Cause }
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    abort_cause: AbortCause | int = avp(ABORT_CAUSE)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASR = AbortSessionRequest


@command("Abort-Session-Answer", code=274, application_id=16777236, request=False, proxiable=True, alias="ASA")
class AbortSessionAnswer(Answer):
    """<ASA> ::= < Diameter Header: 274, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ Origin-State-Id ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASA = AbortSessionAnswer
