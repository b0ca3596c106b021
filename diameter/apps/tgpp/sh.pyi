"""Dictionary 'tgpp.sh': generated from schemas/tgpp/sh.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
    FAILED_AVP,
    FailedAVP as FailedAVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    RESULT_CODE,
    ROUTE_RECORD,
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
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
)
from diameter.apps.tgpp import (
    CALL_REFERENCE_INFO,
    CURRENT_LOCATION,
    CallReferenceInfo as CallReferenceInfo,
    CurrentLocation as CurrentLocation,
    DATA_REFERENCE,
    DSAI_TAG,
    DataReference as DataReference,
    EXPIRY_TIME,
    IDENTITY_SET,
    IdentitySet as IdentitySet,
    LOCAL_TIME_ZONE_INDICATION,
    LocalTimeZoneIndication as LocalTimeZoneIndication,
    ONE_TIME_NOTIFICATION,
    OneTimeNotification as OneTimeNotification,
    PRE_PAGING_SUPPORTED,
    PrePagingSupported as PrePagingSupported,
    REPOSITORY_DATA_ID,
    REQUESTED_DOMAIN,
    REQUESTED_NODES,
    RepositoryDataID as RepositoryDataID,
    RequestedDomain as RequestedDomain,
    RequestedNodes as RequestedNodes,
    SEND_DATA_INDICATION,
    SERVER_NAME,
    SERVICE_INDICATION,
    SERVING_NODE_INDICATION,
    SESSION_PRIORITY,
    SUBS_REQ_TYPE,
    SUPPORTED_FEATURES,
    SendDataIndication as SendDataIndication,
    ServingNodeIndication as ServingNodeIndication,
    SessionPriority as SessionPriority,
    SubsReqType as SubsReqType,
    SupportedFeatures as SupportedFeatures,
    UDRFlags as UDRFlags,
    UDR_FLAGS,
    USER_DATA_SH,
    USER_IDENTITY,
    UserIdentity as UserIdentity,
    WILDCARDED_IMPU,
    WILDCARDED_PUBLIC_IDENTITY,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "UserDataRequest",
    "UDR",
    "UserDataAnswer",
    "UDA",
    "ProfileUpdateRequest",
    "PUR",
    "ProfileUpdateAnswer",
    "PUA",
    "SubscribeNotificationsRequest",
    "SNR",
    "SubscribeNotificationsAnswer",
    "SNA",
    "PushNotificationRequest",
    "PNR",
    "PushNotificationAnswer",
    "PNA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("User-Data-Request", code=306, application_id=16777217, request=True, proxiable=True, alias="UDR")
class UserDataRequest(Request["UserDataAnswer"]):
    """<UDR> ::= < Diameter Header: 306, REQ, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identity }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
         [ Server-Name ]
       * [ Service-Indication ]
      1* { Data-Reference }
       * [ Identity-Set ]
         [ Requested-Domain ]
         [ Current-Location ]
       * [ DSAI-Tag ]
         [ Session-Priority ]
         [ User-Name ]
         [ Requested-Nodes ]
         [ Serving-Node-Indication ]
         [ Pre-paging-Supported ]
         [ Local-Time-Zone-Indication ]
         [ UDR-Flags ]
         [ Call-Reference-Info ]
         [ OC-Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identity: UserIdentity = avp(USER_IDENTITY)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    server_name: str | None = avp(SERVER_NAME, default=None)
    service_indication: tuple[bytes, ...] = repeated(SERVICE_INDICATION, default=())
    data_reference: tuple[DataReference | int, ...] = repeated(DATA_REFERENCE, min=1)
    identity_set: tuple[IdentitySet | int, ...] = repeated(IDENTITY_SET, default=())
    requested_domain: RequestedDomain | int | None = avp(REQUESTED_DOMAIN, default=None)
    current_location: CurrentLocation | int | None = avp(CURRENT_LOCATION, default=None)
    dsai_tag: tuple[bytes, ...] = repeated(DSAI_TAG, default=())
    session_priority: SessionPriority | int | None = avp(SESSION_PRIORITY, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    requested_nodes: RequestedNodes | int | None = avp(REQUESTED_NODES, default=None)
    serving_node_indication: ServingNodeIndication | int | None = avp(SERVING_NODE_INDICATION, default=None)
    pre_paging_supported: PrePagingSupported | int | None = avp(PRE_PAGING_SUPPORTED, default=None)
    local_time_zone_indication: LocalTimeZoneIndication | int | None = avp(LOCAL_TIME_ZONE_INDICATION, default=None)
    udr_flags: UDRFlags | int | None = avp(UDR_FLAGS, default=None)
    call_reference_info: CallReferenceInfo | None = avp(CALL_REFERENCE_INFO, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UDR = UserDataRequest


@command("User-Data-Answer", code=306, application_id=16777217, request=False, proxiable=True, alias="UDA")
class UserDataAnswer(Answer):
    """<UDA> ::= < Diameter Header: 306, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
         [ User-Data-Sh ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
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
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    user_data_sh: bytes | None = avp(USER_DATA_SH, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UDA = UserDataAnswer


@command("Profile-Update-Request", code=307, application_id=16777217, request=True, proxiable=True, alias="PUR")
class ProfileUpdateRequest(Request["ProfileUpdateAnswer"]):
    """<PUR> ::= < Diameter Header: 307, REQ, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identity }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
         [ User-Name ]
      1* { Data-Reference }
         { User-Data-Sh }
         [ OC-Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identity: UserIdentity = avp(USER_IDENTITY)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    data_reference: tuple[DataReference | int, ...] = repeated(DATA_REFERENCE, min=1)
    user_data_sh: bytes = avp(USER_DATA_SH)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PUR = ProfileUpdateRequest


@command("Profile-Update-Answer", code=307, application_id=16777217, request=False, proxiable=True, alias="PUA")
class ProfileUpdateAnswer(Answer):
    """<PUA> ::= < Diameter Header: 307, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
         [ Repository-Data-ID ]
         [ Data-Reference ]
       * [ Supported-Features ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    repository_data_id: RepositoryDataID | None = avp(REPOSITORY_DATA_ID, default=None)
    data_reference: DataReference | int | None = avp(DATA_REFERENCE, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PUA = ProfileUpdateAnswer


@command("Subscribe-Notifications-Request", code=308, application_id=16777217, request=True, proxiable=True, alias="SNR")
class SubscribeNotificationsRequest(Request["SubscribeNotificationsAnswer"]):
    """<SNR> ::= < Diameter Header: 308, REQ, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identity }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
       * [ Service-Indication ]
         [ Send-Data-Indication ]
         [ Server-Name ]
         { Subs-Req-Type }
      1* { Data-Reference }
       * [ Identity-Set ]
         [ Expiry-Time ]
       * [ DSAI-Tag ]
         [ One-Time-Notification ]
         [ User-Name ]
         [ OC-Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identity: UserIdentity = avp(USER_IDENTITY)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    service_indication: tuple[bytes, ...] = repeated(SERVICE_INDICATION, default=())
    send_data_indication: SendDataIndication | int | None = avp(SEND_DATA_INDICATION, default=None)
    server_name: str | None = avp(SERVER_NAME, default=None)
    subs_req_type: SubsReqType | int = avp(SUBS_REQ_TYPE)
    data_reference: tuple[DataReference | int, ...] = repeated(DATA_REFERENCE, min=1)
    identity_set: tuple[IdentitySet | int, ...] = repeated(IDENTITY_SET, default=())
    expiry_time: datetime | None = avp(EXPIRY_TIME, default=None)
    dsai_tag: tuple[bytes, ...] = repeated(DSAI_TAG, default=())
    one_time_notification: OneTimeNotification | int | None = avp(ONE_TIME_NOTIFICATION, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


SNR = SubscribeNotificationsRequest


@command("Subscribe-Notifications-Answer", code=308, application_id=16777217, request=False, proxiable=True, alias="SNA")
class SubscribeNotificationsAnswer(Answer):
    """<SNA> ::= < Diameter Header: 308, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         [ Result-Code ]
         [ Experimental-Result ]
         { Origin-Host }
         { Origin-Realm }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
       * [ Supported-Features ]
         [ User-Data-Sh ]
         [ Expiry-Time ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_data_sh: bytes | None = avp(USER_DATA_SH, default=None)
    expiry_time: datetime | None = avp(EXPIRY_TIME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


SNA = SubscribeNotificationsAnswer


@command("Push-Notification-Request", code=309, application_id=16777217, request=True, proxiable=True, alias="PNR")
class PushNotificationRequest(Request["PushNotificationAnswer"]):
    """<PNR> ::= < Diameter Header: 309, REQ, PXY, 16777217 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identity }
         [ Wildcarded-Public-Identity ]
         [ Wildcarded-IMPU ]
         [ User-Name ]
         { User-Data-Sh }
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identity: UserIdentity = avp(USER_IDENTITY)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    wildcarded_impu: str | None = avp(WILDCARDED_IMPU, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    user_data_sh: bytes = avp(USER_DATA_SH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PNR = PushNotificationRequest


@command("Push-Notification-Answer", code=309, application_id=16777217, request=False, proxiable=True, alias="PNA")
class PushNotificationAnswer(Answer):
    """<PNA> ::= < Diameter Header: 309, PXY, 16777217 >
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
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
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
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PNA = PushNotificationAnswer
