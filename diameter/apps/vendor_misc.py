"""Dictionary 'vendor_misc': generated from schemas/vendor_misc.dia by `python -m diameter.dictc`.

Its AVPs are defined on import; its enums and classes are built on first use
(diameter._later), and declared for type checkers in the stub beside this file.
Do not edit: change the source and regenerate.
"""

from __future__ import annotations

from typing import Final

from diameter._later import Commands, Enums, Grouped, Values, install
from diameter.apps.base import (
    AUTH_APPLICATION_ID,
    EVENT_TIMESTAMP,
    ORIGIN_HOST,
    ORIGIN_REALM,
    SESSION_ID,
)
from diameter.apps.credit_control import (
    CC_INPUT_OCTETS,
    CC_MONEY,
    CC_OUTPUT_OCTETS,
    CC_REQUEST_NUMBER,
    CC_REQUEST_TYPE,
    CC_SERVICE_SPECIFIC_UNITS,
    CC_TIME,
    CC_TOTAL_OCTETS,
    CURRENCY_CODE,
    TARIFF_TIME_CHANGE,
    UNIT_VALUE,
)
from diameter.apps.tgpp import (
    CALLING_PARTY_ADDRESS,
    CHARGING_RULE_NAME,
    NUMBER_OF_PARTICIPANTS,
    TGPP_USER_LOCATION_INFO,
)
from diameter.schema import AVP, AvpDef, M
from diameter.types import (
    ADDRESS,
    DIAMETER_IDENTITY,
    ENUMERATED,
    FLOAT64,
    GROUPED,
    INTEGER32,
    INTEGER64,
    OCTET_STRING,
    TIME,
    UNSIGNED32,
    UNSIGNED64,
    UTF8STRING,
)

__all__ = [
    "PeerState",
    "PeerType",
    "AccServiceType",
    "SSOStatus",
    "PDPContextType",
    "ActiveTimeReporting",
    "TimeQuotaMethod",
    "UserRedirected",
    "URLModifier",
    "GPRSRoamingStatus",
    "SCAPSubscriptionIdType",
    "AbnormalTerminationReason",
    "SCAPServiceParameterType",
    "SCAPUnitType",
    "SCAPCheckBalanceResult",
    "SCAPRequestedAction",
    "AuthorizationState",
    "NextAuthorizationState",
    "OtherPartyIdNature",
    "OtherPartyIdType",
    "ServiceSetupResult",
    "ServiceSetupResultRequested",
    "CallingPartyAddressPresentationStatus",
    "CalledAssertedIdentityPresentationStatus",
    "AuthenticationMethod",
    "FromHeaderPresentationStatus",
    "TransactionType",
    "ServiceNumberType",
    "SCCServiceIdentity",
    "SDDTADSDecision",
    "ASType",
    "DSRApplicationInvoked",
    "DPAInstruction",
    "ChargeFlowType",
    "RechargeMethod",
    "ChargeConfirmFlag",
    "MeasureType",
    "FavCellIdFlag",
    "TotalCostFlag",
    "ServiceFreeIndicator",
    "FeeFlag",
    "FeeType",
    "StatusReportRequest",
    "SendResult",
    "OperationResult",
    "NotifyMode",
    "BearerProtocolType",
    "NeedCnfm",
    "Servicetype",
    "ChargeMode",
    "MStat",
    "CDRChargeMode",
    "CDRServiceType",
    "ProvisitionType",
    "ChargePartyType",
    "ActiveMethod",
    "LifecycleState",
    "ReleaseReason",
    "RechargeCardType",
    "SMSLanguageType",
    "SubscriberType",
    "ATMRechargeSourceType",
    "MsgSendResult",
    "AccessNetworkType",
    "CallType",
    "SDPMediaIdentifier",
    "DiversionReason",
    "CallingPartyAddressNature",
    "CalledPartyAddressNature",
    "CalledPartyBCDNumberNature",
    "OriginalCalledPartyIdNature",
    "CallingLocationNumberNature",
    "CalledLocationNumberNature",
    "PPSNotifyMode",
    "POSNotifyMode",
    "IUserType",
    "ChangeType",
    "AccountClass",
    "ABMOperationType",
    "AccessModule",
    "RecipientType",
    "PaymentType",
    "BalanceCategory",
    "RelatedObjectType",
    "ContextType",
    "RadioAccessTechnology",
    "VodafoneReportingReason",
    "VodafoneTriggerType",
    "SelfActivationStatus",
    "OnlineResponseRequired",
    "DisconnectDirection",
    "CSAnnouncementDataType",
    "CSEventTypeBCSM",
    "CSFirstCallIndication",
    "CSAnnouncementLogic",
    "CSAnnouncementType",
    "CSDialogueHandling",
    "UserAgentType",
    "InovarAppCode",
    "InovarServiceCode",
    "InovarPSRegistrationStatus",
    "InovarServiceResult",
    "PEER_STATE",
    "PEER_NAME",
    "PEER_IDENTITY",
    "PEER_STATE_CHANGE",
    "MORE_PEERS",
    "PEER_TYPE",
    "PING_TIMESTAMP_SECS",
    "PING_TIMESTAMP_USECS",
    "PING_TIMESTAMP",
    "NOKIA_IMS_MEDIA_COMPONENT_ID",
    "NOKIA_TIME_OF_FIRST_USAGE",
    "NOKIA_TIME_OF_LAST_USAGE",
    "NOKIA_SESSION_START_INDICATOR",
    "NOKIA_RULEBASE_ID",
    "NOKIA_QUOTA_CONSUMPTION_TIME",
    "NOKIA_QUOTA_HOLDING_TIME",
    "DEFAULT_QUOTA",
    "NOKIA_URI",
    "NSN_TOKEN_VALUE",
    "ACC_SERVICE_TYPE",
    "SSO_STATUS",
    "IMS_SERVICE_IDENTIFICATION",
    "ERICSSON_SERVICE_INFORMATION",
    "ACTIVITY_INFORMATION",
    "FEATURE_TAG",
    "RULE_SPACE_SUGGESTION",
    "RULE_SPACE_DECISION",
    "BEARER_CONTROL_OPTIONS",
    "PDP_CONTEXT_TYPE",
    "ACTIVE_TIME_REPORTING",
    "ACTIVE_TIME_REPORT",
    "ACTIVE_TIME_REPORT_START_TIME",
    "ACTIVE_TIME_REPORT_END_TIME",
    "TIME_QUOTA_MEASUREMENT",
    "TIME_QUOTA_METHOD",
    "TIME_QUOTA_RESOLUTION",
    "TIME_QUOTA_INACTIVITY_TIME",
    "USER_REDIRECTED",
    "URL_MODIFIER",
    "GPRS_ROAMING_STATUS",
    "ERICSSON_WILDCARDED_PUBLIC_IDENTITY",
    "SIP_RINGING_TIMESTAMP",
    "SCAP_CURRENCY_CODE",
    "SCAP_SUBSCRIPTION_ID",
    "SCAP_SUBSCRIPTION_ID_DATA",
    "SCAP_SUBSCRIPTION_ID_TYPE",
    "ORIGINAL_SUBSCRIPTION_ID",
    "ABNORMAL_TERMINATION_REASON",
    "SCAP_FINAL_UNIT_INDICATION",
    "SCAP_GRANTED_SERVICE_UNIT",
    "COST",
    "SCAP_COST_INFORMATION",
    "ACCOUNTING_CORRELATION_ID",
    "SCAP_REQUESTED_SERVICE_UNIT",
    "SCAP_SERVICE_PARAMETER_INFO",
    "SCAP_SERVICE_PARAMETER_TYPE",
    "SCAP_SERVICE_PARAMETER_VALUE",
    "SCAP_EVENT_TIMESTAMP",
    "SCAP_UNIT_TYPE",
    "SCAP_UNIT_VALUE",
    "SCAP_USED_SERVICE_UNIT",
    "SCAP_CHECK_BALANCE_RESULT",
    "SCAP_REQUESTED_ACTION",
    "SCAP_EXPONENT",
    "SCAP_VALUE_DIGITS",
    "REQUESTED_SERVICE",
    "CHARGING_RULE_AUTHORIZATION",
    "AUTHORIZATION_STATE",
    "AUTHORIZATION_STATE_CHANGE_TIME",
    "NEXT_AUTHORIZATION_STATE",
    "GX_CAPABILITY_LIST",
    "MMT_INFORMATION",
    "ACCESS_INFORMATION",
    "CDR_INFORMATION",
    "CHARGING_CONTEXT_ID",
    "CHARGING_STATE_INFORMATION",
    "RESULT_CODE_EXTENSION",
    "SERVICE_SESSION_ID",
    "ACCOUNT_LOCATION",
    "SUBSCRIPTION_ID_LOCATION",
    "OTHER_PARTY_ID",
    "OTHER_PARTY_ID_NATURE",
    "OTHER_PARTY_ID_DATA",
    "OTHER_PARTY_ID_TYPE",
    "SERVICE_PROVIDER_ID",
    "TRAFFIC_CASE",
    "CIP_IP_VERSION",
    "RELATED_ICID",
    "SUPPLEMENTARY_SERVICE_INFORMATION",
    "SUPPLEMENTARY_SERVICE_IDENTITY",
    "SUPPLEMENTARY_SERVICE_ACTION",
    "REDIRECTING_PARTY_ADDRESS",
    "SERVICE_SETUP_RESULT",
    "SERVICE_SETUP_RESULT_REQUESTED",
    "CALLING_PARTY_ADDRESS_PRESENTATION_STATUS",
    "CALLED_ASSERTED_IDENTITY_PRESENTATION_STATUS",
    "CREDIT_INSTANCE_ID",
    "SERVICE_START_TIMESTAMP",
    "CUMULATIVE_USED_SERVICE_UNIT",
    "ERICSSON_CUSTOMER_ID",
    "FROM_HEADER",
    "SUBSCRIBER_INFORMATION",
    "SECONDARY_DIGEST_HA1",
    "SIP_RINGING_TIMESTAMP_FRACTION",
    "AUTHENTICATION_METHOD",
    "FROM_HEADER_PRESENTATION_STATUS",
    "TRANSACTION_INFO",
    "TRANSACTION_TYPE",
    "TRANSACTION_DATA_NAME",
    "TRANSACTION_DATA_VALUE",
    "CHARGING_PROFILE_ID",
    "SERVICE_NUMBER_TYPE",
    "SCC_SERVICE_IDENTITY",
    "SDD_TADS_DECISION",
    "SERVED_USER",
    "TENANT",
    "UHTZ_OFFSET",
    "AS_TYPE",
    "TRANSACTION_SIP_MESSAGE",
    "MS_CHAP_RESPONSE",
    "MS_CHAP_ERROR",
    "MS_CHAP_NT_ENC_PW",
    "MS_CHAP_DOMAIN",
    "MS_CHAP_CHALLENGE",
    "MS_CHAP2_RESPONSE",
    "MS_CHAP2_SUCCESS",
    "MS_CHAP2_CPW",
    "DSR_APPLICATIONINVOKED",
    "PDRA_EARLY_BINDING",
    "SESSION_RELEASE_REASON",
    "MSGCOPYANSWER",
    "DETAILED_RESULT",
    "DETAILED_RESULT_CAUSE",
    "DETAILED_RESULT_CODE",
    "DPA_INSTRUCTION",
    "CHARGING_POLICY_REPORT",
    "POLICY_COUNTER",
    "POLICY_COUNTER_ID",
    "POLICY_COUNTER_VALUE",
    "SUBSCRIBER_USER_ID",
    "CC_CREDIT",
    "IN_INFORMATION",
    "CALLING_PARTYS_CATEGORY",
    "CALLING_VLR_NUMBER",
    "CALLING_CELLID_OR_SAI",
    "CALLING_LAI",
    "CALLED_VLR_NUMBER",
    "CALLED_CELLID_OR_SAI",
    "CALLED_LAI",
    "CALLED_IMEI",
    "CALLING_IMEI",
    "ORIGINAL_CALLED_PARTY_ID",
    "ADDITIONAL_CALLING_PARTY_NUMBER",
    "BEARER_CAPABILITY",
    "REDIRECTING_PARTY_ID",
    "UE_IMSI",
    "CALL_REFERENCE_NUMBER",
    "MSC_ADDRESS",
    "TIME_ZONE",
    "CHARGE_NUMBER",
    "REAL_CALLED_NUMBER",
    "MONEY_VALUE",
    "CALLING_PARTY_ADDRESS_20336",
    "CALLED_PARTY_ADDRESS",
    "CALLED_SHORT_NUMBER",
    "CHARGE_FLOW_TYPE",
    "ACCESS_METHOD",
    "RECHARGE_INFORMATION",
    "CARD_NUMBER",
    "RECHARGE_METHOD",
    "CHARGE_MONEY",
    "ACCOUNT_QUERY_METHOD",
    "CHARGE_CONFIRM_FLAG",
    "ACCOUNT_CHANGE_INFO",
    "CURRENT_ACCOUNT_BALANCE",
    "ACCOUNT_BALANCE_CHANGE",
    "ACCOUNT_DATE_CHANGE",
    "MEASURE_TYPE",
    "ROUTE_PREFIX",
    "SUBSCRIBER_PAY_TYPE",
    "ACCOUNT_INFO",
    "ACCOUNT_ID",
    "ACCOUNT_DATE",
    "FAV_CELL_ID_FLAG",
    "USER_PASSWD",
    "REDIRECTION_REASON",
    "CARD_BATCH",
    "CARD_TYPE",
    "ACTIVE_DAY",
    "ADDITIONAL_INFO",
    "ACCOUNT_TYPE",
    "CONNECT_CALLED_NUMBER",
    "TOTAL_COST_FLAG",
    "CARD_MONEY",
    "CALLING_PARTY_NP",
    "CALLED_PARTY_NP",
    "SSP_TIME",
    "CALL_FORWARD_INDICATOR",
    "SERVICE_FREE_INDICATOR",
    "CARD_SP_ID",
    "FRAUD_TIMES",
    "SERIAL_NO",
    "COST_TYPE",
    "NOTICE_INFORMATION",
    "MESSAGE_COUNT",
    "MESSAGE_CONTENT_1",
    "MESSAGE_CONTENT_2",
    "MESSAGE_CONTENT_3",
    "MESSAGE_CONTENT_4",
    "P2PSMS_INFORMATION",
    "SMSC_ADDRESS",
    "SM_ID",
    "SM_LENGTH",
    "MO_MSC_ADDR",
    "MT_MSC_ADDR",
    "SOURCE_ADDR",
    "DEST_ADDR",
    "FEE_ADDR",
    "FEE_FLAG",
    "FEE_TYPE",
    "FEE_MSG_NUM",
    "FEE_SINGLE",
    "FEE_FIXED",
    "MESSAGE_PID",
    "STATUS_REPORT_REQUEST",
    "ORIGINAL_GROUP",
    "SEND_RESULT",
    "CALLING_SERVICE",
    "CALLED_SERVICE",
    "ORIGINAL_MESSAGE_ID",
    "OPERATION_RESULT",
    "NOTIFY_MODE",
    "ORIG_IMSI",
    "DEST_IMSI",
    "DCS",
    "ALERT_LEVEL",
    "TRANSACTION_ID",
    "SP_ID",
    "SERVICE_ID",
    "SERVICE_TYPE",
    "CONTENT_ID",
    "CLIENT_IP",
    "BEARER_TYPE",
    "START_TIME",
    "STOP_TIME",
    "BEARER_PROTOCOL_TYPE",
    "CHARGING_ID",
    "CDR_QOS",
    "SERVICE_LEVEL",
    "RECIPIENT_AMOUNT",
    "RTBP_INFORMATION",
    "SP_ID_20601",
    "SERVICE_ID_20602",
    "NEED_CNFM",
    "SERVICETYPE",
    "CHARGE_MODE",
    "SRC",
    "DST",
    "M_STAT",
    "CDR_PRODUCT_ID",
    "CDR_CHARGE_MODE",
    "CDR_TIMES",
    "CDR_DURATION",
    "CDR_VOLUME",
    "CDR_TYPE",
    "CDR_SERVICE_TYPE",
    "CDR_BEGIN_TIME",
    "CDR_END_TIME",
    "CDR_PKGSP_ID",
    "CDR_PKG_SERVICE_ID",
    "CDR_PKG_PRODUCT_ID",
    "CDR_SP_NAME",
    "CDR_SERVICE_NAME",
    "CATEGORY_ID",
    "CONTENT_ID_20640",
    "BEAR_SERVICE",
    "TRANSACTIONID",
    "ADDITIONAL_INFO_20665",
    "ORIGINAL_REDIRECTING_PARTY_ID",
    "SGSN_IP",
    "PROVISITION_ID",
    "PROVISITION_TYPE",
    "MESSAGE_CONTENT_5",
    "MESSAGE_CONTENT_6",
    "TOTAL_GIFT_AMOUNT",
    "SPECIFIC_OUTPUT",
    "TRADE_TIME",
    "SMS_TYPE",
    "CHARGE_PARTY_TYPE",
    "RECEIVE_MESSAGE_ADDR",
    "ACTIVE_PERIOD",
    "GRACE_PERIOD",
    "DISABLE_PERIOD",
    "ACTIVE_METHOD",
    "OPERATOR_ID",
    "ETOPUP_SESSION_ID",
    "QUERY_START_TIME",
    "QUERY_END_TIME",
    "ERROR_TYPE",
    "NEW_ACTIVE_STOP",
    "OLD_ACTIVE_STOP",
    "OLD_USER_STATE",
    "NEW_USER_STATE",
    "FUNCTION_FLAG",
    "LIFECYCLE_STATE",
    "RELEASE_REASON",
    "UNIFORM_SERIAL_NO",
    "RECHARGE_CARD_TYPE",
    "DEALER_CODE",
    "ORIGINAL_PARTY_NUMBER",
    "BANK_CHANNEL_DISTRIBUTION_CODE",
    "MAIN_PRODUCT_KEY",
    "SMS_LANGUAGE_TYPE",
    "TRANSACTION_ID_20796",
    "SUBSCRIBER_TYPE",
    "CLEARING_HOUSE_ID",
    "ATM_RECHARGE_SOURCE_TYPE",
    "MSG_SEQ",
    "MSG_SEND_RESULT",
    "ACCESS_NETWORK_TYPE",
    "SERVICE_KEY",
    "CALL_TYPE",
    "RCHG_EXT_ACT_KEY",
    "SDP_MEDIA_IDENTIFIER",
    "DIVERSION_REASON",
    "DIVERSION_COUNT",
    "CUM_INFO",
    "CUM_ID",
    "CUM_MONEY",
    "CUM_UNIT_VALUE",
    "CUM_VALUE_DIGITS",
    "ACTIVE_CURRENCY_CODE",
    "SUSPEND_REASON",
    "AMOUNT_BEFORE_RECHARGE",
    "FAV_AREA_FLAG",
    "SERVICE_PARAMETER_INFO",
    "SERVICE_PARAMETER_TYPE",
    "SERVICE_PARAMETER_VALUE",
    "SSPNO",
    "ANNOUNCEMENT_DATA",
    "VPN_NOTIFY_FLAG",
    "VPN_CALL_AUTH_FLAG",
    "BANK_CODE",
    "ACTIVE_FLAG",
    "TENANT_ID",
    "ADJUST_ROAMING_TYPE",
    "HANDLEOVER_TOOLBOX_FLAG",
    "FIX_RENT_FEE",
    "NEXT_BILL_DATETIME",
    "IDD_ORIGINATE_NUMBER",
    "CARD_CUR_DISTRIBUTOR_ID",
    "ADDRESS_OF_RESTRICTED_INDICATOR",
    "CALLING_PARTY_ADDRESS_NATURE",
    "CALLED_PARTY_ADDRESS_NATURE",
    "CALLED_PARTY_BCDNUMBER",
    "CALLED_PARTY_BCDNUMBER_NATURE",
    "ORIGINAL_CALLED_PARTY_ID_NATURE",
    "REDIRECTING_PARTY_ID_NATURE",
    "REROUTE_CALLED_NUMBER",
    "CALLING_MSC_ADDRESS",
    "CALLING_LOCATION_NUMBER",
    "CALLING_LOCATION_NUMBER_NATURE",
    "CALLED_MSC_ADDRESS",
    "CALLED_LOCATION_NUMBER",
    "CALLED_LOCATION_NUMBER_NATURE",
    "CREDIT_USE_NOTIFICATION",
    "PPS_ACCOUNT_NOTIFY",
    "PPS_NOTIFY_MODE",
    "PPS_USED_CREDIT",
    "PPS_MAX_CREDIT",
    "VALIDITY_DATE2",
    "POS_ACCOUNT_NOTIFY",
    "POS_NOTIFY_MODE",
    "POS_USED_CREDIT",
    "POS_MAX_CREDIT",
    "NEXT_BILL_DATE",
    "AUTH_REROUTE_NUMBER",
    "I_SUB_COSID",
    "I_USER_TYPE",
    "I_TENANT_ID",
    "I_LANGUAGE_TYPE",
    "I_SMS_LANGUAGE_TYPE",
    "USER_BASIC_INFO",
    "I_BRAND_ID",
    "COMMUNITY_INFORMATION",
    "S_CALLER_GROUP_NUMBER",
    "S_CALLER_TOP_GROUP_NUMBER",
    "S_CALLED_LONG_NUMBER",
    "S_CALLER_SHORT_NUMBER",
    "S_CALLER_NUMBER_TYPE",
    "S_CALLER_VPN_PHONE_FLAGS",
    "S_CALLER_PBX_DISPLAY_NUMBER",
    "S_CALLER_HUNTING_MAIN_NUMBER",
    "S_CALLED_GROUP_NUMBER",
    "S_CALLED_TOP_GROUP_NUMBER",
    "S_CALLED_NUMBER_TYPE",
    "S_CALLED_VPN_PHONE_FLAGS",
    "S_CALLED_PBX_DISPLAY_NUMBER",
    "S_CALLED_HUNTING_MAIN_NUMBER",
    "PARENT_LIMIT_VALUE",
    "EX_TRANS_TYPE",
    "EVENT_TYPE",
    "MERCHANT_ID",
    "CARD_BRAND_ID",
    "CHANNEL_ID",
    "NEW_SSP_TIME",
    "NEW_CARD_MONEY",
    "NEW_MONEY",
    "PERSONAL_PAY_NOTIFY_MODE",
    "PERSONAL_PAY_COST_VALUE",
    "KEEP_VOICE_FLAG",
    "SAME_CUG_NOT_FREE_NOTIFY_FLAG",
    "U_BILLED_FEE",
    "SHARE_CALL_PERCENT",
    "I_SAAS_TENANT_ID",
    "I_FIRST_CALL_FLAG",
    "CHARGE_NUMBER_NATURE",
    "PREMIUM_SMS_FLAG",
    "EX_PARAMETER_1",
    "EX_PARAMETER_2",
    "EX_PARAMETER_3",
    "EX_PARAMETER_4",
    "EX_PARAMETER_5",
    "EX_PARAMETER_6",
    "EX_PARAMETER_7",
    "EX_PARAMETER_8",
    "EX_PARAMETER_9",
    "EX_PARAMETER_10",
    "CURRENT_ACCOUNT_BALANCE_30322",
    "TRANSACTION_OPERATION_STATUS",
    "SUM_BALANCE_INFO",
    "CHANGE_TYPE",
    "BALANCE_TYPE",
    "OPERATION_DESCRIPTION",
    "ACCOUNT_CLASS",
    "APPLY_TIME",
    "EXPIRE_TIME",
    "SERVICE_TRANSACTION_ID",
    "ABM_OPERATION_TYPE",
    "CUMULATE_TYPE",
    "CYCLE_START_TIME",
    "CYCLE_END_TIME",
    "ORIGINAL_CREDIT",
    "CREDIT_TYPE",
    "UNIT_TYPE",
    "ACCOUNT_CODE",
    "ACCOUNT_BALANCE_CHANGE_30348",
    "ACCESS_MODULE",
    "SERVICE_SEQ_NO",
    "ACCESS_FRONT_END_ID",
    "PURPOSE_ID",
    "CONSUMER_ACCOUNT_ID",
    "SERVICE_TIME_OUT",
    "CALL_BEGIN_TIME",
    "INAPCS1_TARIFF_CLASS",
    "MEMBER_SCREEN_CLASS",
    "SCREEN_ZONE_ID",
    "AUTH_INFORMATION",
    "AUTH_RESULT_CODE",
    "AUTH_USER_STATE",
    "AUTH_ACTION",
    "AUTH_VOICE_ID",
    "AUTH_MESSAGE_ID",
    "AUTH_SUB_SERVICE_KEY",
    "RN_PREFIX",
    "RECIPIENT_TYPE",
    "IVR_LANG",
    "SMS_LANG",
    "PAY_TYPE",
    "STATE",
    "BRAND",
    "MAIN_PRODUCT_ID",
    "ACTIVATION_DATE",
    "PPS_BALANCE",
    "POS_BALANCE",
    "MANAGEMENT_STATE",
    "AUTH_SUB_BRAND_TYPE",
    "V_MCC_MNC_ADDR",
    "BALANCE_INFO",
    "PAYMENT_TYPE",
    "BALANCE_CATEGORY",
    "BALANCE_ID",
    "BALANCE_TYPE_60005",
    "CURRENT_BALANCE",
    "BALANCE_DATE",
    "RELATED_OBJECT_TYPE",
    "RELATED_OBJECT_ID",
    "UNPAID_FEE",
    "TDF_APPLICATION_INSTANCE_IDENTIFIER_BASE",
    "SERVICE_CHAINING_INFORMATION",
    "LRF_PROFILE_NAME",
    "HCM_PROFILE_NAME",
    "FORWARDING_CLASS_NAME",
    "REDIRECT_VRF",
    "REQUESTED_BURSTSIZE_UL",
    "REQUESTED_BURSTSIZE_DL",
    "STEERING_INFORMATION",
    "STEERING_UPLINK_VRF",
    "STEERING_DOWNLINK_VRF",
    "STEERING_IP_ADDRESS",
    "SIEMENS_IMSI",
    "SIEMENS_MSIDN",
    "SIEMENS_SERVER_NAME",
    "CONTEXT_TYPE",
    "VODAFONE_QUOTA_CONSUMPTION_TIME",
    "VODAFONE_QUOTA_HOLDING_TIME",
    "VODAFONE_TIME_QUOTA_THRESHOLD",
    "RADIO_ACCESS_TECHNOLOGY",
    "VODAFONE_REPORTING_REASON",
    "VODAFONE_RULEBASE_ID",
    "VODAFONE_TIME_OF_FIRST_USAGE",
    "VODAFONE_TIME_OF_LAST_USAGE",
    "VODAFONE_TRIGGER",
    "VODAFONE_TRIGGER_TYPE",
    "USER_LOCATION_INFORMATION",
    "VODAFONE_VOLUME_QUOTA_THRESHOLD",
    "IDLE_TO_CONNECTED_TRANSITION_COUNT",
    "CONNECTED_DURATION",
    "CHARGING_GATEWAY_FUNCTION_HOST",
    "CHARGING_GROUP_ID",
    "LI_INDICATOR_GX",
    "RANDOM_VECTOR",
    "INTERCEPTION_ACTION",
    "LI_CORRELATION_ID",
    "LI_TARGETMFADDRESS",
    "LI_TARGETID",
    "MF_ADDRESS",
    "MF_PORT",
    "SELF_ACTIVATION_STATUS",
    "VIRTUAL_APN_NAME",
    "ORIGINATION_TIMESTAMP",
    "MAX_WAIT_TIME",
    "ONLINE_RESPONSE_REQUIRED",
    "METASWITCH_INFORMATION",
    "ADJACENCY_NAME",
    "INCOMING_ADJACENCY_NAME",
    "OUTGOING_ADJACENCY_NAME",
    "ACCOUNT_NAME",
    "INCOMING_ACCOUNT_NAME",
    "OUTGOING_ACCOUNT_NAME",
    "SIP_DIVERSION",
    "INPUT_OUTPUT_OCTETS",
    "INGRESS_INPUT_OCTETS",
    "INGRESS_OUTPUT_OCTETS",
    "EGRESS_INPUT_OCTETS",
    "EGRESS_OUTPUT_OCTETS",
    "DISCONNECT_DIRECTION",
    "MEDIA_DESCRIPTION",
    "CS_ADDITIONAL_CALLING_PARTY_NUMBER",
    "CS_ANNOUNCEMENT",
    "CS_ANNOUNCEMENT_CODE",
    "CS_ANNOUNCEMENT_DATA",
    "CS_ANNOUNCEMENT_DATA_TYPE",
    "CS_ANNOUNCEMENT_DATA_VALUE",
    "CS_BEARER_CAPABILITY",
    "CS_CALL_REFERENCE_NUMBER",
    "CS_CALLED_PARTY_NUMBER",
    "CS_CALLING_PARTYS_CATEGORY",
    "CS_CALLING_PARTY_NUMBER",
    "CS_EVENT_TYPE_BCSM",
    "CS_FIRST_CALL_INDICATION",
    "CS_FREE_FORMAT_DATA",
    "CS_FURNISH_CHARGING_INFORMATION",
    "CS_HIGH_LAYER_COMPATIBILITY",
    "CS_INFORMATION",
    "CS_LOCATION_INFORMATION",
    "CS_MSC_ADDRESS",
    "CS_ORIGINAL_CALLED_PARTY_ID",
    "CS_ORIGINATING_LOCATION_NUMBER",
    "CS_PARTY_TO_CHARGE",
    "CS_REDIRECTING_PARTY_NUMBER",
    "CS_REDIRECTION_INFORMATION",
    "CS_RELEASE_CAUSE_CODE",
    "CS_REROUTING_NUMBER",
    "CS_SERVICE_KEY",
    "CS_TERMINATING_VLR_NUMBER",
    "CS_WARNING_PERIOD",
    "CS_ACCUMULATED_TIME",
    "CS_ANNOUNCEMENT_LOGIC",
    "CS_ANNOUNCEMENT_TYPE",
    "CS_BALANCE_TOPUP_DATA",
    "CS_CALL_SETUP_RESULT_CODE",
    "CS_CUSTOMER_DATA",
    "CS_DIALOGUE_HANDLING",
    "CS_ISUP_RELEASE_CAUSE_CODE",
    "CS_MAX_CALL_DURATION",
    "CS_RESULT_CODE",
    "CS_START_OF_CHARGING",
    "CS_TELESERVICE_CODE",
    "CS_TRAFFIC_CASE",
    "CS_AOC_INFO",
    "CS_AOC_INFO_E1",
    "CS_AOC_INFO_E2",
    "CS_AOC_INFO_E3",
    "CS_AOC_INFO_E4",
    "CS_AOC_INFO_E5",
    "CS_AOC_INFO_E6",
    "CS_AOC_INFO_E7",
    "CS_CALLED_PARTY_BCD_NUMBER",
    "CS_CONFERENCE_ID",
    "CS_MULTIPARTY_CALL_INDICATION",
    "CS_NETWORK_TYPE",
    "CS_SERVICE_ID",
    "OCS_ACCOUNT_MANAGEMENT_OP",
    "NSN_IN_INFORMATION",
    "NSN_ACCOUNT_LOCATION_ID",
    "USER_AGENT_TYPE",
    "ACCOUNT_STATE",
    "SUBSCRIBER_SPECIFIC_INFO",
    "OFFER_NAME",
    "VERSION",
    "ACTIVE_PRODUCT_OFFER",
    "EXPIRY_DATE",
    "BILLING_ACCOUNT",
    "BILLING_ACCOUNT_NUMBER",
    "ACCOUNT_TYPE_60559",
    "ACCOUNT_SUBTYPE",
    "INOVAR_FORWARD_TO_PARTY",
    "INOVAR_APP_CODE",
    "INOVAR_SERVICE_CODE",
    "INOVAR_SERVICE_ID",
    "INOVAR_UNSUCCESSFUL_CALL_REASON",
    "INOVAR_SIP_RESPONSE_CODE",
    "INOVAR_ISUP_CAUSE",
    "INOVAR_SUPPLEMENTARY_SERVICE_ID",
    "INOVAR_PS_REGISTRATION_STATUS",
    "INOVAR_SERVICE_RESULT",
    "INOVAR_CALLING_PARTY_INFO",
    "PeerStateChange",
    "MorePeers",
    "PingTimestamp",
    "DefaultQuota",
    "ActiveTimeReport",
    "TimeQuotaMeasurement",
    "SCAPSubscriptionId",
    "OriginalSubscriptionId",
    "SCAPGrantedServiceUnit",
    "SCAPCostInformation",
    "SCAPRequestedServiceUnit",
    "SCAPServiceParameterInfo",
    "SCAPUnitValue",
    "SCAPUsedServiceUnit",
    "ChargingRuleAuthorization",
    "AccessInformation",
    "OtherPartyId",
    "CumulativeUsedServiceUnit",
    "SubscriberInformation",
    "MsgCopyAnswer",
    "DetailedResult",
    "ChargingPolicyReport",
    "PolicyCounter",
    "CCCredit",
    "INInformation",
    "RechargeInformation",
    "ChargeMoney",
    "AccountChangeInfo",
    "AccountInfo",
    "NoticeInformation",
    "P2PSMSInformation",
    "RTBPInformation",
    "CumInfo",
    "CumMoney",
    "CumUnitValue",
    "ServiceParameterInfo",
    "AnnouncementData",
    "CreditUseNotification",
    "PPSAccountNotify",
    "POSAccountNotify",
    "UserBasicInfo",
    "CommunityInformation",
    "SumBalanceInfo",
    "AuthInformation",
    "BalanceInfo",
    "SteeringInformation",
    "VodafoneTrigger",
    "LIIndicatorGx",
    "LITargetMFAddress",
    "MetaswitchInformation",
    "AdjacencyName",
    "AccountName",
    "InputOutputOctets",
    "CSAnnouncement",
    "CSAnnouncementData",
    "CSFurnishChargingInformation",
    "CSInformation",
    "CSLocationInformation",
    "CSAoCInfo",
    "CSMultiPartyCallIndication",
    "NSNINInformation",
    "SubscriberSpecificInfo",
    "ActiveProductOffer",
    "BillingAccount",
    "InovarServiceID",
    "InovarUnsuccessfulCallReason",
    "InovarCallingPartyInfo",
]

