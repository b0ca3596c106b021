"""Dictionary 'tgpp.sgd': generated from schemas/tgpp/sgd.dia by `python -m diameter.dictc`.

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
    ABSENT_USER_DIAGNOSTIC_SM,
    EPSLocationInformation as EPSLocationInformation,
    EPS_LOCATION_INFORMATION,
    EXTERNAL_IDENTIFIER,
    MAXIMUM_RETRANSMISSION_TIME,
    MME_NUMBER_FOR_MT_SMS,
    MPSPriority as MPSPriority,
    MPS_PRIORITY,
    NR_CELL_GLOBAL_IDENTITY,
    OFRFlags as OFRFlags,
    OFR_FLAGS,
    REQUESTED_RETRANSMISSION_TIME,
    SC_ADDRESS,
    SGSN_NUMBER,
    SMDeliveryFailureCause as SMDeliveryFailureCause,
    SMDeliveryOutcome as SMDeliveryOutcome,
    SMSMICorrelationID as SMSMICorrelationID,
    SMSMI_CORRELATION_ID,
    SMS_GMSC_ADDRESS,
    SM_DELIVERY_FAILURE_CAUSE,
    SM_DELIVERY_OUTCOME,
    SM_DELIVERY_START_TIME,
    SM_DELIVERY_TIMER,
    SM_RP_UI,
    SUPPORTED_FEATURES,
    SupportedFeatures as SupportedFeatures,
    TFRFlags as TFRFlags,
    TFR_FLAGS,
    USER_IDENTIFIER,
    UserIdentifier as UserIdentifier,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "MOForwardShortMessageRequest",
    "OFR",
    "MOForwardShortMessageAnswer",
    "OFA",
    "MTForwardShortMessageRequest",
    "TFR",
    "MTForwardShortMessageAnswer",
    "TFA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("MO-Forward-Short-Message-Request", code=8388645, application_id=16777313, request=True, proxiable=True, alias="OFR")
class MOForwardShortMessageRequest(Request["MOForwardShortMessageAnswer"]):
    """<OFR> ::= < Diameter Header: 8388645, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { SC-Address }
         [ OFR-Flags ]
       * [ Supported-Features ]
         { User-Identifier }
         [ EPS-Location-Information ]
         [ NR-Cell-Global-Identity ]
         { SM-RP-UI }
         [ SMSMI-Correlation-ID ]
         [ SM-Delivery-Outcome ]
         [ MPS-Priority ]
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
    ofr_flags: OFRFlags | int | None = avp(OFR_FLAGS, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    nr_cell_global_identity: bytes | None = avp(NR_CELL_GLOBAL_IDENTITY, default=None)
    sm_rp_ui: bytes = avp(SM_RP_UI)
    smsmi_correlation_id: SMSMICorrelationID | None = avp(SMSMI_CORRELATION_ID, default=None)
    sm_delivery_outcome: SMDeliveryOutcome | None = avp(SM_DELIVERY_OUTCOME, default=None)
    mps_priority: MPSPriority | int | None = avp(MPS_PRIORITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


OFR = MOForwardShortMessageRequest


@command("MO-Forward-Short-Message-Answer", code=8388645, application_id=16777313, request=False, proxiable=True, alias="OFA")
class MOForwardShortMessageAnswer(Answer):
    """<OFA> ::= < Diameter Header: 8388645, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ SM-Delivery-Failure-Cause ]
         [ SM-RP-UI ]
         [ External-Identifier ]
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
    sm_delivery_failure_cause: SMDeliveryFailureCause | None = avp(SM_DELIVERY_FAILURE_CAUSE, default=None)
    sm_rp_ui: bytes | None = avp(SM_RP_UI, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


OFA = MOForwardShortMessageAnswer


@command("MT-Forward-Short-Message-Request", code=8388646, application_id=16777313, request=True, proxiable=True, alias="TFR")
class MTForwardShortMessageRequest(Request["MTForwardShortMessageAnswer"]):
    """<TFR> ::= < Diameter Header: 8388646, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
         [ SMSMI-Correlation-ID ]
         { SC-Address }
         { SM-RP-UI }
         [ MME-Number-for-MT-SMS ]
         [ SGSN-Number ]
         [ TFR-Flags ]
         [ SM-Delivery-Timer ]
         [ SM-Delivery-Start-Time ]
         [ Maximum-Retransmission-Time ]
         [ SMS-GMSC-Address ]
         [ MPS-Priority ]
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
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    smsmi_correlation_id: SMSMICorrelationID | None = avp(SMSMI_CORRELATION_ID, default=None)
    sc_address: bytes = avp(SC_ADDRESS)
    sm_rp_ui: bytes = avp(SM_RP_UI)
    mme_number_for_mt_sms: bytes | None = avp(MME_NUMBER_FOR_MT_SMS, default=None)
    sgsn_number: bytes | None = avp(SGSN_NUMBER, default=None)
    tfr_flags: TFRFlags | int | None = avp(TFR_FLAGS, default=None)
    sm_delivery_timer: int | None = avp(SM_DELIVERY_TIMER, default=None)
    sm_delivery_start_time: datetime | None = avp(SM_DELIVERY_START_TIME, default=None)
    maximum_retransmission_time: datetime | None = avp(MAXIMUM_RETRANSMISSION_TIME, default=None)
    sms_gmsc_address: bytes | None = avp(SMS_GMSC_ADDRESS, default=None)
    mps_priority: MPSPriority | int | None = avp(MPS_PRIORITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


TFR = MTForwardShortMessageRequest


@command("MT-Forward-Short-Message-Answer", code=8388646, application_id=16777313, request=False, proxiable=True, alias="TFA")
class MTForwardShortMessageAnswer(Answer):
    """<TFA> ::= < Diameter Header: 8388646, PXY >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
         [ Absent-User-Diagnostic-SM ]
         [ SM-Delivery-Failure-Cause ]
         [ SM-RP-UI ]
         [ Requested-Retransmission-Time ]
         [ User-Identifier ]
         [ EPS-Location-Information ]
         [ NR-Cell-Global-Identity ]
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
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)
    sm_delivery_failure_cause: SMDeliveryFailureCause | None = avp(SM_DELIVERY_FAILURE_CAUSE, default=None)
    sm_rp_ui: bytes | None = avp(SM_RP_UI, default=None)
    requested_retransmission_time: datetime | None = avp(REQUESTED_RETRANSMISSION_TIME, default=None)
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    nr_cell_global_identity: bytes | None = avp(NR_CELL_GLOBAL_IDENTITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


TFA = MTForwardShortMessageAnswer
