"""Dictionary 'ietf': generated from schemas/ietf.dia, schemas/ietf_more.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import EVENT_TIMESTAMP, SESSION_ID, VENDOR_ID
from diameter.apps.mip4 import (
    MIPAlgorithmType as MIPAlgorithmType,
    MIPHomeAgentHost as MIPHomeAgentHost,
    MIPReplayMode as MIPReplayMode,
    MIP_ALGORITHM_TYPE,
    MIP_HOME_AGENT_ADDRESS,
    MIP_HOME_AGENT_HOST,
    MIP_MSA_LIFETIME,
    MIP_REPLAY_MODE,
    MIP_SESSION_KEY,
)
from diameter.apps.nasreq import FRAMED_IPV6_PREFIX, FRAMED_IP_ADDRESS
from diameter.schema import AVP, AvpDef, M, avp, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue as AddressValue,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    DiameterURI as DiameterURI,
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
from diameter.wire import Avp

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


class OCFeatureVector(IntEnum):
    """Values of OC-Feature-Vector."""

    OLR_DEFAULT_ALGO = 1
    OLR_RATE_ALGORITHM = 4
    OC_PEER_REPORT = 16


class OCReportType(IntEnum):
    """Values of OC-Report-Type."""

    HOST_REPORT = 0
    REALM_REPORT = 1
    PEER_REPORT = 2


class LoadType(IntEnum):
    """Values of Load-Type."""

    HOST = 0
    PEER = 1


class Drmp(IntEnum):
    """Values of DRMP."""

    PRIORITY_0 = 0
    PRIORITY_1 = 1
    PRIORITY_2 = 2
    PRIORITY_3 = 3
    PRIORITY_4 = 4
    PRIORITY_5 = 5
    PRIORITY_6 = 6
    PRIORITY_7 = 7
    PRIORITY_8 = 8
    PRIORITY_9 = 9
    PRIORITY_10 = 10
    PRIORITY_11 = 11
    PRIORITY_12 = 12
    PRIORITY_13 = 13
    PRIORITY_14 = 14
    PRIORITY_15 = 15


class Protocol(IntEnum):
    """Values of Protocol."""

    HOPOPT = 0
    ICMP = 1
    IGMP = 2
    IPV4 = 4
    TCP = 6
    UDP = 17
    IPV6 = 41
    IPV6_ROUTE = 43
    IPV6_FRAG = 44
    RSVP = 46
    GRE = 47
    ESP = 50
    AH = 51
    IPV6_ICMP = 58
    IPV6_NONXT = 59
    IPV6_OPTS = 60
    OSPFIGP = 89
    PIM = 103
    SCTP = 132
    UDPLITE = 136


class Direction(IntEnum):
    """Values of Direction."""

    IN = 0
    OUT = 1
    BOTH = 2


class Negated(IntEnum):
    """Values of Negated."""

    FALSE = 0
    TRUE = 1


class UseAssignedAddress(IntEnum):
    """Values of Use-Assigned-Address."""

    FALSE = 0
    TRUE = 1


class DiffservCodePoint(IntEnum):
    """Values of Diffserv-Code-Point."""

    CS0 = 0
    CS1 = 8
    AF11 = 10
    AF12 = 12
    AF13 = 14
    CS2 = 16
    AF21 = 18
    AF22 = 20
    AF23 = 22
    CS3 = 24
    AF31 = 26
    AF32 = 28
    AF33 = 30
    CS4 = 32
    AF41 = 34
    AF42 = 36
    AF43 = 38
    CS5 = 40
    VOICE_ADMIT = 44
    EF = 46
    CS6 = 48
    CS7 = 56


class FragmentationFlag(IntEnum):
    """Values of Fragmentation-Flag."""

    DF = 0
    MF = 1


class DayOfWeekMask(IntEnum):
    """Values of Day-Of-Week-Mask."""

    SUNDAY = 1
    MONDAY = 2
    TUESDAY = 4
    WEDNESDAY = 8
    THURSDAY = 16
    FRIDAY = 32
    SATURDAY = 64


class MonthOfYearMask(IntEnum):
    """Values of Month-Of-Year-Mask."""

    JANUARY = 1
    FEBRUARY = 2
    MARCH = 4
    APRIL = 8
    MAY = 16
    JUNE = 32
    JULY = 64
    AUGUST = 128
    SEPTEMBER = 256
    OCTOBER = 512
    NOVEMBER = 1024
    DECEMBER = 2048


class TimezoneFlag(IntEnum):
    """Values of Timezone-Flag."""

    UTC = 0
    LOCAL = 1
    OFFSET = 2


class TreatmentAction(IntEnum):
    """Values of Treatment-Action."""

    DROP = 0
    SHAPE = 1
    MARK = 2
    PERMIT = 3


class QoSSemantics(IntEnum):
    """Values of QoS-Semantics."""

    QOS_DESIRED = 0
    QOS_AVAILABLE = 1
    QOS_DELIVERED = 2
    MINIMUM_QOS = 3
    QOS_AUTHORIZED = 4


class MIP6FeatureVector(IntEnum):
    """Values of MIP6-Feature-Vector."""

    MIP6_INTEGRATED = 1
    LOCAL_HOME_AGENT_ASSIGNMENT = 2
    PMIP6_SUPPORTED = 1099511627776
    IP4_HOA_SUPPORTED = 2199023255552
    LOCAL_MAG_ROUTING_SUPPORTED = 4398046511104
    INTER_MAG_ROUTING_SUPPORTED = 562949953421312


class MIP6AuthMode(IntEnum):
    """Values of MIP6-Auth-Mode."""

    MIP6_AUTH_MN_AAA = 1


class IngressFilters(IntEnum):
    """Values of Ingress-Filters."""

    ENABLED = 1
    DISABLED = 2


class LocationCapable(IntEnum):
    """Values of Location-Capable."""

    CIVIC_LOCATION = 1
    GEO_LOCATION = 2
    USERS_LOCATION = 4
    NAS_LOCATION = 8


class RequestedLocationInfo(IntEnum):
    """Values of Requested-Location-Info."""

    CIVIC_LOCATION = 1
    GEO_LOCATION = 2
    USERS_LOCATION = 4
    NAS_LOCATION = 8
    FUTURE_REQUESTS = 16
    NONE = 32


class KeyType(IntEnum):
    """Values of Key-Type."""

    DSRK = 0
    RRK = 1
    RMSK = 2


class SIPServerAssignmentType(IntEnum):
    """Values of SIP-Server-Assignment-Type."""

    NO_ASSIGNMENT = 0
    REGISTRATION = 1
    RE_REGISTRATION = 2
    UNREGISTERED_USER = 3
    TIMEOUT_DEREGISTRATION = 4
    USER_DEREGISTRATION = 5
    TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME = 6
    USER_DEREGISTRATION_STORE_SERVER_NAME = 7
    ADMINISTRATIVE_DEREGISTRATION = 8
    AUTHENTICATION_FAILURE = 9
    AUTHENTICATION_TIMEOUT = 10
    DEREGISTRATION_TOO_MUCH_DATA = 11


class SIPAuthenticationScheme(IntEnum):
    """Values of SIP-Authentication-Scheme."""

    DIGEST = 0


class SIPReasonCode(IntEnum):
    """Values of SIP-Reason-Code."""

    PERMANENT_TERMINATION = 0
    NEW_SIP_SERVER_ASSIGNED = 1
    SIP_SERVER_CHANGE = 2
    REMOVE_SIP_SERVER = 3


class SIPUserAuthorizationType(IntEnum):
    """Values of SIP-User-Authorization-Type."""

    REGISTRATION = 0
    DEREGISTRATION = 1
    REGISTRATION_AND_CAPABILITIES = 2


class SIPUserDataAlreadyAvailable(IntEnum):
    """Values of SIP-User-Data-Already-Available."""

    USER_DATA_NOT_AVAILABLE = 0
    USER_DATA_ALREADY_AVAILABLE = 1


class FramedManagementProtocol(IntEnum):
    """Values of Framed-Management-Protocol."""

    SNMP = 1
    WEB_BASED = 2
    NETCONF = 3
    FTP = 4
    TFTP = 5
    SFTP = 6
    RCP = 7
    SCP = 8


class ManagementTransportProtection(IntEnum):
    """Values of Management-Transport-Protection."""

    NO_PROTECTION = 1
    INTEGRITY_PROTECTION = 2
    INTEGRITY_CONFIDENTIALITY_PROTECTION = 3


class IDType(IntEnum):
    """Values of ID-Type."""

    ID_IPV4_ADDR = 1
    ID_FQDN = 2
    ID_RFC822_ADDR = 3
    ID_IPV6_ADDR = 5
    ID_DER_ASN1_DN = 9
    ID_DER_ASN1_GN = 10
    ID_KEY_ID = 11
    ID_FC_NAME = 12
    ID_NULL = 13


class NCRequestType(IntEnum):
    """Values of NC-Request-Type."""

    INITIAL_REQUEST = 1
    UPDATE_REQUEST = 2
    QUERY_REQUEST = 3


class NATExternalPortStyle(IntEnum):
    """Values of NAT-External-Port-Style."""

    FOLLOW_INTERNAL_PORT_STYLE = 1


class NATControlBindingStatus(IntEnum):
    """Values of NAT-Control-Binding-Status."""

    CREATED = 1
    ACTIVE = 2
    REMOVED = 3


class ECNIPCodepoint(IntEnum):
    """Values of ECN-IP-Codepoint."""

    NOT_ECT = 0
    ECT_1 = 1
    ECT_0 = 2
    CE = 3


class MAPMeshMode(IntEnum):
    """Values of MAP-Mesh-Mode."""

    MESH = 0
    HUB_AND_SPOKE = 1


# AVPs: name, code, data format, flags that MUST be set, vendor
OC_SUPPORTED_FEATURES: Final[AvpDef[OCSupportedFeatures]] = AvpDef("OC-Supported-Features", 621, GROUPED)
OC_FEATURE_VECTOR: Final[AvpDef[int]] = AvpDef("OC-Feature-Vector", 622, UNSIGNED64, enum=OCFeatureVector)
OC_OLR: Final[AvpDef[OCOLR]] = AvpDef("OC-OLR", 623, GROUPED)
OC_SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("OC-Sequence-Number", 624, UNSIGNED64)
OC_VALIDITY_DURATION: Final[AvpDef[int]] = AvpDef("OC-Validity-Duration", 625, UNSIGNED32)
OC_REPORT_TYPE: Final[AvpDef[int]] = AvpDef("OC-Report-Type", 626, ENUMERATED, enum=OCReportType)
OC_REDUCTION_PERCENTAGE: Final[AvpDef[int]] = AvpDef("OC-Reduction-Percentage", 627, UNSIGNED32)
OC_PEER_ALGO: Final[AvpDef[int]] = AvpDef("OC-Peer-Algo", 648, UNSIGNED64)
SOURCEID: Final[AvpDef[str]] = AvpDef("SourceID", 649, DIAMETER_IDENTITY)
LOAD: Final[AvpDef[Load]] = AvpDef("Load", 650, GROUPED)
LOAD_TYPE: Final[AvpDef[int]] = AvpDef("Load-Type", 651, ENUMERATED, enum=LoadType)
LOAD_VALUE: Final[AvpDef[int]] = AvpDef("Load-Value", 652, UNSIGNED64)
DRMP: Final[AvpDef[int]] = AvpDef("DRMP", 301, ENUMERATED, enum=Drmp)
QOS_RESOURCES: Final[AvpDef[QoSResources]] = AvpDef("QoS-Resources", 508, GROUPED, M)
FILTER_RULE: Final[AvpDef[FilterRule]] = AvpDef("Filter-Rule", 509, GROUPED, M)
FILTER_RULE_PRECEDENCE: Final[AvpDef[int]] = AvpDef("Filter-Rule-Precedence", 510, UNSIGNED32, M)
CLASSIFIER: Final[AvpDef[Classifier]] = AvpDef("Classifier", 511, GROUPED, M)
CLASSIFIER_ID: Final[AvpDef[bytes]] = AvpDef("Classifier-ID", 512, OCTET_STRING, M)
PROTOCOL: Final[AvpDef[int]] = AvpDef("Protocol", 513, ENUMERATED, M, enum=Protocol)
DIRECTION: Final[AvpDef[int]] = AvpDef("Direction", 514, ENUMERATED, M, enum=Direction)
FROM_SPEC: Final[AvpDef[FromSpec]] = AvpDef("From-Spec", 515, GROUPED, M)
TO_SPEC: Final[AvpDef[ToSpec]] = AvpDef("To-Spec", 516, GROUPED, M)
NEGATED: Final[AvpDef[int]] = AvpDef("Negated", 517, ENUMERATED, M, enum=Negated)
IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("IP-Address", 518, ADDRESS, M)
IP_ADDRESS_RANGE: Final[AvpDef[IPAddressRange]] = AvpDef("IP-Address-Range", 519, GROUPED, M)
IP_ADDRESS_START: Final[AvpDef[AddressValue]] = AvpDef("IP-Address-Start", 520, ADDRESS, M)
IP_ADDRESS_END: Final[AvpDef[AddressValue]] = AvpDef("IP-Address-End", 521, ADDRESS, M)
IP_ADDRESS_MASK: Final[AvpDef[IPAddressMask]] = AvpDef("IP-Address-Mask", 522, GROUPED, M)
IP_BIT_MASK_WIDTH: Final[AvpDef[int]] = AvpDef("IP-Bit-Mask-Width", 523, UNSIGNED32, M)
MAC_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MAC-Address", 524, OCTET_STRING, M)
MAC_ADDRESS_MASK: Final[AvpDef[MACAddressMask]] = AvpDef("MAC-Address-Mask", 525, GROUPED, M)
MAC_ADDRESS_MASK_PATTERN: Final[AvpDef[bytes]] = AvpDef("MAC-Address-Mask-Pattern", 526, OCTET_STRING, M)
EUI64_ADDRESS: Final[AvpDef[bytes]] = AvpDef("EUI64-Address", 527, OCTET_STRING, M)
EUI64_ADDRESS_MASK: Final[AvpDef[EUI64AddressMask]] = AvpDef("EUI64-Address-Mask", 528, GROUPED, M)
EUI64_ADDRESS_MASK_PATTERN: Final[AvpDef[bytes]] = AvpDef("EUI64-Address-Mask-Pattern", 529, OCTET_STRING, M)
PORT: Final[AvpDef[int]] = AvpDef("Port", 530, INTEGER32, M)
PORT_RANGE: Final[AvpDef[PortRange]] = AvpDef("Port-Range", 531, GROUPED, M)
PORT_START: Final[AvpDef[int]] = AvpDef("Port-Start", 532, INTEGER32, M)
PORT_END: Final[AvpDef[int]] = AvpDef("Port-End", 533, INTEGER32, M)
USE_ASSIGNED_ADDRESS: Final[AvpDef[int]] = AvpDef("Use-Assigned-Address", 534, ENUMERATED, M, enum=UseAssignedAddress)
DIFFSERV_CODE_POINT: Final[AvpDef[int]] = AvpDef("Diffserv-Code-Point", 535, ENUMERATED, M, enum=DiffservCodePoint)
FRAGMENTATION_FLAG: Final[AvpDef[int]] = AvpDef("Fragmentation-Flag", 536, ENUMERATED, M, enum=FragmentationFlag)
IP_OPTION: Final[AvpDef[IPOption]] = AvpDef("IP-Option", 537, GROUPED, M)
IP_OPTION_TYPE: Final[AvpDef[int]] = AvpDef("IP-Option-Type", 538, ENUMERATED, M)
IP_OPTION_VALUE: Final[AvpDef[bytes]] = AvpDef("IP-Option-Value", 539, OCTET_STRING, M)
TCP_OPTION: Final[AvpDef[TCPOption]] = AvpDef("TCP-Option", 540, GROUPED, M)
TCP_OPTION_TYPE: Final[AvpDef[int]] = AvpDef("TCP-Option-Type", 541, ENUMERATED, M)
TCP_OPTION_VALUE: Final[AvpDef[bytes]] = AvpDef("TCP-Option-Value", 542, OCTET_STRING, M)
TCP_FLAGS: Final[AvpDef[TCPFlags]] = AvpDef("TCP-Flags", 543, GROUPED, M)
TCP_FLAG_TYPE: Final[AvpDef[int]] = AvpDef("TCP-Flag-Type", 544, UNSIGNED32, M)
ICMP_TYPE: Final[AvpDef[ICMPType]] = AvpDef("ICMP-Type", 545, GROUPED, M)
ICMP_TYPE_NUMBER: Final[AvpDef[int]] = AvpDef("ICMP-Type-Number", 546, ENUMERATED, M)
ICMP_CODE: Final[AvpDef[int]] = AvpDef("ICMP-Code", 547, ENUMERATED, M)
ETH_OPTION: Final[AvpDef[ETHOption]] = AvpDef("ETH-Option", 548, GROUPED, M)
ETH_PROTO_TYPE: Final[AvpDef[ETHProtoType]] = AvpDef("ETH-Proto-Type", 549, GROUPED, M)
ETH_ETHER_TYPE: Final[AvpDef[bytes]] = AvpDef("ETH-Ether-Type", 550, OCTET_STRING, M)
ETH_SAP: Final[AvpDef[bytes]] = AvpDef("ETH-SAP", 551, OCTET_STRING, M)
VLAN_ID_RANGE: Final[AvpDef[VLANIDRange]] = AvpDef("VLAN-ID-Range", 552, GROUPED, M)
S_VID_START: Final[AvpDef[int]] = AvpDef("S-VID-Start", 553, UNSIGNED32, M)
S_VID_END: Final[AvpDef[int]] = AvpDef("S-VID-End", 554, UNSIGNED32, M)
C_VID_START: Final[AvpDef[int]] = AvpDef("C-VID-Start", 555, UNSIGNED32, M)
C_VID_END: Final[AvpDef[int]] = AvpDef("C-VID-End", 556, UNSIGNED32, M)
USER_PRIORITY_RANGE: Final[AvpDef[UserPriorityRange]] = AvpDef("User-Priority-Range", 557, GROUPED, M)
LOW_USER_PRIORITY: Final[AvpDef[int]] = AvpDef("Low-User-Priority", 558, UNSIGNED32, M)
HIGH_USER_PRIORITY: Final[AvpDef[int]] = AvpDef("High-User-Priority", 559, UNSIGNED32, M)
TIME_OF_DAY_CONDITION: Final[AvpDef[TimeOfDayCondition]] = AvpDef("Time-Of-Day-Condition", 560, GROUPED, M)
TIME_OF_DAY_START: Final[AvpDef[int]] = AvpDef("Time-Of-Day-Start", 561, UNSIGNED32, M)
TIME_OF_DAY_END: Final[AvpDef[int]] = AvpDef("Time-Of-Day-End", 562, UNSIGNED32, M)
DAY_OF_WEEK_MASK: Final[AvpDef[int]] = AvpDef("Day-Of-Week-Mask", 563, UNSIGNED32, M, enum=DayOfWeekMask)
DAY_OF_MONTH_MASK: Final[AvpDef[int]] = AvpDef("Day-Of-Month-Mask", 564, UNSIGNED32, M)
MONTH_OF_YEAR_MASK: Final[AvpDef[int]] = AvpDef("Month-Of-Year-Mask", 565, UNSIGNED32, M, enum=MonthOfYearMask)
ABSOLUTE_START_TIME: Final[AvpDef[datetime]] = AvpDef("Absolute-Start-Time", 566, TIME, M)
ABSOLUTE_START_FRACTIONAL_SECONDS: Final[AvpDef[int]] = AvpDef("Absolute-Start-Fractional-Seconds", 567, UNSIGNED32, M)
ABSOLUTE_END_TIME: Final[AvpDef[datetime]] = AvpDef("Absolute-End-Time", 568, TIME, M)
ABSOLUTE_END_FRACTIONAL_SECONDS: Final[AvpDef[int]] = AvpDef("Absolute-End-Fractional-Seconds", 569, UNSIGNED32, M)
TIMEZONE_FLAG: Final[AvpDef[int]] = AvpDef("Timezone-Flag", 570, ENUMERATED, M, enum=TimezoneFlag)
TIMEZONE_OFFSET: Final[AvpDef[int]] = AvpDef("Timezone-Offset", 571, INTEGER32, M)
TREATMENT_ACTION: Final[AvpDef[int]] = AvpDef("Treatment-Action", 572, ENUMERATED, M, enum=TreatmentAction)
QOS_PROFILE_ID: Final[AvpDef[int]] = AvpDef("QoS-Profile-Id", 573, UNSIGNED32, M)
QOS_PROFILE_TEMPLATE: Final[AvpDef[QoSProfileTemplate]] = AvpDef("QoS-Profile-Template", 574, GROUPED, M)
QOS_SEMANTICS: Final[AvpDef[int]] = AvpDef("QoS-Semantics", 575, ENUMERATED, M, enum=QoSSemantics)
QOS_PARAMETERS: Final[AvpDef[QoSParameters]] = AvpDef("QoS-Parameters", 576, GROUPED, M)
EXCESS_TREATMENT: Final[AvpDef[ExcessTreatment]] = AvpDef("Excess-Treatment", 577, GROUPED, M)
QOS_CAPABILITY: Final[AvpDef[QoSCapability]] = AvpDef("QoS-Capability", 578, GROUPED, M)
MIP6_FEATURE_VECTOR: Final[AvpDef[int]] = AvpDef("MIP6-Feature-Vector", 124, UNSIGNED64, M, enum=MIP6FeatureVector)
MIP6_HOME_LINK_PREFIX: Final[AvpDef[bytes]] = AvpDef("MIP6-Home-Link-Prefix", 125, OCTET_STRING, M)
MIP6_AGENT_INFO: Final[AvpDef[MIP6AgentInfo]] = AvpDef("MIP6-Agent-Info", 486, GROUPED, M)
CHARGEABLE_USER_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Chargeable-User-Identity", 89, OCTET_STRING, M)
MIP_CAREOF_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MIP-Careof-Address", 487, ADDRESS, M)
MIP_AUTHENTICATOR: Final[AvpDef[bytes]] = AvpDef("MIP-Authenticator", 488, OCTET_STRING, M)
MIP_MAC_MOBILITY_DATA: Final[AvpDef[bytes]] = AvpDef("MIP-MAC-Mobility-Data", 489, OCTET_STRING, M)
MIP_TIMESTAMP: Final[AvpDef[bytes]] = AvpDef("MIP-Timestamp", 490, OCTET_STRING, M)
MIP_MN_HA_SPI: Final[AvpDef[int]] = AvpDef("MIP-MN-HA-SPI", 491, UNSIGNED32, M)
MIP_MN_HA_MSA: Final[AvpDef[MIPMNHAMSA]] = AvpDef("MIP-MN-HA-MSA", 492, GROUPED, M)
SERVICE_SELECTION: Final[AvpDef[str]] = AvpDef("Service-Selection", 493, UTF8STRING, M)
MIP6_AUTH_MODE: Final[AvpDef[int]] = AvpDef("MIP6-Auth-Mode", 494, ENUMERATED, M, enum=MIP6AuthMode)
EGRESS_VLANID: Final[AvpDef[bytes]] = AvpDef("Egress-VLANID", 56, OCTET_STRING, M)
INGRESS_FILTERS: Final[AvpDef[int]] = AvpDef("Ingress-Filters", 57, ENUMERATED, M, enum=IngressFilters)
EGRESS_VLAN_NAME: Final[AvpDef[str]] = AvpDef("Egress-VLAN-Name", 58, UTF8STRING, M)
USER_PRIORITY_TABLE: Final[AvpDef[bytes]] = AvpDef("User-Priority-Table", 59, OCTET_STRING, M)
OPERATOR_NAME: Final[AvpDef[bytes]] = AvpDef("Operator-Name", 126, OCTET_STRING, M)
LOCATION_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Location-Information", 127, OCTET_STRING, M)
LOCATION_DATA: Final[AvpDef[bytes]] = AvpDef("Location-Data", 128, OCTET_STRING, M)
BASIC_LOCATION_POLICY_RULES: Final[AvpDef[bytes]] = AvpDef("Basic-Location-Policy-Rules", 129, OCTET_STRING, M)
EXTENDED_LOCATION_POLICY_RULES: Final[AvpDef[bytes]] = AvpDef("Extended-Location-Policy-Rules", 130, OCTET_STRING, M)
LOCATION_CAPABLE: Final[AvpDef[int]] = AvpDef("Location-Capable", 131, ENUMERATED, M, enum=LocationCapable)
REQUESTED_LOCATION_INFO: Final[AvpDef[int]] = AvpDef("Requested-Location-Info", 132, ENUMERATED, M, enum=RequestedLocationInfo)
KEY: Final[AvpDef[Key]] = AvpDef("Key", 581, GROUPED)
KEY_TYPE: Final[AvpDef[int]] = AvpDef("Key-Type", 582, ENUMERATED, enum=KeyType)
KEYING_MATERIAL: Final[AvpDef[bytes]] = AvpDef("Keying-Material", 583, OCTET_STRING)
KEY_LIFETIME: Final[AvpDef[int]] = AvpDef("Key-Lifetime", 584, UNSIGNED32)
KEY_SPI: Final[AvpDef[int]] = AvpDef("Key-SPI", 585, UNSIGNED32)
KEY_NAME: Final[AvpDef[bytes]] = AvpDef("Key-Name", 586, OCTET_STRING)
ERP_RK_REQUEST: Final[AvpDef[ERPRKRequest]] = AvpDef("ERP-RK-Request", 618, GROUPED)
ERP_REALM: Final[AvpDef[str]] = AvpDef("ERP-Realm", 619, DIAMETER_IDENTITY)
SIP_ACCOUNTING_INFORMATION: Final[AvpDef[SIPAccountingInformation]] = AvpDef("SIP-Accounting-Information", 368, GROUPED, M)
SIP_ACCOUNTING_SERVER_URI: Final[AvpDef[DiameterURI]] = AvpDef("SIP-Accounting-Server-URI", 369, DIAMETER_URI, M)
SIP_CREDIT_CONTROL_SERVER_URI: Final[AvpDef[DiameterURI]] = AvpDef("SIP-Credit-Control-Server-URI", 370, DIAMETER_URI, M)
SIP_SERVER_URI: Final[AvpDef[str]] = AvpDef("SIP-Server-URI", 371, UTF8STRING, M)
SIP_SERVER_CAPABILITIES: Final[AvpDef[SIPServerCapabilities]] = AvpDef("SIP-Server-Capabilities", 372, GROUPED, M)
SIP_MANDATORY_CAPABILITY: Final[AvpDef[int]] = AvpDef("SIP-Mandatory-Capability", 373, UNSIGNED32, M)
SIP_OPTIONAL_CAPABILITY: Final[AvpDef[int]] = AvpDef("SIP-Optional-Capability", 374, UNSIGNED32, M)
SIP_SERVER_ASSIGNMENT_TYPE: Final[AvpDef[int]] = AvpDef("SIP-Server-Assignment-Type", 375, ENUMERATED, M, enum=SIPServerAssignmentType)
SIP_AUTH_DATA_ITEM: Final[AvpDef[SIPAuthDataItem]] = AvpDef("SIP-Auth-Data-Item", 376, GROUPED, M)
SIP_AUTHENTICATION_SCHEME: Final[AvpDef[int]] = AvpDef("SIP-Authentication-Scheme", 377, ENUMERATED, M, enum=SIPAuthenticationScheme)
SIP_ITEM_NUMBER: Final[AvpDef[int]] = AvpDef("SIP-Item-Number", 378, UNSIGNED32, M)
SIP_AUTHENTICATE: Final[AvpDef[SIPAuthenticate]] = AvpDef("SIP-Authenticate", 379, GROUPED, M)
SIP_AUTHORIZATION: Final[AvpDef[SIPAuthorization]] = AvpDef("SIP-Authorization", 380, GROUPED, M)
SIP_AUTHENTICATION_INFO: Final[AvpDef[SIPAuthenticationInfo]] = AvpDef("SIP-Authentication-Info", 381, GROUPED, M)
SIP_NUMBER_AUTH_ITEMS: Final[AvpDef[int]] = AvpDef("SIP-Number-Auth-Items", 382, UNSIGNED32, M)
SIP_DEREGISTRATION_REASON: Final[AvpDef[SIPDeregistrationReason]] = AvpDef("SIP-Deregistration-Reason", 383, GROUPED, M)
SIP_REASON_CODE: Final[AvpDef[int]] = AvpDef("SIP-Reason-Code", 384, ENUMERATED, M, enum=SIPReasonCode)
SIP_REASON_INFO: Final[AvpDef[str]] = AvpDef("SIP-Reason-Info", 385, UTF8STRING, M)
SIP_VISITED_NETWORK_ID: Final[AvpDef[str]] = AvpDef("SIP-Visited-Network-Id", 386, UTF8STRING, M)
SIP_USER_AUTHORIZATION_TYPE: Final[AvpDef[int]] = AvpDef("SIP-User-Authorization-Type", 387, ENUMERATED, M, enum=SIPUserAuthorizationType)
SIP_SUPPORTED_USER_DATA_TYPE: Final[AvpDef[str]] = AvpDef("SIP-Supported-User-Data-Type", 388, UTF8STRING, M)
SIP_USER_DATA: Final[AvpDef[SIPUserData]] = AvpDef("SIP-User-Data", 389, GROUPED, M)
SIP_USER_DATA_TYPE: Final[AvpDef[str]] = AvpDef("SIP-User-Data-Type", 390, UTF8STRING, M)
SIP_USER_DATA_CONTENTS: Final[AvpDef[bytes]] = AvpDef("SIP-User-Data-Contents", 391, OCTET_STRING, M)
SIP_USER_DATA_ALREADY_AVAILABLE: Final[AvpDef[int]] = AvpDef("SIP-User-Data-Already-Available", 392, ENUMERATED, M, enum=SIPUserDataAlreadyAvailable)
SIP_METHOD: Final[AvpDef[str]] = AvpDef("SIP-Method", 393, UTF8STRING, M)
DIGEST_RESPONSE: Final[AvpDef[str]] = AvpDef("Digest-Response", 103, UTF8STRING, M)
DIGEST_REALM: Final[AvpDef[str]] = AvpDef("Digest-Realm", 104, UTF8STRING, M)
DIGEST_NONCE: Final[AvpDef[str]] = AvpDef("Digest-Nonce", 105, UTF8STRING, M)
DIGEST_RESPONSE_AUTH: Final[AvpDef[str]] = AvpDef("Digest-Response-Auth", 106, UTF8STRING, M)
DIGEST_NEXTNONCE: Final[AvpDef[str]] = AvpDef("Digest-Nextnonce", 107, UTF8STRING, M)
DIGEST_METHOD: Final[AvpDef[str]] = AvpDef("Digest-Method", 108, UTF8STRING, M)
DIGEST_URI: Final[AvpDef[str]] = AvpDef("Digest-URI", 109, UTF8STRING, M)
DIGEST_QOP: Final[AvpDef[str]] = AvpDef("Digest-QoP", 110, UTF8STRING, M)
DIGEST_ALGORITHM: Final[AvpDef[str]] = AvpDef("Digest-Algorithm", 111, UTF8STRING, M)
DIGEST_ENTITY_BODY_HASH: Final[AvpDef[str]] = AvpDef("Digest-Entity-Body-Hash", 112, UTF8STRING, M)
DIGEST_CNONCE: Final[AvpDef[str]] = AvpDef("Digest-CNonce", 113, UTF8STRING, M)
DIGEST_NONCE_COUNT: Final[AvpDef[str]] = AvpDef("Digest-Nonce-Count", 114, UTF8STRING, M)
DIGEST_USERNAME: Final[AvpDef[str]] = AvpDef("Digest-Username", 115, UTF8STRING, M)
DIGEST_OPAQUE: Final[AvpDef[str]] = AvpDef("Digest-Opaque", 116, UTF8STRING, M)
DIGEST_AUTH_PARAM: Final[AvpDef[str]] = AvpDef("Digest-Auth-Param", 117, UTF8STRING, M)
DIGEST_AKA_AUTS: Final[AvpDef[str]] = AvpDef("Digest-AKA-Auts", 118, UTF8STRING, M)
DIGEST_DOMAIN: Final[AvpDef[str]] = AvpDef("Digest-Domain", 119, UTF8STRING, M)
DIGEST_STALE: Final[AvpDef[str]] = AvpDef("Digest-Stale", 120, UTF8STRING, M)
DIGEST_HA1: Final[AvpDef[str]] = AvpDef("Digest-HA1", 121, UTF8STRING, M)
SIP_AOR: Final[AvpDef[str]] = AvpDef("SIP-AOR", 122, UTF8STRING, M)
DELEGATED_IPV6_PREFIX: Final[AvpDef[bytes]] = AvpDef("Delegated-IPv6-Prefix", 123, OCTET_STRING)
FRAMED_MANAGEMENT_PROTOCOL: Final[AvpDef[int]] = AvpDef("Framed-Management-Protocol", 133, ENUMERATED, M, enum=FramedManagementProtocol)
MANAGEMENT_TRANSPORT_PROTECTION: Final[AvpDef[int]] = AvpDef("Management-Transport-Protection", 134, ENUMERATED, M, enum=ManagementTransportProtection)
MANAGEMENT_POLICY_ID: Final[AvpDef[str]] = AvpDef("Management-Policy-Id", 135, UTF8STRING, M)
MANAGEMENT_PRIVILEGE_LEVEL: Final[AvpDef[int]] = AvpDef("Management-Privilege-Level", 136, INTEGER32, M)
TMOD_1: Final[AvpDef[TMOD1]] = AvpDef("TMOD-1", 495, GROUPED)
TOKEN_RATE: Final[AvpDef[float]] = AvpDef("Token-Rate", 496, FLOAT32)
BUCKET_DEPTH: Final[AvpDef[float]] = AvpDef("Bucket-Depth", 497, FLOAT32)
PEAK_TRAFFIC_RATE: Final[AvpDef[float]] = AvpDef("Peak-Traffic-Rate", 498, FLOAT32)
MINIMUM_POLICED_UNIT: Final[AvpDef[int]] = AvpDef("Minimum-Policed-Unit", 499, UNSIGNED32)
MAXIMUM_PACKET_SIZE: Final[AvpDef[int]] = AvpDef("Maximum-Packet-Size", 500, UNSIGNED32)
TMOD_2: Final[AvpDef[TMOD2]] = AvpDef("TMOD-2", 501, GROUPED)
BANDWIDTH: Final[AvpDef[float]] = AvpDef("Bandwidth", 502, FLOAT32)
PHB_CLASS: Final[AvpDef[int]] = AvpDef("PHB-Class", 503, UNSIGNED32)
PMIP6_DHCP_SERVER_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("PMIP6-DHCP-Server-Address", 504, ADDRESS)
PMIP6_IPV4_HOME_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("PMIP6-IPv4-Home-Address", 505, ADDRESS)
MOBILE_NODE_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Mobile-Node-Identifier", 506, UTF8STRING)
SERVICE_CONFIGURATION: Final[AvpDef[ServiceConfiguration]] = AvpDef("Service-Configuration", 507, GROUPED)
QOS_AUTHORIZATION_DATA: Final[AvpDef[bytes]] = AvpDef("QoS-Authorization-Data", 579, OCTET_STRING, M)
BOUND_AUTH_SESSION_ID: Final[AvpDef[str]] = AvpDef("Bound-Auth-Session-Id", 580, UTF8STRING, M)
IKEV2_NONCES: Final[AvpDef[IKEv2Nonces]] = AvpDef("IKEv2-Nonces", 587, GROUPED, M)
NI: Final[AvpDef[bytes]] = AvpDef("Ni", 588, OCTET_STRING, M)
NR: Final[AvpDef[bytes]] = AvpDef("Nr", 589, OCTET_STRING, M)
IKEV2_IDENTITY: Final[AvpDef[IKEv2Identity]] = AvpDef("IKEv2-Identity", 590, GROUPED, M)
INITIATOR_IDENTITY: Final[AvpDef[InitiatorIdentity]] = AvpDef("Initiator-Identity", 591, GROUPED, M)
ID_TYPE: Final[AvpDef[int]] = AvpDef("ID-Type", 592, ENUMERATED, M, enum=IDType)
IDENTIFICATION_DATA: Final[AvpDef[bytes]] = AvpDef("Identification-Data", 593, OCTET_STRING, M)
RESPONDER_IDENTITY: Final[AvpDef[ResponderIdentity]] = AvpDef("Responder-Identity", 594, GROUPED, M)
NC_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("NC-Request-Type", 595, ENUMERATED, M, enum=NCRequestType)
NAT_CONTROL_INSTALL: Final[AvpDef[NATControlInstall]] = AvpDef("NAT-Control-Install", 596, GROUPED, M)
NAT_CONTROL_REMOVE: Final[AvpDef[NATControlRemove]] = AvpDef("NAT-Control-Remove", 597, GROUPED, M)
NAT_CONTROL_DEFINITION: Final[AvpDef[NATControlDefinition]] = AvpDef("NAT-Control-Definition", 598, GROUPED, M)
NAT_INTERNAL_ADDRESS: Final[AvpDef[NATInternalAddress]] = AvpDef("NAT-Internal-Address", 599, GROUPED, M)
NAT_EXTERNAL_ADDRESS: Final[AvpDef[NATExternalAddress]] = AvpDef("NAT-External-Address", 600, GROUPED, M)
MAX_NAT_BINDINGS: Final[AvpDef[int]] = AvpDef("Max-NAT-Bindings", 601, UNSIGNED32, M)
NAT_CONTROL_BINDING_TEMPLATE: Final[AvpDef[bytes]] = AvpDef("NAT-Control-Binding-Template", 602, OCTET_STRING, M)
DUPLICATE_SESSION_ID: Final[AvpDef[str]] = AvpDef("Duplicate-Session-Id", 603, UTF8STRING, M)
NAT_EXTERNAL_PORT_STYLE: Final[AvpDef[int]] = AvpDef("NAT-External-Port-Style", 604, ENUMERATED, M, enum=NATExternalPortStyle)
NAT_CONTROL_RECORD: Final[AvpDef[NATControlRecord]] = AvpDef("NAT-Control-Record", 605, GROUPED, M)
NAT_CONTROL_BINDING_STATUS: Final[AvpDef[int]] = AvpDef("NAT-Control-Binding-Status", 606, ENUMERATED, M, enum=NATControlBindingStatus)
CURRENT_NAT_BINDINGS: Final[AvpDef[int]] = AvpDef("Current-NAT-Bindings", 607, UNSIGNED32, M)
DUAL_PRIORITY: Final[AvpDef[DualPriority]] = AvpDef("Dual-Priority", 608, GROUPED)
PREEMPTION_PRIORITY: Final[AvpDef[int]] = AvpDef("Preemption-Priority", 609, UNSIGNED32)
DEFENDING_PRIORITY: Final[AvpDef[int]] = AvpDef("Defending-Priority", 610, UNSIGNED32)
ADMISSION_PRIORITY: Final[AvpDef[int]] = AvpDef("Admission-Priority", 611, UNSIGNED32)
SIP_RESOURCE_PRIORITY: Final[AvpDef[SIPResourcePriority]] = AvpDef("SIP-Resource-Priority", 612, GROUPED)
SIP_RESOURCE_PRIORITY_NAMESPACE: Final[AvpDef[str]] = AvpDef("SIP-Resource-Priority-Namespace", 613, UTF8STRING)
SIP_RESOURCE_PRIORITY_VALUE: Final[AvpDef[str]] = AvpDef("SIP-Resource-Priority-Value", 614, UTF8STRING)
APPLICATION_LEVEL_RESOURCE_PRIORITY: Final[AvpDef[ApplicationLevelResourcePriority]] = AvpDef("Application-Level-Resource-Priority", 615, GROUPED)
ALRP_NAMESPACE: Final[AvpDef[int]] = AvpDef("ALRP-Namespace", 616, UNSIGNED32)
ALRP_VALUE: Final[AvpDef[int]] = AvpDef("ALRP-Value", 617, UNSIGNED32)
REDIRECT_REALM: Final[AvpDef[str]] = AvpDef("Redirect-Realm", 620, DIAMETER_IDENTITY)
ECN_IP_CODEPOINT: Final[AvpDef[int]] = AvpDef("ECN-IP-Codepoint", 628, ENUMERATED, enum=ECNIPCodepoint)
CONGESTION_TREATMENT: Final[AvpDef[CongestionTreatment]] = AvpDef("Congestion-Treatment", 629, GROUPED)
FLOW_COUNT: Final[AvpDef[int]] = AvpDef("Flow-Count", 630, UNSIGNED64)
PACKET_COUNT: Final[AvpDef[int]] = AvpDef("Packet-Count", 631, UNSIGNED64)
IP_PREFIX_LENGTH: Final[AvpDef[int]] = AvpDef("IP-Prefix-Length", 632, UNSIGNED32)
BORDER_ROUTER_NAME: Final[AvpDef[bytes]] = AvpDef("Border-Router-Name", 633, OCTET_STRING)
N64_MULTICAST_ATTRIBUTES: Final[AvpDef[N64MulticastAttributes]] = AvpDef("64-Multicast-Attributes", 634, GROUPED)
ASM_MPREFIX64: Final[AvpDef[ASMMPrefix64]] = AvpDef("ASM-mPrefix64", 635, GROUPED)
SSM_MPREFIX64: Final[AvpDef[SSMMPrefix64]] = AvpDef("SSM-mPrefix64", 636, GROUPED)
TUNNEL_SOURCE_PREF_OR_ADDR: Final[AvpDef[TunnelSourcePrefOrAddr]] = AvpDef("Tunnel-Source-Pref-Or-Addr", 637, GROUPED)
TUNNEL_SOURCE_IPV6_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Tunnel-Source-IPv6-Address", 638, ADDRESS)
PORT_SET_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Port-Set-Identifier", 639, OCTET_STRING)
LW4O6_BINDING: Final[AvpDef[Lw4o6Binding]] = AvpDef("Lw4o6-Binding", 640, GROUPED)
LW4O6_EXTERNAL_IPV4_ADDR: Final[AvpDef[AddressValue]] = AvpDef("Lw4o6-External-IPv4-Addr", 641, ADDRESS)
MAP_E_ATTRIBUTES: Final[AvpDef[MAPEAttributes]] = AvpDef("MAP-E-Attributes", 642, GROUPED)
MAP_MESH_MODE: Final[AvpDef[int]] = AvpDef("MAP-Mesh-Mode", 643, ENUMERATED, enum=MAPMeshMode)
MAP_MAPPING_RULE: Final[AvpDef[MAPMappingRule]] = AvpDef("MAP-Mapping-Rule", 644, GROUPED)
RULE_IPV4_ADDR_OR_PREFIX: Final[AvpDef[RuleIPv4AddrOrPrefix]] = AvpDef("Rule-IPv4-Addr-Or-Prefix", 645, GROUPED)
RULE_IPV6_PREFIX: Final[AvpDef[RuleIPv6Prefix]] = AvpDef("Rule-IPv6-Prefix", 646, GROUPED)
EA_FIELD_LENGTH: Final[AvpDef[int]] = AvpDef("EA-Field-Length", 647, UNSIGNED32)
OC_MAXIMUM_RATE: Final[AvpDef[int]] = AvpDef("OC-Maximum-Rate", 670, UNSIGNED32)


@grouped(OC_SUPPORTED_FEATURES)
class OCSupportedFeatures:
    """OC-Supported-Features ::= < AVP Header: 621 >
         [ OC-Feature-Vector ]
         [ SourceID ]
         [ OC-Peer-Algo ]
       * [ AVP ]
    """

    oc_feature_vector: OCFeatureVector | int | None = avp(OC_FEATURE_VECTOR, default=None)
    sourceid: str | None = avp(SOURCEID, default=None)
    oc_peer_algo: int | None = avp(OC_PEER_ALGO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(OC_OLR)
class OCOLR:
    """OC-OLR ::= < AVP Header: 623 >
         < OC-Sequence-Number >
         < OC-Report-Type >
         [ OC-Reduction-Percentage ]
         [ OC-Validity-Duration ]
         [ SourceID ]
         [ OC-Maximum-Rate ]
       * [ AVP ]
    """

    oc_sequence_number: int = avp(OC_SEQUENCE_NUMBER, fixed=True)
    oc_report_type: OCReportType | int = avp(OC_REPORT_TYPE, fixed=True)
    oc_reduction_percentage: int | None = avp(OC_REDUCTION_PERCENTAGE, default=None)
    oc_validity_duration: int | None = avp(OC_VALIDITY_DURATION, default=None)
    sourceid: str | None = avp(SOURCEID, default=None)
    oc_maximum_rate: int | None = avp(OC_MAXIMUM_RATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LOAD)
class Load:
    """Load ::= < AVP Header: 650 >
         [ Load-Type ]
         [ Load-Value ]
         [ SourceID ]
       * [ AVP ]
    """

    load_type: LoadType | int | None = avp(LOAD_TYPE, default=None)
    load_value: int | None = avp(LOAD_VALUE, default=None)
    sourceid: str | None = avp(SOURCEID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_RESOURCES)
class QoSResources:
    """QoS-Resources ::= < AVP Header: 508 >
      1* { Filter-Rule }
       * [ AVP ]
    """

    filter_rule: tuple[FilterRule, ...] = repeated(FILTER_RULE, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FILTER_RULE)
class FilterRule:
    """Filter-Rule ::= < AVP Header: 509 >
         [ Filter-Rule-Precedence ]
         [ Classifier ]
       * [ Time-Of-Day-Condition ]
         [ Treatment-Action ]
         [ QoS-Semantics ]
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
         [ Excess-Treatment ]
       * [ AVP ]
    """

    filter_rule_precedence: int | None = avp(FILTER_RULE_PRECEDENCE, default=None)
    classifier: Classifier | None = avp(CLASSIFIER, default=None)
    time_of_day_condition: tuple[TimeOfDayCondition, ...] = repeated(TIME_OF_DAY_CONDITION, default=())
    treatment_action: TreatmentAction | int | None = avp(TREATMENT_ACTION, default=None)
    qos_semantics: QoSSemantics | int | None = avp(QOS_SEMANTICS, default=None)
    qos_profile_template: QoSProfileTemplate | None = avp(QOS_PROFILE_TEMPLATE, default=None)
    qos_parameters: QoSParameters | None = avp(QOS_PARAMETERS, default=None)
    excess_treatment: ExcessTreatment | None = avp(EXCESS_TREATMENT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CLASSIFIER)
class Classifier:
    """Classifier ::= < AVP Header: 511 >
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
    """

    classifier_id: bytes = avp(CLASSIFIER_ID)
    protocol: Protocol | int | None = avp(PROTOCOL, default=None)
    direction: Direction | int | None = avp(DIRECTION, default=None)
    from_spec: tuple[FromSpec, ...] = repeated(FROM_SPEC, default=())
    to_spec: tuple[ToSpec, ...] = repeated(TO_SPEC, default=())
    diffserv_code_point: tuple[DiffservCodePoint | int, ...] = repeated(DIFFSERV_CODE_POINT, default=())
    fragmentation_flag: FragmentationFlag | int | None = avp(FRAGMENTATION_FLAG, default=None)
    ip_option: tuple[IPOption, ...] = repeated(IP_OPTION, default=())
    tcp_option: tuple[TCPOption, ...] = repeated(TCP_OPTION, default=())
    tcp_flags: TCPFlags | None = avp(TCP_FLAGS, default=None)
    icmp_type: tuple[ICMPType, ...] = repeated(ICMP_TYPE, default=())
    eth_option: tuple[ETHOption, ...] = repeated(ETH_OPTION, default=())
    ecn_ip_codepoint: ECNIPCodepoint | int | None = avp(ECN_IP_CODEPOINT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FROM_SPEC)
class FromSpec:
    """From-Spec ::= < AVP Header: 515 >
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
    """

    ip_address: tuple[AddressValue, ...] = repeated(IP_ADDRESS, default=())
    ip_address_range: tuple[IPAddressRange, ...] = repeated(IP_ADDRESS_RANGE, default=())
    ip_address_mask: tuple[IPAddressMask, ...] = repeated(IP_ADDRESS_MASK, default=())
    mac_address: tuple[bytes, ...] = repeated(MAC_ADDRESS, default=())
    mac_address_mask: tuple[MACAddressMask, ...] = repeated(MAC_ADDRESS_MASK, default=())
    eui64_address: tuple[bytes, ...] = repeated(EUI64_ADDRESS, default=())
    eui64_address_mask: tuple[EUI64AddressMask, ...] = repeated(EUI64_ADDRESS_MASK, default=())
    port: tuple[int, ...] = repeated(PORT, default=())
    port_range: tuple[PortRange, ...] = repeated(PORT_RANGE, default=())
    negated: Negated | int | None = avp(NEGATED, default=None)
    use_assigned_address: UseAssignedAddress | int | None = avp(USE_ASSIGNED_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TO_SPEC)
class ToSpec:
    """To-Spec ::= < AVP Header: 516 >
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
    """

    ip_address: tuple[AddressValue, ...] = repeated(IP_ADDRESS, default=())
    ip_address_range: tuple[IPAddressRange, ...] = repeated(IP_ADDRESS_RANGE, default=())
    ip_address_mask: tuple[IPAddressMask, ...] = repeated(IP_ADDRESS_MASK, default=())
    mac_address: tuple[bytes, ...] = repeated(MAC_ADDRESS, default=())
    mac_address_mask: tuple[MACAddressMask, ...] = repeated(MAC_ADDRESS_MASK, default=())
    eui64_address: tuple[bytes, ...] = repeated(EUI64_ADDRESS, default=())
    eui64_address_mask: tuple[EUI64AddressMask, ...] = repeated(EUI64_ADDRESS_MASK, default=())
    port: tuple[int, ...] = repeated(PORT, default=())
    port_range: tuple[PortRange, ...] = repeated(PORT_RANGE, default=())
    negated: Negated | int | None = avp(NEGATED, default=None)
    use_assigned_address: UseAssignedAddress | int | None = avp(USE_ASSIGNED_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IP_ADDRESS_RANGE)
class IPAddressRange:
    """IP-Address-Range ::= < AVP Header: 519 >
         [ IP-Address-Start ]
         [ IP-Address-End ]
       * [ AVP ]
    """

    ip_address_start: AddressValue | None = avp(IP_ADDRESS_START, default=None)
    ip_address_end: AddressValue | None = avp(IP_ADDRESS_END, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IP_ADDRESS_MASK)
class IPAddressMask:
    """IP-Address-Mask ::= < AVP Header: 522 >
         { IP-Address }
         { IP-Bit-Mask-Width }
       * [ AVP ]
    """

    ip_address: AddressValue = avp(IP_ADDRESS)
    ip_bit_mask_width: int = avp(IP_BIT_MASK_WIDTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MAC_ADDRESS_MASK)
class MACAddressMask:
    """MAC-Address-Mask ::= < AVP Header: 525 >
         { MAC-Address }
         { MAC-Address-Mask-Pattern }
       * [ AVP ]
    """

    mac_address: bytes = avp(MAC_ADDRESS)
    mac_address_mask_pattern: bytes = avp(MAC_ADDRESS_MASK_PATTERN)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EUI64_ADDRESS_MASK)
class EUI64AddressMask:
    """EUI64-Address-Mask ::= < AVP Header: 528 >
         { EUI64-Address }
         { EUI64-Address-Mask-Pattern }
       * [ AVP ]
    """

    eui64_address: bytes = avp(EUI64_ADDRESS)
    eui64_address_mask_pattern: bytes = avp(EUI64_ADDRESS_MASK_PATTERN)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PORT_RANGE)
class PortRange:
    """Port-Range ::= < AVP Header: 531 >
         [ Port-Start ]
         [ Port-End ]
       * [ AVP ]
    """

    port_start: int | None = avp(PORT_START, default=None)
    port_end: int | None = avp(PORT_END, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IP_OPTION)
class IPOption:
    """IP-Option ::= < AVP Header: 537 >
         { IP-Option-Type }
       * [ IP-Option-Value ]
         [ Negated ]
       * [ AVP ]
    """

    ip_option_type: int = avp(IP_OPTION_TYPE)
    ip_option_value: tuple[bytes, ...] = repeated(IP_OPTION_VALUE, default=())
    negated: Negated | int | None = avp(NEGATED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TCP_OPTION)
class TCPOption:
    """TCP-Option ::= < AVP Header: 540 >
         { TCP-Option-Type }
       * [ TCP-Option-Value ]
         [ Negated ]
       * [ AVP ]
    """

    tcp_option_type: int = avp(TCP_OPTION_TYPE)
    tcp_option_value: tuple[bytes, ...] = repeated(TCP_OPTION_VALUE, default=())
    negated: Negated | int | None = avp(NEGATED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TCP_FLAGS)
class TCPFlags:
    """TCP-Flags ::= < AVP Header: 543 >
         { TCP-Flag-Type }
         [ Negated ]
       * [ AVP ]
    """

    tcp_flag_type: int = avp(TCP_FLAG_TYPE)
    negated: Negated | int | None = avp(NEGATED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ICMP_TYPE)
class ICMPType:
    """ICMP-Type ::= < AVP Header: 545 >
         { ICMP-Type-Number }
       * [ ICMP-Code ]
         [ Negated ]
       * [ AVP ]
    """

    icmp_type_number: int = avp(ICMP_TYPE_NUMBER)
    icmp_code: tuple[int, ...] = repeated(ICMP_CODE, default=())
    negated: Negated | int | None = avp(NEGATED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ETH_OPTION)
class ETHOption:
    """ETH-Option ::= < AVP Header: 548 >
         { ETH-Proto-Type }
       * [ VLAN-ID-Range ]
       * [ User-Priority-Range ]
       * [ AVP ]
    """

    eth_proto_type: ETHProtoType = avp(ETH_PROTO_TYPE)
    vlan_id_range: tuple[VLANIDRange, ...] = repeated(VLAN_ID_RANGE, default=())
    user_priority_range: tuple[UserPriorityRange, ...] = repeated(USER_PRIORITY_RANGE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ETH_PROTO_TYPE)
class ETHProtoType:
    """ETH-Proto-Type ::= < AVP Header: 549 >
       * [ ETH-Ether-Type ]
       * [ ETH-SAP ]
       * [ AVP ]
    """

    eth_ether_type: tuple[bytes, ...] = repeated(ETH_ETHER_TYPE, default=())
    eth_sap: tuple[bytes, ...] = repeated(ETH_SAP, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(VLAN_ID_RANGE)
class VLANIDRange:
    """VLAN-ID-Range ::= < AVP Header: 552 >
         [ S-VID-Start ]
         [ S-VID-End ]
         [ C-VID-Start ]
         [ C-VID-End ]
       * [ AVP ]
    """

    s_vid_start: int | None = avp(S_VID_START, default=None)
    s_vid_end: int | None = avp(S_VID_END, default=None)
    c_vid_start: int | None = avp(C_VID_START, default=None)
    c_vid_end: int | None = avp(C_VID_END, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USER_PRIORITY_RANGE)
class UserPriorityRange:
    """User-Priority-Range ::= < AVP Header: 557 >
       * [ Low-User-Priority ]
       * [ High-User-Priority ]
       * [ AVP ]
    """

    low_user_priority: tuple[int, ...] = repeated(LOW_USER_PRIORITY, default=())
    high_user_priority: tuple[int, ...] = repeated(HIGH_USER_PRIORITY, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TIME_OF_DAY_CONDITION)
class TimeOfDayCondition:
    """Time-Of-Day-Condition ::= < AVP Header: 560 >
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
    """

    time_of_day_start: int | None = avp(TIME_OF_DAY_START, default=None)
    time_of_day_end: int | None = avp(TIME_OF_DAY_END, default=None)
    day_of_week_mask: DayOfWeekMask | int | None = avp(DAY_OF_WEEK_MASK, default=None)
    day_of_month_mask: int | None = avp(DAY_OF_MONTH_MASK, default=None)
    month_of_year_mask: MonthOfYearMask | int | None = avp(MONTH_OF_YEAR_MASK, default=None)
    absolute_start_time: datetime | None = avp(ABSOLUTE_START_TIME, default=None)
    absolute_start_fractional_seconds: int | None = avp(ABSOLUTE_START_FRACTIONAL_SECONDS, default=None)
    absolute_end_time: datetime | None = avp(ABSOLUTE_END_TIME, default=None)
    absolute_end_fractional_seconds: int | None = avp(ABSOLUTE_END_FRACTIONAL_SECONDS, default=None)
    timezone_flag: TimezoneFlag | int | None = avp(TIMEZONE_FLAG, default=None)
    timezone_offset: int | None = avp(TIMEZONE_OFFSET, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_PROFILE_TEMPLATE)
class QoSProfileTemplate:
    """QoS-Profile-Template ::= < AVP Header: 574 >
         { Vendor-Id }
         { QoS-Profile-Id }
       * [ AVP ]
    """

    vendor_id: int = avp(VENDOR_ID)
    qos_profile_id: int = avp(QOS_PROFILE_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_PARAMETERS)
class QoSParameters:
    """QoS-Parameters ::= < AVP Header: 576 >
       * [ AVP ]
    """

    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EXCESS_TREATMENT)
class ExcessTreatment:
    """Excess-Treatment ::= < AVP Header: 577 >
         { Treatment-Action }
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
       * [ AVP ]
    """

    treatment_action: TreatmentAction | int = avp(TREATMENT_ACTION)
    qos_profile_template: QoSProfileTemplate | None = avp(QOS_PROFILE_TEMPLATE, default=None)
    qos_parameters: QoSParameters | None = avp(QOS_PARAMETERS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_CAPABILITY)
class QoSCapability:
    """QoS-Capability ::= < AVP Header: 578 >
      1* { QoS-Profile-Template }
       * [ AVP ]
    """

    qos_profile_template: tuple[QoSProfileTemplate, ...] = repeated(QOS_PROFILE_TEMPLATE, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP6_AGENT_INFO)
class MIP6AgentInfo:
    """MIP6-Agent-Info ::= < AVP Header: 486 >
     0*2 [ MIP-Home-Agent-Address ]
         [ MIP-Home-Agent-Host ]
         [ MIP6-Home-Link-Prefix ]
         [ PMIP6-IPv4-Home-Address ]
       * [ AVP ]
    """

    mip_home_agent_address: tuple[AddressValue, ...] = repeated(MIP_HOME_AGENT_ADDRESS, max=2, default=())
    mip_home_agent_host: MIPHomeAgentHost | None = avp(MIP_HOME_AGENT_HOST, default=None)
    mip6_home_link_prefix: bytes | None = avp(MIP6_HOME_LINK_PREFIX, default=None)
    pmip6_ipv4_home_address: AddressValue | None = avp(PMIP6_IPV4_HOME_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MIP_MN_HA_MSA)
class MIPMNHAMSA:
    """MIP-MN-HA-MSA ::= < AVP Header: 492 >
         { MIP-Session-Key }
         { MIP-MSA-Lifetime }
         [ MIP-MN-HA-SPI ]
         [ MIP-Algorithm-Type ]
         [ MIP-Replay-Mode ]
       * [ AVP ]
    """

    mip_session_key: bytes = avp(MIP_SESSION_KEY)
    mip_msa_lifetime: int = avp(MIP_MSA_LIFETIME)
    mip_mn_ha_spi: int | None = avp(MIP_MN_HA_SPI, default=None)
    mip_algorithm_type: MIPAlgorithmType | int | None = avp(MIP_ALGORITHM_TYPE, default=None)
    mip_replay_mode: MIPReplayMode | int | None = avp(MIP_REPLAY_MODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(KEY)
class Key:
    """Key ::= < AVP Header: 581 >
         < Key-Type >
         { Keying-Material }
         [ Key-Lifetime ]
         [ Key-Name ]
         [ Key-SPI ]
       * [ AVP ]
    """

    key_type: KeyType | int = avp(KEY_TYPE, fixed=True)
    keying_material: bytes = avp(KEYING_MATERIAL)
    key_lifetime: int | None = avp(KEY_LIFETIME, default=None)
    key_name: bytes | None = avp(KEY_NAME, default=None)
    key_spi: int | None = avp(KEY_SPI, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ERP_RK_REQUEST)
class ERPRKRequest:
    """ERP-RK-Request ::= < AVP Header: 618 >
         { ERP-Realm }
       * [ AVP ]
    """

    erp_realm: str = avp(ERP_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_ACCOUNTING_INFORMATION)
class SIPAccountingInformation:
    """SIP-Accounting-Information ::= < AVP Header: 368 >
       * [ SIP-Accounting-Server-URI ]
       * [ SIP-Credit-Control-Server-URI ]
       * [ AVP ]
    """

    sip_accounting_server_uri: tuple[DiameterURI, ...] = repeated(SIP_ACCOUNTING_SERVER_URI, default=())
    sip_credit_control_server_uri: tuple[DiameterURI, ...] = repeated(SIP_CREDIT_CONTROL_SERVER_URI, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_SERVER_CAPABILITIES)
class SIPServerCapabilities:
    """SIP-Server-Capabilities ::= < AVP Header: 372 >
       * [ SIP-Mandatory-Capability ]
       * [ SIP-Optional-Capability ]
       * [ SIP-Server-URI ]
       * [ AVP ]
    """

    sip_mandatory_capability: tuple[int, ...] = repeated(SIP_MANDATORY_CAPABILITY, default=())
    sip_optional_capability: tuple[int, ...] = repeated(SIP_OPTIONAL_CAPABILITY, default=())
    sip_server_uri: tuple[str, ...] = repeated(SIP_SERVER_URI, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_AUTH_DATA_ITEM)
class SIPAuthDataItem:
    """SIP-Auth-Data-Item ::= < AVP Header: 376 >
         { SIP-Authentication-Scheme }
         [ SIP-Item-Number ]
         [ SIP-Authenticate ]
         [ SIP-Authorization ]
         [ SIP-Authentication-Info ]
       * [ AVP ]
    """

    sip_authentication_scheme: SIPAuthenticationScheme | int = avp(SIP_AUTHENTICATION_SCHEME)
    sip_item_number: int | None = avp(SIP_ITEM_NUMBER, default=None)
    sip_authenticate: SIPAuthenticate | None = avp(SIP_AUTHENTICATE, default=None)
    sip_authorization: SIPAuthorization | None = avp(SIP_AUTHORIZATION, default=None)
    sip_authentication_info: SIPAuthenticationInfo | None = avp(SIP_AUTHENTICATION_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_AUTHENTICATE)
class SIPAuthenticate:
    """SIP-Authenticate ::= < AVP Header: 379 >
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
    """

    digest_realm: str = avp(DIGEST_REALM)
    digest_nonce: str = avp(DIGEST_NONCE)
    digest_domain: str | None = avp(DIGEST_DOMAIN, default=None)
    digest_opaque: str | None = avp(DIGEST_OPAQUE, default=None)
    digest_stale: str | None = avp(DIGEST_STALE, default=None)
    digest_algorithm: str | None = avp(DIGEST_ALGORITHM, default=None)
    digest_qop: str | None = avp(DIGEST_QOP, default=None)
    digest_ha1: str | None = avp(DIGEST_HA1, default=None)
    digest_auth_param: tuple[str, ...] = repeated(DIGEST_AUTH_PARAM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_AUTHORIZATION)
class SIPAuthorization:
    """SIP-Authorization ::= < AVP Header: 380 >
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
    """

    digest_username: str = avp(DIGEST_USERNAME)
    digest_realm: str = avp(DIGEST_REALM)
    digest_nonce: str = avp(DIGEST_NONCE)
    digest_uri: str = avp(DIGEST_URI)
    digest_response: str = avp(DIGEST_RESPONSE)
    digest_algorithm: str | None = avp(DIGEST_ALGORITHM, default=None)
    digest_cnonce: str | None = avp(DIGEST_CNONCE, default=None)
    digest_opaque: str | None = avp(DIGEST_OPAQUE, default=None)
    digest_qop: str | None = avp(DIGEST_QOP, default=None)
    digest_nonce_count: str | None = avp(DIGEST_NONCE_COUNT, default=None)
    digest_method: str | None = avp(DIGEST_METHOD, default=None)
    digest_entity_body_hash: str | None = avp(DIGEST_ENTITY_BODY_HASH, default=None)
    digest_auth_param: tuple[str, ...] = repeated(DIGEST_AUTH_PARAM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_AUTHENTICATION_INFO)
class SIPAuthenticationInfo:
    """SIP-Authentication-Info ::= < AVP Header: 381 >
         [ Digest-Nextnonce ]
         [ Digest-QoP ]
         [ Digest-Response-Auth ]
         [ Digest-CNonce ]
         [ Digest-Nonce-Count ]
       * [ AVP ]
    """

    digest_nextnonce: str | None = avp(DIGEST_NEXTNONCE, default=None)
    digest_qop: str | None = avp(DIGEST_QOP, default=None)
    digest_response_auth: str | None = avp(DIGEST_RESPONSE_AUTH, default=None)
    digest_cnonce: str | None = avp(DIGEST_CNONCE, default=None)
    digest_nonce_count: str | None = avp(DIGEST_NONCE_COUNT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_DEREGISTRATION_REASON)
class SIPDeregistrationReason:
    """SIP-Deregistration-Reason ::= < AVP Header: 383 >
         { SIP-Reason-Code }
         [ SIP-Reason-Info ]
       * [ AVP ]
    """

    sip_reason_code: SIPReasonCode | int = avp(SIP_REASON_CODE)
    sip_reason_info: str | None = avp(SIP_REASON_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_USER_DATA)
class SIPUserData:
    """SIP-User-Data ::= < AVP Header: 389 >
         { SIP-User-Data-Type }
         { SIP-User-Data-Contents }
       * [ AVP ]
    """

    sip_user_data_type: str = avp(SIP_USER_DATA_TYPE)
    sip_user_data_contents: bytes = avp(SIP_USER_DATA_CONTENTS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMOD_1)
class TMOD1:
    """TMOD-1 ::= < AVP Header: 495 >
         { Token-Rate }
         { Bucket-Depth }
         { Peak-Traffic-Rate }
         { Minimum-Policed-Unit }
         { Maximum-Packet-Size }
    """

    token_rate: float = avp(TOKEN_RATE)
    bucket_depth: float = avp(BUCKET_DEPTH)
    peak_traffic_rate: float = avp(PEAK_TRAFFIC_RATE)
    minimum_policed_unit: int = avp(MINIMUM_POLICED_UNIT)
    maximum_packet_size: int = avp(MAXIMUM_PACKET_SIZE)


@grouped(TMOD_2)
class TMOD2:
    """TMOD-2 ::= < AVP Header: 501 >
         { Token-Rate }
         { Bucket-Depth }
         { Peak-Traffic-Rate }
         { Minimum-Policed-Unit }
         { Maximum-Packet-Size }
    """

    token_rate: float = avp(TOKEN_RATE)
    bucket_depth: float = avp(BUCKET_DEPTH)
    peak_traffic_rate: float = avp(PEAK_TRAFFIC_RATE)
    minimum_policed_unit: int = avp(MINIMUM_POLICED_UNIT)
    maximum_packet_size: int = avp(MAXIMUM_PACKET_SIZE)


@grouped(SERVICE_CONFIGURATION)
class ServiceConfiguration:
    """Service-Configuration ::= < AVP Header: 507 >
         [ MIP6-Agent-Info ]
         [ Service-Selection ]
       * [ AVP ]
    """

    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IKEV2_NONCES)
class IKEv2Nonces:
    """IKEv2-Nonces ::= < AVP Header: 587 >
         { Ni }
         { Nr }
       * [ AVP ]
    """

    ni: bytes = avp(NI)
    nr: bytes = avp(NR)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IKEV2_IDENTITY)
class IKEv2Identity:
    """IKEv2-Identity ::= < AVP Header: 590 >
         { Initiator-Identity }
         [ Responder-Identity ]
       * [ AVP ]
    """

    initiator_identity: InitiatorIdentity = avp(INITIATOR_IDENTITY)
    responder_identity: ResponderIdentity | None = avp(RESPONDER_IDENTITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(INITIATOR_IDENTITY)
class InitiatorIdentity:
    """Initiator-Identity ::= < AVP Header: 591 >
         { ID-Type }
         { Identification-Data }
       * [ AVP ]
    """

    id_type: IDType | int = avp(ID_TYPE)
    identification_data: bytes = avp(IDENTIFICATION_DATA)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RESPONDER_IDENTITY)
class ResponderIdentity:
    """Responder-Identity ::= < AVP Header: 594 >
         { ID-Type }
         { Identification-Data }
       * [ AVP ]
    """

    id_type: IDType | int = avp(ID_TYPE)
    identification_data: bytes = avp(IDENTIFICATION_DATA)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_CONTROL_INSTALL)
class NATControlInstall:
    """NAT-Control-Install ::= < AVP Header: 596 >
       * [ NAT-Control-Definition ]
         [ NAT-Control-Binding-Template ]
         [ Max-NAT-Bindings ]
         [ NAT-External-Port-Style ]
       * [ AVP ]
    """

    nat_control_definition: tuple[NATControlDefinition, ...] = repeated(NAT_CONTROL_DEFINITION, default=())
    nat_control_binding_template: bytes | None = avp(NAT_CONTROL_BINDING_TEMPLATE, default=None)
    max_nat_bindings: int | None = avp(MAX_NAT_BINDINGS, default=None)
    nat_external_port_style: NATExternalPortStyle | int | None = avp(NAT_EXTERNAL_PORT_STYLE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_CONTROL_REMOVE)
class NATControlRemove:
    """NAT-Control-Remove ::= < AVP Header: 597 >
       * [ NAT-Control-Definition ]
         [ NAT-Control-Binding-Template ]
       * [ AVP ]
    """

    nat_control_definition: tuple[NATControlDefinition, ...] = repeated(NAT_CONTROL_DEFINITION, default=())
    nat_control_binding_template: bytes | None = avp(NAT_CONTROL_BINDING_TEMPLATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_CONTROL_DEFINITION)
class NATControlDefinition:
    """NAT-Control-Definition ::= < AVP Header: 598 >
         { NAT-Internal-Address }
         [ Protocol ]
         [ Direction ]
         [ NAT-External-Address ]
         [ Session-Id ]
       * [ AVP ]
    """

    nat_internal_address: NATInternalAddress = avp(NAT_INTERNAL_ADDRESS)
    protocol: Protocol | int | None = avp(PROTOCOL, default=None)
    direction: Direction | int | None = avp(DIRECTION, default=None)
    nat_external_address: NATExternalAddress | None = avp(NAT_EXTERNAL_ADDRESS, default=None)
    session_id: str | None = avp(SESSION_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_INTERNAL_ADDRESS)
class NATInternalAddress:
    """NAT-Internal-Address ::= < AVP Header: 599 >
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Port ]
       * [ AVP ]
    """

    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    port: int | None = avp(PORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_EXTERNAL_ADDRESS)
class NATExternalAddress:
    """NAT-External-Address ::= < AVP Header: 600 >
         [ Framed-IP-Address ]
         [ Port ]
       * [ AVP ]
    """

    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    port: int | None = avp(PORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NAT_CONTROL_RECORD)
class NATControlRecord:
    """NAT-Control-Record ::= < AVP Header: 605 >
         { NAT-Control-Definition }
         { NAT-Control-Binding-Status }
         [ Event-Timestamp ]
    """

    nat_control_definition: NATControlDefinition = avp(NAT_CONTROL_DEFINITION)
    nat_control_binding_status: NATControlBindingStatus | int = avp(NAT_CONTROL_BINDING_STATUS)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)


@grouped(DUAL_PRIORITY)
class DualPriority:
    """Dual-Priority ::= < AVP Header: 608 >
         { Preemption-Priority }
         { Defending-Priority }
    """

    preemption_priority: int = avp(PREEMPTION_PRIORITY)
    defending_priority: int = avp(DEFENDING_PRIORITY)


@grouped(SIP_RESOURCE_PRIORITY)
class SIPResourcePriority:
    """SIP-Resource-Priority ::= < AVP Header: 612 >
         { SIP-Resource-Priority-Namespace }
         { SIP-Resource-Priority-Value }
    """

    sip_resource_priority_namespace: str = avp(SIP_RESOURCE_PRIORITY_NAMESPACE)
    sip_resource_priority_value: str = avp(SIP_RESOURCE_PRIORITY_VALUE)


@grouped(APPLICATION_LEVEL_RESOURCE_PRIORITY)
class ApplicationLevelResourcePriority:
    """Application-Level-Resource-Priority ::= < AVP Header: 615 >
         { ALRP-Namespace }
         { ALRP-Value }
    """

    alrp_namespace: int = avp(ALRP_NAMESPACE)
    alrp_value: int = avp(ALRP_VALUE)


@grouped(CONGESTION_TREATMENT)
class CongestionTreatment:
    """Congestion-Treatment ::= < AVP Header: 629 >
         { Treatment-Action }
         [ QoS-Profile-Template ]
         [ QoS-Parameters ]
       * [ AVP ]
    """

    treatment_action: TreatmentAction | int = avp(TREATMENT_ACTION)
    qos_profile_template: QoSProfileTemplate | None = avp(QOS_PROFILE_TEMPLATE, default=None)
    qos_parameters: QoSParameters | None = avp(QOS_PARAMETERS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(N64_MULTICAST_ATTRIBUTES)
class N64MulticastAttributes:
    """64-Multicast-Attributes ::= < AVP Header: 634 >
         [ ASM-mPrefix64 ]
         [ SSM-mPrefix64 ]
         [ Delegated-IPv6-Prefix ]
       * [ AVP ]
    """

    asm_mprefix64: ASMMPrefix64 | None = avp(ASM_MPREFIX64, default=None)
    ssm_mprefix64: SSMMPrefix64 | None = avp(SSM_MPREFIX64, default=None)
    delegated_ipv6_prefix: bytes | None = avp(DELEGATED_IPV6_PREFIX, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ASM_MPREFIX64)
class ASMMPrefix64:
    """ASM-mPrefix64 ::= < AVP Header: 635 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """

    ip_address: AddressValue = avp(IP_ADDRESS)
    ip_prefix_length: int = avp(IP_PREFIX_LENGTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SSM_MPREFIX64)
class SSMMPrefix64:
    """SSM-mPrefix64 ::= < AVP Header: 636 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """

    ip_address: AddressValue = avp(IP_ADDRESS)
    ip_prefix_length: int = avp(IP_PREFIX_LENGTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TUNNEL_SOURCE_PREF_OR_ADDR)
class TunnelSourcePrefOrAddr:
    """Tunnel-Source-Pref-Or-Addr ::= < AVP Header: 637 >
         [ Delegated-IPv6-Prefix ]
         [ Tunnel-Source-IPv6-Address ]
       * [ AVP ]
    """

    delegated_ipv6_prefix: bytes | None = avp(DELEGATED_IPV6_PREFIX, default=None)
    tunnel_source_ipv6_address: AddressValue | None = avp(TUNNEL_SOURCE_IPV6_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LW4O6_BINDING)
class Lw4o6Binding:
    """Lw4o6-Binding ::= < AVP Header: 640 >
         { Tunnel-Source-Pref-Or-Addr }
         { Lw4o6-External-IPv4-Addr }
         [ Port-Set-Identifier ]
       * [ AVP ]
    """

    tunnel_source_pref_or_addr: TunnelSourcePrefOrAddr = avp(TUNNEL_SOURCE_PREF_OR_ADDR)
    lw4o6_external_ipv4_addr: AddressValue = avp(LW4O6_EXTERNAL_IPV4_ADDR)
    port_set_identifier: bytes | None = avp(PORT_SET_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MAP_E_ATTRIBUTES)
class MAPEAttributes:
    """MAP-E-Attributes ::= < AVP Header: 642 >
      1* { Border-Router-Name }
      1* { MAP-Mapping-Rule }
         [ MAP-Mesh-Mode ]
         [ Delegated-IPv6-Prefix ]
       * [ AVP ]
    """

    border_router_name: tuple[bytes, ...] = repeated(BORDER_ROUTER_NAME, min=1)
    map_mapping_rule: tuple[MAPMappingRule, ...] = repeated(MAP_MAPPING_RULE, min=1)
    map_mesh_mode: MAPMeshMode | int | None = avp(MAP_MESH_MODE, default=None)
    delegated_ipv6_prefix: bytes | None = avp(DELEGATED_IPV6_PREFIX, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MAP_MAPPING_RULE)
class MAPMappingRule:
    """MAP-Mapping-Rule ::= < AVP Header: 644 >
         { Rule-IPv4-Addr-Or-Prefix }
         { Rule-IPv6-Prefix }
         { EA-Field-Length }
         { Port-Set-Identifier }
       * [ AVP ]
    """

    rule_ipv4_addr_or_prefix: RuleIPv4AddrOrPrefix = avp(RULE_IPV4_ADDR_OR_PREFIX)
    rule_ipv6_prefix: RuleIPv6Prefix = avp(RULE_IPV6_PREFIX)
    ea_field_length: int = avp(EA_FIELD_LENGTH)
    port_set_identifier: bytes = avp(PORT_SET_IDENTIFIER)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RULE_IPV4_ADDR_OR_PREFIX)
class RuleIPv4AddrOrPrefix:
    """Rule-IPv4-Addr-Or-Prefix ::= < AVP Header: 645 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """

    ip_address: AddressValue = avp(IP_ADDRESS)
    ip_prefix_length: int = avp(IP_PREFIX_LENGTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RULE_IPV6_PREFIX)
class RuleIPv6Prefix:
    """Rule-IPv6-Prefix ::= < AVP Header: 646 >
         { IP-Address }
         { IP-Prefix-Length }
       * [ AVP ]
    """

    ip_address: AddressValue = avp(IP_ADDRESS)
    ip_prefix_length: int = avp(IP_PREFIX_LENGTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
