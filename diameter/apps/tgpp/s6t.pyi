"""Dictionary 'tgpp.s6t': generated from schemas/tgpp/s6t.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

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
)
from diameter.apps.tgpp import (
    ADDITIONAL_IDENTIFIERS,
    AESECommunicationPattern as AESECommunicationPattern,
    AESECommunicationPatternConfigStatus as AESECommunicationPatternConfigStatus,
    AESE_COMMUNICATION_PATTERN,
    AESE_COMMUNICATION_PATTERN_CONFIG_STATUS,
    AdditionalIdentifiers as AdditionalIdentifiers,
    CIAFlags as CIAFlags,
    CIA_FLAGS,
    CIRFlags as CIRFlags,
    CIR_FLAGS,
    ENHANCED_COVERAGE_RESTRICTION,
    ENHANCED_COVERAGE_RESTRICTION_DATA,
    EnhancedCoverageRestriction as EnhancedCoverageRestriction,
    EnhancedCoverageRestrictionData as EnhancedCoverageRestrictionData,
    GROUP_REPORT,
    GROUP_REPORTING_GUARD_TIMER,
    GROUP_USER_IDENTIFIER,
    GroupReport as GroupReport,
    GroupUserIdentifier as GroupUserIdentifier,
    IMSIGroupId as IMSIGroupId,
    IMSI_GROUP_ID,
    MONITORING_EVENT_CONFIGURATION,
    MONITORING_EVENT_CONFIG_STATUS,
    MONITORING_EVENT_REPORT,
    MONITORING_EVENT_REPORT_STATUS,
    MTCProviderInfo as MTCProviderInfo,
    MTC_PROVIDER_INFO,
    MonitoringEventConfigStatus as MonitoringEventConfigStatus,
    MonitoringEventConfiguration as MonitoringEventConfiguration,
    MonitoringEventReport as MonitoringEventReport,
    MonitoringEventReportStatus as MonitoringEventReportStatus,
    NIAFlags as NIAFlags,
    NIA_FLAGS,
    NIDDAuthorizationRequest as NIDDAuthorizationRequest,
    NIDDAuthorizationResponse as NIDDAuthorizationResponse,
    NIDDAuthorizationUpdate as NIDDAuthorizationUpdate,
    NIDD_AUTHORIZATION_REQUEST,
    NIDD_AUTHORIZATION_RESPONSE,
    NIDD_AUTHORIZATION_UPDATE,
    NIRFlags as NIRFlags,
    NIR_FLAGS,
    NUMBER_OF_UES,
    RIRFlags as RIRFlags,
    RIR_FLAGS,
    S6T_HSS_CAUSE,
    S6tHSSCause as S6tHSSCause,
    SUGGESTED_NETWORK_CONFIGURATION,
    SUPPORTED_FEATURES,
    SUPPORTED_SERVICES,
    SuggestedNetworkConfiguration as SuggestedNetworkConfiguration,
    SupportedFeatures as SupportedFeatures,
    SupportedServices as SupportedServices,
    UPDATED_NETWORK_CONFIGURATION,
    USER_IDENTIFIER,
    UpdatedNetworkConfiguration as UpdatedNetworkConfiguration,
    UserIdentifier as UserIdentifier,
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
    "NIDDInformationRequest",
    "NIR",
    "NIDDInformationAnswer",
    "NIA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Configuration-Information-Request", code=8388718, application_id=16777345, request=True, proxiable=True, alias="CIR")
class ConfigurationInformationRequest(Request["ConfigurationInformationAnswer"]):
    """<CIR> ::= < Diameter Header: 8388718, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Identifier }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
       * [ Monitoring-Event-Configuration ]
         [ CIR-Flags ]
       * [ AESE-Communication-Pattern ]
         [ Enhanced-Coverage-Restriction ]
         [ Group-Reporting-Guard-Timer ]
         [ Additional-Identifiers ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Suggested-Network-Configuration ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    monitoring_event_configuration: tuple[MonitoringEventConfiguration, ...] = repeated(MONITORING_EVENT_CONFIGURATION, default=())
    cir_flags: CIRFlags | int | None = avp(CIR_FLAGS, default=None)
    aese_communication_pattern: tuple[AESECommunicationPattern, ...] = repeated(AESE_COMMUNICATION_PATTERN, default=())
    enhanced_coverage_restriction: EnhancedCoverageRestriction | None = avp(ENHANCED_COVERAGE_RESTRICTION, default=None)
    group_reporting_guard_timer: int | None = avp(GROUP_REPORTING_GUARD_TIMER, default=None)
    additional_identifiers: AdditionalIdentifiers | None = avp(ADDITIONAL_IDENTIFIERS, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    suggested_network_configuration: SuggestedNetworkConfiguration | None = avp(SUGGESTED_NETWORK_CONFIGURATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CIR = ConfigurationInformationRequest


@command("Configuration-Information-Answer", code=8388718, application_id=16777345, request=False, proxiable=True, alias="CIA")
class ConfigurationInformationAnswer(Answer):
    """<CIA> ::= < Diameter Header: 8388718, PXY >
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
         [ User-Identifier ]
         [ Number-Of-UEs ]
       * [ Monitoring-Event-Report ]
       * [ Monitoring-Event-Config-Status ]
       * [ AESE-Communication-Pattern-Config-Status ]
       * [ Supported-Services ]
         [ S6t-HSS-Cause ]
         [ Enhanced-Coverage-Restriction-Data ]
         [ CIA-Flags ]
       * [ IMSI-Group-Id ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Suggested-Network-Configuration ]
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
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    number_of_ues: int | None = avp(NUMBER_OF_UES, default=None)
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    monitoring_event_config_status: tuple[MonitoringEventConfigStatus, ...] = repeated(MONITORING_EVENT_CONFIG_STATUS, default=())
    aese_communication_pattern_config_status: tuple[AESECommunicationPatternConfigStatus, ...] = repeated(AESE_COMMUNICATION_PATTERN_CONFIG_STATUS, default=())
    supported_services: tuple[SupportedServices, ...] = repeated(SUPPORTED_SERVICES, default=())
    s6t_hss_cause: S6tHSSCause | int | None = avp(S6T_HSS_CAUSE, default=None)
    enhanced_coverage_restriction_data: EnhancedCoverageRestrictionData | None = avp(ENHANCED_COVERAGE_RESTRICTION_DATA, default=None)
    cia_flags: CIAFlags | int | None = avp(CIA_FLAGS, default=None)
    imsi_group_id: tuple[IMSIGroupId, ...] = repeated(IMSI_GROUP_ID, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    suggested_network_configuration: SuggestedNetworkConfiguration | None = avp(SUGGESTED_NETWORK_CONFIGURATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CIA = ConfigurationInformationAnswer


@command("Reporting-Information-Request", code=8388719, application_id=16777345, request=True, proxiable=True, alias="RIR")
class ReportingInformationRequest(Request["ReportingInformationAnswer"]):
    """<RIR> ::= < Diameter Header: 8388719, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
         [ User-Identifier ]
       * [ Monitoring-Event-Report ]
       * [ Group-Report ]
         [ Updated-Network-Configuration ]
         [ RIR-Flags ]
       * [ Supported-Services ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_identifier: UserIdentifier | None = avp(USER_IDENTIFIER, default=None)
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    group_report: tuple[GroupReport, ...] = repeated(GROUP_REPORT, default=())
    updated_network_configuration: UpdatedNetworkConfiguration | None = avp(UPDATED_NETWORK_CONFIGURATION, default=None)
    rir_flags: RIRFlags | int | None = avp(RIR_FLAGS, default=None)
    supported_services: tuple[SupportedServices, ...] = repeated(SUPPORTED_SERVICES, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RIR = ReportingInformationRequest


@command("Reporting-Information-Answer", code=8388719, application_id=16777345, request=False, proxiable=True, alias="RIA")
class ReportingInformationAnswer(Answer):
    """<RIA> ::= < Diameter Header: 8388719, PXY >
         < Session-Id >
         [ DRMP ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
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
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    monitoring_event_report_status: tuple[MonitoringEventReportStatus, ...] = repeated(MONITORING_EVENT_REPORT_STATUS, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


RIA = ReportingInformationAnswer


@command("NIDD-Information-Request", code=8388726, application_id=16777345, request=True, proxiable=True, alias="NIR")
class NIDDInformationRequest(Request["NIDDInformationAnswer"]):
    """<NIR> ::= < Diameter Header: 8388726, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Identifier }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ NIDD-Authorization-Request ]
         [ NIDD-Authorization-Update ]
         [ NIR-Flags ]
       * [ Group-User-Identifier ]
         [ MTC-Provider-Info ]
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
    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    nidd_authorization_request: NIDDAuthorizationRequest | None = avp(NIDD_AUTHORIZATION_REQUEST, default=None)
    nidd_authorization_update: NIDDAuthorizationUpdate | None = avp(NIDD_AUTHORIZATION_UPDATE, default=None)
    nir_flags: NIRFlags | int | None = avp(NIR_FLAGS, default=None)
    group_user_identifier: tuple[GroupUserIdentifier, ...] = repeated(GROUP_USER_IDENTIFIER, default=())
    mtc_provider_info: MTCProviderInfo | None = avp(MTC_PROVIDER_INFO, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


NIR = NIDDInformationRequest


@command("NIDD-Information-Answer", code=8388726, application_id=16777345, request=False, proxiable=True, alias="NIA")
class NIDDInformationAnswer(Answer):
    """<NIA> ::= < Diameter Header: 8388726, PXY >
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
         [ NIDD-Authorization-Response ]
       * [ Group-User-Identifier ]
         [ NIA-Flags ]
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
    nidd_authorization_response: NIDDAuthorizationResponse | None = avp(NIDD_AUTHORIZATION_RESPONSE, default=None)
    group_user_identifier: tuple[GroupUserIdentifier, ...] = repeated(GROUP_USER_IDENTIFIER, default=())
    nia_flags: NIAFlags | int | None = avp(NIA_FLAGS, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


NIA = NIDDInformationAnswer
