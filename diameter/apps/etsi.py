"""Dictionary 'etsi': generated from schemas/etsi.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.nasreq import (
    FRAMED_IPV6_PREFIX,
    FRAMED_IP_ADDRESS,
    NAS_FILTER_RULE,
    NAS_PORT_TYPE,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    DIAMETER_IDENTITY,
    ENUMERATED,
    GROUPED,
    OCTET_STRING,
    UNSIGNED32,
    UTF8STRING,
)

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

# AVPs: name, code, data format, flags that MUST be set, vendor
GLOBALLY_UNIQUE_ADDRESS: Final = AvpDef("Globally-Unique-Address", 300, GROUPED, M, vendor=13019)
ADDRESS_REALM: Final = AvpDef("Address-Realm", 301, OCTET_STRING, M, vendor=13019)
LOGICAL_ACCESS_ID: Final = AvpDef("Logical-Access-ID", 302, OCTET_STRING, 0, vendor=13019)
INITIAL_GATE_SETTING_DESCRIPTION: Final = AvpDef("Initial-Gate-Setting-Description", 303, GROUPED, 0, vendor=13019)
QOS_PROFILE_DESCRIPTION: Final = AvpDef("QoS-Profile-Description", 304, GROUPED, 0, vendor=13019)
IP_CONNECTIVITY_STATUS: Final = AvpDef("IP-Connectivity-Status", 305, ENUMERATED, 0, vendor=13019)
ACCESS_NETWORK_TYPE: Final = AvpDef("Access-Network-Type", 306, GROUPED, 0, vendor=13019)
AGGREGATION_NETWORK_TYPE: Final = AvpDef("Aggregation-Network-Type", 307, ENUMERATED, 0, vendor=13019)
MAXIMUM_ALLOWED_BANDWIDTH_UL: Final = AvpDef("Maximum-Allowed-Bandwidth-UL", 308, UNSIGNED32, 0, vendor=13019)
MAXIMUM_ALLOWED_BANDWIDTH_DL: Final = AvpDef("Maximum-Allowed-Bandwidth-DL", 309, UNSIGNED32, 0, vendor=13019)
TRANSPORT_CLASS: Final = AvpDef("Transport-Class", 311, UNSIGNED32, 0, vendor=13019)
APPLICATION_CLASS_ID: Final = AvpDef("Application-Class-ID", 312, UTF8STRING, 0, vendor=13019)
PHYSICAL_ACCESS_ID: Final = AvpDef("Physical-Access-ID", 313, UTF8STRING, 0, vendor=13019)
INITIAL_GATE_SETTING_ID: Final = AvpDef("Initial-Gate-Setting-ID", 314, UNSIGNED32, 0, vendor=13019)
QOS_PROFILE_ID: Final = AvpDef("QoS-Profile-ID", 315, UNSIGNED32, 0, vendor=13019)
LOCATION_INFORMATION: Final = AvpDef("Location-Information", 350, GROUPED, 0, vendor=13019)
RACS_CONTACT_POINT: Final = AvpDef("RACS-Contact-Point", 351, DIAMETER_IDENTITY, 0, vendor=13019)
TERMINAL_TYPE: Final = AvpDef("Terminal-Type", 352, OCTET_STRING, 0, vendor=13019)
REQUESTED_INFORMATION: Final = AvpDef("Requested-Information", 353, ENUMERATED, 0, vendor=13019)
EVENT_TYPE: Final = AvpDef("Event-Type", 354, ENUMERATED, M, vendor=13019)
CIVIC_LOCATION: Final = AvpDef("Civic-Location", 355, OCTET_STRING, M, vendor=13019)
GEOSPATIAL_LOCATION: Final = AvpDef("Geospatial-Location", 356, OCTET_STRING, M, vendor=13019)
SESSION_BUNDLE_ID: Final = AvpDef("Session-Bundle-Id", 400, UNSIGNED32, M, vendor=13019)
EVENT_TYPE_183_066: Final = AvpDef("Event-Type-183.066", 420, ENUMERATED, M, vendor=13019)
BINDING_INFORMATION: Final = AvpDef("Binding-Information", 450, GROUPED, 0, vendor=13019)
BINDING_INPUT_LIST: Final = AvpDef("Binding-Input-List", 451, GROUPED, 0, vendor=13019)
BINDING_OUTPUT_LIST: Final = AvpDef("Binding-Output-List", 452, GROUPED, 0, vendor=13019)
V6_TRANSPORT_ADDRESS: Final = AvpDef("V6-Transport-Address", 453, GROUPED, 0, vendor=13019)
V4_TRANSPORT_ADDRESS: Final = AvpDef("V4-Transport-Address", 454, GROUPED, 0, vendor=13019)
PORT_NUMBER: Final = AvpDef("Port-Number", 455, UNSIGNED32, 0, vendor=13019)
RESERVATION_CLASS: Final = AvpDef("Reservation-Class", 456, UNSIGNED32, 0, vendor=13019)
LATCHING_INDICATION: Final = AvpDef("Latching-Indication", 457, ENUMERATED, 0, vendor=13019)
RESERVATION_PRIORITY: Final = AvpDef("Reservation-Priority", 458, ENUMERATED, 0, vendor=13019)
SERVICE_CLASS: Final = AvpDef("Service-Class", 459, UTF8STRING, 0, vendor=13019)
OVERBOOKING_INDICATOR: Final = AvpDef("Overbooking-Indicator", 460, ENUMERATED, 0, vendor=13019)
AUTHORIZATION_PACKAGE_ID: Final = AvpDef("Authorization-Package-Id", 461, UTF8STRING, 0, vendor=13019)
MEDIA_AUTHORIZATION_CONTEXT_ID: Final = AvpDef("Media-Authorization-Context-Id", 462, UTF8STRING, M, vendor=13019)
LINE_IDENTIFIER: Final = AvpDef("Line-Identifier", 500, OCTET_STRING, 0, vendor=13019)
ETSI_SIP_AUTHENTICATE: Final = AvpDef("ETSI-SIP-Authenticate", 501, GROUPED, 0, vendor=13019)
ETSI_SIP_AUTHORIZATION: Final = AvpDef("ETSI-SIP-Authorization", 502, GROUPED, 0, vendor=13019)
ETSI_SIP_AUTHENTICATION_INFO: Final = AvpDef("ETSI-SIP-Authentication-Info", 503, GROUPED, 0, vendor=13019)
ETSI_DIGEST_REALM: Final = AvpDef("ETSI-Digest-Realm", 504, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NONCE: Final = AvpDef("ETSI-Digest-Nonce", 505, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_DOMAIN: Final = AvpDef("ETSI-Digest-Domain", 506, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_OPAQUE: Final = AvpDef("ETSI-Digest-Opaque", 507, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_STALE: Final = AvpDef("ETSI-Digest-Stale", 508, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_ALGORITHM: Final = AvpDef("ETSI-Digest-Algorithm", 509, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_QOP: Final = AvpDef("ETSI-Digest-QoP", 510, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_HA1: Final = AvpDef("ETSI-Digest-HA1", 511, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_AUTH_PARAM: Final = AvpDef("ETSI-Digest-Auth-Param", 512, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_USERNAME: Final = AvpDef("ETSI-Digest-Username", 513, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_URI: Final = AvpDef("ETSI-Digest-URI", 514, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_RESPONSE: Final = AvpDef("ETSI-Digest-Response", 515, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_CNONCE: Final = AvpDef("ETSI-Digest-CNonce", 516, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NONCE_COUNT: Final = AvpDef("ETSI-Digest-Nonce-Count", 517, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_METHOD: Final = AvpDef("ETSI-Digest-Method", 518, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_ENTITY_BODY_HASH: Final = AvpDef("ETSI-Digest-Entity-Body-Hash", 519, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_NEXTNONCE: Final = AvpDef("ETSI-Digest-Nextnonce", 520, UTF8STRING, 0, vendor=13019)
ETSI_DIGEST_RESPONSE_AUTH: Final = AvpDef("ETSI-Digest-Response-Auth", 521, UTF8STRING, 0, vendor=13019)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "IPConnectivityStatus": (IP_CONNECTIVITY_STATUS, "Values of IP-Connectivity-Status.", (("IP_CONNECTIVITY_ON", 0), ("IP_CONNECTIVITY_LOST", 1),)),
    "AggregationNetworkType": (AGGREGATION_NETWORK_TYPE, "Values of Aggregation-Network-Type.", (("UNKNOWN", 0), ("ATM", 1), ("ETHERNET", 2),)),
    "RequestedInformation": (REQUESTED_INFORMATION, "Values of Requested-Information.", (("SUBSCRIBER_ID", 0), ("LOCATION_INFORMATION", 1), ("RACS_CONTACT_POINT", 2), ("ACCESS_NETWORK_TYPE", 3), ("TERMINAL_TYPE", 4), ("LOGICAL_ACCESS_ID", 5), ("PHYSICAL_ACCESS_ID", 6), ("INITIAL_GATE_SETTING", 8), ("QOS_PROFILE", 9), ("IP_CONNECTIVITY_STATUS", 10),)),
    "EventType": (EVENT_TYPE, "Values of Event-Type.", (("USER_LOGON", 0), ("LOCATION_INFORMATION_CHANGED", 1), ("RACS_CONTACT_POINT_CHANGED", 2), ("ACCESS_NETWORK_TYPE_CHANGED", 3), ("TERMINAL_TYPE_CHANGED", 4), ("LOGICAL_ACCESS_ID_CHANGED", 5), ("PHYSICAL_ACCESS_ID_CHANGED", 6), ("IP_ADDRESS_CHANGED", 7), ("INITIAL_GATE_SETTING_CHANGED", 8), ("QOS_PROFILE_CHANGED", 9), ("USER_LOGOFF", 10),)),
    "EventType183066": (EVENT_TYPE_183_066, "Values of Event-Type-183.066.", (("UPDATE", 0), ("REMOVE", 1),)),
    "LatchingIndication": (LATCHING_INDICATION, "Values of Latching-Indication.", (("LATCH", 0), ("RELATCH", 1),)),
    "ReservationPriority": (RESERVATION_PRIORITY, "Values of Reservation-Priority.", (("DEFAULT", 0), ("PRIORITY_ONE", 1), ("PRIORITY_TWO", 2), ("PRIORITY_THREE", 3), ("PRIORITY_FOUR", 4), ("PRIORITY_FIVE", 5), ("PRIORITY_SIX", 6), ("PRIORITY_SEVEN", 7), ("PRIORITY_EIGHT", 8), ("PRIORITY_NINE", 9), ("PRIORITY_TEN", 10), ("PRIORITY_ELEVEN", 11), ("PRIORITY_TWELVE", 12), ("PRIORITY_THIRTEEN", 13), ("PRIORITY_FOURTEEN", 14), ("PRIORITY_FIFTEEN", 15),)),
    "OverbookingIndicator": (OVERBOOKING_INDICATOR, "Values of Overbooking-Indicator.", (("NO_OVERBOOKING_REQUIRED", 0), ("OVERBOOKING_REQUIRED", 1),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "GloballyUniqueAddress": (GLOBALLY_UNIQUE_ADDRESS, """Globally-Unique-Address ::= < AVP Header: 300, 13019 >
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Address-Realm ]
    """, (
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("address_realm", "bytes | None", ADDRESS_REALM, 0, 1, False),
    )),
    "InitialGateSettingDescription": (INITIAL_GATE_SETTING_DESCRIPTION, """Initial-Gate-Setting-Description ::= < AVP Header: 303, 13019 >
      1* { NAS-Filter-Rule }
         [ Maximum-Allowed-Bandwidth-UL ]
         [ Maximum-Allowed-Bandwidth-DL ]
    """, (
        ("nas_filter_rule", "tuple[IPFilterRule, ...]", NAS_FILTER_RULE, 1, None, False),
        ("maximum_allowed_bandwidth_ul", "int | None", MAXIMUM_ALLOWED_BANDWIDTH_UL, 0, 1, False),
        ("maximum_allowed_bandwidth_dl", "int | None", MAXIMUM_ALLOWED_BANDWIDTH_DL, 0, 1, False),
    )),
    "QoSProfileDescription": (QOS_PROFILE_DESCRIPTION, """QoS-Profile-Description ::= < AVP Header: 304, 13019 >
       * [ Application-Class-ID ]
         [ Reservation-Priority ]
         [ Maximum-Allowed-Bandwidth-UL ]
         [ Maximum-Allowed-Bandwidth-DL ]
         [ Transport-Class ]
    """, (
        ("application_class_id", "tuple[str, ...]", APPLICATION_CLASS_ID, 0, None, False),
        ("reservation_priority", "ReservationPriority | int | None", RESERVATION_PRIORITY, 0, 1, False),
        ("maximum_allowed_bandwidth_ul", "int | None", MAXIMUM_ALLOWED_BANDWIDTH_UL, 0, 1, False),
        ("maximum_allowed_bandwidth_dl", "int | None", MAXIMUM_ALLOWED_BANDWIDTH_DL, 0, 1, False),
        ("transport_class", "int | None", TRANSPORT_CLASS, 0, 1, False),
    )),
    "AccessNetworkType": (ACCESS_NETWORK_TYPE, """Access-Network-Type ::= < AVP Header: 306, 13019 >
         { NAS-Port-Type }
         [ Aggregation-Network-Type ]
    """, (
        ("nas_port_type", "NASPortType | int", NAS_PORT_TYPE, 1, 1, False),
        ("aggregation_network_type", "AggregationNetworkType | int | None", AGGREGATION_NETWORK_TYPE, 0, 1, False),
    )),
    "LocationInformation": (LOCATION_INFORMATION, """Location-Information ::= < AVP Header: 350, 13019 >
         [ Line-Identifier ]
         [ Civic-Location ]
         [ Geospatial-Location ]
       * [ AVP ]
    """, (
        ("line_identifier", "bytes | None", LINE_IDENTIFIER, 0, 1, False),
        ("civic_location", "bytes | None", CIVIC_LOCATION, 0, 1, False),
        ("geospatial_location", "bytes | None", GEOSPATIAL_LOCATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BindingInformation": (BINDING_INFORMATION, """Binding-Information ::= < AVP Header: 450, 13019 >
         { Binding-Input-List }
         [ Binding-Output-List ]
    """, (
        ("binding_input_list", "BindingInputList", BINDING_INPUT_LIST, 1, 1, False),
        ("binding_output_list", "BindingOutputList | None", BINDING_OUTPUT_LIST, 0, 1, False),
    )),
    "BindingInputList": (BINDING_INPUT_LIST, """Binding-Input-List ::= < AVP Header: 451, 13019 >
       * [ V6-Transport-Address ]
       * [ V4-Transport-Address ]
    """, (
        ("v6_transport_address", "tuple[V6TransportAddress, ...]", V6_TRANSPORT_ADDRESS, 0, None, False),
        ("v4_transport_address", "tuple[V4TransportAddress, ...]", V4_TRANSPORT_ADDRESS, 0, None, False),
    )),
    "BindingOutputList": (BINDING_OUTPUT_LIST, """Binding-Output-List ::= < AVP Header: 452, 13019 >
       * [ V6-Transport-Address ]
       * [ V4-Transport-Address ]
    """, (
        ("v6_transport_address", "tuple[V6TransportAddress, ...]", V6_TRANSPORT_ADDRESS, 0, None, False),
        ("v4_transport_address", "tuple[V4TransportAddress, ...]", V4_TRANSPORT_ADDRESS, 0, None, False),
    )),
    "V6TransportAddress": (V6_TRANSPORT_ADDRESS, """V6-Transport-Address ::= < AVP Header: 453, 13019 >
         { Framed-IPv6-Prefix }
         { Port-Number }
    """, (
        ("framed_ipv6_prefix", "bytes", FRAMED_IPV6_PREFIX, 1, 1, False),
        ("port_number", "int", PORT_NUMBER, 1, 1, False),
    )),
    "V4TransportAddress": (V4_TRANSPORT_ADDRESS, """V4-Transport-Address ::= < AVP Header: 454, 13019 >
         { Framed-IP-Address }
         { Port-Number }
    """, (
        ("framed_ip_address", "bytes", FRAMED_IP_ADDRESS, 1, 1, False),
        ("port_number", "int", PORT_NUMBER, 1, 1, False),
    )),
    "ETSISIPAuthenticate": (ETSI_SIP_AUTHENTICATE, """ETSI-SIP-Authenticate ::= < AVP Header: 501, 13019 >
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
    """, (
        ("etsi_digest_realm", "str | None", ETSI_DIGEST_REALM, 0, 1, False),
        ("etsi_digest_nonce", "str | None", ETSI_DIGEST_NONCE, 0, 1, False),
        ("etsi_digest_domain", "str | None", ETSI_DIGEST_DOMAIN, 0, 1, False),
        ("etsi_digest_opaque", "str | None", ETSI_DIGEST_OPAQUE, 0, 1, False),
        ("etsi_digest_stale", "str | None", ETSI_DIGEST_STALE, 0, 1, False),
        ("etsi_digest_algorithm", "str | None", ETSI_DIGEST_ALGORITHM, 0, 1, False),
        ("etsi_digest_qop", "str | None", ETSI_DIGEST_QOP, 0, 1, False),
        ("etsi_digest_ha1", "str | None", ETSI_DIGEST_HA1, 0, 1, False),
        ("etsi_digest_auth_param", "tuple[str, ...]", ETSI_DIGEST_AUTH_PARAM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ETSISIPAuthorization": (ETSI_SIP_AUTHORIZATION, """ETSI-SIP-Authorization ::= < AVP Header: 502, 13019 >
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
    """, (
        ("etsi_digest_username", "str | None", ETSI_DIGEST_USERNAME, 0, 1, False),
        ("etsi_digest_realm", "str | None", ETSI_DIGEST_REALM, 0, 1, False),
        ("etsi_digest_nonce", "str | None", ETSI_DIGEST_NONCE, 0, 1, False),
        ("etsi_digest_uri", "str | None", ETSI_DIGEST_URI, 0, 1, False),
        ("etsi_digest_response", "str | None", ETSI_DIGEST_RESPONSE, 0, 1, False),
        ("etsi_digest_algorithm", "str | None", ETSI_DIGEST_ALGORITHM, 0, 1, False),
        ("etsi_digest_cnonce", "str | None", ETSI_DIGEST_CNONCE, 0, 1, False),
        ("etsi_digest_opaque", "str | None", ETSI_DIGEST_OPAQUE, 0, 1, False),
        ("etsi_digest_qop", "str | None", ETSI_DIGEST_QOP, 0, 1, False),
        ("etsi_digest_nonce_count", "str | None", ETSI_DIGEST_NONCE_COUNT, 0, 1, False),
        ("etsi_digest_method", "str | None", ETSI_DIGEST_METHOD, 0, 1, False),
        ("etsi_digest_entity_body_hash", "str | None", ETSI_DIGEST_ENTITY_BODY_HASH, 0, 1, False),
        ("etsi_digest_auth_param", "tuple[str, ...]", ETSI_DIGEST_AUTH_PARAM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ETSISIPAuthenticationInfo": (ETSI_SIP_AUTHENTICATION_INFO, """ETSI-SIP-Authentication-Info ::= < AVP Header: 503, 13019 >
         [ ETSI-Digest-Nextnonce ]
         [ ETSI-Digest-QoP ]
         [ ETSI-Digest-Response-Auth ]
         [ ETSI-Digest-CNonce ]
         [ ETSI-Digest-Nonce-Count ]
       * [ AVP ]
    """, (
        ("etsi_digest_nextnonce", "str | None", ETSI_DIGEST_NEXTNONCE, 0, 1, False),
        ("etsi_digest_qop", "str | None", ETSI_DIGEST_QOP, 0, 1, False),
        ("etsi_digest_response_auth", "str | None", ETSI_DIGEST_RESPONSE_AUTH, 0, 1, False),
        ("etsi_digest_cnonce", "str | None", ETSI_DIGEST_CNONCE, 0, 1, False),
        ("etsi_digest_nonce_count", "str | None", ETSI_DIGEST_NONCE_COUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "Avp": "diameter.wire",
    "IPFilterRule": "diameter.types",
    "NASPortType": "diameter.apps.nasreq",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
