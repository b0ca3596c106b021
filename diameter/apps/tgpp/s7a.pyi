"""Dictionary 'tgpp.s7a': generated from schemas/tgpp/s7a.dia by `python -m diameter.dictc`.

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
from diameter.apps.ietf import DRMP, Drmp as Drmp
from diameter.apps.tgpp import (
    CANCELLATION_TYPE,
    CancellationType as CancellationType,
    DSRFlags as DSRFlags,
    DSR_FLAGS,
    ERROR_DIAGNOSTIC,
    ErrorDiagnostic as ErrorDiagnostic,
    MSISDN,
    RESET_ID,
    SGSN_NUMBER,
    SUPPORTED_FEATURES,
    SupportedFeatures as SupportedFeatures,
    UVAFlags as UVAFlags,
    UVA_FLAGS,
    UVRFlags as UVRFlags,
    UVR_FLAGS,
    VPLMNCSGSubscriptionData as VPLMNCSGSubscriptionData,
    VPLMN_CSG_SUBSCRIPTION_DATA,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "UpdateVCSGLocationRequest",
    "UVR",
    "UpdateVCSGLocationAnswer",
    "UVA",
    "InsertSubscriberDataRequest",
    "IDR",
    "InsertSubscriberDataAnswer",
    "IDA",
    "DeleteSubscriberDataRequest",
    "DSR",
    "DeleteSubscriberDataAnswer",
    "DSA",
    "ResetRequest",
    "RSR",
    "ResetAnswer",
    "RSA",
    "CancelVCSGLocationRequest",
    "CVR",
    "CancelVCSGLocationAnswer",
    "CVA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Update-VCSG-Location-Request", code=8388638, application_id=16777308, request=True, proxiable=True, alias="UVR")
class UpdateVCSGLocationRequest(Request["UpdateVCSGLocationAnswer"]):
    """<UVR> ::= < Diameter Header: 8388638, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ MSISDN ]
         [ SGSN-Number ]
       * [ Supported-Features ]
         { UVR-Flags }
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    msisdn: bytes | None = avp(MSISDN, default=None)
    sgsn_number: bytes | None = avp(SGSN_NUMBER, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    uvr_flags: UVRFlags | int = avp(UVR_FLAGS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UVR = UpdateVCSGLocationRequest


@command("Update-VCSG-Location-Answer", code=8388638, application_id=16777308, request=False, proxiable=True, alias="UVA")
class UpdateVCSGLocationAnswer(Answer):
    """<UVA> ::= < Diameter Header: 8388638, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         [ Error-Diagnostic ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ VPLMN-CSG-Subscription-Data ]
         [ UVA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    error_diagnostic: ErrorDiagnostic | int | None = avp(ERROR_DIAGNOSTIC, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    vplmn_csg_subscription_data: tuple[VPLMNCSGSubscriptionData, ...] = repeated(VPLMN_CSG_SUBSCRIPTION_DATA, default=())
    uva_flags: UVAFlags | int | None = avp(UVA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UVA = UpdateVCSGLocationAnswer


@command("Insert-Subscriber-Data-Request", code=319, application_id=16777308, request=True, proxiable=True, alias="IDR")
class InsertSubscriberDataRequest(Request["InsertSubscriberDataAnswer"]):
    """<IDR> ::= < Diameter Header: 319, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
      1* { VPLMN-CSG-Subscription-Data }
       * [ Reset-ID ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    vplmn_csg_subscription_data: tuple[VPLMNCSGSubscriptionData, ...] = repeated(VPLMN_CSG_SUBSCRIPTION_DATA, min=1)
    reset_id: tuple[bytes, ...] = repeated(RESET_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


IDR = InsertSubscriberDataRequest


@command("Insert-Subscriber-Data-Answer", code=319, application_id=16777308, request=False, proxiable=True, alias="IDA")
class InsertSubscriberDataAnswer(Answer):
    """<IDA> ::= < Diameter Header: 319, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


IDA = InsertSubscriberDataAnswer


@command("Delete-Subscriber-Data-Request", code=320, application_id=16777308, request=True, proxiable=True, alias="DSR")
class DeleteSubscriberDataRequest(Request["DeleteSubscriberDataAnswer"]):
    """<DSR> ::= < Diameter Header: 320, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
         { DSR-Flags }
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    dsr_flags: DSRFlags | int = avp(DSR_FLAGS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


DSR = DeleteSubscriberDataRequest


@command("Delete-Subscriber-Data-Answer", code=320, application_id=16777308, request=False, proxiable=True, alias="DSA")
class DeleteSubscriberDataAnswer(Answer):
    """<DSA> ::= < Diameter Header: 320, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


DSA = DeleteSubscriberDataAnswer


@command("Reset-Request", code=322, application_id=16777308, request=True, proxiable=True, alias="RSR")
class ResetRequest(Request["ResetAnswer"]):
    """<RSR> ::= < Diameter Header: 322, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
       * [ Reset-ID ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    reset_id: tuple[bytes, ...] = repeated(RESET_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RSR = ResetRequest


@command("Reset-Answer", code=322, application_id=16777308, request=False, proxiable=True, alias="RSA")
class ResetAnswer(Answer):
    """<RSA> ::= < Diameter Header: 322, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RSA = ResetAnswer


@command("Cancel-VCSG-Location-Request", code=8388642, application_id=16777308, request=True, proxiable=True, alias="CVR")
class CancelVCSGLocationRequest(Request["CancelVCSGLocationAnswer"]):
    """<CVR> ::= < Diameter Header: 8388642, REQ, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
         { Cancellation-Type }
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    cancellation_type: CancellationType | int = avp(CANCELLATION_TYPE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


CVR = CancelVCSGLocationRequest


@command("Cancel-VCSG-Location-Answer", code=8388642, application_id=16777308, request=False, proxiable=True, alias="CVA")
class CancelVCSGLocationAnswer(Answer):
    """<CVA> ::= < Diameter Header: 8388642, PXY, 16777308 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


CVA = CancelVCSGLocationAnswer
