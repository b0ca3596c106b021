"""Dictionary 'tgpp.slg': generated from schemas/tgpp/slg.dia by `python -m diameter.dictc`.

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
    USER_NAME,
    VENDOR_SPECIFIC_APPLICATION_ID,
    VendorSpecificApplicationId as VendorSpecificApplicationId,
)
from diameter.apps.ietf import DRMP, Drmp as Drmp, SERVICE_SELECTION
from diameter.apps.tgpp import (
    ACCURACY_FULFILMENT_INDICATOR,
    AGE_OF_LOCATION_ESTIMATE,
    AMF_INSTANCE_ID,
    AREA_EVENT_INFO,
    AccuracyFulfilmentIndicator as AccuracyFulfilmentIndicator,
    AreaEventInfo as AreaEventInfo,
    BAROMETRIC_PRESSURE,
    CELL_GLOBAL_IDENTITY,
    CIVIC_ADDRESS,
    DEFERRED_LOCATION_TYPE,
    DEFERRED_MT_LR_DATA,
    DELAYED_LOCATION_REPORTING_DATA,
    DeferredLocationType as DeferredLocationType,
    DeferredMTLRData as DeferredMTLRData,
    DelayedLocationReportingData as DelayedLocationReportingData,
    ECGI,
    ESMLCCellInfo as ESMLCCellInfo,
    ESMLC_CELL_INFO,
    EUTRAN_POSITIONING_DATA,
    GERANPositioningInfo as GERANPositioningInfo,
    GERAN_POSITIONING_INFO,
    GMLC_ADDRESS,
    IMEI,
    LCSClientType as LCSClientType,
    LCSEPSClientName as LCSEPSClientName,
    LCSPrivacyCheckNonSession as LCSPrivacyCheckNonSession,
    LCSPrivacyCheckSession as LCSPrivacyCheckSession,
    LCSQoS as LCSQoS,
    LCSQoSClass as LCSQoSClass,
    LCSRequestorName as LCSRequestorName,
    LCS_CLIENT_TYPE,
    LCS_CODEWORD,
    LCS_EPS_CLIENT_NAME,
    LCS_PRIORITY,
    LCS_PRIVACY_CHECK_NON_SESSION,
    LCS_PRIVACY_CHECK_SESSION,
    LCS_QOS,
    LCS_QOS_CLASS,
    LCS_REFERENCE_NUMBER,
    LCS_REQUESTOR_NAME,
    LCS_SERVICE_TYPE_ID,
    LOCATION_ESTIMATE,
    LOCATION_EVENT,
    LRAFlags as LRAFlags,
    LRA_FLAGS,
    LRRFlags as LRRFlags,
    LRR_FLAGS,
    LocationEvent as LocationEvent,
    MOTION_EVENT_INFO,
    MSISDN,
    MotionEventInfo as MotionEventInfo,
    N1XRTT_RCID,
    PERIODIC_LDR_INFORMATION,
    PLAFlags as PLAFlags,
    PLA_FLAGS,
    PLRFlags as PLRFlags,
    PLR_FLAGS,
    PSEUDONYM_INDICATOR,
    PeriodicLDRInformation as PeriodicLDRInformation,
    PseudonymIndicator as PseudonymIndicator,
    REPORTING_AMOUNT,
    REPORTING_PLMN_LIST,
    ReportingPLMNList as ReportingPLMNList,
    SERVICE_AREA_IDENTITY,
    SERVING_NODE,
    SLG_LOCATION_TYPE,
    SLgLocationType as SLgLocationType,
    SUPPORTED_FEATURES,
    SUPPORTED_GAD_SHAPES,
    ServingNode as ServingNode,
    SupportedFeatures as SupportedFeatures,
    SupportedGADShapes as SupportedGADShapes,
    UTRANPositioningInfo as UTRANPositioningInfo,
    UTRAN_POSITIONING_INFO,
    VELOCITY_ESTIMATE,
    VELOCITY_REQUESTED,
    VelocityRequested as VelocityRequested,
)
from diameter.schema import AVP, Answer, AvpDef, Request, avp, command, repeated
from diameter.types import AddressValue as AddressValue
from diameter.wire import Avp

__all__ = [
    "ProvideLocationRequest",
    "PLR",
    "ProvideLocationAnswer",
    "PLA",
    "LocationReportRequest",
    "LRR",
    "LocationReportAnswer",
    "LRA",
]


# AVPs: name, code, data format, flags that MUST be set, vendor


@command("Provide-Location-Request", code=8388620, application_id=16777255, request=True, proxiable=True, alias="PLR")
class ProvideLocationRequest(Request["ProvideLocationAnswer"]):
    """<PLR> ::= < Diameter Header: 8388620, REQ, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { SLg-Location-Type }
         [ User-Name ]
         [ MSISDN ]
         [ IMEI ]
         { LCS-EPS-Client-Name }
         { LCS-Client-Type }
         [ LCS-Requestor-Name ]
         [ LCS-Priority ]
         [ LCS-QoS ]
         [ Velocity-Requested ]
         [ Supported-GAD-Shapes ]
         [ LCS-Service-Type-ID ]
         [ LCS-Codeword ]
         [ LCS-Privacy-Check-Non-Session ]
         [ LCS-Privacy-Check-Session ]
         [ Service-Selection ]
         [ Deferred-Location-Type ]
         [ LCS-Reference-Number ]
         [ Area-Event-Info ]
         [ GMLC-Address ]
         [ PLR-Flags ]
         [ Periodic-LDR-Information ]
         [ Reporting-PLMN-List ]
         [ Motion-Event-Info ]
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
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    slg_location_type: SLgLocationType | int = avp(SLG_LOCATION_TYPE)
    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    imei: str | None = avp(IMEI, default=None)
    lcs_eps_client_name: LCSEPSClientName = avp(LCS_EPS_CLIENT_NAME)
    lcs_client_type: LCSClientType | int = avp(LCS_CLIENT_TYPE)
    lcs_requestor_name: LCSRequestorName | None = avp(LCS_REQUESTOR_NAME, default=None)
    lcs_priority: int | None = avp(LCS_PRIORITY, default=None)
    lcs_qos: LCSQoS | None = avp(LCS_QOS, default=None)
    velocity_requested: VelocityRequested | int | None = avp(VELOCITY_REQUESTED, default=None)
    supported_gad_shapes: SupportedGADShapes | int | None = avp(SUPPORTED_GAD_SHAPES, default=None)
    lcs_service_type_id: int | None = avp(LCS_SERVICE_TYPE_ID, default=None)
    lcs_codeword: str | None = avp(LCS_CODEWORD, default=None)
    lcs_privacy_check_non_session: LCSPrivacyCheckNonSession | None = avp(LCS_PRIVACY_CHECK_NON_SESSION, default=None)
    lcs_privacy_check_session: LCSPrivacyCheckSession | None = avp(LCS_PRIVACY_CHECK_SESSION, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    deferred_location_type: DeferredLocationType | int | None = avp(DEFERRED_LOCATION_TYPE, default=None)
    lcs_reference_number: bytes | None = avp(LCS_REFERENCE_NUMBER, default=None)
    area_event_info: AreaEventInfo | None = avp(AREA_EVENT_INFO, default=None)
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    plr_flags: PLRFlags | int | None = avp(PLR_FLAGS, default=None)
    periodic_ldr_information: PeriodicLDRInformation | None = avp(PERIODIC_LDR_INFORMATION, default=None)
    reporting_plmn_list: ReportingPLMNList | None = avp(REPORTING_PLMN_LIST, default=None)
    motion_event_info: MotionEventInfo | None = avp(MOTION_EVENT_INFO, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PLR = ProvideLocationRequest


@command("Provide-Location-Answer", code=8388620, application_id=16777255, request=False, proxiable=True, alias="PLA")
class ProvideLocationAnswer(Answer):
    """<PLA> ::= < Diameter Header: 8388620, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Location-Estimate ]
         [ Accuracy-Fulfilment-Indicator ]
         [ Age-Of-Location-Estimate ]
         [ Velocity-Estimate ]
         [ EUTRAN-Positioning-Data ]
         [ ECGI ]
         [ GERAN-Positioning-Info ]
         [ Cell-Global-Identity ]
         [ UTRAN-Positioning-Info ]
         [ Service-Area-Identity ]
         [ Serving-Node ]
         [ PLA-Flags ]
         [ ESMLC-Cell-Info ]
         [ Civic-Address ]
         [ Barometric-Pressure ]
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
    location_estimate: bytes | None = avp(LOCATION_ESTIMATE, default=None)
    accuracy_fulfilment_indicator: AccuracyFulfilmentIndicator | int | None = avp(ACCURACY_FULFILMENT_INDICATOR, default=None)
    age_of_location_estimate: int | None = avp(AGE_OF_LOCATION_ESTIMATE, default=None)
    velocity_estimate: bytes | None = avp(VELOCITY_ESTIMATE, default=None)
    eutran_positioning_data: bytes | None = avp(EUTRAN_POSITIONING_DATA, default=None)
    ecgi: bytes | None = avp(ECGI, default=None)
    geran_positioning_info: GERANPositioningInfo | None = avp(GERAN_POSITIONING_INFO, default=None)
    cell_global_identity: bytes | None = avp(CELL_GLOBAL_IDENTITY, default=None)
    utran_positioning_info: UTRANPositioningInfo | None = avp(UTRAN_POSITIONING_INFO, default=None)
    service_area_identity: bytes | None = avp(SERVICE_AREA_IDENTITY, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    pla_flags: PLAFlags | int | None = avp(PLA_FLAGS, default=None)
    esmlc_cell_info: ESMLCCellInfo | None = avp(ESMLC_CELL_INFO, default=None)
    civic_address: str | None = avp(CIVIC_ADDRESS, default=None)
    barometric_pressure: int | None = avp(BAROMETRIC_PRESSURE, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PLA = ProvideLocationAnswer


@command("Location-Report-Request", code=8388621, application_id=16777255, request=True, proxiable=True, alias="LRR")
class LocationReportRequest(Request["LocationReportAnswer"]):
    """<LRR> ::= < Diameter Header: 8388621, REQ, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { Location-Event }
         [ LCS-EPS-Client-Name ]
         [ User-Name ]
         [ MSISDN ]
         [ IMEI ]
         [ Location-Estimate ]
         [ Accuracy-Fulfilment-Indicator ]
         [ Age-Of-Location-Estimate ]
         [ Velocity-Estimate ]
         [ EUTRAN-Positioning-Data ]
         [ ECGI ]
         [ GERAN-Positioning-Info ]
         [ Cell-Global-Identity ]
         [ UTRAN-Positioning-Info ]
         [ Service-Area-Identity ]
         [ LCS-Service-Type-ID ]
         [ Pseudonym-Indicator ]
         [ LCS-QoS-Class ]
         [ Serving-Node ]
         [ LRR-Flags ]
         [ LCS-Reference-Number ]
         [ Deferred-MT-LR-Data ]
         [ GMLC-Address ]
         [ Reporting-Amount ]
         [ Periodic-LDR-Information ]
         [ ESMLC-Cell-Info ]
         [ 1xRTT-RCID ]
         [ Delayed-Location-Reporting-Data ]
         [ Civic-Address ]
         [ Barometric-Pressure ]
         [ AMF-Instance-Id ]
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
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    location_event: LocationEvent | int = avp(LOCATION_EVENT)
    lcs_eps_client_name: LCSEPSClientName | None = avp(LCS_EPS_CLIENT_NAME, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    imei: str | None = avp(IMEI, default=None)
    location_estimate: bytes | None = avp(LOCATION_ESTIMATE, default=None)
    accuracy_fulfilment_indicator: AccuracyFulfilmentIndicator | int | None = avp(ACCURACY_FULFILMENT_INDICATOR, default=None)
    age_of_location_estimate: int | None = avp(AGE_OF_LOCATION_ESTIMATE, default=None)
    velocity_estimate: bytes | None = avp(VELOCITY_ESTIMATE, default=None)
    eutran_positioning_data: bytes | None = avp(EUTRAN_POSITIONING_DATA, default=None)
    ecgi: bytes | None = avp(ECGI, default=None)
    geran_positioning_info: GERANPositioningInfo | None = avp(GERAN_POSITIONING_INFO, default=None)
    cell_global_identity: bytes | None = avp(CELL_GLOBAL_IDENTITY, default=None)
    utran_positioning_info: UTRANPositioningInfo | None = avp(UTRAN_POSITIONING_INFO, default=None)
    service_area_identity: bytes | None = avp(SERVICE_AREA_IDENTITY, default=None)
    lcs_service_type_id: int | None = avp(LCS_SERVICE_TYPE_ID, default=None)
    pseudonym_indicator: PseudonymIndicator | int | None = avp(PSEUDONYM_INDICATOR, default=None)
    lcs_qos_class: LCSQoSClass | int | None = avp(LCS_QOS_CLASS, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    lrr_flags: LRRFlags | int | None = avp(LRR_FLAGS, default=None)
    lcs_reference_number: bytes | None = avp(LCS_REFERENCE_NUMBER, default=None)
    deferred_mt_lr_data: DeferredMTLRData | None = avp(DEFERRED_MT_LR_DATA, default=None)
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    reporting_amount: int | None = avp(REPORTING_AMOUNT, default=None)
    periodic_ldr_information: PeriodicLDRInformation | None = avp(PERIODIC_LDR_INFORMATION, default=None)
    esmlc_cell_info: ESMLCCellInfo | None = avp(ESMLC_CELL_INFO, default=None)
    n1xrtt_rcid: bytes | None = avp(N1XRTT_RCID, default=None)
    delayed_location_reporting_data: DelayedLocationReportingData | None = avp(DELAYED_LOCATION_REPORTING_DATA, default=None)
    civic_address: str | None = avp(CIVIC_ADDRESS, default=None)
    barometric_pressure: int | None = avp(BAROMETRIC_PRESSURE, default=None)
    amf_instance_id: str | None = avp(AMF_INSTANCE_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


LRR = LocationReportRequest


@command("Location-Report-Answer", code=8388621, application_id=16777255, request=False, proxiable=True, alias="LRA")
class LocationReportAnswer(Answer):
    """<LRA> ::= < Diameter Header: 8388621, PXY, 16777255 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ GMLC-Address ]
         [ LRA-Flags ]
         [ Reporting-PLMN-List ]
         [ LCS-Reference-Number ]
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
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    lra_flags: LRAFlags | int | None = avp(LRA_FLAGS, default=None)
    reporting_plmn_list: ReportingPLMNList | None = avp(REPORTING_PLMN_LIST, default=None)
    lcs_reference_number: bytes | None = avp(LCS_REFERENCE_NUMBER, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


LRA = LocationReportAnswer
