"""Dictionary 'ietf': generated from schemas/ietf.dia, schemas/ietf_more.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import EVENT_TIMESTAMP, SESSION_ID, VENDOR_ID
from diameter.apps.mip4 import (
    MIP_ALGORITHM_TYPE,
    MIP_HOME_AGENT_ADDRESS,
    MIP_HOME_AGENT_HOST,
    MIP_MSA_LIFETIME,
    MIP_REPLAY_MODE,
    MIP_SESSION_KEY,
)
from diameter.apps.nasreq import FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    FLOAT32,
    GROUPED,
    INTEGER32,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

__all__ = [
    "OCFeatureVector",
    "OCReportType",
    "LoadType",
    "Drmp",
    "Protocol",
    "Direction",
    "Negated",
    "UseAssignedAddress",
    "DiffservCodePoint",
    "FragmentationFlag",
    "DayOfWeekMask",
    "MonthOfYearMask",
    "TimezoneFlag",
    "TreatmentAction",
    "QoSSemantics",
    "MIP6FeatureVector",
    "MIP6AuthMode",
    "IngressFilters",
    "LocationCapable",
    "RequestedLocationInfo",
    "KeyType",
    "SIPServerAssignmentType",
    "SIPAuthenticationScheme",
    "SIPReasonCode",
    "SIPUserAuthorizationType",
    "SIPUserDataAlreadyAvailable",
    "FramedManagementProtocol",
    "ManagementTransportProtection",
    "IDType",
    "NCRequestType",
    "NATExternalPortStyle",
    "NATControlBindingStatus",
    "ECNIPCodepoint",
    "MAPMeshMode",
    "OC_SUPPORTED_FEATURES",
    "OC_FEATURE_VECTOR",
    "OC_OLR",
    "OC_SEQUENCE_NUMBER",
    "OC_VALIDITY_DURATION",
    "OC_REPORT_TYPE",
    "OC_REDUCTION_PERCENTAGE",
    "OC_PEER_ALGO",
    "SOURCEID",
    "LOAD",
    "LOAD_TYPE",
    "LOAD_VALUE",
    "DRMP",
    "QOS_RESOURCES",
    "FILTER_RULE",
    "FILTER_RULE_PRECEDENCE",
    "CLASSIFIER",
    "CLASSIFIER_ID",
    "PROTOCOL",
    "DIRECTION",
    "FROM_SPEC",
    "TO_SPEC",
    "NEGATED",
    "IP_ADDRESS",
    "IP_ADDRESS_RANGE",
    "IP_ADDRESS_START",
    "IP_ADDRESS_END",
    "IP_ADDRESS_MASK",
    "IP_BIT_MASK_WIDTH",
    "MAC_ADDRESS",
    "MAC_ADDRESS_MASK",
    "MAC_ADDRESS_MASK_PATTERN",
    "EUI64_ADDRESS",
    "EUI64_ADDRESS_MASK",
    "EUI64_ADDRESS_MASK_PATTERN",
    "PORT",
    "PORT_RANGE",
    "PORT_START",
    "PORT_END",
    "USE_ASSIGNED_ADDRESS",
    "DIFFSERV_CODE_POINT",
    "FRAGMENTATION_FLAG",
    "IP_OPTION",
    "IP_OPTION_TYPE",
    "IP_OPTION_VALUE",
    "TCP_OPTION",
    "TCP_OPTION_TYPE",
    "TCP_OPTION_VALUE",
    "TCP_FLAGS",
    "TCP_FLAG_TYPE",
    "ICMP_TYPE",
    "ICMP_TYPE_NUMBER",
    "ICMP_CODE",
    "ETH_OPTION",
    "ETH_PROTO_TYPE",
    "ETH_ETHER_TYPE",
    "ETH_SAP",
    "VLAN_ID_RANGE",
    "S_VID_START",
    "S_VID_END",
    "C_VID_START",
    "C_VID_END",
    "USER_PRIORITY_RANGE",
    "LOW_USER_PRIORITY",
    "HIGH_USER_PRIORITY",
    "TIME_OF_DAY_CONDITION",
    "TIME_OF_DAY_START",
    "TIME_OF_DAY_END",
    "DAY_OF_WEEK_MASK",
    "DAY_OF_MONTH_MASK",
    "MONTH_OF_YEAR_MASK",
    "ABSOLUTE_START_TIME",
    "ABSOLUTE_START_FRACTIONAL_SECONDS",
    "ABSOLUTE_END_TIME",
    "ABSOLUTE_END_FRACTIONAL_SECONDS",
    "TIMEZONE_FLAG",
    "TIMEZONE_OFFSET",
    "TREATMENT_ACTION",
    "QOS_PROFILE_ID",
    "QOS_PROFILE_TEMPLATE",
    "QOS_SEMANTICS",
    "QOS_PARAMETERS",
    "EXCESS_TREATMENT",
    "QOS_CAPABILITY",
    "MIP6_FEATURE_VECTOR",
    "MIP6_HOME_LINK_PREFIX",
    "MIP6_AGENT_INFO",
    "CHARGEABLE_USER_IDENTITY",
    "MIP_CAREOF_ADDRESS",
    "MIP_AUTHENTICATOR",
    "MIP_MAC_MOBILITY_DATA",
    "MIP_TIMESTAMP",
    "MIP_MN_HA_SPI",
    "MIP_MN_HA_MSA",
    "SERVICE_SELECTION",
    "MIP6_AUTH_MODE",
    "EGRESS_VLANID",
    "INGRESS_FILTERS",
    "EGRESS_VLAN_NAME",
    "USER_PRIORITY_TABLE",
    "OPERATOR_NAME",
    "LOCATION_INFORMATION",
    "LOCATION_DATA",
    "BASIC_LOCATION_POLICY_RULES",
    "EXTENDED_LOCATION_POLICY_RULES",
    "LOCATION_CAPABLE",
    "REQUESTED_LOCATION_INFO",
    "KEY",
    "KEY_TYPE",
    "KEYING_MATERIAL",
    "KEY_LIFETIME",
    "KEY_SPI",
    "KEY_NAME",
    "ERP_RK_REQUEST",
    "ERP_REALM",
    "SIP_ACCOUNTING_INFORMATION",
    "SIP_ACCOUNTING_SERVER_URI",
    "SIP_CREDIT_CONTROL_SERVER_URI",
    "SIP_SERVER_URI",
    "SIP_SERVER_CAPABILITIES",
    "SIP_MANDATORY_CAPABILITY",
    "SIP_OPTIONAL_CAPABILITY",
    "SIP_SERVER_ASSIGNMENT_TYPE",
    "SIP_AUTH_DATA_ITEM",
    "SIP_AUTHENTICATION_SCHEME",
    "SIP_ITEM_NUMBER",
    "SIP_AUTHENTICATE",
    "SIP_AUTHORIZATION",
    "SIP_AUTHENTICATION_INFO",
    "SIP_NUMBER_AUTH_ITEMS",
    "SIP_DEREGISTRATION_REASON",
    "SIP_REASON_CODE",
    "SIP_REASON_INFO",
    "SIP_VISITED_NETWORK_ID",
    "SIP_USER_AUTHORIZATION_TYPE",
    "SIP_SUPPORTED_USER_DATA_TYPE",
    "SIP_USER_DATA",
    "SIP_USER_DATA_TYPE",
    "SIP_USER_DATA_CONTENTS",
    "SIP_USER_DATA_ALREADY_AVAILABLE",
    "SIP_METHOD",
    "DIGEST_RESPONSE",
    "DIGEST_REALM",
    "DIGEST_NONCE",
    "DIGEST_RESPONSE_AUTH",
    "DIGEST_NEXTNONCE",
    "DIGEST_METHOD",
    "DIGEST_URI",
    "DIGEST_QOP",
    "DIGEST_ALGORITHM",
    "DIGEST_ENTITY_BODY_HASH",
    "DIGEST_CNONCE",
    "DIGEST_NONCE_COUNT",
    "DIGEST_USERNAME",
    "DIGEST_OPAQUE",
    "DIGEST_AUTH_PARAM",
    "DIGEST_AKA_AUTS",
    "DIGEST_DOMAIN",
    "DIGEST_STALE",
    "DIGEST_HA1",
    "SIP_AOR",
    "DELEGATED_IPV6_PREFIX",
    "FRAMED_MANAGEMENT_PROTOCOL",
    "MANAGEMENT_TRANSPORT_PROTECTION",
    "MANAGEMENT_POLICY_ID",
    "MANAGEMENT_PRIVILEGE_LEVEL",
    "TMOD_1",
    "TOKEN_RATE",
    "BUCKET_DEPTH",
    "PEAK_TRAFFIC_RATE",
    "MINIMUM_POLICED_UNIT",
    "MAXIMUM_PACKET_SIZE",
    "TMOD_2",
    "BANDWIDTH",
    "PHB_CLASS",
    "PMIP6_DHCP_SERVER_ADDRESS",
    "PMIP6_IPV4_HOME_ADDRESS",
    "MOBILE_NODE_IDENTIFIER",
    "SERVICE_CONFIGURATION",
    "QOS_AUTHORIZATION_DATA",
    "BOUND_AUTH_SESSION_ID",
    "IKEV2_NONCES",
    "NI",
    "NR",
    "IKEV2_IDENTITY",
    "INITIATOR_IDENTITY",
    "ID_TYPE",
    "IDENTIFICATION_DATA",
    "RESPONDER_IDENTITY",
    "NC_REQUEST_TYPE",
    "NAT_CONTROL_INSTALL",
    "NAT_CONTROL_REMOVE",
    "NAT_CONTROL_DEFINITION",
    "NAT_INTERNAL_ADDRESS",
    "NAT_EXTERNAL_ADDRESS",
    "MAX_NAT_BINDINGS",
    "NAT_CONTROL_BINDING_TEMPLATE",
    "DUPLICATE_SESSION_ID",
    "NAT_EXTERNAL_PORT_STYLE",
    "NAT_CONTROL_RECORD",
    "NAT_CONTROL_BINDING_STATUS",
    "CURRENT_NAT_BINDINGS",
    "DUAL_PRIORITY",
    "PREEMPTION_PRIORITY",
    "DEFENDING_PRIORITY",
    "ADMISSION_PRIORITY",
    "SIP_RESOURCE_PRIORITY",
    "SIP_RESOURCE_PRIORITY_NAMESPACE",
    "SIP_RESOURCE_PRIORITY_VALUE",
    "APPLICATION_LEVEL_RESOURCE_PRIORITY",
    "ALRP_NAMESPACE",
    "ALRP_VALUE",
    "REDIRECT_REALM",
    "ECN_IP_CODEPOINT",
    "CONGESTION_TREATMENT",
    "FLOW_COUNT",
    "PACKET_COUNT",
    "IP_PREFIX_LENGTH",
    "BORDER_ROUTER_NAME",
    "N64_MULTICAST_ATTRIBUTES",
    "ASM_MPREFIX64",
    "SSM_MPREFIX64",
    "TUNNEL_SOURCE_PREF_OR_ADDR",
    "TUNNEL_SOURCE_IPV6_ADDRESS",
    "PORT_SET_IDENTIFIER",
    "LW4O6_BINDING",
    "LW4O6_EXTERNAL_IPV4_ADDR",
    "MAP_E_ATTRIBUTES",
    "MAP_MESH_MODE",
    "MAP_MAPPING_RULE",
    "RULE_IPV4_ADDR_OR_PREFIX",
    "RULE_IPV6_PREFIX",
    "EA_FIELD_LENGTH",
    "OC_MAXIMUM_RATE",
    "OCSupportedFeatures",
    "OCOLR",
    "Load",
    "QoSResources",
    "FilterRule",
    "Classifier",
    "FromSpec",
    "ToSpec",
    "IPAddressRange",
    "IPAddressMask",
    "MACAddressMask",
    "EUI64AddressMask",
    "PortRange",
    "IPOption",
    "TCPOption",
    "TCPFlags",
    "ICMPType",
    "ETHOption",
    "ETHProtoType",
    "VLANIDRange",
    "UserPriorityRange",
    "TimeOfDayCondition",
    "QoSProfileTemplate",
    "QoSParameters",
    "ExcessTreatment",
    "QoSCapability",
    "MIP6AgentInfo",
    "MIPMNHAMSA",
    "Key",
    "ERPRKRequest",
    "SIPAccountingInformation",
    "SIPServerCapabilities",
    "SIPAuthDataItem",
    "SIPAuthenticate",
    "SIPAuthorization",
    "SIPAuthenticationInfo",
    "SIPDeregistrationReason",
    "SIPUserData",
    "TMOD1",
    "TMOD2",
    "ServiceConfiguration",
    "IKEv2Nonces",
    "IKEv2Identity",
    "InitiatorIdentity",
    "ResponderIdentity",
    "NATControlInstall",
    "NATControlRemove",
    "NATControlDefinition",
    "NATInternalAddress",
    "NATExternalAddress",
    "NATControlRecord",
    "DualPriority",
    "SIPResourcePriority",
    "ApplicationLevelResourcePriority",
    "CongestionTreatment",
    "N64MulticastAttributes",
    "ASMMPrefix64",
    "SSMMPrefix64",
    "TunnelSourcePrefOrAddr",
    "Lw4o6Binding",
    "MAPEAttributes",
    "MAPMappingRule",
    "RuleIPv4AddrOrPrefix",
    "RuleIPv6Prefix",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
OC_SUPPORTED_FEATURES: Final = AvpDef("OC-Supported-Features", 621, GROUPED)
OC_FEATURE_VECTOR: Final = AvpDef("OC-Feature-Vector", 622, UNSIGNED64)
OC_OLR: Final = AvpDef("OC-OLR", 623, GROUPED)
OC_SEQUENCE_NUMBER: Final = AvpDef("OC-Sequence-Number", 624, UNSIGNED64)
OC_VALIDITY_DURATION: Final = AvpDef("OC-Validity-Duration", 625, UNSIGNED32)
OC_REPORT_TYPE: Final = AvpDef("OC-Report-Type", 626, ENUMERATED)
OC_REDUCTION_PERCENTAGE: Final = AvpDef("OC-Reduction-Percentage", 627, UNSIGNED32)
OC_PEER_ALGO: Final = AvpDef("OC-Peer-Algo", 648, UNSIGNED64)
SOURCEID: Final = AvpDef("SourceID", 649, DIAMETER_IDENTITY)
LOAD: Final = AvpDef("Load", 650, GROUPED)
LOAD_TYPE: Final = AvpDef("Load-Type", 651, ENUMERATED)
LOAD_VALUE: Final = AvpDef("Load-Value", 652, UNSIGNED64)
DRMP: Final = AvpDef("DRMP", 301, ENUMERATED)
QOS_RESOURCES: Final = AvpDef("QoS-Resources", 508, GROUPED, M)
FILTER_RULE: Final = AvpDef("Filter-Rule", 509, GROUPED, M)
FILTER_RULE_PRECEDENCE: Final = AvpDef("Filter-Rule-Precedence", 510, UNSIGNED32, M)
CLASSIFIER: Final = AvpDef("Classifier", 511, GROUPED, M)
CLASSIFIER_ID: Final = AvpDef("Classifier-ID", 512, OCTET_STRING, M)
PROTOCOL: Final = AvpDef("Protocol", 513, ENUMERATED, M)
DIRECTION: Final = AvpDef("Direction", 514, ENUMERATED, M)
FROM_SPEC: Final = AvpDef("From-Spec", 515, GROUPED, M)
TO_SPEC: Final = AvpDef("To-Spec", 516, GROUPED, M)
NEGATED: Final = AvpDef("Negated", 517, ENUMERATED, M)
IP_ADDRESS: Final = AvpDef("IP-Address", 518, ADDRESS, M)
IP_ADDRESS_RANGE: Final = AvpDef("IP-Address-Range", 519, GROUPED, M)
IP_ADDRESS_START: Final = AvpDef("IP-Address-Start", 520, ADDRESS, M)
IP_ADDRESS_END: Final = AvpDef("IP-Address-End", 521, ADDRESS, M)
IP_ADDRESS_MASK: Final = AvpDef("IP-Address-Mask", 522, GROUPED, M)
IP_BIT_MASK_WIDTH: Final = AvpDef("IP-Bit-Mask-Width", 523, UNSIGNED32, M)
MAC_ADDRESS: Final = AvpDef("MAC-Address", 524, OCTET_STRING, M)
MAC_ADDRESS_MASK: Final = AvpDef("MAC-Address-Mask", 525, GROUPED, M)
MAC_ADDRESS_MASK_PATTERN: Final = AvpDef("MAC-Address-Mask-Pattern", 526, OCTET_STRING, M)
EUI64_ADDRESS: Final = AvpDef("EUI64-Address", 527, OCTET_STRING, M)
EUI64_ADDRESS_MASK: Final = AvpDef("EUI64-Address-Mask", 528, GROUPED, M)
EUI64_ADDRESS_MASK_PATTERN: Final = AvpDef("EUI64-Address-Mask-Pattern", 529, OCTET_STRING, M)
PORT: Final = AvpDef("Port", 530, INTEGER32, M)
PORT_RANGE: Final = AvpDef("Port-Range", 531, GROUPED, M)
PORT_START: Final = AvpDef("Port-Start", 532, INTEGER32, M)
PORT_END: Final = AvpDef("Port-End", 533, INTEGER32, M)
USE_ASSIGNED_ADDRESS: Final = AvpDef("Use-Assigned-Address", 534, ENUMERATED, M)
DIFFSERV_CODE_POINT: Final = AvpDef("Diffserv-Code-Point", 535, ENUMERATED, M)
FRAGMENTATION_FLAG: Final = AvpDef("Fragmentation-Flag", 536, ENUMERATED, M)
IP_OPTION: Final = AvpDef("IP-Option", 537, GROUPED, M)
IP_OPTION_TYPE: Final = AvpDef("IP-Option-Type", 538, ENUMERATED, M)
IP_OPTION_VALUE: Final = AvpDef("IP-Option-Value", 539, OCTET_STRING, M)
TCP_OPTION: Final = AvpDef("TCP-Option", 540, GROUPED, M)
TCP_OPTION_TYPE: Final = AvpDef("TCP-Option-Type", 541, ENUMERATED, M)
TCP_OPTION_VALUE: Final = AvpDef("TCP-Option-Value", 542, OCTET_STRING, M)
TCP_FLAGS: Final = AvpDef("TCP-Flags", 543, GROUPED, M)
TCP_FLAG_TYPE: Final = AvpDef("TCP-Flag-Type", 544, UNSIGNED32, M)
ICMP_TYPE: Final = AvpDef("ICMP-Type", 545, GROUPED, M)
ICMP_TYPE_NUMBER: Final = AvpDef("ICMP-Type-Number", 546, ENUMERATED, M)
ICMP_CODE: Final = AvpDef("ICMP-Code", 547, ENUMERATED, M)
ETH_OPTION: Final = AvpDef("ETH-Option", 548, GROUPED, M)
ETH_PROTO_TYPE: Final = AvpDef("ETH-Proto-Type", 549, GROUPED, M)
ETH_ETHER_TYPE: Final = AvpDef("ETH-Ether-Type", 550, OCTET_STRING, M)
ETH_SAP: Final = AvpDef("ETH-SAP", 551, OCTET_STRING, M)
VLAN_ID_RANGE: Final = AvpDef("VLAN-ID-Range", 552, GROUPED, M)
S_VID_START: Final = AvpDef("S-VID-Start", 553, UNSIGNED32, M)
S_VID_END: Final = AvpDef("S-VID-End", 554, UNSIGNED32, M)
C_VID_START: Final = AvpDef("C-VID-Start", 555, UNSIGNED32, M)
C_VID_END: Final = AvpDef("C-VID-End", 556, UNSIGNED32, M)
USER_PRIORITY_RANGE: Final = AvpDef("User-Priority-Range", 557, GROUPED, M)
LOW_USER_PRIORITY: Final = AvpDef("Low-User-Priority", 558, UNSIGNED32, M)
HIGH_USER_PRIORITY: Final = AvpDef("High-User-Priority", 559, UNSIGNED32, M)
TIME_OF_DAY_CONDITION: Final = AvpDef("Time-Of-Day-Condition", 560, GROUPED, M)
TIME_OF_DAY_START: Final = AvpDef("Time-Of-Day-Start", 561, UNSIGNED32, M)
TIME_OF_DAY_END: Final = AvpDef("Time-Of-Day-End", 562, UNSIGNED32, M)
DAY_OF_WEEK_MASK: Final = AvpDef("Day-Of-Week-Mask", 563, UNSIGNED32, M)
DAY_OF_MONTH_MASK: Final = AvpDef("Day-Of-Month-Mask", 564, UNSIGNED32, M)
MONTH_OF_YEAR_MASK: Final = AvpDef("Month-Of-Year-Mask", 565, UNSIGNED32, M)
ABSOLUTE_START_TIME: Final = AvpDef("Absolute-Start-Time", 566, TIME, M)
ABSOLUTE_START_FRACTIONAL_SECONDS: Final = AvpDef("Absolute-Start-Fractional-Seconds", 567, UNSIGNED32, M)
ABSOLUTE_END_TIME: Final = AvpDef("Absolute-End-Time", 568, TIME, M)
ABSOLUTE_END_FRACTIONAL_SECONDS: Final = AvpDef("Absolute-End-Fractional-Seconds", 569, UNSIGNED32, M)
TIMEZONE_FLAG: Final = AvpDef("Timezone-Flag", 570, ENUMERATED, M)
TIMEZONE_OFFSET: Final = AvpDef("Timezone-Offset", 571, INTEGER32, M)
TREATMENT_ACTION: Final = AvpDef("Treatment-Action", 572, ENUMERATED, M)
QOS_PROFILE_ID: Final = AvpDef("QoS-Profile-Id", 573, UNSIGNED32, M)
QOS_PROFILE_TEMPLATE: Final = AvpDef("QoS-Profile-Template", 574, GROUPED, M)
QOS_SEMANTICS: Final = AvpDef("QoS-Semantics", 575, ENUMERATED, M)
QOS_PARAMETERS: Final = AvpDef("QoS-Parameters", 576, GROUPED, M)
EXCESS_TREATMENT: Final = AvpDef("Excess-Treatment", 577, GROUPED, M)
QOS_CAPABILITY: Final = AvpDef("QoS-Capability", 578, GROUPED, M)
MIP6_FEATURE_VECTOR: Final = AvpDef("MIP6-Feature-Vector", 124, UNSIGNED64, M)
MIP6_HOME_LINK_PREFIX: Final = AvpDef("MIP6-Home-Link-Prefix", 125, OCTET_STRING, M)
MIP6_AGENT_INFO: Final = AvpDef("MIP6-Agent-Info", 486, GROUPED, M)
CHARGEABLE_USER_IDENTITY: Final = AvpDef("Chargeable-User-Identity", 89, OCTET_STRING, M)
MIP_CAREOF_ADDRESS: Final = AvpDef("MIP-Careof-Address", 487, ADDRESS, M)
MIP_AUTHENTICATOR: Final = AvpDef("MIP-Authenticator", 488, OCTET_STRING, M)
MIP_MAC_MOBILITY_DATA: Final = AvpDef("MIP-MAC-Mobility-Data", 489, OCTET_STRING, M)
MIP_TIMESTAMP: Final = AvpDef("MIP-Timestamp", 490, OCTET_STRING, M)
MIP_MN_HA_SPI: Final = AvpDef("MIP-MN-HA-SPI", 491, UNSIGNED32, M)
MIP_MN_HA_MSA: Final = AvpDef("MIP-MN-HA-MSA", 492, GROUPED, M)
SERVICE_SELECTION: Final = AvpDef("Service-Selection", 493, UTF8STRING, M)
MIP6_AUTH_MODE: Final = AvpDef("MIP6-Auth-Mode", 494, ENUMERATED, M)
EGRESS_VLANID: Final = AvpDef("Egress-VLANID", 56, OCTET_STRING, M)
INGRESS_FILTERS: Final = AvpDef("Ingress-Filters", 57, ENUMERATED, M)
EGRESS_VLAN_NAME: Final = AvpDef("Egress-VLAN-Name", 58, UTF8STRING, M)
USER_PRIORITY_TABLE: Final = AvpDef("User-Priority-Table", 59, OCTET_STRING, M)
OPERATOR_NAME: Final = AvpDef("Operator-Name", 126, OCTET_STRING, M)
LOCATION_INFORMATION: Final = AvpDef("Location-Information", 127, OCTET_STRING, M)
LOCATION_DATA: Final = AvpDef("Location-Data", 128, OCTET_STRING, M)
BASIC_LOCATION_POLICY_RULES: Final = AvpDef("Basic-Location-Policy-Rules", 129, OCTET_STRING, M)
EXTENDED_LOCATION_POLICY_RULES: Final = AvpDef("Extended-Location-Policy-Rules", 130, OCTET_STRING, M)
LOCATION_CAPABLE: Final = AvpDef("Location-Capable", 131, ENUMERATED, M)
REQUESTED_LOCATION_INFO: Final = AvpDef("Requested-Location-Info", 132, ENUMERATED, M)
KEY: Final = AvpDef("Key", 581, GROUPED)
KEY_TYPE: Final = AvpDef("Key-Type", 582, ENUMERATED)
KEYING_MATERIAL: Final = AvpDef("Keying-Material", 583, OCTET_STRING)
KEY_LIFETIME: Final = AvpDef("Key-Lifetime", 584, UNSIGNED32)
KEY_SPI: Final = AvpDef("Key-SPI", 585, UNSIGNED32)
KEY_NAME: Final = AvpDef("Key-Name", 586, OCTET_STRING)
ERP_RK_REQUEST: Final = AvpDef("ERP-RK-Request", 618, GROUPED)
ERP_REALM: Final = AvpDef("ERP-Realm", 619, DIAMETER_IDENTITY)
SIP_ACCOUNTING_INFORMATION: Final = AvpDef("SIP-Accounting-Information", 368, GROUPED, M)
SIP_ACCOUNTING_SERVER_URI: Final = AvpDef("SIP-Accounting-Server-URI", 369, DIAMETER_URI, M)
SIP_CREDIT_CONTROL_SERVER_URI: Final = AvpDef("SIP-Credit-Control-Server-URI", 370, DIAMETER_URI, M)
SIP_SERVER_URI: Final = AvpDef("SIP-Server-URI", 371, UTF8STRING, M)
SIP_SERVER_CAPABILITIES: Final = AvpDef("SIP-Server-Capabilities", 372, GROUPED, M)
SIP_MANDATORY_CAPABILITY: Final = AvpDef("SIP-Mandatory-Capability", 373, UNSIGNED32, M)
SIP_OPTIONAL_CAPABILITY: Final = AvpDef("SIP-Optional-Capability", 374, UNSIGNED32, M)
SIP_SERVER_ASSIGNMENT_TYPE: Final = AvpDef("SIP-Server-Assignment-Type", 375, ENUMERATED, M)
SIP_AUTH_DATA_ITEM: Final = AvpDef("SIP-Auth-Data-Item", 376, GROUPED, M)
SIP_AUTHENTICATION_SCHEME: Final = AvpDef("SIP-Authentication-Scheme", 377, ENUMERATED, M)
SIP_ITEM_NUMBER: Final = AvpDef("SIP-Item-Number", 378, UNSIGNED32, M)
SIP_AUTHENTICATE: Final = AvpDef("SIP-Authenticate", 379, GROUPED, M)
SIP_AUTHORIZATION: Final = AvpDef("SIP-Authorization", 380, GROUPED, M)
SIP_AUTHENTICATION_INFO: Final = AvpDef("SIP-Authentication-Info", 381, GROUPED, M)
SIP_NUMBER_AUTH_ITEMS: Final = AvpDef("SIP-Number-Auth-Items", 382, UNSIGNED32, M)
SIP_DEREGISTRATION_REASON: Final = AvpDef("SIP-Deregistration-Reason", 383, GROUPED, M)
SIP_REASON_CODE: Final = AvpDef("SIP-Reason-Code", 384, ENUMERATED, M)
SIP_REASON_INFO: Final = AvpDef("SIP-Reason-Info", 385, UTF8STRING, M)
SIP_VISITED_NETWORK_ID: Final = AvpDef("SIP-Visited-Network-Id", 386, UTF8STRING, M)
SIP_USER_AUTHORIZATION_TYPE: Final = AvpDef("SIP-User-Authorization-Type", 387, ENUMERATED, M)
SIP_SUPPORTED_USER_DATA_TYPE: Final = AvpDef("SIP-Supported-User-Data-Type", 388, UTF8STRING, M)
SIP_USER_DATA: Final = AvpDef("SIP-User-Data", 389, GROUPED, M)
SIP_USER_DATA_TYPE: Final = AvpDef("SIP-User-Data-Type", 390, UTF8STRING, M)
SIP_USER_DATA_CONTENTS: Final = AvpDef("SIP-User-Data-Contents", 391, OCTET_STRING, M)
SIP_USER_DATA_ALREADY_AVAILABLE: Final = AvpDef("SIP-User-Data-Already-Available", 392, ENUMERATED, M)
SIP_METHOD: Final = AvpDef("SIP-Method", 393, UTF8STRING, M)
DIGEST_RESPONSE: Final = AvpDef("Digest-Response", 103, UTF8STRING, M)
DIGEST_REALM: Final = AvpDef("Digest-Realm", 104, UTF8STRING, M)
DIGEST_NONCE: Final = AvpDef("Digest-Nonce", 105, UTF8STRING, M)
DIGEST_RESPONSE_AUTH: Final = AvpDef("Digest-Response-Auth", 106, UTF8STRING, M)
DIGEST_NEXTNONCE: Final = AvpDef("Digest-Nextnonce", 107, UTF8STRING, M)
DIGEST_METHOD: Final = AvpDef("Digest-Method", 108, UTF8STRING, M)
DIGEST_URI: Final = AvpDef("Digest-URI", 109, UTF8STRING, M)
DIGEST_QOP: Final = AvpDef("Digest-QoP", 110, UTF8STRING, M)
DIGEST_ALGORITHM: Final = AvpDef("Digest-Algorithm", 111, UTF8STRING, M)
DIGEST_ENTITY_BODY_HASH: Final = AvpDef("Digest-Entity-Body-Hash", 112, UTF8STRING, M)
DIGEST_CNONCE: Final = AvpDef("Digest-CNonce", 113, UTF8STRING, M)
DIGEST_NONCE_COUNT: Final = AvpDef("Digest-Nonce-Count", 114, UTF8STRING, M)
DIGEST_USERNAME: Final = AvpDef("Digest-Username", 115, UTF8STRING, M)
DIGEST_OPAQUE: Final = AvpDef("Digest-Opaque", 116, UTF8STRING, M)
DIGEST_AUTH_PARAM: Final = AvpDef("Digest-Auth-Param", 117, UTF8STRING, M)
DIGEST_AKA_AUTS: Final = AvpDef("Digest-AKA-Auts", 118, UTF8STRING, M)
DIGEST_DOMAIN: Final = AvpDef("Digest-Domain", 119, UTF8STRING, M)
DIGEST_STALE: Final = AvpDef("Digest-Stale", 120, UTF8STRING, M)
DIGEST_HA1: Final = AvpDef("Digest-HA1", 121, UTF8STRING, M)
SIP_AOR: Final = AvpDef("SIP-AOR", 122, UTF8STRING, M)
DELEGATED_IPV6_PREFIX: Final = AvpDef("Delegated-IPv6-Prefix", 123, OCTET_STRING)
FRAMED_MANAGEMENT_PROTOCOL: Final = AvpDef("Framed-Management-Protocol", 133, ENUMERATED, M)
MANAGEMENT_TRANSPORT_PROTECTION: Final = AvpDef("Management-Transport-Protection", 134, ENUMERATED, M)
MANAGEMENT_POLICY_ID: Final = AvpDef("Management-Policy-Id", 135, UTF8STRING, M)
MANAGEMENT_PRIVILEGE_LEVEL: Final = AvpDef("Management-Privilege-Level", 136, INTEGER32, M)
TMOD_1: Final = AvpDef("TMOD-1", 495, GROUPED)
TOKEN_RATE: Final = AvpDef("Token-Rate", 496, FLOAT32)
BUCKET_DEPTH: Final = AvpDef("Bucket-Depth", 497, FLOAT32)
PEAK_TRAFFIC_RATE: Final = AvpDef("Peak-Traffic-Rate", 498, FLOAT32)
MINIMUM_POLICED_UNIT: Final = AvpDef("Minimum-Policed-Unit", 499, UNSIGNED32)
MAXIMUM_PACKET_SIZE: Final = AvpDef("Maximum-Packet-Size", 500, UNSIGNED32)
TMOD_2: Final = AvpDef("TMOD-2", 501, GROUPED)
BANDWIDTH: Final = AvpDef("Bandwidth", 502, FLOAT32)
PHB_CLASS: Final = AvpDef("PHB-Class", 503, UNSIGNED32)
PMIP6_DHCP_SERVER_ADDRESS: Final = AvpDef("PMIP6-DHCP-Server-Address", 504, ADDRESS)
PMIP6_IPV4_HOME_ADDRESS: Final = AvpDef("PMIP6-IPv4-Home-Address", 505, ADDRESS)
MOBILE_NODE_IDENTIFIER: Final = AvpDef("Mobile-Node-Identifier", 506, UTF8STRING)
SERVICE_CONFIGURATION: Final = AvpDef("Service-Configuration", 507, GROUPED)
QOS_AUTHORIZATION_DATA: Final = AvpDef("QoS-Authorization-Data", 579, OCTET_STRING, M)
BOUND_AUTH_SESSION_ID: Final = AvpDef("Bound-Auth-Session-Id", 580, UTF8STRING, M)
IKEV2_NONCES: Final = AvpDef("IKEv2-Nonces", 587, GROUPED, M)
NI: Final = AvpDef("Ni", 588, OCTET_STRING, M)
NR: Final = AvpDef("Nr", 589, OCTET_STRING, M)
IKEV2_IDENTITY: Final = AvpDef("IKEv2-Identity", 590, GROUPED, M)
INITIATOR_IDENTITY: Final = AvpDef("Initiator-Identity", 591, GROUPED, M)
ID_TYPE: Final = AvpDef("ID-Type", 592, ENUMERATED, M)
IDENTIFICATION_DATA: Final = AvpDef("Identification-Data", 593, OCTET_STRING, M)
RESPONDER_IDENTITY: Final = AvpDef("Responder-Identity", 594, GROUPED, M)
NC_REQUEST_TYPE: Final = AvpDef("NC-Request-Type", 595, ENUMERATED, M)
NAT_CONTROL_INSTALL: Final = AvpDef("NAT-Control-Install", 596, GROUPED, M)
NAT_CONTROL_REMOVE: Final = AvpDef("NAT-Control-Remove", 597, GROUPED, M)
NAT_CONTROL_DEFINITION: Final = AvpDef("NAT-Control-Definition", 598, GROUPED, M)
NAT_INTERNAL_ADDRESS: Final = AvpDef("NAT-Internal-Address", 599, GROUPED, M)
NAT_EXTERNAL_ADDRESS: Final = AvpDef("NAT-External-Address", 600, GROUPED, M)
MAX_NAT_BINDINGS: Final = AvpDef("Max-NAT-Bindings", 601, UNSIGNED32, M)
NAT_CONTROL_BINDING_TEMPLATE: Final = AvpDef("NAT-Control-Binding-Template", 602, OCTET_STRING, M)
DUPLICATE_SESSION_ID: Final = AvpDef("Duplicate-Session-Id", 603, UTF8STRING, M)
NAT_EXTERNAL_PORT_STYLE: Final = AvpDef("NAT-External-Port-Style", 604, ENUMERATED, M)
NAT_CONTROL_RECORD: Final = AvpDef("NAT-Control-Record", 605, GROUPED, M)
NAT_CONTROL_BINDING_STATUS: Final = AvpDef("NAT-Control-Binding-Status", 606, ENUMERATED, M)
CURRENT_NAT_BINDINGS: Final = AvpDef("Current-NAT-Bindings", 607, UNSIGNED32, M)
DUAL_PRIORITY: Final = AvpDef("Dual-Priority", 608, GROUPED)
PREEMPTION_PRIORITY: Final = AvpDef("Preemption-Priority", 609, UNSIGNED32)
DEFENDING_PRIORITY: Final = AvpDef("Defending-Priority", 610, UNSIGNED32)
ADMISSION_PRIORITY: Final = AvpDef("Admission-Priority", 611, UNSIGNED32)
SIP_RESOURCE_PRIORITY: Final = AvpDef("SIP-Resource-Priority", 612, GROUPED)
SIP_RESOURCE_PRIORITY_NAMESPACE: Final = AvpDef("SIP-Resource-Priority-Namespace", 613, UTF8STRING)
SIP_RESOURCE_PRIORITY_VALUE: Final = AvpDef("SIP-Resource-Priority-Value", 614, UTF8STRING)
APPLICATION_LEVEL_RESOURCE_PRIORITY: Final = AvpDef("Application-Level-Resource-Priority", 615, GROUPED)
ALRP_NAMESPACE: Final = AvpDef("ALRP-Namespace", 616, UNSIGNED32)
ALRP_VALUE: Final = AvpDef("ALRP-Value", 617, UNSIGNED32)
REDIRECT_REALM: Final = AvpDef("Redirect-Realm", 620, DIAMETER_IDENTITY)
ECN_IP_CODEPOINT: Final = AvpDef("ECN-IP-Codepoint", 628, ENUMERATED)
CONGESTION_TREATMENT: Final = AvpDef("Congestion-Treatment", 629, GROUPED)
FLOW_COUNT: Final = AvpDef("Flow-Count", 630, UNSIGNED64)
PACKET_COUNT: Final = AvpDef("Packet-Count", 631, UNSIGNED64)
IP_PREFIX_LENGTH: Final = AvpDef("IP-Prefix-Length", 632, UNSIGNED32)
BORDER_ROUTER_NAME: Final = AvpDef("Border-Router-Name", 633, OCTET_STRING)
N64_MULTICAST_ATTRIBUTES: Final = AvpDef("64-Multicast-Attributes", 634, GROUPED)
ASM_MPREFIX64: Final = AvpDef("ASM-mPrefix64", 635, GROUPED)
SSM_MPREFIX64: Final = AvpDef("SSM-mPrefix64", 636, GROUPED)
TUNNEL_SOURCE_PREF_OR_ADDR: Final = AvpDef("Tunnel-Source-Pref-Or-Addr", 637, GROUPED)
TUNNEL_SOURCE_IPV6_ADDRESS: Final = AvpDef("Tunnel-Source-IPv6-Address", 638, ADDRESS)
PORT_SET_IDENTIFIER: Final = AvpDef("Port-Set-Identifier", 639, OCTET_STRING)
LW4O6_BINDING: Final = AvpDef("Lw4o6-Binding", 640, GROUPED)
LW4O6_EXTERNAL_IPV4_ADDR: Final = AvpDef("Lw4o6-External-IPv4-Addr", 641, ADDRESS)
MAP_E_ATTRIBUTES: Final = AvpDef("MAP-E-Attributes", 642, GROUPED)
MAP_MESH_MODE: Final = AvpDef("MAP-Mesh-Mode", 643, ENUMERATED)
MAP_MAPPING_RULE: Final = AvpDef("MAP-Mapping-Rule", 644, GROUPED)
RULE_IPV4_ADDR_OR_PREFIX: Final = AvpDef("Rule-IPv4-Addr-Or-Prefix", 645, GROUPED)
RULE_IPV6_PREFIX: Final = AvpDef("Rule-IPv6-Prefix", 646, GROUPED)
EA_FIELD_LENGTH: Final = AvpDef("EA-Field-Length", 647, UNSIGNED32)
OC_MAXIMUM_RATE: Final = AvpDef("OC-Maximum-Rate", 670, UNSIGNED32)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "OCFeatureVector": (OC_FEATURE_VECTOR, "Values of OC-Feature-Vector.", (("OLR_DEFAULT_ALGO", 1), ("OLR_RATE_ALGORITHM", 4), ("OC_PEER_REPORT", 16),)),
    "OCReportType": (OC_REPORT_TYPE, "Values of OC-Report-Type.", (("HOST_REPORT", 0), ("REALM_REPORT", 1), ("PEER_REPORT", 2),)),
    "LoadType": (LOAD_TYPE, "Values of Load-Type.", (("HOST", 0), ("PEER", 1),)),
    "Drmp": (DRMP, "Values of DRMP.", (("PRIORITY_0", 0), ("PRIORITY_1", 1), ("PRIORITY_2", 2), ("PRIORITY_3", 3), ("PRIORITY_4", 4), ("PRIORITY_5", 5), ("PRIORITY_6", 6), ("PRIORITY_7", 7), ("PRIORITY_8", 8), ("PRIORITY_9", 9), ("PRIORITY_10", 10), ("PRIORITY_11", 11), ("PRIORITY_12", 12), ("PRIORITY_13", 13), ("PRIORITY_14", 14), ("PRIORITY_15", 15),)),
    "Protocol": (PROTOCOL, "Values of Protocol.", (("HOPOPT", 0), ("ICMP", 1), ("IGMP", 2), ("IPV4", 4), ("TCP", 6), ("UDP", 17), ("IPV6", 41), ("IPV6_ROUTE", 43), ("IPV6_FRAG", 44), ("RSVP", 46), ("GRE", 47), ("ESP", 50), ("AH", 51), ("IPV6_ICMP", 58), ("IPV6_NONXT", 59), ("IPV6_OPTS", 60), ("OSPFIGP", 89), ("PIM", 103), ("SCTP", 132), ("UDPLITE", 136),)),
    "Direction": (DIRECTION, "Values of Direction.", (("IN", 0), ("OUT", 1), ("BOTH", 2),)),
    "Negated": (NEGATED, "Values of Negated.", (("FALSE", 0), ("TRUE", 1),)),
    "UseAssignedAddress": (USE_ASSIGNED_ADDRESS, "Values of Use-Assigned-Address.", (("FALSE", 0), ("TRUE", 1),)),
    "DiffservCodePoint": (DIFFSERV_CODE_POINT, "Values of Diffserv-Code-Point.", (("CS0", 0), ("CS1", 8), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("CS2", 16), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("CS3", 24), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("CS4", 32), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("CS5", 40), ("VOICE_ADMIT", 44), ("EF", 46), ("CS6", 48), ("CS7", 56),)),
    "FragmentationFlag": (FRAGMENTATION_FLAG, "Values of Fragmentation-Flag.", (("DF", 0), ("MF", 1),)),
    "DayOfWeekMask": (DAY_OF_WEEK_MASK, "Values of Day-Of-Week-Mask.", (("SUNDAY", 1), ("MONDAY", 2), ("TUESDAY", 4), ("WEDNESDAY", 8), ("THURSDAY", 16), ("FRIDAY", 32), ("SATURDAY", 64),)),
    "MonthOfYearMask": (MONTH_OF_YEAR_MASK, "Values of Month-Of-Year-Mask.", (("JANUARY", 1), ("FEBRUARY", 2), ("MARCH", 4), ("APRIL", 8), ("MAY", 16), ("JUNE", 32), ("JULY", 64), ("AUGUST", 128), ("SEPTEMBER", 256), ("OCTOBER", 512), ("NOVEMBER", 1024), ("DECEMBER", 2048),)),
    "TimezoneFlag": (TIMEZONE_FLAG, "Values of Timezone-Flag.", (("UTC", 0), ("LOCAL", 1), ("OFFSET", 2),)),
    "TreatmentAction": (TREATMENT_ACTION, "Values of Treatment-Action.", (("DROP", 0), ("SHAPE", 1), ("MARK", 2), ("PERMIT", 3),)),
    "QoSSemantics": (QOS_SEMANTICS, "Values of QoS-Semantics.", (("QOS_DESIRED", 0), ("QOS_AVAILABLE", 1), ("QOS_DELIVERED", 2), ("MINIMUM_QOS", 3), ("QOS_AUTHORIZED", 4),)),
    "MIP6FeatureVector": (MIP6_FEATURE_VECTOR, "Values of MIP6-Feature-Vector.", (("MIP6_INTEGRATED", 1), ("LOCAL_HOME_AGENT_ASSIGNMENT", 2), ("PMIP6_SUPPORTED", 1099511627776), ("IP4_HOA_SUPPORTED", 2199023255552), ("LOCAL_MAG_ROUTING_SUPPORTED", 4398046511104), ("INTER_MAG_ROUTING_SUPPORTED", 562949953421312),)),
    "MIP6AuthMode": (MIP6_AUTH_MODE, "Values of MIP6-Auth-Mode.", (("MIP6_AUTH_MN_AAA", 1),)),
    "IngressFilters": (INGRESS_FILTERS, "Values of Ingress-Filters.", (("ENABLED", 1), ("DISABLED", 2),)),
    "LocationCapable": (LOCATION_CAPABLE, "Values of Location-Capable.", (("CIVIC_LOCATION", 1), ("GEO_LOCATION", 2), ("USERS_LOCATION", 4), ("NAS_LOCATION", 8),)),
    "RequestedLocationInfo": (REQUESTED_LOCATION_INFO, "Values of Requested-Location-Info.", (("CIVIC_LOCATION", 1), ("GEO_LOCATION", 2), ("USERS_LOCATION", 4), ("NAS_LOCATION", 8), ("FUTURE_REQUESTS", 16), ("NONE", 32),)),
    "KeyType": (KEY_TYPE, "Values of Key-Type.", (("DSRK", 0), ("RRK", 1), ("RMSK", 2),)),
    "SIPServerAssignmentType": (SIP_SERVER_ASSIGNMENT_TYPE, "Values of SIP-Server-Assignment-Type.", (("NO_ASSIGNMENT", 0), ("REGISTRATION", 1), ("RE_REGISTRATION", 2), ("UNREGISTERED_USER", 3), ("TIMEOUT_DEREGISTRATION", 4), ("USER_DEREGISTRATION", 5), ("TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME", 6), ("USER_DEREGISTRATION_STORE_SERVER_NAME", 7), ("ADMINISTRATIVE_DEREGISTRATION", 8), ("AUTHENTICATION_FAILURE", 9), ("AUTHENTICATION_TIMEOUT", 10), ("DEREGISTRATION_TOO_MUCH_DATA", 11),)),
    "SIPAuthenticationScheme": (SIP_AUTHENTICATION_SCHEME, "Values of SIP-Authentication-Scheme.", (("DIGEST", 0),)),
    "SIPReasonCode": (SIP_REASON_CODE, "Values of SIP-Reason-Code.", (("PERMANENT_TERMINATION", 0), ("NEW_SIP_SERVER_ASSIGNED", 1), ("SIP_SERVER_CHANGE", 2), ("REMOVE_SIP_SERVER", 3),)),
    "SIPUserAuthorizationType": (SIP_USER_AUTHORIZATION_TYPE, "Values of SIP-User-Authorization-Type.", (("REGISTRATION", 0), ("DEREGISTRATION", 1), ("REGISTRATION_AND_CAPABILITIES", 2),)),
    "SIPUserDataAlreadyAvailable": (SIP_USER_DATA_ALREADY_AVAILABLE, "Values of SIP-User-Data-Already-Available.", (("USER_DATA_NOT_AVAILABLE", 0), ("USER_DATA_ALREADY_AVAILABLE", 1),)),
    "FramedManagementProtocol": (FRAMED_MANAGEMENT_PROTOCOL, "Values of Framed-Management-Protocol.", (("SNMP", 1), ("WEB_BASED", 2), ("NETCONF", 3), ("FTP", 4), ("TFTP", 5), ("SFTP", 6), ("RCP", 7), ("SCP", 8),)),
    "ManagementTransportProtection": (MANAGEMENT_TRANSPORT_PROTECTION, "Values of Management-Transport-Protection.", (("NO_PROTECTION", 1), ("INTEGRITY_PROTECTION", 2), ("INTEGRITY_CONFIDENTIALITY_PROTECTION", 3),)),
    "IDType": (ID_TYPE, "Values of ID-Type.", (("ID_IPV4_ADDR", 1), ("ID_FQDN", 2), ("ID_RFC822_ADDR", 3), ("ID_IPV6_ADDR", 5), ("ID_DER_ASN1_DN", 9), ("ID_DER_ASN1_GN", 10), ("ID_KEY_ID", 11), ("ID_FC_NAME", 12), ("ID_NULL", 13),)),
    "NCRequestType": (NC_REQUEST_TYPE, "Values of NC-Request-Type.", (("INITIAL_REQUEST", 1), ("UPDATE_REQUEST", 2), ("QUERY_REQUEST", 3),)),
    "NATExternalPortStyle": (NAT_EXTERNAL_PORT_STYLE, "Values of NAT-External-Port-Style.", (("FOLLOW_INTERNAL_PORT_STYLE", 1),)),
    "NATControlBindingStatus": (NAT_CONTROL_BINDING_STATUS, "Values of NAT-Control-Binding-Status.", (("CREATED", 1), ("ACTIVE", 2), ("REMOVED", 3),)),
    "ECNIPCodepoint": (ECN_IP_CODEPOINT, "Values of ECN-IP-Codepoint.", (("NOT_ECT", 0), ("ECT_1", 1), ("ECT_0", 2), ("CE", 3),)),
    "MAPMeshMode": (MAP_MESH_MODE, "Values of MAP-Mesh-Mode.", (("MESH", 0), ("HUB_AND_SPOKE", 1),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "OCSupportedFeatures": (OC_SUPPORTED_FEATURES, """OC-Supported-Features ::= < AVP Header: 621 >
         [ OC-Feature-Vector ]
         [ SourceID ]
         [ OC-Peer-Algo ]
       * [ AVP ]
    """, (
        ("oc_feature_vector", "OCFeatureVector | int | None", OC_FEATURE_VECTOR, 0, 1, False),
        ("sourceid", "str | None", SOURCEID, 0, 1, False),
        ("oc_peer_algo", "int | None", OC_PEER_ALGO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OCOLR": (OC_OLR, """OC-OLR ::= < AVP Header: 623 >
         < OC-Sequence-Number >
         < OC-Report-Type >
         [ OC-Reduction-Percentage ]
         [ OC-Validity-Duration ]
         [ SourceID ]
         [ OC-Maximum-Rate ]
       * [ AVP ]
    """, (
        ("oc_sequence_number", "int", OC_SEQUENCE_NUMBER, 1, 1, True),
        ("oc_report_type", "OCReportType | int", OC_REPORT_TYPE, 1, 1, True),
        ("oc_reduction_percentage", "int | None", OC_REDUCTION_PERCENTAGE, 0, 1, False),
        ("oc_validity_duration", "int | None", OC_VALIDITY_DURATION, 0, 1, False),
        ("sourceid", "str | None", SOURCEID, 0, 1, False),
        ("oc_maximum_rate", "int | None", OC_MAXIMUM_RATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Load": (LOAD, """Load ::= < AVP Header: 650 >
         [ Load-Type ]
         [ Load-Value ]
         [ SourceID ]
       * [ AVP ]
    """, (
        ("load_type", "LoadType | int | None", LOAD_TYPE, 0, 1, False),
        ("load_value", "int | None", LOAD_VALUE, 0, 1, False),
        ("sourceid", "str | None", SOURCEID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSResources": (QOS_RESOURCES, """QoS-Resources ::= < AVP Header: 508 >
      1* { Filter-Rule }
       * [ AVP ]
    """, (
        ("filter_rule", "tuple[FilterRule, ...]", FILTER_RULE, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FilterRule": (FILTER_RULE, """Filter-Rule ::= < AVP Header: 509 >
         [ Filter-Rule-Precedence ]
         [ Classifier ]
       * [ Time-Of-Day-Condition ]
         [ Treatment-Action ]
         [ QoS-Semantics ]
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
         [ Excess-Treatment ]
       * [ AVP ]
    """, (
        ("filter_rule_precedence", "int | None", FILTER_RULE_PRECEDENCE, 0, 1, False),
        ("classifier", "Classifier | None", CLASSIFIER, 0, 1, False),
        ("time_of_day_condition", "tuple[TimeOfDayCondition, ...]", TIME_OF_DAY_CONDITION, 0, None, False),
        ("treatment_action", "TreatmentAction | int | None", TREATMENT_ACTION, 0, 1, False),
        ("qos_semantics", "QoSSemantics | int | None", QOS_SEMANTICS, 0, 1, False),
        ("qos_profile_template", "QoSProfileTemplate | None", QOS_PROFILE_TEMPLATE, 0, 1, False),
        ("qos_parameters", "QoSParameters | None", QOS_PARAMETERS, 0, 1, False),
        ("excess_treatment", "ExcessTreatment | None", EXCESS_TREATMENT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Classifier": (CLASSIFIER, """Classifier ::= < AVP Header: 511 >
         { Classifier-ID }
         [ Protocol ]
         [ Direction ]
       * [ From-Spec ]
       * [ To-Spec ]
       * [ Diffserv-Code-Point ]
         [ Fragmentation-Flag ]
       * [ IP-Option ]
       * [ TCP-Option ]
         [ TCP-Flags ]
       * [ ICMP-Type ]
       * [ ETH-Option ]
         [ ECN-IP-Codepoint ]
       * [ AVP ]
    """, (
        ("classifier_id", "bytes", CLASSIFIER_ID, 1, 1, False),
        ("protocol", "Protocol | int | None", PROTOCOL, 0, 1, False),
        ("direction", "Direction | int | None", DIRECTION, 0, 1, False),
        ("from_spec", "tuple[FromSpec, ...]", FROM_SPEC, 0, None, False),
        ("to_spec", "tuple[ToSpec, ...]", TO_SPEC, 0, None, False),
        ("diffserv_code_point", "tuple[DiffservCodePoint | int, ...]", DIFFSERV_CODE_POINT, 0, None, False),
        ("fragmentation_flag", "FragmentationFlag | int | None", FRAGMENTATION_FLAG, 0, 1, False),
        ("ip_option", "tuple[IPOption, ...]", IP_OPTION, 0, None, False),
        ("tcp_option", "tuple[TCPOption, ...]", TCP_OPTION, 0, None, False),
        ("tcp_flags", "TCPFlags | None", TCP_FLAGS, 0, 1, False),
        ("icmp_type", "tuple[ICMPType, ...]", ICMP_TYPE, 0, None, False),
        ("eth_option", "tuple[ETHOption, ...]", ETH_OPTION, 0, None, False),
        ("ecn_ip_codepoint", "ECNIPCodepoint | int | None", ECN_IP_CODEPOINT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FromSpec": (FROM_SPEC, """From-Spec ::= < AVP Header: 515 >
       * [ IP-Address ]
       * [ IP-Address-Range ]
       * [ IP-Address-Mask ]
       * [ MAC-Address ]
       * [ MAC-Address-Mask ]
       * [ EUI64-Address ]
       * [ EUI64-Address-Mask ]
       * [ Port ]
       * [ Port-Range ]
         [ Negated ]
         [ Use-Assigned-Address ]
       * [ AVP ]
    """, (
        ("ip_address", "tuple[AddressValue, ...]", IP_ADDRESS, 0, None, False),
        ("ip_address_range", "tuple[IPAddressRange, ...]", IP_ADDRESS_RANGE, 0, None, False),
        ("ip_address_mask", "tuple[IPAddressMask, ...]", IP_ADDRESS_MASK, 0, None, False),
        ("mac_address", "tuple[bytes, ...]", MAC_ADDRESS, 0, None, False),
        ("mac_address_mask", "tuple[MACAddressMask, ...]", MAC_ADDRESS_MASK, 0, None, False),
        ("eui64_address", "tuple[bytes, ...]", EUI64_ADDRESS, 0, None, False),
        ("eui64_address_mask", "tuple[EUI64AddressMask, ...]", EUI64_ADDRESS_MASK, 0, None, False),
        ("port", "tuple[int, ...]", PORT, 0, None, False),
        ("port_range", "tuple[PortRange, ...]", PORT_RANGE, 0, None, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("use_assigned_address", "UseAssignedAddress | int | None", USE_ASSIGNED_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ToSpec": (TO_SPEC, """To-Spec ::= < AVP Header: 516 >
       * [ IP-Address ]
       * [ IP-Address-Range ]
       * [ IP-Address-Mask ]
       * [ MAC-Address ]
       * [ MAC-Address-Mask ]
       * [ EUI64-Address ]
       * [ EUI64-Address-Mask ]
       * [ Port ]
       * [ Port-Range ]
         [ Negated ]
         [ Use-Assigned-Address ]
       * [ AVP ]
    """, (
        ("ip_address", "tuple[AddressValue, ...]", IP_ADDRESS, 0, None, False),
        ("ip_address_range", "tuple[IPAddressRange, ...]", IP_ADDRESS_RANGE, 0, None, False),
        ("ip_address_mask", "tuple[IPAddressMask, ...]", IP_ADDRESS_MASK, 0, None, False),
        ("mac_address", "tuple[bytes, ...]", MAC_ADDRESS, 0, None, False),
        ("mac_address_mask", "tuple[MACAddressMask, ...]", MAC_ADDRESS_MASK, 0, None, False),
        ("eui64_address", "tuple[bytes, ...]", EUI64_ADDRESS, 0, None, False),
        ("eui64_address_mask", "tuple[EUI64AddressMask, ...]", EUI64_ADDRESS_MASK, 0, None, False),
        ("port", "tuple[int, ...]", PORT, 0, None, False),
        ("port_range", "tuple[PortRange, ...]", PORT_RANGE, 0, None, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("use_assigned_address", "UseAssignedAddress | int | None", USE_ASSIGNED_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IPAddressRange": (IP_ADDRESS_RANGE, """IP-Address-Range ::= < AVP Header: 519 >
         [ IP-Address-Start ]
         [ IP-Address-End ]
       * [ AVP ]
    """, (
        ("ip_address_start", "AddressValue | None", IP_ADDRESS_START, 0, 1, False),
        ("ip_address_end", "AddressValue | None", IP_ADDRESS_END, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IPAddressMask": (IP_ADDRESS_MASK, """IP-Address-Mask ::= < AVP Header: 522 >
         { IP-Address }
         { IP-Bit-Mask-Width }
       * [ AVP ]
    """, (
        ("ip_address", "AddressValue", IP_ADDRESS, 1, 1, False),
        ("ip_bit_mask_width", "int", IP_BIT_MASK_WIDTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MACAddressMask": (MAC_ADDRESS_MASK, """MAC-Address-Mask ::= < AVP Header: 525 >
         { MAC-Address }
         { MAC-Address-Mask-Pattern }
       * [ AVP ]
    """, (
        ("mac_address", "bytes", MAC_ADDRESS, 1, 1, False),
        ("mac_address_mask_pattern", "bytes", MAC_ADDRESS_MASK_PATTERN, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EUI64AddressMask": (EUI64_ADDRESS_MASK, """EUI64-Address-Mask ::= < AVP Header: 528 >
         { EUI64-Address }
         { EUI64-Address-Mask-Pattern }
       * [ AVP ]
    """, (
        ("eui64_address", "bytes", EUI64_ADDRESS, 1, 1, False),
        ("eui64_address_mask_pattern", "bytes", EUI64_ADDRESS_MASK_PATTERN, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PortRange": (PORT_RANGE, """Port-Range ::= < AVP Header: 531 >
         [ Port-Start ]
         [ Port-End ]
       * [ AVP ]
    """, (
        ("port_start", "int | None", PORT_START, 0, 1, False),
        ("port_end", "int | None", PORT_END, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IPOption": (IP_OPTION, """IP-Option ::= < AVP Header: 537 >
         { IP-Option-Type }
       * [ IP-Option-Value ]
         [ Negated ]
       * [ AVP ]
    """, (
        ("ip_option_type", "int", IP_OPTION_TYPE, 1, 1, False),
        ("ip_option_value", "tuple[bytes, ...]", IP_OPTION_VALUE, 0, None, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TCPOption": (TCP_OPTION, """TCP-Option ::= < AVP Header: 540 >
         { TCP-Option-Type }
       * [ TCP-Option-Value ]
         [ Negated ]
       * [ AVP ]
    """, (
        ("tcp_option_type", "int", TCP_OPTION_TYPE, 1, 1, False),
        ("tcp_option_value", "tuple[bytes, ...]", TCP_OPTION_VALUE, 0, None, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TCPFlags": (TCP_FLAGS, """TCP-Flags ::= < AVP Header: 543 >
         { TCP-Flag-Type }
         [ Negated ]
       * [ AVP ]
    """, (
        ("tcp_flag_type", "int", TCP_FLAG_TYPE, 1, 1, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ICMPType": (ICMP_TYPE, """ICMP-Type ::= < AVP Header: 545 >
         { ICMP-Type-Number }
       * [ ICMP-Code ]
         [ Negated ]
       * [ AVP ]
    """, (
        ("icmp_type_number", "int", ICMP_TYPE_NUMBER, 1, 1, False),
        ("icmp_code", "tuple[int, ...]", ICMP_CODE, 0, None, False),
        ("negated", "Negated | int | None", NEGATED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ETHOption": (ETH_OPTION, """ETH-Option ::= < AVP Header: 548 >
         { ETH-Proto-Type }
       * [ VLAN-ID-Range ]
       * [ User-Priority-Range ]
       * [ AVP ]
    """, (
        ("eth_proto_type", "ETHProtoType", ETH_PROTO_TYPE, 1, 1, False),
        ("vlan_id_range", "tuple[VLANIDRange, ...]", VLAN_ID_RANGE, 0, None, False),
        ("user_priority_range", "tuple[UserPriorityRange, ...]", USER_PRIORITY_RANGE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ETHProtoType": (ETH_PROTO_TYPE, """ETH-Proto-Type ::= < AVP Header: 549 >
       * [ ETH-Ether-Type ]
       * [ ETH-SAP ]
       * [ AVP ]
    """, (
        ("eth_ether_type", "tuple[bytes, ...]", ETH_ETHER_TYPE, 0, None, False),
        ("eth_sap", "tuple[bytes, ...]", ETH_SAP, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "VLANIDRange": (VLAN_ID_RANGE, """VLAN-ID-Range ::= < AVP Header: 552 >
         [ S-VID-Start ]
         [ S-VID-End ]
         [ C-VID-Start ]
         [ C-VID-End ]
       * [ AVP ]
    """, (
        ("s_vid_start", "int | None", S_VID_START, 0, 1, False),
        ("s_vid_end", "int | None", S_VID_END, 0, 1, False),
        ("c_vid_start", "int | None", C_VID_START, 0, 1, False),
        ("c_vid_end", "int | None", C_VID_END, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserPriorityRange": (USER_PRIORITY_RANGE, """User-Priority-Range ::= < AVP Header: 557 >
       * [ Low-User-Priority ]
       * [ High-User-Priority ]
       * [ AVP ]
    """, (
        ("low_user_priority", "tuple[int, ...]", LOW_USER_PRIORITY, 0, None, False),
        ("high_user_priority", "tuple[int, ...]", HIGH_USER_PRIORITY, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TimeOfDayCondition": (TIME_OF_DAY_CONDITION, """Time-Of-Day-Condition ::= < AVP Header: 560 >
         [ Time-Of-Day-Start ]
         [ Time-Of-Day-End ]
         [ Day-Of-Week-Mask ]
         [ Day-Of-Month-Mask ]
         [ Month-Of-Year-Mask ]
         [ Absolute-Start-Time ]
         [ Absolute-Start-Fractional-Seconds ]
         [ Absolute-End-Time ]
         [ Absolute-End-Fractional-Seconds ]
         [ Timezone-Flag ]
         [ Timezone-Offset ]
       * [ AVP ]
    """, (
        ("time_of_day_start", "int | None", TIME_OF_DAY_START, 0, 1, False),
        ("time_of_day_end", "int | None", TIME_OF_DAY_END, 0, 1, False),
        ("day_of_week_mask", "DayOfWeekMask | int | None", DAY_OF_WEEK_MASK, 0, 1, False),
        ("day_of_month_mask", "int | None", DAY_OF_MONTH_MASK, 0, 1, False),
        ("month_of_year_mask", "MonthOfYearMask | int | None", MONTH_OF_YEAR_MASK, 0, 1, False),
        ("absolute_start_time", "datetime | None", ABSOLUTE_START_TIME, 0, 1, False),
        ("absolute_start_fractional_seconds", "int | None", ABSOLUTE_START_FRACTIONAL_SECONDS, 0, 1, False),
        ("absolute_end_time", "datetime | None", ABSOLUTE_END_TIME, 0, 1, False),
        ("absolute_end_fractional_seconds", "int | None", ABSOLUTE_END_FRACTIONAL_SECONDS, 0, 1, False),
        ("timezone_flag", "TimezoneFlag | int | None", TIMEZONE_FLAG, 0, 1, False),
        ("timezone_offset", "int | None", TIMEZONE_OFFSET, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSProfileTemplate": (QOS_PROFILE_TEMPLATE, """QoS-Profile-Template ::= < AVP Header: 574 >
         { Vendor-Id }
         { QoS-Profile-Id }
       * [ AVP ]
    """, (
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("qos_profile_id", "int", QOS_PROFILE_ID, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSParameters": (QOS_PARAMETERS, """QoS-Parameters ::= < AVP Header: 576 >
       * [ AVP ]
    """, (
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ExcessTreatment": (EXCESS_TREATMENT, """Excess-Treatment ::= < AVP Header: 577 >
         { Treatment-Action }
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
       * [ AVP ]
    """, (
        ("treatment_action", "TreatmentAction | int", TREATMENT_ACTION, 1, 1, False),
        ("qos_profile_template", "QoSProfileTemplate | None", QOS_PROFILE_TEMPLATE, 0, 1, False),
        ("qos_parameters", "QoSParameters | None", QOS_PARAMETERS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSCapability": (QOS_CAPABILITY, """QoS-Capability ::= < AVP Header: 578 >
      1* { QoS-Profile-Template }
       * [ AVP ]
    """, (
        ("qos_profile_template", "tuple[QoSProfileTemplate, ...]", QOS_PROFILE_TEMPLATE, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIP6AgentInfo": (MIP6_AGENT_INFO, """MIP6-Agent-Info ::= < AVP Header: 486 >
     0*2 [ MIP-Home-Agent-Address ]
         [ MIP-Home-Agent-Host ]
         [ MIP6-Home-Link-Prefix ]
         [ PMIP6-IPv4-Home-Address ]
       * [ AVP ]
    """, (
        ("mip_home_agent_address", "tuple[AddressValue, ...]", MIP_HOME_AGENT_ADDRESS, 0, 2, False),
        ("mip_home_agent_host", "MIPHomeAgentHost | None", MIP_HOME_AGENT_HOST, 0, 1, False),
        ("mip6_home_link_prefix", "bytes | None", MIP6_HOME_LINK_PREFIX, 0, 1, False),
        ("pmip6_ipv4_home_address", "AddressValue | None", PMIP6_IPV4_HOME_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MIPMNHAMSA": (MIP_MN_HA_MSA, """MIP-MN-HA-MSA ::= < AVP Header: 492 >
         { MIP-Session-Key }
         { MIP-MSA-Lifetime }
         [ MIP-MN-HA-SPI ]
         [ MIP-Algorithm-Type ]
         [ MIP-Replay-Mode ]
       * [ AVP ]
    """, (
        ("mip_session_key", "bytes", MIP_SESSION_KEY, 1, 1, False),
        ("mip_msa_lifetime", "int", MIP_MSA_LIFETIME, 1, 1, False),
        ("mip_mn_ha_spi", "int | None", MIP_MN_HA_SPI, 0, 1, False),
        ("mip_algorithm_type", "MIPAlgorithmType | int | None", MIP_ALGORITHM_TYPE, 0, 1, False),
        ("mip_replay_mode", "MIPReplayMode | int | None", MIP_REPLAY_MODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Key": (KEY, """Key ::= < AVP Header: 581 >
         < Key-Type >
         { Keying-Material }
         [ Key-Lifetime ]
         [ Key-Name ]
         [ Key-SPI ]
       * [ AVP ]
    """, (
        ("key_type", "KeyType | int", KEY_TYPE, 1, 1, True),
        ("keying_material", "bytes", KEYING_MATERIAL, 1, 1, False),
        ("key_lifetime", "int | None", KEY_LIFETIME, 0, 1, False),
        ("key_name", "bytes | None", KEY_NAME, 0, 1, False),
        ("key_spi", "int | None", KEY_SPI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ERPRKRequest": (ERP_RK_REQUEST, """ERP-RK-Request ::= < AVP Header: 618 >
         { ERP-Realm }
       * [ AVP ]
    """, (
        ("erp_realm", "str", ERP_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAccountingInformation": (SIP_ACCOUNTING_INFORMATION, """SIP-Accounting-Information ::= < AVP Header: 368 >
       * [ SIP-Accounting-Server-URI ]
       * [ SIP-Credit-Control-Server-URI ]
       * [ AVP ]
    """, (
        ("sip_accounting_server_uri", "tuple[DiameterURI, ...]", SIP_ACCOUNTING_SERVER_URI, 0, None, False),
        ("sip_credit_control_server_uri", "tuple[DiameterURI, ...]", SIP_CREDIT_CONTROL_SERVER_URI, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPServerCapabilities": (SIP_SERVER_CAPABILITIES, """SIP-Server-Capabilities ::= < AVP Header: 372 >
       * [ SIP-Mandatory-Capability ]
       * [ SIP-Optional-Capability ]
       * [ SIP-Server-URI ]
       * [ AVP ]
    """, (
        ("sip_mandatory_capability", "tuple[int, ...]", SIP_MANDATORY_CAPABILITY, 0, None, False),
        ("sip_optional_capability", "tuple[int, ...]", SIP_OPTIONAL_CAPABILITY, 0, None, False),
        ("sip_server_uri", "tuple[str, ...]", SIP_SERVER_URI, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAuthDataItem": (SIP_AUTH_DATA_ITEM, """SIP-Auth-Data-Item ::= < AVP Header: 376 >
         { SIP-Authentication-Scheme }
         [ SIP-Item-Number ]
         [ SIP-Authenticate ]
         [ SIP-Authorization ]
         [ SIP-Authentication-Info ]
       * [ AVP ]
    """, (
        ("sip_authentication_scheme", "SIPAuthenticationScheme | int", SIP_AUTHENTICATION_SCHEME, 1, 1, False),
        ("sip_item_number", "int | None", SIP_ITEM_NUMBER, 0, 1, False),
        ("sip_authenticate", "SIPAuthenticate | None", SIP_AUTHENTICATE, 0, 1, False),
        ("sip_authorization", "SIPAuthorization | None", SIP_AUTHORIZATION, 0, 1, False),
        ("sip_authentication_info", "SIPAuthenticationInfo | None", SIP_AUTHENTICATION_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAuthenticate": (SIP_AUTHENTICATE, """SIP-Authenticate ::= < AVP Header: 379 >
         { Digest-Realm }
         { Digest-Nonce }
         [ Digest-Domain ]
         [ Digest-Opaque ]
         [ Digest-Stale ]
         [ Digest-Algorithm ]
         [ Digest-QoP ]
         [ Digest-HA1 ]
       * [ Digest-Auth-Param ]
       * [ AVP ]
    """, (
        ("digest_realm", "str", DIGEST_REALM, 1, 1, False),
        ("digest_nonce", "str", DIGEST_NONCE, 1, 1, False),
        ("digest_domain", "str | None", DIGEST_DOMAIN, 0, 1, False),
        ("digest_opaque", "str | None", DIGEST_OPAQUE, 0, 1, False),
        ("digest_stale", "str | None", DIGEST_STALE, 0, 1, False),
        ("digest_algorithm", "str | None", DIGEST_ALGORITHM, 0, 1, False),
        ("digest_qop", "str | None", DIGEST_QOP, 0, 1, False),
        ("digest_ha1", "str | None", DIGEST_HA1, 0, 1, False),
        ("digest_auth_param", "tuple[str, ...]", DIGEST_AUTH_PARAM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAuthorization": (SIP_AUTHORIZATION, """SIP-Authorization ::= < AVP Header: 380 >
         { Digest-Username }
         { Digest-Realm }
         { Digest-Nonce }
         { Digest-URI }
         { Digest-Response }
         [ Digest-Algorithm ]
         [ Digest-CNonce ]
         [ Digest-Opaque ]
         [ Digest-QoP ]
         [ Digest-Nonce-Count ]
         [ Digest-Method ]
         [ Digest-Entity-Body-Hash ]
       * [ Digest-Auth-Param ]
       * [ AVP ]
    """, (
        ("digest_username", "str", DIGEST_USERNAME, 1, 1, False),
        ("digest_realm", "str", DIGEST_REALM, 1, 1, False),
        ("digest_nonce", "str", DIGEST_NONCE, 1, 1, False),
        ("digest_uri", "str", DIGEST_URI, 1, 1, False),
        ("digest_response", "str", DIGEST_RESPONSE, 1, 1, False),
        ("digest_algorithm", "str | None", DIGEST_ALGORITHM, 0, 1, False),
        ("digest_cnonce", "str | None", DIGEST_CNONCE, 0, 1, False),
        ("digest_opaque", "str | None", DIGEST_OPAQUE, 0, 1, False),
        ("digest_qop", "str | None", DIGEST_QOP, 0, 1, False),
        ("digest_nonce_count", "str | None", DIGEST_NONCE_COUNT, 0, 1, False),
        ("digest_method", "str | None", DIGEST_METHOD, 0, 1, False),
        ("digest_entity_body_hash", "str | None", DIGEST_ENTITY_BODY_HASH, 0, 1, False),
        ("digest_auth_param", "tuple[str, ...]", DIGEST_AUTH_PARAM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAuthenticationInfo": (SIP_AUTHENTICATION_INFO, """SIP-Authentication-Info ::= < AVP Header: 381 >
         [ Digest-Nextnonce ]
         [ Digest-QoP ]
         [ Digest-Response-Auth ]
         [ Digest-CNonce ]
         [ Digest-Nonce-Count ]
       * [ AVP ]
    """, (
        ("digest_nextnonce", "str | None", DIGEST_NEXTNONCE, 0, 1, False),
        ("digest_qop", "str | None", DIGEST_QOP, 0, 1, False),
        ("digest_response_auth", "str | None", DIGEST_RESPONSE_AUTH, 0, 1, False),
        ("digest_cnonce", "str | None", DIGEST_CNONCE, 0, 1, False),
        ("digest_nonce_count", "str | None", DIGEST_NONCE_COUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPDeregistrationReason": (SIP_DEREGISTRATION_REASON, """SIP-Deregistration-Reason ::= < AVP Header: 383 >
         { SIP-Reason-Code }
         [ SIP-Reason-Info ]
       * [ AVP ]
    """, (
        ("sip_reason_code", "SIPReasonCode | int", SIP_REASON_CODE, 1, 1, False),
        ("sip_reason_info", "str | None", SIP_REASON_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPUserData": (SIP_USER_DATA, """SIP-User-Data ::= < AVP Header: 389 >
         { SIP-User-Data-Type }
         { SIP-User-Data-Contents }
       * [ AVP ]
    """, (
        ("sip_user_data_type", "str", SIP_USER_DATA_TYPE, 1, 1, False),
        ("sip_user_data_contents", "bytes", SIP_USER_DATA_CONTENTS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMOD1": (TMOD_1, """TMOD-1 ::= < AVP Header: 495 >
         { Token-Rate }
         { Bucket-Depth }
         { Peak-Traffic-Rate }
         { Minimum-Policed-Unit }
         { Maximum-Packet-Size }
    """, (
        ("token_rate", "float", TOKEN_RATE, 1, 1, False),
        ("bucket_depth", "float", BUCKET_DEPTH, 1, 1, False),
        ("peak_traffic_rate", "float", PEAK_TRAFFIC_RATE, 1, 1, False),
        ("minimum_policed_unit", "int", MINIMUM_POLICED_UNIT, 1, 1, False),
        ("maximum_packet_size", "int", MAXIMUM_PACKET_SIZE, 1, 1, False),
    )),
    "TMOD2": (TMOD_2, """TMOD-2 ::= < AVP Header: 501 >
         { Token-Rate }
         { Bucket-Depth }
         { Peak-Traffic-Rate }
         { Minimum-Policed-Unit }
         { Maximum-Packet-Size }
    """, (
        ("token_rate", "float", TOKEN_RATE, 1, 1, False),
        ("bucket_depth", "float", BUCKET_DEPTH, 1, 1, False),
        ("peak_traffic_rate", "float", PEAK_TRAFFIC_RATE, 1, 1, False),
        ("minimum_policed_unit", "int", MINIMUM_POLICED_UNIT, 1, 1, False),
        ("maximum_packet_size", "int", MAXIMUM_PACKET_SIZE, 1, 1, False),
    )),
    "ServiceConfiguration": (SERVICE_CONFIGURATION, """Service-Configuration ::= < AVP Header: 507 >
         [ MIP6-Agent-Info ]
         [ Service-Selection ]
       * [ AVP ]
    """, (
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IKEv2Nonces": (IKEV2_NONCES, """IKEv2-Nonces ::= < AVP Header: 587 >
         { Ni }
         { Nr }
       * [ AVP ]
    """, (
        ("ni", "bytes", NI, 1, 1, False),
        ("nr", "bytes", NR, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IKEv2Identity": (IKEV2_IDENTITY, """IKEv2-Identity ::= < AVP Header: 590 >
         { Initiator-Identity }
         [ Responder-Identity ]
       * [ AVP ]
    """, (
        ("initiator_identity", "InitiatorIdentity", INITIATOR_IDENTITY, 1, 1, False),
        ("responder_identity", "ResponderIdentity | None", RESPONDER_IDENTITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InitiatorIdentity": (INITIATOR_IDENTITY, """Initiator-Identity ::= < AVP Header: 591 >
         { ID-Type }
         { Identification-Data }
       * [ AVP ]
    """, (
        ("id_type", "IDType | int", ID_TYPE, 1, 1, False),
        ("identification_data", "bytes", IDENTIFICATION_DATA, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ResponderIdentity": (RESPONDER_IDENTITY, """Responder-Identity ::= < AVP Header: 594 >
         { ID-Type }
         { Identification-Data }
       * [ AVP ]
    """, (
        ("id_type", "IDType | int", ID_TYPE, 1, 1, False),
        ("identification_data", "bytes", IDENTIFICATION_DATA, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATControlInstall": (NAT_CONTROL_INSTALL, """NAT-Control-Install ::= < AVP Header: 596 >
       * [ NAT-Control-Definition ]
         [ NAT-Control-Binding-Template ]
         [ Max-NAT-Bindings ]
         [ NAT-External-Port-Style ]
       * [ AVP ]
    """, (
        ("nat_control_definition", "tuple[NATControlDefinition, ...]", NAT_CONTROL_DEFINITION, 0, None, False),
        ("nat_control_binding_template", "bytes | None", NAT_CONTROL_BINDING_TEMPLATE, 0, 1, False),
        ("max_nat_bindings", "int | None", MAX_NAT_BINDINGS, 0, 1, False),
        ("nat_external_port_style", "NATExternalPortStyle | int | None", NAT_EXTERNAL_PORT_STYLE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATControlRemove": (NAT_CONTROL_REMOVE, """NAT-Control-Remove ::= < AVP Header: 597 >
       * [ NAT-Control-Definition ]
         [ NAT-Control-Binding-Template ]
       * [ AVP ]
    """, (
        ("nat_control_definition", "tuple[NATControlDefinition, ...]", NAT_CONTROL_DEFINITION, 0, None, False),
        ("nat_control_binding_template", "bytes | None", NAT_CONTROL_BINDING_TEMPLATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATControlDefinition": (NAT_CONTROL_DEFINITION, """NAT-Control-Definition ::= < AVP Header: 598 >
         { NAT-Internal-Address }
         [ Protocol ]
         [ Direction ]
         [ NAT-External-Address ]
         [ Session-Id ]
       * [ AVP ]
    """, (
        ("nat_internal_address", "NATInternalAddress", NAT_INTERNAL_ADDRESS, 1, 1, False),
        ("protocol", "Protocol | int | None", PROTOCOL, 0, 1, False),
        ("direction", "Direction | int | None", DIRECTION, 0, 1, False),
        ("nat_external_address", "NATExternalAddress | None", NAT_EXTERNAL_ADDRESS, 0, 1, False),
        ("session_id", "str | None", SESSION_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATInternalAddress": (NAT_INTERNAL_ADDRESS, """NAT-Internal-Address ::= < AVP Header: 599 >
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Port ]
       * [ AVP ]
    """, (
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("port", "int | None", PORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATExternalAddress": (NAT_EXTERNAL_ADDRESS, """NAT-External-Address ::= < AVP Header: 600 >
         [ Framed-IP-Address ]
         [ Port ]
       * [ AVP ]
    """, (
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("port", "int | None", PORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NATControlRecord": (NAT_CONTROL_RECORD, """NAT-Control-Record ::= < AVP Header: 605 >
         { NAT-Control-Definition }
         { NAT-Control-Binding-Status }
         [ Event-Timestamp ]
    """, (
        ("nat_control_definition", "NATControlDefinition", NAT_CONTROL_DEFINITION, 1, 1, False),
        ("nat_control_binding_status", "NATControlBindingStatus | int", NAT_CONTROL_BINDING_STATUS, 1, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
    )),
    "DualPriority": (DUAL_PRIORITY, """Dual-Priority ::= < AVP Header: 608 >
         { Preemption-Priority }
         { Defending-Priority }
    """, (
        ("preemption_priority", "int", PREEMPTION_PRIORITY, 1, 1, False),
        ("defending_priority", "int", DEFENDING_PRIORITY, 1, 1, False),
    )),
    "SIPResourcePriority": (SIP_RESOURCE_PRIORITY, """SIP-Resource-Priority ::= < AVP Header: 612 >
         { SIP-Resource-Priority-Namespace }
         { SIP-Resource-Priority-Value }
    """, (
        ("sip_resource_priority_namespace", "str", SIP_RESOURCE_PRIORITY_NAMESPACE, 1, 1, False),
        ("sip_resource_priority_value", "str", SIP_RESOURCE_PRIORITY_VALUE, 1, 1, False),
    )),
    "ApplicationLevelResourcePriority": (APPLICATION_LEVEL_RESOURCE_PRIORITY, """Application-Level-Resource-Priority ::= < AVP Header: 615 >
         { ALRP-Namespace }
         { ALRP-Value }
    """, (
        ("alrp_namespace", "int", ALRP_NAMESPACE, 1, 1, False),
        ("alrp_value", "int", ALRP_VALUE, 1, 1, False),
    )),
    "CongestionTreatment": (CONGESTION_TREATMENT, """Congestion-Treatment ::= < AVP Header: 629 >
         { Treatment-Action }
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
       * [ AVP ]
    """, (
        ("treatment_action", "TreatmentAction | int", TREATMENT_ACTION, 1, 1, False),
        ("qos_profile_template", "QoSProfileTemplate | None", QOS_PROFILE_TEMPLATE, 0, 1, False),
        ("qos_parameters", "QoSParameters | None", QOS_PARAMETERS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "N64MulticastAttributes": (N64_MULTICAST_ATTRIBUTES, """64-Multicast-Attributes ::= < AVP Header: 634 >
         [ ASM-mPrefix64 ]
         [ SSM-mPrefix64 ]
         [ Delegated-IPv6-Prefix ]
       * [ AVP ]
    """, (
        ("asm_mprefix64", "ASMMPrefix64 | None", ASM_MPREFIX64, 0, 1, False),
        ("ssm_mprefix64", "SSMMPrefix64 | None", SSM_MPREFIX64, 0, 1, False),
        ("delegated_ipv6_prefix", "bytes | None", DELEGATED_IPV6_PREFIX, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ASMMPrefix64": (ASM_MPREFIX64, """ASM-mPrefix64 ::= < AVP Header: 635 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """, (
        ("ip_address", "AddressValue", IP_ADDRESS, 1, 1, False),
        ("ip_prefix_length", "int", IP_PREFIX_LENGTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SSMMPrefix64": (SSM_MPREFIX64, """SSM-mPrefix64 ::= < AVP Header: 636 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """, (
        ("ip_address", "AddressValue", IP_ADDRESS, 1, 1, False),
        ("ip_prefix_length", "int", IP_PREFIX_LENGTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TunnelSourcePrefOrAddr": (TUNNEL_SOURCE_PREF_OR_ADDR, """Tunnel-Source-Pref-Or-Addr ::= < AVP Header: 637 >
         [ Delegated-IPv6-Prefix ]
         [ Tunnel-Source-IPv6-Address ]
       * [ AVP ]
    """, (
        ("delegated_ipv6_prefix", "bytes | None", DELEGATED_IPV6_PREFIX, 0, 1, False),
        ("tunnel_source_ipv6_address", "AddressValue | None", TUNNEL_SOURCE_IPV6_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Lw4o6Binding": (LW4O6_BINDING, """Lw4o6-Binding ::= < AVP Header: 640 >
         { Tunnel-Source-Pref-Or-Addr }
         { Lw4o6-External-IPv4-Addr }
         [ Port-Set-Identifier ]
       * [ AVP ]
    """, (
        ("tunnel_source_pref_or_addr", "TunnelSourcePrefOrAddr", TUNNEL_SOURCE_PREF_OR_ADDR, 1, 1, False),
        ("lw4o6_external_ipv4_addr", "AddressValue", LW4O6_EXTERNAL_IPV4_ADDR, 1, 1, False),
        ("port_set_identifier", "bytes | None", PORT_SET_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MAPEAttributes": (MAP_E_ATTRIBUTES, """MAP-E-Attributes ::= < AVP Header: 642 >
      1* { Border-Router-Name }
      1* { MAP-Mapping-Rule }
         [ MAP-Mesh-Mode ]
         [ Delegated-IPv6-Prefix ]
       * [ AVP ]
    """, (
        ("border_router_name", "tuple[bytes, ...]", BORDER_ROUTER_NAME, 1, None, False),
        ("map_mapping_rule", "tuple[MAPMappingRule, ...]", MAP_MAPPING_RULE, 1, None, False),
        ("map_mesh_mode", "MAPMeshMode | int | None", MAP_MESH_MODE, 0, 1, False),
        ("delegated_ipv6_prefix", "bytes | None", DELEGATED_IPV6_PREFIX, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MAPMappingRule": (MAP_MAPPING_RULE, """MAP-Mapping-Rule ::= < AVP Header: 644 >
         { Rule-IPv4-Addr-Or-Prefix }
         { Rule-IPv6-Prefix }
         { EA-Field-Length }
         { Port-Set-Identifier }
       * [ AVP ]
    """, (
        ("rule_ipv4_addr_or_prefix", "RuleIPv4AddrOrPrefix", RULE_IPV4_ADDR_OR_PREFIX, 1, 1, False),
        ("rule_ipv6_prefix", "RuleIPv6Prefix", RULE_IPV6_PREFIX, 1, 1, False),
        ("ea_field_length", "int", EA_FIELD_LENGTH, 1, 1, False),
        ("port_set_identifier", "bytes", PORT_SET_IDENTIFIER, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RuleIPv4AddrOrPrefix": (RULE_IPV4_ADDR_OR_PREFIX, """Rule-IPv4-Addr-Or-Prefix ::= < AVP Header: 645 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """, (
        ("ip_address", "AddressValue", IP_ADDRESS, 1, 1, False),
        ("ip_prefix_length", "int", IP_PREFIX_LENGTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RuleIPv6Prefix": (RULE_IPV6_PREFIX, """Rule-IPv6-Prefix ::= < AVP Header: 646 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """, (
        ("ip_address", "AddressValue", IP_ADDRESS, 1, 1, False),
        ("ip_prefix_length", "int", IP_PREFIX_LENGTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "Avp": "diameter.wire",
    "DiameterURI": "diameter.types",
    "MIPAlgorithmType": "diameter.apps.mip4",
    "MIPHomeAgentHost": "diameter.apps.mip4",
    "MIPReplayMode": "diameter.apps.mip4",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
