"""Dictionary 'tgpp': generated from schemas/tgpp_ts29061.dia, schemas/tgpp_ts29109.dia, schemas/tgpp_ts29128.dia, schemas/tgpp_ts29140.dia, schemas/tgpp_ts29153.dia, schemas/tgpp_ts29154.dia, schemas/tgpp_ts29172.dia, schemas/tgpp_ts29173.dia, schemas/tgpp_ts29209.dia, schemas/tgpp_ts29210.dia, schemas/tgpp_ts29212.dia, schemas/tgpp_ts29214.dia, schemas/tgpp_ts29215.dia, schemas/tgpp_ts29217.dia, schemas/tgpp_ts29219.dia, schemas/tgpp_ts29229.dia, schemas/tgpp_ts29234.dia, schemas/tgpp_ts29272.dia, schemas/tgpp_ts29273.dia, schemas/tgpp_ts29283.dia, schemas/tgpp_ts29329.dia, schemas/tgpp_ts29336.dia, schemas/tgpp_ts29337.dia, schemas/tgpp_ts29338.dia, schemas/tgpp_ts29343.dia, schemas/tgpp_ts29344.dia, schemas/tgpp_ts29345.dia, schemas/tgpp_ts29368.dia, schemas/tgpp_ts29388.dia, schemas/tgpp_ts29389.dia, schemas/tgpp_ts29468.dia, schemas/tgpp_ts29561.dia, schemas/tgpp_ts32299.dia, schemas/tgpp_ts32299_services.dia by `python -m diameter.dictc`.

The declarations type checkers read; the module builds the same classes on first use.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    ACCOUNTING_REALTIME_REQUIRED,
    ACCOUNTING_RECORD_NUMBER,
    ACCOUNTING_RECORD_TYPE,
    ACCOUNTING_SUB_SESSION_ID,
    ACCT_APPLICATION_ID,
    ACCT_INTERIM_INTERVAL,
    ACCT_MULTI_SESSION_ID,
    ACCT_SESSION_ID,
    AUTH_APPLICATION_ID,
    AUTH_SESSION_STATE,
    AccountingRealtimeRequired as AccountingRealtimeRequired,
    AccountingRecordType as AccountingRecordType,
    AuthSessionState as AuthSessionState,
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EVENT_TIMESTAMP,
    EXPERIMENTAL_RESULT,
    EXPERIMENTAL_RESULT_CODE,
    ExperimentalResult as ExperimentalResult,
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
    SESSION_TIMEOUT,
    TERMINATION_CAUSE,
    TerminationCause as TerminationCause,
    USER_NAME,
    VENDOR_ID,
    VENDOR_SPECIFIC_APPLICATION_ID,
    VendorSpecificApplicationId as VendorSpecificApplicationId,
)
from diameter.apps.credit_control import (
    CCMoney as CCMoney,
    CCRequestType as CCRequestType,
    CCSessionFailover as CCSessionFailover,
    CCUnitType as CCUnitType,
    CC_CORRELATION_ID,
    CC_INPUT_OCTETS,
    CC_MONEY,
    CC_OUTPUT_OCTETS,
    CC_REQUEST_NUMBER,
    CC_REQUEST_TYPE,
    CC_SERVICE_SPECIFIC_UNITS,
    CC_SESSION_FAILOVER,
    CC_SUB_SESSION_ID,
    CC_TIME,
    CC_TOTAL_OCTETS,
    CC_UNIT_TYPE,
    CHECK_BALANCE_RESULT,
    COST_INFORMATION,
    CREDIT_CONTROL_FAILURE_HANDLING,
    CURRENCY_CODE,
    CheckBalanceResult as CheckBalanceResult,
    CostInformation as CostInformation,
    CreditControlFailureHandling as CreditControlFailureHandling,
    DIRECT_DEBITING_FAILURE_HANDLING,
    DirectDebitingFailureHandling as DirectDebitingFailureHandling,
    EXPONENT,
    FINAL_UNIT_ACTION,
    FINAL_UNIT_INDICATION,
    FinalUnitAction as FinalUnitAction,
    FinalUnitIndication as FinalUnitIndication,
    GRANTED_SERVICE_UNIT,
    GSUPoolReference as GSUPoolReference,
    G_S_U_POOL_REFERENCE,
    GrantedServiceUnit as GrantedServiceUnit,
    MULTIPLE_SERVICES_INDICATOR,
    MultipleServicesIndicator as MultipleServicesIndicator,
    QOS_FINAL_UNIT_INDICATION,
    QoSFinalUnitIndication as QoSFinalUnitIndication,
    RATING_GROUP,
    REDIRECT_ADDRESS_TYPE,
    REDIRECT_SERVER_ADDRESS,
    REQUESTED_ACTION,
    REQUESTED_SERVICE_UNIT,
    RedirectAddressType as RedirectAddressType,
    RequestedAction as RequestedAction,
    RequestedServiceUnit as RequestedServiceUnit,
    SERVICE_CONTEXT_ID,
    SERVICE_IDENTIFIER,
    SERVICE_PARAMETER_INFO,
    SUBSCRIPTION_ID,
    SUBSCRIPTION_ID_EXTENSION,
    ServiceParameterInfo as ServiceParameterInfo,
    SubscriptionId as SubscriptionId,
    SubscriptionIdExtension as SubscriptionIdExtension,
    TARIFF_CHANGE_USAGE,
    TARIFF_TIME_CHANGE,
    TariffChangeUsage as TariffChangeUsage,
    UNIT_VALUE,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
    UnitValue as UnitValue,
    UserEquipmentInfo as UserEquipmentInfo,
    UserEquipmentInfoExtension as UserEquipmentInfoExtension,
    VALIDITY_TIME,
    VALUE_DIGITS,
)
from diameter.apps.eap import EAP_MASTER_SESSION_KEY
from diameter.apps.etsi import (
    LINE_IDENTIFIER,
    LOGICAL_ACCESS_ID,
    PHYSICAL_ACCESS_ID,
    RESERVATION_PRIORITY,
    ReservationPriority as ReservationPriority,
)
from diameter.apps.ietf import (
    DAY_OF_WEEK_MASK,
    DIGEST_ALGORITHM,
    DIGEST_HA1,
    DIGEST_QOP,
    DIGEST_REALM,
    DRMP,
    DayOfWeekMask as DayOfWeekMask,
    Drmp as Drmp,
    LOAD,
    LOCATION_DATA,
    LOCATION_INFORMATION,
    Load as Load,
    MIP6AgentInfo as MIP6AgentInfo,
    MIP6FeatureVector as MIP6FeatureVector,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
    OCOLR as OCOLR,
    OCSupportedFeatures as OCSupportedFeatures,
    OC_OLR,
    OC_REDUCTION_PERCENTAGE,
    OC_SUPPORTED_FEATURES,
    OPERATOR_NAME,
    SERVICE_SELECTION,
    TIME_OF_DAY_END,
    TIME_OF_DAY_START,
)
from diameter.apps.nasreq import (
    ACCOUNTING_INPUT_OCTETS,
    ACCOUNTING_OUTPUT_OCTETS,
    CALLED_STATION_ID,
    FRAMED_INTERFACE_ID,
    FRAMED_IPV6_PREFIX,
    FRAMED_IP_ADDRESS,
)
from diameter.schema import AVP, Answer, AvpDef, M, Request, avp, command, grouped, repeated
from diameter.types import (
    ADDRESS,
    AddressValue as AddressValue,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    DiameterURI as DiameterURI,
    ENUMERATED,
    FLOAT32,
    GROUPED,
    INTEGER32,
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
    "TGPPPDPType",
    "MBMSStartStopIndication",
    "MBMSServiceType",
    "MBMS2G3GIndicator",
    "MBMSCountingInformation",
    "MBMSUserDataModeIndication",
    "CNIPMulticastDistribution",
    "MBMSHCIndicator",
    "MBMSAccessIndicator",
    "MBMSGWUDPPortIndicator",
    "GBAUAwarenessIndicator",
    "GBAType",
    "UEIdType",
    "UICCME",
    "PrivateIdentityRequest",
    "CauseType",
    "ConnectionAction",
    "CMRFlags",
    "TDAFlags",
    "ReachabilityCause",
    "TriggerEvent",
    "OriginatingInterface",
    "DeliveryReport",
    "ReadReply",
    "SenderVisibility",
    "RouteingAddressResolution",
    "TransferRequestType",
    "EventReportingResults",
    "SLgLocationType",
    "VerticalRequested",
    "VelocityRequested",
    "ResponseTime",
    "SupportedGADShapes",
    "LCSPrivacyCheck",
    "AccuracyFulfilmentIndicator",
    "LocationEvent",
    "PseudonymIndicator",
    "LCSQoSClass",
    "LRRFlags",
    "DeferredLocationType",
    "AreaType",
    "OccurrenceInfo",
    "PeriodicLocationSupportIndicator",
    "PrioritizedListIndicator",
    "PLRFlags",
    "PLAFlags",
    "TerminationCause29172",
    "LRAFlags",
    "ReportingLocationRequirements",
    "LCSCapabilitiesSets",
    "RIAFlags",
    "PDPSessionOperation",
    "TGPPPSDataOffStatus",
    "AccessAvailabilityChangeReason",
    "ANGWStatus",
    "BearerControlMode",
    "BearerOperation",
    "BearerUsage",
    "ChargingCorrelationIndicator",
    "CSGInformationReporting",
    "DefaultAccess",
    "DefaultBearerIndication",
    "EventTrigger",
    "FlowDirection",
    "IPCANSessionChargingScope",
    "IPCANType",
    "MeteringMethod",
    "MuteNotification",
    "NBIFOMMode",
    "NBIFOMSupport",
    "NetLocAccessSupport",
    "NetworkRequestSupport",
    "Offline",
    "Online",
    "PacketFilterOperation",
    "PacketFilterUsage",
    "PCCRuleStatus",
    "PCSCFRestorationIndication",
    "PreEmptionCapability",
    "PreEmptionVulnerability",
    "PresenceReportingAreaStatus",
    "PSToCSSessionContinuity",
    "QoSClassIdentifier",
    "QoSNegotiation",
    "QoSUpgrade",
    "RANRuleSupport",
    "RATType",
    "RedirectSupport",
    "RemovalOfAccess",
    "ReportingLevel",
    "ResourceAllocationNotification",
    "ResourceReleaseNotification",
    "RoutingRuleFailureCode",
    "RuleFailureCode",
    "SessionReleaseCause",
    "UEStatus",
    "UsageMonitoringLevel",
    "UsageMonitoringReport",
    "UsageMonitoringSupport",
    "SessionLinkingIndicator",
    "RequestType",
    "CSServiceQoSRequestOperation",
    "CSServiceResourceFailureCause",
    "CSServiceResourceResultOperation",
    "AbortCause",
    "AFSignallingProtocol",
    "FlowStatus",
    "FlowUsage",
    "IMSContentType",
    "LineType",
    "MAInformationAction",
    "MediaComponentStatus",
    "MediaType",
    "MPSAction",
    "PrioritySharingIndicator",
    "RequiredAccessInfo",
    "RxRequestType",
    "ServiceInfoStatus",
    "SIPForkingIndication",
    "SpecificAction",
    "SponsoringAction",
    "SubsessionOperation",
    "MultipleBBERFAction",
    "DRADeployment",
    "DRABinding",
    "CongestionLevelRange",
    "CongestionLevelValue",
    "ConditionalRestriction",
    "ReportingRestriction",
    "RUCIAction",
    "SLRequestType",
    "SNRequestType",
    "ServerAssignmentType",
    "ReasonCode",
    "UserAuthorizationType",
    "UserDataAlreadyAvailable",
    "OriginatingRequest",
    "UARFlags",
    "LooseRouteIndication",
    "MultipleRegistrationIndication",
    "SessionPriority",
    "PriviledgedSenderIndication",
    "LIAFlags",
    "SARFlags",
    "RTRFlags",
    "AuthenticationMethod",
    "WLANAccess",
    "WLAN3GPPIPAccess",
    "APNBarringType",
    "WLANDirectIPAccess",
    "SessionRequestType",
    "ULRFlags",
    "ULAFlags",
    "NetworkAccessMode",
    "HPLMNODB",
    "CancellationType",
    "DSRFlags",
    "DSAFlags",
    "SubscriberStatus",
    "OperatorDeterminedBarring",
    "AccessRestrictionData",
    "AllAPNConfigurationsIncludedIndicator",
    "VPLMNDynamicAddressAllowed",
    "AlertReason",
    "PDNGWAllocationType",
    "IDAFlags",
    "PUAFlags",
    "NORFlags",
    "EquipmentStatus",
    "PDNType",
    "RoamingRestrictedDueToUnsupportedFeature",
    "TraceDepth",
    "CompleteDataListIncludedIndicator",
    "NotificationToUEUser",
    "GMLCRestriction",
    "PLMNClient",
    "IDRFlags",
    "ICSIndicator",
    "IMSVoiceOverPSSessionsSupported",
    "HomogeneousSupportOfIMSVoiceOverPSSessions",
    "UserState",
    "CurrentLocationRetrieved",
    "ErrorDiagnostic",
    "UESRVCCCapability",
    "MPSPriority",
    "VPLMNLIPAAllowed",
    "LIPAPermission",
    "SIPTOPermission",
    "JobType",
    "ReportInterval",
    "ReportAmount",
    "LoggingInterval",
    "LoggingDuration",
    "RelayNodeIndicator",
    "MDTUserConsent",
    "PURFlags",
    "SubscribedVSRVCC",
    "CLRFlags",
    "UVRFlags",
    "UVAFlags",
    "SMSRegisterRequest",
    "DaylightSavingTime",
    "SubscriptionDataFlags",
    "MeasurementPeriodLTE",
    "MeasurementPeriodUMTS",
    "CollectionPeriodRRMLTE",
    "CollectionPeriodRRMUMTS",
    "SIPTOLocalNetworkPermission",
    "AIRFlags",
    "NonIPPDNTypeIndicator",
    "NonIPDataDeliveryMechanism",
    "PreferredDataMode",
    "V2XPermission",
    "PDNConnectionContinuity",
    "RDSIndicator",
    "AerialUESubscriptionInformation",
    "OperationMode",
    "CoreNetworkRestrictions",
    "Interworking5GSIndicator",
    "EthernetPDNTypeIndicator",
    "IABOperationPermission",
    "CollectionPeriodRRMNR",
    "CollectionPeriodM6NR",
    "SensorMeasurement",
    "SFProvisionalIndication",
    "ANTrusted",
    "TransportAccessType",
    "DERFlags",
    "DEAFlags",
    "TWANConnectionMode",
    "ConnectivityFlags",
    "TWANS2aFailureCause",
    "IMEICheckInVPLMNResult",
    "HighPriorityAccessInfo",
    "EmergencyServices",
    "AARFlags",
    "Non3GPPIPAccess",
    "Non3GPPIPAccessAPN",
    "PPRFlags",
    "AccessAuthorizationFlags",
    "AAAFailureIndication",
    "ERPAuthorization",
    "TrustRelationshipUpdate",
    "RARFlags",
    "DERS6bFlags",
    "DataReference",
    "SubsReqType",
    "RequestedDomain",
    "CurrentLocation",
    "IdentitySet",
    "SendDataIndication",
    "OneTimeNotification",
    "RequestedNodes",
    "ServingNodeIndication",
    "PrePagingSupported",
    "LocalTimeZoneIndication",
    "UDRFlags",
    "ServiceID",
    "HSSCause",
    "SIRFlags",
    "MonitoringType",
    "ReachabilityType",
    "MONTELocationType",
    "Accuracy",
    "AssociationType",
    "RoamingInformation",
    "ReachabilityInformation",
    "IMEIChange",
    "PeriodicCommunicationIndicator",
    "StationaryIndication",
    "CIRFlags",
    "SupportedMonitoringEvents",
    "EventHandling",
    "NodeType",
    "S6tHSSCause",
    "LossOfConnectivityReason",
    "CIAFlags",
    "RIRFlags",
    "TypeOfExternalIdentifier",
    "PLMNIDRequested",
    "NIRFlags",
    "NIAFlags",
    "PDNConnectivityStatusType",
    "TrafficProfile",
    "BatteryIndicator",
    "SMDeliveryOutcomeT4",
    "AbsentSubscriberDiagnosticT4",
    "TriggerAction",
    "MTCErrorDiagnostic",
    "SMRPMTI",
    "SRRFlags",
    "SMDeliveryNotIntended",
    "MWDStatus",
    "SMDeliveryCause",
    "RDRFlags",
    "SMSGMSCAlertEvent",
    "SMSF3GPPSBISupportIndicator",
    "SMSFNon3GPPSBISupportIndicator",
    "IPSMGWSBISupportIndicator",
    "TFRFlags",
    "SMEnumeratedDeliveryFailureCause",
    "OFRFlags",
    "ProSeRequestType",
    "MetadataIndicator",
    "ProSePermission",
    "ProSeDirectAllowed",
    "UPRFlags",
    "PNRFlags",
    "DiscoveryType",
    "P2PFeatures",
    "PRRFlags",
    "LocationUpdateEventType",
    "LocationUpdateEventTrigger",
    "ReportCardinality",
    "PMRFlags",
    "MICCheckIndicator",
    "ActionType",
    "PriorityIndication",
    "RequestStatus",
    "DeliveryOutcome",
    "FeatureSupportedInFinalTarget",
    "V2XPermissionInVPLMN",
    "MBMSBearerEvent",
    "MBMSBearerResult",
    "TMGIAllocationResult",
    "TMGIDeallocationResult",
    "MB2USecurity",
    "ROHCResult",
    "FECResult",
    "MBMSBearerEventDiagnosticInfo",
    "TGPPOCRequestType",
    "TGPPPSDataOffStatus32299",
    "AccessTransferType",
    "Adaptations",
    "AdditionalExceptionReports",
    "AddressType",
    "AddresseeType",
    "AoCFormat",
    "AoCRequestType",
    "AoCServiceObligatoryType",
    "AoCServiceType",
    "APIDirection",
    "APINetworkServiceNode",
    "CauseCode",
    "ChangeCondition",
    "ChargeReasonCode",
    "ChargingCharacteristicsSelectionMode",
    "ChargingPerIPCANSessionIndicator",
    "ClassIdentifier",
    "CNOperatorSelectionEntity",
    "ContentClass",
    "CoverageStatus",
    "CPCIoTEPSOptimisationIndicator",
    "CSGAccessMode",
    "CSGMembershipIndication",
    "DeliveryReportRequested",
    "DRMContent",
    "DynamicAddressFlag",
    "DynamicAddressFlagExtension",
    "EnvelopeReporting",
    "FileRepairSupported",
    "ForwardingPending",
    "IMSEmergencyIndicator",
    "IMSIUnauthenticatedFlag",
    "InterUETransfer",
    "InterfaceType",
    "IPRealmDefaultIndication",
    "LCSClientType",
    "LCSFormatIndicator",
    "LocalGWInsertedIndication",
    "LocationEstimateType",
    "LowBalanceIndication",
    "LowPriorityIndicator",
    "MBMSChargedParty",
    "MBMSUserServiceType",
    "MediaInitiatorFlag",
    "MessageType",
    "MMBoxStorageRequested",
    "MMTelSServiceType",
    "MonitoringEventConfigurationActivity",
    "MonitoringEventFunctionality",
    "NNIType",
    "NodeFunctionality",
    "OnlineChargingFlag",
    "Originator",
    "ParticipantAccessPriority",
    "ParticipantActionType",
    "PC5RadioTechnology",
    "PDPContextType",
    "PlayAlternative",
    "PoCChangeCondition",
    "PoCEventType",
    "PoCServerRole",
    "PoCSessionInitiationType",
    "PoCSessionType",
    "PoCUserRoleInfoUnits",
    "Priority",
    "PrivacyIndicator",
    "ProSeDirectDiscoveryModel",
    "ProSeEventType",
    "ProSeFunctionality",
    "ProSeRangeClass",
    "ProSeReasonForCancellation",
    "ProSeRoleOfUE",
    "ProximityAlertIndication",
    "PSAppendFreeFormatData",
    "QuotaIndicator",
    "RadioResourcesIndicator",
    "RateControlTimeUnit",
    "ReadReplyReportRequested",
    "RelationshipMode",
    "ReplyPathRequested",
    "ReportingReason",
    "RoleOfNode",
    "RoleOfProSeFunction",
    "SDPType",
    "ServiceMode",
    "ServingNodeType",
    "SessionDirection",
    "SGiPtPTunnellingMethod",
    "SGWChange",
    "SMDeviceTriggerIndicator",
    "SMMessageType",
    "SMServiceType",
    "SMSNode",
    "StatusASCode",
    "SubscriberRole",
    "TADIdentifier",
    "TimeQuotaType",
    "TranscoderInsertedIndication",
    "TriggerType",
    "TypeNumber",
    "UNIPDUCPOnlyFlag",
    "UserParticipatingType",
    "VariablePartType",
    "ApplicationServiceType",
    "ProtocolType",
    "RequestOperation",
    "ResponseStatusCode",
    "ExperimentalResultCode",
    "TGPP_IMSI",
    "TGPP_CHARGING_ID",
    "TGPP_PDP_TYPE",
    "TGPP_CG_ADDRESS",
    "TGPP_GPRS_NEGOTIATED_QOS_PROFILE",
    "TGPP_SGSN_ADDRESS",
    "TGPP_GGSN_ADDRESS",
    "TGPP_IMSI_MCC_MNC",
    "TGPP_GGSN_MCC_MNC",
    "TGPP_NSAPI",
    "TGPP_SESSION_STOP_INDICATOR",
    "TGPP_SELECTION_MODE",
    "TGPP_CHARGING_CHARACTERISTICS",
    "TGPP_CG_IPV6_ADDRESS",
    "TGPP_SGSN_IPV6_ADDRESS",
    "TGPP_GGSN_IPV6_ADDRESS",
    "TGPP_IPV6_DNS_SERVERS",
    "TGPP_SGSN_MCC_MNC",
    "TGPP_IMEISV",
    "TGPP_RAT_TYPE",
    "TGPP_USER_LOCATION_INFO",
    "TGPP_MS_TIMEZONE",
    "TGPP_CAMEL_CHARGING_INFO",
    "TGPP_PACKET_FILTER",
    "TGPP_NEGOTIATED_DSCP",
    "TGPP_ALLOCATE_IP_TYPE",
    "TWAN_IDENTIFIER",
    "TGPP_USER_LOCATION_INFO_TIME",
    "TGPP_SECONDARY_RAT_USAGE",
    "TGPP_UE_LOCAL_IP_ADDRESS",
    "TGPP_UE_SOURCE_PORT",
    "TMGI",
    "REQUIRED_MBMS_BEARER_CAPABILITIES",
    "MBMS_STARTSTOP_INDICATION",
    "MBMS_SERVICE_AREA",
    "MBMS_SESSION_DURATION",
    "ALTERNATIVE_APN",
    "MBMS_SERVICE_TYPE",
    "MBMS_2G_3G_INDICATOR",
    "MBMS_SESSION_IDENTITY",
    "RAI",
    "ADDITIONAL_MBMS_TRACE_INFO",
    "MBMS_TIME_TO_DATA_TRANSFER",
    "MBMS_SESSION_REPETITION_NUMBER",
    "MBMS_REQUIRED_QOS",
    "MBMS_COUNTING_INFORMATION",
    "MBMS_USER_DATA_MODE_INDICATION",
    "MBMS_GGSN_ADDRESS",
    "MBMS_GGSN_IPV6_ADDRESS",
    "MBMS_BMSC_SSM_IP_ADDRESS",
    "MBMS_BMSC_SSM_IPV6_ADDRESS",
    "MBMS_FLOW_IDENTIFIER",
    "CN_IP_MULTICAST_DISTRIBUTION",
    "MBMS_HC_INDICATOR",
    "MBMS_ACCESS_INDICATOR",
    "MBMS_GW_SSM_IP_ADDRESS",
    "MBMS_GW_SSM_IPV6_ADDRESS",
    "MBMS_BMSC_SSM_UDP_PORT",
    "MBMS_GW_UDP_PORT",
    "MBMS_GW_UDP_PORT_INDICATOR",
    "MBMS_DATA_TRANSFER_START",
    "MBMS_DATA_TRANSFER_STOP",
    "MBMS_FLAGS",
    "RESTART_COUNTER",
    "DIAGNOSTIC_INFO",
    "MBMS_CELL_LIST",
    "GBA_USERSECSETTINGS",
    "TRANSACTION_IDENTIFIER",
    "NAF_ID",
    "GAA_SERVICE_IDENTIFIER",
    "KEY_EXPIRYTIME",
    "ME_KEY_MATERIAL",
    "UICC_KEY_MATERIAL",
    "GBA_U_AWARENESS_INDICATOR",
    "BOOTSTRAPINFOCREATIONTIME",
    "GUSS_TIMESTAMP",
    "GBA_TYPE",
    "UE_ID",
    "UE_ID_TYPE",
    "UICC_APP_LABEL",
    "UICC_ME",
    "REQUESTED_KEY_LIFETIME",
    "PRIVATE_IDENTITY_REQUEST",
    "GBA_PUSH_INFO",
    "NAF_SA_IDENTIFIER",
    "SECURITY_FEATURE_REQUEST",
    "SECURITY_FEATURE_RESPONSE",
    "COMMUNICATION_FAILURE_INFORMATION",
    "CAUSE_TYPE",
    "S1AP_CAUSE",
    "RANAP_CAUSE",
    "BSSGP_CAUSE",
    "GMM_CAUSE",
    "SM_CAUSE",
    "NUMBER_OF_UE_PER_LOCATION_CONFIGURATION",
    "NUMBER_OF_UE_PER_LOCATION_REPORT",
    "UE_COUNT",
    "CONNECTION_ACTION",
    "NON_IP_DATA",
    "SERVING_PLMN_RATE_CONTROL",
    "DOWNLINK_RATE_LIMIT",
    "UPLINK_RATE_LIMIT",
    "SCEF_WAIT_TIME",
    "CMR_FLAGS",
    "EXTENDED_PCO",
    "RRC_CAUSE_COUNTER",
    "COUNTER_VALUE",
    "RRC_COUNTER_TIMESTAMP",
    "TDA_FLAGS",
    "IDLE_STATUS_INDICATION",
    "IDLE_STATUS_TIMESTAMP",
    "ACTIVE_TIME",
    "REACHABILITY_CAUSE",
    "APN_RATE_CONTROL_STATUS",
    "UPLINK_NUMBER_OF_PACKETS_ALLOWED",
    "NUMBER_OF_ADDITIONAL_EXCEPTION_REPORTS",
    "DOWNLINK_NUMBER_OF_PACKETS_ALLOWED",
    "APN_RATE_CONTROL_STATUS_VALIDITY_TIME",
    "SERVED_USER_IDENTITY",
    "VASP_ID",
    "VAS_ID",
    "TRIGGER_EVENT",
    "SENDER_ADDRESS",
    "INITIAL_RECIPIENT_ADDRESS",
    "RESULT_RECIPIENT_ADDRESS",
    "SEQUENCE_NUMBER_29_140",
    "RECIPIENT_ADDRESS_29_140",
    "ROUTEING_ADDRESS",
    "ORIGINATING_INTERFACE",
    "DELIVERY_REPORT",
    "READ_REPLY",
    "SENDER_VISIBILITY",
    "SERVICE_KEY",
    "BILLING_INFORMATION",
    "STATUS",
    "STATUS_CODE",
    "STATUS_TEXT",
    "ROUTEING_ADDRESS_RESOLUTION",
    "NETWORK_CONGESTION_AREA_REPORT",
    "NS_REQUEST_TYPE",
    "NETWORK_AREA_INFO_LIST",
    "REFERENCE_ID",
    "TRANSFER_REQUEST_TYPE",
    "TIME_WINDOW",
    "TRANSFER_END_TIME",
    "TRANSFER_START_TIME",
    "TRANSFER_POLICY",
    "TRANSFER_POLICY_ID",
    "NUMBER_OF_UES",
    "ACCESS_NETWORK_REPORTS",
    "EVENT_CONFIGURATION",
    "EVENT_CONFIGURATION_STATE",
    "EVENT_CONFIGURATION_STATUS",
    "EVENT_REPORTING_RESULTS",
    "EVENT_REPORTS",
    "EXTENDED_SCEF_REFERENCE_ID",
    "SLG_LOCATION_TYPE",
    "LCS_EPS_CLIENT_NAME",
    "LCS_REQUESTOR_NAME",
    "LCS_PRIORITY",
    "LCS_QOS",
    "HORIZONTAL_ACCURACY",
    "VERTICAL_ACCURACY",
    "VERTICAL_REQUESTED",
    "VELOCITY_REQUESTED",
    "RESPONSE_TIME",
    "SUPPORTED_GAD_SHAPES",
    "LCS_CODEWORD",
    "LCS_PRIVACY_CHECK",
    "ACCURACY_FULFILMENT_INDICATOR",
    "AGE_OF_LOCATION_ESTIMATE",
    "VELOCITY_ESTIMATE",
    "EUTRAN_POSITIONING_DATA",
    "ECGI",
    "LOCATION_EVENT",
    "PSEUDONYM_INDICATOR",
    "LCS_SERVICE_TYPE_ID",
    "LCS_PRIVACY_CHECK_NON_SESSION",
    "LCS_PRIVACY_CHECK_SESSION",
    "LCS_QOS_CLASS",
    "GERAN_POSITIONING_INFO",
    "GERAN_POSITIONING_DATA",
    "GERAN_GANSS_POSITIONING_DATA",
    "UTRAN_POSITIONING_INFO",
    "UTRAN_POSITIONING_DATA",
    "UTRAN_GANSS_POSITIONING_DATA",
    "LRR_FLAGS",
    "LCS_REFERENCE_NUMBER",
    "DEFERRED_LOCATION_TYPE",
    "AREA_EVENT_INFO",
    "AREA_DEFINITION",
    "AREA",
    "AREA_TYPE",
    "AREA_IDENTIFICATION",
    "OCCURRENCE_INFO",
    "INTERVAL_TIME",
    "PERIODIC_LDR_INFORMATION",
    "REPORTING_AMOUNT",
    "REPORTING_INTERVAL",
    "REPORTING_PLMN_LIST",
    "PLMN_ID_LIST",
    "PLR_FLAGS",
    "PLA_FLAGS",
    "DEFERRED_MT_LR_DATA",
    "TERMINATION_CAUSE_29_172",
    "LRA_FLAGS",
    "PERIODIC_LOCATION_SUPPORT_INDICATOR",
    "PRIORITIZED_LIST_INDICATOR",
    "ESMLC_CELL_INFO",
    "CELL_PORTION_ID",
    "N1XRTT_RCID",
    "DELAYED_LOCATION_REPORTING_DATA",
    "CIVIC_ADDRESS",
    "BAROMETRIC_PRESSURE",
    "UTRAN_ADDITIONAL_POSITIONING_DATA",
    "MOTION_EVENT_INFO",
    "LINEAR_DISTANCE",
    "MAXIMUM_INTERVAL",
    "SAMPLING_INTERVAL",
    "REPORTING_DURATION",
    "REPORTING_LOCATION_REQUIREMENTS",
    "ADDITIONAL_AREA",
    "AMF_INSTANCE_ID",
    "LMSI",
    "SERVING_NODE",
    "MME_NAME",
    "MSC_NUMBER",
    "LCS_CAPABILITIES_SETS",
    "GMLC_ADDRESS",
    "ADDITIONAL_SERVING_NODE",
    "PPR_ADDRESS",
    "MME_REALM",
    "SGSN_NAME",
    "SGSN_REALM",
    "RIA_FLAGS",
    "AUTHORIZATION_TOKEN",
    "FLOW_GROUPING",
    "PDP_SESSION_OPERATION",
    "TGPP_PS_DATA_OFF_STATUS",
    "ACCESS_AVAILABILITY_CHANGE_REASON",
    "ACCESS_NETWORK_CHARGING_IDENTIFIER_GX",
    "ALLOCATION_RETENTION_PRIORITY",
    "AN_GW_ADDRESS",
    "AN_GW_STATUS",
    "APN_AGGREGATE_MAX_BITRATE_DL",
    "APN_AGGREGATE_MAX_BITRATE_UL",
    "APPLICATION_DETECTION_INFORMATION",
    "BEARER_CONTROL_MODE",
    "BEARER_IDENTIFIER",
    "BEARER_OPERATION",
    "BEARER_USAGE",
    "CHARGING_CORRELATION_INDICATOR",
    "CHARGING_RULE_BASE_NAME",
    "CHARGING_RULE_DEFINITION",
    "CHARGING_RULE_INSTALL",
    "CHARGING_RULE_NAME",
    "CHARGING_RULE_REMOVE",
    "CHARGING_RULE_REPORT",
    "COA_INFORMATION",
    "COA_IP_ADDRESS",
    "CONDITIONAL_APN_AGGREGATE_MAX_BITRATE",
    "CONDITIONAL_POLICY_INFORMATION",
    "CREDIT_MANAGEMENT_STATUS",
    "CSG_INFORMATION_REPORTING",
    "DEFAULT_ACCESS",
    "DEFAULT_BEARER_INDICATION",
    "DEFAULT_EPS_BEARER_QOS",
    "DEFAULT_QOS_INFORMATION",
    "DEFAULT_QOS_NAME",
    "EVENT_REPORT_INDICATION",
    "EVENT_TRIGGER",
    "EXECUTION_TIME",
    "EXTENDED_APN_AMBR_DL",
    "EXTENDED_APN_AMBR_UL",
    "EXTENDED_GBR_DL",
    "EXTENDED_GBR_UL",
    "FLOW_DIRECTION",
    "FLOW_INFORMATION",
    "FLOW_LABEL",
    "FIXED_USER_LOCATION_INFO",
    "GUARANTEED_BITRATE_DL",
    "GUARANTEED_BITRATE_UL",
    "HENB_LOCAL_IP_ADDRESS",
    "IP_CAN_SESSION_CHARGING_SCOPE",
    "IP_CAN_TYPE",
    "MAX_PLR_DL",
    "MAX_PLR_UL",
    "METERING_METHOD",
    "MONITORING_FLAGS",
    "MONITORING_KEY",
    "MUTE_NOTIFICATION",
    "MONITORING_TIME",
    "NBIFOM_MODE",
    "NBIFOM_SUPPORT",
    "NETLOC_ACCESS_SUPPORT",
    "NETWORK_REQUEST_SUPPORT",
    "OFFLINE",
    "ONLINE",
    "PACKET_FILTER_CONTENT",
    "PACKET_FILTER_IDENTIFIER",
    "PACKET_FILTER_INFORMATION",
    "PACKET_FILTER_OPERATION",
    "PACKET_FILTER_USAGE",
    "PCC_RULE_STATUS",
    "PDN_CONNECTION_ID",
    "PRA_INSTALL",
    "PRA_REMOVE",
    "PRECEDENCE",
    "PRE_EMPTION_CAPABILITY",
    "PRE_EMPTION_VULNERABILITY",
    "PRESENCE_REPORTING_AREA_ELEMENTS_LIST",
    "PRESENCE_REPORTING_AREA_IDENTIFIER",
    "PRESENCE_REPORTING_AREA_INFORMATION",
    "PRESENCE_REPORTING_AREA_NODE",
    "PRESENCE_REPORTING_AREA_STATUS",
    "PRIORITY_LEVEL",
    "PS_TO_CS_SESSION_CONTINUITY",
    "QOS_CLASS_IDENTIFIER",
    "QOS_INFORMATION",
    "QOS_NEGOTIATION",
    "QOS_UPGRADE",
    "RAN_NAS_RELEASE_CAUSE",
    "RAN_RULE_SUPPORT",
    "RAT_TYPE",
    "REDIRECT_INFORMATION",
    "REDIRECT_SUPPORT",
    "REMOVAL_OF_ACCESS",
    "REPORTING_LEVEL",
    "RESOURCE_ALLOCATION_NOTIFICATION",
    "RESOURCE_RELEASE_NOTIFICATION",
    "REVALIDATION_TIME",
    "ROUTING_FILTER",
    "ROUTING_IP_ADDRESS",
    "ROUTING_RULE_DEFINITION",
    "ROUTING_RULE_IDENTIFIER",
    "ROUTING_RULE_INSTALL",
    "ROUTING_RULE_REMOVE",
    "ROUTING_RULE_FAILURE_CODE",
    "ROUTING_RULE_REPORT",
    "RULE_ACTIVATION_TIME",
    "RULE_DEACTIVATION_TIME",
    "RULE_FAILURE_CODE",
    "SECURITY_PARAMETER_INDEX",
    "SESSION_RELEASE_CAUSE",
    "TCP_SOURCE_PORT",
    "TDF_INFORMATION",
    "TDF_APPLICATION_IDENTIFIER",
    "TDF_APPLICATION_INSTANCE_IDENTIFIER",
    "TDF_DESTINATION_HOST",
    "TDF_DESTINATION_REALM",
    "TDF_IP_ADDRESS",
    "TFT_FILTER",
    "TFT_PACKET_FILTER_INFORMATION",
    "TRAFFIC_STEERING_POLICY_IDENTIFIER_DL",
    "TRAFFIC_STEERING_POLICY_IDENTIFIER_UL",
    "TOS_TRAFFIC_CLASS",
    "TUNNEL_HEADER_FILTER",
    "TUNNEL_HEADER_LENGTH",
    "TUNNEL_INFORMATION",
    "UDP_SOURCE_PORT",
    "UE_LOCAL_IP_ADDRESS",
    "UE_STATUS",
    "USAGE_MONITORING_INFORMATION",
    "USAGE_MONITORING_LEVEL",
    "USAGE_MONITORING_REPORT",
    "USAGE_MONITORING_SUPPORT",
    "USER_LOCATION_INFO_TIME",
    "PCSCF_RESTORATION_INDICATION",
    "QOS_RULE_INSTALL",
    "QOS_RULE_REMOVE",
    "QOS_RULE_DEFINITION",
    "QOS_RULE_NAME",
    "QOS_RULE_BASE_NAME",
    "QOS_RULE_REPORT",
    "SESSION_LINKING_INDICATOR",
    "ADC_RULE_BASE_NAME",
    "ADC_RULE_DEFINITION",
    "ADC_RULE_INSTALL",
    "ADC_RULE_NAME",
    "ADC_RULE_REMOVE",
    "ADC_RULE_REPORT",
    "REQUEST_TYPE",
    "CS_SERVICE_QOS_REQUEST_IDENTIFIER",
    "CS_SERVICE_QOS_REQUEST_OPERATION",
    "CS_SERVICE_RESOURCE_REPORT",
    "CS_SERVICE_RESOURCE_FAILURE_CAUSE",
    "CS_SERVICE_RESOURCE_RESULT_OPERATION",
    "TGPP2_BSID",
    "ABORT_CAUSE",
    "ACCESS_NETWORK_CHARGING_ADDRESS",
    "ACCESS_NETWORK_CHARGING_IDENTIFIER",
    "ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE",
    "ACCEPTABLE_SERVICE_INFO",
    "AF_APPLICATION_IDENTIFIER",
    "AF_CHARGING_IDENTIFIER",
    "AF_REQUESTED_DATA",
    "AF_SIGNALLING_PROTOCOL",
    "APPLICATION_SERVICE_PROVIDER_IDENTITY",
    "CALLEE_INFORMATION",
    "CODEC_DATA",
    "CONTENT_VERSION",
    "DESIRED_MAX_LATENCY",
    "DESIRED_MAX_LOSS",
    "EXTENDED_MAX_REQUESTED_BW_DL",
    "EXTENDED_MAX_REQUESTED_BW_UL",
    "EXTENDED_MAX_SUPPORTED_BW_DL",
    "EXTENDED_MAX_SUPPORTED_BW_UL",
    "EXTENDED_MIN_DESIRED_BW_DL",
    "EXTENDED_MIN_DESIRED_BW_UL",
    "EXTENDED_MIN_REQUESTED_BW_DL",
    "EXTENDED_MIN_REQUESTED_BW_UL",
    "FLOW_DESCRIPTION",
    "FLOW_NUMBER",
    "FLOWS",
    "FLOW_STATUS",
    "FLOW_USAGE",
    "FLUS_IDENTIFIER",
    "GCS_IDENTIFIER",
    "GLI_IDENTIFIER",
    "HFC_NODE_IDENTIFIER",
    "IMS_CONTENT_IDENTIFIER",
    "IMS_CONTENT_TYPE",
    "IP_DOMAIN_ID",
    "LINE_TYPE",
    "MA_INFORMATION",
    "MA_INFORMATION_ACTION",
    "MAX_REQUESTED_BANDWIDTH_DL",
    "MAX_REQUESTED_BANDWIDTH_UL",
    "MAX_SUPPORTED_BANDWIDTH_DL",
    "MAX_SUPPORTED_BANDWIDTH_UL",
    "MCPTT_IDENTIFIER",
    "MCVIDEO_IDENTIFIER",
    "MEDIA_COMPONENT_DESCRIPTION",
    "MEDIA_COMPONENT_NUMBER",
    "MEDIA_COMPONENT_STATUS",
    "MEDIA_SUB_COMPONENT",
    "MEDIA_TYPE",
    "MPS_ACTION",
    "MPS_IDENTIFIER",
    "MIN_DESIRED_BANDWIDTH_DL",
    "MIN_DESIRED_BANDWIDTH_UL",
    "MIN_REQUESTED_BANDWIDTH_DL",
    "MIN_REQUESTED_BANDWIDTH_UL",
    "NGAP_CAUSE",
    "NGAP_GROUP",
    "NGAP_VALUE",
    "NID",
    "PRIORITY_SHARING_INDICATOR",
    "PRE_EMPTION_CONTROL_INFO",
    "REQUIRED_ACCESS_INFO",
    "RETRY_INTERVAL",
    "RX_REQUEST_TYPE",
    "RR_BANDWIDTH",
    "RS_BANDWIDTH",
    "SERVICE_AUTHORIZATION_INFO",
    "SERVICE_URN",
    "SERVICE_INFO_STATUS",
    "SHARING_KEY_DL",
    "SHARING_KEY_UL",
    "SPECIFIC_ACTION",
    "SIP_FORKING_INDICATION",
    "SPONSOR_IDENTITY",
    "SPONSORED_CONNECTIVITY_DATA",
    "SPONSORING_ACTION",
    "WIRELINE_USER_LOCATION_INFO",
    "N5GMM_CAUSE",
    "N5GSM_CAUSE",
    "N5GS_RAN_NAS_RELEASE_CAUSE",
    "SUBSESSION_DECISION_INFO",
    "SUBSESSION_ENFORCEMENT_INFO",
    "SUBSESSION_ID",
    "SUBSESSION_OPERATION",
    "MULTIPLE_BBERF_ACTION",
    "DRA_DEPLOYMENT",
    "DRA_BINDING",
    "PCRF_ADDRESS",
    "UE_LOCAL_IPV6_PREFIX",
    "AGGREGATED_CONGESTION_INFO",
    "AGGREGATED_RUCI_REPORT",
    "CONGESTION_LEVEL_DEFINITION",
    "CONGESTION_LEVEL_RANGE",
    "CONGESTION_LEVEL_SET_ID",
    "CONGESTION_LEVEL_VALUE",
    "CONGESTION_LOCATION_ID",
    "CONDITIONAL_RESTRICTION",
    "ENODEB_ID",
    "IMSI_LIST",
    "RCAF_ID",
    "REPORTING_RESTRICTION",
    "RUCI_ACTION",
    "EXTENDED_ENODEB_ID",
    "POLICY_COUNTER_IDENTIFIER",
    "POLICY_COUNTER_STATUS",
    "POLICY_COUNTER_STATUS_REPORT",
    "SL_REQUEST_TYPE",
    "PENDING_POLICY_COUNTER_INFORMATION",
    "PENDING_POLICY_COUNTER_CHANGE_TIME",
    "SN_REQUEST_TYPE",
    "VISITED_NETWORK_IDENTIFIER",
    "PUBLIC_IDENTITY",
    "SERVER_NAME",
    "SERVER_CAPABILITIES",
    "MANDATORY_CAPABILITY",
    "OPTIONAL_CAPABILITY",
    "USER_DATA",
    "SIP_NUMBER_AUTH_ITEMS",
    "SIP_AUTHENTICATION_SCHEME",
    "SIP_AUTHENTICATE",
    "SIP_AUTHORIZATION",
    "SIP_AUTHENTICATION_CONTEXT",
    "SIP_AUTH_DATA_ITEM",
    "SIP_ITEM_NUMBER",
    "SERVER_ASSIGNMENT_TYPE",
    "DEREGISTRATION_REASON",
    "REASON_CODE",
    "REASON_INFO",
    "CHARGING_INFORMATION",
    "PRIMARY_EVENT_CHARGING_FUNCTION_NAME",
    "SECONDARY_EVENT_CHARGING_FUNCTION_NAME",
    "PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME",
    "SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME",
    "USER_AUTHORIZATION_TYPE",
    "USER_DATA_ALREADY_AVAILABLE",
    "CONFIDENTIALITY_KEY",
    "INTEGRITY_KEY",
    "SUPPORTED_FEATURES",
    "FEATURE_LIST_ID",
    "FEATURE_LIST",
    "SUPPORTED_APPLICATIONS",
    "ASSOCIATED_IDENTITIES",
    "ORIGINATING_REQUEST",
    "WILDCARDED_PUBLIC_IDENTITY",
    "SIP_DIGEST_AUTHENTICATE",
    "WILDCARDED_IMPU",
    "UAR_FLAGS",
    "LOOSE_ROUTE_INDICATION",
    "SCSCF_RESTORATION_INFO",
    "PATH",
    "CONTACT",
    "SUBSCRIPTION_INFO",
    "CALL_ID_SIP_HEADER",
    "FROM_SIP_HEADER",
    "TO_SIP_HEADER",
    "RECORD_ROUTE",
    "ASSOCIATED_REGISTERED_IDENTITIES",
    "MULTIPLE_REGISTRATION_INDICATION",
    "RESTORATION_INFO",
    "SESSION_PRIORITY",
    "IDENTITY_WITH_EMERGENCY_REGISTRATION",
    "PRIVILEDGED_SENDER_INDICATION",
    "LIA_FLAGS",
    "INITIAL_CSEQ_SEQUENCE_NUMBER",
    "SAR_FLAGS",
    "ALLOWED_WAF_WWSF_IDENTITIES",
    "WEBRTC_AUTHENTICATION_FUNCTION_NAME",
    "WEBRTC_WEB_SERVER_FUNCTION_NAME",
    "RTR_FLAGS",
    "P_CSCF_SUBSCRIPTION_INFO",
    "REGISTRATION_TIME_OUT",
    "ALTERNATE_DIGEST_ALGORITHM",
    "ALTERNATE_DIGEST_HA1",
    "FAILED_PCSCF",
    "PCSCF_FQDN",
    "PCSCF_IP_ADDRESS",
    "OC_REG_TIMER_EXT",
    "TGPP_WLAN_APN_ID",
    "AUTHENTICATION_METHOD",
    "AUTHENTICATION_INFORMATION_SIM",
    "AUTHORIZATION_INFORMATION_SIM",
    "WLAN_USER_DATA",
    "CHARGING_DATA",
    "WLAN_ACCESS",
    "WLAN_3GPP_IP_ACCESS",
    "APN_AUTHORIZED",
    "APN_BARRING_TYPE",
    "WLAN_DIRECT_IP_ACCESS",
    "SESSION_REQUEST_TYPE",
    "ROUTING_POLICY",
    "MAX_REQUESTED_BANDWIDTH",
    "CHARGING_CHARACTERISTICS",
    "CHARGING_NODES",
    "PRIMARY_OCS_CHARGING_FUNCTION_NAME",
    "SECONDARY_OCS_CHARGING_FUNCTION_NAME",
    "MAXIMUM_NUMBER_ACCESSES",
    "SUBSCRIPTION_DATA",
    "TERMINAL_INFORMATION",
    "IMEI",
    "SOFTWARE_VERSION",
    "QOS_SUBSCRIBED",
    "ULR_FLAGS",
    "ULA_FLAGS",
    "VISITED_PLMN_ID",
    "REQUESTED_EUTRAN_AUTHENTICATION_INFO",
    "REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO",
    "NUMBER_OF_REQUESTED_VECTORS",
    "RE_SYNCHRONIZATION_INFO",
    "IMMEDIATE_RESPONSE_PREFERRED",
    "AUTHENTICATION_INFO",
    "E_UTRAN_VECTOR",
    "UTRAN_VECTOR",
    "GERAN_VECTOR",
    "NETWORK_ACCESS_MODE",
    "HPLMN_ODB",
    "ITEM_NUMBER",
    "CANCELLATION_TYPE",
    "DSR_FLAGS",
    "DSA_FLAGS",
    "CONTEXT_IDENTIFIER",
    "SUBSCRIBER_STATUS",
    "OPERATOR_DETERMINED_BARRING",
    "ACCESS_RESTRICTION_DATA",
    "APN_OI_REPLACEMENT",
    "ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR",
    "APN_CONFIGURATION_PROFILE",
    "APN_CONFIGURATION",
    "EPS_SUBSCRIBED_QOS_PROFILE",
    "VPLMN_DYNAMIC_ADDRESS_ALLOWED",
    "STN_SR",
    "ALERT_REASON",
    "AMBR",
    "CSG_SUBSCRIPTION_DATA",
    "CSG_ID",
    "PDN_GW_ALLOCATION_TYPE",
    "EXPIRATION_DATE",
    "RAT_FREQUENCY_SELECTION_PRIORITY_ID",
    "IDA_FLAGS",
    "PUA_FLAGS",
    "NOR_FLAGS",
    "USER_ID",
    "EQUIPMENT_STATUS",
    "REGIONAL_SUBSCRIPTION_ZONE_CODE",
    "RAND",
    "XRES",
    "AUTN",
    "KASME",
    "TRACE_COLLECTION_ENTITY",
    "KC",
    "SRES",
    "PDN_TYPE",
    "ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE",
    "TRACE_DATA",
    "TRACE_REFERENCE",
    "TRACE_DEPTH",
    "TRACE_NE_TYPE_LIST",
    "TRACE_INTERFACE_LIST",
    "TRACE_EVENT_LIST",
    "OMC_ID",
    "GPRS_SUBSCRIPTION_DATA",
    "COMPLETE_DATA_LIST_INCLUDED_INDICATOR",
    "PDP_CONTEXT",
    "PDP_TYPE",
    "TGPP2_MEID",
    "SPECIFIC_APN_INFO",
    "LCS_INFO",
    "GMLC_NUMBER",
    "LCS_PRIVACYEXCEPTION",
    "SS_CODE",
    "SS_STATUS",
    "NOTIFICATION_TO_UE_USER",
    "EXTERNAL_CLIENT",
    "CLIENT_IDENTITY",
    "GMLC_RESTRICTION",
    "PLMN_CLIENT",
    "SERVICE_TYPE",
    "SERVICETYPEIDENTITY",
    "MO_LR",
    "TELESERVICE_LIST",
    "TS_CODE",
    "CALL_BARRING_INFO",
    "SGSN_NUMBER",
    "IDR_FLAGS",
    "ICS_INDICATOR",
    "IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED",
    "HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS",
    "LAST_UE_ACTIVITY_TIME",
    "EPS_USER_STATE",
    "EPS_LOCATION_INFORMATION",
    "MME_USER_STATE",
    "SGSN_USER_STATE",
    "USER_STATE",
    "MME_LOCATION_INFORMATION",
    "SGSN_LOCATION_INFORMATION",
    "E_UTRAN_CELL_GLOBAL_IDENTITY",
    "TRACKING_AREA_IDENTITY",
    "CELL_GLOBAL_IDENTITY",
    "ROUTING_AREA_IDENTITY",
    "LOCATION_AREA_IDENTITY",
    "SERVICE_AREA_IDENTITY",
    "GEOGRAPHICAL_INFORMATION",
    "GEODETIC_INFORMATION",
    "CURRENT_LOCATION_RETRIEVED",
    "AGE_OF_LOCATION_INFORMATION",
    "ACTIVE_APN",
    "ERROR_DIAGNOSTIC",
    "EXT_PDP_ADDRESS",
    "UE_SRVCC_CAPABILITY",
    "MPS_PRIORITY",
    "VPLMN_LIPA_ALLOWED",
    "LIPA_PERMISSION",
    "SUBSCRIBED_PERIODIC_RAU_TAU_TIMER",
    "EXT_PDP_TYPE",
    "SIPTO_PERMISSION",
    "MDT_CONFIGURATION",
    "JOB_TYPE",
    "AREA_SCOPE",
    "LIST_OF_MEASUREMENTS",
    "REPORTING_TRIGGER",
    "REPORT_INTERVAL",
    "REPORT_AMOUNT",
    "EVENT_THRESHOLD_RSRP",
    "EVENT_THRESHOLD_RSRQ",
    "LOGGING_INTERVAL",
    "LOGGING_DURATION",
    "RELAY_NODE_INDICATOR",
    "MDT_USER_CONSENT",
    "PUR_FLAGS",
    "SUBSCRIBED_VSRVCC",
    "EQUIVALENT_PLMN_LIST",
    "CLR_FLAGS",
    "UVR_FLAGS",
    "UVA_FLAGS",
    "VPLMN_CSG_SUBSCRIPTION_DATA",
    "TIME_ZONE",
    "A_MSISDN",
    "MME_NUMBER_FOR_MT_SMS",
    "SMS_REGISTER_REQUEST",
    "LOCAL_TIME_ZONE",
    "DAYLIGHT_SAVING_TIME",
    "SUBSCRIPTION_DATA_FLAGS",
    "MEASUREMENT_PERIOD_LTE",
    "MEASUREMENT_PERIOD_UMTS",
    "COLLECTION_PERIOD_RRM_LTE",
    "COLLECTION_PERIOD_RRM_UMTS",
    "POSITIONING_METHOD",
    "MEASUREMENT_QUANTITY",
    "EVENT_THRESHOLD_EVENT_1F",
    "EVENT_THRESHOLD_EVENT_1I",
    "RESTORATION_PRIORITY",
    "SGS_MME_IDENTITY",
    "SIPTO_LOCAL_NETWORK_PERMISSION",
    "COUPLED_NODE_DIAMETER_ID",
    "WLAN_OFFLOADABILITY",
    "WLAN_OFFLOADABILITY_EUTRAN",
    "WLAN_OFFLOADABILITY_UTRAN",
    "RESET_ID",
    "MDT_ALLOWED_PLMN_ID",
    "ADJACENT_PLMNS",
    "ADJACENT_ACCESS_RESTRICTION_DATA",
    "DL_BUFFERING_SUGGESTED_PACKET_COUNT",
    "IMSI_GROUP_ID",
    "GROUP_SERVICE_ID",
    "GROUP_PLMN_ID",
    "LOCAL_GROUP_ID",
    "AIR_FLAGS",
    "UE_USAGE_TYPE",
    "NON_IP_PDN_TYPE_INDICATOR",
    "NON_IP_DATA_DELIVERY_MECHANISM",
    "ADDITIONAL_CONTEXT_IDENTIFIER",
    "SCEF_REALM",
    "SUBSCRIPTION_DATA_DELETION",
    "PREFERRED_DATA_MODE",
    "EMERGENCY_INFO",
    "V2X_SUBSCRIPTION_DATA",
    "V2X_PERMISSION",
    "PDN_CONNECTION_CONTINUITY",
    "EDRX_CYCLE_LENGTH",
    "EDRX_CYCLE_LENGTH_VALUE",
    "UE_PC5_AMBR",
    "MBSFN_AREA",
    "MBSFN_AREA_ID",
    "CARRIER_FREQUENCY",
    "RDS_INDICATOR",
    "SERVICE_GAP_TIME",
    "AERIAL_UE_SUBSCRIPTION_INFORMATION",
    "BROADCAST_LOCATION_ASSISTANCE_DATA_TYPES",
    "PAGING_TIME_WINDOW",
    "OPERATION_MODE",
    "PAGING_TIME_WINDOW_LENGTH",
    "CORE_NETWORK_RESTRICTIONS",
    "EDRX_RELATED_RAT",
    "INTERWORKING_5GS_INDICATOR",
    "ETHERNET_PDN_TYPE_INDICATOR",
    "SUBSCRIBED_ARPI",
    "IAB_OPERATION_PERMISSION",
    "V2X_SUBSCRIPTION_DATA_NR",
    "UE_PC5_QOS",
    "PC5_QOS_FLOW",
    "N5QI",
    "PC5_FLOW_BITRATES",
    "GUARANTEED_FLOW_BITRATES",
    "MAXIMUM_FLOW_BITRATES",
    "PC5_RANGE",
    "PC5_LINK_AMBR",
    "THIRD_CONTEXT_IDENTIFIER",
    "MDT_CONFIGURATION_NR",
    "EVENT_THRESHOLD_SINR",
    "COLLECTION_PERIOD_RRM_NR",
    "COLLECTION_PERIOD_M6_NR",
    "COLLECTION_PERIOD_M7_NR",
    "SENSOR_MEASUREMENT",
    "NR_CELL_GLOBAL_IDENTITY",
    "TRACE_REPORTING_CONSUMER_URI",
    "PLMN_RAT_USAGE_CONTROL",
    "SF_ULR_TIMESTAMP",
    "SF_PROVISIONAL_INDICATION",
    "ANID",
    "AN_TRUSTED",
    "MIP_FA_RK",
    "MIP_FA_RK_SPI",
    "FULL_NETWORK_NAME",
    "SHORT_NETWORK_NAME",
    "WLAN_IDENTIFIER",
    "TRANSPORT_ACCESS_TYPE",
    "DER_FLAGS",
    "DEA_FLAGS",
    "SSID",
    "HESSID",
    "ACCESS_NETWORK_INFO",
    "TWAN_CONNECTION_MODE",
    "TWAN_CONNECTIVITY_PARAMETERS",
    "CONNECTIVITY_FLAGS",
    "TWAN_PCO",
    "TWAG_CP_ADDRESS",
    "TWAG_UP_ADDRESS",
    "TWAN_S2A_FAILURE_CAUSE",
    "SM_BACK_OFF_TIMER",
    "WLCP_KEY",
    "IMEI_CHECK_IN_VPLMN_RESULT",
    "HIGH_PRIORITY_ACCESS_INFO",
    "EMERGENCY_SERVICES",
    "AAR_FLAGS",
    "NON_3GPP_USER_DATA",
    "NON_3GPP_IP_ACCESS",
    "NON_3GPP_IP_ACCESS_APN",
    "TRACE_INFO",
    "PPR_FLAGS",
    "TWAN_DEFAULT_APN_CONTEXT_ID",
    "TWAN_ACCESS_INFO",
    "ACCESS_AUTHORIZATION_FLAGS",
    "AAA_FAILURE_INDICATION",
    "TGPP_AAA_SERVER_NAME",
    "ERP_AUTHORIZATION",
    "TRUST_RELATIONSHIP_UPDATE",
    "RAR_FLAGS",
    "ORIGINATION_TIME_STAMP",
    "MAXIMUM_WAIT_TIME",
    "DER_S6B_FLAGS",
    "MCPTT_ID",
    "DATA_IDENTIFICATION",
    "DATA_IDENTIFICATION_PREFIX",
    "DATA_IDENTIFICATION_FLAGS",
    "DPR_FLAGS",
    "DPA_FLAGS",
    "DUR_FLAGS",
    "DUA_FLAGS",
    "NDR_FLAGS",
    "NDA_FLAGS",
    "USER_DATA_ID",
    "MC_SERVICE_USER_PROFILE_DATA",
    "SEQUENCE_NUMBER_29_283",
    "DATA",
    "MCVIDEO_ID",
    "MCDATA_ID",
    "USER_IDENTITY",
    "MSISDN",
    "USER_DATA_SH",
    "DATA_REFERENCE",
    "SERVICE_INDICATION",
    "SUBS_REQ_TYPE",
    "REQUESTED_DOMAIN",
    "CURRENT_LOCATION",
    "IDENTITY_SET",
    "EXPIRY_TIME",
    "SEND_DATA_INDICATION",
    "DSAI_TAG",
    "ONE_TIME_NOTIFICATION",
    "REQUESTED_NODES",
    "SERVING_NODE_INDICATION",
    "REPOSITORY_DATA_ID",
    "SEQUENCE_NUMBER",
    "PRE_PAGING_SUPPORTED",
    "LOCAL_TIME_ZONE_INDICATION",
    "UDR_FLAGS",
    "CALL_REFERENCE_INFO",
    "CALL_REFERENCE_NUMBER",
    "AS_NUMBER",
    "USER_IDENTIFIER",
    "SERVICE_ID",
    "SCS_IDENTITY",
    "SERVICE_PARAMETERS",
    "T4_PARAMETERS",
    "SERVICE_DATA",
    "T4_DATA",
    "HSS_CAUSE",
    "SIR_FLAGS",
    "EXTERNAL_IDENTIFIER",
    "IP_SM_GW_NUMBER",
    "IP_SM_GW_NAME",
    "IP_SM_GW_REALM",
    "MONITORING_EVENT_CONFIGURATION",
    "MONITORING_EVENT_REPORT",
    "SCEF_REFERENCE_ID",
    "SCEF_ID",
    "SCEF_REFERENCE_ID_FOR_DELETION",
    "MONITORING_TYPE",
    "MAXIMUM_NUMBER_OF_REPORTS",
    "UE_REACHABILITY_CONFIGURATION",
    "MONITORING_DURATION",
    "MAXIMUM_DETECTION_TIME",
    "REACHABILITY_TYPE",
    "MAXIMUM_LATENCY",
    "MAXIMUM_RESPONSE_TIME",
    "LOCATION_INFORMATION_CONFIGURATION",
    "MONTE_LOCATION_TYPE",
    "ACCURACY",
    "ASSOCIATION_TYPE",
    "ROAMING_INFORMATION",
    "REACHABILITY_INFORMATION",
    "IMEI_CHANGE",
    "MONITORING_EVENT_CONFIG_STATUS",
    "AESE_COMMUNICATION_PATTERN",
    "COMMUNICATION_PATTERN_SET",
    "PERIODIC_COMMUNICATION_INDICATOR",
    "COMMUNICATION_DURATION_TIME",
    "PERIODIC_TIME",
    "SCHEDULED_COMMUNICATION_TIME",
    "STATIONARY_INDICATION",
    "AESE_COMMUNICATION_PATTERN_CONFIG_STATUS",
    "AESE_ERROR_REPORT",
    "SERVICE_RESULT",
    "SERVICE_RESULT_CODE",
    "CIR_FLAGS",
    "SUPPORTED_SERVICES",
    "SUPPORTED_MONITORING_EVENTS",
    "REFERENCE_ID_VALIDITY_TIME",
    "EVENT_HANDLING",
    "NIDD_AUTHORIZATION_REQUEST",
    "NIDD_AUTHORIZATION_RESPONSE",
    "SERVICE_REPORT",
    "NODE_TYPE",
    "S6T_HSS_CAUSE",
    "ENHANCED_COVERAGE_RESTRICTION",
    "ENHANCED_COVERAGE_RESTRICTION_DATA",
    "RESTRICTED_PLMN_LIST",
    "ALLOWED_PLMN_LIST",
    "REQUESTED_VALIDITY_TIME",
    "GRANTED_VALIDITY_TIME",
    "NIDD_AUTHORIZATION_UPDATE",
    "LOSS_OF_CONNECTIVITY_REASON",
    "GROUP_REPORTING_GUARD_TIMER",
    "CIA_FLAGS",
    "GROUP_REPORT",
    "GROUP_REPORT_ITEM",
    "RIR_FLAGS",
    "TYPE_OF_EXTERNAL_IDENTIFIER",
    "APN_VALIDITY_TIME",
    "SUGGESTED_NETWORK_CONFIGURATION",
    "MONITORING_EVENT_REPORT_STATUS",
    "PLMN_ID_REQUESTED",
    "ADDITIONAL_IDENTIFIERS",
    "NIR_FLAGS",
    "REPORTING_TIME_STAMP",
    "NIA_FLAGS",
    "GROUP_USER_IDENTIFIER",
    "MTC_PROVIDER_INFO",
    "MTC_PROVIDER_ID",
    "PDN_CONNECTIVITY_STATUS_CONFIGURATION",
    "PDN_CONNECTIVITY_STATUS_REPORT",
    "PDN_CONNECTIVITY_STATUS_TYPE",
    "TRAFFIC_PROFILE",
    "UPDATED_NETWORK_CONFIGURATION",
    "BATTERY_INDICATOR",
    "SCEF_REFERENCE_ID_EXT",
    "SCEF_REFERENCE_ID_FOR_DELETION_EXT",
    "EXCLUDE_IDENTIFIERS",
    "INCLUDE_IDENTIFIERS",
    "SM_DELIVERY_OUTCOME_T4",
    "ABSENT_SUBSCRIBER_DIAGNOSTIC_T4",
    "TRIGGER_ACTION",
    "MTC_ERROR_DIAGNOSTIC",
    "SM_RP_MTI",
    "SM_RP_SMEA",
    "SRR_FLAGS",
    "SM_DELIVERY_NOT_INTENDED",
    "MWD_STATUS",
    "MME_ABSENT_USER_DIAGNOSTIC_SM",
    "MSC_ABSENT_USER_DIAGNOSTIC_SM",
    "SGSN_ABSENT_USER_DIAGNOSTIC_SM",
    "SM_DELIVERY_OUTCOME",
    "MME_SM_DELIVERY_OUTCOME",
    "MSC_SM_DELIVERY_OUTCOME",
    "SGSN_SM_DELIVERY_OUTCOME",
    "IP_SM_GW_SM_DELIVERY_OUTCOME",
    "SM_DELIVERY_CAUSE",
    "ABSENT_USER_DIAGNOSTIC_SM",
    "RDR_FLAGS",
    "MAXIMUM_UE_AVAILABILITY_TIME",
    "SMS_GMSC_ALERT_EVENT",
    "SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM",
    "SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM",
    "SMSF_3GPP_SM_DELIVERY_OUTCOME",
    "SMSF_NON_3GPP_SM_DELIVERY_OUTCOME",
    "SMSF_3GPP_NUMBER",
    "SMSF_NON_3GPP_NUMBER",
    "SMSF_3GPP_NAME",
    "SMSF_NON_3GPP_NAME",
    "SMSF_3GPP_REALM",
    "SMSF_NON_3GPP_REALM",
    "SMSF_3GPP_ADDRESS",
    "SMSF_NON_3GPP_ADDRESS",
    "SMSF_3GPP_SBI_SUPPORT_INDICATOR",
    "SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR",
    "IP_SM_GW_SBI_SUPPORT_INDICATOR",
    "SC_ADDRESS",
    "SM_RP_UI",
    "TFR_FLAGS",
    "SM_DELIVERY_FAILURE_CAUSE",
    "SM_ENUMERATED_DELIVERY_FAILURE_CAUSE",
    "SM_DIAGNOSTIC_INFO",
    "SM_DELIVERY_TIMER",
    "SM_DELIVERY_START_TIME",
    "OFR_FLAGS",
    "SMSMI_CORRELATION_ID",
    "HSS_ID",
    "ORIGINATING_SIP_URI",
    "DESTINATION_SIP_URI",
    "MAXIMUM_RETRANSMISSION_TIME",
    "REQUESTED_RETRANSMISSION_TIME",
    "SMS_GMSC_ADDRESS",
    "ORIGIN_APP_LAYER_USER_ID",
    "TARGET_APP_LAYER_USER_ID",
    "PROSE_FUNCTION_ID",
    "PROSE_REQUEST_TYPE",
    "PDUID",
    "APPLICATION_DATA",
    "ALLOWED_SUFFIXES_NUMBER",
    "MONITOR_TARGET",
    "PROSE_CODE_SUFFIX_MASK",
    "SUFFIX_CODE",
    "SUFFIX_MASK",
    "BANNED_USER_TARGET",
    "METADATA_INDICATOR",
    "PROSE_SUBSCRIPTION_DATA",
    "PROSE_PERMISSION",
    "PROSE_ALLOWED_PLMN",
    "PROSE_DIRECT_ALLOWED",
    "UPR_FLAGS",
    "PNR_FLAGS",
    "PROSE_INITIAL_LOCATION_INFORMATION",
    "AUTHORIZED_DISCOVERY_RANGE",
    "APP_LAYER_USER_ID",
    "ASSISTANCE_INFO",
    "ASSISTANCE_INFO_VALIDITY_TIMER",
    "DISCOVERY_TYPE",
    "FILTER_ID",
    "MAC_ADDRESS",
    "MATCH_REPORT",
    "OPERATING_CHANNEL",
    "P2P_FEATURES",
    "PROSE_APP_CODE",
    "PROSE_APP_ID",
    "PROSE_APP_MASK",
    "PROSE_DISCOVERY_FILTER",
    "PRR_FLAGS",
    "PROSE_VALIDITY_TIMER",
    "REQUESTING_EPUID",
    "TARGETED_EPUID",
    "TIME_WINDOW_29_345",
    "WIFI_P2P_ASSISTANCE_INFO",
    "WLAN_ASSISTANCE_INFO",
    "WLAN_LINK_LAYER_ID",
    "WLAN_LINK_LAYER_ID_LIST",
    "LOCATION_UPDATE_TRIGGER",
    "LOCATION_UPDATE_EVENT_TYPE",
    "CHANGE_OF_AREA_TYPE",
    "LOCATION_UPDATE_EVENT_TRIGGER",
    "REPORT_CARDINALITY",
    "MINIMUM_INTERVAL_TIME",
    "PERIODIC_LOCATION_TYPE",
    "LOCATION_REPORT_INTERVAL_TIME",
    "TOTAL_NUMBER_OF_REPORTS",
    "VALIDITY_TIME_ANNOUNCE",
    "VALIDITY_TIME_MONITOR",
    "VALIDITY_TIME_COMMUNICATION",
    "PROSE_APP_CODE_INFO",
    "MIC",
    "UTC_BASED_COUNTER",
    "PROSE_MATCH_REFRESH_TIMER",
    "PROSE_METADATA_INDEX_MASK",
    "APP_IDENTIFIER",
    "OS_ID",
    "OS_APP_ID",
    "REQUESTING_RPAUID",
    "TARGET_RPAUID",
    "TARGET_PDUID",
    "PROSE_RESTRICTED_CODE",
    "PROSE_RESTRICTED_CODE_SUFFIX_RANGE",
    "BEGINNING_SUFFIX",
    "ENDING_SUFFIX",
    "DISCOVERY_ENTRY_ID",
    "MATCH_TIMESTAMP",
    "PMR_FLAGS",
    "PROSE_APPLICATION_METADATA",
    "DISCOVERY_AUTH_REQUEST",
    "DISCOVERY_AUTH_RESPONSE",
    "MATCH_REQUEST",
    "MATCH_REPORT_INFO",
    "BANNED_RPAUID",
    "BANNED_PDUID",
    "CODE_RECEIVING_SECURITY_MATERIAL",
    "CODE_SENDING_SECURITY_MATERIAL",
    "DUSK",
    "DUIK",
    "DUCK",
    "MIC_CHECK_INDICATOR",
    "ENCRYPTED_BITMASK",
    "PROSE_APP_CODE_SUFFIX_RANGE",
    "PC5_TECH",
    "DEVICE_ACTION",
    "DEVICE_NOTIFICATION",
    "TRIGGER_DATA",
    "PAYLOAD",
    "ACTION_TYPE",
    "PRIORITY_INDICATION",
    "REFERENCE_NUMBER",
    "REQUEST_STATUS",
    "DELIVERY_OUTCOME",
    "APPLICATION_PORT_IDENTIFIER",
    "OLD_REFERENCE_NUMBER",
    "FEATURE_SUPPORTED_IN_FINAL_TARGET",
    "V2X_PC5_ALLOWED_PLMN",
    "V2X_UPDATE_FLAGS",
    "V2X_NOTIFY_FLAGS",
    "V2X_AUTHORIZATION_DATA",
    "V2X_PERMISSION_IN_VPLMN",
    "V2X_APPLICATION_SERVER",
    "BMSC_ADDRESS",
    "BMSC_PORT",
    "MBMS_BEARER_EVENT",
    "MBMS_BEARER_EVENT_NOTIFICATION",
    "MBMS_BEARER_REQUEST",
    "MBMS_BEARER_RESPONSE",
    "MBMS_BEARER_RESULT",
    "MBMS_START_TIME",
    "RADIO_FREQUENCY_29_468",
    "TMGI_ALLOCATION_REQUEST",
    "TMGI_ALLOCATION_RESPONSE",
    "TMGI_ALLOCATION_RESULT",
    "TMGI_DEALLOCATION_REQUEST",
    "TMGI_DEALLOCATION_RESPONSE",
    "TMGI_DEALLOCATION_RESULT",
    "TMGI_EXPIRY",
    "TMGI_NUMBER",
    "MB2U_SECURITY",
    "LOCAL_M1_INFORMATION",
    "LOCAL_MB2_U_INFORMATION",
    "MBMS_ENB_IP_MULTICAST_ADDRESS",
    "MBMS_ENB_IPV6_MULTICAST_ADDRESS",
    "MBMS_GW_SSM_IP_ADDRESS_29_468",
    "MBMS_GW_SSM_IPV6_ADDRESS_29_468",
    "COMMON_TUNNEL_ENDPOINT_IDENTIFIER",
    "FEC_REQUEST",
    "ROHC_REQUEST",
    "ROHC_FULL_HEADER_PERIODICITY",
    "ROHC_PROFILE",
    "USERPLANE_PROTOCOL_RESULT",
    "ROHC_RESULT",
    "FEC_RESULT",
    "ROHC_MAX_CID",
    "MBMS_BEARER_EVENT_DIAGNOSTIC_INFO",
    "TGPP_NOTIFICATION",
    "TGPP_UE_MAC_ADDRESS",
    "TGPP_AUTHORIZATION_REFERENCE",
    "TGPP_POLICY_REFERENCE",
    "TGPP_SESSION_AMBR",
    "TGPP_NAI",
    "TGPP_SESSION_AMBR_V2",
    "TGPP_IP_ADDRESS_POOL_ID",
    "TGPP_VLAN_ID",
    "TGPP_TNAP_IDENTIFIER",
    "TGPP_HFC_NODEID",
    "TGPP_GLI",
    "TGPP_LINE_TYPE",
    "TGPP_NID",
    "TGPP_SESSION_S_NSSAI",
    "TGPP_CHF_FQDN",
    "TGPP_S_NSSAI",
    "TGPP_OC_RATING_GROUP",
    "TGPP_OC_REQUEST_TYPE",
    "TGPP_OC_SPECIFIC_REDUCTION",
    "TGPP_PS_DATA_OFF_STATUS_32_299",
    "ACCESS_NETWORK_INFO_CHANGE",
    "ACCESS_NETWORK_INFORMATION",
    "ACCESS_TRANSFER_INFORMATION",
    "ACCESS_TRANSFER_TYPE",
    "ACCOUNT_EXPIRATION",
    "ACCUMULATED_COST",
    "ADAPTATIONS",
    "ADDITIONAL_CONTENT_INFORMATION",
    "ADDITIONAL_EXCEPTION_REPORTS",
    "ADDITIONAL_TYPE_INFORMATION",
    "ADDRESS_DATA",
    "ADDRESS_DOMAIN",
    "ADDRESSEE_TYPE",
    "ADDRESS_TYPE",
    "AF_CORRELATION_INFORMATION",
    "ALTERNATE_CHARGED_PARTY_ADDRESS",
    "ANNOUNCEMENT_IDENTIFIER",
    "ANNOUNCEMENT_INFORMATION",
    "ANNOUNCEMENT_ORDER",
    "ANNOUNCING_PLMN_ID",
    "ANNOUNCING_UE_HPLMN_IDENTIFIER",
    "ANNOUNCING_UE_VPLMN_IDENTIFIER",
    "AOC_COST_INFORMATION",
    "AOC_FORMAT",
    "AOC_INFORMATION",
    "AOC_REQUEST_TYPE",
    "AOC_SERVICE",
    "AOC_SERVICE_OBLIGATORY_TYPE",
    "AOC_SERVICE_TYPE",
    "AOC_SUBSCRIPTION_INFORMATION",
    "API_CONTENT",
    "API_DIRECTION",
    "API_IDENTIFIER",
    "API_INVOCATION_TIMESTAMP",
    "API_NETWORK_SERVICE_NODE",
    "API_RESULT_CODE",
    "API_SIZE",
    "APN_RATE_CONTROL",
    "APN_RATE_CONTROL_DOWNLINK",
    "APN_RATE_CONTROL_UPLINK",
    "APPLICATION_PROVIDED_CALLED_PARTY_ADDRESS",
    "APPLICATION_SERVER",
    "APPLICATION_SERVER_INFORMATION",
    "APPLICATION_SPECIFIC_DATA",
    "APPLIC_ID",
    "ASSOCIATED_PARTY_ADDRESS",
    "ASSOCIATED_URI",
    "AUTHORISED_QOS",
    "AUX_APPLIC_INFO",
    "BASE_TIME_INTERVAL",
    "BASIC_SERVICE_CODE",
    "BEARER_CAPABILITY",
    "BEARER_SERVICE",
    "BSSID",
    "CALLED_ASSERTED_IDENTITY",
    "CALLED_IDENTITY",
    "CALLED_IDENTITY_CHANGE",
    "CALLED_PARTY_ADDRESS",
    "CALLING_PARTY_ADDRESS",
    "CARRIER_SELECT_ROUTING_INFORMATION",
    "CAUSE_CODE",
    "CELLULAR_NETWORK_INFORMATION",
    "CG_ADDRESS",
    "CHANGE_CONDITION",
    "CHANGE_TIME",
    "CHARGED_PARTY",
    "CHARGE_REASON_CODE",
    "CHARGING_CHARACTERISTICS_SELECTION_MODE",
    "CHARGING_PER_IP_CAN_SESSION_INDICATOR",
    "CIVIC_ADDRESS_INFORMATION",
    "CLASS_IDENTIFIER",
    "CLIENT_ADDRESS",
    "CN_OPERATOR_SELECTION_ENTITY",
    "CONTENT_CLASS",
    "CONTENT_DISPOSITION",
    "CONTENT_LENGTH",
    "CONTENT_SIZE",
    "CONTENT_TYPE",
    "COVERAGE_INFO",
    "COVERAGE_STATUS",
    "CP_CIOT_EPS_OPTIMISATION_INDICATOR",
    "CPDT_INFORMATION",
    "CSG_ACCESS_MODE",
    "CSG_MEMBERSHIP_INDICATION",
    "CUG_INFORMATION",
    "CURRENT_TARIFF",
    "DATA_CODING_SCHEME",
    "DEFERRED_LOCATION_EVENT_TYPE",
    "DELIVERY_REPORT_REQUESTED",
    "DESTINATION_INTERFACE",
    "DIAGNOSTICS",
    "DISCOVEREE_UE_HPLMN_IDENTIFIER",
    "DISCOVEREE_UE_VPLMN_IDENTIFIER",
    "DISCOVERER_UE_HPLMN_IDENTIFIER",
    "DISCOVERER_UE_VPLMN_IDENTIFIER",
    "DOMAIN_NAME",
    "DRM_CONTENT",
    "DYNAMIC_ADDRESS_FLAG",
    "DYNAMIC_ADDRESS_FLAG_EXTENSION",
    "EARLY_MEDIA_DESCRIPTION",
    "ENHANCED_DIAGNOSTICS",
    "ENVELOPE",
    "ENVELOPE_END_TIME",
    "ENVELOPE_REPORTING",
    "ENVELOPE_START_TIME",
    "EPDG_ADDRESS",
    "EVENT",
    "EVENT_CHARGING_TIMESTAMP",
    "EVENT_TYPE",
    "EXPIRES",
    "EXPOSURE_FUNCTION_API_INFORMATION",
    "FE_IDENTIFIER_LIST",
    "FILE_REPAIR_SUPPORTED",
    "FORWARDING_PENDING",
    "FROM_ADDRESS",
    "GGSN_ADDRESS",
    "IMS_APPLICATION_REFERENCE_IDENTIFIER",
    "IMS_CHARGING_IDENTIFIER",
    "IMS_COMMUNICATION_SERVICE_IDENTIFIER",
    "IMS_EMERGENCY_INDICATOR",
    "IMS_INFORMATION",
    "IMSI_UNAUTHENTICATED_FLAG",
    "IMS_VISITED_NETWORK_IDENTIFIER",
    "INCOMING_TRUNK_GROUP_ID",
    "INCREMENTAL_COST",
    "INITIAL_IMS_CHARGING_IDENTIFIER",
    "INSTANCE_ID",
    "INTERFACE_ID",
    "INTERFACE_PORT",
    "INTERFACE_TEXT",
    "INTERFACE_TYPE",
    "INTER_OPERATOR_IDENTIFIER",
    "INTER_UE_TRANSFER",
    "IP_REALM_DEFAULT_INDICATION",
    "ISUP_CAUSE",
    "ISUP_CAUSE_DIAGNOSTICS",
    "ISUP_CAUSE_LOCATION",
    "ISUP_CAUSE_VALUE",
    "ISUP_LOCATION_NUMBER",
    "LANGUAGE",
    "LAYER_2_GROUP_ID",
    "LCS_APN",
    "LCS_CLIENT_DIALED_BY_MS",
    "LCS_CLIENT_EXTERNAL_ID",
    "LCS_CLIENT_ID",
    "LCS_CLIENT_NAME",
    "LCS_CLIENT_TYPE",
    "LCS_DATA_CODING_SCHEME",
    "LCS_FORMAT_INDICATOR",
    "LCS_INFORMATION",
    "LCS_NAME_STRING",
    "LCS_REQUESTOR_ID",
    "LCS_REQUESTOR_ID_STRING",
    "LOCAL_GW_INSERTED_INDICATION",
    "LOCAL_SEQUENCE_NUMBER",
    "LOCATION_ESTIMATE",
    "LOCATION_ESTIMATE_TYPE",
    "LOCATION_INFO",
    "LOCATION_TYPE",
    "LOW_BALANCE_INDICATION",
    "LOW_PRIORITY_INDICATOR",
    "MBMS_CHARGED_PARTY",
    "MBMS_GW_ADDRESS",
    "MBMS_INFORMATION",
    "MBMS_USER_SERVICE_TYPE",
    "MEDIA_INITIATOR_FLAG",
    "MEDIA_INITIATOR_PARTY",
    "MESSAGE_BODY",
    "MESSAGE_CLASS",
    "MESSAGE_ID",
    "MESSAGE_SIZE",
    "MESSAGE_TYPE",
    "MMBOX_STORAGE_REQUESTED",
    "MM_CONTENT_TYPE",
    "MMS_INFORMATION",
    "MMTEL_INFORMATION",
    "MMTEL_SSERVICE_TYPE",
    "MONITORED_PLMN_IDENTIFIER",
    "MONITORING_EVENT_CONFIGURATION_ACTIVITY",
    "MONITORING_EVENT_FUNCTIONALITY",
    "MONITORING_EVENT_INFORMATION",
    "MONITORING_EVENT_REPORT_DATA",
    "MONITORING_EVENT_REPORT_NUMBER",
    "MONITORING_UE_HPLMN_IDENTIFIER",
    "MONITORING_UE_IDENTIFIER",
    "MONITORING_UE_VPLMN_IDENTIFIER",
    "MSC_ADDRESS",
    "MTC_IWF_ADDRESS",
    "NEIGHBOUR_NODE_ADDRESS",
    "NETWORK_CALL_REFERENCE_NUMBER",
    "NEXT_TARIFF",
    "NIDD_SUBMISSION",
    "NNI_INFORMATION",
    "NNI_TYPE",
    "NODE_FUNCTIONALITY",
    "NODE_ID",
    "NR_CGI",
    "NUMBER_OF_DIVERSIONS",
    "NUMBER_OF_MESSAGES_SENT",
    "NUMBER_OF_PARTICIPANTS",
    "NUMBER_OF_RECEIVED_TALK_BURSTS",
    "NUMBER_OF_TALK_BURSTS",
    "NUMBER_PORTABILITY_ROUTING_INFORMATION",
    "OFFLINE_CHARGING",
    "ONLINE_CHARGING_FLAG",
    "ORIGINATING_IOI",
    "ORIGINATOR",
    "ORIGINATOR_ADDRESS",
    "ORIGINATOR_INTERFACE",
    "ORIGINATOR_RECEIVED_ADDRESS",
    "ORIGINATOR_SCCP_ADDRESS",
    "OUTGOING_SESSION_ID",
    "OUTGOING_TRUNK_GROUP_ID",
    "PARTICIPANT_ACCESS_PRIORITY",
    "PARTICIPANT_ACTION_TYPE",
    "PARTICIPANT_GROUP",
    "PARTICIPANTS_INVOLVED",
    "PC3_CONTROL_PROTOCOL_CAUSE",
    "PC3_EPC_CONTROL_PROTOCOL_CAUSE",
    "PC5_RADIO_TECHNOLOGY",
    "PDN_CONNECTION_CHARGING_ID",
    "PDP_ADDRESS",
    "PDP_ADDRESS_PREFIX_LENGTH",
    "PDP_CONTEXT_TYPE",
    "PLAY_ALTERNATIVE",
    "POC_CHANGE_CONDITION",
    "POC_CHANGE_TIME",
    "POC_CONTROLLING_ADDRESS",
    "POC_EVENT_TYPE",
    "POC_GROUP_NAME",
    "POC_INFORMATION",
    "POC_SERVER_ROLE",
    "POC_SESSION_ID",
    "POC_SESSION_INITIATION_TYPE",
    "POC_SESSION_TYPE",
    "POC_USER_ROLE",
    "POC_USER_ROLE_IDS",
    "POC_USER_ROLE_INFO_UNITS",
    "POSITIONING_DATA",
    "PREFERRED_AOC_CURRENCY",
    "PRIORITY",
    "PRIVACY_INDICATOR",
    "PROSE_3RD_PARTY_APPLICATION_ID",
    "PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER",
    "PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER",
    "PROSE_DIRECT_DISCOVERY_MODEL",
    "PROSE_EVENT_TYPE",
    "PROSE_FUNCTIONALITY",
    "PROSE_FUNCTION_IP_ADDRESS",
    "PROSE_FUNCTION_PLMN_IDENTIFIER",
    "PROSE_GROUP_IP_MULTICAST_ADDRESS",
    "PROSE_INFORMATION",
    "PROSE_RANGE_CLASS",
    "PROSE_REASON_FOR_CANCELLATION",
    "PROSE_REQUEST_TIMESTAMP",
    "PROSE_ROLE_OF_UE",
    "PROSE_SOURCE_IP_ADDRESS",
    "PROSE_TARGET_LAYER_2_ID",
    "PROSE_UE_ID",
    "PROSE_UE_TO_NETWORK_RELAY_UE_ID",
    "PROXIMITY_ALERT_INDICATION",
    "PROXIMITY_ALERT_TIMESTAMP",
    "PROXIMITY_CANCELLATION_TIMESTAMP",
    "PS_APPEND_FREE_FORMAT_DATA",
    "PSCELL_INFO",
    "PS_FREE_FORMAT_DATA",
    "PS_FURNISH_CHARGING_INFORMATION",
    "PS_INFORMATION",
    "QUOTA_CONSUMPTION_TIME",
    "QUOTA_HOLDING_TIME",
    "QUOTA_INDICATOR",
    "RADIO_FREQUENCY",
    "RADIO_PARAMETER_SET_INFO",
    "RADIO_PARAMETER_SET_VALUES",
    "RADIO_RESOURCES_INDICATOR",
    "RAN_END_TIMESTAMP",
    "RAN_SECONDARY_RAT_USAGE_REPORT",
    "RAN_START_TIMESTAMP",
    "RATE_CONTROL_MAX_MESSAGE_SIZE",
    "RATE_CONTROL_MAX_RATE",
    "RATE_CONTROL_TIME_UNIT",
    "RATE_ELEMENT",
    "READ_REPLY_REPORT_REQUESTED",
    "REAL_TIME_TARIFF_INFORMATION",
    "REASON_HEADER",
    "RECEIVED_TALK_BURST_TIME",
    "RECEIVED_TALK_BURST_VOLUME",
    "RECIPIENT_ADDRESS",
    "RECIPIENT_INFO",
    "RECIPIENT_RECEIVED_ADDRESS",
    "RECIPIENT_SCCP_ADDRESS",
    "REFUND_INFORMATION",
    "RELATED_CHANGE_CONDITION_INFORMATION",
    "RELATED_IMS_CHARGING_IDENTIFIER",
    "RELATED_IMS_CHARGING_IDENTIFIER_NODE",
    "RELATED_TRIGGER",
    "RELATIONSHIP_MODE",
    "RELAY_IP_ADDRESS",
    "REMAINING_BALANCE",
    "REPLY_APPLIC_ID",
    "REPLY_PATH_REQUESTED",
    "REPORTING_REASON",
    "REQUESTED_PARTY_ADDRESS",
    "REQUESTED_PLMN_IDENTIFIER",
    "REQUESTOR_PLMN_IDENTIFIER",
    "ROLE_OF_NODE",
    "ROLE_OF_PROSE_FUNCTION",
    "ROUTE_HEADER_RECEIVED",
    "ROUTE_HEADER_TRANSMITTED",
    "SCALE_FACTOR",
    "SCEF_ADDRESS",
    "SCS_ADDRESS",
    "SCS_AS_ADDRESS",
    "SCS_REALM",
    "SDP_ANSWER_TIMESTAMP",
    "SDP_MEDIA_COMPONENT",
    "SDP_MEDIA_DESCRIPTION",
    "SDP_MEDIA_NAME",
    "SDP_OFFER_TIMESTAMP",
    "SDP_SESSION_DESCRIPTION",
    "SDP_TIMESTAMPS",
    "SDP_TYPE",
    "SECONDARY_RAT_TYPE",
    "SERVED_PARTY_IP_ADDRESS",
    "SERVICE_DATA_CONTAINER",
    "SERVICE_ID_855",
    "SERVICE_INFORMATION",
    "SERVICE_MODE",
    "SERVICE_SPECIFIC_DATA",
    "SERVICE_SPECIFIC_INFO",
    "SERVICE_SPECIFIC_TYPE",
    "SERVING_NODE_IDENTITY",
    "SERVING_NODE_TYPE",
    "SESSION_DIRECTION",
    "SGI_PTP_TUNNELLING_METHOD",
    "SGSN_ADDRESS",
    "SGW_ADDRESS",
    "SGW_CHANGE",
    "SIP_METHOD",
    "SIP_REQUEST_TIMESTAMP",
    "SIP_REQUEST_TIMESTAMP_FRACTION",
    "SIP_RESPONSE_TIMESTAMP",
    "SIP_RESPONSE_TIMESTAMP_FRACTION",
    "SM_DEVICE_TRIGGER_INDICATOR",
    "SM_DEVICE_TRIGGER_INFORMATION",
    "SM_DISCHARGE_TIME",
    "SM_MESSAGE_TYPE",
    "SM_PROTOCOL_ID",
    "SMSC_ADDRESS",
    "SM_SEQUENCE_NUMBER",
    "SM_SERVICE_TYPE",
    "SMS_INFORMATION",
    "SMS_NODE",
    "SMS_RESULT",
    "SM_STATUS",
    "SM_USER_DATA_HEADER",
    "START_OF_CHARGING",
    "START_TIME",
    "STATUS_AS_CODE",
    "STOP_TIME",
    "SUBMISSION_TIME",
    "SUBSCRIBER_ROLE",
    "SUPPLEMENTARY_SERVICE",
    "TAD_IDENTIFIER",
    "TALK_BURST_EXCHANGE",
    "TALK_BURST_TIME",
    "TALK_BURST_VOLUME",
    "TARGET_IP_ADDRESS",
    "TARIFF_INFORMATION",
    "TARIFF_XML",
    "TELESERVICE",
    "TERMINATING_IOI",
    "TIME_FIRST_RECEPTION",
    "TIME_FIRST_TRANSMISSION",
    "TIME_FIRST_USAGE",
    "TIME_INDICATOR",
    "TIME_LAST_USAGE",
    "TIME_QUOTA_MECHANISM",
    "TIME_QUOTA_THRESHOLD",
    "TIME_QUOTA_TYPE",
    "TIME_STAMPS",
    "TIME_USAGE",
    "TLTRI",
    "TOKEN_TEXT",
    "TRAFFIC_DATA_VOLUMES",
    "TRANSCODER_INSERTED_INDICATION",
    "TRANSIT_IOI_LIST",
    "TRANSMITTER_INFO",
    "TRIGGER",
    "TRIGGER_TYPE",
    "TRUNK_GROUP_ID",
    "TWAG_ADDRESS",
    "TWAN_USER_LOCATION_INFO",
    "TYPE_NUMBER",
    "UNI_PDU_CP_ONLY_FLAG",
    "UNIT_COST",
    "UNIT_QUOTA_THRESHOLD",
    "UNUSED_QUOTA_TIMER",
    "USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER",
    "USER_CSG_INFORMATION",
    "USER_PARTICIPATING_TYPE",
    "USER_SESSION_ID",
    "UWAN_USER_LOCATION_INFO",
    "VARIABLE_PART",
    "VARIABLE_PART_ORDER",
    "VARIABLE_PART_TYPE",
    "VARIABLE_PART_VALUE",
    "VCS_INFORMATION",
    "VLR_NUMBER",
    "VOLTE_INFORMATION",
    "VOLUME_QUOTA_THRESHOLD",
    "WLAN_OPERATOR_ID",
    "WLAN_OPERATOR_NAME",
    "WLAN_PLMN_ID",
    "SERVICE_GENERIC_INFORMATION",
    "APPLICATION_SERVER_ID",
    "APPLICATION_SERVICE_TYPE",
    "APPLICATION_SESSION_ID",
    "DELIVERY_STATUS",
    "IM_INFORMATION",
    "NUMBER_OF_MESSAGES_SUCCESSFULLY_EXPLODED",
    "NUMBER_OF_MESSAGES_SUCCESSFULLY_SENT",
    "TOTAL_NUMBER_OF_MESSAGES_EXPLODED",
    "TOTAL_NUMBER_OF_MESSAGES_SENT",
    "DCD_INFORMATION",
    "CONTENT_ID",
    "CONTENT_PROVIDER_ID",
    "ACCESS_NETWORK_IDENTIFIER",
    "APPLICATION_ENTITY_ID",
    "CONTROL_MEMORY_SIZE",
    "CURRENT_NUMBER_MEMBERS",
    "DATA_MEMORY_SIZE",
    "EXTERNAL_ID",
    "GROUP_NAME",
    "HOSTING_CSE_ID",
    "M2M_ORIGINATOR",
    "MAXIMUM_NUMBER_MEMBERS",
    "M2M_EVENT_RECORD_TIMESTAMP",
    "M2M_INFORMATION",
    "OCCUPANCY",
    "PROTOCOL_TYPE",
    "RECEIVER",
    "REQUEST_BODY_SIZE",
    "REQUEST_HEADERS_SIZE",
    "REQUEST_OPERATION",
    "RESPONSE_BODY_SIZE",
    "RESPONSE_HEADERS_SIZE",
    "RESPONSE_STATUS_CODE",
    "SUBGROUP_NAME",
    "TARGET_ID",
    "MULTIPLE_SERVICES_CREDIT_CONTROL",
    "USED_SERVICE_UNIT",
    "CommunicationFailureInformation",
    "NumberOfUEPerLocationConfiguration",
    "NumberOfUEPerLocationReport",
    "ServingPLMNRateControl",
    "RRCCauseCounter",
    "IdleStatusIndication",
    "APNRateControlStatus",
    "ServedUserIdentity",
    "InitialRecipientAddress",
    "ResultRecipientAddress",
    "Status",
    "NetworkCongestionAreaReport",
    "TimeWindow",
    "TransferPolicy",
    "AccessNetworkReports",
    "EventConfiguration",
    "EventConfigurationStatus",
    "EventReports",
    "LCSEPSClientName",
    "LCSRequestorName",
    "LCSQoS",
    "LCSPrivacyCheckNonSession",
    "LCSPrivacyCheckSession",
    "GERANPositioningInfo",
    "UTRANPositioningInfo",
    "AreaEventInfo",
    "AreaDefinition",
    "Area",
    "PeriodicLDRInformation",
    "ReportingPLMNList",
    "PLMNIDList",
    "DeferredMTLRData",
    "ESMLCCellInfo",
    "DelayedLocationReportingData",
    "MotionEventInfo",
    "AdditionalArea",
    "ServingNode",
    "AdditionalServingNode",
    "FlowGrouping",
    "ChargingRuleInstall",
    "ChargingRuleRemove",
    "ChargingRuleDefinition",
    "TFTPacketFilterInformation",
    "QoSInformation",
    "ChargingRuleReport",
    "AccessNetworkChargingIdentifierGx",
    "EventReportIndication",
    "AllocationRetentionPriority",
    "TunnelInformation",
    "CoAInformation",
    "DefaultEPSBearerQoS",
    "FlowInformation",
    "PacketFilterInformation",
    "UsageMonitoringInformation",
    "RoutingRuleInstall",
    "RoutingRuleRemove",
    "RoutingRuleDefinition",
    "RoutingFilter",
    "TDFInformation",
    "RedirectInformation",
    "ApplicationDetectionInformation",
    "DefaultQoSInformation",
    "ConditionalAPNAggregateMaxBitrate",
    "PresenceReportingAreaInformation",
    "FixedUserLocationInfo",
    "RoutingRuleReport",
    "ConditionalPolicyInformation",
    "PRAInstall",
    "PRARemove",
    "QoSRuleInstall",
    "QoSRuleRemove",
    "QoSRuleDefinition",
    "QoSRuleReport",
    "ADCRuleInstall",
    "ADCRuleRemove",
    "ADCRuleDefinition",
    "ADCRuleReport",
    "CSServiceResourceReport",
    "AccessNetworkChargingIdentifier",
    "Flows",
    "MediaComponentDescription",
    "MediaSubComponent",
    "AcceptableServiceInfo",
    "SponsoredConnectivityData",
    "CalleeInformation",
    "MAInformation",
    "N5GSRANNASReleaseCause",
    "NGAPCause",
    "WirelineUserLocationInfo",
    "SubsessionDecisionInfo",
    "SubsessionEnforcementInfo",
    "AggregatedCongestionInfo",
    "AggregatedRUCIReport",
    "CongestionLevelDefinition",
    "CongestionLocationId",
    "PolicyCounterStatusReport",
    "PendingPolicyCounterInformation",
    "ServerCapabilities",
    "SIPAuthDataItem",
    "DeregistrationReason",
    "ChargingInformation",
    "SupportedFeatures",
    "SupportedApplications",
    "AssociatedIdentities",
    "SIPDigestAuthenticate",
    "SCSCFRestorationInfo",
    "SubscriptionInfo",
    "AssociatedRegisteredIdentities",
    "RestorationInfo",
    "IdentityWithEmergencyRegistration",
    "AllowedWAFWWSFIdentities",
    "PCSCFSubscriptionInfo",
    "FailedPCSCF",
    "WLANUserData",
    "ChargingData",
    "APNAuthorized",
    "ChargingNodes",
    "SubscriptionData",
    "TerminalInformation",
    "RequestedEUTRANAuthenticationInfo",
    "RequestedUTRANGERANAuthenticationInfo",
    "AuthenticationInfo",
    "EUTRANVector",
    "UTRANVector",
    "GERANVector",
    "APNConfigurationProfile",
    "APNConfiguration",
    "EPSSubscribedQoSProfile",
    "Ambr",
    "CSGSubscriptionData",
    "TraceData",
    "GPRSSubscriptionData",
    "PDPContext",
    "SpecificAPNInfo",
    "LCSInfo",
    "LCSPrivacyException",
    "ExternalClient",
    "ServiceType",
    "MOLR",
    "TeleserviceList",
    "CallBarringInfo",
    "EPSUserState",
    "EPSLocationInformation",
    "MMEUserState",
    "SGSNUserState",
    "MMELocationInformation",
    "SGSNLocationInformation",
    "ActiveAPN",
    "MDTConfiguration",
    "AreaScope",
    "EquivalentPLMNList",
    "VPLMNCSGSubscriptionData",
    "LocalTimeZone",
    "WLANOffloadability",
    "AdjacentPLMNs",
    "AdjacentAccessRestrictionData",
    "IMSIGroupId",
    "SubscriptionDataDeletion",
    "EmergencyInfo",
    "V2XSubscriptionData",
    "EDRXCycleLength",
    "MBSFNArea",
    "PagingTimeWindow",
    "EDRXRelatedRAT",
    "V2XSubscriptionDataNr",
    "UEPC5QoS",
    "PC5QoSFlow",
    "PC5FlowBitrates",
    "MDTConfigurationNR",
    "WLANIdentifier",
    "AccessNetworkInfo",
    "TWANConnectivityParameters",
    "Non3GPPUserData",
    "TraceInfo",
    "TWANAccessInfo",
    "DataIdentification",
    "MCServiceUserProfileData",
    "Data",
    "UserIdentity",
    "RepositoryDataID",
    "CallReferenceInfo",
    "UserIdentifier",
    "ServiceParameters",
    "T4Parameters",
    "ServiceData",
    "T4Data",
    "MonitoringEventConfiguration",
    "MonitoringEventReport",
    "UEReachabilityConfiguration",
    "LocationInformationConfiguration",
    "MonitoringEventConfigStatus",
    "AESECommunicationPattern",
    "CommunicationPatternSet",
    "ScheduledCommunicationTime",
    "AESECommunicationPatternConfigStatus",
    "AESEErrorReport",
    "ServiceResult",
    "SupportedServices",
    "NIDDAuthorizationRequest",
    "NIDDAuthorizationResponse",
    "ServiceReport",
    "EnhancedCoverageRestriction",
    "EnhancedCoverageRestrictionData",
    "RestrictedPLMNList",
    "AllowedPLMNList",
    "NIDDAuthorizationUpdate",
    "GroupReport",
    "GroupReportItem",
    "APNValidityTime",
    "SuggestedNetworkConfiguration",
    "MonitoringEventReportStatus",
    "AdditionalIdentifiers",
    "GroupUserIdentifier",
    "MTCProviderInfo",
    "PDNConnectivityStatusConfiguration",
    "PDNConnectivityStatusReport",
    "UpdatedNetworkConfiguration",
    "ExcludeIdentifiers",
    "IncludeIdentifiers",
    "SMDeliveryOutcome",
    "MMESMDeliveryOutcome",
    "MSCSMDeliveryOutcome",
    "SGSNSMDeliveryOutcome",
    "IPSMGWSMDeliveryOutcome",
    "SMSF3GPPSMDeliveryOutcome",
    "SMSFNon3GPPSMDeliveryOutcome",
    "SMSF3GPPAddress",
    "SMSFNon3GPPAddress",
    "SMDeliveryFailureCause",
    "SMSMICorrelationID",
    "MonitorTarget",
    "ProSeCodeSuffixMask",
    "BannedUserTarget",
    "ProSeSubscriptionData",
    "ProSeAllowedPLMN",
    "ProSeInitialLocationInformation",
    "AssistanceInfo",
    "MatchReport",
    "ProSeDiscoveryFilter",
    "WiFiP2PAssistanceInfo",
    "WLANAssistanceInfo",
    "WLANLinkLayerId",
    "WLANLinkLayerIdList",
    "LocationUpdateTrigger",
    "ChangeOfAreaType",
    "PeriodicLocationType",
    "ProSeAppCodeInfo",
    "AppIdentifier",
    "ProSeRestrictedCodeSuffixRange",
    "DiscoveryAuthRequest",
    "DiscoveryAuthResponse",
    "MatchRequest",
    "MatchReportInfo",
    "CodeReceivingSecurityMaterial",
    "CodeSendingSecurityMaterial",
    "ProSeAppCodeSuffixRange",
    "DeviceAction",
    "DeviceNotification",
    "TriggerData",
    "V2XPC5AllowedPLMN",
    "V2XAuthorizationData",
    "V2XApplicationServer",
    "MBMSBearerEventNotification",
    "MBMSBearerRequest",
    "MBMSBearerResponse",
    "TMGIAllocationRequest",
    "TMGIAllocationResponse",
    "TMGIDeallocationRequest",
    "TMGIDeallocationResponse",
    "TMGIExpiry",
    "LocalM1Information",
    "LocalMB2UInformation",
    "ROHCRequest",
    "UserplaneProtocolResult",
    "ServiceInformation",
    "PSInformation",
    "PSFurnishChargingInformation",
    "OfflineCharging",
    "TrafficDataVolumes",
    "ServiceDataContainer",
    "VoLTEInformation",
    "RelatedChangeConditionInformation",
    "UserCSGInformation",
    "TWANUserLocationInfo",
    "UWANUserLocationInfo",
    "WLANOperatorId",
    "EnhancedDiagnostics",
    "APNRateControl",
    "APNRateControlUplink",
    "APNRateControlDownlink",
    "SCSASAddress",
    "RANSecondaryRATUsageReport",
    "PSCellInfo",
    "IMSInformation",
    "EventType",
    "CalledIdentityChange",
    "TimeStamps",
    "ApplicationServerInformation",
    "InterOperatorIdentifier",
    "SDPMediaComponent",
    "TrunkGroupID",
    "ServiceSpecificInfo",
    "MessageBody",
    "EarlyMediaDescription",
    "SDPTimeStamps",
    "RealTimeTariffInformation",
    "NNIInformation",
    "AccessNetworkInfoChange",
    "AccessTransferInformation",
    "MultipleServicesCreditControl",
    "UsedServiceUnit",
    "Trigger",
    "RelatedTrigger",
    "AFCorrelationInformation",
    "Envelope",
    "TimeQuotaMechanism",
    "AnnouncementInformation",
    "VariablePart",
    "RemainingBalance",
    "TGPPOCSpecificReduction",
    "ExposureFunctionAPIInformation",
    "MonitoringEventInformation",
    "MonitoringEventReportData",
    "MMSInformation",
    "OriginatorAddress",
    "RecipientAddress",
    "AddressDomain",
    "MMContentType",
    "AdditionalContentInformation",
    "MessageClass",
    "LCSInformation",
    "LCSClientID",
    "LCSClientName",
    "LCSRequestorID",
    "LocationType",
    "PoCInformation",
    "PoCUserRole",
    "ParticipantGroup",
    "TalkBurstExchange",
    "MBMSInformation",
    "SMSInformation",
    "OriginatorInterface",
    "DestinationInterface",
    "RecipientInfo",
    "RecipientReceivedAddress",
    "OriginatorReceivedAddress",
    "SMDeviceTriggerInformation",
    "MMTelInformation",
    "SupplementaryService",
    "AoCInformation",
    "AoCCostInformation",
    "AccumulatedCost",
    "IncrementalCost",
    "TariffInformation",
    "CurrentTariff",
    "NextTariff",
    "RateElement",
    "ScaleFactor",
    "UnitCost",
    "AoCSubscriptionInformation",
    "AoCService",
    "VCSInformation",
    "BasicServiceCode",
    "ISUPCause",
    "ProSeInformation",
    "CoverageInfo",
    "LocationInfo",
    "RadioParameterSetInfo",
    "TransmitterInfo",
    "ProSeDirectCommunicationTransmissionDataContainer",
    "ProSeDirectCommunicationReceptionDataContainer",
    "CPDTInformation",
    "NIDDSubmission",
    "ServiceGenericInformation",
    "IMInformation",
    "DCDInformation",
    "M2MInformation",
    "SpendingLimitRequest",
    "SLR",
    "SpendingLimitAnswer",
    "SLA",
    "SpendingStatusNotificationRequest",
    "SNR",
    "SpendingStatusNotificationAnswer",
    "SNA",
    "UserAuthorizationRequest",
    "UAR",
    "UserAuthorizationAnswer",
    "UAA",
    "ServerAssignmentRequest",
    "SAR",
    "ServerAssignmentAnswer",
    "SAA",
    "LocationInfoRequest",
    "LIR",
    "LocationInfoAnswer",
    "LIA",
    "MultimediaAuthRequest",
    "MAR",
    "MultimediaAuthAnswer",
    "MAA",
    "RegistrationTerminationRequest",
    "RTR",
    "RegistrationTerminationAnswer",
    "RTA",
    "PushProfileRequest",
    "PPR",
    "PushProfileAnswer",
    "PPA",
    "UpdateLocationRequest",
    "ULR",
    "UpdateLocationAnswer",
    "ULA",
    "AuthenticationInformationRequest",
    "AIR",
    "AuthenticationInformationAnswer",
    "AIA",
    "CancelLocationRequest",
    "CLR",
    "CancelLocationAnswer",
    "CLA",
    "InsertSubscriberDataRequest",
    "IDR",
    "InsertSubscriberDataAnswer",
    "IDA",
    "DeleteSubscriberDataRequest",
    "DSR",
    "DeleteSubscriberDataAnswer",
    "DSA",
    "PurgeUERequest",
    "PUR",
    "PurgeUEAnswer",
    "PUA",
    "ResetRequest",
    "RSR",
    "ResetAnswer",
    "RSA",
    "NotifyRequest",
    "NOR",
    "NotifyAnswer",
    "NOA",
    "CreditControlRequest",
    "CCR",
    "CreditControlAnswer",
    "CCA",
    "AccountingRequest",
    "ACR",
    "AccountingAnswer",
    "ACA",
    "UserDataRequest",
    "UserDataAnswer",
    "ProfileUpdateRequest",
    "ProfileUpdateAnswer",
    "SubscribeNotificationsRequest",
    "SubscribeNotificationsAnswer",
    "PushNotificationRequest",
    "PushNotificationAnswer",
]


class TGPPPDPType(IntEnum):
    """Values of 3GPP-PDP-Type."""

    IPV4 = 0
    PPP = 1
    IPV6 = 2
    IPV4V6 = 3


class MBMSStartStopIndication(IntEnum):
    """Values of MBMS-StartStop-Indication."""

    START = 0
    STOP = 1
    UPDATE = 2
    HEARTBEAT = 3


class MBMSServiceType(IntEnum):
    """Values of MBMS-Service-Type."""

    MULTICAST = 0
    BROADCAST = 1


class MBMS2G3GIndicator(IntEnum):
    """Values of MBMS-2G-3G-Indicator."""

    V_2G = 0
    V_3G = 1
    V_2G_AND_3G = 2


class MBMSCountingInformation(IntEnum):
    """Values of MBMS-Counting-Information."""

    COUNTING_NOT_APPLICABLE = 0
    COUNTING_APPLICABLE = 1


class MBMSUserDataModeIndication(IntEnum):
    """Values of MBMS-User-Data-Mode-Indication."""

    UNICAST = 0
    MULTICAST_AND_UNICAST = 1


class CNIPMulticastDistribution(IntEnum):
    """Values of CN-IP-Multicast-Distribution."""

    NO_IP_MULTICAST = 0
    IP_MULTICAST = 1


class MBMSHCIndicator(IntEnum):
    """Values of MBMS-HC-Indicator."""

    UNCOMPRESSED_HEADER = 0
    COMPRESSED_HEADER = 1


class MBMSAccessIndicator(IntEnum):
    """Values of MBMS-Access-Indicator."""

    UTRAN = 0
    E_UTRAN = 1
    UTRAN_AND_E_UTRAN = 2


class MBMSGWUDPPortIndicator(IntEnum):
    """Values of MBMS-GW-UDP-Port-Indicator."""

    UDP_PORT_REQUIRED = 1


class GBAUAwarenessIndicator(IntEnum):
    """Values of GBA_U-Awareness-Indicator."""

    NO = 0
    YES = 1


class GBAType(IntEnum):
    """Values of GBA-Type."""

    V_3G_GBA = 0
    V_2G_GBA = 1


class UEIdType(IntEnum):
    """Values of UE-Id-Type."""

    PRIVATE_USER_IDENTITY = 0
    PUBLIC_USER_IDENTITY = 1


class UICCME(IntEnum):
    """Values of UICC-ME."""

    GBA_ME = 0
    GBA_U = 1


class PrivateIdentityRequest(IntEnum):
    """Values of Private-Identity-Request."""

    PRIVATE_IDENTITY_REQUESTED = 0
    PRIVATE_IDENTITY_NOT_REQUESTED = 1


class CauseType(IntEnum):
    """Values of Cause-Type."""

    RADIO_NETWORK_LAYER = 0
    TRANSPORT_LAYER = 1
    NAS = 2
    PROTOCOL = 3
    MISCELLANEOUS = 4


class ConnectionAction(IntEnum):
    """Values of Connection-Action."""

    CONNECTION_ESTABLISHMENT = 0
    CONNECTION_RELEASE = 1
    CONNECTION_UPDATE = 2


class CMRFlags(IntEnum):
    """Values of CMR-Flags."""

    UE_REACHABLE_INDICATOR = 1


class TDAFlags(IntEnum):
    """Values of TDA-Flags."""

    ACKNOWLEDGED_DELIVERY = 1


class ReachabilityCause(IntEnum):
    """Values of Reachability-Cause."""

    CHANGE_TO_CONNECTED_MODE = 0
    REACHABLE_FOR_PAGING = 1


class TriggerEvent(IntEnum):
    """Values of Trigger-Event."""

    MM1_MESSAGE_SUBMISSION_PROFILE_BASED = 0
    MM1_MESSAGE_SUBMISSION_ADDRESS_BASED = 1
    MM1_MESSAGE_DELIVERY = 2
    MM7_MESSAGE_SUBMISSION_PROFILE_BASED = 3
    MM7_MESSAGE_SUBMISSION_ADDRESS_BASED = 4


class OriginatingInterface(IntEnum):
    """Values of Originating-Interface."""

    MM1 = 0
    MM3 = 1
    MM4 = 2
    MM7 = 3


class DeliveryReport(IntEnum):
    """Values of Delivery-Report."""

    NO_DELIVERY_REPORT_REQUESTED = 0
    DELIVERY_REPORT_REQUESTED = 1


class ReadReply(IntEnum):
    """Values of Read-Reply."""

    NO_READ_REPLY_REQUESTED = 0
    READ_REPLY_REQUESTED = 1


class SenderVisibility(IntEnum):
    """Values of Sender-Visibility."""

    SENDER_IDENTIFICATION_REQUESTED_NOT_TO_BE_HIDDEN = 0
    SENDER_IDENTIFICATION_REQUESTED_TO_BE_HIDDEN = 1


class RouteingAddressResolution(IntEnum):
    """Values of Routeing-Address-Resolution."""

    UNRESOLVED = 0
    RESOLVED = 1


class TransferRequestType(IntEnum):
    """Values of Transfer-Request-Type."""

    TRANSFER_POLICY_REQUEST = 0
    TRANSFER_POLICY_NOTIFICATION = 1


class EventReportingResults(IntEnum):
    """Values of Event-Reporting-Results."""

    FINAL_REPORT = 1


class SLgLocationType(IntEnum):
    """Values of SLg-Location-Type."""

    CURRENT_LOCATION = 0
    CURRENT_OR_LAST_KNOWN_LOCATION = 1
    INITIAL_LOCATION = 2
    ACTIVATE_DEFERRED_LOCATION = 3
    CANCEL_DEFERRED_LOCATION = 4
    NOTIFICATION_VERIFICATION_ONLY = 5


class VerticalRequested(IntEnum):
    """Values of Vertical-Requested."""

    VERTICAL_COORDINATE_IS_NOT_REQUESTED = 0
    VERTICAL_COORDINATE_IS_REQUESTED = 1


class VelocityRequested(IntEnum):
    """Values of Velocity-Requested."""

    VELOCITY_IS_NOT_REQUESTED = 0
    VELOCITY_IS_REQUESTED = 1


class ResponseTime(IntEnum):
    """Values of Response-Time."""

    LOW_DELAY = 0
    DELAY_TOLERANT = 1


class SupportedGADShapes(IntEnum):
    """Values of Supported-GAD-Shapes."""

    ELLIPSOID_POINT = 1
    ELLIPSOID_POINT_WITH_UNCERTAINTY_CIRCLE = 2
    ELLIPSOID_POINT_WITH_UNCERTAINTY_ELLIPSE = 4
    POLYGON = 8
    ELLIPSOID_POINT_WITH_ALTITUDE = 16
    ELLIPSOID_POINT_WITH_ALTITUDE_AND_UNCERTAINTY_ELIPSOID = 32
    ELLIPSOID_ARC = 64
    HIGH_ACCURACY_ELLIPSOID_POINT_WITH_UNCERTAINTY_ELLIPSE = 128
    HIGH_ACCURACY_ELLIPSOID_POINT_WITH_ALTITUDE_AND_UNCERTAINTY_ELLIPSOID = 256
    HIGH_ACCURACY_ELLIPSOID_POINT_WITH_SCALABLE_UNCERTAINTY_ELLIPSE = 512
    HIGH_ACCURACY_ELLIPSOID_POINT_WITH_ALTITUDE_AND_SCALABLE_UNCERTAINTY_ELLIPSOID = 1024


class LCSPrivacyCheck(IntEnum):
    """Values of LCS-Privacy-Check."""

    ALLOWED_WITHOUT_NOTIFICATION = 0
    ALLOWED_WITH_NOTIFICATION = 1
    ALLOWED_IF_NO_RESPONSE = 2
    RESTRICTED_IF_NO_RESPONSE = 3
    NOT_ALLOWED = 4


class AccuracyFulfilmentIndicator(IntEnum):
    """Values of Accuracy-Fulfilment-Indicator."""

    REQUESTED_ACCURACY_FULFILLED = 0
    REQUESTED_ACCURACY_NOT_FULFILLED = 1


class LocationEvent(IntEnum):
    """Values of Location-Event."""

    EMERGENCY_CALL_ORIGINATION = 0
    EMERGENCY_CALL_RELEASE = 1
    MO_LR = 2
    EMERGENCY_CALL_HANDOVER = 3
    DEFERRED_MT_LR_RESPONSE = 4
    DEFERRED_MO_LR_TTTP_INITIATION = 5
    DELAYED_LOCATION_REPORTING = 6
    HANDOVER_TO_5GC = 7


class PseudonymIndicator(IntEnum):
    """Values of Pseudonym-Indicator."""

    PSEUDONYM_NOT_REQUESTED = 0
    PSEUDONYM_REQUESTED = 1


class LCSQoSClass(IntEnum):
    """Values of LCS-QoS-Class."""

    ASSURED = 0
    BEST_EFFORT = 1


class LRRFlags(IntEnum):
    """Values of LRR-Flags."""

    LGD_SLG_INDICATOR = 1
    MO_LR_SHORTCIRCUIT_INDICATOR = 2
    MO_LR_SHORTCIRCUIT_REQUESTED = 4


class DeferredLocationType(IntEnum):
    """Values of Deferred-Location-Type."""

    UE_AVAILABLE = 1
    ENTERING_INTO_AREA = 2
    LEAVING_FROM_AREA = 4
    BEING_INSIDE_AREA = 8
    PERIODIC_LDR = 16
    MOTION_EVENT = 32
    LDR_ACTIVATED = 64
    MAXIMUM_INTERVAL_EXPIRATION = 128


class AreaType(IntEnum):
    """Values of Area-Type."""

    COUNTRY_CODE = 0
    PLMN_ID = 1
    LOCATION_AREA_ID = 2
    ROUTING_AREA_ID = 3
    CELL_GLOBAL_ID = 4
    UTRAN_CELL_ID = 5
    TRACKING_AREA_ID = 6
    E_UTRAN_CELL_GLOBAL_ID = 7


class OccurrenceInfo(IntEnum):
    """Values of Occurrence-Info."""

    ONE_TIME_EVENT = 0
    MULTIPLE_TIME_EVENT = 1


class PeriodicLocationSupportIndicator(IntEnum):
    """Values of Periodic-Location-Support-Indicator."""

    NOT_SUPPORTED = 0
    SUPPORTED = 1


class PrioritizedListIndicator(IntEnum):
    """Values of Prioritized-List-Indicator."""

    NOT_PRIORITIZED = 0
    PRIORITIZED = 1


class PLRFlags(IntEnum):
    """Values of PLR-Flags."""

    MO_LR_SHORTCIRCUIT_INDICATOR = 1
    OPTIMIZED_LCS_PROC_REQ = 2
    DELAYED_LOCATION_REPORTING_SUPPORT_INDICATOR = 4


class PLAFlags(IntEnum):
    """Values of PLA-Flags."""

    DEFERRED_MT_LR_RESPONSE_INDICATOR = 1
    MO_LR_SHORTCIRCUIT_INDICATOR = 2
    OPTIMIZED_LCS_PROC_PERFORMED = 4
    UE_TRANSIENTLY_NOT_REACHABLE_INDICATOR = 8


class TerminationCause29172(IntEnum):
    """Values of Termination-Cause-29.172."""

    NORMAL = 0
    ERROR_UNDEFINED = 1
    INTERNAL_TIMEOUT = 2
    CONGESTION = 3
    MT_LR_RESTART = 4
    PRIVACY_VIOLATION = 5
    SHAPE_OF_LOCATION_ESTIMATE_NOT_SUPPORTED = 6
    SUBSCRIBER_TERMINATION = 7
    UE_TERMINATION = 8
    NETWORK_TERMINATION = 9


class LRAFlags(IntEnum):
    """Values of LRA-Flags."""

    MO_LR_SHORTCIRCUIT_INDICATOR = 1


class ReportingLocationRequirements(IntEnum):
    """Values of Reporting-Location-Requirements."""

    LOCATION_ESTIMATE = 1


class LCSCapabilitiesSets(IntEnum):
    """Values of LCS-Capabilities-Sets."""

    LCS_CAPABILITY_SET_1 = 1
    LCS_CAPABILITY_SET_2 = 2
    LCS_CAPABILITY_SET_3 = 4
    LCS_CAPABILITY_SET_4 = 8
    LCS_CAPABILITY_SET_5 = 16


class RIAFlags(IntEnum):
    """Values of RIA-Flags."""

    COMBINED_MME_SGSN_SUPPORTING_OPTIMIZED_LCS_PROC = 1


class PDPSessionOperation(IntEnum):
    """Values of PDP-Session-Operation."""

    PDP_SESSION_TERMINATION = 0


class TGPPPSDataOffStatus(IntEnum):
    """Values of 3GPP-PS-Data-Off-Status."""

    ACTIVE = 0
    INACTIVE = 1


class AccessAvailabilityChangeReason(IntEnum):
    """Values of Access-Availability-Change-Reason."""

    ACCESS_STRATUM_INDICATION = 0
    ACCESS_USABLE_UNUSABLE = 1


class ANGWStatus(IntEnum):
    """Values of AN-GW-Status."""

    AN_GW_FAILED = 0


class BearerControlMode(IntEnum):
    """Values of Bearer-Control-Mode."""

    UE_ONLY = 0
    RESERVED = 1
    UE_NW = 2


class BearerOperation(IntEnum):
    """Values of Bearer-Operation."""

    TERMINATION = 0
    ESTABLISHMENT = 1
    MODIFICATION = 2


class BearerUsage(IntEnum):
    """Values of Bearer-Usage."""

    GENERAL = 0
    IMS_SIGNALLING = 1


class ChargingCorrelationIndicator(IntEnum):
    """Values of Charging-Correlation-Indicator."""

    CHARGING_IDENTIFIER_REQUIRED = 0


class CSGInformationReporting(IntEnum):
    """Values of CSG-Information-Reporting."""

    CHANGE_CSG_CELL = 0
    CHANGE_CSG_SUBSCRIBED_HYBRID_CELL = 1
    CHANGE_CSG_UNSUBSCRIBED_HYBRID_CELL = 2


class DefaultAccess(IntEnum):
    """Values of Default-Access."""

    TGPP_GPRS = 0
    V_3GPP_GPRS = 0  # its earlier name, an alias
    DOCSIS = 1
    XDSL = 2
    WIMAX = 3
    TGPP2 = 4
    V_3GPP2 = 4  # its earlier name, an alias
    TGPP_EPS = 5
    V_3GPP_EPS = 5  # its earlier name, an alias
    NON_3GPP_EPS = 6
    FBA = 7
    TGPP_5GS = 8
    V_3GPP_5GS = 8  # its earlier name, an alias
    NON_3GPP_5GS = 9


class DefaultBearerIndication(IntEnum):
    """Values of Default-Bearer-Indication."""

    BIND_TO_DEF_BEARER = 0
    BIND_TO_APPLICABLE_BEARER = 1


class EventTrigger(IntEnum):
    """Values of Event-Trigger."""

    SGSN_CHANGE = 0
    QOS_CHANGE = 1
    RAT_CHANGE = 2
    TFT_CHANGE = 3
    PLMN_CHANGE = 4
    LOSS_OF_BEARER = 5
    RECOVERY_OF_BEARER = 6
    IP_CAN_CHANGE = 7
    QOS_CHANGE_EXCEEDING_AUTHORIZATION = 11
    RAI_CHANGE = 12
    USER_LOCATION_CHANGE = 13
    NO_EVENT_TRIGGERS = 14
    OUT_OF_CREDIT = 15
    REALLOCATION_OF_CREDIT = 16
    REVALIDATION_TIMEOUT = 17
    UE_IP_ADDRESS_ALLOCATE = 18
    UE_IP_ADDRESS_RELEASE = 19
    DEFAULT_EPS_BEARER_QOS_CHANGE = 20
    AN_GW_CHANGE = 21
    SUCCESSFUL_RESOURCE_ALLOCATION = 22
    RESOURCE_MODIFICATION_REQUEST = 23
    PGW_TRACE_CONTROL = 24
    UE_TIME_ZONE_CHANGE = 25
    TAI_CHANGE = 26
    ECGI_CHANGE = 27
    CHARGING_CORRELATION_EXCHANGE = 28
    APN_AMBR_MODIFICATION_FAILURE = 29
    USER_CSG_INFORMATION_CHANGE = 30
    USAGE_REPORT = 33
    DEFAULT_EPS_BEARER_QOS_MODIFICATION_FAILURE = 34
    USER_CSG_HYBRID_SUBSCRIBED_INFORMATION_CHANGE = 35
    USER_CSG_HYBRID_UNSUBSCRIBED_INFORMATION_CHANGE = 36
    ROUTING_RULE_CHANGE = 37
    APPLICATION_START = 39
    APPLICATION_STOP = 40
    CS_TO_PS_HANDOVER = 42
    UE_LOCAL_IP_ADDRESS_CHANGE = 43
    HENB_LOCAL_IP_ADDRESS_CHANGE = 44
    ACCESS_NETWORK_INFO_REPORT = 45
    CREDIT_MANAGEMENT_SESSION_FAILURE = 46
    DEFAULT_QOS_CHANGE = 47
    CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA_REPORT = 48
    ADDITION_OF_ACCESS = 49
    REMOVAL_OF_ACCESS = 50
    UNAVAILABLITY_OF_ACCESS = 51
    AVAILABLITY_OF_ACCESS = 52
    RESOURCE_RELEASE = 53
    ENODEB_CHANGE = 54
    TGPP_PS_DATA_OFF_CHANGE = 55
    V_3GPP_PS_DATA_OFF_CHANGE = 55  # its earlier name, an alias
    UE_STATUS_RESUME = 56
    SUCCESSFUL_QOS_UPDATE = 57


class FlowDirection(IntEnum):
    """Values of Flow-Direction."""

    UNSPECIFIED = 0
    DOWNLINK = 1
    UPLINK = 2
    BIDIRECTIONAL = 3


class IPCANSessionChargingScope(IntEnum):
    """Values of IP-CAN-Session-Charging-Scope."""

    IP_CAN_SESSION_SCOPE = 0


class IPCANType(IntEnum):
    """Values of IP-CAN-Type."""

    TGPP_GPRS = 0
    V_3GPP_GPRS = 0  # its earlier name, an alias
    DOCSIS = 1
    XDSL = 2
    WIMAX = 3
    TGPP2 = 4
    V_3GPP2 = 4  # its earlier name, an alias
    TGPP_EPS = 5
    V_3GPP_EPS = 5  # its earlier name, an alias
    NON_3GPP_EPS = 6
    FBA = 7
    TGPP_5GS = 8
    V_3GPP_5GS = 8  # its earlier name, an alias
    NON_3GPP_5GS = 9


class MeteringMethod(IntEnum):
    """Values of Metering-Method."""

    DURATION = 0
    VOLUME = 1
    DURATION_VOLUME = 2
    EVENT = 3


class MuteNotification(IntEnum):
    """Values of Mute-Notification."""

    MUTE_REQUIRED = 0


class NBIFOMMode(IntEnum):
    """Values of NBIFOM-Mode."""

    UE_INITIATED = 0
    NETWORK_INITIATED = 1


class NBIFOMSupport(IntEnum):
    """Values of NBIFOM-Support."""

    NBIFOM_NOT_SUPPORTED = 0
    NBIFOM_SUPPORTED = 1


class NetLocAccessSupport(IntEnum):
    """Values of NetLoc-Access-Support."""

    NETLOC_ACCESS_NOT_SUPPORTED = 0


class NetworkRequestSupport(IntEnum):
    """Values of Network-Request-Support."""

    NETWORK_REQUEST_NOT_SUPPORTED = 0
    NETWORK_REQUEST_SUPPORTED = 1


class Offline(IntEnum):
    """Values of Offline."""

    DISABLE_OFFLINE = 0
    ENABLE_OFFLINE = 1


class Online(IntEnum):
    """Values of Online."""

    DISABLE_ONLINE = 0
    ENABLE_ONLINE = 1


class PacketFilterOperation(IntEnum):
    """Values of Packet-Filter-Operation."""

    DELETION = 0
    ADDITION = 1
    MODIFICATION = 2


class PacketFilterUsage(IntEnum):
    """Values of Packet-Filter-Usage."""

    SEND_TO_UE = 1


class PCCRuleStatus(IntEnum):
    """Values of PCC-Rule-Status."""

    ACTIVE = 0
    INACTIVE = 1
    TEMPORARILY_INACTIVE = 2


class PCSCFRestorationIndication(IntEnum):
    """Values of PCSCF-Restoration-Indication."""

    PCSCF_RESTORATION = 0


class PreEmptionCapability(IntEnum):
    """Values of Pre-emption-Capability."""

    PRE_EMPTION_CAPABILITY_ENABLED = 0
    PRE_EMPTION_CAPABILITY_DISABLED = 1


class PreEmptionVulnerability(IntEnum):
    """Values of Pre-emption-Vulnerability."""

    PRE_EMPTION_VULNERABILITY_ENABLED = 0
    PRE_EMPTION_VULNERABILITY_DISABLED = 1


class PresenceReportingAreaStatus(IntEnum):
    """Values of Presence-Reporting-Area-Status."""

    IN_AREA = 0
    OUT_OF_AREA = 1
    INACTIVE = 2


class PSToCSSessionContinuity(IntEnum):
    """Values of PS-to-CS-Session-Continuity."""

    VIDEO_PS2CS_CONT_CANDIDATE = 0


class QoSClassIdentifier(IntEnum):
    """Values of QoS-Class-Identifier."""

    QCI_1 = 1
    QCI_2 = 2
    QCI_3 = 3
    QCI_4 = 4
    QCI_5 = 5
    QCI_6 = 6
    QCI_7 = 7
    QCI_8 = 8
    QCI_9 = 9
    QCI_65 = 65
    QCI_66 = 66
    QCI_67 = 67
    QCI_69 = 69
    QCI_70 = 70
    QCI_71 = 71
    QCI_72 = 72
    QCI_73 = 73
    QCI_74 = 74
    QCI_75 = 75
    QCI_76 = 76
    QCI_79 = 79
    QCI_80 = 80
    QCI_82 = 82
    QCI_83 = 83
    QCI_84 = 84
    QCI_85 = 85


class QoSNegotiation(IntEnum):
    """Values of QoS-Negotiation."""

    NO_QOS_NEGOTIATION = 0
    QOS_NEGOTIATION_SUPPORTED = 1


class QoSUpgrade(IntEnum):
    """Values of QoS-Upgrade."""

    QOS_UPGRADE_NOT_SUPPORTED = 0
    QOS_UPGRADE_SUPPORTED = 1


class RANRuleSupport(IntEnum):
    """Values of RAN-Rule-Support."""

    RAN_RULE_INDICATION_SUPPORT = 0


class RATType(IntEnum):
    """Values of RAT-Type."""

    WLAN = 0
    VIRTUAL = 1
    TRUSTED_N3GA = 2
    WIRELINE = 3
    WIRELINE_CABLE = 4
    WIRELINE_BBF = 5
    UTRAN = 1000
    GERAN = 1001
    GAN = 1002
    HSPA_EVOLUTION = 1003
    EUTRAN = 1004
    EUTRAN_NB_IOT = 1005
    NR = 1006
    LTE_M = 1007
    NR_U = 1008
    EUTRAN_LEO = 1011
    EUTRAN_MEO = 1012
    EUTRAN_GEO = 1013
    EUTRAN_OTHERSAT = 1014
    EUTRAN_NB_IOT_LEO = 1021
    EUTRAN_NB_IOT_MEO = 1022
    EUTRAN_NB_IOT_GEO = 1023
    EUTRAN_NB_IOT_OTHERSAT = 1024
    LTE_M_LEO = 1031
    LTE_M_MEO = 1032
    LTE_M_GEO = 1033
    LTE_M_OTHERSAT = 1034
    CDMA2000_1X = 2000
    HRPD = 2001
    UMB = 2002
    EHRPD = 2003


class RedirectSupport(IntEnum):
    """Values of Redirect-Support."""

    REDIRECTION_DISABLED = 0
    REDIRECTION_ENABLED = 1


class RemovalOfAccess(IntEnum):
    """Values of Removal-Of-Access."""

    REMOVAL_OF_ACCESS = 0


class ReportingLevel(IntEnum):
    """Values of Reporting-Level."""

    SERVICE_IDENTIFIER_LEVEL = 0
    RATING_GROUP_LEVEL = 1
    SPONSORED_CONNECTIVITY_LEVEL = 2


class ResourceAllocationNotification(IntEnum):
    """Values of Resource-Allocation-Notification."""

    ENABLE_NOTIFICATION = 0


class ResourceReleaseNotification(IntEnum):
    """Values of Resource-Release-Notification."""

    ENABLE_NOTIFICATION = 0


class RoutingRuleFailureCode(IntEnum):
    """Values of Routing-Rule-Failure-Code."""

    SUBSCRIPTION_LIMITATION = 0
    OPERATOR_POLICY = 1
    RESOURCE_LIMITATION = 2
    ROUTING_ACCESS_INFORMATION_NOT_ALLOWED = 3
    UNSPECIFIED_ERROR = 4


class RuleFailureCode(IntEnum):
    """Values of Rule-Failure-Code."""

    UNKNOWN_RULE_NAME = 1
    RATING_GROUP_ERROR = 2
    SERVICE_IDENTIFIER_ERROR = 3
    GW_PCEF_MALFUNCTION = 4
    RESOURCES_LIMITATION = 5
    MAX_NR_BEARERS_REACHED = 6
    UNKNOWN_BEARER_ID = 7
    MISSING_BEARER_ID = 8
    MISSING_FLOW_INFORMATION = 9
    RESOURCE_ALLOCATION_FAILURE = 10
    UNSUCCESSFUL_QOS_VALIDATION = 11
    INCORRECT_FLOW_INFORMATION = 12
    PS_TO_CS_HANDOVER = 13
    TDF_APPLICATION_IDENTIFIER_ERROR = 14
    NO_BEARER_BOUND = 15
    FILTER_RESTRICTIONS = 16
    AN_GW_FAILED = 17
    MISSING_REDIRECT_SERVER_ADDRESS = 18
    CM_END_USER_SERVICE_DENIED = 19
    CM_CREDIT_CONTROL_NOT_APPLICABLE = 20
    CM_AUTHORIZATION_REJECTED = 21
    CM_USER_UNKNOWN = 22
    CM_RATING_FAILED = 23
    ROUTING_RULE_REJECTION = 24
    UNKNOWN_ROUTING_ACCESS_INFORMATION = 25
    NO_NBIFOM_SUPPORT = 26
    UE_STATE_SUSPEND = 27
    TRAFFIC_STEERING_ERROR = 28
    SAME_TIME_ERROR = 29


class SessionReleaseCause(IntEnum):
    """Values of Session-Release-Cause."""

    UNSPECIFIED_REASON = 0
    UE_SUBSCRIPTION_REASON = 1
    INSUFFICIENT_SERVER_RESOURCES = 2
    IP_CAN_SESSION_TERMINATION = 3
    UE_IP_ADDRESS_RELEASE = 4


class UEStatus(IntEnum):
    """Values of UE-Status."""

    UE_STATUS_SUSPEND = 1


class UsageMonitoringLevel(IntEnum):
    """Values of Usage-Monitoring-Level."""

    SESSION_LEVEL = 0
    PCC_RULE_LEVEL = 1
    ADC_RULE_LEVEL = 2


class UsageMonitoringReport(IntEnum):
    """Values of Usage-Monitoring-Report."""

    USAGE_MONITORING_REPORT_REQUIRED = 0


class UsageMonitoringSupport(IntEnum):
    """Values of Usage-Monitoring-Support."""

    USAGE_MONITORING_DISABLED = 0


class SessionLinkingIndicator(IntEnum):
    """Values of Session-Linking-Indicator."""

    SESSION_LINKING_IMMEDIATE = 0
    SESSION_LINKING_DEFERRED = 1


class RequestType(IntEnum):
    """Values of Request-Type."""

    INITIAL_REQUEST = 0
    UPDATE_REQUEST = 1


class CSServiceQoSRequestOperation(IntEnum):
    """Values of CS-Service-QoS-Request-Operation."""

    DELETION = 0
    MODIFICATION = 1


class CSServiceResourceFailureCause(IntEnum):
    """Values of CS-Service-Resource-Failure-Cause."""

    RESOURCE_RELEASED = 0


class CSServiceResourceResultOperation(IntEnum):
    """Values of CS-Service-Resource-Result-Operation."""

    DELETION = 0


class AbortCause(IntEnum):
    """Values of Abort-Cause."""

    BEARER_RELEASED = 0
    INSUFFICIENT_SERVER_RESOURCES = 1
    INSUFFICIENT_BEARER_RESOURCES = 2
    PS_TO_CS_HANDOVER = 3
    SPONSORED_DATA_CONNECTIVITY_DISALLOWED = 4


class AFSignallingProtocol(IntEnum):
    """Values of AF-Signalling-Protocol."""

    NO_INFORMATION = 0
    SIP = 1


class FlowStatus(IntEnum):
    """Values of Flow-Status."""

    ENABLED_UPLINK = 0
    ENABLED_DOWNLINK = 1
    ENABLED = 2
    DISABLED = 3
    REMOVED = 4


class FlowUsage(IntEnum):
    """Values of Flow-Usage."""

    NO_INFORMATION = 0
    RTCP = 1
    AF_SIGNALLING = 2


class IMSContentType(IntEnum):
    """Values of IMS-Content-Type."""

    NO_CONTENT_DETAIL = 0
    CAT = 1
    CONFERENCE = 2


class LineType(IntEnum):
    """Values of Line-Type."""

    DSL = 0
    PON = 1


class MAInformationAction(IntEnum):
    """Values of MA-Information-Action."""

    ADD = 0
    RELEASE = 1


class MediaComponentStatus(IntEnum):
    """Values of Media-Component-Status."""

    ACTIVE = 0
    INACTIVE = 1


class MediaType(IntEnum):
    """Values of Media-Type."""

    AUDIO = 0
    VIDEO = 1
    DATA = 2
    APPLICATION = 3
    CONTROL = 4
    TEXT = 5
    MESSAGE = 6
    OTHER = -1


class MPSAction(IntEnum):
    """Values of MPS-Action."""

    DISABLE_MPS_FOR_DTS = 0
    ENABLE_MPS_FOR_DTS = 1
    AUTHORIZE_AND_ENABLE_MPS_FOR_DTS = 2
    AUTHORIZE_AND_ENABLE_MPS_FOR_AF_SIGNALLING = 3


class PrioritySharingIndicator(IntEnum):
    """Values of Priority-Sharing-Indicator."""

    PRIORITY_SHARING_ENABLED = 0
    PRIORITY_SHARING_DISABLED = 1


class RequiredAccessInfo(IntEnum):
    """Values of Required-Access-Info."""

    USER_LOCATION = 0
    MS_TIME_ZONE = 1


class RxRequestType(IntEnum):
    """Values of Rx-Request-Type."""

    INITIAL_REQUEST = 0
    UPDATE_REQUEST = 1
    PCSCF_RESTORATION = 2


class ServiceInfoStatus(IntEnum):
    """Values of Service-Info-Status."""

    FINAL_SERVICE_INFORMATION = 0
    PRELIMINARY_SERVICE_INFORMATION = 1


class SIPForkingIndication(IntEnum):
    """Values of SIP-Forking-Indication."""

    SINGLE_DIALOGUE = 0
    SEVERAL_DIALOGUES = 1


class SpecificAction(IntEnum):
    """Values of Specific-Action."""

    CHARGING_CORRELATION_EXCHANGE = 1
    INDICATION_OF_LOSS_OF_BEARER = 2
    INDICATION_OF_RECOVERY_OF_BEARER = 3
    INDICATION_OF_RELEASE_OF_BEARER = 4
    IP_CAN_CHANGE = 6
    INDICATION_OF_OUT_OF_CREDIT = 7
    INDICATION_OF_SUCCESSFUL_RESOURCES_ALLOCATION = 8
    INDICATION_OF_FAILED_RESOURCES_ALLOCATION = 9
    INDICATION_OF_LIMITED_PCC_DEPLOYMENT = 10
    USAGE_REPORT = 11
    ACCESS_NETWORK_INFO_REPORT = 12
    INDICATION_OF_RECOVERY_FROM_LIMITED_PCC_DEPLOYMENT = 13
    INDICATION_OF_ACCESS_NETWORK_INFO_REPORTING_FAILURE = 14
    INDICATION_OF_TRANSFER_POLICY_EXPIRED = 15
    PLMN_CHANGE = 16
    EPS_FALLBACK = 17
    INDICATION_OF_REALLOCATION_OF_CREDIT = 18
    SUCCESSFUL_QOS_UPDATE = 19
    FAILED_QOS_UPDATE = 20


class SponsoringAction(IntEnum):
    """Values of Sponsoring-Action."""

    DISABLE_SPONSORING = 0
    ENABLE_SPONSORING = 1


class SubsessionOperation(IntEnum):
    """Values of Subsession-Operation."""

    TERMINATION = 0
    ESTABLISHMENT = 1
    MODIFICATION = 2


class MultipleBBERFAction(IntEnum):
    """Values of Multiple-BBERF-Action."""

    ESTABLISHMENT = 0
    TERMINATION = 1


class DRADeployment(IntEnum):
    """Values of DRA-Deployment."""

    DRA_DEPLOYED = 0


class DRABinding(IntEnum):
    """Values of DRA-Binding."""

    DRA_BINDING_DELETION = 0


class CongestionLevelRange(IntEnum):
    """Values of Congestion-Level-Range."""

    NO_CONGESTION = 1
    CONGESTION_LEVEL_1 = 2


class CongestionLevelValue(IntEnum):
    """Values of Congestion-Level-Value."""

    NO_CONGESTION = 0


class ConditionalRestriction(IntEnum):
    """Values of Conditional-Restriction."""

    UE_LOCATION_INFO_NOT_INCLUDED_IN_RUCI = 1


class ReportingRestriction(IntEnum):
    """Values of Reporting-Restriction."""

    NO_REPORTING_RESTRICTION = 0
    CONDITIONAL_REPORTING_RESTRICTION = 1
    UNCONDITIONAL_REPORTING_RESTRICTION = 2


class RUCIAction(IntEnum):
    """Values of RUCI-Action."""

    DISABLE_RUCI_REPORTING = 0
    ENABLE_RUCI_REPORTING = 1
    RELEASE_CONTEXT = 2


class SLRequestType(IntEnum):
    """Values of SL-Request-Type."""

    INITIAL_REQUEST = 0
    INTERMEDIATE_REQUEST = 1


class SNRequestType(IntEnum):
    """Values of SN-Request-Type."""

    NORMAL_REQUEST = 1
    ABORT_SESSION_REQUEST = 2


class ServerAssignmentType(IntEnum):
    """Values of Server-Assignment-Type."""

    NO_ASSIGNMENT = 0
    REGISTRATION = 1
    RE_REGISTRATION = 2
    UNREGISTERED_USER = 3
    TIMEOUT_DEREGISTRATION = 4
    USER_DEREGISTRATION = 5
    TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME = 6
    USER_DEREGISTRATION_STORE_SERVER_NAME = 7
    ADMINISTRATIVE_DEREGISTRATION = 8
    AUTHENTICATION_FAILURE = 9
    AUTHENTICATION_TIMEOUT = 10
    DEREGISTRATION_TOO_MUCH_DATA = 11
    AAA_USER_DATA_REQUEST = 12
    PGW_UPDATE = 13
    RESTORATION = 14


class ReasonCode(IntEnum):
    """Values of Reason-Code."""

    PERMANENT_TERMINATION = 0
    NEW_SERVER_ASSIGNED = 1
    SERVER_CHANGE = 2
    REMOVE_S_CSCF = 3


class UserAuthorizationType(IntEnum):
    """Values of User-Authorization-Type."""

    REGISTRATION = 0
    DE_REGISTRATION = 1
    REGISTRATION_AND_CAPABILITIES = 2


class UserDataAlreadyAvailable(IntEnum):
    """Values of User-Data-Already-Available."""

    USER_DATA_NOT_AVAILABLE = 0
    USER_DATA_ALREADY_AVAILABLE = 1


class OriginatingRequest(IntEnum):
    """Values of Originating-Request."""

    ORIGINATING = 0


class UARFlags(IntEnum):
    """Values of UAR-Flags."""

    IMS_EMERGENCY_REGISTRATION = 1


class LooseRouteIndication(IntEnum):
    """Values of Loose-Route-Indication."""

    LOOSE_ROUTE_NOT_REQUIRED = 0
    LOOSE_ROUTE_REQUIRED = 1


class MultipleRegistrationIndication(IntEnum):
    """Values of Multiple-Registration-Indication."""

    NOT_MULTIPLE_REGISTRATION = 0
    MULTIPLE_REGISTRATION = 1


class SessionPriority(IntEnum):
    """Values of Session-Priority."""

    PRIORITY_0 = 0
    PRIORITY_1 = 1
    PRIORITY_2 = 2
    PRIORITY_3 = 3
    PRIORITY_4 = 4


class PriviledgedSenderIndication(IntEnum):
    """Values of Priviledged-Sender-Indication."""

    NOT_PRIVILEDGED_SENDER = 0
    PRIVILEDGED_SENDER = 1


class LIAFlags(IntEnum):
    """Values of LIA-Flags."""

    PSI_DIRECT_ROUTING_INDICATION = 1


class SARFlags(IntEnum):
    """Values of SAR-Flags."""

    P_CSCF_RESTORATION_INDICATION = 1


class RTRFlags(IntEnum):
    """Values of RTR-Flags."""

    REFERENCE_LOCATION_INFORMATION_CHANGE = 1


class AuthenticationMethod(IntEnum):
    """Values of Authentication-Method."""

    WLAN_EAP_SIM = 0
    WLAN_EAP_AKA = 1


class WLANAccess(IntEnum):
    """Values of WLAN-Access."""

    WLAN_SUBSCRIPTION_ALLOWED = 0
    WLAN_SUBSCRIPTION_BARRED = 1


class WLAN3GPPIPAccess(IntEnum):
    """Values of WLAN-3GPP-IP-Access."""

    WLAN_APNS_ENABLE = 0
    WLAN_APNS_DISABLE = 1


class APNBarringType(IntEnum):
    """Values of APN-Barring-Type."""

    WLAN_APN_NOT_BARRED = 0
    WLAN_APN_BARRED = 1


class WLANDirectIPAccess(IntEnum):
    """Values of WLAN-Direct-IP-Access."""

    WLAN_DIRECT_IP_ACCESS = 0
    WLAN_NO_DIRECT_IP_ACCESS = 1


class SessionRequestType(IntEnum):
    """Values of Session-Request-Type."""

    AUTHORIZATION_REQUEST = 0
    DEREGISTRATION_REQUEST = 1


class ULRFlags(IntEnum):
    """Values of ULR-Flags."""

    SINGLE_REGISTRATION_INDICATION = 1
    S6A_S6D_INDICATOR = 2
    SKIP_SUBSCRIBER_DATA = 4
    GPRS_SUBSCRIPTION_DATA_INDICATOR = 8
    NODE_TYPE_INDICATOR = 16
    INITIAL_ATTACH_INDICATOR = 32
    PS_LCS_NOT_SUPPORTED_BY_UE = 64
    SMS_ONLY_INDICATION = 128
    DUAL_REGISTRATION_5G_INDICATOR = 256
    INTER_PLMN_INTER_MME_HANDOVER = 512
    INTRA_PLMN_INTER_MME_HANDOVER = 1024


class ULAFlags(IntEnum):
    """Values of ULA-Flags."""

    SEPARATION_INDICATION = 1
    MME_REGISTERED_FOR_SMS = 2


class NetworkAccessMode(IntEnum):
    """Values of Network-Access-Mode."""

    PACKET_AND_CIRCUIT = 0
    RESERVED = 1
    ONLY_PACKET = 2


class HPLMNODB(IntEnum):
    """Values of HPLMN-ODB."""

    HPLMN_SPECIFIC_BARRING_TYPE_1 = 1
    HPLMN_SPECIFIC_BARRING_TYPE_2 = 2
    HPLMN_SPECIFIC_BARRING_TYPE_3 = 4
    HPLMN_SPECIFIC_BARRING_TYPE_4 = 8


class CancellationType(IntEnum):
    """Values of Cancellation-Type."""

    MME_UPDATE_PROCEDURE = 0
    SGSN_UPDATE_PROCEDURE = 1
    SUBSCRIPTION_WITHDRAWAL = 2
    UPDATE_PROCEDURE_IWF = 3
    INITIAL_ATTACH_PROCEDURE = 4
    DISASTER_CONDITION_TERMINATED = 5


class DSRFlags(IntEnum):
    """Values of DSR-Flags."""

    REGIONAL_SUBSCRIPTION_WITHDRAWAL = 1
    COMPLETE_APN_CONFIGURATION_PROFILE_WITHDRAWAL = 2
    SUBSCRIBED_CHARGING_CHARACTERISTICS_WITHDRAWAL = 4
    PDN_SUBSCRIPTION_CONTEXTS_WITHDRAWAL = 8
    STN_SR = 16
    COMPLETE_PDP_CONTEXT_LIST_WITHDRAWAL = 32
    PDP_CONTEXTS_WITHDRAWAL = 64
    ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE = 128
    TRACE_DATA_WITHDRAWAL = 256
    CSG_DELETED = 512
    APN_OI_REPLACEMENT = 1024
    GMLC_LIST_WITHDRAWAL = 2048
    LCS_WITHDRAWAL = 4096
    SMS_WITHDRAWAL = 8192
    SUBSCRIBED_PERIODIC_RAU_TAU_TIMER_WITHDRAWAL = 16384
    SUBSCRIBED_VSRVCC_WITHDRAWAL = 32768
    A_MSISDN_WITHDRAWAL = 65536
    PROSE_WITHDRAWAL = 131072
    RESET_IDS = 262144
    DL_BUFFERING_SUGGESTED_PACKET_COUNT_WITHDRAWAL = 524288
    SUBSCRIBED_IMSI_GROUP_ID_WITHDRAWAL = 1048576
    DELETE_MONITORING_EVENTS = 2097152
    USER_PLANE_INTEGRITY_PROTECTION_WITHDRAWAL = 4194304
    MSISDN_WITHDRAWAL = 8388608
    UE_USAGE_TYPE_WITHDRAWAL = 16777216
    V2X_WITHDRAWAL = 33554432
    EXTERNAL_IDENTIFIER_WITHDRAWAL = 67108864
    AERIAL_UE_SUBSCRIPTION_WITHDRAWAL = 134217728
    PAGING_TIME_WINDOW_SUBSCRIPTION_WITHDRAWAL = 268435456
    ACTIVE_TIME_WITHDRAWAL = 536870912
    EDRX_CYCLE_LENGTH_WITHDRAWAL = 1073741824
    SERVICE_GAP_TIME_WITHDRAWAL = 2147483648


class DSAFlags(IntEnum):
    """Values of DSA-Flags."""

    NETWORK_NODE_AREA_RESTRICTED = 1


class SubscriberStatus(IntEnum):
    """Values of Subscriber-Status."""

    SERVICE_GRANTED = 0
    OPERATOR_DETERMINED_BARRING = 1


class OperatorDeterminedBarring(IntEnum):
    """Values of Operator-Determined-Barring."""

    ALL_PACKET_ORIENTED_SERVICES_BARRED = 1
    ROAMER_ACCESS_HPLMN_AP_BARRED = 2
    ROAMER_ACCESS_TO_VPLMN_AP_BARRED = 4
    BARRING_OF_ALL_OUTGOING_CALLS = 8
    BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS = 16
    BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY = 32
    BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS = 64
    BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY = 128
    BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY_AND_BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS = 256


class AccessRestrictionData(IntEnum):
    """Values of Access-Restriction-Data."""

    UTRAN_NOT_ALLOWED = 1
    GERAN_NOT_ALLOWED = 2
    GAN_NOT_ALLOWED = 4
    I_HSPA_EVOLUTION_NOT_ALLOWED = 8
    WB_E_UTRAN_NOT_ALLOWED = 16
    HO_TO_NON_3GPP_ACCESS_NOT_ALLOWED = 32
    NB_IOT_NOT_ALLOWED = 64
    ENHANCED_COVERAGE_NOT_ALLOWED = 128
    NR_AS_SECONDARY_RAT_IN_E_UTRAN_NOT_ALLOWED = 256
    UNLICENSED_SPECTRUM_AS_SECONDARY_RAT_NOT_ALLOWED = 512
    NR_IN_5GS_NOT_ALLOWED = 1024
    LTE_M_NOT_ALLOWED = 2048
    WB_E_UTRAN_EXCEPT_LTE_M_NOT_ALLOWED = 4096
    WB_E_UTRAN_LEO_NOT_ALLOWED = 8192
    WB_E_UTRAN_MEO_NOT_ALLOWED = 16384
    WB_E_UTRAN_GEO_NOT_ALLOWED = 32768
    WB_E_UTRAN_OTHERSAT_NOT_ALLOWED = 65536
    NB_IOT_LEO_NOT_ALLOWED = 131072
    NB_IOT_MEO_NOT_ALLOWED = 262144
    NB_IOT_GEO_NOT_ALLOWED = 524288
    NB_IOT_OTHERSAT_NOT_ALLOWED = 1048576
    LTE_M_LEO_NOT_ALLOWED = 2097152
    LTE_M_MEO_NOT_ALLOWED = 4194304
    LTE_M_GEO_NOT_ALLOWED = 8388608
    LTE_M_OTHERSAT_NOT_ALLOWED = 16777216


class AllAPNConfigurationsIncludedIndicator(IntEnum):
    """Values of All-APN-Configurations-Included-Indicator."""

    ALL_APN_CONFIGURATIONS_INCLUDED = 0
    MODIFIED_ADDED_APN_CONFIGURATIONS_INCLUDED = 1


class VPLMNDynamicAddressAllowed(IntEnum):
    """Values of VPLMN-Dynamic-Address-Allowed."""

    NOTALLOWED = 0
    ALLOWED = 1


class AlertReason(IntEnum):
    """Values of Alert-Reason."""

    UE_PRESENT = 0
    UE_MEMORY_AVAILABLE = 1


class PDNGWAllocationType(IntEnum):
    """Values of PDN-GW-Allocation-Type."""

    STATIC = 0
    DYNAMIC = 1


class IDAFlags(IntEnum):
    """Values of IDA-Flags."""

    NETWORK_NODE_AREA_RESTRICTED = 1


class PUAFlags(IntEnum):
    """Values of PUA-Flags."""

    FREEZE_M_TMSI = 1
    FREEZE_P_TMSI = 2


class NORFlags(IntEnum):
    """Values of NOR-Flags."""

    SINGLE_REGISTRATION_INDICATION = 1
    SGSN_AREA_RESTRICTED = 2
    READY_FOR_SM_FROM_SGSN = 4
    UE_REACHABLE_FROM_MME = 8
    UE_REACHABLE_FROM_SGSN = 32
    READY_FOR_SM_FROM_MME = 64
    HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS = 128
    S6A_S6D_INDICATOR = 256
    REMOVAL_OF_MME_REGISTRATION_FOR_SMS = 512


class EquipmentStatus(IntEnum):
    """Values of Equipment-Status."""

    PERMITTEDLISTED = 0
    PROHIBITEDLISTED = 1
    TRACKINGLISTED = 2


class PDNType(IntEnum):
    """Values of PDN-Type."""

    IPV4 = 0
    IPV6 = 1
    IPV4V6 = 2
    IPV4_OR_IPV6 = 3


class RoamingRestrictedDueToUnsupportedFeature(IntEnum):
    """Values of Roaming-Restricted-Due-To-Unsupported-Feature."""

    ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE = 0


class TraceDepth(IntEnum):
    """Values of Trace-Depth."""

    MINIMUM = 0
    MEDIUM = 1
    MAXIMUM = 2
    MINIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 3
    MEDIUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 4
    MAXIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION = 5
    MINIMUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD = 6
    MEDIUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD = 7
    MAXIMUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD = 8


class CompleteDataListIncludedIndicator(IntEnum):
    """Values of Complete-Data-List-Included-Indicator."""

    ALL_PDP_CONTEXTS_INCLUDED = 0
    MODIFIED_ADDED_PDP_CONTEXTS_INCLUDED = 1


class NotificationToUEUser(IntEnum):
    """Values of Notification-To-UE-User."""

    NOTIFY_LOCATION_ALLOWED = 0
    NOTIFYANDVERIFY_LOCATION_ALLOWED_IF_NO_RESPONSE = 1
    NOTIFYANDVERIFY_LOCATION_NOT_ALLOWED_IF_NO_RESPONSE = 2
    LOCATION_NOT_ALLOWED = 3


class GMLCRestriction(IntEnum):
    """Values of GMLC-Restriction."""

    GMLC_LIST = 0
    HOME_COUNTRY = 1


class PLMNClient(IntEnum):
    """Values of PLMN-Client."""

    BROADCAST_SERVICE = 0
    O_AND_M_HPLMN = 1
    O_AND_M_VPLMN = 2
    ANONYMOUS_LOCATION = 3
    TARGET_UE_SUBSCRIBED_SERVICE = 4


class IDRFlags(IntEnum):
    """Values of IDR-Flags."""

    UE_REACHABILITY_REQUEST = 1
    T_ADS_DATA_REQUEST = 2
    EPS_USER_STATE_REQUEST = 4
    EPS_LOCATION_INFORMATION_REQUEST = 8
    CURRENT_LOCATION_REQUEST = 16
    LOCAL_TIME_ZONE_REQUEST = 32
    REMOVE_SMS_REGISTRATION = 64
    RAT_TYPE_REQUESTED = 128
    P_CSCF_RESTORATION_REQUEST = 256


class ICSIndicator(IntEnum):
    """Values of ICS-Indicator."""

    FALSE = 0
    TRUE = 1


class IMSVoiceOverPSSessionsSupported(IntEnum):
    """Values of IMS-Voice-Over-PS-Sessions-Supported."""

    NOT_SUPPORTED = 0
    SUPPORTED = 1


class HomogeneousSupportOfIMSVoiceOverPSSessions(IntEnum):
    """Values of Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions."""

    NOT_SUPPORTED = 0
    SUPPORTED = 1


class UserState(IntEnum):
    """Values of User-State."""

    DETACHED = 0
    ATTACHED_NOT_REACHABLE_FOR_PAGING = 1
    ATTACHED_REACHABLE_FOR_PAGING = 2
    CONNECTED_NOT_REACHABLE_FOR_PAGING = 3
    CONNECTED_REACHABLE_FOR_PAGING = 4
    RESERVED = 5


class CurrentLocationRetrieved(IntEnum):
    """Values of Current-Location-Retrieved."""

    ACTIVE_LOCATION_RETRIEVAL = 0


class ErrorDiagnostic(IntEnum):
    """Values of Error-Diagnostic."""

    GPRS_DATA_SUBSCRIBED = 0
    NO_GPRS_DATA_SUBSCRIBED = 1
    ODB_ALL_APN = 2
    ODB_HPLMN_APN = 3
    ODB_VPLMN_APN = 4


class UESRVCCCapability(IntEnum):
    """Values of UE-SRVCC-Capability."""

    UE_SRVCC_NOT_SUPPORTED = 0
    UE_SRVCC_SUPPORTED = 1


class MPSPriority(IntEnum):
    """Values of MPS-Priority."""

    MPS_CS_PRIORITY = 1
    MPS_EPS_PRIORITY = 2


class VPLMNLIPAAllowed(IntEnum):
    """Values of VPLMN-LIPA-Allowed."""

    LIPA_NOTALLOWED = 0
    LIPA_ALLOWED = 1


class LIPAPermission(IntEnum):
    """Values of LIPA-Permission."""

    LIPA_PROHIBITED = 0
    LIPA_ONLY = 1
    LIPA_CONDITIONAL = 2


class SIPTOPermission(IntEnum):
    """Values of SIPTO-Permission."""

    SIPTO_ABOVE_RAN_ALLOWED = 0
    SIPTO_ABOVE_RAN_NOTALLOWED = 1


class JobType(IntEnum):
    """Values of Job-Type."""

    IMMEDIATE_MDT_ONLY = 0
    LOGGED_MDT_ONLY = 1
    TRACE_ONLY = 2
    IMMEDIATE_MDT_AND_TRACE = 3
    RLF_REPORT_ONLY = 4
    RCEF_REPORT_ONLY = 5
    LOGGED_MBSFN_MDT = 6
    V_5GC_UE_LEVEL_MEASUREMENTS_ONLY = 7
    TRACE_AND_5GC_UE_LEVEL_MEASUREMENTS = 8
    IMMEDIATE_MDT_AND_5GC_UE_LEVEL_MEASUREMENTS = 9
    TRACE_AND_IMMEDIATE_MDT_AND_5GC_UE_LEVEL_MEASUREMENTS = 10
    RRC_REPORT = 11
    IMMEDIATE_MDT_AND_LOGGED_MDT = 12


class ReportInterval(IntEnum):
    """Values of Report-Interval."""

    UMTS_250_MS = 0
    UMTS_500_MS = 1
    UMTS_1000_MS = 2
    UMTS_2000_MS = 3
    UMTS_3000_MS = 4
    UMTS_4000_MS = 5
    UMTS_6000_MS = 6
    UMTS_8000_MS = 7
    UMTS_12000_MS = 8
    UMTS_16000_MS = 9
    UMTS_20000_MS = 10
    UMTS_24000_MS = 11
    UMTS_28000_MS = 12
    UMTS_32000_MS = 13
    UMTS_64000_MS = 14
    LTE_120_MS = 15
    LTE_240_MS = 16
    LTE_480_MS = 17
    LTE_640_MS = 18
    LTE_1024_MS = 19
    LTE_2048_MS = 20
    LTE_5120_MS = 21
    LTE_10240_MS = 22
    LTE_1_MIN = 23
    LTE_6_MIN = 24
    LTE_12_MIN = 25
    LTE_30_MIN = 26
    LTE_60_MIN = 27
    NR_120_MS = 28
    NR_240_MS = 29
    NR_480_MS = 30
    NR_640_MS = 31
    NR_1024_MS = 32
    NR_2048_MS = 33
    NR_5120_MS = 34
    NR_10240_MS = 35
    NR_20480_MS = 36
    NR_40960_MS = 37
    NR_1_MIN = 38
    NR_6_MIN = 39
    NR_12_MIN = 40
    NR_30_MIN = 41
    NR_60_MIN = 42


class ReportAmount(IntEnum):
    """Values of Report-Amount."""

    V_1 = 0
    V_2 = 1
    V_4 = 2
    V_8 = 3
    V_16 = 4
    V_32 = 5
    V_64 = 6
    INFINITY = 7


class LoggingInterval(IntEnum):
    """Values of Logging-Interval."""

    V_1280_MS = 0
    V_2560_MS = 1
    V_5120_MS = 2
    V_10240_MS = 3
    V_20480_MS = 4
    V_30720_MS = 5
    V_40960_MS = 6
    V_61440_MS = 7
    V_320_MS = 8
    V_640_MS = 9
    INFINITY = 10


class LoggingDuration(IntEnum):
    """Values of Logging-Duration."""

    V_600_SEC = 0
    V_1200_SEC = 1
    V_2400_SEC = 2
    V_3600_SEC = 3
    V_5400_SEC = 4
    V_7200_SEC = 5


class RelayNodeIndicator(IntEnum):
    """Values of Relay-Node-Indicator."""

    NOT_RELAY_NODE = 0
    RELAY_NODE = 1


class MDTUserConsent(IntEnum):
    """Values of MDT-User-Consent."""

    CONSENT_NOT_GIVEN = 0
    CONSENT_GIVEN = 1


class PURFlags(IntEnum):
    """Values of PUR-Flags."""

    UE_PURGED_IN_MME = 1
    UE_PURGED_IN_SGSN = 2


class SubscribedVSRVCC(IntEnum):
    """Values of Subscribed-VSRVCC."""

    VSRVCC_SUBSCRIBED = 0


class CLRFlags(IntEnum):
    """Values of CLR-Flags."""

    S6A_S6D_INDICATOR = 1
    REATTACH_REQUIRED = 2


class UVRFlags(IntEnum):
    """Values of UVR-Flags."""

    SKIP_SUBSCRIBER_DATA = 1


class UVAFlags(IntEnum):
    """Values of UVA-Flags."""

    TEMPORARY_EMPTY_VPLMN_CSG_SUBSCRIPTION_DATA = 1


class SMSRegisterRequest(IntEnum):
    """Values of SMS-Register-Request."""

    SMS_REGISTRATION_REQUIRED = 0
    SMS_REGISTRATION_NOT_PREFERRED = 1
    NO_PREFERENCE = 2


class DaylightSavingTime(IntEnum):
    """Values of Daylight-Saving-Time."""

    NO_ADJUSTMENT = 0
    PLUS_ONE_HOUR_ADJUSTMENT = 1
    PLUS_TWO_HOURS_ADJUSTMENT = 2


class SubscriptionDataFlags(IntEnum):
    """Values of Subscription-Data-Flags."""

    PS_AND_SMS_ONLY_SERVICE_PROVISION_INDICATION = 1
    SMS_IN_SGSN_ALLOWED_INDICATION = 2
    USER_PLANE_INTEGRITY_PROTECTION = 4
    PDN_CONNECTION_RESTRICTED = 8
    ACKNOWLEDGEMENT_OF_DOWNLINK_NAS_DATA_PDUS_DISABLED = 16


class MeasurementPeriodLTE(IntEnum):
    """Values of Measurement-Period-LTE."""

    V_1024_MS = 0
    V_1280_MS = 1
    V_2048_MS = 2
    V_2560_MS = 3
    V_5120_MS = 4
    V_10240_MS = 5
    V_1_MIN = 6


class MeasurementPeriodUMTS(IntEnum):
    """Values of Measurement-Period-UMTS."""

    V_250_MS = 0
    V_500_MS = 1
    V_1000_MS = 2
    V_2000_MS = 3
    V_3000_MS = 4
    V_4000_MS = 5
    V_6000_MS = 6
    V_8000_MS = 7
    V_12000_MS = 8
    V_16000_MS = 9
    V_20000_MS = 10
    V_24000_MS = 11
    V_28000_MS = 12
    V_32000_MS = 13
    V_64000_MS = 14


class CollectionPeriodRRMLTE(IntEnum):
    """Values of Collection-Period-RRM-LTE."""

    V_100_MS = 0
    V_1000_MS = 1
    V_1024_MS = 2
    V_1280_MS = 3
    V_2048_MS = 4
    V_2560_MS = 5
    V_5120_MS = 6
    V_10000_MS = 7
    V_10240_MS = 8
    V_1_MIN = 9


class CollectionPeriodRRMUMTS(IntEnum):
    """Values of Collection-Period-RRM-UMTS."""

    V_100_MS = 0
    V_250_MS = 1
    V_500_MS = 2
    V_1000_MS = 3
    V_2000_MS = 4
    V_3000_MS = 5
    V_4000_MS = 6
    V_6000_MS = 7


class SIPTOLocalNetworkPermission(IntEnum):
    """Values of SIPTO-Local-Network-Permission."""

    SIPTO_AT_LOCAL_NETWORK_ALLOWED = 0
    SIPTO_AT_LOCAL_NETWORK_NOTALLOWED = 1


class AIRFlags(IntEnum):
    """Values of AIR-Flags."""

    SEND_UE_USAGE_TYPE = 1


class NonIPPDNTypeIndicator(IntEnum):
    """Values of Non-IP-PDN-Type-Indicator."""

    FALSE = 0
    TRUE = 1


class NonIPDataDeliveryMechanism(IntEnum):
    """Values of Non-IP-Data-Delivery-Mechanism."""

    SGI_BASED_DATA_DELIVERY = 0
    SCEF_BASED_DATA_DELIVERY = 1


class PreferredDataMode(IntEnum):
    """Values of Preferred-Data-Mode."""

    DATA_OVER_USER_PLANE_PREFERRED = 1
    DATA_OVER_CONTROL_PLANE_PREFERRED = 2


class V2XPermission(IntEnum):
    """Values of V2X-Permission."""

    ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_VEHICLE_UE = 1
    ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_PEDESTRIAN_UE = 2


class PDNConnectionContinuity(IntEnum):
    """Values of PDN-Connection-Continuity."""

    MAINTAIN_PDN_CONNECTION = 0
    DISCONNECT_PDN_CONNECTION_WITH_REACTIVATION_REQUEST = 1
    DISCONNECT_PDN_CONNECTION_WITHOUT_REACTIVATION_REQUEST = 2


class RDSIndicator(IntEnum):
    """Values of RDS-Indicator."""

    DISABLED = 0
    ENABLED = 1


class AerialUESubscriptionInformation(IntEnum):
    """Values of Aerial-UE-Subscription-Information."""

    AERIAL_UE_ALLOWED = 0
    AERIAL_UE_NOT_ALLOWED = 1


class OperationMode(IntEnum):
    """Values of Operation-Mode."""

    SPARE = 0
    IU_MODE = 1
    WB_S1_MODE = 2
    NB_S1_MODE = 3


class CoreNetworkRestrictions(IntEnum):
    """Values of Core-Network-Restrictions."""

    RESERVED = 1
    V_5GC_NOT_ALLOWED = 2


class Interworking5GSIndicator(IntEnum):
    """Values of Interworking-5GS-Indicator."""

    NOT_SUBSCRIBED = 0
    SUBSCRIBED = 1


class EthernetPDNTypeIndicator(IntEnum):
    """Values of Ethernet-PDN-Type-Indicator."""

    FALSE = 0
    TRUE = 1


class IABOperationPermission(IntEnum):
    """Values of IAB-Operation-Permission."""

    IAB_OPERATION_ALLOWED = 0
    IAB_OPERATION_NOTALLOWED = 1


class CollectionPeriodRRMNR(IntEnum):
    """Values of Collection-Period-RRM-NR."""

    V_1024_MS = 0
    V_2048_MS = 1
    V_5120_MS = 2
    V_10240_MS = 3
    V_60000_MS = 4


class CollectionPeriodM6NR(IntEnum):
    """Values of Collection-Period-M6-NR."""

    V_120_MS = 0
    V_240_MS = 1
    V_480_MS = 2
    V_640_MS = 3
    V_1024_MS = 4
    V_2048_MS = 5
    V_5120_MS = 6
    V_10240_MS = 7
    V_20480_MS = 8
    V_40960_MS = 9
    V_1_MIN = 10
    V_6_MIN = 11
    V_12_MIN = 12
    V_30_MIN = 13


class SensorMeasurement(IntEnum):
    """Values of Sensor-Measurement."""

    BAROMETRIC_PRESSURE = 0
    UE_SPEED = 1
    UE_ORIENTATION = 2


class SFProvisionalIndication(IntEnum):
    """Values of SF-Provisional-Indication."""

    PROVISIONAL_ULR = 0


class ANTrusted(IntEnum):
    """Values of AN-Trusted."""

    TRUSTED = 0
    UNTRUSTED = 1


class TransportAccessType(IntEnum):
    """Values of Transport-Access-Type."""

    BBF = 0


class DERFlags(IntEnum):
    """Values of DER-Flags."""

    NSWO_CAPABILITY_INDICATION = 1
    TWAN_S2A_CONNECTIVITY_INDICATOR = 2
    IMEI_CHECK_REQUIRED_IN_VPLMN = 4
    IMEI_CHECK_REQUEST_IN_VPLMN = 8
    EMERGENCY_CAPABILITY_INDICATION = 16
    ERP_SUPPORT_INDICATION = 32
    ERP_RE_AUTHENTICATION = 64


class DEAFlags(IntEnum):
    """Values of DEA-Flags."""

    NSWO_AUTHORIZATION = 1
    TWAN_S2A_CONNECTIVITY_INDICATOR = 2
    IMEI_CHECK_REQUEST_IN_VPLMN = 4


class TWANConnectionMode(IntEnum):
    """Values of TWAN-Connection-Mode."""

    TSC_MODE = 1
    SC_MODE = 2
    MC_MODE = 4


class ConnectivityFlags(IntEnum):
    """Values of Connectivity-Flags."""

    INITIAL_ATTACH_INDICATOR = 1


class TWANS2aFailureCause(IntEnum):
    """Values of TWAN-S2a-Failure-Cause."""

    INSUFFICIENT_RESOURCES = 26
    UNKNOWN_APN = 27
    USER_AUTHENTICATION_FAILED = 29
    REQUEST_REJECTED_BY_TWAN_OR_PDN_GW = 30
    REQUEST_REJECTED_UNSPECIFIED = 31
    SERVICE_OPTION_NOT_SUPPORTED = 32
    REQUESTED_SERVICE_OPTION_NOT_SUBSCRIBED = 33
    SERVICE_OPTION_TEMPORARILY_OUT_OF_ORDER = 34
    NETWORK_FAILURE = 38
    PDN_TYPE_IPV4_ONLY_ALLOWED = 50
    PDN_TYPE_IPV6_ONLY_ALLOWED = 51
    PDN_CONNECTION_DOES_NOT_EXIST = 54
    MULTIPLE_ACCESSES_TO_A_PDN_CONNECTION_NOT_ALLOWED = 113


class IMEICheckInVPLMNResult(IntEnum):
    """Values of IMEI-Check-In-VPLMN-Result."""

    SUCCESSFUL = 0
    ILLEGAL_ME = 1


class HighPriorityAccessInfo(IntEnum):
    """Values of High-Priority-Access-Info."""

    HPA_CONFIGURED = 1


class EmergencyServices(IntEnum):
    """Values of Emergency-Services."""

    EMERGENCY_INDICATION = 1


class AARFlags(IntEnum):
    """Values of AAR-Flags."""

    WLAN_LOCATION_INFO_REQUEST = 1


class Non3GPPIPAccess(IntEnum):
    """Values of Non-3GPP-IP-Access."""

    NON_3GPP_SUBSCRIPTION_ALLOWED = 0
    NON_3GPP_SUBSCRIPTION_BARRED = 1


class Non3GPPIPAccessAPN(IntEnum):
    """Values of Non-3GPP-IP-Access-APN."""

    NON_3GPP_APNS_ENABLE = 0
    NON_3GPP_APNS_DISABLE = 1


class PPRFlags(IntEnum):
    """Values of PPR-Flags."""

    RESET_INDICATION = 1
    ACCESS_NETWORK_INFO_REQUEST = 2
    UE_LOCAL_TIME_ZONE_REQUEST = 4
    P_CSCF_RESTORATION_REQUEST = 8


class AccessAuthorizationFlags(IntEnum):
    """Values of Access-Authorization-Flags."""

    EPC_ACCESS_AUTHORIZATION = 1
    NSWO_ACCESS_AUTHORIZATION = 2


class AAAFailureIndication(IntEnum):
    """Values of AAA-Failure-Indication."""

    AAA_FAILURE = 1


class ERPAuthorization(IntEnum):
    """Values of ERP-Authorization."""

    ERP_NOT_AUTHORIZED = 0
    ERP_AUTHORIZED = 1


class TrustRelationshipUpdate(IntEnum):
    """Values of Trust-Relationship-Update."""

    REQUEST_UPDATE = 1


class RARFlags(IntEnum):
    """Values of RAR-Flags."""

    TRUST_RELATIONSHIP_UPDATE_INDICATION = 1
    P_CSCF_RESTORATION_REQUEST = 2


class DERS6bFlags(IntEnum):
    """Values of DER-S6b-Flags."""

    INITIAL_ATTACH_INDICATOR = 1


class DataReference(IntEnum):
    """Values of Data-Reference."""

    REPOSITORY_DATA = 0
    IMS_PUBLIC_IDENTITY = 10
    IMS_USER_STATE = 11
    S_CSCF_NAME = 12
    INITIAL_FILTER_CRITERIA = 13
    LOCATION_INFORMATION = 14
    USER_STATE = 15
    CHARGING_INFORMATION = 16
    MSISDN = 17
    PSI_ACTIVATION = 18
    DSAI = 19
    SERVICE_LEVEL_TRACE_INFO = 21
    IP_ADDRESS_SECURE_BINDING_INFORMATION = 22
    SERVICE_PRIORITY_LEVEL = 23
    SMS_REGISTRATION_INFO = 24
    UE_REACHABILITY_FOR_IP = 25
    TADS_INFORMATION = 26
    STN_SR = 27
    UE_SRVCC_CAPABILITY = 28
    EXTENDED_PRIORITY = 29
    CSRN = 30
    REFERENCE_LOCATION_INFORMATION = 31
    IMSI = 32
    IMS_PRIVATE_USER_IDENTITY = 33
    IMEISV = 34
    UE_5G_SRVCC_CAPABILITY = 35
    AS_REGISTRATION_INFO = 36


class SubsReqType(IntEnum):
    """Values of Subs-Req-Type."""

    SUBSCRIBE = 0
    UNSUBSCRIBE = 1


class RequestedDomain(IntEnum):
    """Values of Requested-Domain."""

    CS_DOMAIN = 0
    PS_DOMAIN = 1


class CurrentLocation(IntEnum):
    """Values of Current-Location."""

    DO_NOT_NEED_INITIATE_ACTIVE_LOCATION_RETRIEVAL = 0
    INITIATE_ACTIVE_LOCATION_RETRIEVAL = 1


class IdentitySet(IntEnum):
    """Values of Identity-Set."""

    ALL_IDENTITIES = 0
    REGISTERED_IDENTITIES = 1
    IMPLICIT_IDENTITIES = 2
    ALIAS_IDENTITIES = 3


class SendDataIndication(IntEnum):
    """Values of Send-Data-Indication."""

    USER_DATA_NOT_REQUESTED = 0
    USER_DATA_REQUESTED = 1


class OneTimeNotification(IntEnum):
    """Values of One-Time-Notification."""

    ONE_TIME_NOTIFICATION_REQUESTED = 0


class RequestedNodes(IntEnum):
    """Values of Requested-Nodes."""

    MME = 1
    SGSN = 2
    TGPP_AAA_SERVER_TWAN = 4
    V_3GPP_AAA_SERVER_TWAN = 4  # its earlier name, an alias
    AMF = 8


class ServingNodeIndication(IntEnum):
    """Values of Serving-Node-Indication."""

    ONLY_SERVING_NODES_REQUIRED = 0


class PrePagingSupported(IntEnum):
    """Values of Pre-paging-Supported."""

    PREPAGING_NOT_SUPPORTED = 0
    PREPAGING_SUPPORTED = 1


class LocalTimeZoneIndication(IntEnum):
    """Values of Local-Time-Zone-Indication."""

    ONLY_LOCAL_TIME_ZONE_REQUESTED = 0
    LOCAL_TIME_ZONE_WITH_LOCATION_INFO_REQUESTED = 1


class UDRFlags(IntEnum):
    """Values of UDR-Flags."""

    LOCATION_INFORMATION_EPS_SUPPORTED = 1
    RAT_TYPE_REQUESTED = 2


class ServiceID(IntEnum):
    """Values of Service-ID."""

    DEVICE_TRIGGER = 0
    SMS_MO = 1


class HSSCause(IntEnum):
    """Values of HSS-Cause."""

    ABSENT_SUBSCRIBER = 1
    TELESERVICE_NOT_PROVISIONED = 2
    CALL_BARRED = 4


class SIRFlags(IntEnum):
    """Values of SIR-Flags."""

    S6M_S6N_INDICATOR = 1


class MonitoringType(IntEnum):
    """Values of Monitoring-Type."""

    LOSS_OF_CONNECTIVITY = 0
    UE_REACHABILITY = 1
    LOCATION_REPORTING = 2
    CHANGE_OF_IMSI_IMEI_SV_ASSOCIATION = 3
    ROAMING_STATUS = 4
    COMMUNICATION_FAILURE = 5
    AVAILABILITY_AFTER_DDN_FAILURE = 6
    NUMBER_OF_UES_PRESENT_IN_A_GEOGRAPHICAL_AREA = 7
    UE_REACHABILITY_AND_IDLE_STATUS_INDICATION = 8
    AVAILABILITY_AFTER_DDN_FAILURE_AND_IDLE_STATUS_INDICATION = 9
    PDN_CONNECTIVITY_STATUS = 10


class ReachabilityType(IntEnum):
    """Values of Reachability-Type."""

    REACHABILITY_FOR_SMS = 1
    REACHABILITY_FOR_DATA = 2


class MONTELocationType(IntEnum):
    """Values of MONTE-Location-Type."""

    CURRENT_LOCATION = 0
    LAST_KNOWN_LOCATION = 1


class Accuracy(IntEnum):
    """Values of Accuracy."""

    CGI_ECGI = 0
    ENB = 1
    LA_TA_RA = 2
    PRA = 3
    PLMN_ID = 4


class AssociationType(IntEnum):
    """Values of Association-Type."""

    IMEI_CHANGE = 0
    IMEISV_CHANGE = 1


class RoamingInformation(IntEnum):
    """Values of Roaming-Information."""

    SUBSCRIBER_ROAMING = 0
    SUBSCRIBER_NOT_ROAMING = 1


class ReachabilityInformation(IntEnum):
    """Values of Reachability-Information."""

    REACHABLE_FOR_SMS = 0
    REACHABLE_FOR_DATA = 1


class IMEIChange(IntEnum):
    """Values of IMEI-Change."""

    IMEI = 1
    IMEISV = 2


class PeriodicCommunicationIndicator(IntEnum):
    """Values of Periodic-Communication-Indicator."""

    PERIODICALLY = 0
    ON_DEMAND = 1


class StationaryIndication(IntEnum):
    """Values of Stationary-Indication."""

    STATIONARY_UE = 0
    MOBILE_UE = 1


class CIRFlags(IntEnum):
    """Values of CIR-Flags."""

    DELETE_ALL_MONITORING_EVENTS = 1
    ENHANCED_COVERAGE_QUERY = 2
    IMSI_GROUP_ID_RETRIEVAL = 4
    DELETE_ALL_COMMUNICATION_PATTERN = 8
    DELETE_ALL_NETWORK_PARAMETER_CONFIGURATIONS = 16


class SupportedMonitoringEvents(IntEnum):
    """Values of Supported-Monitoring-Events."""

    UE_AND_UICC_AND_OR_NEW_IMSI_IMEI_SV_ASSOCIATION = 1
    UE_REACHABILITY = 2
    LOCATION_OF_THE_UE = 4
    LOSS_OF_CONNECTIVITY = 8
    COMMUNICATION_FAILURE = 16
    ROAMING_STATUS = 32
    AVAILABILITY_AFTER_DDN_FAILURE = 64
    IDLE_STATUS_INDICATION = 128
    PDN_CONNECTIVITY_STATUS = 256


class EventHandling(IntEnum):
    """Values of Event-Handling."""

    SUSPEND = 0
    RESUME = 1
    CANCEL = 2


class NodeType(IntEnum):
    """Values of Node-Type."""

    HSS = 0
    MME = 1
    SGSN = 2


class S6tHSSCause(IntEnum):
    """Values of S6t-HSS-Cause."""

    ABSENT_SUBSCRIBER = 1
    GROUP_EVENT_MONITORING_PARTIALLY_CANCEL = 2


class LossOfConnectivityReason(IntEnum):
    """Values of Loss-Of-Connectivity-Reason."""

    UE_DETACHED_MME = 0
    UE_DETACHED_SGSN = 1
    MAX_DETECTION_TIME_EXPIRED_MME = 2
    MAX_DETECTION_TIME_EXPIRED_SGSN = 3
    UE_PURGED_MME = 4
    UE_PURGED_SGSN = 5


class CIAFlags(IntEnum):
    """Values of CIA-Flags."""

    GROUP_CONFIGURATION_IN_PROGRESS = 1


class RIRFlags(IntEnum):
    """Values of RIR-Flags."""

    GROUP_CONFIGURATION_IN_PROGRESS = 1
    ALL_MONITORING_EVENTS_CANCELLED = 2
    CHANGE_OF_AUTHORIZED_MONITORING_EVENTS = 4
    ALL_COMMUNICATION_PATTERN_CANCELLED = 8
    ALL_SUGGESTED_NETWORK_CONFIGURATION_CANCELLED = 16


class TypeOfExternalIdentifier(IntEnum):
    """Values of Type-Of-External-Identifier."""

    EXTERNAL_UE_IDENTIFIER_TYPE = 0
    EXTERNAL_GROUP_IDENTIFIER_TYPE = 1


class PLMNIDRequested(IntEnum):
    """Values of PLMN-ID-Requested."""

    TRUE = 0
    FALSE = 1


class NIRFlags(IntEnum):
    """Values of NIR-Flags."""

    INCOMPLETE_GROUP_USER_IDENTIFIER_LIST = 1


class NIAFlags(IntEnum):
    """Values of NIA-Flags."""

    INCOMPLETE_GROUP_USER_IDENTIFIER_LIST = 1


class PDNConnectivityStatusType(IntEnum):
    """Values of PDN-Connectivity-Status-Type."""

    CREATED = 0
    DELETED = 1


class TrafficProfile(IntEnum):
    """Values of Traffic-Profile."""

    SINGLE_TRANSMISSION_UL = 0
    SINGLE_TRANSMISSION_DL = 1
    DUAL_TRANSMISSION_UL_WITH_SUBSEQUENT_DL = 2
    DUAL_TRANSMISSION_DL_WITH_SUBSEQUENT_UL = 3
    MULTI_TRANSMISSION = 4


class BatteryIndicator(IntEnum):
    """Values of Battery-Indicator."""

    NO_BATTERY = 1
    BATTERY_REPLACEABLE_INDICATION = 2
    BATTERY_RECHARGEABLE_INDICATION = 4


class SMDeliveryOutcomeT4(IntEnum):
    """Values of SM-Delivery-Outcome-T4."""

    ABSENT_SUBSCRIBER = 0
    UE_MEMORY_CAPACITY_EXCEEDED = 1
    SUCCESSFUL_TRANSFER = 2
    VALIDITY_TIME_EXPIRED = 3


class AbsentSubscriberDiagnosticT4(IntEnum):
    """Values of Absent-Subscriber-Diagnostic-T4."""

    NO_PAGING_RESPONSE = 0
    UE_DETACHED = 1
    UE_DEREGISTERED = 2
    UE_PURGED = 3
    ROAMING_RESTRICTION = 4
    UNIDENTIFIED_SUBSCRIBER = 5


class TriggerAction(IntEnum):
    """Values of Trigger-Action."""

    TRIGGER = 0
    RECALL = 1
    REPLACE = 2


class MTCErrorDiagnostic(IntEnum):
    """Values of MTC-Error-Diagnostic."""

    ORIGINAL_MESSAGE_NOT_DELETED = 0
    NEW_MESSAGE_NOT_STORED = 1


class SMRPMTI(IntEnum):
    """Values of SM-RP-MTI."""

    SM_DELIVER = 0
    SM_STATUS_REPORT = 1


class SRRFlags(IntEnum):
    """Values of SRR-Flags."""

    GPRS_INDICATOR = 1
    SM_RP_PRI = 2
    SINGLE_ATTEMPT_DELIVERY = 4


class SMDeliveryNotIntended(IntEnum):
    """Values of SM-Delivery-Not-Intended."""

    ONLY_IMSI_REQUESTED = 0
    ONLY_MCC_MNC_REQUESTED = 1


class MWDStatus(IntEnum):
    """Values of MWD-Status."""

    SC_ADDRESS_NOT_INCLUDED = 1
    MNRF_SET = 2
    MCEF_SET = 4
    MNRG_SET = 8
    MNR5G_SET = 16


class SMDeliveryCause(IntEnum):
    """Values of SM-Delivery-Cause."""

    UE_MEMORY_CAPACITY_EXCEEDED = 0
    ABSENT_USER = 1
    SUCCESSFUL_TRANSFER = 2


class RDRFlags(IntEnum):
    """Values of RDR-Flags."""

    SINGLE_ATTEMPT_DELIVERY = 1


class SMSGMSCAlertEvent(IntEnum):
    """Values of SMS-GMSC-Alert-Event."""

    UE_AVAILABLE_FOR_MT_SMS = 1
    UE_UNDER_NEW_SERVING_NODE = 2


class SMSF3GPPSBISupportIndicator(IntEnum):
    """Values of SMSF-3GPP-SBI-Support-Indicator."""

    NOT_SUPPORT_SBI = 0
    SUPPORT_SBI = 1


class SMSFNon3GPPSBISupportIndicator(IntEnum):
    """Values of SMSF-Non-3GPP-SBI-Support-Indicator."""

    NOT_SUPPORT_SBI = 0
    SUPPORT_SBI = 1


class IPSMGWSBISupportIndicator(IntEnum):
    """Values of IP-SM-GW-SBI-Support-Indicator."""

    NOT_SUPPORT_SBI = 0
    SUPPORT_SBI = 1


class TFRFlags(IntEnum):
    """Values of TFR-Flags."""

    MORE_MESSAGES_TO_SEND = 1


class SMEnumeratedDeliveryFailureCause(IntEnum):
    """Values of SM-Enumerated-Delivery-Failure-Cause."""

    MEMORY_CAPACITY_EXCEEDED = 0
    EQUIPMENT_PROTOCOL_ERROR = 1
    EQUIPMENT_NOT_SM_EQUIPPED = 2
    UNKNOWN_SERVICE_CENTRE = 3
    SC_CONGESTION = 4
    INVALID_SME_ADDRESS = 5
    USER_NOT_SC_USER = 6


class OFRFlags(IntEnum):
    """Values of OFR-Flags."""

    S6A_S6D_INDICATOR = 1


class ProSeRequestType(IntEnum):
    """Values of ProSe-Request-Type."""

    APPLICATION_REGISTRATION_FOR_PROSE = 0
    PROSE_MAP_REQUEST = 1
    AUTHORIZATION_ANNOUNCE = 2
    AUTHORIZATION_ANNOUNCE_ACE = 3
    AUTHORIZATION_MONITOR = 4
    AUTHORIZATION_MONITOR_ACE = 5
    MONITOR_PERMISSION = 6
    AUTHORIZATION_RESPONSE = 7
    AUTHORIZATION_QUERY = 8
    AUTHORIZATION_MATCH_REPORT = 9
    QUERY_PERMISSION = 10
    AUTHORIZATION_UPDATE = 11
    AUTHORIZATION_ANNOUNCE_ACE_OPEN = 12
    AUTHORIZATION_MONITOR_ACE_OPEN = 13


class MetadataIndicator(IntEnum):
    """Values of Metadata-Indicator."""

    NO_METADATA = 0
    METADATA_UPDATE_DISALLOWED = 1
    METADATA_UPDATE_ALLOWED = 2


class ProSePermission(IntEnum):
    """Values of ProSe-Permission."""

    PROSE_DIRECT_DISCOVERY = 1
    EPC_LEVEL_PROSE_DISCOVERY = 2
    EPC_SUPPORT_WLAN_DIRECT_DISCOVERY_AND_COMMUNICATION = 4
    ONE_TO_MANY_PROSE_DIRECT_COMMUNICATION = 8
    ONE_TO_ONE_PROSE_DIRECT_COMMUNICATION = 16
    UE_TO_NETWORK_RELAY = 32
    REMOTE_UE_ACCESS = 64
    RESTRICTED_PROSE_DIRECT_DISCOVERY = 128


class ProSeDirectAllowed(IntEnum):
    """Values of ProSe-Direct-Allowed."""

    ANNOUNCE = 1
    MONITOR = 2
    COMMUNICATION = 4
    ONE_TO_ONE_COMMUNICATION = 8
    DISCOVERER = 16
    DISCOVEREE = 32
    RESTRICTED_ANNOUNCE = 64
    RESTRICTED_MONITORING = 128
    APPLICATION_CONTROLLED_EXTENSION = 256
    ON_DEMAND_ANNOUNCING = 512


class UPRFlags(IntEnum):
    """Values of UPR-Flags."""

    UPDATE = 1
    REMOVAL = 2
    RESET_ID_UPDATE = 4
    RESET_ID_REMOVAL = 8


class PNRFlags(IntEnum):
    """Values of PNR-Flags."""

    DIRECT_DISCOVERY_REVOKED = 1
    DIRECT_COMMUNICATION_REVOKED = 2
    PURGED_UE = 4


class DiscoveryType(IntEnum):
    """Values of Discovery-Type."""

    ANNOUNCING_REQUEST_FOR_OPEN_PROSE_DIRECT_DISCOVERY = 0
    MONITORING_REQUEST_FOR_OPEN_PROSE_DIRECT_DISCOVERY = 1
    ANNOUNCING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 2
    MONITORING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 3
    DISCOVEREE_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 4
    DISCOVERER_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 5
    DISCOVERER_ANNOUNCING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 6
    MONITORING_UPDATE_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 7
    MONITORING_RESPONSE_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY = 8


class P2PFeatures(IntEnum):
    """Values of P2P-Features."""

    GROUP_OWNER_INDICATION = 1


class PRRFlags(IntEnum):
    """Values of PRR-Flags."""

    WLAN_INDICATION = 1


class LocationUpdateEventType(IntEnum):
    """Values of Location-Update-Event-Type."""

    UE_AVAILABLE = 0
    CHANGE_OF_AREA = 1
    PERIODIC_LOCATION = 2


class LocationUpdateEventTrigger(IntEnum):
    """Values of Location-Update-Event-Trigger."""

    UE_ENTRY = 0
    UE_EXIT = 1
    UE_PRESENCE = 2


class ReportCardinality(IntEnum):
    """Values of Report-Cardinality."""

    SINGLE = 0
    MULTIPLE = 1


class PMRFlags(IntEnum):
    """Values of PMR-Flags."""

    METADATA_REQUESTED = 1


class MICCheckIndicator(IntEnum):
    """Values of MIC-Check-Indicator."""

    MIC_CHECK_BY_PROSE_FUNCTION = 1


class ActionType(IntEnum):
    """Values of Action-Type."""

    DEVICE_TRIGGER_REQUEST = 1
    DELIVERY_REPORT = 2
    DEVICE_TRIGGER_RECALL = 3
    DEVICE_TRIGGER_REPLACE = 4
    MSISDN_LESS_MO_SMS_DELIVERY = 5


class PriorityIndication(IntEnum):
    """Values of Priority-Indication."""

    NON_PRIORITY = 0
    PRIORITY = 1


class RequestStatus(IntEnum):
    """Values of Request-Status."""

    SUCCESS = 0
    INVPAYLOAD = 101
    INVEXTID = 102
    INVSCSID = 103
    INVPERIOD = 104
    NOTAUTHORIZED = 105
    SERVICEUNAVAILABLE = 106
    PERMANENTERROR = 107
    QUOTAEXCEEDED = 108
    RATEEXCEEDED = 109
    REPLACEFAIL = 110
    RECALLFAIL = 111
    ORIGINALMESSAGESENT = 112
    TEMPORARYERROR = 201


class DeliveryOutcome(IntEnum):
    """Values of Delivery-Outcome."""

    SUCCESS = 0
    EXPIRED = 1
    TEMPORARYERROR = 2
    UNDELIVERABLE = 3
    UNCONFIRMED = 4


class FeatureSupportedInFinalTarget(IntEnum):
    """Values of Feature-Supported-In-Final-Target."""

    DEVICE_TRIGGER_RECALL_REPLACE = 1


class V2XPermissionInVPLMN(IntEnum):
    """Values of V2X-Permission-in-VPLMN."""

    ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_VEHICLE_UE = 1
    ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_PEDESTRIAN_UE = 2


class MBMSBearerEvent(IntEnum):
    """Values of MBMS-Bearer-Event."""

    BEARER_TERMINATED = 1
    BEARER_ACTIVATED = 2
    USERPLANE_EVENT = 4
    BEARER_ACTIVATION_FAILURE = 8


class MBMSBearerResult(IntEnum):
    """Values of MBMS-Bearer-Result."""

    SUCCESS = 1
    AUTHORIZATION_REJECTED = 2
    RESOURCES_EXCEEDED = 4
    UNKNOWN_TMGI = 8
    TMGI_NOT_IN_USE = 16
    OVERLAPPING_MBMS_SERVICE_AREA = 32
    UNKNOWN_FLOW_IDENTIFIER = 64
    QOS_AUTHORIZATION_REJECTED = 128
    UNKNOWN_MBMS_SERVICE_AREA = 256
    MBMS_SERVICE_AREA_AUTHORIZATION_REJECTED = 512
    MBMS_START_TIME = 1024
    INVALID_AVP_COMBINATION = 2048
    SYSTEM_ERROR = 4096
    ACTIVATION_ONGOING = 8192


class TMGIAllocationResult(IntEnum):
    """Values of TMGI-Allocation-Result."""

    SUCCESS = 1
    AUTHORIZATION_REJECTED = 2
    RESOURCES_EXCEEDED = 4
    UNKNOWN_TMGI = 8
    TOO_MANY_TMGIS_REQUESTED = 16
    SYSTEM_ERROR = 32


class TMGIDeallocationResult(IntEnum):
    """Values of TMGI-Deallocation-Result."""

    SUCCESS = 1
    AUTHORIZATION_REJECTED = 2
    UNKNOWN_TMGI = 4
    SYSTEM_ERROR = 8


class MB2USecurity(IntEnum):
    """Values of MB2U-Security."""

    NO_SECURITY = 0
    SECURITY = 1


class ROHCResult(IntEnum):
    """Values of ROHC-Result."""

    SUCCESS = 1
    TRYING = 2
    AUTHORIZATION_REJECTED = 4
    RESOURCES_EXCEEDED = 8
    UNKNOWN_PROFILE = 16
    SYSTEM_ERROR = 32
    NO_TRAFFIC = 64


class FECResult(IntEnum):
    """Values of FEC-Result."""

    SUCCESS = 1
    TRYING = 2
    AUTHORIZATION_REJECTED = 4
    RESOURCES_EXCEEDED = 8
    UNKNOWN_CONFIGURATION = 16
    INVALID_SDP = 32
    SYSTEM_ERROR = 64
    NO_TRAFFIC = 128


class MBMSBearerEventDiagnosticInfo(IntEnum):
    """Values of MBMS-Bearer-Event-Diagnostic-Info."""

    TMGI_EXPIRY = 0
    MBMS_GW_NOT_ESTABLISHMENT = 1
    SGMB_TRANSIENT_PATH_FAILURE = 2
    SGMB_NON_TRANSIENT_PATH_FAILURE = 3
    MBMS_GW_USER_PLANE_FAILURE = 4
    MBMS_GW_PERMANENT_ERROR = 5
    MBMS_GW_TRANSIENT_ERROR = 6


class TGPPOCRequestType(IntEnum):
    """Values of 3GPP-OC-Request-Type."""

    INITIAL_REQUEST = 1
    UPDATE_REQUEST = 2
    TERMINATION_REQUEST = 3
    EVENT_REQUEST = 4


class TGPPPSDataOffStatus32299(IntEnum):
    """Values of 3GPP-PS-Data-Off-Status-32.299."""

    ACTIVE = 0
    INACTIVE = 1


class AccessTransferType(IntEnum):
    """Values of Access-Transfer-Type."""

    PS_TO_CS_TRANSFER = 0
    CS_TO_PS_TRANSFER = 1
    PS_TO_PS_TRANSFER = 2
    CS_TO_CS_TRANSFER = 3


class Adaptations(IntEnum):
    """Values of Adaptations."""

    YES = 0
    NO = 1


class AdditionalExceptionReports(IntEnum):
    """Values of Additional-Exception-Reports."""

    NOT_ALLOWED = 0
    ALLOWED = 1


class AddressType(IntEnum):
    """Values of Address-Type."""

    E_MAIL_ADDRESS = 0
    MSISDN = 1
    IPV4_ADDRESS = 2
    IPV6_ADDRESS = 3
    NUMERIC_SHORTCODE = 4
    ALPHANUMERIC_SHORTCODE = 5
    OTHER = 6
    IMSI = 7


class AddresseeType(IntEnum):
    """Values of Addressee-Type."""

    TO = 0
    CC = 1
    BCC = 2


class AoCFormat(IntEnum):
    """Values of AoC-Format."""

    MONETARY = 0
    NON_MONETARY = 1
    CAI = 2


class AoCRequestType(IntEnum):
    """Values of AoC-Request-Type."""

    AOC_NOT_REQUESTED = 0
    AOC_FULL = 1
    AOC_COST_ONLY = 2
    AOC_TARIFF_ONLY = 3


class AoCServiceObligatoryType(IntEnum):
    """Values of AoC-Service-Obligatory-Type."""

    NON_BINDING = 0
    BINDING = 1


class AoCServiceType(IntEnum):
    """Values of AoC-Service-Type."""

    NONE = 0
    AOC_S = 1
    AOC_D = 2
    AOC_E = 3


class APIDirection(IntEnum):
    """Values of API-Direction."""

    INVOCATION = 0
    NOTIFICATION = 1


class APINetworkServiceNode(IntEnum):
    """Values of API-Network-Service-Node."""

    MME = 0
    SGSN = 1
    HSS = 2
    PCRF = 3
    PFDF = 4
    BMSC = 5
    CSCF = 6
    RCAF = 7


class CauseCode(IntEnum):
    """Values of Cause-Code."""

    NORMAL_END_OF_SESSION = 0
    SUCCESSFUL_TRANSACTION = -1
    END_OF_SUBSCRIBE_DIALOG = -2
    END_OF_REGISTER_DIALOG = -3
    UNSPECIFIED_ERROR = 1
    UNSUCCESSFUL_SESSION_SETUP = 2
    INTERNAL_ERROR = 3


class ChangeCondition(IntEnum):
    """Values of Change-Condition."""

    NORMAL_RELEASE = 0
    ABNORMAL_RELEASE = 1
    QOS_CHANGE = 2
    VOLUME_LIMIT = 3
    TIME_LIMIT = 4
    SERVING_NODE_CHANGE = 5
    SERVING_NODE_PLMN_CHANGE = 6
    USER_LOCATION_CHANGE = 7
    RAT_CHANGE = 8
    UE_TIMEZONE_CHANGE = 9
    TARIFF_TIME_CHANGE = 10
    SERVICE_IDLED_OUT = 11
    SERVICESPECIFICUNITLIMIT = 12
    MAX_NUMBER_OF_CHANGES_IN_CHARGING_CONDITIONS = 13
    CGI_SAI_CHANGE = 14
    RAI_CHANGE = 15
    ECGI_CHANGE = 16
    TAI_CHANGE = 17
    SERVICE_DATA_VOLUME_LIMIT = 18
    SERVICE_DATA_TIME_LIMIT = 19
    MANAGEMENT_INTERVENTION = 20
    SERVICE_STOP = 21
    USER_CSG_INFORMATION_CHANGE = 22
    S_GW_CHANGE = 23
    CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA = 24
    PROXIMITY_ALERTED = 25
    TIME_EXPIRED_WITH_NO_RENEWAL = 26
    REQUESTOR_CANCELLATION = 27
    MAXIMUM_NUMBER_OF_REPORTS = 28
    PLMN_CHANGE = 29
    COVERAGE_STATUS_CHANGE = 30
    REMOVAL_OF_ACCESS = 31
    UNAVAILABILITY_OF_ACCESS = 32
    ACCESS_CHANGE_OF_SERVICE_DATA_FLOW = 33
    INDIRECT_CHANGE_CONDITION = 34
    MAXIMUM_NUMBER_OF_NIDD_SUBMISSIONS = 35
    CHANGE_IN_UP_TO_UE = 36
    SERVING_PLMN_RATE_CONTROL_CHANGE = 37
    APN_RATE_CONTROL_CHANGE = 38
    NIDD_SUBMISSION_RESPONSE_RECEIPT = 39
    NIDD_SUBMISSION_RESPONSE_SENDING = 40
    NIDD_DELIVERY_TO_UE = 41
    NIDD_DELIVERY_FROM_UE_ERROR = 42
    NIDD_SUBMISSION_TIMEOUT = 43
    MO_EXCEPTION_DATA_COUNTER = 44
    CHANGE_OF_3GPP_PS_DATA_OFF_STATUS = 45
    VOLTE_BEARER_NORMAL_RELEASE = 46
    VOLTE_BEARER_ABNORMAL_RELEASE = 47


class ChargeReasonCode(IntEnum):
    """Values of Charge-Reason-Code."""

    UNKNOWN = 0
    USAGE = 1
    COMMUNICATION_ATTEMPT_CHARGE = 2
    SETUP_CHARGE = 3
    ADD_ON_CHARGE = 4


class ChargingCharacteristicsSelectionMode(IntEnum):
    """Values of Charging-Characteristics-Selection-Mode."""

    SERVING_NODE_SUPPLIED = 0
    SUBSCRIPTION_SPECIFIC = 1
    APN_SPECIFIC = 2
    HOME_DEFAULT = 3
    ROAMING_DEFAULT = 4
    VISITING_DEFAULT = 5


class ChargingPerIPCANSessionIndicator(IntEnum):
    """Values of Charging-Per-IP-CAN-Session-Indicator."""

    INACTIVE = 0
    ACTIVE = 1


class ClassIdentifier(IntEnum):
    """Values of Class-Identifier."""

    PERSONAL = 0
    ADVERTISEMENT = 1
    INFORMATIONAL = 2
    AUTO = 3


class CNOperatorSelectionEntity(IntEnum):
    """Values of CN-Operator-Selection-Entity."""

    THE_SERVING_NETWORK_HAS_BEEN_SELECTED_BY_THE_UE = 0
    THE_SERVING_NETWORK_HAS_BEEN_SELECTED_BY_THE_NETWORK = 1


class ContentClass(IntEnum):
    """Values of Content-Class."""

    TEXT = 0
    IMAGE_BASIC = 1
    IMAGE_RICH = 2
    VIDEO_BASIC = 3
    VIDEO_RICH = 4
    MEGAPIXEL = 5
    CONTENT_BASIC = 6
    CONTENT_RICH = 7


class CoverageStatus(IntEnum):
    """Values of Coverage-Status."""

    OUT_OF_COVERAGE = 0
    IN_COVERAGE = 1


class CPCIoTEPSOptimisationIndicator(IntEnum):
    """Values of CP-CIoT-EPS-Optimisation-Indicator."""

    NOT_APPLY = 0
    APPLY = 1


class CSGAccessMode(IntEnum):
    """Values of CSG-Access-Mode."""

    CLOSED_MODE = 0
    HYBRID_MODE = 1


class CSGMembershipIndication(IntEnum):
    """Values of CSG-Membership-Indication."""

    NOT_CSG_MEMBER = 0
    CSG_MEMBER = 1


class DeliveryReportRequested(IntEnum):
    """Values of Delivery-Report-Requested."""

    NO = 0
    YES = 1


class DRMContent(IntEnum):
    """Values of DRM-Content."""

    NO = 0
    YES = 1


class DynamicAddressFlag(IntEnum):
    """Values of Dynamic-Address-Flag."""

    STATIC = 0
    DYNAMIC = 1


class DynamicAddressFlagExtension(IntEnum):
    """Values of Dynamic-Address-Flag-Extension."""

    STATIC = 0
    DYNAMIC = 1


class EnvelopeReporting(IntEnum):
    """Values of Envelope-Reporting."""

    DO_NOT_REPORT_ENVELOPES = 0
    REPORT_ENVELOPES = 1
    REPORT_ENVELOPES_WITH_VOLUME = 2
    REPORT_ENVELOPES_WITH_EVENTS = 3
    REPORT_ENVELOPES_WITH_VOLUME_AND_EVENTS = 4


class FileRepairSupported(IntEnum):
    """Values of File-Repair-Supported."""

    SUPPORTED = 1
    NOT_SUPPORTED = 2


class ForwardingPending(IntEnum):
    """Values of Forwarding-Pending."""

    FORWARDING_NOT_PENDING = 0
    FORWARDING_PENDING = 1


class IMSEmergencyIndicator(IntEnum):
    """Values of IMS-Emergency-Indicator."""

    NON_EMERGENCY = 0
    EMERGENCY = 1


class IMSIUnauthenticatedFlag(IntEnum):
    """Values of IMSI-Unauthenticated-Flag."""

    AUTHENTICATED = 0
    UNAUTHENTICATED = 1


class InterUETransfer(IntEnum):
    """Values of Inter-UE-Transfer."""

    INTRA_UE_TRANSFER = 0
    INTER_UE_TRANSFER = 1


class InterfaceType(IntEnum):
    """Values of Interface-Type."""

    UNKNOWN = 0
    MOBILE_ORIGINATING = 1
    MOBILE_TERMINATING = 2
    APPLICATION_ORIGINATING = 3
    APPLICATION_TERMINATION = 4


class IPRealmDefaultIndication(IntEnum):
    """Values of IP-Realm-Default-Indication."""

    DEFAULT_IP_REALM_NOT_USED = 0
    DEFAULT_IP_REALM_USED = 1


class LCSClientType(IntEnum):
    """Values of LCS-Client-Type."""

    EMERGENCY_SERVICES = 0
    VALUE_ADDED_SERVICES = 1
    PLMN_OPERATOR_SERVICES = 2
    LAWFUL_INTERCEPT_SERVICES = 3


class LCSFormatIndicator(IntEnum):
    """Values of LCS-Format-Indicator."""

    LOGICAL_NAME = 0
    EMAIL_ADDRESS = 1
    MSISDN = 2
    URL = 3
    SIP_URL = 4


class LocalGWInsertedIndication(IntEnum):
    """Values of Local-GW-Inserted-Indication."""

    LOCAL_GW_NOT_INSERTED = 0
    LOCAL_GW_INSERTED = 1


class LocationEstimateType(IntEnum):
    """Values of Location-Estimate-Type."""

    CURRENT_LOCATION = 0
    CURRENT_LAST_KNOWN_LOCATION = 1
    INITIAL_LOCATION = 2
    ACTIVATE_DEFERRED_LOCATION = 3
    CANCEL_DEFERRED_LOCATION = 4


class LowBalanceIndication(IntEnum):
    """Values of Low-Balance-Indication."""

    NOT_APPLICABLE = 0
    YES = 1


class LowPriorityIndicator(IntEnum):
    """Values of Low-Priority-Indicator."""

    NO = 0
    YES = 1


class MBMSChargedParty(IntEnum):
    """Values of MBMS-Charged-Party."""

    CONTENT_PROVIDER = 0
    SUBSCRIBER = 1


class MBMSUserServiceType(IntEnum):
    """Values of MBMS-User-Service-Type."""

    DOWNLOAD = 1
    STREAMING = 2


class MediaInitiatorFlag(IntEnum):
    """Values of Media-Initiator-Flag."""

    CALLED_PARTY = 0
    CALLING_PARTY = 1
    UNKNOWN = 2


class MessageType(IntEnum):
    """Values of Message-Type."""

    M_SEND_REQ = 1
    M_SEND_CONF = 2
    M_NOTIFICATION_IND = 3
    M_NOTIFYRESP_IND = 4
    M_RETRIEVE_CONF = 5
    M_ACKNOWLEDGE_IND = 6
    M_DELIVERY_IND = 7
    M_READ_REC_IND = 8
    M_READ_ORIG_IND = 9
    M_FORWARD_REQ = 10
    M_FORWARD_CONF = 11
    M_MBOX_STORE_CONF = 12
    M_MBOX_VIEW_CONF = 13
    M_MBOX_UPLOAD_CONF = 14
    M_MBOX_DELETE_CONF = 15


class MMBoxStorageRequested(IntEnum):
    """Values of MMBox-Storage-Requested."""

    NO = 0
    YES = 1


class MMTelSServiceType(IntEnum):
    """Values of MMTel-SService-Type."""

    OIP = 0
    OIR = 1
    TIP = 2
    TIR = 3
    HOLD = 4
    CB = 5
    CDIV = 6
    CW = 8
    MWI = 9
    CONF = 10
    FA = 11
    CCBS = 12
    CCNR = 13
    MCID = 14
    CAT = 15
    CUG = 16
    PNM = 17
    CRS = 18
    AOC = 19
    ECT = 20


class MonitoringEventConfigurationActivity(IntEnum):
    """Values of Monitoring-Event-Configuration-Activity."""

    CREATE = 0
    TRANSFER = 1
    UPDATE = 2
    DELETE = 3


class MonitoringEventFunctionality(IntEnum):
    """Values of Monitoring-Event-Functionality."""

    CONFIGURATION = 0
    REPORTING = 1


class NNIType(IntEnum):
    """Values of NNI-Type."""

    NON_ROAMING = 0
    ROAMING_WITHOUT_LOOPBACK = 1
    ROAMING_WITH_LOOPBACK = 2


class NodeFunctionality(IntEnum):
    """Values of Node-Functionality."""

    S_CSCF = 0
    P_CSCF = 1
    I_CSCF = 2
    MRFC = 3
    MGCF = 4
    BGCF = 5
    AS = 6
    IBCF = 7
    S_GW = 8
    P_GW = 9
    HSGW = 10
    E_CSCF = 11
    MME = 12
    TRF = 13
    TF = 14
    ATCF = 15
    PROXY_FUNCTION = 16
    EPDG = 17
    TDF = 18
    TWAG = 19
    SCEF = 20
    IWK_SCEF = 21


class OnlineChargingFlag(IntEnum):
    """Values of Online-Charging-Flag."""

    ECF_ADDRESS_NOT_PROVIDED = 0
    ECF_ADDRESS_PROVIDED = 1


class Originator(IntEnum):
    """Values of Originator."""

    CALLING_PARTY = 0
    CALLED_PARTY = 1


class ParticipantAccessPriority(IntEnum):
    """Values of Participant-Access-Priority."""

    PRE_EMPTIVE_PRIORITY = 1
    HIGH_PRIORITY = 2
    NORMAL_PRIORITY = 3
    LOW_PRIORITY = 4


class ParticipantActionType(IntEnum):
    """Values of Participant-Action-Type."""

    CREATE_CONF = 0
    JOIN_CONF = 1
    INVITE_INTO_CONF = 2
    QUIT_CONF = 3


class PC5RadioTechnology(IntEnum):
    """Values of PC5-Radio-Technology."""

    EUTRA = 0
    WLAN = 1
    BOTH_EUTRA_AND_WLAN = 2


class PDPContextType(IntEnum):
    """Values of PDP-Context-Type."""

    PRIMARY = 0
    SECONDARY = 1


class PlayAlternative(IntEnum):
    """Values of Play-Alternative."""

    SERVED_PARTY = 0
    REMOTE_PARTY = 1


class PoCChangeCondition(IntEnum):
    """Values of PoC-Change-Condition."""

    SERVICECHANGE = 0
    VOLUMELIMIT = 1
    TIMELIMIT = 2
    NUMBEROFTALKBURSTLIMIT = 3
    NUMBEROFACTIVEPARTICIPANTS = 4
    TARIFFTIME = 5


class PoCEventType(IntEnum):
    """Values of PoC-Event-Type."""

    NORMAL = 0
    INSTANT_PERSONAL_ALERT_EVENT = 1
    POC_GROUP_ADVERTISEMENT_EVENT = 2
    EARLY_SESSION_SETTING_UP_EVENT = 3
    POC_TALK_BURST = 4


class PoCServerRole(IntEnum):
    """Values of PoC-Server-Role."""

    PARTICIPATING_POC_SERVER = 0
    CONTROLLING_POC_SERVER = 1
    INTERWORKING_FUNCTION = 2
    INTERWORKING_SELECTION_FUNCTION = 3


class PoCSessionInitiationType(IntEnum):
    """Values of PoC-Session-Initiation-type."""

    PRE_ESTABLISHED = 0
    ON_DEMAND = 1


class PoCSessionType(IntEnum):
    """Values of PoC-Session-Type."""

    V_1_TO_1_POC_SESSION = 0
    CHAT_POC_GROUP_SESSION = 1
    PRE_ARRANGED_POC_GROUP_SESSION = 2
    AD_HOC_POC_GROUP_SESSION = 3


class PoCUserRoleInfoUnits(IntEnum):
    """Values of PoC-User-Role-Info-Units."""

    MODERATOR = 1
    DISPATCHER = 2
    SESSION_OWNER = 3
    SESSION_PARTICIPANT = 4


class Priority(IntEnum):
    """Values of Priority."""

    LOW = 0
    NORMAL = 1
    HIGH = 2


class PrivacyIndicator(IntEnum):
    """Values of Privacy-Indicator."""

    NOT_PRIVATE = 0
    PRIVATE = 1


class ProSeDirectDiscoveryModel(IntEnum):
    """Values of ProSe-Direct-Discovery-Model."""

    MODEL_A = 0
    MODEL_B = 1


class ProSeEventType(IntEnum):
    """Values of ProSe-Event-Type."""

    ANNOUNCING = 0
    MONITORING = 1
    MATCH_REPORT = 2


class ProSeFunctionality(IntEnum):
    """Values of ProSe-Functionality."""

    DIRECT_DISCOVERY = 0
    EPC_LEVEL_DISCOVERY = 1
    DIRECT_COMMUNICATION = 2


class ProSeRangeClass(IntEnum):
    """Values of ProSe-Range-Class."""

    RESERVED = 0
    V_50_M = 1
    V_100_M = 2
    V_200_M = 3
    V_500_M = 4
    V_1000_M = 5


class ProSeReasonForCancellation(IntEnum):
    """Values of ProSe-Reason-For-Cancellation."""

    PROXIMITY_ALERT_SENT = 0
    TIME_EXPIRED_WITH_NO_RENEWAL = 1
    REQUESTOR_CANCELLATION = 2


class ProSeRoleOfUE(IntEnum):
    """Values of ProSe-Role-Of-UE."""

    ANNOUNCING_UE = 0
    MONITORING_UE = 1
    REQUESTOR_UE = 2
    REQUESTED_UE = 3


class ProximityAlertIndication(IntEnum):
    """Values of Proximity-Alert-Indication."""

    ALERT = 0
    NO_ALERT = 1


class PSAppendFreeFormatData(IntEnum):
    """Values of PS-Append-Free-Format-Data."""

    APPEND = 0
    OVERWRITE = 1


class QuotaIndicator(IntEnum):
    """Values of Quota-Indicator."""

    QUOTA_IS_NOT_USED_DURING_PLAYBACK = 0
    QUOTA_IS_USED_DURING_PLAYBACK = 1


class RadioResourcesIndicator(IntEnum):
    """Values of Radio-Resources-Indicator."""

    OPERATOR_PROVIDED = 1
    CONFIGURED = 2


class RateControlTimeUnit(IntEnum):
    """Values of Rate-Control-Time-Unit."""

    UNRESTRICTED = 0
    MINUTE = 1
    HOUR = 2
    DAY = 3
    WEEK = 4


class ReadReplyReportRequested(IntEnum):
    """Values of Read-Reply-Report-Requested."""

    NO = 0
    YES = 1


class RelationshipMode(IntEnum):
    """Values of Relationship-Mode."""

    TRUSTED = 0
    NON_TRUSTED = 1


class ReplyPathRequested(IntEnum):
    """Values of Reply-Path-Requested."""

    NO_REPLY_PATH_SET = 0
    REPLY_PATH_SET = 1


class ReportingReason(IntEnum):
    """Values of Reporting-Reason."""

    THRESHOLD = 0
    QHT = 1
    FINAL = 2
    QUOTA_EXHAUSTED = 3
    VALIDITY_TIME = 4
    OTHER_QUOTA_TYPE = 5
    RATING_CONDITION_CHANGE = 6
    FORCED_REAUTHORISATION = 7
    POOL_EXHAUSTED = 8
    UNUSED_QUOTA_TIMER = 9


class RoleOfNode(IntEnum):
    """Values of Role-Of-Node."""

    ORIGINATING_ROLE = 0
    TERMINATING_ROLE = 1
    FORWARDING_ROLE = 2


class RoleOfProSeFunction(IntEnum):
    """Values of Role-Of-ProSe-Function."""

    HPLMN = 0
    VPLMN = 1
    LOCAL_PLMN = 2


class SDPType(IntEnum):
    """Values of SDP-Type."""

    SDP_OFFER = 0
    SDP_ANSWER = 1


class ServiceMode(IntEnum):
    """Values of Service-Mode."""

    CFU = 0
    CFB = 1
    CRNR = 2
    CFNL = 3
    CD = 4
    CFNRC = 5
    ICB = 6
    OCB = 7
    ACR = 8
    BLIND_TRANSFER = 9
    CONSULTATIVE_TRANSFER = 10
    V_3PTY = 11
    AOC_S = 12
    AOC_D = 13
    AOC_E = 14


class ServingNodeType(IntEnum):
    """Values of Serving-Node-Type."""

    SGSN = 0
    PMIPSGW = 1
    GTPSGW = 2
    EPDG = 3
    HSGW = 4
    MME = 5
    TWAN = 6


class SessionDirection(IntEnum):
    """Values of Session-Direction."""

    INBOUND = 0
    OUTBOUND = 1


class SGiPtPTunnellingMethod(IntEnum):
    """Values of SGi-PtP-Tunnelling-Method."""

    UDP_IP_BASED = 0
    OTHERS = 1


class SGWChange(IntEnum):
    """Values of SGW-Change."""

    ACR_START_NOT_DUE_TO_SGW_CHANGE = 0
    ACR_START_DUE_TO_SGW_CHANGE = 1


class SMDeviceTriggerIndicator(IntEnum):
    """Values of SM-Device-Trigger-Indicator."""

    NOT_DEVICETRIGGER = 0
    DEVICE_TRIGGER_REQUEST = 1
    DEVICE_TRIGGER_REPLACE = 2
    DEVICE_TRIGGER_RECALL = 3


class SMMessageType(IntEnum):
    """Values of SM-Message-Type."""

    SUBMISSION = 0
    DELIVERY_REPORT = 1
    SM_SERVICE_REQUEST = 2
    T4_DEVICE_TRIGGER = 3
    SM_DEVICE_TRIGGER = 4
    MO_SMS_T4_SUBMISSION = 5


class SMServiceType(IntEnum):
    """Values of SM-Service-Type."""

    VAS4SMS_SHORT_MESSAGE_CONTENT_PROCESSING = 0
    VAS4SMS_SHORT_MESSAGE_FORWARDING = 1
    VAS4SMS_SHORT_MESSAGE_FORWARDING_MULTIPLE_SUBSCRIPTIONS = 2
    VAS4SMS_SHORT_MESSAGE_FILTERING = 3
    VAS4SMS_SHORT_MESSAGE_RECEIPT = 4
    VAS4SMS_SHORT_MESSAGE_NETWORK_STORAGE = 5
    VAS4SMS_SHORT_MESSAGE_TO_MULTIPLE_DESTINATIONS = 6
    VAS4SMS_SHORT_MESSAGE_VIRTUAL_PRIVATE_NETWORK_VPN = 7
    VAS4SMS_SHORT_MESSAGE_AUTO_REPLY = 8
    VAS4SMS_SHORT_MESSAGE_PERSONAL_SIGNATURE = 9
    VAS4SMS_SHORT_MESSAGE_DEFERRED_DELIVERY = 10


class SMSNode(IntEnum):
    """Values of SMS-Node."""

    SMS_ROUTER = 0
    IP_SM_GW = 1
    SMS_ROUTER_AND_IP_SM_GW = 2
    SMS_SC = 3


class StatusASCode(IntEnum):
    """Values of Status-AS-Code."""

    V_4XX = 0
    V_5XX = 1
    TIMEOUT = 2


class SubscriberRole(IntEnum):
    """Values of Subscriber-Role."""

    ORIGINATING = 0
    TERMINATING = 1


class TADIdentifier(IntEnum):
    """Values of TAD-Identifier."""

    CS = 0
    PS = 1


class TimeQuotaType(IntEnum):
    """Values of Time-Quota-Type."""

    DISCRETE_TIME_PERIOD = 0
    CONTINUOUS_TIME_PERIOD = 1


class TranscoderInsertedIndication(IntEnum):
    """Values of Transcoder-Inserted-Indication."""

    TRANSCODER_NOT_INSERTED = 0
    TRANSCODER_INSERTED = 1


class TriggerType(IntEnum):
    """Values of Trigger-Type."""

    CHANGE_IN_SGSN_IP_ADDRESS = 1
    CHANGE_IN_QOS = 2
    CHANGE_IN_LOCATION = 3
    CHANGE_IN_RAT = 4
    CHANGE_IN_UE_TIMEZONE = 5
    CHANGEINQOS_TRAFFIC_CLASS = 10
    CHANGEINQOS_RELIABILITY_CLASS = 11
    CHANGEINQOS_DELAY_CLASS = 12
    CHANGEINQOS_PEAK_THROUGHPUT = 13
    CHANGEINQOS_PRECEDENCE_CLASS = 14
    CHANGEINQOS_MEAN_THROUGHPUT = 15
    CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_UPLINK = 16
    CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_DOWNLINK = 17
    CHANGEINQOS_RESIDUAL_BER = 18
    CHANGEINQOS_SDU_ERROR_RATIO = 19
    CHANGEINQOS_TRANSFER_DELAY = 20
    CHANGEINQOS_TRAFFIC_HANDLING_PRIORITY = 21
    CHANGEINQOS_GUARANTEED_BIT_RATE_FOR_UPLINK = 22
    CHANGEINQOS_GUARANTEED_BIT_RATE_FOR_DOWNLINK = 23
    CHANGEINQOS_APN_AGGREGATE_MAXIMUM_BIT_RATE = 24
    CHANGEINLOCATION_MCC = 30
    CHANGEINLOCATION_MNC = 31
    CHANGEINLOCATION_RAC = 32
    CHANGEINLOCATION_LAC = 33
    CHANGEINLOCATION_CELLID = 34
    CHANGEINLOCATION_TAC = 35
    CHANGEINLOCATION_ECGI = 36
    CHANGE_IN_MEDIA_COMPOSITION = 40
    CHANGE_IN_PARTICIPANTS_NMB = 50
    CHANGE_IN_THRSHLD_OF_PARTICIPANTS_NMB = 51
    CHANGE_IN_USER_PARTICIPATING_TYPE = 52
    CHANGE_IN_SERVICE_CONDITION = 60
    CHANGE_IN_SERVING_NODE = 61
    CHANGE_IN_ACCESS_FOR_A_SERVICE_DATA_FLOW = 62
    CHANGE_IN_USER_CSG_INFORMATION = 70
    CHANGE_IN_HYBRID_SUBSCRIBED_USER_CSG_INFORMATION = 71
    CHANGE_IN_HYBRID_UNSUBSCRIBED_USER_CSG_INFORMATION = 72
    CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA = 73
    CHANGE_IN_SERVING_PLMN_RATE_CONTROL = 74
    CHANGE_IN_APN_RATE_CONTROL = 75
    CHANGE_IN_3GPP_PS_DATA_OFF = 76


class TypeNumber(IntEnum):
    """Values of Type-Number."""

    ANY_ANY = 0
    TEXT_ANY = 1
    TEXT_HTML = 2
    TEXT_PLAIN = 3
    TEXT_X_HDML = 4
    TEXT_X_TTML = 5
    TEXT_X_VCALENDAR = 6
    TEXT_X_VCARD = 7
    TEXT_VND_WAP_WML = 8
    TEXT_VND_WAP_WMLSCRIPT = 9
    TEXT_VND_WAP_WTA_EVENT = 10
    MULTIPART_ANY = 11
    MULTIPART_MIXED = 12
    MULTIPART_FORM_DATA = 13
    MULTIPART_BYTERANGES = 14
    MULTIPART_ALTERNATIVE = 15
    APPLICATION_ANY = 16
    APPLICATION_JAVA_VM = 17
    APPLICATION_X_WWW_FORM_URLENCODED = 18
    APPLICATION_X_HDMLC = 19
    APPLICATION_VND_WAP_WMLC = 20
    APPLICATION_VND_WAP_WMLSCRIPTC = 21
    APPLICATION_VND_WAP_WTA_EVENTC = 22
    APPLICATION_VND_WAP_UAPROF = 23
    APPLICATION_VND_WAP_WTLS_CA_CERTIFICATE = 24
    APPLICATION_VND_WAP_WTLS_USER_CERTIFICATE = 25
    APPLICATION_X_X509_CA_CERT = 26
    APPLICATION_X_X509_USER_CERT = 27
    IMAGE_ANY = 28
    IMAGE_GIF = 29
    IMAGE_JPEG = 30
    IMAGE_TIFF = 31
    IMAGE_PNG = 32
    IMAGE_VND_WAP_WBMP = 33
    APPLICATION_VND_WAP_MULTIPART_ANY = 34
    APPLICATION_VND_WAP_MULTIPART_MIXED = 35
    APPLICATION_VND_WAP_MULTIPART_FORM_DATA = 36
    APPLICATION_VND_WAP_MULTIPART_BYTERANGES = 37
    APPLICATION_VND_WAP_MULTIPART_ALTERNATIVE = 38
    APPLICATION_XML = 39
    TEXT_XML = 40
    APPLICATION_VND_WAP_WBXML = 41
    APPLICATION_X_X968_CROSS_CERT = 42
    APPLICATION_X_X968_CA_CERT = 43
    APPLICATION_X_X968_USER_CERT = 44
    TEXT_VND_WAP_SI = 45
    APPLICATION_VND_WAP_SIC = 46
    TEXT_VND_WAP_SL = 47
    APPLICATION_VND_WAP_SLC = 48
    TEXT_VND_WAP_CO = 49
    APPLICATION_VND_WAP_COC = 50
    APPLICATION_VND_WAP_MULTIPART_RELATED = 51
    APPLICATION_VND_WAP_SIA = 52
    TEXT_VND_WAP_CONNECTIVITY_XML = 53
    APPLICATION_VND_WAP_CONNECTIVITY_WBXML = 54
    APPLICATION_PKCS7_MIME = 55
    APPLICATION_VND_WAP_HASHED_CERTIFICATE = 56
    APPLICATION_VND_WAP_SIGNED_CERTIFICATE = 57
    APPLICATION_VND_WAP_CERT_RESPONSE = 58
    APPLICATION_XHTML_XML = 59
    APPLICATION_WML_XML = 60
    TEXT_CSS = 61
    APPLICATION_VND_WAP_MMS_MESSAGE = 62
    APPLICATION_VND_WAP_ROLLOVER_CERTIFICATE = 63
    APPLICATION_VND_WAP_LOCC_WBXML = 64
    APPLICATION_VND_WAP_LOC_XML = 65
    APPLICATION_VND_SYNCML_DM_WBXML = 66
    APPLICATION_VND_SYNCML_DM_XML = 67
    APPLICATION_VND_SYNCML_NOTIFICATION = 68
    APPLICATION_VND_WAP_XHTML_XML = 69
    APPLICATION_VND_WV_CSP_CIR = 70
    APPLICATION_VND_OMA_DD_XML = 71
    APPLICATION_VND_OMA_DRM_MESSAGE = 72
    APPLICATION_VND_OMA_DRM_CONTENT = 73
    APPLICATION_VND_OMA_DRM_RIGHTS_XML = 74
    APPLICATION_VND_OMA_DRM_RIGHTS_WBXML = 75
    APPLICATION_VND_WV_CSP_XML = 76
    APPLICATION_VND_WV_CSP_WBXML = 77
    APPLICATION_VND_SYNCML_DS_NOTIFICATION = 78
    AUDIO_ANY = 79
    VIDEO_ANY = 80
    APPLICATION_VND_OMA_DD2_XML = 81
    APPLICATION_MIKEY = 82
    APPLICATION_VND_OMA_DCD = 83
    APPLICATION_VND_OMA_DCDC = 84
    TEXT_X_VMESSAGE = 85
    APPLICATION_VND_OMADS_EMAIL_WBXML = 86
    TEXT_X_VBOOKMARK = 87
    APPLICATION_VND_SYNCML_DM_NOTIFICATION = 88
    APPLICATION_OCTET_STREAM = 90
    APPLICATION_VND_UPLANET_CACHEOP_WBXML = 513
    APPLICATION_VND_UPLANET_SIGNAL = 514
    APPLICATION_VND_UPLANET_ALERT_WBXML = 515
    APPLICATION_VND_UPLANET_LIST_WBXML = 516
    APPLICATION_VND_UPLANET_LISTCMD_WBXML = 517
    APPLICATION_VND_UPLANET_CHANNEL_WBXML = 518
    APPLICATION_VND_UPLANET_PROVISIONING_STATUS_URI = 519
    X_WAP_MULTIPART_VND_UPLANET_HEADER_SET = 520
    APPLICATION_VND_UPLANET_BEARER_CHOICE_WBXML = 521
    APPLICATION_VND_PHONECOM_MMC_WBXML = 522
    APPLICATION_VND_NOKIA_SYNCSET_WBXML = 523
    IMAGE_X_UP_WPNG = 524
    APPLICATION_IOTA_MMC_WBXML = 768
    APPLICATION_IOTA_MMC_XML = 769
    APPLICATION_VND_OMALOC_SUPL_INIT = 786


class UNIPDUCPOnlyFlag(IntEnum):
    """Values of UNI-PDU-CP-Only-Flag."""

    UNI_PDU_BOTH_UP_CP = 0
    UNI_PDU_CP_ONLY = 1


class UserParticipatingType(IntEnum):
    """Values of User-Participating-Type."""

    NORMAL = 0
    NW_POC_BOX = 1
    UE_POC_BOX = 2


class VariablePartType(IntEnum):
    """Values of Variable-Part-Type."""

    INTEGER = 0
    NUMBER = 1
    TIME = 2
    DATE = 3
    CURRENCY = 4


class ApplicationServiceType(IntEnum):
    """Values of Application-Service-Type."""

    SENDING = 100
    RECEIVING = 101
    RETRIEVAL = 102
    INVITING = 103
    LEAVING = 104
    JOINING = 105


class ProtocolType(IntEnum):
    """Values of Protocol-Type."""

    HTTP = 0
    COAP = 1
    MQTT = 2
    WEBSOCKET = 3


class RequestOperation(IntEnum):
    """Values of Request-Operation."""

    CREATE = 1
    RETRIEVE = 2
    UPDATE = 3
    DELETE = 4
    NOTIFY = 5


class ResponseStatusCode(IntEnum):
    """Values of Response-Status-Code."""

    ACCEPTED = 1000
    ACCEPTED_FOR_NONBLOCKINGREQUESTSYNCH = 1001
    ACCEPTED_FOR_NONBLOCKINGREQUESTASYNCH = 1002
    OK = 2000
    CREATED = 2001
    DELETED = 2002
    UPDATED = 2004
    BAD_REQUEST = 4000
    RELEASE_VERSION_NOT_SUPPORTED = 4001
    NOT_FOUND = 4004
    OPERATION_NOT_ALLOWED = 4005
    REQUEST_TIMEOUT = 4008
    UNSUPPORTED_MEDIA_TYPE = 4015
    SUBSCRIPTION_CREATOR_HAS_NO_PRIVILEGE = 4101
    CONTENTS_UNACCEPTABLE = 4102
    ORIGINATOR_HAS_NO_PRIVILEGE = 4103
    GROUP_REQUEST_IDENTIFIER_EXISTS = 4104
    CONFLICT = 4105
    ORIGINATOR_NOT_AUTHENTICATED = 4106
    SECURITY_ASSOCIATION_REQUIRED = 4107
    INVALID_CHILD_RESOURCE_TYPE = 4108
    NO_MEMBERS = 4109
    GROUP_MEMBER_TYPE_INCONSISTENT = 4110
    ESPRIM_UNSUPPORTED_OPTION = 4111
    ESPRIM_UNKNOWN_KEY_ID = 4112
    ESPRIM_UNKNOWN_ORIG_RAND_ID = 4113
    ESPRIM_UNKNOWN_RECV_RAND_ID = 4114
    ESPRIM_BAD_MAC = 4115
    ESPRIM_IMPERSONATION_ERROR = 4116
    ORIGINATOR_HAS_ALREADY_REGISTERED = 4117
    ONTOLOGY_NOT_AVAILABLE = 4118
    LINKED_SEMANTICS_NOT_AVAILABLE = 4119
    INVALID_SEMANTICS = 4120
    MASHUP_MEMBER_NOT_FOUND = 4121
    INVALID_TRIGGER_PURPOSE = 4122
    ILLEGAL_TRANSACTION_STATE_TRANSITION_ATTEMPTED = 4123
    BLOCKING_SUBSCRIPTION_ALREADY_EXISTS = 4124
    SPECIALIZATION_SCHEMA_NOT_FOUND = 4125
    APP_RULE_VALIDATION_FAILED = 4126
    OPERATION_DENIED_BY_REMOTE_ENTITY = 4127
    SERVICE_SUBSCRIPTION_NOT_ESTABLISHED = 4128
    ONTOLOGY_MAPPING_ALGORITHM_NOT_AVAILABLE = 4130
    ONTOLOGY_MAPPING_POLICY_NOT_MATCHED = 4131
    ONTOLOGY_MAPPING_NOT_AVAILABLE = 4132
    BAD_FACT_INPUTS_FOR_REASONING = 4133
    BAD_RULE_INPUTS_FOR_REASONING = 4134
    DISCOVERY_LIMIT_EXCEEDED = 4135
    PRIMITIVE_PROFILE_NOT_ACCESSIBLE = 4136
    PRIMITIVE_PROFILE_BAD_REQUEST = 4137
    UNAUTHORIZED_USER = 4138
    SERVICE_SUBSCRIPTION_NOT_ACTIVE = 4139
    SOFTWARE_CAMPAIGN_CONFLICT = 4140
    SERVICE_SUBSCRIPTION_LIMITS_EXCEEDED = 4141
    INVALID_PROCESS_CONFIGURATION = 4142
    INVALID_SPARQL_QUERY = 4143
    INTERNAL_SERVER_ERROR = 5000
    NOT_IMPLEMENTED = 5001
    TARGET_NOT_REACHABLE = 5103
    RECEIVER_HAS_NO_PRIVILEGE = 5105
    ALREADY_EXISTS = 5106
    REMOTE_ENTITY_NOT_REACHABLE = 5107
    TARGET_NOT_SUBSCRIBABLE = 5203
    SUBSCRIPTION_VERIFICATION_INITIATION_FAILED = 5204
    SUBSCRIPTION_HOST_HAS_NO_PRIVILEGE = 5205
    NON_BLOCKING_SYNCH_REQUEST_NOT_SUPPORTED = 5206
    NOT_ACCEPTABLE = 5207
    DISCOVERY_DENIED_BY_IPE = 5208
    GROUP_MEMBERS_NOT_RESPONDED = 5209
    ESPRIM_DECRYPTION_ERROR = 5210
    ESPRIM_ENCRYPTION_ERROR = 5211
    SPARQL_UPDATE_ERROR = 5212
    TARGET_HAS_NO_SESSION_CAPABILITY = 5214
    SESSION_IS_ONLINE = 5215
    JOIN_MULTICAST_GROUP_FAILED = 5216
    LEAVE_MULTICAST_GROUP_FAILED = 5217
    TRIGGERING_DISABLED_FOR_RECIPIENT = 5218
    UNABLE_TO_REPLACE_REQUEST = 5219
    UNABLE_TO_RECALL_REQUEST = 5220
    CROSS_RESOURCE_OPERATION_FAILURE = 5221
    TRANSACTION_PROCESSING_IS_INCOMPLETE = 5222
    ONTOLOGY_MAPPING_ALGORITHM_FAILED = 5230
    ONTOLOGY_CONVERSION_FAILED = 5231
    REASONING_PROCESSING_FAILED = 5232
    NIDD_CONFIGURATION_PROCESS_INCOMPLETE = 5233
    EXTERNAL_OBJECT_NOT_REACHABLE = 6003
    EXTERNAL_OBJECT_NOT_FOUND = 6005
    MAX_NUMBER_OF_MEMBER_EXCEEDED = 6010
    MGMT_SESSION_CANNOT_BE_ESTABLISHED = 6020
    MGMT_SESSION_ESTABLISHMENT_TIMEOUT = 6021
    INVALID_CMDTYPE = 6022
    INVALID_ARGUMENTS = 6023
    INSUFFICIENT_ARGUMENTS = 6024
    MGMT_CONVERSION_ERROR = 6025
    MGMT_CANCELLATION_FAILED = 6026
    ALREADY_COMPLETE = 6028
    MGMT_COMMAND_NOT_CANCELLABLE = 6029
    EXTERNAL_OBJECT_NOT_REACHABLE_BEFORE_RQET_TIMEOUT = 6030
    EXTERNAL_OBJECT_NOT_REACHABLE_BEFORE_OET_TIMEOUT = 6031
    NETWORK_QOS_CONFIG_ERROR = 6033
    REQUESTED_ACTIVITY_PATTERN_NOT_PERMITTED = 6034


class ExperimentalResultCode(IntEnum):
    """Values of Experimental-Result-Code (an AVP of diameter.apps.base) with Vendor-Id 10415; a value two
    specifications name differently has the first name, the others as aliases."""

    DIAMETER_PCC_BEARER_EVENT = 4141
    DIAMETER_BEARER_EVENT = 4142
    DIAMETER_AN_GW_FAILED = 4143
    DIAMETER_PENDING_TRANSACTION = 4144
    DIAMETER_ERROR_INITIAL_PARAMETERS = 5140
    DIAMETER_ERROR_TRIGGER_EVENT = 5141
    DIAMETER_PCC_RULE_EVENT = 5142
    DIAMETER_ERROR_BEARER_NOT_AUTHORIZED = 5143
    DIAMETER_ERROR_TRAFFIC_MAPPING_INFO_REJECTED = 5144
    DIAMETER_QOS_RULE_EVENT = 5145
    DIAMETER_ERROR_CONFLICTING_REQUEST = 5147
    DIAMETER_ADC_RULE_EVENT = 5148
    DIAMETER_ERROR_NBIFOM_NOT_AUTHORIZED = 5149
    REQUESTED_SERVICE_TEMPORARILY_NOT_AUTHORIZED = 4261
    INVALID_SERVICE_INFORMATION = 5061
    FILTER_RESTRICTIONS = 5062
    REQUESTED_SERVICE_NOT_AUTHORIZED = 5063
    DUPLICATED_AF_SESSION = 5064
    IP_CAN_SESSION_NOT_AVAILABLE = 5065
    UNAUTHORIZED_NON_EMERGENCY_SESSION = 5066
    UNAUTHORIZED_SPONSORED_DATA_CONNECTIVITY = 5067
    TEMPORARY_NETWORK_FAILURE = 5068
    DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS = 4241
    DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS = 5570
    DIAMETER_FIRST_REGISTRATION = 2001
    DIAMETER_SUBSEQUENT_REGISTRATION = 2002
    DIAMETER_UNREGISTERED_SERVICE = 2003
    DIAMETER_SUCCESS_SERVER_NAME_NOT_STORED = 2004
    DIAMETER_ERROR_USER_UNKNOWN = 5001
    DIAMETER_ERROR_IDENTITIES_DONT_MATCH = 5002
    DIAMETER_ERROR_IDENTITY_NOT_REGISTERED = 5003
    DIAMETER_ERROR_ROAMING_NOT_ALLOWED = 5004
    DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED = 5005
    DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED = 5006
    DIAMETER_ERROR_IN_ASSIGNMENT_TYPE = 5007
    DIAMETER_ERROR_TOO_MUCH_DATA = 5008
    DIAMETER_ERROR_NOT_SUPPORTED_USER_DATA = 5009
    DIAMETER_ERROR_FEATURE_UNSUPPORTED = 5011
    DIAMETER_ERROR_SERVING_NODE_FEATURE_UNSUPPORTED = 5012
    DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE = 4181
    DIAMETER_ERROR_CAMEL_SUBSCRIPTION_PRESENT = 4182
    DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION = 5420
    DIAMETER_ERROR_RAT_NOT_ALLOWED = 5421
    DIAMETER_ERROR_EQUIPMENT_UNKNOWN = 5422
    DIAMETER_ERROR_UNKNOWN_SERVING_NODE = 5423
    DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION = 5450
    DIAMETER_ERROR_USER_NO_APN_SUBSCRIPTION = 5451
    DIAMETER_ERROR_RAT_TYPE_NOT_ALLOWED = 5452
    DIAMETER_ERROR_LATE_OVERLAPPING_REQUEST = 5453
    DIAMETER_ERROR_TIMED_OUT_REQUEST = 5454
    DIAMETER_ERROR_ILLEGAL_EQUIPMENT = 5554
    DIAMETER_USER_DATA_NOT_AVAILABLE = 4100
    DIAMETER_PRIOR_UPDATE_IN_PROGRESS = 4101
    DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED = 5100
    DIAMETER_ERROR_OPERATION_NOT_ALLOWED = 5101
    DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ = 5102
    DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED = 5103
    DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED = 5104
    DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC = 5105
    DIAMETER_ERROR_SUBS_DATA_ABSENT = 5106
    DIAMETER_ERROR_NO_SUBSCRIPTION_TO_DATA = 5107
    DIAMETER_ERROR_DSAI_NOT_AVAILABLE = 5108


# AVPs: name, code, data format, flags that MUST be set, vendor
TGPP_IMSI: Final[AvpDef[str]] = AvpDef("3GPP-IMSI", 1, UTF8STRING, 0, vendor=10415)
TGPP_CHARGING_ID: Final[AvpDef[bytes]] = AvpDef("3GPP-Charging-Id", 2, OCTET_STRING, 0, vendor=10415)
TGPP_PDP_TYPE: Final[AvpDef[int]] = AvpDef("3GPP-PDP-Type", 3, ENUMERATED, 0, vendor=10415, enum=TGPPPDPType)
TGPP_CG_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-CG-Address", 4, OCTET_STRING, 0, vendor=10415)
TGPP_GPRS_NEGOTIATED_QOS_PROFILE: Final[AvpDef[str]] = AvpDef("3GPP-GPRS-Negotiated-QoS-Profile", 5, UTF8STRING, 0, vendor=10415)
TGPP_SGSN_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-SGSN-Address", 6, OCTET_STRING, 0, vendor=10415)
TGPP_GGSN_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-GGSN-Address", 7, OCTET_STRING, 0, vendor=10415)
TGPP_IMSI_MCC_MNC: Final[AvpDef[str]] = AvpDef("3GPP-IMSI-MCC-MNC", 8, UTF8STRING, 0, vendor=10415)
TGPP_GGSN_MCC_MNC: Final[AvpDef[str]] = AvpDef("3GPP-GGSN-MCC-MNC", 9, UTF8STRING, 0, vendor=10415)
TGPP_NSAPI: Final[AvpDef[bytes]] = AvpDef("3GPP-NSAPI", 10, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_STOP_INDICATOR: Final[AvpDef[bytes]] = AvpDef("3GPP-Session-Stop-Indicator", 11, OCTET_STRING, 0, vendor=10415)
TGPP_SELECTION_MODE: Final[AvpDef[str]] = AvpDef("3GPP-Selection-Mode", 12, UTF8STRING, 0, vendor=10415)
TGPP_CHARGING_CHARACTERISTICS: Final[AvpDef[str]] = AvpDef("3GPP-Charging-Characteristics", 13, UTF8STRING, 0, vendor=10415)
TGPP_CG_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-CG-Ipv6-Address", 14, OCTET_STRING, 0, vendor=10415)
TGPP_SGSN_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-SGSN-Ipv6-Address", 15, OCTET_STRING, 0, vendor=10415)
TGPP_GGSN_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-GGSN-Ipv6-Address", 16, OCTET_STRING, 0, vendor=10415)
TGPP_IPV6_DNS_SERVERS: Final[AvpDef[bytes]] = AvpDef("3GPP-Ipv6-DNS-Servers", 17, OCTET_STRING, 0, vendor=10415)
TGPP_SGSN_MCC_MNC: Final[AvpDef[str]] = AvpDef("3GPP-SGSN-MCC-MNC", 18, UTF8STRING, 0, vendor=10415)
TGPP_IMEISV: Final[AvpDef[bytes]] = AvpDef("3GPP-IMEISV", 20, OCTET_STRING, 0, vendor=10415)
TGPP_RAT_TYPE: Final[AvpDef[bytes]] = AvpDef("3GPP-RAT-Type", 21, OCTET_STRING, 0, vendor=10415)
TGPP_USER_LOCATION_INFO: Final[AvpDef[bytes]] = AvpDef("3GPP-User-Location-Info", 22, OCTET_STRING, 0, vendor=10415)
TGPP_MS_TIMEZONE: Final[AvpDef[bytes]] = AvpDef("3GPP-MS-TimeZone", 23, OCTET_STRING, 0, vendor=10415)
TGPP_CAMEL_CHARGING_INFO: Final[AvpDef[bytes]] = AvpDef("3GPP-CAMEL-Charging-Info", 24, OCTET_STRING, 0, vendor=10415)
TGPP_PACKET_FILTER: Final[AvpDef[bytes]] = AvpDef("3GPP-Packet-Filter", 25, OCTET_STRING, 0, vendor=10415)
TGPP_NEGOTIATED_DSCP: Final[AvpDef[bytes]] = AvpDef("3GPP-Negotiated-DSCP", 26, OCTET_STRING, 0, vendor=10415)
TGPP_ALLOCATE_IP_TYPE: Final[AvpDef[bytes]] = AvpDef("3GPP-Allocate-IP-Type", 27, OCTET_STRING, 0, vendor=10415)
TWAN_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("TWAN-Identifier", 29, OCTET_STRING, 0, vendor=10415)
TGPP_USER_LOCATION_INFO_TIME: Final[AvpDef[bytes]] = AvpDef("3GPP-User-Location-Info-Time", 30, OCTET_STRING, 0, vendor=10415)
TGPP_SECONDARY_RAT_USAGE: Final[AvpDef[bytes]] = AvpDef("3GPP-Secondary-RAT-Usage", 31, OCTET_STRING, 0, vendor=10415)
TGPP_UE_LOCAL_IP_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-UE-Local-IP-Address", 32, OCTET_STRING, 0, vendor=10415)
TGPP_UE_SOURCE_PORT: Final[AvpDef[bytes]] = AvpDef("3GPP-UE-Source-Port", 33, OCTET_STRING, 0, vendor=10415)
TMGI: Final[AvpDef[bytes]] = AvpDef("TMGI", 900, OCTET_STRING, M, vendor=10415)
REQUIRED_MBMS_BEARER_CAPABILITIES: Final[AvpDef[str]] = AvpDef("Required-MBMS-Bearer-Capabilities", 901, UTF8STRING, M, vendor=10415)
MBMS_STARTSTOP_INDICATION: Final[AvpDef[int]] = AvpDef("MBMS-StartStop-Indication", 902, ENUMERATED, M, vendor=10415, enum=MBMSStartStopIndication)
MBMS_SERVICE_AREA: Final[AvpDef[bytes]] = AvpDef("MBMS-Service-Area", 903, OCTET_STRING, M, vendor=10415)
MBMS_SESSION_DURATION: Final[AvpDef[bytes]] = AvpDef("MBMS-Session-Duration", 904, OCTET_STRING, M, vendor=10415)
ALTERNATIVE_APN: Final[AvpDef[str]] = AvpDef("Alternative-APN", 905, UTF8STRING, M, vendor=10415)
MBMS_SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("MBMS-Service-Type", 906, ENUMERATED, M, vendor=10415, enum=MBMSServiceType)
MBMS_2G_3G_INDICATOR: Final[AvpDef[int]] = AvpDef("MBMS-2G-3G-Indicator", 907, ENUMERATED, M, vendor=10415, enum=MBMS2G3GIndicator)
MBMS_SESSION_IDENTITY: Final[AvpDef[bytes]] = AvpDef("MBMS-Session-Identity", 908, OCTET_STRING, M, vendor=10415)
RAI: Final[AvpDef[str]] = AvpDef("RAI", 909, UTF8STRING, M, vendor=10415)
ADDITIONAL_MBMS_TRACE_INFO: Final[AvpDef[bytes]] = AvpDef("Additional-MBMS-Trace-Info", 910, OCTET_STRING, M, vendor=10415)
MBMS_TIME_TO_DATA_TRANSFER: Final[AvpDef[bytes]] = AvpDef("MBMS-Time-To-Data-Transfer", 911, OCTET_STRING, M, vendor=10415)
MBMS_SESSION_REPETITION_NUMBER: Final[AvpDef[bytes]] = AvpDef("MBMS-Session-Repetition-Number", 912, OCTET_STRING, M, vendor=10415)
MBMS_REQUIRED_QOS: Final[AvpDef[str]] = AvpDef("MBMS-Required-QoS", 913, UTF8STRING, M, vendor=10415)
MBMS_COUNTING_INFORMATION: Final[AvpDef[int]] = AvpDef("MBMS-Counting-Information", 914, ENUMERATED, M, vendor=10415, enum=MBMSCountingInformation)
MBMS_USER_DATA_MODE_INDICATION: Final[AvpDef[int]] = AvpDef("MBMS-User-Data-Mode-Indication", 915, ENUMERATED, M, vendor=10415, enum=MBMSUserDataModeIndication)
MBMS_GGSN_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-GGSN-Address", 916, OCTET_STRING, M, vendor=10415)
MBMS_GGSN_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-GGSN-Ipv6-Address", 917, OCTET_STRING, M, vendor=10415)
MBMS_BMSC_SSM_IP_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-BMSC-SSM-IP-Address", 918, OCTET_STRING, M, vendor=10415)
MBMS_BMSC_SSM_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-BMSC-SSM-Ipv6-Address", 919, OCTET_STRING, M, vendor=10415)
MBMS_FLOW_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("MBMS-Flow-Identifier", 920, OCTET_STRING, M, vendor=10415)
CN_IP_MULTICAST_DISTRIBUTION: Final[AvpDef[int]] = AvpDef("CN-IP-Multicast-Distribution", 921, ENUMERATED, M, vendor=10415, enum=CNIPMulticastDistribution)
MBMS_HC_INDICATOR: Final[AvpDef[int]] = AvpDef("MBMS-HC-Indicator", 922, ENUMERATED, M, vendor=10415, enum=MBMSHCIndicator)
MBMS_ACCESS_INDICATOR: Final[AvpDef[int]] = AvpDef("MBMS-Access-Indicator", 923, ENUMERATED, M, vendor=10415, enum=MBMSAccessIndicator)
MBMS_GW_SSM_IP_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-GW-SSM-IP-Address", 924, OCTET_STRING, 0, vendor=10415)
MBMS_GW_SSM_IPV6_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MBMS-GW-SSM-IPv6-Address", 925, OCTET_STRING, 0, vendor=10415)
MBMS_BMSC_SSM_UDP_PORT: Final[AvpDef[bytes]] = AvpDef("MBMS-BMSC-SSM-UDP-Port", 926, OCTET_STRING, 0, vendor=10415)
MBMS_GW_UDP_PORT: Final[AvpDef[bytes]] = AvpDef("MBMS-GW-UDP-Port", 927, OCTET_STRING, 0, vendor=10415)
MBMS_GW_UDP_PORT_INDICATOR: Final[AvpDef[int]] = AvpDef("MBMS-GW-UDP-Port-Indicator", 928, ENUMERATED, 0, vendor=10415, enum=MBMSGWUDPPortIndicator)
MBMS_DATA_TRANSFER_START: Final[AvpDef[int]] = AvpDef("MBMS-Data-Transfer-Start", 929, UNSIGNED64, 0, vendor=10415)
MBMS_DATA_TRANSFER_STOP: Final[AvpDef[int]] = AvpDef("MBMS-Data-Transfer-Stop", 930, UNSIGNED64, 0, vendor=10415)
MBMS_FLAGS: Final[AvpDef[int]] = AvpDef("MBMS-Flags", 931, UNSIGNED32, 0, vendor=10415)
RESTART_COUNTER: Final[AvpDef[int]] = AvpDef("Restart-Counter", 932, UNSIGNED32, 0, vendor=10415)
DIAGNOSTIC_INFO: Final[AvpDef[int]] = AvpDef("Diagnostic-Info", 933, UNSIGNED32, 0, vendor=10415)
MBMS_CELL_LIST: Final[AvpDef[bytes]] = AvpDef("MBMS-Cell-List", 934, OCTET_STRING, 0, vendor=10415)
GBA_USERSECSETTINGS: Final[AvpDef[bytes]] = AvpDef("GBA-UserSecSettings", 400, OCTET_STRING, M, vendor=10415)
TRANSACTION_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Transaction-Identifier", 401, OCTET_STRING, M, vendor=10415)
NAF_ID: Final[AvpDef[bytes]] = AvpDef("NAF-Id", 402, OCTET_STRING, M, vendor=10415)
GAA_SERVICE_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("GAA-Service-Identifier", 403, OCTET_STRING, M, vendor=10415)
KEY_EXPIRYTIME: Final[AvpDef[datetime]] = AvpDef("Key-ExpiryTime", 404, TIME, M, vendor=10415)
ME_KEY_MATERIAL: Final[AvpDef[bytes]] = AvpDef("ME-Key-Material", 405, OCTET_STRING, M, vendor=10415)
UICC_KEY_MATERIAL: Final[AvpDef[bytes]] = AvpDef("UICC-Key-Material", 406, OCTET_STRING, M, vendor=10415)
GBA_U_AWARENESS_INDICATOR: Final[AvpDef[int]] = AvpDef("GBA_U-Awareness-Indicator", 407, ENUMERATED, M, vendor=10415, enum=GBAUAwarenessIndicator)
BOOTSTRAPINFOCREATIONTIME: Final[AvpDef[datetime]] = AvpDef("BootstrapInfoCreationTime", 408, TIME, M, vendor=10415)
GUSS_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("GUSS-Timestamp", 409, TIME, 0, vendor=10415)
GBA_TYPE: Final[AvpDef[int]] = AvpDef("GBA-Type", 410, ENUMERATED, M, vendor=10415, enum=GBAType)
UE_ID: Final[AvpDef[bytes]] = AvpDef("UE-Id", 411, OCTET_STRING, M, vendor=10415)
UE_ID_TYPE: Final[AvpDef[int]] = AvpDef("UE-Id-Type", 412, ENUMERATED, M, vendor=10415, enum=UEIdType)
UICC_APP_LABEL: Final[AvpDef[bytes]] = AvpDef("UICC-App-Label", 413, OCTET_STRING, M, vendor=10415)
UICC_ME: Final[AvpDef[int]] = AvpDef("UICC-ME", 414, ENUMERATED, M, vendor=10415, enum=UICCME)
REQUESTED_KEY_LIFETIME: Final[AvpDef[datetime]] = AvpDef("Requested-Key-Lifetime", 415, TIME, M, vendor=10415)
PRIVATE_IDENTITY_REQUEST: Final[AvpDef[int]] = AvpDef("Private-Identity-Request", 416, ENUMERATED, M, vendor=10415, enum=PrivateIdentityRequest)
GBA_PUSH_INFO: Final[AvpDef[bytes]] = AvpDef("GBA-Push-Info", 417, OCTET_STRING, M, vendor=10415)
NAF_SA_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("NAF-SA-Identifier", 418, OCTET_STRING, M, vendor=10415)
SECURITY_FEATURE_REQUEST: Final[AvpDef[bytes]] = AvpDef("Security-Feature-Request", 419, OCTET_STRING, M, vendor=10415)
SECURITY_FEATURE_RESPONSE: Final[AvpDef[bytes]] = AvpDef("Security-Feature-Response", 420, OCTET_STRING, M, vendor=10415)
COMMUNICATION_FAILURE_INFORMATION: Final[AvpDef[CommunicationFailureInformation]] = AvpDef("Communication-Failure-Information", 4300, GROUPED, M, vendor=10415)
CAUSE_TYPE: Final[AvpDef[int]] = AvpDef("Cause-Type", 4301, UNSIGNED32, M, vendor=10415, enum=CauseType)
S1AP_CAUSE: Final[AvpDef[int]] = AvpDef("S1AP-Cause", 4302, UNSIGNED32, M, vendor=10415)
RANAP_CAUSE: Final[AvpDef[int]] = AvpDef("RANAP-Cause", 4303, UNSIGNED32, M, vendor=10415)
BSSGP_CAUSE: Final[AvpDef[int]] = AvpDef("BSSGP-Cause", 4309, UNSIGNED32, M, vendor=10415)
GMM_CAUSE: Final[AvpDef[int]] = AvpDef("GMM-Cause", 4304, UNSIGNED32, M, vendor=10415)
SM_CAUSE: Final[AvpDef[int]] = AvpDef("SM-Cause", 4305, UNSIGNED32, M, vendor=10415)
NUMBER_OF_UE_PER_LOCATION_CONFIGURATION: Final[AvpDef[NumberOfUEPerLocationConfiguration]] = AvpDef("Number-Of-UE-Per-Location-Configuration", 4306, GROUPED, M, vendor=10415)
NUMBER_OF_UE_PER_LOCATION_REPORT: Final[AvpDef[NumberOfUEPerLocationReport]] = AvpDef("Number-Of-UE-Per-Location-Report", 4307, GROUPED, M, vendor=10415)
UE_COUNT: Final[AvpDef[int]] = AvpDef("UE-Count", 4308, UNSIGNED32, M, vendor=10415)
CONNECTION_ACTION: Final[AvpDef[int]] = AvpDef("Connection-Action", 4314, UNSIGNED32, M, vendor=10415, enum=ConnectionAction)
NON_IP_DATA: Final[AvpDef[bytes]] = AvpDef("Non-IP-Data", 4315, OCTET_STRING, M, vendor=10415)
SERVING_PLMN_RATE_CONTROL: Final[AvpDef[ServingPLMNRateControl]] = AvpDef("Serving-PLMN-Rate-Control", 4310, GROUPED, M, vendor=10415)
DOWNLINK_RATE_LIMIT: Final[AvpDef[int]] = AvpDef("Downlink-Rate-Limit", 4312, UNSIGNED32, M, vendor=10415)
UPLINK_RATE_LIMIT: Final[AvpDef[int]] = AvpDef("Uplink-Rate-Limit", 4311, UNSIGNED32, M, vendor=10415)
SCEF_WAIT_TIME: Final[AvpDef[datetime]] = AvpDef("SCEF-Wait-Time", 4316, TIME, M, vendor=10415)
CMR_FLAGS: Final[AvpDef[int]] = AvpDef("CMR-Flags", 4317, UNSIGNED32, M, vendor=10415, enum=CMRFlags)
EXTENDED_PCO: Final[AvpDef[bytes]] = AvpDef("Extended-PCO", 4313, OCTET_STRING, M, vendor=10415)
RRC_CAUSE_COUNTER: Final[AvpDef[RRCCauseCounter]] = AvpDef("RRC-Cause-Counter", 4318, GROUPED, M, vendor=10415)
COUNTER_VALUE: Final[AvpDef[int]] = AvpDef("Counter-Value", 4319, UNSIGNED32, M, vendor=10415)
RRC_COUNTER_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("RRC-Counter-Timestamp", 4320, TIME, M, vendor=10415)
TDA_FLAGS: Final[AvpDef[int]] = AvpDef("TDA-Flags", 4321, UNSIGNED32, 0, vendor=10415, enum=TDAFlags)
IDLE_STATUS_INDICATION: Final[AvpDef[IdleStatusIndication]] = AvpDef("Idle-Status-Indication", 4322, GROUPED, 0, vendor=10415)
IDLE_STATUS_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Idle-Status-Timestamp", 4323, TIME, 0, vendor=10415)
ACTIVE_TIME: Final[AvpDef[int]] = AvpDef("Active-Time", 4324, UNSIGNED32, 0, vendor=10415)
REACHABILITY_CAUSE: Final[AvpDef[int]] = AvpDef("Reachability-Cause", 4325, UNSIGNED32, 0, vendor=10415, enum=ReachabilityCause)
APN_RATE_CONTROL_STATUS: Final[AvpDef[APNRateControlStatus]] = AvpDef("APN-Rate-Control-Status", 4326, GROUPED, 0, vendor=10415)
UPLINK_NUMBER_OF_PACKETS_ALLOWED: Final[AvpDef[int]] = AvpDef("Uplink-Number-Of-Packets-Allowed", 4327, UNSIGNED32, 0, vendor=10415)
NUMBER_OF_ADDITIONAL_EXCEPTION_REPORTS: Final[AvpDef[int]] = AvpDef("Number-Of-Additional-Exception-Reports", 4328, UNSIGNED32, 0, vendor=10415)
DOWNLINK_NUMBER_OF_PACKETS_ALLOWED: Final[AvpDef[int]] = AvpDef("Downlink-Number-Of-Packets-Allowed", 4329, UNSIGNED32, 0, vendor=10415)
APN_RATE_CONTROL_STATUS_VALIDITY_TIME: Final[AvpDef[int]] = AvpDef("APN-Rate-Control-Status-Validity-Time", 4330, UNSIGNED64, 0, vendor=10415)
SERVED_USER_IDENTITY: Final[AvpDef[ServedUserIdentity]] = AvpDef("Served-User-Identity", 1100, GROUPED, M, vendor=10415)
VASP_ID: Final[AvpDef[str]] = AvpDef("VASP-ID", 1101, UTF8STRING, M, vendor=10415)
VAS_ID: Final[AvpDef[str]] = AvpDef("VAS-ID", 1102, UTF8STRING, M, vendor=10415)
TRIGGER_EVENT: Final[AvpDef[int]] = AvpDef("Trigger-Event", 1103, ENUMERATED, M, vendor=10415, enum=TriggerEvent)
SENDER_ADDRESS: Final[AvpDef[str]] = AvpDef("Sender-Address", 1104, UTF8STRING, M, vendor=10415)
INITIAL_RECIPIENT_ADDRESS: Final[AvpDef[InitialRecipientAddress]] = AvpDef("Initial-Recipient-Address", 1105, GROUPED, M, vendor=10415)
RESULT_RECIPIENT_ADDRESS: Final[AvpDef[ResultRecipientAddress]] = AvpDef("Result-Recipient-Address", 1106, GROUPED, M, vendor=10415)
SEQUENCE_NUMBER_29_140: Final[AvpDef[int]] = AvpDef("Sequence-Number-29.140", 1107, UNSIGNED32, M, vendor=10415)
RECIPIENT_ADDRESS_29_140: Final[AvpDef[str]] = AvpDef("Recipient-Address-29.140", 1108, UTF8STRING, M, vendor=10415)
ROUTEING_ADDRESS: Final[AvpDef[str]] = AvpDef("Routeing-Address", 1109, UTF8STRING, M, vendor=10415)
ORIGINATING_INTERFACE: Final[AvpDef[int]] = AvpDef("Originating-Interface", 1110, ENUMERATED, M, vendor=10415, enum=OriginatingInterface)
DELIVERY_REPORT: Final[AvpDef[int]] = AvpDef("Delivery-Report", 1111, ENUMERATED, M, vendor=10415, enum=DeliveryReport)
READ_REPLY: Final[AvpDef[int]] = AvpDef("Read-Reply", 1112, ENUMERATED, M, vendor=10415, enum=ReadReply)
SENDER_VISIBILITY: Final[AvpDef[int]] = AvpDef("Sender-Visibility", 1113, ENUMERATED, M, vendor=10415, enum=SenderVisibility)
SERVICE_KEY: Final[AvpDef[str]] = AvpDef("Service-Key", 1114, UTF8STRING, M, vendor=10415)
BILLING_INFORMATION: Final[AvpDef[str]] = AvpDef("Billing-Information", 1115, UTF8STRING, M, vendor=10415)
STATUS: Final[AvpDef[Status]] = AvpDef("Status", 1116, GROUPED, M, vendor=10415)
STATUS_CODE: Final[AvpDef[str]] = AvpDef("Status-Code", 1117, UTF8STRING, M, vendor=10415)
STATUS_TEXT: Final[AvpDef[str]] = AvpDef("Status-Text", 1118, UTF8STRING, M, vendor=10415)
ROUTEING_ADDRESS_RESOLUTION: Final[AvpDef[int]] = AvpDef("Routeing-Address-Resolution", 1119, ENUMERATED, M, vendor=10415, enum=RouteingAddressResolution)
NETWORK_CONGESTION_AREA_REPORT: Final[AvpDef[NetworkCongestionAreaReport]] = AvpDef("Network-Congestion-Area-Report", 4101, GROUPED, M, vendor=10415)
NS_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Ns-Request-Type", 4102, UNSIGNED32, M, vendor=10415)
NETWORK_AREA_INFO_LIST: Final[AvpDef[bytes]] = AvpDef("Network-Area-Info-List", 4201, OCTET_STRING, M, vendor=10415)
REFERENCE_ID: Final[AvpDef[bytes]] = AvpDef("Reference-Id", 4202, OCTET_STRING, M, vendor=10415)
TRANSFER_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Transfer-Request-Type", 4203, UNSIGNED32, M, vendor=10415, enum=TransferRequestType)
TIME_WINDOW: Final[AvpDef[TimeWindow]] = AvpDef("Time-Window", 4204, GROUPED, M, vendor=10415)
TRANSFER_END_TIME: Final[AvpDef[datetime]] = AvpDef("Transfer-End-Time", 4205, TIME, M, vendor=10415)
TRANSFER_START_TIME: Final[AvpDef[datetime]] = AvpDef("Transfer-Start-Time", 4206, TIME, M, vendor=10415)
TRANSFER_POLICY: Final[AvpDef[TransferPolicy]] = AvpDef("Transfer-Policy", 4207, GROUPED, M, vendor=10415)
TRANSFER_POLICY_ID: Final[AvpDef[int]] = AvpDef("Transfer-Policy-Id", 4208, UNSIGNED32, M, vendor=10415)
NUMBER_OF_UES: Final[AvpDef[int]] = AvpDef("Number-Of-UEs", 4209, UNSIGNED32, M, vendor=10415)
ACCESS_NETWORK_REPORTS: Final[AvpDef[AccessNetworkReports]] = AvpDef("Access-Network-Reports", 4210, GROUPED, M, vendor=10415)
EVENT_CONFIGURATION: Final[AvpDef[EventConfiguration]] = AvpDef("Event-Configuration", 4211, GROUPED, M, vendor=10415)
EVENT_CONFIGURATION_STATE: Final[AvpDef[int]] = AvpDef("Event-Configuration-State", 4212, UNSIGNED32, M, vendor=10415)
EVENT_CONFIGURATION_STATUS: Final[AvpDef[EventConfigurationStatus]] = AvpDef("Event-Configuration-Status", 4213, GROUPED, M, vendor=10415)
EVENT_REPORTING_RESULTS: Final[AvpDef[int]] = AvpDef("Event-Reporting-Results", 4214, UNSIGNED32, M, vendor=10415, enum=EventReportingResults)
EVENT_REPORTS: Final[AvpDef[EventReports]] = AvpDef("Event-Reports", 4215, GROUPED, M, vendor=10415)
EXTENDED_SCEF_REFERENCE_ID: Final[AvpDef[int]] = AvpDef("Extended-SCEF-Reference-ID", 4216, UNSIGNED64, M, vendor=10415)
SLG_LOCATION_TYPE: Final[AvpDef[int]] = AvpDef("SLg-Location-Type", 2500, ENUMERATED, M, vendor=10415, enum=SLgLocationType)
LCS_EPS_CLIENT_NAME: Final[AvpDef[LCSEPSClientName]] = AvpDef("LCS-EPS-Client-Name", 2501, GROUPED, M, vendor=10415)
LCS_REQUESTOR_NAME: Final[AvpDef[LCSRequestorName]] = AvpDef("LCS-Requestor-Name", 2502, GROUPED, M, vendor=10415)
LCS_PRIORITY: Final[AvpDef[int]] = AvpDef("LCS-Priority", 2503, UNSIGNED32, M, vendor=10415)
LCS_QOS: Final[AvpDef[LCSQoS]] = AvpDef("LCS-QoS", 2504, GROUPED, M, vendor=10415)
HORIZONTAL_ACCURACY: Final[AvpDef[int]] = AvpDef("Horizontal-Accuracy", 2505, UNSIGNED32, M, vendor=10415)
VERTICAL_ACCURACY: Final[AvpDef[int]] = AvpDef("Vertical-Accuracy", 2506, UNSIGNED32, M, vendor=10415)
VERTICAL_REQUESTED: Final[AvpDef[int]] = AvpDef("Vertical-Requested", 2507, ENUMERATED, M, vendor=10415, enum=VerticalRequested)
VELOCITY_REQUESTED: Final[AvpDef[int]] = AvpDef("Velocity-Requested", 2508, ENUMERATED, M, vendor=10415, enum=VelocityRequested)
RESPONSE_TIME: Final[AvpDef[int]] = AvpDef("Response-Time", 2509, ENUMERATED, M, vendor=10415, enum=ResponseTime)
SUPPORTED_GAD_SHAPES: Final[AvpDef[int]] = AvpDef("Supported-GAD-Shapes", 2510, UNSIGNED32, M, vendor=10415, enum=SupportedGADShapes)
LCS_CODEWORD: Final[AvpDef[str]] = AvpDef("LCS-Codeword", 2511, UTF8STRING, M, vendor=10415)
LCS_PRIVACY_CHECK: Final[AvpDef[int]] = AvpDef("LCS-Privacy-Check", 2512, ENUMERATED, M, vendor=10415, enum=LCSPrivacyCheck)
ACCURACY_FULFILMENT_INDICATOR: Final[AvpDef[int]] = AvpDef("Accuracy-Fulfilment-Indicator", 2513, ENUMERATED, M, vendor=10415, enum=AccuracyFulfilmentIndicator)
AGE_OF_LOCATION_ESTIMATE: Final[AvpDef[int]] = AvpDef("Age-Of-Location-Estimate", 2514, UNSIGNED32, M, vendor=10415)
VELOCITY_ESTIMATE: Final[AvpDef[bytes]] = AvpDef("Velocity-Estimate", 2515, OCTET_STRING, M, vendor=10415)
EUTRAN_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("EUTRAN-Positioning-Data", 2516, OCTET_STRING, M, vendor=10415)
ECGI: Final[AvpDef[bytes]] = AvpDef("ECGI", 2517, OCTET_STRING, M, vendor=10415)
LOCATION_EVENT: Final[AvpDef[int]] = AvpDef("Location-Event", 2518, ENUMERATED, M, vendor=10415, enum=LocationEvent)
PSEUDONYM_INDICATOR: Final[AvpDef[int]] = AvpDef("Pseudonym-Indicator", 2519, ENUMERATED, M, vendor=10415, enum=PseudonymIndicator)
LCS_SERVICE_TYPE_ID: Final[AvpDef[int]] = AvpDef("LCS-Service-Type-ID", 2520, UNSIGNED32, M, vendor=10415)
LCS_PRIVACY_CHECK_NON_SESSION: Final[AvpDef[LCSPrivacyCheckNonSession]] = AvpDef("LCS-Privacy-Check-Non-Session", 2521, GROUPED, M, vendor=10415)
LCS_PRIVACY_CHECK_SESSION: Final[AvpDef[LCSPrivacyCheckSession]] = AvpDef("LCS-Privacy-Check-Session", 2522, GROUPED, M, vendor=10415)
LCS_QOS_CLASS: Final[AvpDef[int]] = AvpDef("LCS-QoS-Class", 2523, ENUMERATED, M, vendor=10415, enum=LCSQoSClass)
GERAN_POSITIONING_INFO: Final[AvpDef[GERANPositioningInfo]] = AvpDef("GERAN-Positioning-Info", 2524, GROUPED, 0, vendor=10415)
GERAN_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("GERAN-Positioning-Data", 2525, OCTET_STRING, 0, vendor=10415)
GERAN_GANSS_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("GERAN-GANSS-Positioning-Data", 2526, OCTET_STRING, 0, vendor=10415)
UTRAN_POSITIONING_INFO: Final[AvpDef[UTRANPositioningInfo]] = AvpDef("UTRAN-Positioning-Info", 2527, GROUPED, 0, vendor=10415)
UTRAN_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("UTRAN-Positioning-Data", 2528, OCTET_STRING, 0, vendor=10415)
UTRAN_GANSS_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("UTRAN-GANSS-Positioning-Data", 2529, OCTET_STRING, 0, vendor=10415)
LRR_FLAGS: Final[AvpDef[int]] = AvpDef("LRR-Flags", 2530, UNSIGNED32, 0, vendor=10415, enum=LRRFlags)
LCS_REFERENCE_NUMBER: Final[AvpDef[bytes]] = AvpDef("LCS-Reference-Number", 2531, OCTET_STRING, 0, vendor=10415)
DEFERRED_LOCATION_TYPE: Final[AvpDef[int]] = AvpDef("Deferred-Location-Type", 2532, UNSIGNED32, 0, vendor=10415, enum=DeferredLocationType)
AREA_EVENT_INFO: Final[AvpDef[AreaEventInfo]] = AvpDef("Area-Event-Info", 2533, GROUPED, 0, vendor=10415)
AREA_DEFINITION: Final[AvpDef[AreaDefinition]] = AvpDef("Area-Definition", 2534, GROUPED, 0, vendor=10415)
AREA: Final[AvpDef[Area]] = AvpDef("Area", 2535, GROUPED, 0, vendor=10415)
AREA_TYPE: Final[AvpDef[int]] = AvpDef("Area-Type", 2536, UNSIGNED32, 0, vendor=10415, enum=AreaType)
AREA_IDENTIFICATION: Final[AvpDef[bytes]] = AvpDef("Area-Identification", 2537, OCTET_STRING, 0, vendor=10415)
OCCURRENCE_INFO: Final[AvpDef[int]] = AvpDef("Occurrence-Info", 2538, ENUMERATED, 0, vendor=10415, enum=OccurrenceInfo)
INTERVAL_TIME: Final[AvpDef[int]] = AvpDef("Interval-Time", 2539, UNSIGNED32, 0, vendor=10415)
PERIODIC_LDR_INFORMATION: Final[AvpDef[PeriodicLDRInformation]] = AvpDef("Periodic-LDR-Information", 2540, GROUPED, 0, vendor=10415)
REPORTING_AMOUNT: Final[AvpDef[int]] = AvpDef("Reporting-Amount", 2541, UNSIGNED32, 0, vendor=10415)
REPORTING_INTERVAL: Final[AvpDef[int]] = AvpDef("Reporting-Interval", 2542, UNSIGNED32, 0, vendor=10415)
REPORTING_PLMN_LIST: Final[AvpDef[ReportingPLMNList]] = AvpDef("Reporting-PLMN-List", 2543, GROUPED, 0, vendor=10415)
PLMN_ID_LIST: Final[AvpDef[PLMNIDList]] = AvpDef("PLMN-ID-List", 2544, GROUPED, 0, vendor=10415)
PLR_FLAGS: Final[AvpDef[int]] = AvpDef("PLR-Flags", 2545, UNSIGNED32, 0, vendor=10415, enum=PLRFlags)
PLA_FLAGS: Final[AvpDef[int]] = AvpDef("PLA-Flags", 2546, UNSIGNED32, 0, vendor=10415, enum=PLAFlags)
DEFERRED_MT_LR_DATA: Final[AvpDef[DeferredMTLRData]] = AvpDef("Deferred-MT-LR-Data", 2547, GROUPED, 0, vendor=10415)
TERMINATION_CAUSE_29_172: Final[AvpDef[int]] = AvpDef("Termination-Cause-29.172", 2548, UNSIGNED32, 0, vendor=10415, enum=TerminationCause29172)
LRA_FLAGS: Final[AvpDef[int]] = AvpDef("LRA-Flags", 2549, UNSIGNED32, 0, vendor=10415, enum=LRAFlags)
PERIODIC_LOCATION_SUPPORT_INDICATOR: Final[AvpDef[int]] = AvpDef("Periodic-Location-Support-Indicator", 2550, ENUMERATED, 0, vendor=10415, enum=PeriodicLocationSupportIndicator)
PRIORITIZED_LIST_INDICATOR: Final[AvpDef[int]] = AvpDef("Prioritized-List-Indicator", 2551, ENUMERATED, 0, vendor=10415, enum=PrioritizedListIndicator)
ESMLC_CELL_INFO: Final[AvpDef[ESMLCCellInfo]] = AvpDef("ESMLC-Cell-Info", 2552, GROUPED, 0, vendor=10415)
CELL_PORTION_ID: Final[AvpDef[int]] = AvpDef("Cell-Portion-ID", 2553, UNSIGNED32, 0, vendor=10415)
N1XRTT_RCID: Final[AvpDef[bytes]] = AvpDef("1xRTT-RCID", 2554, OCTET_STRING, 0, vendor=10415)
DELAYED_LOCATION_REPORTING_DATA: Final[AvpDef[DelayedLocationReportingData]] = AvpDef("Delayed-Location-Reporting-Data", 2555, GROUPED, 0, vendor=10415)
CIVIC_ADDRESS: Final[AvpDef[str]] = AvpDef("Civic-Address", 2556, UTF8STRING, 0, vendor=10415)
BAROMETRIC_PRESSURE: Final[AvpDef[int]] = AvpDef("Barometric-Pressure", 2557, UNSIGNED32, 0, vendor=10415)
UTRAN_ADDITIONAL_POSITIONING_DATA: Final[AvpDef[bytes]] = AvpDef("UTRAN-Additional-Positioning-Data", 2558, OCTET_STRING, 0, vendor=10415)
MOTION_EVENT_INFO: Final[AvpDef[MotionEventInfo]] = AvpDef("Motion-Event-Info", 2559, GROUPED, 0, vendor=10415)
LINEAR_DISTANCE: Final[AvpDef[int]] = AvpDef("Linear-Distance", 2560, UNSIGNED32, 0, vendor=10415)
MAXIMUM_INTERVAL: Final[AvpDef[int]] = AvpDef("Maximum-Interval", 2561, UNSIGNED32, 0, vendor=10415)
SAMPLING_INTERVAL: Final[AvpDef[int]] = AvpDef("Sampling-Interval", 2562, UNSIGNED32, 0, vendor=10415)
REPORTING_DURATION: Final[AvpDef[int]] = AvpDef("Reporting-Duration", 2563, UNSIGNED32, 0, vendor=10415)
REPORTING_LOCATION_REQUIREMENTS: Final[AvpDef[int]] = AvpDef("Reporting-Location-Requirements", 2564, UNSIGNED32, 0, vendor=10415, enum=ReportingLocationRequirements)
ADDITIONAL_AREA: Final[AvpDef[AdditionalArea]] = AvpDef("Additional-Area", 2565, GROUPED, 0, vendor=10415)
AMF_INSTANCE_ID: Final[AvpDef[str]] = AvpDef("AMF-Instance-Id", 2566, UTF8STRING, 0, vendor=10415)
LMSI: Final[AvpDef[bytes]] = AvpDef("LMSI", 2400, OCTET_STRING, M, vendor=10415)
SERVING_NODE: Final[AvpDef[ServingNode]] = AvpDef("Serving-Node", 2401, GROUPED, M, vendor=10415)
MME_NAME: Final[AvpDef[str]] = AvpDef("MME-Name", 2402, DIAMETER_IDENTITY, M, vendor=10415)
MSC_NUMBER: Final[AvpDef[bytes]] = AvpDef("MSC-Number", 2403, OCTET_STRING, M, vendor=10415)
LCS_CAPABILITIES_SETS: Final[AvpDef[int]] = AvpDef("LCS-Capabilities-Sets", 2404, UNSIGNED32, M, vendor=10415, enum=LCSCapabilitiesSets)
GMLC_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("GMLC-Address", 2405, ADDRESS, M, vendor=10415)
ADDITIONAL_SERVING_NODE: Final[AvpDef[AdditionalServingNode]] = AvpDef("Additional-Serving-Node", 2406, GROUPED, M, vendor=10415)
PPR_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("PPR-Address", 2407, ADDRESS, M, vendor=10415)
MME_REALM: Final[AvpDef[str]] = AvpDef("MME-Realm", 2408, DIAMETER_IDENTITY, 0, vendor=10415)
SGSN_NAME: Final[AvpDef[str]] = AvpDef("SGSN-Name", 2409, DIAMETER_IDENTITY, 0, vendor=10415)
SGSN_REALM: Final[AvpDef[str]] = AvpDef("SGSN-Realm", 2410, DIAMETER_IDENTITY, 0, vendor=10415)
RIA_FLAGS: Final[AvpDef[int]] = AvpDef("RIA-Flags", 2411, UNSIGNED32, 0, vendor=10415, enum=RIAFlags)
AUTHORIZATION_TOKEN: Final[AvpDef[bytes]] = AvpDef("Authorization-Token", 506, OCTET_STRING, M, vendor=10415)
FLOW_GROUPING: Final[AvpDef[FlowGrouping]] = AvpDef("Flow-Grouping", 508, GROUPED, M, vendor=10415)
PDP_SESSION_OPERATION: Final[AvpDef[int]] = AvpDef("PDP-Session-Operation", 1015, ENUMERATED, M, vendor=10415, enum=PDPSessionOperation)
TGPP_PS_DATA_OFF_STATUS: Final[AvpDef[int]] = AvpDef("3GPP-PS-Data-Off-Status", 2847, ENUMERATED, 0, vendor=10415, enum=TGPPPSDataOffStatus)
ACCESS_AVAILABILITY_CHANGE_REASON: Final[AvpDef[int]] = AvpDef("Access-Availability-Change-Reason", 2833, UNSIGNED32, 0, vendor=10415, enum=AccessAvailabilityChangeReason)
ACCESS_NETWORK_CHARGING_IDENTIFIER_GX: Final[AvpDef[AccessNetworkChargingIdentifierGx]] = AvpDef("Access-Network-Charging-Identifier-Gx", 1022, GROUPED, M, vendor=10415)
ALLOCATION_RETENTION_PRIORITY: Final[AvpDef[AllocationRetentionPriority]] = AvpDef("Allocation-Retention-Priority", 1034, GROUPED, 0, vendor=10415)
AN_GW_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("AN-GW-Address", 1050, ADDRESS, 0, vendor=10415)
AN_GW_STATUS: Final[AvpDef[int]] = AvpDef("AN-GW-Status", 2811, ENUMERATED, 0, vendor=10415, enum=ANGWStatus)
APN_AGGREGATE_MAX_BITRATE_DL: Final[AvpDef[int]] = AvpDef("APN-Aggregate-Max-Bitrate-DL", 1040, UNSIGNED32, 0, vendor=10415)
APN_AGGREGATE_MAX_BITRATE_UL: Final[AvpDef[int]] = AvpDef("APN-Aggregate-Max-Bitrate-UL", 1041, UNSIGNED32, 0, vendor=10415)
APPLICATION_DETECTION_INFORMATION: Final[AvpDef[ApplicationDetectionInformation]] = AvpDef("Application-Detection-Information", 1098, GROUPED, 0, vendor=10415)
BEARER_CONTROL_MODE: Final[AvpDef[int]] = AvpDef("Bearer-Control-Mode", 1023, ENUMERATED, M, vendor=10415, enum=BearerControlMode)
BEARER_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Bearer-Identifier", 1020, OCTET_STRING, M, vendor=10415)
BEARER_OPERATION: Final[AvpDef[int]] = AvpDef("Bearer-Operation", 1021, ENUMERATED, M, vendor=10415, enum=BearerOperation)
BEARER_USAGE: Final[AvpDef[int]] = AvpDef("Bearer-Usage", 1000, ENUMERATED, M, vendor=10415, enum=BearerUsage)
CHARGING_CORRELATION_INDICATOR: Final[AvpDef[int]] = AvpDef("Charging-Correlation-Indicator", 1073, ENUMERATED, 0, vendor=10415, enum=ChargingCorrelationIndicator)
CHARGING_RULE_BASE_NAME: Final[AvpDef[str]] = AvpDef("Charging-Rule-Base-Name", 1004, UTF8STRING, M, vendor=10415)
CHARGING_RULE_DEFINITION: Final[AvpDef[ChargingRuleDefinition]] = AvpDef("Charging-Rule-Definition", 1003, GROUPED, M, vendor=10415)
CHARGING_RULE_INSTALL: Final[AvpDef[ChargingRuleInstall]] = AvpDef("Charging-Rule-Install", 1001, GROUPED, M, vendor=10415)
CHARGING_RULE_NAME: Final[AvpDef[bytes]] = AvpDef("Charging-Rule-Name", 1005, OCTET_STRING, M, vendor=10415)
CHARGING_RULE_REMOVE: Final[AvpDef[ChargingRuleRemove]] = AvpDef("Charging-Rule-Remove", 1002, GROUPED, M, vendor=10415)
CHARGING_RULE_REPORT: Final[AvpDef[ChargingRuleReport]] = AvpDef("Charging-Rule-Report", 1018, GROUPED, M, vendor=10415)
COA_INFORMATION: Final[AvpDef[CoAInformation]] = AvpDef("CoA-Information", 1039, GROUPED, 0, vendor=10415)
COA_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("CoA-IP-Address", 1035, ADDRESS, 0, vendor=10415)
CONDITIONAL_APN_AGGREGATE_MAX_BITRATE: Final[AvpDef[ConditionalAPNAggregateMaxBitrate]] = AvpDef("Conditional-APN-Aggregate-Max-Bitrate", 2818, GROUPED, 0, vendor=10415)
CONDITIONAL_POLICY_INFORMATION: Final[AvpDef[ConditionalPolicyInformation]] = AvpDef("Conditional-Policy-Information", 2840, GROUPED, 0, vendor=10415)
CREDIT_MANAGEMENT_STATUS: Final[AvpDef[int]] = AvpDef("Credit-Management-Status", 1082, UNSIGNED32, 0, vendor=10415)
CSG_INFORMATION_REPORTING: Final[AvpDef[int]] = AvpDef("CSG-Information-Reporting", 1071, ENUMERATED, 0, vendor=10415, enum=CSGInformationReporting)
DEFAULT_ACCESS: Final[AvpDef[int]] = AvpDef("Default-Access", 2829, ENUMERATED, 0, vendor=10415, enum=DefaultAccess)
DEFAULT_BEARER_INDICATION: Final[AvpDef[int]] = AvpDef("Default-Bearer-Indication", 2844, ENUMERATED, 0, vendor=10415, enum=DefaultBearerIndication)
DEFAULT_EPS_BEARER_QOS: Final[AvpDef[DefaultEPSBearerQoS]] = AvpDef("Default-EPS-Bearer-QoS", 1049, GROUPED, 0, vendor=10415)
DEFAULT_QOS_INFORMATION: Final[AvpDef[DefaultQoSInformation]] = AvpDef("Default-QoS-Information", 2816, GROUPED, 0, vendor=10415)
DEFAULT_QOS_NAME: Final[AvpDef[str]] = AvpDef("Default-QoS-Name", 2817, UTF8STRING, 0, vendor=10415)
EVENT_REPORT_INDICATION: Final[AvpDef[EventReportIndication]] = AvpDef("Event-Report-Indication", 1033, GROUPED, 0, vendor=10415)
EVENT_TRIGGER: Final[AvpDef[int]] = AvpDef("Event-Trigger", 1006, ENUMERATED, M, vendor=10415, enum=EventTrigger)
EXECUTION_TIME: Final[AvpDef[datetime]] = AvpDef("Execution-Time", 2839, TIME, 0, vendor=10415)
EXTENDED_APN_AMBR_DL: Final[AvpDef[int]] = AvpDef("Extended-APN-AMBR-DL", 2848, UNSIGNED32, 0, vendor=10415)
EXTENDED_APN_AMBR_UL: Final[AvpDef[int]] = AvpDef("Extended-APN-AMBR-UL", 2849, UNSIGNED32, 0, vendor=10415)
EXTENDED_GBR_DL: Final[AvpDef[int]] = AvpDef("Extended-GBR-DL", 2850, UNSIGNED32, 0, vendor=10415)
EXTENDED_GBR_UL: Final[AvpDef[int]] = AvpDef("Extended-GBR-UL", 2851, UNSIGNED32, 0, vendor=10415)
FLOW_DIRECTION: Final[AvpDef[int]] = AvpDef("Flow-Direction", 1080, ENUMERATED, 0, vendor=10415, enum=FlowDirection)
FLOW_INFORMATION: Final[AvpDef[FlowInformation]] = AvpDef("Flow-Information", 1058, GROUPED, 0, vendor=10415)
FLOW_LABEL: Final[AvpDef[bytes]] = AvpDef("Flow-Label", 1057, OCTET_STRING, 0, vendor=10415)
FIXED_USER_LOCATION_INFO: Final[AvpDef[FixedUserLocationInfo]] = AvpDef("Fixed-User-Location-Info", 2825, GROUPED, 0, vendor=10415)
GUARANTEED_BITRATE_DL: Final[AvpDef[int]] = AvpDef("Guaranteed-Bitrate-DL", 1025, UNSIGNED32, M, vendor=10415)
GUARANTEED_BITRATE_UL: Final[AvpDef[int]] = AvpDef("Guaranteed-Bitrate-UL", 1026, UNSIGNED32, M, vendor=10415)
HENB_LOCAL_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("HeNB-Local-IP-Address", 2804, ADDRESS, 0, vendor=10415)
IP_CAN_SESSION_CHARGING_SCOPE: Final[AvpDef[int]] = AvpDef("IP-CAN-Session-Charging-Scope", 2827, ENUMERATED, 0, vendor=10415, enum=IPCANSessionChargingScope)
IP_CAN_TYPE: Final[AvpDef[int]] = AvpDef("IP-CAN-Type", 1027, ENUMERATED, M, vendor=10415, enum=IPCANType)
MAX_PLR_DL: Final[AvpDef[float]] = AvpDef("Max-PLR-DL", 2852, FLOAT32, 0, vendor=10415)
MAX_PLR_UL: Final[AvpDef[float]] = AvpDef("Max-PLR-UL", 2853, FLOAT32, 0, vendor=10415)
METERING_METHOD: Final[AvpDef[int]] = AvpDef("Metering-Method", 1007, ENUMERATED, M, vendor=10415, enum=MeteringMethod)
MONITORING_FLAGS: Final[AvpDef[int]] = AvpDef("Monitoring-Flags", 2828, UNSIGNED32, 0, vendor=10415)
MONITORING_KEY: Final[AvpDef[bytes]] = AvpDef("Monitoring-Key", 1066, OCTET_STRING, 0, vendor=10415)
MUTE_NOTIFICATION: Final[AvpDef[int]] = AvpDef("Mute-Notification", 2809, ENUMERATED, 0, vendor=10415, enum=MuteNotification)
MONITORING_TIME: Final[AvpDef[datetime]] = AvpDef("Monitoring-Time", 2810, TIME, 0, vendor=10415)
NBIFOM_MODE: Final[AvpDef[int]] = AvpDef("NBIFOM-Mode", 2830, ENUMERATED, 0, vendor=10415, enum=NBIFOMMode)
NBIFOM_SUPPORT: Final[AvpDef[int]] = AvpDef("NBIFOM-Support", 2831, ENUMERATED, 0, vendor=10415, enum=NBIFOMSupport)
NETLOC_ACCESS_SUPPORT: Final[AvpDef[int]] = AvpDef("NetLoc-Access-Support", 2824, UNSIGNED32, 0, vendor=10415, enum=NetLocAccessSupport)
NETWORK_REQUEST_SUPPORT: Final[AvpDef[int]] = AvpDef("Network-Request-Support", 1024, ENUMERATED, M, vendor=10415, enum=NetworkRequestSupport)
OFFLINE: Final[AvpDef[int]] = AvpDef("Offline", 1008, ENUMERATED, M, vendor=10415, enum=Offline)
ONLINE: Final[AvpDef[int]] = AvpDef("Online", 1009, ENUMERATED, M, vendor=10415, enum=Online)
PACKET_FILTER_CONTENT: Final[AvpDef[IPFilterRule]] = AvpDef("Packet-Filter-Content", 1059, IP_FILTER_RULE, 0, vendor=10415)
PACKET_FILTER_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Packet-Filter-Identifier", 1060, OCTET_STRING, 0, vendor=10415)
PACKET_FILTER_INFORMATION: Final[AvpDef[PacketFilterInformation]] = AvpDef("Packet-Filter-Information", 1061, GROUPED, 0, vendor=10415)
PACKET_FILTER_OPERATION: Final[AvpDef[int]] = AvpDef("Packet-Filter-Operation", 1062, ENUMERATED, 0, vendor=10415, enum=PacketFilterOperation)
PACKET_FILTER_USAGE: Final[AvpDef[int]] = AvpDef("Packet-Filter-Usage", 1072, ENUMERATED, 0, vendor=10415, enum=PacketFilterUsage)
PCC_RULE_STATUS: Final[AvpDef[int]] = AvpDef("PCC-Rule-Status", 1019, ENUMERATED, M, vendor=10415, enum=PCCRuleStatus)
PDN_CONNECTION_ID: Final[AvpDef[bytes]] = AvpDef("PDN-Connection-ID", 1065, OCTET_STRING, 0, vendor=10415)
PRA_INSTALL: Final[AvpDef[PRAInstall]] = AvpDef("PRA-Install", 2845, GROUPED, 0, vendor=10415)
PRA_REMOVE: Final[AvpDef[PRARemove]] = AvpDef("PRA-Remove", 2846, GROUPED, 0, vendor=10415)
PRECEDENCE: Final[AvpDef[int]] = AvpDef("Precedence", 1010, UNSIGNED32, M, vendor=10415)
PRE_EMPTION_CAPABILITY: Final[AvpDef[int]] = AvpDef("Pre-emption-Capability", 1047, ENUMERATED, 0, vendor=10415, enum=PreEmptionCapability)
PRE_EMPTION_VULNERABILITY: Final[AvpDef[int]] = AvpDef("Pre-emption-Vulnerability", 1048, ENUMERATED, 0, vendor=10415, enum=PreEmptionVulnerability)
PRESENCE_REPORTING_AREA_ELEMENTS_LIST: Final[AvpDef[bytes]] = AvpDef("Presence-Reporting-Area-Elements-List", 2820, OCTET_STRING, 0, vendor=10415)
PRESENCE_REPORTING_AREA_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Presence-Reporting-Area-Identifier", 2821, OCTET_STRING, 0, vendor=10415)
PRESENCE_REPORTING_AREA_INFORMATION: Final[AvpDef[PresenceReportingAreaInformation]] = AvpDef("Presence-Reporting-Area-Information", 2822, GROUPED, 0, vendor=10415)
PRESENCE_REPORTING_AREA_NODE: Final[AvpDef[int]] = AvpDef("Presence-Reporting-Area-Node", 2855, UNSIGNED32, 0, vendor=10415)
PRESENCE_REPORTING_AREA_STATUS: Final[AvpDef[int]] = AvpDef("Presence-Reporting-Area-Status", 2823, UNSIGNED32, 0, vendor=10415, enum=PresenceReportingAreaStatus)
PRIORITY_LEVEL: Final[AvpDef[int]] = AvpDef("Priority-Level", 1046, UNSIGNED32, 0, vendor=10415)
PS_TO_CS_SESSION_CONTINUITY: Final[AvpDef[int]] = AvpDef("PS-to-CS-Session-Continuity", 1099, ENUMERATED, 0, vendor=10415, enum=PSToCSSessionContinuity)
QOS_CLASS_IDENTIFIER: Final[AvpDef[int]] = AvpDef("QoS-Class-Identifier", 1028, ENUMERATED, M, vendor=10415, enum=QoSClassIdentifier)
QOS_INFORMATION: Final[AvpDef[QoSInformation]] = AvpDef("QoS-Information", 1016, GROUPED, M, vendor=10415)
QOS_NEGOTIATION: Final[AvpDef[int]] = AvpDef("QoS-Negotiation", 1029, ENUMERATED, M, vendor=10415, enum=QoSNegotiation)
QOS_UPGRADE: Final[AvpDef[int]] = AvpDef("QoS-Upgrade", 1030, ENUMERATED, M, vendor=10415, enum=QoSUpgrade)
RAN_NAS_RELEASE_CAUSE: Final[AvpDef[bytes]] = AvpDef("RAN-NAS-Release-Cause", 2819, OCTET_STRING, 0, vendor=10415)
RAN_RULE_SUPPORT: Final[AvpDef[int]] = AvpDef("RAN-Rule-Support", 2832, UNSIGNED32, 0, vendor=10415, enum=RANRuleSupport)
RAT_TYPE: Final[AvpDef[int]] = AvpDef("RAT-Type", 1032, ENUMERATED, 0, vendor=10415, enum=RATType)
REDIRECT_INFORMATION: Final[AvpDef[RedirectInformation]] = AvpDef("Redirect-Information", 1085, GROUPED, 0, vendor=10415)
REDIRECT_SUPPORT: Final[AvpDef[int]] = AvpDef("Redirect-Support", 1086, ENUMERATED, 0, vendor=10415, enum=RedirectSupport)
REMOVAL_OF_ACCESS: Final[AvpDef[int]] = AvpDef("Removal-Of-Access", 2842, ENUMERATED, 0, vendor=10415, enum=RemovalOfAccess)
REPORTING_LEVEL: Final[AvpDef[int]] = AvpDef("Reporting-Level", 1011, ENUMERATED, M, vendor=10415, enum=ReportingLevel)
RESOURCE_ALLOCATION_NOTIFICATION: Final[AvpDef[int]] = AvpDef("Resource-Allocation-Notification", 1063, ENUMERATED, 0, vendor=10415, enum=ResourceAllocationNotification)
RESOURCE_RELEASE_NOTIFICATION: Final[AvpDef[int]] = AvpDef("Resource-Release-Notification", 2841, ENUMERATED, 0, vendor=10415, enum=ResourceReleaseNotification)
REVALIDATION_TIME: Final[AvpDef[datetime]] = AvpDef("Revalidation-Time", 1042, TIME, M, vendor=10415)
ROUTING_FILTER: Final[AvpDef[RoutingFilter]] = AvpDef("Routing-Filter", 1078, GROUPED, 0, vendor=10415)
ROUTING_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Routing-IP-Address", 1079, ADDRESS, 0, vendor=10415)
ROUTING_RULE_DEFINITION: Final[AvpDef[RoutingRuleDefinition]] = AvpDef("Routing-Rule-Definition", 1076, GROUPED, 0, vendor=10415)
ROUTING_RULE_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Routing-Rule-Identifier", 1077, OCTET_STRING, 0, vendor=10415)
ROUTING_RULE_INSTALL: Final[AvpDef[RoutingRuleInstall]] = AvpDef("Routing-Rule-Install", 1081, GROUPED, 0, vendor=10415)
ROUTING_RULE_REMOVE: Final[AvpDef[RoutingRuleRemove]] = AvpDef("Routing-Rule-Remove", 1075, GROUPED, 0, vendor=10415)
ROUTING_RULE_FAILURE_CODE: Final[AvpDef[int]] = AvpDef("Routing-Rule-Failure-Code", 2834, UNSIGNED32, 0, vendor=10415, enum=RoutingRuleFailureCode)
ROUTING_RULE_REPORT: Final[AvpDef[RoutingRuleReport]] = AvpDef("Routing-Rule-Report", 2835, GROUPED, 0, vendor=10415)
RULE_ACTIVATION_TIME: Final[AvpDef[datetime]] = AvpDef("Rule-Activation-Time", 1043, TIME, M, vendor=10415)
RULE_DEACTIVATION_TIME: Final[AvpDef[datetime]] = AvpDef("Rule-Deactivation-Time", 1044, TIME, M, vendor=10415)
RULE_FAILURE_CODE: Final[AvpDef[int]] = AvpDef("Rule-Failure-Code", 1031, ENUMERATED, M, vendor=10415, enum=RuleFailureCode)
SECURITY_PARAMETER_INDEX: Final[AvpDef[bytes]] = AvpDef("Security-Parameter-Index", 1056, OCTET_STRING, 0, vendor=10415)
SESSION_RELEASE_CAUSE: Final[AvpDef[int]] = AvpDef("Session-Release-Cause", 1045, ENUMERATED, M, vendor=10415, enum=SessionReleaseCause)
TCP_SOURCE_PORT: Final[AvpDef[int]] = AvpDef("TCP-Source-Port", 2843, UNSIGNED32, 0, vendor=10415)
TDF_INFORMATION: Final[AvpDef[TDFInformation]] = AvpDef("TDF-Information", 1087, GROUPED, 0, vendor=10415)
TDF_APPLICATION_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("TDF-Application-Identifier", 1088, OCTET_STRING, 0, vendor=10415)
TDF_APPLICATION_INSTANCE_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("TDF-Application-Instance-Identifier", 2802, OCTET_STRING, 0, vendor=10415)
TDF_DESTINATION_HOST: Final[AvpDef[str]] = AvpDef("TDF-Destination-Host", 1089, DIAMETER_IDENTITY, 0, vendor=10415)
TDF_DESTINATION_REALM: Final[AvpDef[str]] = AvpDef("TDF-Destination-Realm", 1090, DIAMETER_IDENTITY, 0, vendor=10415)
TDF_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("TDF-IP-Address", 1091, ADDRESS, 0, vendor=10415)
TFT_FILTER: Final[AvpDef[IPFilterRule]] = AvpDef("TFT-Filter", 1012, IP_FILTER_RULE, M, vendor=10415)
TFT_PACKET_FILTER_INFORMATION: Final[AvpDef[TFTPacketFilterInformation]] = AvpDef("TFT-Packet-Filter-Information", 1013, GROUPED, M, vendor=10415)
TRAFFIC_STEERING_POLICY_IDENTIFIER_DL: Final[AvpDef[bytes]] = AvpDef("Traffic-Steering-Policy-Identifier-DL", 2836, OCTET_STRING, 0, vendor=10415)
TRAFFIC_STEERING_POLICY_IDENTIFIER_UL: Final[AvpDef[bytes]] = AvpDef("Traffic-Steering-Policy-Identifier-UL", 2837, OCTET_STRING, 0, vendor=10415)
TOS_TRAFFIC_CLASS: Final[AvpDef[bytes]] = AvpDef("ToS-Traffic-Class", 1014, OCTET_STRING, M, vendor=10415)
TUNNEL_HEADER_FILTER: Final[AvpDef[IPFilterRule]] = AvpDef("Tunnel-Header-Filter", 1036, IP_FILTER_RULE, 0, vendor=10415)
TUNNEL_HEADER_LENGTH: Final[AvpDef[int]] = AvpDef("Tunnel-Header-Length", 1037, UNSIGNED32, 0, vendor=10415)
TUNNEL_INFORMATION: Final[AvpDef[TunnelInformation]] = AvpDef("Tunnel-Information", 1038, GROUPED, 0, vendor=10415)
UDP_SOURCE_PORT: Final[AvpDef[int]] = AvpDef("UDP-Source-Port", 2806, UNSIGNED32, 0, vendor=10415)
UE_LOCAL_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("UE-Local-IP-Address", 2805, ADDRESS, 0, vendor=10415)
UE_STATUS: Final[AvpDef[int]] = AvpDef("UE-Status", 2854, UNSIGNED32, 0, vendor=10415, enum=UEStatus)
USAGE_MONITORING_INFORMATION: Final[AvpDef[UsageMonitoringInformation]] = AvpDef("Usage-Monitoring-Information", 1067, GROUPED, 0, vendor=10415)
USAGE_MONITORING_LEVEL: Final[AvpDef[int]] = AvpDef("Usage-Monitoring-Level", 1068, ENUMERATED, 0, vendor=10415, enum=UsageMonitoringLevel)
USAGE_MONITORING_REPORT: Final[AvpDef[int]] = AvpDef("Usage-Monitoring-Report", 1069, ENUMERATED, 0, vendor=10415, enum=UsageMonitoringReport)
USAGE_MONITORING_SUPPORT: Final[AvpDef[int]] = AvpDef("Usage-Monitoring-Support", 1070, ENUMERATED, 0, vendor=10415, enum=UsageMonitoringSupport)
USER_LOCATION_INFO_TIME: Final[AvpDef[datetime]] = AvpDef("User-Location-Info-Time", 2812, TIME, 0, vendor=10415)
PCSCF_RESTORATION_INDICATION: Final[AvpDef[int]] = AvpDef("PCSCF-Restoration-Indication", 2826, UNSIGNED32, 0, vendor=10415, enum=PCSCFRestorationIndication)
QOS_RULE_INSTALL: Final[AvpDef[QoSRuleInstall]] = AvpDef("QoS-Rule-Install", 1051, GROUPED, M, vendor=10415)
QOS_RULE_REMOVE: Final[AvpDef[QoSRuleRemove]] = AvpDef("QoS-Rule-Remove", 1052, GROUPED, M, vendor=10415)
QOS_RULE_DEFINITION: Final[AvpDef[QoSRuleDefinition]] = AvpDef("QoS-Rule-Definition", 1053, GROUPED, M, vendor=10415)
QOS_RULE_NAME: Final[AvpDef[bytes]] = AvpDef("QoS-Rule-Name", 1054, OCTET_STRING, M, vendor=10415)
QOS_RULE_BASE_NAME: Final[AvpDef[str]] = AvpDef("QoS-Rule-Base-Name", 1074, UTF8STRING, 0, vendor=10415)
QOS_RULE_REPORT: Final[AvpDef[QoSRuleReport]] = AvpDef("QoS-Rule-Report", 1055, GROUPED, M, vendor=10415)
SESSION_LINKING_INDICATOR: Final[AvpDef[int]] = AvpDef("Session-Linking-Indicator", 1064, ENUMERATED, M, vendor=10415, enum=SessionLinkingIndicator)
ADC_RULE_BASE_NAME: Final[AvpDef[str]] = AvpDef("ADC-Rule-Base-Name", 1095, UTF8STRING, M, vendor=10415)
ADC_RULE_DEFINITION: Final[AvpDef[ADCRuleDefinition]] = AvpDef("ADC-Rule-Definition", 1094, GROUPED, M, vendor=10415)
ADC_RULE_INSTALL: Final[AvpDef[ADCRuleInstall]] = AvpDef("ADC-Rule-Install", 1092, GROUPED, M, vendor=10415)
ADC_RULE_NAME: Final[AvpDef[bytes]] = AvpDef("ADC-Rule-Name", 1096, OCTET_STRING, M, vendor=10415)
ADC_RULE_REMOVE: Final[AvpDef[ADCRuleRemove]] = AvpDef("ADC-Rule-Remove", 1093, GROUPED, M, vendor=10415)
ADC_RULE_REPORT: Final[AvpDef[ADCRuleReport]] = AvpDef("ADC-Rule-Report", 1097, GROUPED, M, vendor=10415)
REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Request-Type", 2838, UNSIGNED32, M, vendor=10415, enum=RequestType)
CS_SERVICE_QOS_REQUEST_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("CS-Service-QoS-Request-Identifier", 2807, OCTET_STRING, M, vendor=10415)
CS_SERVICE_QOS_REQUEST_OPERATION: Final[AvpDef[int]] = AvpDef("CS-Service-QoS-Request-Operation", 2808, ENUMERATED, M, vendor=10415, enum=CSServiceQoSRequestOperation)
CS_SERVICE_RESOURCE_REPORT: Final[AvpDef[CSServiceResourceReport]] = AvpDef("CS-Service-Resource-Report", 2813, GROUPED, M, vendor=10415)
CS_SERVICE_RESOURCE_FAILURE_CAUSE: Final[AvpDef[int]] = AvpDef("CS-Service-Resource-Failure-Cause", 2814, ENUMERATED, M, vendor=10415, enum=CSServiceResourceFailureCause)
CS_SERVICE_RESOURCE_RESULT_OPERATION: Final[AvpDef[int]] = AvpDef("CS-Service-Resource-Result-Operation", 2815, ENUMERATED, M, vendor=10415, enum=CSServiceResourceResultOperation)
TGPP2_BSID: Final[AvpDef[str]] = AvpDef("3GPP2-BSID", 9010, UTF8STRING, M, vendor=5535)
ABORT_CAUSE: Final[AvpDef[int]] = AvpDef("Abort-Cause", 500, ENUMERATED, M, vendor=10415, enum=AbortCause)
ACCESS_NETWORK_CHARGING_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Access-Network-Charging-Address", 501, ADDRESS, M, vendor=10415)
ACCESS_NETWORK_CHARGING_IDENTIFIER: Final[AvpDef[AccessNetworkChargingIdentifier]] = AvpDef("Access-Network-Charging-Identifier", 502, GROUPED, M, vendor=10415)
ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE: Final[AvpDef[bytes]] = AvpDef("Access-Network-Charging-Identifier-Value", 503, OCTET_STRING, M, vendor=10415)
ACCEPTABLE_SERVICE_INFO: Final[AvpDef[AcceptableServiceInfo]] = AvpDef("Acceptable-Service-Info", 526, GROUPED, M, vendor=10415)
AF_APPLICATION_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("AF-Application-Identifier", 504, OCTET_STRING, M, vendor=10415)
AF_CHARGING_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("AF-Charging-Identifier", 505, OCTET_STRING, M, vendor=10415)
AF_REQUESTED_DATA: Final[AvpDef[int]] = AvpDef("AF-Requested-Data", 551, UNSIGNED32, 0, vendor=10415)
AF_SIGNALLING_PROTOCOL: Final[AvpDef[int]] = AvpDef("AF-Signalling-Protocol", 529, ENUMERATED, 0, vendor=10415, enum=AFSignallingProtocol)
APPLICATION_SERVICE_PROVIDER_IDENTITY: Final[AvpDef[str]] = AvpDef("Application-Service-Provider-Identity", 532, UTF8STRING, 0, vendor=10415)
CALLEE_INFORMATION: Final[AvpDef[CalleeInformation]] = AvpDef("Callee-Information", 565, GROUPED, 0, vendor=10415)
CODEC_DATA: Final[AvpDef[bytes]] = AvpDef("Codec-Data", 524, OCTET_STRING, M, vendor=10415)
CONTENT_VERSION: Final[AvpDef[int]] = AvpDef("Content-Version", 552, UNSIGNED64, 0, vendor=10415)
DESIRED_MAX_LATENCY: Final[AvpDef[float]] = AvpDef("Desired-Max-Latency", 567, FLOAT32, 0, vendor=10415)
DESIRED_MAX_LOSS: Final[AvpDef[float]] = AvpDef("Desired-Max-Loss", 568, FLOAT32, 0, vendor=10415)
EXTENDED_MAX_REQUESTED_BW_DL: Final[AvpDef[int]] = AvpDef("Extended-Max-Requested-BW-DL", 554, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_REQUESTED_BW_UL: Final[AvpDef[int]] = AvpDef("Extended-Max-Requested-BW-UL", 555, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_SUPPORTED_BW_DL: Final[AvpDef[int]] = AvpDef("Extended-Max-Supported-BW-DL", 556, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_SUPPORTED_BW_UL: Final[AvpDef[int]] = AvpDef("Extended-Max-Supported-BW-UL", 557, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_DESIRED_BW_DL: Final[AvpDef[int]] = AvpDef("Extended-Min-Desired-BW-DL", 558, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_DESIRED_BW_UL: Final[AvpDef[int]] = AvpDef("Extended-Min-Desired-BW-UL", 559, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_REQUESTED_BW_DL: Final[AvpDef[int]] = AvpDef("Extended-Min-Requested-BW-DL", 560, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_REQUESTED_BW_UL: Final[AvpDef[int]] = AvpDef("Extended-Min-Requested-BW-UL", 561, UNSIGNED32, 0, vendor=10415)
FLOW_DESCRIPTION: Final[AvpDef[IPFilterRule]] = AvpDef("Flow-Description", 507, IP_FILTER_RULE, M, vendor=10415)
FLOW_NUMBER: Final[AvpDef[int]] = AvpDef("Flow-Number", 509, UNSIGNED32, M, vendor=10415)
FLOWS: Final[AvpDef[Flows]] = AvpDef("Flows", 510, GROUPED, M, vendor=10415)
FLOW_STATUS: Final[AvpDef[int]] = AvpDef("Flow-Status", 511, ENUMERATED, M, vendor=10415, enum=FlowStatus)
FLOW_USAGE: Final[AvpDef[int]] = AvpDef("Flow-Usage", 512, ENUMERATED, M, vendor=10415, enum=FlowUsage)
FLUS_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("FLUS-Identifier", 566, OCTET_STRING, 0, vendor=10415)
GCS_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("GCS-Identifier", 538, OCTET_STRING, 0, vendor=10415)
GLI_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("GLI-Identifier", 580, OCTET_STRING, 0, vendor=10415)
HFC_NODE_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("HFC-Node-Identifier", 579, OCTET_STRING, 0, vendor=10415)
IMS_CONTENT_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("IMS-Content-Identifier", 563, OCTET_STRING, 0, vendor=10415)
IMS_CONTENT_TYPE: Final[AvpDef[int]] = AvpDef("IMS-Content-Type", 564, ENUMERATED, 0, vendor=10415, enum=IMSContentType)
IP_DOMAIN_ID: Final[AvpDef[bytes]] = AvpDef("IP-Domain-Id", 537, OCTET_STRING, 0, vendor=10415)
LINE_TYPE: Final[AvpDef[int]] = AvpDef("Line-Type", 581, UNSIGNED32, 0, vendor=10415, enum=LineType)
MA_INFORMATION: Final[AvpDef[MAInformation]] = AvpDef("MA-Information", 570, GROUPED, 0, vendor=10415)
MA_INFORMATION_ACTION: Final[AvpDef[int]] = AvpDef("MA-Information-Action", 571, UNSIGNED32, 0, vendor=10415, enum=MAInformationAction)
MAX_REQUESTED_BANDWIDTH_DL: Final[AvpDef[int]] = AvpDef("Max-Requested-Bandwidth-DL", 515, UNSIGNED32, M, vendor=10415)
MAX_REQUESTED_BANDWIDTH_UL: Final[AvpDef[int]] = AvpDef("Max-Requested-Bandwidth-UL", 516, UNSIGNED32, M, vendor=10415)
MAX_SUPPORTED_BANDWIDTH_DL: Final[AvpDef[int]] = AvpDef("Max-Supported-Bandwidth-DL", 543, UNSIGNED32, 0, vendor=10415)
MAX_SUPPORTED_BANDWIDTH_UL: Final[AvpDef[int]] = AvpDef("Max-Supported-Bandwidth-UL", 544, UNSIGNED32, 0, vendor=10415)
MCPTT_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("MCPTT-Identifier", 547, OCTET_STRING, 0, vendor=10415)
MCVIDEO_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("MCVideo-Identifier", 562, OCTET_STRING, 0, vendor=10415)
MEDIA_COMPONENT_DESCRIPTION: Final[AvpDef[MediaComponentDescription]] = AvpDef("Media-Component-Description", 517, GROUPED, M, vendor=10415)
MEDIA_COMPONENT_NUMBER: Final[AvpDef[int]] = AvpDef("Media-Component-Number", 518, UNSIGNED32, M, vendor=10415)
MEDIA_COMPONENT_STATUS: Final[AvpDef[int]] = AvpDef("Media-Component-Status", 549, UNSIGNED32, 0, vendor=10415, enum=MediaComponentStatus)
MEDIA_SUB_COMPONENT: Final[AvpDef[MediaSubComponent]] = AvpDef("Media-Sub-Component", 519, GROUPED, M, vendor=10415)
MEDIA_TYPE: Final[AvpDef[int]] = AvpDef("Media-Type", 520, ENUMERATED, M, vendor=10415, enum=MediaType)
MPS_ACTION: Final[AvpDef[int]] = AvpDef("MPS-Action", 582, ENUMERATED, 0, vendor=10415, enum=MPSAction)
MPS_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("MPS-Identifier", 528, OCTET_STRING, 0, vendor=10415)
MIN_DESIRED_BANDWIDTH_DL: Final[AvpDef[int]] = AvpDef("Min-Desired-Bandwidth-DL", 545, UNSIGNED32, 0, vendor=10415)
MIN_DESIRED_BANDWIDTH_UL: Final[AvpDef[int]] = AvpDef("Min-Desired-Bandwidth-UL", 546, UNSIGNED32, 0, vendor=10415)
MIN_REQUESTED_BANDWIDTH_DL: Final[AvpDef[int]] = AvpDef("Min-Requested-Bandwidth-DL", 534, UNSIGNED32, 0, vendor=10415)
MIN_REQUESTED_BANDWIDTH_UL: Final[AvpDef[int]] = AvpDef("Min-Requested-Bandwidth-UL", 535, UNSIGNED32, 0, vendor=10415)
NGAP_CAUSE: Final[AvpDef[NGAPCause]] = AvpDef("NGAP-Cause", 575, GROUPED, 0, vendor=10415)
NGAP_GROUP: Final[AvpDef[int]] = AvpDef("NGAP-Group", 576, UNSIGNED32, 0, vendor=10415)
NGAP_VALUE: Final[AvpDef[int]] = AvpDef("NGAP-Value", 577, UNSIGNED32, 0, vendor=10415)
NID: Final[AvpDef[bytes]] = AvpDef("NID", 569, OCTET_STRING, 0, vendor=10415)
PRIORITY_SHARING_INDICATOR: Final[AvpDef[int]] = AvpDef("Priority-Sharing-Indicator", 550, ENUMERATED, 0, vendor=10415, enum=PrioritySharingIndicator)
PRE_EMPTION_CONTROL_INFO: Final[AvpDef[int]] = AvpDef("Pre-emption-Control-Info", 553, UNSIGNED32, 0, vendor=10415)
REQUIRED_ACCESS_INFO: Final[AvpDef[int]] = AvpDef("Required-Access-Info", 536, ENUMERATED, 0, vendor=10415, enum=RequiredAccessInfo)
RETRY_INTERVAL: Final[AvpDef[int]] = AvpDef("Retry-Interval", 541, UNSIGNED32, 0, vendor=10415)
RX_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Rx-Request-Type", 533, ENUMERATED, 0, vendor=10415, enum=RxRequestType)
RR_BANDWIDTH: Final[AvpDef[int]] = AvpDef("RR-Bandwidth", 521, UNSIGNED32, M, vendor=10415)
RS_BANDWIDTH: Final[AvpDef[int]] = AvpDef("RS-Bandwidth", 522, UNSIGNED32, M, vendor=10415)
SERVICE_AUTHORIZATION_INFO: Final[AvpDef[int]] = AvpDef("Service-Authorization-Info", 548, UNSIGNED32, 0, vendor=10415)
SERVICE_URN: Final[AvpDef[bytes]] = AvpDef("Service-URN", 525, OCTET_STRING, M, vendor=10415)
SERVICE_INFO_STATUS: Final[AvpDef[int]] = AvpDef("Service-Info-Status", 527, ENUMERATED, M, vendor=10415, enum=ServiceInfoStatus)
SHARING_KEY_DL: Final[AvpDef[int]] = AvpDef("Sharing-Key-DL", 539, UNSIGNED32, 0, vendor=10415)
SHARING_KEY_UL: Final[AvpDef[int]] = AvpDef("Sharing-Key-UL", 540, UNSIGNED32, 0, vendor=10415)
SPECIFIC_ACTION: Final[AvpDef[int]] = AvpDef("Specific-Action", 513, ENUMERATED, M, vendor=10415, enum=SpecificAction)
SIP_FORKING_INDICATION: Final[AvpDef[int]] = AvpDef("SIP-Forking-Indication", 523, ENUMERATED, M, vendor=10415, enum=SIPForkingIndication)
SPONSOR_IDENTITY: Final[AvpDef[str]] = AvpDef("Sponsor-Identity", 531, UTF8STRING, 0, vendor=10415)
SPONSORED_CONNECTIVITY_DATA: Final[AvpDef[SponsoredConnectivityData]] = AvpDef("Sponsored-Connectivity-Data", 530, GROUPED, 0, vendor=10415)
SPONSORING_ACTION: Final[AvpDef[int]] = AvpDef("Sponsoring-Action", 542, ENUMERATED, 0, vendor=10415, enum=SponsoringAction)
WIRELINE_USER_LOCATION_INFO: Final[AvpDef[WirelineUserLocationInfo]] = AvpDef("Wireline-User-Location-Info", 578, GROUPED, 0, vendor=10415)
N5GMM_CAUSE: Final[AvpDef[int]] = AvpDef("5GMM-Cause", 573, UNSIGNED32, 0, vendor=10415)
N5GSM_CAUSE: Final[AvpDef[int]] = AvpDef("5GSM-Cause", 574, UNSIGNED32, 0, vendor=10415)
N5GS_RAN_NAS_RELEASE_CAUSE: Final[AvpDef[N5GSRANNASReleaseCause]] = AvpDef("5GS-RAN-NAS-Release-Cause", 572, GROUPED, 0, vendor=10415)
SUBSESSION_DECISION_INFO: Final[AvpDef[SubsessionDecisionInfo]] = AvpDef("Subsession-Decision-Info", 2200, GROUPED, M, vendor=10415)
SUBSESSION_ENFORCEMENT_INFO: Final[AvpDef[SubsessionEnforcementInfo]] = AvpDef("Subsession-Enforcement-Info", 2201, GROUPED, M, vendor=10415)
SUBSESSION_ID: Final[AvpDef[int]] = AvpDef("Subsession-Id", 2202, UNSIGNED32, M, vendor=10415)
SUBSESSION_OPERATION: Final[AvpDef[int]] = AvpDef("Subsession-Operation", 2203, ENUMERATED, M, vendor=10415, enum=SubsessionOperation)
MULTIPLE_BBERF_ACTION: Final[AvpDef[int]] = AvpDef("Multiple-BBERF-Action", 2204, ENUMERATED, M, vendor=10415, enum=MultipleBBERFAction)
DRA_DEPLOYMENT: Final[AvpDef[int]] = AvpDef("DRA-Deployment", 2206, ENUMERATED, 0, vendor=10415, enum=DRADeployment)
DRA_BINDING: Final[AvpDef[int]] = AvpDef("DRA-Binding", 2208, ENUMERATED, 0, vendor=10415, enum=DRABinding)
PCRF_ADDRESS: Final[AvpDef[str]] = AvpDef("PCRF-Address", 2207, DIAMETER_IDENTITY, M, vendor=10415)
UE_LOCAL_IPV6_PREFIX: Final[AvpDef[bytes]] = AvpDef("UE-Local-IPv6-Prefix", 2205, OCTET_STRING, M, vendor=10415)
AGGREGATED_CONGESTION_INFO: Final[AvpDef[AggregatedCongestionInfo]] = AvpDef("Aggregated-Congestion-Info", 4000, GROUPED, M, vendor=10415)
AGGREGATED_RUCI_REPORT: Final[AvpDef[AggregatedRUCIReport]] = AvpDef("Aggregated-RUCI-Report", 4001, GROUPED, M, vendor=10415)
CONGESTION_LEVEL_DEFINITION: Final[AvpDef[CongestionLevelDefinition]] = AvpDef("Congestion-Level-Definition", 4002, GROUPED, 0, vendor=10415)
CONGESTION_LEVEL_RANGE: Final[AvpDef[int]] = AvpDef("Congestion-Level-Range", 4003, UNSIGNED32, 0, vendor=10415, enum=CongestionLevelRange)
CONGESTION_LEVEL_SET_ID: Final[AvpDef[int]] = AvpDef("Congestion-Level-Set-Id", 4004, UNSIGNED32, 0, vendor=10415)
CONGESTION_LEVEL_VALUE: Final[AvpDef[int]] = AvpDef("Congestion-Level-Value", 4005, UNSIGNED32, M, vendor=10415, enum=CongestionLevelValue)
CONGESTION_LOCATION_ID: Final[AvpDef[CongestionLocationId]] = AvpDef("Congestion-Location-Id", 4006, GROUPED, 0, vendor=10415)
CONDITIONAL_RESTRICTION: Final[AvpDef[int]] = AvpDef("Conditional-Restriction", 4007, UNSIGNED32, 0, vendor=10415, enum=ConditionalRestriction)
ENODEB_ID: Final[AvpDef[bytes]] = AvpDef("eNodeB-Id", 4008, OCTET_STRING, M, vendor=10415)
IMSI_LIST: Final[AvpDef[bytes]] = AvpDef("IMSI-List", 4009, OCTET_STRING, M, vendor=10415)
RCAF_ID: Final[AvpDef[str]] = AvpDef("RCAF-Id", 4010, DIAMETER_IDENTITY, M, vendor=10415)
REPORTING_RESTRICTION: Final[AvpDef[int]] = AvpDef("Reporting-Restriction", 4011, UNSIGNED32, 0, vendor=10415, enum=ReportingRestriction)
RUCI_ACTION: Final[AvpDef[int]] = AvpDef("RUCI-Action", 4012, UNSIGNED32, 0, vendor=10415, enum=RUCIAction)
EXTENDED_ENODEB_ID: Final[AvpDef[bytes]] = AvpDef("Extended-eNodeB-Id", 4013, OCTET_STRING, 0, vendor=10415)
POLICY_COUNTER_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Policy-Counter-Identifier", 2901, UTF8STRING, M, vendor=10415)
POLICY_COUNTER_STATUS: Final[AvpDef[str]] = AvpDef("Policy-Counter-Status", 2902, UTF8STRING, M, vendor=10415)
POLICY_COUNTER_STATUS_REPORT: Final[AvpDef[PolicyCounterStatusReport]] = AvpDef("Policy-Counter-Status-Report", 2903, GROUPED, M, vendor=10415)
SL_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("SL-Request-Type", 2904, ENUMERATED, M, vendor=10415, enum=SLRequestType)
PENDING_POLICY_COUNTER_INFORMATION: Final[AvpDef[PendingPolicyCounterInformation]] = AvpDef("Pending-Policy-Counter-Information", 2905, GROUPED, M, vendor=10415)
PENDING_POLICY_COUNTER_CHANGE_TIME: Final[AvpDef[datetime]] = AvpDef("Pending-Policy-Counter-Change-Time", 2906, TIME, M, vendor=10415)
SN_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("SN-Request-Type", 2907, UNSIGNED32, 0, vendor=10415, enum=SNRequestType)
VISITED_NETWORK_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Visited-Network-Identifier", 600, OCTET_STRING, M, vendor=10415)
PUBLIC_IDENTITY: Final[AvpDef[str]] = AvpDef("Public-Identity", 601, UTF8STRING, M, vendor=10415)
SERVER_NAME: Final[AvpDef[str]] = AvpDef("Server-Name", 602, UTF8STRING, M, vendor=10415)
SERVER_CAPABILITIES: Final[AvpDef[ServerCapabilities]] = AvpDef("Server-Capabilities", 603, GROUPED, M, vendor=10415)
MANDATORY_CAPABILITY: Final[AvpDef[int]] = AvpDef("Mandatory-Capability", 604, UNSIGNED32, M, vendor=10415)
OPTIONAL_CAPABILITY: Final[AvpDef[int]] = AvpDef("Optional-Capability", 605, UNSIGNED32, M, vendor=10415)
USER_DATA: Final[AvpDef[bytes]] = AvpDef("User-Data", 606, OCTET_STRING, M, vendor=10415)
SIP_NUMBER_AUTH_ITEMS: Final[AvpDef[int]] = AvpDef("SIP-Number-Auth-Items", 607, UNSIGNED32, M, vendor=10415)
SIP_AUTHENTICATION_SCHEME: Final[AvpDef[str]] = AvpDef("SIP-Authentication-Scheme", 608, UTF8STRING, M, vendor=10415)
SIP_AUTHENTICATE: Final[AvpDef[bytes]] = AvpDef("SIP-Authenticate", 609, OCTET_STRING, M, vendor=10415)
SIP_AUTHORIZATION: Final[AvpDef[bytes]] = AvpDef("SIP-Authorization", 610, OCTET_STRING, M, vendor=10415)
SIP_AUTHENTICATION_CONTEXT: Final[AvpDef[bytes]] = AvpDef("SIP-Authentication-Context", 611, OCTET_STRING, M, vendor=10415)
SIP_AUTH_DATA_ITEM: Final[AvpDef[SIPAuthDataItem]] = AvpDef("SIP-Auth-Data-Item", 612, GROUPED, M, vendor=10415)
SIP_ITEM_NUMBER: Final[AvpDef[int]] = AvpDef("SIP-Item-Number", 613, UNSIGNED32, M, vendor=10415)
SERVER_ASSIGNMENT_TYPE: Final[AvpDef[int]] = AvpDef("Server-Assignment-Type", 614, ENUMERATED, M, vendor=10415, enum=ServerAssignmentType)
DEREGISTRATION_REASON: Final[AvpDef[DeregistrationReason]] = AvpDef("Deregistration-Reason", 615, GROUPED, M, vendor=10415)
REASON_CODE: Final[AvpDef[int]] = AvpDef("Reason-Code", 616, ENUMERATED, M, vendor=10415, enum=ReasonCode)
REASON_INFO: Final[AvpDef[str]] = AvpDef("Reason-Info", 617, UTF8STRING, M, vendor=10415)
CHARGING_INFORMATION: Final[AvpDef[ChargingInformation]] = AvpDef("Charging-Information", 618, GROUPED, M, vendor=10415)
PRIMARY_EVENT_CHARGING_FUNCTION_NAME: Final[AvpDef[DiameterURI]] = AvpDef("Primary-Event-Charging-Function-Name", 619, DIAMETER_URI, M, vendor=10415)
SECONDARY_EVENT_CHARGING_FUNCTION_NAME: Final[AvpDef[DiameterURI]] = AvpDef("Secondary-Event-Charging-Function-Name", 620, DIAMETER_URI, M, vendor=10415)
PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME: Final[AvpDef[DiameterURI]] = AvpDef("Primary-Charging-Collection-Function-Name", 621, DIAMETER_URI, M, vendor=10415)
SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME: Final[AvpDef[DiameterURI]] = AvpDef("Secondary-Charging-Collection-Function-Name", 622, DIAMETER_URI, M, vendor=10415)
USER_AUTHORIZATION_TYPE: Final[AvpDef[int]] = AvpDef("User-Authorization-Type", 623, ENUMERATED, M, vendor=10415, enum=UserAuthorizationType)
USER_DATA_ALREADY_AVAILABLE: Final[AvpDef[int]] = AvpDef("User-Data-Already-Available", 624, ENUMERATED, M, vendor=10415, enum=UserDataAlreadyAvailable)
CONFIDENTIALITY_KEY: Final[AvpDef[bytes]] = AvpDef("Confidentiality-Key", 625, OCTET_STRING, M, vendor=10415)
INTEGRITY_KEY: Final[AvpDef[bytes]] = AvpDef("Integrity-Key", 626, OCTET_STRING, M, vendor=10415)
SUPPORTED_FEATURES: Final[AvpDef[SupportedFeatures]] = AvpDef("Supported-Features", 628, GROUPED, 0, vendor=10415)
FEATURE_LIST_ID: Final[AvpDef[int]] = AvpDef("Feature-List-ID", 629, UNSIGNED32, 0, vendor=10415)
FEATURE_LIST: Final[AvpDef[int]] = AvpDef("Feature-List", 630, UNSIGNED32, 0, vendor=10415)
SUPPORTED_APPLICATIONS: Final[AvpDef[SupportedApplications]] = AvpDef("Supported-Applications", 631, GROUPED, 0, vendor=10415)
ASSOCIATED_IDENTITIES: Final[AvpDef[AssociatedIdentities]] = AvpDef("Associated-Identities", 632, GROUPED, 0, vendor=10415)
ORIGINATING_REQUEST: Final[AvpDef[int]] = AvpDef("Originating-Request", 633, ENUMERATED, M, vendor=10415, enum=OriginatingRequest)
WILDCARDED_PUBLIC_IDENTITY: Final[AvpDef[str]] = AvpDef("Wildcarded-Public-Identity", 634, UTF8STRING, 0, vendor=10415)
SIP_DIGEST_AUTHENTICATE: Final[AvpDef[SIPDigestAuthenticate]] = AvpDef("SIP-Digest-Authenticate", 635, GROUPED, 0, vendor=10415)
WILDCARDED_IMPU: Final[AvpDef[str]] = AvpDef("Wildcarded-IMPU", 636, UTF8STRING, 0, vendor=10415)
UAR_FLAGS: Final[AvpDef[int]] = AvpDef("UAR-Flags", 637, UNSIGNED32, 0, vendor=10415, enum=UARFlags)
LOOSE_ROUTE_INDICATION: Final[AvpDef[int]] = AvpDef("Loose-Route-Indication", 638, ENUMERATED, 0, vendor=10415, enum=LooseRouteIndication)
SCSCF_RESTORATION_INFO: Final[AvpDef[SCSCFRestorationInfo]] = AvpDef("SCSCF-Restoration-Info", 639, GROUPED, 0, vendor=10415)
PATH: Final[AvpDef[bytes]] = AvpDef("Path", 640, OCTET_STRING, 0, vendor=10415)
CONTACT: Final[AvpDef[bytes]] = AvpDef("Contact", 641, OCTET_STRING, 0, vendor=10415)
SUBSCRIPTION_INFO: Final[AvpDef[SubscriptionInfo]] = AvpDef("Subscription-Info", 642, GROUPED, 0, vendor=10415)
CALL_ID_SIP_HEADER: Final[AvpDef[bytes]] = AvpDef("Call-ID-SIP-Header", 643, OCTET_STRING, 0, vendor=10415)
FROM_SIP_HEADER: Final[AvpDef[bytes]] = AvpDef("From-SIP-Header", 644, OCTET_STRING, 0, vendor=10415)
TO_SIP_HEADER: Final[AvpDef[bytes]] = AvpDef("To-SIP-Header", 645, OCTET_STRING, 0, vendor=10415)
RECORD_ROUTE: Final[AvpDef[bytes]] = AvpDef("Record-Route", 646, OCTET_STRING, 0, vendor=10415)
ASSOCIATED_REGISTERED_IDENTITIES: Final[AvpDef[AssociatedRegisteredIdentities]] = AvpDef("Associated-Registered-Identities", 647, GROUPED, 0, vendor=10415)
MULTIPLE_REGISTRATION_INDICATION: Final[AvpDef[int]] = AvpDef("Multiple-Registration-Indication", 648, ENUMERATED, 0, vendor=10415, enum=MultipleRegistrationIndication)
RESTORATION_INFO: Final[AvpDef[RestorationInfo]] = AvpDef("Restoration-Info", 649, GROUPED, 0, vendor=10415)
SESSION_PRIORITY: Final[AvpDef[int]] = AvpDef("Session-Priority", 650, ENUMERATED, 0, vendor=10415, enum=SessionPriority)
IDENTITY_WITH_EMERGENCY_REGISTRATION: Final[AvpDef[IdentityWithEmergencyRegistration]] = AvpDef("Identity-with-Emergency-Registration", 651, GROUPED, 0, vendor=10415)
PRIVILEDGED_SENDER_INDICATION: Final[AvpDef[int]] = AvpDef("Priviledged-Sender-Indication", 652, ENUMERATED, 0, vendor=10415, enum=PriviledgedSenderIndication)
LIA_FLAGS: Final[AvpDef[int]] = AvpDef("LIA-Flags", 653, UNSIGNED32, 0, vendor=10415, enum=LIAFlags)
INITIAL_CSEQ_SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Initial-CSeq-Sequence-Number", 654, UNSIGNED32, 0, vendor=10415)
SAR_FLAGS: Final[AvpDef[int]] = AvpDef("SAR-Flags", 655, UNSIGNED32, 0, vendor=10415, enum=SARFlags)
ALLOWED_WAF_WWSF_IDENTITIES: Final[AvpDef[AllowedWAFWWSFIdentities]] = AvpDef("Allowed-WAF-WWSF-Identities", 656, GROUPED, 0, vendor=10415)
WEBRTC_AUTHENTICATION_FUNCTION_NAME: Final[AvpDef[str]] = AvpDef("WebRTC-Authentication-Function-Name", 657, UTF8STRING, 0, vendor=10415)
WEBRTC_WEB_SERVER_FUNCTION_NAME: Final[AvpDef[str]] = AvpDef("WebRTC-Web-Server-Function-Name", 658, UTF8STRING, 0, vendor=10415)
RTR_FLAGS: Final[AvpDef[int]] = AvpDef("RTR-Flags", 659, UNSIGNED32, 0, vendor=10415, enum=RTRFlags)
P_CSCF_SUBSCRIPTION_INFO: Final[AvpDef[PCSCFSubscriptionInfo]] = AvpDef("P-CSCF-Subscription-Info", 660, GROUPED, 0, vendor=10415)
REGISTRATION_TIME_OUT: Final[AvpDef[datetime]] = AvpDef("Registration-Time-Out", 661, TIME, 0, vendor=10415)
ALTERNATE_DIGEST_ALGORITHM: Final[AvpDef[str]] = AvpDef("Alternate-Digest-Algorithm", 662, UTF8STRING, 0, vendor=10415)
ALTERNATE_DIGEST_HA1: Final[AvpDef[str]] = AvpDef("Alternate-Digest-HA1", 663, UTF8STRING, 0, vendor=10415)
FAILED_PCSCF: Final[AvpDef[FailedPCSCF]] = AvpDef("Failed-PCSCF", 664, GROUPED, 0, vendor=10415)
PCSCF_FQDN: Final[AvpDef[str]] = AvpDef("PCSCF-FQDN", 665, DIAMETER_IDENTITY, 0, vendor=10415)
PCSCF_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("PCSCF-IP-Address", 666, ADDRESS, 0, vendor=10415)
OC_REG_TIMER_EXT: Final[AvpDef[int]] = AvpDef("OC-Reg-Timer-Ext", 667, UNSIGNED32, 0, vendor=10415)
TGPP_WLAN_APN_ID: Final[AvpDef[bytes]] = AvpDef("3GPP-WLAN-APN-Id", 100, OCTET_STRING, M, vendor=10415)
AUTHENTICATION_METHOD: Final[AvpDef[int]] = AvpDef("Authentication-Method", 300, ENUMERATED, M, vendor=10415, enum=AuthenticationMethod)
AUTHENTICATION_INFORMATION_SIM: Final[AvpDef[bytes]] = AvpDef("Authentication-Information-SIM", 301, OCTET_STRING, M, vendor=10415)
AUTHORIZATION_INFORMATION_SIM: Final[AvpDef[bytes]] = AvpDef("Authorization-Information-SIM", 302, OCTET_STRING, M, vendor=10415)
WLAN_USER_DATA: Final[AvpDef[WLANUserData]] = AvpDef("WLAN-User-Data", 303, GROUPED, M, vendor=10415)
CHARGING_DATA: Final[AvpDef[ChargingData]] = AvpDef("Charging-Data", 304, GROUPED, M, vendor=10415)
WLAN_ACCESS: Final[AvpDef[int]] = AvpDef("WLAN-Access", 305, ENUMERATED, M, vendor=10415, enum=WLANAccess)
WLAN_3GPP_IP_ACCESS: Final[AvpDef[int]] = AvpDef("WLAN-3GPP-IP-Access", 306, ENUMERATED, M, vendor=10415, enum=WLAN3GPPIPAccess)
APN_AUTHORIZED: Final[AvpDef[APNAuthorized]] = AvpDef("APN-Authorized", 307, GROUPED, M, vendor=10415)
APN_BARRING_TYPE: Final[AvpDef[int]] = AvpDef("APN-Barring-Type", 309, ENUMERATED, M, vendor=10415, enum=APNBarringType)
WLAN_DIRECT_IP_ACCESS: Final[AvpDef[int]] = AvpDef("WLAN-Direct-IP-Access", 310, ENUMERATED, M, vendor=10415, enum=WLANDirectIPAccess)
SESSION_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("Session-Request-Type", 311, ENUMERATED, M, vendor=10415, enum=SessionRequestType)
ROUTING_POLICY: Final[AvpDef[IPFilterRule]] = AvpDef("Routing-Policy", 312, IP_FILTER_RULE, M, vendor=10415)
MAX_REQUESTED_BANDWIDTH: Final[AvpDef[bytes]] = AvpDef("Max-Requested-Bandwidth", 313, OCTET_STRING, M, vendor=10415)
CHARGING_CHARACTERISTICS: Final[AvpDef[int]] = AvpDef("Charging-Characteristics", 314, INTEGER32, M, vendor=10415)
CHARGING_NODES: Final[AvpDef[ChargingNodes]] = AvpDef("Charging-Nodes", 315, GROUPED, M, vendor=10415)
PRIMARY_OCS_CHARGING_FUNCTION_NAME: Final[AvpDef[str]] = AvpDef("Primary-OCS-Charging-Function-Name", 316, DIAMETER_IDENTITY, M, vendor=10415)
SECONDARY_OCS_CHARGING_FUNCTION_NAME: Final[AvpDef[str]] = AvpDef("Secondary-OCS-Charging-Function-Name", 317, DIAMETER_IDENTITY, M, vendor=10415)
MAXIMUM_NUMBER_ACCESSES: Final[AvpDef[int]] = AvpDef("Maximum-Number-Accesses", 319, UNSIGNED32, M, vendor=10415)
SUBSCRIPTION_DATA: Final[AvpDef[SubscriptionData]] = AvpDef("Subscription-Data", 1400, GROUPED, M, vendor=10415)
TERMINAL_INFORMATION: Final[AvpDef[TerminalInformation]] = AvpDef("Terminal-Information", 1401, GROUPED, M, vendor=10415)
IMEI: Final[AvpDef[str]] = AvpDef("IMEI", 1402, UTF8STRING, M, vendor=10415)
SOFTWARE_VERSION: Final[AvpDef[str]] = AvpDef("Software-Version", 1403, UTF8STRING, M, vendor=10415)
QOS_SUBSCRIBED: Final[AvpDef[bytes]] = AvpDef("QoS-Subscribed", 1404, OCTET_STRING, M, vendor=10415)
ULR_FLAGS: Final[AvpDef[int]] = AvpDef("ULR-Flags", 1405, UNSIGNED32, M, vendor=10415, enum=ULRFlags)
ULA_FLAGS: Final[AvpDef[int]] = AvpDef("ULA-Flags", 1406, UNSIGNED32, M, vendor=10415, enum=ULAFlags)
VISITED_PLMN_ID: Final[AvpDef[bytes]] = AvpDef("Visited-PLMN-Id", 1407, OCTET_STRING, M, vendor=10415)
REQUESTED_EUTRAN_AUTHENTICATION_INFO: Final[AvpDef[RequestedEUTRANAuthenticationInfo]] = AvpDef("Requested-EUTRAN-Authentication-Info", 1408, GROUPED, M, vendor=10415)
REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO: Final[AvpDef[RequestedUTRANGERANAuthenticationInfo]] = AvpDef("Requested-UTRAN-GERAN-Authentication-Info", 1409, GROUPED, M, vendor=10415)
NUMBER_OF_REQUESTED_VECTORS: Final[AvpDef[int]] = AvpDef("Number-Of-Requested-Vectors", 1410, UNSIGNED32, M, vendor=10415)
RE_SYNCHRONIZATION_INFO: Final[AvpDef[bytes]] = AvpDef("Re-Synchronization-Info", 1411, OCTET_STRING, M, vendor=10415)
IMMEDIATE_RESPONSE_PREFERRED: Final[AvpDef[int]] = AvpDef("Immediate-Response-Preferred", 1412, UNSIGNED32, M, vendor=10415)
AUTHENTICATION_INFO: Final[AvpDef[AuthenticationInfo]] = AvpDef("Authentication-Info", 1413, GROUPED, M, vendor=10415)
E_UTRAN_VECTOR: Final[AvpDef[EUTRANVector]] = AvpDef("E-UTRAN-Vector", 1414, GROUPED, M, vendor=10415)
UTRAN_VECTOR: Final[AvpDef[UTRANVector]] = AvpDef("UTRAN-Vector", 1415, GROUPED, M, vendor=10415)
GERAN_VECTOR: Final[AvpDef[GERANVector]] = AvpDef("GERAN-Vector", 1416, GROUPED, M, vendor=10415)
NETWORK_ACCESS_MODE: Final[AvpDef[int]] = AvpDef("Network-Access-Mode", 1417, ENUMERATED, M, vendor=10415, enum=NetworkAccessMode)
HPLMN_ODB: Final[AvpDef[int]] = AvpDef("HPLMN-ODB", 1418, UNSIGNED32, M, vendor=10415, enum=HPLMNODB)
ITEM_NUMBER: Final[AvpDef[int]] = AvpDef("Item-Number", 1419, UNSIGNED32, M, vendor=10415)
CANCELLATION_TYPE: Final[AvpDef[int]] = AvpDef("Cancellation-Type", 1420, ENUMERATED, M, vendor=10415, enum=CancellationType)
DSR_FLAGS: Final[AvpDef[int]] = AvpDef("DSR-Flags", 1421, UNSIGNED32, M, vendor=10415, enum=DSRFlags)
DSA_FLAGS: Final[AvpDef[int]] = AvpDef("DSA-Flags", 1422, UNSIGNED32, M, vendor=10415, enum=DSAFlags)
CONTEXT_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Context-Identifier", 1423, UNSIGNED32, M, vendor=10415)
SUBSCRIBER_STATUS: Final[AvpDef[int]] = AvpDef("Subscriber-Status", 1424, ENUMERATED, M, vendor=10415, enum=SubscriberStatus)
OPERATOR_DETERMINED_BARRING: Final[AvpDef[int]] = AvpDef("Operator-Determined-Barring", 1425, UNSIGNED32, M, vendor=10415, enum=OperatorDeterminedBarring)
ACCESS_RESTRICTION_DATA: Final[AvpDef[int]] = AvpDef("Access-Restriction-Data", 1426, UNSIGNED32, M, vendor=10415, enum=AccessRestrictionData)
APN_OI_REPLACEMENT: Final[AvpDef[str]] = AvpDef("APN-OI-Replacement", 1427, UTF8STRING, M, vendor=10415)
ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR: Final[AvpDef[int]] = AvpDef("All-APN-Configurations-Included-Indicator", 1428, ENUMERATED, M, vendor=10415, enum=AllAPNConfigurationsIncludedIndicator)
APN_CONFIGURATION_PROFILE: Final[AvpDef[APNConfigurationProfile]] = AvpDef("APN-Configuration-Profile", 1429, GROUPED, M, vendor=10415)
APN_CONFIGURATION: Final[AvpDef[APNConfiguration]] = AvpDef("APN-Configuration", 1430, GROUPED, M, vendor=10415)
EPS_SUBSCRIBED_QOS_PROFILE: Final[AvpDef[EPSSubscribedQoSProfile]] = AvpDef("EPS-Subscribed-QoS-Profile", 1431, GROUPED, M, vendor=10415)
VPLMN_DYNAMIC_ADDRESS_ALLOWED: Final[AvpDef[int]] = AvpDef("VPLMN-Dynamic-Address-Allowed", 1432, ENUMERATED, M, vendor=10415, enum=VPLMNDynamicAddressAllowed)
STN_SR: Final[AvpDef[bytes]] = AvpDef("STN-SR", 1433, OCTET_STRING, M, vendor=10415)
ALERT_REASON: Final[AvpDef[int]] = AvpDef("Alert-Reason", 1434, ENUMERATED, M, vendor=10415, enum=AlertReason)
AMBR: Final[AvpDef[Ambr]] = AvpDef("AMBR", 1435, GROUPED, M, vendor=10415)
CSG_SUBSCRIPTION_DATA: Final[AvpDef[CSGSubscriptionData]] = AvpDef("CSG-Subscription-Data", 1436, GROUPED, M, vendor=10415)
CSG_ID: Final[AvpDef[int]] = AvpDef("CSG-Id", 1437, UNSIGNED32, M, vendor=10415)
PDN_GW_ALLOCATION_TYPE: Final[AvpDef[int]] = AvpDef("PDN-GW-Allocation-Type", 1438, ENUMERATED, M, vendor=10415, enum=PDNGWAllocationType)
EXPIRATION_DATE: Final[AvpDef[datetime]] = AvpDef("Expiration-Date", 1439, TIME, M, vendor=10415)
RAT_FREQUENCY_SELECTION_PRIORITY_ID: Final[AvpDef[int]] = AvpDef("RAT-Frequency-Selection-Priority-ID", 1440, UNSIGNED32, M, vendor=10415)
IDA_FLAGS: Final[AvpDef[int]] = AvpDef("IDA-Flags", 1441, UNSIGNED32, M, vendor=10415, enum=IDAFlags)
PUA_FLAGS: Final[AvpDef[int]] = AvpDef("PUA-Flags", 1442, UNSIGNED32, M, vendor=10415, enum=PUAFlags)
NOR_FLAGS: Final[AvpDef[int]] = AvpDef("NOR-Flags", 1443, UNSIGNED32, M, vendor=10415, enum=NORFlags)
USER_ID: Final[AvpDef[str]] = AvpDef("User-Id", 1444, UTF8STRING, 0, vendor=10415)
EQUIPMENT_STATUS: Final[AvpDef[int]] = AvpDef("Equipment-Status", 1445, ENUMERATED, M, vendor=10415, enum=EquipmentStatus)
REGIONAL_SUBSCRIPTION_ZONE_CODE: Final[AvpDef[bytes]] = AvpDef("Regional-Subscription-Zone-Code", 1446, OCTET_STRING, M, vendor=10415)
RAND: Final[AvpDef[bytes]] = AvpDef("RAND", 1447, OCTET_STRING, M, vendor=10415)
XRES: Final[AvpDef[bytes]] = AvpDef("XRES", 1448, OCTET_STRING, M, vendor=10415)
AUTN: Final[AvpDef[bytes]] = AvpDef("AUTN", 1449, OCTET_STRING, M, vendor=10415)
KASME: Final[AvpDef[bytes]] = AvpDef("KASME", 1450, OCTET_STRING, M, vendor=10415)
TRACE_COLLECTION_ENTITY: Final[AvpDef[AddressValue]] = AvpDef("Trace-Collection-Entity", 1452, ADDRESS, M, vendor=10415)
KC: Final[AvpDef[bytes]] = AvpDef("Kc", 1453, OCTET_STRING, M, vendor=10415)
SRES: Final[AvpDef[bytes]] = AvpDef("SRES", 1454, OCTET_STRING, M, vendor=10415)
PDN_TYPE: Final[AvpDef[int]] = AvpDef("PDN-Type", 1456, ENUMERATED, M, vendor=10415, enum=PDNType)
ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE: Final[AvpDef[int]] = AvpDef("Roaming-Restricted-Due-To-Unsupported-Feature", 1457, ENUMERATED, M, vendor=10415, enum=RoamingRestrictedDueToUnsupportedFeature)
TRACE_DATA: Final[AvpDef[TraceData]] = AvpDef("Trace-Data", 1458, GROUPED, M, vendor=10415)
TRACE_REFERENCE: Final[AvpDef[bytes]] = AvpDef("Trace-Reference", 1459, OCTET_STRING, M, vendor=10415)
TRACE_DEPTH: Final[AvpDef[int]] = AvpDef("Trace-Depth", 1462, ENUMERATED, M, vendor=10415, enum=TraceDepth)
TRACE_NE_TYPE_LIST: Final[AvpDef[bytes]] = AvpDef("Trace-NE-Type-List", 1463, OCTET_STRING, M, vendor=10415)
TRACE_INTERFACE_LIST: Final[AvpDef[bytes]] = AvpDef("Trace-Interface-List", 1464, OCTET_STRING, M, vendor=10415)
TRACE_EVENT_LIST: Final[AvpDef[bytes]] = AvpDef("Trace-Event-List", 1465, OCTET_STRING, M, vendor=10415)
OMC_ID: Final[AvpDef[bytes]] = AvpDef("OMC-Id", 1466, OCTET_STRING, M, vendor=10415)
GPRS_SUBSCRIPTION_DATA: Final[AvpDef[GPRSSubscriptionData]] = AvpDef("GPRS-Subscription-Data", 1467, GROUPED, M, vendor=10415)
COMPLETE_DATA_LIST_INCLUDED_INDICATOR: Final[AvpDef[int]] = AvpDef("Complete-Data-List-Included-Indicator", 1468, ENUMERATED, M, vendor=10415, enum=CompleteDataListIncludedIndicator)
PDP_CONTEXT: Final[AvpDef[PDPContext]] = AvpDef("PDP-Context", 1469, GROUPED, M, vendor=10415)
PDP_TYPE: Final[AvpDef[bytes]] = AvpDef("PDP-Type", 1470, OCTET_STRING, M, vendor=10415)
TGPP2_MEID: Final[AvpDef[bytes]] = AvpDef("3GPP2-MEID", 1471, OCTET_STRING, M, vendor=10415)
SPECIFIC_APN_INFO: Final[AvpDef[SpecificAPNInfo]] = AvpDef("Specific-APN-Info", 1472, GROUPED, M, vendor=10415)
LCS_INFO: Final[AvpDef[LCSInfo]] = AvpDef("LCS-Info", 1473, GROUPED, M, vendor=10415)
GMLC_NUMBER: Final[AvpDef[bytes]] = AvpDef("GMLC-Number", 1474, OCTET_STRING, M, vendor=10415)
LCS_PRIVACYEXCEPTION: Final[AvpDef[LCSPrivacyException]] = AvpDef("LCS-PrivacyException", 1475, GROUPED, M, vendor=10415)
SS_CODE: Final[AvpDef[bytes]] = AvpDef("SS-Code", 1476, OCTET_STRING, M, vendor=10415)
SS_STATUS: Final[AvpDef[bytes]] = AvpDef("SS-Status", 1477, OCTET_STRING, M, vendor=10415)
NOTIFICATION_TO_UE_USER: Final[AvpDef[int]] = AvpDef("Notification-To-UE-User", 1478, ENUMERATED, M, vendor=10415, enum=NotificationToUEUser)
EXTERNAL_CLIENT: Final[AvpDef[ExternalClient]] = AvpDef("External-Client", 1479, GROUPED, M, vendor=10415)
CLIENT_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Client-Identity", 1480, OCTET_STRING, M, vendor=10415)
GMLC_RESTRICTION: Final[AvpDef[int]] = AvpDef("GMLC-Restriction", 1481, ENUMERATED, M, vendor=10415, enum=GMLCRestriction)
PLMN_CLIENT: Final[AvpDef[int]] = AvpDef("PLMN-Client", 1482, ENUMERATED, M, vendor=10415, enum=PLMNClient)
SERVICE_TYPE: Final[AvpDef[ServiceType]] = AvpDef("Service-Type", 1483, GROUPED, M, vendor=10415)
SERVICETYPEIDENTITY: Final[AvpDef[int]] = AvpDef("ServiceTypeIdentity", 1484, UNSIGNED32, M, vendor=10415)
MO_LR: Final[AvpDef[MOLR]] = AvpDef("MO-LR", 1485, GROUPED, M, vendor=10415)
TELESERVICE_LIST: Final[AvpDef[TeleserviceList]] = AvpDef("Teleservice-List", 1486, GROUPED, M, vendor=10415)
TS_CODE: Final[AvpDef[bytes]] = AvpDef("TS-Code", 1487, OCTET_STRING, M, vendor=10415)
CALL_BARRING_INFO: Final[AvpDef[CallBarringInfo]] = AvpDef("Call-Barring-Info", 1488, GROUPED, M, vendor=10415)
SGSN_NUMBER: Final[AvpDef[bytes]] = AvpDef("SGSN-Number", 1489, OCTET_STRING, M, vendor=10415)
IDR_FLAGS: Final[AvpDef[int]] = AvpDef("IDR-Flags", 1490, UNSIGNED32, M, vendor=10415, enum=IDRFlags)
ICS_INDICATOR: Final[AvpDef[int]] = AvpDef("ICS-Indicator", 1491, ENUMERATED, 0, vendor=10415, enum=ICSIndicator)
IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED: Final[AvpDef[int]] = AvpDef("IMS-Voice-Over-PS-Sessions-Supported", 1492, ENUMERATED, 0, vendor=10415, enum=IMSVoiceOverPSSessionsSupported)
HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS: Final[AvpDef[int]] = AvpDef("Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions", 1493, ENUMERATED, 0, vendor=10415, enum=HomogeneousSupportOfIMSVoiceOverPSSessions)
LAST_UE_ACTIVITY_TIME: Final[AvpDef[datetime]] = AvpDef("Last-UE-Activity-Time", 1494, TIME, 0, vendor=10415)
EPS_USER_STATE: Final[AvpDef[EPSUserState]] = AvpDef("EPS-User-State", 1495, GROUPED, 0, vendor=10415)
EPS_LOCATION_INFORMATION: Final[AvpDef[EPSLocationInformation]] = AvpDef("EPS-Location-Information", 1496, GROUPED, 0, vendor=10415)
MME_USER_STATE: Final[AvpDef[MMEUserState]] = AvpDef("MME-User-State", 1497, GROUPED, 0, vendor=10415)
SGSN_USER_STATE: Final[AvpDef[SGSNUserState]] = AvpDef("SGSN-User-State", 1498, GROUPED, 0, vendor=10415)
USER_STATE: Final[AvpDef[int]] = AvpDef("User-State", 1499, ENUMERATED, 0, vendor=10415, enum=UserState)
MME_LOCATION_INFORMATION: Final[AvpDef[MMELocationInformation]] = AvpDef("MME-Location-Information", 1600, GROUPED, 0, vendor=10415)
SGSN_LOCATION_INFORMATION: Final[AvpDef[SGSNLocationInformation]] = AvpDef("SGSN-Location-Information", 1601, GROUPED, 0, vendor=10415)
E_UTRAN_CELL_GLOBAL_IDENTITY: Final[AvpDef[bytes]] = AvpDef("E-UTRAN-Cell-Global-Identity", 1602, OCTET_STRING, 0, vendor=10415)
TRACKING_AREA_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Tracking-Area-Identity", 1603, OCTET_STRING, 0, vendor=10415)
CELL_GLOBAL_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Cell-Global-Identity", 1604, OCTET_STRING, 0, vendor=10415)
ROUTING_AREA_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Routing-Area-Identity", 1605, OCTET_STRING, 0, vendor=10415)
LOCATION_AREA_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Location-Area-Identity", 1606, OCTET_STRING, 0, vendor=10415)
SERVICE_AREA_IDENTITY: Final[AvpDef[bytes]] = AvpDef("Service-Area-Identity", 1607, OCTET_STRING, 0, vendor=10415)
GEOGRAPHICAL_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Geographical-Information", 1608, OCTET_STRING, 0, vendor=10415)
GEODETIC_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Geodetic-Information", 1609, OCTET_STRING, 0, vendor=10415)
CURRENT_LOCATION_RETRIEVED: Final[AvpDef[int]] = AvpDef("Current-Location-Retrieved", 1610, ENUMERATED, 0, vendor=10415, enum=CurrentLocationRetrieved)
AGE_OF_LOCATION_INFORMATION: Final[AvpDef[int]] = AvpDef("Age-Of-Location-Information", 1611, UNSIGNED32, 0, vendor=10415)
ACTIVE_APN: Final[AvpDef[ActiveAPN]] = AvpDef("Active-APN", 1612, GROUPED, 0, vendor=10415)
ERROR_DIAGNOSTIC: Final[AvpDef[int]] = AvpDef("Error-Diagnostic", 1614, ENUMERATED, 0, vendor=10415, enum=ErrorDiagnostic)
EXT_PDP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Ext-PDP-Address", 1621, ADDRESS, 0, vendor=10415)
UE_SRVCC_CAPABILITY: Final[AvpDef[int]] = AvpDef("UE-SRVCC-Capability", 1615, ENUMERATED, 0, vendor=10415, enum=UESRVCCCapability)
MPS_PRIORITY: Final[AvpDef[int]] = AvpDef("MPS-Priority", 1616, UNSIGNED32, 0, vendor=10415, enum=MPSPriority)
VPLMN_LIPA_ALLOWED: Final[AvpDef[int]] = AvpDef("VPLMN-LIPA-Allowed", 1617, ENUMERATED, 0, vendor=10415, enum=VPLMNLIPAAllowed)
LIPA_PERMISSION: Final[AvpDef[int]] = AvpDef("LIPA-Permission", 1618, ENUMERATED, 0, vendor=10415, enum=LIPAPermission)
SUBSCRIBED_PERIODIC_RAU_TAU_TIMER: Final[AvpDef[int]] = AvpDef("Subscribed-Periodic-RAU-TAU-Timer", 1619, UNSIGNED32, 0, vendor=10415)
EXT_PDP_TYPE: Final[AvpDef[bytes]] = AvpDef("Ext-PDP-Type", 1620, OCTET_STRING, 0, vendor=10415)
SIPTO_PERMISSION: Final[AvpDef[int]] = AvpDef("SIPTO-Permission", 1613, ENUMERATED, 0, vendor=10415, enum=SIPTOPermission)
MDT_CONFIGURATION: Final[AvpDef[MDTConfiguration]] = AvpDef("MDT-Configuration", 1622, GROUPED, 0, vendor=10415)
JOB_TYPE: Final[AvpDef[int]] = AvpDef("Job-Type", 1623, ENUMERATED, 0, vendor=10415, enum=JobType)
AREA_SCOPE: Final[AvpDef[AreaScope]] = AvpDef("Area-Scope", 1624, GROUPED, 0, vendor=10415)
LIST_OF_MEASUREMENTS: Final[AvpDef[int]] = AvpDef("List-Of-Measurements", 1625, UNSIGNED32, 0, vendor=10415)
REPORTING_TRIGGER: Final[AvpDef[int]] = AvpDef("Reporting-Trigger", 1626, UNSIGNED32, 0, vendor=10415)
REPORT_INTERVAL: Final[AvpDef[int]] = AvpDef("Report-Interval", 1627, ENUMERATED, 0, vendor=10415, enum=ReportInterval)
REPORT_AMOUNT: Final[AvpDef[int]] = AvpDef("Report-Amount", 1628, ENUMERATED, 0, vendor=10415, enum=ReportAmount)
EVENT_THRESHOLD_RSRP: Final[AvpDef[int]] = AvpDef("Event-Threshold-RSRP", 1629, UNSIGNED32, 0, vendor=10415)
EVENT_THRESHOLD_RSRQ: Final[AvpDef[int]] = AvpDef("Event-Threshold-RSRQ", 1630, UNSIGNED32, 0, vendor=10415)
LOGGING_INTERVAL: Final[AvpDef[int]] = AvpDef("Logging-Interval", 1631, ENUMERATED, 0, vendor=10415, enum=LoggingInterval)
LOGGING_DURATION: Final[AvpDef[int]] = AvpDef("Logging-Duration", 1632, ENUMERATED, 0, vendor=10415, enum=LoggingDuration)
RELAY_NODE_INDICATOR: Final[AvpDef[int]] = AvpDef("Relay-Node-Indicator", 1633, ENUMERATED, 0, vendor=10415, enum=RelayNodeIndicator)
MDT_USER_CONSENT: Final[AvpDef[int]] = AvpDef("MDT-User-Consent", 1634, ENUMERATED, 0, vendor=10415, enum=MDTUserConsent)
PUR_FLAGS: Final[AvpDef[int]] = AvpDef("PUR-Flags", 1635, UNSIGNED32, 0, vendor=10415, enum=PURFlags)
SUBSCRIBED_VSRVCC: Final[AvpDef[int]] = AvpDef("Subscribed-VSRVCC", 1636, ENUMERATED, 0, vendor=10415, enum=SubscribedVSRVCC)
EQUIVALENT_PLMN_LIST: Final[AvpDef[EquivalentPLMNList]] = AvpDef("Equivalent-PLMN-List", 1637, GROUPED, 0, vendor=10415)
CLR_FLAGS: Final[AvpDef[int]] = AvpDef("CLR-Flags", 1638, UNSIGNED32, 0, vendor=10415, enum=CLRFlags)
UVR_FLAGS: Final[AvpDef[int]] = AvpDef("UVR-Flags", 1639, UNSIGNED32, M, vendor=10415, enum=UVRFlags)
UVA_FLAGS: Final[AvpDef[int]] = AvpDef("UVA-Flags", 1640, UNSIGNED32, M, vendor=10415, enum=UVAFlags)
VPLMN_CSG_SUBSCRIPTION_DATA: Final[AvpDef[VPLMNCSGSubscriptionData]] = AvpDef("VPLMN-CSG-Subscription-Data", 1641, GROUPED, M, vendor=10415)
TIME_ZONE: Final[AvpDef[str]] = AvpDef("Time-Zone", 1642, UTF8STRING, 0, vendor=10415)
A_MSISDN: Final[AvpDef[bytes]] = AvpDef("A-MSISDN", 1643, OCTET_STRING, 0, vendor=10415)
MME_NUMBER_FOR_MT_SMS: Final[AvpDef[bytes]] = AvpDef("MME-Number-for-MT-SMS", 1645, OCTET_STRING, 0, vendor=10415)
SMS_REGISTER_REQUEST: Final[AvpDef[int]] = AvpDef("SMS-Register-Request", 1648, ENUMERATED, 0, vendor=10415, enum=SMSRegisterRequest)
LOCAL_TIME_ZONE: Final[AvpDef[LocalTimeZone]] = AvpDef("Local-Time-Zone", 1649, GROUPED, 0, vendor=10415)
DAYLIGHT_SAVING_TIME: Final[AvpDef[int]] = AvpDef("Daylight-Saving-Time", 1650, ENUMERATED, 0, vendor=10415, enum=DaylightSavingTime)
SUBSCRIPTION_DATA_FLAGS: Final[AvpDef[int]] = AvpDef("Subscription-Data-Flags", 1654, UNSIGNED32, 0, vendor=10415, enum=SubscriptionDataFlags)
MEASUREMENT_PERIOD_LTE: Final[AvpDef[int]] = AvpDef("Measurement-Period-LTE", 1655, ENUMERATED, 0, vendor=10415, enum=MeasurementPeriodLTE)
MEASUREMENT_PERIOD_UMTS: Final[AvpDef[int]] = AvpDef("Measurement-Period-UMTS", 1656, ENUMERATED, 0, vendor=10415, enum=MeasurementPeriodUMTS)
COLLECTION_PERIOD_RRM_LTE: Final[AvpDef[int]] = AvpDef("Collection-Period-RRM-LTE", 1657, ENUMERATED, 0, vendor=10415, enum=CollectionPeriodRRMLTE)
COLLECTION_PERIOD_RRM_UMTS: Final[AvpDef[int]] = AvpDef("Collection-Period-RRM-UMTS", 1658, ENUMERATED, 0, vendor=10415, enum=CollectionPeriodRRMUMTS)
POSITIONING_METHOD: Final[AvpDef[bytes]] = AvpDef("Positioning-Method", 1659, OCTET_STRING, 0, vendor=10415)
MEASUREMENT_QUANTITY: Final[AvpDef[bytes]] = AvpDef("Measurement-Quantity", 1660, OCTET_STRING, 0, vendor=10415)
EVENT_THRESHOLD_EVENT_1F: Final[AvpDef[int]] = AvpDef("Event-Threshold-Event-1F", 1661, INTEGER32, 0, vendor=10415)
EVENT_THRESHOLD_EVENT_1I: Final[AvpDef[int]] = AvpDef("Event-Threshold-Event-1I", 1662, INTEGER32, 0, vendor=10415)
RESTORATION_PRIORITY: Final[AvpDef[int]] = AvpDef("Restoration-Priority", 1663, UNSIGNED32, 0, vendor=10415)
SGS_MME_IDENTITY: Final[AvpDef[str]] = AvpDef("SGs-MME-Identity", 1664, UTF8STRING, 0, vendor=10415)
SIPTO_LOCAL_NETWORK_PERMISSION: Final[AvpDef[int]] = AvpDef("SIPTO-Local-Network-Permission", 1665, UNSIGNED32, 0, vendor=10415, enum=SIPTOLocalNetworkPermission)
COUPLED_NODE_DIAMETER_ID: Final[AvpDef[str]] = AvpDef("Coupled-Node-Diameter-ID", 1666, DIAMETER_IDENTITY, 0, vendor=10415)
WLAN_OFFLOADABILITY: Final[AvpDef[WLANOffloadability]] = AvpDef("WLAN-offloadability", 1667, GROUPED, 0, vendor=10415)
WLAN_OFFLOADABILITY_EUTRAN: Final[AvpDef[int]] = AvpDef("WLAN-offloadability-EUTRAN", 1668, UNSIGNED32, 0, vendor=10415)
WLAN_OFFLOADABILITY_UTRAN: Final[AvpDef[int]] = AvpDef("WLAN-offloadability-UTRAN", 1669, UNSIGNED32, 0, vendor=10415)
RESET_ID: Final[AvpDef[bytes]] = AvpDef("Reset-ID", 1670, OCTET_STRING, 0, vendor=10415)
MDT_ALLOWED_PLMN_ID: Final[AvpDef[bytes]] = AvpDef("MDT-Allowed-PLMN-Id", 1671, OCTET_STRING, 0, vendor=10415)
ADJACENT_PLMNS: Final[AvpDef[AdjacentPLMNs]] = AvpDef("Adjacent-PLMNs", 1672, GROUPED, 0, vendor=10415)
ADJACENT_ACCESS_RESTRICTION_DATA: Final[AvpDef[AdjacentAccessRestrictionData]] = AvpDef("Adjacent-Access-Restriction-Data", 1673, GROUPED, 0, vendor=10415)
DL_BUFFERING_SUGGESTED_PACKET_COUNT: Final[AvpDef[int]] = AvpDef("DL-Buffering-Suggested-Packet-Count", 1674, INTEGER32, 0, vendor=10415)
IMSI_GROUP_ID: Final[AvpDef[IMSIGroupId]] = AvpDef("IMSI-Group-Id", 1675, GROUPED, 0, vendor=10415)
GROUP_SERVICE_ID: Final[AvpDef[int]] = AvpDef("Group-Service-Id", 1676, UNSIGNED32, 0, vendor=10415)
GROUP_PLMN_ID: Final[AvpDef[bytes]] = AvpDef("Group-PLMN-Id", 1677, OCTET_STRING, 0, vendor=10415)
LOCAL_GROUP_ID: Final[AvpDef[bytes]] = AvpDef("Local-Group-Id", 1678, OCTET_STRING, 0, vendor=10415)
AIR_FLAGS: Final[AvpDef[int]] = AvpDef("AIR-Flags", 1679, UNSIGNED32, 0, vendor=10415, enum=AIRFlags)
UE_USAGE_TYPE: Final[AvpDef[int]] = AvpDef("UE-Usage-Type", 1680, UNSIGNED32, 0, vendor=10415)
NON_IP_PDN_TYPE_INDICATOR: Final[AvpDef[int]] = AvpDef("Non-IP-PDN-Type-Indicator", 1681, ENUMERATED, 0, vendor=10415, enum=NonIPPDNTypeIndicator)
NON_IP_DATA_DELIVERY_MECHANISM: Final[AvpDef[int]] = AvpDef("Non-IP-Data-Delivery-Mechanism", 1682, UNSIGNED32, 0, vendor=10415, enum=NonIPDataDeliveryMechanism)
ADDITIONAL_CONTEXT_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Additional-Context-Identifier", 1683, UNSIGNED32, 0, vendor=10415)
SCEF_REALM: Final[AvpDef[str]] = AvpDef("SCEF-Realm", 1684, DIAMETER_IDENTITY, 0, vendor=10415)
SUBSCRIPTION_DATA_DELETION: Final[AvpDef[SubscriptionDataDeletion]] = AvpDef("Subscription-Data-Deletion", 1685, GROUPED, 0, vendor=10415)
PREFERRED_DATA_MODE: Final[AvpDef[int]] = AvpDef("Preferred-Data-Mode", 1686, UNSIGNED32, 0, vendor=10415, enum=PreferredDataMode)
EMERGENCY_INFO: Final[AvpDef[EmergencyInfo]] = AvpDef("Emergency-Info", 1687, GROUPED, 0, vendor=10415)
V2X_SUBSCRIPTION_DATA: Final[AvpDef[V2XSubscriptionData]] = AvpDef("V2X-Subscription-Data", 1688, GROUPED, 0, vendor=10415)
V2X_PERMISSION: Final[AvpDef[int]] = AvpDef("V2X-Permission", 1689, UNSIGNED32, 0, vendor=10415, enum=V2XPermission)
PDN_CONNECTION_CONTINUITY: Final[AvpDef[int]] = AvpDef("PDN-Connection-Continuity", 1690, UNSIGNED32, 0, vendor=10415, enum=PDNConnectionContinuity)
EDRX_CYCLE_LENGTH: Final[AvpDef[EDRXCycleLength]] = AvpDef("eDRX-Cycle-Length", 1691, GROUPED, 0, vendor=10415)
EDRX_CYCLE_LENGTH_VALUE: Final[AvpDef[bytes]] = AvpDef("eDRX-Cycle-Length-Value", 1692, OCTET_STRING, 0, vendor=10415)
UE_PC5_AMBR: Final[AvpDef[int]] = AvpDef("UE-PC5-AMBR", 1693, UNSIGNED32, 0, vendor=10415)
MBSFN_AREA: Final[AvpDef[MBSFNArea]] = AvpDef("MBSFN-Area", 1694, GROUPED, 0, vendor=10415)
MBSFN_AREA_ID: Final[AvpDef[int]] = AvpDef("MBSFN-Area-ID", 1695, UNSIGNED32, 0, vendor=10415)
CARRIER_FREQUENCY: Final[AvpDef[int]] = AvpDef("Carrier-Frequency", 1696, UNSIGNED32, 0, vendor=10415)
RDS_INDICATOR: Final[AvpDef[int]] = AvpDef("RDS-Indicator", 1697, ENUMERATED, 0, vendor=10415, enum=RDSIndicator)
SERVICE_GAP_TIME: Final[AvpDef[int]] = AvpDef("Service-Gap-Time", 1698, UNSIGNED32, 0, vendor=10415)
AERIAL_UE_SUBSCRIPTION_INFORMATION: Final[AvpDef[int]] = AvpDef("Aerial-UE-Subscription-Information", 1699, UNSIGNED32, 0, vendor=10415, enum=AerialUESubscriptionInformation)
BROADCAST_LOCATION_ASSISTANCE_DATA_TYPES: Final[AvpDef[int]] = AvpDef("Broadcast-Location-Assistance-Data-Types", 1700, UNSIGNED64, 0, vendor=10415)
PAGING_TIME_WINDOW: Final[AvpDef[PagingTimeWindow]] = AvpDef("Paging-Time-Window", 1701, GROUPED, 0, vendor=10415)
OPERATION_MODE: Final[AvpDef[int]] = AvpDef("Operation-Mode", 1702, UNSIGNED32, 0, vendor=10415, enum=OperationMode)
PAGING_TIME_WINDOW_LENGTH: Final[AvpDef[bytes]] = AvpDef("Paging-Time-Window-Length", 1703, OCTET_STRING, 0, vendor=10415)
CORE_NETWORK_RESTRICTIONS: Final[AvpDef[int]] = AvpDef("Core-Network-Restrictions", 1704, UNSIGNED32, 0, vendor=10415, enum=CoreNetworkRestrictions)
EDRX_RELATED_RAT: Final[AvpDef[EDRXRelatedRAT]] = AvpDef("eDRX-Related-RAT", 1705, GROUPED, 0, vendor=10415)
INTERWORKING_5GS_INDICATOR: Final[AvpDef[int]] = AvpDef("Interworking-5GS-Indicator", 1706, ENUMERATED, 0, vendor=10415, enum=Interworking5GSIndicator)
ETHERNET_PDN_TYPE_INDICATOR: Final[AvpDef[int]] = AvpDef("Ethernet-PDN-Type-Indicator", 1707, ENUMERATED, 0, vendor=10415, enum=EthernetPDNTypeIndicator)
SUBSCRIBED_ARPI: Final[AvpDef[int]] = AvpDef("Subscribed-ARPI", 1708, UNSIGNED32, 0, vendor=10415)
IAB_OPERATION_PERMISSION: Final[AvpDef[int]] = AvpDef("IAB-Operation-Permission", 1709, ENUMERATED, 0, vendor=10415, enum=IABOperationPermission)
V2X_SUBSCRIPTION_DATA_NR: Final[AvpDef[V2XSubscriptionDataNr]] = AvpDef("V2X-Subscription-Data-Nr", 1710, GROUPED, 0, vendor=10415)
UE_PC5_QOS: Final[AvpDef[UEPC5QoS]] = AvpDef("UE-PC5-QoS", 1711, GROUPED, 0, vendor=10415)
PC5_QOS_FLOW: Final[AvpDef[PC5QoSFlow]] = AvpDef("PC5-QoS-Flow", 1712, GROUPED, 0, vendor=10415)
N5QI: Final[AvpDef[int]] = AvpDef("5QI", 1713, INTEGER32, 0, vendor=10415)
PC5_FLOW_BITRATES: Final[AvpDef[PC5FlowBitrates]] = AvpDef("PC5-Flow-Bitrates", 1714, GROUPED, 0, vendor=10415)
GUARANTEED_FLOW_BITRATES: Final[AvpDef[int]] = AvpDef("Guaranteed-Flow-Bitrates", 1715, INTEGER32, 0, vendor=10415)
MAXIMUM_FLOW_BITRATES: Final[AvpDef[int]] = AvpDef("Maximum-Flow-Bitrates", 1716, INTEGER32, 0, vendor=10415)
PC5_RANGE: Final[AvpDef[int]] = AvpDef("PC5-Range", 1717, INTEGER32, 0, vendor=10415)
PC5_LINK_AMBR: Final[AvpDef[int]] = AvpDef("PC5-Link-AMBR", 1718, INTEGER32, 0, vendor=10415)
THIRD_CONTEXT_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Third-Context-Identifier", 1719, UNSIGNED32, 0, vendor=10415)
MDT_CONFIGURATION_NR: Final[AvpDef[MDTConfigurationNR]] = AvpDef("MDT-Configuration-NR", 1720, GROUPED, 0, vendor=10415)
EVENT_THRESHOLD_SINR: Final[AvpDef[int]] = AvpDef("Event-Threshold-SINR", 1721, UNSIGNED32, 0, vendor=10415)
COLLECTION_PERIOD_RRM_NR: Final[AvpDef[int]] = AvpDef("Collection-Period-RRM-NR", 1722, ENUMERATED, 0, vendor=10415, enum=CollectionPeriodRRMNR)
COLLECTION_PERIOD_M6_NR: Final[AvpDef[int]] = AvpDef("Collection-Period-M6-NR", 1723, ENUMERATED, 0, vendor=10415, enum=CollectionPeriodM6NR)
COLLECTION_PERIOD_M7_NR: Final[AvpDef[int]] = AvpDef("Collection-Period-M7-NR", 1724, UNSIGNED32, 0, vendor=10415)
SENSOR_MEASUREMENT: Final[AvpDef[int]] = AvpDef("Sensor-Measurement", 1725, ENUMERATED, 0, vendor=10415, enum=SensorMeasurement)
NR_CELL_GLOBAL_IDENTITY: Final[AvpDef[bytes]] = AvpDef("NR-Cell-Global-Identity", 1726, OCTET_STRING, 0, vendor=10415)
TRACE_REPORTING_CONSUMER_URI: Final[AvpDef[DiameterURI]] = AvpDef("Trace-Reporting-Consumer-Uri", 1727, DIAMETER_URI, 0, vendor=10415)
PLMN_RAT_USAGE_CONTROL: Final[AvpDef[int]] = AvpDef("PLMN-RAT-Usage-Control", 1728, UNSIGNED32, 0, vendor=10415)
SF_ULR_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("SF-ULR-Timestamp", 1729, TIME, 0, vendor=10415)
SF_PROVISIONAL_INDICATION: Final[AvpDef[int]] = AvpDef("SF-Provisional-Indication", 1730, ENUMERATED, 0, vendor=10415, enum=SFProvisionalIndication)
ANID: Final[AvpDef[str]] = AvpDef("ANID", 1504, UTF8STRING, M, vendor=10415)
AN_TRUSTED: Final[AvpDef[int]] = AvpDef("AN-Trusted", 1503, ENUMERATED, M, vendor=10415, enum=ANTrusted)
MIP_FA_RK: Final[AvpDef[bytes]] = AvpDef("MIP-FA-RK", 1506, OCTET_STRING, M, vendor=10415)
MIP_FA_RK_SPI: Final[AvpDef[int]] = AvpDef("MIP-FA-RK-SPI", 1507, UNSIGNED32, M, vendor=10415)
FULL_NETWORK_NAME: Final[AvpDef[bytes]] = AvpDef("Full-Network-Name", 1516, OCTET_STRING, 0, vendor=10415)
SHORT_NETWORK_NAME: Final[AvpDef[bytes]] = AvpDef("Short-Network-Name", 1517, OCTET_STRING, 0, vendor=10415)
WLAN_IDENTIFIER: Final[AvpDef[WLANIdentifier]] = AvpDef("WLAN-Identifier", 1509, GROUPED, 0, vendor=10415)
TRANSPORT_ACCESS_TYPE: Final[AvpDef[int]] = AvpDef("Transport-Access-Type", 1519, ENUMERATED, 0, vendor=10415, enum=TransportAccessType)
DER_FLAGS: Final[AvpDef[int]] = AvpDef("DER-Flags", 1520, UNSIGNED32, 0, vendor=10415, enum=DERFlags)
DEA_FLAGS: Final[AvpDef[int]] = AvpDef("DEA-Flags", 1521, UNSIGNED32, 0, vendor=10415, enum=DEAFlags)
SSID: Final[AvpDef[str]] = AvpDef("SSID", 1524, UTF8STRING, 0, vendor=10415)
HESSID: Final[AvpDef[str]] = AvpDef("HESSID", 1525, UTF8STRING, 0, vendor=10415)
ACCESS_NETWORK_INFO: Final[AvpDef[AccessNetworkInfo]] = AvpDef("Access-Network-Info", 1526, GROUPED, 0, vendor=10415)
TWAN_CONNECTION_MODE: Final[AvpDef[int]] = AvpDef("TWAN-Connection-Mode", 1527, UNSIGNED32, 0, vendor=10415, enum=TWANConnectionMode)
TWAN_CONNECTIVITY_PARAMETERS: Final[AvpDef[TWANConnectivityParameters]] = AvpDef("TWAN-Connectivity-Parameters", 1528, GROUPED, 0, vendor=10415)
CONNECTIVITY_FLAGS: Final[AvpDef[int]] = AvpDef("Connectivity-Flags", 1529, UNSIGNED32, 0, vendor=10415, enum=ConnectivityFlags)
TWAN_PCO: Final[AvpDef[bytes]] = AvpDef("TWAN-PCO", 1530, OCTET_STRING, 0, vendor=10415)
TWAG_CP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("TWAG-CP-Address", 1531, ADDRESS, 0, vendor=10415)
TWAG_UP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("TWAG-UP-Address", 1532, ADDRESS, 0, vendor=10415)
TWAN_S2A_FAILURE_CAUSE: Final[AvpDef[int]] = AvpDef("TWAN-S2a-Failure-Cause", 1533, UNSIGNED32, 0, vendor=10415, enum=TWANS2aFailureCause)
SM_BACK_OFF_TIMER: Final[AvpDef[int]] = AvpDef("SM-Back-Off-Timer", 1534, UNSIGNED32, 0, vendor=10415)
WLCP_KEY: Final[AvpDef[bytes]] = AvpDef("WLCP-Key", 1535, OCTET_STRING, 0, vendor=10415)
IMEI_CHECK_IN_VPLMN_RESULT: Final[AvpDef[int]] = AvpDef("IMEI-Check-In-VPLMN-Result", 1540, UNSIGNED32, 0, vendor=10415, enum=IMEICheckInVPLMNResult)
HIGH_PRIORITY_ACCESS_INFO: Final[AvpDef[int]] = AvpDef("High-Priority-Access-Info", 1542, UNSIGNED32, 0, vendor=10415, enum=HighPriorityAccessInfo)
EMERGENCY_SERVICES: Final[AvpDef[int]] = AvpDef("Emergency-Services", 1538, UNSIGNED32, 0, vendor=10415, enum=EmergencyServices)
AAR_FLAGS: Final[AvpDef[int]] = AvpDef("AAR-Flags", 1539, UNSIGNED32, 0, vendor=10415, enum=AARFlags)
NON_3GPP_USER_DATA: Final[AvpDef[Non3GPPUserData]] = AvpDef("Non-3GPP-User-Data", 1500, GROUPED, M, vendor=10415)
NON_3GPP_IP_ACCESS: Final[AvpDef[int]] = AvpDef("Non-3GPP-IP-Access", 1501, ENUMERATED, M, vendor=10415, enum=Non3GPPIPAccess)
NON_3GPP_IP_ACCESS_APN: Final[AvpDef[int]] = AvpDef("Non-3GPP-IP-Access-APN", 1502, ENUMERATED, M, vendor=10415, enum=Non3GPPIPAccessAPN)
TRACE_INFO: Final[AvpDef[TraceInfo]] = AvpDef("Trace-Info", 1505, GROUPED, 0, vendor=10415)
PPR_FLAGS: Final[AvpDef[int]] = AvpDef("PPR-Flags", 1508, UNSIGNED32, 0, vendor=10415, enum=PPRFlags)
TWAN_DEFAULT_APN_CONTEXT_ID: Final[AvpDef[int]] = AvpDef("TWAN-Default-APN-Context-Id", 1512, UNSIGNED32, 0, vendor=10415)
TWAN_ACCESS_INFO: Final[AvpDef[TWANAccessInfo]] = AvpDef("TWAN-Access-Info", 1510, GROUPED, 0, vendor=10415)
ACCESS_AUTHORIZATION_FLAGS: Final[AvpDef[int]] = AvpDef("Access-Authorization-Flags", 1511, UNSIGNED32, 0, vendor=10415, enum=AccessAuthorizationFlags)
AAA_FAILURE_INDICATION: Final[AvpDef[int]] = AvpDef("AAA-Failure-Indication", 1518, UNSIGNED32, 0, vendor=10415, enum=AAAFailureIndication)
TGPP_AAA_SERVER_NAME: Final[AvpDef[str]] = AvpDef("3GPP-AAA-Server-Name", 318, DIAMETER_IDENTITY, M, vendor=10415)
ERP_AUTHORIZATION: Final[AvpDef[int]] = AvpDef("ERP-Authorization", 1541, UNSIGNED32, 0, vendor=10415, enum=ERPAuthorization)
TRUST_RELATIONSHIP_UPDATE: Final[AvpDef[int]] = AvpDef("Trust-Relationship-Update", 1515, ENUMERATED, 0, vendor=10415, enum=TrustRelationshipUpdate)
RAR_FLAGS: Final[AvpDef[int]] = AvpDef("RAR-Flags", 1522, UNSIGNED32, 0, vendor=10415, enum=RARFlags)
ORIGINATION_TIME_STAMP: Final[AvpDef[int]] = AvpDef("Origination-Time-Stamp", 1536, UNSIGNED64, 0, vendor=10415)
MAXIMUM_WAIT_TIME: Final[AvpDef[int]] = AvpDef("Maximum-Wait-Time", 1537, UNSIGNED32, 0, vendor=10415)
DER_S6B_FLAGS: Final[AvpDef[int]] = AvpDef("DER-S6b-Flags", 1523, UNSIGNED32, 0, vendor=10415, enum=DERS6bFlags)
MCPTT_ID: Final[AvpDef[str]] = AvpDef("MCPTT-ID", 4500, UTF8STRING, M, vendor=10415)
DATA_IDENTIFICATION: Final[AvpDef[DataIdentification]] = AvpDef("Data-Identification", 4501, GROUPED, M, vendor=10415)
DATA_IDENTIFICATION_PREFIX: Final[AvpDef[int]] = AvpDef("Data-Identification-Prefix", 4502, UNSIGNED32, M, vendor=10415)
DATA_IDENTIFICATION_FLAGS: Final[AvpDef[int]] = AvpDef("Data-Identification-Flags", 4503, UNSIGNED64, M, vendor=10415)
DPR_FLAGS: Final[AvpDef[int]] = AvpDef("DPR-Flags", 4504, UNSIGNED32, M, vendor=10415)
DPA_FLAGS: Final[AvpDef[int]] = AvpDef("DPA-Flags", 4505, UNSIGNED32, M, vendor=10415)
DUR_FLAGS: Final[AvpDef[int]] = AvpDef("DUR-Flags", 4506, UNSIGNED32, M, vendor=10415)
DUA_FLAGS: Final[AvpDef[int]] = AvpDef("DUA-Flags", 4507, UNSIGNED32, M, vendor=10415)
NDR_FLAGS: Final[AvpDef[int]] = AvpDef("NDR-Flags", 4508, UNSIGNED32, M, vendor=10415)
NDA_FLAGS: Final[AvpDef[int]] = AvpDef("NDA-Flags", 4509, UNSIGNED32, M, vendor=10415)
USER_DATA_ID: Final[AvpDef[int]] = AvpDef("User-Data-Id", 4510, UNSIGNED32, M, vendor=10415)
MC_SERVICE_USER_PROFILE_DATA: Final[AvpDef[MCServiceUserProfileData]] = AvpDef("MC-Service-User-Profile-Data", 4511, GROUPED, M, vendor=10415)
SEQUENCE_NUMBER_29_283: Final[AvpDef[int]] = AvpDef("Sequence-Number-29.283", 4512, UNSIGNED32, M, vendor=10415)
DATA: Final[AvpDef[Data]] = AvpDef("Data", 4513, GROUPED, M, vendor=10415)
MCVIDEO_ID: Final[AvpDef[str]] = AvpDef("MCVideo-ID", 4514, UTF8STRING, 0, vendor=10415)
MCDATA_ID: Final[AvpDef[str]] = AvpDef("MCData-ID", 4515, UTF8STRING, 0, vendor=10415)
USER_IDENTITY: Final[AvpDef[UserIdentity]] = AvpDef("User-Identity", 700, GROUPED, M, vendor=10415)
MSISDN: Final[AvpDef[bytes]] = AvpDef("MSISDN", 701, OCTET_STRING, M, vendor=10415)
USER_DATA_SH: Final[AvpDef[bytes]] = AvpDef("User-Data-Sh", 702, OCTET_STRING, M, vendor=10415)
DATA_REFERENCE: Final[AvpDef[int]] = AvpDef("Data-Reference", 703, ENUMERATED, M, vendor=10415, enum=DataReference)
SERVICE_INDICATION: Final[AvpDef[bytes]] = AvpDef("Service-Indication", 704, OCTET_STRING, M, vendor=10415)
SUBS_REQ_TYPE: Final[AvpDef[int]] = AvpDef("Subs-Req-Type", 705, ENUMERATED, M, vendor=10415, enum=SubsReqType)
REQUESTED_DOMAIN: Final[AvpDef[int]] = AvpDef("Requested-Domain", 706, ENUMERATED, M, vendor=10415, enum=RequestedDomain)
CURRENT_LOCATION: Final[AvpDef[int]] = AvpDef("Current-Location", 707, ENUMERATED, M, vendor=10415, enum=CurrentLocation)
IDENTITY_SET: Final[AvpDef[int]] = AvpDef("Identity-Set", 708, ENUMERATED, 0, vendor=10415, enum=IdentitySet)
EXPIRY_TIME: Final[AvpDef[datetime]] = AvpDef("Expiry-Time", 709, TIME, 0, vendor=10415)
SEND_DATA_INDICATION: Final[AvpDef[int]] = AvpDef("Send-Data-Indication", 710, ENUMERATED, 0, vendor=10415, enum=SendDataIndication)
DSAI_TAG: Final[AvpDef[bytes]] = AvpDef("DSAI-Tag", 711, OCTET_STRING, M, vendor=10415)
ONE_TIME_NOTIFICATION: Final[AvpDef[int]] = AvpDef("One-Time-Notification", 712, ENUMERATED, 0, vendor=10415, enum=OneTimeNotification)
REQUESTED_NODES: Final[AvpDef[int]] = AvpDef("Requested-Nodes", 713, UNSIGNED32, 0, vendor=10415, enum=RequestedNodes)
SERVING_NODE_INDICATION: Final[AvpDef[int]] = AvpDef("Serving-Node-Indication", 714, ENUMERATED, 0, vendor=10415, enum=ServingNodeIndication)
REPOSITORY_DATA_ID: Final[AvpDef[RepositoryDataID]] = AvpDef("Repository-Data-ID", 715, GROUPED, 0, vendor=10415)
SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Sequence-Number", 716, UNSIGNED32, 0, vendor=10415)
PRE_PAGING_SUPPORTED: Final[AvpDef[int]] = AvpDef("Pre-paging-Supported", 717, ENUMERATED, 0, vendor=10415, enum=PrePagingSupported)
LOCAL_TIME_ZONE_INDICATION: Final[AvpDef[int]] = AvpDef("Local-Time-Zone-Indication", 718, ENUMERATED, 0, vendor=10415, enum=LocalTimeZoneIndication)
UDR_FLAGS: Final[AvpDef[int]] = AvpDef("UDR-Flags", 719, UNSIGNED32, 0, vendor=10415, enum=UDRFlags)
CALL_REFERENCE_INFO: Final[AvpDef[CallReferenceInfo]] = AvpDef("Call-Reference-Info", 720, GROUPED, 0, vendor=10415)
CALL_REFERENCE_NUMBER: Final[AvpDef[bytes]] = AvpDef("Call-Reference-Number", 721, OCTET_STRING, 0, vendor=10415)
AS_NUMBER: Final[AvpDef[bytes]] = AvpDef("AS-Number", 722, OCTET_STRING, 0, vendor=10415)
USER_IDENTIFIER: Final[AvpDef[UserIdentifier]] = AvpDef("User-Identifier", 3102, GROUPED, M, vendor=10415)
SERVICE_ID: Final[AvpDef[int]] = AvpDef("Service-ID", 3103, ENUMERATED, M, vendor=10415, enum=ServiceID)
SCS_IDENTITY: Final[AvpDef[bytes]] = AvpDef("SCS-Identity", 3104, OCTET_STRING, M, vendor=10415)
SERVICE_PARAMETERS: Final[AvpDef[ServiceParameters]] = AvpDef("Service-Parameters", 3105, GROUPED, M, vendor=10415)
T4_PARAMETERS: Final[AvpDef[T4Parameters]] = AvpDef("T4-Parameters", 3106, GROUPED, M, vendor=10415)
SERVICE_DATA: Final[AvpDef[ServiceData]] = AvpDef("Service-Data", 3107, GROUPED, M, vendor=10415)
T4_DATA: Final[AvpDef[T4Data]] = AvpDef("T4-Data", 3108, GROUPED, M, vendor=10415)
HSS_CAUSE: Final[AvpDef[int]] = AvpDef("HSS-Cause", 3109, UNSIGNED32, M, vendor=10415, enum=HSSCause)
SIR_FLAGS: Final[AvpDef[int]] = AvpDef("SIR-Flags", 3110, UNSIGNED32, M, vendor=10415, enum=SIRFlags)
EXTERNAL_IDENTIFIER: Final[AvpDef[str]] = AvpDef("External-Identifier", 3111, UTF8STRING, M, vendor=10415)
IP_SM_GW_NUMBER: Final[AvpDef[bytes]] = AvpDef("IP-SM-GW-Number", 3100, OCTET_STRING, M, vendor=10415)
IP_SM_GW_NAME: Final[AvpDef[str]] = AvpDef("IP-SM-GW-Name", 3101, DIAMETER_IDENTITY, M, vendor=10415)
IP_SM_GW_REALM: Final[AvpDef[str]] = AvpDef("IP-SM-GW-Realm", 3112, DIAMETER_IDENTITY, M, vendor=10415)
MONITORING_EVENT_CONFIGURATION: Final[AvpDef[MonitoringEventConfiguration]] = AvpDef("Monitoring-Event-Configuration", 3122, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT: Final[AvpDef[MonitoringEventReport]] = AvpDef("Monitoring-Event-Report", 3123, GROUPED, M, vendor=10415)
SCEF_REFERENCE_ID: Final[AvpDef[int]] = AvpDef("SCEF-Reference-ID", 3124, UNSIGNED32, M, vendor=10415)
SCEF_ID: Final[AvpDef[str]] = AvpDef("SCEF-ID", 3125, DIAMETER_IDENTITY, M, vendor=10415)
SCEF_REFERENCE_ID_FOR_DELETION: Final[AvpDef[int]] = AvpDef("SCEF-Reference-ID-for-Deletion", 3126, UNSIGNED32, M, vendor=10415)
MONITORING_TYPE: Final[AvpDef[int]] = AvpDef("Monitoring-Type", 3127, UNSIGNED32, M, vendor=10415, enum=MonitoringType)
MAXIMUM_NUMBER_OF_REPORTS: Final[AvpDef[int]] = AvpDef("Maximum-Number-of-Reports", 3128, UNSIGNED32, M, vendor=10415)
UE_REACHABILITY_CONFIGURATION: Final[AvpDef[UEReachabilityConfiguration]] = AvpDef("UE-Reachability-Configuration", 3129, GROUPED, M, vendor=10415)
MONITORING_DURATION: Final[AvpDef[datetime]] = AvpDef("Monitoring-Duration", 3130, TIME, M, vendor=10415)
MAXIMUM_DETECTION_TIME: Final[AvpDef[int]] = AvpDef("Maximum-Detection-Time", 3131, UNSIGNED32, M, vendor=10415)
REACHABILITY_TYPE: Final[AvpDef[int]] = AvpDef("Reachability-Type", 3132, UNSIGNED32, M, vendor=10415, enum=ReachabilityType)
MAXIMUM_LATENCY: Final[AvpDef[int]] = AvpDef("Maximum-Latency", 3133, UNSIGNED32, M, vendor=10415)
MAXIMUM_RESPONSE_TIME: Final[AvpDef[int]] = AvpDef("Maximum-Response-Time", 3134, UNSIGNED32, M, vendor=10415)
LOCATION_INFORMATION_CONFIGURATION: Final[AvpDef[LocationInformationConfiguration]] = AvpDef("Location-Information-Configuration", 3135, GROUPED, M, vendor=10415)
MONTE_LOCATION_TYPE: Final[AvpDef[int]] = AvpDef("MONTE-Location-Type", 3136, UNSIGNED32, M, vendor=10415, enum=MONTELocationType)
ACCURACY: Final[AvpDef[int]] = AvpDef("Accuracy", 3137, UNSIGNED32, M, vendor=10415, enum=Accuracy)
ASSOCIATION_TYPE: Final[AvpDef[int]] = AvpDef("Association-Type", 3138, UNSIGNED32, M, vendor=10415, enum=AssociationType)
ROAMING_INFORMATION: Final[AvpDef[int]] = AvpDef("Roaming-Information", 3139, UNSIGNED32, M, vendor=10415, enum=RoamingInformation)
REACHABILITY_INFORMATION: Final[AvpDef[int]] = AvpDef("Reachability-Information", 3140, UNSIGNED32, M, vendor=10415, enum=ReachabilityInformation)
IMEI_CHANGE: Final[AvpDef[int]] = AvpDef("IMEI-Change", 3141, UNSIGNED32, M, vendor=10415, enum=IMEIChange)
MONITORING_EVENT_CONFIG_STATUS: Final[AvpDef[MonitoringEventConfigStatus]] = AvpDef("Monitoring-Event-Config-Status", 3142, GROUPED, M, vendor=10415)
AESE_COMMUNICATION_PATTERN: Final[AvpDef[AESECommunicationPattern]] = AvpDef("AESE-Communication-Pattern", 3113, GROUPED, M, vendor=10415)
COMMUNICATION_PATTERN_SET: Final[AvpDef[CommunicationPatternSet]] = AvpDef("Communication-Pattern-Set", 3114, GROUPED, M, vendor=10415)
PERIODIC_COMMUNICATION_INDICATOR: Final[AvpDef[int]] = AvpDef("Periodic-Communication-Indicator", 3115, UNSIGNED32, M, vendor=10415, enum=PeriodicCommunicationIndicator)
COMMUNICATION_DURATION_TIME: Final[AvpDef[int]] = AvpDef("Communication-Duration-Time", 3116, UNSIGNED32, M, vendor=10415)
PERIODIC_TIME: Final[AvpDef[int]] = AvpDef("Periodic-Time", 3117, UNSIGNED32, M, vendor=10415)
SCHEDULED_COMMUNICATION_TIME: Final[AvpDef[ScheduledCommunicationTime]] = AvpDef("Scheduled-Communication-Time", 3118, GROUPED, M, vendor=10415)
STATIONARY_INDICATION: Final[AvpDef[int]] = AvpDef("Stationary-Indication", 3119, UNSIGNED32, M, vendor=10415, enum=StationaryIndication)
AESE_COMMUNICATION_PATTERN_CONFIG_STATUS: Final[AvpDef[AESECommunicationPatternConfigStatus]] = AvpDef("AESE-Communication-Pattern-Config-Status", 3120, GROUPED, M, vendor=10415)
AESE_ERROR_REPORT: Final[AvpDef[AESEErrorReport]] = AvpDef("AESE-Error-Report", 3121, GROUPED, M, vendor=10415)
SERVICE_RESULT: Final[AvpDef[ServiceResult]] = AvpDef("Service-Result", 3146, GROUPED, M, vendor=10415)
SERVICE_RESULT_CODE: Final[AvpDef[int]] = AvpDef("Service-Result-Code", 3147, UNSIGNED32, M, vendor=10415)
CIR_FLAGS: Final[AvpDef[int]] = AvpDef("CIR-Flags", 3145, UNSIGNED32, M, vendor=10415, enum=CIRFlags)
SUPPORTED_SERVICES: Final[AvpDef[SupportedServices]] = AvpDef("Supported-Services", 3143, GROUPED, M, vendor=10415)
SUPPORTED_MONITORING_EVENTS: Final[AvpDef[int]] = AvpDef("Supported-Monitoring-Events", 3144, UNSIGNED64, M, vendor=10415, enum=SupportedMonitoringEvents)
REFERENCE_ID_VALIDITY_TIME: Final[AvpDef[datetime]] = AvpDef("Reference-ID-Validity-Time", 3148, TIME, M, vendor=10415)
EVENT_HANDLING: Final[AvpDef[int]] = AvpDef("Event-Handling", 3149, UNSIGNED32, M, vendor=10415, enum=EventHandling)
NIDD_AUTHORIZATION_REQUEST: Final[AvpDef[NIDDAuthorizationRequest]] = AvpDef("NIDD-Authorization-Request", 3150, GROUPED, M, vendor=10415)
NIDD_AUTHORIZATION_RESPONSE: Final[AvpDef[NIDDAuthorizationResponse]] = AvpDef("NIDD-Authorization-Response", 3151, GROUPED, M, vendor=10415)
SERVICE_REPORT: Final[AvpDef[ServiceReport]] = AvpDef("Service-Report", 3152, GROUPED, M, vendor=10415)
NODE_TYPE: Final[AvpDef[int]] = AvpDef("Node-Type", 3153, UNSIGNED32, M, vendor=10415, enum=NodeType)
S6T_HSS_CAUSE: Final[AvpDef[int]] = AvpDef("S6t-HSS-Cause", 3154, UNSIGNED32, M, vendor=10415, enum=S6tHSSCause)
ENHANCED_COVERAGE_RESTRICTION: Final[AvpDef[EnhancedCoverageRestriction]] = AvpDef("Enhanced-Coverage-Restriction", 3155, GROUPED, 0, vendor=10415)
ENHANCED_COVERAGE_RESTRICTION_DATA: Final[AvpDef[EnhancedCoverageRestrictionData]] = AvpDef("Enhanced-Coverage-Restriction-Data", 3156, GROUPED, 0, vendor=10415)
RESTRICTED_PLMN_LIST: Final[AvpDef[RestrictedPLMNList]] = AvpDef("Restricted-PLMN-List", 3157, GROUPED, 0, vendor=10415)
ALLOWED_PLMN_LIST: Final[AvpDef[AllowedPLMNList]] = AvpDef("Allowed-PLMN-List", 3158, GROUPED, 0, vendor=10415)
REQUESTED_VALIDITY_TIME: Final[AvpDef[datetime]] = AvpDef("Requested-Validity-Time", 3159, TIME, 0, vendor=10415)
GRANTED_VALIDITY_TIME: Final[AvpDef[datetime]] = AvpDef("Granted-Validity-Time", 3160, TIME, 0, vendor=10415)
NIDD_AUTHORIZATION_UPDATE: Final[AvpDef[NIDDAuthorizationUpdate]] = AvpDef("NIDD-Authorization-Update", 3161, GROUPED, 0, vendor=10415)
LOSS_OF_CONNECTIVITY_REASON: Final[AvpDef[int]] = AvpDef("Loss-Of-Connectivity-Reason", 3162, UNSIGNED32, 0, vendor=10415, enum=LossOfConnectivityReason)
GROUP_REPORTING_GUARD_TIMER: Final[AvpDef[int]] = AvpDef("Group-Reporting-Guard-Timer", 3163, UNSIGNED32, 0, vendor=10415)
CIA_FLAGS: Final[AvpDef[int]] = AvpDef("CIA-Flags", 3164, UNSIGNED32, 0, vendor=10415, enum=CIAFlags)
GROUP_REPORT: Final[AvpDef[GroupReport]] = AvpDef("Group-Report", 3165, GROUPED, 0, vendor=10415)
GROUP_REPORT_ITEM: Final[AvpDef[GroupReportItem]] = AvpDef("Group-Report-Item", 3166, GROUPED, 0, vendor=10415)
RIR_FLAGS: Final[AvpDef[int]] = AvpDef("RIR-Flags", 3167, UNSIGNED32, 0, vendor=10415, enum=RIRFlags)
TYPE_OF_EXTERNAL_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Type-Of-External-Identifier", 3168, UNSIGNED32, 0, vendor=10415, enum=TypeOfExternalIdentifier)
APN_VALIDITY_TIME: Final[AvpDef[APNValidityTime]] = AvpDef("APN-Validity-Time", 3169, GROUPED, 0, vendor=10415)
SUGGESTED_NETWORK_CONFIGURATION: Final[AvpDef[SuggestedNetworkConfiguration]] = AvpDef("Suggested-Network-Configuration", 3170, GROUPED, 0, vendor=10415)
MONITORING_EVENT_REPORT_STATUS: Final[AvpDef[MonitoringEventReportStatus]] = AvpDef("Monitoring-Event-Report-Status", 3171, GROUPED, 0, vendor=10415)
PLMN_ID_REQUESTED: Final[AvpDef[int]] = AvpDef("PLMN-ID-Requested", 3172, ENUMERATED, 0, vendor=10415, enum=PLMNIDRequested)
ADDITIONAL_IDENTIFIERS: Final[AvpDef[AdditionalIdentifiers]] = AvpDef("Additional-Identifiers", 3173, GROUPED, 0, vendor=10415)
NIR_FLAGS: Final[AvpDef[int]] = AvpDef("NIR-Flags", 3174, UNSIGNED32, 0, vendor=10415, enum=NIRFlags)
REPORTING_TIME_STAMP: Final[AvpDef[datetime]] = AvpDef("Reporting-Time-Stamp", 3175, TIME, 0, vendor=10415)
NIA_FLAGS: Final[AvpDef[int]] = AvpDef("NIA-Flags", 3176, UNSIGNED32, 0, vendor=10415, enum=NIAFlags)
GROUP_USER_IDENTIFIER: Final[AvpDef[GroupUserIdentifier]] = AvpDef("Group-User-Identifier", 3177, GROUPED, 0, vendor=10415)
MTC_PROVIDER_INFO: Final[AvpDef[MTCProviderInfo]] = AvpDef("MTC-Provider-Info", 3178, GROUPED, 0, vendor=10415)
MTC_PROVIDER_ID: Final[AvpDef[str]] = AvpDef("MTC-Provider-ID", 3179, UTF8STRING, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_CONFIGURATION: Final[AvpDef[PDNConnectivityStatusConfiguration]] = AvpDef("PDN-Connectivity-Status-Configuration", 3180, GROUPED, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_REPORT: Final[AvpDef[PDNConnectivityStatusReport]] = AvpDef("PDN-Connectivity-Status-Report", 3181, GROUPED, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_TYPE: Final[AvpDef[int]] = AvpDef("PDN-Connectivity-Status-Type", 3182, UNSIGNED32, 0, vendor=10415, enum=PDNConnectivityStatusType)
TRAFFIC_PROFILE: Final[AvpDef[int]] = AvpDef("Traffic-Profile", 3183, UNSIGNED32, 0, vendor=10415, enum=TrafficProfile)
UPDATED_NETWORK_CONFIGURATION: Final[AvpDef[UpdatedNetworkConfiguration]] = AvpDef("Updated-Network-Configuration", 3184, GROUPED, 0, vendor=10415)
BATTERY_INDICATOR: Final[AvpDef[int]] = AvpDef("Battery-Indicator", 3185, UNSIGNED32, 0, vendor=10415, enum=BatteryIndicator)
SCEF_REFERENCE_ID_EXT: Final[AvpDef[int]] = AvpDef("SCEF-Reference-ID-Ext", 3186, UNSIGNED64, 0, vendor=10415)
SCEF_REFERENCE_ID_FOR_DELETION_EXT: Final[AvpDef[int]] = AvpDef("SCEF-Reference-ID-for-Deletion-Ext", 3187, UNSIGNED64, 0, vendor=10415)
EXCLUDE_IDENTIFIERS: Final[AvpDef[ExcludeIdentifiers]] = AvpDef("Exclude-Identifiers", 3188, GROUPED, 0, vendor=10415)
INCLUDE_IDENTIFIERS: Final[AvpDef[IncludeIdentifiers]] = AvpDef("Include-Identifiers", 3189, GROUPED, 0, vendor=10415)
SM_DELIVERY_OUTCOME_T4: Final[AvpDef[int]] = AvpDef("SM-Delivery-Outcome-T4", 3200, ENUMERATED, M, vendor=10415, enum=SMDeliveryOutcomeT4)
ABSENT_SUBSCRIBER_DIAGNOSTIC_T4: Final[AvpDef[int]] = AvpDef("Absent-Subscriber-Diagnostic-T4", 3201, ENUMERATED, M, vendor=10415, enum=AbsentSubscriberDiagnosticT4)
TRIGGER_ACTION: Final[AvpDef[int]] = AvpDef("Trigger-Action", 3202, UNSIGNED32, 0, vendor=10415, enum=TriggerAction)
MTC_ERROR_DIAGNOSTIC: Final[AvpDef[int]] = AvpDef("MTC-Error-Diagnostic", 3203, UNSIGNED32, 0, vendor=10415, enum=MTCErrorDiagnostic)
SM_RP_MTI: Final[AvpDef[int]] = AvpDef("SM-RP-MTI", 3308, ENUMERATED, M, vendor=10415, enum=SMRPMTI)
SM_RP_SMEA: Final[AvpDef[bytes]] = AvpDef("SM-RP-SMEA", 3309, OCTET_STRING, M, vendor=10415)
SRR_FLAGS: Final[AvpDef[int]] = AvpDef("SRR-Flags", 3310, UNSIGNED32, M, vendor=10415, enum=SRRFlags)
SM_DELIVERY_NOT_INTENDED: Final[AvpDef[int]] = AvpDef("SM-Delivery-Not-Intended", 3311, ENUMERATED, M, vendor=10415, enum=SMDeliveryNotIntended)
MWD_STATUS: Final[AvpDef[int]] = AvpDef("MWD-Status", 3312, UNSIGNED32, M, vendor=10415, enum=MWDStatus)
MME_ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("MME-Absent-User-Diagnostic-SM", 3313, UNSIGNED32, M, vendor=10415)
MSC_ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("MSC-Absent-User-Diagnostic-SM", 3314, UNSIGNED32, M, vendor=10415)
SGSN_ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("SGSN-Absent-User-Diagnostic-SM", 3315, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_OUTCOME: Final[AvpDef[SMDeliveryOutcome]] = AvpDef("SM-Delivery-Outcome", 3316, GROUPED, M, vendor=10415)
MME_SM_DELIVERY_OUTCOME: Final[AvpDef[MMESMDeliveryOutcome]] = AvpDef("MME-SM-Delivery-Outcome", 3317, GROUPED, M, vendor=10415)
MSC_SM_DELIVERY_OUTCOME: Final[AvpDef[MSCSMDeliveryOutcome]] = AvpDef("MSC-SM-Delivery-Outcome", 3318, GROUPED, M, vendor=10415)
SGSN_SM_DELIVERY_OUTCOME: Final[AvpDef[SGSNSMDeliveryOutcome]] = AvpDef("SGSN-SM-Delivery-Outcome", 3319, GROUPED, M, vendor=10415)
IP_SM_GW_SM_DELIVERY_OUTCOME: Final[AvpDef[IPSMGWSMDeliveryOutcome]] = AvpDef("IP-SM-GW-SM-Delivery-Outcome", 3320, GROUPED, M, vendor=10415)
SM_DELIVERY_CAUSE: Final[AvpDef[int]] = AvpDef("SM-Delivery-Cause", 3321, ENUMERATED, M, vendor=10415, enum=SMDeliveryCause)
ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("Absent-User-Diagnostic-SM", 3322, UNSIGNED32, M, vendor=10415)
RDR_FLAGS: Final[AvpDef[int]] = AvpDef("RDR-Flags", 3323, UNSIGNED32, 0, vendor=10415, enum=RDRFlags)
MAXIMUM_UE_AVAILABILITY_TIME: Final[AvpDef[datetime]] = AvpDef("Maximum-UE-Availability-Time", 3329, TIME, 0, vendor=10415)
SMS_GMSC_ALERT_EVENT: Final[AvpDef[int]] = AvpDef("SMS-GMSC-Alert-Event", 3333, UNSIGNED32, 0, vendor=10415, enum=SMSGMSCAlertEvent)
SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("SMSF-3GPP-Absent-User-Diagnostic-SM", 3334, UNSIGNED32, 0, vendor=10415)
SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM: Final[AvpDef[int]] = AvpDef("SMSF-Non-3GPP-Absent-User-Diagnostic-SM", 3335, UNSIGNED32, 0, vendor=10415)
SMSF_3GPP_SM_DELIVERY_OUTCOME: Final[AvpDef[SMSF3GPPSMDeliveryOutcome]] = AvpDef("SMSF-3GPP-SM-Delivery-Outcome", 3336, GROUPED, 0, vendor=10415)
SMSF_NON_3GPP_SM_DELIVERY_OUTCOME: Final[AvpDef[SMSFNon3GPPSMDeliveryOutcome]] = AvpDef("SMSF-Non-3GPP-SM-Delivery-Outcome", 3337, GROUPED, 0, vendor=10415)
SMSF_3GPP_NUMBER: Final[AvpDef[bytes]] = AvpDef("SMSF-3GPP-Number", 3338, OCTET_STRING, 0, vendor=10415)
SMSF_NON_3GPP_NUMBER: Final[AvpDef[bytes]] = AvpDef("SMSF-Non-3GPP-Number", 3339, OCTET_STRING, 0, vendor=10415)
SMSF_3GPP_NAME: Final[AvpDef[str]] = AvpDef("SMSF-3GPP-Name", 3340, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_NON_3GPP_NAME: Final[AvpDef[str]] = AvpDef("SMSF-Non-3GPP-Name", 3341, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_3GPP_REALM: Final[AvpDef[str]] = AvpDef("SMSF-3GPP-Realm", 3342, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_NON_3GPP_REALM: Final[AvpDef[str]] = AvpDef("SMSF-Non-3GPP-Realm", 3343, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_3GPP_ADDRESS: Final[AvpDef[SMSF3GPPAddress]] = AvpDef("SMSF-3GPP-Address", 3344, GROUPED, 0, vendor=10415)
SMSF_NON_3GPP_ADDRESS: Final[AvpDef[SMSFNon3GPPAddress]] = AvpDef("SMSF-Non-3GPP-Address", 3345, GROUPED, 0, vendor=10415)
SMSF_3GPP_SBI_SUPPORT_INDICATOR: Final[AvpDef[int]] = AvpDef("SMSF-3GPP-SBI-Support-Indicator", 3346, ENUMERATED, 0, vendor=10415, enum=SMSF3GPPSBISupportIndicator)
SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR: Final[AvpDef[int]] = AvpDef("SMSF-Non-3GPP-SBI-Support-Indicator", 3347, ENUMERATED, 0, vendor=10415, enum=SMSFNon3GPPSBISupportIndicator)
IP_SM_GW_SBI_SUPPORT_INDICATOR: Final[AvpDef[int]] = AvpDef("IP-SM-GW-SBI-Support-Indicator", 3348, ENUMERATED, 0, vendor=10415, enum=IPSMGWSBISupportIndicator)
SC_ADDRESS: Final[AvpDef[bytes]] = AvpDef("SC-Address", 3300, OCTET_STRING, M, vendor=10415)
SM_RP_UI: Final[AvpDef[bytes]] = AvpDef("SM-RP-UI", 3301, OCTET_STRING, M, vendor=10415)
TFR_FLAGS: Final[AvpDef[int]] = AvpDef("TFR-Flags", 3302, UNSIGNED32, M, vendor=10415, enum=TFRFlags)
SM_DELIVERY_FAILURE_CAUSE: Final[AvpDef[SMDeliveryFailureCause]] = AvpDef("SM-Delivery-Failure-Cause", 3303, GROUPED, M, vendor=10415)
SM_ENUMERATED_DELIVERY_FAILURE_CAUSE: Final[AvpDef[int]] = AvpDef("SM-Enumerated-Delivery-Failure-Cause", 3304, ENUMERATED, M, vendor=10415, enum=SMEnumeratedDeliveryFailureCause)
SM_DIAGNOSTIC_INFO: Final[AvpDef[bytes]] = AvpDef("SM-Diagnostic-Info", 3305, OCTET_STRING, M, vendor=10415)
SM_DELIVERY_TIMER: Final[AvpDef[int]] = AvpDef("SM-Delivery-Timer", 3306, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_START_TIME: Final[AvpDef[datetime]] = AvpDef("SM-Delivery-Start-Time", 3307, TIME, M, vendor=10415)
OFR_FLAGS: Final[AvpDef[int]] = AvpDef("OFR-Flags", 3328, UNSIGNED32, 0, vendor=10415, enum=OFRFlags)
SMSMI_CORRELATION_ID: Final[AvpDef[SMSMICorrelationID]] = AvpDef("SMSMI-Correlation-ID", 3324, GROUPED, 0, vendor=10415)
HSS_ID: Final[AvpDef[str]] = AvpDef("HSS-ID", 3325, UTF8STRING, 0, vendor=10415)
ORIGINATING_SIP_URI: Final[AvpDef[str]] = AvpDef("Originating-SIP-URI", 3326, UTF8STRING, 0, vendor=10415)
DESTINATION_SIP_URI: Final[AvpDef[str]] = AvpDef("Destination-SIP-URI", 3327, UTF8STRING, 0, vendor=10415)
MAXIMUM_RETRANSMISSION_TIME: Final[AvpDef[datetime]] = AvpDef("Maximum-Retransmission-Time", 3330, TIME, 0, vendor=10415)
REQUESTED_RETRANSMISSION_TIME: Final[AvpDef[datetime]] = AvpDef("Requested-Retransmission-Time", 3331, TIME, 0, vendor=10415)
SMS_GMSC_ADDRESS: Final[AvpDef[bytes]] = AvpDef("SMS-GMSC-Address", 3332, OCTET_STRING, 0, vendor=10415)
ORIGIN_APP_LAYER_USER_ID: Final[AvpDef[str]] = AvpDef("Origin-App-Layer-User-Id", 3600, UTF8STRING, M, vendor=10415)
TARGET_APP_LAYER_USER_ID: Final[AvpDef[str]] = AvpDef("Target-App-Layer-User-Id", 3601, UTF8STRING, M, vendor=10415)
PROSE_FUNCTION_ID: Final[AvpDef[bytes]] = AvpDef("ProSe-Function-ID", 3602, OCTET_STRING, M, vendor=10415)
PROSE_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("ProSe-Request-Type", 3603, UNSIGNED32, M, vendor=10415, enum=ProSeRequestType)
PDUID: Final[AvpDef[bytes]] = AvpDef("PDUID", 3604, OCTET_STRING, 0, vendor=10415)
APPLICATION_DATA: Final[AvpDef[str]] = AvpDef("Application-Data", 3605, UTF8STRING, 0, vendor=10415)
ALLOWED_SUFFIXES_NUMBER: Final[AvpDef[int]] = AvpDef("Allowed-Suffixes-Number", 3606, UNSIGNED32, 0, vendor=10415)
MONITOR_TARGET: Final[AvpDef[MonitorTarget]] = AvpDef("Monitor-Target", 3607, GROUPED, 0, vendor=10415)
PROSE_CODE_SUFFIX_MASK: Final[AvpDef[ProSeCodeSuffixMask]] = AvpDef("ProSe-Code-Suffix-Mask", 3608, GROUPED, 0, vendor=10415)
SUFFIX_CODE: Final[AvpDef[bytes]] = AvpDef("Suffix-Code", 3609, OCTET_STRING, 0, vendor=10415)
SUFFIX_MASK: Final[AvpDef[bytes]] = AvpDef("Suffix-Mask", 3610, OCTET_STRING, 0, vendor=10415)
BANNED_USER_TARGET: Final[AvpDef[BannedUserTarget]] = AvpDef("Banned-User-Target", 3611, GROUPED, 0, vendor=10415)
METADATA_INDICATOR: Final[AvpDef[int]] = AvpDef("Metadata-Indicator", 3612, UNSIGNED32, 0, vendor=10415, enum=MetadataIndicator)
PROSE_SUBSCRIPTION_DATA: Final[AvpDef[ProSeSubscriptionData]] = AvpDef("ProSe-Subscription-Data", 3701, GROUPED, M, vendor=10415)
PROSE_PERMISSION: Final[AvpDef[int]] = AvpDef("ProSe-Permission", 3702, UNSIGNED32, M, vendor=10415, enum=ProSePermission)
PROSE_ALLOWED_PLMN: Final[AvpDef[ProSeAllowedPLMN]] = AvpDef("ProSe-Allowed-PLMN", 3703, GROUPED, M, vendor=10415)
PROSE_DIRECT_ALLOWED: Final[AvpDef[int]] = AvpDef("ProSe-Direct-Allowed", 3704, UNSIGNED32, M, vendor=10415, enum=ProSeDirectAllowed)
UPR_FLAGS: Final[AvpDef[int]] = AvpDef("UPR-Flags", 3705, UNSIGNED32, M, vendor=10415, enum=UPRFlags)
PNR_FLAGS: Final[AvpDef[int]] = AvpDef("PNR-Flags", 3706, UNSIGNED32, M, vendor=10415, enum=PNRFlags)
PROSE_INITIAL_LOCATION_INFORMATION: Final[AvpDef[ProSeInitialLocationInformation]] = AvpDef("ProSe-Initial-Location-Information", 3707, GROUPED, M, vendor=10415)
AUTHORIZED_DISCOVERY_RANGE: Final[AvpDef[int]] = AvpDef("Authorized-Discovery-Range", 3708, UNSIGNED32, 0, vendor=10415)
APP_LAYER_USER_ID: Final[AvpDef[str]] = AvpDef("App-Layer-User-Id", 3801, UTF8STRING, M, vendor=10415)
ASSISTANCE_INFO: Final[AvpDef[AssistanceInfo]] = AvpDef("Assistance-Info", 3802, GROUPED, M, vendor=10415)
ASSISTANCE_INFO_VALIDITY_TIMER: Final[AvpDef[int]] = AvpDef("Assistance-Info-Validity-Timer", 3803, UNSIGNED32, M, vendor=10415)
DISCOVERY_TYPE: Final[AvpDef[int]] = AvpDef("Discovery-Type", 3804, UNSIGNED32, M, vendor=10415, enum=DiscoveryType)
FILTER_ID: Final[AvpDef[bytes]] = AvpDef("Filter-Id", 3805, OCTET_STRING, M, vendor=10415)
MAC_ADDRESS: Final[AvpDef[str]] = AvpDef("MAC-Address", 3806, UTF8STRING, M, vendor=10415)
MATCH_REPORT: Final[AvpDef[MatchReport]] = AvpDef("Match-Report", 3807, GROUPED, M, vendor=10415)
OPERATING_CHANNEL: Final[AvpDef[int]] = AvpDef("Operating-Channel", 3808, UNSIGNED32, M, vendor=10415)
P2P_FEATURES: Final[AvpDef[int]] = AvpDef("P2P-Features", 3809, UNSIGNED32, M, vendor=10415, enum=P2PFeatures)
PROSE_APP_CODE: Final[AvpDef[bytes]] = AvpDef("ProSe-App-Code", 3810, OCTET_STRING, M, vendor=10415)
PROSE_APP_ID: Final[AvpDef[str]] = AvpDef("ProSe-App-Id", 3811, UTF8STRING, M, vendor=10415)
PROSE_APP_MASK: Final[AvpDef[bytes]] = AvpDef("ProSe-App-Mask", 3812, OCTET_STRING, M, vendor=10415)
PROSE_DISCOVERY_FILTER: Final[AvpDef[ProSeDiscoveryFilter]] = AvpDef("ProSe-Discovery-Filter", 3813, GROUPED, M, vendor=10415)
PRR_FLAGS: Final[AvpDef[int]] = AvpDef("PRR-Flags", 3814, UNSIGNED32, M, vendor=10415, enum=PRRFlags)
PROSE_VALIDITY_TIMER: Final[AvpDef[int]] = AvpDef("ProSe-Validity-Timer", 3815, UNSIGNED32, M, vendor=10415)
REQUESTING_EPUID: Final[AvpDef[str]] = AvpDef("Requesting-EPUID", 3816, UTF8STRING, M, vendor=10415)
TARGETED_EPUID: Final[AvpDef[str]] = AvpDef("Targeted-EPUID", 3817, UTF8STRING, M, vendor=10415)
TIME_WINDOW_29_345: Final[AvpDef[int]] = AvpDef("Time-Window-29.345", 3818, UNSIGNED32, M, vendor=10415)
WIFI_P2P_ASSISTANCE_INFO: Final[AvpDef[WiFiP2PAssistanceInfo]] = AvpDef("WiFi-P2P-Assistance-Info", 3819, GROUPED, M, vendor=10415)
WLAN_ASSISTANCE_INFO: Final[AvpDef[WLANAssistanceInfo]] = AvpDef("WLAN-Assistance-Info", 3820, GROUPED, M, vendor=10415)
WLAN_LINK_LAYER_ID: Final[AvpDef[WLANLinkLayerId]] = AvpDef("WLAN-Link-Layer-Id", 3821, GROUPED, M, vendor=10415)
WLAN_LINK_LAYER_ID_LIST: Final[AvpDef[WLANLinkLayerIdList]] = AvpDef("WLAN-Link-Layer-Id-List", 3822, GROUPED, M, vendor=10415)
LOCATION_UPDATE_TRIGGER: Final[AvpDef[LocationUpdateTrigger]] = AvpDef("Location-Update-Trigger", 3823, GROUPED, M, vendor=10415)
LOCATION_UPDATE_EVENT_TYPE: Final[AvpDef[int]] = AvpDef("Location-Update-Event-Type", 3824, UNSIGNED32, M, vendor=10415, enum=LocationUpdateEventType)
CHANGE_OF_AREA_TYPE: Final[AvpDef[ChangeOfAreaType]] = AvpDef("Change-Of-Area-Type", 3825, GROUPED, M, vendor=10415)
LOCATION_UPDATE_EVENT_TRIGGER: Final[AvpDef[int]] = AvpDef("Location-Update-Event-Trigger", 3826, UNSIGNED32, M, vendor=10415, enum=LocationUpdateEventTrigger)
REPORT_CARDINALITY: Final[AvpDef[int]] = AvpDef("Report-Cardinality", 3827, ENUMERATED, M, vendor=10415, enum=ReportCardinality)
MINIMUM_INTERVAL_TIME: Final[AvpDef[int]] = AvpDef("Minimum-Interval-Time", 3828, UNSIGNED32, M, vendor=10415)
PERIODIC_LOCATION_TYPE: Final[AvpDef[PeriodicLocationType]] = AvpDef("Periodic-Location-Type", 3829, GROUPED, M, vendor=10415)
LOCATION_REPORT_INTERVAL_TIME: Final[AvpDef[int]] = AvpDef("Location-Report-Interval-Time", 3830, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_REPORTS: Final[AvpDef[int]] = AvpDef("Total-Number-Of-Reports", 3831, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_ANNOUNCE: Final[AvpDef[int]] = AvpDef("Validity-Time-Announce", 3832, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_MONITOR: Final[AvpDef[int]] = AvpDef("Validity-Time-Monitor", 3833, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_COMMUNICATION: Final[AvpDef[int]] = AvpDef("Validity-Time-Communication", 3834, UNSIGNED32, M, vendor=10415)
PROSE_APP_CODE_INFO: Final[AvpDef[ProSeAppCodeInfo]] = AvpDef("ProSe-App-Code-Info", 3835, GROUPED, M, vendor=10415)
MIC: Final[AvpDef[bytes]] = AvpDef("MIC", 3836, OCTET_STRING, M, vendor=10415)
UTC_BASED_COUNTER: Final[AvpDef[int]] = AvpDef("UTC-based-Counter", 3837, UNSIGNED32, M, vendor=10415)
PROSE_MATCH_REFRESH_TIMER: Final[AvpDef[int]] = AvpDef("ProSe-Match-Refresh-Timer", 3838, UNSIGNED32, M, vendor=10415)
PROSE_METADATA_INDEX_MASK: Final[AvpDef[bytes]] = AvpDef("ProSe-Metadata-Index-Mask", 3839, OCTET_STRING, 0, vendor=10415)
APP_IDENTIFIER: Final[AvpDef[AppIdentifier]] = AvpDef("App-Identifier", 3840, GROUPED, 0, vendor=10415)
OS_ID: Final[AvpDef[bytes]] = AvpDef("OS-ID", 3841, OCTET_STRING, 0, vendor=10415)
OS_APP_ID: Final[AvpDef[str]] = AvpDef("OS-App-ID", 3842, UTF8STRING, 0, vendor=10415)
REQUESTING_RPAUID: Final[AvpDef[str]] = AvpDef("Requesting-RPAUID", 3843, UTF8STRING, 0, vendor=10415)
TARGET_RPAUID: Final[AvpDef[str]] = AvpDef("Target-RPAUID", 3844, UTF8STRING, 0, vendor=10415)
TARGET_PDUID: Final[AvpDef[bytes]] = AvpDef("Target-PDUID", 3845, OCTET_STRING, 0, vendor=10415)
PROSE_RESTRICTED_CODE: Final[AvpDef[bytes]] = AvpDef("ProSe-Restricted-Code", 3846, OCTET_STRING, 0, vendor=10415)
PROSE_RESTRICTED_CODE_SUFFIX_RANGE: Final[AvpDef[ProSeRestrictedCodeSuffixRange]] = AvpDef("ProSe-Restricted-Code-Suffix-Range", 3847, GROUPED, 0, vendor=10415)
BEGINNING_SUFFIX: Final[AvpDef[bytes]] = AvpDef("Beginning-Suffix", 3848, OCTET_STRING, 0, vendor=10415)
ENDING_SUFFIX: Final[AvpDef[bytes]] = AvpDef("Ending-Suffix", 3849, OCTET_STRING, 0, vendor=10415)
DISCOVERY_ENTRY_ID: Final[AvpDef[int]] = AvpDef("Discovery-Entry-ID", 3850, UNSIGNED32, 0, vendor=10415)
MATCH_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Match-Timestamp", 3851, TIME, 0, vendor=10415)
PMR_FLAGS: Final[AvpDef[int]] = AvpDef("PMR-Flags", 3852, UNSIGNED32, M, vendor=10415, enum=PMRFlags)
PROSE_APPLICATION_METADATA: Final[AvpDef[str]] = AvpDef("ProSe-Application-Metadata", 3853, UTF8STRING, M, vendor=10415)
DISCOVERY_AUTH_REQUEST: Final[AvpDef[DiscoveryAuthRequest]] = AvpDef("Discovery-Auth-Request", 3854, GROUPED, M, vendor=10415)
DISCOVERY_AUTH_RESPONSE: Final[AvpDef[DiscoveryAuthResponse]] = AvpDef("Discovery-Auth-Response", 3855, GROUPED, M, vendor=10415)
MATCH_REQUEST: Final[AvpDef[MatchRequest]] = AvpDef("Match-Request", 3856, GROUPED, M, vendor=10415)
MATCH_REPORT_INFO: Final[AvpDef[MatchReportInfo]] = AvpDef("Match-Report-Info", 3857, GROUPED, M, vendor=10415)
BANNED_RPAUID: Final[AvpDef[str]] = AvpDef("Banned-RPAUID", 3858, UTF8STRING, 0, vendor=10415)
BANNED_PDUID: Final[AvpDef[bytes]] = AvpDef("Banned-PDUID", 3859, OCTET_STRING, 0, vendor=10415)
CODE_RECEIVING_SECURITY_MATERIAL: Final[AvpDef[CodeReceivingSecurityMaterial]] = AvpDef("Code-Receiving-Security-Material", 3860, GROUPED, 0, vendor=10415)
CODE_SENDING_SECURITY_MATERIAL: Final[AvpDef[CodeSendingSecurityMaterial]] = AvpDef("Code-Sending-Security-Material", 3861, GROUPED, 0, vendor=10415)
DUSK: Final[AvpDef[bytes]] = AvpDef("DUSK", 3862, OCTET_STRING, 0, vendor=10415)
DUIK: Final[AvpDef[bytes]] = AvpDef("DUIK", 3863, OCTET_STRING, 0, vendor=10415)
DUCK: Final[AvpDef[bytes]] = AvpDef("DUCK", 3864, OCTET_STRING, 0, vendor=10415)
MIC_CHECK_INDICATOR: Final[AvpDef[int]] = AvpDef("MIC-Check-Indicator", 3865, UNSIGNED32, 0, vendor=10415, enum=MICCheckIndicator)
ENCRYPTED_BITMASK: Final[AvpDef[bytes]] = AvpDef("Encrypted-Bitmask", 3866, OCTET_STRING, 0, vendor=10415)
PROSE_APP_CODE_SUFFIX_RANGE: Final[AvpDef[ProSeAppCodeSuffixRange]] = AvpDef("ProSe-App-Code-Suffix-Range", 3867, GROUPED, 0, vendor=10415)
PC5_TECH: Final[AvpDef[bytes]] = AvpDef("PC5-tech", 3868, OCTET_STRING, 0, vendor=10415)
DEVICE_ACTION: Final[AvpDef[DeviceAction]] = AvpDef("Device-Action", 3001, GROUPED, M, vendor=10415)
DEVICE_NOTIFICATION: Final[AvpDef[DeviceNotification]] = AvpDef("Device-Notification", 3002, GROUPED, M, vendor=10415)
TRIGGER_DATA: Final[AvpDef[TriggerData]] = AvpDef("Trigger-Data", 3003, GROUPED, M, vendor=10415)
PAYLOAD: Final[AvpDef[bytes]] = AvpDef("Payload", 3004, OCTET_STRING, M, vendor=10415)
ACTION_TYPE: Final[AvpDef[int]] = AvpDef("Action-Type", 3005, ENUMERATED, M, vendor=10415, enum=ActionType)
PRIORITY_INDICATION: Final[AvpDef[int]] = AvpDef("Priority-Indication", 3006, ENUMERATED, M, vendor=10415, enum=PriorityIndication)
REFERENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Reference-Number", 3007, UNSIGNED32, M, vendor=10415)
REQUEST_STATUS: Final[AvpDef[int]] = AvpDef("Request-Status", 3008, ENUMERATED, M, vendor=10415, enum=RequestStatus)
DELIVERY_OUTCOME: Final[AvpDef[int]] = AvpDef("Delivery-Outcome", 3009, ENUMERATED, M, vendor=10415, enum=DeliveryOutcome)
APPLICATION_PORT_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Application-Port-Identifier", 3010, UNSIGNED32, M, vendor=10415)
OLD_REFERENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Old-Reference-Number", 3011, UNSIGNED32, 0, vendor=10415)
FEATURE_SUPPORTED_IN_FINAL_TARGET: Final[AvpDef[int]] = AvpDef("Feature-Supported-In-Final-Target", 3012, UNSIGNED32, 0, vendor=10415, enum=FeatureSupportedInFinalTarget)
V2X_PC5_ALLOWED_PLMN: Final[AvpDef[V2XPC5AllowedPLMN]] = AvpDef("V2X-PC5-Allowed-PLMN", 4600, GROUPED, M, vendor=10415)
V2X_UPDATE_FLAGS: Final[AvpDef[int]] = AvpDef("V2X-Update-Flags", 4601, UNSIGNED32, M, vendor=10415)
V2X_NOTIFY_FLAGS: Final[AvpDef[int]] = AvpDef("V2X-Notify-Flags", 4602, UNSIGNED32, M, vendor=10415)
V2X_AUTHORIZATION_DATA: Final[AvpDef[V2XAuthorizationData]] = AvpDef("V2X-Authorization-Data", 4700, GROUPED, M, vendor=10415)
V2X_PERMISSION_IN_VPLMN: Final[AvpDef[int]] = AvpDef("V2X-Permission-in-VPLMN", 4701, UNSIGNED32, M, vendor=10415, enum=V2XPermissionInVPLMN)
V2X_APPLICATION_SERVER: Final[AvpDef[V2XApplicationServer]] = AvpDef("V2X-Application-Server", 4702, GROUPED, M, vendor=10415)
BMSC_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("BMSC-Address", 3500, ADDRESS, M, vendor=10415)
BMSC_PORT: Final[AvpDef[int]] = AvpDef("BMSC-Port", 3501, UNSIGNED32, M, vendor=10415)
MBMS_BEARER_EVENT: Final[AvpDef[int]] = AvpDef("MBMS-Bearer-Event", 3502, UNSIGNED32, M, vendor=10415, enum=MBMSBearerEvent)
MBMS_BEARER_EVENT_NOTIFICATION: Final[AvpDef[MBMSBearerEventNotification]] = AvpDef("MBMS-Bearer-Event-Notification", 3503, GROUPED, M, vendor=10415)
MBMS_BEARER_REQUEST: Final[AvpDef[MBMSBearerRequest]] = AvpDef("MBMS-Bearer-Request", 3504, GROUPED, M, vendor=10415)
MBMS_BEARER_RESPONSE: Final[AvpDef[MBMSBearerResponse]] = AvpDef("MBMS-Bearer-Response", 3505, GROUPED, M, vendor=10415)
MBMS_BEARER_RESULT: Final[AvpDef[int]] = AvpDef("MBMS-Bearer-Result", 3506, UNSIGNED32, M, vendor=10415, enum=MBMSBearerResult)
MBMS_START_TIME: Final[AvpDef[datetime]] = AvpDef("MBMS-Start-Time", 3507, TIME, M, vendor=10415)
RADIO_FREQUENCY_29_468: Final[AvpDef[int]] = AvpDef("Radio-Frequency-29.468", 3508, UNSIGNED32, M, vendor=10415)
TMGI_ALLOCATION_REQUEST: Final[AvpDef[TMGIAllocationRequest]] = AvpDef("TMGI-Allocation-Request", 3509, GROUPED, M, vendor=10415)
TMGI_ALLOCATION_RESPONSE: Final[AvpDef[TMGIAllocationResponse]] = AvpDef("TMGI-Allocation-Response", 3510, GROUPED, M, vendor=10415)
TMGI_ALLOCATION_RESULT: Final[AvpDef[int]] = AvpDef("TMGI-Allocation-Result", 3511, UNSIGNED32, M, vendor=10415, enum=TMGIAllocationResult)
TMGI_DEALLOCATION_REQUEST: Final[AvpDef[TMGIDeallocationRequest]] = AvpDef("TMGI-Deallocation-Request", 3512, GROUPED, M, vendor=10415)
TMGI_DEALLOCATION_RESPONSE: Final[AvpDef[TMGIDeallocationResponse]] = AvpDef("TMGI-Deallocation-Response", 3513, GROUPED, M, vendor=10415)
TMGI_DEALLOCATION_RESULT: Final[AvpDef[int]] = AvpDef("TMGI-Deallocation-Result", 3514, UNSIGNED32, M, vendor=10415, enum=TMGIDeallocationResult)
TMGI_EXPIRY: Final[AvpDef[TMGIExpiry]] = AvpDef("TMGI-Expiry", 3515, GROUPED, M, vendor=10415)
TMGI_NUMBER: Final[AvpDef[int]] = AvpDef("TMGI-Number", 3516, UNSIGNED32, M, vendor=10415)
MB2U_SECURITY: Final[AvpDef[int]] = AvpDef("MB2U-Security", 3517, UNSIGNED32, M, vendor=10415, enum=MB2USecurity)
LOCAL_M1_INFORMATION: Final[AvpDef[LocalM1Information]] = AvpDef("Local-M1-Information", 3518, GROUPED, 0, vendor=10415)
LOCAL_MB2_U_INFORMATION: Final[AvpDef[LocalMB2UInformation]] = AvpDef("Local-MB2-U-Information", 3519, GROUPED, 0, vendor=10415)
MBMS_ENB_IP_MULTICAST_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MBMS-eNB-IP-Multicast-Address", 3520, ADDRESS, 0, vendor=10415)
MBMS_ENB_IPV6_MULTICAST_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MBMS-eNB-IPv6-Multicast-Address", 3521, ADDRESS, 0, vendor=10415)
MBMS_GW_SSM_IP_ADDRESS_29_468: Final[AvpDef[AddressValue]] = AvpDef("MBMS-GW-SSM-IP-Address-29.468", 3522, ADDRESS, 0, vendor=10415)
MBMS_GW_SSM_IPV6_ADDRESS_29_468: Final[AvpDef[AddressValue]] = AvpDef("MBMS-GW-SSM-IPv6-Address-29.468", 3523, ADDRESS, 0, vendor=10415)
COMMON_TUNNEL_ENDPOINT_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("Common-Tunnel-Endpoint-Identifier", 3524, OCTET_STRING, 0, vendor=10415)
FEC_REQUEST: Final[AvpDef[bytes]] = AvpDef("FEC-Request", 3525, OCTET_STRING, 0, vendor=10415)
ROHC_REQUEST: Final[AvpDef[ROHCRequest]] = AvpDef("ROHC-Request", 3526, GROUPED, 0, vendor=10415)
ROHC_FULL_HEADER_PERIODICITY: Final[AvpDef[float]] = AvpDef("ROHC-Full-Header-Periodicity", 3527, FLOAT32, 0, vendor=10415)
ROHC_PROFILE: Final[AvpDef[int]] = AvpDef("ROHC-Profile", 3528, UNSIGNED32, 0, vendor=10415)
USERPLANE_PROTOCOL_RESULT: Final[AvpDef[UserplaneProtocolResult]] = AvpDef("Userplane-Protocol-Result", 3529, GROUPED, 0, vendor=10415)
ROHC_RESULT: Final[AvpDef[int]] = AvpDef("ROHC-Result", 3530, UNSIGNED32, 0, vendor=10415, enum=ROHCResult)
FEC_RESULT: Final[AvpDef[int]] = AvpDef("FEC-Result", 3531, UNSIGNED32, 0, vendor=10415, enum=FECResult)
ROHC_MAX_CID: Final[AvpDef[int]] = AvpDef("ROHC-Max-CID", 3532, UNSIGNED32, 0, vendor=10415)
MBMS_BEARER_EVENT_DIAGNOSTIC_INFO: Final[AvpDef[int]] = AvpDef("MBMS-Bearer-Event-Diagnostic-Info", 3533, ENUMERATED, 0, vendor=10415, enum=MBMSBearerEventDiagnosticInfo)
TGPP_NOTIFICATION: Final[AvpDef[bytes]] = AvpDef("3GPP-Notification", 110, OCTET_STRING, 0, vendor=10415)
TGPP_UE_MAC_ADDRESS: Final[AvpDef[bytes]] = AvpDef("3GPP-UE-MAC-Address", 111, OCTET_STRING, 0, vendor=10415)
TGPP_AUTHORIZATION_REFERENCE: Final[AvpDef[bytes]] = AvpDef("3GPP-Authorization-Reference", 112, OCTET_STRING, 0, vendor=10415)
TGPP_POLICY_REFERENCE: Final[AvpDef[bytes]] = AvpDef("3GPP-Policy-Reference", 113, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_AMBR: Final[AvpDef[bytes]] = AvpDef("3GPP-Session-AMBR", 114, OCTET_STRING, 0, vendor=10415)
TGPP_NAI: Final[AvpDef[bytes]] = AvpDef("3GPP-NAI", 115, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_AMBR_V2: Final[AvpDef[bytes]] = AvpDef("3GPP-Session-AMBR-v2", 116, OCTET_STRING, 0, vendor=10415)
TGPP_IP_ADDRESS_POOL_ID: Final[AvpDef[bytes]] = AvpDef("3GPP-IP-Address-Pool-Id", 118, OCTET_STRING, 0, vendor=10415)
TGPP_VLAN_ID: Final[AvpDef[bytes]] = AvpDef("3GPP-VLAN-Id", 119, OCTET_STRING, 0, vendor=10415)
TGPP_TNAP_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("3GPP-TNAP-Identifier", 120, OCTET_STRING, 0, vendor=10415)
TGPP_HFC_NODEID: Final[AvpDef[bytes]] = AvpDef("3GPP-HFC-NodeId", 121, OCTET_STRING, 0, vendor=10415)
TGPP_GLI: Final[AvpDef[bytes]] = AvpDef("3GPP-GLI", 122, OCTET_STRING, 0, vendor=10415)
TGPP_LINE_TYPE: Final[AvpDef[bytes]] = AvpDef("3GPP-Line-Type", 123, OCTET_STRING, 0, vendor=10415)
TGPP_NID: Final[AvpDef[bytes]] = AvpDef("3GPP-NID", 124, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_S_NSSAI: Final[AvpDef[bytes]] = AvpDef("3GPP-Session-S-NSSAI", 125, OCTET_STRING, 0, vendor=10415)
TGPP_CHF_FQDN: Final[AvpDef[str]] = AvpDef("3GPP-CHF-FQDN", 126, UTF8STRING, 0, vendor=10415)
TGPP_S_NSSAI: Final[AvpDef[str]] = AvpDef("3GPP-S-NSSAI", 200, UTF8STRING, 0, vendor=10415)
TGPP_OC_RATING_GROUP: Final[AvpDef[int]] = AvpDef("3GPP-OC-Rating-Group", 1321, UNSIGNED32, 0, vendor=10415)
TGPP_OC_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("3GPP-OC-Request-Type", 1322, ENUMERATED, 0, vendor=10415, enum=TGPPOCRequestType)
TGPP_OC_SPECIFIC_REDUCTION: Final[AvpDef[TGPPOCSpecificReduction]] = AvpDef("3GPP-OC-Specific-Reduction", 1320, GROUPED, 0, vendor=10415)
TGPP_PS_DATA_OFF_STATUS_32_299: Final[AvpDef[int]] = AvpDef("3GPP-PS-Data-Off-Status-32.299", 4406, ENUMERATED, M, vendor=10415, enum=TGPPPSDataOffStatus32299)
ACCESS_NETWORK_INFO_CHANGE: Final[AvpDef[AccessNetworkInfoChange]] = AvpDef("Access-Network-Info-Change", 4401, GROUPED, M, vendor=10415)
ACCESS_NETWORK_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Access-Network-Information", 1263, OCTET_STRING, M, vendor=10415)
ACCESS_TRANSFER_INFORMATION: Final[AvpDef[AccessTransferInformation]] = AvpDef("Access-Transfer-Information", 2709, GROUPED, M, vendor=10415)
ACCESS_TRANSFER_TYPE: Final[AvpDef[int]] = AvpDef("Access-Transfer-Type", 2710, ENUMERATED, M, vendor=10415, enum=AccessTransferType)
ACCOUNT_EXPIRATION: Final[AvpDef[datetime]] = AvpDef("Account-Expiration", 2309, TIME, M, vendor=10415)
ACCUMULATED_COST: Final[AvpDef[AccumulatedCost]] = AvpDef("Accumulated-Cost", 2052, GROUPED, M, vendor=10415)
ADAPTATIONS: Final[AvpDef[int]] = AvpDef("Adaptations", 1217, ENUMERATED, M, vendor=10415, enum=Adaptations)
ADDITIONAL_CONTENT_INFORMATION: Final[AvpDef[AdditionalContentInformation]] = AvpDef("Additional-Content-Information", 1207, GROUPED, M, vendor=10415)
ADDITIONAL_EXCEPTION_REPORTS: Final[AvpDef[int]] = AvpDef("Additional-Exception-Reports", 3936, ENUMERATED, M, vendor=10415, enum=AdditionalExceptionReports)
ADDITIONAL_TYPE_INFORMATION: Final[AvpDef[str]] = AvpDef("Additional-Type-Information", 1205, UTF8STRING, M, vendor=10415)
ADDRESS_DATA: Final[AvpDef[str]] = AvpDef("Address-Data", 897, UTF8STRING, M, vendor=10415)
ADDRESS_DOMAIN: Final[AvpDef[AddressDomain]] = AvpDef("Address-Domain", 898, GROUPED, M, vendor=10415)
ADDRESSEE_TYPE: Final[AvpDef[int]] = AvpDef("Addressee-Type", 1208, ENUMERATED, M, vendor=10415, enum=AddresseeType)
ADDRESS_TYPE: Final[AvpDef[int]] = AvpDef("Address-Type", 899, ENUMERATED, M, vendor=10415, enum=AddressType)
AF_CORRELATION_INFORMATION: Final[AvpDef[AFCorrelationInformation]] = AvpDef("AF-Correlation-Information", 1276, GROUPED, M, vendor=10415)
ALTERNATE_CHARGED_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Alternate-Charged-Party-Address", 1280, UTF8STRING, M, vendor=10415)
ANNOUNCEMENT_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Announcement-Identifier", 3905, UNSIGNED32, M, vendor=10415)
ANNOUNCEMENT_INFORMATION: Final[AvpDef[AnnouncementInformation]] = AvpDef("Announcement-Information", 3904, GROUPED, M, vendor=10415)
ANNOUNCEMENT_ORDER: Final[AvpDef[int]] = AvpDef("Announcement-Order", 3906, UNSIGNED32, M, vendor=10415)
ANNOUNCING_PLMN_ID: Final[AvpDef[str]] = AvpDef("Announcing-PLMN-ID", 4408, UTF8STRING, M, vendor=10415)
ANNOUNCING_UE_HPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Announcing-UE-HPLMN-Identifier", 3426, UTF8STRING, M, vendor=10415)
ANNOUNCING_UE_VPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Announcing-UE-VPLMN-Identifier", 3427, UTF8STRING, M, vendor=10415)
AOC_COST_INFORMATION: Final[AvpDef[AoCCostInformation]] = AvpDef("AoC-Cost-Information", 2053, GROUPED, M, vendor=10415)
AOC_FORMAT: Final[AvpDef[int]] = AvpDef("AoC-Format", 2310, ENUMERATED, M, vendor=10415, enum=AoCFormat)
AOC_INFORMATION: Final[AvpDef[AoCInformation]] = AvpDef("AoC-Information", 2054, GROUPED, M, vendor=10415)
AOC_REQUEST_TYPE: Final[AvpDef[int]] = AvpDef("AoC-Request-Type", 2055, ENUMERATED, M, vendor=10415, enum=AoCRequestType)
AOC_SERVICE: Final[AvpDef[AoCService]] = AvpDef("AoC-Service", 2311, GROUPED, M, vendor=10415)
AOC_SERVICE_OBLIGATORY_TYPE: Final[AvpDef[int]] = AvpDef("AoC-Service-Obligatory-Type", 2312, ENUMERATED, M, vendor=10415, enum=AoCServiceObligatoryType)
AOC_SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("AoC-Service-Type", 2313, ENUMERATED, M, vendor=10415, enum=AoCServiceType)
AOC_SUBSCRIPTION_INFORMATION: Final[AvpDef[AoCSubscriptionInformation]] = AvpDef("AoC-Subscription-Information", 2314, GROUPED, M, vendor=10415)
API_CONTENT: Final[AvpDef[str]] = AvpDef("API-Content", 1309, UTF8STRING, 0, vendor=10415)
API_DIRECTION: Final[AvpDef[int]] = AvpDef("API-Direction", 1310, ENUMERATED, 0, vendor=10415, enum=APIDirection)
API_IDENTIFIER: Final[AvpDef[bytes]] = AvpDef("API-Identifier", 1311, OCTET_STRING, 0, vendor=10415)
API_INVOCATION_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("API-Invocation-Timestamp", 1312, TIME, 0, vendor=10415)
API_NETWORK_SERVICE_NODE: Final[AvpDef[int]] = AvpDef("API-Network-Service-Node", 1315, ENUMERATED, 0, vendor=10415, enum=APINetworkServiceNode)
API_RESULT_CODE: Final[AvpDef[int]] = AvpDef("API-Result-Code", 1313, UNSIGNED32, 0, vendor=10415)
API_SIZE: Final[AvpDef[int]] = AvpDef("API-Size", 1314, UNSIGNED64, 0, vendor=10415)
APN_RATE_CONTROL: Final[AvpDef[APNRateControl]] = AvpDef("APN-Rate-Control", 3933, GROUPED, M, vendor=10415)
APN_RATE_CONTROL_DOWNLINK: Final[AvpDef[APNRateControlDownlink]] = AvpDef("APN-Rate-Control-Downlink", 3934, GROUPED, M, vendor=10415)
APN_RATE_CONTROL_UPLINK: Final[AvpDef[APNRateControlUplink]] = AvpDef("APN-Rate-Control-Uplink", 3935, GROUPED, M, vendor=10415)
APPLICATION_PROVIDED_CALLED_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Application-Provided-Called-Party-Address", 837, UTF8STRING, M, vendor=10415)
APPLICATION_SERVER: Final[AvpDef[str]] = AvpDef("Application-Server", 836, UTF8STRING, M, vendor=10415)
APPLICATION_SERVER_INFORMATION: Final[AvpDef[ApplicationServerInformation]] = AvpDef("Application-Server-Information", 850, GROUPED, M, vendor=10415)
APPLICATION_SPECIFIC_DATA: Final[AvpDef[bytes]] = AvpDef("Application-Specific-Data", 3458, OCTET_STRING, M, vendor=10415)
APPLIC_ID: Final[AvpDef[str]] = AvpDef("Applic-ID", 1218, UTF8STRING, M, vendor=10415)
ASSOCIATED_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Associated-Party-Address", 2035, UTF8STRING, M, vendor=10415)
ASSOCIATED_URI: Final[AvpDef[str]] = AvpDef("Associated-URI", 856, UTF8STRING, M, vendor=10415)
AUTHORISED_QOS: Final[AvpDef[str]] = AvpDef("Authorised-QoS", 849, UTF8STRING, M, vendor=10415)
AUX_APPLIC_INFO: Final[AvpDef[str]] = AvpDef("Aux-Applic-Info", 1219, UTF8STRING, M, vendor=10415)
BASE_TIME_INTERVAL: Final[AvpDef[int]] = AvpDef("Base-Time-Interval", 1265, UNSIGNED32, M, vendor=10415)
BASIC_SERVICE_CODE: Final[AvpDef[BasicServiceCode]] = AvpDef("Basic-Service-Code", 3411, GROUPED, M, vendor=10415)
BEARER_CAPABILITY: Final[AvpDef[bytes]] = AvpDef("Bearer-Capability", 3412, OCTET_STRING, M, vendor=10415)
BEARER_SERVICE: Final[AvpDef[bytes]] = AvpDef("Bearer-Service", 854, OCTET_STRING, M, vendor=10415)
BSSID: Final[AvpDef[str]] = AvpDef("BSSID", 2716, UTF8STRING, M, vendor=10415)
CALLED_ASSERTED_IDENTITY: Final[AvpDef[str]] = AvpDef("Called-Asserted-Identity", 1250, UTF8STRING, M, vendor=10415)
CALLED_IDENTITY: Final[AvpDef[str]] = AvpDef("Called-Identity", 3916, UTF8STRING, M, vendor=10415)
CALLED_IDENTITY_CHANGE: Final[AvpDef[CalledIdentityChange]] = AvpDef("Called-Identity-Change", 3917, GROUPED, M, vendor=10415)
CALLED_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Called-Party-Address", 832, UTF8STRING, M, vendor=10415)
CALLING_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Calling-Party-Address", 831, UTF8STRING, M, vendor=10415)
CARRIER_SELECT_ROUTING_INFORMATION: Final[AvpDef[str]] = AvpDef("Carrier-Select-Routing-Information", 2023, UTF8STRING, M, vendor=10415)
CAUSE_CODE: Final[AvpDef[int]] = AvpDef("Cause-Code", 861, INTEGER32, M, vendor=10415, enum=CauseCode)
CELLULAR_NETWORK_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Cellular-Network-Information", 3924, OCTET_STRING, M, vendor=10415)
CG_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("CG-Address", 846, ADDRESS, M, vendor=10415)
CHANGE_CONDITION: Final[AvpDef[int]] = AvpDef("Change-Condition", 2037, INTEGER32, M, vendor=10415, enum=ChangeCondition)
CHANGE_TIME: Final[AvpDef[datetime]] = AvpDef("Change-Time", 2038, TIME, M, vendor=10415)
CHARGED_PARTY: Final[AvpDef[str]] = AvpDef("Charged-Party", 857, UTF8STRING, M, vendor=10415)
CHARGE_REASON_CODE: Final[AvpDef[int]] = AvpDef("Charge-Reason-Code", 2118, ENUMERATED, M, vendor=10415, enum=ChargeReasonCode)
CHARGING_CHARACTERISTICS_SELECTION_MODE: Final[AvpDef[int]] = AvpDef("Charging-Characteristics-Selection-Mode", 2066, ENUMERATED, M, vendor=10415, enum=ChargingCharacteristicsSelectionMode)
CHARGING_PER_IP_CAN_SESSION_INDICATOR: Final[AvpDef[int]] = AvpDef("Charging-Per-IP-CAN-Session-Indicator", 4400, ENUMERATED, M, vendor=10415, enum=ChargingPerIPCANSessionIndicator)
CIVIC_ADDRESS_INFORMATION: Final[AvpDef[str]] = AvpDef("Civic-Address-Information", 1305, UTF8STRING, 0, vendor=10415)
CLASS_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Class-Identifier", 1214, ENUMERATED, M, vendor=10415, enum=ClassIdentifier)
CLIENT_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Client-Address", 2018, ADDRESS, M, vendor=10415)
CN_OPERATOR_SELECTION_ENTITY: Final[AvpDef[int]] = AvpDef("CN-Operator-Selection-Entity", 3421, ENUMERATED, M, vendor=10415, enum=CNOperatorSelectionEntity)
CONTENT_CLASS: Final[AvpDef[int]] = AvpDef("Content-Class", 1220, ENUMERATED, M, vendor=10415, enum=ContentClass)
CONTENT_DISPOSITION: Final[AvpDef[str]] = AvpDef("Content-Disposition", 828, UTF8STRING, M, vendor=10415)
CONTENT_LENGTH: Final[AvpDef[int]] = AvpDef("Content-Length", 827, UNSIGNED32, M, vendor=10415)
CONTENT_SIZE: Final[AvpDef[int]] = AvpDef("Content-Size", 1206, UNSIGNED32, M, vendor=10415)
CONTENT_TYPE: Final[AvpDef[str]] = AvpDef("Content-Type", 826, UTF8STRING, M, vendor=10415)
COVERAGE_INFO: Final[AvpDef[CoverageInfo]] = AvpDef("Coverage-Info", 3459, GROUPED, M, vendor=10415)
COVERAGE_STATUS: Final[AvpDef[int]] = AvpDef("Coverage-Status", 3428, ENUMERATED, M, vendor=10415, enum=CoverageStatus)
CP_CIOT_EPS_OPTIMISATION_INDICATOR: Final[AvpDef[int]] = AvpDef("CP-CIoT-EPS-Optimisation-Indicator", 3930, ENUMERATED, M, vendor=10415, enum=CPCIoTEPSOptimisationIndicator)
CPDT_INFORMATION: Final[AvpDef[CPDTInformation]] = AvpDef("CPDT-Information", 3927, GROUPED, M, vendor=10415)
CSG_ACCESS_MODE: Final[AvpDef[int]] = AvpDef("CSG-Access-Mode", 2317, ENUMERATED, M, vendor=10415, enum=CSGAccessMode)
CSG_MEMBERSHIP_INDICATION: Final[AvpDef[int]] = AvpDef("CSG-Membership-Indication", 2318, ENUMERATED, M, vendor=10415, enum=CSGMembershipIndication)
CUG_INFORMATION: Final[AvpDef[bytes]] = AvpDef("CUG-Information", 2304, OCTET_STRING, M, vendor=10415)
CURRENT_TARIFF: Final[AvpDef[CurrentTariff]] = AvpDef("Current-Tariff", 2056, GROUPED, M, vendor=10415)
DATA_CODING_SCHEME: Final[AvpDef[int]] = AvpDef("Data-Coding-Scheme", 2001, INTEGER32, M, vendor=10415)
DEFERRED_LOCATION_EVENT_TYPE: Final[AvpDef[str]] = AvpDef("Deferred-Location-Event-Type", 1230, UTF8STRING, M, vendor=10415)
DELIVERY_REPORT_REQUESTED: Final[AvpDef[int]] = AvpDef("Delivery-Report-Requested", 1216, ENUMERATED, M, vendor=10415, enum=DeliveryReportRequested)
DESTINATION_INTERFACE: Final[AvpDef[DestinationInterface]] = AvpDef("Destination-Interface", 2002, GROUPED, M, vendor=10415)
DIAGNOSTICS: Final[AvpDef[int]] = AvpDef("Diagnostics", 2039, INTEGER32, M, vendor=10415)
DISCOVEREE_UE_HPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Discoveree-UE-HPLMN-Identifier", 4402, UTF8STRING, M, vendor=10415)
DISCOVEREE_UE_VPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Discoveree-UE-VPLMN-Identifier", 4403, UTF8STRING, M, vendor=10415)
DISCOVERER_UE_HPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Discoverer-UE-HPLMN-Identifier", 4404, UTF8STRING, M, vendor=10415)
DISCOVERER_UE_VPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Discoverer-UE-VPLMN-Identifier", 4405, UTF8STRING, M, vendor=10415)
DOMAIN_NAME: Final[AvpDef[str]] = AvpDef("Domain-Name", 1200, UTF8STRING, M, vendor=10415)
DRM_CONTENT: Final[AvpDef[int]] = AvpDef("DRM-Content", 1221, ENUMERATED, M, vendor=10415, enum=DRMContent)
DYNAMIC_ADDRESS_FLAG: Final[AvpDef[int]] = AvpDef("Dynamic-Address-Flag", 2051, ENUMERATED, M, vendor=10415, enum=DynamicAddressFlag)
DYNAMIC_ADDRESS_FLAG_EXTENSION: Final[AvpDef[int]] = AvpDef("Dynamic-Address-Flag-Extension", 2068, ENUMERATED, M, vendor=10415, enum=DynamicAddressFlagExtension)
EARLY_MEDIA_DESCRIPTION: Final[AvpDef[EarlyMediaDescription]] = AvpDef("Early-Media-Description", 1272, GROUPED, M, vendor=10415)
ENHANCED_DIAGNOSTICS: Final[AvpDef[EnhancedDiagnostics]] = AvpDef("Enhanced-Diagnostics", 3901, GROUPED, M, vendor=10415)
ENVELOPE: Final[AvpDef[Envelope]] = AvpDef("Envelope", 1266, GROUPED, M, vendor=10415)
ENVELOPE_END_TIME: Final[AvpDef[datetime]] = AvpDef("Envelope-End-Time", 1267, TIME, M, vendor=10415)
ENVELOPE_REPORTING: Final[AvpDef[int]] = AvpDef("Envelope-Reporting", 1268, ENUMERATED, M, vendor=10415, enum=EnvelopeReporting)
ENVELOPE_START_TIME: Final[AvpDef[datetime]] = AvpDef("Envelope-Start-Time", 1269, TIME, M, vendor=10415)
EPDG_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("EPDG-Address", 3425, ADDRESS, M, vendor=10415)
EVENT: Final[AvpDef[str]] = AvpDef("Event", 825, UTF8STRING, M, vendor=10415)
EVENT_CHARGING_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Event-Charging-TimeStamp", 1258, TIME, M, vendor=10415)
EVENT_TYPE: Final[AvpDef[EventType]] = AvpDef("Event-Type", 823, GROUPED, M, vendor=10415)
EXPIRES: Final[AvpDef[int]] = AvpDef("Expires", 888, UNSIGNED32, M, vendor=10415)
EXPOSURE_FUNCTION_API_INFORMATION: Final[AvpDef[ExposureFunctionAPIInformation]] = AvpDef("Exposure-Function-API-Information", 1316, GROUPED, 0, vendor=10415)
FE_IDENTIFIER_LIST: Final[AvpDef[str]] = AvpDef("FE-Identifier-List", 4413, UTF8STRING, M, vendor=10415)
FILE_REPAIR_SUPPORTED: Final[AvpDef[int]] = AvpDef("File-Repair-Supported", 1224, ENUMERATED, M, vendor=10415, enum=FileRepairSupported)
FORWARDING_PENDING: Final[AvpDef[int]] = AvpDef("Forwarding-Pending", 3415, ENUMERATED, M, vendor=10415, enum=ForwardingPending)
FROM_ADDRESS: Final[AvpDef[str]] = AvpDef("From-Address", 2708, UTF8STRING, M, vendor=10415)
GGSN_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("GGSN-Address", 847, ADDRESS, M, vendor=10415)
IMS_APPLICATION_REFERENCE_IDENTIFIER: Final[AvpDef[str]] = AvpDef("IMS-Application-Reference-Identifier", 2601, UTF8STRING, M, vendor=10415)
IMS_CHARGING_IDENTIFIER: Final[AvpDef[str]] = AvpDef("IMS-Charging-Identifier", 841, UTF8STRING, M, vendor=10415)
IMS_COMMUNICATION_SERVICE_IDENTIFIER: Final[AvpDef[str]] = AvpDef("IMS-Communication-Service-Identifier", 1281, UTF8STRING, M, vendor=10415)
IMS_EMERGENCY_INDICATOR: Final[AvpDef[int]] = AvpDef("IMS-Emergency-Indicator", 2322, ENUMERATED, M, vendor=10415, enum=IMSEmergencyIndicator)
IMS_INFORMATION: Final[AvpDef[IMSInformation]] = AvpDef("IMS-Information", 876, GROUPED, M, vendor=10415)
IMSI_UNAUTHENTICATED_FLAG: Final[AvpDef[int]] = AvpDef("IMSI-Unauthenticated-Flag", 2308, ENUMERATED, M, vendor=10415, enum=IMSIUnauthenticatedFlag)
IMS_VISITED_NETWORK_IDENTIFIER: Final[AvpDef[str]] = AvpDef("IMS-Visited-Network-Identifier", 2713, UTF8STRING, M, vendor=10415)
INCOMING_TRUNK_GROUP_ID: Final[AvpDef[str]] = AvpDef("Incoming-Trunk-Group-ID", 852, UTF8STRING, M, vendor=10415)
INCREMENTAL_COST: Final[AvpDef[IncrementalCost]] = AvpDef("Incremental-Cost", 2062, GROUPED, M, vendor=10415)
INITIAL_IMS_CHARGING_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Initial-IMS-Charging-Identifier", 2321, UTF8STRING, M, vendor=10415)
INSTANCE_ID: Final[AvpDef[str]] = AvpDef("Instance-Id", 3402, UTF8STRING, M, vendor=10415)
INTERFACE_ID: Final[AvpDef[str]] = AvpDef("Interface-Id", 2003, UTF8STRING, M, vendor=10415)
INTERFACE_PORT: Final[AvpDef[str]] = AvpDef("Interface-Port", 2004, UTF8STRING, M, vendor=10415)
INTERFACE_TEXT: Final[AvpDef[str]] = AvpDef("Interface-Text", 2005, UTF8STRING, M, vendor=10415)
INTERFACE_TYPE: Final[AvpDef[int]] = AvpDef("Interface-Type", 2006, ENUMERATED, M, vendor=10415, enum=InterfaceType)
INTER_OPERATOR_IDENTIFIER: Final[AvpDef[InterOperatorIdentifier]] = AvpDef("Inter-Operator-Identifier", 838, GROUPED, M, vendor=10415)
INTER_UE_TRANSFER: Final[AvpDef[int]] = AvpDef("Inter-UE-Transfer", 3902, ENUMERATED, M, vendor=10415, enum=InterUETransfer)
IP_REALM_DEFAULT_INDICATION: Final[AvpDef[int]] = AvpDef("IP-Realm-Default-Indication", 2603, ENUMERATED, M, vendor=10415, enum=IPRealmDefaultIndication)
ISUP_CAUSE: Final[AvpDef[ISUPCause]] = AvpDef("ISUP-Cause", 3416, GROUPED, M, vendor=10415)
ISUP_CAUSE_DIAGNOSTICS: Final[AvpDef[bytes]] = AvpDef("ISUP-Cause-Diagnostics", 3422, OCTET_STRING, M, vendor=10415)
ISUP_CAUSE_LOCATION: Final[AvpDef[int]] = AvpDef("ISUP-Cause-Location", 3423, UNSIGNED32, M, vendor=10415)
ISUP_CAUSE_VALUE: Final[AvpDef[int]] = AvpDef("ISUP-Cause-Value", 3424, UNSIGNED32, M, vendor=10415)
ISUP_LOCATION_NUMBER: Final[AvpDef[bytes]] = AvpDef("ISUP-Location-Number", 3414, OCTET_STRING, M, vendor=10415)
LANGUAGE: Final[AvpDef[str]] = AvpDef("Language", 3914, UTF8STRING, M, vendor=10415)
LAYER_2_GROUP_ID: Final[AvpDef[bytes]] = AvpDef("Layer-2-Group-ID", 3429, OCTET_STRING, M, vendor=10415)
LCS_APN: Final[AvpDef[str]] = AvpDef("LCS-APN", 1231, UTF8STRING, M, vendor=10415)
LCS_CLIENT_DIALED_BY_MS: Final[AvpDef[str]] = AvpDef("LCS-Client-Dialed-By-MS", 1233, UTF8STRING, M, vendor=10415)
LCS_CLIENT_EXTERNAL_ID: Final[AvpDef[str]] = AvpDef("LCS-Client-External-ID", 1234, UTF8STRING, M, vendor=10415)
LCS_CLIENT_ID: Final[AvpDef[LCSClientID]] = AvpDef("LCS-Client-ID", 1232, GROUPED, M, vendor=10415)
LCS_CLIENT_NAME: Final[AvpDef[LCSClientName]] = AvpDef("LCS-Client-Name", 1235, GROUPED, M, vendor=10415)
LCS_CLIENT_TYPE: Final[AvpDef[int]] = AvpDef("LCS-Client-Type", 1241, ENUMERATED, M, vendor=10415, enum=LCSClientType)
LCS_DATA_CODING_SCHEME: Final[AvpDef[str]] = AvpDef("LCS-Data-Coding-Scheme", 1236, UTF8STRING, M, vendor=10415)
LCS_FORMAT_INDICATOR: Final[AvpDef[int]] = AvpDef("LCS-Format-Indicator", 1237, ENUMERATED, M, vendor=10415, enum=LCSFormatIndicator)
LCS_INFORMATION: Final[AvpDef[LCSInformation]] = AvpDef("LCS-Information", 878, GROUPED, M, vendor=10415)
LCS_NAME_STRING: Final[AvpDef[str]] = AvpDef("LCS-Name-String", 1238, UTF8STRING, M, vendor=10415)
LCS_REQUESTOR_ID: Final[AvpDef[LCSRequestorID]] = AvpDef("LCS-Requestor-ID", 1239, GROUPED, M, vendor=10415)
LCS_REQUESTOR_ID_STRING: Final[AvpDef[str]] = AvpDef("LCS-Requestor-ID-String", 1240, UTF8STRING, M, vendor=10415)
LOCAL_GW_INSERTED_INDICATION: Final[AvpDef[int]] = AvpDef("Local-GW-Inserted-Indication", 2604, ENUMERATED, M, vendor=10415, enum=LocalGWInsertedIndication)
LOCAL_SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Local-Sequence-Number", 2063, UNSIGNED32, M, vendor=10415)
LOCATION_ESTIMATE: Final[AvpDef[bytes]] = AvpDef("Location-Estimate", 1242, OCTET_STRING, M, vendor=10415)
LOCATION_ESTIMATE_TYPE: Final[AvpDef[int]] = AvpDef("Location-Estimate-Type", 1243, ENUMERATED, M, vendor=10415, enum=LocationEstimateType)
LOCATION_INFO: Final[AvpDef[LocationInfo]] = AvpDef("Location-Info", 3460, GROUPED, M, vendor=10415)
LOCATION_TYPE: Final[AvpDef[LocationType]] = AvpDef("Location-Type", 1244, GROUPED, M, vendor=10415)
LOW_BALANCE_INDICATION: Final[AvpDef[int]] = AvpDef("Low-Balance-Indication", 2020, ENUMERATED, M, vendor=10415, enum=LowBalanceIndication)
LOW_PRIORITY_INDICATOR: Final[AvpDef[int]] = AvpDef("Low-Priority-Indicator", 2602, ENUMERATED, M, vendor=10415, enum=LowPriorityIndicator)
MBMS_CHARGED_PARTY: Final[AvpDef[int]] = AvpDef("MBMS-Charged-Party", 2323, ENUMERATED, M, vendor=10415, enum=MBMSChargedParty)
MBMS_GW_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MBMS-GW-Address", 2307, ADDRESS, M, vendor=10415)
MBMS_INFORMATION: Final[AvpDef[MBMSInformation]] = AvpDef("MBMS-Information", 880, GROUPED, M, vendor=10415)
MBMS_USER_SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("MBMS-User-Service-Type", 1225, ENUMERATED, M, vendor=10415, enum=MBMSUserServiceType)
MEDIA_INITIATOR_FLAG: Final[AvpDef[int]] = AvpDef("Media-Initiator-Flag", 882, ENUMERATED, M, vendor=10415, enum=MediaInitiatorFlag)
MEDIA_INITIATOR_PARTY: Final[AvpDef[str]] = AvpDef("Media-Initiator-Party", 1288, UTF8STRING, M, vendor=10415)
MESSAGE_BODY: Final[AvpDef[MessageBody]] = AvpDef("Message-Body", 889, GROUPED, M, vendor=10415)
MESSAGE_CLASS: Final[AvpDef[MessageClass]] = AvpDef("Message-Class", 1213, GROUPED, M, vendor=10415)
MESSAGE_ID: Final[AvpDef[str]] = AvpDef("Message-ID", 1210, UTF8STRING, M, vendor=10415)
MESSAGE_SIZE: Final[AvpDef[int]] = AvpDef("Message-Size", 1212, UNSIGNED32, M, vendor=10415)
MESSAGE_TYPE: Final[AvpDef[int]] = AvpDef("Message-Type", 1211, ENUMERATED, M, vendor=10415, enum=MessageType)
MMBOX_STORAGE_REQUESTED: Final[AvpDef[int]] = AvpDef("MMBox-Storage-Requested", 1248, ENUMERATED, M, vendor=10415, enum=MMBoxStorageRequested)
MM_CONTENT_TYPE: Final[AvpDef[MMContentType]] = AvpDef("MM-Content-Type", 1203, GROUPED, M, vendor=10415)
MMS_INFORMATION: Final[AvpDef[MMSInformation]] = AvpDef("MMS-Information", 877, GROUPED, M, vendor=10415)
MMTEL_INFORMATION: Final[AvpDef[MMTelInformation]] = AvpDef("MMTel-Information", 2030, GROUPED, M, vendor=10415)
MMTEL_SSERVICE_TYPE: Final[AvpDef[int]] = AvpDef("MMTel-SService-Type", 2031, UNSIGNED32, M, vendor=10415, enum=MMTelSServiceType)
MONITORED_PLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Monitored-PLMN-Identifier", 3430, UTF8STRING, M, vendor=10415)
MONITORING_EVENT_CONFIGURATION_ACTIVITY: Final[AvpDef[int]] = AvpDef("Monitoring-Event-Configuration-Activity", 3919, INTEGER32, M, vendor=10415, enum=MonitoringEventConfigurationActivity)
MONITORING_EVENT_FUNCTIONALITY: Final[AvpDef[int]] = AvpDef("Monitoring-Event-Functionality", 3922, INTEGER32, M, vendor=10415, enum=MonitoringEventFunctionality)
MONITORING_EVENT_INFORMATION: Final[AvpDef[MonitoringEventInformation]] = AvpDef("Monitoring-Event-Information", 3921, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT_DATA: Final[AvpDef[MonitoringEventReportData]] = AvpDef("Monitoring-Event-Report-Data", 3920, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT_NUMBER: Final[AvpDef[int]] = AvpDef("Monitoring-Event-Report-Number", 3923, UNSIGNED32, M, vendor=10415)
MONITORING_UE_HPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Monitoring-UE-HPLMN-Identifier", 3431, UTF8STRING, M, vendor=10415)
MONITORING_UE_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Monitoring-UE-Identifier", 3432, UTF8STRING, M, vendor=10415)
MONITORING_UE_VPLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Monitoring-UE-VPLMN-Identifier", 3433, UTF8STRING, M, vendor=10415)
MSC_ADDRESS: Final[AvpDef[bytes]] = AvpDef("MSC-Address", 3417, OCTET_STRING, M, vendor=10415)
MTC_IWF_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("MTC-IWF-Address", 3406, ADDRESS, M, vendor=10415)
NEIGHBOUR_NODE_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Neighbour-Node-Address", 2705, ADDRESS, M, vendor=10415)
NETWORK_CALL_REFERENCE_NUMBER: Final[AvpDef[bytes]] = AvpDef("Network-Call-Reference-Number", 3418, OCTET_STRING, M, vendor=10415)
NEXT_TARIFF: Final[AvpDef[NextTariff]] = AvpDef("Next-Tariff", 2057, GROUPED, M, vendor=10415)
NIDD_SUBMISSION: Final[AvpDef[NIDDSubmission]] = AvpDef("NIDD-Submission", 3928, GROUPED, M, vendor=10415)
NNI_INFORMATION: Final[AvpDef[NNIInformation]] = AvpDef("NNI-Information", 2703, GROUPED, M, vendor=10415)
NNI_TYPE: Final[AvpDef[int]] = AvpDef("NNI-Type", 2704, ENUMERATED, M, vendor=10415, enum=NNIType)
NODE_FUNCTIONALITY: Final[AvpDef[int]] = AvpDef("Node-Functionality", 862, ENUMERATED, M, vendor=10415, enum=NodeFunctionality)
NODE_ID: Final[AvpDef[str]] = AvpDef("Node-Id", 2064, UTF8STRING, M, vendor=10415)
NR_CGI: Final[AvpDef[str]] = AvpDef("Nr-Cgi", 1325, UTF8STRING, 0, vendor=10415)
NUMBER_OF_DIVERSIONS: Final[AvpDef[int]] = AvpDef("Number-Of-Diversions", 2034, UNSIGNED32, M, vendor=10415)
NUMBER_OF_MESSAGES_SENT: Final[AvpDef[int]] = AvpDef("Number-Of-Messages-Sent", 2019, UNSIGNED32, M, vendor=10415)
NUMBER_OF_PARTICIPANTS: Final[AvpDef[int]] = AvpDef("Number-Of-Participants", 885, UNSIGNED32, M, vendor=10415)
NUMBER_OF_RECEIVED_TALK_BURSTS: Final[AvpDef[int]] = AvpDef("Number-Of-Received-Talk-Bursts", 1282, UNSIGNED32, M, vendor=10415)
NUMBER_OF_TALK_BURSTS: Final[AvpDef[int]] = AvpDef("Number-Of-Talk-Bursts", 1283, UNSIGNED32, M, vendor=10415)
NUMBER_PORTABILITY_ROUTING_INFORMATION: Final[AvpDef[str]] = AvpDef("Number-Portability-Routing-Information", 2024, UTF8STRING, M, vendor=10415)
OFFLINE_CHARGING: Final[AvpDef[OfflineCharging]] = AvpDef("Offline-Charging", 1278, GROUPED, M, vendor=10415)
ONLINE_CHARGING_FLAG: Final[AvpDef[int]] = AvpDef("Online-Charging-Flag", 2303, ENUMERATED, M, vendor=10415, enum=OnlineChargingFlag)
ORIGINATING_IOI: Final[AvpDef[str]] = AvpDef("Originating-IOI", 839, UTF8STRING, M, vendor=10415)
ORIGINATOR: Final[AvpDef[int]] = AvpDef("Originator", 864, ENUMERATED, M, vendor=10415, enum=Originator)
ORIGINATOR_ADDRESS: Final[AvpDef[OriginatorAddress]] = AvpDef("Originator-Address", 886, GROUPED, M, vendor=10415)
ORIGINATOR_INTERFACE: Final[AvpDef[OriginatorInterface]] = AvpDef("Originator-Interface", 2009, GROUPED, M, vendor=10415)
ORIGINATOR_RECEIVED_ADDRESS: Final[AvpDef[OriginatorReceivedAddress]] = AvpDef("Originator-Received-Address", 2027, GROUPED, M, vendor=10415)
ORIGINATOR_SCCP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Originator-SCCP-Address", 2008, ADDRESS, M, vendor=10415)
OUTGOING_SESSION_ID: Final[AvpDef[str]] = AvpDef("Outgoing-Session-Id", 2320, UTF8STRING, M, vendor=10415)
OUTGOING_TRUNK_GROUP_ID: Final[AvpDef[str]] = AvpDef("Outgoing-Trunk-Group-ID", 853, UTF8STRING, M, vendor=10415)
PARTICIPANT_ACCESS_PRIORITY: Final[AvpDef[int]] = AvpDef("Participant-Access-Priority", 1259, ENUMERATED, M, vendor=10415, enum=ParticipantAccessPriority)
PARTICIPANT_ACTION_TYPE: Final[AvpDef[int]] = AvpDef("Participant-Action-Type", 2049, ENUMERATED, M, vendor=10415, enum=ParticipantActionType)
PARTICIPANT_GROUP: Final[AvpDef[ParticipantGroup]] = AvpDef("Participant-Group", 1260, GROUPED, M, vendor=10415)
PARTICIPANTS_INVOLVED: Final[AvpDef[str]] = AvpDef("Participants-Involved", 887, UTF8STRING, M, vendor=10415)
PC3_CONTROL_PROTOCOL_CAUSE: Final[AvpDef[int]] = AvpDef("PC3-Control-Protocol-Cause", 3434, INTEGER32, M, vendor=10415)
PC3_EPC_CONTROL_PROTOCOL_CAUSE: Final[AvpDef[int]] = AvpDef("PC3-EPC-Control-Protocol-Cause", 3435, INTEGER32, M, vendor=10415)
PC5_RADIO_TECHNOLOGY: Final[AvpDef[int]] = AvpDef("PC5-Radio-Technology", 1300, ENUMERATED, 0, vendor=10415, enum=PC5RadioTechnology)
PDN_CONNECTION_CHARGING_ID: Final[AvpDef[int]] = AvpDef("PDN-Connection-Charging-ID", 2050, UNSIGNED32, M, vendor=10415)
PDP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("PDP-Address", 1227, ADDRESS, M, vendor=10415)
PDP_ADDRESS_PREFIX_LENGTH: Final[AvpDef[int]] = AvpDef("PDP-Address-Prefix-Length", 2606, UNSIGNED32, M, vendor=10415)
PDP_CONTEXT_TYPE: Final[AvpDef[int]] = AvpDef("PDP-Context-Type", 1247, ENUMERATED, M, vendor=10415, enum=PDPContextType)
PLAY_ALTERNATIVE: Final[AvpDef[int]] = AvpDef("Play-Alternative", 3913, ENUMERATED, M, vendor=10415, enum=PlayAlternative)
POC_CHANGE_CONDITION: Final[AvpDef[int]] = AvpDef("PoC-Change-Condition", 1261, ENUMERATED, M, vendor=10415, enum=PoCChangeCondition)
POC_CHANGE_TIME: Final[AvpDef[datetime]] = AvpDef("PoC-Change-Time", 1262, TIME, M, vendor=10415)
POC_CONTROLLING_ADDRESS: Final[AvpDef[str]] = AvpDef("PoC-Controlling-Address", 858, UTF8STRING, M, vendor=10415)
POC_EVENT_TYPE: Final[AvpDef[int]] = AvpDef("PoC-Event-Type", 2025, ENUMERATED, M, vendor=10415, enum=PoCEventType)
POC_GROUP_NAME: Final[AvpDef[str]] = AvpDef("PoC-Group-Name", 859, UTF8STRING, M, vendor=10415)
POC_INFORMATION: Final[AvpDef[PoCInformation]] = AvpDef("PoC-Information", 879, GROUPED, M, vendor=10415)
POC_SERVER_ROLE: Final[AvpDef[int]] = AvpDef("PoC-Server-Role", 883, ENUMERATED, M, vendor=10415, enum=PoCServerRole)
POC_SESSION_ID: Final[AvpDef[str]] = AvpDef("PoC-Session-Id", 1229, UTF8STRING, M, vendor=10415)
POC_SESSION_INITIATION_TYPE: Final[AvpDef[int]] = AvpDef("PoC-Session-Initiation-type", 1277, ENUMERATED, M, vendor=10415, enum=PoCSessionInitiationType)
POC_SESSION_TYPE: Final[AvpDef[int]] = AvpDef("PoC-Session-Type", 884, ENUMERATED, M, vendor=10415, enum=PoCSessionType)
POC_USER_ROLE: Final[AvpDef[PoCUserRole]] = AvpDef("PoC-User-Role", 1252, GROUPED, M, vendor=10415)
POC_USER_ROLE_IDS: Final[AvpDef[str]] = AvpDef("PoC-User-Role-IDs", 1253, UTF8STRING, M, vendor=10415)
POC_USER_ROLE_INFO_UNITS: Final[AvpDef[int]] = AvpDef("PoC-User-Role-Info-Units", 1254, ENUMERATED, M, vendor=10415, enum=PoCUserRoleInfoUnits)
POSITIONING_DATA: Final[AvpDef[str]] = AvpDef("Positioning-Data", 1245, UTF8STRING, M, vendor=10415)
PREFERRED_AOC_CURRENCY: Final[AvpDef[int]] = AvpDef("Preferred-AoC-Currency", 2315, UNSIGNED32, M, vendor=10415)
PRIORITY: Final[AvpDef[int]] = AvpDef("Priority", 1209, ENUMERATED, M, vendor=10415, enum=Priority)
PRIVACY_INDICATOR: Final[AvpDef[int]] = AvpDef("Privacy-Indicator", 3915, ENUMERATED, M, vendor=10415, enum=PrivacyIndicator)
PROSE_3RD_PARTY_APPLICATION_ID: Final[AvpDef[str]] = AvpDef("ProSe-3rd-Party-Application-ID", 3440, UTF8STRING, M, vendor=10415)
PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER: Final[AvpDef[ProSeDirectCommunicationReceptionDataContainer]] = AvpDef("ProSe-Direct-Communication-Reception-Data-Container", 3461, GROUPED, M, vendor=10415)
PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER: Final[AvpDef[ProSeDirectCommunicationTransmissionDataContainer]] = AvpDef("ProSe-Direct-Communication-Transmission-Data-Container", 3441, GROUPED, M, vendor=10415)
PROSE_DIRECT_DISCOVERY_MODEL: Final[AvpDef[int]] = AvpDef("ProSe-Direct-Discovery-Model", 3442, ENUMERATED, M, vendor=10415, enum=ProSeDirectDiscoveryModel)
PROSE_EVENT_TYPE: Final[AvpDef[int]] = AvpDef("ProSe-Event-Type", 3443, ENUMERATED, M, vendor=10415, enum=ProSeEventType)
PROSE_FUNCTIONALITY: Final[AvpDef[int]] = AvpDef("ProSe-Functionality", 3445, ENUMERATED, M, vendor=10415, enum=ProSeFunctionality)
PROSE_FUNCTION_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("ProSe-Function-IP-Address", 3444, ADDRESS, M, vendor=10415)
PROSE_FUNCTION_PLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("ProSe-Function-PLMN-Identifier", 3457, UTF8STRING, M, vendor=10415)
PROSE_GROUP_IP_MULTICAST_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("ProSe-Group-IP-Multicast-Address", 3446, ADDRESS, M, vendor=10415)
PROSE_INFORMATION: Final[AvpDef[ProSeInformation]] = AvpDef("ProSe-Information", 3447, GROUPED, M, vendor=10415)
PROSE_RANGE_CLASS: Final[AvpDef[int]] = AvpDef("ProSe-Range-Class", 3448, ENUMERATED, M, vendor=10415, enum=ProSeRangeClass)
PROSE_REASON_FOR_CANCELLATION: Final[AvpDef[int]] = AvpDef("ProSe-Reason-For-Cancellation", 3449, ENUMERATED, M, vendor=10415, enum=ProSeReasonForCancellation)
PROSE_REQUEST_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("ProSe-Request-Timestamp", 3450, TIME, M, vendor=10415)
PROSE_ROLE_OF_UE: Final[AvpDef[int]] = AvpDef("ProSe-Role-Of-UE", 3451, ENUMERATED, M, vendor=10415, enum=ProSeRoleOfUE)
PROSE_SOURCE_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("ProSe-Source-IP-Address", 3452, ADDRESS, M, vendor=10415)
PROSE_TARGET_LAYER_2_ID: Final[AvpDef[bytes]] = AvpDef("ProSe-Target-Layer-2-ID", 4410, OCTET_STRING, M, vendor=10415)
PROSE_UE_ID: Final[AvpDef[bytes]] = AvpDef("ProSe-UE-ID", 3453, OCTET_STRING, M, vendor=10415)
PROSE_UE_TO_NETWORK_RELAY_UE_ID: Final[AvpDef[bytes]] = AvpDef("ProSe-UE-to-Network-Relay-UE-ID", 4409, OCTET_STRING, M, vendor=10415)
PROXIMITY_ALERT_INDICATION: Final[AvpDef[int]] = AvpDef("Proximity-Alert-Indication", 3454, ENUMERATED, M, vendor=10415, enum=ProximityAlertIndication)
PROXIMITY_ALERT_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Proximity-Alert-Timestamp", 3455, TIME, M, vendor=10415)
PROXIMITY_CANCELLATION_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("Proximity-Cancellation-Timestamp", 3456, TIME, M, vendor=10415)
PS_APPEND_FREE_FORMAT_DATA: Final[AvpDef[int]] = AvpDef("PS-Append-Free-Format-Data", 867, ENUMERATED, M, vendor=10415, enum=PSAppendFreeFormatData)
PSCELL_INFO: Final[AvpDef[PSCellInfo]] = AvpDef("PSCell-Info", 1324, GROUPED, 0, vendor=10415)
PS_FREE_FORMAT_DATA: Final[AvpDef[bytes]] = AvpDef("PS-Free-Format-Data", 866, OCTET_STRING, M, vendor=10415)
PS_FURNISH_CHARGING_INFORMATION: Final[AvpDef[PSFurnishChargingInformation]] = AvpDef("PS-Furnish-Charging-Information", 865, GROUPED, M, vendor=10415)
PS_INFORMATION: Final[AvpDef[PSInformation]] = AvpDef("PS-Information", 874, GROUPED, M, vendor=10415)
QUOTA_CONSUMPTION_TIME: Final[AvpDef[int]] = AvpDef("Quota-Consumption-Time", 881, UNSIGNED32, M, vendor=10415)
QUOTA_HOLDING_TIME: Final[AvpDef[int]] = AvpDef("Quota-Holding-Time", 871, UNSIGNED32, M, vendor=10415)
QUOTA_INDICATOR: Final[AvpDef[int]] = AvpDef("Quota-Indicator", 3912, ENUMERATED, M, vendor=10415, enum=QuotaIndicator)
RADIO_FREQUENCY: Final[AvpDef[bytes]] = AvpDef("Radio-Frequency", 3462, OCTET_STRING, M, vendor=10415)
RADIO_PARAMETER_SET_INFO: Final[AvpDef[RadioParameterSetInfo]] = AvpDef("Radio-Parameter-Set-Info", 3463, GROUPED, M, vendor=10415)
RADIO_PARAMETER_SET_VALUES: Final[AvpDef[bytes]] = AvpDef("Radio-Parameter-Set-Values", 3464, OCTET_STRING, M, vendor=10415)
RADIO_RESOURCES_INDICATOR: Final[AvpDef[int]] = AvpDef("Radio-Resources-Indicator", 3465, INTEGER32, M, vendor=10415, enum=RadioResourcesIndicator)
RAN_END_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("RAN-End-Timestamp", 1301, TIME, 0, vendor=10415)
RAN_SECONDARY_RAT_USAGE_REPORT: Final[AvpDef[RANSecondaryRATUsageReport]] = AvpDef("RAN-Secondary-RAT-Usage-Report", 1302, GROUPED, 0, vendor=10415)
RAN_START_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("RAN-Start-Timestamp", 1303, TIME, 0, vendor=10415)
RATE_CONTROL_MAX_MESSAGE_SIZE: Final[AvpDef[int]] = AvpDef("Rate-Control-Max-Message-Size", 3937, UNSIGNED32, M, vendor=10415)
RATE_CONTROL_MAX_RATE: Final[AvpDef[int]] = AvpDef("Rate-Control-Max-Rate", 3938, UNSIGNED32, M, vendor=10415)
RATE_CONTROL_TIME_UNIT: Final[AvpDef[int]] = AvpDef("Rate-Control-Time-Unit", 3939, UNSIGNED32, M, vendor=10415, enum=RateControlTimeUnit)
RATE_ELEMENT: Final[AvpDef[RateElement]] = AvpDef("Rate-Element", 2058, GROUPED, M, vendor=10415)
READ_REPLY_REPORT_REQUESTED: Final[AvpDef[int]] = AvpDef("Read-Reply-Report-Requested", 1222, ENUMERATED, M, vendor=10415, enum=ReadReplyReportRequested)
REAL_TIME_TARIFF_INFORMATION: Final[AvpDef[RealTimeTariffInformation]] = AvpDef("Real-Time-Tariff-Information", 2305, GROUPED, M, vendor=10415)
REASON_HEADER: Final[AvpDef[str]] = AvpDef("Reason-Header", 3401, UTF8STRING, M, vendor=10415)
RECEIVED_TALK_BURST_TIME: Final[AvpDef[int]] = AvpDef("Received-Talk-Burst-Time", 1284, UNSIGNED32, M, vendor=10415)
RECEIVED_TALK_BURST_VOLUME: Final[AvpDef[int]] = AvpDef("Received-Talk-Burst-Volume", 1285, UNSIGNED32, M, vendor=10415)
RECIPIENT_ADDRESS: Final[AvpDef[RecipientAddress]] = AvpDef("Recipient-Address", 1201, GROUPED, M, vendor=10415)
RECIPIENT_INFO: Final[AvpDef[RecipientInfo]] = AvpDef("Recipient-Info", 2026, GROUPED, M, vendor=10415)
RECIPIENT_RECEIVED_ADDRESS: Final[AvpDef[RecipientReceivedAddress]] = AvpDef("Recipient-Received-Address", 2028, GROUPED, M, vendor=10415)
RECIPIENT_SCCP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Recipient-SCCP-Address", 2010, ADDRESS, M, vendor=10415)
REFUND_INFORMATION: Final[AvpDef[bytes]] = AvpDef("Refund-Information", 2022, OCTET_STRING, M, vendor=10415)
RELATED_CHANGE_CONDITION_INFORMATION: Final[AvpDef[RelatedChangeConditionInformation]] = AvpDef("Related-Change-Condition-Information", 3925, GROUPED, M, vendor=10415)
RELATED_IMS_CHARGING_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Related-IMS-Charging-Identifier", 2711, UTF8STRING, M, vendor=10415)
RELATED_IMS_CHARGING_IDENTIFIER_NODE: Final[AvpDef[AddressValue]] = AvpDef("Related-IMS-Charging-Identifier-Node", 2712, ADDRESS, M, vendor=10415)
RELATED_TRIGGER: Final[AvpDef[RelatedTrigger]] = AvpDef("Related-Trigger", 3926, GROUPED, M, vendor=10415)
RELATIONSHIP_MODE: Final[AvpDef[int]] = AvpDef("Relationship-Mode", 2706, ENUMERATED, M, vendor=10415, enum=RelationshipMode)
RELAY_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Relay-IP-address", 4411, ADDRESS, M, vendor=10415)
REMAINING_BALANCE: Final[AvpDef[RemainingBalance]] = AvpDef("Remaining-Balance", 2021, GROUPED, M, vendor=10415)
REPLY_APPLIC_ID: Final[AvpDef[str]] = AvpDef("Reply-Applic-ID", 1223, UTF8STRING, M, vendor=10415)
REPLY_PATH_REQUESTED: Final[AvpDef[int]] = AvpDef("Reply-Path-Requested", 2011, ENUMERATED, M, vendor=10415, enum=ReplyPathRequested)
REPORTING_REASON: Final[AvpDef[int]] = AvpDef("Reporting-Reason", 872, ENUMERATED, M, vendor=10415, enum=ReportingReason)
REQUESTED_PARTY_ADDRESS: Final[AvpDef[str]] = AvpDef("Requested-Party-Address", 1251, UTF8STRING, M, vendor=10415)
REQUESTED_PLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Requested-PLMN-Identifier", 3436, UTF8STRING, M, vendor=10415)
REQUESTOR_PLMN_IDENTIFIER: Final[AvpDef[str]] = AvpDef("Requestor-PLMN-Identifier", 3437, UTF8STRING, M, vendor=10415)
ROLE_OF_NODE: Final[AvpDef[int]] = AvpDef("Role-Of-Node", 829, ENUMERATED, M, vendor=10415, enum=RoleOfNode)
ROLE_OF_PROSE_FUNCTION: Final[AvpDef[int]] = AvpDef("Role-Of-ProSe-Function", 3438, ENUMERATED, M, vendor=10415, enum=RoleOfProSeFunction)
ROUTE_HEADER_RECEIVED: Final[AvpDef[str]] = AvpDef("Route-Header-Received", 3403, UTF8STRING, M, vendor=10415)
ROUTE_HEADER_TRANSMITTED: Final[AvpDef[str]] = AvpDef("Route-Header-Transmitted", 3404, UTF8STRING, M, vendor=10415)
SCALE_FACTOR: Final[AvpDef[ScaleFactor]] = AvpDef("Scale-Factor", 2059, GROUPED, M, vendor=10415)
SCEF_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("SCEF-Address", 1317, ADDRESS, 0, vendor=10415)
SCS_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("SCS-Address", 3941, ADDRESS, M, vendor=10415)
SCS_AS_ADDRESS: Final[AvpDef[SCSASAddress]] = AvpDef("SCS-AS-Address", 3940, GROUPED, M, vendor=10415)
SCS_REALM: Final[AvpDef[str]] = AvpDef("SCS-Realm", 3942, DIAMETER_IDENTITY, M, vendor=10415)
SDP_ANSWER_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("SDP-Answer-Timestamp", 1275, TIME, M, vendor=10415)
SDP_MEDIA_COMPONENT: Final[AvpDef[SDPMediaComponent]] = AvpDef("SDP-Media-Component", 843, GROUPED, M, vendor=10415)
SDP_MEDIA_DESCRIPTION: Final[AvpDef[str]] = AvpDef("SDP-Media-Description", 845, UTF8STRING, M, vendor=10415)
SDP_MEDIA_NAME: Final[AvpDef[str]] = AvpDef("SDP-Media-Name", 844, UTF8STRING, M, vendor=10415)
SDP_OFFER_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("SDP-Offer-Timestamp", 1274, TIME, M, vendor=10415)
SDP_SESSION_DESCRIPTION: Final[AvpDef[str]] = AvpDef("SDP-Session-Description", 842, UTF8STRING, M, vendor=10415)
SDP_TIMESTAMPS: Final[AvpDef[SDPTimeStamps]] = AvpDef("SDP-TimeStamps", 1273, GROUPED, M, vendor=10415)
SDP_TYPE: Final[AvpDef[int]] = AvpDef("SDP-Type", 2036, ENUMERATED, M, vendor=10415, enum=SDPType)
SECONDARY_RAT_TYPE: Final[AvpDef[bytes]] = AvpDef("Secondary-RAT-Type", 1304, OCTET_STRING, 0, vendor=10415)
SERVED_PARTY_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Served-Party-IP-Address", 848, ADDRESS, M, vendor=10415)
SERVICE_DATA_CONTAINER: Final[AvpDef[ServiceDataContainer]] = AvpDef("Service-Data-Container", 2040, GROUPED, M, vendor=10415)
SERVICE_ID_855: Final[AvpDef[str]] = AvpDef("Service-Id", 855, UTF8STRING, M, vendor=10415)
SERVICE_INFORMATION: Final[AvpDef[ServiceInformation]] = AvpDef("Service-Information", 873, GROUPED, M, vendor=10415)
SERVICE_MODE: Final[AvpDef[int]] = AvpDef("Service-Mode", 2032, UNSIGNED32, M, vendor=10415, enum=ServiceMode)
SERVICE_SPECIFIC_DATA: Final[AvpDef[str]] = AvpDef("Service-Specific-Data", 863, UTF8STRING, M, vendor=10415)
SERVICE_SPECIFIC_INFO: Final[AvpDef[ServiceSpecificInfo]] = AvpDef("Service-Specific-Info", 1249, GROUPED, M, vendor=10415)
SERVICE_SPECIFIC_TYPE: Final[AvpDef[int]] = AvpDef("Service-Specific-Type", 1257, UNSIGNED32, M, vendor=10415)
SERVING_NODE_IDENTITY: Final[AvpDef[str]] = AvpDef("Serving-Node-Identity", 3929, DIAMETER_IDENTITY, M, vendor=10415)
SERVING_NODE_TYPE: Final[AvpDef[int]] = AvpDef("Serving-Node-Type", 2047, ENUMERATED, M, vendor=10415, enum=ServingNodeType)
SESSION_DIRECTION: Final[AvpDef[int]] = AvpDef("Session-Direction", 2707, ENUMERATED, M, vendor=10415, enum=SessionDirection)
SGI_PTP_TUNNELLING_METHOD: Final[AvpDef[int]] = AvpDef("SGi-PtP-Tunnelling-Method", 3931, ENUMERATED, M, vendor=10415, enum=SGiPtPTunnellingMethod)
SGSN_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("SGSN-Address", 1228, ADDRESS, M, vendor=10415)
SGW_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("SGW-Address", 2067, ADDRESS, M, vendor=10415)
SGW_CHANGE: Final[AvpDef[int]] = AvpDef("SGW-Change", 2065, ENUMERATED, M, vendor=10415, enum=SGWChange)
SIP_METHOD: Final[AvpDef[str]] = AvpDef("SIP-Method", 824, UTF8STRING, M, vendor=10415)
SIP_REQUEST_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("SIP-Request-Timestamp", 834, TIME, M, vendor=10415)
SIP_REQUEST_TIMESTAMP_FRACTION: Final[AvpDef[int]] = AvpDef("SIP-Request-Timestamp-Fraction", 2301, UNSIGNED32, M, vendor=10415)
SIP_RESPONSE_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("SIP-Response-Timestamp", 835, TIME, M, vendor=10415)
SIP_RESPONSE_TIMESTAMP_FRACTION: Final[AvpDef[int]] = AvpDef("SIP-Response-Timestamp-Fraction", 2302, UNSIGNED32, M, vendor=10415)
SM_DEVICE_TRIGGER_INDICATOR: Final[AvpDef[int]] = AvpDef("SM-Device-Trigger-Indicator", 3407, ENUMERATED, M, vendor=10415, enum=SMDeviceTriggerIndicator)
SM_DEVICE_TRIGGER_INFORMATION: Final[AvpDef[SMDeviceTriggerInformation]] = AvpDef("SM-Device-Trigger-Information", 3405, GROUPED, M, vendor=10415)
SM_DISCHARGE_TIME: Final[AvpDef[datetime]] = AvpDef("SM-Discharge-Time", 2012, TIME, M, vendor=10415)
SM_MESSAGE_TYPE: Final[AvpDef[int]] = AvpDef("SM-Message-Type", 2007, ENUMERATED, M, vendor=10415, enum=SMMessageType)
SM_PROTOCOL_ID: Final[AvpDef[bytes]] = AvpDef("SM-Protocol-ID", 2013, OCTET_STRING, M, vendor=10415)
SMSC_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("SMSC-Address", 2017, ADDRESS, M, vendor=10415)
SM_SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("SM-Sequence-Number", 3408, UNSIGNED32, M, vendor=10415)
SM_SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("SM-Service-Type", 2029, ENUMERATED, M, vendor=10415, enum=SMServiceType)
SMS_INFORMATION: Final[AvpDef[SMSInformation]] = AvpDef("SMS-Information", 2000, GROUPED, M, vendor=10415)
SMS_NODE: Final[AvpDef[int]] = AvpDef("SMS-Node", 2016, ENUMERATED, M, vendor=10415, enum=SMSNode)
SMS_RESULT: Final[AvpDef[int]] = AvpDef("SMS-Result", 3409, UNSIGNED32, M, vendor=10415)
SM_STATUS: Final[AvpDef[bytes]] = AvpDef("SM-Status", 2014, OCTET_STRING, M, vendor=10415)
SM_USER_DATA_HEADER: Final[AvpDef[bytes]] = AvpDef("SM-User-Data-Header", 2015, OCTET_STRING, M, vendor=10415)
START_OF_CHARGING: Final[AvpDef[datetime]] = AvpDef("Start-of-Charging", 3419, TIME, M, vendor=10415)
START_TIME: Final[AvpDef[datetime]] = AvpDef("Start-Time", 2041, TIME, M, vendor=10415)
STATUS_AS_CODE: Final[AvpDef[int]] = AvpDef("Status-AS-Code", 2702, ENUMERATED, M, vendor=10415, enum=StatusASCode)
STOP_TIME: Final[AvpDef[datetime]] = AvpDef("Stop-Time", 2042, TIME, M, vendor=10415)
SUBMISSION_TIME: Final[AvpDef[datetime]] = AvpDef("Submission-Time", 1202, TIME, M, vendor=10415)
SUBSCRIBER_ROLE: Final[AvpDef[int]] = AvpDef("Subscriber-Role", 2033, ENUMERATED, M, vendor=10415, enum=SubscriberRole)
SUPPLEMENTARY_SERVICE: Final[AvpDef[SupplementaryService]] = AvpDef("Supplementary-Service", 2048, GROUPED, M, vendor=10415)
TAD_IDENTIFIER: Final[AvpDef[int]] = AvpDef("TAD-Identifier", 2717, ENUMERATED, M, vendor=10415, enum=TADIdentifier)
TALK_BURST_EXCHANGE: Final[AvpDef[TalkBurstExchange]] = AvpDef("Talk-Burst-Exchange", 1255, GROUPED, M, vendor=10415)
TALK_BURST_TIME: Final[AvpDef[int]] = AvpDef("Talk-Burst-Time", 1286, UNSIGNED32, M, vendor=10415)
TALK_BURST_VOLUME: Final[AvpDef[int]] = AvpDef("Talk-Burst-Volume", 1287, UNSIGNED32, M, vendor=10415)
TARGET_IP_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("Target-IP-Address", 4412, ADDRESS, M, vendor=10415)
TARIFF_INFORMATION: Final[AvpDef[TariffInformation]] = AvpDef("Tariff-Information", 2060, GROUPED, M, vendor=10415)
TARIFF_XML: Final[AvpDef[str]] = AvpDef("Tariff-XML", 2306, UTF8STRING, M, vendor=10415)
TELESERVICE: Final[AvpDef[bytes]] = AvpDef("Teleservice", 3413, OCTET_STRING, M, vendor=10415)
TERMINATING_IOI: Final[AvpDef[str]] = AvpDef("Terminating-IOI", 840, UTF8STRING, M, vendor=10415)
TIME_FIRST_RECEPTION: Final[AvpDef[datetime]] = AvpDef("Time-First-Reception", 3466, TIME, M, vendor=10415)
TIME_FIRST_TRANSMISSION: Final[AvpDef[datetime]] = AvpDef("Time-First-Transmission", 3467, TIME, M, vendor=10415)
TIME_FIRST_USAGE: Final[AvpDef[datetime]] = AvpDef("Time-First-Usage", 2043, TIME, M, vendor=10415)
TIME_INDICATOR: Final[AvpDef[int]] = AvpDef("Time-Indicator", 3911, UNSIGNED32, M, vendor=10415)
TIME_LAST_USAGE: Final[AvpDef[datetime]] = AvpDef("Time-Last-Usage", 2044, TIME, M, vendor=10415)
TIME_QUOTA_MECHANISM: Final[AvpDef[TimeQuotaMechanism]] = AvpDef("Time-Quota-Mechanism", 1270, GROUPED, M, vendor=10415)
TIME_QUOTA_THRESHOLD: Final[AvpDef[int]] = AvpDef("Time-Quota-Threshold", 868, UNSIGNED32, M, vendor=10415)
TIME_QUOTA_TYPE: Final[AvpDef[int]] = AvpDef("Time-Quota-Type", 1271, ENUMERATED, M, vendor=10415, enum=TimeQuotaType)
TIME_STAMPS: Final[AvpDef[TimeStamps]] = AvpDef("Time-Stamps", 833, GROUPED, M, vendor=10415)
TIME_USAGE: Final[AvpDef[int]] = AvpDef("Time-Usage", 2045, UNSIGNED32, M, vendor=10415)
TLTRI: Final[AvpDef[int]] = AvpDef("TLTRI", 1318, UNSIGNED32, 0, vendor=10415)
TOKEN_TEXT: Final[AvpDef[str]] = AvpDef("Token-Text", 1215, UTF8STRING, M, vendor=10415)
TRAFFIC_DATA_VOLUMES: Final[AvpDef[TrafficDataVolumes]] = AvpDef("Traffic-Data-Volumes", 2046, GROUPED, M, vendor=10415)
TRANSCODER_INSERTED_INDICATION: Final[AvpDef[int]] = AvpDef("Transcoder-Inserted-Indication", 2605, ENUMERATED, M, vendor=10415, enum=TranscoderInsertedIndication)
TRANSIT_IOI_LIST: Final[AvpDef[str]] = AvpDef("Transit-IOI-List", 2701, UTF8STRING, M, vendor=10415)
TRANSMITTER_INFO: Final[AvpDef[TransmitterInfo]] = AvpDef("Transmitter-Info", 3468, GROUPED, M, vendor=10415)
TRIGGER: Final[AvpDef[Trigger]] = AvpDef("Trigger", 1264, GROUPED, M, vendor=10415)
TRIGGER_TYPE: Final[AvpDef[int]] = AvpDef("Trigger-Type", 870, ENUMERATED, M, vendor=10415, enum=TriggerType)
TRUNK_GROUP_ID: Final[AvpDef[TrunkGroupID]] = AvpDef("Trunk-Group-ID", 851, GROUPED, M, vendor=10415)
TWAG_ADDRESS: Final[AvpDef[AddressValue]] = AvpDef("TWAG-Address", 3903, ADDRESS, M, vendor=10415)
TWAN_USER_LOCATION_INFO: Final[AvpDef[TWANUserLocationInfo]] = AvpDef("TWAN-User-Location-Info", 2714, GROUPED, M, vendor=10415)
TYPE_NUMBER: Final[AvpDef[int]] = AvpDef("Type-Number", 1204, ENUMERATED, M, vendor=10415, enum=TypeNumber)
UNI_PDU_CP_ONLY_FLAG: Final[AvpDef[int]] = AvpDef("UNI-PDU-CP-Only-Flag", 3932, ENUMERATED, M, vendor=10415, enum=UNIPDUCPOnlyFlag)
UNIT_COST: Final[AvpDef[UnitCost]] = AvpDef("Unit-Cost", 2061, GROUPED, M, vendor=10415)
UNIT_QUOTA_THRESHOLD: Final[AvpDef[int]] = AvpDef("Unit-Quota-Threshold", 1226, UNSIGNED32, M, vendor=10415)
UNUSED_QUOTA_TIMER: Final[AvpDef[int]] = AvpDef("Unused-Quota-Timer", 4407, UNSIGNED32, M, vendor=10415)
USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER: Final[AvpDef[int]] = AvpDef("Usage-Information-Report-Sequence-Number", 3439, INTEGER32, M, vendor=10415)
USER_CSG_INFORMATION: Final[AvpDef[UserCSGInformation]] = AvpDef("User-CSG-Information", 2319, GROUPED, M, vendor=10415)
USER_PARTICIPATING_TYPE: Final[AvpDef[int]] = AvpDef("User-Participating-Type", 1279, ENUMERATED, M, vendor=10415, enum=UserParticipatingType)
USER_SESSION_ID: Final[AvpDef[str]] = AvpDef("User-Session-Id", 830, UTF8STRING, M, vendor=10415)
UWAN_USER_LOCATION_INFO: Final[AvpDef[UWANUserLocationInfo]] = AvpDef("UWAN-User-Location-Info", 3918, GROUPED, M, vendor=10415)
VARIABLE_PART: Final[AvpDef[VariablePart]] = AvpDef("Variable-Part", 3907, GROUPED, M, vendor=10415)
VARIABLE_PART_ORDER: Final[AvpDef[int]] = AvpDef("Variable-Part-Order", 3908, UNSIGNED32, M, vendor=10415)
VARIABLE_PART_TYPE: Final[AvpDef[int]] = AvpDef("Variable-Part-Type", 3909, UNSIGNED32, M, vendor=10415, enum=VariablePartType)
VARIABLE_PART_VALUE: Final[AvpDef[str]] = AvpDef("Variable-Part-Value", 3910, UTF8STRING, M, vendor=10415)
VCS_INFORMATION: Final[AvpDef[VCSInformation]] = AvpDef("VCS-Information", 3410, GROUPED, M, vendor=10415)
VLR_NUMBER: Final[AvpDef[bytes]] = AvpDef("VLR-Number", 3420, OCTET_STRING, M, vendor=10415)
VOLTE_INFORMATION: Final[AvpDef[VoLTEInformation]] = AvpDef("VoLTE-Information", 1323, GROUPED, 0, vendor=10415)
VOLUME_QUOTA_THRESHOLD: Final[AvpDef[int]] = AvpDef("Volume-Quota-Threshold", 869, UNSIGNED32, M, vendor=10415)
WLAN_OPERATOR_ID: Final[AvpDef[WLANOperatorId]] = AvpDef("WLAN-Operator-Id", 1306, GROUPED, 0, vendor=10415)
WLAN_OPERATOR_NAME: Final[AvpDef[str]] = AvpDef("WLAN-Operator-Name", 1307, UTF8STRING, 0, vendor=10415)
WLAN_PLMN_ID: Final[AvpDef[str]] = AvpDef("WLAN-PLMN-Id", 1308, UTF8STRING, 0, vendor=10415)
SERVICE_GENERIC_INFORMATION: Final[AvpDef[ServiceGenericInformation]] = AvpDef("Service-Generic-Information", 1256, GROUPED, M, vendor=10415)
APPLICATION_SERVER_ID: Final[AvpDef[str]] = AvpDef("Application-Server-ID", 2101, UTF8STRING, M, vendor=10415)
APPLICATION_SERVICE_TYPE: Final[AvpDef[int]] = AvpDef("Application-Service-Type", 2102, ENUMERATED, M, vendor=10415, enum=ApplicationServiceType)
APPLICATION_SESSION_ID: Final[AvpDef[int]] = AvpDef("Application-Session-ID", 2103, UNSIGNED32, M, vendor=10415)
DELIVERY_STATUS: Final[AvpDef[str]] = AvpDef("Delivery-Status", 2104, UTF8STRING, M, vendor=10415)
IM_INFORMATION: Final[AvpDef[IMInformation]] = AvpDef("IM-Information", 2110, GROUPED, M, vendor=10415)
NUMBER_OF_MESSAGES_SUCCESSFULLY_EXPLODED: Final[AvpDef[int]] = AvpDef("Number-Of-Messages-Successfully-Exploded", 2111, UNSIGNED32, M, vendor=10415)
NUMBER_OF_MESSAGES_SUCCESSFULLY_SENT: Final[AvpDef[int]] = AvpDef("Number-Of-Messages-Successfully-Sent", 2112, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_MESSAGES_EXPLODED: Final[AvpDef[int]] = AvpDef("Total-Number-Of-Messages-Exploded", 2113, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_MESSAGES_SENT: Final[AvpDef[int]] = AvpDef("Total-Number-Of-Messages-Sent", 2114, UNSIGNED32, M, vendor=10415)
DCD_INFORMATION: Final[AvpDef[DCDInformation]] = AvpDef("DCD-Information", 2115, GROUPED, M, vendor=10415)
CONTENT_ID: Final[AvpDef[str]] = AvpDef("Content-ID", 2116, UTF8STRING, M, vendor=10415)
CONTENT_PROVIDER_ID: Final[AvpDef[str]] = AvpDef("Content-Provider-ID", 2117, UTF8STRING, M, vendor=10415)
ACCESS_NETWORK_IDENTIFIER: Final[AvpDef[int]] = AvpDef("Access-Network-Identifier", 1000, UNSIGNED32, M, vendor=45687)
APPLICATION_ENTITY_ID: Final[AvpDef[str]] = AvpDef("Application-Entity-ID", 1001, UTF8STRING, M, vendor=45687)
CONTROL_MEMORY_SIZE: Final[AvpDef[int]] = AvpDef("Control-Memory-Size", 1002, UNSIGNED32, M, vendor=45687)
CURRENT_NUMBER_MEMBERS: Final[AvpDef[int]] = AvpDef("Current-Number-Members", 1003, UNSIGNED32, M, vendor=45687)
DATA_MEMORY_SIZE: Final[AvpDef[int]] = AvpDef("Data-Memory-Size", 1004, UNSIGNED32, M, vendor=45687)
EXTERNAL_ID: Final[AvpDef[str]] = AvpDef("External-ID", 1005, UTF8STRING, M, vendor=45687)
GROUP_NAME: Final[AvpDef[str]] = AvpDef("Group-Name", 1006, UTF8STRING, M, vendor=45687)
HOSTING_CSE_ID: Final[AvpDef[str]] = AvpDef("Hosting-CSE-ID", 1007, UTF8STRING, M, vendor=45687)
M2M_ORIGINATOR: Final[AvpDef[str]] = AvpDef("M2M-Originator", 1008, UTF8STRING, M, vendor=45687)
MAXIMUM_NUMBER_MEMBERS: Final[AvpDef[int]] = AvpDef("Maximum-Number-Members", 1009, UNSIGNED32, M, vendor=45687)
M2M_EVENT_RECORD_TIMESTAMP: Final[AvpDef[datetime]] = AvpDef("M2M-Event-Record-Timestamp", 1010, TIME, M, vendor=45687)
M2M_INFORMATION: Final[AvpDef[M2MInformation]] = AvpDef("M2M-Information", 1011, GROUPED, M, vendor=45687)
OCCUPANCY: Final[AvpDef[int]] = AvpDef("Occupancy", 1012, UNSIGNED32, M, vendor=45687)
PROTOCOL_TYPE: Final[AvpDef[int]] = AvpDef("Protocol-Type", 1013, ENUMERATED, M, vendor=45687, enum=ProtocolType)
RECEIVER: Final[AvpDef[str]] = AvpDef("Receiver", 1014, UTF8STRING, M, vendor=45687)
REQUEST_BODY_SIZE: Final[AvpDef[int]] = AvpDef("Request-Body-Size", 1015, UNSIGNED32, M, vendor=45687)
REQUEST_HEADERS_SIZE: Final[AvpDef[int]] = AvpDef("Request-Headers-Size", 1016, UNSIGNED32, M, vendor=45687)
REQUEST_OPERATION: Final[AvpDef[int]] = AvpDef("Request-Operation", 1017, ENUMERATED, M, vendor=45687, enum=RequestOperation)
RESPONSE_BODY_SIZE: Final[AvpDef[int]] = AvpDef("Response-Body-Size", 1018, UNSIGNED32, M, vendor=45687)
RESPONSE_HEADERS_SIZE: Final[AvpDef[int]] = AvpDef("Response-Headers-Size", 1019, UNSIGNED32, M, vendor=45687)
RESPONSE_STATUS_CODE: Final[AvpDef[int]] = AvpDef("Response-Status-Code", 1020, ENUMERATED, M, vendor=45687, enum=ResponseStatusCode)
SUBGROUP_NAME: Final[AvpDef[str]] = AvpDef("Subgroup-Name", 1021, UTF8STRING, M, vendor=45687)
TARGET_ID: Final[AvpDef[str]] = AvpDef("Target-ID", 1022, UTF8STRING, M, vendor=45687)
# Multiple-Services-Credit-Control: extends the definition this module inherits
MULTIPLE_SERVICES_CREDIT_CONTROL: Final[AvpDef[MultipleServicesCreditControl]] = AvpDef("Multiple-Services-Credit-Control", 456, GROUPED, M)
# Used-Service-Unit: extends the definition this module inherits
USED_SERVICE_UNIT: Final[AvpDef[UsedServiceUnit]] = AvpDef("Used-Service-Unit", 446, GROUPED, M)


@grouped(COMMUNICATION_FAILURE_INFORMATION)
class CommunicationFailureInformation:
    """Communication-Failure-Information ::= < AVP Header: 4300, 10415 >
         [ Cause-Type ]
         [ S1AP-Cause ]
         [ RANAP-Cause ]
         [ BSSGP-Cause ]
         [ GMM-Cause ]
         [ SM-Cause ]
       * [ AVP ]
    """

    cause_type: CauseType | int | None = avp(CAUSE_TYPE, default=None)
    s1ap_cause: int | None = avp(S1AP_CAUSE, default=None)
    ranap_cause: int | None = avp(RANAP_CAUSE, default=None)
    bssgp_cause: int | None = avp(BSSGP_CAUSE, default=None)
    gmm_cause: int | None = avp(GMM_CAUSE, default=None)
    sm_cause: int | None = avp(SM_CAUSE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NUMBER_OF_UE_PER_LOCATION_CONFIGURATION)
class NumberOfUEPerLocationConfiguration:
    """Number-Of-UE-Per-Location-Configuration ::= < AVP Header: 4306, 10415 >
         { EPS-Location-Information }
         [ IMSI-Group-Id ]
       * [ AVP ]
    """

    eps_location_information: EPSLocationInformation = avp(EPS_LOCATION_INFORMATION)
    imsi_group_id: IMSIGroupId | None = avp(IMSI_GROUP_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NUMBER_OF_UE_PER_LOCATION_REPORT)
class NumberOfUEPerLocationReport:
    """Number-Of-UE-Per-Location-Report ::= < AVP Header: 4307, 10415 >
         { EPS-Location-Information }
         { UE-Count }
         [ IMSI-Group-Id ]
       * [ AVP ]
    """

    eps_location_information: EPSLocationInformation = avp(EPS_LOCATION_INFORMATION)
    ue_count: int = avp(UE_COUNT)
    imsi_group_id: IMSIGroupId | None = avp(IMSI_GROUP_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVING_PLMN_RATE_CONTROL)
class ServingPLMNRateControl:
    """Serving-PLMN-Rate-Control ::= < AVP Header: 4310, 10415 >
         [ Uplink-Rate-Limit ]
         [ Downlink-Rate-Limit ]
       * [ AVP ]
    """

    uplink_rate_limit: int | None = avp(UPLINK_RATE_LIMIT, default=None)
    downlink_rate_limit: int | None = avp(DOWNLINK_RATE_LIMIT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RRC_CAUSE_COUNTER)
class RRCCauseCounter:
    """RRC-Cause-Counter ::= < AVP Header: 4318, 10415 >
         [ Counter-Value ]
         [ RRC-Counter-Timestamp ]
       * [ AVP ]
    """

    counter_value: int | None = avp(COUNTER_VALUE, default=None)
    rrc_counter_timestamp: datetime | None = avp(RRC_COUNTER_TIMESTAMP, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IDLE_STATUS_INDICATION)
class IdleStatusIndication:
    """Idle-Status-Indication ::= < AVP Header: 4322, 10415 >
         [ Idle-Status-Timestamp ]
         [ Active-Time ]
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ eDRX-Cycle-Length ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """

    idle_status_timestamp: datetime | None = avp(IDLE_STATUS_TIMESTAMP, default=None)
    active_time: int | None = avp(ACTIVE_TIME, default=None)
    subscribed_periodic_rau_tau_timer: int | None = avp(SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, default=None)
    edrx_cycle_length: EDRXCycleLength | None = avp(EDRX_CYCLE_LENGTH, default=None)
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APN_RATE_CONTROL_STATUS)
class APNRateControlStatus:
    """APN-Rate-Control-Status ::= < AVP Header: 4326, 10415 >
         { Service-Selection }
         { Uplink-Number-Of-Packets-Allowed }
         { Number-Of-Additional-Exception-Reports }
         { Downlink-Number-Of-Packets-Allowed }
         { APN-Rate-Control-Status-Validity-Time }
       * [ AVP ]
    """

    service_selection: str = avp(SERVICE_SELECTION)
    uplink_number_of_packets_allowed: int = avp(UPLINK_NUMBER_OF_PACKETS_ALLOWED)
    number_of_additional_exception_reports: int = avp(NUMBER_OF_ADDITIONAL_EXCEPTION_REPORTS)
    downlink_number_of_packets_allowed: int = avp(DOWNLINK_NUMBER_OF_PACKETS_ALLOWED)
    apn_rate_control_status_validity_time: int = avp(APN_RATE_CONTROL_STATUS_VALIDITY_TIME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVED_USER_IDENTITY)
class ServedUserIdentity:
    """Served-User-Identity ::= < AVP Header: 1100, 10415 >
         [ MSISDN ]
         [ VASP-ID ]
         [ VAS-ID ]
       * [ AVP ]
    """

    msisdn: bytes | None = avp(MSISDN, default=None)
    vasp_id: str | None = avp(VASP_ID, default=None)
    vas_id: str | None = avp(VAS_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(INITIAL_RECIPIENT_ADDRESS)
class InitialRecipientAddress:
    """Initial-Recipient-Address ::= < AVP Header: 1105, 10415 >
         { Sequence-Number-29.140 }
         { Recipient-Address-29.140 }
       * [ AVP ]
    """

    sequence_number_29_140: int = avp(SEQUENCE_NUMBER_29_140)
    recipient_address_29_140: str = avp(RECIPIENT_ADDRESS_29_140)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RESULT_RECIPIENT_ADDRESS)
class ResultRecipientAddress:
    """Result-Recipient-Address ::= < AVP Header: 1106, 10415 >
         { Sequence-Number-29.140 }
         [ Recipient-Address-29.140 ]
         [ Routeing-Address ]
         [ Sender-Address ]
       * [ AVP ]
    """

    sequence_number_29_140: int = avp(SEQUENCE_NUMBER_29_140)
    recipient_address_29_140: str | None = avp(RECIPIENT_ADDRESS_29_140, default=None)
    routeing_address: str | None = avp(ROUTEING_ADDRESS, default=None)
    sender_address: str | None = avp(SENDER_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(STATUS)
class Status:
    """Status ::= < AVP Header: 1116, 10415 >
         [ Status-Code ]
         [ Status-Text ]
    """

    status_code: str | None = avp(STATUS_CODE, default=None)
    status_text: str | None = avp(STATUS_TEXT, default=None)


@grouped(NETWORK_CONGESTION_AREA_REPORT)
class NetworkCongestionAreaReport:
    """Network-Congestion-Area-Report ::= < AVP Header: 4101, 10415 >
         [ Network-Area-Info-List ]
         [ Congestion-Level-Value ]
       * [ AVP ]
    """

    network_area_info_list: bytes | None = avp(NETWORK_AREA_INFO_LIST, default=None)
    congestion_level_value: CongestionLevelValue | int | None = avp(CONGESTION_LEVEL_VALUE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TIME_WINDOW)
class TimeWindow:
    """Time-Window ::= < AVP Header: 4204, 10415 >
         { Transfer-Start-Time }
         { Transfer-End-Time }
       * [ AVP ]
    """

    transfer_start_time: datetime = avp(TRANSFER_START_TIME)
    transfer_end_time: datetime = avp(TRANSFER_END_TIME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRANSFER_POLICY)
class TransferPolicy:
    """Transfer-Policy ::= < AVP Header: 4207, 10415 >
         { Transfer-Policy-Id }
         [ Time-Window ]
         [ Rating-Group ]
         [ Max-Requested-Bandwidth-DL ]
         [ Max-Requested-Bandwidth-UL ]
       * [ AVP ]
    """

    transfer_policy_id: int = avp(TRANSFER_POLICY_ID)
    time_window: TimeWindow | None = avp(TIME_WINDOW, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACCESS_NETWORK_REPORTS)
class AccessNetworkReports:
    """Access-Network-Reports ::= < AVP Header: 4210, 10415 >
         [ MSISDN ]
         [ External-Identifier ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-MS-TimeZone ]
         [ UE-Local-IP-Address ]
         [ TCP-Source-Port ]
         [ UDP-Source-Port ]
         [ NetLoc-Access-Support ]
       * [ AVP ]
    """

    msisdn: bytes | None = avp(MSISDN, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    tcp_source_port: int | None = avp(TCP_SOURCE_PORT, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    netloc_access_support: NetLocAccessSupport | int | None = avp(NETLOC_ACCESS_SUPPORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EVENT_CONFIGURATION)
class EventConfiguration:
    """Event-Configuration ::= < AVP Header: 4211, 10415 >
         { Extended-SCEF-Reference-ID }
         { SCEF-ID }
         { Monitoring-Type }
         [ Location-Information-Configuration ]
       * [ AVP ]
    """

    extended_scef_reference_id: int = avp(EXTENDED_SCEF_REFERENCE_ID)
    scef_id: str = avp(SCEF_ID)
    monitoring_type: MonitoringType | int = avp(MONITORING_TYPE)
    location_information_configuration: LocationInformationConfiguration | None = avp(LOCATION_INFORMATION_CONFIGURATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EVENT_CONFIGURATION_STATUS)
class EventConfigurationStatus:
    """Event-Configuration-Status ::= < AVP Header: 4213, 10415 >
         { Event-Configuration-State }
         { Extended-SCEF-Reference-ID }
       * [ AVP ]
    """

    event_configuration_state: int = avp(EVENT_CONFIGURATION_STATE)
    extended_scef_reference_id: int = avp(EXTENDED_SCEF_REFERENCE_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EVENT_REPORTS)
class EventReports:
    """Event-Reports ::= < AVP Header: 4215, 10415 >
         { Event-Reporting-Results }
         { Extended-SCEF-Reference-ID }
       * [ Access-Network-Reports ]
       * [ AVP ]
    """

    event_reporting_results: EventReportingResults | int = avp(EVENT_REPORTING_RESULTS)
    extended_scef_reference_id: int = avp(EXTENDED_SCEF_REFERENCE_ID)
    access_network_reports: tuple[AccessNetworkReports, ...] = repeated(ACCESS_NETWORK_REPORTS, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LCS_EPS_CLIENT_NAME)
class LCSEPSClientName:
    """LCS-EPS-Client-Name ::= < AVP Header: 2501, 10415 >
         [ LCS-Name-String ]
         [ LCS-Format-Indicator ]
    """

    lcs_name_string: str | None = avp(LCS_NAME_STRING, default=None)
    lcs_format_indicator: LCSFormatIndicator | int | None = avp(LCS_FORMAT_INDICATOR, default=None)


@grouped(LCS_REQUESTOR_NAME)
class LCSRequestorName:
    """LCS-Requestor-Name ::= < AVP Header: 2502, 10415 >
         [ LCS-Requestor-ID-String ]
         [ LCS-Format-Indicator ]
    """

    lcs_requestor_id_string: str | None = avp(LCS_REQUESTOR_ID_STRING, default=None)
    lcs_format_indicator: LCSFormatIndicator | int | None = avp(LCS_FORMAT_INDICATOR, default=None)


@grouped(LCS_QOS)
class LCSQoS:
    """LCS-QoS ::= < AVP Header: 2504, 10415 >
         [ LCS-QoS-Class ]
         [ Horizontal-Accuracy ]
         [ Vertical-Accuracy ]
         [ Vertical-Requested ]
         [ Response-Time ]
    """

    lcs_qos_class: LCSQoSClass | int | None = avp(LCS_QOS_CLASS, default=None)
    horizontal_accuracy: int | None = avp(HORIZONTAL_ACCURACY, default=None)
    vertical_accuracy: int | None = avp(VERTICAL_ACCURACY, default=None)
    vertical_requested: VerticalRequested | int | None = avp(VERTICAL_REQUESTED, default=None)
    response_time: ResponseTime | int | None = avp(RESPONSE_TIME, default=None)


@grouped(LCS_PRIVACY_CHECK_NON_SESSION)
class LCSPrivacyCheckNonSession:
    """LCS-Privacy-Check-Non-Session ::= < AVP Header: 2521, 10415 >
         { LCS-Privacy-Check }
    """

    lcs_privacy_check: LCSPrivacyCheck | int = avp(LCS_PRIVACY_CHECK)


@grouped(LCS_PRIVACY_CHECK_SESSION)
class LCSPrivacyCheckSession:
    """LCS-Privacy-Check-Session ::= < AVP Header: 2522, 10415 >
         { LCS-Privacy-Check }
    """

    lcs_privacy_check: LCSPrivacyCheck | int = avp(LCS_PRIVACY_CHECK)


@grouped(GERAN_POSITIONING_INFO)
class GERANPositioningInfo:
    """GERAN-Positioning-Info ::= < AVP Header: 2524, 10415 >
         [ GERAN-Positioning-Data ]
         [ GERAN-GANSS-Positioning-Data ]
       * [ AVP ]
    """

    geran_positioning_data: bytes | None = avp(GERAN_POSITIONING_DATA, default=None)
    geran_ganss_positioning_data: bytes | None = avp(GERAN_GANSS_POSITIONING_DATA, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(UTRAN_POSITIONING_INFO)
class UTRANPositioningInfo:
    """UTRAN-Positioning-Info ::= < AVP Header: 2527, 10415 >
         [ UTRAN-Positioning-Data ]
         [ UTRAN-GANSS-Positioning-Data ]
         [ UTRAN-Additional-Positioning-Data ]
       * [ AVP ]
    """

    utran_positioning_data: bytes | None = avp(UTRAN_POSITIONING_DATA, default=None)
    utran_ganss_positioning_data: bytes | None = avp(UTRAN_GANSS_POSITIONING_DATA, default=None)
    utran_additional_positioning_data: bytes | None = avp(UTRAN_ADDITIONAL_POSITIONING_DATA, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AREA_EVENT_INFO)
class AreaEventInfo:
    """Area-Event-Info ::= < AVP Header: 2533, 10415 >
         { Area-Definition }
         [ Occurrence-Info ]
         [ Interval-Time ]
         [ Maximum-Interval ]
         [ Sampling-Interval ]
         [ Reporting-Duration ]
         [ Reporting-Location-Requirements ]
       * [ AVP ]
    """

    area_definition: AreaDefinition = avp(AREA_DEFINITION)
    occurrence_info: OccurrenceInfo | int | None = avp(OCCURRENCE_INFO, default=None)
    interval_time: int | None = avp(INTERVAL_TIME, default=None)
    maximum_interval: int | None = avp(MAXIMUM_INTERVAL, default=None)
    sampling_interval: int | None = avp(SAMPLING_INTERVAL, default=None)
    reporting_duration: int | None = avp(REPORTING_DURATION, default=None)
    reporting_location_requirements: ReportingLocationRequirements | int | None = avp(REPORTING_LOCATION_REQUIREMENTS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AREA_DEFINITION)
class AreaDefinition:
    """Area-Definition ::= < AVP Header: 2534, 10415 >
    1*10 { Area }
    0*240 [ Additional-Area ]
       * [ AVP ]
    """

    area: tuple[Area, ...] = repeated(AREA, min=1, max=10)
    additional_area: tuple[AdditionalArea, ...] = repeated(ADDITIONAL_AREA, max=240, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AREA)
class Area:
    """Area ::= < AVP Header: 2535, 10415 >
         { Area-Type }
         { Area-Identification }
       * [ AVP ]
    """

    area_type: AreaType | int = avp(AREA_TYPE)
    area_identification: bytes = avp(AREA_IDENTIFICATION)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PERIODIC_LDR_INFORMATION)
class PeriodicLDRInformation:
    """Periodic-LDR-Information ::= < AVP Header: 2540, 10415 >
         { Reporting-Amount }
         { Reporting-Interval }
       * [ AVP ]
    """

    reporting_amount: int = avp(REPORTING_AMOUNT)
    reporting_interval: int = avp(REPORTING_INTERVAL)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REPORTING_PLMN_LIST)
class ReportingPLMNList:
    """Reporting-PLMN-List ::= < AVP Header: 2543, 10415 >
    1*20 { PLMN-ID-List }
         [ Prioritized-List-Indicator ]
       * [ AVP ]
    """

    plmn_id_list: tuple[PLMNIDList, ...] = repeated(PLMN_ID_LIST, min=1, max=20)
    prioritized_list_indicator: PrioritizedListIndicator | int | None = avp(PRIORITIZED_LIST_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PLMN_ID_LIST)
class PLMNIDList:
    """PLMN-ID-List ::= < AVP Header: 2544, 10415 >
         { Visited-PLMN-Id }
         [ Periodic-Location-Support-Indicator ]
       * [ AVP ]
    """

    visited_plmn_id: bytes = avp(VISITED_PLMN_ID)
    periodic_location_support_indicator: PeriodicLocationSupportIndicator | int | None = avp(PERIODIC_LOCATION_SUPPORT_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEFERRED_MT_LR_DATA)
class DeferredMTLRData:
    """Deferred-MT-LR-Data ::= < AVP Header: 2547, 10415 >
         { Deferred-Location-Type }
         [ Termination-Cause-29.172 ]
         [ Serving-Node ]
       * [ AVP ]
    """

    deferred_location_type: DeferredLocationType | int = avp(DEFERRED_LOCATION_TYPE)
    termination_cause_29_172: TerminationCause29172 | int | None = avp(TERMINATION_CAUSE_29_172, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ESMLC_CELL_INFO)
class ESMLCCellInfo:
    """ESMLC-Cell-Info ::= < AVP Header: 2552, 10415 >
         [ ECGI ]
         [ Cell-Portion-ID ]
       * [ AVP ]
    """

    ecgi: bytes | None = avp(ECGI, default=None)
    cell_portion_id: int | None = avp(CELL_PORTION_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DELAYED_LOCATION_REPORTING_DATA)
class DelayedLocationReportingData:
    """Delayed-Location-Reporting-Data ::= < AVP Header: 2555, 10415 >
         [ Termination-Cause-29.172 ]
         [ Serving-Node ]
       * [ AVP ]
    """

    termination_cause_29_172: TerminationCause29172 | int | None = avp(TERMINATION_CAUSE_29_172, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MOTION_EVENT_INFO)
class MotionEventInfo:
    """Motion-Event-Info ::= < AVP Header: 2559, 10415 >
         { Linear-Distance }
         [ Occurrence-Info ]
         [ Interval-Time ]
         [ Maximum-Interval ]
         [ Sampling-Interval ]
         [ Reporting-Duration ]
         [ Reporting-Location-Requirements ]
       * [ AVP ]
    """

    linear_distance: int = avp(LINEAR_DISTANCE)
    occurrence_info: OccurrenceInfo | int | None = avp(OCCURRENCE_INFO, default=None)
    interval_time: int | None = avp(INTERVAL_TIME, default=None)
    maximum_interval: int | None = avp(MAXIMUM_INTERVAL, default=None)
    sampling_interval: int | None = avp(SAMPLING_INTERVAL, default=None)
    reporting_duration: int | None = avp(REPORTING_DURATION, default=None)
    reporting_location_requirements: ReportingLocationRequirements | int | None = avp(REPORTING_LOCATION_REQUIREMENTS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADDITIONAL_AREA)
class AdditionalArea:
    """Additional-Area ::= < AVP Header: 2565, 10415 >
         { Area-Type }
         { Area-Identification }
       * [ AVP ]
    """

    area_type: AreaType | int = avp(AREA_TYPE)
    area_identification: bytes = avp(AREA_IDENTIFICATION)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVING_NODE)
class ServingNode:
    """Serving-Node ::= < AVP Header: 2401, 10415 >
         [ SGSN-Number ]
         [ SGSN-Name ]
         [ SGSN-Realm ]
         [ MME-Name ]
         [ MME-Realm ]
         [ MSC-Number ]
         [ 3GPP-AAA-Server-Name ]
         [ LCS-Capabilities-Sets ]
         [ GMLC-Address ]
       * [ AVP ]
    """

    sgsn_number: bytes | None = avp(SGSN_NUMBER, default=None)
    sgsn_name: str | None = avp(SGSN_NAME, default=None)
    sgsn_realm: str | None = avp(SGSN_REALM, default=None)
    mme_name: str | None = avp(MME_NAME, default=None)
    mme_realm: str | None = avp(MME_REALM, default=None)
    msc_number: bytes | None = avp(MSC_NUMBER, default=None)
    tgpp_aaa_server_name: str | None = avp(TGPP_AAA_SERVER_NAME, default=None)
    lcs_capabilities_sets: LCSCapabilitiesSets | int | None = avp(LCS_CAPABILITIES_SETS, default=None)
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADDITIONAL_SERVING_NODE)
class AdditionalServingNode:
    """Additional-Serving-Node ::= < AVP Header: 2406, 10415 >
         [ SGSN-Number ]
         [ MME-Name ]
         [ SGSN-Name ]
         [ SGSN-Realm ]
         [ MME-Realm ]
         [ MSC-Number ]
         [ 3GPP-AAA-Server-Name ]
         [ LCS-Capabilities-Sets ]
         [ GMLC-Address ]
       * [ AVP ]
    """

    sgsn_number: bytes | None = avp(SGSN_NUMBER, default=None)
    mme_name: str | None = avp(MME_NAME, default=None)
    sgsn_name: str | None = avp(SGSN_NAME, default=None)
    sgsn_realm: str | None = avp(SGSN_REALM, default=None)
    mme_realm: str | None = avp(MME_REALM, default=None)
    msc_number: bytes | None = avp(MSC_NUMBER, default=None)
    tgpp_aaa_server_name: str | None = avp(TGPP_AAA_SERVER_NAME, default=None)
    lcs_capabilities_sets: LCSCapabilitiesSets | int | None = avp(LCS_CAPABILITIES_SETS, default=None)
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FLOW_GROUPING)
class FlowGrouping:
    """Flow-Grouping ::= < AVP Header: 508, 10415 >
       * [ Flows ]
    """

    flows: tuple[Flows, ...] = repeated(FLOWS, default=())


@grouped(CHARGING_RULE_INSTALL)
class ChargingRuleInstall:
    """Charging-Rule-Install ::= < AVP Header: 1001, 10415 >
       * [ Charging-Rule-Definition ]
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
         [ Bearer-Identifier ]
         [ Monitoring-Flags ]
         [ Rule-Activation-Time ]
         [ Rule-Deactivation-Time ]
         [ Resource-Allocation-Notification ]
         [ Charging-Correlation-Indicator ]
         [ IP-CAN-Type ]
       * [ AVP ]
    """

    charging_rule_definition: tuple[ChargingRuleDefinition, ...] = repeated(CHARGING_RULE_DEFINITION, default=())
    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    bearer_identifier: bytes | None = avp(BEARER_IDENTIFIER, default=None)
    monitoring_flags: int | None = avp(MONITORING_FLAGS, default=None)
    rule_activation_time: datetime | None = avp(RULE_ACTIVATION_TIME, default=None)
    rule_deactivation_time: datetime | None = avp(RULE_DEACTIVATION_TIME, default=None)
    resource_allocation_notification: ResourceAllocationNotification | int | None = avp(RESOURCE_ALLOCATION_NOTIFICATION, default=None)
    charging_correlation_indicator: ChargingCorrelationIndicator | int | None = avp(CHARGING_CORRELATION_INDICATOR, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_RULE_REMOVE)
class ChargingRuleRemove:
    """Charging-Rule-Remove ::= < AVP Header: 1002, 10415 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
       * [ Required-Access-Info ]
         [ Resource-Release-Notification ]
       * [ AVP ]
    """

    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    resource_release_notification: ResourceReleaseNotification | int | None = avp(RESOURCE_RELEASE_NOTIFICATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_RULE_DEFINITION)
class ChargingRuleDefinition:
    """Charging-Rule-Definition ::= < AVP Header: 1003, 10415 >
         { Charging-Rule-Name }
         [ Service-Identifier ]
         [ Rating-Group ]
       * [ Flow-Information ]
         [ Default-Bearer-Indication ]
         [ TDF-Application-Identifier ]
         [ Flow-Status ]
         [ QoS-Information ]
         [ PS-to-CS-Session-Continuity ]
         [ Reporting-Level ]
         [ Online ]
         [ Offline ]
         [ Max-PLR-DL ]
         [ Max-PLR-UL ]
         [ Metering-Method ]
         [ Precedence ]
         [ AF-Charging-Identifier ]
       * [ Flows ]
         [ Monitoring-Key ]
     0*2 [ Redirect-Information ]
         [ Mute-Notification ]
         [ AF-Signalling-Protocol ]
         [ Sponsor-Identity ]
         [ Application-Service-Provider-Identity ]
       * [ Required-Access-Info ]
         [ Sharing-Key-DL ]
         [ Sharing-Key-UL ]
         [ Traffic-Steering-Policy-Identifier-DL ]
         [ Traffic-Steering-Policy-Identifier-UL ]
         [ Content-Version ]
       * [ Calling-Party-Address ]
         [ Callee-Information ]
       * [ AVP ]
    """

    charging_rule_name: bytes = avp(CHARGING_RULE_NAME)
    service_identifier: int | None = avp(SERVICE_IDENTIFIER, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    flow_information: tuple[FlowInformation, ...] = repeated(FLOW_INFORMATION, default=())
    default_bearer_indication: DefaultBearerIndication | int | None = avp(DEFAULT_BEARER_INDICATION, default=None)
    tdf_application_identifier: bytes | None = avp(TDF_APPLICATION_IDENTIFIER, default=None)
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    ps_to_cs_session_continuity: PSToCSSessionContinuity | int | None = avp(PS_TO_CS_SESSION_CONTINUITY, default=None)
    reporting_level: ReportingLevel | int | None = avp(REPORTING_LEVEL, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    max_plr_dl: float | None = avp(MAX_PLR_DL, default=None)
    max_plr_ul: float | None = avp(MAX_PLR_UL, default=None)
    metering_method: MeteringMethod | int | None = avp(METERING_METHOD, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    af_charging_identifier: bytes | None = avp(AF_CHARGING_IDENTIFIER, default=None)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())
    monitoring_key: bytes | None = avp(MONITORING_KEY, default=None)
    redirect_information: tuple[RedirectInformation, ...] = repeated(REDIRECT_INFORMATION, max=2, default=())
    mute_notification: MuteNotification | int | None = avp(MUTE_NOTIFICATION, default=None)
    af_signalling_protocol: AFSignallingProtocol | int | None = avp(AF_SIGNALLING_PROTOCOL, default=None)
    sponsor_identity: str | None = avp(SPONSOR_IDENTITY, default=None)
    application_service_provider_identity: str | None = avp(APPLICATION_SERVICE_PROVIDER_IDENTITY, default=None)
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    sharing_key_dl: int | None = avp(SHARING_KEY_DL, default=None)
    sharing_key_ul: int | None = avp(SHARING_KEY_UL, default=None)
    traffic_steering_policy_identifier_dl: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, default=None)
    traffic_steering_policy_identifier_ul: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, default=None)
    content_version: int | None = avp(CONTENT_VERSION, default=None)
    calling_party_address: tuple[str, ...] = repeated(CALLING_PARTY_ADDRESS, default=())
    callee_information: CalleeInformation | None = avp(CALLEE_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TFT_PACKET_FILTER_INFORMATION)
class TFTPacketFilterInformation:
    """TFT-Packet-Filter-Information ::= < AVP Header: 1013, 10415 >
         [ Precedence ]
         [ TFT-Filter ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
       * [ AVP ]
    """

    precedence: int | None = avp(PRECEDENCE, default=None)
    tft_filter: IPFilterRule | None = avp(TFT_FILTER, default=None)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    security_parameter_index: bytes | None = avp(SECURITY_PARAMETER_INDEX, default=None)
    flow_label: bytes | None = avp(FLOW_LABEL, default=None)
    flow_direction: FlowDirection | int | None = avp(FLOW_DIRECTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_INFORMATION)
class QoSInformation:
    """QoS-Information ::= < AVP Header: 1016, 10415 >
         [ QoS-Class-Identifier ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Extended-Max-Requested-BW-UL ]
         [ Extended-Max-Requested-BW-DL ]
         [ Guaranteed-Bitrate-UL ]
         [ Guaranteed-Bitrate-DL ]
         [ Extended-GBR-UL ]
         [ Extended-GBR-DL ]
         [ Bearer-Identifier ]
         [ Allocation-Retention-Priority ]
         [ APN-Aggregate-Max-Bitrate-UL ]
         [ APN-Aggregate-Max-Bitrate-DL ]
         [ Extended-APN-AMBR-UL ]
         [ Extended-APN-AMBR-DL ]
       * [ Conditional-APN-Aggregate-Max-Bitrate ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    extended_max_requested_bw_ul: int | None = avp(EXTENDED_MAX_REQUESTED_BW_UL, default=None)
    extended_max_requested_bw_dl: int | None = avp(EXTENDED_MAX_REQUESTED_BW_DL, default=None)
    guaranteed_bitrate_ul: int | None = avp(GUARANTEED_BITRATE_UL, default=None)
    guaranteed_bitrate_dl: int | None = avp(GUARANTEED_BITRATE_DL, default=None)
    extended_gbr_ul: int | None = avp(EXTENDED_GBR_UL, default=None)
    extended_gbr_dl: int | None = avp(EXTENDED_GBR_DL, default=None)
    bearer_identifier: bytes | None = avp(BEARER_IDENTIFIER, default=None)
    allocation_retention_priority: AllocationRetentionPriority | None = avp(ALLOCATION_RETENTION_PRIORITY, default=None)
    apn_aggregate_max_bitrate_ul: int | None = avp(APN_AGGREGATE_MAX_BITRATE_UL, default=None)
    apn_aggregate_max_bitrate_dl: int | None = avp(APN_AGGREGATE_MAX_BITRATE_DL, default=None)
    extended_apn_ambr_ul: int | None = avp(EXTENDED_APN_AMBR_UL, default=None)
    extended_apn_ambr_dl: int | None = avp(EXTENDED_APN_AMBR_DL, default=None)
    conditional_apn_aggregate_max_bitrate: tuple[ConditionalAPNAggregateMaxBitrate, ...] = repeated(CONDITIONAL_APN_AGGREGATE_MAX_BITRATE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_RULE_REPORT)
class ChargingRuleReport:
    """Charging-Rule-Report ::= < AVP Header: 1018, 10415 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
         [ Bearer-Identifier ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
         [ Final-Unit-Indication ]
       * [ RAN-NAS-Release-Cause ]
       * [ Content-Version ]
       * [ AVP ]
    """

    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    bearer_identifier: bytes | None = avp(BEARER_IDENTIFIER, default=None)
    pcc_rule_status: PCCRuleStatus | int | None = avp(PCC_RULE_STATUS, default=None)
    rule_failure_code: RuleFailureCode | int | None = avp(RULE_FAILURE_CODE, default=None)
    final_unit_indication: FinalUnitIndication | None = avp(FINAL_UNIT_INDICATION, default=None)
    ran_nas_release_cause: tuple[bytes, ...] = repeated(RAN_NAS_RELEASE_CAUSE, default=())
    content_version: tuple[int, ...] = repeated(CONTENT_VERSION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACCESS_NETWORK_CHARGING_IDENTIFIER_GX)
class AccessNetworkChargingIdentifierGx:
    """Access-Network-Charging-Identifier-Gx ::= < AVP Header: 1022, 10415 >
         { Access-Network-Charging-Identifier-Value }
       * [ Charging-Rule-Base-Name ]
       * [ Charging-Rule-Name ]
         [ IP-CAN-Session-Charging-Scope ]
       * [ AVP ]
    """

    access_network_charging_identifier_value: bytes = avp(ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE)
    charging_rule_base_name: tuple[str, ...] = repeated(CHARGING_RULE_BASE_NAME, default=())
    charging_rule_name: tuple[bytes, ...] = repeated(CHARGING_RULE_NAME, default=())
    ip_can_session_charging_scope: IPCANSessionChargingScope | int | None = avp(IP_CAN_SESSION_CHARGING_SCOPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EVENT_REPORT_INDICATION)
class EventReportIndication:
    """Event-Report-Indication ::= < AVP Header: 1033, 10415 >
         [ AN-Trusted ]
       * [ Event-Trigger ]
         [ User-CSG-Information ]
         [ IP-CAN-Type ]
     0*2 [ AN-GW-Address ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ Framed-IP-Address ]
         [ RAT-Type ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ Trace-Data ]
         [ Trace-Reference ]
         [ 3GPP2-BSID ]
         [ 3GPP-MS-TimeZone ]
         [ Routing-IP-Address ]
         [ UE-Local-IP-Address ]
         [ HeNB-Local-IP-Address ]
         [ UDP-Source-Port ]
         [ Presence-Reporting-Area-Information ]
       * [ AVP ]
    """

    an_trusted: ANTrusted | int | None = avp(AN_TRUSTED, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    trace_data: TraceData | None = avp(TRACE_DATA, default=None)
    trace_reference: bytes | None = avp(TRACE_REFERENCE, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    routing_ip_address: AddressValue | None = avp(ROUTING_IP_ADDRESS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    presence_reporting_area_information: PresenceReportingAreaInformation | None = avp(PRESENCE_REPORTING_AREA_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ALLOCATION_RETENTION_PRIORITY)
class AllocationRetentionPriority:
    """Allocation-Retention-Priority ::= < AVP Header: 1034, 10415 >
         { Priority-Level }
         [ Pre-emption-Capability ]
         [ Pre-emption-Vulnerability ]
    """

    priority_level: int = avp(PRIORITY_LEVEL)
    pre_emption_capability: PreEmptionCapability | int | None = avp(PRE_EMPTION_CAPABILITY, default=None)
    pre_emption_vulnerability: PreEmptionVulnerability | int | None = avp(PRE_EMPTION_VULNERABILITY, default=None)


@grouped(TUNNEL_INFORMATION)
class TunnelInformation:
    """Tunnel-Information ::= < AVP Header: 1038, 10415 >
         [ Tunnel-Header-Length ]
     2*2 [ Tunnel-Header-Filter ]
       * [ AVP ]
    """

    tunnel_header_length: int | None = avp(TUNNEL_HEADER_LENGTH, default=None)
    tunnel_header_filter: tuple[IPFilterRule, ...] = repeated(TUNNEL_HEADER_FILTER, min=2, max=2)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(COA_INFORMATION)
class CoAInformation:
    """CoA-Information ::= < AVP Header: 1039, 10415 >
         { Tunnel-Information }
         { CoA-IP-Address }
       * [ AVP ]
    """

    tunnel_information: TunnelInformation = avp(TUNNEL_INFORMATION)
    coa_ip_address: AddressValue = avp(COA_IP_ADDRESS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEFAULT_EPS_BEARER_QOS)
class DefaultEPSBearerQoS:
    """Default-EPS-Bearer-QoS ::= < AVP Header: 1049, 10415 >
         [ QoS-Class-Identifier ]
         [ Allocation-Retention-Priority ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    allocation_retention_priority: AllocationRetentionPriority | None = avp(ALLOCATION_RETENTION_PRIORITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FLOW_INFORMATION)
class FlowInformation:
    """Flow-Information ::= < AVP Header: 1058, 10415 >
         [ Flow-Description ]
         [ Packet-Filter-Identifier ]
         [ Packet-Filter-Usage ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
         [ Routing-Rule-Identifier ]
       * [ AVP ]
    """

    flow_description: IPFilterRule | None = avp(FLOW_DESCRIPTION, default=None)
    packet_filter_identifier: bytes | None = avp(PACKET_FILTER_IDENTIFIER, default=None)
    packet_filter_usage: PacketFilterUsage | int | None = avp(PACKET_FILTER_USAGE, default=None)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    security_parameter_index: bytes | None = avp(SECURITY_PARAMETER_INDEX, default=None)
    flow_label: bytes | None = avp(FLOW_LABEL, default=None)
    flow_direction: FlowDirection | int | None = avp(FLOW_DIRECTION, default=None)
    routing_rule_identifier: bytes | None = avp(ROUTING_RULE_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PACKET_FILTER_INFORMATION)
class PacketFilterInformation:
    """Packet-Filter-Information ::= < AVP Header: 1061, 10415 >
         [ Packet-Filter-Identifier ]
         [ Precedence ]
         [ Packet-Filter-Content ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
       * [ AVP ]
    """

    packet_filter_identifier: bytes | None = avp(PACKET_FILTER_IDENTIFIER, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    packet_filter_content: IPFilterRule | None = avp(PACKET_FILTER_CONTENT, default=None)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    security_parameter_index: bytes | None = avp(SECURITY_PARAMETER_INDEX, default=None)
    flow_label: bytes | None = avp(FLOW_LABEL, default=None)
    flow_direction: FlowDirection | int | None = avp(FLOW_DIRECTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USAGE_MONITORING_INFORMATION)
class UsageMonitoringInformation:
    """Usage-Monitoring-Information ::= < AVP Header: 1067, 10415 >
         [ Monitoring-Key ]
     0*2 [ Granted-Service-Unit ]
     0*2 [ Used-Service-Unit ]
         [ Quota-Consumption-Time ]
         [ Usage-Monitoring-Level ]
         [ Usage-Monitoring-Report ]
         [ Usage-Monitoring-Support ]
       * [ AVP ]
    """

    monitoring_key: bytes | None = avp(MONITORING_KEY, default=None)
    granted_service_unit: tuple[GrantedServiceUnit, ...] = repeated(GRANTED_SERVICE_UNIT, max=2, default=())
    used_service_unit: tuple[UsedServiceUnit, ...] = repeated(USED_SERVICE_UNIT, max=2, default=())
    quota_consumption_time: int | None = avp(QUOTA_CONSUMPTION_TIME, default=None)
    usage_monitoring_level: UsageMonitoringLevel | int | None = avp(USAGE_MONITORING_LEVEL, default=None)
    usage_monitoring_report: UsageMonitoringReport | int | None = avp(USAGE_MONITORING_REPORT, default=None)
    usage_monitoring_support: UsageMonitoringSupport | int | None = avp(USAGE_MONITORING_SUPPORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ROUTING_RULE_INSTALL)
class RoutingRuleInstall:
    """Routing-Rule-Install ::= < AVP Header: 1081, 10415 >
       * [ Routing-Rule-Definition ]
       * [ AVP ]
    """

    routing_rule_definition: tuple[RoutingRuleDefinition, ...] = repeated(ROUTING_RULE_DEFINITION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ROUTING_RULE_REMOVE)
class RoutingRuleRemove:
    """Routing-Rule-Remove ::= < AVP Header: 1075, 10415 >
       * [ Routing-Rule-Identifier ]
       * [ AVP ]
    """

    routing_rule_identifier: tuple[bytes, ...] = repeated(ROUTING_RULE_IDENTIFIER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ROUTING_RULE_DEFINITION)
class RoutingRuleDefinition:
    """Routing-Rule-Definition ::= < AVP Header: 1076, 10415 >
         { Routing-Rule-Identifier }
       * [ Routing-Filter ]
         [ Precedence ]
         [ Routing-IP-Address ]
         [ IP-CAN-Type ]
       * [ AVP ]
    """

    routing_rule_identifier: bytes = avp(ROUTING_RULE_IDENTIFIER)
    routing_filter: tuple[RoutingFilter, ...] = repeated(ROUTING_FILTER, default=())
    precedence: int | None = avp(PRECEDENCE, default=None)
    routing_ip_address: AddressValue | None = avp(ROUTING_IP_ADDRESS, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ROUTING_FILTER)
class RoutingFilter:
    """Routing-Filter ::= < AVP Header: 1078, 10415 >
         { Flow-Description }
         { Flow-Direction }
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
       * [ AVP ]
    """

    flow_description: IPFilterRule = avp(FLOW_DESCRIPTION)
    flow_direction: FlowDirection | int = avp(FLOW_DIRECTION)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    security_parameter_index: bytes | None = avp(SECURITY_PARAMETER_INDEX, default=None)
    flow_label: bytes | None = avp(FLOW_LABEL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TDF_INFORMATION)
class TDFInformation:
    """TDF-Information ::= < AVP Header: 1087, 10415 >
         [ TDF-Destination-Realm ]
         [ TDF-Destination-Host ]
         [ TDF-IP-Address ]
    """

    tdf_destination_realm: str | None = avp(TDF_DESTINATION_REALM, default=None)
    tdf_destination_host: str | None = avp(TDF_DESTINATION_HOST, default=None)
    tdf_ip_address: AddressValue | None = avp(TDF_IP_ADDRESS, default=None)


@grouped(REDIRECT_INFORMATION)
class RedirectInformation:
    """Redirect-Information ::= < AVP Header: 1085, 10415 >
         [ Redirect-Support ]
         [ Redirect-Address-Type ]
         [ Redirect-Server-Address ]
       * [ AVP ]
    """

    redirect_support: RedirectSupport | int | None = avp(REDIRECT_SUPPORT, default=None)
    redirect_address_type: RedirectAddressType | int | None = avp(REDIRECT_ADDRESS_TYPE, default=None)
    redirect_server_address: str | None = avp(REDIRECT_SERVER_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APPLICATION_DETECTION_INFORMATION)
class ApplicationDetectionInformation:
    """Application-Detection-Information ::= < AVP Header: 1098, 10415 >
         { TDF-Application-Identifier }
         [ TDF-Application-Instance-Identifier ]
       * [ Flow-Information ]
       * [ AVP ]
    """

    tdf_application_identifier: bytes = avp(TDF_APPLICATION_IDENTIFIER)
    tdf_application_instance_identifier: bytes | None = avp(TDF_APPLICATION_INSTANCE_IDENTIFIER, default=None)
    flow_information: tuple[FlowInformation, ...] = repeated(FLOW_INFORMATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEFAULT_QOS_INFORMATION)
class DefaultQoSInformation:
    """Default-QoS-Information ::= < AVP Header: 2816, 10415 >
         [ QoS-Class-Identifier ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Default-QoS-Name ]
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int | None = avp(QOS_CLASS_IDENTIFIER, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    default_qos_name: str | None = avp(DEFAULT_QOS_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CONDITIONAL_APN_AGGREGATE_MAX_BITRATE)
class ConditionalAPNAggregateMaxBitrate:
    """Conditional-APN-Aggregate-Max-Bitrate ::= < AVP Header: 2818, 10415 >
         [ APN-Aggregate-Max-Bitrate-UL ]
         [ APN-Aggregate-Max-Bitrate-DL ]
         [ Extended-APN-AMBR-UL ]
         [ Extended-APN-AMBR-DL ]
       * [ IP-CAN-Type ]
       * [ RAT-Type ]
       * [ AVP ]
    """

    apn_aggregate_max_bitrate_ul: int | None = avp(APN_AGGREGATE_MAX_BITRATE_UL, default=None)
    apn_aggregate_max_bitrate_dl: int | None = avp(APN_AGGREGATE_MAX_BITRATE_DL, default=None)
    extended_apn_ambr_ul: int | None = avp(EXTENDED_APN_AMBR_UL, default=None)
    extended_apn_ambr_dl: int | None = avp(EXTENDED_APN_AMBR_DL, default=None)
    ip_can_type: tuple[IPCANType | int, ...] = repeated(IP_CAN_TYPE, default=())
    rat_type: tuple[RATType | int, ...] = repeated(RAT_TYPE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PRESENCE_REPORTING_AREA_INFORMATION)
class PresenceReportingAreaInformation:
    """Presence-Reporting-Area-Information ::= < AVP Header: 2822, 10415 >
         [ Presence-Reporting-Area-Identifier ]
         [ Presence-Reporting-Area-Status ]
         [ Presence-Reporting-Area-Elements-List ]
         [ Presence-Reporting-Area-Node ]
       * [ AVP ]
    """

    presence_reporting_area_identifier: bytes | None = avp(PRESENCE_REPORTING_AREA_IDENTIFIER, default=None)
    presence_reporting_area_status: PresenceReportingAreaStatus | int | None = avp(PRESENCE_REPORTING_AREA_STATUS, default=None)
    presence_reporting_area_elements_list: bytes | None = avp(PRESENCE_REPORTING_AREA_ELEMENTS_LIST, default=None)
    presence_reporting_area_node: int | None = avp(PRESENCE_REPORTING_AREA_NODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FIXED_USER_LOCATION_INFO)
class FixedUserLocationInfo:
    """Fixed-User-Location-Info ::= < AVP Header: 2825, 10415 >
         [ SSID ]
         [ BSSID ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
       * [ AVP ]
    """

    ssid: str | None = avp(SSID, default=None)
    bssid: str | None = avp(BSSID, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ROUTING_RULE_REPORT)
class RoutingRuleReport:
    """Routing-Rule-Report ::= < AVP Header: 2835, 10415 >
       * [ Routing-Rule-Identifier ]
         [ PCC-Rule-Status ]
         [ Routing-Rule-Failure-Code ]
       * [ AVP ]
    """

    routing_rule_identifier: tuple[bytes, ...] = repeated(ROUTING_RULE_IDENTIFIER, default=())
    pcc_rule_status: PCCRuleStatus | int | None = avp(PCC_RULE_STATUS, default=None)
    routing_rule_failure_code: RoutingRuleFailureCode | int | None = avp(ROUTING_RULE_FAILURE_CODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CONDITIONAL_POLICY_INFORMATION)
class ConditionalPolicyInformation:
    """Conditional-Policy-Information ::= < AVP Header: 2840, 10415 >
         [ Execution-Time ]
         [ Default-EPS-Bearer-QoS ]
         [ APN-Aggregate-Max-Bitrate-UL ]
         [ APN-Aggregate-Max-Bitrate-DL ]
         [ Extended-APN-AMBR-UL ]
         [ Extended-APN-AMBR-DL ]
       * [ Conditional-APN-Aggregate-Max-Bitrate ]
       * [ AVP ]
    """

    execution_time: datetime | None = avp(EXECUTION_TIME, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    apn_aggregate_max_bitrate_ul: int | None = avp(APN_AGGREGATE_MAX_BITRATE_UL, default=None)
    apn_aggregate_max_bitrate_dl: int | None = avp(APN_AGGREGATE_MAX_BITRATE_DL, default=None)
    extended_apn_ambr_ul: int | None = avp(EXTENDED_APN_AMBR_UL, default=None)
    extended_apn_ambr_dl: int | None = avp(EXTENDED_APN_AMBR_DL, default=None)
    conditional_apn_aggregate_max_bitrate: tuple[ConditionalAPNAggregateMaxBitrate, ...] = repeated(CONDITIONAL_APN_AGGREGATE_MAX_BITRATE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PRA_INSTALL)
class PRAInstall:
    """PRA-Install ::= < AVP Header: 2845, 10415 >
       * [ Presence-Reporting-Area-Information ]
       * [ AVP ]
    """

    presence_reporting_area_information: tuple[PresenceReportingAreaInformation, ...] = repeated(PRESENCE_REPORTING_AREA_INFORMATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PRA_REMOVE)
class PRARemove:
    """PRA-Remove ::= < AVP Header: 2846, 10415 >
       * [ Presence-Reporting-Area-Identifier ]
       * [ AVP ]
    """

    presence_reporting_area_identifier: tuple[bytes, ...] = repeated(PRESENCE_REPORTING_AREA_IDENTIFIER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_RULE_INSTALL)
class QoSRuleInstall:
    """QoS-Rule-Install ::= < AVP Header: 1051, 10415 >
       * [ QoS-Rule-Definition ]
       * [ QoS-Rule-Name ]
       * [ QoS-Rule-Base-Name ]
         [ Tunnel-Information ]
         [ Access-Network-Charging-Identifier-Value ]
         [ Resource-Allocation-Notification ]
         [ Rule-Activation-Time ]
         [ Rule-Deactivation-Time ]
         [ 3GPP-GGSN-Address ]
         [ 3GPP-GGSN-Ipv6-Address ]
     0*2 [ AN-GW-Address ]
         [ UDP-Source-Port ]
       * [ AVP ]
    """

    qos_rule_definition: tuple[QoSRuleDefinition, ...] = repeated(QOS_RULE_DEFINITION, default=())
    qos_rule_name: tuple[bytes, ...] = repeated(QOS_RULE_NAME, default=())
    qos_rule_base_name: tuple[str, ...] = repeated(QOS_RULE_BASE_NAME, default=())
    tunnel_information: TunnelInformation | None = avp(TUNNEL_INFORMATION, default=None)
    access_network_charging_identifier_value: bytes | None = avp(ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, default=None)
    resource_allocation_notification: ResourceAllocationNotification | int | None = avp(RESOURCE_ALLOCATION_NOTIFICATION, default=None)
    rule_activation_time: datetime | None = avp(RULE_ACTIVATION_TIME, default=None)
    rule_deactivation_time: datetime | None = avp(RULE_DEACTIVATION_TIME, default=None)
    tgpp_ggsn_address: bytes | None = avp(TGPP_GGSN_ADDRESS, default=None)
    tgpp_ggsn_ipv6_address: bytes | None = avp(TGPP_GGSN_IPV6_ADDRESS, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_RULE_REMOVE)
class QoSRuleRemove:
    """QoS-Rule-Remove ::= < AVP Header: 1052, 10415 >
       * [ QoS-Rule-Name ]
       * [ QoS-Rule-Base-Name ]
       * [ Required-Access-Info ]
       * [ AVP ]
    """

    qos_rule_name: tuple[bytes, ...] = repeated(QOS_RULE_NAME, default=())
    qos_rule_base_name: tuple[str, ...] = repeated(QOS_RULE_BASE_NAME, default=())
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_RULE_DEFINITION)
class QoSRuleDefinition:
    """QoS-Rule-Definition ::= < AVP Header: 1053, 10415 >
         { QoS-Rule-Name }
       * [ Flow-Information ]
         [ QoS-Information ]
         [ Precedence ]
       * [ Required-Access-Info ]
         [ Sharing-Key-DL ]
         [ Sharing-Key-UL ]
         [ Content-Version ]
       * [ AVP ]
    """

    qos_rule_name: bytes = avp(QOS_RULE_NAME)
    flow_information: tuple[FlowInformation, ...] = repeated(FLOW_INFORMATION, default=())
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    required_access_info: tuple[RequiredAccessInfo | int, ...] = repeated(REQUIRED_ACCESS_INFO, default=())
    sharing_key_dl: int | None = avp(SHARING_KEY_DL, default=None)
    sharing_key_ul: int | None = avp(SHARING_KEY_UL, default=None)
    content_version: int | None = avp(CONTENT_VERSION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(QOS_RULE_REPORT)
class QoSRuleReport:
    """QoS-Rule-Report ::= < AVP Header: 1055, 10415 >
       * [ QoS-Rule-Name ]
       * [ QoS-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
       * [ Content-Version ]
       * [ AVP ]
    """

    qos_rule_name: tuple[bytes, ...] = repeated(QOS_RULE_NAME, default=())
    qos_rule_base_name: tuple[str, ...] = repeated(QOS_RULE_BASE_NAME, default=())
    pcc_rule_status: PCCRuleStatus | int | None = avp(PCC_RULE_STATUS, default=None)
    rule_failure_code: RuleFailureCode | int | None = avp(RULE_FAILURE_CODE, default=None)
    content_version: tuple[int, ...] = repeated(CONTENT_VERSION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADC_RULE_INSTALL)
class ADCRuleInstall:
    """ADC-Rule-Install ::= < AVP Header: 1092, 10415 >
       * [ ADC-Rule-Definition ]
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
         [ Monitoring-Flags ]
         [ Rule-Activation-Time ]
         [ Rule-Deactivation-Time ]
       * [ AVP ]
    """

    adc_rule_definition: tuple[ADCRuleDefinition, ...] = repeated(ADC_RULE_DEFINITION, default=())
    adc_rule_name: tuple[bytes, ...] = repeated(ADC_RULE_NAME, default=())
    adc_rule_base_name: tuple[str, ...] = repeated(ADC_RULE_BASE_NAME, default=())
    monitoring_flags: int | None = avp(MONITORING_FLAGS, default=None)
    rule_activation_time: datetime | None = avp(RULE_ACTIVATION_TIME, default=None)
    rule_deactivation_time: datetime | None = avp(RULE_DEACTIVATION_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADC_RULE_REMOVE)
class ADCRuleRemove:
    """ADC-Rule-Remove ::= < AVP Header: 1093, 10415 >
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
       * [ AVP ]
    """

    adc_rule_name: tuple[bytes, ...] = repeated(ADC_RULE_NAME, default=())
    adc_rule_base_name: tuple[str, ...] = repeated(ADC_RULE_BASE_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADC_RULE_DEFINITION)
class ADCRuleDefinition:
    """ADC-Rule-Definition ::= < AVP Header: 1094, 10415 >
         { ADC-Rule-Name }
         [ TDF-Application-Identifier ]
       * [ Flow-Information ]
         [ Service-Identifier ]
         [ Rating-Group ]
         [ Reporting-Level ]
         [ Online ]
         [ Offline ]
         [ Metering-Method ]
         [ Precedence ]
         [ Flow-Status ]
         [ QoS-Information ]
         [ Monitoring-Key ]
         [ Sponsor-Identity ]
         [ Application-Service-Provider-Identity ]
     0*2 [ Redirect-Information ]
         [ Mute-Notification ]
         [ Traffic-Steering-Policy-Identifier-DL ]
         [ Traffic-Steering-Policy-Identifier-UL ]
         [ ToS-Traffic-Class ]
       * [ AVP ]
    """

    adc_rule_name: bytes = avp(ADC_RULE_NAME)
    tdf_application_identifier: bytes | None = avp(TDF_APPLICATION_IDENTIFIER, default=None)
    flow_information: tuple[FlowInformation, ...] = repeated(FLOW_INFORMATION, default=())
    service_identifier: int | None = avp(SERVICE_IDENTIFIER, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    reporting_level: ReportingLevel | int | None = avp(REPORTING_LEVEL, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    metering_method: MeteringMethod | int | None = avp(METERING_METHOD, default=None)
    precedence: int | None = avp(PRECEDENCE, default=None)
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    monitoring_key: bytes | None = avp(MONITORING_KEY, default=None)
    sponsor_identity: str | None = avp(SPONSOR_IDENTITY, default=None)
    application_service_provider_identity: str | None = avp(APPLICATION_SERVICE_PROVIDER_IDENTITY, default=None)
    redirect_information: tuple[RedirectInformation, ...] = repeated(REDIRECT_INFORMATION, max=2, default=())
    mute_notification: MuteNotification | int | None = avp(MUTE_NOTIFICATION, default=None)
    traffic_steering_policy_identifier_dl: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, default=None)
    traffic_steering_policy_identifier_ul: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, default=None)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADC_RULE_REPORT)
class ADCRuleReport:
    """ADC-Rule-Report ::= < AVP Header: 1097, 10415 >
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
         [ Final-Unit-Indication ]
       * [ AVP ]
    """

    adc_rule_name: tuple[bytes, ...] = repeated(ADC_RULE_NAME, default=())
    adc_rule_base_name: tuple[str, ...] = repeated(ADC_RULE_BASE_NAME, default=())
    pcc_rule_status: PCCRuleStatus | int | None = avp(PCC_RULE_STATUS, default=None)
    rule_failure_code: RuleFailureCode | int | None = avp(RULE_FAILURE_CODE, default=None)
    final_unit_indication: FinalUnitIndication | None = avp(FINAL_UNIT_INDICATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CS_SERVICE_RESOURCE_REPORT)
class CSServiceResourceReport:
    """CS-Service-Resource-Report ::= < AVP Header: 2813, 10415 >
       * [ CS-Service-QoS-Request-Identifier ]
         [ CS-Service-Resource-Result-Operation ]
         [ CS-Service-Resource-Failure-Cause ]
    """

    cs_service_qos_request_identifier: tuple[bytes, ...] = repeated(CS_SERVICE_QOS_REQUEST_IDENTIFIER, default=())
    cs_service_resource_result_operation: CSServiceResourceResultOperation | int | None = avp(CS_SERVICE_RESOURCE_RESULT_OPERATION, default=None)
    cs_service_resource_failure_cause: CSServiceResourceFailureCause | int | None = avp(CS_SERVICE_RESOURCE_FAILURE_CAUSE, default=None)


@grouped(ACCESS_NETWORK_CHARGING_IDENTIFIER)
class AccessNetworkChargingIdentifier:
    """Access-Network-Charging-Identifier ::= < AVP Header: 502, 10415 >
         { Access-Network-Charging-Identifier-Value }
       * [ Flows ]
    """

    access_network_charging_identifier_value: bytes = avp(ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())


@grouped(FLOWS)
class Flows:
    """Flows ::= < AVP Header: 510, 10415 >
         { Media-Component-Number }
       * [ Flow-Number ]
       * [ Content-Version ]
         [ Final-Unit-Action ]
         [ Media-Component-Status ]
       * [ AVP ]
    """

    media_component_number: int = avp(MEDIA_COMPONENT_NUMBER)
    flow_number: tuple[int, ...] = repeated(FLOW_NUMBER, default=())
    content_version: tuple[int, ...] = repeated(CONTENT_VERSION, default=())
    final_unit_action: FinalUnitAction | int | None = avp(FINAL_UNIT_ACTION, default=None)
    media_component_status: MediaComponentStatus | int | None = avp(MEDIA_COMPONENT_STATUS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MEDIA_COMPONENT_DESCRIPTION)
class MediaComponentDescription:
    """Media-Component-Description ::= < AVP Header: 517, 10415 >
         { Media-Component-Number }
       * [ Media-Sub-Component ]
         [ AF-Application-Identifier ]
         [ FLUS-Identifier ]
         [ Media-Type ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Max-Supported-Bandwidth-UL ]
         [ Max-Supported-Bandwidth-DL ]
         [ Min-Desired-Bandwidth-UL ]
         [ Min-Desired-Bandwidth-DL ]
         [ Min-Requested-Bandwidth-UL ]
         [ Min-Requested-Bandwidth-DL ]
         [ Extended-Max-Requested-BW-UL ]
         [ Extended-Max-Requested-BW-DL ]
         [ Extended-Max-Supported-BW-UL ]
         [ Extended-Max-Supported-BW-DL ]
         [ Extended-Min-Desired-BW-UL ]
         [ Extended-Min-Desired-BW-DL ]
         [ Extended-Min-Requested-BW-UL ]
         [ Extended-Min-Requested-BW-DL ]
         [ Flow-Status ]
         [ Priority-Sharing-Indicator ]
         [ Pre-emption-Capability ]
         [ Pre-emption-Vulnerability ]
         [ Reservation-Priority ]
         [ RS-Bandwidth ]
         [ RR-Bandwidth ]
     0*2 [ Codec-Data ]
         [ Sharing-Key-DL ]
         [ Sharing-Key-UL ]
         [ Content-Version ]
         [ Max-PLR-DL ]
         [ Max-PLR-UL ]
         [ Desired-Max-Latency ]
         [ Desired-Max-Loss ]
       * [ AVP ]
    """

    media_component_number: int = avp(MEDIA_COMPONENT_NUMBER)
    media_sub_component: tuple[MediaSubComponent, ...] = repeated(MEDIA_SUB_COMPONENT, default=())
    af_application_identifier: bytes | None = avp(AF_APPLICATION_IDENTIFIER, default=None)
    flus_identifier: bytes | None = avp(FLUS_IDENTIFIER, default=None)
    media_type: MediaType | int | None = avp(MEDIA_TYPE, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    max_supported_bandwidth_ul: int | None = avp(MAX_SUPPORTED_BANDWIDTH_UL, default=None)
    max_supported_bandwidth_dl: int | None = avp(MAX_SUPPORTED_BANDWIDTH_DL, default=None)
    min_desired_bandwidth_ul: int | None = avp(MIN_DESIRED_BANDWIDTH_UL, default=None)
    min_desired_bandwidth_dl: int | None = avp(MIN_DESIRED_BANDWIDTH_DL, default=None)
    min_requested_bandwidth_ul: int | None = avp(MIN_REQUESTED_BANDWIDTH_UL, default=None)
    min_requested_bandwidth_dl: int | None = avp(MIN_REQUESTED_BANDWIDTH_DL, default=None)
    extended_max_requested_bw_ul: int | None = avp(EXTENDED_MAX_REQUESTED_BW_UL, default=None)
    extended_max_requested_bw_dl: int | None = avp(EXTENDED_MAX_REQUESTED_BW_DL, default=None)
    extended_max_supported_bw_ul: int | None = avp(EXTENDED_MAX_SUPPORTED_BW_UL, default=None)
    extended_max_supported_bw_dl: int | None = avp(EXTENDED_MAX_SUPPORTED_BW_DL, default=None)
    extended_min_desired_bw_ul: int | None = avp(EXTENDED_MIN_DESIRED_BW_UL, default=None)
    extended_min_desired_bw_dl: int | None = avp(EXTENDED_MIN_DESIRED_BW_DL, default=None)
    extended_min_requested_bw_ul: int | None = avp(EXTENDED_MIN_REQUESTED_BW_UL, default=None)
    extended_min_requested_bw_dl: int | None = avp(EXTENDED_MIN_REQUESTED_BW_DL, default=None)
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    priority_sharing_indicator: PrioritySharingIndicator | int | None = avp(PRIORITY_SHARING_INDICATOR, default=None)
    pre_emption_capability: PreEmptionCapability | int | None = avp(PRE_EMPTION_CAPABILITY, default=None)
    pre_emption_vulnerability: PreEmptionVulnerability | int | None = avp(PRE_EMPTION_VULNERABILITY, default=None)
    reservation_priority: ReservationPriority | int | None = avp(RESERVATION_PRIORITY, default=None)
    rs_bandwidth: int | None = avp(RS_BANDWIDTH, default=None)
    rr_bandwidth: int | None = avp(RR_BANDWIDTH, default=None)
    codec_data: tuple[bytes, ...] = repeated(CODEC_DATA, max=2, default=())
    sharing_key_dl: int | None = avp(SHARING_KEY_DL, default=None)
    sharing_key_ul: int | None = avp(SHARING_KEY_UL, default=None)
    content_version: int | None = avp(CONTENT_VERSION, default=None)
    max_plr_dl: float | None = avp(MAX_PLR_DL, default=None)
    max_plr_ul: float | None = avp(MAX_PLR_UL, default=None)
    desired_max_latency: float | None = avp(DESIRED_MAX_LATENCY, default=None)
    desired_max_loss: float | None = avp(DESIRED_MAX_LOSS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MEDIA_SUB_COMPONENT)
class MediaSubComponent:
    """Media-Sub-Component ::= < AVP Header: 519, 10415 >
         { Flow-Number }
     0*2 [ Flow-Description ]
         [ Flow-Status ]
         [ Flow-Usage ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Extended-Max-Requested-BW-UL ]
         [ Extended-Max-Requested-BW-DL ]
         [ AF-Signalling-Protocol ]
         [ ToS-Traffic-Class ]
       * [ AVP ]
    """

    flow_number: int = avp(FLOW_NUMBER)
    flow_description: tuple[IPFilterRule, ...] = repeated(FLOW_DESCRIPTION, max=2, default=())
    flow_status: FlowStatus | int | None = avp(FLOW_STATUS, default=None)
    flow_usage: FlowUsage | int | None = avp(FLOW_USAGE, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    extended_max_requested_bw_ul: int | None = avp(EXTENDED_MAX_REQUESTED_BW_UL, default=None)
    extended_max_requested_bw_dl: int | None = avp(EXTENDED_MAX_REQUESTED_BW_DL, default=None)
    af_signalling_protocol: AFSignallingProtocol | int | None = avp(AF_SIGNALLING_PROTOCOL, default=None)
    tos_traffic_class: bytes | None = avp(TOS_TRAFFIC_CLASS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACCEPTABLE_SERVICE_INFO)
class AcceptableServiceInfo:
    """Acceptable-Service-Info ::= < AVP Header: 526, 10415 >
       * [ Media-Component-Description ]
         [ Max-Requested-Bandwidth-DL ]
         [ Max-Requested-Bandwidth-UL ]
         [ Extended-Max-Requested-BW-DL ]
         [ Extended-Max-Requested-BW-UL ]
       * [ AVP ]
    """

    media_component_description: tuple[MediaComponentDescription, ...] = repeated(MEDIA_COMPONENT_DESCRIPTION, default=())
    max_requested_bandwidth_dl: int | None = avp(MAX_REQUESTED_BANDWIDTH_DL, default=None)
    max_requested_bandwidth_ul: int | None = avp(MAX_REQUESTED_BANDWIDTH_UL, default=None)
    extended_max_requested_bw_dl: int | None = avp(EXTENDED_MAX_REQUESTED_BW_DL, default=None)
    extended_max_requested_bw_ul: int | None = avp(EXTENDED_MAX_REQUESTED_BW_UL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SPONSORED_CONNECTIVITY_DATA)
class SponsoredConnectivityData:
    """Sponsored-Connectivity-Data ::= < AVP Header: 530, 10415 >
         [ Sponsor-Identity ]
         [ Application-Service-Provider-Identity ]
         [ Granted-Service-Unit ]
         [ Used-Service-Unit ]
         [ Sponsoring-Action ]
       * [ AVP ]
    """

    sponsor_identity: str | None = avp(SPONSOR_IDENTITY, default=None)
    application_service_provider_identity: str | None = avp(APPLICATION_SERVICE_PROVIDER_IDENTITY, default=None)
    granted_service_unit: GrantedServiceUnit | None = avp(GRANTED_SERVICE_UNIT, default=None)
    used_service_unit: UsedServiceUnit | None = avp(USED_SERVICE_UNIT, default=None)
    sponsoring_action: SponsoringAction | int | None = avp(SPONSORING_ACTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CALLEE_INFORMATION)
class CalleeInformation:
    """Callee-Information ::= < AVP Header: 565, 10415 >
         [ Called-Party-Address ]
       * [ Requested-Party-Address ]
       * [ Called-Asserted-Identity ]
       * [ AVP ]
    """

    called_party_address: str | None = avp(CALLED_PARTY_ADDRESS, default=None)
    requested_party_address: tuple[str, ...] = repeated(REQUESTED_PARTY_ADDRESS, default=())
    called_asserted_identity: tuple[str, ...] = repeated(CALLED_ASSERTED_IDENTITY, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MA_INFORMATION)
class MAInformation:
    """MA-Information ::= < AVP Header: 570, 10415 >
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ MA-Information-Action ]
       * [ AVP ]
    """

    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    ma_information_action: MAInformationAction | int | None = avp(MA_INFORMATION_ACTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(N5GS_RAN_NAS_RELEASE_CAUSE)
class N5GSRANNASReleaseCause:
    """5GS-RAN-NAS-Release-Cause ::= < AVP Header: 572, 10415 >
         [ 5GMM-Cause ]
         [ 5GSM-Cause ]
         [ NGAP-Cause ]
       * [ AVP ]
    """

    n5gmm_cause: int | None = avp(N5GMM_CAUSE, default=None)
    n5gsm_cause: int | None = avp(N5GSM_CAUSE, default=None)
    ngap_cause: NGAPCause | None = avp(NGAP_CAUSE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NGAP_CAUSE)
class NGAPCause:
    """NGAP-Cause ::= < AVP Header: 575, 10415 >
         { NGAP-Group }
         { NGAP-Value }
    """

    ngap_group: int = avp(NGAP_GROUP)
    ngap_value: int = avp(NGAP_VALUE)


@grouped(WIRELINE_USER_LOCATION_INFO)
class WirelineUserLocationInfo:
    """Wireline-User-Location-Info ::= < AVP Header: 578, 10415 >
         [ HFC-Node-Identifier ]
         [ GLI-Identifier ]
         [ Line-Type ]
       * [ AVP ]
    """

    hfc_node_identifier: bytes | None = avp(HFC_NODE_IDENTIFIER, default=None)
    gli_identifier: bytes | None = avp(GLI_IDENTIFIER, default=None)
    line_type: LineType | int | None = avp(LINE_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSESSION_DECISION_INFO)
class SubsessionDecisionInfo:
    """Subsession-Decision-Info ::= < AVP Header: 2200, 10415 >
         { Subsession-Id }
     0*2 [ AN-GW-Address ]
         [ Result-Code ]
         [ Experimental-Result-Code ]
       * [ Charging-Rule-Remove ]
       * [ Charging-Rule-Install ]
         [ Event-Report-Indication ]
       * [ QoS-Rule-Install ]
       * [ QoS-Rule-Remove ]
         [ Default-EPS-Bearer-QoS ]
         [ Framed-IPv6-Prefix ]
       * [ Usage-Monitoring-Information ]
         [ Session-Release-Cause ]
         [ Bearer-Control-Mode ]
       * [ Event-Trigger ]
         [ Revalidation-Time ]
         [ Default-Access ]
         [ NBIFOM-Support ]
         [ NBIFOM-Mode ]
         [ RAN-Rule-Support ]
       * [ Routing-Rule-Report ]
         [ Removal-Of-Access ]
         [ IP-CAN-Type ]
         [ Online ]
         [ Offline ]
       * [ QoS-Information ]
       * [ AVP ]
    """

    subsession_id: int = avp(SUBSESSION_ID)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result_code: int | None = avp(EXPERIMENTAL_RESULT_CODE, default=None)
    charging_rule_remove: tuple[ChargingRuleRemove, ...] = repeated(CHARGING_RULE_REMOVE, default=())
    charging_rule_install: tuple[ChargingRuleInstall, ...] = repeated(CHARGING_RULE_INSTALL, default=())
    event_report_indication: EventReportIndication | None = avp(EVENT_REPORT_INDICATION, default=None)
    qos_rule_install: tuple[QoSRuleInstall, ...] = repeated(QOS_RULE_INSTALL, default=())
    qos_rule_remove: tuple[QoSRuleRemove, ...] = repeated(QOS_RULE_REMOVE, default=())
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    session_release_cause: SessionReleaseCause | int | None = avp(SESSION_RELEASE_CAUSE, default=None)
    bearer_control_mode: BearerControlMode | int | None = avp(BEARER_CONTROL_MODE, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    revalidation_time: datetime | None = avp(REVALIDATION_TIME, default=None)
    default_access: DefaultAccess | int | None = avp(DEFAULT_ACCESS, default=None)
    nbifom_support: NBIFOMSupport | int | None = avp(NBIFOM_SUPPORT, default=None)
    nbifom_mode: NBIFOMMode | int | None = avp(NBIFOM_MODE, default=None)
    ran_rule_support: RANRuleSupport | int | None = avp(RAN_RULE_SUPPORT, default=None)
    routing_rule_report: tuple[RoutingRuleReport, ...] = repeated(ROUTING_RULE_REPORT, default=())
    removal_of_access: RemovalOfAccess | int | None = avp(REMOVAL_OF_ACCESS, default=None)
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    qos_information: tuple[QoSInformation, ...] = repeated(QOS_INFORMATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSESSION_ENFORCEMENT_INFO)
class SubsessionEnforcementInfo:
    """Subsession-Enforcement-Info ::= < AVP Header: 2201, 10415 >
         { Subsession-Id }
         [ Subsession-Operation ]
     0*2 [ AN-GW-Address ]
         [ Bearer-Identifier ]
         [ Bearer-Operation ]
       * [ Packet-Filter-Information ]
         [ Packet-Filter-Operation ]
         [ QoS-Information ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
       * [ CoA-Information ]
         [ Called-Station-Id ]
         [ PDN-Connection-ID ]
         [ Bearer-Usage ]
       * [ TFT-Packet-Filter-Information ]
         [ Online ]
         [ Offline ]
         [ Result-Code ]
         [ Experimental-Result-Code ]
       * [ Charging-Rule-Report ]
         [ Credit-Management-Status ]
       * [ QoS-Rule-Report ]
       * [ Application-Detection-Information ]
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-SGSN-Address ]
         [ 3GPP-SGSN-Ipv6-Address ]
         [ RAI ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP2-BSID ]
         [ User-CSG-Information ]
         [ Default-EPS-Bearer-QoS ]
         [ Default-Access ]
         [ NBIFOM-Support ]
         [ NBIFOM-Mode ]
         [ Access-Availability-Change-Reason ]
         [ Network-Request-Support ]
         [ Routing-Rule-Install ]
         [ Routing-Rule-Remove ]
         [ User-Location-Info-Time ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
       * [ Usage-Monitoring-Information ]
         [ Multiple-BBERF-Action ]
       * [ Event-Trigger ]
         [ Access-Network-Charging-Address ]
       * [ Access-Network-Charging-Identifier-Gx ]
         [ Session-Linking-Indicator ]
         [ HeNB-Local-IP-Address ]
         [ UE-Local-IP-Address ]
         [ UE-Local-IPv6-Prefix ]
         [ UDP-Source-Port ]
         [ AN-GW-Status ]
       * [ AVP ]
    """

    subsession_id: int = avp(SUBSESSION_ID)
    subsession_operation: SubsessionOperation | int | None = avp(SUBSESSION_OPERATION, default=None)
    an_gw_address: tuple[AddressValue, ...] = repeated(AN_GW_ADDRESS, max=2, default=())
    bearer_identifier: bytes | None = avp(BEARER_IDENTIFIER, default=None)
    bearer_operation: BearerOperation | int | None = avp(BEARER_OPERATION, default=None)
    packet_filter_information: tuple[PacketFilterInformation, ...] = repeated(PACKET_FILTER_INFORMATION, default=())
    packet_filter_operation: PacketFilterOperation | int | None = avp(PACKET_FILTER_OPERATION, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    coa_information: tuple[CoAInformation, ...] = repeated(COA_INFORMATION, default=())
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    pdn_connection_id: bytes | None = avp(PDN_CONNECTION_ID, default=None)
    bearer_usage: BearerUsage | int | None = avp(BEARER_USAGE, default=None)
    tft_packet_filter_information: tuple[TFTPacketFilterInformation, ...] = repeated(TFT_PACKET_FILTER_INFORMATION, default=())
    online: Online | int | None = avp(ONLINE, default=None)
    offline: Offline | int | None = avp(OFFLINE, default=None)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result_code: int | None = avp(EXPERIMENTAL_RESULT_CODE, default=None)
    charging_rule_report: tuple[ChargingRuleReport, ...] = repeated(CHARGING_RULE_REPORT, default=())
    credit_management_status: int | None = avp(CREDIT_MANAGEMENT_STATUS, default=None)
    qos_rule_report: tuple[QoSRuleReport, ...] = repeated(QOS_RULE_REPORT, default=())
    application_detection_information: tuple[ApplicationDetectionInformation, ...] = repeated(APPLICATION_DETECTION_INFORMATION, default=())
    ip_can_type: IPCANType | int | None = avp(IP_CAN_TYPE, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_sgsn_address: bytes | None = avp(TGPP_SGSN_ADDRESS, default=None)
    tgpp_sgsn_ipv6_address: bytes | None = avp(TGPP_SGSN_IPV6_ADDRESS, default=None)
    rai: str | None = avp(RAI, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    default_eps_bearer_qos: DefaultEPSBearerQoS | None = avp(DEFAULT_EPS_BEARER_QOS, default=None)
    default_access: DefaultAccess | int | None = avp(DEFAULT_ACCESS, default=None)
    nbifom_support: NBIFOMSupport | int | None = avp(NBIFOM_SUPPORT, default=None)
    nbifom_mode: NBIFOMMode | int | None = avp(NBIFOM_MODE, default=None)
    access_availability_change_reason: AccessAvailabilityChangeReason | int | None = avp(ACCESS_AVAILABILITY_CHANGE_REASON, default=None)
    network_request_support: NetworkRequestSupport | int | None = avp(NETWORK_REQUEST_SUPPORT, default=None)
    routing_rule_install: RoutingRuleInstall | None = avp(ROUTING_RULE_INSTALL, default=None)
    routing_rule_remove: RoutingRuleRemove | None = avp(ROUTING_RULE_REMOVE, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    usage_monitoring_information: tuple[UsageMonitoringInformation, ...] = repeated(USAGE_MONITORING_INFORMATION, default=())
    multiple_bberf_action: MultipleBBERFAction | int | None = avp(MULTIPLE_BBERF_ACTION, default=None)
    event_trigger: tuple[EventTrigger | int, ...] = repeated(EVENT_TRIGGER, default=())
    access_network_charging_address: AddressValue | None = avp(ACCESS_NETWORK_CHARGING_ADDRESS, default=None)
    access_network_charging_identifier_gx: tuple[AccessNetworkChargingIdentifierGx, ...] = repeated(ACCESS_NETWORK_CHARGING_IDENTIFIER_GX, default=())
    session_linking_indicator: SessionLinkingIndicator | int | None = avp(SESSION_LINKING_INDICATOR, default=None)
    henb_local_ip_address: AddressValue | None = avp(HENB_LOCAL_IP_ADDRESS, default=None)
    ue_local_ip_address: AddressValue | None = avp(UE_LOCAL_IP_ADDRESS, default=None)
    ue_local_ipv6_prefix: bytes | None = avp(UE_LOCAL_IPV6_PREFIX, default=None)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    an_gw_status: ANGWStatus | int | None = avp(AN_GW_STATUS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AGGREGATED_CONGESTION_INFO)
class AggregatedCongestionInfo:
    """Aggregated-Congestion-Info ::= < AVP Header: 4000, 10415 >
         [ Congestion-Location-Id ]
         [ IMSI-List ]
       * [ AVP ]
    """

    congestion_location_id: CongestionLocationId | None = avp(CONGESTION_LOCATION_ID, default=None)
    imsi_list: bytes | None = avp(IMSI_LIST, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AGGREGATED_RUCI_REPORT)
class AggregatedRUCIReport:
    """Aggregated-RUCI-Report ::= < AVP Header: 4001, 10415 >
      1* { Aggregated-Congestion-Info }
         [ Called-Station-Id ]
         [ Congestion-Level-Value ]
         [ Congestion-Level-Set-Id ]
       * [ AVP ]
    """

    aggregated_congestion_info: tuple[AggregatedCongestionInfo, ...] = repeated(AGGREGATED_CONGESTION_INFO, min=1)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    congestion_level_value: CongestionLevelValue | int | None = avp(CONGESTION_LEVEL_VALUE, default=None)
    congestion_level_set_id: int | None = avp(CONGESTION_LEVEL_SET_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CONGESTION_LEVEL_DEFINITION)
class CongestionLevelDefinition:
    """Congestion-Level-Definition ::= < AVP Header: 4002, 10415 >
         { Congestion-Level-Set-Id }
         { Congestion-Level-Range }
       * [ AVP ]
    """

    congestion_level_set_id: int = avp(CONGESTION_LEVEL_SET_ID)
    congestion_level_range: CongestionLevelRange | int = avp(CONGESTION_LEVEL_RANGE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CONGESTION_LOCATION_ID)
class CongestionLocationId:
    """Congestion-Location-Id ::= < AVP Header: 4006, 10415 >
         [ 3GPP-User-Location-Info ]
         [ eNodeB-Id ]
         [ Extended-eNodeB-Id ]
       * [ AVP ]
    """

    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    enodeb_id: bytes | None = avp(ENODEB_ID, default=None)
    extended_enodeb_id: bytes | None = avp(EXTENDED_ENODEB_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(POLICY_COUNTER_STATUS_REPORT)
class PolicyCounterStatusReport:
    """Policy-Counter-Status-Report ::= < AVP Header: 2903, 10415 >
         { Policy-Counter-Identifier }
         { Policy-Counter-Status }
       * [ Pending-Policy-Counter-Information ]
       * [ AVP ]
    """

    policy_counter_identifier: str = avp(POLICY_COUNTER_IDENTIFIER)
    policy_counter_status: str = avp(POLICY_COUNTER_STATUS)
    pending_policy_counter_information: tuple[PendingPolicyCounterInformation, ...] = repeated(PENDING_POLICY_COUNTER_INFORMATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PENDING_POLICY_COUNTER_INFORMATION)
class PendingPolicyCounterInformation:
    """Pending-Policy-Counter-Information ::= < AVP Header: 2905, 10415 >
         { Policy-Counter-Status }
         { Pending-Policy-Counter-Change-Time }
       * [ AVP ]
    """

    policy_counter_status: str = avp(POLICY_COUNTER_STATUS)
    pending_policy_counter_change_time: datetime = avp(PENDING_POLICY_COUNTER_CHANGE_TIME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVER_CAPABILITIES)
class ServerCapabilities:
    """Server-Capabilities ::= < AVP Header: 603, 10415 >
       * [ Mandatory-Capability ]
       * [ Optional-Capability ]
       * [ Server-Name ]
       * [ AVP ]
    """

    mandatory_capability: tuple[int, ...] = repeated(MANDATORY_CAPABILITY, default=())
    optional_capability: tuple[int, ...] = repeated(OPTIONAL_CAPABILITY, default=())
    server_name: tuple[str, ...] = repeated(SERVER_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_AUTH_DATA_ITEM)
class SIPAuthDataItem:
    """SIP-Auth-Data-Item ::= < AVP Header: 612, 10415 >
         [ SIP-Item-Number ]
         [ SIP-Authentication-Scheme ]
         [ SIP-Authenticate ]
         [ SIP-Authorization ]
         [ SIP-Authentication-Context ]
         [ Confidentiality-Key ]
         [ Integrity-Key ]
         [ SIP-Digest-Authenticate ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Framed-Interface-Id ]
       * [ Line-Identifier ]
       * [ AVP ]
    """

    sip_item_number: int | None = avp(SIP_ITEM_NUMBER, default=None)
    sip_authentication_scheme: str | None = avp(SIP_AUTHENTICATION_SCHEME, default=None)
    sip_authenticate: bytes | None = avp(SIP_AUTHENTICATE, default=None)
    sip_authorization: bytes | None = avp(SIP_AUTHORIZATION, default=None)
    sip_authentication_context: bytes | None = avp(SIP_AUTHENTICATION_CONTEXT, default=None)
    confidentiality_key: bytes | None = avp(CONFIDENTIALITY_KEY, default=None)
    integrity_key: bytes | None = avp(INTEGRITY_KEY, default=None)
    sip_digest_authenticate: SIPDigestAuthenticate | None = avp(SIP_DIGEST_AUTHENTICATE, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    line_identifier: tuple[bytes, ...] = repeated(LINE_IDENTIFIER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEREGISTRATION_REASON)
class DeregistrationReason:
    """Deregistration-Reason ::= < AVP Header: 615, 10415 >
         { Reason-Code }
         [ Reason-Info ]
       * [ AVP ]
    """

    reason_code: ReasonCode | int = avp(REASON_CODE)
    reason_info: str | None = avp(REASON_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_INFORMATION)
class ChargingInformation:
    """Charging-Information ::= < AVP Header: 618, 10415 >
         [ Primary-Event-Charging-Function-Name ]
         [ Secondary-Event-Charging-Function-Name ]
         [ Primary-Charging-Collection-Function-Name ]
         [ Secondary-Charging-Collection-Function-Name ]
       * [ AVP ]
    """

    primary_event_charging_function_name: DiameterURI | None = avp(PRIMARY_EVENT_CHARGING_FUNCTION_NAME, default=None)
    secondary_event_charging_function_name: DiameterURI | None = avp(SECONDARY_EVENT_CHARGING_FUNCTION_NAME, default=None)
    primary_charging_collection_function_name: DiameterURI | None = avp(PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME, default=None)
    secondary_charging_collection_function_name: DiameterURI | None = avp(SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUPPORTED_FEATURES)
class SupportedFeatures:
    """Supported-Features ::= < AVP Header: 628, 10415 >
         { Vendor-Id }
         { Feature-List-ID }
         { Feature-List }
       * [ AVP ]
    """

    vendor_id: int = avp(VENDOR_ID)
    feature_list_id: int = avp(FEATURE_LIST_ID)
    feature_list: int = avp(FEATURE_LIST)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUPPORTED_APPLICATIONS)
class SupportedApplications:
    """Supported-Applications ::= < AVP Header: 631, 10415 >
       * [ Auth-Application-Id ]
       * [ Acct-Application-Id ]
       * [ Vendor-Specific-Application-Id ]
       * [ AVP ]
    """

    auth_application_id: tuple[int, ...] = repeated(AUTH_APPLICATION_ID, default=())
    acct_application_id: tuple[int, ...] = repeated(ACCT_APPLICATION_ID, default=())
    vendor_specific_application_id: tuple[VendorSpecificApplicationId, ...] = repeated(VENDOR_SPECIFIC_APPLICATION_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ASSOCIATED_IDENTITIES)
class AssociatedIdentities:
    """Associated-Identities ::= < AVP Header: 632, 10415 >
       * [ User-Name ]
       * [ AVP ]
    """

    user_name: tuple[str, ...] = repeated(USER_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SIP_DIGEST_AUTHENTICATE)
class SIPDigestAuthenticate:
    """SIP-Digest-Authenticate ::= < AVP Header: 635, 10415 >
         { Digest-Realm }
         [ Digest-Algorithm ]
         { Digest-QoP }
         { Digest-HA1 }
         [ Alternate-Digest-Algorithm ]
         [ Alternate-Digest-HA1 ]
       * [ AVP ]
    """

    digest_realm: str = avp(DIGEST_REALM)
    digest_algorithm: str | None = avp(DIGEST_ALGORITHM, default=None)
    digest_qop: str = avp(DIGEST_QOP)
    digest_ha1: str = avp(DIGEST_HA1)
    alternate_digest_algorithm: str | None = avp(ALTERNATE_DIGEST_ALGORITHM, default=None)
    alternate_digest_ha1: str | None = avp(ALTERNATE_DIGEST_HA1, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SCSCF_RESTORATION_INFO)
class SCSCFRestorationInfo:
    """SCSCF-Restoration-Info ::= < AVP Header: 639, 10415 >
         { User-Name }
      1* { Restoration-Info }
         [ Registration-Time-Out ]
         [ SIP-Authentication-Scheme ]
       * [ AVP ]
    """

    user_name: str = avp(USER_NAME)
    restoration_info: tuple[RestorationInfo, ...] = repeated(RESTORATION_INFO, min=1)
    registration_time_out: datetime | None = avp(REGISTRATION_TIME_OUT, default=None)
    sip_authentication_scheme: str | None = avp(SIP_AUTHENTICATION_SCHEME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSCRIPTION_INFO)
class SubscriptionInfo:
    """Subscription-Info ::= < AVP Header: 642, 10415 >
         { Call-ID-SIP-Header }
         { From-SIP-Header }
         { To-SIP-Header }
         { Record-Route }
         { Contact }
       * [ AVP ]
    """

    call_id_sip_header: bytes = avp(CALL_ID_SIP_HEADER)
    from_sip_header: bytes = avp(FROM_SIP_HEADER)
    to_sip_header: bytes = avp(TO_SIP_HEADER)
    record_route: bytes = avp(RECORD_ROUTE)
    contact: bytes = avp(CONTACT)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ASSOCIATED_REGISTERED_IDENTITIES)
class AssociatedRegisteredIdentities:
    """Associated-Registered-Identities ::= < AVP Header: 647, 10415 >
       * [ User-Name ]
       * [ AVP ]
    """

    user_name: tuple[str, ...] = repeated(USER_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RESTORATION_INFO)
class RestorationInfo:
    """Restoration-Info ::= < AVP Header: 649, 10415 >
         { Path }
         { Contact }
         [ Initial-CSeq-Sequence-Number ]
         [ Call-ID-SIP-Header ]
         [ Subscription-Info ]
         [ P-CSCF-Subscription-Info ]
       * [ AVP ]
    """

    path: bytes = avp(PATH)
    contact: bytes = avp(CONTACT)
    initial_cseq_sequence_number: int | None = avp(INITIAL_CSEQ_SEQUENCE_NUMBER, default=None)
    call_id_sip_header: bytes | None = avp(CALL_ID_SIP_HEADER, default=None)
    subscription_info: SubscriptionInfo | None = avp(SUBSCRIPTION_INFO, default=None)
    p_cscf_subscription_info: PCSCFSubscriptionInfo | None = avp(P_CSCF_SUBSCRIPTION_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IDENTITY_WITH_EMERGENCY_REGISTRATION)
class IdentityWithEmergencyRegistration:
    """Identity-with-Emergency-Registration ::= < AVP Header: 651, 10415 >
         { User-Name }
         { Public-Identity }
       * [ AVP ]
    """

    user_name: str = avp(USER_NAME)
    public_identity: str = avp(PUBLIC_IDENTITY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ALLOWED_WAF_WWSF_IDENTITIES)
class AllowedWAFWWSFIdentities:
    """Allowed-WAF-WWSF-Identities ::= < AVP Header: 656, 10415 >
       * [ WebRTC-Authentication-Function-Name ]
       * [ WebRTC-Web-Server-Function-Name ]
       * [ AVP ]
    """

    webrtc_authentication_function_name: tuple[str, ...] = repeated(WEBRTC_AUTHENTICATION_FUNCTION_NAME, default=())
    webrtc_web_server_function_name: tuple[str, ...] = repeated(WEBRTC_WEB_SERVER_FUNCTION_NAME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(P_CSCF_SUBSCRIPTION_INFO)
class PCSCFSubscriptionInfo:
    """P-CSCF-Subscription-Info ::= < AVP Header: 660, 10415 >
         { Call-ID-SIP-Header }
         { From-SIP-Header }
         { To-SIP-Header }
         { Contact }
       * [ AVP ]
    """

    call_id_sip_header: bytes = avp(CALL_ID_SIP_HEADER)
    from_sip_header: bytes = avp(FROM_SIP_HEADER)
    to_sip_header: bytes = avp(TO_SIP_HEADER)
    contact: bytes = avp(CONTACT)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(FAILED_PCSCF)
class FailedPCSCF:
    """Failed-PCSCF ::= < AVP Header: 664, 10415 >
         [ PCSCF-FQDN ]
       * [ PCSCF-IP-Address ]
       * [ AVP ]
    """

    pcscf_fqdn: str | None = avp(PCSCF_FQDN, default=None)
    pcscf_ip_address: tuple[AddressValue, ...] = repeated(PCSCF_IP_ADDRESS, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_USER_DATA)
class WLANUserData:
    """WLAN-User-Data ::= < AVP Header: 303, 10415 >
         [ Subscription-Id ]
         [ Session-Timeout ]
         [ Max-Requested-Bandwidth ]
         [ Routing-Policy ]
         [ WLAN-Access ]
       * [ Charging-Data ]
         [ WLAN-3GPP-IP-Access ]
       * [ APN-Authorized ]
         [ WLAN-Direct-IP-Access ]
         [ Maximum-Number-Accesses ]
       * [ AVP ]
    """

    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    max_requested_bandwidth: bytes | None = avp(MAX_REQUESTED_BANDWIDTH, default=None)
    routing_policy: IPFilterRule | None = avp(ROUTING_POLICY, default=None)
    wlan_access: WLANAccess | int | None = avp(WLAN_ACCESS, default=None)
    charging_data: tuple[ChargingData, ...] = repeated(CHARGING_DATA, default=())
    wlan_3gpp_ip_access: WLAN3GPPIPAccess | int | None = avp(WLAN_3GPP_IP_ACCESS, default=None)
    apn_authorized: tuple[APNAuthorized, ...] = repeated(APN_AUTHORIZED, default=())
    wlan_direct_ip_access: WLANDirectIPAccess | int | None = avp(WLAN_DIRECT_IP_ACCESS, default=None)
    maximum_number_accesses: int | None = avp(MAXIMUM_NUMBER_ACCESSES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_DATA)
class ChargingData:
    """Charging-Data ::= < AVP Header: 304, 10415 >
         [ Charging-Characteristics ]
         [ Charging-Nodes ]
       * [ AVP ]
    """

    charging_characteristics: int | None = avp(CHARGING_CHARACTERISTICS, default=None)
    charging_nodes: ChargingNodes | None = avp(CHARGING_NODES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APN_AUTHORIZED)
class APNAuthorized:
    """APN-Authorized ::= < AVP Header: 307, 10415 >
         [ 3GPP-WLAN-APN-Id ]
         [ APN-Barring-Type ]
       * [ Charging-Data ]
         [ Routing-Policy ]
         [ Max-Requested-Bandwidth ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Framed-Interface-Id ]
       * [ AVP ]
    """

    tgpp_wlan_apn_id: bytes | None = avp(TGPP_WLAN_APN_ID, default=None)
    apn_barring_type: APNBarringType | int | None = avp(APN_BARRING_TYPE, default=None)
    charging_data: tuple[ChargingData, ...] = repeated(CHARGING_DATA, default=())
    routing_policy: IPFilterRule | None = avp(ROUTING_POLICY, default=None)
    max_requested_bandwidth: bytes | None = avp(MAX_REQUESTED_BANDWIDTH, default=None)
    framed_ip_address: bytes | None = avp(FRAMED_IP_ADDRESS, default=None)
    framed_ipv6_prefix: bytes | None = avp(FRAMED_IPV6_PREFIX, default=None)
    framed_interface_id: int | None = avp(FRAMED_INTERFACE_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHARGING_NODES)
class ChargingNodes:
    """Charging-Nodes ::= < AVP Header: 315, 10415 >
         [ Primary-OCS-Charging-Function-Name ]
         [ Secondary-OCS-Charging-Function-Name ]
         [ Primary-Charging-Collection-Function-Name ]
         [ Secondary-Charging-Collection-Function-Name ]
       * [ AVP ]
    """

    primary_ocs_charging_function_name: str | None = avp(PRIMARY_OCS_CHARGING_FUNCTION_NAME, default=None)
    secondary_ocs_charging_function_name: str | None = avp(SECONDARY_OCS_CHARGING_FUNCTION_NAME, default=None)
    primary_charging_collection_function_name: DiameterURI | None = avp(PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME, default=None)
    secondary_charging_collection_function_name: DiameterURI | None = avp(SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSCRIPTION_DATA)
class SubscriptionData:
    """Subscription-Data ::= < AVP Header: 1400, 10415 >
         [ Subscriber-Status ]
         [ MSISDN ]
         [ A-MSISDN ]
         [ STN-SR ]
         [ ICS-Indicator ]
         [ Network-Access-Mode ]
         [ Operator-Determined-Barring ]
         [ HPLMN-ODB ]
    0*10 [ Regional-Subscription-Zone-Code ]
         [ Access-Restriction-Data ]
         [ APN-OI-Replacement ]
         [ LCS-Info ]
         [ Teleservice-List ]
       * [ Call-Barring-Info ]
         [ 3GPP-Charging-Characteristics ]
         [ AMBR ]
         [ APN-Configuration-Profile ]
         [ RAT-Frequency-Selection-Priority-ID ]
         [ Trace-Data ]
         [ GPRS-Subscription-Data ]
       * [ CSG-Subscription-Data ]
         [ Roaming-Restricted-Due-To-Unsupported-Feature ]
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ MPS-Priority ]
         [ VPLMN-LIPA-Allowed ]
         [ Relay-Node-Indicator ]
         [ MDT-User-Consent ]
         [ Subscribed-VSRVCC ]
         [ ProSe-Subscription-Data ]
         [ Subscription-Data-Flags ]
       * [ Adjacent-Access-Restriction-Data ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ IMSI-Group-Id ]
         [ UE-Usage-Type ]
       * [ AESE-Communication-Pattern ]
       * [ Monitoring-Event-Configuration ]
         [ Emergency-Info ]
         [ V2X-Subscription-Data ]
         [ V2X-Subscription-Data-Nr ]
       * [ eDRX-Cycle-Length ]
         [ External-Identifier ]
         [ Active-Time ]
         [ Service-Gap-Time ]
         [ Broadcast-Location-Assistance-Data-Types ]
         [ Aerial-UE-Subscription-Information ]
         [ Core-Network-Restrictions ]
       * [ Paging-Time-Window ]
         [ Subscribed-ARPI ]
         [ IAB-Operation-Permission ]
         [ PLMN-RAT-Usage-Control ]
       * [ AVP ]
    """

    subscriber_status: SubscriberStatus | int | None = avp(SUBSCRIBER_STATUS, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    a_msisdn: bytes | None = avp(A_MSISDN, default=None)
    stn_sr: bytes | None = avp(STN_SR, default=None)
    ics_indicator: ICSIndicator | int | None = avp(ICS_INDICATOR, default=None)
    network_access_mode: NetworkAccessMode | int | None = avp(NETWORK_ACCESS_MODE, default=None)
    operator_determined_barring: OperatorDeterminedBarring | int | None = avp(OPERATOR_DETERMINED_BARRING, default=None)
    hplmn_odb: HPLMNODB | int | None = avp(HPLMN_ODB, default=None)
    regional_subscription_zone_code: tuple[bytes, ...] = repeated(REGIONAL_SUBSCRIPTION_ZONE_CODE, max=10, default=())
    access_restriction_data: AccessRestrictionData | int | None = avp(ACCESS_RESTRICTION_DATA, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    lcs_info: LCSInfo | None = avp(LCS_INFO, default=None)
    teleservice_list: TeleserviceList | None = avp(TELESERVICE_LIST, default=None)
    call_barring_info: tuple[CallBarringInfo, ...] = repeated(CALL_BARRING_INFO, default=())
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    ambr: Ambr | None = avp(AMBR, default=None)
    apn_configuration_profile: APNConfigurationProfile | None = avp(APN_CONFIGURATION_PROFILE, default=None)
    rat_frequency_selection_priority_id: int | None = avp(RAT_FREQUENCY_SELECTION_PRIORITY_ID, default=None)
    trace_data: TraceData | None = avp(TRACE_DATA, default=None)
    gprs_subscription_data: GPRSSubscriptionData | None = avp(GPRS_SUBSCRIPTION_DATA, default=None)
    csg_subscription_data: tuple[CSGSubscriptionData, ...] = repeated(CSG_SUBSCRIPTION_DATA, default=())
    roaming_restricted_due_to_unsupported_feature: RoamingRestrictedDueToUnsupportedFeature | int | None = avp(ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE, default=None)
    subscribed_periodic_rau_tau_timer: int | None = avp(SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, default=None)
    mps_priority: MPSPriority | int | None = avp(MPS_PRIORITY, default=None)
    vplmn_lipa_allowed: VPLMNLIPAAllowed | int | None = avp(VPLMN_LIPA_ALLOWED, default=None)
    relay_node_indicator: RelayNodeIndicator | int | None = avp(RELAY_NODE_INDICATOR, default=None)
    mdt_user_consent: MDTUserConsent | int | None = avp(MDT_USER_CONSENT, default=None)
    subscribed_vsrvcc: SubscribedVSRVCC | int | None = avp(SUBSCRIBED_VSRVCC, default=None)
    prose_subscription_data: ProSeSubscriptionData | None = avp(PROSE_SUBSCRIPTION_DATA, default=None)
    subscription_data_flags: SubscriptionDataFlags | int | None = avp(SUBSCRIPTION_DATA_FLAGS, default=None)
    adjacent_access_restriction_data: tuple[AdjacentAccessRestrictionData, ...] = repeated(ADJACENT_ACCESS_RESTRICTION_DATA, default=())
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    imsi_group_id: tuple[IMSIGroupId, ...] = repeated(IMSI_GROUP_ID, default=())
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    aese_communication_pattern: tuple[AESECommunicationPattern, ...] = repeated(AESE_COMMUNICATION_PATTERN, default=())
    monitoring_event_configuration: tuple[MonitoringEventConfiguration, ...] = repeated(MONITORING_EVENT_CONFIGURATION, default=())
    emergency_info: EmergencyInfo | None = avp(EMERGENCY_INFO, default=None)
    v2x_subscription_data: V2XSubscriptionData | None = avp(V2X_SUBSCRIPTION_DATA, default=None)
    v2x_subscription_data_nr: V2XSubscriptionDataNr | None = avp(V2X_SUBSCRIPTION_DATA_NR, default=None)
    edrx_cycle_length: tuple[EDRXCycleLength, ...] = repeated(EDRX_CYCLE_LENGTH, default=())
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    active_time: int | None = avp(ACTIVE_TIME, default=None)
    service_gap_time: int | None = avp(SERVICE_GAP_TIME, default=None)
    broadcast_location_assistance_data_types: int | None = avp(BROADCAST_LOCATION_ASSISTANCE_DATA_TYPES, default=None)
    aerial_ue_subscription_information: AerialUESubscriptionInformation | int | None = avp(AERIAL_UE_SUBSCRIPTION_INFORMATION, default=None)
    core_network_restrictions: CoreNetworkRestrictions | int | None = avp(CORE_NETWORK_RESTRICTIONS, default=None)
    paging_time_window: tuple[PagingTimeWindow, ...] = repeated(PAGING_TIME_WINDOW, default=())
    subscribed_arpi: int | None = avp(SUBSCRIBED_ARPI, default=None)
    iab_operation_permission: IABOperationPermission | int | None = avp(IAB_OPERATION_PERMISSION, default=None)
    plmn_rat_usage_control: int | None = avp(PLMN_RAT_USAGE_CONTROL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TERMINAL_INFORMATION)
class TerminalInformation:
    """Terminal-Information ::= < AVP Header: 1401, 10415 >
         [ IMEI ]
         [ 3GPP2-MEID ]
         [ Software-Version ]
       * [ AVP ]
    """

    imei: str | None = avp(IMEI, default=None)
    tgpp2_meid: bytes | None = avp(TGPP2_MEID, default=None)
    software_version: str | None = avp(SOFTWARE_VERSION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REQUESTED_EUTRAN_AUTHENTICATION_INFO)
class RequestedEUTRANAuthenticationInfo:
    """Requested-EUTRAN-Authentication-Info ::= < AVP Header: 1408, 10415 >
         [ Number-Of-Requested-Vectors ]
         [ Immediate-Response-Preferred ]
         [ Re-Synchronization-Info ]
       * [ AVP ]
    """

    number_of_requested_vectors: int | None = avp(NUMBER_OF_REQUESTED_VECTORS, default=None)
    immediate_response_preferred: int | None = avp(IMMEDIATE_RESPONSE_PREFERRED, default=None)
    re_synchronization_info: bytes | None = avp(RE_SYNCHRONIZATION_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO)
class RequestedUTRANGERANAuthenticationInfo:
    """Requested-UTRAN-GERAN-Authentication-Info ::= < AVP Header: 1409, 10415 >
         [ Number-Of-Requested-Vectors ]
         [ Immediate-Response-Preferred ]
         [ Re-Synchronization-Info ]
       * [ AVP ]
    """

    number_of_requested_vectors: int | None = avp(NUMBER_OF_REQUESTED_VECTORS, default=None)
    immediate_response_preferred: int | None = avp(IMMEDIATE_RESPONSE_PREFERRED, default=None)
    re_synchronization_info: bytes | None = avp(RE_SYNCHRONIZATION_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AUTHENTICATION_INFO)
class AuthenticationInfo:
    """Authentication-Info ::= < AVP Header: 1413, 10415 >
       * [ E-UTRAN-Vector ]
       * [ UTRAN-Vector ]
       * [ GERAN-Vector ]
       * [ AVP ]
    """

    e_utran_vector: tuple[EUTRANVector, ...] = repeated(E_UTRAN_VECTOR, default=())
    utran_vector: tuple[UTRANVector, ...] = repeated(UTRAN_VECTOR, default=())
    geran_vector: tuple[GERANVector, ...] = repeated(GERAN_VECTOR, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(E_UTRAN_VECTOR)
class EUTRANVector:
    """E-UTRAN-Vector ::= < AVP Header: 1414, 10415 >
         [ Item-Number ]
         { RAND }
         { XRES }
         { AUTN }
         { KASME }
       * [ AVP ]
    """

    item_number: int | None = avp(ITEM_NUMBER, default=None)
    rand: bytes = avp(RAND)
    xres: bytes = avp(XRES)
    autn: bytes = avp(AUTN)
    kasme: bytes = avp(KASME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(UTRAN_VECTOR)
class UTRANVector:
    """UTRAN-Vector ::= < AVP Header: 1415, 10415 >
         [ Item-Number ]
         { RAND }
         { XRES }
         { AUTN }
         { Confidentiality-Key }
         { Integrity-Key }
       * [ AVP ]
    """

    item_number: int | None = avp(ITEM_NUMBER, default=None)
    rand: bytes = avp(RAND)
    xres: bytes = avp(XRES)
    autn: bytes = avp(AUTN)
    confidentiality_key: bytes = avp(CONFIDENTIALITY_KEY)
    integrity_key: bytes = avp(INTEGRITY_KEY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GERAN_VECTOR)
class GERANVector:
    """GERAN-Vector ::= < AVP Header: 1416, 10415 >
         [ Item-Number ]
         { RAND }
         { SRES }
         { Kc }
       * [ AVP ]
    """

    item_number: int | None = avp(ITEM_NUMBER, default=None)
    rand: bytes = avp(RAND)
    sres: bytes = avp(SRES)
    kc: bytes = avp(KC)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APN_CONFIGURATION_PROFILE)
class APNConfigurationProfile:
    """APN-Configuration-Profile ::= < AVP Header: 1429, 10415 >
         { Context-Identifier }
         [ Additional-Context-Identifier ]
         [ Third-Context-Identifier ]
         { All-APN-Configurations-Included-Indicator }
      1* { APN-Configuration }
       * [ AVP ]
    """

    context_identifier: int = avp(CONTEXT_IDENTIFIER)
    additional_context_identifier: int | None = avp(ADDITIONAL_CONTEXT_IDENTIFIER, default=None)
    third_context_identifier: int | None = avp(THIRD_CONTEXT_IDENTIFIER, default=None)
    all_apn_configurations_included_indicator: AllAPNConfigurationsIncludedIndicator | int = avp(ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR)
    apn_configuration: tuple[APNConfiguration, ...] = repeated(APN_CONFIGURATION, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APN_CONFIGURATION)
class APNConfiguration:
    """APN-Configuration ::= < AVP Header: 1430, 10415 >
         { Context-Identifier }
     0*2 [ Served-Party-IP-Address ]
         { PDN-Type }
         { Service-Selection }
         [ EPS-Subscribed-QoS-Profile ]
         [ VPLMN-Dynamic-Address-Allowed ]
         [ MIP6-Agent-Info ]
         [ Visited-Network-Identifier ]
         [ PDN-GW-Allocation-Type ]
         [ 3GPP-Charging-Characteristics ]
         [ AMBR ]
       * [ Specific-APN-Info ]
         [ APN-OI-Replacement ]
         [ SIPTO-Permission ]
         [ LIPA-Permission ]
         [ Restoration-Priority ]
         [ SIPTO-Local-Network-Permission ]
         [ WLAN-offloadability ]
         [ Non-IP-PDN-Type-Indicator ]
         [ Non-IP-Data-Delivery-Mechanism ]
         [ SCEF-ID ]
         [ SCEF-Realm ]
         [ Preferred-Data-Mode ]
         [ PDN-Connection-Continuity ]
         [ RDS-Indicator ]
         [ Interworking-5GS-Indicator ]
         [ Ethernet-PDN-Type-Indicator ]
       * [ AVP ]
    """

    context_identifier: int = avp(CONTEXT_IDENTIFIER)
    served_party_ip_address: tuple[AddressValue, ...] = repeated(SERVED_PARTY_IP_ADDRESS, max=2, default=())
    pdn_type: PDNType | int = avp(PDN_TYPE)
    service_selection: str = avp(SERVICE_SELECTION)
    eps_subscribed_qos_profile: EPSSubscribedQoSProfile | None = avp(EPS_SUBSCRIBED_QOS_PROFILE, default=None)
    vplmn_dynamic_address_allowed: VPLMNDynamicAddressAllowed | int | None = avp(VPLMN_DYNAMIC_ADDRESS_ALLOWED, default=None)
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    pdn_gw_allocation_type: PDNGWAllocationType | int | None = avp(PDN_GW_ALLOCATION_TYPE, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    ambr: Ambr | None = avp(AMBR, default=None)
    specific_apn_info: tuple[SpecificAPNInfo, ...] = repeated(SPECIFIC_APN_INFO, default=())
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    sipto_permission: SIPTOPermission | int | None = avp(SIPTO_PERMISSION, default=None)
    lipa_permission: LIPAPermission | int | None = avp(LIPA_PERMISSION, default=None)
    restoration_priority: int | None = avp(RESTORATION_PRIORITY, default=None)
    sipto_local_network_permission: SIPTOLocalNetworkPermission | int | None = avp(SIPTO_LOCAL_NETWORK_PERMISSION, default=None)
    wlan_offloadability: WLANOffloadability | None = avp(WLAN_OFFLOADABILITY, default=None)
    non_ip_pdn_type_indicator: NonIPPDNTypeIndicator | int | None = avp(NON_IP_PDN_TYPE_INDICATOR, default=None)
    non_ip_data_delivery_mechanism: NonIPDataDeliveryMechanism | int | None = avp(NON_IP_DATA_DELIVERY_MECHANISM, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    scef_realm: str | None = avp(SCEF_REALM, default=None)
    preferred_data_mode: PreferredDataMode | int | None = avp(PREFERRED_DATA_MODE, default=None)
    pdn_connection_continuity: PDNConnectionContinuity | int | None = avp(PDN_CONNECTION_CONTINUITY, default=None)
    rds_indicator: RDSIndicator | int | None = avp(RDS_INDICATOR, default=None)
    interworking_5gs_indicator: Interworking5GSIndicator | int | None = avp(INTERWORKING_5GS_INDICATOR, default=None)
    ethernet_pdn_type_indicator: EthernetPDNTypeIndicator | int | None = avp(ETHERNET_PDN_TYPE_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EPS_SUBSCRIBED_QOS_PROFILE)
class EPSSubscribedQoSProfile:
    """EPS-Subscribed-QoS-Profile ::= < AVP Header: 1431, 10415 >
         { QoS-Class-Identifier }
         { Allocation-Retention-Priority }
       * [ AVP ]
    """

    qos_class_identifier: QoSClassIdentifier | int = avp(QOS_CLASS_IDENTIFIER)
    allocation_retention_priority: AllocationRetentionPriority = avp(ALLOCATION_RETENTION_PRIORITY)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AMBR)
class Ambr:
    """AMBR ::= < AVP Header: 1435, 10415 >
         { Max-Requested-Bandwidth-UL }
         { Max-Requested-Bandwidth-DL }
         [ Extended-Max-Requested-BW-UL ]
         [ Extended-Max-Requested-BW-DL ]
       * [ AVP ]
    """

    max_requested_bandwidth_ul: int = avp(MAX_REQUESTED_BANDWIDTH_UL)
    max_requested_bandwidth_dl: int = avp(MAX_REQUESTED_BANDWIDTH_DL)
    extended_max_requested_bw_ul: int | None = avp(EXTENDED_MAX_REQUESTED_BW_UL, default=None)
    extended_max_requested_bw_dl: int | None = avp(EXTENDED_MAX_REQUESTED_BW_DL, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CSG_SUBSCRIPTION_DATA)
class CSGSubscriptionData:
    """CSG-Subscription-Data ::= < AVP Header: 1436, 10415 >
         { CSG-Id }
         [ Expiration-Date ]
       * [ Service-Selection ]
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """

    csg_id: int = avp(CSG_ID)
    expiration_date: datetime | None = avp(EXPIRATION_DATE, default=None)
    service_selection: tuple[str, ...] = repeated(SERVICE_SELECTION, default=())
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRACE_DATA)
class TraceData:
    """Trace-Data ::= < AVP Header: 1458, 10415 >
         { Trace-Reference }
         { Trace-Depth }
         { Trace-NE-Type-List }
         [ Trace-Interface-List ]
         { Trace-Event-List }
         [ OMC-Id ]
         { Trace-Collection-Entity }
         [ MDT-Configuration ]
         [ MDT-Configuration-NR ]
         [ Trace-Reporting-Consumer-Uri ]
       * [ AVP ]
    """

    trace_reference: bytes = avp(TRACE_REFERENCE)
    trace_depth: TraceDepth | int = avp(TRACE_DEPTH)
    trace_ne_type_list: bytes = avp(TRACE_NE_TYPE_LIST)
    trace_interface_list: bytes | None = avp(TRACE_INTERFACE_LIST, default=None)
    trace_event_list: bytes = avp(TRACE_EVENT_LIST)
    omc_id: bytes | None = avp(OMC_ID, default=None)
    trace_collection_entity: AddressValue = avp(TRACE_COLLECTION_ENTITY)
    mdt_configuration: MDTConfiguration | None = avp(MDT_CONFIGURATION, default=None)
    mdt_configuration_nr: MDTConfigurationNR | None = avp(MDT_CONFIGURATION_NR, default=None)
    trace_reporting_consumer_uri: DiameterURI | None = avp(TRACE_REPORTING_CONSUMER_URI, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GPRS_SUBSCRIPTION_DATA)
class GPRSSubscriptionData:
    """GPRS-Subscription-Data ::= < AVP Header: 1467, 10415 >
         { Complete-Data-List-Included-Indicator }
    1*50 { PDP-Context }
       * [ AVP ]
    """

    complete_data_list_included_indicator: CompleteDataListIncludedIndicator | int = avp(COMPLETE_DATA_LIST_INCLUDED_INDICATOR)
    pdp_context: tuple[PDPContext, ...] = repeated(PDP_CONTEXT, min=1, max=50)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PDP_CONTEXT)
class PDPContext:
    """PDP-Context ::= < AVP Header: 1469, 10415 >
         { Context-Identifier }
         { PDP-Type }
         [ PDP-Address ]
         { QoS-Subscribed }
         [ VPLMN-Dynamic-Address-Allowed ]
         { Service-Selection }
         [ 3GPP-Charging-Characteristics ]
         [ Ext-PDP-Type ]
         [ Ext-PDP-Address ]
         [ AMBR ]
         [ APN-OI-Replacement ]
         [ SIPTO-Permission ]
         [ LIPA-Permission ]
         [ Restoration-Priority ]
         [ SIPTO-Local-Network-Permission ]
         [ Non-IP-Data-Delivery-Mechanism ]
         [ SCEF-ID ]
       * [ AVP ]
    """

    context_identifier: int = avp(CONTEXT_IDENTIFIER)
    pdp_type: bytes = avp(PDP_TYPE)
    pdp_address: AddressValue | None = avp(PDP_ADDRESS, default=None)
    qos_subscribed: bytes = avp(QOS_SUBSCRIBED)
    vplmn_dynamic_address_allowed: VPLMNDynamicAddressAllowed | int | None = avp(VPLMN_DYNAMIC_ADDRESS_ALLOWED, default=None)
    service_selection: str = avp(SERVICE_SELECTION)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    ext_pdp_type: bytes | None = avp(EXT_PDP_TYPE, default=None)
    ext_pdp_address: AddressValue | None = avp(EXT_PDP_ADDRESS, default=None)
    ambr: Ambr | None = avp(AMBR, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    sipto_permission: SIPTOPermission | int | None = avp(SIPTO_PERMISSION, default=None)
    lipa_permission: LIPAPermission | int | None = avp(LIPA_PERMISSION, default=None)
    restoration_priority: int | None = avp(RESTORATION_PRIORITY, default=None)
    sipto_local_network_permission: SIPTOLocalNetworkPermission | int | None = avp(SIPTO_LOCAL_NETWORK_PERMISSION, default=None)
    non_ip_data_delivery_mechanism: NonIPDataDeliveryMechanism | int | None = avp(NON_IP_DATA_DELIVERY_MECHANISM, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SPECIFIC_APN_INFO)
class SpecificAPNInfo:
    """Specific-APN-Info ::= < AVP Header: 1472, 10415 >
         { Service-Selection }
         { MIP6-Agent-Info }
         [ Visited-Network-Identifier ]
       * [ AVP ]
    """

    service_selection: str = avp(SERVICE_SELECTION)
    mip6_agent_info: MIP6AgentInfo = avp(MIP6_AGENT_INFO)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LCS_INFO)
class LCSInfo:
    """LCS-Info ::= < AVP Header: 1473, 10415 >
       * [ GMLC-Number ]
       * [ LCS-PrivacyException ]
       * [ MO-LR ]
       * [ AVP ]
    """

    gmlc_number: tuple[bytes, ...] = repeated(GMLC_NUMBER, default=())
    lcs_privacyexception: tuple[LCSPrivacyException, ...] = repeated(LCS_PRIVACYEXCEPTION, default=())
    mo_lr: tuple[MOLR, ...] = repeated(MO_LR, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LCS_PRIVACYEXCEPTION)
class LCSPrivacyException:
    """LCS-PrivacyException ::= < AVP Header: 1475, 10415 >
         { SS-Code }
         { SS-Status }
         [ Notification-To-UE-User ]
       * [ External-Client ]
       * [ PLMN-Client ]
       * [ Service-Type ]
       * [ AVP ]
    """

    ss_code: bytes = avp(SS_CODE)
    ss_status: bytes = avp(SS_STATUS)
    notification_to_ue_user: NotificationToUEUser | int | None = avp(NOTIFICATION_TO_UE_USER, default=None)
    external_client: tuple[ExternalClient, ...] = repeated(EXTERNAL_CLIENT, default=())
    plmn_client: tuple[PLMNClient | int, ...] = repeated(PLMN_CLIENT, default=())
    service_type: tuple[ServiceType, ...] = repeated(SERVICE_TYPE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EXTERNAL_CLIENT)
class ExternalClient:
    """External-Client ::= < AVP Header: 1479, 10415 >
         { Client-Identity }
         [ GMLC-Restriction ]
         [ Notification-To-UE-User ]
       * [ AVP ]
    """

    client_identity: bytes = avp(CLIENT_IDENTITY)
    gmlc_restriction: GMLCRestriction | int | None = avp(GMLC_RESTRICTION, default=None)
    notification_to_ue_user: NotificationToUEUser | int | None = avp(NOTIFICATION_TO_UE_USER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_TYPE)
class ServiceType:
    """Service-Type ::= < AVP Header: 1483, 10415 >
         { ServiceTypeIdentity }
         [ GMLC-Restriction ]
         [ Notification-To-UE-User ]
       * [ AVP ]
    """

    servicetypeidentity: int = avp(SERVICETYPEIDENTITY)
    gmlc_restriction: GMLCRestriction | int | None = avp(GMLC_RESTRICTION, default=None)
    notification_to_ue_user: NotificationToUEUser | int | None = avp(NOTIFICATION_TO_UE_USER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MO_LR)
class MOLR:
    """MO-LR ::= < AVP Header: 1485, 10415 >
         { SS-Code }
         { SS-Status }
       * [ AVP ]
    """

    ss_code: bytes = avp(SS_CODE)
    ss_status: bytes = avp(SS_STATUS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TELESERVICE_LIST)
class TeleserviceList:
    """Teleservice-List ::= < AVP Header: 1486, 10415 >
      1* { TS-Code }
       * [ AVP ]
    """

    ts_code: tuple[bytes, ...] = repeated(TS_CODE, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CALL_BARRING_INFO)
class CallBarringInfo:
    """Call-Barring-Info ::= < AVP Header: 1488, 10415 >
         { SS-Code }
         { SS-Status }
       * [ AVP ]
    """

    ss_code: bytes = avp(SS_CODE)
    ss_status: bytes = avp(SS_STATUS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EPS_USER_STATE)
class EPSUserState:
    """EPS-User-State ::= < AVP Header: 1495, 10415 >
         [ MME-User-State ]
         [ SGSN-User-State ]
       * [ AVP ]
    """

    mme_user_state: MMEUserState | None = avp(MME_USER_STATE, default=None)
    sgsn_user_state: SGSNUserState | None = avp(SGSN_USER_STATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EPS_LOCATION_INFORMATION)
class EPSLocationInformation:
    """EPS-Location-Information ::= < AVP Header: 1496, 10415 >
         [ MME-Location-Information ]
         [ SGSN-Location-Information ]
       * [ AVP ]
    """

    mme_location_information: MMELocationInformation | None = avp(MME_LOCATION_INFORMATION, default=None)
    sgsn_location_information: SGSNLocationInformation | None = avp(SGSN_LOCATION_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MME_USER_STATE)
class MMEUserState:
    """MME-User-State ::= < AVP Header: 1497, 10415 >
         [ User-State ]
       * [ AVP ]
    """

    user_state: UserState | int | None = avp(USER_STATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SGSN_USER_STATE)
class SGSNUserState:
    """SGSN-User-State ::= < AVP Header: 1498, 10415 >
         [ User-State ]
       * [ AVP ]
    """

    user_state: UserState | int | None = avp(USER_STATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MME_LOCATION_INFORMATION)
class MMELocationInformation:
    """MME-Location-Information ::= < AVP Header: 1600, 10415 >
         [ E-UTRAN-Cell-Global-Identity ]
         [ Tracking-Area-Identity ]
         [ Geographical-Information ]
         [ Geodetic-Information ]
         [ Current-Location-Retrieved ]
         [ Age-Of-Location-Information ]
         [ User-CSG-Information ]
         [ eNodeB-Id ]
         [ Extended-eNodeB-Id ]
       * [ AVP ]
    """

    e_utran_cell_global_identity: bytes | None = avp(E_UTRAN_CELL_GLOBAL_IDENTITY, default=None)
    tracking_area_identity: bytes | None = avp(TRACKING_AREA_IDENTITY, default=None)
    geographical_information: bytes | None = avp(GEOGRAPHICAL_INFORMATION, default=None)
    geodetic_information: bytes | None = avp(GEODETIC_INFORMATION, default=None)
    current_location_retrieved: CurrentLocationRetrieved | int | None = avp(CURRENT_LOCATION_RETRIEVED, default=None)
    age_of_location_information: int | None = avp(AGE_OF_LOCATION_INFORMATION, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    enodeb_id: bytes | None = avp(ENODEB_ID, default=None)
    extended_enodeb_id: bytes | None = avp(EXTENDED_ENODEB_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SGSN_LOCATION_INFORMATION)
class SGSNLocationInformation:
    """SGSN-Location-Information ::= < AVP Header: 1601, 10415 >
         [ Cell-Global-Identity ]
         [ Location-Area-Identity ]
         [ Service-Area-Identity ]
         [ Routing-Area-Identity ]
         [ Geographical-Information ]
         [ Geodetic-Information ]
         [ Current-Location-Retrieved ]
         [ Age-Of-Location-Information ]
         [ User-CSG-Information ]
       * [ AVP ]
    """

    cell_global_identity: bytes | None = avp(CELL_GLOBAL_IDENTITY, default=None)
    location_area_identity: bytes | None = avp(LOCATION_AREA_IDENTITY, default=None)
    service_area_identity: bytes | None = avp(SERVICE_AREA_IDENTITY, default=None)
    routing_area_identity: bytes | None = avp(ROUTING_AREA_IDENTITY, default=None)
    geographical_information: bytes | None = avp(GEOGRAPHICAL_INFORMATION, default=None)
    geodetic_information: bytes | None = avp(GEODETIC_INFORMATION, default=None)
    current_location_retrieved: CurrentLocationRetrieved | int | None = avp(CURRENT_LOCATION_RETRIEVED, default=None)
    age_of_location_information: int | None = avp(AGE_OF_LOCATION_INFORMATION, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACTIVE_APN)
class ActiveAPN:
    """Active-APN ::= < AVP Header: 1612, 10415 >
         { Context-Identifier }
         [ Service-Selection ]
         [ MIP6-Agent-Info ]
         [ Visited-Network-Identifier ]
       * [ Specific-APN-Info ]
       * [ AVP ]
    """

    context_identifier: int = avp(CONTEXT_IDENTIFIER)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    specific_apn_info: tuple[SpecificAPNInfo, ...] = repeated(SPECIFIC_APN_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MDT_CONFIGURATION)
class MDTConfiguration:
    """MDT-Configuration ::= < AVP Header: 1622, 10415 >
         { Job-Type }
         [ Area-Scope ]
         [ List-Of-Measurements ]
         [ Reporting-Trigger ]
         [ Report-Interval ]
         [ Report-Amount ]
         [ Event-Threshold-RSRP ]
         [ Event-Threshold-RSRQ ]
         [ Logging-Interval ]
         [ Logging-Duration ]
         [ Measurement-Period-LTE ]
         [ Measurement-Period-UMTS ]
         [ Collection-Period-RRM-LTE ]
         [ Collection-Period-RRM-UMTS ]
         [ Positioning-Method ]
         [ Measurement-Quantity ]
         [ Event-Threshold-Event-1F ]
         [ Event-Threshold-Event-1I ]
       * [ MDT-Allowed-PLMN-Id ]
       * [ MBSFN-Area ]
       * [ AVP ]
    """

    job_type: JobType | int = avp(JOB_TYPE)
    area_scope: AreaScope | None = avp(AREA_SCOPE, default=None)
    list_of_measurements: int | None = avp(LIST_OF_MEASUREMENTS, default=None)
    reporting_trigger: int | None = avp(REPORTING_TRIGGER, default=None)
    report_interval: ReportInterval | int | None = avp(REPORT_INTERVAL, default=None)
    report_amount: ReportAmount | int | None = avp(REPORT_AMOUNT, default=None)
    event_threshold_rsrp: int | None = avp(EVENT_THRESHOLD_RSRP, default=None)
    event_threshold_rsrq: int | None = avp(EVENT_THRESHOLD_RSRQ, default=None)
    logging_interval: LoggingInterval | int | None = avp(LOGGING_INTERVAL, default=None)
    logging_duration: LoggingDuration | int | None = avp(LOGGING_DURATION, default=None)
    measurement_period_lte: MeasurementPeriodLTE | int | None = avp(MEASUREMENT_PERIOD_LTE, default=None)
    measurement_period_umts: MeasurementPeriodUMTS | int | None = avp(MEASUREMENT_PERIOD_UMTS, default=None)
    collection_period_rrm_lte: CollectionPeriodRRMLTE | int | None = avp(COLLECTION_PERIOD_RRM_LTE, default=None)
    collection_period_rrm_umts: CollectionPeriodRRMUMTS | int | None = avp(COLLECTION_PERIOD_RRM_UMTS, default=None)
    positioning_method: bytes | None = avp(POSITIONING_METHOD, default=None)
    measurement_quantity: bytes | None = avp(MEASUREMENT_QUANTITY, default=None)
    event_threshold_event_1f: int | None = avp(EVENT_THRESHOLD_EVENT_1F, default=None)
    event_threshold_event_1i: int | None = avp(EVENT_THRESHOLD_EVENT_1I, default=None)
    mdt_allowed_plmn_id: tuple[bytes, ...] = repeated(MDT_ALLOWED_PLMN_ID, default=())
    mbsfn_area: tuple[MBSFNArea, ...] = repeated(MBSFN_AREA, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AREA_SCOPE)
class AreaScope:
    """Area-Scope ::= < AVP Header: 1624, 10415 >
       * [ Cell-Global-Identity ]
       * [ E-UTRAN-Cell-Global-Identity ]
       * [ Routing-Area-Identity ]
       * [ Location-Area-Identity ]
       * [ Tracking-Area-Identity ]
       * [ NR-Cell-Global-Identity ]
       * [ AVP ]
    """

    cell_global_identity: tuple[bytes, ...] = repeated(CELL_GLOBAL_IDENTITY, default=())
    e_utran_cell_global_identity: tuple[bytes, ...] = repeated(E_UTRAN_CELL_GLOBAL_IDENTITY, default=())
    routing_area_identity: tuple[bytes, ...] = repeated(ROUTING_AREA_IDENTITY, default=())
    location_area_identity: tuple[bytes, ...] = repeated(LOCATION_AREA_IDENTITY, default=())
    tracking_area_identity: tuple[bytes, ...] = repeated(TRACKING_AREA_IDENTITY, default=())
    nr_cell_global_identity: tuple[bytes, ...] = repeated(NR_CELL_GLOBAL_IDENTITY, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EQUIVALENT_PLMN_LIST)
class EquivalentPLMNList:
    """Equivalent-PLMN-List ::= < AVP Header: 1637, 10415 >
      1* { Visited-PLMN-Id }
       * [ AVP ]
    """

    visited_plmn_id: tuple[bytes, ...] = repeated(VISITED_PLMN_ID, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(VPLMN_CSG_SUBSCRIPTION_DATA)
class VPLMNCSGSubscriptionData:
    """VPLMN-CSG-Subscription-Data ::= < AVP Header: 1641, 10415 >
         { CSG-Id }
         [ Expiration-Date ]
       * [ AVP ]
    """

    csg_id: int = avp(CSG_ID)
    expiration_date: datetime | None = avp(EXPIRATION_DATE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LOCAL_TIME_ZONE)
class LocalTimeZone:
    """Local-Time-Zone ::= < AVP Header: 1649, 10415 >
         { Time-Zone }
         { Daylight-Saving-Time }
       * [ AVP ]
    """

    time_zone: str = avp(TIME_ZONE)
    daylight_saving_time: DaylightSavingTime | int = avp(DAYLIGHT_SAVING_TIME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_OFFLOADABILITY)
class WLANOffloadability:
    """WLAN-offloadability ::= < AVP Header: 1667, 10415 >
         [ WLAN-offloadability-EUTRAN ]
         [ WLAN-offloadability-UTRAN ]
       * [ AVP ]
    """

    wlan_offloadability_eutran: int | None = avp(WLAN_OFFLOADABILITY_EUTRAN, default=None)
    wlan_offloadability_utran: int | None = avp(WLAN_OFFLOADABILITY_UTRAN, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADJACENT_PLMNS)
class AdjacentPLMNs:
    """Adjacent-PLMNs ::= < AVP Header: 1672, 10415 >
      1* { Visited-PLMN-Id }
       * [ AVP ]
    """

    visited_plmn_id: tuple[bytes, ...] = repeated(VISITED_PLMN_ID, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADJACENT_ACCESS_RESTRICTION_DATA)
class AdjacentAccessRestrictionData:
    """Adjacent-Access-Restriction-Data ::= < AVP Header: 1673, 10415 >
         { Visited-PLMN-Id }
         { Access-Restriction-Data }
       * [ AVP ]
    """

    visited_plmn_id: bytes = avp(VISITED_PLMN_ID)
    access_restriction_data: AccessRestrictionData | int = avp(ACCESS_RESTRICTION_DATA)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(IMSI_GROUP_ID)
class IMSIGroupId:
    """IMSI-Group-Id ::= < AVP Header: 1675, 10415 >
         { Group-Service-Id }
         { Group-PLMN-Id }
         { Local-Group-Id }
       * [ AVP ]
    """

    group_service_id: int = avp(GROUP_SERVICE_ID)
    group_plmn_id: bytes = avp(GROUP_PLMN_ID)
    local_group_id: bytes = avp(LOCAL_GROUP_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUBSCRIPTION_DATA_DELETION)
class SubscriptionDataDeletion:
    """Subscription-Data-Deletion ::= < AVP Header: 1685, 10415 >
         { DSR-Flags }
         [ SCEF-ID ]
       * [ Context-Identifier ]
         [ Trace-Reference ]
       * [ TS-Code ]
       * [ SS-Code ]
       * [ AVP ]
    """

    dsr_flags: DSRFlags | int = avp(DSR_FLAGS)
    scef_id: str | None = avp(SCEF_ID, default=None)
    context_identifier: tuple[int, ...] = repeated(CONTEXT_IDENTIFIER, default=())
    trace_reference: bytes | None = avp(TRACE_REFERENCE, default=None)
    ts_code: tuple[bytes, ...] = repeated(TS_CODE, default=())
    ss_code: tuple[bytes, ...] = repeated(SS_CODE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EMERGENCY_INFO)
class EmergencyInfo:
    """Emergency-Info ::= < AVP Header: 1687, 10415 >
         [ MIP6-Agent-Info ]
       * [ AVP ]
    """

    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(V2X_SUBSCRIPTION_DATA)
class V2XSubscriptionData:
    """V2X-Subscription-Data ::= < AVP Header: 1688, 10415 >
         [ V2X-Permission ]
         [ UE-PC5-AMBR ]
       * [ AVP ]
    """

    v2x_permission: V2XPermission | int | None = avp(V2X_PERMISSION, default=None)
    ue_pc5_ambr: int | None = avp(UE_PC5_AMBR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EDRX_CYCLE_LENGTH)
class EDRXCycleLength:
    """eDRX-Cycle-Length ::= < AVP Header: 1691, 10415 >
         { RAT-Type }
         { eDRX-Cycle-Length-Value }
       * [ AVP ]
    """

    rat_type: RATType | int = avp(RAT_TYPE)
    edrx_cycle_length_value: bytes = avp(EDRX_CYCLE_LENGTH_VALUE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MBSFN_AREA)
class MBSFNArea:
    """MBSFN-Area ::= < AVP Header: 1694, 10415 >
         [ MBSFN-Area-ID ]
         [ Carrier-Frequency ]
       * [ AVP ]
    """

    mbsfn_area_id: int | None = avp(MBSFN_AREA_ID, default=None)
    carrier_frequency: int | None = avp(CARRIER_FREQUENCY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PAGING_TIME_WINDOW)
class PagingTimeWindow:
    """Paging-Time-Window ::= < AVP Header: 1701, 10415 >
         { Operation-Mode }
         { Paging-Time-Window-Length }
       * [ AVP ]
    """

    operation_mode: OperationMode | int = avp(OPERATION_MODE)
    paging_time_window_length: bytes = avp(PAGING_TIME_WINDOW_LENGTH)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EDRX_RELATED_RAT)
class EDRXRelatedRAT:
    """eDRX-Related-RAT ::= < AVP Header: 1705, 10415 >
      1* { RAT-Type }
       * [ AVP ]
    """

    rat_type: tuple[RATType | int, ...] = repeated(RAT_TYPE, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(V2X_SUBSCRIPTION_DATA_NR)
class V2XSubscriptionDataNr:
    """V2X-Subscription-Data-Nr ::= < AVP Header: 1710, 10415 >
         [ V2X-Permission ]
         [ UE-PC5-AMBR ]
         [ UE-PC5-QoS ]
       * [ AVP ]
    """

    v2x_permission: V2XPermission | int | None = avp(V2X_PERMISSION, default=None)
    ue_pc5_ambr: int | None = avp(UE_PC5_AMBR, default=None)
    ue_pc5_qos: UEPC5QoS | None = avp(UE_PC5_QOS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(UE_PC5_QOS)
class UEPC5QoS:
    """UE-PC5-QoS ::= < AVP Header: 1711, 10415 >
      1* { PC5-QoS-Flow }
         [ PC5-Link-AMBR ]
       * [ AVP ]
    """

    pc5_qos_flow: tuple[PC5QoSFlow, ...] = repeated(PC5_QOS_FLOW, min=1)
    pc5_link_ambr: int | None = avp(PC5_LINK_AMBR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PC5_QOS_FLOW)
class PC5QoSFlow:
    """PC5-QoS-Flow ::= < AVP Header: 1712, 10415 >
         { 5QI }
         [ PC5-Flow-Bitrates ]
         [ PC5-Range ]
       * [ AVP ]
    """

    n5qi: int = avp(N5QI)
    pc5_flow_bitrates: PC5FlowBitrates | None = avp(PC5_FLOW_BITRATES, default=None)
    pc5_range: int | None = avp(PC5_RANGE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PC5_FLOW_BITRATES)
class PC5FlowBitrates:
    """PC5-Flow-Bitrates ::= < AVP Header: 1714, 10415 >
         [ Guaranteed-Flow-Bitrates ]
         [ Maximum-Flow-Bitrates ]
    """

    guaranteed_flow_bitrates: int | None = avp(GUARANTEED_FLOW_BITRATES, default=None)
    maximum_flow_bitrates: int | None = avp(MAXIMUM_FLOW_BITRATES, default=None)


@grouped(MDT_CONFIGURATION_NR)
class MDTConfigurationNR:
    """MDT-Configuration-NR ::= < AVP Header: 1720, 10415 >
         { Job-Type }
         [ Area-Scope ]
         [ List-Of-Measurements ]
         [ Reporting-Trigger ]
         [ Report-Interval ]
         [ Report-Amount ]
         [ Event-Threshold-RSRP ]
         [ Event-Threshold-RSRQ ]
         [ Event-Threshold-SINR ]
         [ Collection-Period-RRM-NR ]
         [ Collection-Period-M6-NR ]
         [ Collection-Period-M7-NR ]
         [ Positioning-Method ]
       * [ Sensor-Measurement ]
       * [ MDT-Allowed-PLMN-Id ]
       * [ AVP ]
    """

    job_type: JobType | int = avp(JOB_TYPE)
    area_scope: AreaScope | None = avp(AREA_SCOPE, default=None)
    list_of_measurements: int | None = avp(LIST_OF_MEASUREMENTS, default=None)
    reporting_trigger: int | None = avp(REPORTING_TRIGGER, default=None)
    report_interval: ReportInterval | int | None = avp(REPORT_INTERVAL, default=None)
    report_amount: ReportAmount | int | None = avp(REPORT_AMOUNT, default=None)
    event_threshold_rsrp: int | None = avp(EVENT_THRESHOLD_RSRP, default=None)
    event_threshold_rsrq: int | None = avp(EVENT_THRESHOLD_RSRQ, default=None)
    event_threshold_sinr: int | None = avp(EVENT_THRESHOLD_SINR, default=None)
    collection_period_rrm_nr: CollectionPeriodRRMNR | int | None = avp(COLLECTION_PERIOD_RRM_NR, default=None)
    collection_period_m6_nr: CollectionPeriodM6NR | int | None = avp(COLLECTION_PERIOD_M6_NR, default=None)
    collection_period_m7_nr: int | None = avp(COLLECTION_PERIOD_M7_NR, default=None)
    positioning_method: bytes | None = avp(POSITIONING_METHOD, default=None)
    sensor_measurement: tuple[SensorMeasurement | int, ...] = repeated(SENSOR_MEASUREMENT, default=())
    mdt_allowed_plmn_id: tuple[bytes, ...] = repeated(MDT_ALLOWED_PLMN_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_IDENTIFIER)
class WLANIdentifier:
    """WLAN-Identifier ::= < AVP Header: 1509, 10415 >
         [ SSID ]
         [ HESSID ]
       * [ AVP ]
    """

    ssid: str | None = avp(SSID, default=None)
    hessid: str | None = avp(HESSID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ACCESS_NETWORK_INFO)
class AccessNetworkInfo:
    """Access-Network-Info ::= < AVP Header: 1526, 10415 >
         [ SSID ]
         [ BSSID ]
         [ Location-Information ]
         [ Location-Data ]
         [ Operator-Name ]
         [ Logical-Access-ID ]
       * [ AVP ]
    """

    ssid: str | None = avp(SSID, default=None)
    bssid: str | None = avp(BSSID, default=None)
    location_information: bytes | None = avp(LOCATION_INFORMATION, default=None)
    location_data: bytes | None = avp(LOCATION_DATA, default=None)
    operator_name: bytes | None = avp(OPERATOR_NAME, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TWAN_CONNECTIVITY_PARAMETERS)
class TWANConnectivityParameters:
    """TWAN-Connectivity-Parameters ::= < AVP Header: 1528, 10415 >
         [ Connectivity-Flags ]
         [ Service-Selection ]
         [ PDN-Type ]
     0*2 [ Served-Party-IP-Address ]
         [ TWAN-PCO ]
         [ TWAG-UP-Address ]
         [ TWAN-S2a-Failure-Cause ]
         [ SM-Back-Off-Timer ]
       * [ AVP ]
    """

    connectivity_flags: ConnectivityFlags | int | None = avp(CONNECTIVITY_FLAGS, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    pdn_type: PDNType | int | None = avp(PDN_TYPE, default=None)
    served_party_ip_address: tuple[AddressValue, ...] = repeated(SERVED_PARTY_IP_ADDRESS, max=2, default=())
    twan_pco: bytes | None = avp(TWAN_PCO, default=None)
    twag_up_address: AddressValue | None = avp(TWAG_UP_ADDRESS, default=None)
    twan_s2a_failure_cause: TWANS2aFailureCause | int | None = avp(TWAN_S2A_FAILURE_CAUSE, default=None)
    sm_back_off_timer: int | None = avp(SM_BACK_OFF_TIMER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NON_3GPP_USER_DATA)
class Non3GPPUserData:
    """Non-3GPP-User-Data ::= < AVP Header: 1500, 10415 >
         [ Subscription-Id ]
         [ Non-3GPP-IP-Access ]
         [ Non-3GPP-IP-Access-APN ]
       * [ RAT-Type ]
         [ Session-Timeout ]
         [ MIP6-Feature-Vector ]
         [ AMBR ]
         [ 3GPP-Charging-Characteristics ]
         [ Context-Identifier ]
         [ APN-OI-Replacement ]
       * [ APN-Configuration ]
         [ Trace-Info ]
         [ TWAN-Default-APN-Context-Id ]
       * [ TWAN-Access-Info ]
         [ UE-Usage-Type ]
         [ Emergency-Info ]
         [ ERP-Authorization ]
         [ Core-Network-Restrictions ]
       * [ AVP ]
    """

    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    non_3gpp_ip_access: Non3GPPIPAccess | int | None = avp(NON_3GPP_IP_ACCESS, default=None)
    non_3gpp_ip_access_apn: Non3GPPIPAccessAPN | int | None = avp(NON_3GPP_IP_ACCESS_APN, default=None)
    rat_type: tuple[RATType | int, ...] = repeated(RAT_TYPE, default=())
    session_timeout: int | None = avp(SESSION_TIMEOUT, default=None)
    mip6_feature_vector: MIP6FeatureVector | int | None = avp(MIP6_FEATURE_VECTOR, default=None)
    ambr: Ambr | None = avp(AMBR, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    context_identifier: int | None = avp(CONTEXT_IDENTIFIER, default=None)
    apn_oi_replacement: str | None = avp(APN_OI_REPLACEMENT, default=None)
    apn_configuration: tuple[APNConfiguration, ...] = repeated(APN_CONFIGURATION, default=())
    trace_info: TraceInfo | None = avp(TRACE_INFO, default=None)
    twan_default_apn_context_id: int | None = avp(TWAN_DEFAULT_APN_CONTEXT_ID, default=None)
    twan_access_info: tuple[TWANAccessInfo, ...] = repeated(TWAN_ACCESS_INFO, default=())
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    emergency_info: EmergencyInfo | None = avp(EMERGENCY_INFO, default=None)
    erp_authorization: ERPAuthorization | int | None = avp(ERP_AUTHORIZATION, default=None)
    core_network_restrictions: CoreNetworkRestrictions | int | None = avp(CORE_NETWORK_RESTRICTIONS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRACE_INFO)
class TraceInfo:
    """Trace-Info ::= < AVP Header: 1505, 10415 >
         [ Trace-Data ]
         [ Trace-Reference ]
       * [ AVP ]
    """

    trace_data: TraceData | None = avp(TRACE_DATA, default=None)
    trace_reference: bytes | None = avp(TRACE_REFERENCE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TWAN_ACCESS_INFO)
class TWANAccessInfo:
    """TWAN-Access-Info ::= < AVP Header: 1510, 10415 >
         [ Access-Authorization-Flags ]
         [ WLAN-Identifier ]
       * [ AVP ]
    """

    access_authorization_flags: AccessAuthorizationFlags | int | None = avp(ACCESS_AUTHORIZATION_FLAGS, default=None)
    wlan_identifier: WLANIdentifier | None = avp(WLAN_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DATA_IDENTIFICATION)
class DataIdentification:
    """Data-Identification ::= < AVP Header: 4501, 10415 >
         [ Data-Identification-Prefix ]
         [ Data-Identification-Flags ]
       * [ AVP ]
    """

    data_identification_prefix: int | None = avp(DATA_IDENTIFICATION_PREFIX, default=None)
    data_identification_flags: int | None = avp(DATA_IDENTIFICATION_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MC_SERVICE_USER_PROFILE_DATA)
class MCServiceUserProfileData:
    """MC-Service-User-Profile-Data ::= < AVP Header: 4511, 10415 >
         [ Sequence-Number-29.283 ]
         [ User-Data-Id ]
       * [ AVP ]
    """

    sequence_number_29_283: int | None = avp(SEQUENCE_NUMBER_29_283, default=None)
    user_data_id: int | None = avp(USER_DATA_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DATA)
class Data:
    """Data ::= < AVP Header: 4513, 10415 >
         [ Data-Identification-Prefix ]
       * [ MC-Service-User-Profile-Data ]
       * [ AVP ]
    """

    data_identification_prefix: int | None = avp(DATA_IDENTIFICATION_PREFIX, default=None)
    mc_service_user_profile_data: tuple[MCServiceUserProfileData, ...] = repeated(MC_SERVICE_USER_PROFILE_DATA, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USER_IDENTITY)
class UserIdentity:
    """User-Identity ::= < AVP Header: 700, 10415 >
         [ Public-Identity ]
         [ MSISDN ]
         [ External-Identifier ]
       * [ AVP ]
    """

    public_identity: str | None = avp(PUBLIC_IDENTITY, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(REPOSITORY_DATA_ID)
class RepositoryDataID:
    """Repository-Data-ID ::= < AVP Header: 715, 10415 >
         { Service-Indication }
         { Sequence-Number }
       * [ AVP ]
    """

    service_indication: bytes = avp(SERVICE_INDICATION)
    sequence_number: int = avp(SEQUENCE_NUMBER)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CALL_REFERENCE_INFO)
class CallReferenceInfo:
    """Call-Reference-Info ::= < AVP Header: 720, 10415 >
         { Call-Reference-Number }
         { AS-Number }
       * [ AVP ]
    """

    call_reference_number: bytes = avp(CALL_REFERENCE_NUMBER)
    as_number: bytes = avp(AS_NUMBER)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USER_IDENTIFIER)
class UserIdentifier:
    """User-Identifier ::= < AVP Header: 3102, 10415 >
         [ User-Name ]
         [ MSISDN ]
         [ External-Identifier ]
         [ LMSI ]
         [ Type-Of-External-Identifier ]
       * [ AVP ]
    """

    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    lmsi: bytes | None = avp(LMSI, default=None)
    type_of_external_identifier: TypeOfExternalIdentifier | int | None = avp(TYPE_OF_EXTERNAL_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_PARAMETERS)
class ServiceParameters:
    """Service-Parameters ::= < AVP Header: 3105, 10415 >
         [ T4-Parameters ]
         [ Application-Port-Identifier ]
       * [ AVP ]
    """

    t4_parameters: T4Parameters | None = avp(T4_PARAMETERS, default=None)
    application_port_identifier: int | None = avp(APPLICATION_PORT_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(T4_PARAMETERS)
class T4Parameters:
    """T4-Parameters ::= < AVP Header: 3106, 10415 >
         [ Priority-Indication ]
         [ SM-RP-SMEA ]
       * [ AVP ]
    """

    priority_indication: PriorityIndication | int | None = avp(PRIORITY_INDICATION, default=None)
    sm_rp_smea: bytes | None = avp(SM_RP_SMEA, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_DATA)
class ServiceData:
    """Service-Data ::= < AVP Header: 3107, 10415 >
         [ T4-Data ]
       * [ AVP ]
    """

    t4_data: T4Data | None = avp(T4_DATA, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(T4_DATA)
class T4Data:
    """T4-Data ::= < AVP Header: 3108, 10415 >
         [ HSS-Cause ]
         [ Serving-Node ]
       * [ Additional-Serving-Node ]
       * [ AVP ]
    """

    hss_cause: HSSCause | int | None = avp(HSS_CAUSE, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    additional_serving_node: tuple[AdditionalServingNode, ...] = repeated(ADDITIONAL_SERVING_NODE, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MONITORING_EVENT_CONFIGURATION)
class MonitoringEventConfiguration:
    """Monitoring-Event-Configuration ::= < AVP Header: 3122, 10415 >
         [ SCEF-Reference-ID ]
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
         { Monitoring-Type }
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
         [ Maximum-Number-of-Reports ]
         [ Monitoring-Duration ]
         [ Charged-Party ]
         [ Maximum-Detection-Time ]
         [ UE-Reachability-Configuration ]
         [ Location-Information-Configuration ]
         [ Association-Type ]
         [ DL-Buffering-Suggested-Packet-Count ]
         [ PLMN-ID-Requested ]
         [ MTC-Provider-Info ]
         [ PDN-Connectivity-Status-Configuration ]
         [ Exclude-Identifiers ]
         [ Include-Identifiers ]
       * [ AVP ]
    """

    scef_reference_id: int | None = avp(SCEF_REFERENCE_ID, default=None)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str = avp(SCEF_ID)
    monitoring_type: MonitoringType | int = avp(MONITORING_TYPE)
    scef_reference_id_for_deletion: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION, default=())
    scef_reference_id_for_deletion_ext: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=())
    maximum_number_of_reports: int | None = avp(MAXIMUM_NUMBER_OF_REPORTS, default=None)
    monitoring_duration: datetime | None = avp(MONITORING_DURATION, default=None)
    charged_party: str | None = avp(CHARGED_PARTY, default=None)
    maximum_detection_time: int | None = avp(MAXIMUM_DETECTION_TIME, default=None)
    ue_reachability_configuration: UEReachabilityConfiguration | None = avp(UE_REACHABILITY_CONFIGURATION, default=None)
    location_information_configuration: LocationInformationConfiguration | None = avp(LOCATION_INFORMATION_CONFIGURATION, default=None)
    association_type: AssociationType | int | None = avp(ASSOCIATION_TYPE, default=None)
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    plmn_id_requested: PLMNIDRequested | int | None = avp(PLMN_ID_REQUESTED, default=None)
    mtc_provider_info: MTCProviderInfo | None = avp(MTC_PROVIDER_INFO, default=None)
    pdn_connectivity_status_configuration: PDNConnectivityStatusConfiguration | None = avp(PDN_CONNECTIVITY_STATUS_CONFIGURATION, default=None)
    exclude_identifiers: ExcludeIdentifiers | None = avp(EXCLUDE_IDENTIFIERS, default=None)
    include_identifiers: IncludeIdentifiers | None = avp(INCLUDE_IDENTIFIERS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MONITORING_EVENT_REPORT)
class MonitoringEventReport:
    """Monitoring-Event-Report ::= < AVP Header: 3123, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
         [ SCEF-Reference-ID-for-Deletion ]
         [ SCEF-Reference-ID-for-Deletion-Ext ]
         [ Visited-PLMN-Id ]
         [ Roaming-Information ]
         [ IMEI-Change ]
         [ Terminal-Information ]
         [ Reachability-Information ]
         [ Reachability-Cause ]
         [ Maximum-UE-Availability-Time ]
         [ EPS-Location-Information ]
         [ Monitoring-Type ]
         [ Event-Handling ]
       * [ Service-Report ]
         [ Loss-Of-Connectivity-Reason ]
         [ Idle-Status-Indication ]
       * [ PDN-Connectivity-Status-Report ]
       * [ AVP ]
    """

    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    scef_reference_id_for_deletion: int | None = avp(SCEF_REFERENCE_ID_FOR_DELETION, default=None)
    scef_reference_id_for_deletion_ext: int | None = avp(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=None)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    roaming_information: RoamingInformation | int | None = avp(ROAMING_INFORMATION, default=None)
    imei_change: IMEIChange | int | None = avp(IMEI_CHANGE, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    reachability_information: ReachabilityInformation | int | None = avp(REACHABILITY_INFORMATION, default=None)
    reachability_cause: ReachabilityCause | int | None = avp(REACHABILITY_CAUSE, default=None)
    maximum_ue_availability_time: datetime | None = avp(MAXIMUM_UE_AVAILABILITY_TIME, default=None)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    monitoring_type: MonitoringType | int | None = avp(MONITORING_TYPE, default=None)
    event_handling: EventHandling | int | None = avp(EVENT_HANDLING, default=None)
    service_report: tuple[ServiceReport, ...] = repeated(SERVICE_REPORT, default=())
    loss_of_connectivity_reason: LossOfConnectivityReason | int | None = avp(LOSS_OF_CONNECTIVITY_REASON, default=None)
    idle_status_indication: IdleStatusIndication | None = avp(IDLE_STATUS_INDICATION, default=None)
    pdn_connectivity_status_report: tuple[PDNConnectivityStatusReport, ...] = repeated(PDN_CONNECTIVITY_STATUS_REPORT, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(UE_REACHABILITY_CONFIGURATION)
class UEReachabilityConfiguration:
    """UE-Reachability-Configuration ::= < AVP Header: 3129, 10415 >
         [ Reachability-Type ]
         [ Maximum-Latency ]
         [ Maximum-Response-Time ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """

    reachability_type: ReachabilityType | int | None = avp(REACHABILITY_TYPE, default=None)
    maximum_latency: int | None = avp(MAXIMUM_LATENCY, default=None)
    maximum_response_time: int | None = avp(MAXIMUM_RESPONSE_TIME, default=None)
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LOCATION_INFORMATION_CONFIGURATION)
class LocationInformationConfiguration:
    """Location-Information-Configuration ::= < AVP Header: 3135, 10415 >
         [ MONTE-Location-Type ]
         [ Accuracy ]
         [ Periodic-Time ]
       * [ AVP ]
    """

    monte_location_type: MONTELocationType | int | None = avp(MONTE_LOCATION_TYPE, default=None)
    accuracy: Accuracy | int | None = avp(ACCURACY, default=None)
    periodic_time: int | None = avp(PERIODIC_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MONITORING_EVENT_CONFIG_STATUS)
class MonitoringEventConfigStatus:
    """Monitoring-Event-Config-Status ::= < AVP Header: 3142, 10415 >
       * [ Service-Report ]
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
       * [ AVP ]
    """

    service_report: tuple[ServiceReport, ...] = repeated(SERVICE_REPORT, default=())
    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AESE_COMMUNICATION_PATTERN)
class AESECommunicationPattern:
    """AESE-Communication-Pattern ::= < AVP Header: 3113, 10415 >
         [ SCEF-Reference-ID ]
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
       * [ Communication-Pattern-Set ]
         [ MTC-Provider-Info ]
       * [ AVP ]
    """

    scef_reference_id: int | None = avp(SCEF_REFERENCE_ID, default=None)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str = avp(SCEF_ID)
    scef_reference_id_for_deletion: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION, default=())
    scef_reference_id_for_deletion_ext: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=())
    communication_pattern_set: tuple[CommunicationPatternSet, ...] = repeated(COMMUNICATION_PATTERN_SET, default=())
    mtc_provider_info: MTCProviderInfo | None = avp(MTC_PROVIDER_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(COMMUNICATION_PATTERN_SET)
class CommunicationPatternSet:
    """Communication-Pattern-Set ::= < AVP Header: 3114, 10415 >
         [ Periodic-Communication-Indicator ]
         [ Communication-Duration-Time ]
         [ Periodic-Time ]
       * [ Scheduled-Communication-Time ]
         [ Stationary-Indication ]
         [ Reference-ID-Validity-Time ]
         [ Traffic-Profile ]
         [ Battery-Indicator ]
       * [ AVP ]
    """

    periodic_communication_indicator: PeriodicCommunicationIndicator | int | None = avp(PERIODIC_COMMUNICATION_INDICATOR, default=None)
    communication_duration_time: int | None = avp(COMMUNICATION_DURATION_TIME, default=None)
    periodic_time: int | None = avp(PERIODIC_TIME, default=None)
    scheduled_communication_time: tuple[ScheduledCommunicationTime, ...] = repeated(SCHEDULED_COMMUNICATION_TIME, default=())
    stationary_indication: StationaryIndication | int | None = avp(STATIONARY_INDICATION, default=None)
    reference_id_validity_time: datetime | None = avp(REFERENCE_ID_VALIDITY_TIME, default=None)
    traffic_profile: TrafficProfile | int | None = avp(TRAFFIC_PROFILE, default=None)
    battery_indicator: BatteryIndicator | int | None = avp(BATTERY_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SCHEDULED_COMMUNICATION_TIME)
class ScheduledCommunicationTime:
    """Scheduled-Communication-Time ::= < AVP Header: 3118, 10415 >
         [ Day-Of-Week-Mask ]
         [ Time-Of-Day-Start ]
         [ Time-Of-Day-End ]
       * [ AVP ]
    """

    day_of_week_mask: DayOfWeekMask | int | None = avp(DAY_OF_WEEK_MASK, default=None)
    time_of_day_start: int | None = avp(TIME_OF_DAY_START, default=None)
    time_of_day_end: int | None = avp(TIME_OF_DAY_END, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AESE_COMMUNICATION_PATTERN_CONFIG_STATUS)
class AESECommunicationPatternConfigStatus:
    """AESE-Communication-Pattern-Config-Status ::= < AVP Header: 3120, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
         [ AESE-Error-Report ]
       * [ AVP ]
    """

    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    aese_error_report: AESEErrorReport | None = avp(AESE_ERROR_REPORT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(AESE_ERROR_REPORT)
class AESEErrorReport:
    """AESE-Error-Report ::= < AVP Header: 3121, 10415 >
         [ Service-Result ]
       * [ AVP ]
    """

    service_result: ServiceResult | None = avp(SERVICE_RESULT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_RESULT)
class ServiceResult:
    """Service-Result ::= < AVP Header: 3146, 10415 >
         [ Vendor-Id ]
         [ Service-Result-Code ]
       * [ AVP ]
    """

    vendor_id: int | None = avp(VENDOR_ID, default=None)
    service_result_code: int | None = avp(SERVICE_RESULT_CODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUPPORTED_SERVICES)
class SupportedServices:
    """Supported-Services ::= < AVP Header: 3143, 10415 >
         [ Supported-Monitoring-Events ]
         [ Node-Type ]
       * [ AVP ]
    """

    supported_monitoring_events: SupportedMonitoringEvents | int | None = avp(SUPPORTED_MONITORING_EVENTS, default=None)
    node_type: NodeType | int | None = avp(NODE_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NIDD_AUTHORIZATION_REQUEST)
class NIDDAuthorizationRequest:
    """NIDD-Authorization-Request ::= < AVP Header: 3150, 10415 >
         [ Service-Selection ]
         [ Requested-Validity-Time ]
       * [ AVP ]
    """

    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    requested_validity_time: datetime | None = avp(REQUESTED_VALIDITY_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NIDD_AUTHORIZATION_RESPONSE)
class NIDDAuthorizationResponse:
    """NIDD-Authorization-Response ::= < AVP Header: 3151, 10415 >
         [ MSISDN ]
         [ User-Name ]
         [ External-Identifier ]
         [ Granted-Validity-Time ]
       * [ AVP ]
    """

    msisdn: bytes | None = avp(MSISDN, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    granted_validity_time: datetime | None = avp(GRANTED_VALIDITY_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_REPORT)
class ServiceReport:
    """Service-Report ::= < AVP Header: 3152, 10415 >
         [ Service-Result ]
         [ Node-Type ]
       * [ AVP ]
    """

    service_result: ServiceResult | None = avp(SERVICE_RESULT, default=None)
    node_type: NodeType | int | None = avp(NODE_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ENHANCED_COVERAGE_RESTRICTION)
class EnhancedCoverageRestriction:
    """Enhanced-Coverage-Restriction ::= < AVP Header: 3155, 10415 >
         [ Restricted-PLMN-List ]
         [ Allowed-PLMN-List ]
       * [ AVP ]
    """

    restricted_plmn_list: RestrictedPLMNList | None = avp(RESTRICTED_PLMN_LIST, default=None)
    allowed_plmn_list: AllowedPLMNList | None = avp(ALLOWED_PLMN_LIST, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ENHANCED_COVERAGE_RESTRICTION_DATA)
class EnhancedCoverageRestrictionData:
    """Enhanced-Coverage-Restriction-Data ::= < AVP Header: 3156, 10415 >
         { Enhanced-Coverage-Restriction }
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """

    enhanced_coverage_restriction: EnhancedCoverageRestriction = avp(ENHANCED_COVERAGE_RESTRICTION)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(RESTRICTED_PLMN_LIST)
class RestrictedPLMNList:
    """Restricted-PLMN-List ::= < AVP Header: 3157, 10415 >
       * [ Visited-PLMN-Id ]
       * [ AVP ]
    """

    visited_plmn_id: tuple[bytes, ...] = repeated(VISITED_PLMN_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ALLOWED_PLMN_LIST)
class AllowedPLMNList:
    """Allowed-PLMN-List ::= < AVP Header: 3158, 10415 >
       * [ Visited-PLMN-Id ]
       * [ AVP ]
    """

    visited_plmn_id: tuple[bytes, ...] = repeated(VISITED_PLMN_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(NIDD_AUTHORIZATION_UPDATE)
class NIDDAuthorizationUpdate:
    """NIDD-Authorization-Update ::= < AVP Header: 3161, 10415 >
       * [ APN-Validity-Time ]
       * [ AVP ]
    """

    apn_validity_time: tuple[APNValidityTime, ...] = repeated(APN_VALIDITY_TIME, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GROUP_REPORT)
class GroupReport:
    """Group-Report ::= < AVP Header: 3165, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
       * [ Group-Report-Item ]
       * [ AVP ]
    """

    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    group_report_item: tuple[GroupReportItem, ...] = repeated(GROUP_REPORT_ITEM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GROUP_REPORT_ITEM)
class GroupReportItem:
    """Group-Report-Item ::= < AVP Header: 3166, 10415 >
         { User-Identifier }
         [ Visited-PLMN-Id ]
         [ Roaming-Information ]
         [ IMEI-Change ]
         [ Reachability-Information ]
         [ Maximum-UE-Availability-Time ]
         [ EPS-Location-Information ]
         [ Monitoring-Type ]
       * [ Service-Report ]
         [ S6t-HSS-Cause ]
         [ Idle-Status-Indication ]
         [ Reporting-Time-Stamp ]
         [ Updated-Network-Configuration ]
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
         [ Event-Handling ]
         [ Loss-Of-Connectivity-Reason ]
       * [ PDN-Connectivity-Status-Report ]
       * [ AVP ]
    """

    user_identifier: UserIdentifier = avp(USER_IDENTIFIER)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    roaming_information: RoamingInformation | int | None = avp(ROAMING_INFORMATION, default=None)
    imei_change: IMEIChange | int | None = avp(IMEI_CHANGE, default=None)
    reachability_information: ReachabilityInformation | int | None = avp(REACHABILITY_INFORMATION, default=None)
    maximum_ue_availability_time: datetime | None = avp(MAXIMUM_UE_AVAILABILITY_TIME, default=None)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    monitoring_type: MonitoringType | int | None = avp(MONITORING_TYPE, default=None)
    service_report: tuple[ServiceReport, ...] = repeated(SERVICE_REPORT, default=())
    s6t_hss_cause: S6tHSSCause | int | None = avp(S6T_HSS_CAUSE, default=None)
    idle_status_indication: IdleStatusIndication | None = avp(IDLE_STATUS_INDICATION, default=None)
    reporting_time_stamp: datetime | None = avp(REPORTING_TIME_STAMP, default=None)
    updated_network_configuration: UpdatedNetworkConfiguration | None = avp(UPDATED_NETWORK_CONFIGURATION, default=None)
    scef_reference_id_for_deletion: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION, default=())
    scef_reference_id_for_deletion_ext: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=())
    event_handling: EventHandling | int | None = avp(EVENT_HANDLING, default=None)
    loss_of_connectivity_reason: LossOfConnectivityReason | int | None = avp(LOSS_OF_CONNECTIVITY_REASON, default=None)
    pdn_connectivity_status_report: tuple[PDNConnectivityStatusReport, ...] = repeated(PDN_CONNECTIVITY_STATUS_REPORT, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APN_VALIDITY_TIME)
class APNValidityTime:
    """APN-Validity-Time ::= < AVP Header: 3169, 10415 >
         { Granted-Validity-Time }
         [ Service-Selection ]
       * [ AVP ]
    """

    granted_validity_time: datetime = avp(GRANTED_VALIDITY_TIME)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SUGGESTED_NETWORK_CONFIGURATION)
class SuggestedNetworkConfiguration:
    """Suggested-Network-Configuration ::= < AVP Header: 3170, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ Active-Time ]
         [ DL-Buffering-Suggested-Packet-Count ]
         [ MTC-Provider-Info ]
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
       * [ AVP ]
    """

    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str = avp(SCEF_ID)
    subscribed_periodic_rau_tau_timer: int | None = avp(SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, default=None)
    active_time: int | None = avp(ACTIVE_TIME, default=None)
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    mtc_provider_info: MTCProviderInfo | None = avp(MTC_PROVIDER_INFO, default=None)
    scef_reference_id_for_deletion: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION, default=())
    scef_reference_id_for_deletion_ext: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MONITORING_EVENT_REPORT_STATUS)
class MonitoringEventReportStatus:
    """Monitoring-Event-Report-Status ::= < AVP Header: 3171, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
         [ Result-Code ]
         [ Experimental-Result-Code ]
       * [ AVP ]
    """

    scef_reference_id: int = avp(SCEF_REFERENCE_ID)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_id: str = avp(SCEF_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result_code: int | None = avp(EXPERIMENTAL_RESULT_CODE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ADDITIONAL_IDENTIFIERS)
class AdditionalIdentifiers:
    """Additional-Identifiers ::= < AVP Header: 3173, 10415 >
       * [ External-Identifier ]
       * [ AVP ]
    """

    external_identifier: tuple[str, ...] = repeated(EXTERNAL_IDENTIFIER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(GROUP_USER_IDENTIFIER)
class GroupUserIdentifier:
    """Group-User-Identifier ::= < AVP Header: 3177, 10415 >
         [ User-Name ]
         [ MSISDN ]
         [ External-Identifier ]
       * [ AVP ]
    """

    user_name: str | None = avp(USER_NAME, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MTC_PROVIDER_INFO)
class MTCProviderInfo:
    """MTC-Provider-Info ::= < AVP Header: 3178, 10415 >
         [ MTC-Provider-ID ]
       * [ AVP ]
    """

    mtc_provider_id: str | None = avp(MTC_PROVIDER_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PDN_CONNECTIVITY_STATUS_CONFIGURATION)
class PDNConnectivityStatusConfiguration:
    """PDN-Connectivity-Status-Configuration ::= < AVP Header: 3180, 10415 >
         [ Service-Selection ]
       * [ AVP ]
    """

    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PDN_CONNECTIVITY_STATUS_REPORT)
class PDNConnectivityStatusReport:
    """PDN-Connectivity-Status-Report ::= < AVP Header: 3181, 10415 >
         { Service-Selection }
         { PDN-Connectivity-Status-Type }
         [ PDN-Type ]
         [ Non-IP-PDN-Type-Indicator ]
         [ Non-IP-Data-Delivery-Mechanism ]
     0*2 [ Served-Party-IP-Address ]
       * [ AVP ]
    """

    service_selection: str = avp(SERVICE_SELECTION)
    pdn_connectivity_status_type: PDNConnectivityStatusType | int = avp(PDN_CONNECTIVITY_STATUS_TYPE)
    pdn_type: PDNType | int | None = avp(PDN_TYPE, default=None)
    non_ip_pdn_type_indicator: NonIPPDNTypeIndicator | int | None = avp(NON_IP_PDN_TYPE_INDICATOR, default=None)
    non_ip_data_delivery_mechanism: NonIPDataDeliveryMechanism | int | None = avp(NON_IP_DATA_DELIVERY_MECHANISM, default=None)
    served_party_ip_address: tuple[AddressValue, ...] = repeated(SERVED_PARTY_IP_ADDRESS, max=2, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(UPDATED_NETWORK_CONFIGURATION)
class UpdatedNetworkConfiguration:
    """Updated-Network-Configuration ::= < AVP Header: 3184, 10415 >
         { SCEF-ID }
         [ SCEF-Reference-ID ]
         [ SCEF-Reference-ID-Ext ]
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ Active-Time ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """

    scef_id: str = avp(SCEF_ID)
    scef_reference_id: int | None = avp(SCEF_REFERENCE_ID, default=None)
    scef_reference_id_ext: int | None = avp(SCEF_REFERENCE_ID_EXT, default=None)
    scef_reference_id_for_deletion: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION, default=())
    scef_reference_id_for_deletion_ext: tuple[int, ...] = repeated(SCEF_REFERENCE_ID_FOR_DELETION_EXT, default=())
    subscribed_periodic_rau_tau_timer: int | None = avp(SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, default=None)
    active_time: int | None = avp(ACTIVE_TIME, default=None)
    dl_buffering_suggested_packet_count: int | None = avp(DL_BUFFERING_SUGGESTED_PACKET_COUNT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EXCLUDE_IDENTIFIERS)
class ExcludeIdentifiers:
    """Exclude-Identifiers ::= < AVP Header: 3188, 10415 >
       * [ External-Identifier ]
       * [ MSISDN ]
       * [ AVP ]
    """

    external_identifier: tuple[str, ...] = repeated(EXTERNAL_IDENTIFIER, default=())
    msisdn: tuple[bytes, ...] = repeated(MSISDN, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(INCLUDE_IDENTIFIERS)
class IncludeIdentifiers:
    """Include-Identifiers ::= < AVP Header: 3189, 10415 >
       * [ External-Identifier ]
       * [ MSISDN ]
       * [ AVP ]
    """

    external_identifier: tuple[str, ...] = repeated(EXTERNAL_IDENTIFIER, default=())
    msisdn: tuple[bytes, ...] = repeated(MSISDN, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SM_DELIVERY_OUTCOME)
class SMDeliveryOutcome:
    """SM-Delivery-Outcome ::= < AVP Header: 3316, 10415 >
         [ MME-SM-Delivery-Outcome ]
         [ MSC-SM-Delivery-Outcome ]
         [ SGSN-SM-Delivery-Outcome ]
         [ IP-SM-GW-SM-Delivery-Outcome ]
         [ SMSF-3GPP-SM-Delivery-Outcome ]
         [ SMSF-Non-3GPP-SM-Delivery-Outcome ]
       * [ AVP ]
    """

    mme_sm_delivery_outcome: MMESMDeliveryOutcome | None = avp(MME_SM_DELIVERY_OUTCOME, default=None)
    msc_sm_delivery_outcome: MSCSMDeliveryOutcome | None = avp(MSC_SM_DELIVERY_OUTCOME, default=None)
    sgsn_sm_delivery_outcome: SGSNSMDeliveryOutcome | None = avp(SGSN_SM_DELIVERY_OUTCOME, default=None)
    ip_sm_gw_sm_delivery_outcome: IPSMGWSMDeliveryOutcome | None = avp(IP_SM_GW_SM_DELIVERY_OUTCOME, default=None)
    smsf_3gpp_sm_delivery_outcome: SMSF3GPPSMDeliveryOutcome | None = avp(SMSF_3GPP_SM_DELIVERY_OUTCOME, default=None)
    smsf_non_3gpp_sm_delivery_outcome: SMSFNon3GPPSMDeliveryOutcome | None = avp(SMSF_NON_3GPP_SM_DELIVERY_OUTCOME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MME_SM_DELIVERY_OUTCOME)
class MMESMDeliveryOutcome:
    """MME-SM-Delivery-Outcome ::= < AVP Header: 3317, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(MSC_SM_DELIVERY_OUTCOME)
class MSCSMDeliveryOutcome:
    """MSC-SM-Delivery-Outcome ::= < AVP Header: 3318, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(SGSN_SM_DELIVERY_OUTCOME)
class SGSNSMDeliveryOutcome:
    """SGSN-SM-Delivery-Outcome ::= < AVP Header: 3319, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(IP_SM_GW_SM_DELIVERY_OUTCOME)
class IPSMGWSMDeliveryOutcome:
    """IP-SM-GW-SM-Delivery-Outcome ::= < AVP Header: 3320, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(SMSF_3GPP_SM_DELIVERY_OUTCOME)
class SMSF3GPPSMDeliveryOutcome:
    """SMSF-3GPP-SM-Delivery-Outcome ::= < AVP Header: 3336, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(SMSF_NON_3GPP_SM_DELIVERY_OUTCOME)
class SMSFNon3GPPSMDeliveryOutcome:
    """SMSF-Non-3GPP-SM-Delivery-Outcome ::= < AVP Header: 3337, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """

    sm_delivery_cause: SMDeliveryCause | int | None = avp(SM_DELIVERY_CAUSE, default=None)
    absent_user_diagnostic_sm: int | None = avp(ABSENT_USER_DIAGNOSTIC_SM, default=None)


@grouped(SMSF_3GPP_ADDRESS)
class SMSF3GPPAddress:
    """SMSF-3GPP-Address ::= < AVP Header: 3344, 10415 >
         [ SMSF-3GPP-Number ]
         [ SMSF-3GPP-Name ]
         [ SMSF-3GPP-Realm ]
         [ SMSF-3GPP-SBI-Support-Indicator ]
       * [ AVP ]
    """

    smsf_3gpp_number: bytes | None = avp(SMSF_3GPP_NUMBER, default=None)
    smsf_3gpp_name: str | None = avp(SMSF_3GPP_NAME, default=None)
    smsf_3gpp_realm: str | None = avp(SMSF_3GPP_REALM, default=None)
    smsf_3gpp_sbi_support_indicator: SMSF3GPPSBISupportIndicator | int | None = avp(SMSF_3GPP_SBI_SUPPORT_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SMSF_NON_3GPP_ADDRESS)
class SMSFNon3GPPAddress:
    """SMSF-Non-3GPP-Address ::= < AVP Header: 3345, 10415 >
         [ SMSF-Non-3GPP-Number ]
         [ SMSF-Non-3GPP-Name ]
         [ SMSF-Non-3GPP-Realm ]
         [ SMSF-Non-3GPP-SBI-Support-Indicator ]
       * [ AVP ]
    """

    smsf_non_3gpp_number: bytes | None = avp(SMSF_NON_3GPP_NUMBER, default=None)
    smsf_non_3gpp_name: str | None = avp(SMSF_NON_3GPP_NAME, default=None)
    smsf_non_3gpp_realm: str | None = avp(SMSF_NON_3GPP_REALM, default=None)
    smsf_non_3gpp_sbi_support_indicator: SMSFNon3GPPSBISupportIndicator | int | None = avp(SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SM_DELIVERY_FAILURE_CAUSE)
class SMDeliveryFailureCause:
    """SM-Delivery-Failure-Cause ::= < AVP Header: 3303, 10415 >
         { SM-Enumerated-Delivery-Failure-Cause }
         [ SM-Diagnostic-Info ]
       * [ AVP ]
    """

    sm_enumerated_delivery_failure_cause: SMEnumeratedDeliveryFailureCause | int = avp(SM_ENUMERATED_DELIVERY_FAILURE_CAUSE)
    sm_diagnostic_info: bytes | None = avp(SM_DIAGNOSTIC_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SMSMI_CORRELATION_ID)
class SMSMICorrelationID:
    """SMSMI-Correlation-ID ::= < AVP Header: 3324, 10415 >
         [ HSS-ID ]
         [ Originating-SIP-URI ]
         [ Destination-SIP-URI ]
       * [ AVP ]
    """

    hss_id: str | None = avp(HSS_ID, default=None)
    originating_sip_uri: str | None = avp(ORIGINATING_SIP_URI, default=None)
    destination_sip_uri: str | None = avp(DESTINATION_SIP_URI, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MONITOR_TARGET)
class MonitorTarget:
    """Monitor-Target ::= < AVP Header: 3607, 10415 >
         { Target-RPAUID }
         { PDUID }
         [ Metadata-Indicator ]
       * [ ProSe-Code-Suffix-Mask ]
       * [ AVP ]
    """

    target_rpauid: str = avp(TARGET_RPAUID)
    pduid: bytes = avp(PDUID)
    metadata_indicator: MetadataIndicator | int | None = avp(METADATA_INDICATOR, default=None)
    prose_code_suffix_mask: tuple[ProSeCodeSuffixMask, ...] = repeated(PROSE_CODE_SUFFIX_MASK, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_CODE_SUFFIX_MASK)
class ProSeCodeSuffixMask:
    """ProSe-Code-Suffix-Mask ::= < AVP Header: 3608, 10415 >
         { Suffix-Code }
      1* { Suffix-Mask }
       * [ AVP ]
    """

    suffix_code: bytes = avp(SUFFIX_CODE)
    suffix_mask: tuple[bytes, ...] = repeated(SUFFIX_MASK, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(BANNED_USER_TARGET)
class BannedUserTarget:
    """Banned-User-Target ::= < AVP Header: 3611, 10415 >
         { Target-RPAUID }
         { Target-PDUID }
       * [ AVP ]
    """

    target_rpauid: str = avp(TARGET_RPAUID)
    target_pduid: bytes = avp(TARGET_PDUID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_SUBSCRIPTION_DATA)
class ProSeSubscriptionData:
    """ProSe-Subscription-Data ::= < AVP Header: 3701, 10415 >
         { ProSe-Permission }
       * [ ProSe-Allowed-PLMN ]
         [ 3GPP-Charging-Characteristics ]
       * [ AVP ]
    """

    prose_permission: ProSePermission | int = avp(PROSE_PERMISSION)
    prose_allowed_plmn: tuple[ProSeAllowedPLMN, ...] = repeated(PROSE_ALLOWED_PLMN, default=())
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_ALLOWED_PLMN)
class ProSeAllowedPLMN:
    """ProSe-Allowed-PLMN ::= < AVP Header: 3703, 10415 >
         [ Visited-PLMN-Id ]
         [ Authorized-Discovery-Range ]
         [ ProSe-Direct-Allowed ]
       * [ AVP ]
    """

    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    authorized_discovery_range: int | None = avp(AUTHORIZED_DISCOVERY_RANGE, default=None)
    prose_direct_allowed: ProSeDirectAllowed | int | None = avp(PROSE_DIRECT_ALLOWED, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_INITIAL_LOCATION_INFORMATION)
class ProSeInitialLocationInformation:
    """ProSe-Initial-Location-Information ::= < AVP Header: 3707, 10415 >
         [ MME-Name ]
         [ E-UTRAN-Cell-Global-Identity ]
         [ Tracking-Area-Identity ]
         [ Age-Of-Location-Information ]
       * [ AVP ]
    """

    mme_name: str | None = avp(MME_NAME, default=None)
    e_utran_cell_global_identity: bytes | None = avp(E_UTRAN_CELL_GLOBAL_IDENTITY, default=None)
    tracking_area_identity: bytes | None = avp(TRACKING_AREA_IDENTITY, default=None)
    age_of_location_information: int | None = avp(AGE_OF_LOCATION_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(ASSISTANCE_INFO)
class AssistanceInfo:
    """Assistance-Info ::= < AVP Header: 3802, 10415 >
         [ WLAN-Assistance-Info ]
       * [ AVP ]
    """

    wlan_assistance_info: WLANAssistanceInfo | None = avp(WLAN_ASSISTANCE_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MATCH_REPORT)
class MatchReport:
    """Match-Report ::= < AVP Header: 3807, 10415 >
         { Discovery-Type }
         [ ProSe-App-Code ]
         [ ProSe-Metadata-Index-Mask ]
         [ ProSe-App-Id ]
         [ ProSe-Validity-Timer ]
         [ ProSe-Match-Refresh-Timer ]
         [ ProSe-Application-Metadata ]
         [ PC5-tech ]
       * [ AVP ]
    """

    discovery_type: DiscoveryType | int = avp(DISCOVERY_TYPE)
    prose_app_code: bytes | None = avp(PROSE_APP_CODE, default=None)
    prose_metadata_index_mask: bytes | None = avp(PROSE_METADATA_INDEX_MASK, default=None)
    prose_app_id: str | None = avp(PROSE_APP_ID, default=None)
    prose_validity_timer: int | None = avp(PROSE_VALIDITY_TIMER, default=None)
    prose_match_refresh_timer: int | None = avp(PROSE_MATCH_REFRESH_TIMER, default=None)
    prose_application_metadata: str | None = avp(PROSE_APPLICATION_METADATA, default=None)
    pc5_tech: bytes | None = avp(PC5_TECH, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_DISCOVERY_FILTER)
class ProSeDiscoveryFilter:
    """ProSe-Discovery-Filter ::= < AVP Header: 3813, 10415 >
         { Filter-Id }
         { ProSe-App-Id }
         { ProSe-Validity-Timer }
         { ProSe-App-Code }
       * [ ProSe-App-Mask ]
       * [ AVP ]
    """

    filter_id: bytes = avp(FILTER_ID)
    prose_app_id: str = avp(PROSE_APP_ID)
    prose_validity_timer: int = avp(PROSE_VALIDITY_TIMER)
    prose_app_code: bytes = avp(PROSE_APP_CODE)
    prose_app_mask: tuple[bytes, ...] = repeated(PROSE_APP_MASK, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WIFI_P2P_ASSISTANCE_INFO)
class WiFiP2PAssistanceInfo:
    """WiFi-P2P-Assistance-Info ::= < AVP Header: 3819, 10415 >
         [ SSID ]
         [ EAP-Master-Session-Key ]
         [ P2P-Features ]
     0*2 [ WLAN-Link-Layer-Id-List ]
         [ Operating-Channel ]
         [ Assistance-Info-Validity-Timer ]
       * [ AVP ]
    """

    ssid: str | None = avp(SSID, default=None)
    eap_master_session_key: bytes | None = avp(EAP_MASTER_SESSION_KEY, default=None)
    p2p_features: P2PFeatures | int | None = avp(P2P_FEATURES, default=None)
    wlan_link_layer_id_list: tuple[WLANLinkLayerIdList, ...] = repeated(WLAN_LINK_LAYER_ID_LIST, max=2, default=())
    operating_channel: int | None = avp(OPERATING_CHANNEL, default=None)
    assistance_info_validity_timer: int | None = avp(ASSISTANCE_INFO_VALIDITY_TIMER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_ASSISTANCE_INFO)
class WLANAssistanceInfo:
    """WLAN-Assistance-Info ::= < AVP Header: 3820, 10415 >
         [ WiFi-P2P-Assistance-Info ]
       * [ AVP ]
    """

    wifi_p2p_assistance_info: WiFiP2PAssistanceInfo | None = avp(WIFI_P2P_ASSISTANCE_INFO, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_LINK_LAYER_ID)
class WLANLinkLayerId:
    """WLAN-Link-Layer-Id ::= < AVP Header: 3821, 10415 >
         [ MAC-Address ]
       * [ AVP ]
    """

    mac_address: str | None = avp(MAC_ADDRESS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(WLAN_LINK_LAYER_ID_LIST)
class WLANLinkLayerIdList:
    """WLAN-Link-Layer-Id-List ::= < AVP Header: 3822, 10415 >
       * [ WLAN-Link-Layer-Id ]
       * [ AVP ]
    """

    wlan_link_layer_id: tuple[WLANLinkLayerId, ...] = repeated(WLAN_LINK_LAYER_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LOCATION_UPDATE_TRIGGER)
class LocationUpdateTrigger:
    """Location-Update-Trigger ::= < AVP Header: 3823, 10415 >
         { Location-Update-Event-Type }
         [ Change-Of-Area-Type ]
         [ Periodic-Location-Type ]
       * [ AVP ]
    """

    location_update_event_type: LocationUpdateEventType | int = avp(LOCATION_UPDATE_EVENT_TYPE)
    change_of_area_type: ChangeOfAreaType | None = avp(CHANGE_OF_AREA_TYPE, default=None)
    periodic_location_type: PeriodicLocationType | None = avp(PERIODIC_LOCATION_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CHANGE_OF_AREA_TYPE)
class ChangeOfAreaType:
    """Change-Of-Area-Type ::= < AVP Header: 3825, 10415 >
         { Location-Update-Event-Trigger }
         { Report-Cardinality }
         [ Minimum-Interval-Time ]
       * [ AVP ]
    """

    location_update_event_trigger: LocationUpdateEventTrigger | int = avp(LOCATION_UPDATE_EVENT_TRIGGER)
    report_cardinality: ReportCardinality | int = avp(REPORT_CARDINALITY)
    minimum_interval_time: int | None = avp(MINIMUM_INTERVAL_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PERIODIC_LOCATION_TYPE)
class PeriodicLocationType:
    """Periodic-Location-Type ::= < AVP Header: 3829, 10415 >
         { Location-Report-Interval-Time }
         { Total-Number-Of-Reports }
       * [ AVP ]
    """

    location_report_interval_time: int = avp(LOCATION_REPORT_INTERVAL_TIME)
    total_number_of_reports: int = avp(TOTAL_NUMBER_OF_REPORTS)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_APP_CODE_INFO)
class ProSeAppCodeInfo:
    """ProSe-App-Code-Info ::= < AVP Header: 3835, 10415 >
         { ProSe-App-Code }
         { MIC }
         { UTC-based-Counter }
       * [ AVP ]
    """

    prose_app_code: bytes = avp(PROSE_APP_CODE)
    mic: bytes = avp(MIC)
    utc_based_counter: int = avp(UTC_BASED_COUNTER)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(APP_IDENTIFIER)
class AppIdentifier:
    """App-Identifier ::= < AVP Header: 3840, 10415 >
         { OS-ID }
         { OS-App-ID }
       * [ AVP ]
    """

    os_id: bytes = avp(OS_ID)
    os_app_id: str = avp(OS_APP_ID)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_RESTRICTED_CODE_SUFFIX_RANGE)
class ProSeRestrictedCodeSuffixRange:
    """ProSe-Restricted-Code-Suffix-Range ::= < AVP Header: 3847, 10415 >
         { Beginning-Suffix }
         [ Ending-Suffix ]
       * [ AVP ]
    """

    beginning_suffix: bytes = avp(BEGINNING_SUFFIX)
    ending_suffix: bytes | None = avp(ENDING_SUFFIX, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DISCOVERY_AUTH_REQUEST)
class DiscoveryAuthRequest:
    """Discovery-Auth-Request ::= < AVP Header: 3854, 10415 >
         { Discovery-Type }
         [ User-Identity ]
         [ ProSe-App-Id ]
         [ ProSe-App-Code ]
         [ ProSe-App-Code-Suffix-Range ]
         [ ProSe-Validity-Timer ]
         [ App-Identifier ]
         [ Requesting-RPAUID ]
         [ Target-RPAUID ]
         [ Target-PDUID ]
         [ ProSe-Restricted-Code ]
       * [ ProSe-Restricted-Code-Suffix-Range ]
         [ Banned-RPAUID ]
         [ Banned-PDUID ]
         [ Service-Result ]
         [ PC5-tech ]
       * [ AVP ]
    """

    discovery_type: DiscoveryType | int = avp(DISCOVERY_TYPE)
    user_identity: UserIdentity | None = avp(USER_IDENTITY, default=None)
    prose_app_id: str | None = avp(PROSE_APP_ID, default=None)
    prose_app_code: bytes | None = avp(PROSE_APP_CODE, default=None)
    prose_app_code_suffix_range: ProSeAppCodeSuffixRange | None = avp(PROSE_APP_CODE_SUFFIX_RANGE, default=None)
    prose_validity_timer: int | None = avp(PROSE_VALIDITY_TIMER, default=None)
    app_identifier: AppIdentifier | None = avp(APP_IDENTIFIER, default=None)
    requesting_rpauid: str | None = avp(REQUESTING_RPAUID, default=None)
    target_rpauid: str | None = avp(TARGET_RPAUID, default=None)
    target_pduid: bytes | None = avp(TARGET_PDUID, default=None)
    prose_restricted_code: bytes | None = avp(PROSE_RESTRICTED_CODE, default=None)
    prose_restricted_code_suffix_range: tuple[ProSeRestrictedCodeSuffixRange, ...] = repeated(PROSE_RESTRICTED_CODE_SUFFIX_RANGE, default=())
    banned_rpauid: str | None = avp(BANNED_RPAUID, default=None)
    banned_pduid: bytes | None = avp(BANNED_PDUID, default=None)
    service_result: ServiceResult | None = avp(SERVICE_RESULT, default=None)
    pc5_tech: bytes | None = avp(PC5_TECH, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DISCOVERY_AUTH_RESPONSE)
class DiscoveryAuthResponse:
    """Discovery-Auth-Response ::= < AVP Header: 3855, 10415 >
         { Discovery-Type }
       * [ ProSe-Discovery-Filter ]
         [ Visited-PLMN-Id ]
         [ ProSe-Restricted-Code ]
         [ ProSe-Validity-Timer ]
         [ Code-Sending-Security-Material ]
         [ Code-Receiving-Security-Material ]
         [ DUIK ]
         [ PC5-tech ]
       * [ AVP ]
    """

    discovery_type: DiscoveryType | int = avp(DISCOVERY_TYPE)
    prose_discovery_filter: tuple[ProSeDiscoveryFilter, ...] = repeated(PROSE_DISCOVERY_FILTER, default=())
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    prose_restricted_code: bytes | None = avp(PROSE_RESTRICTED_CODE, default=None)
    prose_validity_timer: int | None = avp(PROSE_VALIDITY_TIMER, default=None)
    code_sending_security_material: CodeSendingSecurityMaterial | None = avp(CODE_SENDING_SECURITY_MATERIAL, default=None)
    code_receiving_security_material: CodeReceivingSecurityMaterial | None = avp(CODE_RECEIVING_SECURITY_MATERIAL, default=None)
    duik: bytes | None = avp(DUIK, default=None)
    pc5_tech: bytes | None = avp(PC5_TECH, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MATCH_REQUEST)
class MatchRequest:
    """Match-Request ::= < AVP Header: 3856, 10415 >
         { Discovery-Type }
         [ User-Identity ]
         [ Visited-PLMN-Id ]
       * [ ProSe-App-Code-Info ]
         [ PC5-tech ]
       * [ AVP ]
    """

    discovery_type: DiscoveryType | int = avp(DISCOVERY_TYPE)
    user_identity: UserIdentity | None = avp(USER_IDENTITY, default=None)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    prose_app_code_info: tuple[ProSeAppCodeInfo, ...] = repeated(PROSE_APP_CODE_INFO, default=())
    pc5_tech: bytes | None = avp(PC5_TECH, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MATCH_REPORT_INFO)
class MatchReportInfo:
    """Match-Report-Info ::= < AVP Header: 3857, 10415 >
         { Discovery-Type }
         [ User-Identity ]
       * [ ProSe-App-Id ]
       * [ AVP ]
    """

    discovery_type: DiscoveryType | int = avp(DISCOVERY_TYPE)
    user_identity: UserIdentity | None = avp(USER_IDENTITY, default=None)
    prose_app_id: tuple[str, ...] = repeated(PROSE_APP_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CODE_RECEIVING_SECURITY_MATERIAL)
class CodeReceivingSecurityMaterial:
    """Code-Receiving-Security-Material ::= < AVP Header: 3860, 10415 >
         [ DUSK ]
         [ DUIK ]
         [ MIC-Check-Indicator ]
         [ DUCK ]
         [ Encrypted-Bitmask ]
       * [ AVP ]
    """

    dusk: bytes | None = avp(DUSK, default=None)
    duik: bytes | None = avp(DUIK, default=None)
    mic_check_indicator: MICCheckIndicator | int | None = avp(MIC_CHECK_INDICATOR, default=None)
    duck: bytes | None = avp(DUCK, default=None)
    encrypted_bitmask: bytes | None = avp(ENCRYPTED_BITMASK, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(CODE_SENDING_SECURITY_MATERIAL)
class CodeSendingSecurityMaterial:
    """Code-Sending-Security-Material ::= < AVP Header: 3861, 10415 >
         [ DUSK ]
         [ DUIK ]
         [ DUCK ]
         [ Encrypted-Bitmask ]
       * [ AVP ]
    """

    dusk: bytes | None = avp(DUSK, default=None)
    duik: bytes | None = avp(DUIK, default=None)
    duck: bytes | None = avp(DUCK, default=None)
    encrypted_bitmask: bytes | None = avp(ENCRYPTED_BITMASK, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(PROSE_APP_CODE_SUFFIX_RANGE)
class ProSeAppCodeSuffixRange:
    """ProSe-App-Code-Suffix-Range ::= < AVP Header: 3867, 10415 >
         { Beginning-Suffix }
         [ Ending-Suffix ]
       * [ AVP ]
    """

    beginning_suffix: bytes = avp(BEGINNING_SUFFIX)
    ending_suffix: bytes | None = avp(ENDING_SUFFIX, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEVICE_ACTION)
class DeviceAction:
    """Device-Action ::= < AVP Header: 3001, 10415 >
         [ External-Identifier ]
         [ MSISDN ]
         [ SCS-Identity ]
         { Reference-Number }
         [ Old-Reference-Number ]
         { Action-Type }
         [ Trigger-Data ]
         [ Validity-Time ]
       * [ AVP ]
    """

    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    scs_identity: bytes | None = avp(SCS_IDENTITY, default=None)
    reference_number: int = avp(REFERENCE_NUMBER)
    old_reference_number: int | None = avp(OLD_REFERENCE_NUMBER, default=None)
    action_type: ActionType | int = avp(ACTION_TYPE)
    trigger_data: TriggerData | None = avp(TRIGGER_DATA, default=None)
    validity_time: int | None = avp(VALIDITY_TIME, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(DEVICE_NOTIFICATION)
class DeviceNotification:
    """Device-Notification ::= < AVP Header: 3002, 10415 >
         [ External-Identifier ]
         [ MSISDN ]
         [ SCS-Identity ]
         { Reference-Number }
         { Action-Type }
         [ Request-Status ]
         [ MTC-Error-Diagnostic ]
         [ Delivery-Outcome ]
         [ SM-RP-UI ]
         [ Application-Port-Identifier ]
       * [ AVP ]
    """

    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)
    scs_identity: bytes | None = avp(SCS_IDENTITY, default=None)
    reference_number: int = avp(REFERENCE_NUMBER)
    action_type: ActionType | int = avp(ACTION_TYPE)
    request_status: RequestStatus | int | None = avp(REQUEST_STATUS, default=None)
    mtc_error_diagnostic: MTCErrorDiagnostic | int | None = avp(MTC_ERROR_DIAGNOSTIC, default=None)
    delivery_outcome: DeliveryOutcome | int | None = avp(DELIVERY_OUTCOME, default=None)
    sm_rp_ui: bytes | None = avp(SM_RP_UI, default=None)
    application_port_identifier: int | None = avp(APPLICATION_PORT_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRIGGER_DATA)
class TriggerData:
    """Trigger-Data ::= < AVP Header: 3003, 10415 >
         { Payload }
         [ Priority-Indication ]
         [ Application-Port-Identifier ]
       * [ AVP ]
    """

    payload: bytes = avp(PAYLOAD)
    priority_indication: PriorityIndication | int | None = avp(PRIORITY_INDICATION, default=None)
    application_port_identifier: int | None = avp(APPLICATION_PORT_IDENTIFIER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(V2X_PC5_ALLOWED_PLMN)
class V2XPC5AllowedPLMN:
    """V2X-PC5-Allowed-PLMN ::= < AVP Header: 4600, 10415 >
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """

    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(V2X_AUTHORIZATION_DATA)
class V2XAuthorizationData:
    """V2X-Authorization-Data ::= < AVP Header: 4700, 10415 >
         [ V2X-Permission-in-VPLMN ]
       * [ V2X-Application-Server ]
       * [ AVP ]
    """

    v2x_permission_in_vplmn: V2XPermissionInVPLMN | int | None = avp(V2X_PERMISSION_IN_VPLMN, default=None)
    v2x_application_server: tuple[V2XApplicationServer, ...] = repeated(V2X_APPLICATION_SERVER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(V2X_APPLICATION_SERVER)
class V2XApplicationServer:
    """V2X-Application-Server ::= < AVP Header: 4702, 10415 >
         [ Application-Server ]
       * [ Geographical-Information ]
       * [ AVP ]
    """

    application_server: str | None = avp(APPLICATION_SERVER, default=None)
    geographical_information: tuple[bytes, ...] = repeated(GEOGRAPHICAL_INFORMATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MBMS_BEARER_EVENT_NOTIFICATION)
class MBMSBearerEventNotification:
    """MBMS-Bearer-Event-Notification ::= < AVP Header: 3503, 10415 >
         { TMGI }
         { MBMS-Flow-Identifier }
         { MBMS-Bearer-Event }
         [ MBMS-Bearer-Event-Diagnostic-Info ]
       * [ Userplane-Protocol-Result ]
       * [ AVP ]
    """

    tmgi: bytes = avp(TMGI)
    mbms_flow_identifier: bytes = avp(MBMS_FLOW_IDENTIFIER)
    mbms_bearer_event: MBMSBearerEvent | int = avp(MBMS_BEARER_EVENT)
    mbms_bearer_event_diagnostic_info: MBMSBearerEventDiagnosticInfo | int | None = avp(MBMS_BEARER_EVENT_DIAGNOSTIC_INFO, default=None)
    userplane_protocol_result: tuple[UserplaneProtocolResult, ...] = repeated(USERPLANE_PROTOCOL_RESULT, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MBMS_BEARER_REQUEST)
class MBMSBearerRequest:
    """MBMS-Bearer-Request ::= < AVP Header: 3504, 10415 >
         { MBMS-StartStop-Indication }
         [ TMGI ]
         [ MBMS-Flow-Identifier ]
         [ QoS-Information ]
         [ MBMS-Service-Area ]
         [ MBMS-Start-Time ]
         [ MB2U-Security ]
         [ MBMS-Cell-List ]
         [ Local-M1-Information ]
         [ Local-MB2-U-Information ]
         [ FEC-Request ]
       * [ ROHC-Request ]
         [ ROHC-Max-CID ]
       * [ AVP ]
    """

    mbms_startstop_indication: MBMSStartStopIndication | int = avp(MBMS_STARTSTOP_INDICATION)
    tmgi: bytes | None = avp(TMGI, default=None)
    mbms_flow_identifier: bytes | None = avp(MBMS_FLOW_IDENTIFIER, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    mbms_service_area: bytes | None = avp(MBMS_SERVICE_AREA, default=None)
    mbms_start_time: datetime | None = avp(MBMS_START_TIME, default=None)
    mb2u_security: MB2USecurity | int | None = avp(MB2U_SECURITY, default=None)
    mbms_cell_list: bytes | None = avp(MBMS_CELL_LIST, default=None)
    local_m1_information: LocalM1Information | None = avp(LOCAL_M1_INFORMATION, default=None)
    local_mb2_u_information: LocalMB2UInformation | None = avp(LOCAL_MB2_U_INFORMATION, default=None)
    fec_request: bytes | None = avp(FEC_REQUEST, default=None)
    rohc_request: tuple[ROHCRequest, ...] = repeated(ROHC_REQUEST, default=())
    rohc_max_cid: int | None = avp(ROHC_MAX_CID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(MBMS_BEARER_RESPONSE)
class MBMSBearerResponse:
    """MBMS-Bearer-Response ::= < AVP Header: 3505, 10415 >
         [ TMGI ]
         [ MBMS-Flow-Identifier ]
         [ MBMS-Session-Duration ]
         [ MBMS-Bearer-Result ]
     0*2 [ BMSC-Address ]
         [ BMSC-Port ]
         [ MB2U-Security ]
       * [ Radio-Frequency-29.468 ]
       * [ Userplane-Protocol-Result ]
       * [ AVP ]
    """

    tmgi: bytes | None = avp(TMGI, default=None)
    mbms_flow_identifier: bytes | None = avp(MBMS_FLOW_IDENTIFIER, default=None)
    mbms_session_duration: bytes | None = avp(MBMS_SESSION_DURATION, default=None)
    mbms_bearer_result: MBMSBearerResult | int | None = avp(MBMS_BEARER_RESULT, default=None)
    bmsc_address: tuple[AddressValue, ...] = repeated(BMSC_ADDRESS, max=2, default=())
    bmsc_port: int | None = avp(BMSC_PORT, default=None)
    mb2u_security: MB2USecurity | int | None = avp(MB2U_SECURITY, default=None)
    radio_frequency_29_468: tuple[int, ...] = repeated(RADIO_FREQUENCY_29_468, default=())
    userplane_protocol_result: tuple[UserplaneProtocolResult, ...] = repeated(USERPLANE_PROTOCOL_RESULT, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMGI_ALLOCATION_REQUEST)
class TMGIAllocationRequest:
    """TMGI-Allocation-Request ::= < AVP Header: 3509, 10415 >
         { TMGI-Number }
       * [ TMGI ]
       * [ AVP ]
    """

    tmgi_number: int = avp(TMGI_NUMBER)
    tmgi: tuple[bytes, ...] = repeated(TMGI, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMGI_ALLOCATION_RESPONSE)
class TMGIAllocationResponse:
    """TMGI-Allocation-Response ::= < AVP Header: 3510, 10415 >
       * [ TMGI ]
         [ MBMS-Session-Duration ]
         [ TMGI-Allocation-Result ]
       * [ AVP ]
    """

    tmgi: tuple[bytes, ...] = repeated(TMGI, default=())
    mbms_session_duration: bytes | None = avp(MBMS_SESSION_DURATION, default=None)
    tmgi_allocation_result: TMGIAllocationResult | int | None = avp(TMGI_ALLOCATION_RESULT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMGI_DEALLOCATION_REQUEST)
class TMGIDeallocationRequest:
    """TMGI-Deallocation-Request ::= < AVP Header: 3512, 10415 >
       * [ TMGI ]
       * [ AVP ]
    """

    tmgi: tuple[bytes, ...] = repeated(TMGI, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMGI_DEALLOCATION_RESPONSE)
class TMGIDeallocationResponse:
    """TMGI-Deallocation-Response ::= < AVP Header: 3513, 10415 >
         { TMGI }
         [ TMGI-Deallocation-Result ]
       * [ AVP ]
    """

    tmgi: bytes = avp(TMGI)
    tmgi_deallocation_result: TMGIDeallocationResult | int | None = avp(TMGI_DEALLOCATION_RESULT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TMGI_EXPIRY)
class TMGIExpiry:
    """TMGI-Expiry ::= < AVP Header: 3515, 10415 >
      1* { TMGI }
       * [ AVP ]
    """

    tmgi: tuple[bytes, ...] = repeated(TMGI, min=1)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(LOCAL_M1_INFORMATION)
class LocalM1Information:
    """Local-M1-Information ::= < AVP Header: 3518, 10415 >
         [ MBMS-eNB-IP-Multicast-Address ]
         [ MBMS-eNB-IPv6-Multicast-Address ]
         [ MBMS-GW-SSM-IP-Address-29.468 ]
         [ MBMS-GW-SSM-IPv6-Address-29.468 ]
         [ Common-Tunnel-Endpoint-Identifier ]
    """

    mbms_enb_ip_multicast_address: AddressValue | None = avp(MBMS_ENB_IP_MULTICAST_ADDRESS, default=None)
    mbms_enb_ipv6_multicast_address: AddressValue | None = avp(MBMS_ENB_IPV6_MULTICAST_ADDRESS, default=None)
    mbms_gw_ssm_ip_address_29_468: AddressValue | None = avp(MBMS_GW_SSM_IP_ADDRESS_29_468, default=None)
    mbms_gw_ssm_ipv6_address_29_468: AddressValue | None = avp(MBMS_GW_SSM_IPV6_ADDRESS_29_468, default=None)
    common_tunnel_endpoint_identifier: bytes | None = avp(COMMON_TUNNEL_ENDPOINT_IDENTIFIER, default=None)


@grouped(LOCAL_MB2_U_INFORMATION)
class LocalMB2UInformation:
    """Local-MB2-U-Information ::= < AVP Header: 3519, 10415 >
     0*2 [ BMSC-Address ]
         [ BMSC-Port ]
    """

    bmsc_address: tuple[AddressValue, ...] = repeated(BMSC_ADDRESS, max=2, default=())
    bmsc_port: int | None = avp(BMSC_PORT, default=None)


@grouped(ROHC_REQUEST)
class ROHCRequest:
    """ROHC-Request ::= < AVP Header: 3526, 10415 >
      1* { Flow-Description }
         [ ROHC-Full-Header-Periodicity ]
         { ROHC-Profile }
       * [ AVP ]
    """

    flow_description: tuple[IPFilterRule, ...] = repeated(FLOW_DESCRIPTION, min=1)
    rohc_full_header_periodicity: float | None = avp(ROHC_FULL_HEADER_PERIODICITY, default=None)
    rohc_profile: int = avp(ROHC_PROFILE)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USERPLANE_PROTOCOL_RESULT)
class UserplaneProtocolResult:
    """Userplane-Protocol-Result ::= < AVP Header: 3529, 10415 >
       * [ Flow-Description ]
         [ ROHC-Result ]
         [ FEC-Result ]
       * [ AVP ]
    """

    flow_description: tuple[IPFilterRule, ...] = repeated(FLOW_DESCRIPTION, default=())
    rohc_result: ROHCResult | int | None = avp(ROHC_RESULT, default=None)
    fec_result: FECResult | int | None = avp(FEC_RESULT, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(SERVICE_INFORMATION)
class ServiceInformation:
    """Service-Information ::= < AVP Header: 873, 10415 >
       * [ Subscription-Id ]
         [ AoC-Information ]
         [ PS-Information ]
         [ IMS-Information ]
         [ MMS-Information ]
         [ LCS-Information ]
         [ PoC-Information ]
         [ MBMS-Information ]
         [ SMS-Information ]
         [ VCS-Information ]
         [ MMTel-Information ]
         [ ProSe-Information ]
         [ Service-Generic-Information ]
         [ IM-Information ]
         [ DCD-Information ]
         [ M2M-Information ]
         [ CPDT-Information ]
    """

    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    aoc_information: AoCInformation | None = avp(AOC_INFORMATION, default=None)
    ps_information: PSInformation | None = avp(PS_INFORMATION, default=None)
    ims_information: IMSInformation | None = avp(IMS_INFORMATION, default=None)
    mms_information: MMSInformation | None = avp(MMS_INFORMATION, default=None)
    lcs_information: LCSInformation | None = avp(LCS_INFORMATION, default=None)
    poc_information: PoCInformation | None = avp(POC_INFORMATION, default=None)
    mbms_information: MBMSInformation | None = avp(MBMS_INFORMATION, default=None)
    sms_information: SMSInformation | None = avp(SMS_INFORMATION, default=None)
    vcs_information: VCSInformation | None = avp(VCS_INFORMATION, default=None)
    mmtel_information: MMTelInformation | None = avp(MMTEL_INFORMATION, default=None)
    prose_information: ProSeInformation | None = avp(PROSE_INFORMATION, default=None)
    service_generic_information: ServiceGenericInformation | None = avp(SERVICE_GENERIC_INFORMATION, default=None)
    im_information: IMInformation | None = avp(IM_INFORMATION, default=None)
    dcd_information: DCDInformation | None = avp(DCD_INFORMATION, default=None)
    m2m_information: M2MInformation | None = avp(M2M_INFORMATION, default=None)
    cpdt_information: CPDTInformation | None = avp(CPDT_INFORMATION, default=None)


@grouped(PS_INFORMATION)
class PSInformation:
    """PS-Information ::= < AVP Header: 874, 10415 >
       * [ Supported-Features ]
         [ 3GPP-Charging-Id ]
         [ PDN-Connection-Charging-ID ]
         [ Node-Id ]
         [ 3GPP-PDP-Type ]
       * [ PDP-Address ]
         [ PDP-Address-Prefix-Length ]
         [ Dynamic-Address-Flag ]
         [ Dynamic-Address-Flag-Extension ]
         [ QoS-Information ]
       * [ SGSN-Address ]
       * [ GGSN-Address ]
       * [ TDF-IP-Address ]
       * [ SGW-Address ]
       * [ EPDG-Address ]
       * [ TWAG-Address ]
         [ CG-Address ]
         [ Serving-Node-Type ]
         [ SGW-Change ]
         [ 3GPP-IMSI-MCC-MNC ]
         [ IMSI-Unauthenticated-Flag ]
         [ 3GPP-GGSN-MCC-MNC ]
         [ 3GPP-NSAPI ]
         [ Called-Station-Id ]
         [ 3GPP-Session-Stop-Indicator ]
         [ 3GPP-Selection-Mode ]
         [ 3GPP-Charging-Characteristics ]
         [ Charging-Characteristics-Selection-Mode ]
         [ 3GPP-SGSN-MCC-MNC ]
         [ 3GPP-MS-TimeZone ]
         [ Charging-Rule-Base-Name ]
         [ ADC-Rule-Base-Name ]
         [ 3GPP-User-Location-Info ]
         [ User-Location-Info-Time ]
         [ User-CSG-Information ]
       * [ Presence-Reporting-Area-Information ]
         [ 3GPP2-BSID ]
         [ TWAN-User-Location-Info ]
         [ UWAN-User-Location-Info ]
         [ 3GPP-RAT-Type ]
         [ PS-Furnish-Charging-Information ]
         [ PDP-Context-Type ]
         [ Offline-Charging ]
       * [ Traffic-Data-Volumes ]
       * [ Service-Data-Container ]
         [ User-Equipment-Info ]
         [ Terminal-Information ]
         [ Start-Time ]
         [ Stop-Time ]
         [ Change-Condition ]
         [ Diagnostics ]
         [ Low-Priority-Indicator ]
         [ NBIFOM-Mode ]
         [ NBIFOM-Support ]
         [ MME-Number-for-MT-SMS ]
         [ MME-Name ]
         [ MME-Realm ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
         [ Fixed-User-Location-Info ]
         [ CN-Operator-Selection-Entity ]
         [ Enhanced-Diagnostics ]
         [ SGi-PtP-Tunnelling-Method ]
         [ CP-CIoT-EPS-Optimisation-Indicator ]
         [ UNI-PDU-CP-Only-Flag ]
         [ Serving-PLMN-Rate-Control ]
         [ APN-Rate-Control ]
         [ Charging-Per-IP-CAN-Session-Indicator ]
         [ RRC-Cause-Counter ]
         [ 3GPP-PS-Data-Off-Status-32.299 ]
         [ SCS-AS-Address ]
         [ Unused-Quota-Timer ]
       * [ RAN-Secondary-RAT-Usage-Report ]
         [ PSCell-Info ]
    """

    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    tgpp_charging_id: bytes | None = avp(TGPP_CHARGING_ID, default=None)
    pdn_connection_charging_id: int | None = avp(PDN_CONNECTION_CHARGING_ID, default=None)
    node_id: str | None = avp(NODE_ID, default=None)
    tgpp_pdp_type: TGPPPDPType | int | None = avp(TGPP_PDP_TYPE, default=None)
    pdp_address: tuple[AddressValue, ...] = repeated(PDP_ADDRESS, default=())
    pdp_address_prefix_length: int | None = avp(PDP_ADDRESS_PREFIX_LENGTH, default=None)
    dynamic_address_flag: DynamicAddressFlag | int | None = avp(DYNAMIC_ADDRESS_FLAG, default=None)
    dynamic_address_flag_extension: DynamicAddressFlagExtension | int | None = avp(DYNAMIC_ADDRESS_FLAG_EXTENSION, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    sgsn_address: tuple[AddressValue, ...] = repeated(SGSN_ADDRESS, default=())
    ggsn_address: tuple[AddressValue, ...] = repeated(GGSN_ADDRESS, default=())
    tdf_ip_address: tuple[AddressValue, ...] = repeated(TDF_IP_ADDRESS, default=())
    sgw_address: tuple[AddressValue, ...] = repeated(SGW_ADDRESS, default=())
    epdg_address: tuple[AddressValue, ...] = repeated(EPDG_ADDRESS, default=())
    twag_address: tuple[AddressValue, ...] = repeated(TWAG_ADDRESS, default=())
    cg_address: AddressValue | None = avp(CG_ADDRESS, default=None)
    serving_node_type: ServingNodeType | int | None = avp(SERVING_NODE_TYPE, default=None)
    sgw_change: SGWChange | int | None = avp(SGW_CHANGE, default=None)
    tgpp_imsi_mcc_mnc: str | None = avp(TGPP_IMSI_MCC_MNC, default=None)
    imsi_unauthenticated_flag: IMSIUnauthenticatedFlag | int | None = avp(IMSI_UNAUTHENTICATED_FLAG, default=None)
    tgpp_ggsn_mcc_mnc: str | None = avp(TGPP_GGSN_MCC_MNC, default=None)
    tgpp_nsapi: bytes | None = avp(TGPP_NSAPI, default=None)
    called_station_id: str | None = avp(CALLED_STATION_ID, default=None)
    tgpp_session_stop_indicator: bytes | None = avp(TGPP_SESSION_STOP_INDICATOR, default=None)
    tgpp_selection_mode: str | None = avp(TGPP_SELECTION_MODE, default=None)
    tgpp_charging_characteristics: str | None = avp(TGPP_CHARGING_CHARACTERISTICS, default=None)
    charging_characteristics_selection_mode: ChargingCharacteristicsSelectionMode | int | None = avp(CHARGING_CHARACTERISTICS_SELECTION_MODE, default=None)
    tgpp_sgsn_mcc_mnc: str | None = avp(TGPP_SGSN_MCC_MNC, default=None)
    tgpp_ms_timezone: bytes | None = avp(TGPP_MS_TIMEZONE, default=None)
    charging_rule_base_name: str | None = avp(CHARGING_RULE_BASE_NAME, default=None)
    adc_rule_base_name: str | None = avp(ADC_RULE_BASE_NAME, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    user_location_info_time: datetime | None = avp(USER_LOCATION_INFO_TIME, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    presence_reporting_area_information: tuple[PresenceReportingAreaInformation, ...] = repeated(PRESENCE_REPORTING_AREA_INFORMATION, default=())
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    twan_user_location_info: TWANUserLocationInfo | None = avp(TWAN_USER_LOCATION_INFO, default=None)
    uwan_user_location_info: UWANUserLocationInfo | None = avp(UWAN_USER_LOCATION_INFO, default=None)
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)
    ps_furnish_charging_information: PSFurnishChargingInformation | None = avp(PS_FURNISH_CHARGING_INFORMATION, default=None)
    pdp_context_type: PDPContextType | int | None = avp(PDP_CONTEXT_TYPE, default=None)
    offline_charging: OfflineCharging | None = avp(OFFLINE_CHARGING, default=None)
    traffic_data_volumes: tuple[TrafficDataVolumes, ...] = repeated(TRAFFIC_DATA_VOLUMES, default=())
    service_data_container: tuple[ServiceDataContainer, ...] = repeated(SERVICE_DATA_CONTAINER, default=())
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    start_time: datetime | None = avp(START_TIME, default=None)
    stop_time: datetime | None = avp(STOP_TIME, default=None)
    change_condition: ChangeCondition | int | None = avp(CHANGE_CONDITION, default=None)
    diagnostics: int | None = avp(DIAGNOSTICS, default=None)
    low_priority_indicator: LowPriorityIndicator | int | None = avp(LOW_PRIORITY_INDICATOR, default=None)
    nbifom_mode: NBIFOMMode | int | None = avp(NBIFOM_MODE, default=None)
    nbifom_support: NBIFOMSupport | int | None = avp(NBIFOM_SUPPORT, default=None)
    mme_number_for_mt_sms: bytes | None = avp(MME_NUMBER_FOR_MT_SMS, default=None)
    mme_name: str | None = avp(MME_NAME, default=None)
    mme_realm: str | None = avp(MME_REALM, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    fixed_user_location_info: FixedUserLocationInfo | None = avp(FIXED_USER_LOCATION_INFO, default=None)
    cn_operator_selection_entity: CNOperatorSelectionEntity | int | None = avp(CN_OPERATOR_SELECTION_ENTITY, default=None)
    enhanced_diagnostics: EnhancedDiagnostics | None = avp(ENHANCED_DIAGNOSTICS, default=None)
    sgi_ptp_tunnelling_method: SGiPtPTunnellingMethod | int | None = avp(SGI_PTP_TUNNELLING_METHOD, default=None)
    cp_ciot_eps_optimisation_indicator: CPCIoTEPSOptimisationIndicator | int | None = avp(CP_CIOT_EPS_OPTIMISATION_INDICATOR, default=None)
    uni_pdu_cp_only_flag: UNIPDUCPOnlyFlag | int | None = avp(UNI_PDU_CP_ONLY_FLAG, default=None)
    serving_plmn_rate_control: ServingPLMNRateControl | None = avp(SERVING_PLMN_RATE_CONTROL, default=None)
    apn_rate_control: APNRateControl | None = avp(APN_RATE_CONTROL, default=None)
    charging_per_ip_can_session_indicator: ChargingPerIPCANSessionIndicator | int | None = avp(CHARGING_PER_IP_CAN_SESSION_INDICATOR, default=None)
    rrc_cause_counter: RRCCauseCounter | None = avp(RRC_CAUSE_COUNTER, default=None)
    tgpp_ps_data_off_status_32_299: TGPPPSDataOffStatus32299 | int | None = avp(TGPP_PS_DATA_OFF_STATUS_32_299, default=None)
    scs_as_address: SCSASAddress | None = avp(SCS_AS_ADDRESS, default=None)
    unused_quota_timer: int | None = avp(UNUSED_QUOTA_TIMER, default=None)
    ran_secondary_rat_usage_report: tuple[RANSecondaryRATUsageReport, ...] = repeated(RAN_SECONDARY_RAT_USAGE_REPORT, default=())
    pscell_info: PSCellInfo | None = avp(PSCELL_INFO, default=None)


@grouped(PS_FURNISH_CHARGING_INFORMATION)
class PSFurnishChargingInformation:
    """PS-Furnish-Charging-Information ::= < AVP Header: 865, 10415 >
         { 3GPP-Charging-Id }
         { PS-Free-Format-Data }
         [ PS-Append-Free-Format-Data ]
    """

    tgpp_charging_id: bytes = avp(TGPP_CHARGING_ID)
    ps_free_format_data: bytes = avp(PS_FREE_FORMAT_DATA)
    ps_append_free_format_data: PSAppendFreeFormatData | int | None = avp(PS_APPEND_FREE_FORMAT_DATA, default=None)


@grouped(OFFLINE_CHARGING)
class OfflineCharging:
    """Offline-Charging ::= < AVP Header: 1278, 10415 >
         [ Quota-Consumption-Time ]
         [ Time-Quota-Mechanism ]
         [ Envelope-Reporting ]
       * [ Multiple-Services-Credit-Control ]
       * [ AVP ]
    """

    quota_consumption_time: int | None = avp(QUOTA_CONSUMPTION_TIME, default=None)
    time_quota_mechanism: TimeQuotaMechanism | None = avp(TIME_QUOTA_MECHANISM, default=None)
    envelope_reporting: EnvelopeReporting | int | None = avp(ENVELOPE_REPORTING, default=None)
    multiple_services_credit_control: tuple[MultipleServicesCreditControl, ...] = repeated(MULTIPLE_SERVICES_CREDIT_CONTROL, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRAFFIC_DATA_VOLUMES)
class TrafficDataVolumes:
    """Traffic-Data-Volumes ::= < AVP Header: 2046, 10415 >
         [ QoS-Information ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ Change-Condition ]
         [ Change-Time ]
         [ 3GPP-User-Location-Info ]
         [ UWAN-User-Location-Info ]
         [ 3GPP-Charging-Id ]
         [ Presence-Reporting-Area-Status ]
       * [ Presence-Reporting-Area-Information ]
         [ User-CSG-Information ]
         [ 3GPP-RAT-Type ]
         [ Access-Availability-Change-Reason ]
         [ Related-Change-Condition-Information ]
         [ Diagnostics ]
         [ Enhanced-Diagnostics ]
         [ CP-CIoT-EPS-Optimisation-Indicator ]
         [ Serving-PLMN-Rate-Control ]
         [ APN-Rate-Control ]
    """

    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    change_condition: ChangeCondition | int | None = avp(CHANGE_CONDITION, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    uwan_user_location_info: UWANUserLocationInfo | None = avp(UWAN_USER_LOCATION_INFO, default=None)
    tgpp_charging_id: bytes | None = avp(TGPP_CHARGING_ID, default=None)
    presence_reporting_area_status: PresenceReportingAreaStatus | int | None = avp(PRESENCE_REPORTING_AREA_STATUS, default=None)
    presence_reporting_area_information: tuple[PresenceReportingAreaInformation, ...] = repeated(PRESENCE_REPORTING_AREA_INFORMATION, default=())
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)
    access_availability_change_reason: AccessAvailabilityChangeReason | int | None = avp(ACCESS_AVAILABILITY_CHANGE_REASON, default=None)
    related_change_condition_information: RelatedChangeConditionInformation | None = avp(RELATED_CHANGE_CONDITION_INFORMATION, default=None)
    diagnostics: int | None = avp(DIAGNOSTICS, default=None)
    enhanced_diagnostics: EnhancedDiagnostics | None = avp(ENHANCED_DIAGNOSTICS, default=None)
    cp_ciot_eps_optimisation_indicator: CPCIoTEPSOptimisationIndicator | int | None = avp(CP_CIOT_EPS_OPTIMISATION_INDICATOR, default=None)
    serving_plmn_rate_control: ServingPLMNRateControl | None = avp(SERVING_PLMN_RATE_CONTROL, default=None)
    apn_rate_control: APNRateControl | None = avp(APN_RATE_CONTROL, default=None)


@grouped(SERVICE_DATA_CONTAINER)
class ServiceDataContainer:
    """Service-Data-Container ::= < AVP Header: 2040, 10415 >
         [ AF-Correlation-Information ]
         [ Charging-Rule-Base-Name ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ Local-Sequence-Number ]
         [ QoS-Information ]
         [ Rating-Group ]
         [ Change-Time ]
         [ Service-Identifier ]
         [ Service-Specific-Info ]
         [ ADC-Rule-Base-Name ]
         [ SGSN-Address ]
         [ Time-First-Usage ]
         [ Time-Last-Usage ]
         [ Time-Usage ]
       * [ Change-Condition ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP2-BSID ]
         [ UWAN-User-Location-Info ]
         [ TWAN-User-Location-Info ]
         [ Sponsor-Identity ]
         [ Application-Service-Provider-Identity ]
       * [ Presence-Reporting-Area-Information ]
         [ Presence-Reporting-Area-Status ]
         [ User-CSG-Information ]
         [ 3GPP-RAT-Type ]
         [ Related-Change-Condition-Information ]
         [ Serving-PLMN-Rate-Control ]
         [ APN-Rate-Control ]
         [ 3GPP-PS-Data-Off-Status-32.299 ]
         [ Traffic-Steering-Policy-Identifier-DL ]
         [ Traffic-Steering-Policy-Identifier-UL ]
         [ VoLTE-Information ]
    """

    af_correlation_information: AFCorrelationInformation | None = avp(AF_CORRELATION_INFORMATION, default=None)
    charging_rule_base_name: str | None = avp(CHARGING_RULE_BASE_NAME, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    local_sequence_number: int | None = avp(LOCAL_SEQUENCE_NUMBER, default=None)
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    service_identifier: int | None = avp(SERVICE_IDENTIFIER, default=None)
    service_specific_info: ServiceSpecificInfo | None = avp(SERVICE_SPECIFIC_INFO, default=None)
    adc_rule_base_name: str | None = avp(ADC_RULE_BASE_NAME, default=None)
    sgsn_address: AddressValue | None = avp(SGSN_ADDRESS, default=None)
    time_first_usage: datetime | None = avp(TIME_FIRST_USAGE, default=None)
    time_last_usage: datetime | None = avp(TIME_LAST_USAGE, default=None)
    time_usage: int | None = avp(TIME_USAGE, default=None)
    change_condition: tuple[ChangeCondition | int, ...] = repeated(CHANGE_CONDITION, default=())
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    uwan_user_location_info: UWANUserLocationInfo | None = avp(UWAN_USER_LOCATION_INFO, default=None)
    twan_user_location_info: TWANUserLocationInfo | None = avp(TWAN_USER_LOCATION_INFO, default=None)
    sponsor_identity: str | None = avp(SPONSOR_IDENTITY, default=None)
    application_service_provider_identity: str | None = avp(APPLICATION_SERVICE_PROVIDER_IDENTITY, default=None)
    presence_reporting_area_information: tuple[PresenceReportingAreaInformation, ...] = repeated(PRESENCE_REPORTING_AREA_INFORMATION, default=())
    presence_reporting_area_status: PresenceReportingAreaStatus | int | None = avp(PRESENCE_REPORTING_AREA_STATUS, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)
    related_change_condition_information: RelatedChangeConditionInformation | None = avp(RELATED_CHANGE_CONDITION_INFORMATION, default=None)
    serving_plmn_rate_control: ServingPLMNRateControl | None = avp(SERVING_PLMN_RATE_CONTROL, default=None)
    apn_rate_control: APNRateControl | None = avp(APN_RATE_CONTROL, default=None)
    tgpp_ps_data_off_status_32_299: TGPPPSDataOffStatus32299 | int | None = avp(TGPP_PS_DATA_OFF_STATUS_32_299, default=None)
    traffic_steering_policy_identifier_dl: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, default=None)
    traffic_steering_policy_identifier_ul: bytes | None = avp(TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, default=None)
    volte_information: VoLTEInformation | None = avp(VOLTE_INFORMATION, default=None)


@grouped(VOLTE_INFORMATION)
class VoLTEInformation:
    """VoLTE-Information ::= < AVP Header: 1323, 10415 >
         [ Calling-Party-Address ]
         [ Callee-Information ]
    """

    calling_party_address: str | None = avp(CALLING_PARTY_ADDRESS, default=None)
    callee_information: CalleeInformation | None = avp(CALLEE_INFORMATION, default=None)


@grouped(RELATED_CHANGE_CONDITION_INFORMATION)
class RelatedChangeConditionInformation:
    """Related-Change-Condition-Information ::= < AVP Header: 3925, 10415 >
         [ SGSN-Address ]
       * [ Change-Condition ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP2-BSID ]
         [ UWAN-User-Location-Info ]
         [ Presence-Reporting-Area-Status ]
         [ User-CSG-Information ]
         [ 3GPP-RAT-Type ]
    """

    sgsn_address: AddressValue | None = avp(SGSN_ADDRESS, default=None)
    change_condition: tuple[ChangeCondition | int, ...] = repeated(CHANGE_CONDITION, default=())
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    tgpp2_bsid: str | None = avp(TGPP2_BSID, default=None)
    uwan_user_location_info: UWANUserLocationInfo | None = avp(UWAN_USER_LOCATION_INFO, default=None)
    presence_reporting_area_status: PresenceReportingAreaStatus | int | None = avp(PRESENCE_REPORTING_AREA_STATUS, default=None)
    user_csg_information: UserCSGInformation | None = avp(USER_CSG_INFORMATION, default=None)
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)


@grouped(USER_CSG_INFORMATION)
class UserCSGInformation:
    """User-CSG-Information ::= < AVP Header: 2319, 10415 >
         { CSG-Id }
         { CSG-Access-Mode }
         [ CSG-Membership-Indication ]
    """

    csg_id: int = avp(CSG_ID)
    csg_access_mode: CSGAccessMode | int = avp(CSG_ACCESS_MODE)
    csg_membership_indication: CSGMembershipIndication | int | None = avp(CSG_MEMBERSHIP_INDICATION, default=None)


@grouped(TWAN_USER_LOCATION_INFO)
class TWANUserLocationInfo:
    """TWAN-User-Location-Info ::= < AVP Header: 2714, 10415 >
         { SSID }
         [ BSSID ]
         [ Civic-Address-Information ]
         [ WLAN-Operator-Id ]
         [ Logical-Access-ID ]
    """

    ssid: str = avp(SSID)
    bssid: str | None = avp(BSSID, default=None)
    civic_address_information: str | None = avp(CIVIC_ADDRESS_INFORMATION, default=None)
    wlan_operator_id: WLANOperatorId | None = avp(WLAN_OPERATOR_ID, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)


@grouped(UWAN_USER_LOCATION_INFO)
class UWANUserLocationInfo:
    """UWAN-User-Location-Info ::= < AVP Header: 3918, 10415 >
         { UE-Local-IP-Address }
         [ UDP-Source-Port ]
         [ SSID ]
         [ BSSID ]
         [ TCP-Source-Port ]
         [ Civic-Address-Information ]
         [ WLAN-Operator-Id ]
         [ Logical-Access-ID ]
    """

    ue_local_ip_address: AddressValue = avp(UE_LOCAL_IP_ADDRESS)
    udp_source_port: int | None = avp(UDP_SOURCE_PORT, default=None)
    ssid: str | None = avp(SSID, default=None)
    bssid: str | None = avp(BSSID, default=None)
    tcp_source_port: int | None = avp(TCP_SOURCE_PORT, default=None)
    civic_address_information: str | None = avp(CIVIC_ADDRESS_INFORMATION, default=None)
    wlan_operator_id: WLANOperatorId | None = avp(WLAN_OPERATOR_ID, default=None)
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)


@grouped(WLAN_OPERATOR_ID)
class WLANOperatorId:
    """WLAN-Operator-Id ::= < AVP Header: 1306, 10415 >
         [ WLAN-PLMN-Id ]
         [ WLAN-Operator-Name ]
    """

    wlan_plmn_id: str | None = avp(WLAN_PLMN_ID, default=None)
    wlan_operator_name: str | None = avp(WLAN_OPERATOR_NAME, default=None)


@grouped(ENHANCED_DIAGNOSTICS)
class EnhancedDiagnostics:
    """Enhanced-Diagnostics ::= < AVP Header: 3901, 10415 >
       * [ RAN-NAS-Release-Cause ]
    """

    ran_nas_release_cause: tuple[bytes, ...] = repeated(RAN_NAS_RELEASE_CAUSE, default=())


@grouped(APN_RATE_CONTROL)
class APNRateControl:
    """APN-Rate-Control ::= < AVP Header: 3933, 10415 >
         [ APN-Rate-Control-Uplink ]
         [ APN-Rate-Control-Downlink ]
    """

    apn_rate_control_uplink: APNRateControlUplink | None = avp(APN_RATE_CONTROL_UPLINK, default=None)
    apn_rate_control_downlink: APNRateControlDownlink | None = avp(APN_RATE_CONTROL_DOWNLINK, default=None)


@grouped(APN_RATE_CONTROL_UPLINK)
class APNRateControlUplink:
    """APN-Rate-Control-Uplink ::= < AVP Header: 3935, 10415 >
         [ Additional-Exception-Reports ]
         [ Rate-Control-Time-Unit ]
         [ Rate-Control-Max-Rate ]
    """

    additional_exception_reports: AdditionalExceptionReports | int | None = avp(ADDITIONAL_EXCEPTION_REPORTS, default=None)
    rate_control_time_unit: RateControlTimeUnit | int | None = avp(RATE_CONTROL_TIME_UNIT, default=None)
    rate_control_max_rate: int | None = avp(RATE_CONTROL_MAX_RATE, default=None)


@grouped(APN_RATE_CONTROL_DOWNLINK)
class APNRateControlDownlink:
    """APN-Rate-Control-Downlink ::= < AVP Header: 3934, 10415 >
         [ Rate-Control-Time-Unit ]
         [ Rate-Control-Max-Rate ]
         [ Rate-Control-Max-Message-Size ]
    """

    rate_control_time_unit: RateControlTimeUnit | int | None = avp(RATE_CONTROL_TIME_UNIT, default=None)
    rate_control_max_rate: int | None = avp(RATE_CONTROL_MAX_RATE, default=None)
    rate_control_max_message_size: int | None = avp(RATE_CONTROL_MAX_MESSAGE_SIZE, default=None)


@grouped(SCS_AS_ADDRESS)
class SCSASAddress:
    """SCS-AS-Address ::= < AVP Header: 3940, 10415 >
         [ SCS-Realm ]
         [ SCS-Address ]
    """

    scs_realm: str | None = avp(SCS_REALM, default=None)
    scs_address: AddressValue | None = avp(SCS_ADDRESS, default=None)


@grouped(RAN_SECONDARY_RAT_USAGE_REPORT)
class RANSecondaryRATUsageReport:
    """RAN-Secondary-RAT-Usage-Report ::= < AVP Header: 1302, 10415 >
         [ Secondary-RAT-Type ]
         [ RAN-Start-Timestamp ]
         [ RAN-End-Timestamp ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ 3GPP-Charging-Id ]
    """

    secondary_rat_type: bytes | None = avp(SECONDARY_RAT_TYPE, default=None)
    ran_start_timestamp: datetime | None = avp(RAN_START_TIMESTAMP, default=None)
    ran_end_timestamp: datetime | None = avp(RAN_END_TIMESTAMP, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    tgpp_charging_id: bytes | None = avp(TGPP_CHARGING_ID, default=None)


@grouped(PSCELL_INFO)
class PSCellInfo:
    """PSCell-Info ::= < AVP Header: 1324, 10415 >
         [ Nr-Cgi ]
    """

    nr_cgi: str | None = avp(NR_CGI, default=None)


@grouped(IMS_INFORMATION)
class IMSInformation:
    """IMS-Information ::= < AVP Header: 876, 10415 >
         [ Event-Type ]
         [ Role-Of-Node ]
         { Node-Functionality }
         [ User-Session-Id ]
         [ Outgoing-Session-Id ]
         [ Session-Priority ]
       * [ Calling-Party-Address ]
         [ Called-Party-Address ]
       * [ Called-Asserted-Identity ]
         [ Called-Identity-Change ]
         [ Number-Portability-Routing-Information ]
         [ Carrier-Select-Routing-Information ]
         [ Alternate-Charged-Party-Address ]
       * [ Requested-Party-Address ]
       * [ Associated-URI ]
         [ Time-Stamps ]
       * [ Application-Server-Information ]
       * [ Inter-Operator-Identifier ]
       * [ Transit-IOI-List ]
         [ IMS-Charging-Identifier ]
       * [ SDP-Session-Description ]
       * [ SDP-Media-Component ]
         [ Served-Party-IP-Address ]
         [ Server-Capabilities ]
         [ Trunk-Group-ID ]
         [ Bearer-Service ]
         [ Service-Id ]
       * [ Service-Specific-Info ]
       * [ Message-Body ]
         [ Cause-Code ]
       * [ Reason-Header ]
       * [ Access-Network-Information ]
         [ Cellular-Network-Information ]
       * [ Early-Media-Description ]
         [ IMS-Communication-Service-Identifier ]
         [ IMS-Application-Reference-Identifier ]
         [ Online-Charging-Flag ]
         [ Real-Time-Tariff-Information ]
         [ Account-Expiration ]
         [ Initial-IMS-Charging-Identifier ]
       * [ NNI-Information ]
         [ From-Address ]
         [ IMS-Emergency-Indicator ]
         [ IMS-Visited-Network-Identifier ]
       * [ Access-Network-Info-Change ]
       * [ Access-Transfer-Information ]
         [ Related-IMS-Charging-Identifier ]
         [ Related-IMS-Charging-Identifier-Node ]
         [ Route-Header-Received ]
         [ Route-Header-Transmitted ]
         [ Instance-Id ]
         [ TAD-Identifier ]
         [ FE-Identifier-List ]
    """

    event_type: EventType | None = avp(EVENT_TYPE, default=None)
    role_of_node: RoleOfNode | int | None = avp(ROLE_OF_NODE, default=None)
    node_functionality: NodeFunctionality | int = avp(NODE_FUNCTIONALITY)
    user_session_id: str | None = avp(USER_SESSION_ID, default=None)
    outgoing_session_id: str | None = avp(OUTGOING_SESSION_ID, default=None)
    session_priority: SessionPriority | int | None = avp(SESSION_PRIORITY, default=None)
    calling_party_address: tuple[str, ...] = repeated(CALLING_PARTY_ADDRESS, default=())
    called_party_address: str | None = avp(CALLED_PARTY_ADDRESS, default=None)
    called_asserted_identity: tuple[str, ...] = repeated(CALLED_ASSERTED_IDENTITY, default=())
    called_identity_change: CalledIdentityChange | None = avp(CALLED_IDENTITY_CHANGE, default=None)
    number_portability_routing_information: str | None = avp(NUMBER_PORTABILITY_ROUTING_INFORMATION, default=None)
    carrier_select_routing_information: str | None = avp(CARRIER_SELECT_ROUTING_INFORMATION, default=None)
    alternate_charged_party_address: str | None = avp(ALTERNATE_CHARGED_PARTY_ADDRESS, default=None)
    requested_party_address: tuple[str, ...] = repeated(REQUESTED_PARTY_ADDRESS, default=())
    associated_uri: tuple[str, ...] = repeated(ASSOCIATED_URI, default=())
    time_stamps: TimeStamps | None = avp(TIME_STAMPS, default=None)
    application_server_information: tuple[ApplicationServerInformation, ...] = repeated(APPLICATION_SERVER_INFORMATION, default=())
    inter_operator_identifier: tuple[InterOperatorIdentifier, ...] = repeated(INTER_OPERATOR_IDENTIFIER, default=())
    transit_ioi_list: tuple[str, ...] = repeated(TRANSIT_IOI_LIST, default=())
    ims_charging_identifier: str | None = avp(IMS_CHARGING_IDENTIFIER, default=None)
    sdp_session_description: tuple[str, ...] = repeated(SDP_SESSION_DESCRIPTION, default=())
    sdp_media_component: tuple[SDPMediaComponent, ...] = repeated(SDP_MEDIA_COMPONENT, default=())
    served_party_ip_address: AddressValue | None = avp(SERVED_PARTY_IP_ADDRESS, default=None)
    server_capabilities: ServerCapabilities | None = avp(SERVER_CAPABILITIES, default=None)
    trunk_group_id: TrunkGroupID | None = avp(TRUNK_GROUP_ID, default=None)
    bearer_service: bytes | None = avp(BEARER_SERVICE, default=None)
    service_id_855: str | None = avp(SERVICE_ID_855, default=None)
    service_specific_info: tuple[ServiceSpecificInfo, ...] = repeated(SERVICE_SPECIFIC_INFO, default=())
    message_body: tuple[MessageBody, ...] = repeated(MESSAGE_BODY, default=())
    cause_code: CauseCode | int | None = avp(CAUSE_CODE, default=None)
    reason_header: tuple[str, ...] = repeated(REASON_HEADER, default=())
    access_network_information: tuple[bytes, ...] = repeated(ACCESS_NETWORK_INFORMATION, default=())
    cellular_network_information: bytes | None = avp(CELLULAR_NETWORK_INFORMATION, default=None)
    early_media_description: tuple[EarlyMediaDescription, ...] = repeated(EARLY_MEDIA_DESCRIPTION, default=())
    ims_communication_service_identifier: str | None = avp(IMS_COMMUNICATION_SERVICE_IDENTIFIER, default=None)
    ims_application_reference_identifier: str | None = avp(IMS_APPLICATION_REFERENCE_IDENTIFIER, default=None)
    online_charging_flag: OnlineChargingFlag | int | None = avp(ONLINE_CHARGING_FLAG, default=None)
    real_time_tariff_information: RealTimeTariffInformation | None = avp(REAL_TIME_TARIFF_INFORMATION, default=None)
    account_expiration: datetime | None = avp(ACCOUNT_EXPIRATION, default=None)
    initial_ims_charging_identifier: str | None = avp(INITIAL_IMS_CHARGING_IDENTIFIER, default=None)
    nni_information: tuple[NNIInformation, ...] = repeated(NNI_INFORMATION, default=())
    from_address: str | None = avp(FROM_ADDRESS, default=None)
    ims_emergency_indicator: IMSEmergencyIndicator | int | None = avp(IMS_EMERGENCY_INDICATOR, default=None)
    ims_visited_network_identifier: str | None = avp(IMS_VISITED_NETWORK_IDENTIFIER, default=None)
    access_network_info_change: tuple[AccessNetworkInfoChange, ...] = repeated(ACCESS_NETWORK_INFO_CHANGE, default=())
    access_transfer_information: tuple[AccessTransferInformation, ...] = repeated(ACCESS_TRANSFER_INFORMATION, default=())
    related_ims_charging_identifier: str | None = avp(RELATED_IMS_CHARGING_IDENTIFIER, default=None)
    related_ims_charging_identifier_node: AddressValue | None = avp(RELATED_IMS_CHARGING_IDENTIFIER_NODE, default=None)
    route_header_received: str | None = avp(ROUTE_HEADER_RECEIVED, default=None)
    route_header_transmitted: str | None = avp(ROUTE_HEADER_TRANSMITTED, default=None)
    instance_id: str | None = avp(INSTANCE_ID, default=None)
    tad_identifier: TADIdentifier | int | None = avp(TAD_IDENTIFIER, default=None)
    fe_identifier_list: str | None = avp(FE_IDENTIFIER_LIST, default=None)


@grouped(EVENT_TYPE)
class EventType:
    """Event-Type ::= < AVP Header: 823, 10415 >
         [ SIP-Method ]
         [ Event ]
         [ Expires ]
    """

    sip_method: str | None = avp(SIP_METHOD, default=None)
    event: str | None = avp(EVENT, default=None)
    expires: int | None = avp(EXPIRES, default=None)


@grouped(CALLED_IDENTITY_CHANGE)
class CalledIdentityChange:
    """Called-Identity-Change ::= < AVP Header: 3917, 10415 >
         [ Called-Identity ]
         [ Change-Time ]
    """

    called_identity: str | None = avp(CALLED_IDENTITY, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)


@grouped(TIME_STAMPS)
class TimeStamps:
    """Time-Stamps ::= < AVP Header: 833, 10415 >
         [ SIP-Request-Timestamp ]
         [ SIP-Response-Timestamp ]
         [ SIP-Request-Timestamp-Fraction ]
         [ SIP-Response-Timestamp-Fraction ]
    """

    sip_request_timestamp: datetime | None = avp(SIP_REQUEST_TIMESTAMP, default=None)
    sip_response_timestamp: datetime | None = avp(SIP_RESPONSE_TIMESTAMP, default=None)
    sip_request_timestamp_fraction: int | None = avp(SIP_REQUEST_TIMESTAMP_FRACTION, default=None)
    sip_response_timestamp_fraction: int | None = avp(SIP_RESPONSE_TIMESTAMP_FRACTION, default=None)


@grouped(APPLICATION_SERVER_INFORMATION)
class ApplicationServerInformation:
    """Application-Server-Information ::= < AVP Header: 850, 10415 >
         [ Application-Server ]
       * [ Application-Provided-Called-Party-Address ]
         [ Status-AS-Code ]
    """

    application_server: str | None = avp(APPLICATION_SERVER, default=None)
    application_provided_called_party_address: tuple[str, ...] = repeated(APPLICATION_PROVIDED_CALLED_PARTY_ADDRESS, default=())
    status_as_code: StatusASCode | int | None = avp(STATUS_AS_CODE, default=None)


@grouped(INTER_OPERATOR_IDENTIFIER)
class InterOperatorIdentifier:
    """Inter-Operator-Identifier ::= < AVP Header: 838, 10415 >
         [ Originating-IOI ]
         [ Terminating-IOI ]
    """

    originating_ioi: str | None = avp(ORIGINATING_IOI, default=None)
    terminating_ioi: str | None = avp(TERMINATING_IOI, default=None)


@grouped(SDP_MEDIA_COMPONENT)
class SDPMediaComponent:
    """SDP-Media-Component ::= < AVP Header: 843, 10415 >
         [ SDP-Media-Name ]
       * [ SDP-Media-Description ]
         [ Local-GW-Inserted-Indication ]
         [ IP-Realm-Default-Indication ]
         [ Transcoder-Inserted-Indication ]
         [ Media-Initiator-Flag ]
         [ Media-Initiator-Party ]
         [ 3GPP-Charging-Id ]
         [ Access-Network-Charging-Identifier-Value ]
         [ SDP-Type ]
    """

    sdp_media_name: str | None = avp(SDP_MEDIA_NAME, default=None)
    sdp_media_description: tuple[str, ...] = repeated(SDP_MEDIA_DESCRIPTION, default=())
    local_gw_inserted_indication: LocalGWInsertedIndication | int | None = avp(LOCAL_GW_INSERTED_INDICATION, default=None)
    ip_realm_default_indication: IPRealmDefaultIndication | int | None = avp(IP_REALM_DEFAULT_INDICATION, default=None)
    transcoder_inserted_indication: TranscoderInsertedIndication | int | None = avp(TRANSCODER_INSERTED_INDICATION, default=None)
    media_initiator_flag: MediaInitiatorFlag | int | None = avp(MEDIA_INITIATOR_FLAG, default=None)
    media_initiator_party: str | None = avp(MEDIA_INITIATOR_PARTY, default=None)
    tgpp_charging_id: bytes | None = avp(TGPP_CHARGING_ID, default=None)
    access_network_charging_identifier_value: bytes | None = avp(ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, default=None)
    sdp_type: SDPType | int | None = avp(SDP_TYPE, default=None)


@grouped(TRUNK_GROUP_ID)
class TrunkGroupID:
    """Trunk-Group-ID ::= < AVP Header: 851, 10415 >
         [ Incoming-Trunk-Group-ID ]
         [ Outgoing-Trunk-Group-ID ]
    """

    incoming_trunk_group_id: str | None = avp(INCOMING_TRUNK_GROUP_ID, default=None)
    outgoing_trunk_group_id: str | None = avp(OUTGOING_TRUNK_GROUP_ID, default=None)


@grouped(SERVICE_SPECIFIC_INFO)
class ServiceSpecificInfo:
    """Service-Specific-Info ::= < AVP Header: 1249, 10415 >
         [ Service-Specific-Data ]
         [ Service-Specific-Type ]
    """

    service_specific_data: str | None = avp(SERVICE_SPECIFIC_DATA, default=None)
    service_specific_type: int | None = avp(SERVICE_SPECIFIC_TYPE, default=None)


@grouped(MESSAGE_BODY)
class MessageBody:
    """Message-Body ::= < AVP Header: 889, 10415 >
         { Content-Type }
         { Content-Length }
         [ Content-Disposition ]
         [ Originator ]
    """

    content_type: str = avp(CONTENT_TYPE)
    content_length: int = avp(CONTENT_LENGTH)
    content_disposition: str | None = avp(CONTENT_DISPOSITION, default=None)
    originator: Originator | int | None = avp(ORIGINATOR, default=None)


@grouped(EARLY_MEDIA_DESCRIPTION)
class EarlyMediaDescription:
    """Early-Media-Description ::= < AVP Header: 1272, 10415 >
         [ SDP-TimeStamps ]
       * [ SDP-Media-Component ]
       * [ SDP-Session-Description ]
    """

    sdp_timestamps: SDPTimeStamps | None = avp(SDP_TIMESTAMPS, default=None)
    sdp_media_component: tuple[SDPMediaComponent, ...] = repeated(SDP_MEDIA_COMPONENT, default=())
    sdp_session_description: tuple[str, ...] = repeated(SDP_SESSION_DESCRIPTION, default=())


@grouped(SDP_TIMESTAMPS)
class SDPTimeStamps:
    """SDP-TimeStamps ::= < AVP Header: 1273, 10415 >
         [ SDP-Offer-Timestamp ]
         [ SDP-Answer-Timestamp ]
    """

    sdp_offer_timestamp: datetime | None = avp(SDP_OFFER_TIMESTAMP, default=None)
    sdp_answer_timestamp: datetime | None = avp(SDP_ANSWER_TIMESTAMP, default=None)


@grouped(REAL_TIME_TARIFF_INFORMATION)
class RealTimeTariffInformation:
    """Real-Time-Tariff-Information ::= < AVP Header: 2305, 10415 >
         [ Tariff-Information ]
         [ Tariff-XML ]
    """

    tariff_information: TariffInformation | None = avp(TARIFF_INFORMATION, default=None)
    tariff_xml: str | None = avp(TARIFF_XML, default=None)


@grouped(NNI_INFORMATION)
class NNIInformation:
    """NNI-Information ::= < AVP Header: 2703, 10415 >
         [ Session-Direction ]
         [ NNI-Type ]
         [ Relationship-Mode ]
         [ Neighbour-Node-Address ]
    """

    session_direction: SessionDirection | int | None = avp(SESSION_DIRECTION, default=None)
    nni_type: NNIType | int | None = avp(NNI_TYPE, default=None)
    relationship_mode: RelationshipMode | int | None = avp(RELATIONSHIP_MODE, default=None)
    neighbour_node_address: AddressValue | None = avp(NEIGHBOUR_NODE_ADDRESS, default=None)


@grouped(ACCESS_NETWORK_INFO_CHANGE)
class AccessNetworkInfoChange:
    """Access-Network-Info-Change ::= < AVP Header: 4401, 10415 >
       * [ Access-Network-Information ]
         [ Cellular-Network-Information ]
         [ Change-Time ]
    """

    access_network_information: tuple[bytes, ...] = repeated(ACCESS_NETWORK_INFORMATION, default=())
    cellular_network_information: bytes | None = avp(CELLULAR_NETWORK_INFORMATION, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)


@grouped(ACCESS_TRANSFER_INFORMATION)
class AccessTransferInformation:
    """Access-Transfer-Information ::= < AVP Header: 2709, 10415 >
         [ Access-Transfer-Type ]
       * [ Access-Network-Information ]
         [ Cellular-Network-Information ]
         [ Inter-UE-Transfer ]
         [ User-Equipment-Info ]
         [ Instance-Id ]
         [ Related-IMS-Charging-Identifier ]
         [ Related-IMS-Charging-Identifier-Node ]
         [ Change-Time ]
    """

    access_transfer_type: AccessTransferType | int | None = avp(ACCESS_TRANSFER_TYPE, default=None)
    access_network_information: tuple[bytes, ...] = repeated(ACCESS_NETWORK_INFORMATION, default=())
    cellular_network_information: bytes | None = avp(CELLULAR_NETWORK_INFORMATION, default=None)
    inter_ue_transfer: InterUETransfer | int | None = avp(INTER_UE_TRANSFER, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    instance_id: str | None = avp(INSTANCE_ID, default=None)
    related_ims_charging_identifier: str | None = avp(RELATED_IMS_CHARGING_IDENTIFIER, default=None)
    related_ims_charging_identifier_node: AddressValue | None = avp(RELATED_IMS_CHARGING_IDENTIFIER_NODE, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)


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
         [ Time-Quota-Threshold ]
         [ Volume-Quota-Threshold ]
         [ Unit-Quota-Threshold ]
         [ Quota-Holding-Time ]
         [ Quota-Consumption-Time ]
       * [ Reporting-Reason ]
         [ Trigger ]
         [ PS-Furnish-Charging-Information ]
         [ Refund-Information ]
       * [ AF-Correlation-Information ]
       * [ Envelope ]
         [ Envelope-Reporting ]
         [ Time-Quota-Mechanism ]
       * [ Service-Specific-Info ]
         [ QoS-Information ]
       * [ Announcement-Information ]
         [ 3GPP-RAT-Type ]
         [ Related-Trigger ]
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
    time_quota_threshold: int | None = avp(TIME_QUOTA_THRESHOLD, default=None)
    volume_quota_threshold: int | None = avp(VOLUME_QUOTA_THRESHOLD, default=None)
    unit_quota_threshold: int | None = avp(UNIT_QUOTA_THRESHOLD, default=None)
    quota_holding_time: int | None = avp(QUOTA_HOLDING_TIME, default=None)
    quota_consumption_time: int | None = avp(QUOTA_CONSUMPTION_TIME, default=None)
    reporting_reason: tuple[ReportingReason | int, ...] = repeated(REPORTING_REASON, default=())
    trigger: Trigger | None = avp(TRIGGER, default=None)
    ps_furnish_charging_information: PSFurnishChargingInformation | None = avp(PS_FURNISH_CHARGING_INFORMATION, default=None)
    refund_information: bytes | None = avp(REFUND_INFORMATION, default=None)
    af_correlation_information: tuple[AFCorrelationInformation, ...] = repeated(AF_CORRELATION_INFORMATION, default=())
    envelope: tuple[Envelope, ...] = repeated(ENVELOPE, default=())
    envelope_reporting: EnvelopeReporting | int | None = avp(ENVELOPE_REPORTING, default=None)
    time_quota_mechanism: TimeQuotaMechanism | None = avp(TIME_QUOTA_MECHANISM, default=None)
    service_specific_info: tuple[ServiceSpecificInfo, ...] = repeated(SERVICE_SPECIFIC_INFO, default=())
    qos_information: QoSInformation | None = avp(QOS_INFORMATION, default=None)
    announcement_information: tuple[AnnouncementInformation, ...] = repeated(ANNOUNCEMENT_INFORMATION, default=())
    tgpp_rat_type: bytes | None = avp(TGPP_RAT_TYPE, default=None)
    related_trigger: RelatedTrigger | None = avp(RELATED_TRIGGER, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(USED_SERVICE_UNIT)
class UsedServiceUnit:
    """Used-Service-Unit ::= < AVP Header: 446 >
         [ Reporting-Reason ]
         [ Tariff-Change-Usage ]
         [ CC-Time ]
         [ CC-Money ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ Event-Charging-TimeStamp ]
       * [ AVP ]
    """

    reporting_reason: ReportingReason | int | None = avp(REPORTING_REASON, default=None)
    tariff_change_usage: TariffChangeUsage | int | None = avp(TARIFF_CHANGE_USAGE, default=None)
    cc_time: int | None = avp(CC_TIME, default=None)
    cc_money: CCMoney | None = avp(CC_MONEY, default=None)
    cc_total_octets: int | None = avp(CC_TOTAL_OCTETS, default=None)
    cc_input_octets: int | None = avp(CC_INPUT_OCTETS, default=None)
    cc_output_octets: int | None = avp(CC_OUTPUT_OCTETS, default=None)
    cc_service_specific_units: int | None = avp(CC_SERVICE_SPECIFIC_UNITS, default=None)
    event_charging_timestamp: tuple[datetime, ...] = repeated(EVENT_CHARGING_TIMESTAMP, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(TRIGGER)
class Trigger:
    """Trigger ::= < AVP Header: 1264, 10415 >
       * [ Trigger-Type ]
    """

    trigger_type: tuple[TriggerType | int, ...] = repeated(TRIGGER_TYPE, default=())


@grouped(RELATED_TRIGGER)
class RelatedTrigger:
    """Related-Trigger ::= < AVP Header: 3926, 10415 >
       * [ Trigger-Type ]
    """

    trigger_type: tuple[TriggerType | int, ...] = repeated(TRIGGER_TYPE, default=())


@grouped(AF_CORRELATION_INFORMATION)
class AFCorrelationInformation:
    """AF-Correlation-Information ::= < AVP Header: 1276, 10415 >
         { AF-Charging-Identifier }
       * [ Flows ]
    """

    af_charging_identifier: bytes = avp(AF_CHARGING_IDENTIFIER)
    flows: tuple[Flows, ...] = repeated(FLOWS, default=())


@grouped(ENVELOPE)
class Envelope:
    """Envelope ::= < AVP Header: 1266, 10415 >
         { Envelope-Start-Time }
         [ Envelope-End-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
    """

    envelope_start_time: datetime = avp(ENVELOPE_START_TIME)
    envelope_end_time: datetime | None = avp(ENVELOPE_END_TIME, default=None)
    cc_total_octets: int | None = avp(CC_TOTAL_OCTETS, default=None)
    cc_input_octets: int | None = avp(CC_INPUT_OCTETS, default=None)
    cc_output_octets: int | None = avp(CC_OUTPUT_OCTETS, default=None)
    cc_service_specific_units: int | None = avp(CC_SERVICE_SPECIFIC_UNITS, default=None)


@grouped(TIME_QUOTA_MECHANISM)
class TimeQuotaMechanism:
    """Time-Quota-Mechanism ::= < AVP Header: 1270, 10415 >
         { Time-Quota-Type }
         { Base-Time-Interval }
    """

    time_quota_type: TimeQuotaType | int = avp(TIME_QUOTA_TYPE)
    base_time_interval: int = avp(BASE_TIME_INTERVAL)


@grouped(ANNOUNCEMENT_INFORMATION)
class AnnouncementInformation:
    """Announcement-Information ::= < AVP Header: 3904, 10415 >
         { Announcement-Identifier }
       * [ Variable-Part ]
         [ Time-Indicator ]
         [ Quota-Indicator ]
         [ Announcement-Order ]
         [ Play-Alternative ]
         [ Privacy-Indicator ]
         [ Language ]
    """

    announcement_identifier: int = avp(ANNOUNCEMENT_IDENTIFIER)
    variable_part: tuple[VariablePart, ...] = repeated(VARIABLE_PART, default=())
    time_indicator: int | None = avp(TIME_INDICATOR, default=None)
    quota_indicator: QuotaIndicator | int | None = avp(QUOTA_INDICATOR, default=None)
    announcement_order: int | None = avp(ANNOUNCEMENT_ORDER, default=None)
    play_alternative: PlayAlternative | int | None = avp(PLAY_ALTERNATIVE, default=None)
    privacy_indicator: PrivacyIndicator | int | None = avp(PRIVACY_INDICATOR, default=None)
    language: str | None = avp(LANGUAGE, default=None)


@grouped(VARIABLE_PART)
class VariablePart:
    """Variable-Part ::= < AVP Header: 3907, 10415 >
         [ Variable-Part-Order ]
         { Variable-Part-Type }
         { Variable-Part-Value }
    """

    variable_part_order: int | None = avp(VARIABLE_PART_ORDER, default=None)
    variable_part_type: VariablePartType | int = avp(VARIABLE_PART_TYPE)
    variable_part_value: str = avp(VARIABLE_PART_VALUE)


@grouped(REMAINING_BALANCE)
class RemainingBalance:
    """Remaining-Balance ::= < AVP Header: 2021, 10415 >
         { Unit-Value }
         { Currency-Code }
    """

    unit_value: UnitValue = avp(UNIT_VALUE)
    currency_code: int = avp(CURRENCY_CODE)


@grouped(TGPP_OC_SPECIFIC_REDUCTION)
class TGPPOCSpecificReduction:
    """3GPP-OC-Specific-Reduction ::= < AVP Header: 1320, 10415 >
       * [ 3GPP-OC-Rating-Group ]
       * [ 3GPP-OC-Request-Type ]
         [ OC-Reduction-Percentage ]
       * [ AVP ]
    """

    tgpp_oc_rating_group: tuple[int, ...] = repeated(TGPP_OC_RATING_GROUP, default=())
    tgpp_oc_request_type: tuple[TGPPOCRequestType | int, ...] = repeated(TGPP_OC_REQUEST_TYPE, default=())
    oc_reduction_percentage: int | None = avp(OC_REDUCTION_PERCENTAGE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@grouped(EXPOSURE_FUNCTION_API_INFORMATION)
class ExposureFunctionAPIInformation:
    """Exposure-Function-API-Information ::= < AVP Header: 1316, 10415 >
       * [ Supported-Features ]
         [ API-Content ]
         [ API-Direction ]
         [ API-Identifier ]
         [ API-Invocation-Timestamp ]
         [ API-Network-Service-Node ]
         [ API-Result-Code ]
         [ API-Size ]
         [ SCEF-Address ]
         [ SCS-AS-Address ]
         [ TLTRI ]
    """

    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    api_content: str | None = avp(API_CONTENT, default=None)
    api_direction: APIDirection | int | None = avp(API_DIRECTION, default=None)
    api_identifier: bytes | None = avp(API_IDENTIFIER, default=None)
    api_invocation_timestamp: datetime | None = avp(API_INVOCATION_TIMESTAMP, default=None)
    api_network_service_node: APINetworkServiceNode | int | None = avp(API_NETWORK_SERVICE_NODE, default=None)
    api_result_code: int | None = avp(API_RESULT_CODE, default=None)
    api_size: int | None = avp(API_SIZE, default=None)
    scef_address: AddressValue | None = avp(SCEF_ADDRESS, default=None)
    scs_as_address: SCSASAddress | None = avp(SCS_AS_ADDRESS, default=None)
    tltri: int | None = avp(TLTRI, default=None)


@grouped(MONITORING_EVENT_INFORMATION)
class MonitoringEventInformation:
    """Monitoring-Event-Information ::= < AVP Header: 3921, 10415 >
         [ Monitoring-Event-Functionality ]
         [ Event-Timestamp ]
         [ Monitoring-Event-Configuration-Activity ]
         [ SCEF-Reference-ID ]
         [ SCEF-ID ]
         [ Monitoring-Type ]
         [ Maximum-Number-of-Reports ]
         [ Monitoring-Duration ]
         [ Charged-Party ]
         [ Maximum-Detection-Time ]
         [ UE-Reachability-Configuration ]
         [ MONTE-Location-Type ]
         [ Accuracy ]
       * [ Number-Of-UE-Per-Location-Configuration ]
       * [ Monitoring-Event-Report ]
    """

    monitoring_event_functionality: MonitoringEventFunctionality | int | None = avp(MONITORING_EVENT_FUNCTIONALITY, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    monitoring_event_configuration_activity: MonitoringEventConfigurationActivity | int | None = avp(MONITORING_EVENT_CONFIGURATION_ACTIVITY, default=None)
    scef_reference_id: int | None = avp(SCEF_REFERENCE_ID, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    monitoring_type: MonitoringType | int | None = avp(MONITORING_TYPE, default=None)
    maximum_number_of_reports: int | None = avp(MAXIMUM_NUMBER_OF_REPORTS, default=None)
    monitoring_duration: datetime | None = avp(MONITORING_DURATION, default=None)
    charged_party: str | None = avp(CHARGED_PARTY, default=None)
    maximum_detection_time: int | None = avp(MAXIMUM_DETECTION_TIME, default=None)
    ue_reachability_configuration: UEReachabilityConfiguration | None = avp(UE_REACHABILITY_CONFIGURATION, default=None)
    monte_location_type: MONTELocationType | int | None = avp(MONTE_LOCATION_TYPE, default=None)
    accuracy: Accuracy | int | None = avp(ACCURACY, default=None)
    number_of_ue_per_location_configuration: tuple[NumberOfUEPerLocationConfiguration, ...] = repeated(NUMBER_OF_UE_PER_LOCATION_CONFIGURATION, default=())
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())


@grouped(MONITORING_EVENT_REPORT_DATA)
class MonitoringEventReportData:
    """Monitoring-Event-Report-Data ::= < AVP Header: 3920, 10415 >
         [ Event-Timestamp ]
         [ SCEF-Reference-ID ]
         [ SCEF-ID ]
         [ Monitoring-Event-Report-Number ]
         [ Charged-Party ]
         [ Subscription-Id ]
         [ Monitoring-Type ]
         [ Reachability-Information ]
         [ EPS-Location-Information ]
         [ Communication-Failure-Information ]
       * [ Number-Of-UE-Per-Location-Report ]
    """

    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    scef_reference_id: int | None = avp(SCEF_REFERENCE_ID, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    monitoring_event_report_number: int | None = avp(MONITORING_EVENT_REPORT_NUMBER, default=None)
    charged_party: str | None = avp(CHARGED_PARTY, default=None)
    subscription_id: SubscriptionId | None = avp(SUBSCRIPTION_ID, default=None)
    monitoring_type: MonitoringType | int | None = avp(MONITORING_TYPE, default=None)
    reachability_information: ReachabilityInformation | int | None = avp(REACHABILITY_INFORMATION, default=None)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    communication_failure_information: CommunicationFailureInformation | None = avp(COMMUNICATION_FAILURE_INFORMATION, default=None)
    number_of_ue_per_location_report: tuple[NumberOfUEPerLocationReport, ...] = repeated(NUMBER_OF_UE_PER_LOCATION_REPORT, default=())


@grouped(MMS_INFORMATION)
class MMSInformation:
    """MMS-Information ::= < AVP Header: 877, 10415 >
         [ Originator-Address ]
       * [ Recipient-Address ]
         [ Submission-Time ]
         [ MM-Content-Type ]
         [ Priority ]
         [ Message-ID ]
         [ Message-Type ]
         [ Message-Size ]
         [ Message-Class ]
         [ Delivery-Report-Requested ]
         [ Read-Reply-Report-Requested ]
         [ MMBox-Storage-Requested ]
         [ Applic-ID ]
         [ Reply-Applic-ID ]
         [ Aux-Applic-Info ]
         [ Content-Class ]
         [ DRM-Content ]
         [ Adaptations ]
         [ VASP-ID ]
         [ VAS-ID ]
    """

    originator_address: OriginatorAddress | None = avp(ORIGINATOR_ADDRESS, default=None)
    recipient_address: tuple[RecipientAddress, ...] = repeated(RECIPIENT_ADDRESS, default=())
    submission_time: datetime | None = avp(SUBMISSION_TIME, default=None)
    mm_content_type: MMContentType | None = avp(MM_CONTENT_TYPE, default=None)
    priority: Priority | int | None = avp(PRIORITY, default=None)
    message_id: str | None = avp(MESSAGE_ID, default=None)
    message_type: MessageType | int | None = avp(MESSAGE_TYPE, default=None)
    message_size: int | None = avp(MESSAGE_SIZE, default=None)
    message_class: MessageClass | None = avp(MESSAGE_CLASS, default=None)
    delivery_report_requested: DeliveryReportRequested | int | None = avp(DELIVERY_REPORT_REQUESTED, default=None)
    read_reply_report_requested: ReadReplyReportRequested | int | None = avp(READ_REPLY_REPORT_REQUESTED, default=None)
    mmbox_storage_requested: MMBoxStorageRequested | int | None = avp(MMBOX_STORAGE_REQUESTED, default=None)
    applic_id: str | None = avp(APPLIC_ID, default=None)
    reply_applic_id: str | None = avp(REPLY_APPLIC_ID, default=None)
    aux_applic_info: str | None = avp(AUX_APPLIC_INFO, default=None)
    content_class: ContentClass | int | None = avp(CONTENT_CLASS, default=None)
    drm_content: DRMContent | int | None = avp(DRM_CONTENT, default=None)
    adaptations: Adaptations | int | None = avp(ADAPTATIONS, default=None)
    vasp_id: str | None = avp(VASP_ID, default=None)
    vas_id: str | None = avp(VAS_ID, default=None)


@grouped(ORIGINATOR_ADDRESS)
class OriginatorAddress:
    """Originator-Address ::= < AVP Header: 886, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """

    address_type: AddressType | int | None = avp(ADDRESS_TYPE, default=None)
    address_data: str | None = avp(ADDRESS_DATA, default=None)
    address_domain: AddressDomain | None = avp(ADDRESS_DOMAIN, default=None)


@grouped(RECIPIENT_ADDRESS)
class RecipientAddress:
    """Recipient-Address ::= < AVP Header: 1201, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
         [ Addressee-Type ]
    """

    address_type: AddressType | int | None = avp(ADDRESS_TYPE, default=None)
    address_data: str | None = avp(ADDRESS_DATA, default=None)
    address_domain: AddressDomain | None = avp(ADDRESS_DOMAIN, default=None)
    addressee_type: AddresseeType | int | None = avp(ADDRESSEE_TYPE, default=None)


@grouped(ADDRESS_DOMAIN)
class AddressDomain:
    """Address-Domain ::= < AVP Header: 898, 10415 >
         [ Domain-Name ]
         [ 3GPP-IMSI-MCC-MNC ]
    """

    domain_name: str | None = avp(DOMAIN_NAME, default=None)
    tgpp_imsi_mcc_mnc: str | None = avp(TGPP_IMSI_MCC_MNC, default=None)


@grouped(MM_CONTENT_TYPE)
class MMContentType:
    """MM-Content-Type ::= < AVP Header: 1203, 10415 >
         [ Type-Number ]
         [ Additional-Type-Information ]
         [ Content-Size ]
       * [ Additional-Content-Information ]
    """

    type_number: TypeNumber | int | None = avp(TYPE_NUMBER, default=None)
    additional_type_information: str | None = avp(ADDITIONAL_TYPE_INFORMATION, default=None)
    content_size: int | None = avp(CONTENT_SIZE, default=None)
    additional_content_information: tuple[AdditionalContentInformation, ...] = repeated(ADDITIONAL_CONTENT_INFORMATION, default=())


@grouped(ADDITIONAL_CONTENT_INFORMATION)
class AdditionalContentInformation:
    """Additional-Content-Information ::= < AVP Header: 1207, 10415 >
         [ Type-Number ]
         [ Additional-Type-Information ]
         [ Content-Size ]
    """

    type_number: TypeNumber | int | None = avp(TYPE_NUMBER, default=None)
    additional_type_information: str | None = avp(ADDITIONAL_TYPE_INFORMATION, default=None)
    content_size: int | None = avp(CONTENT_SIZE, default=None)


@grouped(MESSAGE_CLASS)
class MessageClass:
    """Message-Class ::= < AVP Header: 1213, 10415 >
         [ Class-Identifier ]
         [ Token-Text ]
    """

    class_identifier: ClassIdentifier | int | None = avp(CLASS_IDENTIFIER, default=None)
    token_text: str | None = avp(TOKEN_TEXT, default=None)


@grouped(LCS_INFORMATION)
class LCSInformation:
    """LCS-Information ::= < AVP Header: 878, 10415 >
         [ LCS-Client-ID ]
         [ Location-Type ]
         [ Location-Estimate ]
         [ Positioning-Data ]
         [ 3GPP-IMSI ]
         [ MSISDN ]
    """

    lcs_client_id: LCSClientID | None = avp(LCS_CLIENT_ID, default=None)
    location_type: LocationType | None = avp(LOCATION_TYPE, default=None)
    location_estimate: bytes | None = avp(LOCATION_ESTIMATE, default=None)
    positioning_data: str | None = avp(POSITIONING_DATA, default=None)
    tgpp_imsi: str | None = avp(TGPP_IMSI, default=None)
    msisdn: bytes | None = avp(MSISDN, default=None)


@grouped(LCS_CLIENT_ID)
class LCSClientID:
    """LCS-Client-ID ::= < AVP Header: 1232, 10415 >
         [ LCS-Client-Type ]
         [ LCS-Client-External-ID ]
         [ LCS-Client-Dialed-By-MS ]
         [ LCS-Client-Name ]
         [ LCS-APN ]
         [ LCS-Requestor-ID ]
    """

    lcs_client_type: LCSClientType | int | None = avp(LCS_CLIENT_TYPE, default=None)
    lcs_client_external_id: str | None = avp(LCS_CLIENT_EXTERNAL_ID, default=None)
    lcs_client_dialed_by_ms: str | None = avp(LCS_CLIENT_DIALED_BY_MS, default=None)
    lcs_client_name: LCSClientName | None = avp(LCS_CLIENT_NAME, default=None)
    lcs_apn: str | None = avp(LCS_APN, default=None)
    lcs_requestor_id: LCSRequestorID | None = avp(LCS_REQUESTOR_ID, default=None)


@grouped(LCS_CLIENT_NAME)
class LCSClientName:
    """LCS-Client-Name ::= < AVP Header: 1235, 10415 >
         [ LCS-Data-Coding-Scheme ]
         [ LCS-Name-String ]
         [ LCS-Format-Indicator ]
    """

    lcs_data_coding_scheme: str | None = avp(LCS_DATA_CODING_SCHEME, default=None)
    lcs_name_string: str | None = avp(LCS_NAME_STRING, default=None)
    lcs_format_indicator: LCSFormatIndicator | int | None = avp(LCS_FORMAT_INDICATOR, default=None)


@grouped(LCS_REQUESTOR_ID)
class LCSRequestorID:
    """LCS-Requestor-ID ::= < AVP Header: 1239, 10415 >
         [ LCS-Data-Coding-Scheme ]
         [ LCS-Requestor-ID-String ]
    """

    lcs_data_coding_scheme: str | None = avp(LCS_DATA_CODING_SCHEME, default=None)
    lcs_requestor_id_string: str | None = avp(LCS_REQUESTOR_ID_STRING, default=None)


@grouped(LOCATION_TYPE)
class LocationType:
    """Location-Type ::= < AVP Header: 1244, 10415 >
         [ Location-Estimate-Type ]
         [ Deferred-Location-Event-Type ]
    """

    location_estimate_type: LocationEstimateType | int | None = avp(LOCATION_ESTIMATE_TYPE, default=None)
    deferred_location_event_type: str | None = avp(DEFERRED_LOCATION_EVENT_TYPE, default=None)


@grouped(POC_INFORMATION)
class PoCInformation:
    """PoC-Information ::= < AVP Header: 879, 10415 >
         [ PoC-Server-Role ]
         [ PoC-Session-Type ]
         [ PoC-User-Role ]
         [ PoC-Session-Initiation-type ]
         [ PoC-Event-Type ]
         [ Number-Of-Participants ]
       * [ Participants-Involved ]
       * [ Participant-Group ]
       * [ Talk-Burst-Exchange ]
         [ PoC-Controlling-Address ]
         [ PoC-Group-Name ]
         [ PoC-Session-Id ]
         [ Charged-Party ]
    """

    poc_server_role: PoCServerRole | int | None = avp(POC_SERVER_ROLE, default=None)
    poc_session_type: PoCSessionType | int | None = avp(POC_SESSION_TYPE, default=None)
    poc_user_role: PoCUserRole | None = avp(POC_USER_ROLE, default=None)
    poc_session_initiation_type: PoCSessionInitiationType | int | None = avp(POC_SESSION_INITIATION_TYPE, default=None)
    poc_event_type: PoCEventType | int | None = avp(POC_EVENT_TYPE, default=None)
    number_of_participants: int | None = avp(NUMBER_OF_PARTICIPANTS, default=None)
    participants_involved: tuple[str, ...] = repeated(PARTICIPANTS_INVOLVED, default=())
    participant_group: tuple[ParticipantGroup, ...] = repeated(PARTICIPANT_GROUP, default=())
    talk_burst_exchange: tuple[TalkBurstExchange, ...] = repeated(TALK_BURST_EXCHANGE, default=())
    poc_controlling_address: str | None = avp(POC_CONTROLLING_ADDRESS, default=None)
    poc_group_name: str | None = avp(POC_GROUP_NAME, default=None)
    poc_session_id: str | None = avp(POC_SESSION_ID, default=None)
    charged_party: str | None = avp(CHARGED_PARTY, default=None)


@grouped(POC_USER_ROLE)
class PoCUserRole:
    """PoC-User-Role ::= < AVP Header: 1252, 10415 >
         [ PoC-User-Role-IDs ]
         [ PoC-User-Role-Info-Units ]
    """

    poc_user_role_ids: str | None = avp(POC_USER_ROLE_IDS, default=None)
    poc_user_role_info_units: PoCUserRoleInfoUnits | int | None = avp(POC_USER_ROLE_INFO_UNITS, default=None)


@grouped(PARTICIPANT_GROUP)
class ParticipantGroup:
    """Participant-Group ::= < AVP Header: 1260, 10415 >
         [ Called-Party-Address ]
         [ Participant-Access-Priority ]
         [ User-Participating-Type ]
    """

    called_party_address: str | None = avp(CALLED_PARTY_ADDRESS, default=None)
    participant_access_priority: ParticipantAccessPriority | int | None = avp(PARTICIPANT_ACCESS_PRIORITY, default=None)
    user_participating_type: UserParticipatingType | int | None = avp(USER_PARTICIPATING_TYPE, default=None)


@grouped(TALK_BURST_EXCHANGE)
class TalkBurstExchange:
    """Talk-Burst-Exchange ::= < AVP Header: 1255, 10415 >
         { PoC-Change-Time }
         [ Number-Of-Talk-Bursts ]
         [ Talk-Burst-Volume ]
         [ Talk-Burst-Time ]
         [ Number-Of-Received-Talk-Bursts ]
         [ Received-Talk-Burst-Volume ]
         [ Received-Talk-Burst-Time ]
         [ Number-Of-Participants ]
         [ PoC-Change-Condition ]
    """

    poc_change_time: datetime = avp(POC_CHANGE_TIME)
    number_of_talk_bursts: int | None = avp(NUMBER_OF_TALK_BURSTS, default=None)
    talk_burst_volume: int | None = avp(TALK_BURST_VOLUME, default=None)
    talk_burst_time: int | None = avp(TALK_BURST_TIME, default=None)
    number_of_received_talk_bursts: int | None = avp(NUMBER_OF_RECEIVED_TALK_BURSTS, default=None)
    received_talk_burst_volume: int | None = avp(RECEIVED_TALK_BURST_VOLUME, default=None)
    received_talk_burst_time: int | None = avp(RECEIVED_TALK_BURST_TIME, default=None)
    number_of_participants: int | None = avp(NUMBER_OF_PARTICIPANTS, default=None)
    poc_change_condition: PoCChangeCondition | int | None = avp(POC_CHANGE_CONDITION, default=None)


@grouped(MBMS_INFORMATION)
class MBMSInformation:
    """MBMS-Information ::= < AVP Header: 880, 10415 >
         [ TMGI ]
         [ MBMS-Service-Type ]
         [ MBMS-User-Service-Type ]
         [ File-Repair-Supported ]
         [ Required-MBMS-Bearer-Capabilities ]
         [ MBMS-2G-3G-Indicator ]
         [ RAI ]
       * [ MBMS-Service-Area ]
         [ MBMS-Session-Identity ]
         [ CN-IP-Multicast-Distribution ]
         [ MBMS-GW-Address ]
         [ MBMS-Charged-Party ]
       * [ MSISDN ]
         [ MBMS-Data-Transfer-Start ]
         [ MBMS-Data-Transfer-Stop ]
    """

    tmgi: bytes | None = avp(TMGI, default=None)
    mbms_service_type: MBMSServiceType | int | None = avp(MBMS_SERVICE_TYPE, default=None)
    mbms_user_service_type: MBMSUserServiceType | int | None = avp(MBMS_USER_SERVICE_TYPE, default=None)
    file_repair_supported: FileRepairSupported | int | None = avp(FILE_REPAIR_SUPPORTED, default=None)
    required_mbms_bearer_capabilities: str | None = avp(REQUIRED_MBMS_BEARER_CAPABILITIES, default=None)
    mbms_2g_3g_indicator: MBMS2G3GIndicator | int | None = avp(MBMS_2G_3G_INDICATOR, default=None)
    rai: str | None = avp(RAI, default=None)
    mbms_service_area: tuple[bytes, ...] = repeated(MBMS_SERVICE_AREA, default=())
    mbms_session_identity: bytes | None = avp(MBMS_SESSION_IDENTITY, default=None)
    cn_ip_multicast_distribution: CNIPMulticastDistribution | int | None = avp(CN_IP_MULTICAST_DISTRIBUTION, default=None)
    mbms_gw_address: AddressValue | None = avp(MBMS_GW_ADDRESS, default=None)
    mbms_charged_party: MBMSChargedParty | int | None = avp(MBMS_CHARGED_PARTY, default=None)
    msisdn: tuple[bytes, ...] = repeated(MSISDN, default=())
    mbms_data_transfer_start: int | None = avp(MBMS_DATA_TRANSFER_START, default=None)
    mbms_data_transfer_stop: int | None = avp(MBMS_DATA_TRANSFER_STOP, default=None)


@grouped(SMS_INFORMATION)
class SMSInformation:
    """SMS-Information ::= < AVP Header: 2000, 10415 >
         [ SMS-Node ]
         [ Client-Address ]
         [ Originator-SCCP-Address ]
         [ SMSC-Address ]
         [ Data-Coding-Scheme ]
         [ SM-Discharge-Time ]
         [ SM-Message-Type ]
         [ Originator-Interface ]
         [ SM-Protocol-ID ]
         [ Reply-Path-Requested ]
         [ SM-Status ]
         [ SM-User-Data-Header ]
         [ Number-Of-Messages-Sent ]
         [ SM-Sequence-Number ]
       * [ Recipient-Info ]
         [ Originator-Received-Address ]
         [ SM-Service-Type ]
         [ SMS-Result ]
         [ SM-Device-Trigger-Indicator ]
         [ SM-Device-Trigger-Information ]
         [ MTC-IWF-Address ]
         [ Application-Port-Identifier ]
         [ External-Identifier ]
    """

    sms_node: SMSNode | int | None = avp(SMS_NODE, default=None)
    client_address: AddressValue | None = avp(CLIENT_ADDRESS, default=None)
    originator_sccp_address: AddressValue | None = avp(ORIGINATOR_SCCP_ADDRESS, default=None)
    smsc_address: AddressValue | None = avp(SMSC_ADDRESS, default=None)
    data_coding_scheme: int | None = avp(DATA_CODING_SCHEME, default=None)
    sm_discharge_time: datetime | None = avp(SM_DISCHARGE_TIME, default=None)
    sm_message_type: SMMessageType | int | None = avp(SM_MESSAGE_TYPE, default=None)
    originator_interface: OriginatorInterface | None = avp(ORIGINATOR_INTERFACE, default=None)
    sm_protocol_id: bytes | None = avp(SM_PROTOCOL_ID, default=None)
    reply_path_requested: ReplyPathRequested | int | None = avp(REPLY_PATH_REQUESTED, default=None)
    sm_status: bytes | None = avp(SM_STATUS, default=None)
    sm_user_data_header: bytes | None = avp(SM_USER_DATA_HEADER, default=None)
    number_of_messages_sent: int | None = avp(NUMBER_OF_MESSAGES_SENT, default=None)
    sm_sequence_number: int | None = avp(SM_SEQUENCE_NUMBER, default=None)
    recipient_info: tuple[RecipientInfo, ...] = repeated(RECIPIENT_INFO, default=())
    originator_received_address: OriginatorReceivedAddress | None = avp(ORIGINATOR_RECEIVED_ADDRESS, default=None)
    sm_service_type: SMServiceType | int | None = avp(SM_SERVICE_TYPE, default=None)
    sms_result: int | None = avp(SMS_RESULT, default=None)
    sm_device_trigger_indicator: SMDeviceTriggerIndicator | int | None = avp(SM_DEVICE_TRIGGER_INDICATOR, default=None)
    sm_device_trigger_information: SMDeviceTriggerInformation | None = avp(SM_DEVICE_TRIGGER_INFORMATION, default=None)
    mtc_iwf_address: AddressValue | None = avp(MTC_IWF_ADDRESS, default=None)
    application_port_identifier: int | None = avp(APPLICATION_PORT_IDENTIFIER, default=None)
    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)


@grouped(ORIGINATOR_INTERFACE)
class OriginatorInterface:
    """Originator-Interface ::= < AVP Header: 2009, 10415 >
         [ Interface-Id ]
         [ Interface-Text ]
         [ Interface-Port ]
         [ Interface-Type ]
    """

    interface_id: str | None = avp(INTERFACE_ID, default=None)
    interface_text: str | None = avp(INTERFACE_TEXT, default=None)
    interface_port: str | None = avp(INTERFACE_PORT, default=None)
    interface_type: InterfaceType | int | None = avp(INTERFACE_TYPE, default=None)


@grouped(DESTINATION_INTERFACE)
class DestinationInterface:
    """Destination-Interface ::= < AVP Header: 2002, 10415 >
         [ Interface-Id ]
         [ Interface-Text ]
         [ Interface-Port ]
         [ Interface-Type ]
    """

    interface_id: str | None = avp(INTERFACE_ID, default=None)
    interface_text: str | None = avp(INTERFACE_TEXT, default=None)
    interface_port: str | None = avp(INTERFACE_PORT, default=None)
    interface_type: InterfaceType | int | None = avp(INTERFACE_TYPE, default=None)


@grouped(RECIPIENT_INFO)
class RecipientInfo:
    """Recipient-Info ::= < AVP Header: 2026, 10415 >
         [ Destination-Interface ]
       * [ Recipient-Address ]
       * [ Recipient-Received-Address ]
         [ Recipient-SCCP-Address ]
         [ SM-Protocol-ID ]
    """

    destination_interface: DestinationInterface | None = avp(DESTINATION_INTERFACE, default=None)
    recipient_address: tuple[RecipientAddress, ...] = repeated(RECIPIENT_ADDRESS, default=())
    recipient_received_address: tuple[RecipientReceivedAddress, ...] = repeated(RECIPIENT_RECEIVED_ADDRESS, default=())
    recipient_sccp_address: AddressValue | None = avp(RECIPIENT_SCCP_ADDRESS, default=None)
    sm_protocol_id: bytes | None = avp(SM_PROTOCOL_ID, default=None)


@grouped(RECIPIENT_RECEIVED_ADDRESS)
class RecipientReceivedAddress:
    """Recipient-Received-Address ::= < AVP Header: 2028, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """

    address_type: AddressType | int | None = avp(ADDRESS_TYPE, default=None)
    address_data: str | None = avp(ADDRESS_DATA, default=None)
    address_domain: AddressDomain | None = avp(ADDRESS_DOMAIN, default=None)


@grouped(ORIGINATOR_RECEIVED_ADDRESS)
class OriginatorReceivedAddress:
    """Originator-Received-Address ::= < AVP Header: 2027, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """

    address_type: AddressType | int | None = avp(ADDRESS_TYPE, default=None)
    address_data: str | None = avp(ADDRESS_DATA, default=None)
    address_domain: AddressDomain | None = avp(ADDRESS_DOMAIN, default=None)


@grouped(SM_DEVICE_TRIGGER_INFORMATION)
class SMDeviceTriggerInformation:
    """SM-Device-Trigger-Information ::= < AVP Header: 3405, 10415 >
         [ MTC-IWF-Address ]
         [ Reference-Number ]
         [ Serving-Node ]
         [ Validity-Time ]
         [ Priority-Indication ]
         [ Application-Port-Identifier ]
    """

    mtc_iwf_address: AddressValue | None = avp(MTC_IWF_ADDRESS, default=None)
    reference_number: int | None = avp(REFERENCE_NUMBER, default=None)
    serving_node: ServingNode | None = avp(SERVING_NODE, default=None)
    validity_time: int | None = avp(VALIDITY_TIME, default=None)
    priority_indication: PriorityIndication | int | None = avp(PRIORITY_INDICATION, default=None)
    application_port_identifier: int | None = avp(APPLICATION_PORT_IDENTIFIER, default=None)


@grouped(MMTEL_INFORMATION)
class MMTelInformation:
    """MMTel-Information ::= < AVP Header: 2030, 10415 >
       * [ Supplementary-Service ]
    """

    supplementary_service: tuple[SupplementaryService, ...] = repeated(SUPPLEMENTARY_SERVICE, default=())


@grouped(SUPPLEMENTARY_SERVICE)
class SupplementaryService:
    """Supplementary-Service ::= < AVP Header: 2048, 10415 >
         [ MMTel-SService-Type ]
         [ Service-Mode ]
         [ Number-Of-Diversions ]
         [ Associated-Party-Address ]
         [ Service-Id ]
         [ Change-Time ]
         [ Number-Of-Participants ]
         [ Participant-Action-Type ]
         [ CUG-Information ]
         [ AoC-Information ]
    """

    mmtel_sservice_type: MMTelSServiceType | int | None = avp(MMTEL_SSERVICE_TYPE, default=None)
    service_mode: ServiceMode | int | None = avp(SERVICE_MODE, default=None)
    number_of_diversions: int | None = avp(NUMBER_OF_DIVERSIONS, default=None)
    associated_party_address: str | None = avp(ASSOCIATED_PARTY_ADDRESS, default=None)
    service_id_855: str | None = avp(SERVICE_ID_855, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    number_of_participants: int | None = avp(NUMBER_OF_PARTICIPANTS, default=None)
    participant_action_type: ParticipantActionType | int | None = avp(PARTICIPANT_ACTION_TYPE, default=None)
    cug_information: bytes | None = avp(CUG_INFORMATION, default=None)
    aoc_information: AoCInformation | None = avp(AOC_INFORMATION, default=None)


@grouped(AOC_INFORMATION)
class AoCInformation:
    """AoC-Information ::= < AVP Header: 2054, 10415 >
         [ AoC-Cost-Information ]
         [ Tariff-Information ]
         [ AoC-Subscription-Information ]
    """

    aoc_cost_information: AoCCostInformation | None = avp(AOC_COST_INFORMATION, default=None)
    tariff_information: TariffInformation | None = avp(TARIFF_INFORMATION, default=None)
    aoc_subscription_information: AoCSubscriptionInformation | None = avp(AOC_SUBSCRIPTION_INFORMATION, default=None)


@grouped(AOC_COST_INFORMATION)
class AoCCostInformation:
    """AoC-Cost-Information ::= < AVP Header: 2053, 10415 >
         [ Accumulated-Cost ]
       * [ Incremental-Cost ]
         [ Currency-Code ]
    """

    accumulated_cost: AccumulatedCost | None = avp(ACCUMULATED_COST, default=None)
    incremental_cost: tuple[IncrementalCost, ...] = repeated(INCREMENTAL_COST, default=())
    currency_code: int | None = avp(CURRENCY_CODE, default=None)


@grouped(ACCUMULATED_COST)
class AccumulatedCost:
    """Accumulated-Cost ::= < AVP Header: 2052, 10415 >
         { Value-Digits }
         [ Exponent ]
    """

    value_digits: int = avp(VALUE_DIGITS)
    exponent: int | None = avp(EXPONENT, default=None)


@grouped(INCREMENTAL_COST)
class IncrementalCost:
    """Incremental-Cost ::= < AVP Header: 2062, 10415 >
         { Value-Digits }
         [ Exponent ]
    """

    value_digits: int = avp(VALUE_DIGITS)
    exponent: int | None = avp(EXPONENT, default=None)


@grouped(TARIFF_INFORMATION)
class TariffInformation:
    """Tariff-Information ::= < AVP Header: 2060, 10415 >
         { Current-Tariff }
         [ Tariff-Time-Change ]
         [ Next-Tariff ]
    """

    current_tariff: CurrentTariff = avp(CURRENT_TARIFF)
    tariff_time_change: datetime | None = avp(TARIFF_TIME_CHANGE, default=None)
    next_tariff: NextTariff | None = avp(NEXT_TARIFF, default=None)


@grouped(CURRENT_TARIFF)
class CurrentTariff:
    """Current-Tariff ::= < AVP Header: 2056, 10415 >
         [ Currency-Code ]
         [ Scale-Factor ]
       * [ Rate-Element ]
    """

    currency_code: int | None = avp(CURRENCY_CODE, default=None)
    scale_factor: ScaleFactor | None = avp(SCALE_FACTOR, default=None)
    rate_element: tuple[RateElement, ...] = repeated(RATE_ELEMENT, default=())


@grouped(NEXT_TARIFF)
class NextTariff:
    """Next-Tariff ::= < AVP Header: 2057, 10415 >
         [ Currency-Code ]
         [ Scale-Factor ]
       * [ Rate-Element ]
    """

    currency_code: int | None = avp(CURRENCY_CODE, default=None)
    scale_factor: ScaleFactor | None = avp(SCALE_FACTOR, default=None)
    rate_element: tuple[RateElement, ...] = repeated(RATE_ELEMENT, default=())


@grouped(RATE_ELEMENT)
class RateElement:
    """Rate-Element ::= < AVP Header: 2058, 10415 >
         { CC-Unit-Type }
         [ Charge-Reason-Code ]
         [ Unit-Value ]
         [ Unit-Cost ]
         [ Unit-Quota-Threshold ]
    """

    cc_unit_type: CCUnitType | int = avp(CC_UNIT_TYPE)
    charge_reason_code: ChargeReasonCode | int | None = avp(CHARGE_REASON_CODE, default=None)
    unit_value: UnitValue | None = avp(UNIT_VALUE, default=None)
    unit_cost: UnitCost | None = avp(UNIT_COST, default=None)
    unit_quota_threshold: int | None = avp(UNIT_QUOTA_THRESHOLD, default=None)


@grouped(SCALE_FACTOR)
class ScaleFactor:
    """Scale-Factor ::= < AVP Header: 2059, 10415 >
         { Value-Digits }
         [ Exponent ]
    """

    value_digits: int = avp(VALUE_DIGITS)
    exponent: int | None = avp(EXPONENT, default=None)


@grouped(UNIT_COST)
class UnitCost:
    """Unit-Cost ::= < AVP Header: 2061, 10415 >
         { Value-Digits }
         [ Exponent ]
    """

    value_digits: int = avp(VALUE_DIGITS)
    exponent: int | None = avp(EXPONENT, default=None)


@grouped(AOC_SUBSCRIPTION_INFORMATION)
class AoCSubscriptionInformation:
    """AoC-Subscription-Information ::= < AVP Header: 2314, 10415 >
       * [ AoC-Service ]
         [ AoC-Format ]
         [ Preferred-AoC-Currency ]
    """

    aoc_service: tuple[AoCService, ...] = repeated(AOC_SERVICE, default=())
    aoc_format: AoCFormat | int | None = avp(AOC_FORMAT, default=None)
    preferred_aoc_currency: int | None = avp(PREFERRED_AOC_CURRENCY, default=None)


@grouped(AOC_SERVICE)
class AoCService:
    """AoC-Service ::= < AVP Header: 2311, 10415 >
         [ AoC-Service-Obligatory-Type ]
         [ AoC-Service-Type ]
    """

    aoc_service_obligatory_type: AoCServiceObligatoryType | int | None = avp(AOC_SERVICE_OBLIGATORY_TYPE, default=None)
    aoc_service_type: AoCServiceType | int | None = avp(AOC_SERVICE_TYPE, default=None)


@grouped(VCS_INFORMATION)
class VCSInformation:
    """VCS-Information ::= < AVP Header: 3410, 10415 >
         [ Bearer-Capability ]
         [ Network-Call-Reference-Number ]
         [ MSC-Address ]
         [ Basic-Service-Code ]
         [ ISUP-Location-Number ]
         [ VLR-Number ]
         [ Forwarding-Pending ]
         [ ISUP-Cause ]
         [ Start-Time ]
         [ Start-of-Charging ]
         [ Stop-Time ]
         [ PS-Free-Format-Data ]
    """

    bearer_capability: bytes | None = avp(BEARER_CAPABILITY, default=None)
    network_call_reference_number: bytes | None = avp(NETWORK_CALL_REFERENCE_NUMBER, default=None)
    msc_address: bytes | None = avp(MSC_ADDRESS, default=None)
    basic_service_code: BasicServiceCode | None = avp(BASIC_SERVICE_CODE, default=None)
    isup_location_number: bytes | None = avp(ISUP_LOCATION_NUMBER, default=None)
    vlr_number: bytes | None = avp(VLR_NUMBER, default=None)
    forwarding_pending: ForwardingPending | int | None = avp(FORWARDING_PENDING, default=None)
    isup_cause: ISUPCause | None = avp(ISUP_CAUSE, default=None)
    start_time: datetime | None = avp(START_TIME, default=None)
    start_of_charging: datetime | None = avp(START_OF_CHARGING, default=None)
    stop_time: datetime | None = avp(STOP_TIME, default=None)
    ps_free_format_data: bytes | None = avp(PS_FREE_FORMAT_DATA, default=None)


@grouped(BASIC_SERVICE_CODE)
class BasicServiceCode:
    """Basic-Service-Code ::= < AVP Header: 3411, 10415 >
         [ Bearer-Service ]
         [ Teleservice ]
    """

    bearer_service: bytes | None = avp(BEARER_SERVICE, default=None)
    teleservice: bytes | None = avp(TELESERVICE, default=None)


@grouped(ISUP_CAUSE)
class ISUPCause:
    """ISUP-Cause ::= < AVP Header: 3416, 10415 >
         [ ISUP-Cause-Location ]
         [ ISUP-Cause-Value ]
         [ ISUP-Cause-Diagnostics ]
    """

    isup_cause_location: int | None = avp(ISUP_CAUSE_LOCATION, default=None)
    isup_cause_value: int | None = avp(ISUP_CAUSE_VALUE, default=None)
    isup_cause_diagnostics: bytes | None = avp(ISUP_CAUSE_DIAGNOSTICS, default=None)


@grouped(PROSE_INFORMATION)
class ProSeInformation:
    """ProSe-Information ::= < AVP Header: 3447, 10415 >
       * [ Supported-Features ]
         [ Announcing-UE-HPLMN-Identifier ]
         [ Announcing-UE-VPLMN-Identifier ]
         [ Monitoring-UE-HPLMN-Identifier ]
         [ Monitoring-UE-VPLMN-Identifier ]
         [ Monitored-PLMN-Identifier ]
         [ Role-Of-ProSe-Function ]
         [ ProSe-App-Id ]
         [ ProSe-3rd-Party-Application-ID ]
         [ Application-Specific-Data ]
         [ ProSe-Event-Type ]
         [ ProSe-Direct-Discovery-Model ]
         [ ProSe-Function-IP-Address ]
         [ ProSe-Function-ID ]
         [ ProSe-Validity-Timer ]
         [ ProSe-Role-Of-UE ]
         [ ProSe-Request-Timestamp ]
         [ PC3-Control-Protocol-Cause ]
         [ Monitoring-UE-Identifier ]
         [ ProSe-Function-PLMN-Identifier ]
         [ Requestor-PLMN-Identifier ]
         [ Origin-App-Layer-User-Id ]
         [ WLAN-Link-Layer-Id ]
         [ Requesting-EPUID ]
         [ Target-App-Layer-User-Id ]
         [ Requested-PLMN-Identifier ]
         [ Time-Window ]
         [ ProSe-Range-Class ]
         [ Proximity-Alert-Indication ]
         [ Proximity-Alert-Timestamp ]
         [ Proximity-Cancellation-Timestamp ]
         [ ProSe-Reason-For-Cancellation ]
         [ PC3-EPC-Control-Protocol-Cause ]
         [ ProSe-UE-ID ]
         [ ProSe-Source-IP-Address ]
         [ Layer-2-Group-ID ]
         [ ProSe-Group-IP-Multicast-Address ]
       * [ Coverage-Info ]
       * [ Radio-Parameter-Set-Info ]
       * [ Transmitter-Info ]
         [ Time-First-Transmission ]
         [ Time-First-Reception ]
       * [ ProSe-Direct-Communication-Transmission-Data-Container ]
       * [ ProSe-Direct-Communication-Reception-Data-Container ]
         [ Announcing-PLMN-ID ]
         [ ProSe-Target-Layer-2-ID ]
         [ Relay-IP-address ]
         [ ProSe-UE-to-Network-Relay-UE-ID ]
         [ Target-IP-Address ]
         [ PC5-Radio-Technology ]
    """

    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    announcing_ue_hplmn_identifier: str | None = avp(ANNOUNCING_UE_HPLMN_IDENTIFIER, default=None)
    announcing_ue_vplmn_identifier: str | None = avp(ANNOUNCING_UE_VPLMN_IDENTIFIER, default=None)
    monitoring_ue_hplmn_identifier: str | None = avp(MONITORING_UE_HPLMN_IDENTIFIER, default=None)
    monitoring_ue_vplmn_identifier: str | None = avp(MONITORING_UE_VPLMN_IDENTIFIER, default=None)
    monitored_plmn_identifier: str | None = avp(MONITORED_PLMN_IDENTIFIER, default=None)
    role_of_prose_function: RoleOfProSeFunction | int | None = avp(ROLE_OF_PROSE_FUNCTION, default=None)
    prose_app_id: str | None = avp(PROSE_APP_ID, default=None)
    prose_3rd_party_application_id: str | None = avp(PROSE_3RD_PARTY_APPLICATION_ID, default=None)
    application_specific_data: bytes | None = avp(APPLICATION_SPECIFIC_DATA, default=None)
    prose_event_type: ProSeEventType | int | None = avp(PROSE_EVENT_TYPE, default=None)
    prose_direct_discovery_model: ProSeDirectDiscoveryModel | int | None = avp(PROSE_DIRECT_DISCOVERY_MODEL, default=None)
    prose_function_ip_address: AddressValue | None = avp(PROSE_FUNCTION_IP_ADDRESS, default=None)
    prose_function_id: bytes | None = avp(PROSE_FUNCTION_ID, default=None)
    prose_validity_timer: int | None = avp(PROSE_VALIDITY_TIMER, default=None)
    prose_role_of_ue: ProSeRoleOfUE | int | None = avp(PROSE_ROLE_OF_UE, default=None)
    prose_request_timestamp: datetime | None = avp(PROSE_REQUEST_TIMESTAMP, default=None)
    pc3_control_protocol_cause: int | None = avp(PC3_CONTROL_PROTOCOL_CAUSE, default=None)
    monitoring_ue_identifier: str | None = avp(MONITORING_UE_IDENTIFIER, default=None)
    prose_function_plmn_identifier: str | None = avp(PROSE_FUNCTION_PLMN_IDENTIFIER, default=None)
    requestor_plmn_identifier: str | None = avp(REQUESTOR_PLMN_IDENTIFIER, default=None)
    origin_app_layer_user_id: str | None = avp(ORIGIN_APP_LAYER_USER_ID, default=None)
    wlan_link_layer_id: WLANLinkLayerId | None = avp(WLAN_LINK_LAYER_ID, default=None)
    requesting_epuid: str | None = avp(REQUESTING_EPUID, default=None)
    target_app_layer_user_id: str | None = avp(TARGET_APP_LAYER_USER_ID, default=None)
    requested_plmn_identifier: str | None = avp(REQUESTED_PLMN_IDENTIFIER, default=None)
    time_window: TimeWindow | None = avp(TIME_WINDOW, default=None)
    prose_range_class: ProSeRangeClass | int | None = avp(PROSE_RANGE_CLASS, default=None)
    proximity_alert_indication: ProximityAlertIndication | int | None = avp(PROXIMITY_ALERT_INDICATION, default=None)
    proximity_alert_timestamp: datetime | None = avp(PROXIMITY_ALERT_TIMESTAMP, default=None)
    proximity_cancellation_timestamp: datetime | None = avp(PROXIMITY_CANCELLATION_TIMESTAMP, default=None)
    prose_reason_for_cancellation: ProSeReasonForCancellation | int | None = avp(PROSE_REASON_FOR_CANCELLATION, default=None)
    pc3_epc_control_protocol_cause: int | None = avp(PC3_EPC_CONTROL_PROTOCOL_CAUSE, default=None)
    prose_ue_id: bytes | None = avp(PROSE_UE_ID, default=None)
    prose_source_ip_address: AddressValue | None = avp(PROSE_SOURCE_IP_ADDRESS, default=None)
    layer_2_group_id: bytes | None = avp(LAYER_2_GROUP_ID, default=None)
    prose_group_ip_multicast_address: AddressValue | None = avp(PROSE_GROUP_IP_MULTICAST_ADDRESS, default=None)
    coverage_info: tuple[CoverageInfo, ...] = repeated(COVERAGE_INFO, default=())
    radio_parameter_set_info: tuple[RadioParameterSetInfo, ...] = repeated(RADIO_PARAMETER_SET_INFO, default=())
    transmitter_info: tuple[TransmitterInfo, ...] = repeated(TRANSMITTER_INFO, default=())
    time_first_transmission: datetime | None = avp(TIME_FIRST_TRANSMISSION, default=None)
    time_first_reception: datetime | None = avp(TIME_FIRST_RECEPTION, default=None)
    prose_direct_communication_transmission_data_container: tuple[ProSeDirectCommunicationTransmissionDataContainer, ...] = repeated(PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER, default=())
    prose_direct_communication_reception_data_container: tuple[ProSeDirectCommunicationReceptionDataContainer, ...] = repeated(PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER, default=())
    announcing_plmn_id: str | None = avp(ANNOUNCING_PLMN_ID, default=None)
    prose_target_layer_2_id: bytes | None = avp(PROSE_TARGET_LAYER_2_ID, default=None)
    relay_ip_address: AddressValue | None = avp(RELAY_IP_ADDRESS, default=None)
    prose_ue_to_network_relay_ue_id: bytes | None = avp(PROSE_UE_TO_NETWORK_RELAY_UE_ID, default=None)
    target_ip_address: AddressValue | None = avp(TARGET_IP_ADDRESS, default=None)
    pc5_radio_technology: PC5RadioTechnology | int | None = avp(PC5_RADIO_TECHNOLOGY, default=None)


@grouped(COVERAGE_INFO)
class CoverageInfo:
    """Coverage-Info ::= < AVP Header: 3459, 10415 >
         [ Coverage-Status ]
         [ Change-Time ]
       * [ Location-Info ]
    """

    coverage_status: CoverageStatus | int | None = avp(COVERAGE_STATUS, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    location_info: tuple[LocationInfo, ...] = repeated(LOCATION_INFO, default=())


@grouped(LOCATION_INFO)
class LocationInfo:
    """Location-Info ::= < AVP Header: 3460, 10415 >
         [ 3GPP-User-Location-Info ]
         [ Change-Time ]
    """

    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)


@grouped(RADIO_PARAMETER_SET_INFO)
class RadioParameterSetInfo:
    """Radio-Parameter-Set-Info ::= < AVP Header: 3463, 10415 >
         [ Radio-Parameter-Set-Values ]
         [ Change-Time ]
    """

    radio_parameter_set_values: bytes | None = avp(RADIO_PARAMETER_SET_VALUES, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)


@grouped(TRANSMITTER_INFO)
class TransmitterInfo:
    """Transmitter-Info ::= < AVP Header: 3468, 10415 >
         [ ProSe-Source-IP-Address ]
         [ ProSe-UE-ID ]
    """

    prose_source_ip_address: AddressValue | None = avp(PROSE_SOURCE_IP_ADDRESS, default=None)
    prose_ue_id: bytes | None = avp(PROSE_UE_ID, default=None)


@grouped(PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER)
class ProSeDirectCommunicationTransmissionDataContainer:
    """ProSe-Direct-Communication-Transmission-Data-Container ::= < AVP Header: 3441, 10415 >
         [ Local-Sequence-Number ]
         [ Coverage-Status ]
         [ 3GPP-User-Location-Info ]
         [ Accounting-Output-Octets ]
         [ Change-Time ]
         [ Change-Condition ]
         [ Visited-PLMN-Id ]
         [ Usage-Information-Report-Sequence-Number ]
         [ Radio-Resources-Indicator ]
         [ Radio-Frequency ]
    """

    local_sequence_number: int | None = avp(LOCAL_SEQUENCE_NUMBER, default=None)
    coverage_status: CoverageStatus | int | None = avp(COVERAGE_STATUS, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    change_condition: ChangeCondition | int | None = avp(CHANGE_CONDITION, default=None)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    usage_information_report_sequence_number: int | None = avp(USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER, default=None)
    radio_resources_indicator: RadioResourcesIndicator | int | None = avp(RADIO_RESOURCES_INDICATOR, default=None)
    radio_frequency: bytes | None = avp(RADIO_FREQUENCY, default=None)


@grouped(PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER)
class ProSeDirectCommunicationReceptionDataContainer:
    """ProSe-Direct-Communication-Reception-Data-Container ::= < AVP Header: 3461, 10415 >
         [ Local-Sequence-Number ]
         [ Coverage-Status ]
         [ 3GPP-User-Location-Info ]
         [ Accounting-Input-Octets ]
         [ Change-Time ]
         [ Change-Condition ]
         [ Visited-PLMN-Id ]
         [ Usage-Information-Report-Sequence-Number ]
         [ Radio-Resources-Indicator ]
         [ Radio-Frequency ]
    """

    local_sequence_number: int | None = avp(LOCAL_SEQUENCE_NUMBER, default=None)
    coverage_status: CoverageStatus | int | None = avp(COVERAGE_STATUS, default=None)
    tgpp_user_location_info: bytes | None = avp(TGPP_USER_LOCATION_INFO, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    change_time: datetime | None = avp(CHANGE_TIME, default=None)
    change_condition: ChangeCondition | int | None = avp(CHANGE_CONDITION, default=None)
    visited_plmn_id: bytes | None = avp(VISITED_PLMN_ID, default=None)
    usage_information_report_sequence_number: int | None = avp(USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER, default=None)
    radio_resources_indicator: RadioResourcesIndicator | int | None = avp(RADIO_RESOURCES_INDICATOR, default=None)
    radio_frequency: bytes | None = avp(RADIO_FREQUENCY, default=None)


@grouped(CPDT_INFORMATION)
class CPDTInformation:
    """CPDT-Information ::= < AVP Header: 3927, 10415 >
         [ External-Identifier ]
         [ SCEF-ID ]
         [ Serving-Node-Identity ]
         [ SGW-Change ]
         [ NIDD-Submission ]
    """

    external_identifier: str | None = avp(EXTERNAL_IDENTIFIER, default=None)
    scef_id: str | None = avp(SCEF_ID, default=None)
    serving_node_identity: str | None = avp(SERVING_NODE_IDENTITY, default=None)
    sgw_change: SGWChange | int | None = avp(SGW_CHANGE, default=None)
    nidd_submission: NIDDSubmission | None = avp(NIDD_SUBMISSION, default=None)


@grouped(NIDD_SUBMISSION)
class NIDDSubmission:
    """NIDD-Submission ::= < AVP Header: 3928, 10415 >
         [ Event-Timestamp ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ Change-Condition ]
    """

    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    accounting_input_octets: int | None = avp(ACCOUNTING_INPUT_OCTETS, default=None)
    accounting_output_octets: int | None = avp(ACCOUNTING_OUTPUT_OCTETS, default=None)
    change_condition: ChangeCondition | int | None = avp(CHANGE_CONDITION, default=None)


@grouped(SERVICE_GENERIC_INFORMATION)
class ServiceGenericInformation:
    """Service-Generic-Information ::= < AVP Header: 1256, 10415 >
         [ Application-Server-ID ]
         [ Application-Service-Type ]
         [ Application-Session-ID ]
         [ Delivery-Status ]
    """

    application_server_id: str | None = avp(APPLICATION_SERVER_ID, default=None)
    application_service_type: ApplicationServiceType | int | None = avp(APPLICATION_SERVICE_TYPE, default=None)
    application_session_id: int | None = avp(APPLICATION_SESSION_ID, default=None)
    delivery_status: str | None = avp(DELIVERY_STATUS, default=None)


@grouped(IM_INFORMATION)
class IMInformation:
    """IM-Information ::= < AVP Header: 2110, 10415 >
         [ Total-Number-Of-Messages-Sent ]
         [ Total-Number-Of-Messages-Exploded ]
         [ Number-Of-Messages-Successfully-Sent ]
         [ Number-Of-Messages-Successfully-Exploded ]
    """

    total_number_of_messages_sent: int | None = avp(TOTAL_NUMBER_OF_MESSAGES_SENT, default=None)
    total_number_of_messages_exploded: int | None = avp(TOTAL_NUMBER_OF_MESSAGES_EXPLODED, default=None)
    number_of_messages_successfully_sent: int | None = avp(NUMBER_OF_MESSAGES_SUCCESSFULLY_SENT, default=None)
    number_of_messages_successfully_exploded: int | None = avp(NUMBER_OF_MESSAGES_SUCCESSFULLY_EXPLODED, default=None)


@grouped(DCD_INFORMATION)
class DCDInformation:
    """DCD-Information ::= < AVP Header: 2115, 10415 >
         [ Content-ID ]
         [ Content-Provider-ID ]
    """

    content_id: str | None = avp(CONTENT_ID, default=None)
    content_provider_id: str | None = avp(CONTENT_PROVIDER_ID, default=None)


@grouped(M2M_INFORMATION)
class M2MInformation:
    """M2M-Information ::= < AVP Header: 1011, 45687 >
         [ Application-Entity-ID ]
         [ External-ID ]
         [ Receiver ]
         [ M2M-Originator ]
         [ Hosting-CSE-ID ]
         [ Target-ID ]
         [ Protocol-Type ]
         [ Request-Operation ]
         [ Request-Headers-Size ]
         [ Request-Body-Size ]
         [ Response-Headers-Size ]
         [ Response-Body-Size ]
         [ Response-Status-Code ]
         [ Rating-Group ]
         [ M2M-Event-Record-Timestamp ]
         [ Control-Memory-Size ]
         [ Data-Memory-Size ]
         [ Access-Network-Identifier ]
         [ Occupancy ]
         [ Group-Name ]
         [ Maximum-Number-Members ]
         [ Current-Number-Members ]
         [ Subgroup-Name ]
         [ Node-Id ]
       * [ AVP ]
    """

    application_entity_id: str | None = avp(APPLICATION_ENTITY_ID, default=None)
    external_id: str | None = avp(EXTERNAL_ID, default=None)
    receiver: str | None = avp(RECEIVER, default=None)
    m2m_originator: str | None = avp(M2M_ORIGINATOR, default=None)
    hosting_cse_id: str | None = avp(HOSTING_CSE_ID, default=None)
    target_id: str | None = avp(TARGET_ID, default=None)
    protocol_type: ProtocolType | int | None = avp(PROTOCOL_TYPE, default=None)
    request_operation: RequestOperation | int | None = avp(REQUEST_OPERATION, default=None)
    request_headers_size: int | None = avp(REQUEST_HEADERS_SIZE, default=None)
    request_body_size: int | None = avp(REQUEST_BODY_SIZE, default=None)
    response_headers_size: int | None = avp(RESPONSE_HEADERS_SIZE, default=None)
    response_body_size: int | None = avp(RESPONSE_BODY_SIZE, default=None)
    response_status_code: ResponseStatusCode | int | None = avp(RESPONSE_STATUS_CODE, default=None)
    rating_group: int | None = avp(RATING_GROUP, default=None)
    m2m_event_record_timestamp: datetime | None = avp(M2M_EVENT_RECORD_TIMESTAMP, default=None)
    control_memory_size: int | None = avp(CONTROL_MEMORY_SIZE, default=None)
    data_memory_size: int | None = avp(DATA_MEMORY_SIZE, default=None)
    access_network_identifier: int | None = avp(ACCESS_NETWORK_IDENTIFIER, default=None)
    occupancy: int | None = avp(OCCUPANCY, default=None)
    group_name: str | None = avp(GROUP_NAME, default=None)
    maximum_number_members: int | None = avp(MAXIMUM_NUMBER_MEMBERS, default=None)
    current_number_members: int | None = avp(CURRENT_NUMBER_MEMBERS, default=None)
    subgroup_name: str | None = avp(SUBGROUP_NAME, default=None)
    node_id: str | None = avp(NODE_ID, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


@command("Spending-Limit-Request", code=8388635, application_id=16777302, request=True, proxiable=True, alias="SLR")
class SpendingLimitRequest(Request["SpendingLimitAnswer"]):
    """<SLR> ::= < Diameter Header: 8388635, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         { SL-Request-Type }
       * [ Subscription-Id ]
       * [ Policy-Counter-Identifier ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    sl_request_type: SLRequestType | int = avp(SL_REQUEST_TYPE)
    subscription_id: tuple[SubscriptionId, ...] = repeated(SUBSCRIPTION_ID, default=())
    policy_counter_identifier: tuple[str, ...] = repeated(POLICY_COUNTER_IDENTIFIER, default=())
    logical_access_id: bytes | None = avp(LOGICAL_ACCESS_ID, default=None)
    physical_access_id: str | None = avp(PHYSICAL_ACCESS_ID, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SLR = SpendingLimitRequest


@command("Spending-Limit-Answer", code=8388635, application_id=16777302, request=False, proxiable=True, alias="SLA")
class SpendingLimitAnswer(Answer):
    """<SLA> ::= < Diameter Header: 8388635, PXY >
         < Session-Id >
         [ DRMP ]
         { Auth-Application-Id }
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Supported-Features ]
       * [ Policy-Counter-Status-Report ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Failed-AVP ]
         [ Origin-State-Id ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ Load ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    policy_counter_status_report: tuple[PolicyCounterStatusReport, ...] = repeated(POLICY_COUNTER_STATUS_REPORT, default=())
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    load: tuple[Load, ...] = repeated(LOAD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SLA = SpendingLimitAnswer


@command("Spending-Status-Notification-Request", code=8388636, application_id=16777302, request=True, proxiable=True, alias="SNR")
class SpendingStatusNotificationRequest(Request["SpendingStatusNotificationAnswer"]):
    """<SNR> ::= < Diameter Header: 8388636, REQ, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Destination-Host }
         { Auth-Application-Id }
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
       * [ Policy-Counter-Status-Report ]
         [ SN-Request-Type ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    auth_application_id: int = avp(AUTH_APPLICATION_ID)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    policy_counter_status_report: tuple[PolicyCounterStatusReport, ...] = repeated(POLICY_COUNTER_STATUS_REPORT, default=())
    sn_request_type: SNRequestType | int | None = avp(SN_REQUEST_TYPE, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SNR = SpendingStatusNotificationRequest


@command("Spending-Status-Notification-Answer", code=8388636, application_id=16777302, request=False, proxiable=True, alias="SNA")
class SpendingStatusNotificationAnswer(Answer):
    """<SNA> ::= < Diameter Header: 8388636, PXY >
         < Session-Id >
         [ DRMP ]
         { Origin-Host }
         { Origin-Realm }
         [ Result-Code ]
         [ Experimental-Result ]
         [ Origin-State-Id ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


SNA = SpendingStatusNotificationAnswer


@command("User-Authorization-Request", code=300, application_id=16777216, request=True, proxiable=True, alias="UAR")
class UserAuthorizationRequest(Request["UserAuthorizationAnswer"]):
    """<UAR> ::= < Diameter Header: 300, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         { Public-Identity }
         { Visited-Network-Identifier }
         [ User-Authorization-Type ]
         [ UAR-Flags ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: str = avp(PUBLIC_IDENTITY)
    visited_network_identifier: bytes = avp(VISITED_NETWORK_IDENTIFIER)
    user_authorization_type: UserAuthorizationType | int | None = avp(USER_AUTHORIZATION_TYPE, default=None)
    uar_flags: UARFlags | int | None = avp(UAR_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UAR = UserAuthorizationRequest


@command("User-Authorization-Answer", code=300, application_id=16777216, request=False, proxiable=True, alias="UAA")
class UserAuthorizationAnswer(Answer):
    """<UAA> ::= < Diameter Header: 300, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Server-Name ]
         [ Server-Capabilities ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    server_name: str | None = avp(SERVER_NAME, default=None)
    server_capabilities: ServerCapabilities | None = avp(SERVER_CAPABILITIES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


UAA = UserAuthorizationAnswer


@command("Server-Assignment-Request", code=301, application_id=16777216, request=True, proxiable=True, alias="SAR")
class ServerAssignmentRequest(Request["ServerAssignmentAnswer"]):
    """<SAR> ::= < Diameter Header: 301, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ User-Name ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
       * [ Public-Identity ]
         [ Wildcarded-Public-Identity ]
         { Server-Name }
         { Server-Assignment-Type }
         { User-Data-Already-Available }
         [ SCSCF-Restoration-Info ]
         [ Multiple-Registration-Indication ]
         [ Session-Priority ]
         [ SAR-Flags ]
         [ Failed-PCSCF ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: tuple[str, ...] = repeated(PUBLIC_IDENTITY, default=())
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    server_name: str = avp(SERVER_NAME)
    server_assignment_type: ServerAssignmentType | int = avp(SERVER_ASSIGNMENT_TYPE)
    user_data_already_available: UserDataAlreadyAvailable | int = avp(USER_DATA_ALREADY_AVAILABLE)
    scscf_restoration_info: SCSCFRestorationInfo | None = avp(SCSCF_RESTORATION_INFO, default=None)
    multiple_registration_indication: MultipleRegistrationIndication | int | None = avp(MULTIPLE_REGISTRATION_INDICATION, default=None)
    session_priority: SessionPriority | int | None = avp(SESSION_PRIORITY, default=None)
    sar_flags: SARFlags | int | None = avp(SAR_FLAGS, default=None)
    failed_pcscf: FailedPCSCF | None = avp(FAILED_PCSCF, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


SAR = ServerAssignmentRequest


@command("Server-Assignment-Answer", code=301, application_id=16777216, request=False, proxiable=True, alias="SAA")
class ServerAssignmentAnswer(Answer):
    """<SAA> ::= < Diameter Header: 301, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ User-Data ]
         [ Charging-Information ]
         [ Associated-Identities ]
         [ Loose-Route-Indication ]
       * [ SCSCF-Restoration-Info ]
         [ Associated-Registered-Identities ]
         [ Server-Name ]
         [ Wildcarded-Public-Identity ]
         [ Priviledged-Sender-Indication ]
         [ Allowed-WAF-WWSF-Identities ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_data: bytes | None = avp(USER_DATA, default=None)
    charging_information: ChargingInformation | None = avp(CHARGING_INFORMATION, default=None)
    associated_identities: AssociatedIdentities | None = avp(ASSOCIATED_IDENTITIES, default=None)
    loose_route_indication: LooseRouteIndication | int | None = avp(LOOSE_ROUTE_INDICATION, default=None)
    scscf_restoration_info: tuple[SCSCFRestorationInfo, ...] = repeated(SCSCF_RESTORATION_INFO, default=())
    associated_registered_identities: AssociatedRegisteredIdentities | None = avp(ASSOCIATED_REGISTERED_IDENTITIES, default=None)
    server_name: str | None = avp(SERVER_NAME, default=None)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    priviledged_sender_indication: PriviledgedSenderIndication | int | None = avp(PRIVILEDGED_SENDER_INDICATION, default=None)
    allowed_waf_wwsf_identities: AllowedWAFWWSFIdentities | None = avp(ALLOWED_WAF_WWSF_IDENTITIES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


SAA = ServerAssignmentAnswer


@command("Location-Info-Request", code=302, application_id=16777216, request=True, proxiable=True, alias="LIR")
class LocationInfoRequest(Request["LocationInfoAnswer"]):
    """<LIR> ::= < Diameter Header: 302, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         [ Originating-Request ]
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         { Public-Identity }
         [ User-Authorization-Type ]
         [ Session-Priority ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    originating_request: OriginatingRequest | int | None = avp(ORIGINATING_REQUEST, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: str = avp(PUBLIC_IDENTITY)
    user_authorization_type: UserAuthorizationType | int | None = avp(USER_AUTHORIZATION_TYPE, default=None)
    session_priority: SessionPriority | int | None = avp(SESSION_PRIORITY, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


LIR = LocationInfoRequest


@command("Location-Info-Answer", code=302, application_id=16777216, request=False, proxiable=True, alias="LIA")
class LocationInfoAnswer(Answer):
    """<LIA> ::= < Diameter Header: 302, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Server-Name ]
         [ Server-Capabilities ]
         [ Wildcarded-Public-Identity ]
         [ LIA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    server_name: str | None = avp(SERVER_NAME, default=None)
    server_capabilities: ServerCapabilities | None = avp(SERVER_CAPABILITIES, default=None)
    wildcarded_public_identity: str | None = avp(WILDCARDED_PUBLIC_IDENTITY, default=None)
    lia_flags: LIAFlags | int | None = avp(LIA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


LIA = LocationInfoAnswer


@command("Multimedia-Auth-Request", code=303, application_id=16777216, request=True, proxiable=True, alias="MAR")
class MultimediaAuthRequest(Request["MultimediaAuthAnswer"]):
    """<MAR> ::= < Diameter Header: 303, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         [ Destination-Host ]
         { User-Name }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         { Public-Identity }
         { SIP-Auth-Data-Item }
         { SIP-Number-Auth-Items }
         { Server-Name }
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: str = avp(PUBLIC_IDENTITY)
    sip_auth_data_item: SIPAuthDataItem = avp(SIP_AUTH_DATA_ITEM)
    sip_number_auth_items: int = avp(SIP_NUMBER_AUTH_ITEMS)
    server_name: str = avp(SERVER_NAME)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


MAR = MultimediaAuthRequest


@command("Multimedia-Auth-Answer", code=303, application_id=16777216, request=False, proxiable=True, alias="MAA")
class MultimediaAuthAnswer(Answer):
    """<MAA> ::= < Diameter Header: 303, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ User-Name ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Public-Identity ]
         [ SIP-Number-Auth-Items ]
       * [ SIP-Auth-Data-Item ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    user_name: str | None = avp(USER_NAME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: str | None = avp(PUBLIC_IDENTITY, default=None)
    sip_number_auth_items: int | None = avp(SIP_NUMBER_AUTH_ITEMS, default=None)
    sip_auth_data_item: tuple[SIPAuthDataItem, ...] = repeated(SIP_AUTH_DATA_ITEM, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


MAA = MultimediaAuthAnswer


@command("Registration-Termination-Request", code=304, application_id=16777216, request=True, proxiable=True, alias="RTR")
class RegistrationTerminationRequest(Request["RegistrationTerminationAnswer"]):
    """<RTR> ::= < Diameter Header: 304, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
         [ Associated-Identities ]
       * [ Supported-Features ]
       * [ Public-Identity ]
         { Deregistration-Reason }
         [ RTR-Flags ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    associated_identities: AssociatedIdentities | None = avp(ASSOCIATED_IDENTITIES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    public_identity: tuple[str, ...] = repeated(PUBLIC_IDENTITY, default=())
    deregistration_reason: DeregistrationReason = avp(DEREGISTRATION_REASON)
    rtr_flags: RTRFlags | int | None = avp(RTR_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RTR = RegistrationTerminationRequest


@command("Registration-Termination-Answer", code=304, application_id=16777216, request=False, proxiable=True, alias="RTA")
class RegistrationTerminationAnswer(Answer):
    """<RTA> ::= < Diameter Header: 304, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Associated-Identities ]
       * [ Supported-Features ]
       * [ Identity-with-Emergency-Registration ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    associated_identities: AssociatedIdentities | None = avp(ASSOCIATED_IDENTITIES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    identity_with_emergency_registration: tuple[IdentityWithEmergencyRegistration, ...] = repeated(IDENTITY_WITH_EMERGENCY_REGISTRATION, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RTA = RegistrationTerminationAnswer


@command("Push-Profile-Request", code=305, application_id=16777216, request=True, proxiable=True, alias="PPR")
class PushProfileRequest(Request["PushProfileAnswer"]):
    """<PPR> ::= < Diameter Header: 305, REQ, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
         { User-Name }
       * [ Supported-Features ]
         [ User-Data ]
         [ Charging-Information ]
         [ SIP-Auth-Data-Item ]
         [ Allowed-WAF-WWSF-Identities ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str = avp(DESTINATION_HOST)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_data: bytes | None = avp(USER_DATA, default=None)
    charging_information: ChargingInformation | None = avp(CHARGING_INFORMATION, default=None)
    sip_auth_data_item: SIPAuthDataItem | None = avp(SIP_AUTH_DATA_ITEM, default=None)
    allowed_waf_wwsf_identities: AllowedWAFWWSFIdentities | None = avp(ALLOWED_WAF_WWSF_IDENTITIES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PPR = PushProfileRequest


@command("Push-Profile-Answer", code=305, application_id=16777216, request=False, proxiable=True, alias="PPA")
class PushProfileAnswer(Answer):
    """<PPA> ::= < Diameter Header: 305, PXY, 16777216 >
         < Session-Id >
         [ DRMP ]
         { Vendor-Specific-Application-Id }
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
    vendor_specific_application_id: VendorSpecificApplicationId = avp(VENDOR_SPECIFIC_APPLICATION_ID)
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


PPA = PushProfileAnswer


@command("Update-Location-Request", code=316, application_id=16777251, request=True, proxiable=True, alias="ULR")
class UpdateLocationRequest(Request["UpdateLocationAnswer"]):
    """<ULR> ::= < Diameter Header: 316, REQ, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Terminal-Information ]
         { RAT-Type }
         { ULR-Flags }
         [ UE-SRVCC-Capability ]
         { Visited-PLMN-Id }
         [ SGSN-Number ]
         [ Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions ]
         [ GMLC-Address ]
       * [ Active-APN ]
         [ Equivalent-PLMN-List ]
         [ MME-Number-for-MT-SMS ]
         [ SMS-Register-Request ]
         [ SGs-MME-Identity ]
         [ Coupled-Node-Diameter-ID ]
         [ Adjacent-PLMNs ]
         [ Supported-Services ]
         [ SF-ULR-Timestamp ]
         [ SF-Provisional-Indication ]
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
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    rat_type: RATType | int = avp(RAT_TYPE)
    ulr_flags: ULRFlags | int = avp(ULR_FLAGS)
    ue_srvcc_capability: UESRVCCCapability | int | None = avp(UE_SRVCC_CAPABILITY, default=None)
    visited_plmn_id: bytes = avp(VISITED_PLMN_ID)
    sgsn_number: bytes | None = avp(SGSN_NUMBER, default=None)
    homogeneous_support_of_ims_voice_over_ps_sessions: HomogeneousSupportOfIMSVoiceOverPSSessions | int | None = avp(HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS, default=None)
    gmlc_address: AddressValue | None = avp(GMLC_ADDRESS, default=None)
    active_apn: tuple[ActiveAPN, ...] = repeated(ACTIVE_APN, default=())
    equivalent_plmn_list: EquivalentPLMNList | None = avp(EQUIVALENT_PLMN_LIST, default=None)
    mme_number_for_mt_sms: bytes | None = avp(MME_NUMBER_FOR_MT_SMS, default=None)
    sms_register_request: SMSRegisterRequest | int | None = avp(SMS_REGISTER_REQUEST, default=None)
    sgs_mme_identity: str | None = avp(SGS_MME_IDENTITY, default=None)
    coupled_node_diameter_id: str | None = avp(COUPLED_NODE_DIAMETER_ID, default=None)
    adjacent_plmns: AdjacentPLMNs | None = avp(ADJACENT_PLMNS, default=None)
    supported_services: SupportedServices | None = avp(SUPPORTED_SERVICES, default=None)
    sf_ulr_timestamp: datetime | None = avp(SF_ULR_TIMESTAMP, default=None)
    sf_provisional_indication: SFProvisionalIndication | int | None = avp(SF_PROVISIONAL_INDICATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ULR = UpdateLocationRequest


@command("Update-Location-Answer", code=316, application_id=16777251, request=False, proxiable=True, alias="ULA")
class UpdateLocationAnswer(Answer):
    """<ULA> ::= < Diameter Header: 316, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         [ Error-Diagnostic ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ ULA-Flags ]
         [ Subscription-Data ]
       * [ Reset-ID ]
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
    error_diagnostic: ErrorDiagnostic | int | None = avp(ERROR_DIAGNOSTIC, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    ula_flags: ULAFlags | int | None = avp(ULA_FLAGS, default=None)
    subscription_data: SubscriptionData | None = avp(SUBSCRIPTION_DATA, default=None)
    reset_id: tuple[bytes, ...] = repeated(RESET_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


ULA = UpdateLocationAnswer


@command("Authentication-Information-Request", code=318, application_id=16777251, request=True, proxiable=True, alias="AIR")
class AuthenticationInformationRequest(Request["AuthenticationInformationAnswer"]):
    """<AIR> ::= < Diameter Header: 318, REQ, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Requested-EUTRAN-Authentication-Info ]
         [ Requested-UTRAN-GERAN-Authentication-Info ]
         { Visited-PLMN-Id }
         [ AIR-Flags ]
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
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    requested_eutran_authentication_info: RequestedEUTRANAuthenticationInfo | None = avp(REQUESTED_EUTRAN_AUTHENTICATION_INFO, default=None)
    requested_utran_geran_authentication_info: RequestedUTRANGERANAuthenticationInfo | None = avp(REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO, default=None)
    visited_plmn_id: bytes = avp(VISITED_PLMN_ID)
    air_flags: AIRFlags | int | None = avp(AIR_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


AIR = AuthenticationInformationRequest


@command("Authentication-Information-Answer", code=318, application_id=16777251, request=False, proxiable=True, alias="AIA")
class AuthenticationInformationAnswer(Answer):
    """<AIA> ::= < Diameter Header: 318, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         [ Error-Diagnostic ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
       * [ Supported-Features ]
         [ Authentication-Info ]
         [ UE-Usage-Type ]
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
    error_diagnostic: ErrorDiagnostic | int | None = avp(ERROR_DIAGNOSTIC, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    authentication_info: AuthenticationInfo | None = avp(AUTHENTICATION_INFO, default=None)
    ue_usage_type: int | None = avp(UE_USAGE_TYPE, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


AIA = AuthenticationInformationAnswer


@command("Cancel-Location-Request", code=317, application_id=16777251, request=True, proxiable=True, alias="CLR")
class CancelLocationRequest(Request["CancelLocationAnswer"]):
    """<CLR> ::= < Diameter Header: 317, REQ, PXY, 16777251 >
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
         { Cancellation-Type }
         [ CLR-Flags ]
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
    cancellation_type: CancellationType | int = avp(CANCELLATION_TYPE)
    clr_flags: CLRFlags | int | None = avp(CLR_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


CLR = CancelLocationRequest


@command("Cancel-Location-Answer", code=317, application_id=16777251, request=False, proxiable=True, alias="CLA")
class CancelLocationAnswer(Answer):
    """<CLA> ::= < Diameter Header: 317, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


CLA = CancelLocationAnswer


@command("Insert-Subscriber-Data-Request", code=319, application_id=16777251, request=True, proxiable=True, alias="IDR")
class InsertSubscriberDataRequest(Request["InsertSubscriberDataAnswer"]):
    """<IDR> ::= < Diameter Header: 319, REQ, PXY, 16777251 >
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
         { Subscription-Data }
         [ IDR-Flags ]
       * [ Reset-ID ]
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
    subscription_data: SubscriptionData = avp(SUBSCRIPTION_DATA)
    idr_flags: IDRFlags | int | None = avp(IDR_FLAGS, default=None)
    reset_id: tuple[bytes, ...] = repeated(RESET_ID, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


IDR = InsertSubscriberDataRequest


@command("Insert-Subscriber-Data-Answer", code=319, application_id=16777251, request=False, proxiable=True, alias="IDA")
class InsertSubscriberDataAnswer(Answer):
    """<IDA> ::= < Diameter Header: 319, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ IMS-Voice-Over-PS-Sessions-Supported ]
         [ Last-UE-Activity-Time ]
         [ RAT-Type ]
         [ IDA-Flags ]
         [ EPS-User-State ]
         [ EPS-Location-Information ]
         [ Local-Time-Zone ]
         [ Supported-Services ]
       * [ Monitoring-Event-Report ]
       * [ Monitoring-Event-Config-Status ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    ims_voice_over_ps_sessions_supported: IMSVoiceOverPSSessionsSupported | int | None = avp(IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED, default=None)
    last_ue_activity_time: datetime | None = avp(LAST_UE_ACTIVITY_TIME, default=None)
    rat_type: RATType | int | None = avp(RAT_TYPE, default=None)
    ida_flags: IDAFlags | int | None = avp(IDA_FLAGS, default=None)
    eps_user_state: EPSUserState | None = avp(EPS_USER_STATE, default=None)
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    local_time_zone: LocalTimeZone | None = avp(LOCAL_TIME_ZONE, default=None)
    supported_services: SupportedServices | None = avp(SUPPORTED_SERVICES, default=None)
    monitoring_event_report: tuple[MonitoringEventReport, ...] = repeated(MONITORING_EVENT_REPORT, default=())
    monitoring_event_config_status: tuple[MonitoringEventConfigStatus, ...] = repeated(MONITORING_EVENT_CONFIG_STATUS, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


IDA = InsertSubscriberDataAnswer


@command("Delete-Subscriber-Data-Request", code=320, application_id=16777251, request=True, proxiable=True, alias="DSR")
class DeleteSubscriberDataRequest(Request["DeleteSubscriberDataAnswer"]):
    """<DSR> ::= < Diameter Header: 320, REQ, PXY, 16777251 >
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
         { DSR-Flags }
         [ SCEF-ID ]
       * [ Context-Identifier ]
         [ Trace-Reference ]
       * [ TS-Code ]
       * [ SS-Code ]
         [ eDRX-Related-RAT ]
       * [ External-Identifier ]
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
    dsr_flags: DSRFlags | int = avp(DSR_FLAGS)
    scef_id: str | None = avp(SCEF_ID, default=None)
    context_identifier: tuple[int, ...] = repeated(CONTEXT_IDENTIFIER, default=())
    trace_reference: bytes | None = avp(TRACE_REFERENCE, default=None)
    ts_code: tuple[bytes, ...] = repeated(TS_CODE, default=())
    ss_code: tuple[bytes, ...] = repeated(SS_CODE, default=())
    edrx_related_rat: EDRXRelatedRAT | None = avp(EDRX_RELATED_RAT, default=None)
    external_identifier: tuple[str, ...] = repeated(EXTERNAL_IDENTIFIER, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


DSR = DeleteSubscriberDataRequest


@command("Delete-Subscriber-Data-Answer", code=320, application_id=16777251, request=False, proxiable=True, alias="DSA")
class DeleteSubscriberDataAnswer(Answer):
    """<DSA> ::= < Diameter Header: 320, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ DSA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    dsa_flags: DSAFlags | int | None = avp(DSA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


DSA = DeleteSubscriberDataAnswer


@command("Purge-UE-Request", code=321, application_id=16777251, request=True, proxiable=True, alias="PUR")
class PurgeUERequest(Request["PurgeUEAnswer"]):
    """<PUR> ::= < Diameter Header: 321, REQ, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ OC-Supported-Features ]
         [ PUR-Flags ]
       * [ Supported-Features ]
         [ EPS-Location-Information ]
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
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    pur_flags: PURFlags | int | None = avp(PUR_FLAGS, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    eps_location_information: EPSLocationInformation | None = avp(EPS_LOCATION_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PUR = PurgeUERequest


@command("Purge-UE-Answer", code=321, application_id=16777251, request=False, proxiable=True, alias="PUA")
class PurgeUEAnswer(Answer):
    """<PUA> ::= < Diameter Header: 321, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
         [ PUA-Flags ]
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    pua_flags: PUAFlags | int | None = avp(PUA_FLAGS, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


PUA = PurgeUEAnswer


@command("Reset-Request", code=322, application_id=16777251, request=True, proxiable=True, alias="RSR")
class ResetRequest(Request["ResetAnswer"]):
    """<RSR> ::= < Diameter Header: 322, REQ, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         { Destination-Host }
         { Destination-Realm }
       * [ Supported-Features ]
       * [ User-Id ]
       * [ Reset-ID ]
         [ Subscription-Data ]
         [ Subscription-Data-Deletion ]
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
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    user_id: tuple[str, ...] = repeated(USER_ID, default=())
    reset_id: tuple[bytes, ...] = repeated(RESET_ID, default=())
    subscription_data: SubscriptionData | None = avp(SUBSCRIPTION_DATA, default=None)
    subscription_data_deletion: SubscriptionDataDeletion | None = avp(SUBSCRIPTION_DATA_DELETION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RSR = ResetRequest


@command("Reset-Answer", code=322, application_id=16777251, request=False, proxiable=True, alias="RSA")
class ResetAnswer(Answer):
    """<RSA> ::= < Diameter Header: 322, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
       * [ Supported-Features ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
       * [ AVP ]
         [ Failed-AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    result_code: ResultCode | int | None = avp(RESULT_CODE, default=None)
    experimental_result: ExperimentalResult | None = avp(EXPERIMENTAL_RESULT, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


RSA = ResetAnswer


@command("Notify-Request", code=323, application_id=16777251, request=True, proxiable=True, alias="NOR")
class NotifyRequest(Request["NotifyAnswer"]):
    """<NOR> ::= < Diameter Header: 323, REQ, PXY, 16777251 >
         < Session-Id >
         [ Vendor-Specific-Application-Id ]
         [ DRMP ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ Destination-Host ]
         { Destination-Realm }
         { User-Name }
         [ OC-Supported-Features ]
       * [ Supported-Features ]
         [ Terminal-Information ]
         [ MIP6-Agent-Info ]
         [ Visited-Network-Identifier ]
         [ Context-Identifier ]
         [ Service-Selection ]
         [ Alert-Reason ]
         [ UE-SRVCC-Capability ]
         [ NOR-Flags ]
         [ Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions ]
         [ Maximum-UE-Availability-Time ]
       * [ Monitoring-Event-Config-Status ]
         [ Emergency-Services ]
       * [ AVP ]
       * [ Proxy-Info ]
       * [ Route-Record ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    drmp: Drmp | int | None = avp(DRMP, default=None)
    auth_session_state: AuthSessionState | int = avp(AUTH_SESSION_STATE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    destination_realm: str = avp(DESTINATION_REALM)
    user_name: str = avp(USER_NAME)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    terminal_information: TerminalInformation | None = avp(TERMINAL_INFORMATION, default=None)
    mip6_agent_info: MIP6AgentInfo | None = avp(MIP6_AGENT_INFO, default=None)
    visited_network_identifier: bytes | None = avp(VISITED_NETWORK_IDENTIFIER, default=None)
    context_identifier: int | None = avp(CONTEXT_IDENTIFIER, default=None)
    service_selection: str | None = avp(SERVICE_SELECTION, default=None)
    alert_reason: AlertReason | int | None = avp(ALERT_REASON, default=None)
    ue_srvcc_capability: UESRVCCCapability | int | None = avp(UE_SRVCC_CAPABILITY, default=None)
    nor_flags: NORFlags | int | None = avp(NOR_FLAGS, default=None)
    homogeneous_support_of_ims_voice_over_ps_sessions: HomogeneousSupportOfIMSVoiceOverPSSessions | int | None = avp(HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS, default=None)
    maximum_ue_availability_time: datetime | None = avp(MAXIMUM_UE_AVAILABILITY_TIME, default=None)
    monitoring_event_config_status: tuple[MonitoringEventConfigStatus, ...] = repeated(MONITORING_EVENT_CONFIG_STATUS, default=())
    emergency_services: EmergencyServices | int | None = avp(EMERGENCY_SERVICES, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


NOR = NotifyRequest


@command("Notify-Answer", code=323, application_id=16777251, request=False, proxiable=True, alias="NOA")
class NotifyAnswer(Answer):
    """<NOA> ::= < Diameter Header: 323, PXY, 16777251 >
         < Session-Id >
         [ DRMP ]
         [ Vendor-Specific-Application-Id ]
         [ Result-Code ]
         [ Experimental-Result ]
         { Auth-Session-State }
         { Origin-Host }
         { Origin-Realm }
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Load ]
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
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    load: tuple[Load, ...] = repeated(LOAD, default=())
    supported_features: tuple[SupportedFeatures, ...] = repeated(SUPPORTED_FEATURES, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())


NOA = NotifyAnswer


@command("Credit-Control-Request", code=272, application_id=4, request=True, proxiable=True, alias="CCR")
class CreditControlRequest(Request["CreditControlAnswer"]):
    """<CCR> ::= < Diameter Header: 272, REQ, PXY, 4 >
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
         [ AoC-Request-Type ]
         [ Multiple-Services-Indicator ]
       * [ Multiple-Services-Credit-Control ]
       * [ Service-Parameter-Info ]
         [ CC-Correlation-Id ]
         [ User-Equipment-Info ]
         [ User-Equipment-Info-Extension ]
         [ OC-Supported-Features ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Service-Information ]
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
    aoc_request_type: AoCRequestType | int | None = avp(AOC_REQUEST_TYPE, default=None)
    multiple_services_indicator: MultipleServicesIndicator | int | None = avp(MULTIPLE_SERVICES_INDICATOR, default=None)
    multiple_services_credit_control: tuple[MultipleServicesCreditControl, ...] = repeated(MULTIPLE_SERVICES_CREDIT_CONTROL, default=())
    service_parameter_info: tuple[ServiceParameterInfo, ...] = repeated(SERVICE_PARAMETER_INFO, default=())
    cc_correlation_id: bytes | None = avp(CC_CORRELATION_ID, default=None)
    user_equipment_info: UserEquipmentInfo | None = avp(USER_EQUIPMENT_INFO, default=None)
    user_equipment_info_extension: UserEquipmentInfoExtension | None = avp(USER_EQUIPMENT_INFO_EXTENSION, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    service_information: ServiceInformation | None = avp(SERVICE_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCR = CreditControlRequest


@command("Credit-Control-Answer", code=272, application_id=4, request=False, proxiable=True, alias="CCA")
class CreditControlAnswer(Answer):
    """<CCA> ::= < Diameter Header: 272, PXY, 4 >
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
         [ Low-Balance-Indication ]
         [ Remaining-Balance ]
         [ Credit-Control-Failure-Handling ]
         [ Direct-Debiting-Failure-Handling ]
         [ Validity-Time ]
         [ OC-Supported-Features ]
         [ OC-OLR ]
       * [ Redirect-Host ]
         [ Redirect-Host-Usage ]
         [ Redirect-Max-Cache-Time ]
       * [ Proxy-Info ]
       * [ Route-Record ]
       * [ Failed-AVP ]
         [ Service-Information ]
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
    low_balance_indication: LowBalanceIndication | int | None = avp(LOW_BALANCE_INDICATION, default=None)
    remaining_balance: RemainingBalance | None = avp(REMAINING_BALANCE, default=None)
    credit_control_failure_handling: CreditControlFailureHandling | int | None = avp(CREDIT_CONTROL_FAILURE_HANDLING, default=None)
    direct_debiting_failure_handling: DirectDebitingFailureHandling | int | None = avp(DIRECT_DEBITING_FAILURE_HANDLING, default=None)
    validity_time: int | None = avp(VALIDITY_TIME, default=None)
    oc_supported_features: OCSupportedFeatures | None = avp(OC_SUPPORTED_FEATURES, default=None)
    oc_olr: OCOLR | None = avp(OC_OLR, default=None)
    redirect_host: tuple[DiameterURI, ...] = repeated(REDIRECT_HOST, default=())
    redirect_host_usage: RedirectHostUsage | int | None = avp(REDIRECT_HOST_USAGE, default=None)
    redirect_max_cache_time: int | None = avp(REDIRECT_MAX_CACHE_TIME, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    failed_avp: tuple[FailedAVP, ...] = repeated(FAILED_AVP, default=())
    service_information: ServiceInformation | None = avp(SERVICE_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


CCA = CreditControlAnswer


@command("Accounting-Request", code=271, application_id=3, request=True, proxiable=True, alias="ACR")
class AccountingRequest(Request["AccountingAnswer"]):
    """<ACR> ::= < Diameter Header: 271, REQ, PXY, 3 >
         < Session-Id >
         { Origin-Host }
         { Origin-Realm }
         { Destination-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         [ Acct-Application-Id ]
         [ Vendor-Specific-Application-Id ]
         [ User-Name ]
         [ Destination-Host ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Acct-Interim-Interval ]
         [ Accounting-Realtime-Required ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
       * [ Proxy-Info ]
       * [ Route-Record ]
         [ Service-Context-Id ]
         [ Service-Information ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    destination_realm: str = avp(DESTINATION_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int | None = avp(ACCT_APPLICATION_ID, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    destination_host: str | None = avp(DESTINATION_HOST, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    route_record: tuple[str, ...] = repeated(ROUTE_RECORD, default=())
    service_context_id: str | None = avp(SERVICE_CONTEXT_ID, default=None)
    service_information: ServiceInformation | None = avp(SERVICE_INFORMATION, default=None)
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACR = AccountingRequest


@command("Accounting-Answer", code=271, application_id=3, request=False, proxiable=True, alias="ACA")
class AccountingAnswer(Answer):
    """<ACA> ::= < Diameter Header: 271, PXY, 3 >
         < Session-Id >
         { Result-Code }
         { Origin-Host }
         { Origin-Realm }
         { Accounting-Record-Type }
         { Accounting-Record-Number }
         [ Acct-Application-Id ]
         [ Vendor-Specific-Application-Id ]
         [ User-Name ]
         [ Accounting-Sub-Session-Id ]
         [ Acct-Session-Id ]
         [ Acct-Multi-Session-Id ]
         [ Error-Message ]
         [ Error-Reporting-Host ]
         [ Acct-Interim-Interval ]
         [ Accounting-Realtime-Required ]
         [ Failed-AVP ]
         [ Origin-State-Id ]
         [ Event-Timestamp ]
       * [ Proxy-Info ]
       * [ AVP ]
    """

    session_id: str = avp(SESSION_ID, fixed=True)
    result_code: ResultCode | int = avp(RESULT_CODE)
    origin_host: str = avp(ORIGIN_HOST)
    origin_realm: str = avp(ORIGIN_REALM)
    accounting_record_type: AccountingRecordType | int = avp(ACCOUNTING_RECORD_TYPE)
    accounting_record_number: int = avp(ACCOUNTING_RECORD_NUMBER)
    acct_application_id: int | None = avp(ACCT_APPLICATION_ID, default=None)
    vendor_specific_application_id: VendorSpecificApplicationId | None = avp(VENDOR_SPECIFIC_APPLICATION_ID, default=None)
    user_name: str | None = avp(USER_NAME, default=None)
    accounting_sub_session_id: int | None = avp(ACCOUNTING_SUB_SESSION_ID, default=None)
    acct_session_id: bytes | None = avp(ACCT_SESSION_ID, default=None)
    acct_multi_session_id: str | None = avp(ACCT_MULTI_SESSION_ID, default=None)
    error_message: str | None = avp(ERROR_MESSAGE, default=None)
    error_reporting_host: str | None = avp(ERROR_REPORTING_HOST, default=None)
    acct_interim_interval: int | None = avp(ACCT_INTERIM_INTERVAL, default=None)
    accounting_realtime_required: AccountingRealtimeRequired | int | None = avp(ACCOUNTING_REALTIME_REQUIRED, default=None)
    failed_avp: FailedAVP | None = avp(FAILED_AVP, default=None)
    origin_state_id: int | None = avp(ORIGIN_STATE_ID, default=None)
    event_timestamp: datetime | None = avp(EVENT_TIMESTAMP, default=None)
    proxy_info: tuple[ProxyInfo, ...] = repeated(PROXY_INFO, default=())
    avps: tuple[Avp, ...] = repeated(AVP, default=())


ACA = AccountingAnswer


# Commands that moved to the module of their interface; importable from here too
from diameter.apps.tgpp.sh import UserDataRequest as UserDataRequest
from diameter.apps.tgpp.sh import UserDataAnswer as UserDataAnswer
from diameter.apps.tgpp.sh import ProfileUpdateRequest as ProfileUpdateRequest
from diameter.apps.tgpp.sh import ProfileUpdateAnswer as ProfileUpdateAnswer
from diameter.apps.tgpp.sh import SubscribeNotificationsRequest as SubscribeNotificationsRequest
from diameter.apps.tgpp.sh import SubscribeNotificationsAnswer as SubscribeNotificationsAnswer
from diameter.apps.tgpp.sh import PushNotificationRequest as PushNotificationRequest
from diameter.apps.tgpp.sh import PushNotificationAnswer as PushNotificationAnswer
