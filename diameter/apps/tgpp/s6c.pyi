"""Dictionary 'tgpp.s6c': generated from schemas/tgpp/s6c.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_SESSION_STATE,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    EXPERIMENTAL_RESULT,
    ExperimentalResult as ExperimentalResult,
    FAILED_AVP,
    FailedAVP as FailedAVP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    PROXY_INFO,
    ProxyInfo as ProxyInfo,
    RESULT_CODE,
    ROUTE_RECORD,
    ResultCode as ResultCode,
    SESSION_ID,
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
    VendorSpecificApplicationId as VendorSpecificApplicationId,
)
from diameter.apps.ietf import DRMP, Drmp as Drmp
from diameter.apps.tgpp import (
    ADDITIONAL_SERVING_NODE,
    AdditionalServingNode as AdditionalServingNode,
    LMSI,
    MAXIMUM_UE_AVAILABILITY_TIME,
    MME_ABSENT_USER_DIAGNOSTIC_SM,
    MPSPriority as MPSPriority,
    MPS_PRIORITY,
    MSC_ABSENT_USER_DIAGNOSTIC_SM,
    MSISDN,
    MWDStatus as MWDStatus,
    MWD_STATUS,
    RDRFlags as RDRFlags,
    RDR_FLAGS,
    SC_ADDRESS,
    SERVING_NODE,
    SGSN_ABSENT_USER_DIAGNOSTIC_SM,
    SMDeliveryNotIntended as SMDeliveryNotIntended,
    SMDeliveryOutcome as SMDeliveryOutcome,
    SMRPMTI as SMRPMTI,
    SMSF3GPPAddress as SMSF3GPPAddress,
    SMSFNon3GPPAddress as SMSFNon3GPPAddress,
    SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM,
    SMSF_3GPP_ADDRESS,
    SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM,
    SMSF_NON_3GPP_ADDRESS,
    SMSGMSCAlertEvent as SMSGMSCAlertEvent,
    SMSMICorrelationID as SMSMICorrelationID,
    SMSMI_CORRELATION_ID,
    SMS_GMSC_ALERT_EVENT,
    SM_DELIVERY_NOT_INTENDED,
    SM_DELIVERY_OUTCOME,
    SM_RP_MTI,
    SM_RP_SMEA,
    SRRFlags as SRRFlags,
    SRR_FLAGS,
    SUPPORTED_FEATURES,
    ServingNode as ServingNode,
    SupportedFeatures as SupportedFeatures,
    USER_IDENTIFIER,
    UserIdentifier as UserIdentifier,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "SendRoutingInfoForSMRequest",
    "SRR",
    "SendRoutingInfoForSMAnswer",
    "SRA",
    "AlertServiceCentreRequest",
    "ALR",
    "AlertServiceCentreAnswer",
    "ALA",
    "ReportSMDeliveryStatusRequest",
    "RDR",
    "ReportSMDeliveryStatusAnswer",
    "RDA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Send-Routing-Info-for-SM-Request", code=8388647, application_id=16777312, request=True, proxiable=True, alias="SRR")
class SendRoutingInfoForSMRequest(Request["SendRoutingInfoForSMAnswer"]):
    """<SRR> ::= < Diameter Header: 8388647, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ MSISDN ]
         [ User-Name ]
         [ SMSMI-Correlation-ID ]
       * [ Supported-Features ]
         [ SC-Address ]
         [ SM-RP-MTI ]
         [ SM-RP-SMEA ]
         [ SRR-Flags ]
         [ SM-Delivery-Not-Intended ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    msisdn: bytes | None = avp(MSISDN, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    smsmi_correlation_id: SMSMICorrelationID | None = avp(SMSMI_CORRELATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    sc_address: bytes | None = avp(SC_ADDRESS, default=None)
    sm_rp_mti: SMRPMTI | int | None = avp(SM_RP_MTI, default=None)
    sm_rp_smea: bytes | None = avp(SM_RP_SMEA, default=None)
    srr_flags: SRRFlags | int | None = avp(SRR_FLAGS, default=None)
    sm_delivery_not_intended: SMDeliveryNotIntended | int | None = avp(SM_DELIVERY_NOT_INTENDED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


SRR = SendRoutingInfoForSMRequest


@command("Send-Routing-Info-for-SM-Answer", code=8388647, application_id=16777312, request=False, proxiable=True, alias="SRA")
class SendRoutingInfoForSMAnswer(Answer):
    """<SRA> ::= < Diameter Header: 8388647, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
       * [ Supported-Features ]
         [ Serving-Node ]
         [ Additional-Serving-Node ]
         [ SMSF-3GPP-Address ]
         [ SMSF-Non-3GPP-Address ]
         [ LMSI ]
         [ User-Identifier ]
         [ MWD-Status ]
         [ MME-Absent-User-Diagnostic-SM ]
         [ MSC-Absent-User-Diagnostic-SM ]
         [ SGSN-Absent-User-Diagnostic-SM ]
         [ SMSF-3GPP-Absent-User-Diagnostic-SM ]
         [ SMSF-Non-3GPP-Absent-User-Diagnostic-SM ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ MPS-Priority ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    additional_serving_node: AdditionalServingNode | None = avp(ADDITIONAL_SERVING_NODE, default=None)
    smsf_3gpp_address: SMSF3GPPAddress | None = avp(SMSF_3GPP_ADDRESS, default=None)
    smsf_non_3gpp_address: SMSFNon3GPPAddress | None = avp(SMSF_NON_3GPP_ADDRESS, default=None)
    lmsi: bytes | None = avp(LMSI, default=None)
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    mwd_status: MWDStatus | int | None = avp(MWD_STATUS, default=None)
    mme_absent_user_diagnostic_sm: int | None = avp(MME_ABSENT_USER_DIAGNOSTIC_SM, default=None)
    msc_absent_user_diagnostic_sm: int | None = avp(MSC_ABSENT_USER_DIAGNOSTIC_SM, default=None)
    sgsn_absent_user_diagnostic_sm: int | None = avp(SGSN_ABSENT_USER_DIAGNOSTIC_SM, default=None)
    smsf_3gpp_absent_user_diagnostic_sm: int | None = avp(SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM, default=None)
    smsf_non_3gpp_absent_user_diagnostic_sm: int | None = avp(SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    mps_priority: MPSPriority | int | None = avp(MPS_PRIORITY, default=None)


SRA = SendRoutingInfoForSMAnswer


@command("Alert-Service-Centre-Request", code=8388648, application_id=16777312, request=True, proxiable=True, alias="ALR")
class AlertServiceCentreRequest(Request["AlertServiceCentreAnswer"]):
    """<ALR> ::= < Diameter Header: 8388648, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { SC-Address }
         { User-Identifier }
         [ SMSMI-Correlation-ID ]
         [ Maximum-UE-Availability-Time ]
         [ SMS-GMSC-Alert-Event ]
         [ Serving-Node ]
       * [ Supported-Features ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    sc_address: bytes = avp(SC_ADDRESS)
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    smsmi_correlation_id: SMSMICorrelationID | None = avp(SMSMI_CORRELATION_ID, default=None)
    maximum_ue_availability_time: datetime | None = avp(MAXIMUM_UE_AVAILABILITY_TIME, default=None)
    sms_gmsc_alert_event: SMSGMSCAlertEvent | int | None = avp(SMS_GMSC_ALERT_EVENT, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ALR = AlertServiceCentreRequest


@command("Alert-Service-Centre-Answer", code=8388648, application_id=16777312, request=False, proxiable=True, alias="ALA")
class AlertServiceCentreAnswer(Answer):
    """<ALA> ::= < Diameter Header: 8388648, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ALA = AlertServiceCentreAnswer


@command("Report-SM-Delivery-Status-Request", code=8388649, application_id=16777312, request=True, proxiable=True, alias="RDR")
class ReportSMDeliveryStatusRequest(Request["ReportSMDeliveryStatusAnswer"]):
    """<RDR> ::= < Diameter Header: 8388649, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
         { User-Identifier }
         [ SMSMI-Correlation-ID ]
         { SC-Address }
         { SM-Delivery-Outcome }
         [ RDR-Flags ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    smsmi_correlation_id: SMSMICorrelationID | None = avp(SMSMI_CORRELATION_ID, default=None)
    sc_address: bytes = avp(SC_ADDRESS)
    sm_delivery_outcome: SMDeliveryOutcome = avp(SM_DELIVERY_OUTCOME)
    rdr_flags: RDRFlags | int | None = avp(RDR_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RDR = ReportSMDeliveryStatusRequest


@command("Report-SM-Delivery-Status-Answer", code=8388649, application_id=16777312, request=False, proxiable=True, alias="RDA")
class ReportSMDeliveryStatusAnswer(Answer):
    """<RDA> ::= < Diameter Header: 8388649, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ User-Identifier ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RDA = ReportSMDeliveryStatusAnswer
