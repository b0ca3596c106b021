"""Dictionary 'tgpp': generated from schemas/tgpp_ts29061.dia, schemas/tgpp_ts29109.dia, schemas/tgpp_ts29128.dia, schemas/tgpp_ts29140.dia, schemas/tgpp_ts29153.dia, schemas/tgpp_ts29154.dia, schemas/tgpp_ts29172.dia, schemas/tgpp_ts29173.dia, schemas/tgpp_ts29209.dia, schemas/tgpp_ts29210.dia, schemas/tgpp_ts29212.dia, schemas/tgpp_ts29214.dia, schemas/tgpp_ts29215.dia, schemas/tgpp_ts29217.dia, schemas/tgpp_ts29219.dia, schemas/tgpp_ts29229.dia, schemas/tgpp_ts29234.dia, schemas/tgpp_ts29272.dia, schemas/tgpp_ts29273.dia, schemas/tgpp_ts29283.dia, schemas/tgpp_ts29329.dia, schemas/tgpp_ts29336.dia, schemas/tgpp_ts29337.dia, schemas/tgpp_ts29338.dia, schemas/tgpp_ts29343.dia, schemas/tgpp_ts29344.dia, schemas/tgpp_ts29345.dia, schemas/tgpp_ts29368.dia, schemas/tgpp_ts29388.dia, schemas/tgpp_ts29389.dia, schemas/tgpp_ts29468.dia, schemas/tgpp_ts29561.dia, schemas/tgpp_ts32299.dia, schemas/tgpp_ts32299_services.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

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
    DESTINATION_HOST,
    DESTINATION_REALM,
    ERROR_MESSAGE,
    ERROR_REPORTING_HOST,
    EVENT_TIMESTAMP,
    EXPERIMENTAL_RESULT,
    EXPERIMENTAL_RESULT_CODE,
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
    SESSION_TIMEOUT,
    TERMINATION_CAUSE,
    USER_NAME,
    VENDOR_ID,
    VENDOR_SPECIFIC_APPLICATION_ID,
)
from diameter.apps.credit_control import (
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
    DIRECT_DEBITING_FAILURE_HANDLING,
    EXPONENT,
    FINAL_UNIT_ACTION,
    FINAL_UNIT_INDICATION,
    GRANTED_SERVICE_UNIT,
    G_S_U_POOL_REFERENCE,
    MULTIPLE_SERVICES_INDICATOR,
    QOS_FINAL_UNIT_INDICATION,
    RATING_GROUP,
    REDIRECT_ADDRESS_TYPE,
    REDIRECT_SERVER_ADDRESS,
    REQUESTED_ACTION,
    REQUESTED_SERVICE_UNIT,
    SERVICE_CONTEXT_ID,
    SERVICE_IDENTIFIER,
    SERVICE_PARAMETER_INFO,
    SUBSCRIPTION_ID,
    SUBSCRIPTION_ID_EXTENSION,
    TARIFF_CHANGE_USAGE,
    TARIFF_TIME_CHANGE,
    UNIT_VALUE,
    USER_EQUIPMENT_INFO,
    USER_EQUIPMENT_INFO_EXTENSION,
    VALIDITY_TIME,
    VALUE_DIGITS,
)
from diameter.apps.eap import EAP_MASTER_SESSION_KEY
from diameter.apps.etsi import (
    LINE_IDENTIFIER,
    LOGICAL_ACCESS_ID,
    PHYSICAL_ACCESS_ID,
    RESERVATION_PRIORITY,
)
from diameter.apps.ietf import (
    DAY_OF_WEEK_MASK,
    DIGEST_ALGORITHM,
    DIGEST_HA1,
    DIGEST_QOP,
    DIGEST_REALM,
    DRMP,
    LOAD,
    LOCATION_DATA,
    LOCATION_INFORMATION,
    MIP6_AGENT_INFO,
    MIP6_FEATURE_VECTOR,
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
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    DIAMETER_URI,
    ENUMERATED,
    FLOAT32,
    GROUPED,
    INTEGER32,
    IP_FILTER_RULE,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

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

# AVPs: name, code, data format, flags that MUST be set, vendor
TGPP_IMSI: Final = AvpDef("3GPP-IMSI", 1, UTF8STRING, 0, vendor=10415)
TGPP_CHARGING_ID: Final = AvpDef("3GPP-Charging-Id", 2, OCTET_STRING, 0, vendor=10415)
TGPP_PDP_TYPE: Final = AvpDef("3GPP-PDP-Type", 3, ENUMERATED, 0, vendor=10415)
TGPP_CG_ADDRESS: Final = AvpDef("3GPP-CG-Address", 4, OCTET_STRING, 0, vendor=10415)
TGPP_GPRS_NEGOTIATED_QOS_PROFILE: Final = AvpDef("3GPP-GPRS-Negotiated-QoS-Profile", 5, UTF8STRING, 0, vendor=10415)
TGPP_SGSN_ADDRESS: Final = AvpDef("3GPP-SGSN-Address", 6, OCTET_STRING, 0, vendor=10415)
TGPP_GGSN_ADDRESS: Final = AvpDef("3GPP-GGSN-Address", 7, OCTET_STRING, 0, vendor=10415)
TGPP_IMSI_MCC_MNC: Final = AvpDef("3GPP-IMSI-MCC-MNC", 8, UTF8STRING, 0, vendor=10415)
TGPP_GGSN_MCC_MNC: Final = AvpDef("3GPP-GGSN-MCC-MNC", 9, UTF8STRING, 0, vendor=10415)
TGPP_NSAPI: Final = AvpDef("3GPP-NSAPI", 10, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_STOP_INDICATOR: Final = AvpDef("3GPP-Session-Stop-Indicator", 11, OCTET_STRING, 0, vendor=10415)
TGPP_SELECTION_MODE: Final = AvpDef("3GPP-Selection-Mode", 12, UTF8STRING, 0, vendor=10415)
TGPP_CHARGING_CHARACTERISTICS: Final = AvpDef("3GPP-Charging-Characteristics", 13, UTF8STRING, 0, vendor=10415)
TGPP_CG_IPV6_ADDRESS: Final = AvpDef("3GPP-CG-Ipv6-Address", 14, OCTET_STRING, 0, vendor=10415)
TGPP_SGSN_IPV6_ADDRESS: Final = AvpDef("3GPP-SGSN-Ipv6-Address", 15, OCTET_STRING, 0, vendor=10415)
TGPP_GGSN_IPV6_ADDRESS: Final = AvpDef("3GPP-GGSN-Ipv6-Address", 16, OCTET_STRING, 0, vendor=10415)
TGPP_IPV6_DNS_SERVERS: Final = AvpDef("3GPP-Ipv6-DNS-Servers", 17, OCTET_STRING, 0, vendor=10415)
TGPP_SGSN_MCC_MNC: Final = AvpDef("3GPP-SGSN-MCC-MNC", 18, UTF8STRING, 0, vendor=10415)
TGPP_IMEISV: Final = AvpDef("3GPP-IMEISV", 20, OCTET_STRING, 0, vendor=10415)
TGPP_RAT_TYPE: Final = AvpDef("3GPP-RAT-Type", 21, OCTET_STRING, 0, vendor=10415)
TGPP_USER_LOCATION_INFO: Final = AvpDef("3GPP-User-Location-Info", 22, OCTET_STRING, 0, vendor=10415)
TGPP_MS_TIMEZONE: Final = AvpDef("3GPP-MS-TimeZone", 23, OCTET_STRING, 0, vendor=10415)
TGPP_CAMEL_CHARGING_INFO: Final = AvpDef("3GPP-CAMEL-Charging-Info", 24, OCTET_STRING, 0, vendor=10415)
TGPP_PACKET_FILTER: Final = AvpDef("3GPP-Packet-Filter", 25, OCTET_STRING, 0, vendor=10415)
TGPP_NEGOTIATED_DSCP: Final = AvpDef("3GPP-Negotiated-DSCP", 26, OCTET_STRING, 0, vendor=10415)
TGPP_ALLOCATE_IP_TYPE: Final = AvpDef("3GPP-Allocate-IP-Type", 27, OCTET_STRING, 0, vendor=10415)
TWAN_IDENTIFIER: Final = AvpDef("TWAN-Identifier", 29, OCTET_STRING, 0, vendor=10415)
TGPP_USER_LOCATION_INFO_TIME: Final = AvpDef("3GPP-User-Location-Info-Time", 30, OCTET_STRING, 0, vendor=10415)
TGPP_SECONDARY_RAT_USAGE: Final = AvpDef("3GPP-Secondary-RAT-Usage", 31, OCTET_STRING, 0, vendor=10415)
TGPP_UE_LOCAL_IP_ADDRESS: Final = AvpDef("3GPP-UE-Local-IP-Address", 32, OCTET_STRING, 0, vendor=10415)
TGPP_UE_SOURCE_PORT: Final = AvpDef("3GPP-UE-Source-Port", 33, OCTET_STRING, 0, vendor=10415)
TMGI: Final = AvpDef("TMGI", 900, OCTET_STRING, M, vendor=10415)
REQUIRED_MBMS_BEARER_CAPABILITIES: Final = AvpDef("Required-MBMS-Bearer-Capabilities", 901, UTF8STRING, M, vendor=10415)
MBMS_STARTSTOP_INDICATION: Final = AvpDef("MBMS-StartStop-Indication", 902, ENUMERATED, M, vendor=10415)
MBMS_SERVICE_AREA: Final = AvpDef("MBMS-Service-Area", 903, OCTET_STRING, M, vendor=10415)
MBMS_SESSION_DURATION: Final = AvpDef("MBMS-Session-Duration", 904, OCTET_STRING, M, vendor=10415)
ALTERNATIVE_APN: Final = AvpDef("Alternative-APN", 905, UTF8STRING, M, vendor=10415)
MBMS_SERVICE_TYPE: Final = AvpDef("MBMS-Service-Type", 906, ENUMERATED, M, vendor=10415)
MBMS_2G_3G_INDICATOR: Final = AvpDef("MBMS-2G-3G-Indicator", 907, ENUMERATED, M, vendor=10415)
MBMS_SESSION_IDENTITY: Final = AvpDef("MBMS-Session-Identity", 908, OCTET_STRING, M, vendor=10415)
RAI: Final = AvpDef("RAI", 909, UTF8STRING, M, vendor=10415)
ADDITIONAL_MBMS_TRACE_INFO: Final = AvpDef("Additional-MBMS-Trace-Info", 910, OCTET_STRING, M, vendor=10415)
MBMS_TIME_TO_DATA_TRANSFER: Final = AvpDef("MBMS-Time-To-Data-Transfer", 911, OCTET_STRING, M, vendor=10415)
MBMS_SESSION_REPETITION_NUMBER: Final = AvpDef("MBMS-Session-Repetition-Number", 912, OCTET_STRING, M, vendor=10415)
MBMS_REQUIRED_QOS: Final = AvpDef("MBMS-Required-QoS", 913, UTF8STRING, M, vendor=10415)
MBMS_COUNTING_INFORMATION: Final = AvpDef("MBMS-Counting-Information", 914, ENUMERATED, M, vendor=10415)
MBMS_USER_DATA_MODE_INDICATION: Final = AvpDef("MBMS-User-Data-Mode-Indication", 915, ENUMERATED, M, vendor=10415)
MBMS_GGSN_ADDRESS: Final = AvpDef("MBMS-GGSN-Address", 916, OCTET_STRING, M, vendor=10415)
MBMS_GGSN_IPV6_ADDRESS: Final = AvpDef("MBMS-GGSN-Ipv6-Address", 917, OCTET_STRING, M, vendor=10415)
MBMS_BMSC_SSM_IP_ADDRESS: Final = AvpDef("MBMS-BMSC-SSM-IP-Address", 918, OCTET_STRING, M, vendor=10415)
MBMS_BMSC_SSM_IPV6_ADDRESS: Final = AvpDef("MBMS-BMSC-SSM-Ipv6-Address", 919, OCTET_STRING, M, vendor=10415)
MBMS_FLOW_IDENTIFIER: Final = AvpDef("MBMS-Flow-Identifier", 920, OCTET_STRING, M, vendor=10415)
CN_IP_MULTICAST_DISTRIBUTION: Final = AvpDef("CN-IP-Multicast-Distribution", 921, ENUMERATED, M, vendor=10415)
MBMS_HC_INDICATOR: Final = AvpDef("MBMS-HC-Indicator", 922, ENUMERATED, M, vendor=10415)
MBMS_ACCESS_INDICATOR: Final = AvpDef("MBMS-Access-Indicator", 923, ENUMERATED, M, vendor=10415)
MBMS_GW_SSM_IP_ADDRESS: Final = AvpDef("MBMS-GW-SSM-IP-Address", 924, OCTET_STRING, 0, vendor=10415)
MBMS_GW_SSM_IPV6_ADDRESS: Final = AvpDef("MBMS-GW-SSM-IPv6-Address", 925, OCTET_STRING, 0, vendor=10415)
MBMS_BMSC_SSM_UDP_PORT: Final = AvpDef("MBMS-BMSC-SSM-UDP-Port", 926, OCTET_STRING, 0, vendor=10415)
MBMS_GW_UDP_PORT: Final = AvpDef("MBMS-GW-UDP-Port", 927, OCTET_STRING, 0, vendor=10415)
MBMS_GW_UDP_PORT_INDICATOR: Final = AvpDef("MBMS-GW-UDP-Port-Indicator", 928, ENUMERATED, 0, vendor=10415)
MBMS_DATA_TRANSFER_START: Final = AvpDef("MBMS-Data-Transfer-Start", 929, UNSIGNED64, 0, vendor=10415)
MBMS_DATA_TRANSFER_STOP: Final = AvpDef("MBMS-Data-Transfer-Stop", 930, UNSIGNED64, 0, vendor=10415)
MBMS_FLAGS: Final = AvpDef("MBMS-Flags", 931, UNSIGNED32, 0, vendor=10415)
RESTART_COUNTER: Final = AvpDef("Restart-Counter", 932, UNSIGNED32, 0, vendor=10415)
DIAGNOSTIC_INFO: Final = AvpDef("Diagnostic-Info", 933, UNSIGNED32, 0, vendor=10415)
MBMS_CELL_LIST: Final = AvpDef("MBMS-Cell-List", 934, OCTET_STRING, 0, vendor=10415)
GBA_USERSECSETTINGS: Final = AvpDef("GBA-UserSecSettings", 400, OCTET_STRING, M, vendor=10415)
TRANSACTION_IDENTIFIER: Final = AvpDef("Transaction-Identifier", 401, OCTET_STRING, M, vendor=10415)
NAF_ID: Final = AvpDef("NAF-Id", 402, OCTET_STRING, M, vendor=10415)
GAA_SERVICE_IDENTIFIER: Final = AvpDef("GAA-Service-Identifier", 403, OCTET_STRING, M, vendor=10415)
KEY_EXPIRYTIME: Final = AvpDef("Key-ExpiryTime", 404, TIME, M, vendor=10415)
ME_KEY_MATERIAL: Final = AvpDef("ME-Key-Material", 405, OCTET_STRING, M, vendor=10415)
UICC_KEY_MATERIAL: Final = AvpDef("UICC-Key-Material", 406, OCTET_STRING, M, vendor=10415)
GBA_U_AWARENESS_INDICATOR: Final = AvpDef("GBA_U-Awareness-Indicator", 407, ENUMERATED, M, vendor=10415)
BOOTSTRAPINFOCREATIONTIME: Final = AvpDef("BootstrapInfoCreationTime", 408, TIME, M, vendor=10415)
GUSS_TIMESTAMP: Final = AvpDef("GUSS-Timestamp", 409, TIME, 0, vendor=10415)
GBA_TYPE: Final = AvpDef("GBA-Type", 410, ENUMERATED, M, vendor=10415)
UE_ID: Final = AvpDef("UE-Id", 411, OCTET_STRING, M, vendor=10415)
UE_ID_TYPE: Final = AvpDef("UE-Id-Type", 412, ENUMERATED, M, vendor=10415)
UICC_APP_LABEL: Final = AvpDef("UICC-App-Label", 413, OCTET_STRING, M, vendor=10415)
UICC_ME: Final = AvpDef("UICC-ME", 414, ENUMERATED, M, vendor=10415)
REQUESTED_KEY_LIFETIME: Final = AvpDef("Requested-Key-Lifetime", 415, TIME, M, vendor=10415)
PRIVATE_IDENTITY_REQUEST: Final = AvpDef("Private-Identity-Request", 416, ENUMERATED, M, vendor=10415)
GBA_PUSH_INFO: Final = AvpDef("GBA-Push-Info", 417, OCTET_STRING, M, vendor=10415)
NAF_SA_IDENTIFIER: Final = AvpDef("NAF-SA-Identifier", 418, OCTET_STRING, M, vendor=10415)
SECURITY_FEATURE_REQUEST: Final = AvpDef("Security-Feature-Request", 419, OCTET_STRING, M, vendor=10415)
SECURITY_FEATURE_RESPONSE: Final = AvpDef("Security-Feature-Response", 420, OCTET_STRING, M, vendor=10415)
COMMUNICATION_FAILURE_INFORMATION: Final = AvpDef("Communication-Failure-Information", 4300, GROUPED, M, vendor=10415)
CAUSE_TYPE: Final = AvpDef("Cause-Type", 4301, UNSIGNED32, M, vendor=10415)
S1AP_CAUSE: Final = AvpDef("S1AP-Cause", 4302, UNSIGNED32, M, vendor=10415)
RANAP_CAUSE: Final = AvpDef("RANAP-Cause", 4303, UNSIGNED32, M, vendor=10415)
BSSGP_CAUSE: Final = AvpDef("BSSGP-Cause", 4309, UNSIGNED32, M, vendor=10415)
GMM_CAUSE: Final = AvpDef("GMM-Cause", 4304, UNSIGNED32, M, vendor=10415)
SM_CAUSE: Final = AvpDef("SM-Cause", 4305, UNSIGNED32, M, vendor=10415)
NUMBER_OF_UE_PER_LOCATION_CONFIGURATION: Final = AvpDef("Number-Of-UE-Per-Location-Configuration", 4306, GROUPED, M, vendor=10415)
NUMBER_OF_UE_PER_LOCATION_REPORT: Final = AvpDef("Number-Of-UE-Per-Location-Report", 4307, GROUPED, M, vendor=10415)
UE_COUNT: Final = AvpDef("UE-Count", 4308, UNSIGNED32, M, vendor=10415)
CONNECTION_ACTION: Final = AvpDef("Connection-Action", 4314, UNSIGNED32, M, vendor=10415)
NON_IP_DATA: Final = AvpDef("Non-IP-Data", 4315, OCTET_STRING, M, vendor=10415)
SERVING_PLMN_RATE_CONTROL: Final = AvpDef("Serving-PLMN-Rate-Control", 4310, GROUPED, M, vendor=10415)
DOWNLINK_RATE_LIMIT: Final = AvpDef("Downlink-Rate-Limit", 4312, UNSIGNED32, M, vendor=10415)
UPLINK_RATE_LIMIT: Final = AvpDef("Uplink-Rate-Limit", 4311, UNSIGNED32, M, vendor=10415)
SCEF_WAIT_TIME: Final = AvpDef("SCEF-Wait-Time", 4316, TIME, M, vendor=10415)
CMR_FLAGS: Final = AvpDef("CMR-Flags", 4317, UNSIGNED32, M, vendor=10415)
EXTENDED_PCO: Final = AvpDef("Extended-PCO", 4313, OCTET_STRING, M, vendor=10415)
RRC_CAUSE_COUNTER: Final = AvpDef("RRC-Cause-Counter", 4318, GROUPED, M, vendor=10415)
COUNTER_VALUE: Final = AvpDef("Counter-Value", 4319, UNSIGNED32, M, vendor=10415)
RRC_COUNTER_TIMESTAMP: Final = AvpDef("RRC-Counter-Timestamp", 4320, TIME, M, vendor=10415)
TDA_FLAGS: Final = AvpDef("TDA-Flags", 4321, UNSIGNED32, 0, vendor=10415)
IDLE_STATUS_INDICATION: Final = AvpDef("Idle-Status-Indication", 4322, GROUPED, 0, vendor=10415)
IDLE_STATUS_TIMESTAMP: Final = AvpDef("Idle-Status-Timestamp", 4323, TIME, 0, vendor=10415)
ACTIVE_TIME: Final = AvpDef("Active-Time", 4324, UNSIGNED32, 0, vendor=10415)
REACHABILITY_CAUSE: Final = AvpDef("Reachability-Cause", 4325, UNSIGNED32, 0, vendor=10415)
APN_RATE_CONTROL_STATUS: Final = AvpDef("APN-Rate-Control-Status", 4326, GROUPED, 0, vendor=10415)
UPLINK_NUMBER_OF_PACKETS_ALLOWED: Final = AvpDef("Uplink-Number-Of-Packets-Allowed", 4327, UNSIGNED32, 0, vendor=10415)
NUMBER_OF_ADDITIONAL_EXCEPTION_REPORTS: Final = AvpDef("Number-Of-Additional-Exception-Reports", 4328, UNSIGNED32, 0, vendor=10415)
DOWNLINK_NUMBER_OF_PACKETS_ALLOWED: Final = AvpDef("Downlink-Number-Of-Packets-Allowed", 4329, UNSIGNED32, 0, vendor=10415)
APN_RATE_CONTROL_STATUS_VALIDITY_TIME: Final = AvpDef("APN-Rate-Control-Status-Validity-Time", 4330, UNSIGNED64, 0, vendor=10415)
SERVED_USER_IDENTITY: Final = AvpDef("Served-User-Identity", 1100, GROUPED, M, vendor=10415)
VASP_ID: Final = AvpDef("VASP-ID", 1101, UTF8STRING, M, vendor=10415)
VAS_ID: Final = AvpDef("VAS-ID", 1102, UTF8STRING, M, vendor=10415)
TRIGGER_EVENT: Final = AvpDef("Trigger-Event", 1103, ENUMERATED, M, vendor=10415)
SENDER_ADDRESS: Final = AvpDef("Sender-Address", 1104, UTF8STRING, M, vendor=10415)
INITIAL_RECIPIENT_ADDRESS: Final = AvpDef("Initial-Recipient-Address", 1105, GROUPED, M, vendor=10415)
RESULT_RECIPIENT_ADDRESS: Final = AvpDef("Result-Recipient-Address", 1106, GROUPED, M, vendor=10415)
SEQUENCE_NUMBER_29_140: Final = AvpDef("Sequence-Number-29.140", 1107, UNSIGNED32, M, vendor=10415)
RECIPIENT_ADDRESS_29_140: Final = AvpDef("Recipient-Address-29.140", 1108, UTF8STRING, M, vendor=10415)
ROUTEING_ADDRESS: Final = AvpDef("Routeing-Address", 1109, UTF8STRING, M, vendor=10415)
ORIGINATING_INTERFACE: Final = AvpDef("Originating-Interface", 1110, ENUMERATED, M, vendor=10415)
DELIVERY_REPORT: Final = AvpDef("Delivery-Report", 1111, ENUMERATED, M, vendor=10415)
READ_REPLY: Final = AvpDef("Read-Reply", 1112, ENUMERATED, M, vendor=10415)
SENDER_VISIBILITY: Final = AvpDef("Sender-Visibility", 1113, ENUMERATED, M, vendor=10415)
SERVICE_KEY: Final = AvpDef("Service-Key", 1114, UTF8STRING, M, vendor=10415)
BILLING_INFORMATION: Final = AvpDef("Billing-Information", 1115, UTF8STRING, M, vendor=10415)
STATUS: Final = AvpDef("Status", 1116, GROUPED, M, vendor=10415)
STATUS_CODE: Final = AvpDef("Status-Code", 1117, UTF8STRING, M, vendor=10415)
STATUS_TEXT: Final = AvpDef("Status-Text", 1118, UTF8STRING, M, vendor=10415)
ROUTEING_ADDRESS_RESOLUTION: Final = AvpDef("Routeing-Address-Resolution", 1119, ENUMERATED, M, vendor=10415)
NETWORK_CONGESTION_AREA_REPORT: Final = AvpDef("Network-Congestion-Area-Report", 4101, GROUPED, M, vendor=10415)
NS_REQUEST_TYPE: Final = AvpDef("Ns-Request-Type", 4102, UNSIGNED32, M, vendor=10415)
NETWORK_AREA_INFO_LIST: Final = AvpDef("Network-Area-Info-List", 4201, OCTET_STRING, M, vendor=10415)
REFERENCE_ID: Final = AvpDef("Reference-Id", 4202, OCTET_STRING, M, vendor=10415)
TRANSFER_REQUEST_TYPE: Final = AvpDef("Transfer-Request-Type", 4203, UNSIGNED32, M, vendor=10415)
TIME_WINDOW: Final = AvpDef("Time-Window", 4204, GROUPED, M, vendor=10415)
TRANSFER_END_TIME: Final = AvpDef("Transfer-End-Time", 4205, TIME, M, vendor=10415)
TRANSFER_START_TIME: Final = AvpDef("Transfer-Start-Time", 4206, TIME, M, vendor=10415)
TRANSFER_POLICY: Final = AvpDef("Transfer-Policy", 4207, GROUPED, M, vendor=10415)
TRANSFER_POLICY_ID: Final = AvpDef("Transfer-Policy-Id", 4208, UNSIGNED32, M, vendor=10415)
NUMBER_OF_UES: Final = AvpDef("Number-Of-UEs", 4209, UNSIGNED32, M, vendor=10415)
ACCESS_NETWORK_REPORTS: Final = AvpDef("Access-Network-Reports", 4210, GROUPED, M, vendor=10415)
EVENT_CONFIGURATION: Final = AvpDef("Event-Configuration", 4211, GROUPED, M, vendor=10415)
EVENT_CONFIGURATION_STATE: Final = AvpDef("Event-Configuration-State", 4212, UNSIGNED32, M, vendor=10415)
EVENT_CONFIGURATION_STATUS: Final = AvpDef("Event-Configuration-Status", 4213, GROUPED, M, vendor=10415)
EVENT_REPORTING_RESULTS: Final = AvpDef("Event-Reporting-Results", 4214, UNSIGNED32, M, vendor=10415)
EVENT_REPORTS: Final = AvpDef("Event-Reports", 4215, GROUPED, M, vendor=10415)
EXTENDED_SCEF_REFERENCE_ID: Final = AvpDef("Extended-SCEF-Reference-ID", 4216, UNSIGNED64, M, vendor=10415)
SLG_LOCATION_TYPE: Final = AvpDef("SLg-Location-Type", 2500, ENUMERATED, M, vendor=10415)
LCS_EPS_CLIENT_NAME: Final = AvpDef("LCS-EPS-Client-Name", 2501, GROUPED, M, vendor=10415)
LCS_REQUESTOR_NAME: Final = AvpDef("LCS-Requestor-Name", 2502, GROUPED, M, vendor=10415)
LCS_PRIORITY: Final = AvpDef("LCS-Priority", 2503, UNSIGNED32, M, vendor=10415)
LCS_QOS: Final = AvpDef("LCS-QoS", 2504, GROUPED, M, vendor=10415)
HORIZONTAL_ACCURACY: Final = AvpDef("Horizontal-Accuracy", 2505, UNSIGNED32, M, vendor=10415)
VERTICAL_ACCURACY: Final = AvpDef("Vertical-Accuracy", 2506, UNSIGNED32, M, vendor=10415)
VERTICAL_REQUESTED: Final = AvpDef("Vertical-Requested", 2507, ENUMERATED, M, vendor=10415)
VELOCITY_REQUESTED: Final = AvpDef("Velocity-Requested", 2508, ENUMERATED, M, vendor=10415)
RESPONSE_TIME: Final = AvpDef("Response-Time", 2509, ENUMERATED, M, vendor=10415)
SUPPORTED_GAD_SHAPES: Final = AvpDef("Supported-GAD-Shapes", 2510, UNSIGNED32, M, vendor=10415)
LCS_CODEWORD: Final = AvpDef("LCS-Codeword", 2511, UTF8STRING, M, vendor=10415)
LCS_PRIVACY_CHECK: Final = AvpDef("LCS-Privacy-Check", 2512, ENUMERATED, M, vendor=10415)
ACCURACY_FULFILMENT_INDICATOR: Final = AvpDef("Accuracy-Fulfilment-Indicator", 2513, ENUMERATED, M, vendor=10415)
AGE_OF_LOCATION_ESTIMATE: Final = AvpDef("Age-Of-Location-Estimate", 2514, UNSIGNED32, M, vendor=10415)
VELOCITY_ESTIMATE: Final = AvpDef("Velocity-Estimate", 2515, OCTET_STRING, M, vendor=10415)
EUTRAN_POSITIONING_DATA: Final = AvpDef("EUTRAN-Positioning-Data", 2516, OCTET_STRING, M, vendor=10415)
ECGI: Final = AvpDef("ECGI", 2517, OCTET_STRING, M, vendor=10415)
LOCATION_EVENT: Final = AvpDef("Location-Event", 2518, ENUMERATED, M, vendor=10415)
PSEUDONYM_INDICATOR: Final = AvpDef("Pseudonym-Indicator", 2519, ENUMERATED, M, vendor=10415)
LCS_SERVICE_TYPE_ID: Final = AvpDef("LCS-Service-Type-ID", 2520, UNSIGNED32, M, vendor=10415)
LCS_PRIVACY_CHECK_NON_SESSION: Final = AvpDef("LCS-Privacy-Check-Non-Session", 2521, GROUPED, M, vendor=10415)
LCS_PRIVACY_CHECK_SESSION: Final = AvpDef("LCS-Privacy-Check-Session", 2522, GROUPED, M, vendor=10415)
LCS_QOS_CLASS: Final = AvpDef("LCS-QoS-Class", 2523, ENUMERATED, M, vendor=10415)
GERAN_POSITIONING_INFO: Final = AvpDef("GERAN-Positioning-Info", 2524, GROUPED, 0, vendor=10415)
GERAN_POSITIONING_DATA: Final = AvpDef("GERAN-Positioning-Data", 2525, OCTET_STRING, 0, vendor=10415)
GERAN_GANSS_POSITIONING_DATA: Final = AvpDef("GERAN-GANSS-Positioning-Data", 2526, OCTET_STRING, 0, vendor=10415)
UTRAN_POSITIONING_INFO: Final = AvpDef("UTRAN-Positioning-Info", 2527, GROUPED, 0, vendor=10415)
UTRAN_POSITIONING_DATA: Final = AvpDef("UTRAN-Positioning-Data", 2528, OCTET_STRING, 0, vendor=10415)
UTRAN_GANSS_POSITIONING_DATA: Final = AvpDef("UTRAN-GANSS-Positioning-Data", 2529, OCTET_STRING, 0, vendor=10415)
LRR_FLAGS: Final = AvpDef("LRR-Flags", 2530, UNSIGNED32, 0, vendor=10415)
LCS_REFERENCE_NUMBER: Final = AvpDef("LCS-Reference-Number", 2531, OCTET_STRING, 0, vendor=10415)
DEFERRED_LOCATION_TYPE: Final = AvpDef("Deferred-Location-Type", 2532, UNSIGNED32, 0, vendor=10415)
AREA_EVENT_INFO: Final = AvpDef("Area-Event-Info", 2533, GROUPED, 0, vendor=10415)
AREA_DEFINITION: Final = AvpDef("Area-Definition", 2534, GROUPED, 0, vendor=10415)
AREA: Final = AvpDef("Area", 2535, GROUPED, 0, vendor=10415)
AREA_TYPE: Final = AvpDef("Area-Type", 2536, UNSIGNED32, 0, vendor=10415)
AREA_IDENTIFICATION: Final = AvpDef("Area-Identification", 2537, OCTET_STRING, 0, vendor=10415)
OCCURRENCE_INFO: Final = AvpDef("Occurrence-Info", 2538, ENUMERATED, 0, vendor=10415)
INTERVAL_TIME: Final = AvpDef("Interval-Time", 2539, UNSIGNED32, 0, vendor=10415)
PERIODIC_LDR_INFORMATION: Final = AvpDef("Periodic-LDR-Information", 2540, GROUPED, 0, vendor=10415)
REPORTING_AMOUNT: Final = AvpDef("Reporting-Amount", 2541, UNSIGNED32, 0, vendor=10415)
REPORTING_INTERVAL: Final = AvpDef("Reporting-Interval", 2542, UNSIGNED32, 0, vendor=10415)
REPORTING_PLMN_LIST: Final = AvpDef("Reporting-PLMN-List", 2543, GROUPED, 0, vendor=10415)
PLMN_ID_LIST: Final = AvpDef("PLMN-ID-List", 2544, GROUPED, 0, vendor=10415)
PLR_FLAGS: Final = AvpDef("PLR-Flags", 2545, UNSIGNED32, 0, vendor=10415)
PLA_FLAGS: Final = AvpDef("PLA-Flags", 2546, UNSIGNED32, 0, vendor=10415)
DEFERRED_MT_LR_DATA: Final = AvpDef("Deferred-MT-LR-Data", 2547, GROUPED, 0, vendor=10415)
TERMINATION_CAUSE_29_172: Final = AvpDef("Termination-Cause-29.172", 2548, UNSIGNED32, 0, vendor=10415)
LRA_FLAGS: Final = AvpDef("LRA-Flags", 2549, UNSIGNED32, 0, vendor=10415)
PERIODIC_LOCATION_SUPPORT_INDICATOR: Final = AvpDef("Periodic-Location-Support-Indicator", 2550, ENUMERATED, 0, vendor=10415)
PRIORITIZED_LIST_INDICATOR: Final = AvpDef("Prioritized-List-Indicator", 2551, ENUMERATED, 0, vendor=10415)
ESMLC_CELL_INFO: Final = AvpDef("ESMLC-Cell-Info", 2552, GROUPED, 0, vendor=10415)
CELL_PORTION_ID: Final = AvpDef("Cell-Portion-ID", 2553, UNSIGNED32, 0, vendor=10415)
N1XRTT_RCID: Final = AvpDef("1xRTT-RCID", 2554, OCTET_STRING, 0, vendor=10415)
DELAYED_LOCATION_REPORTING_DATA: Final = AvpDef("Delayed-Location-Reporting-Data", 2555, GROUPED, 0, vendor=10415)
CIVIC_ADDRESS: Final = AvpDef("Civic-Address", 2556, UTF8STRING, 0, vendor=10415)
BAROMETRIC_PRESSURE: Final = AvpDef("Barometric-Pressure", 2557, UNSIGNED32, 0, vendor=10415)
UTRAN_ADDITIONAL_POSITIONING_DATA: Final = AvpDef("UTRAN-Additional-Positioning-Data", 2558, OCTET_STRING, 0, vendor=10415)
MOTION_EVENT_INFO: Final = AvpDef("Motion-Event-Info", 2559, GROUPED, 0, vendor=10415)
LINEAR_DISTANCE: Final = AvpDef("Linear-Distance", 2560, UNSIGNED32, 0, vendor=10415)
MAXIMUM_INTERVAL: Final = AvpDef("Maximum-Interval", 2561, UNSIGNED32, 0, vendor=10415)
SAMPLING_INTERVAL: Final = AvpDef("Sampling-Interval", 2562, UNSIGNED32, 0, vendor=10415)
REPORTING_DURATION: Final = AvpDef("Reporting-Duration", 2563, UNSIGNED32, 0, vendor=10415)
REPORTING_LOCATION_REQUIREMENTS: Final = AvpDef("Reporting-Location-Requirements", 2564, UNSIGNED32, 0, vendor=10415)
ADDITIONAL_AREA: Final = AvpDef("Additional-Area", 2565, GROUPED, 0, vendor=10415)
AMF_INSTANCE_ID: Final = AvpDef("AMF-Instance-Id", 2566, UTF8STRING, 0, vendor=10415)
LMSI: Final = AvpDef("LMSI", 2400, OCTET_STRING, M, vendor=10415)
SERVING_NODE: Final = AvpDef("Serving-Node", 2401, GROUPED, M, vendor=10415)
MME_NAME: Final = AvpDef("MME-Name", 2402, DIAMETER_IDENTITY, M, vendor=10415)
MSC_NUMBER: Final = AvpDef("MSC-Number", 2403, OCTET_STRING, M, vendor=10415)
LCS_CAPABILITIES_SETS: Final = AvpDef("LCS-Capabilities-Sets", 2404, UNSIGNED32, M, vendor=10415)
GMLC_ADDRESS: Final = AvpDef("GMLC-Address", 2405, ADDRESS, M, vendor=10415)
ADDITIONAL_SERVING_NODE: Final = AvpDef("Additional-Serving-Node", 2406, GROUPED, M, vendor=10415)
PPR_ADDRESS: Final = AvpDef("PPR-Address", 2407, ADDRESS, M, vendor=10415)
MME_REALM: Final = AvpDef("MME-Realm", 2408, DIAMETER_IDENTITY, 0, vendor=10415)
SGSN_NAME: Final = AvpDef("SGSN-Name", 2409, DIAMETER_IDENTITY, 0, vendor=10415)
SGSN_REALM: Final = AvpDef("SGSN-Realm", 2410, DIAMETER_IDENTITY, 0, vendor=10415)
RIA_FLAGS: Final = AvpDef("RIA-Flags", 2411, UNSIGNED32, 0, vendor=10415)
AUTHORIZATION_TOKEN: Final = AvpDef("Authorization-Token", 506, OCTET_STRING, M, vendor=10415)
FLOW_GROUPING: Final = AvpDef("Flow-Grouping", 508, GROUPED, M, vendor=10415)
PDP_SESSION_OPERATION: Final = AvpDef("PDP-Session-Operation", 1015, ENUMERATED, M, vendor=10415)
TGPP_PS_DATA_OFF_STATUS: Final = AvpDef("3GPP-PS-Data-Off-Status", 2847, ENUMERATED, 0, vendor=10415)
ACCESS_AVAILABILITY_CHANGE_REASON: Final = AvpDef("Access-Availability-Change-Reason", 2833, UNSIGNED32, 0, vendor=10415)
ACCESS_NETWORK_CHARGING_IDENTIFIER_GX: Final = AvpDef("Access-Network-Charging-Identifier-Gx", 1022, GROUPED, M, vendor=10415)
ALLOCATION_RETENTION_PRIORITY: Final = AvpDef("Allocation-Retention-Priority", 1034, GROUPED, 0, vendor=10415)
AN_GW_ADDRESS: Final = AvpDef("AN-GW-Address", 1050, ADDRESS, 0, vendor=10415)
AN_GW_STATUS: Final = AvpDef("AN-GW-Status", 2811, ENUMERATED, 0, vendor=10415)
APN_AGGREGATE_MAX_BITRATE_DL: Final = AvpDef("APN-Aggregate-Max-Bitrate-DL", 1040, UNSIGNED32, 0, vendor=10415)
APN_AGGREGATE_MAX_BITRATE_UL: Final = AvpDef("APN-Aggregate-Max-Bitrate-UL", 1041, UNSIGNED32, 0, vendor=10415)
APPLICATION_DETECTION_INFORMATION: Final = AvpDef("Application-Detection-Information", 1098, GROUPED, 0, vendor=10415)
BEARER_CONTROL_MODE: Final = AvpDef("Bearer-Control-Mode", 1023, ENUMERATED, M, vendor=10415)
BEARER_IDENTIFIER: Final = AvpDef("Bearer-Identifier", 1020, OCTET_STRING, M, vendor=10415)
BEARER_OPERATION: Final = AvpDef("Bearer-Operation", 1021, ENUMERATED, M, vendor=10415)
BEARER_USAGE: Final = AvpDef("Bearer-Usage", 1000, ENUMERATED, M, vendor=10415)
CHARGING_CORRELATION_INDICATOR: Final = AvpDef("Charging-Correlation-Indicator", 1073, ENUMERATED, 0, vendor=10415)
CHARGING_RULE_BASE_NAME: Final = AvpDef("Charging-Rule-Base-Name", 1004, UTF8STRING, M, vendor=10415)
CHARGING_RULE_DEFINITION: Final = AvpDef("Charging-Rule-Definition", 1003, GROUPED, M, vendor=10415)
CHARGING_RULE_INSTALL: Final = AvpDef("Charging-Rule-Install", 1001, GROUPED, M, vendor=10415)
CHARGING_RULE_NAME: Final = AvpDef("Charging-Rule-Name", 1005, OCTET_STRING, M, vendor=10415)
CHARGING_RULE_REMOVE: Final = AvpDef("Charging-Rule-Remove", 1002, GROUPED, M, vendor=10415)
CHARGING_RULE_REPORT: Final = AvpDef("Charging-Rule-Report", 1018, GROUPED, M, vendor=10415)
COA_INFORMATION: Final = AvpDef("CoA-Information", 1039, GROUPED, 0, vendor=10415)
COA_IP_ADDRESS: Final = AvpDef("CoA-IP-Address", 1035, ADDRESS, 0, vendor=10415)
CONDITIONAL_APN_AGGREGATE_MAX_BITRATE: Final = AvpDef("Conditional-APN-Aggregate-Max-Bitrate", 2818, GROUPED, 0, vendor=10415)
CONDITIONAL_POLICY_INFORMATION: Final = AvpDef("Conditional-Policy-Information", 2840, GROUPED, 0, vendor=10415)
CREDIT_MANAGEMENT_STATUS: Final = AvpDef("Credit-Management-Status", 1082, UNSIGNED32, 0, vendor=10415)
CSG_INFORMATION_REPORTING: Final = AvpDef("CSG-Information-Reporting", 1071, ENUMERATED, 0, vendor=10415)
DEFAULT_ACCESS: Final = AvpDef("Default-Access", 2829, ENUMERATED, 0, vendor=10415)
DEFAULT_BEARER_INDICATION: Final = AvpDef("Default-Bearer-Indication", 2844, ENUMERATED, 0, vendor=10415)
DEFAULT_EPS_BEARER_QOS: Final = AvpDef("Default-EPS-Bearer-QoS", 1049, GROUPED, 0, vendor=10415)
DEFAULT_QOS_INFORMATION: Final = AvpDef("Default-QoS-Information", 2816, GROUPED, 0, vendor=10415)
DEFAULT_QOS_NAME: Final = AvpDef("Default-QoS-Name", 2817, UTF8STRING, 0, vendor=10415)
EVENT_REPORT_INDICATION: Final = AvpDef("Event-Report-Indication", 1033, GROUPED, 0, vendor=10415)
EVENT_TRIGGER: Final = AvpDef("Event-Trigger", 1006, ENUMERATED, M, vendor=10415)
EXECUTION_TIME: Final = AvpDef("Execution-Time", 2839, TIME, 0, vendor=10415)
EXTENDED_APN_AMBR_DL: Final = AvpDef("Extended-APN-AMBR-DL", 2848, UNSIGNED32, 0, vendor=10415)
EXTENDED_APN_AMBR_UL: Final = AvpDef("Extended-APN-AMBR-UL", 2849, UNSIGNED32, 0, vendor=10415)
EXTENDED_GBR_DL: Final = AvpDef("Extended-GBR-DL", 2850, UNSIGNED32, 0, vendor=10415)
EXTENDED_GBR_UL: Final = AvpDef("Extended-GBR-UL", 2851, UNSIGNED32, 0, vendor=10415)
FLOW_DIRECTION: Final = AvpDef("Flow-Direction", 1080, ENUMERATED, 0, vendor=10415)
FLOW_INFORMATION: Final = AvpDef("Flow-Information", 1058, GROUPED, 0, vendor=10415)
FLOW_LABEL: Final = AvpDef("Flow-Label", 1057, OCTET_STRING, 0, vendor=10415)
FIXED_USER_LOCATION_INFO: Final = AvpDef("Fixed-User-Location-Info", 2825, GROUPED, 0, vendor=10415)
GUARANTEED_BITRATE_DL: Final = AvpDef("Guaranteed-Bitrate-DL", 1025, UNSIGNED32, M, vendor=10415)
GUARANTEED_BITRATE_UL: Final = AvpDef("Guaranteed-Bitrate-UL", 1026, UNSIGNED32, M, vendor=10415)
HENB_LOCAL_IP_ADDRESS: Final = AvpDef("HeNB-Local-IP-Address", 2804, ADDRESS, 0, vendor=10415)
IP_CAN_SESSION_CHARGING_SCOPE: Final = AvpDef("IP-CAN-Session-Charging-Scope", 2827, ENUMERATED, 0, vendor=10415)
IP_CAN_TYPE: Final = AvpDef("IP-CAN-Type", 1027, ENUMERATED, M, vendor=10415)
MAX_PLR_DL: Final = AvpDef("Max-PLR-DL", 2852, FLOAT32, 0, vendor=10415)
MAX_PLR_UL: Final = AvpDef("Max-PLR-UL", 2853, FLOAT32, 0, vendor=10415)
METERING_METHOD: Final = AvpDef("Metering-Method", 1007, ENUMERATED, M, vendor=10415)
MONITORING_FLAGS: Final = AvpDef("Monitoring-Flags", 2828, UNSIGNED32, 0, vendor=10415)
MONITORING_KEY: Final = AvpDef("Monitoring-Key", 1066, OCTET_STRING, 0, vendor=10415)
MUTE_NOTIFICATION: Final = AvpDef("Mute-Notification", 2809, ENUMERATED, 0, vendor=10415)
MONITORING_TIME: Final = AvpDef("Monitoring-Time", 2810, TIME, 0, vendor=10415)
NBIFOM_MODE: Final = AvpDef("NBIFOM-Mode", 2830, ENUMERATED, 0, vendor=10415)
NBIFOM_SUPPORT: Final = AvpDef("NBIFOM-Support", 2831, ENUMERATED, 0, vendor=10415)
NETLOC_ACCESS_SUPPORT: Final = AvpDef("NetLoc-Access-Support", 2824, UNSIGNED32, 0, vendor=10415)
NETWORK_REQUEST_SUPPORT: Final = AvpDef("Network-Request-Support", 1024, ENUMERATED, M, vendor=10415)
OFFLINE: Final = AvpDef("Offline", 1008, ENUMERATED, M, vendor=10415)
ONLINE: Final = AvpDef("Online", 1009, ENUMERATED, M, vendor=10415)
PACKET_FILTER_CONTENT: Final = AvpDef("Packet-Filter-Content", 1059, IP_FILTER_RULE, 0, vendor=10415)
PACKET_FILTER_IDENTIFIER: Final = AvpDef("Packet-Filter-Identifier", 1060, OCTET_STRING, 0, vendor=10415)
PACKET_FILTER_INFORMATION: Final = AvpDef("Packet-Filter-Information", 1061, GROUPED, 0, vendor=10415)
PACKET_FILTER_OPERATION: Final = AvpDef("Packet-Filter-Operation", 1062, ENUMERATED, 0, vendor=10415)
PACKET_FILTER_USAGE: Final = AvpDef("Packet-Filter-Usage", 1072, ENUMERATED, 0, vendor=10415)
PCC_RULE_STATUS: Final = AvpDef("PCC-Rule-Status", 1019, ENUMERATED, M, vendor=10415)
PDN_CONNECTION_ID: Final = AvpDef("PDN-Connection-ID", 1065, OCTET_STRING, 0, vendor=10415)
PRA_INSTALL: Final = AvpDef("PRA-Install", 2845, GROUPED, 0, vendor=10415)
PRA_REMOVE: Final = AvpDef("PRA-Remove", 2846, GROUPED, 0, vendor=10415)
PRECEDENCE: Final = AvpDef("Precedence", 1010, UNSIGNED32, M, vendor=10415)
PRE_EMPTION_CAPABILITY: Final = AvpDef("Pre-emption-Capability", 1047, ENUMERATED, 0, vendor=10415)
PRE_EMPTION_VULNERABILITY: Final = AvpDef("Pre-emption-Vulnerability", 1048, ENUMERATED, 0, vendor=10415)
PRESENCE_REPORTING_AREA_ELEMENTS_LIST: Final = AvpDef("Presence-Reporting-Area-Elements-List", 2820, OCTET_STRING, 0, vendor=10415)
PRESENCE_REPORTING_AREA_IDENTIFIER: Final = AvpDef("Presence-Reporting-Area-Identifier", 2821, OCTET_STRING, 0, vendor=10415)
PRESENCE_REPORTING_AREA_INFORMATION: Final = AvpDef("Presence-Reporting-Area-Information", 2822, GROUPED, 0, vendor=10415)
PRESENCE_REPORTING_AREA_NODE: Final = AvpDef("Presence-Reporting-Area-Node", 2855, UNSIGNED32, 0, vendor=10415)
PRESENCE_REPORTING_AREA_STATUS: Final = AvpDef("Presence-Reporting-Area-Status", 2823, UNSIGNED32, 0, vendor=10415)
PRIORITY_LEVEL: Final = AvpDef("Priority-Level", 1046, UNSIGNED32, 0, vendor=10415)
PS_TO_CS_SESSION_CONTINUITY: Final = AvpDef("PS-to-CS-Session-Continuity", 1099, ENUMERATED, 0, vendor=10415)
QOS_CLASS_IDENTIFIER: Final = AvpDef("QoS-Class-Identifier", 1028, ENUMERATED, M, vendor=10415)
QOS_INFORMATION: Final = AvpDef("QoS-Information", 1016, GROUPED, M, vendor=10415)
QOS_NEGOTIATION: Final = AvpDef("QoS-Negotiation", 1029, ENUMERATED, M, vendor=10415)
QOS_UPGRADE: Final = AvpDef("QoS-Upgrade", 1030, ENUMERATED, M, vendor=10415)
RAN_NAS_RELEASE_CAUSE: Final = AvpDef("RAN-NAS-Release-Cause", 2819, OCTET_STRING, 0, vendor=10415)
RAN_RULE_SUPPORT: Final = AvpDef("RAN-Rule-Support", 2832, UNSIGNED32, 0, vendor=10415)
RAT_TYPE: Final = AvpDef("RAT-Type", 1032, ENUMERATED, 0, vendor=10415)
REDIRECT_INFORMATION: Final = AvpDef("Redirect-Information", 1085, GROUPED, 0, vendor=10415)
REDIRECT_SUPPORT: Final = AvpDef("Redirect-Support", 1086, ENUMERATED, 0, vendor=10415)
REMOVAL_OF_ACCESS: Final = AvpDef("Removal-Of-Access", 2842, ENUMERATED, 0, vendor=10415)
REPORTING_LEVEL: Final = AvpDef("Reporting-Level", 1011, ENUMERATED, M, vendor=10415)
RESOURCE_ALLOCATION_NOTIFICATION: Final = AvpDef("Resource-Allocation-Notification", 1063, ENUMERATED, 0, vendor=10415)
RESOURCE_RELEASE_NOTIFICATION: Final = AvpDef("Resource-Release-Notification", 2841, ENUMERATED, 0, vendor=10415)
REVALIDATION_TIME: Final = AvpDef("Revalidation-Time", 1042, TIME, M, vendor=10415)
ROUTING_FILTER: Final = AvpDef("Routing-Filter", 1078, GROUPED, 0, vendor=10415)
ROUTING_IP_ADDRESS: Final = AvpDef("Routing-IP-Address", 1079, ADDRESS, 0, vendor=10415)
ROUTING_RULE_DEFINITION: Final = AvpDef("Routing-Rule-Definition", 1076, GROUPED, 0, vendor=10415)
ROUTING_RULE_IDENTIFIER: Final = AvpDef("Routing-Rule-Identifier", 1077, OCTET_STRING, 0, vendor=10415)
ROUTING_RULE_INSTALL: Final = AvpDef("Routing-Rule-Install", 1081, GROUPED, 0, vendor=10415)
ROUTING_RULE_REMOVE: Final = AvpDef("Routing-Rule-Remove", 1075, GROUPED, 0, vendor=10415)
ROUTING_RULE_FAILURE_CODE: Final = AvpDef("Routing-Rule-Failure-Code", 2834, UNSIGNED32, 0, vendor=10415)
ROUTING_RULE_REPORT: Final = AvpDef("Routing-Rule-Report", 2835, GROUPED, 0, vendor=10415)
RULE_ACTIVATION_TIME: Final = AvpDef("Rule-Activation-Time", 1043, TIME, M, vendor=10415)
RULE_DEACTIVATION_TIME: Final = AvpDef("Rule-Deactivation-Time", 1044, TIME, M, vendor=10415)
RULE_FAILURE_CODE: Final = AvpDef("Rule-Failure-Code", 1031, ENUMERATED, M, vendor=10415)
SECURITY_PARAMETER_INDEX: Final = AvpDef("Security-Parameter-Index", 1056, OCTET_STRING, 0, vendor=10415)
SESSION_RELEASE_CAUSE: Final = AvpDef("Session-Release-Cause", 1045, ENUMERATED, M, vendor=10415)
TCP_SOURCE_PORT: Final = AvpDef("TCP-Source-Port", 2843, UNSIGNED32, 0, vendor=10415)
TDF_INFORMATION: Final = AvpDef("TDF-Information", 1087, GROUPED, 0, vendor=10415)
TDF_APPLICATION_IDENTIFIER: Final = AvpDef("TDF-Application-Identifier", 1088, OCTET_STRING, 0, vendor=10415)
TDF_APPLICATION_INSTANCE_IDENTIFIER: Final = AvpDef("TDF-Application-Instance-Identifier", 2802, OCTET_STRING, 0, vendor=10415)
TDF_DESTINATION_HOST: Final = AvpDef("TDF-Destination-Host", 1089, DIAMETER_IDENTITY, 0, vendor=10415)
TDF_DESTINATION_REALM: Final = AvpDef("TDF-Destination-Realm", 1090, DIAMETER_IDENTITY, 0, vendor=10415)
TDF_IP_ADDRESS: Final = AvpDef("TDF-IP-Address", 1091, ADDRESS, 0, vendor=10415)
TFT_FILTER: Final = AvpDef("TFT-Filter", 1012, IP_FILTER_RULE, M, vendor=10415)
TFT_PACKET_FILTER_INFORMATION: Final = AvpDef("TFT-Packet-Filter-Information", 1013, GROUPED, M, vendor=10415)
TRAFFIC_STEERING_POLICY_IDENTIFIER_DL: Final = AvpDef("Traffic-Steering-Policy-Identifier-DL", 2836, OCTET_STRING, 0, vendor=10415)
TRAFFIC_STEERING_POLICY_IDENTIFIER_UL: Final = AvpDef("Traffic-Steering-Policy-Identifier-UL", 2837, OCTET_STRING, 0, vendor=10415)
TOS_TRAFFIC_CLASS: Final = AvpDef("ToS-Traffic-Class", 1014, OCTET_STRING, M, vendor=10415)
TUNNEL_HEADER_FILTER: Final = AvpDef("Tunnel-Header-Filter", 1036, IP_FILTER_RULE, 0, vendor=10415)
TUNNEL_HEADER_LENGTH: Final = AvpDef("Tunnel-Header-Length", 1037, UNSIGNED32, 0, vendor=10415)
TUNNEL_INFORMATION: Final = AvpDef("Tunnel-Information", 1038, GROUPED, 0, vendor=10415)
UDP_SOURCE_PORT: Final = AvpDef("UDP-Source-Port", 2806, UNSIGNED32, 0, vendor=10415)
UE_LOCAL_IP_ADDRESS: Final = AvpDef("UE-Local-IP-Address", 2805, ADDRESS, 0, vendor=10415)
UE_STATUS: Final = AvpDef("UE-Status", 2854, UNSIGNED32, 0, vendor=10415)
USAGE_MONITORING_INFORMATION: Final = AvpDef("Usage-Monitoring-Information", 1067, GROUPED, 0, vendor=10415)
USAGE_MONITORING_LEVEL: Final = AvpDef("Usage-Monitoring-Level", 1068, ENUMERATED, 0, vendor=10415)
USAGE_MONITORING_REPORT: Final = AvpDef("Usage-Monitoring-Report", 1069, ENUMERATED, 0, vendor=10415)
USAGE_MONITORING_SUPPORT: Final = AvpDef("Usage-Monitoring-Support", 1070, ENUMERATED, 0, vendor=10415)
USER_LOCATION_INFO_TIME: Final = AvpDef("User-Location-Info-Time", 2812, TIME, 0, vendor=10415)
PCSCF_RESTORATION_INDICATION: Final = AvpDef("PCSCF-Restoration-Indication", 2826, UNSIGNED32, 0, vendor=10415)
QOS_RULE_INSTALL: Final = AvpDef("QoS-Rule-Install", 1051, GROUPED, M, vendor=10415)
QOS_RULE_REMOVE: Final = AvpDef("QoS-Rule-Remove", 1052, GROUPED, M, vendor=10415)
QOS_RULE_DEFINITION: Final = AvpDef("QoS-Rule-Definition", 1053, GROUPED, M, vendor=10415)
QOS_RULE_NAME: Final = AvpDef("QoS-Rule-Name", 1054, OCTET_STRING, M, vendor=10415)
QOS_RULE_BASE_NAME: Final = AvpDef("QoS-Rule-Base-Name", 1074, UTF8STRING, 0, vendor=10415)
QOS_RULE_REPORT: Final = AvpDef("QoS-Rule-Report", 1055, GROUPED, M, vendor=10415)
SESSION_LINKING_INDICATOR: Final = AvpDef("Session-Linking-Indicator", 1064, ENUMERATED, M, vendor=10415)
ADC_RULE_BASE_NAME: Final = AvpDef("ADC-Rule-Base-Name", 1095, UTF8STRING, M, vendor=10415)
ADC_RULE_DEFINITION: Final = AvpDef("ADC-Rule-Definition", 1094, GROUPED, M, vendor=10415)
ADC_RULE_INSTALL: Final = AvpDef("ADC-Rule-Install", 1092, GROUPED, M, vendor=10415)
ADC_RULE_NAME: Final = AvpDef("ADC-Rule-Name", 1096, OCTET_STRING, M, vendor=10415)
ADC_RULE_REMOVE: Final = AvpDef("ADC-Rule-Remove", 1093, GROUPED, M, vendor=10415)
ADC_RULE_REPORT: Final = AvpDef("ADC-Rule-Report", 1097, GROUPED, M, vendor=10415)
REQUEST_TYPE: Final = AvpDef("Request-Type", 2838, UNSIGNED32, M, vendor=10415)
CS_SERVICE_QOS_REQUEST_IDENTIFIER: Final = AvpDef("CS-Service-QoS-Request-Identifier", 2807, OCTET_STRING, M, vendor=10415)
CS_SERVICE_QOS_REQUEST_OPERATION: Final = AvpDef("CS-Service-QoS-Request-Operation", 2808, ENUMERATED, M, vendor=10415)
CS_SERVICE_RESOURCE_REPORT: Final = AvpDef("CS-Service-Resource-Report", 2813, GROUPED, M, vendor=10415)
CS_SERVICE_RESOURCE_FAILURE_CAUSE: Final = AvpDef("CS-Service-Resource-Failure-Cause", 2814, ENUMERATED, M, vendor=10415)
CS_SERVICE_RESOURCE_RESULT_OPERATION: Final = AvpDef("CS-Service-Resource-Result-Operation", 2815, ENUMERATED, M, vendor=10415)
TGPP2_BSID: Final = AvpDef("3GPP2-BSID", 9010, UTF8STRING, M, vendor=5535)
ABORT_CAUSE: Final = AvpDef("Abort-Cause", 500, ENUMERATED, M, vendor=10415)
ACCESS_NETWORK_CHARGING_ADDRESS: Final = AvpDef("Access-Network-Charging-Address", 501, ADDRESS, M, vendor=10415)
ACCESS_NETWORK_CHARGING_IDENTIFIER: Final = AvpDef("Access-Network-Charging-Identifier", 502, GROUPED, M, vendor=10415)
ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE: Final = AvpDef("Access-Network-Charging-Identifier-Value", 503, OCTET_STRING, M, vendor=10415)
ACCEPTABLE_SERVICE_INFO: Final = AvpDef("Acceptable-Service-Info", 526, GROUPED, M, vendor=10415)
AF_APPLICATION_IDENTIFIER: Final = AvpDef("AF-Application-Identifier", 504, OCTET_STRING, M, vendor=10415)
AF_CHARGING_IDENTIFIER: Final = AvpDef("AF-Charging-Identifier", 505, OCTET_STRING, M, vendor=10415)
AF_REQUESTED_DATA: Final = AvpDef("AF-Requested-Data", 551, UNSIGNED32, 0, vendor=10415)
AF_SIGNALLING_PROTOCOL: Final = AvpDef("AF-Signalling-Protocol", 529, ENUMERATED, 0, vendor=10415)
APPLICATION_SERVICE_PROVIDER_IDENTITY: Final = AvpDef("Application-Service-Provider-Identity", 532, UTF8STRING, 0, vendor=10415)
CALLEE_INFORMATION: Final = AvpDef("Callee-Information", 565, GROUPED, 0, vendor=10415)
CODEC_DATA: Final = AvpDef("Codec-Data", 524, OCTET_STRING, M, vendor=10415)
CONTENT_VERSION: Final = AvpDef("Content-Version", 552, UNSIGNED64, 0, vendor=10415)
DESIRED_MAX_LATENCY: Final = AvpDef("Desired-Max-Latency", 567, FLOAT32, 0, vendor=10415)
DESIRED_MAX_LOSS: Final = AvpDef("Desired-Max-Loss", 568, FLOAT32, 0, vendor=10415)
EXTENDED_MAX_REQUESTED_BW_DL: Final = AvpDef("Extended-Max-Requested-BW-DL", 554, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_REQUESTED_BW_UL: Final = AvpDef("Extended-Max-Requested-BW-UL", 555, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_SUPPORTED_BW_DL: Final = AvpDef("Extended-Max-Supported-BW-DL", 556, UNSIGNED32, 0, vendor=10415)
EXTENDED_MAX_SUPPORTED_BW_UL: Final = AvpDef("Extended-Max-Supported-BW-UL", 557, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_DESIRED_BW_DL: Final = AvpDef("Extended-Min-Desired-BW-DL", 558, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_DESIRED_BW_UL: Final = AvpDef("Extended-Min-Desired-BW-UL", 559, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_REQUESTED_BW_DL: Final = AvpDef("Extended-Min-Requested-BW-DL", 560, UNSIGNED32, 0, vendor=10415)
EXTENDED_MIN_REQUESTED_BW_UL: Final = AvpDef("Extended-Min-Requested-BW-UL", 561, UNSIGNED32, 0, vendor=10415)
FLOW_DESCRIPTION: Final = AvpDef("Flow-Description", 507, IP_FILTER_RULE, M, vendor=10415)
FLOW_NUMBER: Final = AvpDef("Flow-Number", 509, UNSIGNED32, M, vendor=10415)
FLOWS: Final = AvpDef("Flows", 510, GROUPED, M, vendor=10415)
FLOW_STATUS: Final = AvpDef("Flow-Status", 511, ENUMERATED, M, vendor=10415)
FLOW_USAGE: Final = AvpDef("Flow-Usage", 512, ENUMERATED, M, vendor=10415)
FLUS_IDENTIFIER: Final = AvpDef("FLUS-Identifier", 566, OCTET_STRING, 0, vendor=10415)
GCS_IDENTIFIER: Final = AvpDef("GCS-Identifier", 538, OCTET_STRING, 0, vendor=10415)
GLI_IDENTIFIER: Final = AvpDef("GLI-Identifier", 580, OCTET_STRING, 0, vendor=10415)
HFC_NODE_IDENTIFIER: Final = AvpDef("HFC-Node-Identifier", 579, OCTET_STRING, 0, vendor=10415)
IMS_CONTENT_IDENTIFIER: Final = AvpDef("IMS-Content-Identifier", 563, OCTET_STRING, 0, vendor=10415)
IMS_CONTENT_TYPE: Final = AvpDef("IMS-Content-Type", 564, ENUMERATED, 0, vendor=10415)
IP_DOMAIN_ID: Final = AvpDef("IP-Domain-Id", 537, OCTET_STRING, 0, vendor=10415)
LINE_TYPE: Final = AvpDef("Line-Type", 581, UNSIGNED32, 0, vendor=10415)
MA_INFORMATION: Final = AvpDef("MA-Information", 570, GROUPED, 0, vendor=10415)
MA_INFORMATION_ACTION: Final = AvpDef("MA-Information-Action", 571, UNSIGNED32, 0, vendor=10415)
MAX_REQUESTED_BANDWIDTH_DL: Final = AvpDef("Max-Requested-Bandwidth-DL", 515, UNSIGNED32, M, vendor=10415)
MAX_REQUESTED_BANDWIDTH_UL: Final = AvpDef("Max-Requested-Bandwidth-UL", 516, UNSIGNED32, M, vendor=10415)
MAX_SUPPORTED_BANDWIDTH_DL: Final = AvpDef("Max-Supported-Bandwidth-DL", 543, UNSIGNED32, 0, vendor=10415)
MAX_SUPPORTED_BANDWIDTH_UL: Final = AvpDef("Max-Supported-Bandwidth-UL", 544, UNSIGNED32, 0, vendor=10415)
MCPTT_IDENTIFIER: Final = AvpDef("MCPTT-Identifier", 547, OCTET_STRING, 0, vendor=10415)
MCVIDEO_IDENTIFIER: Final = AvpDef("MCVideo-Identifier", 562, OCTET_STRING, 0, vendor=10415)
MEDIA_COMPONENT_DESCRIPTION: Final = AvpDef("Media-Component-Description", 517, GROUPED, M, vendor=10415)
MEDIA_COMPONENT_NUMBER: Final = AvpDef("Media-Component-Number", 518, UNSIGNED32, M, vendor=10415)
MEDIA_COMPONENT_STATUS: Final = AvpDef("Media-Component-Status", 549, UNSIGNED32, 0, vendor=10415)
MEDIA_SUB_COMPONENT: Final = AvpDef("Media-Sub-Component", 519, GROUPED, M, vendor=10415)
MEDIA_TYPE: Final = AvpDef("Media-Type", 520, ENUMERATED, M, vendor=10415)
MPS_ACTION: Final = AvpDef("MPS-Action", 582, ENUMERATED, 0, vendor=10415)
MPS_IDENTIFIER: Final = AvpDef("MPS-Identifier", 528, OCTET_STRING, 0, vendor=10415)
MIN_DESIRED_BANDWIDTH_DL: Final = AvpDef("Min-Desired-Bandwidth-DL", 545, UNSIGNED32, 0, vendor=10415)
MIN_DESIRED_BANDWIDTH_UL: Final = AvpDef("Min-Desired-Bandwidth-UL", 546, UNSIGNED32, 0, vendor=10415)
MIN_REQUESTED_BANDWIDTH_DL: Final = AvpDef("Min-Requested-Bandwidth-DL", 534, UNSIGNED32, 0, vendor=10415)
MIN_REQUESTED_BANDWIDTH_UL: Final = AvpDef("Min-Requested-Bandwidth-UL", 535, UNSIGNED32, 0, vendor=10415)
NGAP_CAUSE: Final = AvpDef("NGAP-Cause", 575, GROUPED, 0, vendor=10415)
NGAP_GROUP: Final = AvpDef("NGAP-Group", 576, UNSIGNED32, 0, vendor=10415)
NGAP_VALUE: Final = AvpDef("NGAP-Value", 577, UNSIGNED32, 0, vendor=10415)
NID: Final = AvpDef("NID", 569, OCTET_STRING, 0, vendor=10415)
PRIORITY_SHARING_INDICATOR: Final = AvpDef("Priority-Sharing-Indicator", 550, ENUMERATED, 0, vendor=10415)
PRE_EMPTION_CONTROL_INFO: Final = AvpDef("Pre-emption-Control-Info", 553, UNSIGNED32, 0, vendor=10415)
REQUIRED_ACCESS_INFO: Final = AvpDef("Required-Access-Info", 536, ENUMERATED, 0, vendor=10415)
RETRY_INTERVAL: Final = AvpDef("Retry-Interval", 541, UNSIGNED32, 0, vendor=10415)
RX_REQUEST_TYPE: Final = AvpDef("Rx-Request-Type", 533, ENUMERATED, 0, vendor=10415)
RR_BANDWIDTH: Final = AvpDef("RR-Bandwidth", 521, UNSIGNED32, M, vendor=10415)
RS_BANDWIDTH: Final = AvpDef("RS-Bandwidth", 522, UNSIGNED32, M, vendor=10415)
SERVICE_AUTHORIZATION_INFO: Final = AvpDef("Service-Authorization-Info", 548, UNSIGNED32, 0, vendor=10415)
SERVICE_URN: Final = AvpDef("Service-URN", 525, OCTET_STRING, M, vendor=10415)
SERVICE_INFO_STATUS: Final = AvpDef("Service-Info-Status", 527, ENUMERATED, M, vendor=10415)
SHARING_KEY_DL: Final = AvpDef("Sharing-Key-DL", 539, UNSIGNED32, 0, vendor=10415)
SHARING_KEY_UL: Final = AvpDef("Sharing-Key-UL", 540, UNSIGNED32, 0, vendor=10415)
SPECIFIC_ACTION: Final = AvpDef("Specific-Action", 513, ENUMERATED, M, vendor=10415)
SIP_FORKING_INDICATION: Final = AvpDef("SIP-Forking-Indication", 523, ENUMERATED, M, vendor=10415)
SPONSOR_IDENTITY: Final = AvpDef("Sponsor-Identity", 531, UTF8STRING, 0, vendor=10415)
SPONSORED_CONNECTIVITY_DATA: Final = AvpDef("Sponsored-Connectivity-Data", 530, GROUPED, 0, vendor=10415)
SPONSORING_ACTION: Final = AvpDef("Sponsoring-Action", 542, ENUMERATED, 0, vendor=10415)
WIRELINE_USER_LOCATION_INFO: Final = AvpDef("Wireline-User-Location-Info", 578, GROUPED, 0, vendor=10415)
N5GMM_CAUSE: Final = AvpDef("5GMM-Cause", 573, UNSIGNED32, 0, vendor=10415)
N5GSM_CAUSE: Final = AvpDef("5GSM-Cause", 574, UNSIGNED32, 0, vendor=10415)
N5GS_RAN_NAS_RELEASE_CAUSE: Final = AvpDef("5GS-RAN-NAS-Release-Cause", 572, GROUPED, 0, vendor=10415)
SUBSESSION_DECISION_INFO: Final = AvpDef("Subsession-Decision-Info", 2200, GROUPED, M, vendor=10415)
SUBSESSION_ENFORCEMENT_INFO: Final = AvpDef("Subsession-Enforcement-Info", 2201, GROUPED, M, vendor=10415)
SUBSESSION_ID: Final = AvpDef("Subsession-Id", 2202, UNSIGNED32, M, vendor=10415)
SUBSESSION_OPERATION: Final = AvpDef("Subsession-Operation", 2203, ENUMERATED, M, vendor=10415)
MULTIPLE_BBERF_ACTION: Final = AvpDef("Multiple-BBERF-Action", 2204, ENUMERATED, M, vendor=10415)
DRA_DEPLOYMENT: Final = AvpDef("DRA-Deployment", 2206, ENUMERATED, 0, vendor=10415)
DRA_BINDING: Final = AvpDef("DRA-Binding", 2208, ENUMERATED, 0, vendor=10415)
PCRF_ADDRESS: Final = AvpDef("PCRF-Address", 2207, DIAMETER_IDENTITY, M, vendor=10415)
UE_LOCAL_IPV6_PREFIX: Final = AvpDef("UE-Local-IPv6-Prefix", 2205, OCTET_STRING, M, vendor=10415)
AGGREGATED_CONGESTION_INFO: Final = AvpDef("Aggregated-Congestion-Info", 4000, GROUPED, M, vendor=10415)
AGGREGATED_RUCI_REPORT: Final = AvpDef("Aggregated-RUCI-Report", 4001, GROUPED, M, vendor=10415)
CONGESTION_LEVEL_DEFINITION: Final = AvpDef("Congestion-Level-Definition", 4002, GROUPED, 0, vendor=10415)
CONGESTION_LEVEL_RANGE: Final = AvpDef("Congestion-Level-Range", 4003, UNSIGNED32, 0, vendor=10415)
CONGESTION_LEVEL_SET_ID: Final = AvpDef("Congestion-Level-Set-Id", 4004, UNSIGNED32, 0, vendor=10415)
CONGESTION_LEVEL_VALUE: Final = AvpDef("Congestion-Level-Value", 4005, UNSIGNED32, M, vendor=10415)
CONGESTION_LOCATION_ID: Final = AvpDef("Congestion-Location-Id", 4006, GROUPED, 0, vendor=10415)
CONDITIONAL_RESTRICTION: Final = AvpDef("Conditional-Restriction", 4007, UNSIGNED32, 0, vendor=10415)
ENODEB_ID: Final = AvpDef("eNodeB-Id", 4008, OCTET_STRING, M, vendor=10415)
IMSI_LIST: Final = AvpDef("IMSI-List", 4009, OCTET_STRING, M, vendor=10415)
RCAF_ID: Final = AvpDef("RCAF-Id", 4010, DIAMETER_IDENTITY, M, vendor=10415)
REPORTING_RESTRICTION: Final = AvpDef("Reporting-Restriction", 4011, UNSIGNED32, 0, vendor=10415)
RUCI_ACTION: Final = AvpDef("RUCI-Action", 4012, UNSIGNED32, 0, vendor=10415)
EXTENDED_ENODEB_ID: Final = AvpDef("Extended-eNodeB-Id", 4013, OCTET_STRING, 0, vendor=10415)
POLICY_COUNTER_IDENTIFIER: Final = AvpDef("Policy-Counter-Identifier", 2901, UTF8STRING, M, vendor=10415)
POLICY_COUNTER_STATUS: Final = AvpDef("Policy-Counter-Status", 2902, UTF8STRING, M, vendor=10415)
POLICY_COUNTER_STATUS_REPORT: Final = AvpDef("Policy-Counter-Status-Report", 2903, GROUPED, M, vendor=10415)
SL_REQUEST_TYPE: Final = AvpDef("SL-Request-Type", 2904, ENUMERATED, M, vendor=10415)
PENDING_POLICY_COUNTER_INFORMATION: Final = AvpDef("Pending-Policy-Counter-Information", 2905, GROUPED, M, vendor=10415)
PENDING_POLICY_COUNTER_CHANGE_TIME: Final = AvpDef("Pending-Policy-Counter-Change-Time", 2906, TIME, M, vendor=10415)
SN_REQUEST_TYPE: Final = AvpDef("SN-Request-Type", 2907, UNSIGNED32, 0, vendor=10415)
VISITED_NETWORK_IDENTIFIER: Final = AvpDef("Visited-Network-Identifier", 600, OCTET_STRING, M, vendor=10415)
PUBLIC_IDENTITY: Final = AvpDef("Public-Identity", 601, UTF8STRING, M, vendor=10415)
SERVER_NAME: Final = AvpDef("Server-Name", 602, UTF8STRING, M, vendor=10415)
SERVER_CAPABILITIES: Final = AvpDef("Server-Capabilities", 603, GROUPED, M, vendor=10415)
MANDATORY_CAPABILITY: Final = AvpDef("Mandatory-Capability", 604, UNSIGNED32, M, vendor=10415)
OPTIONAL_CAPABILITY: Final = AvpDef("Optional-Capability", 605, UNSIGNED32, M, vendor=10415)
USER_DATA: Final = AvpDef("User-Data", 606, OCTET_STRING, M, vendor=10415)
SIP_NUMBER_AUTH_ITEMS: Final = AvpDef("SIP-Number-Auth-Items", 607, UNSIGNED32, M, vendor=10415)
SIP_AUTHENTICATION_SCHEME: Final = AvpDef("SIP-Authentication-Scheme", 608, UTF8STRING, M, vendor=10415)
SIP_AUTHENTICATE: Final = AvpDef("SIP-Authenticate", 609, OCTET_STRING, M, vendor=10415)
SIP_AUTHORIZATION: Final = AvpDef("SIP-Authorization", 610, OCTET_STRING, M, vendor=10415)
SIP_AUTHENTICATION_CONTEXT: Final = AvpDef("SIP-Authentication-Context", 611, OCTET_STRING, M, vendor=10415)
SIP_AUTH_DATA_ITEM: Final = AvpDef("SIP-Auth-Data-Item", 612, GROUPED, M, vendor=10415)
SIP_ITEM_NUMBER: Final = AvpDef("SIP-Item-Number", 613, UNSIGNED32, M, vendor=10415)
SERVER_ASSIGNMENT_TYPE: Final = AvpDef("Server-Assignment-Type", 614, ENUMERATED, M, vendor=10415)
DEREGISTRATION_REASON: Final = AvpDef("Deregistration-Reason", 615, GROUPED, M, vendor=10415)
REASON_CODE: Final = AvpDef("Reason-Code", 616, ENUMERATED, M, vendor=10415)
REASON_INFO: Final = AvpDef("Reason-Info", 617, UTF8STRING, M, vendor=10415)
CHARGING_INFORMATION: Final = AvpDef("Charging-Information", 618, GROUPED, M, vendor=10415)
PRIMARY_EVENT_CHARGING_FUNCTION_NAME: Final = AvpDef("Primary-Event-Charging-Function-Name", 619, DIAMETER_URI, M, vendor=10415)
SECONDARY_EVENT_CHARGING_FUNCTION_NAME: Final = AvpDef("Secondary-Event-Charging-Function-Name", 620, DIAMETER_URI, M, vendor=10415)
PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME: Final = AvpDef("Primary-Charging-Collection-Function-Name", 621, DIAMETER_URI, M, vendor=10415)
SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME: Final = AvpDef("Secondary-Charging-Collection-Function-Name", 622, DIAMETER_URI, M, vendor=10415)
USER_AUTHORIZATION_TYPE: Final = AvpDef("User-Authorization-Type", 623, ENUMERATED, M, vendor=10415)
USER_DATA_ALREADY_AVAILABLE: Final = AvpDef("User-Data-Already-Available", 624, ENUMERATED, M, vendor=10415)
CONFIDENTIALITY_KEY: Final = AvpDef("Confidentiality-Key", 625, OCTET_STRING, M, vendor=10415)
INTEGRITY_KEY: Final = AvpDef("Integrity-Key", 626, OCTET_STRING, M, vendor=10415)
SUPPORTED_FEATURES: Final = AvpDef("Supported-Features", 628, GROUPED, 0, vendor=10415)
FEATURE_LIST_ID: Final = AvpDef("Feature-List-ID", 629, UNSIGNED32, 0, vendor=10415)
FEATURE_LIST: Final = AvpDef("Feature-List", 630, UNSIGNED32, 0, vendor=10415)
SUPPORTED_APPLICATIONS: Final = AvpDef("Supported-Applications", 631, GROUPED, 0, vendor=10415)
ASSOCIATED_IDENTITIES: Final = AvpDef("Associated-Identities", 632, GROUPED, 0, vendor=10415)
ORIGINATING_REQUEST: Final = AvpDef("Originating-Request", 633, ENUMERATED, M, vendor=10415)
WILDCARDED_PUBLIC_IDENTITY: Final = AvpDef("Wildcarded-Public-Identity", 634, UTF8STRING, 0, vendor=10415)
SIP_DIGEST_AUTHENTICATE: Final = AvpDef("SIP-Digest-Authenticate", 635, GROUPED, 0, vendor=10415)
WILDCARDED_IMPU: Final = AvpDef("Wildcarded-IMPU", 636, UTF8STRING, 0, vendor=10415)
UAR_FLAGS: Final = AvpDef("UAR-Flags", 637, UNSIGNED32, 0, vendor=10415)
LOOSE_ROUTE_INDICATION: Final = AvpDef("Loose-Route-Indication", 638, ENUMERATED, 0, vendor=10415)
SCSCF_RESTORATION_INFO: Final = AvpDef("SCSCF-Restoration-Info", 639, GROUPED, 0, vendor=10415)
PATH: Final = AvpDef("Path", 640, OCTET_STRING, 0, vendor=10415)
CONTACT: Final = AvpDef("Contact", 641, OCTET_STRING, 0, vendor=10415)
SUBSCRIPTION_INFO: Final = AvpDef("Subscription-Info", 642, GROUPED, 0, vendor=10415)
CALL_ID_SIP_HEADER: Final = AvpDef("Call-ID-SIP-Header", 643, OCTET_STRING, 0, vendor=10415)
FROM_SIP_HEADER: Final = AvpDef("From-SIP-Header", 644, OCTET_STRING, 0, vendor=10415)
TO_SIP_HEADER: Final = AvpDef("To-SIP-Header", 645, OCTET_STRING, 0, vendor=10415)
RECORD_ROUTE: Final = AvpDef("Record-Route", 646, OCTET_STRING, 0, vendor=10415)
ASSOCIATED_REGISTERED_IDENTITIES: Final = AvpDef("Associated-Registered-Identities", 647, GROUPED, 0, vendor=10415)
MULTIPLE_REGISTRATION_INDICATION: Final = AvpDef("Multiple-Registration-Indication", 648, ENUMERATED, 0, vendor=10415)
RESTORATION_INFO: Final = AvpDef("Restoration-Info", 649, GROUPED, 0, vendor=10415)
SESSION_PRIORITY: Final = AvpDef("Session-Priority", 650, ENUMERATED, 0, vendor=10415)
IDENTITY_WITH_EMERGENCY_REGISTRATION: Final = AvpDef("Identity-with-Emergency-Registration", 651, GROUPED, 0, vendor=10415)
PRIVILEDGED_SENDER_INDICATION: Final = AvpDef("Priviledged-Sender-Indication", 652, ENUMERATED, 0, vendor=10415)
LIA_FLAGS: Final = AvpDef("LIA-Flags", 653, UNSIGNED32, 0, vendor=10415)
INITIAL_CSEQ_SEQUENCE_NUMBER: Final = AvpDef("Initial-CSeq-Sequence-Number", 654, UNSIGNED32, 0, vendor=10415)
SAR_FLAGS: Final = AvpDef("SAR-Flags", 655, UNSIGNED32, 0, vendor=10415)
ALLOWED_WAF_WWSF_IDENTITIES: Final = AvpDef("Allowed-WAF-WWSF-Identities", 656, GROUPED, 0, vendor=10415)
WEBRTC_AUTHENTICATION_FUNCTION_NAME: Final = AvpDef("WebRTC-Authentication-Function-Name", 657, UTF8STRING, 0, vendor=10415)
WEBRTC_WEB_SERVER_FUNCTION_NAME: Final = AvpDef("WebRTC-Web-Server-Function-Name", 658, UTF8STRING, 0, vendor=10415)
RTR_FLAGS: Final = AvpDef("RTR-Flags", 659, UNSIGNED32, 0, vendor=10415)
P_CSCF_SUBSCRIPTION_INFO: Final = AvpDef("P-CSCF-Subscription-Info", 660, GROUPED, 0, vendor=10415)
REGISTRATION_TIME_OUT: Final = AvpDef("Registration-Time-Out", 661, TIME, 0, vendor=10415)
ALTERNATE_DIGEST_ALGORITHM: Final = AvpDef("Alternate-Digest-Algorithm", 662, UTF8STRING, 0, vendor=10415)
ALTERNATE_DIGEST_HA1: Final = AvpDef("Alternate-Digest-HA1", 663, UTF8STRING, 0, vendor=10415)
FAILED_PCSCF: Final = AvpDef("Failed-PCSCF", 664, GROUPED, 0, vendor=10415)
PCSCF_FQDN: Final = AvpDef("PCSCF-FQDN", 665, DIAMETER_IDENTITY, 0, vendor=10415)
PCSCF_IP_ADDRESS: Final = AvpDef("PCSCF-IP-Address", 666, ADDRESS, 0, vendor=10415)
OC_REG_TIMER_EXT: Final = AvpDef("OC-Reg-Timer-Ext", 667, UNSIGNED32, 0, vendor=10415)
TGPP_WLAN_APN_ID: Final = AvpDef("3GPP-WLAN-APN-Id", 100, OCTET_STRING, M, vendor=10415)
AUTHENTICATION_METHOD: Final = AvpDef("Authentication-Method", 300, ENUMERATED, M, vendor=10415)
AUTHENTICATION_INFORMATION_SIM: Final = AvpDef("Authentication-Information-SIM", 301, OCTET_STRING, M, vendor=10415)
AUTHORIZATION_INFORMATION_SIM: Final = AvpDef("Authorization-Information-SIM", 302, OCTET_STRING, M, vendor=10415)
WLAN_USER_DATA: Final = AvpDef("WLAN-User-Data", 303, GROUPED, M, vendor=10415)
CHARGING_DATA: Final = AvpDef("Charging-Data", 304, GROUPED, M, vendor=10415)
WLAN_ACCESS: Final = AvpDef("WLAN-Access", 305, ENUMERATED, M, vendor=10415)
WLAN_3GPP_IP_ACCESS: Final = AvpDef("WLAN-3GPP-IP-Access", 306, ENUMERATED, M, vendor=10415)
APN_AUTHORIZED: Final = AvpDef("APN-Authorized", 307, GROUPED, M, vendor=10415)
APN_BARRING_TYPE: Final = AvpDef("APN-Barring-Type", 309, ENUMERATED, M, vendor=10415)
WLAN_DIRECT_IP_ACCESS: Final = AvpDef("WLAN-Direct-IP-Access", 310, ENUMERATED, M, vendor=10415)
SESSION_REQUEST_TYPE: Final = AvpDef("Session-Request-Type", 311, ENUMERATED, M, vendor=10415)
ROUTING_POLICY: Final = AvpDef("Routing-Policy", 312, IP_FILTER_RULE, M, vendor=10415)
MAX_REQUESTED_BANDWIDTH: Final = AvpDef("Max-Requested-Bandwidth", 313, OCTET_STRING, M, vendor=10415)
CHARGING_CHARACTERISTICS: Final = AvpDef("Charging-Characteristics", 314, INTEGER32, M, vendor=10415)
CHARGING_NODES: Final = AvpDef("Charging-Nodes", 315, GROUPED, M, vendor=10415)
PRIMARY_OCS_CHARGING_FUNCTION_NAME: Final = AvpDef("Primary-OCS-Charging-Function-Name", 316, DIAMETER_IDENTITY, M, vendor=10415)
SECONDARY_OCS_CHARGING_FUNCTION_NAME: Final = AvpDef("Secondary-OCS-Charging-Function-Name", 317, DIAMETER_IDENTITY, M, vendor=10415)
MAXIMUM_NUMBER_ACCESSES: Final = AvpDef("Maximum-Number-Accesses", 319, UNSIGNED32, M, vendor=10415)
SUBSCRIPTION_DATA: Final = AvpDef("Subscription-Data", 1400, GROUPED, M, vendor=10415)
TERMINAL_INFORMATION: Final = AvpDef("Terminal-Information", 1401, GROUPED, M, vendor=10415)
IMEI: Final = AvpDef("IMEI", 1402, UTF8STRING, M, vendor=10415)
SOFTWARE_VERSION: Final = AvpDef("Software-Version", 1403, UTF8STRING, M, vendor=10415)
QOS_SUBSCRIBED: Final = AvpDef("QoS-Subscribed", 1404, OCTET_STRING, M, vendor=10415)
ULR_FLAGS: Final = AvpDef("ULR-Flags", 1405, UNSIGNED32, M, vendor=10415)
ULA_FLAGS: Final = AvpDef("ULA-Flags", 1406, UNSIGNED32, M, vendor=10415)
VISITED_PLMN_ID: Final = AvpDef("Visited-PLMN-Id", 1407, OCTET_STRING, M, vendor=10415)
REQUESTED_EUTRAN_AUTHENTICATION_INFO: Final = AvpDef("Requested-EUTRAN-Authentication-Info", 1408, GROUPED, M, vendor=10415)
REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO: Final = AvpDef("Requested-UTRAN-GERAN-Authentication-Info", 1409, GROUPED, M, vendor=10415)
NUMBER_OF_REQUESTED_VECTORS: Final = AvpDef("Number-Of-Requested-Vectors", 1410, UNSIGNED32, M, vendor=10415)
RE_SYNCHRONIZATION_INFO: Final = AvpDef("Re-Synchronization-Info", 1411, OCTET_STRING, M, vendor=10415)
IMMEDIATE_RESPONSE_PREFERRED: Final = AvpDef("Immediate-Response-Preferred", 1412, UNSIGNED32, M, vendor=10415)
AUTHENTICATION_INFO: Final = AvpDef("Authentication-Info", 1413, GROUPED, M, vendor=10415)
E_UTRAN_VECTOR: Final = AvpDef("E-UTRAN-Vector", 1414, GROUPED, M, vendor=10415)
UTRAN_VECTOR: Final = AvpDef("UTRAN-Vector", 1415, GROUPED, M, vendor=10415)
GERAN_VECTOR: Final = AvpDef("GERAN-Vector", 1416, GROUPED, M, vendor=10415)
NETWORK_ACCESS_MODE: Final = AvpDef("Network-Access-Mode", 1417, ENUMERATED, M, vendor=10415)
HPLMN_ODB: Final = AvpDef("HPLMN-ODB", 1418, UNSIGNED32, M, vendor=10415)
ITEM_NUMBER: Final = AvpDef("Item-Number", 1419, UNSIGNED32, M, vendor=10415)
CANCELLATION_TYPE: Final = AvpDef("Cancellation-Type", 1420, ENUMERATED, M, vendor=10415)
DSR_FLAGS: Final = AvpDef("DSR-Flags", 1421, UNSIGNED32, M, vendor=10415)
DSA_FLAGS: Final = AvpDef("DSA-Flags", 1422, UNSIGNED32, M, vendor=10415)
CONTEXT_IDENTIFIER: Final = AvpDef("Context-Identifier", 1423, UNSIGNED32, M, vendor=10415)
SUBSCRIBER_STATUS: Final = AvpDef("Subscriber-Status", 1424, ENUMERATED, M, vendor=10415)
OPERATOR_DETERMINED_BARRING: Final = AvpDef("Operator-Determined-Barring", 1425, UNSIGNED32, M, vendor=10415)
ACCESS_RESTRICTION_DATA: Final = AvpDef("Access-Restriction-Data", 1426, UNSIGNED32, M, vendor=10415)
APN_OI_REPLACEMENT: Final = AvpDef("APN-OI-Replacement", 1427, UTF8STRING, M, vendor=10415)
ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR: Final = AvpDef("All-APN-Configurations-Included-Indicator", 1428, ENUMERATED, M, vendor=10415)
APN_CONFIGURATION_PROFILE: Final = AvpDef("APN-Configuration-Profile", 1429, GROUPED, M, vendor=10415)
APN_CONFIGURATION: Final = AvpDef("APN-Configuration", 1430, GROUPED, M, vendor=10415)
EPS_SUBSCRIBED_QOS_PROFILE: Final = AvpDef("EPS-Subscribed-QoS-Profile", 1431, GROUPED, M, vendor=10415)
VPLMN_DYNAMIC_ADDRESS_ALLOWED: Final = AvpDef("VPLMN-Dynamic-Address-Allowed", 1432, ENUMERATED, M, vendor=10415)
STN_SR: Final = AvpDef("STN-SR", 1433, OCTET_STRING, M, vendor=10415)
ALERT_REASON: Final = AvpDef("Alert-Reason", 1434, ENUMERATED, M, vendor=10415)
AMBR: Final = AvpDef("AMBR", 1435, GROUPED, M, vendor=10415)
CSG_SUBSCRIPTION_DATA: Final = AvpDef("CSG-Subscription-Data", 1436, GROUPED, M, vendor=10415)
CSG_ID: Final = AvpDef("CSG-Id", 1437, UNSIGNED32, M, vendor=10415)
PDN_GW_ALLOCATION_TYPE: Final = AvpDef("PDN-GW-Allocation-Type", 1438, ENUMERATED, M, vendor=10415)
EXPIRATION_DATE: Final = AvpDef("Expiration-Date", 1439, TIME, M, vendor=10415)
RAT_FREQUENCY_SELECTION_PRIORITY_ID: Final = AvpDef("RAT-Frequency-Selection-Priority-ID", 1440, UNSIGNED32, M, vendor=10415)
IDA_FLAGS: Final = AvpDef("IDA-Flags", 1441, UNSIGNED32, M, vendor=10415)
PUA_FLAGS: Final = AvpDef("PUA-Flags", 1442, UNSIGNED32, M, vendor=10415)
NOR_FLAGS: Final = AvpDef("NOR-Flags", 1443, UNSIGNED32, M, vendor=10415)
USER_ID: Final = AvpDef("User-Id", 1444, UTF8STRING, 0, vendor=10415)
EQUIPMENT_STATUS: Final = AvpDef("Equipment-Status", 1445, ENUMERATED, M, vendor=10415)
REGIONAL_SUBSCRIPTION_ZONE_CODE: Final = AvpDef("Regional-Subscription-Zone-Code", 1446, OCTET_STRING, M, vendor=10415)
RAND: Final = AvpDef("RAND", 1447, OCTET_STRING, M, vendor=10415)
XRES: Final = AvpDef("XRES", 1448, OCTET_STRING, M, vendor=10415)
AUTN: Final = AvpDef("AUTN", 1449, OCTET_STRING, M, vendor=10415)
KASME: Final = AvpDef("KASME", 1450, OCTET_STRING, M, vendor=10415)
TRACE_COLLECTION_ENTITY: Final = AvpDef("Trace-Collection-Entity", 1452, ADDRESS, M, vendor=10415)
KC: Final = AvpDef("Kc", 1453, OCTET_STRING, M, vendor=10415)
SRES: Final = AvpDef("SRES", 1454, OCTET_STRING, M, vendor=10415)
PDN_TYPE: Final = AvpDef("PDN-Type", 1456, ENUMERATED, M, vendor=10415)
ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE: Final = AvpDef("Roaming-Restricted-Due-To-Unsupported-Feature", 1457, ENUMERATED, M, vendor=10415)
TRACE_DATA: Final = AvpDef("Trace-Data", 1458, GROUPED, M, vendor=10415)
TRACE_REFERENCE: Final = AvpDef("Trace-Reference", 1459, OCTET_STRING, M, vendor=10415)
TRACE_DEPTH: Final = AvpDef("Trace-Depth", 1462, ENUMERATED, M, vendor=10415)
TRACE_NE_TYPE_LIST: Final = AvpDef("Trace-NE-Type-List", 1463, OCTET_STRING, M, vendor=10415)
TRACE_INTERFACE_LIST: Final = AvpDef("Trace-Interface-List", 1464, OCTET_STRING, M, vendor=10415)
TRACE_EVENT_LIST: Final = AvpDef("Trace-Event-List", 1465, OCTET_STRING, M, vendor=10415)
OMC_ID: Final = AvpDef("OMC-Id", 1466, OCTET_STRING, M, vendor=10415)
GPRS_SUBSCRIPTION_DATA: Final = AvpDef("GPRS-Subscription-Data", 1467, GROUPED, M, vendor=10415)
COMPLETE_DATA_LIST_INCLUDED_INDICATOR: Final = AvpDef("Complete-Data-List-Included-Indicator", 1468, ENUMERATED, M, vendor=10415)
PDP_CONTEXT: Final = AvpDef("PDP-Context", 1469, GROUPED, M, vendor=10415)
PDP_TYPE: Final = AvpDef("PDP-Type", 1470, OCTET_STRING, M, vendor=10415)
TGPP2_MEID: Final = AvpDef("3GPP2-MEID", 1471, OCTET_STRING, M, vendor=10415)
SPECIFIC_APN_INFO: Final = AvpDef("Specific-APN-Info", 1472, GROUPED, M, vendor=10415)
LCS_INFO: Final = AvpDef("LCS-Info", 1473, GROUPED, M, vendor=10415)
GMLC_NUMBER: Final = AvpDef("GMLC-Number", 1474, OCTET_STRING, M, vendor=10415)
LCS_PRIVACYEXCEPTION: Final = AvpDef("LCS-PrivacyException", 1475, GROUPED, M, vendor=10415)
SS_CODE: Final = AvpDef("SS-Code", 1476, OCTET_STRING, M, vendor=10415)
SS_STATUS: Final = AvpDef("SS-Status", 1477, OCTET_STRING, M, vendor=10415)
NOTIFICATION_TO_UE_USER: Final = AvpDef("Notification-To-UE-User", 1478, ENUMERATED, M, vendor=10415)
EXTERNAL_CLIENT: Final = AvpDef("External-Client", 1479, GROUPED, M, vendor=10415)
CLIENT_IDENTITY: Final = AvpDef("Client-Identity", 1480, OCTET_STRING, M, vendor=10415)
GMLC_RESTRICTION: Final = AvpDef("GMLC-Restriction", 1481, ENUMERATED, M, vendor=10415)
PLMN_CLIENT: Final = AvpDef("PLMN-Client", 1482, ENUMERATED, M, vendor=10415)
SERVICE_TYPE: Final = AvpDef("Service-Type", 1483, GROUPED, M, vendor=10415)
SERVICETYPEIDENTITY: Final = AvpDef("ServiceTypeIdentity", 1484, UNSIGNED32, M, vendor=10415)
MO_LR: Final = AvpDef("MO-LR", 1485, GROUPED, M, vendor=10415)
TELESERVICE_LIST: Final = AvpDef("Teleservice-List", 1486, GROUPED, M, vendor=10415)
TS_CODE: Final = AvpDef("TS-Code", 1487, OCTET_STRING, M, vendor=10415)
CALL_BARRING_INFO: Final = AvpDef("Call-Barring-Info", 1488, GROUPED, M, vendor=10415)
SGSN_NUMBER: Final = AvpDef("SGSN-Number", 1489, OCTET_STRING, M, vendor=10415)
IDR_FLAGS: Final = AvpDef("IDR-Flags", 1490, UNSIGNED32, M, vendor=10415)
ICS_INDICATOR: Final = AvpDef("ICS-Indicator", 1491, ENUMERATED, 0, vendor=10415)
IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED: Final = AvpDef("IMS-Voice-Over-PS-Sessions-Supported", 1492, ENUMERATED, 0, vendor=10415)
HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS: Final = AvpDef("Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions", 1493, ENUMERATED, 0, vendor=10415)
LAST_UE_ACTIVITY_TIME: Final = AvpDef("Last-UE-Activity-Time", 1494, TIME, 0, vendor=10415)
EPS_USER_STATE: Final = AvpDef("EPS-User-State", 1495, GROUPED, 0, vendor=10415)
EPS_LOCATION_INFORMATION: Final = AvpDef("EPS-Location-Information", 1496, GROUPED, 0, vendor=10415)
MME_USER_STATE: Final = AvpDef("MME-User-State", 1497, GROUPED, 0, vendor=10415)
SGSN_USER_STATE: Final = AvpDef("SGSN-User-State", 1498, GROUPED, 0, vendor=10415)
USER_STATE: Final = AvpDef("User-State", 1499, ENUMERATED, 0, vendor=10415)
MME_LOCATION_INFORMATION: Final = AvpDef("MME-Location-Information", 1600, GROUPED, 0, vendor=10415)
SGSN_LOCATION_INFORMATION: Final = AvpDef("SGSN-Location-Information", 1601, GROUPED, 0, vendor=10415)
E_UTRAN_CELL_GLOBAL_IDENTITY: Final = AvpDef("E-UTRAN-Cell-Global-Identity", 1602, OCTET_STRING, 0, vendor=10415)
TRACKING_AREA_IDENTITY: Final = AvpDef("Tracking-Area-Identity", 1603, OCTET_STRING, 0, vendor=10415)
CELL_GLOBAL_IDENTITY: Final = AvpDef("Cell-Global-Identity", 1604, OCTET_STRING, 0, vendor=10415)
ROUTING_AREA_IDENTITY: Final = AvpDef("Routing-Area-Identity", 1605, OCTET_STRING, 0, vendor=10415)
LOCATION_AREA_IDENTITY: Final = AvpDef("Location-Area-Identity", 1606, OCTET_STRING, 0, vendor=10415)
SERVICE_AREA_IDENTITY: Final = AvpDef("Service-Area-Identity", 1607, OCTET_STRING, 0, vendor=10415)
GEOGRAPHICAL_INFORMATION: Final = AvpDef("Geographical-Information", 1608, OCTET_STRING, 0, vendor=10415)
GEODETIC_INFORMATION: Final = AvpDef("Geodetic-Information", 1609, OCTET_STRING, 0, vendor=10415)
CURRENT_LOCATION_RETRIEVED: Final = AvpDef("Current-Location-Retrieved", 1610, ENUMERATED, 0, vendor=10415)
AGE_OF_LOCATION_INFORMATION: Final = AvpDef("Age-Of-Location-Information", 1611, UNSIGNED32, 0, vendor=10415)
ACTIVE_APN: Final = AvpDef("Active-APN", 1612, GROUPED, 0, vendor=10415)
ERROR_DIAGNOSTIC: Final = AvpDef("Error-Diagnostic", 1614, ENUMERATED, 0, vendor=10415)
EXT_PDP_ADDRESS: Final = AvpDef("Ext-PDP-Address", 1621, ADDRESS, 0, vendor=10415)
UE_SRVCC_CAPABILITY: Final = AvpDef("UE-SRVCC-Capability", 1615, ENUMERATED, 0, vendor=10415)
MPS_PRIORITY: Final = AvpDef("MPS-Priority", 1616, UNSIGNED32, 0, vendor=10415)
VPLMN_LIPA_ALLOWED: Final = AvpDef("VPLMN-LIPA-Allowed", 1617, ENUMERATED, 0, vendor=10415)
LIPA_PERMISSION: Final = AvpDef("LIPA-Permission", 1618, ENUMERATED, 0, vendor=10415)
SUBSCRIBED_PERIODIC_RAU_TAU_TIMER: Final = AvpDef("Subscribed-Periodic-RAU-TAU-Timer", 1619, UNSIGNED32, 0, vendor=10415)
EXT_PDP_TYPE: Final = AvpDef("Ext-PDP-Type", 1620, OCTET_STRING, 0, vendor=10415)
SIPTO_PERMISSION: Final = AvpDef("SIPTO-Permission", 1613, ENUMERATED, 0, vendor=10415)
MDT_CONFIGURATION: Final = AvpDef("MDT-Configuration", 1622, GROUPED, 0, vendor=10415)
JOB_TYPE: Final = AvpDef("Job-Type", 1623, ENUMERATED, 0, vendor=10415)
AREA_SCOPE: Final = AvpDef("Area-Scope", 1624, GROUPED, 0, vendor=10415)
LIST_OF_MEASUREMENTS: Final = AvpDef("List-Of-Measurements", 1625, UNSIGNED32, 0, vendor=10415)
REPORTING_TRIGGER: Final = AvpDef("Reporting-Trigger", 1626, UNSIGNED32, 0, vendor=10415)
REPORT_INTERVAL: Final = AvpDef("Report-Interval", 1627, ENUMERATED, 0, vendor=10415)
REPORT_AMOUNT: Final = AvpDef("Report-Amount", 1628, ENUMERATED, 0, vendor=10415)
EVENT_THRESHOLD_RSRP: Final = AvpDef("Event-Threshold-RSRP", 1629, UNSIGNED32, 0, vendor=10415)
EVENT_THRESHOLD_RSRQ: Final = AvpDef("Event-Threshold-RSRQ", 1630, UNSIGNED32, 0, vendor=10415)
LOGGING_INTERVAL: Final = AvpDef("Logging-Interval", 1631, ENUMERATED, 0, vendor=10415)
LOGGING_DURATION: Final = AvpDef("Logging-Duration", 1632, ENUMERATED, 0, vendor=10415)
RELAY_NODE_INDICATOR: Final = AvpDef("Relay-Node-Indicator", 1633, ENUMERATED, 0, vendor=10415)
MDT_USER_CONSENT: Final = AvpDef("MDT-User-Consent", 1634, ENUMERATED, 0, vendor=10415)
PUR_FLAGS: Final = AvpDef("PUR-Flags", 1635, UNSIGNED32, 0, vendor=10415)
SUBSCRIBED_VSRVCC: Final = AvpDef("Subscribed-VSRVCC", 1636, ENUMERATED, 0, vendor=10415)
EQUIVALENT_PLMN_LIST: Final = AvpDef("Equivalent-PLMN-List", 1637, GROUPED, 0, vendor=10415)
CLR_FLAGS: Final = AvpDef("CLR-Flags", 1638, UNSIGNED32, 0, vendor=10415)
UVR_FLAGS: Final = AvpDef("UVR-Flags", 1639, UNSIGNED32, M, vendor=10415)
UVA_FLAGS: Final = AvpDef("UVA-Flags", 1640, UNSIGNED32, M, vendor=10415)
VPLMN_CSG_SUBSCRIPTION_DATA: Final = AvpDef("VPLMN-CSG-Subscription-Data", 1641, GROUPED, M, vendor=10415)
TIME_ZONE: Final = AvpDef("Time-Zone", 1642, UTF8STRING, 0, vendor=10415)
A_MSISDN: Final = AvpDef("A-MSISDN", 1643, OCTET_STRING, 0, vendor=10415)
MME_NUMBER_FOR_MT_SMS: Final = AvpDef("MME-Number-for-MT-SMS", 1645, OCTET_STRING, 0, vendor=10415)
SMS_REGISTER_REQUEST: Final = AvpDef("SMS-Register-Request", 1648, ENUMERATED, 0, vendor=10415)
LOCAL_TIME_ZONE: Final = AvpDef("Local-Time-Zone", 1649, GROUPED, 0, vendor=10415)
DAYLIGHT_SAVING_TIME: Final = AvpDef("Daylight-Saving-Time", 1650, ENUMERATED, 0, vendor=10415)
SUBSCRIPTION_DATA_FLAGS: Final = AvpDef("Subscription-Data-Flags", 1654, UNSIGNED32, 0, vendor=10415)
MEASUREMENT_PERIOD_LTE: Final = AvpDef("Measurement-Period-LTE", 1655, ENUMERATED, 0, vendor=10415)
MEASUREMENT_PERIOD_UMTS: Final = AvpDef("Measurement-Period-UMTS", 1656, ENUMERATED, 0, vendor=10415)
COLLECTION_PERIOD_RRM_LTE: Final = AvpDef("Collection-Period-RRM-LTE", 1657, ENUMERATED, 0, vendor=10415)
COLLECTION_PERIOD_RRM_UMTS: Final = AvpDef("Collection-Period-RRM-UMTS", 1658, ENUMERATED, 0, vendor=10415)
POSITIONING_METHOD: Final = AvpDef("Positioning-Method", 1659, OCTET_STRING, 0, vendor=10415)
MEASUREMENT_QUANTITY: Final = AvpDef("Measurement-Quantity", 1660, OCTET_STRING, 0, vendor=10415)
EVENT_THRESHOLD_EVENT_1F: Final = AvpDef("Event-Threshold-Event-1F", 1661, INTEGER32, 0, vendor=10415)
EVENT_THRESHOLD_EVENT_1I: Final = AvpDef("Event-Threshold-Event-1I", 1662, INTEGER32, 0, vendor=10415)
RESTORATION_PRIORITY: Final = AvpDef("Restoration-Priority", 1663, UNSIGNED32, 0, vendor=10415)
SGS_MME_IDENTITY: Final = AvpDef("SGs-MME-Identity", 1664, UTF8STRING, 0, vendor=10415)
SIPTO_LOCAL_NETWORK_PERMISSION: Final = AvpDef("SIPTO-Local-Network-Permission", 1665, UNSIGNED32, 0, vendor=10415)
COUPLED_NODE_DIAMETER_ID: Final = AvpDef("Coupled-Node-Diameter-ID", 1666, DIAMETER_IDENTITY, 0, vendor=10415)
WLAN_OFFLOADABILITY: Final = AvpDef("WLAN-offloadability", 1667, GROUPED, 0, vendor=10415)
WLAN_OFFLOADABILITY_EUTRAN: Final = AvpDef("WLAN-offloadability-EUTRAN", 1668, UNSIGNED32, 0, vendor=10415)
WLAN_OFFLOADABILITY_UTRAN: Final = AvpDef("WLAN-offloadability-UTRAN", 1669, UNSIGNED32, 0, vendor=10415)
RESET_ID: Final = AvpDef("Reset-ID", 1670, OCTET_STRING, 0, vendor=10415)
MDT_ALLOWED_PLMN_ID: Final = AvpDef("MDT-Allowed-PLMN-Id", 1671, OCTET_STRING, 0, vendor=10415)
ADJACENT_PLMNS: Final = AvpDef("Adjacent-PLMNs", 1672, GROUPED, 0, vendor=10415)
ADJACENT_ACCESS_RESTRICTION_DATA: Final = AvpDef("Adjacent-Access-Restriction-Data", 1673, GROUPED, 0, vendor=10415)
DL_BUFFERING_SUGGESTED_PACKET_COUNT: Final = AvpDef("DL-Buffering-Suggested-Packet-Count", 1674, INTEGER32, 0, vendor=10415)
IMSI_GROUP_ID: Final = AvpDef("IMSI-Group-Id", 1675, GROUPED, 0, vendor=10415)
GROUP_SERVICE_ID: Final = AvpDef("Group-Service-Id", 1676, UNSIGNED32, 0, vendor=10415)
GROUP_PLMN_ID: Final = AvpDef("Group-PLMN-Id", 1677, OCTET_STRING, 0, vendor=10415)
LOCAL_GROUP_ID: Final = AvpDef("Local-Group-Id", 1678, OCTET_STRING, 0, vendor=10415)
AIR_FLAGS: Final = AvpDef("AIR-Flags", 1679, UNSIGNED32, 0, vendor=10415)
UE_USAGE_TYPE: Final = AvpDef("UE-Usage-Type", 1680, UNSIGNED32, 0, vendor=10415)
NON_IP_PDN_TYPE_INDICATOR: Final = AvpDef("Non-IP-PDN-Type-Indicator", 1681, ENUMERATED, 0, vendor=10415)
NON_IP_DATA_DELIVERY_MECHANISM: Final = AvpDef("Non-IP-Data-Delivery-Mechanism", 1682, UNSIGNED32, 0, vendor=10415)
ADDITIONAL_CONTEXT_IDENTIFIER: Final = AvpDef("Additional-Context-Identifier", 1683, UNSIGNED32, 0, vendor=10415)
SCEF_REALM: Final = AvpDef("SCEF-Realm", 1684, DIAMETER_IDENTITY, 0, vendor=10415)
SUBSCRIPTION_DATA_DELETION: Final = AvpDef("Subscription-Data-Deletion", 1685, GROUPED, 0, vendor=10415)
PREFERRED_DATA_MODE: Final = AvpDef("Preferred-Data-Mode", 1686, UNSIGNED32, 0, vendor=10415)
EMERGENCY_INFO: Final = AvpDef("Emergency-Info", 1687, GROUPED, 0, vendor=10415)
V2X_SUBSCRIPTION_DATA: Final = AvpDef("V2X-Subscription-Data", 1688, GROUPED, 0, vendor=10415)
V2X_PERMISSION: Final = AvpDef("V2X-Permission", 1689, UNSIGNED32, 0, vendor=10415)
PDN_CONNECTION_CONTINUITY: Final = AvpDef("PDN-Connection-Continuity", 1690, UNSIGNED32, 0, vendor=10415)
EDRX_CYCLE_LENGTH: Final = AvpDef("eDRX-Cycle-Length", 1691, GROUPED, 0, vendor=10415)
EDRX_CYCLE_LENGTH_VALUE: Final = AvpDef("eDRX-Cycle-Length-Value", 1692, OCTET_STRING, 0, vendor=10415)
UE_PC5_AMBR: Final = AvpDef("UE-PC5-AMBR", 1693, UNSIGNED32, 0, vendor=10415)
MBSFN_AREA: Final = AvpDef("MBSFN-Area", 1694, GROUPED, 0, vendor=10415)
MBSFN_AREA_ID: Final = AvpDef("MBSFN-Area-ID", 1695, UNSIGNED32, 0, vendor=10415)
CARRIER_FREQUENCY: Final = AvpDef("Carrier-Frequency", 1696, UNSIGNED32, 0, vendor=10415)
RDS_INDICATOR: Final = AvpDef("RDS-Indicator", 1697, ENUMERATED, 0, vendor=10415)
SERVICE_GAP_TIME: Final = AvpDef("Service-Gap-Time", 1698, UNSIGNED32, 0, vendor=10415)
AERIAL_UE_SUBSCRIPTION_INFORMATION: Final = AvpDef("Aerial-UE-Subscription-Information", 1699, UNSIGNED32, 0, vendor=10415)
BROADCAST_LOCATION_ASSISTANCE_DATA_TYPES: Final = AvpDef("Broadcast-Location-Assistance-Data-Types", 1700, UNSIGNED64, 0, vendor=10415)
PAGING_TIME_WINDOW: Final = AvpDef("Paging-Time-Window", 1701, GROUPED, 0, vendor=10415)
OPERATION_MODE: Final = AvpDef("Operation-Mode", 1702, UNSIGNED32, 0, vendor=10415)
PAGING_TIME_WINDOW_LENGTH: Final = AvpDef("Paging-Time-Window-Length", 1703, OCTET_STRING, 0, vendor=10415)
CORE_NETWORK_RESTRICTIONS: Final = AvpDef("Core-Network-Restrictions", 1704, UNSIGNED32, 0, vendor=10415)
EDRX_RELATED_RAT: Final = AvpDef("eDRX-Related-RAT", 1705, GROUPED, 0, vendor=10415)
INTERWORKING_5GS_INDICATOR: Final = AvpDef("Interworking-5GS-Indicator", 1706, ENUMERATED, 0, vendor=10415)
ETHERNET_PDN_TYPE_INDICATOR: Final = AvpDef("Ethernet-PDN-Type-Indicator", 1707, ENUMERATED, 0, vendor=10415)
SUBSCRIBED_ARPI: Final = AvpDef("Subscribed-ARPI", 1708, UNSIGNED32, 0, vendor=10415)
IAB_OPERATION_PERMISSION: Final = AvpDef("IAB-Operation-Permission", 1709, ENUMERATED, 0, vendor=10415)
V2X_SUBSCRIPTION_DATA_NR: Final = AvpDef("V2X-Subscription-Data-Nr", 1710, GROUPED, 0, vendor=10415)
UE_PC5_QOS: Final = AvpDef("UE-PC5-QoS", 1711, GROUPED, 0, vendor=10415)
PC5_QOS_FLOW: Final = AvpDef("PC5-QoS-Flow", 1712, GROUPED, 0, vendor=10415)
N5QI: Final = AvpDef("5QI", 1713, INTEGER32, 0, vendor=10415)
PC5_FLOW_BITRATES: Final = AvpDef("PC5-Flow-Bitrates", 1714, GROUPED, 0, vendor=10415)
GUARANTEED_FLOW_BITRATES: Final = AvpDef("Guaranteed-Flow-Bitrates", 1715, INTEGER32, 0, vendor=10415)
MAXIMUM_FLOW_BITRATES: Final = AvpDef("Maximum-Flow-Bitrates", 1716, INTEGER32, 0, vendor=10415)
PC5_RANGE: Final = AvpDef("PC5-Range", 1717, INTEGER32, 0, vendor=10415)
PC5_LINK_AMBR: Final = AvpDef("PC5-Link-AMBR", 1718, INTEGER32, 0, vendor=10415)
THIRD_CONTEXT_IDENTIFIER: Final = AvpDef("Third-Context-Identifier", 1719, UNSIGNED32, 0, vendor=10415)
MDT_CONFIGURATION_NR: Final = AvpDef("MDT-Configuration-NR", 1720, GROUPED, 0, vendor=10415)
EVENT_THRESHOLD_SINR: Final = AvpDef("Event-Threshold-SINR", 1721, UNSIGNED32, 0, vendor=10415)
COLLECTION_PERIOD_RRM_NR: Final = AvpDef("Collection-Period-RRM-NR", 1722, ENUMERATED, 0, vendor=10415)
COLLECTION_PERIOD_M6_NR: Final = AvpDef("Collection-Period-M6-NR", 1723, ENUMERATED, 0, vendor=10415)
COLLECTION_PERIOD_M7_NR: Final = AvpDef("Collection-Period-M7-NR", 1724, UNSIGNED32, 0, vendor=10415)
SENSOR_MEASUREMENT: Final = AvpDef("Sensor-Measurement", 1725, ENUMERATED, 0, vendor=10415)
NR_CELL_GLOBAL_IDENTITY: Final = AvpDef("NR-Cell-Global-Identity", 1726, OCTET_STRING, 0, vendor=10415)
TRACE_REPORTING_CONSUMER_URI: Final = AvpDef("Trace-Reporting-Consumer-Uri", 1727, DIAMETER_URI, 0, vendor=10415)
PLMN_RAT_USAGE_CONTROL: Final = AvpDef("PLMN-RAT-Usage-Control", 1728, UNSIGNED32, 0, vendor=10415)
SF_ULR_TIMESTAMP: Final = AvpDef("SF-ULR-Timestamp", 1729, TIME, 0, vendor=10415)
SF_PROVISIONAL_INDICATION: Final = AvpDef("SF-Provisional-Indication", 1730, ENUMERATED, 0, vendor=10415)
ANID: Final = AvpDef("ANID", 1504, UTF8STRING, M, vendor=10415)
AN_TRUSTED: Final = AvpDef("AN-Trusted", 1503, ENUMERATED, M, vendor=10415)
MIP_FA_RK: Final = AvpDef("MIP-FA-RK", 1506, OCTET_STRING, M, vendor=10415)
MIP_FA_RK_SPI: Final = AvpDef("MIP-FA-RK-SPI", 1507, UNSIGNED32, M, vendor=10415)
FULL_NETWORK_NAME: Final = AvpDef("Full-Network-Name", 1516, OCTET_STRING, 0, vendor=10415)
SHORT_NETWORK_NAME: Final = AvpDef("Short-Network-Name", 1517, OCTET_STRING, 0, vendor=10415)
WLAN_IDENTIFIER: Final = AvpDef("WLAN-Identifier", 1509, GROUPED, 0, vendor=10415)
TRANSPORT_ACCESS_TYPE: Final = AvpDef("Transport-Access-Type", 1519, ENUMERATED, 0, vendor=10415)
DER_FLAGS: Final = AvpDef("DER-Flags", 1520, UNSIGNED32, 0, vendor=10415)
DEA_FLAGS: Final = AvpDef("DEA-Flags", 1521, UNSIGNED32, 0, vendor=10415)
SSID: Final = AvpDef("SSID", 1524, UTF8STRING, 0, vendor=10415)
HESSID: Final = AvpDef("HESSID", 1525, UTF8STRING, 0, vendor=10415)
ACCESS_NETWORK_INFO: Final = AvpDef("Access-Network-Info", 1526, GROUPED, 0, vendor=10415)
TWAN_CONNECTION_MODE: Final = AvpDef("TWAN-Connection-Mode", 1527, UNSIGNED32, 0, vendor=10415)
TWAN_CONNECTIVITY_PARAMETERS: Final = AvpDef("TWAN-Connectivity-Parameters", 1528, GROUPED, 0, vendor=10415)
CONNECTIVITY_FLAGS: Final = AvpDef("Connectivity-Flags", 1529, UNSIGNED32, 0, vendor=10415)
TWAN_PCO: Final = AvpDef("TWAN-PCO", 1530, OCTET_STRING, 0, vendor=10415)
TWAG_CP_ADDRESS: Final = AvpDef("TWAG-CP-Address", 1531, ADDRESS, 0, vendor=10415)
TWAG_UP_ADDRESS: Final = AvpDef("TWAG-UP-Address", 1532, ADDRESS, 0, vendor=10415)
TWAN_S2A_FAILURE_CAUSE: Final = AvpDef("TWAN-S2a-Failure-Cause", 1533, UNSIGNED32, 0, vendor=10415)
SM_BACK_OFF_TIMER: Final = AvpDef("SM-Back-Off-Timer", 1534, UNSIGNED32, 0, vendor=10415)
WLCP_KEY: Final = AvpDef("WLCP-Key", 1535, OCTET_STRING, 0, vendor=10415)
IMEI_CHECK_IN_VPLMN_RESULT: Final = AvpDef("IMEI-Check-In-VPLMN-Result", 1540, UNSIGNED32, 0, vendor=10415)
HIGH_PRIORITY_ACCESS_INFO: Final = AvpDef("High-Priority-Access-Info", 1542, UNSIGNED32, 0, vendor=10415)
EMERGENCY_SERVICES: Final = AvpDef("Emergency-Services", 1538, UNSIGNED32, 0, vendor=10415)
AAR_FLAGS: Final = AvpDef("AAR-Flags", 1539, UNSIGNED32, 0, vendor=10415)
NON_3GPP_USER_DATA: Final = AvpDef("Non-3GPP-User-Data", 1500, GROUPED, M, vendor=10415)
NON_3GPP_IP_ACCESS: Final = AvpDef("Non-3GPP-IP-Access", 1501, ENUMERATED, M, vendor=10415)
NON_3GPP_IP_ACCESS_APN: Final = AvpDef("Non-3GPP-IP-Access-APN", 1502, ENUMERATED, M, vendor=10415)
TRACE_INFO: Final = AvpDef("Trace-Info", 1505, GROUPED, 0, vendor=10415)
PPR_FLAGS: Final = AvpDef("PPR-Flags", 1508, UNSIGNED32, 0, vendor=10415)
TWAN_DEFAULT_APN_CONTEXT_ID: Final = AvpDef("TWAN-Default-APN-Context-Id", 1512, UNSIGNED32, 0, vendor=10415)
TWAN_ACCESS_INFO: Final = AvpDef("TWAN-Access-Info", 1510, GROUPED, 0, vendor=10415)
ACCESS_AUTHORIZATION_FLAGS: Final = AvpDef("Access-Authorization-Flags", 1511, UNSIGNED32, 0, vendor=10415)
AAA_FAILURE_INDICATION: Final = AvpDef("AAA-Failure-Indication", 1518, UNSIGNED32, 0, vendor=10415)
TGPP_AAA_SERVER_NAME: Final = AvpDef("3GPP-AAA-Server-Name", 318, DIAMETER_IDENTITY, M, vendor=10415)
ERP_AUTHORIZATION: Final = AvpDef("ERP-Authorization", 1541, UNSIGNED32, 0, vendor=10415)
TRUST_RELATIONSHIP_UPDATE: Final = AvpDef("Trust-Relationship-Update", 1515, ENUMERATED, 0, vendor=10415)
RAR_FLAGS: Final = AvpDef("RAR-Flags", 1522, UNSIGNED32, 0, vendor=10415)
ORIGINATION_TIME_STAMP: Final = AvpDef("Origination-Time-Stamp", 1536, UNSIGNED64, 0, vendor=10415)
MAXIMUM_WAIT_TIME: Final = AvpDef("Maximum-Wait-Time", 1537, UNSIGNED32, 0, vendor=10415)
DER_S6B_FLAGS: Final = AvpDef("DER-S6b-Flags", 1523, UNSIGNED32, 0, vendor=10415)
MCPTT_ID: Final = AvpDef("MCPTT-ID", 4500, UTF8STRING, M, vendor=10415)
DATA_IDENTIFICATION: Final = AvpDef("Data-Identification", 4501, GROUPED, M, vendor=10415)
DATA_IDENTIFICATION_PREFIX: Final = AvpDef("Data-Identification-Prefix", 4502, UNSIGNED32, M, vendor=10415)
DATA_IDENTIFICATION_FLAGS: Final = AvpDef("Data-Identification-Flags", 4503, UNSIGNED64, M, vendor=10415)
DPR_FLAGS: Final = AvpDef("DPR-Flags", 4504, UNSIGNED32, M, vendor=10415)
DPA_FLAGS: Final = AvpDef("DPA-Flags", 4505, UNSIGNED32, M, vendor=10415)
DUR_FLAGS: Final = AvpDef("DUR-Flags", 4506, UNSIGNED32, M, vendor=10415)
DUA_FLAGS: Final = AvpDef("DUA-Flags", 4507, UNSIGNED32, M, vendor=10415)
NDR_FLAGS: Final = AvpDef("NDR-Flags", 4508, UNSIGNED32, M, vendor=10415)
NDA_FLAGS: Final = AvpDef("NDA-Flags", 4509, UNSIGNED32, M, vendor=10415)
USER_DATA_ID: Final = AvpDef("User-Data-Id", 4510, UNSIGNED32, M, vendor=10415)
MC_SERVICE_USER_PROFILE_DATA: Final = AvpDef("MC-Service-User-Profile-Data", 4511, GROUPED, M, vendor=10415)
SEQUENCE_NUMBER_29_283: Final = AvpDef("Sequence-Number-29.283", 4512, UNSIGNED32, M, vendor=10415)
DATA: Final = AvpDef("Data", 4513, GROUPED, M, vendor=10415)
MCVIDEO_ID: Final = AvpDef("MCVideo-ID", 4514, UTF8STRING, 0, vendor=10415)
MCDATA_ID: Final = AvpDef("MCData-ID", 4515, UTF8STRING, 0, vendor=10415)
USER_IDENTITY: Final = AvpDef("User-Identity", 700, GROUPED, M, vendor=10415)
MSISDN: Final = AvpDef("MSISDN", 701, OCTET_STRING, M, vendor=10415)
USER_DATA_SH: Final = AvpDef("User-Data-Sh", 702, OCTET_STRING, M, vendor=10415)
DATA_REFERENCE: Final = AvpDef("Data-Reference", 703, ENUMERATED, M, vendor=10415)
SERVICE_INDICATION: Final = AvpDef("Service-Indication", 704, OCTET_STRING, M, vendor=10415)
SUBS_REQ_TYPE: Final = AvpDef("Subs-Req-Type", 705, ENUMERATED, M, vendor=10415)
REQUESTED_DOMAIN: Final = AvpDef("Requested-Domain", 706, ENUMERATED, M, vendor=10415)
CURRENT_LOCATION: Final = AvpDef("Current-Location", 707, ENUMERATED, M, vendor=10415)
IDENTITY_SET: Final = AvpDef("Identity-Set", 708, ENUMERATED, 0, vendor=10415)
EXPIRY_TIME: Final = AvpDef("Expiry-Time", 709, TIME, 0, vendor=10415)
SEND_DATA_INDICATION: Final = AvpDef("Send-Data-Indication", 710, ENUMERATED, 0, vendor=10415)
DSAI_TAG: Final = AvpDef("DSAI-Tag", 711, OCTET_STRING, M, vendor=10415)
ONE_TIME_NOTIFICATION: Final = AvpDef("One-Time-Notification", 712, ENUMERATED, 0, vendor=10415)
REQUESTED_NODES: Final = AvpDef("Requested-Nodes", 713, UNSIGNED32, 0, vendor=10415)
SERVING_NODE_INDICATION: Final = AvpDef("Serving-Node-Indication", 714, ENUMERATED, 0, vendor=10415)
REPOSITORY_DATA_ID: Final = AvpDef("Repository-Data-ID", 715, GROUPED, 0, vendor=10415)
SEQUENCE_NUMBER: Final = AvpDef("Sequence-Number", 716, UNSIGNED32, 0, vendor=10415)
PRE_PAGING_SUPPORTED: Final = AvpDef("Pre-paging-Supported", 717, ENUMERATED, 0, vendor=10415)
LOCAL_TIME_ZONE_INDICATION: Final = AvpDef("Local-Time-Zone-Indication", 718, ENUMERATED, 0, vendor=10415)
UDR_FLAGS: Final = AvpDef("UDR-Flags", 719, UNSIGNED32, 0, vendor=10415)
CALL_REFERENCE_INFO: Final = AvpDef("Call-Reference-Info", 720, GROUPED, 0, vendor=10415)
CALL_REFERENCE_NUMBER: Final = AvpDef("Call-Reference-Number", 721, OCTET_STRING, 0, vendor=10415)
AS_NUMBER: Final = AvpDef("AS-Number", 722, OCTET_STRING, 0, vendor=10415)
USER_IDENTIFIER: Final = AvpDef("User-Identifier", 3102, GROUPED, M, vendor=10415)
SERVICE_ID: Final = AvpDef("Service-ID", 3103, ENUMERATED, M, vendor=10415)
SCS_IDENTITY: Final = AvpDef("SCS-Identity", 3104, OCTET_STRING, M, vendor=10415)
SERVICE_PARAMETERS: Final = AvpDef("Service-Parameters", 3105, GROUPED, M, vendor=10415)
T4_PARAMETERS: Final = AvpDef("T4-Parameters", 3106, GROUPED, M, vendor=10415)
SERVICE_DATA: Final = AvpDef("Service-Data", 3107, GROUPED, M, vendor=10415)
T4_DATA: Final = AvpDef("T4-Data", 3108, GROUPED, M, vendor=10415)
HSS_CAUSE: Final = AvpDef("HSS-Cause", 3109, UNSIGNED32, M, vendor=10415)
SIR_FLAGS: Final = AvpDef("SIR-Flags", 3110, UNSIGNED32, M, vendor=10415)
EXTERNAL_IDENTIFIER: Final = AvpDef("External-Identifier", 3111, UTF8STRING, M, vendor=10415)
IP_SM_GW_NUMBER: Final = AvpDef("IP-SM-GW-Number", 3100, OCTET_STRING, M, vendor=10415)
IP_SM_GW_NAME: Final = AvpDef("IP-SM-GW-Name", 3101, DIAMETER_IDENTITY, M, vendor=10415)
IP_SM_GW_REALM: Final = AvpDef("IP-SM-GW-Realm", 3112, DIAMETER_IDENTITY, M, vendor=10415)
MONITORING_EVENT_CONFIGURATION: Final = AvpDef("Monitoring-Event-Configuration", 3122, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT: Final = AvpDef("Monitoring-Event-Report", 3123, GROUPED, M, vendor=10415)
SCEF_REFERENCE_ID: Final = AvpDef("SCEF-Reference-ID", 3124, UNSIGNED32, M, vendor=10415)
SCEF_ID: Final = AvpDef("SCEF-ID", 3125, DIAMETER_IDENTITY, M, vendor=10415)
SCEF_REFERENCE_ID_FOR_DELETION: Final = AvpDef("SCEF-Reference-ID-for-Deletion", 3126, UNSIGNED32, M, vendor=10415)
MONITORING_TYPE: Final = AvpDef("Monitoring-Type", 3127, UNSIGNED32, M, vendor=10415)
MAXIMUM_NUMBER_OF_REPORTS: Final = AvpDef("Maximum-Number-of-Reports", 3128, UNSIGNED32, M, vendor=10415)
UE_REACHABILITY_CONFIGURATION: Final = AvpDef("UE-Reachability-Configuration", 3129, GROUPED, M, vendor=10415)
MONITORING_DURATION: Final = AvpDef("Monitoring-Duration", 3130, TIME, M, vendor=10415)
MAXIMUM_DETECTION_TIME: Final = AvpDef("Maximum-Detection-Time", 3131, UNSIGNED32, M, vendor=10415)
REACHABILITY_TYPE: Final = AvpDef("Reachability-Type", 3132, UNSIGNED32, M, vendor=10415)
MAXIMUM_LATENCY: Final = AvpDef("Maximum-Latency", 3133, UNSIGNED32, M, vendor=10415)
MAXIMUM_RESPONSE_TIME: Final = AvpDef("Maximum-Response-Time", 3134, UNSIGNED32, M, vendor=10415)
LOCATION_INFORMATION_CONFIGURATION: Final = AvpDef("Location-Information-Configuration", 3135, GROUPED, M, vendor=10415)
MONTE_LOCATION_TYPE: Final = AvpDef("MONTE-Location-Type", 3136, UNSIGNED32, M, vendor=10415)
ACCURACY: Final = AvpDef("Accuracy", 3137, UNSIGNED32, M, vendor=10415)
ASSOCIATION_TYPE: Final = AvpDef("Association-Type", 3138, UNSIGNED32, M, vendor=10415)
ROAMING_INFORMATION: Final = AvpDef("Roaming-Information", 3139, UNSIGNED32, M, vendor=10415)
REACHABILITY_INFORMATION: Final = AvpDef("Reachability-Information", 3140, UNSIGNED32, M, vendor=10415)
IMEI_CHANGE: Final = AvpDef("IMEI-Change", 3141, UNSIGNED32, M, vendor=10415)
MONITORING_EVENT_CONFIG_STATUS: Final = AvpDef("Monitoring-Event-Config-Status", 3142, GROUPED, M, vendor=10415)
AESE_COMMUNICATION_PATTERN: Final = AvpDef("AESE-Communication-Pattern", 3113, GROUPED, M, vendor=10415)
COMMUNICATION_PATTERN_SET: Final = AvpDef("Communication-Pattern-Set", 3114, GROUPED, M, vendor=10415)
PERIODIC_COMMUNICATION_INDICATOR: Final = AvpDef("Periodic-Communication-Indicator", 3115, UNSIGNED32, M, vendor=10415)
COMMUNICATION_DURATION_TIME: Final = AvpDef("Communication-Duration-Time", 3116, UNSIGNED32, M, vendor=10415)
PERIODIC_TIME: Final = AvpDef("Periodic-Time", 3117, UNSIGNED32, M, vendor=10415)
SCHEDULED_COMMUNICATION_TIME: Final = AvpDef("Scheduled-Communication-Time", 3118, GROUPED, M, vendor=10415)
STATIONARY_INDICATION: Final = AvpDef("Stationary-Indication", 3119, UNSIGNED32, M, vendor=10415)
AESE_COMMUNICATION_PATTERN_CONFIG_STATUS: Final = AvpDef("AESE-Communication-Pattern-Config-Status", 3120, GROUPED, M, vendor=10415)
AESE_ERROR_REPORT: Final = AvpDef("AESE-Error-Report", 3121, GROUPED, M, vendor=10415)
SERVICE_RESULT: Final = AvpDef("Service-Result", 3146, GROUPED, M, vendor=10415)
SERVICE_RESULT_CODE: Final = AvpDef("Service-Result-Code", 3147, UNSIGNED32, M, vendor=10415)
CIR_FLAGS: Final = AvpDef("CIR-Flags", 3145, UNSIGNED32, M, vendor=10415)
SUPPORTED_SERVICES: Final = AvpDef("Supported-Services", 3143, GROUPED, M, vendor=10415)
SUPPORTED_MONITORING_EVENTS: Final = AvpDef("Supported-Monitoring-Events", 3144, UNSIGNED64, M, vendor=10415)
REFERENCE_ID_VALIDITY_TIME: Final = AvpDef("Reference-ID-Validity-Time", 3148, TIME, M, vendor=10415)
EVENT_HANDLING: Final = AvpDef("Event-Handling", 3149, UNSIGNED32, M, vendor=10415)
NIDD_AUTHORIZATION_REQUEST: Final = AvpDef("NIDD-Authorization-Request", 3150, GROUPED, M, vendor=10415)
NIDD_AUTHORIZATION_RESPONSE: Final = AvpDef("NIDD-Authorization-Response", 3151, GROUPED, M, vendor=10415)
SERVICE_REPORT: Final = AvpDef("Service-Report", 3152, GROUPED, M, vendor=10415)
NODE_TYPE: Final = AvpDef("Node-Type", 3153, UNSIGNED32, M, vendor=10415)
S6T_HSS_CAUSE: Final = AvpDef("S6t-HSS-Cause", 3154, UNSIGNED32, M, vendor=10415)
ENHANCED_COVERAGE_RESTRICTION: Final = AvpDef("Enhanced-Coverage-Restriction", 3155, GROUPED, 0, vendor=10415)
ENHANCED_COVERAGE_RESTRICTION_DATA: Final = AvpDef("Enhanced-Coverage-Restriction-Data", 3156, GROUPED, 0, vendor=10415)
RESTRICTED_PLMN_LIST: Final = AvpDef("Restricted-PLMN-List", 3157, GROUPED, 0, vendor=10415)
ALLOWED_PLMN_LIST: Final = AvpDef("Allowed-PLMN-List", 3158, GROUPED, 0, vendor=10415)
REQUESTED_VALIDITY_TIME: Final = AvpDef("Requested-Validity-Time", 3159, TIME, 0, vendor=10415)
GRANTED_VALIDITY_TIME: Final = AvpDef("Granted-Validity-Time", 3160, TIME, 0, vendor=10415)
NIDD_AUTHORIZATION_UPDATE: Final = AvpDef("NIDD-Authorization-Update", 3161, GROUPED, 0, vendor=10415)
LOSS_OF_CONNECTIVITY_REASON: Final = AvpDef("Loss-Of-Connectivity-Reason", 3162, UNSIGNED32, 0, vendor=10415)
GROUP_REPORTING_GUARD_TIMER: Final = AvpDef("Group-Reporting-Guard-Timer", 3163, UNSIGNED32, 0, vendor=10415)
CIA_FLAGS: Final = AvpDef("CIA-Flags", 3164, UNSIGNED32, 0, vendor=10415)
GROUP_REPORT: Final = AvpDef("Group-Report", 3165, GROUPED, 0, vendor=10415)
GROUP_REPORT_ITEM: Final = AvpDef("Group-Report-Item", 3166, GROUPED, 0, vendor=10415)
RIR_FLAGS: Final = AvpDef("RIR-Flags", 3167, UNSIGNED32, 0, vendor=10415)
TYPE_OF_EXTERNAL_IDENTIFIER: Final = AvpDef("Type-Of-External-Identifier", 3168, UNSIGNED32, 0, vendor=10415)
APN_VALIDITY_TIME: Final = AvpDef("APN-Validity-Time", 3169, GROUPED, 0, vendor=10415)
SUGGESTED_NETWORK_CONFIGURATION: Final = AvpDef("Suggested-Network-Configuration", 3170, GROUPED, 0, vendor=10415)
MONITORING_EVENT_REPORT_STATUS: Final = AvpDef("Monitoring-Event-Report-Status", 3171, GROUPED, 0, vendor=10415)
PLMN_ID_REQUESTED: Final = AvpDef("PLMN-ID-Requested", 3172, ENUMERATED, 0, vendor=10415)
ADDITIONAL_IDENTIFIERS: Final = AvpDef("Additional-Identifiers", 3173, GROUPED, 0, vendor=10415)
NIR_FLAGS: Final = AvpDef("NIR-Flags", 3174, UNSIGNED32, 0, vendor=10415)
REPORTING_TIME_STAMP: Final = AvpDef("Reporting-Time-Stamp", 3175, TIME, 0, vendor=10415)
NIA_FLAGS: Final = AvpDef("NIA-Flags", 3176, UNSIGNED32, 0, vendor=10415)
GROUP_USER_IDENTIFIER: Final = AvpDef("Group-User-Identifier", 3177, GROUPED, 0, vendor=10415)
MTC_PROVIDER_INFO: Final = AvpDef("MTC-Provider-Info", 3178, GROUPED, 0, vendor=10415)
MTC_PROVIDER_ID: Final = AvpDef("MTC-Provider-ID", 3179, UTF8STRING, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_CONFIGURATION: Final = AvpDef("PDN-Connectivity-Status-Configuration", 3180, GROUPED, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_REPORT: Final = AvpDef("PDN-Connectivity-Status-Report", 3181, GROUPED, 0, vendor=10415)
PDN_CONNECTIVITY_STATUS_TYPE: Final = AvpDef("PDN-Connectivity-Status-Type", 3182, UNSIGNED32, 0, vendor=10415)
TRAFFIC_PROFILE: Final = AvpDef("Traffic-Profile", 3183, UNSIGNED32, 0, vendor=10415)
UPDATED_NETWORK_CONFIGURATION: Final = AvpDef("Updated-Network-Configuration", 3184, GROUPED, 0, vendor=10415)
BATTERY_INDICATOR: Final = AvpDef("Battery-Indicator", 3185, UNSIGNED32, 0, vendor=10415)
SCEF_REFERENCE_ID_EXT: Final = AvpDef("SCEF-Reference-ID-Ext", 3186, UNSIGNED64, 0, vendor=10415)
SCEF_REFERENCE_ID_FOR_DELETION_EXT: Final = AvpDef("SCEF-Reference-ID-for-Deletion-Ext", 3187, UNSIGNED64, 0, vendor=10415)
EXCLUDE_IDENTIFIERS: Final = AvpDef("Exclude-Identifiers", 3188, GROUPED, 0, vendor=10415)
INCLUDE_IDENTIFIERS: Final = AvpDef("Include-Identifiers", 3189, GROUPED, 0, vendor=10415)
SM_DELIVERY_OUTCOME_T4: Final = AvpDef("SM-Delivery-Outcome-T4", 3200, ENUMERATED, M, vendor=10415)
ABSENT_SUBSCRIBER_DIAGNOSTIC_T4: Final = AvpDef("Absent-Subscriber-Diagnostic-T4", 3201, ENUMERATED, M, vendor=10415)
TRIGGER_ACTION: Final = AvpDef("Trigger-Action", 3202, UNSIGNED32, 0, vendor=10415)
MTC_ERROR_DIAGNOSTIC: Final = AvpDef("MTC-Error-Diagnostic", 3203, UNSIGNED32, 0, vendor=10415)
SM_RP_MTI: Final = AvpDef("SM-RP-MTI", 3308, ENUMERATED, M, vendor=10415)
SM_RP_SMEA: Final = AvpDef("SM-RP-SMEA", 3309, OCTET_STRING, M, vendor=10415)
SRR_FLAGS: Final = AvpDef("SRR-Flags", 3310, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_NOT_INTENDED: Final = AvpDef("SM-Delivery-Not-Intended", 3311, ENUMERATED, M, vendor=10415)
MWD_STATUS: Final = AvpDef("MWD-Status", 3312, UNSIGNED32, M, vendor=10415)
MME_ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("MME-Absent-User-Diagnostic-SM", 3313, UNSIGNED32, M, vendor=10415)
MSC_ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("MSC-Absent-User-Diagnostic-SM", 3314, UNSIGNED32, M, vendor=10415)
SGSN_ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("SGSN-Absent-User-Diagnostic-SM", 3315, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_OUTCOME: Final = AvpDef("SM-Delivery-Outcome", 3316, GROUPED, M, vendor=10415)
MME_SM_DELIVERY_OUTCOME: Final = AvpDef("MME-SM-Delivery-Outcome", 3317, GROUPED, M, vendor=10415)
MSC_SM_DELIVERY_OUTCOME: Final = AvpDef("MSC-SM-Delivery-Outcome", 3318, GROUPED, M, vendor=10415)
SGSN_SM_DELIVERY_OUTCOME: Final = AvpDef("SGSN-SM-Delivery-Outcome", 3319, GROUPED, M, vendor=10415)
IP_SM_GW_SM_DELIVERY_OUTCOME: Final = AvpDef("IP-SM-GW-SM-Delivery-Outcome", 3320, GROUPED, M, vendor=10415)
SM_DELIVERY_CAUSE: Final = AvpDef("SM-Delivery-Cause", 3321, ENUMERATED, M, vendor=10415)
ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("Absent-User-Diagnostic-SM", 3322, UNSIGNED32, M, vendor=10415)
RDR_FLAGS: Final = AvpDef("RDR-Flags", 3323, UNSIGNED32, 0, vendor=10415)
MAXIMUM_UE_AVAILABILITY_TIME: Final = AvpDef("Maximum-UE-Availability-Time", 3329, TIME, 0, vendor=10415)
SMS_GMSC_ALERT_EVENT: Final = AvpDef("SMS-GMSC-Alert-Event", 3333, UNSIGNED32, 0, vendor=10415)
SMSF_3GPP_ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("SMSF-3GPP-Absent-User-Diagnostic-SM", 3334, UNSIGNED32, 0, vendor=10415)
SMSF_NON_3GPP_ABSENT_USER_DIAGNOSTIC_SM: Final = AvpDef("SMSF-Non-3GPP-Absent-User-Diagnostic-SM", 3335, UNSIGNED32, 0, vendor=10415)
SMSF_3GPP_SM_DELIVERY_OUTCOME: Final = AvpDef("SMSF-3GPP-SM-Delivery-Outcome", 3336, GROUPED, 0, vendor=10415)
SMSF_NON_3GPP_SM_DELIVERY_OUTCOME: Final = AvpDef("SMSF-Non-3GPP-SM-Delivery-Outcome", 3337, GROUPED, 0, vendor=10415)
SMSF_3GPP_NUMBER: Final = AvpDef("SMSF-3GPP-Number", 3338, OCTET_STRING, 0, vendor=10415)
SMSF_NON_3GPP_NUMBER: Final = AvpDef("SMSF-Non-3GPP-Number", 3339, OCTET_STRING, 0, vendor=10415)
SMSF_3GPP_NAME: Final = AvpDef("SMSF-3GPP-Name", 3340, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_NON_3GPP_NAME: Final = AvpDef("SMSF-Non-3GPP-Name", 3341, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_3GPP_REALM: Final = AvpDef("SMSF-3GPP-Realm", 3342, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_NON_3GPP_REALM: Final = AvpDef("SMSF-Non-3GPP-Realm", 3343, DIAMETER_IDENTITY, 0, vendor=10415)
SMSF_3GPP_ADDRESS: Final = AvpDef("SMSF-3GPP-Address", 3344, GROUPED, 0, vendor=10415)
SMSF_NON_3GPP_ADDRESS: Final = AvpDef("SMSF-Non-3GPP-Address", 3345, GROUPED, 0, vendor=10415)
SMSF_3GPP_SBI_SUPPORT_INDICATOR: Final = AvpDef("SMSF-3GPP-SBI-Support-Indicator", 3346, ENUMERATED, 0, vendor=10415)
SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR: Final = AvpDef("SMSF-Non-3GPP-SBI-Support-Indicator", 3347, ENUMERATED, 0, vendor=10415)
IP_SM_GW_SBI_SUPPORT_INDICATOR: Final = AvpDef("IP-SM-GW-SBI-Support-Indicator", 3348, ENUMERATED, 0, vendor=10415)
SC_ADDRESS: Final = AvpDef("SC-Address", 3300, OCTET_STRING, M, vendor=10415)
SM_RP_UI: Final = AvpDef("SM-RP-UI", 3301, OCTET_STRING, M, vendor=10415)
TFR_FLAGS: Final = AvpDef("TFR-Flags", 3302, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_FAILURE_CAUSE: Final = AvpDef("SM-Delivery-Failure-Cause", 3303, GROUPED, M, vendor=10415)
SM_ENUMERATED_DELIVERY_FAILURE_CAUSE: Final = AvpDef("SM-Enumerated-Delivery-Failure-Cause", 3304, ENUMERATED, M, vendor=10415)
SM_DIAGNOSTIC_INFO: Final = AvpDef("SM-Diagnostic-Info", 3305, OCTET_STRING, M, vendor=10415)
SM_DELIVERY_TIMER: Final = AvpDef("SM-Delivery-Timer", 3306, UNSIGNED32, M, vendor=10415)
SM_DELIVERY_START_TIME: Final = AvpDef("SM-Delivery-Start-Time", 3307, TIME, M, vendor=10415)
OFR_FLAGS: Final = AvpDef("OFR-Flags", 3328, UNSIGNED32, 0, vendor=10415)
SMSMI_CORRELATION_ID: Final = AvpDef("SMSMI-Correlation-ID", 3324, GROUPED, 0, vendor=10415)
HSS_ID: Final = AvpDef("HSS-ID", 3325, UTF8STRING, 0, vendor=10415)
ORIGINATING_SIP_URI: Final = AvpDef("Originating-SIP-URI", 3326, UTF8STRING, 0, vendor=10415)
DESTINATION_SIP_URI: Final = AvpDef("Destination-SIP-URI", 3327, UTF8STRING, 0, vendor=10415)
MAXIMUM_RETRANSMISSION_TIME: Final = AvpDef("Maximum-Retransmission-Time", 3330, TIME, 0, vendor=10415)
REQUESTED_RETRANSMISSION_TIME: Final = AvpDef("Requested-Retransmission-Time", 3331, TIME, 0, vendor=10415)
SMS_GMSC_ADDRESS: Final = AvpDef("SMS-GMSC-Address", 3332, OCTET_STRING, 0, vendor=10415)
ORIGIN_APP_LAYER_USER_ID: Final = AvpDef("Origin-App-Layer-User-Id", 3600, UTF8STRING, M, vendor=10415)
TARGET_APP_LAYER_USER_ID: Final = AvpDef("Target-App-Layer-User-Id", 3601, UTF8STRING, M, vendor=10415)
PROSE_FUNCTION_ID: Final = AvpDef("ProSe-Function-ID", 3602, OCTET_STRING, M, vendor=10415)
PROSE_REQUEST_TYPE: Final = AvpDef("ProSe-Request-Type", 3603, UNSIGNED32, M, vendor=10415)
PDUID: Final = AvpDef("PDUID", 3604, OCTET_STRING, 0, vendor=10415)
APPLICATION_DATA: Final = AvpDef("Application-Data", 3605, UTF8STRING, 0, vendor=10415)
ALLOWED_SUFFIXES_NUMBER: Final = AvpDef("Allowed-Suffixes-Number", 3606, UNSIGNED32, 0, vendor=10415)
MONITOR_TARGET: Final = AvpDef("Monitor-Target", 3607, GROUPED, 0, vendor=10415)
PROSE_CODE_SUFFIX_MASK: Final = AvpDef("ProSe-Code-Suffix-Mask", 3608, GROUPED, 0, vendor=10415)
SUFFIX_CODE: Final = AvpDef("Suffix-Code", 3609, OCTET_STRING, 0, vendor=10415)
SUFFIX_MASK: Final = AvpDef("Suffix-Mask", 3610, OCTET_STRING, 0, vendor=10415)
BANNED_USER_TARGET: Final = AvpDef("Banned-User-Target", 3611, GROUPED, 0, vendor=10415)
METADATA_INDICATOR: Final = AvpDef("Metadata-Indicator", 3612, UNSIGNED32, 0, vendor=10415)
PROSE_SUBSCRIPTION_DATA: Final = AvpDef("ProSe-Subscription-Data", 3701, GROUPED, M, vendor=10415)
PROSE_PERMISSION: Final = AvpDef("ProSe-Permission", 3702, UNSIGNED32, M, vendor=10415)
PROSE_ALLOWED_PLMN: Final = AvpDef("ProSe-Allowed-PLMN", 3703, GROUPED, M, vendor=10415)
PROSE_DIRECT_ALLOWED: Final = AvpDef("ProSe-Direct-Allowed", 3704, UNSIGNED32, M, vendor=10415)
UPR_FLAGS: Final = AvpDef("UPR-Flags", 3705, UNSIGNED32, M, vendor=10415)
PNR_FLAGS: Final = AvpDef("PNR-Flags", 3706, UNSIGNED32, M, vendor=10415)
PROSE_INITIAL_LOCATION_INFORMATION: Final = AvpDef("ProSe-Initial-Location-Information", 3707, GROUPED, M, vendor=10415)
AUTHORIZED_DISCOVERY_RANGE: Final = AvpDef("Authorized-Discovery-Range", 3708, UNSIGNED32, 0, vendor=10415)
APP_LAYER_USER_ID: Final = AvpDef("App-Layer-User-Id", 3801, UTF8STRING, M, vendor=10415)
ASSISTANCE_INFO: Final = AvpDef("Assistance-Info", 3802, GROUPED, M, vendor=10415)
ASSISTANCE_INFO_VALIDITY_TIMER: Final = AvpDef("Assistance-Info-Validity-Timer", 3803, UNSIGNED32, M, vendor=10415)
DISCOVERY_TYPE: Final = AvpDef("Discovery-Type", 3804, UNSIGNED32, M, vendor=10415)
FILTER_ID: Final = AvpDef("Filter-Id", 3805, OCTET_STRING, M, vendor=10415)
MAC_ADDRESS: Final = AvpDef("MAC-Address", 3806, UTF8STRING, M, vendor=10415)
MATCH_REPORT: Final = AvpDef("Match-Report", 3807, GROUPED, M, vendor=10415)
OPERATING_CHANNEL: Final = AvpDef("Operating-Channel", 3808, UNSIGNED32, M, vendor=10415)
P2P_FEATURES: Final = AvpDef("P2P-Features", 3809, UNSIGNED32, M, vendor=10415)
PROSE_APP_CODE: Final = AvpDef("ProSe-App-Code", 3810, OCTET_STRING, M, vendor=10415)
PROSE_APP_ID: Final = AvpDef("ProSe-App-Id", 3811, UTF8STRING, M, vendor=10415)
PROSE_APP_MASK: Final = AvpDef("ProSe-App-Mask", 3812, OCTET_STRING, M, vendor=10415)
PROSE_DISCOVERY_FILTER: Final = AvpDef("ProSe-Discovery-Filter", 3813, GROUPED, M, vendor=10415)
PRR_FLAGS: Final = AvpDef("PRR-Flags", 3814, UNSIGNED32, M, vendor=10415)
PROSE_VALIDITY_TIMER: Final = AvpDef("ProSe-Validity-Timer", 3815, UNSIGNED32, M, vendor=10415)
REQUESTING_EPUID: Final = AvpDef("Requesting-EPUID", 3816, UTF8STRING, M, vendor=10415)
TARGETED_EPUID: Final = AvpDef("Targeted-EPUID", 3817, UTF8STRING, M, vendor=10415)
TIME_WINDOW_29_345: Final = AvpDef("Time-Window-29.345", 3818, UNSIGNED32, M, vendor=10415)
WIFI_P2P_ASSISTANCE_INFO: Final = AvpDef("WiFi-P2P-Assistance-Info", 3819, GROUPED, M, vendor=10415)
WLAN_ASSISTANCE_INFO: Final = AvpDef("WLAN-Assistance-Info", 3820, GROUPED, M, vendor=10415)
WLAN_LINK_LAYER_ID: Final = AvpDef("WLAN-Link-Layer-Id", 3821, GROUPED, M, vendor=10415)
WLAN_LINK_LAYER_ID_LIST: Final = AvpDef("WLAN-Link-Layer-Id-List", 3822, GROUPED, M, vendor=10415)
LOCATION_UPDATE_TRIGGER: Final = AvpDef("Location-Update-Trigger", 3823, GROUPED, M, vendor=10415)
LOCATION_UPDATE_EVENT_TYPE: Final = AvpDef("Location-Update-Event-Type", 3824, UNSIGNED32, M, vendor=10415)
CHANGE_OF_AREA_TYPE: Final = AvpDef("Change-Of-Area-Type", 3825, GROUPED, M, vendor=10415)
LOCATION_UPDATE_EVENT_TRIGGER: Final = AvpDef("Location-Update-Event-Trigger", 3826, UNSIGNED32, M, vendor=10415)
REPORT_CARDINALITY: Final = AvpDef("Report-Cardinality", 3827, ENUMERATED, M, vendor=10415)
MINIMUM_INTERVAL_TIME: Final = AvpDef("Minimum-Interval-Time", 3828, UNSIGNED32, M, vendor=10415)
PERIODIC_LOCATION_TYPE: Final = AvpDef("Periodic-Location-Type", 3829, GROUPED, M, vendor=10415)
LOCATION_REPORT_INTERVAL_TIME: Final = AvpDef("Location-Report-Interval-Time", 3830, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_REPORTS: Final = AvpDef("Total-Number-Of-Reports", 3831, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_ANNOUNCE: Final = AvpDef("Validity-Time-Announce", 3832, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_MONITOR: Final = AvpDef("Validity-Time-Monitor", 3833, UNSIGNED32, M, vendor=10415)
VALIDITY_TIME_COMMUNICATION: Final = AvpDef("Validity-Time-Communication", 3834, UNSIGNED32, M, vendor=10415)
PROSE_APP_CODE_INFO: Final = AvpDef("ProSe-App-Code-Info", 3835, GROUPED, M, vendor=10415)
MIC: Final = AvpDef("MIC", 3836, OCTET_STRING, M, vendor=10415)
UTC_BASED_COUNTER: Final = AvpDef("UTC-based-Counter", 3837, UNSIGNED32, M, vendor=10415)
PROSE_MATCH_REFRESH_TIMER: Final = AvpDef("ProSe-Match-Refresh-Timer", 3838, UNSIGNED32, M, vendor=10415)
PROSE_METADATA_INDEX_MASK: Final = AvpDef("ProSe-Metadata-Index-Mask", 3839, OCTET_STRING, 0, vendor=10415)
APP_IDENTIFIER: Final = AvpDef("App-Identifier", 3840, GROUPED, 0, vendor=10415)
OS_ID: Final = AvpDef("OS-ID", 3841, OCTET_STRING, 0, vendor=10415)
OS_APP_ID: Final = AvpDef("OS-App-ID", 3842, UTF8STRING, 0, vendor=10415)
REQUESTING_RPAUID: Final = AvpDef("Requesting-RPAUID", 3843, UTF8STRING, 0, vendor=10415)
TARGET_RPAUID: Final = AvpDef("Target-RPAUID", 3844, UTF8STRING, 0, vendor=10415)
TARGET_PDUID: Final = AvpDef("Target-PDUID", 3845, OCTET_STRING, 0, vendor=10415)
PROSE_RESTRICTED_CODE: Final = AvpDef("ProSe-Restricted-Code", 3846, OCTET_STRING, 0, vendor=10415)
PROSE_RESTRICTED_CODE_SUFFIX_RANGE: Final = AvpDef("ProSe-Restricted-Code-Suffix-Range", 3847, GROUPED, 0, vendor=10415)
BEGINNING_SUFFIX: Final = AvpDef("Beginning-Suffix", 3848, OCTET_STRING, 0, vendor=10415)
ENDING_SUFFIX: Final = AvpDef("Ending-Suffix", 3849, OCTET_STRING, 0, vendor=10415)
DISCOVERY_ENTRY_ID: Final = AvpDef("Discovery-Entry-ID", 3850, UNSIGNED32, 0, vendor=10415)
MATCH_TIMESTAMP: Final = AvpDef("Match-Timestamp", 3851, TIME, 0, vendor=10415)
PMR_FLAGS: Final = AvpDef("PMR-Flags", 3852, UNSIGNED32, M, vendor=10415)
PROSE_APPLICATION_METADATA: Final = AvpDef("ProSe-Application-Metadata", 3853, UTF8STRING, M, vendor=10415)
DISCOVERY_AUTH_REQUEST: Final = AvpDef("Discovery-Auth-Request", 3854, GROUPED, M, vendor=10415)
DISCOVERY_AUTH_RESPONSE: Final = AvpDef("Discovery-Auth-Response", 3855, GROUPED, M, vendor=10415)
MATCH_REQUEST: Final = AvpDef("Match-Request", 3856, GROUPED, M, vendor=10415)
MATCH_REPORT_INFO: Final = AvpDef("Match-Report-Info", 3857, GROUPED, M, vendor=10415)
BANNED_RPAUID: Final = AvpDef("Banned-RPAUID", 3858, UTF8STRING, 0, vendor=10415)
BANNED_PDUID: Final = AvpDef("Banned-PDUID", 3859, OCTET_STRING, 0, vendor=10415)
CODE_RECEIVING_SECURITY_MATERIAL: Final = AvpDef("Code-Receiving-Security-Material", 3860, GROUPED, 0, vendor=10415)
CODE_SENDING_SECURITY_MATERIAL: Final = AvpDef("Code-Sending-Security-Material", 3861, GROUPED, 0, vendor=10415)
DUSK: Final = AvpDef("DUSK", 3862, OCTET_STRING, 0, vendor=10415)
DUIK: Final = AvpDef("DUIK", 3863, OCTET_STRING, 0, vendor=10415)
DUCK: Final = AvpDef("DUCK", 3864, OCTET_STRING, 0, vendor=10415)
MIC_CHECK_INDICATOR: Final = AvpDef("MIC-Check-Indicator", 3865, UNSIGNED32, 0, vendor=10415)
ENCRYPTED_BITMASK: Final = AvpDef("Encrypted-Bitmask", 3866, OCTET_STRING, 0, vendor=10415)
PROSE_APP_CODE_SUFFIX_RANGE: Final = AvpDef("ProSe-App-Code-Suffix-Range", 3867, GROUPED, 0, vendor=10415)
PC5_TECH: Final = AvpDef("PC5-tech", 3868, OCTET_STRING, 0, vendor=10415)
DEVICE_ACTION: Final = AvpDef("Device-Action", 3001, GROUPED, M, vendor=10415)
DEVICE_NOTIFICATION: Final = AvpDef("Device-Notification", 3002, GROUPED, M, vendor=10415)
TRIGGER_DATA: Final = AvpDef("Trigger-Data", 3003, GROUPED, M, vendor=10415)
PAYLOAD: Final = AvpDef("Payload", 3004, OCTET_STRING, M, vendor=10415)
ACTION_TYPE: Final = AvpDef("Action-Type", 3005, ENUMERATED, M, vendor=10415)
PRIORITY_INDICATION: Final = AvpDef("Priority-Indication", 3006, ENUMERATED, M, vendor=10415)
REFERENCE_NUMBER: Final = AvpDef("Reference-Number", 3007, UNSIGNED32, M, vendor=10415)
REQUEST_STATUS: Final = AvpDef("Request-Status", 3008, ENUMERATED, M, vendor=10415)
DELIVERY_OUTCOME: Final = AvpDef("Delivery-Outcome", 3009, ENUMERATED, M, vendor=10415)
APPLICATION_PORT_IDENTIFIER: Final = AvpDef("Application-Port-Identifier", 3010, UNSIGNED32, M, vendor=10415)
OLD_REFERENCE_NUMBER: Final = AvpDef("Old-Reference-Number", 3011, UNSIGNED32, 0, vendor=10415)
FEATURE_SUPPORTED_IN_FINAL_TARGET: Final = AvpDef("Feature-Supported-In-Final-Target", 3012, UNSIGNED32, 0, vendor=10415)
V2X_PC5_ALLOWED_PLMN: Final = AvpDef("V2X-PC5-Allowed-PLMN", 4600, GROUPED, M, vendor=10415)
V2X_UPDATE_FLAGS: Final = AvpDef("V2X-Update-Flags", 4601, UNSIGNED32, M, vendor=10415)
V2X_NOTIFY_FLAGS: Final = AvpDef("V2X-Notify-Flags", 4602, UNSIGNED32, M, vendor=10415)
V2X_AUTHORIZATION_DATA: Final = AvpDef("V2X-Authorization-Data", 4700, GROUPED, M, vendor=10415)
V2X_PERMISSION_IN_VPLMN: Final = AvpDef("V2X-Permission-in-VPLMN", 4701, UNSIGNED32, M, vendor=10415)
V2X_APPLICATION_SERVER: Final = AvpDef("V2X-Application-Server", 4702, GROUPED, M, vendor=10415)
BMSC_ADDRESS: Final = AvpDef("BMSC-Address", 3500, ADDRESS, M, vendor=10415)
BMSC_PORT: Final = AvpDef("BMSC-Port", 3501, UNSIGNED32, M, vendor=10415)
MBMS_BEARER_EVENT: Final = AvpDef("MBMS-Bearer-Event", 3502, UNSIGNED32, M, vendor=10415)
MBMS_BEARER_EVENT_NOTIFICATION: Final = AvpDef("MBMS-Bearer-Event-Notification", 3503, GROUPED, M, vendor=10415)
MBMS_BEARER_REQUEST: Final = AvpDef("MBMS-Bearer-Request", 3504, GROUPED, M, vendor=10415)
MBMS_BEARER_RESPONSE: Final = AvpDef("MBMS-Bearer-Response", 3505, GROUPED, M, vendor=10415)
MBMS_BEARER_RESULT: Final = AvpDef("MBMS-Bearer-Result", 3506, UNSIGNED32, M, vendor=10415)
MBMS_START_TIME: Final = AvpDef("MBMS-Start-Time", 3507, TIME, M, vendor=10415)
RADIO_FREQUENCY_29_468: Final = AvpDef("Radio-Frequency-29.468", 3508, UNSIGNED32, M, vendor=10415)
TMGI_ALLOCATION_REQUEST: Final = AvpDef("TMGI-Allocation-Request", 3509, GROUPED, M, vendor=10415)
TMGI_ALLOCATION_RESPONSE: Final = AvpDef("TMGI-Allocation-Response", 3510, GROUPED, M, vendor=10415)
TMGI_ALLOCATION_RESULT: Final = AvpDef("TMGI-Allocation-Result", 3511, UNSIGNED32, M, vendor=10415)
TMGI_DEALLOCATION_REQUEST: Final = AvpDef("TMGI-Deallocation-Request", 3512, GROUPED, M, vendor=10415)
TMGI_DEALLOCATION_RESPONSE: Final = AvpDef("TMGI-Deallocation-Response", 3513, GROUPED, M, vendor=10415)
TMGI_DEALLOCATION_RESULT: Final = AvpDef("TMGI-Deallocation-Result", 3514, UNSIGNED32, M, vendor=10415)
TMGI_EXPIRY: Final = AvpDef("TMGI-Expiry", 3515, GROUPED, M, vendor=10415)
TMGI_NUMBER: Final = AvpDef("TMGI-Number", 3516, UNSIGNED32, M, vendor=10415)
MB2U_SECURITY: Final = AvpDef("MB2U-Security", 3517, UNSIGNED32, M, vendor=10415)
LOCAL_M1_INFORMATION: Final = AvpDef("Local-M1-Information", 3518, GROUPED, 0, vendor=10415)
LOCAL_MB2_U_INFORMATION: Final = AvpDef("Local-MB2-U-Information", 3519, GROUPED, 0, vendor=10415)
MBMS_ENB_IP_MULTICAST_ADDRESS: Final = AvpDef("MBMS-eNB-IP-Multicast-Address", 3520, ADDRESS, 0, vendor=10415)
MBMS_ENB_IPV6_MULTICAST_ADDRESS: Final = AvpDef("MBMS-eNB-IPv6-Multicast-Address", 3521, ADDRESS, 0, vendor=10415)
MBMS_GW_SSM_IP_ADDRESS_29_468: Final = AvpDef("MBMS-GW-SSM-IP-Address-29.468", 3522, ADDRESS, 0, vendor=10415)
MBMS_GW_SSM_IPV6_ADDRESS_29_468: Final = AvpDef("MBMS-GW-SSM-IPv6-Address-29.468", 3523, ADDRESS, 0, vendor=10415)
COMMON_TUNNEL_ENDPOINT_IDENTIFIER: Final = AvpDef("Common-Tunnel-Endpoint-Identifier", 3524, OCTET_STRING, 0, vendor=10415)
FEC_REQUEST: Final = AvpDef("FEC-Request", 3525, OCTET_STRING, 0, vendor=10415)
ROHC_REQUEST: Final = AvpDef("ROHC-Request", 3526, GROUPED, 0, vendor=10415)
ROHC_FULL_HEADER_PERIODICITY: Final = AvpDef("ROHC-Full-Header-Periodicity", 3527, FLOAT32, 0, vendor=10415)
ROHC_PROFILE: Final = AvpDef("ROHC-Profile", 3528, UNSIGNED32, 0, vendor=10415)
USERPLANE_PROTOCOL_RESULT: Final = AvpDef("Userplane-Protocol-Result", 3529, GROUPED, 0, vendor=10415)
ROHC_RESULT: Final = AvpDef("ROHC-Result", 3530, UNSIGNED32, 0, vendor=10415)
FEC_RESULT: Final = AvpDef("FEC-Result", 3531, UNSIGNED32, 0, vendor=10415)
ROHC_MAX_CID: Final = AvpDef("ROHC-Max-CID", 3532, UNSIGNED32, 0, vendor=10415)
MBMS_BEARER_EVENT_DIAGNOSTIC_INFO: Final = AvpDef("MBMS-Bearer-Event-Diagnostic-Info", 3533, ENUMERATED, 0, vendor=10415)
TGPP_NOTIFICATION: Final = AvpDef("3GPP-Notification", 110, OCTET_STRING, 0, vendor=10415)
TGPP_UE_MAC_ADDRESS: Final = AvpDef("3GPP-UE-MAC-Address", 111, OCTET_STRING, 0, vendor=10415)
TGPP_AUTHORIZATION_REFERENCE: Final = AvpDef("3GPP-Authorization-Reference", 112, OCTET_STRING, 0, vendor=10415)
TGPP_POLICY_REFERENCE: Final = AvpDef("3GPP-Policy-Reference", 113, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_AMBR: Final = AvpDef("3GPP-Session-AMBR", 114, OCTET_STRING, 0, vendor=10415)
TGPP_NAI: Final = AvpDef("3GPP-NAI", 115, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_AMBR_V2: Final = AvpDef("3GPP-Session-AMBR-v2", 116, OCTET_STRING, 0, vendor=10415)
TGPP_IP_ADDRESS_POOL_ID: Final = AvpDef("3GPP-IP-Address-Pool-Id", 118, OCTET_STRING, 0, vendor=10415)
TGPP_VLAN_ID: Final = AvpDef("3GPP-VLAN-Id", 119, OCTET_STRING, 0, vendor=10415)
TGPP_TNAP_IDENTIFIER: Final = AvpDef("3GPP-TNAP-Identifier", 120, OCTET_STRING, 0, vendor=10415)
TGPP_HFC_NODEID: Final = AvpDef("3GPP-HFC-NodeId", 121, OCTET_STRING, 0, vendor=10415)
TGPP_GLI: Final = AvpDef("3GPP-GLI", 122, OCTET_STRING, 0, vendor=10415)
TGPP_LINE_TYPE: Final = AvpDef("3GPP-Line-Type", 123, OCTET_STRING, 0, vendor=10415)
TGPP_NID: Final = AvpDef("3GPP-NID", 124, OCTET_STRING, 0, vendor=10415)
TGPP_SESSION_S_NSSAI: Final = AvpDef("3GPP-Session-S-NSSAI", 125, OCTET_STRING, 0, vendor=10415)
TGPP_CHF_FQDN: Final = AvpDef("3GPP-CHF-FQDN", 126, UTF8STRING, 0, vendor=10415)
TGPP_S_NSSAI: Final = AvpDef("3GPP-S-NSSAI", 200, UTF8STRING, 0, vendor=10415)
TGPP_OC_RATING_GROUP: Final = AvpDef("3GPP-OC-Rating-Group", 1321, UNSIGNED32, 0, vendor=10415)
TGPP_OC_REQUEST_TYPE: Final = AvpDef("3GPP-OC-Request-Type", 1322, ENUMERATED, 0, vendor=10415)
TGPP_OC_SPECIFIC_REDUCTION: Final = AvpDef("3GPP-OC-Specific-Reduction", 1320, GROUPED, 0, vendor=10415)
TGPP_PS_DATA_OFF_STATUS_32_299: Final = AvpDef("3GPP-PS-Data-Off-Status-32.299", 4406, ENUMERATED, M, vendor=10415)
ACCESS_NETWORK_INFO_CHANGE: Final = AvpDef("Access-Network-Info-Change", 4401, GROUPED, M, vendor=10415)
ACCESS_NETWORK_INFORMATION: Final = AvpDef("Access-Network-Information", 1263, OCTET_STRING, M, vendor=10415)
ACCESS_TRANSFER_INFORMATION: Final = AvpDef("Access-Transfer-Information", 2709, GROUPED, M, vendor=10415)
ACCESS_TRANSFER_TYPE: Final = AvpDef("Access-Transfer-Type", 2710, ENUMERATED, M, vendor=10415)
ACCOUNT_EXPIRATION: Final = AvpDef("Account-Expiration", 2309, TIME, M, vendor=10415)
ACCUMULATED_COST: Final = AvpDef("Accumulated-Cost", 2052, GROUPED, M, vendor=10415)
ADAPTATIONS: Final = AvpDef("Adaptations", 1217, ENUMERATED, M, vendor=10415)
ADDITIONAL_CONTENT_INFORMATION: Final = AvpDef("Additional-Content-Information", 1207, GROUPED, M, vendor=10415)
ADDITIONAL_EXCEPTION_REPORTS: Final = AvpDef("Additional-Exception-Reports", 3936, ENUMERATED, M, vendor=10415)
ADDITIONAL_TYPE_INFORMATION: Final = AvpDef("Additional-Type-Information", 1205, UTF8STRING, M, vendor=10415)
ADDRESS_DATA: Final = AvpDef("Address-Data", 897, UTF8STRING, M, vendor=10415)
ADDRESS_DOMAIN: Final = AvpDef("Address-Domain", 898, GROUPED, M, vendor=10415)
ADDRESSEE_TYPE: Final = AvpDef("Addressee-Type", 1208, ENUMERATED, M, vendor=10415)
ADDRESS_TYPE: Final = AvpDef("Address-Type", 899, ENUMERATED, M, vendor=10415)
AF_CORRELATION_INFORMATION: Final = AvpDef("AF-Correlation-Information", 1276, GROUPED, M, vendor=10415)
ALTERNATE_CHARGED_PARTY_ADDRESS: Final = AvpDef("Alternate-Charged-Party-Address", 1280, UTF8STRING, M, vendor=10415)
ANNOUNCEMENT_IDENTIFIER: Final = AvpDef("Announcement-Identifier", 3905, UNSIGNED32, M, vendor=10415)
ANNOUNCEMENT_INFORMATION: Final = AvpDef("Announcement-Information", 3904, GROUPED, M, vendor=10415)
ANNOUNCEMENT_ORDER: Final = AvpDef("Announcement-Order", 3906, UNSIGNED32, M, vendor=10415)
ANNOUNCING_PLMN_ID: Final = AvpDef("Announcing-PLMN-ID", 4408, UTF8STRING, M, vendor=10415)
ANNOUNCING_UE_HPLMN_IDENTIFIER: Final = AvpDef("Announcing-UE-HPLMN-Identifier", 3426, UTF8STRING, M, vendor=10415)
ANNOUNCING_UE_VPLMN_IDENTIFIER: Final = AvpDef("Announcing-UE-VPLMN-Identifier", 3427, UTF8STRING, M, vendor=10415)
AOC_COST_INFORMATION: Final = AvpDef("AoC-Cost-Information", 2053, GROUPED, M, vendor=10415)
AOC_FORMAT: Final = AvpDef("AoC-Format", 2310, ENUMERATED, M, vendor=10415)
AOC_INFORMATION: Final = AvpDef("AoC-Information", 2054, GROUPED, M, vendor=10415)
AOC_REQUEST_TYPE: Final = AvpDef("AoC-Request-Type", 2055, ENUMERATED, M, vendor=10415)
AOC_SERVICE: Final = AvpDef("AoC-Service", 2311, GROUPED, M, vendor=10415)
AOC_SERVICE_OBLIGATORY_TYPE: Final = AvpDef("AoC-Service-Obligatory-Type", 2312, ENUMERATED, M, vendor=10415)
AOC_SERVICE_TYPE: Final = AvpDef("AoC-Service-Type", 2313, ENUMERATED, M, vendor=10415)
AOC_SUBSCRIPTION_INFORMATION: Final = AvpDef("AoC-Subscription-Information", 2314, GROUPED, M, vendor=10415)
API_CONTENT: Final = AvpDef("API-Content", 1309, UTF8STRING, 0, vendor=10415)
API_DIRECTION: Final = AvpDef("API-Direction", 1310, ENUMERATED, 0, vendor=10415)
API_IDENTIFIER: Final = AvpDef("API-Identifier", 1311, OCTET_STRING, 0, vendor=10415)
API_INVOCATION_TIMESTAMP: Final = AvpDef("API-Invocation-Timestamp", 1312, TIME, 0, vendor=10415)
API_NETWORK_SERVICE_NODE: Final = AvpDef("API-Network-Service-Node", 1315, ENUMERATED, 0, vendor=10415)
API_RESULT_CODE: Final = AvpDef("API-Result-Code", 1313, UNSIGNED32, 0, vendor=10415)
API_SIZE: Final = AvpDef("API-Size", 1314, UNSIGNED64, 0, vendor=10415)
APN_RATE_CONTROL: Final = AvpDef("APN-Rate-Control", 3933, GROUPED, M, vendor=10415)
APN_RATE_CONTROL_DOWNLINK: Final = AvpDef("APN-Rate-Control-Downlink", 3934, GROUPED, M, vendor=10415)
APN_RATE_CONTROL_UPLINK: Final = AvpDef("APN-Rate-Control-Uplink", 3935, GROUPED, M, vendor=10415)
APPLICATION_PROVIDED_CALLED_PARTY_ADDRESS: Final = AvpDef("Application-Provided-Called-Party-Address", 837, UTF8STRING, M, vendor=10415)
APPLICATION_SERVER: Final = AvpDef("Application-Server", 836, UTF8STRING, M, vendor=10415)
APPLICATION_SERVER_INFORMATION: Final = AvpDef("Application-Server-Information", 850, GROUPED, M, vendor=10415)
APPLICATION_SPECIFIC_DATA: Final = AvpDef("Application-Specific-Data", 3458, OCTET_STRING, M, vendor=10415)
APPLIC_ID: Final = AvpDef("Applic-ID", 1218, UTF8STRING, M, vendor=10415)
ASSOCIATED_PARTY_ADDRESS: Final = AvpDef("Associated-Party-Address", 2035, UTF8STRING, M, vendor=10415)
ASSOCIATED_URI: Final = AvpDef("Associated-URI", 856, UTF8STRING, M, vendor=10415)
AUTHORISED_QOS: Final = AvpDef("Authorised-QoS", 849, UTF8STRING, M, vendor=10415)
AUX_APPLIC_INFO: Final = AvpDef("Aux-Applic-Info", 1219, UTF8STRING, M, vendor=10415)
BASE_TIME_INTERVAL: Final = AvpDef("Base-Time-Interval", 1265, UNSIGNED32, M, vendor=10415)
BASIC_SERVICE_CODE: Final = AvpDef("Basic-Service-Code", 3411, GROUPED, M, vendor=10415)
BEARER_CAPABILITY: Final = AvpDef("Bearer-Capability", 3412, OCTET_STRING, M, vendor=10415)
BEARER_SERVICE: Final = AvpDef("Bearer-Service", 854, OCTET_STRING, M, vendor=10415)
BSSID: Final = AvpDef("BSSID", 2716, UTF8STRING, M, vendor=10415)
CALLED_ASSERTED_IDENTITY: Final = AvpDef("Called-Asserted-Identity", 1250, UTF8STRING, M, vendor=10415)
CALLED_IDENTITY: Final = AvpDef("Called-Identity", 3916, UTF8STRING, M, vendor=10415)
CALLED_IDENTITY_CHANGE: Final = AvpDef("Called-Identity-Change", 3917, GROUPED, M, vendor=10415)
CALLED_PARTY_ADDRESS: Final = AvpDef("Called-Party-Address", 832, UTF8STRING, M, vendor=10415)
CALLING_PARTY_ADDRESS: Final = AvpDef("Calling-Party-Address", 831, UTF8STRING, M, vendor=10415)
CARRIER_SELECT_ROUTING_INFORMATION: Final = AvpDef("Carrier-Select-Routing-Information", 2023, UTF8STRING, M, vendor=10415)
CAUSE_CODE: Final = AvpDef("Cause-Code", 861, INTEGER32, M, vendor=10415)
CELLULAR_NETWORK_INFORMATION: Final = AvpDef("Cellular-Network-Information", 3924, OCTET_STRING, M, vendor=10415)
CG_ADDRESS: Final = AvpDef("CG-Address", 846, ADDRESS, M, vendor=10415)
CHANGE_CONDITION: Final = AvpDef("Change-Condition", 2037, INTEGER32, M, vendor=10415)
CHANGE_TIME: Final = AvpDef("Change-Time", 2038, TIME, M, vendor=10415)
CHARGED_PARTY: Final = AvpDef("Charged-Party", 857, UTF8STRING, M, vendor=10415)
CHARGE_REASON_CODE: Final = AvpDef("Charge-Reason-Code", 2118, ENUMERATED, M, vendor=10415)
CHARGING_CHARACTERISTICS_SELECTION_MODE: Final = AvpDef("Charging-Characteristics-Selection-Mode", 2066, ENUMERATED, M, vendor=10415)
CHARGING_PER_IP_CAN_SESSION_INDICATOR: Final = AvpDef("Charging-Per-IP-CAN-Session-Indicator", 4400, ENUMERATED, M, vendor=10415)
CIVIC_ADDRESS_INFORMATION: Final = AvpDef("Civic-Address-Information", 1305, UTF8STRING, 0, vendor=10415)
CLASS_IDENTIFIER: Final = AvpDef("Class-Identifier", 1214, ENUMERATED, M, vendor=10415)
CLIENT_ADDRESS: Final = AvpDef("Client-Address", 2018, ADDRESS, M, vendor=10415)
CN_OPERATOR_SELECTION_ENTITY: Final = AvpDef("CN-Operator-Selection-Entity", 3421, ENUMERATED, M, vendor=10415)
CONTENT_CLASS: Final = AvpDef("Content-Class", 1220, ENUMERATED, M, vendor=10415)
CONTENT_DISPOSITION: Final = AvpDef("Content-Disposition", 828, UTF8STRING, M, vendor=10415)
CONTENT_LENGTH: Final = AvpDef("Content-Length", 827, UNSIGNED32, M, vendor=10415)
CONTENT_SIZE: Final = AvpDef("Content-Size", 1206, UNSIGNED32, M, vendor=10415)
CONTENT_TYPE: Final = AvpDef("Content-Type", 826, UTF8STRING, M, vendor=10415)
COVERAGE_INFO: Final = AvpDef("Coverage-Info", 3459, GROUPED, M, vendor=10415)
COVERAGE_STATUS: Final = AvpDef("Coverage-Status", 3428, ENUMERATED, M, vendor=10415)
CP_CIOT_EPS_OPTIMISATION_INDICATOR: Final = AvpDef("CP-CIoT-EPS-Optimisation-Indicator", 3930, ENUMERATED, M, vendor=10415)
CPDT_INFORMATION: Final = AvpDef("CPDT-Information", 3927, GROUPED, M, vendor=10415)
CSG_ACCESS_MODE: Final = AvpDef("CSG-Access-Mode", 2317, ENUMERATED, M, vendor=10415)
CSG_MEMBERSHIP_INDICATION: Final = AvpDef("CSG-Membership-Indication", 2318, ENUMERATED, M, vendor=10415)
CUG_INFORMATION: Final = AvpDef("CUG-Information", 2304, OCTET_STRING, M, vendor=10415)
CURRENT_TARIFF: Final = AvpDef("Current-Tariff", 2056, GROUPED, M, vendor=10415)
DATA_CODING_SCHEME: Final = AvpDef("Data-Coding-Scheme", 2001, INTEGER32, M, vendor=10415)
DEFERRED_LOCATION_EVENT_TYPE: Final = AvpDef("Deferred-Location-Event-Type", 1230, UTF8STRING, M, vendor=10415)
DELIVERY_REPORT_REQUESTED: Final = AvpDef("Delivery-Report-Requested", 1216, ENUMERATED, M, vendor=10415)
DESTINATION_INTERFACE: Final = AvpDef("Destination-Interface", 2002, GROUPED, M, vendor=10415)
DIAGNOSTICS: Final = AvpDef("Diagnostics", 2039, INTEGER32, M, vendor=10415)
DISCOVEREE_UE_HPLMN_IDENTIFIER: Final = AvpDef("Discoveree-UE-HPLMN-Identifier", 4402, UTF8STRING, M, vendor=10415)
DISCOVEREE_UE_VPLMN_IDENTIFIER: Final = AvpDef("Discoveree-UE-VPLMN-Identifier", 4403, UTF8STRING, M, vendor=10415)
DISCOVERER_UE_HPLMN_IDENTIFIER: Final = AvpDef("Discoverer-UE-HPLMN-Identifier", 4404, UTF8STRING, M, vendor=10415)
DISCOVERER_UE_VPLMN_IDENTIFIER: Final = AvpDef("Discoverer-UE-VPLMN-Identifier", 4405, UTF8STRING, M, vendor=10415)
DOMAIN_NAME: Final = AvpDef("Domain-Name", 1200, UTF8STRING, M, vendor=10415)
DRM_CONTENT: Final = AvpDef("DRM-Content", 1221, ENUMERATED, M, vendor=10415)
DYNAMIC_ADDRESS_FLAG: Final = AvpDef("Dynamic-Address-Flag", 2051, ENUMERATED, M, vendor=10415)
DYNAMIC_ADDRESS_FLAG_EXTENSION: Final = AvpDef("Dynamic-Address-Flag-Extension", 2068, ENUMERATED, M, vendor=10415)
EARLY_MEDIA_DESCRIPTION: Final = AvpDef("Early-Media-Description", 1272, GROUPED, M, vendor=10415)
ENHANCED_DIAGNOSTICS: Final = AvpDef("Enhanced-Diagnostics", 3901, GROUPED, M, vendor=10415)
ENVELOPE: Final = AvpDef("Envelope", 1266, GROUPED, M, vendor=10415)
ENVELOPE_END_TIME: Final = AvpDef("Envelope-End-Time", 1267, TIME, M, vendor=10415)
ENVELOPE_REPORTING: Final = AvpDef("Envelope-Reporting", 1268, ENUMERATED, M, vendor=10415)
ENVELOPE_START_TIME: Final = AvpDef("Envelope-Start-Time", 1269, TIME, M, vendor=10415)
EPDG_ADDRESS: Final = AvpDef("EPDG-Address", 3425, ADDRESS, M, vendor=10415)
EVENT: Final = AvpDef("Event", 825, UTF8STRING, M, vendor=10415)
EVENT_CHARGING_TIMESTAMP: Final = AvpDef("Event-Charging-TimeStamp", 1258, TIME, M, vendor=10415)
EVENT_TYPE: Final = AvpDef("Event-Type", 823, GROUPED, M, vendor=10415)
EXPIRES: Final = AvpDef("Expires", 888, UNSIGNED32, M, vendor=10415)
EXPOSURE_FUNCTION_API_INFORMATION: Final = AvpDef("Exposure-Function-API-Information", 1316, GROUPED, 0, vendor=10415)
FE_IDENTIFIER_LIST: Final = AvpDef("FE-Identifier-List", 4413, UTF8STRING, M, vendor=10415)
FILE_REPAIR_SUPPORTED: Final = AvpDef("File-Repair-Supported", 1224, ENUMERATED, M, vendor=10415)
FORWARDING_PENDING: Final = AvpDef("Forwarding-Pending", 3415, ENUMERATED, M, vendor=10415)
FROM_ADDRESS: Final = AvpDef("From-Address", 2708, UTF8STRING, M, vendor=10415)
GGSN_ADDRESS: Final = AvpDef("GGSN-Address", 847, ADDRESS, M, vendor=10415)
IMS_APPLICATION_REFERENCE_IDENTIFIER: Final = AvpDef("IMS-Application-Reference-Identifier", 2601, UTF8STRING, M, vendor=10415)
IMS_CHARGING_IDENTIFIER: Final = AvpDef("IMS-Charging-Identifier", 841, UTF8STRING, M, vendor=10415)
IMS_COMMUNICATION_SERVICE_IDENTIFIER: Final = AvpDef("IMS-Communication-Service-Identifier", 1281, UTF8STRING, M, vendor=10415)
IMS_EMERGENCY_INDICATOR: Final = AvpDef("IMS-Emergency-Indicator", 2322, ENUMERATED, M, vendor=10415)
IMS_INFORMATION: Final = AvpDef("IMS-Information", 876, GROUPED, M, vendor=10415)
IMSI_UNAUTHENTICATED_FLAG: Final = AvpDef("IMSI-Unauthenticated-Flag", 2308, ENUMERATED, M, vendor=10415)
IMS_VISITED_NETWORK_IDENTIFIER: Final = AvpDef("IMS-Visited-Network-Identifier", 2713, UTF8STRING, M, vendor=10415)
INCOMING_TRUNK_GROUP_ID: Final = AvpDef("Incoming-Trunk-Group-ID", 852, UTF8STRING, M, vendor=10415)
INCREMENTAL_COST: Final = AvpDef("Incremental-Cost", 2062, GROUPED, M, vendor=10415)
INITIAL_IMS_CHARGING_IDENTIFIER: Final = AvpDef("Initial-IMS-Charging-Identifier", 2321, UTF8STRING, M, vendor=10415)
INSTANCE_ID: Final = AvpDef("Instance-Id", 3402, UTF8STRING, M, vendor=10415)
INTERFACE_ID: Final = AvpDef("Interface-Id", 2003, UTF8STRING, M, vendor=10415)
INTERFACE_PORT: Final = AvpDef("Interface-Port", 2004, UTF8STRING, M, vendor=10415)
INTERFACE_TEXT: Final = AvpDef("Interface-Text", 2005, UTF8STRING, M, vendor=10415)
INTERFACE_TYPE: Final = AvpDef("Interface-Type", 2006, ENUMERATED, M, vendor=10415)
INTER_OPERATOR_IDENTIFIER: Final = AvpDef("Inter-Operator-Identifier", 838, GROUPED, M, vendor=10415)
INTER_UE_TRANSFER: Final = AvpDef("Inter-UE-Transfer", 3902, ENUMERATED, M, vendor=10415)
IP_REALM_DEFAULT_INDICATION: Final = AvpDef("IP-Realm-Default-Indication", 2603, ENUMERATED, M, vendor=10415)
ISUP_CAUSE: Final = AvpDef("ISUP-Cause", 3416, GROUPED, M, vendor=10415)
ISUP_CAUSE_DIAGNOSTICS: Final = AvpDef("ISUP-Cause-Diagnostics", 3422, OCTET_STRING, M, vendor=10415)
ISUP_CAUSE_LOCATION: Final = AvpDef("ISUP-Cause-Location", 3423, UNSIGNED32, M, vendor=10415)
ISUP_CAUSE_VALUE: Final = AvpDef("ISUP-Cause-Value", 3424, UNSIGNED32, M, vendor=10415)
ISUP_LOCATION_NUMBER: Final = AvpDef("ISUP-Location-Number", 3414, OCTET_STRING, M, vendor=10415)
LANGUAGE: Final = AvpDef("Language", 3914, UTF8STRING, M, vendor=10415)
LAYER_2_GROUP_ID: Final = AvpDef("Layer-2-Group-ID", 3429, OCTET_STRING, M, vendor=10415)
LCS_APN: Final = AvpDef("LCS-APN", 1231, UTF8STRING, M, vendor=10415)
LCS_CLIENT_DIALED_BY_MS: Final = AvpDef("LCS-Client-Dialed-By-MS", 1233, UTF8STRING, M, vendor=10415)
LCS_CLIENT_EXTERNAL_ID: Final = AvpDef("LCS-Client-External-ID", 1234, UTF8STRING, M, vendor=10415)
LCS_CLIENT_ID: Final = AvpDef("LCS-Client-ID", 1232, GROUPED, M, vendor=10415)
LCS_CLIENT_NAME: Final = AvpDef("LCS-Client-Name", 1235, GROUPED, M, vendor=10415)
LCS_CLIENT_TYPE: Final = AvpDef("LCS-Client-Type", 1241, ENUMERATED, M, vendor=10415)
LCS_DATA_CODING_SCHEME: Final = AvpDef("LCS-Data-Coding-Scheme", 1236, UTF8STRING, M, vendor=10415)
LCS_FORMAT_INDICATOR: Final = AvpDef("LCS-Format-Indicator", 1237, ENUMERATED, M, vendor=10415)
LCS_INFORMATION: Final = AvpDef("LCS-Information", 878, GROUPED, M, vendor=10415)
LCS_NAME_STRING: Final = AvpDef("LCS-Name-String", 1238, UTF8STRING, M, vendor=10415)
LCS_REQUESTOR_ID: Final = AvpDef("LCS-Requestor-ID", 1239, GROUPED, M, vendor=10415)
LCS_REQUESTOR_ID_STRING: Final = AvpDef("LCS-Requestor-ID-String", 1240, UTF8STRING, M, vendor=10415)
LOCAL_GW_INSERTED_INDICATION: Final = AvpDef("Local-GW-Inserted-Indication", 2604, ENUMERATED, M, vendor=10415)
LOCAL_SEQUENCE_NUMBER: Final = AvpDef("Local-Sequence-Number", 2063, UNSIGNED32, M, vendor=10415)
LOCATION_ESTIMATE: Final = AvpDef("Location-Estimate", 1242, OCTET_STRING, M, vendor=10415)
LOCATION_ESTIMATE_TYPE: Final = AvpDef("Location-Estimate-Type", 1243, ENUMERATED, M, vendor=10415)
LOCATION_INFO: Final = AvpDef("Location-Info", 3460, GROUPED, M, vendor=10415)
LOCATION_TYPE: Final = AvpDef("Location-Type", 1244, GROUPED, M, vendor=10415)
LOW_BALANCE_INDICATION: Final = AvpDef("Low-Balance-Indication", 2020, ENUMERATED, M, vendor=10415)
LOW_PRIORITY_INDICATOR: Final = AvpDef("Low-Priority-Indicator", 2602, ENUMERATED, M, vendor=10415)
MBMS_CHARGED_PARTY: Final = AvpDef("MBMS-Charged-Party", 2323, ENUMERATED, M, vendor=10415)
MBMS_GW_ADDRESS: Final = AvpDef("MBMS-GW-Address", 2307, ADDRESS, M, vendor=10415)
MBMS_INFORMATION: Final = AvpDef("MBMS-Information", 880, GROUPED, M, vendor=10415)
MBMS_USER_SERVICE_TYPE: Final = AvpDef("MBMS-User-Service-Type", 1225, ENUMERATED, M, vendor=10415)
MEDIA_INITIATOR_FLAG: Final = AvpDef("Media-Initiator-Flag", 882, ENUMERATED, M, vendor=10415)
MEDIA_INITIATOR_PARTY: Final = AvpDef("Media-Initiator-Party", 1288, UTF8STRING, M, vendor=10415)
MESSAGE_BODY: Final = AvpDef("Message-Body", 889, GROUPED, M, vendor=10415)
MESSAGE_CLASS: Final = AvpDef("Message-Class", 1213, GROUPED, M, vendor=10415)
MESSAGE_ID: Final = AvpDef("Message-ID", 1210, UTF8STRING, M, vendor=10415)
MESSAGE_SIZE: Final = AvpDef("Message-Size", 1212, UNSIGNED32, M, vendor=10415)
MESSAGE_TYPE: Final = AvpDef("Message-Type", 1211, ENUMERATED, M, vendor=10415)
MMBOX_STORAGE_REQUESTED: Final = AvpDef("MMBox-Storage-Requested", 1248, ENUMERATED, M, vendor=10415)
MM_CONTENT_TYPE: Final = AvpDef("MM-Content-Type", 1203, GROUPED, M, vendor=10415)
MMS_INFORMATION: Final = AvpDef("MMS-Information", 877, GROUPED, M, vendor=10415)
MMTEL_INFORMATION: Final = AvpDef("MMTel-Information", 2030, GROUPED, M, vendor=10415)
MMTEL_SSERVICE_TYPE: Final = AvpDef("MMTel-SService-Type", 2031, UNSIGNED32, M, vendor=10415)
MONITORED_PLMN_IDENTIFIER: Final = AvpDef("Monitored-PLMN-Identifier", 3430, UTF8STRING, M, vendor=10415)
MONITORING_EVENT_CONFIGURATION_ACTIVITY: Final = AvpDef("Monitoring-Event-Configuration-Activity", 3919, INTEGER32, M, vendor=10415)
MONITORING_EVENT_FUNCTIONALITY: Final = AvpDef("Monitoring-Event-Functionality", 3922, INTEGER32, M, vendor=10415)
MONITORING_EVENT_INFORMATION: Final = AvpDef("Monitoring-Event-Information", 3921, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT_DATA: Final = AvpDef("Monitoring-Event-Report-Data", 3920, GROUPED, M, vendor=10415)
MONITORING_EVENT_REPORT_NUMBER: Final = AvpDef("Monitoring-Event-Report-Number", 3923, UNSIGNED32, M, vendor=10415)
MONITORING_UE_HPLMN_IDENTIFIER: Final = AvpDef("Monitoring-UE-HPLMN-Identifier", 3431, UTF8STRING, M, vendor=10415)
MONITORING_UE_IDENTIFIER: Final = AvpDef("Monitoring-UE-Identifier", 3432, UTF8STRING, M, vendor=10415)
MONITORING_UE_VPLMN_IDENTIFIER: Final = AvpDef("Monitoring-UE-VPLMN-Identifier", 3433, UTF8STRING, M, vendor=10415)
MSC_ADDRESS: Final = AvpDef("MSC-Address", 3417, OCTET_STRING, M, vendor=10415)
MTC_IWF_ADDRESS: Final = AvpDef("MTC-IWF-Address", 3406, ADDRESS, M, vendor=10415)
NEIGHBOUR_NODE_ADDRESS: Final = AvpDef("Neighbour-Node-Address", 2705, ADDRESS, M, vendor=10415)
NETWORK_CALL_REFERENCE_NUMBER: Final = AvpDef("Network-Call-Reference-Number", 3418, OCTET_STRING, M, vendor=10415)
NEXT_TARIFF: Final = AvpDef("Next-Tariff", 2057, GROUPED, M, vendor=10415)
NIDD_SUBMISSION: Final = AvpDef("NIDD-Submission", 3928, GROUPED, M, vendor=10415)
NNI_INFORMATION: Final = AvpDef("NNI-Information", 2703, GROUPED, M, vendor=10415)
NNI_TYPE: Final = AvpDef("NNI-Type", 2704, ENUMERATED, M, vendor=10415)
NODE_FUNCTIONALITY: Final = AvpDef("Node-Functionality", 862, ENUMERATED, M, vendor=10415)
NODE_ID: Final = AvpDef("Node-Id", 2064, UTF8STRING, M, vendor=10415)
NR_CGI: Final = AvpDef("Nr-Cgi", 1325, UTF8STRING, 0, vendor=10415)
NUMBER_OF_DIVERSIONS: Final = AvpDef("Number-Of-Diversions", 2034, UNSIGNED32, M, vendor=10415)
NUMBER_OF_MESSAGES_SENT: Final = AvpDef("Number-Of-Messages-Sent", 2019, UNSIGNED32, M, vendor=10415)
NUMBER_OF_PARTICIPANTS: Final = AvpDef("Number-Of-Participants", 885, UNSIGNED32, M, vendor=10415)
NUMBER_OF_RECEIVED_TALK_BURSTS: Final = AvpDef("Number-Of-Received-Talk-Bursts", 1282, UNSIGNED32, M, vendor=10415)
NUMBER_OF_TALK_BURSTS: Final = AvpDef("Number-Of-Talk-Bursts", 1283, UNSIGNED32, M, vendor=10415)
NUMBER_PORTABILITY_ROUTING_INFORMATION: Final = AvpDef("Number-Portability-Routing-Information", 2024, UTF8STRING, M, vendor=10415)
OFFLINE_CHARGING: Final = AvpDef("Offline-Charging", 1278, GROUPED, M, vendor=10415)
ONLINE_CHARGING_FLAG: Final = AvpDef("Online-Charging-Flag", 2303, ENUMERATED, M, vendor=10415)
ORIGINATING_IOI: Final = AvpDef("Originating-IOI", 839, UTF8STRING, M, vendor=10415)
ORIGINATOR: Final = AvpDef("Originator", 864, ENUMERATED, M, vendor=10415)
ORIGINATOR_ADDRESS: Final = AvpDef("Originator-Address", 886, GROUPED, M, vendor=10415)
ORIGINATOR_INTERFACE: Final = AvpDef("Originator-Interface", 2009, GROUPED, M, vendor=10415)
ORIGINATOR_RECEIVED_ADDRESS: Final = AvpDef("Originator-Received-Address", 2027, GROUPED, M, vendor=10415)
ORIGINATOR_SCCP_ADDRESS: Final = AvpDef("Originator-SCCP-Address", 2008, ADDRESS, M, vendor=10415)
OUTGOING_SESSION_ID: Final = AvpDef("Outgoing-Session-Id", 2320, UTF8STRING, M, vendor=10415)
OUTGOING_TRUNK_GROUP_ID: Final = AvpDef("Outgoing-Trunk-Group-ID", 853, UTF8STRING, M, vendor=10415)
PARTICIPANT_ACCESS_PRIORITY: Final = AvpDef("Participant-Access-Priority", 1259, ENUMERATED, M, vendor=10415)
PARTICIPANT_ACTION_TYPE: Final = AvpDef("Participant-Action-Type", 2049, ENUMERATED, M, vendor=10415)
PARTICIPANT_GROUP: Final = AvpDef("Participant-Group", 1260, GROUPED, M, vendor=10415)
PARTICIPANTS_INVOLVED: Final = AvpDef("Participants-Involved", 887, UTF8STRING, M, vendor=10415)
PC3_CONTROL_PROTOCOL_CAUSE: Final = AvpDef("PC3-Control-Protocol-Cause", 3434, INTEGER32, M, vendor=10415)
PC3_EPC_CONTROL_PROTOCOL_CAUSE: Final = AvpDef("PC3-EPC-Control-Protocol-Cause", 3435, INTEGER32, M, vendor=10415)
PC5_RADIO_TECHNOLOGY: Final = AvpDef("PC5-Radio-Technology", 1300, ENUMERATED, 0, vendor=10415)
PDN_CONNECTION_CHARGING_ID: Final = AvpDef("PDN-Connection-Charging-ID", 2050, UNSIGNED32, M, vendor=10415)
PDP_ADDRESS: Final = AvpDef("PDP-Address", 1227, ADDRESS, M, vendor=10415)
PDP_ADDRESS_PREFIX_LENGTH: Final = AvpDef("PDP-Address-Prefix-Length", 2606, UNSIGNED32, M, vendor=10415)
PDP_CONTEXT_TYPE: Final = AvpDef("PDP-Context-Type", 1247, ENUMERATED, M, vendor=10415)
PLAY_ALTERNATIVE: Final = AvpDef("Play-Alternative", 3913, ENUMERATED, M, vendor=10415)
POC_CHANGE_CONDITION: Final = AvpDef("PoC-Change-Condition", 1261, ENUMERATED, M, vendor=10415)
POC_CHANGE_TIME: Final = AvpDef("PoC-Change-Time", 1262, TIME, M, vendor=10415)
POC_CONTROLLING_ADDRESS: Final = AvpDef("PoC-Controlling-Address", 858, UTF8STRING, M, vendor=10415)
POC_EVENT_TYPE: Final = AvpDef("PoC-Event-Type", 2025, ENUMERATED, M, vendor=10415)
POC_GROUP_NAME: Final = AvpDef("PoC-Group-Name", 859, UTF8STRING, M, vendor=10415)
POC_INFORMATION: Final = AvpDef("PoC-Information", 879, GROUPED, M, vendor=10415)
POC_SERVER_ROLE: Final = AvpDef("PoC-Server-Role", 883, ENUMERATED, M, vendor=10415)
POC_SESSION_ID: Final = AvpDef("PoC-Session-Id", 1229, UTF8STRING, M, vendor=10415)
POC_SESSION_INITIATION_TYPE: Final = AvpDef("PoC-Session-Initiation-type", 1277, ENUMERATED, M, vendor=10415)
POC_SESSION_TYPE: Final = AvpDef("PoC-Session-Type", 884, ENUMERATED, M, vendor=10415)
POC_USER_ROLE: Final = AvpDef("PoC-User-Role", 1252, GROUPED, M, vendor=10415)
POC_USER_ROLE_IDS: Final = AvpDef("PoC-User-Role-IDs", 1253, UTF8STRING, M, vendor=10415)
POC_USER_ROLE_INFO_UNITS: Final = AvpDef("PoC-User-Role-Info-Units", 1254, ENUMERATED, M, vendor=10415)
POSITIONING_DATA: Final = AvpDef("Positioning-Data", 1245, UTF8STRING, M, vendor=10415)
PREFERRED_AOC_CURRENCY: Final = AvpDef("Preferred-AoC-Currency", 2315, UNSIGNED32, M, vendor=10415)
PRIORITY: Final = AvpDef("Priority", 1209, ENUMERATED, M, vendor=10415)
PRIVACY_INDICATOR: Final = AvpDef("Privacy-Indicator", 3915, ENUMERATED, M, vendor=10415)
PROSE_3RD_PARTY_APPLICATION_ID: Final = AvpDef("ProSe-3rd-Party-Application-ID", 3440, UTF8STRING, M, vendor=10415)
PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER: Final = AvpDef("ProSe-Direct-Communication-Reception-Data-Container", 3461, GROUPED, M, vendor=10415)
PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER: Final = AvpDef("ProSe-Direct-Communication-Transmission-Data-Container", 3441, GROUPED, M, vendor=10415)
PROSE_DIRECT_DISCOVERY_MODEL: Final = AvpDef("ProSe-Direct-Discovery-Model", 3442, ENUMERATED, M, vendor=10415)
PROSE_EVENT_TYPE: Final = AvpDef("ProSe-Event-Type", 3443, ENUMERATED, M, vendor=10415)
PROSE_FUNCTIONALITY: Final = AvpDef("ProSe-Functionality", 3445, ENUMERATED, M, vendor=10415)
PROSE_FUNCTION_IP_ADDRESS: Final = AvpDef("ProSe-Function-IP-Address", 3444, ADDRESS, M, vendor=10415)
PROSE_FUNCTION_PLMN_IDENTIFIER: Final = AvpDef("ProSe-Function-PLMN-Identifier", 3457, UTF8STRING, M, vendor=10415)
PROSE_GROUP_IP_MULTICAST_ADDRESS: Final = AvpDef("ProSe-Group-IP-Multicast-Address", 3446, ADDRESS, M, vendor=10415)
PROSE_INFORMATION: Final = AvpDef("ProSe-Information", 3447, GROUPED, M, vendor=10415)
PROSE_RANGE_CLASS: Final = AvpDef("ProSe-Range-Class", 3448, ENUMERATED, M, vendor=10415)
PROSE_REASON_FOR_CANCELLATION: Final = AvpDef("ProSe-Reason-For-Cancellation", 3449, ENUMERATED, M, vendor=10415)
PROSE_REQUEST_TIMESTAMP: Final = AvpDef("ProSe-Request-Timestamp", 3450, TIME, M, vendor=10415)
PROSE_ROLE_OF_UE: Final = AvpDef("ProSe-Role-Of-UE", 3451, ENUMERATED, M, vendor=10415)
PROSE_SOURCE_IP_ADDRESS: Final = AvpDef("ProSe-Source-IP-Address", 3452, ADDRESS, M, vendor=10415)
PROSE_TARGET_LAYER_2_ID: Final = AvpDef("ProSe-Target-Layer-2-ID", 4410, OCTET_STRING, M, vendor=10415)
PROSE_UE_ID: Final = AvpDef("ProSe-UE-ID", 3453, OCTET_STRING, M, vendor=10415)
PROSE_UE_TO_NETWORK_RELAY_UE_ID: Final = AvpDef("ProSe-UE-to-Network-Relay-UE-ID", 4409, OCTET_STRING, M, vendor=10415)
PROXIMITY_ALERT_INDICATION: Final = AvpDef("Proximity-Alert-Indication", 3454, ENUMERATED, M, vendor=10415)
PROXIMITY_ALERT_TIMESTAMP: Final = AvpDef("Proximity-Alert-Timestamp", 3455, TIME, M, vendor=10415)
PROXIMITY_CANCELLATION_TIMESTAMP: Final = AvpDef("Proximity-Cancellation-Timestamp", 3456, TIME, M, vendor=10415)
PS_APPEND_FREE_FORMAT_DATA: Final = AvpDef("PS-Append-Free-Format-Data", 867, ENUMERATED, M, vendor=10415)
PSCELL_INFO: Final = AvpDef("PSCell-Info", 1324, GROUPED, 0, vendor=10415)
PS_FREE_FORMAT_DATA: Final = AvpDef("PS-Free-Format-Data", 866, OCTET_STRING, M, vendor=10415)
PS_FURNISH_CHARGING_INFORMATION: Final = AvpDef("PS-Furnish-Charging-Information", 865, GROUPED, M, vendor=10415)
PS_INFORMATION: Final = AvpDef("PS-Information", 874, GROUPED, M, vendor=10415)
QUOTA_CONSUMPTION_TIME: Final = AvpDef("Quota-Consumption-Time", 881, UNSIGNED32, M, vendor=10415)
QUOTA_HOLDING_TIME: Final = AvpDef("Quota-Holding-Time", 871, UNSIGNED32, M, vendor=10415)
QUOTA_INDICATOR: Final = AvpDef("Quota-Indicator", 3912, ENUMERATED, M, vendor=10415)
RADIO_FREQUENCY: Final = AvpDef("Radio-Frequency", 3462, OCTET_STRING, M, vendor=10415)
RADIO_PARAMETER_SET_INFO: Final = AvpDef("Radio-Parameter-Set-Info", 3463, GROUPED, M, vendor=10415)
RADIO_PARAMETER_SET_VALUES: Final = AvpDef("Radio-Parameter-Set-Values", 3464, OCTET_STRING, M, vendor=10415)
RADIO_RESOURCES_INDICATOR: Final = AvpDef("Radio-Resources-Indicator", 3465, INTEGER32, M, vendor=10415)
RAN_END_TIMESTAMP: Final = AvpDef("RAN-End-Timestamp", 1301, TIME, 0, vendor=10415)
RAN_SECONDARY_RAT_USAGE_REPORT: Final = AvpDef("RAN-Secondary-RAT-Usage-Report", 1302, GROUPED, 0, vendor=10415)
RAN_START_TIMESTAMP: Final = AvpDef("RAN-Start-Timestamp", 1303, TIME, 0, vendor=10415)
RATE_CONTROL_MAX_MESSAGE_SIZE: Final = AvpDef("Rate-Control-Max-Message-Size", 3937, UNSIGNED32, M, vendor=10415)
RATE_CONTROL_MAX_RATE: Final = AvpDef("Rate-Control-Max-Rate", 3938, UNSIGNED32, M, vendor=10415)
RATE_CONTROL_TIME_UNIT: Final = AvpDef("Rate-Control-Time-Unit", 3939, UNSIGNED32, M, vendor=10415)
RATE_ELEMENT: Final = AvpDef("Rate-Element", 2058, GROUPED, M, vendor=10415)
READ_REPLY_REPORT_REQUESTED: Final = AvpDef("Read-Reply-Report-Requested", 1222, ENUMERATED, M, vendor=10415)
REAL_TIME_TARIFF_INFORMATION: Final = AvpDef("Real-Time-Tariff-Information", 2305, GROUPED, M, vendor=10415)
REASON_HEADER: Final = AvpDef("Reason-Header", 3401, UTF8STRING, M, vendor=10415)
RECEIVED_TALK_BURST_TIME: Final = AvpDef("Received-Talk-Burst-Time", 1284, UNSIGNED32, M, vendor=10415)
RECEIVED_TALK_BURST_VOLUME: Final = AvpDef("Received-Talk-Burst-Volume", 1285, UNSIGNED32, M, vendor=10415)
RECIPIENT_ADDRESS: Final = AvpDef("Recipient-Address", 1201, GROUPED, M, vendor=10415)
RECIPIENT_INFO: Final = AvpDef("Recipient-Info", 2026, GROUPED, M, vendor=10415)
RECIPIENT_RECEIVED_ADDRESS: Final = AvpDef("Recipient-Received-Address", 2028, GROUPED, M, vendor=10415)
RECIPIENT_SCCP_ADDRESS: Final = AvpDef("Recipient-SCCP-Address", 2010, ADDRESS, M, vendor=10415)
REFUND_INFORMATION: Final = AvpDef("Refund-Information", 2022, OCTET_STRING, M, vendor=10415)
RELATED_CHANGE_CONDITION_INFORMATION: Final = AvpDef("Related-Change-Condition-Information", 3925, GROUPED, M, vendor=10415)
RELATED_IMS_CHARGING_IDENTIFIER: Final = AvpDef("Related-IMS-Charging-Identifier", 2711, UTF8STRING, M, vendor=10415)
RELATED_IMS_CHARGING_IDENTIFIER_NODE: Final = AvpDef("Related-IMS-Charging-Identifier-Node", 2712, ADDRESS, M, vendor=10415)
RELATED_TRIGGER: Final = AvpDef("Related-Trigger", 3926, GROUPED, M, vendor=10415)
RELATIONSHIP_MODE: Final = AvpDef("Relationship-Mode", 2706, ENUMERATED, M, vendor=10415)
RELAY_IP_ADDRESS: Final = AvpDef("Relay-IP-address", 4411, ADDRESS, M, vendor=10415)
REMAINING_BALANCE: Final = AvpDef("Remaining-Balance", 2021, GROUPED, M, vendor=10415)
REPLY_APPLIC_ID: Final = AvpDef("Reply-Applic-ID", 1223, UTF8STRING, M, vendor=10415)
REPLY_PATH_REQUESTED: Final = AvpDef("Reply-Path-Requested", 2011, ENUMERATED, M, vendor=10415)
REPORTING_REASON: Final = AvpDef("Reporting-Reason", 872, ENUMERATED, M, vendor=10415)
REQUESTED_PARTY_ADDRESS: Final = AvpDef("Requested-Party-Address", 1251, UTF8STRING, M, vendor=10415)
REQUESTED_PLMN_IDENTIFIER: Final = AvpDef("Requested-PLMN-Identifier", 3436, UTF8STRING, M, vendor=10415)
REQUESTOR_PLMN_IDENTIFIER: Final = AvpDef("Requestor-PLMN-Identifier", 3437, UTF8STRING, M, vendor=10415)
ROLE_OF_NODE: Final = AvpDef("Role-Of-Node", 829, ENUMERATED, M, vendor=10415)
ROLE_OF_PROSE_FUNCTION: Final = AvpDef("Role-Of-ProSe-Function", 3438, ENUMERATED, M, vendor=10415)
ROUTE_HEADER_RECEIVED: Final = AvpDef("Route-Header-Received", 3403, UTF8STRING, M, vendor=10415)
ROUTE_HEADER_TRANSMITTED: Final = AvpDef("Route-Header-Transmitted", 3404, UTF8STRING, M, vendor=10415)
SCALE_FACTOR: Final = AvpDef("Scale-Factor", 2059, GROUPED, M, vendor=10415)
SCEF_ADDRESS: Final = AvpDef("SCEF-Address", 1317, ADDRESS, 0, vendor=10415)
SCS_ADDRESS: Final = AvpDef("SCS-Address", 3941, ADDRESS, M, vendor=10415)
SCS_AS_ADDRESS: Final = AvpDef("SCS-AS-Address", 3940, GROUPED, M, vendor=10415)
SCS_REALM: Final = AvpDef("SCS-Realm", 3942, DIAMETER_IDENTITY, M, vendor=10415)
SDP_ANSWER_TIMESTAMP: Final = AvpDef("SDP-Answer-Timestamp", 1275, TIME, M, vendor=10415)
SDP_MEDIA_COMPONENT: Final = AvpDef("SDP-Media-Component", 843, GROUPED, M, vendor=10415)
SDP_MEDIA_DESCRIPTION: Final = AvpDef("SDP-Media-Description", 845, UTF8STRING, M, vendor=10415)
SDP_MEDIA_NAME: Final = AvpDef("SDP-Media-Name", 844, UTF8STRING, M, vendor=10415)
SDP_OFFER_TIMESTAMP: Final = AvpDef("SDP-Offer-Timestamp", 1274, TIME, M, vendor=10415)
SDP_SESSION_DESCRIPTION: Final = AvpDef("SDP-Session-Description", 842, UTF8STRING, M, vendor=10415)
SDP_TIMESTAMPS: Final = AvpDef("SDP-TimeStamps", 1273, GROUPED, M, vendor=10415)
SDP_TYPE: Final = AvpDef("SDP-Type", 2036, ENUMERATED, M, vendor=10415)
SECONDARY_RAT_TYPE: Final = AvpDef("Secondary-RAT-Type", 1304, OCTET_STRING, 0, vendor=10415)
SERVED_PARTY_IP_ADDRESS: Final = AvpDef("Served-Party-IP-Address", 848, ADDRESS, M, vendor=10415)
SERVICE_DATA_CONTAINER: Final = AvpDef("Service-Data-Container", 2040, GROUPED, M, vendor=10415)
SERVICE_ID_855: Final = AvpDef("Service-Id", 855, UTF8STRING, M, vendor=10415)
SERVICE_INFORMATION: Final = AvpDef("Service-Information", 873, GROUPED, M, vendor=10415)
SERVICE_MODE: Final = AvpDef("Service-Mode", 2032, UNSIGNED32, M, vendor=10415)
SERVICE_SPECIFIC_DATA: Final = AvpDef("Service-Specific-Data", 863, UTF8STRING, M, vendor=10415)
SERVICE_SPECIFIC_INFO: Final = AvpDef("Service-Specific-Info", 1249, GROUPED, M, vendor=10415)
SERVICE_SPECIFIC_TYPE: Final = AvpDef("Service-Specific-Type", 1257, UNSIGNED32, M, vendor=10415)
SERVING_NODE_IDENTITY: Final = AvpDef("Serving-Node-Identity", 3929, DIAMETER_IDENTITY, M, vendor=10415)
SERVING_NODE_TYPE: Final = AvpDef("Serving-Node-Type", 2047, ENUMERATED, M, vendor=10415)
SESSION_DIRECTION: Final = AvpDef("Session-Direction", 2707, ENUMERATED, M, vendor=10415)
SGI_PTP_TUNNELLING_METHOD: Final = AvpDef("SGi-PtP-Tunnelling-Method", 3931, ENUMERATED, M, vendor=10415)
SGSN_ADDRESS: Final = AvpDef("SGSN-Address", 1228, ADDRESS, M, vendor=10415)
SGW_ADDRESS: Final = AvpDef("SGW-Address", 2067, ADDRESS, M, vendor=10415)
SGW_CHANGE: Final = AvpDef("SGW-Change", 2065, ENUMERATED, M, vendor=10415)
SIP_METHOD: Final = AvpDef("SIP-Method", 824, UTF8STRING, M, vendor=10415)
SIP_REQUEST_TIMESTAMP: Final = AvpDef("SIP-Request-Timestamp", 834, TIME, M, vendor=10415)
SIP_REQUEST_TIMESTAMP_FRACTION: Final = AvpDef("SIP-Request-Timestamp-Fraction", 2301, UNSIGNED32, M, vendor=10415)
SIP_RESPONSE_TIMESTAMP: Final = AvpDef("SIP-Response-Timestamp", 835, TIME, M, vendor=10415)
SIP_RESPONSE_TIMESTAMP_FRACTION: Final = AvpDef("SIP-Response-Timestamp-Fraction", 2302, UNSIGNED32, M, vendor=10415)
SM_DEVICE_TRIGGER_INDICATOR: Final = AvpDef("SM-Device-Trigger-Indicator", 3407, ENUMERATED, M, vendor=10415)
SM_DEVICE_TRIGGER_INFORMATION: Final = AvpDef("SM-Device-Trigger-Information", 3405, GROUPED, M, vendor=10415)
SM_DISCHARGE_TIME: Final = AvpDef("SM-Discharge-Time", 2012, TIME, M, vendor=10415)
SM_MESSAGE_TYPE: Final = AvpDef("SM-Message-Type", 2007, ENUMERATED, M, vendor=10415)
SM_PROTOCOL_ID: Final = AvpDef("SM-Protocol-ID", 2013, OCTET_STRING, M, vendor=10415)
SMSC_ADDRESS: Final = AvpDef("SMSC-Address", 2017, ADDRESS, M, vendor=10415)
SM_SEQUENCE_NUMBER: Final = AvpDef("SM-Sequence-Number", 3408, UNSIGNED32, M, vendor=10415)
SM_SERVICE_TYPE: Final = AvpDef("SM-Service-Type", 2029, ENUMERATED, M, vendor=10415)
SMS_INFORMATION: Final = AvpDef("SMS-Information", 2000, GROUPED, M, vendor=10415)
SMS_NODE: Final = AvpDef("SMS-Node", 2016, ENUMERATED, M, vendor=10415)
SMS_RESULT: Final = AvpDef("SMS-Result", 3409, UNSIGNED32, M, vendor=10415)
SM_STATUS: Final = AvpDef("SM-Status", 2014, OCTET_STRING, M, vendor=10415)
SM_USER_DATA_HEADER: Final = AvpDef("SM-User-Data-Header", 2015, OCTET_STRING, M, vendor=10415)
START_OF_CHARGING: Final = AvpDef("Start-of-Charging", 3419, TIME, M, vendor=10415)
START_TIME: Final = AvpDef("Start-Time", 2041, TIME, M, vendor=10415)
STATUS_AS_CODE: Final = AvpDef("Status-AS-Code", 2702, ENUMERATED, M, vendor=10415)
STOP_TIME: Final = AvpDef("Stop-Time", 2042, TIME, M, vendor=10415)
SUBMISSION_TIME: Final = AvpDef("Submission-Time", 1202, TIME, M, vendor=10415)
SUBSCRIBER_ROLE: Final = AvpDef("Subscriber-Role", 2033, ENUMERATED, M, vendor=10415)
SUPPLEMENTARY_SERVICE: Final = AvpDef("Supplementary-Service", 2048, GROUPED, M, vendor=10415)
TAD_IDENTIFIER: Final = AvpDef("TAD-Identifier", 2717, ENUMERATED, M, vendor=10415)
TALK_BURST_EXCHANGE: Final = AvpDef("Talk-Burst-Exchange", 1255, GROUPED, M, vendor=10415)
TALK_BURST_TIME: Final = AvpDef("Talk-Burst-Time", 1286, UNSIGNED32, M, vendor=10415)
TALK_BURST_VOLUME: Final = AvpDef("Talk-Burst-Volume", 1287, UNSIGNED32, M, vendor=10415)
TARGET_IP_ADDRESS: Final = AvpDef("Target-IP-Address", 4412, ADDRESS, M, vendor=10415)
TARIFF_INFORMATION: Final = AvpDef("Tariff-Information", 2060, GROUPED, M, vendor=10415)
TARIFF_XML: Final = AvpDef("Tariff-XML", 2306, UTF8STRING, M, vendor=10415)
TELESERVICE: Final = AvpDef("Teleservice", 3413, OCTET_STRING, M, vendor=10415)
TERMINATING_IOI: Final = AvpDef("Terminating-IOI", 840, UTF8STRING, M, vendor=10415)
TIME_FIRST_RECEPTION: Final = AvpDef("Time-First-Reception", 3466, TIME, M, vendor=10415)
TIME_FIRST_TRANSMISSION: Final = AvpDef("Time-First-Transmission", 3467, TIME, M, vendor=10415)
TIME_FIRST_USAGE: Final = AvpDef("Time-First-Usage", 2043, TIME, M, vendor=10415)
TIME_INDICATOR: Final = AvpDef("Time-Indicator", 3911, UNSIGNED32, M, vendor=10415)
TIME_LAST_USAGE: Final = AvpDef("Time-Last-Usage", 2044, TIME, M, vendor=10415)
TIME_QUOTA_MECHANISM: Final = AvpDef("Time-Quota-Mechanism", 1270, GROUPED, M, vendor=10415)
TIME_QUOTA_THRESHOLD: Final = AvpDef("Time-Quota-Threshold", 868, UNSIGNED32, M, vendor=10415)
TIME_QUOTA_TYPE: Final = AvpDef("Time-Quota-Type", 1271, ENUMERATED, M, vendor=10415)
TIME_STAMPS: Final = AvpDef("Time-Stamps", 833, GROUPED, M, vendor=10415)
TIME_USAGE: Final = AvpDef("Time-Usage", 2045, UNSIGNED32, M, vendor=10415)
TLTRI: Final = AvpDef("TLTRI", 1318, UNSIGNED32, 0, vendor=10415)
TOKEN_TEXT: Final = AvpDef("Token-Text", 1215, UTF8STRING, M, vendor=10415)
TRAFFIC_DATA_VOLUMES: Final = AvpDef("Traffic-Data-Volumes", 2046, GROUPED, M, vendor=10415)
TRANSCODER_INSERTED_INDICATION: Final = AvpDef("Transcoder-Inserted-Indication", 2605, ENUMERATED, M, vendor=10415)
TRANSIT_IOI_LIST: Final = AvpDef("Transit-IOI-List", 2701, UTF8STRING, M, vendor=10415)
TRANSMITTER_INFO: Final = AvpDef("Transmitter-Info", 3468, GROUPED, M, vendor=10415)
TRIGGER: Final = AvpDef("Trigger", 1264, GROUPED, M, vendor=10415)
TRIGGER_TYPE: Final = AvpDef("Trigger-Type", 870, ENUMERATED, M, vendor=10415)
TRUNK_GROUP_ID: Final = AvpDef("Trunk-Group-ID", 851, GROUPED, M, vendor=10415)
TWAG_ADDRESS: Final = AvpDef("TWAG-Address", 3903, ADDRESS, M, vendor=10415)
TWAN_USER_LOCATION_INFO: Final = AvpDef("TWAN-User-Location-Info", 2714, GROUPED, M, vendor=10415)
TYPE_NUMBER: Final = AvpDef("Type-Number", 1204, ENUMERATED, M, vendor=10415)
UNI_PDU_CP_ONLY_FLAG: Final = AvpDef("UNI-PDU-CP-Only-Flag", 3932, ENUMERATED, M, vendor=10415)
UNIT_COST: Final = AvpDef("Unit-Cost", 2061, GROUPED, M, vendor=10415)
UNIT_QUOTA_THRESHOLD: Final = AvpDef("Unit-Quota-Threshold", 1226, UNSIGNED32, M, vendor=10415)
UNUSED_QUOTA_TIMER: Final = AvpDef("Unused-Quota-Timer", 4407, UNSIGNED32, M, vendor=10415)
USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER: Final = AvpDef("Usage-Information-Report-Sequence-Number", 3439, INTEGER32, M, vendor=10415)
USER_CSG_INFORMATION: Final = AvpDef("User-CSG-Information", 2319, GROUPED, M, vendor=10415)
USER_PARTICIPATING_TYPE: Final = AvpDef("User-Participating-Type", 1279, ENUMERATED, M, vendor=10415)
USER_SESSION_ID: Final = AvpDef("User-Session-Id", 830, UTF8STRING, M, vendor=10415)
UWAN_USER_LOCATION_INFO: Final = AvpDef("UWAN-User-Location-Info", 3918, GROUPED, M, vendor=10415)
VARIABLE_PART: Final = AvpDef("Variable-Part", 3907, GROUPED, M, vendor=10415)
VARIABLE_PART_ORDER: Final = AvpDef("Variable-Part-Order", 3908, UNSIGNED32, M, vendor=10415)
VARIABLE_PART_TYPE: Final = AvpDef("Variable-Part-Type", 3909, UNSIGNED32, M, vendor=10415)
VARIABLE_PART_VALUE: Final = AvpDef("Variable-Part-Value", 3910, UTF8STRING, M, vendor=10415)
VCS_INFORMATION: Final = AvpDef("VCS-Information", 3410, GROUPED, M, vendor=10415)
VLR_NUMBER: Final = AvpDef("VLR-Number", 3420, OCTET_STRING, M, vendor=10415)
VOLTE_INFORMATION: Final = AvpDef("VoLTE-Information", 1323, GROUPED, 0, vendor=10415)
VOLUME_QUOTA_THRESHOLD: Final = AvpDef("Volume-Quota-Threshold", 869, UNSIGNED32, M, vendor=10415)
WLAN_OPERATOR_ID: Final = AvpDef("WLAN-Operator-Id", 1306, GROUPED, 0, vendor=10415)
WLAN_OPERATOR_NAME: Final = AvpDef("WLAN-Operator-Name", 1307, UTF8STRING, 0, vendor=10415)
WLAN_PLMN_ID: Final = AvpDef("WLAN-PLMN-Id", 1308, UTF8STRING, 0, vendor=10415)
SERVICE_GENERIC_INFORMATION: Final = AvpDef("Service-Generic-Information", 1256, GROUPED, M, vendor=10415)
APPLICATION_SERVER_ID: Final = AvpDef("Application-Server-ID", 2101, UTF8STRING, M, vendor=10415)
APPLICATION_SERVICE_TYPE: Final = AvpDef("Application-Service-Type", 2102, ENUMERATED, M, vendor=10415)
APPLICATION_SESSION_ID: Final = AvpDef("Application-Session-ID", 2103, UNSIGNED32, M, vendor=10415)
DELIVERY_STATUS: Final = AvpDef("Delivery-Status", 2104, UTF8STRING, M, vendor=10415)
IM_INFORMATION: Final = AvpDef("IM-Information", 2110, GROUPED, M, vendor=10415)
NUMBER_OF_MESSAGES_SUCCESSFULLY_EXPLODED: Final = AvpDef("Number-Of-Messages-Successfully-Exploded", 2111, UNSIGNED32, M, vendor=10415)
NUMBER_OF_MESSAGES_SUCCESSFULLY_SENT: Final = AvpDef("Number-Of-Messages-Successfully-Sent", 2112, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_MESSAGES_EXPLODED: Final = AvpDef("Total-Number-Of-Messages-Exploded", 2113, UNSIGNED32, M, vendor=10415)
TOTAL_NUMBER_OF_MESSAGES_SENT: Final = AvpDef("Total-Number-Of-Messages-Sent", 2114, UNSIGNED32, M, vendor=10415)
DCD_INFORMATION: Final = AvpDef("DCD-Information", 2115, GROUPED, M, vendor=10415)
CONTENT_ID: Final = AvpDef("Content-ID", 2116, UTF8STRING, M, vendor=10415)
CONTENT_PROVIDER_ID: Final = AvpDef("Content-Provider-ID", 2117, UTF8STRING, M, vendor=10415)
ACCESS_NETWORK_IDENTIFIER: Final = AvpDef("Access-Network-Identifier", 1000, UNSIGNED32, M, vendor=45687)
APPLICATION_ENTITY_ID: Final = AvpDef("Application-Entity-ID", 1001, UTF8STRING, M, vendor=45687)
CONTROL_MEMORY_SIZE: Final = AvpDef("Control-Memory-Size", 1002, UNSIGNED32, M, vendor=45687)
CURRENT_NUMBER_MEMBERS: Final = AvpDef("Current-Number-Members", 1003, UNSIGNED32, M, vendor=45687)
DATA_MEMORY_SIZE: Final = AvpDef("Data-Memory-Size", 1004, UNSIGNED32, M, vendor=45687)
EXTERNAL_ID: Final = AvpDef("External-ID", 1005, UTF8STRING, M, vendor=45687)
GROUP_NAME: Final = AvpDef("Group-Name", 1006, UTF8STRING, M, vendor=45687)
HOSTING_CSE_ID: Final = AvpDef("Hosting-CSE-ID", 1007, UTF8STRING, M, vendor=45687)
M2M_ORIGINATOR: Final = AvpDef("M2M-Originator", 1008, UTF8STRING, M, vendor=45687)
MAXIMUM_NUMBER_MEMBERS: Final = AvpDef("Maximum-Number-Members", 1009, UNSIGNED32, M, vendor=45687)
M2M_EVENT_RECORD_TIMESTAMP: Final = AvpDef("M2M-Event-Record-Timestamp", 1010, TIME, M, vendor=45687)
M2M_INFORMATION: Final = AvpDef("M2M-Information", 1011, GROUPED, M, vendor=45687)
OCCUPANCY: Final = AvpDef("Occupancy", 1012, UNSIGNED32, M, vendor=45687)
PROTOCOL_TYPE: Final = AvpDef("Protocol-Type", 1013, ENUMERATED, M, vendor=45687)
RECEIVER: Final = AvpDef("Receiver", 1014, UTF8STRING, M, vendor=45687)
REQUEST_BODY_SIZE: Final = AvpDef("Request-Body-Size", 1015, UNSIGNED32, M, vendor=45687)
REQUEST_HEADERS_SIZE: Final = AvpDef("Request-Headers-Size", 1016, UNSIGNED32, M, vendor=45687)
REQUEST_OPERATION: Final = AvpDef("Request-Operation", 1017, ENUMERATED, M, vendor=45687)
RESPONSE_BODY_SIZE: Final = AvpDef("Response-Body-Size", 1018, UNSIGNED32, M, vendor=45687)
RESPONSE_HEADERS_SIZE: Final = AvpDef("Response-Headers-Size", 1019, UNSIGNED32, M, vendor=45687)
RESPONSE_STATUS_CODE: Final = AvpDef("Response-Status-Code", 1020, ENUMERATED, M, vendor=45687)
SUBGROUP_NAME: Final = AvpDef("Subgroup-Name", 1021, UTF8STRING, M, vendor=45687)
TARGET_ID: Final = AvpDef("Target-ID", 1022, UTF8STRING, M, vendor=45687)
# Multiple-Services-Credit-Control: extends the definition this module inherits
MULTIPLE_SERVICES_CREDIT_CONTROL: Final = AvpDef("Multiple-Services-Credit-Control", 456, GROUPED, M)
# Used-Service-Unit: extends the definition this module inherits
USED_SERVICE_UNIT: Final = AvpDef("Used-Service-Unit", 446, GROUPED, M)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "TGPPPDPType": (TGPP_PDP_TYPE, "Values of 3GPP-PDP-Type.", (("IPV4", 0), ("PPP", 1), ("IPV6", 2), ("IPV4V6", 3),)),
    "MBMSStartStopIndication": (MBMS_STARTSTOP_INDICATION, "Values of MBMS-StartStop-Indication.", (("START", 0), ("STOP", 1), ("UPDATE", 2), ("HEARTBEAT", 3),)),
    "MBMSServiceType": (MBMS_SERVICE_TYPE, "Values of MBMS-Service-Type.", (("MULTICAST", 0), ("BROADCAST", 1),)),
    "MBMS2G3GIndicator": (MBMS_2G_3G_INDICATOR, "Values of MBMS-2G-3G-Indicator.", (("V_2G", 0), ("V_3G", 1), ("V_2G_AND_3G", 2),)),
    "MBMSCountingInformation": (MBMS_COUNTING_INFORMATION, "Values of MBMS-Counting-Information.", (("COUNTING_NOT_APPLICABLE", 0), ("COUNTING_APPLICABLE", 1),)),
    "MBMSUserDataModeIndication": (MBMS_USER_DATA_MODE_INDICATION, "Values of MBMS-User-Data-Mode-Indication.", (("UNICAST", 0), ("MULTICAST_AND_UNICAST", 1),)),
    "CNIPMulticastDistribution": (CN_IP_MULTICAST_DISTRIBUTION, "Values of CN-IP-Multicast-Distribution.", (("NO_IP_MULTICAST", 0), ("IP_MULTICAST", 1),)),
    "MBMSHCIndicator": (MBMS_HC_INDICATOR, "Values of MBMS-HC-Indicator.", (("UNCOMPRESSED_HEADER", 0), ("COMPRESSED_HEADER", 1),)),
    "MBMSAccessIndicator": (MBMS_ACCESS_INDICATOR, "Values of MBMS-Access-Indicator.", (("UTRAN", 0), ("E_UTRAN", 1), ("UTRAN_AND_E_UTRAN", 2),)),
    "MBMSGWUDPPortIndicator": (MBMS_GW_UDP_PORT_INDICATOR, "Values of MBMS-GW-UDP-Port-Indicator.", (("UDP_PORT_REQUIRED", 1),)),
    "GBAUAwarenessIndicator": (GBA_U_AWARENESS_INDICATOR, "Values of GBA_U-Awareness-Indicator.", (("NO", 0), ("YES", 1),)),
    "GBAType": (GBA_TYPE, "Values of GBA-Type.", (("V_3G_GBA", 0), ("V_2G_GBA", 1),)),
    "UEIdType": (UE_ID_TYPE, "Values of UE-Id-Type.", (("PRIVATE_USER_IDENTITY", 0), ("PUBLIC_USER_IDENTITY", 1),)),
    "UICCME": (UICC_ME, "Values of UICC-ME.", (("GBA_ME", 0), ("GBA_U", 1),)),
    "PrivateIdentityRequest": (PRIVATE_IDENTITY_REQUEST, "Values of Private-Identity-Request.", (("PRIVATE_IDENTITY_REQUESTED", 0), ("PRIVATE_IDENTITY_NOT_REQUESTED", 1),)),
    "CauseType": (CAUSE_TYPE, "Values of Cause-Type.", (("RADIO_NETWORK_LAYER", 0), ("TRANSPORT_LAYER", 1), ("NAS", 2), ("PROTOCOL", 3), ("MISCELLANEOUS", 4),)),
    "ConnectionAction": (CONNECTION_ACTION, "Values of Connection-Action.", (("CONNECTION_ESTABLISHMENT", 0), ("CONNECTION_RELEASE", 1), ("CONNECTION_UPDATE", 2),)),
    "CMRFlags": (CMR_FLAGS, "Values of CMR-Flags.", (("UE_REACHABLE_INDICATOR", 1),)),
    "TDAFlags": (TDA_FLAGS, "Values of TDA-Flags.", (("ACKNOWLEDGED_DELIVERY", 1),)),
    "ReachabilityCause": (REACHABILITY_CAUSE, "Values of Reachability-Cause.", (("CHANGE_TO_CONNECTED_MODE", 0), ("REACHABLE_FOR_PAGING", 1),)),
    "TriggerEvent": (TRIGGER_EVENT, "Values of Trigger-Event.", (("MM1_MESSAGE_SUBMISSION_PROFILE_BASED", 0), ("MM1_MESSAGE_SUBMISSION_ADDRESS_BASED", 1), ("MM1_MESSAGE_DELIVERY", 2), ("MM7_MESSAGE_SUBMISSION_PROFILE_BASED", 3), ("MM7_MESSAGE_SUBMISSION_ADDRESS_BASED", 4),)),
    "OriginatingInterface": (ORIGINATING_INTERFACE, "Values of Originating-Interface.", (("MM1", 0), ("MM3", 1), ("MM4", 2), ("MM7", 3),)),
    "DeliveryReport": (DELIVERY_REPORT, "Values of Delivery-Report.", (("NO_DELIVERY_REPORT_REQUESTED", 0), ("DELIVERY_REPORT_REQUESTED", 1),)),
    "ReadReply": (READ_REPLY, "Values of Read-Reply.", (("NO_READ_REPLY_REQUESTED", 0), ("READ_REPLY_REQUESTED", 1),)),
    "SenderVisibility": (SENDER_VISIBILITY, "Values of Sender-Visibility.", (("SENDER_IDENTIFICATION_REQUESTED_NOT_TO_BE_HIDDEN", 0), ("SENDER_IDENTIFICATION_REQUESTED_TO_BE_HIDDEN", 1),)),
    "RouteingAddressResolution": (ROUTEING_ADDRESS_RESOLUTION, "Values of Routeing-Address-Resolution.", (("UNRESOLVED", 0), ("RESOLVED", 1),)),
    "TransferRequestType": (TRANSFER_REQUEST_TYPE, "Values of Transfer-Request-Type.", (("TRANSFER_POLICY_REQUEST", 0), ("TRANSFER_POLICY_NOTIFICATION", 1),)),
    "EventReportingResults": (EVENT_REPORTING_RESULTS, "Values of Event-Reporting-Results.", (("FINAL_REPORT", 1),)),
    "SLgLocationType": (SLG_LOCATION_TYPE, "Values of SLg-Location-Type.", (("CURRENT_LOCATION", 0), ("CURRENT_OR_LAST_KNOWN_LOCATION", 1), ("INITIAL_LOCATION", 2), ("ACTIVATE_DEFERRED_LOCATION", 3), ("CANCEL_DEFERRED_LOCATION", 4), ("NOTIFICATION_VERIFICATION_ONLY", 5),)),
    "VerticalRequested": (VERTICAL_REQUESTED, "Values of Vertical-Requested.", (("VERTICAL_COORDINATE_IS_NOT_REQUESTED", 0), ("VERTICAL_COORDINATE_IS_REQUESTED", 1),)),
    "VelocityRequested": (VELOCITY_REQUESTED, "Values of Velocity-Requested.", (("VELOCITY_IS_NOT_REQUESTED", 0), ("VELOCITY_IS_REQUESTED", 1),)),
    "ResponseTime": (RESPONSE_TIME, "Values of Response-Time.", (("LOW_DELAY", 0), ("DELAY_TOLERANT", 1),)),
    "SupportedGADShapes": (SUPPORTED_GAD_SHAPES, "Values of Supported-GAD-Shapes.", (("ELLIPSOID_POINT", 1), ("ELLIPSOID_POINT_WITH_UNCERTAINTY_CIRCLE", 2), ("ELLIPSOID_POINT_WITH_UNCERTAINTY_ELLIPSE", 4), ("POLYGON", 8), ("ELLIPSOID_POINT_WITH_ALTITUDE", 16), ("ELLIPSOID_POINT_WITH_ALTITUDE_AND_UNCERTAINTY_ELIPSOID", 32), ("ELLIPSOID_ARC", 64), ("HIGH_ACCURACY_ELLIPSOID_POINT_WITH_UNCERTAINTY_ELLIPSE", 128), ("HIGH_ACCURACY_ELLIPSOID_POINT_WITH_ALTITUDE_AND_UNCERTAINTY_ELLIPSOID", 256), ("HIGH_ACCURACY_ELLIPSOID_POINT_WITH_SCALABLE_UNCERTAINTY_ELLIPSE", 512), ("HIGH_ACCURACY_ELLIPSOID_POINT_WITH_ALTITUDE_AND_SCALABLE_UNCERTAINTY_ELLIPSOID", 1024),)),
    "LCSPrivacyCheck": (LCS_PRIVACY_CHECK, "Values of LCS-Privacy-Check.", (("ALLOWED_WITHOUT_NOTIFICATION", 0), ("ALLOWED_WITH_NOTIFICATION", 1), ("ALLOWED_IF_NO_RESPONSE", 2), ("RESTRICTED_IF_NO_RESPONSE", 3), ("NOT_ALLOWED", 4),)),
    "AccuracyFulfilmentIndicator": (ACCURACY_FULFILMENT_INDICATOR, "Values of Accuracy-Fulfilment-Indicator.", (("REQUESTED_ACCURACY_FULFILLED", 0), ("REQUESTED_ACCURACY_NOT_FULFILLED", 1),)),
    "LocationEvent": (LOCATION_EVENT, "Values of Location-Event.", (("EMERGENCY_CALL_ORIGINATION", 0), ("EMERGENCY_CALL_RELEASE", 1), ("MO_LR", 2), ("EMERGENCY_CALL_HANDOVER", 3), ("DEFERRED_MT_LR_RESPONSE", 4), ("DEFERRED_MO_LR_TTTP_INITIATION", 5), ("DELAYED_LOCATION_REPORTING", 6), ("HANDOVER_TO_5GC", 7),)),
    "PseudonymIndicator": (PSEUDONYM_INDICATOR, "Values of Pseudonym-Indicator.", (("PSEUDONYM_NOT_REQUESTED", 0), ("PSEUDONYM_REQUESTED", 1),)),
    "LCSQoSClass": (LCS_QOS_CLASS, "Values of LCS-QoS-Class.", (("ASSURED", 0), ("BEST_EFFORT", 1),)),
    "LRRFlags": (LRR_FLAGS, "Values of LRR-Flags.", (("LGD_SLG_INDICATOR", 1), ("MO_LR_SHORTCIRCUIT_INDICATOR", 2), ("MO_LR_SHORTCIRCUIT_REQUESTED", 4),)),
    "DeferredLocationType": (DEFERRED_LOCATION_TYPE, "Values of Deferred-Location-Type.", (("UE_AVAILABLE", 1), ("ENTERING_INTO_AREA", 2), ("LEAVING_FROM_AREA", 4), ("BEING_INSIDE_AREA", 8), ("PERIODIC_LDR", 16), ("MOTION_EVENT", 32), ("LDR_ACTIVATED", 64), ("MAXIMUM_INTERVAL_EXPIRATION", 128),)),
    "AreaType": (AREA_TYPE, "Values of Area-Type.", (("COUNTRY_CODE", 0), ("PLMN_ID", 1), ("LOCATION_AREA_ID", 2), ("ROUTING_AREA_ID", 3), ("CELL_GLOBAL_ID", 4), ("UTRAN_CELL_ID", 5), ("TRACKING_AREA_ID", 6), ("E_UTRAN_CELL_GLOBAL_ID", 7),)),
    "OccurrenceInfo": (OCCURRENCE_INFO, "Values of Occurrence-Info.", (("ONE_TIME_EVENT", 0), ("MULTIPLE_TIME_EVENT", 1),)),
    "PeriodicLocationSupportIndicator": (PERIODIC_LOCATION_SUPPORT_INDICATOR, "Values of Periodic-Location-Support-Indicator.", (("NOT_SUPPORTED", 0), ("SUPPORTED", 1),)),
    "PrioritizedListIndicator": (PRIORITIZED_LIST_INDICATOR, "Values of Prioritized-List-Indicator.", (("NOT_PRIORITIZED", 0), ("PRIORITIZED", 1),)),
    "PLRFlags": (PLR_FLAGS, "Values of PLR-Flags.", (("MO_LR_SHORTCIRCUIT_INDICATOR", 1), ("OPTIMIZED_LCS_PROC_REQ", 2), ("DELAYED_LOCATION_REPORTING_SUPPORT_INDICATOR", 4),)),
    "PLAFlags": (PLA_FLAGS, "Values of PLA-Flags.", (("DEFERRED_MT_LR_RESPONSE_INDICATOR", 1), ("MO_LR_SHORTCIRCUIT_INDICATOR", 2), ("OPTIMIZED_LCS_PROC_PERFORMED", 4), ("UE_TRANSIENTLY_NOT_REACHABLE_INDICATOR", 8),)),
    "TerminationCause29172": (TERMINATION_CAUSE_29_172, "Values of Termination-Cause-29.172.", (("NORMAL", 0), ("ERROR_UNDEFINED", 1), ("INTERNAL_TIMEOUT", 2), ("CONGESTION", 3), ("MT_LR_RESTART", 4), ("PRIVACY_VIOLATION", 5), ("SHAPE_OF_LOCATION_ESTIMATE_NOT_SUPPORTED", 6), ("SUBSCRIBER_TERMINATION", 7), ("UE_TERMINATION", 8), ("NETWORK_TERMINATION", 9),)),
    "LRAFlags": (LRA_FLAGS, "Values of LRA-Flags.", (("MO_LR_SHORTCIRCUIT_INDICATOR", 1),)),
    "ReportingLocationRequirements": (REPORTING_LOCATION_REQUIREMENTS, "Values of Reporting-Location-Requirements.", (("LOCATION_ESTIMATE", 1),)),
    "LCSCapabilitiesSets": (LCS_CAPABILITIES_SETS, "Values of LCS-Capabilities-Sets.", (("LCS_CAPABILITY_SET_1", 1), ("LCS_CAPABILITY_SET_2", 2), ("LCS_CAPABILITY_SET_3", 4), ("LCS_CAPABILITY_SET_4", 8), ("LCS_CAPABILITY_SET_5", 16),)),
    "RIAFlags": (RIA_FLAGS, "Values of RIA-Flags.", (("COMBINED_MME_SGSN_SUPPORTING_OPTIMIZED_LCS_PROC", 1),)),
    "PDPSessionOperation": (PDP_SESSION_OPERATION, "Values of PDP-Session-Operation.", (("PDP_SESSION_TERMINATION", 0),)),
    "TGPPPSDataOffStatus": (TGPP_PS_DATA_OFF_STATUS, "Values of 3GPP-PS-Data-Off-Status.", (("ACTIVE", 0), ("INACTIVE", 1),)),
    "AccessAvailabilityChangeReason": (ACCESS_AVAILABILITY_CHANGE_REASON, "Values of Access-Availability-Change-Reason.", (("ACCESS_STRATUM_INDICATION", 0), ("ACCESS_USABLE_UNUSABLE", 1),)),
    "ANGWStatus": (AN_GW_STATUS, "Values of AN-GW-Status.", (("AN_GW_FAILED", 0),)),
    "BearerControlMode": (BEARER_CONTROL_MODE, "Values of Bearer-Control-Mode.", (("UE_ONLY", 0), ("RESERVED", 1), ("UE_NW", 2),)),
    "BearerOperation": (BEARER_OPERATION, "Values of Bearer-Operation.", (("TERMINATION", 0), ("ESTABLISHMENT", 1), ("MODIFICATION", 2),)),
    "BearerUsage": (BEARER_USAGE, "Values of Bearer-Usage.", (("GENERAL", 0), ("IMS_SIGNALLING", 1),)),
    "ChargingCorrelationIndicator": (CHARGING_CORRELATION_INDICATOR, "Values of Charging-Correlation-Indicator.", (("CHARGING_IDENTIFIER_REQUIRED", 0),)),
    "CSGInformationReporting": (CSG_INFORMATION_REPORTING, "Values of CSG-Information-Reporting.", (("CHANGE_CSG_CELL", 0), ("CHANGE_CSG_SUBSCRIBED_HYBRID_CELL", 1), ("CHANGE_CSG_UNSUBSCRIBED_HYBRID_CELL", 2),)),
    "DefaultAccess": (DEFAULT_ACCESS, "Values of Default-Access.", (("TGPP_GPRS", 0), ("V_3GPP_GPRS", 0), ("DOCSIS", 1), ("XDSL", 2), ("WIMAX", 3), ("TGPP2", 4), ("V_3GPP2", 4), ("TGPP_EPS", 5), ("V_3GPP_EPS", 5), ("NON_3GPP_EPS", 6), ("FBA", 7), ("TGPP_5GS", 8), ("V_3GPP_5GS", 8), ("NON_3GPP_5GS", 9),)),
    "DefaultBearerIndication": (DEFAULT_BEARER_INDICATION, "Values of Default-Bearer-Indication.", (("BIND_TO_DEF_BEARER", 0), ("BIND_TO_APPLICABLE_BEARER", 1),)),
    "EventTrigger": (EVENT_TRIGGER, "Values of Event-Trigger.", (("SGSN_CHANGE", 0), ("QOS_CHANGE", 1), ("RAT_CHANGE", 2), ("TFT_CHANGE", 3), ("PLMN_CHANGE", 4), ("LOSS_OF_BEARER", 5), ("RECOVERY_OF_BEARER", 6), ("IP_CAN_CHANGE", 7), ("QOS_CHANGE_EXCEEDING_AUTHORIZATION", 11), ("RAI_CHANGE", 12), ("USER_LOCATION_CHANGE", 13), ("NO_EVENT_TRIGGERS", 14), ("OUT_OF_CREDIT", 15), ("REALLOCATION_OF_CREDIT", 16), ("REVALIDATION_TIMEOUT", 17), ("UE_IP_ADDRESS_ALLOCATE", 18), ("UE_IP_ADDRESS_RELEASE", 19), ("DEFAULT_EPS_BEARER_QOS_CHANGE", 20), ("AN_GW_CHANGE", 21), ("SUCCESSFUL_RESOURCE_ALLOCATION", 22), ("RESOURCE_MODIFICATION_REQUEST", 23), ("PGW_TRACE_CONTROL", 24), ("UE_TIME_ZONE_CHANGE", 25), ("TAI_CHANGE", 26), ("ECGI_CHANGE", 27), ("CHARGING_CORRELATION_EXCHANGE", 28), ("APN_AMBR_MODIFICATION_FAILURE", 29), ("USER_CSG_INFORMATION_CHANGE", 30), ("USAGE_REPORT", 33), ("DEFAULT_EPS_BEARER_QOS_MODIFICATION_FAILURE", 34), ("USER_CSG_HYBRID_SUBSCRIBED_INFORMATION_CHANGE", 35), ("USER_CSG_HYBRID_UNSUBSCRIBED_INFORMATION_CHANGE", 36), ("ROUTING_RULE_CHANGE", 37), ("APPLICATION_START", 39), ("APPLICATION_STOP", 40), ("CS_TO_PS_HANDOVER", 42), ("UE_LOCAL_IP_ADDRESS_CHANGE", 43), ("HENB_LOCAL_IP_ADDRESS_CHANGE", 44), ("ACCESS_NETWORK_INFO_REPORT", 45), ("CREDIT_MANAGEMENT_SESSION_FAILURE", 46), ("DEFAULT_QOS_CHANGE", 47), ("CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA_REPORT", 48), ("ADDITION_OF_ACCESS", 49), ("REMOVAL_OF_ACCESS", 50), ("UNAVAILABLITY_OF_ACCESS", 51), ("AVAILABLITY_OF_ACCESS", 52), ("RESOURCE_RELEASE", 53), ("ENODEB_CHANGE", 54), ("TGPP_PS_DATA_OFF_CHANGE", 55), ("V_3GPP_PS_DATA_OFF_CHANGE", 55), ("UE_STATUS_RESUME", 56), ("SUCCESSFUL_QOS_UPDATE", 57),)),
    "FlowDirection": (FLOW_DIRECTION, "Values of Flow-Direction.", (("UNSPECIFIED", 0), ("DOWNLINK", 1), ("UPLINK", 2), ("BIDIRECTIONAL", 3),)),
    "IPCANSessionChargingScope": (IP_CAN_SESSION_CHARGING_SCOPE, "Values of IP-CAN-Session-Charging-Scope.", (("IP_CAN_SESSION_SCOPE", 0),)),
    "IPCANType": (IP_CAN_TYPE, "Values of IP-CAN-Type.", (("TGPP_GPRS", 0), ("V_3GPP_GPRS", 0), ("DOCSIS", 1), ("XDSL", 2), ("WIMAX", 3), ("TGPP2", 4), ("V_3GPP2", 4), ("TGPP_EPS", 5), ("V_3GPP_EPS", 5), ("NON_3GPP_EPS", 6), ("FBA", 7), ("TGPP_5GS", 8), ("V_3GPP_5GS", 8), ("NON_3GPP_5GS", 9),)),
    "MeteringMethod": (METERING_METHOD, "Values of Metering-Method.", (("DURATION", 0), ("VOLUME", 1), ("DURATION_VOLUME", 2), ("EVENT", 3),)),
    "MuteNotification": (MUTE_NOTIFICATION, "Values of Mute-Notification.", (("MUTE_REQUIRED", 0),)),
    "NBIFOMMode": (NBIFOM_MODE, "Values of NBIFOM-Mode.", (("UE_INITIATED", 0), ("NETWORK_INITIATED", 1),)),
    "NBIFOMSupport": (NBIFOM_SUPPORT, "Values of NBIFOM-Support.", (("NBIFOM_NOT_SUPPORTED", 0), ("NBIFOM_SUPPORTED", 1),)),
    "NetLocAccessSupport": (NETLOC_ACCESS_SUPPORT, "Values of NetLoc-Access-Support.", (("NETLOC_ACCESS_NOT_SUPPORTED", 0),)),
    "NetworkRequestSupport": (NETWORK_REQUEST_SUPPORT, "Values of Network-Request-Support.", (("NETWORK_REQUEST_NOT_SUPPORTED", 0), ("NETWORK_REQUEST_SUPPORTED", 1),)),
    "Offline": (OFFLINE, "Values of Offline.", (("DISABLE_OFFLINE", 0), ("ENABLE_OFFLINE", 1),)),
    "Online": (ONLINE, "Values of Online.", (("DISABLE_ONLINE", 0), ("ENABLE_ONLINE", 1),)),
    "PacketFilterOperation": (PACKET_FILTER_OPERATION, "Values of Packet-Filter-Operation.", (("DELETION", 0), ("ADDITION", 1), ("MODIFICATION", 2),)),
    "PacketFilterUsage": (PACKET_FILTER_USAGE, "Values of Packet-Filter-Usage.", (("SEND_TO_UE", 1),)),
    "PCCRuleStatus": (PCC_RULE_STATUS, "Values of PCC-Rule-Status.", (("ACTIVE", 0), ("INACTIVE", 1), ("TEMPORARILY_INACTIVE", 2),)),
    "PCSCFRestorationIndication": (PCSCF_RESTORATION_INDICATION, "Values of PCSCF-Restoration-Indication.", (("PCSCF_RESTORATION", 0),)),
    "PreEmptionCapability": (PRE_EMPTION_CAPABILITY, "Values of Pre-emption-Capability.", (("PRE_EMPTION_CAPABILITY_ENABLED", 0), ("PRE_EMPTION_CAPABILITY_DISABLED", 1),)),
    "PreEmptionVulnerability": (PRE_EMPTION_VULNERABILITY, "Values of Pre-emption-Vulnerability.", (("PRE_EMPTION_VULNERABILITY_ENABLED", 0), ("PRE_EMPTION_VULNERABILITY_DISABLED", 1),)),
    "PresenceReportingAreaStatus": (PRESENCE_REPORTING_AREA_STATUS, "Values of Presence-Reporting-Area-Status.", (("IN_AREA", 0), ("OUT_OF_AREA", 1), ("INACTIVE", 2),)),
    "PSToCSSessionContinuity": (PS_TO_CS_SESSION_CONTINUITY, "Values of PS-to-CS-Session-Continuity.", (("VIDEO_PS2CS_CONT_CANDIDATE", 0),)),
    "QoSClassIdentifier": (QOS_CLASS_IDENTIFIER, "Values of QoS-Class-Identifier.", (("QCI_1", 1), ("QCI_2", 2), ("QCI_3", 3), ("QCI_4", 4), ("QCI_5", 5), ("QCI_6", 6), ("QCI_7", 7), ("QCI_8", 8), ("QCI_9", 9), ("QCI_65", 65), ("QCI_66", 66), ("QCI_67", 67), ("QCI_69", 69), ("QCI_70", 70), ("QCI_71", 71), ("QCI_72", 72), ("QCI_73", 73), ("QCI_74", 74), ("QCI_75", 75), ("QCI_76", 76), ("QCI_79", 79), ("QCI_80", 80), ("QCI_82", 82), ("QCI_83", 83), ("QCI_84", 84), ("QCI_85", 85),)),
    "QoSNegotiation": (QOS_NEGOTIATION, "Values of QoS-Negotiation.", (("NO_QOS_NEGOTIATION", 0), ("QOS_NEGOTIATION_SUPPORTED", 1),)),
    "QoSUpgrade": (QOS_UPGRADE, "Values of QoS-Upgrade.", (("QOS_UPGRADE_NOT_SUPPORTED", 0), ("QOS_UPGRADE_SUPPORTED", 1),)),
    "RANRuleSupport": (RAN_RULE_SUPPORT, "Values of RAN-Rule-Support.", (("RAN_RULE_INDICATION_SUPPORT", 0),)),
    "RATType": (RAT_TYPE, "Values of RAT-Type.", (("WLAN", 0), ("VIRTUAL", 1), ("TRUSTED_N3GA", 2), ("WIRELINE", 3), ("WIRELINE_CABLE", 4), ("WIRELINE_BBF", 5), ("UTRAN", 1000), ("GERAN", 1001), ("GAN", 1002), ("HSPA_EVOLUTION", 1003), ("EUTRAN", 1004), ("EUTRAN_NB_IOT", 1005), ("NR", 1006), ("LTE_M", 1007), ("NR_U", 1008), ("EUTRAN_LEO", 1011), ("EUTRAN_MEO", 1012), ("EUTRAN_GEO", 1013), ("EUTRAN_OTHERSAT", 1014), ("EUTRAN_NB_IOT_LEO", 1021), ("EUTRAN_NB_IOT_MEO", 1022), ("EUTRAN_NB_IOT_GEO", 1023), ("EUTRAN_NB_IOT_OTHERSAT", 1024), ("LTE_M_LEO", 1031), ("LTE_M_MEO", 1032), ("LTE_M_GEO", 1033), ("LTE_M_OTHERSAT", 1034), ("CDMA2000_1X", 2000), ("HRPD", 2001), ("UMB", 2002), ("EHRPD", 2003),)),
    "RedirectSupport": (REDIRECT_SUPPORT, "Values of Redirect-Support.", (("REDIRECTION_DISABLED", 0), ("REDIRECTION_ENABLED", 1),)),
    "RemovalOfAccess": (REMOVAL_OF_ACCESS, "Values of Removal-Of-Access.", (("REMOVAL_OF_ACCESS", 0),)),
    "ReportingLevel": (REPORTING_LEVEL, "Values of Reporting-Level.", (("SERVICE_IDENTIFIER_LEVEL", 0), ("RATING_GROUP_LEVEL", 1), ("SPONSORED_CONNECTIVITY_LEVEL", 2),)),
    "ResourceAllocationNotification": (RESOURCE_ALLOCATION_NOTIFICATION, "Values of Resource-Allocation-Notification.", (("ENABLE_NOTIFICATION", 0),)),
    "ResourceReleaseNotification": (RESOURCE_RELEASE_NOTIFICATION, "Values of Resource-Release-Notification.", (("ENABLE_NOTIFICATION", 0),)),
    "RoutingRuleFailureCode": (ROUTING_RULE_FAILURE_CODE, "Values of Routing-Rule-Failure-Code.", (("SUBSCRIPTION_LIMITATION", 0), ("OPERATOR_POLICY", 1), ("RESOURCE_LIMITATION", 2), ("ROUTING_ACCESS_INFORMATION_NOT_ALLOWED", 3), ("UNSPECIFIED_ERROR", 4),)),
    "RuleFailureCode": (RULE_FAILURE_CODE, "Values of Rule-Failure-Code.", (("UNKNOWN_RULE_NAME", 1), ("RATING_GROUP_ERROR", 2), ("SERVICE_IDENTIFIER_ERROR", 3), ("GW_PCEF_MALFUNCTION", 4), ("RESOURCES_LIMITATION", 5), ("MAX_NR_BEARERS_REACHED", 6), ("UNKNOWN_BEARER_ID", 7), ("MISSING_BEARER_ID", 8), ("MISSING_FLOW_INFORMATION", 9), ("RESOURCE_ALLOCATION_FAILURE", 10), ("UNSUCCESSFUL_QOS_VALIDATION", 11), ("INCORRECT_FLOW_INFORMATION", 12), ("PS_TO_CS_HANDOVER", 13), ("TDF_APPLICATION_IDENTIFIER_ERROR", 14), ("NO_BEARER_BOUND", 15), ("FILTER_RESTRICTIONS", 16), ("AN_GW_FAILED", 17), ("MISSING_REDIRECT_SERVER_ADDRESS", 18), ("CM_END_USER_SERVICE_DENIED", 19), ("CM_CREDIT_CONTROL_NOT_APPLICABLE", 20), ("CM_AUTHORIZATION_REJECTED", 21), ("CM_USER_UNKNOWN", 22), ("CM_RATING_FAILED", 23), ("ROUTING_RULE_REJECTION", 24), ("UNKNOWN_ROUTING_ACCESS_INFORMATION", 25), ("NO_NBIFOM_SUPPORT", 26), ("UE_STATE_SUSPEND", 27), ("TRAFFIC_STEERING_ERROR", 28), ("SAME_TIME_ERROR", 29),)),
    "SessionReleaseCause": (SESSION_RELEASE_CAUSE, "Values of Session-Release-Cause.", (("UNSPECIFIED_REASON", 0), ("UE_SUBSCRIPTION_REASON", 1), ("INSUFFICIENT_SERVER_RESOURCES", 2), ("IP_CAN_SESSION_TERMINATION", 3), ("UE_IP_ADDRESS_RELEASE", 4),)),
    "UEStatus": (UE_STATUS, "Values of UE-Status.", (("UE_STATUS_SUSPEND", 1),)),
    "UsageMonitoringLevel": (USAGE_MONITORING_LEVEL, "Values of Usage-Monitoring-Level.", (("SESSION_LEVEL", 0), ("PCC_RULE_LEVEL", 1), ("ADC_RULE_LEVEL", 2),)),
    "UsageMonitoringReport": (USAGE_MONITORING_REPORT, "Values of Usage-Monitoring-Report.", (("USAGE_MONITORING_REPORT_REQUIRED", 0),)),
    "UsageMonitoringSupport": (USAGE_MONITORING_SUPPORT, "Values of Usage-Monitoring-Support.", (("USAGE_MONITORING_DISABLED", 0),)),
    "SessionLinkingIndicator": (SESSION_LINKING_INDICATOR, "Values of Session-Linking-Indicator.", (("SESSION_LINKING_IMMEDIATE", 0), ("SESSION_LINKING_DEFERRED", 1),)),
    "RequestType": (REQUEST_TYPE, "Values of Request-Type.", (("INITIAL_REQUEST", 0), ("UPDATE_REQUEST", 1),)),
    "CSServiceQoSRequestOperation": (CS_SERVICE_QOS_REQUEST_OPERATION, "Values of CS-Service-QoS-Request-Operation.", (("DELETION", 0), ("MODIFICATION", 1),)),
    "CSServiceResourceFailureCause": (CS_SERVICE_RESOURCE_FAILURE_CAUSE, "Values of CS-Service-Resource-Failure-Cause.", (("RESOURCE_RELEASED", 0),)),
    "CSServiceResourceResultOperation": (CS_SERVICE_RESOURCE_RESULT_OPERATION, "Values of CS-Service-Resource-Result-Operation.", (("DELETION", 0),)),
    "AbortCause": (ABORT_CAUSE, "Values of Abort-Cause.", (("BEARER_RELEASED", 0), ("INSUFFICIENT_SERVER_RESOURCES", 1), ("INSUFFICIENT_BEARER_RESOURCES", 2), ("PS_TO_CS_HANDOVER", 3), ("SPONSORED_DATA_CONNECTIVITY_DISALLOWED", 4),)),
    "AFSignallingProtocol": (AF_SIGNALLING_PROTOCOL, "Values of AF-Signalling-Protocol.", (("NO_INFORMATION", 0), ("SIP", 1),)),
    "FlowStatus": (FLOW_STATUS, "Values of Flow-Status.", (("ENABLED_UPLINK", 0), ("ENABLED_DOWNLINK", 1), ("ENABLED", 2), ("DISABLED", 3), ("REMOVED", 4),)),
    "FlowUsage": (FLOW_USAGE, "Values of Flow-Usage.", (("NO_INFORMATION", 0), ("RTCP", 1), ("AF_SIGNALLING", 2),)),
    "IMSContentType": (IMS_CONTENT_TYPE, "Values of IMS-Content-Type.", (("NO_CONTENT_DETAIL", 0), ("CAT", 1), ("CONFERENCE", 2),)),
    "LineType": (LINE_TYPE, "Values of Line-Type.", (("DSL", 0), ("PON", 1),)),
    "MAInformationAction": (MA_INFORMATION_ACTION, "Values of MA-Information-Action.", (("ADD", 0), ("RELEASE", 1),)),
    "MediaComponentStatus": (MEDIA_COMPONENT_STATUS, "Values of Media-Component-Status.", (("ACTIVE", 0), ("INACTIVE", 1),)),
    "MediaType": (MEDIA_TYPE, "Values of Media-Type.", (("AUDIO", 0), ("VIDEO", 1), ("DATA", 2), ("APPLICATION", 3), ("CONTROL", 4), ("TEXT", 5), ("MESSAGE", 6), ("OTHER", -1),)),
    "MPSAction": (MPS_ACTION, "Values of MPS-Action.", (("DISABLE_MPS_FOR_DTS", 0), ("ENABLE_MPS_FOR_DTS", 1), ("AUTHORIZE_AND_ENABLE_MPS_FOR_DTS", 2), ("AUTHORIZE_AND_ENABLE_MPS_FOR_AF_SIGNALLING", 3),)),
    "PrioritySharingIndicator": (PRIORITY_SHARING_INDICATOR, "Values of Priority-Sharing-Indicator.", (("PRIORITY_SHARING_ENABLED", 0), ("PRIORITY_SHARING_DISABLED", 1),)),
    "RequiredAccessInfo": (REQUIRED_ACCESS_INFO, "Values of Required-Access-Info.", (("USER_LOCATION", 0), ("MS_TIME_ZONE", 1),)),
    "RxRequestType": (RX_REQUEST_TYPE, "Values of Rx-Request-Type.", (("INITIAL_REQUEST", 0), ("UPDATE_REQUEST", 1), ("PCSCF_RESTORATION", 2),)),
    "ServiceInfoStatus": (SERVICE_INFO_STATUS, "Values of Service-Info-Status.", (("FINAL_SERVICE_INFORMATION", 0), ("PRELIMINARY_SERVICE_INFORMATION", 1),)),
    "SIPForkingIndication": (SIP_FORKING_INDICATION, "Values of SIP-Forking-Indication.", (("SINGLE_DIALOGUE", 0), ("SEVERAL_DIALOGUES", 1),)),
    "SpecificAction": (SPECIFIC_ACTION, "Values of Specific-Action.", (("CHARGING_CORRELATION_EXCHANGE", 1), ("INDICATION_OF_LOSS_OF_BEARER", 2), ("INDICATION_OF_RECOVERY_OF_BEARER", 3), ("INDICATION_OF_RELEASE_OF_BEARER", 4), ("IP_CAN_CHANGE", 6), ("INDICATION_OF_OUT_OF_CREDIT", 7), ("INDICATION_OF_SUCCESSFUL_RESOURCES_ALLOCATION", 8), ("INDICATION_OF_FAILED_RESOURCES_ALLOCATION", 9), ("INDICATION_OF_LIMITED_PCC_DEPLOYMENT", 10), ("USAGE_REPORT", 11), ("ACCESS_NETWORK_INFO_REPORT", 12), ("INDICATION_OF_RECOVERY_FROM_LIMITED_PCC_DEPLOYMENT", 13), ("INDICATION_OF_ACCESS_NETWORK_INFO_REPORTING_FAILURE", 14), ("INDICATION_OF_TRANSFER_POLICY_EXPIRED", 15), ("PLMN_CHANGE", 16), ("EPS_FALLBACK", 17), ("INDICATION_OF_REALLOCATION_OF_CREDIT", 18), ("SUCCESSFUL_QOS_UPDATE", 19), ("FAILED_QOS_UPDATE", 20),)),
    "SponsoringAction": (SPONSORING_ACTION, "Values of Sponsoring-Action.", (("DISABLE_SPONSORING", 0), ("ENABLE_SPONSORING", 1),)),
    "SubsessionOperation": (SUBSESSION_OPERATION, "Values of Subsession-Operation.", (("TERMINATION", 0), ("ESTABLISHMENT", 1), ("MODIFICATION", 2),)),
    "MultipleBBERFAction": (MULTIPLE_BBERF_ACTION, "Values of Multiple-BBERF-Action.", (("ESTABLISHMENT", 0), ("TERMINATION", 1),)),
    "DRADeployment": (DRA_DEPLOYMENT, "Values of DRA-Deployment.", (("DRA_DEPLOYED", 0),)),
    "DRABinding": (DRA_BINDING, "Values of DRA-Binding.", (("DRA_BINDING_DELETION", 0),)),
    "CongestionLevelRange": (CONGESTION_LEVEL_RANGE, "Values of Congestion-Level-Range.", (("NO_CONGESTION", 1), ("CONGESTION_LEVEL_1", 2),)),
    "CongestionLevelValue": (CONGESTION_LEVEL_VALUE, "Values of Congestion-Level-Value.", (("NO_CONGESTION", 0),)),
    "ConditionalRestriction": (CONDITIONAL_RESTRICTION, "Values of Conditional-Restriction.", (("UE_LOCATION_INFO_NOT_INCLUDED_IN_RUCI", 1),)),
    "ReportingRestriction": (REPORTING_RESTRICTION, "Values of Reporting-Restriction.", (("NO_REPORTING_RESTRICTION", 0), ("CONDITIONAL_REPORTING_RESTRICTION", 1), ("UNCONDITIONAL_REPORTING_RESTRICTION", 2),)),
    "RUCIAction": (RUCI_ACTION, "Values of RUCI-Action.", (("DISABLE_RUCI_REPORTING", 0), ("ENABLE_RUCI_REPORTING", 1), ("RELEASE_CONTEXT", 2),)),
    "SLRequestType": (SL_REQUEST_TYPE, "Values of SL-Request-Type.", (("INITIAL_REQUEST", 0), ("INTERMEDIATE_REQUEST", 1),)),
    "SNRequestType": (SN_REQUEST_TYPE, "Values of SN-Request-Type.", (("NORMAL_REQUEST", 1), ("ABORT_SESSION_REQUEST", 2),)),
    "ServerAssignmentType": (SERVER_ASSIGNMENT_TYPE, "Values of Server-Assignment-Type.", (("NO_ASSIGNMENT", 0), ("REGISTRATION", 1), ("RE_REGISTRATION", 2), ("UNREGISTERED_USER", 3), ("TIMEOUT_DEREGISTRATION", 4), ("USER_DEREGISTRATION", 5), ("TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME", 6), ("USER_DEREGISTRATION_STORE_SERVER_NAME", 7), ("ADMINISTRATIVE_DEREGISTRATION", 8), ("AUTHENTICATION_FAILURE", 9), ("AUTHENTICATION_TIMEOUT", 10), ("DEREGISTRATION_TOO_MUCH_DATA", 11), ("AAA_USER_DATA_REQUEST", 12), ("PGW_UPDATE", 13), ("RESTORATION", 14),)),
    "ReasonCode": (REASON_CODE, "Values of Reason-Code.", (("PERMANENT_TERMINATION", 0), ("NEW_SERVER_ASSIGNED", 1), ("SERVER_CHANGE", 2), ("REMOVE_S_CSCF", 3),)),
    "UserAuthorizationType": (USER_AUTHORIZATION_TYPE, "Values of User-Authorization-Type.", (("REGISTRATION", 0), ("DE_REGISTRATION", 1), ("REGISTRATION_AND_CAPABILITIES", 2),)),
    "UserDataAlreadyAvailable": (USER_DATA_ALREADY_AVAILABLE, "Values of User-Data-Already-Available.", (("USER_DATA_NOT_AVAILABLE", 0), ("USER_DATA_ALREADY_AVAILABLE", 1),)),
    "OriginatingRequest": (ORIGINATING_REQUEST, "Values of Originating-Request.", (("ORIGINATING", 0),)),
    "UARFlags": (UAR_FLAGS, "Values of UAR-Flags.", (("IMS_EMERGENCY_REGISTRATION", 1),)),
    "LooseRouteIndication": (LOOSE_ROUTE_INDICATION, "Values of Loose-Route-Indication.", (("LOOSE_ROUTE_NOT_REQUIRED", 0), ("LOOSE_ROUTE_REQUIRED", 1),)),
    "MultipleRegistrationIndication": (MULTIPLE_REGISTRATION_INDICATION, "Values of Multiple-Registration-Indication.", (("NOT_MULTIPLE_REGISTRATION", 0), ("MULTIPLE_REGISTRATION", 1),)),
    "SessionPriority": (SESSION_PRIORITY, "Values of Session-Priority.", (("PRIORITY_0", 0), ("PRIORITY_1", 1), ("PRIORITY_2", 2), ("PRIORITY_3", 3), ("PRIORITY_4", 4),)),
    "PriviledgedSenderIndication": (PRIVILEDGED_SENDER_INDICATION, "Values of Priviledged-Sender-Indication.", (("NOT_PRIVILEDGED_SENDER", 0), ("PRIVILEDGED_SENDER", 1),)),
    "LIAFlags": (LIA_FLAGS, "Values of LIA-Flags.", (("PSI_DIRECT_ROUTING_INDICATION", 1),)),
    "SARFlags": (SAR_FLAGS, "Values of SAR-Flags.", (("P_CSCF_RESTORATION_INDICATION", 1),)),
    "RTRFlags": (RTR_FLAGS, "Values of RTR-Flags.", (("REFERENCE_LOCATION_INFORMATION_CHANGE", 1),)),
    "AuthenticationMethod": (AUTHENTICATION_METHOD, "Values of Authentication-Method.", (("WLAN_EAP_SIM", 0), ("WLAN_EAP_AKA", 1),)),
    "WLANAccess": (WLAN_ACCESS, "Values of WLAN-Access.", (("WLAN_SUBSCRIPTION_ALLOWED", 0), ("WLAN_SUBSCRIPTION_BARRED", 1),)),
    "WLAN3GPPIPAccess": (WLAN_3GPP_IP_ACCESS, "Values of WLAN-3GPP-IP-Access.", (("WLAN_APNS_ENABLE", 0), ("WLAN_APNS_DISABLE", 1),)),
    "APNBarringType": (APN_BARRING_TYPE, "Values of APN-Barring-Type.", (("WLAN_APN_NOT_BARRED", 0), ("WLAN_APN_BARRED", 1),)),
    "WLANDirectIPAccess": (WLAN_DIRECT_IP_ACCESS, "Values of WLAN-Direct-IP-Access.", (("WLAN_DIRECT_IP_ACCESS", 0), ("WLAN_NO_DIRECT_IP_ACCESS", 1),)),
    "SessionRequestType": (SESSION_REQUEST_TYPE, "Values of Session-Request-Type.", (("AUTHORIZATION_REQUEST", 0), ("DEREGISTRATION_REQUEST", 1),)),
    "ULRFlags": (ULR_FLAGS, "Values of ULR-Flags.", (("SINGLE_REGISTRATION_INDICATION", 1), ("S6A_S6D_INDICATOR", 2), ("SKIP_SUBSCRIBER_DATA", 4), ("GPRS_SUBSCRIPTION_DATA_INDICATOR", 8), ("NODE_TYPE_INDICATOR", 16), ("INITIAL_ATTACH_INDICATOR", 32), ("PS_LCS_NOT_SUPPORTED_BY_UE", 64), ("SMS_ONLY_INDICATION", 128), ("DUAL_REGISTRATION_5G_INDICATOR", 256), ("INTER_PLMN_INTER_MME_HANDOVER", 512), ("INTRA_PLMN_INTER_MME_HANDOVER", 1024),)),
    "ULAFlags": (ULA_FLAGS, "Values of ULA-Flags.", (("SEPARATION_INDICATION", 1), ("MME_REGISTERED_FOR_SMS", 2),)),
    "NetworkAccessMode": (NETWORK_ACCESS_MODE, "Values of Network-Access-Mode.", (("PACKET_AND_CIRCUIT", 0), ("RESERVED", 1), ("ONLY_PACKET", 2),)),
    "HPLMNODB": (HPLMN_ODB, "Values of HPLMN-ODB.", (("HPLMN_SPECIFIC_BARRING_TYPE_1", 1), ("HPLMN_SPECIFIC_BARRING_TYPE_2", 2), ("HPLMN_SPECIFIC_BARRING_TYPE_3", 4), ("HPLMN_SPECIFIC_BARRING_TYPE_4", 8),)),
    "CancellationType": (CANCELLATION_TYPE, "Values of Cancellation-Type.", (("MME_UPDATE_PROCEDURE", 0), ("SGSN_UPDATE_PROCEDURE", 1), ("SUBSCRIPTION_WITHDRAWAL", 2), ("UPDATE_PROCEDURE_IWF", 3), ("INITIAL_ATTACH_PROCEDURE", 4), ("DISASTER_CONDITION_TERMINATED", 5),)),
    "DSRFlags": (DSR_FLAGS, "Values of DSR-Flags.", (("REGIONAL_SUBSCRIPTION_WITHDRAWAL", 1), ("COMPLETE_APN_CONFIGURATION_PROFILE_WITHDRAWAL", 2), ("SUBSCRIBED_CHARGING_CHARACTERISTICS_WITHDRAWAL", 4), ("PDN_SUBSCRIPTION_CONTEXTS_WITHDRAWAL", 8), ("STN_SR", 16), ("COMPLETE_PDP_CONTEXT_LIST_WITHDRAWAL", 32), ("PDP_CONTEXTS_WITHDRAWAL", 64), ("ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE", 128), ("TRACE_DATA_WITHDRAWAL", 256), ("CSG_DELETED", 512), ("APN_OI_REPLACEMENT", 1024), ("GMLC_LIST_WITHDRAWAL", 2048), ("LCS_WITHDRAWAL", 4096), ("SMS_WITHDRAWAL", 8192), ("SUBSCRIBED_PERIODIC_RAU_TAU_TIMER_WITHDRAWAL", 16384), ("SUBSCRIBED_VSRVCC_WITHDRAWAL", 32768), ("A_MSISDN_WITHDRAWAL", 65536), ("PROSE_WITHDRAWAL", 131072), ("RESET_IDS", 262144), ("DL_BUFFERING_SUGGESTED_PACKET_COUNT_WITHDRAWAL", 524288), ("SUBSCRIBED_IMSI_GROUP_ID_WITHDRAWAL", 1048576), ("DELETE_MONITORING_EVENTS", 2097152), ("USER_PLANE_INTEGRITY_PROTECTION_WITHDRAWAL", 4194304), ("MSISDN_WITHDRAWAL", 8388608), ("UE_USAGE_TYPE_WITHDRAWAL", 16777216), ("V2X_WITHDRAWAL", 33554432), ("EXTERNAL_IDENTIFIER_WITHDRAWAL", 67108864), ("AERIAL_UE_SUBSCRIPTION_WITHDRAWAL", 134217728), ("PAGING_TIME_WINDOW_SUBSCRIPTION_WITHDRAWAL", 268435456), ("ACTIVE_TIME_WITHDRAWAL", 536870912), ("EDRX_CYCLE_LENGTH_WITHDRAWAL", 1073741824), ("SERVICE_GAP_TIME_WITHDRAWAL", 2147483648),)),
    "DSAFlags": (DSA_FLAGS, "Values of DSA-Flags.", (("NETWORK_NODE_AREA_RESTRICTED", 1),)),
    "SubscriberStatus": (SUBSCRIBER_STATUS, "Values of Subscriber-Status.", (("SERVICE_GRANTED", 0), ("OPERATOR_DETERMINED_BARRING", 1),)),
    "OperatorDeterminedBarring": (OPERATOR_DETERMINED_BARRING, "Values of Operator-Determined-Barring.", (("ALL_PACKET_ORIENTED_SERVICES_BARRED", 1), ("ROAMER_ACCESS_HPLMN_AP_BARRED", 2), ("ROAMER_ACCESS_TO_VPLMN_AP_BARRED", 4), ("BARRING_OF_ALL_OUTGOING_CALLS", 8), ("BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS", 16), ("BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY", 32), ("BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS", 64), ("BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY", 128), ("BARRING_OF_ALL_OUTGOING_INTERNATIONAL_CALLS_EXCEPT_THOSE_DIRECTED_TO_THE_HOME_PLMN_COUNTRY_AND_BARRING_OF_ALL_OUTGOING_INTER_ZONAL_CALLS", 256),)),
    "AccessRestrictionData": (ACCESS_RESTRICTION_DATA, "Values of Access-Restriction-Data.", (("UTRAN_NOT_ALLOWED", 1), ("GERAN_NOT_ALLOWED", 2), ("GAN_NOT_ALLOWED", 4), ("I_HSPA_EVOLUTION_NOT_ALLOWED", 8), ("WB_E_UTRAN_NOT_ALLOWED", 16), ("HO_TO_NON_3GPP_ACCESS_NOT_ALLOWED", 32), ("NB_IOT_NOT_ALLOWED", 64), ("ENHANCED_COVERAGE_NOT_ALLOWED", 128), ("NR_AS_SECONDARY_RAT_IN_E_UTRAN_NOT_ALLOWED", 256), ("UNLICENSED_SPECTRUM_AS_SECONDARY_RAT_NOT_ALLOWED", 512), ("NR_IN_5GS_NOT_ALLOWED", 1024), ("LTE_M_NOT_ALLOWED", 2048), ("WB_E_UTRAN_EXCEPT_LTE_M_NOT_ALLOWED", 4096), ("WB_E_UTRAN_LEO_NOT_ALLOWED", 8192), ("WB_E_UTRAN_MEO_NOT_ALLOWED", 16384), ("WB_E_UTRAN_GEO_NOT_ALLOWED", 32768), ("WB_E_UTRAN_OTHERSAT_NOT_ALLOWED", 65536), ("NB_IOT_LEO_NOT_ALLOWED", 131072), ("NB_IOT_MEO_NOT_ALLOWED", 262144), ("NB_IOT_GEO_NOT_ALLOWED", 524288), ("NB_IOT_OTHERSAT_NOT_ALLOWED", 1048576), ("LTE_M_LEO_NOT_ALLOWED", 2097152), ("LTE_M_MEO_NOT_ALLOWED", 4194304), ("LTE_M_GEO_NOT_ALLOWED", 8388608), ("LTE_M_OTHERSAT_NOT_ALLOWED", 16777216),)),
    "AllAPNConfigurationsIncludedIndicator": (ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR, "Values of All-APN-Configurations-Included-Indicator.", (("ALL_APN_CONFIGURATIONS_INCLUDED", 0), ("MODIFIED_ADDED_APN_CONFIGURATIONS_INCLUDED", 1),)),
    "VPLMNDynamicAddressAllowed": (VPLMN_DYNAMIC_ADDRESS_ALLOWED, "Values of VPLMN-Dynamic-Address-Allowed.", (("NOTALLOWED", 0), ("ALLOWED", 1),)),
    "AlertReason": (ALERT_REASON, "Values of Alert-Reason.", (("UE_PRESENT", 0), ("UE_MEMORY_AVAILABLE", 1),)),
    "PDNGWAllocationType": (PDN_GW_ALLOCATION_TYPE, "Values of PDN-GW-Allocation-Type.", (("STATIC", 0), ("DYNAMIC", 1),)),
    "IDAFlags": (IDA_FLAGS, "Values of IDA-Flags.", (("NETWORK_NODE_AREA_RESTRICTED", 1),)),
    "PUAFlags": (PUA_FLAGS, "Values of PUA-Flags.", (("FREEZE_M_TMSI", 1), ("FREEZE_P_TMSI", 2),)),
    "NORFlags": (NOR_FLAGS, "Values of NOR-Flags.", (("SINGLE_REGISTRATION_INDICATION", 1), ("SGSN_AREA_RESTRICTED", 2), ("READY_FOR_SM_FROM_SGSN", 4), ("UE_REACHABLE_FROM_MME", 8), ("UE_REACHABLE_FROM_SGSN", 32), ("READY_FOR_SM_FROM_MME", 64), ("HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS", 128), ("S6A_S6D_INDICATOR", 256), ("REMOVAL_OF_MME_REGISTRATION_FOR_SMS", 512),)),
    "EquipmentStatus": (EQUIPMENT_STATUS, "Values of Equipment-Status.", (("PERMITTEDLISTED", 0), ("PROHIBITEDLISTED", 1), ("TRACKINGLISTED", 2),)),
    "PDNType": (PDN_TYPE, "Values of PDN-Type.", (("IPV4", 0), ("IPV6", 1), ("IPV4V6", 2), ("IPV4_OR_IPV6", 3),)),
    "RoamingRestrictedDueToUnsupportedFeature": (ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE, "Values of Roaming-Restricted-Due-To-Unsupported-Feature.", (("ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE", 0),)),
    "TraceDepth": (TRACE_DEPTH, "Values of Trace-Depth.", (("MINIMUM", 0), ("MEDIUM", 1), ("MAXIMUM", 2), ("MINIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION", 3), ("MEDIUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION", 4), ("MAXIMUM_WITHOUT_VENDOR_SPECIFIC_EXTENSION", 5), ("MINIMUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD", 6), ("MEDIUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD", 7), ("MAXIMUM_ONLY_VENDOR_SPECIFIC_TRACE_RECORD", 8),)),
    "CompleteDataListIncludedIndicator": (COMPLETE_DATA_LIST_INCLUDED_INDICATOR, "Values of Complete-Data-List-Included-Indicator.", (("ALL_PDP_CONTEXTS_INCLUDED", 0), ("MODIFIED_ADDED_PDP_CONTEXTS_INCLUDED", 1),)),
    "NotificationToUEUser": (NOTIFICATION_TO_UE_USER, "Values of Notification-To-UE-User.", (("NOTIFY_LOCATION_ALLOWED", 0), ("NOTIFYANDVERIFY_LOCATION_ALLOWED_IF_NO_RESPONSE", 1), ("NOTIFYANDVERIFY_LOCATION_NOT_ALLOWED_IF_NO_RESPONSE", 2), ("LOCATION_NOT_ALLOWED", 3),)),
    "GMLCRestriction": (GMLC_RESTRICTION, "Values of GMLC-Restriction.", (("GMLC_LIST", 0), ("HOME_COUNTRY", 1),)),
    "PLMNClient": (PLMN_CLIENT, "Values of PLMN-Client.", (("BROADCAST_SERVICE", 0), ("O_AND_M_HPLMN", 1), ("O_AND_M_VPLMN", 2), ("ANONYMOUS_LOCATION", 3), ("TARGET_UE_SUBSCRIBED_SERVICE", 4),)),
    "IDRFlags": (IDR_FLAGS, "Values of IDR-Flags.", (("UE_REACHABILITY_REQUEST", 1), ("T_ADS_DATA_REQUEST", 2), ("EPS_USER_STATE_REQUEST", 4), ("EPS_LOCATION_INFORMATION_REQUEST", 8), ("CURRENT_LOCATION_REQUEST", 16), ("LOCAL_TIME_ZONE_REQUEST", 32), ("REMOVE_SMS_REGISTRATION", 64), ("RAT_TYPE_REQUESTED", 128), ("P_CSCF_RESTORATION_REQUEST", 256),)),
    "ICSIndicator": (ICS_INDICATOR, "Values of ICS-Indicator.", (("FALSE", 0), ("TRUE", 1),)),
    "IMSVoiceOverPSSessionsSupported": (IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED, "Values of IMS-Voice-Over-PS-Sessions-Supported.", (("NOT_SUPPORTED", 0), ("SUPPORTED", 1),)),
    "HomogeneousSupportOfIMSVoiceOverPSSessions": (HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS, "Values of Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions.", (("NOT_SUPPORTED", 0), ("SUPPORTED", 1),)),
    "UserState": (USER_STATE, "Values of User-State.", (("DETACHED", 0), ("ATTACHED_NOT_REACHABLE_FOR_PAGING", 1), ("ATTACHED_REACHABLE_FOR_PAGING", 2), ("CONNECTED_NOT_REACHABLE_FOR_PAGING", 3), ("CONNECTED_REACHABLE_FOR_PAGING", 4), ("RESERVED", 5),)),
    "CurrentLocationRetrieved": (CURRENT_LOCATION_RETRIEVED, "Values of Current-Location-Retrieved.", (("ACTIVE_LOCATION_RETRIEVAL", 0),)),
    "ErrorDiagnostic": (ERROR_DIAGNOSTIC, "Values of Error-Diagnostic.", (("GPRS_DATA_SUBSCRIBED", 0), ("NO_GPRS_DATA_SUBSCRIBED", 1), ("ODB_ALL_APN", 2), ("ODB_HPLMN_APN", 3), ("ODB_VPLMN_APN", 4),)),
    "UESRVCCCapability": (UE_SRVCC_CAPABILITY, "Values of UE-SRVCC-Capability.", (("UE_SRVCC_NOT_SUPPORTED", 0), ("UE_SRVCC_SUPPORTED", 1),)),
    "MPSPriority": (MPS_PRIORITY, "Values of MPS-Priority.", (("MPS_CS_PRIORITY", 1), ("MPS_EPS_PRIORITY", 2),)),
    "VPLMNLIPAAllowed": (VPLMN_LIPA_ALLOWED, "Values of VPLMN-LIPA-Allowed.", (("LIPA_NOTALLOWED", 0), ("LIPA_ALLOWED", 1),)),
    "LIPAPermission": (LIPA_PERMISSION, "Values of LIPA-Permission.", (("LIPA_PROHIBITED", 0), ("LIPA_ONLY", 1), ("LIPA_CONDITIONAL", 2),)),
    "SIPTOPermission": (SIPTO_PERMISSION, "Values of SIPTO-Permission.", (("SIPTO_ABOVE_RAN_ALLOWED", 0), ("SIPTO_ABOVE_RAN_NOTALLOWED", 1),)),
    "JobType": (JOB_TYPE, "Values of Job-Type.", (("IMMEDIATE_MDT_ONLY", 0), ("LOGGED_MDT_ONLY", 1), ("TRACE_ONLY", 2), ("IMMEDIATE_MDT_AND_TRACE", 3), ("RLF_REPORT_ONLY", 4), ("RCEF_REPORT_ONLY", 5), ("LOGGED_MBSFN_MDT", 6), ("V_5GC_UE_LEVEL_MEASUREMENTS_ONLY", 7), ("TRACE_AND_5GC_UE_LEVEL_MEASUREMENTS", 8), ("IMMEDIATE_MDT_AND_5GC_UE_LEVEL_MEASUREMENTS", 9), ("TRACE_AND_IMMEDIATE_MDT_AND_5GC_UE_LEVEL_MEASUREMENTS", 10), ("RRC_REPORT", 11), ("IMMEDIATE_MDT_AND_LOGGED_MDT", 12),)),
    "ReportInterval": (REPORT_INTERVAL, "Values of Report-Interval.", (("UMTS_250_MS", 0), ("UMTS_500_MS", 1), ("UMTS_1000_MS", 2), ("UMTS_2000_MS", 3), ("UMTS_3000_MS", 4), ("UMTS_4000_MS", 5), ("UMTS_6000_MS", 6), ("UMTS_8000_MS", 7), ("UMTS_12000_MS", 8), ("UMTS_16000_MS", 9), ("UMTS_20000_MS", 10), ("UMTS_24000_MS", 11), ("UMTS_28000_MS", 12), ("UMTS_32000_MS", 13), ("UMTS_64000_MS", 14), ("LTE_120_MS", 15), ("LTE_240_MS", 16), ("LTE_480_MS", 17), ("LTE_640_MS", 18), ("LTE_1024_MS", 19), ("LTE_2048_MS", 20), ("LTE_5120_MS", 21), ("LTE_10240_MS", 22), ("LTE_1_MIN", 23), ("LTE_6_MIN", 24), ("LTE_12_MIN", 25), ("LTE_30_MIN", 26), ("LTE_60_MIN", 27), ("NR_120_MS", 28), ("NR_240_MS", 29), ("NR_480_MS", 30), ("NR_640_MS", 31), ("NR_1024_MS", 32), ("NR_2048_MS", 33), ("NR_5120_MS", 34), ("NR_10240_MS", 35), ("NR_20480_MS", 36), ("NR_40960_MS", 37), ("NR_1_MIN", 38), ("NR_6_MIN", 39), ("NR_12_MIN", 40), ("NR_30_MIN", 41), ("NR_60_MIN", 42),)),
    "ReportAmount": (REPORT_AMOUNT, "Values of Report-Amount.", (("V_1", 0), ("V_2", 1), ("V_4", 2), ("V_8", 3), ("V_16", 4), ("V_32", 5), ("V_64", 6), ("INFINITY", 7),)),
    "LoggingInterval": (LOGGING_INTERVAL, "Values of Logging-Interval.", (("V_1280_MS", 0), ("V_2560_MS", 1), ("V_5120_MS", 2), ("V_10240_MS", 3), ("V_20480_MS", 4), ("V_30720_MS", 5), ("V_40960_MS", 6), ("V_61440_MS", 7), ("V_320_MS", 8), ("V_640_MS", 9), ("INFINITY", 10),)),
    "LoggingDuration": (LOGGING_DURATION, "Values of Logging-Duration.", (("V_600_SEC", 0), ("V_1200_SEC", 1), ("V_2400_SEC", 2), ("V_3600_SEC", 3), ("V_5400_SEC", 4), ("V_7200_SEC", 5),)),
    "RelayNodeIndicator": (RELAY_NODE_INDICATOR, "Values of Relay-Node-Indicator.", (("NOT_RELAY_NODE", 0), ("RELAY_NODE", 1),)),
    "MDTUserConsent": (MDT_USER_CONSENT, "Values of MDT-User-Consent.", (("CONSENT_NOT_GIVEN", 0), ("CONSENT_GIVEN", 1),)),
    "PURFlags": (PUR_FLAGS, "Values of PUR-Flags.", (("UE_PURGED_IN_MME", 1), ("UE_PURGED_IN_SGSN", 2),)),
    "SubscribedVSRVCC": (SUBSCRIBED_VSRVCC, "Values of Subscribed-VSRVCC.", (("VSRVCC_SUBSCRIBED", 0),)),
    "CLRFlags": (CLR_FLAGS, "Values of CLR-Flags.", (("S6A_S6D_INDICATOR", 1), ("REATTACH_REQUIRED", 2),)),
    "UVRFlags": (UVR_FLAGS, "Values of UVR-Flags.", (("SKIP_SUBSCRIBER_DATA", 1),)),
    "UVAFlags": (UVA_FLAGS, "Values of UVA-Flags.", (("TEMPORARY_EMPTY_VPLMN_CSG_SUBSCRIPTION_DATA", 1),)),
    "SMSRegisterRequest": (SMS_REGISTER_REQUEST, "Values of SMS-Register-Request.", (("SMS_REGISTRATION_REQUIRED", 0), ("SMS_REGISTRATION_NOT_PREFERRED", 1), ("NO_PREFERENCE", 2),)),
    "DaylightSavingTime": (DAYLIGHT_SAVING_TIME, "Values of Daylight-Saving-Time.", (("NO_ADJUSTMENT", 0), ("PLUS_ONE_HOUR_ADJUSTMENT", 1), ("PLUS_TWO_HOURS_ADJUSTMENT", 2),)),
    "SubscriptionDataFlags": (SUBSCRIPTION_DATA_FLAGS, "Values of Subscription-Data-Flags.", (("PS_AND_SMS_ONLY_SERVICE_PROVISION_INDICATION", 1), ("SMS_IN_SGSN_ALLOWED_INDICATION", 2), ("USER_PLANE_INTEGRITY_PROTECTION", 4), ("PDN_CONNECTION_RESTRICTED", 8), ("ACKNOWLEDGEMENT_OF_DOWNLINK_NAS_DATA_PDUS_DISABLED", 16),)),
    "MeasurementPeriodLTE": (MEASUREMENT_PERIOD_LTE, "Values of Measurement-Period-LTE.", (("V_1024_MS", 0), ("V_1280_MS", 1), ("V_2048_MS", 2), ("V_2560_MS", 3), ("V_5120_MS", 4), ("V_10240_MS", 5), ("V_1_MIN", 6),)),
    "MeasurementPeriodUMTS": (MEASUREMENT_PERIOD_UMTS, "Values of Measurement-Period-UMTS.", (("V_250_MS", 0), ("V_500_MS", 1), ("V_1000_MS", 2), ("V_2000_MS", 3), ("V_3000_MS", 4), ("V_4000_MS", 5), ("V_6000_MS", 6), ("V_8000_MS", 7), ("V_12000_MS", 8), ("V_16000_MS", 9), ("V_20000_MS", 10), ("V_24000_MS", 11), ("V_28000_MS", 12), ("V_32000_MS", 13), ("V_64000_MS", 14),)),
    "CollectionPeriodRRMLTE": (COLLECTION_PERIOD_RRM_LTE, "Values of Collection-Period-RRM-LTE.", (("V_100_MS", 0), ("V_1000_MS", 1), ("V_1024_MS", 2), ("V_1280_MS", 3), ("V_2048_MS", 4), ("V_2560_MS", 5), ("V_5120_MS", 6), ("V_10000_MS", 7), ("V_10240_MS", 8), ("V_1_MIN", 9),)),
    "CollectionPeriodRRMUMTS": (COLLECTION_PERIOD_RRM_UMTS, "Values of Collection-Period-RRM-UMTS.", (("V_100_MS", 0), ("V_250_MS", 1), ("V_500_MS", 2), ("V_1000_MS", 3), ("V_2000_MS", 4), ("V_3000_MS", 5), ("V_4000_MS", 6), ("V_6000_MS", 7),)),
    "SIPTOLocalNetworkPermission": (SIPTO_LOCAL_NETWORK_PERMISSION, "Values of SIPTO-Local-Network-Permission.", (("SIPTO_AT_LOCAL_NETWORK_ALLOWED", 0), ("SIPTO_AT_LOCAL_NETWORK_NOTALLOWED", 1),)),
    "AIRFlags": (AIR_FLAGS, "Values of AIR-Flags.", (("SEND_UE_USAGE_TYPE", 1),)),
    "NonIPPDNTypeIndicator": (NON_IP_PDN_TYPE_INDICATOR, "Values of Non-IP-PDN-Type-Indicator.", (("FALSE", 0), ("TRUE", 1),)),
    "NonIPDataDeliveryMechanism": (NON_IP_DATA_DELIVERY_MECHANISM, "Values of Non-IP-Data-Delivery-Mechanism.", (("SGI_BASED_DATA_DELIVERY", 0), ("SCEF_BASED_DATA_DELIVERY", 1),)),
    "PreferredDataMode": (PREFERRED_DATA_MODE, "Values of Preferred-Data-Mode.", (("DATA_OVER_USER_PLANE_PREFERRED", 1), ("DATA_OVER_CONTROL_PLANE_PREFERRED", 2),)),
    "V2XPermission": (V2X_PERMISSION, "Values of V2X-Permission.", (("ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_VEHICLE_UE", 1), ("ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_PEDESTRIAN_UE", 2),)),
    "PDNConnectionContinuity": (PDN_CONNECTION_CONTINUITY, "Values of PDN-Connection-Continuity.", (("MAINTAIN_PDN_CONNECTION", 0), ("DISCONNECT_PDN_CONNECTION_WITH_REACTIVATION_REQUEST", 1), ("DISCONNECT_PDN_CONNECTION_WITHOUT_REACTIVATION_REQUEST", 2),)),
    "RDSIndicator": (RDS_INDICATOR, "Values of RDS-Indicator.", (("DISABLED", 0), ("ENABLED", 1),)),
    "AerialUESubscriptionInformation": (AERIAL_UE_SUBSCRIPTION_INFORMATION, "Values of Aerial-UE-Subscription-Information.", (("AERIAL_UE_ALLOWED", 0), ("AERIAL_UE_NOT_ALLOWED", 1),)),
    "OperationMode": (OPERATION_MODE, "Values of Operation-Mode.", (("SPARE", 0), ("IU_MODE", 1), ("WB_S1_MODE", 2), ("NB_S1_MODE", 3),)),
    "CoreNetworkRestrictions": (CORE_NETWORK_RESTRICTIONS, "Values of Core-Network-Restrictions.", (("RESERVED", 1), ("V_5GC_NOT_ALLOWED", 2),)),
    "Interworking5GSIndicator": (INTERWORKING_5GS_INDICATOR, "Values of Interworking-5GS-Indicator.", (("NOT_SUBSCRIBED", 0), ("SUBSCRIBED", 1),)),
    "EthernetPDNTypeIndicator": (ETHERNET_PDN_TYPE_INDICATOR, "Values of Ethernet-PDN-Type-Indicator.", (("FALSE", 0), ("TRUE", 1),)),
    "IABOperationPermission": (IAB_OPERATION_PERMISSION, "Values of IAB-Operation-Permission.", (("IAB_OPERATION_ALLOWED", 0), ("IAB_OPERATION_NOTALLOWED", 1),)),
    "CollectionPeriodRRMNR": (COLLECTION_PERIOD_RRM_NR, "Values of Collection-Period-RRM-NR.", (("V_1024_MS", 0), ("V_2048_MS", 1), ("V_5120_MS", 2), ("V_10240_MS", 3), ("V_60000_MS", 4),)),
    "CollectionPeriodM6NR": (COLLECTION_PERIOD_M6_NR, "Values of Collection-Period-M6-NR.", (("V_120_MS", 0), ("V_240_MS", 1), ("V_480_MS", 2), ("V_640_MS", 3), ("V_1024_MS", 4), ("V_2048_MS", 5), ("V_5120_MS", 6), ("V_10240_MS", 7), ("V_20480_MS", 8), ("V_40960_MS", 9), ("V_1_MIN", 10), ("V_6_MIN", 11), ("V_12_MIN", 12), ("V_30_MIN", 13),)),
    "SensorMeasurement": (SENSOR_MEASUREMENT, "Values of Sensor-Measurement.", (("BAROMETRIC_PRESSURE", 0), ("UE_SPEED", 1), ("UE_ORIENTATION", 2),)),
    "SFProvisionalIndication": (SF_PROVISIONAL_INDICATION, "Values of SF-Provisional-Indication.", (("PROVISIONAL_ULR", 0),)),
    "ANTrusted": (AN_TRUSTED, "Values of AN-Trusted.", (("TRUSTED", 0), ("UNTRUSTED", 1),)),
    "TransportAccessType": (TRANSPORT_ACCESS_TYPE, "Values of Transport-Access-Type.", (("BBF", 0),)),
    "DERFlags": (DER_FLAGS, "Values of DER-Flags.", (("NSWO_CAPABILITY_INDICATION", 1), ("TWAN_S2A_CONNECTIVITY_INDICATOR", 2), ("IMEI_CHECK_REQUIRED_IN_VPLMN", 4), ("IMEI_CHECK_REQUEST_IN_VPLMN", 8), ("EMERGENCY_CAPABILITY_INDICATION", 16), ("ERP_SUPPORT_INDICATION", 32), ("ERP_RE_AUTHENTICATION", 64),)),
    "DEAFlags": (DEA_FLAGS, "Values of DEA-Flags.", (("NSWO_AUTHORIZATION", 1), ("TWAN_S2A_CONNECTIVITY_INDICATOR", 2), ("IMEI_CHECK_REQUEST_IN_VPLMN", 4),)),
    "TWANConnectionMode": (TWAN_CONNECTION_MODE, "Values of TWAN-Connection-Mode.", (("TSC_MODE", 1), ("SC_MODE", 2), ("MC_MODE", 4),)),
    "ConnectivityFlags": (CONNECTIVITY_FLAGS, "Values of Connectivity-Flags.", (("INITIAL_ATTACH_INDICATOR", 1),)),
    "TWANS2aFailureCause": (TWAN_S2A_FAILURE_CAUSE, "Values of TWAN-S2a-Failure-Cause.", (("INSUFFICIENT_RESOURCES", 26), ("UNKNOWN_APN", 27), ("USER_AUTHENTICATION_FAILED", 29), ("REQUEST_REJECTED_BY_TWAN_OR_PDN_GW", 30), ("REQUEST_REJECTED_UNSPECIFIED", 31), ("SERVICE_OPTION_NOT_SUPPORTED", 32), ("REQUESTED_SERVICE_OPTION_NOT_SUBSCRIBED", 33), ("SERVICE_OPTION_TEMPORARILY_OUT_OF_ORDER", 34), ("NETWORK_FAILURE", 38), ("PDN_TYPE_IPV4_ONLY_ALLOWED", 50), ("PDN_TYPE_IPV6_ONLY_ALLOWED", 51), ("PDN_CONNECTION_DOES_NOT_EXIST", 54), ("MULTIPLE_ACCESSES_TO_A_PDN_CONNECTION_NOT_ALLOWED", 113),)),
    "IMEICheckInVPLMNResult": (IMEI_CHECK_IN_VPLMN_RESULT, "Values of IMEI-Check-In-VPLMN-Result.", (("SUCCESSFUL", 0), ("ILLEGAL_ME", 1),)),
    "HighPriorityAccessInfo": (HIGH_PRIORITY_ACCESS_INFO, "Values of High-Priority-Access-Info.", (("HPA_CONFIGURED", 1),)),
    "EmergencyServices": (EMERGENCY_SERVICES, "Values of Emergency-Services.", (("EMERGENCY_INDICATION", 1),)),
    "AARFlags": (AAR_FLAGS, "Values of AAR-Flags.", (("WLAN_LOCATION_INFO_REQUEST", 1),)),
    "Non3GPPIPAccess": (NON_3GPP_IP_ACCESS, "Values of Non-3GPP-IP-Access.", (("NON_3GPP_SUBSCRIPTION_ALLOWED", 0), ("NON_3GPP_SUBSCRIPTION_BARRED", 1),)),
    "Non3GPPIPAccessAPN": (NON_3GPP_IP_ACCESS_APN, "Values of Non-3GPP-IP-Access-APN.", (("NON_3GPP_APNS_ENABLE", 0), ("NON_3GPP_APNS_DISABLE", 1),)),
    "PPRFlags": (PPR_FLAGS, "Values of PPR-Flags.", (("RESET_INDICATION", 1), ("ACCESS_NETWORK_INFO_REQUEST", 2), ("UE_LOCAL_TIME_ZONE_REQUEST", 4), ("P_CSCF_RESTORATION_REQUEST", 8),)),
    "AccessAuthorizationFlags": (ACCESS_AUTHORIZATION_FLAGS, "Values of Access-Authorization-Flags.", (("EPC_ACCESS_AUTHORIZATION", 1), ("NSWO_ACCESS_AUTHORIZATION", 2),)),
    "AAAFailureIndication": (AAA_FAILURE_INDICATION, "Values of AAA-Failure-Indication.", (("AAA_FAILURE", 1),)),
    "ERPAuthorization": (ERP_AUTHORIZATION, "Values of ERP-Authorization.", (("ERP_NOT_AUTHORIZED", 0), ("ERP_AUTHORIZED", 1),)),
    "TrustRelationshipUpdate": (TRUST_RELATIONSHIP_UPDATE, "Values of Trust-Relationship-Update.", (("REQUEST_UPDATE", 1),)),
    "RARFlags": (RAR_FLAGS, "Values of RAR-Flags.", (("TRUST_RELATIONSHIP_UPDATE_INDICATION", 1), ("P_CSCF_RESTORATION_REQUEST", 2),)),
    "DERS6bFlags": (DER_S6B_FLAGS, "Values of DER-S6b-Flags.", (("INITIAL_ATTACH_INDICATOR", 1),)),
    "DataReference": (DATA_REFERENCE, "Values of Data-Reference.", (("REPOSITORY_DATA", 0), ("IMS_PUBLIC_IDENTITY", 10), ("IMS_USER_STATE", 11), ("S_CSCF_NAME", 12), ("INITIAL_FILTER_CRITERIA", 13), ("LOCATION_INFORMATION", 14), ("USER_STATE", 15), ("CHARGING_INFORMATION", 16), ("MSISDN", 17), ("PSI_ACTIVATION", 18), ("DSAI", 19), ("SERVICE_LEVEL_TRACE_INFO", 21), ("IP_ADDRESS_SECURE_BINDING_INFORMATION", 22), ("SERVICE_PRIORITY_LEVEL", 23), ("SMS_REGISTRATION_INFO", 24), ("UE_REACHABILITY_FOR_IP", 25), ("TADS_INFORMATION", 26), ("STN_SR", 27), ("UE_SRVCC_CAPABILITY", 28), ("EXTENDED_PRIORITY", 29), ("CSRN", 30), ("REFERENCE_LOCATION_INFORMATION", 31), ("IMSI", 32), ("IMS_PRIVATE_USER_IDENTITY", 33), ("IMEISV", 34), ("UE_5G_SRVCC_CAPABILITY", 35), ("AS_REGISTRATION_INFO", 36),)),
    "SubsReqType": (SUBS_REQ_TYPE, "Values of Subs-Req-Type.", (("SUBSCRIBE", 0), ("UNSUBSCRIBE", 1),)),
    "RequestedDomain": (REQUESTED_DOMAIN, "Values of Requested-Domain.", (("CS_DOMAIN", 0), ("PS_DOMAIN", 1),)),
    "CurrentLocation": (CURRENT_LOCATION, "Values of Current-Location.", (("DO_NOT_NEED_INITIATE_ACTIVE_LOCATION_RETRIEVAL", 0), ("INITIATE_ACTIVE_LOCATION_RETRIEVAL", 1),)),
    "IdentitySet": (IDENTITY_SET, "Values of Identity-Set.", (("ALL_IDENTITIES", 0), ("REGISTERED_IDENTITIES", 1), ("IMPLICIT_IDENTITIES", 2), ("ALIAS_IDENTITIES", 3),)),
    "SendDataIndication": (SEND_DATA_INDICATION, "Values of Send-Data-Indication.", (("USER_DATA_NOT_REQUESTED", 0), ("USER_DATA_REQUESTED", 1),)),
    "OneTimeNotification": (ONE_TIME_NOTIFICATION, "Values of One-Time-Notification.", (("ONE_TIME_NOTIFICATION_REQUESTED", 0),)),
    "RequestedNodes": (REQUESTED_NODES, "Values of Requested-Nodes.", (("MME", 1), ("SGSN", 2), ("TGPP_AAA_SERVER_TWAN", 4), ("V_3GPP_AAA_SERVER_TWAN", 4), ("AMF", 8),)),
    "ServingNodeIndication": (SERVING_NODE_INDICATION, "Values of Serving-Node-Indication.", (("ONLY_SERVING_NODES_REQUIRED", 0),)),
    "PrePagingSupported": (PRE_PAGING_SUPPORTED, "Values of Pre-paging-Supported.", (("PREPAGING_NOT_SUPPORTED", 0), ("PREPAGING_SUPPORTED", 1),)),
    "LocalTimeZoneIndication": (LOCAL_TIME_ZONE_INDICATION, "Values of Local-Time-Zone-Indication.", (("ONLY_LOCAL_TIME_ZONE_REQUESTED", 0), ("LOCAL_TIME_ZONE_WITH_LOCATION_INFO_REQUESTED", 1),)),
    "UDRFlags": (UDR_FLAGS, "Values of UDR-Flags.", (("LOCATION_INFORMATION_EPS_SUPPORTED", 1), ("RAT_TYPE_REQUESTED", 2),)),
    "ServiceID": (SERVICE_ID, "Values of Service-ID.", (("DEVICE_TRIGGER", 0), ("SMS_MO", 1),)),
    "HSSCause": (HSS_CAUSE, "Values of HSS-Cause.", (("ABSENT_SUBSCRIBER", 1), ("TELESERVICE_NOT_PROVISIONED", 2), ("CALL_BARRED", 4),)),
    "SIRFlags": (SIR_FLAGS, "Values of SIR-Flags.", (("S6M_S6N_INDICATOR", 1),)),
    "MonitoringType": (MONITORING_TYPE, "Values of Monitoring-Type.", (("LOSS_OF_CONNECTIVITY", 0), ("UE_REACHABILITY", 1), ("LOCATION_REPORTING", 2), ("CHANGE_OF_IMSI_IMEI_SV_ASSOCIATION", 3), ("ROAMING_STATUS", 4), ("COMMUNICATION_FAILURE", 5), ("AVAILABILITY_AFTER_DDN_FAILURE", 6), ("NUMBER_OF_UES_PRESENT_IN_A_GEOGRAPHICAL_AREA", 7), ("UE_REACHABILITY_AND_IDLE_STATUS_INDICATION", 8), ("AVAILABILITY_AFTER_DDN_FAILURE_AND_IDLE_STATUS_INDICATION", 9), ("PDN_CONNECTIVITY_STATUS", 10),)),
    "ReachabilityType": (REACHABILITY_TYPE, "Values of Reachability-Type.", (("REACHABILITY_FOR_SMS", 1), ("REACHABILITY_FOR_DATA", 2),)),
    "MONTELocationType": (MONTE_LOCATION_TYPE, "Values of MONTE-Location-Type.", (("CURRENT_LOCATION", 0), ("LAST_KNOWN_LOCATION", 1),)),
    "Accuracy": (ACCURACY, "Values of Accuracy.", (("CGI_ECGI", 0), ("ENB", 1), ("LA_TA_RA", 2), ("PRA", 3), ("PLMN_ID", 4),)),
    "AssociationType": (ASSOCIATION_TYPE, "Values of Association-Type.", (("IMEI_CHANGE", 0), ("IMEISV_CHANGE", 1),)),
    "RoamingInformation": (ROAMING_INFORMATION, "Values of Roaming-Information.", (("SUBSCRIBER_ROAMING", 0), ("SUBSCRIBER_NOT_ROAMING", 1),)),
    "ReachabilityInformation": (REACHABILITY_INFORMATION, "Values of Reachability-Information.", (("REACHABLE_FOR_SMS", 0), ("REACHABLE_FOR_DATA", 1),)),
    "IMEIChange": (IMEI_CHANGE, "Values of IMEI-Change.", (("IMEI", 1), ("IMEISV", 2),)),
    "PeriodicCommunicationIndicator": (PERIODIC_COMMUNICATION_INDICATOR, "Values of Periodic-Communication-Indicator.", (("PERIODICALLY", 0), ("ON_DEMAND", 1),)),
    "StationaryIndication": (STATIONARY_INDICATION, "Values of Stationary-Indication.", (("STATIONARY_UE", 0), ("MOBILE_UE", 1),)),
    "CIRFlags": (CIR_FLAGS, "Values of CIR-Flags.", (("DELETE_ALL_MONITORING_EVENTS", 1), ("ENHANCED_COVERAGE_QUERY", 2), ("IMSI_GROUP_ID_RETRIEVAL", 4), ("DELETE_ALL_COMMUNICATION_PATTERN", 8), ("DELETE_ALL_NETWORK_PARAMETER_CONFIGURATIONS", 16),)),
    "SupportedMonitoringEvents": (SUPPORTED_MONITORING_EVENTS, "Values of Supported-Monitoring-Events.", (("UE_AND_UICC_AND_OR_NEW_IMSI_IMEI_SV_ASSOCIATION", 1), ("UE_REACHABILITY", 2), ("LOCATION_OF_THE_UE", 4), ("LOSS_OF_CONNECTIVITY", 8), ("COMMUNICATION_FAILURE", 16), ("ROAMING_STATUS", 32), ("AVAILABILITY_AFTER_DDN_FAILURE", 64), ("IDLE_STATUS_INDICATION", 128), ("PDN_CONNECTIVITY_STATUS", 256),)),
    "EventHandling": (EVENT_HANDLING, "Values of Event-Handling.", (("SUSPEND", 0), ("RESUME", 1), ("CANCEL", 2),)),
    "NodeType": (NODE_TYPE, "Values of Node-Type.", (("HSS", 0), ("MME", 1), ("SGSN", 2),)),
    "S6tHSSCause": (S6T_HSS_CAUSE, "Values of S6t-HSS-Cause.", (("ABSENT_SUBSCRIBER", 1), ("GROUP_EVENT_MONITORING_PARTIALLY_CANCEL", 2),)),
    "LossOfConnectivityReason": (LOSS_OF_CONNECTIVITY_REASON, "Values of Loss-Of-Connectivity-Reason.", (("UE_DETACHED_MME", 0), ("UE_DETACHED_SGSN", 1), ("MAX_DETECTION_TIME_EXPIRED_MME", 2), ("MAX_DETECTION_TIME_EXPIRED_SGSN", 3), ("UE_PURGED_MME", 4), ("UE_PURGED_SGSN", 5),)),
    "CIAFlags": (CIA_FLAGS, "Values of CIA-Flags.", (("GROUP_CONFIGURATION_IN_PROGRESS", 1),)),
    "RIRFlags": (RIR_FLAGS, "Values of RIR-Flags.", (("GROUP_CONFIGURATION_IN_PROGRESS", 1), ("ALL_MONITORING_EVENTS_CANCELLED", 2), ("CHANGE_OF_AUTHORIZED_MONITORING_EVENTS", 4), ("ALL_COMMUNICATION_PATTERN_CANCELLED", 8), ("ALL_SUGGESTED_NETWORK_CONFIGURATION_CANCELLED", 16),)),
    "TypeOfExternalIdentifier": (TYPE_OF_EXTERNAL_IDENTIFIER, "Values of Type-Of-External-Identifier.", (("EXTERNAL_UE_IDENTIFIER_TYPE", 0), ("EXTERNAL_GROUP_IDENTIFIER_TYPE", 1),)),
    "PLMNIDRequested": (PLMN_ID_REQUESTED, "Values of PLMN-ID-Requested.", (("TRUE", 0), ("FALSE", 1),)),
    "NIRFlags": (NIR_FLAGS, "Values of NIR-Flags.", (("INCOMPLETE_GROUP_USER_IDENTIFIER_LIST", 1),)),
    "NIAFlags": (NIA_FLAGS, "Values of NIA-Flags.", (("INCOMPLETE_GROUP_USER_IDENTIFIER_LIST", 1),)),
    "PDNConnectivityStatusType": (PDN_CONNECTIVITY_STATUS_TYPE, "Values of PDN-Connectivity-Status-Type.", (("CREATED", 0), ("DELETED", 1),)),
    "TrafficProfile": (TRAFFIC_PROFILE, "Values of Traffic-Profile.", (("SINGLE_TRANSMISSION_UL", 0), ("SINGLE_TRANSMISSION_DL", 1), ("DUAL_TRANSMISSION_UL_WITH_SUBSEQUENT_DL", 2), ("DUAL_TRANSMISSION_DL_WITH_SUBSEQUENT_UL", 3), ("MULTI_TRANSMISSION", 4),)),
    "BatteryIndicator": (BATTERY_INDICATOR, "Values of Battery-Indicator.", (("NO_BATTERY", 1), ("BATTERY_REPLACEABLE_INDICATION", 2), ("BATTERY_RECHARGEABLE_INDICATION", 4),)),
    "SMDeliveryOutcomeT4": (SM_DELIVERY_OUTCOME_T4, "Values of SM-Delivery-Outcome-T4.", (("ABSENT_SUBSCRIBER", 0), ("UE_MEMORY_CAPACITY_EXCEEDED", 1), ("SUCCESSFUL_TRANSFER", 2), ("VALIDITY_TIME_EXPIRED", 3),)),
    "AbsentSubscriberDiagnosticT4": (ABSENT_SUBSCRIBER_DIAGNOSTIC_T4, "Values of Absent-Subscriber-Diagnostic-T4.", (("NO_PAGING_RESPONSE", 0), ("UE_DETACHED", 1), ("UE_DEREGISTERED", 2), ("UE_PURGED", 3), ("ROAMING_RESTRICTION", 4), ("UNIDENTIFIED_SUBSCRIBER", 5),)),
    "TriggerAction": (TRIGGER_ACTION, "Values of Trigger-Action.", (("TRIGGER", 0), ("RECALL", 1), ("REPLACE", 2),)),
    "MTCErrorDiagnostic": (MTC_ERROR_DIAGNOSTIC, "Values of MTC-Error-Diagnostic.", (("ORIGINAL_MESSAGE_NOT_DELETED", 0), ("NEW_MESSAGE_NOT_STORED", 1),)),
    "SMRPMTI": (SM_RP_MTI, "Values of SM-RP-MTI.", (("SM_DELIVER", 0), ("SM_STATUS_REPORT", 1),)),
    "SRRFlags": (SRR_FLAGS, "Values of SRR-Flags.", (("GPRS_INDICATOR", 1), ("SM_RP_PRI", 2), ("SINGLE_ATTEMPT_DELIVERY", 4),)),
    "SMDeliveryNotIntended": (SM_DELIVERY_NOT_INTENDED, "Values of SM-Delivery-Not-Intended.", (("ONLY_IMSI_REQUESTED", 0), ("ONLY_MCC_MNC_REQUESTED", 1),)),
    "MWDStatus": (MWD_STATUS, "Values of MWD-Status.", (("SC_ADDRESS_NOT_INCLUDED", 1), ("MNRF_SET", 2), ("MCEF_SET", 4), ("MNRG_SET", 8), ("MNR5G_SET", 16),)),
    "SMDeliveryCause": (SM_DELIVERY_CAUSE, "Values of SM-Delivery-Cause.", (("UE_MEMORY_CAPACITY_EXCEEDED", 0), ("ABSENT_USER", 1), ("SUCCESSFUL_TRANSFER", 2),)),
    "RDRFlags": (RDR_FLAGS, "Values of RDR-Flags.", (("SINGLE_ATTEMPT_DELIVERY", 1),)),
    "SMSGMSCAlertEvent": (SMS_GMSC_ALERT_EVENT, "Values of SMS-GMSC-Alert-Event.", (("UE_AVAILABLE_FOR_MT_SMS", 1), ("UE_UNDER_NEW_SERVING_NODE", 2),)),
    "SMSF3GPPSBISupportIndicator": (SMSF_3GPP_SBI_SUPPORT_INDICATOR, "Values of SMSF-3GPP-SBI-Support-Indicator.", (("NOT_SUPPORT_SBI", 0), ("SUPPORT_SBI", 1),)),
    "SMSFNon3GPPSBISupportIndicator": (SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR, "Values of SMSF-Non-3GPP-SBI-Support-Indicator.", (("NOT_SUPPORT_SBI", 0), ("SUPPORT_SBI", 1),)),
    "IPSMGWSBISupportIndicator": (IP_SM_GW_SBI_SUPPORT_INDICATOR, "Values of IP-SM-GW-SBI-Support-Indicator.", (("NOT_SUPPORT_SBI", 0), ("SUPPORT_SBI", 1),)),
    "TFRFlags": (TFR_FLAGS, "Values of TFR-Flags.", (("MORE_MESSAGES_TO_SEND", 1),)),
    "SMEnumeratedDeliveryFailureCause": (SM_ENUMERATED_DELIVERY_FAILURE_CAUSE, "Values of SM-Enumerated-Delivery-Failure-Cause.", (("MEMORY_CAPACITY_EXCEEDED", 0), ("EQUIPMENT_PROTOCOL_ERROR", 1), ("EQUIPMENT_NOT_SM_EQUIPPED", 2), ("UNKNOWN_SERVICE_CENTRE", 3), ("SC_CONGESTION", 4), ("INVALID_SME_ADDRESS", 5), ("USER_NOT_SC_USER", 6),)),
    "OFRFlags": (OFR_FLAGS, "Values of OFR-Flags.", (("S6A_S6D_INDICATOR", 1),)),
    "ProSeRequestType": (PROSE_REQUEST_TYPE, "Values of ProSe-Request-Type.", (("APPLICATION_REGISTRATION_FOR_PROSE", 0), ("PROSE_MAP_REQUEST", 1), ("AUTHORIZATION_ANNOUNCE", 2), ("AUTHORIZATION_ANNOUNCE_ACE", 3), ("AUTHORIZATION_MONITOR", 4), ("AUTHORIZATION_MONITOR_ACE", 5), ("MONITOR_PERMISSION", 6), ("AUTHORIZATION_RESPONSE", 7), ("AUTHORIZATION_QUERY", 8), ("AUTHORIZATION_MATCH_REPORT", 9), ("QUERY_PERMISSION", 10), ("AUTHORIZATION_UPDATE", 11), ("AUTHORIZATION_ANNOUNCE_ACE_OPEN", 12), ("AUTHORIZATION_MONITOR_ACE_OPEN", 13),)),
    "MetadataIndicator": (METADATA_INDICATOR, "Values of Metadata-Indicator.", (("NO_METADATA", 0), ("METADATA_UPDATE_DISALLOWED", 1), ("METADATA_UPDATE_ALLOWED", 2),)),
    "ProSePermission": (PROSE_PERMISSION, "Values of ProSe-Permission.", (("PROSE_DIRECT_DISCOVERY", 1), ("EPC_LEVEL_PROSE_DISCOVERY", 2), ("EPC_SUPPORT_WLAN_DIRECT_DISCOVERY_AND_COMMUNICATION", 4), ("ONE_TO_MANY_PROSE_DIRECT_COMMUNICATION", 8), ("ONE_TO_ONE_PROSE_DIRECT_COMMUNICATION", 16), ("UE_TO_NETWORK_RELAY", 32), ("REMOTE_UE_ACCESS", 64), ("RESTRICTED_PROSE_DIRECT_DISCOVERY", 128),)),
    "ProSeDirectAllowed": (PROSE_DIRECT_ALLOWED, "Values of ProSe-Direct-Allowed.", (("ANNOUNCE", 1), ("MONITOR", 2), ("COMMUNICATION", 4), ("ONE_TO_ONE_COMMUNICATION", 8), ("DISCOVERER", 16), ("DISCOVEREE", 32), ("RESTRICTED_ANNOUNCE", 64), ("RESTRICTED_MONITORING", 128), ("APPLICATION_CONTROLLED_EXTENSION", 256), ("ON_DEMAND_ANNOUNCING", 512),)),
    "UPRFlags": (UPR_FLAGS, "Values of UPR-Flags.", (("UPDATE", 1), ("REMOVAL", 2), ("RESET_ID_UPDATE", 4), ("RESET_ID_REMOVAL", 8),)),
    "PNRFlags": (PNR_FLAGS, "Values of PNR-Flags.", (("DIRECT_DISCOVERY_REVOKED", 1), ("DIRECT_COMMUNICATION_REVOKED", 2), ("PURGED_UE", 4),)),
    "DiscoveryType": (DISCOVERY_TYPE, "Values of Discovery-Type.", (("ANNOUNCING_REQUEST_FOR_OPEN_PROSE_DIRECT_DISCOVERY", 0), ("MONITORING_REQUEST_FOR_OPEN_PROSE_DIRECT_DISCOVERY", 1), ("ANNOUNCING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 2), ("MONITORING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 3), ("DISCOVEREE_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 4), ("DISCOVERER_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 5), ("DISCOVERER_ANNOUNCING_REQUEST_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 6), ("MONITORING_UPDATE_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 7), ("MONITORING_RESPONSE_FOR_RESTRICTED_PROSE_DIRECT_DISCOVERY", 8),)),
    "P2PFeatures": (P2P_FEATURES, "Values of P2P-Features.", (("GROUP_OWNER_INDICATION", 1),)),
    "PRRFlags": (PRR_FLAGS, "Values of PRR-Flags.", (("WLAN_INDICATION", 1),)),
    "LocationUpdateEventType": (LOCATION_UPDATE_EVENT_TYPE, "Values of Location-Update-Event-Type.", (("UE_AVAILABLE", 0), ("CHANGE_OF_AREA", 1), ("PERIODIC_LOCATION", 2),)),
    "LocationUpdateEventTrigger": (LOCATION_UPDATE_EVENT_TRIGGER, "Values of Location-Update-Event-Trigger.", (("UE_ENTRY", 0), ("UE_EXIT", 1), ("UE_PRESENCE", 2),)),
    "ReportCardinality": (REPORT_CARDINALITY, "Values of Report-Cardinality.", (("SINGLE", 0), ("MULTIPLE", 1),)),
    "PMRFlags": (PMR_FLAGS, "Values of PMR-Flags.", (("METADATA_REQUESTED", 1),)),
    "MICCheckIndicator": (MIC_CHECK_INDICATOR, "Values of MIC-Check-Indicator.", (("MIC_CHECK_BY_PROSE_FUNCTION", 1),)),
    "ActionType": (ACTION_TYPE, "Values of Action-Type.", (("DEVICE_TRIGGER_REQUEST", 1), ("DELIVERY_REPORT", 2), ("DEVICE_TRIGGER_RECALL", 3), ("DEVICE_TRIGGER_REPLACE", 4), ("MSISDN_LESS_MO_SMS_DELIVERY", 5),)),
    "PriorityIndication": (PRIORITY_INDICATION, "Values of Priority-Indication.", (("NON_PRIORITY", 0), ("PRIORITY", 1),)),
    "RequestStatus": (REQUEST_STATUS, "Values of Request-Status.", (("SUCCESS", 0), ("INVPAYLOAD", 101), ("INVEXTID", 102), ("INVSCSID", 103), ("INVPERIOD", 104), ("NOTAUTHORIZED", 105), ("SERVICEUNAVAILABLE", 106), ("PERMANENTERROR", 107), ("QUOTAEXCEEDED", 108), ("RATEEXCEEDED", 109), ("REPLACEFAIL", 110), ("RECALLFAIL", 111), ("ORIGINALMESSAGESENT", 112), ("TEMPORARYERROR", 201),)),
    "DeliveryOutcome": (DELIVERY_OUTCOME, "Values of Delivery-Outcome.", (("SUCCESS", 0), ("EXPIRED", 1), ("TEMPORARYERROR", 2), ("UNDELIVERABLE", 3), ("UNCONFIRMED", 4),)),
    "FeatureSupportedInFinalTarget": (FEATURE_SUPPORTED_IN_FINAL_TARGET, "Values of Feature-Supported-In-Final-Target.", (("DEVICE_TRIGGER_RECALL_REPLACE", 1),)),
    "V2XPermissionInVPLMN": (V2X_PERMISSION_IN_VPLMN, "Values of V2X-Permission-in-VPLMN.", (("ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_VEHICLE_UE", 1), ("ALLOW_V2X_COMMUNICATION_OVER_PC5_AS_PEDESTRIAN_UE", 2),)),
    "MBMSBearerEvent": (MBMS_BEARER_EVENT, "Values of MBMS-Bearer-Event.", (("BEARER_TERMINATED", 1), ("BEARER_ACTIVATED", 2), ("USERPLANE_EVENT", 4), ("BEARER_ACTIVATION_FAILURE", 8),)),
    "MBMSBearerResult": (MBMS_BEARER_RESULT, "Values of MBMS-Bearer-Result.", (("SUCCESS", 1), ("AUTHORIZATION_REJECTED", 2), ("RESOURCES_EXCEEDED", 4), ("UNKNOWN_TMGI", 8), ("TMGI_NOT_IN_USE", 16), ("OVERLAPPING_MBMS_SERVICE_AREA", 32), ("UNKNOWN_FLOW_IDENTIFIER", 64), ("QOS_AUTHORIZATION_REJECTED", 128), ("UNKNOWN_MBMS_SERVICE_AREA", 256), ("MBMS_SERVICE_AREA_AUTHORIZATION_REJECTED", 512), ("MBMS_START_TIME", 1024), ("INVALID_AVP_COMBINATION", 2048), ("SYSTEM_ERROR", 4096), ("ACTIVATION_ONGOING", 8192),)),
    "TMGIAllocationResult": (TMGI_ALLOCATION_RESULT, "Values of TMGI-Allocation-Result.", (("SUCCESS", 1), ("AUTHORIZATION_REJECTED", 2), ("RESOURCES_EXCEEDED", 4), ("UNKNOWN_TMGI", 8), ("TOO_MANY_TMGIS_REQUESTED", 16), ("SYSTEM_ERROR", 32),)),
    "TMGIDeallocationResult": (TMGI_DEALLOCATION_RESULT, "Values of TMGI-Deallocation-Result.", (("SUCCESS", 1), ("AUTHORIZATION_REJECTED", 2), ("UNKNOWN_TMGI", 4), ("SYSTEM_ERROR", 8),)),
    "MB2USecurity": (MB2U_SECURITY, "Values of MB2U-Security.", (("NO_SECURITY", 0), ("SECURITY", 1),)),
    "ROHCResult": (ROHC_RESULT, "Values of ROHC-Result.", (("SUCCESS", 1), ("TRYING", 2), ("AUTHORIZATION_REJECTED", 4), ("RESOURCES_EXCEEDED", 8), ("UNKNOWN_PROFILE", 16), ("SYSTEM_ERROR", 32), ("NO_TRAFFIC", 64),)),
    "FECResult": (FEC_RESULT, "Values of FEC-Result.", (("SUCCESS", 1), ("TRYING", 2), ("AUTHORIZATION_REJECTED", 4), ("RESOURCES_EXCEEDED", 8), ("UNKNOWN_CONFIGURATION", 16), ("INVALID_SDP", 32), ("SYSTEM_ERROR", 64), ("NO_TRAFFIC", 128),)),
    "MBMSBearerEventDiagnosticInfo": (MBMS_BEARER_EVENT_DIAGNOSTIC_INFO, "Values of MBMS-Bearer-Event-Diagnostic-Info.", (("TMGI_EXPIRY", 0), ("MBMS_GW_NOT_ESTABLISHMENT", 1), ("SGMB_TRANSIENT_PATH_FAILURE", 2), ("SGMB_NON_TRANSIENT_PATH_FAILURE", 3), ("MBMS_GW_USER_PLANE_FAILURE", 4), ("MBMS_GW_PERMANENT_ERROR", 5), ("MBMS_GW_TRANSIENT_ERROR", 6),)),
    "TGPPOCRequestType": (TGPP_OC_REQUEST_TYPE, "Values of 3GPP-OC-Request-Type.", (("INITIAL_REQUEST", 1), ("UPDATE_REQUEST", 2), ("TERMINATION_REQUEST", 3), ("EVENT_REQUEST", 4),)),
    "TGPPPSDataOffStatus32299": (TGPP_PS_DATA_OFF_STATUS_32_299, "Values of 3GPP-PS-Data-Off-Status-32.299.", (("ACTIVE", 0), ("INACTIVE", 1),)),
    "AccessTransferType": (ACCESS_TRANSFER_TYPE, "Values of Access-Transfer-Type.", (("PS_TO_CS_TRANSFER", 0), ("CS_TO_PS_TRANSFER", 1), ("PS_TO_PS_TRANSFER", 2), ("CS_TO_CS_TRANSFER", 3),)),
    "Adaptations": (ADAPTATIONS, "Values of Adaptations.", (("YES", 0), ("NO", 1),)),
    "AdditionalExceptionReports": (ADDITIONAL_EXCEPTION_REPORTS, "Values of Additional-Exception-Reports.", (("NOT_ALLOWED", 0), ("ALLOWED", 1),)),
    "AddressType": (ADDRESS_TYPE, "Values of Address-Type.", (("E_MAIL_ADDRESS", 0), ("MSISDN", 1), ("IPV4_ADDRESS", 2), ("IPV6_ADDRESS", 3), ("NUMERIC_SHORTCODE", 4), ("ALPHANUMERIC_SHORTCODE", 5), ("OTHER", 6), ("IMSI", 7),)),
    "AddresseeType": (ADDRESSEE_TYPE, "Values of Addressee-Type.", (("TO", 0), ("CC", 1), ("BCC", 2),)),
    "AoCFormat": (AOC_FORMAT, "Values of AoC-Format.", (("MONETARY", 0), ("NON_MONETARY", 1), ("CAI", 2),)),
    "AoCRequestType": (AOC_REQUEST_TYPE, "Values of AoC-Request-Type.", (("AOC_NOT_REQUESTED", 0), ("AOC_FULL", 1), ("AOC_COST_ONLY", 2), ("AOC_TARIFF_ONLY", 3),)),
    "AoCServiceObligatoryType": (AOC_SERVICE_OBLIGATORY_TYPE, "Values of AoC-Service-Obligatory-Type.", (("NON_BINDING", 0), ("BINDING", 1),)),
    "AoCServiceType": (AOC_SERVICE_TYPE, "Values of AoC-Service-Type.", (("NONE", 0), ("AOC_S", 1), ("AOC_D", 2), ("AOC_E", 3),)),
    "APIDirection": (API_DIRECTION, "Values of API-Direction.", (("INVOCATION", 0), ("NOTIFICATION", 1),)),
    "APINetworkServiceNode": (API_NETWORK_SERVICE_NODE, "Values of API-Network-Service-Node.", (("MME", 0), ("SGSN", 1), ("HSS", 2), ("PCRF", 3), ("PFDF", 4), ("BMSC", 5), ("CSCF", 6), ("RCAF", 7),)),
    "CauseCode": (CAUSE_CODE, "Values of Cause-Code.", (("NORMAL_END_OF_SESSION", 0), ("SUCCESSFUL_TRANSACTION", -1), ("END_OF_SUBSCRIBE_DIALOG", -2), ("END_OF_REGISTER_DIALOG", -3), ("UNSPECIFIED_ERROR", 1), ("UNSUCCESSFUL_SESSION_SETUP", 2), ("INTERNAL_ERROR", 3),)),
    "ChangeCondition": (CHANGE_CONDITION, "Values of Change-Condition.", (("NORMAL_RELEASE", 0), ("ABNORMAL_RELEASE", 1), ("QOS_CHANGE", 2), ("VOLUME_LIMIT", 3), ("TIME_LIMIT", 4), ("SERVING_NODE_CHANGE", 5), ("SERVING_NODE_PLMN_CHANGE", 6), ("USER_LOCATION_CHANGE", 7), ("RAT_CHANGE", 8), ("UE_TIMEZONE_CHANGE", 9), ("TARIFF_TIME_CHANGE", 10), ("SERVICE_IDLED_OUT", 11), ("SERVICESPECIFICUNITLIMIT", 12), ("MAX_NUMBER_OF_CHANGES_IN_CHARGING_CONDITIONS", 13), ("CGI_SAI_CHANGE", 14), ("RAI_CHANGE", 15), ("ECGI_CHANGE", 16), ("TAI_CHANGE", 17), ("SERVICE_DATA_VOLUME_LIMIT", 18), ("SERVICE_DATA_TIME_LIMIT", 19), ("MANAGEMENT_INTERVENTION", 20), ("SERVICE_STOP", 21), ("USER_CSG_INFORMATION_CHANGE", 22), ("S_GW_CHANGE", 23), ("CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA", 24), ("PROXIMITY_ALERTED", 25), ("TIME_EXPIRED_WITH_NO_RENEWAL", 26), ("REQUESTOR_CANCELLATION", 27), ("MAXIMUM_NUMBER_OF_REPORTS", 28), ("PLMN_CHANGE", 29), ("COVERAGE_STATUS_CHANGE", 30), ("REMOVAL_OF_ACCESS", 31), ("UNAVAILABILITY_OF_ACCESS", 32), ("ACCESS_CHANGE_OF_SERVICE_DATA_FLOW", 33), ("INDIRECT_CHANGE_CONDITION", 34), ("MAXIMUM_NUMBER_OF_NIDD_SUBMISSIONS", 35), ("CHANGE_IN_UP_TO_UE", 36), ("SERVING_PLMN_RATE_CONTROL_CHANGE", 37), ("APN_RATE_CONTROL_CHANGE", 38), ("NIDD_SUBMISSION_RESPONSE_RECEIPT", 39), ("NIDD_SUBMISSION_RESPONSE_SENDING", 40), ("NIDD_DELIVERY_TO_UE", 41), ("NIDD_DELIVERY_FROM_UE_ERROR", 42), ("NIDD_SUBMISSION_TIMEOUT", 43), ("MO_EXCEPTION_DATA_COUNTER", 44), ("CHANGE_OF_3GPP_PS_DATA_OFF_STATUS", 45), ("VOLTE_BEARER_NORMAL_RELEASE", 46), ("VOLTE_BEARER_ABNORMAL_RELEASE", 47),)),
    "ChargeReasonCode": (CHARGE_REASON_CODE, "Values of Charge-Reason-Code.", (("UNKNOWN", 0), ("USAGE", 1), ("COMMUNICATION_ATTEMPT_CHARGE", 2), ("SETUP_CHARGE", 3), ("ADD_ON_CHARGE", 4),)),
    "ChargingCharacteristicsSelectionMode": (CHARGING_CHARACTERISTICS_SELECTION_MODE, "Values of Charging-Characteristics-Selection-Mode.", (("SERVING_NODE_SUPPLIED", 0), ("SUBSCRIPTION_SPECIFIC", 1), ("APN_SPECIFIC", 2), ("HOME_DEFAULT", 3), ("ROAMING_DEFAULT", 4), ("VISITING_DEFAULT", 5),)),
    "ChargingPerIPCANSessionIndicator": (CHARGING_PER_IP_CAN_SESSION_INDICATOR, "Values of Charging-Per-IP-CAN-Session-Indicator.", (("INACTIVE", 0), ("ACTIVE", 1),)),
    "ClassIdentifier": (CLASS_IDENTIFIER, "Values of Class-Identifier.", (("PERSONAL", 0), ("ADVERTISEMENT", 1), ("INFORMATIONAL", 2), ("AUTO", 3),)),
    "CNOperatorSelectionEntity": (CN_OPERATOR_SELECTION_ENTITY, "Values of CN-Operator-Selection-Entity.", (("THE_SERVING_NETWORK_HAS_BEEN_SELECTED_BY_THE_UE", 0), ("THE_SERVING_NETWORK_HAS_BEEN_SELECTED_BY_THE_NETWORK", 1),)),
    "ContentClass": (CONTENT_CLASS, "Values of Content-Class.", (("TEXT", 0), ("IMAGE_BASIC", 1), ("IMAGE_RICH", 2), ("VIDEO_BASIC", 3), ("VIDEO_RICH", 4), ("MEGAPIXEL", 5), ("CONTENT_BASIC", 6), ("CONTENT_RICH", 7),)),
    "CoverageStatus": (COVERAGE_STATUS, "Values of Coverage-Status.", (("OUT_OF_COVERAGE", 0), ("IN_COVERAGE", 1),)),
    "CPCIoTEPSOptimisationIndicator": (CP_CIOT_EPS_OPTIMISATION_INDICATOR, "Values of CP-CIoT-EPS-Optimisation-Indicator.", (("NOT_APPLY", 0), ("APPLY", 1),)),
    "CSGAccessMode": (CSG_ACCESS_MODE, "Values of CSG-Access-Mode.", (("CLOSED_MODE", 0), ("HYBRID_MODE", 1),)),
    "CSGMembershipIndication": (CSG_MEMBERSHIP_INDICATION, "Values of CSG-Membership-Indication.", (("NOT_CSG_MEMBER", 0), ("CSG_MEMBER", 1),)),
    "DeliveryReportRequested": (DELIVERY_REPORT_REQUESTED, "Values of Delivery-Report-Requested.", (("NO", 0), ("YES", 1),)),
    "DRMContent": (DRM_CONTENT, "Values of DRM-Content.", (("NO", 0), ("YES", 1),)),
    "DynamicAddressFlag": (DYNAMIC_ADDRESS_FLAG, "Values of Dynamic-Address-Flag.", (("STATIC", 0), ("DYNAMIC", 1),)),
    "DynamicAddressFlagExtension": (DYNAMIC_ADDRESS_FLAG_EXTENSION, "Values of Dynamic-Address-Flag-Extension.", (("STATIC", 0), ("DYNAMIC", 1),)),
    "EnvelopeReporting": (ENVELOPE_REPORTING, "Values of Envelope-Reporting.", (("DO_NOT_REPORT_ENVELOPES", 0), ("REPORT_ENVELOPES", 1), ("REPORT_ENVELOPES_WITH_VOLUME", 2), ("REPORT_ENVELOPES_WITH_EVENTS", 3), ("REPORT_ENVELOPES_WITH_VOLUME_AND_EVENTS", 4),)),
    "FileRepairSupported": (FILE_REPAIR_SUPPORTED, "Values of File-Repair-Supported.", (("SUPPORTED", 1), ("NOT_SUPPORTED", 2),)),
    "ForwardingPending": (FORWARDING_PENDING, "Values of Forwarding-Pending.", (("FORWARDING_NOT_PENDING", 0), ("FORWARDING_PENDING", 1),)),
    "IMSEmergencyIndicator": (IMS_EMERGENCY_INDICATOR, "Values of IMS-Emergency-Indicator.", (("NON_EMERGENCY", 0), ("EMERGENCY", 1),)),
    "IMSIUnauthenticatedFlag": (IMSI_UNAUTHENTICATED_FLAG, "Values of IMSI-Unauthenticated-Flag.", (("AUTHENTICATED", 0), ("UNAUTHENTICATED", 1),)),
    "InterUETransfer": (INTER_UE_TRANSFER, "Values of Inter-UE-Transfer.", (("INTRA_UE_TRANSFER", 0), ("INTER_UE_TRANSFER", 1),)),
    "InterfaceType": (INTERFACE_TYPE, "Values of Interface-Type.", (("UNKNOWN", 0), ("MOBILE_ORIGINATING", 1), ("MOBILE_TERMINATING", 2), ("APPLICATION_ORIGINATING", 3), ("APPLICATION_TERMINATION", 4),)),
    "IPRealmDefaultIndication": (IP_REALM_DEFAULT_INDICATION, "Values of IP-Realm-Default-Indication.", (("DEFAULT_IP_REALM_NOT_USED", 0), ("DEFAULT_IP_REALM_USED", 1),)),
    "LCSClientType": (LCS_CLIENT_TYPE, "Values of LCS-Client-Type.", (("EMERGENCY_SERVICES", 0), ("VALUE_ADDED_SERVICES", 1), ("PLMN_OPERATOR_SERVICES", 2), ("LAWFUL_INTERCEPT_SERVICES", 3),)),
    "LCSFormatIndicator": (LCS_FORMAT_INDICATOR, "Values of LCS-Format-Indicator.", (("LOGICAL_NAME", 0), ("EMAIL_ADDRESS", 1), ("MSISDN", 2), ("URL", 3), ("SIP_URL", 4),)),
    "LocalGWInsertedIndication": (LOCAL_GW_INSERTED_INDICATION, "Values of Local-GW-Inserted-Indication.", (("LOCAL_GW_NOT_INSERTED", 0), ("LOCAL_GW_INSERTED", 1),)),
    "LocationEstimateType": (LOCATION_ESTIMATE_TYPE, "Values of Location-Estimate-Type.", (("CURRENT_LOCATION", 0), ("CURRENT_LAST_KNOWN_LOCATION", 1), ("INITIAL_LOCATION", 2), ("ACTIVATE_DEFERRED_LOCATION", 3), ("CANCEL_DEFERRED_LOCATION", 4),)),
    "LowBalanceIndication": (LOW_BALANCE_INDICATION, "Values of Low-Balance-Indication.", (("NOT_APPLICABLE", 0), ("YES", 1),)),
    "LowPriorityIndicator": (LOW_PRIORITY_INDICATOR, "Values of Low-Priority-Indicator.", (("NO", 0), ("YES", 1),)),
    "MBMSChargedParty": (MBMS_CHARGED_PARTY, "Values of MBMS-Charged-Party.", (("CONTENT_PROVIDER", 0), ("SUBSCRIBER", 1),)),
    "MBMSUserServiceType": (MBMS_USER_SERVICE_TYPE, "Values of MBMS-User-Service-Type.", (("DOWNLOAD", 1), ("STREAMING", 2),)),
    "MediaInitiatorFlag": (MEDIA_INITIATOR_FLAG, "Values of Media-Initiator-Flag.", (("CALLED_PARTY", 0), ("CALLING_PARTY", 1), ("UNKNOWN", 2),)),
    "MessageType": (MESSAGE_TYPE, "Values of Message-Type.", (("M_SEND_REQ", 1), ("M_SEND_CONF", 2), ("M_NOTIFICATION_IND", 3), ("M_NOTIFYRESP_IND", 4), ("M_RETRIEVE_CONF", 5), ("M_ACKNOWLEDGE_IND", 6), ("M_DELIVERY_IND", 7), ("M_READ_REC_IND", 8), ("M_READ_ORIG_IND", 9), ("M_FORWARD_REQ", 10), ("M_FORWARD_CONF", 11), ("M_MBOX_STORE_CONF", 12), ("M_MBOX_VIEW_CONF", 13), ("M_MBOX_UPLOAD_CONF", 14), ("M_MBOX_DELETE_CONF", 15),)),
    "MMBoxStorageRequested": (MMBOX_STORAGE_REQUESTED, "Values of MMBox-Storage-Requested.", (("NO", 0), ("YES", 1),)),
    "MMTelSServiceType": (MMTEL_SSERVICE_TYPE, "Values of MMTel-SService-Type.", (("OIP", 0), ("OIR", 1), ("TIP", 2), ("TIR", 3), ("HOLD", 4), ("CB", 5), ("CDIV", 6), ("CW", 8), ("MWI", 9), ("CONF", 10), ("FA", 11), ("CCBS", 12), ("CCNR", 13), ("MCID", 14), ("CAT", 15), ("CUG", 16), ("PNM", 17), ("CRS", 18), ("AOC", 19), ("ECT", 20),)),
    "MonitoringEventConfigurationActivity": (MONITORING_EVENT_CONFIGURATION_ACTIVITY, "Values of Monitoring-Event-Configuration-Activity.", (("CREATE", 0), ("TRANSFER", 1), ("UPDATE", 2), ("DELETE", 3),)),
    "MonitoringEventFunctionality": (MONITORING_EVENT_FUNCTIONALITY, "Values of Monitoring-Event-Functionality.", (("CONFIGURATION", 0), ("REPORTING", 1),)),
    "NNIType": (NNI_TYPE, "Values of NNI-Type.", (("NON_ROAMING", 0), ("ROAMING_WITHOUT_LOOPBACK", 1), ("ROAMING_WITH_LOOPBACK", 2),)),
    "NodeFunctionality": (NODE_FUNCTIONALITY, "Values of Node-Functionality.", (("S_CSCF", 0), ("P_CSCF", 1), ("I_CSCF", 2), ("MRFC", 3), ("MGCF", 4), ("BGCF", 5), ("AS", 6), ("IBCF", 7), ("S_GW", 8), ("P_GW", 9), ("HSGW", 10), ("E_CSCF", 11), ("MME", 12), ("TRF", 13), ("TF", 14), ("ATCF", 15), ("PROXY_FUNCTION", 16), ("EPDG", 17), ("TDF", 18), ("TWAG", 19), ("SCEF", 20), ("IWK_SCEF", 21),)),
    "OnlineChargingFlag": (ONLINE_CHARGING_FLAG, "Values of Online-Charging-Flag.", (("ECF_ADDRESS_NOT_PROVIDED", 0), ("ECF_ADDRESS_PROVIDED", 1),)),
    "Originator": (ORIGINATOR, "Values of Originator.", (("CALLING_PARTY", 0), ("CALLED_PARTY", 1),)),
    "ParticipantAccessPriority": (PARTICIPANT_ACCESS_PRIORITY, "Values of Participant-Access-Priority.", (("PRE_EMPTIVE_PRIORITY", 1), ("HIGH_PRIORITY", 2), ("NORMAL_PRIORITY", 3), ("LOW_PRIORITY", 4),)),
    "ParticipantActionType": (PARTICIPANT_ACTION_TYPE, "Values of Participant-Action-Type.", (("CREATE_CONF", 0), ("JOIN_CONF", 1), ("INVITE_INTO_CONF", 2), ("QUIT_CONF", 3),)),
    "PC5RadioTechnology": (PC5_RADIO_TECHNOLOGY, "Values of PC5-Radio-Technology.", (("EUTRA", 0), ("WLAN", 1), ("BOTH_EUTRA_AND_WLAN", 2),)),
    "PDPContextType": (PDP_CONTEXT_TYPE, "Values of PDP-Context-Type.", (("PRIMARY", 0), ("SECONDARY", 1),)),
    "PlayAlternative": (PLAY_ALTERNATIVE, "Values of Play-Alternative.", (("SERVED_PARTY", 0), ("REMOTE_PARTY", 1),)),
    "PoCChangeCondition": (POC_CHANGE_CONDITION, "Values of PoC-Change-Condition.", (("SERVICECHANGE", 0), ("VOLUMELIMIT", 1), ("TIMELIMIT", 2), ("NUMBEROFTALKBURSTLIMIT", 3), ("NUMBEROFACTIVEPARTICIPANTS", 4), ("TARIFFTIME", 5),)),
    "PoCEventType": (POC_EVENT_TYPE, "Values of PoC-Event-Type.", (("NORMAL", 0), ("INSTANT_PERSONAL_ALERT_EVENT", 1), ("POC_GROUP_ADVERTISEMENT_EVENT", 2), ("EARLY_SESSION_SETTING_UP_EVENT", 3), ("POC_TALK_BURST", 4),)),
    "PoCServerRole": (POC_SERVER_ROLE, "Values of PoC-Server-Role.", (("PARTICIPATING_POC_SERVER", 0), ("CONTROLLING_POC_SERVER", 1), ("INTERWORKING_FUNCTION", 2), ("INTERWORKING_SELECTION_FUNCTION", 3),)),
    "PoCSessionInitiationType": (POC_SESSION_INITIATION_TYPE, "Values of PoC-Session-Initiation-type.", (("PRE_ESTABLISHED", 0), ("ON_DEMAND", 1),)),
    "PoCSessionType": (POC_SESSION_TYPE, "Values of PoC-Session-Type.", (("V_1_TO_1_POC_SESSION", 0), ("CHAT_POC_GROUP_SESSION", 1), ("PRE_ARRANGED_POC_GROUP_SESSION", 2), ("AD_HOC_POC_GROUP_SESSION", 3),)),
    "PoCUserRoleInfoUnits": (POC_USER_ROLE_INFO_UNITS, "Values of PoC-User-Role-Info-Units.", (("MODERATOR", 1), ("DISPATCHER", 2), ("SESSION_OWNER", 3), ("SESSION_PARTICIPANT", 4),)),
    "Priority": (PRIORITY, "Values of Priority.", (("LOW", 0), ("NORMAL", 1), ("HIGH", 2),)),
    "PrivacyIndicator": (PRIVACY_INDICATOR, "Values of Privacy-Indicator.", (("NOT_PRIVATE", 0), ("PRIVATE", 1),)),
    "ProSeDirectDiscoveryModel": (PROSE_DIRECT_DISCOVERY_MODEL, "Values of ProSe-Direct-Discovery-Model.", (("MODEL_A", 0), ("MODEL_B", 1),)),
    "ProSeEventType": (PROSE_EVENT_TYPE, "Values of ProSe-Event-Type.", (("ANNOUNCING", 0), ("MONITORING", 1), ("MATCH_REPORT", 2),)),
    "ProSeFunctionality": (PROSE_FUNCTIONALITY, "Values of ProSe-Functionality.", (("DIRECT_DISCOVERY", 0), ("EPC_LEVEL_DISCOVERY", 1), ("DIRECT_COMMUNICATION", 2),)),
    "ProSeRangeClass": (PROSE_RANGE_CLASS, "Values of ProSe-Range-Class.", (("RESERVED", 0), ("V_50_M", 1), ("V_100_M", 2), ("V_200_M", 3), ("V_500_M", 4), ("V_1000_M", 5),)),
    "ProSeReasonForCancellation": (PROSE_REASON_FOR_CANCELLATION, "Values of ProSe-Reason-For-Cancellation.", (("PROXIMITY_ALERT_SENT", 0), ("TIME_EXPIRED_WITH_NO_RENEWAL", 1), ("REQUESTOR_CANCELLATION", 2),)),
    "ProSeRoleOfUE": (PROSE_ROLE_OF_UE, "Values of ProSe-Role-Of-UE.", (("ANNOUNCING_UE", 0), ("MONITORING_UE", 1), ("REQUESTOR_UE", 2), ("REQUESTED_UE", 3),)),
    "ProximityAlertIndication": (PROXIMITY_ALERT_INDICATION, "Values of Proximity-Alert-Indication.", (("ALERT", 0), ("NO_ALERT", 1),)),
    "PSAppendFreeFormatData": (PS_APPEND_FREE_FORMAT_DATA, "Values of PS-Append-Free-Format-Data.", (("APPEND", 0), ("OVERWRITE", 1),)),
    "QuotaIndicator": (QUOTA_INDICATOR, "Values of Quota-Indicator.", (("QUOTA_IS_NOT_USED_DURING_PLAYBACK", 0), ("QUOTA_IS_USED_DURING_PLAYBACK", 1),)),
    "RadioResourcesIndicator": (RADIO_RESOURCES_INDICATOR, "Values of Radio-Resources-Indicator.", (("OPERATOR_PROVIDED", 1), ("CONFIGURED", 2),)),
    "RateControlTimeUnit": (RATE_CONTROL_TIME_UNIT, "Values of Rate-Control-Time-Unit.", (("UNRESTRICTED", 0), ("MINUTE", 1), ("HOUR", 2), ("DAY", 3), ("WEEK", 4),)),
    "ReadReplyReportRequested": (READ_REPLY_REPORT_REQUESTED, "Values of Read-Reply-Report-Requested.", (("NO", 0), ("YES", 1),)),
    "RelationshipMode": (RELATIONSHIP_MODE, "Values of Relationship-Mode.", (("TRUSTED", 0), ("NON_TRUSTED", 1),)),
    "ReplyPathRequested": (REPLY_PATH_REQUESTED, "Values of Reply-Path-Requested.", (("NO_REPLY_PATH_SET", 0), ("REPLY_PATH_SET", 1),)),
    "ReportingReason": (REPORTING_REASON, "Values of Reporting-Reason.", (("THRESHOLD", 0), ("QHT", 1), ("FINAL", 2), ("QUOTA_EXHAUSTED", 3), ("VALIDITY_TIME", 4), ("OTHER_QUOTA_TYPE", 5), ("RATING_CONDITION_CHANGE", 6), ("FORCED_REAUTHORISATION", 7), ("POOL_EXHAUSTED", 8), ("UNUSED_QUOTA_TIMER", 9),)),
    "RoleOfNode": (ROLE_OF_NODE, "Values of Role-Of-Node.", (("ORIGINATING_ROLE", 0), ("TERMINATING_ROLE", 1), ("FORWARDING_ROLE", 2),)),
    "RoleOfProSeFunction": (ROLE_OF_PROSE_FUNCTION, "Values of Role-Of-ProSe-Function.", (("HPLMN", 0), ("VPLMN", 1), ("LOCAL_PLMN", 2),)),
    "SDPType": (SDP_TYPE, "Values of SDP-Type.", (("SDP_OFFER", 0), ("SDP_ANSWER", 1),)),
    "ServiceMode": (SERVICE_MODE, "Values of Service-Mode.", (("CFU", 0), ("CFB", 1), ("CRNR", 2), ("CFNL", 3), ("CD", 4), ("CFNRC", 5), ("ICB", 6), ("OCB", 7), ("ACR", 8), ("BLIND_TRANSFER", 9), ("CONSULTATIVE_TRANSFER", 10), ("V_3PTY", 11), ("AOC_S", 12), ("AOC_D", 13), ("AOC_E", 14),)),
    "ServingNodeType": (SERVING_NODE_TYPE, "Values of Serving-Node-Type.", (("SGSN", 0), ("PMIPSGW", 1), ("GTPSGW", 2), ("EPDG", 3), ("HSGW", 4), ("MME", 5), ("TWAN", 6),)),
    "SessionDirection": (SESSION_DIRECTION, "Values of Session-Direction.", (("INBOUND", 0), ("OUTBOUND", 1),)),
    "SGiPtPTunnellingMethod": (SGI_PTP_TUNNELLING_METHOD, "Values of SGi-PtP-Tunnelling-Method.", (("UDP_IP_BASED", 0), ("OTHERS", 1),)),
    "SGWChange": (SGW_CHANGE, "Values of SGW-Change.", (("ACR_START_NOT_DUE_TO_SGW_CHANGE", 0), ("ACR_START_DUE_TO_SGW_CHANGE", 1),)),
    "SMDeviceTriggerIndicator": (SM_DEVICE_TRIGGER_INDICATOR, "Values of SM-Device-Trigger-Indicator.", (("NOT_DEVICETRIGGER", 0), ("DEVICE_TRIGGER_REQUEST", 1), ("DEVICE_TRIGGER_REPLACE", 2), ("DEVICE_TRIGGER_RECALL", 3),)),
    "SMMessageType": (SM_MESSAGE_TYPE, "Values of SM-Message-Type.", (("SUBMISSION", 0), ("DELIVERY_REPORT", 1), ("SM_SERVICE_REQUEST", 2), ("T4_DEVICE_TRIGGER", 3), ("SM_DEVICE_TRIGGER", 4), ("MO_SMS_T4_SUBMISSION", 5),)),
    "SMServiceType": (SM_SERVICE_TYPE, "Values of SM-Service-Type.", (("VAS4SMS_SHORT_MESSAGE_CONTENT_PROCESSING", 0), ("VAS4SMS_SHORT_MESSAGE_FORWARDING", 1), ("VAS4SMS_SHORT_MESSAGE_FORWARDING_MULTIPLE_SUBSCRIPTIONS", 2), ("VAS4SMS_SHORT_MESSAGE_FILTERING", 3), ("VAS4SMS_SHORT_MESSAGE_RECEIPT", 4), ("VAS4SMS_SHORT_MESSAGE_NETWORK_STORAGE", 5), ("VAS4SMS_SHORT_MESSAGE_TO_MULTIPLE_DESTINATIONS", 6), ("VAS4SMS_SHORT_MESSAGE_VIRTUAL_PRIVATE_NETWORK_VPN", 7), ("VAS4SMS_SHORT_MESSAGE_AUTO_REPLY", 8), ("VAS4SMS_SHORT_MESSAGE_PERSONAL_SIGNATURE", 9), ("VAS4SMS_SHORT_MESSAGE_DEFERRED_DELIVERY", 10),)),
    "SMSNode": (SMS_NODE, "Values of SMS-Node.", (("SMS_ROUTER", 0), ("IP_SM_GW", 1), ("SMS_ROUTER_AND_IP_SM_GW", 2), ("SMS_SC", 3),)),
    "StatusASCode": (STATUS_AS_CODE, "Values of Status-AS-Code.", (("V_4XX", 0), ("V_5XX", 1), ("TIMEOUT", 2),)),
    "SubscriberRole": (SUBSCRIBER_ROLE, "Values of Subscriber-Role.", (("ORIGINATING", 0), ("TERMINATING", 1),)),
    "TADIdentifier": (TAD_IDENTIFIER, "Values of TAD-Identifier.", (("CS", 0), ("PS", 1),)),
    "TimeQuotaType": (TIME_QUOTA_TYPE, "Values of Time-Quota-Type.", (("DISCRETE_TIME_PERIOD", 0), ("CONTINUOUS_TIME_PERIOD", 1),)),
    "TranscoderInsertedIndication": (TRANSCODER_INSERTED_INDICATION, "Values of Transcoder-Inserted-Indication.", (("TRANSCODER_NOT_INSERTED", 0), ("TRANSCODER_INSERTED", 1),)),
    "TriggerType": (TRIGGER_TYPE, "Values of Trigger-Type.", (("CHANGE_IN_SGSN_IP_ADDRESS", 1), ("CHANGE_IN_QOS", 2), ("CHANGE_IN_LOCATION", 3), ("CHANGE_IN_RAT", 4), ("CHANGE_IN_UE_TIMEZONE", 5), ("CHANGEINQOS_TRAFFIC_CLASS", 10), ("CHANGEINQOS_RELIABILITY_CLASS", 11), ("CHANGEINQOS_DELAY_CLASS", 12), ("CHANGEINQOS_PEAK_THROUGHPUT", 13), ("CHANGEINQOS_PRECEDENCE_CLASS", 14), ("CHANGEINQOS_MEAN_THROUGHPUT", 15), ("CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_UPLINK", 16), ("CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_DOWNLINK", 17), ("CHANGEINQOS_RESIDUAL_BER", 18), ("CHANGEINQOS_SDU_ERROR_RATIO", 19), ("CHANGEINQOS_TRANSFER_DELAY", 20), ("CHANGEINQOS_TRAFFIC_HANDLING_PRIORITY", 21), ("CHANGEINQOS_GUARANTEED_BIT_RATE_FOR_UPLINK", 22), ("CHANGEINQOS_GUARANTEED_BIT_RATE_FOR_DOWNLINK", 23), ("CHANGEINQOS_APN_AGGREGATE_MAXIMUM_BIT_RATE", 24), ("CHANGEINLOCATION_MCC", 30), ("CHANGEINLOCATION_MNC", 31), ("CHANGEINLOCATION_RAC", 32), ("CHANGEINLOCATION_LAC", 33), ("CHANGEINLOCATION_CELLID", 34), ("CHANGEINLOCATION_TAC", 35), ("CHANGEINLOCATION_ECGI", 36), ("CHANGE_IN_MEDIA_COMPOSITION", 40), ("CHANGE_IN_PARTICIPANTS_NMB", 50), ("CHANGE_IN_THRSHLD_OF_PARTICIPANTS_NMB", 51), ("CHANGE_IN_USER_PARTICIPATING_TYPE", 52), ("CHANGE_IN_SERVICE_CONDITION", 60), ("CHANGE_IN_SERVING_NODE", 61), ("CHANGE_IN_ACCESS_FOR_A_SERVICE_DATA_FLOW", 62), ("CHANGE_IN_USER_CSG_INFORMATION", 70), ("CHANGE_IN_HYBRID_SUBSCRIBED_USER_CSG_INFORMATION", 71), ("CHANGE_IN_HYBRID_UNSUBSCRIBED_USER_CSG_INFORMATION", 72), ("CHANGE_OF_UE_PRESENCE_IN_PRESENCE_REPORTING_AREA", 73), ("CHANGE_IN_SERVING_PLMN_RATE_CONTROL", 74), ("CHANGE_IN_APN_RATE_CONTROL", 75), ("CHANGE_IN_3GPP_PS_DATA_OFF", 76),)),
    "TypeNumber": (TYPE_NUMBER, "Values of Type-Number.", (("ANY_ANY", 0), ("TEXT_ANY", 1), ("TEXT_HTML", 2), ("TEXT_PLAIN", 3), ("TEXT_X_HDML", 4), ("TEXT_X_TTML", 5), ("TEXT_X_VCALENDAR", 6), ("TEXT_X_VCARD", 7), ("TEXT_VND_WAP_WML", 8), ("TEXT_VND_WAP_WMLSCRIPT", 9), ("TEXT_VND_WAP_WTA_EVENT", 10), ("MULTIPART_ANY", 11), ("MULTIPART_MIXED", 12), ("MULTIPART_FORM_DATA", 13), ("MULTIPART_BYTERANGES", 14), ("MULTIPART_ALTERNATIVE", 15), ("APPLICATION_ANY", 16), ("APPLICATION_JAVA_VM", 17), ("APPLICATION_X_WWW_FORM_URLENCODED", 18), ("APPLICATION_X_HDMLC", 19), ("APPLICATION_VND_WAP_WMLC", 20), ("APPLICATION_VND_WAP_WMLSCRIPTC", 21), ("APPLICATION_VND_WAP_WTA_EVENTC", 22), ("APPLICATION_VND_WAP_UAPROF", 23), ("APPLICATION_VND_WAP_WTLS_CA_CERTIFICATE", 24), ("APPLICATION_VND_WAP_WTLS_USER_CERTIFICATE", 25), ("APPLICATION_X_X509_CA_CERT", 26), ("APPLICATION_X_X509_USER_CERT", 27), ("IMAGE_ANY", 28), ("IMAGE_GIF", 29), ("IMAGE_JPEG", 30), ("IMAGE_TIFF", 31), ("IMAGE_PNG", 32), ("IMAGE_VND_WAP_WBMP", 33), ("APPLICATION_VND_WAP_MULTIPART_ANY", 34), ("APPLICATION_VND_WAP_MULTIPART_MIXED", 35), ("APPLICATION_VND_WAP_MULTIPART_FORM_DATA", 36), ("APPLICATION_VND_WAP_MULTIPART_BYTERANGES", 37), ("APPLICATION_VND_WAP_MULTIPART_ALTERNATIVE", 38), ("APPLICATION_XML", 39), ("TEXT_XML", 40), ("APPLICATION_VND_WAP_WBXML", 41), ("APPLICATION_X_X968_CROSS_CERT", 42), ("APPLICATION_X_X968_CA_CERT", 43), ("APPLICATION_X_X968_USER_CERT", 44), ("TEXT_VND_WAP_SI", 45), ("APPLICATION_VND_WAP_SIC", 46), ("TEXT_VND_WAP_SL", 47), ("APPLICATION_VND_WAP_SLC", 48), ("TEXT_VND_WAP_CO", 49), ("APPLICATION_VND_WAP_COC", 50), ("APPLICATION_VND_WAP_MULTIPART_RELATED", 51), ("APPLICATION_VND_WAP_SIA", 52), ("TEXT_VND_WAP_CONNECTIVITY_XML", 53), ("APPLICATION_VND_WAP_CONNECTIVITY_WBXML", 54), ("APPLICATION_PKCS7_MIME", 55), ("APPLICATION_VND_WAP_HASHED_CERTIFICATE", 56), ("APPLICATION_VND_WAP_SIGNED_CERTIFICATE", 57), ("APPLICATION_VND_WAP_CERT_RESPONSE", 58), ("APPLICATION_XHTML_XML", 59), ("APPLICATION_WML_XML", 60), ("TEXT_CSS", 61), ("APPLICATION_VND_WAP_MMS_MESSAGE", 62), ("APPLICATION_VND_WAP_ROLLOVER_CERTIFICATE", 63), ("APPLICATION_VND_WAP_LOCC_WBXML", 64), ("APPLICATION_VND_WAP_LOC_XML", 65), ("APPLICATION_VND_SYNCML_DM_WBXML", 66), ("APPLICATION_VND_SYNCML_DM_XML", 67), ("APPLICATION_VND_SYNCML_NOTIFICATION", 68), ("APPLICATION_VND_WAP_XHTML_XML", 69), ("APPLICATION_VND_WV_CSP_CIR", 70), ("APPLICATION_VND_OMA_DD_XML", 71), ("APPLICATION_VND_OMA_DRM_MESSAGE", 72), ("APPLICATION_VND_OMA_DRM_CONTENT", 73), ("APPLICATION_VND_OMA_DRM_RIGHTS_XML", 74), ("APPLICATION_VND_OMA_DRM_RIGHTS_WBXML", 75), ("APPLICATION_VND_WV_CSP_XML", 76), ("APPLICATION_VND_WV_CSP_WBXML", 77), ("APPLICATION_VND_SYNCML_DS_NOTIFICATION", 78), ("AUDIO_ANY", 79), ("VIDEO_ANY", 80), ("APPLICATION_VND_OMA_DD2_XML", 81), ("APPLICATION_MIKEY", 82), ("APPLICATION_VND_OMA_DCD", 83), ("APPLICATION_VND_OMA_DCDC", 84), ("TEXT_X_VMESSAGE", 85), ("APPLICATION_VND_OMADS_EMAIL_WBXML", 86), ("TEXT_X_VBOOKMARK", 87), ("APPLICATION_VND_SYNCML_DM_NOTIFICATION", 88), ("APPLICATION_OCTET_STREAM", 90), ("APPLICATION_VND_UPLANET_CACHEOP_WBXML", 513), ("APPLICATION_VND_UPLANET_SIGNAL", 514), ("APPLICATION_VND_UPLANET_ALERT_WBXML", 515), ("APPLICATION_VND_UPLANET_LIST_WBXML", 516), ("APPLICATION_VND_UPLANET_LISTCMD_WBXML", 517), ("APPLICATION_VND_UPLANET_CHANNEL_WBXML", 518), ("APPLICATION_VND_UPLANET_PROVISIONING_STATUS_URI", 519), ("X_WAP_MULTIPART_VND_UPLANET_HEADER_SET", 520), ("APPLICATION_VND_UPLANET_BEARER_CHOICE_WBXML", 521), ("APPLICATION_VND_PHONECOM_MMC_WBXML", 522), ("APPLICATION_VND_NOKIA_SYNCSET_WBXML", 523), ("IMAGE_X_UP_WPNG", 524), ("APPLICATION_IOTA_MMC_WBXML", 768), ("APPLICATION_IOTA_MMC_XML", 769), ("APPLICATION_VND_OMALOC_SUPL_INIT", 786),)),
    "UNIPDUCPOnlyFlag": (UNI_PDU_CP_ONLY_FLAG, "Values of UNI-PDU-CP-Only-Flag.", (("UNI_PDU_BOTH_UP_CP", 0), ("UNI_PDU_CP_ONLY", 1),)),
    "UserParticipatingType": (USER_PARTICIPATING_TYPE, "Values of User-Participating-Type.", (("NORMAL", 0), ("NW_POC_BOX", 1), ("UE_POC_BOX", 2),)),
    "VariablePartType": (VARIABLE_PART_TYPE, "Values of Variable-Part-Type.", (("INTEGER", 0), ("NUMBER", 1), ("TIME", 2), ("DATE", 3), ("CURRENCY", 4),)),
    "ApplicationServiceType": (APPLICATION_SERVICE_TYPE, "Values of Application-Service-Type.", (("SENDING", 100), ("RECEIVING", 101), ("RETRIEVAL", 102), ("INVITING", 103), ("LEAVING", 104), ("JOINING", 105),)),
    "ProtocolType": (PROTOCOL_TYPE, "Values of Protocol-Type.", (("HTTP", 0), ("COAP", 1), ("MQTT", 2), ("WEBSOCKET", 3),)),
    "RequestOperation": (REQUEST_OPERATION, "Values of Request-Operation.", (("CREATE", 1), ("RETRIEVE", 2), ("UPDATE", 3), ("DELETE", 4), ("NOTIFY", 5),)),
    "ResponseStatusCode": (RESPONSE_STATUS_CODE, "Values of Response-Status-Code.", (("ACCEPTED", 1000), ("ACCEPTED_FOR_NONBLOCKINGREQUESTSYNCH", 1001), ("ACCEPTED_FOR_NONBLOCKINGREQUESTASYNCH", 1002), ("OK", 2000), ("CREATED", 2001), ("DELETED", 2002), ("UPDATED", 2004), ("BAD_REQUEST", 4000), ("RELEASE_VERSION_NOT_SUPPORTED", 4001), ("NOT_FOUND", 4004), ("OPERATION_NOT_ALLOWED", 4005), ("REQUEST_TIMEOUT", 4008), ("UNSUPPORTED_MEDIA_TYPE", 4015), ("SUBSCRIPTION_CREATOR_HAS_NO_PRIVILEGE", 4101), ("CONTENTS_UNACCEPTABLE", 4102), ("ORIGINATOR_HAS_NO_PRIVILEGE", 4103), ("GROUP_REQUEST_IDENTIFIER_EXISTS", 4104), ("CONFLICT", 4105), ("ORIGINATOR_NOT_AUTHENTICATED", 4106), ("SECURITY_ASSOCIATION_REQUIRED", 4107), ("INVALID_CHILD_RESOURCE_TYPE", 4108), ("NO_MEMBERS", 4109), ("GROUP_MEMBER_TYPE_INCONSISTENT", 4110), ("ESPRIM_UNSUPPORTED_OPTION", 4111), ("ESPRIM_UNKNOWN_KEY_ID", 4112), ("ESPRIM_UNKNOWN_ORIG_RAND_ID", 4113), ("ESPRIM_UNKNOWN_RECV_RAND_ID", 4114), ("ESPRIM_BAD_MAC", 4115), ("ESPRIM_IMPERSONATION_ERROR", 4116), ("ORIGINATOR_HAS_ALREADY_REGISTERED", 4117), ("ONTOLOGY_NOT_AVAILABLE", 4118), ("LINKED_SEMANTICS_NOT_AVAILABLE", 4119), ("INVALID_SEMANTICS", 4120), ("MASHUP_MEMBER_NOT_FOUND", 4121), ("INVALID_TRIGGER_PURPOSE", 4122), ("ILLEGAL_TRANSACTION_STATE_TRANSITION_ATTEMPTED", 4123), ("BLOCKING_SUBSCRIPTION_ALREADY_EXISTS", 4124), ("SPECIALIZATION_SCHEMA_NOT_FOUND", 4125), ("APP_RULE_VALIDATION_FAILED", 4126), ("OPERATION_DENIED_BY_REMOTE_ENTITY", 4127), ("SERVICE_SUBSCRIPTION_NOT_ESTABLISHED", 4128), ("ONTOLOGY_MAPPING_ALGORITHM_NOT_AVAILABLE", 4130), ("ONTOLOGY_MAPPING_POLICY_NOT_MATCHED", 4131), ("ONTOLOGY_MAPPING_NOT_AVAILABLE", 4132), ("BAD_FACT_INPUTS_FOR_REASONING", 4133), ("BAD_RULE_INPUTS_FOR_REASONING", 4134), ("DISCOVERY_LIMIT_EXCEEDED", 4135), ("PRIMITIVE_PROFILE_NOT_ACCESSIBLE", 4136), ("PRIMITIVE_PROFILE_BAD_REQUEST", 4137), ("UNAUTHORIZED_USER", 4138), ("SERVICE_SUBSCRIPTION_NOT_ACTIVE", 4139), ("SOFTWARE_CAMPAIGN_CONFLICT", 4140), ("SERVICE_SUBSCRIPTION_LIMITS_EXCEEDED", 4141), ("INVALID_PROCESS_CONFIGURATION", 4142), ("INVALID_SPARQL_QUERY", 4143), ("INTERNAL_SERVER_ERROR", 5000), ("NOT_IMPLEMENTED", 5001), ("TARGET_NOT_REACHABLE", 5103), ("RECEIVER_HAS_NO_PRIVILEGE", 5105), ("ALREADY_EXISTS", 5106), ("REMOTE_ENTITY_NOT_REACHABLE", 5107), ("TARGET_NOT_SUBSCRIBABLE", 5203), ("SUBSCRIPTION_VERIFICATION_INITIATION_FAILED", 5204), ("SUBSCRIPTION_HOST_HAS_NO_PRIVILEGE", 5205), ("NON_BLOCKING_SYNCH_REQUEST_NOT_SUPPORTED", 5206), ("NOT_ACCEPTABLE", 5207), ("DISCOVERY_DENIED_BY_IPE", 5208), ("GROUP_MEMBERS_NOT_RESPONDED", 5209), ("ESPRIM_DECRYPTION_ERROR", 5210), ("ESPRIM_ENCRYPTION_ERROR", 5211), ("SPARQL_UPDATE_ERROR", 5212), ("TARGET_HAS_NO_SESSION_CAPABILITY", 5214), ("SESSION_IS_ONLINE", 5215), ("JOIN_MULTICAST_GROUP_FAILED", 5216), ("LEAVE_MULTICAST_GROUP_FAILED", 5217), ("TRIGGERING_DISABLED_FOR_RECIPIENT", 5218), ("UNABLE_TO_REPLACE_REQUEST", 5219), ("UNABLE_TO_RECALL_REQUEST", 5220), ("CROSS_RESOURCE_OPERATION_FAILURE", 5221), ("TRANSACTION_PROCESSING_IS_INCOMPLETE", 5222), ("ONTOLOGY_MAPPING_ALGORITHM_FAILED", 5230), ("ONTOLOGY_CONVERSION_FAILED", 5231), ("REASONING_PROCESSING_FAILED", 5232), ("NIDD_CONFIGURATION_PROCESS_INCOMPLETE", 5233), ("EXTERNAL_OBJECT_NOT_REACHABLE", 6003), ("EXTERNAL_OBJECT_NOT_FOUND", 6005), ("MAX_NUMBER_OF_MEMBER_EXCEEDED", 6010), ("MGMT_SESSION_CANNOT_BE_ESTABLISHED", 6020), ("MGMT_SESSION_ESTABLISHMENT_TIMEOUT", 6021), ("INVALID_CMDTYPE", 6022), ("INVALID_ARGUMENTS", 6023), ("INSUFFICIENT_ARGUMENTS", 6024), ("MGMT_CONVERSION_ERROR", 6025), ("MGMT_CANCELLATION_FAILED", 6026), ("ALREADY_COMPLETE", 6028), ("MGMT_COMMAND_NOT_CANCELLABLE", 6029), ("EXTERNAL_OBJECT_NOT_REACHABLE_BEFORE_RQET_TIMEOUT", 6030), ("EXTERNAL_OBJECT_NOT_REACHABLE_BEFORE_OET_TIMEOUT", 6031), ("NETWORK_QOS_CONFIG_ERROR", 6033), ("REQUESTED_ACTIVITY_PATTERN_NOT_PERMITTED", 6034),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
    "ExperimentalResultCode": (EXPERIMENTAL_RESULT_CODE, 10415, 'Values of Experimental-Result-Code (an AVP of diameter.apps.base) with Vendor-Id 10415; a value two\n    specifications name differently has the first name, the others as aliases.', (("DIAMETER_PCC_BEARER_EVENT", 4141), ("DIAMETER_BEARER_EVENT", 4142), ("DIAMETER_AN_GW_FAILED", 4143), ("DIAMETER_PENDING_TRANSACTION", 4144), ("DIAMETER_ERROR_INITIAL_PARAMETERS", 5140), ("DIAMETER_ERROR_TRIGGER_EVENT", 5141), ("DIAMETER_PCC_RULE_EVENT", 5142), ("DIAMETER_ERROR_BEARER_NOT_AUTHORIZED", 5143), ("DIAMETER_ERROR_TRAFFIC_MAPPING_INFO_REJECTED", 5144), ("DIAMETER_QOS_RULE_EVENT", 5145), ("DIAMETER_ERROR_CONFLICTING_REQUEST", 5147), ("DIAMETER_ADC_RULE_EVENT", 5148), ("DIAMETER_ERROR_NBIFOM_NOT_AUTHORIZED", 5149), ("REQUESTED_SERVICE_TEMPORARILY_NOT_AUTHORIZED", 4261), ("INVALID_SERVICE_INFORMATION", 5061), ("FILTER_RESTRICTIONS", 5062), ("REQUESTED_SERVICE_NOT_AUTHORIZED", 5063), ("DUPLICATED_AF_SESSION", 5064), ("IP_CAN_SESSION_NOT_AVAILABLE", 5065), ("UNAUTHORIZED_NON_EMERGENCY_SESSION", 5066), ("UNAUTHORIZED_SPONSORED_DATA_CONNECTIVITY", 5067), ("TEMPORARY_NETWORK_FAILURE", 5068), ("DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS", 4241), ("DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS", 5570), ("DIAMETER_FIRST_REGISTRATION", 2001), ("DIAMETER_SUBSEQUENT_REGISTRATION", 2002), ("DIAMETER_UNREGISTERED_SERVICE", 2003), ("DIAMETER_SUCCESS_SERVER_NAME_NOT_STORED", 2004), ("DIAMETER_ERROR_USER_UNKNOWN", 5001), ("DIAMETER_ERROR_IDENTITIES_DONT_MATCH", 5002), ("DIAMETER_ERROR_IDENTITY_NOT_REGISTERED", 5003), ("DIAMETER_ERROR_ROAMING_NOT_ALLOWED", 5004), ("DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED", 5005), ("DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED", 5006), ("DIAMETER_ERROR_IN_ASSIGNMENT_TYPE", 5007), ("DIAMETER_ERROR_TOO_MUCH_DATA", 5008), ("DIAMETER_ERROR_NOT_SUPPORTED_USER_DATA", 5009), ("DIAMETER_ERROR_FEATURE_UNSUPPORTED", 5011), ("DIAMETER_ERROR_SERVING_NODE_FEATURE_UNSUPPORTED", 5012), ("DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE", 4181), ("DIAMETER_ERROR_CAMEL_SUBSCRIPTION_PRESENT", 4182), ("DIAMETER_ERROR_UNKNOWN_EPS_SUBSCRIPTION", 5420), ("DIAMETER_ERROR_RAT_NOT_ALLOWED", 5421), ("DIAMETER_ERROR_EQUIPMENT_UNKNOWN", 5422), ("DIAMETER_ERROR_UNKNOWN_SERVING_NODE", 5423), ("DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION", 5450), ("DIAMETER_ERROR_USER_NO_APN_SUBSCRIPTION", 5451), ("DIAMETER_ERROR_RAT_TYPE_NOT_ALLOWED", 5452), ("DIAMETER_ERROR_LATE_OVERLAPPING_REQUEST", 5453), ("DIAMETER_ERROR_TIMED_OUT_REQUEST", 5454), ("DIAMETER_ERROR_ILLEGAL_EQUIPMENT", 5554), ("DIAMETER_USER_DATA_NOT_AVAILABLE", 4100), ("DIAMETER_PRIOR_UPDATE_IN_PROGRESS", 4101), ("DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED", 5100), ("DIAMETER_ERROR_OPERATION_NOT_ALLOWED", 5101), ("DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ", 5102), ("DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED", 5103), ("DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED", 5104), ("DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC", 5105), ("DIAMETER_ERROR_SUBS_DATA_ABSENT", 5106), ("DIAMETER_ERROR_NO_SUBSCRIPTION_TO_DATA", 5107), ("DIAMETER_ERROR_DSAI_NOT_AVAILABLE", 5108),)),
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "CommunicationFailureInformation": (COMMUNICATION_FAILURE_INFORMATION, """Communication-Failure-Information ::= < AVP Header: 4300, 10415 >
         [ Cause-Type ]
         [ S1AP-Cause ]
         [ RANAP-Cause ]
         [ BSSGP-Cause ]
         [ GMM-Cause ]
         [ SM-Cause ]
       * [ AVP ]
    """, (
        ("cause_type", "CauseType | int | None", CAUSE_TYPE, 0, 1, False),
        ("s1ap_cause", "int | None", S1AP_CAUSE, 0, 1, False),
        ("ranap_cause", "int | None", RANAP_CAUSE, 0, 1, False),
        ("bssgp_cause", "int | None", BSSGP_CAUSE, 0, 1, False),
        ("gmm_cause", "int | None", GMM_CAUSE, 0, 1, False),
        ("sm_cause", "int | None", SM_CAUSE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NumberOfUEPerLocationConfiguration": (NUMBER_OF_UE_PER_LOCATION_CONFIGURATION, """Number-Of-UE-Per-Location-Configuration ::= < AVP Header: 4306, 10415 >
         { EPS-Location-Information }
         [ IMSI-Group-Id ]
       * [ AVP ]
    """, (
        ("eps_location_information", "EPSLocationInformation", EPS_LOCATION_INFORMATION, 1, 1, False),
        ("imsi_group_id", "IMSIGroupId | None", IMSI_GROUP_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NumberOfUEPerLocationReport": (NUMBER_OF_UE_PER_LOCATION_REPORT, """Number-Of-UE-Per-Location-Report ::= < AVP Header: 4307, 10415 >
         { EPS-Location-Information }
         { UE-Count }
         [ IMSI-Group-Id ]
       * [ AVP ]
    """, (
        ("eps_location_information", "EPSLocationInformation", EPS_LOCATION_INFORMATION, 1, 1, False),
        ("ue_count", "int", UE_COUNT, 1, 1, False),
        ("imsi_group_id", "IMSIGroupId | None", IMSI_GROUP_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServingPLMNRateControl": (SERVING_PLMN_RATE_CONTROL, """Serving-PLMN-Rate-Control ::= < AVP Header: 4310, 10415 >
         [ Uplink-Rate-Limit ]
         [ Downlink-Rate-Limit ]
       * [ AVP ]
    """, (
        ("uplink_rate_limit", "int | None", UPLINK_RATE_LIMIT, 0, 1, False),
        ("downlink_rate_limit", "int | None", DOWNLINK_RATE_LIMIT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RRCCauseCounter": (RRC_CAUSE_COUNTER, """RRC-Cause-Counter ::= < AVP Header: 4318, 10415 >
         [ Counter-Value ]
         [ RRC-Counter-Timestamp ]
       * [ AVP ]
    """, (
        ("counter_value", "int | None", COUNTER_VALUE, 0, 1, False),
        ("rrc_counter_timestamp", "datetime | None", RRC_COUNTER_TIMESTAMP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IdleStatusIndication": (IDLE_STATUS_INDICATION, """Idle-Status-Indication ::= < AVP Header: 4322, 10415 >
         [ Idle-Status-Timestamp ]
         [ Active-Time ]
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ eDRX-Cycle-Length ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """, (
        ("idle_status_timestamp", "datetime | None", IDLE_STATUS_TIMESTAMP, 0, 1, False),
        ("active_time", "int | None", ACTIVE_TIME, 0, 1, False),
        ("subscribed_periodic_rau_tau_timer", "int | None", SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, 0, 1, False),
        ("edrx_cycle_length", "EDRXCycleLength | None", EDRX_CYCLE_LENGTH, 0, 1, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "APNRateControlStatus": (APN_RATE_CONTROL_STATUS, """APN-Rate-Control-Status ::= < AVP Header: 4326, 10415 >
         { Service-Selection }
         { Uplink-Number-Of-Packets-Allowed }
         { Number-Of-Additional-Exception-Reports }
         { Downlink-Number-Of-Packets-Allowed }
         { APN-Rate-Control-Status-Validity-Time }
       * [ AVP ]
    """, (
        ("service_selection", "str", SERVICE_SELECTION, 1, 1, False),
        ("uplink_number_of_packets_allowed", "int", UPLINK_NUMBER_OF_PACKETS_ALLOWED, 1, 1, False),
        ("number_of_additional_exception_reports", "int", NUMBER_OF_ADDITIONAL_EXCEPTION_REPORTS, 1, 1, False),
        ("downlink_number_of_packets_allowed", "int", DOWNLINK_NUMBER_OF_PACKETS_ALLOWED, 1, 1, False),
        ("apn_rate_control_status_validity_time", "int", APN_RATE_CONTROL_STATUS_VALIDITY_TIME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServedUserIdentity": (SERVED_USER_IDENTITY, """Served-User-Identity ::= < AVP Header: 1100, 10415 >
         [ MSISDN ]
         [ VASP-ID ]
         [ VAS-ID ]
       * [ AVP ]
    """, (
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("vasp_id", "str | None", VASP_ID, 0, 1, False),
        ("vas_id", "str | None", VAS_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InitialRecipientAddress": (INITIAL_RECIPIENT_ADDRESS, """Initial-Recipient-Address ::= < AVP Header: 1105, 10415 >
         { Sequence-Number-29.140 }
         { Recipient-Address-29.140 }
       * [ AVP ]
    """, (
        ("sequence_number_29_140", "int", SEQUENCE_NUMBER_29_140, 1, 1, False),
        ("recipient_address_29_140", "str", RECIPIENT_ADDRESS_29_140, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ResultRecipientAddress": (RESULT_RECIPIENT_ADDRESS, """Result-Recipient-Address ::= < AVP Header: 1106, 10415 >
         { Sequence-Number-29.140 }
         [ Recipient-Address-29.140 ]
         [ Routeing-Address ]
         [ Sender-Address ]
       * [ AVP ]
    """, (
        ("sequence_number_29_140", "int", SEQUENCE_NUMBER_29_140, 1, 1, False),
        ("recipient_address_29_140", "str | None", RECIPIENT_ADDRESS_29_140, 0, 1, False),
        ("routeing_address", "str | None", ROUTEING_ADDRESS, 0, 1, False),
        ("sender_address", "str | None", SENDER_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Status": (STATUS, """Status ::= < AVP Header: 1116, 10415 >
         [ Status-Code ]
         [ Status-Text ]
    """, (
        ("status_code", "str | None", STATUS_CODE, 0, 1, False),
        ("status_text", "str | None", STATUS_TEXT, 0, 1, False),
    )),
    "NetworkCongestionAreaReport": (NETWORK_CONGESTION_AREA_REPORT, """Network-Congestion-Area-Report ::= < AVP Header: 4101, 10415 >
         [ Network-Area-Info-List ]
         [ Congestion-Level-Value ]
       * [ AVP ]
    """, (
        ("network_area_info_list", "bytes | None", NETWORK_AREA_INFO_LIST, 0, 1, False),
        ("congestion_level_value", "CongestionLevelValue | int | None", CONGESTION_LEVEL_VALUE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TimeWindow": (TIME_WINDOW, """Time-Window ::= < AVP Header: 4204, 10415 >
         { Transfer-Start-Time }
         { Transfer-End-Time }
       * [ AVP ]
    """, (
        ("transfer_start_time", "datetime", TRANSFER_START_TIME, 1, 1, False),
        ("transfer_end_time", "datetime", TRANSFER_END_TIME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TransferPolicy": (TRANSFER_POLICY, """Transfer-Policy ::= < AVP Header: 4207, 10415 >
         { Transfer-Policy-Id }
         [ Time-Window ]
         [ Rating-Group ]
         [ Max-Requested-Bandwidth-DL ]
         [ Max-Requested-Bandwidth-UL ]
       * [ AVP ]
    """, (
        ("transfer_policy_id", "int", TRANSFER_POLICY_ID, 1, 1, False),
        ("time_window", "TimeWindow | None", TIME_WINDOW, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessNetworkReports": (ACCESS_NETWORK_REPORTS, """Access-Network-Reports ::= < AVP Header: 4210, 10415 >
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
    """, (
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("tcp_source_port", "int | None", TCP_SOURCE_PORT, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("netloc_access_support", "NetLocAccessSupport | int | None", NETLOC_ACCESS_SUPPORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EventConfiguration": (EVENT_CONFIGURATION, """Event-Configuration ::= < AVP Header: 4211, 10415 >
         { Extended-SCEF-Reference-ID }
         { SCEF-ID }
         { Monitoring-Type }
         [ Location-Information-Configuration ]
       * [ AVP ]
    """, (
        ("extended_scef_reference_id", "int", EXTENDED_SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("monitoring_type", "MonitoringType | int", MONITORING_TYPE, 1, 1, False),
        ("location_information_configuration", "LocationInformationConfiguration | None", LOCATION_INFORMATION_CONFIGURATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EventConfigurationStatus": (EVENT_CONFIGURATION_STATUS, """Event-Configuration-Status ::= < AVP Header: 4213, 10415 >
         { Event-Configuration-State }
         { Extended-SCEF-Reference-ID }
       * [ AVP ]
    """, (
        ("event_configuration_state", "int", EVENT_CONFIGURATION_STATE, 1, 1, False),
        ("extended_scef_reference_id", "int", EXTENDED_SCEF_REFERENCE_ID, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EventReports": (EVENT_REPORTS, """Event-Reports ::= < AVP Header: 4215, 10415 >
         { Event-Reporting-Results }
         { Extended-SCEF-Reference-ID }
       * [ Access-Network-Reports ]
       * [ AVP ]
    """, (
        ("event_reporting_results", "EventReportingResults | int", EVENT_REPORTING_RESULTS, 1, 1, False),
        ("extended_scef_reference_id", "int", EXTENDED_SCEF_REFERENCE_ID, 1, 1, False),
        ("access_network_reports", "tuple[AccessNetworkReports, ...]", ACCESS_NETWORK_REPORTS, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LCSEPSClientName": (LCS_EPS_CLIENT_NAME, """LCS-EPS-Client-Name ::= < AVP Header: 2501, 10415 >
         [ LCS-Name-String ]
         [ LCS-Format-Indicator ]
    """, (
        ("lcs_name_string", "str | None", LCS_NAME_STRING, 0, 1, False),
        ("lcs_format_indicator", "LCSFormatIndicator | int | None", LCS_FORMAT_INDICATOR, 0, 1, False),
    )),
    "LCSRequestorName": (LCS_REQUESTOR_NAME, """LCS-Requestor-Name ::= < AVP Header: 2502, 10415 >
         [ LCS-Requestor-ID-String ]
         [ LCS-Format-Indicator ]
    """, (
        ("lcs_requestor_id_string", "str | None", LCS_REQUESTOR_ID_STRING, 0, 1, False),
        ("lcs_format_indicator", "LCSFormatIndicator | int | None", LCS_FORMAT_INDICATOR, 0, 1, False),
    )),
    "LCSQoS": (LCS_QOS, """LCS-QoS ::= < AVP Header: 2504, 10415 >
         [ LCS-QoS-Class ]
         [ Horizontal-Accuracy ]
         [ Vertical-Accuracy ]
         [ Vertical-Requested ]
         [ Response-Time ]
    """, (
        ("lcs_qos_class", "LCSQoSClass | int | None", LCS_QOS_CLASS, 0, 1, False),
        ("horizontal_accuracy", "int | None", HORIZONTAL_ACCURACY, 0, 1, False),
        ("vertical_accuracy", "int | None", VERTICAL_ACCURACY, 0, 1, False),
        ("vertical_requested", "VerticalRequested | int | None", VERTICAL_REQUESTED, 0, 1, False),
        ("response_time", "ResponseTime | int | None", RESPONSE_TIME, 0, 1, False),
    )),
    "LCSPrivacyCheckNonSession": (LCS_PRIVACY_CHECK_NON_SESSION, """LCS-Privacy-Check-Non-Session ::= < AVP Header: 2521, 10415 >
         { LCS-Privacy-Check }
    """, (
        ("lcs_privacy_check", "LCSPrivacyCheck | int", LCS_PRIVACY_CHECK, 1, 1, False),
    )),
    "LCSPrivacyCheckSession": (LCS_PRIVACY_CHECK_SESSION, """LCS-Privacy-Check-Session ::= < AVP Header: 2522, 10415 >
         { LCS-Privacy-Check }
    """, (
        ("lcs_privacy_check", "LCSPrivacyCheck | int", LCS_PRIVACY_CHECK, 1, 1, False),
    )),
    "GERANPositioningInfo": (GERAN_POSITIONING_INFO, """GERAN-Positioning-Info ::= < AVP Header: 2524, 10415 >
         [ GERAN-Positioning-Data ]
         [ GERAN-GANSS-Positioning-Data ]
       * [ AVP ]
    """, (
        ("geran_positioning_data", "bytes | None", GERAN_POSITIONING_DATA, 0, 1, False),
        ("geran_ganss_positioning_data", "bytes | None", GERAN_GANSS_POSITIONING_DATA, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UTRANPositioningInfo": (UTRAN_POSITIONING_INFO, """UTRAN-Positioning-Info ::= < AVP Header: 2527, 10415 >
         [ UTRAN-Positioning-Data ]
         [ UTRAN-GANSS-Positioning-Data ]
         [ UTRAN-Additional-Positioning-Data ]
       * [ AVP ]
    """, (
        ("utran_positioning_data", "bytes | None", UTRAN_POSITIONING_DATA, 0, 1, False),
        ("utran_ganss_positioning_data", "bytes | None", UTRAN_GANSS_POSITIONING_DATA, 0, 1, False),
        ("utran_additional_positioning_data", "bytes | None", UTRAN_ADDITIONAL_POSITIONING_DATA, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AreaEventInfo": (AREA_EVENT_INFO, """Area-Event-Info ::= < AVP Header: 2533, 10415 >
         { Area-Definition }
         [ Occurrence-Info ]
         [ Interval-Time ]
         [ Maximum-Interval ]
         [ Sampling-Interval ]
         [ Reporting-Duration ]
         [ Reporting-Location-Requirements ]
       * [ AVP ]
    """, (
        ("area_definition", "AreaDefinition", AREA_DEFINITION, 1, 1, False),
        ("occurrence_info", "OccurrenceInfo | int | None", OCCURRENCE_INFO, 0, 1, False),
        ("interval_time", "int | None", INTERVAL_TIME, 0, 1, False),
        ("maximum_interval", "int | None", MAXIMUM_INTERVAL, 0, 1, False),
        ("sampling_interval", "int | None", SAMPLING_INTERVAL, 0, 1, False),
        ("reporting_duration", "int | None", REPORTING_DURATION, 0, 1, False),
        ("reporting_location_requirements", "ReportingLocationRequirements | int | None", REPORTING_LOCATION_REQUIREMENTS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AreaDefinition": (AREA_DEFINITION, """Area-Definition ::= < AVP Header: 2534, 10415 >
    1*10 { Area }
    0*240 [ Additional-Area ]
       * [ AVP ]
    """, (
        ("area", "tuple[Area, ...]", AREA, 1, 10, False),
        ("additional_area", "tuple[AdditionalArea, ...]", ADDITIONAL_AREA, 0, 240, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Area": (AREA, """Area ::= < AVP Header: 2535, 10415 >
         { Area-Type }
         { Area-Identification }
       * [ AVP ]
    """, (
        ("area_type", "AreaType | int", AREA_TYPE, 1, 1, False),
        ("area_identification", "bytes", AREA_IDENTIFICATION, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PeriodicLDRInformation": (PERIODIC_LDR_INFORMATION, """Periodic-LDR-Information ::= < AVP Header: 2540, 10415 >
         { Reporting-Amount }
         { Reporting-Interval }
       * [ AVP ]
    """, (
        ("reporting_amount", "int", REPORTING_AMOUNT, 1, 1, False),
        ("reporting_interval", "int", REPORTING_INTERVAL, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReportingPLMNList": (REPORTING_PLMN_LIST, """Reporting-PLMN-List ::= < AVP Header: 2543, 10415 >
    1*20 { PLMN-ID-List }
         [ Prioritized-List-Indicator ]
       * [ AVP ]
    """, (
        ("plmn_id_list", "tuple[PLMNIDList, ...]", PLMN_ID_LIST, 1, 20, False),
        ("prioritized_list_indicator", "PrioritizedListIndicator | int | None", PRIORITIZED_LIST_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PLMNIDList": (PLMN_ID_LIST, """PLMN-ID-List ::= < AVP Header: 2544, 10415 >
         { Visited-PLMN-Id }
         [ Periodic-Location-Support-Indicator ]
       * [ AVP ]
    """, (
        ("visited_plmn_id", "bytes", VISITED_PLMN_ID, 1, 1, False),
        ("periodic_location_support_indicator", "PeriodicLocationSupportIndicator | int | None", PERIODIC_LOCATION_SUPPORT_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeferredMTLRData": (DEFERRED_MT_LR_DATA, """Deferred-MT-LR-Data ::= < AVP Header: 2547, 10415 >
         { Deferred-Location-Type }
         [ Termination-Cause-29.172 ]
         [ Serving-Node ]
       * [ AVP ]
    """, (
        ("deferred_location_type", "DeferredLocationType | int", DEFERRED_LOCATION_TYPE, 1, 1, False),
        ("termination_cause_29_172", "TerminationCause29172 | int | None", TERMINATION_CAUSE_29_172, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ESMLCCellInfo": (ESMLC_CELL_INFO, """ESMLC-Cell-Info ::= < AVP Header: 2552, 10415 >
         [ ECGI ]
         [ Cell-Portion-ID ]
       * [ AVP ]
    """, (
        ("ecgi", "bytes | None", ECGI, 0, 1, False),
        ("cell_portion_id", "int | None", CELL_PORTION_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DelayedLocationReportingData": (DELAYED_LOCATION_REPORTING_DATA, """Delayed-Location-Reporting-Data ::= < AVP Header: 2555, 10415 >
         [ Termination-Cause-29.172 ]
         [ Serving-Node ]
       * [ AVP ]
    """, (
        ("termination_cause_29_172", "TerminationCause29172 | int | None", TERMINATION_CAUSE_29_172, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MotionEventInfo": (MOTION_EVENT_INFO, """Motion-Event-Info ::= < AVP Header: 2559, 10415 >
         { Linear-Distance }
         [ Occurrence-Info ]
         [ Interval-Time ]
         [ Maximum-Interval ]
         [ Sampling-Interval ]
         [ Reporting-Duration ]
         [ Reporting-Location-Requirements ]
       * [ AVP ]
    """, (
        ("linear_distance", "int", LINEAR_DISTANCE, 1, 1, False),
        ("occurrence_info", "OccurrenceInfo | int | None", OCCURRENCE_INFO, 0, 1, False),
        ("interval_time", "int | None", INTERVAL_TIME, 0, 1, False),
        ("maximum_interval", "int | None", MAXIMUM_INTERVAL, 0, 1, False),
        ("sampling_interval", "int | None", SAMPLING_INTERVAL, 0, 1, False),
        ("reporting_duration", "int | None", REPORTING_DURATION, 0, 1, False),
        ("reporting_location_requirements", "ReportingLocationRequirements | int | None", REPORTING_LOCATION_REQUIREMENTS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdditionalArea": (ADDITIONAL_AREA, """Additional-Area ::= < AVP Header: 2565, 10415 >
         { Area-Type }
         { Area-Identification }
       * [ AVP ]
    """, (
        ("area_type", "AreaType | int", AREA_TYPE, 1, 1, False),
        ("area_identification", "bytes", AREA_IDENTIFICATION, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServingNode": (SERVING_NODE, """Serving-Node ::= < AVP Header: 2401, 10415 >
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
    """, (
        ("sgsn_number", "bytes | None", SGSN_NUMBER, 0, 1, False),
        ("sgsn_name", "str | None", SGSN_NAME, 0, 1, False),
        ("sgsn_realm", "str | None", SGSN_REALM, 0, 1, False),
        ("mme_name", "str | None", MME_NAME, 0, 1, False),
        ("mme_realm", "str | None", MME_REALM, 0, 1, False),
        ("msc_number", "bytes | None", MSC_NUMBER, 0, 1, False),
        ("tgpp_aaa_server_name", "str | None", TGPP_AAA_SERVER_NAME, 0, 1, False),
        ("lcs_capabilities_sets", "LCSCapabilitiesSets | int | None", LCS_CAPABILITIES_SETS, 0, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdditionalServingNode": (ADDITIONAL_SERVING_NODE, """Additional-Serving-Node ::= < AVP Header: 2406, 10415 >
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
    """, (
        ("sgsn_number", "bytes | None", SGSN_NUMBER, 0, 1, False),
        ("mme_name", "str | None", MME_NAME, 0, 1, False),
        ("sgsn_name", "str | None", SGSN_NAME, 0, 1, False),
        ("sgsn_realm", "str | None", SGSN_REALM, 0, 1, False),
        ("mme_realm", "str | None", MME_REALM, 0, 1, False),
        ("msc_number", "bytes | None", MSC_NUMBER, 0, 1, False),
        ("tgpp_aaa_server_name", "str | None", TGPP_AAA_SERVER_NAME, 0, 1, False),
        ("lcs_capabilities_sets", "LCSCapabilitiesSets | int | None", LCS_CAPABILITIES_SETS, 0, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FlowGrouping": (FLOW_GROUPING, """Flow-Grouping ::= < AVP Header: 508, 10415 >
       * [ Flows ]
    """, (
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
    )),
    "ChargingRuleInstall": (CHARGING_RULE_INSTALL, """Charging-Rule-Install ::= < AVP Header: 1001, 10415 >
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
    """, (
        ("charging_rule_definition", "tuple[ChargingRuleDefinition, ...]", CHARGING_RULE_DEFINITION, 0, None, False),
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("monitoring_flags", "int | None", MONITORING_FLAGS, 0, 1, False),
        ("rule_activation_time", "datetime | None", RULE_ACTIVATION_TIME, 0, 1, False),
        ("rule_deactivation_time", "datetime | None", RULE_DEACTIVATION_TIME, 0, 1, False),
        ("resource_allocation_notification", "ResourceAllocationNotification | int | None", RESOURCE_ALLOCATION_NOTIFICATION, 0, 1, False),
        ("charging_correlation_indicator", "ChargingCorrelationIndicator | int | None", CHARGING_CORRELATION_INDICATOR, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleRemove": (CHARGING_RULE_REMOVE, """Charging-Rule-Remove ::= < AVP Header: 1002, 10415 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
       * [ Required-Access-Info ]
         [ Resource-Release-Notification ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("resource_release_notification", "ResourceReleaseNotification | int | None", RESOURCE_RELEASE_NOTIFICATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleDefinition": (CHARGING_RULE_DEFINITION, """Charging-Rule-Definition ::= < AVP Header: 1003, 10415 >
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
    """, (
        ("charging_rule_name", "bytes", CHARGING_RULE_NAME, 1, 1, False),
        ("service_identifier", "int | None", SERVICE_IDENTIFIER, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("flow_information", "tuple[FlowInformation, ...]", FLOW_INFORMATION, 0, None, False),
        ("default_bearer_indication", "DefaultBearerIndication | int | None", DEFAULT_BEARER_INDICATION, 0, 1, False),
        ("tdf_application_identifier", "bytes | None", TDF_APPLICATION_IDENTIFIER, 0, 1, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("ps_to_cs_session_continuity", "PSToCSSessionContinuity | int | None", PS_TO_CS_SESSION_CONTINUITY, 0, 1, False),
        ("reporting_level", "ReportingLevel | int | None", REPORTING_LEVEL, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("max_plr_dl", "float | None", MAX_PLR_DL, 0, 1, False),
        ("max_plr_ul", "float | None", MAX_PLR_UL, 0, 1, False),
        ("metering_method", "MeteringMethod | int | None", METERING_METHOD, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("af_charging_identifier", "bytes | None", AF_CHARGING_IDENTIFIER, 0, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
        ("monitoring_key", "bytes | None", MONITORING_KEY, 0, 1, False),
        ("redirect_information", "tuple[RedirectInformation, ...]", REDIRECT_INFORMATION, 0, 2, False),
        ("mute_notification", "MuteNotification | int | None", MUTE_NOTIFICATION, 0, 1, False),
        ("af_signalling_protocol", "AFSignallingProtocol | int | None", AF_SIGNALLING_PROTOCOL, 0, 1, False),
        ("sponsor_identity", "str | None", SPONSOR_IDENTITY, 0, 1, False),
        ("application_service_provider_identity", "str | None", APPLICATION_SERVICE_PROVIDER_IDENTITY, 0, 1, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("sharing_key_dl", "int | None", SHARING_KEY_DL, 0, 1, False),
        ("sharing_key_ul", "int | None", SHARING_KEY_UL, 0, 1, False),
        ("traffic_steering_policy_identifier_dl", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, 0, 1, False),
        ("traffic_steering_policy_identifier_ul", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, 0, 1, False),
        ("content_version", "int | None", CONTENT_VERSION, 0, 1, False),
        ("calling_party_address", "tuple[str, ...]", CALLING_PARTY_ADDRESS, 0, None, False),
        ("callee_information", "CalleeInformation | None", CALLEE_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TFTPacketFilterInformation": (TFT_PACKET_FILTER_INFORMATION, """TFT-Packet-Filter-Information ::= < AVP Header: 1013, 10415 >
         [ Precedence ]
         [ TFT-Filter ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
       * [ AVP ]
    """, (
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("tft_filter", "IPFilterRule | None", TFT_FILTER, 0, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("security_parameter_index", "bytes | None", SECURITY_PARAMETER_INDEX, 0, 1, False),
        ("flow_label", "bytes | None", FLOW_LABEL, 0, 1, False),
        ("flow_direction", "FlowDirection | int | None", FLOW_DIRECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSInformation": (QOS_INFORMATION, """QoS-Information ::= < AVP Header: 1016, 10415 >
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
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("extended_max_requested_bw_ul", "int | None", EXTENDED_MAX_REQUESTED_BW_UL, 0, 1, False),
        ("extended_max_requested_bw_dl", "int | None", EXTENDED_MAX_REQUESTED_BW_DL, 0, 1, False),
        ("guaranteed_bitrate_ul", "int | None", GUARANTEED_BITRATE_UL, 0, 1, False),
        ("guaranteed_bitrate_dl", "int | None", GUARANTEED_BITRATE_DL, 0, 1, False),
        ("extended_gbr_ul", "int | None", EXTENDED_GBR_UL, 0, 1, False),
        ("extended_gbr_dl", "int | None", EXTENDED_GBR_DL, 0, 1, False),
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("allocation_retention_priority", "AllocationRetentionPriority | None", ALLOCATION_RETENTION_PRIORITY, 0, 1, False),
        ("apn_aggregate_max_bitrate_ul", "int | None", APN_AGGREGATE_MAX_BITRATE_UL, 0, 1, False),
        ("apn_aggregate_max_bitrate_dl", "int | None", APN_AGGREGATE_MAX_BITRATE_DL, 0, 1, False),
        ("extended_apn_ambr_ul", "int | None", EXTENDED_APN_AMBR_UL, 0, 1, False),
        ("extended_apn_ambr_dl", "int | None", EXTENDED_APN_AMBR_DL, 0, 1, False),
        ("conditional_apn_aggregate_max_bitrate", "tuple[ConditionalAPNAggregateMaxBitrate, ...]", CONDITIONAL_APN_AGGREGATE_MAX_BITRATE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleReport": (CHARGING_RULE_REPORT, """Charging-Rule-Report ::= < AVP Header: 1018, 10415 >
       * [ Charging-Rule-Name ]
       * [ Charging-Rule-Base-Name ]
         [ Bearer-Identifier ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
         [ Final-Unit-Indication ]
       * [ RAN-NAS-Release-Cause ]
       * [ Content-Version ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("pcc_rule_status", "PCCRuleStatus | int | None", PCC_RULE_STATUS, 0, 1, False),
        ("rule_failure_code", "RuleFailureCode | int | None", RULE_FAILURE_CODE, 0, 1, False),
        ("final_unit_indication", "FinalUnitIndication | None", FINAL_UNIT_INDICATION, 0, 1, False),
        ("ran_nas_release_cause", "tuple[bytes, ...]", RAN_NAS_RELEASE_CAUSE, 0, None, False),
        ("content_version", "tuple[int, ...]", CONTENT_VERSION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessNetworkChargingIdentifierGx": (ACCESS_NETWORK_CHARGING_IDENTIFIER_GX, """Access-Network-Charging-Identifier-Gx ::= < AVP Header: 1022, 10415 >
         { Access-Network-Charging-Identifier-Value }
       * [ Charging-Rule-Base-Name ]
       * [ Charging-Rule-Name ]
         [ IP-CAN-Session-Charging-Scope ]
       * [ AVP ]
    """, (
        ("access_network_charging_identifier_value", "bytes", ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, 1, 1, False),
        ("charging_rule_base_name", "tuple[str, ...]", CHARGING_RULE_BASE_NAME, 0, None, False),
        ("charging_rule_name", "tuple[bytes, ...]", CHARGING_RULE_NAME, 0, None, False),
        ("ip_can_session_charging_scope", "IPCANSessionChargingScope | int | None", IP_CAN_SESSION_CHARGING_SCOPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EventReportIndication": (EVENT_REPORT_INDICATION, """Event-Report-Indication ::= < AVP Header: 1033, 10415 >
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
    """, (
        ("an_trusted", "ANTrusted | int | None", AN_TRUSTED, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("trace_data", "TraceData | None", TRACE_DATA, 0, 1, False),
        ("trace_reference", "bytes | None", TRACE_REFERENCE, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("routing_ip_address", "AddressValue | None", ROUTING_IP_ADDRESS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("presence_reporting_area_information", "PresenceReportingAreaInformation | None", PRESENCE_REPORTING_AREA_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AllocationRetentionPriority": (ALLOCATION_RETENTION_PRIORITY, """Allocation-Retention-Priority ::= < AVP Header: 1034, 10415 >
         { Priority-Level }
         [ Pre-emption-Capability ]
         [ Pre-emption-Vulnerability ]
    """, (
        ("priority_level", "int", PRIORITY_LEVEL, 1, 1, False),
        ("pre_emption_capability", "PreEmptionCapability | int | None", PRE_EMPTION_CAPABILITY, 0, 1, False),
        ("pre_emption_vulnerability", "PreEmptionVulnerability | int | None", PRE_EMPTION_VULNERABILITY, 0, 1, False),
    )),
    "TunnelInformation": (TUNNEL_INFORMATION, """Tunnel-Information ::= < AVP Header: 1038, 10415 >
         [ Tunnel-Header-Length ]
     2*2 [ Tunnel-Header-Filter ]
       * [ AVP ]
    """, (
        ("tunnel_header_length", "int | None", TUNNEL_HEADER_LENGTH, 0, 1, False),
        ("tunnel_header_filter", "tuple[IPFilterRule, ...]", TUNNEL_HEADER_FILTER, 2, 2, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CoAInformation": (COA_INFORMATION, """CoA-Information ::= < AVP Header: 1039, 10415 >
         { Tunnel-Information }
         { CoA-IP-Address }
       * [ AVP ]
    """, (
        ("tunnel_information", "TunnelInformation", TUNNEL_INFORMATION, 1, 1, False),
        ("coa_ip_address", "AddressValue", COA_IP_ADDRESS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DefaultEPSBearerQoS": (DEFAULT_EPS_BEARER_QOS, """Default-EPS-Bearer-QoS ::= < AVP Header: 1049, 10415 >
         [ QoS-Class-Identifier ]
         [ Allocation-Retention-Priority ]
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("allocation_retention_priority", "AllocationRetentionPriority | None", ALLOCATION_RETENTION_PRIORITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FlowInformation": (FLOW_INFORMATION, """Flow-Information ::= < AVP Header: 1058, 10415 >
         [ Flow-Description ]
         [ Packet-Filter-Identifier ]
         [ Packet-Filter-Usage ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
         [ Routing-Rule-Identifier ]
       * [ AVP ]
    """, (
        ("flow_description", "IPFilterRule | None", FLOW_DESCRIPTION, 0, 1, False),
        ("packet_filter_identifier", "bytes | None", PACKET_FILTER_IDENTIFIER, 0, 1, False),
        ("packet_filter_usage", "PacketFilterUsage | int | None", PACKET_FILTER_USAGE, 0, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("security_parameter_index", "bytes | None", SECURITY_PARAMETER_INDEX, 0, 1, False),
        ("flow_label", "bytes | None", FLOW_LABEL, 0, 1, False),
        ("flow_direction", "FlowDirection | int | None", FLOW_DIRECTION, 0, 1, False),
        ("routing_rule_identifier", "bytes | None", ROUTING_RULE_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PacketFilterInformation": (PACKET_FILTER_INFORMATION, """Packet-Filter-Information ::= < AVP Header: 1061, 10415 >
         [ Packet-Filter-Identifier ]
         [ Precedence ]
         [ Packet-Filter-Content ]
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
         [ Flow-Direction ]
       * [ AVP ]
    """, (
        ("packet_filter_identifier", "bytes | None", PACKET_FILTER_IDENTIFIER, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("packet_filter_content", "IPFilterRule | None", PACKET_FILTER_CONTENT, 0, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("security_parameter_index", "bytes | None", SECURITY_PARAMETER_INDEX, 0, 1, False),
        ("flow_label", "bytes | None", FLOW_LABEL, 0, 1, False),
        ("flow_direction", "FlowDirection | int | None", FLOW_DIRECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UsageMonitoringInformation": (USAGE_MONITORING_INFORMATION, """Usage-Monitoring-Information ::= < AVP Header: 1067, 10415 >
         [ Monitoring-Key ]
     0*2 [ Granted-Service-Unit ]
     0*2 [ Used-Service-Unit ]
         [ Quota-Consumption-Time ]
         [ Usage-Monitoring-Level ]
         [ Usage-Monitoring-Report ]
         [ Usage-Monitoring-Support ]
       * [ AVP ]
    """, (
        ("monitoring_key", "bytes | None", MONITORING_KEY, 0, 1, False),
        ("granted_service_unit", "tuple[GrantedServiceUnit, ...]", GRANTED_SERVICE_UNIT, 0, 2, False),
        ("used_service_unit", "tuple[UsedServiceUnit, ...]", USED_SERVICE_UNIT, 0, 2, False),
        ("quota_consumption_time", "int | None", QUOTA_CONSUMPTION_TIME, 0, 1, False),
        ("usage_monitoring_level", "UsageMonitoringLevel | int | None", USAGE_MONITORING_LEVEL, 0, 1, False),
        ("usage_monitoring_report", "UsageMonitoringReport | int | None", USAGE_MONITORING_REPORT, 0, 1, False),
        ("usage_monitoring_support", "UsageMonitoringSupport | int | None", USAGE_MONITORING_SUPPORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RoutingRuleInstall": (ROUTING_RULE_INSTALL, """Routing-Rule-Install ::= < AVP Header: 1081, 10415 >
       * [ Routing-Rule-Definition ]
       * [ AVP ]
    """, (
        ("routing_rule_definition", "tuple[RoutingRuleDefinition, ...]", ROUTING_RULE_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RoutingRuleRemove": (ROUTING_RULE_REMOVE, """Routing-Rule-Remove ::= < AVP Header: 1075, 10415 >
       * [ Routing-Rule-Identifier ]
       * [ AVP ]
    """, (
        ("routing_rule_identifier", "tuple[bytes, ...]", ROUTING_RULE_IDENTIFIER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RoutingRuleDefinition": (ROUTING_RULE_DEFINITION, """Routing-Rule-Definition ::= < AVP Header: 1076, 10415 >
         { Routing-Rule-Identifier }
       * [ Routing-Filter ]
         [ Precedence ]
         [ Routing-IP-Address ]
         [ IP-CAN-Type ]
       * [ AVP ]
    """, (
        ("routing_rule_identifier", "bytes", ROUTING_RULE_IDENTIFIER, 1, 1, False),
        ("routing_filter", "tuple[RoutingFilter, ...]", ROUTING_FILTER, 0, None, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("routing_ip_address", "AddressValue | None", ROUTING_IP_ADDRESS, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RoutingFilter": (ROUTING_FILTER, """Routing-Filter ::= < AVP Header: 1078, 10415 >
         { Flow-Description }
         { Flow-Direction }
         [ ToS-Traffic-Class ]
         [ Security-Parameter-Index ]
         [ Flow-Label ]
       * [ AVP ]
    """, (
        ("flow_description", "IPFilterRule", FLOW_DESCRIPTION, 1, 1, False),
        ("flow_direction", "FlowDirection | int", FLOW_DIRECTION, 1, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("security_parameter_index", "bytes | None", SECURITY_PARAMETER_INDEX, 0, 1, False),
        ("flow_label", "bytes | None", FLOW_LABEL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TDFInformation": (TDF_INFORMATION, """TDF-Information ::= < AVP Header: 1087, 10415 >
         [ TDF-Destination-Realm ]
         [ TDF-Destination-Host ]
         [ TDF-IP-Address ]
    """, (
        ("tdf_destination_realm", "str | None", TDF_DESTINATION_REALM, 0, 1, False),
        ("tdf_destination_host", "str | None", TDF_DESTINATION_HOST, 0, 1, False),
        ("tdf_ip_address", "AddressValue | None", TDF_IP_ADDRESS, 0, 1, False),
    )),
    "RedirectInformation": (REDIRECT_INFORMATION, """Redirect-Information ::= < AVP Header: 1085, 10415 >
         [ Redirect-Support ]
         [ Redirect-Address-Type ]
         [ Redirect-Server-Address ]
       * [ AVP ]
    """, (
        ("redirect_support", "RedirectSupport | int | None", REDIRECT_SUPPORT, 0, 1, False),
        ("redirect_address_type", "RedirectAddressType | int | None", REDIRECT_ADDRESS_TYPE, 0, 1, False),
        ("redirect_server_address", "str | None", REDIRECT_SERVER_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ApplicationDetectionInformation": (APPLICATION_DETECTION_INFORMATION, """Application-Detection-Information ::= < AVP Header: 1098, 10415 >
         { TDF-Application-Identifier }
         [ TDF-Application-Instance-Identifier ]
       * [ Flow-Information ]
       * [ AVP ]
    """, (
        ("tdf_application_identifier", "bytes", TDF_APPLICATION_IDENTIFIER, 1, 1, False),
        ("tdf_application_instance_identifier", "bytes | None", TDF_APPLICATION_INSTANCE_IDENTIFIER, 0, 1, False),
        ("flow_information", "tuple[FlowInformation, ...]", FLOW_INFORMATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DefaultQoSInformation": (DEFAULT_QOS_INFORMATION, """Default-QoS-Information ::= < AVP Header: 2816, 10415 >
         [ QoS-Class-Identifier ]
         [ Max-Requested-Bandwidth-UL ]
         [ Max-Requested-Bandwidth-DL ]
         [ Default-QoS-Name ]
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int | None", QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("default_qos_name", "str | None", DEFAULT_QOS_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConditionalAPNAggregateMaxBitrate": (CONDITIONAL_APN_AGGREGATE_MAX_BITRATE, """Conditional-APN-Aggregate-Max-Bitrate ::= < AVP Header: 2818, 10415 >
         [ APN-Aggregate-Max-Bitrate-UL ]
         [ APN-Aggregate-Max-Bitrate-DL ]
         [ Extended-APN-AMBR-UL ]
         [ Extended-APN-AMBR-DL ]
       * [ IP-CAN-Type ]
       * [ RAT-Type ]
       * [ AVP ]
    """, (
        ("apn_aggregate_max_bitrate_ul", "int | None", APN_AGGREGATE_MAX_BITRATE_UL, 0, 1, False),
        ("apn_aggregate_max_bitrate_dl", "int | None", APN_AGGREGATE_MAX_BITRATE_DL, 0, 1, False),
        ("extended_apn_ambr_ul", "int | None", EXTENDED_APN_AMBR_UL, 0, 1, False),
        ("extended_apn_ambr_dl", "int | None", EXTENDED_APN_AMBR_DL, 0, 1, False),
        ("ip_can_type", "tuple[IPCANType | int, ...]", IP_CAN_TYPE, 0, None, False),
        ("rat_type", "tuple[RATType | int, ...]", RAT_TYPE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PresenceReportingAreaInformation": (PRESENCE_REPORTING_AREA_INFORMATION, """Presence-Reporting-Area-Information ::= < AVP Header: 2822, 10415 >
         [ Presence-Reporting-Area-Identifier ]
         [ Presence-Reporting-Area-Status ]
         [ Presence-Reporting-Area-Elements-List ]
         [ Presence-Reporting-Area-Node ]
       * [ AVP ]
    """, (
        ("presence_reporting_area_identifier", "bytes | None", PRESENCE_REPORTING_AREA_IDENTIFIER, 0, 1, False),
        ("presence_reporting_area_status", "PresenceReportingAreaStatus | int | None", PRESENCE_REPORTING_AREA_STATUS, 0, 1, False),
        ("presence_reporting_area_elements_list", "bytes | None", PRESENCE_REPORTING_AREA_ELEMENTS_LIST, 0, 1, False),
        ("presence_reporting_area_node", "int | None", PRESENCE_REPORTING_AREA_NODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FixedUserLocationInfo": (FIXED_USER_LOCATION_INFO, """Fixed-User-Location-Info ::= < AVP Header: 2825, 10415 >
         [ SSID ]
         [ BSSID ]
         [ Logical-Access-ID ]
         [ Physical-Access-ID ]
       * [ AVP ]
    """, (
        ("ssid", "str | None", SSID, 0, 1, False),
        ("bssid", "str | None", BSSID, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RoutingRuleReport": (ROUTING_RULE_REPORT, """Routing-Rule-Report ::= < AVP Header: 2835, 10415 >
       * [ Routing-Rule-Identifier ]
         [ PCC-Rule-Status ]
         [ Routing-Rule-Failure-Code ]
       * [ AVP ]
    """, (
        ("routing_rule_identifier", "tuple[bytes, ...]", ROUTING_RULE_IDENTIFIER, 0, None, False),
        ("pcc_rule_status", "PCCRuleStatus | int | None", PCC_RULE_STATUS, 0, 1, False),
        ("routing_rule_failure_code", "RoutingRuleFailureCode | int | None", ROUTING_RULE_FAILURE_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ConditionalPolicyInformation": (CONDITIONAL_POLICY_INFORMATION, """Conditional-Policy-Information ::= < AVP Header: 2840, 10415 >
         [ Execution-Time ]
         [ Default-EPS-Bearer-QoS ]
         [ APN-Aggregate-Max-Bitrate-UL ]
         [ APN-Aggregate-Max-Bitrate-DL ]
         [ Extended-APN-AMBR-UL ]
         [ Extended-APN-AMBR-DL ]
       * [ Conditional-APN-Aggregate-Max-Bitrate ]
       * [ AVP ]
    """, (
        ("execution_time", "datetime | None", EXECUTION_TIME, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("apn_aggregate_max_bitrate_ul", "int | None", APN_AGGREGATE_MAX_BITRATE_UL, 0, 1, False),
        ("apn_aggregate_max_bitrate_dl", "int | None", APN_AGGREGATE_MAX_BITRATE_DL, 0, 1, False),
        ("extended_apn_ambr_ul", "int | None", EXTENDED_APN_AMBR_UL, 0, 1, False),
        ("extended_apn_ambr_dl", "int | None", EXTENDED_APN_AMBR_DL, 0, 1, False),
        ("conditional_apn_aggregate_max_bitrate", "tuple[ConditionalAPNAggregateMaxBitrate, ...]", CONDITIONAL_APN_AGGREGATE_MAX_BITRATE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PRAInstall": (PRA_INSTALL, """PRA-Install ::= < AVP Header: 2845, 10415 >
       * [ Presence-Reporting-Area-Information ]
       * [ AVP ]
    """, (
        ("presence_reporting_area_information", "tuple[PresenceReportingAreaInformation, ...]", PRESENCE_REPORTING_AREA_INFORMATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PRARemove": (PRA_REMOVE, """PRA-Remove ::= < AVP Header: 2846, 10415 >
       * [ Presence-Reporting-Area-Identifier ]
       * [ AVP ]
    """, (
        ("presence_reporting_area_identifier", "tuple[bytes, ...]", PRESENCE_REPORTING_AREA_IDENTIFIER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRuleInstall": (QOS_RULE_INSTALL, """QoS-Rule-Install ::= < AVP Header: 1051, 10415 >
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
    """, (
        ("qos_rule_definition", "tuple[QoSRuleDefinition, ...]", QOS_RULE_DEFINITION, 0, None, False),
        ("qos_rule_name", "tuple[bytes, ...]", QOS_RULE_NAME, 0, None, False),
        ("qos_rule_base_name", "tuple[str, ...]", QOS_RULE_BASE_NAME, 0, None, False),
        ("tunnel_information", "TunnelInformation | None", TUNNEL_INFORMATION, 0, 1, False),
        ("access_network_charging_identifier_value", "bytes | None", ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, 0, 1, False),
        ("resource_allocation_notification", "ResourceAllocationNotification | int | None", RESOURCE_ALLOCATION_NOTIFICATION, 0, 1, False),
        ("rule_activation_time", "datetime | None", RULE_ACTIVATION_TIME, 0, 1, False),
        ("rule_deactivation_time", "datetime | None", RULE_DEACTIVATION_TIME, 0, 1, False),
        ("tgpp_ggsn_address", "bytes | None", TGPP_GGSN_ADDRESS, 0, 1, False),
        ("tgpp_ggsn_ipv6_address", "bytes | None", TGPP_GGSN_IPV6_ADDRESS, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRuleRemove": (QOS_RULE_REMOVE, """QoS-Rule-Remove ::= < AVP Header: 1052, 10415 >
       * [ QoS-Rule-Name ]
       * [ QoS-Rule-Base-Name ]
       * [ Required-Access-Info ]
       * [ AVP ]
    """, (
        ("qos_rule_name", "tuple[bytes, ...]", QOS_RULE_NAME, 0, None, False),
        ("qos_rule_base_name", "tuple[str, ...]", QOS_RULE_BASE_NAME, 0, None, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRuleDefinition": (QOS_RULE_DEFINITION, """QoS-Rule-Definition ::= < AVP Header: 1053, 10415 >
         { QoS-Rule-Name }
       * [ Flow-Information ]
         [ QoS-Information ]
         [ Precedence ]
       * [ Required-Access-Info ]
         [ Sharing-Key-DL ]
         [ Sharing-Key-UL ]
         [ Content-Version ]
       * [ AVP ]
    """, (
        ("qos_rule_name", "bytes", QOS_RULE_NAME, 1, 1, False),
        ("flow_information", "tuple[FlowInformation, ...]", FLOW_INFORMATION, 0, None, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("required_access_info", "tuple[RequiredAccessInfo | int, ...]", REQUIRED_ACCESS_INFO, 0, None, False),
        ("sharing_key_dl", "int | None", SHARING_KEY_DL, 0, 1, False),
        ("sharing_key_ul", "int | None", SHARING_KEY_UL, 0, 1, False),
        ("content_version", "int | None", CONTENT_VERSION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRuleReport": (QOS_RULE_REPORT, """QoS-Rule-Report ::= < AVP Header: 1055, 10415 >
       * [ QoS-Rule-Name ]
       * [ QoS-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
       * [ Content-Version ]
       * [ AVP ]
    """, (
        ("qos_rule_name", "tuple[bytes, ...]", QOS_RULE_NAME, 0, None, False),
        ("qos_rule_base_name", "tuple[str, ...]", QOS_RULE_BASE_NAME, 0, None, False),
        ("pcc_rule_status", "PCCRuleStatus | int | None", PCC_RULE_STATUS, 0, 1, False),
        ("rule_failure_code", "RuleFailureCode | int | None", RULE_FAILURE_CODE, 0, 1, False),
        ("content_version", "tuple[int, ...]", CONTENT_VERSION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ADCRuleInstall": (ADC_RULE_INSTALL, """ADC-Rule-Install ::= < AVP Header: 1092, 10415 >
       * [ ADC-Rule-Definition ]
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
         [ Monitoring-Flags ]
         [ Rule-Activation-Time ]
         [ Rule-Deactivation-Time ]
       * [ AVP ]
    """, (
        ("adc_rule_definition", "tuple[ADCRuleDefinition, ...]", ADC_RULE_DEFINITION, 0, None, False),
        ("adc_rule_name", "tuple[bytes, ...]", ADC_RULE_NAME, 0, None, False),
        ("adc_rule_base_name", "tuple[str, ...]", ADC_RULE_BASE_NAME, 0, None, False),
        ("monitoring_flags", "int | None", MONITORING_FLAGS, 0, 1, False),
        ("rule_activation_time", "datetime | None", RULE_ACTIVATION_TIME, 0, 1, False),
        ("rule_deactivation_time", "datetime | None", RULE_DEACTIVATION_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ADCRuleRemove": (ADC_RULE_REMOVE, """ADC-Rule-Remove ::= < AVP Header: 1093, 10415 >
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
       * [ AVP ]
    """, (
        ("adc_rule_name", "tuple[bytes, ...]", ADC_RULE_NAME, 0, None, False),
        ("adc_rule_base_name", "tuple[str, ...]", ADC_RULE_BASE_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ADCRuleDefinition": (ADC_RULE_DEFINITION, """ADC-Rule-Definition ::= < AVP Header: 1094, 10415 >
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
    """, (
        ("adc_rule_name", "bytes", ADC_RULE_NAME, 1, 1, False),
        ("tdf_application_identifier", "bytes | None", TDF_APPLICATION_IDENTIFIER, 0, 1, False),
        ("flow_information", "tuple[FlowInformation, ...]", FLOW_INFORMATION, 0, None, False),
        ("service_identifier", "int | None", SERVICE_IDENTIFIER, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("reporting_level", "ReportingLevel | int | None", REPORTING_LEVEL, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("metering_method", "MeteringMethod | int | None", METERING_METHOD, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("monitoring_key", "bytes | None", MONITORING_KEY, 0, 1, False),
        ("sponsor_identity", "str | None", SPONSOR_IDENTITY, 0, 1, False),
        ("application_service_provider_identity", "str | None", APPLICATION_SERVICE_PROVIDER_IDENTITY, 0, 1, False),
        ("redirect_information", "tuple[RedirectInformation, ...]", REDIRECT_INFORMATION, 0, 2, False),
        ("mute_notification", "MuteNotification | int | None", MUTE_NOTIFICATION, 0, 1, False),
        ("traffic_steering_policy_identifier_dl", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, 0, 1, False),
        ("traffic_steering_policy_identifier_ul", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, 0, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ADCRuleReport": (ADC_RULE_REPORT, """ADC-Rule-Report ::= < AVP Header: 1097, 10415 >
       * [ ADC-Rule-Name ]
       * [ ADC-Rule-Base-Name ]
         [ PCC-Rule-Status ]
         [ Rule-Failure-Code ]
         [ Final-Unit-Indication ]
       * [ AVP ]
    """, (
        ("adc_rule_name", "tuple[bytes, ...]", ADC_RULE_NAME, 0, None, False),
        ("adc_rule_base_name", "tuple[str, ...]", ADC_RULE_BASE_NAME, 0, None, False),
        ("pcc_rule_status", "PCCRuleStatus | int | None", PCC_RULE_STATUS, 0, 1, False),
        ("rule_failure_code", "RuleFailureCode | int | None", RULE_FAILURE_CODE, 0, 1, False),
        ("final_unit_indication", "FinalUnitIndication | None", FINAL_UNIT_INDICATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSServiceResourceReport": (CS_SERVICE_RESOURCE_REPORT, """CS-Service-Resource-Report ::= < AVP Header: 2813, 10415 >
       * [ CS-Service-QoS-Request-Identifier ]
         [ CS-Service-Resource-Result-Operation ]
         [ CS-Service-Resource-Failure-Cause ]
    """, (
        ("cs_service_qos_request_identifier", "tuple[bytes, ...]", CS_SERVICE_QOS_REQUEST_IDENTIFIER, 0, None, False),
        ("cs_service_resource_result_operation", "CSServiceResourceResultOperation | int | None", CS_SERVICE_RESOURCE_RESULT_OPERATION, 0, 1, False),
        ("cs_service_resource_failure_cause", "CSServiceResourceFailureCause | int | None", CS_SERVICE_RESOURCE_FAILURE_CAUSE, 0, 1, False),
    )),
    "AccessNetworkChargingIdentifier": (ACCESS_NETWORK_CHARGING_IDENTIFIER, """Access-Network-Charging-Identifier ::= < AVP Header: 502, 10415 >
         { Access-Network-Charging-Identifier-Value }
       * [ Flows ]
    """, (
        ("access_network_charging_identifier_value", "bytes", ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, 1, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
    )),
    "Flows": (FLOWS, """Flows ::= < AVP Header: 510, 10415 >
         { Media-Component-Number }
       * [ Flow-Number ]
       * [ Content-Version ]
         [ Final-Unit-Action ]
         [ Media-Component-Status ]
       * [ AVP ]
    """, (
        ("media_component_number", "int", MEDIA_COMPONENT_NUMBER, 1, 1, False),
        ("flow_number", "tuple[int, ...]", FLOW_NUMBER, 0, None, False),
        ("content_version", "tuple[int, ...]", CONTENT_VERSION, 0, None, False),
        ("final_unit_action", "FinalUnitAction | int | None", FINAL_UNIT_ACTION, 0, 1, False),
        ("media_component_status", "MediaComponentStatus | int | None", MEDIA_COMPONENT_STATUS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MediaComponentDescription": (MEDIA_COMPONENT_DESCRIPTION, """Media-Component-Description ::= < AVP Header: 517, 10415 >
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
    """, (
        ("media_component_number", "int", MEDIA_COMPONENT_NUMBER, 1, 1, False),
        ("media_sub_component", "tuple[MediaSubComponent, ...]", MEDIA_SUB_COMPONENT, 0, None, False),
        ("af_application_identifier", "bytes | None", AF_APPLICATION_IDENTIFIER, 0, 1, False),
        ("flus_identifier", "bytes | None", FLUS_IDENTIFIER, 0, 1, False),
        ("media_type", "MediaType | int | None", MEDIA_TYPE, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("max_supported_bandwidth_ul", "int | None", MAX_SUPPORTED_BANDWIDTH_UL, 0, 1, False),
        ("max_supported_bandwidth_dl", "int | None", MAX_SUPPORTED_BANDWIDTH_DL, 0, 1, False),
        ("min_desired_bandwidth_ul", "int | None", MIN_DESIRED_BANDWIDTH_UL, 0, 1, False),
        ("min_desired_bandwidth_dl", "int | None", MIN_DESIRED_BANDWIDTH_DL, 0, 1, False),
        ("min_requested_bandwidth_ul", "int | None", MIN_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("min_requested_bandwidth_dl", "int | None", MIN_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("extended_max_requested_bw_ul", "int | None", EXTENDED_MAX_REQUESTED_BW_UL, 0, 1, False),
        ("extended_max_requested_bw_dl", "int | None", EXTENDED_MAX_REQUESTED_BW_DL, 0, 1, False),
        ("extended_max_supported_bw_ul", "int | None", EXTENDED_MAX_SUPPORTED_BW_UL, 0, 1, False),
        ("extended_max_supported_bw_dl", "int | None", EXTENDED_MAX_SUPPORTED_BW_DL, 0, 1, False),
        ("extended_min_desired_bw_ul", "int | None", EXTENDED_MIN_DESIRED_BW_UL, 0, 1, False),
        ("extended_min_desired_bw_dl", "int | None", EXTENDED_MIN_DESIRED_BW_DL, 0, 1, False),
        ("extended_min_requested_bw_ul", "int | None", EXTENDED_MIN_REQUESTED_BW_UL, 0, 1, False),
        ("extended_min_requested_bw_dl", "int | None", EXTENDED_MIN_REQUESTED_BW_DL, 0, 1, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("priority_sharing_indicator", "PrioritySharingIndicator | int | None", PRIORITY_SHARING_INDICATOR, 0, 1, False),
        ("pre_emption_capability", "PreEmptionCapability | int | None", PRE_EMPTION_CAPABILITY, 0, 1, False),
        ("pre_emption_vulnerability", "PreEmptionVulnerability | int | None", PRE_EMPTION_VULNERABILITY, 0, 1, False),
        ("reservation_priority", "ReservationPriority | int | None", RESERVATION_PRIORITY, 0, 1, False),
        ("rs_bandwidth", "int | None", RS_BANDWIDTH, 0, 1, False),
        ("rr_bandwidth", "int | None", RR_BANDWIDTH, 0, 1, False),
        ("codec_data", "tuple[bytes, ...]", CODEC_DATA, 0, 2, False),
        ("sharing_key_dl", "int | None", SHARING_KEY_DL, 0, 1, False),
        ("sharing_key_ul", "int | None", SHARING_KEY_UL, 0, 1, False),
        ("content_version", "int | None", CONTENT_VERSION, 0, 1, False),
        ("max_plr_dl", "float | None", MAX_PLR_DL, 0, 1, False),
        ("max_plr_ul", "float | None", MAX_PLR_UL, 0, 1, False),
        ("desired_max_latency", "float | None", DESIRED_MAX_LATENCY, 0, 1, False),
        ("desired_max_loss", "float | None", DESIRED_MAX_LOSS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MediaSubComponent": (MEDIA_SUB_COMPONENT, """Media-Sub-Component ::= < AVP Header: 519, 10415 >
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
    """, (
        ("flow_number", "int", FLOW_NUMBER, 1, 1, False),
        ("flow_description", "tuple[IPFilterRule, ...]", FLOW_DESCRIPTION, 0, 2, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("flow_usage", "FlowUsage | int | None", FLOW_USAGE, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("extended_max_requested_bw_ul", "int | None", EXTENDED_MAX_REQUESTED_BW_UL, 0, 1, False),
        ("extended_max_requested_bw_dl", "int | None", EXTENDED_MAX_REQUESTED_BW_DL, 0, 1, False),
        ("af_signalling_protocol", "AFSignallingProtocol | int | None", AF_SIGNALLING_PROTOCOL, 0, 1, False),
        ("tos_traffic_class", "bytes | None", TOS_TRAFFIC_CLASS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AcceptableServiceInfo": (ACCEPTABLE_SERVICE_INFO, """Acceptable-Service-Info ::= < AVP Header: 526, 10415 >
       * [ Media-Component-Description ]
         [ Max-Requested-Bandwidth-DL ]
         [ Max-Requested-Bandwidth-UL ]
         [ Extended-Max-Requested-BW-DL ]
         [ Extended-Max-Requested-BW-UL ]
       * [ AVP ]
    """, (
        ("media_component_description", "tuple[MediaComponentDescription, ...]", MEDIA_COMPONENT_DESCRIPTION, 0, None, False),
        ("max_requested_bandwidth_dl", "int | None", MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("max_requested_bandwidth_ul", "int | None", MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("extended_max_requested_bw_dl", "int | None", EXTENDED_MAX_REQUESTED_BW_DL, 0, 1, False),
        ("extended_max_requested_bw_ul", "int | None", EXTENDED_MAX_REQUESTED_BW_UL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SponsoredConnectivityData": (SPONSORED_CONNECTIVITY_DATA, """Sponsored-Connectivity-Data ::= < AVP Header: 530, 10415 >
         [ Sponsor-Identity ]
         [ Application-Service-Provider-Identity ]
         [ Granted-Service-Unit ]
         [ Used-Service-Unit ]
         [ Sponsoring-Action ]
       * [ AVP ]
    """, (
        ("sponsor_identity", "str | None", SPONSOR_IDENTITY, 0, 1, False),
        ("application_service_provider_identity", "str | None", APPLICATION_SERVICE_PROVIDER_IDENTITY, 0, 1, False),
        ("granted_service_unit", "GrantedServiceUnit | None", GRANTED_SERVICE_UNIT, 0, 1, False),
        ("used_service_unit", "UsedServiceUnit | None", USED_SERVICE_UNIT, 0, 1, False),
        ("sponsoring_action", "SponsoringAction | int | None", SPONSORING_ACTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CalleeInformation": (CALLEE_INFORMATION, """Callee-Information ::= < AVP Header: 565, 10415 >
         [ Called-Party-Address ]
       * [ Requested-Party-Address ]
       * [ Called-Asserted-Identity ]
       * [ AVP ]
    """, (
        ("called_party_address", "str | None", CALLED_PARTY_ADDRESS, 0, 1, False),
        ("requested_party_address", "tuple[str, ...]", REQUESTED_PARTY_ADDRESS, 0, None, False),
        ("called_asserted_identity", "tuple[str, ...]", CALLED_ASSERTED_IDENTITY, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MAInformation": (MA_INFORMATION, """MA-Information ::= < AVP Header: 570, 10415 >
         [ IP-CAN-Type ]
         [ RAT-Type ]
         [ MA-Information-Action ]
       * [ AVP ]
    """, (
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("ma_information_action", "MAInformationAction | int | None", MA_INFORMATION_ACTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "N5GSRANNASReleaseCause": (N5GS_RAN_NAS_RELEASE_CAUSE, """5GS-RAN-NAS-Release-Cause ::= < AVP Header: 572, 10415 >
         [ 5GMM-Cause ]
         [ 5GSM-Cause ]
         [ NGAP-Cause ]
       * [ AVP ]
    """, (
        ("n5gmm_cause", "int | None", N5GMM_CAUSE, 0, 1, False),
        ("n5gsm_cause", "int | None", N5GSM_CAUSE, 0, 1, False),
        ("ngap_cause", "NGAPCause | None", NGAP_CAUSE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NGAPCause": (NGAP_CAUSE, """NGAP-Cause ::= < AVP Header: 575, 10415 >
         { NGAP-Group }
         { NGAP-Value }
    """, (
        ("ngap_group", "int", NGAP_GROUP, 1, 1, False),
        ("ngap_value", "int", NGAP_VALUE, 1, 1, False),
    )),
    "WirelineUserLocationInfo": (WIRELINE_USER_LOCATION_INFO, """Wireline-User-Location-Info ::= < AVP Header: 578, 10415 >
         [ HFC-Node-Identifier ]
         [ GLI-Identifier ]
         [ Line-Type ]
       * [ AVP ]
    """, (
        ("hfc_node_identifier", "bytes | None", HFC_NODE_IDENTIFIER, 0, 1, False),
        ("gli_identifier", "bytes | None", GLI_IDENTIFIER, 0, 1, False),
        ("line_type", "LineType | int | None", LINE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubsessionDecisionInfo": (SUBSESSION_DECISION_INFO, """Subsession-Decision-Info ::= < AVP Header: 2200, 10415 >
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
    """, (
        ("subsession_id", "int", SUBSESSION_ID, 1, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result_code", "int | None", EXPERIMENTAL_RESULT_CODE, 0, 1, False),
        ("charging_rule_remove", "tuple[ChargingRuleRemove, ...]", CHARGING_RULE_REMOVE, 0, None, False),
        ("charging_rule_install", "tuple[ChargingRuleInstall, ...]", CHARGING_RULE_INSTALL, 0, None, False),
        ("event_report_indication", "EventReportIndication | None", EVENT_REPORT_INDICATION, 0, 1, False),
        ("qos_rule_install", "tuple[QoSRuleInstall, ...]", QOS_RULE_INSTALL, 0, None, False),
        ("qos_rule_remove", "tuple[QoSRuleRemove, ...]", QOS_RULE_REMOVE, 0, None, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("session_release_cause", "SessionReleaseCause | int | None", SESSION_RELEASE_CAUSE, 0, 1, False),
        ("bearer_control_mode", "BearerControlMode | int | None", BEARER_CONTROL_MODE, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("revalidation_time", "datetime | None", REVALIDATION_TIME, 0, 1, False),
        ("default_access", "DefaultAccess | int | None", DEFAULT_ACCESS, 0, 1, False),
        ("nbifom_support", "NBIFOMSupport | int | None", NBIFOM_SUPPORT, 0, 1, False),
        ("nbifom_mode", "NBIFOMMode | int | None", NBIFOM_MODE, 0, 1, False),
        ("ran_rule_support", "RANRuleSupport | int | None", RAN_RULE_SUPPORT, 0, 1, False),
        ("routing_rule_report", "tuple[RoutingRuleReport, ...]", ROUTING_RULE_REPORT, 0, None, False),
        ("removal_of_access", "RemovalOfAccess | int | None", REMOVAL_OF_ACCESS, 0, 1, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("qos_information", "tuple[QoSInformation, ...]", QOS_INFORMATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubsessionEnforcementInfo": (SUBSESSION_ENFORCEMENT_INFO, """Subsession-Enforcement-Info ::= < AVP Header: 2201, 10415 >
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
    """, (
        ("subsession_id", "int", SUBSESSION_ID, 1, 1, False),
        ("subsession_operation", "SubsessionOperation | int | None", SUBSESSION_OPERATION, 0, 1, False),
        ("an_gw_address", "tuple[AddressValue, ...]", AN_GW_ADDRESS, 0, 2, False),
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("bearer_operation", "BearerOperation | int | None", BEARER_OPERATION, 0, 1, False),
        ("packet_filter_information", "tuple[PacketFilterInformation, ...]", PACKET_FILTER_INFORMATION, 0, None, False),
        ("packet_filter_operation", "PacketFilterOperation | int | None", PACKET_FILTER_OPERATION, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("coa_information", "tuple[CoAInformation, ...]", COA_INFORMATION, 0, None, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("pdn_connection_id", "bytes | None", PDN_CONNECTION_ID, 0, 1, False),
        ("bearer_usage", "BearerUsage | int | None", BEARER_USAGE, 0, 1, False),
        ("tft_packet_filter_information", "tuple[TFTPacketFilterInformation, ...]", TFT_PACKET_FILTER_INFORMATION, 0, None, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result_code", "int | None", EXPERIMENTAL_RESULT_CODE, 0, 1, False),
        ("charging_rule_report", "tuple[ChargingRuleReport, ...]", CHARGING_RULE_REPORT, 0, None, False),
        ("credit_management_status", "int | None", CREDIT_MANAGEMENT_STATUS, 0, 1, False),
        ("qos_rule_report", "tuple[QoSRuleReport, ...]", QOS_RULE_REPORT, 0, None, False),
        ("application_detection_information", "tuple[ApplicationDetectionInformation, ...]", APPLICATION_DETECTION_INFORMATION, 0, None, False),
        ("ip_can_type", "IPCANType | int | None", IP_CAN_TYPE, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_sgsn_address", "bytes | None", TGPP_SGSN_ADDRESS, 0, 1, False),
        ("tgpp_sgsn_ipv6_address", "bytes | None", TGPP_SGSN_IPV6_ADDRESS, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("default_eps_bearer_qos", "DefaultEPSBearerQoS | None", DEFAULT_EPS_BEARER_QOS, 0, 1, False),
        ("default_access", "DefaultAccess | int | None", DEFAULT_ACCESS, 0, 1, False),
        ("nbifom_support", "NBIFOMSupport | int | None", NBIFOM_SUPPORT, 0, 1, False),
        ("nbifom_mode", "NBIFOMMode | int | None", NBIFOM_MODE, 0, 1, False),
        ("access_availability_change_reason", "AccessAvailabilityChangeReason | int | None", ACCESS_AVAILABILITY_CHANGE_REASON, 0, 1, False),
        ("network_request_support", "NetworkRequestSupport | int | None", NETWORK_REQUEST_SUPPORT, 0, 1, False),
        ("routing_rule_install", "RoutingRuleInstall | None", ROUTING_RULE_INSTALL, 0, 1, False),
        ("routing_rule_remove", "RoutingRuleRemove | None", ROUTING_RULE_REMOVE, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("usage_monitoring_information", "tuple[UsageMonitoringInformation, ...]", USAGE_MONITORING_INFORMATION, 0, None, False),
        ("multiple_bberf_action", "MultipleBBERFAction | int | None", MULTIPLE_BBERF_ACTION, 0, 1, False),
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("access_network_charging_address", "AddressValue | None", ACCESS_NETWORK_CHARGING_ADDRESS, 0, 1, False),
        ("access_network_charging_identifier_gx", "tuple[AccessNetworkChargingIdentifierGx, ...]", ACCESS_NETWORK_CHARGING_IDENTIFIER_GX, 0, None, False),
        ("session_linking_indicator", "SessionLinkingIndicator | int | None", SESSION_LINKING_INDICATOR, 0, 1, False),
        ("henb_local_ip_address", "AddressValue | None", HENB_LOCAL_IP_ADDRESS, 0, 1, False),
        ("ue_local_ip_address", "AddressValue | None", UE_LOCAL_IP_ADDRESS, 0, 1, False),
        ("ue_local_ipv6_prefix", "bytes | None", UE_LOCAL_IPV6_PREFIX, 0, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("an_gw_status", "ANGWStatus | int | None", AN_GW_STATUS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AggregatedCongestionInfo": (AGGREGATED_CONGESTION_INFO, """Aggregated-Congestion-Info ::= < AVP Header: 4000, 10415 >
         [ Congestion-Location-Id ]
         [ IMSI-List ]
       * [ AVP ]
    """, (
        ("congestion_location_id", "CongestionLocationId | None", CONGESTION_LOCATION_ID, 0, 1, False),
        ("imsi_list", "bytes | None", IMSI_LIST, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AggregatedRUCIReport": (AGGREGATED_RUCI_REPORT, """Aggregated-RUCI-Report ::= < AVP Header: 4001, 10415 >
      1* { Aggregated-Congestion-Info }
         [ Called-Station-Id ]
         [ Congestion-Level-Value ]
         [ Congestion-Level-Set-Id ]
       * [ AVP ]
    """, (
        ("aggregated_congestion_info", "tuple[AggregatedCongestionInfo, ...]", AGGREGATED_CONGESTION_INFO, 1, None, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("congestion_level_value", "CongestionLevelValue | int | None", CONGESTION_LEVEL_VALUE, 0, 1, False),
        ("congestion_level_set_id", "int | None", CONGESTION_LEVEL_SET_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CongestionLevelDefinition": (CONGESTION_LEVEL_DEFINITION, """Congestion-Level-Definition ::= < AVP Header: 4002, 10415 >
         { Congestion-Level-Set-Id }
         { Congestion-Level-Range }
       * [ AVP ]
    """, (
        ("congestion_level_set_id", "int", CONGESTION_LEVEL_SET_ID, 1, 1, False),
        ("congestion_level_range", "CongestionLevelRange | int", CONGESTION_LEVEL_RANGE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CongestionLocationId": (CONGESTION_LOCATION_ID, """Congestion-Location-Id ::= < AVP Header: 4006, 10415 >
         [ 3GPP-User-Location-Info ]
         [ eNodeB-Id ]
         [ Extended-eNodeB-Id ]
       * [ AVP ]
    """, (
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("enodeb_id", "bytes | None", ENODEB_ID, 0, 1, False),
        ("extended_enodeb_id", "bytes | None", EXTENDED_ENODEB_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyCounterStatusReport": (POLICY_COUNTER_STATUS_REPORT, """Policy-Counter-Status-Report ::= < AVP Header: 2903, 10415 >
         { Policy-Counter-Identifier }
         { Policy-Counter-Status }
       * [ Pending-Policy-Counter-Information ]
       * [ AVP ]
    """, (
        ("policy_counter_identifier", "str", POLICY_COUNTER_IDENTIFIER, 1, 1, False),
        ("policy_counter_status", "str", POLICY_COUNTER_STATUS, 1, 1, False),
        ("pending_policy_counter_information", "tuple[PendingPolicyCounterInformation, ...]", PENDING_POLICY_COUNTER_INFORMATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PendingPolicyCounterInformation": (PENDING_POLICY_COUNTER_INFORMATION, """Pending-Policy-Counter-Information ::= < AVP Header: 2905, 10415 >
         { Policy-Counter-Status }
         { Pending-Policy-Counter-Change-Time }
       * [ AVP ]
    """, (
        ("policy_counter_status", "str", POLICY_COUNTER_STATUS, 1, 1, False),
        ("pending_policy_counter_change_time", "datetime", PENDING_POLICY_COUNTER_CHANGE_TIME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServerCapabilities": (SERVER_CAPABILITIES, """Server-Capabilities ::= < AVP Header: 603, 10415 >
       * [ Mandatory-Capability ]
       * [ Optional-Capability ]
       * [ Server-Name ]
       * [ AVP ]
    """, (
        ("mandatory_capability", "tuple[int, ...]", MANDATORY_CAPABILITY, 0, None, False),
        ("optional_capability", "tuple[int, ...]", OPTIONAL_CAPABILITY, 0, None, False),
        ("server_name", "tuple[str, ...]", SERVER_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPAuthDataItem": (SIP_AUTH_DATA_ITEM, """SIP-Auth-Data-Item ::= < AVP Header: 612, 10415 >
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
    """, (
        ("sip_item_number", "int | None", SIP_ITEM_NUMBER, 0, 1, False),
        ("sip_authentication_scheme", "str | None", SIP_AUTHENTICATION_SCHEME, 0, 1, False),
        ("sip_authenticate", "bytes | None", SIP_AUTHENTICATE, 0, 1, False),
        ("sip_authorization", "bytes | None", SIP_AUTHORIZATION, 0, 1, False),
        ("sip_authentication_context", "bytes | None", SIP_AUTHENTICATION_CONTEXT, 0, 1, False),
        ("confidentiality_key", "bytes | None", CONFIDENTIALITY_KEY, 0, 1, False),
        ("integrity_key", "bytes | None", INTEGRITY_KEY, 0, 1, False),
        ("sip_digest_authenticate", "SIPDigestAuthenticate | None", SIP_DIGEST_AUTHENTICATE, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("line_identifier", "tuple[bytes, ...]", LINE_IDENTIFIER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeregistrationReason": (DEREGISTRATION_REASON, """Deregistration-Reason ::= < AVP Header: 615, 10415 >
         { Reason-Code }
         [ Reason-Info ]
       * [ AVP ]
    """, (
        ("reason_code", "ReasonCode | int", REASON_CODE, 1, 1, False),
        ("reason_info", "str | None", REASON_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingInformation": (CHARGING_INFORMATION, """Charging-Information ::= < AVP Header: 618, 10415 >
         [ Primary-Event-Charging-Function-Name ]
         [ Secondary-Event-Charging-Function-Name ]
         [ Primary-Charging-Collection-Function-Name ]
         [ Secondary-Charging-Collection-Function-Name ]
       * [ AVP ]
    """, (
        ("primary_event_charging_function_name", "DiameterURI | None", PRIMARY_EVENT_CHARGING_FUNCTION_NAME, 0, 1, False),
        ("secondary_event_charging_function_name", "DiameterURI | None", SECONDARY_EVENT_CHARGING_FUNCTION_NAME, 0, 1, False),
        ("primary_charging_collection_function_name", "DiameterURI | None", PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME, 0, 1, False),
        ("secondary_charging_collection_function_name", "DiameterURI | None", SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SupportedFeatures": (SUPPORTED_FEATURES, """Supported-Features ::= < AVP Header: 628, 10415 >
         { Vendor-Id }
         { Feature-List-ID }
         { Feature-List }
       * [ AVP ]
    """, (
        ("vendor_id", "int", VENDOR_ID, 1, 1, False),
        ("feature_list_id", "int", FEATURE_LIST_ID, 1, 1, False),
        ("feature_list", "int", FEATURE_LIST, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SupportedApplications": (SUPPORTED_APPLICATIONS, """Supported-Applications ::= < AVP Header: 631, 10415 >
       * [ Auth-Application-Id ]
       * [ Acct-Application-Id ]
       * [ Vendor-Specific-Application-Id ]
       * [ AVP ]
    """, (
        ("auth_application_id", "tuple[int, ...]", AUTH_APPLICATION_ID, 0, None, False),
        ("acct_application_id", "tuple[int, ...]", ACCT_APPLICATION_ID, 0, None, False),
        ("vendor_specific_application_id", "tuple[VendorSpecificApplicationId, ...]", VENDOR_SPECIFIC_APPLICATION_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AssociatedIdentities": (ASSOCIATED_IDENTITIES, """Associated-Identities ::= < AVP Header: 632, 10415 >
       * [ User-Name ]
       * [ AVP ]
    """, (
        ("user_name", "tuple[str, ...]", USER_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SIPDigestAuthenticate": (SIP_DIGEST_AUTHENTICATE, """SIP-Digest-Authenticate ::= < AVP Header: 635, 10415 >
         { Digest-Realm }
         [ Digest-Algorithm ]
         { Digest-QoP }
         { Digest-HA1 }
         [ Alternate-Digest-Algorithm ]
         [ Alternate-Digest-HA1 ]
       * [ AVP ]
    """, (
        ("digest_realm", "str", DIGEST_REALM, 1, 1, False),
        ("digest_algorithm", "str | None", DIGEST_ALGORITHM, 0, 1, False),
        ("digest_qop", "str", DIGEST_QOP, 1, 1, False),
        ("digest_ha1", "str", DIGEST_HA1, 1, 1, False),
        ("alternate_digest_algorithm", "str | None", ALTERNATE_DIGEST_ALGORITHM, 0, 1, False),
        ("alternate_digest_ha1", "str | None", ALTERNATE_DIGEST_HA1, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCSCFRestorationInfo": (SCSCF_RESTORATION_INFO, """SCSCF-Restoration-Info ::= < AVP Header: 639, 10415 >
         { User-Name }
      1* { Restoration-Info }
         [ Registration-Time-Out ]
         [ SIP-Authentication-Scheme ]
       * [ AVP ]
    """, (
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("restoration_info", "tuple[RestorationInfo, ...]", RESTORATION_INFO, 1, None, False),
        ("registration_time_out", "datetime | None", REGISTRATION_TIME_OUT, 0, 1, False),
        ("sip_authentication_scheme", "str | None", SIP_AUTHENTICATION_SCHEME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriptionInfo": (SUBSCRIPTION_INFO, """Subscription-Info ::= < AVP Header: 642, 10415 >
         { Call-ID-SIP-Header }
         { From-SIP-Header }
         { To-SIP-Header }
         { Record-Route }
         { Contact }
       * [ AVP ]
    """, (
        ("call_id_sip_header", "bytes", CALL_ID_SIP_HEADER, 1, 1, False),
        ("from_sip_header", "bytes", FROM_SIP_HEADER, 1, 1, False),
        ("to_sip_header", "bytes", TO_SIP_HEADER, 1, 1, False),
        ("record_route", "bytes", RECORD_ROUTE, 1, 1, False),
        ("contact", "bytes", CONTACT, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AssociatedRegisteredIdentities": (ASSOCIATED_REGISTERED_IDENTITIES, """Associated-Registered-Identities ::= < AVP Header: 647, 10415 >
       * [ User-Name ]
       * [ AVP ]
    """, (
        ("user_name", "tuple[str, ...]", USER_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RestorationInfo": (RESTORATION_INFO, """Restoration-Info ::= < AVP Header: 649, 10415 >
         { Path }
         { Contact }
         [ Initial-CSeq-Sequence-Number ]
         [ Call-ID-SIP-Header ]
         [ Subscription-Info ]
         [ P-CSCF-Subscription-Info ]
       * [ AVP ]
    """, (
        ("path", "bytes", PATH, 1, 1, False),
        ("contact", "bytes", CONTACT, 1, 1, False),
        ("initial_cseq_sequence_number", "int | None", INITIAL_CSEQ_SEQUENCE_NUMBER, 0, 1, False),
        ("call_id_sip_header", "bytes | None", CALL_ID_SIP_HEADER, 0, 1, False),
        ("subscription_info", "SubscriptionInfo | None", SUBSCRIPTION_INFO, 0, 1, False),
        ("p_cscf_subscription_info", "PCSCFSubscriptionInfo | None", P_CSCF_SUBSCRIPTION_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IdentityWithEmergencyRegistration": (IDENTITY_WITH_EMERGENCY_REGISTRATION, """Identity-with-Emergency-Registration ::= < AVP Header: 651, 10415 >
         { User-Name }
         { Public-Identity }
       * [ AVP ]
    """, (
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("public_identity", "str", PUBLIC_IDENTITY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AllowedWAFWWSFIdentities": (ALLOWED_WAF_WWSF_IDENTITIES, """Allowed-WAF-WWSF-Identities ::= < AVP Header: 656, 10415 >
       * [ WebRTC-Authentication-Function-Name ]
       * [ WebRTC-Web-Server-Function-Name ]
       * [ AVP ]
    """, (
        ("webrtc_authentication_function_name", "tuple[str, ...]", WEBRTC_AUTHENTICATION_FUNCTION_NAME, 0, None, False),
        ("webrtc_web_server_function_name", "tuple[str, ...]", WEBRTC_WEB_SERVER_FUNCTION_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PCSCFSubscriptionInfo": (P_CSCF_SUBSCRIPTION_INFO, """P-CSCF-Subscription-Info ::= < AVP Header: 660, 10415 >
         { Call-ID-SIP-Header }
         { From-SIP-Header }
         { To-SIP-Header }
         { Contact }
       * [ AVP ]
    """, (
        ("call_id_sip_header", "bytes", CALL_ID_SIP_HEADER, 1, 1, False),
        ("from_sip_header", "bytes", FROM_SIP_HEADER, 1, 1, False),
        ("to_sip_header", "bytes", TO_SIP_HEADER, 1, 1, False),
        ("contact", "bytes", CONTACT, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FailedPCSCF": (FAILED_PCSCF, """Failed-PCSCF ::= < AVP Header: 664, 10415 >
         [ PCSCF-FQDN ]
       * [ PCSCF-IP-Address ]
       * [ AVP ]
    """, (
        ("pcscf_fqdn", "str | None", PCSCF_FQDN, 0, 1, False),
        ("pcscf_ip_address", "tuple[AddressValue, ...]", PCSCF_IP_ADDRESS, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANUserData": (WLAN_USER_DATA, """WLAN-User-Data ::= < AVP Header: 303, 10415 >
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
    """, (
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("max_requested_bandwidth", "bytes | None", MAX_REQUESTED_BANDWIDTH, 0, 1, False),
        ("routing_policy", "IPFilterRule | None", ROUTING_POLICY, 0, 1, False),
        ("wlan_access", "WLANAccess | int | None", WLAN_ACCESS, 0, 1, False),
        ("charging_data", "tuple[ChargingData, ...]", CHARGING_DATA, 0, None, False),
        ("wlan_3gpp_ip_access", "WLAN3GPPIPAccess | int | None", WLAN_3GPP_IP_ACCESS, 0, 1, False),
        ("apn_authorized", "tuple[APNAuthorized, ...]", APN_AUTHORIZED, 0, None, False),
        ("wlan_direct_ip_access", "WLANDirectIPAccess | int | None", WLAN_DIRECT_IP_ACCESS, 0, 1, False),
        ("maximum_number_accesses", "int | None", MAXIMUM_NUMBER_ACCESSES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingData": (CHARGING_DATA, """Charging-Data ::= < AVP Header: 304, 10415 >
         [ Charging-Characteristics ]
         [ Charging-Nodes ]
       * [ AVP ]
    """, (
        ("charging_characteristics", "int | None", CHARGING_CHARACTERISTICS, 0, 1, False),
        ("charging_nodes", "ChargingNodes | None", CHARGING_NODES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "APNAuthorized": (APN_AUTHORIZED, """APN-Authorized ::= < AVP Header: 307, 10415 >
         [ 3GPP-WLAN-APN-Id ]
         [ APN-Barring-Type ]
       * [ Charging-Data ]
         [ Routing-Policy ]
         [ Max-Requested-Bandwidth ]
         [ Framed-IP-Address ]
         [ Framed-IPv6-Prefix ]
         [ Framed-Interface-Id ]
       * [ AVP ]
    """, (
        ("tgpp_wlan_apn_id", "bytes | None", TGPP_WLAN_APN_ID, 0, 1, False),
        ("apn_barring_type", "APNBarringType | int | None", APN_BARRING_TYPE, 0, 1, False),
        ("charging_data", "tuple[ChargingData, ...]", CHARGING_DATA, 0, None, False),
        ("routing_policy", "IPFilterRule | None", ROUTING_POLICY, 0, 1, False),
        ("max_requested_bandwidth", "bytes | None", MAX_REQUESTED_BANDWIDTH, 0, 1, False),
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ipv6_prefix", "bytes | None", FRAMED_IPV6_PREFIX, 0, 1, False),
        ("framed_interface_id", "int | None", FRAMED_INTERFACE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingNodes": (CHARGING_NODES, """Charging-Nodes ::= < AVP Header: 315, 10415 >
         [ Primary-OCS-Charging-Function-Name ]
         [ Secondary-OCS-Charging-Function-Name ]
         [ Primary-Charging-Collection-Function-Name ]
         [ Secondary-Charging-Collection-Function-Name ]
       * [ AVP ]
    """, (
        ("primary_ocs_charging_function_name", "str | None", PRIMARY_OCS_CHARGING_FUNCTION_NAME, 0, 1, False),
        ("secondary_ocs_charging_function_name", "str | None", SECONDARY_OCS_CHARGING_FUNCTION_NAME, 0, 1, False),
        ("primary_charging_collection_function_name", "DiameterURI | None", PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME, 0, 1, False),
        ("secondary_charging_collection_function_name", "DiameterURI | None", SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriptionData": (SUBSCRIPTION_DATA, """Subscription-Data ::= < AVP Header: 1400, 10415 >
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
    """, (
        ("subscriber_status", "SubscriberStatus | int | None", SUBSCRIBER_STATUS, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("a_msisdn", "bytes | None", A_MSISDN, 0, 1, False),
        ("stn_sr", "bytes | None", STN_SR, 0, 1, False),
        ("ics_indicator", "ICSIndicator | int | None", ICS_INDICATOR, 0, 1, False),
        ("network_access_mode", "NetworkAccessMode | int | None", NETWORK_ACCESS_MODE, 0, 1, False),
        ("operator_determined_barring", "OperatorDeterminedBarring | int | None", OPERATOR_DETERMINED_BARRING, 0, 1, False),
        ("hplmn_odb", "HPLMNODB | int | None", HPLMN_ODB, 0, 1, False),
        ("regional_subscription_zone_code", "tuple[bytes, ...]", REGIONAL_SUBSCRIPTION_ZONE_CODE, 0, 10, False),
        ("access_restriction_data", "AccessRestrictionData | int | None", ACCESS_RESTRICTION_DATA, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("lcs_info", "LCSInfo | None", LCS_INFO, 0, 1, False),
        ("teleservice_list", "TeleserviceList | None", TELESERVICE_LIST, 0, 1, False),
        ("call_barring_info", "tuple[CallBarringInfo, ...]", CALL_BARRING_INFO, 0, None, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("ambr", "Ambr | None", AMBR, 0, 1, False),
        ("apn_configuration_profile", "APNConfigurationProfile | None", APN_CONFIGURATION_PROFILE, 0, 1, False),
        ("rat_frequency_selection_priority_id", "int | None", RAT_FREQUENCY_SELECTION_PRIORITY_ID, 0, 1, False),
        ("trace_data", "TraceData | None", TRACE_DATA, 0, 1, False),
        ("gprs_subscription_data", "GPRSSubscriptionData | None", GPRS_SUBSCRIPTION_DATA, 0, 1, False),
        ("csg_subscription_data", "tuple[CSGSubscriptionData, ...]", CSG_SUBSCRIPTION_DATA, 0, None, False),
        ("roaming_restricted_due_to_unsupported_feature", "RoamingRestrictedDueToUnsupportedFeature | int | None", ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE, 0, 1, False),
        ("subscribed_periodic_rau_tau_timer", "int | None", SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, 0, 1, False),
        ("mps_priority", "MPSPriority | int | None", MPS_PRIORITY, 0, 1, False),
        ("vplmn_lipa_allowed", "VPLMNLIPAAllowed | int | None", VPLMN_LIPA_ALLOWED, 0, 1, False),
        ("relay_node_indicator", "RelayNodeIndicator | int | None", RELAY_NODE_INDICATOR, 0, 1, False),
        ("mdt_user_consent", "MDTUserConsent | int | None", MDT_USER_CONSENT, 0, 1, False),
        ("subscribed_vsrvcc", "SubscribedVSRVCC | int | None", SUBSCRIBED_VSRVCC, 0, 1, False),
        ("prose_subscription_data", "ProSeSubscriptionData | None", PROSE_SUBSCRIPTION_DATA, 0, 1, False),
        ("subscription_data_flags", "SubscriptionDataFlags | int | None", SUBSCRIPTION_DATA_FLAGS, 0, 1, False),
        ("adjacent_access_restriction_data", "tuple[AdjacentAccessRestrictionData, ...]", ADJACENT_ACCESS_RESTRICTION_DATA, 0, None, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("imsi_group_id", "tuple[IMSIGroupId, ...]", IMSI_GROUP_ID, 0, None, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("aese_communication_pattern", "tuple[AESECommunicationPattern, ...]", AESE_COMMUNICATION_PATTERN, 0, None, False),
        ("monitoring_event_configuration", "tuple[MonitoringEventConfiguration, ...]", MONITORING_EVENT_CONFIGURATION, 0, None, False),
        ("emergency_info", "EmergencyInfo | None", EMERGENCY_INFO, 0, 1, False),
        ("v2x_subscription_data", "V2XSubscriptionData | None", V2X_SUBSCRIPTION_DATA, 0, 1, False),
        ("v2x_subscription_data_nr", "V2XSubscriptionDataNr | None", V2X_SUBSCRIPTION_DATA_NR, 0, 1, False),
        ("edrx_cycle_length", "tuple[EDRXCycleLength, ...]", EDRX_CYCLE_LENGTH, 0, None, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("active_time", "int | None", ACTIVE_TIME, 0, 1, False),
        ("service_gap_time", "int | None", SERVICE_GAP_TIME, 0, 1, False),
        ("broadcast_location_assistance_data_types", "int | None", BROADCAST_LOCATION_ASSISTANCE_DATA_TYPES, 0, 1, False),
        ("aerial_ue_subscription_information", "AerialUESubscriptionInformation | int | None", AERIAL_UE_SUBSCRIPTION_INFORMATION, 0, 1, False),
        ("core_network_restrictions", "CoreNetworkRestrictions | int | None", CORE_NETWORK_RESTRICTIONS, 0, 1, False),
        ("paging_time_window", "tuple[PagingTimeWindow, ...]", PAGING_TIME_WINDOW, 0, None, False),
        ("subscribed_arpi", "int | None", SUBSCRIBED_ARPI, 0, 1, False),
        ("iab_operation_permission", "IABOperationPermission | int | None", IAB_OPERATION_PERMISSION, 0, 1, False),
        ("plmn_rat_usage_control", "int | None", PLMN_RAT_USAGE_CONTROL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TerminalInformation": (TERMINAL_INFORMATION, """Terminal-Information ::= < AVP Header: 1401, 10415 >
         [ IMEI ]
         [ 3GPP2-MEID ]
         [ Software-Version ]
       * [ AVP ]
    """, (
        ("imei", "str | None", IMEI, 0, 1, False),
        ("tgpp2_meid", "bytes | None", TGPP2_MEID, 0, 1, False),
        ("software_version", "str | None", SOFTWARE_VERSION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RequestedEUTRANAuthenticationInfo": (REQUESTED_EUTRAN_AUTHENTICATION_INFO, """Requested-EUTRAN-Authentication-Info ::= < AVP Header: 1408, 10415 >
         [ Number-Of-Requested-Vectors ]
         [ Immediate-Response-Preferred ]
         [ Re-Synchronization-Info ]
       * [ AVP ]
    """, (
        ("number_of_requested_vectors", "int | None", NUMBER_OF_REQUESTED_VECTORS, 0, 1, False),
        ("immediate_response_preferred", "int | None", IMMEDIATE_RESPONSE_PREFERRED, 0, 1, False),
        ("re_synchronization_info", "bytes | None", RE_SYNCHRONIZATION_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RequestedUTRANGERANAuthenticationInfo": (REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO, """Requested-UTRAN-GERAN-Authentication-Info ::= < AVP Header: 1409, 10415 >
         [ Number-Of-Requested-Vectors ]
         [ Immediate-Response-Preferred ]
         [ Re-Synchronization-Info ]
       * [ AVP ]
    """, (
        ("number_of_requested_vectors", "int | None", NUMBER_OF_REQUESTED_VECTORS, 0, 1, False),
        ("immediate_response_preferred", "int | None", IMMEDIATE_RESPONSE_PREFERRED, 0, 1, False),
        ("re_synchronization_info", "bytes | None", RE_SYNCHRONIZATION_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AuthenticationInfo": (AUTHENTICATION_INFO, """Authentication-Info ::= < AVP Header: 1413, 10415 >
       * [ E-UTRAN-Vector ]
       * [ UTRAN-Vector ]
       * [ GERAN-Vector ]
       * [ AVP ]
    """, (
        ("e_utran_vector", "tuple[EUTRANVector, ...]", E_UTRAN_VECTOR, 0, None, False),
        ("utran_vector", "tuple[UTRANVector, ...]", UTRAN_VECTOR, 0, None, False),
        ("geran_vector", "tuple[GERANVector, ...]", GERAN_VECTOR, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EUTRANVector": (E_UTRAN_VECTOR, """E-UTRAN-Vector ::= < AVP Header: 1414, 10415 >
         [ Item-Number ]
         { RAND }
         { XRES }
         { AUTN }
         { KASME }
       * [ AVP ]
    """, (
        ("item_number", "int | None", ITEM_NUMBER, 0, 1, False),
        ("rand", "bytes", RAND, 1, 1, False),
        ("xres", "bytes", XRES, 1, 1, False),
        ("autn", "bytes", AUTN, 1, 1, False),
        ("kasme", "bytes", KASME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UTRANVector": (UTRAN_VECTOR, """UTRAN-Vector ::= < AVP Header: 1415, 10415 >
         [ Item-Number ]
         { RAND }
         { XRES }
         { AUTN }
         { Confidentiality-Key }
         { Integrity-Key }
       * [ AVP ]
    """, (
        ("item_number", "int | None", ITEM_NUMBER, 0, 1, False),
        ("rand", "bytes", RAND, 1, 1, False),
        ("xres", "bytes", XRES, 1, 1, False),
        ("autn", "bytes", AUTN, 1, 1, False),
        ("confidentiality_key", "bytes", CONFIDENTIALITY_KEY, 1, 1, False),
        ("integrity_key", "bytes", INTEGRITY_KEY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GERANVector": (GERAN_VECTOR, """GERAN-Vector ::= < AVP Header: 1416, 10415 >
         [ Item-Number ]
         { RAND }
         { SRES }
         { Kc }
       * [ AVP ]
    """, (
        ("item_number", "int | None", ITEM_NUMBER, 0, 1, False),
        ("rand", "bytes", RAND, 1, 1, False),
        ("sres", "bytes", SRES, 1, 1, False),
        ("kc", "bytes", KC, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "APNConfigurationProfile": (APN_CONFIGURATION_PROFILE, """APN-Configuration-Profile ::= < AVP Header: 1429, 10415 >
         { Context-Identifier }
         [ Additional-Context-Identifier ]
         [ Third-Context-Identifier ]
         { All-APN-Configurations-Included-Indicator }
      1* { APN-Configuration }
       * [ AVP ]
    """, (
        ("context_identifier", "int", CONTEXT_IDENTIFIER, 1, 1, False),
        ("additional_context_identifier", "int | None", ADDITIONAL_CONTEXT_IDENTIFIER, 0, 1, False),
        ("third_context_identifier", "int | None", THIRD_CONTEXT_IDENTIFIER, 0, 1, False),
        ("all_apn_configurations_included_indicator", "AllAPNConfigurationsIncludedIndicator | int", ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR, 1, 1, False),
        ("apn_configuration", "tuple[APNConfiguration, ...]", APN_CONFIGURATION, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "APNConfiguration": (APN_CONFIGURATION, """APN-Configuration ::= < AVP Header: 1430, 10415 >
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
    """, (
        ("context_identifier", "int", CONTEXT_IDENTIFIER, 1, 1, False),
        ("served_party_ip_address", "tuple[AddressValue, ...]", SERVED_PARTY_IP_ADDRESS, 0, 2, False),
        ("pdn_type", "PDNType | int", PDN_TYPE, 1, 1, False),
        ("service_selection", "str", SERVICE_SELECTION, 1, 1, False),
        ("eps_subscribed_qos_profile", "EPSSubscribedQoSProfile | None", EPS_SUBSCRIBED_QOS_PROFILE, 0, 1, False),
        ("vplmn_dynamic_address_allowed", "VPLMNDynamicAddressAllowed | int | None", VPLMN_DYNAMIC_ADDRESS_ALLOWED, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("pdn_gw_allocation_type", "PDNGWAllocationType | int | None", PDN_GW_ALLOCATION_TYPE, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("ambr", "Ambr | None", AMBR, 0, 1, False),
        ("specific_apn_info", "tuple[SpecificAPNInfo, ...]", SPECIFIC_APN_INFO, 0, None, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("sipto_permission", "SIPTOPermission | int | None", SIPTO_PERMISSION, 0, 1, False),
        ("lipa_permission", "LIPAPermission | int | None", LIPA_PERMISSION, 0, 1, False),
        ("restoration_priority", "int | None", RESTORATION_PRIORITY, 0, 1, False),
        ("sipto_local_network_permission", "SIPTOLocalNetworkPermission | int | None", SIPTO_LOCAL_NETWORK_PERMISSION, 0, 1, False),
        ("wlan_offloadability", "WLANOffloadability | None", WLAN_OFFLOADABILITY, 0, 1, False),
        ("non_ip_pdn_type_indicator", "NonIPPDNTypeIndicator | int | None", NON_IP_PDN_TYPE_INDICATOR, 0, 1, False),
        ("non_ip_data_delivery_mechanism", "NonIPDataDeliveryMechanism | int | None", NON_IP_DATA_DELIVERY_MECHANISM, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("scef_realm", "str | None", SCEF_REALM, 0, 1, False),
        ("preferred_data_mode", "PreferredDataMode | int | None", PREFERRED_DATA_MODE, 0, 1, False),
        ("pdn_connection_continuity", "PDNConnectionContinuity | int | None", PDN_CONNECTION_CONTINUITY, 0, 1, False),
        ("rds_indicator", "RDSIndicator | int | None", RDS_INDICATOR, 0, 1, False),
        ("interworking_5gs_indicator", "Interworking5GSIndicator | int | None", INTERWORKING_5GS_INDICATOR, 0, 1, False),
        ("ethernet_pdn_type_indicator", "EthernetPDNTypeIndicator | int | None", ETHERNET_PDN_TYPE_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EPSSubscribedQoSProfile": (EPS_SUBSCRIBED_QOS_PROFILE, """EPS-Subscribed-QoS-Profile ::= < AVP Header: 1431, 10415 >
         { QoS-Class-Identifier }
         { Allocation-Retention-Priority }
       * [ AVP ]
    """, (
        ("qos_class_identifier", "QoSClassIdentifier | int", QOS_CLASS_IDENTIFIER, 1, 1, False),
        ("allocation_retention_priority", "AllocationRetentionPriority", ALLOCATION_RETENTION_PRIORITY, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Ambr": (AMBR, """AMBR ::= < AVP Header: 1435, 10415 >
         { Max-Requested-Bandwidth-UL }
         { Max-Requested-Bandwidth-DL }
         [ Extended-Max-Requested-BW-UL ]
         [ Extended-Max-Requested-BW-DL ]
       * [ AVP ]
    """, (
        ("max_requested_bandwidth_ul", "int", MAX_REQUESTED_BANDWIDTH_UL, 1, 1, False),
        ("max_requested_bandwidth_dl", "int", MAX_REQUESTED_BANDWIDTH_DL, 1, 1, False),
        ("extended_max_requested_bw_ul", "int | None", EXTENDED_MAX_REQUESTED_BW_UL, 0, 1, False),
        ("extended_max_requested_bw_dl", "int | None", EXTENDED_MAX_REQUESTED_BW_DL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSGSubscriptionData": (CSG_SUBSCRIPTION_DATA, """CSG-Subscription-Data ::= < AVP Header: 1436, 10415 >
         { CSG-Id }
         [ Expiration-Date ]
       * [ Service-Selection ]
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """, (
        ("csg_id", "int", CSG_ID, 1, 1, False),
        ("expiration_date", "datetime | None", EXPIRATION_DATE, 0, 1, False),
        ("service_selection", "tuple[str, ...]", SERVICE_SELECTION, 0, None, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TraceData": (TRACE_DATA, """Trace-Data ::= < AVP Header: 1458, 10415 >
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
    """, (
        ("trace_reference", "bytes", TRACE_REFERENCE, 1, 1, False),
        ("trace_depth", "TraceDepth | int", TRACE_DEPTH, 1, 1, False),
        ("trace_ne_type_list", "bytes", TRACE_NE_TYPE_LIST, 1, 1, False),
        ("trace_interface_list", "bytes | None", TRACE_INTERFACE_LIST, 0, 1, False),
        ("trace_event_list", "bytes", TRACE_EVENT_LIST, 1, 1, False),
        ("omc_id", "bytes | None", OMC_ID, 0, 1, False),
        ("trace_collection_entity", "AddressValue", TRACE_COLLECTION_ENTITY, 1, 1, False),
        ("mdt_configuration", "MDTConfiguration | None", MDT_CONFIGURATION, 0, 1, False),
        ("mdt_configuration_nr", "MDTConfigurationNR | None", MDT_CONFIGURATION_NR, 0, 1, False),
        ("trace_reporting_consumer_uri", "DiameterURI | None", TRACE_REPORTING_CONSUMER_URI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GPRSSubscriptionData": (GPRS_SUBSCRIPTION_DATA, """GPRS-Subscription-Data ::= < AVP Header: 1467, 10415 >
         { Complete-Data-List-Included-Indicator }
    1*50 { PDP-Context }
       * [ AVP ]
    """, (
        ("complete_data_list_included_indicator", "CompleteDataListIncludedIndicator | int", COMPLETE_DATA_LIST_INCLUDED_INDICATOR, 1, 1, False),
        ("pdp_context", "tuple[PDPContext, ...]", PDP_CONTEXT, 1, 50, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PDPContext": (PDP_CONTEXT, """PDP-Context ::= < AVP Header: 1469, 10415 >
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
    """, (
        ("context_identifier", "int", CONTEXT_IDENTIFIER, 1, 1, False),
        ("pdp_type", "bytes", PDP_TYPE, 1, 1, False),
        ("pdp_address", "AddressValue | None", PDP_ADDRESS, 0, 1, False),
        ("qos_subscribed", "bytes", QOS_SUBSCRIBED, 1, 1, False),
        ("vplmn_dynamic_address_allowed", "VPLMNDynamicAddressAllowed | int | None", VPLMN_DYNAMIC_ADDRESS_ALLOWED, 0, 1, False),
        ("service_selection", "str", SERVICE_SELECTION, 1, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("ext_pdp_type", "bytes | None", EXT_PDP_TYPE, 0, 1, False),
        ("ext_pdp_address", "AddressValue | None", EXT_PDP_ADDRESS, 0, 1, False),
        ("ambr", "Ambr | None", AMBR, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("sipto_permission", "SIPTOPermission | int | None", SIPTO_PERMISSION, 0, 1, False),
        ("lipa_permission", "LIPAPermission | int | None", LIPA_PERMISSION, 0, 1, False),
        ("restoration_priority", "int | None", RESTORATION_PRIORITY, 0, 1, False),
        ("sipto_local_network_permission", "SIPTOLocalNetworkPermission | int | None", SIPTO_LOCAL_NETWORK_PERMISSION, 0, 1, False),
        ("non_ip_data_delivery_mechanism", "NonIPDataDeliveryMechanism | int | None", NON_IP_DATA_DELIVERY_MECHANISM, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SpecificAPNInfo": (SPECIFIC_APN_INFO, """Specific-APN-Info ::= < AVP Header: 1472, 10415 >
         { Service-Selection }
         { MIP6-Agent-Info }
         [ Visited-Network-Identifier ]
       * [ AVP ]
    """, (
        ("service_selection", "str", SERVICE_SELECTION, 1, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo", MIP6_AGENT_INFO, 1, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LCSInfo": (LCS_INFO, """LCS-Info ::= < AVP Header: 1473, 10415 >
       * [ GMLC-Number ]
       * [ LCS-PrivacyException ]
       * [ MO-LR ]
       * [ AVP ]
    """, (
        ("gmlc_number", "tuple[bytes, ...]", GMLC_NUMBER, 0, None, False),
        ("lcs_privacyexception", "tuple[LCSPrivacyException, ...]", LCS_PRIVACYEXCEPTION, 0, None, False),
        ("mo_lr", "tuple[MOLR, ...]", MO_LR, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LCSPrivacyException": (LCS_PRIVACYEXCEPTION, """LCS-PrivacyException ::= < AVP Header: 1475, 10415 >
         { SS-Code }
         { SS-Status }
         [ Notification-To-UE-User ]
       * [ External-Client ]
       * [ PLMN-Client ]
       * [ Service-Type ]
       * [ AVP ]
    """, (
        ("ss_code", "bytes", SS_CODE, 1, 1, False),
        ("ss_status", "bytes", SS_STATUS, 1, 1, False),
        ("notification_to_ue_user", "NotificationToUEUser | int | None", NOTIFICATION_TO_UE_USER, 0, 1, False),
        ("external_client", "tuple[ExternalClient, ...]", EXTERNAL_CLIENT, 0, None, False),
        ("plmn_client", "tuple[PLMNClient | int, ...]", PLMN_CLIENT, 0, None, False),
        ("service_type", "tuple[ServiceType, ...]", SERVICE_TYPE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ExternalClient": (EXTERNAL_CLIENT, """External-Client ::= < AVP Header: 1479, 10415 >
         { Client-Identity }
         [ GMLC-Restriction ]
         [ Notification-To-UE-User ]
       * [ AVP ]
    """, (
        ("client_identity", "bytes", CLIENT_IDENTITY, 1, 1, False),
        ("gmlc_restriction", "GMLCRestriction | int | None", GMLC_RESTRICTION, 0, 1, False),
        ("notification_to_ue_user", "NotificationToUEUser | int | None", NOTIFICATION_TO_UE_USER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceType": (SERVICE_TYPE, """Service-Type ::= < AVP Header: 1483, 10415 >
         { ServiceTypeIdentity }
         [ GMLC-Restriction ]
         [ Notification-To-UE-User ]
       * [ AVP ]
    """, (
        ("servicetypeidentity", "int", SERVICETYPEIDENTITY, 1, 1, False),
        ("gmlc_restriction", "GMLCRestriction | int | None", GMLC_RESTRICTION, 0, 1, False),
        ("notification_to_ue_user", "NotificationToUEUser | int | None", NOTIFICATION_TO_UE_USER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MOLR": (MO_LR, """MO-LR ::= < AVP Header: 1485, 10415 >
         { SS-Code }
         { SS-Status }
       * [ AVP ]
    """, (
        ("ss_code", "bytes", SS_CODE, 1, 1, False),
        ("ss_status", "bytes", SS_STATUS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TeleserviceList": (TELESERVICE_LIST, """Teleservice-List ::= < AVP Header: 1486, 10415 >
      1* { TS-Code }
       * [ AVP ]
    """, (
        ("ts_code", "tuple[bytes, ...]", TS_CODE, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CallBarringInfo": (CALL_BARRING_INFO, """Call-Barring-Info ::= < AVP Header: 1488, 10415 >
         { SS-Code }
         { SS-Status }
       * [ AVP ]
    """, (
        ("ss_code", "bytes", SS_CODE, 1, 1, False),
        ("ss_status", "bytes", SS_STATUS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EPSUserState": (EPS_USER_STATE, """EPS-User-State ::= < AVP Header: 1495, 10415 >
         [ MME-User-State ]
         [ SGSN-User-State ]
       * [ AVP ]
    """, (
        ("mme_user_state", "MMEUserState | None", MME_USER_STATE, 0, 1, False),
        ("sgsn_user_state", "SGSNUserState | None", SGSN_USER_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EPSLocationInformation": (EPS_LOCATION_INFORMATION, """EPS-Location-Information ::= < AVP Header: 1496, 10415 >
         [ MME-Location-Information ]
         [ SGSN-Location-Information ]
       * [ AVP ]
    """, (
        ("mme_location_information", "MMELocationInformation | None", MME_LOCATION_INFORMATION, 0, 1, False),
        ("sgsn_location_information", "SGSNLocationInformation | None", SGSN_LOCATION_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MMEUserState": (MME_USER_STATE, """MME-User-State ::= < AVP Header: 1497, 10415 >
         [ User-State ]
       * [ AVP ]
    """, (
        ("user_state", "UserState | int | None", USER_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SGSNUserState": (SGSN_USER_STATE, """SGSN-User-State ::= < AVP Header: 1498, 10415 >
         [ User-State ]
       * [ AVP ]
    """, (
        ("user_state", "UserState | int | None", USER_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MMELocationInformation": (MME_LOCATION_INFORMATION, """MME-Location-Information ::= < AVP Header: 1600, 10415 >
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
    """, (
        ("e_utran_cell_global_identity", "bytes | None", E_UTRAN_CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("tracking_area_identity", "bytes | None", TRACKING_AREA_IDENTITY, 0, 1, False),
        ("geographical_information", "bytes | None", GEOGRAPHICAL_INFORMATION, 0, 1, False),
        ("geodetic_information", "bytes | None", GEODETIC_INFORMATION, 0, 1, False),
        ("current_location_retrieved", "CurrentLocationRetrieved | int | None", CURRENT_LOCATION_RETRIEVED, 0, 1, False),
        ("age_of_location_information", "int | None", AGE_OF_LOCATION_INFORMATION, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("enodeb_id", "bytes | None", ENODEB_ID, 0, 1, False),
        ("extended_enodeb_id", "bytes | None", EXTENDED_ENODEB_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SGSNLocationInformation": (SGSN_LOCATION_INFORMATION, """SGSN-Location-Information ::= < AVP Header: 1601, 10415 >
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
    """, (
        ("cell_global_identity", "bytes | None", CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("location_area_identity", "bytes | None", LOCATION_AREA_IDENTITY, 0, 1, False),
        ("service_area_identity", "bytes | None", SERVICE_AREA_IDENTITY, 0, 1, False),
        ("routing_area_identity", "bytes | None", ROUTING_AREA_IDENTITY, 0, 1, False),
        ("geographical_information", "bytes | None", GEOGRAPHICAL_INFORMATION, 0, 1, False),
        ("geodetic_information", "bytes | None", GEODETIC_INFORMATION, 0, 1, False),
        ("current_location_retrieved", "CurrentLocationRetrieved | int | None", CURRENT_LOCATION_RETRIEVED, 0, 1, False),
        ("age_of_location_information", "int | None", AGE_OF_LOCATION_INFORMATION, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ActiveAPN": (ACTIVE_APN, """Active-APN ::= < AVP Header: 1612, 10415 >
         { Context-Identifier }
         [ Service-Selection ]
         [ MIP6-Agent-Info ]
         [ Visited-Network-Identifier ]
       * [ Specific-APN-Info ]
       * [ AVP ]
    """, (
        ("context_identifier", "int", CONTEXT_IDENTIFIER, 1, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("specific_apn_info", "tuple[SpecificAPNInfo, ...]", SPECIFIC_APN_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MDTConfiguration": (MDT_CONFIGURATION, """MDT-Configuration ::= < AVP Header: 1622, 10415 >
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
    """, (
        ("job_type", "JobType | int", JOB_TYPE, 1, 1, False),
        ("area_scope", "AreaScope | None", AREA_SCOPE, 0, 1, False),
        ("list_of_measurements", "int | None", LIST_OF_MEASUREMENTS, 0, 1, False),
        ("reporting_trigger", "int | None", REPORTING_TRIGGER, 0, 1, False),
        ("report_interval", "ReportInterval | int | None", REPORT_INTERVAL, 0, 1, False),
        ("report_amount", "ReportAmount | int | None", REPORT_AMOUNT, 0, 1, False),
        ("event_threshold_rsrp", "int | None", EVENT_THRESHOLD_RSRP, 0, 1, False),
        ("event_threshold_rsrq", "int | None", EVENT_THRESHOLD_RSRQ, 0, 1, False),
        ("logging_interval", "LoggingInterval | int | None", LOGGING_INTERVAL, 0, 1, False),
        ("logging_duration", "LoggingDuration | int | None", LOGGING_DURATION, 0, 1, False),
        ("measurement_period_lte", "MeasurementPeriodLTE | int | None", MEASUREMENT_PERIOD_LTE, 0, 1, False),
        ("measurement_period_umts", "MeasurementPeriodUMTS | int | None", MEASUREMENT_PERIOD_UMTS, 0, 1, False),
        ("collection_period_rrm_lte", "CollectionPeriodRRMLTE | int | None", COLLECTION_PERIOD_RRM_LTE, 0, 1, False),
        ("collection_period_rrm_umts", "CollectionPeriodRRMUMTS | int | None", COLLECTION_PERIOD_RRM_UMTS, 0, 1, False),
        ("positioning_method", "bytes | None", POSITIONING_METHOD, 0, 1, False),
        ("measurement_quantity", "bytes | None", MEASUREMENT_QUANTITY, 0, 1, False),
        ("event_threshold_event_1f", "int | None", EVENT_THRESHOLD_EVENT_1F, 0, 1, False),
        ("event_threshold_event_1i", "int | None", EVENT_THRESHOLD_EVENT_1I, 0, 1, False),
        ("mdt_allowed_plmn_id", "tuple[bytes, ...]", MDT_ALLOWED_PLMN_ID, 0, None, False),
        ("mbsfn_area", "tuple[MBSFNArea, ...]", MBSFN_AREA, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AreaScope": (AREA_SCOPE, """Area-Scope ::= < AVP Header: 1624, 10415 >
       * [ Cell-Global-Identity ]
       * [ E-UTRAN-Cell-Global-Identity ]
       * [ Routing-Area-Identity ]
       * [ Location-Area-Identity ]
       * [ Tracking-Area-Identity ]
       * [ NR-Cell-Global-Identity ]
       * [ AVP ]
    """, (
        ("cell_global_identity", "tuple[bytes, ...]", CELL_GLOBAL_IDENTITY, 0, None, False),
        ("e_utran_cell_global_identity", "tuple[bytes, ...]", E_UTRAN_CELL_GLOBAL_IDENTITY, 0, None, False),
        ("routing_area_identity", "tuple[bytes, ...]", ROUTING_AREA_IDENTITY, 0, None, False),
        ("location_area_identity", "tuple[bytes, ...]", LOCATION_AREA_IDENTITY, 0, None, False),
        ("tracking_area_identity", "tuple[bytes, ...]", TRACKING_AREA_IDENTITY, 0, None, False),
        ("nr_cell_global_identity", "tuple[bytes, ...]", NR_CELL_GLOBAL_IDENTITY, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EquivalentPLMNList": (EQUIVALENT_PLMN_LIST, """Equivalent-PLMN-List ::= < AVP Header: 1637, 10415 >
      1* { Visited-PLMN-Id }
       * [ AVP ]
    """, (
        ("visited_plmn_id", "tuple[bytes, ...]", VISITED_PLMN_ID, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "VPLMNCSGSubscriptionData": (VPLMN_CSG_SUBSCRIPTION_DATA, """VPLMN-CSG-Subscription-Data ::= < AVP Header: 1641, 10415 >
         { CSG-Id }
         [ Expiration-Date ]
       * [ AVP ]
    """, (
        ("csg_id", "int", CSG_ID, 1, 1, False),
        ("expiration_date", "datetime | None", EXPIRATION_DATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LocalTimeZone": (LOCAL_TIME_ZONE, """Local-Time-Zone ::= < AVP Header: 1649, 10415 >
         { Time-Zone }
         { Daylight-Saving-Time }
       * [ AVP ]
    """, (
        ("time_zone", "str", TIME_ZONE, 1, 1, False),
        ("daylight_saving_time", "DaylightSavingTime | int", DAYLIGHT_SAVING_TIME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANOffloadability": (WLAN_OFFLOADABILITY, """WLAN-offloadability ::= < AVP Header: 1667, 10415 >
         [ WLAN-offloadability-EUTRAN ]
         [ WLAN-offloadability-UTRAN ]
       * [ AVP ]
    """, (
        ("wlan_offloadability_eutran", "int | None", WLAN_OFFLOADABILITY_EUTRAN, 0, 1, False),
        ("wlan_offloadability_utran", "int | None", WLAN_OFFLOADABILITY_UTRAN, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdjacentPLMNs": (ADJACENT_PLMNS, """Adjacent-PLMNs ::= < AVP Header: 1672, 10415 >
      1* { Visited-PLMN-Id }
       * [ AVP ]
    """, (
        ("visited_plmn_id", "tuple[bytes, ...]", VISITED_PLMN_ID, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdjacentAccessRestrictionData": (ADJACENT_ACCESS_RESTRICTION_DATA, """Adjacent-Access-Restriction-Data ::= < AVP Header: 1673, 10415 >
         { Visited-PLMN-Id }
         { Access-Restriction-Data }
       * [ AVP ]
    """, (
        ("visited_plmn_id", "bytes", VISITED_PLMN_ID, 1, 1, False),
        ("access_restriction_data", "AccessRestrictionData | int", ACCESS_RESTRICTION_DATA, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IMSIGroupId": (IMSI_GROUP_ID, """IMSI-Group-Id ::= < AVP Header: 1675, 10415 >
         { Group-Service-Id }
         { Group-PLMN-Id }
         { Local-Group-Id }
       * [ AVP ]
    """, (
        ("group_service_id", "int", GROUP_SERVICE_ID, 1, 1, False),
        ("group_plmn_id", "bytes", GROUP_PLMN_ID, 1, 1, False),
        ("local_group_id", "bytes", LOCAL_GROUP_ID, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriptionDataDeletion": (SUBSCRIPTION_DATA_DELETION, """Subscription-Data-Deletion ::= < AVP Header: 1685, 10415 >
         { DSR-Flags }
         [ SCEF-ID ]
       * [ Context-Identifier ]
         [ Trace-Reference ]
       * [ TS-Code ]
       * [ SS-Code ]
       * [ AVP ]
    """, (
        ("dsr_flags", "DSRFlags | int", DSR_FLAGS, 1, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("context_identifier", "tuple[int, ...]", CONTEXT_IDENTIFIER, 0, None, False),
        ("trace_reference", "bytes | None", TRACE_REFERENCE, 0, 1, False),
        ("ts_code", "tuple[bytes, ...]", TS_CODE, 0, None, False),
        ("ss_code", "tuple[bytes, ...]", SS_CODE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EmergencyInfo": (EMERGENCY_INFO, """Emergency-Info ::= < AVP Header: 1687, 10415 >
         [ MIP6-Agent-Info ]
       * [ AVP ]
    """, (
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "V2XSubscriptionData": (V2X_SUBSCRIPTION_DATA, """V2X-Subscription-Data ::= < AVP Header: 1688, 10415 >
         [ V2X-Permission ]
         [ UE-PC5-AMBR ]
       * [ AVP ]
    """, (
        ("v2x_permission", "V2XPermission | int | None", V2X_PERMISSION, 0, 1, False),
        ("ue_pc5_ambr", "int | None", UE_PC5_AMBR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EDRXCycleLength": (EDRX_CYCLE_LENGTH, """eDRX-Cycle-Length ::= < AVP Header: 1691, 10415 >
         { RAT-Type }
         { eDRX-Cycle-Length-Value }
       * [ AVP ]
    """, (
        ("rat_type", "RATType | int", RAT_TYPE, 1, 1, False),
        ("edrx_cycle_length_value", "bytes", EDRX_CYCLE_LENGTH_VALUE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBSFNArea": (MBSFN_AREA, """MBSFN-Area ::= < AVP Header: 1694, 10415 >
         [ MBSFN-Area-ID ]
         [ Carrier-Frequency ]
       * [ AVP ]
    """, (
        ("mbsfn_area_id", "int | None", MBSFN_AREA_ID, 0, 1, False),
        ("carrier_frequency", "int | None", CARRIER_FREQUENCY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PagingTimeWindow": (PAGING_TIME_WINDOW, """Paging-Time-Window ::= < AVP Header: 1701, 10415 >
         { Operation-Mode }
         { Paging-Time-Window-Length }
       * [ AVP ]
    """, (
        ("operation_mode", "OperationMode | int", OPERATION_MODE, 1, 1, False),
        ("paging_time_window_length", "bytes", PAGING_TIME_WINDOW_LENGTH, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EDRXRelatedRAT": (EDRX_RELATED_RAT, """eDRX-Related-RAT ::= < AVP Header: 1705, 10415 >
      1* { RAT-Type }
       * [ AVP ]
    """, (
        ("rat_type", "tuple[RATType | int, ...]", RAT_TYPE, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "V2XSubscriptionDataNr": (V2X_SUBSCRIPTION_DATA_NR, """V2X-Subscription-Data-Nr ::= < AVP Header: 1710, 10415 >
         [ V2X-Permission ]
         [ UE-PC5-AMBR ]
         [ UE-PC5-QoS ]
       * [ AVP ]
    """, (
        ("v2x_permission", "V2XPermission | int | None", V2X_PERMISSION, 0, 1, False),
        ("ue_pc5_ambr", "int | None", UE_PC5_AMBR, 0, 1, False),
        ("ue_pc5_qos", "UEPC5QoS | None", UE_PC5_QOS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UEPC5QoS": (UE_PC5_QOS, """UE-PC5-QoS ::= < AVP Header: 1711, 10415 >
      1* { PC5-QoS-Flow }
         [ PC5-Link-AMBR ]
       * [ AVP ]
    """, (
        ("pc5_qos_flow", "tuple[PC5QoSFlow, ...]", PC5_QOS_FLOW, 1, None, False),
        ("pc5_link_ambr", "int | None", PC5_LINK_AMBR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PC5QoSFlow": (PC5_QOS_FLOW, """PC5-QoS-Flow ::= < AVP Header: 1712, 10415 >
         { 5QI }
         [ PC5-Flow-Bitrates ]
         [ PC5-Range ]
       * [ AVP ]
    """, (
        ("n5qi", "int", N5QI, 1, 1, False),
        ("pc5_flow_bitrates", "PC5FlowBitrates | None", PC5_FLOW_BITRATES, 0, 1, False),
        ("pc5_range", "int | None", PC5_RANGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PC5FlowBitrates": (PC5_FLOW_BITRATES, """PC5-Flow-Bitrates ::= < AVP Header: 1714, 10415 >
         [ Guaranteed-Flow-Bitrates ]
         [ Maximum-Flow-Bitrates ]
    """, (
        ("guaranteed_flow_bitrates", "int | None", GUARANTEED_FLOW_BITRATES, 0, 1, False),
        ("maximum_flow_bitrates", "int | None", MAXIMUM_FLOW_BITRATES, 0, 1, False),
    )),
    "MDTConfigurationNR": (MDT_CONFIGURATION_NR, """MDT-Configuration-NR ::= < AVP Header: 1720, 10415 >
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
    """, (
        ("job_type", "JobType | int", JOB_TYPE, 1, 1, False),
        ("area_scope", "AreaScope | None", AREA_SCOPE, 0, 1, False),
        ("list_of_measurements", "int | None", LIST_OF_MEASUREMENTS, 0, 1, False),
        ("reporting_trigger", "int | None", REPORTING_TRIGGER, 0, 1, False),
        ("report_interval", "ReportInterval | int | None", REPORT_INTERVAL, 0, 1, False),
        ("report_amount", "ReportAmount | int | None", REPORT_AMOUNT, 0, 1, False),
        ("event_threshold_rsrp", "int | None", EVENT_THRESHOLD_RSRP, 0, 1, False),
        ("event_threshold_rsrq", "int | None", EVENT_THRESHOLD_RSRQ, 0, 1, False),
        ("event_threshold_sinr", "int | None", EVENT_THRESHOLD_SINR, 0, 1, False),
        ("collection_period_rrm_nr", "CollectionPeriodRRMNR | int | None", COLLECTION_PERIOD_RRM_NR, 0, 1, False),
        ("collection_period_m6_nr", "CollectionPeriodM6NR | int | None", COLLECTION_PERIOD_M6_NR, 0, 1, False),
        ("collection_period_m7_nr", "int | None", COLLECTION_PERIOD_M7_NR, 0, 1, False),
        ("positioning_method", "bytes | None", POSITIONING_METHOD, 0, 1, False),
        ("sensor_measurement", "tuple[SensorMeasurement | int, ...]", SENSOR_MEASUREMENT, 0, None, False),
        ("mdt_allowed_plmn_id", "tuple[bytes, ...]", MDT_ALLOWED_PLMN_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANIdentifier": (WLAN_IDENTIFIER, """WLAN-Identifier ::= < AVP Header: 1509, 10415 >
         [ SSID ]
         [ HESSID ]
       * [ AVP ]
    """, (
        ("ssid", "str | None", SSID, 0, 1, False),
        ("hessid", "str | None", HESSID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessNetworkInfo": (ACCESS_NETWORK_INFO, """Access-Network-Info ::= < AVP Header: 1526, 10415 >
         [ SSID ]
         [ BSSID ]
         [ Location-Information ]
         [ Location-Data ]
         [ Operator-Name ]
         [ Logical-Access-ID ]
       * [ AVP ]
    """, (
        ("ssid", "str | None", SSID, 0, 1, False),
        ("bssid", "str | None", BSSID, 0, 1, False),
        ("location_information", "bytes | None", LOCATION_INFORMATION, 0, 1, False),
        ("location_data", "bytes | None", LOCATION_DATA, 0, 1, False),
        ("operator_name", "bytes | None", OPERATOR_NAME, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TWANConnectivityParameters": (TWAN_CONNECTIVITY_PARAMETERS, """TWAN-Connectivity-Parameters ::= < AVP Header: 1528, 10415 >
         [ Connectivity-Flags ]
         [ Service-Selection ]
         [ PDN-Type ]
     0*2 [ Served-Party-IP-Address ]
         [ TWAN-PCO ]
         [ TWAG-UP-Address ]
         [ TWAN-S2a-Failure-Cause ]
         [ SM-Back-Off-Timer ]
       * [ AVP ]
    """, (
        ("connectivity_flags", "ConnectivityFlags | int | None", CONNECTIVITY_FLAGS, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("pdn_type", "PDNType | int | None", PDN_TYPE, 0, 1, False),
        ("served_party_ip_address", "tuple[AddressValue, ...]", SERVED_PARTY_IP_ADDRESS, 0, 2, False),
        ("twan_pco", "bytes | None", TWAN_PCO, 0, 1, False),
        ("twag_up_address", "AddressValue | None", TWAG_UP_ADDRESS, 0, 1, False),
        ("twan_s2a_failure_cause", "TWANS2aFailureCause | int | None", TWAN_S2A_FAILURE_CAUSE, 0, 1, False),
        ("sm_back_off_timer", "int | None", SM_BACK_OFF_TIMER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Non3GPPUserData": (NON_3GPP_USER_DATA, """Non-3GPP-User-Data ::= < AVP Header: 1500, 10415 >
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
    """, (
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("non_3gpp_ip_access", "Non3GPPIPAccess | int | None", NON_3GPP_IP_ACCESS, 0, 1, False),
        ("non_3gpp_ip_access_apn", "Non3GPPIPAccessAPN | int | None", NON_3GPP_IP_ACCESS_APN, 0, 1, False),
        ("rat_type", "tuple[RATType | int, ...]", RAT_TYPE, 0, None, False),
        ("session_timeout", "int | None", SESSION_TIMEOUT, 0, 1, False),
        ("mip6_feature_vector", "MIP6FeatureVector | int | None", MIP6_FEATURE_VECTOR, 0, 1, False),
        ("ambr", "Ambr | None", AMBR, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("context_identifier", "int | None", CONTEXT_IDENTIFIER, 0, 1, False),
        ("apn_oi_replacement", "str | None", APN_OI_REPLACEMENT, 0, 1, False),
        ("apn_configuration", "tuple[APNConfiguration, ...]", APN_CONFIGURATION, 0, None, False),
        ("trace_info", "TraceInfo | None", TRACE_INFO, 0, 1, False),
        ("twan_default_apn_context_id", "int | None", TWAN_DEFAULT_APN_CONTEXT_ID, 0, 1, False),
        ("twan_access_info", "tuple[TWANAccessInfo, ...]", TWAN_ACCESS_INFO, 0, None, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("emergency_info", "EmergencyInfo | None", EMERGENCY_INFO, 0, 1, False),
        ("erp_authorization", "ERPAuthorization | int | None", ERP_AUTHORIZATION, 0, 1, False),
        ("core_network_restrictions", "CoreNetworkRestrictions | int | None", CORE_NETWORK_RESTRICTIONS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TraceInfo": (TRACE_INFO, """Trace-Info ::= < AVP Header: 1505, 10415 >
         [ Trace-Data ]
         [ Trace-Reference ]
       * [ AVP ]
    """, (
        ("trace_data", "TraceData | None", TRACE_DATA, 0, 1, False),
        ("trace_reference", "bytes | None", TRACE_REFERENCE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TWANAccessInfo": (TWAN_ACCESS_INFO, """TWAN-Access-Info ::= < AVP Header: 1510, 10415 >
         [ Access-Authorization-Flags ]
         [ WLAN-Identifier ]
       * [ AVP ]
    """, (
        ("access_authorization_flags", "AccessAuthorizationFlags | int | None", ACCESS_AUTHORIZATION_FLAGS, 0, 1, False),
        ("wlan_identifier", "WLANIdentifier | None", WLAN_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DataIdentification": (DATA_IDENTIFICATION, """Data-Identification ::= < AVP Header: 4501, 10415 >
         [ Data-Identification-Prefix ]
         [ Data-Identification-Flags ]
       * [ AVP ]
    """, (
        ("data_identification_prefix", "int | None", DATA_IDENTIFICATION_PREFIX, 0, 1, False),
        ("data_identification_flags", "int | None", DATA_IDENTIFICATION_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MCServiceUserProfileData": (MC_SERVICE_USER_PROFILE_DATA, """MC-Service-User-Profile-Data ::= < AVP Header: 4511, 10415 >
         [ Sequence-Number-29.283 ]
         [ User-Data-Id ]
       * [ AVP ]
    """, (
        ("sequence_number_29_283", "int | None", SEQUENCE_NUMBER_29_283, 0, 1, False),
        ("user_data_id", "int | None", USER_DATA_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Data": (DATA, """Data ::= < AVP Header: 4513, 10415 >
         [ Data-Identification-Prefix ]
       * [ MC-Service-User-Profile-Data ]
       * [ AVP ]
    """, (
        ("data_identification_prefix", "int | None", DATA_IDENTIFICATION_PREFIX, 0, 1, False),
        ("mc_service_user_profile_data", "tuple[MCServiceUserProfileData, ...]", MC_SERVICE_USER_PROFILE_DATA, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserIdentity": (USER_IDENTITY, """User-Identity ::= < AVP Header: 700, 10415 >
         [ Public-Identity ]
         [ MSISDN ]
         [ External-Identifier ]
       * [ AVP ]
    """, (
        ("public_identity", "str | None", PUBLIC_IDENTITY, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RepositoryDataID": (REPOSITORY_DATA_ID, """Repository-Data-ID ::= < AVP Header: 715, 10415 >
         { Service-Indication }
         { Sequence-Number }
       * [ AVP ]
    """, (
        ("service_indication", "bytes", SERVICE_INDICATION, 1, 1, False),
        ("sequence_number", "int", SEQUENCE_NUMBER, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CallReferenceInfo": (CALL_REFERENCE_INFO, """Call-Reference-Info ::= < AVP Header: 720, 10415 >
         { Call-Reference-Number }
         { AS-Number }
       * [ AVP ]
    """, (
        ("call_reference_number", "bytes", CALL_REFERENCE_NUMBER, 1, 1, False),
        ("as_number", "bytes", AS_NUMBER, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserIdentifier": (USER_IDENTIFIER, """User-Identifier ::= < AVP Header: 3102, 10415 >
         [ User-Name ]
         [ MSISDN ]
         [ External-Identifier ]
         [ LMSI ]
         [ Type-Of-External-Identifier ]
       * [ AVP ]
    """, (
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("lmsi", "bytes | None", LMSI, 0, 1, False),
        ("type_of_external_identifier", "TypeOfExternalIdentifier | int | None", TYPE_OF_EXTERNAL_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceParameters": (SERVICE_PARAMETERS, """Service-Parameters ::= < AVP Header: 3105, 10415 >
         [ T4-Parameters ]
         [ Application-Port-Identifier ]
       * [ AVP ]
    """, (
        ("t4_parameters", "T4Parameters | None", T4_PARAMETERS, 0, 1, False),
        ("application_port_identifier", "int | None", APPLICATION_PORT_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "T4Parameters": (T4_PARAMETERS, """T4-Parameters ::= < AVP Header: 3106, 10415 >
         [ Priority-Indication ]
         [ SM-RP-SMEA ]
       * [ AVP ]
    """, (
        ("priority_indication", "PriorityIndication | int | None", PRIORITY_INDICATION, 0, 1, False),
        ("sm_rp_smea", "bytes | None", SM_RP_SMEA, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceData": (SERVICE_DATA, """Service-Data ::= < AVP Header: 3107, 10415 >
         [ T4-Data ]
       * [ AVP ]
    """, (
        ("t4_data", "T4Data | None", T4_DATA, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "T4Data": (T4_DATA, """T4-Data ::= < AVP Header: 3108, 10415 >
         [ HSS-Cause ]
         [ Serving-Node ]
       * [ Additional-Serving-Node ]
       * [ AVP ]
    """, (
        ("hss_cause", "HSSCause | int | None", HSS_CAUSE, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("additional_serving_node", "tuple[AdditionalServingNode, ...]", ADDITIONAL_SERVING_NODE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MonitoringEventConfiguration": (MONITORING_EVENT_CONFIGURATION, """Monitoring-Event-Configuration ::= < AVP Header: 3122, 10415 >
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
    """, (
        ("scef_reference_id", "int | None", SCEF_REFERENCE_ID, 0, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("monitoring_type", "MonitoringType | int", MONITORING_TYPE, 1, 1, False),
        ("scef_reference_id_for_deletion", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION, 0, None, False),
        ("scef_reference_id_for_deletion_ext", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, None, False),
        ("maximum_number_of_reports", "int | None", MAXIMUM_NUMBER_OF_REPORTS, 0, 1, False),
        ("monitoring_duration", "datetime | None", MONITORING_DURATION, 0, 1, False),
        ("charged_party", "str | None", CHARGED_PARTY, 0, 1, False),
        ("maximum_detection_time", "int | None", MAXIMUM_DETECTION_TIME, 0, 1, False),
        ("ue_reachability_configuration", "UEReachabilityConfiguration | None", UE_REACHABILITY_CONFIGURATION, 0, 1, False),
        ("location_information_configuration", "LocationInformationConfiguration | None", LOCATION_INFORMATION_CONFIGURATION, 0, 1, False),
        ("association_type", "AssociationType | int | None", ASSOCIATION_TYPE, 0, 1, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("plmn_id_requested", "PLMNIDRequested | int | None", PLMN_ID_REQUESTED, 0, 1, False),
        ("mtc_provider_info", "MTCProviderInfo | None", MTC_PROVIDER_INFO, 0, 1, False),
        ("pdn_connectivity_status_configuration", "PDNConnectivityStatusConfiguration | None", PDN_CONNECTIVITY_STATUS_CONFIGURATION, 0, 1, False),
        ("exclude_identifiers", "ExcludeIdentifiers | None", EXCLUDE_IDENTIFIERS, 0, 1, False),
        ("include_identifiers", "IncludeIdentifiers | None", INCLUDE_IDENTIFIERS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MonitoringEventReport": (MONITORING_EVENT_REPORT, """Monitoring-Event-Report ::= < AVP Header: 3123, 10415 >
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
    """, (
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("scef_reference_id_for_deletion", "int | None", SCEF_REFERENCE_ID_FOR_DELETION, 0, 1, False),
        ("scef_reference_id_for_deletion_ext", "int | None", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("roaming_information", "RoamingInformation | int | None", ROAMING_INFORMATION, 0, 1, False),
        ("imei_change", "IMEIChange | int | None", IMEI_CHANGE, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("reachability_information", "ReachabilityInformation | int | None", REACHABILITY_INFORMATION, 0, 1, False),
        ("reachability_cause", "ReachabilityCause | int | None", REACHABILITY_CAUSE, 0, 1, False),
        ("maximum_ue_availability_time", "datetime | None", MAXIMUM_UE_AVAILABILITY_TIME, 0, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("monitoring_type", "MonitoringType | int | None", MONITORING_TYPE, 0, 1, False),
        ("event_handling", "EventHandling | int | None", EVENT_HANDLING, 0, 1, False),
        ("service_report", "tuple[ServiceReport, ...]", SERVICE_REPORT, 0, None, False),
        ("loss_of_connectivity_reason", "LossOfConnectivityReason | int | None", LOSS_OF_CONNECTIVITY_REASON, 0, 1, False),
        ("idle_status_indication", "IdleStatusIndication | None", IDLE_STATUS_INDICATION, 0, 1, False),
        ("pdn_connectivity_status_report", "tuple[PDNConnectivityStatusReport, ...]", PDN_CONNECTIVITY_STATUS_REPORT, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UEReachabilityConfiguration": (UE_REACHABILITY_CONFIGURATION, """UE-Reachability-Configuration ::= < AVP Header: 3129, 10415 >
         [ Reachability-Type ]
         [ Maximum-Latency ]
         [ Maximum-Response-Time ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """, (
        ("reachability_type", "ReachabilityType | int | None", REACHABILITY_TYPE, 0, 1, False),
        ("maximum_latency", "int | None", MAXIMUM_LATENCY, 0, 1, False),
        ("maximum_response_time", "int | None", MAXIMUM_RESPONSE_TIME, 0, 1, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LocationInformationConfiguration": (LOCATION_INFORMATION_CONFIGURATION, """Location-Information-Configuration ::= < AVP Header: 3135, 10415 >
         [ MONTE-Location-Type ]
         [ Accuracy ]
         [ Periodic-Time ]
       * [ AVP ]
    """, (
        ("monte_location_type", "MONTELocationType | int | None", MONTE_LOCATION_TYPE, 0, 1, False),
        ("accuracy", "Accuracy | int | None", ACCURACY, 0, 1, False),
        ("periodic_time", "int | None", PERIODIC_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MonitoringEventConfigStatus": (MONITORING_EVENT_CONFIG_STATUS, """Monitoring-Event-Config-Status ::= < AVP Header: 3142, 10415 >
       * [ Service-Report ]
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
       * [ AVP ]
    """, (
        ("service_report", "tuple[ServiceReport, ...]", SERVICE_REPORT, 0, None, False),
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AESECommunicationPattern": (AESE_COMMUNICATION_PATTERN, """AESE-Communication-Pattern ::= < AVP Header: 3113, 10415 >
         [ SCEF-Reference-ID ]
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
       * [ Communication-Pattern-Set ]
         [ MTC-Provider-Info ]
       * [ AVP ]
    """, (
        ("scef_reference_id", "int | None", SCEF_REFERENCE_ID, 0, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("scef_reference_id_for_deletion", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION, 0, None, False),
        ("scef_reference_id_for_deletion_ext", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, None, False),
        ("communication_pattern_set", "tuple[CommunicationPatternSet, ...]", COMMUNICATION_PATTERN_SET, 0, None, False),
        ("mtc_provider_info", "MTCProviderInfo | None", MTC_PROVIDER_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CommunicationPatternSet": (COMMUNICATION_PATTERN_SET, """Communication-Pattern-Set ::= < AVP Header: 3114, 10415 >
         [ Periodic-Communication-Indicator ]
         [ Communication-Duration-Time ]
         [ Periodic-Time ]
       * [ Scheduled-Communication-Time ]
         [ Stationary-Indication ]
         [ Reference-ID-Validity-Time ]
         [ Traffic-Profile ]
         [ Battery-Indicator ]
       * [ AVP ]
    """, (
        ("periodic_communication_indicator", "PeriodicCommunicationIndicator | int | None", PERIODIC_COMMUNICATION_INDICATOR, 0, 1, False),
        ("communication_duration_time", "int | None", COMMUNICATION_DURATION_TIME, 0, 1, False),
        ("periodic_time", "int | None", PERIODIC_TIME, 0, 1, False),
        ("scheduled_communication_time", "tuple[ScheduledCommunicationTime, ...]", SCHEDULED_COMMUNICATION_TIME, 0, None, False),
        ("stationary_indication", "StationaryIndication | int | None", STATIONARY_INDICATION, 0, 1, False),
        ("reference_id_validity_time", "datetime | None", REFERENCE_ID_VALIDITY_TIME, 0, 1, False),
        ("traffic_profile", "TrafficProfile | int | None", TRAFFIC_PROFILE, 0, 1, False),
        ("battery_indicator", "BatteryIndicator | int | None", BATTERY_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ScheduledCommunicationTime": (SCHEDULED_COMMUNICATION_TIME, """Scheduled-Communication-Time ::= < AVP Header: 3118, 10415 >
         [ Day-Of-Week-Mask ]
         [ Time-Of-Day-Start ]
         [ Time-Of-Day-End ]
       * [ AVP ]
    """, (
        ("day_of_week_mask", "DayOfWeekMask | int | None", DAY_OF_WEEK_MASK, 0, 1, False),
        ("time_of_day_start", "int | None", TIME_OF_DAY_START, 0, 1, False),
        ("time_of_day_end", "int | None", TIME_OF_DAY_END, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AESECommunicationPatternConfigStatus": (AESE_COMMUNICATION_PATTERN_CONFIG_STATUS, """AESE-Communication-Pattern-Config-Status ::= < AVP Header: 3120, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
         [ AESE-Error-Report ]
       * [ AVP ]
    """, (
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("aese_error_report", "AESEErrorReport | None", AESE_ERROR_REPORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AESEErrorReport": (AESE_ERROR_REPORT, """AESE-Error-Report ::= < AVP Header: 3121, 10415 >
         [ Service-Result ]
       * [ AVP ]
    """, (
        ("service_result", "ServiceResult | None", SERVICE_RESULT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceResult": (SERVICE_RESULT, """Service-Result ::= < AVP Header: 3146, 10415 >
         [ Vendor-Id ]
         [ Service-Result-Code ]
       * [ AVP ]
    """, (
        ("vendor_id", "int | None", VENDOR_ID, 0, 1, False),
        ("service_result_code", "int | None", SERVICE_RESULT_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SupportedServices": (SUPPORTED_SERVICES, """Supported-Services ::= < AVP Header: 3143, 10415 >
         [ Supported-Monitoring-Events ]
         [ Node-Type ]
       * [ AVP ]
    """, (
        ("supported_monitoring_events", "SupportedMonitoringEvents | int | None", SUPPORTED_MONITORING_EVENTS, 0, 1, False),
        ("node_type", "NodeType | int | None", NODE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NIDDAuthorizationRequest": (NIDD_AUTHORIZATION_REQUEST, """NIDD-Authorization-Request ::= < AVP Header: 3150, 10415 >
         [ Service-Selection ]
         [ Requested-Validity-Time ]
       * [ AVP ]
    """, (
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("requested_validity_time", "datetime | None", REQUESTED_VALIDITY_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NIDDAuthorizationResponse": (NIDD_AUTHORIZATION_RESPONSE, """NIDD-Authorization-Response ::= < AVP Header: 3151, 10415 >
         [ MSISDN ]
         [ User-Name ]
         [ External-Identifier ]
         [ Granted-Validity-Time ]
       * [ AVP ]
    """, (
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("granted_validity_time", "datetime | None", GRANTED_VALIDITY_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceReport": (SERVICE_REPORT, """Service-Report ::= < AVP Header: 3152, 10415 >
         [ Service-Result ]
         [ Node-Type ]
       * [ AVP ]
    """, (
        ("service_result", "ServiceResult | None", SERVICE_RESULT, 0, 1, False),
        ("node_type", "NodeType | int | None", NODE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EnhancedCoverageRestriction": (ENHANCED_COVERAGE_RESTRICTION, """Enhanced-Coverage-Restriction ::= < AVP Header: 3155, 10415 >
         [ Restricted-PLMN-List ]
         [ Allowed-PLMN-List ]
       * [ AVP ]
    """, (
        ("restricted_plmn_list", "RestrictedPLMNList | None", RESTRICTED_PLMN_LIST, 0, 1, False),
        ("allowed_plmn_list", "AllowedPLMNList | None", ALLOWED_PLMN_LIST, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "EnhancedCoverageRestrictionData": (ENHANCED_COVERAGE_RESTRICTION_DATA, """Enhanced-Coverage-Restriction-Data ::= < AVP Header: 3156, 10415 >
         { Enhanced-Coverage-Restriction }
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """, (
        ("enhanced_coverage_restriction", "EnhancedCoverageRestriction", ENHANCED_COVERAGE_RESTRICTION, 1, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RestrictedPLMNList": (RESTRICTED_PLMN_LIST, """Restricted-PLMN-List ::= < AVP Header: 3157, 10415 >
       * [ Visited-PLMN-Id ]
       * [ AVP ]
    """, (
        ("visited_plmn_id", "tuple[bytes, ...]", VISITED_PLMN_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AllowedPLMNList": (ALLOWED_PLMN_LIST, """Allowed-PLMN-List ::= < AVP Header: 3158, 10415 >
       * [ Visited-PLMN-Id ]
       * [ AVP ]
    """, (
        ("visited_plmn_id", "tuple[bytes, ...]", VISITED_PLMN_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NIDDAuthorizationUpdate": (NIDD_AUTHORIZATION_UPDATE, """NIDD-Authorization-Update ::= < AVP Header: 3161, 10415 >
       * [ APN-Validity-Time ]
       * [ AVP ]
    """, (
        ("apn_validity_time", "tuple[APNValidityTime, ...]", APN_VALIDITY_TIME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GroupReport": (GROUP_REPORT, """Group-Report ::= < AVP Header: 3165, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         [ SCEF-ID ]
       * [ Group-Report-Item ]
       * [ AVP ]
    """, (
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("group_report_item", "tuple[GroupReportItem, ...]", GROUP_REPORT_ITEM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GroupReportItem": (GROUP_REPORT_ITEM, """Group-Report-Item ::= < AVP Header: 3166, 10415 >
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
    """, (
        ("user_identifier", "UserIdentifier", USER_IDENTIFIER, 1, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("roaming_information", "RoamingInformation | int | None", ROAMING_INFORMATION, 0, 1, False),
        ("imei_change", "IMEIChange | int | None", IMEI_CHANGE, 0, 1, False),
        ("reachability_information", "ReachabilityInformation | int | None", REACHABILITY_INFORMATION, 0, 1, False),
        ("maximum_ue_availability_time", "datetime | None", MAXIMUM_UE_AVAILABILITY_TIME, 0, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("monitoring_type", "MonitoringType | int | None", MONITORING_TYPE, 0, 1, False),
        ("service_report", "tuple[ServiceReport, ...]", SERVICE_REPORT, 0, None, False),
        ("s6t_hss_cause", "S6tHSSCause | int | None", S6T_HSS_CAUSE, 0, 1, False),
        ("idle_status_indication", "IdleStatusIndication | None", IDLE_STATUS_INDICATION, 0, 1, False),
        ("reporting_time_stamp", "datetime | None", REPORTING_TIME_STAMP, 0, 1, False),
        ("updated_network_configuration", "UpdatedNetworkConfiguration | None", UPDATED_NETWORK_CONFIGURATION, 0, 1, False),
        ("scef_reference_id_for_deletion", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION, 0, None, False),
        ("scef_reference_id_for_deletion_ext", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, None, False),
        ("event_handling", "EventHandling | int | None", EVENT_HANDLING, 0, 1, False),
        ("loss_of_connectivity_reason", "LossOfConnectivityReason | int | None", LOSS_OF_CONNECTIVITY_REASON, 0, 1, False),
        ("pdn_connectivity_status_report", "tuple[PDNConnectivityStatusReport, ...]", PDN_CONNECTIVITY_STATUS_REPORT, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "APNValidityTime": (APN_VALIDITY_TIME, """APN-Validity-Time ::= < AVP Header: 3169, 10415 >
         { Granted-Validity-Time }
         [ Service-Selection ]
       * [ AVP ]
    """, (
        ("granted_validity_time", "datetime", GRANTED_VALIDITY_TIME, 1, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SuggestedNetworkConfiguration": (SUGGESTED_NETWORK_CONFIGURATION, """Suggested-Network-Configuration ::= < AVP Header: 3170, 10415 >
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
    """, (
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("subscribed_periodic_rau_tau_timer", "int | None", SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, 0, 1, False),
        ("active_time", "int | None", ACTIVE_TIME, 0, 1, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("mtc_provider_info", "MTCProviderInfo | None", MTC_PROVIDER_INFO, 0, 1, False),
        ("scef_reference_id_for_deletion", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION, 0, None, False),
        ("scef_reference_id_for_deletion_ext", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MonitoringEventReportStatus": (MONITORING_EVENT_REPORT_STATUS, """Monitoring-Event-Report-Status ::= < AVP Header: 3171, 10415 >
         { SCEF-Reference-ID }
         [ SCEF-Reference-ID-Ext ]
         { SCEF-ID }
         [ Result-Code ]
         [ Experimental-Result-Code ]
       * [ AVP ]
    """, (
        ("scef_reference_id", "int", SCEF_REFERENCE_ID, 1, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result_code", "int | None", EXPERIMENTAL_RESULT_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdditionalIdentifiers": (ADDITIONAL_IDENTIFIERS, """Additional-Identifiers ::= < AVP Header: 3173, 10415 >
       * [ External-Identifier ]
       * [ AVP ]
    """, (
        ("external_identifier", "tuple[str, ...]", EXTERNAL_IDENTIFIER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "GroupUserIdentifier": (GROUP_USER_IDENTIFIER, """Group-User-Identifier ::= < AVP Header: 3177, 10415 >
         [ User-Name ]
         [ MSISDN ]
         [ External-Identifier ]
       * [ AVP ]
    """, (
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MTCProviderInfo": (MTC_PROVIDER_INFO, """MTC-Provider-Info ::= < AVP Header: 3178, 10415 >
         [ MTC-Provider-ID ]
       * [ AVP ]
    """, (
        ("mtc_provider_id", "str | None", MTC_PROVIDER_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PDNConnectivityStatusConfiguration": (PDN_CONNECTIVITY_STATUS_CONFIGURATION, """PDN-Connectivity-Status-Configuration ::= < AVP Header: 3180, 10415 >
         [ Service-Selection ]
       * [ AVP ]
    """, (
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PDNConnectivityStatusReport": (PDN_CONNECTIVITY_STATUS_REPORT, """PDN-Connectivity-Status-Report ::= < AVP Header: 3181, 10415 >
         { Service-Selection }
         { PDN-Connectivity-Status-Type }
         [ PDN-Type ]
         [ Non-IP-PDN-Type-Indicator ]
         [ Non-IP-Data-Delivery-Mechanism ]
     0*2 [ Served-Party-IP-Address ]
       * [ AVP ]
    """, (
        ("service_selection", "str", SERVICE_SELECTION, 1, 1, False),
        ("pdn_connectivity_status_type", "PDNConnectivityStatusType | int", PDN_CONNECTIVITY_STATUS_TYPE, 1, 1, False),
        ("pdn_type", "PDNType | int | None", PDN_TYPE, 0, 1, False),
        ("non_ip_pdn_type_indicator", "NonIPPDNTypeIndicator | int | None", NON_IP_PDN_TYPE_INDICATOR, 0, 1, False),
        ("non_ip_data_delivery_mechanism", "NonIPDataDeliveryMechanism | int | None", NON_IP_DATA_DELIVERY_MECHANISM, 0, 1, False),
        ("served_party_ip_address", "tuple[AddressValue, ...]", SERVED_PARTY_IP_ADDRESS, 0, 2, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UpdatedNetworkConfiguration": (UPDATED_NETWORK_CONFIGURATION, """Updated-Network-Configuration ::= < AVP Header: 3184, 10415 >
         { SCEF-ID }
         [ SCEF-Reference-ID ]
         [ SCEF-Reference-ID-Ext ]
       * [ SCEF-Reference-ID-for-Deletion ]
       * [ SCEF-Reference-ID-for-Deletion-Ext ]
         [ Subscribed-Periodic-RAU-TAU-Timer ]
         [ Active-Time ]
         [ DL-Buffering-Suggested-Packet-Count ]
       * [ AVP ]
    """, (
        ("scef_id", "str", SCEF_ID, 1, 1, False),
        ("scef_reference_id", "int | None", SCEF_REFERENCE_ID, 0, 1, False),
        ("scef_reference_id_ext", "int | None", SCEF_REFERENCE_ID_EXT, 0, 1, False),
        ("scef_reference_id_for_deletion", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION, 0, None, False),
        ("scef_reference_id_for_deletion_ext", "tuple[int, ...]", SCEF_REFERENCE_ID_FOR_DELETION_EXT, 0, None, False),
        ("subscribed_periodic_rau_tau_timer", "int | None", SUBSCRIBED_PERIODIC_RAU_TAU_TIMER, 0, 1, False),
        ("active_time", "int | None", ACTIVE_TIME, 0, 1, False),
        ("dl_buffering_suggested_packet_count", "int | None", DL_BUFFERING_SUGGESTED_PACKET_COUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ExcludeIdentifiers": (EXCLUDE_IDENTIFIERS, """Exclude-Identifiers ::= < AVP Header: 3188, 10415 >
       * [ External-Identifier ]
       * [ MSISDN ]
       * [ AVP ]
    """, (
        ("external_identifier", "tuple[str, ...]", EXTERNAL_IDENTIFIER, 0, None, False),
        ("msisdn", "tuple[bytes, ...]", MSISDN, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IncludeIdentifiers": (INCLUDE_IDENTIFIERS, """Include-Identifiers ::= < AVP Header: 3189, 10415 >
       * [ External-Identifier ]
       * [ MSISDN ]
       * [ AVP ]
    """, (
        ("external_identifier", "tuple[str, ...]", EXTERNAL_IDENTIFIER, 0, None, False),
        ("msisdn", "tuple[bytes, ...]", MSISDN, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SMDeliveryOutcome": (SM_DELIVERY_OUTCOME, """SM-Delivery-Outcome ::= < AVP Header: 3316, 10415 >
         [ MME-SM-Delivery-Outcome ]
         [ MSC-SM-Delivery-Outcome ]
         [ SGSN-SM-Delivery-Outcome ]
         [ IP-SM-GW-SM-Delivery-Outcome ]
         [ SMSF-3GPP-SM-Delivery-Outcome ]
         [ SMSF-Non-3GPP-SM-Delivery-Outcome ]
       * [ AVP ]
    """, (
        ("mme_sm_delivery_outcome", "MMESMDeliveryOutcome | None", MME_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("msc_sm_delivery_outcome", "MSCSMDeliveryOutcome | None", MSC_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("sgsn_sm_delivery_outcome", "SGSNSMDeliveryOutcome | None", SGSN_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("ip_sm_gw_sm_delivery_outcome", "IPSMGWSMDeliveryOutcome | None", IP_SM_GW_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("smsf_3gpp_sm_delivery_outcome", "SMSF3GPPSMDeliveryOutcome | None", SMSF_3GPP_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("smsf_non_3gpp_sm_delivery_outcome", "SMSFNon3GPPSMDeliveryOutcome | None", SMSF_NON_3GPP_SM_DELIVERY_OUTCOME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MMESMDeliveryOutcome": (MME_SM_DELIVERY_OUTCOME, """MME-SM-Delivery-Outcome ::= < AVP Header: 3317, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "MSCSMDeliveryOutcome": (MSC_SM_DELIVERY_OUTCOME, """MSC-SM-Delivery-Outcome ::= < AVP Header: 3318, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "SGSNSMDeliveryOutcome": (SGSN_SM_DELIVERY_OUTCOME, """SGSN-SM-Delivery-Outcome ::= < AVP Header: 3319, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "IPSMGWSMDeliveryOutcome": (IP_SM_GW_SM_DELIVERY_OUTCOME, """IP-SM-GW-SM-Delivery-Outcome ::= < AVP Header: 3320, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "SMSF3GPPSMDeliveryOutcome": (SMSF_3GPP_SM_DELIVERY_OUTCOME, """SMSF-3GPP-SM-Delivery-Outcome ::= < AVP Header: 3336, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "SMSFNon3GPPSMDeliveryOutcome": (SMSF_NON_3GPP_SM_DELIVERY_OUTCOME, """SMSF-Non-3GPP-SM-Delivery-Outcome ::= < AVP Header: 3337, 10415 >
         [ SM-Delivery-Cause ]
         [ Absent-User-Diagnostic-SM ]
    """, (
        ("sm_delivery_cause", "SMDeliveryCause | int | None", SM_DELIVERY_CAUSE, 0, 1, False),
        ("absent_user_diagnostic_sm", "int | None", ABSENT_USER_DIAGNOSTIC_SM, 0, 1, False),
    )),
    "SMSF3GPPAddress": (SMSF_3GPP_ADDRESS, """SMSF-3GPP-Address ::= < AVP Header: 3344, 10415 >
         [ SMSF-3GPP-Number ]
         [ SMSF-3GPP-Name ]
         [ SMSF-3GPP-Realm ]
         [ SMSF-3GPP-SBI-Support-Indicator ]
       * [ AVP ]
    """, (
        ("smsf_3gpp_number", "bytes | None", SMSF_3GPP_NUMBER, 0, 1, False),
        ("smsf_3gpp_name", "str | None", SMSF_3GPP_NAME, 0, 1, False),
        ("smsf_3gpp_realm", "str | None", SMSF_3GPP_REALM, 0, 1, False),
        ("smsf_3gpp_sbi_support_indicator", "SMSF3GPPSBISupportIndicator | int | None", SMSF_3GPP_SBI_SUPPORT_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SMSFNon3GPPAddress": (SMSF_NON_3GPP_ADDRESS, """SMSF-Non-3GPP-Address ::= < AVP Header: 3345, 10415 >
         [ SMSF-Non-3GPP-Number ]
         [ SMSF-Non-3GPP-Name ]
         [ SMSF-Non-3GPP-Realm ]
         [ SMSF-Non-3GPP-SBI-Support-Indicator ]
       * [ AVP ]
    """, (
        ("smsf_non_3gpp_number", "bytes | None", SMSF_NON_3GPP_NUMBER, 0, 1, False),
        ("smsf_non_3gpp_name", "str | None", SMSF_NON_3GPP_NAME, 0, 1, False),
        ("smsf_non_3gpp_realm", "str | None", SMSF_NON_3GPP_REALM, 0, 1, False),
        ("smsf_non_3gpp_sbi_support_indicator", "SMSFNon3GPPSBISupportIndicator | int | None", SMSF_NON_3GPP_SBI_SUPPORT_INDICATOR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SMDeliveryFailureCause": (SM_DELIVERY_FAILURE_CAUSE, """SM-Delivery-Failure-Cause ::= < AVP Header: 3303, 10415 >
         { SM-Enumerated-Delivery-Failure-Cause }
         [ SM-Diagnostic-Info ]
       * [ AVP ]
    """, (
        ("sm_enumerated_delivery_failure_cause", "SMEnumeratedDeliveryFailureCause | int", SM_ENUMERATED_DELIVERY_FAILURE_CAUSE, 1, 1, False),
        ("sm_diagnostic_info", "bytes | None", SM_DIAGNOSTIC_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SMSMICorrelationID": (SMSMI_CORRELATION_ID, """SMSMI-Correlation-ID ::= < AVP Header: 3324, 10415 >
         [ HSS-ID ]
         [ Originating-SIP-URI ]
         [ Destination-SIP-URI ]
       * [ AVP ]
    """, (
        ("hss_id", "str | None", HSS_ID, 0, 1, False),
        ("originating_sip_uri", "str | None", ORIGINATING_SIP_URI, 0, 1, False),
        ("destination_sip_uri", "str | None", DESTINATION_SIP_URI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MonitorTarget": (MONITOR_TARGET, """Monitor-Target ::= < AVP Header: 3607, 10415 >
         { Target-RPAUID }
         { PDUID }
         [ Metadata-Indicator ]
       * [ ProSe-Code-Suffix-Mask ]
       * [ AVP ]
    """, (
        ("target_rpauid", "str", TARGET_RPAUID, 1, 1, False),
        ("pduid", "bytes", PDUID, 1, 1, False),
        ("metadata_indicator", "MetadataIndicator | int | None", METADATA_INDICATOR, 0, 1, False),
        ("prose_code_suffix_mask", "tuple[ProSeCodeSuffixMask, ...]", PROSE_CODE_SUFFIX_MASK, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeCodeSuffixMask": (PROSE_CODE_SUFFIX_MASK, """ProSe-Code-Suffix-Mask ::= < AVP Header: 3608, 10415 >
         { Suffix-Code }
      1* { Suffix-Mask }
       * [ AVP ]
    """, (
        ("suffix_code", "bytes", SUFFIX_CODE, 1, 1, False),
        ("suffix_mask", "tuple[bytes, ...]", SUFFIX_MASK, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BannedUserTarget": (BANNED_USER_TARGET, """Banned-User-Target ::= < AVP Header: 3611, 10415 >
         { Target-RPAUID }
         { Target-PDUID }
       * [ AVP ]
    """, (
        ("target_rpauid", "str", TARGET_RPAUID, 1, 1, False),
        ("target_pduid", "bytes", TARGET_PDUID, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeSubscriptionData": (PROSE_SUBSCRIPTION_DATA, """ProSe-Subscription-Data ::= < AVP Header: 3701, 10415 >
         { ProSe-Permission }
       * [ ProSe-Allowed-PLMN ]
         [ 3GPP-Charging-Characteristics ]
       * [ AVP ]
    """, (
        ("prose_permission", "ProSePermission | int", PROSE_PERMISSION, 1, 1, False),
        ("prose_allowed_plmn", "tuple[ProSeAllowedPLMN, ...]", PROSE_ALLOWED_PLMN, 0, None, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeAllowedPLMN": (PROSE_ALLOWED_PLMN, """ProSe-Allowed-PLMN ::= < AVP Header: 3703, 10415 >
         [ Visited-PLMN-Id ]
         [ Authorized-Discovery-Range ]
         [ ProSe-Direct-Allowed ]
       * [ AVP ]
    """, (
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("authorized_discovery_range", "int | None", AUTHORIZED_DISCOVERY_RANGE, 0, 1, False),
        ("prose_direct_allowed", "ProSeDirectAllowed | int | None", PROSE_DIRECT_ALLOWED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeInitialLocationInformation": (PROSE_INITIAL_LOCATION_INFORMATION, """ProSe-Initial-Location-Information ::= < AVP Header: 3707, 10415 >
         [ MME-Name ]
         [ E-UTRAN-Cell-Global-Identity ]
         [ Tracking-Area-Identity ]
         [ Age-Of-Location-Information ]
       * [ AVP ]
    """, (
        ("mme_name", "str | None", MME_NAME, 0, 1, False),
        ("e_utran_cell_global_identity", "bytes | None", E_UTRAN_CELL_GLOBAL_IDENTITY, 0, 1, False),
        ("tracking_area_identity", "bytes | None", TRACKING_AREA_IDENTITY, 0, 1, False),
        ("age_of_location_information", "int | None", AGE_OF_LOCATION_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AssistanceInfo": (ASSISTANCE_INFO, """Assistance-Info ::= < AVP Header: 3802, 10415 >
         [ WLAN-Assistance-Info ]
       * [ AVP ]
    """, (
        ("wlan_assistance_info", "WLANAssistanceInfo | None", WLAN_ASSISTANCE_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MatchReport": (MATCH_REPORT, """Match-Report ::= < AVP Header: 3807, 10415 >
         { Discovery-Type }
         [ ProSe-App-Code ]
         [ ProSe-Metadata-Index-Mask ]
         [ ProSe-App-Id ]
         [ ProSe-Validity-Timer ]
         [ ProSe-Match-Refresh-Timer ]
         [ ProSe-Application-Metadata ]
         [ PC5-tech ]
       * [ AVP ]
    """, (
        ("discovery_type", "DiscoveryType | int", DISCOVERY_TYPE, 1, 1, False),
        ("prose_app_code", "bytes | None", PROSE_APP_CODE, 0, 1, False),
        ("prose_metadata_index_mask", "bytes | None", PROSE_METADATA_INDEX_MASK, 0, 1, False),
        ("prose_app_id", "str | None", PROSE_APP_ID, 0, 1, False),
        ("prose_validity_timer", "int | None", PROSE_VALIDITY_TIMER, 0, 1, False),
        ("prose_match_refresh_timer", "int | None", PROSE_MATCH_REFRESH_TIMER, 0, 1, False),
        ("prose_application_metadata", "str | None", PROSE_APPLICATION_METADATA, 0, 1, False),
        ("pc5_tech", "bytes | None", PC5_TECH, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeDiscoveryFilter": (PROSE_DISCOVERY_FILTER, """ProSe-Discovery-Filter ::= < AVP Header: 3813, 10415 >
         { Filter-Id }
         { ProSe-App-Id }
         { ProSe-Validity-Timer }
         { ProSe-App-Code }
       * [ ProSe-App-Mask ]
       * [ AVP ]
    """, (
        ("filter_id", "bytes", FILTER_ID, 1, 1, False),
        ("prose_app_id", "str", PROSE_APP_ID, 1, 1, False),
        ("prose_validity_timer", "int", PROSE_VALIDITY_TIMER, 1, 1, False),
        ("prose_app_code", "bytes", PROSE_APP_CODE, 1, 1, False),
        ("prose_app_mask", "tuple[bytes, ...]", PROSE_APP_MASK, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WiFiP2PAssistanceInfo": (WIFI_P2P_ASSISTANCE_INFO, """WiFi-P2P-Assistance-Info ::= < AVP Header: 3819, 10415 >
         [ SSID ]
         [ EAP-Master-Session-Key ]
         [ P2P-Features ]
     0*2 [ WLAN-Link-Layer-Id-List ]
         [ Operating-Channel ]
         [ Assistance-Info-Validity-Timer ]
       * [ AVP ]
    """, (
        ("ssid", "str | None", SSID, 0, 1, False),
        ("eap_master_session_key", "bytes | None", EAP_MASTER_SESSION_KEY, 0, 1, False),
        ("p2p_features", "P2PFeatures | int | None", P2P_FEATURES, 0, 1, False),
        ("wlan_link_layer_id_list", "tuple[WLANLinkLayerIdList, ...]", WLAN_LINK_LAYER_ID_LIST, 0, 2, False),
        ("operating_channel", "int | None", OPERATING_CHANNEL, 0, 1, False),
        ("assistance_info_validity_timer", "int | None", ASSISTANCE_INFO_VALIDITY_TIMER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANAssistanceInfo": (WLAN_ASSISTANCE_INFO, """WLAN-Assistance-Info ::= < AVP Header: 3820, 10415 >
         [ WiFi-P2P-Assistance-Info ]
       * [ AVP ]
    """, (
        ("wifi_p2p_assistance_info", "WiFiP2PAssistanceInfo | None", WIFI_P2P_ASSISTANCE_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANLinkLayerId": (WLAN_LINK_LAYER_ID, """WLAN-Link-Layer-Id ::= < AVP Header: 3821, 10415 >
         [ MAC-Address ]
       * [ AVP ]
    """, (
        ("mac_address", "str | None", MAC_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "WLANLinkLayerIdList": (WLAN_LINK_LAYER_ID_LIST, """WLAN-Link-Layer-Id-List ::= < AVP Header: 3822, 10415 >
       * [ WLAN-Link-Layer-Id ]
       * [ AVP ]
    """, (
        ("wlan_link_layer_id", "tuple[WLANLinkLayerId, ...]", WLAN_LINK_LAYER_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LocationUpdateTrigger": (LOCATION_UPDATE_TRIGGER, """Location-Update-Trigger ::= < AVP Header: 3823, 10415 >
         { Location-Update-Event-Type }
         [ Change-Of-Area-Type ]
         [ Periodic-Location-Type ]
       * [ AVP ]
    """, (
        ("location_update_event_type", "LocationUpdateEventType | int", LOCATION_UPDATE_EVENT_TYPE, 1, 1, False),
        ("change_of_area_type", "ChangeOfAreaType | None", CHANGE_OF_AREA_TYPE, 0, 1, False),
        ("periodic_location_type", "PeriodicLocationType | None", PERIODIC_LOCATION_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChangeOfAreaType": (CHANGE_OF_AREA_TYPE, """Change-Of-Area-Type ::= < AVP Header: 3825, 10415 >
         { Location-Update-Event-Trigger }
         { Report-Cardinality }
         [ Minimum-Interval-Time ]
       * [ AVP ]
    """, (
        ("location_update_event_trigger", "LocationUpdateEventTrigger | int", LOCATION_UPDATE_EVENT_TRIGGER, 1, 1, False),
        ("report_cardinality", "ReportCardinality | int", REPORT_CARDINALITY, 1, 1, False),
        ("minimum_interval_time", "int | None", MINIMUM_INTERVAL_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PeriodicLocationType": (PERIODIC_LOCATION_TYPE, """Periodic-Location-Type ::= < AVP Header: 3829, 10415 >
         { Location-Report-Interval-Time }
         { Total-Number-Of-Reports }
       * [ AVP ]
    """, (
        ("location_report_interval_time", "int", LOCATION_REPORT_INTERVAL_TIME, 1, 1, False),
        ("total_number_of_reports", "int", TOTAL_NUMBER_OF_REPORTS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeAppCodeInfo": (PROSE_APP_CODE_INFO, """ProSe-App-Code-Info ::= < AVP Header: 3835, 10415 >
         { ProSe-App-Code }
         { MIC }
         { UTC-based-Counter }
       * [ AVP ]
    """, (
        ("prose_app_code", "bytes", PROSE_APP_CODE, 1, 1, False),
        ("mic", "bytes", MIC, 1, 1, False),
        ("utc_based_counter", "int", UTC_BASED_COUNTER, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AppIdentifier": (APP_IDENTIFIER, """App-Identifier ::= < AVP Header: 3840, 10415 >
         { OS-ID }
         { OS-App-ID }
       * [ AVP ]
    """, (
        ("os_id", "bytes", OS_ID, 1, 1, False),
        ("os_app_id", "str", OS_APP_ID, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeRestrictedCodeSuffixRange": (PROSE_RESTRICTED_CODE_SUFFIX_RANGE, """ProSe-Restricted-Code-Suffix-Range ::= < AVP Header: 3847, 10415 >
         { Beginning-Suffix }
         [ Ending-Suffix ]
       * [ AVP ]
    """, (
        ("beginning_suffix", "bytes", BEGINNING_SUFFIX, 1, 1, False),
        ("ending_suffix", "bytes | None", ENDING_SUFFIX, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiscoveryAuthRequest": (DISCOVERY_AUTH_REQUEST, """Discovery-Auth-Request ::= < AVP Header: 3854, 10415 >
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
    """, (
        ("discovery_type", "DiscoveryType | int", DISCOVERY_TYPE, 1, 1, False),
        ("user_identity", "UserIdentity | None", USER_IDENTITY, 0, 1, False),
        ("prose_app_id", "str | None", PROSE_APP_ID, 0, 1, False),
        ("prose_app_code", "bytes | None", PROSE_APP_CODE, 0, 1, False),
        ("prose_app_code_suffix_range", "ProSeAppCodeSuffixRange | None", PROSE_APP_CODE_SUFFIX_RANGE, 0, 1, False),
        ("prose_validity_timer", "int | None", PROSE_VALIDITY_TIMER, 0, 1, False),
        ("app_identifier", "AppIdentifier | None", APP_IDENTIFIER, 0, 1, False),
        ("requesting_rpauid", "str | None", REQUESTING_RPAUID, 0, 1, False),
        ("target_rpauid", "str | None", TARGET_RPAUID, 0, 1, False),
        ("target_pduid", "bytes | None", TARGET_PDUID, 0, 1, False),
        ("prose_restricted_code", "bytes | None", PROSE_RESTRICTED_CODE, 0, 1, False),
        ("prose_restricted_code_suffix_range", "tuple[ProSeRestrictedCodeSuffixRange, ...]", PROSE_RESTRICTED_CODE_SUFFIX_RANGE, 0, None, False),
        ("banned_rpauid", "str | None", BANNED_RPAUID, 0, 1, False),
        ("banned_pduid", "bytes | None", BANNED_PDUID, 0, 1, False),
        ("service_result", "ServiceResult | None", SERVICE_RESULT, 0, 1, False),
        ("pc5_tech", "bytes | None", PC5_TECH, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DiscoveryAuthResponse": (DISCOVERY_AUTH_RESPONSE, """Discovery-Auth-Response ::= < AVP Header: 3855, 10415 >
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
    """, (
        ("discovery_type", "DiscoveryType | int", DISCOVERY_TYPE, 1, 1, False),
        ("prose_discovery_filter", "tuple[ProSeDiscoveryFilter, ...]", PROSE_DISCOVERY_FILTER, 0, None, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("prose_restricted_code", "bytes | None", PROSE_RESTRICTED_CODE, 0, 1, False),
        ("prose_validity_timer", "int | None", PROSE_VALIDITY_TIMER, 0, 1, False),
        ("code_sending_security_material", "CodeSendingSecurityMaterial | None", CODE_SENDING_SECURITY_MATERIAL, 0, 1, False),
        ("code_receiving_security_material", "CodeReceivingSecurityMaterial | None", CODE_RECEIVING_SECURITY_MATERIAL, 0, 1, False),
        ("duik", "bytes | None", DUIK, 0, 1, False),
        ("pc5_tech", "bytes | None", PC5_TECH, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MatchRequest": (MATCH_REQUEST, """Match-Request ::= < AVP Header: 3856, 10415 >
         { Discovery-Type }
         [ User-Identity ]
         [ Visited-PLMN-Id ]
       * [ ProSe-App-Code-Info ]
         [ PC5-tech ]
       * [ AVP ]
    """, (
        ("discovery_type", "DiscoveryType | int", DISCOVERY_TYPE, 1, 1, False),
        ("user_identity", "UserIdentity | None", USER_IDENTITY, 0, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("prose_app_code_info", "tuple[ProSeAppCodeInfo, ...]", PROSE_APP_CODE_INFO, 0, None, False),
        ("pc5_tech", "bytes | None", PC5_TECH, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MatchReportInfo": (MATCH_REPORT_INFO, """Match-Report-Info ::= < AVP Header: 3857, 10415 >
         { Discovery-Type }
         [ User-Identity ]
       * [ ProSe-App-Id ]
       * [ AVP ]
    """, (
        ("discovery_type", "DiscoveryType | int", DISCOVERY_TYPE, 1, 1, False),
        ("user_identity", "UserIdentity | None", USER_IDENTITY, 0, 1, False),
        ("prose_app_id", "tuple[str, ...]", PROSE_APP_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CodeReceivingSecurityMaterial": (CODE_RECEIVING_SECURITY_MATERIAL, """Code-Receiving-Security-Material ::= < AVP Header: 3860, 10415 >
         [ DUSK ]
         [ DUIK ]
         [ MIC-Check-Indicator ]
         [ DUCK ]
         [ Encrypted-Bitmask ]
       * [ AVP ]
    """, (
        ("dusk", "bytes | None", DUSK, 0, 1, False),
        ("duik", "bytes | None", DUIK, 0, 1, False),
        ("mic_check_indicator", "MICCheckIndicator | int | None", MIC_CHECK_INDICATOR, 0, 1, False),
        ("duck", "bytes | None", DUCK, 0, 1, False),
        ("encrypted_bitmask", "bytes | None", ENCRYPTED_BITMASK, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CodeSendingSecurityMaterial": (CODE_SENDING_SECURITY_MATERIAL, """Code-Sending-Security-Material ::= < AVP Header: 3861, 10415 >
         [ DUSK ]
         [ DUIK ]
         [ DUCK ]
         [ Encrypted-Bitmask ]
       * [ AVP ]
    """, (
        ("dusk", "bytes | None", DUSK, 0, 1, False),
        ("duik", "bytes | None", DUIK, 0, 1, False),
        ("duck", "bytes | None", DUCK, 0, 1, False),
        ("encrypted_bitmask", "bytes | None", ENCRYPTED_BITMASK, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ProSeAppCodeSuffixRange": (PROSE_APP_CODE_SUFFIX_RANGE, """ProSe-App-Code-Suffix-Range ::= < AVP Header: 3867, 10415 >
         { Beginning-Suffix }
         [ Ending-Suffix ]
       * [ AVP ]
    """, (
        ("beginning_suffix", "bytes", BEGINNING_SUFFIX, 1, 1, False),
        ("ending_suffix", "bytes | None", ENDING_SUFFIX, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeviceAction": (DEVICE_ACTION, """Device-Action ::= < AVP Header: 3001, 10415 >
         [ External-Identifier ]
         [ MSISDN ]
         [ SCS-Identity ]
         { Reference-Number }
         [ Old-Reference-Number ]
         { Action-Type }
         [ Trigger-Data ]
         [ Validity-Time ]
       * [ AVP ]
    """, (
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("scs_identity", "bytes | None", SCS_IDENTITY, 0, 1, False),
        ("reference_number", "int", REFERENCE_NUMBER, 1, 1, False),
        ("old_reference_number", "int | None", OLD_REFERENCE_NUMBER, 0, 1, False),
        ("action_type", "ActionType | int", ACTION_TYPE, 1, 1, False),
        ("trigger_data", "TriggerData | None", TRIGGER_DATA, 0, 1, False),
        ("validity_time", "int | None", VALIDITY_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DeviceNotification": (DEVICE_NOTIFICATION, """Device-Notification ::= < AVP Header: 3002, 10415 >
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
    """, (
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
        ("scs_identity", "bytes | None", SCS_IDENTITY, 0, 1, False),
        ("reference_number", "int", REFERENCE_NUMBER, 1, 1, False),
        ("action_type", "ActionType | int", ACTION_TYPE, 1, 1, False),
        ("request_status", "RequestStatus | int | None", REQUEST_STATUS, 0, 1, False),
        ("mtc_error_diagnostic", "MTCErrorDiagnostic | int | None", MTC_ERROR_DIAGNOSTIC, 0, 1, False),
        ("delivery_outcome", "DeliveryOutcome | int | None", DELIVERY_OUTCOME, 0, 1, False),
        ("sm_rp_ui", "bytes | None", SM_RP_UI, 0, 1, False),
        ("application_port_identifier", "int | None", APPLICATION_PORT_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TriggerData": (TRIGGER_DATA, """Trigger-Data ::= < AVP Header: 3003, 10415 >
         { Payload }
         [ Priority-Indication ]
         [ Application-Port-Identifier ]
       * [ AVP ]
    """, (
        ("payload", "bytes", PAYLOAD, 1, 1, False),
        ("priority_indication", "PriorityIndication | int | None", PRIORITY_INDICATION, 0, 1, False),
        ("application_port_identifier", "int | None", APPLICATION_PORT_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "V2XPC5AllowedPLMN": (V2X_PC5_ALLOWED_PLMN, """V2X-PC5-Allowed-PLMN ::= < AVP Header: 4600, 10415 >
         [ Visited-PLMN-Id ]
       * [ AVP ]
    """, (
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "V2XAuthorizationData": (V2X_AUTHORIZATION_DATA, """V2X-Authorization-Data ::= < AVP Header: 4700, 10415 >
         [ V2X-Permission-in-VPLMN ]
       * [ V2X-Application-Server ]
       * [ AVP ]
    """, (
        ("v2x_permission_in_vplmn", "V2XPermissionInVPLMN | int | None", V2X_PERMISSION_IN_VPLMN, 0, 1, False),
        ("v2x_application_server", "tuple[V2XApplicationServer, ...]", V2X_APPLICATION_SERVER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "V2XApplicationServer": (V2X_APPLICATION_SERVER, """V2X-Application-Server ::= < AVP Header: 4702, 10415 >
         [ Application-Server ]
       * [ Geographical-Information ]
       * [ AVP ]
    """, (
        ("application_server", "str | None", APPLICATION_SERVER, 0, 1, False),
        ("geographical_information", "tuple[bytes, ...]", GEOGRAPHICAL_INFORMATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBMSBearerEventNotification": (MBMS_BEARER_EVENT_NOTIFICATION, """MBMS-Bearer-Event-Notification ::= < AVP Header: 3503, 10415 >
         { TMGI }
         { MBMS-Flow-Identifier }
         { MBMS-Bearer-Event }
         [ MBMS-Bearer-Event-Diagnostic-Info ]
       * [ Userplane-Protocol-Result ]
       * [ AVP ]
    """, (
        ("tmgi", "bytes", TMGI, 1, 1, False),
        ("mbms_flow_identifier", "bytes", MBMS_FLOW_IDENTIFIER, 1, 1, False),
        ("mbms_bearer_event", "MBMSBearerEvent | int", MBMS_BEARER_EVENT, 1, 1, False),
        ("mbms_bearer_event_diagnostic_info", "MBMSBearerEventDiagnosticInfo | int | None", MBMS_BEARER_EVENT_DIAGNOSTIC_INFO, 0, 1, False),
        ("userplane_protocol_result", "tuple[UserplaneProtocolResult, ...]", USERPLANE_PROTOCOL_RESULT, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBMSBearerRequest": (MBMS_BEARER_REQUEST, """MBMS-Bearer-Request ::= < AVP Header: 3504, 10415 >
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
    """, (
        ("mbms_startstop_indication", "MBMSStartStopIndication | int", MBMS_STARTSTOP_INDICATION, 1, 1, False),
        ("tmgi", "bytes | None", TMGI, 0, 1, False),
        ("mbms_flow_identifier", "bytes | None", MBMS_FLOW_IDENTIFIER, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("mbms_service_area", "bytes | None", MBMS_SERVICE_AREA, 0, 1, False),
        ("mbms_start_time", "datetime | None", MBMS_START_TIME, 0, 1, False),
        ("mb2u_security", "MB2USecurity | int | None", MB2U_SECURITY, 0, 1, False),
        ("mbms_cell_list", "bytes | None", MBMS_CELL_LIST, 0, 1, False),
        ("local_m1_information", "LocalM1Information | None", LOCAL_M1_INFORMATION, 0, 1, False),
        ("local_mb2_u_information", "LocalMB2UInformation | None", LOCAL_MB2_U_INFORMATION, 0, 1, False),
        ("fec_request", "bytes | None", FEC_REQUEST, 0, 1, False),
        ("rohc_request", "tuple[ROHCRequest, ...]", ROHC_REQUEST, 0, None, False),
        ("rohc_max_cid", "int | None", ROHC_MAX_CID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBMSBearerResponse": (MBMS_BEARER_RESPONSE, """MBMS-Bearer-Response ::= < AVP Header: 3505, 10415 >
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
    """, (
        ("tmgi", "bytes | None", TMGI, 0, 1, False),
        ("mbms_flow_identifier", "bytes | None", MBMS_FLOW_IDENTIFIER, 0, 1, False),
        ("mbms_session_duration", "bytes | None", MBMS_SESSION_DURATION, 0, 1, False),
        ("mbms_bearer_result", "MBMSBearerResult | int | None", MBMS_BEARER_RESULT, 0, 1, False),
        ("bmsc_address", "tuple[AddressValue, ...]", BMSC_ADDRESS, 0, 2, False),
        ("bmsc_port", "int | None", BMSC_PORT, 0, 1, False),
        ("mb2u_security", "MB2USecurity | int | None", MB2U_SECURITY, 0, 1, False),
        ("radio_frequency_29_468", "tuple[int, ...]", RADIO_FREQUENCY_29_468, 0, None, False),
        ("userplane_protocol_result", "tuple[UserplaneProtocolResult, ...]", USERPLANE_PROTOCOL_RESULT, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMGIAllocationRequest": (TMGI_ALLOCATION_REQUEST, """TMGI-Allocation-Request ::= < AVP Header: 3509, 10415 >
         { TMGI-Number }
       * [ TMGI ]
       * [ AVP ]
    """, (
        ("tmgi_number", "int", TMGI_NUMBER, 1, 1, False),
        ("tmgi", "tuple[bytes, ...]", TMGI, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMGIAllocationResponse": (TMGI_ALLOCATION_RESPONSE, """TMGI-Allocation-Response ::= < AVP Header: 3510, 10415 >
       * [ TMGI ]
         [ MBMS-Session-Duration ]
         [ TMGI-Allocation-Result ]
       * [ AVP ]
    """, (
        ("tmgi", "tuple[bytes, ...]", TMGI, 0, None, False),
        ("mbms_session_duration", "bytes | None", MBMS_SESSION_DURATION, 0, 1, False),
        ("tmgi_allocation_result", "TMGIAllocationResult | int | None", TMGI_ALLOCATION_RESULT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMGIDeallocationRequest": (TMGI_DEALLOCATION_REQUEST, """TMGI-Deallocation-Request ::= < AVP Header: 3512, 10415 >
       * [ TMGI ]
       * [ AVP ]
    """, (
        ("tmgi", "tuple[bytes, ...]", TMGI, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMGIDeallocationResponse": (TMGI_DEALLOCATION_RESPONSE, """TMGI-Deallocation-Response ::= < AVP Header: 3513, 10415 >
         { TMGI }
         [ TMGI-Deallocation-Result ]
       * [ AVP ]
    """, (
        ("tmgi", "bytes", TMGI, 1, 1, False),
        ("tmgi_deallocation_result", "TMGIDeallocationResult | int | None", TMGI_DEALLOCATION_RESULT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TMGIExpiry": (TMGI_EXPIRY, """TMGI-Expiry ::= < AVP Header: 3515, 10415 >
      1* { TMGI }
       * [ AVP ]
    """, (
        ("tmgi", "tuple[bytes, ...]", TMGI, 1, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LocalM1Information": (LOCAL_M1_INFORMATION, """Local-M1-Information ::= < AVP Header: 3518, 10415 >
         [ MBMS-eNB-IP-Multicast-Address ]
         [ MBMS-eNB-IPv6-Multicast-Address ]
         [ MBMS-GW-SSM-IP-Address-29.468 ]
         [ MBMS-GW-SSM-IPv6-Address-29.468 ]
         [ Common-Tunnel-Endpoint-Identifier ]
    """, (
        ("mbms_enb_ip_multicast_address", "AddressValue | None", MBMS_ENB_IP_MULTICAST_ADDRESS, 0, 1, False),
        ("mbms_enb_ipv6_multicast_address", "AddressValue | None", MBMS_ENB_IPV6_MULTICAST_ADDRESS, 0, 1, False),
        ("mbms_gw_ssm_ip_address_29_468", "AddressValue | None", MBMS_GW_SSM_IP_ADDRESS_29_468, 0, 1, False),
        ("mbms_gw_ssm_ipv6_address_29_468", "AddressValue | None", MBMS_GW_SSM_IPV6_ADDRESS_29_468, 0, 1, False),
        ("common_tunnel_endpoint_identifier", "bytes | None", COMMON_TUNNEL_ENDPOINT_IDENTIFIER, 0, 1, False),
    )),
    "LocalMB2UInformation": (LOCAL_MB2_U_INFORMATION, """Local-MB2-U-Information ::= < AVP Header: 3519, 10415 >
     0*2 [ BMSC-Address ]
         [ BMSC-Port ]
    """, (
        ("bmsc_address", "tuple[AddressValue, ...]", BMSC_ADDRESS, 0, 2, False),
        ("bmsc_port", "int | None", BMSC_PORT, 0, 1, False),
    )),
    "ROHCRequest": (ROHC_REQUEST, """ROHC-Request ::= < AVP Header: 3526, 10415 >
      1* { Flow-Description }
         [ ROHC-Full-Header-Periodicity ]
         { ROHC-Profile }
       * [ AVP ]
    """, (
        ("flow_description", "tuple[IPFilterRule, ...]", FLOW_DESCRIPTION, 1, None, False),
        ("rohc_full_header_periodicity", "float | None", ROHC_FULL_HEADER_PERIODICITY, 0, 1, False),
        ("rohc_profile", "int", ROHC_PROFILE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserplaneProtocolResult": (USERPLANE_PROTOCOL_RESULT, """Userplane-Protocol-Result ::= < AVP Header: 3529, 10415 >
       * [ Flow-Description ]
         [ ROHC-Result ]
         [ FEC-Result ]
       * [ AVP ]
    """, (
        ("flow_description", "tuple[IPFilterRule, ...]", FLOW_DESCRIPTION, 0, None, False),
        ("rohc_result", "ROHCResult | int | None", ROHC_RESULT, 0, 1, False),
        ("fec_result", "FECResult | int | None", FEC_RESULT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceInformation": (SERVICE_INFORMATION, """Service-Information ::= < AVP Header: 873, 10415 >
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
    """, (
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("aoc_information", "AoCInformation | None", AOC_INFORMATION, 0, 1, False),
        ("ps_information", "PSInformation | None", PS_INFORMATION, 0, 1, False),
        ("ims_information", "IMSInformation | None", IMS_INFORMATION, 0, 1, False),
        ("mms_information", "MMSInformation | None", MMS_INFORMATION, 0, 1, False),
        ("lcs_information", "LCSInformation | None", LCS_INFORMATION, 0, 1, False),
        ("poc_information", "PoCInformation | None", POC_INFORMATION, 0, 1, False),
        ("mbms_information", "MBMSInformation | None", MBMS_INFORMATION, 0, 1, False),
        ("sms_information", "SMSInformation | None", SMS_INFORMATION, 0, 1, False),
        ("vcs_information", "VCSInformation | None", VCS_INFORMATION, 0, 1, False),
        ("mmtel_information", "MMTelInformation | None", MMTEL_INFORMATION, 0, 1, False),
        ("prose_information", "ProSeInformation | None", PROSE_INFORMATION, 0, 1, False),
        ("service_generic_information", "ServiceGenericInformation | None", SERVICE_GENERIC_INFORMATION, 0, 1, False),
        ("im_information", "IMInformation | None", IM_INFORMATION, 0, 1, False),
        ("dcd_information", "DCDInformation | None", DCD_INFORMATION, 0, 1, False),
        ("m2m_information", "M2MInformation | None", M2M_INFORMATION, 0, 1, False),
        ("cpdt_information", "CPDTInformation | None", CPDT_INFORMATION, 0, 1, False),
    )),
    "PSInformation": (PS_INFORMATION, """PS-Information ::= < AVP Header: 874, 10415 >
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
    """, (
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("tgpp_charging_id", "bytes | None", TGPP_CHARGING_ID, 0, 1, False),
        ("pdn_connection_charging_id", "int | None", PDN_CONNECTION_CHARGING_ID, 0, 1, False),
        ("node_id", "str | None", NODE_ID, 0, 1, False),
        ("tgpp_pdp_type", "TGPPPDPType | int | None", TGPP_PDP_TYPE, 0, 1, False),
        ("pdp_address", "tuple[AddressValue, ...]", PDP_ADDRESS, 0, None, False),
        ("pdp_address_prefix_length", "int | None", PDP_ADDRESS_PREFIX_LENGTH, 0, 1, False),
        ("dynamic_address_flag", "DynamicAddressFlag | int | None", DYNAMIC_ADDRESS_FLAG, 0, 1, False),
        ("dynamic_address_flag_extension", "DynamicAddressFlagExtension | int | None", DYNAMIC_ADDRESS_FLAG_EXTENSION, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("sgsn_address", "tuple[AddressValue, ...]", SGSN_ADDRESS, 0, None, False),
        ("ggsn_address", "tuple[AddressValue, ...]", GGSN_ADDRESS, 0, None, False),
        ("tdf_ip_address", "tuple[AddressValue, ...]", TDF_IP_ADDRESS, 0, None, False),
        ("sgw_address", "tuple[AddressValue, ...]", SGW_ADDRESS, 0, None, False),
        ("epdg_address", "tuple[AddressValue, ...]", EPDG_ADDRESS, 0, None, False),
        ("twag_address", "tuple[AddressValue, ...]", TWAG_ADDRESS, 0, None, False),
        ("cg_address", "AddressValue | None", CG_ADDRESS, 0, 1, False),
        ("serving_node_type", "ServingNodeType | int | None", SERVING_NODE_TYPE, 0, 1, False),
        ("sgw_change", "SGWChange | int | None", SGW_CHANGE, 0, 1, False),
        ("tgpp_imsi_mcc_mnc", "str | None", TGPP_IMSI_MCC_MNC, 0, 1, False),
        ("imsi_unauthenticated_flag", "IMSIUnauthenticatedFlag | int | None", IMSI_UNAUTHENTICATED_FLAG, 0, 1, False),
        ("tgpp_ggsn_mcc_mnc", "str | None", TGPP_GGSN_MCC_MNC, 0, 1, False),
        ("tgpp_nsapi", "bytes | None", TGPP_NSAPI, 0, 1, False),
        ("called_station_id", "str | None", CALLED_STATION_ID, 0, 1, False),
        ("tgpp_session_stop_indicator", "bytes | None", TGPP_SESSION_STOP_INDICATOR, 0, 1, False),
        ("tgpp_selection_mode", "str | None", TGPP_SELECTION_MODE, 0, 1, False),
        ("tgpp_charging_characteristics", "str | None", TGPP_CHARGING_CHARACTERISTICS, 0, 1, False),
        ("charging_characteristics_selection_mode", "ChargingCharacteristicsSelectionMode | int | None", CHARGING_CHARACTERISTICS_SELECTION_MODE, 0, 1, False),
        ("tgpp_sgsn_mcc_mnc", "str | None", TGPP_SGSN_MCC_MNC, 0, 1, False),
        ("tgpp_ms_timezone", "bytes | None", TGPP_MS_TIMEZONE, 0, 1, False),
        ("charging_rule_base_name", "str | None", CHARGING_RULE_BASE_NAME, 0, 1, False),
        ("adc_rule_base_name", "str | None", ADC_RULE_BASE_NAME, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("user_location_info_time", "datetime | None", USER_LOCATION_INFO_TIME, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("presence_reporting_area_information", "tuple[PresenceReportingAreaInformation, ...]", PRESENCE_REPORTING_AREA_INFORMATION, 0, None, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("twan_user_location_info", "TWANUserLocationInfo | None", TWAN_USER_LOCATION_INFO, 0, 1, False),
        ("uwan_user_location_info", "UWANUserLocationInfo | None", UWAN_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
        ("ps_furnish_charging_information", "PSFurnishChargingInformation | None", PS_FURNISH_CHARGING_INFORMATION, 0, 1, False),
        ("pdp_context_type", "PDPContextType | int | None", PDP_CONTEXT_TYPE, 0, 1, False),
        ("offline_charging", "OfflineCharging | None", OFFLINE_CHARGING, 0, 1, False),
        ("traffic_data_volumes", "tuple[TrafficDataVolumes, ...]", TRAFFIC_DATA_VOLUMES, 0, None, False),
        ("service_data_container", "tuple[ServiceDataContainer, ...]", SERVICE_DATA_CONTAINER, 0, None, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("start_time", "datetime | None", START_TIME, 0, 1, False),
        ("stop_time", "datetime | None", STOP_TIME, 0, 1, False),
        ("change_condition", "ChangeCondition | int | None", CHANGE_CONDITION, 0, 1, False),
        ("diagnostics", "int | None", DIAGNOSTICS, 0, 1, False),
        ("low_priority_indicator", "LowPriorityIndicator | int | None", LOW_PRIORITY_INDICATOR, 0, 1, False),
        ("nbifom_mode", "NBIFOMMode | int | None", NBIFOM_MODE, 0, 1, False),
        ("nbifom_support", "NBIFOMSupport | int | None", NBIFOM_SUPPORT, 0, 1, False),
        ("mme_number_for_mt_sms", "bytes | None", MME_NUMBER_FOR_MT_SMS, 0, 1, False),
        ("mme_name", "str | None", MME_NAME, 0, 1, False),
        ("mme_realm", "str | None", MME_REALM, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("fixed_user_location_info", "FixedUserLocationInfo | None", FIXED_USER_LOCATION_INFO, 0, 1, False),
        ("cn_operator_selection_entity", "CNOperatorSelectionEntity | int | None", CN_OPERATOR_SELECTION_ENTITY, 0, 1, False),
        ("enhanced_diagnostics", "EnhancedDiagnostics | None", ENHANCED_DIAGNOSTICS, 0, 1, False),
        ("sgi_ptp_tunnelling_method", "SGiPtPTunnellingMethod | int | None", SGI_PTP_TUNNELLING_METHOD, 0, 1, False),
        ("cp_ciot_eps_optimisation_indicator", "CPCIoTEPSOptimisationIndicator | int | None", CP_CIOT_EPS_OPTIMISATION_INDICATOR, 0, 1, False),
        ("uni_pdu_cp_only_flag", "UNIPDUCPOnlyFlag | int | None", UNI_PDU_CP_ONLY_FLAG, 0, 1, False),
        ("serving_plmn_rate_control", "ServingPLMNRateControl | None", SERVING_PLMN_RATE_CONTROL, 0, 1, False),
        ("apn_rate_control", "APNRateControl | None", APN_RATE_CONTROL, 0, 1, False),
        ("charging_per_ip_can_session_indicator", "ChargingPerIPCANSessionIndicator | int | None", CHARGING_PER_IP_CAN_SESSION_INDICATOR, 0, 1, False),
        ("rrc_cause_counter", "RRCCauseCounter | None", RRC_CAUSE_COUNTER, 0, 1, False),
        ("tgpp_ps_data_off_status_32_299", "TGPPPSDataOffStatus32299 | int | None", TGPP_PS_DATA_OFF_STATUS_32_299, 0, 1, False),
        ("scs_as_address", "SCSASAddress | None", SCS_AS_ADDRESS, 0, 1, False),
        ("unused_quota_timer", "int | None", UNUSED_QUOTA_TIMER, 0, 1, False),
        ("ran_secondary_rat_usage_report", "tuple[RANSecondaryRATUsageReport, ...]", RAN_SECONDARY_RAT_USAGE_REPORT, 0, None, False),
        ("pscell_info", "PSCellInfo | None", PSCELL_INFO, 0, 1, False),
    )),
    "PSFurnishChargingInformation": (PS_FURNISH_CHARGING_INFORMATION, """PS-Furnish-Charging-Information ::= < AVP Header: 865, 10415 >
         { 3GPP-Charging-Id }
         { PS-Free-Format-Data }
         [ PS-Append-Free-Format-Data ]
    """, (
        ("tgpp_charging_id", "bytes", TGPP_CHARGING_ID, 1, 1, False),
        ("ps_free_format_data", "bytes", PS_FREE_FORMAT_DATA, 1, 1, False),
        ("ps_append_free_format_data", "PSAppendFreeFormatData | int | None", PS_APPEND_FREE_FORMAT_DATA, 0, 1, False),
    )),
    "OfflineCharging": (OFFLINE_CHARGING, """Offline-Charging ::= < AVP Header: 1278, 10415 >
         [ Quota-Consumption-Time ]
         [ Time-Quota-Mechanism ]
         [ Envelope-Reporting ]
       * [ Multiple-Services-Credit-Control ]
       * [ AVP ]
    """, (
        ("quota_consumption_time", "int | None", QUOTA_CONSUMPTION_TIME, 0, 1, False),
        ("time_quota_mechanism", "TimeQuotaMechanism | None", TIME_QUOTA_MECHANISM, 0, 1, False),
        ("envelope_reporting", "EnvelopeReporting | int | None", ENVELOPE_REPORTING, 0, 1, False),
        ("multiple_services_credit_control", "tuple[MultipleServicesCreditControl, ...]", MULTIPLE_SERVICES_CREDIT_CONTROL, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TrafficDataVolumes": (TRAFFIC_DATA_VOLUMES, """Traffic-Data-Volumes ::= < AVP Header: 2046, 10415 >
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
    """, (
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("change_condition", "ChangeCondition | int | None", CHANGE_CONDITION, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("uwan_user_location_info", "UWANUserLocationInfo | None", UWAN_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp_charging_id", "bytes | None", TGPP_CHARGING_ID, 0, 1, False),
        ("presence_reporting_area_status", "PresenceReportingAreaStatus | int | None", PRESENCE_REPORTING_AREA_STATUS, 0, 1, False),
        ("presence_reporting_area_information", "tuple[PresenceReportingAreaInformation, ...]", PRESENCE_REPORTING_AREA_INFORMATION, 0, None, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
        ("access_availability_change_reason", "AccessAvailabilityChangeReason | int | None", ACCESS_AVAILABILITY_CHANGE_REASON, 0, 1, False),
        ("related_change_condition_information", "RelatedChangeConditionInformation | None", RELATED_CHANGE_CONDITION_INFORMATION, 0, 1, False),
        ("diagnostics", "int | None", DIAGNOSTICS, 0, 1, False),
        ("enhanced_diagnostics", "EnhancedDiagnostics | None", ENHANCED_DIAGNOSTICS, 0, 1, False),
        ("cp_ciot_eps_optimisation_indicator", "CPCIoTEPSOptimisationIndicator | int | None", CP_CIOT_EPS_OPTIMISATION_INDICATOR, 0, 1, False),
        ("serving_plmn_rate_control", "ServingPLMNRateControl | None", SERVING_PLMN_RATE_CONTROL, 0, 1, False),
        ("apn_rate_control", "APNRateControl | None", APN_RATE_CONTROL, 0, 1, False),
    )),
    "ServiceDataContainer": (SERVICE_DATA_CONTAINER, """Service-Data-Container ::= < AVP Header: 2040, 10415 >
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
    """, (
        ("af_correlation_information", "AFCorrelationInformation | None", AF_CORRELATION_INFORMATION, 0, 1, False),
        ("charging_rule_base_name", "str | None", CHARGING_RULE_BASE_NAME, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("local_sequence_number", "int | None", LOCAL_SEQUENCE_NUMBER, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("service_identifier", "int | None", SERVICE_IDENTIFIER, 0, 1, False),
        ("service_specific_info", "ServiceSpecificInfo | None", SERVICE_SPECIFIC_INFO, 0, 1, False),
        ("adc_rule_base_name", "str | None", ADC_RULE_BASE_NAME, 0, 1, False),
        ("sgsn_address", "AddressValue | None", SGSN_ADDRESS, 0, 1, False),
        ("time_first_usage", "datetime | None", TIME_FIRST_USAGE, 0, 1, False),
        ("time_last_usage", "datetime | None", TIME_LAST_USAGE, 0, 1, False),
        ("time_usage", "int | None", TIME_USAGE, 0, 1, False),
        ("change_condition", "tuple[ChangeCondition | int, ...]", CHANGE_CONDITION, 0, None, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("uwan_user_location_info", "UWANUserLocationInfo | None", UWAN_USER_LOCATION_INFO, 0, 1, False),
        ("twan_user_location_info", "TWANUserLocationInfo | None", TWAN_USER_LOCATION_INFO, 0, 1, False),
        ("sponsor_identity", "str | None", SPONSOR_IDENTITY, 0, 1, False),
        ("application_service_provider_identity", "str | None", APPLICATION_SERVICE_PROVIDER_IDENTITY, 0, 1, False),
        ("presence_reporting_area_information", "tuple[PresenceReportingAreaInformation, ...]", PRESENCE_REPORTING_AREA_INFORMATION, 0, None, False),
        ("presence_reporting_area_status", "PresenceReportingAreaStatus | int | None", PRESENCE_REPORTING_AREA_STATUS, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
        ("related_change_condition_information", "RelatedChangeConditionInformation | None", RELATED_CHANGE_CONDITION_INFORMATION, 0, 1, False),
        ("serving_plmn_rate_control", "ServingPLMNRateControl | None", SERVING_PLMN_RATE_CONTROL, 0, 1, False),
        ("apn_rate_control", "APNRateControl | None", APN_RATE_CONTROL, 0, 1, False),
        ("tgpp_ps_data_off_status_32_299", "TGPPPSDataOffStatus32299 | int | None", TGPP_PS_DATA_OFF_STATUS_32_299, 0, 1, False),
        ("traffic_steering_policy_identifier_dl", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_DL, 0, 1, False),
        ("traffic_steering_policy_identifier_ul", "bytes | None", TRAFFIC_STEERING_POLICY_IDENTIFIER_UL, 0, 1, False),
        ("volte_information", "VoLTEInformation | None", VOLTE_INFORMATION, 0, 1, False),
    )),
    "VoLTEInformation": (VOLTE_INFORMATION, """VoLTE-Information ::= < AVP Header: 1323, 10415 >
         [ Calling-Party-Address ]
         [ Callee-Information ]
    """, (
        ("calling_party_address", "str | None", CALLING_PARTY_ADDRESS, 0, 1, False),
        ("callee_information", "CalleeInformation | None", CALLEE_INFORMATION, 0, 1, False),
    )),
    "RelatedChangeConditionInformation": (RELATED_CHANGE_CONDITION_INFORMATION, """Related-Change-Condition-Information ::= < AVP Header: 3925, 10415 >
         [ SGSN-Address ]
       * [ Change-Condition ]
         [ 3GPP-User-Location-Info ]
         [ 3GPP2-BSID ]
         [ UWAN-User-Location-Info ]
         [ Presence-Reporting-Area-Status ]
         [ User-CSG-Information ]
         [ 3GPP-RAT-Type ]
    """, (
        ("sgsn_address", "AddressValue | None", SGSN_ADDRESS, 0, 1, False),
        ("change_condition", "tuple[ChangeCondition | int, ...]", CHANGE_CONDITION, 0, None, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("tgpp2_bsid", "str | None", TGPP2_BSID, 0, 1, False),
        ("uwan_user_location_info", "UWANUserLocationInfo | None", UWAN_USER_LOCATION_INFO, 0, 1, False),
        ("presence_reporting_area_status", "PresenceReportingAreaStatus | int | None", PRESENCE_REPORTING_AREA_STATUS, 0, 1, False),
        ("user_csg_information", "UserCSGInformation | None", USER_CSG_INFORMATION, 0, 1, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
    )),
    "UserCSGInformation": (USER_CSG_INFORMATION, """User-CSG-Information ::= < AVP Header: 2319, 10415 >
         { CSG-Id }
         { CSG-Access-Mode }
         [ CSG-Membership-Indication ]
    """, (
        ("csg_id", "int", CSG_ID, 1, 1, False),
        ("csg_access_mode", "CSGAccessMode | int", CSG_ACCESS_MODE, 1, 1, False),
        ("csg_membership_indication", "CSGMembershipIndication | int | None", CSG_MEMBERSHIP_INDICATION, 0, 1, False),
    )),
    "TWANUserLocationInfo": (TWAN_USER_LOCATION_INFO, """TWAN-User-Location-Info ::= < AVP Header: 2714, 10415 >
         { SSID }
         [ BSSID ]
         [ Civic-Address-Information ]
         [ WLAN-Operator-Id ]
         [ Logical-Access-ID ]
    """, (
        ("ssid", "str", SSID, 1, 1, False),
        ("bssid", "str | None", BSSID, 0, 1, False),
        ("civic_address_information", "str | None", CIVIC_ADDRESS_INFORMATION, 0, 1, False),
        ("wlan_operator_id", "WLANOperatorId | None", WLAN_OPERATOR_ID, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
    )),
    "UWANUserLocationInfo": (UWAN_USER_LOCATION_INFO, """UWAN-User-Location-Info ::= < AVP Header: 3918, 10415 >
         { UE-Local-IP-Address }
         [ UDP-Source-Port ]
         [ SSID ]
         [ BSSID ]
         [ TCP-Source-Port ]
         [ Civic-Address-Information ]
         [ WLAN-Operator-Id ]
         [ Logical-Access-ID ]
    """, (
        ("ue_local_ip_address", "AddressValue", UE_LOCAL_IP_ADDRESS, 1, 1, False),
        ("udp_source_port", "int | None", UDP_SOURCE_PORT, 0, 1, False),
        ("ssid", "str | None", SSID, 0, 1, False),
        ("bssid", "str | None", BSSID, 0, 1, False),
        ("tcp_source_port", "int | None", TCP_SOURCE_PORT, 0, 1, False),
        ("civic_address_information", "str | None", CIVIC_ADDRESS_INFORMATION, 0, 1, False),
        ("wlan_operator_id", "WLANOperatorId | None", WLAN_OPERATOR_ID, 0, 1, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
    )),
    "WLANOperatorId": (WLAN_OPERATOR_ID, """WLAN-Operator-Id ::= < AVP Header: 1306, 10415 >
         [ WLAN-PLMN-Id ]
         [ WLAN-Operator-Name ]
    """, (
        ("wlan_plmn_id", "str | None", WLAN_PLMN_ID, 0, 1, False),
        ("wlan_operator_name", "str | None", WLAN_OPERATOR_NAME, 0, 1, False),
    )),
    "EnhancedDiagnostics": (ENHANCED_DIAGNOSTICS, """Enhanced-Diagnostics ::= < AVP Header: 3901, 10415 >
       * [ RAN-NAS-Release-Cause ]
    """, (
        ("ran_nas_release_cause", "tuple[bytes, ...]", RAN_NAS_RELEASE_CAUSE, 0, None, False),
    )),
    "APNRateControl": (APN_RATE_CONTROL, """APN-Rate-Control ::= < AVP Header: 3933, 10415 >
         [ APN-Rate-Control-Uplink ]
         [ APN-Rate-Control-Downlink ]
    """, (
        ("apn_rate_control_uplink", "APNRateControlUplink | None", APN_RATE_CONTROL_UPLINK, 0, 1, False),
        ("apn_rate_control_downlink", "APNRateControlDownlink | None", APN_RATE_CONTROL_DOWNLINK, 0, 1, False),
    )),
    "APNRateControlUplink": (APN_RATE_CONTROL_UPLINK, """APN-Rate-Control-Uplink ::= < AVP Header: 3935, 10415 >
         [ Additional-Exception-Reports ]
         [ Rate-Control-Time-Unit ]
         [ Rate-Control-Max-Rate ]
    """, (
        ("additional_exception_reports", "AdditionalExceptionReports | int | None", ADDITIONAL_EXCEPTION_REPORTS, 0, 1, False),
        ("rate_control_time_unit", "RateControlTimeUnit | int | None", RATE_CONTROL_TIME_UNIT, 0, 1, False),
        ("rate_control_max_rate", "int | None", RATE_CONTROL_MAX_RATE, 0, 1, False),
    )),
    "APNRateControlDownlink": (APN_RATE_CONTROL_DOWNLINK, """APN-Rate-Control-Downlink ::= < AVP Header: 3934, 10415 >
         [ Rate-Control-Time-Unit ]
         [ Rate-Control-Max-Rate ]
         [ Rate-Control-Max-Message-Size ]
    """, (
        ("rate_control_time_unit", "RateControlTimeUnit | int | None", RATE_CONTROL_TIME_UNIT, 0, 1, False),
        ("rate_control_max_rate", "int | None", RATE_CONTROL_MAX_RATE, 0, 1, False),
        ("rate_control_max_message_size", "int | None", RATE_CONTROL_MAX_MESSAGE_SIZE, 0, 1, False),
    )),
    "SCSASAddress": (SCS_AS_ADDRESS, """SCS-AS-Address ::= < AVP Header: 3940, 10415 >
         [ SCS-Realm ]
         [ SCS-Address ]
    """, (
        ("scs_realm", "str | None", SCS_REALM, 0, 1, False),
        ("scs_address", "AddressValue | None", SCS_ADDRESS, 0, 1, False),
    )),
    "RANSecondaryRATUsageReport": (RAN_SECONDARY_RAT_USAGE_REPORT, """RAN-Secondary-RAT-Usage-Report ::= < AVP Header: 1302, 10415 >
         [ Secondary-RAT-Type ]
         [ RAN-Start-Timestamp ]
         [ RAN-End-Timestamp ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ 3GPP-Charging-Id ]
    """, (
        ("secondary_rat_type", "bytes | None", SECONDARY_RAT_TYPE, 0, 1, False),
        ("ran_start_timestamp", "datetime | None", RAN_START_TIMESTAMP, 0, 1, False),
        ("ran_end_timestamp", "datetime | None", RAN_END_TIMESTAMP, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("tgpp_charging_id", "bytes | None", TGPP_CHARGING_ID, 0, 1, False),
    )),
    "PSCellInfo": (PSCELL_INFO, """PSCell-Info ::= < AVP Header: 1324, 10415 >
         [ Nr-Cgi ]
    """, (
        ("nr_cgi", "str | None", NR_CGI, 0, 1, False),
    )),
    "IMSInformation": (IMS_INFORMATION, """IMS-Information ::= < AVP Header: 876, 10415 >
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
    """, (
        ("event_type", "EventType | None", EVENT_TYPE, 0, 1, False),
        ("role_of_node", "RoleOfNode | int | None", ROLE_OF_NODE, 0, 1, False),
        ("node_functionality", "NodeFunctionality | int", NODE_FUNCTIONALITY, 1, 1, False),
        ("user_session_id", "str | None", USER_SESSION_ID, 0, 1, False),
        ("outgoing_session_id", "str | None", OUTGOING_SESSION_ID, 0, 1, False),
        ("session_priority", "SessionPriority | int | None", SESSION_PRIORITY, 0, 1, False),
        ("calling_party_address", "tuple[str, ...]", CALLING_PARTY_ADDRESS, 0, None, False),
        ("called_party_address", "str | None", CALLED_PARTY_ADDRESS, 0, 1, False),
        ("called_asserted_identity", "tuple[str, ...]", CALLED_ASSERTED_IDENTITY, 0, None, False),
        ("called_identity_change", "CalledIdentityChange | None", CALLED_IDENTITY_CHANGE, 0, 1, False),
        ("number_portability_routing_information", "str | None", NUMBER_PORTABILITY_ROUTING_INFORMATION, 0, 1, False),
        ("carrier_select_routing_information", "str | None", CARRIER_SELECT_ROUTING_INFORMATION, 0, 1, False),
        ("alternate_charged_party_address", "str | None", ALTERNATE_CHARGED_PARTY_ADDRESS, 0, 1, False),
        ("requested_party_address", "tuple[str, ...]", REQUESTED_PARTY_ADDRESS, 0, None, False),
        ("associated_uri", "tuple[str, ...]", ASSOCIATED_URI, 0, None, False),
        ("time_stamps", "TimeStamps | None", TIME_STAMPS, 0, 1, False),
        ("application_server_information", "tuple[ApplicationServerInformation, ...]", APPLICATION_SERVER_INFORMATION, 0, None, False),
        ("inter_operator_identifier", "tuple[InterOperatorIdentifier, ...]", INTER_OPERATOR_IDENTIFIER, 0, None, False),
        ("transit_ioi_list", "tuple[str, ...]", TRANSIT_IOI_LIST, 0, None, False),
        ("ims_charging_identifier", "str | None", IMS_CHARGING_IDENTIFIER, 0, 1, False),
        ("sdp_session_description", "tuple[str, ...]", SDP_SESSION_DESCRIPTION, 0, None, False),
        ("sdp_media_component", "tuple[SDPMediaComponent, ...]", SDP_MEDIA_COMPONENT, 0, None, False),
        ("served_party_ip_address", "AddressValue | None", SERVED_PARTY_IP_ADDRESS, 0, 1, False),
        ("server_capabilities", "ServerCapabilities | None", SERVER_CAPABILITIES, 0, 1, False),
        ("trunk_group_id", "TrunkGroupID | None", TRUNK_GROUP_ID, 0, 1, False),
        ("bearer_service", "bytes | None", BEARER_SERVICE, 0, 1, False),
        ("service_id_855", "str | None", SERVICE_ID_855, 0, 1, False),
        ("service_specific_info", "tuple[ServiceSpecificInfo, ...]", SERVICE_SPECIFIC_INFO, 0, None, False),
        ("message_body", "tuple[MessageBody, ...]", MESSAGE_BODY, 0, None, False),
        ("cause_code", "CauseCode | int | None", CAUSE_CODE, 0, 1, False),
        ("reason_header", "tuple[str, ...]", REASON_HEADER, 0, None, False),
        ("access_network_information", "tuple[bytes, ...]", ACCESS_NETWORK_INFORMATION, 0, None, False),
        ("cellular_network_information", "bytes | None", CELLULAR_NETWORK_INFORMATION, 0, 1, False),
        ("early_media_description", "tuple[EarlyMediaDescription, ...]", EARLY_MEDIA_DESCRIPTION, 0, None, False),
        ("ims_communication_service_identifier", "str | None", IMS_COMMUNICATION_SERVICE_IDENTIFIER, 0, 1, False),
        ("ims_application_reference_identifier", "str | None", IMS_APPLICATION_REFERENCE_IDENTIFIER, 0, 1, False),
        ("online_charging_flag", "OnlineChargingFlag | int | None", ONLINE_CHARGING_FLAG, 0, 1, False),
        ("real_time_tariff_information", "RealTimeTariffInformation | None", REAL_TIME_TARIFF_INFORMATION, 0, 1, False),
        ("account_expiration", "datetime | None", ACCOUNT_EXPIRATION, 0, 1, False),
        ("initial_ims_charging_identifier", "str | None", INITIAL_IMS_CHARGING_IDENTIFIER, 0, 1, False),
        ("nni_information", "tuple[NNIInformation, ...]", NNI_INFORMATION, 0, None, False),
        ("from_address", "str | None", FROM_ADDRESS, 0, 1, False),
        ("ims_emergency_indicator", "IMSEmergencyIndicator | int | None", IMS_EMERGENCY_INDICATOR, 0, 1, False),
        ("ims_visited_network_identifier", "str | None", IMS_VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("access_network_info_change", "tuple[AccessNetworkInfoChange, ...]", ACCESS_NETWORK_INFO_CHANGE, 0, None, False),
        ("access_transfer_information", "tuple[AccessTransferInformation, ...]", ACCESS_TRANSFER_INFORMATION, 0, None, False),
        ("related_ims_charging_identifier", "str | None", RELATED_IMS_CHARGING_IDENTIFIER, 0, 1, False),
        ("related_ims_charging_identifier_node", "AddressValue | None", RELATED_IMS_CHARGING_IDENTIFIER_NODE, 0, 1, False),
        ("route_header_received", "str | None", ROUTE_HEADER_RECEIVED, 0, 1, False),
        ("route_header_transmitted", "str | None", ROUTE_HEADER_TRANSMITTED, 0, 1, False),
        ("instance_id", "str | None", INSTANCE_ID, 0, 1, False),
        ("tad_identifier", "TADIdentifier | int | None", TAD_IDENTIFIER, 0, 1, False),
        ("fe_identifier_list", "str | None", FE_IDENTIFIER_LIST, 0, 1, False),
    )),
    "EventType": (EVENT_TYPE, """Event-Type ::= < AVP Header: 823, 10415 >
         [ SIP-Method ]
         [ Event ]
         [ Expires ]
    """, (
        ("sip_method", "str | None", SIP_METHOD, 0, 1, False),
        ("event", "str | None", EVENT, 0, 1, False),
        ("expires", "int | None", EXPIRES, 0, 1, False),
    )),
    "CalledIdentityChange": (CALLED_IDENTITY_CHANGE, """Called-Identity-Change ::= < AVP Header: 3917, 10415 >
         [ Called-Identity ]
         [ Change-Time ]
    """, (
        ("called_identity", "str | None", CALLED_IDENTITY, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
    )),
    "TimeStamps": (TIME_STAMPS, """Time-Stamps ::= < AVP Header: 833, 10415 >
         [ SIP-Request-Timestamp ]
         [ SIP-Response-Timestamp ]
         [ SIP-Request-Timestamp-Fraction ]
         [ SIP-Response-Timestamp-Fraction ]
    """, (
        ("sip_request_timestamp", "datetime | None", SIP_REQUEST_TIMESTAMP, 0, 1, False),
        ("sip_response_timestamp", "datetime | None", SIP_RESPONSE_TIMESTAMP, 0, 1, False),
        ("sip_request_timestamp_fraction", "int | None", SIP_REQUEST_TIMESTAMP_FRACTION, 0, 1, False),
        ("sip_response_timestamp_fraction", "int | None", SIP_RESPONSE_TIMESTAMP_FRACTION, 0, 1, False),
    )),
    "ApplicationServerInformation": (APPLICATION_SERVER_INFORMATION, """Application-Server-Information ::= < AVP Header: 850, 10415 >
         [ Application-Server ]
       * [ Application-Provided-Called-Party-Address ]
         [ Status-AS-Code ]
    """, (
        ("application_server", "str | None", APPLICATION_SERVER, 0, 1, False),
        ("application_provided_called_party_address", "tuple[str, ...]", APPLICATION_PROVIDED_CALLED_PARTY_ADDRESS, 0, None, False),
        ("status_as_code", "StatusASCode | int | None", STATUS_AS_CODE, 0, 1, False),
    )),
    "InterOperatorIdentifier": (INTER_OPERATOR_IDENTIFIER, """Inter-Operator-Identifier ::= < AVP Header: 838, 10415 >
         [ Originating-IOI ]
         [ Terminating-IOI ]
    """, (
        ("originating_ioi", "str | None", ORIGINATING_IOI, 0, 1, False),
        ("terminating_ioi", "str | None", TERMINATING_IOI, 0, 1, False),
    )),
    "SDPMediaComponent": (SDP_MEDIA_COMPONENT, """SDP-Media-Component ::= < AVP Header: 843, 10415 >
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
    """, (
        ("sdp_media_name", "str | None", SDP_MEDIA_NAME, 0, 1, False),
        ("sdp_media_description", "tuple[str, ...]", SDP_MEDIA_DESCRIPTION, 0, None, False),
        ("local_gw_inserted_indication", "LocalGWInsertedIndication | int | None", LOCAL_GW_INSERTED_INDICATION, 0, 1, False),
        ("ip_realm_default_indication", "IPRealmDefaultIndication | int | None", IP_REALM_DEFAULT_INDICATION, 0, 1, False),
        ("transcoder_inserted_indication", "TranscoderInsertedIndication | int | None", TRANSCODER_INSERTED_INDICATION, 0, 1, False),
        ("media_initiator_flag", "MediaInitiatorFlag | int | None", MEDIA_INITIATOR_FLAG, 0, 1, False),
        ("media_initiator_party", "str | None", MEDIA_INITIATOR_PARTY, 0, 1, False),
        ("tgpp_charging_id", "bytes | None", TGPP_CHARGING_ID, 0, 1, False),
        ("access_network_charging_identifier_value", "bytes | None", ACCESS_NETWORK_CHARGING_IDENTIFIER_VALUE, 0, 1, False),
        ("sdp_type", "SDPType | int | None", SDP_TYPE, 0, 1, False),
    )),
    "TrunkGroupID": (TRUNK_GROUP_ID, """Trunk-Group-ID ::= < AVP Header: 851, 10415 >
         [ Incoming-Trunk-Group-ID ]
         [ Outgoing-Trunk-Group-ID ]
    """, (
        ("incoming_trunk_group_id", "str | None", INCOMING_TRUNK_GROUP_ID, 0, 1, False),
        ("outgoing_trunk_group_id", "str | None", OUTGOING_TRUNK_GROUP_ID, 0, 1, False),
    )),
    "ServiceSpecificInfo": (SERVICE_SPECIFIC_INFO, """Service-Specific-Info ::= < AVP Header: 1249, 10415 >
         [ Service-Specific-Data ]
         [ Service-Specific-Type ]
    """, (
        ("service_specific_data", "str | None", SERVICE_SPECIFIC_DATA, 0, 1, False),
        ("service_specific_type", "int | None", SERVICE_SPECIFIC_TYPE, 0, 1, False),
    )),
    "MessageBody": (MESSAGE_BODY, """Message-Body ::= < AVP Header: 889, 10415 >
         { Content-Type }
         { Content-Length }
         [ Content-Disposition ]
         [ Originator ]
    """, (
        ("content_type", "str", CONTENT_TYPE, 1, 1, False),
        ("content_length", "int", CONTENT_LENGTH, 1, 1, False),
        ("content_disposition", "str | None", CONTENT_DISPOSITION, 0, 1, False),
        ("originator", "Originator | int | None", ORIGINATOR, 0, 1, False),
    )),
    "EarlyMediaDescription": (EARLY_MEDIA_DESCRIPTION, """Early-Media-Description ::= < AVP Header: 1272, 10415 >
         [ SDP-TimeStamps ]
       * [ SDP-Media-Component ]
       * [ SDP-Session-Description ]
    """, (
        ("sdp_timestamps", "SDPTimeStamps | None", SDP_TIMESTAMPS, 0, 1, False),
        ("sdp_media_component", "tuple[SDPMediaComponent, ...]", SDP_MEDIA_COMPONENT, 0, None, False),
        ("sdp_session_description", "tuple[str, ...]", SDP_SESSION_DESCRIPTION, 0, None, False),
    )),
    "SDPTimeStamps": (SDP_TIMESTAMPS, """SDP-TimeStamps ::= < AVP Header: 1273, 10415 >
         [ SDP-Offer-Timestamp ]
         [ SDP-Answer-Timestamp ]
    """, (
        ("sdp_offer_timestamp", "datetime | None", SDP_OFFER_TIMESTAMP, 0, 1, False),
        ("sdp_answer_timestamp", "datetime | None", SDP_ANSWER_TIMESTAMP, 0, 1, False),
    )),
    "RealTimeTariffInformation": (REAL_TIME_TARIFF_INFORMATION, """Real-Time-Tariff-Information ::= < AVP Header: 2305, 10415 >
         [ Tariff-Information ]
         [ Tariff-XML ]
    """, (
        ("tariff_information", "TariffInformation | None", TARIFF_INFORMATION, 0, 1, False),
        ("tariff_xml", "str | None", TARIFF_XML, 0, 1, False),
    )),
    "NNIInformation": (NNI_INFORMATION, """NNI-Information ::= < AVP Header: 2703, 10415 >
         [ Session-Direction ]
         [ NNI-Type ]
         [ Relationship-Mode ]
         [ Neighbour-Node-Address ]
    """, (
        ("session_direction", "SessionDirection | int | None", SESSION_DIRECTION, 0, 1, False),
        ("nni_type", "NNIType | int | None", NNI_TYPE, 0, 1, False),
        ("relationship_mode", "RelationshipMode | int | None", RELATIONSHIP_MODE, 0, 1, False),
        ("neighbour_node_address", "AddressValue | None", NEIGHBOUR_NODE_ADDRESS, 0, 1, False),
    )),
    "AccessNetworkInfoChange": (ACCESS_NETWORK_INFO_CHANGE, """Access-Network-Info-Change ::= < AVP Header: 4401, 10415 >
       * [ Access-Network-Information ]
         [ Cellular-Network-Information ]
         [ Change-Time ]
    """, (
        ("access_network_information", "tuple[bytes, ...]", ACCESS_NETWORK_INFORMATION, 0, None, False),
        ("cellular_network_information", "bytes | None", CELLULAR_NETWORK_INFORMATION, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
    )),
    "AccessTransferInformation": (ACCESS_TRANSFER_INFORMATION, """Access-Transfer-Information ::= < AVP Header: 2709, 10415 >
         [ Access-Transfer-Type ]
       * [ Access-Network-Information ]
         [ Cellular-Network-Information ]
         [ Inter-UE-Transfer ]
         [ User-Equipment-Info ]
         [ Instance-Id ]
         [ Related-IMS-Charging-Identifier ]
         [ Related-IMS-Charging-Identifier-Node ]
         [ Change-Time ]
    """, (
        ("access_transfer_type", "AccessTransferType | int | None", ACCESS_TRANSFER_TYPE, 0, 1, False),
        ("access_network_information", "tuple[bytes, ...]", ACCESS_NETWORK_INFORMATION, 0, None, False),
        ("cellular_network_information", "bytes | None", CELLULAR_NETWORK_INFORMATION, 0, 1, False),
        ("inter_ue_transfer", "InterUETransfer | int | None", INTER_UE_TRANSFER, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("instance_id", "str | None", INSTANCE_ID, 0, 1, False),
        ("related_ims_charging_identifier", "str | None", RELATED_IMS_CHARGING_IDENTIFIER, 0, 1, False),
        ("related_ims_charging_identifier_node", "AddressValue | None", RELATED_IMS_CHARGING_IDENTIFIER_NODE, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
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
        ("time_quota_threshold", "int | None", TIME_QUOTA_THRESHOLD, 0, 1, False),
        ("volume_quota_threshold", "int | None", VOLUME_QUOTA_THRESHOLD, 0, 1, False),
        ("unit_quota_threshold", "int | None", UNIT_QUOTA_THRESHOLD, 0, 1, False),
        ("quota_holding_time", "int | None", QUOTA_HOLDING_TIME, 0, 1, False),
        ("quota_consumption_time", "int | None", QUOTA_CONSUMPTION_TIME, 0, 1, False),
        ("reporting_reason", "tuple[ReportingReason | int, ...]", REPORTING_REASON, 0, None, False),
        ("trigger", "Trigger | None", TRIGGER, 0, 1, False),
        ("ps_furnish_charging_information", "PSFurnishChargingInformation | None", PS_FURNISH_CHARGING_INFORMATION, 0, 1, False),
        ("refund_information", "bytes | None", REFUND_INFORMATION, 0, 1, False),
        ("af_correlation_information", "tuple[AFCorrelationInformation, ...]", AF_CORRELATION_INFORMATION, 0, None, False),
        ("envelope", "tuple[Envelope, ...]", ENVELOPE, 0, None, False),
        ("envelope_reporting", "EnvelopeReporting | int | None", ENVELOPE_REPORTING, 0, 1, False),
        ("time_quota_mechanism", "TimeQuotaMechanism | None", TIME_QUOTA_MECHANISM, 0, 1, False),
        ("service_specific_info", "tuple[ServiceSpecificInfo, ...]", SERVICE_SPECIFIC_INFO, 0, None, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("announcement_information", "tuple[AnnouncementInformation, ...]", ANNOUNCEMENT_INFORMATION, 0, None, False),
        ("tgpp_rat_type", "bytes | None", TGPP_RAT_TYPE, 0, 1, False),
        ("related_trigger", "RelatedTrigger | None", RELATED_TRIGGER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UsedServiceUnit": (USED_SERVICE_UNIT, """Used-Service-Unit ::= < AVP Header: 446 >
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
    """, (
        ("reporting_reason", "ReportingReason | int | None", REPORTING_REASON, 0, 1, False),
        ("tariff_change_usage", "TariffChangeUsage | int | None", TARIFF_CHANGE_USAGE, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("event_charging_timestamp", "tuple[datetime, ...]", EVENT_CHARGING_TIMESTAMP, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Trigger": (TRIGGER, """Trigger ::= < AVP Header: 1264, 10415 >
       * [ Trigger-Type ]
    """, (
        ("trigger_type", "tuple[TriggerType | int, ...]", TRIGGER_TYPE, 0, None, False),
    )),
    "RelatedTrigger": (RELATED_TRIGGER, """Related-Trigger ::= < AVP Header: 3926, 10415 >
       * [ Trigger-Type ]
    """, (
        ("trigger_type", "tuple[TriggerType | int, ...]", TRIGGER_TYPE, 0, None, False),
    )),
    "AFCorrelationInformation": (AF_CORRELATION_INFORMATION, """AF-Correlation-Information ::= < AVP Header: 1276, 10415 >
         { AF-Charging-Identifier }
       * [ Flows ]
    """, (
        ("af_charging_identifier", "bytes", AF_CHARGING_IDENTIFIER, 1, 1, False),
        ("flows", "tuple[Flows, ...]", FLOWS, 0, None, False),
    )),
    "Envelope": (ENVELOPE, """Envelope ::= < AVP Header: 1266, 10415 >
         { Envelope-Start-Time }
         [ Envelope-End-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
    """, (
        ("envelope_start_time", "datetime", ENVELOPE_START_TIME, 1, 1, False),
        ("envelope_end_time", "datetime | None", ENVELOPE_END_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
    )),
    "TimeQuotaMechanism": (TIME_QUOTA_MECHANISM, """Time-Quota-Mechanism ::= < AVP Header: 1270, 10415 >
         { Time-Quota-Type }
         { Base-Time-Interval }
    """, (
        ("time_quota_type", "TimeQuotaType | int", TIME_QUOTA_TYPE, 1, 1, False),
        ("base_time_interval", "int", BASE_TIME_INTERVAL, 1, 1, False),
    )),
    "AnnouncementInformation": (ANNOUNCEMENT_INFORMATION, """Announcement-Information ::= < AVP Header: 3904, 10415 >
         { Announcement-Identifier }
       * [ Variable-Part ]
         [ Time-Indicator ]
         [ Quota-Indicator ]
         [ Announcement-Order ]
         [ Play-Alternative ]
         [ Privacy-Indicator ]
         [ Language ]
    """, (
        ("announcement_identifier", "int", ANNOUNCEMENT_IDENTIFIER, 1, 1, False),
        ("variable_part", "tuple[VariablePart, ...]", VARIABLE_PART, 0, None, False),
        ("time_indicator", "int | None", TIME_INDICATOR, 0, 1, False),
        ("quota_indicator", "QuotaIndicator | int | None", QUOTA_INDICATOR, 0, 1, False),
        ("announcement_order", "int | None", ANNOUNCEMENT_ORDER, 0, 1, False),
        ("play_alternative", "PlayAlternative | int | None", PLAY_ALTERNATIVE, 0, 1, False),
        ("privacy_indicator", "PrivacyIndicator | int | None", PRIVACY_INDICATOR, 0, 1, False),
        ("language", "str | None", LANGUAGE, 0, 1, False),
    )),
    "VariablePart": (VARIABLE_PART, """Variable-Part ::= < AVP Header: 3907, 10415 >
         [ Variable-Part-Order ]
         { Variable-Part-Type }
         { Variable-Part-Value }
    """, (
        ("variable_part_order", "int | None", VARIABLE_PART_ORDER, 0, 1, False),
        ("variable_part_type", "VariablePartType | int", VARIABLE_PART_TYPE, 1, 1, False),
        ("variable_part_value", "str", VARIABLE_PART_VALUE, 1, 1, False),
    )),
    "RemainingBalance": (REMAINING_BALANCE, """Remaining-Balance ::= < AVP Header: 2021, 10415 >
         { Unit-Value }
         { Currency-Code }
    """, (
        ("unit_value", "UnitValue", UNIT_VALUE, 1, 1, False),
        ("currency_code", "int", CURRENCY_CODE, 1, 1, False),
    )),
    "TGPPOCSpecificReduction": (TGPP_OC_SPECIFIC_REDUCTION, """3GPP-OC-Specific-Reduction ::= < AVP Header: 1320, 10415 >
       * [ 3GPP-OC-Rating-Group ]
       * [ 3GPP-OC-Request-Type ]
         [ OC-Reduction-Percentage ]
       * [ AVP ]
    """, (
        ("tgpp_oc_rating_group", "tuple[int, ...]", TGPP_OC_RATING_GROUP, 0, None, False),
        ("tgpp_oc_request_type", "tuple[TGPPOCRequestType | int, ...]", TGPP_OC_REQUEST_TYPE, 0, None, False),
        ("oc_reduction_percentage", "int | None", OC_REDUCTION_PERCENTAGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ExposureFunctionAPIInformation": (EXPOSURE_FUNCTION_API_INFORMATION, """Exposure-Function-API-Information ::= < AVP Header: 1316, 10415 >
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
    """, (
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("api_content", "str | None", API_CONTENT, 0, 1, False),
        ("api_direction", "APIDirection | int | None", API_DIRECTION, 0, 1, False),
        ("api_identifier", "bytes | None", API_IDENTIFIER, 0, 1, False),
        ("api_invocation_timestamp", "datetime | None", API_INVOCATION_TIMESTAMP, 0, 1, False),
        ("api_network_service_node", "APINetworkServiceNode | int | None", API_NETWORK_SERVICE_NODE, 0, 1, False),
        ("api_result_code", "int | None", API_RESULT_CODE, 0, 1, False),
        ("api_size", "int | None", API_SIZE, 0, 1, False),
        ("scef_address", "AddressValue | None", SCEF_ADDRESS, 0, 1, False),
        ("scs_as_address", "SCSASAddress | None", SCS_AS_ADDRESS, 0, 1, False),
        ("tltri", "int | None", TLTRI, 0, 1, False),
    )),
    "MonitoringEventInformation": (MONITORING_EVENT_INFORMATION, """Monitoring-Event-Information ::= < AVP Header: 3921, 10415 >
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
    """, (
        ("monitoring_event_functionality", "MonitoringEventFunctionality | int | None", MONITORING_EVENT_FUNCTIONALITY, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("monitoring_event_configuration_activity", "MonitoringEventConfigurationActivity | int | None", MONITORING_EVENT_CONFIGURATION_ACTIVITY, 0, 1, False),
        ("scef_reference_id", "int | None", SCEF_REFERENCE_ID, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("monitoring_type", "MonitoringType | int | None", MONITORING_TYPE, 0, 1, False),
        ("maximum_number_of_reports", "int | None", MAXIMUM_NUMBER_OF_REPORTS, 0, 1, False),
        ("monitoring_duration", "datetime | None", MONITORING_DURATION, 0, 1, False),
        ("charged_party", "str | None", CHARGED_PARTY, 0, 1, False),
        ("maximum_detection_time", "int | None", MAXIMUM_DETECTION_TIME, 0, 1, False),
        ("ue_reachability_configuration", "UEReachabilityConfiguration | None", UE_REACHABILITY_CONFIGURATION, 0, 1, False),
        ("monte_location_type", "MONTELocationType | int | None", MONTE_LOCATION_TYPE, 0, 1, False),
        ("accuracy", "Accuracy | int | None", ACCURACY, 0, 1, False),
        ("number_of_ue_per_location_configuration", "tuple[NumberOfUEPerLocationConfiguration, ...]", NUMBER_OF_UE_PER_LOCATION_CONFIGURATION, 0, None, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
    )),
    "MonitoringEventReportData": (MONITORING_EVENT_REPORT_DATA, """Monitoring-Event-Report-Data ::= < AVP Header: 3920, 10415 >
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
    """, (
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("scef_reference_id", "int | None", SCEF_REFERENCE_ID, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("monitoring_event_report_number", "int | None", MONITORING_EVENT_REPORT_NUMBER, 0, 1, False),
        ("charged_party", "str | None", CHARGED_PARTY, 0, 1, False),
        ("subscription_id", "SubscriptionId | None", SUBSCRIPTION_ID, 0, 1, False),
        ("monitoring_type", "MonitoringType | int | None", MONITORING_TYPE, 0, 1, False),
        ("reachability_information", "ReachabilityInformation | int | None", REACHABILITY_INFORMATION, 0, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("communication_failure_information", "CommunicationFailureInformation | None", COMMUNICATION_FAILURE_INFORMATION, 0, 1, False),
        ("number_of_ue_per_location_report", "tuple[NumberOfUEPerLocationReport, ...]", NUMBER_OF_UE_PER_LOCATION_REPORT, 0, None, False),
    )),
    "MMSInformation": (MMS_INFORMATION, """MMS-Information ::= < AVP Header: 877, 10415 >
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
    """, (
        ("originator_address", "OriginatorAddress | None", ORIGINATOR_ADDRESS, 0, 1, False),
        ("recipient_address", "tuple[RecipientAddress, ...]", RECIPIENT_ADDRESS, 0, None, False),
        ("submission_time", "datetime | None", SUBMISSION_TIME, 0, 1, False),
        ("mm_content_type", "MMContentType | None", MM_CONTENT_TYPE, 0, 1, False),
        ("priority", "Priority | int | None", PRIORITY, 0, 1, False),
        ("message_id", "str | None", MESSAGE_ID, 0, 1, False),
        ("message_type", "MessageType | int | None", MESSAGE_TYPE, 0, 1, False),
        ("message_size", "int | None", MESSAGE_SIZE, 0, 1, False),
        ("message_class", "MessageClass | None", MESSAGE_CLASS, 0, 1, False),
        ("delivery_report_requested", "DeliveryReportRequested | int | None", DELIVERY_REPORT_REQUESTED, 0, 1, False),
        ("read_reply_report_requested", "ReadReplyReportRequested | int | None", READ_REPLY_REPORT_REQUESTED, 0, 1, False),
        ("mmbox_storage_requested", "MMBoxStorageRequested | int | None", MMBOX_STORAGE_REQUESTED, 0, 1, False),
        ("applic_id", "str | None", APPLIC_ID, 0, 1, False),
        ("reply_applic_id", "str | None", REPLY_APPLIC_ID, 0, 1, False),
        ("aux_applic_info", "str | None", AUX_APPLIC_INFO, 0, 1, False),
        ("content_class", "ContentClass | int | None", CONTENT_CLASS, 0, 1, False),
        ("drm_content", "DRMContent | int | None", DRM_CONTENT, 0, 1, False),
        ("adaptations", "Adaptations | int | None", ADAPTATIONS, 0, 1, False),
        ("vasp_id", "str | None", VASP_ID, 0, 1, False),
        ("vas_id", "str | None", VAS_ID, 0, 1, False),
    )),
    "OriginatorAddress": (ORIGINATOR_ADDRESS, """Originator-Address ::= < AVP Header: 886, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """, (
        ("address_type", "AddressType | int | None", ADDRESS_TYPE, 0, 1, False),
        ("address_data", "str | None", ADDRESS_DATA, 0, 1, False),
        ("address_domain", "AddressDomain | None", ADDRESS_DOMAIN, 0, 1, False),
    )),
    "RecipientAddress": (RECIPIENT_ADDRESS, """Recipient-Address ::= < AVP Header: 1201, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
         [ Addressee-Type ]
    """, (
        ("address_type", "AddressType | int | None", ADDRESS_TYPE, 0, 1, False),
        ("address_data", "str | None", ADDRESS_DATA, 0, 1, False),
        ("address_domain", "AddressDomain | None", ADDRESS_DOMAIN, 0, 1, False),
        ("addressee_type", "AddresseeType | int | None", ADDRESSEE_TYPE, 0, 1, False),
    )),
    "AddressDomain": (ADDRESS_DOMAIN, """Address-Domain ::= < AVP Header: 898, 10415 >
         [ Domain-Name ]
         [ 3GPP-IMSI-MCC-MNC ]
    """, (
        ("domain_name", "str | None", DOMAIN_NAME, 0, 1, False),
        ("tgpp_imsi_mcc_mnc", "str | None", TGPP_IMSI_MCC_MNC, 0, 1, False),
    )),
    "MMContentType": (MM_CONTENT_TYPE, """MM-Content-Type ::= < AVP Header: 1203, 10415 >
         [ Type-Number ]
         [ Additional-Type-Information ]
         [ Content-Size ]
       * [ Additional-Content-Information ]
    """, (
        ("type_number", "TypeNumber | int | None", TYPE_NUMBER, 0, 1, False),
        ("additional_type_information", "str | None", ADDITIONAL_TYPE_INFORMATION, 0, 1, False),
        ("content_size", "int | None", CONTENT_SIZE, 0, 1, False),
        ("additional_content_information", "tuple[AdditionalContentInformation, ...]", ADDITIONAL_CONTENT_INFORMATION, 0, None, False),
    )),
    "AdditionalContentInformation": (ADDITIONAL_CONTENT_INFORMATION, """Additional-Content-Information ::= < AVP Header: 1207, 10415 >
         [ Type-Number ]
         [ Additional-Type-Information ]
         [ Content-Size ]
    """, (
        ("type_number", "TypeNumber | int | None", TYPE_NUMBER, 0, 1, False),
        ("additional_type_information", "str | None", ADDITIONAL_TYPE_INFORMATION, 0, 1, False),
        ("content_size", "int | None", CONTENT_SIZE, 0, 1, False),
    )),
    "MessageClass": (MESSAGE_CLASS, """Message-Class ::= < AVP Header: 1213, 10415 >
         [ Class-Identifier ]
         [ Token-Text ]
    """, (
        ("class_identifier", "ClassIdentifier | int | None", CLASS_IDENTIFIER, 0, 1, False),
        ("token_text", "str | None", TOKEN_TEXT, 0, 1, False),
    )),
    "LCSInformation": (LCS_INFORMATION, """LCS-Information ::= < AVP Header: 878, 10415 >
         [ LCS-Client-ID ]
         [ Location-Type ]
         [ Location-Estimate ]
         [ Positioning-Data ]
         [ 3GPP-IMSI ]
         [ MSISDN ]
    """, (
        ("lcs_client_id", "LCSClientID | None", LCS_CLIENT_ID, 0, 1, False),
        ("location_type", "LocationType | None", LOCATION_TYPE, 0, 1, False),
        ("location_estimate", "bytes | None", LOCATION_ESTIMATE, 0, 1, False),
        ("positioning_data", "str | None", POSITIONING_DATA, 0, 1, False),
        ("tgpp_imsi", "str | None", TGPP_IMSI, 0, 1, False),
        ("msisdn", "bytes | None", MSISDN, 0, 1, False),
    )),
    "LCSClientID": (LCS_CLIENT_ID, """LCS-Client-ID ::= < AVP Header: 1232, 10415 >
         [ LCS-Client-Type ]
         [ LCS-Client-External-ID ]
         [ LCS-Client-Dialed-By-MS ]
         [ LCS-Client-Name ]
         [ LCS-APN ]
         [ LCS-Requestor-ID ]
    """, (
        ("lcs_client_type", "LCSClientType | int | None", LCS_CLIENT_TYPE, 0, 1, False),
        ("lcs_client_external_id", "str | None", LCS_CLIENT_EXTERNAL_ID, 0, 1, False),
        ("lcs_client_dialed_by_ms", "str | None", LCS_CLIENT_DIALED_BY_MS, 0, 1, False),
        ("lcs_client_name", "LCSClientName | None", LCS_CLIENT_NAME, 0, 1, False),
        ("lcs_apn", "str | None", LCS_APN, 0, 1, False),
        ("lcs_requestor_id", "LCSRequestorID | None", LCS_REQUESTOR_ID, 0, 1, False),
    )),
    "LCSClientName": (LCS_CLIENT_NAME, """LCS-Client-Name ::= < AVP Header: 1235, 10415 >
         [ LCS-Data-Coding-Scheme ]
         [ LCS-Name-String ]
         [ LCS-Format-Indicator ]
    """, (
        ("lcs_data_coding_scheme", "str | None", LCS_DATA_CODING_SCHEME, 0, 1, False),
        ("lcs_name_string", "str | None", LCS_NAME_STRING, 0, 1, False),
        ("lcs_format_indicator", "LCSFormatIndicator | int | None", LCS_FORMAT_INDICATOR, 0, 1, False),
    )),
    "LCSRequestorID": (LCS_REQUESTOR_ID, """LCS-Requestor-ID ::= < AVP Header: 1239, 10415 >
         [ LCS-Data-Coding-Scheme ]
         [ LCS-Requestor-ID-String ]
    """, (
        ("lcs_data_coding_scheme", "str | None", LCS_DATA_CODING_SCHEME, 0, 1, False),
        ("lcs_requestor_id_string", "str | None", LCS_REQUESTOR_ID_STRING, 0, 1, False),
    )),
    "LocationType": (LOCATION_TYPE, """Location-Type ::= < AVP Header: 1244, 10415 >
         [ Location-Estimate-Type ]
         [ Deferred-Location-Event-Type ]
    """, (
        ("location_estimate_type", "LocationEstimateType | int | None", LOCATION_ESTIMATE_TYPE, 0, 1, False),
        ("deferred_location_event_type", "str | None", DEFERRED_LOCATION_EVENT_TYPE, 0, 1, False),
    )),
    "PoCInformation": (POC_INFORMATION, """PoC-Information ::= < AVP Header: 879, 10415 >
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
    """, (
        ("poc_server_role", "PoCServerRole | int | None", POC_SERVER_ROLE, 0, 1, False),
        ("poc_session_type", "PoCSessionType | int | None", POC_SESSION_TYPE, 0, 1, False),
        ("poc_user_role", "PoCUserRole | None", POC_USER_ROLE, 0, 1, False),
        ("poc_session_initiation_type", "PoCSessionInitiationType | int | None", POC_SESSION_INITIATION_TYPE, 0, 1, False),
        ("poc_event_type", "PoCEventType | int | None", POC_EVENT_TYPE, 0, 1, False),
        ("number_of_participants", "int | None", NUMBER_OF_PARTICIPANTS, 0, 1, False),
        ("participants_involved", "tuple[str, ...]", PARTICIPANTS_INVOLVED, 0, None, False),
        ("participant_group", "tuple[ParticipantGroup, ...]", PARTICIPANT_GROUP, 0, None, False),
        ("talk_burst_exchange", "tuple[TalkBurstExchange, ...]", TALK_BURST_EXCHANGE, 0, None, False),
        ("poc_controlling_address", "str | None", POC_CONTROLLING_ADDRESS, 0, 1, False),
        ("poc_group_name", "str | None", POC_GROUP_NAME, 0, 1, False),
        ("poc_session_id", "str | None", POC_SESSION_ID, 0, 1, False),
        ("charged_party", "str | None", CHARGED_PARTY, 0, 1, False),
    )),
    "PoCUserRole": (POC_USER_ROLE, """PoC-User-Role ::= < AVP Header: 1252, 10415 >
         [ PoC-User-Role-IDs ]
         [ PoC-User-Role-Info-Units ]
    """, (
        ("poc_user_role_ids", "str | None", POC_USER_ROLE_IDS, 0, 1, False),
        ("poc_user_role_info_units", "PoCUserRoleInfoUnits | int | None", POC_USER_ROLE_INFO_UNITS, 0, 1, False),
    )),
    "ParticipantGroup": (PARTICIPANT_GROUP, """Participant-Group ::= < AVP Header: 1260, 10415 >
         [ Called-Party-Address ]
         [ Participant-Access-Priority ]
         [ User-Participating-Type ]
    """, (
        ("called_party_address", "str | None", CALLED_PARTY_ADDRESS, 0, 1, False),
        ("participant_access_priority", "ParticipantAccessPriority | int | None", PARTICIPANT_ACCESS_PRIORITY, 0, 1, False),
        ("user_participating_type", "UserParticipatingType | int | None", USER_PARTICIPATING_TYPE, 0, 1, False),
    )),
    "TalkBurstExchange": (TALK_BURST_EXCHANGE, """Talk-Burst-Exchange ::= < AVP Header: 1255, 10415 >
         { PoC-Change-Time }
         [ Number-Of-Talk-Bursts ]
         [ Talk-Burst-Volume ]
         [ Talk-Burst-Time ]
         [ Number-Of-Received-Talk-Bursts ]
         [ Received-Talk-Burst-Volume ]
         [ Received-Talk-Burst-Time ]
         [ Number-Of-Participants ]
         [ PoC-Change-Condition ]
    """, (
        ("poc_change_time", "datetime", POC_CHANGE_TIME, 1, 1, False),
        ("number_of_talk_bursts", "int | None", NUMBER_OF_TALK_BURSTS, 0, 1, False),
        ("talk_burst_volume", "int | None", TALK_BURST_VOLUME, 0, 1, False),
        ("talk_burst_time", "int | None", TALK_BURST_TIME, 0, 1, False),
        ("number_of_received_talk_bursts", "int | None", NUMBER_OF_RECEIVED_TALK_BURSTS, 0, 1, False),
        ("received_talk_burst_volume", "int | None", RECEIVED_TALK_BURST_VOLUME, 0, 1, False),
        ("received_talk_burst_time", "int | None", RECEIVED_TALK_BURST_TIME, 0, 1, False),
        ("number_of_participants", "int | None", NUMBER_OF_PARTICIPANTS, 0, 1, False),
        ("poc_change_condition", "PoCChangeCondition | int | None", POC_CHANGE_CONDITION, 0, 1, False),
    )),
    "MBMSInformation": (MBMS_INFORMATION, """MBMS-Information ::= < AVP Header: 880, 10415 >
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
    """, (
        ("tmgi", "bytes | None", TMGI, 0, 1, False),
        ("mbms_service_type", "MBMSServiceType | int | None", MBMS_SERVICE_TYPE, 0, 1, False),
        ("mbms_user_service_type", "MBMSUserServiceType | int | None", MBMS_USER_SERVICE_TYPE, 0, 1, False),
        ("file_repair_supported", "FileRepairSupported | int | None", FILE_REPAIR_SUPPORTED, 0, 1, False),
        ("required_mbms_bearer_capabilities", "str | None", REQUIRED_MBMS_BEARER_CAPABILITIES, 0, 1, False),
        ("mbms_2g_3g_indicator", "MBMS2G3GIndicator | int | None", MBMS_2G_3G_INDICATOR, 0, 1, False),
        ("rai", "str | None", RAI, 0, 1, False),
        ("mbms_service_area", "tuple[bytes, ...]", MBMS_SERVICE_AREA, 0, None, False),
        ("mbms_session_identity", "bytes | None", MBMS_SESSION_IDENTITY, 0, 1, False),
        ("cn_ip_multicast_distribution", "CNIPMulticastDistribution | int | None", CN_IP_MULTICAST_DISTRIBUTION, 0, 1, False),
        ("mbms_gw_address", "AddressValue | None", MBMS_GW_ADDRESS, 0, 1, False),
        ("mbms_charged_party", "MBMSChargedParty | int | None", MBMS_CHARGED_PARTY, 0, 1, False),
        ("msisdn", "tuple[bytes, ...]", MSISDN, 0, None, False),
        ("mbms_data_transfer_start", "int | None", MBMS_DATA_TRANSFER_START, 0, 1, False),
        ("mbms_data_transfer_stop", "int | None", MBMS_DATA_TRANSFER_STOP, 0, 1, False),
    )),
    "SMSInformation": (SMS_INFORMATION, """SMS-Information ::= < AVP Header: 2000, 10415 >
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
    """, (
        ("sms_node", "SMSNode | int | None", SMS_NODE, 0, 1, False),
        ("client_address", "AddressValue | None", CLIENT_ADDRESS, 0, 1, False),
        ("originator_sccp_address", "AddressValue | None", ORIGINATOR_SCCP_ADDRESS, 0, 1, False),
        ("smsc_address", "AddressValue | None", SMSC_ADDRESS, 0, 1, False),
        ("data_coding_scheme", "int | None", DATA_CODING_SCHEME, 0, 1, False),
        ("sm_discharge_time", "datetime | None", SM_DISCHARGE_TIME, 0, 1, False),
        ("sm_message_type", "SMMessageType | int | None", SM_MESSAGE_TYPE, 0, 1, False),
        ("originator_interface", "OriginatorInterface | None", ORIGINATOR_INTERFACE, 0, 1, False),
        ("sm_protocol_id", "bytes | None", SM_PROTOCOL_ID, 0, 1, False),
        ("reply_path_requested", "ReplyPathRequested | int | None", REPLY_PATH_REQUESTED, 0, 1, False),
        ("sm_status", "bytes | None", SM_STATUS, 0, 1, False),
        ("sm_user_data_header", "bytes | None", SM_USER_DATA_HEADER, 0, 1, False),
        ("number_of_messages_sent", "int | None", NUMBER_OF_MESSAGES_SENT, 0, 1, False),
        ("sm_sequence_number", "int | None", SM_SEQUENCE_NUMBER, 0, 1, False),
        ("recipient_info", "tuple[RecipientInfo, ...]", RECIPIENT_INFO, 0, None, False),
        ("originator_received_address", "OriginatorReceivedAddress | None", ORIGINATOR_RECEIVED_ADDRESS, 0, 1, False),
        ("sm_service_type", "SMServiceType | int | None", SM_SERVICE_TYPE, 0, 1, False),
        ("sms_result", "int | None", SMS_RESULT, 0, 1, False),
        ("sm_device_trigger_indicator", "SMDeviceTriggerIndicator | int | None", SM_DEVICE_TRIGGER_INDICATOR, 0, 1, False),
        ("sm_device_trigger_information", "SMDeviceTriggerInformation | None", SM_DEVICE_TRIGGER_INFORMATION, 0, 1, False),
        ("mtc_iwf_address", "AddressValue | None", MTC_IWF_ADDRESS, 0, 1, False),
        ("application_port_identifier", "int | None", APPLICATION_PORT_IDENTIFIER, 0, 1, False),
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
    )),
    "OriginatorInterface": (ORIGINATOR_INTERFACE, """Originator-Interface ::= < AVP Header: 2009, 10415 >
         [ Interface-Id ]
         [ Interface-Text ]
         [ Interface-Port ]
         [ Interface-Type ]
    """, (
        ("interface_id", "str | None", INTERFACE_ID, 0, 1, False),
        ("interface_text", "str | None", INTERFACE_TEXT, 0, 1, False),
        ("interface_port", "str | None", INTERFACE_PORT, 0, 1, False),
        ("interface_type", "InterfaceType | int | None", INTERFACE_TYPE, 0, 1, False),
    )),
    "DestinationInterface": (DESTINATION_INTERFACE, """Destination-Interface ::= < AVP Header: 2002, 10415 >
         [ Interface-Id ]
         [ Interface-Text ]
         [ Interface-Port ]
         [ Interface-Type ]
    """, (
        ("interface_id", "str | None", INTERFACE_ID, 0, 1, False),
        ("interface_text", "str | None", INTERFACE_TEXT, 0, 1, False),
        ("interface_port", "str | None", INTERFACE_PORT, 0, 1, False),
        ("interface_type", "InterfaceType | int | None", INTERFACE_TYPE, 0, 1, False),
    )),
    "RecipientInfo": (RECIPIENT_INFO, """Recipient-Info ::= < AVP Header: 2026, 10415 >
         [ Destination-Interface ]
       * [ Recipient-Address ]
       * [ Recipient-Received-Address ]
         [ Recipient-SCCP-Address ]
         [ SM-Protocol-ID ]
    """, (
        ("destination_interface", "DestinationInterface | None", DESTINATION_INTERFACE, 0, 1, False),
        ("recipient_address", "tuple[RecipientAddress, ...]", RECIPIENT_ADDRESS, 0, None, False),
        ("recipient_received_address", "tuple[RecipientReceivedAddress, ...]", RECIPIENT_RECEIVED_ADDRESS, 0, None, False),
        ("recipient_sccp_address", "AddressValue | None", RECIPIENT_SCCP_ADDRESS, 0, 1, False),
        ("sm_protocol_id", "bytes | None", SM_PROTOCOL_ID, 0, 1, False),
    )),
    "RecipientReceivedAddress": (RECIPIENT_RECEIVED_ADDRESS, """Recipient-Received-Address ::= < AVP Header: 2028, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """, (
        ("address_type", "AddressType | int | None", ADDRESS_TYPE, 0, 1, False),
        ("address_data", "str | None", ADDRESS_DATA, 0, 1, False),
        ("address_domain", "AddressDomain | None", ADDRESS_DOMAIN, 0, 1, False),
    )),
    "OriginatorReceivedAddress": (ORIGINATOR_RECEIVED_ADDRESS, """Originator-Received-Address ::= < AVP Header: 2027, 10415 >
         [ Address-Type ]
         [ Address-Data ]
         [ Address-Domain ]
    """, (
        ("address_type", "AddressType | int | None", ADDRESS_TYPE, 0, 1, False),
        ("address_data", "str | None", ADDRESS_DATA, 0, 1, False),
        ("address_domain", "AddressDomain | None", ADDRESS_DOMAIN, 0, 1, False),
    )),
    "SMDeviceTriggerInformation": (SM_DEVICE_TRIGGER_INFORMATION, """SM-Device-Trigger-Information ::= < AVP Header: 3405, 10415 >
         [ MTC-IWF-Address ]
         [ Reference-Number ]
         [ Serving-Node ]
         [ Validity-Time ]
         [ Priority-Indication ]
         [ Application-Port-Identifier ]
    """, (
        ("mtc_iwf_address", "AddressValue | None", MTC_IWF_ADDRESS, 0, 1, False),
        ("reference_number", "int | None", REFERENCE_NUMBER, 0, 1, False),
        ("serving_node", "ServingNode | None", SERVING_NODE, 0, 1, False),
        ("validity_time", "int | None", VALIDITY_TIME, 0, 1, False),
        ("priority_indication", "PriorityIndication | int | None", PRIORITY_INDICATION, 0, 1, False),
        ("application_port_identifier", "int | None", APPLICATION_PORT_IDENTIFIER, 0, 1, False),
    )),
    "MMTelInformation": (MMTEL_INFORMATION, """MMTel-Information ::= < AVP Header: 2030, 10415 >
       * [ Supplementary-Service ]
    """, (
        ("supplementary_service", "tuple[SupplementaryService, ...]", SUPPLEMENTARY_SERVICE, 0, None, False),
    )),
    "SupplementaryService": (SUPPLEMENTARY_SERVICE, """Supplementary-Service ::= < AVP Header: 2048, 10415 >
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
    """, (
        ("mmtel_sservice_type", "MMTelSServiceType | int | None", MMTEL_SSERVICE_TYPE, 0, 1, False),
        ("service_mode", "ServiceMode | int | None", SERVICE_MODE, 0, 1, False),
        ("number_of_diversions", "int | None", NUMBER_OF_DIVERSIONS, 0, 1, False),
        ("associated_party_address", "str | None", ASSOCIATED_PARTY_ADDRESS, 0, 1, False),
        ("service_id_855", "str | None", SERVICE_ID_855, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("number_of_participants", "int | None", NUMBER_OF_PARTICIPANTS, 0, 1, False),
        ("participant_action_type", "ParticipantActionType | int | None", PARTICIPANT_ACTION_TYPE, 0, 1, False),
        ("cug_information", "bytes | None", CUG_INFORMATION, 0, 1, False),
        ("aoc_information", "AoCInformation | None", AOC_INFORMATION, 0, 1, False),
    )),
    "AoCInformation": (AOC_INFORMATION, """AoC-Information ::= < AVP Header: 2054, 10415 >
         [ AoC-Cost-Information ]
         [ Tariff-Information ]
         [ AoC-Subscription-Information ]
    """, (
        ("aoc_cost_information", "AoCCostInformation | None", AOC_COST_INFORMATION, 0, 1, False),
        ("tariff_information", "TariffInformation | None", TARIFF_INFORMATION, 0, 1, False),
        ("aoc_subscription_information", "AoCSubscriptionInformation | None", AOC_SUBSCRIPTION_INFORMATION, 0, 1, False),
    )),
    "AoCCostInformation": (AOC_COST_INFORMATION, """AoC-Cost-Information ::= < AVP Header: 2053, 10415 >
         [ Accumulated-Cost ]
       * [ Incremental-Cost ]
         [ Currency-Code ]
    """, (
        ("accumulated_cost", "AccumulatedCost | None", ACCUMULATED_COST, 0, 1, False),
        ("incremental_cost", "tuple[IncrementalCost, ...]", INCREMENTAL_COST, 0, None, False),
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
    )),
    "AccumulatedCost": (ACCUMULATED_COST, """Accumulated-Cost ::= < AVP Header: 2052, 10415 >
         { Value-Digits }
         [ Exponent ]
    """, (
        ("value_digits", "int", VALUE_DIGITS, 1, 1, False),
        ("exponent", "int | None", EXPONENT, 0, 1, False),
    )),
    "IncrementalCost": (INCREMENTAL_COST, """Incremental-Cost ::= < AVP Header: 2062, 10415 >
         { Value-Digits }
         [ Exponent ]
    """, (
        ("value_digits", "int", VALUE_DIGITS, 1, 1, False),
        ("exponent", "int | None", EXPONENT, 0, 1, False),
    )),
    "TariffInformation": (TARIFF_INFORMATION, """Tariff-Information ::= < AVP Header: 2060, 10415 >
         { Current-Tariff }
         [ Tariff-Time-Change ]
         [ Next-Tariff ]
    """, (
        ("current_tariff", "CurrentTariff", CURRENT_TARIFF, 1, 1, False),
        ("tariff_time_change", "datetime | None", TARIFF_TIME_CHANGE, 0, 1, False),
        ("next_tariff", "NextTariff | None", NEXT_TARIFF, 0, 1, False),
    )),
    "CurrentTariff": (CURRENT_TARIFF, """Current-Tariff ::= < AVP Header: 2056, 10415 >
         [ Currency-Code ]
         [ Scale-Factor ]
       * [ Rate-Element ]
    """, (
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
        ("scale_factor", "ScaleFactor | None", SCALE_FACTOR, 0, 1, False),
        ("rate_element", "tuple[RateElement, ...]", RATE_ELEMENT, 0, None, False),
    )),
    "NextTariff": (NEXT_TARIFF, """Next-Tariff ::= < AVP Header: 2057, 10415 >
         [ Currency-Code ]
         [ Scale-Factor ]
       * [ Rate-Element ]
    """, (
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
        ("scale_factor", "ScaleFactor | None", SCALE_FACTOR, 0, 1, False),
        ("rate_element", "tuple[RateElement, ...]", RATE_ELEMENT, 0, None, False),
    )),
    "RateElement": (RATE_ELEMENT, """Rate-Element ::= < AVP Header: 2058, 10415 >
         { CC-Unit-Type }
         [ Charge-Reason-Code ]
         [ Unit-Value ]
         [ Unit-Cost ]
         [ Unit-Quota-Threshold ]
    """, (
        ("cc_unit_type", "CCUnitType | int", CC_UNIT_TYPE, 1, 1, False),
        ("charge_reason_code", "ChargeReasonCode | int | None", CHARGE_REASON_CODE, 0, 1, False),
        ("unit_value", "UnitValue | None", UNIT_VALUE, 0, 1, False),
        ("unit_cost", "UnitCost | None", UNIT_COST, 0, 1, False),
        ("unit_quota_threshold", "int | None", UNIT_QUOTA_THRESHOLD, 0, 1, False),
    )),
    "ScaleFactor": (SCALE_FACTOR, """Scale-Factor ::= < AVP Header: 2059, 10415 >
         { Value-Digits }
         [ Exponent ]
    """, (
        ("value_digits", "int", VALUE_DIGITS, 1, 1, False),
        ("exponent", "int | None", EXPONENT, 0, 1, False),
    )),
    "UnitCost": (UNIT_COST, """Unit-Cost ::= < AVP Header: 2061, 10415 >
         { Value-Digits }
         [ Exponent ]
    """, (
        ("value_digits", "int", VALUE_DIGITS, 1, 1, False),
        ("exponent", "int | None", EXPONENT, 0, 1, False),
    )),
    "AoCSubscriptionInformation": (AOC_SUBSCRIPTION_INFORMATION, """AoC-Subscription-Information ::= < AVP Header: 2314, 10415 >
       * [ AoC-Service ]
         [ AoC-Format ]
         [ Preferred-AoC-Currency ]
    """, (
        ("aoc_service", "tuple[AoCService, ...]", AOC_SERVICE, 0, None, False),
        ("aoc_format", "AoCFormat | int | None", AOC_FORMAT, 0, 1, False),
        ("preferred_aoc_currency", "int | None", PREFERRED_AOC_CURRENCY, 0, 1, False),
    )),
    "AoCService": (AOC_SERVICE, """AoC-Service ::= < AVP Header: 2311, 10415 >
         [ AoC-Service-Obligatory-Type ]
         [ AoC-Service-Type ]
    """, (
        ("aoc_service_obligatory_type", "AoCServiceObligatoryType | int | None", AOC_SERVICE_OBLIGATORY_TYPE, 0, 1, False),
        ("aoc_service_type", "AoCServiceType | int | None", AOC_SERVICE_TYPE, 0, 1, False),
    )),
    "VCSInformation": (VCS_INFORMATION, """VCS-Information ::= < AVP Header: 3410, 10415 >
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
    """, (
        ("bearer_capability", "bytes | None", BEARER_CAPABILITY, 0, 1, False),
        ("network_call_reference_number", "bytes | None", NETWORK_CALL_REFERENCE_NUMBER, 0, 1, False),
        ("msc_address", "bytes | None", MSC_ADDRESS, 0, 1, False),
        ("basic_service_code", "BasicServiceCode | None", BASIC_SERVICE_CODE, 0, 1, False),
        ("isup_location_number", "bytes | None", ISUP_LOCATION_NUMBER, 0, 1, False),
        ("vlr_number", "bytes | None", VLR_NUMBER, 0, 1, False),
        ("forwarding_pending", "ForwardingPending | int | None", FORWARDING_PENDING, 0, 1, False),
        ("isup_cause", "ISUPCause | None", ISUP_CAUSE, 0, 1, False),
        ("start_time", "datetime | None", START_TIME, 0, 1, False),
        ("start_of_charging", "datetime | None", START_OF_CHARGING, 0, 1, False),
        ("stop_time", "datetime | None", STOP_TIME, 0, 1, False),
        ("ps_free_format_data", "bytes | None", PS_FREE_FORMAT_DATA, 0, 1, False),
    )),
    "BasicServiceCode": (BASIC_SERVICE_CODE, """Basic-Service-Code ::= < AVP Header: 3411, 10415 >
         [ Bearer-Service ]
         [ Teleservice ]
    """, (
        ("bearer_service", "bytes | None", BEARER_SERVICE, 0, 1, False),
        ("teleservice", "bytes | None", TELESERVICE, 0, 1, False),
    )),
    "ISUPCause": (ISUP_CAUSE, """ISUP-Cause ::= < AVP Header: 3416, 10415 >
         [ ISUP-Cause-Location ]
         [ ISUP-Cause-Value ]
         [ ISUP-Cause-Diagnostics ]
    """, (
        ("isup_cause_location", "int | None", ISUP_CAUSE_LOCATION, 0, 1, False),
        ("isup_cause_value", "int | None", ISUP_CAUSE_VALUE, 0, 1, False),
        ("isup_cause_diagnostics", "bytes | None", ISUP_CAUSE_DIAGNOSTICS, 0, 1, False),
    )),
    "ProSeInformation": (PROSE_INFORMATION, """ProSe-Information ::= < AVP Header: 3447, 10415 >
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
    """, (
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("announcing_ue_hplmn_identifier", "str | None", ANNOUNCING_UE_HPLMN_IDENTIFIER, 0, 1, False),
        ("announcing_ue_vplmn_identifier", "str | None", ANNOUNCING_UE_VPLMN_IDENTIFIER, 0, 1, False),
        ("monitoring_ue_hplmn_identifier", "str | None", MONITORING_UE_HPLMN_IDENTIFIER, 0, 1, False),
        ("monitoring_ue_vplmn_identifier", "str | None", MONITORING_UE_VPLMN_IDENTIFIER, 0, 1, False),
        ("monitored_plmn_identifier", "str | None", MONITORED_PLMN_IDENTIFIER, 0, 1, False),
        ("role_of_prose_function", "RoleOfProSeFunction | int | None", ROLE_OF_PROSE_FUNCTION, 0, 1, False),
        ("prose_app_id", "str | None", PROSE_APP_ID, 0, 1, False),
        ("prose_3rd_party_application_id", "str | None", PROSE_3RD_PARTY_APPLICATION_ID, 0, 1, False),
        ("application_specific_data", "bytes | None", APPLICATION_SPECIFIC_DATA, 0, 1, False),
        ("prose_event_type", "ProSeEventType | int | None", PROSE_EVENT_TYPE, 0, 1, False),
        ("prose_direct_discovery_model", "ProSeDirectDiscoveryModel | int | None", PROSE_DIRECT_DISCOVERY_MODEL, 0, 1, False),
        ("prose_function_ip_address", "AddressValue | None", PROSE_FUNCTION_IP_ADDRESS, 0, 1, False),
        ("prose_function_id", "bytes | None", PROSE_FUNCTION_ID, 0, 1, False),
        ("prose_validity_timer", "int | None", PROSE_VALIDITY_TIMER, 0, 1, False),
        ("prose_role_of_ue", "ProSeRoleOfUE | int | None", PROSE_ROLE_OF_UE, 0, 1, False),
        ("prose_request_timestamp", "datetime | None", PROSE_REQUEST_TIMESTAMP, 0, 1, False),
        ("pc3_control_protocol_cause", "int | None", PC3_CONTROL_PROTOCOL_CAUSE, 0, 1, False),
        ("monitoring_ue_identifier", "str | None", MONITORING_UE_IDENTIFIER, 0, 1, False),
        ("prose_function_plmn_identifier", "str | None", PROSE_FUNCTION_PLMN_IDENTIFIER, 0, 1, False),
        ("requestor_plmn_identifier", "str | None", REQUESTOR_PLMN_IDENTIFIER, 0, 1, False),
        ("origin_app_layer_user_id", "str | None", ORIGIN_APP_LAYER_USER_ID, 0, 1, False),
        ("wlan_link_layer_id", "WLANLinkLayerId | None", WLAN_LINK_LAYER_ID, 0, 1, False),
        ("requesting_epuid", "str | None", REQUESTING_EPUID, 0, 1, False),
        ("target_app_layer_user_id", "str | None", TARGET_APP_LAYER_USER_ID, 0, 1, False),
        ("requested_plmn_identifier", "str | None", REQUESTED_PLMN_IDENTIFIER, 0, 1, False),
        ("time_window", "TimeWindow | None", TIME_WINDOW, 0, 1, False),
        ("prose_range_class", "ProSeRangeClass | int | None", PROSE_RANGE_CLASS, 0, 1, False),
        ("proximity_alert_indication", "ProximityAlertIndication | int | None", PROXIMITY_ALERT_INDICATION, 0, 1, False),
        ("proximity_alert_timestamp", "datetime | None", PROXIMITY_ALERT_TIMESTAMP, 0, 1, False),
        ("proximity_cancellation_timestamp", "datetime | None", PROXIMITY_CANCELLATION_TIMESTAMP, 0, 1, False),
        ("prose_reason_for_cancellation", "ProSeReasonForCancellation | int | None", PROSE_REASON_FOR_CANCELLATION, 0, 1, False),
        ("pc3_epc_control_protocol_cause", "int | None", PC3_EPC_CONTROL_PROTOCOL_CAUSE, 0, 1, False),
        ("prose_ue_id", "bytes | None", PROSE_UE_ID, 0, 1, False),
        ("prose_source_ip_address", "AddressValue | None", PROSE_SOURCE_IP_ADDRESS, 0, 1, False),
        ("layer_2_group_id", "bytes | None", LAYER_2_GROUP_ID, 0, 1, False),
        ("prose_group_ip_multicast_address", "AddressValue | None", PROSE_GROUP_IP_MULTICAST_ADDRESS, 0, 1, False),
        ("coverage_info", "tuple[CoverageInfo, ...]", COVERAGE_INFO, 0, None, False),
        ("radio_parameter_set_info", "tuple[RadioParameterSetInfo, ...]", RADIO_PARAMETER_SET_INFO, 0, None, False),
        ("transmitter_info", "tuple[TransmitterInfo, ...]", TRANSMITTER_INFO, 0, None, False),
        ("time_first_transmission", "datetime | None", TIME_FIRST_TRANSMISSION, 0, 1, False),
        ("time_first_reception", "datetime | None", TIME_FIRST_RECEPTION, 0, 1, False),
        ("prose_direct_communication_transmission_data_container", "tuple[ProSeDirectCommunicationTransmissionDataContainer, ...]", PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER, 0, None, False),
        ("prose_direct_communication_reception_data_container", "tuple[ProSeDirectCommunicationReceptionDataContainer, ...]", PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER, 0, None, False),
        ("announcing_plmn_id", "str | None", ANNOUNCING_PLMN_ID, 0, 1, False),
        ("prose_target_layer_2_id", "bytes | None", PROSE_TARGET_LAYER_2_ID, 0, 1, False),
        ("relay_ip_address", "AddressValue | None", RELAY_IP_ADDRESS, 0, 1, False),
        ("prose_ue_to_network_relay_ue_id", "bytes | None", PROSE_UE_TO_NETWORK_RELAY_UE_ID, 0, 1, False),
        ("target_ip_address", "AddressValue | None", TARGET_IP_ADDRESS, 0, 1, False),
        ("pc5_radio_technology", "PC5RadioTechnology | int | None", PC5_RADIO_TECHNOLOGY, 0, 1, False),
    )),
    "CoverageInfo": (COVERAGE_INFO, """Coverage-Info ::= < AVP Header: 3459, 10415 >
         [ Coverage-Status ]
         [ Change-Time ]
       * [ Location-Info ]
    """, (
        ("coverage_status", "CoverageStatus | int | None", COVERAGE_STATUS, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("location_info", "tuple[LocationInfo, ...]", LOCATION_INFO, 0, None, False),
    )),
    "LocationInfo": (LOCATION_INFO, """Location-Info ::= < AVP Header: 3460, 10415 >
         [ 3GPP-User-Location-Info ]
         [ Change-Time ]
    """, (
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
    )),
    "RadioParameterSetInfo": (RADIO_PARAMETER_SET_INFO, """Radio-Parameter-Set-Info ::= < AVP Header: 3463, 10415 >
         [ Radio-Parameter-Set-Values ]
         [ Change-Time ]
    """, (
        ("radio_parameter_set_values", "bytes | None", RADIO_PARAMETER_SET_VALUES, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
    )),
    "TransmitterInfo": (TRANSMITTER_INFO, """Transmitter-Info ::= < AVP Header: 3468, 10415 >
         [ ProSe-Source-IP-Address ]
         [ ProSe-UE-ID ]
    """, (
        ("prose_source_ip_address", "AddressValue | None", PROSE_SOURCE_IP_ADDRESS, 0, 1, False),
        ("prose_ue_id", "bytes | None", PROSE_UE_ID, 0, 1, False),
    )),
    "ProSeDirectCommunicationTransmissionDataContainer": (PROSE_DIRECT_COMMUNICATION_TRANSMISSION_DATA_CONTAINER, """ProSe-Direct-Communication-Transmission-Data-Container ::= < AVP Header: 3441, 10415 >
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
    """, (
        ("local_sequence_number", "int | None", LOCAL_SEQUENCE_NUMBER, 0, 1, False),
        ("coverage_status", "CoverageStatus | int | None", COVERAGE_STATUS, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("change_condition", "ChangeCondition | int | None", CHANGE_CONDITION, 0, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("usage_information_report_sequence_number", "int | None", USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER, 0, 1, False),
        ("radio_resources_indicator", "RadioResourcesIndicator | int | None", RADIO_RESOURCES_INDICATOR, 0, 1, False),
        ("radio_frequency", "bytes | None", RADIO_FREQUENCY, 0, 1, False),
    )),
    "ProSeDirectCommunicationReceptionDataContainer": (PROSE_DIRECT_COMMUNICATION_RECEPTION_DATA_CONTAINER, """ProSe-Direct-Communication-Reception-Data-Container ::= < AVP Header: 3461, 10415 >
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
    """, (
        ("local_sequence_number", "int | None", LOCAL_SEQUENCE_NUMBER, 0, 1, False),
        ("coverage_status", "CoverageStatus | int | None", COVERAGE_STATUS, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("change_time", "datetime | None", CHANGE_TIME, 0, 1, False),
        ("change_condition", "ChangeCondition | int | None", CHANGE_CONDITION, 0, 1, False),
        ("visited_plmn_id", "bytes | None", VISITED_PLMN_ID, 0, 1, False),
        ("usage_information_report_sequence_number", "int | None", USAGE_INFORMATION_REPORT_SEQUENCE_NUMBER, 0, 1, False),
        ("radio_resources_indicator", "RadioResourcesIndicator | int | None", RADIO_RESOURCES_INDICATOR, 0, 1, False),
        ("radio_frequency", "bytes | None", RADIO_FREQUENCY, 0, 1, False),
    )),
    "CPDTInformation": (CPDT_INFORMATION, """CPDT-Information ::= < AVP Header: 3927, 10415 >
         [ External-Identifier ]
         [ SCEF-ID ]
         [ Serving-Node-Identity ]
         [ SGW-Change ]
         [ NIDD-Submission ]
    """, (
        ("external_identifier", "str | None", EXTERNAL_IDENTIFIER, 0, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("serving_node_identity", "str | None", SERVING_NODE_IDENTITY, 0, 1, False),
        ("sgw_change", "SGWChange | int | None", SGW_CHANGE, 0, 1, False),
        ("nidd_submission", "NIDDSubmission | None", NIDD_SUBMISSION, 0, 1, False),
    )),
    "NIDDSubmission": (NIDD_SUBMISSION, """NIDD-Submission ::= < AVP Header: 3928, 10415 >
         [ Event-Timestamp ]
         [ Accounting-Input-Octets ]
         [ Accounting-Output-Octets ]
         [ Change-Condition ]
    """, (
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("accounting_input_octets", "int | None", ACCOUNTING_INPUT_OCTETS, 0, 1, False),
        ("accounting_output_octets", "int | None", ACCOUNTING_OUTPUT_OCTETS, 0, 1, False),
        ("change_condition", "ChangeCondition | int | None", CHANGE_CONDITION, 0, 1, False),
    )),
    "ServiceGenericInformation": (SERVICE_GENERIC_INFORMATION, """Service-Generic-Information ::= < AVP Header: 1256, 10415 >
         [ Application-Server-ID ]
         [ Application-Service-Type ]
         [ Application-Session-ID ]
         [ Delivery-Status ]
    """, (
        ("application_server_id", "str | None", APPLICATION_SERVER_ID, 0, 1, False),
        ("application_service_type", "ApplicationServiceType | int | None", APPLICATION_SERVICE_TYPE, 0, 1, False),
        ("application_session_id", "int | None", APPLICATION_SESSION_ID, 0, 1, False),
        ("delivery_status", "str | None", DELIVERY_STATUS, 0, 1, False),
    )),
    "IMInformation": (IM_INFORMATION, """IM-Information ::= < AVP Header: 2110, 10415 >
         [ Total-Number-Of-Messages-Sent ]
         [ Total-Number-Of-Messages-Exploded ]
         [ Number-Of-Messages-Successfully-Sent ]
         [ Number-Of-Messages-Successfully-Exploded ]
    """, (
        ("total_number_of_messages_sent", "int | None", TOTAL_NUMBER_OF_MESSAGES_SENT, 0, 1, False),
        ("total_number_of_messages_exploded", "int | None", TOTAL_NUMBER_OF_MESSAGES_EXPLODED, 0, 1, False),
        ("number_of_messages_successfully_sent", "int | None", NUMBER_OF_MESSAGES_SUCCESSFULLY_SENT, 0, 1, False),
        ("number_of_messages_successfully_exploded", "int | None", NUMBER_OF_MESSAGES_SUCCESSFULLY_EXPLODED, 0, 1, False),
    )),
    "DCDInformation": (DCD_INFORMATION, """DCD-Information ::= < AVP Header: 2115, 10415 >
         [ Content-ID ]
         [ Content-Provider-ID ]
    """, (
        ("content_id", "str | None", CONTENT_ID, 0, 1, False),
        ("content_provider_id", "str | None", CONTENT_PROVIDER_ID, 0, 1, False),
    )),
    "M2MInformation": (M2M_INFORMATION, """M2M-Information ::= < AVP Header: 1011, 45687 >
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
    """, (
        ("application_entity_id", "str | None", APPLICATION_ENTITY_ID, 0, 1, False),
        ("external_id", "str | None", EXTERNAL_ID, 0, 1, False),
        ("receiver", "str | None", RECEIVER, 0, 1, False),
        ("m2m_originator", "str | None", M2M_ORIGINATOR, 0, 1, False),
        ("hosting_cse_id", "str | None", HOSTING_CSE_ID, 0, 1, False),
        ("target_id", "str | None", TARGET_ID, 0, 1, False),
        ("protocol_type", "ProtocolType | int | None", PROTOCOL_TYPE, 0, 1, False),
        ("request_operation", "RequestOperation | int | None", REQUEST_OPERATION, 0, 1, False),
        ("request_headers_size", "int | None", REQUEST_HEADERS_SIZE, 0, 1, False),
        ("request_body_size", "int | None", REQUEST_BODY_SIZE, 0, 1, False),
        ("response_headers_size", "int | None", RESPONSE_HEADERS_SIZE, 0, 1, False),
        ("response_body_size", "int | None", RESPONSE_BODY_SIZE, 0, 1, False),
        ("response_status_code", "ResponseStatusCode | int | None", RESPONSE_STATUS_CODE, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("m2m_event_record_timestamp", "datetime | None", M2M_EVENT_RECORD_TIMESTAMP, 0, 1, False),
        ("control_memory_size", "int | None", CONTROL_MEMORY_SIZE, 0, 1, False),
        ("data_memory_size", "int | None", DATA_MEMORY_SIZE, 0, 1, False),
        ("access_network_identifier", "int | None", ACCESS_NETWORK_IDENTIFIER, 0, 1, False),
        ("occupancy", "int | None", OCCUPANCY, 0, 1, False),
        ("group_name", "str | None", GROUP_NAME, 0, 1, False),
        ("maximum_number_members", "int | None", MAXIMUM_NUMBER_MEMBERS, 0, 1, False),
        ("current_number_members", "int | None", CURRENT_NUMBER_MEMBERS, 0, 1, False),
        ("subgroup_name", "str | None", SUBGROUP_NAME, 0, 1, False),
        ("node_id", "str | None", NODE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
    "SpendingLimitRequest": (('Spending-Limit-Request', 8388635, 16777302, True, True, False, None, 'SLR', 'SpendingLimitAnswer'), """<SLR> ::= < Diameter Header: 8388635, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("sl_request_type", "SLRequestType | int", SL_REQUEST_TYPE, 1, 1, False),
        ("subscription_id", "tuple[SubscriptionId, ...]", SUBSCRIPTION_ID, 0, None, False),
        ("policy_counter_identifier", "tuple[str, ...]", POLICY_COUNTER_IDENTIFIER, 0, None, False),
        ("logical_access_id", "bytes | None", LOGICAL_ACCESS_ID, 0, 1, False),
        ("physical_access_id", "str | None", PHYSICAL_ACCESS_ID, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SpendingLimitAnswer": (('Spending-Limit-Answer', 8388635, 16777302, False, True, False, None, 'SLA', None), """<SLA> ::= < Diameter Header: 8388635, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("policy_counter_status_report", "tuple[PolicyCounterStatusReport, ...]", POLICY_COUNTER_STATUS_REPORT, 0, None, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SpendingStatusNotificationRequest": (('Spending-Status-Notification-Request', 8388636, 16777302, True, True, False, None, 'SNR', 'SpendingStatusNotificationAnswer'), """<SNR> ::= < Diameter Header: 8388636, REQ, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("auth_application_id", "int", AUTH_APPLICATION_ID, 1, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("policy_counter_status_report", "tuple[PolicyCounterStatusReport, ...]", POLICY_COUNTER_STATUS_REPORT, 0, None, False),
        ("sn_request_type", "SNRequestType | int | None", SN_REQUEST_TYPE, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SpendingStatusNotificationAnswer": (('Spending-Status-Notification-Answer', 8388636, 16777302, False, True, False, None, 'SNA', None), """<SNA> ::= < Diameter Header: 8388636, PXY >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserAuthorizationRequest": (('User-Authorization-Request', 300, 16777216, True, True, False, None, 'UAR', 'UserAuthorizationAnswer'), """<UAR> ::= < Diameter Header: 300, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "str", PUBLIC_IDENTITY, 1, 1, False),
        ("visited_network_identifier", "bytes", VISITED_NETWORK_IDENTIFIER, 1, 1, False),
        ("user_authorization_type", "UserAuthorizationType | int | None", USER_AUTHORIZATION_TYPE, 0, 1, False),
        ("uar_flags", "UARFlags | int | None", UAR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "UserAuthorizationAnswer": (('User-Authorization-Answer', 300, 16777216, False, True, False, None, 'UAA', None), """<UAA> ::= < Diameter Header: 300, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("server_name", "str | None", SERVER_NAME, 0, 1, False),
        ("server_capabilities", "ServerCapabilities | None", SERVER_CAPABILITIES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ServerAssignmentRequest": (('Server-Assignment-Request', 301, 16777216, True, True, False, None, 'SAR', 'ServerAssignmentAnswer'), """<SAR> ::= < Diameter Header: 301, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "tuple[str, ...]", PUBLIC_IDENTITY, 0, None, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("server_name", "str", SERVER_NAME, 1, 1, False),
        ("server_assignment_type", "ServerAssignmentType | int", SERVER_ASSIGNMENT_TYPE, 1, 1, False),
        ("user_data_already_available", "UserDataAlreadyAvailable | int", USER_DATA_ALREADY_AVAILABLE, 1, 1, False),
        ("scscf_restoration_info", "SCSCFRestorationInfo | None", SCSCF_RESTORATION_INFO, 0, 1, False),
        ("multiple_registration_indication", "MultipleRegistrationIndication | int | None", MULTIPLE_REGISTRATION_INDICATION, 0, 1, False),
        ("session_priority", "SessionPriority | int | None", SESSION_PRIORITY, 0, 1, False),
        ("sar_flags", "SARFlags | int | None", SAR_FLAGS, 0, 1, False),
        ("failed_pcscf", "FailedPCSCF | None", FAILED_PCSCF, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ServerAssignmentAnswer": (('Server-Assignment-Answer', 301, 16777216, False, True, False, None, 'SAA', None), """<SAA> ::= < Diameter Header: 301, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_data", "bytes | None", USER_DATA, 0, 1, False),
        ("charging_information", "ChargingInformation | None", CHARGING_INFORMATION, 0, 1, False),
        ("associated_identities", "AssociatedIdentities | None", ASSOCIATED_IDENTITIES, 0, 1, False),
        ("loose_route_indication", "LooseRouteIndication | int | None", LOOSE_ROUTE_INDICATION, 0, 1, False),
        ("scscf_restoration_info", "tuple[SCSCFRestorationInfo, ...]", SCSCF_RESTORATION_INFO, 0, None, False),
        ("associated_registered_identities", "AssociatedRegisteredIdentities | None", ASSOCIATED_REGISTERED_IDENTITIES, 0, 1, False),
        ("server_name", "str | None", SERVER_NAME, 0, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("priviledged_sender_indication", "PriviledgedSenderIndication | int | None", PRIVILEDGED_SENDER_INDICATION, 0, 1, False),
        ("allowed_waf_wwsf_identities", "AllowedWAFWWSFIdentities | None", ALLOWED_WAF_WWSF_IDENTITIES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "LocationInfoRequest": (('Location-Info-Request', 302, 16777216, True, True, False, None, 'LIR', 'LocationInfoAnswer'), """<LIR> ::= < Diameter Header: 302, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("originating_request", "OriginatingRequest | int | None", ORIGINATING_REQUEST, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "str", PUBLIC_IDENTITY, 1, 1, False),
        ("user_authorization_type", "UserAuthorizationType | int | None", USER_AUTHORIZATION_TYPE, 0, 1, False),
        ("session_priority", "SessionPriority | int | None", SESSION_PRIORITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "LocationInfoAnswer": (('Location-Info-Answer', 302, 16777216, False, True, False, None, 'LIA', None), """<LIA> ::= < Diameter Header: 302, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("server_name", "str | None", SERVER_NAME, 0, 1, False),
        ("server_capabilities", "ServerCapabilities | None", SERVER_CAPABILITIES, 0, 1, False),
        ("wildcarded_public_identity", "str | None", WILDCARDED_PUBLIC_IDENTITY, 0, 1, False),
        ("lia_flags", "LIAFlags | int | None", LIA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "MultimediaAuthRequest": (('Multimedia-Auth-Request', 303, 16777216, True, True, False, None, 'MAR', 'MultimediaAuthAnswer'), """<MAR> ::= < Diameter Header: 303, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "str", PUBLIC_IDENTITY, 1, 1, False),
        ("sip_auth_data_item", "SIPAuthDataItem", SIP_AUTH_DATA_ITEM, 1, 1, False),
        ("sip_number_auth_items", "int", SIP_NUMBER_AUTH_ITEMS, 1, 1, False),
        ("server_name", "str", SERVER_NAME, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "MultimediaAuthAnswer": (('Multimedia-Auth-Answer', 303, 16777216, False, True, False, None, 'MAA', None), """<MAA> ::= < Diameter Header: 303, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "str | None", PUBLIC_IDENTITY, 0, 1, False),
        ("sip_number_auth_items", "int | None", SIP_NUMBER_AUTH_ITEMS, 0, 1, False),
        ("sip_auth_data_item", "tuple[SIPAuthDataItem, ...]", SIP_AUTH_DATA_ITEM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "RegistrationTerminationRequest": (('Registration-Termination-Request', 304, 16777216, True, True, False, None, 'RTR', 'RegistrationTerminationAnswer'), """<RTR> ::= < Diameter Header: 304, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("associated_identities", "AssociatedIdentities | None", ASSOCIATED_IDENTITIES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("public_identity", "tuple[str, ...]", PUBLIC_IDENTITY, 0, None, False),
        ("deregistration_reason", "DeregistrationReason", DEREGISTRATION_REASON, 1, 1, False),
        ("rtr_flags", "RTRFlags | int | None", RTR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "RegistrationTerminationAnswer": (('Registration-Termination-Answer', 304, 16777216, False, True, False, None, 'RTA', None), """<RTA> ::= < Diameter Header: 304, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("associated_identities", "AssociatedIdentities | None", ASSOCIATED_IDENTITIES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("identity_with_emergency_registration", "tuple[IdentityWithEmergencyRegistration, ...]", IDENTITY_WITH_EMERGENCY_REGISTRATION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PushProfileRequest": (('Push-Profile-Request', 305, 16777216, True, True, False, None, 'PPR', 'PushProfileAnswer'), """<PPR> ::= < Diameter Header: 305, REQ, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_data", "bytes | None", USER_DATA, 0, 1, False),
        ("charging_information", "ChargingInformation | None", CHARGING_INFORMATION, 0, 1, False),
        ("sip_auth_data_item", "SIPAuthDataItem | None", SIP_AUTH_DATA_ITEM, 0, 1, False),
        ("allowed_waf_wwsf_identities", "AllowedWAFWWSFIdentities | None", ALLOWED_WAF_WWSF_IDENTITIES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PushProfileAnswer": (('Push-Profile-Answer', 305, 16777216, False, True, False, None, 'PPA', None), """<PPA> ::= < Diameter Header: 305, PXY, 16777216 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId", VENDOR_SPECIFIC_APPLICATION_ID, 1, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "UpdateLocationRequest": (('Update-Location-Request', 316, 16777251, True, True, False, None, 'ULR', 'UpdateLocationAnswer'), """<ULR> ::= < Diameter Header: 316, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("rat_type", "RATType | int", RAT_TYPE, 1, 1, False),
        ("ulr_flags", "ULRFlags | int", ULR_FLAGS, 1, 1, False),
        ("ue_srvcc_capability", "UESRVCCCapability | int | None", UE_SRVCC_CAPABILITY, 0, 1, False),
        ("visited_plmn_id", "bytes", VISITED_PLMN_ID, 1, 1, False),
        ("sgsn_number", "bytes | None", SGSN_NUMBER, 0, 1, False),
        ("homogeneous_support_of_ims_voice_over_ps_sessions", "HomogeneousSupportOfIMSVoiceOverPSSessions | int | None", HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS, 0, 1, False),
        ("gmlc_address", "AddressValue | None", GMLC_ADDRESS, 0, 1, False),
        ("active_apn", "tuple[ActiveAPN, ...]", ACTIVE_APN, 0, None, False),
        ("equivalent_plmn_list", "EquivalentPLMNList | None", EQUIVALENT_PLMN_LIST, 0, 1, False),
        ("mme_number_for_mt_sms", "bytes | None", MME_NUMBER_FOR_MT_SMS, 0, 1, False),
        ("sms_register_request", "SMSRegisterRequest | int | None", SMS_REGISTER_REQUEST, 0, 1, False),
        ("sgs_mme_identity", "str | None", SGS_MME_IDENTITY, 0, 1, False),
        ("coupled_node_diameter_id", "str | None", COUPLED_NODE_DIAMETER_ID, 0, 1, False),
        ("adjacent_plmns", "AdjacentPLMNs | None", ADJACENT_PLMNS, 0, 1, False),
        ("supported_services", "SupportedServices | None", SUPPORTED_SERVICES, 0, 1, False),
        ("sf_ulr_timestamp", "datetime | None", SF_ULR_TIMESTAMP, 0, 1, False),
        ("sf_provisional_indication", "SFProvisionalIndication | int | None", SF_PROVISIONAL_INDICATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "UpdateLocationAnswer": (('Update-Location-Answer', 316, 16777251, False, True, False, None, 'ULA', None), """<ULA> ::= < Diameter Header: 316, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("error_diagnostic", "ErrorDiagnostic | int | None", ERROR_DIAGNOSTIC, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("ula_flags", "ULAFlags | int | None", ULA_FLAGS, 0, 1, False),
        ("subscription_data", "SubscriptionData | None", SUBSCRIPTION_DATA, 0, 1, False),
        ("reset_id", "tuple[bytes, ...]", RESET_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "AuthenticationInformationRequest": (('Authentication-Information-Request', 318, 16777251, True, True, False, None, 'AIR', 'AuthenticationInformationAnswer'), """<AIR> ::= < Diameter Header: 318, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("requested_eutran_authentication_info", "RequestedEUTRANAuthenticationInfo | None", REQUESTED_EUTRAN_AUTHENTICATION_INFO, 0, 1, False),
        ("requested_utran_geran_authentication_info", "RequestedUTRANGERANAuthenticationInfo | None", REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO, 0, 1, False),
        ("visited_plmn_id", "bytes", VISITED_PLMN_ID, 1, 1, False),
        ("air_flags", "AIRFlags | int | None", AIR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "AuthenticationInformationAnswer": (('Authentication-Information-Answer', 318, 16777251, False, True, False, None, 'AIA', None), """<AIA> ::= < Diameter Header: 318, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("error_diagnostic", "ErrorDiagnostic | int | None", ERROR_DIAGNOSTIC, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("authentication_info", "AuthenticationInfo | None", AUTHENTICATION_INFO, 0, 1, False),
        ("ue_usage_type", "int | None", UE_USAGE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "CancelLocationRequest": (('Cancel-Location-Request', 317, 16777251, True, True, False, None, 'CLR', 'CancelLocationAnswer'), """<CLR> ::= < Diameter Header: 317, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("cancellation_type", "CancellationType | int", CANCELLATION_TYPE, 1, 1, False),
        ("clr_flags", "CLRFlags | int | None", CLR_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "CancelLocationAnswer": (('Cancel-Location-Answer', 317, 16777251, False, True, False, None, 'CLA', None), """<CLA> ::= < Diameter Header: 317, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "InsertSubscriberDataRequest": (('Insert-Subscriber-Data-Request', 319, 16777251, True, True, False, None, 'IDR', 'InsertSubscriberDataAnswer'), """<IDR> ::= < Diameter Header: 319, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("subscription_data", "SubscriptionData", SUBSCRIPTION_DATA, 1, 1, False),
        ("idr_flags", "IDRFlags | int | None", IDR_FLAGS, 0, 1, False),
        ("reset_id", "tuple[bytes, ...]", RESET_ID, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "InsertSubscriberDataAnswer": (('Insert-Subscriber-Data-Answer', 319, 16777251, False, True, False, None, 'IDA', None), """<IDA> ::= < Diameter Header: 319, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("ims_voice_over_ps_sessions_supported", "IMSVoiceOverPSSessionsSupported | int | None", IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED, 0, 1, False),
        ("last_ue_activity_time", "datetime | None", LAST_UE_ACTIVITY_TIME, 0, 1, False),
        ("rat_type", "RATType | int | None", RAT_TYPE, 0, 1, False),
        ("ida_flags", "IDAFlags | int | None", IDA_FLAGS, 0, 1, False),
        ("eps_user_state", "EPSUserState | None", EPS_USER_STATE, 0, 1, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("local_time_zone", "LocalTimeZone | None", LOCAL_TIME_ZONE, 0, 1, False),
        ("supported_services", "SupportedServices | None", SUPPORTED_SERVICES, 0, 1, False),
        ("monitoring_event_report", "tuple[MonitoringEventReport, ...]", MONITORING_EVENT_REPORT, 0, None, False),
        ("monitoring_event_config_status", "tuple[MonitoringEventConfigStatus, ...]", MONITORING_EVENT_CONFIG_STATUS, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "DeleteSubscriberDataRequest": (('Delete-Subscriber-Data-Request', 320, 16777251, True, True, False, None, 'DSR', 'DeleteSubscriberDataAnswer'), """<DSR> ::= < Diameter Header: 320, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("dsr_flags", "DSRFlags | int", DSR_FLAGS, 1, 1, False),
        ("scef_id", "str | None", SCEF_ID, 0, 1, False),
        ("context_identifier", "tuple[int, ...]", CONTEXT_IDENTIFIER, 0, None, False),
        ("trace_reference", "bytes | None", TRACE_REFERENCE, 0, 1, False),
        ("ts_code", "tuple[bytes, ...]", TS_CODE, 0, None, False),
        ("ss_code", "tuple[bytes, ...]", SS_CODE, 0, None, False),
        ("edrx_related_rat", "EDRXRelatedRAT | None", EDRX_RELATED_RAT, 0, 1, False),
        ("external_identifier", "tuple[str, ...]", EXTERNAL_IDENTIFIER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "DeleteSubscriberDataAnswer": (('Delete-Subscriber-Data-Answer', 320, 16777251, False, True, False, None, 'DSA', None), """<DSA> ::= < Diameter Header: 320, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("dsa_flags", "DSAFlags | int | None", DSA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PurgeUERequest": (('Purge-UE-Request', 321, 16777251, True, True, False, None, 'PUR', 'PurgeUEAnswer'), """<PUR> ::= < Diameter Header: 321, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("pur_flags", "PURFlags | int | None", PUR_FLAGS, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("eps_location_information", "EPSLocationInformation | None", EPS_LOCATION_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "PurgeUEAnswer": (('Purge-UE-Answer', 321, 16777251, False, True, False, None, 'PUA', None), """<PUA> ::= < Diameter Header: 321, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("pua_flags", "PUAFlags | int | None", PUA_FLAGS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ResetRequest": (('Reset-Request', 322, 16777251, True, True, False, None, 'RSR', 'ResetAnswer'), """<RSR> ::= < Diameter Header: 322, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str", DESTINATION_HOST, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("user_id", "tuple[str, ...]", USER_ID, 0, None, False),
        ("reset_id", "tuple[bytes, ...]", RESET_ID, 0, None, False),
        ("subscription_data", "SubscriptionData | None", SUBSCRIPTION_DATA, 0, 1, False),
        ("subscription_data_deletion", "SubscriptionDataDeletion | None", SUBSCRIPTION_DATA_DELETION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "ResetAnswer": (('Reset-Answer', 322, 16777251, False, True, False, None, 'RSA', None), """<RSA> ::= < Diameter Header: 322, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "NotifyRequest": (('Notify-Request', 323, 16777251, True, True, False, None, 'NOR', 'NotifyAnswer'), """<NOR> ::= < Diameter Header: 323, REQ, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("user_name", "str", USER_NAME, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("terminal_information", "TerminalInformation | None", TERMINAL_INFORMATION, 0, 1, False),
        ("mip6_agent_info", "MIP6AgentInfo | None", MIP6_AGENT_INFO, 0, 1, False),
        ("visited_network_identifier", "bytes | None", VISITED_NETWORK_IDENTIFIER, 0, 1, False),
        ("context_identifier", "int | None", CONTEXT_IDENTIFIER, 0, 1, False),
        ("service_selection", "str | None", SERVICE_SELECTION, 0, 1, False),
        ("alert_reason", "AlertReason | int | None", ALERT_REASON, 0, 1, False),
        ("ue_srvcc_capability", "UESRVCCCapability | int | None", UE_SRVCC_CAPABILITY, 0, 1, False),
        ("nor_flags", "NORFlags | int | None", NOR_FLAGS, 0, 1, False),
        ("homogeneous_support_of_ims_voice_over_ps_sessions", "HomogeneousSupportOfIMSVoiceOverPSSessions | int | None", HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS, 0, 1, False),
        ("maximum_ue_availability_time", "datetime | None", MAXIMUM_UE_AVAILABILITY_TIME, 0, 1, False),
        ("monitoring_event_config_status", "tuple[MonitoringEventConfigStatus, ...]", MONITORING_EVENT_CONFIG_STATUS, 0, None, False),
        ("emergency_services", "EmergencyServices | int | None", EMERGENCY_SERVICES, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "NotifyAnswer": (('Notify-Answer', 323, 16777251, False, True, False, None, 'NOA', None), """<NOA> ::= < Diameter Header: 323, PXY, 16777251 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("drmp", "Drmp | int | None", DRMP, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("result_code", "ResultCode | int | None", RESULT_CODE, 0, 1, False),
        ("experimental_result", "ExperimentalResult | None", EXPERIMENTAL_RESULT, 0, 1, False),
        ("auth_session_state", "AuthSessionState | int", AUTH_SESSION_STATE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("load", "tuple[Load, ...]", LOAD, 0, None, False),
        ("supported_features", "tuple[SupportedFeatures, ...]", SUPPORTED_FEATURES, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
    )),
    "CreditControlRequest": (('Credit-Control-Request', 272, 4, True, True, False, None, 'CCR', 'CreditControlAnswer'), """<CCR> ::= < Diameter Header: 272, REQ, PXY, 4 >
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
        ("aoc_request_type", "AoCRequestType | int | None", AOC_REQUEST_TYPE, 0, 1, False),
        ("multiple_services_indicator", "MultipleServicesIndicator | int | None", MULTIPLE_SERVICES_INDICATOR, 0, 1, False),
        ("multiple_services_credit_control", "tuple[MultipleServicesCreditControl, ...]", MULTIPLE_SERVICES_CREDIT_CONTROL, 0, None, False),
        ("service_parameter_info", "tuple[ServiceParameterInfo, ...]", SERVICE_PARAMETER_INFO, 0, None, False),
        ("cc_correlation_id", "bytes | None", CC_CORRELATION_ID, 0, 1, False),
        ("user_equipment_info", "UserEquipmentInfo | None", USER_EQUIPMENT_INFO, 0, 1, False),
        ("user_equipment_info_extension", "UserEquipmentInfoExtension | None", USER_EQUIPMENT_INFO_EXTENSION, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("service_information", "ServiceInformation | None", SERVICE_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditControlAnswer": (('Credit-Control-Answer', 272, 4, False, True, False, None, 'CCA', None), """<CCA> ::= < Diameter Header: 272, PXY, 4 >
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
        ("low_balance_indication", "LowBalanceIndication | int | None", LOW_BALANCE_INDICATION, 0, 1, False),
        ("remaining_balance", "RemainingBalance | None", REMAINING_BALANCE, 0, 1, False),
        ("credit_control_failure_handling", "CreditControlFailureHandling | int | None", CREDIT_CONTROL_FAILURE_HANDLING, 0, 1, False),
        ("direct_debiting_failure_handling", "DirectDebitingFailureHandling | int | None", DIRECT_DEBITING_FAILURE_HANDLING, 0, 1, False),
        ("validity_time", "int | None", VALIDITY_TIME, 0, 1, False),
        ("oc_supported_features", "OCSupportedFeatures | None", OC_SUPPORTED_FEATURES, 0, 1, False),
        ("oc_olr", "OCOLR | None", OC_OLR, 0, 1, False),
        ("redirect_host", "tuple[DiameterURI, ...]", REDIRECT_HOST, 0, None, False),
        ("redirect_host_usage", "RedirectHostUsage | int | None", REDIRECT_HOST_USAGE, 0, 1, False),
        ("redirect_max_cache_time", "int | None", REDIRECT_MAX_CACHE_TIME, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("failed_avp", "tuple[FailedAVP, ...]", FAILED_AVP, 0, None, False),
        ("service_information", "ServiceInformation | None", SERVICE_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountingRequest": (('Accounting-Request', 271, 3, True, True, False, None, 'ACR', 'AccountingAnswer'), """<ACR> ::= < Diameter Header: 271, REQ, PXY, 3 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("destination_realm", "str", DESTINATION_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int | None", ACCT_APPLICATION_ID, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("destination_host", "str | None", DESTINATION_HOST, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("route_record", "tuple[str, ...]", ROUTE_RECORD, 0, None, False),
        ("service_context_id", "str | None", SERVICE_CONTEXT_ID, 0, 1, False),
        ("service_information", "ServiceInformation | None", SERVICE_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountingAnswer": (('Accounting-Answer', 271, 3, False, True, False, None, 'ACA', None), """<ACA> ::= < Diameter Header: 271, PXY, 3 >
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
    """, (
        ("session_id", "str", SESSION_ID, 1, 1, True),
        ("result_code", "ResultCode | int", RESULT_CODE, 1, 1, False),
        ("origin_host", "str", ORIGIN_HOST, 1, 1, False),
        ("origin_realm", "str", ORIGIN_REALM, 1, 1, False),
        ("accounting_record_type", "AccountingRecordType | int", ACCOUNTING_RECORD_TYPE, 1, 1, False),
        ("accounting_record_number", "int", ACCOUNTING_RECORD_NUMBER, 1, 1, False),
        ("acct_application_id", "int | None", ACCT_APPLICATION_ID, 0, 1, False),
        ("vendor_specific_application_id", "VendorSpecificApplicationId | None", VENDOR_SPECIFIC_APPLICATION_ID, 0, 1, False),
        ("user_name", "str | None", USER_NAME, 0, 1, False),
        ("accounting_sub_session_id", "int | None", ACCOUNTING_SUB_SESSION_ID, 0, 1, False),
        ("acct_session_id", "bytes | None", ACCT_SESSION_ID, 0, 1, False),
        ("acct_multi_session_id", "str | None", ACCT_MULTI_SESSION_ID, 0, 1, False),
        ("error_message", "str | None", ERROR_MESSAGE, 0, 1, False),
        ("error_reporting_host", "str | None", ERROR_REPORTING_HOST, 0, 1, False),
        ("acct_interim_interval", "int | None", ACCT_INTERIM_INTERVAL, 0, 1, False),
        ("accounting_realtime_required", "AccountingRealtimeRequired | int | None", ACCOUNTING_REALTIME_REQUIRED, 0, 1, False),
        ("failed_avp", "FailedAVP | None", FAILED_AVP, 0, 1, False),
        ("origin_state_id", "int | None", ORIGIN_STATE_ID, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("proxy_info", "tuple[ProxyInfo, ...]", PROXY_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AccountingRealtimeRequired": "diameter.apps.base",
    "AccountingRecordType": "diameter.apps.base",
    "AddressValue": "diameter.types",
    "AuthSessionState": "diameter.apps.base",
    "Avp": "diameter.wire",
    "CCMoney": "diameter.apps.credit_control",
    "CCRequestType": "diameter.apps.credit_control",
    "CCSessionFailover": "diameter.apps.credit_control",
    "CCUnitType": "diameter.apps.credit_control",
    "CheckBalanceResult": "diameter.apps.credit_control",
    "CostInformation": "diameter.apps.credit_control",
    "CreditControlFailureHandling": "diameter.apps.credit_control",
    "DayOfWeekMask": "diameter.apps.ietf",
    "DiameterURI": "diameter.types",
    "DirectDebitingFailureHandling": "diameter.apps.credit_control",
    "Drmp": "diameter.apps.ietf",
    "ExperimentalResult": "diameter.apps.base",
    "FailedAVP": "diameter.apps.base",
    "FinalUnitAction": "diameter.apps.credit_control",
    "FinalUnitIndication": "diameter.apps.credit_control",
    "GSUPoolReference": "diameter.apps.credit_control",
    "GrantedServiceUnit": "diameter.apps.credit_control",
    "IPFilterRule": "diameter.types",
    "Load": "diameter.apps.ietf",
    "MIP6AgentInfo": "diameter.apps.ietf",
    "MIP6FeatureVector": "diameter.apps.ietf",
    "MultipleServicesIndicator": "diameter.apps.credit_control",
    "OCOLR": "diameter.apps.ietf",
    "OCSupportedFeatures": "diameter.apps.ietf",
    "ProfileUpdateAnswer": "diameter.apps.tgpp.sh",
    "ProfileUpdateRequest": "diameter.apps.tgpp.sh",
    "ProxyInfo": "diameter.apps.base",
    "PushNotificationAnswer": "diameter.apps.tgpp.sh",
    "PushNotificationRequest": "diameter.apps.tgpp.sh",
    "QoSFinalUnitIndication": "diameter.apps.credit_control",
    "RedirectAddressType": "diameter.apps.credit_control",
    "RedirectHostUsage": "diameter.apps.base",
    "RequestedAction": "diameter.apps.credit_control",
    "RequestedServiceUnit": "diameter.apps.credit_control",
    "ReservationPriority": "diameter.apps.etsi",
    "ResultCode": "diameter.apps.base",
    "ServiceParameterInfo": "diameter.apps.credit_control",
    "SubscribeNotificationsAnswer": "diameter.apps.tgpp.sh",
    "SubscribeNotificationsRequest": "diameter.apps.tgpp.sh",
    "SubscriptionId": "diameter.apps.credit_control",
    "SubscriptionIdExtension": "diameter.apps.credit_control",
    "TariffChangeUsage": "diameter.apps.credit_control",
    "TerminationCause": "diameter.apps.base",
    "UnitValue": "diameter.apps.credit_control",
    "UserDataAnswer": "diameter.apps.tgpp.sh",
    "UserDataRequest": "diameter.apps.tgpp.sh",
    "UserEquipmentInfo": "diameter.apps.credit_control",
    "UserEquipmentInfoExtension": "diameter.apps.credit_control",
    "VendorSpecificApplicationId": "diameter.apps.base",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
