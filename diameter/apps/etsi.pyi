"""Dictionary 'etsi': generated from schemas/etsi.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.nasreq import (
    FRAMED_IPV6_PREFIX,
    FRAMED_IP_ADDRESS,
    NASPortType as NASPortType,
    NAS_FILTER_RULE,
    NAS_PORT_TYPE,
)
from diameter.schema import AVP, AvpDef, M, avp, grouped, repeated
from diameter.types import (
    DIAMETER_IDENTITY,
    ENUMERATED,
    GROUPED,
    IPFilterRule as IPFilterRule,
    OCTET_STRING,
    UNSIGNED32,
    UTF8STRING,
)
from diameter.wire import Avp

__all__ = [
    "IPConnectivityStatus",
    "AggregationNetworkType",
    "RequestedInformation",
    "EventType",
    "EventType183066",
    "LatchingIndication",
    "ReservationPriority",
    "OverbookingIndicator",
    "GLOBALLY_UNIQUE_ADDRESS",
    "ADDRESS_REALM",
    "LOGICAL_ACCESS_ID",
    "INITIAL_GATE_SETTING_DESCRIPTION",
    "QOS_PROFILE_DESCRIPTION",
    "IP_CONNECTIVITY_STATUS",
    "ACCESS_NETWORK_TYPE",
    "AGGREGATION_NETWORK_TYPE",
    "MAXIMUM_ALLOWED_BANDWIDTH_UL",
    "MAXIMUM_ALLOWED_BANDWIDTH_DL",
    "TRANSPORT_CLASS",
    "APPLICATION_CLASS_ID",
    "PHYSICAL_ACCESS_ID",
    "INITIAL_GATE_SETTING_ID",
    "QOS_PROFILE_ID",
    "LOCATION_INFORMATION",
    "RACS_CONTACT_POINT",
    "TERMINAL_TYPE",
    "REQUESTED_INFORMATION",
    "EVENT_TYPE",
    "CIVIC_LOCATION",
    "GEOSPATIAL_LOCATION",
    "SESSION_BUNDLE_ID",
    "EVENT_TYPE_183_066",
    "BINDING_INFORMATION",
    "BINDING_INPUT_LIST",
    "BINDING_OUTPUT_LIST",
    "V6_TRANSPORT_ADDRESS",
    "V4_TRANSPORT_ADDRESS",
    "PORT_NUMBER",
    "RESERVATION_CLASS",
    "LATCHING_INDICATION",
    "RESERVATION_PRIORITY",
    "SERVICE_CLASS",
    "OVERBOOKING_INDICATOR",
    "AUTHORIZATION_PACKAGE_ID",
    "MEDIA_AUTHORIZATION_CONTEXT_ID",
    "LINE_IDENTIFIER",
    "ETSI_SIP_AUTHENTICATE",
    "ETSI_SIP_AUTHORIZATION",
    "ETSI_SIP_AUTHENTICATION_INFO",
    "ETSI_DIGEST_REALM",
    "ETSI_DIGEST_NONCE",
    "ETSI_DIGEST_DOMAIN",
    "ETSI_DIGEST_OPAQUE",
    "ETSI_DIGEST_STALE",
    "ETSI_DIGEST_ALGORITHM",
    "ETSI_DIGEST_QOP",
    "ETSI_DIGEST_HA1",
    "ETSI_DIGEST_AUTH_PARAM",
    "ETSI_DIGEST_USERNAME",
    "ETSI_DIGEST_URI",
    "ETSI_DIGEST_RESPONSE",
    "ETSI_DIGEST_CNONCE",
    "ETSI_DIGEST_NONCE_COUNT",
    "ETSI_DIGEST_METHOD",
    "ETSI_DIGEST_ENTITY_BODY_HASH",
    "ETSI_DIGEST_NEXTNONCE",
    "ETSI_DIGEST_RESPONSE_AUTH",
    "GloballyUniqueAddress",
    "InitialGateSettingDescription",
    "QoSProfileDescription",
    "AccessNetworkType",
    "LocationInformation",
    "BindingInformation",
    "BindingInputList",
    "BindingOutputList",
    "V6TransportAddress",
    "V4TransportAddress",
    "ETSISIPAuthenticate",
    "ETSISIPAuthorization",
    "ETSISIPAuthenticationInfo",
]


class IPConnectivityStatus(IntEnum):
    """Values of IP-Connectivity-Status."""

    IP_CONNECTIVITY_ON = 0
    IP_CONNECTIVITY_LOST = 1


class AggregationNetworkType(IntEnum):
    """Values of Aggregation-Network-Type."""

    UNKNOWN = 0
    ATM = 1
    ETHERNET = 2


class RequestedInformation(IntEnum):
    """Values of Requested-Information."""

    SUBSCRIBER_ID = 0
    LOCATION_INFORMATION = 1
    RACS_CONTACT_POINT = 2
    ACCESS_NETWORK_TYPE = 3
    TERMINAL_TYPE = 4
    LOGICAL_ACCESS_ID = 5
    PHYSICAL_ACCESS_ID = 6
    INITIAL_GATE_SETTING = 8
    QOS_PROFILE = 9
    IP_CONNECTIVITY_STATUS = 10


class EventType(IntEnum):
    """Values of Event-Type."""

    USER_LOGON = 0
    LOCATION_INFORMATION_CHANGED = 1
    RACS_CONTACT_POINT_CHANGED = 2
    ACCESS_NETWORK_TYPE_CHANGED = 3
    TERMINAL_TYPE_CHANGED = 4
    LOGICAL_ACCESS_ID_CHANGED = 5
    PHYSICAL_ACCESS_ID_CHANGED = 6
    IP_ADDRESS_CHANGED = 7
    INITIAL_GATE_SETTING_CHANGED = 8
    QOS_PROFILE_CHANGED = 9
    USER_LOGOFF = 10


class EventType183066(IntEnum):
    """Values of Event-Type-183.066."""

    UPDATE = 0
    REMOVE = 1


class LatchingIndication(IntEnum):
    """Values of Latching-Indication."""

    LATCH = 0
    RELATCH = 1


class ReservationPriority(IntEnum):
    """Values of Reservation-Priority."""

    DEFAULT = 0
    PRIORITY_ONE = 1
    PRIORITY_TWO = 2
    PRIORITY_THREE = 3
    PRIORITY_FOUR = 4
    PRIORITY_FIVE = 5
    PRIORITY_SIX = 6
    PRIORITY_SEVEN = 7
    PRIORITY_EIGHT = 8
    PRIORITY_NINE = 9
    PRIORITY_TEN = 10
    PRIORITY_ELEVEN = 11
    PRIORITY_TWELVE = 12
    PRIORITY_THIRTEEN = 13
    PRIORITY_FOURTEEN = 14
    PRIORITY_FIFTEEN = 15


class OverbookingIndicator(IntEnum):
    """Values of Overbooking-Indicator."""

    NO_OVERBOOKING_REQUIRED = 0
    OVERBOOKING_REQUIRED = 1


# AVPs: name, code, data format, flags that MUST be set, vendor
GLOBALLY_UNIQUE_ADDRESS: Final[AvpDef[GloballyUniqueAddress]] = AvpDef("Globally-Unique-Address", 300, GROUPED, M, vendor=13019)
ADDRESS_REALM: Final[AvpDef[bytes]] = AvpDef("Address-Realm", 301, OCTET_STRING, M, vendor=13019)
LOGICAL_ACCESS_ID: Final[AvpDef[bytes]] = AvpDef("Logical-Access-ID", 302, OCTET_STRING, 0, vendor=13019)
INITIAL_GATE_SETTING_DESCRIPTION: Final[AvpDef[InitialGateSettingDescription]] = AvpDef("Initial-Gate-Setting-Description", 303, GROUPED, 0, vendor=13019)
QOS_PROFILE_DESCRIPTION: Final[AvpDef[QoSProfileDescription]] = AvpDef("QoS-Profile-Description", 304, GROUPED, 0, vendor=13019)
IP_CONNECTIVITY_STATUS: Final[AvpDef[int]] = AvpDef("IP-Connectivity-Status", 305, ENUMERATED, 0, vendor=13019, enum=IPConnectivityStatus)
ACCESS_NETWORK_TYPE: Final[AvpDef[AccessNetworkType]] = AvpDef("Access-Network-Type", 306, GROUPED, 0, vendor=13019)
AGGREGATION_NETWORK_TYPE: Final[AvpDef[int]] = AvpDef("Aggregation-Network-Type", 307, ENUMERATED, 0, vendor=13019, enum=AggregationNetworkType)
MAXIMUM_ALLOWED_BANDWIDTH_UL: Final[AvpDef[int]] = AvpDef("Maximum-Allowed-Bandwidth-UL", 308, UNSIGNED32, 0, vendor=13019)
MAXIMUM_ALLOWED_BANDWIDTH_DL: Final[AvpDef[int]] = AvpDef("Maximum-Allowed-Bandwidth-DL", 309, UNSIGNED32, 0, vendor=13019)
TRANSPORT_CLASS: Final[AvpDef[int]] = AvpDef("Transport-Class", 311, UNSIGNED32, 0, vendor=13019)
APPLICATION_CLASS_ID: Final[AvpDef[str]] = AvpDef("Application-Class-ID", 312, UTF8STRING, 0, vendor=13019)
PHYSICAL_ACCESS_ID: Final[AvpDef[str]] = AvpDef("Physical-Access-ID", 313, UTF8STRING, 0, vendor=13019)
INITIAL_GATE_SETTING_ID: Final[AvpDef[int]] = AvpDef("Initial-Gate-Setting-ID", 314, UNSIGNED32, 0, vendor=13019)
QOS_PROFILE_ID: Final[AvpDef[int]] = AvpDef("QoS-Profile-ID", 315, UNSIGNED32, 0, vendor=13019)
LOCATION_INFORMATION: Final[AvpDef[LocationInformation]] = AvpDef("Location-Information", 350, GROUPED, 0, vendor=13019)
RACS_CONTACT_POINT: Final[AvpDef[str]] = AvpDef("RACS-Contact-Point", 351, DIAMETER_IDENTITY, 0, vendor=13019)
TERMINAL_TYPE: Final[AvpDef[bytes]] = AvpDef("Terminal-Type", 352, OCTET_STRING, 0, vendor=13019)
REQUESTED_INFORMATION: Final[AvpDef[int]] = AvpDef("Requested-Information", 353, ENUMERATED, 0, vendor=13019, enum=RequestedInformation)
EVENT_TYPE: Final[AvpDef[int]] = AvpDef("Event-Type", 354, ENUMERATED, M, vendor=13019, enum=EventType)
CIVIC_LOCATION: Final[AvpDef[bytes]] = AvpDef("Civic-Location", 355, OCTET_STRING, M, vendor=13019)
GEOSPATIAL_LOCATION: Final[AvpDef[bytes]] = AvpDef("Geospatial-Location", 356, OCTET_STRING, M, vendor=13019)
SESSION_BUNDLE_ID: Final[AvpDef[int]] = AvpDef("Session-Bundle-Id", 400, UNSIGNED32, M, vendor=13019)
EVENT_TYPE_183_066: Final[AvpDef[int]] = AvpDef("Event-Type-183.066", 420, ENUMERATED, M, vendor=13019, enum=EventType183066)
BINDING_INFORMATION: Final[AvpDef[BindingInformation]] = AvpDef("Binding-Information", 450, GROUPED, 0, vendor=13019)
BINDING_INPUT_LIST: Final[AvpDef[BindingInputList]] = AvpDef("Binding-Input-List", 451, GROUPED, 0, vendor=13019)
BINDING_OUTPUT_LIST: Final[AvpDef[BindingOutputList]] = AvpDef("Binding-Output-List", 452, GROUPED, 0, vendor=13019)
V6_TRANSPORT_ADDRESS: Final[AvpDef[V6TransportAddress]] = AvpDef("V6-Transport-Address", 453, GROUPED, 0, vendor=13019)
V4_TRANSPORT_ADDRESS: Final[AvpDef[V4TransportAddress]] = AvpDef("V4-Transport-Address", 454, GROUPED, 0, vendor=13019)
PORT_NUMBER: Final[AvpDef[int]] = AvpDef("Port-Number", 455, UNSIGNED32, 0, vendor=13019)
RESERVATION_CLASS: Final[AvpDef[int]] = AvpDef("Reservation-Class", 456, UNSIGNED32, 0, vendor=13019)
LATCHING_INDICATION: Final[AvpDef[int]] = AvpDef("Latching-Indication", 457, ENUMERATED, 0, vendor=13019, enum=LatchingIndication)
RESERVATION_PRIORITY: Final[AvpDef[int]] = AvpDef("Reservation-Priority", 458, ENUMERATED, 0, vendor=13019, enum=ReservationPriority)
SERVICE_CLASS: Final[AvpDef[str]] = AvpDef("Service-Class", 459, UTF8STRING, 0, vendor=13019)
OVERBOOKING_INDICATOR: Final[AvpDef[int]] = AvpDef("Overbooking-Indicator", 460, ENUMERATED, 0, vendor=13019, enum=OverbookingIndicator)
AUTHORIZATION_PACKAGE_ID: Final[AvpDef[str]] = AvpDef("Authorization-Package-Id", 461, UTF8STRING, 0, vendor=13019)
MEDIA_AUTHORIZATION_CONTEXT_ID: Final[AvpDef[str]] = AvpDef("Media-Authorization-Context-Id", 462, UTF8STRING, M, vendor=13019)
LINE_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Line-Identifier", 500, OCTET_STRING, 0, vendor=13019)
ETSI_SIP_AUTHENTICATE: Final[AvpDef[ETSISIPAuthenticate]] = AvpDef("ETSI-SIP-Authenticate", 501, GROUPED, 0, vendor=13019)
ETSI_SIP_AUTHORIZATION: Final[AvpDef[ETSISIPAuthorization]] = AvpDef("ETSI-SIP-Authorization", 502, GROUPED, 0, vendor=13019)
ETSI_SIP_AUTHENTICATION_INFO: Final[AvpDef[ETSISIPAuthenticationInfo]] = AvpDef("ETSI-SIP-Authentication-Info", 503, GROUPED, 0, vendor=13019)
ETSI_DIGEST_REALM: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Realm", 504, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NONCE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Nonce", 505, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_DOMAIN: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Domain", 506, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_OPAQUE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Opaque", 507, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_STALE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Stale", 508, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_ALGORITHM: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Algorithm", 509, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_QOP: Final[AvpDef[str]] = AvpDef("ETSI-Digest-QoP", 510, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_HA1: Final[AvpDef[str]] = AvpDef("ETSI-Digest-HA1", 511, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_AUTH_PARAM: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Auth-Param", 512, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_USERNAME: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Username", 513, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_URI: Final[AvpDef[str]] = AvpDef("ETSI-Digest-URI", 514, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_RESPONSE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Response", 515, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_CNONCE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-CNonce", 516, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NONCE_COUNT: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Nonce-Count", 517, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_METHOD: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Method", 518, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_ENTITY_BODY_HASH: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Entity-Body-Hash", 519, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NEXTNONCE: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Nextnonce", 520, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_RESPONSE_AUTH: Final[AvpDef[str]] = AvpDef("ETSI-Digest-Response-Auth", 521, UTF8STRING, 0, vendor=13019)


@grouped(GLOBALLY_UNIQUE_ADDRESS)
class GloballyUniqueAddress:
    """Globally-Unique-Address ::= < AVP Header: 300, 13019 >
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Address-Realm ]
    """

    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    address_realm: bytes | None = avp(ADDRESS_REALM, default=None)


@grouped(INITIAL_GATE_SETTING_DESCRIPTION)
class InitialGateSettingDescription:
    """Initial-Gate-Setting-Description ::= < AVP Header: 303, 13019 >
      1* { NAS-Filter-Rule }
         [ Maximum-Allowed-Bandwidth-UL ]
         [ Maximum-Allowed-Bandwidth-DL ]
    """

    nas_filter_rule: tuple[IPFilterRule, ...] = repeated(NAS_FILTER_RULE, min=1)
    maximum_allowed_bandwidth_ul: int | None = avp(MAXIMUM_ALLOWED_BANDWIDTH_UL, default=None)
    maximum_allowed_bandwidth_dl: int | None = avp(MAXIMUM_ALLOWED_BANDWIDTH_DL, default=None)


@grouped(QOS_PROFILE_DESCRIPTION)
class QoSProfileDescription:
    """QoS-Profile-Description ::= < AVP Header: 304, 13019 >
       * [ Application-Class-ID ]
         [ Reservation-Priority ]
         [ Maximum-Allowed-Bandwidth-UL ]
         [ Maximum-Allowed-Bandwidth-DL ]
         [ Transport-Class ]
    """

    application_class_id: tuple[str, ...] = repeated(APPLICATION_CLASS_ID, default=())
    reservation_priority: ReservationPriority | int | None = avp(RESERVATION_PRIORITY, default=None)
    maximum_allowed_bandwidth_ul: int | None = avp(MAXIMUM_ALLOWED_BANDWIDTH_UL, default=None)
    maximum_allowed_bandwidth_dl: int | None = avp(MAXIMUM_ALLOWED_BANDWIDTH_DL, default=None)
    transport_class: int | None = avp(TRANSPORT_CLASS, default=None)


@grouped(ACCESS_NETWORK_TYPE)
class AccessNetworkType:
    """Access-Network-Type ::= < AVP Header: 306, 13019 >
         { NAS-Port-Type }
         [ Aggregation-Network-Type ]
    """

    nas_port_type: NASPortType | int = avp(NAS_PORT_TYPE)
    aggregation_network_type: AggregationNetworkType | int | None = avp(AGGREGATION_NETWORK_TYPE, default=None)


@grouped(LOCATION_INFORMATION)
class LocationInformation:
    """Location-Information ::= < AVP Header: 350, 13019 >
         [ Line-Identifier ]
         [ Civic-Location ]
         [ Geospatial-Location ]
       * [ AVP ]
    """

    line_identifier: bytes | None = avp(LINE_IDENTIFIER, default=None)
    civic_location: bytes | None = avp(CIVIC_LOCATION, default=None)
    geospatial_location: bytes | None = avp(GEOSPATIAL_LOCATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(BINDING_INFORMATION)
class BindingInformation:
    """Binding-Information ::= < AVP Header: 450, 13019 >
         { Binding-Input-List }
         [ Binding-Output-List ]
    """

    binding_input_list: BindingInputList = avp(BINDING_INPUT_LIST)
    binding_output_list: BindingOutputList | None = avp(BINDING_OUTPUT_LIST, default=None)


@grouped(BINDING_INPUT_LIST)
class BindingInputList:
    """Binding-Input-List ::= < AVP Header: 451, 13019 >
       * [ V6-Transport-Address ]
       * [ V4-Transport-Address ]
    """

    v6_transport_address: tuple[V6TransportAddress, ...] = repeated(V6_TRANSPORT_ADDRESS, default=())
    v4_transport_address: tuple[V4TransportAddress, ...] = repeated(V4_TRANSPORT_ADDRESS, default=())


@grouped(BINDING_OUTPUT_LIST)
class BindingOutputList:
    """Binding-Output-List ::= < AVP Header: 452, 13019 >
       * [ V6-Transport-Address ]
       * [ V4-Transport-Address ]
    """

    v6_transport_address: tuple[V6TransportAddress, ...] = repeated(V6_TRANSPORT_ADDRESS, default=())
    v4_transport_address: tuple[V4TransportAddress, ...] = repeated(V4_TRANSPORT_ADDRESS, default=())


@grouped(V6_TRANSPORT_ADDRESS)
class V6TransportAddress:
    """V6-Transport-Address ::= < AVP Header: 453, 13019 >
         { Framed-IPv6-Prefix }
         { Port-Number }
    """

    framed_ipv6_prefix: bytes = avp(FRAMED_IPV6_PREFIX)
    port_number: int = avp(PORT_NUMBER)


@grouped(V4_TRANSPORT_ADDRESS)
class V4TransportAddress:
    """V4-Transport-Address ::= < AVP Header: 454, 13019 >
         { Framed-IP-Address }
         { Port-Number }
    """

    framed_ip_address: bytes = avp(FRAMED_IP_ADDRESS)
    port_number: int = avp(PORT_NUMBER)


@grouped(ETSI_SIP_AUTHENTICATE)
class ETSISIPAuthenticate:
    """ETSI-SIP-Authenticate ::= < AVP Header: 501, 13019 >
         [ ETSI-Digest-Realm ]
         [ ETSI-Digest-Nonce ]
         [ ETSI-Digest-Domain ]
         [ ETSI-Digest-Opaque ]
         [ ETSI-Digest-Stale ]
         [ ETSI-Digest-Algorithm ]
         [ ETSI-Digest-QoP ]
         [ ETSI-Digest-HA1 ]
       * [ ETSI-Digest-Auth-Param ]
       * [ AVP ]
    """

    etsi_digest_realm: str | None = avp(ETSI_DIGEST_REALM, default=None)
    etsi_digest_nonce: str | None = avp(ETSI_DIGEST_NONCE, default=None)
    etsi_digest_domain: str | None = avp(ETSI_DIGEST_DOMAIN, default=None)
    etsi_digest_opaque: str | None = avp(ETSI_DIGEST_OPAQUE, default=None)
    etsi_digest_stale: str | None = avp(ETSI_DIGEST_STALE, default=None)
    etsi_digest_algorithm: str | None = avp(ETSI_DIGEST_ALGORITHM, default=None)
    etsi_digest_qop: str | None = avp(ETSI_DIGEST_QOP, default=None)
    etsi_digest_ha1: str | None = avp(ETSI_DIGEST_HA1, default=None)
    etsi_digest_auth_param: tuple[str, ...] = repeated(ETSI_DIGEST_AUTH_PARAM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ETSI_SIP_AUTHORIZATION)
class ETSISIPAuthorization:
    """ETSI-SIP-Authorization ::= < AVP Header: 502, 13019 >
         [ ETSI-Digest-Username ]
         [ ETSI-Digest-Realm ]
         [ ETSI-Digest-Nonce ]
         [ ETSI-Digest-URI ]
         [ ETSI-Digest-Response ]
         [ ETSI-Digest-Algorithm ]
         [ ETSI-Digest-CNonce ]
         [ ETSI-Digest-Opaque ]
         [ ETSI-Digest-QoP ]
         [ ETSI-Digest-Nonce-Count ]
         [ ETSI-Digest-Method ]
         [ ETSI-Digest-Entity-Body-Hash ]
       * [ ETSI-Digest-Auth-Param ]
       * [ AVP ]
    """

    etsi_digest_username: str | None = avp(ETSI_DIGEST_USERNAME, default=None)
    etsi_digest_realm: str | None = avp(ETSI_DIGEST_REALM, default=None)
    etsi_digest_nonce: str | None = avp(ETSI_DIGEST_NONCE, default=None)
    etsi_digest_uri: str | None = avp(ETSI_DIGEST_URI, default=None)
    etsi_digest_response: str | None = avp(ETSI_DIGEST_RESPONSE, default=None)
    etsi_digest_algorithm: str | None = avp(ETSI_DIGEST_ALGORITHM, default=None)
    etsi_digest_cnonce: str | None = avp(ETSI_DIGEST_CNONCE, default=None)
    etsi_digest_opaque: str | None = avp(ETSI_DIGEST_OPAQUE, default=None)
    etsi_digest_qop: str | None = avp(ETSI_DIGEST_QOP, default=None)
    etsi_digest_nonce_count: str | None = avp(ETSI_DIGEST_NONCE_COUNT, default=None)
    etsi_digest_method: str | None = avp(ETSI_DIGEST_METHOD, default=None)
    etsi_digest_entity_body_hash: str | None = avp(ETSI_DIGEST_ENTITY_BODY_HASH, default=None)
    etsi_digest_auth_param: tuple[str, ...] = repeated(ETSI_DIGEST_AUTH_PARAM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ETSI_SIP_AUTHENTICATION_INFO)
class ETSISIPAuthenticationInfo:
    """ETSI-SIP-Authentication-Info ::= < AVP Header: 503, 13019 >
         [ ETSI-Digest-Nextnonce ]
         [ ETSI-Digest-QoP ]
         [ ETSI-Digest-Response-Auth ]
         [ ETSI-Digest-CNonce ]
         [ ETSI-Digest-Nonce-Count ]
       * [ AVP ]
    """

    etsi_digest_nextnonce: str | None = avp(ETSI_DIGEST_NEXTNONCE, default=None)
    etsi_digest_qop: str | None = avp(ETSI_DIGEST_QOP, default=None)
    etsi_digest_response_auth: str | None = avp(ETSI_DIGEST_RESPONSE_AUTH, default=None)
    etsi_digest_cnonce: str | None = avp(ETSI_DIGEST_CNONCE, default=None)
    etsi_digest_nonce_count: str | None = avp(ETSI_DIGEST_NONCE_COUNT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
