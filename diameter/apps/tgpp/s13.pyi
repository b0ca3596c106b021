"""Dictionary 'tgpp.s13': generated from schemas/tgpp/s13.dia by `python -m diameter.dictc`.

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
    EQUIPMENT_STATUS,
    EquipmentStatus as EquipmentStatus,
    TERMINAL_INFORMATION,
    TerminalInformation as TerminalInformation,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "MEIdentityCheckRequest",
    "ECR",
    "MEIdentityCheckAnswer",
    "ECA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("ME-Identity-Check-Request", code=324, application_id=16777252, request=True, proxiable=True, alias="ECR")
class MEIdentityCheckRequest(Request["MEIdentityCheckAnswer"]):
    """<ECR> ::= < Diameter Header: 324, REQ, PXY, 16777252 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { Terminal-Information }
         [ User-Name ]
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
    terminal_information: TerminalInformation = avp(TERMINAL_INFORMATION)
    user_name: str | None = avp(USER_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ECR = MEIdentityCheckRequest


@command("ME-Identity-Check-Answer", code=324, application_id=16777252, request=False, proxiable=True, alias="ECA")
class MEIdentityCheckAnswer(Answer):
    """<ECA> ::= < Diameter Header: 324, PXY, 16777252 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Equipment-Status ]
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
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    equipment_status: EquipmentStatus | int | None = avp(EQUIPMENT_STATUS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ECA = MEIdentityCheckAnswer