# AVPs: name, code, data format, flags that MUST be set, vendor
PEER_STATE: Final = AvpDef("Peer-State", 200, ENUMERATED, M, vendor=11)
PEER_NAME: Final = AvpDef("Peer-Name", 201, DIAMETER_IDENTITY, M, vendor=11)
PEER_IDENTITY: Final = AvpDef("Peer-Identity", 202, DIAMETER_IDENTITY, M, vendor=11)
PEER_STATE_CHANGE: Final = AvpDef("Peer-State-Change", 203, GROUPED, M, vendor=11)
MORE_PEERS: Final = AvpDef("More-Peers", 204, GROUPED, M, vendor=11)
PEER_TYPE: Final = AvpDef("Peer-Type", 205, ENUMERATED, M, vendor=11)
PING_TIMESTAMP_SECS: Final = AvpDef("Ping-Timestamp-Secs", 1, UNSIGNED32, 0, vendor=42)
PING_TIMESTAMP_USECS: Final = AvpDef("Ping-Timestamp-Usecs", 2, UNSIGNED32, 0, vendor=42)
PING_TIMESTAMP: Final = AvpDef("Ping-Timestamp", 3, GROUPED, 0, vendor=42)
NOKIA_IMS_MEDIA_COMPONENT_ID: Final = AvpDef("Nokia-IMS-Media-Component-Id", 5101, UNSIGNED32, 0, vendor=94)
NOKIA_TIME_OF_FIRST_USAGE: Final = AvpDef("Nokia-Time-Of-First-Usage", 5103, TIME, 0, vendor=94)
NOKIA_TIME_OF_LAST_USAGE: Final = AvpDef("Nokia-Time-Of-Last-Usage", 5104, TIME, 0, vendor=94)
NOKIA_SESSION_START_INDICATOR: Final = AvpDef("Nokia-Session-Start-Indicator", 5105, OCTET_STRING, 0, vendor=94)
NOKIA_RULEBASE_ID: Final = AvpDef("Nokia-Rulebase-Id", 5106, UTF8STRING, 0, vendor=94)
NOKIA_QUOTA_CONSUMPTION_TIME: Final = AvpDef("Nokia-Quota-Consumption-Time", 5109, UNSIGNED32, 0, vendor=94)
NOKIA_QUOTA_HOLDING_TIME: Final = AvpDef("Nokia-Quota-Holding-Time", 5110, UNSIGNED32, 0, vendor=94)
DEFAULT_QUOTA: Final = AvpDef("Default-Quota", 5111, GROUPED, 0, vendor=94)
NOKIA_URI: Final = AvpDef("Nokia-URI", 5112, UTF8STRING, 0, vendor=94)
NSN_TOKEN_VALUE: Final = AvpDef("NSN-Token-Value", 5113, OCTET_STRING, 0, vendor=94)
ACC_SERVICE_TYPE: Final = AvpDef("Acc-Service-Type", 261, ENUMERATED, M, vendor=193)
SSO_STATUS: Final = AvpDef("SSO-Status", 280, ENUMERATED, M, vendor=193)
IMS_SERVICE_IDENTIFICATION: Final = AvpDef("IMS-Service-Identification", 284, UTF8STRING, M, vendor=193)
ERICSSON_SERVICE_INFORMATION: Final = AvpDef("Ericsson_Service_Information", 285, OCTET_STRING, M, vendor=193)
ACTIVITY_INFORMATION: Final = AvpDef("Activity-Information", 288, OCTET_STRING, M, vendor=193)
FEATURE_TAG: Final = AvpDef("Feature-Tag", 289, UTF8STRING, M, vendor=193)
RULE_SPACE_SUGGESTION: Final = AvpDef("Rule-Space-Suggestion", 290, UTF8STRING, M, vendor=193)
RULE_SPACE_DECISION: Final = AvpDef("Rule-Space-Decision", 291, UTF8STRING, M, vendor=193)
BEARER_CONTROL_OPTIONS: Final = AvpDef("Bearer-Control-Options", 292, UNSIGNED32, M, vendor=193)
PDP_CONTEXT_TYPE: Final = AvpDef("PDP-context-type", 321, ENUMERATED, M, vendor=193)
ACTIVE_TIME_REPORTING: Final = AvpDef("Active-Time-Reporting", 322, ENUMERATED, M, vendor=193)
ACTIVE_TIME_REPORT: Final = AvpDef("Active-Time-Report", 323, GROUPED, M, vendor=193)
ACTIVE_TIME_REPORT_START_TIME: Final = AvpDef("Active-Time-Report-Start-Time", 324, TIME, M, vendor=193)
ACTIVE_TIME_REPORT_END_TIME: Final = AvpDef("Active-Time-Report-End-Time", 325, TIME, M, vendor=193)
TIME_QUOTA_MEASUREMENT: Final = AvpDef("Time-Quota-Measurement", 326, GROUPED, M, vendor=193)
TIME_QUOTA_METHOD: Final = AvpDef("Time-Quota-Method", 327, ENUMERATED, M, vendor=193)
TIME_QUOTA_RESOLUTION: Final = AvpDef("Time-Quota-Resolution", 328, UNSIGNED32, M, vendor=193)
TIME_QUOTA_INACTIVITY_TIME: Final = AvpDef("Time-Quota-Inactivity-Time", 329, UNSIGNED32, M, vendor=193)
USER_REDIRECTED: Final = AvpDef("User-Redirected", 330, ENUMERATED, M, vendor=193)
URL_MODIFIER: Final = AvpDef("URL-Modifier", 332, ENUMERATED, M, vendor=193)
GPRS_ROAMING_STATUS: Final = AvpDef("GPRS-Roaming-Status", 333, ENUMERATED, M, vendor=193)
ERICSSON_WILDCARDED_PUBLIC_IDENTITY: Final = AvpDef("Ericsson-Wildcarded-Public-Identity", 334, OCTET_STRING, M, vendor=193)
SIP_RINGING_TIMESTAMP: Final = AvpDef("SIP-Ringing-Timestamp", 338, TIME, M, vendor=193)
SCAP_CURRENCY_CODE: Final = AvpDef("SCAP-Currency-Code", 544, UNSIGNED32, M, vendor=193)
SCAP_SUBSCRIPTION_ID: Final = AvpDef("SCAP-Subscription-Id", 553, GROUPED, M, vendor=193)
SCAP_SUBSCRIPTION_ID_DATA: Final = AvpDef("SCAP-Subscription-Id-Data", 554, UTF8STRING, M, vendor=193)
SCAP_SUBSCRIPTION_ID_TYPE: Final = AvpDef("SCAP-Subscription-Id-Type", 555, ENUMERATED, M, vendor=193)
ORIGINAL_SUBSCRIPTION_ID: Final = AvpDef("Original-Subscription-Id", 559, GROUPED, M, vendor=193)
ABNORMAL_TERMINATION_REASON: Final = AvpDef("Abnormal-Termination-Reason", 600, ENUMERATED, M, vendor=193)
SCAP_FINAL_UNIT_INDICATION: Final = AvpDef("SCAP-Final-Unit-Indication", 601, UNSIGNED32, M, vendor=193)
SCAP_GRANTED_SERVICE_UNIT: Final = AvpDef("SCAP-Granted-Service-Unit", 602, GROUPED, M, vendor=193)
COST: Final = AvpDef("Cost", 603, FLOAT64, M, vendor=193)
SCAP_COST_INFORMATION: Final = AvpDef("SCAP-Cost-Information", 604, GROUPED, M, vendor=193)
ACCOUNTING_CORRELATION_ID: Final = AvpDef("Accounting-Correlation-Id", 605, UTF8STRING, M, vendor=193)
SCAP_REQUESTED_SERVICE_UNIT: Final = AvpDef("SCAP-Requested-Service-Unit", 606, GROUPED, M, vendor=193)
SCAP_SERVICE_PARAMETER_INFO: Final = AvpDef("SCAP-Service-Parameter-Info", 607, GROUPED, M, vendor=193)
SCAP_SERVICE_PARAMETER_TYPE: Final = AvpDef("SCAP-Service-Parameter-Type", 608, ENUMERATED, M, vendor=193)
SCAP_SERVICE_PARAMETER_VALUE: Final = AvpDef("SCAP-Service-Parameter-Value", 609, OCTET_STRING, M, vendor=193)
SCAP_EVENT_TIMESTAMP: Final = AvpDef("SCAP-Event-Timestamp", 610, TIME, M, vendor=193)
SCAP_UNIT_TYPE: Final = AvpDef("SCAP-Unit-Type", 611, ENUMERATED, M, vendor=193)
SCAP_UNIT_VALUE: Final = AvpDef("SCAP-Unit-Value", 612, GROUPED, M, vendor=193)
SCAP_USED_SERVICE_UNIT: Final = AvpDef("SCAP-Used-Service-Unit", 613, GROUPED, M, vendor=193)
SCAP_CHECK_BALANCE_RESULT: Final = AvpDef("SCAP-Check-Balance-Result", 614, ENUMERATED, M, vendor=193)
SCAP_REQUESTED_ACTION: Final = AvpDef("SCAP-Requested-Action", 615, ENUMERATED, M, vendor=193)
SCAP_EXPONENT: Final = AvpDef("SCAP-Exponent", 616, INTEGER32, M, vendor=193)
SCAP_VALUE_DIGITS: Final = AvpDef("SCAP-Value-Digits", 617, UNSIGNED64, M, vendor=193)
REQUESTED_SERVICE: Final = AvpDef("Requested-Service", 701, UTF8STRING, M, vendor=193)
CHARGING_RULE_AUTHORIZATION: Final = AvpDef("Charging-Rule-Authorization", 1055, GROUPED, M, vendor=193)
AUTHORIZATION_STATE: Final = AvpDef("Authorization-State", 1056, ENUMERATED, M, vendor=193)
AUTHORIZATION_STATE_CHANGE_TIME: Final = AvpDef("Authorization-State-Change-Time", 1057, OCTET_STRING, M, vendor=193)
NEXT_AUTHORIZATION_STATE: Final = AvpDef("Next-Authorization-State", 1059, ENUMERATED, M, vendor=193)
GX_CAPABILITY_LIST: Final = AvpDef("Gx-Capability-List", 1060, UNSIGNED32, M, vendor=193)
MMT_INFORMATION: Final = AvpDef("MMT-Information", 1061, OCTET_STRING, M, vendor=193)
ACCESS_INFORMATION: Final = AvpDef("Access-Information", 1063, GROUPED, 0, vendor=193)
CDR_INFORMATION: Final = AvpDef("CDR-Information", 1064, OCTET_STRING, 0, vendor=193)
CHARGING_CONTEXT_ID: Final = AvpDef("Charging-Context-Id", 1065, UTF8STRING, 0, vendor=193)
CHARGING_STATE_INFORMATION: Final = AvpDef("Charging-State-Information", 1066, OCTET_STRING, 0, vendor=193)
RESULT_CODE_EXTENSION: Final = AvpDef("Result-Code-Extension", 1067, UNSIGNED32, M, vendor=193)
SERVICE_SESSION_ID: Final = AvpDef("Service-Session-Id", 1068, UTF8STRING, 0, vendor=193)
ACCOUNT_LOCATION: Final = AvpDef("Account-Location", 1073, UNSIGNED32, 0, vendor=193)
SUBSCRIPTION_ID_LOCATION: Final = AvpDef("Subscription-Id-Location", 1074, UTF8STRING, M, vendor=193)
OTHER_PARTY_ID: Final = AvpDef("Other-Party-Id", 1075, GROUPED, M, vendor=193)
OTHER_PARTY_ID_NATURE: Final = AvpDef("Other-Party-Id-Nature", 1076, ENUMERATED, M, vendor=193)
OTHER_PARTY_ID_DATA: Final = AvpDef("Other-Party-Id-Data", 1077, UTF8STRING, M, vendor=193)
OTHER_PARTY_ID_TYPE: Final = AvpDef("Other-Party-Id-Type", 1078, ENUMERATED, M, vendor=193)
SERVICE_PROVIDER_ID: Final = AvpDef("Service-Provider-Id", 1081, UTF8STRING, M, vendor=193)
TRAFFIC_CASE: Final = AvpDef("Traffic-Case", 1082, UNSIGNED32, M, vendor=193)
CIP_IP_VERSION: Final = AvpDef("CIP-IP-Version", 1083, UTF8STRING, 0, vendor=193)
RELATED_ICID: Final = AvpDef("Related-ICID", 1128, UTF8STRING, M, vendor=193)
SUPPLEMENTARY_SERVICE_INFORMATION: Final = AvpDef("Supplementary-Service-Information", 1129, OCTET_STRING, M, vendor=193)
SUPPLEMENTARY_SERVICE_IDENTITY: Final = AvpDef("Supplementary-Service-Identity", 1130, UNSIGNED32, M, vendor=193)
SUPPLEMENTARY_SERVICE_ACTION: Final = AvpDef("Supplementary-Service-Action", 1131, UNSIGNED32, M, vendor=193)
REDIRECTING_PARTY_ADDRESS: Final = AvpDef("Redirecting-Party-Address", 1133, UTF8STRING, M, vendor=193)
SERVICE_SETUP_RESULT: Final = AvpDef("Service-Setup-Result", 1135, UNSIGNED32, 0, vendor=193)
SERVICE_SETUP_RESULT_REQUESTED: Final = AvpDef("Service-Setup-Result-Requested", 1136, ENUMERATED, 0, vendor=193)
CALLING_PARTY_ADDRESS_PRESENTATION_STATUS: Final = AvpDef("Calling-Party-Address-Presentation-Status", 1141, ENUMERATED, M, vendor=193)
CALLED_ASSERTED_IDENTITY_PRESENTATION_STATUS: Final = AvpDef("Called-Asserted-Identity-Presentation-Status", 1142, ENUMERATED, M, vendor=193)
CREDIT_INSTANCE_ID: Final = AvpDef("Credit-Instance-Id", 1143, UTF8STRING, M, vendor=193)
SERVICE_START_TIMESTAMP: Final = AvpDef("Service-Start-Timestamp", 1144, TIME, M, vendor=193)
CUMULATIVE_USED_SERVICE_UNIT: Final = AvpDef("Cumulative-Used-Service-Unit", 1145, GROUPED, M, vendor=193)
ERICSSON_CUSTOMER_ID: Final = AvpDef("Ericsson-Customer-Id", 1146, UTF8STRING, M, vendor=193)
FROM_HEADER: Final = AvpDef("From-Header", 1153, UTF8STRING, M, vendor=193)
SUBSCRIBER_INFORMATION: Final = AvpDef("Subscriber-Information", 1189, GROUPED, 0, vendor=193)
SECONDARY_DIGEST_HA1: Final = AvpDef("Secondary-Digest-HA1", 1192, UTF8STRING, M, vendor=193)
SIP_RINGING_TIMESTAMP_FRACTION: Final = AvpDef("SIP-Ringing-Timestamp-Fraction", 1256, UNSIGNED32, M, vendor=193)
AUTHENTICATION_METHOD: Final = AvpDef("Authentication_Method", 1261, ENUMERATED, M, vendor=193)
FROM_HEADER_PRESENTATION_STATUS: Final = AvpDef("From-Header-Presentation-Status", 1262, ENUMERATED, M, vendor=193)
TRANSACTION_INFO: Final = AvpDef("Transaction_Info", 1264, OCTET_STRING, M, vendor=193)
TRANSACTION_TYPE: Final = AvpDef("Transaction-Type", 1265, ENUMERATED, M, vendor=193)
TRANSACTION_DATA_NAME: Final = AvpDef("Transaction-Data-Name", 1266, UTF8STRING, M, vendor=193)
TRANSACTION_DATA_VALUE: Final = AvpDef("Transaction-Data-Value", 1267, UTF8STRING, M, vendor=193)
CHARGING_PROFILE_ID: Final = AvpDef("Charging-Profile-Id", 1268, UNSIGNED32, M, vendor=193)
SERVICE_NUMBER_TYPE: Final = AvpDef("Service-Number-Type", 1307, ENUMERATED, M, vendor=193)
SCC_SERVICE_IDENTITY: Final = AvpDef("SCC_Service_Identity", 1314, ENUMERATED, M, vendor=193)
SDD_TADS_DECISION: Final = AvpDef("SDD-TADS-Decision", 1315, ENUMERATED, M, vendor=193)
SERVED_USER: Final = AvpDef("Served_User", 1330, UTF8STRING, M, vendor=193)
TENANT: Final = AvpDef("Tenant", 1380, UTF8STRING, M, vendor=193)
UHTZ_OFFSET: Final = AvpDef("UHTZ-Offset", 1388, UTF8STRING, M, vendor=193)
AS_TYPE: Final = AvpDef("AS-Type", 1433, ENUMERATED, M, vendor=193)
TRANSACTION_SIP_MESSAGE: Final = AvpDef("Transaction-SIP-Message", 1460, UTF8STRING, M, vendor=193)
MS_CHAP_RESPONSE: Final = AvpDef("MS-CHAP-Response", 1, OCTET_STRING, 0, vendor=311)
MS_CHAP_ERROR: Final = AvpDef("MS-CHAP-Error", 2, UTF8STRING, 0, vendor=311)
MS_CHAP_NT_ENC_PW: Final = AvpDef("MS-CHAP-NT-Enc-PW", 6, OCTET_STRING, 0, vendor=311)
MS_CHAP_DOMAIN: Final = AvpDef("MS-CHAP-Domain", 10, UTF8STRING, 0, vendor=311)
MS_CHAP_CHALLENGE: Final = AvpDef("MS-CHAP-Challenge", 11, OCTET_STRING, 0, vendor=311)
MS_CHAP2_RESPONSE: Final = AvpDef("MS-CHAP2-Response", 25, OCTET_STRING, 0, vendor=311)
MS_CHAP2_SUCCESS: Final = AvpDef("MS-CHAP2-Success", 26, OCTET_STRING, 0, vendor=311)
MS_CHAP2_CPW: Final = AvpDef("MS-CHAP2-CPW", 27, OCTET_STRING, 0, vendor=311)
DSR_APPLICATIONINVOKED: Final = AvpDef("DSR-ApplicationInvoked", 2468, ENUMERATED, 0, vendor=323)
PDRA_EARLY_BINDING: Final = AvpDef("PDRA-Early-Binding", 2500, OCTET_STRING, 0, vendor=323)
SESSION_RELEASE_REASON: Final = AvpDef("Session-Release-Reason", 2501, OCTET_STRING, 0, vendor=323)
MSGCOPYANSWER: Final = AvpDef("MsgCopyAnswer", 2516, GROUPED, 0, vendor=323)
DETAILED_RESULT: Final = AvpDef("Detailed-Result", 15, GROUPED, 0, vendor=637)
DETAILED_RESULT_CAUSE: Final = AvpDef("Detailed-Result-Cause", 16, UTF8STRING, 0, vendor=637)
DETAILED_RESULT_CODE: Final = AvpDef("Detailed-Result-Code", 17, UNSIGNED32, M, vendor=637)
DPA_INSTRUCTION: Final = AvpDef("DPA-Instruction", 1016, ENUMERATED, 0, vendor=637)
CHARGING_POLICY_REPORT: Final = AvpDef("Charging-Policy-Report", 1134, GROUPED, 0, vendor=637)
POLICY_COUNTER: Final = AvpDef("Policy-Counter", 1135, GROUPED, M, vendor=637)
POLICY_COUNTER_ID: Final = AvpDef("Policy-Counter-Id", 1136, OCTET_STRING, 0, vendor=637)
POLICY_COUNTER_VALUE: Final = AvpDef("Policy-Counter-Value", 1137, UNSIGNED32, 0, vendor=637)
SUBSCRIBER_USER_ID: Final = AvpDef("Subscriber-User-Id", 1139, UTF8STRING, 0, vendor=637)
CC_CREDIT: Final = AvpDef("CC-Credit", 473, GROUPED, 0, vendor=2011)
IN_INFORMATION: Final = AvpDef("IN-Information", 20300, GROUPED, 0, vendor=2011)
CALLING_PARTYS_CATEGORY: Final = AvpDef("Calling-Partys-Category", 20301, UNSIGNED32, 0, vendor=2011)
CALLING_VLR_NUMBER: Final = AvpDef("Calling-Vlr-Number", 20302, UTF8STRING, 0, vendor=2011)
CALLING_CELLID_OR_SAI: Final = AvpDef("Calling-CellID-Or-SAI", 20303, UTF8STRING, 0, vendor=2011)
CALLING_LAI: Final = AvpDef("Calling-LAI", 20304, UTF8STRING, 0, vendor=2011)
CALLED_VLR_NUMBER: Final = AvpDef("Called-Vlr-Number", 20305, UTF8STRING, 0, vendor=2011)
CALLED_CELLID_OR_SAI: Final = AvpDef("Called-CellID-Or-SAI", 20306, UTF8STRING, 0, vendor=2011)
CALLED_LAI: Final = AvpDef("Called-LAI", 20307, UTF8STRING, 0, vendor=2011)
CALLED_IMEI: Final = AvpDef("Called-IMEI", 20308, UTF8STRING, 0, vendor=2011)
CALLING_IMEI: Final = AvpDef("Calling-IMEI", 20309, UTF8STRING, 0, vendor=2011)
ORIGINAL_CALLED_PARTY_ID: Final = AvpDef("Original-Called-Party-Id", 20310, UTF8STRING, 0, vendor=2011)
ADDITIONAL_CALLING_PARTY_NUMBER: Final = AvpDef("Additional-Calling-Party-Number", 20312, UTF8STRING, 0, vendor=2011)
BEARER_CAPABILITY: Final = AvpDef("Bearer-Capability", 20313, OCTET_STRING, 0, vendor=2011)
REDIRECTING_PARTY_ID: Final = AvpDef("Redirecting-Party-Id", 20316, UTF8STRING, 0, vendor=2011)
UE_IMSI: Final = AvpDef("UE-IMSI", 20318, UTF8STRING, 0, vendor=2011)
CALL_REFERENCE_NUMBER: Final = AvpDef("Call-Reference-Number", 20321, OCTET_STRING, 0, vendor=2011)
MSC_ADDRESS: Final = AvpDef("MSC-Address", 20322, UTF8STRING, 0, vendor=2011)
TIME_ZONE: Final = AvpDef("Time-Zone", 20324, UNSIGNED32, 0, vendor=2011)
CHARGE_NUMBER: Final = AvpDef("Charge-Number", 20326, OCTET_STRING, 0, vendor=2011)
REAL_CALLED_NUMBER: Final = AvpDef("Real-Called-Number", 20327, UTF8STRING, 0, vendor=2011)
MONEY_VALUE: Final = AvpDef("Money-Value", 20328, INTEGER64, 0, vendor=2011)
CALLING_PARTY_ADDRESS_20336: Final = AvpDef("Calling-Party-Address-20336", 20336, UTF8STRING, 0, vendor=2011)
CALLED_PARTY_ADDRESS: Final = AvpDef("Called-Party-Address", 20337, UTF8STRING, 0, vendor=2011)
CALLED_SHORT_NUMBER: Final = AvpDef("Called-Short-Number", 20338, UTF8STRING, 0, vendor=2011)
CHARGE_FLOW_TYPE: Final = AvpDef("Charge-Flow-Type", 20339, UNSIGNED32, 0, vendor=2011)
ACCESS_METHOD: Final = AvpDef("Access-Method", 20340, UNSIGNED32, 0, vendor=2011)
RECHARGE_INFORMATION: Final = AvpDef("Recharge-Information", 20341, GROUPED, 0, vendor=2011)
CARD_NUMBER: Final = AvpDef("Card-Number", 20342, OCTET_STRING, 0, vendor=2011)
RECHARGE_METHOD: Final = AvpDef("Recharge-Method", 20343, ENUMERATED, 0, vendor=2011)
CHARGE_MONEY: Final = AvpDef("Charge-Money", 20344, GROUPED, 0, vendor=2011)
ACCOUNT_QUERY_METHOD: Final = AvpDef("Account-Query-Method", 20346, UNSIGNED32, 0, vendor=2011)
CHARGE_CONFIRM_FLAG: Final = AvpDef("Charge-Confirm-Flag", 20347, ENUMERATED, 0, vendor=2011)
ACCOUNT_CHANGE_INFO: Final = AvpDef("Account-Change-Info", 20349, GROUPED, 0, vendor=2011)
CURRENT_ACCOUNT_BALANCE: Final = AvpDef("Current-Account-Balance", 20350, INTEGER64, 0, vendor=2011)
ACCOUNT_BALANCE_CHANGE: Final = AvpDef("Account-Balance-Change", 20351, INTEGER64, 0, vendor=2011)
ACCOUNT_DATE_CHANGE: Final = AvpDef("Account-Date-Change", 20352, INTEGER32, 0, vendor=2011)
MEASURE_TYPE: Final = AvpDef("Measure-Type", 20353, INTEGER32, 0, vendor=2011)
ROUTE_PREFIX: Final = AvpDef("Route-Prefix", 20354, OCTET_STRING, 0, vendor=2011)
SUBSCRIBER_PAY_TYPE: Final = AvpDef("Subscriber-Pay-Type", 20355, UNSIGNED32, 0, vendor=2011)
ACCOUNT_INFO: Final = AvpDef("Account-Info", 20356, GROUPED, 0, vendor=2011)
ACCOUNT_ID: Final = AvpDef("Account-Id", 20357, OCTET_STRING, 0, vendor=2011)
ACCOUNT_DATE: Final = AvpDef("Account-Date", 20359, OCTET_STRING, 0, vendor=2011)
FAV_CELL_ID_FLAG: Final = AvpDef("Fav-Cell-Id-Flag", 20361, ENUMERATED, 0, vendor=2011)
USER_PASSWD: Final = AvpDef("User-Passwd", 20362, UTF8STRING, 0, vendor=2011)
REDIRECTION_REASON: Final = AvpDef("Redirection-Reason", 20363, UNSIGNED32, 0, vendor=2011)
CARD_BATCH: Final = AvpDef("Card-Batch", 20364, OCTET_STRING, 0, vendor=2011)
CARD_TYPE: Final = AvpDef("Card-Type", 20365, UNSIGNED32, 0, vendor=2011)
ACTIVE_DAY: Final = AvpDef("Active-Day", 20367, UNSIGNED32, 0, vendor=2011)
ADDITIONAL_INFO: Final = AvpDef("Additional-Info", 20371, UTF8STRING, 0, vendor=2011)
ACCOUNT_TYPE: Final = AvpDef("Account-Type", 20372, UNSIGNED32, 0, vendor=2011)
CONNECT_CALLED_NUMBER: Final = AvpDef("Connect-Called-Number", 20373, UTF8STRING, 0, vendor=2011)
TOTAL_COST_FLAG: Final = AvpDef("Total-Cost-Flag", 20375, UNSIGNED32, 0, vendor=2011)
CARD_MONEY: Final = AvpDef("Card-Money", 20378, INTEGER64, 0, vendor=2011)
CALLING_PARTY_NP: Final = AvpDef("Calling-Party-NP", 20384, UTF8STRING, 0, vendor=2011)
CALLED_PARTY_NP: Final = AvpDef("Called-Party-NP", 20385, UTF8STRING, 0, vendor=2011)
SSP_TIME: Final = AvpDef("SSP-Time", 20386, TIME, 0, vendor=2011)
CALL_FORWARD_INDICATOR: Final = AvpDef("Call-Forward-Indicator", 20387, UNSIGNED32, 0, vendor=2011)
SERVICE_FREE_INDICATOR: Final = AvpDef("Service-Free-Indicator", 20388, UNSIGNED32, 0, vendor=2011)
CARD_SP_ID: Final = AvpDef("Card-Sp-ID", 20389, UNSIGNED32, 0, vendor=2011)
FRAUD_TIMES: Final = AvpDef("Fraud-Times", 20390, UNSIGNED32, 0, vendor=2011)
SERIAL_NO: Final = AvpDef("Serial-No", 20391, UTF8STRING, 0, vendor=2011)
COST_TYPE: Final = AvpDef("Cost-Type", 20392, INTEGER32, 0, vendor=2011)
NOTICE_INFORMATION: Final = AvpDef("Notice-Information", 20394, GROUPED, 0, vendor=2011)
MESSAGE_COUNT: Final = AvpDef("Message-Count", 20395, UNSIGNED32, 0, vendor=2011)
MESSAGE_CONTENT_1: Final = AvpDef("Message-Content-1", 20396, UTF8STRING, 0, vendor=2011)
MESSAGE_CONTENT_2: Final = AvpDef("Message-Content-2", 20397, UTF8STRING, 0, vendor=2011)
MESSAGE_CONTENT_3: Final = AvpDef("Message-Content-3", 20398, UTF8STRING, 0, vendor=2011)
MESSAGE_CONTENT_4: Final = AvpDef("Message-Content-4", 20399, UTF8STRING, 0, vendor=2011)
P2PSMS_INFORMATION: Final = AvpDef("P2PSMS-Information", 20400, GROUPED, 0, vendor=2011)
SMSC_ADDRESS: Final = AvpDef("SMSC-Address", 20401, UTF8STRING, 0, vendor=2011)
SM_ID: Final = AvpDef("SM-Id", 20402, UTF8STRING, 0, vendor=2011)
SM_LENGTH: Final = AvpDef("SM-Length", 20403, UNSIGNED32, 0, vendor=2011)
MO_MSC_ADDR: Final = AvpDef("MO-MSC-Addr", 20404, UTF8STRING, 0, vendor=2011)
MT_MSC_ADDR: Final = AvpDef("MT-MSC-Addr", 20405, UTF8STRING, 0, vendor=2011)
SOURCE_ADDR: Final = AvpDef("Source-Addr", 20406, UTF8STRING, 0, vendor=2011)
DEST_ADDR: Final = AvpDef("Dest-Addr", 20407, UTF8STRING, 0, vendor=2011)
FEE_ADDR: Final = AvpDef("Fee-Addr", 20408, UTF8STRING, 0, vendor=2011)
FEE_FLAG: Final = AvpDef("Fee-Flag", 20409, UNSIGNED32, 0, vendor=2011)
FEE_TYPE: Final = AvpDef("Fee-Type", 20410, UNSIGNED32, 0, vendor=2011)
FEE_MSG_NUM: Final = AvpDef("Fee-Msg-Num", 20411, UNSIGNED32, 0, vendor=2011)
FEE_SINGLE: Final = AvpDef("Fee-Single", 20412, UNSIGNED32, 0, vendor=2011)
FEE_FIXED: Final = AvpDef("Fee-Fixed", 20413, UNSIGNED32, 0, vendor=2011)
MESSAGE_PID: Final = AvpDef("Message-PID", 20414, UNSIGNED32, 0, vendor=2011)
STATUS_REPORT_REQUEST: Final = AvpDef("Status-Report-Request", 20415, UNSIGNED32, 0, vendor=2011)
ORIGINAL_GROUP: Final = AvpDef("Original-Group", 20416, UNSIGNED32, 0, vendor=2011)
SEND_RESULT: Final = AvpDef("Send-Result", 20418, UNSIGNED32, 0, vendor=2011)
CALLING_SERVICE: Final = AvpDef("Calling-Service", 20419, UNSIGNED32, 0, vendor=2011)
CALLED_SERVICE: Final = AvpDef("Called-Service", 20420, UNSIGNED32, 0, vendor=2011)
ORIGINAL_MESSAGE_ID: Final = AvpDef("Original-Message-ID", 20421, UNSIGNED32, 0, vendor=2011)
OPERATION_RESULT: Final = AvpDef("Operation-Result", 20430, INTEGER32, 0, vendor=2011)
NOTIFY_MODE: Final = AvpDef("Notify-Mode", 20431, INTEGER32, 0, vendor=2011)
ORIG_IMSI: Final = AvpDef("Orig-IMSI", 20434, UTF8STRING, 0, vendor=2011)
DEST_IMSI: Final = AvpDef("Dest-IMSI", 20435, UTF8STRING, 0, vendor=2011)
DCS: Final = AvpDef("DCS", 20436, UNSIGNED32, 0, vendor=2011)
ALERT_LEVEL: Final = AvpDef("Alert-Level", 20499, UNSIGNED32, 0, vendor=2011)
TRANSACTION_ID: Final = AvpDef("Transaction-Id", 20501, OCTET_STRING, 0, vendor=2011)
SP_ID: Final = AvpDef("SP-Id", 20504, OCTET_STRING, 0, vendor=2011)
SERVICE_ID: Final = AvpDef("Service-Id", 20506, OCTET_STRING, 0, vendor=2011)
SERVICE_TYPE: Final = AvpDef("Service-Type", 20507, ENUMERATED, 0, vendor=2011)
CONTENT_ID: Final = AvpDef("Content-ID", 20508, OCTET_STRING, 0, vendor=2011)
CLIENT_IP: Final = AvpDef("Client-IP", 20510, ADDRESS, 0, vendor=2011)
BEARER_TYPE: Final = AvpDef("Bearer-Type", 20519, INTEGER32, 0, vendor=2011)
START_TIME: Final = AvpDef("Start-Time", 20520, UTF8STRING, 0, vendor=2011)
STOP_TIME: Final = AvpDef("Stop-Time", 20521, UTF8STRING, 0, vendor=2011)
BEARER_PROTOCOL_TYPE: Final = AvpDef("Bearer-Protocol-Type", 20522, INTEGER32, 0, vendor=2011)
CHARGING_ID: Final = AvpDef("Charging-ID", 20527, UTF8STRING, 0, vendor=2011)
CDR_QOS: Final = AvpDef("CDR-Qos", 20528, UTF8STRING, 0, vendor=2011)
SERVICE_LEVEL: Final = AvpDef("Service-Level", 20531, INTEGER32, 0, vendor=2011)
RECIPIENT_AMOUNT: Final = AvpDef("Recipient-Amount", 20538, UNSIGNED32, 0, vendor=2011)
RTBP_INFORMATION: Final = AvpDef("RTBP-Information", 20600, GROUPED, 0, vendor=2011)
SP_ID_20601: Final = AvpDef("sp-id", 20601, UTF8STRING, 0, vendor=2011)
SERVICE_ID_20602: Final = AvpDef("service-id", 20602, UTF8STRING, 0, vendor=2011)
NEED_CNFM: Final = AvpDef("Need-Cnfm", 20606, INTEGER32, 0, vendor=2011)
SERVICETYPE: Final = AvpDef("servicetype", 20608, INTEGER32, 0, vendor=2011)
CHARGE_MODE: Final = AvpDef("Charge-Mode", 20610, INTEGER32, 0, vendor=2011)
SRC: Final = AvpDef("Src", 20617, UTF8STRING, 0, vendor=2011)
DST: Final = AvpDef("Dst", 20618, UTF8STRING, 0, vendor=2011)
M_STAT: Final = AvpDef("M-Stat", 20620, INTEGER32, 0, vendor=2011)
CDR_PRODUCT_ID: Final = AvpDef("CDR-Product-ID", 20625, UTF8STRING, 0, vendor=2011)
CDR_CHARGE_MODE: Final = AvpDef("CDR-Charge-Mode", 20626, INTEGER32, 0, vendor=2011)
CDR_TIMES: Final = AvpDef("CDR-Times", 20627, INTEGER32, 0, vendor=2011)
CDR_DURATION: Final = AvpDef("CDR-Duration", 20628, INTEGER32, 0, vendor=2011)
CDR_VOLUME: Final = AvpDef("CDR-Volume", 20629, INTEGER32, 0, vendor=2011)
CDR_TYPE: Final = AvpDef("CDR-Type", 20630, INTEGER32, 0, vendor=2011)
CDR_SERVICE_TYPE: Final = AvpDef("CDR-Service-Type", 20631, INTEGER32, 0, vendor=2011)
CDR_BEGIN_TIME: Final = AvpDef("CDR-Begin-Time", 20632, INTEGER32, 0, vendor=2011)
CDR_END_TIME: Final = AvpDef("CDR-End-Time", 20633, INTEGER32, 0, vendor=2011)
CDR_PKGSP_ID: Final = AvpDef("CDR-PkgSp-Id", 20634, UTF8STRING, 0, vendor=2011)
CDR_PKG_SERVICE_ID: Final = AvpDef("CDR-Pkg-Service-Id", 20635, UTF8STRING, 0, vendor=2011)
CDR_PKG_PRODUCT_ID: Final = AvpDef("CDR-Pkg-Product-Id", 20636, UTF8STRING, 0, vendor=2011)
CDR_SP_NAME: Final = AvpDef("CDR-SP-Name", 20637, UTF8STRING, 0, vendor=2011)
CDR_SERVICE_NAME: Final = AvpDef("CDR-Service-Name", 20638, UTF8STRING, 0, vendor=2011)
CATEGORY_ID: Final = AvpDef("Category-ID", 20639, UTF8STRING, 0, vendor=2011)
CONTENT_ID_20640: Final = AvpDef("Content-ID-20640", 20640, UTF8STRING, 0, vendor=2011)
BEAR_SERVICE: Final = AvpDef("Bear-Service", 20641, UTF8STRING, 0, vendor=2011)
TRANSACTIONID: Final = AvpDef("TransactionID", 20643, UTF8STRING, 0, vendor=2011)
ADDITIONAL_INFO_20665: Final = AvpDef("Additional-Info-20665", 20665, UTF8STRING, 0, vendor=2011)
ORIGINAL_REDIRECTING_PARTY_ID: Final = AvpDef("Original-Redirecting-Party-Id", 20668, UTF8STRING, 0, vendor=2011)
SGSN_IP: Final = AvpDef("SGSN-IP", 20671, OCTET_STRING, 0, vendor=2011)
PROVISITION_ID: Final = AvpDef("Provisition-ID", 20681, UTF8STRING, 0, vendor=2011)
PROVISITION_TYPE: Final = AvpDef("Provisition-Type", 20682, UNSIGNED32, 0, vendor=2011)
MESSAGE_CONTENT_5: Final = AvpDef("Message-Content-5", 20700, UTF8STRING, 0, vendor=2011)
MESSAGE_CONTENT_6: Final = AvpDef("Message-Content-6", 20701, UTF8STRING, 0, vendor=2011)
TOTAL_GIFT_AMOUNT: Final = AvpDef("Total-Gift-Amount", 20703, INTEGER32, 0, vendor=2011)
SPECIFIC_OUTPUT: Final = AvpDef("Specific-Output", 20708, UNSIGNED32, 0, vendor=2011)
TRADE_TIME: Final = AvpDef("Trade-Time", 20712, OCTET_STRING, 0, vendor=2011)
SMS_TYPE: Final = AvpDef("Sms-Type", 20715, UNSIGNED32, 0, vendor=2011)
CHARGE_PARTY_TYPE: Final = AvpDef("Charge-Party-Type", 20731, UNSIGNED32, 0, vendor=2011)
RECEIVE_MESSAGE_ADDR: Final = AvpDef("Receive-Message-Addr", 20732, UTF8STRING, 0, vendor=2011)
ACTIVE_PERIOD: Final = AvpDef("Active-Period", 20733, OCTET_STRING, 0, vendor=2011)
GRACE_PERIOD: Final = AvpDef("Grace-Period", 20734, OCTET_STRING, 0, vendor=2011)
DISABLE_PERIOD: Final = AvpDef("Disable-Period", 20735, OCTET_STRING, 0, vendor=2011)
ACTIVE_METHOD: Final = AvpDef("Active-Method", 20738, UNSIGNED32, 0, vendor=2011)
OPERATOR_ID: Final = AvpDef("Operator-ID", 20739, UTF8STRING, 0, vendor=2011)
ETOPUP_SESSION_ID: Final = AvpDef("Etopup-Session-ID", 20740, UTF8STRING, 0, vendor=2011)
QUERY_START_TIME: Final = AvpDef("Query-Start-Time", 20741, TIME, 0, vendor=2011)
QUERY_END_TIME: Final = AvpDef("Query-End-Time", 20742, TIME, 0, vendor=2011)
ERROR_TYPE: Final = AvpDef("Error-Type", 20744, UNSIGNED32, 0, vendor=2011)
NEW_ACTIVE_STOP: Final = AvpDef("New-Active-Stop", 20745, UTF8STRING, 0, vendor=2011)
OLD_ACTIVE_STOP: Final = AvpDef("Old-Active-Stop", 20746, UTF8STRING, 0, vendor=2011)
OLD_USER_STATE: Final = AvpDef("Old-User-State", 20747, UTF8STRING, 0, vendor=2011)
NEW_USER_STATE: Final = AvpDef("New-User-State", 20748, UTF8STRING, 0, vendor=2011)
FUNCTION_FLAG: Final = AvpDef("Function-Flag", 20770, UTF8STRING, 0, vendor=2011)
LIFECYCLE_STATE: Final = AvpDef("Lifecycle-State", 20772, UNSIGNED32, 0, vendor=2011)
RELEASE_REASON: Final = AvpDef("Release-Reason", 20780, INTEGER32, 0, vendor=2011)
UNIFORM_SERIAL_NO: Final = AvpDef("Uniform-Serial-No", 20786, UTF8STRING, 0, vendor=2011)
RECHARGE_CARD_TYPE: Final = AvpDef("Recharge-Card-Type", 20790, ENUMERATED, 0, vendor=2011)
DEALER_CODE: Final = AvpDef("Dealer-Code", 20791, OCTET_STRING, 0, vendor=2011)
ORIGINAL_PARTY_NUMBER: Final = AvpDef("Original-Party-Number", 20792, OCTET_STRING, 0, vendor=2011)
BANK_CHANNEL_DISTRIBUTION_CODE: Final = AvpDef("Bank-Channel-Distribution-Code", 20793, OCTET_STRING, 0, vendor=2011)
MAIN_PRODUCT_KEY: Final = AvpDef("Main-Product-Key", 20794, INTEGER32, 0, vendor=2011)
SMS_LANGUAGE_TYPE: Final = AvpDef("SMS-Language-Type", 20795, INTEGER32, 0, vendor=2011)
TRANSACTION_ID_20796: Final = AvpDef("Transaction-ID", 20796, UTF8STRING, 0, vendor=2011)
SUBSCRIBER_TYPE: Final = AvpDef("Subscriber-Type", 20797, INTEGER32, 0, vendor=2011)
CLEARING_HOUSE_ID: Final = AvpDef("Clearing-House-Id", 20798, OCTET_STRING, 0, vendor=2011)
ATM_RECHARGE_SOURCE_TYPE: Final = AvpDef("ATM-Recharge-Source-Type", 20799, UNSIGNED32, 0, vendor=2011)
MSG_SEQ: Final = AvpDef("Msg-Seq", 20802, UTF8STRING, 0, vendor=2011)
MSG_SEND_RESULT: Final = AvpDef("Msg-Send-Result", 20803, ENUMERATED, 0, vendor=2011)
ACCESS_NETWORK_TYPE: Final = AvpDef("Access-Network-Type", 20804, UNSIGNED32, 0, vendor=2011)
SERVICE_KEY: Final = AvpDef("Service-Key", 20806, UNSIGNED32, 0, vendor=2011)
CALL_TYPE: Final = AvpDef("Call-Type", 20807, UNSIGNED32, 0, vendor=2011)
RCHG_EXT_ACT_KEY: Final = AvpDef("Rchg-Ext-Act-Key", 20812, UNSIGNED32, 0, vendor=2011)
SDP_MEDIA_IDENTIFIER: Final = AvpDef("SDP-Media-Identifier", 20820, ENUMERATED, 0, vendor=2011)
DIVERSION_REASON: Final = AvpDef("Diversion-Reason", 20821, ENUMERATED, 0, vendor=2011)
DIVERSION_COUNT: Final = AvpDef("Diversion-Count", 20822, UNSIGNED32, 0, vendor=2011)
CUM_INFO: Final = AvpDef("Cum-Info", 20853, GROUPED, 0, vendor=2011)
CUM_ID: Final = AvpDef("Cum-Id", 20854, OCTET_STRING, 0, vendor=2011)
CUM_MONEY: Final = AvpDef("Cum-Money", 20855, GROUPED, 0, vendor=2011)
CUM_UNIT_VALUE: Final = AvpDef("Cum-Unit-Value", 20856, GROUPED, 0, vendor=2011)
CUM_VALUE_DIGITS: Final = AvpDef("Cum-Value-Digits", 20857, INTEGER64, 0, vendor=2011)
ACTIVE_CURRENCY_CODE: Final = AvpDef("Active-Currency-Code", 20894, UNSIGNED32, 0, vendor=2011)
SUSPEND_REASON: Final = AvpDef("Suspend-Reason", 20895, UNSIGNED32, 0, vendor=2011)
AMOUNT_BEFORE_RECHARGE: Final = AvpDef("Amount-Before-Recharge", 20914, UNSIGNED32, 0, vendor=2011)
FAV_AREA_FLAG: Final = AvpDef("Fav-Area-Flag", 20917, INTEGER32, 0, vendor=2011)
SERVICE_PARAMETER_INFO: Final = AvpDef("Service-Parameter-Info", 20920, GROUPED, 0, vendor=2011)
SERVICE_PARAMETER_TYPE: Final = AvpDef("Service-Parameter-Type", 20921, UNSIGNED32, 0, vendor=2011)
SERVICE_PARAMETER_VALUE: Final = AvpDef("Service-Parameter-Value", 20922, INTEGER64, 0, vendor=2011)
SSPNO: Final = AvpDef("SSPNO", 20927, UNSIGNED32, 0, vendor=2011)
ANNOUNCEMENT_DATA: Final = AvpDef("Announcement-Data", 20931, GROUPED, 0, vendor=2011)
VPN_NOTIFY_FLAG: Final = AvpDef("VPN-Notify-Flag", 20940, UTF8STRING, 0, vendor=2011)
VPN_CALL_AUTH_FLAG: Final = AvpDef("VPN-Call-Auth-Flag", 20941, OCTET_STRING, 0, vendor=2011)
BANK_CODE: Final = AvpDef("Bank-Code", 20974, OCTET_STRING, 0, vendor=2011)
ACTIVE_FLAG: Final = AvpDef("Active-Flag", 20978, INTEGER32, 0, vendor=2011)
TENANT_ID: Final = AvpDef("Tenant-ID", 21009, OCTET_STRING, 0, vendor=2011)
ADJUST_ROAMING_TYPE: Final = AvpDef("Adjust-Roaming-Type", 21010, INTEGER32, 0, vendor=2011)
HANDLEOVER_TOOLBOX_FLAG: Final = AvpDef("HandleOver-Toolbox-Flag", 21011, UNSIGNED32, 0, vendor=2011)
FIX_RENT_FEE: Final = AvpDef("Fix-Rent-Fee", 21108, UNSIGNED32, 0, vendor=2011)
NEXT_BILL_DATETIME: Final = AvpDef("Next-Bill-DateTime", 21109, OCTET_STRING, 0, vendor=2011)
IDD_ORIGINATE_NUMBER: Final = AvpDef("IDD-Originate-Number", 21119, OCTET_STRING, 0, vendor=2011)
CARD_CUR_DISTRIBUTOR_ID: Final = AvpDef("Card-Cur-Distributor-ID", 21120, UTF8STRING, 0, vendor=2011)
ADDRESS_OF_RESTRICTED_INDICATOR: Final = AvpDef("Address-Of-Restricted-Indicator", 21121, UNSIGNED32, 0, vendor=2011)
CALLING_PARTY_ADDRESS_NATURE: Final = AvpDef("Calling-Party-Address-Nature", 21162, UNSIGNED32, 0, vendor=2011)
CALLED_PARTY_ADDRESS_NATURE: Final = AvpDef("Called-Party-Address-Nature", 21163, UNSIGNED32, 0, vendor=2011)
CALLED_PARTY_BCDNUMBER: Final = AvpDef("Called-Party-BCDNumber", 21164, OCTET_STRING, 0, vendor=2011)
CALLED_PARTY_BCDNUMBER_NATURE: Final = AvpDef("Called-Party-BCDNumber-Nature", 21165, UNSIGNED32, 0, vendor=2011)
ORIGINAL_CALLED_PARTY_ID_NATURE: Final = AvpDef("Original-Called-Party-Id-Nature", 21166, UNSIGNED32, 0, vendor=2011)
REDIRECTING_PARTY_ID_NATURE: Final = AvpDef("Redirecting-Party-Id-Nature", 21167, UNSIGNED32, 0, vendor=2011)
REROUTE_CALLED_NUMBER: Final = AvpDef("Reroute-Called-Number", 21168, OCTET_STRING, 0, vendor=2011)
CALLING_MSC_ADDRESS: Final = AvpDef("Calling-Msc-Address", 21169, OCTET_STRING, 0, vendor=2011)
CALLING_LOCATION_NUMBER: Final = AvpDef("Calling-Location-Number", 21170, OCTET_STRING, 0, vendor=2011)
CALLING_LOCATION_NUMBER_NATURE: Final = AvpDef("Calling-Location-Number-Nature", 21171, UNSIGNED32, 0, vendor=2011)
CALLED_MSC_ADDRESS: Final = AvpDef("Called-Msc-Address", 21172, OCTET_STRING, 0, vendor=2011)
CALLED_LOCATION_NUMBER: Final = AvpDef("Called-Location-Number", 21173, OCTET_STRING, 0, vendor=2011)
CALLED_LOCATION_NUMBER_NATURE: Final = AvpDef("Called-Location-Number-Nature", 21174, UNSIGNED32, 0, vendor=2011)
CREDIT_USE_NOTIFICATION: Final = AvpDef("Credit-Use-Notification", 21176, GROUPED, 0, vendor=2011)
PPS_ACCOUNT_NOTIFY: Final = AvpDef("PPS-Account-Notify", 21177, GROUPED, 0, vendor=2011)
PPS_NOTIFY_MODE: Final = AvpDef("PPS-Notify-Mode", 21178, INTEGER32, 0, vendor=2011)
PPS_USED_CREDIT: Final = AvpDef("PPS-Used-Credit", 21179, INTEGER64, 0, vendor=2011)
PPS_MAX_CREDIT: Final = AvpDef("PPS-Max-Credit", 21180, INTEGER64, 0, vendor=2011)
VALIDITY_DATE2: Final = AvpDef("Validity-Date2", 21181, OCTET_STRING, 0, vendor=2011)
POS_ACCOUNT_NOTIFY: Final = AvpDef("POS-Account-Notify", 21182, GROUPED, 0, vendor=2011)
POS_NOTIFY_MODE: Final = AvpDef("POS-Notify-Mode", 21183, INTEGER32, 0, vendor=2011)
POS_USED_CREDIT: Final = AvpDef("POS-Used-Credit", 21184, INTEGER64, 0, vendor=2011)
POS_MAX_CREDIT: Final = AvpDef("POS-Max-Credit", 21185, INTEGER64, 0, vendor=2011)
NEXT_BILL_DATE: Final = AvpDef("Next-Bill-Date", 21186, OCTET_STRING, 0, vendor=2011)
AUTH_REROUTE_NUMBER: Final = AvpDef("Auth-Reroute-Number", 21190, OCTET_STRING, 0, vendor=2011)
I_SUB_COSID: Final = AvpDef("I-Sub-COSID", 21191, INTEGER32, 0, vendor=2011)
I_USER_TYPE: Final = AvpDef("I-User-Type", 21192, INTEGER32, 0, vendor=2011)
I_TENANT_ID: Final = AvpDef("I-Tenant-ID", 21193, INTEGER32, 0, vendor=2011)
I_LANGUAGE_TYPE: Final = AvpDef("I-Language-Type", 21194, INTEGER32, 0, vendor=2011)
I_SMS_LANGUAGE_TYPE: Final = AvpDef("I-SMS-Language-Type", 21195, INTEGER32, 0, vendor=2011)
USER_BASIC_INFO: Final = AvpDef("User-Basic-Info", 21196, GROUPED, 0, vendor=2011)
I_BRAND_ID: Final = AvpDef("I-Brand-ID", 21198, INTEGER32, 0, vendor=2011)
COMMUNITY_INFORMATION: Final = AvpDef("Community-Information", 21204, GROUPED, 0, vendor=2011)
S_CALLER_GROUP_NUMBER: Final = AvpDef("S-Caller-Group-Number", 21205, OCTET_STRING, 0, vendor=2011)
S_CALLER_TOP_GROUP_NUMBER: Final = AvpDef("S-Caller-Top-Group-Number", 21206, OCTET_STRING, 0, vendor=2011)
S_CALLED_LONG_NUMBER: Final = AvpDef("S-Called-Long-Number", 21207, OCTET_STRING, 0, vendor=2011)
S_CALLER_SHORT_NUMBER: Final = AvpDef("S-Caller-Short-Number", 21208, OCTET_STRING, 0, vendor=2011)
S_CALLER_NUMBER_TYPE: Final = AvpDef("S-Caller-Number-Type", 21209, OCTET_STRING, 0, vendor=2011)
S_CALLER_VPN_PHONE_FLAGS: Final = AvpDef("S-Caller-VPN-Phone-Flags", 21210, OCTET_STRING, 0, vendor=2011)
S_CALLER_PBX_DISPLAY_NUMBER: Final = AvpDef("S-Caller-PBX-Display-Number", 21211, OCTET_STRING, 0, vendor=2011)
S_CALLER_HUNTING_MAIN_NUMBER: Final = AvpDef("S-Caller-Hunting-Main-Number", 21212, OCTET_STRING, 0, vendor=2011)
S_CALLED_GROUP_NUMBER: Final = AvpDef("S-Called-Group-Number", 21213, OCTET_STRING, 0, vendor=2011)
S_CALLED_TOP_GROUP_NUMBER: Final = AvpDef("S-Called-Top-Group-Number", 21214, OCTET_STRING, 0, vendor=2011)
S_CALLED_NUMBER_TYPE: Final = AvpDef("S-Called-Number-Type", 21216, OCTET_STRING, 0, vendor=2011)
S_CALLED_VPN_PHONE_FLAGS: Final = AvpDef("S-Called-VPN-Phone-Flags", 21217, OCTET_STRING, 0, vendor=2011)
S_CALLED_PBX_DISPLAY_NUMBER: Final = AvpDef("S-Called-PBX-Display-Number", 21218, OCTET_STRING, 0, vendor=2011)
S_CALLED_HUNTING_MAIN_NUMBER: Final = AvpDef("S-Called-Hunting-Main-Number", 21219, OCTET_STRING, 0, vendor=2011)
PARENT_LIMIT_VALUE: Final = AvpDef("Parent-Limit-Value", 21220, INTEGER64, 0, vendor=2011)
EX_TRANS_TYPE: Final = AvpDef("Ex-Trans-Type", 21400, UTF8STRING, 0, vendor=2011)
EVENT_TYPE: Final = AvpDef("Event-Type", 22004, UTF8STRING, 0, vendor=2011)
MERCHANT_ID: Final = AvpDef("Merchant-ID", 22008, UTF8STRING, 0, vendor=2011)
CARD_BRAND_ID: Final = AvpDef("Card-Brand-ID", 22121, OCTET_STRING, 0, vendor=2011)
CHANNEL_ID: Final = AvpDef("Channel-ID", 22347, UTF8STRING, 0, vendor=2011)
NEW_SSP_TIME: Final = AvpDef("New-SSP-Time", 22992, TIME, 0, vendor=2011)
NEW_CARD_MONEY: Final = AvpDef("New-Card-Money", 22994, INTEGER64, 0, vendor=2011)
NEW_MONEY: Final = AvpDef("New-Money", 22995, INTEGER64, 0, vendor=2011)
PERSONAL_PAY_NOTIFY_MODE: Final = AvpDef("Personal-Pay-Notify-Mode", 30015, UTF8STRING, 0, vendor=2011)
PERSONAL_PAY_COST_VALUE: Final = AvpDef("Personal-Pay-Cost-Value", 30016, INTEGER64, 0, vendor=2011)
KEEP_VOICE_FLAG: Final = AvpDef("Keep-Voice-Flag", 30017, UNSIGNED32, 0, vendor=2011)
SAME_CUG_NOT_FREE_NOTIFY_FLAG: Final = AvpDef("Same-CUG-Not-Free-Notify-Flag", 30020, INTEGER32, 0, vendor=2011)
U_BILLED_FEE: Final = AvpDef("U-Billed-Fee", 30022, INTEGER32, 0, vendor=2011)
SHARE_CALL_PERCENT: Final = AvpDef("Share-Call-Percent", 30023, INTEGER32, 0, vendor=2011)
I_SAAS_TENANT_ID: Final = AvpDef("I-Saas-Tenant-ID", 30049, INTEGER32, 0, vendor=2011)
I_FIRST_CALL_FLAG: Final = AvpDef("I-First-Call-Flag", 30050, UTF8STRING, 0, vendor=2011)
CHARGE_NUMBER_NATURE: Final = AvpDef("Charge-Number-Nature", 30051, INTEGER32, 0, vendor=2011)
PREMIUM_SMS_FLAG: Final = AvpDef("Premium-Sms-Flag", 30127, ENUMERATED, M, vendor=2011)
EX_PARAMETER_1: Final = AvpDef("Ex-Parameter-1", 30312, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_2: Final = AvpDef("Ex-Parameter-2", 30313, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_3: Final = AvpDef("Ex-Parameter-3", 30314, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_4: Final = AvpDef("Ex-Parameter-4", 30315, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_5: Final = AvpDef("Ex-Parameter-5", 30316, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_6: Final = AvpDef("Ex-Parameter-6", 30317, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_7: Final = AvpDef("Ex-Parameter-7", 30318, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_8: Final = AvpDef("Ex-Parameter-8", 30319, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_9: Final = AvpDef("Ex-Parameter-9", 30320, UTF8STRING, 0, vendor=2011)
EX_PARAMETER_10: Final = AvpDef("Ex-Parameter-10", 30321, UTF8STRING, 0, vendor=2011)
CURRENT_ACCOUNT_BALANCE_30322: Final = AvpDef("Current-Account-Balance-30322", 30322, INTEGER64, 0, vendor=2011)
TRANSACTION_OPERATION_STATUS: Final = AvpDef("Transaction-Operation-Status", 30323, UNSIGNED32, 0, vendor=2011)
SUM_BALANCE_INFO: Final = AvpDef("Sum-Balance-Info", 30324, GROUPED, 0, vendor=2011)
CHANGE_TYPE: Final = AvpDef("Change-Type", 30325, UNSIGNED32, 0, vendor=2011)
BALANCE_TYPE: Final = AvpDef("Balance-Type", 30326, INTEGER64, 0, vendor=2011)
OPERATION_DESCRIPTION: Final = AvpDef("Operation-Description", 30327, UTF8STRING, 0, vendor=2011)
ACCOUNT_CLASS: Final = AvpDef("Account-Class", 30330, UNSIGNED32, 0, vendor=2011)
APPLY_TIME: Final = AvpDef("Apply-Time", 30332, OCTET_STRING, 0, vendor=2011)
EXPIRE_TIME: Final = AvpDef("Expire-Time", 30333, OCTET_STRING, 0, vendor=2011)
SERVICE_TRANSACTION_ID: Final = AvpDef("Service-Transaction-ID", 30335, UTF8STRING, 0, vendor=2011)
ABM_OPERATION_TYPE: Final = AvpDef("ABM-Operation-Type", 30336, UNSIGNED32, 0, vendor=2011)
CUMULATE_TYPE: Final = AvpDef("Cumulate-Type", 30338, INTEGER64, 0, vendor=2011)
CYCLE_START_TIME: Final = AvpDef("Cycle-Start-Time", 30341, OCTET_STRING, 0, vendor=2011)
CYCLE_END_TIME: Final = AvpDef("Cycle-End-Time", 30342, OCTET_STRING, 0, vendor=2011)
ORIGINAL_CREDIT: Final = AvpDef("Original-Credit", 30343, INTEGER64, 0, vendor=2011)
CREDIT_TYPE: Final = AvpDef("Credit-Type", 30344, UNSIGNED64, 0, vendor=2011)
UNIT_TYPE: Final = AvpDef("Unit-Type", 30346, UNSIGNED32, 0, vendor=2011)
ACCOUNT_CODE: Final = AvpDef("Account-Code", 30347, UTF8STRING, 0, vendor=2011)
ACCOUNT_BALANCE_CHANGE_30348: Final = AvpDef("Account-Balance-Change-30348", 30348, INTEGER64, 0, vendor=2011)
ACCESS_MODULE: Final = AvpDef("Access-Module", 30349, INTEGER32, 0, vendor=2011)
SERVICE_SEQ_NO: Final = AvpDef("Service-Seq-No", 30350, UTF8STRING, 0, vendor=2011)
ACCESS_FRONT_END_ID: Final = AvpDef("Access-Front-End-Id", 30356, UTF8STRING, 0, vendor=2011)
PURPOSE_ID: Final = AvpDef("Purpose-Id", 30357, UTF8STRING, 0, vendor=2011)
CONSUMER_ACCOUNT_ID: Final = AvpDef("Consumer-Account-Id", 30359, UNSIGNED32, 0, vendor=2011)
SERVICE_TIME_OUT: Final = AvpDef("Service-Time-Out", 30360, INTEGER64, 0, vendor=2011)
CALL_BEGIN_TIME: Final = AvpDef("Call-Begin-Time", 30365, UTF8STRING, 0, vendor=2011)
INAPCS1_TARIFF_CLASS: Final = AvpDef("INAPCS1-Tariff-Class", 30383, UTF8STRING, 0, vendor=2011)
MEMBER_SCREEN_CLASS: Final = AvpDef("Member-Screen-Class", 30406, UTF8STRING, 0, vendor=2011)
SCREEN_ZONE_ID: Final = AvpDef("Screen-Zone-ID", 30407, INTEGER32, 0, vendor=2011)
AUTH_INFORMATION: Final = AvpDef("Auth-Information", 30800, GROUPED, 0, vendor=2011)
AUTH_RESULT_CODE: Final = AvpDef("Auth-Result-Code", 30801, UNSIGNED32, 0, vendor=2011)
AUTH_USER_STATE: Final = AvpDef("Auth-User-State", 30802, UTF8STRING, 0, vendor=2011)
AUTH_ACTION: Final = AvpDef("Auth-Action", 30803, UTF8STRING, 0, vendor=2011)
AUTH_VOICE_ID: Final = AvpDef("Auth-Voice-ID", 30804, UNSIGNED32, 0, vendor=2011)
AUTH_MESSAGE_ID: Final = AvpDef("Auth-Message-ID", 30805, UNSIGNED32, 0, vendor=2011)
AUTH_SUB_SERVICE_KEY: Final = AvpDef("Auth-Sub-Service-Key", 30806, UTF8STRING, 0, vendor=2011)
RN_PREFIX: Final = AvpDef("RN-Prefix", 30808, UTF8STRING, 0, vendor=2011)
RECIPIENT_TYPE: Final = AvpDef("Recipient-Type", 30809, ENUMERATED, 0, vendor=2011)
IVR_LANG: Final = AvpDef("IVR-Lang", 30811, UNSIGNED32, 0, vendor=2011)
SMS_LANG: Final = AvpDef("SMS-Lang", 30812, UNSIGNED32, 0, vendor=2011)
PAY_TYPE: Final = AvpDef("Pay-Type", 30813, UNSIGNED32, 0, vendor=2011)
STATE: Final = AvpDef("State", 30814, UNSIGNED32, 0, vendor=2011)
BRAND: Final = AvpDef("Brand", 30815, UNSIGNED32, 0, vendor=2011)
MAIN_PRODUCT_ID: Final = AvpDef("Main-Product-ID", 30816, UNSIGNED32, 0, vendor=2011)
ACTIVATION_DATE: Final = AvpDef("Activation-Date", 30820, OCTET_STRING, 0, vendor=2011)
PPS_BALANCE: Final = AvpDef("PPS-Balance", 30821, INTEGER64, 0, vendor=2011)
POS_BALANCE: Final = AvpDef("POS-Balance", 30822, INTEGER64, 0, vendor=2011)
MANAGEMENT_STATE: Final = AvpDef("Management-State", 30823, UTF8STRING, 0, vendor=2011)
AUTH_SUB_BRAND_TYPE: Final = AvpDef("Auth-Sub-Brand-Type", 30910, UNSIGNED32, 0, vendor=2011)
V_MCC_MNC_ADDR: Final = AvpDef("V-MCC-MNC-Addr", 30924, UNSIGNED32, 0, vendor=2011)
BALANCE_INFO: Final = AvpDef("Balance-Info", 60001, GROUPED, 0, vendor=2011)
PAYMENT_TYPE: Final = AvpDef("Payment-Type", 60002, INTEGER32, 0, vendor=2011)
BALANCE_CATEGORY: Final = AvpDef("Balance-Category", 60003, INTEGER32, 0, vendor=2011)
BALANCE_ID: Final = AvpDef("Balance-Id", 60004, INTEGER64, 0, vendor=2011)
BALANCE_TYPE_60005: Final = AvpDef("Balance-Type-60005", 60005, INTEGER32, 0, vendor=2011)
CURRENT_BALANCE: Final = AvpDef("Current-Balance", 60006, INTEGER64, 0, vendor=2011)
BALANCE_DATE: Final = AvpDef("Balance-Date", 60007, TIME, 0, vendor=2011)
RELATED_OBJECT_TYPE: Final = AvpDef("Related-Object-Type", 60008, INTEGER32, 0, vendor=2011)
RELATED_OBJECT_ID: Final = AvpDef("Related-Object-ID", 60009, INTEGER64, 0, vendor=2011)
UNPAID_FEE: Final = AvpDef("Unpaid-Fee", 60010, INTEGER64, 0, vendor=2011)
TDF_APPLICATION_INSTANCE_IDENTIFIER_BASE: Final = AvpDef("TDF-Application-Instance-Identifier-Base", 1100, UTF8STRING, 0, vendor=2636)
SERVICE_CHAINING_INFORMATION: Final = AvpDef("Service-Chaining-Information", 1101, UTF8STRING, 0, vendor=2636)
LRF_PROFILE_NAME: Final = AvpDef("LRF-Profile-Name", 1102, UTF8STRING, 0, vendor=2636)
HCM_PROFILE_NAME: Final = AvpDef("HCM-Profile-Name", 1103, UTF8STRING, 0, vendor=2636)
FORWARDING_CLASS_NAME: Final = AvpDef("Forwarding-Class-Name", 1104, UTF8STRING, 0, vendor=2636)
REDIRECT_VRF: Final = AvpDef("Redirect-VRF", 1105, UTF8STRING, 0, vendor=2636)
REQUESTED_BURSTSIZE_UL: Final = AvpDef("Requested-Burstsize-UL", 1106, INTEGER32, 0, vendor=2636)
REQUESTED_BURSTSIZE_DL: Final = AvpDef("Requested-Burstsize-DL", 1107, INTEGER32, 0, vendor=2636)
STEERING_INFORMATION: Final = AvpDef("Steering-Information", 1108, GROUPED, 0, vendor=2636)
STEERING_UPLINK_VRF: Final = AvpDef("Steering-Uplink-VRF", 1109, UTF8STRING, 0, vendor=2636)
STEERING_DOWNLINK_VRF: Final = AvpDef("Steering-Downlink-VRF", 1110, UTF8STRING, 0, vendor=2636)
STEERING_IP_ADDRESS: Final = AvpDef("Steering-IP-Address", 1111, ADDRESS, 0, vendor=2636)
SIEMENS_IMSI: Final = AvpDef("Siemens-IMSI", 1106, UTF8STRING, M, vendor=4329)
SIEMENS_MSIDN: Final = AvpDef("Siemens-MSIDN", 1107, UTF8STRING, M, vendor=4329)
SIEMENS_SERVER_NAME: Final = AvpDef("Siemens-Server-Name", 1110, UTF8STRING, M, vendor=4329)
CONTEXT_TYPE: Final = AvpDef("Context-Type", 256, ENUMERATED, 0, vendor=12645)
VODAFONE_QUOTA_CONSUMPTION_TIME: Final = AvpDef("Vodafone-Quota-Consumption-Time", 257, UNSIGNED32, 0, vendor=12645)
VODAFONE_QUOTA_HOLDING_TIME: Final = AvpDef("Vodafone-Quota-Holding-Time", 258, UNSIGNED32, 0, vendor=12645)
VODAFONE_TIME_QUOTA_THRESHOLD: Final = AvpDef("Vodafone-Time-Quota-Threshold", 259, UNSIGNED32, 0, vendor=12645)
RADIO_ACCESS_TECHNOLOGY: Final = AvpDef("Radio-Access-Technology", 260, ENUMERATED, 0, vendor=12645)
VODAFONE_REPORTING_REASON: Final = AvpDef("Vodafone-Reporting-Reason", 261, ENUMERATED, 0, vendor=12645)
VODAFONE_RULEBASE_ID: Final = AvpDef("Vodafone-Rulebase-Id", 262, UTF8STRING, 0, vendor=12645)
VODAFONE_TIME_OF_FIRST_USAGE: Final = AvpDef("Vodafone-Time-Of-First-Usage", 263, TIME, 0, vendor=12645)
VODAFONE_TIME_OF_LAST_USAGE: Final = AvpDef("Vodafone-Time-Of-Last-Usage", 264, TIME, 0, vendor=12645)
VODAFONE_TRIGGER: Final = AvpDef("Vodafone-Trigger", 265, GROUPED, 0, vendor=12645)
VODAFONE_TRIGGER_TYPE: Final = AvpDef("Vodafone-Trigger-Type", 266, ENUMERATED, 0, vendor=12645)
USER_LOCATION_INFORMATION: Final = AvpDef("User-Location-Information", 267, OCTET_STRING, 0, vendor=12645)
VODAFONE_VOLUME_QUOTA_THRESHOLD: Final = AvpDef("Vodafone-Volume-Quota-Threshold", 268, UNSIGNED32, 0, vendor=12645)
IDLE_TO_CONNECTED_TRANSITION_COUNT: Final = AvpDef("Idle-To-Connected-Transition-Count", 5001, INTEGER32, M, vendor=12951)
CONNECTED_DURATION: Final = AvpDef("Connected-Duration", 5002, UNSIGNED32, M, vendor=12951)
CHARGING_GATEWAY_FUNCTION_HOST: Final = AvpDef("Charging-Gateway-Function-Host", 6068, OCTET_STRING, 0, vendor=12951)
CHARGING_GROUP_ID: Final = AvpDef("Charging-Group-ID", 6069, OCTET_STRING, 0, vendor=12951)
LI_INDICATOR_GX: Final = AvpDef("LI-Indicator-Gx", 6092, GROUPED, 0, vendor=12951)
RANDOM_VECTOR: Final = AvpDef("Random-Vector", 6093, OCTET_STRING, 0, vendor=12951)
INTERCEPTION_ACTION: Final = AvpDef("Interception-Action", 6094, OCTET_STRING, 0, vendor=12951)
LI_CORRELATION_ID: Final = AvpDef("LI-Correlation-ID", 6095, OCTET_STRING, 0, vendor=12951)
LI_TARGETMFADDRESS: Final = AvpDef("LI-TargetMFAddress", 6096, GROUPED, 0, vendor=12951)
LI_TARGETID: Final = AvpDef("LI-TargetID", 6097, OCTET_STRING, 0, vendor=12951)
MF_ADDRESS: Final = AvpDef("MF-Address", 6098, OCTET_STRING, 0, vendor=12951)
MF_PORT: Final = AvpDef("MF-Port", 6099, OCTET_STRING, 0, vendor=12951)
SELF_ACTIVATION_STATUS: Final = AvpDef("Self-Activation-Status", 6115, ENUMERATED, 0, vendor=12951)
VIRTUAL_APN_NAME: Final = AvpDef("Virtual-APN-Name", 6116, UTF8STRING, 0, vendor=12951)
ORIGINATION_TIMESTAMP: Final = AvpDef("Origination-Timestamp", 7102, UNSIGNED64, 0, vendor=12951)
MAX_WAIT_TIME: Final = AvpDef("Max-Wait-Time", 7103, UNSIGNED32, 0, vendor=12951)
ONLINE_RESPONSE_REQUIRED: Final = AvpDef("Online-Response-Required", 8105, ENUMERATED, 0, vendor=12951)
METASWITCH_INFORMATION: Final = AvpDef("Metaswitch-Information", 10000, GROUPED, 0, vendor=19444)
ADJACENCY_NAME: Final = AvpDef("Adjacency-Name", 10001, GROUPED, 0, vendor=19444)
INCOMING_ADJACENCY_NAME: Final = AvpDef("Incoming-Adjacency-Name", 10002, UTF8STRING, 0, vendor=19444)
OUTGOING_ADJACENCY_NAME: Final = AvpDef("Outgoing-Adjacency-Name", 10003, UTF8STRING, 0, vendor=19444)
ACCOUNT_NAME: Final = AvpDef("Account-Name", 10004, GROUPED, 0, vendor=19444)
INCOMING_ACCOUNT_NAME: Final = AvpDef("Incoming-Account-Name", 10005, UTF8STRING, 0, vendor=19444)
OUTGOING_ACCOUNT_NAME: Final = AvpDef("Outgoing-Account-Name", 10006, UTF8STRING, 0, vendor=19444)
SIP_DIVERSION: Final = AvpDef("SIP-Diversion", 10007, UTF8STRING, 0, vendor=19444)
INPUT_OUTPUT_OCTETS: Final = AvpDef("Input-Output-Octets", 10008, GROUPED, 0, vendor=19444)
INGRESS_INPUT_OCTETS: Final = AvpDef("Ingress-Input-Octets", 10009, UNSIGNED32, 0, vendor=19444)
INGRESS_OUTPUT_OCTETS: Final = AvpDef("Ingress-Output-Octets", 10010, UNSIGNED32, 0, vendor=19444)
EGRESS_INPUT_OCTETS: Final = AvpDef("Egress-Input-Octets", 10011, UNSIGNED32, 0, vendor=19444)
EGRESS_OUTPUT_OCTETS: Final = AvpDef("Egress-Output-Octets", 10012, UNSIGNED32, 0, vendor=19444)
DISCONNECT_DIRECTION: Final = AvpDef("Disconnect-Direction", 10013, ENUMERATED, 0, vendor=19444)
MEDIA_DESCRIPTION: Final = AvpDef("Media-Description", 10014, UTF8STRING, 0, vendor=19444)
CS_ADDITIONAL_CALLING_PARTY_NUMBER: Final = AvpDef("CS-Additional-Calling-Party-Number", 1, OCTET_STRING, M, vendor=27640)
CS_ANNOUNCEMENT: Final = AvpDef("CS-Announcement", 2, GROUPED, M, vendor=27640)
CS_ANNOUNCEMENT_CODE: Final = AvpDef("CS-Announcement-Code", 3, UNSIGNED32, M, vendor=27640)
CS_ANNOUNCEMENT_DATA: Final = AvpDef("CS-Announcement-Data", 4, GROUPED, M, vendor=27640)
CS_ANNOUNCEMENT_DATA_TYPE: Final = AvpDef("CS-Announcement-Data-Type", 5, ENUMERATED, M, vendor=27640)
CS_ANNOUNCEMENT_DATA_VALUE: Final = AvpDef("CS-Announcement-Data-Value", 6, OCTET_STRING, M, vendor=27640)
CS_BEARER_CAPABILITY: Final = AvpDef("CS-Bearer-Capability", 7, OCTET_STRING, M, vendor=27640)
CS_CALL_REFERENCE_NUMBER: Final = AvpDef("CS-Call-Reference-Number", 8, OCTET_STRING, M, vendor=27640)
CS_CALLED_PARTY_NUMBER: Final = AvpDef("CS-Called-Party-Number", 9, OCTET_STRING, M, vendor=27640)
CS_CALLING_PARTYS_CATEGORY: Final = AvpDef("CS-Calling-Partys-Category", 10, OCTET_STRING, M, vendor=27640)
CS_CALLING_PARTY_NUMBER: Final = AvpDef("CS-Calling-Party-Number", 11, OCTET_STRING, M, vendor=27640)
CS_EVENT_TYPE_BCSM: Final = AvpDef("CS-Event-Type-BCSM", 12, ENUMERATED, M, vendor=27640)
CS_FIRST_CALL_INDICATION: Final = AvpDef("CS-First-Call-Indication", 13, ENUMERATED, M, vendor=27640)
CS_FREE_FORMAT_DATA: Final = AvpDef("CS-Free-Format-Data", 14, OCTET_STRING, M, vendor=27640)
CS_FURNISH_CHARGING_INFORMATION: Final = AvpDef("CS-Furnish-Charging-Information", 15, GROUPED, M, vendor=27640)
CS_HIGH_LAYER_COMPATIBILITY: Final = AvpDef("CS-High-Layer-Compatibility", 16, OCTET_STRING, M, vendor=27640)
CS_INFORMATION: Final = AvpDef("CS-Information", 17, GROUPED, M, vendor=27640)
CS_LOCATION_INFORMATION: Final = AvpDef("CS-Location-Information", 18, GROUPED, M, vendor=27640)
CS_MSC_ADDRESS: Final = AvpDef("CS-MSC-Address", 19, OCTET_STRING, M, vendor=27640)
CS_ORIGINAL_CALLED_PARTY_ID: Final = AvpDef("CS-Original-Called-Party-ID", 20, OCTET_STRING, M, vendor=27640)
CS_ORIGINATING_LOCATION_NUMBER: Final = AvpDef("CS-Originating-Location-Number", 21, OCTET_STRING, M, vendor=27640)
CS_PARTY_TO_CHARGE: Final = AvpDef("CS-Party-To-Charge", 22, UNSIGNED32, M, vendor=27640)
CS_REDIRECTING_PARTY_NUMBER: Final = AvpDef("CS-Redirecting-Party-Number", 23, OCTET_STRING, M, vendor=27640)
CS_REDIRECTION_INFORMATION: Final = AvpDef("CS-Redirection-Information", 24, OCTET_STRING, M, vendor=27640)
CS_RELEASE_CAUSE_CODE: Final = AvpDef("CS-Release-Cause-Code", 25, INTEGER32, M, vendor=27640)
CS_REROUTING_NUMBER: Final = AvpDef("CS-Rerouting-Number", 26, OCTET_STRING, M, vendor=27640)
CS_SERVICE_KEY: Final = AvpDef("CS-Service-Key", 27, INTEGER32, M, vendor=27640)
CS_TERMINATING_VLR_NUMBER: Final = AvpDef("CS-Terminating-VLR-Number", 28, OCTET_STRING, M, vendor=27640)
CS_WARNING_PERIOD: Final = AvpDef("CS-Warning-Period", 29, UNSIGNED32, M, vendor=27640)
CS_ACCUMULATED_TIME: Final = AvpDef("CS-Accumulated-Time", 30, UNSIGNED32, M, vendor=27640)
CS_ANNOUNCEMENT_LOGIC: Final = AvpDef("CS-Announcement-Logic", 31, ENUMERATED, M, vendor=27640)
CS_ANNOUNCEMENT_TYPE: Final = AvpDef("CS-Announcement-Type", 32, ENUMERATED, M, vendor=27640)
CS_BALANCE_TOPUP_DATA: Final = AvpDef("CS-Balance-TopUp-Data", 33, OCTET_STRING, M, vendor=27640)
CS_CALL_SETUP_RESULT_CODE: Final = AvpDef("CS-Call-SetUp-Result-Code", 34, UNSIGNED32, M, vendor=27640)
CS_CUSTOMER_DATA: Final = AvpDef("CS-Customer-Data", 35, UTF8STRING, M, vendor=27640)
CS_DIALOGUE_HANDLING: Final = AvpDef("CS-Dialogue-Handling", 36, ENUMERATED, M, vendor=27640)
CS_ISUP_RELEASE_CAUSE_CODE: Final = AvpDef("CS-ISUP-Release-Cause-Code", 37, OCTET_STRING, M, vendor=27640)
CS_MAX_CALL_DURATION: Final = AvpDef("CS-Max-Call-Duration", 38, UNSIGNED32, M, vendor=27640)
CS_RESULT_CODE: Final = AvpDef("CS-Result-Code", 39, UNSIGNED32, M, vendor=27640)
CS_START_OF_CHARGING: Final = AvpDef("CS-Start-Of-Charging", 40, TIME, M, vendor=27640)
CS_TELESERVICE_CODE: Final = AvpDef("CS-Teleservice-Code", 41, UNSIGNED32, M, vendor=27640)
CS_TRAFFIC_CASE: Final = AvpDef("CS-Traffic-Case", 42, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO: Final = AvpDef("CS-AoC-Info", 43, GROUPED, M, vendor=27640)
CS_AOC_INFO_E1: Final = AvpDef("CS-AoC-Info-e1", 44, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E2: Final = AvpDef("CS-AoC-Info-e2", 45, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E3: Final = AvpDef("CS-AoC-Info-e3", 46, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E4: Final = AvpDef("CS-AoC-Info-e4", 47, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E5: Final = AvpDef("CS-AoC-Info-e5", 48, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E6: Final = AvpDef("CS-AoC-Info-e6", 49, UNSIGNED32, M, vendor=27640)
CS_AOC_INFO_E7: Final = AvpDef("CS-AoC-Info-e7", 50, UNSIGNED32, M, vendor=27640)
CS_CALLED_PARTY_BCD_NUMBER: Final = AvpDef("CS-Called-Party-BCD-Number", 51, OCTET_STRING, M, vendor=27640)
CS_CONFERENCE_ID: Final = AvpDef("CS-Conference-Id", 52, UTF8STRING, M, vendor=27640)
CS_MULTIPARTY_CALL_INDICATION: Final = AvpDef("CS-MultiParty-Call-Indication", 53, GROUPED, M, vendor=27640)
CS_NETWORK_TYPE: Final = AvpDef("CS-Network-Type", 54, UNSIGNED32, M, vendor=27640)
CS_SERVICE_ID: Final = AvpDef("CS-Service-Id", 55, UNSIGNED32, M, vendor=27640)
OCS_ACCOUNT_MANAGEMENT_OP: Final = AvpDef("OCS-Account-Management-Op", 56, UTF8STRING, M, vendor=27640)
NSN_IN_INFORMATION: Final = AvpDef("NSN-IN-Information", 100, GROUPED, M, vendor=28458)
NSN_ACCOUNT_LOCATION_ID: Final = AvpDef("NSN-Account-Location-Id", 223, UTF8STRING, M, vendor=28458)
USER_AGENT_TYPE: Final = AvpDef("User-Agent-Type", 2016, ENUMERATED, M, vendor=28458)
ACCOUNT_STATE: Final = AvpDef("Account-State", 60528, UTF8STRING, M, vendor=28458)
SUBSCRIBER_SPECIFIC_INFO: Final = AvpDef("Subscriber-Specific-Info", 60530, GROUPED, M, vendor=28458)
OFFER_NAME: Final = AvpDef("Offer-Name", 60551, UTF8STRING, M, vendor=28458)
VERSION: Final = AvpDef("Version", 60552, UTF8STRING, M, vendor=28458)
ACTIVE_PRODUCT_OFFER: Final = AvpDef("Active-Product-Offer", 60553, GROUPED, M, vendor=28458)
EXPIRY_DATE: Final = AvpDef("Expiry-Date", 60554, TIME, M, vendor=28458)
BILLING_ACCOUNT: Final = AvpDef("Billing-Account", 60557, GROUPED, M, vendor=28458)
BILLING_ACCOUNT_NUMBER: Final = AvpDef("Billing-Account-Number", 60558, INTEGER32, M, vendor=28458)
ACCOUNT_TYPE_60559: Final = AvpDef("Account-Type-60559", 60559, UTF8STRING, M, vendor=28458)
ACCOUNT_SUBTYPE: Final = AvpDef("Account-Subtype", 60560, UTF8STRING, M, vendor=28458)
INOVAR_FORWARD_TO_PARTY: Final = AvpDef("Inovar-Forward-To-Party", 4001, UTF8STRING, M, vendor=41897)
INOVAR_APP_CODE: Final = AvpDef("Inovar-App-Code", 4002, ENUMERATED, M, vendor=41897)
INOVAR_SERVICE_CODE: Final = AvpDef("Inovar-Service-Code", 4003, ENUMERATED, M, vendor=41897)
INOVAR_SERVICE_ID: Final = AvpDef("Inovar-Service-ID", 4004, GROUPED, M, vendor=41897)
INOVAR_UNSUCCESSFUL_CALL_REASON: Final = AvpDef("Inovar-Unsuccessful-Call-Reason", 4005, GROUPED, M, vendor=41897)
INOVAR_SIP_RESPONSE_CODE: Final = AvpDef("Inovar-SIP-Response-Code", 4006, INTEGER32, M, vendor=41897)
INOVAR_ISUP_CAUSE: Final = AvpDef("Inovar-ISUP-Cause", 4007, INTEGER32, M, vendor=41897)
INOVAR_SUPPLEMENTARY_SERVICE_ID: Final = AvpDef("Inovar-Supplementary-Service-Id", 4008, INTEGER32, M, vendor=41897)
INOVAR_PS_REGISTRATION_STATUS: Final = AvpDef("Inovar-PS-Registration-Status", 4009, ENUMERATED, M, vendor=41897)
INOVAR_SERVICE_RESULT: Final = AvpDef("Inovar-Service-Result", 4010, ENUMERATED, M, vendor=41897)
INOVAR_CALLING_PARTY_INFO: Final = AvpDef("Inovar-Calling-Party-Info", 4011, GROUPED, M, vendor=41897)

# Enums: class name: (AVP, docstring, (member, value)...)
_ENUMS: Final[Enums] = {
    "PeerState": (PEER_STATE, "Values of Peer-State.", (("DOWN", 0), ("UP", 1),)),
    "PeerType": (PEER_TYPE, "Values of Peer-Type.", (("CLIENT", 0), ("SERVER", 1), ("CLIENT_AND_SERVER", 2), ("PROXY", 3),)),
    "AccServiceType": (ACC_SERVICE_TYPE, "Values of Acc-Service-Type.", (("AUDIO_CONFERENCE", 0), ("VIDEO_CONFERENCE", 1),)),
    "SSOStatus": (SSO_STATUS, "Values of SSO-Status.", (("NON_VALID", 0), ("NON_TRUSTED", 1),)),
    "PDPContextType": (PDP_CONTEXT_TYPE, "Values of PDP-context-type.", (("PRIMARY", 0), ("SECONDARY", 1),)),
    "ActiveTimeReporting": (ACTIVE_TIME_REPORTING, "Values of Active-Time-Reporting.", (("NO_REPORTING", 0), ("REPORT_TIMESTAMP", 1), ("REPORT_TIME_STAMP_VOLUME", 2),)),
    "TimeQuotaMethod": (TIME_QUOTA_METHOD, "Values of Time-Quota-Method.", (("DURATION", 1), ("INACTIVITY_INCLUDED", 2), ("INACTIVITY", 3), ("ACTIVE_PERIODS", 4),)),
    "UserRedirected": (USER_REDIRECTED, "Values of User-Redirected.", (("APPEND_URL", 1),)),
    "URLModifier": (URL_MODIFIER, "Values of URL-Modifier.", (("APPEND_URL", 1),)),
    "GPRSRoamingStatus": (GPRS_ROAMING_STATUS, "Values of GPRS-Roaming-Status.", (("HOME", 0), ("VISITED", 1),)),
    "SCAPSubscriptionIdType": (SCAP_SUBSCRIPTION_ID_TYPE, "Values of SCAP-Subscription-Id-Type.", (("END_USER_MSISDN", 0), ("END_USER_IMSI", 1), ("END_USER_SIP_URI", 2), ("END_USER_NAI", 3), ("END_USER_PRIVATE", 4),)),
    "AbnormalTerminationReason": (ABNORMAL_TERMINATION_REASON, "Values of Abnormal-Termination-Reason.", (("SERVICE_ELEMENT_TERMINATION", 0), ("CONNECTION_TO_USER_BROKEN", 1),)),
    "SCAPServiceParameterType": (SCAP_SERVICE_PARAMETER_TYPE, "Values of SCAP-Service-Parameter-Type.", (("SERVICE_PROVIDER_ID", 0), ("EXTENSION_NUMBER_1", 1), ("EXTENSION_NUMBER_2", 2), ("EXTENSION_NUMBER_3", 3), ("EXTENSION_NUMBER_4", 4), ("EXTENSION_TEXT", 5), ("GPRS_QUALITY_OF_SERVICE", 6), ("REDIRECTING_PARTY_NUMBER", 7), ("ORIGINATING_LOCATION_INFORMATION", 8), ("TERMINATING_LOCATION_INFORMATION", 9), ("REGION_CHARGING_ORIGIN", 10), ("SUBSCRIPTION_TYPE", 11), ("SMS_DELIVERY_STATUS", 12), ("TIME_ZONE", 13), ("TRAFFIC_CASE", 14), ("DEDICATED_ACCOUNT_ID", 15), ("CALLING_PARTY_NUMBER", 16), ("CALLED_PARTY_NUMBER", 17), ("TELE_SERVICE_CODE", 18), ("SERVICE_KEY", 19),)),
    "SCAPUnitType": (SCAP_UNIT_TYPE, "Values of SCAP-Unit-Type.", (("SERVICE_CREDIT_TIME", 0), ("SERVICE_CREDIT_VOLUME", 1), ("SERVICE_CREDIT_EVENTS", 2), ("SERVICE_CREDIT_MONEY", 3),)),
    "SCAPCheckBalanceResult": (SCAP_CHECK_BALANCE_RESULT, "Values of SCAP-Check-Balance-Result.", (("ENOUGH_CREDIT", 0), ("NO_CREDIT", 1),)),
    "SCAPRequestedAction": (SCAP_REQUESTED_ACTION, "Values of SCAP-Requested-Action.", (("DIRECT_DEBITING", 0), ("REFUND_ACCOUNT", 1), ("CHECK_BALANCE", 2), ("PRICE_ENQUIRY", 3),)),
    "AuthorizationState": (AUTHORIZATION_STATE, "Values of Authorization-State.", (("AUTHORIZED", 0), ("UNAUTHORIZED_DUE_TO_CALENDAR_TIME", 1), ("UNAUTHORIZED_DUE_TO_ROAMING", 2), ("UNAUTHORIZED_DUE_TO_QOS", 3), ("UNAUTHORIZED_DUE_TO_BLACKLISTING", 4), ("UNAUTHORIZED_DUE_TO_TERMINAL_LIMITATIONS", 5), ("UNAUTHORIZED_DUE_TO_USER_DEFINED_REASON_1", 6), ("UNAUTHORIZED_DUE_TO_USER_DEFINED_REASON_2", 7), ("UNAUTHORIZED_DUE_TO_USER_DEFINED_REASON_3", 8), ("UNAUTHORIZED_DUE_TO_USER_DEFINED_REASON_4", 9), ("UNAUTHORIZED_DUE_TO_USER_DEFINED_REASON_5", 10), ("UNAUTHORIZED_DUE_TO_UNKNOWN_REASON", 11), ("UNAUTHORIZED_DUE_TO_USAGE_REPORTING_OVER_GX", 12),)),
    "NextAuthorizationState": (NEXT_AUTHORIZATION_STATE, "Values of Next-Authorization-State.", (("AUTHORIZED", 0), ("UNAUTHORIZED_DUE_TO_CALENDAR_TIME", 1),)),
    "OtherPartyIdNature": (OTHER_PARTY_ID_NATURE, "Values of Other-Party-Id-Nature.", (("UNKNOWN", 0), ("INTERNATIONAL", 1), ("NATIONAL", 2), ("SUBSCRIBER_NUMBER", 4), ("ALPHANUMERIC", 5),)),
    "OtherPartyIdType": (OTHER_PARTY_ID_TYPE, "Values of Other-Party-Id-Type.", (("END_USER_E164", 0), ("END_USER_IMSI", 1), ("END_USER_SIP_URI", 2), ("END_USER_NAI", 3), ("END_USER_PRIVATE", 4),)),
    "ServiceSetupResult": (SERVICE_SETUP_RESULT, "Values of Service-Setup-Result.", (("SUCCESSFUL_RELEASED_BY_SERVICE", 0), ("SUCCESSFUL_DISCONNECTED_BY_CALLING_PARTY", 1), ("SUCCESSFUL_DISCONNECTED_BY_CALLED_PARTY", 2), ("SUCCESSFUL_ONGOING_TOLL_FREE", 3), ("NON_SUCCESSFUL_CALLED_PARTY_ROUTE_SELECT_FAILURE", 4), ("NON_SUCCESSFUL_CALLED_PARTY_BUSY", 5), ("NON_SUCCESSFUL_CALLED_PARTY_NOT_REACHABLE", 6), ("NON_SUCCESSFUL_CALLED_PARTY_NO_ANSWER", 7), ("NON_SUCCESSFUL_CALLING_PARTY_ABANDON", 8), ("NON_SUCCESSFUL_OTHER_REASON", 14), ("CALL_FORWARDING_INVOKED_CHARGING_CANCELLED", 15),)),
    "ServiceSetupResultRequested": (SERVICE_SETUP_RESULT_REQUESTED, "Values of Service-Setup-Result-Requested.", (("RESULT_NOT_NEEDED", 0), ("RESULT_REQUESTED", 1),)),
    "CallingPartyAddressPresentationStatus": (CALLING_PARTY_ADDRESS_PRESENTATION_STATUS, "Values of Calling-Party-Address-Presentation-Status.", (("PRESENTATION_ALLOWED", 0), ("PRESENTATION_RESTRICTED", 1), ("UNKNOWN", 2),)),
    "CalledAssertedIdentityPresentationStatus": (CALLED_ASSERTED_IDENTITY_PRESENTATION_STATUS, "Values of Called-Asserted-Identity-Presentation-Status.", (("PRESENTATION_ALLOWED", 0), ("PRESENTATION_RESTRICTED", 1),)),
    "AuthenticationMethod": (AUTHENTICATION_METHOD, "Values of Authentication_Method.", (("NO_AUTHENTICATION", 0), ("AKA_AUTHENTICATION", 1), ("NASS_BUNDLED_AUTHENTICATION", 2), ("DIGEST_AUTHENTICATION", 3), ("SSO_AUTHENTICATION", 4),)),
    "FromHeaderPresentationStatus": (FROM_HEADER_PRESENTATION_STATUS, "Values of From-Header-Presentation-Status.", (("PRESENTATION_ALLOWED", 0), ("PRESENTATION_RESTRICTED", 1), ("UNKNOWN", 2),)),
    "TransactionType": (TRANSACTION_TYPE, "Values of Transaction-Type.", (("SIP_REQUEST", 0), ("SIP_RESPONSE", 1), ("DIAMETER_REQUEST", 2), ("DIAMETER_ANSWER", 3),)),
    "ServiceNumberType": (SERVICE_NUMBER_TYPE, "Values of Service-Number-Type.", (("OSN", 0), ("NSN", 1), ("NON_SERVICE_E164", 2), ("UNKNOWN", 3),)),
    "SCCServiceIdentity": (SCC_SERVICE_IDENTITY, "Values of SCC_Service_Identity.", (("T_ADS", 0), ("SDS", 100), ("SRVCC", 200),)),
    "SDDTADSDecision": (SDD_TADS_DECISION, "Values of SDD-TADS-Decision.", (("NO_SELECTION", 0), ("NO_SELECTION_AND_REJECT", 1), ("VOLTE_UE_ON_PS", 2), ("VOLTE_UE_ON_CS", 3), ("VOLTE_UE_ON_PS_OR_PS", 4), ("BREAKOUT_TO_CS", 5), ("FIXED_UE_ON_PS_AND_BREAKOUT_TO_CS", 6),)),
    "ASType": (AS_TYPE, "Values of AS-Type.", (("MMTEL_AS", 0), ("REDIRECTION_AS", 1), ("SCHEDULED_CONFERENCE_AS", 2), ("SCC_AS", 3), ("PARLAY_X_AS", 4), ("ST_AS", 5),)),
    "DSRApplicationInvoked": (DSR_APPLICATIONINVOKED, "Values of DSR-ApplicationInvoked.", (("RBAR_ID", 3), ("FABR_ID", 4), ("CPA_ID", 5), ("POLICY_DRA_ID", 6),)),
    "DPAInstruction": (DPA_INSTRUCTION, "Values of DPA-Instruction.", (("SESSION_CREATED", 0), ("IP_ADDRESS_UPDATED", 1), ("AUX_GX_ESTABLISHMENT", 2),)),
    "ChargeFlowType": (CHARGE_FLOW_TYPE, "Values of Charge-Flow-Type.", (("MOBILE_ORIGINATING", 0), ("MOBILE_TERMINATING", 1), ("MOBILE_FORWARDING", 3),)),
    "RechargeMethod": (RECHARGE_METHOD, "Values of Recharge-Method.", (("FIRST_ACTIVATION", 0), ("VOUCHER_IVR_OTHER_PHONE", 1), ("VOUCHER_IVR_SELF_PHONE", 2), ("VOUCHER_SMS_OTHER_PHONE", 3), ("VOUCHER_SMS_SELF_PHONE", 4), ("VOUCHER_USSD_OTHER_PHONE", 5), ("VOUCHER_USSD_SELF_PHONE", 6), ("MANUAL_RECHARGE", 7), ("FIRST_ACTIVATION_BY_RECHARGE_CARD", 8), ("FIRST_ACTIVATION_IN_CASH", 9), ("LOAN_BY_USSD", 10), ("LOAN_BY_IVR", 11), ("EVC_RECHARGE", 999), ("QUERY_RECHARGE_RECORD", 9999),)),
    "ChargeConfirmFlag": (CHARGE_CONFIRM_FLAG, "Values of Charge-Confirm-Flag.", (("CONFIRM", 0), ("CANCEL", 1),)),
    "MeasureType": (MEASURE_TYPE, "Values of Measure-Type.", (("TIME", 1), ("BYTES", 2), ("ITEMS", 3), ("MONEY", 4), ("TIMES", 5), ("PAGES", 6),)),
    "FavCellIdFlag": (FAV_CELL_ID_FLAG, "Values of Fav-Cell-Id-Flag.", (("NOT_IN_PREFERENTIAL_CELL", 0), ("SYSTEM_LEVEL_PREFERENTIAL_CELL", 1), ("USER_LEVEL_PREFERENTIAL_CELL", 2), ("USER_HOMEZONE_AND_SYSTEM_SPECIALZONE", 3),)),
    "TotalCostFlag": (TOTAL_COST_FLAG, "Values of Total-Cost-Flag.", (("NO_CONSUMPTION_RESULT", 0), ("TOTAL_COST", 1),)),
    "ServiceFreeIndicator": (SERVICE_FREE_INDICATOR, "Values of Service-Free-Indicator.", (("NOT_FREE", 0), ("FREE", 1),)),
    "FeeFlag": (FEE_FLAG, "Values of Fee-Flag.", (("ORIGINAL_MODE", 0), ("CALLING_NUMBER", 1), ("CALLED_NUMBER", 2), ("CHARGING_NUMBER", 3),)),
    "FeeType": (FEE_TYPE, "Values of Fee-Type.", (("DEFAULT_MODE", 0), ("BY_ITEM", 1), ("MONTHLY_WITH_AUTH_AND_DEDUCTION", 2), ("MONTHLY_WITH_AUTH_NO_DEDUCTION", 3), ("UPPER_LIMIT_BY_NUMBER_OF_SMS", 4), ("MONTHLY_LIMITED_SMS_WITH_AUTH_AND_DEDUCTION", 5), ("MONTHLY_LIMITED_SMS_WITH_AUTH_NO_DEDUCTION", 6),)),
    "StatusReportRequest": (STATUS_REPORT_REQUEST, "Values of Status-Report-Request.", (("NO", 0), ("YES", 1), ("REFUND_ON_FAILURE", 2),)),
    "SendResult": (SEND_RESULT, "Values of Send-Result.", (("DELIVERED", 0), ("ROLLED_BACK", 1),)),
    "OperationResult": (OPERATION_RESULT, "Values of Operation-Result.", (("SUCCESS", 0), ("PROTOCOL_NOT_SUPPORTED", 1), ("OTHER_REASON", 10), ("MO_ACCOUNT_NOT_EXIST", 11), ("MT_ACCOUNT_NOT_EXIST", 12), ("MO_ACCOUNT_STATE_ABNORMAL", 13), ("MT_ACCOUNT_STATE_ABNORMAL", 14), ("MO_BALANCE_NOT_ENOUGH", 15), ("MT_BALANCE_NOT_ENOUGH", 16),)),
    "NotifyMode": (NOTIFY_MODE, "Values of Notify-Mode.", (("ALWAYS", 1), ("ON_FAILURE", 2), ("ON_SUCCESS", 3), ("NEVER", 4),)),
    "BearerProtocolType": (BEARER_PROTOCOL_TYPE, "Values of Bearer-Protocol-Type.", (("WAP_IP", 1), ("HTTP_TCP_IP", 10), ("SMTP", 20), ("RTSP", 30), ("FTP", 40), ("ADSL_LAN", 100), ("DIAL_UP_ISDN", 101), ("WIFI", 102), ("GPRS_UMTS", 200), ("CDMA", 300), ("WIMAX", 400), ("TD_SCDMA", 500),)),
    "NeedCnfm": (NEED_CNFM, "Values of Need-Cnfm.", (("NO_CONFIRMATION", 0), ("CONFIRMATION_NEEDED", 1),)),
    "Servicetype": (SERVICETYPE, "Values of servicetype.", (("WAP", 0), ("KJAVA", 1), ("SMS", 2), ("MMS", 3), ("MAIL", 4), ("LBS", 5), ("STREAM_MEDIA", 6), ("IMPS", 7), ("UM", 8), ("WAP_PUSH", 9), ("CRBT", 11), ("GENERAL", 12), ("MC", 13), ("PIM", 14), ("VMB", 15), ("CMB", 16), ("PAYMENT_GW", 17), ("STORAGE", 18), ("SERVICE_PACKAGE", 20), ("BANK", 21), ("E_VOUCHER", 22), ("MSG_PLUS", 23),)),
    "ChargeMode": (CHARGE_MODE, "Values of Charge-Mode.", (("BY_TIMES", 0), ("BY_VOLUME", 1), ("BY_DURATION", 2),)),
    "MStat": (M_STAT, "Values of M-Stat.", (("SUCCESS", 0), ("FAILURE", 1),)),
    "CDRChargeMode": (CDR_CHARGE_MODE, "Values of CDR-Charge-Mode.", (("MONTHLY", 0), ("BY_TIMES", 1), ("BY_ITEMS", 2), ("BY_PAGES", 3), ("BY_VOLUME", 4), ("BY_DURATION", 5), ("FIXED_FEE", 6), ("FREE", 7), ("FIXED_FEE_OF_SECONDS", 8), ("FIXED_FEE_OF_TIMES", 9), ("FIXED_FEE_OF_DAYS", 10), ("FIXED_FEE_OF_VOLUME", 11), ("FIXED_FEE_OF_ITEM", 12), ("FIXED_MONTHS_FEE", 13),)),
    "CDRServiceType": (CDR_SERVICE_TYPE, "Values of CDR-Service-Type.", (("WAP", 0), ("KJAVA", 1), ("SMS", 2), ("MMS", 3), ("MAIL", 4), ("LBS", 5), ("STREAM_MEDIA", 6), ("IMPS", 7), ("UM", 8), ("WAP_PUSH", 9), ("CRBT", 11), ("GENERAL", 12), ("MC", 13), ("PIM", 14), ("VMB", 15), ("CMB", 16), ("PAYMENT_GW", 17), ("STORAGE", 18), ("SERVICE_PACKAGE", 20),)),
    "ProvisitionType": (PROVISITION_TYPE, "Values of Provisition-Type.", (("FULL_TRACK_ONLINE_PLAY", 151), ("FULL_TRACK_DOWNLOAD", 152), ("COLOR_RING", 153), ("RING_TONE_DOWNLOAD", 154), ("GAME_DOWNLOAD", 155), ("APPLICATION_DOWNLOAD", 156), ("APPLICATION_ONLINE_PLAY", 157), ("VIDEO_ONLINE_PLAY", 158), ("VIDEO_DOWNLOAD", 159), ("THEME_DOWNLOAD", 160), ("AUDIO_DOWNLOAD", 161), ("PICTURE_DOWNLOAD", 162), ("TEXT_DOWNLOAD", 163), ("WIDGET_DOWNLOAD", 164),)),
    "ChargePartyType": (CHARGE_PARTY_TYPE, "Values of Charge-Party-Type.", (("PREPAID", 0), ("POSTPAID", 1), ("HYBRID", 3), ("FREE_RESOURCE_AND_PROMOTION", 4),)),
    "ActiveMethod": (ACTIVE_METHOD, "Values of Active-Method.", (("IVR", 1), ("USSD", 2), ("SMS", 3), ("OCS", 4), ("WEB_SERVICE", 5), ("GPRS", 6),)),
    "LifecycleState": (LIFECYCLE_STATE, "Values of Lifecycle-State.", (("IDLE", 1), ("ACTIVE", 2), ("BARRED", 3), ("SUSPENDED", 4), ("POOL", 5),)),
    "ReleaseReason": (RELEASE_REASON, "Values of Release-Reason.", (("UNKNOWN", 0), ("OVER_MAXIMUM_CALL_DURATION", 1), ("PARTY_HANGS_UP", 2), ("CALL_DURATION_REDUCED", 3), ("BALANCE_USED_UP", 4), ("MT_TO_VOICEMAIL", 5),)),
    "RechargeCardType": (RECHARGE_CARD_TYPE, "Values of Recharge-Card-Type.", (("AIRTIME_CARD", 2), ("NETWORK_CARD", 3),)),
    "SMSLanguageType": (SMS_LANGUAGE_TYPE, "Values of SMS-Language-Type.", (("MALAY", 1), ("ENGLISH", 2), ("MANDARIN", 3),)),
    "SubscriberType": (SUBSCRIBER_TYPE, "Values of Subscriber-Type.", (("ONE_CARD", 1), ("TWO_CARD", 2),)),
    "ATMRechargeSourceType": (ATM_RECHARGE_SOURCE_TYPE, "Values of ATM-Recharge-Source-Type.", (("RECHARGE", 0), ("PAYMENT", 1),)),
    "MsgSendResult": (MSG_SEND_RESULT, "Values of Msg-Send-Result.", (("FAILED", 0), ("SENT", 1),)),
    "AccessNetworkType": (ACCESS_NETWORK_TYPE, "Values of Access-Network-Type.", (("PSTN", 100), ("PBX", 101), ("PHS", 102), ("GSM", 200), ("GPRS", 201), ("EDGE", 202), ("CDMA", 300), ("CDMA_450", 301), ("WCDMA", 400), ("TD_SCDMA", 500), ("IP_IMS", 600), ("WIFI", 601), ("WIMAX", 602),)),
    "CallType": (CALL_TYPE, "Values of Call-Type.", (("ON_NET", 0), ("OFF_NET", 1), ("CROSS_NET", 2), ("COMMON", 3), ("OFF_NET_NUMBER_GROUP", 4), ("ATTENDANT", 5), ("CHARGE_FREE", 6), ("CLOSED_GROUP", 7), ("SUPER_GROUP", 8), ("CELL_BASED_CHARGE", 9), ("AIP_ATTENDANT", 10), ("OFF_NET_NUMBER_GROUP_MEMBER_LEVEL", 11),)),
    "SDPMediaIdentifier": (SDP_MEDIA_IDENTIFIER, "Values of SDP-Media-Identifier.", (("VOICE_CALL", 0), ("VIDEO_CALL", 1), ("FAX", 2),)),
    "DiversionReason": (DIVERSION_REASON, "Values of Diversion-Reason.", (("UNKNOWN", 0), ("CFU", 1), ("CFB", 2), ("CFNR", 3), ("CFNL", 4), ("CF_DEFLECTION_ALERTING", 5), ("CF_DEFLECTION_IMMEDIATE", 6), ("CFNRC", 7), ("CFU_TO_MAILBOX", 8), ("CFB_TO_MAILBOX", 9), ("CFNR_TO_MAILBOX", 10), ("CFNL_TO_MAILBOX", 11), ("CF_DEFLECTION_IMMEDIATE_TO_MAILBOX", 12), ("CF_DEFLECTION_ALERTING_TO_MAILBOX", 13), ("CFNRC_TO_MAILBOX", 14), ("CFTB", 15), ("CFSB", 16), ("DND_TO_MAILBOX", 17), ("CFNR_IN_CALL_WAIT", 18), ("CFS", 19), ("ACR_TO_MAILBOX", 20), ("CALLER_CALL_TRANSFER", 100), ("CALLED_CALL_TRANSFER", 101), ("CALLER_CALL_TRANSFER_IN_CALL_WAIT", 102), ("CALLED_CALL_TRANSFER_IN_CALL_WAIT", 103), ("CF_PBX_QUEUED", 104), ("CF_SYNCHRONOUS_RING", 105), ("CF_BUTT_CALL", 255),)),
    "CallingPartyAddressNature": (CALLING_PARTY_ADDRESS_NATURE, "Values of Calling-Party-Address-Nature.", (("SPARE", 0), ("SUBSCRIBER_NUMBER", 1), ("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4), ("NETWORK_SPECIFIC", 5),)),
    "CalledPartyAddressNature": (CALLED_PARTY_ADDRESS_NATURE, "Values of Called-Party-Address-Nature.", (("SPARE", 0), ("SUBSCRIBER_NUMBER", 1), ("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4), ("NETWORK_SPECIFIC", 5),)),
    "CalledPartyBCDNumberNature": (CALLED_PARTY_BCDNUMBER_NATURE, "Values of Called-Party-BCDNumber-Nature.", (("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4), ("NETWORK_SPECIFIC", 5), ("DEDICATED_SHORT_NUMBER", 6),)),
    "OriginalCalledPartyIdNature": (ORIGINAL_CALLED_PARTY_ID_NATURE, "Values of Original-Called-Party-Id-Nature.", (("SPARE", 0), ("SUBSCRIBER_NUMBER", 1), ("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4),)),
    "CallingLocationNumberNature": (CALLING_LOCATION_NUMBER_NATURE, "Values of Calling-Location-Number-Nature.", (("SPARE", 0), ("SUBSCRIBER_NUMBER", 1), ("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4),)),
    "CalledLocationNumberNature": (CALLED_LOCATION_NUMBER_NATURE, "Values of Called-Location-Number-Nature.", (("SPARE", 0), ("SUBSCRIBER_NUMBER", 1), ("UNKNOWN", 2), ("NATIONAL", 3), ("INTERNATIONAL", 4),)),
    "PPSNotifyMode": (PPS_NOTIFY_MODE, "Values of PPS-Notify-Mode.", (("CREDIT_PARTLY_USED", 1), ("CREDIT_USED_UP", 2),)),
    "POSNotifyMode": (POS_NOTIFY_MODE, "Values of POS-Notify-Mode.", (("CREDIT_PARTLY_USED", 1), ("CREDIT_USED_UP", 2),)),
    "IUserType": (I_USER_TYPE, "Values of I-User-Type.", (("PREPAID", 1), ("POSTPAID", 2), ("HYBRID", 3),)),
    "ChangeType": (CHANGE_TYPE, "Values of Change-Type.", (("DEDUCT", 0), ("RECHARGE", 1),)),
    "AccountClass": (ACCOUNT_CLASS, "Values of Account-Class.", (("CHARGING_ACCOUNT", 0), ("TRANSACTION_ACCOUNT", 1),)),
    "ABMOperationType": (ABM_OPERATION_TYPE, "Values of ABM-Operation-Type.", (("FORWARD", 0), ("REVERSAL", 1), ("SUBMISSION", 2), ("LOCKING_ROLLBACK", 3),)),
    "AccessModule": (ACCESS_MODULE, "Values of Access-Module.", (("OCG_OM_OR_SCP", 0), ("OCG_IPCC", 1), ("THIRD_PARTY_PAYMENT_GATEWAY", 2), ("CRM", 3), ("CBS_AR_GUI", 4),)),
    "RecipientType": (RECIPIENT_TYPE, "Values of Recipient-Type.", (("MM1", 0), ("MM3", 1), ("MM7", 4), ("MM4", 5),)),
    "PaymentType": (PAYMENT_TYPE, "Values of Payment-Type.", (("PREPAID", 0), ("POSTPAID", 1),)),
    "BalanceCategory": (BALANCE_CATEGORY, "Values of Balance-Category.", (("BALANCE_ACCOUNT", 0), ("CREDIT_ACCOUNT", 1), ("FREE_RESOURCE_ACCOUNT", 2),)),
    "RelatedObjectType": (RELATED_OBJECT_TYPE, "Values of Related-Object-Type.", (("NOT_INVOLVED", 0), ("OFFERING", 1), ("GLOBAL_PLAN", 2),)),
    "ContextType": (CONTEXT_TYPE, "Values of Context-Type.", (("PRIMARY", 0), ("SECONDARY", 1),)),
    "RadioAccessTechnology": (RADIO_ACCESS_TECHNOLOGY, "Values of Radio-Access-Technology.", (("UTRAN", 0), ("GERAN", 1), ("WLAN", 2),)),
    "VodafoneReportingReason": (VODAFONE_REPORTING_REASON, "Values of Vodafone-Reporting-Reason.", (("THRESHOLD", 0), ("QHT", 1), ("FINAL", 2), ("QUOTA_EXHAUSTED", 3), ("VALIDITY_TIME", 4), ("OTHER_QUOTA_TYPE", 5), ("RATING_CONDITION_CHANGE", 6), ("FORCED_REAUTHORISATION", 7),)),
    "VodafoneTriggerType": (VODAFONE_TRIGGER_TYPE, "Values of Vodafone-Trigger-Type.", (("CHANGE_IN_SGSN_IP_ADDRESS", 1), ("CHANGEINQOS_ANY", 2), ("CHANGEINLOCATION_ANY", 3), ("CHANGEINRAT", 4), ("CHANGEINQOS_TRAFFIC_CLASS", 10), ("CHANGEINQOS_RELIABILITY_CLASS", 11), ("CHANGEINQOS_DELAY_CLASS", 12), ("CHANGEINQOS_PEAK_THROUGHPUT", 13), ("CHANGEINQOS_PRECEDENCE_CLASS", 14), ("CHANGEINQOS_MEAN_THROUGHPUT", 15), ("CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_UPLINK", 16), ("CHANGEINQOS_MAXIMUM_BIT_RATE_FOR_DOWNLINK", 17), ("CHANGEINQOS_RESIDUAL_BER", 18), ("CHANGEINQOS_SDU_ERROR_RATIO", 19), ("CHANGEINQOS_TRANSFER_DELAY", 20),)),
    "SelfActivationStatus": (SELF_ACTIVATION_STATUS, "Values of Self-Activation-Status.", (("CONTINUE", 0), ("REACTIVATION_DISALLOWED_TO_APN", 1),)),
    "OnlineResponseRequired": (ONLINE_RESPONSE_REQUIRED, "Values of Online-Response-Required.", (("WAIT", 0), ("DONT_WAIT", 1), ("SPARE2", 2), ("SPARE3", 3), ("SPARE4", 4),)),
    "DisconnectDirection": (DISCONNECT_DIRECTION, "Values of Disconnect-Direction.", (("DISCONNECT_SIDE_ORIG", 1), ("DISCONNECT_SIDE_TERM", 2), ("DISCONNECT_SIDE_NEITHER", 3),)),
    "CSAnnouncementDataType": (CS_ANNOUNCEMENT_DATA_TYPE, "Values of CS-Announcement-Data-Type.", (("INTEGER32", 1), ("OCTET_STRING", 2), ("TIME", 3),)),
    "CSEventTypeBCSM": (CS_EVENT_TYPE_BCSM, "Values of CS-Event-Type-BCSM.", (("COLLECTED_INFO", 2), ("ANALYZED_INFORMATION", 3), ("ROUTE_SELECT_FAILURE", 4), ("O_CALLED_PARTY_BUSY", 5), ("O_NO_ANSWER", 6), ("O_ANSWER", 7), ("O_DISCONNECT", 9), ("O_ABANDON", 10), ("TERM_ATTEMPT_AUTHORIZED", 12), ("T_BUSY", 13), ("T_NO_ANSWER", 14), ("T_ANSWER", 15), ("T_DISCONNECT", 17), ("T_ABANDON", 18),)),
    "CSFirstCallIndication": (CS_FIRST_CALL_INDICATION, "Values of CS-First-Call-Indication.", (("FIRST_CALL_FALSE", 0), ("FIRST_CALL_TRUE", 1),)),
    "CSAnnouncementLogic": (CS_ANNOUNCEMENT_LOGIC, "Values of CS-Announcement-Logic.", (("NOT_TO_BE_PLAYED", 0), ("PLAYED_TO_CALLING_PARTY", 1), ("PLAYED_TO_CALLED_PARTY", 2), ("PLAYED_TO_BOTH_PARTIES", 3),)),
    "CSAnnouncementType": (CS_ANNOUNCEMENT_TYPE, "Values of CS-Announcement-Type.", (("IMMEDIATE_ANNOUNCEMENT", 0), ("MIDCALL_ANNOUNCEMENT", 1), ("ENDCALL_ANNOUNCEMENT", 2),)),
    "CSDialogueHandling": (CS_DIALOGUE_HANDLING, "Values of CS-Dialogue-Handling.", (("NORMAL", 0), ("OPTIMIZED", 1),)),
    "UserAgentType": (USER_AGENT_TYPE, "Values of User-Agent-Type.", (("NON_MOBILE_BROWSER", 0), ("MOBILE_BROWSER", 1),)),
    "InovarAppCode": (INOVAR_APP_CODE, "Values of Inovar-App-Code.", (("MY5", 1), ("VIRTUAL_CALLER_ID", 2),)),
    "InovarServiceCode": (INOVAR_SERVICE_CODE, "Values of Inovar-Service-Code.", (("UE_REGISTRATION_NOTIFICATION_BUDDY_LIST_LOOKUP", 1), ("UNSUCCESSFUL_CALL_SETUP_NOTIFICATION", 2),)),
    "InovarPSRegistrationStatus": (INOVAR_PS_REGISTRATION_STATUS, "Values of Inovar-PS-Registration-Status.", (("NOT_REGISTERED_IN_PS_DOMAIN", 0), ("REGISTERED_IN_PS_DOMAIN", 1),)),
    "InovarServiceResult": (INOVAR_SERVICE_RESULT, "Values of Inovar-Service-Result.", (("MY5_BUDDY_LIST_MATCH_FOUND", 1001), ("MY5_INTERNAL_FAILURE", 1002), ("MY5_SUBS_NOT_FOUND", 1003), ("MY5_SUBS_BUDDY_LIST_NOT_CONFIGURED", 1004), ("MY5_SUBS_BUDDY_LIST_CFG_NOT_ENABLED", 1005), ("MY5_SUBS_BUDDY_LIST_NO_MATCH_FOR_OTHER_PARTY", 1006), ("VCID_SUCCESS", 2001), ("VCID_INTERNAL_FAILURE", 2002), ("VCID_SUBSCRIBER_NOT_FOUND", 2003),)),
}

# Values of another module's AVP for this module's vendor: (AVP, Vendor-Id, docstring, members)
_VALUES: Final[Values] = {
}

# Grouped AVPs: class name: (AVP, CCF, fields: (name, type, AVP, min, max, fixed)...)
_GROUPED: Final[Grouped] = {
    "PeerStateChange": (PEER_STATE_CHANGE, """Peer-State-Change ::= < AVP Header: 203, 11 >
         [ Peer-Name ]
         [ Peer-Identity ]
         [ Peer-State ]
       * [ AVP ]
    """, (
        ("peer_name", "str | None", PEER_NAME, 0, 1, False),
        ("peer_identity", "str | None", PEER_IDENTITY, 0, 1, False),
        ("peer_state", "PeerState | int | None", PEER_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MorePeers": (MORE_PEERS, """More-Peers ::= < AVP Header: 204, 11 >
         [ Peer-Name ]
         [ Peer-Identity ]
         [ Peer-State ]
         [ Peer-State-Change ]
       * [ AVP ]
    """, (
        ("peer_name", "str | None", PEER_NAME, 0, 1, False),
        ("peer_identity", "str | None", PEER_IDENTITY, 0, 1, False),
        ("peer_state", "PeerState | int | None", PEER_STATE, 0, 1, False),
        ("peer_state_change", "PeerStateChange | None", PEER_STATE_CHANGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PingTimestamp": (PING_TIMESTAMP, """Ping-Timestamp ::= < AVP Header: 3, 42 >
         [ Ping-Timestamp-Secs ]
         [ Ping-Timestamp-Usecs ]
       * [ AVP ]
    """, (
        ("ping_timestamp_secs", "int | None", PING_TIMESTAMP_SECS, 0, 1, False),
        ("ping_timestamp_usecs", "int | None", PING_TIMESTAMP_USECS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DefaultQuota": (DEFAULT_QUOTA, """Default-Quota ::= < AVP Header: 5111, 94 >
         [ CC-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
       * [ AVP ]
    """, (
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ActiveTimeReport": (ACTIVE_TIME_REPORT, """Active-Time-Report ::= < AVP Header: 323, 193 >
         [ Active-Time-Report-Start-Time ]
         [ Active-Time-Report-End-Time ]
         [ CC-Total-Octets ]
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
       * [ AVP ]
    """, (
        ("active_time_report_start_time", "datetime | None", ACTIVE_TIME_REPORT_START_TIME, 0, 1, False),
        ("active_time_report_end_time", "datetime | None", ACTIVE_TIME_REPORT_END_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "TimeQuotaMeasurement": (TIME_QUOTA_MEASUREMENT, """Time-Quota-Measurement ::= < AVP Header: 326, 193 >
         [ Time-Quota-Method ]
         [ Time-Quota-Resolution ]
         [ Time-Quota-Inactivity-Time ]
       * [ AVP ]
    """, (
        ("time_quota_method", "TimeQuotaMethod | int | None", TIME_QUOTA_METHOD, 0, 1, False),
        ("time_quota_resolution", "int | None", TIME_QUOTA_RESOLUTION, 0, 1, False),
        ("time_quota_inactivity_time", "int | None", TIME_QUOTA_INACTIVITY_TIME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPSubscriptionId": (SCAP_SUBSCRIPTION_ID, """SCAP-Subscription-Id ::= < AVP Header: 553, 193 >
         [ SCAP-Subscription-Id-Data ]
         [ SCAP-Subscription-Id-Type ]
       * [ AVP ]
    """, (
        ("scap_subscription_id_data", "str | None", SCAP_SUBSCRIPTION_ID_DATA, 0, 1, False),
        ("scap_subscription_id_type", "SCAPSubscriptionIdType | int | None", SCAP_SUBSCRIPTION_ID_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OriginalSubscriptionId": (ORIGINAL_SUBSCRIPTION_ID, """Original-Subscription-Id ::= < AVP Header: 559, 193 >
         [ SCAP-Subscription-Id-Data ]
         [ SCAP-Subscription-Id-Type ]
       * [ AVP ]
    """, (
        ("scap_subscription_id_data", "str | None", SCAP_SUBSCRIPTION_ID_DATA, 0, 1, False),
        ("scap_subscription_id_type", "SCAPSubscriptionIdType | int | None", SCAP_SUBSCRIPTION_ID_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPGrantedServiceUnit": (SCAP_GRANTED_SERVICE_UNIT, """SCAP-Granted-Service-Unit ::= < AVP Header: 602, 193 >
         [ SCAP-Unit-Type ]
         [ SCAP-Unit-Value ]
         [ SCAP-Currency-Code ]
       * [ AVP ]
    """, (
        ("scap_unit_type", "SCAPUnitType | int | None", SCAP_UNIT_TYPE, 0, 1, False),
        ("scap_unit_value", "SCAPUnitValue | None", SCAP_UNIT_VALUE, 0, 1, False),
        ("scap_currency_code", "int | None", SCAP_CURRENCY_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPCostInformation": (SCAP_COST_INFORMATION, """SCAP-Cost-Information ::= < AVP Header: 604, 193 >
         [ Cost ]
         [ SCAP-Currency-Code ]
       * [ AVP ]
    """, (
        ("cost", "float | None", COST, 0, 1, False),
        ("scap_currency_code", "int | None", SCAP_CURRENCY_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPRequestedServiceUnit": (SCAP_REQUESTED_SERVICE_UNIT, """SCAP-Requested-Service-Unit ::= < AVP Header: 606, 193 >
         [ SCAP-Unit-Type ]
         [ SCAP-Unit-Value ]
         [ SCAP-Currency-Code ]
       * [ AVP ]
    """, (
        ("scap_unit_type", "SCAPUnitType | int | None", SCAP_UNIT_TYPE, 0, 1, False),
        ("scap_unit_value", "SCAPUnitValue | None", SCAP_UNIT_VALUE, 0, 1, False),
        ("scap_currency_code", "int | None", SCAP_CURRENCY_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPServiceParameterInfo": (SCAP_SERVICE_PARAMETER_INFO, """SCAP-Service-Parameter-Info ::= < AVP Header: 607, 193 >
         [ SCAP-Service-Parameter-Type ]
         [ SCAP-Service-Parameter-Value ]
       * [ AVP ]
    """, (
        ("scap_service_parameter_type", "SCAPServiceParameterType | int | None", SCAP_SERVICE_PARAMETER_TYPE, 0, 1, False),
        ("scap_service_parameter_value", "bytes | None", SCAP_SERVICE_PARAMETER_VALUE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPUnitValue": (SCAP_UNIT_VALUE, """SCAP-Unit-Value ::= < AVP Header: 612, 193 >
         [ SCAP-Value-Digits ]
         [ SCAP-Exponent ]
       * [ AVP ]
    """, (
        ("scap_value_digits", "int | None", SCAP_VALUE_DIGITS, 0, 1, False),
        ("scap_exponent", "int | None", SCAP_EXPONENT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SCAPUsedServiceUnit": (SCAP_USED_SERVICE_UNIT, """SCAP-Used-Service-Unit ::= < AVP Header: 613, 193 >
         [ SCAP-Unit-Type ]
         [ SCAP-Unit-Value ]
         [ SCAP-Currency-Code ]
       * [ AVP ]
    """, (
        ("scap_unit_type", "SCAPUnitType | int | None", SCAP_UNIT_TYPE, 0, 1, False),
        ("scap_unit_value", "SCAPUnitValue | None", SCAP_UNIT_VALUE, 0, 1, False),
        ("scap_currency_code", "int | None", SCAP_CURRENCY_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingRuleAuthorization": (CHARGING_RULE_AUTHORIZATION, """Charging-Rule-Authorization ::= < AVP Header: 1055, 193 >
         [ Authorization-State ]
         [ Authorization-State-Change-Time ]
         [ Next-Authorization-State ]
       * [ AVP ]
    """, (
        ("authorization_state", "AuthorizationState | int | None", AUTHORIZATION_STATE, 0, 1, False),
        ("authorization_state_change_time", "bytes | None", AUTHORIZATION_STATE_CHANGE_TIME, 0, 1, False),
        ("next_authorization_state", "NextAuthorizationState | int | None", NEXT_AUTHORIZATION_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccessInformation": (ACCESS_INFORMATION, """Access-Information ::= < AVP Header: 1063, 193 >
         [ Auth-Application-Id ]
         [ Origin-Host ]
         [ CC-Request-Number ]
         [ CC-Request-Type ]
         [ Event-Timestamp ]
         [ Origin-Realm ]
       * [ AVP ]
    """, (
        ("auth_application_id", "int | None", AUTH_APPLICATION_ID, 0, 1, False),
        ("origin_host", "str | None", ORIGIN_HOST, 0, 1, False),
        ("cc_request_number", "int | None", CC_REQUEST_NUMBER, 0, 1, False),
        ("cc_request_type", "CCRequestType | int | None", CC_REQUEST_TYPE, 0, 1, False),
        ("event_timestamp", "datetime | None", EVENT_TIMESTAMP, 0, 1, False),
        ("origin_realm", "str | None", ORIGIN_REALM, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "OtherPartyId": (OTHER_PARTY_ID, """Other-Party-Id ::= < AVP Header: 1075, 193 >
         { Other-Party-Id-Type }
         { Other-Party-Id-Data }
         [ Other-Party-Id-Nature ]
       * [ AVP ]
    """, (
        ("other_party_id_type", "OtherPartyIdType | int", OTHER_PARTY_ID_TYPE, 1, 1, False),
        ("other_party_id_data", "str", OTHER_PARTY_ID_DATA, 1, 1, False),
        ("other_party_id_nature", "OtherPartyIdNature | int | None", OTHER_PARTY_ID_NATURE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CumulativeUsedServiceUnit": (CUMULATIVE_USED_SERVICE_UNIT, """Cumulative-Used-Service-Unit ::= < AVP Header: 1145, 193 >
         [ CC-Input-Octets ]
         [ CC-Output-Octets ]
         [ CC-Service-Specific-Units ]
         [ CC-Time ]
         [ CC-Total-Octets ]
       * [ AVP ]
    """, (
        ("cc_input_octets", "int | None", CC_INPUT_OCTETS, 0, 1, False),
        ("cc_output_octets", "int | None", CC_OUTPUT_OCTETS, 0, 1, False),
        ("cc_service_specific_units", "int | None", CC_SERVICE_SPECIFIC_UNITS, 0, 1, False),
        ("cc_time", "int | None", CC_TIME, 0, 1, False),
        ("cc_total_octets", "int | None", CC_TOTAL_OCTETS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriberInformation": (SUBSCRIBER_INFORMATION, """Subscriber-Information ::= < AVP Header: 1189, 193 >
       * [ AVP ]
    """, (
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MsgCopyAnswer": (MSGCOPYANSWER, """MsgCopyAnswer ::= < AVP Header: 2516, 323 >
         [ Session-Id ]
       * [ AVP ]
    """, (
        ("session_id", "str | None", SESSION_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "DetailedResult": (DETAILED_RESULT, """Detailed-Result ::= < AVP Header: 15, 637 >
         [ Detailed-Result-Code ]
         [ Detailed-Result-Cause ]
       * [ AVP ]
    """, (
        ("detailed_result_code", "int | None", DETAILED_RESULT_CODE, 0, 1, False),
        ("detailed_result_cause", "str | None", DETAILED_RESULT_CAUSE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargingPolicyReport": (CHARGING_POLICY_REPORT, """Charging-Policy-Report ::= < AVP Header: 1134, 637 >
         [ Policy-Counter ]
       * [ AVP ]
    """, (
        ("policy_counter", "PolicyCounter | None", POLICY_COUNTER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PolicyCounter": (POLICY_COUNTER, """Policy-Counter ::= < AVP Header: 1135, 637 >
         [ Policy-Counter-Id ]
         [ Policy-Counter-Value ]
       * [ AVP ]
    """, (
        ("policy_counter_id", "bytes | None", POLICY_COUNTER_ID, 0, 1, False),
        ("policy_counter_value", "int | None", POLICY_COUNTER_VALUE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CCCredit": (CC_CREDIT, """CC-Credit ::= < AVP Header: 473, 2011 >
         { Unit-Value }
         [ Currency-Code ]
       * [ AVP ]
    """, (
        ("unit_value", "UnitValue", UNIT_VALUE, 1, 1, False),
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "INInformation": (IN_INFORMATION, """IN-Information ::= < AVP Header: 20300, 2011 >
         [ Active-Flag ]
         [ Calling-Vlr-Number ]
         [ Calling-Msc-Address ]
         [ Calling-CellID-Or-SAI ]
         [ Access-Method ]
         [ Auth-Information ]
       * [ Balance-Info ]
         [ Calling-Party-Address-20336 ]
         [ Called-Party-Address ]
         [ Called-Short-Number ]
         [ Specific-Output ]
         [ Calling-Partys-Category ]
         [ Calling-Party-Address-Nature ]
         [ Called-Party-Address-Nature ]
         [ Calling-LAI ]
         [ Called-Vlr-Number ]
         [ Called-CellID-Or-SAI ]
         [ Called-IMEI ]
         [ Calling-IMEI ]
         [ Additional-Calling-Party-Number ]
         [ Redirecting-Party-Id ]
         [ Redirection-Reason ]
         [ MSC-Address ]
         [ Time-Zone ]
         [ Access-Network-Type ]
         [ Service-Key ]
         [ Call-Forward-Indicator ]
         [ UE-IMSI ]
         [ Original-Called-Party-Id ]
         [ Call-Reference-Number ]
         [ Route-Prefix ]
         [ SSP-Time ]
         [ Charge-Flow-Type ]
         [ Bearer-Capability ]
         [ Calling-Location-Number-Nature ]
         [ Called-Party-BCDNumber-Nature ]
         [ Called-Location-Number ]
         [ Called-Location-Number-Nature ]
         [ Original-Called-Party-Id-Nature ]
         [ Reroute-Called-Number ]
         [ Function-Flag ]
         [ VPN-Call-Auth-Flag ]
         [ Personal-Pay-Notify-Mode ]
         [ User-Passwd ]
         [ IDD-Originate-Number ]
         [ Address-Of-Restricted-Indicator ]
         [ Connect-Called-Number ]
         [ Calling-Location-Number ]
         [ Called-Msc-Address ]
         [ Redirecting-Party-Id-Nature ]
         [ Real-Called-Number ]
         [ Called-Party-BCDNumber ]
         [ Original-Redirecting-Party-Id ]
         [ New-SSP-Time ]
         [ INAPCS1-Tariff-Class ]
         [ Called-LAI ]
         [ Keep-Voice-Flag ]
       * [ Service-Parameter-Info ]
         [ Alert-Level ]
         [ Grace-Period ]
         [ Disable-Period ]
         [ Call-Type ]
         [ VPN-Notify-Flag ]
         [ Fav-Area-Flag ]
         [ Same-CUG-Not-Free-Notify-Flag ]
         [ Personal-Pay-Cost-Value ]
         [ Active-Currency-Code ]
         [ Suspend-Reason ]
         [ Charge-Party-Type ]
         [ Credit-Use-Notification ]
         [ User-Basic-Info ]
         [ Community-Information ]
         [ Subscriber-Pay-Type ]
         [ Active-Period ]
         [ Announcement-Data ]
       * [ Notice-Information ]
         [ Share-Call-Percent ]
         [ Service-Free-Indicator ]
         [ HandleOver-Toolbox-Flag ]
         [ Call-Begin-Time ]
         [ Adjust-Roaming-Type ]
         [ Total-Cost-Flag ]
         [ Release-Reason ]
         [ Account-Info ]
         [ Called-Party-NP ]
         [ Calling-Party-NP ]
         [ Fav-Cell-Id-Flag ]
         [ Recharge-Information ]
         [ Active-Method ]
         [ Operator-ID ]
         [ Account-Query-Method ]
         [ Account-Type ]
         [ CC-Money ]
         [ Fix-Rent-Fee ]
         [ Next-Bill-DateTime ]
         [ Amount-Before-Recharge ]
         [ Rchg-Ext-Act-Key ]
         [ Account-Change-Info ]
         [ Cum-Info ]
         [ Parent-Limit-Value ]
         [ Additional-Info ]
         [ Charge-Confirm-Flag ]
         [ Main-Product-ID ]
         [ IVR-Lang ]
         [ SMS-Lang ]
         [ Pay-Type ]
         [ Brand ]
         [ Activation-Date ]
         [ Management-State ]
         [ State ]
         [ PPS-Balance ]
         [ POS-Balance ]
         [ SSPNO ]
         [ Charge-Number-Nature ]
       * [ AVP ]
    """, (
        ("active_flag", "int | None", ACTIVE_FLAG, 0, 1, False),
        ("calling_vlr_number", "str | None", CALLING_VLR_NUMBER, 0, 1, False),
        ("calling_msc_address", "bytes | None", CALLING_MSC_ADDRESS, 0, 1, False),
        ("calling_cellid_or_sai", "str | None", CALLING_CELLID_OR_SAI, 0, 1, False),
        ("access_method", "int | None", ACCESS_METHOD, 0, 1, False),
        ("auth_information", "AuthInformation | None", AUTH_INFORMATION, 0, 1, False),
        ("balance_info", "tuple[BalanceInfo, ...]", BALANCE_INFO, 0, None, False),
        ("calling_party_address_20336", "str | None", CALLING_PARTY_ADDRESS_20336, 0, 1, False),
        ("called_party_address", "str | None", CALLED_PARTY_ADDRESS, 0, 1, False),
        ("called_short_number", "str | None", CALLED_SHORT_NUMBER, 0, 1, False),
        ("specific_output", "int | None", SPECIFIC_OUTPUT, 0, 1, False),
        ("calling_partys_category", "int | None", CALLING_PARTYS_CATEGORY, 0, 1, False),
        ("calling_party_address_nature", "CallingPartyAddressNature | int | None", CALLING_PARTY_ADDRESS_NATURE, 0, 1, False),
        ("called_party_address_nature", "CalledPartyAddressNature | int | None", CALLED_PARTY_ADDRESS_NATURE, 0, 1, False),
        ("calling_lai", "str | None", CALLING_LAI, 0, 1, False),
        ("called_vlr_number", "str | None", CALLED_VLR_NUMBER, 0, 1, False),
        ("called_cellid_or_sai", "str | None", CALLED_CELLID_OR_SAI, 0, 1, False),
        ("called_imei", "str | None", CALLED_IMEI, 0, 1, False),
        ("calling_imei", "str | None", CALLING_IMEI, 0, 1, False),
        ("additional_calling_party_number", "str | None", ADDITIONAL_CALLING_PARTY_NUMBER, 0, 1, False),
        ("redirecting_party_id", "str | None", REDIRECTING_PARTY_ID, 0, 1, False),
        ("redirection_reason", "int | None", REDIRECTION_REASON, 0, 1, False),
        ("msc_address", "str | None", MSC_ADDRESS, 0, 1, False),
        ("time_zone", "int | None", TIME_ZONE, 0, 1, False),
        ("access_network_type", "AccessNetworkType | int | None", ACCESS_NETWORK_TYPE, 0, 1, False),
        ("service_key", "int | None", SERVICE_KEY, 0, 1, False),
        ("call_forward_indicator", "int | None", CALL_FORWARD_INDICATOR, 0, 1, False),
        ("ue_imsi", "str | None", UE_IMSI, 0, 1, False),
        ("original_called_party_id", "str | None", ORIGINAL_CALLED_PARTY_ID, 0, 1, False),
        ("call_reference_number", "bytes | None", CALL_REFERENCE_NUMBER, 0, 1, False),
        ("route_prefix", "bytes | None", ROUTE_PREFIX, 0, 1, False),
        ("ssp_time", "datetime | None", SSP_TIME, 0, 1, False),
        ("charge_flow_type", "ChargeFlowType | int | None", CHARGE_FLOW_TYPE, 0, 1, False),
        ("bearer_capability", "bytes | None", BEARER_CAPABILITY, 0, 1, False),
        ("calling_location_number_nature", "CallingLocationNumberNature | int | None", CALLING_LOCATION_NUMBER_NATURE, 0, 1, False),
        ("called_party_bcdnumber_nature", "CalledPartyBCDNumberNature | int | None", CALLED_PARTY_BCDNUMBER_NATURE, 0, 1, False),
        ("called_location_number", "bytes | None", CALLED_LOCATION_NUMBER, 0, 1, False),
        ("called_location_number_nature", "CalledLocationNumberNature | int | None", CALLED_LOCATION_NUMBER_NATURE, 0, 1, False),
        ("original_called_party_id_nature", "OriginalCalledPartyIdNature | int | None", ORIGINAL_CALLED_PARTY_ID_NATURE, 0, 1, False),
        ("reroute_called_number", "bytes | None", REROUTE_CALLED_NUMBER, 0, 1, False),
        ("function_flag", "str | None", FUNCTION_FLAG, 0, 1, False),
        ("vpn_call_auth_flag", "bytes | None", VPN_CALL_AUTH_FLAG, 0, 1, False),
        ("personal_pay_notify_mode", "str | None", PERSONAL_PAY_NOTIFY_MODE, 0, 1, False),
        ("user_passwd", "str | None", USER_PASSWD, 0, 1, False),
        ("idd_originate_number", "bytes | None", IDD_ORIGINATE_NUMBER, 0, 1, False),
        ("address_of_restricted_indicator", "int | None", ADDRESS_OF_RESTRICTED_INDICATOR, 0, 1, False),
        ("connect_called_number", "str | None", CONNECT_CALLED_NUMBER, 0, 1, False),
        ("calling_location_number", "bytes | None", CALLING_LOCATION_NUMBER, 0, 1, False),
        ("called_msc_address", "bytes | None", CALLED_MSC_ADDRESS, 0, 1, False),
        ("redirecting_party_id_nature", "int | None", REDIRECTING_PARTY_ID_NATURE, 0, 1, False),
        ("real_called_number", "str | None", REAL_CALLED_NUMBER, 0, 1, False),
        ("called_party_bcdnumber", "bytes | None", CALLED_PARTY_BCDNUMBER, 0, 1, False),
        ("original_redirecting_party_id", "str | None", ORIGINAL_REDIRECTING_PARTY_ID, 0, 1, False),
        ("new_ssp_time", "datetime | None", NEW_SSP_TIME, 0, 1, False),
        ("inapcs1_tariff_class", "str | None", INAPCS1_TARIFF_CLASS, 0, 1, False),
        ("called_lai", "str | None", CALLED_LAI, 0, 1, False),
        ("keep_voice_flag", "int | None", KEEP_VOICE_FLAG, 0, 1, False),
        ("service_parameter_info", "tuple[ServiceParameterInfo, ...]", SERVICE_PARAMETER_INFO, 0, None, False),
        ("alert_level", "int | None", ALERT_LEVEL, 0, 1, False),
        ("grace_period", "bytes | None", GRACE_PERIOD, 0, 1, False),
        ("disable_period", "bytes | None", DISABLE_PERIOD, 0, 1, False),
        ("call_type", "CallType | int | None", CALL_TYPE, 0, 1, False),
        ("vpn_notify_flag", "str | None", VPN_NOTIFY_FLAG, 0, 1, False),
        ("fav_area_flag", "int | None", FAV_AREA_FLAG, 0, 1, False),
        ("same_cug_not_free_notify_flag", "int | None", SAME_CUG_NOT_FREE_NOTIFY_FLAG, 0, 1, False),
        ("personal_pay_cost_value", "int | None", PERSONAL_PAY_COST_VALUE, 0, 1, False),
        ("active_currency_code", "int | None", ACTIVE_CURRENCY_CODE, 0, 1, False),
        ("suspend_reason", "int | None", SUSPEND_REASON, 0, 1, False),
        ("charge_party_type", "ChargePartyType | int | None", CHARGE_PARTY_TYPE, 0, 1, False),
        ("credit_use_notification", "CreditUseNotification | None", CREDIT_USE_NOTIFICATION, 0, 1, False),
        ("user_basic_info", "UserBasicInfo | None", USER_BASIC_INFO, 0, 1, False),
        ("community_information", "CommunityInformation | None", COMMUNITY_INFORMATION, 0, 1, False),
        ("subscriber_pay_type", "int | None", SUBSCRIBER_PAY_TYPE, 0, 1, False),
        ("active_period", "bytes | None", ACTIVE_PERIOD, 0, 1, False),
        ("announcement_data", "AnnouncementData | None", ANNOUNCEMENT_DATA, 0, 1, False),
        ("notice_information", "tuple[NoticeInformation, ...]", NOTICE_INFORMATION, 0, None, False),
        ("share_call_percent", "int | None", SHARE_CALL_PERCENT, 0, 1, False),
        ("service_free_indicator", "ServiceFreeIndicator | int | None", SERVICE_FREE_INDICATOR, 0, 1, False),
        ("handleover_toolbox_flag", "int | None", HANDLEOVER_TOOLBOX_FLAG, 0, 1, False),
        ("call_begin_time", "str | None", CALL_BEGIN_TIME, 0, 1, False),
        ("adjust_roaming_type", "int | None", ADJUST_ROAMING_TYPE, 0, 1, False),
        ("total_cost_flag", "TotalCostFlag | int | None", TOTAL_COST_FLAG, 0, 1, False),
        ("release_reason", "ReleaseReason | int | None", RELEASE_REASON, 0, 1, False),
        ("account_info", "AccountInfo | None", ACCOUNT_INFO, 0, 1, False),
        ("called_party_np", "str | None", CALLED_PARTY_NP, 0, 1, False),
        ("calling_party_np", "str | None", CALLING_PARTY_NP, 0, 1, False),
        ("fav_cell_id_flag", "FavCellIdFlag | int | None", FAV_CELL_ID_FLAG, 0, 1, False),
        ("recharge_information", "RechargeInformation | None", RECHARGE_INFORMATION, 0, 1, False),
        ("active_method", "ActiveMethod | int | None", ACTIVE_METHOD, 0, 1, False),
        ("operator_id", "str | None", OPERATOR_ID, 0, 1, False),
        ("account_query_method", "int | None", ACCOUNT_QUERY_METHOD, 0, 1, False),
        ("account_type", "int | None", ACCOUNT_TYPE, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("fix_rent_fee", "int | None", FIX_RENT_FEE, 0, 1, False),
        ("next_bill_datetime", "bytes | None", NEXT_BILL_DATETIME, 0, 1, False),
        ("amount_before_recharge", "int | None", AMOUNT_BEFORE_RECHARGE, 0, 1, False),
        ("rchg_ext_act_key", "int | None", RCHG_EXT_ACT_KEY, 0, 1, False),
        ("account_change_info", "AccountChangeInfo | None", ACCOUNT_CHANGE_INFO, 0, 1, False),
        ("cum_info", "CumInfo | None", CUM_INFO, 0, 1, False),
        ("parent_limit_value", "int | None", PARENT_LIMIT_VALUE, 0, 1, False),
        ("additional_info", "str | None", ADDITIONAL_INFO, 0, 1, False),
        ("charge_confirm_flag", "ChargeConfirmFlag | int | None", CHARGE_CONFIRM_FLAG, 0, 1, False),
        ("main_product_id", "int | None", MAIN_PRODUCT_ID, 0, 1, False),
        ("ivr_lang", "int | None", IVR_LANG, 0, 1, False),
        ("sms_lang", "int | None", SMS_LANG, 0, 1, False),
        ("pay_type", "int | None", PAY_TYPE, 0, 1, False),
        ("brand", "int | None", BRAND, 0, 1, False),
        ("activation_date", "bytes | None", ACTIVATION_DATE, 0, 1, False),
        ("management_state", "str | None", MANAGEMENT_STATE, 0, 1, False),
        ("state", "int | None", STATE, 0, 1, False),
        ("pps_balance", "int | None", PPS_BALANCE, 0, 1, False),
        ("pos_balance", "int | None", POS_BALANCE, 0, 1, False),
        ("sspno", "int | None", SSPNO, 0, 1, False),
        ("charge_number_nature", "int | None", CHARGE_NUMBER_NATURE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RechargeInformation": (RECHARGE_INFORMATION, """Recharge-Information ::= < AVP Header: 20341, 2011 >
         [ Charge-Number ]
         [ Card-Number ]
         [ Card-Batch ]
         [ Card-Type ]
         [ Card-Money ]
         [ Charge-Money ]
         [ Card-Sp-ID ]
         [ Card-Brand-ID ]
         [ Card-Cur-Distributor-ID ]
         [ Fraud-Times ]
         [ Serial-No ]
         [ Uniform-Serial-No ]
         [ Recharge-Method ]
         [ Etopup-Session-ID ]
         [ Account-Type ]
         [ New-Card-Money ]
         [ Ex-Trans-Type ]
         [ Channel-ID ]
         [ Ex-Parameter-1 ]
         [ Ex-Parameter-2 ]
         [ Ex-Parameter-3 ]
         [ Ex-Parameter-4 ]
         [ Ex-Parameter-5 ]
         [ Ex-Parameter-6 ]
         [ Ex-Parameter-7 ]
         [ Ex-Parameter-8 ]
         [ Ex-Parameter-9 ]
         [ Ex-Parameter-10 ]
         [ Access-Module ]
       * [ AVP ]
    """, (
        ("charge_number", "bytes | None", CHARGE_NUMBER, 0, 1, False),
        ("card_number", "bytes | None", CARD_NUMBER, 0, 1, False),
        ("card_batch", "bytes | None", CARD_BATCH, 0, 1, False),
        ("card_type", "int | None", CARD_TYPE, 0, 1, False),
        ("card_money", "int | None", CARD_MONEY, 0, 1, False),
        ("charge_money", "ChargeMoney | None", CHARGE_MONEY, 0, 1, False),
        ("card_sp_id", "int | None", CARD_SP_ID, 0, 1, False),
        ("card_brand_id", "bytes | None", CARD_BRAND_ID, 0, 1, False),
        ("card_cur_distributor_id", "str | None", CARD_CUR_DISTRIBUTOR_ID, 0, 1, False),
        ("fraud_times", "int | None", FRAUD_TIMES, 0, 1, False),
        ("serial_no", "str | None", SERIAL_NO, 0, 1, False),
        ("uniform_serial_no", "str | None", UNIFORM_SERIAL_NO, 0, 1, False),
        ("recharge_method", "RechargeMethod | int | None", RECHARGE_METHOD, 0, 1, False),
        ("etopup_session_id", "str | None", ETOPUP_SESSION_ID, 0, 1, False),
        ("account_type", "int | None", ACCOUNT_TYPE, 0, 1, False),
        ("new_card_money", "int | None", NEW_CARD_MONEY, 0, 1, False),
        ("ex_trans_type", "str | None", EX_TRANS_TYPE, 0, 1, False),
        ("channel_id", "str | None", CHANNEL_ID, 0, 1, False),
        ("ex_parameter_1", "str | None", EX_PARAMETER_1, 0, 1, False),
        ("ex_parameter_2", "str | None", EX_PARAMETER_2, 0, 1, False),
        ("ex_parameter_3", "str | None", EX_PARAMETER_3, 0, 1, False),
        ("ex_parameter_4", "str | None", EX_PARAMETER_4, 0, 1, False),
        ("ex_parameter_5", "str | None", EX_PARAMETER_5, 0, 1, False),
        ("ex_parameter_6", "str | None", EX_PARAMETER_6, 0, 1, False),
        ("ex_parameter_7", "str | None", EX_PARAMETER_7, 0, 1, False),
        ("ex_parameter_8", "str | None", EX_PARAMETER_8, 0, 1, False),
        ("ex_parameter_9", "str | None", EX_PARAMETER_9, 0, 1, False),
        ("ex_parameter_10", "str | None", EX_PARAMETER_10, 0, 1, False),
        ("access_module", "AccessModule | int | None", ACCESS_MODULE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ChargeMoney": (CHARGE_MONEY, """Charge-Money ::= < AVP Header: 20344, 2011 >
         [ Money-Value ]
         [ New-Money ]
         [ Active-Day ]
       * [ AVP ]
    """, (
        ("money_value", "int | None", MONEY_VALUE, 0, 1, False),
        ("new_money", "int | None", NEW_MONEY, 0, 1, False),
        ("active_day", "int | None", ACTIVE_DAY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountChangeInfo": (ACCOUNT_CHANGE_INFO, """Account-Change-Info ::= < AVP Header: 20349, 2011 >
         { Account-Id }
         { Account-Type }
         { Current-Account-Balance }
         { Account-Balance-Change }
         { Account-Date }
         { Account-Date-Change }
         { Measure-Type }
       * [ AVP ]
    """, (
        ("account_id", "bytes", ACCOUNT_ID, 1, 1, False),
        ("account_type", "int", ACCOUNT_TYPE, 1, 1, False),
        ("current_account_balance", "int", CURRENT_ACCOUNT_BALANCE, 1, 1, False),
        ("account_balance_change", "int", ACCOUNT_BALANCE_CHANGE, 1, 1, False),
        ("account_date", "bytes", ACCOUNT_DATE, 1, 1, False),
        ("account_date_change", "int", ACCOUNT_DATE_CHANGE, 1, 1, False),
        ("measure_type", "MeasureType | int", MEASURE_TYPE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountInfo": (ACCOUNT_INFO, """Account-Info ::= < AVP Header: 20356, 2011 >
         [ Account-Id ]
         [ Account-Type ]
         [ CC-Money ]
         [ CC-Credit ]
         [ Account-Date ]
         [ Lifecycle-State ]
       * [ AVP ]
    """, (
        ("account_id", "bytes | None", ACCOUNT_ID, 0, 1, False),
        ("account_type", "int | None", ACCOUNT_TYPE, 0, 1, False),
        ("cc_money", "CCMoney | None", CC_MONEY, 0, 1, False),
        ("cc_credit", "CCCredit | None", CC_CREDIT, 0, 1, False),
        ("account_date", "bytes | None", ACCOUNT_DATE, 0, 1, False),
        ("lifecycle_state", "LifecycleState | int | None", LIFECYCLE_STATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NoticeInformation": (NOTICE_INFORMATION, """Notice-Information ::= < AVP Header: 20394, 2011 >
         [ Message-Count ]
         [ Message-Content-1 ]
         [ Message-Content-2 ]
         [ Message-Content-3 ]
         [ Message-Content-4 ]
         [ Message-Content-5 ]
         [ Message-Content-6 ]
         [ Receive-Message-Addr ]
       * [ AVP ]
    """, (
        ("message_count", "int | None", MESSAGE_COUNT, 0, 1, False),
        ("message_content_1", "str | None", MESSAGE_CONTENT_1, 0, 1, False),
        ("message_content_2", "str | None", MESSAGE_CONTENT_2, 0, 1, False),
        ("message_content_3", "str | None", MESSAGE_CONTENT_3, 0, 1, False),
        ("message_content_4", "str | None", MESSAGE_CONTENT_4, 0, 1, False),
        ("message_content_5", "str | None", MESSAGE_CONTENT_5, 0, 1, False),
        ("message_content_6", "str | None", MESSAGE_CONTENT_6, 0, 1, False),
        ("receive_message_addr", "str | None", RECEIVE_MESSAGE_ADDR, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "P2PSMSInformation": (P2PSMS_INFORMATION, """P2PSMS-Information ::= < AVP Header: 20400, 2011 >
         [ Sms-Type ]
         [ SMSC-Address ]
         [ SM-Id ]
         [ SM-Length ]
         [ MO-MSC-Addr ]
         [ MT-MSC-Addr ]
         [ Source-Addr ]
         [ Dest-Addr ]
         [ Fee-Addr ]
         [ Fee-Flag ]
         [ Fee-Type ]
         [ Message-PID ]
         [ Status-Report-Request ]
         [ Orig-IMSI ]
         [ Dest-IMSI ]
         [ Calling-IMEI ]
         [ Called-IMEI ]
         [ Send-Result ]
         [ DCS ]
         [ V-MCC-MNC-Addr ]
         [ Original-Called-Party-Id ]
         [ Notify-Mode ]
         [ Operation-Result ]
         [ Fee-Msg-Num ]
         [ Fee-Single ]
         [ Fee-Fixed ]
         [ Calling-Service ]
         [ Called-Service ]
         [ Original-Group ]
         [ Original-Message-ID ]
         [ Calling-Vlr-Number ]
         [ SP-Id ]
         [ Original-Called-Party-Id-Nature ]
       * [ AVP ]
    """, (
        ("sms_type", "int | None", SMS_TYPE, 0, 1, False),
        ("smsc_address", "str | None", SMSC_ADDRESS, 0, 1, False),
        ("sm_id", "str | None", SM_ID, 0, 1, False),
        ("sm_length", "int | None", SM_LENGTH, 0, 1, False),
        ("mo_msc_addr", "str | None", MO_MSC_ADDR, 0, 1, False),
        ("mt_msc_addr", "str | None", MT_MSC_ADDR, 0, 1, False),
        ("source_addr", "str | None", SOURCE_ADDR, 0, 1, False),
        ("dest_addr", "str | None", DEST_ADDR, 0, 1, False),
        ("fee_addr", "str | None", FEE_ADDR, 0, 1, False),
        ("fee_flag", "FeeFlag | int | None", FEE_FLAG, 0, 1, False),
        ("fee_type", "FeeType | int | None", FEE_TYPE, 0, 1, False),
        ("message_pid", "int | None", MESSAGE_PID, 0, 1, False),
        ("status_report_request", "StatusReportRequest | int | None", STATUS_REPORT_REQUEST, 0, 1, False),
        ("orig_imsi", "str | None", ORIG_IMSI, 0, 1, False),
        ("dest_imsi", "str | None", DEST_IMSI, 0, 1, False),
        ("calling_imei", "str | None", CALLING_IMEI, 0, 1, False),
        ("called_imei", "str | None", CALLED_IMEI, 0, 1, False),
        ("send_result", "SendResult | int | None", SEND_RESULT, 0, 1, False),
        ("dcs", "int | None", DCS, 0, 1, False),
        ("v_mcc_mnc_addr", "int | None", V_MCC_MNC_ADDR, 0, 1, False),
        ("original_called_party_id", "str | None", ORIGINAL_CALLED_PARTY_ID, 0, 1, False),
        ("notify_mode", "NotifyMode | int | None", NOTIFY_MODE, 0, 1, False),
        ("operation_result", "OperationResult | int | None", OPERATION_RESULT, 0, 1, False),
        ("fee_msg_num", "int | None", FEE_MSG_NUM, 0, 1, False),
        ("fee_single", "int | None", FEE_SINGLE, 0, 1, False),
        ("fee_fixed", "int | None", FEE_FIXED, 0, 1, False),
        ("calling_service", "int | None", CALLING_SERVICE, 0, 1, False),
        ("called_service", "int | None", CALLED_SERVICE, 0, 1, False),
        ("original_group", "int | None", ORIGINAL_GROUP, 0, 1, False),
        ("original_message_id", "int | None", ORIGINAL_MESSAGE_ID, 0, 1, False),
        ("calling_vlr_number", "str | None", CALLING_VLR_NUMBER, 0, 1, False),
        ("sp_id", "bytes | None", SP_ID, 0, 1, False),
        ("original_called_party_id_nature", "OriginalCalledPartyIdNature | int | None", ORIGINAL_CALLED_PARTY_ID_NATURE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "RTBPInformation": (RTBP_INFORMATION, """RTBP-Information ::= < AVP Header: 20600, 2011 >
         [ sp-id ]
         [ service-id ]
         [ Category-ID ]
         [ Content-ID-20640 ]
         [ CDR-Product-ID ]
         [ CDR-Charge-Mode ]
         [ CDR-Times ]
         [ CDR-Duration ]
         [ CDR-Volume ]
         [ CDR-Type ]
         [ CDR-Service-Type ]
         [ CDR-Begin-Time ]
         [ CDR-End-Time ]
         [ CDR-PkgSp-Id ]
         [ CDR-Pkg-Service-Id ]
         [ CDR-Pkg-Product-Id ]
         [ CDR-SP-Name ]
         [ CDR-Service-Name ]
         [ TransactionID ]
         [ Additional-Info-20665 ]
       * [ AVP ]
    """, (
        ("sp_id_20601", "str | None", SP_ID_20601, 0, 1, False),
        ("service_id_20602", "str | None", SERVICE_ID_20602, 0, 1, False),
        ("category_id", "str | None", CATEGORY_ID, 0, 1, False),
        ("content_id_20640", "str | None", CONTENT_ID_20640, 0, 1, False),
        ("cdr_product_id", "str | None", CDR_PRODUCT_ID, 0, 1, False),
        ("cdr_charge_mode", "CDRChargeMode | int | None", CDR_CHARGE_MODE, 0, 1, False),
        ("cdr_times", "int | None", CDR_TIMES, 0, 1, False),
        ("cdr_duration", "int | None", CDR_DURATION, 0, 1, False),
        ("cdr_volume", "int | None", CDR_VOLUME, 0, 1, False),
        ("cdr_type", "int | None", CDR_TYPE, 0, 1, False),
        ("cdr_service_type", "CDRServiceType | int | None", CDR_SERVICE_TYPE, 0, 1, False),
        ("cdr_begin_time", "int | None", CDR_BEGIN_TIME, 0, 1, False),
        ("cdr_end_time", "int | None", CDR_END_TIME, 0, 1, False),
        ("cdr_pkgsp_id", "str | None", CDR_PKGSP_ID, 0, 1, False),
        ("cdr_pkg_service_id", "str | None", CDR_PKG_SERVICE_ID, 0, 1, False),
        ("cdr_pkg_product_id", "str | None", CDR_PKG_PRODUCT_ID, 0, 1, False),
        ("cdr_sp_name", "str | None", CDR_SP_NAME, 0, 1, False),
        ("cdr_service_name", "str | None", CDR_SERVICE_NAME, 0, 1, False),
        ("transactionid", "str | None", TRANSACTIONID, 0, 1, False),
        ("additional_info_20665", "str | None", ADDITIONAL_INFO_20665, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CumInfo": (CUM_INFO, """Cum-Info ::= < AVP Header: 20853, 2011 >
         [ Cum-Money ]
         [ Cum-Id ]
       * [ AVP ]
    """, (
        ("cum_money", "CumMoney | None", CUM_MONEY, 0, 1, False),
        ("cum_id", "bytes | None", CUM_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CumMoney": (CUM_MONEY, """Cum-Money ::= < AVP Header: 20855, 2011 >
         { Cum-Unit-Value }
       * [ AVP ]
    """, (
        ("cum_unit_value", "CumUnitValue", CUM_UNIT_VALUE, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CumUnitValue": (CUM_UNIT_VALUE, """Cum-Unit-Value ::= < AVP Header: 20856, 2011 >
         { Cum-Value-Digits }
       * [ AVP ]
    """, (
        ("cum_value_digits", "int", CUM_VALUE_DIGITS, 1, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ServiceParameterInfo": (SERVICE_PARAMETER_INFO, """Service-Parameter-Info ::= < AVP Header: 20920, 2011 >
         [ Service-Parameter-Type ]
         [ Service-Parameter-Value ]
       * [ AVP ]
    """, (
        ("service_parameter_type", "int | None", SERVICE_PARAMETER_TYPE, 0, 1, False),
        ("service_parameter_value", "int | None", SERVICE_PARAMETER_VALUE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AnnouncementData": (ANNOUNCEMENT_DATA, """Announcement-Data ::= < AVP Header: 20931, 2011 >
       * [ AVP ]
    """, (
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CreditUseNotification": (CREDIT_USE_NOTIFICATION, """Credit-Use-Notification ::= < AVP Header: 21176, 2011 >
         [ PPS-Account-Notify ]
         [ POS-Account-Notify ]
       * [ AVP ]
    """, (
        ("pps_account_notify", "PPSAccountNotify | None", PPS_ACCOUNT_NOTIFY, 0, 1, False),
        ("pos_account_notify", "POSAccountNotify | None", POS_ACCOUNT_NOTIFY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "PPSAccountNotify": (PPS_ACCOUNT_NOTIFY, """PPS-Account-Notify ::= < AVP Header: 21177, 2011 >
         [ PPS-Notify-Mode ]
         [ PPS-Used-Credit ]
         [ PPS-Max-Credit ]
         [ Validity-Date2 ]
       * [ AVP ]
    """, (
        ("pps_notify_mode", "PPSNotifyMode | int | None", PPS_NOTIFY_MODE, 0, 1, False),
        ("pps_used_credit", "int | None", PPS_USED_CREDIT, 0, 1, False),
        ("pps_max_credit", "int | None", PPS_MAX_CREDIT, 0, 1, False),
        ("validity_date2", "bytes | None", VALIDITY_DATE2, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "POSAccountNotify": (POS_ACCOUNT_NOTIFY, """POS-Account-Notify ::= < AVP Header: 21182, 2011 >
         [ POS-Notify-Mode ]
         [ POS-Used-Credit ]
         [ POS-Max-Credit ]
         [ Next-Bill-Date ]
       * [ AVP ]
    """, (
        ("pos_notify_mode", "POSNotifyMode | int | None", POS_NOTIFY_MODE, 0, 1, False),
        ("pos_used_credit", "int | None", POS_USED_CREDIT, 0, 1, False),
        ("pos_max_credit", "int | None", POS_MAX_CREDIT, 0, 1, False),
        ("next_bill_date", "bytes | None", NEXT_BILL_DATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "UserBasicInfo": (USER_BASIC_INFO, """User-Basic-Info ::= < AVP Header: 21196, 2011 >
         [ I-Sub-COSID ]
         [ I-User-Type ]
         [ I-Tenant-ID ]
         [ I-Language-Type ]
         [ I-SMS-Language-Type ]
         [ I-Brand-ID ]
         [ I-Saas-Tenant-ID ]
         [ I-First-Call-Flag ]
       * [ AVP ]
    """, (
        ("i_sub_cosid", "int | None", I_SUB_COSID, 0, 1, False),
        ("i_user_type", "IUserType | int | None", I_USER_TYPE, 0, 1, False),
        ("i_tenant_id", "int | None", I_TENANT_ID, 0, 1, False),
        ("i_language_type", "int | None", I_LANGUAGE_TYPE, 0, 1, False),
        ("i_sms_language_type", "int | None", I_SMS_LANGUAGE_TYPE, 0, 1, False),
        ("i_brand_id", "int | None", I_BRAND_ID, 0, 1, False),
        ("i_saas_tenant_id", "int | None", I_SAAS_TENANT_ID, 0, 1, False),
        ("i_first_call_flag", "str | None", I_FIRST_CALL_FLAG, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CommunityInformation": (COMMUNITY_INFORMATION, """Community-Information ::= < AVP Header: 21204, 2011 >
         [ S-Caller-Number-Type ]
         [ S-Caller-VPN-Phone-Flags ]
         [ S-Caller-PBX-Display-Number ]
         [ S-Caller-Hunting-Main-Number ]
         [ S-Called-Number-Type ]
         [ S-Called-VPN-Phone-Flags ]
         [ S-Called-PBX-Display-Number ]
         [ S-Called-Hunting-Main-Number ]
         [ S-Caller-Group-Number ]
         [ S-Caller-Top-Group-Number ]
         [ S-Caller-Short-Number ]
         [ S-Called-Group-Number ]
         [ S-Called-Top-Group-Number ]
         [ S-Called-Long-Number ]
         [ Member-Screen-Class ]
         [ Screen-Zone-ID ]
       * [ AVP ]
    """, (
        ("s_caller_number_type", "bytes | None", S_CALLER_NUMBER_TYPE, 0, 1, False),
        ("s_caller_vpn_phone_flags", "bytes | None", S_CALLER_VPN_PHONE_FLAGS, 0, 1, False),
        ("s_caller_pbx_display_number", "bytes | None", S_CALLER_PBX_DISPLAY_NUMBER, 0, 1, False),
        ("s_caller_hunting_main_number", "bytes | None", S_CALLER_HUNTING_MAIN_NUMBER, 0, 1, False),
        ("s_called_number_type", "bytes | None", S_CALLED_NUMBER_TYPE, 0, 1, False),
        ("s_called_vpn_phone_flags", "bytes | None", S_CALLED_VPN_PHONE_FLAGS, 0, 1, False),
        ("s_called_pbx_display_number", "bytes | None", S_CALLED_PBX_DISPLAY_NUMBER, 0, 1, False),
        ("s_called_hunting_main_number", "bytes | None", S_CALLED_HUNTING_MAIN_NUMBER, 0, 1, False),
        ("s_caller_group_number", "bytes | None", S_CALLER_GROUP_NUMBER, 0, 1, False),
        ("s_caller_top_group_number", "bytes | None", S_CALLER_TOP_GROUP_NUMBER, 0, 1, False),
        ("s_caller_short_number", "bytes | None", S_CALLER_SHORT_NUMBER, 0, 1, False),
        ("s_called_group_number", "bytes | None", S_CALLED_GROUP_NUMBER, 0, 1, False),
        ("s_called_top_group_number", "bytes | None", S_CALLED_TOP_GROUP_NUMBER, 0, 1, False),
        ("s_called_long_number", "bytes | None", S_CALLED_LONG_NUMBER, 0, 1, False),
        ("member_screen_class", "str | None", MEMBER_SCREEN_CLASS, 0, 1, False),
        ("screen_zone_id", "int | None", SCREEN_ZONE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SumBalanceInfo": (SUM_BALANCE_INFO, """Sum-Balance-Info ::= < AVP Header: 30324, 2011 >
       * [ AVP ]
    """, (
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AuthInformation": (AUTH_INFORMATION, """Auth-Information ::= < AVP Header: 30800, 2011 >
         [ Auth-Result-Code ]
         [ Auth-User-State ]
         [ Auth-Action ]
         [ Auth-Voice-ID ]
         [ Auth-Message-ID ]
         [ Auth-Sub-Service-Key ]
       * [ AVP ]
    """, (
        ("auth_result_code", "int | None", AUTH_RESULT_CODE, 0, 1, False),
        ("auth_user_state", "str | None", AUTH_USER_STATE, 0, 1, False),
        ("auth_action", "str | None", AUTH_ACTION, 0, 1, False),
        ("auth_voice_id", "int | None", AUTH_VOICE_ID, 0, 1, False),
        ("auth_message_id", "int | None", AUTH_MESSAGE_ID, 0, 1, False),
        ("auth_sub_service_key", "str | None", AUTH_SUB_SERVICE_KEY, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BalanceInfo": (BALANCE_INFO, """Balance-Info ::= < AVP Header: 60001, 2011 >
         [ Payment-Type ]
         { Balance-Category }
         { Balance-Id }
         { Balance-Type-60005 }
         { Current-Balance }
         { Balance-Date }
         { Measure-Type }
         [ Currency-Code ]
         [ Related-Object-Type ]
         [ Related-Object-ID ]
         [ Unpaid-Fee ]
       * [ AVP ]
    """, (
        ("payment_type", "PaymentType | int | None", PAYMENT_TYPE, 0, 1, False),
        ("balance_category", "BalanceCategory | int", BALANCE_CATEGORY, 1, 1, False),
        ("balance_id", "int", BALANCE_ID, 1, 1, False),
        ("balance_type_60005", "int", BALANCE_TYPE_60005, 1, 1, False),
        ("current_balance", "int", CURRENT_BALANCE, 1, 1, False),
        ("balance_date", "datetime", BALANCE_DATE, 1, 1, False),
        ("measure_type", "MeasureType | int", MEASURE_TYPE, 1, 1, False),
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
        ("related_object_type", "RelatedObjectType | int | None", RELATED_OBJECT_TYPE, 0, 1, False),
        ("related_object_id", "int | None", RELATED_OBJECT_ID, 0, 1, False),
        ("unpaid_fee", "int | None", UNPAID_FEE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SteeringInformation": (STEERING_INFORMATION, """Steering-Information ::= < AVP Header: 1108, 2636 >
         [ Steering-Uplink-VRF ]
         [ Steering-Downlink-VRF ]
         [ Steering-IP-Address ]
       * [ AVP ]
    """, (
        ("steering_uplink_vrf", "str | None", STEERING_UPLINK_VRF, 0, 1, False),
        ("steering_downlink_vrf", "str | None", STEERING_DOWNLINK_VRF, 0, 1, False),
        ("steering_ip_address", "AddressValue | None", STEERING_IP_ADDRESS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "VodafoneTrigger": (VODAFONE_TRIGGER, """Vodafone-Trigger ::= < AVP Header: 265, 12645 >
         [ Vodafone-Trigger-Type ]
       * [ AVP ]
    """, (
        ("vodafone_trigger_type", "VodafoneTriggerType | int | None", VODAFONE_TRIGGER_TYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LIIndicatorGx": (LI_INDICATOR_GX, """LI-Indicator-Gx ::= < AVP Header: 6092, 12951 >
         [ Random-Vector ]
         [ Interception-Action ]
         [ LI-Correlation-ID ]
         [ LI-TargetMFAddress ]
         [ Charging-Rule-Name ]
       * [ AVP ]
    """, (
        ("random_vector", "bytes | None", RANDOM_VECTOR, 0, 1, False),
        ("interception_action", "bytes | None", INTERCEPTION_ACTION, 0, 1, False),
        ("li_correlation_id", "bytes | None", LI_CORRELATION_ID, 0, 1, False),
        ("li_targetmfaddress", "LITargetMFAddress | None", LI_TARGETMFADDRESS, 0, 1, False),
        ("charging_rule_name", "bytes | None", CHARGING_RULE_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "LITargetMFAddress": (LI_TARGETMFADDRESS, """LI-TargetMFAddress ::= < AVP Header: 6096, 12951 >
         [ LI-TargetID ]
         [ MF-Address ]
         [ MF-Port ]
       * [ AVP ]
    """, (
        ("li_targetid", "bytes | None", LI_TARGETID, 0, 1, False),
        ("mf_address", "bytes | None", MF_ADDRESS, 0, 1, False),
        ("mf_port", "bytes | None", MF_PORT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "MetaswitchInformation": (METASWITCH_INFORMATION, """Metaswitch-Information ::= < AVP Header: 10000, 19444 >
         [ Adjacency-Name ]
         [ Account-Name ]
         [ SIP-Diversion ]
         [ Input-Output-Octets ]
         [ Disconnect-Direction ]
       * [ AVP ]
    """, (
        ("adjacency_name", "AdjacencyName | None", ADJACENCY_NAME, 0, 1, False),
        ("account_name", "AccountName | None", ACCOUNT_NAME, 0, 1, False),
        ("sip_diversion", "str | None", SIP_DIVERSION, 0, 1, False),
        ("input_output_octets", "InputOutputOctets | None", INPUT_OUTPUT_OCTETS, 0, 1, False),
        ("disconnect_direction", "DisconnectDirection | int | None", DISCONNECT_DIRECTION, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AdjacencyName": (ADJACENCY_NAME, """Adjacency-Name ::= < AVP Header: 10001, 19444 >
         [ Incoming-Adjacency-Name ]
         [ Outgoing-Adjacency-Name ]
       * [ AVP ]
    """, (
        ("incoming_adjacency_name", "str | None", INCOMING_ADJACENCY_NAME, 0, 1, False),
        ("outgoing_adjacency_name", "str | None", OUTGOING_ADJACENCY_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "AccountName": (ACCOUNT_NAME, """Account-Name ::= < AVP Header: 10004, 19444 >
         [ Incoming-Account-Name ]
         [ Outgoing-Account-Name ]
       * [ AVP ]
    """, (
        ("incoming_account_name", "str | None", INCOMING_ACCOUNT_NAME, 0, 1, False),
        ("outgoing_account_name", "str | None", OUTGOING_ACCOUNT_NAME, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InputOutputOctets": (INPUT_OUTPUT_OCTETS, """Input-Output-Octets ::= < AVP Header: 10008, 19444 >
         [ Ingress-Input-Octets ]
         [ Ingress-Output-Octets ]
         [ Egress-Input-Octets ]
         [ Egress-Output-Octets ]
       * [ AVP ]
    """, (
        ("ingress_input_octets", "int | None", INGRESS_INPUT_OCTETS, 0, 1, False),
        ("ingress_output_octets", "int | None", INGRESS_OUTPUT_OCTETS, 0, 1, False),
        ("egress_input_octets", "int | None", EGRESS_INPUT_OCTETS, 0, 1, False),
        ("egress_output_octets", "int | None", EGRESS_OUTPUT_OCTETS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSAnnouncement": (CS_ANNOUNCEMENT, """CS-Announcement ::= < AVP Header: 2, 27640 >
         [ CS-Announcement-Type ]
         [ CS-Announcement-Logic ]
         [ CS-Announcement-Code ]
         [ CS-Announcement-Data ]
         [ CS-Warning-Period ]
       * [ AVP ]
    """, (
        ("cs_announcement_type", "CSAnnouncementType | int | None", CS_ANNOUNCEMENT_TYPE, 0, 1, False),
        ("cs_announcement_logic", "CSAnnouncementLogic | int | None", CS_ANNOUNCEMENT_LOGIC, 0, 1, False),
        ("cs_announcement_code", "int | None", CS_ANNOUNCEMENT_CODE, 0, 1, False),
        ("cs_announcement_data", "CSAnnouncementData | None", CS_ANNOUNCEMENT_DATA, 0, 1, False),
        ("cs_warning_period", "int | None", CS_WARNING_PERIOD, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSAnnouncementData": (CS_ANNOUNCEMENT_DATA, """CS-Announcement-Data ::= < AVP Header: 4, 27640 >
         [ CS-Announcement-Data-Type ]
         [ CS-Announcement-Data-Value ]
       * [ AVP ]
    """, (
        ("cs_announcement_data_type", "CSAnnouncementDataType | int | None", CS_ANNOUNCEMENT_DATA_TYPE, 0, 1, False),
        ("cs_announcement_data_value", "bytes | None", CS_ANNOUNCEMENT_DATA_VALUE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSFurnishChargingInformation": (CS_FURNISH_CHARGING_INFORMATION, """CS-Furnish-Charging-Information ::= < AVP Header: 15, 27640 >
         [ CS-Free-Format-Data ]
         [ CS-Party-To-Charge ]
       * [ AVP ]
    """, (
        ("cs_free_format_data", "bytes | None", CS_FREE_FORMAT_DATA, 0, 1, False),
        ("cs_party_to_charge", "int | None", CS_PARTY_TO_CHARGE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSInformation": (CS_INFORMATION, """CS-Information ::= < AVP Header: 17, 27640 >
         [ CS-Traffic-Case ]
         [ CS-Service-Key ]
         [ CS-Service-Id ]
         [ CS-Event-Type-BCSM ]
         [ CS-Calling-Party-Number ]
       * [ AVP ]
    """, (
        ("cs_traffic_case", "int | None", CS_TRAFFIC_CASE, 0, 1, False),
        ("cs_service_key", "int | None", CS_SERVICE_KEY, 0, 1, False),
        ("cs_service_id", "int | None", CS_SERVICE_ID, 0, 1, False),
        ("cs_event_type_bcsm", "CSEventTypeBCSM | int | None", CS_EVENT_TYPE_BCSM, 0, 1, False),
        ("cs_calling_party_number", "bytes | None", CS_CALLING_PARTY_NUMBER, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSLocationInformation": (CS_LOCATION_INFORMATION, """CS-Location-Information ::= < AVP Header: 18, 27640 >
         [ CS-Terminating-VLR-Number ]
         [ CS-Originating-Location-Number ]
         [ 3GPP-User-Location-Info ]
       * [ AVP ]
    """, (
        ("cs_terminating_vlr_number", "bytes | None", CS_TERMINATING_VLR_NUMBER, 0, 1, False),
        ("cs_originating_location_number", "bytes | None", CS_ORIGINATING_LOCATION_NUMBER, 0, 1, False),
        ("tgpp_user_location_info", "bytes | None", TGPP_USER_LOCATION_INFO, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSAoCInfo": (CS_AOC_INFO, """CS-AoC-Info ::= < AVP Header: 43, 27640 >
         [ Tariff-Time-Change ]
         [ CS-AoC-Info-e1 ]
         [ CS-AoC-Info-e2 ]
         [ CS-AoC-Info-e3 ]
         [ CS-AoC-Info-e4 ]
         [ CS-AoC-Info-e5 ]
         [ CS-AoC-Info-e6 ]
         [ CS-AoC-Info-e7 ]
       * [ AVP ]
    """, (
        ("tariff_time_change", "datetime | None", TARIFF_TIME_CHANGE, 0, 1, False),
        ("cs_aoc_info_e1", "int | None", CS_AOC_INFO_E1, 0, 1, False),
        ("cs_aoc_info_e2", "int | None", CS_AOC_INFO_E2, 0, 1, False),
        ("cs_aoc_info_e3", "int | None", CS_AOC_INFO_E3, 0, 1, False),
        ("cs_aoc_info_e4", "int | None", CS_AOC_INFO_E4, 0, 1, False),
        ("cs_aoc_info_e5", "int | None", CS_AOC_INFO_E5, 0, 1, False),
        ("cs_aoc_info_e6", "int | None", CS_AOC_INFO_E6, 0, 1, False),
        ("cs_aoc_info_e7", "int | None", CS_AOC_INFO_E7, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "CSMultiPartyCallIndication": (CS_MULTIPARTY_CALL_INDICATION, """CS-MultiParty-Call-Indication ::= < AVP Header: 53, 27640 >
         [ CS-Conference-Id ]
         [ Number-Of-Participants ]
       * [ AVP ]
    """, (
        ("cs_conference_id", "str | None", CS_CONFERENCE_ID, 0, 1, False),
        ("number_of_participants", "int | None", NUMBER_OF_PARTICIPANTS, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "NSNINInformation": (NSN_IN_INFORMATION, """NSN-IN-Information ::= < AVP Header: 100, 28458 >
         [ Currency-Code ]
         [ NSN-Account-Location-Id ]
       * [ AVP ]
    """, (
        ("currency_code", "int | None", CURRENCY_CODE, 0, 1, False),
        ("nsn_account_location_id", "str | None", NSN_ACCOUNT_LOCATION_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "SubscriberSpecificInfo": (SUBSCRIBER_SPECIFIC_INFO, """Subscriber-Specific-Info ::= < AVP Header: 60530, 28458 >
         [ Account-State ]
         [ Active-Product-Offer ]
         [ Billing-Account ]
       * [ AVP ]
    """, (
        ("account_state", "str | None", ACCOUNT_STATE, 0, 1, False),
        ("active_product_offer", "ActiveProductOffer | None", ACTIVE_PRODUCT_OFFER, 0, 1, False),
        ("billing_account", "BillingAccount | None", BILLING_ACCOUNT, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "ActiveProductOffer": (ACTIVE_PRODUCT_OFFER, """Active-Product-Offer ::= < AVP Header: 60553, 28458 >
         [ Offer-Name ]
         [ Version ]
         [ Expiry-Date ]
       * [ AVP ]
    """, (
        ("offer_name", "str | None", OFFER_NAME, 0, 1, False),
        ("version", "str | None", VERSION, 0, 1, False),
        ("expiry_date", "datetime | None", EXPIRY_DATE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "BillingAccount": (BILLING_ACCOUNT, """Billing-Account ::= < AVP Header: 60557, 28458 >
         [ Billing-Account-Number ]
         [ Account-Type-60559 ]
         [ Account-Subtype ]
       * [ AVP ]
    """, (
        ("billing_account_number", "int | None", BILLING_ACCOUNT_NUMBER, 0, 1, False),
        ("account_type_60559", "str | None", ACCOUNT_TYPE_60559, 0, 1, False),
        ("account_subtype", "str | None", ACCOUNT_SUBTYPE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InovarServiceID": (INOVAR_SERVICE_ID, """Inovar-Service-ID ::= < AVP Header: 4004, 41897 >
         [ Inovar-App-Code ]
         [ Inovar-Service-Code ]
       * [ AVP ]
    """, (
        ("inovar_app_code", "InovarAppCode | int | None", INOVAR_APP_CODE, 0, 1, False),
        ("inovar_service_code", "InovarServiceCode | int | None", INOVAR_SERVICE_CODE, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InovarUnsuccessfulCallReason": (INOVAR_UNSUCCESSFUL_CALL_REASON, """Inovar-Unsuccessful-Call-Reason ::= < AVP Header: 4005, 41897 >
         [ Inovar-SIP-Response-Code ]
         [ Inovar-ISUP-Cause ]
         [ Inovar-Supplementary-Service-Id ]
       * [ AVP ]
    """, (
        ("inovar_sip_response_code", "int | None", INOVAR_SIP_RESPONSE_CODE, 0, 1, False),
        ("inovar_isup_cause", "int | None", INOVAR_ISUP_CAUSE, 0, 1, False),
        ("inovar_supplementary_service_id", "int | None", INOVAR_SUPPLEMENTARY_SERVICE_ID, 0, 1, False),
        ("avps", "tuple[Avp, ...]", AVP, 0, None, False),
    )),
    "InovarCallingPartyInfo": (INOVAR_CALLING_PARTY_INFO, """Inovar-Calling-Party-Info ::= < AVP Header: 4011, 41897 >
         [ Calling-Party-Address ]
       * [ AVP ]
    """, (
        ("calling_party_address", "str | None", CALLING_PARTY_ADDRESS, 0, 1, False),
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
    "CCMoney": "diameter.apps.credit_control",
    "CCRequestType": "diameter.apps.credit_control",
    "UnitValue": "diameter.apps.credit_control",
    "datetime": "datetime",
}

__getattr__, __dir__ = install(globals(), _ENUMS, _VALUES, _GROUPED, _COMMANDS, _IMPORTED)
