"""Dictionary 'tgpp2': generated from schemas/tgpp2.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

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
    GUARANTEED_BITRATE_DL,
    GUARANTEED_BITRATE_UL,
    MAX_REQUESTED_BANDWIDTH_DL,
    MAX_REQUESTED_BANDWIDTH_UL,
    METERING_METHOD,
    OFFLINE,
    ONLINE,
    PCC_RULE_STATUS,
    PRECEDENCE,
    QOS_CLASS_IDENTIFIER,
    REPORTING_LEVEL,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import ADDRESS, ENUMERATED, GROUPED, OCTET_STRING, UTF8STRING

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

# AVPs: name, code, data format, flags that MUST be set, vendor
FLOW_OPERATION: Final = AvpDef("Flow-Operation", 800, ENUMERATED, M, vendor=5535)
CHARGING_RULE_INSTALL: Final = AvpDef("Charging-Rule-Install", 801, GROUPED, 0, vendor=5535)
CHARGING_RULE_DEFINITION: Final = AvpDef("Charging-Rule-Definition", 802, GROUPED, 0, vendor=5535)
EVENT_TRIGGER: Final = AvpDef("Event-Trigger", 803, ENUMERATED, 0, vendor=5535)
QOS_INFORMATION: Final = AvpDef("QoS-Information", 804, GROUPED, 0, vendor=5535)
CHARGING_RULE_REPORT: Final = AvpDef("Charging-Rule-Report", 805, GROUPED, 0, vendor=5535)
AGW_IP_ADDRESS: Final = AvpDef("AGW-IP-Address", 806, ADDRESS, 0, vendor=5535)
AGW_IPV6_ADDRESS: Final = AvpDef("AGW-IPv6-Address", 807, ADDRESS, 0, vendor=5535)
RAT_TYPE: Final = AvpDef("RAT-Type", 808, ENUMERATED, 0, vendor=5535)
FLOW_INFO: Final = AvpDef("Flow-Info", 809, GROUPED, 0, vendor=5535)
FLOW_IDENTIFIER: Final = AvpDef("Flow-Identifier", 810, UTF8STRING, M, vendor=5535)
GRANTED_QOS: Final = AvpDef("Granted-QoS", 811, GROUPED, 0, vendor=5535)
REQUESTED_QOS: Final = AvpDef("Requested-QoS", 812, GROUPED, 0, vendor=5535)
FLOW_DESCRIPTION_INFO: Final = AvpDef("Flow-Description-Info", 813, GROUPED, 0, vendor=5535)
RULE_REASON_CODE: Final = AvpDef("Rule-Reason-Code", 814, ENUMERATED, 0, vendor=5535)
AGW_MCC_MNC: Final = AvpDef("AGW-MCC-MNC", 815, UTF8STRING, M, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID_REALM: Final = AvpDef("Access-Network-Physical-Access-ID-Realm", 898, OCTET_STRING, 0, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID_VALUE: Final = AvpDef("Access-Network-Physical-Access-ID-Value", 899, OCTET_STRING, 0, vendor=5535)
ACCESS_NETWORK_PHYSICAL_ACCESS_ID: Final = AvpDef("Access-Network-Physical-Access-ID", 900, GROUPED, 0, vendor=5535)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "FlowOperation": (FLOW_OPERATION, "Values of Flow-Operation.", (("TERMINATION", 0), ("ESTABLISHMENT", 1), ("MODIFICATION", 2),)),
    "EventTrigger": (EVENT_TRIGGER, "Values of Event-Trigger.", (("PCF_CHANGE", 0), ("QOS_CHANGE", 1), ("RAT_CHANGE", 2), ("TFT_CHANGE", 3), ("PLMN_CHANGE", 4), ("LOSS_OF_FLOW", 5), ("RECOVERY_OF_FLOW", 6), ("IP_CAN_CHANGE", 7), ("PCC_RULE_FAILURE", 8), ("ACCESS_NETWORK_PHYSICAL_ACCESS_ID_CHANGE", 9),)),
    "RATType": (RAT_TYPE, "Values of RAT-Type.", (("CDMA2000_1X", 0), ("HRPD", 1), ("WLAN", 2), ("UMB", 3),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "ChargingRuleInstall": (CHARGING_RULE_INSTALL, """Charging-Rule-Install ::= < AVP Header: 801, 5535 >
       * [ Charging-Rule-Definition ]
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
       * [ AVP ]
    """, (
        ("charging_rule_definition", "tuple[ChargingRuleDefinition, ...]", CHARGING_RULE_DEFINITION, 0, None, False),
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleDefinition": (CHARGING_RULE_DEFINITION, """Charging-Rule-Definition ::= < AVP Header: 802, 5535 >
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
    """, (
        ("charging_rule_name", "bytes", CHARGING_RULE_NAME, 1, 1, False),
        ("service_identifier", "int | None", SERVICE_IDENTIFIER, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("flow_identifier", "str | None", FLOW_IDENTIFIER, 0, 1, False),
        ("flow_description", "tuple[IPFilterRule, ...]", FLOW_DESCRIPTION, 0, None, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("reporting_level", "ReportingLevel | int | None", REPORTING_LEVEL, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("metering_method", "MeteringMethod | int | None", METERING_METHOD, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("af_charging_identifier", "bytes | None", AF_CHARGING_IDENTIFIER, 0, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSInformation": (QOS_INFORMATION, """QoS-Information ::= < AVP Header: 804, 5535 >
         [ QoS-Class-Identifier ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("guaranteed_bitrate_ul", "int | None", GUARANTEED_BITRATE_UL, 0, 1, False),
        ("guaranteed_bitrate_dl", "int | None", GUARANTEED_BITRATE_DL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleReport": (CHARGING_RULE_REPORT, """Charging-Rule-Report ::= < AVP Header: 805, 5535 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Reason-Code ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("pcc_rule_status", "PCCRuleStatus | int | None", PCC_RULE_STATUS, 0, 1, False),
        ("rule_reason_code", "int | None", RULE_REASON_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FlowInfo": (FLOW_INFO, """Flow-Info ::= < AVP Header: 809, 5535 >
         [ Flow-Identifier ]
         [ Flow-Description-Info ]
         [ Requested-QoS ]
         [ Granted-QoS ]
         [ Flow-Status ]
       * [ AVP ]
    """, (
        ("flow_identifier", "str | None", FLOW_IDENTIFIER, 0, 1, False),
        ("flow_description_info", "FlowDescriptionInfo | None", FLOW_DESCRIPTION_INFO, 0, 1, False),
        ("requested_qos", "RequestedQoS | None", REQUESTED_QOS, 0, 1, False),
        ("granted_qos", "GrantedQoS | None", GRANTED_QOS, 0, 1, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GrantedQoS": (GRANTED_QOS, """Granted-QoS ::= < AVP Header: 811, 5535 >
         [ QoS-Class-Identifier ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("guaranteed_bitrate_ul", "int | None", GUARANTEED_BITRATE_UL, 0, 1, False),
        ("guaranteed_bitrate_dl", "int | None", GUARANTEED_BITRATE_DL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RequestedQoS": (REQUESTED_QOS, """Requested-QoS ::= < AVP Header: 812, 5535 >
         [ QoS-Class-Identifier ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("guaranteed_bitrate_ul", "int | None", GUARANTEED_BITRATE_UL, 0, 1, False),
        ("guaranteed_bitrate_dl", "int | None", GUARANTEED_BITRATE_DL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FlowDescriptionInfo": (FLOW_DESCRIPTION_INFO, """Flow-Description-Info ::= < AVP Header: 813, 5535 >
         [ Flow-Description ]
         [ Precedence ]
       * [ AVP ]
    """, (
        ("flow_description", "IPFilterRule | None", FLOW_DESCRIPTION, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessNetworkPhysicalAccessID": (ACCESS_NETWORK_PHYSICAL_ACCESS_ID, """Access-Network-Physical-Access-ID ::= < AVP Header: 900, 5535 >
         [ Access-Network-Physical-Access-ID-Value ]
         [ Access-Network-Physical-Access-ID-Realm ]
       * [ AVP ]
    """, (
        ("access_network_physical_access_id_value", "bytes | None", ACCESS_NETWORK_PHYSICAL_ACCESS_ID_VALUE, 0, 1, False),
        ("access_network_physical_access_id_realm", "bytes | None", ACCESS_NETWORK_PHYSICAL_ACCESS_ID_REALM, 0, 1, False),
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
    "FlowStatus": "diameter.apps.tgpp",
    "Flows": "diameter.apps.tgpp",
    "IPFilterRule": "diameter.types",
    "MeteringMethod": "diameter.apps.tgpp",
    "Offline": "diameter.apps.tgpp",
    "Online": "diameter.apps.tgpp",
    "PCCRuleStatus": "diameter.apps.tgpp",
    "QoSClassIdentifier": "diameter.apps.tgpp",
    "ReportingLevel": "diameter.apps.tgpp",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
