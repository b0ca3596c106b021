"""Dictionary 'tgpp2': generated from schemas/tgpp2.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.credit_control import RATING_GROUP, SERVICE_IDENTIFIER
from diameter.apps.tgpp import (
    AF_CHARGING_IDENTIFIER,
    CHARGING_RULE_BASE_NAME,
    CHARGING_RULE_NAME,
    FLOWS,
    FLOW_DESCRIPTION,
    FLOW_STATUS,
    FlowStatus as FlowStatus,
    Flows as Flows,
    GUARANTEED_BITRATE_DL,
    GUARANTEED_BITRATE_UL,
    MAX_REQUESTED_BANDWIDTH_DL,
    MAX_REQUESTED_BANDWIDTH_UL,
    METERING_METHOD,
    MeteringMethod as MeteringMethod,
    OFFLINE,
    ONLINE,
    Offline as Offline,
    Online as Online,
    PCCRuleStatus as PCCRuleStatus,
    PCC_RULE_STATUS,
    PRECEDENCE,
    QOS_CLASS_IDENTIFIER,
    QoSClassIdentifier as QoSClassIdentifier,
    REPORTING_LEVEL,
    ReportingLevel as ReportingLevel,
)
from diameter.schema import AVP, AvpDef, M, avp, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue,
    ENUMERATED,
    GROUPED,
    IPFilterRule as IPFilterRule,
    OCTET_STRING,
    UTF8STRING,
)
from diameter.wire import Avp

__all__ = [
    "FlowOperation",
    "EventTrigger",
    "RATType",
    "FLOW_OPERATION",
    "CHARGING_RULE_INSTALL",
    "CHARGING_RULE_DEFINITION",
    "EVENT_TRIGGER",
    "QOS_INFORMATION",
    "CHARGING_RULE_REPORT",
    "AGW_IP_ADDRESS",
    "AGW_IPV6_ADDRESS",
    "RAT_TYPE",
    "FLOW_INFO",
    "FLOW_IDENTIFIER",
    "GRANTED_QOS",
    "REQUESTED_QOS",
    "FLOW_DESCRIPTION_INFO",
    "RULE_REASON_CODE",
    "AGW_MCC_MNC",
    "ACCESS_NETWORK_PHYSICAL_ACCESS_ID_REALM",
    "ACCESS_NETWORK_PHYSICAL_ACCESS_ID_VALUE",
    "ACCESS_NETWORK_PHYSICAL_ACCESS_ID",
    "ChargingRuleInstall",
    "ChargingRuleDefinition",
    "QoSInformation",
    "ChargingRuleReport",
    "FlowInfo",
    "GrantedQoS",
    "RequestedQoS",
    "FlowDescriptionInfo",
    "AccessNetworkPhysicalAccessID",
]


class FlowOperation(IntEnum):
    """Values of Flow-Operation."""

    TERMINATION = 0
    ESTABLISHMENT = 1
    MODIFICATION = 2


class EventTrigger(IntEnum):
    """Values of Event-Trigger."""

    PCF_CHANGE = 0
    QOS_CHANGE = 1
    RAT_CHANGE = 2
    TFT_CHANGE = 3
    PLMN_CHANGE = 4
    LOSS_OF_FLOW = 5
    RECOVERY_OF_FLOW = 6
    IP_CAN_CHANGE = 7
    PCC_RULE_FAILURE = 8
    ACCESS_NETWORK_PHYSICAL_ACCESS_ID_CHANGE = 9


class RATType(IntEnum):
    """Values of RAT-Type."""

    CDMA2000_1X = 0
    HRPD = 1
    WLAN = 2
    UMB = 3


# AVPs: name, code, data format, flags that MUST be set, vendor
FLOW_OPERATION: Final[AvpDef[int]] = AvpDef("Flow-Operation", 800, ENUMERATED, M, vendor=5535, enum=FlowOperation)
CHARGING_RULE_INSTALL: Final[AvpDef[ChargingRuleInstall]] = AvpDef("Charging-Rule-Install", 801, GROUPED, 0, vendor=5535)
CHARGING_RULE_DEFINITION: Final[AvpDef[ChargingRuleDefinition]] = AvpDef("Charging-Rule-Definition", 802, GROUPED, 0, vendor=5535)
EVENT_TRIGGER: Final[AvpDef[int]] = AvpDef("Event-Trigger", 803, ENUMERATED, 0, vendor=5535, enum=EventTrigger)
QOS_INFORMATION: Final[AvpDef[QoSInformation]] = AvpDef("QoS-Information", 804, GROUPED, 0, vendor=5535)
CHARGING_RULE_REPORT: Final[AvpDef[ChargingRuleReport]] = AvpDef("Charging-Rule-Report", 805, GROUPED, 0, vendor=5535)
AGW_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("AGW-IP-Address", 806, ADDRESS, 0, vendor=5535)
AGW_IPV6_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("AGW-IPv6-Address", 807, ADDRESS, 0, vendor=5535)
RAT_TYPE: Final[AvpDef[int]] = AvpDef("RAT-Type", 808, ENUMERATED, 0, vendor=5535, enum=RATType)
FLOW_INFO: Final[AvpDef[FlowInfo]] = AvpDef("Flow-Info", 809, GROUPED, 0, vendor=5535)
FLOW_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Flow-Identifier", 810, UTF8STRING, M, vendor=5535)
GRANTED_QOS: Final[AvpDef[GrantedQoS]] = AvpDef("Granted-QoS", 811, GROUPED, 0, vendor=5535)
REQUESTED_QOS: Final[AvpDef[RequestedQoS]] = AvpDef("Requested-QoS", 812, GROUPED, 0, vendor=5535)
FLOW_DESCRIPTION_INFO: Final[AvpDef[FlowDescriptionInfo]] = AvpDef("Flow-Description-Info", 813, GROUPED, 0, vendor=5535)
RULE_REASON_CODE: Final[AvpDef[int]] = AvpDef("Rule-Reason-Code", 814, ENUMERATED, 0, vendor=5535)
AGW_MCC_MNC: Final[AvpDef[str]] = AvpDef("AGW-MCC-MNC", 815, UTF8STRING, M, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID_REALM: Final[AvpDef[bytes]] = AvpDef("Access-Network-Physical-Access-ID-Realm", 898, OCTET_STRING, 0, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID_VALUE: Final[AvpDef[bytes]] = AvpDef("Access-Network-Physical-Access-ID-Value", 899, OCTET_STRING, 0, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID: Final[AvpDef[AccessNetworkPhysicalAccessID]] = AvpDef("Access-Network-Physical-Access-ID", 900, GROUPED, 0, vendor=5535)


@grouped(CHARGING_RULE_INSTALL)
class ChargingRuleInstall:
    """Charging-Rule-Install ::= < AVP Header: 801, 5535 >
       * [ Charging-Rule-Definition ]
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
       * [ AVP ]
    """

    charging_rule_definition: tuple[ChargingRuleDefinition, ...] = repeated(CHARGING_RULE_DEFINITION, default=())
    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_RULE_DEFINITION)
class ChargingRuleDefinition:
    """Charging-Rule-Definition ::= < AVP Header: 802, 5535 >
         { Charging-Rule-Name }
         [ Service-Identifier ]
         [ Rating-Group ]
         [ Flow-Identifier ]
       * [ Flow-Description ]
         [ Flow-Status ]
         [ QoS-Information ]
         [ Reporting-Level ]
         [ Online ]
         [ Offline ]
         [ Metering-Method ]
         [ Precedence ]
         [ AF-Charging-Identifier ]
       * [ Flows ]
       * [ AVP ]
    """

    charging_rule_name: bytes = avp(CHARGING_RULE_NAME)
    service_identifier: int | None = avp(SERVICE_IDENTIFIER, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    flow_identifier: str | None = avp(FLOW_IDENTIFIER, default=None)
    flow_description: tuple[IPFilterRule, ...] = repeated(FLOW_DESCRIPTION, default=())
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    reporting_level: ReportingLevel | int | None = avp(REPORTING_LEVEL, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    metering_method: MeteringMethod | int | None = avp(METERING_METHOD, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    af_charging_identifier: bytes | None = avp(AF_CHARGING_IDENTIFIER, default=None)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_INFORMATION)
class QoSInformation:
    """QoS-Information ::= < AVP Header: 804, 5535 >
         [ QoS-Class-Identifier ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    guaranteed_bitrate_ul: int | None = avp(GUARANTEED_BITRATE_UL, default=None)
    guaranteed_bitrate_dl: int | None = avp(GUARANTEED_BITRATE_DL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_RULE_REPORT)
class ChargingRuleReport:
    """Charging-Rule-Report ::= < AVP Header: 805, 5535 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Reason-Code ]
       * [ AVP ]
    """

    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    pcc_rule_status: PCCRuleStatus | int | None = avp(PCC_RULE_STATUS, default=None)
    rule_reason_code: int | None = avp(RULE_REASON_CODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FLOW_INFO)
class FlowInfo:
    """Flow-Info ::= < AVP Header: 809, 5535 >
         [ Flow-Identifier ]
         [ Flow-Description-Info ]
         [ Requested-QoS ]
         [ Granted-QoS ]
         [ Flow-Status ]
       * [ AVP ]
    """

    flow_identifier: str | None = avp(FLOW_IDENTIFIER, default=None)
    flow_description_info: FlowDescriptionInfo | None = avp(FLOW_DESCRIPTION_INFO, default=None)
    requested_qos: RequestedQoS | None = avp(REQUESTED_QOS, default=None)
    granted_qos: GrantedQoS | None = avp(GRANTED_QOS, default=None)
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GRANTED_QOS)
class GrantedQoS:
    """Granted-QoS ::= < AVP Header: 811, 5535 >
         [ QoS-Class-Identifier ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    guaranteed_bitrate_ul: int | None = avp(GUARANTEED_BITRATE_UL, default=None)
    guaranteed_bitrate_dl: int | None = avp(GUARANTEED_BITRATE_DL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REQUESTED_QOS)
class RequestedQoS:
    """Requested-QoS ::= < AVP Header: 812, 5535 >
         [ QoS-Class-Identifier ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    guaranteed_bitrate_ul: int | None = avp(GUARANTEED_BITRATE_UL, default=None)
    guaranteed_bitrate_dl: int | None = avp(GUARANTEED_BITRATE_DL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FLOW_DESCRIPTION_INFO)
class FlowDescriptionInfo:
    """Flow-Description-Info ::= < AVP Header: 813, 5535 >
         [ Flow-Description ]
         [ Precedence ]
       * [ AVP ]
    """

    flow_description: IPFilterRule | None = avp(FLOW_DESCRIPTION, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACCESS_NETWORK_PHYSICAL_ACCESS_ID)
class AccessNetworkPhysicalAccessID:
    """Access-Network-Physical-Access-ID ::= < AVP Header: 900, 5535 >
         [ Access-Network-Physical-Access-ID-Value ]
         [ Access-Network-Physical-Access-ID-Realm ]
       * [ AVP ]
    """

    access_network_physical_access_id_value: bytes | None = avp(ACCESS_NETWORK_PHYSICAL_ACCESS_ID_VALUE, default=None)
    access_network_physical_access_id_realm: bytes | None = avp(ACCESS_NETWORK_PHYSICAL_ACCESS_ID_REALM, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
