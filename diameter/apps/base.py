"""Dictionary 'base': generated from schemas/base.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    GROUPED,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

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

# AVPs: name, code, data format, flags that MUST be set, vendor
ACCT_INTERIM_INTERVAL: Final = AvpDef("Acct-Interim-Interval", 85, UNSIGNED32, M)
ACCOUNTING_REALTIME_REQUIRED: Final = AvpDef("Accounting-Realtime-Required", 483, ENUMERATED, M)
ACCT_MULTI_SESSION_ID: Final = AvpDef("Acct-Multi-Session-Id", 50, UTF8STRING, M)
ACCOUNTING_RECORD_NUMBER: Final = AvpDef("Accounting-Record-Number", 485, UNSIGNED32, M)
ACCOUNTING_RECORD_TYPE: Final = AvpDef("Accounting-Record-Type", 480, ENUMERATED, M)
ACCT_SESSION_ID: Final = AvpDef("Acct-Session-Id", 44, OCTET_STRING, M)
ACCOUNTING_SUB_SESSION_ID: Final = AvpDef("Accounting-Sub-Session-Id", 287, UNSIGNED64, M)
ACCT_APPLICATION_ID: Final = AvpDef("Acct-Application-Id", 259, UNSIGNED32, M)
AUTH_APPLICATION_ID: Final = AvpDef("Auth-Application-Id", 258, UNSIGNED32, M)
AUTH_REQUEST_TYPE: Final = AvpDef("Auth-Request-Type", 274, ENUMERATED, M)
AUTHORIZATION_LIFETIME: Final = AvpDef("Authorization-Lifetime", 291, UNSIGNED32, M)
AUTH_GRACE_PERIOD: Final = AvpDef("Auth-Grace-Period", 276, UNSIGNED32, M)
AUTH_SESSION_STATE: Final = AvpDef("Auth-Session-State", 277, ENUMERATED, M)
RE_AUTH_REQUEST_TYPE: Final = AvpDef("Re-Auth-Request-Type", 285, ENUMERATED, M)
CLASS: Final = AvpDef("Class", 25, OCTET_STRING, M)
DESTINATION_HOST: Final = AvpDef("Destination-Host", 293, DIAMETER_IDENTITY, M)
DESTINATION_REALM: Final = AvpDef("Destination-Realm", 283, DIAMETER_IDENTITY, M)
DISCONNECT_CAUSE: Final = AvpDef("Disconnect-Cause", 273, ENUMERATED, M)
ERROR_MESSAGE: Final = AvpDef("Error-Message", 281, UTF8STRING)
ERROR_REPORTING_HOST: Final = AvpDef("Error-Reporting-Host", 294, DIAMETER_IDENTITY)
EVENT_TIMESTAMP: Final = AvpDef("Event-Timestamp", 55, TIME, M)
EXPERIMENTAL_RESULT: Final = AvpDef("Experimental-Result", 297, GROUPED, M)
EXPERIMENTAL_RESULT_CODE: Final = AvpDef("Experimental-Result-Code", 298, UNSIGNED32, M)
FAILED_AVP: Final = AvpDef("Failed-AVP", 279, GROUPED, M)
FIRMWARE_REVISION: Final = AvpDef("Firmware-Revision", 267, UNSIGNED32)
HOST_IP_ADDRESS: Final = AvpDef("Host-IP-Address", 257, ADDRESS, M)
INBAND_SECURITY_ID: Final = AvpDef("Inband-Security-Id", 299, UNSIGNED32, M)
MULTI_ROUND_TIME_OUT: Final = AvpDef("Multi-Round-Time-Out", 272, UNSIGNED32, M)
ORIGIN_HOST: Final = AvpDef("Origin-Host", 264, DIAMETER_IDENTITY, M)
ORIGIN_REALM: Final = AvpDef("Origin-Realm", 296, DIAMETER_IDENTITY, M)
ORIGIN_STATE_ID: Final = AvpDef("Origin-State-Id", 278, UNSIGNED32, M)
PRODUCT_NAME: Final = AvpDef("Product-Name", 269, UTF8STRING)
PROXY_HOST: Final = AvpDef("Proxy-Host", 280, DIAMETER_IDENTITY, M)
PROXY_INFO: Final = AvpDef("Proxy-Info", 284, GROUPED, M)
PROXY_STATE: Final = AvpDef("Proxy-State", 33, OCTET_STRING, M)
REDIRECT_HOST: Final = AvpDef("Redirect-Host", 292, DIAMETER_URI, M)
REDIRECT_HOST_USAGE: Final = AvpDef("Redirect-Host-Usage", 261, ENUMERATED, M)
REDIRECT_MAX_CACHE_TIME: Final = AvpDef("Redirect-Max-Cache-Time", 262, UNSIGNED32, M)
RESULT_CODE: Final = AvpDef("Result-Code", 268, UNSIGNED32, M)
ROUTE_RECORD: Final = AvpDef("Route-Record", 282, DIAMETER_IDENTITY, M)
SESSION_ID: Final = AvpDef("Session-Id", 263, UTF8STRING, M)
SESSION_TIMEOUT: Final = AvpDef("Session-Timeout", 27, UNSIGNED32, M)
SESSION_BINDING: Final = AvpDef("Session-Binding", 270, UNSIGNED32, M)
SESSION_SERVER_FAILOVER: Final = AvpDef("Session-Server-Failover", 271, ENUMERATED, M)
SUPPORTED_VENDOR_ID: Final = AvpDef("Supported-Vendor-Id", 265, UNSIGNED32, M)
TERMINATION_CAUSE: Final = AvpDef("Termination-Cause", 295, ENUMERATED, M)
USER_NAME: Final = AvpDef("User-Name", 1, UTF8STRING, M)
VENDOR_ID: Final = AvpDef("Vendor-Id", 266, UNSIGNED32, M)
VENDOR_SPECIFIC_APPLICATION_ID: Final = AvpDef("Vendor-Specific-Application-Id", 260, GROUPED, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "AccountingRealtimeRequired": (ACCOUNTING_REALTIME_REQUIRED, "Values of Accounting-Realtime-Required.", (("DELIVER_AND_GRANT", 1), ("GRANT_AND_STORE", 2), ("GRANT_AND_LOSE", 3),)),
    "AccountingRecordType": (ACCOUNTING_RECORD_TYPE, "Values of Accounting-Record-Type.", (("EVENT_RECORD", 1), ("START_RECORD", 2), ("INTERIM_RECORD", 3), ("STOP_RECORD", 4),)),
    "AuthRequestType": (AUTH_REQUEST_TYPE, "Values of Auth-Request-Type.", (("AUTHENTICATE_ONLY", 1), ("AUTHORIZE_ONLY", 2), ("AUTHORIZE_AUTHENTICATE", 3),)),
    "AuthSessionState": (AUTH_SESSION_STATE, "Values of Auth-Session-State.", (("STATE_MAINTAINED", 0), ("NO_STATE_MAINTAINED", 1),)),
    "ReAuthRequestType": (RE_AUTH_REQUEST_TYPE, "Values of Re-Auth-Request-Type.", (("AUTHORIZE_ONLY", 0), ("AUTHORIZE_AUTHENTICATE", 1),)),
    "DisconnectCause": (DISCONNECT_CAUSE, "Values of Disconnect-Cause.", (("REBOOTING", 0), ("BUSY", 1), ("DO_NOT_WANT_TO_TALK_TO_YOU", 2),)),
    "InbandSecurityId": (INBAND_SECURITY_ID, "Values of Inband-Security-Id.", (("NO_INBAND_SECURITY", 0), ("TLS", 1),)),
    "RedirectHostUsage": (REDIRECT_HOST_USAGE, "Values of Redirect-Host-Usage.", (("DONT_CACHE", 0), ("ALL_SESSION", 1), ("ALL_REALM", 2), ("REALM_AND_APPLICATION", 3), ("ALL_APPLICATION", 4), ("ALL_HOST", 5), ("ALL_USER", 6),)),
    "ResultCode": (RESULT_CODE, "Values of Result-Code.", (("DIAMETER_MULTI_ROUND_AUTH", 1001), ("DIAMETER_SUCCESS", 2001), ("DIAMETER_LIMITED_SUCCESS", 2002), ("DIAMETER_COMMAND_UNSUPPORTED", 3001), ("DIAMETER_UNABLE_TO_DELIVER", 3002), ("DIAMETER_REALM_NOT_SERVED", 3003), ("DIAMETER_TOO_BUSY", 3004), ("DIAMETER_LOOP_DETECTED", 3005), ("DIAMETER_REDIRECT_INDICATION", 3006), ("DIAMETER_APPLICATION_UNSUPPORTED", 3007), ("DIAMETER_INVALID_HDR_BITS", 3008), ("DIAMETER_INVALID_AVP_BITS", 3009), ("DIAMETER_UNKNOWN_PEER", 3010), ("DIAMETER_REALM_REDIRECT_INDICATION", 3011), ("DIAMETER_AUTHENTICATION_REJECTED", 4001), ("DIAMETER_OUT_OF_SPACE", 4002), ("ELECTION_LOST", 4003), ("DIAMETER_ERROR_MIP_REPLY_FAILURE", 4005), ("DIAMETER_ERROR_HA_NOT_AVAILABLE", 4006), ("DIAMETER_ERROR_BAD_KEY", 4007), ("DIAMETER_ERROR_MIP_FILTER_NOT_SUPPORTED", 4008), ("DIAMETER_END_USER_SERVICE_DENIED", 4010), ("DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE", 4011), ("DIAMETER_CREDIT_LIMIT_REACHED", 4012), ("DIAMETER_AVP_UNSUPPORTED", 5001), ("DIAMETER_UNKNOWN_SESSION_ID", 5002), ("DIAMETER_AUTHORIZATION_REJECTED", 5003), ("DIAMETER_INVALID_AVP_VALUE", 5004), ("DIAMETER_MISSING_AVP", 5005), ("DIAMETER_RESOURCES_EXCEEDED", 5006), ("DIAMETER_CONTRADICTING_AVPS", 5007), ("DIAMETER_AVP_NOT_ALLOWED", 5008), ("DIAMETER_AVP_OCCURS_TOO_MANY_TIMES", 5009), ("DIAMETER_NO_COMMON_APPLICATION", 5010), ("DIAMETER_UNSUPPORTED_VERSION", 5011), ("DIAMETER_UNABLE_TO_COMPLY", 5012), ("DIAMETER_INVALID_BIT_IN_HEADER", 5013), ("DIAMETER_INVALID_AVP_LENGTH", 5014), ("DIAMETER_INVALID_MESSAGE_LENGTH", 5015), ("DIAMETER_INVALID_AVP_BIT_COMBO", 5016), ("DIAMETER_NO_COMMON_SECURITY", 5017), ("DIAMETER_ERROR_NO_FOREIGN_HA_SERVICE", 5024), ("DIAMETER_ERROR_END_TO_END_MIP_KEY_ENCRYPTION", 5025), ("DIAMETER_USER_UNKNOWN", 5030), ("DIAMETER_RATING_FAILED", 5031),)),
    "SessionBinding": (SESSION_BINDING, "Values of Session-Binding.", (("RE_AUTH", 1), ("STR", 2), ("ACCOUNTING", 4),)),
    "SessionServerFailover": (SESSION_SERVER_FAILOVER, "Values of Session-Server-Failover.", (("REFUSE_SERVICE", 0), ("TRY_AGAIN", 1), ("ALLOW_SERVICE", 2), ("TRY_AGAIN_ALLOW_SERVICE", 3),)),
    "TerminationCause": (TERMINATION_CAUSE, "Values of Termination-Cause.", (("DIAMETER_LOGOUT", 1), ("DIAMETER_SERVICE_NOT_PROVIDED", 2), ("DIAMETER_BAD_ANSWER", 3), ("DIAMETER_ADMINISTRATIVE", 4), ("DIAMETER_LINK_BROKEN", 5), ("DIAMETER_AUTH_EXPIRED", 6), ("DIAMETER_USER_MOVED", 7), ("DIAMETER_SESSION_TIMEOUT", 8), ("USER_REQUEST", 11), ("LOST_CARRIER", 12), ("LOST_SERVICE", 13), ("IDLE_TIMEOUT", 14), ("SESSION_TIMEOUT", 15), ("ADMIN_RESET", 16), ("ADMIN_REBOOT", 17), ("PORT_ERROR", 18), ("NAS_ERROR", 19), ("NAS_REQUEST", 20), ("NAS_REBOOT", 21), ("PORT_UNNEEDED", 22), ("PORT_PREEMPTED", 23), ("PORT_SUSPENDED", 24), ("SERVICE_UNAVAILABLE", 25), ("CALLBACK", 26), ("USER_ERROR", 27), ("HOST_REQUEST", 28),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "ProxyInfo": (PROXY_INFO, """Proxy-Info ::= < AVP Header: 284 >
         { Proxy-Host }
         { Proxy-State }
       * [ AVP ]
    """, (
        ("proxy_host", "str", PROXY_HOST, 1, 1, False),
        ("proxy_state", "bytes", PROXY_STATE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "VendorSpecificApplicationId": (VENDOR_SPECIFIC_APPLICATION_ID, """Vendor-Specific-Application-Id ::= < AVP Header: 260 >
         { Vendor-Id }
         [ Auth-Application-Id ]
         [ Acct-Application-Id ]
    """, (
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("auth_application_id", "int | None", AUTH_APPLICATION_ID, 0, 1, False),
        ("acct_application_id", "int | None", ACCT_APPLICATION_ID, 0, 1, False),
    )),
    "FailedAVP": (FAILED_AVP, """Failed-AVP ::= < AVP Header: 279 >
      1* { AVP }
    """, (
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ExperimentalResult": (EXPERIMENTAL_RESULT, """Experimental-Result ::= < AVP Header: 297 >
         { Vendor-Id }
         { Experimental-Result-Code }
    """, (
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("experimental_result_code", "int", EXPERIMENTAL_RESULT_CODE, 1, 1, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "CapabilitiesExchangeRequest": (('Capabilities-Exchange-Request', 257, 0, True, False, False, None, 'CER', 'CapabilitiesExchangeAnswer'), """<CER> ::= < Diameter Header: 257, REQ >
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
    """, (
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("host_ip_address", "tuple[AddressValue, ...]", HOST_IP_ADDRESS, 1, None, False),
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("product_name", "str", PRODUCT_NAME, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("supported_vendor_id", "tuple[int, ...]", SUPPORTED_VENDOR_ID, 0, None, False),
        ("auth_application_id", "tuple[int, ...]", AUTH_APPLICATION_ID, 0, None, False),
        ("inband_security_id", "tuple[InbandSecurityId | int, ...]", INBAND_SECURITY_ID, 0, None, False),
        ("acct_application_id", "tuple[int, ...]", ACCT_APPLICATION_ID, 0, None, False),
        ("vendor_specific_application_id", "tuple[VendorSpecificApplicationId, ...]", VENDOR_SPECIFIC_APPLICATION_ID, 0, None, False),
        ("firmware_revision", "int | None", FIRMWARE_REVISION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CapabilitiesExchangeAnswer": (('Capabilities-Exchange-Answer', 257, 0, False, False, False, None, 'CEA', None), """<CEA> ::= < Diameter Header: 257 >
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
    """, (
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("host_ip_address", "tuple[AddressValue, ...]", HOST_IP_ADDRESS, 1, None, False),
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("product_name", "str", PRODUCT_NAME, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("supported_vendor_id", "tuple[int, ...]", SUPPORTED_VENDOR_ID, 0, None, False),
        ("auth_application_id", "tuple[int, ...]", AUTH_APPLICATION_ID, 0, None, False),
        ("inband_security_id", "tuple[InbandSecurityId | int, ...]", INBAND_SECURITY_ID, 0, None, False),
        ("acct_application_id", "tuple[int, ...]", ACCT_APPLICATION_ID, 0, None, False),
        ("vendor_specific_application_id", "tuple[VendorSpecificApplicationId, ...]", VENDOR_SPECIFIC_APPLICATION_ID, 0, None, False),
        ("firmware_revision", "int | None", FIRMWARE_REVISION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DisconnectPeerRequest": (('Disconnect-Peer-Request', 282, 0, True, False, False, None, 'DPR', 'DisconnectPeerAnswer'), """<DPR> ::= < Diameter Header: 282, REQ >
         { Origin-Host }
         { Origin-Realm }
         { Disconnect-Cause }
       * [ AVP ]
    """, (
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("disconnect_cause", "DisconnectCause | int", DISCONNECT_CAUSE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DisconnectPeerAnswer": (('Disconnect-Peer-Answer', 282, 0, False, False, False, None, 'DPA', None), """<DPA> ::= < Diameter Header: 282 >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Error-Message ]
         [ Failed-AVP ]
       * [ AVP ]
    """, (
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeviceWatchdogRequest": (('Device-Watchdog-Request', 280, 0, True, False, False, None, 'DWR', 'DeviceWatchdogAnswer'), """<DWR> ::= < Diameter Header: 280, REQ >
         { Origin-Host }
         { Origin-Realm }
         [ Origin-State-Id ]
       * [ AVP ]
    """, (
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeviceWatchdogAnswer": (('Device-Watchdog-Answer', 280, 0, False, False, False, None, 'DWA', None), """<DWA> ::= < Diameter Header: 280 >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         [ Error-Message ]
         [ Failed-AVP ]
         [ Origin-State-Id ]
       * [ AVP ]
    """, (
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AnswerMessage": (('answer-message', None, None, False, False, True, None, None, None), """<answer-message> ::= < Diameter Header: code, PXY, ERR >
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
    """, (
        ("session_id", "str | None", SESSION_ID, 0, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, None, True, True, False, 'auth_application_id', 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY, Auth-Application-Id >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("re_auth_request_type", "ReAuthRequestType | int", RE_AUTH_REQUEST_TYPE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, None, False, True, False, 'application_id', 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("application_id", "int", None, 0, 1, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, None, True, True, False, 'auth_application_id', 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY, Auth-Application-Id >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("termination_cause", "TerminationCause | int", TERMINATION_CAUSE, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, None, False, True, False, 'application_id', 'STA', None), """<STA> ::= < Diameter Header: 275, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("application_id", "int", None, 0, 1, False),
    )),
    "AbortSessionRequest": (('Abort-Session-Request', 274, None, True, True, False, 'auth_application_id', 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY, Auth-Application-Id >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, None, False, True, False, 'application_id', 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("application_id", "int", None, 0, 1, False),
    )),
    "AccountingRequest": (('Accounting-Request', 271, 3, True, True, False, None, 'ACR', 'AccountingAnswer'), """<ACR> ::= < Diameter Header: 271, REQ, PXY, 3 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int | None", ACCT_APPLICATION_ID, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountingAnswer": (('Accounting-Answer', 271, 3, False, True, False, None, 'ACA', None), """<ACA> ::= < Diameter Header: 271, PXY, 3 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int | None", ACCT_APPLICATION_ID, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "Avp": "diameter.wire",
    "DiameterURI": "diameter.types",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
