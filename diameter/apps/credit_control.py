"""Dictionary 'credit_control': generated from schemas/credit_control.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_MULTI_SESSION_ID,
    AUTH_APPLICATION_ID,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EVENT_TIMESTAMP,
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
    USER_NAME,
)
from diameter.apps.ietf import FILTER_RULE
from diameter.apps.nasreq import FILTER_ID
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    ENUMERATED,
    GROUPED,
    INTEGER32,
    INTEGER64,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

__all__ = [
    "CCRequestType",
    "CCSessionFailover",
    "CheckBalanceResult",
    "CreditControl",
    "CreditControlFailureHandling",
    "DirectDebitingFailureHandling",
    "TariffChangeUsage",
    "CCUnitType",
    "FinalUnitAction",
    "RedirectAddressType",
    "MultipleServicesIndicator",
    "RequestedAction",
    "SubscriptionIdType",
    "UserEquipmentInfoType",
    "CC_CORRELATION_ID",
    "CC_INPUT_OCTETS",
    "CC_MONEY",
    "CC_OUTPUT_OCTETS",
    "CC_REQUEST_NUMBER",
    "CC_REQUEST_TYPE",
    "CC_SERVICE_SPECIFIC_UNITS",
    "CC_SESSION_FAILOVER",
    "CC_SUB_SESSION_ID",
    "CC_TIME",
    "CC_TOTAL_OCTETS",
    "CC_UNIT_TYPE",
    "CHECK_BALANCE_RESULT",
    "COST_INFORMATION",
    "COST_UNIT",
    "CREDIT_CONTROL",
    "CREDIT_CONTROL_FAILURE_HANDLING",
    "CURRENCY_CODE",
    "DIRECT_DEBITING_FAILURE_HANDLING",
    "EXPONENT",
    "FINAL_UNIT_ACTION",
    "FINAL_UNIT_INDICATION",
    "QOS_FINAL_UNIT_INDICATION",
    "GRANTED_SERVICE_UNIT",
    "G_S_U_POOL_IDENTIFIER",
    "G_S_U_POOL_REFERENCE",
    "MULTIPLE_SERVICES_CREDIT_CONTROL",
    "MULTIPLE_SERVICES_INDICATOR",
    "RATING_GROUP",
    "REDIRECT_ADDRESS_TYPE",
    "REDIRECT_SERVER",
    "REDIRECT_SERVER_ADDRESS",
    "REDIRECT_SERVER_EXTENSION",
    "REDIRECT_ADDRESS_IPADDRESS",
    "REDIRECT_ADDRESS_URL",
    "REDIRECT_ADDRESS_SIP_URI",
    "REQUESTED_ACTION",
    "REQUESTED_SERVICE_UNIT",
    "RESTRICTION_FILTER_RULE",
    "SERVICE_CONTEXT_ID",
    "SERVICE_IDENTIFIER",
    "SERVICE_PARAMETER_INFO",
    "SERVICE_PARAMETER_TYPE",
    "SERVICE_PARAMETER_VALUE",
    "SUBSCRIPTION_ID",
    "SUBSCRIPTION_ID_DATA",
    "SUBSCRIPTION_ID_TYPE",
    "SUBSCRIPTION_ID_EXTENSION",
    "SUBSCRIPTION_ID_E164",
    "SUBSCRIPTION_ID_IMSI",
    "SUBSCRIPTION_ID_SIP_URI",
    "SUBSCRIPTION_ID_NAI",
    "SUBSCRIPTION_ID_PRIVATE",
    "TARIFF_CHANGE_USAGE",
    "TARIFF_TIME_CHANGE",
    "UNIT_VALUE",
    "USED_SERVICE_UNIT",
    "USER_EQUIPMENT_INFO",
    "USER_EQUIPMENT_INFO_TYPE",
    "USER_EQUIPMENT_INFO_VALUE",
    "USER_EQUIPMENT_INFO_EXTENSION",
    "USER_EQUIPMENT_INFO_IMEISV",
    "USER_EQUIPMENT_INFO_MAC",
    "USER_EQUIPMENT_INFO_EUI64",
    "USER_EQUIPMENT_INFO_MODIFIEDEUI64",
    "USER_EQUIPMENT_INFO_IMEI",
    "VALUE_DIGITS",
    "VALIDITY_TIME",
    "CostInformation",
    "UnitValue",
    "MultipleServicesCreditControl",
    "GrantedServiceUnit",
    "RequestedServiceUnit",
    "UsedServiceUnit",
    "CCMoney",
    "GSUPoolReference",
    "FinalUnitIndication",
    "RedirectServer",
    "ServiceParameterInfo",
    "SubscriptionId",
    "UserEquipmentInfo",
    "UserEquipmentInfoExtension",
    "SubscriptionIdExtension",
    "RedirectServerExtension",
    "QoSFinalUnitIndication",
    "CreditControlRequest",
    "CCR",
    "CreditControlAnswer",
    "CCA",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
CC_CORRELATION_ID: Final = AvpDef("CC-Correlation-Id", 411, OCTET_STRING)
CC_INPUT_OCTETS: Final = AvpDef("CC-Input-Octets", 412, UNSIGNED64, M)
CC_MONEY: Final = AvpDef("CC-Money", 413, GROUPED, M)
CC_OUTPUT_OCTETS: Final = AvpDef("CC-Output-Octets", 414, UNSIGNED64, M)
CC_REQUEST_NUMBER: Final = AvpDef("CC-Request-Number", 415, UNSIGNED32, M)
CC_REQUEST_TYPE: Final = AvpDef("CC-Request-Type", 416, ENUMERATED, M)
CC_SERVICE_SPECIFIC_UNITS: Final = AvpDef("CC-Service-Specific-Units", 417, UNSIGNED64, M)
CC_SESSION_FAILOVER: Final = AvpDef("CC-Session-Failover", 418, ENUMERATED, M)
CC_SUB_SESSION_ID: Final = AvpDef("CC-Sub-Session-Id", 419, UNSIGNED64, M)
CC_TIME: Final = AvpDef("CC-Time", 420, UNSIGNED32, M)
CC_TOTAL_OCTETS: Final = AvpDef("CC-Total-Octets", 421, UNSIGNED64, M)
CC_UNIT_TYPE: Final = AvpDef("CC-Unit-Type", 454, ENUMERATED, M)
CHECK_BALANCE_RESULT: Final = AvpDef("Check-Balance-Result", 422, ENUMERATED, M)
COST_INFORMATION: Final = AvpDef("Cost-Information", 423, GROUPED, M)
COST_UNIT: Final = AvpDef("Cost-Unit", 424, UTF8STRING, M)
CREDIT_CONTROL: Final = AvpDef("Credit-Control", 426, ENUMERATED, M)
CREDIT_CONTROL_FAILURE_HANDLING: Final = AvpDef("Credit-Control-Failure-Handling", 427, ENUMERATED, M)
CURRENCY_CODE: Final = AvpDef("Currency-Code", 425, UNSIGNED32, M)
DIRECT_DEBITING_FAILURE_HANDLING: Final = AvpDef("Direct-Debiting-Failure-Handling", 428, ENUMERATED, M)
EXPONENT: Final = AvpDef("Exponent", 429, INTEGER32, M)
FINAL_UNIT_ACTION: Final = AvpDef("Final-Unit-Action", 449, ENUMERATED, M)
FINAL_UNIT_INDICATION: Final = AvpDef("Final-Unit-Indication", 430, GROUPED, M)
QOS_FINAL_UNIT_INDICATION: Final = AvpDef("QoS-Final-Unit-Indication", 669, GROUPED)
GRANTED_SERVICE_UNIT: Final = AvpDef("Granted-Service-Unit", 431, GROUPED, M)
G_S_U_POOL_IDENTIFIER: Final = AvpDef("G-S-U-Pool-Identifier", 453, UNSIGNED32, M)
G_S_U_POOL_REFERENCE: Final = AvpDef("G-S-U-Pool-Reference", 457, GROUPED, M)
MULTIPLE_SERVICES_CREDIT_CONTROL: Final = AvpDef("Multiple-Services-Credit-Control", 456, GROUPED, M)
MULTIPLE_SERVICES_INDICATOR: Final = AvpDef("Multiple-Services-Indicator", 455, ENUMERATED, M)
RATING_GROUP: Final = AvpDef("Rating-Group", 432, UNSIGNED32, M)
REDIRECT_ADDRESS_TYPE: Final = AvpDef("Redirect-Address-Type", 433, ENUMERATED, M)
REDIRECT_SERVER: Final = AvpDef("Redirect-Server", 434, GROUPED, M)
REDIRECT_SERVER_ADDRESS: Final = AvpDef("Redirect-Server-Address", 435, UTF8STRING, M)
REDIRECT_SERVER_EXTENSION: Final = AvpDef("Redirect-Server-Extension", 665, GROUPED)
REDIRECT_ADDRESS_IPADDRESS: Final = AvpDef("Redirect-Address-IPAddress", 666, ADDRESS)
REDIRECT_ADDRESS_URL: Final = AvpDef("Redirect-Address-URL", 667, UTF8STRING)
REDIRECT_ADDRESS_SIP_URI: Final = AvpDef("Redirect-Address-SIP-URI", 668, UTF8STRING)
REQUESTED_ACTION: Final = AvpDef("Requested-Action", 436, ENUMERATED, M)
REQUESTED_SERVICE_UNIT: Final = AvpDef("Requested-Service-Unit", 437, GROUPED, M)
RESTRICTION_FILTER_RULE: Final = AvpDef("Restriction-Filter-Rule", 438, IP_FILTER_RULE, M)
SERVICE_CONTEXT_ID: Final = AvpDef("Service-Context-Id", 461, UTF8STRING, M)
SERVICE_IDENTIFIER: Final = AvpDef("Service-Identifier", 439, UNSIGNED32, M)
SERVICE_PARAMETER_INFO: Final = AvpDef("Service-Parameter-Info", 440, GROUPED)
SERVICE_PARAMETER_TYPE: Final = AvpDef("Service-Parameter-Type", 441, UNSIGNED32)
SERVICE_PARAMETER_VALUE: Final = AvpDef("Service-Parameter-Value", 442, OCTET_STRING)
SUBSCRIPTION_ID: Final = AvpDef("Subscription-Id", 443, GROUPED, M)
SUBSCRIPTION_ID_DATA: Final = AvpDef("Subscription-Id-Data", 444, UTF8STRING, M)
SUBSCRIPTION_ID_TYPE: Final = AvpDef("Subscription-Id-Type", 450, ENUMERATED, M)
SUBSCRIPTION_ID_EXTENSION: Final = AvpDef("Subscription-Id-Extension", 659, GROUPED)
SUBSCRIPTION_ID_E164: Final = AvpDef("Subscription-Id-E164", 660, UTF8STRING)
SUBSCRIPTION_ID_IMSI: Final = AvpDef("Subscription-Id-IMSI", 661, UTF8STRING)
SUBSCRIPTION_ID_SIP_URI: Final = AvpDef("Subscription-Id-SIP-URI", 662, UTF8STRING)
SUBSCRIPTION_ID_NAI: Final = AvpDef("Subscription-Id-NAI", 663, UTF8STRING)
SUBSCRIPTION_ID_PRIVATE: Final = AvpDef("Subscription-Id-Private", 664, UTF8STRING)
TARIFF_CHANGE_USAGE: Final = AvpDef("Tariff-Change-Usage", 452, ENUMERATED, M)
TARIFF_TIME_CHANGE: Final = AvpDef("Tariff-Time-Change", 451, TIME, M)
UNIT_VALUE: Final = AvpDef("Unit-Value", 445, GROUPED, M)
USED_SERVICE_UNIT: Final = AvpDef("Used-Service-Unit", 446, GROUPED, M)
USER_EQUIPMENT_INFO: Final = AvpDef("User-Equipment-Info", 458, GROUPED)
USER_EQUIPMENT_INFO_TYPE: Final = AvpDef("User-Equipment-Info-Type", 459, ENUMERATED)
USER_EQUIPMENT_INFO_VALUE: Final = AvpDef("User-Equipment-Info-Value", 460, OCTET_STRING)
USER_EQUIPMENT_INFO_EXTENSION: Final = AvpDef("User-Equipment-Info-Extension", 653, GROUPED)
USER_EQUIPMENT_INFO_IMEISV: Final = AvpDef("User-Equipment-Info-IMEISV", 654, OCTET_STRING)
USER_EQUIPMENT_INFO_MAC: Final = AvpDef("User-Equipment-Info-MAC", 655, OCTET_STRING)
USER_EQUIPMENT_INFO_EUI64: Final = AvpDef("User-Equipment-Info-EUI64", 656, OCTET_STRING)
USER_EQUIPMENT_INFO_MODIFIEDEUI64: Final = AvpDef("User-Equipment-Info-ModifiedEUI64", 657, OCTET_STRING)
USER_EQUIPMENT_INFO_IMEI: Final = AvpDef("User-Equipment-Info-IMEI", 658, OCTET_STRING)
VALUE_DIGITS: Final = AvpDef("Value-Digits", 447, INTEGER64, M)
VALIDITY_TIME: Final = AvpDef("Validity-Time", 448, UNSIGNED32, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "CCRequestType": (CC_REQUEST_TYPE, "Values of CC-Request-Type.", (("INITIAL_REQUEST", 1), ("UPDATE_REQUEST", 2), ("TERMINATION_REQUEST", 3), ("EVENT_REQUEST", 4),)),
    "CCSessionFailover": (CC_SESSION_FAILOVER, "Values of CC-Session-Failover.", (("FAILOVER_NOT_SUPPORTED", 0), ("FAILOVER_SUPPORTED", 1),)),
    "CheckBalanceResult": (CHECK_BALANCE_RESULT, "Values of Check-Balance-Result.", (("ENOUGH_CREDIT", 0), ("NO_CREDIT", 1),)),
    "CreditControl": (CREDIT_CONTROL, "Values of Credit-Control.", (("CREDIT_AUTHORIZATION", 0), ("RE_AUTHORIZATION", 1),)),
    "CreditControlFailureHandling": (CREDIT_CONTROL_FAILURE_HANDLING, "Values of Credit-Control-Failure-Handling.", (("TERMINATE", 0), ("CONTINUE", 1), ("RETRY_AND_TERMINATE", 2),)),
    "DirectDebitingFailureHandling": (DIRECT_DEBITING_FAILURE_HANDLING, "Values of Direct-Debiting-Failure-Handling.", (("TERMINATE_OR_BUFFER", 0), ("CONTINUE", 1),)),
    "TariffChangeUsage": (TARIFF_CHANGE_USAGE, "Values of Tariff-Change-Usage.", (("UNIT_BEFORE_TARIFF_CHANGE", 0), ("UNIT_AFTER_TARIFF_CHANGE", 1), ("UNIT_INDETERMINATE", 2),)),
    "CCUnitType": (CC_UNIT_TYPE, "Values of CC-Unit-Type.", (("TIME", 0), ("MONEY", 1), ("TOTAL_OCTETS", 2), ("INPUT_OCTETS", 3), ("OUTPUT_OCTETS", 4), ("SERVICE_SPECIFIC_UNITS", 5),)),
    "FinalUnitAction": (FINAL_UNIT_ACTION, "Values of Final-Unit-Action.", (("TERMINATE", 0), ("REDIRECT", 1), ("RESTRICT_ACCESS", 2),)),
    "RedirectAddressType": (REDIRECT_ADDRESS_TYPE, "Values of Redirect-Address-Type.", (("IPV4_ADDRESS", 0), ("IPV6_ADDRESS", 1), ("URL", 2), ("SIP_URI", 3),)),
    "MultipleServicesIndicator": (MULTIPLE_SERVICES_INDICATOR, "Values of Multiple-Services-Indicator.", (("MULTIPLE_SERVICES_NOT_SUPPORTED", 0), ("MULTIPLE_SERVICES_SUPPORTED", 1),)),
    "RequestedAction": (REQUESTED_ACTION, "Values of Requested-Action.", (("DIRECT_DEBITING", 0), ("REFUND_ACCOUNT", 1), ("CHECK_BALANCE", 2), ("PRICE_ENQUIRY", 3),)),
    "SubscriptionIdType": (SUBSCRIPTION_ID_TYPE, "Values of Subscription-Id-Type.", (("END_USER_E164", 0), ("END_USER_IMSI", 1), ("END_USER_SIP_URI", 2), ("END_USER_NAI", 3), ("END_USER_PRIVATE", 4),)),
    "UserEquipmentInfoType": (USER_EQUIPMENT_INFO_TYPE, "Values of User-Equipment-Info-Type.", (("IMEISV", 0), ("MAC", 1), ("EUI64", 2), ("MODIFIED_EUI64", 3),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "CostInformation": (COST_INFORMATION, """Cost-Information ::= < AVP Header: 423 >
         { Unit-Value }
         { Currency-Code }
         [ Cost-Unit ]
    """, (
        ("unit_value", "UnitValue", UNIT_VALUE, 1, 1, False),
        ("currency_code", "int", CURRENCY_CODE, 1, 1, False),
        ("cost_unit", "str | None", COST_UNIT, 0, 1, False),
    )),
    "UnitValue": (UNIT_VALUE, """Unit-Value ::= < AVP Header: 445 >
         { Value-Digits }
         [ Exponent ]
    """, (
        ("value_digits", "int", VALUE_DIGITS, 1, 1, False),
        ("exponent", "int | None", EXPONENT, 0, 1, False),
    )),
    "MultipleServicesCreditControl": (MULTIPLE_SERVICES_CREDIT_CONTROL, """Multiple-Services-Credit-Control ::= < AVP Header: 456 >
         [ Granted-Service-Unit ]
         [ Requested-Service-Unit ]
       * [ Used-Service-Unit ]
         [ Tariff-Change-Usage ]
       * [ Service-Identifier ]
         [ Rating-Group ]
       * [ G-S-U-Pool-Reference ]
         [ Validity-Time ]
         [ Result-Code ]
         [ Final-Unit-Indication ]
         [ QoS-Final-Unit-Indication ]
       * [ AVP ]
    """, (
        ("granted_service_unit", "GrantedServiceUnit | None", GRANTED_SERVICE_UNIT, 0, 1, False),
        ("requested_service_unit", "RequestedServiceUnit | None", REQUESTED_SERVICE_UNIT, 0, 1, False),
        ("used_service_unit", "tuple[UsedServiceUnit, ...]", USED_SERVICE_UNIT, 0, None, False),
        ("tariff_change_usage", "TariffChangeUsage | int | None", TARIFF_CHANGE_USAGE, 0, 1, False),
        ("service_identifier", "tuple[int, ...]", SERVICE_IDENTIFIER, 0, None, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("g_s_u_pool_reference", "tuple[GSUPoolReference, ...]", G_S_U_POOL_REFERENCE, 0, None, False),
        ("validity_time", "int | None", VALIDITY_TIME, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("final_unit_indication", "FinalUnitIndication | None", FINAL_UNIT_INDICATION, 0, 1, False),
        ("qos_final_unit_indication", "QoSFinalUnitIndication | None", QOS_FINAL_UNIT_INDICATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GrantedServiceUnit": (GRANTED_SERVICE_UNIT, """Granted-Service-Unit ::= < AVP Header: 431 >
         [ Tariff-Time-Change ]
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """, (
        ("tariff_time_change", "datetime | None", TARIFF_TIME_CHANGE, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RequestedServiceUnit": (REQUESTED_SERVICE_UNIT, """Requested-Service-Unit ::= < AVP Header: 437 >
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """, (
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UsedServiceUnit": (USED_SERVICE_UNIT, """Used-Service-Unit ::= < AVP Header: 446 >
         [ Tariff-Change-Usage ]
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """, (
        ("tariff_change_usage", "TariffChangeUsage | int | None", TARIFF_CHANGE_USAGE, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CCMoney": (CC_MONEY, """CC-Money ::= < AVP Header: 413 >
         { Unit-Value }
         [ Currency-Code ]
    """, (
        ("unit_value", "UnitValue", UNIT_VALUE, 1, 1, False),
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
    )),
    "GSUPoolReference": (G_S_U_POOL_REFERENCE, """G-S-U-Pool-Reference ::= < AVP Header: 457 >
         { G-S-U-Pool-Identifier }
         { CC-Unit-Type }
         { Unit-Value }
    """, (
        ("g_s_u_pool_identifier", "int", G_S_U_POOL_IDENTIFIER, 1, 1, False),
        ("cc_unit_type", "CCUnitType | int", CC_UNIT_TYPE, 1, 1, False),
        ("unit_value", "UnitValue", UNIT_VALUE, 1, 1, False),
    )),
    "FinalUnitIndication": (FINAL_UNIT_INDICATION, """Final-Unit-Indication ::= < AVP Header: 430 >
         { Final-Unit-Action }
       * [ Restriction-Filter-Rule ]
       * [ Filter-Id ]
         [ Redirect-Server ]
    """, (
        ("final_unit_action", "FinalUnitAction | int", FINAL_UNIT_ACTION, 1, 1, False),
        ("restriction_filter_rule", "tuple[IPFilterRule, ...]", RESTRICTION_FILTER_RULE, 0, None, False),
        ("filter_id", "tuple[str, ...]", FILTER_ID, 0, None, False),
        ("redirect_server", "RedirectServer | None", REDIRECT_SERVER, 0, 1, False),
    )),
    "RedirectServer": (REDIRECT_SERVER, """Redirect-Server ::= < AVP Header: 434 >
         { Redirect-Address-Type }
         { Redirect-Server-Address }
    """, (
        ("redirect_address_type", "RedirectAddressType | int", REDIRECT_ADDRESS_TYPE, 1, 1, False),
        ("redirect_server_address", "str", REDIRECT_SERVER_ADDRESS, 1, 1, False),
    )),
    "ServiceParameterInfo": (SERVICE_PARAMETER_INFO, """Service-Parameter-Info ::= < AVP Header: 440 >
         { Service-Parameter-Type }
         { Service-Parameter-Value }
    """, (
        ("service_parameter_type", "int", SERVICE_PARAMETER_TYPE, 1, 1, False),
        ("service_parameter_value", "bytes", SERVICE_PARAMETER_VALUE, 1, 1, False),
    )),
    "SubscriptionId": (SUBSCRIPTION_ID, """Subscription-Id ::= < AVP Header: 443 >
         { Subscription-Id-Type }
         { Subscription-Id-Data }
    """, (
        ("subscription_id_type", "SubscriptionIdType | int", SUBSCRIPTION_ID_TYPE, 1, 1, False),
        ("subscription_id_data", "str", SUBSCRIPTION_ID_DATA, 1, 1, False),
    )),
    "UserEquipmentInfo": (USER_EQUIPMENT_INFO, """User-Equipment-Info ::= < AVP Header: 458 >
         { User-Equipment-Info-Type }
         { User-Equipment-Info-Value }
    """, (
        ("user_equipment_info_type", "UserEquipmentInfoType | int", USER_EQUIPMENT_INFO_TYPE, 1, 1, False),
        ("user_equipment_info_value", "bytes", USER_EQUIPMENT_INFO_VALUE, 1, 1, False),
    )),
    "UserEquipmentInfoExtension": (USER_EQUIPMENT_INFO_EXTENSION, """User-Equipment-Info-Extension ::= < AVP Header: 653 >
         [ User-Equipment-Info-IMEISV ]
         [ User-Equipment-Info-MAC ]
         [ User-Equipment-Info-EUI64 ]
         [ User-Equipment-Info-ModifiedEUI64 ]
         [ User-Equipment-Info-IMEI ]
         [ AVP ]
    """, (
        ("user_equipment_info_imeisv", "bytes | None", USER_EQUIPMENT_INFO_IMEISV, 0, 1, False),
        ("user_equipment_info_mac", "bytes | None", USER_EQUIPMENT_INFO_MAC, 0, 1, False),
        ("user_equipment_info_eui64", "bytes | None", USER_EQUIPMENT_INFO_EUI64, 0, 1, False),
        ("user_equipment_info_modifiedeui64", "bytes | None", USER_EQUIPMENT_INFO_MODIFIEDEUI64, 0, 1, False),
        ("user_equipment_info_imei", "bytes | None", USER_EQUIPMENT_INFO_IMEI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriptionIdExtension": (SUBSCRIPTION_ID_EXTENSION, """Subscription-Id-Extension ::= < AVP Header: 659 >
         [ Subscription-Id-E164 ]
         [ Subscription-Id-IMSI ]
         [ Subscription-Id-SIP-URI ]
         [ Subscription-Id-NAI ]
         [ Subscription-Id-Private ]
         [ AVP ]
    """, (
        ("subscription_id_e164", "str | None", SUBSCRIPTION_ID_E164, 0, 1, False),
        ("subscription_id_imsi", "str | None", SUBSCRIPTION_ID_IMSI, 0, 1, False),
        ("subscription_id_sip_uri", "str | None", SUBSCRIPTION_ID_SIP_URI, 0, 1, False),
        ("subscription_id_nai", "str | None", SUBSCRIPTION_ID_NAI, 0, 1, False),
        ("subscription_id_private", "str | None", SUBSCRIPTION_ID_PRIVATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RedirectServerExtension": (REDIRECT_SERVER_EXTENSION, """Redirect-Server-Extension ::= < AVP Header: 665 >
         [ Redirect-Address-IPAddress ]
         [ Redirect-Address-URL ]
         [ Redirect-Address-SIP-URI ]
         [ AVP ]
    """, (
        ("redirect_address_ipaddress", "AddressValue | None", REDIRECT_ADDRESS_IPADDRESS, 0, 1, False),
        ("redirect_address_url", "str | None", REDIRECT_ADDRESS_URL, 0, 1, False),
        ("redirect_address_sip_uri", "str | None", REDIRECT_ADDRESS_SIP_URI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSFinalUnitIndication": (QOS_FINAL_UNIT_INDICATION, """QoS-Final-Unit-Indication ::= < AVP Header: 669 >
         { Final-Unit-Action }
       * [ Filter-Rule ]
       * [ Filter-Id ]
         [ Redirect-Server-Extension ]
       * [ AVP ]
    """, (
        ("final_unit_action", "FinalUnitAction | int", FINAL_UNIT_ACTION, 1, 1, False),
        ("filter_rule", "tuple[FilterRule, ...]", FILTER_RULE, 0, None, False),
        ("filter_id", "tuple[str, ...]", FILTER_ID, 0, None, False),
        ("redirect_server_extension", "RedirectServerExtension | None", REDIRECT_SERVER_EXTENSION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "CreditControlRequest": (('Credit-Control-Request', 272, 4, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Auth-Application-Id }
         { Service-Context-Id }
         { CC-Request-Type }
         { CC-Request-Number }
         [ Destination-Host ]
         [ User-Name ]
         [ CC-Sub-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
       * [ Subscription-Id ]
       * [ Subscription-Id-Extension ]
         [ Service-Identifier ]
         [ Termination-Cause ]
         [ Requested-Service-Unit ]
         [ Requested-Action ]
       * [ Used-Service-Unit ]
         [ Multiple-Services-Indicator ]
       * [ Multiple-Services-Credit-Control ]
       * [ Service-Parameter-Info ]
         [ CC-Correlation-Id ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("service_context_id", "str", SERVICE_CONTEXT_ID, 1, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("cc_sub_session_id", "int | None", CC_SUB_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("subscription_id_extension", "tuple[SubscriptionIdExtension, ...]", SUBSCRIPTION_ID_EXTENSION, 0, None, False),
        ("service_identifier", "int | None", SERVICE_IDENTIFIER, 0, 1, False),
        ("termination_cause", "TerminationCause | int | None", TERMINATION_CAUSE, 0, 1, False),
        ("requested_service_unit", "RequestedServiceUnit | None", REQUESTED_SERVICE_UNIT, 0, 1, False),
        ("requested_action", "RequestedAction | int | None", REQUESTED_ACTION, 0, 1, False),
        ("used_service_unit", "tuple[UsedServiceUnit, ...]", USED_SERVICE_UNIT, 0, None, False),
        ("multiple_services_indicator", "MultipleServicesIndicator | int | None", MULTIPLE_SERVICES_INDICATOR, 0, 1, False),
        ("multiple_services_credit_control", "tuple[MultipleServicesCreditControl, ...]", MULTIPLE_SERVICES_CREDIT_CONTROL, 0, None, False),
        ("service_parameter_info", "tuple[ServiceParameterInfo, ...]", SERVICE_PARAMETER_INFO, 0, None, False),
        ("cc_correlation_id", "bytes | None", CC_CORRELATION_ID, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 4, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         { Auth-Application-Id }
         { CC-Request-Type }
         { CC-Request-Number }
         [ User-Name ]
         [ CC-Session-Failover ]
         [ CC-Sub-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
         [ Granted-Service-Unit ]
       * [ Multiple-Services-Credit-Control ]
         [ Cost-Information ]
         [ Final-Unit-Indication ]
         [ QoS-Final-Unit-Indication ]
         [ Check-Balance-Result ]
         [ Credit-Control-Failure-Handling ]
         [ Direct-Debiting-Failure-Handling ]
         [ Validity-Time ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ Failed-AVP ]
       * [ AVP ]
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("cc_request_type", "CCRequestType | int", CC_REQUEST_TYPE, 1, 1, False),
        ("cc_request_number", "int", CC_REQUEST_NUMBER, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("cc_session_failover", "CCSessionFailover | int | None", CC_SESSION_FAILOVER, 0, 1, False),
        ("cc_sub_session_id", "int | None", CC_SUB_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("granted_service_unit", "GrantedServiceUnit | None", GRANTED_SERVICE_UNIT, 0, 1, False),
        ("multiple_services_credit_control", "tuple[MultipleServicesCreditControl, ...]", MULTIPLE_SERVICES_CREDIT_CONTROL, 0, None, False),
        ("cost_information", "CostInformation | None", COST_INFORMATION, 0, 1, False),
        ("final_unit_indication", "FinalUnitIndication | None", FINAL_UNIT_INDICATION, 0, 1, False),
        ("qos_final_unit_indication", "QoSFinalUnitIndication | None", QOS_FINAL_UNIT_INDICATION, 0, 1, False),
        ("check_balance_result", "CheckBalanceResult | int | None", CHECK_BALANCE_RESULT, 0, 1, False),
        ("credit_control_failure_handling", "CreditControlFailureHandling | int | None", CREDIT_CONTROL_FAILURE_HANDLING, 0, 1, False),
        ("direct_debiting_failure_handling", "DirectDebitingFailureHandling | int | None", DIRECT_DEBITING_FAILURE_HANDLING, 0, 1, False),
        ("validity_time", "int | None", VALIDITY_TIME, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "Avp": "diameter.wire",
    "DiameterURI": "diameter.types",
    "FailedAVP": "diameter.apps.base",
    "FilterRule": "diameter.apps.ietf",
    "IPFilterRule": "diameter.types",
    "ProxyInfo": "diameter.apps.base",
    "RedirectHostUsage": "diameter.apps.base",
    "ResultCode": "diameter.apps.base",
    "TerminationCause": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
