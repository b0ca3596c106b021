"""Dictionary 'vendor_cisco': generated from schemas/vendor_cisco.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.credit_control import (
    CC_INPUT_OCTETS,
    CC_OUTPUT_OCTETS,
    CC_SERVICE_SPECIFIC_UNITS,
    CC_TIME,
    CC_TOTAL_OCTETS,
    RATING_GROUP,
    REDIRECT_SERVER,
    TARIFF_CHANGE_USAGE,
)
from diameter.apps.ietf import DELEGATED_IPV6_PREFIX
from diameter.apps.nasreq import FRAMED_IP_ADDRESS, FRAMED_IP_NETMASK
from diameter.apps.tgpp import (
    AF_CHARGING_IDENTIFIER,
    BEARER_IDENTIFIER,
    CHARGING_RULE_NAME,
    EVENT_TRIGGER,
    FLOW_INFORMATION,
    FLOW_STATUS,
    MONITORING_KEY,
    OFFLINE,
    ONLINE,
    PRECEDENCE,
    QOS_INFORMATION,
    REPORTING_REASON,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    ENUMERATED,
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
    "SNDisconnectReason",
    "SNPPPProgressCode",
    "SNPPPDataCompression",
    "SNIPSourceValidation",
    "SNPPPDataCompressionMode",
    "SNSubscriberPermission",
    "SNAdminPermission",
    "SNSimultaneousSIPMIP",
    "SNServiceType",
    "SNDNSProxyUseSubscrAddr",
    "SNTunnelLoadBalancing",
    "SNPrepaidCompressedCount",
    "SNL3ToL2TunAddrPolicy",
    "SNLongDurationAction",
    "SNPDSNHandoffReqIPAddr",
    "SNHASendDNSADDRESS",
    "SNMIPSendTermVerification",
    "SNDataTunnelIgnoreDFBit",
    "SNMIPAAAAssignAddr",
    "SNMIPMatchAAAAssignAddr",
    "SNProxyMIP",
    "SNIPAllocMethod",
    "SNGratuitousARPAggressive",
    "SNIPHideServiceAddress",
    "SNGTPVersion",
    "SNAccessLinkIPFrag",
    "SNSubscriberAccounting",
    "SNSubscriberIPHdrNegMode",
    "SNGGSNMIPRequired",
    "SNSubscriberAcctStart",
    "SNSubscriberAcctInterim",
    "SNSubscriberAcctStop",
    "SNQoSTpDnlk",
    "SNTpDnlkExceedAction",
    "SNTpDnlkViolateAction",
    "SNQoSTpUplk",
    "SNTpUplkExceedAction",
    "SNTpUplkViolateAction",
    "SNSubscriberIPTOSCopy",
    "SNPPPNWLayerIPv4",
    "SNPPPNWLayerIPv6",
    "SNPPPAcceptPeerV6Ifid",
    "SNNPUQosPriority",
    "SNMNHAHashAlgorithm",
    "SNSubscriberAcctRspAction",
    "SNIPv6EgressFiltering",
    "SNMediationAcctRspAction",
    "SNHomeSubUseGGSN",
    "SNVisitingSubUseGGSN",
    "SNRoamingSubUseGGSN",
    "SNQoSClassConversationalPHB",
    "SNQoSClassStreamingPHB",
    "SNQoSClassBackgroundPHB",
    "SNQoSClassInteractive1PHB",
    "SNQoSClassInteractive2PHB",
    "SNQoSClassInteractive3PHB",
    "SNMediationEnabled",
    "SNIPv6DNSProxy",
    "SNPrepaid",
    "SNPrepaidPreference",
    "SNPPPAlwaysOnVse",
    "SNSubscriberNoInterims",
    "SNPermitUserMcastPDUs",
    "SNPrepaidFinalDurationAlg",
    "SNChangeCondition",
    "SNNtkSessionDisconnectFlag",
    "SNEnableQoSRenegotiation",
    "SNMediationNoInterims",
    "SNIPHeaderCompression",
    "SNMode",
    "SNDirection",
    "SNTunAddrPolicy",
    "SNDHCPLeaseExpiryPolicy",
    "SNMIPSendAncid",
    "SNMIPSendImsi",
    "SNMIPDualAnchor",
    "SNPDIFMIPRequired",
    "SNPDIFMIPReleaseTIA",
    "SNPDIFMIPSimpleIPFallback",
    "SNTunnelGn",
    "SNPPPRenegDisc",
    "SNMIPSendCorrelationInfo",
    "SNSubscriberAcctMode",
    "SNIPSourceViolateNoAcct",
    "SNFirewallEnabled",
    "SNSubscriberClass",
    "SNSubsVJSlotidCmpNegMode",
    "SNSubsAccFlowTrafficValid",
    "SNRadiusReturnedUsername",
    "ProhibitPayloadCompression",
    "SNLongDurationNotification",
    "SNRoleOfNode",
    "SNCauseCode",
    "SNNodeFunctionality",
    "SNROHCFlowMarkingMode",
    "SNCFCIdDisplay",
    "SNCFCIdDisplayBlocked",
    "SNCFCallWaiting",
    "SNCFCallTransfer",
    "SNCFCallLocal",
    "SNCFCallLongDistance",
    "SNCFCallInternational",
    "SNCFCallPremium",
    "SNCFCallRoamingInternatnl",
    "SNPDGTTGRequired",
    "SNWiMAXAuthOnly",
    "SNHandoffIndicator",
    "SNMIPSendHostConfig",
    "SNUserPrivilege",
    "SNIPv6AllocMethod",
    "SNBandwidthControl",
    "SNServiceFlowDetection",
    "SNUsageMonitoring",
    "SNProxyMIPV6",
    "L7ParseProtocolType",
    "OnlineBillingBasis",
    "ServiceActivation",
    "AppendURL",
    "MeterExclude",
    "MeterIncludeImap",
    "PolicyPreloadReqType",
    "PolicyPreloadObjectType",
    "PolicyPreloadStatus",
    "ChargingRuleTriggerType",
    "ServiceReportingLevel",
    "OperationStatus",
    "SubscriberIPSource",
    "ContentScope",
    "FlowStatusPolicyMismatch",
    "PolicyMapType",
    "PolicyMapReplace",
    "CiscoFlowStatus",
    "CiscoRateLimitAction",
    "PolicyPreloadErrorCode",
    "CiscoEventTriggerType",
    "Interleaved",
    "RelativeURL",
    "Mining",
    "UserDefault",
    "DomainGroupActivation",
    "DualBillingBasis",
    "VirtualOnline",
    "NexthopOverride",
    "HeaderClassMode",
    "HeaderItem",
    "UserIdlePod",
    "DomainGroupClear",
    "HeaderItemEncryption",
    "Accel",
    "CiscoRequestUsageType",
    "RateLimitAction",
    "QoSLevel",
    "OverrideOnline",
    "OverrideOffline",
    "OverrideContentFilteringState",
    "OverrideQoSClassIdentifier",
    "OverridePreEmptionCapability",
    "OverridePreEmptionVulnerability",
    "OverrideTosDirection",
    "OverrideTosValueStandard",
    "OverrideControlPendingQueueAction",
    "OverrideControlMergeWildcard",
    "SN_VPN_ID",
    "SN_VPN_NAME",
    "SN_DISCONNECT_REASON",
    "SN_PPP_PROGRESS_CODE",
    "SN_PRIMARY_DNS_SERVER",
    "SN_SECONDARY_DNS_SERVER",
    "SN_RE_CHAP_INTERVAL",
    "SN_IP_POOL_NAME",
    "SN_PPP_DATA_COMPRESSION",
    "SN_IP_FILTER_IN",
    "SN_IP_FILTER_OUT",
    "SN_LOCAL_IP_ADDRESS",
    "SN_IP_SOURCE_VALIDATION",
    "SN_PPP_OUTBOUND_PASSWORD",
    "SN_PPP_KEEPALIVE",
    "SN_IP_IN_ACL",
    "SN_IP_OUT_ACL",
    "SN_PPP_DATA_COMPRESSION_MODE",
    "SN_SUBSCRIBER_PERMISSION",
    "SN_ADMIN_PERMISSION",
    "SN_SIMULTANEOUS_SIP_MIP",
    "SN_MIN_COMPRESS_SIZE",
    "SN_SERVICE_TYPE",
    "SN_DNS_PROXY_USE_SUBSCR_ADDR",
    "SN_TUNNEL_PASSWORD",
    "SN_TUNNEL_LOAD_BALANCING",
    "SN_MN_HA_TIMESTAMP_TOLERANCE",
    "SN_PREPAID_COMPRESSED_COUNT",
    "SN_PREPAID_INBOUND_OCTETS",
    "SN_PREPAID_OUTBOUND_OCTETS",
    "SN_PREPAID_TOTAL_OCTETS",
    "SN_PREPAID_TIMEOUT",
    "SN_PREPAID_WATERMARK",
    "SN_NAI_CONSTRUCTION_DOMAIN",
    "SN_TUNNEL_ISAKMP_CRYPTO_MAP",
    "SN_TUNNEL_ISAKMP_SECRET",
    "SN_EXT_INLINE_SRVR_CONTEXT",
    "SN_L3_TO_L2_TUN_ADDR_POLICY",
    "SN_LONG_DURATION_TIMEOUT",
    "SN_LONG_DURATION_ACTION",
    "SN_PDSN_HANDOFF_REQ_IP_ADDR",
    "SN_HA_SEND_DNS_ADDRESS",
    "SN_MIP_SEND_TERM_VERIFICATION",
    "SN_DATA_TUNNEL_IGNORE_DF_BIT",
    "SN_MIP_AAA_ASSIGN_ADDR",
    "SN_MIP_MATCH_AAA_ASSIGN_ADDR",
    "SN_PROXY_MIP",
    "SN_IP_ALLOC_METHOD",
    "SN_GRATUITOUS_ARP_AGGRESSIVE",
    "SN_EXT_INLINE_SRVR_UP_ADDR",
    "SN_EXT_INLINE_SRVR_DOWN_ADDR",
    "SN_EXT_INLINE_SRVR_PREFERENCE",
    "SN_EXT_INLINE_SRVR_UP_VLAN",
    "SN_EXT_INLINE_SRVR_DOWN_VLAN",
    "SN_IP_HIDE_SERVICE_ADDRESS",
    "SN_PPP_OUTBOUND_USERNAME",
    "SN_GTP_VERSION",
    "SN_ACCESS_LINK_IP_FRAG",
    "SN_SUBSCRIBER_ACCOUNTING",
    "SN_NW_REACHABILITY_SERVER_NAME",
    "SN_SUBSCRIBER_IP_HDR_NEG_MODE",
    "SN_GGSN_MIP_REQUIRED",
    "SN_SUBSCRIBER_ACCT_START",
    "SN_SUBSCRIBER_ACCT_INTERIM",
    "SN_SUBSCRIBER_ACCT_STOP",
    "SN_QOS_TP_DNLK",
    "SN_TP_DNLK_COMMITTED_DATA_RATE",
    "SN_TP_DNLK_PEAK_DATA_RATE",
    "SN_TP_DNLK_BURST_SIZE",
    "SN_TP_DNLK_EXCEED_ACTION",
    "SN_TP_DNLK_VIOLATE_ACTION",
    "SN_QOS_TP_UPLK",
    "SN_TP_UPLK_COMMITTED_DATA_RATE",
    "SN_TP_UPLK_PEAK_DATA_RATE",
    "SN_TP_UPLK_BURST_SIZE",
    "SN_TP_UPLK_EXCEED_ACTION",
    "SN_TP_UPLK_VIOLATE_ACTION",
    "SN_SUBSCRIBER_IP_TOS_COPY",
    "SN_QOS_CONVERSATION_CLASS",
    "SN_QOS_STREAMING_CLASS",
    "SN_QOS_INTERACTIVE1_CLASS",
    "SN_QOS_INTERACTIVE2_CLASS",
    "SN_QOS_INTERACTIVE3_CLASS",
    "SN_QOS_BACKGROUND_CLASS",
    "SN_PPP_NW_LAYER_IPV4",
    "SN_PPP_NW_LAYER_IPV6",
    "SN_VIRTUAL_APN_NAME",
    "SN_PPP_ACCEPT_PEER_V6IFID",
    "SN_IPV6_RTR_ADVT_INTERVAL",
    "SN_IPV6_NUM_RTR_ADVT",
    "SN_NPU_QOS_PRIORITY",
    "SN_MN_HA_HASH_ALGORITHM",
    "SN_SUBSCRIBER_ACCT_RSP_ACTION",
    "SN_IPV6_PRIMARY_DNS",
    "SN_IPV6_SECONDARY_DNS",
    "SN_IPV6_EGRESS_FILTERING",
    "SN_MEDIATION_VPN_NAME",
    "SN_MEDIATION_ACCT_RSP_ACTION",
    "SN_HOME_SUB_USE_GGSN",
    "SN_VISITING_SUB_USE_GGSN",
    "SN_ROAMING_SUB_USE_GGSN",
    "SN_HOME_PROFILE",
    "SN_IP_SRC_VALIDATION_DROP_LIMIT",
    "SN_QOS_CLASS_CONVERSATIONAL_PHB",
    "SN_QOS_CLASS_STREAMING_PHB",
    "SN_QOS_CLASS_BACKGROUND_PHB",
    "SN_QOS_CLASS_INTERACTIVE_1_PHB",
    "SN_QOS_CLASS_INTERACTIVE_2_PHB",
    "SN_QOS_CLASS_INTERACTIVE_3_PHB",
    "SN_VISITING_PROFILE",
    "SN_ROAMING_PROFILE",
    "SN_HOME_BEHAVIOR",
    "SN_VISITING_BEHAVIOR",
    "SN_ROAMING_BEHAVIOR",
    "SN_INTERNAL_SM_INDEX",
    "SN_MEDIATION_ENABLED",
    "SN_IPV6_SEC_POOL",
    "SN_IPV6_SEC_PREFIX",
    "SN_IPV6_DNS_PROXY",
    "SN_SUBSCRIBER_NEXTHOP_ADDRESS",
    "SN_PREPAID",
    "SN_PREPAID_PREFERENCE",
    "SN_PPP_ALWAYS_ON_VSE",
    "SN_VOICE_PUSH_LIST_NAME",
    "SN_UNCLASSIFY_LIST_NAME",
    "SN_SUBSCRIBER_NO_INTERIMS",
    "SN_PERMIT_USER_MCAST_PDUS",
    "SN_PREPAID_FINAL_DURATION_ALG",
    "SN_IPV6_MIN_LINK_MTU",
    "SN_CHARGING_VPN_NAME",
    "SN_CHRG_CHAR_SELECTION_MODE",
    "SN_CAUSE_FOR_REC_CLOSING",
    "SN_CHANGE_CONDITION",
    "SN_DYNAMIC_ADDR_ALLOC_IND_FLAG",
    "SN_NTK_INITIATED_CTX_IND_FLAG",
    "SN_NTK_SESSION_DISCONNECT_FLAG",
    "SN_ENABLE_QOS_RENEGOTIATION",
    "SN_QOS_RENEGOTIATION_TIMEOUT",
    "SN_MEDIATION_NO_INTERIMS",
    "SN_QOS_NEGOTIATED",
    "SN_PRIMARY_NBNS_SERVER",
    "SN_SECONDARY_NBNS_SERVER",
    "SN_IP_HEADER_COMPRESSION",
    "SN_MODE",
    "SN_ASSIGNED_VLAN_ID",
    "SN_DIRECTION",
    "SN_MIP_HA_ASSIGNMENT_TABLE",
    "SN_TUN_ADDR_POLICY",
    "SN_DHCP_LEASE_EXPIRY_POLICY",
    "SN_SUBSCRIBER_TEMPLATE_NAME",
    "SN_SUBS_IMSA_SERVICE_NAME",
    "SN_TRAFFIC_GROUP",
    "SN_RAD_APN_NAME",
    "SN_MIP_SEND_ANCID",
    "SN_MIP_SEND_IMSI",
    "SN_MIP_DUAL_ANCHOR",
    "SN_MIP_ANCID",
    "SN_IMS_AM_ADDRESS",
    "SN_IMS_AM_DOMAIN_NAME",
    "SN_SERVICE_ADDRESS",
    "SN_PDIF_MIP_REQUIRED",
    "SN_FMC_LOCATION",
    "SN_PDIF_MIP_RELEASE_TIA",
    "SN_PDIF_MIP_SIMPLE_IP_FALLBACK",
    "SN_TUNNEL_GN",
    "SN_MIP_REG_LIFETIME_REALM",
    "SN_ECS_DATA_VOLUME",
    "SN_QOS_TRAFFIC_POLICY",
    "SN_PPP_RENEG_DISC",
    "SN_MIP_SEND_CORRELATION_INFO",
    "SN_PDSN_CORRELATION_ID",
    "SN_PDSN_NAS_ID",
    "SN_PDSN_NAS_IP_ADDRESS",
    "SN_SUBSCRIBER_ACCT_MODE",
    "SN_IP_IN_PLCY_GRP",
    "SN_IP_OUT_PLCY_GRP",
    "SN_IP_SOURCE_VIOLATE_NO_ACCT",
    "SN_FIREWALL_ENABLED",
    "SN_ADMIN_EXPIRY",
    "SN_DNS_PROXY_INTERCEPT_LIST",
    "SN_SUBSCRIBER_CLASS",
    "SN_CFPOLICY_ID",
    "SN_SUBS_VJ_SLOTID_CMP_NEG_MODE",
    "SN_PRIMARY_DCCA_PEER",
    "SN_SECONDARY_DCCA_PEER",
    "SN_SUBS_ACC_FLOW_TRAFFIC_VALID",
    "SN_ACCT_INPUT_PACKETS_DROPPED",
    "SN_ACCT_OUTPUT_PACKETS_DROPPED",
    "SN_ACCT_INPUT_OCTETS_DROPPED",
    "SN_ACCT_OUTPUT_OCTETS_DROPPED",
    "SN_ACCT_INPUT_GIGA_DROPPED",
    "SN_ACCT_OUTPUT_GIGA_DROPPED",
    "SN_INACTIVITY_TIME",
    "SN_OVERLOAD_DISC_CONNECT_TIME",
    "SN_OVERLOAD_DISC_INACT_TIME",
    "SN_OVERLOAD_DISCONNECT",
    "SN_RADIUS_RETURNED_USERNAME",
    "PROHIBIT_PAYLOAD_COMPRESSION",
    "SN_ROHC_PROFILE_NAME",
    "SN_FIREWALL_POLICY_239",
    "SN_LI_DEST_ADDRESS",
    "SN_MS_ISDN",
    "SN_ROUTING_AREA_ID",
    "SN_RULEBASE",
    "SN_CALL_ID",
    "SN_IMSI",
    "SN_LONG_DURATION_NOTIFICATION",
    "SN_SIP_METHOD",
    "SN_EVENT",
    "SN_ROLE_OF_NODE",
    "SN_SESSION_ID",
    "SN_SIP_REQUEST_TIME_STAMP",
    "SN_SIP_RESPONSE_TIME_STAMP",
    "SN_IMS_CHARGING_IDENTIFIER",
    "SN_ORIGINATING_IOI",
    "SN_SDP_SESSION_DESCRIPTION",
    "SN_GGSN_ADDRESS",
    "SN_SEC_IP_POOL_NAME",
    "SN_AUTHORISED_QOS",
    "SN_CAUSE_CODE",
    "SN_NODE_FUNCTIONALITY",
    "SN_IS_UNREGISTERED_SUBSCRIBER",
    "SN_CONTENT_TYPE",
    "SN_CONTENT_LENGTH",
    "SN_CONTENT_DISPOSITION",
    "SN_CSCF_RF_SDP_MEDIA_COMPONENTS",
    "SN_ROHC_FLOW_MARKING_MODE",
    "SN_CSCF_APP_SERVER_INFO",
    "SN_ISC_TEMPLATE_NAME",
    "SN_CF_FORWARD_UNCONDITIONAL",
    "SN_CF_FORWARD_NO_ANSWER",
    "SN_CF_FORWARD_BUSY_LINE",
    "SN_CF_FORWARD_NOT_REGD",
    "SN_CF_FOLLOW_ME",
    "SN_CF_CID_DISPLAY",
    "SN_CF_CID_DISPLAY_BLOCKED",
    "SN_CF_CALL_WAITING",
    "SN_CF_CALL_TRANSFER",
    "SN_CSCF_SUBSCRIBER_IP_ADDRESS",
    "SN_SOFTWARE_VERSION",
    "SN_MAX_SEC_CONTEXTS_PER_SUBS",
    "SN_CF_CALL_LOCAL",
    "SN_CF_CALL_LONGDISTANCE",
    "SN_CF_CALL_INTERNATIONAL",
    "SN_CF_CALL_PREMIUM",
    "SN_CR_INTERNATIONAL_CID",
    "SN_CR_LONGDISTANCE_CID",
    "SN_NAT_IP_ADDRESS",
    "SN_CF_CALL_ROAMINGINTERNATNL",
    "SN_PDG_TTG_REQUIRED",
    "SN_BANDWIDTH_POLICY",
    "SN_ACS_CREDIT_CONTROL_GROUP",
    "SN_CBB_POLICY",
    "SN_QOS_HLR_PROFILE",
    "SN_FAST_REAUTH_USERNAME_304",
    "SN_PSEUDONYM_USERNAME_305",
    "SN_WIMAX_AUTH_ONLY",
    "SN_TRAFFICSELECTOR_CLASS",
    "SN_TPO_POLICY",
    "SN_DHCP_OPTIONS",
    "SN_HANDOFF_INDICATOR",
    "SN_MIP_SEND_HOST_CONFIG",
    "SN_USER_PRIVILEGE",
    "SN_IPV6_ALLOC_METHOD",
    "SN_WLAN_AP_IDENTIFIER",
    "SN_WLAN_UE_IDENTIFIER",
    "SN_VOLUME_QUOTA_THRESHOLD",
    "SN_UNIT_QUOTA_THRESHOLD",
    "SN_TIME_QUOTA_THRESHOLD",
    "SN_TOTAL_USED_SERVICE_UNIT",
    "SN_ABSOLUTE_VALIDITY_TIME",
    "SN_BANDWIDTH_CONTROL",
    "SN_TRANSPARENT_DATA",
    "SN_TRAFFIC_POLICY",
    "SN_FIREWALL_POLICY",
    "SN_USAGE_MONITORING_CONTROL",
    "SN_MONITORING_KEY",
    "SN_USAGE_VOLUME",
    "SN_SERVICE_FLOW_DETECTION",
    "SN_USAGE_MONITORING",
    "SN_SESSION_START_INDICATOR",
    "SN_PHASE0_PSAPNAME",
    "SN_CHARGING_ID",
    "SN_REMAINING_SERVICE_UNIT",
    "SN_SERVICE_START_TIMESTAMP",
    "SN_RULEBASE_ID",
    "SN_CF_POLICY_ID",
    "SN_CHARGING_COLLECTION_FUNCTION_NAME",
    "SN_CUSTOMER_ID",
    "ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID",
    "ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_VALUE",
    "ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_REALM",
    "SN_FAST_REAUTH_USERNAME",
    "SN_PSEUDONYM_USERNAME",
    "SN_PROXY_MIPV6",
    "CISCO_FLOW_DESCRIPTION_507",
    "CISCO_CHARGING_RULE_DEFINITION",
    "CONTENT_DEFINITION",
    "BILLING_POLICY_DEFINITION",
    "POLICY_MAP_DEFINITION",
    "SERVICE_DEFINITION",
    "CONTENT_POLICY_MAP",
    "SERVICE_INFO",
    "BILLING_PLAN_DEFINITION",
    "VOLUME_THRESHOLD",
    "TIME_THRESHOLD",
    "CONTENT_IDLE_TIMER",
    "NEXTHOP_UPLINK",
    "NEXTHOP_DOWNLINK",
    "L7_PARSE_PROTOCOL_TYPE",
    "SERVICE_STATUS",
    "SERVICE_NAME",
    "BILLING_POLICY_NAME",
    "POLICY_MAP_NAME",
    "POLICY_MAP_MATCH",
    "MATCH_STRING",
    "ATTRIBUTE_STRING",
    "ONLINE_BILLING_BASIS",
    "SERVICE_ACTIVATION",
    "CDR_VOLUME_THRESHOLD",
    "CDR_TIME_THRESHOLD",
    "ADVICE_OF_CHARGE",
    "APPEND_URL",
    "CONFIRM_TOKEN_131099",
    "CISCO_SERVICE_CLASS",
    "SERVICE_IDLE_TIME",
    "OWNER_ID",
    "OWNER_NAME",
    "ONLINE_PASSTHROUGH_QUOTA",
    "ONLINE_REAUTHORIZATION_THRESHOLD",
    "ONLINE_REAUTHORIZATION_TIMEOUT",
    "INITIAL_TIMEOUT",
    "MAXIMUM_TIMEOUT",
    "REFUND_POLICY",
    "METER_EXCLUDE",
    "METER_INCLUDE_IMAP",
    "METERING_GRANULARITY",
    "METER_INCREMENT",
    "METER_INITIAL",
    "METER_MINIMUM",
    "VERIFY",
    "CONFIRM_TOKEN_131117",
    "WEIGHT",
    "USER_IDLE_TIMER",
    "POLICY_PRELOAD_REQ_TYPE",
    "POLICY_PRELOAD_OBJECT_TYPE",
    "POLICY_PRELOAD_STATUS",
    "CHARGING_RULE_TRIGGER_TYPE",
    "CHARGING_RULE_EVENT",
    "SERVICE_REPORTING_LEVEL",
    "ACCOUNTING",
    "ACCOUNTING_CUSTOMER_STRING",
    "L7_PARSE_LENGTH",
    "SERVICE_CDR_THRESHOLD",
    "INTERMEDIATE_CDR_THRESHOLD",
    "CDR_GENERATION_DELAY",
    "REPLICATE_SESSION",
    "REPLICATE_SESSION_DELAY",
    "CONTENT_PENDING_TIMER",
    "OPERATION_STATUS",
    "SUBSCRIBER_IP_SOURCE",
    "NEXTHOP",
    "NEXTHOP_REVERSE",
    "CHARGING_RULE_EVENT_TRIGGER",
    "BILLING_PLAN_NAME",
    "CONTENT_FLOW_DESCRIPTION",
    "CONTENT_FLOW_FILTER",
    "CLIENT_GROUP_ID",
    "ACL_NUMBER",
    "ACL_NAME",
    "DESTINATION_IP_ADDRESS",
    "DESTINATION_MASK",
    "PROTOCOL_ID",
    "START_OF_PORT_RANGE",
    "END_OF_PORT_RANGE",
    "CONTENT_NAME",
    "FAILED_PRELOAD_OBJECT",
    "VRF_NAME",
    "VLAN_ID",
    "VOLUME_USAGE",
    "CISCO_TIME_USAGE",
    "DURATION",
    "FIRST_PACKET_TIMESTAMP",
    "LAST_PACKET_TIMESTAMP",
    "CISCO_FLOW_DESCRIPTION",
    "TERMINATE_BEARER",
    "SERVICE_RATING_GROUP",
    "CONTENT_SCOPE",
    "FLOW_STATUS_POLICY_MISMATCH",
    "POLICY_MAP_TYPE",
    "POLICY_MAP_MATCH_INSTALL",
    "POLICY_MAP_MATCH_REMOVE",
    "POLICY_MAP_REPLACE",
    "CISCO_FLOW_STATUS",
    "SERVICE_QOS",
    "QOS_RATE_LIMIT_UL",
    "QOS_RATE_LIMIT_DL",
    "QOS_RATE_LIMIT",
    "MAX_BANDWIDTH",
    "RATE_LIMIT_CONFORM_ACTION",
    "RATE_LIMIT_EXCEED_ACTION",
    "CISCO_RATE_LIMIT_ACTION",
    "CISCO_DSCP",
    "POLICY_MAP_INSTALL",
    "POLICY_MAP_REMOVE",
    "BILLING_POLICY_INSTALL",
    "BILLING_POLICY_REMOVE",
    "CONTENT_INSTALL",
    "CONTENT_REMOVE",
    "SERVICE_INSTALL",
    "SERVICE_REMOVE",
    "BILLING_PLAN_INSTALL",
    "BILLING_PLAN_REMOVE",
    "POLICY_PRELOAD_ERROR_CODE",
    "MAX_BURST_SIZE",
    "FAILED_PRELOAD_OBJ_NAME",
    "CISCO_EVENT_TRIGGER_TYPE",
    "CISCO_EVENT_TRIGGER",
    "TCP_SYN",
    "CISCO_EVENT",
    "INTERLEAVED",
    "CONTROL_URL",
    "RELATIVE_URL",
    "MINING",
    "USER_DEFAULT",
    "CISCO_PRIORITY",
    "DOMAIN_GROUP_NAME",
    "DOMAIN_GROUP_DEFINITION",
    "DOMAIN_GROUP_INSTALL",
    "DOMAIN_GROUP_REMOVE",
    "DOMAIN_GROUP_ACTIVATION",
    "DUAL_BILLING_BASIS",
    "DUAL_PASSTHROUGH_QUOTA",
    "DUAL_REAUTHORIZATION_THRESHOLD",
    "VIRTUAL_ONLINE",
    "NEXTHOP_MEDIA",
    "NEXTHOP_OVERRIDE",
    "CISCO_QUOTA_CONSUMPTION_TIME",
    "CLASS_MAP_NAME",
    "HEADER_GROUP_NAME",
    "HEADER_GROUP_DEFINITION",
    "HEADER_GROUP_INSTALL",
    "HEADER_GROUP_REMOVE",
    "HEADER_INSERT_NAME",
    "HEADER_FIELD_NAME",
    "HEADER_CLASS_NAME",
    "HEADER_CLASS_MODE",
    "HEADER_CLASS",
    "RADIUS_ATTRIBUTE_TYPE",
    "RADIUS_VSA_VENDOR_ID",
    "RADIUS_VSA_SUBATTRIBUTE_TYPE",
    "HEADER_ITEM_RADIUS",
    "HEADER_ITEM",
    "HEADER_ITEM_STRING",
    "HEADER_ITEMS_ENCRYPTED",
    "HEADER_INSERT_DEFINITION",
    "HEADER_INSERT_INSTALL",
    "HEADER_INSERT_REMOVE",
    "USER_IDLE_POD",
    "DOMAIN_GROUP_CLEAR",
    "CISCO_QOS_PROFILE_NAME",
    "CISCO_QOS_PROFILE",
    "CISCO_QOS_PROFILE_INSTALL",
    "CISCO_QOS_PROFILE_REMOVE",
    "CISCO_QOS_PROFILE_UPLINK",
    "CISCO_QOS_PROFILE_DOWNLINK",
    "HEADER_ITEM_ENCRYPTION",
    "SERVICE_GROUP_NAME",
    "SERVICE_GROUP_DEFINITION",
    "SERVICE_GROUP_INSTALL",
    "SERVICE_GROUP_REMOVE",
    "SERVICE_GROUP_EVENT",
    "CISCO_REPORT_USAGE",
    "ACCEL",
    "CISCO_ANSWER_USER_USAGE",
    "CISCO_REQUEST_USAGE_TYPE",
    "CISCO_REQUEST_CHARGING_RULE_USAGE",
    "CISCO_REQUEST_SERVICE_GROUP_USAGE",
    "CISCO_ANSWER_CHARGING_RULE_USAGE",
    "CISCO_ANSWER_SERVICE_GROUP_USAGE",
    "USER_AGENT",
    "SERVICE_LIFE_TIME",
    "VOLUME_THRESHOLD_64",
    "DELEGATED_IP_INSTALL",
    "DELEGATED_IPV4_DEFINITION",
    "DELEGATED_IPV6_DEFINITION",
    "AGGR_PREFIX_LEN",
    "SERVICE_IDENTIFIER_LO",
    "SERVICE_IDENTIFIER_HI",
    "SERVICE_IDENTIFIER_RANGE",
    "RATE_LIMIT_ACTION",
    "DSCP",
    "QOS_GROUP_RULE_INSTALL",
    "QOS_GROUP_RULE_DEFINITION",
    "QOS_GROUP_RULE_NAME",
    "MBR_LIMIT_EXCEED_ACTION_UL",
    "MBR_LIMIT_EXCEED_ACTION_DL",
    "MBR_BURST_SIZE_UL",
    "MBR_BURST_SIZE_DL",
    "QOS_LEVEL",
    "OVERRIDE_CONTROL",
    "OVERRIDE_RULE_NAME",
    "OVERRIDE_CHARGING_ACTION_PARAMETERS",
    "OVERRIDE_CHARGING_ACTION_NAME",
    "OVERRIDE_CHARGING_ACTION_EXCLUDE_RULE",
    "OVERRIDE_CHARGING_PARAMETERS",
    "OVERRIDE_SERVICE_IDENTIFIER",
    "OVERRIDE_RATING_GROUP",
    "EXECUTION_TIME",
    "OVERRIDE_ONLINE",
    "OVERRIDE_OFFLINE",
    "OVERRIDE_CONTENT_FILTERING_STATE",
    "OVERRIDE_POLICY_PARAMETERS",
    "OVERRIDE_QOS_INFORMATION",
    "OVERRIDE_QOS_CLASS_IDENTIFIER",
    "OVERRIDE_MAX_REQUESTED_BANDWIDTH_UL",
    "OVERRIDE_MAX_REQUESTED_BANDWIDTH_DL",
    "OVERRIDE_GUARANTEED_BITRATE_UL",
    "OVERRIDE_GUARANTEED_BITRATE_DL",
    "OVERRIDE_ALLOCATION_RETENTION_PRIORITY",
    "OVERRIDE_PRIORITY_LEVEL",
    "OVERRIDE_PRE_EMPTION_CAPABILITY",
    "OVERRIDE_PRE_EMPTION_VULNERABILITY",
    "CUMULATIVE_ACCT_INPUT_OCTETS",
    "CUMULATIVE_ACCT_OUTPUT_OCTETS",
    "OVERRIDE_TOS_VALUE",
    "OVERRIDE_TOS_DIRECTION",
    "OVERRIDE_TOS_VALUE_STANDARD",
    "OVERRIDE_TOS_VALUE_CUSTOM",
    "OVERRIDE_CONTROL_NAME",
    "OVERRIDE_NEXTHOP_ADDRESS",
    "OVERRIDE_CONTROL_PENDING_QUEUE_ACTION",
    "OVERRIDE_CONTROL_MERGE_WILDCARD",
    "SNTotalUsedServiceUnit",
    "SNUsageMonitoringControl",
    "SNRemainingServiceUnit",
    "AccessNetworkChargingPhysicalAccessId",
    "CiscoChargingRuleDefinition",
    "ContentDefinition",
    "BillingPolicyDefinition",
    "PolicyMapDefinition",
    "ServiceDefinition",
    "ContentPolicyMap",
    "ServiceInfo",
    "BillingPlanDefinition",
    "ServiceStatus",
    "PolicyMapMatch",
    "AdviceOfCharge",
    "OnlineReauthorizationTimeout",
    "MeteringGranularity",
    "Verify",
    "ChargingRuleEvent",
    "Accounting",
    "ServiceCDRThreshold",
    "IntermediateCDRThreshold",
    "ReplicateSession",
    "ChargingRuleEventTrigger",
    "ContentFlowDescription",
    "ContentFlowFilter",
    "ClientGroupId",
    "FailedPreloadObject",
    "CiscoTimeUsage",
    "CiscoFlowDescription",
    "TerminateBearer",
    "PolicyMapMatchInstall",
    "PolicyMapMatchRemove",
    "ServiceQoS",
    "QoSRateLimitUL",
    "QoSRateLimitDL",
    "QoSRateLimit",
    "RateLimitConformAction",
    "RateLimitExceedAction",
    "PolicyMapInstall",
    "PolicyMapRemove",
    "BillingPolicyInstall",
    "BillingPolicyRemove",
    "ContentInstall",
    "ContentRemove",
    "ServiceInstall",
    "ServiceRemove",
    "BillingPlanInstall",
    "BillingPlanRemove",
    "FailedPreloadObjName",
    "CiscoEventTrigger",
    "CiscoEvent",
    "ControlURL",
    "DomainGroupDefinition",
    "DomainGroupInstall",
    "DomainGroupRemove",
    "HeaderGroupDefinition",
    "HeaderGroupInstall",
    "HeaderGroupRemove",
    "HeaderClass",
    "HeaderItemRadius",
    "HeaderItemsEncrypted",
    "HeaderInsertDefinition",
    "HeaderInsertInstall",
    "HeaderInsertRemove",
    "CiscoQoSProfile",
    "CiscoQoSProfileInstall",
    "CiscoQoSProfileRemove",
    "CiscoQoSProfileUplink",
    "CiscoQoSProfileDownlink",
    "ServiceGroupDefinition",
    "ServiceGroupInstall",
    "ServiceGroupRemove",
    "ServiceGroupEvent",
    "CiscoReportUsage",
    "CiscoAnswerUserUsage",
    "CiscoRequestChargingRuleUsage",
    "CiscoRequestServiceGroupUsage",
    "CiscoAnswerChargingRuleUsage",
    "CiscoAnswerServiceGroupUsage",
    "DelegatedIPInstall",
    "DelegatedIPv4Definition",
    "DelegatedIPv6Definition",
    "ServiceIdentifierRange",
    "QoSGroupRuleInstall",
    "QoSGroupRuleDefinition",
    "MBRLimitExceedActionUL",
    "MBRLimitExceedActionDL",
    "OverrideControl",
    "OverrideChargingActionParameters",
    "OverrideChargingParameters",
    "OverridePolicyParameters",
    "OverrideQoSInformation",
    "OverrideAllocationRetentionPriority",
    "OverrideTosValue",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
SN_VPN_ID: Final = AvpDef("SN-VPN-ID", 1, UNSIGNED32, M, vendor=8164)
SN_VPN_NAME: Final = AvpDef("SN-VPN-Name", 2, UTF8STRING, M, vendor=8164)
SN_DISCONNECT_REASON: Final = AvpDef("SN-Disconnect-Reason", 3, UNSIGNED32, M, vendor=8164)
SN_PPP_PROGRESS_CODE: Final = AvpDef("SN-PPP-Progress-Code", 4, UNSIGNED32, M, vendor=8164)
SN_PRIMARY_DNS_SERVER: Final = AvpDef("SN-Primary-DNS-Server", 5, OCTET_STRING, M, vendor=8164)
SN_SECONDARY_DNS_SERVER: Final = AvpDef("SN-Secondary-DNS-Server", 6, OCTET_STRING, M, vendor=8164)
SN_RE_CHAP_INTERVAL: Final = AvpDef("SN-Re-CHAP-Interval", 7, UNSIGNED32, M, vendor=8164)
SN_IP_POOL_NAME: Final = AvpDef("SN-IP-Pool-Name", 8, UTF8STRING, M, vendor=8164)
SN_PPP_DATA_COMPRESSION: Final = AvpDef("SN-PPP-Data-Compression", 9, UNSIGNED32, M, vendor=8164)
SN_IP_FILTER_IN: Final = AvpDef("SN-IP-Filter-In", 10, OCTET_STRING, M, vendor=8164)
SN_IP_FILTER_OUT: Final = AvpDef("SN-IP-Filter-Out", 11, OCTET_STRING, M, vendor=8164)
SN_LOCAL_IP_ADDRESS: Final = AvpDef("SN-Local-IP-Address", 13, OCTET_STRING, M, vendor=8164)
SN_IP_SOURCE_VALIDATION: Final = AvpDef("SN-IP-Source-Validation", 14, UNSIGNED32, M, vendor=8164)
SN_PPP_OUTBOUND_PASSWORD: Final = AvpDef("SN-PPP-Outbound-Password", 15, UTF8STRING, M, vendor=8164)
SN_PPP_KEEPALIVE: Final = AvpDef("SN-PPP-Keepalive", 16, UNSIGNED32, M, vendor=8164)
SN_IP_IN_ACL: Final = AvpDef("SN-IP-In-ACL", 17, UTF8STRING, M, vendor=8164)
SN_IP_OUT_ACL: Final = AvpDef("SN-IP-Out-ACL", 18, UTF8STRING, M, vendor=8164)
SN_PPP_DATA_COMPRESSION_MODE: Final = AvpDef("SN-PPP-Data-Compression-Mode", 19, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_PERMISSION: Final = AvpDef("SN-Subscriber-Permission", 20, UNSIGNED32, M, vendor=8164)
SN_ADMIN_PERMISSION: Final = AvpDef("SN-Admin-Permission", 21, ENUMERATED, M, vendor=8164)
SN_SIMULTANEOUS_SIP_MIP: Final = AvpDef("SN-Simultaneous-SIP-MIP", 22, UNSIGNED32, M, vendor=8164)
SN_MIN_COMPRESS_SIZE: Final = AvpDef("SN-Min-Compress-Size", 23, UNSIGNED32, M, vendor=8164)
SN_SERVICE_TYPE: Final = AvpDef("SN-Service-Type", 24, UNSIGNED32, M, vendor=8164)
SN_DNS_PROXY_USE_SUBSCR_ADDR: Final = AvpDef("SN-DNS-Proxy-Use-Subscr-Addr", 25, UNSIGNED32, M, vendor=8164)
SN_TUNNEL_PASSWORD: Final = AvpDef("SN-Tunnel-Password", 26, OCTET_STRING, M, vendor=8164)
SN_TUNNEL_LOAD_BALANCING: Final = AvpDef("SN-Tunnel-Load-Balancing", 27, UNSIGNED32, M, vendor=8164)
SN_MN_HA_TIMESTAMP_TOLERANCE: Final = AvpDef("SN-MN-HA-Timestamp-Tolerance", 30, UNSIGNED32, M, vendor=8164)
SN_PREPAID_COMPRESSED_COUNT: Final = AvpDef("SN-Prepaid-Compressed-Count", 31, UNSIGNED32, M, vendor=8164)
SN_PREPAID_INBOUND_OCTETS: Final = AvpDef("SN-Prepaid-Inbound-Octets", 32, UNSIGNED32, M, vendor=8164)
SN_PREPAID_OUTBOUND_OCTETS: Final = AvpDef("SN-Prepaid-Outbound-Octets", 33, UNSIGNED32, M, vendor=8164)
SN_PREPAID_TOTAL_OCTETS: Final = AvpDef("SN-Prepaid-Total-Octets", 34, UNSIGNED32, M, vendor=8164)
SN_PREPAID_TIMEOUT: Final = AvpDef("SN-Prepaid-Timeout", 35, UNSIGNED32, M, vendor=8164)
SN_PREPAID_WATERMARK: Final = AvpDef("SN-Prepaid-Watermark", 36, UNSIGNED32, M, vendor=8164)
SN_NAI_CONSTRUCTION_DOMAIN: Final = AvpDef("SN-NAI-Construction-Domain", 37, OCTET_STRING, M, vendor=8164)
SN_TUNNEL_ISAKMP_CRYPTO_MAP: Final = AvpDef("SN-Tunnel-ISAKMP-Crypto-Map", 38, OCTET_STRING, M, vendor=8164)
SN_TUNNEL_ISAKMP_SECRET: Final = AvpDef("SN-Tunnel-ISAKMP-Secret", 39, OCTET_STRING, M, vendor=8164)
SN_EXT_INLINE_SRVR_CONTEXT: Final = AvpDef("SN-Ext-Inline-Srvr-Context", 41, OCTET_STRING, M, vendor=8164)
SN_L3_TO_L2_TUN_ADDR_POLICY: Final = AvpDef("SN-L3-to-L2-Tun-Addr-Policy", 43, UNSIGNED32, M, vendor=8164)
SN_LONG_DURATION_TIMEOUT: Final = AvpDef("SN-Long-Duration-Timeout", 44, INTEGER32, M, vendor=8164)
SN_LONG_DURATION_ACTION: Final = AvpDef("SN-Long-Duration-Action", 45, UNSIGNED32, M, vendor=8164)
SN_PDSN_HANDOFF_REQ_IP_ADDR: Final = AvpDef("SN-PDSN-Handoff-Req-IP-Addr", 46, UNSIGNED32, M, vendor=8164)
SN_HA_SEND_DNS_ADDRESS: Final = AvpDef("SN-HA-Send-DNS-ADDRESS", 47, UNSIGNED32, M, vendor=8164)
SN_MIP_SEND_TERM_VERIFICATION: Final = AvpDef("SN-MIP-Send-Term-Verification", 48, UNSIGNED32, M, vendor=8164)
SN_DATA_TUNNEL_IGNORE_DF_BIT: Final = AvpDef("SN-Data-Tunnel-Ignore-DF-Bit", 49, UNSIGNED32, M, vendor=8164)
SN_MIP_AAA_ASSIGN_ADDR: Final = AvpDef("SN-MIP-AAA-Assign-Addr", 50, UNSIGNED32, M, vendor=8164)
SN_MIP_MATCH_AAA_ASSIGN_ADDR: Final = AvpDef("SN-MIP-Match-AAA-Assign-Addr", 51, UNSIGNED32, M, vendor=8164)
SN_PROXY_MIP: Final = AvpDef("SN-Proxy-MIP", 52, UNSIGNED32, M, vendor=8164)
SN_IP_ALLOC_METHOD: Final = AvpDef("SN-IP-Alloc-Method", 53, UNSIGNED32, M, vendor=8164)
SN_GRATUITOUS_ARP_AGGRESSIVE: Final = AvpDef("SN-Gratuitous-ARP-Aggressive", 54, UNSIGNED32, M, vendor=8164)
SN_EXT_INLINE_SRVR_UP_ADDR: Final = AvpDef("SN-Ext-Inline-Srvr-Up-Addr", 55, OCTET_STRING, M, vendor=8164)
SN_EXT_INLINE_SRVR_DOWN_ADDR: Final = AvpDef("SN-Ext-Inline-Srvr-Down-Addr", 56, OCTET_STRING, M, vendor=8164)
SN_EXT_INLINE_SRVR_PREFERENCE: Final = AvpDef("SN-Ext-Inline-Srvr-Preference", 57, UNSIGNED32, M, vendor=8164)
SN_EXT_INLINE_SRVR_UP_VLAN: Final = AvpDef("SN-Ext-Inline-Srvr-Up-VLAN", 58, OCTET_STRING, M, vendor=8164)
SN_EXT_INLINE_SRVR_DOWN_VLAN: Final = AvpDef("SN-Ext-Inline-Srvr-Down-VLAN", 59, UNSIGNED32, M, vendor=8164)
SN_IP_HIDE_SERVICE_ADDRESS: Final = AvpDef("SN-IP-Hide-Service-Address", 60, UNSIGNED32, M, vendor=8164)
SN_PPP_OUTBOUND_USERNAME: Final = AvpDef("SN-PPP-Outbound-Username", 61, UTF8STRING, M, vendor=8164)
SN_GTP_VERSION: Final = AvpDef("SN-GTP-Version", 62, UNSIGNED32, M, vendor=8164)
SN_ACCESS_LINK_IP_FRAG: Final = AvpDef("SN-Access-link-IP-Frag", 63, ENUMERATED, M, vendor=8164)
SN_SUBSCRIBER_ACCOUNTING: Final = AvpDef("SN-Subscriber-Accounting", 64, UNSIGNED32, M, vendor=8164)
SN_NW_REACHABILITY_SERVER_NAME: Final = AvpDef("SN-Nw-Reachability-Server-Name", 65, OCTET_STRING, M, vendor=8164)
SN_SUBSCRIBER_IP_HDR_NEG_MODE: Final = AvpDef("SN-Subscriber-IP-Hdr-Neg-Mode", 67, UNSIGNED32, M, vendor=8164)
SN_GGSN_MIP_REQUIRED: Final = AvpDef("SN-GGSN-MIP-Required", 68, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_ACCT_START: Final = AvpDef("SN-Subscriber-Acct-Start", 69, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_ACCT_INTERIM: Final = AvpDef("SN-Subscriber-Acct-Interim", 70, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_ACCT_STOP: Final = AvpDef("SN-Subscriber-Acct-Stop", 71, UNSIGNED32, M, vendor=8164)
SN_QOS_TP_DNLK: Final = AvpDef("SN-QoS-Tp-Dnlk", 73, UNSIGNED32, M, vendor=8164)
SN_TP_DNLK_COMMITTED_DATA_RATE: Final = AvpDef("SN-Tp-Dnlk-Committed-Data-Rate", 74, UNSIGNED32, M, vendor=8164)
SN_TP_DNLK_PEAK_DATA_RATE: Final = AvpDef("SN-Tp-Dnlk-Peak-Data-Rate", 75, UNSIGNED32, M, vendor=8164)
SN_TP_DNLK_BURST_SIZE: Final = AvpDef("SN-Tp-Dnlk-Burst-Size", 76, UNSIGNED32, M, vendor=8164)
SN_TP_DNLK_EXCEED_ACTION: Final = AvpDef("SN-Tp-Dnlk-Exceed-Action", 77, UNSIGNED32, M, vendor=8164)
SN_TP_DNLK_VIOLATE_ACTION: Final = AvpDef("SN-Tp-Dnlk-Violate-Action", 78, UNSIGNED32, M, vendor=8164)
SN_QOS_TP_UPLK: Final = AvpDef("SN-QoS-Tp-Uplk", 79, UNSIGNED32, M, vendor=8164)
SN_TP_UPLK_COMMITTED_DATA_RATE: Final = AvpDef("SN-Tp-Uplk-Committed-Data-Rate", 80, UNSIGNED32, M, vendor=8164)
SN_TP_UPLK_PEAK_DATA_RATE: Final = AvpDef("SN-Tp-Uplk-Peak-Data-Rate", 81, UNSIGNED32, M, vendor=8164)
SN_TP_UPLK_BURST_SIZE: Final = AvpDef("SN-Tp-Uplk-Burst-Size", 82, UNSIGNED32, M, vendor=8164)
SN_TP_UPLK_EXCEED_ACTION: Final = AvpDef("SN-Tp-Uplk-Exceed-Action", 83, UNSIGNED32, M, vendor=8164)
SN_TP_UPLK_VIOLATE_ACTION: Final = AvpDef("SN-Tp-Uplk-Violate-Action", 84, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_IP_TOS_COPY: Final = AvpDef("SN-Subscriber-IP-TOS-Copy", 85, UNSIGNED32, M, vendor=8164)
SN_QOS_CONVERSATION_CLASS: Final = AvpDef("SN-QoS-Conversation-Class", 86, OCTET_STRING, M, vendor=8164)
SN_QOS_STREAMING_CLASS: Final = AvpDef("SN-QoS-Streaming-Class", 87, OCTET_STRING, M, vendor=8164)
SN_QOS_INTERACTIVE1_CLASS: Final = AvpDef("SN-QoS-Interactive1-Class", 88, OCTET_STRING, M, vendor=8164)
SN_QOS_INTERACTIVE2_CLASS: Final = AvpDef("SN-QoS-Interactive2-Class", 89, OCTET_STRING, M, vendor=8164)
SN_QOS_INTERACTIVE3_CLASS: Final = AvpDef("SN-QoS-Interactive3-Class", 90, OCTET_STRING, M, vendor=8164)
SN_QOS_BACKGROUND_CLASS: Final = AvpDef("SN-QoS-Background-Class", 91, OCTET_STRING, M, vendor=8164)
SN_PPP_NW_LAYER_IPV4: Final = AvpDef("SN-PPP-NW-Layer-IPv4", 92, UNSIGNED32, M, vendor=8164)
SN_PPP_NW_LAYER_IPV6: Final = AvpDef("SN-PPP-NW-Layer-IPv6", 93, UNSIGNED32, M, vendor=8164)
SN_VIRTUAL_APN_NAME: Final = AvpDef("SN-Virtual-APN-Name", 94, UTF8STRING, M, vendor=8164)
SN_PPP_ACCEPT_PEER_V6IFID: Final = AvpDef("SN-PPP-Accept-Peer-v6Ifid", 95, UNSIGNED32, M, vendor=8164)
SN_IPV6_RTR_ADVT_INTERVAL: Final = AvpDef("SN-IPv6-rtr-advt-interval", 96, UNSIGNED32, M, vendor=8164)
SN_IPV6_NUM_RTR_ADVT: Final = AvpDef("SN-IPv6-num-rtr-advt", 97, UNSIGNED32, M, vendor=8164)
SN_NPU_QOS_PRIORITY: Final = AvpDef("SN-NPU-Qos-Priority", 98, UNSIGNED32, M, vendor=8164)
SN_MN_HA_HASH_ALGORITHM: Final = AvpDef("SN-MN-HA-Hash-Algorithm", 99, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_ACCT_RSP_ACTION: Final = AvpDef("SN-Subscriber-Acct-Rsp-Action", 100, UNSIGNED32, M, vendor=8164)
SN_IPV6_PRIMARY_DNS: Final = AvpDef("SN-IPv6-Primary-DNS", 101, OCTET_STRING, M, vendor=8164)
SN_IPV6_SECONDARY_DNS: Final = AvpDef("SN-IPv6-Secondary-DNS", 102, OCTET_STRING, M, vendor=8164)
SN_IPV6_EGRESS_FILTERING: Final = AvpDef("SN-IPv6-Egress-Filtering", 103, UNSIGNED32, M, vendor=8164)
SN_MEDIATION_VPN_NAME: Final = AvpDef("SN-Mediation-VPN-Name", 104, OCTET_STRING, M, vendor=8164)
SN_MEDIATION_ACCT_RSP_ACTION: Final = AvpDef("SN-Mediation-Acct-Rsp-Action", 105, UNSIGNED32, M, vendor=8164)
SN_HOME_SUB_USE_GGSN: Final = AvpDef("SN-Home-Sub-Use-GGSN", 106, UNSIGNED32, M, vendor=8164)
SN_VISITING_SUB_USE_GGSN: Final = AvpDef("SN-Visiting-Sub-Use-GGSN", 107, UNSIGNED32, M, vendor=8164)
SN_ROAMING_SUB_USE_GGSN: Final = AvpDef("SN-Roaming-Sub-Use-GGSN", 108, UNSIGNED32, M, vendor=8164)
SN_HOME_PROFILE: Final = AvpDef("SN-Home-Profile", 109, UNSIGNED32, M, vendor=8164)
SN_IP_SRC_VALIDATION_DROP_LIMIT: Final = AvpDef("SN-IP-Src-Validation-Drop-Limit", 110, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_CONVERSATIONAL_PHB: Final = AvpDef("SN-QoS-Class-Conversational-PHB", 111, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_STREAMING_PHB: Final = AvpDef("SN-QoS-Class-Streaming-PHB", 112, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_BACKGROUND_PHB: Final = AvpDef("SN-QoS-Class-Background-PHB", 113, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_INTERACTIVE_1_PHB: Final = AvpDef("SN-QoS-Class-Interactive-1-PHB", 114, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_INTERACTIVE_2_PHB: Final = AvpDef("SN-QoS-Class-Interactive-2-PHB", 115, UNSIGNED32, M, vendor=8164)
SN_QOS_CLASS_INTERACTIVE_3_PHB: Final = AvpDef("SN-QoS-Class-Interactive-3-PHB", 116, UNSIGNED32, M, vendor=8164)
SN_VISITING_PROFILE: Final = AvpDef("SN-Visiting-Profile", 117, UNSIGNED32, M, vendor=8164)
SN_ROAMING_PROFILE: Final = AvpDef("SN-Roaming-Profile", 118, UNSIGNED32, M, vendor=8164)
SN_HOME_BEHAVIOR: Final = AvpDef("SN-Home-Behavior", 119, UNSIGNED32, M, vendor=8164)
SN_VISITING_BEHAVIOR: Final = AvpDef("SN-Visiting-Behavior", 120, UNSIGNED32, M, vendor=8164)
SN_ROAMING_BEHAVIOR: Final = AvpDef("SN-Roaming-Behavior", 121, UNSIGNED32, M, vendor=8164)
SN_INTERNAL_SM_INDEX: Final = AvpDef("SN-Internal-SM-Index", 122, UNSIGNED32, M, vendor=8164)
SN_MEDIATION_ENABLED: Final = AvpDef("SN-Mediation-Enabled", 123, UNSIGNED32, M, vendor=8164)
SN_IPV6_SEC_POOL: Final = AvpDef("SN-IPv6-Sec-Pool", 124, OCTET_STRING, M, vendor=8164)
SN_IPV6_SEC_PREFIX: Final = AvpDef("SN-IPv6-Sec-Prefix", 125, OCTET_STRING, M, vendor=8164)
SN_IPV6_DNS_PROXY: Final = AvpDef("SN-IPv6-DNS-Proxy", 126, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_NEXTHOP_ADDRESS: Final = AvpDef("SN-Subscriber-Nexthop-Address", 127, OCTET_STRING, M, vendor=8164)
SN_PREPAID: Final = AvpDef("SN-Prepaid", 128, UNSIGNED32, M, vendor=8164)
SN_PREPAID_PREFERENCE: Final = AvpDef("SN-Prepaid-Preference", 129, UNSIGNED32, M, vendor=8164)
SN_PPP_ALWAYS_ON_VSE: Final = AvpDef("SN-PPP-Always-On-Vse", 130, UNSIGNED32, M, vendor=8164)
SN_VOICE_PUSH_LIST_NAME: Final = AvpDef("SN-Voice-Push-List-Name", 131, UTF8STRING, M, vendor=8164)
SN_UNCLASSIFY_LIST_NAME: Final = AvpDef("SN-Unclassify-List-Name", 132, UTF8STRING, M, vendor=8164)
SN_SUBSCRIBER_NO_INTERIMS: Final = AvpDef("SN-Subscriber-No-Interims", 133, UNSIGNED32, M, vendor=8164)
SN_PERMIT_USER_MCAST_PDUS: Final = AvpDef("SN-Permit-User-Mcast-PDUs", 134, UNSIGNED32, M, vendor=8164)
SN_PREPAID_FINAL_DURATION_ALG: Final = AvpDef("SN-Prepaid-Final-Duration-Alg", 135, UNSIGNED32, M, vendor=8164)
SN_IPV6_MIN_LINK_MTU: Final = AvpDef("SN-IPv6-Min-Link-MTU", 136, UNSIGNED32, M, vendor=8164)
SN_CHARGING_VPN_NAME: Final = AvpDef("SN-Charging-VPN-Name", 137, UTF8STRING, M, vendor=8164)
SN_CHRG_CHAR_SELECTION_MODE: Final = AvpDef("SN-Chrg-Char-Selection-Mode", 138, UNSIGNED32, M, vendor=8164)
SN_CAUSE_FOR_REC_CLOSING: Final = AvpDef("SN-Cause-For-Rec-Closing", 139, UNSIGNED32, M, vendor=8164)
SN_CHANGE_CONDITION: Final = AvpDef("SN-Change-Condition", 140, UNSIGNED32, M, vendor=8164)
SN_DYNAMIC_ADDR_ALLOC_IND_FLAG: Final = AvpDef("SN-Dynamic-Addr-Alloc-Ind-Flag", 141, OCTET_STRING, M, vendor=8164)
SN_NTK_INITIATED_CTX_IND_FLAG: Final = AvpDef("SN-Ntk-Initiated-Ctx-Ind-Flag", 142, OCTET_STRING, M, vendor=8164)
SN_NTK_SESSION_DISCONNECT_FLAG: Final = AvpDef("SN-Ntk-Session-Disconnect-Flag", 143, UNSIGNED32, M, vendor=8164)
SN_ENABLE_QOS_RENEGOTIATION: Final = AvpDef("SN-Enable-QoS-Renegotiation", 144, UNSIGNED32, M, vendor=8164)
SN_QOS_RENEGOTIATION_TIMEOUT: Final = AvpDef("SN-QoS-Renegotiation-Timeout", 145, UNSIGNED32, M, vendor=8164)
SN_MEDIATION_NO_INTERIMS: Final = AvpDef("SN-Mediation-No-Interims", 146, UNSIGNED32, M, vendor=8164)
SN_QOS_NEGOTIATED: Final = AvpDef("SN-QoS-Negotiated", 147, UTF8STRING, M, vendor=8164)
SN_PRIMARY_NBNS_SERVER: Final = AvpDef("SN-Primary-NBNS-Server", 148, OCTET_STRING, M, vendor=8164)
SN_SECONDARY_NBNS_SERVER: Final = AvpDef("SN-Secondary-NBNS-Server", 149, OCTET_STRING, M, vendor=8164)
SN_IP_HEADER_COMPRESSION: Final = AvpDef("SN-IP-Header-Compression", 150, UNSIGNED32, M, vendor=8164)
SN_MODE: Final = AvpDef("SN-Mode", 151, UNSIGNED32, M, vendor=8164)
SN_ASSIGNED_VLAN_ID: Final = AvpDef("SN-Assigned-VLAN-ID", 152, UNSIGNED32, M, vendor=8164)
SN_DIRECTION: Final = AvpDef("SN-Direction", 153, UNSIGNED32, M, vendor=8164)
SN_MIP_HA_ASSIGNMENT_TABLE: Final = AvpDef("SN-MIP-HA-Assignment-Table", 154, UTF8STRING, M, vendor=8164)
SN_TUN_ADDR_POLICY: Final = AvpDef("SN-Tun-Addr-Policy", 156, UNSIGNED32, M, vendor=8164)
SN_DHCP_LEASE_EXPIRY_POLICY: Final = AvpDef("SN-DHCP-Lease-Expiry-Policy", 157, UNSIGNED32, M, vendor=8164)
SN_SUBSCRIBER_TEMPLATE_NAME: Final = AvpDef("SN-Subscriber-Template-Name", 158, OCTET_STRING, M, vendor=8164)
SN_SUBS_IMSA_SERVICE_NAME: Final = AvpDef("SN-Subs-IMSA-Service-Name", 159, OCTET_STRING, M, vendor=8164)
SN_TRAFFIC_GROUP: Final = AvpDef("SN-Traffic-Group", 161, UNSIGNED32, M, vendor=8164)
SN_RAD_APN_NAME: Final = AvpDef("SN-Rad-APN-Name", 162, OCTET_STRING, M, vendor=8164)
SN_MIP_SEND_ANCID: Final = AvpDef("SN-MIP-Send-Ancid", 163, UNSIGNED32, M, vendor=8164)
SN_MIP_SEND_IMSI: Final = AvpDef("SN-MIP-Send-Imsi", 164, UNSIGNED32, M, vendor=8164)
SN_MIP_DUAL_ANCHOR: Final = AvpDef("SN-MIP-Dual-Anchor", 165, UNSIGNED32, M, vendor=8164)
SN_MIP_ANCID: Final = AvpDef("SN-MIP-ANCID", 166, OCTET_STRING, M, vendor=8164)
SN_IMS_AM_ADDRESS: Final = AvpDef("SN-IMS-AM-Address", 167, OCTET_STRING, M, vendor=8164)
SN_IMS_AM_DOMAIN_NAME: Final = AvpDef("SN-IMS-AM-Domain-Name", 168, OCTET_STRING, M, vendor=8164)
SN_SERVICE_ADDRESS: Final = AvpDef("SN-Service-Address", 169, OCTET_STRING, M, vendor=8164)
SN_PDIF_MIP_REQUIRED: Final = AvpDef("SN-PDIF-MIP-Required", 170, UNSIGNED32, M, vendor=8164)
SN_FMC_LOCATION: Final = AvpDef("SN-FMC-Location", 171, OCTET_STRING, M, vendor=8164)
SN_PDIF_MIP_RELEASE_TIA: Final = AvpDef("SN-PDIF-MIP-Release-TIA", 172, UNSIGNED32, M, vendor=8164)
SN_PDIF_MIP_SIMPLE_IP_FALLBACK: Final = AvpDef("SN-PDIF-MIP-Simple-IP-Fallback", 173, UNSIGNED32, M, vendor=8164)
SN_TUNNEL_GN: Final = AvpDef("SN-Tunnel-Gn", 174, UNSIGNED32, M, vendor=8164)
SN_MIP_REG_LIFETIME_REALM: Final = AvpDef("SN-MIP-Reg-Lifetime-Realm", 175, UNSIGNED32, M, vendor=8164)
SN_ECS_DATA_VOLUME: Final = AvpDef("SN-Ecs-Data-Volume", 176, OCTET_STRING, M, vendor=8164)
SN_QOS_TRAFFIC_POLICY: Final = AvpDef("SN-QoS-Traffic-Policy", 177, OCTET_STRING, M, vendor=8164)
SN_PPP_RENEG_DISC: Final = AvpDef("SN-PPP-Reneg-Disc", 187, UNSIGNED32, M, vendor=8164)
SN_MIP_SEND_CORRELATION_INFO: Final = AvpDef("SN-MIP-Send-Correlation-Info", 188, UNSIGNED32, M, vendor=8164)
SN_PDSN_CORRELATION_ID: Final = AvpDef("SN-PDSN-Correlation-Id", 189, OCTET_STRING, M, vendor=8164)
SN_PDSN_NAS_ID: Final = AvpDef("SN-PDSN-NAS-Id", 190, OCTET_STRING, M, vendor=8164)
SN_PDSN_NAS_IP_ADDRESS: Final = AvpDef("SN-PDSN-NAS-IP-Address", 191, OCTET_STRING, M, vendor=8164)
SN_SUBSCRIBER_ACCT_MODE: Final = AvpDef("SN-Subscriber-Acct-Mode", 192, UNSIGNED32, M, vendor=8164)
SN_IP_IN_PLCY_GRP: Final = AvpDef("SN-IP-In-Plcy-Grp", 193, OCTET_STRING, M, vendor=8164)
SN_IP_OUT_PLCY_GRP: Final = AvpDef("SN-IP-Out-Plcy-Grp", 194, OCTET_STRING, M, vendor=8164)
SN_IP_SOURCE_VIOLATE_NO_ACCT: Final = AvpDef("SN-IP-Source-Violate-No-Acct", 196, UNSIGNED32, M, vendor=8164)
SN_FIREWALL_ENABLED: Final = AvpDef("SN-Firewall-Enabled", 198, UNSIGNED32, M, vendor=8164)
SN_ADMIN_EXPIRY: Final = AvpDef("SN-Admin-Expiry", 204, INTEGER32, M, vendor=8164)
SN_DNS_PROXY_INTERCEPT_LIST: Final = AvpDef("SN-DNS-Proxy-Intercept-List", 214, UTF8STRING, M, vendor=8164)
SN_SUBSCRIBER_CLASS: Final = AvpDef("SN-Subscriber-Class", 219, UNSIGNED32, M, vendor=8164)
SN_CFPOLICY_ID: Final = AvpDef("SN-CFPolicy-ID", 220, UNSIGNED32, M, vendor=8164)
SN_SUBS_VJ_SLOTID_CMP_NEG_MODE: Final = AvpDef("SN-Subs-VJ-Slotid-Cmp-Neg-Mode", 221, UNSIGNED32, M, vendor=8164)
SN_PRIMARY_DCCA_PEER: Final = AvpDef("SN-Primary-DCCA-Peer", 223, UTF8STRING, M, vendor=8164)
SN_SECONDARY_DCCA_PEER: Final = AvpDef("SN-Secondary-DCCA-Peer", 224, UTF8STRING, M, vendor=8164)
SN_SUBS_ACC_FLOW_TRAFFIC_VALID: Final = AvpDef("SN-Subs-Acc-Flow-Traffic-Valid", 225, UNSIGNED32, M, vendor=8164)
SN_ACCT_INPUT_PACKETS_DROPPED: Final = AvpDef("SN-Acct-Input-Packets-Dropped", 226, UNSIGNED32, M, vendor=8164)
SN_ACCT_OUTPUT_PACKETS_DROPPED: Final = AvpDef("SN-Acct-Output-Packets-Dropped", 227, UNSIGNED32, M, vendor=8164)
SN_ACCT_INPUT_OCTETS_DROPPED: Final = AvpDef("SN-Acct-Input-Octets-Dropped", 228, UNSIGNED32, M, vendor=8164)
SN_ACCT_OUTPUT_OCTETS_DROPPED: Final = AvpDef("SN-Acct-Output-Octets-Dropped", 229, UNSIGNED32, M, vendor=8164)
SN_ACCT_INPUT_GIGA_DROPPED: Final = AvpDef("SN-Acct-Input-Giga-Dropped", 230, UNSIGNED32, M, vendor=8164)
SN_ACCT_OUTPUT_GIGA_DROPPED: Final = AvpDef("SN-Acct-Output-Giga-Dropped", 231, UNSIGNED32, M, vendor=8164)
SN_INACTIVITY_TIME: Final = AvpDef("SN-Inactivity-Time", 232, INTEGER32, M, vendor=8164)
SN_OVERLOAD_DISC_CONNECT_TIME: Final = AvpDef("SN-Overload-Disc-Connect-Time", 233, UNSIGNED32, M, vendor=8164)
SN_OVERLOAD_DISC_INACT_TIME: Final = AvpDef("SN-Overload-Disc-Inact-Time", 234, UNSIGNED32, M, vendor=8164)
SN_OVERLOAD_DISCONNECT: Final = AvpDef("SN-Overload-Disconnect", 235, UNSIGNED32, M, vendor=8164)
SN_RADIUS_RETURNED_USERNAME: Final = AvpDef("SN-Radius-Returned-Username", 236, UNSIGNED32, M, vendor=8164)
PROHIBIT_PAYLOAD_COMPRESSION: Final = AvpDef("Prohibit-Payload-Compression", 237, ENUMERATED, M, vendor=8164)
SN_ROHC_PROFILE_NAME: Final = AvpDef("SN-ROHC-Profile-Name", 238, UTF8STRING, M, vendor=8164)
SN_FIREWALL_POLICY_239: Final = AvpDef("SN-Firewall-Policy-239", 239, OCTET_STRING, M, vendor=8164)
SN_LI_DEST_ADDRESS: Final = AvpDef("SN-LI-Dest-Address", 240, OCTET_STRING, M, vendor=8164)
SN_MS_ISDN: Final = AvpDef("SN-MS-ISDN", 248, OCTET_STRING, M, vendor=8164)
SN_ROUTING_AREA_ID: Final = AvpDef("SN-Routing-Area-Id", 249, OCTET_STRING, M, vendor=8164)
SN_RULEBASE: Final = AvpDef("SN-Rulebase", 250, OCTET_STRING, M, vendor=8164)
SN_CALL_ID: Final = AvpDef("SN-Call-Id", 251, UNSIGNED32, M, vendor=8164)
SN_IMSI: Final = AvpDef("SN-IMSI", 252, OCTET_STRING, M, vendor=8164)
SN_LONG_DURATION_NOTIFICATION: Final = AvpDef("SN-Long-Duration-Notification", 253, UNSIGNED32, M, vendor=8164)
SN_SIP_METHOD: Final = AvpDef("SN-SIP-Method", 254, UTF8STRING, M, vendor=8164)
SN_EVENT: Final = AvpDef("SN-Event", 255, UTF8STRING, M, vendor=8164)
SN_ROLE_OF_NODE: Final = AvpDef("SN-Role-Of-Node", 256, UNSIGNED32, M, vendor=8164)
SN_SESSION_ID: Final = AvpDef("SN-Session-Id", 257, UTF8STRING, M, vendor=8164)
SN_SIP_REQUEST_TIME_STAMP: Final = AvpDef("SN-SIP-Request-Time-Stamp", 258, UTF8STRING, M, vendor=8164)
SN_SIP_RESPONSE_TIME_STAMP: Final = AvpDef("SN-SIP-Response-Time-Stamp", 259, UTF8STRING, M, vendor=8164)
SN_IMS_CHARGING_IDENTIFIER: Final = AvpDef("SN-IMS-Charging-Identifier", 260, UTF8STRING, M, vendor=8164)
SN_ORIGINATING_IOI: Final = AvpDef("SN-Originating-IOI", 261, UTF8STRING, M, vendor=8164)
SN_SDP_SESSION_DESCRIPTION: Final = AvpDef("SN-SDP-Session-Description", 263, UTF8STRING, M, vendor=8164)
SN_GGSN_ADDRESS: Final = AvpDef("SN-GGSN-Address", 264, ADDRESS, M, vendor=8164)
SN_SEC_IP_POOL_NAME: Final = AvpDef("SN-Sec-IP-Pool-Name", 265, OCTET_STRING, M, vendor=8164)
SN_AUTHORISED_QOS: Final = AvpDef("SN-Authorised-Qos", 266, UTF8STRING, M, vendor=8164)
SN_CAUSE_CODE: Final = AvpDef("SN-Cause-Code", 267, ENUMERATED, M, vendor=8164)
SN_NODE_FUNCTIONALITY: Final = AvpDef("SN-Node-Functionality", 268, UNSIGNED32, M, vendor=8164)
SN_IS_UNREGISTERED_SUBSCRIBER: Final = AvpDef("SN-Is-Unregistered-Subscriber", 269, UTF8STRING, M, vendor=8164)
SN_CONTENT_TYPE: Final = AvpDef("SN-Content-Type", 270, UTF8STRING, M, vendor=8164)
SN_CONTENT_LENGTH: Final = AvpDef("SN-Content-Length", 271, UTF8STRING, M, vendor=8164)
SN_CONTENT_DISPOSITION: Final = AvpDef("SN-Content-Disposition", 272, UTF8STRING, M, vendor=8164)
SN_CSCF_RF_SDP_MEDIA_COMPONENTS: Final = AvpDef("SN-CSCF-Rf-SDP-Media-Components", 273, OCTET_STRING, M, vendor=8164)
SN_ROHC_FLOW_MARKING_MODE: Final = AvpDef("SN-ROHC-Flow-Marking-Mode", 274, UNSIGNED32, M, vendor=8164)
SN_CSCF_APP_SERVER_INFO: Final = AvpDef("SN-CSCF-App-Server-Info", 275, OCTET_STRING, M, vendor=8164)
SN_ISC_TEMPLATE_NAME: Final = AvpDef("SN-ISC-Template-Name", 276, UTF8STRING, M, vendor=8164)
SN_CF_FORWARD_UNCONDITIONAL: Final = AvpDef("SN-CF-Forward-Unconditional", 277, UTF8STRING, M, vendor=8164)
SN_CF_FORWARD_NO_ANSWER: Final = AvpDef("SN-CF-Forward-No-Answer", 278, UTF8STRING, M, vendor=8164)
SN_CF_FORWARD_BUSY_LINE: Final = AvpDef("SN-CF-Forward-Busy-Line", 279, UTF8STRING, M, vendor=8164)
SN_CF_FORWARD_NOT_REGD: Final = AvpDef("SN-CF-Forward-Not-Regd", 280, UTF8STRING, M, vendor=8164)
SN_CF_FOLLOW_ME: Final = AvpDef("SN-CF-Follow-Me", 281, UTF8STRING, M, vendor=8164)
SN_CF_CID_DISPLAY: Final = AvpDef("SN-CF-CId-Display", 282, UNSIGNED32, M, vendor=8164)
SN_CF_CID_DISPLAY_BLOCKED: Final = AvpDef("SN-CF-CId-Display-Blocked", 283, UNSIGNED32, M, vendor=8164)
SN_CF_CALL_WAITING: Final = AvpDef("SN-CF-Call-Waiting", 284, UNSIGNED32, M, vendor=8164)
SN_CF_CALL_TRANSFER: Final = AvpDef("SN-CF-Call-Transfer", 285, UNSIGNED32, M, vendor=8164)
SN_CSCF_SUBSCRIBER_IP_ADDRESS: Final = AvpDef("SN-Cscf-Subscriber-Ip-Address", 287, ADDRESS, M, vendor=8164)
SN_SOFTWARE_VERSION: Final = AvpDef("SN-Software-Version", 288, UTF8STRING, M, vendor=8164)
SN_MAX_SEC_CONTEXTS_PER_SUBS: Final = AvpDef("SN-Max-Sec-Contexts-Per-Subs", 290, UNSIGNED32, M, vendor=8164)
SN_CF_CALL_LOCAL: Final = AvpDef("SN-CF-Call-Local", 291, ENUMERATED, M, vendor=8164)
SN_CF_CALL_LONGDISTANCE: Final = AvpDef("SN-CF-Call-LongDistance", 292, UNSIGNED32, M, vendor=8164)
SN_CF_CALL_INTERNATIONAL: Final = AvpDef("SN-CF-Call-International", 293, ENUMERATED, M, vendor=8164)
SN_CF_CALL_PREMIUM: Final = AvpDef("SN-CF-Call-Premium", 294, UNSIGNED32, M, vendor=8164)
SN_CR_INTERNATIONAL_CID: Final = AvpDef("SN-CR-International-Cid", 295, UNSIGNED32, M, vendor=8164)
SN_CR_LONGDISTANCE_CID: Final = AvpDef("SN-CR-LongDistance-Cid", 296, UNSIGNED32, M, vendor=8164)
SN_NAT_IP_ADDRESS: Final = AvpDef("SN-NAT-IP-Address", 297, ADDRESS, M, vendor=8164)
SN_CF_CALL_ROAMINGINTERNATNL: Final = AvpDef("SN-CF-Call-RoamingInternatnl", 298, UNSIGNED32, M, vendor=8164)
SN_PDG_TTG_REQUIRED: Final = AvpDef("SN-PDG-TTG-Required", 299, UNSIGNED32, M, vendor=8164)
SN_BANDWIDTH_POLICY: Final = AvpDef("SN-Bandwidth-Policy", 300, OCTET_STRING, M, vendor=8164)
SN_ACS_CREDIT_CONTROL_GROUP: Final = AvpDef("SN-Acs-Credit-Control-Group", 301, OCTET_STRING, M, vendor=8164)
SN_CBB_POLICY: Final = AvpDef("SN-CBB-Policy", 302, OCTET_STRING, M, vendor=8164)
SN_QOS_HLR_PROFILE: Final = AvpDef("SN-QOS-HLR-Profile", 303, OCTET_STRING, M, vendor=8164)
SN_FAST_REAUTH_USERNAME_304: Final = AvpDef("SN-Fast-Reauth-Username-304", 304, OCTET_STRING, M, vendor=8164)
SN_PSEUDONYM_USERNAME_305: Final = AvpDef("SN-Pseudonym-Username-305", 305, OCTET_STRING, M, vendor=8164)
SN_WIMAX_AUTH_ONLY: Final = AvpDef("SN-WiMAX-Auth-Only", 306, UNSIGNED32, M, vendor=8164)
SN_TRAFFICSELECTOR_CLASS: Final = AvpDef("SN-TrafficSelector-Class", 307, UNSIGNED32, M, vendor=8164)
SN_TPO_POLICY: Final = AvpDef("SN-TPO-Policy", 308, OCTET_STRING, M, vendor=8164)
SN_DHCP_OPTIONS: Final = AvpDef("SN-DHCP-Options", 309, OCTET_STRING, M, vendor=8164)
SN_HANDOFF_INDICATOR: Final = AvpDef("SN-Handoff-Indicator", 310, UNSIGNED32, M, vendor=8164)
SN_MIP_SEND_HOST_CONFIG: Final = AvpDef("SN-MIP-Send-Host-Config", 311, UNSIGNED32, M, vendor=8164)
SN_USER_PRIVILEGE: Final = AvpDef("SN-User-Privilege", 313, UNSIGNED32, M, vendor=8164)
SN_IPV6_ALLOC_METHOD: Final = AvpDef("SN-IPv6-Alloc-Method", 314, UNSIGNED32, M, vendor=8164)
SN_WLAN_AP_IDENTIFIER: Final = AvpDef("SN-WLAN-AP-Identifier", 319, OCTET_STRING, M, vendor=8164)
SN_WLAN_UE_IDENTIFIER: Final = AvpDef("SN-WLAN-UE-Identifier", 320, OCTET_STRING, M, vendor=8164)
SN_VOLUME_QUOTA_THRESHOLD: Final = AvpDef("SN-Volume-Quota-Threshold", 501, UNSIGNED32, M, vendor=8164)
SN_UNIT_QUOTA_THRESHOLD: Final = AvpDef("SN-Unit-Quota-Threshold", 502, UNSIGNED32, M, vendor=8164)
SN_TIME_QUOTA_THRESHOLD: Final = AvpDef("SN-Time-Quota-Threshold", 503, UNSIGNED32, M, vendor=8164)
SN_TOTAL_USED_SERVICE_UNIT: Final = AvpDef("SN-Total-Used-Service-Unit", 504, GROUPED, 0, vendor=8164)
SN_ABSOLUTE_VALIDITY_TIME: Final = AvpDef("SN-Absolute-Validity-Time", 505, TIME, 0, vendor=8164)
SN_BANDWIDTH_CONTROL: Final = AvpDef("SN-Bandwidth-Control", 512, ENUMERATED, M, vendor=8164)
SN_TRANSPARENT_DATA: Final = AvpDef("SN-Transparent-Data", 513, OCTET_STRING, 0, vendor=8164)
SN_TRAFFIC_POLICY: Final = AvpDef("SN-Traffic-Policy", 514, UTF8STRING, 0, vendor=8164)
SN_FIREWALL_POLICY: Final = AvpDef("SN-Firewall-Policy", 515, UTF8STRING, 0, vendor=8164)
SN_USAGE_MONITORING_CONTROL: Final = AvpDef("SN-Usage-Monitoring-Control", 517, GROUPED, 0, vendor=8164)
SN_MONITORING_KEY: Final = AvpDef("SN-Monitoring-Key", 518, UNSIGNED32, 0, vendor=8164)
SN_USAGE_VOLUME: Final = AvpDef("SN-Usage-Volume", 519, UNSIGNED64, 0, vendor=8164)
SN_SERVICE_FLOW_DETECTION: Final = AvpDef("SN-Service-Flow-Detection", 520, ENUMERATED, 0, vendor=8164)
SN_USAGE_MONITORING: Final = AvpDef("SN-Usage-Monitoring", 521, ENUMERATED, 0, vendor=8164)
SN_SESSION_START_INDICATOR: Final = AvpDef("SN-Session-Start-Indicator", 522, OCTET_STRING, M, vendor=8164)
SN_PHASE0_PSAPNAME: Final = AvpDef("SN-Phase0-PSAPName", 523, UTF8STRING, 0, vendor=8164)
SN_CHARGING_ID: Final = AvpDef("SN-Charging-Id", 525, OCTET_STRING, 0, vendor=8164)
SN_REMAINING_SERVICE_UNIT: Final = AvpDef("SN-Remaining-Service-Unit", 526, GROUPED, 0, vendor=8164)
SN_SERVICE_START_TIMESTAMP: Final = AvpDef("SN-Service-Start-Timestamp", 527, TIME, 0, vendor=8164)
SN_RULEBASE_ID: Final = AvpDef("SN-Rulebase-Id", 528, UTF8STRING, M, vendor=8164)
SN_CF_POLICY_ID: Final = AvpDef("SN-CF-Policy-ID", 529, UNSIGNED32, M, vendor=8164)
SN_CHARGING_COLLECTION_FUNCTION_NAME: Final = AvpDef("SN-Charging-Collection-Function-Name", 530, UTF8STRING, 0, vendor=8164)
SN_CUSTOMER_ID: Final = AvpDef("SN-Customer-Id", 1146, UTF8STRING, M, vendor=8164)
ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID: Final = AvpDef("Access-Network-Charging-Physical-Access-Id", 1472, GROUPED, M, vendor=8164)
ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_VALUE: Final = AvpDef("Access-Network-Charging-Physical-Access-Id-Value", 1473, OCTET_STRING, M, vendor=8164)
ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_REALM: Final = AvpDef("Access-Network-Charging-Physical-Access-Id-Realm", 1474, OCTET_STRING, M, vendor=8164)
SN_FAST_REAUTH_USERNAME: Final = AvpDef("SN-Fast-Reauth-Username", 11010, OCTET_STRING, M, vendor=8164)
SN_PSEUDONYM_USERNAME: Final = AvpDef("SN-Pseudonym-Username", 11011, OCTET_STRING, M, vendor=8164)
SN_PROXY_MIPV6: Final = AvpDef("SN-Proxy-MIPV6", 65530, UNSIGNED32, M, vendor=8164)
CISCO_FLOW_DESCRIPTION_507: Final = AvpDef("Cisco-Flow-Description-507", 507, IP_FILTER_RULE, M, vendor=5771)
CISCO_CHARGING_RULE_DEFINITION: Final = AvpDef("Cisco-Charging-Rule-Definition", 131072, GROUPED, M, vendor=5771)
CONTENT_DEFINITION: Final = AvpDef("Content-Definition", 131073, GROUPED, M, vendor=5771)
BILLING_POLICY_DEFINITION: Final = AvpDef("Billing-Policy-Definition", 131074, GROUPED, M, vendor=5771)
POLICY_MAP_DEFINITION: Final = AvpDef("Policy-Map-Definition", 131075, GROUPED, M, vendor=5771)
SERVICE_DEFINITION: Final = AvpDef("Service-Definition", 131076, GROUPED, M, vendor=5771)
CONTENT_POLICY_MAP: Final = AvpDef("Content-Policy-Map", 131077, GROUPED, M, vendor=5771)
SERVICE_INFO: Final = AvpDef("Service-Info", 131078, GROUPED, M, vendor=5771)
BILLING_PLAN_DEFINITION: Final = AvpDef("Billing-Plan-Definition", 131079, GROUPED, M, vendor=5771)
VOLUME_THRESHOLD: Final = AvpDef("Volume-Threshold", 131080, UNSIGNED32, 0, vendor=5771)
TIME_THRESHOLD: Final = AvpDef("Time-Threshold", 131081, UNSIGNED32, 0, vendor=5771)
CONTENT_IDLE_TIMER: Final = AvpDef("Content-Idle-Timer", 131082, UNSIGNED32, 0, vendor=5771)
NEXTHOP_UPLINK: Final = AvpDef("Nexthop-Uplink", 131083, ADDRESS, 0, vendor=5771)
NEXTHOP_DOWNLINK: Final = AvpDef("Nexthop-Downlink", 131084, ADDRESS, 0, vendor=5771)
L7_PARSE_PROTOCOL_TYPE: Final = AvpDef("L7-Parse-Protocol-Type", 131085, ENUMERATED, 0, vendor=5771)
SERVICE_STATUS: Final = AvpDef("Service-Status", 131086, GROUPED, M, vendor=5771)
SERVICE_NAME: Final = AvpDef("Service-Name", 131087, OCTET_STRING, M, vendor=5771)
BILLING_POLICY_NAME: Final = AvpDef("Billing-Policy-Name", 131088, OCTET_STRING, 0, vendor=5771)
POLICY_MAP_NAME: Final = AvpDef("Policy-Map-Name", 131089, OCTET_STRING, 0, vendor=5771)
POLICY_MAP_MATCH: Final = AvpDef("Policy-Map-Match", 131090, GROUPED, M, vendor=5771)
MATCH_STRING: Final = AvpDef("Match-String", 131091, UTF8STRING, 0, vendor=5771)
ATTRIBUTE_STRING: Final = AvpDef("Attribute-String", 131092, UTF8STRING, 0, vendor=5771)
ONLINE_BILLING_BASIS: Final = AvpDef("Online-Billing-Basis", 131093, ENUMERATED, M, vendor=5771)
SERVICE_ACTIVATION: Final = AvpDef("Service-Activation", 131094, ENUMERATED, 0, vendor=5771)
CDR_VOLUME_THRESHOLD: Final = AvpDef("CDR-Volume-Threshold", 131095, UNSIGNED32, 0, vendor=5771)
CDR_TIME_THRESHOLD: Final = AvpDef("CDR-Time-Threshold", 131096, UNSIGNED32, 0, vendor=5771)
ADVICE_OF_CHARGE: Final = AvpDef("Advice-Of-Charge", 131097, GROUPED, 0, vendor=5771)
APPEND_URL: Final = AvpDef("Append-URL", 131098, ENUMERATED, 0, vendor=5771)
CONFIRM_TOKEN_131099: Final = AvpDef("Confirm-Token-131099", 131099, OCTET_STRING, 0, vendor=5771)
CISCO_SERVICE_CLASS: Final = AvpDef("Cisco-Service-Class", 131100, UNSIGNED32, 0, vendor=5771)
SERVICE_IDLE_TIME: Final = AvpDef("Service-Idle-Time", 131101, UNSIGNED32, 0, vendor=5771)
OWNER_ID: Final = AvpDef("Owner-Id", 131102, OCTET_STRING, 0, vendor=5771)
OWNER_NAME: Final = AvpDef("Owner-Name", 131103, OCTET_STRING, 0, vendor=5771)
ONLINE_PASSTHROUGH_QUOTA: Final = AvpDef("Online-Passthrough-Quota", 131104, UNSIGNED32, 0, vendor=5771)
ONLINE_REAUTHORIZATION_THRESHOLD: Final = AvpDef("Online-Reauthorization-Threshold", 131105, UNSIGNED32, 0, vendor=5771)
ONLINE_REAUTHORIZATION_TIMEOUT: Final = AvpDef("Online-Reauthorization-Timeout", 131106, GROUPED, 0, vendor=5771)
INITIAL_TIMEOUT: Final = AvpDef("Initial-Timeout", 131107, UNSIGNED32, 0, vendor=5771)
MAXIMUM_TIMEOUT: Final = AvpDef("Maximum-Timeout", 131108, UNSIGNED32, 0, vendor=5771)
REFUND_POLICY: Final = AvpDef("Refund-Policy", 131109, OCTET_STRING, 0, vendor=5771)
METER_EXCLUDE: Final = AvpDef("Meter-Exclude", 131110, ENUMERATED, 0, vendor=5771)
METER_INCLUDE_IMAP: Final = AvpDef("Meter-Include-Imap", 131111, ENUMERATED, 0, vendor=5771)
METERING_GRANULARITY: Final = AvpDef("Metering-Granularity", 131112, GROUPED, 0, vendor=5771)
METER_INCREMENT: Final = AvpDef("Meter-Increment", 131113, UNSIGNED32, 0, vendor=5771)
METER_INITIAL: Final = AvpDef("Meter-Initial", 131114, UNSIGNED32, 0, vendor=5771)
METER_MINIMUM: Final = AvpDef("Meter-Minimum", 131115, UNSIGNED32, 0, vendor=5771)
VERIFY: Final = AvpDef("Verify", 131116, GROUPED, 0, vendor=5771)
CONFIRM_TOKEN_131117: Final = AvpDef("Confirm-Token-131117", 131117, OCTET_STRING, 0, vendor=5771)
WEIGHT: Final = AvpDef("Weight", 131118, UNSIGNED32, 0, vendor=5771)
USER_IDLE_TIMER: Final = AvpDef("User-Idle-Timer", 131119, UNSIGNED32, 0, vendor=5771)
POLICY_PRELOAD_REQ_TYPE: Final = AvpDef("Policy-Preload-Req-Type", 131120, ENUMERATED, 0, vendor=5771)
POLICY_PRELOAD_OBJECT_TYPE: Final = AvpDef("Policy-Preload-Object-Type", 131121, ENUMERATED, 0, vendor=5771)
POLICY_PRELOAD_STATUS: Final = AvpDef("Policy-Preload-Status", 131122, ENUMERATED, 0, vendor=5771)
CHARGING_RULE_TRIGGER_TYPE: Final = AvpDef("Charging-Rule-Trigger-Type", 131123, ENUMERATED, M, vendor=5771)
CHARGING_RULE_EVENT: Final = AvpDef("Charging-Rule-Event", 131124, GROUPED, 0, vendor=5771)
SERVICE_REPORTING_LEVEL: Final = AvpDef("Service-Reporting-Level", 131125, ENUMERATED, 0, vendor=5771)
ACCOUNTING: Final = AvpDef("Accounting", 131126, GROUPED, 0, vendor=5771)
ACCOUNTING_CUSTOMER_STRING: Final = AvpDef("Accounting-Customer-String", 131127, OCTET_STRING, 0, vendor=5771)
L7_PARSE_LENGTH: Final = AvpDef("L7-Parse-Length", 131128, UNSIGNED32, 0, vendor=5771)
SERVICE_CDR_THRESHOLD: Final = AvpDef("Service-CDR-Threshold", 131129, GROUPED, M, vendor=5771)
INTERMEDIATE_CDR_THRESHOLD: Final = AvpDef("Intermediate-CDR-Threshold", 131130, GROUPED, M, vendor=5771)
CDR_GENERATION_DELAY: Final = AvpDef("CDR-Generation-Delay", 131131, UNSIGNED32, 0, vendor=5771)
REPLICATE_SESSION: Final = AvpDef("Replicate-Session", 131132, GROUPED, M, vendor=5771)
REPLICATE_SESSION_DELAY: Final = AvpDef("Replicate-Session-Delay", 131133, UNSIGNED32, 0, vendor=5771)
CONTENT_PENDING_TIMER: Final = AvpDef("Content-Pending-Timer", 131134, UNSIGNED32, 0, vendor=5771)
OPERATION_STATUS: Final = AvpDef("Operation-Status", 131135, ENUMERATED, 0, vendor=5771)
SUBSCRIBER_IP_SOURCE: Final = AvpDef("Subscriber-IP-Source", 131136, ENUMERATED, 0, vendor=5771)
NEXTHOP: Final = AvpDef("Nexthop", 131137, ADDRESS, 0, vendor=5771)
NEXTHOP_REVERSE: Final = AvpDef("Nexthop-Reverse", 131138, ADDRESS, 0, vendor=5771)
CHARGING_RULE_EVENT_TRIGGER: Final = AvpDef("Charging-Rule-Event-Trigger", 131139, GROUPED, 0, vendor=5771)
BILLING_PLAN_NAME: Final = AvpDef("Billing-Plan-Name", 131140, OCTET_STRING, M, vendor=5771)
CONTENT_FLOW_DESCRIPTION: Final = AvpDef("Content-Flow-Description", 131141, GROUPED, 0, vendor=5771)
CONTENT_FLOW_FILTER: Final = AvpDef("Content-Flow-Filter", 131142, GROUPED, 0, vendor=5771)
CLIENT_GROUP_ID: Final = AvpDef("Client-Group-Id", 131143, GROUPED, 0, vendor=5771)
ACL_NUMBER: Final = AvpDef("ACL-Number", 131144, UNSIGNED32, 0, vendor=5771)
ACL_NAME: Final = AvpDef("ACL-Name", 131145, OCTET_STRING, 0, vendor=5771)
DESTINATION_IP_ADDRESS: Final = AvpDef("Destination-IP-Address", 131146, ADDRESS, 0, vendor=5771)
DESTINATION_MASK: Final = AvpDef("Destination-Mask", 131147, ADDRESS, 0, vendor=5771)
PROTOCOL_ID: Final = AvpDef("Protocol-ID", 131148, UNSIGNED32, 0, vendor=5771)
START_OF_PORT_RANGE: Final = AvpDef("Start-of-Port-Range", 131149, UNSIGNED32, 0, vendor=5771)
END_OF_PORT_RANGE: Final = AvpDef("End-of-Port-Range", 131150, UNSIGNED32, 0, vendor=5771)
CONTENT_NAME: Final = AvpDef("Content-Name", 131151, OCTET_STRING, 0, vendor=5771)
FAILED_PRELOAD_OBJECT: Final = AvpDef("Failed-Preload-Object", 131152, GROUPED, M, vendor=5771)
VRF_NAME: Final = AvpDef("VRF-Name", 131153, OCTET_STRING, 0, vendor=5771)
VLAN_ID: Final = AvpDef("VLAN-Id", 131154, UNSIGNED32, 0, vendor=5771)
VOLUME_USAGE: Final = AvpDef("Volume-Usage", 131155, UNSIGNED64, 0, vendor=5771)
CISCO_TIME_USAGE: Final = AvpDef("Cisco-Time-Usage", 131156, GROUPED, M, vendor=5771)
DURATION: Final = AvpDef("Duration", 131157, UNSIGNED32, 0, vendor=5771)
FIRST_PACKET_TIMESTAMP: Final = AvpDef("First-Packet-Timestamp", 131158, UNSIGNED32, 0, vendor=5771)
LAST_PACKET_TIMESTAMP: Final = AvpDef("Last-Packet-Timestamp", 131159, UNSIGNED32, 0, vendor=5771)
CISCO_FLOW_DESCRIPTION: Final = AvpDef("Cisco-Flow-Description", 131160, GROUPED, M, vendor=5771)
TERMINATE_BEARER: Final = AvpDef("Terminate-Bearer", 131161, GROUPED, M, vendor=5771)
SERVICE_RATING_GROUP: Final = AvpDef("Service-Rating-Group", 131162, UNSIGNED32, 0, vendor=5771)
CONTENT_SCOPE: Final = AvpDef("Content-Scope", 131163, ENUMERATED, 0, vendor=5771)
FLOW_STATUS_POLICY_MISMATCH: Final = AvpDef("Flow-Status-Policy-Mismatch", 131164, ENUMERATED, 0, vendor=5771)
POLICY_MAP_TYPE: Final = AvpDef("Policy-Map-Type", 131165, ENUMERATED, 0, vendor=5771)
POLICY_MAP_MATCH_INSTALL: Final = AvpDef("Policy-Map-Match-Install", 131166, GROUPED, M, vendor=5771)
POLICY_MAP_MATCH_REMOVE: Final = AvpDef("Policy-Map-Match-Remove", 131167, GROUPED, M, vendor=5771)
POLICY_MAP_REPLACE: Final = AvpDef("Policy-Map-Replace", 131168, ENUMERATED, 0, vendor=5771)
CISCO_FLOW_STATUS: Final = AvpDef("Cisco-Flow-Status", 131169, ENUMERATED, 0, vendor=5771)
SERVICE_QOS: Final = AvpDef("Service-QoS", 131170, GROUPED, M, vendor=5771)
QOS_RATE_LIMIT_UL: Final = AvpDef("QoS-Rate-Limit-UL", 131171, GROUPED, M, vendor=5771)
QOS_RATE_LIMIT_DL: Final = AvpDef("QoS-Rate-Limit-DL", 131172, GROUPED, M, vendor=5771)
QOS_RATE_LIMIT: Final = AvpDef("QoS-Rate-Limit", 131173, GROUPED, M, vendor=5771)
MAX_BANDWIDTH: Final = AvpDef("Max-Bandwidth", 131174, UNSIGNED32, 0, vendor=5771)
RATE_LIMIT_CONFORM_ACTION: Final = AvpDef("Rate-Limit-Conform-Action", 131175, GROUPED, M, vendor=5771)
RATE_LIMIT_EXCEED_ACTION: Final = AvpDef("Rate-Limit-Exceed-Action", 131176, GROUPED, M, vendor=5771)
CISCO_RATE_LIMIT_ACTION: Final = AvpDef("Cisco-Rate-Limit-Action", 131177, ENUMERATED, 0, vendor=5771)
CISCO_DSCP: Final = AvpDef("Cisco-DSCP", 131178, UNSIGNED32, 0, vendor=5771)
POLICY_MAP_INSTALL: Final = AvpDef("Policy-Map-Install", 131179, GROUPED, M, vendor=5771)
POLICY_MAP_REMOVE: Final = AvpDef("Policy-Map-Remove", 131180, GROUPED, M, vendor=5771)
BILLING_POLICY_INSTALL: Final = AvpDef("Billing-Policy-Install", 131181, GROUPED, M, vendor=5771)
BILLING_POLICY_REMOVE: Final = AvpDef("Billing-Policy-Remove", 131182, GROUPED, M, vendor=5771)
CONTENT_INSTALL: Final = AvpDef("Content-Install", 131183, GROUPED, M, vendor=5771)
CONTENT_REMOVE: Final = AvpDef("Content-Remove", 131184, GROUPED, M, vendor=5771)
SERVICE_INSTALL: Final = AvpDef("Service-Install", 131185, GROUPED, M, vendor=5771)
SERVICE_REMOVE: Final = AvpDef("Service-Remove", 131186, GROUPED, M, vendor=5771)
BILLING_PLAN_INSTALL: Final = AvpDef("Billing-Plan-Install", 131187, GROUPED, M, vendor=5771)
BILLING_PLAN_REMOVE: Final = AvpDef("Billing-Plan-Remove", 131188, GROUPED, M, vendor=5771)
POLICY_PRELOAD_ERROR_CODE: Final = AvpDef("Policy-Preload-Error-Code", 131189, ENUMERATED, 0, vendor=5771)
MAX_BURST_SIZE: Final = AvpDef("Max-Burst-Size", 131190, UNSIGNED32, 0, vendor=5771)
FAILED_PRELOAD_OBJ_NAME: Final = AvpDef("Failed-Preload-Obj-Name", 131191, GROUPED, M, vendor=5771)
CISCO_EVENT_TRIGGER_TYPE: Final = AvpDef("Cisco-Event-Trigger-Type", 131192, ENUMERATED, 0, vendor=5771)
CISCO_EVENT_TRIGGER: Final = AvpDef("Cisco-Event-Trigger", 131193, GROUPED, 0, vendor=5771)
TCP_SYN: Final = AvpDef("TCP-SYN", 131194, OCTET_STRING, 0, vendor=5771)
CISCO_EVENT: Final = AvpDef("Cisco-Event", 131195, GROUPED, 0, vendor=5771)
INTERLEAVED: Final = AvpDef("Interleaved", 131196, ENUMERATED, 0, vendor=5771)
CONTROL_URL: Final = AvpDef("Control-URL", 131197, GROUPED, 0, vendor=5771)
RELATIVE_URL: Final = AvpDef("Relative-URL", 131198, ENUMERATED, 0, vendor=5771)
MINING: Final = AvpDef("Mining", 131199, ENUMERATED, 0, vendor=5771)
USER_DEFAULT: Final = AvpDef("User-Default", 131200, ENUMERATED, 0, vendor=5771)
CISCO_PRIORITY: Final = AvpDef("Cisco-Priority", 131201, UNSIGNED32, 0, vendor=5771)
DOMAIN_GROUP_NAME: Final = AvpDef("Domain-Group-Name", 131202, OCTET_STRING, 0, vendor=5771)
DOMAIN_GROUP_DEFINITION: Final = AvpDef("Domain-Group-Definition", 131203, GROUPED, 0, vendor=5771)
DOMAIN_GROUP_INSTALL: Final = AvpDef("Domain-Group-Install", 131204, GROUPED, 0, vendor=5771)
DOMAIN_GROUP_REMOVE: Final = AvpDef("Domain-Group-Remove", 131205, GROUPED, 0, vendor=5771)
DOMAIN_GROUP_ACTIVATION: Final = AvpDef("Domain-Group-Activation", 131206, ENUMERATED, 0, vendor=5771)
DUAL_BILLING_BASIS: Final = AvpDef("Dual-Billing-Basis", 131207, ENUMERATED, 0, vendor=5771)
DUAL_PASSTHROUGH_QUOTA: Final = AvpDef("Dual-Passthrough-Quota", 131208, UNSIGNED32, 0, vendor=5771)
DUAL_REAUTHORIZATION_THRESHOLD: Final = AvpDef("Dual-Reauthorization-Threshold", 131209, UNSIGNED32, 0, vendor=5771)
VIRTUAL_ONLINE: Final = AvpDef("Virtual-Online", 131210, ENUMERATED, 0, vendor=5771)
NEXTHOP_MEDIA: Final = AvpDef("Nexthop-Media", 131211, ADDRESS, 0, vendor=5771)
NEXTHOP_OVERRIDE: Final = AvpDef("Nexthop-Override", 131212, ENUMERATED, 0, vendor=5771)
CISCO_QUOTA_CONSUMPTION_TIME: Final = AvpDef("Cisco-Quota-Consumption-Time", 131213, UNSIGNED32, 0, vendor=5771)
CLASS_MAP_NAME: Final = AvpDef("Class-Map-Name", 131214, UTF8STRING, 0, vendor=5771)
HEADER_GROUP_NAME: Final = AvpDef("Header-Group-Name", 131215, UTF8STRING, 0, vendor=5771)
HEADER_GROUP_DEFINITION: Final = AvpDef("Header-Group-Definition", 131216, GROUPED, 0, vendor=5771)
HEADER_GROUP_INSTALL: Final = AvpDef("Header-Group-Install", 131217, GROUPED, 0, vendor=5771)
HEADER_GROUP_REMOVE: Final = AvpDef("Header-Group-Remove", 131218, GROUPED, 0, vendor=5771)
HEADER_INSERT_NAME: Final = AvpDef("Header-Insert-Name", 131219, UTF8STRING, 0, vendor=5771)
HEADER_FIELD_NAME: Final = AvpDef("Header-Field-Name", 131220, UTF8STRING, 0, vendor=5771)
HEADER_CLASS_NAME: Final = AvpDef("Header-Class-Name", 131221, UTF8STRING, 0, vendor=5771)
HEADER_CLASS_MODE: Final = AvpDef("Header-Class-Mode", 131222, ENUMERATED, 0, vendor=5771)
HEADER_CLASS: Final = AvpDef("Header-Class", 131223, GROUPED, 0, vendor=5771)
RADIUS_ATTRIBUTE_TYPE: Final = AvpDef("Radius-Attribute-Type", 131224, UNSIGNED32, 0, vendor=5771)
RADIUS_VSA_VENDOR_ID: Final = AvpDef("Radius-Vsa-Vendor-Id", 131225, UNSIGNED32, 0, vendor=5771)
RADIUS_VSA_SUBATTRIBUTE_TYPE: Final = AvpDef("Radius-Vsa-Subattribute-Type", 131226, UNSIGNED32, 0, vendor=5771)
HEADER_ITEM_RADIUS: Final = AvpDef("Header-Item-Radius", 131227, GROUPED, 0, vendor=5771)
HEADER_ITEM: Final = AvpDef("Header-Item", 131228, ENUMERATED, 0, vendor=5771)
HEADER_ITEM_STRING: Final = AvpDef("Header-Item-String", 131229, UTF8STRING, 0, vendor=5771)
HEADER_ITEMS_ENCRYPTED: Final = AvpDef("Header-Items-Encrypted", 131230, GROUPED, 0, vendor=5771)
HEADER_INSERT_DEFINITION: Final = AvpDef("Header-Insert-Definition", 131231, GROUPED, 0, vendor=5771)
HEADER_INSERT_INSTALL: Final = AvpDef("Header-Insert-Install", 131232, GROUPED, 0, vendor=5771)
HEADER_INSERT_REMOVE: Final = AvpDef("Header-Insert-Remove", 131233, GROUPED, 0, vendor=5771)
USER_IDLE_POD: Final = AvpDef("User-Idle-Pod", 131234, ENUMERATED, 0, vendor=5771)
DOMAIN_GROUP_CLEAR: Final = AvpDef("Domain-Group-Clear", 131235, ENUMERATED, 0, vendor=5771)
CISCO_QOS_PROFILE_NAME: Final = AvpDef("Cisco-QoS-Profile-Name", 131236, UTF8STRING, 0, vendor=5771)
CISCO_QOS_PROFILE: Final = AvpDef("Cisco-QoS-Profile", 131237, GROUPED, 0, vendor=5771)
CISCO_QOS_PROFILE_INSTALL: Final = AvpDef("Cisco-QoS-Profile-Install", 131238, GROUPED, 0, vendor=5771)
CISCO_QOS_PROFILE_REMOVE: Final = AvpDef("Cisco-QoS-Profile-Remove", 131239, GROUPED, 0, vendor=5771)
CISCO_QOS_PROFILE_UPLINK: Final = AvpDef("Cisco-QoS-Profile-Uplink", 131240, GROUPED, 0, vendor=5771)
CISCO_QOS_PROFILE_DOWNLINK: Final = AvpDef("Cisco-QoS-Profile-Downlink", 131241, GROUPED, 0, vendor=5771)
HEADER_ITEM_ENCRYPTION: Final = AvpDef("Header-Item-Encryption", 131242, ENUMERATED, 0, vendor=5771)
SERVICE_GROUP_NAME: Final = AvpDef("Service-Group-Name", 131243, OCTET_STRING, 0, vendor=5771)
SERVICE_GROUP_DEFINITION: Final = AvpDef("Service-Group-Definition", 131244, GROUPED, 0, vendor=5771)
SERVICE_GROUP_INSTALL: Final = AvpDef("Service-Group-Install", 131245, GROUPED, 0, vendor=5771)
SERVICE_GROUP_REMOVE: Final = AvpDef("Service-Group-Remove", 131246, GROUPED, 0, vendor=5771)
SERVICE_GROUP_EVENT: Final = AvpDef("Service-Group-Event", 131247, GROUPED, 0, vendor=5771)
CISCO_REPORT_USAGE: Final = AvpDef("Cisco-Report-Usage", 131248, GROUPED, 0, vendor=5771)
ACCEL: Final = AvpDef("Accel", 131249, ENUMERATED, 0, vendor=5771)
CISCO_ANSWER_USER_USAGE: Final = AvpDef("Cisco-Answer-User-Usage", 131250, GROUPED, 0, vendor=5771)
CISCO_REQUEST_USAGE_TYPE: Final = AvpDef("Cisco-Request-Usage-Type", 131251, ENUMERATED, 0, vendor=5771)
CISCO_REQUEST_CHARGING_RULE_USAGE: Final = AvpDef("Cisco-Request-Charging-Rule-Usage", 131252, GROUPED, 0, vendor=5771)
CISCO_REQUEST_SERVICE_GROUP_USAGE: Final = AvpDef("Cisco-Request-Service-Group-Usage", 131253, GROUPED, 0, vendor=5771)
CISCO_ANSWER_CHARGING_RULE_USAGE: Final = AvpDef("Cisco-Answer-Charging-Rule-Usage", 131254, GROUPED, 0, vendor=5771)
CISCO_ANSWER_SERVICE_GROUP_USAGE: Final = AvpDef("Cisco-Answer-Service-Group-Usage", 131255, GROUPED, 0, vendor=5771)
USER_AGENT: Final = AvpDef("User-Agent", 131256, OCTET_STRING, 0, vendor=5771)
SERVICE_LIFE_TIME: Final = AvpDef("Service-Life-Time", 131257, UNSIGNED32, 0, vendor=5771)
VOLUME_THRESHOLD_64: Final = AvpDef("Volume-Threshold-64", 131258, UNSIGNED64, 0, vendor=5771)
DELEGATED_IP_INSTALL: Final = AvpDef("Delegated-IP-Install", 131259, GROUPED, 0, vendor=5771)
DELEGATED_IPV4_DEFINITION: Final = AvpDef("Delegated-IPv4-Definition", 131260, GROUPED, 0, vendor=5771)
DELEGATED_IPV6_DEFINITION: Final = AvpDef("Delegated-IPv6-Definition", 131261, GROUPED, 0, vendor=5771)
AGGR_PREFIX_LEN: Final = AvpDef("Aggr-Prefix-Len", 131262, UNSIGNED32, 0, vendor=5771)
SERVICE_IDENTIFIER_LO: Final = AvpDef("Service-Identifier-Lo", 131263, UNSIGNED32, 0, vendor=5771)
SERVICE_IDENTIFIER_HI: Final = AvpDef("Service-Identifier-Hi", 131264, UNSIGNED32, 0, vendor=5771)
SERVICE_IDENTIFIER_RANGE: Final = AvpDef("Service-Identifier-Range", 131265, GROUPED, 0, vendor=5771)
RATE_LIMIT_ACTION: Final = AvpDef("Rate-Limit-Action", 131177, UNSIGNED32, 0, vendor=9)
DSCP: Final = AvpDef("DSCP", 131178, UNSIGNED32, 0, vendor=9)
QOS_GROUP_RULE_INSTALL: Final = AvpDef("QoS-Group-Rule-Install", 132001, GROUPED, 0, vendor=9)
QOS_GROUP_RULE_DEFINITION: Final = AvpDef("QoS-Group-Rule-Definition", 132003, GROUPED, 0, vendor=9)
QOS_GROUP_RULE_NAME: Final = AvpDef("QoS-Group-Rule-Name", 132004, OCTET_STRING, 0, vendor=9)
MBR_LIMIT_EXCEED_ACTION_UL: Final = AvpDef("MBR-Limit-Exceed-Action-UL", 132006, GROUPED, 0, vendor=9)
MBR_LIMIT_EXCEED_ACTION_DL: Final = AvpDef("MBR-Limit-Exceed-Action-DL", 132008, GROUPED, 0, vendor=9)
MBR_BURST_SIZE_UL: Final = AvpDef("MBR-Burst-Size-UL", 132009, UNSIGNED32, 0, vendor=9)
MBR_BURST_SIZE_DL: Final = AvpDef("MBR-Burst-Size-DL", 132010, UNSIGNED32, 0, vendor=9)
QOS_LEVEL: Final = AvpDef("QoS-Level", 132011, UNSIGNED32, 0, vendor=9)
OVERRIDE_CONTROL: Final = AvpDef("Override-Control", 132017, GROUPED, 0, vendor=9)
OVERRIDE_RULE_NAME: Final = AvpDef("Override-Rule-Name", 132018, OCTET_STRING, 0, vendor=9)
OVERRIDE_CHARGING_ACTION_PARAMETERS: Final = AvpDef("Override-Charging-Action-Parameters", 132019, GROUPED, 0, vendor=9)
OVERRIDE_CHARGING_ACTION_NAME: Final = AvpDef("Override-Charging-Action-Name", 132020, OCTET_STRING, 0, vendor=9)
OVERRIDE_CHARGING_ACTION_EXCLUDE_RULE: Final = AvpDef("Override-Charging-Action-Exclude-Rule", 132021, UTF8STRING, 0, vendor=9)
OVERRIDE_CHARGING_PARAMETERS: Final = AvpDef("Override-Charging-Parameters", 132022, GROUPED, 0, vendor=9)
OVERRIDE_SERVICE_IDENTIFIER: Final = AvpDef("Override-Service-Identifier", 132023, UNSIGNED32, 0, vendor=9)
OVERRIDE_RATING_GROUP: Final = AvpDef("Override-Rating-Group", 132024, UNSIGNED32, 0, vendor=9)
EXECUTION_TIME: Final = AvpDef("Execution-Time", 132025, OCTET_STRING, 0, vendor=9)
OVERRIDE_ONLINE: Final = AvpDef("Override-Online", 132026, ENUMERATED, 0, vendor=9)
OVERRIDE_OFFLINE: Final = AvpDef("Override-Offline", 132027, ENUMERATED, 0, vendor=9)
OVERRIDE_CONTENT_FILTERING_STATE: Final = AvpDef("Override-Content-Filtering-State", 132028, ENUMERATED, 0, vendor=9)
OVERRIDE_POLICY_PARAMETERS: Final = AvpDef("Override-Policy-Parameters", 132029, GROUPED, 0, vendor=9)
OVERRIDE_QOS_INFORMATION: Final = AvpDef("Override-QoS-Information", 132030, GROUPED, 0, vendor=9)
OVERRIDE_QOS_CLASS_IDENTIFIER: Final = AvpDef("Override-QoS-Class-Identifier", 132031, ENUMERATED, 0, vendor=9)
OVERRIDE_MAX_REQUESTED_BANDWIDTH_UL: Final = AvpDef("Override-Max-Requested-Bandwidth-UL", 132032, UNSIGNED32, 0, vendor=9)
OVERRIDE_MAX_REQUESTED_BANDWIDTH_DL: Final = AvpDef("Override-Max-Requested-Bandwidth-DL", 132033, UNSIGNED32, 0, vendor=9)
OVERRIDE_GUARANTEED_BITRATE_UL: Final = AvpDef("Override-Guaranteed-Bitrate-UL", 132034, UNSIGNED32, 0, vendor=9)
OVERRIDE_GUARANTEED_BITRATE_DL: Final = AvpDef("Override-Guaranteed-Bitrate-DL", 132035, UNSIGNED32, 0, vendor=9)
OVERRIDE_ALLOCATION_RETENTION_PRIORITY: Final = AvpDef("Override-Allocation-Retention-Priority", 132036, GROUPED, 0, vendor=9)
OVERRIDE_PRIORITY_LEVEL: Final = AvpDef("Override-Priority-Level", 132037, UNSIGNED32, 0, vendor=9)
OVERRIDE_PRE_EMPTION_CAPABILITY: Final = AvpDef("Override-Pre-Emption-Capability", 132038, ENUMERATED, 0, vendor=9)
OVERRIDE_PRE_EMPTION_VULNERABILITY: Final = AvpDef("Override-Pre-Emption-Vulnerability", 132039, ENUMERATED, 0, vendor=9)
CUMULATIVE_ACCT_INPUT_OCTETS: Final = AvpDef("Cumulative-Acct-Input-Octets", 132044, UNSIGNED64, 0, vendor=9)
CUMULATIVE_ACCT_OUTPUT_OCTETS: Final = AvpDef("Cumulative-Acct-Output-Octets", 132045, UNSIGNED64, 0, vendor=9)
OVERRIDE_TOS_VALUE: Final = AvpDef("Override-Tos-Value", 132046, GROUPED, 0, vendor=9)
OVERRIDE_TOS_DIRECTION: Final = AvpDef("Override-Tos-Direction", 132047, ENUMERATED, 0, vendor=9)
OVERRIDE_TOS_VALUE_STANDARD: Final = AvpDef("Override-Tos-Value-Standard", 132048, ENUMERATED, 0, vendor=9)
OVERRIDE_TOS_VALUE_CUSTOM: Final = AvpDef("Override-Tos-Value-Custom", 132049, UNSIGNED32, 0, vendor=9)
OVERRIDE_CONTROL_NAME: Final = AvpDef("Override-Control-Name", 132052, OCTET_STRING, 0, vendor=9)
OVERRIDE_NEXTHOP_ADDRESS: Final = AvpDef("Override-Nexthop-Address", 132054, ADDRESS, 0, vendor=9)
OVERRIDE_CONTROL_PENDING_QUEUE_ACTION: Final = AvpDef("Override-Control-Pending-Queue-Action", 132078, ENUMERATED, 0, vendor=9)
OVERRIDE_CONTROL_MERGE_WILDCARD: Final = AvpDef("Override-Control-Merge-Wildcard", 132079, ENUMERATED, 0, vendor=9)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "SNDisconnectReason": (SN_DISCONNECT_REASON, "Values of SN-Disconnect-Reason.", (("NOT_DEFINED", 0), ("ADMIN_DISCONNECT", 1), ("REMOTE_DISCONNECT", 2), ("LOCAL_DISCONNECT", 3), ("DISC_NO_RESOURCE", 4), ("DISC_EXCD_SERVICE_LIMIT", 5), ("PPP_LCP_NEG_FAILED", 6), ("PPP_LCP_NO_RESPONSE", 7), ("PPP_LCP_LOOPBACK", 8), ("PPP_LCP_MAX_RETRY", 9), ("PPP_ECHO_FAILED", 10), ("PPP_AUTH_FAILED", 11), ("PPP_AUTH_FAILED_NO_AAA_RESP", 12), ("PPP_AUTH_NO_RESPONSE", 13), ("PPP_AUTH_MAX_RETRY", 14), ("INVALID_AAA_ATTR", 15), ("FAILED_USER_FILTER", 16), ("FAILED_PROVIDE_SERVICE", 17), ("INVALID_IP_ADDRESS_AAA", 18), ("INVALID_IP_POOL_AAA", 19), ("PPP_IPCP_NEG_FAILED", 20), ("PPP_IPCP_NO_RESPONSE", 21), ("PPP_IPCP_MAX_RETRY", 22), ("PPP_NO_REM_IP_ADDRESS", 23), ("INACTIVITY_TIMEOUT", 24), ("SESSION_TIMEOUT", 25), ("MAX_DATA_EXCD", 26), ("INVALID_IP_SOURCE_ADDRESS", 27), ("MSID_AUTH_FAILED", 28), ("MSID_AUTH_FAILED_NO_AAA_RESP", 29), ("A11_MAX_RETRY", 30), ("A11_LIFETIME_EXPIRED", 31), ("A11_MESSAGE_INTEGRITY_FAILURE", 32), ("PPP_LCP_REMOTE_DISC", 33), ("SESSION_SETUP_TIMEOUT", 34), ("PPP_KEEPALIVE_FAILURE", 35), ("FLOW_ADD_FAILED", 36), ("CALL_TYPE_DETECTION_FAILED", 37), ("WRONG_IPCP_PARAMS", 38), ("MIP_REMOTE_DEREG", 39), ("MIP_LIFETIME_EXPIRY", 40), ("MIP_PROTO_ERROR", 41), ("MIP_AUTH_FAILURE", 42), ("MIP_REG_TIMEOUT", 43), ("INVALID_DEST_CONTEXT", 44), ("SOURCE_CONTEXT_REMOVED", 45), ("DESTINATION_CONTEXT_REMOVED", 46), ("REQ_SERVICE_ADDR_UNAVAILABLE", 47), ("DEMUX_MGR_FAILED", 48), ("INTERNAL_ERROR", 49), ("AAA_CONTEXT_REMOVED", 50), ("INVALID_SERVICE_TYPE", 51), ("MIP_RELAY_REQ_FAILED", 52), ("MIP_RCVD_RELAY_FAILURE", 53), ("PPP_RESTART_INTER_PDSN_HANDOFF", 54), ("GRE_KEY_MISMATCH", 55), ("INVALID_TUNNEL_CONTEXT", 56), ("NO_PEER_LNS_ADDRESS", 57), ("FAILED_TUNNEL_CONNECT", 58), ("L2TP_TUNNEL_DISCONNECT_REMOTE", 59), ("L2TP_TUNNEL_TIMEOUT", 60), ("L2TP_PROTOCOL_ERROR_REMOTE", 61), ("L2TP_PROTOCOL_ERROR_LOCAL", 62), ("L2TP_AUTH_FAILED_REMOTE", 63), ("L2TP_AUTH_FAILED_LOCAL", 64), ("L2TP_TRY_ANOTHER_LNS_FROM_REMOTE", 65), ("L2TP_NO_RESOURCE_LOCAL", 66), ("L2TP_NO_RESOURCE_REMOTE", 67), ("L2TP_TUNNEL_DISCONNECT_LOCAL", 68), ("L2TP_ADMIN_DISCONNECT_REMOTE", 69), ("L2TPMGR_REACHED_MAX_CAPACITY", 70), ("MIP_REG_REVOCATION", 71), ("PATH_FAILURE", 72), ("DHCP_RELAY_IP_VALIDATION_FAILED", 73), ("GTP_UNKNOWN_PDP_ADDR_OR_PDP_TYPE", 74), ("GTP_ALL_DYNAMIC_PDP_ADDR_OCCUPIED", 75), ("GTP_NO_MEMORY_IS_AVAILABLE", 76), ("DHCP_RELAY_STATIC_IP_ADDR_NOT_ALLOWED", 77), ("DHCP_NO_IP_ADDR_ALLOCATED", 78), ("DHCP_IP_ADDR_ALLOCATION_TMR_EXP", 79), ("DHCP_IP_VALIDATION_FAILED", 80), ("DHCP_STATIC_ADDR_NOT_ALLOWED", 81), ("DHCP_IP_ADDR_NOT_AVAILABLE_AT_PRESENT", 82), ("DHCP_LEASE_EXPIRED", 83), ("LPOOL_IP_VALIDATION_FAILED", 84), ("LPOOL_STATIC_IP_ADDR_NOT_ALLOWED", 85), ("STATIC_IP_VALIDATION_FAILED", 86), ("STATIC_IP_ADDR_NOT_PRESENT", 87), ("STATIC_IP_ADDR_NOT_ALLOWED", 88), ("RADIUS_IP_VALIDATION_FAILED", 89), ("RADIUS_IP_ADDR_NOT_PROVIDED", 90), ("INVALID_IP_ADDR_FROM_SGSN", 91), ("NO_MORE_SESSIONS_IN_AAA", 92), ("GGSN_AAA_AUTH_REQ_FAILED", 93), ("CONFLICT_IN_IP_ADDR_ASSIGNMENT", 94), ("APN_REMOVED", 95), ("CREDITS_USED_BYTES_IN", 96), ("CREDITS_USED_BYTES_OUT", 97), ("CREDITS_USED_BYTES_TOTAL", 98), ("PREPAID_FAILED", 99), ("L2TP_IPSEC_TUNNEL_FAILURE", 100), ("L2TP_IPSEC_TUNNEL_DISCONNECTED", 101), ("MIP_IPSEC_SA_INACTIVE", 102), ("LONG_DURATION_TIMEOUT", 103), ("PROXY_MIP_REGISTRATION_FAILURE", 104), ("PROXY_MIP_BINDING_UPDATE", 105), ("PROXY_MIP_INTER_PDSN_HANDOFF_REQUIRE_IP_ADDRESS", 106), ("PROXY_MIP_INTER_PDSN_HANDOFF_MISMATCHED_ADDRESS", 107), ("LOCAL_PURGE", 108), ("FAILED_UPDATE_HANDOFF", 109), ("CLOSED_RP_HANDOFF_COMPLETE", 110), ("CLOSED_RP_DUPLICATE_SESSION", 111), ("CLOSED_RP_HANDOFF_SESSION_NOT_FOUND", 112), ("CLOSED_RP_HANDOFF_FAILED", 113), ("PCF_MONITOR_KEEP_ALIVE_FAILED", 114), ("CALL_INTERNAL_REJECT", 115), ("CALL_RESTARTED", 116), ("A11_MN_HA_AUTH_FAILURE", 117), ("A11_BADLY_FORMED", 118), ("A11_T_BIT_NOT_SET", 119), ("A11_UNSUPPORTED_VENDOR_ID", 120), ("A11_MISMATCHED_ID", 121), ("MIPHA_DUP_HOME_ADDR_REQ", 122), ("MIPHA_DUP_IMSI_SESSION", 123), ("HA_UNREACHABLE", 124), ("IPSP_ADDR_IN_USE", 125), ("MIPFA_DUP_HOME_ADDR_REQ", 126), ("MIPHA_IP_POOL_BUSYOUT", 127), ("INTER_PDSN_HANDOFF", 128), ("ACTIVE_TO_DORMANT", 129), ("PPP_RENEGOTIATION", 130), ("ACTIVE_START_PARAM_CHANGE", 131), ("TARRIF_BOUNDARY", 132), ("A11_DISCONNECT_NO_ACTIVE_STOP", 133), ("NW_REACHABILITY_FAILED_REJECT", 134), ("NW_REACHABILITY_FAILED_REDIRECT", 135), ("CONTAINER_MAX_EXCEEDED", 136), ("STATIC_ADDR_NOT_ALLOWED_IN_APN", 137), ("STATIC_ADDR_REQUIRED_BY_RADIUS", 138), ("STATIC_ADDR_NOT_ALLOWED_BY_RADIUS", 139), ("MIP_REGISTRATION_DROPPED", 140), ("COUNTER_ROLLOVER", 141), ("CONSTRUCTED_NAI_AUTH_FAIL", 142), ("INTER_PDSN_SERVICE_OPTIMIZE_HANDOFF_DISABLED", 143), ("GRE_KEY_COLLISION", 144), ("INTER_PDSN_SERVICE_OPTIMIZE_HANDOFF_TRIGGERED", 145), ("INTRA_PDSN_HANDOFF_TRIGGERED", 146), ("DELAYED_ABORT_TIMER_EXPIRED", 147), ("ADMIN_AAA_DISCONNECT", 148), ("ADMIN_AAA_DISCONNECT_HANDOFF", 149), ("PPP_IPV6CP_NEG_FAILED", 150), ("PPP_IPV6CP_NO_RESPONSE", 151), ("PPP_IPV6CP_MAX_RETRY", 152), ("PPP_RESTART_INVALID_SOURCE_IPV4_ADDRESS", 153), ("A11_DISCONNECT_HANDOFF_NO_ACTIVE_STOP", 154), ("CALL_RESTARTED_INTER_PDSN_HANDOFF", 155), ("CALL_RESTARTED_PPP_TERMINATION", 156), ("MIPFA_RESOURCE_CONFLICT", 157), ("FAILED_AUTH_WITH_CHARGING_SVC", 158), ("MIPHA_DUP_IMSI_SESSION_PURGE", 159), ("MIPHA_REV_PENDING_NEWCALL", 160), ("VOLUME_QUOTA_REACHED", 161), ("DURATION_QUOTA_REACHED", 162), ("GTP_USER_AUTHENTICATION_FAILED", 163), ("MIP_REG_REVOCATION_NO_LCP_TERM", 164), ("MIP_PRIVATE_IP_NO_REV_TUNNEL", 165), ("INVALID_PREPAID_AAA_ATTR_IN_AUTH_RESPONSE", 166), ("MIPHA_PREPAID_RESET_DYNAMIC_NEWCALL", 167), ("GRE_FLOW_CONTROL_TIMEOUT", 168), ("MIP_PAAA_BC_QUERY_NOT_FOUND", 169), ("MIPHA_DYNAMIC_IP_ADDR_NOT_AVAILABLE", 170), ("A11_MISMATCHED_ID_ON_HANDOFF", 171), ("A11_BADLY_FORMED_ON_HANDOFF", 172), ("A11_UNSUPPORTED_VENDOR_ID_ON_HANDOFF", 173), ("A11_T_BIT_NOT_SET_ON_HANDOFF", 174), ("MIP_REG_REVOCATION_I_BIT_ON", 175), ("A11_RRQ_DENY_MAX_COUNT", 176), ("DORMANT_TRANSITION_DURING_SESSION_SETUP", 177), ("PPP_REM_RENEG_DISC_ALWAYS_CFG", 178), ("PPP_REM_RENEG_DISC_NAI_MSID_MISMATCH", 179), ("MIPHA_SUBSCRIBER_IPSEC_TUNNEL_DOWN", 180), ("MIPHA_SUBSCRIBER_IPSEC_TUNNEL_FAILED", 181), ("MIPHA_SUBSCRIBER_IPSECMGR_DEATH", 182), ("FLOW_IS_DEACTIVATED", 183), ("ECSV2_LICENSE_EXCEEDED", 184), ("IPSG_AUTH_FAILED", 185), ("DRIVER_INITIATED", 186), ("IMS_AUTHORIZATION_FAILED", 187), ("SERVICE_INSTANCE_RELEASED", 188), ("FLOW_RELEASED", 189), ("PPP_RENEGO_NO_HA_ADDR", 190), ("INTRA_PDSN_HANDOFF", 191), ("OVERLOAD_DISCONNECT", 192), ("CSS_SERVICE_NOT_FOUND", 193), ("AUTH_FAILED", 194), ("DHCP_CLIENT_SENT_RELEASE", 195), ("DHCP_CLIENT_SENT_NAK", 196), ("MSID_DHCP_CHADDR_MISMATCH", 197), ("LINK_BROKEN", 198), ("PROG_END_TIMEOUT", 199), ("QOS_UPDATE_WAIT_TIMEOUT", 200), ("CSS_SYNCH_CAUSE", 201), ("GTP_CONTEXT_REPLACEMENT", 202), ("PDIF_AUTH_FAILED", 203), ("L2TP_UNKNOWN_APN", 204), ("MS_UNEXPECTED_NETWORK_REENTRY", 205), ("R6_INVALID_NAI", 206), ("EAP_MAX_RETRY_REACHED", 207), ("VBM_HOA_SESSION_DISCONNECTED", 208), ("VBM_VOA_SESSION_DISCONNECTED", 209), ("IN_ACL_DISCONNECT_ON_VIOLATION", 210), ("EAP_MSK_LIFETIME_EXPIRY", 211), ("EAP_MSK_LIFETIME_TOO_LOW", 212), ("MIPFA_INTER_TECH_HANDOFF", 213), ("R6_MAX_RETRY_REACHED", 214), ("R6_NWEXIT_RECD", 215), ("R6_DEREG_REQ_RECD", 216), ("R6_REMOTE_FAILURE", 217), ("R6R4_PROTOCOL_ERRORS", 218), ("WIMAX_QOS_INVALID_AAA_ATTR", 219), ("NPU_GRE_FLOWS_NOT_AVAILABLE", 220), ("R4_MAX_RETRY_REACHED", 221), ("R4_NWEXIT_RECD", 222), ("R4_DEREG_REQ_RECD", 223), ("R4_REMOTE_FAILURE", 224), ("IMS_AUTHORIZATION_REVOKED", 225), ("IMS_AUTHORIZATION_RELEASED", 226), ("IMS_AUTH_DECISION_INVALID", 227), ("MAC_ADDR_VALIDATION_FAILED", 228), ("EXCESSIVE_WIMAX_PD_FLOWS_CFGD", 229), ("SGSN_CANC_LOC_SUB", 230), ("SGSN_CANC_LOC_UPD", 231), ("SGSN_MNR_EXP", 232), ("SGSN_IDENT_FAIL", 233), ("SGSN_SEC_FAIL", 234), ("SGSN_AUTH_FAIL", 235), ("SGSN_GLU_FAIL", 236), ("SGSN_IMP_DET", 237), ("SGSN_SMGR_PURGE", 238), ("SGSN_SUBS_HANDED_TO_PEER", 239), ("SGSN_DNS_FAIL_INTER_RAU", 240), ("SGSN_CONT_RSP_FAIL", 241), ("SGSN_HLR_NOT_FOUND_FOR_IMSI", 242), ("SGSN_MS_INIT_DET", 243), ("SGSN_OPR_POLICY_FAIL", 244), ("SGSN_DUPLICATE_CONTEXT", 245), ("HSS_PROFILE_UPDATE_FAILED", 246), ("SGSN_NO_PDP_ACTIVATED", 247), ("ASNPC_IDLE_MODE_TIMEOUT", 248), ("ASNPC_IDLE_MODE_EXIT", 249), ("ASNPC_IDLE_MODE_AUTH_FAILED", 250), ("ASNGW_INVALID_QOS_CONFIGURATION", 251), ("SGSN_DSD_ALLGPRSWITHDRAWN", 252), ("R6_PMK_KEY_CHANGE_FAILURE", 253), ("SGSN_ILLEGAL_ME", 254), ("SESS_TERMINATION_TIMEOUT", 255), ("SGSN_SAI_FAIL", 256), ("SGSN_RNC_REMOVAL", 257), ("SGSN_RAI_REMOVAL", 258), ("SGSN_INIT_DEACT", 259), ("GGSN_INIT_DEACT", 260), ("HLR_INIT_DEACT", 261), ("MS_INIT_DEACT", 262), ("SGSN_DETACH_INIT_DEACT", 263), ("SGSN_RAB_REL_INIT_DEACT", 264), ("SGSN_IU_REL_INIT_DEACT", 265), ("SGSN_GTPU_PATH_FAILURE", 266), ("SGSN_GTPC_PATH_FAILURE", 267), ("SGSN_LOCAL_HANDOFF_INIT_DEACT", 268), ("SGSN_REMOTE_HANDOFF_INIT_DEACT", 269), ("SGSN_GTP_NO_RESOURCE", 270), ("SGSN_RNC_NO_RESOURCE", 271), ("SGSN_ODB_INIT_DEACT", 272), ("SGSN_INVALID_TI", 273), ("SGSN_GGSN_CTXT_NON_EXISTENT", 274), ("SGSN_APN_RESTRICT_VIO", 275), ("SGSN_REGULAR_DEACT", 276), ("SGSN_ABNORMAL_DEACT", 277), ("SGSN_ACTV_REJECTED_BY_PEER", 278), ("SGSN_ERR_IND", 279), ("ASNGW_NON_ANCHOR_PROHIBITED", 280), ("ASNGW_IM_ENTRY_PROHIBITED", 281), ("SESSION_IDLE_MODE_ENTRY_TIMEOUT", 282), ("SESSION_IDLE_MODE_EXIT_TIMEOUT", 283), ("ASNPC_MS_POWER_DOWN_NWEXIT", 284), ("ASNPC_R4_NWEXIT_RECD", 285), ("SGSN_IU_REL_BEFORE_CALL_EST", 286), ("IKEV2_SUBSCRIBER_IPSECMGR_DEATH", 287), ("ALL_DYNAMIC_POOL_ADDR_OCCUPIED", 288), ("MIP6HA_IP_ADDR_NOT_AVAILABLE", 289), ("BS_MONITOR_KEEP_ALIVE_FAILED", 290), ("SGSN_ATT_IN_REG_STATE", 291), ("SGSN_INBOUND_SRNS_IN_REG_STATE", 292), ("DT_GGSN_TUN_REESTABLISH_FAILED", 293), ("SGSN_UNKNOWN_PDP", 294), ("SGSN_PDP_AUTH_FAILURE", 295), ("SGSN_DUPLICATE_PDP_CONTEXT", 296), ("SGSN_NO_RSP_FROM_GGSN", 297), ("SGSN_FAILURE_RSP_FROM_GGSN", 298), ("SGSN_APN_UNKNOWN", 299), ("SGSN_SERV_REQ_INIT_DEACT", 300), ("SGSN_ATTACH_ON_ATTCH_INIT_ABORT", 301), ("SGSN_IU_REL_IN_ISRAU_INIT_ABORT", 302), ("SGSN_SMGR_INIT_ABORT", 303), ("SGSN_MM_CTX_CLEANUP_INIT_ABORT", 304), ("SGSN_UNKNOWN_ABORT", 305), ("SGSN_GUARD_TIMEOUT_ABORT", 306), ("VPN_BOUNCE_DHCPIP_VALIDATE_REQ", 307), ("MIPV6_ID_MISMATCH", 308), ("AAA_SESSION_ID_NOT_FOUND", 309), ("X1_MAX_RETRY_REACHED", 310), ("X1_NWEXIT_RECD", 311), ("X1_DEREG_REQ_RECD", 312), ("X1_REMOTE_FAILURE", 313), ("X1X2_PROTOCOL_ERRORS", 314), ("X2_MAX_RETRY_REACHED", 315), ("X2_NWEXIT_RECD", 316), ("X2_DEREG_REQ_RECD", 317), ("X2_REMOTE_FAILURE", 318), ("X1_PMK_KEY_CHANGE_FAILURE", 319), ("SA_REKEYING_FAILURE", 320), ("SESS_SLEEP_MODE_ENTRY_TIMEOUT", 321), ("PHSGW_NON_ANCHOR_PROHIBITED", 322), ("ASNPC_PC_RELOCATION_FAILED", 323), ("ASNPC_PC_RELOCATION", 324), ("AUTH_POLICY_MISMATCH", 325), ("SA_LIFETIME_EXPIRY", 326), ("ASNPC_DEL_MS_ENTRY_RECD", 327), ("PHSPC_SLEEP_MODE_TIMEOUT", 328), ("PHSPC_SLEEP_MODE_EXIT", 329), ("PHSPC_SLEEP_MODE_AUTH_FAILED", 330), ("PHSPC_MS_POWER_DOWN_NWEXIT", 331), ("PHSPC_X2_NWEXIT_RECD", 332), ("INVALID_NAT_CONFIG", 333), ("ASNGW_TID_ENTRY_NOT_FOUND", 334), ("NO_NAT_IP_ADDRESS", 335), ("EXCESSIVE_PHS_PD_FLOWS_CFGD", 336), ("PHSGW_INVALID_QOS_CONFIGURATION", 337), ("INTERIM_UPDATE", 338), ("SGSN_ATTACH_ABRT_RAD_LOST", 339), ("SGSN_INBND_IRAU_ABRT_RAD_LOST", 340), ("IKE_KEEPALIVE_FAILED", 341), ("SGSN_ATTACH_ABRT_MS_SUSPEND", 342), ("SGSN_INBND_IRAU_ABRT_MS_SUSPEND", 343), ("DUPLICATE_SESSION_DETECTED", 344), ("SGSN_XID_RESPONSE_FAILURE", 345), ("SGSN_NSE_CLEANUP", 346), ("SGSN_GTP_REQ_FAILURE", 347), ("SGSN_IMSI_MISMATCH", 348), ("SGSN_BVC_BLOCKED", 349), ("SGSN_ATTACH_ON_INBOUND_IRAU", 350), ("SGSN_ATTACH_ON_OUTBOUND_IRAU", 351), ("SGSN_INCORRECT_STATE", 352), ("SGSN_T3350_EXPIRY", 353), ("SGSN_PAGE_TIMER_EXPIRY", 354), ("PHSGW_TID_ENTRY_NOT_FOUND", 355), ("PHSPC_DEL_MS_ENTRY_RECD", 356), ("SGSN_PDP_LOCAL_PURGE", 357), ("PHS_INVALID_NAI", 358), ("SESSION_SLEEP_MODE_EXIT_TIMEOUT", 359), ("SGSN_OFFLOAD_PHASE2", 360), ("PHS_THIRDPARTY_AUTH_FAIL", 361), ("REMOTE_ERROR_NOTIFY", 362), ("NO_RESPONSE", 363), ("PDG_AUTH_FAILED", 364), ("MME_S1AP_SEND_FAILED", 365), ("MME_EGTPC_CONNECTION_FAILED", 366), ("MME_EGTPC_CREATE_SESSION_FAILED", 367), ("MME_AUTHENTICATION_FAILURE", 368), ("MME_UE_DETACH", 369), ("MME_MME_DETACH", 370), ("MME_HSS_DETACH", 371), ("MME_PGW_DETACH", 372), ("MME_SUB_VALIDATION_FAILURE", 373), ("MME_HSS_CONNECTION_FAILURE", 374), ("MME_HSS_USER_UNKNOWN", 375), ("DHCP_LEASE_MISMATCH_DETECTED", 376), ("NEMO_LINK_LAYER_DOWN", 377), ("EAPOL_MAX_RETRY_REACHED", 378), ("SGSN_OFFLOAD_PHASE3", 379), ("MBMS_BEARER_SERVICE_DISCONNECT", 380), ("DISCONNECT_ON_VIOLATION_ODB", 381), ("DISCONN_ON_VIOLATION_FOCS_ODB", 382), ("CSCF_REG_ADMIN_DISCONNECT", 383), ("CSCF_REG_USER_DISCONNECT", 384), ("CSCF_REG_INACTIVITY_TIMEOUT", 385), ("CSCF_REG_NETWORK_DISCONNECT", 386), ("CSCF_CALL_ADMIN_DISCONNECT", 387), ("CSCF_CALL_USER_DISCONNECT", 388), ("CSCF_CALL_LOCAL_DISCONNECT", 389), ("CSCF_CALL_NO_RESOURCE", 390), ("CSCF_CALL_NO_RESPONE", 391), ("CSCF_CALL_INACTIVITY_TIMEOUT", 392), ("CSCF_CALL_MEDIA_AUTH_FAILURE", 393), ("CSCF_REG_NO_RESOURCE", 394), ("MS_UNEXPECTED_IDLE_MODE_ENTRY", 395), ("RE_AUTH_FAILED", 396), ("SGSN_PDP_NSE_CLEANUP", 397), ("SGSN_MM_CTXT_GTP_NO_RESOURCE", 398), ("UNKNOWN_APN", 399), ("GTPC_PATH_FAILURE", 400), ("GTPU_PATH_FAILURE", 401), ("ACTV_REJECTED_BY_SGSN", 402), ("SGSN_PDP_GPRS_CAMEL_RELEASE", 403), ("SGSN_CHECK_IMEI_FAILURE", 404), ("SGSN_SNDCP_INIT_DEACT", 405), ("SGSN_PDP_INACTIVITY_TIMEOUT", 406), ("FW_AND_NAT_POLICY_REMOVED", 407), ("FNG_AUTH_FAILED", 408), ("HA_STALE_KEY_DISCONNECT", 409), ("NO_IPV6_ADDRESS_FOR_SUBSCRIBER", 410), ("PREFIX_REGISTRATION_FAILURE", 411), ("DISCONNECT_FROM_POLICY_SERVER", 412), ("S6B_AUTH_FAILED", 413), ("GTPC_ERR_IND", 414), ("GTPU_ERR_IND", 415), ("INVALID_PDN_TYPE", 416), ("AAA_AUTH_REQ_FAILED", 417), ("APN_DENIED_NO_SUBSCRIPTION", 418), ("SGW_CONTEXT_REPLACEMENT", 419), ("DUP_STATIC_IP_ADDR_REQ", 420), ("APN_RESTRICT_VIOLATION", 421), ("INVALID_WAPN", 422), ("TTG_NSAPI_ALLOCATION_FAILED", 423), ("MANDATORY_GTP_IE_MISSING", 424), ("AAA_UNREACHABLE", 425), ("ASNGW_SERVICE_FLOW_DELETION", 426), ("CT_PMIP_RRQ_NVSE_VALUE_CHANGE", 427), ("TCP_READ_FAILED", 428), ("TCP_WRITE_FAILED", 429), ("SSL_HANDSHAKE_FAILED", 430), ("SSL_RENEGOTIATE_FAILED", 431), ("SSL_BAD_MESSAGE", 432), ("SSL_ALERT_RECEIVED", 433), ("SSL_DISCONNECT", 434), ("SSL_MIGRATION", 435), ("SGSN_ARD_FAILURE", 436), ("SGSN_CAMEL_RELEASE", 437), ("HOTLINING_STATUS_CHANGE", 447), ("GGSN_NO_RSP_FROM_SGSN", 448), ("DIAMETER_PROTOCOL_ERROR", 449), ("DIAMETER_REQUEST_TIMEOUT", 450), ("OPERATOR_POLICY", 451), ("SPR_CONNECTION_TIMEOUT", 452), ("MIPHA_DUP_WIMAX_SESSION", 453), ("INVALID_VERSION_ATTR", 454), ("SGSN_ZONE_CODE_FAILURE", 455), ("INVALID_QCI", 456), ("NO_RULES", 457), ("MME_INIT_CTXT_SETUP_FAILURE", 459), ("MME_DRIVER_INITIATED", 460), ("MME_S1AP_CONNECTION_DOWN", 461), ("MME_S1AP_RESET_RECD", 462), ("MME_S6A_RESPONSE_TIMEOUT", 463), ("MME_S13_RESPONSE_TIMEOUT", 464), ("MME_ILLEGAL_EQUIPMENT", 465), ("MME_UNEXPECTED_ATTACH", 466), ("MME_SGW_SELECTION_FAILURE", 467), ("MME_PGW_SELECTION_FAILURE", 468), ("MME_RESELECTION_TO_SGSN", 469), ("MME_RELOCATION_TO_SGSN", 470), ("MME_RESELECTION_TO_MME", 471), ("MME_RELOCATION_TO_MME", 472), ("MME_TAU_ATTACH_COLLISION", 473), ("MME_OLD_SGSN_RESOLUTION_FAILURE", 474), ("MME_OLD_MME_RESOLUTION_FAILURE", 475), ("MME_RELOC_HO_NOTIFY_TIMEOUT", 476), ("MME_RELOC_HO_REQ_ACK_TIMEOUT", 477), ("MME_CREATE_SESSION_TIMEOUT", 478), ("MME_CREATE_SESSION_FAILURE", 479), ("MME_S11_PATH_FAILURE", 480), ("MME_POLICY_NO_UE_IRAT", 481), ("MME_X2_HANDOVER_FAILED", 482), ("MME_ATTACH_RESTRICT", 483), ("MME_REGIONAL_ZONE_CODE", 484), ("MME_NO_RESPONSE_FROM_UE", 485), ("MME_SGW_RELOCATION_FAILED", 486), ("MME_IMPLICIT_DETACH", 487), ("SGSN_DETACH_NOTIFY", 488), ("EMERGENCY_INACTIVITY_TIMEOUT", 489), ("POLICY_INITIATED_RELEASE", 490), ("GY_RESULT_CODE_SYSTEM_FAILURE", 491), ("MME_ZONE_CODE_VALIDATION_FAILED", 492), ("SGSN_PGW_INIT_DEACT", 493), ("S6B_IP_VALIDATION_FAILED", 494), ("SGSN_FAILURE_RSP_FROM_SGW", 495), ("TCP_REMOTE_CLOSE", 496), ("TCP_RESET_RECEIVED", 497), ("TCP_SOCKET_ERROR", 498), ("PTMSI_SIGNATURE_MISMATCH", 499), ("CAMEL_INVALID_CONFIGURATION", 500), ("V_4GTO3G_CONTEXT_REPLACEMENT", 501), ("MME_ISR_SGSN_INIT_DETACH", 502), ("SGSN_ISR_ADDL_PTMSI_RAI", 503), ("SGSN_SGW_DBR_CAUSE_ISR_DEACT", 504), ("SGSN_ISR_MME_INIT_DETACH", 505), ("MME_SGW_DBR_CAUSE_ISR_DEACT", 506), ("SGSN_PTMSI_CRUNCH", 507), ("V_3GTO4G_CONTEXT_REPLACEMENT", 508), ("MME_NO_EPS_BEARERS_ACTIVATED", 509), ("INTRA_GGSN_HANDOFF", 510), ("WSG_AUTH_FAILED", 511), ("GTP_NON_EXISTENT_PDP_CONTEXT", 512), ("SGSN_CANCEL_LOC_INITAL_ATTACH", 513), ("LOCAL_FALLBACK_TIMEOUT", 514), ("SGSN_NRSPCA_ACTV_REJ_BY_SGSN", 515), ("SGSN_NRSPCA_ACTV_REJ_BY_MS", 516), ("IMS_AUTHORIZATION_CONFIG_DELETE", 517), ("SGSN_NO_PTMSI_SIGNATURE", 518), ("EPDG_DNS_SERVER_NOT_REACHABLE", 519), ("EPDG_DNS_NO_RESOURCE_RECORDS", 520), ("EPDG_DNS_NO_SERVICE_PARAMS", 521), ("EPDG_AUTH_FAILED", 522), ("EPDG_PGW_SEL_FAILURE_INITIAL", 523), ("EPDG_PGW_SEL_FAILURE_HANDOFF", 524), ("SGSN_HO_SGW_RELOC_COLLISION", 525), ("EPDG_DBR_FROM_PGW", 526), ("EPDG_GTPC_ABORT_SESSION", 527), ("EPDG_GTPU_ABORT_SESSION", 528), ("EPDG_GTPU_ERROR_IND", 529), ("EPDG_PGW_NOT_REACHABLE", 530), ("EPDG_REJECT_FROM_PGW", 531), ("IPSG_SESSION_REPLACEMENT", 532), ("EPDG_REL_DUE_TO_HANDOFF", 533), ("MME_FOREIGN_PLMN_GUTI_REJECTED", 534), ("SGSN_DSD_ALLEPSWITHDRAWN", 535),)),
    "SNPPPProgressCode": (SN_PPP_PROGRESS_CODE, "Values of SN-PPP-Progress-Code.", (("NOT_DEFINED", 0), ("CALL_LCP_DOWN", 10), ("CALL_DISCONNECTING", 20), ("CALL_PPP_RENEGOTIATING", 30), ("CALL_ARRIVED", 40), ("CALL_PDG_TCP_CONNECTING", 45), ("CALL_PDG_SSL_CONNECTING", 46), ("CALL_LCP_UP", 50), ("CALL_AUTHENTICATING", 60), ("CALL_BCMCS_AUTHENTICATING", 70), ("CALL_AUTHENTICATED", 80), ("CALL_TUNNEL_CONNECTING", 85), ("CALL_IPCP_UP", 90), ("CALL_IMSA_AUTHORIZING", 95), ("CALL_IMSA_AUTHORIZED", 97), ("CALL_MBMS_UE_AUTHORIZING", 98), ("CALL_MBMS_BEARER_AUTHORIZING", 99), ("CALL_SIMPLE_IP_CONNECTED", 100), ("CALL_MOBILE_IP_CONNECTED", 110), ("CALL_TUNNEL_CONNECTED", 115), ("CALL_PDP_TYPE_IP_CONNECTED", 120), ("CALL_PDP_TYPE_IPV6_CONNECTED", 125), ("CALL_PDP_TYPE_PPP_CONNECTED", 130), ("CALL_PROXY_MOBILE_IP_CONNECTED", 140), ("CALL_PDG_CONNECTED", 142), ("CALL_PDG_SSL_CONNECTED", 141), ("CALL_IPSG_CONNECTED", 145), ("CALL_BCMCS_CONNECTED", 150), ("CALL_MBMS_UE_CONNECTED", 155), ("CALL_MBMS_BEARER_CONNECTED", 156), ("CALL_PENDING_ADDR_FROM_DHCP", 160), ("CALL_GOT_ADDR_FROM_DHCP", 170), ("CALL_HA_IPSEC_TUNNEL_CONNECTING", 180), ("CALL_HA_IPSEC_CONNECTED", 190), ("CALL_ASN_NON_ANCHOR_CONNECTED", 200), ("CALL_ASNPC_CONNECTED", 210), ("CALL_MOBILE_IPV6_CONNECTED", 220), ("CALL_PMIPV6_CONNECTED", 221), ("CALL_PHSPC_CONNECTED", 230), ("CALL_GTP_IPV4_CONNECTED", 235), ("CALL_GTP_IPV6_CONNECTED", 236), ("CALL_GTP_IPV4_IPV6_CONNECTED", 237), ("CALL_SGW_CONNECTED", 245), ("CALL_MME_ATTACHED", 246), ("CALL_AUTH_ONLY_CONNECTED", 247),)),
    "SNPPPDataCompression": (SN_PPP_DATA_COMPRESSION, "Values of SN-PPP-Data-Compression.", (("NONE", 0), ("STAC_LZS", 1), ("MPPC", 2), ("DEFLATE", 3),)),
    "SNIPSourceValidation": (SN_IP_SOURCE_VALIDATION, "Values of SN-IP-Source-Validation.", (("NO", 0), ("YES", 1),)),
    "SNPPPDataCompressionMode": (SN_PPP_DATA_COMPRESSION_MODE, "Values of SN-PPP-Data-Compression-Mode.", (("NORMAL", 0), ("STATELESS", 1),)),
    "SNSubscriberPermission": (SN_SUBSCRIBER_PERMISSION, "Values of SN-Subscriber-Permission.", (("NONE", 0), ("SIMPLE_IP", 1), ("MOBILE_IP", 2), ("SIMPLE_IP_MOBILE_IP", 3), ("HA_MOBILE_IP", 4), ("SIMPLE_IP_HA_MOBILE_IP", 5), ("MOBILE_IP_HA_MOBILE_IP", 6), ("SIP_MIP_HA_MIP", 7), ("GGSN_PDP_TYPE_IP", 8), ("GGSN_PDP_TYPE_PPP", 16), ("NETWORK_MOBILITY", 32), ("FA_HA_NEMO", 38), ("ALL", 63),)),
    "SNAdminPermission": (SN_ADMIN_PERMISSION, "Values of SN-Admin-Permission.", (("NONE", 0), ("CLI", 1), ("FTP", 2), ("CLI_FTP", 3), ("INTERCEPT", 4), ("CLI_INTERCEPT", 5), ("CLI_INTERCEPT_FTP", 7), ("ECS", 8), ("CLI_ECS", 9), ("CLI_FTP_ECS", 11), ("CLI_INTERCEPT_ECS", 13), ("CLI_INTERCEPT_FTP_ECS", 15),)),
    "SNSimultaneousSIPMIP": (SN_SIMULTANEOUS_SIP_MIP, "Values of SN-Simultaneous-SIP-MIP.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNServiceType": (SN_SERVICE_TYPE, "Values of SN-Service-Type.", (("NONE", 0), ("PDSN", 1), ("MANAGEMENT", 2), ("HA", 3), ("GGSN", 4), ("LNS", 5), ("IPSG", 6), ("CSCF", 7), ("ASNGW", 8), ("PDIF", 9), ("STANDALONE_FA", 10), ("SGSN", 11), ("PHSGW", 12), ("PDG", 13), ("MIPV6HA", 14), ("PGW", 15), ("SGW", 16), ("FNG", 17), ("MSEG", 18), ("HNBGW", 19), ("BNG", 20),)),
    "SNDNSProxyUseSubscrAddr": (SN_DNS_PROXY_USE_SUBSCR_ADDR, "Values of SN-DNS-Proxy-Use-Subscr-Addr.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNTunnelLoadBalancing": (SN_TUNNEL_LOAD_BALANCING, "Values of SN-Tunnel-Load-Balancing.", (("RANDOM", 1), ("BALANCED", 2), ("PRIORITIZED", 3),)),
    "SNPrepaidCompressedCount": (SN_PREPAID_COMPRESSED_COUNT, "Values of SN-Prepaid-Compressed-Count.", (("UNCOMPRESSED", 0), ("COMPRESSED", 1),)),
    "SNL3ToL2TunAddrPolicy": (SN_L3_TO_L2_TUN_ADDR_POLICY, "Values of SN-L3-to-L2-Tun-Addr-Policy.", (("NO_LOCAL_ALLOC_VALIDATE", 0), ("LOCAL_ALLOC", 1), ("LOCAL_ALLOC_VALIDATE", 2),)),
    "SNLongDurationAction": (SN_LONG_DURATION_ACTION, "Values of SN-Long-Duration-Action.", (("DETECTION", 1), ("DISCONNECTION", 2), ("DORMANT_ONLY_DISCONNECTION", 3), ("DORMANT_ONLY_DETECTION", 4),)),
    "SNPDSNHandoffReqIPAddr": (SN_PDSN_HANDOFF_REQ_IP_ADDR, "Values of SN-PDSN-Handoff-Req-IP-Addr.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNHASendDNSADDRESS": (SN_HA_SEND_DNS_ADDRESS, "Values of SN-HA-Send-DNS-ADDRESS.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNMIPSendTermVerification": (SN_MIP_SEND_TERM_VERIFICATION, "Values of SN-MIP-Send-Term-Verification.", (("DISABLED", 0), ("NVSE_CUSTOM1", 1), ("NVSE_CUSTOM2", 2), ("NVSE_STARENT", 3),)),
    "SNDataTunnelIgnoreDFBit": (SN_DATA_TUNNEL_IGNORE_DF_BIT, "Values of SN-Data-Tunnel-Ignore-DF-Bit.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNMIPAAAAssignAddr": (SN_MIP_AAA_ASSIGN_ADDR, "Values of SN-MIP-AAA-Assign-Addr.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNMIPMatchAAAAssignAddr": (SN_MIP_MATCH_AAA_ASSIGN_ADDR, "Values of SN-MIP-Match-AAA-Assign-Addr.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNProxyMIP": (SN_PROXY_MIP, "Values of SN-Proxy-MIP.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNIPAllocMethod": (SN_IP_ALLOC_METHOD, "Values of SN-IP-Alloc-Method.", (("ALLOC_LOCAL_POOL", 0), ("ALLOC_DHCP_CLIENT", 1), ("ALLOC_RADIUS", 2), ("ALLOC_NO_ALLOC", 3), ("ALLOC_STATIC_ALLOC", 4), ("ALLOC_DHCP_RELAY", 5),)),
    "SNGratuitousARPAggressive": (SN_GRATUITOUS_ARP_AGGRESSIVE, "Values of SN-Gratuitous-ARP-Aggressive.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNIPHideServiceAddress": (SN_IP_HIDE_SERVICE_ADDRESS, "Values of SN-IP-Hide-Service-Address.", (("NO", 0), ("YES", 1),)),
    "SNGTPVersion": (SN_GTP_VERSION, "Values of SN-GTP-Version.", (("GTP_VERSION_0", 0), ("GTP_VERSION_1", 1), ("GTP_VERSION_2", 2),)),
    "SNAccessLinkIPFrag": (SN_ACCESS_LINK_IP_FRAG, "Values of SN-Access-link-IP-Frag.", (("NORMAL", 0), ("DF_IGNORE", 1), ("DF_FRAGMENT_ICMP_NOTIFY", 2),)),
    "SNSubscriberAccounting": (SN_SUBSCRIBER_ACCOUNTING, "Values of SN-Subscriber-Accounting.", (("NONE", 0), ("RADIUS", 1), ("GTPP", 2),)),
    "SNSubscriberIPHdrNegMode": (SN_SUBSCRIBER_IP_HDR_NEG_MODE, "Values of SN-Subscriber-IP-Hdr-Neg-Mode.", (("FORCE", 0), ("DETECT", 1),)),
    "SNGGSNMIPRequired": (SN_GGSN_MIP_REQUIRED, "Values of SN-GGSN-MIP-Required.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNSubscriberAcctStart": (SN_SUBSCRIBER_ACCT_START, "Values of SN-Subscriber-Acct-Start.", (("NORMAL", 0), ("SUPPRESS", 1),)),
    "SNSubscriberAcctInterim": (SN_SUBSCRIBER_ACCT_INTERIM, "Values of SN-Subscriber-Acct-Interim.", (("NORMAL", 0), ("SUPPRESS", 1),)),
    "SNSubscriberAcctStop": (SN_SUBSCRIBER_ACCT_STOP, "Values of SN-Subscriber-Acct-Stop.", (("NORMAL", 0), ("SUPPRESS", 1),)),
    "SNQoSTpDnlk": (SN_QOS_TP_DNLK, "Values of SN-QoS-Tp-Dnlk.", (("DISABLED", 0), ("POLICING", 1), ("SHAPING", 2),)),
    "SNTpDnlkExceedAction": (SN_TP_DNLK_EXCEED_ACTION, "Values of SN-Tp-Dnlk-Exceed-Action.", (("TRANSMIT", 0), ("DROP", 1), ("LOWER_IP_PRECEDENCE", 2), ("BUFFER", 3), ("TRANSMIT_ON_BUFFER_FULL", 4),)),
    "SNTpDnlkViolateAction": (SN_TP_DNLK_VIOLATE_ACTION, "Values of SN-Tp-Dnlk-Violate-Action.", (("TRANSMIT", 0), ("DROP", 1), ("LOWER_IP_PRECEDENCE", 2), ("BUFFER", 3), ("TRANSMIT_ON_BUFFER_FULL", 4),)),
    "SNQoSTpUplk": (SN_QOS_TP_UPLK, "Values of SN-QoS-Tp-Uplk.", (("DISABLED", 0), ("POLICING", 1), ("SHAPING", 2),)),
    "SNTpUplkExceedAction": (SN_TP_UPLK_EXCEED_ACTION, "Values of SN-Tp-Uplk-Exceed-Action.", (("TRANSMIT", 0), ("DROP", 1), ("LOWER_IP_PRECEDENCE", 2), ("BUFFER", 3), ("TRANSMIT_ON_BUFFER_FULL", 4),)),
    "SNTpUplkViolateAction": (SN_TP_UPLK_VIOLATE_ACTION, "Values of SN-Tp-Uplk-Violate-Action.", (("TRANSMIT", 0), ("DROP", 1), ("LOWER_IP_PRECEDENCE", 2), ("BUFFER", 3), ("TRANSMIT_ON_BUFFER_FULL", 4),)),
    "SNSubscriberIPTOSCopy": (SN_SUBSCRIBER_IP_TOS_COPY, "Values of SN-Subscriber-IP-TOS-Copy.", (("NONE", 0), ("ACCESS_TUNNEL", 1), ("DATA_TUNNEL", 2), ("BOTH", 3),)),
    "SNPPPNWLayerIPv4": (SN_PPP_NW_LAYER_IPV4, "Values of SN-PPP-NW-Layer-IPv4.", (("DISABLED", 0), ("ENABLED", 1), ("PASSIVE", 2),)),
    "SNPPPNWLayerIPv6": (SN_PPP_NW_LAYER_IPV6, "Values of SN-PPP-NW-Layer-IPv6.", (("DISABLED", 0), ("ENABLED", 1), ("PASSIVE", 2),)),
    "SNPPPAcceptPeerV6Ifid": (SN_PPP_ACCEPT_PEER_V6IFID, "Values of SN-PPP-Accept-Peer-v6Ifid.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNNPUQosPriority": (SN_NPU_QOS_PRIORITY, "Values of SN-NPU-Qos-Priority.", (("BEST_EFFORT", 0), ("BRONZE", 1), ("SILVER", 2), ("GOLD", 3), ("FROM_DSCP", 4),)),
    "SNMNHAHashAlgorithm": (SN_MN_HA_HASH_ALGORITHM, "Values of SN-MN-HA-Hash-Algorithm.", (("MD5", 1), ("MD5_RFC2002", 2), ("HMAC_MD5", 3),)),
    "SNSubscriberAcctRspAction": (SN_SUBSCRIBER_ACCT_RSP_ACTION, "Values of SN-Subscriber-Acct-Rsp-Action.", (("NONE", 0), ("NO_EARLY_PDUS", 1), ("DELAY_GTP_RESPONSE", 2),)),
    "SNIPv6EgressFiltering": (SN_IPV6_EGRESS_FILTERING, "Values of SN-IPv6-Egress-Filtering.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNMediationAcctRspAction": (SN_MEDIATION_ACCT_RSP_ACTION, "Values of SN-Mediation-Acct-Rsp-Action.", (("NONE", 0), ("NO_EARLY_PDUS", 1), ("DELAY_GTP_RESPONSE", 2),)),
    "SNHomeSubUseGGSN": (SN_HOME_SUB_USE_GGSN, "Values of SN-Home-Sub-Use-GGSN.", (("DENY", 0), ("ACCEPT", 1),)),
    "SNVisitingSubUseGGSN": (SN_VISITING_SUB_USE_GGSN, "Values of SN-Visiting-Sub-Use-GGSN.", (("DENY", 0), ("ACCEPT", 1),)),
    "SNRoamingSubUseGGSN": (SN_ROAMING_SUB_USE_GGSN, "Values of SN-Roaming-Sub-Use-GGSN.", (("DENY", 0), ("ACCEPT", 1),)),
    "SNQoSClassConversationalPHB": (SN_QOS_CLASS_CONVERSATIONAL_PHB, "Values of SN-QoS-Class-Conversational-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNQoSClassStreamingPHB": (SN_QOS_CLASS_STREAMING_PHB, "Values of SN-QoS-Class-Streaming-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNQoSClassBackgroundPHB": (SN_QOS_CLASS_BACKGROUND_PHB, "Values of SN-QoS-Class-Background-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNQoSClassInteractive1PHB": (SN_QOS_CLASS_INTERACTIVE_1_PHB, "Values of SN-QoS-Class-Interactive-1-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNQoSClassInteractive2PHB": (SN_QOS_CLASS_INTERACTIVE_2_PHB, "Values of SN-QoS-Class-Interactive-2-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNQoSClassInteractive3PHB": (SN_QOS_CLASS_INTERACTIVE_3_PHB, "Values of SN-QoS-Class-Interactive-3-PHB.", (("BEST_EFFORT", 0), ("PASS_THROUGH", 1), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "SNMediationEnabled": (SN_MEDIATION_ENABLED, "Values of SN-Mediation-Enabled.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNIPv6DNSProxy": (SN_IPV6_DNS_PROXY, "Values of SN-IPv6-DNS-Proxy.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNPrepaid": (SN_PREPAID, "Values of SN-Prepaid.", (("NO_PREPAID", 0), ("CUSTOM_PREPAID", 1), ("STANDARD_PREPAID", 2), ("WIMAX_PREPAID", 4),)),
    "SNPrepaidPreference": (SN_PREPAID_PREFERENCE, "Values of SN-Prepaid-Preference.", (("PREPAID_DURATION", 0), ("PREPAID_VOLUME", 1),)),
    "SNPPPAlwaysOnVse": (SN_PPP_ALWAYS_ON_VSE, "Values of SN-PPP-Always-On-Vse.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNSubscriberNoInterims": (SN_SUBSCRIBER_NO_INTERIMS, "Values of SN-Subscriber-No-Interims.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNPermitUserMcastPDUs": (SN_PERMIT_USER_MCAST_PDUS, "Values of SN-Permit-User-Mcast-PDUs.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNPrepaidFinalDurationAlg": (SN_PREPAID_FINAL_DURATION_ALG, "Values of SN-Prepaid-Final-Duration-Alg.", (("CURRENT_TIME", 0), ("LAST_USER_LAYER3_ACTIVITY_TIME", 1), ("LAST_AIRLINK_ACTIVITY_TIME", 2), ("LAST_AIRLINK_ACTIVITY_TIME_LAST_REPORTED", 3),)),
    "SNChangeCondition": (SN_CHANGE_CONDITION, "Values of SN-Change-Condition.", (("QOSCHANGE", 0), ("TARIFFTIMECHANGE", 1), ("SGSNCHANGE", 500),)),
    "SNNtkSessionDisconnectFlag": (SN_NTK_SESSION_DISCONNECT_FLAG, "Values of SN-Ntk-Session-Disconnect-Flag.", (("SESSION_DISCONNECT", 0),)),
    "SNEnableQoSRenegotiation": (SN_ENABLE_QOS_RENEGOTIATION, "Values of SN-Enable-QoS-Renegotiation.", (("NO", 0), ("YES", 1),)),
    "SNMediationNoInterims": (SN_MEDIATION_NO_INTERIMS, "Values of SN-Mediation-No-Interims.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNIPHeaderCompression": (SN_IP_HEADER_COMPRESSION, "Values of SN-IP-Header-Compression.", (("NONE", 0), ("VJ", 1), ("ROHC", 2), ("VJ_ROHC", 3),)),
    "SNMode": (SN_MODE, "Values of SN-Mode.", (("RELIABLE", 0), ("OPTIMISTIC", 1), ("UNIDIRECTIONAL", 2),)),
    "SNDirection": (SN_DIRECTION, "Values of SN-Direction.", (("ANY", 0), ("UPLINK", 1), ("DOWNLINK", 2),)),
    "SNTunAddrPolicy": (SN_TUN_ADDR_POLICY, "Values of SN-Tun-Addr-Policy.", (("NO_LOCAL_ALLOC_VALIDATE", 0), ("LOCAL_ALLOC", 1), ("LOCAL_ALLOC_VALIDATE", 2),)),
    "SNDHCPLeaseExpiryPolicy": (SN_DHCP_LEASE_EXPIRY_POLICY, "Values of SN-DHCP-Lease-Expiry-Policy.", (("AUTO_RENEW", 0), ("DISCONNECT", 1),)),
    "SNMIPSendAncid": (SN_MIP_SEND_ANCID, "Values of SN-MIP-Send-Ancid.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNMIPSendImsi": (SN_MIP_SEND_IMSI, "Values of SN-MIP-Send-Imsi.", (("DISABLED", 0), ("NVSE_STARENT", 1), ("NVSE_CUSTOM1", 2),)),
    "SNMIPDualAnchor": (SN_MIP_DUAL_ANCHOR, "Values of SN-MIP-Dual-Anchor.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNPDIFMIPRequired": (SN_PDIF_MIP_REQUIRED, "Values of SN-PDIF-MIP-Required.", (("NO", 0), ("YES", 1),)),
    "SNPDIFMIPReleaseTIA": (SN_PDIF_MIP_RELEASE_TIA, "Values of SN-PDIF-MIP-Release-TIA.", (("NO", 0), ("YES", 1),)),
    "SNPDIFMIPSimpleIPFallback": (SN_PDIF_MIP_SIMPLE_IP_FALLBACK, "Values of SN-PDIF-MIP-Simple-IP-Fallback.", (("NO", 0), ("YES", 1),)),
    "SNTunnelGn": (SN_TUNNEL_GN, "Values of SN-Tunnel-Gn.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNPPPRenegDisc": (SN_PPP_RENEG_DISC, "Values of SN-PPP-Reneg-Disc.", (("NEVER", 0), ("ALWAYS", 1), ("NAI_PREFIX_MSID_MISMATCH", 2),)),
    "SNMIPSendCorrelationInfo": (SN_MIP_SEND_CORRELATION_INFO, "Values of SN-MIP-Send-Correlation-Info.", (("DISABLED", 0), ("ENABLED", 1), ("NVSE_CUSTOM1", 2), ("NVSE_CUSTOM2", 3),)),
    "SNSubscriberAcctMode": (SN_SUBSCRIBER_ACCT_MODE, "Values of SN-Subscriber-Acct-Mode.", (("FLOW_BASED_AUXILLIARY", 0), ("FLOW_BASED_ALL", 1), ("FLOW_BASED_NONE", 2), ("SESSION_BASED", 3), ("MAIN_A10_ONLY", 4),)),
    "SNIPSourceViolateNoAcct": (SN_IP_SOURCE_VIOLATE_NO_ACCT, "Values of SN-IP-Source-Violate-No-Acct.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNFirewallEnabled": (SN_FIREWALL_ENABLED, "Values of SN-Firewall-Enabled.", (("FALSE", 0), ("TRUE", 1),)),
    "SNSubscriberClass": (SN_SUBSCRIBER_CLASS, "Values of SN-Subscriber-Class.", (("NORMAL_SUBSCRIBER", 0), ("TING_100", 1), ("TING_500", 2), ("TING_BUDDY", 3), ("TING_STAR", 4), ("TING_NOLIMIT_SMS", 5), ("KIDS_LOCATOR", 6), ("TING_2000", 7), ("HANDICAPPED_WELFARE", 8), ("RESERVED", 9),)),
    "SNSubsVJSlotidCmpNegMode": (SN_SUBS_VJ_SLOTID_CMP_NEG_MODE, "Values of SN-Subs-VJ-Slotid-Cmp-Neg-Mode.", (("NONE", 0), ("RECEIVE", 1), ("TRANSMIT", 2), ("BOTH", 3),)),
    "SNSubsAccFlowTrafficValid": (SN_SUBS_ACC_FLOW_TRAFFIC_VALID, "Values of SN-Subs-Acc-Flow-Traffic-Valid.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNRadiusReturnedUsername": (SN_RADIUS_RETURNED_USERNAME, "Values of SN-Radius-Returned-Username.", (("NO", 0), ("YES", 1),)),
    "ProhibitPayloadCompression": (PROHIBIT_PAYLOAD_COMPRESSION, "Values of Prohibit-Payload-Compression.", (("ALLOWED", 0), ("PROHIBITED", 1),)),
    "SNLongDurationNotification": (SN_LONG_DURATION_NOTIFICATION, "Values of SN-Long-Duration-Notification.", (("SUPPRESS", 0), ("SEND", 1),)),
    "SNRoleOfNode": (SN_ROLE_OF_NODE, "Values of SN-Role-Of-Node.", (("ORIGINATING_ROLE", 0), ("TERMINATING_ROLE", 1),)),
    "SNCauseCode": (SN_CAUSE_CODE, "Values of SN-Cause-Code.", (("NORMAL_END_OF_SESSION", 0), ("SUCCESSFUL_TRANSACTION", 1), ("END_OF_SUBSCRIBER_DIALOG", 2), ("V_3XX_REDIRECTION", 3), ("V_4XX_REQUEST_FAILURE", 4), ("V_5XX_SERVER_FAILURE", 5), ("V_6XX_GLOBAL_FAILURE", 6), ("UNSPECIFIED_ERROR", 7), ("UNSUCCESSFUL_SESSION_SETUP", 8), ("INTERNAL_ERROR", 9),)),
    "SNNodeFunctionality": (SN_NODE_FUNCTIONALITY, "Values of SN-Node-Functionality.", (("S_CSCF", 0), ("P_CSCF", 1), ("I_CSCF", 2),)),
    "SNROHCFlowMarkingMode": (SN_ROHC_FLOW_MARKING_MODE, "Values of SN-ROHC-Flow-Marking-Mode.", (("FALSE", 0), ("TRUE", 1),)),
    "SNCFCIdDisplay": (SN_CF_CID_DISPLAY, "Values of SN-CF-CId-Display.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCIdDisplayBlocked": (SN_CF_CID_DISPLAY_BLOCKED, "Values of SN-CF-CId-Display-Blocked.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallWaiting": (SN_CF_CALL_WAITING, "Values of SN-CF-Call-Waiting.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallTransfer": (SN_CF_CALL_TRANSFER, "Values of SN-CF-Call-Transfer.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallLocal": (SN_CF_CALL_LOCAL, "Values of SN-CF-Call-Local.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallLongDistance": (SN_CF_CALL_LONGDISTANCE, "Values of SN-CF-Call-LongDistance.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallInternational": (SN_CF_CALL_INTERNATIONAL, "Values of SN-CF-Call-International.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallPremium": (SN_CF_CALL_PREMIUM, "Values of SN-CF-Call-Premium.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNCFCallRoamingInternatnl": (SN_CF_CALL_ROAMINGINTERNATNL, "Values of SN-CF-Call-RoamingInternatnl.", (("DISABLE", 0), ("ENABLE", 1),)),
    "SNPDGTTGRequired": (SN_PDG_TTG_REQUIRED, "Values of SN-PDG-TTG-Required.", (("NO", 0), ("YES", 1),)),
    "SNWiMAXAuthOnly": (SN_WIMAX_AUTH_ONLY, "Values of SN-WiMAX-Auth-Only.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNHandoffIndicator": (SN_HANDOFF_INDICATOR, "Values of SN-Handoff-Indicator.", (("ACTIVE_HANDOFF", 0), ("LOCATION_UPDATE", 1),)),
    "SNMIPSendHostConfig": (SN_MIP_SEND_HOST_CONFIG, "Values of SN-MIP-Send-Host-Config.", (("DISABLED", 0), ("ENABLED", 1),)),
    "SNUserPrivilege": (SN_USER_PRIVILEGE, "Values of SN-User-Privilege.", (("ADMINISTRATIVE", 6), ("NAS_PROMPT", 7), ("INSPECTOR", 19650516), ("SECURITY_ADMIN", 19660618),)),
    "SNIPv6AllocMethod": (SN_IPV6_ALLOC_METHOD, "Values of SN-IPv6-Alloc-Method.", (("ALLOC_LOCAL_POOL", 0), ("ALLOC_DHCP_CLIENT", 1), ("ALLOC_NO_ALLOC", 2), ("ALLOC_STATIC_ALLOC", 3),)),
    "SNBandwidthControl": (SN_BANDWIDTH_CONTROL, "Values of SN-Bandwidth-Control.", (("HIGH", 0), ("LOW", 1),)),
    "SNServiceFlowDetection": (SN_SERVICE_FLOW_DETECTION, "Values of SN-Service-Flow-Detection.", (("ENABLE_DETECTION", 0), ("DISABLE_DETECTION", 1),)),
    "SNUsageMonitoring": (SN_USAGE_MONITORING, "Values of SN-Usage-Monitoring.", (("USAGE_MONITORING_DISABLED", 0), ("USAGE_MONITORING_ENABLED", 1),)),
    "SNProxyMIPV6": (SN_PROXY_MIPV6, "Values of SN-Proxy-MIPV6.", (("DISABLED", 0), ("ENABLED", 1),)),
    "L7ParseProtocolType": (L7_PARSE_PROTOCOL_TYPE, "Values of L7-Parse-Protocol-Type.", (("HTTP", 0), ("IMAP", 1), ("OTHER", 2), ("POP3", 3), ("RTSP", 4), ("SMTP", 5), ("WAP_CONNECTION_ORIENTED", 6), ("WAP_CONNECTION_LESS", 7), ("SIP", 8), ("FTP", 9), ("NBAR", 10), ("DNS", 11), ("HTTP_INSERT", 12),)),
    "OnlineBillingBasis": (ONLINE_BILLING_BASIS, "Values of Online-Billing-Basis.", (("EVENT", 1), ("IP_BYTE", 2), ("TCP_BYTE", 3), ("DURATION", 4), ("DURATION_CONNECT", 5), ("DURATION_TRANSACTION", 6),)),
    "ServiceActivation": (SERVICE_ACTIVATION, "Values of Service-Activation.", (("USER_PROFILE", 0), ("AUTOMATIC", 1),)),
    "AppendURL": (APPEND_URL, "Values of Append-URL.", (("DISABLE_APPEND_URL", 0), ("ENABLE_APPEND_URL", 1),)),
    "MeterExclude": (METER_EXCLUDE, "Values of Meter-Exclude.", (("MMS_WAP", 0), ("RTSP_PAUSE", 1), ("SERVICE_IDLE", 2), ("NETWORK_INIT_SIP", 3),)),
    "MeterIncludeImap": (METER_INCLUDE_IMAP, "Values of Meter-Include-Imap.", (("BODY_AND_HEADER", 0), ("BODY_ONLY", 1), ("BODY_AND_OTHER", 2),)),
    "PolicyPreloadReqType": (POLICY_PRELOAD_REQ_TYPE, "Values of Policy-Preload-Req-Type.", (("POLICY_PRELOAD_REQ", 0), ("POLICY_PRELOAD_RESP", 1), ("POLICY_PRELOAD_PUSH", 2), ("POLICY_PRELOAD_PUSH_ACK", 3),)),
    "PolicyPreloadObjectType": (POLICY_PRELOAD_OBJECT_TYPE, "Values of Policy-Preload-Object-Type.", (("POLICY_MAP", 0), ("BILLING_POLICY", 1), ("CONTENT", 2), ("SERVICE", 3), ("BILLING_PLAN", 4), ("DOMAIN_GROUP", 5), ("HEADER_INSERT", 6), ("HEADER_GROUP", 7), ("QOS_PROFILE", 8),)),
    "PolicyPreloadStatus": (POLICY_PRELOAD_STATUS, "Values of Policy-Preload-Status.", (("INITIATE", 0), ("COMPLETE", 1),)),
    "ChargingRuleTriggerType": (CHARGING_RULE_TRIGGER_TYPE, "Values of Charging-Rule-Trigger-Type.", (("NO_CHARGING_RULE_EVENT_TRIGGERS", 0), ("VOLUME_THRESHOLD", 1), ("TIME_THRESHOLD", 2), ("SVC_FLOW_DETECTION", 3), ("CHARGING_RULE_REMOVE", 4),)),
    "ServiceReportingLevel": (SERVICE_REPORTING_LEVEL, "Values of Service-Reporting-Level.", (("TRANSACTION", 0), ("SERVICE", 1),)),
    "OperationStatus": (OPERATION_STATUS, "Values of Operation-Status.", (("OUT_OF_SERVICE", 0), ("IN_SERVICE", 1),)),
    "SubscriberIPSource": (SUBSCRIBER_IP_SOURCE, "Values of Subscriber-IP-Source.", (("DEFAULT", 0), ("HTTP_X_FORWARDED_FOR", 1),)),
    "ContentScope": (CONTENT_SCOPE, "Values of Content-Scope.", (("GLOBAL", 0), ("USER", 1),)),
    "FlowStatusPolicyMismatch": (FLOW_STATUS_POLICY_MISMATCH, "Values of Flow-Status-Policy-Mismatch.", (("FORWARD", 0), ("BLOCK", 1),)),
    "PolicyMapType": (POLICY_MAP_TYPE, "Values of Policy-Map-Type.", (("URL_MAP", 0), ("HEADER_MAP", 1), ("METHOD_MAP", 2), ("ATTRIBUTE_MAP", 3),)),
    "PolicyMapReplace": (POLICY_MAP_REPLACE, "Values of Policy-Map-Replace.", (("DISABLED", 0), ("ENABLED", 1),)),
    "CiscoFlowStatus": (CISCO_FLOW_STATUS, "Values of Cisco-Flow-Status.", (("FORWARD", 0), ("BLOCK", 1), ("REDIRECT", 2),)),
    "CiscoRateLimitAction": (CISCO_RATE_LIMIT_ACTION, "Values of Cisco-Rate-Limit-Action.", (("FORWARD", 0), ("DROP", 1), ("MARK_DSCP", 2),)),
    "PolicyPreloadErrorCode": (POLICY_PRELOAD_ERROR_CODE, "Values of Policy-Preload-Error-Code.", (("INCONSISTENT_PRELOAD_DATA", 0), ("MANDATORY_AVP_MISSING", 1), ("FAILURE_TO_ENFORCE", 2), ("WRONG_ORDER", 3), ("CONFLICT_WITH_STATIC_CONFIG", 4),)),
    "CiscoEventTriggerType": (CISCO_EVENT_TRIGGER_TYPE, "Values of Cisco-Event-Trigger-Type.", (("NO_CISCO_TRIGGERS", 0), ("TCP_SYN_DETECTION", 1), ("VOLUME_THRESHOLD", 2), ("TIME_THRESHOLD", 3), ("USER_AGENT_DETECTION", 4), ("VOLUME_THRESHOLD_64", 5),)),
    "Interleaved": (INTERLEAVED, "Values of Interleaved.", (("DISABLED", 0), ("ENABLED", 1),)),
    "RelativeURL": (RELATIVE_URL, "Values of Relative-URL.", (("DISABLED", 0), ("ENABLED", 1),)),
    "Mining": (MINING, "Values of Mining.", (("DISABLED", 0), ("ENABLED", 1),)),
    "UserDefault": (USER_DEFAULT, "Values of User-Default.", (("DISABLED", 0), ("ENABLED", 1),)),
    "DomainGroupActivation": (DOMAIN_GROUP_ACTIVATION, "Values of Domain-Group-Activation.", (("DISABLED", 0), ("ENABLED", 1),)),
    "DualBillingBasis": (DUAL_BILLING_BASIS, "Values of Dual-Billing-Basis.", (("EVENT", 1), ("IP_BYTE", 2), ("TCP_BYTE", 3), ("DURATION", 4), ("DURATION_CONNECT", 5), ("DURATION_TRANSACTION", 6),)),
    "VirtualOnline": (VIRTUAL_ONLINE, "Values of Virtual-Online.", (("DISABLED", 0), ("ENABLED", 1),)),
    "NexthopOverride": (NEXTHOP_OVERRIDE, "Values of Nexthop-Override.", (("DISABLED", 0), ("ENABLED", 1),)),
    "HeaderClassMode": (HEADER_CLASS_MODE, "Values of Header-Class-Mode.", (("EXCLUDE", 0), ("INCLUDE", 1),)),
    "HeaderItem": (HEADER_ITEM, "Values of Header-Item.", (("TIMESTAMP", 0), ("QUOTA_SERVER", 1),)),
    "UserIdlePod": (USER_IDLE_POD, "Values of User-Idle-Pod.", (("DISABLED", 0), ("ENABLED", 1),)),
    "DomainGroupClear": (DOMAIN_GROUP_CLEAR, "Values of Domain-Group-Clear.", (("DISABLED", 0), ("ENABLED", 1),)),
    "HeaderItemEncryption": (HEADER_ITEM_ENCRYPTION, "Values of Header-Item-Encryption.", (("UNENCRYPTED", 0), ("ENCRYPTED", 1),)),
    "Accel": (ACCEL, "Values of Accel.", (("DISABLE", 0), ("ENABLE", 1),)),
    "CiscoRequestUsageType": (CISCO_REQUEST_USAGE_TYPE, "Values of Cisco-Request-Usage-Type.", (("NO_USAGE", 0), ("VOL_USAGE", 1), ("TIME_USAGE", 2),)),
    "RateLimitAction": (RATE_LIMIT_ACTION, "Values of Rate-Limit-Action.", (("FORWARD", 0), ("DROP", 1), ("MARK_DSCP", 2),)),
    "QoSLevel": (QOS_LEVEL, "Values of QoS-Level.", (("SUBSCRIBER_LEVEL", 1),)),
    "OverrideOnline": (OVERRIDE_ONLINE, "Values of Override-Online.", (("DISABLE_ONLINE", 0), ("ENABLE_ONLINE", 1),)),
    "OverrideOffline": (OVERRIDE_OFFLINE, "Values of Override-Offline.", (("DISABLE_OFFLINE", 0), ("ENABLE_OFFLINE", 1),)),
    "OverrideContentFilteringState": (OVERRIDE_CONTENT_FILTERING_STATE, "Values of Override-Content-Filtering-State.", (("DISABLE_CF", 0), ("ENABLE_CF", 1),)),
    "OverrideQoSClassIdentifier": (OVERRIDE_QOS_CLASS_IDENTIFIER, "Values of Override-QoS-Class-Identifier.", (("TRAFFIC_CLASS_A", 1), ("TRAFFIC_CLASS_B", 2), ("TRAFFIC_CLASS_C", 3), ("TRAFFIC_CLASS_D", 4), ("TRAFFIC_CLASS_E", 5), ("TRAFFIC_CLASS_F", 6), ("TRAFFIC_CLASS_G", 7), ("TRAFFIC_CLASS_H", 8), ("TRAFFIC_CLASS_I", 9),)),
    "OverridePreEmptionCapability": (OVERRIDE_PRE_EMPTION_CAPABILITY, "Values of Override-Pre-Emption-Capability.", (("PRE_EMPTION_CAPABILITY_ENABLED", 0), ("PRE_EMPTION_CAPABILITY_DISABLED", 1),)),
    "OverridePreEmptionVulnerability": (OVERRIDE_PRE_EMPTION_VULNERABILITY, "Values of Override-Pre-Emption-Vulnerability.", (("PRE_EMPTION_VULNERABILITY_ENABLED", 0), ("PRE_EMPTION_VULNERABILITY_DISABLED", 1),)),
    "OverrideTosDirection": (OVERRIDE_TOS_DIRECTION, "Values of Override-Tos-Direction.", (("UPLINK_DIRECTION", 0), ("DOWNLINK_DIRECTION", 1), ("BIDIRECTIONAL", 2),)),
    "OverrideTosValueStandard": (OVERRIDE_TOS_VALUE_STANDARD, "Values of Override-Tos-Value-Standard.", (("BE", 0), ("AF11", 10), ("AF12", 12), ("AF13", 14), ("AF21", 18), ("AF22", 20), ("AF23", 22), ("AF31", 26), ("AF32", 28), ("AF33", 30), ("AF41", 34), ("AF42", 36), ("AF43", 38), ("EF", 46),)),
    "OverrideControlPendingQueueAction": (OVERRIDE_CONTROL_PENDING_QUEUE_ACTION, "Values of Override-Control-Pending-Queue-Action.", (("FLUSH", 0), ("RETAIN", 1),)),
    "OverrideControlMergeWildcard": (OVERRIDE_CONTROL_MERGE_WILDCARD, "Values of Override-Control-Merge-Wildcard.", (("TRUE", 0), ("FALSE", 1),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "SNTotalUsedServiceUnit": (SN_TOTAL_USED_SERVICE_UNIT, """SN-Total-Used-Service-Unit ::= < AVP Header: 504, 8164 >
         [ Tariff-Change-Usage ]
         [ CC-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
         [ Reporting-Reason ]
       * [ AVP ]
    """, (
        ("tariff_change_usage", "TariffChangeUsage | int | None", TARIFF_CHANGE_USAGE, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("reporting_reason", "ReportingReason | int | None", REPORTING_REASON, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SNUsageMonitoringControl": (SN_USAGE_MONITORING_CONTROL, """SN-Usage-Monitoring-Control ::= < AVP Header: 517, 8164 >
         [ SN-Monitoring-Key ]
         [ SN-Usage-Monitoring ]
         [ SN-Usage-Volume ]
       * [ AVP ]
    """, (
        ("sn_monitoring_key", "int | None", SN_MONITORING_KEY, 0, 1, False),
        ("sn_usage_monitoring", "SNUsageMonitoring | int | None", SN_USAGE_MONITORING, 0, 1, False),
        ("sn_usage_volume", "int | None", SN_USAGE_VOLUME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SNRemainingServiceUnit": (SN_REMAINING_SERVICE_UNIT, """SN-Remaining-Service-Unit ::= < AVP Header: 526, 8164 >
         [ Tariff-Change-Usage ]
         [ CC-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
         [ Reporting-Reason ]
       * [ AVP ]
    """, (
        ("tariff_change_usage", "TariffChangeUsage | int | None", TARIFF_CHANGE_USAGE, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("reporting_reason", "ReportingReason | int | None", REPORTING_REASON, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessNetworkChargingPhysicalAccessId": (ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID, """Access-Network-Charging-Physical-Access-Id ::= < AVP Header: 1472, 8164 >
         [ Access-Network-Charging-Physical-Access-Id-Value ]
         [ Access-Network-Charging-Physical-Access-Id-Realm ]
       * [ AVP ]
    """, (
        ("access_network_charging_physical_access_id_value", "bytes | None", ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_VALUE, 0, 1, False),
        ("access_network_charging_physical_access_id_realm", "bytes | None", ACCESS_NETWORK_CHARGING_PHYSICAL_ACCESS_ID_REALM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoChargingRuleDefinition": (CISCO_CHARGING_RULE_DEFINITION, """Cisco-Charging-Rule-Definition ::= < AVP Header: 131072, 5771 >
         [ Charging-Rule-Name ]
         [ Service-Name ]
         [ Rating-Group ]
       * [ Cisco-Flow-Description ]
         [ Cisco-Flow-Status ]
         [ QoS-Information ]
         [ Online ]
         [ Offline ]
         [ Precedence ]
         [ AF-Charging-Identifier ]
       * [ Charging-Rule-Event-Trigger ]
         [ Redirect-Server ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "bytes | None", CHARGING_RULE_NAME, 0, 1, False),
        ("service_name", "bytes | None", SERVICE_NAME, 0, 1, False),
        ("rating_group", "int | None", RATING_GROUP, 0, 1, False),
        ("cisco_flow_description", "tuple[CiscoFlowDescription, ...]", CISCO_FLOW_DESCRIPTION, 0, None, False),
        ("cisco_flow_status", "CiscoFlowStatus | int | None", CISCO_FLOW_STATUS, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("af_charging_identifier", "bytes | None", AF_CHARGING_IDENTIFIER, 0, 1, False),
        ("charging_rule_event_trigger", "tuple[ChargingRuleEventTrigger, ...]", CHARGING_RULE_EVENT_TRIGGER, 0, None, False),
        ("redirect_server", "RedirectServer | None", REDIRECT_SERVER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentDefinition": (CONTENT_DEFINITION, """Content-Definition ::= < AVP Header: 131073, 5771 >
         [ Content-Name ]
       * [ Cisco-Flow-Description ]
         [ Content-Scope ]
         [ Content-Idle-Timer ]
         [ Nexthop ]
         [ Nexthop-Reverse ]
         [ L7-Parse-Protocol-Type ]
         [ L7-Parse-Length ]
         [ Billing-Policy-Name ]
         [ Replicate-Session ]
         [ Intermediate-CDR-Threshold ]
         [ CDR-Generation-Delay ]
         [ Content-Pending-Timer ]
         [ Operation-Status ]
         [ Subscriber-IP-Source ]
         [ Flow-Status-Policy-Mismatch ]
         [ Relative-URL ]
         [ Control-URL ]
         [ Domain-Group-Name ]
         [ Mining ]
         [ Nexthop-Media ]
         [ Nexthop-Override ]
         [ Accel ]
       * [ AVP ]
    """, (
        ("content_name", "bytes | None", CONTENT_NAME, 0, 1, False),
        ("cisco_flow_description", "tuple[CiscoFlowDescription, ...]", CISCO_FLOW_DESCRIPTION, 0, None, False),
        ("content_scope", "ContentScope | int | None", CONTENT_SCOPE, 0, 1, False),
        ("content_idle_timer", "int | None", CONTENT_IDLE_TIMER, 0, 1, False),
        ("nexthop", "AddressValue | None", NEXTHOP, 0, 1, False),
        ("nexthop_reverse", "AddressValue | None", NEXTHOP_REVERSE, 0, 1, False),
        ("l7_parse_protocol_type", "L7ParseProtocolType | int | None", L7_PARSE_PROTOCOL_TYPE, 0, 1, False),
        ("l7_parse_length", "int | None", L7_PARSE_LENGTH, 0, 1, False),
        ("billing_policy_name", "bytes | None", BILLING_POLICY_NAME, 0, 1, False),
        ("replicate_session", "ReplicateSession | None", REPLICATE_SESSION, 0, 1, False),
        ("intermediate_cdr_threshold", "IntermediateCDRThreshold | None", INTERMEDIATE_CDR_THRESHOLD, 0, 1, False),
        ("cdr_generation_delay", "int | None", CDR_GENERATION_DELAY, 0, 1, False),
        ("content_pending_timer", "int | None", CONTENT_PENDING_TIMER, 0, 1, False),
        ("operation_status", "OperationStatus | int | None", OPERATION_STATUS, 0, 1, False),
        ("subscriber_ip_source", "SubscriberIPSource | int | None", SUBSCRIBER_IP_SOURCE, 0, 1, False),
        ("flow_status_policy_mismatch", "FlowStatusPolicyMismatch | int | None", FLOW_STATUS_POLICY_MISMATCH, 0, 1, False),
        ("relative_url", "RelativeURL | int | None", RELATIVE_URL, 0, 1, False),
        ("control_url", "ControlURL | None", CONTROL_URL, 0, 1, False),
        ("domain_group_name", "bytes | None", DOMAIN_GROUP_NAME, 0, 1, False),
        ("mining", "Mining | int | None", MINING, 0, 1, False),
        ("nexthop_media", "AddressValue | None", NEXTHOP_MEDIA, 0, 1, False),
        ("nexthop_override", "NexthopOverride | int | None", NEXTHOP_OVERRIDE, 0, 1, False),
        ("accel", "Accel | int | None", ACCEL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPolicyDefinition": (BILLING_POLICY_DEFINITION, """Billing-Policy-Definition ::= < AVP Header: 131074, 5771 >
         [ Billing-Policy-Name ]
         [ Policy-Map-Name ]
         [ Accounting ]
         [ Class-Map-Name ]
         [ Header-Group-Name ]
       * [ AVP ]
    """, (
        ("billing_policy_name", "bytes | None", BILLING_POLICY_NAME, 0, 1, False),
        ("policy_map_name", "bytes | None", POLICY_MAP_NAME, 0, 1, False),
        ("accounting", "Accounting | None", ACCOUNTING, 0, 1, False),
        ("class_map_name", "str | None", CLASS_MAP_NAME, 0, 1, False),
        ("header_group_name", "str | None", HEADER_GROUP_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapDefinition": (POLICY_MAP_DEFINITION, """Policy-Map-Definition ::= < AVP Header: 131075, 5771 >
         [ Policy-Map-Name ]
         [ Policy-Map-Type ]
         [ Policy-Map-Replace ]
         [ Policy-Map-Match-Remove ]
         [ Policy-Map-Match-Install ]
       * [ AVP ]
    """, (
        ("policy_map_name", "bytes | None", POLICY_MAP_NAME, 0, 1, False),
        ("policy_map_type", "PolicyMapType | int | None", POLICY_MAP_TYPE, 0, 1, False),
        ("policy_map_replace", "PolicyMapReplace | int | None", POLICY_MAP_REPLACE, 0, 1, False),
        ("policy_map_match_remove", "PolicyMapMatchRemove | None", POLICY_MAP_MATCH_REMOVE, 0, 1, False),
        ("policy_map_match_install", "PolicyMapMatchInstall | None", POLICY_MAP_MATCH_INSTALL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceDefinition": (SERVICE_DEFINITION, """Service-Definition ::= < AVP Header: 131076, 5771 >
         [ Service-Name ]
         [ Online-Billing-Basis ]
         [ Dual-Billing-Basis ]
         [ Service-Reporting-Level ]
         [ Service-CDR-Threshold ]
         [ Service-Activation ]
         [ Advice-Of-Charge ]
         [ Cisco-Service-Class ]
         [ Service-Idle-Time ]
         [ Owner-Id ]
         [ Owner-Name ]
         [ Online-Passthrough-Quota ]
         [ Dual-Passthrough-Quota ]
         [ Online-Reauthorization-Threshold ]
         [ Dual-Reauthorization-Threshold ]
         [ Online-Reauthorization-Timeout ]
         [ Refund-Policy ]
         [ Meter-Exclude ]
         [ Meter-Include-Imap ]
         [ Metering-Granularity ]
         [ Verify ]
         [ Cisco-Quota-Consumption-Time ]
         [ Service-Rating-Group ]
         [ Cisco-QoS-Profile-Uplink ]
         [ Cisco-QoS-Profile-Downlink ]
         [ Header-Group-Name ]
       * [ Content-Policy-Map ]
       * [ AVP ]
    """, (
        ("service_name", "bytes | None", SERVICE_NAME, 0, 1, False),
        ("online_billing_basis", "OnlineBillingBasis | int | None", ONLINE_BILLING_BASIS, 0, 1, False),
        ("dual_billing_basis", "DualBillingBasis | int | None", DUAL_BILLING_BASIS, 0, 1, False),
        ("service_reporting_level", "ServiceReportingLevel | int | None", SERVICE_REPORTING_LEVEL, 0, 1, False),
        ("service_cdr_threshold", "ServiceCDRThreshold | None", SERVICE_CDR_THRESHOLD, 0, 1, False),
        ("service_activation", "ServiceActivation | int | None", SERVICE_ACTIVATION, 0, 1, False),
        ("advice_of_charge", "AdviceOfCharge | None", ADVICE_OF_CHARGE, 0, 1, False),
        ("cisco_service_class", "int | None", CISCO_SERVICE_CLASS, 0, 1, False),
        ("service_idle_time", "int | None", SERVICE_IDLE_TIME, 0, 1, False),
        ("owner_id", "bytes | None", OWNER_ID, 0, 1, False),
        ("owner_name", "bytes | None", OWNER_NAME, 0, 1, False),
        ("online_passthrough_quota", "int | None", ONLINE_PASSTHROUGH_QUOTA, 0, 1, False),
        ("dual_passthrough_quota", "int | None", DUAL_PASSTHROUGH_QUOTA, 0, 1, False),
        ("online_reauthorization_threshold", "int | None", ONLINE_REAUTHORIZATION_THRESHOLD, 0, 1, False),
        ("dual_reauthorization_threshold", "int | None", DUAL_REAUTHORIZATION_THRESHOLD, 0, 1, False),
        ("online_reauthorization_timeout", "OnlineReauthorizationTimeout | None", ONLINE_REAUTHORIZATION_TIMEOUT, 0, 1, False),
        ("refund_policy", "bytes | None", REFUND_POLICY, 0, 1, False),
        ("meter_exclude", "MeterExclude | int | None", METER_EXCLUDE, 0, 1, False),
        ("meter_include_imap", "MeterIncludeImap | int | None", METER_INCLUDE_IMAP, 0, 1, False),
        ("metering_granularity", "MeteringGranularity | None", METERING_GRANULARITY, 0, 1, False),
        ("verify", "Verify | None", VERIFY, 0, 1, False),
        ("cisco_quota_consumption_time", "int | None", CISCO_QUOTA_CONSUMPTION_TIME, 0, 1, False),
        ("service_rating_group", "int | None", SERVICE_RATING_GROUP, 0, 1, False),
        ("cisco_qos_profile_uplink", "CiscoQoSProfileUplink | None", CISCO_QOS_PROFILE_UPLINK, 0, 1, False),
        ("cisco_qos_profile_downlink", "CiscoQoSProfileDownlink | None", CISCO_QOS_PROFILE_DOWNLINK, 0, 1, False),
        ("header_group_name", "str | None", HEADER_GROUP_NAME, 0, 1, False),
        ("content_policy_map", "tuple[ContentPolicyMap, ...]", CONTENT_POLICY_MAP, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentPolicyMap": (CONTENT_POLICY_MAP, """Content-Policy-Map ::= < AVP Header: 131077, 5771 >
         [ Content-Name ]
         [ Billing-Policy-Name ]
         [ Weight ]
       * [ AVP ]
    """, (
        ("content_name", "bytes | None", CONTENT_NAME, 0, 1, False),
        ("billing_policy_name", "bytes | None", BILLING_POLICY_NAME, 0, 1, False),
        ("weight", "int | None", WEIGHT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceInfo": (SERVICE_INFO, """Service-Info ::= < AVP Header: 131078, 5771 >
         [ Service-Name ]
         [ Online ]
         [ Virtual-Online ]
       * [ AVP ]
    """, (
        ("service_name", "bytes | None", SERVICE_NAME, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("virtual_online", "VirtualOnline | int | None", VIRTUAL_ONLINE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPlanDefinition": (BILLING_PLAN_DEFINITION, """Billing-Plan-Definition ::= < AVP Header: 131079, 5771 >
         [ Billing-Plan-Name ]
         [ Online ]
         [ Offline ]
         [ Virtual-Online ]
         [ User-Idle-Timer ]
         [ User-Idle-Pod ]
         [ User-Default ]
         [ Cisco-QoS-Profile-Uplink ]
         [ Cisco-QoS-Profile-Downlink ]
       * [ Service-Info ]
       * [ AVP ]
    """, (
        ("billing_plan_name", "bytes | None", BILLING_PLAN_NAME, 0, 1, False),
        ("online", "Online | int | None", ONLINE, 0, 1, False),
        ("offline", "Offline | int | None", OFFLINE, 0, 1, False),
        ("virtual_online", "VirtualOnline | int | None", VIRTUAL_ONLINE, 0, 1, False),
        ("user_idle_timer", "int | None", USER_IDLE_TIMER, 0, 1, False),
        ("user_idle_pod", "UserIdlePod | int | None", USER_IDLE_POD, 0, 1, False),
        ("user_default", "UserDefault | int | None", USER_DEFAULT, 0, 1, False),
        ("cisco_qos_profile_uplink", "CiscoQoSProfileUplink | None", CISCO_QOS_PROFILE_UPLINK, 0, 1, False),
        ("cisco_qos_profile_downlink", "CiscoQoSProfileDownlink | None", CISCO_QOS_PROFILE_DOWNLINK, 0, 1, False),
        ("service_info", "tuple[ServiceInfo, ...]", SERVICE_INFO, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceStatus": (SERVICE_STATUS, """Service-Status ::= < AVP Header: 131086, 5771 >
         [ Service-Name ]
         [ Cisco-Flow-Status ]
         [ Service-Rating-Group ]
         [ Service-QoS ]
         [ Redirect-Server ]
         [ Service-Group-Name ]
       * [ AVP ]
    """, (
        ("service_name", "bytes | None", SERVICE_NAME, 0, 1, False),
        ("cisco_flow_status", "CiscoFlowStatus | int | None", CISCO_FLOW_STATUS, 0, 1, False),
        ("service_rating_group", "int | None", SERVICE_RATING_GROUP, 0, 1, False),
        ("service_qos", "ServiceQoS | None", SERVICE_QOS, 0, 1, False),
        ("redirect_server", "RedirectServer | None", REDIRECT_SERVER, 0, 1, False),
        ("service_group_name", "bytes | None", SERVICE_GROUP_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapMatch": (POLICY_MAP_MATCH, """Policy-Map-Match ::= < AVP Header: 131090, 5771 >
         [ Match-String ]
         [ Attribute-String ]
       * [ AVP ]
    """, (
        ("match_string", "str | None", MATCH_STRING, 0, 1, False),
        ("attribute_string", "str | None", ATTRIBUTE_STRING, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdviceOfCharge": (ADVICE_OF_CHARGE, """Advice-Of-Charge ::= < AVP Header: 131097, 5771 >
         [ Append-URL ]
         [ Confirm-Token-131099 ]
       * [ AVP ]
    """, (
        ("append_url", "AppendURL | int | None", APPEND_URL, 0, 1, False),
        ("confirm_token_131099", "bytes | None", CONFIRM_TOKEN_131099, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OnlineReauthorizationTimeout": (ONLINE_REAUTHORIZATION_TIMEOUT, """Online-Reauthorization-Timeout ::= < AVP Header: 131106, 5771 >
         [ Initial-Timeout ]
         [ Maximum-Timeout ]
       * [ AVP ]
    """, (
        ("initial_timeout", "int | None", INITIAL_TIMEOUT, 0, 1, False),
        ("maximum_timeout", "int | None", MAXIMUM_TIMEOUT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MeteringGranularity": (METERING_GRANULARITY, """Metering-Granularity ::= < AVP Header: 131112, 5771 >
         [ Meter-Increment ]
         [ Meter-Initial ]
         [ Meter-Minimum ]
       * [ AVP ]
    """, (
        ("meter_increment", "int | None", METER_INCREMENT, 0, 1, False),
        ("meter_initial", "int | None", METER_INITIAL, 0, 1, False),
        ("meter_minimum", "int | None", METER_MINIMUM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Verify": (VERIFY, """Verify ::= < AVP Header: 131116, 5771 >
         [ Confirm-Token-131117 ]
       * [ AVP ]
    """, (
        ("confirm_token_131117", "bytes | None", CONFIRM_TOKEN_131117, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleEvent": (CHARGING_RULE_EVENT, """Charging-Rule-Event ::= < AVP Header: 131124, 5771 >
         [ Charging-Rule-Name ]
         [ Charging-Rule-Trigger-Type ]
         [ Volume-Usage ]
         [ Cisco-Time-Usage ]
         [ Cisco-Report-Usage ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "bytes | None", CHARGING_RULE_NAME, 0, 1, False),
        ("charging_rule_trigger_type", "ChargingRuleTriggerType | int | None", CHARGING_RULE_TRIGGER_TYPE, 0, 1, False),
        ("volume_usage", "int | None", VOLUME_USAGE, 0, 1, False),
        ("cisco_time_usage", "CiscoTimeUsage | None", CISCO_TIME_USAGE, 0, 1, False),
        ("cisco_report_usage", "CiscoReportUsage | None", CISCO_REPORT_USAGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "Accounting": (ACCOUNTING, """Accounting ::= < AVP Header: 131126, 5771 >
         [ Accounting-Customer-String ]
       * [ AVP ]
    """, (
        ("accounting_customer_string", "bytes | None", ACCOUNTING_CUSTOMER_STRING, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceCDRThreshold": (SERVICE_CDR_THRESHOLD, """Service-CDR-Threshold ::= < AVP Header: 131129, 5771 >
         [ CDR-Volume-Threshold ]
         [ CDR-Time-Threshold ]
       * [ AVP ]
    """, (
        ("cdr_volume_threshold", "int | None", CDR_VOLUME_THRESHOLD, 0, 1, False),
        ("cdr_time_threshold", "int | None", CDR_TIME_THRESHOLD, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "IntermediateCDRThreshold": (INTERMEDIATE_CDR_THRESHOLD, """Intermediate-CDR-Threshold ::= < AVP Header: 131130, 5771 >
         [ CDR-Volume-Threshold ]
         [ CDR-Time-Threshold ]
       * [ AVP ]
    """, (
        ("cdr_volume_threshold", "int | None", CDR_VOLUME_THRESHOLD, 0, 1, False),
        ("cdr_time_threshold", "int | None", CDR_TIME_THRESHOLD, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ReplicateSession": (REPLICATE_SESSION, """Replicate-Session ::= < AVP Header: 131132, 5771 >
         [ Replicate-Session-Delay ]
       * [ AVP ]
    """, (
        ("replicate_session_delay", "int | None", REPLICATE_SESSION_DELAY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleEventTrigger": (CHARGING_RULE_EVENT_TRIGGER, """Charging-Rule-Event-Trigger ::= < AVP Header: 131139, 5771 >
         [ Charging-Rule-Trigger-Type ]
         [ Volume-Threshold ]
         [ Time-Threshold ]
         [ Cisco-Report-Usage ]
         [ Volume-Threshold-64 ]
       * [ AVP ]
    """, (
        ("charging_rule_trigger_type", "ChargingRuleTriggerType | int | None", CHARGING_RULE_TRIGGER_TYPE, 0, 1, False),
        ("volume_threshold", "int | None", VOLUME_THRESHOLD, 0, 1, False),
        ("time_threshold", "int | None", TIME_THRESHOLD, 0, 1, False),
        ("cisco_report_usage", "CiscoReportUsage | None", CISCO_REPORT_USAGE, 0, 1, False),
        ("volume_threshold_64", "int | None", VOLUME_THRESHOLD_64, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentFlowDescription": (CONTENT_FLOW_DESCRIPTION, """Content-Flow-Description ::= < AVP Header: 131141, 5771 >
       * [ Content-Flow-Filter ]
         [ VRF-Name ]
         [ VLAN-Id ]
       * [ AVP ]
    """, (
        ("content_flow_filter", "tuple[ContentFlowFilter, ...]", CONTENT_FLOW_FILTER, 0, None, False),
        ("vrf_name", "bytes | None", VRF_NAME, 0, 1, False),
        ("vlan_id", "int | None", VLAN_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentFlowFilter": (CONTENT_FLOW_FILTER, """Content-Flow-Filter ::= < AVP Header: 131142, 5771 >
         [ Client-Group-Id ]
         [ Destination-IP-Address ]
         [ Destination-Mask ]
         [ Protocol-ID ]
         [ Start-of-Port-Range ]
         [ End-of-Port-Range ]
       * [ AVP ]
    """, (
        ("client_group_id", "ClientGroupId | None", CLIENT_GROUP_ID, 0, 1, False),
        ("destination_ip_address", "AddressValue | None", DESTINATION_IP_ADDRESS, 0, 1, False),
        ("destination_mask", "AddressValue | None", DESTINATION_MASK, 0, 1, False),
        ("protocol_id", "int | None", PROTOCOL_ID, 0, 1, False),
        ("start_of_port_range", "int | None", START_OF_PORT_RANGE, 0, 1, False),
        ("end_of_port_range", "int | None", END_OF_PORT_RANGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ClientGroupId": (CLIENT_GROUP_ID, """Client-Group-Id ::= < AVP Header: 131143, 5771 >
         [ ACL-Number ]
         [ ACL-Name ]
       * [ AVP ]
    """, (
        ("acl_number", "int | None", ACL_NUMBER, 0, 1, False),
        ("acl_name", "bytes | None", ACL_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FailedPreloadObject": (FAILED_PRELOAD_OBJECT, """Failed-Preload-Object ::= < AVP Header: 131152, 5771 >
         [ Policy-Preload-Object-Type ]
       * [ Failed-Preload-Obj-Name ]
       * [ AVP ]
    """, (
        ("policy_preload_object_type", "PolicyPreloadObjectType | int | None", POLICY_PRELOAD_OBJECT_TYPE, 0, 1, False),
        ("failed_preload_obj_name", "tuple[FailedPreloadObjName, ...]", FAILED_PRELOAD_OBJ_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoTimeUsage": (CISCO_TIME_USAGE, """Cisco-Time-Usage ::= < AVP Header: 131156, 5771 >
         [ Duration ]
         [ First-Packet-Timestamp ]
         [ Last-Packet-Timestamp ]
       * [ AVP ]
    """, (
        ("duration", "int | None", DURATION, 0, 1, False),
        ("first_packet_timestamp", "int | None", FIRST_PACKET_TIMESTAMP, 0, 1, False),
        ("last_packet_timestamp", "int | None", LAST_PACKET_TIMESTAMP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoFlowDescription": (CISCO_FLOW_DESCRIPTION, """Cisco-Flow-Description ::= < AVP Header: 131160, 5771 >
         [ Cisco-Flow-Description-507 ]
         [ Content-Name ]
         [ Precedence ]
         [ Flow-Information ]
       * [ AVP ]
    """, (
        ("cisco_flow_description_507", "IPFilterRule | None", CISCO_FLOW_DESCRIPTION_507, 0, 1, False),
        ("content_name", "bytes | None", CONTENT_NAME, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("flow_information", "FlowInformation | None", FLOW_INFORMATION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TerminateBearer": (TERMINATE_BEARER, """Terminate-Bearer ::= < AVP Header: 131161, 5771 >
         [ Bearer-Identifier ]
       * [ AVP ]
    """, (
        ("bearer_identifier", "bytes | None", BEARER_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapMatchInstall": (POLICY_MAP_MATCH_INSTALL, """Policy-Map-Match-Install ::= < AVP Header: 131166, 5771 >
       * [ Policy-Map-Match ]
       * [ AVP ]
    """, (
        ("policy_map_match", "tuple[PolicyMapMatch, ...]", POLICY_MAP_MATCH, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapMatchRemove": (POLICY_MAP_MATCH_REMOVE, """Policy-Map-Match-Remove ::= < AVP Header: 131167, 5771 >
       * [ Policy-Map-Match ]
       * [ AVP ]
    """, (
        ("policy_map_match", "tuple[PolicyMapMatch, ...]", POLICY_MAP_MATCH, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceQoS": (SERVICE_QOS, """Service-QoS ::= < AVP Header: 131170, 5771 >
         [ QoS-Rate-Limit-UL ]
         [ QoS-Rate-Limit-DL ]
       * [ AVP ]
    """, (
        ("qos_rate_limit_ul", "QoSRateLimitUL | None", QOS_RATE_LIMIT_UL, 0, 1, False),
        ("qos_rate_limit_dl", "QoSRateLimitDL | None", QOS_RATE_LIMIT_DL, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRateLimitUL": (QOS_RATE_LIMIT_UL, """QoS-Rate-Limit-UL ::= < AVP Header: 131171, 5771 >
         [ QoS-Rate-Limit ]
       * [ AVP ]
    """, (
        ("qos_rate_limit", "QoSRateLimit | None", QOS_RATE_LIMIT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRateLimitDL": (QOS_RATE_LIMIT_DL, """QoS-Rate-Limit-DL ::= < AVP Header: 131172, 5771 >
         [ QoS-Rate-Limit ]
       * [ AVP ]
    """, (
        ("qos_rate_limit", "QoSRateLimit | None", QOS_RATE_LIMIT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSRateLimit": (QOS_RATE_LIMIT, """QoS-Rate-Limit ::= < AVP Header: 131173, 5771 >
         [ Max-Bandwidth ]
         [ Max-Burst-Size ]
         [ Rate-Limit-Conform-Action ]
         [ Rate-Limit-Exceed-Action ]
       * [ AVP ]
    """, (
        ("max_bandwidth", "int | None", MAX_BANDWIDTH, 0, 1, False),
        ("max_burst_size", "int | None", MAX_BURST_SIZE, 0, 1, False),
        ("rate_limit_conform_action", "RateLimitConformAction | None", RATE_LIMIT_CONFORM_ACTION, 0, 1, False),
        ("rate_limit_exceed_action", "RateLimitExceedAction | None", RATE_LIMIT_EXCEED_ACTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RateLimitConformAction": (RATE_LIMIT_CONFORM_ACTION, """Rate-Limit-Conform-Action ::= < AVP Header: 131175, 5771 >
         [ Cisco-Rate-Limit-Action ]
         [ Cisco-DSCP ]
       * [ AVP ]
    """, (
        ("cisco_rate_limit_action", "CiscoRateLimitAction | int | None", CISCO_RATE_LIMIT_ACTION, 0, 1, False),
        ("cisco_dscp", "int | None", CISCO_DSCP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RateLimitExceedAction": (RATE_LIMIT_EXCEED_ACTION, """Rate-Limit-Exceed-Action ::= < AVP Header: 131176, 5771 >
         [ Cisco-Rate-Limit-Action ]
         [ Cisco-DSCP ]
       * [ AVP ]
    """, (
        ("cisco_rate_limit_action", "CiscoRateLimitAction | int | None", CISCO_RATE_LIMIT_ACTION, 0, 1, False),
        ("cisco_dscp", "int | None", CISCO_DSCP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapInstall": (POLICY_MAP_INSTALL, """Policy-Map-Install ::= < AVP Header: 131179, 5771 >
       * [ Policy-Map-Definition ]
       * [ AVP ]
    """, (
        ("policy_map_definition", "tuple[PolicyMapDefinition, ...]", POLICY_MAP_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyMapRemove": (POLICY_MAP_REMOVE, """Policy-Map-Remove ::= < AVP Header: 131180, 5771 >
       * [ Policy-Map-Name ]
       * [ AVP ]
    """, (
        ("policy_map_name", "tuple[bytes, ...]", POLICY_MAP_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPolicyInstall": (BILLING_POLICY_INSTALL, """Billing-Policy-Install ::= < AVP Header: 131181, 5771 >
       * [ Billing-Policy-Definition ]
       * [ AVP ]
    """, (
        ("billing_policy_definition", "tuple[BillingPolicyDefinition, ...]", BILLING_POLICY_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPolicyRemove": (BILLING_POLICY_REMOVE, """Billing-Policy-Remove ::= < AVP Header: 131182, 5771 >
       * [ Billing-Policy-Name ]
       * [ AVP ]
    """, (
        ("billing_policy_name", "tuple[bytes, ...]", BILLING_POLICY_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentInstall": (CONTENT_INSTALL, """Content-Install ::= < AVP Header: 131183, 5771 >
       * [ Content-Definition ]
       * [ AVP ]
    """, (
        ("content_definition", "tuple[ContentDefinition, ...]", CONTENT_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ContentRemove": (CONTENT_REMOVE, """Content-Remove ::= < AVP Header: 131184, 5771 >
       * [ Content-Name ]
       * [ AVP ]
    """, (
        ("content_name", "tuple[bytes, ...]", CONTENT_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceInstall": (SERVICE_INSTALL, """Service-Install ::= < AVP Header: 131185, 5771 >
       * [ Service-Definition ]
       * [ AVP ]
    """, (
        ("service_definition", "tuple[ServiceDefinition, ...]", SERVICE_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceRemove": (SERVICE_REMOVE, """Service-Remove ::= < AVP Header: 131186, 5771 >
       * [ Service-Name ]
       * [ AVP ]
    """, (
        ("service_name", "tuple[bytes, ...]", SERVICE_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPlanInstall": (BILLING_PLAN_INSTALL, """Billing-Plan-Install ::= < AVP Header: 131187, 5771 >
       * [ Billing-Plan-Definition ]
       * [ AVP ]
    """, (
        ("billing_plan_definition", "tuple[BillingPlanDefinition, ...]", BILLING_PLAN_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingPlanRemove": (BILLING_PLAN_REMOVE, """Billing-Plan-Remove ::= < AVP Header: 131188, 5771 >
       * [ Billing-Plan-Name ]
       * [ AVP ]
    """, (
        ("billing_plan_name", "tuple[bytes, ...]", BILLING_PLAN_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "FailedPreloadObjName": (FAILED_PRELOAD_OBJ_NAME, """Failed-Preload-Obj-Name ::= < AVP Header: 131191, 5771 >
         [ Policy-Preload-Error-Code ]
         [ Policy-Map-Name ]
         [ Billing-Policy-Name ]
         [ Content-Name ]
         [ Service-Name ]
         [ Billing-Plan-Name ]
       * [ AVP ]
    """, (
        ("policy_preload_error_code", "PolicyPreloadErrorCode | int | None", POLICY_PRELOAD_ERROR_CODE, 0, 1, False),
        ("policy_map_name", "bytes | None", POLICY_MAP_NAME, 0, 1, False),
        ("billing_policy_name", "bytes | None", BILLING_POLICY_NAME, 0, 1, False),
        ("content_name", "bytes | None", CONTENT_NAME, 0, 1, False),
        ("service_name", "bytes | None", SERVICE_NAME, 0, 1, False),
        ("billing_plan_name", "bytes | None", BILLING_PLAN_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoEventTrigger": (CISCO_EVENT_TRIGGER, """Cisco-Event-Trigger ::= < AVP Header: 131193, 5771 >
         [ Cisco-Event-Trigger-Type ]
         [ Volume-Threshold ]
         [ Time-Threshold ]
         [ Cisco-Report-Usage ]
         [ Volume-Threshold-64 ]
       * [ AVP ]
    """, (
        ("cisco_event_trigger_type", "CiscoEventTriggerType | int | None", CISCO_EVENT_TRIGGER_TYPE, 0, 1, False),
        ("volume_threshold", "int | None", VOLUME_THRESHOLD, 0, 1, False),
        ("time_threshold", "int | None", TIME_THRESHOLD, 0, 1, False),
        ("cisco_report_usage", "CiscoReportUsage | None", CISCO_REPORT_USAGE, 0, 1, False),
        ("volume_threshold_64", "int | None", VOLUME_THRESHOLD_64, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoEvent": (CISCO_EVENT, """Cisco-Event ::= < AVP Header: 131195, 5771 >
         [ Cisco-Event-Trigger-Type ]
         [ TCP-SYN ]
         [ Volume-Usage ]
         [ Cisco-Time-Usage ]
         [ Cisco-Report-Usage ]
         [ User-Agent ]
       * [ AVP ]
    """, (
        ("cisco_event_trigger_type", "CiscoEventTriggerType | int | None", CISCO_EVENT_TRIGGER_TYPE, 0, 1, False),
        ("tcp_syn", "bytes | None", TCP_SYN, 0, 1, False),
        ("volume_usage", "int | None", VOLUME_USAGE, 0, 1, False),
        ("cisco_time_usage", "CiscoTimeUsage | None", CISCO_TIME_USAGE, 0, 1, False),
        ("cisco_report_usage", "CiscoReportUsage | None", CISCO_REPORT_USAGE, 0, 1, False),
        ("user_agent", "bytes | None", USER_AGENT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ControlURL": (CONTROL_URL, """Control-URL ::= < AVP Header: 131197, 5771 >
         [ Interleaved ]
       * [ AVP ]
    """, (
        ("interleaved", "Interleaved | int | None", INTERLEAVED, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DomainGroupDefinition": (DOMAIN_GROUP_DEFINITION, """Domain-Group-Definition ::= < AVP Header: 131203, 5771 >
         [ Domain-Group-Name ]
         [ Cisco-Priority ]
       * [ Match-String ]
       * [ AVP ]
    """, (
        ("domain_group_name", "bytes | None", DOMAIN_GROUP_NAME, 0, 1, False),
        ("cisco_priority", "int | None", CISCO_PRIORITY, 0, 1, False),
        ("match_string", "tuple[str, ...]", MATCH_STRING, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DomainGroupInstall": (DOMAIN_GROUP_INSTALL, """Domain-Group-Install ::= < AVP Header: 131204, 5771 >
       * [ Domain-Group-Definition ]
       * [ AVP ]
    """, (
        ("domain_group_definition", "tuple[DomainGroupDefinition, ...]", DOMAIN_GROUP_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DomainGroupRemove": (DOMAIN_GROUP_REMOVE, """Domain-Group-Remove ::= < AVP Header: 131205, 5771 >
       * [ Domain-Group-Name ]
       * [ AVP ]
    """, (
        ("domain_group_name", "tuple[bytes, ...]", DOMAIN_GROUP_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderGroupDefinition": (HEADER_GROUP_DEFINITION, """Header-Group-Definition ::= < AVP Header: 131216, 5771 >
         [ Header-Group-Name ]
       * [ Header-Insert-Name ]
       * [ AVP ]
    """, (
        ("header_group_name", "str | None", HEADER_GROUP_NAME, 0, 1, False),
        ("header_insert_name", "tuple[str, ...]", HEADER_INSERT_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderGroupInstall": (HEADER_GROUP_INSTALL, """Header-Group-Install ::= < AVP Header: 131217, 5771 >
       * [ Header-Group-Definition ]
       * [ AVP ]
    """, (
        ("header_group_definition", "tuple[HeaderGroupDefinition, ...]", HEADER_GROUP_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderGroupRemove": (HEADER_GROUP_REMOVE, """Header-Group-Remove ::= < AVP Header: 131218, 5771 >
       * [ Header-Group-Name ]
       * [ AVP ]
    """, (
        ("header_group_name", "tuple[str, ...]", HEADER_GROUP_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderClass": (HEADER_CLASS, """Header-Class ::= < AVP Header: 131223, 5771 >
         [ Header-Class-Name ]
         [ Header-Class-Mode ]
       * [ AVP ]
    """, (
        ("header_class_name", "str | None", HEADER_CLASS_NAME, 0, 1, False),
        ("header_class_mode", "HeaderClassMode | int | None", HEADER_CLASS_MODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderItemRadius": (HEADER_ITEM_RADIUS, """Header-Item-Radius ::= < AVP Header: 131227, 5771 >
         [ Radius-Attribute-Type ]
         [ Radius-Vsa-Vendor-Id ]
         [ Radius-Vsa-Subattribute-Type ]
       * [ AVP ]
    """, (
        ("radius_attribute_type", "int | None", RADIUS_ATTRIBUTE_TYPE, 0, 1, False),
        ("radius_vsa_vendor_id", "int | None", RADIUS_VSA_VENDOR_ID, 0, 1, False),
        ("radius_vsa_subattribute_type", "int | None", RADIUS_VSA_SUBATTRIBUTE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderItemsEncrypted": (HEADER_ITEMS_ENCRYPTED, """Header-Items-Encrypted ::= < AVP Header: 131230, 5771 >
         [ Header-Item ]
         [ Header-Item-String ]
         [ Header-Item-Radius ]
       * [ AVP ]
    """, (
        ("header_item", "HeaderItem | int | None", HEADER_ITEM, 0, 1, False),
        ("header_item_string", "str | None", HEADER_ITEM_STRING, 0, 1, False),
        ("header_item_radius", "HeaderItemRadius | None", HEADER_ITEM_RADIUS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderInsertDefinition": (HEADER_INSERT_DEFINITION, """Header-Insert-Definition ::= < AVP Header: 131231, 5771 >
         [ Header-Insert-Name ]
         [ Header-Field-Name ]
         [ Header-Class ]
       * [ Header-Items-Encrypted ]
       * [ Header-Item-String ]
       * [ Header-Item-Radius ]
       * [ Header-Item ]
       * [ AVP ]
    """, (
        ("header_insert_name", "str | None", HEADER_INSERT_NAME, 0, 1, False),
        ("header_field_name", "str | None", HEADER_FIELD_NAME, 0, 1, False),
        ("header_class", "HeaderClass | None", HEADER_CLASS, 0, 1, False),
        ("header_items_encrypted", "tuple[HeaderItemsEncrypted, ...]", HEADER_ITEMS_ENCRYPTED, 0, None, False),
        ("header_item_string", "tuple[str, ...]", HEADER_ITEM_STRING, 0, None, False),
        ("header_item_radius", "tuple[HeaderItemRadius, ...]", HEADER_ITEM_RADIUS, 0, None, False),
        ("header_item", "tuple[HeaderItem | int, ...]", HEADER_ITEM, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderInsertInstall": (HEADER_INSERT_INSTALL, """Header-Insert-Install ::= < AVP Header: 131232, 5771 >
       * [ Header-Insert-Definition ]
       * [ AVP ]
    """, (
        ("header_insert_definition", "tuple[HeaderInsertDefinition, ...]", HEADER_INSERT_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "HeaderInsertRemove": (HEADER_INSERT_REMOVE, """Header-Insert-Remove ::= < AVP Header: 131233, 5771 >
       * [ Header-Insert-Name ]
       * [ AVP ]
    """, (
        ("header_insert_name", "tuple[str, ...]", HEADER_INSERT_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoQoSProfile": (CISCO_QOS_PROFILE, """Cisco-QoS-Profile ::= < AVP Header: 131237, 5771 >
         [ Cisco-QoS-Profile-Name ]
         [ QoS-Rate-Limit ]
       * [ AVP ]
    """, (
        ("cisco_qos_profile_name", "str | None", CISCO_QOS_PROFILE_NAME, 0, 1, False),
        ("qos_rate_limit", "QoSRateLimit | None", QOS_RATE_LIMIT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoQoSProfileInstall": (CISCO_QOS_PROFILE_INSTALL, """Cisco-QoS-Profile-Install ::= < AVP Header: 131238, 5771 >
       * [ Cisco-QoS-Profile ]
       * [ AVP ]
    """, (
        ("cisco_qos_profile", "tuple[CiscoQoSProfile, ...]", CISCO_QOS_PROFILE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoQoSProfileRemove": (CISCO_QOS_PROFILE_REMOVE, """Cisco-QoS-Profile-Remove ::= < AVP Header: 131239, 5771 >
       * [ Cisco-QoS-Profile ]
       * [ AVP ]
    """, (
        ("cisco_qos_profile", "tuple[CiscoQoSProfile, ...]", CISCO_QOS_PROFILE, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoQoSProfileUplink": (CISCO_QOS_PROFILE_UPLINK, """Cisco-QoS-Profile-Uplink ::= < AVP Header: 131240, 5771 >
         [ Cisco-QoS-Profile-Name ]
       * [ AVP ]
    """, (
        ("cisco_qos_profile_name", "str | None", CISCO_QOS_PROFILE_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoQoSProfileDownlink": (CISCO_QOS_PROFILE_DOWNLINK, """Cisco-QoS-Profile-Downlink ::= < AVP Header: 131241, 5771 >
         [ Cisco-QoS-Profile-Name ]
       * [ AVP ]
    """, (
        ("cisco_qos_profile_name", "str | None", CISCO_QOS_PROFILE_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceGroupDefinition": (SERVICE_GROUP_DEFINITION, """Service-Group-Definition ::= < AVP Header: 131244, 5771 >
         [ Service-Group-Name ]
       * [ Cisco-Event-Trigger ]
         [ Cisco-Flow-Status ]
         [ Redirect-Server ]
       * [ AVP ]
    """, (
        ("service_group_name", "bytes | None", SERVICE_GROUP_NAME, 0, 1, False),
        ("cisco_event_trigger", "tuple[CiscoEventTrigger, ...]", CISCO_EVENT_TRIGGER, 0, None, False),
        ("cisco_flow_status", "CiscoFlowStatus | int | None", CISCO_FLOW_STATUS, 0, 1, False),
        ("redirect_server", "RedirectServer | None", REDIRECT_SERVER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceGroupInstall": (SERVICE_GROUP_INSTALL, """Service-Group-Install ::= < AVP Header: 131245, 5771 >
       * [ Service-Group-Definition ]
       * [ AVP ]
    """, (
        ("service_group_definition", "tuple[ServiceGroupDefinition, ...]", SERVICE_GROUP_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceGroupRemove": (SERVICE_GROUP_REMOVE, """Service-Group-Remove ::= < AVP Header: 131246, 5771 >
       * [ Service-Group-Name ]
       * [ AVP ]
    """, (
        ("service_group_name", "tuple[bytes, ...]", SERVICE_GROUP_NAME, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceGroupEvent": (SERVICE_GROUP_EVENT, """Service-Group-Event ::= < AVP Header: 131247, 5771 >
         [ Service-Group-Name ]
         [ Cisco-Event ]
       * [ AVP ]
    """, (
        ("service_group_name", "bytes | None", SERVICE_GROUP_NAME, 0, 1, False),
        ("cisco_event", "CiscoEvent | None", CISCO_EVENT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoReportUsage": (CISCO_REPORT_USAGE, """Cisco-Report-Usage ::= < AVP Header: 131248, 5771 >
       * [ Event-Trigger ]
       * [ AVP ]
    """, (
        ("event_trigger", "tuple[EventTrigger | int, ...]", EVENT_TRIGGER, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoAnswerUserUsage": (CISCO_ANSWER_USER_USAGE, """Cisco-Answer-User-Usage ::= < AVP Header: 131250, 5771 >
         [ Cisco-Request-Usage-Type ]
         [ Volume-Usage ]
         [ Cisco-Time-Usage ]
       * [ AVP ]
    """, (
        ("cisco_request_usage_type", "CiscoRequestUsageType | int | None", CISCO_REQUEST_USAGE_TYPE, 0, 1, False),
        ("volume_usage", "int | None", VOLUME_USAGE, 0, 1, False),
        ("cisco_time_usage", "CiscoTimeUsage | None", CISCO_TIME_USAGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoRequestChargingRuleUsage": (CISCO_REQUEST_CHARGING_RULE_USAGE, """Cisco-Request-Charging-Rule-Usage ::= < AVP Header: 131252, 5771 >
         [ Charging-Rule-Name ]
         [ Cisco-Request-Usage-Type ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "bytes | None", CHARGING_RULE_NAME, 0, 1, False),
        ("cisco_request_usage_type", "CiscoRequestUsageType | int | None", CISCO_REQUEST_USAGE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoRequestServiceGroupUsage": (CISCO_REQUEST_SERVICE_GROUP_USAGE, """Cisco-Request-Service-Group-Usage ::= < AVP Header: 131253, 5771 >
         [ Service-Group-Name ]
         [ Cisco-Request-Usage-Type ]
       * [ AVP ]
    """, (
        ("service_group_name", "bytes | None", SERVICE_GROUP_NAME, 0, 1, False),
        ("cisco_request_usage_type", "CiscoRequestUsageType | int | None", CISCO_REQUEST_USAGE_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoAnswerChargingRuleUsage": (CISCO_ANSWER_CHARGING_RULE_USAGE, """Cisco-Answer-Charging-Rule-Usage ::= < AVP Header: 131254, 5771 >
         [ Charging-Rule-Name ]
         [ Cisco-Request-Usage-Type ]
         [ Volume-Usage ]
         [ Cisco-Time-Usage ]
       * [ AVP ]
    """, (
        ("charging_rule_name", "bytes | None", CHARGING_RULE_NAME, 0, 1, False),
        ("cisco_request_usage_type", "CiscoRequestUsageType | int | None", CISCO_REQUEST_USAGE_TYPE, 0, 1, False),
        ("volume_usage", "int | None", VOLUME_USAGE, 0, 1, False),
        ("cisco_time_usage", "CiscoTimeUsage | None", CISCO_TIME_USAGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CiscoAnswerServiceGroupUsage": (CISCO_ANSWER_SERVICE_GROUP_USAGE, """Cisco-Answer-Service-Group-Usage ::= < AVP Header: 131255, 5771 >
         [ Service-Group-Name ]
         [ Cisco-Request-Usage-Type ]
         [ Volume-Usage ]
         [ Cisco-Time-Usage ]
       * [ AVP ]
    """, (
        ("service_group_name", "bytes | None", SERVICE_GROUP_NAME, 0, 1, False),
        ("cisco_request_usage_type", "CiscoRequestUsageType | int | None", CISCO_REQUEST_USAGE_TYPE, 0, 1, False),
        ("volume_usage", "int | None", VOLUME_USAGE, 0, 1, False),
        ("cisco_time_usage", "CiscoTimeUsage | None", CISCO_TIME_USAGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DelegatedIPInstall": (DELEGATED_IP_INSTALL, """Delegated-IP-Install ::= < AVP Header: 131259, 5771 >
       * [ Delegated-IPv4-Definition ]
       * [ Delegated-IPv6-Definition ]
       * [ AVP ]
    """, (
        ("delegated_ipv4_definition", "tuple[DelegatedIPv4Definition, ...]", DELEGATED_IPV4_DEFINITION, 0, None, False),
        ("delegated_ipv6_definition", "tuple[DelegatedIPv6Definition, ...]", DELEGATED_IPV6_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DelegatedIPv4Definition": (DELEGATED_IPV4_DEFINITION, """Delegated-IPv4-Definition ::= < AVP Header: 131260, 5771 >
         [ Framed-IP-Address ]
         [ Framed-IP-Netmask ]
         [ Aggr-Prefix-Len ]
       * [ AVP ]
    """, (
        ("framed_ip_address", "bytes | None", FRAMED_IP_ADDRESS, 0, 1, False),
        ("framed_ip_netmask", "bytes | None", FRAMED_IP_NETMASK, 0, 1, False),
        ("aggr_prefix_len", "int | None", AGGR_PREFIX_LEN, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DelegatedIPv6Definition": (DELEGATED_IPV6_DEFINITION, """Delegated-IPv6-Definition ::= < AVP Header: 131261, 5771 >
         [ Delegated-IPv6-Prefix ]
         [ Aggr-Prefix-Len ]
       * [ AVP ]
    """, (
        ("delegated_ipv6_prefix", "bytes | None", DELEGATED_IPV6_PREFIX, 0, 1, False),
        ("aggr_prefix_len", "int | None", AGGR_PREFIX_LEN, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceIdentifierRange": (SERVICE_IDENTIFIER_RANGE, """Service-Identifier-Range ::= < AVP Header: 131265, 5771 >
         [ Service-Identifier-Lo ]
         [ Service-Identifier-Hi ]
       * [ AVP ]
    """, (
        ("service_identifier_lo", "int | None", SERVICE_IDENTIFIER_LO, 0, 1, False),
        ("service_identifier_hi", "int | None", SERVICE_IDENTIFIER_HI, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSGroupRuleInstall": (QOS_GROUP_RULE_INSTALL, """QoS-Group-Rule-Install ::= < AVP Header: 132001, 9 >
       * [ QoS-Group-Rule-Definition ]
       * [ AVP ]
    """, (
        ("qos_group_rule_definition", "tuple[QoSGroupRuleDefinition, ...]", QOS_GROUP_RULE_DEFINITION, 0, None, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "QoSGroupRuleDefinition": (QOS_GROUP_RULE_DEFINITION, """QoS-Group-Rule-Definition ::= < AVP Header: 132003, 9 >
         [ QoS-Group-Rule-Name ]
         [ Flow-Status ]
         [ QoS-Information ]
         [ Redirect-Server ]
         [ Monitoring-Key ]
         [ Precedence ]
       * [ AVP ]
    """, (
        ("qos_group_rule_name", "bytes | None", QOS_GROUP_RULE_NAME, 0, 1, False),
        ("flow_status", "FlowStatus | int | None", FLOW_STATUS, 0, 1, False),
        ("qos_information", "QoSInformation | None", QOS_INFORMATION, 0, 1, False),
        ("redirect_server", "RedirectServer | None", REDIRECT_SERVER, 0, 1, False),
        ("monitoring_key", "bytes | None", MONITORING_KEY, 0, 1, False),
        ("precedence", "int | None", PRECEDENCE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBRLimitExceedActionUL": (MBR_LIMIT_EXCEED_ACTION_UL, """MBR-Limit-Exceed-Action-UL ::= < AVP Header: 132006, 9 >
         [ Rate-Limit-Action ]
         [ DSCP ]
       * [ AVP ]
    """, (
        ("rate_limit_action", "RateLimitAction | int | None", RATE_LIMIT_ACTION, 0, 1, False),
        ("dscp", "int | None", DSCP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MBRLimitExceedActionDL": (MBR_LIMIT_EXCEED_ACTION_DL, """MBR-Limit-Exceed-Action-DL ::= < AVP Header: 132008, 9 >
         [ Rate-Limit-Action ]
         [ DSCP ]
       * [ AVP ]
    """, (
        ("rate_limit_action", "RateLimitAction | int | None", RATE_LIMIT_ACTION, 0, 1, False),
        ("dscp", "int | None", DSCP, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideControl": (OVERRIDE_CONTROL, """Override-Control ::= < AVP Header: 132017, 9 >
         [ Override-Control-Name ]
       * [ Override-Rule-Name ]
         [ Override-Charging-Action-Parameters ]
       * [ AVP ]
    """, (
        ("override_control_name", "bytes | None", OVERRIDE_CONTROL_NAME, 0, 1, False),
        ("override_rule_name", "tuple[bytes, ...]", OVERRIDE_RULE_NAME, 0, None, False),
        ("override_charging_action_parameters", "OverrideChargingActionParameters | None", OVERRIDE_CHARGING_ACTION_PARAMETERS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideChargingActionParameters": (OVERRIDE_CHARGING_ACTION_PARAMETERS, """Override-Charging-Action-Parameters ::= < AVP Header: 132019, 9 >
         [ Execution-Time ]
         [ Override-Control-Pending-Queue-Action ]
         [ Override-Charging-Action-Name ]
         [ Override-Charging-Action-Exclude-Rule ]
         [ Override-Charging-Parameters ]
         [ Override-Policy-Parameters ]
       * [ AVP ]
    """, (
        ("execution_time", "bytes | None", EXECUTION_TIME, 0, 1, False),
        ("override_control_pending_queue_action", "OverrideControlPendingQueueAction | int | None", OVERRIDE_CONTROL_PENDING_QUEUE_ACTION, 0, 1, False),
        ("override_charging_action_name", "bytes | None", OVERRIDE_CHARGING_ACTION_NAME, 0, 1, False),
        ("override_charging_action_exclude_rule", "str | None", OVERRIDE_CHARGING_ACTION_EXCLUDE_RULE, 0, 1, False),
        ("override_charging_parameters", "OverrideChargingParameters | None", OVERRIDE_CHARGING_PARAMETERS, 0, 1, False),
        ("override_policy_parameters", "OverridePolicyParameters | None", OVERRIDE_POLICY_PARAMETERS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideChargingParameters": (OVERRIDE_CHARGING_PARAMETERS, """Override-Charging-Parameters ::= < AVP Header: 132022, 9 >
         [ Override-Service-Identifier ]
         [ Override-Rating-Group ]
         [ Override-Online ]
         [ Override-Offline ]
       * [ AVP ]
    """, (
        ("override_service_identifier", "int | None", OVERRIDE_SERVICE_IDENTIFIER, 0, 1, False),
        ("override_rating_group", "int | None", OVERRIDE_RATING_GROUP, 0, 1, False),
        ("override_online", "OverrideOnline | int | None", OVERRIDE_ONLINE, 0, 1, False),
        ("override_offline", "OverrideOffline | int | None", OVERRIDE_OFFLINE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverridePolicyParameters": (OVERRIDE_POLICY_PARAMETERS, """Override-Policy-Parameters ::= < AVP Header: 132029, 9 >
         [ Override-QoS-Information ]
         [ Override-Nexthop-Address ]
         [ Override-Tos-Value ]
         [ Override-Content-Filtering-State ]
       * [ AVP ]
    """, (
        ("override_qos_information", "OverrideQoSInformation | None", OVERRIDE_QOS_INFORMATION, 0, 1, False),
        ("override_nexthop_address", "AddressValue | None", OVERRIDE_NEXTHOP_ADDRESS, 0, 1, False),
        ("override_tos_value", "OverrideTosValue | None", OVERRIDE_TOS_VALUE, 0, 1, False),
        ("override_content_filtering_state", "OverrideContentFilteringState | int | None", OVERRIDE_CONTENT_FILTERING_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideQoSInformation": (OVERRIDE_QOS_INFORMATION, """Override-QoS-Information ::= < AVP Header: 132030, 9 >
         [ Override-Max-Requested-Bandwidth-UL ]
         [ Override-Max-Requested-Bandwidth-DL ]
         [ Override-Guaranteed-Bitrate-UL ]
         [ Override-Guaranteed-Bitrate-DL ]
         [ Override-Allocation-Retention-Priority ]
         [ Override-QoS-Class-Identifier ]
       * [ AVP ]
    """, (
        ("override_max_requested_bandwidth_ul", "int | None", OVERRIDE_MAX_REQUESTED_BANDWIDTH_UL, 0, 1, False),
        ("override_max_requested_bandwidth_dl", "int | None", OVERRIDE_MAX_REQUESTED_BANDWIDTH_DL, 0, 1, False),
        ("override_guaranteed_bitrate_ul", "int | None", OVERRIDE_GUARANTEED_BITRATE_UL, 0, 1, False),
        ("override_guaranteed_bitrate_dl", "int | None", OVERRIDE_GUARANTEED_BITRATE_DL, 0, 1, False),
        ("override_allocation_retention_priority", "OverrideAllocationRetentionPriority | None", OVERRIDE_ALLOCATION_RETENTION_PRIORITY, 0, 1, False),
        ("override_qos_class_identifier", "OverrideQoSClassIdentifier | int | None", OVERRIDE_QOS_CLASS_IDENTIFIER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideAllocationRetentionPriority": (OVERRIDE_ALLOCATION_RETENTION_PRIORITY, """Override-Allocation-Retention-Priority ::= < AVP Header: 132036, 9 >
         [ Override-Priority-Level ]
         [ Override-Pre-Emption-Capability ]
         [ Override-Pre-Emption-Vulnerability ]
       * [ AVP ]
    """, (
        ("override_priority_level", "int | None", OVERRIDE_PRIORITY_LEVEL, 0, 1, False),
        ("override_pre_emption_capability", "OverridePreEmptionCapability | int | None", OVERRIDE_PRE_EMPTION_CAPABILITY, 0, 1, False),
        ("override_pre_emption_vulnerability", "OverridePreEmptionVulnerability | int | None", OVERRIDE_PRE_EMPTION_VULNERABILITY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OverrideTosValue": (OVERRIDE_TOS_VALUE, """Override-Tos-Value ::= < AVP Header: 132046, 9 >
         [ Override-Tos-Direction ]
         [ Override-Tos-Value-Standard ]
         [ Override-Tos-Value-Custom ]
       * [ AVP ]
    """, (
        ("override_tos_direction", "OverrideTosDirection | int | None", OVERRIDE_TOS_DIRECTION, 0, 1, False),
        ("override_tos_value_standard", "OverrideTosValueStandard | int | None", OVERRIDE_TOS_VALUE_STANDARD, 0, 1, False),
        ("override_tos_value_custom", "int | None", OVERRIDE_TOS_VALUE_CUSTOM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
}

# Commands: class name: ((name, code, Application-Id, request, proxiable, error,
# Application-Id field, alias, answer class), CCF, fields)
_COMMANDS: Final[Commands] = {
}

# Names of other modules that its classes use or that it re-exports: name: module
_IMPORTED: Final[dict[str, str]] = {
    "AddressValue": "diameter.types",
    "Avp": "diameter.wire",
    "EventTrigger": "diameter.apps.tgpp",
    "FlowInformation": "diameter.apps.tgpp",
    "FlowStatus": "diameter.apps.tgpp",
    "IPFilterRule": "diameter.types",
    "Offline": "diameter.apps.tgpp",
    "Online": "diameter.apps.tgpp",
    "QoSInformation": "diameter.apps.tgpp",
    "RedirectServer": "diameter.apps.credit_control",
    "ReportingReason": "diameter.apps.tgpp",
    "TariffChangeUsage": "diameter.apps.credit_control",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
