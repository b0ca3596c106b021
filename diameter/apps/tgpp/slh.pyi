"""Dictionary 'tgpp.slh': generated from schemas/tgpp/slh.dia by `python -m diameter.dictc`.

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
from diameter.apps.tgpp import (
    ADDITIONAL_SERVING_NODE,
    AdditionalServingNode as AdditionalServingNode,
    GMLC_ADDRESS,
    GMLC_NUMBER,
    LMSI,
    MSISDN,
    PPR_ADDRESS,
    RIAFlags as RIAFlags,
    RIA_FLAGS,
    SERVING_NODE,
    SUPPORTED_FEATURES,
    ServingNode as ServingNode,
    SupportedFeatures as SupportedFeatures,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue
from diameter.wire import Avp

__all__ = [
    "LCSRoutingInfoRequest",
    "RIR",
    "LCSRoutingInfoAnswer",
    "RIA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("LCS-Routing-Info-Request", code=8388622, application_id=16777291, request=True, proxiable=True, alias="RIR")
class LCSRoutingInfoRequest(Request["LCSRoutingInfoAnswer"]):
    """<RIR> ::= < Diameter Header: 8388622, REQ, PXY, 16777291 >
         < Session-Id >
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ User-Name ]
         [ MSISDN ]
         [ GMLC-Number ]
       * [ Supported-Features ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    gmlc_number: bytes | None = avp(GMLC_NUMBER, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RIR = LCSRoutingInfoRequest


@command("LCS-Routing-Info-Answer", code=8388622, application_id=16777291, request=False, proxiable=True, alias="RIA")
class LCSRoutingInfoAnswer(Answer):
    """<RIA> ::= < Diameter Header: 8388622, PXY, 16777291 >
         < Session-Id >
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ User-Name ]
         [ MSISDN ]
         [ LMSI ]
         [ Serving-Node ]
       * [ Additional-Serving-Node ]
         [ GMLC-Address ]
         [ PPR-Address ]
         [ RIA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    lmsi: bytes | None = avp(LMSI, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    additional_serving_node: tuple[AdditionalServingNode, ...] = repeated(ADDITIONAL_SERVING_NODE, default=())
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    ppr_address: AddressValue | None = avp(PPR_ADDRESS, default=None)
    ria_flags: RIAFlags | int | None = avp(RIA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RIA = LCSRoutingInfoAnswer
