"""Dictionary 'base': generated from schemas/base.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Final

import attrs

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.schema import (
    AVP,
    Answer,
    AvpDef,
    ErrorAnswer,
    M,
    Request,
    avp,
    command,
    grouped,
    repeated,
)
from diameter.types import (
    ADDRESS,
    AddressValue as AddressValue,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    DiameterURI as DiameterURI,
    ENUMERATED,
    GROUPED,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)
from diameter.wire import Avp

__all__ = [
    "AccountingRealtimeRequired",
    "AccountingRecordType",
    "AuthRequestType",
    "AuthSessionState",
    "ReAuthRequestType",
    "DisconnectCause",
    "InbandSecurityId",
    "RedirectHostUsage",
    "ResultCode",
    "SessionBinding",
    "SessionServerFailover",
    "TerminationCause",
    "ACCT_INTERIM_INTERVAL",
    "ACCOUNTING_REALTIME_REQUIRED",
    "ACCT_MULTI_SESSION_ID",
    "ACCOUNTING_RECORD_NUMBER",
    "ACCOUNTING_RECORD_TYPE",
    "ACCT_SESSION_ID",
    "ACCOUNTING_SUB_SESSION_ID",
    "ACCT_APPLICATION_ID",
    "AUTH_APPLICATION_ID",
    "AUTH_REQUEST_TYPE",
    "AUTHORIZATION_LIFETIME",
    "AUTH_GRACE_PERIOD",
    "AUTH_SESSION_STATE",
    "RE_AUTH_REQUEST_TYPE",
    "CLASS",
    "DESTINATION_HOST",
    "DESTINATION_REALM",
    "DISCONNECT_CAUSE",
    "ERROR_MESSAGE",
    "ERROR_REPORTING_HOST",
    "EVENT_TIMESTAMP",
    "EXPERIMENTAL_RESULT",
    "EXPERIMENTAL_RESULT_CODE",
    "FAILED_AVP",
    "FIRMWARE_REVISION",
    "HOST_IP_ADDRESS",
    "INBAND_SECURITY_ID",
    "MULTI_ROUND_TIME_OUT",
    "ORIGIN_HOST",
    "ORIGIN_REALM",
    "ORIGIN_STATE_ID",
    "PRODUCT_NAME",
    "PROXY_HOST",
    "PROXY_INFO",
    "PROXY_STATE",
    "REDIRECT_HOST",
    "REDIRECT_HOST_USAGE",
    "REDIRECT_MAX_CACHE_TIME",
    "RESULT_CODE",
    "ROUTE_RECORD",
    "SESSION_ID",
    "SESSION_TIMEOUT",
    "SESSION_BINDING",
    "SESSION_SERVER_FAILOVER",
    "SUPPORTED_VENDOR_ID",
    "TERMINATION_CAUSE",
    "USER_NAME",
    "VENDOR_ID",
    "VENDOR_SPECIFIC_APPLICATION_ID",
    "ProxyInfo",
    "VendorSpecificApplicationId",
    "FailedAVP",
    "ExperimentalResult",
    "CapabilitiesExchangeRequest",
    "CER",
    "CapabilitiesExchangeAnswer",
    "CEA",
    "DisconnectPeerRequest",
    "DPR",
    "DisconnectPeerAnswer",
    "DPA",
    "DeviceWatchdogRequest",
    "DWR",
    "DeviceWatchdogAnswer",
    "DWA",
    "AnswerMessage",
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
    "AccountingRequest",
    "ACR",
    "AccountingAnswer",
    "ACA",
]


class AccountingRealtimeRequired(IntEnum):
    """Values of Accounting-Realtime-Required."""

    DELIVER_AND_GRANT = 1
    GRANT_AND_STORE = 2
    GRANT_AND_LOSE = 3


class AccountingRecordType(IntEnum):
    """Values of Accounting-Record-Type."""

    EVENT_RECORD = 1
    START_RECORD = 2
    INTERIM_RECORD = 3
    STOP_RECORD = 4


class AuthRequestType(IntEnum):
    """Values of Auth-Request-Type."""

    AUTHENTICATE_ONLY = 1
    AUTHORIZE_ONLY = 2
    AUTHORIZE_AUTHENTICATE = 3


class AuthSessionState(IntEnum):
    """Values of Auth-Session-State."""

    STATE_MAINTAINED = 0
    NO_STATE_MAINTAINED = 1


class ReAuthRequestType(IntEnum):
    """Values of Re-Auth-Request-Type."""

    AUTHORIZE_ONLY = 0
    AUTHORIZE_AUTHENTICATE = 1


class DisconnectCause(IntEnum):
    """Values of Disconnect-Cause."""

    REBOOTING = 0
    BUSY = 1
    DO_NOT_WANT_TO_TALK_TO_YOU = 2


class InbandSecurityId(IntEnum):
    """Values of Inband-Security-Id."""

    NO_INBAND_SECURITY = 0
    TLS = 1


class RedirectHostUsage(IntEnum):
    """Values of Redirect-Host-Usage."""

    DONT_CACHE = 0
    ALL_SESSION = 1
    ALL_REALM = 2
    REALM_AND_APPLICATION = 3
    ALL_APPLICATION = 4
    ALL_HOST = 5
    ALL_USER = 6


class ResultCode(IntEnum):
    """Values of Result-Code."""

    DIAMETER_MULTI_ROUND_AUTH = 1001
    DIAMETER_SUCCESS = 2001
    DIAMETER_LIMITED_SUCCESS = 2002
    DIAMETER_COMMAND_UNSUPPORTED = 3001
    DIAMETER_UNABLE_TO_DELIVER = 3002
    DIAMETER_REALM_NOT_SERVED = 3003
    DIAMETER_TOO_BUSY = 3004
    DIAMETER_LOOP_DETECTED = 3005
    DIAMETER_REDIRECT_INDICATION = 3006
    DIAMETER_APPLICATION_UNSUPPORTED = 3007
    DIAMETER_INVALID_HDR_BITS = 3008
    DIAMETER_INVALID_AVP_BITS = 3009
    DIAMETER_UNKNOWN_PEER = 3010
    DIAMETER_REALM_REDIRECT_INDICATION = 3011
    DIAMETER_AUTHENTICATION_REJECTED = 4001
    DIAMETER_OUT_OF_SPACE = 4002
    ELECTION_LOST = 4003
    DIAMETER_ERROR_MIP_REPLY_FAILURE = 4005
    DIAMETER_ERROR_HA_NOT_AVAILABLE = 4006
    DIAMETER_ERROR_BAD_KEY = 4007
    DIAMETER_ERROR_MIP_FILTER_NOT_SUPPORTED = 4008
    DIAMETER_END_USER_SERVICE_DENIED = 4010
    DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE = 4011
    DIAMETER_CREDIT_LIMIT_REACHED = 4012
    DIAMETER_AVP_UNSUPPORTED = 5001
    DIAMETER_UNKNOWN_SESSION_ID = 5002
    DIAMETER_AUTHORIZATION_REJECTED = 5003
    DIAMETER_INVALID_AVP_VALUE = 5004
    DIAMETER_MISSING_AVP = 5005
    DIAMETER_RESOURCES_EXCEEDED = 5006
    DIAMETER_CONTRADICTING_AVPS = 5007
    DIAMETER_AVP_NOT_ALLOWED = 5008
    DIAMETER_AVP_OCCURS_TOO_MANY_TIMES = 5009
    DIAMETER_NO_COMMON_APPLICATION = 5010
    DIAMETER_UNSUPPORTED_VERSION = 5011
    DIAMETER_UNABLE_TO_COMPLY = 5012
    DIAMETER_INVALID_BIT_IN_HEADER = 5013
    DIAMETER_INVALID_AVP_LENGTH = 5014
    DIAMETER_INVALID_MESSAGE_LENGTH = 5015
    DIAMETER_INVALID_AVP_BIT_COMBO = 5016
    DIAMETER_NO_COMMON_SECURITY = 5017
    DIAMETER_ERROR_NO_FOREIGN_HA_SERVICE = 5024
    DIAMETER_ERROR_END_TO_END_MIP_KEY_ENCRYPTION = 5025
    DIAMETER_USER_UNKNOWN = 5030
    DIAMETER_RATING_FAILED = 5031


class SessionBinding(IntEnum):
    """Values of Session-Binding."""

    RE_AUTH = 1
    STR = 2
    ACCOUNTING = 4


class SessionServerFailover(IntEnum):
    """Values of Session-Server-Failover."""

    REFUSE_SERVICE = 0
    TRY_AGAIN = 1
    ALLOW_SERVICE = 2
    TRY_AGAIN_ALLOW_SERVICE = 3


class TerminationCause(IntEnum):
    """Values of Termination-Cause."""

    DIAMETER_LOGOUT = 1
    DIAMETER_SERVICE_NOT_PROVIDED = 2
    DIAMETER_BAD_ANSWER = 3
    DIAMETER_ADMINISTRATIVE = 4
    DIAMETER_LINK_BROKEN = 5
    DIAMETER_AUTH_EXPIRED = 6
    DIAMETER_USER_MOVED = 7
    DIAMETER_SESSION_TIMEOUT = 8
    USER_REQUEST = 11
    LOST_CARRIER = 12
    LOST_SERVICE = 13
    IDLE_TIMEOUT = 14
    SESSION_TIMEOUT = 15
    ADMIN_RESET = 16
    ADMIN_REBOOT = 17
    PORT_ERROR = 18
    NAS_ERROR = 19
    NAS_REQUEST = 20
    NAS_REBOOT = 21
    PORT_UNNEEDED = 22
    PORT_PREEMPTED = 23
    PORT_SUSPENDED = 24
    SERVICE_UNAVAILABLE = 25
    CALLBACK = 26
    USER_ERROR = 27
    HOST_REQUEST = 28


# AVPs: name, code, data format, flags that MUST be set, vendor
ACCT_INTERIM_INTERVAL: Final[AvpDef[int]] = AvpDef("Acct-Interim-Interval", 85, UNSIGNED32, M)
ACCOUNTING_REALTIME_REQUIRED: Final[AvpDef[int]] = AvpDef("Accounting-Realtime-Required", 483, ENUMERATED, M, enum=AccountingRealtimeRequired)
ACCT_MULTI_SESSION_ID: Final[AvpDef[str]] = AvpDef("Acct-Multi-Session-Id", 50, UTF8STRING, M)
ACCOUNTING_RECORD_NUMBER: Final[AvpDef[int]] = AvpDef("Accounting-Record-Number", 485, UNSIGNED32, M)
ACCOUNTING_RECORD_TYPE: Final[AvpDef[int]] = AvpDef("Accounting-Record-Type", 480, ENUMERATED, M, enum=AccountingRecordType)
ACCT_SESSION_ID: Final[AvpDef[bytes]] = AvpDef("Acct-Session-Id", 44, OCTET_STRING, M)
ACCOUNTING_SUB_SESSION_ID: Final[AvpDef[int]] = AvpDef("Accounting-Sub-Session-Id", 287, UNSIGNED64, M)
ACCT_APPLICATION_ID: Final[AvpDef[int]] = AvpDef("Acct-Application-Id", 259, UNSIGNED32, M)
AUTH_APPLICATION_ID: Final[AvpDef[int]] = AvpDef("Auth-Application-Id", 258, UNSIGNED32, M)
AUTH_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Auth-Request-Type", 274, ENUMERATED, M, enum=AuthRequestType)
AUTHORIZATION_LIFETIME: Final[AvpDef[int]] = AvpDef("Authorization-Lifetime", 291, UNSIGNED32, M)
AUTH_GRACE_PERIOD: Final[AvpDef[int]] = AvpDef("Auth-Grace-Period", 276, UNSIGNED32, M)
AUTH_SESSION_STATE: Final[AvpDef[int]] = AvpDef("Auth-Session-State", 277, ENUMERATED, M, enum=AuthSessionState)
RE_AUTH_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Re-Auth-Request-Type", 285, ENUMERATED, M, enum=ReAuthRequestType)
CLASS: Final[AvpDef[bytes]] = AvpDef("Class", 25, OCTET_STRING, M)
DESTINATION_HOST: Final[AvpDef[str]] = AvpDef("Destination-Host", 293, DIAMETER_IDENTITY, M)
DESTINATION_REALM: Final[AvpDef[str]] = AvpDef("Destination-Realm", 283, DIAMETER_IDENTITY, M)
DISCONNECT_CAUSE: Final[AvpDef[int]] = AvpDef("Disconnect-Cause", 273, ENUMERATED, M, enum=DisconnectCause)
ERROR_MESSAGE: Final[AvpDef[str]] = AvpDef("Error-Message", 281, UTF8STRING)
ERROR_REPORTING_HOST: Final[AvpDef[str]] = AvpDef("Error-Reporting-Host", 294, DIAMETER_IDENTITY)
EVENT_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Event-Timestamp", 55, TIME, M)
EXPERIMENTAL_RESULT: Final[AvpDef[ExperimentalResult]] = AvpDef("Experimental-Result", 297, GROUPED, M)
EXPERIMENTAL_RESULT_CODE: Final[AvpDef[int]] = AvpDef("Experimental-Result-Code", 298, UNSIGNED32, M)
FAILED_AVP: Final[AvpDef[FailedAVP]] = AvpDef("Failed-AVP", 279, GROUPED, M)
FIRMWARE_REVISION: Final[AvpDef[int]] = AvpDef("Firmware-Revision", 267, UNSIGNED32)
HOST_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Host-IP-Address", 257, ADDRESS, M)
INBAND_SECURITY_ID: Final[AvpDef[int]] = AvpDef("Inband-Security-Id", 299, UNSIGNED32, M, enum=InbandSecurityId)
MULTI_ROUND_TIME_OUT: Final[AvpDef[int]] = AvpDef("Multi-Round-Time-Out", 272, UNSIGNED32, M)
ORIGIN_HOST: Final[AvpDef[str]] = AvpDef("Origin-Host", 264, DIAMETER_IDENTITY, M)
ORIGIN_REALM: Final[AvpDef[str]] = AvpDef("Origin-Realm", 296, DIAMETER_IDENTITY, M)
ORIGIN_STATE_ID: Final[AvpDef[int]] = AvpDef("Origin-State-Id", 278, UNSIGNED32, M)
PRODUCT_NAME: Final[AvpDef[str]] = AvpDef("Product-Name", 269, UTF8STRING)
PROXY_HOST: Final[AvpDef[str]] = AvpDef("Proxy-Host", 280, DIAMETER_IDENTITY, M)
PROXY_INFO: Final[AvpDef[ProxyInfo]] = AvpDef("Proxy-Info", 284, GROUPED, M)
PROXY_STATE: Final[AvpDef[bytes]] = AvpDef("Proxy-State", 33, OCTET_STRING, M)
REDIRECT_HOST: Final[AvpDef[DiameterURI]] = AvpDef("Redirect-Host", 292, DIAMETER_URI, M)
REDIRECT_HOST_USAGE: Final[AvpDef[int]] = AvpDef("Redirect-Host-Usage", 261, ENUMERATED, M, enum=RedirectHostUsage)
REDIRECT_MAX_CACHE_TIME: Final[AvpDef[int]] = AvpDef("Redirect-Max-Cache-Time", 262, UNSIGNED32, M)
RESULT_CODE: Final[AvpDef[int]] = AvpDef("Result-Code", 268, UNSIGNED32, M, enum=ResultCode)
ROUTE_RECORD: Final[AvpDef[str]] = AvpDef("Route-Record", 282, DIAMETER_IDENTITY, M)
SESSION_ID: Final[AvpDef[str]] = AvpDef("Session-Id", 263, UTF8STRING, M)
SESSION_TIMEOUT: Final[AvpDef[int]] = AvpDef("Session-Timeout", 27, UNSIGNED32, M)
SESSION_BINDING: Final[AvpDef[int]] = AvpDef("Session-Binding", 270, UNSIGNED32, M, enum=SessionBinding)
SESSION_SERVER_FAILOVER: Final[AvpDef[int]] = AvpDef("Session-Server-Failover", 271, ENUMERATED, M, enum=SessionServerFailover)
SUPPORTED_VENDOR_ID: Final[AvpDef[int]] = AvpDef("Supported-Vendor-Id", 265, UNSIGNED32, M)
TERMINATION_CAUSE: Final[AvpDef[int]] = AvpDef("Termination-Cause", 295, ENUMERATED, M, enum=TerminationCause)
USER_NAME: Final[AvpDef[str]] = AvpDef("User-Name", 1, UTF8STRING, M)
VENDOR_ID: Final[AvpDef[int]] = AvpDef("Vendor-Id", 266, UNSIGNED32, M)
VENDOR_SPECIFIC_APPLICATION_ID: Final[AvpDef[VendorSpecificApplicationId]] = AvpDef("Vendor-Specific-Application-Id", 260, GROUPED, M)


@grouped(PROXY_INFO)
class ProxyInfo:
    """Proxy-Info ::= < AVP Header: 284 >
         { Proxy-Host }
         { Proxy-State }
       * [ AVP ]
    """

    proxy_host: str = avp(PROXY_HOST)
    proxy_state: bytes = avp(PROXY_STATE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(VENDOR_SPECIFIC_APPLICATION_ID)
class VendorSpecificApplicationId:
    """Vendor-Specific-Application-Id ::= < AVP Header: 260 >
         { Vendor-Id }
         [ Auth-Application-Id ]
         [ Acct-Application-Id ]
    """

    vendor_id: int = avp(VENDOR_ID)
    auth_application_id: int | None = avp(AUTH_APPLICATION_ID, default=None)
    acct_application_id: int | None = avp(ACCT_APPLICATION_ID, default=None)


@grouped(FAILED_AVP)
class FailedAVP:
    """Failed-AVP ::= < AVP Header: 279 >
      1* { AVP }
    """

    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EXPERIMENTAL_RESULT)
class ExperimentalResult:
    """Experimental-Result ::= < AVP Header: 297 >
         { Vendor-Id }
         { Experimental-Result-Code }
    """

    vendor_id: int = avp(VENDOR_ID)
    experimental_result_code: int = avp(EXPERIMENTAL_RESULT_CODE)


@command("Capabilities-Exchange-Request", code=257, application_id=0, request=True, alias="CER")
class CapabilitiesExchangeRequest(Request["CapabilitiesExchangeAnswer"]):
    """<CER> ::= < Diameter Header: 257, REQ >
         { Origin-Host }
         { Origin-Realm }
      1* { Host-IP-Address }
         { Vendor-Id }
         { Product-Name }
         [ Origin-State-Id ]
       * [ Supported-Vendor-Id ]
       * [ Auth-Application-Id ]
       * [ Inband-Security-Id ]
       * [ Acct-Application-Id ]
       * [ Vendor-Specific-Application-Id ]
         [ Firmware-Revision ]
       * [ AVP ]
    """

    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    host_ip_address: tuple[AddressValue, ...] = repeated(HOST_IP_ADDRESS, min=1)
    vendor_id: int = avp(VENDOR_ID)
    product_name: str = avp(PRODUCT_NAME)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    supported_vendor_id: tuple[int, ...] = repeated(SUPPORTED_VENDOR_ID, default=())
    auth_application_id: tuple[int, ...] = repeated(AUTH_APPLICATION_ID, default=())
    inband_security_id: tuple[InbandSecurityId | int, ...] = repeated(INBAND_SECURITY_ID, default=())
    acct_application_id: tuple[int, ...] = repeated(ACCT_APPLICATION_ID, default=())
    vendor_specific_application_id: tuple[VendorSpecificApplicationId, ...] = repeated(VENDOR_SPECIFIC_APPLICATION_ID, default=())
    firmware_revision: int | None = avp(FIRMWARE_REVISION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CER = CapabilitiesExchangeRequest


@command("Capabilities-Exchange-Answer", code=257, application_id=0, request=False, alias="CEA")
class CapabilitiesExchangeAnswer(Answer):
    """<CEA> ::= < Diameter Header: 257 >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
      1* { Host-IP-Address }
         { Vendor-Id }
         { Product-Name }
         [ Origin-State-Id ]
         [ Error-Message ]
         [ Failed-AVP ]
       * [ Supported-Vendor-Id ]
       * [ Auth-Application-Id ]
       * [ Inband-Security-Id ]
       * [ Acct-Application-Id ]
       * [ Vendor-Specific-Application-Id ]
         [ Firmware-Revision ]
       * [ AVP ]
    """

    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    host_ip_address: tuple[AddressValue, ...] = repeated(HOST_IP_ADDRESS, min=1)
    vendor_id: int = avp(VENDOR_ID)
    product_name: str = avp(PRODUCT_NAME)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    supported_vendor_id: tuple[int, ...] = repeated(SUPPORTED_VENDOR_ID, default=())
    auth_application_id: tuple[int, ...] = repeated(AUTH_APPLICATION_ID, default=())
    inband_security_id: tuple[InbandSecurityId | int, ...] = repeated(INBAND_SECURITY_ID, default=())
    acct_application_id: tuple[int, ...] = repeated(ACCT_APPLICATION_ID, default=())
    vendor_specific_application_id: tuple[VendorSpecificApplicationId, ...] = repeated(VENDOR_SPECIFIC_APPLICATION_ID, default=())
    firmware_revision: int | None = avp(FIRMWARE_REVISION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CEA = CapabilitiesExchangeAnswer


@command("Disconnect-Peer-Request", code=282, application_id=0, request=True, alias="DPR")
class DisconnectPeerRequest(Request["DisconnectPeerAnswer"]):
    """<DPR> ::= < Diameter Header: 282, REQ >
         { Origin-Host }
         { Origin-Realm }
         { Disconnect-Cause }
       * [ AVP ]
    """

    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    disconnect_cause: DisconnectCause | int = avp(DISCONNECT_CAUSE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DPR = DisconnectPeerRequest


@command("Disconnect-Peer-Answer", code=282, application_id=0, request=False, alias="DPA")
class DisconnectPeerAnswer(Answer):
    """<DPA> ::= < Diameter Header: 282 >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Error-Message ]
         [ Failed-AVP ]
       * [ AVP ]
    """

    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DPA = DisconnectPeerAnswer


@command("Device-Watchdog-Request", code=280, application_id=0, request=True, alias="DWR")
class DeviceWatchdogRequest(Request["DeviceWatchdogAnswer"]):
    """<DWR> ::= < Diameter Header: 280, REQ >
         { Origin-Host }
         { Origin-Realm }
         [ Origin-State-Id ]
       * [ AVP ]
    """

    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DWR = DeviceWatchdogRequest


@command("Device-Watchdog-Answer", code=280, application_id=0, request=False, alias="DWA")
class DeviceWatchdogAnswer(Answer):
    """<DWA> ::= < Diameter Header: 280 >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Error-Message ]
         [ Failed-AVP ]
         [ Origin-State-Id ]
       * [ AVP ]
    """

    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


DWA = DeviceWatchdogAnswer


@command("answer-message", code=None, application_id=None, request=False, error=True)
class AnswerMessage(ErrorAnswer):
    """<answer-message> ::= < Diameter Header: code, PXY, ERR >
     0*1 < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Result-Code }
         [ Origin-State-Id ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
         [ Experimental-Result ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str | None = avp(SESSION_ID, default=None, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Re-Auth-Request", code=258, application_id=None, application_id_field="auth_application_id", request=True, proxiable=True, alias="RAR")
class ReAuthRequest(Request["ReAuthAnswer"]):
    """<RAR> ::= < Diameter Header: 258, REQ, PXY, Auth-Application-Id >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         { Re-Auth-Request-Type }
         [ User-Name ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    re_auth_request_type: ReAuthRequestType | int = avp(RE_AUTH_REQUEST_TYPE)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RAR = ReAuthRequest


@command("Re-Auth-Answer", code=258, application_id=None, application_id_field="application_id", request=False, proxiable=True, alias="RAA")
class ReAuthAnswer(Answer):
    """<RAA> ::= < Diameter Header: 258, PXY >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
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
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    application_id: int = attrs.field(default=0)


RAA = ReAuthAnswer


@command("Session-Termination-Request", code=275, application_id=None, application_id_field="auth_application_id", request=True, proxiable=True, alias="STR")
class SessionTerminationRequest(Request["SessionTerminationAnswer"]):
    """<STR> ::= < Diameter Header: 275, REQ, PXY, Auth-Application-Id >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Application-Id }
         { Termination-Cause }
         [ User-Name ]
         [ Destination-Host ]
       * [ Class ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    termination_cause: TerminationCause | int = avp(TERMINATION_CAUSE)
    user_name: str | None = avp(USER_NAME, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


STR = SessionTerminationRequest


@command("Session-Termination-Answer", code=275, application_id=None, application_id_field="application_id", request=False, proxiable=True, alias="STA")
class SessionTerminationAnswer(Answer):
    """<STA> ::= < Diameter Header: 275, PXY >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ Class ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    class_: tuple[bytes, ...] = repeated(CLASS, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    application_id: int = attrs.field(default=0)


STA = SessionTerminationAnswer


@command("Abort-Session-Request", code=274, application_id=None, application_id_field="auth_application_id", request=True, proxiable=True, alias="ASR")
class AbortSessionRequest(Request["AbortSessionAnswer"]):
    """<ASR> ::= < Diameter Header: 274, REQ, PXY, Auth-Application-Id >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         [ User-Name ]
         [ Origin-State-Id ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ASR = AbortSessionRequest


@command("Abort-Session-Answer", code=274, application_id=None, application_id_field="application_id", request=False, proxiable=True, alias="ASA")
class AbortSessionAnswer(Answer):
    """<ASA> ::= < Diameter Header: 274, PXY >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
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
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    application_id: int = attrs.field(default=0)


ASA = AbortSessionAnswer


@command("Accounting-Request", code=271, application_id=3, request=True, proxiable=True, alias="ACR")
class AccountingRequest(Request["AccountingAnswer"]):
    """<ACR> ::= < Diameter Header: 271, REQ, PXY, 3 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         [ Acct-Application-Id ]
         [ Vendor-Specific-Application-Id ]
         [ User-Name ]
         [ Destination-Host ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Acct-Interim-Interval ]
         [ Accounting-Realtime-Required ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int | None = avp(ACCT_APPLICATION_ID, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACR = AccountingRequest


@command("Accounting-Answer", code=271, application_id=3, request=False, proxiable=True, alias="ACA")
class AccountingAnswer(Answer):
    """<ACA> ::= < Diameter Header: 271, PXY, 3 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         [ Acct-Application-Id ]
         [ Vendor-Specific-Application-Id ]
         [ User-Name ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
         [ Acct-Interim-Interval ]
         [ Accounting-Realtime-Required ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int | None = avp(ACCT_APPLICATION_ID, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACA = AccountingAnswer
