"""Dictionary 'credit_control': generated from schemas/credit_control.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCT_MULTI_SESSION_ID,
    AUTH_APPLICATION_ID,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EVENT_TIMESTAMP,
    FAILED_AVP,
    FailedAVP as FailedAVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    ORIGIN_STATE_ID,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    REDIRECT_HOST,
    REDIRECT_HOST_USAGE,
    REDIRECT_MAX_CACHE_TIME,
    RESULT_CODE,
    ROUTE_RECORD,
    RedirectHostUsage as RedirectHostUsage,
    ResultCode as ResultCode,
    SESSION_ID,
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
    USER_NAME,
)
from diameter.apps.ietf import FILTER_RULE, FilterRule as FilterRule
from diameter.apps.nasreq import FILTER_ID
from diameter.schema import AVP, Answer, AvpDef, M, Request, avp, command, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue as AddressValue,
    DiameterURI as DiameterURI,
    ENUMERATED,
    GROUPED,
    INTEGER32,
    INTEGER64,
    IPFilterRule as IPFilterRule,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)
from diameter.wire import Avp

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


class CCRequestType(IntEnum):
    """Values of CC-Request-Type."""

    INITIAL_REQUEST = 1
    UPDATE_REQUEST = 2
    TERMINATION_REQUEST = 3
    EVENT_REQUEST = 4


class CCSessionFailover(IntEnum):
    """Values of CC-Session-Failover."""

    FAILOVER_NOT_SUPPORTED = 0
    FAILOVER_SUPPORTED = 1


class CheckBalanceResult(IntEnum):
    """Values of Check-Balance-Result."""

    ENOUGH_CREDIT = 0
    NO_CREDIT = 1


class CreditControl(IntEnum):
    """Values of Credit-Control."""

    CREDIT_AUTHORIZATION = 0
    RE_AUTHORIZATION = 1


class CreditControlFailureHandling(IntEnum):
    """Values of Credit-Control-Failure-Handling."""

    TERMINATE = 0
    CONTINUE = 1
    RETRY_AND_TERMINATE = 2


class DirectDebitingFailureHandling(IntEnum):
    """Values of Direct-Debiting-Failure-Handling."""

    TERMINATE_OR_BUFFER = 0
    CONTINUE = 1


class TariffChangeUsage(IntEnum):
    """Values of Tariff-Change-Usage."""

    UNIT_BEFORE_TARIFF_CHANGE = 0
    UNIT_AFTER_TARIFF_CHANGE = 1
    UNIT_INDETERMINATE = 2


class CCUnitType(IntEnum):
    """Values of CC-Unit-Type."""

    TIME = 0
    MONEY = 1
    TOTAL_OCTETS = 2
    INPUT_OCTETS = 3
    OUTPUT_OCTETS = 4
    SERVICE_SPECIFIC_UNITS = 5


class FinalUnitAction(IntEnum):
    """Values of Final-Unit-Action."""

    TERMINATE = 0
    REDIRECT = 1
    RESTRICT_ACCESS = 2


class RedirectAddressType(IntEnum):
    """Values of Redirect-Address-Type."""

    IPV4_ADDRESS = 0
    IPV6_ADDRESS = 1
    URL = 2
    SIP_URI = 3


class MultipleServicesIndicator(IntEnum):
    """Values of Multiple-Services-Indicator."""

    MULTIPLE_SERVICES_NOT_SUPPORTED = 0
    MULTIPLE_SERVICES_SUPPORTED = 1


class RequestedAction(IntEnum):
    """Values of Requested-Action."""

    DIRECT_DEBITING = 0
    REFUND_ACCOUNT = 1
    CHECK_BALANCE = 2
    PRICE_ENQUIRY = 3


class SubscriptionIdType(IntEnum):
    """Values of Subscription-Id-Type."""

    END_USER_E164 = 0
    END_USER_IMSI = 1
    END_USER_SIP_URI = 2
    END_USER_NAI = 3
    END_USER_PRIVATE = 4


class UserEquipmentInfoType(IntEnum):
    """Values of User-Equipment-Info-Type."""

    IMEISV = 0
    MAC = 1
    EUI64 = 2
    MODIFIED_EUI64 = 3


# AVPs: name, code, data format, flags that MUST be set, vendor
CC_CORRELATION_ID: Final[AvpDef[bytes]] = AvpDef("CC-Correlation-Id", 411, OCTET_STRING)
CC_INPUT_OCTETS: Final[AvpDef[int]] = AvpDef("CC-Input-Octets", 412, UNSIGNED64, M)
CC_MONEY: Final[AvpDef[CCMoney]] = AvpDef("CC-Money", 413, GROUPED, M)
CC_OUTPUT_OCTETS: Final[AvpDef[int]] = AvpDef("CC-Output-Octets", 414, UNSIGNED64, M)
CC_REQUEST_NUMBER: Final[AvpDef[int]] = AvpDef("CC-Request-Number", 415, UNSIGNED32, M)
CC_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("CC-Request-Type", 416, ENUMERATED, M, enum=CCRequestType)
CC_SERVICE_SPECIFIC_UNITS: Final[AvpDef[int]] = AvpDef("CC-Service-Specific-Units", 417, UNSIGNED64, M)
CC_SESSION_FAILOVER: Final[AvpDef[int]] = AvpDef("CC-Session-Failover", 418, ENUMERATED, M, enum=CCSessionFailover)
CC_SUB_SESSION_ID: Final[AvpDef[int]] = AvpDef("CC-Sub-Session-Id", 419, UNSIGNED64, M)
CC_TIME: Final[AvpDef[int]] = AvpDef("CC-Time", 420, UNSIGNED32, M)
CC_TOTAL_OCTETS: Final[AvpDef[int]] = AvpDef("CC-Total-Octets", 421, UNSIGNED64, M)
CC_UNIT_TYPE: Final[AvpDef[int]] = AvpDef("CC-Unit-Type", 454, ENUMERATED, M, enum=CCUnitType)
CHECK_BALANCE_RESULT: Final[AvpDef[int]] = AvpDef("Check-Balance-Result", 422, ENUMERATED, M, enum=CheckBalanceResult)
COST_INFORMATION: Final[AvpDef[CostInformation]] = AvpDef("Cost-Information", 423, GROUPED, M)
COST_UNIT: Final[AvpDef[str]] = AvpDef("Cost-Unit", 424, UTF8STRING, M)
CREDIT_CONTROL: Final[AvpDef[int]] = AvpDef("Credit-Control", 426, ENUMERATED, M, enum=CreditControl)
CREDIT_CONTROL_FAILURE_HANDLING: Final[AvpDef[int]] = AvpDef("Credit-Control-Failure-Handling", 427, ENUMERATED, M, enum=CreditControlFailureHandling)
CURRENCY_CODE: Final[AvpDef[int]] = AvpDef("Currency-Code", 425, UNSIGNED32, M)
DIRECT_DEBITING_FAILURE_HANDLING: Final[AvpDef[int]] = AvpDef("Direct-Debiting-Failure-Handling", 428, ENUMERATED, M, enum=DirectDebitingFailureHandling)
EXPONENT: Final[AvpDef[int]] = AvpDef("Exponent", 429, INTEGER32, M)
FINAL_UNIT_ACTION: Final[AvpDef[int]] = AvpDef("Final-Unit-Action", 449, ENUMERATED, M, enum=FinalUnitAction)
FINAL_UNIT_INDICATION: Final[AvpDef[FinalUnitIndication]] = AvpDef("Final-Unit-Indication", 430, GROUPED, M)
QOS_FINAL_UNIT_INDICATION: Final[AvpDef[QoSFinalUnitIndication]] = AvpDef("QoS-Final-Unit-Indication", 669, GROUPED)
GRANTED_SERVICE_UNIT: Final[AvpDef[GrantedServiceUnit]] = AvpDef("Granted-Service-Unit", 431, GROUPED, M)
G_S_U_POOL_IDENTIFIER: Final[AvpDef[int]] = AvpDef("G-S-U-Pool-Identifier", 453, UNSIGNED32, M)
G_S_U_POOL_REFERENCE: Final[AvpDef[GSUPoolReference]] = AvpDef("G-S-U-Pool-Reference", 457, GROUPED, M)
MULTIPLE_SERVICES_CREDIT_CONTROL: Final[AvpDef[MultipleServicesCreditControl]] = AvpDef("Multiple-Services-Credit-Control", 456, GROUPED, M)
MULTIPLE_SERVICES_INDICATOR: Final[AvpDef[int]] = AvpDef("Multiple-Services-Indicator", 455, ENUMERATED, M, enum=MultipleServicesIndicator)
RATING_GROUP: Final[AvpDef[int]] = AvpDef("Rating-Group", 432, UNSIGNED32, M)
REDIRECT_ADDRESS_TYPE: Final[AvpDef[int]] = AvpDef("Redirect-Address-Type", 433, ENUMERATED, M, enum=RedirectAddressType)
REDIRECT_SERVER: Final[AvpDef[RedirectServer]] = AvpDef("Redirect-Server", 434, GROUPED, M)
REDIRECT_SERVER_ADDRESS: Final[AvpDef[str]] = AvpDef("Redirect-Server-Address", 435, UTF8STRING, M)
REDIRECT_SERVER_EXTENSION: Final[AvpDef[RedirectServerExtension]] = AvpDef("Redirect-Server-Extension", 665, GROUPED)
REDIRECT_ADDRESS_IPADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Redirect-Address-IPAddress", 666, ADDRESS)
REDIRECT_ADDRESS_URL: Final[AvpDef[str]] = AvpDef("Redirect-Address-URL", 667, UTF8STRING)
REDIRECT_ADDRESS_SIP_URI: Final[AvpDef[str]] = AvpDef("Redirect-Address-SIP-URI", 668, UTF8STRING)
REQUESTED_ACTION: Final[AvpDef[int]] = AvpDef("Requested-Action", 436, ENUMERATED, M, enum=RequestedAction)
REQUESTED_SERVICE_UNIT: Final[AvpDef[RequestedServiceUnit]] = AvpDef("Requested-Service-Unit", 437, GROUPED, M)
RESTRICTION_FILTER_RULE: Final[AvpDef[IPFilterRule]] = AvpDef("Restriction-Filter-Rule", 438, IP_FILTER_RULE, M)
SERVICE_CONTEXT_ID: Final[AvpDef[str]] = AvpDef("Service-Context-Id", 461, UTF8STRING, M)
SERVICE_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Service-Identifier", 439, UNSIGNED32, M)
SERVICE_PARAMETER_INFO: Final[AvpDef[ServiceParameterInfo]] = AvpDef("Service-Parameter-Info", 440, GROUPED)
SERVICE_PARAMETER_TYPE: Final[AvpDef[int]] = AvpDef("Service-Parameter-Type", 441, UNSIGNED32)
SERVICE_PARAMETER_VALUE: Final[AvpDef[bytes]] = AvpDef("Service-Parameter-Value", 442, OCTET_STRING)
SUBSCRIPTION_ID: Final[AvpDef[SubscriptionId]] = AvpDef("Subscription-Id", 443, GROUPED, M)
SUBSCRIPTION_ID_DATA: Final[AvpDef[str]] = AvpDef("Subscription-Id-Data", 444, UTF8STRING, M)
SUBSCRIPTION_ID_TYPE: Final[AvpDef[int]] = AvpDef("Subscription-Id-Type", 450, ENUMERATED, M, enum=SubscriptionIdType)
SUBSCRIPTION_ID_EXTENSION: Final[AvpDef[SubscriptionIdExtension]] = AvpDef("Subscription-Id-Extension", 659, GROUPED)
SUBSCRIPTION_ID_E164: Final[AvpDef[str]] = AvpDef("Subscription-Id-E164", 660, UTF8STRING)
SUBSCRIPTION_ID_IMSI: Final[AvpDef[str]] = AvpDef("Subscription-Id-IMSI", 661, UTF8STRING)
SUBSCRIPTION_ID_SIP_URI: Final[AvpDef[str]] = AvpDef("Subscription-Id-SIP-URI", 662, UTF8STRING)
SUBSCRIPTION_ID_NAI: Final[AvpDef[str]] = AvpDef("Subscription-Id-NAI", 663, UTF8STRING)
SUBSCRIPTION_ID_PRIVATE: Final[AvpDef[str]] = AvpDef("Subscription-Id-Private", 664, UTF8STRING)
TARIFF_CHANGE_USAGE: Final[AvpDef[int]] = AvpDef("Tariff-Change-Usage", 452, ENUMERATED, M, enum=TariffChangeUsage)
TARIFF_TIME_CHANGE: Final[AvpDef[datetime]] = AvpDef("Tariff-Time-Change", 451, TIME, M)
UNIT_VALUE: Final[AvpDef[UnitValue]] = AvpDef("Unit-Value", 445, GROUPED, M)
USED_SERVICE_UNIT: Final[AvpDef[UsedServiceUnit]] = AvpDef("Used-Service-Unit", 446, GROUPED, M)
USER_EQUIPMENT_INFO: Final[AvpDef[UserEquipmentInfo]] = AvpDef("User-Equipment-Info", 458, GROUPED)
USER_EQUIPMENT_INFO_TYPE: Final[AvpDef[int]] = AvpDef("User-Equipment-Info-Type", 459, ENUMERATED, enum=UserEquipmentInfoType)
USER_EQUIPMENT_INFO_VALUE: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-Value", 460, OCTET_STRING)
USER_EQUIPMENT_INFO_EXTENSION: Final[AvpDef[UserEquipmentInfoExtension]] = AvpDef("User-Equipment-Info-Extension", 653, GROUPED)
USER_EQUIPMENT_INFO_IMEISV: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-IMEISV", 654, OCTET_STRING)
USER_EQUIPMENT_INFO_MAC: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-MAC", 655, OCTET_STRING)
USER_EQUIPMENT_INFO_EUI64: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-EUI64", 656, OCTET_STRING)
USER_EQUIPMENT_INFO_MODIFIEDEUI64: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-ModifiedEUI64", 657, OCTET_STRING)
USER_EQUIPMENT_INFO_IMEI: Final[AvpDef[bytes]] = AvpDef("User-Equipment-Info-IMEI", 658, OCTET_STRING)
VALUE_DIGITS: Final[AvpDef[int]] = AvpDef("Value-Digits", 447, INTEGER64, M)
VALIDITY_TIME: Final[AvpDef[int]] = AvpDef("Validity-Time", 448, UNSIGNED32, M)


@grouped(COST_INFORMATION)
class CostInformation:
    """Cost-Information ::= < AVP Header: 423 >
         { Unit-Value }
         { Currency-Code }
         [ Cost-Unit ]
    """

    unit_value: UnitValue = avp(UNIT_VALUE)
    currency_code: int = avp(CURRENCY_CODE)
    cost_unit: str | None = avp(COST_UNIT, default=None)


@grouped(UNIT_VALUE)
class UnitValue:
    """Unit-Value ::= < AVP Header: 445 >
         { Value-Digits }
         [ Exponent ]
    """

    value_digits: int = avp(VALUE_DIGITS)
    exponent: int | None = avp(EXPONENT, default=None)


@grouped(MULTIPLE_SERVICES_CREDIT_CONTROL)
class MultipleServicesCreditControl:
    """Multiple-Services-Credit-Control ::= < AVP Header: 456 >
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
    """

    granted_service_unit: GrantedServiceUnit | None = avp(GRANTED_SERVICE_UNIT, default=None)
    requested_service_unit: RequestedServiceUnit | None = avp(REQUESTED_SERVICE_UNIT, default=None)
    used_service_unit: tuple[UsedServiceUnit, ...] = repeated(USED_SERVICE_UNIT, default=())
    tariff_change_usage: TariffChangeUsage | int | None = avp(TARIFF_CHANGE_USAGE, default=None)
    service_identifier: tuple[int, ...] = repeated(SERVICE_IDENTIFIER, default=())
    rating_group: int | None = avp(RATING_GROUP, default=None)
    g_s_u_pool_reference: tuple[GSUPoolReference, ...] = repeated(G_S_U_POOL_REFERENCE, default=())
    validity_time: int | None = avp(VALIDITY_TIME, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    final_unit_indication: FinalUnitIndication | None = avp(FINAL_UNIT_INDICATION, default=None)
    qos_final_unit_indication: QoSFinalUnitIndication | None = avp(QOS_FINAL_UNIT_INDICATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GRANTED_SERVICE_UNIT)
class GrantedServiceUnit:
    """Granted-Service-Unit ::= < AVP Header: 431 >
         [ Tariff-Time-Change ]
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """

    tariff_time_change: datetime | None = avp(TARIFF_TIME_CHANGE, default=None)
    cc_time: int | None = avp(CC_TIME, default=None)
    cc_money: CCMoney | None = avp(CC_MONEY, default=None)
    cc_total_octets: int | None = avp(CC_TOTAL_OCTETS, default=None)
    cc_input_octets: int | None = avp(CC_INPUT_OCTETS, default=None)
    cc_output_octets: int | None = avp(CC_OUTPUT_OCTETS, default=None)
    cc_service_specific_units: int | None = avp(CC_SERVICE_SPECIFIC_UNITS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REQUESTED_SERVICE_UNIT)
class RequestedServiceUnit:
    """Requested-Service-Unit ::= < AVP Header: 437 >
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """

    cc_time: int | None = avp(CC_TIME, default=None)
    cc_money: CCMoney | None = avp(CC_MONEY, default=None)
    cc_total_octets: int | None = avp(CC_TOTAL_OCTETS, default=None)
    cc_input_octets: int | None = avp(CC_INPUT_OCTETS, default=None)
    cc_output_octets: int | None = avp(CC_OUTPUT_OCTETS, default=None)
    cc_service_specific_units: int | None = avp(CC_SERVICE_SPECIFIC_UNITS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USED_SERVICE_UNIT)
class UsedServiceUnit:
    """Used-Service-Unit ::= < AVP Header: 446 >
         [ Tariff-Change-Usage ]
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """

    tariff_change_usage: TariffChangeUsage | int | None = avp(TARIFF_CHANGE_USAGE, default=None)
    cc_time: int | None = avp(CC_TIME, default=None)
    cc_money: CCMoney | None = avp(CC_MONEY, default=None)
    cc_total_octets: int | None = avp(CC_TOTAL_OCTETS, default=None)
    cc_input_octets: int | None = avp(CC_INPUT_OCTETS, default=None)
    cc_output_octets: int | None = avp(CC_OUTPUT_OCTETS, default=None)
    cc_service_specific_units: int | None = avp(CC_SERVICE_SPECIFIC_UNITS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CC_MONEY)
class CCMoney:
    """CC-Money ::= < AVP Header: 413 >
         { Unit-Value }
         [ Currency-Code ]
    """

    unit_value: UnitValue = avp(UNIT_VALUE)
    currency_code: int | None = avp(CURRENCY_CODE, default=None)


@grouped(G_S_U_POOL_REFERENCE)
class GSUPoolReference:
    """G-S-U-Pool-Reference ::= < AVP Header: 457 >
         { G-S-U-Pool-Identifier }
         { CC-Unit-Type }
         { Unit-Value }
    """

    g_s_u_pool_identifier: int = avp(G_S_U_POOL_IDENTIFIER)
    cc_unit_type: CCUnitType | int = avp(CC_UNIT_TYPE)
    unit_value: UnitValue = avp(UNIT_VALUE)


@grouped(FINAL_UNIT_INDICATION)
class FinalUnitIndication:
    """Final-Unit-Indication ::= < AVP Header: 430 >
         { Final-Unit-Action }
       * [ Restriction-Filter-Rule ]
       * [ Filter-Id ]
         [ Redirect-Server ]
    """

    final_unit_action: FinalUnitAction | int = avp(FINAL_UNIT_ACTION)
    restriction_filter_rule: tuple[IPFilterRule, ...] = repeated(RESTRICTION_FILTER_RULE, default=())
    filter_id: tuple[str, ...] = repeated(FILTER_ID, default=())
    redirect_server: RedirectServer | None = avp(REDIRECT_SERVER, default=None)


@grouped(REDIRECT_SERVER)
class RedirectServer:
    """Redirect-Server ::= < AVP Header: 434 >
         { Redirect-Address-Type }
         { Redirect-Server-Address }
    """

    redirect_address_type: RedirectAddressType | int = avp(REDIRECT_ADDRESS_TYPE)
    redirect_server_address: str = avp(REDIRECT_SERVER_ADDRESS)


@grouped(SERVICE_PARAMETER_INFO)
class ServiceParameterInfo:
    """Service-Parameter-Info ::= < AVP Header: 440 >
         { Service-Parameter-Type }
         { Service-Parameter-Value }
    """

    service_parameter_type: int = avp(SERVICE_PARAMETER_TYPE)
    service_parameter_value: bytes = avp(SERVICE_PARAMETER_VALUE)


@grouped(SUBSCRIPTION_ID)
class SubscriptionId:
    """Subscription-Id ::= < AVP Header: 443 >
         { Subscription-Id-Type }
         { Subscription-Id-Data }
    """

    subscription_id_type: SubscriptionIdType | int = avp(SUBSCRIPTION_ID_TYPE)
    subscription_id_data: str = avp(SUBSCRIPTION_ID_DATA)


@grouped(USER_EQUIPMENT_INFO)
class UserEquipmentInfo:
    """User-Equipment-Info ::= < AVP Header: 458 >
         { User-Equipment-Info-Type }
         { User-Equipment-Info-Value }
    """

    user_equipment_info_type: UserEquipmentInfoType | int = avp(USER_EQUIPMENT_INFO_TYPE)
    user_equipment_info_value: bytes = avp(USER_EQUIPMENT_INFO_VALUE)


@grouped(USER_EQUIPMENT_INFO_EXTENSION)
class UserEquipmentInfoExtension:
    """User-Equipment-Info-Extension ::= < AVP Header: 653 >
         [ User-Equipment-Info-IMEISV ]
         [ User-Equipment-Info-MAC ]
         [ User-Equipment-Info-EUI64 ]
         [ User-Equipment-Info-ModifiedEUI64 ]
         [ User-Equipment-Info-IMEI ]
         [ AVP ]
    """

    user_equipment_info_imeisv: bytes | None = avp(USER_EQUIPMENT_INFO_IMEISV, default=None)
    user_equipment_info_mac: bytes | None = avp(USER_EQUIPMENT_INFO_MAC, default=None)
    user_equipment_info_eui64: bytes | None = avp(USER_EQUIPMENT_INFO_EUI64, default=None)
    user_equipment_info_modifiedeui64: bytes | None = avp(USER_EQUIPMENT_INFO_MODIFIEDEUI64, default=None)
    user_equipment_info_imei: bytes | None = avp(USER_EQUIPMENT_INFO_IMEI, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSCRIPTION_ID_EXTENSION)
class SubscriptionIdExtension:
    """Subscription-Id-Extension ::= < AVP Header: 659 >
         [ Subscription-Id-E164 ]
         [ Subscription-Id-IMSI ]
         [ Subscription-Id-SIP-URI ]
         [ Subscription-Id-NAI ]
         [ Subscription-Id-Private ]
         [ AVP ]
    """

    subscription_id_e164: str | None = avp(SUBSCRIPTION_ID_E164, default=None)
    subscription_id_imsi: str | None = avp(SUBSCRIPTION_ID_IMSI, default=None)
    subscription_id_sip_uri: str | None = avp(SUBSCRIPTION_ID_SIP_URI, default=None)
    subscription_id_nai: str | None = avp(SUBSCRIPTION_ID_NAI, default=None)
    subscription_id_private: str | None = avp(SUBSCRIPTION_ID_PRIVATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REDIRECT_SERVER_EXTENSION)
class RedirectServerExtension:
    """Redirect-Server-Extension ::= < AVP Header: 665 >
         [ Redirect-Address-IPAddress ]
         [ Redirect-Address-URL ]
         [ Redirect-Address-SIP-URI ]
         [ AVP ]
    """

    redirect_address_ipaddress: AddressValue | None = avp(REDIRECT_ADDRESS_IPADDRESS, default=None)
    redirect_address_url: str | None = avp(REDIRECT_ADDRESS_URL, default=None)
    redirect_address_sip_uri: str | None = avp(REDIRECT_ADDRESS_SIP_URI, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_FINAL_UNIT_INDICATION)
class QoSFinalUnitIndication:
    """QoS-Final-Unit-Indication ::= < AVP Header: 669 >
         { Final-Unit-Action }
       * [ Filter-Rule ]
       * [ Filter-Id ]
         [ Redirect-Server-Extension ]
       * [ AVP ]
    """

    final_unit_action: FinalUnitAction | int = avp(FINAL_UNIT_ACTION)
    filter_rule: tuple[FilterRule, ...] = repeated(FILTER_RULE, default=())
    filter_id: tuple[str, ...] = repeated(FILTER_ID, default=())
    redirect_server_extension: RedirectServerExtension | None = avp(REDIRECT_SERVER_EXTENSION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Credit-Control-Request", code=272, application_id=4, request=True, proxiable=True, alias="CCR")
class CreditControlRequest(Request["CreditControlAnswer"]):
    """<CCR> ::= < Diameter Header: 272, REQ, PXY >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    service_context_id: str = avp(SERVICE_CONTEXT_ID)
    cc_request_type: CCRequestType | int = avp(CC_REQUEST_TYPE)
    cc_request_number: int = avp(CC_REQUEST_NUMBER)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    cc_sub_session_id: int | None = avp(CC_SUB_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    subscription_id_extension: tuple[SubscriptionIdExtension, ...] = repeated(SUBSCRIPTION_ID_EXTENSION, default=())
    service_identifier: int | None = avp(SERVICE_IDENTIFIER, default=None)
    termination_cause: TerminationCause | int | None = avp(TERMINATION_CAUSE, default=None)
    requested_service_unit: RequestedServiceUnit | None = avp(REQUESTED_SERVICE_UNIT, default=None)
    requested_action: RequestedAction | int | None = avp(REQUESTED_ACTION, default=None)
    used_service_unit: tuple[UsedServiceUnit, ...] = repeated(USED_SERVICE_UNIT, default=())
    multiple_services_indicator: MultipleServicesIndicator | int | None = avp(MULTIPLE_SERVICES_INDICATOR, default=None)
    multiple_services_credit_control: tuple[MultipleServicesCreditControl, ...] = repeated(MULTIPLE_SERVICES_CREDIT_CONTROL, default=())
    service_parameter_info: tuple[ServiceParameterInfo, ...] = repeated(SERVICE_PARAMETER_INFO, default=())
    cc_correlation_id: bytes | None = avp(CC_CORRELATION_ID, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=4, request=False, proxiable=True, alias="CCA")
class CreditControlAnswer(Answer):
    """<CCA> ::= < Diameter Header: 272, PXY >
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
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    cc_request_type: CCRequestType | int = avp(CC_REQUEST_TYPE)
    cc_request_number: int = avp(CC_REQUEST_NUMBER)
    user_name: str | None = avp(USER_NAME, default=None)
    cc_session_failover: CCSessionFailover | int | None = avp(CC_SESSION_FAILOVER, default=None)
    cc_sub_session_id: int | None = avp(CC_SUB_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    granted_service_unit: GrantedServiceUnit | None = avp(GRANTED_SERVICE_UNIT, default=None)
    multiple_services_credit_control: tuple[MultipleServicesCreditControl, ...] = repeated(MULTIPLE_SERVICES_CREDIT_CONTROL, default=())
    cost_information: CostInformation | None = avp(COST_INFORMATION, default=None)
    final_unit_indication: FinalUnitIndication | None = avp(FINAL_UNIT_INDICATION, default=None)
    qos_final_unit_indication: QoSFinalUnitIndication | None = avp(QOS_FINAL_UNIT_INDICATION, default=None)
    check_balance_result: CheckBalanceResult | int | None = avp(CHECK_BALANCE_RESULT, default=None)
    credit_control_failure_handling: CreditControlFailureHandling | int | None = avp(CREDIT_CONTROL_FAILURE_HANDLING, default=None)
    direct_debiting_failure_handling: DirectDebitingFailureHandling | int | None = avp(DIRECT_DEBITING_FAILURE_HANDLING, default=None)
    validity_time: int | None = avp(VALIDITY_TIME, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer
