"""Dictionary 'tgpp.t6a': generated from schemas/tgpp/t6a.dia by `python -m diameter.dictc`.

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
)
from diameter.apps.ietf import (
    DRMP,
    Drmp as Drmp,
    LOAD,
    Load as Load,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_SUPPORTED_FEATURES,
    SERVICE_SELECTION,
)
from diameter.apps.tgpp import (
    APNRateControlStatus as APNRateControlStatus,
    APN_RATE_CONTROL_STATUS,
    BEARER_IDENTIFIER,
    CMRFlags as CMRFlags,
    CMR_FLAGS,
    CONNECTION_ACTION,
    ConnectionAction as ConnectionAction,
    EXTENDED_PCO,
    MAXIMUM_RETRANSMISSION_TIME,
    MAXIMUM_UE_AVAILABILITY_TIME,
    MONITORING_EVENT_CONFIGURATION,
    MONITORING_EVENT_CONFIG_STATUS,
    MONITORING_EVENT_REPORT,
    MONITORING_EVENT_REPORT_STATUS,
    MonitoringEventConfigStatus as MonitoringEventConfigStatus,
    MonitoringEventConfiguration as MonitoringEventConfiguration,
    MonitoringEventReport as MonitoringEventReport,
    MonitoringEventReportStatus as MonitoringEventReportStatus,
    NON_IP_DATA,
    PDN_CONNECTION_CHARGING_ID,
    RATType as RATType,
    RAT_TYPE,
    REQUESTED_RETRANSMISSION_TIME,
    RRCCauseCounter as RRCCauseCounter,
    RRC_CAUSE_COUNTER,
    SCEF_WAIT_TIME,
    SERVING_PLMN_RATE_CONTROL,
    SUPPORTED_FEATURES,
    ServingPLMNRateControl as ServingPLMNRateControl,
    SupportedFeatures as SupportedFeatures,
    TDAFlags as TDAFlags,
    TDA_FLAGS,
    TERMINAL_INFORMATION,
    TGPP_CHARGING_CHARACTERISTICS,
    TerminalInformation as TerminalInformation,
    USER_IDENTIFIER,
    UserIdentifier as UserIdentifier,
    VISITED_PLMN_ID,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.wire import Avp

__all__ = [
    "ConfigurationInformationRequest",
    "CIR",
    "ConfigurationInformationAnswer",
    "CIA",
    "ReportingInformationRequest",
    "RIR",
    "ReportingInformationAnswer",
    "RIA",
    "ConnectionManagementRequest",
    "CMR",
    "ConnectionManagementAnswer",
    "CMA",
    "MODataRequest",
    "ODR",
    "MODataAnswer",
    "ODA",
    "MTDataRequest",
    "TDR",
    "MTDataAnswer",
    "TDA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Configuration-Information-Request", code=8388718, application_id=16777346, request=True, proxiable=True, alias="CIR")
class ConfigurationInformationRequest(Request["ConfigurationInformationAnswer"]):
    """<CIR> ::= < Diameter Header: 8388718, REQ, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
       * [ Supported-Features ]
       * [ Monitoring-Event-Configuration ]
       * [ Monitoring-Event-Report ]
         [ User-Identifier ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    monitoring_event_configuration: tuple[MonitoringEventConfiguration, ...] = repeated(MONITORING_EVENT_CONFIGURATION, default=())
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CIR = ConfigurationInformationRequest


@command("Configuration-Information-Answer", code=8388718, application_id=16777346, request=False, proxiable=True, alias="CIA")
class ConfigurationInformationAnswer(Answer):
    """<CIA> ::= < Diameter Header: 8388718, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ Supported-Features ]
       * [ Monitoring-Event-Report ]
       * [ Monitoring-Event-Config-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    monitoring_event_config_status: tuple[MonitoringEventConfigStatus, ...] = repeated(MONITORING_EVENT_CONFIG_STATUS, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CIA = ConfigurationInformationAnswer


@command("Reporting-Information-Request", code=8388719, application_id=16777346, request=True, proxiable=True, alias="RIR")
class ReportingInformationRequest(Request["ReportingInformationAnswer"]):
    """<RIR> ::= < Diameter Header: 8388719, REQ, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ User-Identifier ]
       * [ Monitoring-Event-Report ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RIR = ReportingInformationRequest


@command("Reporting-Information-Answer", code=8388719, application_id=16777346, request=False, proxiable=True, alias="RIA")
class ReportingInformationAnswer(Answer):
    """<RIA> ::= < Diameter Header: 8388719, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
       * [ Monitoring-Event-Report-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    monitoring_event_report_status: tuple[MonitoringEventReportStatus, ...] = repeated(MONITORING_EVENT_REPORT_STATUS, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RIA = ReportingInformationAnswer


@command("Connection-Management-Request", code=8388732, application_id=16777346, request=True, proxiable=True, alias="CMR")
class ConnectionManagementRequest(Request["ConnectionManagementAnswer"]):
    """<CMR> ::= < Diameter Header: 8388732, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
         [ CMR-Flags ]
         [ Maximum-UE-Availability-Time ]
       * [ Supported-Features ]
         [ Connection-Action ]
         [ Service-Selection ]
         [ Serving-PLMN-Rate-Control ]
         [ Extended-PCO ]
         [ 3GPP-Charging-Characteristics ]
         [ RAT-Type ]
         [ Terminal-Information ]
         [ Visited-PLMN-Id ]
         [ APN-Rate-Control-Status ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER, fixed=True)
    bearer_identifier: bytes = avp(BEARER_IDENTIFIER, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    cmr_flags: CMRFlags | int | None = avp(CMR_FLAGS, default=None)
    maximum_ue_availability_time: datetime | None = avp(MAXIMUM_UE_AVAILABILITY_TIME, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    connection_action: ConnectionAction | int | None = avp(CONNECTION_ACTION, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    serving_plmn_rate_control: ServingPLMNRateControl | None = avp(SERVING_PLMN_RATE_CONTROL, default=None)
    extended_pco: bytes | None = avp(EXTENDED_PCO, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    apn_rate_control_status: APNRateControlStatus | None = avp(APN_RATE_CONTROL_STATUS, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CMR = ConnectionManagementRequest


@command("Connection-Management-Answer", code=8388732, application_id=16777346, request=False, proxiable=True, alias="CMA")
class ConnectionManagementAnswer(Answer):
    """<CMA> ::= < Diameter Header: 8388732, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ PDN-Connection-Charging-ID ]
         [ Extended-PCO ]
         [ APN-Rate-Control-Status ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    pdn_connection_charging_id: int | None = avp(PDN_CONNECTION_CHARGING_ID, default=None)
    extended_pco: bytes | None = avp(EXTENDED_PCO, default=None)
    apn_rate_control_status: APNRateControlStatus | None = avp(APN_RATE_CONTROL_STATUS, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CMA = ConnectionManagementAnswer


@command("MO-Data-Request", code=8388733, application_id=16777346, request=True, proxiable=True, alias="ODR")
class MODataRequest(Request["MODataAnswer"]):
    """<ODR> ::= < Diameter Header: 8388733, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Non-IP-Data ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ RRC-Cause-Counter ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER, fixed=True)
    bearer_identifier: bytes = avp(BEARER_IDENTIFIER, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    non_ip_data: bytes | None = avp(NON_IP_DATA, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    rrc_cause_counter: RRCCauseCounter | None = avp(RRC_CAUSE_COUNTER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ODR = MODataRequest


@command("MO-Data-Answer", code=8388733, application_id=16777346, request=False, proxiable=True, alias="ODA")
class MODataAnswer(Answer):
    """<ODA> ::= < Diameter Header: 8388733, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ODA = MODataAnswer


@command("MT-Data-Request", code=8388734, application_id=16777346, request=True, proxiable=True, alias="TDR")
class MTDataRequest(Request["MTDataAnswer"]):
    """<TDR> ::= < Diameter Header: 8388734, REQ, PXY, 16777346 >
         < Session-Id >
         < User-Identifier >
         < Bearer-Identifier >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Non-IP-Data ]
         [ SCEF-Wait-Time ]
         [ Maximum-Retransmission-Time ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER, fixed=True)
    bearer_identifier: bytes = avp(BEARER_IDENTIFIER, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    non_ip_data: bytes | None = avp(NON_IP_DATA, default=None)
    scef_wait_time: datetime | None = avp(SCEF_WAIT_TIME, default=None)
    maximum_retransmission_time: datetime | None = avp(MAXIMUM_RETRANSMISSION_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TDR = MTDataRequest


@command("MT-Data-Answer", code=8388734, application_id=16777346, request=False, proxiable=True, alias="TDA")
class MTDataAnswer(Answer):
    """<TDA> ::= < Diameter Header: 8388734, PXY, 16777346 >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
         [ Requested-Retransmission-Time ]
       * [ Supported-Features ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ TDA-Flags ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    requested_retransmission_time: datetime | None = avp(REQUESTED_RETRANSMISSION_TIME, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    tda_flags: TDAFlags | int | None = avp(TDA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


TDA = MTDataAnswer
