"""Dictionary 'tgpp.sh': generated from schemas/tgpp/sh.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_SESSION_STATE,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    FAILED_AVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    PROXY_INFO,
    RESULT_CODE,
    ROUTE_RECORD,
    SESSION_ID,
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
)
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.tgpp import (
    CALL_REFERENCE_INFO,
    CURRENT_LOCATION,
    DATA_REFERENCE,
    DSAI_TAG,
    EXPIRY_TIME,
    IDENTITY_SET,
    LOCAL_TIME_ZONE_INDICATION,
    ONE_TIME_NOTIFICATION,
    PRE_PAGING_SUPPORTED,
    REPOSITORY_DATA_ID,
    REQUESTED_DOMAIN,
    REQUESTED_NODES,
    SEND_DATA_INDICATION,
    SERVER_NAME,
    SERVICE_INDICATION,
    SERVING_NODE_INDICATION,
    SESSION_PRIORITY,
    SUBS_REQ_TYPE,
    SUPPORTED_FEATURES,
    UDR_FLAGS,
    USER_DATA_SH,
    USER_IDENTITY,
    WILDCARDED_IMPU,
    WILDCARDED_PUBLIC_IDENTITY,
)
from diameter.schema import AVP, AvpDef

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

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "UserDataRequest": (('User-Data-Request', 306, 16777217, True, True, False, None, 'UDR', 'UserDataAnswer'), """<UDR> ::= < Diameter Header: 306, REQ, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identity", "UserIdentity", USER_IDENTITY, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("server_name", "str | None", SERVER_NAME, 0, 1, False),
        ("service_indication", "tuple[bytes, ...]", SERVICE_INDICATION, 0, None, False),
        ("data_reference", "tuple[DataReference | int, ...]", DATA_REFERENCE, 1, None, False),
        ("identity_set", "tuple[IdentitySet | int, ...]", IDENTITY_SET, 0, None, False),
        ("requested_domain", "RequestedDomain | int | None", REQUESTED_DOMAIN, 0, 1, False),
        ("current_location", "CurrentLocation | int | None", CURRENT_LOCATION, 0, 1, False),
        ("dsai_tag", "tuple[bytes, ...]", DSAI_TAG, 0, None, False),
        ("session_priority", "SessionPriority | int | None", SESSION_PRIORITY, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("requested_nodes", "RequestedNodes | int | None", REQUESTED_NODES, 0, 1, False),
        ("serving_node_indication", "ServingNodeIndication | int | None", SERVING_NODE_INDICATION, 0, 1, False),
        ("pre_paging_supported", "PrePagingSupported | int | None", PRE_PAGING_SUPPORTED, 0, 1, False),
        ("local_time_zone_indication", "LocalTimeZoneIndication | int | None", LOCAL_TIME_ZONE_INDICATION, 0, 1, False),
        ("udr_flags", "UDRFlags | int | None", UDR_FLAGS, 0, 1, False),
        ("call_reference_info", "CallReferenceInfo | None", CALL_REFERENCE_INFO, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "UserDataAnswer": (('User-Data-Answer', 306, 16777217, False, True, False, None, 'UDA', None), """<UDA> ::= < Diameter Header: 306, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("user_data_sh", "bytes | None", USER_DATA_SH, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ProfileUpdateRequest": (('Profile-Update-Request', 307, 16777217, True, True, False, None, 'PUR', 'ProfileUpdateAnswer'), """<PUR> ::= < Diameter Header: 307, REQ, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identity", "UserIdentity", USER_IDENTITY, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("data_reference", "tuple[DataReference | int, ...]", DATA_REFERENCE, 1, None, False),
        ("user_data_sh", "bytes", USER_DATA_SH, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ProfileUpdateAnswer": (('Profile-Update-Answer', 307, 16777217, False, True, False, None, 'PUA', None), """<PUA> ::= < Diameter Header: 307, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("repository_data_id", "RepositoryDataID | None", REPOSITORY_DATA_ID, 0, 1, False),
        ("data_reference", "DataReference | int | None", DATA_REFERENCE, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "SubscribeNotificationsRequest": (('Subscribe-Notifications-Request', 308, 16777217, True, True, False, None, 'SNR', 'SubscribeNotificationsAnswer'), """<SNR> ::= < Diameter Header: 308, REQ, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identity", "UserIdentity", USER_IDENTITY, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("service_indication", "tuple[bytes, ...]", SERVICE_INDICATION, 0, None, False),
        ("send_data_indication", "SendDataIndication | int | None", SEND_DATA_INDICATION, 0, 1, False),
        ("server_name", "str | None", SERVER_NAME, 0, 1, False),
        ("subs_req_type", "SubsReqType | int", SUBS_REQ_TYPE, 1, 1, False),
        ("data_reference", "tuple[DataReference | int, ...]", DATA_REFERENCE, 1, None, False),
        ("identity_set", "tuple[IdentitySet | int, ...]", IDENTITY_SET, 0, None, False),
        ("expiry_time", "datetime | None", EXPIRY_TIME, 0, 1, False),
        ("dsai_tag", "tuple[bytes, ...]", DSAI_TAG, 0, None, False),
        ("one_time_notification", "OneTimeNotification | int | None", ONE_TIME_NOTIFICATION, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "SubscribeNotificationsAnswer": (('Subscribe-Notifications-Answer', 308, 16777217, False, True, False, None, 'SNA', None), """<SNA> ::= < Diameter Header: 308, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_data_sh", "bytes | None", USER_DATA_SH, 0, 1, False),
        ("expiry_time", "datetime | None", EXPIRY_TIME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PushNotificationRequest": (('Push-Notification-Request', 309, 16777217, True, True, False, None, 'PNR', 'PushNotificationAnswer'), """<PNR> ::= < Diameter Header: 309, REQ, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_identity", "UserIdentity", USER_IDENTITY, 1, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("wildcarded_impu", "str | None", WILDCARDED_IMPU, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("user_data_sh", "bytes", USER_DATA_SH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PushNotificationAnswer": (('Push-Notification-Answer', 309, 16777217, False, True, False, None, 'PNA', None), """<PNA> ::= < Diameter Header: 309, PXY, 16777217 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CallReferenceInfo": "diameter.apps.tgpp",
    "CurrentLocation": "diameter.apps.tgpp",
    "DataReference": "diameter.apps.tgpp",
    "Drmp": "diameter.apps.ietf",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "IdentitySet": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "LocalTimeZoneIndication": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "OneTimeNotification": "diameter.apps.tgpp",
    "PrePagingSupported": "diameter.apps.tgpp",
    "ProxyInfo": "diameter.apps.base",
    "RepositoryDataID": "diameter.apps.tgpp",
    "RequestedDomain": "diameter.apps.tgpp",
    "RequestedNodes": "diameter.apps.tgpp",
    "ResultCode": "diameter.apps.base",
    "SendDataIndication": "diameter.apps.tgpp",
    "ServingNodeIndication": "diameter.apps.tgpp",
    "SessionPriority": "diameter.apps.tgpp",
    "SubsReqType": "diameter.apps.tgpp",
    "SupportedFeatures": "diameter.apps.tgpp",
    "UDRFlags": "diameter.apps.tgpp",
    "UserIdentity": "diameter.apps.tgpp",
    "VendorSpecificApplicationId": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
