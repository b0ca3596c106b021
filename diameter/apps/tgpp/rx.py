"""Dictionary 'tgpp.rx': generated from schemas/tgpp/rx.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    CLASS,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EXPERIMENTAL_RESULT,
    FAILED_AVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    REDIRECT_HOST,
    REDIRECT_HOST_USAGE,
    REDIRECT_MAX_CACHE_TIME,
    RESULT_CODE,
    ROUTE_RECORD,
    SESSION_ID,
    TERMINATION_CAUSE,
)
from diameter.apps.credit_control import (
    SUBSCRIPTION_ID,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
)
from diameter.apps.etsi import RESERVATION_PRIORITY
from diameter.apps.ietf import DRMP, LOAD, OC_OLR, OC_SUPPORTED_FEATURES
from diameter.apps.nasreq import CALLED_STATION_ID, FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.apps.tgpp import (
    ABORT_CAUSE,
    ACCEPTABLE_SERVICE_INFO,
    ACCESS_NETWORK_CHARGING_ADDRESS,
    ACCESS_NETWORK_CHARGING_IDENTIFIER,
    AF_APPLICATION_IDENTIFIER,
    AF_CHARGING_IDENTIFIER,
    AF_REQUESTED_DATA,
    AN_GW_ADDRESS,
    AN_TRUSTED,
    CALLEE_INFORMATION,
    CALLING_PARTY_ADDRESS,
    FLOWS,
    GCS_IDENTIFIER,
    IMS_CONTENT_IDENTIFIER,
    IMS_CONTENT_TYPE,
    IP_CAN_TYPE,
    IP_DOMAIN_ID,
    MA_INFORMATION,
    MCPTT_IDENTIFIER,
    MCVIDEO_IDENTIFIER,
    MEDIA_COMPONENT_DESCRIPTION,
    MPS_ACTION,
    MPS_IDENTIFIER,
    N5GS_RAN_NAS_RELEASE_CAUSE,
    NETLOC_ACCESS_SUPPORT,
    NID,
    PRE_EMPTION_CONTROL_INFO,
    RAN_NAS_RELEASE_CAUSE,
    RAT_TYPE,
    REFERENCE_ID,
    REQUIRED_ACCESS_INFO,
    RETRY_INTERVAL,
    RX_REQUEST_TYPE,
    SERVICE_AUTHORIZATION_INFO,
    SERVICE_INFO_STATUS,
    SERVICE_URN,
    SIP_FORKING_INDICATION,
    SPECIFIC_ACTION,
    SPONSORED_CONNECTIVITY_DATA,
    SUPPORTED_FEATURES,
    TCP_SOURCE_PORT,
    TGPP_MS_TIMEZONE,
    TGPP_SGSN_MCC_MNC,
    TGPP_USER_LOCATION_INFO,
    TWAN_IDENTIFIER,
    UDP_SOURCE_PORT,
    UE_LOCAL_IP_ADDRESS,
    USER_LOCATION_INFO_TIME,
    WIRELINE_USER_LOCATION_INFO,
)
from diameter.schema import AVP, AvpDef

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
    "AARequest": (('AA-Request', 265, 16777236, True, True, False, None, 'AAR', 'AAAnswer'), """<AAR> ::= < Diameter Header: 265, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("ip_domain_id", "bytes | None", IP_DOMAIN_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("af_application_identifier", "bytes | None", AF_APPLICATION_IDENTIFIER, 0, 1, False),
        ("media_component_description", "tuple[MediaComponentDescription, ...]", MEDIA_COMPONENT_DESCRIPTION, 0, None, False),
        ("service_info_status", "ServiceInfoStatus | int | None", SERVICE_INFO_STATUS, 0, 1, False),
        ("af_charging_identifier", "bytes | None", AF_CHARGING_IDENTIFIER, 0, 1, False),
        ("sip_forking_indication", "SIPForkingIndication | int | None", SIP_FORKING_INDICATION, 0, 1, False),
        ("specific_action", "tuple[SpecificAction | int, ...]", SPECIFIC_ACTION, 0, None, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("reservation_priority", "ReservationPriority | int | None", RESERVATION_PRIORITY, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("service_urn", "bytes | None", SERVICE_URN, 0, 1, False),
        ("sponsored_connectivity_data", "SponsoredConnectivityData | None", SPONSORED_CONNECTIVITY_DATA, 0, 1, False),
        ("mps_identifier", "bytes | None", MPS_IDENTIFIER, 0, 1, False),
        ("gcs_identifier", "bytes | None", GCS_IDENTIFIER, 0, 1, False),
        ("mcptt_identifier", "bytes | None", MCPTT_IDENTIFIER, 0, 1, False),
        ("mcvideo_identifier", "bytes | None", MCVIDEO_IDENTIFIER, 0, 1, False),
        ("ims_content_identifier", "bytes | None", IMS_CONTENT_IDENTIFIER, 0, 1, False),
        ("ims_content_type", "IMSContentType | int | None", IMS_CONTENT_TYPE, 0, 1, False),
        ("calling_party_address", "tuple[str, ...]", CALLING_PARTY_ADDRESS, 0, None, False),
        ("callee_information", "CalleeInformation | None", CALLEE_INFORMATION, 0, 1, False),
        ("rx_request_type", "RxRequestType | int | None", RX_REQUEST_TYPE, 0, 1, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("af_requested_data", "int | None", AF_REQUESTED_DATA, 0, 1, False),
        ("reference_id", "bytes | None", REFERENCE_ID, 0, 1, False),
        ("pre_emption_control_info", "int | None", PRE_EMPTION_CONTROL_INFO, 0, 1, False),
        ("mps_action", "MPSAction | int | None", MPS_ACTION, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AAAnswer": (('AA-Answer', 265, 16777236, False, True, False, None, 'AAA', None), """<AAA> ::= < Diameter Header: 265, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int | None", AUTH_SESSION_STATE, 0, 1, False),
        ("access_network_charging_identifier", "tuple[AccessNetworkChargingIdentifier, ...]", ACCESS_NETWORK_CHARGING_IDENTIFIER, 0, None, False),
        ("access_network_charging_address", "AddressValue | None", ACCESS_NETWORK_CHARGING_ADDRESS, 0, 1, False),
        ("acceptable_service_info", "AcceptableServiceInfo | None", ACCEPTABLE_SERVICE_INFO, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("service_authorization_info", "int | None", SERVICE_AUTHORIZATION_INFO, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("ma_information", "MAInformation | None", MA_INFORMATION, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("nid", "bytes | None", NID, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("retry_interval", "int | None", RETRY_INTERVAL, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthRequest": (('Re-Auth-Request', 258, 16777236, True, True, False, None, 'RAR', 'ReAuthAnswer'), """<RAR> ::= < Diameter Header: 258, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("specific_action", "tuple[SpecificAction | int, ...]", SPECIFIC_ACTION, 1, None, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("access_network_charging_identifier", "tuple[AccessNetworkChargingIdentifier, ...]", ACCESS_NETWORK_CHARGING_IDENTIFIER, 0, None, False),
        ("access_network_charging_address", "AddressValue | None", ACCESS_NETWORK_CHARGING_ADDRESS, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("abort_cause", "AbortCause | int | None", ABORT_CAUSE, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("ma_information", "MAInformation | None", MA_INFORMATION, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("sponsored_connectivity_data", "SponsoredConnectivityData | None", SPONSORED_CONNECTIVITY_DATA, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("ran_nas_release_cause", "tuple[bytes, ...]", RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("n5gs_ran_nas_release_cause", "tuple[N5GSRANNASReleaseCause, ...]", N5GS_RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("nid", "bytes | None", NID, 0, 1, False),
        ("twan_identifier", "bytes | None", TWAN_IDENTIFIER, 0, 1, False),
        ("tcp_source_port", "int | None", TCP_SOURCE_PORT, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("wireline_user_location_info", "WirelineUserLocationInfo | None", WIRELINE_USER_LOCATION_INFO, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReAuthAnswer": (('Re-Auth-Answer', 258, 16777236, False, True, False, None, 'RAA', None), """<RAA> ::= < Diameter Header: 258, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("media_component_description", "tuple[MediaComponentDescription, ...]", MEDIA_COMPONENT_DESCRIPTION, 0, None, False),
        ("service_urn", "bytes | None", SERVICE_URN, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationRequest": (('Session-Termination-Request', 275, 16777236, True, True, False, None, 'STR', 'SessionTerminationAnswer'), """<STR> ::= < Diameter Header: 275, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("termination_cause", "TerminationCause | int", TERMINATION_CAUSE, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SessionTerminationAnswer": (('Session-Termination-Answer', 275, 16777236, False, True, False, None, 'STA', None), """<STA> ::= < Diameter Header: 275, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("sponsored_connectivity_data", "SponsoredConnectivityData | None", SPONSORED_CONNECTIVITY_DATA, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("ran_nas_release_cause", "tuple[bytes, ...]", RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("n5gs_ran_nas_release_cause", "tuple[N5GSRANNASReleaseCause, ...]", N5GS_RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("nid", "bytes | None", NID, 0, 1, False),
        ("twan_identifier", "bytes | None", TWAN_IDENTIFIER, 0, 1, False),
        ("tcp_source_port", "int | None", TCP_SOURCE_PORT, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("wireline_user_location_info", "WirelineUserLocationInfo | None", WIRELINE_USER_LOCATION_INFO, 0, 1, False),
        ("class_", "tuple[bytes, ...]", CLASS, 0, None, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionRequest": (('Abort-Session-Request', 274, 16777236, True, True, False, None, 'ASR', 'AbortSessionAnswer'), """<ASR> ::= < Diameter Header: 274, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("abort_cause", "AbortCause | int", ABORT_CAUSE, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AbortSessionAnswer": (('Abort-Session-Answer', 274, 16777236, False, True, False, None, 'ASA', None), """<ASA> ::= < Diameter Header: 274, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "ANTrusted": "diameter.apps.tgpp",
    "AbortCause": "diameter.apps.tgpp",
    "AcceptableServiceInfo": "diameter.apps.tgpp",
    "AccessNetworkChargingIdentifier": "diameter.apps.tgpp",
    "AddressValue": "diameter.types",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CalleeInformation": "diameter.apps.tgpp",
    "DiameterURI": "diameter.types",
    "Drmp": "diameter.apps.ietf",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "Flows": "diameter.apps.tgpp",
    "IMSContentType": "diameter.apps.tgpp",
    "IPCANType": "diameter.apps.tgpp",
    "Load": "diameter.apps.ietf",
    "MAInformation": "diameter.apps.tgpp",
    "MPSAction": "diameter.apps.tgpp",
    "MediaComponentDescription": "diameter.apps.tgpp",
    "N5GSRANNASReleaseCause": "diameter.apps.tgpp",
    "NetLocAccessSupport": "diameter.apps.tgpp",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "ProxyInfo": "diameter.apps.base",
    "RATType": "diameter.apps.tgpp",
    "RedirectHostUsage": "diameter.apps.base",
    "RequiredAccessInfo": "diameter.apps.tgpp",
    "ReservationPriority": "diameter.apps.etsi",
    "ResultCode": "diameter.apps.base",
    "RxRequestType": "diameter.apps.tgpp",
    "SIPForkingIndication": "diameter.apps.tgpp",
    "ServiceInfoStatus": "diameter.apps.tgpp",
    "SpecificAction": "diameter.apps.tgpp",
    "SponsoredConnectivityData": "diameter.apps.tgpp",
    "SubscriptionId": "diameter.apps.credit_control",
    "SupportedFeatures": "diameter.apps.tgpp",
    "TerminationCause": "diameter.apps.base",
    "UserEquipmentInfo": "diameter.apps.credit_control",
    "UserEquipmentInfoExtension": "diameter.apps.credit_control",
    "WirelineUserLocationInfo": "diameter.apps.tgpp",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
