"""Dictionary 'ietf': generated from schemas/ietf.dia by `python -m diameter.dictc`.

Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Final

from diameter.apps.base import VENDOR_ID
from diameter.apps.mip4 import (
    MIPAlgorithmType,
    MIPHomeAgentHost,
    MIPReplayMode,
    MIP_ALGORITHM_TYPE,
    MIP_HOME_AGENT_ADDRESS,
    MIP_HOME_AGENT_HOST,
    MIP_MSA_LIFETIME,
    MIP_REPLAY_MODE,
    MIP_SESSION_KEY,
)
from diameter.schema import AVP, AvpDef, M, avp, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue,
    DIAMETER_IDENTITY,
    ENUMERATED,
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
]


class OCFeatureVector(IntEnum):
    """Values of OC-Feature-Vector."""

    OLR_DEFAULT_ALGO = 1


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


# AVPs: name, code, data format, flags that MUST be set, vendor
OC_SUPPORTED_FEATURES: Final[AvpDef[OCSupportedFeatures]] = AvpDef("OC-Supported-Features", 621, GROUPED)
OC_FEATURE_VECTOR: Final = AvpDef("OC-Feature-Vector", 622, UNSIGNED64, enum=OCFeatureVector)
OC_OLR: Final[AvpDef[OCOLR]] = AvpDef("OC-OLR", 623, GROUPED)
OC_SEQUENCE_NUMBER: Final = AvpDef("OC-Sequence-Number", 624, UNSIGNED64)
OC_VALIDITY_DURATION: Final = AvpDef("OC-Validity-Duration", 625, UNSIGNED32)
OC_REPORT_TYPE: Final = AvpDef("OC-Report-Type", 626, ENUMERATED, enum=OCReportType)
OC_REDUCTION_PERCENTAGE: Final = AvpDef("OC-Reduction-Percentage", 627, UNSIGNED32)
OC_PEER_ALGO: Final = AvpDef("OC-Peer-Algo", 648, UNSIGNED64)
SOURCEID: Final = AvpDef("SourceID", 649, DIAMETER_IDENTITY)
LOAD: Final[AvpDef[Load]] = AvpDef("Load", 650, GROUPED)
LOAD_TYPE: Final = AvpDef("Load-Type", 651, ENUMERATED, enum=LoadType)
LOAD_VALUE: Final = AvpDef("Load-Value", 652, UNSIGNED64)
DRMP: Final = AvpDef("DRMP", 301, ENUMERATED, enum=Drmp)
QOS_RESOURCES: Final[AvpDef[QoSResources]] = AvpDef("QoS-Resources", 508, GROUPED, M)
FILTER_RULE: Final[AvpDef[FilterRule]] = AvpDef("Filter-Rule", 509, GROUPED, M)
FILTER_RULE_PRECEDENCE: Final = AvpDef("Filter-Rule-Precedence", 510, UNSIGNED32, M)
CLASSIFIER: Final[AvpDef[Classifier]] = AvpDef("Classifier", 511, GROUPED, M)
CLASSIFIER_ID: Final = AvpDef("Classifier-ID", 512, OCTET_STRING, M)
PROTOCOL: Final = AvpDef("Protocol", 513, ENUMERATED, M, enum=Protocol)
DIRECTION: Final = AvpDef("Direction", 514, ENUMERATED, M, enum=Direction)
FROM_SPEC: Final[AvpDef[FromSpec]] = AvpDef("From-Spec", 515, GROUPED, M)
TO_SPEC: Final[AvpDef[ToSpec]] = AvpDef("To-Spec", 516, GROUPED, M)
NEGATED: Final = AvpDef("Negated", 517, ENUMERATED, M, enum=Negated)
IP_ADDRESS: Final = AvpDef("IP-Address", 518, ADDRESS, M)
IP_ADDRESS_RANGE: Final[AvpDef[IPAddressRange]] = AvpDef("IP-Address-Range", 519, GROUPED, M)
IP_ADDRESS_START: Final = AvpDef("IP-Address-Start", 520, ADDRESS, M)
IP_ADDRESS_END: Final = AvpDef("IP-Address-End", 521, ADDRESS, M)
IP_ADDRESS_MASK: Final[AvpDef[IPAddressMask]] = AvpDef("IP-Address-Mask", 522, GROUPED, M)
IP_BIT_MASK_WIDTH: Final = AvpDef("IP-Bit-Mask-Width", 523, UNSIGNED32, M)
MAC_ADDRESS: Final = AvpDef("MAC-Address", 524, OCTET_STRING, M)
MAC_ADDRESS_MASK: Final[AvpDef[MACAddressMask]] = AvpDef("MAC-Address-Mask", 525, GROUPED, M)
MAC_ADDRESS_MASK_PATTERN: Final = AvpDef("MAC-Address-Mask-Pattern", 526, OCTET_STRING, M)
EUI64_ADDRESS: Final = AvpDef("EUI64-Address", 527, OCTET_STRING, M)
EUI64_ADDRESS_MASK: Final[AvpDef[EUI64AddressMask]] = AvpDef("EUI64-Address-Mask", 528, GROUPED, M)
EUI64_ADDRESS_MASK_PATTERN: Final = AvpDef("EUI64-Address-Mask-Pattern", 529, OCTET_STRING, M)
PORT: Final = AvpDef("Port", 530, INTEGER32, M)
PORT_RANGE: Final[AvpDef[PortRange]] = AvpDef("Port-Range", 531, GROUPED, M)
PORT_START: Final = AvpDef("Port-Start", 532, INTEGER32, M)
PORT_END: Final = AvpDef("Port-End", 533, INTEGER32, M)
USE_ASSIGNED_ADDRESS: Final = AvpDef("Use-Assigned-Address", 534, ENUMERATED, M, enum=UseAssignedAddress)
DIFFSERV_CODE_POINT: Final = AvpDef("Diffserv-Code-Point", 535, ENUMERATED, M, enum=DiffservCodePoint)
FRAGMENTATION_FLAG: Final = AvpDef("Fragmentation-Flag", 536, ENUMERATED, M, enum=FragmentationFlag)
IP_OPTION: Final[AvpDef[IPOption]] = AvpDef("IP-Option", 537, GROUPED, M)
IP_OPTION_TYPE: Final = AvpDef("IP-Option-Type", 538, ENUMERATED, M)
IP_OPTION_VALUE: Final = AvpDef("IP-Option-Value", 539, OCTET_STRING, M)
TCP_OPTION: Final[AvpDef[TCPOption]] = AvpDef("TCP-Option", 540, GROUPED, M)
TCP_OPTION_TYPE: Final = AvpDef("TCP-Option-Type", 541, ENUMERATED, M)
TCP_OPTION_VALUE: Final = AvpDef("TCP-Option-Value", 542, OCTET_STRING, M)
TCP_FLAGS: Final[AvpDef[TCPFlags]] = AvpDef("TCP-Flags", 543, GROUPED, M)
TCP_FLAG_TYPE: Final = AvpDef("TCP-Flag-Type", 544, UNSIGNED32, M)
ICMP_TYPE: Final[AvpDef[ICMPType]] = AvpDef("ICMP-Type", 545, GROUPED, M)
ICMP_TYPE_NUMBER: Final = AvpDef("ICMP-Type-Number", 546, ENUMERATED, M)
ICMP_CODE: Final = AvpDef("ICMP-Code", 547, ENUMERATED, M)
ETH_OPTION: Final[AvpDef[ETHOption]] = AvpDef("ETH-Option", 548, GROUPED, M)
ETH_PROTO_TYPE: Final[AvpDef[ETHProtoType]] = AvpDef("ETH-Proto-Type", 549, GROUPED, M)
ETH_ETHER_TYPE: Final = AvpDef("ETH-Ether-Type", 550, OCTET_STRING, M)
ETH_SAP: Final = AvpDef("ETH-SAP", 551, OCTET_STRING, M)
VLAN_ID_RANGE: Final[AvpDef[VLANIDRange]] = AvpDef("VLAN-ID-Range", 552, GROUPED, M)
S_VID_START: Final = AvpDef("S-VID-Start", 553, UNSIGNED32, M)
S_VID_END: Final = AvpDef("S-VID-End", 554, UNSIGNED32, M)
C_VID_START: Final = AvpDef("C-VID-Start", 555, UNSIGNED32, M)
C_VID_END: Final = AvpDef("C-VID-End", 556, UNSIGNED32, M)
USER_PRIORITY_RANGE: Final[AvpDef[UserPriorityRange]] = AvpDef("User-Priority-Range", 557, GROUPED, M)
LOW_USER_PRIORITY: Final = AvpDef("Low-User-Priority", 558, UNSIGNED32, M)
HIGH_USER_PRIORITY: Final = AvpDef("High-User-Priority", 559, UNSIGNED32, M)
TIME_OF_DAY_CONDITION: Final[AvpDef[TimeOfDayCondition]] = AvpDef("Time-Of-Day-Condition", 560, GROUPED, M)
TIME_OF_DAY_START: Final = AvpDef("Time-Of-Day-Start", 561, UNSIGNED32, M)
TIME_OF_DAY_END: Final = AvpDef("Time-Of-Day-End", 562, UNSIGNED32, M)
DAY_OF_WEEK_MASK: Final = AvpDef("Day-Of-Week-Mask", 563, UNSIGNED32, M, enum=DayOfWeekMask)
DAY_OF_MONTH_MASK: Final = AvpDef("Day-Of-Month-Mask", 564, UNSIGNED32, M)
MONTH_OF_YEAR_MASK: Final = AvpDef("Month-Of-Year-Mask", 565, UNSIGNED32, M, enum=MonthOfYearMask)
ABSOLUTE_START_TIME: Final = AvpDef("Absolute-Start-Time", 566, TIME, M)
ABSOLUTE_START_FRACTIONAL_SECONDS: Final = AvpDef("Absolute-Start-Fractional-Seconds", 567, UNSIGNED32, M)
ABSOLUTE_END_TIME: Final = AvpDef("Absolute-End-Time", 568, TIME, M)
ABSOLUTE_END_FRACTIONAL_SECONDS: Final = AvpDef("Absolute-End-Fractional-Seconds", 569, UNSIGNED32, M)
TIMEZONE_FLAG: Final = AvpDef("Timezone-Flag", 570, ENUMERATED, M, enum=TimezoneFlag)
TIMEZONE_OFFSET: Final = AvpDef("Timezone-Offset", 571, INTEGER32, M)
TREATMENT_ACTION: Final = AvpDef("Treatment-Action", 572, ENUMERATED, M, enum=TreatmentAction)
QOS_PROFILE_ID: Final = AvpDef("QoS-Profile-Id", 573, UNSIGNED32, M)
QOS_PROFILE_TEMPLATE: Final[AvpDef[QoSProfileTemplate]] = AvpDef("QoS-Profile-Template", 574, GROUPED, M)
QOS_SEMANTICS: Final = AvpDef("QoS-Semantics", 575, ENUMERATED, M, enum=QoSSemantics)
QOS_PARAMETERS: Final[AvpDef[QoSParameters]] = AvpDef("QoS-Parameters", 576, GROUPED, M)
EXCESS_TREATMENT: Final[AvpDef[ExcessTreatment]] = AvpDef("Excess-Treatment", 577, GROUPED, M)
QOS_CAPABILITY: Final[AvpDef[QoSCapability]] = AvpDef("QoS-Capability", 578, GROUPED, M)
MIP6_FEATURE_VECTOR: Final = AvpDef("MIP6-Feature-Vector", 124, UNSIGNED64, M, enum=MIP6FeatureVector)
MIP6_HOME_LINK_PREFIX: Final = AvpDef("MIP6-Home-Link-Prefix", 125, OCTET_STRING, M)
MIP6_AGENT_INFO: Final[AvpDef[MIP6AgentInfo]] = AvpDef("MIP6-Agent-Info", 486, GROUPED, M)
CHARGEABLE_USER_IDENTITY: Final = AvpDef("Chargeable-User-Identity", 89, OCTET_STRING, M)
MIP_CAREOF_ADDRESS: Final = AvpDef("MIP-Careof-Address", 487, ADDRESS, M)
MIP_AUTHENTICATOR: Final = AvpDef("MIP-Authenticator", 488, OCTET_STRING, M)
MIP_MAC_MOBILITY_DATA: Final = AvpDef("MIP-MAC-Mobility-Data", 489, OCTET_STRING, M)
MIP_TIMESTAMP: Final = AvpDef("MIP-Timestamp", 490, OCTET_STRING, M)
MIP_MN_HA_SPI: Final = AvpDef("MIP-MN-HA-SPI", 491, UNSIGNED32, M)
MIP_MN_HA_MSA: Final[AvpDef[MIPMNHAMSA]] = AvpDef("MIP-MN-HA-MSA", 492, GROUPED, M)
SERVICE_SELECTION: Final = AvpDef("Service-Selection", 493, UTF8STRING, M)
MIP6_AUTH_MODE: Final = AvpDef("MIP6-Auth-Mode", 494, ENUMERATED, M, enum=MIP6AuthMode)
EGRESS_VLANID: Final = AvpDef("Egress-VLANID", 56, OCTET_STRING, M)
INGRESS_FILTERS: Final = AvpDef("Ingress-Filters", 57, ENUMERATED, M, enum=IngressFilters)
EGRESS_VLAN_NAME: Final = AvpDef("Egress-VLAN-Name", 58, UTF8STRING, M)
USER_PRIORITY_TABLE: Final = AvpDef("User-Priority-Table", 59, OCTET_STRING, M)
OPERATOR_NAME: Final = AvpDef("Operator-Name", 126, OCTET_STRING, M)
LOCATION_INFORMATION: Final = AvpDef("Location-Information", 127, OCTET_STRING, M)
LOCATION_DATA: Final = AvpDef("Location-Data", 128, OCTET_STRING, M)
BASIC_LOCATION_POLICY_RULES: Final = AvpDef("Basic-Location-Policy-Rules", 129, OCTET_STRING, M)
EXTENDED_LOCATION_POLICY_RULES: Final = AvpDef("Extended-Location-Policy-Rules", 130, OCTET_STRING, M)
LOCATION_CAPABLE: Final = AvpDef("Location-Capable", 131, ENUMERATED, M, enum=LocationCapable)
REQUESTED_LOCATION_INFO: Final = AvpDef("Requested-Location-Info", 132, ENUMERATED, M, enum=RequestedLocationInfo)
KEY: Final[AvpDef[Key]] = AvpDef("Key", 581, GROUPED)
KEY_TYPE: Final = AvpDef("Key-Type", 582, ENUMERATED, enum=KeyType)
KEYING_MATERIAL: Final = AvpDef("Keying-Material", 583, OCTET_STRING)
KEY_LIFETIME: Final = AvpDef("Key-Lifetime", 584, UNSIGNED32)
KEY_SPI: Final = AvpDef("Key-SPI", 585, UNSIGNED32)
KEY_NAME: Final = AvpDef("Key-Name", 586, OCTET_STRING)
ERP_RK_REQUEST: Final[AvpDef[ERPRKRequest]] = AvpDef("ERP-RK-Request", 618, GROUPED)
ERP_REALM: Final = AvpDef("ERP-Realm", 619, DIAMETER_IDENTITY)


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
       * [ AVP ]
    """

    oc_sequence_number: int = avp(OC_SEQUENCE_NUMBER, fixed=True)
    oc_report_type: OCReportType | int = avp(OC_REPORT_TYPE, fixed=True)
    oc_reduction_percentage: int | None = avp(OC_REDUCTION_PERCENTAGE, default=None)
    oc_validity_duration: int | None = avp(OC_VALIDITY_DURATION, default=None)
    sourceid: str | None = avp(SOURCEID, default=None)
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
       * [ AVP ]
    """

    mip_home_agent_address: tuple[AddressValue, ...] = repeated(MIP_HOME_AGENT_ADDRESS, max=2, default=())
    mip_home_agent_host: MIPHomeAgentHost | None = avp(MIP_HOME_AGENT_HOST, default=None)
    mip6_home_link_prefix: bytes | None = avp(MIP6_HOME_LINK_PREFIX, default=None)
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
